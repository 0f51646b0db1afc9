"""The `text` filter: words in a sentence, found through a full-text index of the sentences.

SQLite keeps an FTS5 table over `sentences` (external content: the words' index only),
PostgreSQL a GIN index on the sentences' `tsvector`; both split words the same way (letters
and digits, any case, no stems, no stop words) and match the user's words as one phrase,
so both answer alike. The words are a bound parameter, quoted in SQL as a phrase: no query
syntax reaches the index (`"`, `*`, `NEAR`, `OR` are words to find, or separators).
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from eventwire.filters import Filters

WORDS_TABLE = "sentence_words"
"""SQLite: the FTS5 index of the sentences' words (since schema version 4)."""

WORDS_CONFIGURATION = "simple"
"""PostgreSQL: the text search configuration of the sentences' words: lower case, no stems,
no stop words."""


def postgresql_words(text: str) -> str:
    """PostgreSQL's `tsvector` of `text` (SQL) split as SQLite's unicode61 tokenizer splits
    it: every run of letters and digits a word. PostgreSQL's own parser keeps "3.5",
    "U.S." and e-mail addresses whole and adds "liberian-flagged" beside its parts, which
    shifts the positions a phrase is matched on."""
    return f"to_tsvector('{WORDS_CONFIGURATION}', {_letters_and_digits(text)})"


def _letters_and_digits(text: str) -> str:
    return f"regexp_replace({text}, '[^[:alnum:]]+', ' ', 'g')"


TEXT_SEARCH = {
    "sqlite": (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORDS_TABLE} USING fts5(text, content='sentences', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')",
        f"CREATE TRIGGER IF NOT EXISTS {WORDS_TABLE}_insert AFTER INSERT ON sentences BEGIN "
        f"INSERT INTO {WORDS_TABLE}(rowid, text) VALUES (new.rowid, new.text); END",
        f"CREATE TRIGGER IF NOT EXISTS {WORDS_TABLE}_delete AFTER DELETE ON sentences BEGIN "
        f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}, rowid, text) "
        "VALUES ('delete', old.rowid, old.text); END",
        f"CREATE TRIGGER IF NOT EXISTS {WORDS_TABLE}_update AFTER UPDATE ON sentences BEGIN "
        f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}, rowid, text) "
        "VALUES ('delete', old.rowid, old.text); "
        f"INSERT INTO {WORDS_TABLE}(rowid, text) VALUES (new.rowid, new.text); END",
        f"INSERT INTO {WORDS_TABLE}({WORDS_TABLE}) VALUES ('rebuild')",
    ),
    "postgresql": (
        f"CREATE INDEX IF NOT EXISTS ix_sentences_words ON sentences "
        f"USING gin ({postgresql_words('text')})",
    ),
}
"""Per database, the statements that index the sentences' words, those already stored
included. SQLite's triggers keep the index in step with every insert, update and delete
(cascades from a deleted article too); a database not named here matches with LIKE,
unindexed (and `%`, `_` in the words are wildcards there)."""


def create_text_search(connection: sa.Connection) -> None:
    """Index the sentences' words the way this database can (schema version 4)."""
    for statement in TEXT_SEARCH.get(connection.dialect.name, ()):
        connection.exec_driver_sql(statement)


class has_words(FunctionElement):
    """has_words(sentences.c.text, words): the sentence holds the words, in this order,
    as whole words, in any case."""

    type = sa.types.NullType()
    inherit_cache = True
    name = "has_words"


@compiles(has_words, "sqlite")
def _fts5_match(element: has_words, compiler: Any, **options: Any) -> str:
    text, words = element.clauses
    table = compiler.preparer.format_table(text.table)
    return f"{table}.rowid IN {_fts5_rowids(compiler.process(words, **options))}"


def _fts5_rowids(words: str) -> str:
    """The rowids of the sentences that hold the words (SQL)."""
    return f"(SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH {_fts5_phrase(words)})"


def _fts5_phrase(words: str) -> str:
    """The words (SQL) quoted as one FTS5 phrase, so that no query syntax in them is run."""
    return f"'\"' || replace({words}, '\"', '\"\"') || '\"'"


@compiles(has_words, "postgresql")
def _tsvector_match(element: has_words, compiler: Any, **options: Any) -> str:
    text, words = element.clauses
    phrase = _letters_and_digits(compiler.process(words, **options))
    return (
        f"{postgresql_words(compiler.process(text, **options))} "
        f"@@ phraseto_tsquery('{WORDS_CONFIGURATION}', {phrase})"
    )


@compiles(has_words)
def _like(element: has_words, compiler: Any, **options: Any) -> str:
    text, words = element.clauses
    return compiler.process(text.icontains(words), **options)


class in_sentences_holding(FunctionElement):
    """in_sentences_holding(records.c.article_id, records.c.sentence, words): the record's
    sentence holds the words, found from the words' index first (a filter that leads).
    On PostgreSQL the sentences are a `MATERIALIZED` common table expression: as a plain
    `IN`, its planner, estimating a few hundred of them, walked the listing and computed
    the words of every sentence it read (`military`, 10,000 articles: 1.0-1.3 s to count
    1,001 events; read from the GIN index first, 0.2 s)."""

    type = sa.types.NullType()
    inherit_cache = True
    name = "in_sentences_holding"


def _holding_keys(element: in_sentences_holding) -> tuple[Any, Any, sa.Select]:
    article_id, position, words = element.clauses
    sentences = article_id.table.metadata.tables["sentences"]
    keys = sa.select(sentences.c.article_id, sentences.c.position).where(
        has_words(sentences.c.text, words)
    )
    return article_id, position, keys


@compiles(in_sentences_holding, "postgresql")
def _in_materialized(element: in_sentences_holding, compiler: Any, **options: Any) -> str:
    article_id, position, keys = _holding_keys(element)
    found = keys.cte("sentences_holding_words").prefix_with("MATERIALIZED")
    found_keys = sa.select(found.c.article_id, found.c.position)
    return compiler.process(sa.tuple_(article_id, position).in_(found_keys), **options)


@compiles(in_sentences_holding)
def _in_keys(element: in_sentences_holding, compiler: Any, **options: Any) -> str:
    article_id, position, keys = _holding_keys(element)
    return compiler.process(sa.tuple_(article_id, position).in_(keys), **options)


class sentences_holding(FunctionElement):
    """sentences_holding(words).alias(): a row for each sentence that holds the words, read
    from the words' index alone (on SQLite, not even the sentences): to count them cheaply."""

    inherit_cache = True
    name = "sentences_holding"


@compiles(sentences_holding, "sqlite")
def _fts5_rows(element: sentences_holding, compiler: Any, **options: Any) -> str:
    (words,) = element.clauses
    return _fts5_rowids(compiler.process(words, **options))


@compiles(sentences_holding)
def _sentence_rows(element: sentences_holding, compiler: Any, **options: Any) -> str:
    (words,) = element.clauses
    text = sa.table("sentences", sa.column("text")).c.text
    rows = sa.select(sa.literal_column("1")).where(has_words(text, words))
    return f"({compiler.process(rows, **options)})"


CHECK_LIMIT = 300_000
"""SQLite: past this many sentences holding the words (as `CHECK_SAMPLE` estimates it), a
walk for a page checks each sentence it reads in the words' index (`has_words_walked`)
instead of building the set of them all first: `said`, in 682,000 sentences of a
100,000-article store, built its set in 75 ms for a page that reads 170 sentences (36 µs
each, checked one at a time: 6 ms); for `military` (121,000) the set cost 15 ms and
checking 13-29 ms."""
SCREENED_CHECK_LIMIT = 30_000
"""`CHECK_LIMIT` for words whose sentences are screened by their text first
(`ascii_runs`): only the sentences that pass the screen are looked up in the index, so
checking one at a time beats the set from here (`military` 18 → 5 ms, `minister` 13 → 7,
`talks` 9 → 7; `police` and `troops`, in 18,000-22,000 sentences, 18 → 23 and 9 → 11:
left to the set; a page's statement in `sqlite3`, 100,000 articles)."""
CHECK_SAMPLE = 10_000
"""SQLite: the sentences holding the words read to estimate how many hold them: the
rowid of the `CHECK_SAMPLE`-th (the index keeps them in rowid order) against the largest
rowid of all sentences, the words' share of the rowids so far. Counting them up to
`CHECK_LIMIT` instead read 300,001 entries of the index for `said` (16-18 ms, a page's
whole cost twice over); the estimate reads 10,000 (under 2 ms). Only the plan hangs on it:
both plans keep the same sentences."""
FOLDED_TO_ASCII = ("\u017f", "\u212a")
"""The characters other than ASCII that FTS5's unicode61 tokenizer (without diacritic
folding) folds to ASCII letters or digits: long s to `s`, the Kelvin sign to `k` (found by
indexing every code point; `tests/test_text_search.py` checks it again). A sentence holding
one may hold words its lowered text does not show, so `ascii_runs` does not screen it out."""
SHORT_WALK = 500
"""Most records a walk in listing order may stop after and count as short (a page's end):
a short walk checks a common word's sentences one at a time, and on PostgreSQL a word in
more than `store.query.PAGE_LEAD_LIMITS` sentences walks rather than leads (SQLite reads
such a page from the words in listing order: `store.query.words_page_lead`); past it (deep
pages, or no limit: a timeline, an export) building the set, or leading, costs less."""


def short_walk(filters: Filters) -> bool:
    """Whether a walk for these filters stops early: a page, not past `SHORT_WALK` records."""
    return filters.limit is not None and filters.offset + filters.limit <= SHORT_WALK


def walked_words(text: sa.ColumnElement[Any], words: str, filters: Filters) -> Any:
    """The sentence `text` holds the words, as a walk in listing order checks it: a short
    walk (`short_walk`) checks a common word one sentence at a time (`has_words_walked`),
    screened by its text where it can be (`ascii_runs`)."""
    if short_walk(filters):
        runs = (sa.literal(run) for run in ascii_runs(words))
        return has_words_walked(text, sa.literal(words), *runs)
    return has_words(text, sa.literal(words))


def ascii_runs(words: str) -> tuple[str, ...]:
    """The runs of letters and digits of ASCII words, lowered: each is part of a word the
    tokenizer finds in them (it splits ASCII at anything else), so SQLite's `lower` of a
    sentence that holds the words shows each run, unless the sentence holds one of
    `FOLDED_TO_ASCII`. None for words with other characters (`lower` folds ASCII alone)."""
    if not words.isascii():
        return ()
    return tuple(re.findall("[a-z0-9]+", words.lower()))


class has_words_walked(FunctionElement):
    """has_words_walked(sentences.c.text, words): `has_words`, as a condition a walk checks
    on the sentences it reads in listing order; has_words_walked(text, words, *runs) screens
    them first: the lowered text shows every run (`ascii_runs`, bound like the words, so a
    kept statement serves other words). On SQLite, for words in more than `CHECK_LIMIT`
    sentences (`SCREENED_CHECK_LIMIT` with runs; estimated once a statement from the first
    `CHECK_SAMPLE`), each sentence is looked up in the words' index (those that pass the
    screen); for the others the set of their sentences is built once (only when a sentence
    is checked at all). Elsewhere `has_words`."""

    type = sa.types.NullType()
    inherit_cache = True
    name = "has_words_walked"


@compiles(has_words_walked, "sqlite")
def _fts5_checked(element: has_words_walked, compiler: Any, **options: Any) -> str:
    text, words, *runs = element.clauses
    table = compiler.preparer.format_table(text.table)
    words = compiler.process(words, **options)
    phrase = _fts5_phrase(words)
    sampled = (
        f"(SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH {phrase} "
        f"ORDER BY rowid LIMIT 1 OFFSET {CHECK_SAMPLE - 1})"
    )
    limit = SCREENED_CHECK_LIMIT if runs else CHECK_LIMIT
    # unknown (NULL: the set) where fewer than CHECK_SAMPLE sentences hold the words
    common = f"{CHECK_SAMPLE} * (SELECT max(rowid) FROM {table}) > {limit} * {sampled}"
    checked = (
        f"EXISTS (SELECT 1 FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH {phrase} "
        f"AND {WORDS_TABLE}.rowid = {table}.rowid)"
    )
    if runs:
        text = compiler.process(text, **options)
        shown = " AND ".join(
            f"instr(lower({text}), {compiler.process(run, **options)}) > 0" for run in runs
        )
        folded = " OR ".join(f"instr({text}, char({ord(c)})) > 0" for c in FOLDED_TO_ASCII)
        checked = f"CASE WHEN {shown} OR {folded} THEN {checked} ELSE 0 END"  # lazy: AND is not
    return f"(CASE WHEN {common} THEN {checked} ELSE {table}.rowid IN {_fts5_rowids(words)} END)"


@compiles(has_words_walked)
def _as_has_words(element: has_words_walked, compiler: Any, **options: Any) -> str:
    text, words, *_ = element.clauses
    return compiler.process(has_words(text, words), **options)


WORDS_PARAMETER = "words"
"""SQLite: the parameter that holds the words in `sentences_holding_words` and a page led by
them (`query._words_page_statement`): a statement kept per shape is given them."""


def sentences_holding_words(sentences: sa.Table, words: str, dialect: str) -> sa.Select:
    """The keys (article_id, position) of the sentences that hold the words, in the words'
    index's own order (SQLite: the sentences' rowids, the order they were stored in), read
    as they come: with a LIMIT, a common word costs what it returns, not its every
    sentence (the set `has_words` builds)."""
    if dialect != "sqlite":
        return sa.select(sentences.c.article_id, sentences.c.position).where(
            has_words(sentences.c.text, sa.literal(words))
        )
    found = sa.text(
        f"SELECT sentences.article_id, sentences.position FROM {WORDS_TABLE} CROSS JOIN "
        f"sentences ON sentences.rowid = {WORDS_TABLE}.rowid WHERE {WORDS_TABLE} MATCH "
        f"{_fts5_phrase(':' + WORDS_PARAMETER)} ORDER BY {WORDS_TABLE}.rowid"
    ).bindparams(sa.bindparam(WORDS_PARAMETER, words, type_=sa.String))
    return found.columns(sentences.c.article_id, sentences.c.position)
