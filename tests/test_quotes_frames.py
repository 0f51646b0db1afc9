"""Attributions whose cue is no plain speech verb (issue 17, recall on unseen news): a cue word
with the complement its codebook row allows, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import analyze
from eventwire.records import Quote


def quotes_of(body: str) -> list[Quote]:
    return analyze(f"Harbour Talks Continue\n{body}").quotes


def only(quotes: list[Quote], containing: str) -> Quote:
    found = [q for q in quotes if containing in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        ("The guild warned against closing the pier.", "warned", "The guild", "closing", "speech"),
        ("Ortiz boasted of her record on the harbour.", "boasted", "Ortiz", "her record", "speech"),
        (
            "The mayor commented on the ferry strike.",
            "commented",
            "The mayor",
            "the ferry",
            "speech",
        ),
        ("Ortiz wrote about the flooded pier.", "wrote", "Ortiz", "the flooded pier", "speech"),
        (
            "Ortiz likened the harbour tax to a toll.",
            "likened",
            "Ortiz",
            "the harbour tax",
            "speech",
        ),
        ("Ortiz described how the pier collapsed.", "described", "Ortiz", "how the pier", "speech"),
        ("Ortiz talked of a new ferry line.", "talked", "Ortiz", "a new ferry line", "speech"),
        ("The guild stated its position.", "stated", "The guild", "its position", "speech"),
        ("The guild argued the point.", "argued", "The guild", "the point", "speech"),
        ("Ortiz hoped for a quick deal.", "hoped", "Ortiz", "a quick deal", "belief"),
        (
            "Fishermen speculated that the pier would close.",
            "speculated",
            "Fishermen",
            "the pier",
            "belief",
        ),
        (
            "The guild credited Ortiz with saving the ferry.",
            "credited",
            "The guild",
            "Ortiz",
            "stance",
        ),
        ("Ortiz chided the council for its delay.", "chided", "Ortiz", "the council", "stance"),
        (
            "The skipper relished the fight with the guild.",
            "relished",
            "The skipper",
            "the fight",
            "stance",
        ),
        (
            "Ortiz distanced herself from the ferry plan.",
            "distanced",
            "Ortiz",
            "the ferry plan",
            "stance",
        ),
        (
            "The council acquiesced to the guild's demands.",
            "acquiesced",
            "The council",
            "the guild",
            "stance",
        ),
    ],
)
def test_cue_verbs_with_a_prepositional_or_object_complement(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    quote = only(quotes_of(sentence), content)
    assert quote.text.startswith(content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue_class == cue_class


def test_a_verb_that_is_a_cue_with_one_complement_is_none_with_another() -> None:
    """'distanced ... from' takes a position; 'distanced' with only an object tells nothing."""
    assert quotes_of("The guild distanced the two boats.") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The skippers were hopeful that the pier would reopen.",
            "hopeful",
            "The skippers",
            "the pier",
            "belief",
        ),
        ("Fishermen are wary of the new tax.", "wary", "Fishermen", "the new tax", "belief"),
        ("The guild was supportive of the plan.", "supportive", "The guild", "the plan", "stance"),
        ("Ortiz was adamant that the ferry would sail.", "adamant", "Ortiz", "the ferry", "speech"),
        (
            "The council was reluctant to close the pier.",
            "reluctant",
            "The council",
            "to close",
            "intention",
        ),
        (
            "The guild was confident in the new harbour master.",
            "confident",
            "The guild",
            "the new",
            "belief",
        ),
    ],
)
def test_adjectives_that_hold_a_view(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    quote = only(quotes_of(sentence), content)
    assert quote.text.startswith(content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue_class == cue_class


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        (
            "The skippers are skeptical of the plan and not inclined to back it.",
            "inclined",
            "The skippers",
        ),
        (
            "Ortiz spent the day at the pier, confident that the ferry would sail.",
            "confident",
            "Ortiz",
        ),
        ("Fishermen, angry about the tax, blocked the pier.", "angry", "Fishermen"),
        ("The guild backs skippers willing to fish in winter.", "willing", "skippers"),
    ],
)
def test_an_adjective_without_a_subject_of_its_own_is_held_by_the_noun_or_clause_it_joins(
    sentence: str, cue: str, speaker: str
) -> None:
    """A coordinated adjective, one set off after its clause and one after its noun share
    that clause's subject or are that noun's; the noun's name stops before the adjective."""
    quote = next(q for q in quotes_of(sentence) if q.cue is not None and q.cue.text == cue)
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("Ortiz's doubts about the ferry deal grew.", "doubts", "Ortiz's", "the ferry deal"),
        (
            "The guild's embrace of the plan surprised the council.",
            "embrace",
            "The guild's",
            "the plan",
        ),
        ("Fishermen had doubts about the ferry deal.", "doubts", "Fishermen", "the ferry deal"),
        ("The skippers expressed anxiety about the storm.", "anxiety", "The skippers", "the storm"),
    ],
)
def test_cue_nouns_held_by_their_owner_or_the_subject_of_their_light_verb(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    quote = next(q for q in quotes_of(sentence) if q.cue is not None and q.cue.text == cue)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("There were complaints that the pier was unsafe.", "complaints", "the pier was unsafe"),
        ('Chants of "Close the pier!" filled the square.', "Chants", "Close the pier!"),
    ],
)
def test_a_cue_noun_that_needs_no_owner_is_a_view_held_by_no_one_named(
    sentence: str, cue: str, content: str
) -> None:
    quote = only(quotes_of(sentence), content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is None


def test_a_cue_noun_that_needs_an_owner_is_no_attribution_without_one() -> None:
    assert quotes_of("The doubts about the ferry deal grew.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortiz said in a statement that the pier was safe.",
        "Ortiz wrote in a letter to the council that the pier was safe.",
    ],
)
def test_a_clause_hung_on_the_noun_of_the_cues_phrase_is_its_content(sentence: str) -> None:
    """The parse hangs 'that the pier was safe' on 'statement'; it is what Ortiz said, and
    the statement, carried by the cue verb, is no attribution of its own."""
    quotes = quotes_of(sentence)
    assert len(quotes) == 1
    assert quotes[0].text == "the pier was safe"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Ortiz"


def test_known_as_is_a_view_held_by_no_one_named() -> None:
    quotes = quotes_of("The harbour is known as a haven for smugglers.")
    assert {q.text for q in quotes} == {"The harbour", "a haven for smugglers"}
    assert all(q.cue is not None and q.cue.text == "known" and q.speaker is None for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        ("The guild is looking to block the deal.", "looking", "The guild", "to block the deal"),
        ("Ortiz named the harbour master as her deputy.", "named", "Ortiz", "her deputy"),
    ],
)
def test_look_to_and_name_as(sentence: str, cue: str, speaker: str, content: str) -> None:
    quote = only(quotes_of(sentence), content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_question_left_open_is_no_view_but_a_worry_about_it_is() -> None:
    assert quotes_of("It is not clear how the pier fell.") == []
    quote = only(quotes_of("The skippers are nervous about what might happen."), "what might")
    assert quote.cue is not None and quote.cue.text == "nervous"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [("Ortiz said so.", "said", "so"), ("He doesn't think so.", "think", "so")],
)
def test_a_word_standing_for_a_clause_is_the_content(sentence: str, cue: str, content: str) -> None:
    quote = only(quotes_of(sentence), content)
    assert quote.text == content
    assert quote.cue is not None and quote.cue.text == cue


def test_so_after_a_verb_that_takes_no_clause_is_no_attribution() -> None:
    assert quotes_of("Ortiz did so on Monday.") == []
