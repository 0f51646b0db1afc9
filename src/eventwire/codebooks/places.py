"""The places stage's tables: curated places (facilities, regions), our names for places, and
the cue words that say where something happened or that a place name stands for its state."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from eventwire.codebooks import loads, read_table, words_by_kind


class CuratedPlace(NamedTuple):
    """A place our own tables list, with the point we give it."""

    name: str
    aliases: tuple[str, ...]
    precision: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None


def curated_place(row: dict[str, str], precision: str) -> CuratedPlace:
    return CuratedPlace(
        name=row["name"],
        aliases=tuple(filter(None, row["aliases"].split("|"))),
        precision=precision,
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        country=row["country"] or None,
        admin1=row["admin1"] or None,
    )


@loads("facilities.tsv")
@lru_cache(maxsize=1)
def facilities() -> tuple[CuratedPlace, ...]:
    """Airports, bases, crossings and gates, each at precision "facility"."""
    return tuple(curated_place(row, "facility") for row in read_table("facilities.tsv"))


@loads("regions.tsv")
@lru_cache(maxsize=1)
def regions() -> tuple[CuratedPlace, ...]:
    """Regions and divisions news names that the gazetteer lacks or spells otherwise."""
    return tuple(curated_place(row, row["precision"]) for row in read_table("regions.tsv"))


@loads("place_names.tsv")
@lru_cache(maxsize=1)
def place_names() -> tuple[tuple[str, str], ...]:
    """(alias, place) pairs: a place is a country's ISO3 code or a gazetteer id."""
    return tuple((row["alias"], row["place"]) for row in read_table("place_names.tsv"))


@loads("place_cues.tsv")
@lru_cache(maxsize=1)
def place_cues() -> dict[str, frozenset[str]]:
    """Cue words by kind."""
    return words_by_kind("place_cues.tsv", "kind", "cue")


@lru_cache(maxsize=1)
def facility_names() -> re.Pattern[str]:
    """Names and aliases of the facilities, longest first, as whole words in any case."""
    names = set()
    for facility in facilities():
        names.update([facility.name, *facility.aliases])
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def city_facility_pattern() -> re.Pattern[str]:
    """A capitalised name and a facility word: "Mosul airport", "Kandahar Air Base"."""
    words = sorted(place_cues()["facility"], key=lambda w: (-len(w), w))
    alternatives = "|".join(
        "".join(f"[{c.upper()}{c}]" if c.isalpha() else r"\s" for c in word) for word in words
    )
    return re.compile(rf"\b(?P<city>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){{0,2}}) (?:{alternatives})\b")
