"""Event counts kept in the store: for every one-filter state of the events listing, its
total and facet counts, up to date at every write.

With at most one filter (an actor code, a CAMEO code, a PLOVER type, a country, outlets, a
range of days; any modalities beside it), what the events page counts depends on that
filter's value alone, so it is counted once, when an article is stored, instead of at
every page: `event_rollup` holds, per (filter, value, modality), how many events pass and
how many of them have each facet value. `Store.add` adds an article's counts in the
transaction that stores it; a trigger takes them away when an article is deleted (by any
connection, with its cascade); the migration to version 5 counts the articles already
stored. The same statement (`contributions`) counts all three ways, so they agree.

Rows whose count falls to 0 after a delete stay (summed as 0; a later article reuses them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from eventwire.filters import Filters
from eventwire.store.driver import (
    DriverStatement,
    driver_statement,
    listed_parameters,
    listed_values,
)

ROLLUP_TABLE = "event_rollup"
EVERY_EVENT = ""
"""The `filter` (and `value`) of the events no filter narrows; the `facet` (and
`facet_value`) of the count of all events passing, facet values aside."""
ACTOR_PREFIX_LENGTHS = (3, 6, 9, 12, 15)
"""Actor code prefixes counted: whole CAMEO actor code segments (USA, USAGOV, USAGOVMIL)."""
CAMEO_PREFIX_LENGTHS = (1, 2, 3, 4)
"""CAMEO event code prefixes counted: every prefix of a code (19, 190, 1901)."""
ROLLUP_DAYS = 92
"""Longest range of days read from the counts (one row set a day, or a month); longer ranges
count the events themselves, bounded (`server.views.COUNT_LIMIT`)."""
MONTH_LAST_DAYS = {"02": "28", "04": "30", "06": "30", "09": "30", "11": "30"}
"""Month (MM) -> the last day its `month` rows count (others: 31). A month row counts the
day values from YYYY-MM-01 to YYYY-MM-<this>, as strings: a range of days that covers that
span reads the month row, and the day rows outside it (the ragged ends, 29 February), so
that the sum is that of the day rows whatever a `published_date` holds."""
FACETS = {
    "CAMEO root": ("events", "cameo_root"),
    "PLOVER type": ("events", "plover_type"),
    "modality": ("events", "modality"),
    "country": ("events", "place_country"),
    "outlet": ("articles", "outlet"),
    "actor": ("event_actors", "code"),
}
"""The facets counted (`store.facets.EVENT_FACETS` names, whose columns are these): the table
and column of each event's value; an event counts once per distinct value."""


def rollup_table(metadata: sa.MetaData) -> sa.Table:
    """Per filter, value and modality: how many events pass (facet `EVERY_EVENT`) and how
    many of them have each facet value."""
    return sa.Table(
        ROLLUP_TABLE,
        metadata,
        sa.Column("filter", sa.String(16), primary_key=True),
        sa.Column("value", sa.Text, primary_key=True),
        sa.Column("modality", sa.String(32), primary_key=True),
        sa.Column("facet", sa.String(16), primary_key=True),
        sa.Column("facet_value", sa.Text, primary_key=True),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Index(COUNTS_INDEX, *COUNTS_INDEX_COLUMNS),
    )


COUNTS_INDEX = "ix_event_rollup_counts"
COUNTS_INDEX_COLUMNS = ("filter", "value", "modality", "facet", "facet_value", "events")
"""The key and the count (since version 7): a page's counts are read from the index alone.
Through the key alone, each of a month's 7,700 rows was also looked up in the table (SQLite:
14-19 ms for a month's counts at 100,000 articles, 2-3 ms from this index)."""


def _keys(metadata: sa.MetaData, chosen: sa.ColumnElement[bool]) -> list[sa.Select]:
    """Each event of the `chosen` articles, with every (filter, value) it passes."""
    articles, events = metadata.tables["articles"], metadata.tables["events"]
    actors = metadata.tables["event_actors"]
    joined = events.join(articles, articles.c.id == events.c.article_id)
    with_actors = joined.join(
        actors,
        sa.and_(
            actors.c.article_id == events.c.article_id,
            actors.c.event_position == events.c.position,
        ),
    )

    def keyed(name: str, value: Any, *conditions: Any, source: Any = joined) -> sa.Select:
        return (
            sa.select(
                events.c.article_id,
                events.c.position,
                events.c.modality,
                sa.literal_column(f"'{name}'").label("filter"),
                value.label("value"),
            )
            .select_from(source)
            .where(chosen, *conditions)
        )

    def present(column: sa.ColumnElement[Any]) -> sa.ColumnElement[bool]:
        return sa.and_(column.is_not(None), column != "")

    return [
        keyed(EVERY_EVENT, sa.literal_column(f"'{EVERY_EVENT}'")),
        *(
            keyed(
                "actor",
                sa.func.substr(actors.c.code, 1, sa.literal_column(str(length))),
                sa.func.length(actors.c.code) >= sa.literal_column(str(length)),
                source=with_actors,
            )
            for length in ACTOR_PREFIX_LENGTHS
        ),
        *(
            keyed(
                "code",
                sa.func.substr(events.c.cameo, 1, sa.literal_column(str(length))),
                sa.func.length(events.c.cameo) >= sa.literal_column(str(length)),
            )
            for length in CAMEO_PREFIX_LENGTHS
        ),
        keyed("plover", sa.func.lower(events.c.plover_type), present(events.c.plover_type)),
        keyed("country", events.c.place_country, present(events.c.place_country)),
        keyed("outlet", sa.func.lower(articles.c.outlet), articles.c.outlet.is_not(None)),
        keyed("day", articles.c.published_date, articles.c.published_date.is_not(None)),
        keyed("month", *month_of(articles.c.published_date)),
    ]


def month_of(day: sa.ColumnElement[str]) -> tuple[sa.ColumnElement[str], sa.ColumnElement[bool]]:
    """(the `month` value of a day value, whether its month row counts it): a day counts
    when it lies in its month's span (`MONTH_LAST_DAYS`)."""
    month = sa.func.substr(day, 1, sa.literal_column("7"))
    last = sa.case(
        *((sa.func.substr(day, 6, 2) == mm, dd) for mm, dd in MONTH_LAST_DAYS.items()),
        else_="31",
    )
    return month, day.between(month.concat("-01"), month.concat("-").concat(last))


def month_span(month: str) -> tuple[str, str]:
    """The first and last day values the `month` row of YYYY-MM counts."""
    return f"{month}-01", f"{month}-{MONTH_LAST_DAYS.get(month[5:], '31')}"


def day_ranges(since: str, until: str) -> tuple[list[DayRange], list[str]]:
    """The rows that hold the counts of the days `since` to `until` (inclusive, compared as
    strings, as the filter compares them): the months whose whole span lies within (read
    from the `month` rows), and the day values around them (read from the `day` rows).
    Together they hold each day value of the range once."""
    months = []
    first, last = date.fromisoformat(since), date.fromisoformat(until)
    day = first.replace(day=1)
    while day <= last:
        start, end = month_span(day.strftime("%Y-%m"))
        if since <= start and end <= until:
            months.append(day.strftime("%Y-%m"))
        day = (day + timedelta(days=31)).replace(day=1)
    ranges, low = [], DayRange(since, until)
    for month in months:
        start, end = month_span(month)
        ranges.append(DayRange(low.low, start, low.low_included, high_included=False))
        low = DayRange(end, until, low_included=False)
    ranges.append(low)
    return ranges, months


@dataclass(frozen=True)
class DayRange:
    """Day values from `low` to `high`, compared as strings; each end counted or not."""

    low: str
    high: str
    low_included: bool = True
    high_included: bool = True


def _facet_values(metadata: sa.MetaData, chosen: sa.ColumnElement[bool]) -> list[sa.Select]:
    """Each event of the `chosen` articles, with every (facet, value) it is counted under."""
    articles, events = metadata.tables["articles"], metadata.tables["events"]
    actors = metadata.tables["event_actors"]
    joined = events.join(articles, articles.c.id == events.c.article_id)
    selects = [
        sa.select(
            events.c.article_id,
            events.c.position,
            sa.literal_column(f"'{EVERY_EVENT}'").label("facet"),
            sa.literal_column(f"'{EVERY_EVENT}'").label("facet_value"),
        )
        .select_from(joined)
        .where(chosen)
    ]
    for name, (table_name, column_name) in FACETS.items():
        column = metadata.tables[table_name].c[column_name]
        source = joined
        if table_name == "event_actors":
            source = joined.join(
                actors,
                sa.and_(
                    actors.c.article_id == events.c.article_id,
                    actors.c.event_position == events.c.position,
                ),
            )
        selects.append(
            sa.select(
                events.c.article_id,
                events.c.position,
                sa.literal_column(f"'{name}'").label("facet"),
                column.label("facet_value"),
            )
            .select_from(source)
            .where(chosen, column.is_not(None), column != "")
        )
    return selects


def contributions(
    metadata: sa.MetaData, chosen: sa.ColumnElement[bool], sign: int = 1
) -> sa.Select:
    """What the `chosen` articles (a condition on `articles`) add to each row of the counts
    (`sign` -1: what they take away). Each event counts once per distinct (filter, value)
    and (facet, value): an event whose source and target are both USA counts once. In key
    order, so that two transactions adding to the same rows at once (PostgreSQL) lock them
    in the same order and never wait for each other in a circle."""
    keys = sa.union(*_keys(metadata, chosen)).subquery("keys")
    values = sa.union(*_facet_values(metadata, chosen)).subquery("facet_values")
    counted = sa.func.count() if sign > 0 else -sa.func.count()
    group = (keys.c.filter, keys.c.value, keys.c.modality, values.c.facet, values.c.facet_value)
    return (
        sa.select(
            keys.c.filter,
            keys.c.value,
            keys.c.modality,
            values.c.facet,
            values.c.facet_value,
            counted.label("events"),
        )
        .select_from(
            keys.join(
                values,
                sa.and_(
                    keys.c.article_id == values.c.article_id,
                    keys.c.position == values.c.position,
                ),
            )
        )
        .group_by(*group)
        .order_by(*group)
    )


def add_up(table: sa.Table, counted: sa.Select, dialect: str) -> sa.Insert:
    """Add `counted` (`contributions`) to the counts: a new row, or added to the row kept."""
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect](table)
    statement = insert.from_select([column.name for column in table.columns], counted)
    return statement.on_conflict_do_update(
        index_elements=[column.name for column in table.primary_key.columns],
        set_={"events": table.c.events + statement.excluded.events},
    )


def has_rollup(metadata: sa.MetaData) -> bool:
    return ROLLUP_TABLE in metadata.tables


def count_articles(connection: sa.Connection, metadata: sa.MetaData, ids: list[str]) -> None:
    """Add the counts of the stored articles `ids` (in the transaction that stored them)."""
    if not has_rollup(metadata):
        return
    articles = metadata.tables["articles"]
    counted = contributions(metadata, articles.c.id.in_(ids))
    connection.execute(add_up(metadata.tables[ROLLUP_TABLE], counted, connection.dialect.name))


DELETE_TRIGGER = f"{ROLLUP_TABLE}_delete"


def create_rollup_trigger(connection: sa.Connection, metadata: sa.MetaData) -> None:
    """The trigger that takes a deleted article's counts away, before its rows cascade (made
    again where it was: its statement counts every row the counts have)."""
    if not has_rollup(metadata):
        return
    articles = metadata.tables["articles"]
    dialect = connection.dialect
    taken = add_up(
        metadata.tables[ROLLUP_TABLE],
        contributions(metadata, articles.c.id == sa.literal_column("old.id"), sign=-1),
        dialect.name,
    )
    sql = str(taken.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.name == "sqlite":
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {DELETE_TRIGGER}")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {DELETE_TRIGGER} BEFORE DELETE ON articles BEGIN {sql}; END"
        )
    else:
        connection.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {DELETE_TRIGGER}() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN {sql}; RETURN OLD; END $$"
        )
        connection.exec_driver_sql(
            f"CREATE OR REPLACE TRIGGER {DELETE_TRIGGER} BEFORE DELETE ON articles "
            f"FOR EACH ROW EXECUTE FUNCTION {DELETE_TRIGGER}()"
        )


def fill_rollup(connection: sa.Connection, metadata: sa.MetaData, chunk: int = 1000) -> None:
    """Count the articles already stored, from no counts (the migration to version 5),
    `chunk` at a time."""
    articles = metadata.tables["articles"]
    connection.execute(sa.delete(metadata.tables[ROLLUP_TABLE]))
    ids = list(connection.execute(sa.select(articles.c.id).order_by(articles.c.id)).scalars())
    for first in range(0, len(ids), chunk):
        count_articles(connection, metadata, ids[first : first + chunk])


def fill_month_rows(connection: sa.Connection, metadata: sa.MetaData) -> None:
    """The `month` rows summed from the `day` rows kept (the migration to version 9): an
    event has one day, so its month row counts it once as its day row does."""
    table = metadata.tables[ROLLUP_TABLE]
    connection.execute(sa.delete(table).where(table.c.filter == "month"))
    month, counted = month_of(table.c.value)
    group = (month, table.c.modality, table.c.facet, table.c.facet_value)
    summed = (
        sa.select(sa.literal_column("'month'"), *group, sa.func.sum(table.c.events))
        .where(table.c.filter == "day", counted)
        .group_by(*group)
    )
    columns = [column.name for column in table.columns]
    connection.execute(sa.insert(table).from_select(columns, summed))


@dataclass(frozen=True)
class RollupKey:
    """Which rows of the counts a filter state reads: `filter`, and its value or values."""

    filter: str
    values: tuple[str, ...] = ()
    days: tuple[str, str] | None = None


def rollup_key(filters: Filters) -> RollupKey | None:
    """The rows that hold the counts of `filters`, None when they are not kept: two filters
    or more (modalities aside), words, a bounding box, a prefix of another length than
    those counted, a range of days past `ROLLUP_DAYS` or open at one end."""
    keys = []
    if filters.since or filters.until:
        if not (filters.since and filters.until):
            return None
        span = date.fromisoformat(filters.until) - date.fromisoformat(filters.since)
        if span.days > ROLLUP_DAYS:
            return None
        keys.append(RollupKey("day", days=(filters.since, filters.until)))
    if filters.outlets:
        keys.append(RollupKey("outlet", tuple(sorted({o.lower() for o in filters.outlets}))))
    for field, normal, lengths in (
        ("actor", str.upper, ACTOR_PREFIX_LENGTHS),
        ("code", str.upper, CAMEO_PREFIX_LENGTHS),
        ("plover", str.lower, None),
        ("country", str.upper, None),
    ):
        value = getattr(filters, field)
        if value in (None, ""):
            continue
        value = normal(value.strip())
        if not value or (lengths and len(value) not in lengths):
            return None
        keys.append(RollupKey(field, (value,)))
    if filters.text not in (None, "") or filters.bbox is not None or len(keys) > 1:
        return None
    return keys[0] if keys else RollupKey(EVERY_EVENT, (EVERY_EVENT,))


def rolled_up(
    connection: sa.Connection,
    table: sa.Table,
    key: RollupKey,
    filters: Filters,
    totals: bool = False,
) -> dict[str, dict[str, int]]:
    """Facet name -> value -> events, from the counts (`EVERY_EVENT` -> {"": total}); with
    `totals`, the total alone."""
    values: dict[str, Any] = {}
    modalities = () if filters.modalities is None else tuple(filters.modalities)
    listed = {"modalities": modalities} if filters.modalities is not None else {}
    if key.days is None:
        ends = None
        values["filter"] = key.filter
        listed["values"] = key.values
    else:
        ranges, listed["months"] = day_ranges(*key.days)
        ends = tuple((days.low_included, days.high_included) for days in ranges)
        for at, days in enumerate(ranges):
            values[f"low_{at}"], values[f"high_{at}"] = days.low, days.high
    for name, values_of_list in listed.items():
        values.update(listed_values(name, values_of_list))
    lengths = tuple(sorted((name, len(values_of_list)) for name, values_of_list in listed.items()))
    statement = _rollup_statement(table, connection.dialect, ends, totals, lengths)
    counted: dict[str, dict[str, int]] = {EVERY_EVENT: {EVERY_EVENT: 0}}
    for facet, value, n in statement.run(connection, values).fetchall():
        counted.setdefault(facet, {})[value] = int(n)
    return counted


def _listed(column: sa.Column[Any], name: str, length: int) -> sa.ColumnElement[bool]:
    """`column` is one of `length` values bound as `name_0`, `name_1`, ... (none: false)."""
    if not length:
        return sa.false()
    return column.in_(listed_parameters(name, length))


@lru_cache(maxsize=1024)
def _rollup_statement(
    table: sa.Table,
    dialect: sa.Dialect,
    ends: tuple[tuple[bool, bool], ...] | None,
    totals: bool,
    lengths: tuple[tuple[str, int], ...],
) -> DriverStatement:
    """`rolled_up`'s statement, written once per shape as SQL text for the driver, its
    values bound: `filter` and `values_N`, or with `ends` (whether each range of days counts
    its low and high end, `day_ranges`) `low_N`, `high_N` and `months_N`; `modalities_N`
    where they are given; `lengths`: how many values each list holds (a request chooses
    them, hence a bounded cache). Building it afresh was most of the CPU of reading a few
    count rows (1.1 ms a total, against 0.06 ms in `sqlite3`, at 100,000 articles:
    docs/serve.md, serve16), running it through SQLAlchemy two to four times that of
    `sqlite3` (serve18)."""
    length = dict(lengths)
    column = table.c.value
    if ends is None:
        rows = sa.and_(
            table.c.filter == sa.bindparam("filter"), _listed(column, "values", length["values"])
        )
    else:
        days = []
        for at, (low_included, high_included) in enumerate(ends):
            low, high = sa.bindparam(f"low_{at}"), sa.bindparam(f"high_{at}")
            above = column >= low if low_included else column > low
            below = column <= high if high_included else column < high
            days.append(sa.and_(table.c.filter == "day", above, below))
        months = _listed(column, "months", length["months"])
        rows = sa.or_(*days, sa.and_(table.c.filter == "month", months))
    conditions = []
    if totals:
        conditions.append(table.c.facet == EVERY_EVENT)
    if "modalities" in length:
        conditions.append(_listed(table.c.modality, "modalities", length["modalities"]))
    events = sa.func.sum(table.c.events)
    statement = (
        sa.select(table.c.facet, table.c.facet_value, events)
        .where(rows, *conditions)
        .group_by(table.c.facet, table.c.facet_value)
        .having(events > 0)
    )
    return driver_statement(statement, dialect)


LEAD_SHARE = 8
"""A one-filter page leads with its filter when the events passing, squared, are fewer than
this many times all events (its modalities: the events they keep times those passing, against
the events the walk reads; `kept_lead`): walking in listing order reads about (all / passing)
events for each one it shows, leading reads and sorts every one that passes, at about 13 times
the cost an event (`store.query.lead_filter`; at 100,000 articles a page of a filter
passing 1,124 events took 120 ms walked and 39 ms led, one passing 5,617 events 17 ms
walked and 46 ms led): 8 puts the turn near 2,800 events of 980,000, between page 1's
turn and page 2's."""
LEADING = ("actor", "code", "plover", "country")
"""The one-filter states whose filter can lead a query (its `Filter.seek`)."""
MODALITY_FILTER = "modalities"
"""The one filter beside the others that can lead (`Filter.seek`): in a state of no filter,
a range of days or outlets (none of which has a seek form), it alone can."""


def kept_lead(
    connection: sa.Connection, table: sa.Table, filters: Filters, most: int
) -> tuple[bool, str | None]:
    """(whether the kept counts decide, the filter to lead with): for a one-filter state
    of `LEADING`, from how many events pass it (at most `most` may lead) and how many
    events there are; for the other one-filter states (no filter, days, outlets), the
    modalities lead by the same rule (`LEAD_SHARE`), where the walk reads the state's
    events of every modality: `future` (6.6% of events, 22,813 at 35,000 articles) led
    and sorted them all for a first page (110 ms of CPU, docs/serve.md) where the walk
    reads about 800 (12 ms). Reads of the counts instead of a probe of each filter's
    index (up to `most` rows each: 4-16 ms at 100,000 articles for the modalities nearly
    every event shares)."""
    key = rollup_key(filters)
    if key is None:
        return False, None
    if key.filter in LEADING:
        passing = _total(connection, table, key, filters)
        events = modality_events(connection, table, Filters(modalities=None))
        leads = passing <= most and passing * passing < LEAD_SHARE * events
        return True, key.filter if leads else None
    if filters.modalities is None:
        return True, None
    led = modality_events(connection, table, filters)
    if led > most:  # the common modalities: no count of the state's days or outlets
        return True, None
    passing = led if key.filter == EVERY_EVENT else _total(connection, table, key, filters)
    walked = _total(connection, table, key, Filters(modalities=None))
    return True, MODALITY_FILTER if led * passing < LEAD_SHARE * walked else None


def _total(connection: sa.Connection, table: sa.Table, key: RollupKey, filters: Filters) -> int:
    """How many events pass the state `key` with the modalities of `filters`, from the counts."""
    return rolled_up(connection, table, key, filters, totals=True)[EVERY_EVENT][EVERY_EVENT]


def modality_events(connection: sa.Connection, table: sa.Table, filters: Filters) -> int:
    """How many events have the modalities of `filters` (all events, with None), from the
    counts: the rows their index would give a probe (`store.query.lead_counts`), read in
    a few count rows where the probe read up to 30,001 index entries (2-3 ms at 100,000
    articles, on every page the counts do not decide: words, two filters)."""
    every = RollupKey(EVERY_EVENT, (EVERY_EVENT,))
    return rolled_up(connection, table, every, filters, totals=True)[EVERY_EVENT][EVERY_EVENT]
