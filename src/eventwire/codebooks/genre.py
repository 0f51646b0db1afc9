"""Vocabulary of the genre judgement (genre_cues.tsv): the words of an author's own voice, of
speech transcribed as spoken, and the labels that say what a page is."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table

OPINION = "opinion"
REPORT = "report"


@dataclass(frozen=True)
class GenreCues:
    voice: frozenset[str]
    """Pronouns of the author speaking as themselves or to the reader ("I", "we", "you")."""
    fillers: frozenset[str]
    """Words of speech transcribed as spoken ("ah", "um")."""
    genre_of_label: dict[str, str]
    """A page's label, lower case ("letters", "q&a") -> the genre it says (opinion, report)."""


@loads("genre_cues.tsv")
@lru_cache(maxsize=1)
def genre_cues() -> GenreCues:
    rows = read_table("genre_cues.tsv")
    return GenreCues(
        voice=frozenset(row["cue"] for row in rows if row["kind"] == "voice"),
        fillers=frozenset(row["cue"] for row in rows if row["kind"] == "filler"),
        genre_of_label={
            row["cue"]: row["kind"].removesuffix(" label")
            for row in rows
            if row["kind"].endswith(" label")
        },
    )
