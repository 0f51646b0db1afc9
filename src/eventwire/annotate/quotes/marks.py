"""Quote marks paired into quoted spans, paragraph by paragraph.

A quote may run over several paragraphs, each reopened with a mark and closed only at the
last; single quotes count when they hold two words or more, so apostrophes and elisions never
pair. The mark tables here are typography, not vocabulary, so they stay in code.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

OPENING_MARKS = {"“": "double", "„": "double", "«": "double", "‘": "single", "‹": "single"}

CLOSING_MARKS = {"”": "double", "»": "double", "’": "single", "›": "single"}

EITHER_MARKS = {'"': "double", "''": "double", "``": "double", "'": "single"}
"""Straight marks point neither way: they open when nothing is open and close otherwise."""

QUOTE_MARK = re.compile(r"''|``|[\"“”„«»‘’‹›']")

PARAGRAPH = re.compile(r"[^\n]+")

SENTENCE_END = {".", "!", "?"}

MIN_SINGLE_QUOTED_WORDS = 2
"""A single-quoted word is a scare quote or an elision ('n'), not speech."""


@dataclass
class QuotedSpan:
    """Characters between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    family: str
    in_headline: bool


class QuotedSpans(list[QuotedSpan]):
    """Quoted spans in order of (start, end), with lookups that take a logarithm of their
    number rather than a pass over them all: a pass per cue made quote-dense text quadratic."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        super().__init__(sorted(spans, key=lambda s: (s.start, s.end)))
        self.starts = [span.start for span in self]
        self.reach = list(accumulate((span.end for span in self), max))

    def holder(self, start: int, end: int) -> QuotedSpan | None:
        """The first span (in order) that starts at or before `start` and ends at or after `end`."""
        first = bisect_left(self.reach, end)  # the first span reaching `end` is the first whose
        if first < bisect_right(self.starts, start):  # own end does
            return self[first]
        return None

    def starting_in(self, start: int, end: int) -> range:
        """The positions of the spans that start in [start, end)."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def containing(self, offset: int) -> list[QuotedSpan]:
        """The spans around a character offset (start <= offset < end), in order."""
        found = []
        index = bisect_right(self.starts, offset) - 1
        while index >= 0 and self.reach[index] > offset:
            if self[index].end > offset:
                found.append(self[index])
            index -= 1
        return found[::-1]


def find_quoted_spans(text: str, headline_end: int = -1) -> QuotedSpans:
    """Pair quote marks: doubles anywhere, singles in headlines or outside any double quote.

    An opening mark left open at a paragraph's end continues when the next paragraph reopens
    with a mark; otherwise the quote ends with its paragraph when it opened the paragraph (a
    forgotten closing mark) and is dropped when it did not (a stray mark). Apostrophes inside
    words never pair.
    """
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]
    doubles = pair_marks(text, paragraphs, "double")
    double_spans = QuotedSpans([QuotedSpan(p.start, p.end, "double", False) for p in doubles])
    singles = [
        span
        for span in pair_marks(text, paragraphs, "single")
        if double_spans.holder(span.start, span.end) is None
        and len(text[span.start : span.end].split()) >= MIN_SINGLE_QUOTED_WORDS
    ]
    spans = [
        QuotedSpan(*trim_inside(text, p.start, p.end), family, 0 <= p.end <= headline_end)
        for family, pairs in (("double", doubles), ("single", singles))
        for p in pairs
    ]
    return QuotedSpans(spans)


def trim_inside(text: str, start: int, end: int) -> tuple[int, int]:
    """Spaces inside the marks, and the comma that hands over to the attribution, go."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


@dataclass
class Pair:
    start: int
    end: int


def pair_marks(text: str, paragraphs: list[tuple[int, int]], family: str) -> list[Pair]:
    pairs: list[Pair] = []
    opened: int | None = None  # where the open quote's content starts
    cleanly = False  # the open mark began its paragraph or followed a colon or comma
    for index, (para_start, para_end) in enumerate(paragraphs):
        marks = [
            m
            for m in QUOTE_MARK.finditer(text, para_start, para_end)
            if fits(m, family) and role(text, m) is not None
        ]
        if opened is not None:
            first = marks[0] if marks else None
            if (
                first is not None
                and not text[para_start : first.start()].strip()
                and role(text, first) != "close"
            ):
                marks = marks[1:]  # the mark reopening a quote that runs on
            else:
                if cleanly:
                    pairs.append(Pair(opened, paragraphs[index - 1][1]))
                opened = None
        for mark in marks:
            direction = role(text, mark)
            if opened is None or (direction == "open" and mark.group() not in EITHER_MARKS):
                if direction != "close":
                    opened = mark.end()
                    cleanly = text[para_start : mark.start()].rstrip()[-1:] in ("", ":", ",")
            else:
                pairs.append(Pair(opened, mark.start()))
                opened = None
    if opened is not None and cleanly:
        pairs.append(Pair(opened, paragraphs[-1][1]))
    return [p for p in pairs if text[p.start : p.end].strip()]


def fits(mark: re.Match[str], family: str) -> bool:
    mark_text = mark.group()
    return (
        OPENING_MARKS.get(mark_text) or CLOSING_MARKS.get(mark_text) or EITHER_MARKS[mark_text]
    ) == family


def role(text: str, mark: re.Match[str]) -> str | None:
    """'open', 'close', 'either', or None for an apostrophe inside a word ("don't", "Iran's")."""
    mark_text = mark.group()
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if mark_text == "“" and before in SENTENCE_END | {","} and not after.isalnum():
        return "close"  # an opening mark typed where a closing one belongs: '“No,“ he said'
    if mark_text in OPENING_MARKS:
        return "open"
    if mark_text in ("'", "’"):
        if before.isalnum() and after.isalnum():
            return None
        if mark_text == "'" and before.isspace() and after.isdigit():
            return None  # '90s
        if before.isalnum() or before in ".,!?" or after.isspace() or after in ".,;:!?)":
            return "close" if not after.isalnum() else None
        return "open" if mark_text == "'" else "close"
    if mark_text == "”" and before.isspace() and after.isalnum():
        return "open"  # a closing mark typed where an opening one belongs
    if mark_text in CLOSING_MARKS:
        return "close"
    return "either"
