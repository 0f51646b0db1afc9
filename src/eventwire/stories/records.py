"""The record types of stories: a story, its story events and their discrepancies.

Like the per-article records they are plain dataclasses whose `asdict` is the JSON contract;
every value a story event states points back at the spans of the articles that say it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Story:
    """Articles about one real-world happening; `id` derives from the earliest article."""

    id: str
    title: str | None
    articles: list[str]
    """Article ids, earliest first."""
    outlets: list[str]
    first_published: str | None
    last_published: str | None
    events: int = 0
    discrepancies: int = 0


@dataclass(frozen=True)
class StoryMention:
    """One article's telling of a story event: its event record and where it says so."""

    article_id: str
    outlet: str | None
    published: str | None
    event_id: str
    sentence: int
    text: str
    start: int
    end: int


@dataclass
class Support:
    """A value some mentions give a field, and how many mentions give it."""

    value: Any
    count: int


@dataclass
class StoryEvent:
    """One real event across articles: every mention, and per field the values they give,
    the best supported first (the consensus)."""

    id: str
    story_id: str
    mentions: list[StoryMention]
    first_seen: str | None
    last_seen: str | None
    outlets: list[str]
    cameo: list[Support] = field(default_factory=list)
    source: list[Support] = field(default_factory=list)
    target: list[Support] = field(default_factory=list)
    date: list[Support] = field(default_factory=list)
    place: list[Support] = field(default_factory=list)
    modality: list[Support] = field(default_factory=list)
    attribution: list[Support] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    """Where one article gives a value: the words, in that article's characters."""

    article_id: str
    outlet: str | None
    text: str | None
    start: int | None
    end: int | None


@dataclass
class DiscrepancySide:
    value: Any
    evidence: list[Evidence]


@dataclass
class Discrepancy:
    """Mentions of one story event that disagree on a field; each side with its spans."""

    id: str
    story_id: str
    story_event_id: str
    field: str
    """quantity, date, place, modality, attribution or actor."""
    about: str | None
    """What is counted, for a quantity ("soldiers"); the role ("source", "target") for an
    actor; None otherwise."""
    sides: list[DiscrepancySide]
