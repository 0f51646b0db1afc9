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

from eventwire.records import Analysis
from eventwire.store import schema

DEFAULT_DB = "eventwire.db"

MIGRATIONS: dict[int, Callable[[sa.Connection], None]] = {}
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
    """An eventwire database. `create=False` refuses to make a new one (for queries)."""

    def __init__(self, location: str | Path = DEFAULT_DB, *, create: bool = True) -> None:
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
            if schema.schema_version.name not in tables:
                if tables & set(schema.metadata.tables):
                    raise StoreError(
                        f"{self.location}: not an eventwire database (no schema version)"
                    )
                if not create:
                    raise StoreError(
                        f"{self.location}: no eventwire tables (eventwire ingest makes them)"
                    )
                schema.metadata.create_all(connection)
                connection.execute(
                    sa.insert(schema.schema_version).values(version=schema.SCHEMA_VERSION)
                )
                return
            version = stored_version(connection)
            if version > schema.SCHEMA_VERSION:
                raise StoreError(
                    f"{self.location}: schema version {version} is newer than this eventwire "
                    f"knows ({schema.SCHEMA_VERSION}); upgrade eventwire to use it"
                )
            while version < schema.SCHEMA_VERSION:
                if version not in MIGRATIONS:
                    raise StoreError(f"{self.location}: no migration from schema version {version}")
                MIGRATIONS[version](connection)
                version += 1
                connection.execute(sa.update(schema.schema_version).values(version=version))

    def schema_version(self) -> int:
        with self.connect() as connection:
            return stored_version(connection)

    def has_article(self, article_id: str) -> bool:
        with self.connect() as connection:
            query = sa.select(schema.articles.c.id).where(schema.articles.c.id == article_id)
            return connection.execute(query).first() is not None

    def add(self, analysis: Analysis) -> bool:
        """Store an analysis in one transaction; False when its article was already stored."""
        article_id = analysis.article.id
        try:
            rows = rows_of(analysis)
        except (TypeError, ValueError) as error:
            raise ArticleRejected(
                f"article {article_id}: records not serializable ({error})"
            ) from None
        try:
            with self.engine.begin() as connection:
                exists = sa.select(schema.articles.c.id).where(schema.articles.c.id == article_id)
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


def stored_version(connection: sa.Connection) -> int:
    version = sa.select(sa.func.max(schema.schema_version.c.version))
    return connection.execute(version).scalar() or 0


def rows_of(analysis: Analysis) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """Every row one analysis becomes, in insert order (parents before children)."""
    data = analysis.to_dict()
    unknown = sorted(data.keys() - {"article", *schema.RECORD_TABLES})
    if unknown:
        raise StoreError(f"the store has no table for {', '.join(unknown)}; it needs a migration")
    article = data["article"]
    article_id = article["id"]
    published = article.get("published")
    rows: list[tuple[sa.Table, list[dict[str, Any]]]] = [
        (
            schema.articles,
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
            schema.sentences,
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
    for kind, table in schema.RECORD_TABLES.items():
        rows.append(
            (
                table,
                [
                    {
                        "article_id": article_id,
                        "position": position,
                        "id": record.get("id"),
                        **COLUMNS_OF[kind](record),
                        "record": to_json(record),
                    }
                    for position, record in enumerate(data[kind])
                ],
            )
        )
        if kind == "events":
            rows.append((schema.event_actors, event_actor_rows(article_id, data["events"])))
    return rows


def entity_columns(entity: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": entity.get("name"),
        "type": entity.get("type"),
        "actor": entity.get("actor"),
        "mention_count": len(entity.get("mentions") or []),
    }


def event_columns(event: dict[str, Any]) -> dict[str, Any]:
    plover = event.get("plover") or {}
    date = event.get("date") or {}
    place = event.get("place") or {}
    speaker = event.get("asserted_by") or {}
    return {
        "sentence": event.get("sentence"),
        "trigger": (event.get("trigger") or {}).get("text"),
        "cameo": event.get("cameo"),
        "cameo_root": event.get("cameo_root"),
        "quad_class": event.get("quad_class"),
        "goldstein": event.get("goldstein"),
        "plover_type": plover.get("type"),
        "plover_mode": plover.get("mode"),
        "modality": event.get("modality"),
        "asserted_by": speaker.get("name") or speaker.get("text"),
        "date_value": date.get("value"),
        "date_granularity": date.get("granularity"),
        "place_name": place.get("name"),
        "place_country": place.get("country"),
        "place_lat": place.get("lat"),
        "place_lon": place.get("lon"),
        "place_precision": place.get("precision"),
    }


def event_actor_rows(article_id: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "event_position": event_position,
            "role": role,
            "position": position,
            "code": actor.get("code"),
            "text": actor.get("text"),
        }
        for event_position, event in enumerate(events)
        for role in ("source", "target")
        for position, actor in enumerate(event.get(role) or [])
    ]


def quote_columns(quote: dict[str, Any]) -> dict[str, Any]:
    speaker = quote.get("speaker") or {}
    return {
        "kind": quote.get("kind"),
        "speaker_name": speaker.get("name") or speaker.get("text"),
        "speaker_actor": speaker.get("actor"),
        "text": quote.get("text"),
    }


def time_columns(time: dict[str, Any]) -> dict[str, Any]:
    return {"type": time.get("type"), "value": time.get("value")}


def place_columns(place: dict[str, Any]) -> dict[str, Any]:
    return {
        key: place.get(key)
        for key in ("name", "text", "country", "admin1", "lat", "lon", "precision", "role")
    }


def quantity_columns(quantity: dict[str, Any]) -> dict[str, Any]:
    return {key: quantity.get(key) for key in ("value", "low", "high", "unit")}


COLUMNS_OF: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "entities": entity_columns,
    "events": event_columns,
    "quotes": quote_columns,
    "times": time_columns,
    "places": place_columns,
    "quantities": quantity_columns,
}
"""Record kind -> the filter columns copied out of its JSON."""


def _sqlite_settings(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on (SQLite leaves them off), and wait for a writer instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.close()
