"""Agreement between two annotations of the same stories, scored as `eventwire eval events`
scores our events.

    python scripts/gold_agreement.py GOLD.jsonl OTHER.jsonl [--ids ID,ID] [--list]

Each event (group) of OTHER is turned into an event record, as the coder would write it: its
first mention gives the trigger, type, CAMEO code, modality, actors with their codes, date and
place, and all its mentions are its mentions. `article_events.score_article`, the scorer of
`eventwire eval events`, then scores those records against GOLD, so every figure the eval prints
is printed here with its meaning unchanged: asserted precision, event and type F1, and on the
matched events source / target / both, countries alone, roles, date, place, CAMEO code, and per
type. Where the eval reads our sentences, a mention's sentence here is the one the two files
store (both were written by one sentence printer). `--list` prints every disagreement in the
eval's error format, "ours" being OTHER. No eventwire events are run.
"""

from __future__ import annotations

import argparse
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

from eventwire.evaluate import read_gold
from eventwire.evaluate.article_events import (
    ArticleScores,
    GoldArticle,
    event_groups,
    gold_article,
    read_articles,
    report,
    score_article,
)
from eventwire.records import (
    ActorRef,
    Analysis,
    Article,
    Event,
    EventDate,
    EventPlace,
    Sentence,
    Span,
)


def as_event(story: str, number: int, mentions: list[dict[str, Any]]) -> Event:
    """One annotated event (its group's mentions) as the record the coder would write."""
    first = mentions[0]
    cameo = str(first.get("cameo") or "")
    return Event(
        id=f"{story}-e{number}",
        sentence=int(first.get("sentence", -1)),
        trigger=trigger_span(first),
        source=actor_refs(first.get("source") or []),
        target=actor_refs(first.get("target") or []),
        cameo=cameo,
        cameo_root=cameo[:2],
        quad_class=0,
        goldstein=0.0,
        plover={"type": first["plover"]},
        modality=first["modality"],
        asserted_by=None,
        mentions=[trigger_span(mention) for mention in mentions],
        date=event_date(first.get("date")),
        place=event_place(first.get("place")),
    )


def trigger_span(mention: dict[str, Any]) -> Span:
    trigger = mention["trigger"]
    return Span(trigger["text"], trigger["start"], trigger["end"])


def actor_refs(actors: list[dict[str, Any]]) -> list[ActorRef]:
    return [
        ActorRef(actor["text"], actor["start"], actor["end"], actor.get("code")) for actor in actors
    ]


def event_date(date: dict[str, Any] | None) -> EventDate | None:
    if not date:
        return None
    return EventDate(
        value=date.get("value"),
        granularity=None,
        source=str(date.get("source")),
        text=date.get("text"),
        start=date.get("start"),
        end=date.get("end"),
    )


def event_place(place: dict[str, Any] | None) -> EventPlace | None:
    if not place:
        return None
    return EventPlace(
        name=place.get("name"),
        lat=None,
        lon=None,
        country=place.get("country"),
        admin1=None,
        precision=None,
        gazetteer_id=None,
        source=str(place.get("source")),
        text=place.get("text"),
        start=place.get("start"),
        end=place.get("end"),
    )


def stored_sentences(records: list[dict[str, Any]], length: int) -> list[Sentence]:
    """Sentences as the annotations store them: sentence N runs from its first mention's start
    to the next stored sentence's, so each mention's start falls in the sentence its file
    gives it (the scorer's same-sentence alignment asks this of both annotations' mentions)."""
    starts: dict[int, int] = {}
    for record in records:
        for event in record["events"]:
            index = int(event["sentence"])
            starts[index] = min(starts.get(index, length), event["trigger"]["start"])
    ordered = sorted(starts.items(), key=lambda item: item[1])
    bounds = pairwise([start for _, start in ordered] + [length])
    return [
        Sentence(index=index, start=start, end=end)
        for (index, _), (start, end) in zip(ordered, bounds, strict=True)
    ]


def as_analysis(gold: dict[str, Any], other: dict[str, Any]) -> Analysis:
    """OTHER's events for one story, as the analysis the scorer reads."""
    story = str(other.get("id"))
    text = other["text"]
    article = Article(story, None, None, None, other.get("published"), "en", text)
    return Analysis(
        article=article,
        sentences=stored_sentences([gold, other], len(text)),
        events=[
            as_event(story, number, [event for _, event in group])
            for number, group in enumerate(event_groups(other), start=1)
        ],
    )


def agreement_of(
    gold: dict[str, dict[str, Any]],
    other: dict[str, dict[str, Any]],
    ids: list[str],
    errors: int = 0,
) -> ArticleScores:
    """OTHER's events scored against GOLD's over the stories `ids` (records by story id)."""
    total = ArticleScores()
    for story in ids:
        article: GoldArticle = gold_article(gold[story], f"gold {story}")
        analysis = as_analysis(gold[story], other[story])
        total.add(score_article(article, analysis, errors - len(total.errors)))
    return total


def read(path: Path) -> dict[str, dict[str, Any]]:
    """A file's records by story id, each checked as the scorer checks a gold record."""
    records = list(read_gold(path))
    read_articles(path, records)
    return {str(record.get("id")): record for record in records}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--ids", help="comma-separated story ids (default: those in both files)")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    arguments = parser.parse_args()
    gold, other = read(arguments.gold), read(arguments.other)
    ids = arguments.ids.split(",") if arguments.ids else sorted(set(gold) & set(other))
    missing = [story for story in ids if story not in gold or story not in other]
    if missing:
        parser.error(f"stories not in both files: {', '.join(missing)}")
    scores = agreement_of(gold, other, ids, errors=sys.maxsize if arguments.list else 0)
    print("\n".join(report(scores, len(ids))))
    if arguments.list:
        print("\n".join(scores.errors))


if __name__ == "__main__":
    main()
