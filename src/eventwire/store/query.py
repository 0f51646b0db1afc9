"""Find stored records by article date and outlet, actor code, CAMEO code, modality and place.

Results come in a fixed order (article publication date, then article id, then the record's
position in its article) so the same database always answers the same way.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import sqlalchemy as sa

from eventwire.store import schema
from eventwire.store.database import Store

KINDS = ("articles", "entities", "events", "quotes", "places")

MODALITIES = ("asserted", "negated", "hypothetical", "future")
"""The modalities an event can have (issue 3); a typo must not silently match nothing."""

DEFAULT_MODALITIES = ("asserted",)
"""What the text says happened; other modalities are shown only when asked for."""

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class BoundingBox:
    """West, south, east, north in degrees; west > east means it crosses the antimeridian."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class Filters:
    """What to keep. Each filter applies to the kinds that have the field; None keeps all."""

    since: str | None = None
    until: str | None = None
    outlets: tuple[str, ...] = ()
    actor: str | None = None
    code: str | None = None
    modalities: tuple[str, ...] | None = DEFAULT_MODALITIES
    country: str | None = None
    bbox: BoundingBox | None = None
    type: str | None = None
    name: str | None = None
    role: str | None = None
    limit: int | None = None


@dataclass
class Found:
    """One result: the record's JSON and the article it came from (without its text)."""

    article: dict[str, Any]
    record: dict[str, Any]
    sentence: str | None = None
    counts: dict[str, int] | None = None


def since_date(text: str) -> str:
    """First day of YYYY, YYYY-MM or YYYY-MM-DD."""
    year, month, day = _date_parts(text)
    return f"{year}-{month or '01'}-{day or '01'}"


def until_date(text: str) -> str:
    """Last day of YYYY, YYYY-MM or YYYY-MM-DD."""
    year, month, day = _date_parts(text)
    month = month or "12"
    day = day or f"{calendar.monthrange(int(year), int(month))[1]:02d}"
    return f"{year}-{month}-{day}"


def _date_parts(text: str) -> tuple[str, str | None, str | None]:
    match = _DATE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"{text!r}: no month {month}")
    if day and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        raise ValueError(f"{text!r}: no day {day} in that month")
    return year, month, day


def modalities(text: str) -> tuple[str, ...] | None:
    """'all' -> None (no filter); 'asserted,future' -> ('asserted', 'future')."""
    values = tuple(sorted({value.strip().lower() for value in text.split(",") if value.strip()}))
    unknown = [value for value in values if value not in (*MODALITIES, "all")]
    if unknown or not values:
        named = f"no modality {', '.join(map(repr, unknown))}; " if unknown else ""
        raise ValueError(f"{named}use {', '.join(MODALITIES)}, a comma-separated list, or all")
    return None if "all" in values else values


def positive_int(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise ValueError(f"{text!r}: expected a number of rows, 1 or more")
    return int(text)


def bounding_box(text: str) -> BoundingBox:
    """'WEST,SOUTH,EAST,NORTH' in degrees (the GeoJSON order)."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise ValueError(f"{text!r} is not WEST,SOUTH,EAST,NORTH in degrees") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ValueError(f"{text!r}: longitudes run -180..180, latitudes -90..90, south <= north")
    return BoundingBox(west, south, east, north)


ARTICLE_COLUMNS = ("id", "title", "outlet", "url", "published")


def article_order() -> tuple[sa.ColumnElement[Any], ...]:
    """Dated articles first, oldest first; ties and undated articles by id."""
    articles = schema.articles
    return (
        sa.case((articles.c.published.is_(None), 1), else_=0),
        articles.c.published,
        articles.c.id,
    )


def article_conditions(filters: Filters) -> list[sa.ColumnElement[bool]]:
    articles = schema.articles
    conditions = []
    if filters.since:
        conditions.append(articles.c.published_date >= filters.since)
    if filters.until:
        conditions.append(articles.c.published_date <= filters.until)
    if filters.outlets:
        names = sorted({outlet.lower() for outlet in filters.outlets})
        conditions.append(sa.func.lower(articles.c.outlet).in_(names))
    return conditions


def code_prefix(column: sa.ColumnElement[Any], code: str) -> sa.ColumnElement[bool]:
    return column.startswith(code.strip().upper(), autoescape=True)


def event_actor_matches(events: sa.Table, actor: str) -> sa.ColumnElement[bool]:
    """The event has a source or target whose code starts with `actor` (IRN matches IRNMIL)."""
    actors = schema.event_actors
    return (
        sa.select(actors.c.code)
        .where(
            actors.c.article_id == events.c.article_id,
            actors.c.event_position == events.c.position,
            code_prefix(actors.c.code, actor),
        )
        .exists()
    )


def event_conditions(filters: Filters) -> list[sa.ColumnElement[bool]]:
    events = schema.events
    conditions = []
    if filters.modalities is not None:
        conditions.append(events.c.modality.in_(filters.modalities))
    if filters.code:
        conditions.append(code_prefix(events.c.cameo, filters.code))
    if filters.actor:
        conditions.append(event_actor_matches(events, filters.actor))
    conditions += place_conditions(
        filters, events.c.place_country, events.c.place_lat, events.c.place_lon
    )
    return conditions


def place_conditions(
    filters: Filters, country: sa.Column, lat: sa.Column, lon: sa.Column
) -> list[sa.ColumnElement[bool]]:
    conditions = []
    if filters.country:
        conditions.append(country == filters.country.strip().upper())
    if box := filters.bbox:
        conditions.append(lat.between(box.south, box.north))
        if box.west <= box.east:
            conditions.append(lon.between(box.west, box.east))
        else:
            conditions.append(sa.or_(lon >= box.west, lon <= box.east))
    return conditions


def kind_conditions(kind: str, filters: Filters) -> list[sa.ColumnElement[bool]]:
    """Conditions on the record table of `kind` (beyond the article's date and outlet)."""
    if kind == "events":
        return event_conditions(filters)
    if kind == "entities":
        entities = schema.entities
        conditions = []
        if filters.actor:
            conditions.append(code_prefix(entities.c.actor, filters.actor))
        if filters.type:
            conditions.append(sa.func.lower(entities.c.type) == filters.type.strip().lower())
        if filters.name:
            conditions.append(entities.c.name.icontains(filters.name, autoescape=True))
        return conditions
    if kind == "quotes":
        quotes = schema.quotes
        conditions = []
        if filters.actor:
            conditions.append(code_prefix(quotes.c.speaker_actor, filters.actor))
        if filters.name:
            conditions.append(quotes.c.speaker_name.icontains(filters.name, autoescape=True))
        return conditions
    if kind == "places":
        places = schema.places
        conditions = place_conditions(filters, places.c.country, places.c.lat, places.c.lon)
        if filters.role:
            conditions.append(places.c.role == filters.role)
        return conditions
    raise ValueError(f"no record kind {kind!r}")


def articles_conditions(filters: Filters) -> list[sa.ColumnElement[bool]]:
    """Articles naming the actor (as an entity or an event party) or carrying an event code."""
    articles, entities, events = schema.articles, schema.entities, schema.events
    conditions = []
    if filters.actor:
        named = (
            sa.select(entities.c.article_id)
            .where(
                entities.c.article_id == articles.c.id, code_prefix(entities.c.actor, filters.actor)
            )
            .exists()
        )
        in_event = (
            sa.select(events.c.article_id)
            .where(events.c.article_id == articles.c.id, event_actor_matches(events, filters.actor))
            .exists()
        )
        conditions.append(sa.or_(named, in_event))
    if filters.code:
        event_filters = Filters(code=filters.code, modalities=filters.modalities)
        conditions.append(
            sa.select(events.c.article_id)
            .where(events.c.article_id == articles.c.id, *event_conditions(event_filters))
            .exists()
        )
    return conditions


def find(store: Store, kind: str, filters: Filters) -> Iterator[Found]:
    """Records of `kind` ('articles', 'entities', 'events', 'quotes', 'places') that pass."""
    articles = schema.articles
    article_columns = [articles.c[name] for name in ARTICLE_COLUMNS]
    if kind == "articles":
        counts = {
            name: sa.select(sa.func.count())
            .select_from(schema.RECORD_TABLES[name])
            .where(schema.RECORD_TABLES[name].c.article_id == articles.c.id)
            .scalar_subquery()
            .label(f"count_{name}")
            for name in ("entities", "events", "quotes")
        }
        statement = (
            sa.select(articles.c.record, *article_columns, *counts.values())
            .where(*article_conditions(filters), *articles_conditions(filters))
            .order_by(*article_order())
        )
    else:
        table = schema.RECORD_TABLES[kind]
        columns = [table.c.record, *article_columns]
        joined = table.join(articles, articles.c.id == table.c.article_id)
        if kind == "events":
            sentences = schema.sentences
            joined = joined.outerjoin(
                sentences,
                sa.and_(
                    sentences.c.article_id == table.c.article_id,
                    sentences.c.position == table.c.sentence,
                ),
            )
            columns.append(sentences.c.text.label("sentence_text"))
        statement = (
            sa.select(*columns)
            .select_from(joined)
            .where(*article_conditions(filters), *kind_conditions(kind, filters))
            .order_by(*article_order(), table.c.position)
        )
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    with store.connect() as connection:
        result = connection.execution_options(stream_results=True).execute(statement)
        for row in result.mappings():
            found = Found(
                article={name: row[name] for name in ARTICLE_COLUMNS},
                record=json.loads(row["record"]),
                sentence=row.get("sentence_text"),
            )
            if kind == "articles":
                found.counts = {name: row[f"count_{name}"] for name in counts}
            yield found


def analyses(store: Store, filters: Filters, chunk_size: int = 200) -> Iterator[dict[str, Any]]:
    """Whole analyses (the `Analysis.to_dict()` contract) of the articles that pass.

    Only the article filters (dates, outlets) select articles; `filters.modalities`
    selects which of each article's events are kept.
    """
    articles = schema.articles
    statement = (
        sa.select(articles.c.id, articles.c.record)
        .where(*article_conditions(filters))
        .order_by(*article_order())
    )
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    with store.connect() as connection:
        chunk: list[tuple[str, str]] = []
        for row in connection.execution_options(stream_results=True).execute(statement):
            chunk.append((row.id, row.record))
            if len(chunk) == chunk_size:
                yield from _assemble(store, chunk, filters)
                chunk = []
        if chunk:
            yield from _assemble(store, chunk, filters)


def _assemble(
    store: Store, chunk: list[tuple[str, str]], filters: Filters
) -> Iterator[dict[str, Any]]:
    ids = [article_id for article_id, _ in chunk]
    records: dict[str, dict[str, list[dict[str, Any]]]] = {article_id: {} for article_id in ids}
    with store.connect() as connection:
        for kind, table in schema.RECORD_TABLES.items():
            statement = (
                sa.select(table.c.article_id, table.c.record)
                .where(table.c.article_id.in_(ids))
                .order_by(table.c.article_id, table.c.position)
            )
            if kind == "events" and filters.modalities is not None:
                statement = statement.where(table.c.modality.in_(filters.modalities))
            rows = connection.execute(statement)
            for article_id, group in groupby(rows, key=lambda row: row.article_id):
                records[article_id][kind] = [json.loads(row.record) for row in group]
    for article_id, article_record in chunk:
        analysis = {"article": json.loads(article_record)}
        for kind in schema.RECORD_TABLES:
            analysis[kind] = records[article_id].get(kind, [])
        yield analysis
