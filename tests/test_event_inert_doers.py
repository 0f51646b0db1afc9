"""A text of principles, a plan, a view or a case does no act, whatever the verb (issue 11
word sense and frames, sense28): "the constitution calls on", "his populism defies", "the
case has broken down the truce" tell what a text says or what a matter stirred, not an
actor's request, refusal or attack (`inert_doers` in event_cues.yaml, read by every verb
frame). Papers, leave or time asked for in a procedure appeal to no party
(`$procedural_asks`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted_triggers


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The Ostland constitution calls on the army to defend the northern border.", "REQUEST"),
        ("Lutz's case has broken down the fragile truce between the two families.", "ASSAULT"),
        ("The governor's populism defies almost everything the Senate has stood for.", "REJECT"),
        ("The party's manifesto rejects any talks with the rebels.", "REJECT"),
    ],
)
def test_a_text_or_an_idea_as_doer_is_no_event(text: str, plover_type: str) -> None:
    assert asserted_triggers(text, plover_type) == []


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Ostland's president called on Vardia to withdraw its troops.", "REQUEST"),
        ("Rebel fighters clashed with Ostland troops near the border on Monday.", "ASSAULT"),
        ("The Vardian parliament rejected the peace plan on Tuesday.", "REJECT"),
        ("Lawmakers opposed the bill, which was passed by the Senate on Monday.", "ACCUSE"),
        ("Three Vardian smugglers were arrested in the case on Monday.", "COERCE"),
    ],
)
def test_an_actor_acting_on_a_text_is_still_an_event(text: str, plover_type: str) -> None:
    assert asserted_triggers(text, plover_type) != []


@pytest.mark.parametrize(
    "text",
    [
        "Judge Tomas Grell asked for medical reports to be completed on the defendant"
        " before the next hearing.",
        "Officer Lenz asked the driver for some identification.",
        "The senator also requested a list of the ministry's vehicles and drivers.",
    ],
)
def test_papers_asked_for_in_a_procedure_are_no_request(text: str) -> None:
    assert asserted_triggers(text, "REQUEST") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ostland asked Vardia for help in fighting the floods.",
        "Ostland's president asked for international aid after the floods.",
        "Vardia requested the return of its ambassador.",
    ],
)
def test_help_or_a_return_asked_for_is_still_a_request(text: str) -> None:
    assert asserted_triggers(text, "REQUEST") != []
