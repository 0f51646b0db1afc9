"""What the web pages read beyond `find`: totals, facet counts, events per day, event
places, one article's whole analysis and the story it is in.

Each count starts from the statement `find` runs (`records_statement`), so a count and the
rows it sums always agree: the web pages beside a table show counts of that very table.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from eventwire.filters import Filters
from eventwire.kinds import RecordKind
from eventwire.store.database import Store
from eventwire.store.driver import DriverStatement, driver_statement
from eventwire.store.query import (
    LeftFirstJoin,
    OrderKeysJoin,
    article_conditions,
    keyed,
    keyed_values,
    leading,
    records_statement,
)
from eventwire.store.rollup import (
    EVERY_EVENT,
    FACETS,
    ROLLUP_TABLE,
    has_rollup,
    rolled_up,
    rollup_key,
)
from eventwire.store.schema import Schema, schema_of
from eventwire.words import WORDS_PARAMETER, sentences_holding_words


@dataclass(frozen=True)
class Facet:
    """A column whose values are counted beside a listing; `filter` is the `Filters` field a
    value sets, so each count can link to the listing narrowed to it."""

    name: str
    filter: str
    column: Callable[[Schema], sa.ColumnElement[Any]]
    part: str | None = None
    """The part table the column lives in (its values are counted once per record)."""


def counted_column(name: str) -> Callable[[Schema], sa.ColumnElement[Any]]:
    """The column facet `name` counts, the one the store's kept counts count it by
    (`rollup.FACETS`), so that the two never count different things."""
    table, column = FACETS[name]
    return lambda schema: schema.metadata.tables[table].c[column]


EVENT_FACETS: tuple[Facet, ...] = (
    Facet("CAMEO root", "code", counted_column("CAMEO root")),
    Facet("PLOVER type", "plover", counted_column("PLOVER type")),
    Facet("modality", "modalities", counted_column("modality")),
    Facet("country", "country", counted_column("country")),
    Facet("outlet", "outlets", counted_column("outlet")),
    Facet("actor", "actor", counted_column("actor"), "actors"),
)
"""The facets of the events listing, in display order."""

TIMELINE_SERIES = {
    "quad_class": lambda schema: schema.records["events"].c.quad_class,
    "plover": lambda schema: schema.records["events"].c.plover_type,
}
"""What the events of a day can be split by."""


@dataclass(frozen=True)
class FacetCount:
    value: Any
    count: int


def _keys(connection: sa.Connection, store: Store, kind: str, filters: Filters) -> sa.Select:
    """The statement `find` runs, unordered and unlimited."""
    return _found(connection, store, kind, filters).order_by(None)


def _found(connection: sa.Connection, store: Store, kind: str, filters: Filters) -> sa.Select:
    """The statement `find` runs: led by a filter that keeps few, if one does."""
    lead = leading(store, connection, kind, filters)
    return records_statement(store.schema, kind, filters, lead)


def count(store: Store, kind: str, filters: Filters, limit: int | None = None) -> int:
    """How many results `find(store, kind, filters)` gives without a limit; with `limit`,
    counting stops past it (the answer is then `limit + 1`: "more than `limit`"), so the
    cost is bounded however many pass."""
    table = store.schema.records[kind]
    with store.connect() as connection:
        keys = _keys(connection, store, kind, filters)
        keys = keys.with_only_columns(table.c.article_id)
        if limit is not None:
            keys = keys.limit(limit + 1)
        statement = sa.select(sa.func.count()).select_from(keys.subquery())
        return connection.execute(statement).scalar_one()


def facet_counts(
    store: Store,
    filters: Filters,
    facets: tuple[Facet, ...] = EVENT_FACETS,
    size: int = 10,
    sample: int | None = None,
) -> dict[str, list[FacetCount]]:
    """For each facet, its `size` most frequent values among the events that pass (most
    frequent first, ties by value); empty values are left out. With `sample`, only the first
    `sample` events in listing order are counted: exact when no more pass, else each count
    is a lower bound, at a cost bounded however many pass."""
    schema, table = store.schema, store.schema.records["events"]
    counted: dict[str, Counter] = {facet.name: Counter() for facet in facets}
    plain = [facet for facet in facets if not facet.part]
    with store.connect() as connection:
        found = _found(connection, store, "events", filters)
        keys = found.order_by(None) if sample is None else found.limit(sample)
        if plain:
            columns = [facet.column(schema) for facet in plain]
            for row in connection.execute(keys.with_only_columns(*columns)):
                for facet, value in zip(plain, row, strict=True):
                    counted[facet.name][value] += 1
        for facet in facets:
            if not facet.part:
                continue
            column = facet.column(schema)
            part = column.table
            records = keys.with_only_columns(table.c.article_id, table.c.position).subquery()
            joined = LeftFirstJoin(
                records,
                part,
                sa.and_(
                    records.c.article_id == part.c.article_id,
                    records.c.position == part.c.event_position,
                ),
            )
            values = (
                sa.select(part.c.article_id, part.c.event_position, column.label("value"))
                .select_from(joined)
                .distinct()
                .subquery()
            )
            statement = sa.select(values.c.value, sa.func.count()).group_by(values.c.value)
            counted[facet.name].update(dict(connection.execute(statement).all()))
    return {name: most_frequent(counter, size) for name, counter in counted.items()}


@dataclass(frozen=True)
class Walked:
    """What one walk of the events that pass counts (`walked_in_listing_order`,
    `words_walked_in_listing_order`, `walked_as_words_found`)."""

    passing: int
    """Events passing, counted up to the walk's limit + 1."""
    facets: dict[str, list[FacetCount]]
    sampled: int
    """Events whose facets were counted: the first in listing order."""
    first: str
    """Their keys, "article_id position" a line (one object, not thousands): a page among
    them is read by its keys (`query.found_by_keys`)."""
    listed: bool = True
    """Whether they are the first in listing order (else the first the words' index finds:
    `walked_as_words_found`, whose keys no page is read by)."""

    def first_keys(self) -> list[tuple[str, int]]:
        return [(key, int(position)) for key, position in map(str.split, self.first.splitlines())]


EventRows = Callable[[sa.Connection, Store, Filters, tuple[Facet, ...], int], list[sa.Row]]
"""How a walk finds the first `limit + 1` events that pass: their keys, then the values of
the facets read beside them (`_event_columns`)."""


@dataclass(frozen=True)
class _Walker:
    """One way to walk the events that pass (`walked_in_listing_order`,
    `words_walked_in_listing_order`, `walked_as_words_found`): `read` picks the facets whose
    values `event_rows` reads beside the events it finds; the others (part facets) are counted
    in the database (`_part_counts`); `listed` says whether the events are found in listing
    order."""

    read: Callable[[tuple[Facet, ...]], tuple[Facet, ...]]
    event_rows: EventRows
    listed: bool

    def __call__(
        self,
        store: Store,
        filters: Filters,
        limit: int,
        sample: int,
        facets: tuple[Facet, ...] = EVENT_FACETS,
        size: int = 10,
        sample_past_limit: int | None = None,
    ) -> Walked:
        """The first `limit + 1` events that pass with the `read` facets' values, the first
        `sample` of them (`_sampled`) with their facets counted."""
        read = self.read(facets)
        with store.connect() as connection:
            rows = self.event_rows(connection, store, filters, read, limit)
            sampled = _sampled(rows, limit, sample, sample_past_limit)
            counted = _counted(facets, read, sampled)
            events = {(row[0], row[1]) for row in sampled}
            for facet in facets:
                if facet not in read and events:
                    statement = _part_counts(facet.column(store.schema), events)
                    counted[facet.name].update(dict(connection.execute(statement).all()))
        return _walked(rows, sampled, counted, size, self.listed)


def _first_found(
    connection: sa.Connection, store: Store, filters: Filters, read: tuple[Facet, ...], limit: int
) -> list[sa.Row]:
    """The first `limit + 1` events that pass as the words' index finds them (`_words_first`),
    with the `read` facets' values: on SQLite by a statement written once
    (`_words_walk_statement`)."""
    if store.is_sqlite:
        found = _words_walk_statement(
            store.schema, store.engine.dialect, replace(filters, text=""), read, limit + 1
        )
        return found.run(connection, {WORDS_PARAMETER: filters.text.strip()}).fetchall()
    columns = _event_columns(store.schema, read)
    statement = _words_first(store.schema, filters, connection.dialect.name, columns)
    return connection.execute(statement.limit(limit + 1)).all()


@lru_cache(maxsize=256)
def _words_walk_statement(
    schema: Schema, dialect: sa.Dialect, others: Filters, facets: tuple[Facet, ...], limit: int
) -> DriverStatement:
    """SQLite: `walked_as_words_found`'s statement for the `others` filters (no words),
    written once as SQL text for the driver, the words bound as `WORDS_PARAMETER`. Built,
    keyed and run through SQLAlchemy afresh, a common word's walk took 0.6 to 0.9 ms more
    CPU (100,000 articles: docs/serve.md, serve21c)."""
    columns = _event_columns(schema, _parts_last(facets))
    statement = _words_first(schema, others, dialect.name, columns).limit(limit)
    return driver_statement(statement, dialect)


def _event_columns(schema: Schema, read: Sequence[Facet]) -> list[sa.ColumnElement[Any]]:
    """An event's key (article id, position), then the values of the `read` facets (of a
    part facet, its values joined: `_part_values`)."""
    table = schema.records["events"]
    values = [_part_values(f.column(schema)) if f.part else f.column(schema) for f in read]
    return [table.c.article_id, table.c.position, *values]


def _not_parts(facets: Sequence[Facet]) -> tuple[Facet, ...]:
    """The facets not of part tables (those counted in the database: `_part_counts`)."""
    return tuple(facet for facet in facets if not facet.part)


def _parts_last(facets: Sequence[Facet]) -> tuple[Facet, ...]:
    """The facets, those of part tables last (as the page's facets were always read)."""
    return tuple(sorted(facets, key=lambda facet: facet.part is not None))


def _first_listed(
    connection: sa.Connection, store: Store, filters: Filters, read: tuple[Facet, ...], limit: int
) -> list[sa.Row]:
    """The first `limit + 1` events that pass, in listing order, with the `read` facets'
    values: `find`'s statement, led as it leads (SQLite sorting only as many as that)."""
    lead = leading(store, connection, "events", filters)
    first = limit + 1 if connection.dialect.name == "sqlite" else 0
    found = records_statement(store.schema, "events", filters, lead, first)
    columns = _event_columns(store.schema, read)
    return connection.execute(found.with_only_columns(*columns).limit(limit + 1)).all()


walked_in_listing_order = _Walker(_not_parts, _first_listed, listed=True)
"""`count(..., limit=limit)` and `facet_counts(..., sample=sample)` (`sample` at most
`limit`) in one walk: the first `limit + 1` events that pass, in listing order, with
their facet values, then the part facets (actors) of the first `sample` counted in the
database (`_part_counts`). One statement that finds the events instead of three (and a
page's rows read by key). With `sample_past_limit`, only that many are sampled when more
than `limit` pass (a words page: its facets stay exact wherever its total is)."""

words_walked_in_listing_order = _Walker(_parts_last, _first_listed, listed=True)
"""`walked_in_listing_order` for words that lead on SQLite (their events sorted only up
to their day: `query.words_in_listing_order`), where every event counted is sampled: one
statement reads them with their part facets' values (`_part_values`: a rare word's cold
page 25 -> 16 ms of CPU, where a second statement bound every event's key)."""

walked_as_words_found = _Walker(_parts_last, _first_found, listed=False)
"""`walked_in_listing_order` for words whose first page walks (no filter leads it): the
first `limit + 1` events found through the words' index (`_words_first`), with their
part facets' values (`_part_values`): the same total up to the limit, the facets of
other events when more pass, and no keys (no page is read by them)."""


def _sampled(
    rows: list[sa.Row], limit: int, sample: int, sample_past_limit: int | None
) -> list[sa.Row]:
    """The rows whose facets are counted: the first `sample`, or `sample_past_limit` when
    more than `limit` pass."""
    if len(rows) > limit and sample_past_limit is not None:
        sample = min(sample, sample_past_limit)
    return rows[:sample]


def _counted(
    facets: Sequence[Facet], read: Sequence[Facet], rows: list[sa.Row]
) -> dict[str, Counter]:
    """Each facet's values among `rows` (an event's key, then the `read` facets' values; a
    part's values joined by `PART_SEPARATOR`, each counted once an event); the facets not
    read are left empty."""
    counted: dict[str, Counter] = {facet.name: Counter() for facet in facets}
    for column, facet in enumerate(read, start=2):
        values: Iterable[Any] = map(itemgetter(column), rows)
        if facet.part:
            values = chain.from_iterable(set(v.split(PART_SEPARATOR)) for v in values if v)
        counted[facet.name].update(values)
    return counted


def _walked(
    rows: list[sa.Row], sampled: list[sa.Row], counted: dict[str, Counter], size: int, listed: bool
) -> Walked:
    return Walked(
        passing=len(rows),
        facets={name: most_frequent(counter, size) for name, counter in counted.items()},
        sampled=len(sampled),
        first="\n".join(f"{row[0]} {row[1]}" for row in sampled) if listed else "",
        listed=listed,
    )


PART_SEPARATOR = "\x1f"
"""Between the values of one event's part rows, as `_part_values` reads them (the unit
separator: no code holds it)."""


def _part_values(column: sa.Column) -> sa.ScalarSelect:
    """An event's values of a part table's `column`, joined by `PART_SEPARATOR` (a column of
    a statement of events): read beside the events from the part's index, where counting
    them apart (`_part_counts`) bound every event's key into a second statement."""
    part, events = column.table, column.table.metadata.tables["events"]
    return (
        sa.select(sa.func.aggregate_strings(column, PART_SEPARATOR))
        .where(part.c.article_id == events.c.article_id, part.c.event_position == events.c.position)
        .scalar_subquery()
    )


def _words_first(
    schema: Schema, filters: Filters, dialect: str, columns: list[sa.ColumnElement[Any]]
) -> sa.Select:
    """The `columns` of the events that pass, found from the sentences that hold the words
    in the words' index's order (`words.sentences_holding_words`), not in listing order:
    counting the first of them reads as many sentences as it needs, where the walk in
    listing order read every event of the articles between (a third of a 100,000-article
    store for `text=minister`) and built the set of a common word's sentences first. Their
    articles are read only where a column or a filter needs them (a count of 1,001 `said`
    events: 9 ms with them, 6.5 without, in `sqlite3`), from their order keys, which hold
    the outlet (`OrderKeysJoin`: `said`'s facets 197 -> 139 pages of articles)."""
    articles, table = schema.articles, schema.records["events"]
    held = sentences_holding_words(schema.sentences, filters.text.strip(), dialect).subquery()
    checked = tuple(taken.field for taken in schema.kinds["events"].listing.filters)
    others = tuple(field for field in checked if field != "text")
    joined = LeftFirstJoin(
        held,
        table,
        sa.and_(table.c.article_id == held.c.article_id, table.c.sentence == held.c.position),
    )
    on_articles = article_conditions(articles, filters)
    if on_articles or any(getattr(column, "table", None) is articles for column in columns):
        joined = OrderKeysJoin(joined, articles, articles.c.id == table.c.article_id)
    conditions = schema.kinds["events"].listing.conditions(table, filters, others)
    return sa.select(*columns).select_from(joined).where(*on_articles, *conditions)


def _part_counts(column: sa.Column, events: set[tuple[str, int]]) -> sa.Select:
    """Value -> events that have it, of a part table's `column`, for these events (article
    id, position): counted in the database, each event once a value (`query.keyed`)."""
    part = column.table
    values = (
        sa.select(part.c.article_id, part.c.event_position, column.label("value"))
        .where(*keyed(part.c.article_id, part.c.event_position, *keyed_values(events)))
        .distinct()
        .subquery()
    )
    return sa.select(values.c.value, sa.func.count()).group_by(values.c.value)


def most_frequent(counts: dict[Any, int], size: int) -> list[FacetCount]:
    """The `size` most frequent values (ties by value), empty values left out."""
    return [
        FacetCount(value, n)
        for value, n in sorted(
            ((value, n) for value, n in counts.items() if value not in (None, "")),
            key=lambda item: (-item[1], item[0]),
        )[:size]
    ]


def kept_counts(
    store: Store, filters: Filters, facets: tuple[Facet, ...] = EVENT_FACETS, size: int = 10
) -> tuple[int, dict[str, list[FacetCount]]] | None:
    """How many events pass `filters` and their facet counts (as `facet_counts` without
    a sample), read from the counts the store keeps (`store.rollup`): exact, at the cost of
    an index read however many pass. None when the store keeps none for these filters."""
    key = rollup_key(filters)
    if key is None or not has_rollup(store.schema.metadata):
        return None
    with store.connect() as connection:
        table = store.schema.metadata.tables[ROLLUP_TABLE]
        counted = rolled_up(connection, table, key, filters)
    total = counted[EVERY_EVENT][EVERY_EVENT]
    return total, {facet.name: most_frequent(counted.get(facet.name, {}), size) for facet in facets}


def day_counts(store: Store, filters: Filters, by: str = "quad_class") -> list[dict[str, Any]]:
    """Events per publication day, split by `by` (a `TIMELINE_SERIES` name): one
    {day, counts: {series value: n}} per day that has any, oldest first; undated articles
    drop out."""
    if by not in TIMELINE_SERIES:
        raise ValueError(f"no timeline series {by!r}; use one of {', '.join(TIMELINE_SERIES)}")
    schema = store.schema
    series = TIMELINE_SERIES[by](schema).label("series")
    day = schema.articles.c.published_date.label("day")
    days: dict[str, dict[str, int]] = {}
    with store.connect() as connection:
        keys = _keys(connection, store, "events", filters)
        values = keys.with_only_columns(day, series).subquery()
        statement = (
            sa.select(values.c.day, values.c.series, sa.func.count().label("count"))
            .where(values.c.day.is_not(None))
            .group_by(values.c.day, values.c.series)
            .order_by(values.c.day, values.c.series)
        )
        for row in connection.execute(statement):
            key = "none" if row.series is None else str(row.series)
            days.setdefault(row.day, {})[key] = row.count
    return [{"day": day, "counts": counts} for day, counts in days.items()]


def event_places(store: Store, filters: Filters, limit: int = 5000) -> list[dict[str, Any]]:
    """The events that pass and have a located place: where, and enough to name and link
    each one; in `find` order, at most `limit`."""
    schema, table = store.schema, store.schema.records["events"]
    articles = schema.articles
    with store.connect() as connection:
        statement = (
            _found(connection, store, "events", filters)
            .with_only_columns(
                table.c.article_id,
                table.c.id,
                table.c.trigger,
                table.c.cameo,
                table.c.plover_type,
                table.c.place_name,
                table.c.place_country,
                table.c.place_lat,
                table.c.place_lon,
                table.c.place_precision,
                articles.c.title,
                articles.c.published,
            )
            .where(table.c.place_lat.is_not(None), table.c.place_lon.is_not(None))
            .limit(limit)
        )
        return [dict(row) for row in connection.execute(statement).mappings()]


@cache
def _analysis_statement(kinds: tuple[RecordKind, ...], many: bool) -> sa.CompoundSelect:
    """Articles' records, their sentences' spans and every record of `kinds`, in one
    statement (`stored_analyses`): each row its article, its part (0 the article, 1 a
    sentence, then the kinds in order; numbers written into the SQL), position, record and
    span. `many` reads the expanding `article_ids`, else the one `article_id`: an `IN`
    list of one cost the article page 0.2 ms of CPU more than `=` (1.35 against 1.15)."""
    schema = schema_of(kinds)
    if many:
        wanted = sa.bindparam("article_ids", expanding=True)

        def of(column: sa.Column[str]) -> sa.ColumnElement[bool]:
            return column.in_(wanted)
    else:
        one = sa.bindparam("article_id")

        def of(column: sa.Column[str]) -> sa.ColumnElement[bool]:
            return column == one

    no_text, no_number = sa.cast(sa.null(), sa.Text), sa.cast(sa.null(), sa.Integer)
    articles, sentences = schema.articles, schema.sentences
    parts = [
        sa.select(
            articles.c.id.label("article_id"),
            sa.literal_column("0").label("part"),
            sa.literal_column("0").label("position"),
            articles.c.record,
            no_number.label("char_start"),
            no_number.label("char_end"),
        ).where(of(articles.c.id)),
        sa.select(
            sentences.c.article_id,
            sa.literal_column("1"),
            sentences.c.position,
            no_text,
            sentences.c.char_start,
            sentences.c.char_end,
        ).where(of(sentences.c.article_id)),
    ]
    for part, table in enumerate(schema.records.values(), 2):
        parts.append(
            sa.select(
                table.c.article_id,
                sa.literal_column(str(part)),
                table.c.position,
                table.c.record,
                no_number,
                no_number,
            ).where(of(table.c.article_id))
        )
    return sa.union_all(*parts).order_by(
        sa.literal_column("article_id"), sa.literal_column("part"), sa.literal_column("position")
    )


def stored_analyses(store: Store, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each found article's whole analysis (every modality) and its sentences, by id: read
    in one statement, where a statement a table was half a cold article page's reading CPU
    and a story page read its articles one by one."""
    if not article_ids:
        return {}
    kinds = tuple(store.schema.records)
    many = len(article_ids) > 1
    statement = _analysis_statement(tuple(store.schema.kinds.values()), many)
    wanted = {"article_ids": list(article_ids)} if many else {"article_id": article_ids[0]}
    with store.connect() as connection:
        rows = connection.execute(statement, wanted).all()
    analyses: dict[str, dict[str, Any]] = {}
    for article_id, part, position, record, start, end in rows:
        if part == 0:
            analyses[article_id] = {
                "article": json.loads(record),
                **{kind: [] for kind in kinds},
                "sentences": [],
            }
        elif article_id not in analyses:
            continue  # records of an article with no article row: not an analysis
        elif part == 1:
            analyses[article_id]["sentences"].append(
                {"index": position, "start": start, "end": end}
            )
        else:
            analyses[article_id][kinds[part - 2]].append(json.loads(record))
    return analyses


def stored_analysis(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article's whole analysis (`stored_analyses`), or None."""
    return stored_analyses(store, [article_id]).get(article_id)


def story_of(store: Store, article_id: str) -> str | None:
    """The id of the story an article belongs to, None when it is in none."""
    index = store.schema.story_index
    with store.connect() as connection:
        return connection.execute(
            sa.select(index.c.story_id).where(index.c.article_id == article_id)
        ).scalar_one_or_none()
