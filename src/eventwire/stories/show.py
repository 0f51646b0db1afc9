"""Stories for people and programs: the list as a table, JSON Lines or CSV, one story pretty
or as JSON. The same database always gives the same bytes."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.export import csv_cell, write_table
from eventwire.filters import Filters
from eventwire.store import stories as tables
from eventwire.store.database import Store, to_json
from eventwire.store.query import Found
from eventwire.stories.kinds import STORY_KINDS

STORY_FORMATS = ("table", "json", "csv")


def find_stories(store: Store, filters: Filters) -> list[dict[str, Any]]:
    """Stories with an article passing the date and outlet filters, earliest first."""
    with store.connect() as connection:
        return list(tables.find_stories(connection, store.schema, filters))


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story with its articles, story events and discrepancies (None: no such story)."""
    with store.connect() as connection:
        found = tables.story_records(connection, store.schema, story_id)
        if not found["stories"]:
            return None
        record = found["stories"][0]
        articles = tables.story_articles(connection, store.schema, record["articles"])
    return {
        "story": record,
        "articles": articles,
        "story_events": found["story_events"],
        "discrepancies": found["discrepancies"],
    }


def write_records(kind: str, records: Iterable[dict[str, Any]], format: str, out: TextIO) -> int:
    """Records of a story kind as `table`, `json` (one per line) or `csv`; returns the count."""
    columns = STORY_KINDS[kind].shown
    found = [Found(article={}, record=record) for record in records]
    if format == "json":
        for result in found:
            out.write(to_json(result.record) + "\n")
        return len(found)
    if format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([column.header for column in columns])
        for result in found:
            writer.writerow([csv_cell(column.value(result)) for column in columns])
        return len(found)
    if format == "table":
        return write_table(columns, found, out)
    raise ValueError(f"no format {format!r}; use one of {', '.join(STORY_FORMATS)}")


def _supported(values: list[dict[str, Any]]) -> str:
    return ", ".join(f"{item['value']} ×{item['count']}" for item in values) or "-"


def pretty(detail: dict[str, Any]) -> str:
    """A story for reading: its articles, each story event with its consensus and mentions,
    and each discrepancy with the words on each side."""
    record = detail["story"]
    lines = [
        f"# {record['title'] or '(untitled)'}",
        f"  story {record['id']}  {record['first_published'] or 'undated'}"
        f" .. {record['last_published'] or 'undated'}  {len(record['articles'])} articles"
        f" from {', '.join(record['outlets']) or 'unknown outlets'}",
        "",
        "Articles",
        *(
            f"  {a['id']}  {a['published'] or 'undated'}  {a['outlet'] or '?'}: {a['title']}"
            for a in detail["articles"]
        ),
        "",
        "Story events",
    ]
    for event in detail["story_events"]:
        lines.append(
            f"  {event['id']}  cameo {_supported(event['cameo'])}  source "
            f"{_supported(event['source'])}  target {_supported(event['target'])}"
        )
        lines.append(
            f"    date {_supported(event['date'])}  place {_supported(event['place'])}  "
            f"modality {_supported(event['modality'])}  {', '.join(event['outlets'])}"
        )
        for mention in event["mentions"]:
            lines.append(
                f"    - {mention['outlet'] or mention['article_id']}: «{mention['text']}» "
                f"[{mention['start']}:{mention['end']}] sentence {mention['sentence']}"
            )
    lines += ["", "Discrepancies"]
    for found in detail["discrepancies"]:
        about = f" ({found['about']})" if found["about"] else ""
        lines.append(f"  {found['field']}{about} in {found['story_event_id']}")
        for side in found["sides"]:
            where = "; ".join(
                f"{e['outlet'] or e['article_id']} «{e['text']}» [{e['start']}:{e['end']}]"
                for e in side["evidence"]
            )
            lines.append(f"    {side['value']}: {where}")
    if not detail["discrepancies"]:
        lines.append("  none")
    return "\n".join(lines)
