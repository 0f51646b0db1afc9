"""Split the inputs of a batch into shards, the unit one task reads, analyzes and writes.

The rule: an uncompressed JSON Lines file is cut at line ends into pieces of about
`shard_bytes`; every other file (a WARC, a feed, a compressed dump, an HTML page) is read
whole, and consecutive small files are grouped until they reach `shard_bytes` together. A
shard is named by the hash of its files' paths and contents and its byte range, so the same
inputs always give the same shards, and a rerun knows which are already done.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.readers.errors import ReadError
from eventwire.readers.formats import format_by_suffix
from eventwire.readers.jsonl import read_jsonl
from eventwire.readers.sources import MAX_ARTICLE_BYTES, expand, read_file
from eventwire.readers.streams import GZIP_MAGIC
from eventwire.records import Article, content_hash

DEFAULT_SHARD_BYTES = 8_000_000
"""About 8 MB of input per task (some 2,000 articles): minutes of work on one core, small
enough to redo, and a few thousand tasks for a month of news."""

READ_BLOCK = 1 << 20


@dataclass(frozen=True)
class InputFile:
    """One input file as the manifest records it."""

    path: str
    sha256: str
    bytes: int


@dataclass(frozen=True)
class Shard:
    """Whole files (`start` 0, `end` None), or the lines of one JSON Lines file between two
    byte offsets, `first_line` the number of the first of them."""

    id: str
    paths: tuple[str, ...]
    start: int = 0
    end: int | None = None
    first_line: int = 1

    def describe(self) -> str:
        if self.end is not None:
            return f"{self.paths[0]} bytes {self.start}-{self.end}"
        return self.paths[0] + (f" and {len(self.paths) - 1} more" if len(self.paths) > 1 else "")


@dataclass
class Plan:
    shards: list[Shard]
    inputs: list[InputFile]
    errors: list[ReadError]


def plan_shards(sources: list[str], shard_bytes: int = DEFAULT_SHARD_BYTES) -> Plan:
    """The shards of `sources` (files, folders, globs, as `ingest` takes them), in input
    order, and the sources that name nothing readable. Reads every file once, to hash it."""
    plan = Plan([], [], [])
    group: list[InputFile] = []

    def close_group() -> None:
        if group:
            plan.shards.append(whole_files(group))
            group.clear()

    for source in sources:
        for path in expand(source):
            if isinstance(path, ReadError):
                plan.errors.append(path)
                continue
            try:
                if is_splittable(path):
                    close_group()
                    described, pieces = jsonl_pieces(path, shard_bytes)
                    plan.inputs.append(described)
                    plan.shards.extend(pieces)
                    continue
                described = hashed(path)
            except OSError as error:
                plan.errors.append(ReadError(str(path), error.strerror or str(error)))
                continue
            plan.inputs.append(described)
            group.append(described)
            if sum(item.bytes for item in group) >= shard_bytes:
                close_group()
    close_group()
    return plan


def is_splittable(path: Path) -> bool:
    """JSON Lines that is not compressed (nor empty) can be cut at any line end."""
    if format_by_suffix(path) != "jsonl" or path.suffix.lower() == ".gz":
        return False
    with path.open("rb") as handle:
        head = handle.read(2)
    return bool(head) and not head.startswith(GZIP_MAGIC)


def whole_files(files: list[InputFile]) -> Shard:
    identity = [f"{item.path}\x1e{item.sha256}" for item in files]
    return Shard(id=content_hash(*identity), paths=tuple(item.path for item in files))


def hashed(path: Path) -> InputFile:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while block := handle.read(READ_BLOCK):
            digest.update(block)
            size += len(block)
    return InputFile(str(path), digest.hexdigest(), size)


def jsonl_pieces(path: Path, shard_bytes: int) -> tuple[InputFile, list[Shard]]:
    """The file's hash and its pieces: each ends at the first line end past `shard_bytes`."""
    digest = hashlib.sha256()
    cuts: list[tuple[int, int, int]] = []
    start = position = 0
    first_line = lines = 1
    with path.open("rb") as handle:
        for line in handle:
            digest.update(line)
            position += len(line)
            lines += 1
            if position - start >= shard_bytes:
                cuts.append((start, position, first_line))
                start, first_line = position, lines
    if position > start or not cuts:
        cuts.append((start, position, first_line))
    described = InputFile(str(path), digest.hexdigest(), position)
    name = f"{described.path}\x1e{described.sha256}"
    return described, [
        Shard(content_hash(name, str(begin), str(end)), (described.path,), begin, end, first)
        for begin, end, first in cuts
    ]


def read_shard(shard: Shard, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | ReadError]:
    """The articles of a shard, named as `ingest` names them (a JSON Lines item by its line
    number in the whole file), and a ReadError in place of each bad item."""
    if shard.end is None:
        for path in shard.paths:
            yield from read_file(Path(path), max_bytes)
        return
    (path,) = shard.paths
    try:
        with open(path, "rb") as handle:
            handle.seek(shard.start)
            data = handle.read(shard.end - shard.start)
    except OSError as error:
        yield ReadError(path, error.strerror or str(error))
        return
    for item in read_jsonl(io.BytesIO(data), path, max_bytes):
        yield renumbered(item, path, shard.first_line)


def renumbered(item: Article | ReadError, path: str, first_line: int) -> Article | ReadError:
    """`path:N` counted from the piece's start -> counted from the file's start."""

    def whole_file(name: str) -> str:
        number = name.removeprefix(f"{path}:")
        return f"{path}:{int(number) + first_line - 1}" if number.isdigit() else name

    if isinstance(item, ReadError):
        return ReadError(whole_file(item.item), item.reason)
    if "read_from" in item.meta:
        item.meta["read_from"] = whole_file(item.meta["read_from"])
    return item
