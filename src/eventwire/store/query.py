"""Find stored records by the filters their kind takes (`eventwire.kinds`), and whole analyses.

Results come in a fixed order (article publication date, then article id, then the record's
position in its article) so the same database always answers the same way.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from eventwire.filters import Filters
from eventwire.kinds import ARTICLES, Filter
from eventwire.records import Sentence
from eventwire.store import listed_words
from eventwire.store.database import Store
from eventwire.store.driver import (
    DriverStatement,
    driver_statement,
    listed_parameters,
    listed_values,
)
from eventwire.store.rollup import (
    MODALITY_FILTER,
    ROLLUP_TABLE,
    has_rollup,
    kept_lead,
    modality_events,
)
from eventwire.store.schema import ORDER_KEYS_INDEX, Schema, article_order, undated
from eventwire.words import WORDS_PARAMETER, short_walk

ARTICLE_COLUMNS = ("id", "title", "outlet", "url", "published")


@dataclass
class Found:
    """One result: the record's JSON and the article it came from (without its text)."""

    article: dict[str, Any]
    record: dict[str, Any]
    sentence: str | None = None
    counts: dict[str, int] | None = None
    position: int | None = None
    """The record's position in its article: with the article's id, its key (`find`'s `after`)."""
    record_text: str | None = None
    """The record as stored, its JSON text (results read from the store): a page kept as JSON
    text splices it in, where writing the record again cost most of keeping the page."""


def article_conditions(articles: sa.Table, filters: Filters) -> list[sa.ColumnElement[bool]]:
    """The filters every query takes: publication dates and outlets."""
    conditions = []
    if filters.since or filters.until:
        conditions.append(undated(articles) == 0)
    if filters.since:
        conditions.append(articles.c.published_date >= filters.since)
    if filters.until:
        conditions.append(articles.c.published_date <= filters.until)
    if filters.outlets:
        names = sorted({outlet.lower() for outlet in filters.outlets})
        conditions.append(sa.func.lower(articles.c.outlet).in_(names))
    return conditions


def find(
    store: Store, kind: str, filters: Filters, after: tuple[str, int] | None = None
) -> Iterator[Found]:
    """Results of the query command `kind` ('articles' or a record kind with a listing);
    with `after` (a record kind's key: article id, position), only those listed after it."""
    with store.connect() as connection:
        lead = None if kind == "articles" else leading(store, connection, kind, filters)
        lead = lead or words_page_lead(store, kind, filters)
        first = 0
        if filters.limit is not None and store.is_sqlite:
            first = filters.limit + filters.offset
        if lead == "text" and kind == "events" and first and after is None:
            page = _words_page_statement(
                store.schema, store.engine.dialect, replace(filters, text=None)
            )
            cursor = page.run(connection, {WORDS_PARAMETER: filters.text.strip()})
            names = [column[0] for column in cursor.description]
            for row in cursor:
                yield found_of(dict(zip(names, row, strict=True)), kind)
            return
        led_after = []
        if after is not None and lead is not None:
            led_after = keyed_after(connection, store.schema, kind, after, filters)
        statement = (
            articles_statement(store.schema, filters)
            if kind == "articles"
            else records_statement(store.schema, kind, filters, lead, first, led_after)
        )
        if after is not None and lead is None:
            statement = listed_after(connection, store.schema, kind, statement, after, filters)
        if lead is not None and filters.limit is not None:
            statement = page_of_sorted(store.schema, kind, statement, filters)
        else:
            if filters.limit is not None:
                statement = statement.limit(filters.limit)
            if filters.offset:
                statement = statement.offset(filters.offset)
        result = connection.execution_options(stream_results=True).execute(statement)
        for row in result.mappings():
            yield found_of(row, kind)


@lru_cache(maxsize=256)
def _words_page_statement(schema: Schema, dialect: sa.Dialect, others: Filters) -> DriverStatement:
    """SQLite: the first page of events led by words (`words_in_listing_order`), for the
    `others` filters (no words), written once as SQL text for the driver, the words bound
    as `WORDS_PARAMETER`. Built, keyed and run through SQLAlchemy afresh, a common word's
    page took 2.5 to 3 ms more CPU than SQLite's reading (100,000 articles: docs/serve.md,
    serve21c)."""
    first = (others.limit or 0) + others.offset
    words = sa.bindparam(WORDS_PARAMETER, "", type_=sa.String)
    statement = records_statement(schema, "events", others, "text", first, words=words)
    return driver_statement(page_of_sorted(schema, "events", statement, others), dialect)


def found_of(row: Mapping[str, Any], kind: str) -> Found:
    """The result a row of a listing statement gives (`records_statement`, `articles_statement`)."""
    text = row["record"]
    return Found(
        article={name: row[name] for name in ARTICLE_COLUMNS},
        record=json.loads(text),
        sentence=row.get("sentence_text"),
        counts={name: row[f"count_{name}"] for name in ARTICLES.counts}
        if kind == "articles"
        else None,
        position=row.get("record_position"),
        record_text=text,
    )


def articles_statement(schema: Schema, filters: Filters) -> sa.Select:
    articles = schema.articles
    counts = [
        sa.select(sa.func.count())
        .select_from(schema.records[name])
        .where(schema.records[name].c.article_id == articles.c.id)
        .scalar_subquery()
        .label(f"count_{name}")
        for name in ARTICLES.counts
    ]
    return (
        sa.select(articles.c.record, *(articles.c[name] for name in ARTICLE_COLUMNS), *counts)
        .where(*article_conditions(articles, filters), *ARTICLES.conditions(articles, filters))
        .order_by(*article_order(articles, _dated(filters)))
    )


def _dated(filters: Filters) -> bool:
    return bool(filters.since or filters.until)


class NoSuchRecord(LookupError):
    """A key (`find`'s `after`) names no stored article."""


def listed_after(
    connection: sa.Connection,
    schema: Schema,
    kind: str,
    statement: sa.Select,
    key: tuple[str, int],
    filters: Filters,
) -> sa.Select | sa.CompoundSelect:
    """The records of a listing `statement` listed after the one with this key (keyset
    paging: a next page reads from there, not every row before it). Its article's place in
    listing order is read once. Dated and undated articles (NULL dates, listed last, by id)
    are compared apart: a row value holding NULL compares as unknown. The statement is a
    walk (a led query takes `keyed_after`); on SQLite it reads them as two walks, one after
    the other, each in an order the listing index keeps with its first column fixed: SQLite
    seeks the index to the key only with that column fixed, and then sorts anything ordered
    by it."""
    after, arms = _after_arms(connection, schema, kind, key, filters)
    if connection.dialect.name != "sqlite":
        return statement.where(after, sa.or_(sa.false(), *arms))
    articles, table = schema.articles, schema.records[kind]
    order = (articles.c.published_date, articles.c.published, articles.c.id)
    ordered = (*order, table.c.position)
    limit = None if filters.limit is None else filters.limit + filters.offset
    selects = [
        statement.where(after, arm).order_by(None).order_by(*ordered).limit(limit).subquery()
        for arm in arms or [sa.false()]
    ]
    return sa.union_all(*(sa.select(*select.c) for select in selects))


def keyed_after(
    connection: sa.Connection, schema: Schema, kind: str, key: tuple[str, int], filters: Filters
) -> list[sa.ColumnElement[bool]]:
    """The conditions of the records listed after the one with this key, for a led query
    (`listed_after`; the words' bound of a led page counts only the records they keep)."""
    after, arms = _after_arms(connection, schema, kind, key, filters)
    return [after, sa.or_(sa.false(), *arms)]


def _after_arms(
    connection: sa.Connection, schema: Schema, kind: str, key: tuple[str, int], filters: Filters
) -> tuple[sa.ColumnElement[bool], list[sa.ColumnElement[bool]]]:
    """Not the key's record or before it in its article, and the arms (dated, undated) of
    the articles from the key's on in listing order (`listed_after`)."""
    articles, table = schema.articles, schema.records[kind]
    article_id, position = key
    published = connection.execute(
        sa.select(articles.c.published_date, articles.c.published).where(
            articles.c.id == article_id
        )
    ).one_or_none()
    if published is None:
        raise NoSuchRecord(f"no article {article_id!r}")
    after = sa.or_(articles.c.id != article_id, table.c.position > position)
    undated_after = sa.and_(
        undated(articles) == 1,
        articles.c.published_date.is_(None),
        articles.c.published.is_(None),
        *([articles.c.id >= article_id] if published.published is None else []),
    )
    order = sa.tuple_(articles.c.published_date, articles.c.published, articles.c.id)
    dated_after = sa.and_(
        undated(articles) == 0,
        order >= sa.tuple_(published.published_date, published.published, article_id),
    )
    arms = [undated_after] if published.published is None else [dated_after, undated_after]
    if _dated(filters):
        arms = arms[:1] if published.published is not None else []
    return after, arms


class LeftFirstJoin(sa.Join):
    """A join of a table, read left side first: on SQLite a CROSS JOIN, which its planner
    keeps in that order whatever indexes tempt it otherwise; elsewhere a plain join."""

    inherit_cache = True


@compiles(LeftFirstJoin, "sqlite")
def _cross_join(join: LeftFirstJoin, compiler: Any, **options: Any) -> str:
    left, right = compiler.visit_join(join, **options).rsplit(" JOIN ", 1)
    return f"{left} CROSS JOIN {right}"


class OrderKeysJoin(LeftFirstJoin):
    """A led query's records joined to their articles: on SQLite the articles read
    through `ORDER_KEYS_INDEX` (INDEXED BY), which holds all the sort needs of them; left
    to itself, SQLite takes the unique key and then reads every passing event's article
    row. Elsewhere a plain join."""

    inherit_cache = True


@compiles(OrderKeysJoin, "sqlite")
def _cross_join_order_keys(join: OrderKeysJoin, compiler: Any, **options: Any) -> str:
    left, right = _cross_join(join, compiler, **options).rsplit(" CROSS JOIN ", 1)
    table, on = right.split(" ON ", 1)
    return f"{left} CROSS JOIN {table} INDEXED BY {ORDER_KEYS_INDEX} ON {on}"


class walk_condition(FunctionElement):
    """walk_condition(condition): the condition, on SQLite made one that no index can serve
    (CASE ... = 1), so that no filter's index competes with the walk in listing order;
    elsewhere as it is: PostgreSQL keeps statistics, and the CASE only hid from its planner
    how many rows pass (it estimated 204 of 80,000 events and sorted them all)."""

    type = sa.Boolean()
    inherit_cache = True
    name = "walk_condition"


@compiles(walk_condition, "sqlite")
def _unindexed(element: walk_condition, compiler: Any, **options: Any) -> str:
    (condition,) = element.clauses
    return compiler.process(sa.case((condition, 1), else_=0) == 1, **options)


class article_check(FunctionElement):
    """article_check(condition): on SQLite, a filter's condition on the article
    (`Filter.in_article`), which a walk in listing order checks before it reads an
    article's records: one range of the part table's index an article, where each record
    probed it (a rare actor's first page: 21 → 8 ms at 100,000 articles, docs/serve.md);
    elsewhere true: PostgreSQL plans its own joins from its statistics."""

    type = sa.Boolean()
    inherit_cache = True
    name = "article_check"


@compiles(walk_condition)
@compiles(article_check, "sqlite")
def _as_it_is(element: walk_condition | article_check, compiler: Any, **options: Any) -> str:
    (condition,) = element.clauses
    return compiler.process(condition, **options)


@compiles(article_check)
def _left_to_the_planner(element: article_check, compiler: Any, **options: Any) -> str:
    return compiler.process(sa.true(), **options)


LEAD_LIMIT = 30_000
"""Most rows a filter may read from its index (`Filter.kept`) and still lead a query: up to
it, finding its records through that index and sorting them beats walking every article
for them (measured at 100,000 articles, docs/serve.md)."""

PAGE_LEAD_LIMITS = {"text": 16_000}
"""Lower limits (`LEAD_LIMIT`) for the first pages of a listing (`words.short_walk`) on
PostgreSQL: the first page of a word in 16,000 to 30,000 sentences walked in 16-22 ms where
leading sorted all its events in 65-130 ms (SQLite, 100,000 articles, docs/serve.md); a
timeline, a deep page and a rarer word still lead with it (one sort gives a page's count
and its first pages). SQLite reads such a page, and one of any word, from the words in
listing order, up to its day (`words_in_listing_order`: `police` 30 -> 20 ms led,
docs/serve.md; `words_page_lead`)."""

WORDS_FILTER = "text"
"""The filter of words (`kinds.sentences_with_words`: the sentences holding them, whatever
the other filters), whose count `lead_counts` keeps per words (`_words_kept`)."""

LEAD_SECONDS = 60.0
"""How long a store keeps the filter a query leads with (`leading`)."""
LEADS_KEPT = 1024
"""Most choices a store keeps; past it, it forgets them all."""


def leading(store: Store, connection: sa.Connection, kind: str, filters: Filters) -> str | None:
    """`lead_filter`, its counts kept for `LEAD_SECONDS` per store, kind and filters (paging
    aside), so a page's count, rows and facets ask once. Every choice answers the same
    rows, only faster or slower, so one made before the data changed is never wrong."""
    key = (kind, replace(filters, limit=None, offset=0), LEAD_LIMIT)
    now = time.monotonic()
    counted = store.leads.get(key)
    if counted is None or now - counted[0] > LEAD_SECONDS:
        if len(store.leads) >= LEADS_KEPT:
            store.leads.clear()
        counts = lead_counts(connection, store.schema, kind, filters, _words_kept(store, now))
        counted = store.leads[key] = (now, counts)
    return _fewest(counted[1], filters, store.engine.dialect.name)


def _words_kept(store: Store, now: float) -> dict[tuple[str, str, int], int]:
    """The store's counts of the sentences holding words (`lead_counts`), forgotten after
    `LEAD_SECONDS`: the same words beside other filters (a facet's link, a range of days)
    are not counted again (a common word, 3.5 ms: docs/serve.md, serve19)."""
    counted_at, kept = store.words_kept
    if now - counted_at > LEAD_SECONDS or len(kept) >= LEADS_KEPT:
        kept = {}
        store.words_kept = (now, kept)
    return kept


def words_page_lead(store: Store, kind: str, filters: Filters) -> str | None:
    """SQLite: "text" for a short page of events with words (`words.short_walk`) that no
    filter leads: read from the words in listing order up to the page's day
    (`words_in_listing_order`) however many sentences hold them, where a walk in listing
    order checked every event's sentence until the page was full (a common word's first
    page 15-35 ms walked, 9-12 led; its tenth 53-250 ms walked, 17-28 led; the densest,
    `said`, 11 -> 15 ms on its first page, 19 -> 14 on its second: 100,000 articles,
    docs/serve.md, serve18). Only the page's reading: a page's counts choose their own way."""
    if kind != "events" or not store.is_sqlite or filters.text in (None, ""):
        return None
    return "text" if short_walk(filters) else None


def first_page(filters: Filters) -> Filters:
    """The filters of a listing's first page: its lead (`leading`) is the one a page asks."""
    return replace(filters, limit=1, offset=0)


def lead_filter(
    connection: sa.Connection, schema: Schema, kind: str, filters: Filters
) -> str | None:
    """The filter that keeps fewest records of `kind` if it keeps at most `LEAD_LIMIT` (a
    rare country, actor, PLOVER type, word; the first pages of a listing, at most
    `PAGE_LEAD_LIMITS`), else None: walk in listing order (`lead_counts`)."""
    return _fewest(lead_counts(connection, schema, kind, filters), filters, connection.dialect.name)


def lead_counts(
    connection: sa.Connection,
    schema: Schema,
    kind: str,
    filters: Filters,
    words_kept: dict[tuple[str, str, int], int] | None = None,
) -> dict[str, int]:
    """Per set filter that can lead, the rows leading with it would read, up to
    `LEAD_LIMIT` + 1. Each filter with a `seek` form counts them (`Filter.kept`) in its
    index, stopping past the limit, so asking costs at most that many index entries a
    filter. A one-filter page of events asks the counts the store keeps instead
    (`rollup.kept_lead`): its lead alone, counted as none; on other pages of events the
    modalities' rows are read from those counts (`rollup.modality_events`). `words_kept`:
    the words' counts already made, per kind and words, which it adds to (`leading`)."""
    record_kind = schema.kinds.get(kind)
    if record_kind is None or record_kind.listing is None:
        return {}
    rollup = None
    if kind == "events" and has_rollup(schema.metadata):
        rollup = schema.metadata.tables[ROLLUP_TABLE]
        decided, lead = kept_lead(connection, rollup, filters, LEAD_LIMIT)
        if decided:
            return {} if lead is None else {lead: 0}
    table, kept = schema.records[kind], {}
    for taken in record_kind.listing.filters:
        value = getattr(filters, taken.field)
        if taken.seek is None or value in (None, ""):
            continue
        if rollup is not None and taken.field == MODALITY_FILTER:
            kept[taken.field] = min(modality_events(connection, rollup, filters), LEAD_LIMIT + 1)
            continue
        words = (kind, value.strip(), LEAD_LIMIT) if taken.field == WORDS_FILTER else None
        if words is not None and words_kept is not None and words in words_kept:
            kept[taken.field] = words_kept[words]
            continue
        if words is not None and taken.kept is not None and connection.dialect.name == "sqlite":
            counted = _words_count_statement(taken, table, connection.dialect)
            cursor = counted.run(connection, {WORDS_PARAMETER: value.strip()})
            kept[taken.field] = cursor.fetchone()[0]
        else:
            if taken.kept is not None:
                rows = taken.kept(table, value, filters)
            else:
                condition = taken.seek(table, value, filters)
                if condition is None:
                    continue
                rows = sa.select(sa.literal(1)).select_from(table).where(condition)
            counted_rows = rows.limit(LEAD_LIMIT + 1).subquery()
            kept[taken.field] = connection.execute(
                sa.select(sa.func.count()).select_from(counted_rows)
            ).scalar_one()
        if words is not None and words_kept is not None:
            words_kept[words] = kept[taken.field]
    return kept


@lru_cache(maxsize=64)
def _words_count_statement(taken: Filter, table: sa.Table, dialect: sa.Dialect) -> DriverStatement:
    """SQLite: `lead_counts`'s count of the sentences that hold words (`taken.kept`), up to
    `LEAD_LIMIT` + 1, written once as SQL text for the driver, the words bound as
    `WORDS_PARAMETER` (0.3 to 0.5 ms of each words answer built afresh: serve21c). The count
    reads the words' index alone (`kinds.sentences_with_words`), no other filter."""
    words = sa.bindparam(WORDS_PARAMETER, "", type_=sa.String)
    rows = taken.kept(table, words, Filters()).limit(LEAD_LIMIT + 1).subquery()
    return driver_statement(sa.select(sa.func.count()).select_from(rows), dialect)


def _fewest(kept: dict[str, int], filters: Filters, dialect: str) -> str | None:
    limits = PAGE_LEAD_LIMITS if short_walk(filters) and dialect != "sqlite" else {}
    leads = {field: n for field, n in kept.items() if n <= limits.get(field, LEAD_LIMIT)}
    return min(leads, key=leads.__getitem__, default=None)


def records_statement(
    schema: Schema,
    kind: str,
    filters: Filters,
    lead: str | None = None,
    first: int = 0,
    led_after: list[sa.ColumnElement[bool]] | None = None,
    words: sa.BindParameter[str] | None = None,
) -> sa.Select:
    """The records of `kind` that pass, in listing order.

    Without a `lead`, found by walking the articles in that order (the listing index) and
    reading each one's records (through the covering `walk` index where the kind has one),
    so a limited statement stops after the articles that fill it and nothing is sorted but
    one article's records. Left to itself, SQLite (which keeps no statistics here) picks the
    index of a filter, however many records pass, and sorts them all: seconds for a page of
    a common value. The record filters are made one condition no index can serve, so none
    competes with the walk. With a `lead` (`lead_filter`: a filter that keeps few), the
    records it keeps are found first through its index (its `seek` form), the others
    checked on them, and those few sorted, their articles' order read from
    `ORDER_KEYS_INDEX` alone. The conditions know the walk's limit (a walk that stops
    after a page checks a common word a sentence at a time: `words.walked_words`); a led
    query reads every record its filter keeps; where the caller takes only the `first` rows
    (SQLite: a page led by words, `words_in_listing_order`), the records up to their day;
    `led_after`: a led page's conditions after a key (`keyed_after`), counted in that bound;
    `words`: a parameter that holds the words of such a page in place of the filters'."""
    record_kind = schema.kinds.get(kind)
    if record_kind is None or record_kind.listing is None:
        raise ValueError(f"no record kind {kind!r} to query")
    articles, table = schema.articles, schema.records[kind]
    checked = tuple(taken.field for taken in record_kind.listing.filters if taken.field != lead)
    read = filters if lead is None else replace(filters, limit=None, offset=0)  # all it keeps
    conditions = record_kind.listing.conditions(table, read, checked) if checked else []
    if conditions:
        conditions = [walk_condition(sa.and_(*conditions))]
    on = articles.c.id == table.c.article_id
    if lead is None:
        joined = LeftFirstJoin(articles, table, on)
        conditions.extend(_article_checks(record_kind.listing.filters, articles, read))
    else:
        (seek,) = (taken.seek for taken in record_kind.listing.filters if taken.field == lead)
        led_after = led_after or []
        if lead == "text" and first and kind == "events":
            on_articles = [*article_conditions(articles, filters), *led_after]
            conditions.append(
                words_in_listing_order(
                    schema,
                    filters.text.strip() if words is None else words,
                    first,
                    conditions,
                    on_articles,
                )
            )
        else:
            conditions.append(seek(table, getattr(filters, lead), filters))
        conditions.extend(led_after)
        joined = OrderKeysJoin(table, articles, on)
    return (
        _shown(schema, kind, joined)
        .where(*article_conditions(articles, filters), *conditions)
        .order_by(*article_order(articles, _dated(filters)), table.c.position)
    )


def words_in_listing_order(
    schema: Schema,
    words: str | sa.BindParameter[str],
    first: int,
    conditions: list[sa.ColumnElement[bool]],
    on_articles: list[sa.ColumnElement[bool]],
) -> sa.ColumnElement[bool]:
    """SQLite: the event's sentence holds the words and is keyed in
    `listed_words.LISTED_WORDS_TABLE` up to the day the `first` events that pass (the
    other `conditions`, `on_articles`) end on in listing order (`listed_words.words_day_bound`):
    the events of a rare word's first page, read from its earliest sentences, where the
    words' own index gives every sentence that holds it."""
    table, articles = schema.records["events"], schema.articles
    keys = listed_words.sentence_keys
    on_keys = sa.and_(table.c.article_id == keys.c.article_id, table.c.sentence == keys.c.position)
    joined = LeftFirstJoin(
        LeftFirstJoin(listed_words.listed, keys, keys.c.words_key == listed_words.listed.c.rowid),
        table,
        on_keys,
    )
    if on_articles:
        joined = LeftFirstJoin(joined, articles, articles.c.id == table.c.article_id)
    first_found = (
        sa.select(listed_words.key_day())
        .select_from(joined)
        .where(listed_words.listed_match(words), *conditions, *on_articles)
        .order_by(listed_words.listed.c.rowid)
        .limit(first)
        .correlate(None)
    )
    bound = listed_words.words_day_bound(first_found)
    in_range = (
        sa.select(listed_words.listed.c.rowid)
        .where(listed_words.listed_match(words), listed_words.listed.c.rowid <= bound)
        .correlate(None)
    )
    sentences = (
        sa.select(keys.c.article_id, keys.c.position)
        .where(keys.c.words_key.in_(in_range))
        .correlate(None)
    )
    return sa.tuple_(table.c.article_id, table.c.sentence).in_(sentences)


def _article_checks(
    taken: tuple[Filter, ...], articles: sa.Table, filters: Filters
) -> list[sa.ColumnElement[bool]]:
    """The set filters' conditions on the article (`Filter.in_article`), for a walk."""
    return [
        article_check(each.in_article(articles, getattr(filters, each.field), filters))
        for each in taken
        if each.in_article is not None and getattr(filters, each.field) not in (None, "")
    ]


def _shown(schema: Schema, kind: str, joined: sa.Join) -> sa.Select:
    """What a result shows of each record (`Found`), from the records and articles `joined`."""
    articles, table = schema.articles, schema.records[kind]
    columns = [
        table.c.record,
        table.c.position.label("record_position"),
        *(articles.c[name] for name in ARTICLE_COLUMNS),
    ]
    if schema.kinds[kind].sentence:
        sentences = schema.sentences
        joined = joined.outerjoin(
            sentences,
            sa.and_(
                sentences.c.article_id == table.c.article_id,
                sentences.c.position == table.c.sentence,
            ),
        )
        columns.append(sentences.c.text.label("sentence_text"))
    return sa.select(*columns).select_from(joined)


def page_of_sorted(schema: Schema, kind: str, statement: sa.Select, filters: Filters) -> sa.Select:
    """A limited page of a statement whose records are sorted (a `lead`): sorted as keys
    alone, then the page's records read. Sorting whole rows would read every passing
    record's JSON to carry it through the sort."""
    table, articles = schema.records[kind], schema.articles
    keys = (
        statement.with_only_columns(table.c.article_id, table.c.position)
        .limit(filters.limit)
        .offset(filters.offset or None)
        .subquery("page")
    )
    on = sa.and_(table.c.article_id == keys.c.article_id, table.c.position == keys.c.position)
    joined = LeftFirstJoin(
        LeftFirstJoin(keys, table, on), articles, articles.c.id == keys.c.article_id
    )
    return _shown(schema, kind, joined).order_by(
        *article_order(articles, _dated(filters)), table.c.position
    )


def found_by_keys(store: Store, kind: str, keys: list[tuple[str, int]]) -> list[Found]:
    """The results of the records with these keys (article id, position), in this order: a
    page whose records a walk already found in listing order (`facets.walked_in_listing_order`).
    Read on the DB-API cursor (`_by_keys_statement`), its rows the driver's tuples."""
    if not keys:
        return []
    ids, texts = keyed_values(keys)
    statement = _by_keys_statement(store.schema, kind, store.engine.dialect, len(ids), len(texts))
    values = {**listed_values("articles", ids), **listed_values("keys", texts)}
    with store.connect() as connection:
        cursor = statement.run(connection, values)
        names = [column[0] for column in cursor.description]
        found = {}
        for row in cursor.fetchall():
            result = found_of(dict(zip(names, row, strict=True)), kind)
            found[result.article["id"], result.position] = result
    return [found[key] for key in keys]


@lru_cache(maxsize=256)
def _by_keys_statement(
    schema: Schema, kind: str, dialect: sa.Dialect, articles: int, keys: int
) -> DriverStatement:
    """`found_by_keys`'s statement for pages of `keys` records from `articles` articles,
    written once as SQL text for the driver, its values bound (`articles_N`, `keys_N`:
    `keyed_values`). Built, keyed and run through SQLAlchemy afresh, a words page's rows
    took 5.8 ms of CPU, 3.5 so (100,000 articles: docs/serve.md, serve19)."""
    table, listed = schema.records[kind], schema.articles
    joined = LeftFirstJoin(table, listed, listed.c.id == table.c.article_id)
    ids, texts = listed_parameters("articles", articles), listed_parameters("keys", keys)
    statement = _shown(schema, kind, joined).where(
        *keyed(table.c.article_id, table.c.position, ids, texts)
    )
    return driver_statement(statement, dialect)


def keyed_values(keys: Iterable[tuple[str, int]]) -> tuple[list[str], list[str]]:
    """The values `keyed` binds for these keys: their articles' ids, and the keys as text
    (article id, a space, position), each sorted, each once."""
    keys = set(keys)
    return (
        sorted({article for article, _ in keys}),
        sorted(f"{article} {at}" for article, at in keys),
    )


def keyed(
    article_id: sa.Column,
    position: sa.Column,
    ids: Iterable[Any],
    texts: Iterable[Any],
) -> list[sa.ColumnElement[bool]]:
    """The conditions of the rows with these keys (`keyed_values`: the article `ids`, the
    keys as `texts`): their articles through the index, then the keys as text pick the rows
    among them, before a row's other columns are read. Not a row-value IN (SQLite scans the
    whole table for one), nor the articles and the positions apart, which read every row of
    an article at any of those positions (a words page: four times its 51 records, their
    JSON and sentences)."""
    as_text = article_id + " " + sa.cast(position, sa.String)
    return [article_id.in_(list(ids)), as_text.in_(list(texts))]


def analyses(store: Store, filters: Filters, chunk_size: int = 200) -> Iterator[dict[str, Any]]:
    """Whole analyses (the `Analysis.to_dict()` contract) of the articles that pass.

    Only the article filters (dates, outlets) select articles; the other filters select
    which of each article's records are kept (`filters.modalities`: which events).
    """
    articles = store.schema.articles
    statement = (
        sa.select(articles.c.id, articles.c.record)
        .where(*article_conditions(articles, filters))
        .order_by(*article_order(articles, _dated(filters)))
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


WHOLE_ANALYSIS_FILTERS = ("modalities",)
"""The filters an export of whole analyses applies to the records of each article."""


def _assemble(
    store: Store, chunk: list[tuple[str, str]], filters: Filters
) -> Iterator[dict[str, Any]]:
    ids = [article_id for article_id, _ in chunk]
    records: dict[str, dict[str, list[dict[str, Any]]]] = {article_id: {} for article_id in ids}
    with store.connect() as connection:
        for kind, table in store.schema.records.items():
            listing = store.schema.kinds[kind].listing
            kept = listing.conditions(table, filters, WHOLE_ANALYSIS_FILTERS) if listing else []
            statement = (
                sa.select(table.c.article_id, table.c.record)
                .where(table.c.article_id.in_(ids), *kept)
                .order_by(table.c.article_id, table.c.position)
            )
            rows = connection.execute(statement)
            for article_id, group in groupby(rows, key=lambda row: row.article_id):
                records[article_id][kind] = [json.loads(row.record) for row in group]
    for article_id, article_record in chunk:
        analysis = {"article": json.loads(article_record)}
        for kind in store.schema.records:
            analysis[kind] = records[article_id].get(kind, [])
        yield analysis


def article_sentences(store: Store, article_ids: list[str]) -> dict[str, list[Sentence]]:
    """The sentences of each article, in order (whole analyses leave them out of their JSON)."""
    sentences = store.schema.sentences
    statement = (
        sa.select(
            sentences.c.article_id,
            sentences.c.position,
            sentences.c.char_start,
            sentences.c.char_end,
        )
        .where(sentences.c.article_id.in_(article_ids))
        .order_by(sentences.c.article_id, sentences.c.position)
    )
    found: dict[str, list[Sentence]] = {article_id: [] for article_id in article_ids}
    with store.connect() as connection:
        for article_id, position, start, end in connection.execute(statement):
            found[article_id].append(Sentence(index=position, start=start, end=end))
    return found
