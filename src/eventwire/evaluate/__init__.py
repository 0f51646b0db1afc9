"""Evaluation commands: each module scores one stage against a gold file and prints P/R/F1.

A module exposes `add_arguments(parser)` and `run(args) -> int` (the exit code).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TASKS = ("events", "news", "quotes", "times", "places", "extraction", "actors", "stories")


class GoldFileError(ValueError):
    """A gold file that cannot be read: names the file, the line and the reason."""


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSON Lines gold file, failing with the file and line number on bad input."""
    path = Path(path)
    if not path.is_file():
        raise GoldFileError(f"{path}: no such gold file")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFileError(f"{path}:{number}: not valid JSON ({error.msg})") from None
            if not isinstance(record, dict):
                raise GoldFileError(f"{path}:{number}: expected a JSON object per line")
            yield record


def prf(true_positives: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
