"""An article page's record tables (events, quotes, entities, times, places) as HTML rows,
written in Python: the template's loops, a lookup, an escape and a field link a value at a
time, cost Jinja about 3.5 ms of a cold article page (docs/serve.md, serve16a).

A record shows what it holds: a field that is null or missing (docs/serve.md lists which can
be) leaves its cell, or its part of a cell, empty, never "None"; an actor the codebooks did
not code shows a dash; an unresolved date or time says so; a field links to its characters
only where it has them (`span_link`)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from eventwire.server.events_table import field, shown
from eventwire.server.layers import span_link


def _held(value: Any) -> str:
    """`value` escaped, or nothing where the record holds none (null, or missing: `field`
    reads a missing field as "")."""
    return "" if value is None or value == "" else shown(value)


def _code(code: Any) -> str:
    """A code as the page shows codes; nothing where there is none."""
    held = _held(code)
    return f'<span class="code">{held}</span>' if held else ""


UNCODED = '<span class="uncoded" title="no code">—</span>'
"""What an event's actor shows for its code where the codebooks gave it none."""


def _actors(actors: Any) -> str:
    return "<br>".join(
        f"{span_link(actor)} {_code(field(actor, 'code')) or UNCODED}" for actor in actors or ()
    )


def _joined(separator: str, *parts: str) -> str:
    """The parts a record holds, between separators: none where a part is empty."""
    return separator.join([part for part in parts if part])


def _kind(event: dict[str, Any], quad_classes: dict[str, str]) -> str:
    """The event cell: CAMEO code, PLOVER type and mode; below, quad class and Goldstein."""
    plover = field(event, "plover")
    mode = _held(field(plover, "mode"))
    plover_type = _held(field(plover, "type"))
    coded = _joined(
        " ", _code(field(event, "cameo")), f"{plover_type} ({mode})" if mode else plover_type
    )
    quad_class, goldstein = field(event, "quad_class"), _held(field(event, "goldstein"))
    scale = _joined(
        ", ",
        shown(quad_classes.get(quad_class if type(quad_class) is str else str(quad_class), "")),
        f"Goldstein {goldstein}" if goldstein else "",
    )
    return f"{coded}<br><small>{scale}</small>" if scale else coded


def _date(date: Any) -> str:
    """An event's date: its value ("unresolved" where it has none), where it came from, its
    characters."""
    if not date:
        return ""
    source = _held(field(date, "source"))
    return _joined(
        " ",
        _held(field(date, "value")) or "unresolved",
        f"<small>{source}</small>" if source else "",
        span_link(date),
    )


def _place(place: Any) -> str:
    """An event's place: its name, country and characters, as far as it has them."""
    if not place:
        return ""
    return _joined(
        " ", _held(field(place, "name")), _code(field(place, "country")), span_link(place)
    )


def article_event_row(
    event: dict[str, Any], index: int, article_id: Any, quad_classes: dict[str, str]
) -> Markup:
    """The events table's `<tr>` of the article's `index`th event."""
    event_id = _held(field(event, "id"))
    cells = (
        span_link(field(event, "trigger")),
        _actors(field(event, "source")),
        _kind(event, quad_classes),
        _actors(field(event, "target")),
        _held(field(event, "modality")),
        span_link(field(event, "asserted_by")),
        _date(field(event, "date")),
        _place(field(event, "place")),
        f'<a class="story-link" href="/articles/{shown(article_id)}/story#mention-{event_id}">'
        "other outlets</a>",
    )
    rows = "".join(f"    <td>{cell}</td>\n" for cell in cells)
    return Markup(f'  <tr id="event-{event_id}" data-event="{index}">\n{rows}  </tr>')


def quote_row(quote: dict[str, Any]) -> Markup:
    """The quotes table's `<tr>`: speaker (by name, else as the text names them) and code,
    kind, cue, the quote."""
    speaker = field(quote, "speaker")
    code = _code(field(speaker, "actor"))
    named = span_link(speaker, field(speaker, "name") or None) if speaker else ""
    return Markup(
        f"  <tr><td>{named}{f' {code}' if code else ''}</td>\n"
        f"    <td>{_held(field(quote, 'kind'))}</td><td>{span_link(field(quote, 'cue'))}"
        f"</td><td>{span_link(quote)}</td></tr>"
    )


def entity_row(entity: dict[str, Any]) -> Markup:
    """The entities table's `<tr>`: name, type, code, each mention linked."""
    mentions = " · ".join(str(span_link(mention)) for mention in field(entity, "mentions") or ())
    return Markup(
        f"  <tr><td>{_held(field(entity, 'name'))}</td><td>{_held(field(entity, 'type'))}</td>"
        f"<td>{_code(field(entity, 'actor'))}</td>\n"
        f"    <td>{mentions}</td></tr>"
    )


def time_row(time: dict[str, Any]) -> Markup:
    """The times table's `<tr>`: text, type, value (or that it has none, and why)."""
    reason = _held(field(time, "reason"))
    value = _held(field(time, "value")) or (f"unresolved: {reason}" if reason else "unresolved")
    return Markup(
        f"  <tr><td>{span_link(time)}</td><td>{_held(field(time, 'type'))}</td>"
        f"<td>{value}</td></tr>"
    )


def place_row(place: dict[str, Any]) -> Markup:
    """The places table's `<tr>`: text, name, country, precision, role, and coordinates where
    it has both."""
    lat, lon = field(place, "lat"), field(place, "lon")
    located = f"{shown(lat)}, {shown(lon)}" if _number(lat) and _number(lon) else ""
    return Markup(
        f"  <tr><td>{span_link(place)}</td><td>{_held(field(place, 'name'))}</td>"
        f"<td>{_code(field(place, 'country'))}</td><td>{_held(field(place, 'precision'))}</td>"
        f"<td>{_held(field(place, 'role'))}</td><td>{located}</td></tr>"
    )


def _number(value: Any) -> bool:
    return type(value) in (int, float)
