"""The VOA gold files (docs/gold-events.md) are what every real-news figure is scored against:
each must read with the scorer's own reader, and no story the coder is tuned on may sit in the
test gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.article_events import read_articles

GOLD = Path(__file__).parent / "data" / "voa_events"
TUNED_ON = ("dev.jsonl", "dev_extra.jsonl", "dev_second_annotation.jsonl")
TEST = ("test.jsonl", "test_second_annotation.jsonl")


def records(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]


def split_of() -> dict[str, str]:
    rows = [
        line.split("\t")
        for line in (GOLD / "split.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    return {row[0]: row[1] for row in rows[1:]}


@pytest.mark.parametrize("name", TUNED_ON + TEST)
def test_every_gold_file_reads_with_the_scorer(name: str) -> None:
    articles = read_articles(name, records(name))
    assert articles and all(article.text for article in articles)


def test_no_story_tuned_on_is_in_the_test_gold() -> None:
    tuned = {record["id"] for name in TUNED_ON for record in records(name)}
    tested = {record["id"] for name in TEST for record in records(name)}
    assert tested and not tuned & tested


def test_the_test_gold_holds_only_test_half_stories() -> None:
    split = split_of()
    assert {split[record["id"]] for name in TEST for record in records(name)} == {"test"}


def test_the_dev_gold_holds_every_dev_half_story() -> None:
    split = split_of()
    dev_half = {story for story, half in split.items() if half == "dev"}
    assert {record["id"] for record in records("dev.jsonl")} == dev_half
