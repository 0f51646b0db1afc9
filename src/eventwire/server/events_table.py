"""An events page's table rows and facet values as HTML, written in Python: the template's
loops over a page's 51 rows and its facets' values, a lookup and an escape a value at a time,
cost Jinja about 3.5 ms of a cold page. They are the bytes the template wrote: a record's
missing field shows as Jinja's undefined (nothing), a null one as `None`, every value escaped
as autoescape escapes it."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from eventwire.server.layers import escaped


def field(value: Any, name: str) -> Any:
    """`value.name` as the page's templates read it (`RecordsEnvironment`): a dict's item;
    a missing item, or a field of what is no dict, is Jinja's undefined, shown as nothing."""
    return value.get(name, "") if type(value) is dict else ""


def shown(value: Any) -> str:
    """`{{ value }}` under autoescape."""
    return escaped(value if type(value) is str else str(value))


def _actors(actors: Any) -> str:
    cells = []
    for actor in actors:
        code, text = field(actor, "code"), shown(field(actor, "text"))
        if code:
            cells.append(f'<span class="code" title="{text}">{shown(code)}</span> ')
        else:
            cells.append(f'<span class="uncoded" title="no code">«{text}»</span> ')
    return "".join(cells)


def event_row(row: dict[str, Any]) -> Markup:
    """A page row's `<tr>` (its article, event and sentence), indented as the table is."""
    article, event = field(row, "article"), field(row, "event")
    article_id, event_id = shown(field(article, "id")), shown(field(event, "id"))
    place = field(event, "place")
    place_name = field(place, "name") if place and field(place, "name") else ""
    cells = (
        shown((field(article, "published") or "")[:10]),
        shown(field(article, "outlet") or ""),
        _actors(field(event, "source")),
        f'<span class="code">{shown(field(event, "cameo"))}</span> '
        + shown(field(field(event, "plover"), "type") or ""),
        _actors(field(event, "target")),
        shown(field(event, "modality")),
        f'<a class="trigger" href="/articles/{article_id}#event-{event_id}">'
        f"{shown(field(field(event, 'trigger'), 'text'))}</a>",
        shown(place_name),
    )
    sentence = (
        f'<td class="sentence">{shown(field(row, "sentence") or "")} '
        f'<a class="article-link" href="/articles/{article_id}" '
        f'title="{shown(field(article, "title"))}">article</a> · '
        f'<a class="story-link" href="/articles/{article_id}/story#mention-{event_id}" '
        'title="every outlet\'s telling">story</a></td>'
    )
    tds = "".join(f"        <td>{cell}</td>\n" for cell in cells)
    return Markup(f"      <tr>\n{tds}        {sentence}\n      </tr>")


def facet_item(item: dict[str, Any], exact: bool) -> Markup:
    """A facet value's `<li>`: its link, its count (a lower bound, marked so, where the facet
    is not `exact`) and, where it is a filter of the page, the link that removes it."""
    url = shown(item["url"])
    selected = item["selected"]
    remove = f' <a class="remove" href="{url}" title="remove this filter">×</a>' if selected else ""
    return Markup(
        f'<li class="{"selected" if selected else ""}"><a href="{url}">{shown(item["value"])}'
        f'</a> <span class="count">{"" if exact else "≥ "}{shown(item["count"])}</span>'
        f"{remove}</li>"
    )
