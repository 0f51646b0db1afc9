"""The story view: each story event (`eventwire.stories`) with every article's telling of it
side by side, the outlet's sentence with the event's actor, action, target and date marked,
and where the tellings disagree, with the words each side gives marked too."""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any, TextIO

from eventwire.export import csv_cell
from eventwire.server.layers import Mark, event_marks
from eventwire.store import Store
from eventwire.store.facets import stored_analyses
from eventwire.stories.show import story

CONTEXT_CHARACTERS = 160
"""Characters of text shown on each side of a mention when its sentence is not known."""

DISCREPANCY_BADGES = {
    "quantity": "counts differ",
    "actor": "actors differ",
    "date": "dates differ",
    "place": "places differ",
    "modality": "modality differs",
    "attribution": "attribution differs",
}
"""What a discrepancy's badge says, by its field; another field shows its own name."""

MENTION_ROLES = frozenset({"trigger", "source", "target", "date", "place", "asserted-by"})
"""The parts of an event record marked in a mention's passage."""


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """{story, articles, events: [{story_event, discrepancies, mentions}], links}, each
    mention with its passage (its sentence, and a neighbour where the event's actors, date
    or disputed words lie), the marks in it and the discrepancy sides its article takes;
    None when there is no such story."""
    detail = story(store, story_id)
    if detail is None:
        return None
    analyses = stored_analyses(store, [article["id"] for article in detail["articles"]])
    disagreements: dict[str, list[dict[str, Any]]] = {}
    for found in detail["discrepancies"]:
        disagreements.setdefault(found["story_event_id"], []).append(found)
    events = []
    for story_event in detail["story_events"]:
        found = disagreements.get(story_event["id"], [])
        mentions = [
            _mention(analyses[mention["article_id"]], mention, found)
            for mention in story_event["mentions"]
            if analyses.get(mention["article_id"])
        ]
        events.append({"story_event": story_event, "discrepancies": found, "mentions": mentions})
    return {
        "story": detail["story"],
        "articles": detail["articles"],
        "events": events,
        "links": story_links(story_id),
    }


def story_links(story_id: str) -> dict[str, str]:
    return {
        "self": f"/stories/{story_id}",
        "json": f"/stories/{story_id}.json",
        "csv": f"/stories/{story_id}.csv",
        "discrepancies_csv": f"/stories/{story_id}/discrepancies.csv",
    }


def _mention(
    analysis: dict[str, Any], mention: dict[str, Any], discrepancies: list[dict[str, Any]]
) -> dict[str, Any]:
    article, text = analysis["article"], analysis["article"]["text"]
    event = next((e for e in analysis["events"] if e["id"] == mention["event_id"]), None)
    if event is None:
        marks = [Mark("events", "trigger", "event", mention["start"], mention["end"], "trigger")]
    else:
        marks = [mark for mark in event_marks(event, "event") if mark.role in MENTION_ROLES]
    sides = []
    for number, found in enumerate(discrepancies):
        for side_number, side in enumerate(found["sides"]):
            for evidence in side["evidence"]:
                if evidence["article_id"] != article["id"]:
                    continue
                sides.append(
                    {
                        "discrepancy": found["id"],
                        "field": found["field"],
                        "about": found["about"],
                        "value": side["value"],
                        **{name: evidence[name] for name in ("text", "start", "end")},
                    }
                )
                if evidence["start"] is not None and evidence["end"] is not None:
                    about = f" ({found['about']})" if found["about"] else ""
                    label = f"{found['field']}{about}: {side['value']}"
                    marks.append(
                        Mark(
                            "discrepancies",
                            found["field"],
                            f"discrepancy-{number}-{side_number}",
                            evidence["start"],
                            evidence["end"],
                            label,
                        )
                    )
    start, end = _passage(analysis.get("sentences") or [], mention, marks, len(text))
    return {
        **{name: article.get(name) for name in ("title", "outlet", "published", "url")},
        "article_id": article["id"],
        "event_id": mention["event_id"],
        "trigger": {name: mention[name] for name in ("text", "start", "end")},
        "event": event,
        "passage": {"start": start, "end": end, "text": text[start:end].rstrip()},
        "marks": [mark.as_dict() for mark in marks],
        "sides": sides,
    }


def _passage(
    sentences: list[dict[str, int]], mention: dict[str, Any], marks: list[Mark], length: int
) -> tuple[int, int]:
    """The sentence holding the mention's trigger, widened to the sentence before or after
    where a mark (an actor, the date, a disputed count) lies there; without sentences, a
    window of context around the trigger."""
    start, end = mention["start"], mention["end"]
    holding = [
        number
        for number, sentence in enumerate(sentences)
        if sentence["start"] <= start and end <= sentence["end"]
    ]
    if not holding:
        return max(0, start - CONTEXT_CHARACTERS), min(length, end + CONTEXT_CHARACTERS)
    around = sentences[max(0, holding[0] - 1) : holding[0] + 2]
    touched = [
        sentence
        for sentence in around
        if any(sentence["start"] <= mark.start and mark.end <= sentence["end"] for mark in marks)
    ] or [sentences[holding[0]]]
    return touched[0]["start"], touched[-1]["end"]


def _actors(actors: list[dict[str, Any]] | None) -> list[str]:
    return [actor.get("code") or actor.get("text") or "" for actor in actors or []]


def _value(record: dict[str, Any] | None, name: str) -> Any:
    return (record or {}).get(name)


MENTION_COLUMNS: tuple[tuple[str, Callable[[dict[str, Any], dict[str, Any]], Any]], ...] = (
    ("story_event", lambda item, mention: item["story_event"]["id"]),
    ("cameo", lambda item, mention: _value(mention["event"], "cameo")),
    ("outlet", lambda item, mention: mention["outlet"]),
    ("published", lambda item, mention: mention["published"]),
    ("article_id", lambda item, mention: mention["article_id"]),
    ("event_id", lambda item, mention: mention["event_id"]),
    ("trigger", lambda item, mention: mention["trigger"]["text"]),
    ("start", lambda item, mention: mention["trigger"]["start"]),
    ("end", lambda item, mention: mention["trigger"]["end"]),
    ("source", lambda item, mention: _actors(_value(mention["event"], "source"))),
    ("target", lambda item, mention: _actors(_value(mention["event"], "target"))),
    ("date", lambda item, mention: _value(_value(mention["event"], "date"), "value")),
    ("place", lambda item, mention: _value(_value(mention["event"], "place"), "name")),
    ("modality", lambda item, mention: _value(mention["event"], "modality")),
    (
        "disagrees",
        lambda item, mention: [
            f"{side['field']}{' ' + side['about'] if side['about'] else ''}={side['value']}"
            for side in mention["sides"]
        ],
    ),
    ("passage", lambda item, mention: mention["passage"]["text"]),
)
"""The columns of a story's CSV: one row per mention of each story event."""


def write_story_csv(view: dict[str, Any], out: TextIO) -> int:
    """Every mention of the story's events as CSV rows; returns the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in MENTION_COLUMNS])
    rows = 0
    for item in view["events"]:
        for mention in item["mentions"]:
            writer.writerow([csv_cell(value(item, mention)) for _, value in MENTION_COLUMNS])
            rows += 1
    return rows
