"""The parties an act on the ground is done to, named by a role alone, take the country of the
place the event happens in, also where only the article's setting names it (docs/actors.md,
rule `event_place`); on articles written for these tests."""

from __future__ import annotations

from eventwire import analyze
from eventwire.records import ActorRef, Event

SETTING = "Highland Clashes\nLIMA, March 3 - Fighting flared again in Peru's southern highlands. "


def events_of(body: str) -> list[Event]:
    return analyze(SETTING + body, published="2024-03-04").events


def target_of(body: str, trigger: str) -> list[ActorRef]:
    (event,) = [e for e in events_of(body) if e.trigger.text == trigger]
    return event.target


def test_people_harmed_take_the_country_the_article_sets_the_act_in() -> None:
    (target,) = target_of("Army units killed 12 militants on Tuesday, officials said.", "killed")
    assert target.text == "12 militants"
    assert target.code.startswith("PER")
    assert target.code_from.rule == "event_place"
    assert target.code_from.text in SETTING


def test_a_person_named_without_a_title_takes_the_country_too() -> None:
    body = "Officials said Ramon Quispe, a local organiser, was arrested on Tuesday."
    (target,) = target_of(body, "arrested")
    assert target.name == "Ramon Quispe"
    assert target.code == "PER"
    assert target.code_from.rule == "event_place"


def test_an_act_of_another_country_s_actors_says_nothing_of_whose_its_targets_are() -> None:
    (target,) = target_of("Chilean troops killed 12 fighters on Tuesday.", "killed")
    assert target.text == "12 fighters"
    assert target.code is None


def test_a_place_of_another_country_in_the_sentence_leaves_the_setting_aside() -> None:
    body = "Gunmen who had crossed over from Bolivia killed five farmers on Tuesday."
    (target,) = target_of(body, "killed")
    assert target.text == "five farmers"
    assert target.code is None


def test_the_country_a_speaker_and_a_verbal_act_s_target_are_not_placed() -> None:
    body = (
        'Villagers said: "Gunmen attacked us on Tuesday." '
        "The regional governor later criticised the militants. "
        "Rebels attacked the country on Wednesday."
    )
    events = events_of(body)
    attacks = [e for e in events if e.trigger.text == "attacked"]
    assert len(attacks) == 2
    targets = {actor.text: actor for e in attacks for actor in e.target}
    assert targets["us"].code is None
    # "the country" is not placed by the event; the setting's own description rule codes it
    country = targets["the country"]
    assert country.code_from is None or country.code_from.rule != "event_place"
    criticism = [e for e in events if e.trigger.text == "criticised"]
    # the militants criticised are not placed by the event either (the setting may code them)
    assert criticism and all(
        actor.code_from is None or actor.code_from.rule != "event_place"
        for e in criticism
        for actor in e.target
    )


def test_the_place_of_an_event_the_act_is_timed_by_is_not_its_own() -> None:
    (event,) = [
        e
        for e in analyze(
            "Gunmen killed five farmers on Sunday, a week after a similar raid in Bolivia.",
            published="2024-03-04",
        ).events
        if e.trigger.text == "killed"
    ]
    assert event.place is None
    (target,) = event.target
    assert target.code is None
