"""Loader of the words that decide which time expression dates an event."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads
from eventwire.codebooks.events import read_yaml


@dataclass(frozen=True)
class DateCues:
    concurrent_prepositions: frozenset[str]
    naming_prepositions: frozenset[tuple[str, str]]
    period_words: frozenset[str]
    period_prepositions: frozenset[str]


@loads("date_cues.yaml")
@lru_cache(maxsize=1)
def date_cues() -> DateCues:
    data = read_yaml("date_cues.yaml")
    return DateCues(
        **{
            name: frozenset(data[name].items() if isinstance(data[name], dict) else data[name])
            for name in DateCues.__dataclass_fields__
        }
    )
