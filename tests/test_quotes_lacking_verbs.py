"""Verbs PolNeAR reads as attribution cues that the codebook lacked until the twenty-fourth
round, and interjection labels that open a headline before a colon without being its speaker
(issue 17); on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_in, quotes_of, speaker_text


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "speaker"),
    [
        (
            "The guild has pushed for a new pier at Halvik.",
            "pushed",
            "a new pier at Halvik",
            "The guild",
        ),
        (
            "Delegates nominated Rosa Ortiz for mayor.",
            "nominated",
            "Rosa Ortiz for mayor",
            "Delegates",
        ),
        (
            "The council approved a plan to rebuild the pier.",
            "approved",
            "a plan to rebuild the pier",
            "The council",
        ),
        (
            "Ortiz accepted the guild's offer of a ferry.",
            "accepted",
            "the guild's offer of a ferry",
            "Ortiz",
        ),
    ],
)
def test_a_cue_verb_new_to_the_codebook_reads_its_object(
    sentence: str, cue: str, content: str, speaker: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.text.startswith(content)
    assert speaker_text(quote) == speaker


@pytest.mark.parametrize(
    "headline",
    [
        "BOOM: Ortiz Wins The Pier Vote",
        "LOOK: The Pier Reopens After The Storm",
    ],
)
def test_an_interjection_label_before_a_headline_colon_is_no_speaker(headline: str) -> None:
    _, quotes = quotes_of("Ortiz spoke on Monday.", headline=headline)
    assert not any(headline.split(": ")[1] in q.text for q in quotes)
