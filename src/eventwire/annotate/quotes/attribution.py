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


def reconcile(
    text: str,
    pieces: list[tuple[int, int]],
    quoted: QuotedSpans,
    cue: Span | None,
    speaker: Token | None,
) -> Attribution | None:
    """Direct when the content lies inside quote marks, mixed when it holds a quoted phrase."""
    direct, own = [], []
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
        return None
    return Attribution(pieces, cue, speaker, speaker_range, kind)


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
