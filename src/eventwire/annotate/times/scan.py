"""The state a reader sees: the text, the publication day, the parse and the points named
so far, and the Reading a reader returns. Anaphoric expressions ("a year later") count from
the points of this scan, deictic ones ("last week") from its publication day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from eventwire.annotate.parse_views import span_at
from eventwire.annotate.times.modifiers import POSSESSIVE_AFTER
from eventwire.annotate.times.points import RANK, Point
from eventwire.annotate.times.syntax import (
    hangs_on_verb,
    modifies_noun,
    possessive_tense,
    scheduled_present,
    takes_an_event,
    tense_of,
    under_a_modal,
)


@dataclass
class Reading:
    """What a rule makes of its match."""

    type: str
    value: str | None
    reason: str | None = None
    point: Point | None = None
    remember: bool = True
    """Whether later expressions may anchor on it: not so for comparisons ("a year ago")."""


@dataclass
class Scan:
    """The state of one pass over an article: the anchor, the parse and the points seen so far."""

    text: str
    published: date | None
    parse: Doc | None
    points: list[Point] = field(default_factory=list)
    named_at: list[int] = field(default_factory=list)
    """Where each of `points` starts in the text."""
    start: int = 0
    end: int = 0

    @property
    def today(self) -> Point | None:
        return Point("day", self.published) if self.published else None

    def matched_tokens(self) -> Span | None:
        """The parse's tokens of the current match; none without a parse or a token."""
        if self.parse is None:
            return None
        span = span_at(self.parse, self.start, self.end)
        return span if span is not None and len(span) else None

    def tense(self) -> str | None:
        """past, future or present: the tense of the verb governing the current match; none
        for a possessive ("around Wednesday's ruling"), which dates a noun, not the verb."""
        span = self.matched_tokens()
        if span is None or POSSESSIVE_AFTER.match(self.text, self.end):
            return None
        return tense_of(span.root)

    def weekday_tense(self) -> str | None:
        """The tense that picks a weekday's direction: a possessive takes its noun's clause
        (`possessive_tense`), and a simple present of an arrangement or a condition that the
        weekday dates is ahead (`scheduled_present`); otherwise `tense`."""
        span = self.matched_tokens()
        if span is None:
            return None
        if POSSESSIVE_AFTER.match(self.text, self.end):
            return possessive_tense(span.root)
        tense = tense_of(span.root)
        if tense == "present" and scheduled_present(span.root) and hangs_on_verb(span):
            return "future"
        return tense

    def dates_its_verb(self) -> bool:
        """Whether the current match hangs on its verb, not on a noun ("a poll in February")."""
        return self.parse is not None and hangs_on_verb(span_at(self.parse, self.start, self.end))

    def under_a_modal(self) -> bool:
        """Whether the current match's verb has a modal without a perfect ("would be the
        nominee in November")."""
        span = self.matched_tokens()
        return span is not None and under_a_modal(span.root)

    def names_a_thing(self) -> bool:
        """Whether the current match modifies the noun after it ("Kopp's 1987 Chevrolet",
        "late-night comedians"): a kind of thing, not the time the story is at."""
        return self.parse is not None and modifies_noun(span_at(self.parse, self.start, self.end))

    def ends_before_an_event(self) -> bool:
        """Whether the match's last word, "before" or "after", takes an event of its own."""
        span = self.matched_tokens()
        return span is not None and takes_an_event(span[-1])

    def narrative(self, granularity: str) -> Point | None:
        """The latest point before the match at `granularity` or finer: what "a year later"
        or "the following month" counts from."""
        for point in reversed(self.points):
            if RANK[point.granularity] <= max(RANK[granularity], RANK["day"]):
                return point
        return None

    def period(self, ended: bool = False) -> Point | None:
        """The reporting period: the latest quarter or half named before the match; with
        `ended`, the latest one over by the publication day ("the latest quarter" is the one
        reported, not "a fourth-quarter charge" ahead). None after "the nine months": the
        report has moved on to a span that is no quarter."""
        for point in reversed(self.points):
            if point.months_reported:
                return None
            if point.granularity in ("quarter", "half") and not (
                ended and self.published is not None and not point.ended_by(self.published)
            ):
                return point
        return None

    def remember(self, point: Point) -> None:
        """Let later expressions count from `point`, named by the current match."""
        self.points.append(point)
        self.named_at.append(self.start)

    def compared_period(self) -> Point | None:
        """The period a year-ago comparison is set against ("from a year ago", "the year-earlier
        period"): the reporting period, over by the publication day unless the comparison is
        itself told in the future, since reported results are of a past period, not of a quarter
        ahead that analysts forecast in between. Unless the sentence names that period itself,
        it is the one of those named that ended last: the story's results, not "a flat second
        quarter" recalled after the third quarter's."""
        if self.tense() == "future":
            return self.period()
        latest = self.period(ended=True)
        if latest is None or self.published is None:
            return latest
        sentence_start = self.sentence_start()
        over: list[Point] = []
        for point, start in zip(self.points, self.named_at, strict=True):
            if point.months_reported:
                over = []
            elif point.granularity in ("quarter", "half") and point.ended_by(self.published):
                if point == latest and start >= sentence_start:
                    return latest
                over.append(point)
        return max(over, key=lambda point: point.day_after or point.first_day, default=latest)

    def sentence_start(self) -> int:
        """Where the sentence of the current match starts (the text's start without a parse)."""
        span = span_at(self.parse, self.start, self.end) if self.parse is not None else None
        return span.sent.start_char if span is not None and len(span) else 0


UNRESOLVED = "relative to an unknown publication date"
