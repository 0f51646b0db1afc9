"""An act told after "after", "before" or "upon", or as the means after "by" or "through", is
as real as the act above it when that one is only planned or possible (issue 11 precision,
twenty-seventh round, precision27): "will withdraw after meeting them" tells no meeting yet,
"could start a war either through a raid or by attacking" no attack. Done or denied above,
the act before it stays told as done. An act asked for under a request to come ("will call for
sanctions") is asked of another, no promise or threat of the asker's. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from news_events import events_of, readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Ruritanian army will withdraw from the town after meeting with Bordurian "
            "officers.",
            "meeting",
        ),
        (
            "Ruritania could start hostilities with Borduria either through a direct raid or by "
            "attacking Moldavia.",
            "attacking",
        ),
    ],
)
def test_an_act_before_a_planned_or_possible_one_is_not_asserted(text: str, trigger: str) -> None:
    found = readings(text, trigger)
    assert found
    assert "asserted" not in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Ruritanian army withdrew from the town after meeting with Bordurian officers.",
            "meeting",
        ),
        (
            "The Ruritanian army did not withdraw from the town after meeting with Bordurian "
            "officers.",
            "meeting",
        ),
        (
            "Ruritania's premier signed the treaty before meeting the Bordurian envoy.",
            "meeting",
        ),
    ],
)
def test_an_act_before_one_done_or_denied_stays_asserted(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"asserted"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Ruritania's prosecutors will ask for deportation of the Bordurian activist.",
            "deportation",
        ),
        ("The Ruritanian premier said he would call for a ceasefire in the valley.", "ceasefire"),
        ("The Ruritanian opposition will call for sanctions against Borduria.", "sanctions"),
    ],
)
def test_an_act_asked_for_under_a_request_to_come_is_no_promise(text: str, trigger: str) -> None:
    """The act asked of another stays hypothetical: no promise or threat of the asker's is
    made of it."""
    assert readings(text, trigger) == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Ruritanian premier said he would release the prisoners.", "AGREE"),
        ("Ruritania will impose sanctions on Borduria.", "THREATEN"),
    ],
)
def test_an_act_one_will_do_oneself_stays_a_promise_or_threat(text: str, plover: str) -> None:
    assert plover in {e.plover["type"] for e in events_of(text) if e.modality == "asserted"}
