"""Which Friday, which March: the date near the publication day that a weekday or a month
named without a year means, chosen by `last`/`next`, the verb's tense, or nearness (a date
ahead counting as further, since news mostly reports the past)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from eventwire.annotate.times.scan import Scan


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
    tense = scan.weekday_tense()
    if tense == "future":
        return following
    if tense == "past":
        return previous
    return previous if (today - previous) <= (following - today) * FUTURE_PENALTY else following


def month_year(scan: Scan, month: int, shift: int | None, day: int | None = None) -> int | None:
    """The year of a month (or day) named without one, near the publication date.

    `last`/`next` or the tense picks the direction; otherwise the nearest such date. A month
    without a day is all its days: "held in February", said in December, is ten months back
    from the end of February, not eleven from its first.
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
        last_day = calendar.monthrange(year, month)[1]
        first = date(year, month, min(day or 1, last_day))
        candidates.append((first, date(year, month, min(day or last_day, last_day)), year))
    tense = scan.tense()
    if tense == "present" and (scan.dates_its_verb() or scan.under_a_modal()):
        # "is up for re-election in November", "the rule takes effect Dec. 1", "would be the
        # nominee in November"
        tense = "future"
    if tense in ("past", "future"):
        # the tense decides unless that puts the date far off ("has set Nov. 10 as the
        # deadline"); a month of the publication year is never too far ("visited in January",
        # told in December; "will vote in December", told in January)
        constrained = [
            (first, last, year)
            for first, last, year in candidates
            if (first <= today if tense == "past" else last >= today)
            and (days_away(first, last, today) <= TENSE_REACH_DAYS or year == today.year)
        ]
        candidates = constrained or candidates
    return min(candidates, key=lambda c: (distance(c[0], c[1], today), c[2]))[2]


def days_away(first: date, last: date, today: date) -> int:
    """Days from the publication date to the nearest day of the period `first`..`last`."""
    return max(0, (first - today).days, (today - last).days)


def distance(first: date, last: date, today: date) -> float:
    """`days_away`, a period ahead counting more: news mostly reports the past."""
    days = days_away(first, last, today)
    return days * FUTURE_PENALTY if first > today else days


FUTURE_PENALTY = 1.5


TENSE_REACH_DAYS = 300
