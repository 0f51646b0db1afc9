"""One way to build an `Article` for every reader: clean text, headline first, content id."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from eventwire.readers.dates import normalize_date
from eventwire.records import Article, content_hash

_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Unify line endings, trailing spaces and Unicode composition (NFC: "ü" is one
    character, as users type it) so the same story hashes the same and searches find it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
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

    Raises ValueError when `published` is not a date `normalize_date` can read.
    """
    body = normalize_text(body)
    title = normalize_text(title) if title else None
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    return Article(
        id=content_hash(body),
        title=title,
        outlet=outlet,
        url=url,
        published=normalize_date(published),
        language=language,
        text=body,
        meta=dict(meta or {}),
    )
