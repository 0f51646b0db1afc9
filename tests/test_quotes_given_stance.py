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


def test_what_the_endorser_endorses_is_still_the_object_of_its_own_endorsement() -> None:
    """'Ortiz's endorsement of the toll': the owner holds it, the 'of' object is its content."""
    quote = next(q for q in quotes_in("Ortiz's endorsement of the toll surprised the guild."))
    assert quote.text == "the toll"
    assert speaker_text(quote) == "Ortiz"


def test_a_criticism_with_an_unread_clause_is_not_about_the_subject() -> None:
    """'faced criticism from rivals that ...': the clause, which the row does not read, is
    what the rivals said, so the subject is not made the content."""
    quotes = quotes_in("Ortiz faced criticism from rivals that the toll was unfair.")
    assert not any(
        q.cue is not None and "criticism" in q.cue.text and q.text == "Ortiz" for q in quotes
    )


def test_criticism_about_a_thing_is_about_that_thing() -> None:
    quote = next(
        q
        for q in quotes_in("Ortiz faced criticism from the guild about the harbour toll.")
        if q.cue is not None and "criticism" in q.cue.text
    )
    assert quote.text == "the harbour toll"
    assert speaker_text(quote) == "the guild"
