"""The `text` filter: words in a sentence, found through a full-text index of the sentences.

SQLite keeps an FTS5 table over `sentences` (external content: the words' index only),
PostgreSQL a GIN index on the sentences' `tsvector`; both split words the same way (letters
and digits, any case, no stems, no stop words) and match the user's words as one phrase,
so both answer alike. The words are a bound parameter, quoted in SQL as a phrase: no query
syntax reaches the index (`"`, `*`, `NEAR`, `OR` are words to find, or separators).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

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


def _fts5_rowids(phrase: str) -> str:
    """The rowids of the sentences whose words hold `phrase` (SQL), quoted as one FTS5
    phrase so that no query syntax in it is run."""
    return (
        f"(SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH "
        f"'\"' || replace({phrase}, '\"', '\"\"') || '\"')"
    )


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
