"""Readers of expressions that name their calendar period: clock times, ISO and slashed
dates, month-day-year, quarters and halves, seasons, holidays, decades, centuries and years.

A name without its year ("March", "the third quarter", "Christmas") takes the year near the
publication day that `nearest` picks; a month alone next to a capitalised word is checked
against `codebooks/month_names.tsv`, since "May" is also a name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from eventwire.annotate.parse_views import span_at
from eventwire.annotate.times.grammar import alternation
from eventwire.annotate.times.nearest import deictic_day, month_year
from eventwire.annotate.times.numbers import shift_value, year_number
from eventwire.annotate.times.points import SEASON_MONTH, Point, safe_date
from eventwire.annotate.times.scan import UNRESOLVED, Reading, Scan
from eventwire.codebooks.times import month_names, time_words, word_value


def read_clock(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["named"]:
        clock = word_value("clock", groups["named"])
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
        day = deictic_day(scan, int(word_value("weekday", groups["weekday"])), None)
    elif groups["dayword"]:
        offset = int(word_value("day", groups["dayword"]))
        day = scan.published + timedelta(days=offset) if scan.published else None
    elif groups["month"]:
        month = int(word_value("month", groups["month"]))
        year = month_year(scan, month, None)
        day = safe_date(year, month, int(re.sub(r"\D", "", groups["day"]))) if year else None
    else:  # the day the story is at: the latest day named, else the publication day
        latest = scan.narrative("day")
        day = latest.first_day if latest is not None else scan.published
    if day is None:
        return Reading("TIME", f"XXXX-XX-XXT{clock}")
    return Reading("TIME", f"{day:%Y-%m-%d}T{clock}", point=Point("day", day, suffix=f"T{clock}"))


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


def month_is_a_name(month: str, scan: Scan) -> bool:
    """Whether a month named alone is part of a name: "Theresa May", "Jan Kavan", "the March
    for Life"."""
    before = scan.text[max(0, scan.start - 30) : scan.start]
    after = scan.text[scan.end : scan.end + 30]
    if NOUN_BEFORE.search(before) and EVENT_NAME_AFTER.match(after):
        return True
    return month in month_names()["given_name"] and (
        name_before(before) or NAME_AFTER.match(after) is not None
    )


def name_before(text: str) -> bool:
    match = NAME_BEFORE.search(text)
    return match is not None and match.group(1) not in month_names()["not_a_name"]


NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|annual)\s+(?:(?:1[0-9]|20)\d\d\s+)?$", re.IGNORECASE)
"""An article, with a year between it and the month: "the 1963 March on Washington"."""
EVENT_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]|for\b|of\b|on\s+(?:the\s+)?[A-Z])")
"""What follows a month that names an event: "the March for Life", "the March on Washington"."""


def read_calendar(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    month = int(word_value("month", groups["month"]))
    shift = shift_value(groups["shift"])
    bare = not any(
        groups.get(key) for key in ("day", "year", "yearshift", "shift", "prefix", "weekday")
    )
    if bare and month_is_a_name(groups["month"], scan):
        return None
    if groups["year"] or groups.get("range_year"):
        year: int | None = year_number(groups["year"] or groups["range_year"])
    elif groups.get("yearshift"):
        shift = int(word_value("shift", groups["yearshift"]))
        year = scan.published.year + shift if scan.published else None
    else:
        day_number = int(re.sub(r"\D", "", groups["day"])) if groups["day"] else None
        year = named_day_year(scan, month, day_number) or month_year(scan, month, shift, day_number)
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


def named_day_year(scan: Scan, month: int, day: int | None) -> int | None:
    """The year of a day named for what happened on it ("the Sept. 11 attacks"): a
    `named_day` row before a `named_day_noun`, told after that day."""
    history = time_words()["named_day"].get(f"{month:02d}-{day or 0:02d}")
    if history is None or not named_day_noun_pattern().match(scan.text, scan.end):
        return None
    happened = date.fromisoformat(history)
    return happened.year if scan.published is None or scan.published > happened else None


@lru_cache(maxsize=1)
def named_day_noun_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation('named_day_noun')}\b")


def year_with_weekday(year: int, month: int, day: int, weekday: str) -> int:
    """The year near `year` in which the date falls on the weekday named ("Saturday, April 25")."""
    number = int(word_value("weekday", weekday))
    for candidate in (year, year - 1, year + 1):
        moment = safe_date(candidate, month, day)
        if moment is not None and moment.isoweekday() == number:
            return candidate
    return year


def read_day_month(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    return read_calendar({**groups, "shift": None, "prefix": None}, scan)


HALF_OF_SOMETHING_ELSE = re.compile(r"\s+(?i:of)\b")
"""After a half the quarter rule left unread: the half is of that period (a decade, a century,
a month, read with the boundary row "the second half of") or of no time at all (a game)."""


def read_quarter(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    modifiers = (groups["modifiers"] or "").casefold().replace("-", " ").split()
    unit = groups["unit"].casefold()
    ordinals = [w for w in modifiers if w in time_words()["ordinal"]]
    if not groups["the"] and not modifiers and not groups["yearshift"]:
        return None  # "a quarter of the budget", "half the staff"
    if unit == "period" and not (
        set(modifiers) & time_words()["period_reference"].keys() or groups["year_before"]
    ):
        return None
    if unit == "half" and not ordinals:
        return None
    if unit == "half" and HALF_OF_SOMETHING_ELSE.match(scan.text, scan.end):
        return None  # "the second half of the 1990s", "of July", "of the game": not this year's
    back = (
        -1
        if ("year" in modifiers and ("earlier" in modifiers or "ago" in modifiers)) or groups["ago"]
        else 0
    )
    size = 6 if unit == "half" else 3
    granularity = "half" if unit == "half" else "quarter"
    if ordinals:
        index = int(word_value("ordinal", ordinals[-1]))
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
        period = scan.compared_period()
        if period is not None:
            point = replace(period, first_day=period.first_day.replace(year=point.first_day.year))
        return Reading("DATE", point.value, point=point, remember=False)
    elif "current" in modifiers and scan.today is not None:
        point = scan.today.coarsened(granularity)
    else:
        point = scan.compared_period() if back else scan.period(ended="latest" in modifiers)
        if point is None:
            if scan.published is None:
                return Reading("DATE", None, UNRESOLVED)
            point = Point("quarter", scan.published).coarsened("quarter").shifted(-1, "Q")
        yearshift = (groups["yearshift"] or "").casefold()
        if yearshift in ("last", "next"):  # "last year's quarter": the period a year off
            back = -1 if yearshift == "last" else 1
    if back:
        return Reading("DATE", point.shifted(back, "Y").value, point=point, remember=False)
    return Reading("DATE", point.value, point=point)


def read_season(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    word = groups["season"].casefold()
    code = word_value("season", word)
    shift = shift_value(groups["shift"])
    if word in ("fall", "spring") and shift is None and not groups["year"]:
        if not groups["the"]:
            return None  # "prices fall", "spring into action"
        if EVENT_AFTER.match(scan.text, scan.end):
            return None  # "since the fall of the regime": a collapse, not an autumn
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
        elif shift is None and tense == "future" and start_month + 2 < today.month:
            year = today.year + 1  # "the wing will open in the summer", told in December
    point = Point("season", date(year, SEASON_MONTH[code], 1), season=code)
    return Reading("DATE", point.value, point=point)


EVENT_AFTER = re.compile(r"\s+of\s+(?!(?:\S+\s+){0,2}year\b)(?!'?\d)", re.IGNORECASE)
""""of" and no year after "fall" or "spring": "the fall of Kabul" ("the fall of that year"
and "the spring of '98" stay seasons)."""


def read_holiday(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    rule = word_value("holiday", groups["holiday"])
    month_text, _, rest = rule.partition("-")
    month = int(month_text)
    if groups["year"]:
        year = year_number(groups["year"])
    else:
        year = month_year(scan, month, shift_value(groups["shift"]))
    if year is None:
        return Reading("DATE", f"XXXX-{rule}" if "*" not in rule else f"XXXX-{month:02d}")
    if "*" in rest:
        rest, _, after = rest.partition("+")
        nth, weekday = (int(part) for part in rest.split("*"))
        first = date(year, month, 1)
        days = (weekday - 1 - first.weekday()) % 7 + 7 * (nth - 1) + int(after or 0)
        day = first + timedelta(days=days)
    else:
        day = date(year, month, int(rest))
    return Reading("DATE", day.isoformat(), point=Point("day", day))


def read_decade(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["decade_word"]:
        decade = int(word_value("decade", groups["decade_word"]))
        point = Point("decade", date(decade * 10, 1, 1))
        return Reading("DATE", point.value, point=point)
    digits = groups["decade"].lstrip("'’")
    if len(digits) == 2:
        century = (scan.published.year // 100) if scan.published else 19
        if scan.published and int(digits) > scan.published.year % 100:
            century -= 1
        digits = f"{century}{digits}"
    point = Point("decade", date(int(digits), 1, 1))
    return Reading("DATE", point.value, point=point)


def read_century(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["shift"]:
        if scan.today is None:
            return Reading("DATE", None, UNRESOLVED)
        point = scan.today.coarsened("century").shifted(
            int(word_value("shift", groups["shift"])), "CE"
        )
        return Reading("DATE", point.value, point=point)
    ordinal = groups["ordinal"].casefold()
    number = (
        int(re.sub(r"\D", "", ordinal))
        if ordinal[0].isdigit()
        else int(word_value("ordinal", ordinal))
    )
    if number < 1:
        return None
    return Reading(
        "DATE", f"{number - 1:02d}", point=Point("century", date(max((number - 1) * 100, 1), 1, 1))
    )


def read_year(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if model_year_pattern().match(scan.text, scan.end) and not YEAR_OPENING.search(
        scan.text, 0, scan.start
    ):
        return None
    point = Point("year", date(year_number(groups["year"]), 1, 1))
    return Reading("DATE", point.value, point=point, remember=not scan.names_a_thing())


def read_year_range_end(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    """The second year of a range ("1957-58", "2009-2010"), its century from the first."""
    first = int(scan.text[scan.start - 5 : scan.start - 1])
    digits = groups["year"]
    year = int(digits) if len(digits) == 4 else first - first % 100 + int(digits)
    if year <= first:
        return None  # "1990-12": a year and a month, or a score
    return read_year({"year": str(year)}, scan)


def read_day_range_end(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    """The second day of a range or pair that shares the first day's month ("March 17-18",
    "Nov. 3 and 4", "polled July 8 to 12"): a DATE of its own, in the month and year just
    read, as TimeML tags each end of a range ("the second and fourth quarters")."""
    opening = day_range_opening().search(scan.text, max(0, scan.start - 40), scan.start)
    first = scan.points[-1] if scan.points else None
    if opening is None or first is None or first.granularity != "day" or counts_a_noun(scan):
        return None
    if links_a_verb(opening):
        return None  # "the toll rose on March 3 to 12": the verb's "to", one day
    month, first_day = int(word_value("month", opening["month"])), int(opening["day"])
    if (first.first_day.month, first.first_day.day) != (month, first_day):
        return None
    year = year_number(groups["year"]) if groups["year"] else first.first_day.year
    day = safe_date(year, month, int(re.sub(r"\D", "", groups["day"])))
    if day is None or day.replace(year=first.first_day.year) <= first.first_day:
        return None  # "Nov. 30 to 2": the month has moved on, which the text does not say
    return Reading("DATE", day.isoformat(), point=Point("day", day))


def counts_a_noun(scan: Scan) -> bool:
    """Whether the number counts the noun after it ("between March 3 and 4 percent")."""
    if scan.parse is None:
        return QUANTITY_AFTER.match(scan.text, scan.end) is not None
    span = span_at(scan.parse, scan.start, scan.end)
    return (
        span is not None
        and len(span) > 0
        and span.root.dep_ == "nummod"
        and (span.root.head.i > span.root.i)
    )


def links_a_verb(opening: re.Match[str]) -> bool:
    """Whether the link after a day dated by a single-day preposition can be a verb's ("rose
    on March 3 to 12", "raised on March 3 to 5"): an onward link ("to", "until") after "on
    March 3" is read as the verb's, as a range is told "from March 3 to 5" or "March 3-5"."""
    link, before = opening["link"], opening["before"]
    return (
        link is not None
        and before is not None
        and word_value("day_range_link", link) == "onward"
        and before.casefold() in time_words()["single_day_preposition"]
    )


QUANTITY_AFTER = re.compile(r"\s*(?:%|(?i:percent|per\s+cent|points?)\b)")


@lru_cache(maxsize=1)
def day_range_opening() -> re.Pattern[str]:
    """A month and day, the word before them, and the link to a second day, ending where the
    second day starts."""
    month = alternation("month", capitalised=True)
    link = alternation("day_range_link")
    return re.compile(
        rf"(?:(?<!\w)(?P<before>\w+)\s+)?"
        rf"(?<!\w)(?P<month>{month})\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?:\s*[-–]\s*|\s+(?P<link>{link})\s+)$"
    )


@lru_cache(maxsize=1)
def model_year_pattern() -> re.Pattern[str]:
    """A maker and a model or vehicle after a year ("a 2013 Toyota Camry", "his 1987
    Chevrolet pickup"): the year is the model's, no time; "the 1976 Ford campaign" stays a
    year, as does a year that opens a clause ("In 2013 Toyota Motor recalled"). Rows
    `vehicle_make` and `vehicle_noun` of `time_words.tsv`."""
    make = alternation("vehicle_make", capitalised=True)
    return re.compile(rf"\s+{make}\s+(?:[A-Z]|{alternation('vehicle_noun')}\b)")


YEAR_OPENING = re.compile(
    r"(?:^|[.,;:!?(\u2014]|\b(?i:in|since|by|until|till|through|from|during|after|before|and|to"
    r"|around|early|late|mid))\s*$"
)
