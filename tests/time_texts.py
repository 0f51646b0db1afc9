"""The time expressions the times stage finds in a text written for a test, by their text."""

from __future__ import annotations

from eventwire.annotate.times.stage import tag_times
from eventwire.nlp import load_nlp
from eventwire.records import TimeExpr


def times_by_text(text: str, published: str | None) -> dict[str, TimeExpr]:
    return {time.text: time for time in tag_times(text, published, load_nlp()(text))}
