"""Events that news tells in words the coder once missed (issue 11, recall): trade measures,
event nouns (a war or operation against someone, calls for an act), a few verbs, each checked
on sentences written for these tests beside readings of the same words that are no event."""

from __future__ import annotations

import pytest
from news_events import asserted_events, countries, has_sides


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Canada levied 25% tariffs on Mexican steel on Monday.", "SANCTION", "CAN", "MEX"),
        ("Peru is keeping its new tariffs on Chile in place.", "SANCTION", "PER", "CHL"),
        ("Brazil stepped up its trade war with Argentina on Monday.", "SANCTION", "BRA", "ARG"),
        ("Chile delayed the tariffs on Bolivia for a month.", "RETREAT", "CHL", "BOL"),
        ("Peru lifted its tariffs on Ecuador on Friday.", "RETREAT", "PER", "ECU"),
    ],
)
def test_trade_measures_are_sanctions_and_easing_them_a_retreat(
    text: str, plover: str, source: str, target: str
) -> None:
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == plover]
    assert countries(event.source) == {source}
    assert countries(event.target) == {target}


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister said a trade war with Chile would hurt both countries.",
        "The war in Sudan entered its third year on Monday.",
        "Argentine farmers fought a wildfire near Rosario for two days.",
    ],
)
def test_a_trade_war_only_hypothetical_and_a_war_in_arms_are_no_sanction(text: str) -> None:
    assert not [e for e in asserted_events(text) if e.plover["type"] == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ("Colombia leads the war against the FARC rebels.", "ASSAULT", "COL", "COL"),
        ("Kenya's operation against Al-Shabab continued in the forest.", "ASSAULT", "KEN", "SOM"),
        ("Chilean and Peruvian troops began a joint operation.", "COOPERATE", "PER", None),
        ("Peru ignored repeated calls by Bolivia to reopen the border.", "REQUEST", "BOL", None),
        ("The ECOWAS bloc activated its standby force on Friday.", "MOBILIZE", "IGO", None),
        (
            "A Guatemalan court revoked the house arrest of an opposition leader.",
            "COERCE",
            "GTM",
            None,
        ),
    ],
)
def test_event_nouns_and_verbs_that_name_an_act_on_someone(
    text: str, plover: str, source: str | None, target: str | None
) -> None:
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == plover]
    assert has_sides(event, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The war in Sudan has displaced millions of people.",
        "The Peruvian president had an operation on his knee on Monday.",
        "The Chilean minister took a call from her Peruvian counterpart.",
        "It stands to reason that Peru would welcome the Chilean offer.",
        "Norway put its reserve forces on alert for a possible war against Sweden.",
        "The proposed tariffs on Chilean copper worried Peruvian miners.",
    ],
)
def test_the_same_nouns_told_in_passing_or_not_yet_waged_are_no_asserted_event(
    text: str,
) -> None:
    types = {e.plover["type"] for e in asserted_events(text)}
    assert not types & {"ASSAULT", "COOPERATE", "REQUEST", "SUPPORT", "SANCTION"}


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # a noun coordinated with the object fits the frame as the object does
        ("Spain is providing maps and other military intelligence to Mali.", "AID", "ESP", "MLI"),
        # a passive participle's noun is what the verb acts on
        ("Peru lifted the restrictions imposed by Chile on Monday.", "COERCE", "CHL", None),
        # allowing an actor to act is a concession to it
        ("The Ivorian court allowed the opposition leader to run.", "CONCEDE", "CIV", None),
        # troops backing soldiers fight together
        ("Malian soldiers backed by French troops held the town.", "COOPERATE", "FRA", "MLI"),
    ],
)
def test_coordinated_objects_participles_and_allowed_acts_fit_their_frames(
    text: str, plover: str, source: str, target: str | None
) -> None:
    (event,) = [e for e in asserted_events(text) if e.plover["type"] == plover]
    assert countries(event.source) == {source}
    if target:
        assert countries(event.target) == {target}


def test_a_law_allowing_an_act_yields_nothing() -> None:
    text = "The new Sudanese law allows the government to seize the party's assets."
    assert not [e for e in asserted_events(text) if e.plover["type"] == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        # the parser takes "out", "back" for a preposition or an adverb: still a particle
        ("Peru pulled out of the arms treaty on Monday.", "SANCTION", "PER"),
        ("Chilean forces pulled back from the border town on Monday.", "RETREAT", "CHL"),
        # a relative clause tells what was done to the accord: no promise, no threat
        ("Peru rejoined the accord, which Chile pulled out of in 2019.", "SANCTION", "CHL"),
    ],
)
def test_pulling_out_of_a_treaty_or_a_town(text: str, plover: str, source: str) -> None:
    events = asserted_events(text)
    (event,) = [e for e in events if e.plover["type"] == plover]
    assert countries(event.source) == {source}
    assert not {e.plover["type"] for e in events} & {"THREATEN", "AGREE"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A court in Lima convicted the former mayor of fraud on Monday.", "convicted"),
        ("The former minister was sentenced to ten years in prison.", "sentenced"),
        ("The conviction of the former mayor angered his supporters.", "conviction"),
    ],
)
def test_a_conviction_or_sentence_is_a_sanction_as_plover_codes_it(text: str, trigger: str) -> None:
    (event,) = asserted_events(text)
    assert (event.trigger.text, event.cameo, event.plover["type"]) == (trigger, "116", "SANCTION")


def test_a_conviction_held_is_no_event() -> None:
    assert asserted_events("She has a deep conviction that peace with Chile is possible.") == []
