"""Open a store (a SQLite file or any SQLAlchemy URL), check its schema, add analyses.

Each article is written in one transaction with all its records, so an interrupted run
never leaves half an article; an article whose content hash is already stored is skipped.
The schema is created in one transaction with its version row, under a lock, so a first
run that is killed leaves nothing behind and two first runs at once make it once.

SQLite files run in WAL mode, so readers never block the writer; a writer waits up to
`busy_timeout` seconds (default 30) for another writer's transaction before giving up.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa

from eventwire.errors import StoreError
from eventwire.kinds import RecordKind
from eventwire.records import Analysis
from eventwire.settings import DEFAULT_DB
from eventwire.store.listed_words import create_listed_words
from eventwire.store.rollup import (
    COUNTS_INDEX,
    ROLLUP_TABLE,
    count_articles,
    create_rollup_trigger,
    fill_month_rows,
    fill_rollup,
)
from eventwire.store.schema import (
    ORDER_KEYS_INDEX,
    SCHEMA,
    SCHEMA_VERSION,
    Schema,
    filter_indexes,
    listing_indexes,
    schema_of,
)
from eventwire.words import create_text_search

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 30.0
"""Seconds a SQLite writer waits for another process's write to end."""
KEPT_CONNECTIONS = 40
"""Connections a store's pool keeps open once opened: as many as the server's threads answer
in at once (anyio's 40). Past the pool's size a connection was closed when given back and a
later request opened a new one, whose first statements read the schema again (1.7 ms of CPU,
100,000 articles) and whose page cache started empty: a server of 2 processes under 8
clients opened 12 to 19 a process in a minute (docs/serve.md, serve19)."""
SCHEMA_LOCK = 0x6576_656E_7477_6972
"""PostgreSQL advisory lock key ("eventwir") held while a schema is checked or created."""


def add_stories(connection: sa.Connection) -> None:
    """1 -> 2: the story tables, filled from the articles already stored."""
    from eventwire.stories.build import rebuild

    SCHEMA.metadata.create_all(
        connection, tables=[SCHEMA.story_index, *SCHEMA.story_records.values()]
    )
    rebuild(connection, SCHEMA)


def add_listing_indexes(connection: sa.Connection) -> None:
    """2 -> 3: the indexes that serve listings in their order (`schema.listing_indexes`)."""
    for index in listing_indexes(SCHEMA):
        connection.execute(sa.schema.CreateIndex(index, if_not_exists=True))


def add_filter_indexes(connection: sa.Connection) -> None:
    """3 -> 4: the indexes of rare filters (`schema.filter_indexes`), the events' walk index
    with the sentence before the position, and the sentences' words, indexed for the `text`
    filter (`words.create_text_search`)."""
    for index in filter_indexes(SCHEMA):
        connection.execute(sa.schema.CreateIndex(index, if_not_exists=True))
    walk = next(index for index in listing_indexes(SCHEMA) if index.name == "ix_events_walk")
    connection.execute(sa.schema.DropIndex(walk, if_exists=True))
    connection.execute(sa.schema.CreateIndex(walk))
    create_text_search(connection)


def add_rollup(connection: sa.Connection) -> None:
    """4 -> 5: the event counts of every one-filter state (`store.rollup`), counted from
    the articles already stored, and the trigger that keeps them through deletes."""
    SCHEMA.metadata.create_all(connection, tables=[SCHEMA.metadata.tables[ROLLUP_TABLE]])
    create_rollup_trigger(connection, SCHEMA.metadata)
    fill_rollup(connection, SCHEMA.metadata)


def add_covering_indexes(connection: sa.Connection) -> None:
    """6 -> 7: indexes a cold events page reads instead of rows: the kept counts'
    (`rollup.COUNTS_INDEX`) and the articles' listing order by id (`ORDER_KEYS_INDEX`)."""
    wanted = {COUNTS_INDEX, ORDER_KEYS_INDEX}
    for table in (SCHEMA.metadata.tables[ROLLUP_TABLE], SCHEMA.articles):
        for index in table.indexes:
            if index.name in wanted:
                connection.execute(sa.schema.CreateIndex(index, if_not_exists=True))


def add_story_blocks(connection: sa.Connection) -> None:
    """5 -> 6: the story index with each article's block (`stories.clustering`), and every
    story rebuilt: a story is now decided within its block."""
    from eventwire.stories.build import rebuild

    SCHEMA.story_index.drop(connection)
    SCHEMA.story_index.create(connection)
    rebuild(connection, SCHEMA)


def add_listed_words(connection: sa.Connection) -> None:
    """7 -> 8: on SQLite, the sentences' words indexed in listing order
    (`store.listed_words`), filled from the sentences already stored; elsewhere nothing."""
    create_listed_words(connection)


def add_month_counts(connection: sa.Connection) -> None:
    """8 -> 9: the kept counts per month beside those per day (`rollup.MONTH_LAST_DAYS`),
    summed from the day rows, and the delete trigger made again to take them away too."""
    fill_month_rows(connection, SCHEMA.metadata)
    create_rollup_trigger(connection, SCHEMA.metadata)


def read_less_for_words(connection: sa.Connection) -> None:
    """9 -> 10: what a words page reads, less: the articles' order keys with their outlet
    (`ORDER_KEYS_INDEX`) and, on SQLite, the words in listing order made again of the
    sentences events name alone (`store.listed_words`)."""
    (order_keys,) = (i for i in SCHEMA.articles.indexes if i.name == ORDER_KEYS_INDEX)
    connection.execute(sa.schema.DropIndex(order_keys, if_exists=True))
    connection.execute(sa.schema.CreateIndex(order_keys))
    create_listed_words(connection)


MIGRATIONS: dict[int, Callable[[sa.Connection], None]] = {
    1: add_stories,
    2: add_listing_indexes,
    3: add_filter_indexes,
    4: add_rollup,
    5: add_story_blocks,
    6: add_covering_indexes,
    7: add_listed_words,
    8: add_month_counts,
    9: read_less_for_words,
}
"""Version N -> the step that upgrades a version-N database to N + 1."""


class ArticleRejected(StoreError):
    """The database refused one article's records; the article is not stored at all."""


def database_url(location: str | Path) -> str:
    """A SQLAlchemy URL as given, or a SQLite URL for a file path."""
    text = str(location)
    return text if "://" in text else f"sqlite:///{text}"


_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
"""`json.dumps` with these settings, made once: `json.dumps` makes an encoder at every call
given settings, a third of writing a small value (a page's rows, spliced: serve16)."""


def to_json(value: Any) -> str:
    """The bytes `Analysis.to_json()` would write for this value; ValueError for NaN or
    an infinity, which standard JSON has no way to write."""
    return _JSON.encode(value)


class Store:
    """An eventwire database. `create=False` refuses to make a new one and never writes
    (for queries); `kinds` are the record kinds it keeps (default: all eventwire declares);
    `allow_foreign_tables` lets eventwire add its tables to a database that has others."""

    def __init__(
        self,
        location: str | Path = DEFAULT_DB,
        *,
        create: bool = True,
        kinds: tuple[RecordKind, ...] | None = None,
        allow_foreign_tables: bool = False,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> None:
        self.schema = SCHEMA if kinds is None else schema_of(kinds)
        self.leads: dict[tuple[Any, ...], tuple[float, dict[str, int]]] = {}
        """The filter each query leads with, as `store.query.leading` last chose it."""
        self.words_kept: tuple[float, dict[tuple[str, str, int], int]] = (0.0, {})
        """When `store.query.leading` began counting words, and its counts per kind and words."""
        self.allow_foreign_tables = allow_foreign_tables
        self.busy_timeout = busy_timeout
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
        self.may_write = True
        """False for a SQLite file this user may not write: opened read-only, never upgraded."""
        if self.is_sqlite and url.database and url.database != ":memory:":
            path = Path(url.database)
            if not create and not path.is_file():
                raise StoreError(f"{self.location}: no such database (eventwire ingest makes one)")
            if not path.parent.is_dir():
                raise StoreError(f"{self.location}: folder {path.parent} does not exist")
            if path.is_file() and not writable(path):
                url = read_only(url, path)
                self.may_write = False
        try:
            # a server restarted under a long-running store: test each pooled connection first
            self.engine = sa.create_engine(
                url, pool_pre_ping=not self.is_sqlite, pool_size=KEPT_CONNECTIONS
            )
        except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as error:
            raise StoreError(f"{self.location}: cannot open ({error})") from None
        if self.is_sqlite:
            sa.event.listen(self.engine, "connect", partial(_sqlite_settings, busy_timeout))
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        try:
            self._prepare_schema(create)
        except sa.exc.DBAPIError as error:
            self.engine.dispose()
            raise StoreError(
                f"{self.location}: cannot use as a database ({self.explain(error)})"
            ) from None
        except StoreError:
            self.engine.dispose()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def connect(self) -> sa.Connection:
        """A connection to use in a `with` block."""
        return self.engine.connect()

    @contextmanager
    def writing(self) -> Iterator[sa.Connection]:
        """A transaction that writes: on SQLite it takes the write lock at once (BEGIN
        IMMEDIATE), so it waits for another writer instead of failing halfway."""
        with self.engine.connect() as connection:
            connection.execution_options(eventwire_writes=True)
            with connection.begin():
                yield connection

    def _prepare_schema(self, create: bool) -> None:
        """Check the schema in a read; only when it must be made, completed or migrated take
        the write lock (and on PostgreSQL an advisory lock), check again and do it. A SQLite
        file that will be written is switched to WAL, an older eventwire's file too."""
        with self.connect() as connection:
            current = self._checked_version(connection, create) == SCHEMA_VERSION
        if not current:
            with self.writing() as connection:
                if connection.dialect.name == "postgresql":
                    connection.execute(sa.select(sa.func.pg_advisory_xact_lock(SCHEMA_LOCK)))
                self._update_schema(connection, self._checked_version(connection, create))
        if create and self.is_sqlite:
            self._use_wal()

    def _update_schema(self, connection: sa.Connection, version: int) -> None:
        if version == 0:
            self.schema.metadata.create_all(connection)
            create_text_search(connection)
            create_listed_words(connection)
            create_rollup_trigger(connection, self.schema.metadata)
            connection.execute(sa.delete(self.schema.version))
            connection.execute(sa.insert(self.schema.version).values(version=SCHEMA_VERSION))
            return
        while version < SCHEMA_VERSION:
            if version not in MIGRATIONS:
                raise StoreError(f"{self.location}: no migration from schema version {version}")
            step = MIGRATIONS[version]
            log.info(
                "%s: upgrading schema version %d to %d: %s",
                self.location,
                version,
                version + 1,
                " ".join((step.__doc__ or "").split()).split(": ", 1)[-1],
            )
            step(connection)
            version += 1
            connection.execute(sa.update(self.schema.version).values(version=version))

    def _checked_version(self, connection: sa.Connection, create: bool) -> int:
        """The stored schema version, 0 for none; raises for a database that is not ours,
        one from a newer eventwire, and one from an older eventwire that this user may not
        write (any other is upgraded on opening, by any command: no step of the user's)."""
        inspector = sa.inspect(connection)
        tables = set(inspector.get_table_names())
        version = (
            stored_version(connection, self.schema) if self.schema.version.name in tables else 0
        )
        if version == 0:
            self._check_tables(inspector, tables, create)
        elif version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.location}: schema version {version} is newer than this eventwire "
                f"knows ({SCHEMA_VERSION}); upgrade eventwire to use it"
            )
        elif version < SCHEMA_VERSION and not self.may_write:
            raise StoreError(
                f"{self.location}: schema version {version} is older than this eventwire's "
                f"({SCHEMA_VERSION}) and this user may not write it to upgrade it; whoever "
                "may, upgrades it by running any eventwire command on it"
            )
        return version

    def _check_tables(self, inspector: sa.Inspector, tables: set[str], create: bool) -> None:
        """A database without a version row is new, left by an interrupted first run (some
        of our tables, nothing else: to complete), or someone else's (refused unless allowed)."""
        ours = self.schema.metadata.tables
        unlike = sorted(
            name
            for name in tables & ours.keys()
            if {column["name"] for column in inspector.get_columns(name)}
            != set(ours[name].columns.keys())
        )
        if unlike:
            raise StoreError(
                f"{self.location}: not an eventwire database (table {', '.join(unlike)} "
                "has other columns than eventwire's)"
            )
        if not create:
            if tables & ours.keys():
                raise StoreError(
                    f"{self.location}: eventwire tables without a schema version (a first run "
                    "was interrupted); eventwire ingest completes them"
                )
            raise StoreError(f"{self.location}: no eventwire tables (eventwire ingest makes them)")
        foreign = sorted(tables - ours.keys())
        if foreign and not self.allow_foreign_tables:
            more = f" and {len(foreign) - 5} more" if foreign[5:] else ""
            shown = ", ".join(foreign[:5]) + more
            raise StoreError(
                f"{self.location}: not an eventwire database (it has other tables: {shown}); "
                "to add eventwire's tables beside them, pass --allow-foreign-tables"
            )

    def _use_wal(self) -> None:
        """WAL mode, kept in the file: readers never block the writer. Switching needs the
        file to itself for a moment; if another process has it, a later run switches."""
        connection = self.engine.raw_connection()
        try:
            connection.cursor().execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            pass
        finally:
            connection.close()

    def explain(self, error: sa.exc.DBAPIError) -> str:
        """The database's reason on one line, with what to do about the ones a person can fix."""
        reason = " ".join(str(error.orig).split())
        if "locked" in reason and self.is_sqlite:
            return (
                f"{reason}: another process held it for more than {self.busy_timeout:g} s "
                "(a long write, or a program that keeps a transaction open)"
            )
        if "readonly" in reason:
            return f"{reason}: the file (or its folder) is not writable by this user"
        if "disk I/O error" in reason or "disk is full" in reason:
            return f"{reason}: the disk may be full (or the file too large for this process)"
        return reason

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
            with self.writing() as connection:
                articles = self.schema.articles
                exists = sa.select(articles.c.id).where(articles.c.id == article_id)
                if connection.execute(exists).first() is not None:
                    return False
                for table, table_rows in rows:
                    if table_rows:
                        connection.execute(sa.insert(table), table_rows)
                count_articles(connection, self.schema.metadata, [article_id])
        except sa.exc.OperationalError as error:
            raise StoreError(f"{self.location}: {self.explain(error)}") from None
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
                    "published": published or None,
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


def writable(path: Path) -> bool:
    """Whether this user may write the file and make the files beside it that SQLite needs."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only(url: sa.URL, path: Path) -> sa.URL:
    """A URL that opens a SQLite file read-only and as immutable: SQLite cannot otherwise read
    a WAL database whose folder it may not write (it must make the shared-memory file), and
    no one this user knows of can change a file that neither it nor its folder lets them."""
    return url.set(
        database=f"file:{quote(str(path.resolve()))}",
        query={"mode": "ro", "immutable": "1", "uri": "true"},
    )


def _sqlite_settings(busy_timeout: float, dbapi_connection: Any, _record: Any) -> None:
    """Transactions begun by us (pysqlite would leave DDL outside them), foreign keys on
    (SQLite leaves them off), and a busy timeout so a writer waits for another instead of
    failing."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection: sa.Connection) -> None:
    immediate = connection.get_execution_options().get("eventwire_writes")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
