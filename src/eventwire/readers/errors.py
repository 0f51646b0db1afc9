"""The one error every reader reports, so a batch can name each bad item and go on."""

from __future__ import annotations

from typing import IO

MAX_DOCUMENT_BYTES = 64_000_000
"""Limit for a file read whole because its format does not stream (a JSON document, a feed):
a bigger collection of articles belongs in JSON Lines, which streams."""


class ReadError(Exception):
    """One input item that could not be read: names the item and the reason."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


def over_limit(max_bytes: int, size: int | None = None) -> str:
    """The reason for refusing an article over the size limit, in units a person reads."""
    limit = f"{max_bytes / 1e6:g} MB" if max_bytes >= 1e6 else f"{max_bytes:,}-byte"
    over = f"over the {limit} limit for one article"
    return f"{size / 1e6:.1f} MB, {over}" if size else over


class OverLimit(Exception):
    """A stream held more bytes than its reader may take into memory."""


def read_at_most(stream: IO[bytes], limit: int) -> bytes:
    """All of a stream, refused (OverLimit) once it passes `limit` bytes: never more than
    `limit` + 1 bytes are read, however far a compressed input would inflate."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise OverLimit(f"over the {limit / 1e6:g} MB limit for a file read whole")
    return data


def check_max_bytes(max_bytes: int) -> None:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ValueError(f"max_bytes must be a positive number of bytes, not {max_bytes!r}")
