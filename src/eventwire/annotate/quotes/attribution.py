"""An attribution, the record every pass makes, and its kind: direct when its content lies
inside quote marks, mixed when it holds a quoted phrase, indirect otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.annotate.quotes.marks import QUOTE_MARK, QuotedSpan, QuotedSpans
from eventwire.annotate.quotes.speakers import speaker_range_of
from eventwire.records import Span


@dataclass
class Attribution:
    """What a pass found: the content's pieces, the cue, the speaker (head token and character
    range), the kind and the cue class."""

    pieces: list[tuple[int, int]]
    cue: Span | None
    speaker_head: Token | None
    speaker: tuple[int, int] | None
    kind: str
    cue_class: str | None = "speech"
    nested: bool = False
    """Reported inside a direct quote by a cue within its marks: the quote stays its own
    speaker's, so the passes that attribute quoted spans leave this one out."""


def reconcile(
    text: str,
    pieces: list[tuple[int, int]],
    quoted: QuotedSpans,
    cue: Span | None,
    speaker: Token | None,
) -> Attribution | None:
    """Direct when the content lies inside quote marks, mixed when it holds a quoted phrase."""
    pieces = inside_cue_quote(text, pieces, quoted, cue)
    if not pieces:
        return None
    direct, own = [], []
    reported = pieces
    for start, end in pieces:
        holder = quoted.holder(start + 1, end - 1)
        if holder is not None:
            if (holder.start, holder.end) not in direct:
                direct.append((holder.start, holder.end))
        else:
            own.append((start, end))
    if direct and not own:
        kind = "direct"
        pieces = direct
    elif direct:
        kind = "mixed"
        pieces = merge_adjacent(text, sorted(own + direct))
    else:
        inner = [quoted[i] for i in sorted({i for p in own for i in quoted.starting_in(*p)})]
        kind = "mixed" if inner else "indirect"
        pieces = [close_inner_quotes(text, piece, inner) for piece in own]
    speaker_range = speaker_range_of(speaker) if speaker is not None else None
    if speaker_range and any(s <= speaker_range[0] < e for s, e in pieces):
        return reported_inside(text, reported, quoted, cue, speaker, speaker_range)
    return Attribution(pieces, cue, speaker, speaker_range, kind)


def inside_cue_quote(
    text: str, pieces: list[tuple[int, int]], quoted: QuotedSpans, cue: Span | None
) -> list[tuple[int, int]]:
    """'"The platform is telling voters they are not welcome," said Ruiz': a cue inside quote
    marks is the quote's own word, so what it introduces ends at the closing mark; the
    reporting clause after it ('said Ruiz') is no part of it."""
    holder = quoted.holder(cue.start, cue.end) if cue is not None else None
    if holder is None:
        return pieces
    inside = [trim(text, max(s, holder.start), min(e, holder.end)) for s, e in pieces]
    return [(s, e) for s, e in inside if e > s]


def reported_inside(
    text: str,
    pieces: list[tuple[int, int]],
    quoted: QuotedSpans,
    cue: Span | None,
    speaker: Token,
    speaker_range: tuple[int, int],
) -> Attribution | None:
    """'"The general warned that his forces will attack," the spokesman said': cue and speaker
    inside one quoted span report indirect speech within it, the general's, nested in the
    spokesman's quote; its content stays inside the marks."""
    holder = quoted.holder(cue.start, cue.end) if cue is not None else None
    if holder is None or not holder.start <= speaker_range[0] < speaker_range[1] <= holder.end:
        return None
    inside = [(max(s, holder.start), min(e, holder.end)) for s, e in pieces]
    inside = [trim(text, s, e) for s, e in inside if e > s]
    inside = [(s, e) for s, e in inside if e > s and not s <= speaker_range[0] < e]
    if not inside:
        return None
    return Attribution(inside, cue, speaker, speaker_range, "indirect", nested=True)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A piece without the spaces, commas and marks at its edges."""
    edges = " \"'“”‘’«»,"
    while start < end and text[start] in edges:
        start += 1
    while end > start and text[end - 1] in edges:
        end -= 1
    return start, end


def close_inner_quotes(
    text: str, piece: tuple[int, int], inner: list[QuotedSpan]
) -> tuple[int, int]:
    """Extend a piece that starts or stops at a quoted phrase's words to the phrase's marks."""
    start, end = piece
    for span in inner:
        if start <= span.start < end < span.end + 1:
            mark = QUOTE_MARK.match(text, span.end)
            end = mark.end() if mark else span.end
        if span.start == start:
            for width in (2, 1):
                if QUOTE_MARK.fullmatch(text, max(0, start - width), start):
                    start -= width
                    break
    return start, end


def merge_adjacent(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces separated only by quote marks, spaces or commas into one span."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if merged and not text[merged[-1][1] : start].strip(" \"'“”‘’«»,"):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
