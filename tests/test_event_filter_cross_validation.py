"""`train_event_filter.py cross-validate` scores the shipped table on the same held-out rows as
each retrained model: whether a retrained table ships is decided against the table users run,
fold by fold (a draw judged after the table is the one place it is out of sample)."""

import json
import sys
from pathlib import Path

import pytest

from eventwire.codebooks.event_filter import event_filter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from train_event_filter import THRESHOLDS, cross_validate

LIKELY = ["lemma=kill", "tag=VBD", "auxiliary=were", "type=ASSAULT"]
UNLIKELY = ["lemma=support", "tag=VBZ", "cameo_root=08", "auxiliary=that", "governor=at"]
MIXED = ["lemma=support", "tag=VBD"]


def row(label_set: str, draw: str, features: list[str], right: bool, coded: bool = True) -> dict:
    verdict = "right" if right else "no_event"
    return {
        "set": label_set,
        "id": "a1",
        "start": 0,
        "type": "ASSAULT",
        "draw": draw,
        "coded": coded,
        "verdict": verdict,
        "features": features,
    }


ROWS = [
    row("judged-wire", "", LIKELY, True),
    row("judged-wire", "", UNLIKELY, False),
    row("judged-wire", "", MIXED, True),
    row("judged-wire", "draw30", LIKELY, True),
    row("judged-wire", "draw30", UNLIKELY, False),
    row("judged-wire", "draw30", MIXED, False),
    row("judged-wire", "draw30", UNLIKELY, False, coded=False),
    row("judged-web", "draw31", LIKELY, False),
    row("judged-web", "draw31", UNLIKELY, True),
    row("judged-web", "", MIXED, False),
]


def shipped_cells(rows: list[dict]) -> list[str]:
    """What the shipped table removes and loses on the scored (coded) rows, per threshold."""
    scores = [
        (event_filter().model.probability(r["features"]), r["verdict"] == "right")
        for r in rows
        if r["coded"]
    ]
    return [
        f"{sum(1 for p, right in scores if p < t and not right):>3}/"
        f"{sum(1 for p, right in scores if p < t and right):<3}"
        for t in THRESHOLDS
    ]


@pytest.fixture
def printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    features = tmp_path / "features.jsonl"
    features.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    cross_validate(features, l2=3.0)
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("held", ["draw30", "draw31", "judged-web"])
def test_each_fold_prints_the_shipped_table_on_its_rows(printed: list[str], held: str) -> None:
    at = next(i for i, line in enumerate(printed) if line.startswith(held))
    shipped = next(line for line in printed[at + 1 :] if line.lstrip().startswith("shipped"))
    held_rows = [r for r in ROWS if held in (r["set"], r["draw"])]
    assert shipped.split()[3:] == [cell.strip() for cell in shipped_cells(held_rows)]


def test_the_shipped_totals_add_up_its_folds(printed: list[str]) -> None:
    totals = [line for line in printed if line.startswith("shipped ")]
    every_set = shipped_cells(ROWS)
    assert totals[0].split()[1:] == [cell.strip() for cell in every_set]
