"""A readable view of an analysis for a person at a terminal."""

from __future__ import annotations

import re

from eventwire.kinds import RECORD_KINDS, RecordKind
from eventwire.records import Analysis


def render_pretty(analysis: Analysis) -> str:
    article = analysis.article
    lines = [
        f"# {article.title or '(untitled)'}",
        f"  id {article.id}  outlet {article.outlet or '-'}  published {article.published or '-'}"
        + (f"  url {article.url}" if article.url else ""),
        f"  {len(analysis.sentences)} sentences, {len(article.text.split())} words",
    ]
    if article.news is not None:
        verdict = "news about public affairs" if article.news.public_affairs else "not news"
        lines.append(f"  {verdict}: {article.news.reason}")
        if article.news.genre is not None:
            lines.append(f"  {article.news.genre}: {article.news.genre_reason}")
        for withheld in article.news.withheld:
            why = withheld.reason or f"probability {withheld.probability} < {withheld.threshold}"
            lines.append(
                f"  withheld{'' if withheld.reason else ' by the event filter'}: "
                f"{withheld.trigger.text!r} {withheld.plover_type or '-'} at "
                f"{withheld.trigger.start}, {why}"
            )
    shown = sorted((kind for kind in RECORD_KINDS.values() if kind.section), key=section_rank)
    for kind in shown:
        records = getattr(analysis, kind.name)
        if records:
            lines.append(f"\n{kind.section.title}")
            lines.extend(kind.section.line(record) for record in records)
    return terminal_safe("\n".join(lines)) + "\n"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Control characters (ESC, OSC, BEL, CR, C1...) shown as `\\xNN`, so text from an
    article cannot move the cursor, retitle or recolour the terminal that shows it."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def section_rank(kind: RecordKind) -> int:
    return kind.section.rank
