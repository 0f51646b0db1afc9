"""One way to build an `Article` for every reader: clean text, headline first, content id."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from eventwire.readers.dates import normalize_date
from eventwire.records import Article, content_hash

_BLANK_RUNS = re.compile(r"\n{3,}")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f]")
"""C0 control characters but tab and newline: NUL and the rest are no part of a story,
and PostgreSQL refuses NUL in text."""


def normalize_text(text: str) -> str:
    """Unify line endings, trailing spaces and Unicode composition (NFC: "ü" is one
    character, as users type it) so the same story hashes the same and searches find it;
    drop control characters. Analysis sees only this text, so every span points into it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = _CONTROLS.sub("", unicodedata.normalize("NFC", text))
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def make_article(
    body: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    language: str | None = "en",
    meta: dict[str, Any] | None = None,
) -> Article:
    """An article whose text begins with its headline, so headline spans are addressable.

    Raises ValueError when `published` is not a date `normalize_date` can read. NaN and
    infinities in `meta` (JSON input may carry them) become null: only standard JSON is
    stored and exported.
    """
    body = normalize_text(body)
    title = normalize_text(title) if title else None
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    return Article(
        id=content_hash(body),
        title=title,
        outlet=_CONTROLS.sub("", outlet) if outlet else outlet,
        url=_CONTROLS.sub("", url) if url else url,
        published=normalize_date(published),
        language=language,
        text=body,
        meta=finite(dict(meta or {})),
    )


def finite(value: Any) -> Any:
    """`value` with every NaN or infinite number, however deeply nested, made None."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [finite(item) for item in value]
    return value
