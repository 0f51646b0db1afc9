"""A quote a colon hands on from a written thing (a letter, a note, a sign) is its author's
words, not those of whoever holds it up or reads it out."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_of, speaker_text


@pytest.mark.parametrize(
    ("body", "author"),
    [
        (
            'The warden held up a letter from Tom Vell: "I did not open the sluice gates."',
            "Tom Vell",
        ),
        (
            'At the rally, Ortiz read out a note from her brother: "Do not wait for the '
            'harbour to freeze."',
            "her brother",
        ),
        (
            'At the hearing, Ortiz read out Vell\'s note: "Do not wait for the harbour to freeze."',
            "Vell's",
        ),
    ],
)
def test_a_written_thing_read_out_gives_its_authors_words(body: str, author: str) -> None:
    _, quotes = quotes_of(body)
    assert speaker_text(only(quotes, "not")) == author
