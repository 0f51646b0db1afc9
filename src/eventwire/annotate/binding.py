"""Where a pronoun may refer within its own clause (English binding): an object pronoun never
to its clause's subject ("police detained nine miners, then released them": not the police),
a reflexive always to it ("the ministry defended itself"). Shared by the person pronouns
(`pronouns.py`) and they/them (`actors.py`)."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SHARED_SUBJECT_CLAUSES = frozenset({"conj", "dep", "xcomp", "advcl"})
"""Clauses without a subject of their own whose doer is the clause above's: "detained miners,
then released them", "decided to free them", "fired shots to disperse them"."""
REFLEXIVE_ENDINGS = ("self", "selves")


def governing_subject(token: Token) -> Token | None:
    """The subject, before the token, of the nearest clause above it that has one and does not
    hold it; a relative pronoun stands for its noun, and the object of a verb that the clause
    completes stands for its subject ("told Ana to raise her hand": Ana)."""
    node = token
    while node.head != node:
        child_of, node = node, node.head
        if child_of.dep_ == "xcomp":
            objects = [c for c in node.children if c.dep_ in ("dobj", "dative") and c.i < token.i]
            if objects:
                return objects[0]
        for child in node.children:
            if child.dep_ in SUBJECTS and child.i < token.i and token not in child.subtree:
                if child.tag_ in ("WP", "WDT") and child.head.dep_ == "relcl":
                    return child.head.head
                return child
    return None


def is_object_of_clause(token: Token) -> bool:
    """Whether a pronoun is an object of a verb with a subject of its own, or of one after a
    preposition ("bowed before giving him a hug"), directly or through a preposition on the
    verb ("Ana talked with her"), also of a verb whose doer is the clause above's ("then
    released them"); not inside a noun phrase ("charges against her") nor of a participle
    whose doer the grammar does not give ("had a month, enabling him to ...")."""
    if token.dep_ in ("dobj", "dative"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
        verb = token.head.head
    else:
        return False
    while verb.dep_ in SHARED_SUBJECT_CLAUSES and not has_subject(verb):
        verb = verb.head  # "Trump praised X and described his talks with him"
    return has_subject(verb) or verb.dep_ == "pcomp"


def has_subject(verb: Token) -> bool:
    return any(child.dep_ in SUBJECTS for child in verb.children)


def is_reflexive(token: Token) -> bool:
    return token.lower_.endswith(REFLEXIVE_ENDINGS)
