"""A readable view of an analysis for a person at a terminal."""

from __future__ import annotations

from eventwire.records import ActorRef, Analysis


def render_pretty(analysis: Analysis) -> str:
    article = analysis.article
    lines = [
        f"# {article.title or '(untitled)'}",
        f"  id {article.id}  outlet {article.outlet or '-'}  published {article.published or '-'}"
        + (f"  url {article.url}" if article.url else ""),
        f"  {len(analysis.sentences)} sentences, {len(article.text.split())} words",
    ]
    if analysis.events:
        lines.append("\nEvents")
        for event in analysis.events:
            lines.append(
                f"  [{event.cameo} {event.plover.get('type')}] {_actors(event.source)} -> "
                f"{_actors(event.target)}  «{event.trigger.text}»  {event.modality}"
                + (f"  date {event.date.value}" if event.date and event.date.value else "")
                + (f"  place {event.place.name}" if event.place and event.place.name else "")
            )
    if analysis.quotes:
        lines.append("\nQuotes")
        for quote in analysis.quotes:
            speaker = quote.speaker.name or quote.speaker.text if quote.speaker else "?"
            lines.append(f"  {speaker} ({quote.kind}): «{_short(quote.text)}»")
    if analysis.entities:
        lines.append("\nEntities")
        for entity in analysis.entities:
            code = f" {entity.actor}" if entity.actor else ""
            lines.append(f"  {entity.type:<7} {entity.name}{code}  ×{len(entity.mentions)}")
    if analysis.times:
        lines.append("\nTimes")
        for time in analysis.times:
            lines.append(f"  {time.type:<8} {time.text!r} = {time.value or 'unresolved'}")
    if analysis.places:
        lines.append("\nPlaces")
        for place in analysis.places:
            where = f"{place.name}, {place.country}" if place.name else "unresolved"
            lines.append(f"  {place.text!r} -> {where} ({place.precision or '?'})")
    if analysis.quantities:
        lines.append("\nQuantities")
        for quantity in analysis.quantities:
            low = "" if quantity.low is None else quantity.low
            high = "" if quantity.high is None else quantity.high
            unit = quantity.unit or ""
            lines.append(f"  {quantity.text!r} value {quantity.value} bounds {low}..{high} {unit}")
    return "\n".join(lines) + "\n"


def _actors(actors: list[ActorRef]) -> str:
    if not actors:
        return "?"
    return "+".join(actor.code or f'"{actor.text}"' for actor in actors)


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
