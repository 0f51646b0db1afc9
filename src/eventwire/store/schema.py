"""The database tables, in SQLAlchemy Core so the same schema runs on SQLite and PostgreSQL.

Articles and their sentences are fixed; every record kind (`eventwire.kinds`) gets a table
that keeps the record's full JSON (`record`, exactly as `Analysis.to_dict()` gives it) and
its position in the article's list, so an export rebuilds the analysis byte for byte; the
other columns are copies of the fields people filter on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.expression import Grouping

from eventwire.kinds import ID, RECORD_KINDS, Part, RecordKind
from eventwire.store.rollup import rollup_table
from eventwire.stories.kinds import STORY_KINDS, StoryKind

SCHEMA_VERSION = 10
"""Raise when a table, column or index changes, and add the step from the old version to
MIGRATIONS."""


@dataclass(frozen=True, eq=False)
class Schema:
    """The tables of a store that keeps the given record kinds; equal only to itself (a
    key of the statements built once per schema, `query._by_keys_statement`)."""

    kinds: dict[str, RecordKind]
    metadata: sa.MetaData
    version: sa.Table
    articles: sa.Table
    sentences: sa.Table
    records: dict[str, sa.Table]
    """Record kind name -> its table, in registry order."""
    parts: dict[str, list[tuple[Part, sa.Table]]]
    """Record kind name -> its part tables."""
    story_index: sa.Table | None = None
    """Each article's story and story index entry (`eventwire.stories`); since version 2."""
    story_records: dict[str, sa.Table] = field(default_factory=dict)
    """Story kind name -> its table; since version 2."""


def undated(articles: sa.Table) -> sa.ColumnElement[Any]:
    """1 for an article without a publication date, else 0: undated articles list last. The
    numbers are written into the SQL (not bound), so the listing index's expression matches."""
    case = sa.case(
        (articles.c.published.is_(None), sa.literal_column("1")), else_=sa.literal_column("0")
    )
    return Grouping(case)  # in parentheses: PostgreSQL takes an expression in an index only so


def article_order(articles: sa.Table, dated: bool = False) -> tuple[sa.ColumnElement[Any], ...]:
    """The order of listings: dated articles first, oldest first; ties and undated articles
    by id (`dated`: only dated articles pass, so `undated` can be left out). Sorting by
    `published_date`, the first ten characters of `published`, before `published` changes
    nothing, and lets the listing index (`ix_articles_listing`, these very expressions)
    serve a date range in this order."""
    ordered = (articles.c.published_date, articles.c.published, articles.c.id)
    return ordered if dated else (undated(articles), *ordered)


LISTING_INDEX = "ix_articles_listing"
"""Articles in listing order (since version 3): a page of events walks it, no sort."""
ORDER_KEYS_INDEX = "ix_articles_order_keys"
"""Each article's listing order and outlet by its id (since version 7, the outlet since 10):
a page led by a rare filter sorts its events by their articles' order, and counts their
outlets, read from this index alone, not from each article's row."""

WALKED_COLUMNS = {
    "events": (
        "article_id",
        "sentence",
        "position",
        "modality",
        "cameo",
        "cameo_root",
        "plover_type",
        "place_country",
    ),
    "event_actors": ("article_id", "event_position", "code"),
}
"""Per table, what a walk in listing order reads of each record (its key, the filters and
facets of the events page): one covering index, `ix_<table>_walk` (since version 3), so the
walk reads no record rows but the page's own. An event's sentence comes before its position
(since version 4), so the same index finds the events of the sentences that hold a `text`
filter's words."""


FILTER_INDEXES = {
    "articles": {"ix_articles_outlet_listing": lambda table: (sa.func.lower(table.c.outlet),)},
    "events": {
        "ix_events_plover_lower": lambda table: (sa.func.lower(table.c.plover_type),),
    },
}
"""Per table, indexes on the expressions the filters compare (since version 4): an outlet
(any case), then the listing order, so a page of one outlet walks only its articles; a
PLOVER type (any case), so a rare type finds its events without a walk."""


@cache
def schema_of(kinds: tuple[RecordKind, ...]) -> Schema:
    metadata = sa.MetaData()
    version = sa.Table(
        "schema_version", metadata, sa.Column("version", sa.Integer, primary_key=True)
    )
    articles = sa.Table(
        "articles",
        metadata,
        sa.Column("id", ID, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Text, doc="as given: a date or a date and time"),
        sa.Column("published_date", sa.String(10), doc="YYYY-MM-DD part of `published`"),
        sa.Column("language", sa.String(16)),
        sa.Column("record", sa.Text, nullable=False),
        sa.Index("ix_articles_published_date", "published_date"),
        sa.Index("ix_articles_outlet", "outlet"),
    )
    sa.Index(LISTING_INDEX, *article_order(articles))
    sa.Index(
        ORDER_KEYS_INDEX,
        articles.c.id,
        articles.c.published_date,
        articles.c.published,
        articles.c.outlet,
    )
    sentences = sa.Table(
        "sentences",
        metadata,
        _article_id(foreign_key=True),
        _position("position"),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    records = {kind.name: record_table(metadata, kind) for kind in kinds}
    parts = {
        kind.name: [(part, part_table(metadata, kind, part)) for part in kind.parts]
        for kind in kinds
    }
    for name, columns in WALKED_COLUMNS.items():
        if name in metadata.tables:
            table = metadata.tables[name]
            sa.Index(f"ix_{name}_walk", *(table.c[column] for column in columns))
    for name, indexes in FILTER_INDEXES.items():
        if name in metadata.tables:
            table = metadata.tables[name]
            for index, expressions in indexes.items():
                ordered = article_order(table) if name == "articles" else ()
                sa.Index(index, *expressions(table), *ordered)
    if {"events", "event_actors"} <= metadata.tables.keys():
        rollup_table(metadata)
    return Schema(
        kinds={kind.name: kind for kind in kinds},
        metadata=metadata,
        version=version,
        articles=articles,
        sentences=sentences,
        records=records,
        parts=parts,
        story_index=story_index_table(metadata),
        story_records={kind.name: story_table(metadata, kind) for kind in STORY_KINDS.values()},
    )


def story_index_table(metadata: sa.MetaData) -> sa.Table:
    """Each stored article's block and story (`stories.clustering`) and index entry
    (`StoryFeatures` as JSON), by day; the block since version 6."""
    return sa.Table(
        "story_index",
        metadata,
        _article_id(foreign_key=True),
        sa.Column("published_date", sa.String(10)),
        sa.Column("block_id", ID, nullable=False),
        sa.Column("story_id", ID, nullable=False),
        sa.Column("features", sa.Text, nullable=False),
        *_indexes("story_index", ("published_date", "block_id", "story_id")),
    )


def story_table(metadata: sa.MetaData, kind: StoryKind) -> sa.Table:
    """A table of a story kind: keyed by the story (and the record's position in it)."""
    key = [sa.Column("story_id", ID, primary_key=True)]
    if not kind.per_story:
        key += [_position("position"), sa.Column("id", ID, nullable=False)]
    return sa.Table(
        kind.name,
        metadata,
        *key,
        *(column.column() for column in kind.columns),
        sa.Column("record", sa.Text, nullable=False),
        *_indexes(kind.name, kind.indexes),
    )


def record_table(metadata: sa.MetaData, kind: RecordKind) -> sa.Table:
    """A table of one record kind: (article, position) is the key, `record` the full JSON."""
    return sa.Table(
        kind.name,
        metadata,
        _article_id(foreign_key=True),
        _position("position"),
        sa.Column("id", ID),
        *(column.column() for column in kind.columns),
        sa.Column("record", sa.Text, nullable=False),
        *_indexes(kind.name, kind.indexes),
    )


def part_table(metadata: sa.MetaData, kind: RecordKind, part: Part) -> sa.Table:
    """A table of a record's parts: keyed by the record (article, position) and the part's key."""
    name, position = kind.part_table(part), kind.part_key
    return sa.Table(
        name,
        metadata,
        _article_id(foreign_key=False),
        _position(position),
        *(column.column() for column in part.columns),
        sa.ForeignKeyConstraint(
            ["article_id", position],
            [f"{kind.name}.article_id", f"{kind.name}.position"],
            ondelete="CASCADE",
        ),
        *_indexes(name, part.indexes),
    )


def _article_id(foreign_key: bool) -> sa.Column:
    references = [sa.ForeignKey("articles.id", ondelete="CASCADE")] if foreign_key else []
    return sa.Column("article_id", ID, *references, primary_key=True)


def _position(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, primary_key=True, autoincrement=False)


def _indexes(table: str, columns: Iterable[str]) -> list[sa.Index]:
    return [sa.Index(f"ix_{table}_{column}", column) for column in columns]


SCHEMA = schema_of(tuple(RECORD_KINDS.values()))
"""The schema of the record kinds eventwire declares."""


def listing_indexes(schema: Schema) -> list[sa.Index]:
    """The indexes that serve listings in their order (added in version 3)."""
    tables = schema.metadata.tables.values()
    wanted = {LISTING_INDEX, *(f"ix_{name}_walk" for name in WALKED_COLUMNS)}
    return [index for table in tables for index in table.indexes if index.name in wanted]


def filter_indexes(schema: Schema) -> list[sa.Index]:
    """The indexes on what the filters compare (added in version 4)."""
    tables = schema.metadata.tables.values()
    wanted = {name for indexes in FILTER_INDEXES.values() for name in indexes}
    return [index for table in tables for index in table.indexes if index.name in wanted]
