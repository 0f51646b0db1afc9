"""Settings are built at the edge and passed down: the environment is read by the CLI alone."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from eventwire import Settings, analyze, analyze_many
from eventwire.cli import main
from eventwire.records import Analysis
from eventwire.settings import in_force

TEXT = "Clashes\nThe Blue Heron Collective attacked a police station in Oslo, officials said.\n"


@pytest.fixture
def actor_table(tmp_path: Path) -> Path:
    path = tmp_path / "actors.tsv"
    path.write_text("code\tname\taliases\nNORREB\tBlue Heron Collective\tBHC\n", encoding="utf-8")
    return path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def source_codes(analysis: Analysis) -> list[str | None]:
    codes = [actor.code for event in analysis.events for actor in event.source]
    assert codes, "the text has an event with a source"
    return codes


def test_an_actor_table_in_the_settings_codes_the_actor_it_names(actor_table: Path) -> None:
    settings = Settings(actor_tables=[actor_table])
    assert source_codes(analyze(TEXT, settings=settings)) == ["NORREB"]
    assert source_codes(analyze(TEXT)) == [None]
    assert source_codes(analyze(TEXT, settings=settings)) == ["NORREB"], "no run leaks into another"


def test_calls_inside_in_force_use_its_settings(actor_table: Path) -> None:
    """How a caller that runs the stages itself (as `eventwire eval` does) hands settings down."""
    with in_force(Settings(actor_tables=[actor_table])):
        assert source_codes(analyze(TEXT)) == ["NORREB"]
    assert source_codes(analyze(TEXT)) == [None]


def test_the_environment_is_read_by_the_cli_alone(
    actor_table: Path, article: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("EVENTWIRE_ACTOR_TABLES", str(actor_table))
    assert main(["analyze", str(article), "--format", "json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    stored = Analysis.from_dict(json.loads(line))
    assert source_codes(stored) == ["NORREB"]
    assert source_codes(analyze(TEXT)) == [None], "a Python caller gets what it passes, no more"


def test_the_cli_stores_where_the_environment_says(
    actor_table: Path, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    database = tmp_path / "from-environment.db"
    monkeypatch.setenv("EVENTWIRE_DB", str(database))
    monkeypatch.setenv("EVENTWIRE_ACTOR_TABLES", str(actor_table))
    assert main(["ingest", str(article)]) == 0
    assert database.is_file()
    capsys.readouterr()
    assert main(["events", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows
    assert [row["source_codes"] for row in rows] == ["NORREB"]


def test_a_missing_table_in_the_environment_stops_the_cli_naming_it(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("EVENTWIRE_ACTOR_TABLES", str(tmp_path / "nowhere.tsv"))
    assert main(["analyze", str(article)]) == 2
    assert "nowhere.tsv: no such file" in capsys.readouterr().err


def test_lists_of_paths_in_the_environment_split_on_the_path_separator() -> None:
    settings = Settings.from_environment(
        {"EVENTWIRE_ACTOR_TABLES": f"a.tsv{os.pathsep}b.txt", "EVENTWIRE_DB": "news.db"}
    )
    assert settings.actor_tables == (Path("a.tsv"), Path("b.txt"))
    assert settings.event_patterns == ()
    assert settings.database == "news.db"
    assert Settings.from_environment({}) == Settings()


def test_the_settings_reach_worker_processes(actor_table: Path) -> None:
    texts = [TEXT, "Talks\nBHC leaders attacked the plan in Bergen, officials said.\n"]
    settings = Settings(actor_tables=[actor_table])
    parallel = list(analyze_many(texts, batch_size=1, workers=2, settings=settings))
    assert [source_codes(analysis) for analysis in parallel] == [["NORREB"], ["NORREB"]]
    alone = [analysis.to_json() for analysis in analyze_many(texts, settings=settings)]
    assert [analysis.to_json() for analysis in parallel] == alone
