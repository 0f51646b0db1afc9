from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire import Article, analyze, analyze_many
from eventwire.cli import main

STORY = (
    "Ministers Meet in Lisbon\n"
    "Reuters\n"
    "Portuguese Prime Minister Ana Costa met German Chancellor Paul Weber in Lisbon.\n"
    "Weber said the meeting went well.\n"
    "Discuss\n"
)


def assert_spans_hold(data: dict) -> None:
    text = data["article"]["text"]

    def walk(node):
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys() and node["start"] is not None:
                assert text[node["start"] : node["end"]] == node["text"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for key in ("entities", "events", "quotes", "times", "places", "quantities"):
        walk(data[key])


def test_headline_is_title_and_furniture_is_dropped() -> None:
    analysis = analyze(STORY, published="2024-05-02")
    article = analysis.article
    assert article.title == "Ministers Meet in Lisbon"
    assert article.text.startswith("Ministers Meet in Lisbon\n")
    assert article.outlet == "Reuters"
    assert "Discuss" not in article.text
    assert "\nReuters\n" not in article.text
    assert article.published == "2024-05-02"


def test_entities_carry_spans_that_hold() -> None:
    data = analyze(STORY).to_dict()
    names = {entity["name"] for entity in data["entities"]}
    assert {"Ana Costa", "Paul Weber", "Lisbon"} <= names
    assert_spans_hold(data)


def test_same_input_same_bytes() -> None:
    assert analyze(STORY).to_json() == analyze(STORY).to_json()
    assert analyze(STORY).article.id == analyze(STORY + "\n\n").article.id


def test_same_bytes_from_a_fresh_process_whatever_its_string_hash_seed() -> None:
    """Python salts string hashes per process: output must not follow set or dict order."""
    example = Path(__file__).parent.parent / "examples" / "harbour-clash.txt"
    command = "from eventwire.cli import main; raise SystemExit(main())"
    arguments = ["analyze", str(example), "--published", "2025-03-10", "--format", "json"]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", command, *arguments],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["events"]


def test_analyze_many_streams_in_order() -> None:
    texts = [STORY, "Second Story\nRain fell on Oslo on Tuesday."]
    results = list(analyze_many(texts, batch_size=1))
    assert [r.article.title for r in results] == ["Ministers Meet in Lisbon", "Second Story"]
    assert results[0].to_json() == analyze(STORY).to_json()


def test_analyze_accepts_an_article() -> None:
    article = analyze(STORY).article
    again = analyze(Article(**{**article.__dict__, "outlet": None}), outlet="Elsewhere")
    assert again.article.outlet == "Elsewhere"


def test_cli_json_contract(tmp_path, capsys) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main(["analyze", str(path), "--published", "2024-05-02", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"article", "entities", "events", "quotes", "times", "places"}
    assert set(data["article"]) >= {"id", "title", "outlet", "url", "published", "language"}
    assert data["article"]["published"] == "2024-05-02"
    assert_spans_hold(data)


def test_founding_article(shared) -> None:
    expect = json.loads((shared / "acceptance/seed-soleimani.expect.json").read_text())
    text = (shared / "acceptance/seed-soleimani.txt").read_text(encoding="utf-8")
    data = analyze(text, published="2022-04-13").to_dict()
    assert data["article"]["title"] == expect["article"]["headline"]
    assert data["article"]["outlet"] == expect["article"]["outlet"]
    lines = data["article"]["text"].split("\n")
    for furniture in expect["article"]["not_content_lines"]:
        assert furniture not in lines
    assert_spans_hold(data)
    names = {entity["name"] for entity in data["entities"]}
    wanted = {e["name"] for e in expect["entities"] if e["type"] in {"PERSON", "ORG"}}
    missing = {name for name in wanted if not any(name.lower() in n.lower() for n in names)}
    assert not missing, missing
    by_name = {entity["name"].lower(): entity for entity in data["entities"]}
    for expected in expect["entities"]:
        found = by_name[expected["name"].lower()]
        assert found["actor"].startswith(expected["actor"].split()[0]), (found, expected)
        mentions = {mention["text"] for mention in found["mentions"]}
        assert set(expected.get("aliases", [])) <= mentions, (expected["name"], mentions)


def test_cli_rejects_an_article_over_max_bytes_and_goes_on(tmp_path, capsys) -> None:
    small = tmp_path / "small.txt"
    small.write_text("Brief Note\nRain in Oslo.\n", encoding="utf-8")
    large = tmp_path / "large.txt"
    large.write_text(STORY * 20, encoding="utf-8")
    code = main(["analyze", str(large), str(small), "--max-bytes", "500", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1
    assert str(large) in captured.err and "limit" in captured.err
    assert [json.loads(line)["article"]["title"] for line in captured.out.splitlines()] == [
        "Brief Note"
    ]


DATED_STORY = (
    "Talks Resume in Geneva\n"
    "Envoys met in Geneva on Tuesday and will meet again next month, officials said yesterday.\n"
)
SAME_DAY = ("2025-03-10", "March 10, 2025", "10 March 2025 14:00 UTC")


def time_values(analysis) -> list[tuple[str, str | None]]:
    return [(time.text, time.value) for time in analysis.times]


def test_published_reads_the_same_in_every_written_form() -> None:
    analyses = [analyze(DATED_STORY, published=written) for written in SAME_DAY]
    assert {analysis.article.published for analysis in analyses} == {"2025-03-10"}
    assert time_values(analyses[0])
    assert all(time_values(analysis) == time_values(analyses[0]) for analysis in analyses)


def test_analyze_many_normalises_the_dates_of_articles() -> None:
    article = analyze(DATED_STORY).article
    written = Article(**{**article.__dict__, "published": "March 10, 2025"})
    [analysis] = analyze_many([written])
    assert analysis.to_json() == analyze(DATED_STORY, published="2025-03-10").to_json()


def test_cli_reads_published_as_analyze_does(tmp_path, capsys) -> None:
    path = tmp_path / "story.txt"
    path.write_text(DATED_STORY, encoding="utf-8")
    assert main(["analyze", str(path), "--published", "10 March 2025", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = analyze(DATED_STORY, published="March 10, 2025").to_dict()
    assert data["article"]["published"] == "2025-03-10"
    assert data["times"] == expected["times"] and data["events"] == expected["events"]


def test_unreadable_published_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"publication date 'the ides of March' cannot be read: "):
        analyze(DATED_STORY, published="the ides of March")
    article = analyze(DATED_STORY).article
    with pytest.raises(ValueError, match=r"publication date '2025-13-01' cannot be read: month"):
        list(analyze_many([Article(**{**article.__dict__, "published": "2025-13-01"})]))
