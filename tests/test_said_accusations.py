"""Saying as accusing: a speaker whose words name a wrong done by an actor accuses that actor
(events.accusations, codebooks/accusation_words.tsv), on sentences written for these tests."""

from __future__ import annotations

import pytest
from news_events import events_of, has_sides

from eventwire.codebooks.accusations import accusation_words
from eventwire.records import Event


def accusations(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.plover["type"] == "ACCUSE" and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        (
            "Chile's foreign minister said Peru's aggression against fishing boats must end.",
            "said",
            "1123",
        ),
        (
            "Chile's foreign minister says Peru's repression of the Aymara has to stop.",
            "says",
            "1122",
        ),
        (
            "Chile's foreign minister said the Peruvian navy had been harassing Chilean trawlers.",
            "said",
            "111",
        ),
        (
            "Chile's foreign minister said the Peruvian government was responsible for the attack"
            " on the border post.",
            "said",
            "112",
        ),
        (
            "Chile's foreign minister said the Peruvian shelling of Arica was a war crime.",
            "said",
            "1124",
        ),
        (
            "Chile's foreign minister said the Peruvian blockade of the port was illegal.",
            "said",
            "111",
        ),
        (
            "Chile's foreign minister told reporters that Peru has been ripping off Chilean"
            " exporters for decades.",
            "told",
            "110",
        ),
        (
            "Chile's foreign minister highlighted Peru's violation of the fishing treaty.",
            "highlighted",
            "112",
        ),
    ],
)
def test_a_speaker_naming_a_wrong_accuses_its_doer(text: str, trigger: str, cameo: str) -> None:
    (accusation,) = accusations(text)
    assert accusation.trigger.text == trigger
    assert accusation.cameo == cameo
    assert has_sides(accusation, "CHL", "PER")


def test_a_wrong_done_by_no_one_named_is_still_the_speakers_complaint() -> None:
    (accusation,) = accusations(
        '"We have been ripped off for years," Chile\'s foreign minister said on Monday.'
    )
    assert has_sides(accusation, "CHL", None)
    assert accusation.target == []


def test_a_wrongdoer_noun_charges_whom_it_is_said_of() -> None:
    (accusation,) = accusations(
        "Chile's foreign minister said the Peruvian general was a war criminal."
    )
    assert accusation.cameo == "1124"
    assert has_sides(accusation, "CHL", "PER")


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister said the talks with Peru were useful.",
        # the outlet's own voice: no one accuses
        "Peru's aggression against fishing boats continued on Monday.",
        # another's charge, reported, denied, hedged or only possible
        "Chile's foreign minister said reports of Peruvian meddling were false.",
        "Chile's foreign minister denied that Chile had meddled in Peru's election.",
        "Chile's foreign minister said the inquiry into alleged war crimes would go on.",
        "Chile's foreign minister said the shelling could be considered a war crime.",
        "Chile's foreign minister said the Peruvian general was not a war criminal.",
        # one's own side, a pronoun no one can resolve, a rule, a harmless duty
        "The Peruvian rebel group said it was responsible for the attack on the border post.",
        '"It is illegal to fish in the bay," Chile\'s fisheries minister said.',
        "Chile's foreign minister said the agency was responsible for the talks with Peru.",
        # a wrongdoer told of, not charged
        "Chile's foreign minister said the criminals fled across the border into Peru.",
    ],
)
def test_no_accusation_where_the_speaker_charges_no_one(text: str) -> None:
    assert accusations(text) == []


def test_a_commentator_known_only_by_country_accuses_no_one() -> None:
    text = (
        "Maria Soto, a senior fellow at a Chilean foundation, said Peru's aggression against"
        " fishing boats had grown."
    )
    assert accusations(text) == []


def test_each_entry_of_the_table_has_a_code_and_known_kind() -> None:
    words = accusation_words()
    assert {"say", "contend", "highlight"} <= words.speech_verbs
    assert "admit" not in words.speech_verbs and "deny" not in words.speech_verbs
    assert words.wrongs[("verb", "rip", "off")] == "110"
    assert words.wrongdoers[("noun", "criminal", "war")] == "1124"
    assert all(code.isdigit() for code in [*words.wrongs.values(), *words.wrongdoers.values()])


def test_a_quoted_sentence_is_its_speakers_accusation() -> None:
    text = (
        "Chile's foreign minister spoke to reporters in Santiago on Monday. \"Peru's navy has"
        " been harassing our trawlers for months. We will not accept it,\" Chile's foreign"
        " minister said."
    )
    (accusation,) = accusations(text)
    assert accusation.trigger.text == "harassing"
    assert has_sides(accusation, "CHL", "PER")
