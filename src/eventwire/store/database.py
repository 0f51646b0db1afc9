"""Open a store (a SQLite file or any SQLAlchemy URL), check its schema, add analyses.

Each article is written in one transaction with all its records, so an interrupted run
never leaves half an article; an article whose content hash is already stored is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from eventwire.kinds import RecordKind
from eventwire.records import Analysis
from eventwire.store.schema import SCHEMA, SCHEMA_VERSION, Schema, schema_of

DEFAULT_DB = "eventwire.db"


def add_stories(connection: sa.Connection) -> None:
    """1 -> 2: the story tables, filled from the articles already stored."""
    from eventwire.stories.build import rebuild

    SCHEMA.metadata.create_all(
        connection, tables=[SCHEMA.story_index, *SCHEMA.story_records.values()]
    )
    rebuild(connection, SCHEMA)


MIGRATIONS: dict[int, Callable[[sa.Connection], None]] = {1: add_stories}
"""Version N -> the step that upgrades a version-N database to N + 1."""


class StoreError(Exception):
    """The database cannot be used: names it and says why."""


class ArticleRejected(StoreError):
    """The database refused one article's records; the article is not stored at all."""


def database_url(location: str | Path) -> str:
    """A SQLAlchemy URL as given, or a SQLite URL for a file path."""
    text = str(location)
    return text if "://" in text else f"sqlite:///{text}"


def to_json(value: Any) -> str:
    """The bytes `Analysis.to_json()` would write for this value."""
    return json.dumps(value, ensure_ascii=False)


class Store:
    """An eventwire database. `create=False` refuses to make a new one (for queries);
    `kinds` are the record kinds it keeps (default: all that eventwire declares)."""

    def __init__(
        self,
        location: str | Path = DEFAULT_DB,
        *,
        create: bool = True,
        kinds: tuple[RecordKind, ...] | None = None,
    ) -> None:
        self.schema = SCHEMA if kinds is None else schema_of(kinds)
        if not str(location).strip():
            raise StoreError("no database named: give a file path or a URL")
        try:
            url = sa.engine.make_url(database_url(location))
        except sa.exc.ArgumentError as error:
            raise StoreError(f"{location}: not a database URL ({error})") from None
        self.location = (
            url.render_as_string(hide_password=True) if "://" in str(location) else str(location)
        )
        self.is_sqlite = url.get_backend_name() == "sqlite"
        if self.is_sqlite and url.database and url.database != ":memory:":
            path = Path(url.database)
            if not create and not path.is_file():
                raise StoreError(f"{self.location}: no such database (eventwire ingest makes one)")
            if not path.parent.is_dir():
                raise StoreError(f"{self.location}: folder {path.parent} does not exist")
        try:
            self.engine = sa.create_engine(url)
        except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as error:
            raise StoreError(f"{self.location}: cannot open ({error})") from None
        if self.is_sqlite:
            sa.event.listen(self.engine, "connect", _sqlite_settings)
        try:
            self._prepare_schema(create)
        except sa.exc.DBAPIError as error:
            self.engine.dispose()
            raise StoreError(f"{self.location}: cannot use as a database ({error.orig})") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def connect(self) -> sa.Connection:
        """A connection to use in a `with` block."""
        return self.engine.connect()

    def _prepare_schema(self, create: bool) -> None:
        with self.engine.begin() as connection:
            tables = set(sa.inspect(connection).get_table_names())
            if self.schema.version.name not in tables:
                if tables & set(self.schema.metadata.tables):
                    raise StoreError(
                        f"{self.location}: not an eventwire database (no schema version)"
                    )
                if not create:
                    raise StoreError(
                        f"{self.location}: no eventwire tables (eventwire ingest makes them)"
                    )
                self.schema.metadata.create_all(connection)
                connection.execute(sa.insert(self.schema.version).values(version=SCHEMA_VERSION))
                return
            version = stored_version(connection, self.schema)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.location}: schema version {version} is newer than this eventwire "
                    f"knows ({SCHEMA_VERSION}); upgrade eventwire to use it"
                )
            while version < SCHEMA_VERSION:
                if version not in MIGRATIONS:
                    raise StoreError(f"{self.location}: no migration from schema version {version}")
                MIGRATIONS[version](connection)
                version += 1
                connection.execute(sa.update(self.schema.version).values(version=version))

    def schema_version(self) -> int:
        with self.connect() as connection:
            return stored_version(connection, self.schema)

    def has_article(self, article_id: str) -> bool:
        articles = self.schema.articles
        with self.connect() as connection:
            query = sa.select(articles.c.id).where(articles.c.id == article_id)
            return connection.execute(query).first() is not None

    def add(self, analysis: Analysis) -> bool:
        """Store an analysis in one transaction; False when its article was already stored."""
        article_id = analysis.article.id
        try:
            rows = rows_of(analysis, self.schema)
        except (TypeError, ValueError) as error:
            raise ArticleRejected(
                f"article {article_id}: records not serializable ({error})"
            ) from None
        try:
            with self.engine.begin() as connection:
                articles = self.schema.articles
                exists = sa.select(articles.c.id).where(articles.c.id == article_id)
                if connection.execute(exists).first() is not None:
                    return False
                for table, table_rows in rows:
                    if table_rows:
                        connection.execute(sa.insert(table), table_rows)
        except sa.exc.OperationalError as error:
            raise StoreError(f"{self.location}: {error.orig}") from None
        except sa.exc.StatementError as error:
            if self.has_article(article_id):
                return False  # stored meanwhile by another process
            reason = getattr(error, "orig", None) or error
            raise ArticleRejected(
                f"article {article_id}: the database refused it ({reason})"
            ) from None
        return True


def stored_version(connection: sa.Connection, store_schema: Schema) -> int:
    version = sa.select(sa.func.max(store_schema.version.c.version))
    return connection.execute(version).scalar() or 0


def rows_of(
    analysis: Analysis, store_schema: Schema
) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """Every row one analysis becomes, in insert order (parents before children)."""
    data = analysis.to_dict()
    unknown = sorted(data.keys() - {"article", *store_schema.records})
    if unknown:
        raise StoreError(f"the store has no table for {', '.join(unknown)}; it needs a migration")
    article = data["article"]
    article_id = article["id"]
    published = article.get("published")
    rows: list[tuple[sa.Table, list[dict[str, Any]]]] = [
        (
            store_schema.articles,
            [
                {
                    "id": article_id,
                    "title": article.get("title"),
                    "outlet": article.get("outlet"),
                    "url": article.get("url"),
                    "published": published,
                    "published_date": published[:10] if published else None,
                    "language": article.get("language"),
                    "record": to_json(article),
                }
            ],
        ),
        (
            store_schema.sentences,
            [
                {
                    "article_id": article_id,
                    "position": sentence.index,
                    "char_start": sentence.start,
                    "char_end": sentence.end,
                    "text": analysis.article.text[sentence.start : sentence.end],
                }
                for sentence in analysis.sentences
            ],
        ),
    ]
    for name, kind in store_schema.kinds.items():
        records = data.get(name, [])
        rows.append(
            (
                store_schema.records[name],
                [
                    {
                        "article_id": article_id,
                        "position": position,
                        "id": record.get("id"),
                        **kind.stored_values(record),
                        "record": to_json(record),
                    }
                    for position, record in enumerate(records)
                ],
            )
        )
        for part, table in store_schema.parts[name]:
            rows.append(
                (
                    table,
                    [
                        {"article_id": article_id, kind.part_key: position, **row}
                        for position, record in enumerate(records)
                        for row in part.rows(record)
                    ],
                )
            )
    return rows


def _sqlite_settings(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on (SQLite leaves them off), and wait for a writer instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.close()
