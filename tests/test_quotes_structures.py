"""Attributions whose cue is there but whose structure hid it (issue 17, recall): a cue under
a verb that takes no such complement; on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_texts import only, quotes_in


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "content", "cue_class"),
    [
        (
            "Ortiz continued to question whether the pier is safe.",
            "question",
            "Ortiz",
            "the pier is safe",
            "stance",
        ),
        (
            "Harbour polls continue to show that the mayor leads.",
            "show",
            "Harbour polls",
            "the mayor leads",
            "evidence",
        ),
        (
            "The guild continued to defend the ferry plan.",
            "defend",
            "The guild",
            "the ferry plan",
            "stance",
        ),
    ],
)
def test_a_cue_under_a_verb_that_takes_no_infinitive_is_an_attribution_of_its_own(
    sentence: str, cue: str, speaker: str, content: str, cue_class: str
) -> None:
    quote = only(quotes_in(sentence), content)
    assert (quote.cue.text, quote.speaker.text, quote.cue_class) == (cue, speaker, cue_class)


def test_a_view_under_a_cue_that_takes_the_infinitive_stays_inside_it() -> None:
    quotes = quotes_in("Ortiz vowed to oppose the ferry plan.")
    assert [(q.cue.text, q.text) for q in quotes] == [("vowed", "to oppose the ferry plan")]
