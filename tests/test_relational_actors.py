"""Actors whose words name a country that is not theirs: people named by their relation to
another actor ("America's allies", `relational_nouns.tsv`) and ethnic minorities named by a
demonym ("ethnic Albanians" of Vardia's neighbour, `ethnic_minorities.tsv`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import analyze
from eventwire.settings import Settings, in_force


def actor_named(text: str, words: str):
    """The event actor whose text starts with `words`."""
    analysis = analyze(text, published="2024-03-05")
    actors = [a for e in analysis.events for a in [*e.source, *e.target]]
    return next(actor for actor in actors if actor.text.startswith(words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The president threatened tariffs against America's closest allies.", "America's"),
        ("The minister criticized U.S. allies in the region on Monday.", "U.S. allies"),
        ("The allies of Iran condemned the strike on Sunday.", "The allies of Iran"),
        ("Russia's creditors rejected the offer on Tuesday.", "Russia's creditors"),
    ],
)
def test_people_named_by_their_relation_to_a_country_are_not_that_country(
    text: str, words: str
) -> None:
    actor = actor_named(text, words)
    assert actor.code is None
    assert actor.code_from is None


@pytest.mark.parametrize(
    ("text", "words", "code", "related"),
    [
        # a country adjective on the noun says who they are
        (
            "Both Afghan rivals and America's allies rejected the deal on Sunday.",
            "Both Afghan rivals",
            "AFG",
            "America's allies",
        ),
        # a bloc named before the noun names its members; a possessive names the other end
        (
            "Denmark's NATO allies and Russia's neighbours condemned the attack.",
            "Denmark's NATO allies",
            "IGOWSTNAT",
            "Russia's neighbours",
        ),
    ],
)
def test_relational_nouns_keep_the_code_of_words_that_say_who_they_are(
    text: str, words: str, code: str, related: str
) -> None:
    assert actor_named(text, words).code == code
    assert actor_named(text, related).code is None


def test_ethnic_people_take_the_one_minority_home_their_sentence_names() -> None:
    actor = actor_named(
        "Ethnic Albanians have vowed to fight near Macedonia's border with Bulgaria.",
        "Ethnic Albanians",
    )
    assert actor.code == "MKD"
    assert actor.code_from.rule == "ethnic_residence"
    assert actor.code_from.text == "Macedonia"


def test_ethnic_people_with_no_minority_home_named_stay_uncoded() -> None:
    actor = actor_named("Ethnic Albanians vowed to fight on, officials said.", "Ethnic Albanians")
    assert actor.code is None  # not ALB: ethnic Albanians are seldom Albania's own people
    alone = actor_named("Albanians protested in Tirana against the tax on Friday.", "Albanians")
    assert alone.code == "ALB"  # a demonym alone keeps its country


def test_a_minority_placed_by_its_own_words_takes_that_country() -> None:
    actor = actor_named("The Russian minority in Estonia protested on Friday.", "The Russian")
    assert actor.code[:3] == "EST"


def test_an_office_holder_named_before_a_relational_noun_is_not_the_side() -> None:
    actor = actor_named("Police detained two Putin critics in Moscow on Friday.", "two Putin")
    assert actor.code == "RUS"  # the critics, placed by the arrest; not Putin's RUSGOV


def test_supporters_are_not_the_person_named_before_them() -> None:
    text = (
        "Vote row in Iowa\n"
        "Sen. Bernie Sanders (I-Vt.) spoke in Des Moines on Monday. "
        "Many Sanders supporters complained that turnout fell."
    )
    actor = actor_named(text, "Many Sanders supporters")  # the side was "Sanders", USALEG
    assert actor.code != "USALEG"
    # only a person before "supporters" is the other end: a possessive still says whose they are
    owned = actor_named(
        "Police arrested the ousted Egyptian leader's supporters in Cairo on Friday.",
        "the ousted Egyptian",
    )
    assert owned.code is not None and owned.code.startswith("EGY")


def test_government_critics_are_not_the_government() -> None:
    text = "Police arrested two Egyptian government critics in Cairo on Monday."
    assert actor_named(text, "two Egyptian").code == "EGY"  # was EGYGOV: Egyptians, not GOV


def test_critics_are_not_the_holder_of_a_family_name_of_several_words(tmp_path: Path) -> None:
    """The table lists only the full name "Pieter van der Molen": "Van der Molen" ends it and
    its last word is his family name alone, so the name is his, and the critics named by it
    are not him (as "Molen critics" would not be)."""
    table = tmp_path / "my_office_holders.tsv"
    table.write_text(
        "name\taliases\tcode\toffice\tstart\tend\tsource\n"
        "Pieter van der Molen\t\tNLDGOV\tforeign_minister\t2024-01-01\t\tinvented\n",
        encoding="utf-8",
    )
    accused = "Talks\n{} accused the Belgian government of fraud on Friday."
    with in_force(Settings(actor_tables=[table])):
        himself = analyze(accused.format("Van der Molen"), published="2024-03-05")
        critics = analyze(accused.format("Van der Molen critics"), published="2024-03-05")
    assert [a.code for e in himself.events for a in e.source] == ["NLDGOV"]
    assert all(a.code != "NLDGOV" for e in critics.events for a in e.source)
