"""TimeExpr records (issue 4 builds this stage; until then it finds nothing)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Analysis, TimeExpr


def find_times(parse: Doc, analysis: Analysis) -> list[TimeExpr]:
    return []
