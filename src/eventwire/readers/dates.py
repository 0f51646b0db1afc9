"""Publication dates as YYYY-MM-DD, from the forms news metadata uses, or None.

The date is the one the publisher wrote: a timestamp's own calendar day, not converted to
UTC, so "2023-04-05T23:30:00-05:00" stays 2023-04-05. A date that is not complete (a month
alone) or not understood stays unresolved rather than being filled in.
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
    """YYYY-MM-DD for a complete date or timestamp; None when absent or not understood."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    text = " ".join(str(value).split())
    if not text:
        return None
    if _ISO_START.match(text):
        return _iso_date(text)
    try:
        return email.utils.parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    for written in WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, written).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def _iso_date(text: str) -> str | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]).strftime("%Y-%m-%d")
    except ValueError:
        return None
