"""Views of one parse that several stages read, built once and kept in the parse's `user_data`.

spaCy rebuilds on every access what these keep: `Doc.text` joins every token, `Doc.ents`
makes new spans, and each `doc[i]` or pass over the doc makes new Token objects. Those
rebuilds were about a third of the stages' cost. `analyze_parsed` seeds the views with the
article text and releases them (every `user_data` key under `VIEW_PREFIX`) when the stages
are done, so no parse outlives its analysis through them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, TypeVar

import numpy
from spacy.attrs import DEP, HEAD, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.records import Place, TimeExpr

VIEW_PREFIX = "eventwire."
"""Prefix of every key a stage caches in `Doc.user_data`."""

TEXT_KEY = VIEW_PREFIX + "text"

View = TypeVar("View")


def cached(parse: Doc, key: str, build: Callable[[Doc], View]) -> View:
    """The view stored under `key`, built on first use."""
    found = parse.user_data.get(key)
    if found is None:
        found = parse.user_data[key] = build(parse)
    return found


def start_views(parse: Doc, text: str) -> None:
    """Seed the views with what the caller already holds: the text the parse was made from."""
    parse.user_data[TEXT_KEY] = text


def release_views(parse: Doc) -> None:
    for key in [key for key in parse.user_data if str(key).startswith(VIEW_PREFIX)]:
        del parse.user_data[key]


def text_of(parse: Doc) -> str:
    return cached(parse, TEXT_KEY, lambda doc: doc.text)


def tokens_of(parse: Doc) -> list[Token]:
    """The parse's tokens as one list, made once; `tokens_of(parse)[i]` is `parse[i]`."""
    return cached(parse, "eventwire.tokens", list)


def entities_of(parse: Doc) -> tuple[Span, ...]:
    return cached(parse, "eventwire.entities", lambda doc: tuple(doc.ents))


def lower_words(parse: Doc) -> list[str]:
    """Each token's lower-case form, by token index."""

    def build(doc: Doc) -> list[str]:
        strings = doc.vocab.strings
        return [strings[key] for key in doc.to_array(LOWER).tolist()]

    return cached(parse, "eventwire.lower_words", build)


def span_at(parse: Doc, start: int, end: int) -> Span | None:
    """`parse.char_span(start, end, alignment_mode="expand")`, remembered per offsets: event
    dates and places look up the same time and place spans once per event."""
    spans: dict[tuple[int, int], Any] = cached(parse, "eventwire.spans", lambda doc: {})
    key = (start, end)
    if key not in spans:
        spans[key] = parse.char_span(start, end, alignment_mode="expand")
    return spans[key]


def indices_spelled(parse: Doc, attributes: tuple[int, ...], words: Collection[str]) -> list[int]:
    """Indices of the tokens where any of `attributes` (e.g. LEMMA, LOWER), lower-cased, is
    one of `words`: one array scan, and one string lookup per distinct value, not per token."""
    values = parse.to_array(list(attributes)).reshape(len(parse), len(attributes))
    strings = parse.vocab.strings
    known = [value for value in numpy.unique(values).tolist() if strings[value].lower() in words]
    return numpy.flatnonzero(numpy.isin(values, known).any(axis=1)).tolist()


def heads_of(parse: Doc, relations: Collection[str]) -> list[int]:
    """Indices of the heads of the tokens attached by one of `relations`, in token order."""
    rows = parse.to_array([DEP, HEAD]).astype(numpy.int64)
    ids = [get_string_id(relation) for relation in relations]
    attached = numpy.flatnonzero(numpy.isin(rows[:, 0], ids))
    return (attached + rows[attached, 1]).tolist()


MAX_PHRASE_TOKENS = 250
"""The widest phrase a word may head and still be read: far longer than any sentence of news.
A wider one is a run-on parse of something else (a list, a dump, a quote mark repeated);
reading its clause, or only its children (spaCy finds them by walking the whole phrase), for
every cue or reporting verb in it would cost the square of its length."""


def is_run_on(token: Token) -> bool:
    """Whether the token heads a phrase wider than `MAX_PHRASE_TOKENS`: nothing to read there."""
    return token.right_edge.i - token.left_edge.i >= MAX_PHRASE_TOKENS


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a verb with a tense of its own, a modal's included ("said", "says", "will")."""


def written_in(record: Place | TimeExpr, sentence: Span) -> bool:
    """Whether a place or time expression is written in the sentence (starts in it)."""
    return sentence.start_char <= record.start < sentence.end_char


def auxiliaries_of(clause: Token) -> list[Token]:
    """The auxiliaries a clause's verb carries ("has", "been", "would"): where its tense is."""
    return [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]


def is_perfect(verb: Token) -> bool:
    """Whether a verb is in the perfect, its auxiliary "have" ("has often shelled", "to have
    fled"): a state or a past reached, not the act itself told."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def by_agents(verb: Token, also: frozenset[str] = frozenset()) -> list[Token]:
    """A passive's "by" agents ("arrested by police"), and the objects of the prepositions
    `also` names ("destroyed in the fire")."""
    return [
        inner
        for child in verb.children
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in also)
        for inner in child.children
        if inner.dep_ == "pobj"
    ]


def is_infinitive(token: Token) -> bool:
    """A verb with its own "to" before it ("to endorse")."""
    return any(c.tag_ == "TO" and c.i < token.i for c in token.children)


QUOTE_CHARACTERS = "\"'`“”‘’«»"


def ends_with_question_mark(last: Token) -> bool:
    """Whether a stretch ending at `last` ends with a question mark, past the quote marks and
    line breaks after it ('What now?" he asked', 'Is it over?\n'). The stages' one question
    test: the parser tags a closing quote several ways, and spaces may trail a sentence."""
    while last.i > last.sent.start and (last.is_space or not last.text.strip(QUOTE_CHARACTERS)):
        last = last.nbor(-1)
    return last.text.rstrip(QUOTE_CHARACTERS).endswith("?")


QUESTION_RELATIONS = ("mark", "advmod", "nsubj", "dobj", "nsubjpass", "attr")
"""How a question word hangs on its clause: "whether", "if" (mark), "how", "why" (advmod),
"who" (subject), "what" (object)."""

QUOTE_TAGS = frozenset({"``", "''"})
"""The tags of opening and closing quotation marks, whatever marks the text uses."""


def is_question(clause: Token, markers: frozenset[str]) -> bool:
    """Whether a complement is a question, which names no act asked for: an indirect one
    ("asked whether he would", "asked which states he could win", "asked what a fair deal
    looks like": a question word opens it, not one of a condition inside it, "asked them, if
    they can, to leave") or a direct one ("'Will you resign?' he asked")."""
    opening = clause.left_edge
    while opening.tag_ in QUOTE_TAGS and opening.i < clause.i:
        opening = opening.nbor()
    return (
        any(
            child.i < clause.i
            and child.dep_ in QUESTION_RELATIONS
            and (
                child.lower_ in markers
                or any(d.dep_ == "det" and d.lower_ in markers for d in child.children)
            )
            for child in clause.children
        )
        or (opening.lower_ in markers and not opens_condition(opening, clause))
        or ends_with_question_mark(clause.right_edge)
    )


def opens_condition(word: Token, clause: Token) -> bool:
    """Whether the word hangs on the clause through an adverbial clause ("if they can"), or an
    auxiliary the parser took it for ("asked them, if it could, to leave": "could")."""
    while word != clause and word.head != word:
        if word.dep_ in ("advcl", "aux"):
            return True
        word = word.head
    return False


def is_question_sentence(token: Token) -> bool:
    """Whether the token's sentence ends with a question mark."""
    return ends_with_question_mark(token.sent[-1])


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts `token` is one of ("angry with the shift and [the
    offensive]": the shift), which holds the relation to the rest of the sentence."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
