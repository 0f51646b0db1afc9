"""The article page's marked text and field links, built in Python for speed, against what
they stand for: each piece lists exactly the marks covering it, in the records' order,
its text escaped; a field links to its characters only where it has them."""

from __future__ import annotations

from itertools import pairwise

from markupsafe import Markup, escape

from eventwire.server.app import templates
from eventwire.server.layers import Mark, marked_passage, span_link

TEXT = 'Officials said "the <port> & the bay" were shut; O\'Neil agreed.'
MARKS = [
    Mark("quotes", "quote", "quote-0", 15, 37, 'direct quote · "Officials"'),
    Mark("places", "place", "place-0", 20, 26, "Port <x> (city, location)"),
    Mark("places", "place", "place-1", 33, 36, "bay & co"),
    Mark("entities", "entity", "entity-0", 0, 9, "Officials · ORG"),
    Mark("events", "trigger", "event-0", 10, 14, "010 · asserted"),
    Mark("events", "source", "event-0-source", 0, 9, "source: GOV"),
    Mark("entities", "entity", "entity-1", 49, 55, "O'Neil"),
    Mark("events", "trigger", "event-1", 56, 63, "agreed"),
    Mark("events", "mention", "event-0-mention", 15, 37, "mention"),
]


def reference(passage: str, offset: int, marks: list[Mark]) -> str:
    """The marked passage by its definition: every piece between two cuts, with every mark
    inside the passage that covers it."""
    end_of_passage = offset + len(passage)
    inside = [m for m in marks if offset <= m.start and m.end <= end_of_passage]
    cuts = sorted({offset, end_of_passage, *(m.start for m in inside), *(m.end for m in inside)})
    pieces = []
    for start, end in pairwise(cuts):
        covering = [m for m in inside if m.start <= start and end <= m.end]
        piece = escape(passage[start - offset : end - offset])
        if not covering:
            pieces.append(str(piece))
            continue
        classes = sorted({f"m-{m.layer}" for m in covering} | {f"r-{m.role}" for m in covering})
        keys = " ".join(dict.fromkeys(m.key for m in covering))
        title = "\n".join(dict.fromkeys(m.label for m in covering))
        pieces.append(
            str(
                Markup(
                    '<span class="piece {}" data-start="{}" data-end="{}" data-marks="{}" '
                    'title="{}">{}</span>'
                ).format(" ".join(classes), start, end, keys, title, piece)
            )
        )
    return "".join(pieces)


def test_marked_text_lists_the_marks_covering_each_piece() -> None:
    assert str(marked_passage(TEXT, 0, MARKS)) == reference(TEXT, 0, MARKS)
    assert "&lt;port&gt; &amp; the bay" not in marked_passage(TEXT, 0, MARKS)  # cut at marks
    assert "&lt;port&gt;" in marked_passage(TEXT, 0, MARKS)
    assert "O&#39;Neil" in marked_passage(TEXT, 0, MARKS)
    for offset in (0, 10, 15, 30):  # a passage: marks outside it do not show
        passage = TEXT[offset:]
        assert str(marked_passage(passage, offset, MARKS)) == reference(passage, offset, MARKS)
    assert str(marked_passage(TEXT, 0, [])) == str(escape(TEXT))
    assert str(marked_passage(TEXT, 0, list(reversed(MARKS)))) == reference(
        TEXT, 0, list(reversed(MARKS))
    )
    held = TEXT.replace("the bay", "the\0bay")  # the character the pieces are escaped joined by
    assert str(marked_passage(held, 0, MARKS)) == reference(held, 0, MARKS)


def test_a_field_links_to_its_characters_only_where_it_has_them() -> None:
    linked = '<a class="span-link" href="#chars-3-9" data-start="3" data-end="9">{}</a>'
    span = {"start": 3, "end": 9, "text": "<b>Kyiv</b> & \"co\" 'x'"}
    for value, text, expected in (
        (span, None, linked.format("&lt;b&gt;Kyiv&lt;/b&gt; &amp; &#34;co&#34; &#39;x&#39;")),
        (span, "", linked.format("&lt;b&gt;Kyiv&lt;/b&gt; &amp; &#34;co&#34; &#39;x&#39;")),
        (span, "Minister <Ana>", linked.format("Minister &lt;Ana&gt;")),
        ({"start": 3, "end": 9, "text": None}, None, linked.format("")),
        ({"start": None, "end": 4, "text": "no start"}, None, "no start"),
        ({"start": 2, "end": None, "text": None}, "Minister <Ana>", "Minister &lt;Ana&gt;"),
        ({"start": 2, "end": None, "text": None}, None, ""),
        ({"text": "no characters"}, None, "no characters"),
        ({"start": "3", "end": "9", "text": "not offsets"}, None, "not offsets"),
        ({}, "Minister <Ana>", ""),
        (None, "Minister <Ana>", ""),
    ):
        assert str(span_link(value, text)) == expected, (value, text)
        shown = templates.from_string("{{ value|span(text) }}").render(value=value, text=text)
        assert shown == expected, (value, text)


def test_a_marks_json_form_is_every_field_in_order() -> None:
    """A story mention's JSON lists its marks in this form (`Mark.as_dict`): every field,
    in order."""
    for mark in MARKS:
        assert list(mark.as_dict().items()) == list(zip(Mark._fields, mark, strict=True))
