"""What an article page's record tables (events, quotes, entities, times, places) show a
reader: every value a record holds, as text (markup in an article shows as markup); a null or
missing field as an empty cell, never "None"; an uncoded actor as a dash; an unresolved date
or time as "unresolved"; coordinates only where a place has both; a link only to characters
the field has. Rows are read with an HTML parser, as a browser reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.records import Analysis
from eventwire.server import create_app
from eventwire.server.article_tables import (
    article_event_row,
    entity_row,
    place_row,
    quote_row,
    time_row,
)
from eventwire.server.views import QUAD_CLASSES
from eventwire.store import Store
from eventwire.store.read_only import open_read_only


@dataclass
class Element:
    """An `<a>` or `<span>` inside a cell: its attributes and the text it shows."""

    tag: str
    attributes: dict[str, str | None]
    text: str = ""


@dataclass
class Cell:
    raw: str = ""
    elements: list[Element] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The cell's text as shown, spaces collapsed, a line for each `<br>`."""
        return "\n".join(" ".join(line.split()) for line in self.raw.split("\n"))

    @property
    def links(self) -> list[tuple[str | None, str]]:
        return [(e.attributes.get("href"), e.text) for e in self.elements if e.tag == "a"]

    def spans(self, css_class: str) -> list[Element]:
        return [e for e in self.elements if e.tag == "span" and e.attributes["class"] == css_class]


@dataclass
class Row:
    attributes: dict[str, str | None]
    cells: list[Cell] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [cell.text for cell in self.cells]


class Rows(HTMLParser):
    """The `<tr>`s of an HTML fragment, and every tag it opens."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.tags: list[str] = []
        self._open: list[Element] = []
        self._in_cell = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append(Row(dict(attrs)))
        elif tag == "td":
            self.rows[-1].cells.append(Cell())
            self._in_cell = True
        elif tag == "br":
            self.rows[-1].cells[-1].raw += "\n"
        elif tag in ("a", "span"):
            element = Element(tag, dict(attrs))
            self.rows[-1].cells[-1].elements.append(element)
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("a", "span"):
            self._open.pop()
        elif tag == "td":
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.rows[-1].cells[-1].raw += data
            for element in self._open:
                element.text += data


def row_of(html: str) -> Row:
    parsed = Rows(str(html))  # not `Markup`, whose operations escape what the parser adds
    assert "script" not in parsed.tags
    (row,) = parsed.rows
    assert "None" not in row.texts, row.texts
    return row


def event_row(event: dict[str, Any], article_id: str = "a1") -> Row:
    return row_of(article_event_row(event, 0, article_id, QUAD_CLASSES))


def chars(text: str, start: int) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text)}


def link(text: str, start: int) -> tuple[str, str]:
    return (f"#chars-{start}-{start + len(text)}", text)


CODED_EVENT: dict[str, Any] = {
    "id": "e7",
    "trigger": chars("boarded", 30),
    "source": [{**chars("coast guard officers", 4), "code": "NZLMIL", "name": None}],
    "target": [{**chars("a trawler", 38), "code": None, "name": None}],
    "cameo": "1711",
    "cameo_root": "17",
    "quad_class": 4,
    "goldstein": 0.0,
    "plover": {"type": "SEIZE", "mode": "vessel"},
    "modality": "asserted",
    "asserted_by": {**chars("the ministry", 70), "name": "Ministry of Fisheries", "actor": None},
    "date": {**chars("on Sunday", 50), "value": "2031-06-08", "granularity": "day"},
    "place": {**chars("Otago", 61), "name": "Otago", "country": "NZL", "source": "text"},
}


def test_an_event_shows_every_field_it_holds() -> None:
    event = {**CODED_EVENT, "date": {**CODED_EVENT["date"], "source": "text"}}
    row = event_row(event)
    assert row.attributes == {"id": "event-e7", "data-event": "0"}
    assert row.texts == [
        "boarded",
        "coast guard officers NZLMIL",
        "1711 SEIZE (vessel)\nmaterial conflict, Goldstein 0.0",
        "a trawler —",
        "asserted",
        "the ministry",
        "2031-06-08 text on Sunday",
        "Otago NZL Otago",
        "other outlets",
    ]
    trigger, source, _, target, _, asserted_by, date, place, story = row.cells
    assert trigger.links == [link("boarded", 30)]
    assert source.links == [link("coast guard officers", 4)]
    assert [span.text for span in source.spans("code")] == ["NZLMIL"]
    assert target.links == [link("a trawler", 38)] and target.spans("code") == []
    assert asserted_by.links == [link("the ministry", 70)]
    assert date.links == [link("on Sunday", 50)] and place.links == [link("Otago", 61)]
    assert story.links == [("/articles/a1/story#mention-e7", "other outlets")]


def test_an_uncoded_actor_shows_a_dash_that_says_so() -> None:
    actors = [
        {**chars("a trawler", 38), "code": None},
        chars("its owner", 90),  # no code field at all
        {**chars("two deckhands", 120), "code": ""},
        {**chars("the port authority", 140), "code": "NZLGOV"},
    ]
    target = event_row({**CODED_EVENT, "target": actors}).cells[3]
    assert target.text == "a trawler —\nits owner —\ntwo deckhands —\nthe port authority NZLGOV"
    assert [(s.text, s.attributes["title"]) for s in target.spans("uncoded")] == [
        ("—", "no code")
    ] * 3
    assert [span.text for span in target.spans("code")] == ["NZLGOV"]


def test_an_events_null_or_missing_fields_leave_their_cells_empty() -> None:
    bare = {
        **CODED_EVENT,
        "source": [],
        "target": [],
        "quad_class": None,
        "goldstein": None,
        "plover": {"type": None, "mode": None},
        "modality": None,
        "asserted_by": None,
        "date": None,
        "place": None,
    }
    assert event_row(bare).texts == ["boarded", "", "1711", "", "", "", "", "", "other outlets"]
    assert event_row({**bare, "plover": None, "cameo": None}).cells[2].text == ""
    missing = event_row({"id": "e8", "trigger": chars("boarded", 30)})
    assert missing.texts == ["boarded", "", "", "", "", "", "", "", "other outlets"]
    assert missing.cells[2].spans("code") == []  # no empty code box
    no_quad_class = event_row({**CODED_EVENT, "quad_class": None}).cells[2]
    assert no_quad_class.text == "1711 SEIZE (vessel)\nGoldstein 0.0"


def test_an_events_date_and_place_show_what_they_hold_and_link_only_to_characters() -> None:
    published = {"value": "2031-06-09", "granularity": "day", "source": "published"}
    published_spans = {**published, "text": None, "start": None, "end": None}
    unresolved = {**chars("one day soon", 12), "value": None, "granularity": None, "source": None}
    nothing_known = {"value": None, "granularity": None, "source": None}
    for date, shown, links in (
        (published, "2031-06-09 published", []),
        (published_spans, "2031-06-09 published", []),
        (unresolved, "unresolved one day soon", [link("one day soon", 12)]),
        (nothing_known, "unresolved", []),
    ):
        cell = event_row({**CODED_EVENT, "date": date}).cells[6]
        assert (cell.text, cell.links) == (shown, links), date
    unnamed_place = {"name": None, "country": None, "lat": None, "text": None, "start": None}
    nameless_at = {**chars("offshore", 80), "name": None, "country": "NZL"}
    for place, shown, links in (
        (unnamed_place, "", []),
        ({"name": "Dunedin", "country": None}, "Dunedin", []),
        (nameless_at, "NZL offshore", [link("offshore", 80)]),
    ):
        cell = event_row({**CODED_EVENT, "place": place}).cells[7]
        assert (cell.text, cell.links) == (shown, links), place
        assert all(span.text for span in cell.spans("code"))


def test_markup_in_records_shows_as_text() -> None:
    hostile = "<script>alert('x')</script>"
    event = {
        **CODED_EVENT,
        "id": 'e"9',
        "source": [{**chars(f"the {hostile} club", 4), "code": "<b>"}],
        "modality": "<i>asserted</i>",
    }
    row = event_row(event, article_id="a&<1>")
    assert row.cells[1].text == f"the {hostile} club <b>"
    assert row.cells[4].text == "<i>asserted</i>"
    assert row.attributes["id"] == 'event-e"9'
    assert row.cells[8].links == [('/articles/a&<1>/story#mention-e"9', "other outlets")]
    quote = row_of(quote_row({**chars(hostile, 5), "kind": "direct", "speaker": None}))
    assert quote.cells[3].links == [link(hostile, 5)]
    entity = row_of(entity_row({"name": hostile, "type": "ORG", "mentions": []}))
    assert entity.cells[0].text == hostile


def test_a_quotes_speaker_shows_by_name_with_a_code_where_it_has_one() -> None:
    quote = {**chars('"Nets will be checked"', 200), "kind": "direct", "cue": chars("added", 224)}
    named = {**chars("the inspector", 231), "name": "Mere Tane", "actor": "NZLGOV"}
    unnamed = {**chars("a skipper", 250), "name": None, "actor": None}
    for speaker, shown, links in (
        (named, "Mere Tane NZLGOV", [("#chars-231-244", "Mere Tane")]),
        (unnamed, "a skipper", [link("a skipper", 250)]),
        ({**unnamed, "name": "Hemi Pou"}, "Hemi Pou", [("#chars-250-259", "Hemi Pou")]),
        (None, "", []),
    ):
        row = row_of(quote_row({**quote, "speaker": speaker}))
        assert (row.cells[0].text, row.cells[0].links) == (shown, links), speaker
        assert len(row.cells[0].spans("code")) == (speaker is named)
        assert row.texts[1:] == ["direct", "added", '"Nets will be checked"']
    bare = row_of(quote_row({**chars("more checks", 300), "kind": None, "cue": None}))
    assert bare.texts == ["", "", "", "more checks"]


def test_an_entity_shows_its_name_type_code_and_linked_mentions() -> None:
    entity = {
        "name": "Ministry of Fisheries",
        "type": "ORG",
        "actor": "NZLGOV",
        "mentions": [chars("the ministry", 70), chars("it", 104)],
    }
    row = row_of(entity_row(entity))
    assert row.texts == ["Ministry of Fisheries", "ORG", "NZLGOV", "the ministry · it"]
    assert row.cells[3].links == [link("the ministry", 70), link("it", 104)]
    uncoded = row_of(entity_row({**entity, "type": None, "actor": None, "mentions": None}))
    assert uncoded.texts == ["Ministry of Fisheries", "", "", ""]
    assert uncoded.cells[2].spans("code") == []
    assert row_of(entity_row({})).texts == ["", "", "", ""]


def test_a_time_shows_its_value_or_that_it_is_unresolved_and_why() -> None:
    for time, shown in (
        ({**chars("on Sunday", 50), "type": "DATE", "value": "2031-06-08"}, "2031-06-08"),
        ({**chars("later", 99), "type": "DATE", "value": None, "reason": "no <anchor>"}, None),
        ({**chars("later", 99), "type": "DATE", "value": None, "reason": None}, "unresolved"),
        ({**chars("later", 99), "type": None, "value": ""}, "unresolved"),
    ):
        row = row_of(time_row(time))
        expected = shown or "unresolved: no <anchor>"
        assert row.texts == [time["text"], time["type"] or "", expected], time
        assert row.cells[0].links == [link(time["text"], time["start"])]


def test_a_place_shows_coordinates_only_where_it_has_both() -> None:
    place = {
        **chars("Otago", 61),
        "name": "Otago",
        "country": "NZL",
        "precision": "admin1",
        "role": "place",
        "lat": -45.0,
        "lon": 170.0,
    }
    assert row_of(place_row(place)).texts == [
        "Otago",
        "Otago",
        "NZL",
        "admin1",
        "place",
        "-45.0, 170.0",
    ]
    on_the_meridian = row_of(place_row({**place, "lat": 51.48, "lon": 0.0}))
    assert on_the_meridian.texts[5] == "51.48, 0.0"
    for partial in ({"lat": None, "lon": None}, {"lat": -45.0, "lon": None}, {"lat": None}):
        assert row_of(place_row({**place, **partial})).texts[5] == "", partial
    without_lat = dict(place)
    del without_lat["lat"]
    assert row_of(place_row(without_lat)).texts[5] == ""
    unresolved = {**chars("the reef", 140), "name": None, "country": None, "precision": None}
    row = row_of(place_row(unresolved))  # and no role field
    assert row.texts == ["the reef", "", "", "", "", ""]
    assert row.cells[0].links == [link("the reef", 140)] and row.cells[2].spans("code") == []


TEXT = (
    "The <script>alert(1)</script> crew walked off the Kea ferry at Picton on Monday. "
    '"We sail when the rota is fixed," a deckhand said. Talks resume in a while.'
)


def at(text: str) -> dict[str, Any]:
    return chars(text, TEXT.index(text))


def stored_analysis() -> dict[str, Any]:
    """An article with a record of each kind, every field the store lets be null left null."""
    crew = at("The <script>alert(1)</script> crew")
    return {
        "article": {
            "id": "kea1",
            "title": "Kea ferry crew walk off",
            "outlet": None,
            "url": None,
            "published": "2032-11-08",
            "language": "en",
            "text": TEXT,
            "news": None,
        },
        "entities": [
            {"id": "n1", "name": "Kea", "type": None, "actor": None, "mentions": [at("Kea")]}
        ],
        "events": [
            {
                "id": "k1",
                "sentence": 0,
                "trigger": at("walked off"),
                "source": [{**crew, "code": None, "name": None}],
                "target": [{**at("the Kea ferry"), "code": None, "name": None}],
                "cameo": "143",
                "cameo_root": "14",
                "quad_class": None,
                "goldstein": None,
                "plover": {"type": None, "mode": None},
                "modality": "asserted",
                "asserted_by": None,
                "mentions": [at("walked off")],
                "date": {"value": "2032-11-08", "granularity": "day", "source": "published"},
                "place": {
                    "name": None,
                    "lat": None,
                    "lon": None,
                    "country": None,
                    "admin1": None,
                    "precision": None,
                    "gazetteer_id": None,
                    "source": "text",
                    **at("Picton"),
                },
            }
        ],
        "quotes": [
            {
                **at('"We sail when the rota is fixed,"'),
                "kind": "direct",
                "speaker": {**at("a deckhand"), "name": None, "actor": None},
                "cue": at("said"),
            }
        ],
        "times": [{**at("in a while"), "type": "DURATION", "value": None, "reason": None}],
        "places": [
            {
                **at("Picton"),
                "name": None,
                "lat": None,
                "lon": None,
                "country": None,
                "admin1": None,
                "precision": None,
                "gazetteer_id": None,
            }
        ],
    }


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Rows:
    path = tmp_path_factory.mktemp("tables") / "tables.db"
    with Store(path) as store:
        assert store.add(Analysis.from_dict(stored_analysis()))
    with open_read_only(path) as store:
        answer = TestClient(create_app(store)).get("/articles/kea1")
    assert answer.status_code == 200
    tables = answer.text[answer.text.index('<table class="records events-records">') :]
    return Rows(tables[: tables.index('<script type="application/json"')])


def test_a_stored_records_null_fields_show_as_empty_cells(page) -> None:
    assert "script" not in page.tags
    event, quote, entity, time, place = page.rows[1::2]  # each table's header row, then its row
    assert event.texts == [
        "walked off",
        "The <script>alert(1)</script> crew —",
        "143",
        "the Kea ferry —",
        "asserted",
        "",
        "2032-11-08 published",
        "Picton",
        "other outlets",
    ]
    assert quote.texts == ["a deckhand", "direct", "said", '"We sail when the rota is fixed,"']
    assert entity.texts == ["Kea", "", "", "Kea"]
    assert time.texts == ["in a while", "DURATION", "unresolved"]
    assert place.texts == ["Picton", "", "", "", "place", ""]
    for row in page.rows[1::2]:
        for cell in row.cells:
            for href, shown in cell.links:
                if href.startswith("#chars-"):
                    start, end = map(int, href.removeprefix("#chars-").split("-"))
                    assert TEXT[start:end] == shown
