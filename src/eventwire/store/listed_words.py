"""SQLite: the sentences' words indexed again, keyed by their article's day, so a rare word's
first page reads only its earliest sentences (schema version 8).

The words' index (`words.WORDS_TABLE`) is keyed by the sentences' rowids, the order they
were stored in: a page led by a word looked up every sentence that holds it and sorted
their events (`hospital`, 10,112 sentences for 2,246 events: 40-60 ms at 100,000 articles).
Here each sentence's key is its article's day (`LISTING_DAY`, in listing order) above its
rowid, so the index gives the word's sentences day by day: the first `n` events that pass,
in that order, bound the day the first `n` in listing order end on (`words_day_bound`),
and the page sorts only the events up to that day. Only the sentences some event names are
listed (since version 10: a quarter of them at 100,000 articles), so a page checks none that
could not give it an event (`refugees`, in 15,735 sentences no event names: 33 -> 5 ms of
a cold page's CPU, docs/serve.md).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

LISTED_WORDS_TABLE = "sentence_words_listed"
"""The FTS5 index (contentless) of the words of the sentences events name, its rowids
`SENTENCE_KEYS` keys."""
SENTENCE_KEYS = "sentence_words_listed_keys"
"""Each listed sentence's key in `LISTED_WORDS_TABLE` (`words_key`), beside its article and
position."""
DAY_SHIFT = 32
"""A key is its article's day shifted left by this, plus the sentence's rowid below it."""
UNDATED_DAY = 2**31 - 1
"""The day of an article without a publication date: after every date, as listed."""
LAST_IN_DAY = 2**DAY_SHIFT - 1
"""The low bits of a day's last key (its day shifted, or'ed with this: undated articles'
days end on the largest key, where adding one would overflow)."""
ANY_DAY = 2**63 - 1
"""The largest key: no bound."""

LISTING_DAY = (
    "CASE WHEN {article}.published IS NULL THEN {undated} "
    "WHEN {article}.published_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
    "THEN CAST(replace({article}.published_date, '-', '') AS INTEGER) ELSE 0 END"
)
"""An article's day (SQL): YYYYMMDD of a date written so, which orders as the dates' text
does (the listing order, `schema.article_order`); undated articles last; any other date
text 0, which the bound does not trust (`words_day_bound`)."""

_LISTED_KEY = (
    f"({LISTING_DAY.format(article='articles', undated=UNDATED_DAY)} << {DAY_SHIFT}) "
    "| sentences.rowid"
)
"""A sentence's key (SQL, of `sentences` joined to its article's row)."""
_NAMED_BY_AN_EVENT = (
    "EXISTS (SELECT 1 FROM events "
    "WHERE events.article_id = {article} AND events.sentence = {position})"
)
"""Some event names the sentence (SQL): only such sentences are listed."""


def _add(article: str, position: str) -> str:
    """SQL: the sentence's key and words listed, if an event names it and it is stored (its
    article is stored before its sentences and records: their foreign keys)."""
    named = _NAMED_BY_AN_EVENT.format(article=article, position=position)
    return (
        f"INSERT INTO {SENTENCE_KEYS}(words_key, article_id, position) "
        f"SELECT {_LISTED_KEY}, sentences.article_id, sentences.position "
        "FROM sentences JOIN articles ON articles.id = sentences.article_id "
        f"WHERE sentences.article_id = {article} AND sentences.position = {position} "
        f"AND {named}; "
        f"INSERT INTO {LISTED_WORDS_TABLE}(rowid, text) "
        f"SELECT words_key, sentences.text FROM {SENTENCE_KEYS} JOIN sentences "
        f"ON sentences.article_id = {SENTENCE_KEYS}.article_id "
        f"AND sentences.position = {SENTENCE_KEYS}.position "
        f"WHERE {SENTENCE_KEYS}.article_id = {article} AND {SENTENCE_KEYS}.position = {position}; "
    )


def _remove(article: str, position: str, text: str) -> str:
    """SQL: the sentence's key and words (its `text`) taken out of the listed ones."""
    return (
        f"INSERT INTO {LISTED_WORDS_TABLE}({LISTED_WORDS_TABLE}, rowid, text) "
        f"SELECT 'delete', words_key, {text} FROM {SENTENCE_KEYS} "
        f"WHERE {SENTENCE_KEYS}.article_id = {article} AND {SENTENCE_KEYS}.position = {position}; "
        f"DELETE FROM {SENTENCE_KEYS} WHERE article_id = {article} AND position = {position}; "
    )


_SENTENCE_OF_OLD_EVENT = (
    "(SELECT text FROM sentences WHERE sentences.article_id = old.article_id "
    "AND sentences.position = old.sentence)"
)
"""The text of a deleted event's sentence (SQL, in a trigger on events)."""
_LISTED_ALREADY = (
    f"EXISTS (SELECT 1 FROM {SENTENCE_KEYS} WHERE {SENTENCE_KEYS}.article_id = new.article_id "
    f"AND {SENTENCE_KEYS}.position = new.sentence)"
)
"""A stored event's sentence is listed already (SQL): its sentence's earlier event listed it."""
_TRIGGERS = {
    "insert": (
        "AFTER INSERT ON sentences",
        _add("new.article_id", "new.position"),
    ),
    "update": (
        "AFTER UPDATE ON sentences",
        _remove("old.article_id", "old.position", "old.text")
        + _add("new.article_id", "new.position"),
    ),
    "delete": ("AFTER DELETE ON sentences", _remove("old.article_id", "old.position", "old.text")),
    "event_insert": (
        f"AFTER INSERT ON events WHEN new.sentence IS NOT NULL AND NOT {_LISTED_ALREADY}",
        _add("new.article_id", "new.sentence"),
    ),
    "event_delete": (
        "AFTER DELETE ON events WHEN NOT "
        + _NAMED_BY_AN_EVENT.format(article="old.article_id", position="old.sentence"),
        _remove("old.article_id", "old.sentence", _SENTENCE_OF_OLD_EVENT),
    ),
}
"""Name -> (when, what) of the triggers that keep the listed sentences those an event names:
a sentence is listed when its first event is stored (or it is stored after one), and taken
out with its last event or itself (an article's delete cascades to both)."""

_DROP = (
    *(f"DROP TRIGGER IF EXISTS {LISTED_WORDS_TABLE}_{name}" for name in _TRIGGERS),
    f"DROP TABLE IF EXISTS {LISTED_WORDS_TABLE}",
    f"DROP TABLE IF EXISTS {SENTENCE_KEYS}",
)

LISTED_WORDS = (
    f"CREATE TABLE {SENTENCE_KEYS} (words_key INTEGER PRIMARY KEY, "
    "article_id VARCHAR(64) NOT NULL, position INTEGER NOT NULL)",
    f"CREATE UNIQUE INDEX ix_{SENTENCE_KEYS}_sentence ON {SENTENCE_KEYS}(article_id, position)",
    f"CREATE VIRTUAL TABLE {LISTED_WORDS_TABLE} USING fts5(text, content='', "
    "tokenize='unicode61 remove_diacritics 0')",
    *(
        f"CREATE TRIGGER {LISTED_WORDS_TABLE}_{name} {when} BEGIN {what}END"
        for name, (when, what) in _TRIGGERS.items()
    ),
)
"""SQLite: the keys, the index and the triggers that keep both in step with every insert,
update and delete of a sentence or an event."""

_FILL = (
    f"INSERT INTO {SENTENCE_KEYS}(words_key, article_id, position) "
    f"SELECT {_LISTED_KEY}, sentences.article_id, sentences.position "
    "FROM sentences JOIN articles ON articles.id = sentences.article_id WHERE "
    + _NAMED_BY_AN_EVENT.format(article="sentences.article_id", position="sentences.position"),
    f"INSERT INTO {LISTED_WORDS_TABLE}(rowid, text) SELECT {SENTENCE_KEYS}.words_key, "
    f"sentences.text FROM {SENTENCE_KEYS} JOIN sentences "
    f"ON sentences.article_id = {SENTENCE_KEYS}.article_id "
    f"AND sentences.position = {SENTENCE_KEYS}.position",
)


def create_listed_words(connection: sa.Connection) -> None:
    """Index the words of the sentences events name in listing order, those already stored
    included, anew (a store marked older than it is may hold them already); SQLite only, and
    only beside an events table: PostgreSQL finds the words through their GIN index."""
    if connection.dialect.name != "sqlite" or not sa.inspect(connection).has_table("events"):
        return
    for statement in (*_DROP, *LISTED_WORDS, *_FILL):
        connection.exec_driver_sql(statement)


listed = sa.table(LISTED_WORDS_TABLE, sa.column("rowid", sa.BigInteger))
sentence_keys = sa.table(
    SENTENCE_KEYS,
    sa.column("words_key", sa.BigInteger),
    sa.column("article_id", sa.String),
    sa.column("position", sa.Integer),
)


def listed_match(words: str | sa.BindParameter[str]) -> sa.ColumnElement[bool]:
    """`LISTED_WORDS_TABLE` holds the words (or a parameter's), quoted as one phrase (no query
    syntax runs)."""
    value = sa.literal(words) if isinstance(words, str) else words
    phrase = sa.literal('"') + sa.func.replace(value, '"', '""') + sa.literal('"')
    return sa.literal_column(LISTED_WORDS_TABLE).op("MATCH")(phrase)


def words_day_bound(first_found: sa.Select) -> sa.ScalarSelect:
    """The largest key a page needs, from `first_found`: the day (`rowid >> DAY_SHIFT`,
    labelled `day`) of the first `n` events that pass, in the keys' order. Every one of the
    first `n` in listing order is on a day up to the last of them (the days order as the
    listing does), so the bound is that day's last key; no events, no key (NULL); an
    article day 0 among them (date text not YYYY-MM-DD: not ordered by its day), no bound."""
    found = first_found.subquery("first_found")
    day = found.c.day
    return sa.select(
        sa.case(
            (sa.func.min(day) == 0, sa.literal(ANY_DAY)),
            else_=sa.func.max(day).op("<<")(DAY_SHIFT).op("|")(LAST_IN_DAY),
        )
    ).scalar_subquery()


def key_day() -> sa.ColumnElement[Any]:
    """The day of a key of `LISTED_WORDS_TABLE` (labelled for `words_day_bound`)."""
    return listed.c.rowid.op(">>")(DAY_SHIFT).label("day")
