"""Event records (issue 3 builds this stage; until then it finds nothing)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Analysis, Event


def find_events(parse: Doc, analysis: Analysis) -> list[Event]:
    return []
