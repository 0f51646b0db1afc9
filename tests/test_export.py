"""`eventwire export`: JSON Lines analyses, flat event rows in CSV and Parquet, same bytes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from store_samples import ministers_meet, samples, stored_samples, tanker_seizure

from eventwire.cli import main
from eventwire.export import EVENT_COLUMNS
from eventwire.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    # stored in another order than they come out
    return stored_samples(tmp_path_factory.mktemp("export"), reversed(samples()))


def export(capsys, db: str, *arguments: str) -> str:
    assert main(["export", "--db", db, *arguments]) == 0
    return capsys.readouterr().out


def test_jsonl_of_all_modalities_reproduces_the_analyses(capsys, db) -> None:
    lines = export(capsys, db, "--format", "jsonl", "--modality", "all").splitlines()
    assert lines == [analysis.to_json() for analysis in samples()]


def test_jsonl_carries_asserted_events_by_default(capsys, db) -> None:
    first = json.loads(export(capsys, db).splitlines()[0])
    assert [event["trigger"]["text"] for event in first["events"]] == [
        "seized",
        "condemned",
        "threatened",
    ]
    assert first["entities"] == tanker_seizure().to_dict()["entities"]


def test_csv_has_one_row_per_asserted_event(capsys, db) -> None:
    rows = list(csv.DictReader(io.StringIO(export(capsys, db, "--format", "csv"))))
    assert [row["trigger_text"] for row in rows] == ["seized", "condemned", "threatened", "met"]
    assert list(rows[0]) == [name for name, _ in EVENT_COLUMNS]
    seizure, condemnation, _, meeting = rows
    assert seizure["url"] == "https://example.org/tanker"
    assert seizure["sentence_text"] == (
        "Iranian naval forces seized a Liberian-flagged tanker near Jask on Monday."
    )
    text = tanker_seizure().article.text
    start, end = int(seizure["trigger_start"]), int(seizure["trigger_end"])
    assert text[start:end] == "seized"
    assert (seizure["date_value"], seizure["date_granularity"]) == ("2024-03-04", "day")
    assert (seizure["place_name"], seizure["place_country"]) == ("Jask", "IRN")
    assert float(seizure["place_lat"]) == 25.64
    assert seizure["target_codes"] == ""  # an unresolved actor keeps its text, no code
    assert seizure["target_texts"] == "a Liberian-flagged tanker"
    assert condemnation["source_codes"] == "USAGOV|GBRGOV"
    assert condemnation["source_texts"] == "Washington|London"
    assert (meeting["outlet"], meeting["published"]) == ("Harbour Gazette", "2024-04-20")


def test_csv_with_all_modalities_says_who_asserted_what(capsys, db) -> None:
    rows = list(csv.DictReader(io.StringIO(export(capsys, db, "--format=csv", "--modality=all"))))
    assert [(row["trigger_text"], row["modality"]) for row in rows][-3:] == [
        ("met", "asserted"),
        ("sign", "future"),
        ("sending troops", "negated"),
    ]
    assert rows[-2]["asserted_by"] == "Ana Costa"


def test_dyads_split_compound_actors(capsys, db) -> None:
    rows = list(csv.DictReader(io.StringIO(export(capsys, db, "--format", "csv", "--dyads"))))
    dyads = [(row["trigger_text"], row["source_code"], row["target_code"]) for row in rows]
    assert dyads == [
        ("seized", "IRNMIL", ""),
        ("condemned", "USAGOV", "IRNMIL"),
        ("condemned", "GBRGOV", "IRNMIL"),
        ("threatened", "IRNGOV", ""),
        ("met", "PRTGOV", "TURGOV"),
    ]
    assert "source_codes" not in rows[0]


def test_parquet_keeps_lists_and_types(capsys, db, tmp_path: Path) -> None:
    output = tmp_path / "events.parquet"
    arguments = ["--format", "parquet", "--output", str(output), "--modality", "all"]
    assert main(["export", "--db", db, *arguments]) == 0
    assert f"7 event rows to {output}" in capsys.readouterr().err
    table = pq.read_table(output)
    assert table.schema.field("source_codes").type == pa.list_(pa.string())
    assert table.schema.field("goldstein").type == pa.float64()
    assert table.column_names == [name for name, _ in EVENT_COLUMNS]
    rows = table.to_pylist()
    assert len(rows) == 7
    assert rows[1]["source_codes"] == ["USAGOV", "GBRGOV"]
    assert rows[0]["target_codes"] == [None]
    assert rows[0]["goldstein"] == -9.2
    assert not (tmp_path / "events.parquet.partial").exists()


def test_same_database_same_bytes(capsys, db, tmp_path: Path) -> None:
    for export_format in ("jsonl", "csv", "parquet"):
        outputs = []
        for copy in ("a", "b"):
            output = tmp_path / f"{copy}.{export_format}"
            export(capsys, db, "--format", export_format, "--output", str(output))
            outputs.append(output.read_bytes())
        assert outputs[0] == outputs[1]
        assert outputs[0]


def test_database_filled_in_another_order_exports_the_same(capsys, db, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with Store(other) as store:
        for analysis in samples():
            store.add(analysis)
    assert export(capsys, str(other), "--format", "csv") == export(capsys, db, "--format", "csv")


def test_export_filters_by_outlet_and_date(capsys, db) -> None:
    lines = export(capsys, db, "--outlet", "harbour gazette").splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == [ministers_meet().article.id]
    rows = list(csv.DictReader(io.StringIO(export(capsys, db, "--format=csv", "--until=2024-03"))))
    assert {row["article_id"] for row in rows} == {tanker_seizure().article.id}


def test_empty_parquet_export_still_has_the_columns(capsys, db, tmp_path: Path) -> None:
    output = tmp_path / "none.parquet"
    export(capsys, db, "--format", "parquet", "--output", str(output), "--since", "2030")
    table = pq.read_table(output)
    assert table.num_rows == 0
    assert table.column_names == [name for name, _ in EVENT_COLUMNS]


def test_parquet_needs_an_output_file(capsys, db) -> None:
    assert main(["export", "--db", db, "--format", "parquet"]) == 2
    assert "--output" in capsys.readouterr().err


def test_dyads_do_not_apply_to_jsonl(capsys, db) -> None:
    assert main(["export", "--db", db, "--dyads"]) == 2
    assert "--dyads" in capsys.readouterr().err


def test_output_in_a_missing_folder_is_a_clear_error(capsys, db, tmp_path: Path) -> None:
    output = tmp_path / "absent" / "events.csv"
    assert main(["export", "--db", db, "--format", "csv", "--output", str(output)]) == 2
    assert f"{output}: folder {output.parent} does not exist" in capsys.readouterr().err


def test_rows_say_which_rule_coded_an_actor(capsys, tmp_path: Path) -> None:
    """A code found from words other than the actor's own (the story's setting) names its rule
    in the flat rows, so a user can drop such codes; one from its own words says "words"."""
    from eventwire import analyze

    path = tmp_path / "setting.db"
    with Store(path) as store:
        store.add(
            analyze(
                "Prosecutors charge three men in Lima\n\n"
                "LIMA, Peru (Harbour Gazette) — Peruvian police detained three men on Monday. "
                "Prosecutors charged the men with rioting."
            )
        )
    rows = list(csv.DictReader(io.StringIO(export(capsys, str(path), "--format", "csv"))))
    by_trigger = {row["trigger_text"]: row for row in rows}
    assert by_trigger["charged"]["source_codes"] == "PERJUD"
    assert by_trigger["charged"]["source_code_rules"] == "setting"
    assert by_trigger["detained"]["source_codes"] == "PERCOP"
    assert by_trigger["detained"]["source_code_rules"] == "words"
    dyads = list(csv.DictReader(io.StringIO(export(capsys, str(path), "--format=csv", "--dyads"))))
    assert [row["source_code_rule"] for row in dyads if row["trigger_text"] == "charged"] == [
        "setting"
    ]
