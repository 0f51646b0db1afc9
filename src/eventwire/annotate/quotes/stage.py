"""The quotes stage: the passes run in order over one parse, and their attributions made into
`Quote` records whose speakers carry the name and actor the entity stage found for them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.annotate.actors import code_of
from eventwire.annotate.parse_views import span_at
from eventwire.annotate.quotes.attribution import Attribution
from eventwire.annotate.quotes.clutter import clutter_spans, in_clutter
from eventwire.annotate.quotes.marks import QuotedSpans, find_quoted_spans
from eventwire.annotate.quotes.parse_cues import attribute_by_parse
from eventwire.annotate.quotes.patterns import attribute_headline, attribute_transcript
from eventwire.annotate.quotes.unattributed import attribute_by_window
from eventwire.codebooks.quotes import quote_words
from eventwire.headline_case import first_line_end
from eventwire.records import Analysis, Entity, Quote, Speaker

PRONOUN_TAGS = {"PRP", "WP"}


def find_quotes(parse: Doc, analysis: Analysis) -> list[Quote]:
    text = analysis.article.text
    headline_end = first_line_end(text) if analysis.article.title else -1
    clutter = clutter_spans(text)
    quoted = outside_clutter(find_quoted_spans(text, headline_end), clutter)
    headline = attribute_headline(parse, text, headline_end)
    attributions = attribute_transcript(parse, text, headline_end)
    # a headline no headline pattern reads is parsed like the body ('Union endorses Ruiz')
    attributions += attribute_by_parse(parse, text, quoted, headline_end if headline else -1)
    attributions += attribute_by_window(parse, text, quoted, attributions)
    if headline:
        attributions.append(headline)
    attributions = [a for a in attributions if not a.nested or is_held(a, attributions)]
    attributions = [a for a in attributions if not in_clutter(clutter, anchor_of(a))]
    quotes = [
        Quote(
            text=text[start:end],
            start=start,
            end=end,
            kind=attribution.kind,
            speaker=speaker_of(attribution, analysis, text),
            cue=attribution.cue,
            cue_class=attribution.cue_class,
        )
        for attribution in attributions
        for start, end in attribution.pieces
        if end > start
    ]
    return sorted(quotes, key=lambda q: (q.start, q.end, q.kind))


def outside_clutter(quoted: QuotedSpans, clutter: list[tuple[int, int]]) -> QuotedSpans:
    """Quoted spans outside publishers' notes and markup: '<tweet author="@ruiz" id="7566">'
    puts a tag's values in quote marks, which are no quote; left among the quoted spans, the
    window passes handed them to the nearest cue as pieces of its content."""
    return QuotedSpans([span for span in quoted if not in_clutter(clutter, span.start)])


def anchor_of(attribution: Attribution) -> int:
    """Where an attribution is told: its cue, or its content when it has none."""
    if attribution.cue is not None:
        return attribution.cue.start
    return min((start for start, _ in attribution.pieces), default=-1)


def is_held(nested: Attribution, attributions: list[Attribution]) -> bool:
    """Whether a report found inside quote marks lies, cue and content, in a quote someone is
    given: one in marks no attribution claimed is no quote, so neither is what it reports."""
    cue = nested.cue
    return cue is not None and any(
        not other.nested
        and any(
            start <= cue.start < end and all(start <= s and e <= end for s, e in nested.pieces)
            for start, end in other.pieces
        )
        for other in attributions
    )


def speaker_of(attribution: Attribution, analysis: Analysis, text: str) -> Speaker | None:
    """The span naming the speaker, and the canonical name and actor the entity stage gave it."""
    if attribution.speaker is None:
        return None
    start, end = attribution.speaker
    head = attribution.speaker_head
    entity = None
    if head is not None:
        name_tokens = [head]
        if head.pos_ == "PROPN":
            name_tokens += [c for c in head.children if c.dep_ in ("compound", "flat")]
        entity = analysis.entity_at(
            min(t.idx for t in name_tokens), max(t.idx + len(t) for t in name_tokens)
        )
    span_text = text[start:end]
    if entity is not None and head is not None and not names_word(entity, head):
        name, actor = strip_determiner(span_text), entity.actor  # 'White House spokesman'
    elif entity is not None:
        name, actor = entity.name, entity.actor
    elif head is not None and head.tag_ in PRONOUN_TAGS:
        name, actor = None, None
    else:
        name, actor = strip_determiner(span_text), role_phrase_code(head, start, end, analysis)
    return Speaker(name=name, text=span_text, start=start, end=end, actor=actor)


def role_phrase_code(head: Token | None, start: int, end: int, analysis: Analysis) -> str | None:
    """The actor code of a speaker named by a role, not a name ("the Turkish navy spokesman"),
    as event arguments are coded."""
    if head is None:
        return None
    words = span_at(head.doc, start, end)
    if words is None:
        return None
    return code_of(head.doc, head, words.start, words.end, analysis.article.published)


def names_word(entity: Entity, word: Token) -> bool:
    """Whether a mention of the entity holds the word: a title's head ('Chief' in 'Navy
    Chief') is someone of that body, not the body."""
    return any(m.start <= word.idx < m.end for m in entity.mentions)


def strip_determiner(name: str) -> str:
    for determiner in quote_words().determiners:
        for prefix in (f"{determiner} ", f"{determiner.capitalize()} "):
            if name.startswith(prefix):
                return name[len(prefix) :]
    return name
