"""A verb with a particle is its own cue or none (issue 17), and the quotes evaluation reads
headlines as the pipeline parses them; on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_in, speaker_text

from eventwire.evaluate.quotes import score


@pytest.mark.parametrize(
    "sentence",
    [
        "The guild backed up the harbour plan.",
        "Ortiz found out that the pier had closed.",
    ],
)
def test_a_particle_verb_the_cue_book_lacks_is_no_cue(sentence: str) -> None:
    """'backed up', 'found out' are not the cues 'back' and 'find'."""
    assert quotes_in(sentence) == []


def test_a_particle_verb_row_reads_its_own_complements() -> None:
    """'called out X for Y' names X as what is called out, not Y as what is called for."""
    quote = only(quotes_in("The guild called out the council for its delay."), "the council")
    assert quote.text.startswith("the council")
    assert quote.cue is not None and quote.cue.text == "called out"
    assert speaker_text(quote) == "The guild"


def test_the_evaluation_reads_a_title_case_headline_as_the_pipeline_does() -> None:
    """The pipeline parses 'Harbour Guild Slams Ferry Tax' in sentence case and finds the
    attribution; the evaluation scores that reading, not the title-case parse's."""
    headline = "Harbour Guild Slams Ferry Tax"
    text = f"{headline}\nThe guild met on Tuesday in the old hall by the pier."
    record = {
        "text": text,
        "title": headline,
        "quotes": [
            {
                "quote_spans": [[20, 29]],
                "speaker_spans": [[0, 13]],
                "cue_spans": [[14, 19]],
                "is_direct": False,
            }
        ],
    }
    tally = score([record], None).tally("eventwire", "all")
    assert (tally.gold, tally.gold_matched, tally.speaker_right) == (1, 1, 1)
