"""RSS and Atom feed files: each entry with content becomes an article.

The entry's full content (Atom `content`, RSS `content:encoded`) is preferred over its
summary; the entry link is the URL and the feed's title the outlet. The published date is
read from the entry's own string, so it keeps the publisher's calendar day.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import IO, Any

import feedparser

from eventwire.readers.dates import normalize_date_or_none
from eventwire.readers.errors import (
    MAX_DOCUMENT_BYTES,
    OverLimit,
    ReadError,
    over_limit,
    read_at_most,
)
from eventwire.readers.html import text_of_fragment
from eventwire.readers.text import article_from_text
from eventwire.records import Article

PLAIN_TYPES = ("text/plain", "text")
BENIGN_PROBLEMS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
"""feedparser's complaints that cost no entries: a charset relabelled, a non-XML media type."""


def read_feed(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | ReadError]:
    """Articles from an RSS/Atom stream, and a ReadError naming `name entry N` for bad ones.

    A feed is parsed whole, so it is held to `MAX_DOCUMENT_BYTES` (or `max_bytes`, if more)."""
    try:
        data = read_at_most(stream, max(max_bytes, MAX_DOCUMENT_BYTES))
    except OverLimit as error:
        yield ReadError(name, f"feed is {error}")
        return
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable feed ({problem})" if problem else "the feed has no entries"
        yield ReadError(name, reason)
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        item = f"{name} entry {number} ({link})" if link else f"{name} entry {number}"
        body = entry_text(entry)
        if len(body.encode("utf-8")) > max_bytes:
            yield ReadError(item, f"entry is {over_limit(max_bytes)}")
            continue
        meta = {"read_from": item, "entry_id": entry.get("id"), "author": entry.get("author")}
        try:
            yield article_from_text(
                body,
                title=text_of_fragment(entry.get("title", "")) or None,
                outlet=outlet,
                url=link,
                published=entry_date(entry),
                meta={key: value for key, value in meta.items() if value},
            )
        except ValueError as error:
            yield ReadError(item, f"entry has {error}")
    problem = parsed.get("bozo_exception")
    if problem and not isinstance(problem, BENIGN_PROBLEMS):
        yield ReadError(name, f"feed is malformed or cut off ({problem}); entries before it read")


def entry_date(entry: Any) -> str | None:
    """The entry's publication (else update) day as the feed writes it, else feedparser's UTC day.

    feedparser converts dates to UTC, which can move a late-evening story to the next day,
    so its parse is only the fallback for date forms we do not read ourselves.
    """
    for key in ("published", "updated"):
        if entry.get(key):
            parsed = entry.get(f"{key}_parsed")
            return normalize_date_or_none(entry[key]) or (
                time.strftime("%Y-%m-%d", parsed) if parsed else None
            )
    return None


def entry_text(entry: Any) -> str:
    """The longest of an entry's contents and its summary, as plain text."""
    candidates = [*entry.get("content", [])]
    if entry.get("summary_detail"):
        candidates.append(entry.summary_detail)
    texts = [
        part.get("value", "")
        if part.get("type") in PLAIN_TYPES
        else text_of_fragment(part.get("value", ""))
        for part in candidates
    ]
    return max(texts, key=len, default="")
