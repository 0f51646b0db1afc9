"""Time expressions: every temporal phrase with its TIMEX3 type and value, and event dates.

Our own rules, because spaCy's DATE/TIME spans have loose boundaries and no values, and
dateparser fills a missing day from the base date and returns points, not granularities
("January 2020" is a month, not 2020-01-13). One compiled grammar, built from the words in
`codebooks/time_words.tsv`, is tried in one pass over the text wherever an anchor word (a
month, a unit, a digit...) is near; each rule's normaliser turns its match into a value.
Deictic words ("Friday", "last week", "two years ago") are read against the publication date,
with the tense of the governing verb choosing between the previous and the next Friday.
Anaphoric ones ("a year later", "the next day") are read against the latest date of fine
enough granularity before them in the text. With no publication date a deictic expression
stays unresolved, with the reason, rather than being guessed from the clock.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from eventwire.annotate.parse_views import span_at
from eventwire.codebooks import read_table
from eventwire.records import Analysis, TimeExpr

# --- vocabulary -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def time_words() -> dict[str, dict[str, str]]:
    """kind -> {word in lower case, single-spaced -> value}, from `time_words.tsv`."""
    table: dict[str, dict[str, str]] = {}
    for row in read_table("time_words.tsv"):
        table.setdefault(row["kind"], {})[row["word"].casefold()] = row["value"]
    return table


def lookup(kind: str, word: str) -> str:
    return time_words()[kind][" ".join(word.casefold().split())]


def alternation(kind: str, capitalised: bool = False) -> str:
    """A regex matching any word of `kind`, longest first.

    Month and weekday names must be capitalised (or all capitals): "may" and "march" are verbs.
    """
    words = sorted(time_words()[kind], key=lambda w: (-len(w), w))
    if capitalised:
        titled = [" ".join(part[:1].upper() + part[1:] for part in w.split()) for w in words]
        forms = titled + [w.upper() for w in words]
        forms = sorted(set(forms), key=lambda w: (-len(w), w))
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


# --- calendar points ------------------------------------------------------------------------

RANK = {
    "time": 0,
    "day": 1,
    "week": 2,
    "weekend": 2,
    "month": 3,
    "season": 4,
    "quarter": 4,
    "half": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
}
"""Granularities from fine to coarse."""

UNIT_GRANULARITY = {
    "TS": "time",
    "TM": "time",
    "TH": "time",
    "D": "day",
    "W": "week",
    "WE": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
    "ML": "century",
}
UNIT_DAYS = {"D": 1, "W": 7, "WE": 7}
UNIT_MONTHS = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True)
class Point:
    """A calendar period: its granularity and first day (plus season code or time suffix)."""

    granularity: str
    first_day: date
    season: str | None = None
    suffix: str = ""

    @property
    def value(self) -> str:
        day, granularity = self.first_day, self.granularity
        if granularity in ("day", "time"):
            return f"{day:%Y-%m-%d}{self.suffix}"
        if granularity in ("week", "weekend"):
            year, week, _ = day.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
        if granularity == "month":
            return f"{day.year:04d}-{day.month:02d}"
        if granularity == "quarter":
            return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
        if granularity == "half":
            return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
        if granularity == "season":
            return f"{day.year:04d}-{self.season}"
        if granularity == "year":
            return f"{day.year:04d}"
        if granularity == "decade":
            return f"{day.year // 10:03d}"
        return f"{day.year // 100:02d}"

    def shifted(self, amount: int, unit: str) -> Point | None:
        """Moved by `amount` units, keeping its granularity; None when the unit is finer."""
        if RANK[UNIT_GRANULARITY[unit]] < RANK[self.granularity] and not (
            unit in ("W", "WE") and self.granularity in ("week", "weekend")
        ):
            return None
        if unit in UNIT_DAYS:
            moved = self.first_day + timedelta(days=UNIT_DAYS[unit] * amount)
        else:
            moved = add_months(self.first_day, UNIT_MONTHS[unit] * amount)
        return replace(self, first_day=moved)

    def coarsened(self, granularity: str) -> Point:
        """The period of `granularity` holding this point's first day."""
        if RANK[granularity] <= RANK[self.granularity]:
            return self
        day = self.first_day
        firsts = {
            "week": lambda: day - timedelta(days=day.weekday()),
            "weekend": lambda: day - timedelta(days=day.weekday()),
            "month": lambda: day.replace(day=1),
            "quarter": lambda: date(day.year, (day.month - 1) // 3 * 3 + 1, 1),
            "half": lambda: date(day.year, (day.month - 1) // 6 * 6 + 1, 1),
            "year": lambda: date(day.year, 1, 1),
            "decade": lambda: date(max(day.year // 10 * 10, 1), 1, 1),
            "century": lambda: date(max(day.year // 100 * 100, 1), 1, 1),
        }
        return Point(granularity, firsts[granularity]())


def granularity_of(value: str | None) -> str | None:
    """The granularity a TIMEX3 value names (None for references and unknowns)."""
    if not value or "X" in value[:4] or value.endswith("_REF") or value.startswith("P"):
        return None
    for pattern, granularity in VALUE_GRANULARITY:
        if pattern.fullmatch(value):
            return granularity
    return None


VALUE_GRANULARITY = tuple(
    (re.compile(pattern), granularity)
    for pattern, granularity in (
        (r"\d{4}-\d\d-\d\dT\d.*", "time"),
        (r"\d{4}-\d\d-\d\d(T[A-Z]{2})?", "day"),
        (r"\d{4}-W\d\d-WE", "weekend"),
        (r"\d{4}-W\d\d", "week"),
        (r"\d{4}-\d\d", "month"),
        (r"\d{4}-Q\d", "quarter"),
        (r"\d{4}-H\d", "half"),
        (r"\d{4}-(SP|SU|FA|WI)", "season"),
        (r"\d{4}", "year"),
        (r"\d{3}", "decade"),
        (r"\d{2}", "century"),
    )
)


# --- the context a normaliser reads ---------------------------------------------------------


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
    start: int = 0
    end: int = 0

    @property
    def today(self) -> Point | None:
        return Point("day", self.published) if self.published else None

    def tense(self) -> str | None:
        """past, future or present: the tense of the verb governing the current match."""
        if self.parse is None:
            return None
        span = span_at(self.parse, self.start, self.end)
        return tense_of(span.root) if span is not None and len(span) else None

    def narrative(self, granularity: str) -> Point | None:
        """The latest point before the match at `granularity` or finer: what "a year later"
        or "the following month" counts from."""
        for point in reversed(self.points):
            if RANK[point.granularity] <= max(RANK[granularity], RANK["day"]):
                return point
        return None

    def period(self) -> Point | None:
        """The reporting period: the latest quarter or half named before the match."""
        for point in reversed(self.points):
            if point.granularity in ("quarter", "half"):
                return point
        return None


FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "to"}


def tense_of(token: Token) -> str | None:
    """The tense of the nearest verb above a token (past, future, present), if any."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    if token.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words == {"to"} and token.dep_ == "xcomp" and tense_of(token.head) == "past":
        return "past"  # "had been scheduled to expire Friday": the plan's time is past
    if words & FUTURE_AUXILIARIES:
        return "future"
    if token.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return "past"
    if token.tag_ == "VBN" and (words & {"has", "have", "'ve", "'s", "had"} or not auxiliaries):
        return "past"  # "has announced", "products introduced in April"
    if token.tag_ in ("VBZ", "VBP", "VBG", "VB", "VBN"):
        return "present"
    return None


UNRESOLVED = "relative to an unknown publication date"


# --- the grammar ----------------------------------------------------------------------------


def grammar() -> list[tuple[str, str]]:
    """(rule name, pattern) in priority order: at one position the first rule that matches wins."""
    month = alternation("month", capitalised=True)
    weekday = alternation("weekday", capitalised=True)
    season = alternation("season")
    daypart = alternation("daypart")
    unit = alternation("unit")
    number_word = alternation("number")
    tens = "(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    units = "(?i:one|two|three|four|five|six|seven|eight|nine)"
    number = rf"(?:\d+(?:\.\d+|\s+1/2|½)?|{tens}[- ]{units}|{number_word})"
    spelled_year = (
        rf"(?i:(?:nineteen|twenty)[- ](?:{tens}(?:[- ]{units})?|ten|eleven|twelve|thirteen"
        rf"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ]{units})"
        rf"|two\s+thousand(?:\s+and)?(?:\s+{units})?)"
    )
    ordinal = alternation("ordinal")
    shift = alternation("shift")
    approximation = alternation("approximation")
    boundary = alternation("boundary")
    reference = alternation("reference")
    frequency = alternation("frequency")
    holiday = alternation("holiday", capitalised=True)
    prefix = rf"(?:(?P<prefix>{approximation}|{boundary})(?:\s+|-|(?<=-)))?"
    year = rf"(?:1[0-9]\d\d|20\d\d|{spelled_year})(?![\d%]|[.,]\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    zone = r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|(?i:local\s+time))"
    start = r"(?<![\w$£€#'’/])"
    end = r"(?!\w|-\w)"
    return [
        (
            "clock",
            rf"{start}(?:(?P<approx>{approximation})\s+)?"
            rf"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>(?i:[ap]\.m\b\.?|[ap]m\b))"
            rf"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?=\s*{zone})"
            rf"|(?P<named>(?i:noon|midnight|midday)))"
            rf"(?:\s+(?P<zone>{zone}))?"
            rf"(?:,?\s+(?:on\s+)?(?:(?P<weekday>{weekday})|(?P<dayword>(?i:today|yesterday|tomorrow))"
            rf"|(?P<month>{month})\s+(?P<day>{day})))?{end}",
        ),
        (
            "set",
            rf"{start}(?:(?P<every>(?i:every|each|per))\s+(?:(?P<number>{number})\s+)?"
            rf"(?P<unit>{unit}|{weekday}|{month}|{season})"
            rf"|(?P<count>(?i:once|twice|{number_word}\s+times))\s+(?i:a|an|per|every)\s+(?P<unit2>{unit})"
            rf"|(?P<frequency>{frequency})){end}",
        ),
        (
            "numeric",
            rf"{start}(?:(?P<year>{year})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
            rf"(?:T(?P<clock>[01]\d|2[0-3]):(?P<minutes>[0-5]\d))?"
            rf"|(?P<first>\d\d?)/(?P<second>\d\d?)/(?P<slash_year>\d\d\d\d|\d\d))"
            rf"(?![\w/])",
        ),
        (
            "calendar",
            rf"{start}(?:(?P<weekday>{weekday}),?\s+)?{prefix}(?:(?P<shift>{shift})\s+)?"
            rf"(?P<month>{month})(?:\s+(?P<day>{day}))?(?:(?:,|\s+of)?\s+(?P<year>{year})"
            rf"|\s+(?P<yearshift>(?i:this|last|next))\s+(?i:year))?{end}",
        ),
        (
            "day_month",
            rf"{start}(?:(?P<weekday>{weekday}),?\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})"
            rf"(?:,?\s+(?P<year>{year}))?{end}",
        ),
        (
            "anaphoric",
            rf"{start}{prefix}(?:(?P<determiner>(?i:the|that|that\s+same))\s+)"
            rf"(?:(?P<relation>(?i:next|following|previous|preceding|prior|same|day\s+before|day\s+after))\s+)?"
            rf"(?P<unit>(?i:day|morning|afternoon|evening|night|week|weekend|month|year))"
            rf"(?:\s+(?P<after>(?i:before|after|earlier|later))(?!\s+(?i:yesterday|today|tomorrow)))?"
            rf"{end}",
        ),
        (
            "quarter",
            rf"{start}(?:(?P<the>(?i:the))\s+)?(?:(?P<yearshift>(?i:this|last|next))\s+year's\s+)?"
            rf"(?:(?P<year_before>{year})\s+)?"
            rf"(?P<modifiers>(?:(?i:latest|current|fiscal|calendar|same|comparable|year-earlier|year-ago"
            rf"|previous|prior|recent|{ordinal})[\s-]+)*)"
            rf"(?P<unit>(?i:quarter|half|period))"
            rf"(?:\s+(?:of|in)\s+(?:(?i:fiscal|calendar)\s+)?(?:(?P<year>{year})"
            rf"|(?P<ofshift>(?i:this|last|next|the))\s+(?i:year|fiscal\s+year))"
            rf"|\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier))))?{end}",
        ),
        (
            "duration",
            rf"{start}(?:(?P<approx>{approximation})\s+)?(?:(?P<the>(?i:the))\s+)?"
            rf"(?:(?P<position>{shift}|(?i:first|final|last))\s+)?"
            rf"(?P<number>{number})[\s-]+(?:(?i:more|additional|trading|business|working)\s+)?"
            rf"(?P<unit>{unit})(?P<half>\s+(?i:and\s+a\s+half))?"
            rf"(?P<suffix>-(?i:old|long))?"
            rf"(?:\s+(?P<relation>(?i:ago|earlier|later|from\s+now|hence|or\s+so\s+ago)))?{end}",
        ),
        (
            "shift",
            rf"{start}{prefix}(?:(?P<the>(?i:the))\s+)?(?P<shift>{shift})\s+"
            rf"(?:(?P<fiscal>(?i:fiscal|calendar))\s+)?(?P<unit>(?i:day|week|weekend|month|quarter|year"
            rf"|decade|century)){end}",
        ),
        (
            "weekday",
            rf"{start}{prefix}(?:(?P<part_before>{daypart})\s+)?(?:(?P<shift>{shift})\s+)?"
            rf"(?P<weekday>{weekday})(?:\s+(?P<daypart>{daypart})(?P<plural>s)?)?{end}",
        ),
        (
            "season",
            rf"{start}(?:(?P<the>(?i:the))\s+)?{prefix}(?:(?P<shift>{shift})\s+)?(?P<season>{season})"
            rf"(?:(?:\s+of)?\s+(?P<year>{year}))?{end}",
        ),
        (
            "dayword",
            rf"{start}{prefix}(?:(?P<part_before>{daypart})\s+)?"
            rf"(?:(?i:the\s+day\s+(?P<around>before|after))\s+)?"
            rf"(?P<dayword>(?i:today|yesterday|tomorrow|tonight))(?:\s+(?P<daypart>{daypart}))?{end}",
        ),
        (
            "daypart",
            rf"{start}{prefix}(?P<which>(?i:this|last))\s+(?P<daypart>{daypart}){end}",
        ),
        (
            "holiday",
            rf"{start}(?:(?P<shift>{shift})\s+)?(?P<holiday>{holiday})(?:,?\s+(?P<year>{year}))?{end}",
        ),
        (
            "decade",
            rf"{start}(?:(?P<the>(?i:the))\s+)?{prefix}"
            rf"(?:(?P<decade>(?:1[0-9]|20)\d0|['’]\d0)s"
            rf"|(?<=the\s)(?P<decade_word>(?i:twenties|thirties|forties|fifties|sixties|seventies"
            rf"|eighties|nineties))){end}",
        ),
        (
            "century",
            rf"{start}(?:(?P<the>(?i:the))\s+)?(?:(?P<shift>(?i:this|last|next))\s+|(?P<ordinal>\d{{1,2}}"
            rf"(?:st|nd|rd|th)|{ordinal})[\s-])(?i:century){end}",
        ),
        (
            "year",
            rf"{start}{prefix}(?:(?i:the\s+year)\s+)?(?:(?P<fiscal>(?i:fiscal|calendar))(?:\s+(?i:year))?\s+)?"
            rf"(?P<year>{year}){end}",
        ),
        (
            "year_relative",
            rf"{start}{prefix}(?:(?P<the>(?i:the))\s+)?"
            rf"(?P<word>(?i:year-earlier|year-ago|year[- ]end|year's\s+end)){end}",
        ),
        (
            "plural_unit",
            rf"{start}(?P<unit>(?i:years|months|weeks|days|hours|minutes|decades|centuries))"
            rf"(?:(?P<suffix>-(?i:long|old))|\s+(?P<relation>(?i:ago|earlier|later)))?{end}",
        ),
        (
            "the_unit",
            rf"{start}{prefix}(?P<the>(?i:the))\s+(?:(?P<modifiers>(?i:full|fiscal|calendar|latest\s+fiscal)"
            rf")\s+)?(?P<unit>(?i:year|week|weekend|month)){end}",
        ),
        ("reference", rf"{start}(?P<reference>{reference}){end}"),
    ]


@dataclass(frozen=True)
class Grammar:
    """The whole grammar as one pattern (each rule an outer group, its inner groups prefixed
    with the rule's name), each rule alone (to try the next rules where one declines), and the
    anchors: words one of which every match contains, so the grammar is only tried near them."""

    pattern: re.Pattern[str]
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    anchors: re.Pattern[str]


ANCHOR_KINDS = (
    "month",
    "weekday",
    "season",
    "daypart",
    "unit",
    "reference",
    "frequency",
    "holiday",
    "day",
)
ANCHOR_WORDS = ("noon", "midnight", "midday", "half", "period", "nineteen", "twenty", "thousand")
PREFIX_WORDS = 6
"""How many words before an anchor a match may start ("at least the past 18 months")."""
WORD_START = re.compile(r"(?<![\w'’])[\w'’½]")


@lru_cache(maxsize=1)
def compiled_grammar() -> Grammar:
    pieces = []
    for name, pattern in grammar():
        inner = re.sub(r"\(\?P<(\w+)>", lambda m, name=name: f"(?P<{name}__{m.group(1)}>", pattern)
        pieces.append((name, f"(?P<{name}>{inner})"))
    words = {word for kind in ANCHOR_KINDS for word in time_words()[kind]}
    words |= set(ANCHOR_WORDS) | set(DECADE_WORDS)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return Grammar(
        re.compile("|".join(piece for _, piece in pieces)),
        tuple((name, re.compile(piece)) for name, piece in pieces),
        re.compile(rf"(?<![\w.,])\d|(?<!\w)(?i:{alternatives})(?!\w)"),
    )


# --- normalisers ----------------------------------------------------------------------------


def number_value(text: str | None) -> float | None:
    """A count from digits or words; None for vague counts ("several", "a few")."""
    if text is None:
        return None
    text = " ".join(text.casefold().replace("-", " ").split())
    if text.endswith(("1/2", "½")):
        whole = number_value(text.removesuffix("1/2").removesuffix("½") or "0")
        return None if whole is None else whole + 0.5
    try:
        return float(text)
    except ValueError:
        pass
    numbers = time_words()["number"]
    if text in numbers:
        value = numbers[text]
        return None if value == "X" else float(value)
    total = 0.0
    for word in text.split():
        value = numbers.get(word)
        if value is None or value == "X":
            return None
        total += float(value)
    return total


def format_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P2Y, PT4H, P20Y for two decades, PXY when the count is vague."""
    if unit in ("DE", "CE", "ML"):
        if amount is None:
            return {"DE": "PXE", "CE": "PXC", "ML": "PXL"}[unit]
        amount, unit = amount * {"DE": 10, "CE": 100, "ML": 1000}[unit], "Y"
    if unit == "WE":
        unit, amount = "D", (None if amount is None else amount * 2)
    if amount is not None and amount != int(amount) and unit in SMALLER_UNIT:
        whole, (smaller, per) = int(amount), SMALLER_UNIT[unit]
        rest = format_amount((amount - whole) * per)
        if whole == 0:
            return duration_value((amount - whole) * per, smaller)
        time = unit.startswith("T")
        return f"P{'T' if time else ''}{whole}{unit.lstrip('T')}{rest}{smaller.lstrip('T')}"
    time = unit.startswith("T")
    letter = unit[1:] if time else unit
    count = "X" if amount is None else format_amount(amount)
    return f"P{'T' if time else ''}{count}{letter}"


SMALLER_UNIT = {"Y": ("M", 12), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
"""Where a fraction of a unit goes: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S."""


def deictic_day(scan: Scan, weekday: int, shift: int | None) -> date | None:
    """The date of a weekday near the publication date: the tense picks the direction."""
    if scan.published is None:
        return None
    today = scan.published
    back = (today.weekday() + 1 - weekday) % 7
    previous, following = (
        today - timedelta(days=back),
        today + timedelta(days=(weekday - 1 - today.weekday()) % 7),
    )
    if shift == -1:
        return previous if back else today - timedelta(days=7)
    if shift == 1:
        return following if following != today else today + timedelta(days=7)
    if shift == 0:
        return today - timedelta(days=today.weekday()) + timedelta(days=weekday - 1)
    tense = scan.tense()
    if tense == "future":
        return following
    if tense == "past":
        return previous
    return previous if (today - previous) <= (following - today) * FUTURE_PENALTY else following


def month_year(scan: Scan, month: int, shift: int | None, day: int = 1) -> int | None:
    """The year of a month (or day) named without one, near the publication date.

    `last`/`next` or the tense picks the direction; otherwise the nearest such date.
    """
    if scan.published is None:
        return None
    today = scan.published
    if shift == -1:
        return today.year if month < today.month else today.year - 1
    if shift == 1:
        return today.year if month > today.month else today.year + 1
    if shift == 0:
        return today.year
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        moment = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        candidates.append((moment, year))
    tense = scan.tense()
    if tense in ("past", "future"):
        # the tense decides unless that puts the date far off ("has set Nov. 10 as the deadline")
        constrained = [
            c
            for c in candidates
            if (c[0] <= today if tense == "past" else c[0] >= today)
            and abs((c[0] - today).days) <= TENSE_REACH_DAYS
        ]
        candidates = constrained or candidates
    return min(candidates, key=lambda c: (distance(c[0], today), c[1]))[1]


def distance(moment: date, today: date) -> float:
    """Days from the publication date, a date ahead counting more: news mostly reports the past."""
    days = (moment - today).days
    return days * FUTURE_PENALTY if days > 0 else -days


FUTURE_PENALTY = 1.5


TENSE_REACH_DAYS = 300


def shift_value(text: str | None) -> int | None:
    return None if text is None else int(lookup("shift", text))


def with_daypart(point: Point, daypart: str | None) -> Point:
    if daypart is None:
        return point
    return replace(point, granularity="day", suffix="T" + lookup("daypart", daypart))


def read_clock(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["named"]:
        clock = "24:00" if groups["named"].lower() == "midnight" else "12:00"
    else:
        hour = int(groups["hour"] or groups["hour24"])
        minute = groups["minute"] or groups["minute24"]
        meridiem = (groups["meridiem"] or "").lower()
        if meridiem and not 1 <= hour <= 12:
            return None  # "13 p.m." is no clock time
        if meridiem.startswith("p") and hour < 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
        clock = f"{hour:02d}" + (f":{minute}" if minute else ":00")
    if groups["weekday"]:
        day = deictic_day(scan, int(lookup("weekday", groups["weekday"])), None)
    elif groups["dayword"]:
        offset = int(lookup("day", groups["dayword"]))
        day = scan.published + timedelta(days=offset) if scan.published else None
    elif groups["month"]:
        month = int(lookup("month", groups["month"]))
        year = month_year(scan, month, None)
        day = safe_date(year, month, int(re.sub(r"\D", "", groups["day"]))) if year else None
    else:  # the day the story is at: the latest day named, else the publication day
        latest = scan.narrative("day")
        day = latest.first_day if latest is not None else scan.published
    if day is None:
        return Reading("TIME", f"XXXX-XX-XXT{clock}")
    return Reading("TIME", f"{day:%Y-%m-%d}T{clock}", point=Point("day", day, suffix=f"T{clock}"))


def safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def read_set(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["frequency"]:
        return Reading("SET", lookup("frequency", groups["frequency"]))
    word = groups["unit"] or groups["unit2"]
    kinds = time_words()
    key = " ".join(word.casefold().split())
    if key in kinds["weekday"]:
        return Reading("SET", f"XXXX-WXX-{kinds['weekday'][key]}")
    if key in kinds["month"]:
        return Reading("SET", f"XXXX-{kinds['month'][key]}")
    if key in kinds["season"]:
        return Reading("SET", f"XXXX-{kinds['season'][key]}")
    amount = number_value(groups["number"]) if groups["number"] else 1.0
    return Reading("SET", duration_value(amount, kinds["unit"][key]))


def read_numeric(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    """ISO dates (with an optional clock time) and slashed dates: 3/14/2020 is month first,
    14/3/2020 day first; 4/3/2020 could be either and stays unresolved."""
    if groups["year"]:
        day = safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        if day is not None and groups["clock"]:
            clock = f"T{groups['clock']}:{groups['minutes']}"
            point = Point("day", day, suffix=clock)
            return Reading("TIME", point.value, point=point)
    else:
        year = int(groups["slash_year"])
        if year < 100:
            year += 1900 if year >= 50 else 2000
        first, second = int(groups["first"]), int(groups["second"])
        if first <= 12 and second <= 12 and first != second:
            return Reading("DATE", None, "day and month could be either way round")
        month, day_number = (first, second) if first <= 12 else (second, first)
        day = safe_date(year, month, day_number) if month <= 12 else None
    if day is None:
        return None
    return Reading("DATE", day.isoformat(), point=Point("day", day))


NAME_BEFORE = re.compile(r"([A-Z][\w.'’-]*)\s+$")
NOT_NAMES = {"In", "On", "By", "Since", "Until", "Till", "Through", "During", "Before", "After"}
MONTHS_THAT_ARE_NAMES = {"May", "June", "April", "August", "March", "Jan", "MAY", "JUNE"}


def month_is_a_name(month: str, scan: Scan) -> bool:
    """Whether a month named alone is part of a name: "Theresa May", "Jan Kavan", "the March
    for Life"."""
    before = scan.text[max(0, scan.start - 30) : scan.start]
    after = scan.text[scan.end : scan.end + 30]
    if NOUN_BEFORE.search(before) and EVENT_NAME_AFTER.match(after):
        return True
    return month in MONTHS_THAT_ARE_NAMES and (
        name_before(before) or NAME_AFTER.match(after) is not None
    )


def name_before(text: str) -> bool:
    match = NAME_BEFORE.search(text)
    return match is not None and match.group(1) not in NOT_NAMES


NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|annual)\s+$", re.IGNORECASE)
EVENT_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]|for\b|of\b)")


def read_calendar(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    month = int(lookup("month", groups["month"]))
    shift = shift_value(groups["shift"])
    bare = not any(
        groups.get(key) for key in ("day", "year", "yearshift", "shift", "prefix", "weekday")
    )
    if bare and month_is_a_name(groups["month"], scan):
        return None
    if groups["year"]:
        year: int | None = year_number(groups["year"])
    elif groups.get("yearshift"):
        shift = int(lookup("shift", groups["yearshift"]))
        year = scan.published.year + shift if scan.published else None
    else:
        day_number = int(re.sub(r"\D", "", groups["day"])) if groups["day"] else 1
        year = month_year(scan, month, shift, day_number)
        if year is not None and groups["day"] and groups["weekday"]:
            year = year_with_weekday(year, month, day_number, groups["weekday"])
    if groups["day"]:
        day_number = int(re.sub(r"\D", "", groups["day"]))
        if year is None:
            return Reading("DATE", f"XXXX-{month:02d}-{day_number:02d}")
        day = safe_date(year, month, day_number)
        if day is None:
            return None
        return Reading("DATE", day.isoformat(), point=Point("day", day))
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    point = Point("month", date(year, month, 1))
    return Reading("DATE", point.value, point=point)


def year_with_weekday(year: int, month: int, day: int, weekday: str) -> int:
    """The year near `year` in which the date falls on the weekday named ("Saturday, April 25")."""
    number = int(lookup("weekday", weekday))
    for candidate in (year, year - 1, year + 1):
        moment = safe_date(candidate, month, day)
        if moment is not None and moment.isoweekday() == number:
            return candidate
    return year


def read_day_month(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    return read_calendar({**groups, "shift": None, "prefix": None}, scan)


ANAPHORIC_OFFSET = {
    "next": 1,
    "following": 1,
    "day after": 1,
    "after": 1,
    "later": 1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "day before": -1,
    "before": -1,
    "earlier": -1,
    "same": 0,
}


def read_anaphoric(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    determiner = groups["determiner"].casefold()
    relation = " ".join((groups["relation"] or "").casefold().split())
    after = (groups["after"] or "").casefold()
    word = groups["unit"].casefold()
    if determiner == "the" and not relation and not after:
        return None  # "the day", "the year": left to other rules
    daypart = time_words()["daypart"].get(word)
    unit = "D" if daypart else lookup("unit", word)
    offset = ANAPHORIC_OFFSET.get(relation, 0) + ANAPHORIC_OFFSET.get(after, 0)
    if relation in ("day before", "day after"):
        unit = "D"
    granularity = UNIT_GRANULARITY[unit]
    anchor = scan.narrative(granularity) or scan.today
    if anchor is None:
        return Reading("DATE", None, "relative to an earlier date the text does not give")
    anchor = anchor.coarsened("day" if granularity == "week" else granularity)
    point = anchor.shifted(offset, unit)
    if point is None:
        return Reading("DATE", None, "the earlier date is too coarse for this offset")
    point = point.coarsened(granularity)
    if daypart:
        point = replace(point, suffix="T" + daypart)
    return Reading("TIME" if daypart else "DATE", point.value, point=point)


def read_quarter(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    modifiers = (groups["modifiers"] or "").casefold().replace("-", " ").split()
    unit = groups["unit"].casefold()
    ordinals = [w for w in modifiers if w in time_words()["ordinal"]]
    anaphoric = {
        "latest",
        "current",
        "year-earlier",
        "year",
        "ago",
        "earlier",
        "same",
        "comparable",
    }
    if not groups["the"] and not modifiers and not groups["yearshift"]:
        return None  # "a quarter of the budget", "half the staff"
    if unit == "period" and not (set(modifiers) & anaphoric or groups["year_before"]):
        return None
    if unit == "half" and not ordinals:
        return None
    back = (
        -1
        if ("year" in modifiers and ("earlier" in modifiers or "ago" in modifiers)) or groups["ago"]
        else 0
    )
    size = 6 if unit == "half" else 3
    granularity = "half" if unit == "half" else "quarter"
    if ordinals:
        index = int(lookup("ordinal", ordinals[-1]))
        if index < 0:
            index = 12 // size
        if index > 12 // size:
            return None
        if groups["year"] or groups["year_before"]:
            year = year_number(groups["year"] or groups["year_before"])
        elif scan.published is None:
            return Reading("DATE", f"XXXX-{granularity[0].upper()}{index}")
        else:
            year = scan.published.year
            yearshift = (groups["yearshift"] or groups["ofshift"] or "").casefold()
            year += {"last": -1, "next": 1}.get(yearshift, 0)
            if (
                not yearshift
                and (index - 1) * size + 1 > scan.published.month
                and scan.tense() == "past"
            ):
                year -= 1
        point = Point(granularity, date(year, (index - 1) * size + 1, 1))
    elif groups["year_before"]:  # "the 1988 period": the reporting period of that year
        point = Point("year", date(year_number(groups["year_before"]), 1, 1))
        period = scan.period()
        if period is not None:
            point = replace(period, first_day=period.first_day.replace(year=point.first_day.year))
        return Reading("DATE", point.value, point=point, remember=False)
    elif "current" in modifiers and scan.today is not None:
        point = scan.today.coarsened(granularity)
    else:
        point = scan.period()
        if point is None:
            if scan.published is None:
                return Reading("DATE", None, UNRESOLVED)
            point = Point("quarter", scan.published).coarsened("quarter").shifted(-1, "Q")
    if back:
        return Reading("DATE", point.shifted(back, "Y").value, point=point, remember=False)
    return Reading("DATE", point.value, point=point)


def read_duration(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    unit_word = groups["unit"]
    unit = lookup("unit", unit_word)
    number_text = groups["number"].casefold()
    if unit in ("TS", "Q") and number_text in ("a", "an", "one"):
        return None  # "a second round", "a quarter of voters"
    if unit == "Q" and ("-" in scan.text[scan.start : scan.end] or amount_is_fraction(scan)):
        return None  # "three-quarters of its food"
    if (groups["suffix"] and groups["suffix"].casefold() == "-old") or (
        re.match(r"\s+old\b", scan.text[scan.end : scan.end + 5])
    ):
        return None  # "a 6-year-old boy", "37 years old": ages, not times
    amount = number_value(groups["number"])
    if groups["half"] and amount is not None:
        amount += 0.5
    relation = " ".join((groups["relation"] or "").casefold().split())
    if not relation:
        if unit == "TS" and amount is None:
            return None
        return Reading("DURATION", duration_value(amount, unit))
    granularity = UNIT_GRANULARITY[unit]
    direction = 1 if relation in ("later", "from now", "hence") else -1
    remember = True
    if amount is None:
        return vague_offset(unit_word, relation, scan)
    if relation in ("earlier", "later"):
        anchor = scan.narrative(granularity)
        # "profit rose from a year earlier": a comparison, not the time the story moves to
        remember = anchor is None or anchor.granularity not in ("quarter", "half")
        if anchor is None and scan.today is not None:
            anchor = scan.today.coarsened(granularity if granularity != "time" else "day")
    elif granularity == "year" and amount == 1 and scan.period() is not None:
        anchor = scan.period()  # "profit rose from a year ago": the same quarter last year
        remember = False
    else:
        coarse = "year" if granularity in ("decade", "century") else granularity
        anchor = scan.today.coarsened(coarse) if scan.today and granularity != "time" else None
        if scan.today and granularity == "time":
            return Reading("DATE", None, "an hour-level offset from an unknown time of day")
    if anchor is None:
        return Reading("DATE", None, UNRESOLVED)
    if amount != int(amount):
        return Reading("DATE", None, "a fractional distance")
    point = anchor.shifted(direction * int(amount), unit)
    if point is None:
        return Reading("DATE", None, "the earlier date is too coarse for this offset")
    return Reading("DATE", point.value, point=point, remember=remember)


def vague_offset(unit_word: str, relation: str, scan: Scan) -> Reading:
    """ "years ago" is PAST_REF; "days later" has no value, and the reason names the date it
    counts from."""
    direction = 1 if relation in ("later", "from now", "hence") else -1
    if relation not in ("earlier", "later"):
        return Reading("DATE", "FUTURE_REF" if direction > 0 else "PAST_REF")
    granularity = UNIT_GRANULARITY[lookup("unit", unit_word)]
    anchor = scan.narrative(granularity) or scan.today
    since = f" {'after' if direction > 0 else 'before'} {anchor.value}" if anchor else ""
    return Reading("DATE", None, f"an unstated number of {unit_word.casefold()}{since}")


def amount_is_fraction(scan: Scan) -> bool:
    return re.match(r"\s+of\b", scan.text[scan.end : scan.end + 4]) is not None


def year_number(text: str) -> int:
    """A year from digits or words ("nineteen ninety-six", "two thousand and one")."""
    if text.isdigit():
        return int(text)
    words = text.casefold().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(number_value(" ".join(w for w in words[2:] if w != "and") or "0") or 0)
    century = int(number_value(words[0]) or 0)
    rest = [w for w in words[1:] if w != "oh"]
    return century * 100 + int(number_value(" ".join(rest)) or 0)


def read_shift(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    shift_word = groups["shift"].casefold()
    unit = lookup("unit", groups["unit"])
    granularity = UNIT_GRANULARITY[unit]
    if scan.today is None:
        return Reading("DATE", None, UNRESOLVED)
    shift = int(lookup("shift", shift_word))
    if unit == "D":
        point = scan.today.shifted(shift, "D")
    elif unit == "WE":
        point = replace(scan.today.coarsened("week").shifted(shift, "W"), granularity="weekend")
    else:
        point = scan.today.coarsened(granularity).shifted(shift, unit)
    return Reading("DATE", point.value, point=point)


def read_weekday(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    weekday = int(lookup("weekday", groups["weekday"]))
    daypart = groups["daypart"] or groups["part_before"]
    if groups["plural"]:
        return Reading("SET", f"XXXX-WXX-{weekday}T{lookup('daypart', daypart)}")
    day = deictic_day(scan, weekday, shift_value(groups["shift"]))
    if day is None:
        return Reading("DATE", None, UNRESOLVED)
    point = with_daypart(Point("day", day), daypart)
    return Reading("TIME" if daypart else "DATE", point.value, point=point)


def read_season(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    word = groups["season"].casefold()
    code = lookup("season", word)
    shift = shift_value(groups["shift"])
    if word in ("fall", "spring") and not (groups["the"] or shift is not None or groups["year"]):
        return None  # "prices fall", "spring into action"
    if groups["year"]:
        year = year_number(groups["year"])
    elif scan.published is None:
        return Reading("DATE", f"XXXX-{code}")
    else:
        today, start_month = scan.published, SEASON_MONTH[code]
        tense = scan.tense()
        year = today.year
        if shift == -1 or (shift is None and tense == "past"):
            year = today.year if start_month + 2 < today.month else today.year - 1
            if shift is None and start_month <= today.month:
                year = today.year
        elif shift == 1 and start_month <= today.month:
            year = today.year + 1
    point = Point("season", date(year, SEASON_MONTH[code], 1), season=code)
    return Reading("DATE", point.value, point=point)


def read_dayword(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    word = groups["dayword"].casefold()
    daypart = groups["daypart"] or groups["part_before"] or ("night" if word == "tonight" else None)
    if scan.today is None:
        return Reading("TIME" if daypart else "DATE", None, UNRESOLVED)
    offset = int(lookup("day", word)) + {"before": -1, "after": 1}.get(groups["around"] or "", 0)
    point = with_daypart(scan.today.shifted(offset, "D"), daypart)
    return Reading("TIME" if daypart else "DATE", point.value, point=point)


def read_daypart(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if scan.today is None:
        return Reading("TIME", None, UNRESOLVED)
    offset = -1 if groups["which"].casefold() == "last" else 0
    point = with_daypart(scan.today.shifted(offset, "D"), groups["daypart"])
    return Reading("TIME", point.value, point=point)


def read_holiday(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    rule = lookup("holiday", groups["holiday"])
    month_text, _, rest = rule.partition("-")
    month = int(month_text)
    if groups["year"]:
        year = year_number(groups["year"])
    else:
        year = month_year(scan, month, shift_value(groups["shift"]))
    if year is None:
        return Reading("DATE", f"XXXX-{rule}" if "*" not in rule else f"XXXX-{month:02d}")
    if "*" in rest:
        nth, weekday = (int(part) for part in rest.split("*"))
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - 1 - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        day = date(year, month, int(rest))
    return Reading("DATE", day.isoformat(), point=Point("day", day))


def read_decade(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["decade_word"]:
        decade = DECADE_WORDS.index(groups["decade_word"].casefold()) + 2
        return Reading("DATE", f"19{decade}", point=Point("decade", date(1900 + decade * 10, 1, 1)))
    digits = groups["decade"].lstrip("'’")
    if len(digits) == 2:
        century = (scan.published.year // 100) if scan.published else 19
        if scan.published and int(digits) > scan.published.year % 100:
            century -= 1
        digits = f"{century}{digits}"
    point = Point("decade", date(int(digits), 1, 1))
    return Reading("DATE", point.value, point=point)


DECADE_WORDS = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)


def read_century(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["shift"]:
        if scan.today is None:
            return Reading("DATE", None, UNRESOLVED)
        point = scan.today.coarsened("century").shifted(int(lookup("shift", groups["shift"])), "CE")
        return Reading("DATE", point.value, point=point)
    ordinal = groups["ordinal"].casefold()
    number = (
        int(re.sub(r"\D", "", ordinal)) if ordinal[0].isdigit() else int(lookup("ordinal", ordinal))
    )
    if number < 1:
        return None
    return Reading(
        "DATE", f"{number - 1:02d}", point=Point("century", date(max((number - 1) * 100, 1), 1, 1))
    )


def read_year(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    point = Point("year", date(year_number(groups["year"]), 1, 1))
    return Reading("DATE", point.value, point=point, remember=not names_a_thing(scan))


def names_a_thing(scan: Scan) -> bool:
    if scan.parse is None:
        return False
    return modifies_noun(span_at(scan.parse, scan.start, scan.end))


def modifies_noun(span: TokenSpan | None) -> bool:
    """Whether a time expression modifies the noun after it ("the 2015 nuclear deal"): part
    of a name, not the time the story is at, so "a year later" does not count from it."""
    if span is None or not len(span):
        return False
    token = span[-1]
    return token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")


def read_year_relative(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    word = groups["word"].casefold()
    if word.startswith(("year-end", "year end", "year's")):
        if scan.today is None:
            return Reading("DATE", None, UNRESOLVED)
        return Reading("DATE", f"{scan.published.year:04d}")
    anchor = scan.period() or scan.narrative("year")
    if anchor is None:
        anchor = scan.today.coarsened("year") if scan.today else None
    if anchor is None:
        return Reading("DATE", None, UNRESOLVED)
    point = anchor.shifted(-1, "Y")
    return Reading("DATE", point.value, point=point, remember=False)


def read_plural_unit(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["relation"]:
        return vague_offset(groups["unit"], groups["relation"].casefold(), scan)
    before = scan.text[max(0, scan.start - 7) : scan.start].casefold()
    if not groups["suffix"] and not re.search(r"\b(for|in|over|within)\s$", before):
        return None
    return Reading("DURATION", duration_value(None, lookup("unit", groups["unit"])))


def read_the_unit(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    unit = lookup("unit", groups["unit"])
    if re.match(r"\s+(ended|ending)\b", scan.text[scan.end : scan.end + 8]):
        return Reading("DURATION", duration_value(1, unit))  # "for the year ended June 30"
    if scan.today is None:
        return Reading("DATE", None, UNRESOLVED)
    if unit == "WE":
        week = scan.today.coarsened("week")
        if scan.published.weekday() < 5 and scan.tense() != "future":
            week = week.shifted(-1, "W")  # "over the weekend", said on a weekday: the one past
        point = replace(week, granularity="weekend")
    else:
        point = scan.today.coarsened(UNIT_GRANULARITY[unit])
    return Reading("DATE", point.value, point=point)


def read_reference(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if scan.text[scan.start - 3 : scan.start] == "as " and scan.text[scan.end :].startswith(" as"):
        return None  # "as soon as": a conjunction
    value = lookup("reference", groups["reference"])
    return Reading("DURATION" if VAGUE_DURATION.match(value) else "DATE", value)


VAGUE_DURATION = re.compile(r"P[\dX]")


NORMALISERS: dict[str, Callable[[dict[str, str | None], Scan], Reading | None]] = {
    "clock": read_clock,
    "set": read_set,
    "numeric": read_numeric,
    "calendar": read_calendar,
    "day_month": read_day_month,
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
    "year_relative": read_year_relative,
    "plural_unit": read_plural_unit,
    "the_unit": read_the_unit,
    "reference": read_reference,
}


# --- the stage ------------------------------------------------------------------------------


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
    found: list[TimeExpr] = []
    end = 0
    tried: set[int] = set()  # word starts where no rule matched: nearby anchors share them
    for anchor in grammar.anchors.finditer(text):
        if anchor.start() < end:
            continue
        after = bisect_right(word_starts, anchor.start())
        for start in word_starts[max(0, after - PREFIX_WORDS) : after]:
            if start < end or start in tried:
                continue
            tried.add(start)
            match, reading = read_at(grammar, start, scan)
            if reading is None or match.end() <= anchor.start():
                continue
            end = match.end()
            found.append(
                TimeExpr(text[start:end], start, end, reading.type, reading.value, reading.reason)
            )
            if reading.point is not None and reading.remember:
                scan.points.append(replace(reading.point, suffix=""))
            break
    return found


def read_at(grammar: Grammar, start: int, scan: Scan) -> tuple[re.Match[str], Reading | None]:
    """The first rule that matches at `start` and whose normaliser accepts the match."""
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
    """The reading of one rule's match, or None when its normaliser declines it."""
    if match.end() == match.start():
        return None
    prefix = f"{rule}__"
    groups = {
        key[len(prefix) :]: value
        for key, value in match.groupdict().items()
        if key.startswith(prefix)
    }
    scan.start, scan.end = match.start(), match.end()
    return NORMALISERS[rule](groups, scan)


def find_times(parse: Doc, analysis: Analysis) -> list[TimeExpr]:
    return tag_times(analysis.article.text, analysis.article.published, parse)
