"""WARC and WARC.gz crawls: every successful HTML response record becomes an article.

Records stream one at a time, so a crawl of any size can be read; each page is held to the
size limit. The page URL is the record's WARC-Target-URI, and the crawl time is kept in
`meta` (it is not the publication date). A crawl cut off mid-record still gives every
record before the damage, then one error.

warcio reads a cut-off archive quietly as a shorter one, so damage is checked here: gzip
members are inflated by Python's gzip module, which notices a missing end, and each
record's declared length is compared with the bytes that were there.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from eventwire.readers.decoding import SNIFF_BYTES, declared_charset, decode_bytes
from eventwire.readers.errors import ReadError, over_limit
from eventwire.readers.html import article_from_html
from eventwire.readers.streams import Inflated
from eventwire.records import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORD_TYPES = ("response", "resource")


class WarcDamage(Exception):
    """The archive ends or breaks inside a record."""


def read_warc(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | ReadError]:
    """Articles from a WARC stream, and a ReadError naming `name record N` for each bad one."""
    source = Inflated(stream)
    records = ArchiveIterator(io.BufferedReader(source))
    number = pages = 0
    last = None
    while True:
        record = None
        try:
            record = next(records, None)
            if record is None:
                _check_clean_end(records, source, last)
                break
            number, last = number + 1, record
            if not _header_complete(record):
                raise WarcDamage("the archive ends inside a record header")
            if not _is_html_page(record):
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) <= max_bytes and _missing_bytes(record):
                raise WarcDamage("the archive ends inside this record")
        except Exception as error:  # warcio fails in many ways on a cut-off or corrupt archive
            where = number if record is not None else number + 1
            reason = error if isinstance(error, WarcDamage) else f"{type(error).__name__}: {error}"
            yield ReadError(
                f"{name} record {where}",
                f"WARC is truncated or damaged ({reason}); {pages} page(s) before it were read",
            )
            return
        pages += 1
        url = record.rec_headers.get_header("WARC-Target-URI")
        item = f"{name} record {number} ({url})" if url else f"{name} record {number}"
        if len(body) > max_bytes:
            yield ReadError(item, f"page is {over_limit(max_bytes)}")
            continue
        charset = declared_charset(_content_type(record).encode("latin-1"))
        page = decode_bytes(body, charset or declared_charset(body[:SNIFF_BYTES]))
        meta = {"read_from": item, "crawled": record.rec_headers.get_header("WARC-Date")}
        try:
            yield article_from_html(page.text, url=url, meta=meta)
        except ValueError as error:
            yield ReadError(item, str(error))
    if not pages:
        yield ReadError(name, f"no HTML page records among its {number} WARC record(s)")


def _check_clean_end(
    records: ArchiveIterator, source: Inflated, last: ArcWarcRecord | None
) -> None:
    """Raise WarcDamage when the archive stopped inside a record, header or gzip member.

    warcio ends quietly on a half-read header; it then leaves bytes after the end of the last
    whole record (`offset`) that it read (`fh.tell()`) but never gave out as a record.
    """
    unread_tail = records.fh.tell() > records.offset
    if source.truncated or unread_tail or (last is not None and _missing_bytes(last)):
        raise WarcDamage("the archive ends inside a record")


def _header_complete(record: ArcWarcRecord) -> bool:
    """Whether a WARC record has its type and a Content-Length (warcio yields half-read ones)."""
    if not record.format.startswith("warc"):
        return True
    length = record.rec_headers.get_header("Content-Length") or ""
    return record.rec_type is not None and length.strip().isdigit()


def _missing_bytes(record: ArcWarcRecord) -> bool:
    """Whether the record's declared Content-Length is more than the archive held."""
    return getattr(record.raw_stream, "limit", 0) > 0


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
