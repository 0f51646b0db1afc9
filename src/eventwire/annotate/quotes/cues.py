"""Cues as the parse shows them: which tokens are cue words, and the dependency labels that
link a cue to its content and its speaker, shared by every pass."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.codebooks.quotes import speech_cues
from eventwire.records import Span

CONTENT_DEPS = {"ccomp", "parataxis"}
"""Dependencies from a cue verb to what was said."""

SUBJECT_DEPS = {"nsubj", "nsubjpass"}

SET_OFF_MARKS = {",", "—", "–", "--"}
"""What sets a cue and its subject off inside the clause they report ('The pier, Ruiz said, is')."""


def cue_lemma(token: Token) -> str:
    """The verb's row in the cue book: a verb with a particle is its particle verb ('laid
    out', 'came out against' read as 'lay out', 'come out'), a cue only when the book has
    that row: 'backed up', 'found out', 'wrote off' are not 'back', 'find', 'write'."""
    lemma = token.lemma_.lower()
    cues = speech_cues()
    phrasals = [f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prt"]
    if phrasals:
        return next((phrasal for phrasal in phrasals if phrasal in cues.verbs), phrasals[0])
    return lemma if lemma in cues.verbs else cues.lemma_of_form.get(token.lower_, lemma)


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every lemma or form that can start a cue: only tokens spelled so are read as cues."""
    cues = speech_cues()
    return frozenset().union(
        (verb.split()[0] for verb in cues.verbs),
        cues.lemma_of_form,
        cues.nouns,
        cues.adjectives,
        cues.holders,
        cues.adverbs,
        (phrase[0] for phrase in cues.phrases),
        cues.openings,
        *cues.sources.values(),
    )


def is_cue_verb(token: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """A speech verb used as a verb: not the adjective in 'so-called' or 'the said agreement'."""
    return (
        token.pos_ in ("VERB", "AUX")
        and cue_lemma(token) in verbs
        and token.dep_ not in ("amod", "compound")
    )


def adjective_row(token: Token, adjectives: dict[str, frozenset[str]]) -> str | None:
    """The cue adjective a token is: an adjective ('is confident that'), or a participle the
    parse reads as a verb after a copula or as a passive with no agent ('is convinced that',
    'were worried about'); 'was convinced by the minister to ...' stays the verb's."""
    if token.pos_ == "ADJ":
        lemma = token.lemma_.lower()
        return lemma if lemma in adjectives else None
    if token.tag_ != "VBN" or token.lower_ not in adjectives:
        return None
    links = {c.dep_ for c in token.children}
    copular = token.dep_ == "acomp"
    return token.lower_ if copular or ("auxpass" in links and "agent" not in links) else None


def is_set_off_participle(token: Token) -> bool:
    """'said the pier was safe, adding that ...', '"The pier is safe," adding ...': an -ing
    clause after a comma (inside a closing quote mark or not) that the parse hung on the
    content's verb; it is the speaker's next act, none of what the content says."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj") or token.head.tag_ == "VBG":
        return False
    start = token.left_edge.i
    doc = token.doc
    if start > 1 and doc[start - 1].is_quote:
        start -= 1
    return start > 0 and doc[start - 1].text == ","


def cue_span(text: str, verb: Token) -> Span:
    parts = [verb, *(c for c in verb.children if c.dep_ == "prt")]
    start = min(t.idx for t in parts)
    end = max(t.idx + len(t) for t in parts)
    return Span.of(text, start, end)
