"""Test fixtures are sentences we write, never development data with a few words changed: every
string in tests/ is checked for a run of seven words shared with `../shared/dev` or
`../shared/reference` (scripts/fixture_overlap.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "fixture_overlap.py"


def overlap(shared: Path, *tests: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--shared", str(shared), *map(str, tests)],
        capture_output=True,
        text=True,
    )


def test_no_test_string_follows_a_development_sentence(shared: Path) -> None:
    found = overlap(shared, REPO / "tests")
    assert (found.returncode, found.stdout) == (0, "")


def test_a_development_sentence_with_its_names_changed_is_listed(
    shared: Path, tmp_path: Path
) -> None:
    with (shared / "dev" / "quotes_polnear_dev.jsonl").open(encoding="utf-8") as lines:
        record = next(lines)
    one_file = tmp_path / "shared" / "dev" / "quotes_polnear_dev.jsonl"
    one_file.parent.mkdir(parents=True)
    one_file.write_text(record, encoding="utf-8")
    words = json.loads(record)["text"].split()[20:40]
    words[0], words[-1] = "Ruritania", "Zembla"
    fixture = tmp_path / "test_borrowed.py"
    fixture.write_text(f"TEXT = {' '.join(words)!r}\n", encoding="utf-8")
    found = overlap(tmp_path / "shared", fixture)
    assert found.returncode == 1
    assert found.stdout.startswith(f"{fixture}:1\n    dev/quotes_polnear_dev.jsonl: ")
