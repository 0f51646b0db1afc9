"""Actor resolution: an argument's text to country and role codes (issue 3 builds this)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import ActorRef, Analysis


def resolve_actors(parse: Doc, start: int, end: int, analysis: Analysis) -> list[ActorRef]:
    """Actors named by tokens [start, end): one per conjunct, code None when unknown."""
    span = parse[start:end]
    return [ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=None)]
