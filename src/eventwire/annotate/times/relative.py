"""Readers of expressions that count from another date: deictic ones from the publication
day ("last week", "Friday night", "yesterday", "the weekend"), anaphoric ones from the date
the text is at ("the next day", "the year-earlier quarter"), and reference words ("now",
"recently") that have no date of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from eventwire.annotate.parse_views import span_at
from eventwire.annotate.times.grammar import alternation
from eventwire.annotate.times.modifiers import POSSESSIVE_AFTER, modifier_of
from eventwire.annotate.times.nearest import deictic_day
from eventwire.annotate.times.numbers import duration_value, shift_value
from eventwire.annotate.times.points import RANK, UNIT_GRANULARITY, Point, with_daypart
from eventwire.annotate.times.scan import UNRESOLVED, Reading, Scan
from eventwire.codebooks.times import time_words, word_value


def read_anaphoric(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    determiner = groups["determiner"].casefold()
    relation = " ".join((groups["relation"] or "").casefold().split())
    after = (groups["after"] or "").casefold()
    word = groups["unit"].casefold()
    if determiner == "the" and not relation and not after:
        return None  # "the day", "the year": left to other rules
    words = time_words()
    if after in words["vague_span_bound"] and scan.ends_before_an_event():
        # "the day before the vote", "the morning after she won": counted from an event
        return Reading("DATE", None, "counted from an event the text does not date")
    daypart = words["daypart"].get(word)
    unit = "D" if daypart else word_value("unit", word)
    offset = int(words["anaphoric"].get(relation, 0)) + int(words["anaphoric_after"].get(after, 0))
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


def read_shift(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["unit"].istitle():
        return None  # ABC's "This Week": a programme's name
    shift_word = groups["shift"].casefold()
    unit = word_value("unit", groups["unit"])
    granularity = UNIT_GRANULARITY[unit]
    if scan.today is None:
        return Reading("DATE", None, UNRESOLVED)
    shift = int(word_value("shift", shift_word))
    if unit == "D":
        point = scan.today.shifted(shift, "D")
    elif unit == "WE":
        point = replace(scan.today.coarsened("week").shifted(shift, "W"), granularity="weekend")
    else:
        point = scan.today.coarsened(granularity).shifted(shift, unit)
    return Reading("DATE", point.value, point=point)


def read_weekday(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    weekday = int(word_value("weekday", groups["weekday"]))
    daypart = groups["daypart"] or groups["part_before"]
    if groups["plural"]:
        return Reading("SET", f"XXXX-WXX-{weekday}T{word_value('daypart', daypart)}")
    shift_word = " ".join((groups["shift"] or "").casefold().split())
    anaphoric = shift_word in time_words()["anaphoric"]
    after_the = anaphoric and THE_BEFORE.search(scan.text, max(0, scan.start - 8), scan.start)
    if anaphoric and not after_the and shift_word != "next":
        return None  # "Following Wednesday's leak": a preposition; the weekday is read alone
    day = deictic_day(scan, weekday, shift_value(groups["shift"]))  # "meets next Wednesday"
    story_day = scan.narrative("day")
    if after_the and story_day is not None:
        # "the previous Friday", "the next Wednesday": beside the day the story is at
        day = weekday_beside(story_day.first_day, weekday, int(word_value("shift", shift_word)))
    if day is None:
        return Reading("DATE", None, UNRESOLVED)
    point = with_daypart(Point("day", day), daypart)
    return Reading("TIME" if daypart else "DATE", point.value, point=point)


THE_BEFORE = re.compile(r"(?<!\w)(?i:the)\s+$")
"""The article before a weekday's shift word: "the next Wednesday" counts from the story's
day, "next Wednesday" from the publication day."""


def weekday_beside(day: date, weekday: int, direction: int) -> date:
    """The weekday (ISO number) just before (-1) or just after (+1) `day`, never `day` itself."""
    if direction < 0:
        return day - timedelta(days=(day.isoweekday() - weekday - 1) % 7 + 1)
    return day + timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)


def read_dayword(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if groups["dayword"].istitle() and not opens_sentence(scan):
        return None  # "VOA Today", "USA Today": a name
    if names_an_age(scan):
        return None
    word = groups["dayword"].casefold()
    daypart = groups["daypart"] or groups["part_before"] or ("night" if word == "tonight" else None)
    if scan.today is None:
        return Reading("TIME" if daypart else "DATE", None, UNRESOLVED)
    offset = int(word_value("day", word)) + {"before": -1, "after": 1}.get(
        groups["around"] or "", 0
    )
    point = with_daypart(scan.today.shifted(offset, "D"), daypart)
    return Reading("TIME" if daypart else "DATE", point.value, point=point)


def names_an_age(scan: Scan) -> bool:
    """Whether "today", "yesterday" or "tomorrow" places a noun in an age rather than on a
    day: "in today's world", "for today's youth", "the people of tomorrow" name the present
    or the future, not a date (both TimeBank and AQUAINT leave them untagged), while "today's
    vote" is dated. The noun is an `era_noun` row."""
    if POSSESSIVE_AFTER.match(scan.text, scan.end):
        noun = possessed_noun(scan)
    else:
        before = NOUN_OF_BEFORE.search(scan.text, max(0, scan.start - 30), scan.start)
        noun = before["noun"].casefold() if before else None
    era_nouns = time_words()["era_noun"]
    return noun is not None and (noun in era_nouns or noun.removesuffix("s") in era_nouns)


def possessed_noun(scan: Scan) -> str | None:
    """The lemma of the noun a possessive day word belongs to ("today's young people":
    "people"), from the parse, else the word after it."""
    if scan.parse is not None:
        span = span_at(scan.parse, scan.start, scan.end)
        if span is not None and len(span) and span.root.dep_ == "poss":
            return span.root.head.lemma_.casefold()
    after = WORD_AFTER_POSSESSIVE.match(scan.text, scan.end)
    return after["noun"].casefold() if after else None


NOUN_OF_BEFORE = re.compile(r"(?P<noun>[A-Za-z]+)\s+of\s+$")
WORD_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?P<noun>[A-Za-z]+)")


def read_day_count(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    """ "Today is the eighth day of the siege", "it was the second day of the offensive": the
    day the story is at. Elsewhere ("on his first day in office") the day is not given. "A
    great day" is a day only when a day is what it is said of ("it was a great day for
    Poland", "Tuesday was a good day"): "every day he speaks is a good day" names none."""
    before = scan.text[max(0, scan.start - 60) : scan.start]
    copula = (day_subject_before() if groups["said_of"] else COPULA_BEFORE).search(before)
    if copula is None:
        return None
    past = (copula["verb"] or "").casefold() == "was"
    said_of_a_day = groups["said_of"] is not None and copula["pronoun"] is None
    if (
        groups["said_of"]
        and past
        and scan.points
        and RANK[scan.points[-1].granularity] > RANK["day"]
    ):
        return None  # "told us in May: 'It was a good day for us'": which day is not given
    point = (scan.narrative("day") if past or said_of_a_day else None) or scan.today
    if point is None:
        return Reading("DATE", None, UNRESOLVED)
    point = point.coarsened("day")
    return Reading("DATE", point.value, point=point, remember=False)


COPULA_BEFORE = re.compile(r"(?:\b(?P<verb>(?i:is|was))|['’]s)\s+$")


@lru_cache(maxsize=1)
def day_subject_before() -> re.Pattern[str]:
    """A subject that a day can be said of, its copula and "a great", before "day": a pronoun
    (`day_subject` rows: the day the clause is at), or a day word or weekday (that day)."""
    subjects = (
        rf"(?:\b(?P<pronoun>{alternation('day_subject')})"
        rf"|(?<!\w){alternation('day')}|(?<!\w){alternation('weekday', capitalised=True)})"
    )
    return re.compile(
        rf"{subjects}\s*(?:\b(?P<verb>(?i:is|was))|['’]s)\s+[\"“]?(?i:a|an|another)\s+"
        rf"(?:[a-z][\w-]*\s+){{0,3}}$"
    )


def read_daypart(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    """The days of "this morning" and "last night" count from the publication day. A part
    of the day with a boundary and no day ("by late afternoon", "at mid-morning") is the day
    the story is at, as a bare clock time is; a bare "morning", or one naming a kind of thing
    ("late-night comedians", "an early-morning flight"), is left to other rules."""
    if groups["which"] is None:
        if modifier_of(scan.text[scan.start : scan.end]) not in BOUNDARY_MODS:
            return None
        if scan.names_a_thing():
            return None
        latest = scan.narrative("day")
        day = Point("day", latest.first_day) if latest is not None else scan.today
    elif scan.today is not None:
        day = scan.today.shifted(-1 if groups["which"].casefold() == "last" else 0, "D")
    else:
        day = None
    if day is None:
        return Reading("TIME", None, UNRESOLVED)
    point = with_daypart(day, groups["daypart"])
    return Reading("TIME", point.value, point=point)


BOUNDARY_MODS = frozenset(time_words()["boundary"].values())
"""START, MID, END: the `mod` of "early", "mid", "late"."""


def read_year_relative(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    word = groups["word"].casefold()
    if word.startswith(("year-end", "year end", "year's")):
        if scan.today is None:
            return Reading("DATE", None, UNRESOLVED)
        return Reading("DATE", f"{scan.published.year:04d}")
    anchor = scan.compared_period() or scan.narrative("year")
    if anchor is None:
        anchor = scan.today.coarsened("year") if scan.today else None
    if anchor is None:
        return Reading("DATE", None, UNRESOLVED)
    point = anchor.shifted(-1, "Y")
    return Reading("DATE", point.value, point=point, remember=False)


def read_the_unit(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    unit = word_value("unit", groups["unit"])
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
        if "latest" in (groups["modifiers"] or "").casefold():
            point = point.shifted(-1, unit)  # "the latest fiscal year": the last one over
    return Reading("DATE", point.value, point=point)


def read_reference(groups: dict[str, str | None], scan: Scan) -> Reading | None:
    if scan.text[scan.start - 3 : scan.start] == "as " and scan.text[scan.end :].startswith(" as"):
        return None  # "as soon as": a conjunction
    word, words = " ".join(groups["reference"].casefold().split()), time_words()
    if word in words["relative_reference"] and (
        scan.tense() == "past" or re.match(r"\s+after\b", scan.text[scan.end : scan.end + 7])
    ):
        return None  # "was soon released", "soon after the vote": soon after a told time
    if (
        word in words["discourse_marker"]
        and scan.text.startswith(",", scan.end)
        and opens_sentence(scan)
    ):
        return None  # "Now, he says, ...": a turn in the argument, not a time
    if counts_before_a_noun(scan):
        return None  # "won six of the past seven contests": the noun's order, not a time
    value = word_value("reference", groups["reference"])
    return Reading("DURATION" if VAGUE_DURATION.match(value) else "DATE", value)


VAGUE_DURATION = re.compile(r"P[\dX]")


def counts_before_a_noun(scan: Scan) -> bool:
    """Whether "the past" stands before a count ("won six of the past seven contests", "the
    past two mayors"): "past" is then an adjective ordering what is counted, not the noun "the
    past", so there is no expression; with a unit the duration rule has read the whole
    ("the past three years"). Adjectives ("the current four flights") keep their reading."""
    opens_with_the = scan.text[scan.start : scan.end].casefold().startswith("the ")
    return opens_with_the and count_after().match(scan.text, scan.end) is not None


@lru_cache(maxsize=1)
def count_after() -> re.Pattern[str]:
    """A count right after a word: digits, a number word, "few", "several", "couple"."""
    words = alternation("digit", "teen", "tens")
    return re.compile(rf"\s+(?:\d|{words}(?![\w-])|(?i:few|several|couple)\b)")


def opens_sentence(scan: Scan) -> bool:
    """Whether the match is the first word of a sentence (or of the text, or of a quote)."""
    return SENTENCE_START.search(scan.text[max(0, scan.start - 6) : scan.start]) is not None


SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)['\"“‘`]*$")
