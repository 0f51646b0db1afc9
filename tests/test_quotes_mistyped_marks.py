"""An opening quote mark typed where the closing one belongs ('“We will reopen,“ she said'):
PolNeAR train 101-840 has 8 such marks in 7 articles, dev 2 in 1 (issue 17). Read as an opening
mark it swallowed the rest of the paragraph or stopped the search for the cue beside it."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_in, speaker_text

from eventwire.annotate.quotes.marks import find_quoted_spans


@pytest.mark.parametrize("close", [",“", ".“", "?“", "!“"])
def test_an_opening_mark_after_closing_punctuation_ends_the_quote(close: str) -> None:
    text = f"“The pier stays open{close} she said. “Fishing goes on.”"
    quoted = [text[span.start : span.end].rstrip(",.?!") for span in find_quoted_spans(text)]
    assert quoted == ["The pier stays open", "Fishing goes on"]


def test_an_opening_mark_before_a_word_still_opens() -> None:
    text = "She called it “a fair deal“ and “the last word” on the levy."
    quoted = [text[span.start : span.end] for span in find_quoted_spans(text)]
    assert "the last word" in quoted


def test_the_cue_after_a_mistyped_closing_mark_gives_the_quote_its_speaker() -> None:
    body = (
        "The harbour master spoke to reporters on Monday.\n\n"
        "“The ferries will sail again by the end of May,“ said Ana Ruiz, the harbour master."
    )
    quote = only(quotes_in(body), "ferries will sail")
    assert quote.cue is not None and quote.cue.text == "said"
    assert speaker_text(quote) == "Ana Ruiz"


def test_a_short_quote_with_a_mistyped_closing_mark_is_read_with_its_cue() -> None:
    body = "Ruiz was asked whether the pier would reopen.\n\n“Not this year,“ she said."
    quote = only(quotes_in(body), "Not this year")
    assert quote.cue is not None and quote.cue.text == "said"
