"""An act told after "after", "before" or "upon", or as the means after "by" or "through", is
as real as the act above it when that one is only planned or possible (issue 11 precision,
twenty-seventh round, precision27): "will withdraw after meeting them" tells no meeting yet,
"could start a war either through a raid or by attacking" no attack. Done or denied above,
the act before it stays told as done. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import readings


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
