"""A subheading whose line break the text lost is no part of the next sentence (issue 11,
class 3: duplicates): "Recent clashes Since the spring, ..." read as one sentence gives the
heading's act to that sentence's parse and a second record of one act. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from news_events import HEADLINE, events_of

from eventwire import analyze

LEAD = "Rebels shelled the river town of Varno for hours on Monday, killing four farmers."


def sentence_texts(text: str) -> list[str]:
    analysis = analyze(text, published="2026-03-02")
    return [text[s.start : s.end].strip() for s in analysis.sentences]


NAMES_INSIDE = (
    "Last week President Halvor Brenn said the talks would resume in Oslo. "
    "In 2019 The Northern Herald reported that the mayor had resigned. "
    "The ministry is looking to Brenn to veto the bill before the vote."
)
"""Sentences with a capital inside their first words that starts no sentence: a title, a name
after "The", a name after "to"."""


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Recent clashes", "Since the spring, the rebels have attacked villages near the river."),
        (
            "Drones kill 12 fighters",
            "Hours after the shelling, the army said its drones killed a dozen rebel fighters.",
        ),
    ],
)
def test_a_run_in_heading_ends_before_the_next_sentence(heading: str, sentence: str) -> None:
    texts = sentence_texts(f"{LEAD} {heading} {sentence} {NAMES_INSIDE}")
    assert heading in texts, texts
    assert sentence in texts, texts
    for kept in NAMES_INSIDE.split(". "):
        assert kept.rstrip(".") + "." in texts, texts


def test_a_run_in_heading_joins_the_act_it_heads_not_the_one_before() -> None:
    """A heading names what follows it: "Recent attacks" joins the attacks of the sentence
    after it, not the attacks blamed on other people the sentence before."""
    text = (
        "Rebels shelled the river town of Varno on Monday, killing four farmers. "
        "The ministry has blamed several recent attacks on militants based in Dorvan. "
        "Recent attacks Since the spring, the rebels have ramped up attacks on villages near "
        "the river."
    )
    full = f"{HEADLINE}\n{text}"
    heading = full.index("Recent attacks") + len("Recent ")
    ramped = full.index("up attacks") + len("up ")
    (record,) = [e for e in events_of(text) if any(m.start == heading for m in e.mentions)]
    assert record.trigger.start == ramped, (record.trigger.text, record.mentions)
