"""JSON Lines: one article per line, as `text` or `html`, with title, url, published, outlet.

The file is streamed line by line, so a dump of any size can be read; only each record is
held to the size limit. A bad line is reported by its number and the lines after it are
still read. Fields other than the known ones are kept in `Article.meta`. A `.json` file
holding one such object or an array of them is read too (whole: an array does not stream, so
the file is held to a limit of its own).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import IO, Any

from eventwire.readers.dates import normalize_date_or_none
from eventwire.readers.decoding import decode_bytes
from eventwire.readers.errors import (
    MAX_DOCUMENT_BYTES,
    OverLimit,
    ReadError,
    over_limit,
    read_at_most,
)
from eventwire.readers.html import article_from_html
from eventwire.readers.text import article_from_text
from eventwire.records import Article

TOO_DEEP = "JSON nested too deeply to read"

ARTICLE_FIELDS = ("text", "html", "title", "url", "published", "outlet", "language")
"""Fields read into the Article itself; every other field goes to `meta`."""


def read_jsonl(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | ReadError]:
    """Articles from a JSON Lines stream, and a ReadError naming `name:LINE` per bad line."""
    for number, line, oversize in _lines(stream, max_bytes):
        item = f"{name}:{number}"
        if oversize:
            yield ReadError(item, f"record is {over_limit(max_bytes)}")
            continue
        text = decode_bytes(line).text.strip()
        if not text:
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            yield ReadError(item, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        except RecursionError:
            yield ReadError(item, TOO_DEEP)
            continue
        yield record_or_error(record, item)


def read_json(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | ReadError]:
    """Articles from a JSON document (an object or an array of them), `name [N]` per bad one.

    A `.json` file that turns out to hold one object per line is read as JSON Lines. The
    document is read whole, so it is held to `MAX_DOCUMENT_BYTES` (or `max_bytes`, if more).
    """
    try:
        data = read_at_most(stream, max(max_bytes, MAX_DOCUMENT_BYTES))
    except OverLimit as error:
        yield ReadError(name, f"JSON document is {error}; write it as JSON Lines")
        return
    try:
        document = json.loads(decode_bytes(data).text)
    except RecursionError:
        yield ReadError(name, TOO_DEEP)
        return
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            yield from read_jsonl(io.BytesIO(data), name, max_bytes)
        else:
            where = f"line {error.lineno} column {error.colno}"
            yield ReadError(name, f"not valid JSON ({error.msg} at {where})")
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        item = f"{name} [{number}]"
        if len(json.dumps(record, ensure_ascii=False).encode("utf-8")) > max_bytes:
            yield ReadError(item, f"record is {over_limit(max_bytes)}")
            continue
        yield record_or_error(record, item)


def record_or_error(record: Any, item: str) -> Article | ReadError:
    try:
        return article_from_record(record, read_from=item)
    except ValueError as error:
        return ReadError(item, str(error))


def article_from_record(record: Any, read_from: str | None = None) -> Article:
    """An article from one JSON object; raises ValueError saying what is wrong with it."""
    if not isinstance(record, dict):
        raise ValueError(f"a record must be a JSON object, not {type(record).__name__}")
    fields = {key: _string_field(record, key) for key in ARTICLE_FIELDS}
    meta = {key: value for key, value in record.items() if key not in ARTICLE_FIELDS}
    if read_from:
        meta.setdefault("read_from", read_from)
    published = normalize_date_or_none(fields["published"])
    if fields["published"] and not published:
        meta["published_raw"] = fields["published"]
    given = {
        "title": fields["title"],
        "outlet": fields["outlet"],
        "url": fields["url"],
        "published": published,
        "meta": meta,
    }
    if fields["text"] and fields["text"].strip():
        return article_from_text(fields["text"], language=fields["language"] or "en", **given)
    if fields["html"] and fields["html"].strip():
        return article_from_html(fields["html"], language=fields["language"], **given)
    raise ValueError("no 'text' or 'html' field with content")


def _string_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"field '{key}' must be a string, not {type(value).__name__}")


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, line, whether it was over `max_bytes`), never holding more than the limit."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield number, b"", True
        else:
            yield number, line, False
