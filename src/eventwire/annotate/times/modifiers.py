"""TIMEX3 `mod`: the hedge or the part of a period that an expression names besides its value
("early 1990" is `1990` with START, "nearly two years" `P2Y` with LESS_THAN, "a week or so
ago" APPROX). The words and their modifiers are the `approximation`, `boundary` and
`approximation_inside` rows of `codebooks/time_words.tsv`."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.annotate.times.grammar import alternation
from eventwire.codebooks.times import time_words


@lru_cache(maxsize=1)
def modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words an expression starts with (after "the") and the words it may hold anywhere."""
    leading = alternation("approximation", "boundary")
    inside = alternation("approximation_inside")
    return (
        re.compile(rf"(?i:the\s+)?(?P<word>{leading})(?:(?<=-)|(?!\w))"),
        re.compile(rf"(?<!\w)(?P<word>{inside})(?!\w)"),
    )


def modifier_of(text: str) -> str | None:
    """The TIMEX3 `mod` of an expression's text, or None when it names none."""
    leading, inside = modifier_patterns()
    match = leading.match(text) or inside.search(text)
    if match is None:
        return None
    word = " ".join(match["word"].casefold().split())
    words = time_words()
    for kind in ("approximation", "boundary", "approximation_inside"):
        if word in words[kind]:
            return words[kind][word]
    return None
