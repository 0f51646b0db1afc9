"""TIMEX3 `mod`: the hedge or the part of a period that an expression names besides its value
("early 1990" is `1990` with START, "nearly two years" `P2Y` with LESS_THAN, "a week or so
ago" APPROX, "1994 or later" ON_OR_AFTER). The words and their modifiers are rows of
`codebooks/time_words.tsv`: `approximation` and `boundary` open an expression, `mod_inside`
may stand anywhere in it, and `mod_after` follow it and are taken into its span."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.annotate.times.grammar import alternation
from eventwire.codebooks.times import time_words

MOD_KINDS = ("approximation", "boundary", "mod_inside", "mod_after")


@lru_cache(maxsize=1)
def modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words an expression opens with (after "the"), holds anywhere, and is followed by."""
    leading = alternation("approximation", "boundary")
    inside = alternation("mod_inside", "mod_after")
    return (
        re.compile(rf"(?i:the\s+)?(?P<word>{leading})(?:(?<=-)|(?!\w))"),
        re.compile(rf"(?<!\w)(?P<word>{inside})(?!\w)"),
        re.compile(rf"\s+{alternation('mod_after')}(?![\w-])"),
    )


def end_with_modifier(text: str, end: int) -> int:
    """The end of an expression with the modifier that follows it ("the next year or so")."""
    match = modifier_patterns()[2].match(text, end)
    return match.end() if match else end


def hedges_a_noun(text: str, start: int, end: int) -> bool:
    """Whether a hedge ("about", "around") opening an expression belongs to the noun that a
    possessive date names ("a way around Wednesday's ruling", "questions about Monday's
    vote"), not to the date."""
    return (
        POSSESSIVE_AFTER.match(text, end) is not None
        and approximation_pattern().match(text, start) is not None
    )


POSSESSIVE_AFTER = re.compile(r"['’]s(?!\w)")
HALF_VALUE = re.compile(r"-H[12]$")


@lru_cache(maxsize=1)
def approximation_pattern() -> re.Pattern[str]:
    return re.compile(rf"{alternation('approximation')}(?!\w)")


def modifier_of(text: str, value: str | None = None) -> str | None:
    """The TIMEX3 `mod` of an expression's text, or None when it names none; none either for
    a half that its `value` already is ("the first half of 1990" is `1990-H1`, while "the
    first half of the 1990s" is `199` with START)."""
    leading, inside, _ = modifier_patterns()
    match = leading.match(text) or inside.search(text)
    if match is None or ("half" in match["word"] and HALF_VALUE.search(value or "")):
        return None
    word = " ".join(match["word"].casefold().split())
    words = time_words()
    return next(words[kind][word] for kind in MOD_KINDS if word in words[kind])
