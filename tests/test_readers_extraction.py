"""`eventwire eval extraction`: snippet scoring as trafilatura's benchmark does it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.evaluate.extraction import score_snippets


def test_snippets_are_matched_with_whitespace_normalised() -> None:
    counts: Counter = Counter()
    record = {
        "expected_with": ["the harbour  was\nclosed", "ships waited offshore"],
        "expected_without": ["Subscribe now", "closed on Monday"],
    }
    score_snippets(counts, "On Monday the harbour was closed on Monday.", record)
    assert counts == Counter({"tp": 1, "fn": 1, "fp": 1, "tn": 1})


def test_eval_extraction_on_invented_pages(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    page = (
        "<html><head><title>Velm ferry resumes | Velm Post</title>"
        '<meta property="og:site_name" content="Velm Post">'
        '<meta property="article:published_time" content="2024-05-02"></head><body>'
        "<nav>Subscribe now</nav><article><h1>Velm ferry resumes</h1><p>The ferry across the "
        "Velm river resumed service on Thursday after two weeks of repairs, its operator "
        "said.</p><p>Passengers had used a bus detour through Orsk in the meantime.</p>"
        "</article></body></html>"
    )
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "p1",
        "url": "https://velmpost.example/ferry",
        "html": page,
        "expected_with": ["resumed service on Thursday", "a bus detour through Orsk"],
        "expected_without": ["Subscribe now"],
        "metadata_gold": {"title": "Velm ferry resumes", "date": "2024-05-02"},
    }
    gold.write_text(json.dumps(record) + "\n")
    assert main(["eval", "extraction", "--gold", str(gold), "--no-baseline"]) == 0
    output = capsys.readouterr().out
    assert "eventwire                 1.000  1.000  1.000      0" in output
    assert "title exact 1/1, date exact 1/1 (0 left unresolved)" in output


def test_eval_extraction_on_the_dev_pages(shared: Path, capsys: pytest.CaptureFixture) -> None:
    gold = shared / "dev" / "extraction_trafilatura.jsonl"
    assert main(["eval", "extraction", "--gold", str(gold), "--limit", "8", "--no-baseline"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("eventw"))
    f1, empty = (float(value) for value in row.split()[3:5])
    assert empty == 0 and f1 > 0.8, row
