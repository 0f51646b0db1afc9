"""An events page's table rows and facet values as HTML, written in Python: the template's
loops over a page's 51 rows and its facets' values, a lookup and an escape a value at a time,
cost Jinja about 3.5 ms of a cold page. They are the bytes the template wrote: a record's
missing field shows as Jinja's undefined (nothing), a null one as `None`, every value escaped
as autoescape escapes it."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from eventwire.server.layers import escaped


def _item(value: Any, name: str) -> Any:
    """`value.name` as the page's templates read it (`RecordsEnvironment`): a dict's item;
    a missing item, or a field of what is no dict, is Jinja's undefined, shown as nothing."""
    return value.get(name, "") if type(value) is dict else ""


def _shown(value: Any) -> str:
    """`{{ value }}` under autoescape."""
    return escaped(value if type(value) is str else str(value))


def _actors(actors: Any) -> str:
    cells = []
    for actor in actors:
        code, text = _item(actor, "code"), _shown(_item(actor, "text"))
        if code:
            cells.append(f'<span class="code" title="{text}">{_shown(code)}</span> ')
        else:
            cells.append(f'<span class="uncoded" title="no code">«{text}»</span> ')
    return "".join(cells)


def event_row(row: dict[str, Any]) -> Markup:
    """A page row's `<tr>` (its article, event and sentence), indented as the table is."""
    article, event = _item(row, "article"), _item(row, "event")
    article_id, event_id = _shown(_item(article, "id")), _shown(_item(event, "id"))
    place = _item(event, "place")
    place_name = _item(place, "name") if place and _item(place, "name") else ""
    cells = (
        _shown((_item(article, "published") or "")[:10]),
        _shown(_item(article, "outlet") or ""),
        _actors(_item(event, "source")),
        f'<span class="code">{_shown(_item(event, "cameo"))}</span> '
        + _shown(_item(_item(event, "plover"), "type") or ""),
        _actors(_item(event, "target")),
        _shown(_item(event, "modality")),
        f'<a class="trigger" href="/articles/{article_id}#event-{event_id}">'
        f"{_shown(_item(_item(event, 'trigger'), 'text'))}</a>",
        _shown(place_name),
    )
    sentence = (
        f'<td class="sentence">{_shown(_item(row, "sentence") or "")} '
        f'<a class="article-link" href="/articles/{article_id}" '
        f'title="{_shown(_item(article, "title"))}">article</a> · '
        f'<a class="story-link" href="/articles/{article_id}/story#mention-{event_id}" '
        'title="every outlet\'s telling">story</a></td>'
    )
    shown = "".join(f"        <td>{cell}</td>\n" for cell in cells)
    return Markup(f"      <tr>\n{shown}        {sentence}\n      </tr>")


def facet_item(item: dict[str, Any], exact: bool) -> Markup:
    """A facet value's `<li>`: its link, its count (a lower bound, marked so, where the facet
    is not `exact`) and, where it is a filter of the page, the link that removes it."""
    url = _shown(item["url"])
    selected = item["selected"]
    remove = f' <a class="remove" href="{url}" title="remove this filter">×</a>' if selected else ""
    return Markup(
        f'<li class="{"selected" if selected else ""}"><a href="{url}">{_shown(item["value"])}'
        f'</a> <span class="count">{"" if exact else "≥ "}{_shown(item["count"])}</span>'
        f"{remove}</li>"
    )
