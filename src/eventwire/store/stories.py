"""Story tables: the story index beside the records, and the stories built from it.

Reads and writes only; which articles form a story and what its events are is decided in
`eventwire.stories`. Every function takes an open connection so that one article's story
update, a full rebuild or a migration each runs in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from itertools import groupby
from typing import Any

import sqlalchemy as sa

from eventwire.filters import Filters
from eventwire.store.database import to_json
from eventwire.store.query import article_conditions
from eventwire.store.schema import Schema
from eventwire.stories.clustering import WINDOW_DAYS, Member
from eventwire.stories.coreference import StoredArticle
from eventwire.stories.features import StoryFeatures
from eventwire.stories.kinds import STORY_KINDS
from eventwire.workers import batches_of

CHUNK = 500


def _member(row: Any) -> Member:
    return Member(
        row.article_id, row.published_date, StoryFeatures.from_dict(json.loads(row.features))
    )


def candidates(connection: sa.Connection, schema: Schema, published: str | None) -> list[Member]:
    """Indexed articles a new article published on `published` may link to: those within the
    window of its day, and undated ones (all of them for an undated article)."""
    index = schema.story_index
    statement = sa.select(index.c.article_id, index.c.published_date, index.c.features)
    if published:
        day = date.fromisoformat(published[:10])
        low = (day - timedelta(days=WINDOW_DAYS)).isoformat()
        high = (day + timedelta(days=WINDOW_DAYS)).isoformat()
        statement = statement.where(
            sa.or_(index.c.published_date.between(low, high), index.c.published_date.is_(None))
        )
    return [_member(row) for row in connection.execute(statement.order_by(index.c.article_id))]


def ids_of(
    connection: sa.Connection, schema: Schema, column: str, article_ids: Iterable[str]
) -> dict[str, str]:
    """Article id -> its `column` ("block_id", "story_id") in the index."""
    index = schema.story_index
    found: dict[str, str] = {}
    for chunk in batches_of(sorted(set(article_ids)), CHUNK):
        statement = sa.select(index.c.article_id, index.c[column]).where(
            index.c.article_id.in_(chunk)
        )
        found.update((row[0], row[1]) for row in connection.execute(statement))
    return found


def block_sizes(
    connection: sa.Connection, schema: Schema, block_ids: Iterable[str]
) -> dict[str, int]:
    index = schema.story_index
    statement = (
        sa.select(index.c.block_id, sa.func.count())
        .where(index.c.block_id.in_(sorted(set(block_ids))))
        .group_by(index.c.block_id)
    )
    return {row[0]: row[1] for row in connection.execute(statement)}


def earliest_members(
    connection: sa.Connection, schema: Schema, block_ids: Iterable[str]
) -> list[Member]:
    """The earliest indexed article of each block (`Member.order`), which names the block."""
    index = schema.story_index
    found = []
    for block in sorted(block_ids):
        statement = (
            sa.select(index.c.article_id, index.c.published_date, index.c.features)
            .where(index.c.block_id == block)
            .order_by(index.c.published_date.is_(None), index.c.published_date, index.c.article_id)
            .limit(1)
        )
        found.extend(_member(row) for row in connection.execute(statement))
    return found


def story_members(
    connection: sa.Connection, schema: Schema, story_ids: Iterable[str]
) -> list[tuple[Member, str]]:
    """The indexed articles of the stories, each with its story id."""
    index = schema.story_index
    return _members_with_story(connection, schema, index.c.story_id.in_(sorted(story_ids)))


def block_members(
    connection: sa.Connection, schema: Schema, block_ids: Iterable[str]
) -> list[tuple[Member, str]]:
    """The indexed articles of the blocks, each with its story id."""
    index = schema.story_index
    return _members_with_story(connection, schema, index.c.block_id.in_(sorted(block_ids)))


def _members_with_story(
    connection: sa.Connection, schema: Schema, condition: sa.ColumnElement[bool]
) -> list[tuple[Member, str]]:
    index = schema.story_index
    statement = (
        sa.select(index.c.article_id, index.c.published_date, index.c.features, index.c.story_id)
        .where(condition)
        .order_by(index.c.article_id)
    )
    return [(_member(row), row.story_id) for row in connection.execute(statement)]


def write_index(
    connection: sa.Connection, schema: Schema, stories: Iterable[tuple[str, str, list[Member]]]
) -> None:
    """Index articles: each (block id, story id, members) with the members to index."""
    rows: list[dict[str, Any]] = []
    for block_id, story_id, members in stories:
        for member in members:
            rows.append(
                {
                    "article_id": member.article_id,
                    "published_date": member.published,
                    "block_id": block_id,
                    "story_id": story_id,
                    "features": to_json(member.features.to_dict()),
                }
            )
            if len(rows) >= CHUNK:
                connection.execute(sa.insert(schema.story_index), rows)
                rows = []
    if rows:
        connection.execute(sa.insert(schema.story_index), rows)


def delete_index(connection: sa.Connection, schema: Schema, article_ids: Iterable[str]) -> None:
    """Remove the index entries of articles about to be indexed again."""
    index = schema.story_index
    for chunk in batches_of(sorted(set(article_ids)), CHUNK):
        connection.execute(index.delete().where(index.c.article_id.in_(chunk)))


def move_blocks(
    connection: sa.Connection, schema: Schema, block_ids: Iterable[str], block_id: str
) -> None:
    """Put every article of the blocks `block_ids` in block `block_id` (blocks merge)."""
    index = schema.story_index
    connection.execute(
        index.update().where(index.c.block_id.in_(sorted(block_ids))).values(block_id=block_id)
    )


def delete_stories(connection: sa.Connection, schema: Schema, story_ids: Iterable[str]) -> None:
    ids = sorted(story_ids)
    for table in schema.story_records.values():
        connection.execute(table.delete().where(table.c.story_id.in_(ids)))


def clear(connection: sa.Connection, schema: Schema) -> None:
    """Remove every story and the whole index (a rebuild starts from nothing)."""
    for table in (*schema.story_records.values(), schema.story_index):
        connection.execute(table.delete())


def write_stories(
    connection: sa.Connection, schema: Schema, records: Iterable[tuple[str, int, Any]]
) -> None:
    """Store story records, each given as (story kind name, position in its story, record
    dataclass), inserting `CHUNK` rows of a kind at a time."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in schema.story_records}
    for name, position, item in records:
        kind = STORY_KINDS[name]
        record = plain(item)
        row = {**kind.stored_values(record), "record": to_json(record)}
        if kind.per_story:
            row["story_id"] = record["id"]
        else:
            row.update(story_id=record["story_id"], position=position, id=record["id"])
        rows[name].append(row)
        if len(rows[name]) >= CHUNK:
            connection.execute(sa.insert(schema.story_records[name]), rows[name])
            rows[name] = []
    for name, table_rows in rows.items():
        if table_rows:
            connection.execute(sa.insert(schema.story_records[name]), table_rows)


def plain(value: Any) -> Any:
    """A record's JSON form, as `dataclasses.asdict` gives it without copying every leaf
    (ten times faster on story events with many mentions)."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def stored_articles(
    connection: sa.Connection, schema: Schema, article_ids: list[str]
) -> list[StoredArticle]:
    """What story events are built from, per article in the order given: the article's
    metadata, its events and quantities, its sentence boundaries."""
    articles, sentences = schema.articles, schema.sentences
    found: dict[str, StoredArticle] = {}
    for chunk in batches_of(article_ids, CHUNK):
        rows = connection.execute(
            sa.select(
                articles.c.id, articles.c.title, articles.c.outlet, articles.c.published
            ).where(articles.c.id.in_(chunk))
        )
        for row in rows:
            found[row.id] = StoredArticle(dict(row._mapping), [])
        for name in ("events", "quantities"):
            for article_id, records in records_by_article(connection, schema, name, chunk):
                setattr(found[article_id], name, records)
        rows = connection.execute(
            sa.select(sentences.c.article_id, sentences.c.char_start, sentences.c.char_end)
            .where(sentences.c.article_id.in_(chunk))
            .order_by(sentences.c.article_id, sentences.c.position)
        )
        for article_id, group in groupby(rows, key=lambda row: row.article_id):
            found[article_id].sentences = [(row.char_start, row.char_end) for row in group]
    return [found[article_id] for article_id in article_ids if article_id in found]


def records_by_article(
    connection: sa.Connection, schema: Schema, kind: str, article_ids: list[str]
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The stored records of one kind ("events") of each of the articles that has any, in
    their order within the article."""
    table = schema.records[kind]
    rows = connection.execute(
        sa.select(table.c.article_id, table.c.record)
        .where(table.c.article_id.in_(article_ids))
        .order_by(table.c.article_id, table.c.position)
    )
    for article_id, group in groupby(rows, key=lambda row: row.article_id):
        yield article_id, [json.loads(row.record) for row in group]


def indexing_inputs(
    connection: sa.Connection, schema: Schema, page_size: int
) -> Iterator[dict[str, Any]]:
    """Every stored article as a partial analysis (article, entities, events, places): what
    its story index entry is computed from. Undated articles first, then by publication day
    (`clustering.reading_order`), read `page_size` articles at a time: memory stays flat."""
    for chunk in _pages_in_reading_order(connection, schema, page_size):
        analyses: dict[str, dict[str, Any]] = {}
        for row in connection.execute(
            sa.select(schema.articles.c.id, schema.articles.c.record).where(
                schema.articles.c.id.in_(chunk)
            )
        ):
            analyses[row.id] = {"article": json.loads(row.record)}
        for name in ("entities", "events", "places"):
            for article_id, records in records_by_article(connection, schema, name, chunk):
                analyses[article_id][name] = records
        for article_id in chunk:
            yield analyses[article_id]


def _pages_in_reading_order(
    connection: sa.Connection, schema: Schema, page_size: int
) -> Iterator[list[str]]:
    """Article ids, undated first, then by (day, id), `page_size` at a time: each page starts
    after the last one's final key, so no list of every id is held."""
    articles = schema.articles
    day, article_id = articles.c.published_date, articles.c.id
    undated = sa.select(article_id).where(day.is_(None)).order_by(article_id).limit(page_size)
    last = ""
    while page := list(connection.execute(undated.where(article_id > last)).scalars()):
        yield page
        last = page[-1]
    dated = sa.select(day, article_id).where(day.is_not(None)).order_by(day, article_id)
    after: tuple[str, str] = ("", "")
    while page := list(
        connection.execute(dated.where(sa.tuple_(day, article_id) > after).limit(page_size))
    ):
        yield [row.id for row in page]
        after = (page[-1].published_date, page[-1].id)


def story_conditions(schema: Schema, filters: Filters) -> list[sa.ColumnElement[bool]]:
    """Stories with an article that passes the article filters (dates, outlets)."""
    conditions = article_conditions(schema.articles, filters)
    if not conditions:
        return []
    stories, index, articles = schema.story_records["stories"], schema.story_index, schema.articles
    return [
        sa.select(index.c.article_id)
        .join(articles, articles.c.id == index.c.article_id)
        .where(index.c.story_id == stories.c.story_id, *conditions)
        .exists()
    ]


def find_stories(
    connection: sa.Connection, schema: Schema, filters: Filters
) -> Iterator[dict[str, Any]]:
    """Stories (their records) with an article passing the filters, earliest first."""
    stories = schema.story_records["stories"]
    statement = (
        sa.select(stories.c.record)
        .where(*story_conditions(schema, filters))
        .order_by(
            sa.case((stories.c.first_published.is_(None), 1), else_=0),
            stories.c.first_published,
            stories.c.story_id,
        )
    )
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    for row in connection.execute(statement):
        yield json.loads(row.record)


def story_articles(
    connection: sa.Connection, schema: Schema, article_ids: list[str]
) -> list[dict[str, Any]]:
    """The articles of a story, in the order given, without their text."""
    articles = schema.articles
    columns = [articles.c[name] for name in ("id", "title", "outlet", "url", "published")]
    rows = connection.execute(sa.select(*columns).where(articles.c.id.in_(article_ids)))
    found = {row.id: dict(row._mapping) for row in rows}
    return [found[article_id] for article_id in article_ids if article_id in found]


def story_records(
    connection: sa.Connection, schema: Schema, story_id: str
) -> dict[str, list[dict[str, Any]]]:
    """Every record of one story by kind (empty lists when there is no such story)."""
    found = {}
    for name, table in schema.story_records.items():
        statement = sa.select(table.c.record).where(table.c.story_id == story_id)
        if not STORY_KINDS[name].per_story:
            statement = statement.order_by(table.c.position)
        found[name] = [json.loads(row.record) for row in connection.execute(statement)]
    return found
