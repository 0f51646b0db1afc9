"""`export --format gdelt` writes GDELT 2.0 Events rows, checked against lines written by hand
from the published codebook (GDELT Event Codebook V2.0)."""

from __future__ import annotations

from pathlib import Path

from store_samples import samples, tanker_seizure

from eventwire.cli import main
from eventwire.export import dataset_rows
from eventwire.gdelt import GDELT_COLUMNS, gdelt_rows
from eventwire.store import Store

NO_GEOGRAPHY = ["0"] + [""] * 7
NO_ACTOR = [""] * 10
UNCODED_ACTOR = lambda name: ["", name] + [""] * 8  # noqa: E731

SEIZURE = [
    *["20240304", "202403", "2024", "2024.1753"],
    *["IRNMIL", "IRANIAN NAVAL FORCES", "IRN", "", "", "", "", "MIL", "", ""],
    *UNCODED_ACTOR("A LIBERIAN-FLAGGED TANKER"),
    *["0", "171", "171", "17", "4", "-9.2", "1", "1", "1", ""],
    *NO_GEOGRAPHY,
    *NO_GEOGRAPHY,
    *["4", "Jask, Iran", "IR", "", "", "25.64", "57.77", ""],
    *["", "https://example.org/tanker"],
]
"""Iranian naval forces seized a tanker near Jask on Monday: a world city in Iran (FIPS IR);
the tanker has no actor code, so only its name is filled."""

CONDEMNATION_BY = {
    "USAGOV": ["USAGOV", "WASHINGTON", "USA", "", "", "", "", "GOV", "", ""],
    "GBRGOV": ["GBRGOV", "LONDON", "GBR", "", "", "", "", "GOV", "", ""],
}
CONDEMNATION_REST = [
    *["IRNMIL", "IRANIAN NAVAL FORCES", "IRN", "", "", "", "", "MIL", "", ""],
    *["0", "111", "111", "11", "3", "-2.0", "1", "1", "1", ""],
    *NO_GEOGRAPHY,
    *NO_GEOGRAPHY,
    *NO_GEOGRAPHY,
    *["", "https://example.org/tanker"],
]
"""Washington and London condemned the seizure: one row per source (GDELT events are
dyadic), no date or place of its own."""


def lines_of(tmp_path: Path, *args: str) -> list[list[str]]:
    output = tmp_path / "events.tsv"
    assert main(["export", "--db", str(tmp_path / "events.db"), "--format", "gdelt",
                 "--output", str(output), *args]) == 0  # fmt: skip
    return [line.split("\t") for line in output.read_text(encoding="utf-8").splitlines()]


def test_rows_match_the_lines_written_from_the_codebook(tmp_path: Path) -> None:
    with Store(tmp_path / "events.db") as store:
        store.add(tanker_seizure())
    rows = lines_of(tmp_path)
    assert all(len(row) == len(GDELT_COLUMNS) == 61 for row in rows)
    seizure, *condemnations, threat = rows
    assert seizure[1:] == SEIZURE
    assert [row[1:] for row in condemnations] == [
        ["", "", "", "", *CONDEMNATION_BY[code], *CONDEMNATION_REST]
        for code in ("USAGOV", "GBRGOV")
    ]
    assert threat[5:7] == ["IRNGOV", "OFFICIALS IN TEHRAN"] and threat[15:25] == NO_ACTOR
    ids = [row[0] for row in rows]
    assert all(event_id.isdigit() for event_id in ids) and len(set(ids)) == len(ids)


def test_only_asserted_events_become_rows(tmp_path: Path) -> None:
    for analysis in samples():
        tables = dataset_rows(analysis)
        asserted = sum(
            max(1, sources) * max(1, targets)
            for event in analysis.events
            if event.modality == "asserted"
            for sources, targets in [(len(event.source), len(event.target))]
        )
        assert len(gdelt_rows(tables)) == asserted


def test_article_filters_select_the_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "events.db") as store:
        for analysis in samples():
            store.add(analysis)
    everything = lines_of(tmp_path)
    later = lines_of(tmp_path, "--since", "2024-03-06")
    assert later and len(later) < len(everything)
    assert all(row in everything and row[60] != "https://example.org/tanker" for row in later)
