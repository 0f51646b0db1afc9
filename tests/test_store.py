"""The store: idempotent by content hash, versioned schema, one transaction per article."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from store_samples import ministers_meet, samples, tanker_seizure

from eventwire.store import ArticleRejected, Filters, Store, StoreError, analyses
from eventwire.store.database import to_json
from eventwire.store.schema import SCHEMA_VERSION

ALL = Filters(modalities=None)
ARTICLE_TABLES = ("sentences", "entities", "events", "quotes", "times", "places", "quantities")


def row_counts(path: Path, article_id: str | None = None) -> dict[str, int]:
    """Rows per table (of one article, if given), read with sqlite3 rather than the store."""
    counts = {}
    with sqlite3.connect(path) as connection:
        for table in ("articles", "event_actors", *ARTICLE_TABLES):
            key = "id" if table == "articles" else "article_id"
            where, values = (f" WHERE {key} = ?", (article_id,)) if article_id else ("", ())
            query = f"SELECT count(*) FROM {table}{where}"
            counts[table] = connection.execute(query, values).fetchone()[0]
    return counts


def test_same_article_is_stored_once(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with Store(path) as store:
        assert store.add(tanker_seizure()) is True
        first = row_counts(path)
        assert store.add(tanker_seizure()) is False
    with Store(path) as store:
        assert store.add(tanker_seizure()) is False
    assert row_counts(path) == first
    assert first["articles"] == 1
    assert first["events"] == 4
    assert first["event_actors"] == 8


def test_stored_analyses_come_back_byte_for_byte(tmp_path: Path) -> None:
    stored = samples()
    with Store(tmp_path / "events.db") as store:
        for analysis in stored:
            store.add(analysis)
        back = list(analyses(store, ALL))
    assert [a["article"]["id"] for a in back] == [a.article.id for a in stored]
    for analysis, data in zip(stored, back, strict=True):
        assert to_json(data) == analysis.to_json()


def test_new_database_records_its_schema_version(tmp_path: Path) -> None:
    with Store(tmp_path / "events.db") as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_database_from_a_newer_eventwire_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    Store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match=r"schema version \d+ is newer .* upgrade eventwire"):
        Store(path)


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE articles (headline TEXT)")
    with pytest.raises(StoreError, match="not an eventwire database"):
        Store(path)


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 20)
    with pytest.raises(StoreError, match=r"notes\.db: cannot use as a database"):
        Store(path)


def test_queries_do_not_create_a_database(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="no such database"):
        Store(path, create=False)
    assert not path.exists()


def test_refused_record_leaves_nothing_of_its_article(tmp_path: Path) -> None:
    """The third event has no CAMEO code, which the schema refuses after the article row,
    its sentences, entities and first events were written: the whole article rolls back."""
    path = tmp_path / "events.db"
    broken = tanker_seizure()
    broken.events[2] = dataclasses.replace(broken.events[2], cameo=None)
    with Store(path) as store:
        store.add(ministers_meet())
        before = row_counts(path)
        with pytest.raises(ArticleRejected, match=broken.article.id):
            store.add(broken)
        assert not store.has_article(broken.article.id)
        assert row_counts(path) == before
        assert set(row_counts(path, broken.article.id).values()) == {0}
        assert store.add(tanker_seizure()) is True
    assert row_counts(path, tanker_seizure().article.id)["events"] == 4
