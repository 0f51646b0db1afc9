"""One real event, one record (issue 11, class 3: duplicates). A question on why, how, when or
where an act happened takes the act as given, though the verb that asks it is negated ("cannot
understand why the ministry banned it"), so a later telling of an act told before joins its
event instead of standing apart as a denial of it. A headline naming a side in other words
restates the lead act of its word. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from news_events import HEADLINE, events_of, readings

from eventwire import analyze


@pytest.mark.parametrize(
    ("asked", "denied", "trigger", "modality"),
    [
        (
            "The Kenyan editor said she cannot understand why the ministry banned her paper.",
            "The Kenyan editor said the ministry has not banned her paper.",
            "banned",
            "negated",
        ),
        (
            "Residents of Arica still do not know why Chilean police arrested the mayor.",
            "Residents of Arica do not know whether Chilean police arrested the mayor.",
            "arrested",
            "hypothetical",
        ),
    ],
)
def test_an_act_asked_about_under_a_negated_verb_is_asserted(
    asked: str, denied: str, trigger: str, modality: str
) -> None:
    assert readings(asked, trigger) == {"asserted"}
    assert readings(denied, trigger) == {modality}, "denied or only wondered about: not asserted"


def test_an_arrest_told_again_in_a_question_of_why_is_one_event() -> None:
    (arrest,) = events_of(
        "Chilean police arrested the mayor of Arica on Friday. "
        "Residents still do not know why Chilean police arrested the mayor."
    )
    assert arrest.modality == "asserted"
    assert [m.text for m in arrest.mentions] == ["arrested", "arrested"]


def test_a_headline_naming_the_doer_in_other_words_restates_the_lead_of_its_word() -> None:
    """The headline's compressed "move lawyer condemns" and the lead's "the head of his
    defence team condemned" are one act; a headline country the lead names only in words
    ("Dutch opposition" over "opposition from some European countries", EUR) keeps its record."""
    (condemnation,) = [
        e
        for e in analyze(
            "Editor Rell jailed again in move lawyer condemns\n"
            "A Karvian judge sent the editor Tomas Rell back to prison this week, a move that "
            "the head of his defence team condemned. Rell had been held at home since May.",
            published="2024-03-06",
        ).events
        if e.plover["type"] == "ACCUSE"
    ]
    assert [m.text for m in condemnation.mentions] == ["condemns", "condemned"]
    assert [a.text for a in condemnation.source] == ["the head of his defence team"]
    oppositions = analyze(
        "Kenya hunting income almost doubles amid Dutch opposition\n"
        "Kenya has earned nine million dollars from the sale of hunting licences, the most "
        "since 2015. The season was held amid growing opposition from some European countries "
        "that want a ban on trophies.",
        published="2024-03-06",
    ).events
    assert sorted(a.code for e in oppositions for a in e.source if a.code) == ["EUR", "NLD"]
    assert len(oppositions) == 2


def test_a_speakers_quoted_call_tells_the_call_the_narration_told() -> None:
    """'"I urge ...," he said' after "X called on ..." to the same party is the call in the
    speaker's own words, one request; a call to another party stays a request of its own."""
    text = (
        "Marten Olsby, the United Nations envoy for Sudan, called on the Sudanese government "
        "on Tuesday to free the detained journalists. "
        "“I urge the Sudanese authorities to release them without delay,” Olsby said. "
        "“We also appeal to Chad to open its border to the refugees,” he added."
    )
    full = f"{HEADLINE}\n{text}"
    requests = {
        e.trigger.text: [full[m.start : m.end] for m in e.mentions]
        for e in events_of(text)
        if e.plover["type"] == "REQUEST" and e.modality == "asserted"
    }
    assert requests == {"called": ["called", "urge"], "appeal": ["appeal"]}, requests
