"""Voice: who asserts an event (the subject of a verb of saying, "according to X", the speaker
of a quote), and the events that saying is in itself: a stated promise, threat or refusal,
and "X said Y must do Z", X's demand of Y."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.annotate.events.arguments import actors_of, is_pronoun
from eventwire.annotate.events.compare import coded
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.participants import names_an_actor
from eventwire.annotate.events.syntax import (
    SUBJECTS,
    clause_subject,
    first_child,
    is_obligation,
    trigger_span,
)
from eventwire.annotate.modality import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    governing_verb,
    read_modality,
)
from eventwire.annotate.parse_views import is_run_on, span_at
from eventwire.codebooks.events import commitment_code, demand_code, plover_for, refusal_code
from eventwire.records import ActorRef, CodeSource, Speaker


def voice_of(context: EventContext, verb: Token) -> list[ActorRef]:
    """The actors who say or decide what the verb's complement tells."""
    subject = clause_subject(verb)
    return actors_of(context, subject, verb) if subject is not None else []


def attribution(context: EventContext, trigger: Token) -> Speaker | None:
    """'according to X' in the trigger's clause names who asserts it."""
    clause = trigger if trigger.pos_ == "VERB" else governing_verb(trigger) or trigger
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in context.cues.attribution_phrases:
            for to in child.children:
                source = first_child(to, {"pobj"}) if to.dep_ == "prep" else None
                if source is not None:
                    return speaker_of(actors_of(context, source, clause))
    return None


def quote_speaker(context: EventContext, trigger: Token) -> Speaker | None:
    """The speaker of the quote the trigger is in."""
    offset = trigger.idx
    for quote in context.analysis.quotes:
        if quote.start <= offset < quote.end and quote.speaker is not None:
            return quote.speaker
    return None


def speaker_of(actors: list[ActorRef] | None) -> Speaker | None:
    """The speaker named by a subject phrase: its first actor (compound speakers are rare)."""
    if not actors:
        return None
    first = actors[0]
    return Speaker(first.name, first.text, first.start, first.end, first.code)


BOUND = frozenset({"det", "poss", "compound", "nummod"})
"""Dependents that make a singular noun name someone ("the spokesman", "Kenya's envoy")."""


def speaks(context: EventContext, speaker: Speaker) -> bool:
    """Whether a speaker phrase names someone who can assert something: an actor ("Kenyan
    police", "he"), or what such a one issues or runs ("the report", "a statement", "Belgrade
    radio"), not evidence or a thing ("the amount indicates", "excessive force suggests")."""
    if speaker.actor is not None:
        return True
    span = span_at(context.parse, speaker.start, speaker.end)
    if span is None or not len(span):
        return True
    head = span.root
    cues = context.cues
    if head.lemma_.lower() in cues.statement_nouns | cues.voice_nouns | cues.commentator_nouns:
        return True  # analysts are no actors, but they speak
    if head.tag_ == "NN" and not any(c.dep_ in BOUND for c in head.children):
        return False  # a bare mass noun: "excessive force suggests"
    return names_an_actor(context, head)


def same_side(actors: list[ActorRef], speaker: Speaker) -> bool:
    """Whether an event's actor is the speaker themself (or unnamed, or a pronoun)."""
    if not actors:
        return True
    if all(is_pronoun(a) for a in actors):
        return True
    if speaker.actor and any(a.code and a.code[:3] == speaker.actor[:3] for a in actors):
        return True
    return any(a.text in speaker.text or speaker.text in a.text for a in actors)


QUOTE_MARKS = frozenset({'"', "”", "’", "'", "»"})


def is_question(token: Token) -> bool:
    """Whether the token's sentence ends with a question mark (before any closing quote)."""
    sentence = token.sent
    for index in range(sentence.end - 1, max(sentence.start - 1, sentence.end - 4), -1):
        text = token.doc[index].text
        if text not in QUOTE_MARKS:
            return text.endswith("?")
    return False


STATED_CODES = {FUTURE: commitment_code, HYPOTHETICAL: commitment_code, NEGATED: refusal_code}
"""Modality of an intended act -> the code of stating it: a promise or threat, a refusal."""


def statements(context: EventContext, mentions: list[Mention]) -> list[Mention]:
    """Promises, threats and refusals: an actor's stated intention to do (or not to do)
    something is itself an event that happened (AGREE, THREATEN, REJECT, asserted); the
    act stays future, hypothetical or negated. PLOVER codes "X will visit Y" as AGREE and
    "X would blockade Y" as THREATEN."""
    derived = []
    for mention in mentions:
        if not mention.intended or mention.trigger.head.i in context.committing:
            continue  # "threatened to strike": the threat is already the verb's own event
        if is_question(mention.trigger):
            continue  # "Do you think Taiwan should upgrade?" states nothing
        speaker = mention.asserted_by
        if speaker is not None and same_side(mention.source, speaker):
            rule = CodeSource("speaker") if speaker.actor else None
            where = (speaker.text, speaker.start, speaker.end)
            source = [ActorRef(*where, speaker.actor, speaker.name, rule)]
        elif (
            mention.modality != HYPOTHETICAL  # "Y must do" said by X is X's demand
            and mention.source
            and not all(is_pronoun(a) for a in mention.source)
        ):
            source = mention.source
        else:
            continue
        stated = STATED_CODES.get(mention.modality)
        code = stated(mention.code) if stated is not None else None
        if code is None:
            continue
        derived.append(
            Mention(
                trigger=mention.trigger,
                trigger_span=mention.trigger_span,
                code=code,
                source=source,
                target=mention.target,
                modality=ASSERTED,
                asserted_by=None if speaker is None or same_side(source, speaker) else speaker,
            )
        )
    return derived


DEFIANCE = "REJECT"
"""The PLOVER type of an act that, told by another actor, accuses its doer ("X said Y is
defying Z": X accuses Y)."""


def reported_defiance(context: EventContext, mentions: list[Mention]) -> list[Mention]:
    """ "X said Y is defying Z": X accuses Y (CAMEO 112) on the verb of saying, when X and Y
    are coded and not the same side; Y's defiance stays Y's, asserted by X."""
    found = []
    for mention in mentions:
        speaker = mention.asserted_by
        if speaker is None or speaker.actor is None or mention.modality != ASSERTED:
            continue
        if plover_for(mention.code)[0] != DEFIANCE or not coded(mention.source):
            continue
        if same_side(mention.source, speaker):
            continue
        verb = read_modality(mention.trigger).voice
        if verb is None or verb.i in context.matched or is_question(verb):
            continue
        if not said_outright(mention.trigger, verb):
            continue
        accuser = voice_of(context, verb)
        if not coded(accuser):
            continue
        found.append(
            Mention(
                trigger=verb,
                trigger_span=trigger_span([verb]),
                code="112",
                source=accuser,
                target=[a for a in mention.source if a.code],
                modality=ASSERTED,
                asserted_by=None,
            )
        )
    return found


def said_outright(trigger: Token, verb: Token) -> bool:
    """Whether the act is what the verb of saying says, not a circumstance hung on it ("warned
    that it will continue ..., as Tehran rejected its offer")."""
    node = trigger
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "advcl":
            return False
        node = node.head
    return node.i == verb.i


def is_aside(context: EventContext, trigger: Token, verb: Token) -> bool:
    """Whether the act sits in an "as" or "while" clause hung on what the verb of saying says
    ("warned that it will keep up pressure, as Tehran rejected its offer"): the outlet sets
    it beside the statement; the speaker does not assert it."""
    node = trigger
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in context.cues.aside_markers for c in node.children
        ):
            return True
        node = node.head
    return False


def demands(context: EventContext) -> list[Mention]:
    """ "X said (that) Y must do Z": X demands Z of Y (CAMEO 10) when Y is not X's side."""
    found = []
    for token in context.reporting:
        speaker_head = clause_subject(token)
        if speaker_head is None:
            continue
        if is_question(token) or is_run_on(token):
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp" or not is_obligation(clause, context.cues):
                continue
            addressee = first_child(clause, SUBJECTS)
            if addressee is None or addressee.pos_ == "PRON":
                continue
            speaker = actors_of(context, speaker_head, token)
            target = actors_of(context, addressee, clause)
            if not speaker or not target or same_side(target, speaker_of(speaker)):
                continue
            act = context.matched.get(clause.i) or next(
                (
                    context.matched[c.i]
                    for c in clause.children
                    if c.dep_ == "xcomp" and c.i in context.matched
                ),
                None,
            )
            found.append(
                Mention(
                    trigger=clause,
                    trigger_span=trigger_span([clause]),
                    code=demand_code(act.frame.code if act else None),
                    source=speaker,
                    target=target,
                    modality=ASSERTED,
                    asserted_by=None,
                )
            )
    return found
