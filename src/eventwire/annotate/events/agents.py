"""Agents told through another's words: the claimant of an attack ("X claimed
responsibility for the attack"), the accused of an act told as an accusation ("X accused Y
of attacking Z": Y attacks, as X tells), and who names an act ("killed in what X described
as an airstrike": X tells it)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from eventwire.annotate.events.arguments import actors_of, owners
from eventwire.annotate.events.context import EventContext
from eventwire.annotate.events.syntax import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    clause_subject,
    first_child,
    is_passive,
    lemma_of,
    shares_passive,
)
from eventwire.annotate.events.voice import speaker_of
from eventwire.annotate.parse_views import first_conjunct
from eventwire.codebooks.events import EventCues, plover_for
from eventwire.records import ActorRef, Speaker

CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})
"""PLOVER types of the acts a group claims ("claimed the bombing", "the kidnapping")."""


class Teller(NamedTuple):
    """Who did an act the text tells only through another's words, and who tells it."""

    source: list[ActorRef]
    speaker: Speaker | None


def told_agent(context: EventContext, trigger: Token, code: str) -> Teller | None:
    """The source and speaker of an act named as claimed or as what someone is accused of;
    None when the act is told neither way."""
    if plover_for(code)[0] in CLAIMED_TYPES:
        claimant = claimed_by(context, trigger)
        if claimant:
            return Teller(claimant, speaker_of(claimant))
    return accused_of(context, trigger)


def act_phrase(trigger: Token) -> tuple[Token, Token] | None:
    """(preposition, the word it hangs from) when the trigger, or the first act of a list it
    is a later one of, is the object of a preposition ("responsibility for the attack",
    "accused them of attacking", "accused of killing, raping and looting": looting too)."""
    act = first_conjunct(trigger)
    if act.dep_ not in {"pobj", "pcomp"} or act.head.dep_ not in {"prep", "agent"}:
        return None
    return act.head, act.head.head


def claimed_by(context: EventContext, trigger: Token) -> list[ActorRef]:
    """The claimant of an act: the subject of "claimed the bombing", "claimed responsibility
    for the attack", or the agent of "an attack claimed by X"."""
    cues = context.cues
    verb = None
    if trigger.dep_ in OBJECTS and lemma_of(trigger.head) == "claim":
        verb = trigger.head
    elif (phrase := act_phrase(trigger)) is not None and phrase[0].lower_ == "for":
        verb = claiming_verb(phrase[1], cues)
    for child in trigger.children:
        if child.dep_ == "acl" and lemma_of(child) == "claim":
            agent = first_child(child, {"agent"})
            by = first_child(agent, {"pobj"}) if agent is not None else None
            return actors_of(context, by, child) if by is not None else []
    if verb is None or is_passive(verb):
        return []
    subject = clause_subject(verb)
    return actors_of(context, subject, verb) if subject is not None else []


def claiming_verb(head: Token, cues: EventCues) -> Token | None:
    """The claim verb a "for" phrase naming the act belongs to: through the noun it hangs
    from ("claimed responsibility for the attack"), or the verb itself where the parser hangs
    the phrase there beside the noun ("took credit for attacking")."""
    if lemma_of(head) in cues.responsibility_nouns and head.dep_ in OBJECTS | PASSIVE_SUBJECTS:
        head = head.head
    elif not any(
        child.dep_ in OBJECTS and lemma_of(child) in cues.responsibility_nouns
        for child in head.children
    ):
        return None
    return head if lemma_of(head) in cues.claim_verbs else None


def charge_of(trigger: Token, cues: EventCues) -> tuple[Token, Token, Token | None] | None:
    """(preposition, accusing word, the accused where the parser hangs the act on them) when
    the act is told as an accusation: "accused Y of attacking", "charged with killing"."""
    phrase = act_phrase(trigger)
    if phrase is None:
        return None
    preposition, head = phrase
    accused: Token | None = None
    if head.dep_ in OBJECTS and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        accused, head = head, head.head  # the parser hangs "of attacking" on the accused
    if (lemma_of(head), preposition.lower_) not in cues.accusation_prepositions:
        return None
    return preposition, head, accused


def accused_of(context: EventContext, trigger: Token) -> Teller | None:
    """The accused and the accuser of an act told as an accusation: "X accused Y of
    attacking Z", "X blamed Y for the bombing", "Y was charged with killing Z"."""
    charge = charge_of(trigger, context.cues)
    if charge is None:
        return None
    preposition, head, accused = charge
    accuser: Token | None
    if is_passive(head):
        accused = first_child(head, PASSIVE_SUBJECTS) or passive_holder(head)
        agent = first_child(head, {"agent"})
        accuser = first_child(agent, {"pobj"}) if agent is not None else None
    else:
        accused = accused or first_child(head, OBJECTS)
        accuser = clause_subject(head)
    if accused is None:
        return None
    source = owners(context, accused, head, exclude={preposition.i})
    speaker = speaker_of(actors_of(context, accuser, head)) if accuser is not None else None
    return Teller(source, speaker)


def passive_holder(verb: Token) -> Token | None:
    """Who a passive verb with no subject of its own is said of: the noun a participle
    modifies ("the officer charged with the murder"), or the subject of the passive act it
    is joined to ("had been arrested and sentenced for the murder")."""
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    if shares_passive(verb):
        return first_child(verb.head, PASSIVE_SUBJECTS)
    return None


def jointly_described(context: EventContext, trigger: Token) -> list[ActorRef]:
    """Who did an act they describe as done together ("killed in what U.S. and Iraqi officials
    describe as a joint operation"): the describers, when the name says "joint"."""
    for clause in named_by(context, trigger):
        name = next(
            (
                p
                for c in clause.children
                if c.lower_ == "as"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if name is None or not any(c.lower_ == "joint" for c in name.children):
            continue
        subject = first_child(clause, {"nsubj"})
        if subject is not None:
            return actors_of(context, subject, clause)
    return []


def named_by(context: EventContext, trigger: Token) -> list[Token]:
    """The naming verbs of "in what X described as N" on the trigger, or of which the trigger
    is the name N."""
    cues = context.cues
    clauses = [
        c
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in cues.same_event_prepositions  # not "for what"
        for c in p.children
    ]
    if trigger.dep_ in {"pobj", "pcomp"} and trigger.head.lower_ == "as":
        clauses.append(trigger.head.head)  # the trigger is the name given
    if trigger.dep_ in {"oprd", "attr", "dobj"}:
        clauses.append(trigger.head)
    return [
        clause
        for clause in clauses
        if lemma_of(clause) in cues.naming_verbs
        and any(c.lower_ == "what" for c in clause.children)
    ]


def described_by(context: EventContext, trigger: Token) -> Speaker | None:
    """Who names the act: "killed in what U.S. officials described as an airstrike",
    "what officials called a joint operation killed X"."""
    for clause in named_by(context, trigger):
        subject = first_child(clause, {"nsubj"})
        if subject is not None:
            return speaker_of(actors_of(context, subject, clause))
    return None
