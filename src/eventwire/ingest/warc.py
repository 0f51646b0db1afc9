"""WARC and WARC.gz crawls: every successful HTML response record becomes an article.

Records stream one at a time, so a crawl of any size can be read; each page is held to the
size limit. The page URL is the record's WARC-Target-URI, and the crawl time is kept in
`meta` (it is not the publication date). A crawl cut off mid-record still gives every
record before the damage, then one error.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from eventwire.ingest.decoding import SNIFF_BYTES, declared_charset, decode_bytes
from eventwire.ingest.errors import IngestError, over_limit
from eventwire.ingest.html import article_from_html
from eventwire.records import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORD_TYPES = ("response", "resource")

DAMAGE = (ArchiveLoadFailed, EOFError, zlib.error, ValueError)
"""What warcio raises on a cut-off or corrupt archive (ValueError: a broken chunk length)."""


def read_warc(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | IngestError]:
    """Articles from a WARC stream, and an IngestError naming `name record N` for each bad one."""
    number = pages = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if not _is_html_page(record):
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            item = f"{name} record {number} ({url})" if url else f"{name} record {number}"
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield IngestError(item, f"page is {over_limit(max_bytes)}")
                continue
            charset = declared_charset(_content_type(record).encode("latin-1"))
            page = decode_bytes(body, charset or declared_charset(body[:SNIFF_BYTES]))
            meta = {"read_from": item, "crawled": record.rec_headers.get_header("WARC-Date")}
            try:
                yield article_from_html(page.text, url=url, meta=meta)
            except ValueError as error:
                yield IngestError(item, str(error))
    except DAMAGE as error:
        yield IngestError(
            f"{name} record {number + 1}",
            f"WARC is truncated or damaged ({error or type(error).__name__}); "
            f"{number} record(s) before it were read",
        )
        return
    if not pages:
        yield IngestError(name, f"no HTML page records among its {number} WARC record(s)")


def _is_html_page(record: ArcWarcRecord) -> bool:
    if record.rec_type not in PAGE_RECORD_TYPES:
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    media_type = _content_type(record).split(";", 1)[0].strip().lower()
    return media_type in HTML_TYPES


def _content_type(record: ArcWarcRecord) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return headers.get_header("Content-Type") or ""
