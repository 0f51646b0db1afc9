"""A support sought is the giver's, not the seeker's (issue 11 precision, twenty-fourth round,
seek24): "sought the backing of France" appeals for France's act, which has not happened, so
it is no promise (AGREE) of anyone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, countries, readings


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ruritania sought the backing of France for the canal plan.", "backing of France"),
        ("Ruritania wants the backing of Borduria for its bid.", "backing of Borduria"),
        (
            "The governor of Vantoria is seeking the backing of Greece for the new port.",
            "backing of Greece",
        ),
    ],
)
def test_a_support_sought_is_hypothetical_and_no_promise(text: str, trigger: str) -> None:
    assert readings(text, trigger) == {"hypothetical"}
    assert not [e for e in asserted_events(text) if e.plover["type"] in {"AGREE", "SUPPORT"}]


@pytest.mark.parametrize(
    "text",
    [
        "Chile is seeking military assistance from Peru after the floods.",
        "The rebels sought help from Peru, their commander said on Sunday.",
    ],
)
def test_seeking_aid_from_a_party_is_a_request_to_it(text: str) -> None:
    found = [e for e in asserted_events(text) if e.plover["type"] == "REQUEST"]
    assert len(found) == 1
    assert "PER" in countries(found[0].target)
