"""Targets (and a few sources) the text gives only through what the event is about: the
addressee of a demand, the target of the act promised or refused, whom a threat's condition,
a refusal's "despite" or a protest's aim names, who suffered a harm named only as a cause."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.annotate.events.arguments import (
    named_object,
    named_topics,
    names_people,
    noun_arguments,
    owners,
    patient_owners,
    target_phrases,
    targets,
    verb_arguments,
)
from eventwire.annotate.events.compare import REQUEST_ROOTS, coded
from eventwire.annotate.events.context import EventContext
from eventwire.annotate.events.participants import objects_doers
from eventwire.annotate.events.placement import location_target
from eventwire.annotate.events.referents import coded_referents
from eventwire.annotate.events.syntax import (
    CLAUSAL_COMPLEMENTS,
    NOUNS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    carrying_verb,
    first_child,
    is_passive,
    is_purpose,
    lemma_of,
    phrases_on,
    trigger_span,
)
from eventwire.annotate.events.triggers import relative_antecedents
from eventwire.annotate.modality import ASSERTED, governing_verb, read_modality
from eventwire.annotate.parse_views import first_conjunct
from eventwire.annotate.places import place_cues
from eventwire.codebooks.events import plover_for
from eventwire.records import ActorRef

COMMITTING_ROOTS = {"03", "12", "13"}
"""CAMEO roots of a side's stated intent, refusal or threat about its own act: the people
that act is done to are the target ("refused to release the protesters"); not of a demand
(who is asked acts) nor an accusation (who is accused acted)."""
REFUSAL_ROOT = "12"
ACCUSATION_ROOT = "11"
"""A refusal of an accusation ("dismissed accusations that Chile armed the rebels") answers
the accuser: the one accused is not whom the denial is against."""
RESTATING = {"appos", "npadvmod"}
"""How the parser hangs a noun that restates a clause before it ("..., a charge Y denies")."""


def implied_target(
    context: EventContext, trigger: Token, code: str, source: list[ActorRef], depth: int = 2
) -> list[ActorRef]:
    """A target the text gives only through what the event is about: the addressee of a
    demand ("demanded that the US cancel", "demanded the withdrawal of Serbian forces"),
    the target of the act promised, threatened or refused ("agreed to provide aid for
    Romania", "offered to hand over to Britain", "willing to send arms to help defend
    Kuwait"), or the actor whose act is accepted ("agreed to Swiss mediation")."""
    request = code[:2] in REQUEST_ROOTS
    # a noun's clause says what is asked or offered ("its demand that Israel ease ...")
    clauses = CLAUSAL_COMPLEMENTS | ({"acl"} if trigger.pos_ in NOUNS else set())
    embedded = []
    fitted = context.matched.get(trigger.i)
    topics = named_topics(trigger, fitted.frame) if trigger.pos_ in NOUNS and fitted else set()
    if clauses != CLAUSAL_COMPLEMENTS and (carrier := carrying_verb(trigger, context.cues)):
        # "reiterated its demand that Israel ease ...": the clause hangs from the carrier
        embedded.extend(c for c in carrier.children if c.dep_ == "ccomp")
    for child in trigger.children:
        if child.dep_ in clauses | OBJECTS or is_purpose(child):
            embedded.append(child)
        elif child.dep_ == "prep" and child.lower_ in context.cues.act_prepositions:
            embedded.extend(
                c for c in child.children if c.dep_ in {"pobj", "pcomp"} and c.i not in topics
            )
    if code[:2] == REFUSAL_ROOT and trigger.pos_ == "VERB":
        embedded.extend(restated_accusations(context, trigger))
    for head in embedded:
        if request and head.dep_ in {"ccomp", "acl"}:
            patient = first_child(head, PASSIVE_SUBJECTS)
            if patient is not None:
                return patient_owners(context, patient, head)
            addressee = first_child(head, SUBJECTS)
            if addressee is not None:
                return owners(context, addressee, head)
        found = act_target(context, head, code, source, depth)
        if found:
            return found
    return []


def restated_accusations(context: EventContext, refusal: Token) -> list[Token]:
    """The accusation a claim noun restates, where a refusal's relative clause is on the noun
    ("X accused Y of arming rebels, a charge Y denies"; "..., an accusation Y has rejected"):
    the first verb above the noun that we code as a charge; a noun that is an object restates
    only its own verb ("accused Y of it, an allegation which Y denied")."""
    claims = [
        noun
        for noun in relative_antecedents(refusal, [])
        if noun.lemma_.lower() in context.cues.claim_nouns
    ]
    for noun in claims:
        above = list(noun.ancestors) if noun.dep_ in RESTATING else [noun.head]
        for node in above:
            fitted = context.matched.get(node.i)
            if node.pos_ == "VERB" and fitted and fitted.frame.code[:2] == ACCUSATION_ROOT:
                return [node]
    return []


def act_target(
    context: EventContext, head: Token, code: str, source: list[ActorRef], depth: int
) -> list[ActorRef]:
    """The target of an act another event is about (`implied_target`)."""
    if head.i not in context.matched:
        return recipient(context, head, code, source, depth)
    frame, parts = context.matched[head.i]
    used = {p.i for p in parts}
    is_noun = head.pos_ in NOUNS
    if is_noun:
        act_source, target = noun_arguments(context, head, frame, used, carried=False)
    else:
        act_source, target = verb_arguments(context, head, frame, used)
    if code[:2] in REQUEST_ROOTS and is_noun:
        if coded(act_source) & coded(source):
            return target  # "Serbia demanded a meeting of the Security Council"
        return act_source or target
    if code[:2] == REFUSAL_ROOT and frame.code[:2] == ACCUSATION_ROOT:
        if not is_noun:  # "X accused Y of it, a charge Y denied": Y denies X's charge
            return [] if coded(act_source) & coded(source) else act_source
        target = []
    if not target and not is_noun and depth > 0:
        target = implied_target(context, head, frame.code, source, depth - 1)
    if not target and own_act(head, code):
        # "threatened to break their truce with X": the phrase hangs from the act's object
        target = coded_recipient(context, head, used) or named_recipient(context, head, used)
    if target:
        return target
    if is_noun and coded(act_source) and not coded(act_source) & coded(source):
        return act_source  # "accepted US mediation": the mediator
    return []


def asks_for_act(context: EventContext, trigger: Token, code: str) -> bool:
    """Whether a request's object is an event noun ("demanded the withdrawal of Serbian
    forces from X"): whom it asks is who would act, not the place the act names."""
    return code[:2] in REQUEST_ROOTS and any(
        c.dep_ in OBJECTS and c.i in context.matched and c.pos_ in NOUNS for c in trigger.children
    )


def recipient(
    context: EventContext, act: Token, code: str, source: list[ActorRef], depth: int
) -> list[ActorRef]:
    """Whom an act we do not code is for, when a coded event commits to it or refuses it:
    the coded actor of its dative or recipient phrase ("hand over to Britain", "aid to
    Malawi"), of the country it happens in, of its object ("ban opposition parties in
    Chad"), or of an act it embeds in turn. A phrase that names actors itself ("agreed to
    help Albanian refugees in Chad") is its own recipient. An area is where the act goes,
    not whom it is for ("sent troops to Peru's border with Chile", "fight to control villages
    on the border"): no recipient, as no target phrase names one (`target_phrases`)."""
    if lemma_of(act) in place_cues()["area"]:
        return []
    if act.pos_ in NOUNS and act.dep_ == "pobj":
        named = [a for a in owners(context, act, act.head) if a.code]
        if named:
            return named
    found = coded_recipient(context, act, {act.i}, ("object",))
    if found:
        return found
    if own_act(act, code):
        found = named_object(context, act) or named_recipient(context, act, {act.i})
        if found:
            return found
    located = location_target(context, act)
    if located:
        return located
    if depth > 0 and (
        act.pos_ in {"VERB", "AUX", "ADJ"} or lemma_of(act) in context.cues.request_nouns
    ):
        # "rejected an invitation to attend a meeting of X": the act invited to
        return implied_target(context, act, code, source, depth - 1)
    return []


def coded_recipient(
    context: EventContext, act: Token, used: set[int], also: tuple[str, ...] = ()
) -> list[ActorRef]:
    """The coded actors of the act's dative or recipient phrase, on the act or on its
    object ("halted aid to Serbia", "boycott contact with Chile"), then of places `also`."""
    where = ("dative", *sorted(context.cues.recipient_prepositions), *also)
    for actors in target_phrases(context, act, where, used, is_passive(act)):
        if found := coded_referents(context, actors):
            return found
    return []


def own_act(act: Token, code: str) -> bool:
    """Whether `act` is what the source of an intent, refusal or threat (`code`) itself
    would do: an infinitive with no subject of its own ("refused to release them"), not
    another's act ("agreed that X should stay") nor one denied ("denied providing ...")."""
    return code[:2] in COMMITTING_ROOTS and act.tag_ == "VB" and first_child(act, SUBJECTS) is None


def named_recipient(context: EventContext, act: Token, used: set[int]) -> list[ActorRef]:
    """The actors of the act's dative or recipient phrase, coded or not, where they take
    part ("break their truce with international forces")."""
    where = ("dative", *sorted(context.cues.recipient_prepositions))
    for actors in target_phrases(context, act, where, used, is_passive(act)):
        named = [a for a in actors if names_people(context, a)]
        if named:
            return named
    return []


def condition_addressee(
    context: EventContext, threat: Token, source: list[ActorRef]
) -> list[ActorRef]:
    """Whom a threat is aimed at when only its condition names them: the subject of "if"
    or "unless" on the threat or on the act threatened ("threatened to strike unless Lima
    withdrew")."""
    clauses = [threat, *(c for c in threat.children if c.dep_ in CLAUSAL_COMPLEMENTS)]
    for clause in clauses:
        for condition in clause.children:
            if condition.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in context.cues.conditional_markers
                for c in condition.children
            ):
                continue
            subject = first_child(condition, SUBJECTS | PASSIVE_SUBJECTS)
            if subject is None or subject.pos_ == "PRON":
                continue
            actors = coded_referents(context, owners(context, subject, condition))
            if actors and not coded(actors) & coded(source):
                return actors
    return []


def harmed(context: EventContext, harm: Token) -> tuple[list[ActorRef], list[ActorRef]]:
    """Who suffered a harm the text names only as the cause of a death ("a prisoner died as
    a result of torture", "died from torture"): the target; and, when they died in custody,
    whoever held them ("in Ruritanian police custody"): the source."""
    node = harm
    for _ in range(3):  # up through "as a result of", "from", "after"
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            break
        node = node.head.head
        if node.pos_ == "VERB":
            break
    if node.pos_ != "VERB" or lemma_of(node) not in context.cues.death_verbs:
        return [], []
    subject = first_child(node, SUBJECTS)
    victims = owners(context, subject, node) if subject is not None else []
    held_by: list[ActorRef] = []
    for prep in (*node.children, *harm.children):
        held = first_child(prep, {"pobj"}) if prep.lower_ == "in" else None
        if held is not None and lemma_of(held) in context.cues.custody_nouns:
            held_by = coded_referents(context, owners(context, held, node))
    return held_by, victims


def sufferers(context: EventContext, harm: Token) -> list[ActorRef]:
    """Whom a harm the text names as what befalls them hit: the subject of the clause that
    says so (`suffering_words`: "people are subject to attacks, abductions and abuse", "were
    subjected to raids", "women are victims of rape"), the harm alone or in a list; none where
    the clause does not assert it ("will never again become the victim of invasion")."""
    node = first_conjunct(harm)
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return []
    word = node.head.head
    if (lemma_of(word), node.head.lower_) not in context.cues.suffering_words:
        return []
    clause = word.head if word.dep_ in {"attr", "acomp"} else word
    if read_modality(clause).modality != ASSERTED:
        return []
    subject = first_child(clause, SUBJECTS | PASSIVE_SUBJECTS)
    return owners(context, subject, clause) if subject is not None else []


def aimed_by_participle(context: EventContext, attack: Token, used: set[int]) -> list[ActorRef]:
    """Whom an attack hits where a participle after it says so (`aiming_participles` in
    event_cues.yaml): "intensified attacks, inflicting heavy casualties on government forces",
    "claimed several attacks, primarily targeting security forces". The participle hangs from
    the attack's verb, or from the verb carrying or governing its noun, and has no subject of
    its own."""
    clause = attack if attack.pos_ == "VERB" else governing_verb(attack)
    if clause is None:
        return []
    for participle in clause.children:
        if (
            participle.dep_ != "advcl"
            or participle.tag_ != "VBG"
            or first_child(participle, SUBJECTS) is not None
        ):
            continue
        where = context.cues.aiming_places_of.get(lemma_of(participle))
        if where:
            return targets(context, participle, where, used)
    return []


def pressed_by(context: EventContext, refusal: Token) -> list[ActorRef]:
    """Whom a refusal answers when only "despite" says so ("refused to resign despite
    pressure from X"): the coded owners of the pressure, on the refusal or on the act
    refused."""
    clauses = [refusal, *(c for c in refusal.children if c.dep_ in CLAUSAL_COMPLEMENTS)]
    for clause, pressure in phrases_on(clauses, "despite", context.cues.pressure_nouns):
        found = coded_referents(context, owners(context, pressure, clause))
        if found:
            return found
    return []


def protest_clauses(context: EventContext, protest: Token) -> list[Token]:
    """The protest, and the verb carrying it when it is a noun ("staged a protest")."""
    carrier = carrying_verb(protest, context.cues) if protest.pos_ in NOUNS else None
    return [protest] if carrier is None else [protest, carrier]


def defied(context: EventContext, protest: Token) -> list[ActorRef]:
    """Whom a protest defies: "in defiance of X" on the protest or on the verb carrying it."""
    clauses = protest_clauses(context, protest)
    for _, stance in phrases_on(clauses, "in", context.cues.defiance_nouns):
        found = coded_referents(context, targets(context, stance, ("of", "against"), set()))
        if found:
            return found
    return []


def aim_target(
    context: EventContext,
    protest: Token,
    source: list[ActorRef],
    absorbed: dict[int, tuple[int, int]],
) -> list[ActorRef]:
    """Whom a protest is against when only its aim says so ("a hunger strike in protest
    against arrests by Chadian police", "marched to demand the Chadian president's
    resignation"). A protest noun that only tells the aim ("in protest") is the same
    event: it joins `absorbed`."""
    for clause in protest_clauses(context, protest):
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                aim = first_child(child, {"pobj"})
                if aim is None or aim.i not in context.matched:
                    continue
                frame, parts = context.matched[aim.i]
                if plover_for(frame.code)[0] != "PROTEST":
                    continue
                used = {p.i for p in parts}
                _, target = noun_arguments(context, aim, frame, used, carried=False)
                absorbed[aim.i] = trigger_span(parts)
                if coded(target):
                    return [a for a in target if a.code]
            elif child.dep_ in {"advcl", "xcomp"} and (is_purpose(child) or child.tag_ == "VBG"):
                target = act_target(context, child, "140", source, 1) or objects_doers(
                    context, child, child
                )
                if coded(target):
                    return [a for a in target if a.code]
    return []
