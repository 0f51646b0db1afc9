"""Recall on speech acts (issues 11 and 12, events21r): CAMEO's other verbs of refusal ("turned
down the offer", "ruled out talks", "objected to the plan", "is opposed to mediation") refuse
what was offered or asked, as "rejected" does; and a vow whose infinitive the parser hangs as a
purpose clause ("have sworn to fight until ...") still commits to that act. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_events, asserted_types, has_sides


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru turned down Chile's offer of talks on the fishing dispute.", "PER", "CHL"),
        ("Kenya ruled out talks with Somalia over the maritime border.", "KEN", "SOM"),
        ("Norway objected to Sweden's proposal to close the northern crossing.", "NOR", "SWE"),
        ("Egypt is opposed to the Turkish plan for the port, an aide said.", "EGY", "TUR"),
    ],
)
def test_a_proposal_turned_down_ruled_out_or_objected_to_is_rejected(
    text: str, source: str, target: str
) -> None:
    (refusal,) = [e for e in asserted_events(text) if e.plover["type"] == "REJECT"]
    assert has_sides(refusal, source, target)


def test_opposing_mediation_is_a_refusal_not_a_criticism() -> None:
    types = asserted_types(
        "Syria is opposed to Norwegian mediation in border talks with Turkey, a senior aide said."
    )
    assert "REJECT" in types
    assert "ACCUSE" not in types


def test_only_what_was_offered_or_asked_is_refused() -> None:
    assert "REJECT" in asserted_types("Chad turned down the Libyan request for overflights.")
    assert "REJECT" not in asserted_types("Chad's president turned down the volume at the rally.")
    assert "REJECT" not in asserted_types("Lawyers for the Chadian minister objected to the tape.")


def test_a_vow_parsed_as_a_purpose_still_threatens_the_act_sworn() -> None:
    events = asserted_events(
        "The Serbian rebels have sworn to fight until the army leaves the valley."
    )
    assert [e.plover["type"] for e in events] == ["THREATEN"]
    assert has_sides(events[0], "SRB", None)
