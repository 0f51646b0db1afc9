"""An article's text with its records marked: the spans of each layer (entities, event
triggers and their parties, quotes and speakers, times, places, quantities, and the triggers
of the events the event filter withheld) as elements the page can show, hide and link to.

Spans overlap (a place inside a quote, an actor inside a trigger's sentence), so the text is
cut at every span boundary and each piece lists every mark covering it: `data-marks` holds
the marks' keys, so the pieces of one mark joined give back exactly its characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any, NamedTuple

from markupsafe import Markup

LAYERS = ("entities", "events", "quotes", "times", "places", "quantities", "withheld")
"""The layers a reader toggles, in the order of their switches."""


class Mark(NamedTuple):
    """A span of one record: its layer, its role in the record, a key naming the record and
    role (what `data-marks` lists) and a label (the tooltip). A named tuple, not a frozen
    dataclass: an article page makes a few hundred, and a frozen dataclass's `__init__`
    (an `object.__setattr__` a field) was a third of finding an article's marks."""

    layer: str
    role: str
    key: str
    start: int
    end: int
    label: str

    def as_dict(self) -> dict[str, Any]:
        """Its JSON form, the fields in order (what `dataclasses.asdict` wrote, which
        deep-copied every field: most of a story page's CPU over its mentions' marks)."""
        return {
            "layer": self.layer,
            "role": self.role,
            "key": self.key,
            "start": self.start,
            "end": self.end,
            "label": self.label,
        }


def _span(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("start"), int)
        and isinstance(value.get("end"), int)
        and value["end"] > value["start"]
    )


def _entity_marks(entities: list[dict[str, Any]]) -> Iterator[Mark]:
    for number, entity in enumerate(entities):
        label = f"{entity['name']} · {entity['type']} · {entity.get('actor') or 'no code'}"
        for mention in entity.get("mentions") or []:
            if _span(mention):
                yield Mark("entities", "entity", f"entity-{number}", *_at(mention), label)


def _event_marks(events: list[dict[str, Any]]) -> Iterator[Mark]:
    for number, event in enumerate(events):
        yield from event_marks(event, f"event-{number}")


def event_marks(event: dict[str, Any], key: str) -> Iterator[Mark]:
    """The spans of one event record: trigger, source and target actors, date, place, who
    asserted it, and its other mentions in the article; `key` names the event."""
    plover = (event.get("plover") or {}).get("type") or "no PLOVER type"
    label = f"{event['cameo']} {plover} · {event['modality']}"
    if _span(event.get("trigger")):
        yield Mark("events", "trigger", key, *_at(event["trigger"]), label)
    for role in ("source", "target"):
        for actor in event.get(role) or []:
            if _span(actor):
                code = actor.get("code") or "no code"
                yield Mark("events", role, f"{key}-{role}", *_at(actor), f"{role}: {code}")
    for role, value, what in (
        ("date", event.get("date"), lambda date: f"date: {date.get('value')}"),
        ("place", event.get("place"), lambda place: f"place: {place.get('name')}"),
        ("asserted-by", event.get("asserted_by"), lambda who: f"asserted by {who['text']}"),
    ):
        if _span(value):
            yield Mark("events", role, f"{key}-{role}", *_at(value), what(value))
    for mention in event.get("mentions") or []:
        if _span(mention):
            yield Mark("events", "mention", f"{key}-mention", *_at(mention), "mention")


def _quote_marks(quotes: list[dict[str, Any]]) -> Iterator[Mark]:
    for number, quote in enumerate(quotes):
        key = f"quote-{number}"
        speaker = quote.get("speaker") or {}
        who = speaker.get("name") or speaker.get("text") or "no speaker"
        if _span(quote):
            yield Mark("quotes", "quote", key, *_at(quote), f"{quote['kind']} quote · {who}")
        if _span(speaker):
            yield Mark("quotes", "speaker", f"{key}-speaker", *_at(speaker), f"speaker: {who}")
        if _span(quote.get("cue")):
            yield Mark("quotes", "cue", f"{key}-cue", *_at(quote["cue"]), "cue")


def _time_marks(times: list[dict[str, Any]]) -> Iterator[Mark]:
    for number, time in enumerate(times):
        if _span(time):
            value = time.get("value") or f"unresolved ({time.get('reason') or 'no reason'})"
            label = f"{time['type']} = {value}"
            yield Mark("times", "time", f"time-{number}", *_at(time), label)


def _place_marks(places: list[dict[str, Any]]) -> Iterator[Mark]:
    for number, place in enumerate(places):
        if _span(place):
            where = ", ".join(filter(None, (place.get("name"), place.get("country"))))
            label = f"{where or 'unresolved'} ({place.get('precision') or '?'}, {place['role']})"
            yield Mark("places", "place", f"place-{number}", *_at(place), label)


def _quantity_marks(quantities: list[dict[str, Any]]) -> Iterator[Mark]:
    for number, quantity in enumerate(quantities):
        if _span(quantity):
            label = f"value {quantity.get('value')} {quantity.get('unit') or ''}".strip()
            yield Mark("quantities", "quantity", f"quantity-{number}", *_at(quantity), label)


def _withheld_marks(withheld: list[dict[str, Any]]) -> Iterator[Mark]:
    for number, event in enumerate(withheld):
        if _span(event.get("trigger")):
            why = event.get("reason") or (
                f"probability {event.get('probability')} < threshold {event.get('threshold')}"
            )
            label = f"withheld: {event.get('plover_type') or 'no PLOVER type'} · {why}"
            yield Mark("withheld", "withheld", f"withheld-{number}", *_at(event["trigger"]), label)


MARKERS = {
    "entities": _entity_marks,
    "events": _event_marks,
    "quotes": _quote_marks,
    "times": _time_marks,
    "places": _place_marks,
    "quantities": _quantity_marks,
    "withheld": _withheld_marks,
}
"""Each layer's marks, read from its records (`layer_records`)."""


def layer_records(analysis: dict[str, Any], layer: str) -> list[dict[str, Any]]:
    """The records a layer marks: the analysis's list of the same name, but for the withheld
    events, which the news judgement on the article carries (none in records stored before
    the filter recorded them)."""
    if layer == "withheld":
        return (analysis["article"].get("news") or {}).get("withheld") or []
    return analysis.get(layer) or []


def escaped(text: str) -> str:
    """`text` escaped as markupsafe's `escape` escapes it (the same characters, the same
    entities), as a plain string: a marked article escapes a few thousand pieces, and the
    `Markup` object made for each was a tenth of its page."""
    return (
        text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


def _at(span: dict[str, Any]) -> tuple[int, int]:
    return span["start"], span["end"]


def span_link(value: dict[str, Any] | None, text: str | None = None) -> Markup:
    """A link to the characters a field came from (clicking it highlights them in the
    text), showing `text` or the span's own; a field without both offsets (a date read
    from the publication day, a record written without them) shows as text, and a field
    without text as nothing. A function, not a template macro: an article page links a few
    hundred fields, and a macro call costs Jinja ten times more."""
    if not value:
        return Markup("")
    start, end = value.get("start"), value.get("end")
    shown = escaped(str(text or value.get("text") or ""))
    if type(start) is not int or type(end) is not int:
        return Markup(shown)
    return Markup(
        f'<a class="span-link" href="#chars-{start}-{end}" data-start="{start}" '
        f'data-end="{end}">{shown}</a>'
    )


def marks_of(analysis: dict[str, Any]) -> list[Mark]:
    return [mark for layer in LAYERS for mark in MARKERS[layer](layer_records(analysis, layer))]


def marked_text(analysis: dict[str, Any]) -> Markup:
    """The article text as HTML: plain (escaped) text where nothing is marked, a <span> per
    piece covered by marks, with the covering layers and roles as classes."""
    text = analysis["article"]["text"]
    return marked_passage(text, 0, [mark for mark in marks_of(analysis) if mark.end <= len(text)])


def _escaped_each(texts: list[str]) -> list[str]:
    """Each text `escaped`: joined by a character no text holds, escaped as one string (five
    replacements in all, not five for each of the few hundred pieces, keys and labels of a
    marked article), split again; one by one where a text holds that character."""
    joined = "\0".join(texts)
    if not texts or joined.count("\0") != len(texts) - 1:
        return [escaped(text) for text in texts]
    return escaped(joined).split("\0")


def marked_passage(passage: str, offset: int, marks: list[Mark]) -> Markup:
    """A passage of an article (its text from character `offset` on) as HTML, marked like
    `marked_text`; marks count characters in the article, and only those inside the passage
    show. Each piece's `data-start` and `data-end` are article characters.

    One sweep over the cuts keeps the marks open at each piece (a long article has
    hundreds of pieces and marks: testing every mark on every piece was most of a page).
    The pieces, keys and labels are escaped together (`_escaped_each`; escaping changes
    each character alone, so the joined escapes are the escaped join), and each set of
    marks' attributes is written once, however many pieces it covers."""
    end_of_passage = offset + len(passage)
    inside = [mark for mark in marks if offset <= mark.start and mark.end <= end_of_passage]
    keys = _escaped_each([mark.key for mark in inside])
    labels = _escaped_each([mark.label for mark in inside])
    classes_of = [(f"m-{mark.layer}", f"r-{mark.role}") for mark in inside]
    class_texts: dict[frozenset[str], str] = {}
    tags: dict[frozenset[int], tuple[str, str]] = {}
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for number, mark in enumerate(inside):
        opening.setdefault(mark.start, []).append(number)
        closing.setdefault(mark.end, []).append(number)
    cuts = sorted({offset, end_of_passage, *opening, *closing})
    texts = _escaped_each([passage[start - offset : end - offset] for start, end in pairwise(cuts)])
    open_marks: set[int] = set()
    pieces = []
    for (start, end), piece in zip(pairwise(cuts), texts, strict=True):
        open_marks.difference_update(closing.get(start, ()))
        open_marks.update(opening.get(start, ()))
        if not open_marks:
            pieces.append(piece)
            continue
        covered_by = frozenset(open_marks)
        tag = tags.get(covered_by)
        if tag is None and len(covered_by) == 1:
            (number,) = covered_by
            class_text = escaped(" ".join(sorted(set(classes_of[number]))))
            tag = tags[covered_by] = (
                f'<span class="piece {class_text}" data-start="',
                f'" data-marks="{keys[number]}" title="{labels[number]}">',
            )
        elif tag is None:
            covering = sorted(covered_by)
            classes = frozenset(name for number in covering for name in classes_of[number])
            class_text = class_texts.get(classes)
            if class_text is None:
                class_text = class_texts[classes] = escaped(" ".join(sorted(classes)))
            marked = " ".join(dict.fromkeys(keys[number] for number in covering))
            title = "\n".join(dict.fromkeys(labels[number] for number in covering))
            tag = tags[covered_by] = (
                f'<span class="piece {class_text}" data-start="',
                f'" data-marks="{marked}" title="{title}">',
            )
        pieces.append(f'{tag[0]}{start}" data-end="{end}{tag[1]}{piece}</span>')
    return Markup("".join(pieces))
