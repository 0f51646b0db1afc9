"""Publication dates as YYYY-MM-DD, from the forms news metadata and people use.

The one reading of a publication date for every entry point (`analyze`, the readers, the
command line), so the same date gives the same records however it arrives. The date is the
one the publisher wrote: a timestamp's own calendar day, not converted to UTC, so
"2023-04-05T23:30:00-05:00" stays 2023-04-05. A date that is not complete (a month alone)
or not understood is an error, never filled in; readers leave such a date unresolved.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime

WRITTEN_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d.%m.%Y",
)
"""Written forms beyond ISO 8601 and RFC 2822; day-month order only where it is unambiguous."""

_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def normalize_date(value: str | date | None) -> str | None:
    """YYYY-MM-DD for a complete date or timestamp; None when absent (None or blank).

    Raises ValueError naming the value and the reason when it is not a date we can read.
    """
    if value is None:
        return None
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    text = " ".join(str(value).split())
    if not text:
        return None
    if _ISO_START.match(text):
        return _iso_date(text, value)
    try:
        return email.utils.parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    for written in WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, written).strftime("%Y-%m-%d")
        except ValueError:
            continue
    raise ValueError(
        f"publication date {value!r} cannot be read: not a complete date in a known form "
        "(such as 2025-03-10; 10 March 2025; March 10, 2025; an RFC 2822 timestamp)"
    )


def normalize_date_or_none(value: str | date | None) -> str | None:
    """As `normalize_date`, but None for a date that cannot be read: a reader leaves a bad
    date in an input's metadata unresolved rather than losing the article over it."""
    try:
        return normalize_date(value)
    except ValueError:
        return None


def _iso_date(text: str, value: str | date) -> str:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]).strftime("%Y-%m-%d")
    except ValueError as error:
        raise ValueError(f"publication date {value!r} cannot be read: {error}") from None
