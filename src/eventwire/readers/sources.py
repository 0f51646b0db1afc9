"""Expand paths, folders and globs into articles, choosing the reader by format.

Yields `Article` records, and a `ReadError` in place of each item that could not be
read, so a batch goes on past bad input and reports it. Single-article files (text, HTML)
are held to a size limit, checked on the file size before the file is read; JSON Lines
and WARC files are streamed, and in them, as in JSON arrays and feeds, only each record is
held to it.
"""

from __future__ import annotations

import fnmatch
import glob
import io
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from eventwire.readers.dates import normalize_date
from eventwire.readers.decoding import SNIFF_BYTES, binary_kind, declared_charset, decode_bytes
from eventwire.readers.errors import ReadError, check_max_bytes, over_limit
from eventwire.readers.feed import read_feed
from eventwire.readers.formats import format_by_suffix, is_not_article, sniff_format
from eventwire.readers.html import article_from_html
from eventwire.readers.jsonl import read_json, read_jsonl
from eventwire.readers.streams import GZIP_MAGIC, Inflated, rejoined
from eventwire.readers.text import article_from_text
from eventwire.readers.warc import read_warc
from eventwire.records import Article
from eventwire.settings import MAX_ARTICLE_BYTES

__all__ = ["MAX_ARTICLE_BYTES", "ReadError", "read_sources"]


Reader = Callable[[IO[bytes], str, int], Iterator[Article | ReadError]]

STREAM_READERS: dict[str, Reader] = {
    "jsonl": read_jsonl,
    "json": read_json,
    "warc": read_warc,
    "feed": read_feed,
}
"""Formats holding many articles, read record by record."""

GZIP_WINDOW = 16 + zlib.MAX_WBITS
GLOB_CHARACTERS = "*?["
STDIN_NAME = "stdin"


def read_sources(
    paths: list[str],
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Iterator[Article | ReadError]:
    """Every article in `paths` (files, folders, globs, "-" for stdin), in a stable order.

    `published`, `outlet` and `url` override what the inputs say, for every article.
    Any error while reading one source becomes that source's ReadError; the next is read.
    """
    check_max_bytes(max_bytes)
    try:
        published_date = normalize_date(published)
    except ValueError as error:
        yield ReadError("--published", str(error))
        return
    for source in paths:
        for item in read_source(source, max_bytes):
            if isinstance(item, Article):
                item.published = published_date or item.published
                item.outlet = outlet or item.outlet
                item.url = url or item.url
            yield item


def read_source(source: str, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ReadError]:
    """The articles of one command-line item: a file, a folder, a glob, or "-" for stdin."""
    if source == "-":
        if sys.stdin is None:
            yield ReadError(STDIN_NAME, "there is no standard input to read")
        else:
            yield from isolated(read_stream(sys.stdin.buffer, STDIN_NAME, max_bytes), STDIN_NAME)
        return
    try:
        for path in expand(source):
            if isinstance(path, ReadError):
                yield path
            else:
                yield from isolated(read_file(path, max_bytes), str(path))
    except OSError as error:
        yield ReadError(source, f"could not be listed ({error.strerror or error})")


def isolated(items: Iterator[Article | ReadError], name: str) -> Iterator[Article | ReadError]:
    """The items of one file, and in place of any error that escapes its reader (a bug, a
    library's failure on odd input, no memory left) one ReadError naming the file."""
    try:
        yield from items
    except Exception as error:  # one file's failure must not stop the files after it
        yield ReadError(name, f"reading stopped ({type(error).__name__}: {error})")


def expand(source: str) -> Iterator[Path | ReadError]:
    """Files named by a path, a folder (recursively, hidden files left out) or a glob."""
    path = Path(source)
    if path.is_dir():
        yield from _files_under(path)
    elif path.exists():
        yield path
    elif any(character in source for character in GLOB_CHARACTERS):
        matches = sorted(glob_matches(source))
        if not matches:
            yield ReadError(source, "no files match this pattern")
        for match in map(Path, matches):
            if match.is_dir():
                yield from _files_under(match)
            elif not is_not_article(match):
                yield match
    else:
        yield ReadError(source, "no such file or directory")


def read_file(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ReadError]:
    """The articles of one file, its format told by extension or else by its content."""
    name = str(path)
    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError as error:
        yield ReadError(name, error.strerror or str(error))
        return
    with handle:
        yield from read_stream(handle, name, max_bytes, format_by_suffix(path), size)


def read_stream(
    stream: IO[bytes],
    name: str,
    max_bytes: int = MAX_ARTICLE_BYTES,
    suffix_format: str | None = None,
    size: int | None = None,
) -> Iterator[Article | ReadError]:
    """The articles of an open binary stream; a file's `size` lets a big one be refused unread."""
    inflated = None
    try:
        head = stream.read(SNIFF_BYTES)
        if not head:
            yield ReadError(name, "empty file")
            return
        stream = rejoined(head, stream)
        if head.startswith(GZIP_MAGIC):
            inflated_head = zlib.decompressobj(GZIP_WINDOW).decompress(head, SNIFF_BYTES)
            if (suffix_format or sniff_format(inflated_head)) == "warc":
                head = inflated_head  # warcio reads gzipped WARC records itself
            else:
                inflated = Inflated(stream)
                head, size = inflated.read(SNIFF_BYTES), None
                if not head:
                    yield ReadError(name, "empty file (once decompressed)")
                    return
                stream = rejoined(head, io.BufferedReader(inflated))
        article_format = suffix_format or sniff_format(head)
        if article_format not in STREAM_READERS and size is not None and size > max_bytes:
            yield ReadError(name, f"file is {over_limit(max_bytes, size)}")
            return
        if article_format != "warc" and (kind := binary_kind(head)):
            yield ReadError(name, f"binary file ({kind}), not text")
            return
        if article_format in STREAM_READERS:
            yield from STREAM_READERS[article_format](stream, name, max_bytes)
            data = b""
        else:
            data = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        yield ReadError(name, f"could not be read to the end ({error})")
        return
    if inflated is not None and inflated.truncated:
        yield ReadError(name, "compressed file is cut off before its end")
    elif len(data) > max_bytes:
        yield ReadError(name, f"input is {over_limit(max_bytes)}")
    elif data:
        yield _single_article(data, name, article_format)


def _single_article(data: bytes, name: str, article_format: str) -> Article | ReadError:
    charset = declared_charset(data[:SNIFF_BYTES]) if article_format == "html" else None
    decoded = decode_bytes(data, charset)
    if not decoded.text.strip():
        return ReadError(name, "holds only whitespace, no text")
    meta = {"read_from": name}
    if decoded.encoding != "utf-8":
        meta["encoding"] = decoded.encoding
    try:
        if article_format == "html":
            return article_from_html(decoded.text, meta=meta)
        return article_from_text(decoded.text, meta=meta)
    except ValueError as error:
        return ReadError(name, str(error))


def glob_matches(pattern: str) -> list[str]:
    """What a glob matches; `**` walks folders itself, entering each real folder once, so a
    symbolic link back up the tree is not followed round and round (Python's glob does)."""
    if "**" not in pattern:
        return glob.glob(pattern)
    parts = pattern.split("/")
    fixed = next(i for i, part in enumerate(parts) if any(c in part for c in GLOB_CHARACTERS))
    root = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else ".")
    wanted = parts[fixed:]
    matches = []
    for path in walk_once(Path(root)):
        relative = path.relative_to(root).parts
        if path_matches(list(relative), wanted):
            matches.append(str(path))
    return matches


def walk_once(root: Path) -> Iterator[Path]:
    """Every path under `root` (hidden names left out), each real folder entered once."""
    entered: set[tuple[int, int]] = set()
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            status = folder.stat()
            if (status.st_dev, status.st_ino) in entered:
                continue
            entered.add((status.st_dev, status.st_ino))
            children = sorted(folder.iterdir())
        except OSError:
            continue
        for child in children:
            if child.name.startswith("."):
                continue
            yield child
            if child.is_dir():
                folders.append(child)


def path_matches(parts: list[str], pattern: list[str]) -> bool:
    """Whether path parts match glob parts, `**` standing for any number of folders."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(path_matches(parts[i:], pattern[1:]) for i in range(len(parts) + 1))
    return (
        bool(parts)
        and fnmatch.fnmatchcase(parts[0], pattern[0])
        and path_matches(parts[1:], pattern[1:])
    )


def _files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.is_file() and not hidden and not is_not_article(path):
            yield path
