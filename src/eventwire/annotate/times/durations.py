"""Readers of amounts of time: durations ("three weeks", "a two-year truce"), offsets
counted in units from the publication day or the text's date ("two years ago", "days
later"), and sets ("every Monday", "every morning", "twice a year").

A number before a unit is not always a time: ages ("a 6-year-old") and fractions ("three
quarters of its food") are declined here so the rules after may take the position.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.annotate.parse_views import span_at
from eventwire.annotate.times.grammar import alternation
from eventwire.annotate.times.numbers import duration_value, number_value
from eventwire.annotate.times.points import RANK, UNIT_GRANULARITY, Point
from eventwire.annotate.times.scan import UNRESOLVED, Reading, Scan
from eventwire.codebooks.times import time_words, word_value


def read_set(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    per = (groups["every"] or "").casefold() == "per"
    if (groups["frequency"] or per) and follows_an_amount(scan):
        return None  # "rose 8.5% annually", "15 million instructions per second": a rate
    if groups["frequency"]:
        if names_a_publication(scan):
            return None
        return Reading("SET", word_value("frequency", groups["frequency"]))
    word = groups["unit"] or groups["unit2"]
    kinds = time_words()
    key = " ".join(word.casefold().split())
    if key in kinds["weekday"]:
        return Reading("SET", f"XXXX-WXX-{kinds['weekday'][key]}")
    if key in kinds["month"]:
        return Reading("SET", f"XXXX-{kinds['month'][key]}")
    if key in kinds["season"]:
        return Reading("SET", f"XXXX-{kinds['season'][key]}")
    if key in kinds["daypart"]:
        return Reading("SET", f"XXXX-XX-XXT{kinds['daypart'][key]}")
    amount = number_value(groups["number"]) if groups["number"] else 1.0
    return Reading("SET", duration_value(amount, kinds["unit"][key]))


def names_a_publication(scan: Scan) -> bool:
    """Whether "daily" or "weekly" before a name is a newspaper ("the party daily Granma",
    "the weekly Der Spiegel"), not how often: a month or weekday after it is still a set; or
    whether, capitalized after a name, it ends one ("The Cambodia Daily", "People's Daily",
    "Publishers Weekly")."""
    if scan.text[scan.start].isupper() and NAME_BEFORE_FREQUENCY.search(scan.text, 0, scan.start):
        return True
    after = PUBLICATION_NAME.match(scan.text, scan.end)
    if after is None:
        return False
    words = time_words()
    return not any(after["word"].casefold() in words[kind] for kind in ("month", "weekday"))


PUBLICATION_NAME = re.compile(r"[ \t]+(?P<word>[A-Z][\w.'’-]*)")
NAME_BEFORE_FREQUENCY = re.compile(r"\b[A-Z][\w-]*(?:['’]s)?[ \t]+$")


def read_elapsed(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    """A time with seconds and no zone or a.m./p.m. ("finished in 3:07:35") is a time taken."""
    parts = [(groups["hours"], "H"), (groups["minutes"], "M"), (groups["seconds"], "S")]
    value = "".join(f"{int(amount)}{unit}" for amount, unit in parts if int(amount))
    return Reading("DURATION", f"PT{value}") if value else None


def read_duration(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    unit_word = groups["unit"]
    unit = word_value("unit", unit_word)
    number_text = groups["number"].casefold()
    if unit in ("TS", "Q") and number_text in ("a", "an", "one"):
        return None  # "a second round", "a quarter of voters"
    if (
        unit == "Q"
        and ("-" in scan.text[scan.start : scan.end] or amount_is_fraction(scan))
        and number_value(groups["number"]) is not None
    ):
        return None  # "three-quarters of its food"; "several quarters of losses" are time
    if (groups["suffix"] and groups["suffix"].casefold() == "-old") or tells_an_age(scan):
        return None  # "a 6-year-old boy", "37 years old", "6 months and older": ages
    if groups["position"] and not groups["the"] and opens_with_a_verb(scan):
        return None  # "the talks may last two years": "last" is the verb
    if number_text in ("a", "an") and not groups["relation"] and follows_an_amount(scan):
        return None  # "$500 million a year": a rate
    if number_text in ("a", "an") and (groups["suffix"] or unit_word.casefold().endswith("s")):
        return None  # "a year-long strike", "a decades-long feud": the article is the noun's
    amount = number_value(groups["number"])
    if (groups["half"] or groups["half_before"]) and amount is not None:
        amount += 0.5
    relation = " ".join((groups["relation"] or "").casefold().split())
    if not relation and unit == "D" and number_text == "one" and stands_for_a_verb_day(scan):
        return Reading("DATE", "PAST_REF" if scan.tense() == "past" else "FUTURE_REF")
    if not relation:
        if unit == "TS" and amount is None:
            return None
        return Reading(
            "DURATION", duration_value(amount, unit), point=months_reported(groups, scan)
        )
    granularity = UNIT_GRANULARITY[unit]
    direction = 1 if relation in ("later", "from now", "hence") else -1
    remember = True
    if relation in ("earlier", "later") and RANK[granularity] < RANK["year"]:
        return time_between(amount, unit, direction, scan)
    if relation in ("from now", "hence"):
        return Reading("DURATION", duration_value(amount, unit))  # "eight years from now"
    if amount is None:
        return vague_offset(unit_word, relation, scan)
    if relation in ("earlier", "later"):
        anchor = scan.narrative(granularity)
        # "profit rose from a year earlier": a comparison, not the time the story moves to
        remember = anchor is None or not (
            anchor.granularity in ("quarter", "half") or anchor.months_reported
        )
        if anchor is None and scan.today is not None:
            anchor = scan.today.coarsened(granularity if granularity != "time" else "day")
    elif granularity == "year" and amount == 1 and scan.compared_period() is not None:
        anchor = scan.compared_period()  # "profit rose from a year ago": that quarter last year
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
    if direction > 0 and reaches_past_publication(point, scan):
        return Reading("DATE", None, LATER_THAN_PUBLICATION)
    return Reading("DATE", point.value, point=point, remember=remember)


def months_reported(groups: dict[str, str | None], scan: Scan) -> Point | None:
    """ "For the nine months, net rose from a year earlier": the span of months a report
    covers, kept as its year so that the comparisons after it count back a year (TimeBank
    gives such a comparison the year), not to the quarter the story named before it."""
    amount = number_value(groups["number"])
    if (
        not groups["the"]
        or groups["relation"]
        or word_value("unit", groups["unit"]) != "M"
        or amount not in REPORTED_MONTHS
        or scan.today is None
    ):
        return None
    return Point("year", scan.today.coarsened("year").first_day, months_reported=True)


REPORTED_MONTHS = (6, 9)


def reaches_past_publication(point: Point, scan: Scan) -> bool:
    """Whether "two decades later" lands after the publication day in a clause not about the
    future: counted from the story's present ("A trial opened Monday over the 2004 bombing.
    Nearly two decades later, ...") when the text meant an earlier date it names only inside
    a noun, so the date is not known."""
    return (
        scan.published is not None and point.first_day > scan.published and scan.tense() != "future"
    )


LATER_THAN_PUBLICATION = "later than an earlier date, yet after the publication day"


def follows_an_amount(scan: Scan) -> bool:
    """Whether "a year" or "annually" comes right after an amount ("$2 million a year", "3%
    annually", "four flights a week"): a rate, a measure of the amount rather than a time, which
    TimeBank leaves untagged (10 of 13); "every quarter" after one stays a SET, as it tags those."""
    before = scan.text[max(0, scan.start - 30) : scan.start]
    if AMOUNT_BEFORE.search(before):
        return not YEAR_BEFORE.search(before)
    if scan.parse is None:
        return False
    span = span_at(scan.parse, scan.start, scan.end)
    if span is None or span.start == 0:
        return False
    counted = scan.parse[span.start - 1]
    return counted.pos_ == "NOUN" and any(child.dep_ == "nummod" for child in counted.children)


AMOUNT_BEFORE = re.compile(r"(?:\d%?|\b(?i:percent|million|billion|thousand|hundred|dozen))\s+$")
YEAR_BEFORE = re.compile(r"(?<![\d$.,])(?:1[6-9]|20)\d\d\s+$")


def time_between(amount: float | None, unit: str, direction: int, scan: Scan) -> Reading:
    """ "Three days later", "a month earlier": the time between two events, a DURATION, as
    TimeBank and AQUAINT tag it (years are left to the dates: "a year earlier" compares with
    last year's quarter). The day it reaches is remembered, so "the next day" counts from it."""
    value = duration_value(amount, unit)
    granularity = UNIT_GRANULARITY[unit]
    if amount is None or amount != int(amount) or granularity == "time":
        return Reading("DURATION", value)
    anchor = scan.narrative(granularity)
    if anchor is None and scan.today is not None:
        anchor = scan.today.coarsened(granularity)
    if anchor is None or anchor.granularity in ("quarter", "half"):
        return Reading("DURATION", value)
    return Reading("DURATION", value, point=anchor.shifted(direction * int(amount), unit))


def vague_offset(unit_word: str, relation: str, scan: Scan) -> Reading:
    """ "years ago" is PAST_REF; "days later" has no value, and the reason names the date it
    counts from."""
    direction = 1 if relation in ("later", "from now", "hence") else -1
    if relation not in ("earlier", "later"):
        return Reading("DATE", "FUTURE_REF" if direction > 0 else "PAST_REF")
    granularity = UNIT_GRANULARITY[word_value("unit", unit_word)]
    anchor = scan.narrative(granularity) or scan.today
    since = f" {'after' if direction > 0 else 'before'} {anchor.value}" if anchor else ""
    return Reading("DATE", None, f"an unstated number of {unit_word.casefold()}{since}")


def opens_with_a_verb(scan: Scan) -> bool:
    if scan.parse is None:
        return False
    first = span_at(scan.parse, scan.start, scan.start + 1)
    return first is not None and len(first) > 0 and first[0].pos_ in ("VERB", "AUX")


def stands_for_a_verb_day(scan: Scan) -> bool:
    """Whether "one day" is some day its verb happens on ("will one day be", "one day
    returned", "One day, ..."), not a day long: right after a modal, right before the verb,
    or opening a sentence before a comma."""
    if scan.parse is None or scan.text[scan.start : scan.end].casefold() != "one day":
        return False
    span = span_at(scan.parse, scan.start, scan.end)
    if span is None or not len(span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if before is not None and before.tag_ == "MD":
        return True
    if after is not None and after.pos_ in ("VERB", "AUX"):
        return True
    return bool(span[0].is_sent_start) and after is not None and after.text == ","


def tells_an_age(scan: Scan) -> bool:
    """Whether an amount of time is followed by a word of age ("old", "and older")."""
    return age_after().match(scan.text, scan.end) is not None


@lru_cache(maxsize=1)
def age_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:(?i:and|or)\s+)?{alternation('age_after')}(?!\w)")


def amount_is_fraction(scan: Scan) -> bool:
    return re.match(r"\s+of\b", scan.text[scan.end : scan.end + 4]) is not None


def read_plural_unit(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["single"]:  # "a day-long meeting", "the year-long strike"
        return Reading("DURATION", duration_value(1, word_value("unit", groups["single"])))
    if groups["relation"]:
        return vague_offset(groups["unit"], groups["relation"].casefold(), scan)
    before = scan.text[max(0, scan.start - 40) : scan.start]
    if (
        not groups["suffix"]
        and not units_before().search(before)
        and not within_the_units(before, scan)
    ):
        return None
    return Reading("DURATION", duration_value(None, word_value("unit", groups["unit"])))


@lru_cache(maxsize=1)
def units_before() -> re.Pattern[str]:
    """What makes bare "minutes", "weeks" an amount of time: "for weeks", "within minutes", or
    a verb that measures time ("took minutes", "lasted months": `duration_verb` rows)."""
    return re.compile(rf"\b(?:(?i:for|in|over|within)|{alternation('duration_verb')})\s$")


def within_the_units(before: str, scan: Scan) -> bool:
    """ "over the years", "in the early years", "in the years that followed": a vague stretch,
    unless a date bounds it ("the days before the shooting", "the early hours of Thursday"),
    which makes it an anchored period whose value the text does not give."""
    return (
        the_units_before().search(before) is not None
        and the_units_bounded().match(scan.text, scan.end) is None
    )


@lru_cache(maxsize=1)
def the_units_before() -> re.Pattern[str]:
    opening = alternation("vague_span_opening")
    return re.compile(rf"\b(?i:in|over|during|throughout)\s+(?i:the)\s+(?:{opening}\s+)?$")


@lru_cache(maxsize=1)
def the_units_bounded() -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation('vague_span_bound')}(?!\w)")
