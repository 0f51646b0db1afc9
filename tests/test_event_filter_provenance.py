"""The shipped event filter was trained from the labels in the repository: its table names the
first lines of `scripts/event_filter_labels.tsv` it learned from and their sha256, and the
training script refuses rows those labels do not give, so a table trained on other labels (or
labels edited since) is caught here rather than shipped unseen."""

import hashlib
import re
import sys
from pathlib import Path

import pytest

from eventwire.codebooks import codebook_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from judged_events import DRAW_COMMENT, LABELS
from train_event_filter import check_rows_labelled, labels_prefix

LABELS_LINE = re.compile(
    r"^# labels: the first (\d+) lines of scripts/event_filter_labels\.tsv, "
    r"sha256 ([0-9a-f]{64});$",
    re.MULTILINE,
)
DRAWS_LINE = re.compile(r"^# random draws among them: (.+) \(any later draw", re.MULTILINE)


def test_the_shipped_table_names_a_prefix_of_the_repository_labels_and_its_draws() -> None:
    header = codebook_path("event_filter.tsv").read_text(encoding="utf-8")
    found = LABELS_LINE.search(header)
    assert found, "the table does not name the labels it was trained from"
    lines = LABELS.read_text(encoding="utf-8").splitlines(keepends=True)[: int(found[1])]
    prefix = "".join(lines)
    assert hashlib.sha256(prefix.encode()).hexdigest() == found[2]
    draws = DRAWS_LINE.search(header)
    assert draws and set(draws[1].split(", ")) == set(DRAW_COMMENT.findall(prefix))


def test_labels_that_are_not_the_repository_labels_are_refused(tmp_path: Path) -> None:
    first_lines = "".join(LABELS.read_text(encoding="utf-8").splitlines(keepends=True)[:3])
    prefix = tmp_path / "prefix.tsv"
    prefix.write_text(first_lines, encoding="utf-8")
    assert labels_prefix(prefix) == (3, hashlib.sha256(first_lines.encode()).hexdigest())
    edited = tmp_path / "edited.tsv"
    edited.write_text(first_lines + "judged-x\tstory-1\t10\t18\tASSAULT\tright\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not the first lines"):
        labels_prefix(edited)


LABEL = {"set": "judged-x", "id": "story-1", "start": "10", "type": "ASSAULT"}


def row(verdict: str, draw: str = "draw9", row_set: str = "judged-x") -> dict:
    return {"set": row_set, "id": "story-1", "start": 10, "type": "ASSAULT"} | {
        "verdict": verdict,
        "draw": draw,
    }


def test_a_row_the_labels_do_not_give_is_refused() -> None:
    labels = [LABEL | {"verdict": "right", "draw": "draw9"}]
    check_rows_labelled([row("right"), row("no event", draw="", row_set="voa-gold")], labels)
    for changed in (row("no event"), row("right", draw="draw10")):
        with pytest.raises(ValueError, match="judged-x/story-1/10 ASSAULT"):
            check_rows_labelled([changed], labels)
