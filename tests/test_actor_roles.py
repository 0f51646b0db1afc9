"""Roles beside countries (issue 12): researchers keep rebels, governments, police, the media
and civilians apart, so a code's role must be the one the words give, as the VOA gold codes
them. Articles are invented for these tests."""

from __future__ import annotations

import pytest
from news_events import actors_named, events_of

from eventwire.records import Event

HONDURAS_STORY = (
    "Police Detain Editor in Honduras\n"
    "TEGUCIGALPA, Honduras - Police in Tegucigalpa arrested journalist Oren Malik on Monday. "
    "Malik denied the charges on Tuesday. {}"
)


def coded(events: list[Event], text: str) -> set[str | None]:
    return {a.code for a in actors_named(events, text)}


def test_a_person_the_story_gives_no_country_keeps_the_role_of_their_title() -> None:
    """The setting or the act's place gives the country; the title still says the trade. A
    person put at the head of a body ("the leader of the Toro gang") takes no role from the
    head word: they lead criminals, not a government."""
    events = events_of(
        HONDURAS_STORY.format(
            "Police also arrested Ivo Brand, the leader of the Toro gang, in Tegucigalpa."
        )
    )
    assert coded(events, "journalist Oren Malik") == {"HNDMED"}
    assert coded(events, "Malik") == {"HNDMED"}
    assert "HNDGOV" not in coded(events, "Ivo Brand, the leader of the Toro gang")


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        ("Somali gunmen stormed a police station in Baidoa.", "Somali gunmen", "SOMREB"),
        ("Somali police arrested an opposition lawmaker.", "an opposition lawmaker", "SOMOPP"),
        ("Gunmen fired on a police patrol in Quetta.", "a police patrol", "PAKCOP"),
        (
            "Pakistani security personnel arrested three smugglers near Quetta.",
            "Pakistani security personnel",
            "PAKMIL",
        ),
        (
            "Insurgents killed four Frontier Corps personnel.",
            "four Frontier Corps personnel",
            "PAKMIL",
        ),
        # an aircraft on a spying mission is the armed forces', not an intelligence agency's
        (
            "Norway accused a Russian spy plane of violating its airspace on Monday.",
            "a Russian spy plane",
            "RUSMIL",
        ),
    ],
)
def test_role_words_give_the_role_the_gold_writes(sentence: str, actor: str, code: str) -> None:
    assert coded(events_of(sentence), actor) == {code}


def test_civilians_an_attack_harms_take_the_role_of_civilians() -> None:
    """Women, children, passengers and a hotel harmed where the act happens are civilians of
    that place's country."""
    events = events_of(
        "Gunmen Seize Train in Pakistan\n"
        "QUETTA, Pakistan - Gunmen stormed a hotel in Quetta on Tuesday. Security forces "
        "freed the women and children in Quetta on Wednesday."
    )
    assert coded(events, "a hotel") == {"PAKCVL"}
    assert coded(events, "the women") == {"PAKCVL"}
    assert coded(events, "children") == {"PAKCVL"}


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        (
            "The British deputy U.N. ambassador criticized Moldova on Friday.",
            "The British deputy U.N. ambassador",
            "GBRGOV",
        ),
        (
            "Lena Holt, U.S. deputy U.N. ambassador, criticized Moldova on Friday.",
            "Lena Holt, U.S. deputy U.N. ambassador",
            "USAGOV",
        ),
        (
            "The Chilean U.N. mission criticized Moldova on Friday.",
            "The Chilean U.N. mission",
            "CHLGOV",
        ),
        ("Chile's U.N. mission criticized Moldova on Friday.", "Chile's U.N. mission", "CHLGOV"),
        ("The U.N. envoy criticized Moldova on Friday.", "The U.N. envoy", "IGOUNO"),
        ("The U.N. Syria envoy criticized Moldova on Friday.", "The U.N. Syria envoy", "IGOUNO"),
    ],
)
def test_a_national_post_at_an_organisation_is_the_country_government(
    sentence: str, actor: str, code: str
) -> None:
    """A country's diplomat or mission at the U.N. speaks for the country, whatever word names
    the country; the organisation's own envoys stay the organisation's."""
    assert coded(events_of(sentence), actor) == {code}


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        ("Kenya's operation against the rebels continued on Monday.", "Kenya", "KENMIL"),
        ("The Turkish offensive against the militia began on Monday.", "Turkish", "TURMIL"),
        # named as the verb's subject, a country keeps its bare code, as the gold most often does
        ("Kenya launched an operation against al-Shabab on Monday.", "Kenya", "KEN"),
    ],
)
def test_a_country_named_before_a_noun_of_armed_force_is_its_military(
    sentence: str, actor: str, code: str
) -> None:
    assert coded(events_of(sentence), actor) == {code}


@pytest.mark.parametrize("body", ["the upper house", "the national assembly"])
def test_a_person_described_as_a_member_of_a_body_takes_the_body_role(body: str) -> None:
    """The setting gives the country; "a member of" the chamber says the person is a lawmaker."""
    events = events_of(
        HONDURAS_STORY.format(f"Maria Lopez, a member of {body}, denied the charges on Wednesday.")
    )
    assert coded(events, f"Maria Lopez, a member of {body}") == {"HNDLEG"}


@pytest.mark.parametrize(
    ("sentence", "actor", "code"),
    [
        (
            "Canadian senators criticized Ankara's sudden shift toward Moscow on Monday.",
            "Ankara's sudden shift toward Moscow",
            "TURGOV",
        ),
        (
            "The Finnish foreign minister condemned Moscow's new treaty with Minsk.",
            "Moscow's new treaty with Minsk",
            "RUSGOV",
        ),
        ("Chile rejected Lima's demands on Tuesday.", "Lima's demands", "PERGOV"),
        # a part of the city, or a facility in it, is the country's place, not its government's
        ("Rebels shelled Kabul's eastern district on Sunday.", "Kabul's eastern district", "AFG"),
    ],
)
def test_a_capital_that_owns_what_the_phrase_names_is_the_government(
    sentence: str, actor: str, code: str
) -> None:
    """A capital before a possessive stands for the government, as the capital alone does
    ("Ankara said"): the VOA dev gold codes every such owner GOV."""
    assert coded(events_of(sentence), actor) == {code}


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Sudanese paramilitaries attacked a village near Nyala.", "Sudanese paramilitaries"),
        (
            "The Sudanese paramilitary Rapid Forces shelled a market in Nyala on Monday.",
            "The Sudanese paramilitary Rapid Forces",
        ),
    ],
)
def test_paramilitary_forces_are_the_military(sentence: str, actor: str) -> None:
    """Forces a state raises beside its army are coded MIL, as the VOA gold codes all four
    paramilitary forces it names, not as unaligned militias."""
    assert coded(events_of(sentence), actor) == {"SDNMIL"}
