"""Place records (issue 5 builds this stage; until then it finds nothing)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Analysis, Place


def find_places(parse: Doc, analysis: Analysis) -> list[Place]:
    return []
