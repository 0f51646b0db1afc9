"""Plain text: the first line is the headline; page furniture lines are dropped.

Which lines count as furniture lives in `codebooks/furniture.tsv` (patterns) and
`codebooks/outlets.tsv` (names of outlets whose lone credit line sets `outlet`).
"""

from __future__ import annotations

from eventwire.codebooks import credit_lines, furniture_patterns
from eventwire.ingest.article import make_article, normalize_text
from eventwire.records import Article


def article_from_text(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    lines = normalize_text(text).split("\n")
    credited_outlet = None
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        key = stripped.casefold()
        if key in credit_lines() and kept:
            credited_outlet = credited_outlet or credit_lines()[key]
            continue
        if any(pattern.fullmatch(stripped) for pattern in furniture_patterns()):
            continue
        kept.append(line)
    while kept and not kept[0].strip():
        kept.pop(0)
    headline = title or (kept[0].strip() if kept else None)
    return make_article(
        "\n".join(kept),
        title=headline,
        outlet=outlet or credited_outlet,
        url=url,
        published=published,
    )
