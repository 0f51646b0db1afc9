"""`eventwire articles|entities|events|quotes|places`: each filter, each format, fixed order."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from store_samples import ministers_meet, stored_samples, tanker_seizure, undated_flood

from eventwire.cli import main

TANKER, MEETING, FLOOD = (
    a.article.id for a in (tanker_seizure(), ministers_meet(), undated_flood())
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return stored_samples(tmp_path_factory.mktemp("query"))


def query(capsys, db: str, *arguments: str) -> list[dict]:
    """Run a query command with --format json and return its rows."""
    assert main([*arguments, "--db", db, "--format", "json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def triggers(rows: list[dict]) -> list[str]:
    return [row["event"]["trigger"]["text"] for row in rows]


def test_articles_in_date_order_with_undated_last(capsys, db) -> None:
    assert [row["id"] for row in query(capsys, db, "articles")] == [TANKER, MEETING, FLOOD]


def test_since_and_until_select_by_publication_date(capsys, db) -> None:
    assert [row["id"] for row in query(capsys, db, "articles", "--since", "2024-04")] == [MEETING]
    assert [row["id"] for row in query(capsys, db, "articles", "--until", "2024-03")] == [TANKER]
    assert query(capsys, db, "articles", "--since", "2024-03-06", "--until", "2024-04-19") == []
    rows = query(capsys, db, "articles", "--since", "2024-03-05", "--until", "2024-04-20")
    assert [row["id"] for row in rows] == [TANKER, MEETING]


def test_outlet_matches_in_any_case(capsys, db) -> None:
    rows = query(capsys, db, "events", "--outlet", "harbour gazette", "--modality", "all")
    assert {row["article"]["id"] for row in rows} == {MEETING}
    rows = query(capsys, db, "articles", "--outlet", "Harbour Gazette", "--outlet", "GULF COURIER")
    assert [row["id"] for row in rows] == [TANKER, MEETING]


def test_events_show_asserted_only_unless_asked(capsys, db) -> None:
    assert triggers(query(capsys, db, "events")) == ["seized", "condemned", "threatened", "met"]
    every = query(capsys, db, "events", "--modality", "all")
    assert triggers(every) == [
        "seized", "condemned", "threatened", "seize", "met", "sign", "sending troops",
    ]  # fmt: skip
    assert triggers(query(capsys, db, "events", "--modality", "negated")) == ["sending troops"]
    rows = query(capsys, db, "events", "--modality", "future,hypothetical")
    assert [(row["event"]["trigger"]["text"], row["event"]["modality"]) for row in rows] == [
        ("seize", "hypothetical"),
        ("sign", "future"),
    ]


def test_actor_is_a_code_prefix_over_sources_and_targets(capsys, db) -> None:
    # IRN matches IRNMIL (source of the seizure, target of the condemnation) and IRNGOV
    assert triggers(query(capsys, db, "events", "--actor", "IRN")) == [
        "seized",
        "condemned",
        "threatened",
    ]
    assert triggers(query(capsys, db, "events", "--actor", "irngov")) == ["threatened"]
    assert triggers(query(capsys, db, "events", "--actor", "GBR")) == ["condemned"]
    assert query(capsys, db, "events", "--actor", "IR%") == []  # wildcards are literal
    names = [row["entity"]["name"] for row in query(capsys, db, "entities", "--actor", "USA")]
    assert names == ["Washington"]
    rows = query(capsys, db, "articles", "--actor", "TUR")
    assert [row["id"] for row in rows] == [MEETING]


def test_code_is_a_cameo_prefix(capsys, db) -> None:
    assert triggers(query(capsys, db, "events", "--code", "17")) == ["seized"]
    assert triggers(query(capsys, db, "events", "--code", "17", "--modality", "all")) == [
        "seized",
        "seize",
    ]
    assert triggers(query(capsys, db, "events", "--code", "04")) == ["met"]
    assert [row["id"] for row in query(capsys, db, "articles", "--code", "15")] == []
    rows = query(capsys, db, "articles", "--code", "15", "--modality", "negated")
    assert [row["id"] for row in rows] == [MEETING]


def test_place_filters_by_country_and_bounding_box(capsys, db) -> None:
    assert triggers(query(capsys, db, "events", "--country", "irn")) == ["seized"]
    assert triggers(query(capsys, db, "events", "--bbox=-10,38,-9,39")) == ["met"]
    assert query(capsys, db, "events", "--bbox", "0,0,10,10") == []
    names = [row["place"]["name"] for row in query(capsys, db, "places", "--bbox", "50,20,60,30")]
    assert names == ["Jask"]
    # west > east crosses the antimeridian: 170E .. 10W holds Valmora, not Jask
    names = [row["place"]["name"] for row in query(capsys, db, "places", "--bbox", "170,-90,-5,90")]
    assert names == ["Valmora"]


def test_entity_type_and_name_filters(capsys, db) -> None:
    rows = query(capsys, db, "entities", "--type", "person")
    assert [row["entity"]["name"] for row in rows] == ["Ana Costa"]
    rows = query(capsys, db, "entities", "--name", "HAVEN")
    assert [row["entity"]["name"] for row in rows] == ["Norhaven"]


def test_quotes_by_speaker_and_speaker_actor(capsys, db) -> None:
    rows = query(capsys, db, "quotes", "--speaker", "costa")
    assert [row["quote"]["text"] for row in rows] == ["We will sign a trade pact next month."]
    assert query(capsys, db, "quotes", "--actor", "PRT") == rows
    assert query(capsys, db, "quotes", "--actor", "TUR") == []


def test_limit(capsys, db) -> None:
    assert triggers(query(capsys, db, "events", "--modality", "all", "--limit", "2")) == [
        "seized",
        "condemned",
    ]


def test_table_is_aligned_text(capsys, db) -> None:
    assert main(["events", "--db", db, "--actor", "USA"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "article", "published", "source", "cameo", "plover", "target", "modality", "trigger",
        "date", "place", "sentence",
    ]  # fmt: skip
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].split()[:7] == [TANKER, "2024-03-05", "USAGOV+GBRGOV", "111", "DISAPPROVE",
                                    "IRNMIL", "asserted"]  # fmt: skip
    assert lines[3] == "(1 row)"
    assert lines[2].index("USAGOV") == lines[0].index("source")


def test_csv_of_events_has_flat_event_columns(capsys, db) -> None:
    assert main(["events", "--db", db, "--format", "csv", "--actor", "GBR"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row["source_codes"] == "USAGOV|GBRGOV"
    assert row["sentence_text"] == "Washington and London condemned the seizure."
    assert row["cameo"] == "111"


def test_csv_of_entities(capsys, db) -> None:
    assert main(["entities", "--db", db, "--format", "csv", "--actor", "PRT"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        {
            "article": MEETING,
            "published": "2024-04-20",
            "name": "Ana Costa",
            "type": "PERSON",
            "actor": "PRTGOV",
            "mentions": "2",
        }
    ]


def test_same_query_same_output(capsys, db) -> None:
    outputs = []
    for _ in range(2):
        assert main(["events", "--db", db, "--modality", "all", "--format", "csv"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


def test_missing_database_is_a_clear_error(capsys, tmp_path: Path) -> None:
    absent = tmp_path / "absent.db"
    assert main(["events", "--db", str(absent)]) == 2
    assert f"{absent}: no such database" in capsys.readouterr().err
    assert not absent.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--since", "2024-13"], "no month 13"),
        (["--until", "last week"], "is not a date"),
        (["--bbox", "1,2,3"], "WEST,SOUTH,EAST,NORTH"),
        (["--modality", "asserterd"], "no modality 'asserterd'"),
        (["--limit", "0"], "1 or more"),
    ],
)
def test_bad_filter_values_are_refused(capsys, db, arguments, message) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["events", "--db", db, *arguments])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_places_leave_out_governments_unless_asked(tmp_path, capsys) -> None:
    story = tmp_path / "envoys.txt"
    story.write_text(
        "Envoys Gather\nTehran said on Monday that its envoys would meet officials in Lisbon.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "roles.db")
    assert main(["ingest", str(story), "--db", db]) == 0
    capsys.readouterr()
    assert [row["place"]["text"] for row in query(capsys, db, "places")] == ["Lisbon"]
    governments = query(capsys, db, "places", "--role", "government")
    assert [row["place"]["text"] for row in governments] == ["Tehran"]
    assert {row["place"]["text"] for row in query(capsys, db, "places", "--role", "all")} == {
        "Tehran",
        "Lisbon",
    }
