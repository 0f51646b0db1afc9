"""Loaders for the vocabularies under this folder: readable tables, written by us, cached once.

Every data file here has exactly one loader, registered with `@loads("file.tsv")`: stages ask
the loader, never parse a table themselves, so a file's format is known in one place.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

Loader = TypeVar("Loader", bound=Callable)

LOADERS: dict[str, Callable] = {}
"""Codebook file name -> the one function that reads it."""


def loads(*names: str) -> Callable[[Loader], Loader]:
    """Register the decorated function as the one loader of the codebook files `names`."""

    def register(function: Loader) -> Loader:
        for name in names:
            if name in LOADERS:
                raise ValueError(f"{name} already has a loader: {LOADERS[name].__qualname__}")
            LOADERS[name] = function
        return function

    return register


def codebook_path(name: str) -> Path:
    return Path(str(resources.files("eventwire.codebooks").joinpath(name)))


def read_table(name: str | Path) -> list[dict[str, str]]:
    """Rows of a tab-separated codebook (a name under this folder, or the Path of a user's own
    table); lines starting with '#' are comments."""
    path = name if isinstance(name, Path) else codebook_path(name)
    with path.open(encoding="utf-8") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        return [dict(row) for row in csv.DictReader(rows, delimiter="\t")]


def words_by_kind(name: str, kind: str, word: str) -> dict[str, frozenset[str]]:
    """A word-list codebook (one word a row, with its kind) as kind -> its words, kinds in
    the order they first appear, so each such table is read one way."""
    kinds: dict[str, set[str]] = {}
    for row in read_table(name):
        kinds.setdefault(row[kind], set()).add(row[word])
    return {key: frozenset(words) for key, words in kinds.items()}


@loads("furniture.tsv")
@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"], re.IGNORECASE) for row in read_table("furniture.tsv"))


@loads("outlets.tsv")
@lru_cache(maxsize=1)
def outlets() -> tuple[dict[str, str], ...]:
    """The rows of outlets.tsv: news outlets and photo agencies, their credits and actor codes."""
    return tuple(read_table("outlets.tsv"))


def outlet_names(row: dict[str, str]) -> list[str]:
    """Every name of one outlet row: its name, then its aliases."""
    return [row["name"], *filter(None, row["aliases"].split("|"))]


@lru_cache(maxsize=1)
def credit_lines() -> dict[str, str | None]:
    """Lower-cased credit line -> the outlet it names, or None for a photo agency's credit."""
    table: dict[str, str | None] = {}
    for row in outlets():
        outlet = row["name"] if row["credit_sets_outlet"] == "yes" else None
        for alias in outlet_names(row):
            table[alias.casefold()] = outlet
    return table
