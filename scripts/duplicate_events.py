"""Each duplicate the events scorer counts, beside the record holding its gold event, by mechanism.

    python scripts/duplicate_events.py GOLD.jsonl [--rows ROWS.tsv]

A duplicate is an event of ours whose aligned gold events another event of ours took first
(`eventwire eval events`, `evaluate/article_events.scored_events`: the same alignment, in the
same record order). Each is set beside that holder and counted under the first mechanism that
tells the two records apart, in this order:

    another modality        the two modalities differ
    another type            the two PLOVER types differ
    no doer on one side     one record names a source actor, the other none
    another party           the source codes or the target codes differ (an uncoded actor
                            counts as no code)
    different dates         the date values differ (both undated counts as the same)
    other sentence kind     one is in the headline and the other in the body, or one is told
                            in a quote and the other by the reporter (`asserted_by`)
    none of these           the records agree on all of the above

The order runs from what the coding stages decide (modality, type) to what only the merge of
mentions into records decides (parties, dates, where the mention stands), so that a pair is
counted under the stage that would have to change first for the two to be one record.

Prints the counts by mechanism and writes, with `--rows`, one row per duplicate: article id,
mechanism, then for the duplicate and for its holder the trigger, PLOVER type, CAMEO code,
modality, source codes, target codes, date, sentence index and sentence kind. Round 29 classed
the duplicates by hand (docs/events.md, dupes29); this tool computes the classes for the next
count.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from gold_trace import trace_main

from eventwire.evaluate import read_gold
from eventwire.evaluate.article_events import (
    GoldArticle,
    holder_of,
    read_articles,
    scored_events,
)
from eventwire.headline_case import first_line_end
from eventwire.pipeline import analyze_many, to_article
from eventwire.records import ActorRef, Analysis, Event

SIDE_COLUMNS = (
    "trigger",
    "type",
    "cameo",
    "modality",
    "source",
    "target",
    "date",
    "sentence",
    "kind",
)
HEADER = (
    "article",
    "mechanism",
    *(f"duplicate_{name}" for name in SIDE_COLUMNS),
    *(f"holder_{name}" for name in SIDE_COLUMNS),
)


@dataclass(frozen=True)
class Duplicate:
    """A duplicate record, the record holding its gold event, and where the headline ends."""

    event: Event
    holder: Event
    headline_end: int
    """The character offset where the article's headline ends, -1 where it has none."""


def codes(actors: list[ActorRef]) -> tuple[str, ...]:
    """The distinct codes of a side, sorted; an uncoded actor adds none."""
    return tuple(sorted({actor.code for actor in actors if actor.code}))


def date_value(event: Event) -> str | None:
    return event.date.value if event.date else None


def sentence_kind(event: Event, headline_end: int) -> str:
    """Where the record's trigger stands: `headline`, `quote` (told by a speaker) or `reporter`."""
    if event.trigger.start < headline_end:
        return "headline"
    return "quote" if event.asserted_by is not None else "reporter"


def one_without_doer(pair: Duplicate) -> bool:
    return bool(pair.event.source) != bool(pair.holder.source)


def other_party(pair: Duplicate) -> bool:
    ours, held = pair.event, pair.holder
    return codes(ours.source) != codes(held.source) or codes(ours.target) != codes(held.target)


def other_kind(pair: Duplicate) -> bool:
    end = pair.headline_end
    return sentence_kind(pair.event, end) != sentence_kind(pair.holder, end)


MECHANISMS: tuple[tuple[str, Callable[[Duplicate], bool]], ...] = (
    ("another modality", lambda pair: pair.event.modality != pair.holder.modality),
    ("another type", lambda pair: pair.event.plover["type"] != pair.holder.plover["type"]),
    ("no doer on one side", one_without_doer),
    ("another party", other_party),
    ("different dates", lambda pair: date_value(pair.event) != date_value(pair.holder)),
    ("other sentence kind", other_kind),
)
UNEXPLAINED = "none of these"
CLASSES = (*(name for name, _ in MECHANISMS), UNEXPLAINED)
"""The mechanisms a duplicate is counted under, in the order tried."""


def mechanism(pair: Duplicate) -> str:
    """The first of `MECHANISMS` that tells the duplicate from its holder."""
    return next((name for name, applies in MECHANISMS if applies(pair)), UNEXPLAINED)


def duplicates(gold: GoldArticle, analysis: Analysis) -> list[Duplicate]:
    """The duplicates the scorer counts in one article, each with its holder."""
    used: set[int] = set()
    holders: dict[int, Event] = {}
    found = []
    end = first_line_end(gold.text)
    for event, aligned, taken in scored_events(gold, analysis, used):
        if taken is not None:
            holders[taken[0]] = event
        elif (holder := holder_of(aligned, holders)) is not None:
            found.append(Duplicate(event, holder, end))
    return found


def side(event: Event, headline_end: int) -> list[str]:
    """One record's columns of a row, in the order of `SIDE_COLUMNS`."""
    return [
        event.trigger.text,
        event.plover["type"] or "",
        event.cameo,
        event.modality,
        " ".join(codes(event.source)) or "-",
        " ".join(codes(event.target)) or "-",
        date_value(event) or "-",
        str(event.sentence),
        sentence_kind(event, headline_end),
    ]


def rows_of(article_id: str, pairs: list[Duplicate]) -> list[list[str]]:
    return [
        [
            article_id,
            mechanism(pair),
            *side(pair.event, pair.headline_end),
            *side(pair.holder, pair.headline_end),
        ]
        for pair in pairs
    ]


def trace(path: str) -> list[list[str]]:
    """One row per duplicate of the file, in article and record order."""
    gold = read_articles(path, list(read_gold(path)))
    analyses = analyze_many(to_article(article.text, article.published) for article in gold)
    return [
        row
        for article, analysis in zip(gold, analyses, strict=True)
        for row in rows_of(article.id, duplicates(article, analysis))
    ]


def main(argv: list[str] | None = None) -> int:
    return trace_main(
        argv,
        doc=__doc__,
        trace=trace,
        columns=HEADER,
        class_column="mechanism",
        classes=CLASSES,
        found="duplicates",
        row="duplicate",
    )


if __name__ == "__main__":
    sys.exit(main())
