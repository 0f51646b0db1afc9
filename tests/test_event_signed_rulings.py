"""What the coder writes for the classes the thirtieth round's signed rulings settle (issues 11
and 12; docs/gold-events.md "Rulings drafted in the thirtieth round", rulingscoder31): an appeal
carries CAMEO's 02 row of what it asks for, a scheduled meeting is CONSULT future, a vow to
bring attackers to justice is a threat, leaving a private post is no event, "Europe" is EUR and
a national rights group is its country + HRI. Sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import asserted, events_of, events_of_type


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels in Chad urged the release of three jailed reporters on Monday.", "0253"),
        ("Niger urged Chad to lift its sanctions on Monday.", "0254"),
        ("Niger called for talks with Chad on Monday.", "026"),
        ("Niger appealed to Chad for a ceasefire on Monday.", "0256"),
        ("Niger urged Chad to change course on Monday.", "020"),
    ],
)
def test_an_appeal_carries_the_02_code_of_what_it_asks_for(text: str, code: str) -> None:
    """Ruling 1: appeal verbs take CAMEO's 02 rows (cooperative), demand verbs the 10 rows."""
    (event,) = events_of_type(text, "REQUEST")
    assert event.cameo == code


@pytest.mark.parametrize(
    "text",
    [
        "The Chadian president will meet the Nigerien prime minister in Paris next week.",
        "The Chadian president plans to meet the Nigerien prime minister on Friday.",
        '"I will visit Niamey next month," the Chadian president said.',
    ],
)
def test_a_scheduled_meeting_is_consult_future_not_an_intent_to_meet(text: str) -> None:
    """Ruling 3: a meeting told as scheduled or planned is the meeting to come, no AGREE."""
    types = {(e.plover["type"], e.modality) for e in events_of(text)}
    assert ("CONSULT", "future") in types
    assert ("AGREE", "asserted") not in types


def test_a_meeting_offered_on_a_condition_is_an_intent_to_meet() -> None:
    text = "The Chadian president said he would meet the rebel leaders if the fighting stopped."
    assert [e.cameo for e in events_of_type(text, "AGREE")] == ["036"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chadian president vowed to bring the attackers to justice.",
        "The Chadian interior minister promised to track down the bombers.",
        "The Chadian police pledged to hunt down the gunmen who attacked the market.",
    ],
)
def test_a_vow_to_pursue_attackers_is_a_threat(text: str) -> None:
    """Ruling 4: no cooperation is promised, the attackers are threatened (THREATEN 130)."""
    assert ("THREATEN", "130") in {(e.plover["type"], e.cameo) for e in events_of(text)}
    assert not events_of_type(text, "AGREE")


def test_a_promise_of_a_cooperative_act_stays_agree() -> None:
    text = "The Chadian president promised to bring peace to the region."
    assert [e.cameo for e in events_of_type(text, "AGREE")] == ["030"]


@pytest.mark.parametrize(
    "text",
    [
        "Marta Solberg resigned as CEO of the shipping firm on Friday.",
        "Jonas Berg stepped down as the bank's CEO on Friday.",
        "Jonas Berg, the CEO of the bank, resigned on Friday.",
    ],
)
def test_leaving_a_private_post_is_no_event(text: str) -> None:
    """Ruling 6e: a resignation from a private post is no event; a public post stays RETREAT."""
    assert not [t for t, kind in asserted(events_of(text)) if kind == "RETREAT"]


def test_leaving_a_campaign_post_stays_a_resignation() -> None:
    text = "Marta Solberg resigned as chairwoman of the senator's campaign on Friday."
    assert [e.cameo for e in events_of_type(text, "RETREAT")] == ["0831"]


def test_europe_as_an_actor_is_eur_and_the_aclu_a_us_rights_group() -> None:
    """Rulings 5b and 5c: "Europe" is CAMEO's region EUR; the ACLU is USAHRI, no labour union."""
    (criticism,) = events_of_type("Europe criticized Russia on Monday for the raid.", "ACCUSE")
    assert [a.code for a in criticism.source] == ["EUR"]
    (suit,) = events_of_type(
        "The American Civil Liberties Union sued the Ostland government on Monday.", "ACCUSE"
    )
    assert [a.code for a in suit.source] == ["USAHRI"]
