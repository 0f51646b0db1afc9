"""Calendar periods and their granularities: the values time expressions resolve to.

A Point keeps a granularity with its first day, because "January 2020" is a month, not
2020-01-01, and offsets ("a year later") must keep that granularity. TIMEX3 values are
written from points and read back into granularities here, in one place.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from eventwire.codebooks.times import word_value

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
PERIOD_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
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
    months_reported: bool = False
    """A year standing for the months a report covers ("for the nine months"): a year-ago
    comparison after it goes back a year, not to the quarter named before it."""

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

    @property
    def day_after(self) -> date | None:
        """The first day after this month, quarter, half or year; None for other granularities."""
        months = PERIOD_MONTHS.get(self.granularity)
        return add_months(self.first_day, months) if months is not None else None

    def ended_by(self, day: date) -> bool:
        """Whether this month, quarter, half or year is over before `day`."""
        return self.day_after is not None and self.day_after <= day

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


def safe_date(year: int | None, month: int, day: int) -> date | None:
    """The date, or None where the month has no such day (or the year is unknown)."""
    if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def with_daypart(point: Point, daypart: str | None) -> Point:
    """The day of `point` at a part of the day ("Friday night": 2024-05-10TNI)."""
    if daypart is None:
        return point
    return replace(point, granularity="day", suffix="T" + word_value("daypart", daypart))
