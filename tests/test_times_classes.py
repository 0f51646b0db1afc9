"""Time expression classes of issue 17: TIMEX3 `mod`, ranges, sets of a part of the day,
elapsed times, ages, "soon" told of the past, and the direction of an infinitive's date."""

from __future__ import annotations

import json

import pytest
from time_texts import times_by_text

from eventwire.annotate.times.stage import tag_times
from eventwire.cli import main
from eventwire.nlp import load_nlp
from eventwire.records import Analysis, Article, TimeExpr

WEDNESDAY = "2024-05-08"


def times_of(text: str, published: str | None = WEDNESDAY) -> dict[str, TimeExpr]:
    return times_by_text(text, published)


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        ("The bridge opened in early 2019.", "early 2019", "2019", "START"),
        ("Fighting resumed in mid-2019.", "mid-2019", "2019", "MID"),
        ("The camp grew in the late 1990s.", "the late 1990s", "199", "END"),
        ("Repairs end by the end of the year.", "the end of the year", "2024", "END"),
        ("The siege lasted nearly two years.", "nearly two years", "P2Y", "LESS_THAN"),
        ("The siege lasted more than four hours.", "more than four hours", "PT4H", "MORE_THAN"),
        ("The siege lasted about three days.", "about three days", "P3D", "APPROX"),
        ("The envoy arrived a week or so ago.", "a week or so ago", "2024-W18", "APPROX"),
        ("The siege lasted three days.", "three days", "P3D", None),
    ],
)
def test_mod_is_recorded_beside_the_value(
    text: str, expression: str, value: str, mod: str | None
) -> None:
    found = times_of(text)[expression]
    assert (found.value, found.mod) == (value, mod)


def test_mod_survives_the_json_round_trip() -> None:
    text = "The dam was finished in early 2019, nearly two years late."
    article = Article("a1", None, None, None, WEDNESDAY, "en", text)
    analysis = Analysis(article, times=tag_times(text, WEDNESDAY, load_nlp()(text)))
    read_back = Analysis.from_dict(analysis.to_dict())
    assert [(t.text, t.mod) for t in read_back.times] == [
        ("early 2019", "START"),
        ("nearly two years", "LESS_THAN"),
    ]


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        # one duration from the first number to the unit, valued by the lower bound
        ("Repairs take two to three weeks.", {"two to three weeks": "P2W"}),
        ("Loans run between 12 and 18 months.", {"between 12 and 18 months": "P12M"}),
        ("Loans run 12-18 months.", {"12-18 months": "P12M"}),
        ("The trial took three and a half years.", {"three and a half years": "P3Y6M"}),
        # a range of years is two years
        ("He coached the team in 1957-58.", {"1957": "1957", "58": "1958"}),
        ("The drought of 2009-2010 was long.", {"2009": "2009", "2010": "2010"}),
        # a set of a part of the day, and a time taken given to the second
        ("She swims every morning.", {"every morning": "XXXX-XX-XXTMO"}),
        ("He won the race in 3:07:35.", {"3:07:35": "PT3H7M35S"}),
    ],
)
def test_ranges_sets_and_elapsed_times(text: str, expressions: dict[str, str]) -> None:
    found = times_of(text)
    assert {expression: found[expression].value for expression in expressions} == expressions


def test_a_time_with_seconds_and_a_zone_is_no_elapsed_time() -> None:
    assert "10:30:15" not in times_of("The blast came at 10:30:15 GMT.")


@pytest.mark.parametrize(
    "text",
    [
        "The vaccine is offered to children 6 months and older.",
        "Adults 65 years or older may vote by mail.",
        "Boys 12 years of age were recruited.",
    ],
)
def test_ages_are_not_durations(text: str) -> None:
    assert not [t for t in times_of(text).values() if t.type == "DURATION"]


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("The prisoner was soon released.", False),
        ("Aid arrived soon after the storm.", False),
        ("The ministry will soon publish the list.", True),
    ],
)
def test_soon_is_a_future_reference_only_from_now(text: str, tagged: bool) -> None:
    assert ("soon" in times_of(text)) is tagged


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # published on Wednesday 8 May 2024
        ("The talks are to resume on Tuesday.", "Tuesday", "2024-05-14"),
        ("The peace process, set to resume Thursday, stalled.", "Thursday", "2024-05-09"),
        ("The team planned to leave on Thursday.", "Thursday", "2024-05-09"),
        ("Crowds gathered to mark the anniversary on Monday.", "Monday", "2024-05-06"),
    ],
)
def test_an_infinitive_takes_the_direction_of_its_verb_or_the_nearest_day(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text)[expression].value == value


@pytest.mark.parametrize(
    ("text", "expression", "tagged"),
    [
        ('The rebels agreed. "Now, the hard part begins," she said.', "Now", False),
        ("The rebels now hold the port.", "now", True),
        ('The minister spoke on the programme "This Week" about the truce.', "This Week", False),
        ("The minister spoke about the truce this week.", "this week", True),
        ("Listeners of Radio Kenya Today heard the minister.", "Today", False),
        ("Today the minister resigned.", "Today", True),
    ],
)
def test_discourse_markers_and_names_are_not_times(
    text: str, expression: str, tagged: bool
) -> None:
    assert (expression in times_of(text)) is tagged


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The rebels took the town on 3 May. A month earlier, they lost it.",
            "A month earlier",
            "P1M",
        ),
        (
            "The bell rang. A minute and a half later, smoke rose.",
            "A minute and a half later",
            "PT1M30S",
        ),
        ("The ship sank. A few days later, divers came.", "A few days later", "PXD"),
        ("The port may be finished eight years from now.", "eight years from now", "P8Y"),
        # years stay dates: "a year earlier" compares with a year the reader can name
        ("Sales rose on 3 May 2023. A year earlier, they fell.", "A year earlier", "2022-05-03"),
        ("The dam was built two years ago.", "two years ago", "2022"),
    ],
)
def test_time_between_events_is_a_duration(text: str, expression: str, value: str) -> None:
    found = times_of(text)[expression]
    assert found.value == value
    assert found.type == ("DATE" if value[0].isdigit() else "DURATION")


def test_eval_times_scores_mod(tmp_path, capsys) -> None:
    text = "Talks began in early March 2023 and lasted about three days. They ended in May."
    timexes = [
        ("early March 2023", "DATE", "2023-03", "START"),
        ("about three days", "DURATION", "P3D", "EQUAL_OR_LESS"),
        ("May", "DATE", "2023-05", None),
    ]
    records = []
    for expression, time_type, value, mod in timexes:
        start = text.index(expression)
        record = {"text": expression, "start": start, "end": start + len(expression)}
        records.append({**record, "type": time_type, "value": value, "mod": mod})
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "dct": "2023-06-01", "text": text, "timexes": records}))
    assert main(["eval", "times", "--gold", str(gold), "--no-baseline"]) == 0
    # two mods given (START right, APPROX where the gold says EQUAL_OR_LESS), two in the gold
    assert "eventwire    mod            0.500  0.500  0.500" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        ("Plants close over the next year or so.", "the next year or so", "2025", "APPROX"),
        ("No profit is due until 2030 or later.", "2030 or later", "2030", "ON_OR_AFTER"),
        ("The talks may last two years or more.", "two years or more", "P2Y", "EQUAL_OR_MORE"),
        ("Rates will hold for a couple of years.", "a couple of years", "P2Y", "APPROX"),
    ],
)
def test_a_hedge_after_an_expression_joins_its_span(
    text: str, expression: str, value: str, mod: str
) -> None:
    found = times_of(text)[expression]
    assert (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("She hopes the museum will one day reopen.", "one day", "FUTURE_REF"),
        ("The clerk one day walked out of the office.", "one day", "PAST_REF"),
        ("One day, the clerk walked out of the office.", "One day", "PAST_REF"),
        ("The strike lasted one day.", "one day", "P1D"),
        ("He had been in the job one day.", "one day", "P1D"),
    ],
)
def test_one_day_is_some_day_before_its_verb_and_a_day_long_after_it(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text)[expression].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The board named a new treasurer, effective Jan. 1.", "2025-01-01"),
        ("The union signed a new contract effective March 1.", "2025-03-01"),
        ("The board named a new treasurer on Jan. 1.", "2024-01-01"),
    ],
)
def test_the_day_a_change_takes_effect_lies_ahead(text: str, value: str) -> None:
    (found,) = times_of(text).values()
    assert found.value == value


JULY = "2024-07-25"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a quarter named ahead ("a third-quarter charge") is not the latest one reported
        (
            "Profit rose in the second quarter. It expects a third-quarter charge. "
            "In the latest quarter, sales grew.",
            "the latest quarter",
            "2024-Q2",
        ),
        ("In the latest quarter, sales grew.", "the latest quarter", "2024-Q2"),
        (
            "Profit rose in the second quarter. Sales for last year's quarter were small.",
            "last year's quarter",
            "2023-Q2",
        ),
    ],
)
def test_the_latest_quarter_is_over_and_last_years_quarter_a_year_back(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text, JULY)[expression].value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The craft has been handed down for two thousand years.", "two thousand years", "P2000Y"),
        ("The war lasted two hundred years.", "two hundred years", "P200Y"),
        (
            "The dynasty ruled three hundred and fifty years.",
            "three hundred and fifty years",
            "P350Y",
        ),
        ("The bridge was finished in two thousand and one.", "two thousand and one", "2001"),
    ],
)
def test_hundreds_and_thousands_of_years_are_durations_not_years(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text)[expression].value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "next" with no article counts from publication (Thursday 25 July), whatever day the
        # story has named before
        (
            "The state votes on Aug. 6. Its party committee meets next Wednesday.",
            "next Wednesday",
            "2024-07-31",
        ),
        (
            "The primary is on Aug. 6. Voters who stay home next Tuesday will not be counted.",
            "next Tuesday",
            "2024-07-30",
        ),
        # "the next Wednesday" counts from the story's day
        (
            "The court sat on Thursday, Aug. 1, and ruled the next Wednesday.",
            "next Wednesday",
            "2024-08-07",
        ),
    ],
)
def test_next_weekday_without_the_counts_from_publication(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text, JULY)[expression].value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Lawyers left their third day-long meeting with officials.", "day-long", "P1D"),
        ("The union called off a week-long strike.", "week-long", "P1W"),
        ("The year-long inquiry closed.", "year-long", "P1Y"),
        # "a" is the noun's article, not a count of one: the units stay vague
        ("The party ended a months-long feud.", "months-long", "PXM"),
        ("It was a weeks-long standoff.", "weeks-long", "PXW"),
    ],
)
def test_a_unit_long_adjective_is_a_duration(text: str, expression: str, value: str) -> None:
    assert times_of(text)[expression].value == value


def test_following_before_a_possessive_weekday_is_a_preposition() -> None:
    """After "Following Tuesday's vote" the vote was this Tuesday: the weekday alone is the
    expression, dated by the nearest Tuesday, not "the following Tuesday"."""
    times = times_of("Following Tuesday's vote, the party changed its leader.", JULY)
    assert [(time.text, time.value) for time in times.values()] == [("Tuesday", "2024-07-23")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # counted from the day the story is at (Friday 19 July), not from publication
        (
            "The index closed at 410 on Friday, down 2% from the previous Friday.",
            "previous Friday",
            "2024-07-12",
        ),
        (
            "Talks broke down on Tuesday. They resumed the following Monday.",
            "following Monday",
            "2024-07-29",
        ),
        # no day named yet: the last one before publication
        ("The envoy left the previous Friday.", "previous Friday", "2024-07-19"),
        ("It had sales of $7 billion in the latest fiscal year.", "the latest fiscal year", "2023"),
    ],
)
def test_previous_weekday_counts_from_the_story_and_the_latest_year_is_over(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text, JULY)[expression].value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The chain made money after several quarters of losses.", "several quarters", "PXQ"),
        (
            "Profit fell in the second quarter. Costs for that quarter rose.",
            "that quarter",
            "2024-Q2",
        ),
        ("Analysts expect weaker sales in coming quarters.", "coming quarters", "PXQ"),
    ],
)
def test_vague_and_referring_quarters(text: str, expression: str, value: str) -> None:
    assert times_of(text, JULY)[expression].value == value


def test_three_quarters_of_a_thing_is_no_time() -> None:
    assert times_of("Three quarters of the vote went to the mayor.", JULY) == {}


@pytest.mark.parametrize(
    ("text", "expression"),
    [("To leave Friday.", "Friday"), ("to resume talks on Monday", "Monday")],
)
def test_an_infinitive_heading_its_sentence_still_dates_its_weekday(
    text: str, expression: str
) -> None:
    """A fragment whose root is an infinitive has no verb above it to take a direction from;
    its weekday is still read, as one of the week the story is in."""
    assert times_of(text)[expression].value.startswith("2024-05")


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("On April 30, the day before the ferry strike, the port was calm.", "the day before"),
        ("The choir rehearsed the night before we sailed for Malta.", "the night before"),
        ("The orchard reopened the week after the hailstorm.", "the week after"),
    ],
)
def test_a_unit_bounded_by_an_event_counts_from_that_event(text: str, expression: str) -> None:
    # the event has no date in the text, so the unit has none: not a day beside April 30
    assert times_of(text)[expression].value is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The orchard flooded on April 30 and dried out the week after.",
            "the week after",
            "2024-W19",
        ),
        ("Exports hit $9 million, up from $7 million the year before.", "the year before", "2023"),
    ],
)
def test_a_unit_with_a_bare_before_or_after_counts_from_the_text(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text)[expression].value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The rector has scheduled a campus forum Friday on housing.", "Friday", "2024-05-10"),
        ("The guild has planned a parade Sunday along the quay.", "Sunday", "2024-05-12"),
        ("The rector announced the forum Friday after a long debate.", "Friday", "2024-05-03"),
    ],
)
def test_a_date_under_a_plan_in_the_present_perfect_is_ahead(
    text: str, expression: str, value: str
) -> None:
    assert times_of(text)[expression].value == value


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        (
            "Volunteers had cleared the beach by late afternoon.",
            "late afternoon",
            "2024-05-08TAF",
            "END",
        ),
        (
            "The ferry left at mid-morning with forty cyclists.",
            "mid-morning",
            "2024-05-08TMO",
            "MID",
        ),
        (
            "The kiln was lit on May 2. By early evening the glaze had set.",
            "early evening",
            "2024-05-02TEV",
            "START",
        ),
        ("The auction ran until midafternoon.", "midafternoon", "2024-05-08TAF", "MID"),
    ],
)
def test_a_bounded_part_of_the_day_is_the_day_the_story_is_at(
    text: str, expression: str, value: str, mod: str
) -> None:
    found = times_of(text)[expression]
    assert (found.type, found.value, found.mod) == ("TIME", value, mod)


@pytest.mark.parametrize(
    "text",
    [
        "The comic rose to fame on late-night radio.",
        "They caught an early-morning train to the glacier.",
        "The shop opens in the morning.",
    ],
)
def test_a_part_of_the_day_naming_a_kind_of_thing_or_without_a_boundary_is_left(
    text: str,
) -> None:
    assert not any("morning" in t or "night" in t for t in times_of(text))


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        # published on Wednesday 8 May 2024; each day of a range or pair is a DATE of its own
        (
            "The regional poll was taken April 22-25 by telephone.",
            {"April 22": "2024-04-22", "25": "2024-04-25"},
        ),
        (
            "Envoys from Veldora will meet in Kastel on June 3 and 4.",
            {"June 3": "2024-06-03", "4": "2024-06-04"},
        ),
        (
            "The survey of 900 growers ran from March 11 to 15.",
            {"March 11": "2024-03-11", "15": "2024-03-15"},
        ),
        (
            "The fair ran Oct. 9-12, 2021, in Marlow.",
            {"Oct. 9": "2021-10-09", "12, 2021": "2021-10-12"},
        ),
        ("The count ran Jan. 29-Feb. 2.", {"Jan. 29": "2024-01-29", "Feb. 2": "2024-02-02"}),
        # a number that counts a noun, or a day earlier than the first, is no second day
        (
            "On April 3, 4 ferries sank; turnout fell between April 8 and 9 percent; "
            "salvage ran April 10-12.",
            {
                "April 3": "2024-04-03",
                "April 8": "2024-04-08",
                "April 10": "2024-04-10",
                "12": "2024-04-12",
            },
        ),
        (
            "The vote on Dec. 30 to 2 was close; the recount ran Jan. 3-5.",
            {"Dec. 30": "2023-12-30", "Jan. 3": "2024-01-03", "5": "2024-01-05"},
        ),
    ],
)
def test_a_second_day_sharing_the_first_days_month_is_a_date(
    text: str, expressions: dict[str, str]
) -> None:
    found = times_of(text)
    assert {expression: found[expression].value for expression in expressions} == expressions
    assert len(found) == len(expressions)


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        # "on" dates one day: a "to" after it is the verb's, not a second day (review23a)
        ("The death toll rose on March 3 to 12.", {"March 3": "2024-03-03"}),
        ("The key rate was raised on April 3 to 5.", {"April 3": "2024-04-03"}),
        # a pair after "on", or a range told without it, keeps both days
        ("Envoys met on March 3 and 4.", {"March 3": "2024-03-03", "4": "2024-03-04"}),
        ("The count ran March 11 to 15.", {"March 11": "2024-03-11", "15": "2024-03-15"}),
    ],
)
def test_a_number_after_on_a_day_and_to_is_no_second_day(
    text: str, expressions: dict[str, str]
) -> None:
    found = times_of(text)
    assert {expression: time.value for expression, time in found.items()} == expressions
