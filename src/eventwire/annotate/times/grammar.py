"""The grammar of time expressions: one regular expression per rule, assembled from the words
of `codebooks/time_words.tsv`, and compiled into one pattern tried only near anchor words,
so a long article costs a few hundred matches instead of one per character."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.annotate.times.numbers import NUMBER_KINDS
from eventwire.codebooks.times import time_words


def alternation(*kinds: str, capitalised: bool = False) -> str:
    """A regex matching any word of `kinds`, longest first.

    Month and weekday names must be capitalised (or all capitals): "may" and "march" are verbs.
    """
    words = sorted(
        {word for kind in kinds for word in time_words()[kind]}, key=lambda w: (-len(w), w)
    )
    if capitalised:
        titled = [" ".join(part[:1].upper() + part[1:] for part in w.split()) for w in words]
        forms = titled + [w.upper() for w in words]
        forms = sorted(set(forms), key=lambda w: (-len(w), w))
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


def grammar() -> list[tuple[str, str]]:
    """(rule name, pattern) in priority order: at one position the first rule that matches wins."""
    month = alternation("month", capitalised=True)
    weekday = alternation("weekday", capitalised=True)
    season = alternation("season")
    daypart = alternation("daypart")
    unit = alternation("unit")
    number_word = alternation(*NUMBER_KINDS)
    tens, digit, teen = alternation("tens"), alternation("digit"), alternation("teen")
    below_hundred = rf"(?:{tens}(?:[- ]{digit})?|{teen}|{digit})"
    multiplied = (
        rf"{below_hundred}[- ]{alternation('multiplier')}(?:\s+(?i:and)\s+{below_hundred})?"
    )
    number = rf"(?:\d+(?:\.\d+|\s+1/2|½)?|{multiplied}|{tens}[- ]{digit}|{number_word})"
    spelled_year = (
        rf"(?i:{alternation('year_hundreds')}[- ](?:{tens}(?:[- ]{digit})?|{teen}|oh[- ]{digit})"
        rf"|{alternation('year_thousands')}(?:\s+and)?(?:\s+{digit})?)(?![\s-]+{unit})"
    )
    ordinal = alternation("ordinal")
    shift = alternation("shift")
    approximation = alternation("approximation")
    boundary = alternation("boundary")
    reference = alternation("reference")
    frequency = alternation("frequency")
    holiday = alternation("holiday", capitalised=True)
    # a prefix's separator: a space, a hyphen, or nothing after one ("mid-1990s")
    separator = r"(?:\s+|-|(?<=-))"
    prefix = rf"(?:(?P<prefix>{approximation}|{boundary}){separator})?"
    # a part of a period named with its article ("the end of the 1990s"); a hedge there is a
    # preposition's word ("talking about the '60s")
    part_of_the = rf"{boundary}\s+(?i:the)\s+"
    year = rf"(?:1[0-9]\d\d|20\d\d|{spelled_year})(?![\d%]|[.,]\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    zone = r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|(?i:local\s+time))"
    start = r"(?<![\w$£€#'’/])"
    year_range_end = r"[-–]\d\d(?:\d\d)?(?![\w%-])"  # "1957-58", "2009-2010"
    # a second day sharing the first's month ("March 17-18", "Nov. 3 and 4", "July 8 to 12")
    day_range = rf"(?:\s*[-–]\s*|\s+{alternation('day_range_link')}\s+){day}"
    end = r"(?!\w|-\w)"
    return [
        (
            "elapsed",
            rf"{start}(?P<hours>\d\d?):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)(?![\d:.,]\d)"
            rf"(?!\s*(?:{zone}|(?i:[ap]\.?m\b))){end}",
        ),
        (
            "clock",
            rf"{start}(?:(?P<approx>{approximation})\s+)?"
            rf"(?:(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>(?i:[ap]\.m\b\.?|[ap]m\b))"
            rf"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?=\s*{zone})"
            rf"|(?P<named>{alternation('clock')}))"
            rf"(?:\s+(?P<zone>{zone}))?"
            rf"(?:,?\s+(?:on\s+)?(?:(?P<weekday>{weekday})|(?P<dayword>(?i:today|yesterday|tomorrow))"
            rf"|(?P<month>{month})\s+(?P<day>{day})))?{end}",
        ),
        (
            "set",
            rf"{start}(?:(?P<every>(?i:every|each|per))\s+(?:(?P<number>{number})\s+)?"
            rf"(?P<unit>{unit}|{weekday}|{month}|{season}|{daypart})"
            rf"|(?P<count>(?i:{alternation('count')}|{number_word}\s+times))\s+(?i:a|an|per|every)\s+(?P<unit2>{unit})"
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
            rf"(?P<month>{month})(?:\s+(?P<day>{day})(?:(?={day_range},?\s+(?P<range_year>{year})))?)?"
            rf"(?:(?:,|\s+of)?\s+(?P<year>{year})"
            rf"|\s+(?P<yearshift>(?i:this|last|next))\s+(?i:year))?(?:{end}|(?<=\d)(?=[-–](?:\d|{month})))",
        ),
        (
            "day_month",
            rf"{start}(?:(?P<weekday>{weekday}),?\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})"
            rf"(?:,?\s+(?P<year>{year}))?{end}",
        ),
        (
            "day_count",
            rf"{start}(?:(?i:the)\s+(?P<ordinal>{ordinal}|\d+(?i:st|nd|rd|th))\s+(?i:day)"
            rf"(?=\s+(?i:of|since)\b)"
            # "(it was) a great day for Poland": the day, said of itself
            rf"|(?<=\s)(?P<said_of>(?i:day))"
            rf"(?=\s+(?i:for|of|in|to|when|as)\b|\s*[,.;:!?\"”]|['’](?![a-z])))",
        ),
        (
            "anaphoric",
            rf"{start}{prefix}(?:(?P<determiner>(?i:the|that|that\s+same))\s+)"
            rf"(?:(?P<relation>{alternation('anaphoric')})\s+)?"
            rf"(?P<unit>(?i:day|morning|afternoon|evening|night|week|weekend|month|year))"
            rf"(?:\s+(?P<after>{alternation('anaphoric_after')})(?!\s+(?i:yesterday|today|tomorrow)))?"
            rf"{end}",
        ),
        (
            "quarter",
            rf"{start}(?:(?P<the>(?i:the|that))\s+)?(?:(?P<yearshift>(?i:this|last|next))\s+year's\s+)?"
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
            rf"(?:(?P<between>(?i:between))\s+)?(?P<number>{number})(?P<half_before>\s+(?i:and\s+a\s+half))?"
            rf"(?:(?:\s*[-–]\s*|\s+(?i:to|or|and)\s+)(?P<upper>{number}))?"
            rf"[\s-]+(?:(?i:more|additional|trading|business|working)\s+)?"
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
            rf"{start}{prefix}(?:(?P<which>(?i:this|last))\s+)?(?P<daypart>{daypart}){end}",
        ),
        (
            "holiday",
            rf"{start}(?:(?P<shift>{shift})\s+)?(?P<holiday>{holiday})(?:,?\s+(?P<year>{year}))?{end}",
        ),
        (
            "decade",
            rf"{start}(?:(?P<the>(?i:the))\s+)?(?:{prefix}|{part_of_the})"
            rf"(?:(?P<decade>(?:1[0-9]|20)\d0|['’]\d0)s"
            rf"|(?<=the\s)(?P<decade_word>{alternation('decade')})){end}",
        ),
        (
            "century",
            rf"{start}(?:(?i:the)\s+)?(?:{boundary}{separator})?(?:(?P<the>(?i:the))\s+)?"
            rf"(?:(?P<shift>(?i:this|last|next))\s+|(?P<ordinal>\d{{1,2}}"
            rf"(?:st|nd|rd|th)|{ordinal})[\s-])(?i:century){end}",
        ),
        (
            "year",
            rf"{start}{prefix}(?:(?i:the\s+year)\s+)?(?:(?P<fiscal>(?i:fiscal|calendar))(?:\s+(?i:year))?\s+)?"
            rf"(?P<year>{year})(?:{end}|(?={year_range_end}))",
        ),
        (
            "year_range_end",
            r"(?<=\d\d\d\d[-–])(?P<year>\d\d(?:\d\d)?)(?![\w%-])",
        ),
        (
            "day_range_end",
            rf"{start}(?P<day>{day})(?:,?\s+(?P<year>{year}))?(?![\w%]|[.,:]\d|-\w)",
        ),
        (
            "year_relative",
            rf"{start}{prefix}(?:(?P<the>(?i:the))\s+)?"
            rf"(?P<word>(?i:year-earlier|year-ago|year[- ]end|year's\s+end)){end}",
        ),
        (
            "plural_unit",
            rf"{start}(?:(?P<unit>(?i:years|months|weeks|days|hours|minutes|decades|centuries))"
            rf"(?:(?P<suffix>-(?i:long|old))|\s+(?P<relation>(?i:ago|earlier|later)))?"
            rf"|(?P<single>(?i:year|month|week|day|hour|minute|decade|century))-(?i:long)){end}",
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
    "clock",
    "year_hundreds",
    "decade",
    "anchor",
)
"""The kinds of `time_words.tsv` whose words are anchors."""
PREFIX_WORDS = 6
"""How many words before an anchor a match may start ("at least the past 18 months")."""
WORD_START = re.compile(r"(?<![\w'’])[\w'’½]")


@lru_cache(maxsize=1)
def compiled_grammar() -> Grammar:
    pieces = []
    for name, pattern in grammar():
        inner = re.sub(r"\(\?P<(\w+)>", lambda m, name=name: f"(?P<{name}__{m.group(1)}>", pattern)
        pieces.append((name, f"(?P<{name}>{inner})"))
    return Grammar(
        re.compile("|".join(piece for _, piece in pieces)),
        tuple((name, re.compile(piece)) for name, piece in pieces),
        re.compile(rf"(?<![\w.,])\d|(?<!\w){alternation(*ANCHOR_KINDS)}(?!\w)"),
    )
