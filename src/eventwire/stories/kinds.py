"""Story-level record kinds: stories, story events and their discrepancies, declared as
`eventwire.kinds` declares an article's records (the schema, listings and displays derive
from these declarations), but keyed by story instead of by article."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from eventwire.kinds import CODE, ID, Record, Shown, Stored, on_record, value_at
from eventwire.stories.records import Discrepancy, Story, StoryEvent

if TYPE_CHECKING:
    from eventwire.store.query import Found


@dataclass(frozen=True, eq=False)
class StoryKind:
    """A kind of story-level record (`eventwire.stories`): it belongs to a story, not to one
    article, so its table is keyed by the story id (and, unless `per_story`, its position in
    the story) instead of an article and position. Columns and display as for `RecordKind`."""

    name: str
    record_type: type
    columns: tuple[Stored, ...]
    indexes: tuple[str, ...] = ()
    per_story: bool = False
    """One record per story (the stories themselves), keyed by the story id alone."""
    shown: tuple[Shown, ...] = ()
    """The columns of its listing as a table or CSV."""

    def stored_values(self, record: Record) -> dict[str, Any]:
        return {column.name: column.value(record) for column in self.columns}


STORY_KINDS: dict[str, StoryKind] = {}
"""Every story-level record kind by name."""


def register_story_kind(kind: StoryKind) -> StoryKind:
    STORY_KINDS[kind.name] = kind
    return kind


def top_value(field: str) -> Callable[[Record], Any]:
    """The best supported value of a story event's field (its consensus), else None."""
    return lambda record: record[field][0]["value"] if record.get(field) else None


def supported(field: str) -> Callable[[Found], str]:
    """A story event's values of a field with their support: "190×3 193×1"."""
    return lambda found: " ".join(
        f"{item['value']}×{item['count']}" for item in found.record.get(field) or []
    )


register_story_kind(
    StoryKind(
        name="stories",
        record_type=Story,
        columns=(
            Stored("title", sa.Text, value_at("title")),
            Stored("first_published", CODE, value_at("first_published")),
            Stored("last_published", CODE, value_at("last_published")),
            Stored("article_count", sa.Integer, lambda story: len(story["articles"]), False),
            Stored("outlet_count", sa.Integer, lambda story: len(story["outlets"]), False),
            Stored("event_count", sa.Integer, value_at("events"), False),
            Stored("discrepancy_count", sa.Integer, value_at("discrepancies"), False),
        ),
        indexes=("first_published", "last_published"),
        per_story=True,
        shown=(
            Shown("story", on_record(value_at("id")), 16),
            Shown("first", on_record(value_at("first_published")), 10),
            Shown("last", on_record(value_at("last_published")), 10),
            Shown("articles", lambda found: len(found.record["articles"]), 8),
            Shown("outlets", lambda found: len(found.record["outlets"]), 7),
            Shown("events", on_record(value_at("events")), 6),
            Shown("discrepancies", on_record(value_at("discrepancies")), 13),
            Shown("title", on_record(value_at("title")), 60),
        ),
    )
)

register_story_kind(
    StoryKind(
        name="story_events",
        record_type=StoryEvent,
        columns=(
            Stored("cameo", CODE, top_value("cameo")),
            Stored("modality", CODE, top_value("modality")),
            Stored("date_value", CODE, top_value("date")),
            Stored("mention_count", sa.Integer, lambda event: len(event["mentions"]), False),
            Stored("outlet_count", sa.Integer, lambda event: len(event["outlets"]), False),
            Stored("first_seen", CODE, value_at("first_seen")),
            Stored("last_seen", CODE, value_at("last_seen")),
        ),
        indexes=("cameo", "first_seen"),
        shown=(
            Shown("story event", on_record(value_at("id")), 16),
            Shown("cameo", supported("cameo"), 16),
            Shown("source", supported("source"), 20),
            Shown("target", supported("target"), 20),
            Shown("date", supported("date"), 16),
            Shown("modality", supported("modality"), 16),
            Shown("mentions", lambda found: len(found.record["mentions"]), 8),
            Shown("outlets", lambda found: "|".join(found.record["outlets"]), 30),
        ),
    )
)

register_story_kind(
    StoryKind(
        name="discrepancies",
        record_type=Discrepancy,
        columns=(
            Stored("story_event_id", ID, value_at("story_event_id"), False),
            Stored("field", CODE, value_at("field"), False),
            Stored("about", sa.Text, value_at("about")),
        ),
        indexes=("field", "story_event_id"),
        shown=(
            Shown("story event", on_record(value_at("story_event_id")), 16),
            Shown("field", on_record(value_at("field")), 11),
            Shown("about", on_record(value_at("about")), 12),
            Shown(
                "sides",
                lambda found: " | ".join(
                    f"{side['value']}: "
                    + ", ".join(
                        f"{e['outlet'] or e['article_id']} «{e['text']}»" for e in side["evidence"]
                    )
                    for side in found.record["sides"]
                ),
                100,
            ),
        ),
    )
)
