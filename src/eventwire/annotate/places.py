"""Place records (issue 5 builds this stage; until then it finds nothing)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Analysis, EventPlace, Place


def find_places(parse: Doc, analysis: Analysis) -> list[Place]:
    return []


def place_for_event(parse: Doc, trigger: int, analysis: Analysis) -> EventPlace | None:
    """The place of the event whose trigger is token `trigger` (issue 5 builds this)."""
    return None
