"""An article page's record tables, written in Python (`article_tables`), are the bytes the
template's loops wrote: escaping, missing and null fields, uncoded actors, unresolved times and
dates, places without coordinates, speakers with and without a code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.server.app import templates
from eventwire.server.views import QUAD_CLASSES

FIXTURES = Path(__file__).parent / "fixtures" / "server"
LOOPS_BEFORE = templates.from_string((FIXTURES / "article_tables_before.html").read_text())
"""The article page's loops over its events, quotes, entities, times and places before
`article_tables`."""
LOOPS_NOW = templates.from_string(
    "{% for event in data.events %}\n"
    "{{ event|article_event_row(loop.index0, article.id, quad_classes) }}\n{% endfor %}\n"
    "{% for quote in data.quotes %}\n{{ quote|quote_row }}\n{% endfor %}\n"
    "{% for entity in data.entities %}\n{{ entity|entity_row }}\n{% endfor %}\n"
    "{% for time in data.times %}\n{{ time|time_row }}\n{% endfor %}\n"
    "{% for place in data.places %}\n{{ place|place_row }}\n{% endfor %}\n"
)


def chars(text: str, start: int | None) -> dict[str, Any]:
    return {"text": text, "start": start, "end": None if start is None else start + len(text)}


EVENT: dict[str, Any] = {
    "id": "ev<1>",
    "trigger": chars("halted", 40),
    "source": [{**chars("the <tram> drivers", 3), "code": "FRALAB"}, chars("their guild", 90)],
    "target": [{**chars("Lyon & district", 60), "code": None}],
    "cameo": "0234",
    "plover": {"type": "DEMAND", "mode": "strike"},
    "quad_class": 3,
    "goldstein": -4.5,
    "modality": "asserted",
    "asserted_by": chars("a 'spokesman'", 120),
    "date": {**chars("Tuesday", 20), "value": "2033-02-01", "source": "text"},
    "place": {**chars("Lyon", 64), "name": "Lyon", "country": "FRA"},
}
DATA: dict[str, Any] = {
    "events": [
        EVENT,
        {
            **EVENT,
            "id": "ev2",
            "plover": None,
            "quad_class": None,
            "date": {"value": None, "source": None, "start": None, "end": None},
            "place": {"name": None, "country": None},
            "target": [],
            "asserted_by": None,
        },
        {"id": "ev3", "trigger": {}, "source": [], "target": [], "plover": {}, "cameo": 10},
    ],
    "quotes": [
        {
            **chars('"We will not ride"', 200),
            "kind": "direct",
            "cue": chars("said", 220),
            "speaker": {**chars("the guild", 226), "name": "Tram <Guild>", "actor": "FRALAB"},
        },
        {**chars("fares rise", 300), "kind": "indirect", "cue": None, "speaker": None},
        {**chars("soon", 330), "speaker": {"text": "she", "start": None, "end": None}},
    ],
    "entities": [
        {"name": "Lyon & Co", "type": "GPE", "actor": "FRA", "mentions": [chars("Lyon", 64)]},
        {"name": "guild", "type": None, "mentions": [chars("guild", 96), chars("it", 150)]},
        {"name": "nobody", "type": "PERSON", "actor": None, "mentions": []},
    ],
    "times": [
        {**chars("Tuesday", 20), "type": "DATE", "value": "2033-02-01"},
        {**chars("later", 400), "type": "DATE", "value": None, "reason": "no <anchor>"},
        {**chars("then", 410), "type": "TIME", "value": ""},
    ],
    "places": [
        {
            **chars("Lyon", 64),
            "name": "Lyon",
            "country": "FRA",
            "precision": "city",
            "role": "event",
            "lat": 45.76,
            "lon": 4.84,
        },
        {
            **chars("the depot", 500),
            "name": None,
            "country": None,
            "precision": None,
            "role": "mention",
            "lat": None,
            "lon": None,
        },
        {**chars("uptown", 520), "role": "mention", "lon": 4.9},
    ],
}


def test_the_record_tables_are_what_the_template_wrote() -> None:
    context = {"data": DATA, "article": {"id": "art&1"}, "quad_classes": QUAD_CLASSES}
    expected = LOOPS_BEFORE.render(**context)
    assert "&lt;tram&gt;" in expected and "unresolved: no &lt;anchor&gt;" in expected
    assert 'data-event="2"' in expected and "None" in expected
    assert LOOPS_NOW.render(**context) == expected


def test_empty_tables_write_no_rows() -> None:
    empty = {"events": [], "quotes": [], "entities": [], "times": [], "places": []}
    context = {"data": empty, "article": {"id": "x"}, "quad_classes": QUAD_CLASSES}
    assert LOOPS_NOW.render(**context) == LOOPS_BEFORE.render(**context) == ""
