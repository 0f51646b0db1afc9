"""Parts of a page that hold no reporting: a publisher's note on the article ("Editor's note:
..."), whose boilerplate repeats across a site, and markup left in the text (an embedded
post's `<tweet author="..." ...>` tag), whose words are no cue, speaker or content."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.codebooks.quotes import editorial_note_labels

MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>")

NOTE_END = re.compile(r"[.!?][”\"’']?[ \t\xa0]*(?:\n|$)|\n[ \t\xa0]*\n")
"""A note ends at the first line break after a sentence end or at a blank line: a page may
break its lines inside one ("is a serial liar,\nracist")."""


@lru_cache(maxsize=1)
def note_opening() -> re.Pattern[str]:
    labels = sorted(editorial_note_labels(), key=len, reverse=True)
    spelled = "|".join(re.escape(label).replace("'", "['’‘`]?") for label in labels)
    return re.compile(rf"^[ \t\xa0]*(?:{spelled})[ \t\xa0]*[:\-–—]", re.IGNORECASE | re.MULTILINE)


def clutter_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of editorial-note paragraphs and markup tags."""
    spans = []
    for opening in note_opening().finditer(text):
        end = NOTE_END.search(text, opening.end())
        spans.append((opening.start(), len(text) if end is None else end.end()))
    spans += [tag.span() for tag in MARKUP_TAG.finditer(text)]
    return sorted(spans)


def in_clutter(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)
