from __future__ import annotations

import json

import pytest

from eventwire.annotate.events.dates import date_for_event
from eventwire.annotate.times.stage import find_times, tag_times
from eventwire.cli import main
from eventwire.nlp import load_nlp
from eventwire.readers.text import article_from_text
from eventwire.records import Analysis, Article

WEDNESDAY = "2024-05-08"


def times_of(text: str, published: str | None = WEDNESDAY) -> dict[str, tuple[str, str | None]]:
    """Time expressions of `text` by their text: (type, value)."""
    found = tag_times(text, published, load_nlp()(text))
    for time in found:
        assert text[time.start : time.end] == time.text
    return {time.text: (time.type, time.value) for time in found}


def value_of(text: str, expression: str, published: str | None = WEDNESDAY) -> str | None:
    found = times_of(text, published)
    assert expression in found, f"{expression!r} not found in {sorted(found)}"
    return found[expression][1]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ceasefire began on 3 January 2020.", "3 January 2020", "2020-01-03"),
        ("The ceasefire began on January 3, 2020.", "January 3, 2020", "2020-01-03"),
        ("The ceasefire began in January 2020.", "January 2020", "2020-01"),
        ("Talks collapsed in 2015.", "2015", "2015"),
        ("Files dated 2019-11-05 were leaked.", "2019-11-05", "2019-11-05"),
        ("Files dated 14/3/2020 were leaked.", "14/3/2020", "2020-03-14"),
        ("Files dated 3/14/2020 were leaked.", "3/14/2020", "2020-03-14"),
        ("The militia grew in the 1990s.", "the 1990s", "199"),
        ("Borders were drawn in the 19th century.", "the 19th century", "18"),
        ("Revenue fell in fiscal 2021.", "fiscal 2021", "2021"),
        ("Fighting resumed in mid-2019.", "mid-2019", "2019"),
        ("The river flooded in the winter of 2016.", "the winter of 2016", "2016-WI"),
        ("The dam opened in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("The dam opened in two thousand and one.", "two thousand and one", "2001"),
        ("The band formed in the sixties.", "the sixties", "196"),
    ],
)
def test_absolute_dates(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # published on Wednesday 8 May 2024: the verb's tense picks the weekday
        ("The governor resigned on Monday.", "Monday", "2024-05-06"),
        ("The governor will resign on Friday.", "Friday", "2024-05-10"),
        ("The governor told reporters on Wednesday.", "Wednesday", "2024-05-08"),
        ("The governor resigned last Friday.", "last Friday", "2024-05-03"),
        ("Troops arrived yesterday.", "yesterday", "2024-05-07"),
        ("Troops arrive today.", "today", "2024-05-08"),
        ("Troops leave tomorrow.", "tomorrow", "2024-05-09"),
        ("The envoys met the day before yesterday.", "the day before yesterday", "2024-05-06"),
        ("Shelling continued last night.", "last night", "2024-05-07TNI"),
        ("The envoy met rebels last week.", "last week", "2024-W18"),
        ("The envoy meets rebels next week.", "next week", "2024-W20"),
        ("Prices rose last month.", "last month", "2024-04"),
        ("Prices rose earlier this month.", "earlier this month", "2024-05"),
        ("An election is due next year.", "next year", "2025"),
        ("The dam was built two years ago.", "two years ago", "2022"),
        ("The mayor was elected five months ago.", "five months ago", "2023-12"),
        ("The mayor was elected in March.", "March", "2024-03"),
        ("The mayor was elected in November.", "November", "2023-11"),
        ("Voting ends at 6 p.m. Friday.", "6 p.m. Friday", "2024-05-10T18:00"),
        ("Polls closed at midnight on Friday.", "midnight on Friday", "2024-05-03T24:00"),
        ("The strike was called off last summer.", "last summer", "2023-SU"),
        ("Shops closed on Christmas Day.", "Christmas Day", "2023-12-25"),
    ],
)
def test_relative_to_the_publication_date(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # published on Wednesday 8 May 2024: a verb of delay points to the new date, ahead
        ("The council vote was postponed until Saturday.", "Saturday", "2024-05-11"),
        ("Judges delayed the ruling to Monday.", "Monday", "2024-05-13"),
        ("The final was moved to Friday.", "Friday", "2024-05-10"),
        ("The summit was rescheduled for Tuesday.", "Tuesday", "2024-05-14"),
        ("The talks were pushed back to Thursday.", "Thursday", "2024-05-09"),
        ("The court adjourned the case until March.", "March", "2025-03"),
        # the verb alone does not: the preposition must introduce the date
        ("The family moved to Lyon on Monday.", "Monday", "2024-05-06"),
    ],
)
def test_delayed_to_a_date_points_forward(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == value


def test_anchored_on_the_narrative_not_on_a_named_year() -> None:
    text = (
        "The pact was signed on 4 June 2016, a month after the 2012 accord expired. "
        "Exactly a year later, the parliament repealed it. Two days later, protests began. "
        "The next day, the army fired."
    )
    found = times_of(text)
    assert found["Exactly a year later"] == ("DATE", "2017-06-04")
    # the time between is a duration, and the day it reaches is where the story goes on
    assert found["Two days later"] == ("DURATION", "P2D")
    assert found["The next day"] == ("DATE", "2017-06-07")


def test_quarters_and_comparisons_with_a_year_earlier() -> None:
    # published in May: a third quarter that "rose" is last year's
    assert value_of("Profit rose in the third quarter.", "the third quarter") == "2023-Q3"


def test_comparisons_with_a_year_earlier_keep_the_reporting_quarter() -> None:
    text = (
        "Profit rose 5% in the third quarter from a year earlier. "
        "In the year-ago quarter, it posted a loss. The quarter was strong."
    )
    found = times_of(text, "2024-10-25")
    assert found["the third quarter"] == ("DATE", "2024-Q3")
    assert found["a year earlier"] == ("DATE", "2023-Q3")
    assert found["the year-ago quarter"] == ("DATE", "2023-Q3")
    assert found["The quarter"] == ("DATE", "2024-Q3")


def test_without_a_publication_date_deictic_expressions_stay_unresolved() -> None:
    text = "The governor resigned on Wednesday, a year after the vote of 2 March 2021. Last week"
    found = tag_times(text, None, load_nlp()(text))
    by_text = {time.text: time for time in found}
    assert by_text["Wednesday"].value is None
    assert "publication date" in by_text["Wednesday"].reason
    assert by_text["Last week"].value is None
    assert by_text["2 March 2021"].value == "2021-03-02"


def test_slashed_dates_that_could_be_either_way_round_stay_unresolved() -> None:
    found = tag_times("Files dated 4/3/2020 were leaked.", WEDNESDAY)
    assert [(t.text, t.value) for t in found] == [("4/3/2020", None)]
    assert "either way round" in found[0].reason


def test_named_months_without_a_year_keep_the_month_without_a_publication_date() -> None:
    assert value_of("Talks resumed in June.", "June", None) == "XXXX-06"


@pytest.mark.parametrize(
    ("text", "expression", "time_type", "value"),
    [
        ("The siege lasted three weeks.", "three weeks", "DURATION", "P3W"),
        ("They signed a two-year truce.", "two-year", "DURATION", "P2Y"),
        ("He spent 2 1/2 years in jail.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The talks lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
        ("The blockade lasted nearly two decades.", "nearly two decades", "DURATION", "P20Y"),
        ("Rebels have fought for several years.", "several years", "DURATION", "PXY"),
        ("Over the past two months, prices rose.", "the past two months", "DURATION", "P2M"),
        ("Patrols pass every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Convoys leave daily.", "daily", "SET", "P1D"),
        ("The council meets twice a year.", "twice a year", "SET", "P1Y"),
        ("Right now, the talks are stalled.", "Right now", "DATE", "PRESENT_REF"),
        ("The army recently withdrew.", "recently", "DATE", "PAST_REF"),
        ("A deal is expected soon.", "soon", "DATE", "FUTURE_REF"),
    ],
)
def test_types_durations_sets_and_references(
    text: str, expression: str, time_type: str, value: str
) -> None:
    assert times_of(text)[expression] == (time_type, value)


@pytest.mark.parametrize(
    ("text", "not_times"),
    [
        ("A 6-year-old boy was rescued.", ["6-year-old"]),
        ("The driver, 37 years old, fled.", ["37 years"]),
        ("Ambassador Carla May said the talks failed.", ["May"]),
        ("Jan Kavan, the foreign minister, resigned.", ["Jan"]),
        ("Prices fall when supply grows.", ["fall"]),
        ("The island ships in about three-quarters of its fuel.", ["about three-quarters"]),
        ("Send help as soon as possible.", ["soon"]),
        ("The contract is worth $2019 million.", ["2019"]),
    ],
)
def test_words_that_only_look_like_times(text: str, not_times: list[str]) -> None:
    found = times_of(text)
    for word in not_times:
        assert word not in found


def test_spans_leave_out_prepositions_but_keep_the_determiner_of_a_period() -> None:
    found = times_of("In January, output fell in the first nine months of trading.")
    assert "January" in found and "In January" not in found
    assert found["the first nine months"] == ("DURATION", "P9M")


def dated(text: str, published: str | None, trigger: str) -> tuple[Analysis, object]:
    article = article_from_text("Headline\n" + text, published=published)
    parse = load_nlp()(article.text)
    analysis = Analysis(article=article)
    analysis.times = find_times(parse, analysis)
    index = next(token.i for token in parse if token.text == trigger)
    return analysis, date_for_event(parse, index, analysis)


def test_event_date_from_its_own_clause() -> None:
    analysis, date = dated("Rebels attacked the town on 3 March 2021.", WEDNESDAY, "attacked")
    assert (date.value, date.granularity, date.source) == ("2021-03-03", "day", "text")
    assert analysis.article.text[date.start : date.end] == date.text == "3 March 2021"


def test_event_date_from_the_date_a_when_clause_modifies() -> None:
    text = (
        "Tensions have grown since 9 April 2019, when the army seized the port of the 2012 treaty."
    )
    _, date = dated(text, WEDNESDAY, "seized")
    assert date.value == "2019-04-09"


def test_event_date_passes_to_a_dependent_clause() -> None:
    _, date = dated(
        "Last month, the junta declared that it would expel the envoy.", WEDNESDAY, "expel"
    )
    assert (date.value, date.granularity) == ("2024-04", "month")


def test_a_date_of_another_sentence_is_not_the_events() -> None:
    """News moves between times without saying so: the clause's own date or the marked
    publication date, never an earlier sentence's date claimed as the text's. Told just
    after a time long past, the act is background: no date at all (events/dates.py)."""
    text = "Troops entered the city in May 2017. They seized the airport."
    _, date = dated(text, WEDNESDAY, "seized")
    assert date is None
    _, date = dated(
        "Troops entered the city on Monday. They seized the airport.", WEDNESDAY, "seized"
    )
    assert (date.value, date.source, date.text) == (WEDNESDAY, "published", None)


def test_an_event_noun_takes_the_time_of_its_own_phrase() -> None:
    _, date = dated(
        "A deadly March attack on the depot has alarmed officials.", WEDNESDAY, "attack"
    )
    assert (date.value, date.source, date.text) == ("2024-03", "text", "March")
    _, date = dated("The 2015 treaty angered the rebels.", WEDNESDAY, "angered")
    assert date.source == "published", "a year that names a thing does not date the clause"


def test_an_event_joined_to_one_named_in_passing_is_named_in_passing() -> None:
    text = "Lawmakers are angry with the blockade and the offensive against the rebels."
    _, date = dated(text, WEDNESDAY, "offensive")
    assert date is None


def test_a_clause_describing_a_noun_does_not_take_the_time_of_the_clause_around_it() -> None:
    text = "The activist was jailed on Monday in a move that Velorian officials condemned."
    _, date = dated(text, WEDNESDAY, "condemned")
    assert date.source == "published", "the jailing was on Monday, not the condemnation"
    text = "The activist was jailed in a move that Velorian officials condemned on Tuesday."
    _, date = dated(text, WEDNESDAY, "condemned")
    assert (date.value, date.text) == ("2024-05-07", "Tuesday")


def test_an_event_noun_a_verb_carries_is_not_named_in_passing() -> None:
    _, date = dated("The convoy came under attack near the border.", WEDNESDAY, "attack")
    assert (date.value, date.source) == (WEDNESDAY, "published")
    _, date = dated("The plan met with opposition from Veloria.", WEDNESDAY, "opposition")
    assert (date.value, date.source) == (WEDNESDAY, "published")


def test_an_event_told_in_the_present_perfect_has_no_day_of_its_own() -> None:
    _, date = dated("The council has banned the militia.", WEDNESDAY, "banned")
    assert date is None
    _, date = dated("The council has suffered attacks.", WEDNESDAY, "attacks")
    assert date is None
    _, date = dated("The council has banned the militia on Monday.", WEDNESDAY, "banned")
    assert date.source == "text"
    _, date = dated("Troops have been deployed to the border.", WEDNESDAY, "deployed")
    assert date.source == "published", "a passive perfect reports the day's news"


def test_event_date_falls_back_to_the_publication_date_and_says_so() -> None:
    _, date = dated("Police are questioning two men.", WEDNESDAY, "questioning")
    assert (date.value, date.source, date.text) == (WEDNESDAY, "published", None)
    _, date = dated("Police are questioning two men.", None, "questioning")
    assert date is None


def test_event_date_now_is_the_publication_day() -> None:
    _, date = dated("Right now, the two sides are negotiating.", WEDNESDAY, "negotiating")
    assert (date.value, date.source, date.text) == (WEDNESDAY, "text", "Right now")


def test_bad_publication_date_is_a_clear_error() -> None:
    article = Article("x", None, None, None, "13/04/2022", None, "On Monday it rained.")
    parse = load_nlp()(article.text)
    with pytest.raises(ValueError, match="13/04/2022"):
        find_times(parse, Analysis(article=article))


def test_founding_article(shared) -> None:
    text = (shared / "acceptance" / "seed-soleimani.txt").read_text(encoding="utf-8")
    expect = json.loads((shared / "acceptance" / "seed-soleimani.expect.json").read_text())
    assert expect["times"]
    for published in (expect["article"]["published"], None):
        article = article_from_text(text, published=published)
        parse = load_nlp()(article.text)
        found = {t.text: t.value for t in find_times(parse, Analysis(article=article))}
        for time in expect["times"]:
            if published is None and time["text"] == "Wednesday":
                assert found["Wednesday"] is None
            else:
                assert found[time["text"]] == time["value"], time["text"]


def write_gold(path, text: str, dct: str, timexes: list[tuple[str, str, str]]) -> None:
    records = []
    for expression, time_type, value in timexes:
        start = text.index(expression)
        records.append(
            {
                "text": expression,
                "start": start,
                "end": start + len(expression),
                "type": time_type,
                "value": value,
            }
        )
    path.write_text(json.dumps({"id": "doc-1", "dct": dct, "text": text, "timexes": records}))


def test_eval_times_scores_us_and_the_baseline(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    text = "The minister resigned on Monday. A new cabinet took office in March 2023."
    write_gold(
        gold, text, WEDNESDAY, [("Monday", "DATE", "2024-05-06"), ("March 2023", "DATE", "2023-03")]
    )
    assert main(["eval", "times", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "eventwire    value          1.000  1.000  1.000" in out
    assert "dateparser" in out


def test_eval_times_names_a_bad_gold_file(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "doc-1", "text": "On Monday."}\n')
    assert main(["eval", "times", "--gold", str(gold), "--no-baseline"]) == 2
    assert "doc-1" in capsys.readouterr().err


def test_baseline_values_take_the_granularity_of_the_matched_text() -> None:
    from datetime import datetime

    from eventwire.evaluate.times import baseline_value

    moment = datetime(1990, 9, 16, 17, 30)
    assert baseline_value("in September", moment) == "1990-09"
    assert baseline_value("1990", moment) == "1990"
    assert baseline_value("Sept. 16", moment) == "1990-09-16"
    assert baseline_value("Sunday", moment) == "1990-09-16"
    assert baseline_value("5:30 p.m.", moment) == "1990-09-16T17:30"


def test_overlapping_spans_pair_one_to_one() -> None:
    from eventwire.evaluate.times import Timex, match_overlapping

    gold = [Timex(0, 10, "1990"), Timex(12, 20, "1991")]
    predicted = [Timex(0, 4, "1990"), Timex(3, 15, "1991")]
    pairs = match_overlapping(gold, predicted)
    assert [(g.start, p.start) for g, p in pairs] == [(0, 0), (12, 3)]


def test_event_date_through_a_clause_describing_its_means_but_not_a_founding_year() -> None:
    _, date = dated(
        "He was killed in a strike ordered by the general in March 2021.", WEDNESDAY, "killed"
    )
    assert (date.value, date.text) == ("2021-03", "March 2021")
    _, date = dated(
        "The group, which was founded in 1998, claimed the attack.", WEDNESDAY, "claimed"
    )
    assert date.source == "published"


def test_event_date_reported_speech_each_clause_its_own_date() -> None:
    text = "On Monday, police said rebels had attacked the village on Saturday."
    assert dated(text, WEDNESDAY, "said")[1].value == "2024-05-06"
    assert dated(text, WEDNESDAY, "attacked")[1].value == "2024-05-04"


def test_vague_offsets_say_which_date_they_count_from() -> None:
    text = "The dam burst on 3 March 2021. Days later, the valley flooded. Years ago it had leaked."
    found = {t.text: t for t in tag_times(text, WEDNESDAY)}
    assert found["Days later"].value is None
    assert found["Days later"].reason == "an unstated number of days after 2021-03-03"
    assert found["Years ago"].value == "PAST_REF"
