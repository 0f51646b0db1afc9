"""The learned event filter's table (event_filter.tsv): one weight per feature of an event's
shape, and the threshold below which an asserted event is not coded, chosen out of fold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.codebooks import codebook_path, loads
from eventwire.learned import LinearModel, read_model

THRESHOLD_LINE = re.compile(r"^# threshold: (\S+)$", re.MULTILINE)
"""The header line that holds the threshold (written by scripts/train_event_filter.py)."""


@dataclass(frozen=True)
class EventFilter:
    model: LinearModel
    threshold: float
    """Asserted events the model gives a lower probability are not coded (0: none dropped)."""


@loads("event_filter.tsv")
@lru_cache(maxsize=1)
def event_filter() -> EventFilter:
    return read_event_filter(codebook_path("event_filter.tsv"))


def read_event_filter(path: Path) -> EventFilter:
    """The model and its threshold; a table without a threshold between 0 and 1 is an error
    naming the file, as is any malformed weight line (`learned.read_model`)."""
    found = THRESHOLD_LINE.search(path.read_text(encoding="utf-8"))
    try:
        threshold = float(found.group(1)) if found else None
    except ValueError:
        threshold = None
    if threshold is None or not 0.0 <= threshold < 1.0:
        raise ValueError(f"{path}: expected a '# threshold: NUMBER' line with 0 <= NUMBER < 1")
    return EventFilter(model=read_model(path), threshold=threshold)
