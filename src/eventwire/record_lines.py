"""One line of text per record, for the terminal views of an analysis (`render.py`)."""

from __future__ import annotations

from typing import Any

from eventwire.records import Entity, Event, Place, Quantity, Quote, TimeExpr


def entity_line(entity: Entity) -> str:
    code = f" {entity.actor}" if entity.actor else ""
    return f"  {entity.type:<7} {entity.name}{code}  ×{len(entity.mentions)}"


def actor_codes(actors: list[Any]) -> str:
    """For a person: codes joined with '+', the words in quotes where no code resolved."""
    if not actors:
        return "?"
    return "+".join(actor.code or f'"{actor.text}"' for actor in actors)


def event_line(event: Event) -> str:
    return (
        f"  [{event.cameo} {event.plover.get('type')}] {actor_codes(event.source)} -> "
        f"{actor_codes(event.target)}  «{event.trigger.text}»  {event.modality}"
        + (f"  date {event.date.value}" if event.date and event.date.value else "")
        + (f"  place {event.place.name}" if event.place and event.place.name else "")
    )


def short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quote_line(quote: Quote) -> str:
    speaker = quote.speaker.name or quote.speaker.text if quote.speaker else "?"
    return f"  {speaker} ({quote.kind}): «{short(quote.text)}»"


def time_line(time: TimeExpr) -> str:
    mod = f" ({time.mod})" if time.mod else ""
    return f"  {time.type:<8} {time.text!r} = {time.value or 'unresolved'}{mod}"


def place_line(place: Place) -> str:
    where = f"{place.name}, {place.country}" if place.name else "unresolved"
    return f"  {place.text!r} -> {where} ({place.precision or '?'})"


def quantity_line(quantity: Quantity) -> str:
    low = "" if quantity.low is None else quantity.low
    high = "" if quantity.high is None else quantity.high
    unit = quantity.unit or ""
    return f"  {quantity.text!r} value {quantity.value} bounds {low}..{high} {unit}"
