"""Loaders of the quantity vocabularies: number words, multipliers, vague amounts, units,
hedges and currencies, gathered into one Vocabulary the quantities stage looks phrases up in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table


@dataclass(frozen=True)
class Vocabulary:
    numbers: dict[str, float]
    multipliers: dict[str, float]
    vague: dict[str, tuple[float | None, float | None]]
    zero_nouns: frozenset[str]
    units: dict[str, str]
    range_words: frozenset[str]
    hedges: dict[str, str]
    currencies: dict[str, str]
    first_words: frozenset[str]
    """First words of every phrase above: a token starting none of them is skipped at once."""


@loads("quantity_words.tsv")
@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The words of `quantity_words.tsv` by kind, with the hedges and currencies."""
    numbers, multipliers, vague, zero_nouns, units, range_words = {}, {}, {}, set(), {}, set()
    for row in read_table("quantity_words.tsv"):
        phrase, kind = row["phrase"], row["kind"]
        if kind == "number":
            numbers[phrase] = float(row["value"])
        elif kind == "multiplier":
            multipliers[phrase] = float(row["value"])
        elif kind == "vague":
            vague[phrase] = (number_or_none(row["low"]), number_or_none(row["high"]))
        elif kind == "zero_noun":
            zero_nouns.add(phrase)
        elif kind == "unit":
            units[phrase] = row["value"]
        elif kind == "range":
            range_words.add(phrase)
        else:
            raise ValueError(f"quantity_words.tsv: unknown kind {kind!r} for {phrase!r}")
    hedges, currency_codes = quantity_hedges(), currencies()
    tables = (numbers, multipliers, vague, units, hedges, currency_codes)
    first_words = frozenset(phrase.split()[0].lower() for table in tables for phrase in table)
    return Vocabulary(
        numbers,
        multipliers,
        vague,
        frozenset(zero_nouns),
        units,
        frozenset(range_words),
        hedges,
        currency_codes,
        first_words,
    )


def number_or_none(field: str) -> float | None:
    return float(field) if field else None


@loads("quantity_hedges.tsv")
@lru_cache(maxsize=1)
def quantity_hedges() -> dict[str, str]:
    """Hedge phrase -> the bound it sets (at_least, less_than, approximately...)."""
    return {row["hedge"]: row["bound"] for row in read_table("quantity_hedges.tsv")}


@loads("currencies.tsv")
@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """Currency sign or word -> its ISO 4217 code."""
    return {row["surface"]: row["code"] for row in read_table("currencies.tsv")}
