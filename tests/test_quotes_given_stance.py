"""Attributions on unseen news (issue 17): a stance someone gives and the subject gets ('won
the endorsement of the guild', 'the plan drew criticism from the guild'): the giver holds it
and the subject is what it is about; on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import quotes_in, speaker_text


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content"),
    [
        (
            "Mayor Ortiz won the endorsement of the fishermen's guild.",
            "endorsement",
            "guild",
            "Ortiz",
        ),
        (
            "Last week Ortiz secured the endorsement of the ferry union.",
            "endorsement",
            "union",
            "Ortiz",
        ),
        ("Ortiz received the backing of the harbour pilots.", "backing", "pilots", "Ortiz"),
        (
            "The pier plan drew sharp criticism from the fishermen.",
            "criticism",
            "fishermen",
            "plan",
        ),
        ("The toll faced stiff opposition from the ferry crews.", "opposition", "crews", "toll"),
    ],
)
def test_a_stance_given_to_the_subject_is_held_by_its_giver(
    sentence: str, cue: str, speaker: str, content: str
) -> None:
    quote = next(q for q in quotes_in(sentence) if q.cue is not None and cue in q.cue.text)
    assert content in quote.text
    assert speaker in (speaker_text(quote) or "")


def test_criticism_about_a_thing_is_about_that_thing() -> None:
    quote = next(
        q
        for q in quotes_in("Ortiz faced criticism from the guild about the harbour toll.")
        if q.cue is not None and "criticism" in q.cue.text
    )
    assert quote.text == "the harbour toll"
    assert speaker_text(quote) == "the guild"
