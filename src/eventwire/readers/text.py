"""Plain text: the first line is the headline; page furniture lines are dropped.

Which lines count as furniture lives in `codebooks/furniture.tsv` (patterns) and
`codebooks/outlets.tsv` (names of outlets whose lone credit line sets `outlet`). The same
cleaning applies to the text every other reader extracts, so a "Share this article" line
left by a web page or a feed goes the same way.
"""

from __future__ import annotations

from typing import Any

from eventwire.codebooks import credit_lines, furniture_patterns
from eventwire.readers.article import make_article, normalize_text
from eventwire.records import Article


def drop_furniture(text: str) -> tuple[str, str | None]:
    """The text without furniture lines, and the outlet a lone credit line names, if any.

    A credit line counts only after the first kept line, so a headline that happens to be
    an outlet's name is not mistaken for a credit.
    """
    credited_outlet = None
    kept: list[str] = []
    for line in normalize_text(text).split("\n"):
        stripped = line.strip()
        key = stripped.casefold()
        if key in credit_lines() and any(kept_line.strip() for kept_line in kept):
            credited_outlet = credited_outlet or credit_lines()[key]
            continue
        if any(pattern.fullmatch(stripped) for pattern in furniture_patterns()):
            continue
        kept.append(line)
    return normalize_text("\n".join(kept)), credited_outlet


def article_from_text(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    language: str | None = "en",
    meta: dict[str, Any] | None = None,
) -> Article:
    """An article from plain text; without `title`, its first non-furniture line is the headline.

    Raises ValueError when no text is left, so callers can report the item.
    """
    body, credited_outlet = drop_furniture(text)
    if not body:
        reason = "only page furniture, no article text" if text.strip() else "no text"
        raise ValueError(reason)
    headline = title or body.split("\n", 1)[0].strip()
    return make_article(
        body,
        title=headline,
        outlet=outlet or credited_outlet,
        url=url,
        published=published,
        language=language,
        meta=meta,
    )
