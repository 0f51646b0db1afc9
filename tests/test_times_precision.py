"""Words that look like times and name none (issue 17, AQUAINT precision): "today's" or
"of tomorrow" before or after a noun of an age ("in today's world", "the leaders of
tomorrow") name the present or the future age, not a day; "today's vote" stays dated; "the
fall of" a capital is no autumn."""

from __future__ import annotations

import pytest

from eventwire.annotate.times.stage import tag_times
from eventwire.nlp import load_nlp


def values_of(text: str, published: str, parsed: bool = True) -> dict[str, str | None]:
    parse = load_nlp()(text) if parsed else None
    return {time.text: time.value for time in tag_times(text, published, parse)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "Privacy is hard to keep in today's world, the author argued.",
        "The festival offers little for today's young people, critics said.",
        "She said the school must train the engineers and leaders of tomorrow.",
        "By yesterday's standards the new rules look mild.",
    ],
)
def test_a_noun_of_an_age_takes_no_date(text: str, parsed: bool) -> None:
    assert values_of(text, "2024-05-14", parsed) == {}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Today's vote in the senate was close.", "Today", "2024-05-14"),
        ("The offer ran in today's editions of the paper.", "today", "2024-05-14"),
        ("Delegates prepared for tomorrow's session of the assembly.", "tomorrow", "2024-05-15"),
        ("The minister of tomorrow's cabinet was named.", "tomorrow", "2024-05-15"),
    ],
)
def test_a_day_word_before_a_dated_noun_keeps_its_day(
    text: str, expression: str, value: str, parsed: bool
) -> None:
    assert values_of(text, "2024-05-14", parsed)[expression] == value


REPORT = (
    "The brewer earned $40 million in the third quarter, up from $31 million {comparison}. "
    "For the {span}, it earned $95 million, compared with $80 million {comparison}."
)


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize("comparison", ["a year earlier", "a year ago"])
@pytest.mark.parametrize("span", ["nine months", "first nine months", "six months"])
def test_a_comparison_after_a_span_of_months_takes_the_year(
    comparison: str, span: str, parsed: bool
) -> None:
    """The quarter's comparison is last year's quarter; after "the nine months" the report
    covers no quarter, so its comparison is last year."""
    text = REPORT.format(comparison=comparison, span=span)
    times = [
        (time.text, time.value)
        for time in tag_times(text, "2024-10-30", load_nlp()(text) if parsed else None)
    ]
    assert [value for words, value in times if words.casefold() == comparison] == [
        "2023-Q3",
        "2023",
    ]


@pytest.mark.parametrize("parsed", [True, False])
def test_the_year_earlier_word_after_a_span_of_months_takes_the_year(parsed: bool) -> None:
    text = (
        "Sales rose in the third quarter. For the nine months, the loss narrowed from "
        "year-earlier losses of $5 million."
    )
    assert values_of(text, "2024-10-30", parsed)["year-earlier"] == "2023"


@pytest.mark.parametrize("parsed", [True, False])
def test_a_span_of_months_without_the_is_no_report(parsed: bool) -> None:
    text = "Sales rose in the third quarter. Nine months of talks ended; profit beat a year ago."
    assert values_of(text, "2024-10-30", parsed)["a year ago"] == "2023-Q3"


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "The rebels have held the valley since the fall of the capital.",
        "Three weeks after the fall of the old government, the markets reopened.",
        "Historians still argue over the fall of Rome.",
    ],
)
def test_the_fall_of_something_is_a_collapse_not_an_autumn(text: str, parsed: bool) -> None:
    assert not any(
        value and value.endswith("FA") for value in values_of(text, "2024-06-12", parsed).values()
    )


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The plant closed in the fall of 2019.", "the fall of 2019", "2019-FA"),
        ("Talks resumed in the fall of that year.", "the fall", "2024-FA"),
        ("The harvest failed last fall.", "last fall", "2024-FA"),
        ("The bridge opened in the spring of 2021.", "the spring of 2021", "2021-SP"),
    ],
)
def test_a_season_before_its_year_stays_a_season(
    text: str, expression: str, value: str, parsed: bool
) -> None:
    assert values_of(text, "2024-12-12", parsed)[expression] == value


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "Police said the gunman fled in a gray 2011 Honda Accord.",
        "Her 1998 Chevrolet Malibu was found near the river on Friday.",
        "He was driving a silver 2016 Ford pickup when he was stopped.",
    ],
)
def test_a_model_year_is_no_date(text: str, parsed: bool) -> None:
    """A year before a maker and a model dates the car, not the event."""
    found = values_of(text, "2024-05-08", parsed)
    assert not {"2011", "1998", "2016"} & set(found.values())


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The 1976 Ford campaign ended in defeat.", "1976"),
        ("In 2013 Toyota Motor recalled a million cars.", "2013"),
        ("Since 2010 Honda has built a plant in Ohio.", "2010"),
    ],
)
def test_a_year_before_a_maker_that_is_no_model_stays_a_date(
    text: str, year: str, parsed: bool
) -> None:
    assert values_of(text, "2024-05-08", parsed)[year] == year


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "The senator voted for the war after the Sept. 11 attacks.",
        "Relatives of the September 11 hijackers were questioned.",
    ],
)
def test_a_day_named_for_what_happened_on_it_keeps_its_year(text: str, parsed: bool) -> None:
    """ "The Sept. 11 attacks" are 2001's, not last September's."""
    assert "2001-09-11" in values_of(text, "2016-03-16", parsed).values()


@pytest.mark.parametrize("parsed", [True, False])
def test_the_anniversary_of_a_named_day_is_this_years(parsed: bool) -> None:
    found = values_of("She left the Sept. 11 memorial ceremony early.", "2016-09-20", parsed)
    assert found["Sept. 11"] == "2016-09-11"


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greens have won four of the past five contests in Marlow.", []),
        ("Floods struck in each of the past three summers.", []),
        # with a unit the count is a duration; alone, "the past" is a time; "current" stays
        (
            "Rents rose over the past three years, and the Greens won four of the past five races.",
            [("the past three years", "P3Y")],
        ),
        (
            "In the past, the past two mayors ran the current four ferries.",
            [("the past", "PAST_REF"), ("current", "PRESENT_REF")],
        ),
    ],
)
def test_the_past_before_a_count_orders_the_noun(
    text: str, expected: list[tuple[str, str]], parsed: bool
) -> None:
    parse = load_nlp()(text) if parsed else None
    assert [(t.text, t.value) for t in tag_times(text, "2024-05-14", parse)] == expected
