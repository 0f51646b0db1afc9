"""Time expression classes found on unseen news (issue 17, tuned on TimeBank and half of
AQUAINT): newspapers named "daily", idioms with a time word, vague stretches ("over the
years", "the coming weeks"), Election Day, rates ("$3 million a year", no time) and hedged
distances ago ("about two years ago", a date with its hedge)."""

from __future__ import annotations

from pathlib import Path

import pytest
from time_texts import times_by_text

from eventwire.annotate.times.stage import tag_times
from eventwire.filters import Filters
from eventwire.nlp import load_nlp
from eventwire.record_lines import time_line
from eventwire.records import Analysis, Article, TimeExpr
from eventwire.store import Store, analyses

THURSDAY = "2022-10-20"


def times_of(text: str, published: str | None = THURSDAY) -> dict[str, TimeExpr]:
    return times_by_text(text, published)


def values_of(text: str, published: str | None = THURSDAY) -> dict[str, tuple[str, str | None]]:
    return {text: (time.type, time.value) for text, time in times_of(text, published).items()}


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("The party daily Pravda printed the speech in full.", {}),
        ("The weekly Der Spiegel ran the story first.", {}),
        ("The airline plans daily flights to Lima.", {"daily": ("SET", "P1D")}),
        ("Pilgrims attend weekly Friday prayers.", {"weekly": ("SET", "P1W")}),
    ],
)
def test_daily_before_a_name_is_a_newspaper(
    text: str, expressions: dict[str, tuple[str, str | None]]
) -> None:
    found = values_of(text)
    assert {key: found[key] for key in found if key in ("daily", "weekly")} == expressions


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("For the rebels, high noon came with the vote.", {}),
        ("In this day and age, few people write letters.", {}),
        ("After ten hours the negotiators called it a day.", {"ten hours": ("DURATION", "PT10H")}),
        ("The talks resume at noon.", {"noon": ("TIME", "2022-10-20T12:00")}),
    ],
)
def test_idioms_name_no_time(text: str, expressions: dict[str, tuple[str, str | None]]) -> None:
    assert values_of(text) == expressions


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("Prices may fall in the coming weeks.", {"coming weeks": ("DURATION", "PXW")}),
        ("Growth will slow in the years ahead.", {"the years ahead": ("DURATION", "PXY")}),
        ("Over the years the village shrank.", {"years": ("DURATION", "PXY")}),
        ("In the years that followed, the mine closed.", {"years": ("DURATION", "PXY")}),
        ("Few voters came in the early years.", {"years": ("DURATION", "PXY")}),
        # a bound after the stretch makes it a period the text does not date
        ("Police searched the woods in the days before the trial.", {}),
        ("The ship sank in the early hours of the storm.", {}),
    ],
)
def test_vague_stretches_are_durations(
    text: str, expressions: dict[str, tuple[str, str | None]]
) -> None:
    assert values_of(text) == expressions


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    assert values_of("The race stays close from now to Election Day.")["Election Day"] == (
        "DATE",
        "2022-11-08",
    )
    assert values_of("Turnout was high on Election Day.", "2020-11-10")["Election Day"] == (
        "DATE",
        "2020-11-03",
    )


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("The plant builds 400 cars a week.", "week"),
        ("The merger saves $3 million a year.", "year"),
        ("Rents rose 4% a year.", "year"),
        ("The ferry makes four crossings a day.", "day"),
        ("Exports grew 6% annually for a decade.", "annually"),
        ("The pump moves 30 litres per second.", "second"),
    ],
)
def test_a_rate_after_an_amount_is_no_time(text: str, rate: str) -> None:
    """TimeBank leaves a rate untagged: it measures the amount, it names no time."""
    assert not [key for key in values_of(text) if rate in key]


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("The strike lasted a week.", "a week", "DURATION", "P1W"),
        ("In 2019 a year of drought began.", "a year", "DURATION", "P1Y"),
        ("The fund pays $2 million in interest every quarter.", "every quarter", "SET", "P1Q"),
        ("The festival is held annually in the capital.", "annually", "SET", "P1Y"),
    ],
)
def test_units_that_are_no_rate_keep_their_time(
    text: str, expression: str, kind: str, value: str
) -> None:
    assert values_of(text)[expression] == (kind, value)


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("The plant closed about two years ago.", "2020", "APPROX"),
        ("The rebels seized the town more than four decades ago.", "1982", "MORE_THAN"),
        ("The plant closed two years ago.", "2020", None),
    ],
)
def test_a_distance_ago_is_a_date_hedged_or_not(text: str, value: str, mod: str | None) -> None:
    """The hedge goes to `mod`; the event still gets a date of its own (TimeBank makes some
    hedged ones durations, which would leave the event dated by its article)."""
    (time,) = times_of(text).values()
    assert (time.type, time.value, time.mod) == ("DATE", value, mod)


def test_mod_is_kept_by_the_store(tmp_path: Path) -> None:
    """`mod` lives in the time record's JSON, which the store keeps and every export reads."""
    text = "The dam opened in early 2019, about three years after work began."
    article = Article("dam", None, None, None, THURSDAY, "en", text)
    analysis = Analysis(article, times=tag_times(text, THURSDAY, load_nlp()(text)))
    with Store(tmp_path / "times.db") as store:
        assert store.add(analysis) is True
        (stored,) = analyses(store, Filters())
    assert [(time["text"], time["value"], time["mod"]) for time in stored["times"]] == [
        ("early 2019", "2019", "START"),
        ("about three years", "P3Y", "APPROX"),
    ]


def test_the_text_display_shows_mod() -> None:
    (early, plain) = tag_times("Work began in early 2019 and ended in 2021.", THURSDAY)
    assert time_line(early) == "  DATE     'early 2019' = 2019 (START)"
    assert time_line(plain) == "  DATE     '2021' = 2021"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # published on Thursday 20 October 2022: the day dates the noun, not the verb
        ("Lawyers will appeal Monday's ruling.", "2022-10-17"),
        ("Voters will prepare for Saturday's election.", "2022-10-22"),
        ("Lawyers will appeal the ruling on Monday.", "2022-10-24"),
    ],
)
def test_a_weekday_in_the_possessive_takes_no_tense(text: str, value: str) -> None:
    (day,) = tag_times(text, THURSDAY, load_nlp()(text))
    assert day.value == value


@pytest.mark.parametrize(
    ("text", "expression", "mod"),
    [
        ("Lawyers sought a way around Monday's ruling.", "Monday", None),
        ("Questions about Monday's vote grew.", "Monday", None),
        ("The envoy left around Monday.", "around Monday", "APPROX"),
        ("Early Monday's session was calm.", "Early Monday", "START"),
    ],
)
def test_a_hedge_before_a_possessive_date_belongs_to_the_noun(
    text: str, expression: str, mod: str | None
) -> None:
    assert times_of(text)[expression].mod == mod


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        (
            "Today is the eighth day of the strike.",
            {"Today": "2022-10-20", "the eighth day": "2022-10-20"},
        ),
        ("It's the 12th day of the siege.", {"the 12th day": "2022-10-20"}),
        (
            "Rebels attacked on Oct. 3. It was the second day of the offensive.",
            {"Oct. 3": "2022-10-03", "the second day": "2022-10-03"},
        ),
        # not said of the day the story is at: no date given
        ("She will sign it on her first day in office.", {}),
        ("The first day of the talks went well.", {}),
    ],
)
def test_the_nth_day_of_something_is_the_day_the_story_is_at(
    text: str, expressions: dict[str, str]
) -> None:
    assert {key: time.value for key, time in times_of(text).items()} == expressions


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("It took minutes to clear the square.", "minutes", "PTXM"),
        ("The siege lasted months.", "months", "PXM"),
        ("She spent years in exile.", "years", "PXY"),
        ("Talks dragged on for weeks.", "weeks", "PXW"),
    ],
)
def test_bare_units_after_a_verb_of_time_are_durations(
    text: str, expression: str, value: str
) -> None:
    assert values_of(text)[expression] == ("DURATION", value)


def test_bare_units_elsewhere_are_no_time() -> None:
    assert values_of("The last months of the war were hard.") == {}
