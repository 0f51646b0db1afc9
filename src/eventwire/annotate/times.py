"""TimeExpr records (issue 4 builds this stage; until then it finds nothing)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Analysis, EventDate, TimeExpr


def find_times(parse: Doc, analysis: Analysis) -> list[TimeExpr]:
    return []


def date_for_event(parse: Doc, trigger: int, analysis: Analysis) -> EventDate | None:
    """The date of the event whose trigger is token `trigger` (issue 4 builds this)."""
    return None
