"""SQLite's words in listing order (`store.listed_words`): a page led by words reads the
sentences up to the day its first events end on, and answers as the whole sort does, past
days of many articles, date text the day key cannot order, undated articles, other filters,
deletes, and upgrades from versions 7 and 9; it lists only the sentences events name."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_samples import samples

from eventwire.filters import Filters
from eventwire.store import Store, find
from eventwire.store.listed_words import (
    DAY_SHIFT,
    LISTED_WORDS_TABLE,
    LISTING_DAY,
    SENTENCE_KEYS,
    UNDATED_DAY,
)
from eventwire.store.query import lead_filter
from eventwire.store.schema import SCHEMA_VERSION
from eventwire.words import WORDS_TABLE

PUBLISHED = ["2024-05-02", "2024-05-02T08:00", "2023-12-31", None, "2024-5-2", "2024-05-01", ""]
"""Stored in this order, not the listing's: a day of two articles each, an undated one, date
text not written YYYY-MM-DD (listed by its text, which the day key cannot order) and blank."""
WORDS = ["tanker", "the", "seize", "costa met", "turkey denied"]
PAGES = [(1, 0), (2, 0), (3, 1), (5, 2), (8, 0), (4, 9)]


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def holds(sentence: str, text: str) -> bool:
    held, wanted = words_of(sentence), words_of(text)
    return any(held[start : start + len(wanted)] == wanted for start in range(len(held)))


def store_dated(tmp_path: Path, published: list[str | None]) -> Store:
    store = Store(tmp_path / "events.db")
    for number, when in enumerate(published):
        for analysis in samples():
            article = replace(analysis.article, id=f"{9 - number}-{analysis.article.id}")
            store.add(replace(analysis, article=replace(article, published=when)))
    return store


def ids(store: Store, filters: Filters) -> list[str]:
    return [
        f"{found.article['id']} {found.record['id']}" for found in find(store, "events", filters)
    ]


def expected(store: Store, filters: Filters) -> list[str]:
    """The reference: every event walked in listing order, its sentence checked here."""
    walked = find(store, "events", replace(filters, text=None))
    return [
        f"{found.article['id']} {found.record['id']}"
        for found in walked
        if holds(found.sentence or "", filters.text)
    ]


def assert_pages_right(store: Store, filters: Filters) -> None:
    everything = expected(store, filters)
    with store.connect() as connection:
        page = replace(filters, limit=1)
        assert lead_filter(connection, store.schema, "events", page) == "text", filters
    for limit, offset in PAGES:
        page = replace(filters, limit=limit, offset=offset)
        assert ids(store, page) == everything[offset : offset + limit], page


def test_a_page_led_by_words_is_the_sorted_page(tmp_path: Path) -> None:
    with store_dated(tmp_path, PUBLISHED) as store:
        for text in WORDS:
            assert expected(store, Filters(text=text, modalities=None)), text
            assert_pages_right(store, Filters(text=text, modalities=None))
        assert_pages_right(store, Filters(text="seize", outlets=("gulf courier",)))
        assert_pages_right(store, Filters(text="the", since="2024-01-01", modalities=None))


def test_dates_written_so_are_read_up_to_their_day(tmp_path: Path) -> None:
    dated = ["2024-05-02", "2024-05-02T08:00", "2023-12-31", "2024-05-01", None]
    with store_dated(tmp_path, dated) as store:
        for text in WORDS:
            assert_pages_right(store, Filters(text=text, modalities=None))


NAMED = (
    "EXISTS (SELECT 1 FROM events WHERE events.article_id = sentences.article_id "
    "AND events.sentence = sentences.position)"
)
"""SQL: an event names the sentence."""


def listed_counts(store: Store, word: str) -> tuple[int, int, int, int]:
    """Sentences an event names that hold `word`, in the words' index and in the listed one;
    keys, and sentences an event names."""
    with store.connect() as connection:
        in_words = connection.exec_driver_sql(
            f"SELECT count(*) FROM {WORDS_TABLE} JOIN sentences "
            f"ON sentences.rowid = {WORDS_TABLE}.rowid WHERE {WORDS_TABLE} MATCH ? AND {NAMED}",
            (word,),
        ).scalar_one()
        listed = connection.exec_driver_sql(
            f"SELECT count(*) FROM {LISTED_WORDS_TABLE} WHERE {LISTED_WORDS_TABLE} MATCH ?",
            (word,),
        ).scalar_one()
        keys = connection.exec_driver_sql(f"SELECT count(*) FROM {SENTENCE_KEYS}").scalar_one()
        sentences = connection.exec_driver_sql(
            f"SELECT count(*) FROM sentences WHERE {NAMED}"
        ).scalar_one()
    return in_words, listed, keys, sentences


def assert_listed_named(store: Store) -> None:
    for word in ("tanker", "the", "seize", "turkey"):
        in_words, listed, keys, sentences = listed_counts(store, word)
        assert in_words == listed > 0 and keys == sentences, word


def test_only_the_sentences_events_name_are_listed(tmp_path: Path) -> None:
    """A words page checks no sentence that no event names: those are not listed, whether
    their events were stored with them, deleted alone, or their article deleted."""
    with store_dated(tmp_path, PUBLISHED) as store:
        with store.connect() as connection:
            unnamed = connection.exec_driver_sql(
                f"SELECT count(*) FROM sentences WHERE NOT {NAMED}"
            ).scalar_one()
            river = [  # the word of sentences no event names
                connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE {table} MATCH 'river'"
                ).scalar_one()
                for table in (WORDS_TABLE, LISTED_WORDS_TABLE)
            ]
        assert unnamed > 0 and river[0] > 0 and river[1] == 0
        assert_listed_named(store)
        events = store.schema.records["events"]
        with store.writing() as connection:
            named = connection.execute(
                sa.select(events.c.article_id, events.c.sentence).where(events.c.position == 0)
            ).first()
            connection.execute(
                sa.delete(events).where(
                    events.c.article_id == named.article_id, events.c.sentence == named.sentence
                )
            )
            connection.execute(
                sa.delete(store.schema.articles).where(store.schema.articles.c.id.like("8-%"))
            )
        assert_listed_named(store)
        for text in WORDS:
            assert_pages_right(store, Filters(text=text, modalities=None))


def test_deleted_articles_leave_the_listed_words(tmp_path: Path) -> None:
    with store_dated(tmp_path, PUBLISHED) as store:
        with store.writing() as connection:
            articles = store.schema.articles
            connection.execute(sa.delete(articles).where(articles.c.id.like("8-%")))
            connection.execute(sa.delete(articles).where(articles.c.id.like("5-%")))
        assert_listed_named(store)
        for text in WORDS:
            assert_pages_right(store, Filters(text=text, modalities=None))


def test_a_version_7_store_gets_the_listed_words(tmp_path: Path) -> None:
    with store_dated(tmp_path, PUBLISHED) as store:
        before = {text: ids(store, Filters(text=text, modalities=None, limit=3)) for text in WORDS}
        with store.writing() as connection:
            for name in ("insert", "update", "delete"):
                connection.exec_driver_sql(f"DROP TRIGGER {LISTED_WORDS_TABLE}_{name}")
            connection.exec_driver_sql(f"DROP TABLE {LISTED_WORDS_TABLE}")
            connection.exec_driver_sql(f"DROP TABLE {SENTENCE_KEYS}")
            connection.exec_driver_sql("UPDATE schema_version SET version = 7")
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            ids(store, Filters(text="the", limit=3))  # read on the driver's cursor
    with Store(tmp_path / "events.db") as upgraded:  # a writing open upgrades
        assert upgraded.schema_version() == SCHEMA_VERSION
        in_words, listed, keys, sentences = listed_counts(upgraded, "the")
        assert in_words == listed > 0 and keys == sentences
        after = {
            text: ids(upgraded, Filters(text=text, modalities=None, limit=3)) for text in WORDS
        }
        assert after == before
        upgraded.add(replace(samples()[0], article=replace(samples()[0].article, id="new")))
        for text in WORDS:
            assert_pages_right(upgraded, Filters(text=text, modalities=None))


def test_a_version_9_store_lists_only_the_sentences_events_name(tmp_path: Path) -> None:
    with store_dated(tmp_path, PUBLISHED) as store:
        before = {text: ids(store, Filters(text=text, modalities=None, limit=3)) for text in WORDS}
        key = f"({LISTING_DAY.format(article='articles', undated=UNDATED_DAY)} << {DAY_SHIFT})"
        with store.writing() as connection:  # version 9 listed every sentence
            connection.exec_driver_sql(
                f"INSERT INTO {SENTENCE_KEYS}(words_key, article_id, position) "
                f"SELECT {key} | sentences.rowid, sentences.article_id, sentences.position "
                "FROM sentences JOIN articles ON articles.id = sentences.article_id "
                f"WHERE NOT {NAMED}"
            )
            connection.exec_driver_sql(
                f"INSERT INTO {LISTED_WORDS_TABLE}(rowid, text) SELECT words_key, sentences.text "
                f"FROM {SENTENCE_KEYS} JOIN sentences USING (article_id, position) "
                f"WHERE NOT {NAMED}"
            )
            connection.exec_driver_sql("UPDATE schema_version SET version = 9")
        in_words, listed, keys, sentences = listed_counts(store, "the")
        assert listed > in_words and keys > sentences
    with Store(tmp_path / "events.db") as upgraded:  # a writing open upgrades
        assert upgraded.schema_version() == SCHEMA_VERSION
        assert_listed_named(upgraded)
        after = {
            text: ids(upgraded, Filters(text=text, modalities=None, limit=3)) for text in WORDS
        }
        assert after == before
        upgraded.add(replace(samples()[0], article=replace(samples()[0].article, id="new")))
        assert_listed_named(upgraded)
        for text in WORDS:
            assert_pages_right(upgraded, Filters(text=text, modalities=None))


def test_pages_after_a_key_led_by_words_are_the_sorted_pages(tmp_path: Path) -> None:
    """A next page read after the last row's key counts, in its bound, only the events
    listed after that key."""
    with store_dated(tmp_path, PUBLISHED) as store:
        for text in WORDS:
            everything = expected(store, Filters(text=text, modalities=None))
            for size in (1, 2, 3):
                pages, after = [], None
                while (after is not None or not pages) and len(pages) < 100:
                    filters = Filters(text=text, modalities=None, limit=size + 1)
                    found = list(find(store, "events", filters, after))
                    pages.append([f"{f.article['id']} {f.record['id']}" for f in found[:size]])
                    last = found[size - 1] if len(found) > size else None
                    after = (last.article["id"], last.position) if last else None
                assert [key for page in pages for key in page] == everything, (text, size)
