"""The learned event filter: at the shipped threshold a company's bid is no event a coder
writes and a rebel attack is; threshold 0 and coding every article keep both; what it leaves
out is recorded on the article with its probability; a broken weights table or threshold
fails with its name."""

from pathlib import Path

import pytest
from news_events import FILTERED_BID_NEWS

from eventwire.annotate.events.judgement import event_features
from eventwire.annotate.events.setting import story_country
from eventwire.annotate.events.stage import coded_groups
from eventwire.codebooks.event_filter import event_filter, read_event_filter
from eventwire.headline_case import parse_articles
from eventwire.pipeline import analyze, run_stages, staged_analysis, to_article
from eventwire.records import Analysis
from eventwire.render import render_pretty
from eventwire.settings import Settings


def asserted(settings: Settings) -> list[tuple[str, str]]:
    analysis = analyze(FILTERED_BID_NEWS, "2024-03-04", settings=settings)
    assert analysis.article.news.public_affairs
    return [(e.trigger.text, e.plover["type"]) for e in analysis.events if e.modality == "asserted"]


def test_the_shipped_threshold_drops_a_company_bid_and_keeps_an_attack() -> None:
    assert asserted(Settings()) == [("attacked", "ASSAULT")]


@pytest.mark.parametrize(
    "settings",
    [Settings(event_filter_threshold=0), Settings(code_every_article=True)],
    ids=["threshold 0", "every article"],
)
def test_the_filter_off_keeps_both(settings: Settings) -> None:
    assert asserted(settings) == [("offers", "AGREE"), ("attacked", "ASSAULT")]


def test_an_event_left_out_is_recorded_with_its_probability() -> None:
    analysis = analyze(FILTERED_BID_NEWS, "2024-03-04", settings=Settings())
    (withheld,) = analysis.article.news.withheld
    assert (withheld.trigger.text, withheld.plover_type) == ("offers", "AGREE")
    assert FILTERED_BID_NEWS[withheld.trigger.start : withheld.trigger.end] == "offers"
    assert withheld.probability < withheld.threshold == event_filter().threshold
    assert "withheld by the event filter: 'offers' AGREE" in render_pretty(analysis)
    data = analysis.to_dict()
    assert data["article"]["news"]["withheld"][0]["trigger"]["text"] == "offers"
    assert Analysis.from_dict(data).to_dict() == data


def test_nothing_is_withheld_with_the_filter_off() -> None:
    analysis = analyze(FILTERED_BID_NEWS, "2024-03-04", settings=Settings(event_filter_threshold=0))
    assert analysis.article.news.withheld == []


def test_the_shipped_table_is_on_and_weighs_a_coded_doer_for_an_event() -> None:
    shipped = event_filter()
    assert 0 < shipped.threshold < 0.5
    assert shipped.model.weights["doer_coded=True"] > 0 > shipped.model.weights["doer_coded=False"]


@pytest.mark.parametrize("threshold", [1.0, -0.1, "0.4"])
def test_a_threshold_out_of_range_is_refused(threshold: object) -> None:
    with pytest.raises(ValueError, match="event_filter_threshold"):
        Settings(event_filter_threshold=threshold)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("feature\tweight\n(bias)\t0.5\n", "threshold"),
        ("# threshold: 1.5\nfeature\tweight\n(bias)\t0.5\n", "threshold"),
        ("# threshold: half\nfeature\tweight\n(bias)\t0.5\n", "threshold"),
        ("# threshold: 0.4\nfeature\tweight\n(bias)\t0.5\ntype=AID\tstrong\n", "filter.tsv:4"),
    ],
)
def test_a_malformed_table_names_the_file(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "filter.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=reason) as raised:
        read_event_filter(path)
    assert str(path) in str(raised.value)


def filter_features(text: str) -> dict[str, tuple[list[str], list[str]]]:
    """First trigger -> (every mention's trigger, the features the filter weighs) of each
    group of mentions, read as `scripts/train_event_filter.py` reads them."""
    article = to_article(text, "2025-03-12")
    (parse,) = parse_articles([article.text])
    with staged_analysis(article, parse) as analysis:
        run_stages(parse, analysis, until="events")
        context, groups = coded_groups(parse, analysis, story_country(analysis))
        return {
            group[0].trigger.text: (
                [m.trigger.text for m in group],
                event_features(context, group),
            )
            for group in groups
        }


def test_an_act_named_again_only_in_passing_is_told_once() -> None:
    """The filter reads a record told twice as likelier real; a noun named in passing with no
    doer ("who once wept over the arrest") folds into the act's record but tells it no second
    time, so it must not lift a false event over the threshold. A second telling counts."""
    first = "Police in Zanbar arrested the editor of the Dorvan Times on Monday, officials said. "
    passing = "His sister, who once wept over the arrest, spoke to reporters on Tuesday."
    again = "The arrest took place at his home, his sister told reporters."
    triggers, features = filter_features(first + passing)["arrested"]
    assert triggers == ["arrested", "arrest"]
    assert "mentions=1" in features
    triggers, features = filter_features(first + again)["arrested"]
    assert triggers == ["arrested", "arrest"]
    assert "mentions=2" in features
