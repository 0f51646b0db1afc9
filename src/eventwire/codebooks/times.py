"""Loaders of the time vocabularies: the words time expressions are made of, and the months
that may be names.

The times grammar is assembled from these tables, so a new abbreviation, holiday or vague
count is a row here, not an edit to a regular expression.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.codebooks import loads, read_table, words_by_kind


@loads("time_words.tsv")
@lru_cache(maxsize=1)
def time_words() -> dict[str, dict[str, str]]:
    """kind -> {word in lower case, single-spaced -> value}, from `time_words.tsv`."""
    table: dict[str, dict[str, str]] = {}
    for row in read_table("time_words.tsv"):
        table.setdefault(row["kind"], {})[row["word"].casefold()] = row["value"]
    return table


def word_value(kind: str, word: str) -> str:
    """The value of a word of `kind` as the text writes it (any case, any spacing)."""
    return time_words()[kind][" ".join(word.casefold().split())]


@loads("month_names.tsv")
@lru_cache(maxsize=1)
def month_names() -> dict[str, frozenset[str]]:
    """kind -> words exactly as written: case matters ("MAY" may be a name, "MARCH" not)."""
    return words_by_kind("month_names.tsv", "kind", "word")
