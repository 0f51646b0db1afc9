"""The times stage: one pass over an article, trying the grammar near each anchor word and
handing each match to its rule's reader, so every later expression can count from the
points the earlier ones named.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from eventwire.annotate.times.calendar_dates import (
    read_calendar,
    read_century,
    read_clock,
    read_day_month,
    read_day_range_end,
    read_decade,
    read_holiday,
    read_numeric,
    read_quarter,
    read_season,
    read_year,
    read_year_range_end,
)
from eventwire.annotate.times.durations import (
    read_duration,
    read_elapsed,
    read_plural_unit,
    read_set,
)
from eventwire.annotate.times.grammar import (
    PREFIX_WORDS,
    WORD_START,
    Grammar,
    alternation,
    compiled_grammar,
)
from eventwire.annotate.times.modifiers import end_with_modifier, hedges_a_noun, modifier_of
from eventwire.annotate.times.relative import (
    read_anaphoric,
    read_day_count,
    read_daypart,
    read_dayword,
    read_reference,
    read_shift,
    read_the_unit,
    read_weekday,
    read_year_relative,
)
from eventwire.annotate.times.scan import Reading, Scan
from eventwire.records import Analysis, TimeExpr

READERS: dict[str, Callable[[dict[str, str | None], Scan], Reading | None]] = {
    "elapsed": read_elapsed,
    "clock": read_clock,
    "set": read_set,
    "numeric": read_numeric,
    "calendar": read_calendar,
    "day_month": read_day_month,
    "day_count": read_day_count,
    "anaphoric": read_anaphoric,
    "quarter": read_quarter,
    "duration": read_duration,
    "shift": read_shift,
    "weekday": read_weekday,
    "season": read_season,
    "dayword": read_dayword,
    "daypart": read_daypart,
    "holiday": read_holiday,
    "decade": read_decade,
    "century": read_century,
    "year": read_year,
    "year_range_end": read_year_range_end,
    "day_range_end": read_day_range_end,
    "year_relative": read_year_relative,
    "plural_unit": read_plural_unit,
    "the_unit": read_the_unit,
    "reference": read_reference,
}


def parse_published(published: str | None) -> date | None:
    """The publication day from `YYYY-MM-DD` (a time after it is ignored)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        raise ValueError(f"publication date {published!r} is not YYYY-MM-DD") from None


def tag_times(text: str, published: str | None = None, parse: Doc | None = None) -> list[TimeExpr]:
    """Every time expression in `text`, valued against `published` and the text before it."""
    grammar = compiled_grammar()
    scan = Scan(text=text, published=parse_published(published), parse=parse)
    word_starts = [match.start() for match in WORD_START.finditer(text)]
    idioms = [match.span() for match in idiom_pattern().finditer(text)]
    found: list[TimeExpr] = []
    end = 0
    tried: set[int] = set()  # word starts where no rule matched: nearby anchors share them
    for anchor in grammar.anchors.finditer(text):
        if anchor.start() < end or any(start <= anchor.start() < stop for start, stop in idioms):
            continue
        after = bisect_right(word_starts, anchor.start())
        for start in word_starts[max(0, after - PREFIX_WORDS) : after]:
            if start < end or start in tried:
                continue
            tried.add(start)
            match, reading = read_at(grammar, start, scan)
            if (
                reading is None
                or match.end() <= anchor.start()
                or hedges_a_noun(text, start, match.end())
            ):
                continue
            end = end_with_modifier(text, match.end())
            found.append(
                TimeExpr(
                    text[start:end],
                    start,
                    end,
                    reading.type,
                    reading.value,
                    reading.reason,
                    modifier_of(text[start:end], reading.value),
                )
            )
            if reading.point is not None and reading.remember:
                scan.remember(replace(reading.point, suffix=""))
            break
    return found


@lru_cache(maxsize=1)
def idiom_pattern() -> re.Pattern[str]:
    """The `idiom` rows of `time_words.tsv`: phrases whose time word names no time."""
    return re.compile(rf"(?<!\w){alternation('idiom')}(?!\w)")


def read_at(grammar: Grammar, start: int, scan: Scan) -> tuple[re.Match[str], Reading | None]:
    """The first rule that matches at `start` and whose reader accepts the match."""
    match = grammar.pattern.match(scan.text, start)
    if match is None:
        return match, None
    rule = match.lastgroup
    reading = read_match(rule, match, scan)
    if reading is None:  # the rule declined: the rules after it may take this position
        later = next(i for i, (name, _) in enumerate(grammar.rules) if name == rule) + 1
        for name, rule_pattern in grammar.rules[later:]:
            match = rule_pattern.match(scan.text, start)
            if match is not None and (reading := read_match(name, match, scan)):
                break
    return match, reading


def read_match(rule: str, match: re.Match[str], scan: Scan) -> Reading | None:
    """The reading of one rule's match, or None when its reader declines it."""
    if match.end() == match.start():
        return None
    prefix = f"{rule}__"
    groups = {
        key[len(prefix) :]: value
        for key, value in match.groupdict().items()
        if key.startswith(prefix)
    }
    scan.start, scan.end = match.start(), match.end()
    return READERS[rule](groups, scan)


def find_times(parse: Doc, analysis: Analysis) -> list[TimeExpr]:
    return tag_times(analysis.article.text, analysis.article.published, parse)
