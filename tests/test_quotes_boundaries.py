"""Where a content ends and who holds the next act (issue 17, recall by span boundaries and
structure on PolNeAR's train split): a participle after a comma closed inside a quote mark
is the speaker's next act, apart from the content; 'declared victory', 'voted against'; on
sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_in, speaker_text


@pytest.mark.parametrize(
    ("sentence", "content", "cue", "act"),
    [
        (
            'The inspector said the pier "is unsafe," citing a report from May.',
            'the pier "is unsafe',
            "citing",
            "a report from May",
        ),
        (
            'Ortiz said this is "a smear," describing the divers as brave.',
            'this is "a smear',
            "describing",
            "the divers",
        ),
        (
            'The mayor said the ferry "will sail in June," promising a new timetable.',
            'the ferry "will sail in June',
            "promising",
            "a new timetable",
        ),
    ],
)
def test_a_participle_after_a_quoted_comma_is_the_speakers_next_act(
    sentence: str, content: str, cue: str, act: str
) -> None:
    quotes = quotes_in(sentence)
    said = only(quotes, content)
    assert act not in said.text
    following = only(quotes, act)
    assert following.cue.text == cue
    assert speaker_text(following) == speaker_text(said)


def test_a_participle_after_a_plain_comma_keeps_the_speaker_of_the_cue() -> None:
    quotes = quotes_in("The inspector said the pier was unsafe, citing a report from May.")
    citing = only(quotes, "a report from May")
    assert (citing.cue.text, speaker_text(citing)) == ("citing", "The inspector")
    assert "citing" not in only(quotes, "the pier was unsafe").text


def test_a_participle_inside_the_quote_stays_in_it() -> None:
    quote = only(quotes_in('"We are rebuilding the pier, adding a ramp," Ortiz said.'), "ramp")
    assert quote.text == "We are rebuilding the pier, adding a ramp"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "The council declared victory on Tuesday.",
            "declared",
            "The council",
            "victory",
            "speech",
        ),
        ("Ruiz declared war on the ferry union.", "declared", "Ruiz", "war", "speech"),
        (
            "Two members voted against the harbour budget.",
            "voted",
            "Two members",
            "the harbour budget",
            "stance",
        ),
    ],
)
def test_declaring_an_outcome_and_voting_against_are_attributions(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert (quote.cue.text, speaker_text(quote), quote.cue_class) == (cue, speaker, cue_class)


def test_voting_for_is_no_attribution() -> None:
    assert quotes_in("Two members voted for the harbour budget.") == []


@pytest.mark.parametrize(
    ("body", "quoted", "cue", "speaker"),
    [
        (
            'The pier will close next month, Ana Ruiz said on Friday. "It is a danger to every '
            'family who lives in Port Vell." She repeated that pledge at a rally on Monday.',
            "It is a danger",
            "said",
            "Ana Ruiz",
        ),
        (
            'The ferry will stop in May, the harbour master said. "We cannot keep a boat on '
            'this route with no money for fuel." He added that the board would meet in June.',
            "We cannot keep a boat",
            "said",
            "the harbour master",
        ),
    ],
)
def test_a_quote_closing_its_sentence_is_not_the_next_sentences_report(
    body: str, quoted: str, cue: str, speaker: str
) -> None:
    """The cue in the sentence after a quote that ends its own sentence reports the words after
    it ('She repeated that pledge'); the quote keeps the speaker it had before."""
    quote = only(quotes_in(body), quoted)
    assert (quote.cue.text, speaker_text(quote)) == (cue, speaker)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ruiz described the ferry plan as a farce.", "the ferry plan as a farce"),
        (
            "The union cited the harbour report as proof that the pier is unsafe.",
            "the harbour report as proof that the pier is unsafe",
        ),
        ("Vell welcomed the vote as a victory for the fishermen.", "the vote as a victory"),
    ],
)
def test_what_a_cue_takes_its_object_as_is_part_of_the_content(sentence: str, content: str) -> None:
    """'described the plan as a farce': the view is the object and what it is taken as; the
    parse hangs the 'as' phrase on the verb, after the object."""
    quote = only(quotes_in(sentence), "the ")
    assert quote.text.startswith(content)
