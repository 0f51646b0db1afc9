"""Who holds what a cue attributes: the subject, owner or agent the parse gives the cue, and
the noun phrase that names them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.annotate.quotes.cues import CONTENT_DEPS, SUBJECT_DEPS, is_cue_verb
from eventwire.annotate.quotes.marks import QuotedSpan, QuotedSpans
from eventwire.codebooks.quotes import CueBook, quote_words, speech_cues

CLIMB_DEPS = {"advcl", "xcomp", "pcomp", "conj", "prep", "acl"}
"""A cue without its own subject ("..., adding that", "quoted as saying") takes its governor's."""

SPEAKER_ENTITY_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
"""Named-entity types that can own a cue noun as a compound ('a Harbour Times report')."""

SPEAKER_STOP_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj"}


def subject_of(verb: Token, quoted: QuotedSpans) -> Token | None:
    """The cue's subject, or its governor's; never a word inside a quote the cue is outside of
    ('"... Full panic mode," said Ruiz': the parse gives 'said' two subjects)."""
    around_verb = quoted.containing(verb.idx)
    current = verb
    for _ in range(4):
        subjects = [
            c
            for c in current.children
            if c.dep_ in SUBJECT_DEPS and all(q in around_verb for q in quoted.containing(c.idx))
        ]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return None
        if current.dep_ == "conj" and current.head.dep_ in CONTENT_DEPS:
            if not is_cue_verb(current, speech_cues().verbs):
                return None
            current = current.head  # 'said it was opposed and warned ...': see reports_apart
        current = current.head
    return None


def speaker_range_of(head: Token) -> tuple[int, int]:
    """The noun phrase naming the speaker, without appositives or relative clauses."""
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in SPEAKER_STOP_DEPS:
            break
        right = child.right_edge.i
    doc = head.doc
    while left < head.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def owner_of(noun: Token) -> Token | None:
    """Whose claim or decision it is: 'his claim', 'the council's decision', 'support from X',
    'a decision by X', 'a Harbour Times report'; in 'Ruiz claims that ...' read as a noun
    phrase, the name before it."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and (
            noun.dep_ == "ROOT"  # 'The council plans to ...' read as a noun phrase
            or (child.pos_ == "PROPN" and child.ent_type_ in SPEAKER_ENTITY_TYPES)
        ):
            return child  # 'a New York Times report that ...'
        if child.dep_ in ("prep", "agent") and child.lower_ in quote_words().owner_prepositions:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def holder_of_adjective(adjective: Token, cues: CueBook) -> Token | None:
    """Who is confident or worried: the subject, the maker in 'X made it clear', the owner of
    a cue noun ('his message was clear'); no one in 'it is clear that'."""
    carrier = adjective.head if adjective.dep_ == "acomp" else adjective
    subjects = [c for c in carrier.children if c.dep_ in SUBJECT_DEPS]
    subject = subjects[0] if subjects else None
    if subject is not None and subject.lemma_.lower() in cues.nouns:
        return owner_of(subject)
    if subject is None or subject.lower_ in quote_words().empty_subjects:
        if adjective.dep_ in ("ccomp", "oprd") and adjective.head.lemma_ == "make":
            return next((c for c in adjective.head.children if c.dep_ in SUBJECT_DEPS), None)
        return None
    return subject


def passive_agent(verb: Token) -> tuple[Token, Token] | None:
    """'Ruiz was endorsed by the union': (what the cue is about, who holds the view)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if subjects and agents and subjects[0].tag_ not in ("WP", "WDT"):
        return subjects[0], agents[0]
    return None


def is_noun(token: Token) -> bool:
    """A word that can name a speaker: not 'Monday' in '..., said Monday'."""
    return token.pos_ in ("PROPN", "NOUN", "PRON") and token.ent_type_ not in ("DATE", "TIME")


def noun_beside(cue: Token) -> Token | None:
    """'..., said the minister': the noun right after an inverted cue."""
    for token in cue.doc[cue.i + 1 : cue.i + 6]:
        phrase = token.head if token.dep_ == "compound" else token
        if is_noun(token) and phrase.dep_ not in ("dobj", "dative"):
            return phrase  # not 'North Korea' in 'warned North Korea to ...'

        if token.is_punct:
            break
    return None


def noun_between(parse: Doc, span: QuotedSpan, cue: Token) -> Token | None:
    """'"...," Flynn, a top adviser, said': the first noun between the closing mark and the cue."""
    first = cue.i
    while first > 0 and parse[first - 1].idx > span.end:
        first -= 1
    for token in parse[first : cue.i]:
        if is_noun(token):
            return token.head if token.dep_ == "compound" else token
    return None
