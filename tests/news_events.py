"""The events of a sentence written for a test, read as the body of a news article under a
headline that names no event, published on a fixed day, with the learned event filter off:
these tests describe the coder's readings (tests/test_event_filter.py tests the filter). Also
the one-article gold file that tests of `eventwire eval events` score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import analyze
from eventwire.cli import main
from eventwire.records import ActorRef, Event
from eventwire.settings import Settings

GOLD_PUBLISHED = "2025-03-12"
HEADLINE = "Regional News Roundup"
PUBLISHED = "2024-03-04"
CODER_READINGS = Settings(event_filter_threshold=0)


def events_of(text: str) -> list[Event]:
    return analyze(f"{HEADLINE}\n{text}", published=PUBLISHED, settings=CODER_READINGS).events


def the_event(text: str, plover: str, trigger: str) -> Event:
    """The one event of that PLOVER type on that trigger."""
    (event,) = [
        e for e in events_of(text) if e.plover["type"] == plover and e.trigger.text == trigger
    ]
    return event


def asserted(events: list[Event]) -> list[tuple[str, str]]:
    """(trigger, PLOVER type) of the asserted events."""
    return [(e.trigger.text, e.plover["type"]) for e in events if e.modality == "asserted"]


def asserted_triggers(text: str, event_type: str) -> list[str]:
    """The triggers of a text's asserted events of one PLOVER type."""
    return [trigger for trigger, found in asserted(events_of(text)) if found == event_type]


def asserted_types(text: str) -> set[str]:
    """The PLOVER types of the asserted events of a text."""
    return {event_type for _, event_type in asserted(events_of(text))}


def readings(text: str, trigger: str) -> set[str]:
    """The modalities the events of `text` whose trigger reads `trigger` take."""
    return {e.modality for e in events_of(text) if e.trigger.text == trigger}


def asserted_events(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.modality == "asserted"]


def events_of_type(text: str, plover: str) -> list[Event]:
    """The events of a text of one PLOVER type, whatever their modality."""
    return [e for e in events_of(text) if e.plover["type"] == plover]


def asserted_of_type(text: str, plover: str) -> list[Event]:
    """The asserted events of a text of one PLOVER type."""
    return [e for e in asserted_events(text) if e.plover["type"] == plover]


def types_of(text: str, trigger_word: str) -> set[str]:
    """The PLOVER types of the asserted events whose trigger holds `trigger_word`."""
    return {e.plover["type"] for e in asserted_events(text) if trigger_word in e.trigger.text}


def actors_named(events: list[Event], text: str) -> list[ActorRef]:
    """The actors of the events whose words are `text`; some must be found, or a test of their
    codes would pass on nothing."""
    found = [a for e in events for a in (*e.source, *e.target) if a.text == text]
    assert found, f"no event names {text!r}"
    return found


def countries(actors) -> set[str]:
    """The three-letter countries of the coded actors of one side."""
    return {a.code[:3] for a in actors if a.code}


def party_countries(event: Event) -> set[str]:
    """The countries of both sides together: the parties of an act done together (a deal, a
    cooperation), which the coder may put on either side."""
    return countries(event.source) | countries(event.target)


def has_sides(event: Event, source: str | None, target: str | None) -> bool:
    """Whether the event's source and target each hold the given country (None: any)."""
    return (not source or source in countries(event.source)) and (
        not target or target in countries(event.target)
    )


FILTERED_BID_NEWS = (
    "Bakery offers money to rival\n"
    "Northwind Bakeries made the offer on Monday, the company said. French ministers said the "
    "government would study the deal. Rebels attacked an army post in northern Mali on "
    "Tuesday, the defence ministry said."
)
"""An invented article whose company bid ("offers", AGREE) the shipped event filter withholds
while it codes the rebels' attack (tests of the filter and of the article page)."""


def gold_mention(text: str, trigger: str, sentence: int, plover: str, **fields) -> dict:
    """A gold event mention on the first `trigger` of an article `text`: asserted, in group
    "g1", naming no actor, unless `fields` say otherwise."""
    start = text.index(trigger)
    return {
        "trigger": {"text": trigger, "start": start, "end": start + len(trigger)},
        "sentence": sentence,
        "group": "g1",
        "plover": plover,
        "source": [],
        "target": [],
        "modality": "asserted",
        **fields,
    }


def eval_one_article(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    article_id: str,
    text: str,
    mentions: list[dict],
    *options: str,
) -> str:
    """What `eventwire eval events` prints (with `options`) for a gold file of one article,
    published on `GOLD_PUBLISHED` and annotated to its end."""
    record = {
        "id": article_id,
        "published": GOLD_PUBLISHED,
        "annotated_end": len(text),
        "text": text,
        "events": mentions,
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["eval", "events", "--gold", str(gold), *options]) == 0
    return capsys.readouterr().out
