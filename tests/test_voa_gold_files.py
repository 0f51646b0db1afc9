"""The VOA gold files (docs/gold-events.md) are what every real-news figure is scored against:
each must read with the scorer's own reader, and no story the coder is tuned on may sit in the
test gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.codebooks.events import cameo_codes, plover_for
from eventwire.evaluate.article_events import read_articles

GOLD = Path(__file__).parent / "data" / "voa_events"
TUNED_ON = ("dev.jsonl", "dev_extra.jsonl", "dev_second_annotation.jsonl")
TEST = ("test.jsonl", "test_second_annotation.jsonl")


def records(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]


def code_faults(record: dict[str, Any]) -> list[str]:
    """What docs/gold-events.md "Checking a file" finds wrong in a record's CAMEO codes: a code
    CAMEO does not have, or one whose root row (the 3-digit row for 08 and 175) in our
    `cameo_plover.tsv` gives another PLOVER type. Our table holds the 2021 conversion table's
    root rows and adds 02 (appeals) -> REQUEST, which the 2021 table leaves out."""
    faults = []
    for number, event in enumerate(record["events"]):
        code = str(event["cameo"])
        root = code[:3] if code.startswith(("08", "175")) else code[:2]
        if code not in cameo_codes() or plover_for(root)[0] != event["plover"]:
            faults.append(f"{record['id']} event {number}: {event['plover']} {code}")
    return faults


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


@pytest.mark.parametrize("name", TUNED_ON + TEST)
def test_every_gold_code_is_in_cameo_under_its_type(name: str) -> None:
    assert [fault for record in records(name) for fault in code_faults(record)] == []


def test_an_appeal_is_a_request_under_cameo_02_and_a_wrong_root_is_caught() -> None:
    text = "Tarvia urged Veldia to free the two sailors, and Veldia banned Tarvian fruit imports."
    events = [
        {"plover": "REQUEST", "cameo": "0253"},
        {"plover": "SANCTION", "cameo": "163"},
        {"plover": "ACCUSE", "cameo": "020"},
        {"plover": "REQUEST", "cameo": "029"},
    ]
    record = {"id": "invented-1", "text": text, "events": events}
    assert code_faults(record) == [
        "invented-1 event 2: ACCUSE 020",
        "invented-1 event 3: REQUEST 029",
    ]


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
