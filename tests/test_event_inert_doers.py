"""A standing text, a plan, a view or a case does no act, whatever the verb (issue 11 word
sense and frames, sense28): "the constitution calls on", "his populism defies", "the case
has broken down the truce" tell what a text says or what a matter stirred, not an actor's
request, refusal or attack (`inert_doers` in event_cues.yaml, read by every verb frame).
Sentences written for these tests."""

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
