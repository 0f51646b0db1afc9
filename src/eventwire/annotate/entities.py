"""Named entities from the parse, grouped by name, with every mention's span."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Analysis, Entity, Span, content_hash

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"}
"""Labels naming actors, places or things events are about; numbers and dates go elsewhere."""


def find_entities(parse: Doc, analysis: Analysis) -> list[Entity]:
    text = analysis.article.text
    grouped: dict[tuple[str, str], list[Span]] = {}
    for ent in parse.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        name = _clean_name(ent.text)
        if not name:
            continue
        start = ent.start_char + ent.text.index(name)
        grouped.setdefault((name, ent.label_), []).append(Span.of(text, start, start + len(name)))
    return [
        Entity(
            id=content_hash(analysis.article.id, label, name, length=16),
            name=name,
            type=label,
            actor=None,
            mentions=mentions,
        )
        for (name, label), mentions in grouped.items()
    ]


def _clean_name(surface: str) -> str:
    """Strip a leading article and a trailing possessive, which spaCy sometimes includes."""
    name = surface.strip()
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            name = name[len(prefix) :]
    for suffix in ("'s", "’s", "'"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()
