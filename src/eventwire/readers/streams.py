"""Byte streams for the readers: sniffed bytes put back in front, gzip inflated with care.

A pipe cannot be rewound after its first bytes were read to choose a format, so they are
put back in front. Python's gzip module notices a cut-off file but, read in large blocks,
drops the last good bytes with the error; `Inflated` reads one block at a time and keeps
them, recording the cut-off in `truncated` for the reader to report after its good items.
"""

from __future__ import annotations

import gzip
import io
from typing import IO

GZIP_MAGIC = b"\x1f\x8b"


def rejoined(head: bytes, rest: IO[bytes]) -> io.BufferedReader:
    """One stream of `head` followed by what is left of `rest`."""
    return io.BufferedReader(_Rejoined(head, rest))


class Inflated(io.RawIOBase):
    """A stream's bytes, inflated when gzipped; `truncated` says a gzip member was cut off."""

    def __init__(self, stream: IO[bytes]) -> None:
        buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)
        self.gzipped = buffered.peek(2)[:2] == GZIP_MAGIC
        self._stream: io.BufferedIOBase = (
            gzip.GzipFile(fileobj=buffered) if self.gzipped else buffered
        )
        self.truncated = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:  # read1: one block at a time, so the bytes before a cut-off are still given
            data = self._stream.read1(len(buffer))
        except EOFError:
            self.truncated = True
            return 0
        buffer[: len(data)] = data
        return len(data)


class _Rejoined(io.RawIOBase):
    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        reader = getattr(self._rest, "read1", self._rest.read)
        data = reader(len(buffer))
        buffer[: len(data)] = data
        return len(data)
