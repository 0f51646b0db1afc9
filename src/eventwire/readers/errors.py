"""The one error every reader reports, so a batch can name each bad item and go on."""

from __future__ import annotations


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
