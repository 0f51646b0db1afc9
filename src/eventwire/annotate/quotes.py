"""Quote records (issue 4 builds this stage; until then it finds nothing)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Analysis, Quote


def find_quotes(parse: Doc, analysis: Analysis) -> list[Quote]:
    return []
