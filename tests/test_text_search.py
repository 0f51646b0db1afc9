"""The `text` filter through the sentences' full-text index, and filters that lead a query
through their own index: same answers on SQLite and PostgreSQL (when EVENTWIRE_TEST_POSTGRES
names a database these tests may empty), same answers as walking in listing order, and a
version-3 database gets the index on its first writing open."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_databases import DATABASES, empty_database
from store_samples import samples

from eventwire import words
from eventwire.filters import Filters
from eventwire.store import Store, find
from eventwire.store import query as store_query
from eventwire.store.query import lead_filter, records_statement
from eventwire.store.schema import SCHEMA, SCHEMA_VERSION, filter_indexes
from eventwire.words import WORDS_TABLE

WORDS = [
    "tanker",
    "TANKER near jask",
    "near tanker",
    "seize",
    "Liberian-flagged",
    "liberian flagged",
    "a liberian",
    "We will sign",
    "two metres",
    "ministers",
]
"""Words as people type them: phrases, any case, hyphens, a word inside a longer one."""

SYNTAX = ['"', 'seize"', "seize*", "NEAR(seize ships)", "seize OR met", "text:seize", "^seize"]
SYNTAX += ["-", "(", "'", "seize AND", "%", "_", "\\", "]", "*"]
"""Full-text query syntax (FTS5's and PostgreSQL's): searched as words, never run."""


@pytest.fixture(params=DATABASES)
def store(request, tmp_path: Path) -> Iterator[Store]:
    with Store(empty_database(request.param, tmp_path)) as opened:
        for analysis in samples():
            opened.add(analysis)
        yield opened


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def holds(sentence: str, text: str) -> bool:
    """The reference: the sentence's words hold the text's words, in a row."""
    sentence_words, wanted = words_of(sentence), words_of(text)
    return bool(wanted) and any(
        sentence_words[start : start + len(wanted)] == wanted
        for start in range(len(sentence_words) - len(wanted) + 1)
    )


def ids(store: Store, filters: Filters) -> list[str]:
    return [found.record["id"] for found in find(store, "events", filters)]


def test_text_keeps_the_events_whose_sentence_holds_the_words(store: Store) -> None:
    everything = list(find(store, "events", Filters(modalities=None)))
    kept_any = set()
    for text in WORDS:
        kept = ids(store, Filters(text=text, modalities=None))
        expected = [f.record["id"] for f in everything if holds(f.sentence or "", text)]
        assert kept == expected, text
        kept_any.update(kept)
    assert ids(store, Filters(text="near tanker", modalities=None)) == []
    assert ids(store, Filters(text="ministers", modalities=None)) == []  # not "Minister"
    assert len(kept_any) >= 3


def test_query_syntax_in_the_words_is_searched_never_run(store: Store) -> None:
    everything = list(find(store, "events", Filters(modalities=None)))
    for text in SYNTAX:
        kept = ids(store, Filters(text=text, modalities=None))
        assert kept == [f.record["id"] for f in everything if holds(f.sentence or "", text)], text
    assert ids(store, Filters(text="seize*", modalities=None))  # the word seize, no prefix


FILTERS = [
    Filters(country="PRT"),
    Filters(actor="IRN", modalities=None),
    Filters(actor="usagov", modalities=None),
    Filters(code="15", modalities=None),
    Filters(plover="consult"),
    Filters(modalities=("negated", "future")),
    Filters(text="seize", modalities=None),
    Filters(text="tanker", code="17", outlets=("gulf courier", "harbour gazette")),
    Filters(country="IRN", since="2024-01-01", until="2024-12-31", modalities=None),
]


def walk_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """No filter leads, and no page is read from the words in listing order: every query
    walks in listing order (the reference the other ways answer as)."""
    monkeypatch.setattr(store_query, "LEAD_LIMIT", -1)
    monkeypatch.setattr(store_query, "PAGE_LEAD_LIMITS", {"text": -1})
    monkeypatch.setattr(store_query, "words_page_lead", lambda *_: None)


def test_a_leading_filter_answers_as_the_walk_in_listing_order(store: Store) -> None:
    events = store.schema.kinds["events"]
    with store.connect() as connection:
        for filters in FILTERS:
            walked = connection.execute(records_statement(store.schema, "events", filters)).all()
            assert walked or filters.modalities != ("negated", "future"), filters
            for taken in events.listing.filters:
                if taken.seek is None or getattr(filters, taken.field) in (None, ""):
                    continue
                statement = records_statement(store.schema, "events", filters, taken.field)
                assert connection.execute(statement).all() == walked, (filters, taken.field)


def test_pages_are_the_same_led_or_walked(store: Store, monkeypatch) -> None:
    pages = [(1, 0), (1, 1), (2, 1), (50, 0)]
    for filters in [*FILTERS, Filters(modalities=None)]:
        led = [ids(store, replace(filters, limit=n, offset=k)) for n, k in pages]
        with monkeypatch.context() as walking:
            walk_every_page(walking)
            walked = [ids(store, replace(filters, limit=n, offset=k)) for n, k in pages]
        assert led == walked, filters
        assert led[0] + led[1] == led[3][:2] and led[2] == led[3][1:3], filters


def keyset_pages(store: Store, filters: Filters, size: int) -> list[list[str]]:
    """Pages of `size` read each from the key of the page before's last row (`after`)."""
    pages, after = [], None
    for _ in range(100):
        found = list(find(store, "events", replace(filters, limit=size + 1), after))
        pages.append([result.record["id"] for result in found[:size]])
        if len(found) <= size:
            return pages
        after = (found[size - 1].article["id"], found[size - 1].position)
    raise AssertionError("paging never ends")


def test_pages_read_after_a_key_are_the_numbered_pages(store: Store, monkeypatch) -> None:
    """Keyset paging, walked and led, past ties (one article's events; articles of one
    date, by id) and into the undated articles (NULL dates, listed last; a blank date is
    none): every event once, in listing order."""
    copies = [("b-same-day", "keep"), ("a-undated", None), ("c-undated", None), ("d-blank", "")]
    for copy, published in copies:
        for analysis in samples()[:2]:
            article = analysis.article
            when = article.published if published == "keep" else published
            moved = replace(article, id=f"{copy}-{article.id}", published=when)
            store.add(replace(analysis, article=moved))
    undated = [f for f in find(store, "events", Filters()) if not f.article["published"]]
    assert len({f.article["id"] for f in undated}) == 6
    for filters in [*FILTERS, Filters(modalities=None), Filters(text="the", modalities=None)]:
        everything = ids(store, filters)
        for size in (1, 2):
            numbered = [everything[k : k + size] for k in range(0, len(everything), size)]
            assert keyset_pages(store, filters, size) == (numbered or [[]]), (filters, size)
            with monkeypatch.context() as walking:
                walk_every_page(walking)
                assert keyset_pages(store, filters, size) == (numbered or [[]]), filters
    with pytest.raises(store_query.NoSuchRecord, match="no article 'nothing'"):
        list(find(store, "events", Filters(limit=2), ("nothing", 0)))


def test_a_page_checking_each_sentence_finds_what_the_set_finds(store, monkeypatch) -> None:
    """A short walk (a page) checks a common word's sentences one at a time in the words'
    index (`words.CHECK_LIMIT`, estimated from `CHECK_SAMPLE`: here every word in a
    sentence is common); a long one (a deep page, no limit) builds their set: both keep the
    events the reference keeps, in listing order."""
    monkeypatch.setattr(words, "CHECK_LIMIT", 0)  # before the store compiles a statement
    monkeypatch.setattr(words, "SCREENED_CHECK_LIMIT", 0)
    monkeypatch.setattr(words, "CHECK_SAMPLE", 1)
    walk_every_page(monkeypatch)  # a page too
    everything = list(find(store, "events", Filters(modalities=None)))
    statement = records_statement(store.schema, "events", Filters(text="seize", limit=2))
    checked = f"{WORDS_TABLE}.rowid = sentences.rowid"
    assert checked in str(statement.compile(store.engine)) or store.engine.name != "sqlite"
    for text in [*WORDS, *SYNTAX[1:], "in", "the", "Jas", "metresx"]:
        expected = [f.record["id"] for f in everything if holds(f.sentence or "", text)]
        for limit, offset in [(1, 0), (2, 1), (50, 0), (words.SHORT_WALK + 1, 0)]:
            paged = Filters(text=text, modalities=None, limit=limit, offset=offset)
            assert ids(store, paged) == expected[offset : offset + limit], (text, limit)


def test_the_characters_folded_to_ascii_are_the_ones_the_screen_lets_through() -> None:
    """Every character of the Basic Multilingual Plane other than ASCII, indexed alone by
    the words' tokenizer: those it folds to ASCII letters or digits are `FOLDED_TO_ASCII`
    (a sentence holding one is never screened out by its lowered text)."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE folded USING fts5(text, content='', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    characters = [(code, chr(code)) for code in range(0x80, 0x10000) if not 0xD800 <= code < 0xE000]
    connection.executemany("INSERT INTO folded(rowid, text) VALUES (?, ?)", characters)
    connection.execute("CREATE VIRTUAL TABLE temp.found USING fts5vocab(main, folded, 'instance')")
    to_ascii = connection.execute("SELECT doc FROM found WHERE term GLOB '*[a-z0-9]*'").fetchall()
    assert sorted(chr(code) for (code,) in to_ascii) == sorted(words.FOLDED_TO_ASCII)


def test_a_screened_walk_keeps_a_word_spelt_with_a_folded_letter(tmp_path, monkeypatch) -> None:
    """`tanker` written with the Kelvin sign for its k: SQLite's `lower` leaves the sign, the
    words' index folds it to k, and a page that screens sentences by their text still keeps
    them (`words.ascii_runs`)."""
    monkeypatch.setattr(words, "SCREENED_CHECK_LIMIT", 0)
    monkeypatch.setattr(words, "CHECK_SAMPLE", 1)
    walk_every_page(monkeypatch)
    with Store(tmp_path / "kelvin.db") as store:
        for analysis in samples():
            text = re.sub("(?i)(?<=tan)k(?=er)", "\u212a", analysis.article.text)
            store.add(replace(analysis, article=replace(analysis.article, text=text)))
        everything = list(find(store, "events", Filters(modalities=None)))
        expected = [f.record["id"] for f in everything if holds(f.sentence or "", "tanker")]
        assert expected and any("\u212a" in (f.sentence or "") for f in everything)
        page = Filters(text="tanker", modalities=None, limit=50)
        assert words.ascii_runs("Tanker near-Jask") == ("tanker", "near", "jask")
        assert ids(store, page) == expected


def test_a_words_page_walks_where_a_timeline_leads(store: Store, monkeypatch) -> None:
    """Past `PAGE_LEAD_LIMITS`, the words lead a timeline or a deep page but not a page, on
    PostgreSQL; SQLite reads a page from the words in listing order (`store.listed_words`)."""
    monkeypatch.setattr(store_query, "PAGE_LEAD_LIMITS", {"text": 0})
    filters = Filters(text="seize", modalities=None)
    with store.connect() as connection:
        assert lead_filter(connection, store.schema, "events", filters) == "text"
        page = replace(filters, limit=51)
        led = "text" if connection.dialect.name == "sqlite" else None
        assert lead_filter(connection, store.schema, "events", page) == led
        deep = replace(filters, limit=51, offset=words.SHORT_WALK)
        assert lead_filter(connection, store.schema, "events", deep) == "text"
    assert ids(store, page) == ids(store, filters)[:51]


def test_a_page_of_words_too_common_to_lead_is_read_from_the_words_in_listing_order(
    store: Store, monkeypatch
) -> None:
    """Words in more sentences than any filter may lead with (here every word): SQLite
    reads a short page of them from the words in listing order all the same
    (`words_page_lead`), PostgreSQL walks; numbered and keyset pages are the events the
    listing as a whole shows, in its order."""
    monkeypatch.setattr(store_query, "LEAD_LIMIT", -1)
    for text in ["seize", "TANKER near jask", "the", "metresx"]:
        filters = Filters(text=text, modalities=None)
        led = "text" if store.is_sqlite else None
        assert store_query.words_page_lead(store, "events", replace(filters, limit=2)) == led
        deep = replace(filters, limit=2, offset=words.SHORT_WALK)
        assert store_query.words_page_lead(store, "events", deep) is None
        everything = ids(store, filters)
        for limit, offset in [(1, 0), (2, 1), (50, 0)]:
            paged = replace(filters, limit=limit, offset=offset)
            assert ids(store, paged) == everything[offset : offset + limit], (text, offset)
        numbered = [everything[k : k + 1] for k in range(len(everything))]
        assert keyset_pages(store, filters, 1) == (numbered or [[]]), text


def test_the_filter_that_keeps_fewest_leads_up_to_the_limit(store: Store, monkeypatch) -> None:
    with store.connect() as connection:
        assert lead_filter(connection, store.schema, "events", Filters(country="PRT")) == "country"
        assert lead_filter(connection, store.schema, "events", Filters(modalities=None)) is None
        monkeypatch.setattr(store_query, "LEAD_LIMIT", 0)
        assert lead_filter(connection, store.schema, "events", Filters(country="PRT")) is None
    assert ids(store, Filters(country="PRT")), "the walk still answers"


def test_the_words_index_follows_deleted_articles(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    flood = samples()[2]
    with Store(path) as store:
        for analysis in samples():
            store.add(analysis)
        with store.writing() as connection:
            articles = SCHEMA.articles
            connection.execute(sa.delete(articles).where(articles.c.id == flood.article.id))
    with sqlite3.connect(path) as connection:
        match = f"SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH ?"
        assert connection.execute(match, ("norhaven",)).fetchall() == []
        assert connection.execute(match, ("tanker",)).fetchall()
        connection.execute(f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}) VALUES ('integrity-check')")


def version_3(store: Store) -> None:
    """Leave the database as version 3 wrote it: no words index, no filter indexes."""
    with store.writing() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"DROP TABLE {WORDS_TABLE}")  # its triggers go with it
        else:
            connection.exec_driver_sql("DROP INDEX ix_sentences_words")
        for index in filter_indexes(SCHEMA):
            connection.execute(sa.schema.DropIndex(index))
        connection.execute(sa.update(SCHEMA.version).values(version=3))


INDEX_NAMES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'index'",
    "postgresql": "SELECT indexname FROM pg_indexes",
}


def test_a_version_3_database_gets_the_words_index(store: Store) -> None:
    before = {text: ids(store, Filters(text=text, modalities=None)) for text in WORDS}
    tanker = samples()[0]
    with store.writing() as connection:
        articles = SCHEMA.articles
        connection.execute(sa.delete(articles).where(articles.c.id == tanker.article.id))
    version_3(store)
    store.close()
    with Store(store.location) as upgraded:  # a writing open upgrades
        assert upgraded.schema_version() == SCHEMA_VERSION
        with upgraded.connect() as connection:
            dialect = connection.dialect.name
            names = set(connection.exec_driver_sql(INDEX_NAMES[dialect]).scalars())
            if dialect == "sqlite":
                match = f"SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH 'valmora'"
                assert connection.exec_driver_sql(match).all()  # words stored before: indexed
            else:
                assert "ix_sentences_words" in names
        assert {index.name for index in filter_indexes(SCHEMA)} <= names
        assert upgraded.add(tanker) is True  # words stored after: indexed as they come
        after = {text: ids(upgraded, Filters(text=text, modalities=None)) for text in WORDS}
        assert after == before


@pytest.mark.parametrize("database", DATABASES[1:])
def test_postgresql_reads_the_words_of_a_led_page_from_their_index_once(
    database: str, tmp_path: Path
) -> None:
    """PostgreSQL planned a words-led page as a walk in listing order computing the words of
    every sentence it read (seconds on a large store); the sentences holding the words are
    found first, once, and no other node of the plan computes any sentence's words."""
    with Store(empty_database(database, tmp_path)) as store:
        for analysis in samples():
            store.add(analysis)
        with store.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            for filters in (Filters(text="tanker"), Filters(text="seize", country="IRN")):
                page = replace(filters, limit=51)
                statement = store_query.page_of_sorted(
                    store.schema,
                    "events",
                    records_statement(store.schema, "events", page, "text"),
                    page,
                )
                sql = str(statement.compile(store.engine, compile_kwargs={"literal_binds": True}))
                plan = [line for (line,) in connection.exec_driver_sql(f"EXPLAIN {sql}")]
                (found,) = [
                    n for n, line in enumerate(plan) if "CTE sentences_holding_words" in line
                ]
                depth = len(plan[found]) - len(plan[found].lstrip())
                inside = {found}
                for n in range(found + 1, len(plan)):
                    if len(plan[n]) - len(plan[n].lstrip()) <= depth:
                        break
                    inside.add(n)
                words = {n for n, line in enumerate(plan) if "to_tsvector" in line}
                assert words and words <= inside, "\n".join(plan)


def test_words_counted_to_choose_a_lead_are_not_counted_again_beside_other_filters(
    store: Store,
) -> None:
    """A words page's facet links ask for the same words beside another filter: the
    sentences holding them were counted for the first page, and the lead chosen is the
    one a fresh count chooses."""
    sent: list[str] = []

    def words_counted() -> int:
        return sum(
            1
            for statement in sent
            if statement.lower().startswith("select count(")
            and (WORDS_TABLE in statement or "@@" in statement)
        )

    with store.connect() as connection:
        if store.is_sqlite:  # statements on the driver's cursor too (`store.driver`)
            connection.connection.dbapi_connection.set_trace_callback(sent.append)
        else:
            sa.event.listen(connection, "before_cursor_execute", lambda *sql: sent.append(sql[2]))
        counted = []
        for filters in (
            Filters(text="tanker"),
            Filters(text=" tanker ", country="PRT"),
            Filters(text="tanker", modalities=None),
        ):
            before = words_counted()
            chosen = store_query.leading(store, connection, "events", filters)
            counted.append(words_counted() - before)
            assert chosen == lead_filter(connection, store.schema, "events", filters)
    assert counted == [1, 0, 0]
