"""Views of one parse that several stages read, built once and kept in the parse's `user_data`.

spaCy rebuilds on every access what these keep: `Doc.text` joins every token, `Doc.ents`
makes new spans, and each `doc[i]` or pass over the doc makes new Token objects. Those
rebuilds were about a third of the stages' cost. `analyze_parsed` releases the views (every
`user_data` key under `VIEW_PREFIX`) when the stages are done, so no parse outlives its
analysis through them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

VIEW_PREFIX = "eventwire."
"""Prefix of every key a stage caches in `Doc.user_data`."""

View = TypeVar("View")


def cached(parse: Doc, key: str, build: Callable[[Doc], View]) -> View:
    """The view stored under `key`, built on first use."""
    found = parse.user_data.get(key)
    if found is None:
        found = parse.user_data[key] = build(parse)
    return found


def release_views(parse: Doc) -> None:
    for key in [key for key in parse.user_data if str(key).startswith(VIEW_PREFIX)]:
        del parse.user_data[key]


def text_of(parse: Doc) -> str:
    return cached(parse, "eventwire.text", lambda doc: doc.text)


def tokens_of(parse: Doc) -> list[Token]:
    """The parse's tokens as one list, made once; `tokens_of(parse)[i]` is `parse[i]`."""
    return cached(parse, "eventwire.tokens", list)


def entities_of(parse: Doc) -> tuple[Span, ...]:
    return cached(parse, "eventwire.entities", lambda doc: tuple(doc.ents))


def lower_words(parse: Doc) -> list[str]:
    """Each token's lower-case form, by token index."""

    def build(doc: Doc) -> list[str]:
        strings = doc.vocab.strings
        return [strings[key] for key in doc.to_array(LOWER).tolist()]

    return cached(parse, "eventwire.lower_words", build)


def span_at(parse: Doc, start: int, end: int) -> Span | None:
    """`parse.char_span(start, end, alignment_mode="expand")`, remembered per offsets: event
    dates and places look up the same time and place spans once per event."""
    spans: dict[tuple[int, int], Any] = cached(parse, "eventwire.spans", lambda doc: {})
    key = (start, end)
    if key not in spans:
        spans[key] = parse.char_span(start, end, alignment_mode="expand")
    return spans[key]
