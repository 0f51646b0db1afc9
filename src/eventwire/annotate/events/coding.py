"""Coding one trigger: its CAMEO code (made more specific by the event nouns that tell the
same event, or replaced by the code of what a promise or threat commits to), its source and
target (named, implied or placed), its modality and who asserts it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.annotate.events.agents import (
    charge_of,
    described_by,
    jointly_described,
    told_agent,
)
from eventwire.annotate.events.arguments import (
    FIRST_PERSON,
    agent_of_noun,
    is_pronoun,
    named_topics,
    noun_arguments,
    owners,
    people_in_trigger,
    speaker_pronouns,
    spoken_by,
    verb_arguments,
)
from eventwire.annotate.events.campaign import tells_force
from eventwire.annotate.events.compare import (
    UNSPECIFIED_APPEAL,
    UNSPECIFIED_DEMAND,
    coded,
    specificity,
)
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.implied import (
    aim_target,
    aimed_by_participle,
    asks_for_act,
    coded_recipient,
    condition_addressee,
    defied,
    harmed,
    implied_target,
    pressed_by,
    sufferers,
)
from eventwire.annotate.events.participants import (
    is_event_noun,
    names_an_actor,
    participants_only,
    placed_targets,
    received_target,
    speaks_as_commentator,
    tells_own_act,
)
from eventwire.annotate.events.placement import (
    done_at_home,
    ethnic_residents,
    home_country,
    located,
    location_target,
    placed_protesters,
    policed,
)
from eventwire.annotate.events.referents import coded_referents
from eventwire.annotate.events.syntax import (
    CLAUSAL_COMPLEMENTS,
    NOUNS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    clause_subject,
    first_child,
    misread_commitments,
    trigger_span,
)
from eventwire.annotate.events.voice import (
    attribution,
    found_by_poll,
    is_aside,
    nested_speaker,
    quote_speaker,
    quoted_first_person,
    same_side,
    speaker_of,
    speaker_ref,
    speaks,
    told,
    voice_of,
)
from eventwire.annotate.modality import (
    ASSERTED,
    HYPOTHETICAL,
    NEGATED,
    Reading,
    as_a_rule,
    generic_passive,
    generic_present,
    position_of_many,
    read_modality,
)
from eventwire.annotate.parse_views import first_conjunct
from eventwire.codebooks.events import (
    appeal_code,
    commitment_code,
    demand_code,
    plover_for,
    plover_type_of,
)
from eventwire.records import ActorRef, Speaker

MATERIAL_QUAD_CLASSES = (2, 4)
"""PLOVER's quad classes of material cooperation and material conflict."""


def code_mention(context: EventContext, token: Token) -> Mention | None:
    """The mention of the trigger `token`; None for a promise or warning that only reports
    another's act, or that names no event its frame needs."""
    frame, parts = context.matched[token.i]
    if frame.judged:
        return judgement(context, token, frame.code, parts)
    is_noun = token.pos_ in NOUNS
    used = {p.i for p in parts}
    if is_noun:
        source, target = noun_arguments(context, token, frame, used)
        if not target and plover_for(frame.code)[0] == "ASSAULT":
            held_by, victims = harmed(context, token)
            source, target = source or held_by, victims or sufferers(context, token)
    else:
        source, target = verb_arguments(context, token, frame, used)
        if not target and plover_for(frame.code)[0] != "MOBILIZE":
            target = people_in_trigger(context, token, used)
    told_by = told_agent(context, token, frame.code)
    if told_by is not None and told_by.source:
        source = told_by.source  # "X claimed the attack", "X accused Y of attacking Z"
    if not coded(source):
        source = jointly_described(context, token) or source
    code = frame.code
    absorbed: dict[int, tuple[int, int]] = {}
    if not is_noun:
        for noun in same_event_nouns(context, token, code):
            noun_frame, noun_parts = context.matched[noun.i]
            absorbed[noun.i] = trigger_span(noun_parts)
            noun_source, _ = noun_arguments(context, noun, noun_frame, {p.i for p in noun_parts})
            # "a bomb attack killed six": the source is the attack's, not the attack
            if noun.dep_ in SUBJECTS or not source:
                source = noun_source
            if specificity(noun_frame.code) > specificity(code):
                code = noun_frame.code
            for other in restatements(context, noun):
                absorbed[other.i] = trigger_span(context.matched[other.i].parts)
        for verb in same_act_verbs(context, token, code):
            absorbed[verb.i] = trigger_span(context.matched[verb.i].parts)
        source = doer_of_unfitted_subject(context, token, code) or source
    source, target = participants_only(context, token, code, source, target)
    if plover_for(code)[0] == "ASSAULT" and attacks_in_words(context, token):
        code = "111"
    family = plover_for(code)[0]
    if family == "ASSAULT" and not target:
        target = aimed_by_participle(context, token, used)
    if not target or asks_for_act(context, token, code):
        target = implied_target(context, token, code, source) or target
    if not coded(target):
        topics = named_topics(token, frame) if is_noun else set()
        recipient = coded_recipient(context, token, used | topics)
        target = received_target(context, target, recipient)
    if code.startswith("13") and not coded(target):
        target = condition_addressee(context, token, source) or target
    if family == "REJECT" and not coded(target):
        target = pressed_by(context, token) or target
    if family == "PROTEST":
        # "in defiance of Chinese authorities" says whom, more than where it happens
        target = defied(context, token) or target
    if family == "PROTEST" and not coded(target):
        target = aim_target(context, token, source, absorbed) or target
    if not any(a.code for a in target) and located(code):
        place = location_target(context, token)
        target = placed_targets(context, target, place)
    if family == "PROTEST" and source and not coded(source):
        source = placed_protesters(context, token, source)
    source = ethnic_residents(context, token, source)
    target = ethnic_residents(context, token, target)
    target = policed(context, source, target)
    if frame.commits and not is_noun:
        if reports_another(context, token, source):
            return None  # "officials warned that Russia could impose sanctions": a report
        if code.startswith("13") and foretells(context, token):
            return None  # "warned that the drought will continue": a forecast
        committed = committed_code(context, token)
        if committed is None and vows_pursuit(context, token):
            code = "130"  # "promised to track down the bombers" threatens them
        elif committed is None and frame.needs_event:
            if not vows_reprisal(context, token):
                return None
            code = "130"
        # a threat to do something cooperative stays a bare threat
        if committed is not None and not (code.startswith("13") and committed < "13"):
            code = committed
    if code == UNSPECIFIED_DEMAND:
        code = demand_code(named_act_code(context, token))
    elif code == UNSPECIFIED_APPEAL:
        code = appeal_code(named_act_code(context, token))
    if found_by_poll(context, token):
        return None  # "a poll found support for the mayor": the public's views, no act
    reading = read_modality(token)
    voice = voice_of(context, reading.voice) if reading.voice is not None else []
    voice = quoted_first_person(context, token, voice)
    if reading.voice is None:
        speaker = attribution(context, token) or quote_speaker(context, token)
    else:
        speaker = speaker_of(voice) if reading.reported else None
        if speaker is not None and not speaks(context, speaker):
            speaker = None  # "the amount indicates that ...": evidence, no speaker
        if is_aside(context, token, reading.voice):
            speaker = None
        speaker = nested_speaker(context, token, reading.voice) or speaker
    if told_by is not None and told_by.speaker is not None:
        speaker = told_by.speaker
    speaker = speaker or described_by(context, token)
    if voice and source and all(is_pronoun(a) for a in source):
        source = speaker_pronouns(context, source, voice)  # "Tehran declared that it would"
    elif source:
        source = quoted_own_side(context, token, source)
    if not coded(target) and done_at_home(context, token, code):
        target = target + home_country(source)
    modality = reading.modality
    if (
        modality != ASSERTED
        and speaker is not None
        and speaks_as_commentator(context, speaker)
        and not tells_own_act(context, source)
    ):
        return None  # "a summit could be risky for Trump," said an analyst: opinion
    if frame.reprisal:
        if not vowed(reading, source, speaker, frame.negation_vows):
            return None  # "responded firmly": what was done, no threat
        modality = told(token)
    if frame.withheld:
        modality = told(token)  # "women are not allowed to leave": a restriction in force
    elif (
        modality == ASSERTED
        and material(code)
        and (generic_present(token) or generic_passive(token) or as_a_rule(token))
    ):
        modality = HYPOTHETICAL  # "influencers cooperate with the government": a rule;
        # "suspects are usually detained": a habit (said of words, "often blame China" is a
        # stance PLOVER codes); "people are being killed": done to no one told of
    if modality == ASSERTED and position_of_many(token, context.cues):
        modality = HYPOTHETICAL  # "most Democrats agree that ...": who holds a view, no act
    return Mention(
        trigger=token,
        trigger_span=trigger_span(parts),
        code=code,
        source=source,
        target=target,
        modality=modality,
        asserted_by=speaker,
        intended=reading.intended and not frame.reprisal,
        absorbed=absorbed,
    )


def vowed(
    reading: Reading, source: list[ActorRef], speaker: Speaker | None, negation_vows: bool
) -> bool:
    """Whether a reprisal is vowed: its doer's stated intention ("Seoul would resolutely
    respond"; with `negation_vows`, "I will not hesitate to"), or what its own side says it
    must do ("we will have to take steps to defend ourselves," the envoy said); not one told
    as done, refused, or asked of another ("urged Japan to take steps")."""
    if negation_vows:
        return reading.modality == NEGATED and reading.intended
    if reading.modality == NEGATED:
        return False
    if reading.intended:
        return True
    if reading.modality != HYPOTHETICAL or not source:
        return False
    if all(actor.text.lower() in FIRST_PERSON for actor in source):
        return True  # "we have to take measures to protect ourselves"
    return speaker is not None and same_side(source, speaker)


def quoted_own_side(context: EventContext, token: Token, source: list[ActorRef]) -> list[ActorRef]:
    """An uncoded "we" or "I" that does the act inside a direct quote with no verb of saying
    of its own ("'But we need real talks,' said a Turkish adviser") is the quote's coded
    speaker's side: it keeps its words and takes the speaker's code (`speaker`), as the
    "we" of a saying verb does (`spoken_by`)."""
    own = quoted_first_person(context, token, source)
    return source if own is source else spoken_by(source, own)


ATTACKED_PREPOSITIONS = frozenset({"with", "at", "on", "against", "between"})


def attacks_in_words(context: EventContext, token: Token) -> bool:
    """An attack or clash on persons, with nothing of weapons, wounds or fighters in its
    sentence, is criticism ("attacked his rival", "clashed with Trump", "fired back at the
    columnist", "the attacks on the anchor")."""
    cues = context.cues
    if token.lemma_.lower() not in cues.verbal_attack_words:
        return False
    if any(t.lemma_.lower() in cues.violence_words for t in token.sent):
        return False
    heads = [token, *(c for c in token.children if c.dep_ in {"advmod", "prt"})]
    ends = {head.i for head in heads}  # the one attacked comes right after: "fired back at X"
    attacked = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ATTACKED_PREPOSITIONS and p.i - 1 in ends
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(attacked) and all(
        o.lemma_.lower() in cues.verbal_attack_targets
        or any(t.ent_type_ == "PERSON" for t in o.subtree)
        for o in attacked
    )


def judgement(context: EventContext, token: Token, code: str, parts: list[Token]) -> Mention | None:
    """A condemning predicate is criticism by whoever says it ("the arrests are unacceptable,"
    the envoy said): the speaker is the source, a coded actor the clause is about the target.
    Said by no one, or not after a copula ("an unacceptable delay"), it is no event; only
    asked or wished to be said, it is no criticism made."""
    predicate = first_conjunct(token)
    if predicate.dep_ != "acomp":
        return None
    reading = read_modality(token)
    if reading.voice is not None and reading.reported:
        judges = voice_of(context, reading.voice)
    else:
        speaker = quote_speaker(context, token)
        judges = [speaker_ref(speaker)] if speaker is not None else []
    if not judges:
        return None
    subject = clause_subject(predicate.head)
    if subject is None:
        judged = []
    elif subject.i in context.matched:  # "the Chilean blockade is unacceptable": who blockades
        fitted = context.matched[subject.i]
        judged, _ = noun_arguments(context, subject, fitted.frame, {p.i for p in fitted.parts})
    else:
        judged = owners(context, subject, predicate.head)
    modality = reading.modality
    if modality == ASSERTED:
        modality = told(token)  # "should speak out to say it is unacceptable": not yet said
    return Mention(
        trigger=token,
        trigger_span=trigger_span(parts),
        code=code,
        source=judges,
        target=coded_referents(context, judged),
        modality=modality,
        asserted_by=None,
    )


def material(code: str) -> bool:
    """Whether a code is a material act (PLOVER quad classes 2 and 4), not a verbal one: "X
    opposes Y" in the present is X's stance now, "X helps Y" a habit."""
    kind = plover_type_of(code)
    return kind is not None and kind.quad_class in MATERIAL_QUAD_CLASSES


def same_event_nouns(context: EventContext, verb: Token, code: str) -> list[Token]:
    """Event nouns that tell the verb's own event: "killed in a drone strike", "wounded
    in a bomb attack", "a car bomb killed six"."""
    family = plover_for(code)[0]
    nouns = [c for c in verb.children if c.dep_ in SUBJECTS]
    for prep in verb.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in context.cues.same_event_prepositions:
            nouns.extend(c for c in prep.children if c.dep_ == "pobj")
    return [
        noun
        for noun in nouns
        if noun.i in context.matched
        and noun.pos_ in NOUNS
        and plover_for(context.matched[noun.i].frame.code)[0] == family
    ]


def doer_of_unfitted_subject(context: EventContext, verb: Token, code: str) -> list[ActorRef]:
    """Who carried out the event a harm verb's subject names where that noun fits no frame of
    its own ("a blast carried out by X wounded 12", "an explosion claimed by X killed four"):
    X, the noun's agent; the blast itself is no doer (`participants.non_participant`)."""
    subject = first_child(verb, SUBJECTS)
    if (
        subject is None
        or subject.i in context.matched
        or plover_for(code)[0] != "ASSAULT"
        or not is_event_noun(context, subject)
    ):
        return []
    return agent_of_noun(context, subject)


def same_act_verbs(context: EventContext, verb: Token, code: str) -> list[Token]:
    """Verbs joined to this one that tell the same act's other outcomes, with its subject and
    no subject of their own: "killed 25 people and injured 60 others" is one attack; acts
    listed under a charge are each charged ("charged with kidnapping and attacking tourists")."""
    family = plover_for(code)[0]
    if family != "ASSAULT" or charge_of(verb, context.cues) is not None:
        return []
    found = []
    frontier = [verb]
    while frontier:
        joined = [
            conj
            for conj in frontier.pop().children
            if conj.dep_ == "conj"
            and conj.i in context.matched
            and conj.pos_ == "VERB"
            and first_child(conj, SUBJECTS | PASSIVE_SUBJECTS) is None
            and plover_for(context.matched[conj.i].frame.code)[0] == family
        ]
        found.extend(joined)
        frontier.extend(joined)
    return found


def restatements(context: EventContext, noun: Token) -> list[Token]:
    """Event nouns that restate `noun` in the same clause ("in a strike ..., in an attack")."""
    matched = context.matched
    family = plover_for(matched[noun.i].frame.code)[0]
    return [
        other
        for prep in noun.head.head.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for other in prep.children
        if other.dep_ == "pobj"
        and other.i in matched
        and other.i != noun.i
        and plover_for(matched[other.i].frame.code)[0] == family
    ]


def reports_another(context: EventContext, verb: Token, source: list[ActorRef]) -> bool:
    """Whether a verb of promising or warning only reports what another country's actors
    may do ("officials in Lima warned that Chile could ...")."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subject = first_child(clause, SUBJECTS | PASSIVE_SUBJECTS)
        if subject is None or subject.pos_ == "PRON":
            return False
        other = coded(owners(context, subject, clause))
        return bool(other) and bool(coded(source)) and not other & coded(source)
    return False


def foretells(context: EventContext, verb: Token) -> bool:
    """Whether a warning is about what no actor does: its clause's subject is a thing ("warned
    that the drought will continue"), not a pronoun or a word for an actor."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subject = first_child(clause, SUBJECTS | PASSIVE_SUBJECTS)
        if subject is None or subject.lower_ in context.cues.pronouns:
            return False
        return not names_an_actor(context, subject)
    return False


def vows_reprisal(context: EventContext, verb: Token) -> bool:
    """Whether a vow commits to answering force ("vowed to respond", "swore to fight on"): a
    threat, though the act vowed is not one we code. In a campaign story a sentence that names
    no force vows to stay in the race ("Sanders has vowed to fight on"), no threat."""
    if context.campaign_story and not tells_force(verb):
        return False
    return any(
        c.dep_ in CLAUSAL_COMPLEMENTS and c.lemma_.lower() in context.cues.reprisal_verbs
        for c in verb.children
    )


def vows_pursuit(context: EventContext, verb: Token) -> bool:
    """Whether a vow or promise commits to pursuing someone ("vowed to bring the attackers to
    justice", "pledged that the killers would be hunted down"): a threat to them."""
    return any(
        (pursuing.lemma_.lower(), word.lemma_.lower()) in context.cues.pursuit_verbs
        for complement in verb.children
        if complement.dep_ in CLAUSAL_COMPLEMENTS
        for pursuing in complement.subtree
        for word in pursuing.subtree
    )


def committed_code(context: EventContext, token: Token) -> str | None:
    """For a promise or threat: the code of what it commits to, through commitments.tsv."""
    found = named_act_code(context, token)
    return commitment_code(found) if found is not None else None


def named_act_code(context: EventContext, token: Token) -> str | None:
    """The code of the act a verb or noun names as its object, complement or prepositional
    object ("vowed to retaliate", "pledged aid", "demanded the release", "calls for talks")."""
    misread = misread_commitments(token)
    for child in token.children:
        candidates = [child]
        if child.dep_ in {"prep", "dative"}:
            candidates = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        for candidate in candidates:
            if candidate.dep_ not in CLAUSAL_COMPLEMENTS | OBJECTS | {"pobj", "pcomp"} and (
                candidate not in misread
            ):
                continue
            found = event_code_below(context, candidate)
            if found is not None:
                return found
    return None


def event_code_below(context: EventContext, token: Token) -> str | None:
    """The code of the event a complement names: itself, or the event noun a support verb
    carries ("pledged to launch strikes")."""
    if token.i in context.matched:
        return context.matched[token.i].frame.code
    if token.lemma_.lower() not in context.cues.support_verbs:
        return None
    for child in token.children:
        if child.dep_ in OBJECTS and child.i in context.matched:
            return context.matched[child.i].frame.code
    return None


def is_aim(context: EventContext, mention: Mention) -> bool:
    """A demand made by protesting ("rallied demanding reforms", "struck to demand pay") is
    the protest's aim, coded with the protest, not a second event."""
    if plover_for(mention.code)[0] != "REQUEST":
        return False
    head = mention.trigger.head
    while head.dep_ == "conj" or head.pos_ == "ADP":
        head = head.head
    if mention.trigger.dep_ not in {"advcl", "xcomp", "acl", "pcomp", "conj"}:
        return False
    # the protest is the verb, or the noun it carries ("began a hunger strike to demand")
    protests = [head, *(c for c in head.children if c.dep_ in OBJECTS)]
    return any(
        p.i in context.matched and plover_for(context.matched[p.i].frame.code)[0] == "PROTEST"
        for p in protests
    )
