"""An events page's rows and facet values, written in Python (`events_table`), are the bytes
the template's loops wrote: escaping, missing and null fields, uncoded actors, lower bounds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.server.app import templates

FIXTURES = Path(__file__).parent / "fixtures" / "server"
ROWS_LOOP = templates.from_string((FIXTURES / "events_rows_before.html").read_text())
"""The events page's loop over its rows before `event_row`."""
ITEMS_LOOP = templates.from_string((FIXTURES / "facet_values_before.html").read_text())
"""A facet's loop over its values before `facet_item`."""

NEW_ROWS = templates.from_string("{% for row in rows %}\n{{ event_row(row) }}\n{% endfor %}\n")
NEW_ITEMS = templates.from_string(
    '{% for item in facet["values"] %}\n      {{ facet_item(item, facet.exact) }}\n{% endfor %}\n'
)

ARTICLE = {
    "id": "a1b2",
    "published": "2031-04-09T08:15:00Z",
    "outlet": "The <Harbour> Courier",
    "title": 'Ferry strike "ends" & crews\'s pay rises',
}
EVENT: dict[str, Any] = {
    "id": "e9",
    "source": [{"code": "NORLAB", "text": "the dock <workers> union"}, {"text": "crews' wives"}],
    "target": [{"code": None, "text": "Fjordline & partners"}],
    "cameo": "0831",
    "plover": {"type": "CONCEDE"},
    "modality": "asserted",
    "trigger": {"text": "agreed"},
    "place": {"name": "Bergen"},
}
ROWS = [
    {"article": ARTICLE, "event": EVENT, "sentence": "Crews agreed to <return> on Monday."},
    {"article": {**ARTICLE, "published": None, "outlet": None}, "event": EVENT, "sentence": None},
    {
        "article": {"id": "c3"},
        "event": {**EVENT, "plover": None, "place": None, "modality": None, "target": []},
    },
    {
        "article": ARTICLE,
        "event": {"id": "e10", "cameo": 190, "plover": {}, "place": {"name": ""}, "trigger": {}},
        "sentence": "",
    },
]


def test_an_events_row_is_what_the_template_wrote() -> None:
    expected = ROWS_LOOP.render(data={"rows": ROWS})
    assert "&lt;workers&gt;" in expected and "None" in expected
    assert NEW_ROWS.render(rows=ROWS) == expected


def test_a_facet_value_is_what_the_template_wrote() -> None:
    values = [
        {"value": "NOR", "count": 12, "url": "/events?country=NOR", "selected": True},
        {"value": "<b>&'\"", "count": 3, "url": "/events?outlet=%3Cb%3E&x='1'", "selected": False},
    ]
    for exact in (True, False):
        facet = {"values": values, "exact": exact}
        assert NEW_ITEMS.render(facet=facet) == ITEMS_LOOP.render(facet=facet)
