"""An article page's record tables (events, quotes, entities, times, places) as HTML rows,
written in Python: the template's loops, a lookup, an escape and a field link a value at a
time, cost Jinja about 3.5 ms of a cold article page (docs/serve.md, serve16a). They are the
bytes the template wrote, read and escaped as `events_table` reads them."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from eventwire.server.events_table import field, shown
from eventwire.server.layers import span_link


def _actors(actors: Any) -> str:
    return "<br>".join(
        f'{span_link(actor)} <span class="code">{shown(field(actor, "code") or "?")}</span>'
        for actor in actors
    )


def article_event_row(
    event: dict[str, Any], index: int, article_id: Any, quad_classes: dict[str, str]
) -> Markup:
    """The events table's `<tr>` of the article's `index`th event."""
    event_id = shown(field(event, "id"))
    plover = field(event, "plover")
    mode = field(plover, "mode")
    quad_class = field(event, "quad_class")
    date, place = field(event, "date"), field(event, "place")
    dated = (
        f"{shown(field(date, 'value') or 'unresolved')} <small>{shown(field(date, 'source'))}"
        f"</small> {span_link(date)}"
        if date
        else ""
    )
    placed = (
        f'{shown(field(place, "name") or "")} <span class="code">'
        f"{shown(field(place, 'country') or '')}</span> {span_link(place)}"
        if place
        else ""
    )
    cells = (
        span_link(field(event, "trigger")),
        _actors(field(event, "source")),
        f'<span class="code">{shown(field(event, "cameo"))}</span> '
        f"{shown(field(plover, 'type') or '')}{f' ({shown(mode)})' if mode else ''}<br><small>"
        f"{shown(quad_classes.get(quad_class if type(quad_class) is str else str(quad_class), ''))}"
        f", Goldstein {shown(field(event, 'goldstein'))}</small>",
        _actors(field(event, "target")),
        shown(field(event, "modality")),
        span_link(field(event, "asserted_by")),
        dated,
        placed,
        f'<a class="story-link" href="/articles/{shown(article_id)}/story#mention-{event_id}">'
        "other outlets</a>",
    )
    rows = "".join(f"    <td>{cell}</td>\n" for cell in cells)
    return Markup(f'  <tr id="event-{event_id}" data-event="{index}">\n{rows}  </tr>')


def quote_row(quote: dict[str, Any]) -> Markup:
    """The quotes table's `<tr>`: speaker (and code), kind, cue, the quote."""
    speaker = field(quote, "speaker")
    code = field(speaker, "actor") if speaker else ""
    coded = f' <span class="code">{shown(code)}</span>' if code else ""
    return Markup(
        f"  <tr><td>{span_link(speaker, field(speaker, 'name') if speaker else None)}{coded}"
        f"</td>\n    <td>{shown(field(quote, 'kind'))}</td><td>{span_link(field(quote, 'cue'))}"
        f"</td><td>{span_link(quote)}</td></tr>"
    )


def entity_row(entity: dict[str, Any]) -> Markup:
    """The entities table's `<tr>`: name, type, code, each mention linked."""
    mentions = " · ".join(str(span_link(mention)) for mention in field(entity, "mentions"))
    return Markup(
        f"  <tr><td>{shown(field(entity, 'name'))}</td><td>{shown(field(entity, 'type'))}</td>"
        f'<td><span class="code">{shown(field(entity, "actor") or "")}</span></td>\n'
        f"    <td>{mentions}</td></tr>"
    )


def time_row(time: dict[str, Any]) -> Markup:
    """The times table's `<tr>`: text, type, value (or why it has none)."""
    value = field(time, "value") or f"unresolved: {field(time, 'reason') or ''}"
    return Markup(
        f"  <tr><td>{span_link(time)}</td><td>{shown(field(time, 'type'))}</td>"
        f"<td>{shown(value)}</td></tr>"
    )


def place_row(place: dict[str, Any]) -> Markup:
    """The places table's `<tr>`: text, name, country, precision, role, coordinates."""
    lat = field(place, "lat")
    located = f"{shown(lat)}, {shown(field(place, 'lon'))}" if lat is not None else ""
    return Markup(
        f"  <tr><td>{span_link(place)}</td><td>{shown(field(place, 'name') or '')}</td>"
        f'<td><span class="code">{shown(field(place, "country") or "")}</span></td>'
        f"<td>{shown(field(place, 'precision') or '')}</td><td>{shown(field(place, 'role'))}</td>"
        f"<td>{located}</td></tr>"
    )
