"""A content that holds another report with its own cue (issue 17, one of our contents
overlapping two attributions of the gold): the outer content ends before the inner report,
which is told apart; on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import quotes_in


def quotes_by_cue(body: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for quote in quotes_in(body):
        if quote.cue is not None:
            found.setdefault(quote.cue.text, []).append(quote.text)
    return found


@pytest.mark.parametrize(
    ("sentence", "report_cue", "report", "closing_cue", "quote"),
    [
        (
            'In her speech, Ruiz declared the need for patience: "Wait for the ferry and then '
            'wait again," she said.',
            "declared",
            "the need for patience",
            "said",
            "Wait for the ferry and then wait again",
        ),
        (
            'Mr. Ortiz suggested the mayor had lost his nerve - "He would have fled," he said.',
            "suggested",
            "the mayor had lost his nerve",
            "said",
            "He would have fled",
        ),
        (
            "The mayor asserted that the harbour had lost its charm: "
            '"The harbour is no longer the harbour," he claimed.',
            "asserted",
            "the harbour had lost its charm",
            "claimed",
            "The harbour is no longer the harbour",
        ),
    ],
)
def test_a_report_set_off_before_a_quote_is_no_part_of_the_closing_cues_quote(
    sentence: str, report_cue: str, report: str, closing_cue: str, quote: str
) -> None:
    found = quotes_by_cue(sentence)
    assert any(report in text for text in found[report_cue])
    closing = " ".join(found[closing_cue])
    assert quote in closing
    assert report_cue not in closing and report not in closing


def test_a_quote_after_a_plain_clause_keeps_the_clause() -> None:
    found = quotes_by_cue('The ferry was late again: "Nobody was surprised," Ruiz said.')
    assert "Nobody was surprised" in " ".join(found["said"])


def test_a_cue_coordinated_with_the_content_and_its_own_subject_is_told_apart() -> None:
    found = quotes_by_cue("The inspector said the pier was unsafe and engineers say it must close.")
    assert found["said"] == ["the pier was unsafe"]
    assert found["say"] == ["it must close"]


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "The harbour master said the ferry would sail on Monday and that she expected "
            "calm seas.",
            "the ferry would sail on Monday and that she expected calm seas",
        ),
        (
            "The captain said the crew had rested and they expected to sail at dawn.",
            "the crew had rested and they expected to sail at dawn",
        ),
    ],
)
def test_a_cue_coordinated_with_that_or_a_pronoun_stays_in_the_content(
    sentence: str, whole: str
) -> None:
    """'said A and that she expected B', 'said A and they expected B': one attribution in PolNeAR
    (train 101-840: 104 of 105 such cues inside the content, dev 12 of 12)."""
    found = quotes_by_cue(sentence)
    assert found["said"] == [whole]


def test_a_relative_clause_with_its_own_cue_ends_the_objects_phrase() -> None:
    found = quotes_by_cue(
        "The minister disclosed the figures to the harbour board, which first reported the loss."
    )
    assert found["disclosed"] == ["the figures to the harbour board"]
    assert found["reported"] == ["the loss"]
