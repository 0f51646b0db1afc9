"""Title-case headlines are parsed in sentence case; the article's text and offsets are kept.

Every headline and article here is invented."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.headline_case import common_words, headline_of, parse_articles, sentence_cased
from eventwire.nlp import load_nlp

POLICE = (
    "Kenyan Police Disperse Protesters Near Parliament\n"
    "Kenyan police fired tear gas on Tuesday to disperse hundreds of protesters who had "
    "gathered near the parliament building in Nairobi, witnesses said."
)
ACCUSATION = (
    "Turkey Accuses Greece Of Violating Its Airspace\n"
    "Turkey on Monday accused Greece of violating its airspace with fighter jets, the foreign "
    "ministry in Ankara said."
)


def headline_events(text: str) -> list:
    """The events the headline tells: a headline restating the lead is a mention of the lead's
    event, whose clause names the actors in full."""
    analysis = analyze(text, published="2024-05-07")
    end = text.index("\n")
    return [event for event in analysis.events if any(m.end <= end for m in event.mentions)]


def headline_words(event, text: str) -> list[str]:
    return [m.text for m in event.mentions if m.end <= text.index("\n")]


def test_a_title_case_headline_verb_is_an_asserted_event_with_its_actors() -> None:
    (event,) = headline_events(POLICE)
    assert headline_words(event, POLICE) == ["Disperse"]
    assert event.modality == "asserted"
    assert [actor.code for actor in event.source] == ["KENCOP"]
    assert [actor.code[:3] for actor in event.target] == ["KEN"]


def test_a_title_case_headline_keeps_its_countries_as_actors() -> None:
    accusations = [e for e in headline_events(ACCUSATION) if e.plover["type"] == "ACCUSE"]
    assert [(headline_words(e, ACCUSATION), e.modality) for e in accusations] == [
        (["Accuses"], "asserted")
    ]
    assert [actor.code for actor in accusations[0].source] == ["TUR"]
    assert [actor.code for actor in accusations[0].target] == ["GRC"]


@pytest.mark.parametrize("after_headline", ["\n", "\n\n", " \n  "])
def test_the_parse_keeps_the_article_text_and_its_offsets(after_headline: str) -> None:
    text = POLICE.replace("\n", after_headline, 1)
    (parse,) = parse_articles([text])
    assert parse.text == text
    assert [token.text for token in parse[:3]] == ["Kenyan", "Police", "Disperse"]
    assert parse[2].pos_ == "VERB"


def test_sentence_case_lowers_common_words_and_keeps_names() -> None:
    known = common_words(load_nlp())
    headline = "Rebels Seize Airport In North As Ruritania’s Army Retreats From Kidal"
    body = "Rebels from the north seized the airport as the army of Ruritania left Kidal."
    cased = sentence_cased(headline, body, known)
    assert cased == "Rebels seize airport in north as Ruritania’s army retreats from Kidal"
    assert len(cased) == len(headline)


@pytest.mark.parametrize(
    ("body", "cased"),
    [
        ("Minister Rose Akinyi said on Monday that the budget would pass.", "Rose"),
        ("Food prices rose sharply in March, the minister said.", "rose"),
    ],
)
def test_the_body_tells_a_name_from_a_common_word(body: str, cased: str) -> None:
    headline = "Minister Says Budget Will Pass As Prices Rose Again"
    result = sentence_cased(headline, body, common_words(load_nlp()))
    assert result.split()[7] == cased


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seize airport in north as army retreats\nThe body.",
        "REBELS SEIZE AIRPORT IN NORTH\nThe body.",
        "Rebels Seize Airport In North",
        "Talks in Geneva End without a deal\nThe body.",
    ],
)
def test_only_a_title_case_first_line_is_recased(text: str) -> None:
    assert headline_of(text) is None


def test_a_title_case_headline_with_an_infinitive_is_read() -> None:
    text = POLICE.replace("Police Disperse", "Police To Disperse", 1)
    (event,) = headline_events(text)
    assert headline_words(event, text) == ["Disperse"]
    assert [actor.code for actor in event.source] == ["KENCOP"]
