"""Arguments: the source and target phrases a trigger's own dependents name, resolved to
actors (subjects and passive agents, objects and prepositional targets, a noun's possessor or
name modifier, the verb carrying a noun), and the owners of a group or thing no codebook
knows ("calls by Belarus's rulers" are Belarus's)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from eventwire.annotate.actor_members import MODIFIER_DEPENDENCIES
from eventwire.annotate.actors import (
    LANGUAGE_NOUNS,
    PLACE_KINDS,
    PLURAL_PRONOUNS,
    WHEREABOUTS,
    is_region_adjective,
    is_visiting,
    lexicon_matches,
    relational_relata,
    resolve_actors,
    role_of,
)
from eventwire.annotate.events.compare import coded
from eventwire.annotate.events.context import EventContext
from eventwire.annotate.events.participants import (
    civilian_role,
    head_of,
    is_accusation,
    is_person_noun,
    is_undergone,
    named_after,
    names_an_actor,
    participant_bounds,
    parties_between,
    past_dateline,
    predicate_subject,
    takes_part,
)
from eventwire.annotate.events.referents import coded_referents
from eventwire.annotate.events.syntax import (
    NOT_ACTORS,
    NOUNS,
    OBJECTS,
    PASSIVE_MARKERS,
    PLACE_NAME_ENTITIES,
    RELATIVE_PRONOUN_TAGS,
    SUBJECTS,
    carrying_verb,
    clause_subject,
    controlled_subjects,
    first_child,
    for_complement_marks,
    is_circumstance,
    is_headline_participle,
    is_passive,
    is_purpose,
    lemma_of,
    listed_gerund_verb,
    passive_subject,
    phrase_bounds,
    receiving_verb,
    relative_carrier,
    shifted_objects,
    states_content,
    up_to_objects,
)
from eventwire.annotate.modality import TIME_ENTITIES, governing_verb
from eventwire.annotate.parse_views import first_conjunct
from eventwire.annotate.places import place_cues
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.codebooks.events import EventCues, Frame, event_cues, happens_on_the_ground
from eventwire.records import ActorRef, CodeSource

NAMED_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}
"""Entity types of a modifier that names whose a thing is ("a U.S. request")."""
GROUP_ENTITIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
"""Speakers who are one person whatever their words: "he said they ..." is not "he"."""
JOINING_WORDS = frozenset({"CCONJ", "ADV", "PUNCT"})
"""What may stand between two verbs that share an object ("killed and then injured")."""
RECEIVING_PREPOSITIONS = actor_cues()["receiving_preposition"]
FIRST_PERSON = actor_cues()["first_person"]
LEADING_VERBS = actor_cues()["leading_verb"]
ACT_LABELS = actor_cues()["act_label"]
COMMON_WORDS = frozenset({"NOUN", "ADJ"})
"""Parts of speech of a word for a kind of actor, not a name ("police", "rebel")."""
HYPHEN_JOINED = frozenset({"npadvmod", "compound", "nmod"})
"""How the parse hangs the name before a hyphened participle on it ("Chile-led")."""


def actors_of(
    context: EventContext,
    head: Token,
    governor: Token,
    whole: bool = True,
    exclude: set[int] = frozenset(),
) -> list[ActorRef]:
    """Actors named by the phrase headed by `head` (a relative pronoun stands for its noun),
    short of the words in `exclude` (the trigger's own: "kept X on the list")."""
    if head.tag_ in RELATIVE_PRONOUN_TAGS and head.head.dep_ == "relcl":
        head = head.head.head
        head = predicate_subject(head) or head
    if head.ent_type_ in TIME_ENTITIES:
        return []  # "Thursday's bombing", a misparsed "Tuesday" as subject: a time, no actor
    head = past_dateline(head)
    if head is None:
        return []
    head = named_after(head)
    start, end = phrase_bounds(head, governor) if whole else (head.i, head.i + 1)
    for word in sorted(exclude):
        if head.i < word < end:
            token = context.parse[word]
            cut = token.head.i if token.head.dep_ == "prep" else token.left_edge.i
            end = max(head.i + 1, min(end, cut))
    if whole:
        start, end = participant_bounds(context, head, governor, start, end)
    key = (start, end)
    if key not in context.actor_cache:
        context.actor_cache[key] = resolve_actors(context.parse, start, end, context.analysis)
    return context.actor_cache[key]


def owners(
    context: EventContext,
    head: Token,
    governor: Token,
    depth: int = 2,
    exclude: set[int] = frozenset(),
) -> list[ActorRef]:
    """The actors a phrase names; for a thing or a group that the codebooks do not know
    ("a U.S. request", "calls by Belarus's rulers", "thousands of Nigerians", "opposition
    groups in Zimbabwe"), the coded actors it belongs to (`owned_through`: "crimes committed by
    Croat forces", "a government led by X"). People named by their relation to another actor
    ("America's allies", `relational_relata`) do not belong to that actor: they are not it."""
    actors = actors_of(context, head, governor, exclude=exclude)
    if any(a.code for a in actors) or depth == 0 or head.lower_ in LANGUAGE_NOUNS:
        return actors
    relata = relational_relata(context.parse, head)
    for child in head.children:
        if child.i in relata:
            continue
        owner = None
        if (child.dep_ == "poss" and child.tag_ != "PRP$") or (
            child.dep_ in MODIFIER_DEPENDENCIES
            and child.ent_type_ in NAMED_ENTITIES
            and not is_region_adjective(context.parse, child)
        ):
            owner = child  # not "its commitments": a possessive pronoun is the actor itself
        elif child.dep_ == "prep" and child.lower_ in context.cues.owner_prepositions:
            if child.lower_ in WHEREABOUTS and is_visiting(head):
                continue  # "peacekeepers in Kenya" are not Kenya's
            owner = first_child(child, {"pobj"})
        elif child.dep_ == "acl" and owned_through(context, head, child):
            # "crimes committed by Croat forces", "the government led by X"
            agent = first_child(child, {"agent"})
            owner = first_child(agent, {"pobj"}) if agent is not None else None
        if owner is not None:
            found = [a for a in owners(context, owner, head, depth - 1) if a.code]
            if found and child.lower_ in WHEREABOUTS and actors:
                return placed_in(context, actors, found)
            if found:
                return found
    return actors


def patient_owners(context: EventContext, patient: Token, clause: Token) -> list[ActorRef]:
    """Whom a request is about when what it asks for is done to something in the passive: the
    coded actors the passive subject names or belongs to ("demanded that Bolivia's forces be
    withdrawn", "that control of the Peruvian ministry be handed over": the ministry's). A
    thing, or people no code places, is what is asked for, not whom it is asked of, which
    the passive leaves unnamed ("urged that all parts of the Lima accord be implemented",
    "requested that he be released on bail")."""
    return [
        actor
        for actor in owners(context, patient, clause)
        if actor.code
        and (head := head_of(context, actor)) is not None
        and names_an_actor(context, head, frozenset())
    ]


def owned_through(context: EventContext, head: Token, participle: Token) -> bool:
    """Whether the agent of a participle on a phrase says whose it is: for a thing, who did it
    ("crimes committed by Croat forces"); for people, who leads them ("the coalition led by
    X"), not who acted on them ("a journalist detained by police", "soldiers backed by
    Kenyan troops")."""
    return not names_an_actor(context, head) or lemma_of(participle) in LEADING_VERBS


def placed_in(
    context: EventContext, actors: list[ActorRef], places: list[ActorRef]
) -> list[ActorRef]:
    """A phrase placed by its own "in" ("a passenger train in Balochistan", "the store in
    Gulu, Uganda", "opposition groups in Zimbabwe") names what is there, not the place: it
    keeps its words and takes the place's country, with the place as evidence (`role_place`),
    and the role its head's words give ("opposition groups" OPP; "CVL" for a hotel or a
    train, `civilian_role`). Places of two countries say nothing of one: then the places, as
    before."""
    countries = {place.code[:3] for place in places if place.code}
    if len(countries) != 1:
        return places
    place = places[0]
    evidence = CodeSource("role_place", place.text, place.start, place.end)
    return [
        replace(actor, code=place.code[:3] + own_role(context, actor), code_from=evidence)
        for actor in actors
    ]


def own_role(context: EventContext, actor: ActorRef) -> str:
    """The role an actor's own head gives ("the women" CVL, "opposition groups" OPP, a hotel
    CVL as a `civilian_role`), "" for none."""
    head = head_of(context, actor)
    if head is None:
        return ""
    return role_of(context.parse, head, head.left_edge.i, head.i + 1) or civilian_role(head)


def spoken_by(pronouns: list[ActorRef], voice: list[ActorRef]) -> list[ActorRef]:
    """The pronoun subject of what someone says is the speaker ("Tehran declared that it
    would": Tehran). The speaker's own "I" or "we" ("'We are ready,' the minister said") keeps
    its words, as any participant of the clause does, and takes the speaker's code and name,
    with the speaker's words as evidence (`speaker`); said by several, the speakers."""
    first_person = len(pronouns) == 1 and pronouns[0].text.lower() in FIRST_PERSON
    if len(voice) != 1 or not first_person:
        return voice
    (speaker,) = voice
    evidence = CodeSource("speaker", speaker.text, speaker.start, speaker.end)
    return [
        replace(
            pronouns[0],
            code=speaker.code,
            name=speaker.name,
            code_from=evidence if speaker.code else None,
        )
    ]


def speaker_pronouns(
    context: EventContext, pronouns: list[ActorRef], voice: list[ActorRef]
) -> list[ActorRef]:
    """The pronoun subject of what someone says, standing for the speaker where it can
    (`spoken_by`); a plural pronoun is not one person who speaks ("'They shot the guards,'
    Ana Ruiz said": the gunmen, not Ana Ruiz), so it stays itself."""
    plural = any(a.text.lower() in PLURAL_PRONOUNS for a in pronouns)
    if plural and len(voice) == 1 and is_one_person(context, voice[0]):
        return pronouns
    return spoken_by(pronouns, voice)


def is_one_person(context: EventContext, actor: ActorRef) -> bool:
    """Whether an actor is named as one person: "he" or "she", a person's name, or a lone
    proper noun the tables do not know ("Ajmal said"; a group's name would have a code)."""
    head = head_of(context, actor)
    if head is None or head.conjuncts:
        return False
    if head.lower_ in ONE_PERSON_PRONOUNS:
        return True
    unknown_name = head.ent_type_ not in GROUP_ENTITIES and actor.code is None
    return head.tag_ == "NNP" and (head.ent_type_ == "PERSON" or unknown_name)


def is_pronoun(actor: ActorRef) -> bool:
    """An actor named only by a pronoun ("it", "they"): its phrase is one word, a pronoun."""
    return actor.text.lower() in event_cues().pronouns


def verb_arguments(
    context: EventContext, verb: Token, frame: Frame, used: set[int]
) -> tuple[list[ActorRef], list[ActorRef]]:
    """Source and target of a verb: its subject (or passive agent) and the phrases its frame
    names as targets."""
    parties = parties_between(context, verb)
    if parties:
        return parties, []  # "fighting between rebels and army forces": both act
    passive = is_passive(verb) or (
        "object" in frame.targets and not frame.intransitive and is_headline_participle(verb)
    )
    used = used | accused_act_words(context, verb)
    source_head: Token | None
    agent = [c for c in verb.children if c.dep_ == "agent"]
    stative = passive and not agent and lemma_of(verb) in context.cues.stative_participles
    deployed = passive and not agent and lemma_of(verb) in context.cues.deployment_verbs
    subject = passive_subject(verb) if stative or deployed else None
    if subject is not None and (subject.i not in used or deployed):
        # "Peru is opposed to ...", "forces were engaged in ...": a state of the subject;
        # "troops were deployed to ...": the forces sent (the frame's object words) act
        source_head, target_head, passive = subject, None, False
    elif passive:
        source_head = first_child(agent[0], {"pobj"}) if agent else stray_agent(context, verb)
        target_head = passive_subject(verb)
    else:
        source_head = clause_subject(verb)
        target_head = None
    source = convened_members(context, verb, used)
    if not source and source_head is not None:
        source = owners(context, source_head, verb)
    target: list[ActorRef] = []
    if target_head is not None and target_head.i not in used:
        target = owners(context, target_head, verb)  # "a camp for Ugandan refugees was shelled"
    if not target:
        target = targets(context, verb, frame.targets, used, passive)
    if not target and frame.preps:
        target = asked_of(context, verb, frame.preps, used)
    if not source and not target and verb.tag_ == "VBG":
        # a gerund read as a noun: "killing of all US leaders"
        target = targets(context, verb, ("of",), used, passive)
    return source, target


STRAY_AGENT_PREPOSITIONS = frozenset({"with", "as"})
"""Phrases on a passive whose noun the parser may hang the passive's "by" agent on."""


def stray_agent(context: EventContext, verb: Token) -> Token | None:
    """A passive's agent the parser hangs on the noun of its "with" or "as" phrase ("was
    threatened with sanctions by Kenya": Kenya threatens; "is designated as a terrorist group by
    Peru": Peru designates). Not where the phrase names the act someone is charged with ("was
    charged with attacks by rebels"): that agent did the act."""
    lemma = lemma_of(verb)
    phrases = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in STRAY_AGENT_PREPOSITIONS
        and (lemma, c.lower_) not in context.cues.accusation_prepositions
    ]
    for noun in filter(None, (first_child(p, {"pobj"}) for p in phrases)):
        for by in noun.children:
            if by.dep_ == "prep" and by.lower_ == "by":
                return first_child(by, {"pobj"})
    return None


def convened_members(context: EventContext, verb: Token, used: set[int]) -> list[ActorRef]:
    """The members of a meeting called or demanded so that it would do the act ("called a
    meeting of the Security Council to discuss X": the council discusses, not the caller)."""
    if not is_purpose(verb):
        return []
    for meeting in verb.head.children:
        if meeting.dep_ in OBJECTS and lemma_of(meeting) in context.cues.convened_nouns:
            return members_of(context, meeting, used)
    return []


def asked_of(
    context: EventContext, verb: Token, preps: frozenset[str], used: set[int]
) -> list[ActorRef]:
    """Whom a call is made of when it names a clause ("called for the army to withdraw"):
    the clause's own subject."""
    for mark in for_complement_marks(verb):
        subject = first_child(mark.head, SUBJECTS)
        if mark.lower_ in preps and subject is not None and subject.i not in used:
            return owners(context, subject, mark.head)
    return []


def noun_arguments(
    context: EventContext, noun: Token, frame: Frame, used: set[int], carried: bool = True
) -> tuple[list[ActorRef], list[ActorRef]]:
    """Source and target of an event noun: its possessor or name modifier, its agent, the
    subject of the verb carrying it or of the clause it is reciprocal in, and the phrases its
    frame names as targets (with `carried`, on the carrying verb too)."""
    cues = context.cues
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    for child in noun.children:
        if child.i in used:
            continue
        if child.dep_ in MODIFIER_DEPENDENCIES and names_the_place(context, child, frame):
            continue  # "a Baghdad bombing" happened there; Baghdad did not bomb
        if child.dep_ == "poss" or (
            child.dep_ in MODIFIER_DEPENDENCIES
            and child.ent_type_ in NAMED_ENTITIES
            and not (frame.reciprocal and child.ent_type_ in PLACE_NAME_ENTITIES)
        ):
            whose = actors_of(context, child, noun, whole=child.dep_ == "poss")
            if is_undergone(noun):
                target = target or whose
                continue
            source = source or whose
        if child.dep_ == "compound" and not frame.reciprocal and not coded(source):
            # "US Predator attacks": a coded name inside the compound
            source = [a for a in actors_of(context, child, noun) if a.code] or source
    if not source:
        source = agent_of_noun(context, noun)
    if not source and frame.reciprocal:
        source = members_of(context, noun, used)  # "a meeting of the Security Council"
    if frame.reciprocal:
        between = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
        if between and (members := first_child(between[0], {"pobj"})) is not None:
            source = source + actors_of(context, members, noun)
    carrier = (carrying_verb(noun, cues) or relative_carrier(noun, cues)) if carried else None
    if carrier is not None and all(
        is_pronoun(a) or a.text.lower() in cues.possessive_pronouns for a in source
    ):
        # "held their first meeting": whose it is, the carrying verb's subject says
        carried_source, carried_target = verb_arguments(context, carrier, Frame(code=""), {noun.i})
        source = carried_source or source
        target = carried_target if not is_passive(carrier) else []
    if not source and carried and (intender := intending_verb(noun, cues)) is not None:
        # "Trump threatened new tariffs on X": who threatens would impose them
        subject = clause_subject(intender)
        source = actors_of(context, subject, intender) if subject is not None else []
    if not source and noun.dep_ == "pobj" and noun.head.lower_ in cues.gathering_prepositions:
        verb = noun.head.head  # "thousands converged for a rally": they rally
        if lemma_of(verb) in cues.gathering_verbs:
            subject = clause_subject(verb)
            source = actors_of(context, subject, verb) if subject is not None else []
    if not source and frame.reciprocal:
        clause = reciprocal_clause(noun, frame)
        subject = clause_subject(clause) if clause is not None else None
        if subject is not None and noun not in subject.subtree:  # not "talks would resume"
            source = actors_of(context, subject, clause)
    if not source and frame.agents:
        # "the withdrawal of Serbian forces"; after the carrier: "the US speeded up the
        # withdrawal of some forces" is the US's; a `prep_object` the frame read on an agent's
        # preposition still names the agent ("the backing of India")
        agent_phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in frame.agents]
        source = targets(
            context, noun, frame.agents, used - {t.i for p in agent_phrases for t in p.subtree}
        )
        if not source and noun.dep_ in OBJECTS:
            # "drew criticism from Beijing": the phrase hangs from the verb taking the noun
            source = targets(context, noun.head, frame.agents, used | {noun.i})
    found = targets(context, noun, frame.targets, used)
    if not found and listed_gerund_verb(noun) is not None:
        # "accused of killing, maiming and displacing villagers": the series' last object
        found = targets(context, noun, ("object",), used)
    if not found and noun.dep_ == "compound" and lemma_of(noun.head) in cues.event_heads:
        # "a mediation mission between Syria and Jordan"
        found = targets(context, noun.head, frame.targets, used | {noun.i})
    if found:
        target = found
    if (frame.agents or frame.actor_modifier or is_accusation(frame.code)) and not coded(target):
        target = received_by(context, noun) or target  # "Kenya faced criticism from X", "over"
    if not found and carrier is not None and not target:
        # "completed its investigation into X", "provides military support to X": the phrase
        # hangs from the carrier
        where = (*CARRIED_TARGET_PREPOSITIONS, *(p for p in frame.targets if p != "of"))
        topics = named_topics(noun, frame)
        target = targets(context, carrier, tuple(dict.fromkeys(where)), used | {noun.i} | topics)
    taking = accepting_verb(context, noun) if not target else None
    if taking is not None:
        # "came under attack from X", "received aid from X": the subject is whom it is done
        # to, the "from" phrase who does it; not a pronoun, which the coreference resolves to
        # actors only ("the convoy ... when it came under attack" is no group named before)
        target = [a for a in taken_by(context, taking) if not is_pronoun(a)]
        source = (
            source
            or targets(context, noun, ("from",), used)
            or targets(context, taking, ("from",), used | {noun.i})
        )
    if not source and target:
        source = kind_of_doer(context, noun, frame, used)  # "a police raid on the camp"
    return source, target


def reciprocal_clause(noun: Token, frame: Frame) -> Token | None:
    """The clause whose subject is a party of a reciprocal act's noun: the verb above it; not
    where a time or circumstance phrase holds the noun ("after clashes in the city, the UN
    urged calm"), unless the phrase names the other party of talks or a meeting with "with"
    ("following talks with X, the minister said", "after a meeting with Y, the governor told"),
    whose other party the subject can only be; then the verb the phrase hangs from ("following"
    is tagged a verb). An act on the ground stays out ("after clashes with police, the UN
    urged calm")."""
    if not is_circumstance(noun):
        return governing_verb(noun)
    if happens_on_the_ground(frame.code) or not any(
        child.dep_ == "prep" and child.lower_ == "with" for child in noun.children
    ):
        return None
    return governing_verb(first_conjunct(noun).head)


def named_topics(noun: Token, frame: Frame) -> set[int]:
    """The names a reciprocal act's noun holds in a topic phrase its frame does not list as
    a target (`topic_preposition`: "talks on Peru", "meetings on Ukraine and security"): what
    the act is about, not whom; the phrases the recipient and misattachment readings look at
    must not take them."""
    if not frame.reciprocal:
        return set()
    return {
        name.i
        for phrase in noun.children
        if phrase.dep_ == "prep"
        and phrase.lower_ in TOPIC_PREPOSITIONS
        and phrase.lower_ not in frame.targets
        for name in phrase.children
        if name.dep_ == "pobj" and name.pos_ == "PROPN"
    }


def kind_of_doer(
    context: EventContext, noun: Token, frame: Frame, used: set[int]
) -> list[ActorRef]:
    """The kind of actor a common word before a noun of an act on the ground names as its doer
    ("a police raid on the camp", "a rebel attack on the village"); not whom it is done to
    ("student arrests": `is_undergone`), a thing ("a bomb attack"), nor a word that labels
    the act (`act_label` in `actor_cues.tsv`: "terrorist attacks")."""
    if not happens_on_the_ground(frame.code) or is_undergone(noun):
        return []
    labels = ACT_LABELS | (frame.modifiers or frozenset())
    for child in noun.lefts:
        if (
            child.dep_ in MODIFIER_DEPENDENCIES
            and child.pos_ in COMMON_WORDS
            and not child.ent_type_
            and child.i not in used
            and lemma_of(child) not in labels
            and names_an_actor(context, child, frozenset())
        ):
            return actors_of(context, child, noun, whole=False)
    return []


def names_the_place(context: EventContext, modifier: Token, frame: Frame) -> bool:
    """A city's or capital's name before a noun of an act on the ground says where it
    happened ("a Baghdad bombing", "the Kabul attack"), not who did it."""
    match = lexicon_matches(context.parse).names.get(modifier.i)
    return (
        match is not None and match.actor.kind in PLACE_KINDS and happens_on_the_ground(frame.code)
    )


def intending_verb(noun: Token, cues: EventCues) -> Token | None:
    """The verb of threatening, vowing or preparing that names the noun's act as its own
    ("threatened new tariffs", "threatened the EU with tariffs", "is preparing an offensive"),
    not passive ("sanctions were threatened": whose they are, the clause does not say)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in cues.intent_carrier_prepositions:
        verb = verb.head
    elif noun.dep_ not in OBJECTS:
        return None
    if verb.pos_ != "VERB" or lemma_of(verb) not in cues.intent_carriers or is_passive(verb):
        return None
    return verb


def agent_of_noun(context: EventContext, noun: Token) -> list[ActorRef]:
    """'a strike authorised by X', 'an attack that was carried out by X', 'attacks by X',
    'the Chile-led offensive', 'a UN-brokered deal'."""
    for child in noun.children:
        if child.dep_ == "amod" and (named := hyphened_agent(context, child)) is not None:
            return actors_of(context, named, child)
        if child.dep_ == "prep" and child.lower_ == "by":
            agent = first_child(child, {"pobj"})
            if agent is not None:
                return actors_of(context, agent, noun)
        if child.dep_ in {"acl", "relcl"} and performs(context, child):
            for grandchild in child.children:
                if grandchild.dep_ == "agent":
                    agent = first_child(grandchild, {"pobj"})
                    if agent is not None:
                        return actors_of(context, agent, child)
    return []


def hyphened_agent(context: EventContext, participle: Token) -> Token | None:
    """The name joined by a hyphen to a participle of doing or leading that modifies an event
    noun ("Chile-led", "UN-brokered"): who does the act, as "led by Chile" says."""
    if participle.tag_ != "VBN" or not performs(context, participle):
        return None
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    if before is None or before.text != "-":
        return None
    return next(
        (c for c in participle.lefts if c.dep_ in HYPHEN_JOINED and names_an_actor(context, c)),
        None,
    )


def members_of(context: EventContext, noun: Token, used: set[int]) -> list[ActorRef]:
    """Who a gathering is of ("a meeting of the Security Council", "the summit of African
    leaders"): its participants, when the phrase names an actor; also an "of" phrase the
    parser hangs on the verb taking the noun ("called a meeting Wednesday of the Council")."""
    on_verb = noun.head.children if noun.dep_ in OBJECTS else ()
    for child in (*noun.children, *on_verb):
        if child.dep_ == "prep" and child.lower_ == "of":
            members = first_child(child, {"pobj"})
            if members is not None and members.i not in used and names_an_actor(context, members):
                return actors_of(context, members, noun)
    return []


def received_by(context: EventContext, noun: Token) -> list[ActorRef]:
    """Whom criticism or opposition is aimed at when the noun is what they face, draw or
    meet ("Kenya faced criticism from X", "the plan met with opposition"), or what they act
    amid or despite ("Botswana's revenues doubled amid UK opposition"): the coded owners of
    the verb's subject, or the subject itself where it names an actor ("the country"; not
    after "amid", where any subject may stand: "prices rose amid criticism")."""
    amid = (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in RECEIVING_PREPOSITIONS
    )
    verb = noun.head.head if amid else receiving_verb(noun, context.cues)
    return taken_by(context, verb, named=not amid)  # "fuel prices rose amid ...": no actor


def accepting_verb(context: EventContext, noun: Token) -> Token | None:
    """The verb through which its subject accepts, receives or suffers the act the noun names
    (`accepting_verbs`: "Peru accepted Chinese funding"; `accepting_prepositions`: "the
    convoy came under attack"); not a verb the noun only hangs from ("sustained injuries
    during the attack")."""
    cues = context.cues
    if noun.dep_ == "pobj" and (lemma_of(noun.head.head), noun.head.lower_) in (
        cues.accepting_prepositions
    ):
        return noun.head.head
    if noun.dep_ in OBJECTS and lemma_of(noun.head) in cues.accepting_verbs:
        return noun.head
    return None


def taken_by(context: EventContext, verb: Token | None, named: bool = True) -> list[ActorRef]:
    """The subject of a verb through which it takes an act: its coded owners, or (`named`) the
    subject itself where it names an actor ("the country")."""
    subject = clause_subject(verb) if verb is not None else None
    if subject is None:
        return []
    found = owners(context, subject, verb)
    return [a for a in found if a.code] or (
        found if named and names_an_actor(context, subject) else []
    )


def accused_act_words(context: EventContext, verb: Token) -> set[int]:
    """The preposition of the act an accused is charged with, when the parser hangs it on
    the accused ("accused Somali militants of attacking a bus"): not part of the target."""
    return {
        preposition.i
        for noun in verb.children
        if noun.dep_ in OBJECTS
        for preposition in noun.children
        if preposition.dep_ == "prep"
        and (lemma_of(verb), preposition.lower_) in context.cues.accusation_prepositions
    }


def performs(context: EventContext, participle: Token) -> bool:
    """Whether the agent of a participle on an event noun is its source: who carries it out,
    orders, leads, claims or brokers it ("carried out by", "authorised by", "led by", "claimed
    by", "a deal brokered by China"), not who condemns, reports or suffers it ("an attack
    condemned by the UN")."""
    cues = context.cues
    lemma = lemma_of(participle)
    return lemma in cues.support_verbs | cues.claim_verbs | cues.brokering_verbs | LEADING_VERBS


CARRIED_TARGET_PREPOSITIONS = ("against", "on", "at", "with", "into")
"""Where a carried event noun's target may hang from its carrying verb, whatever the noun; the
noun's own target prepositions are tried after them ("gave support to X"), not "of" ("made a
wave of arrests")."""

TOPIC_PREPOSITIONS = actor_cues()["topic_preposition"]
ANSWERED_PREPOSITIONS = frozenset({"to"})
"""Where the thing a trigger uses as its prepositional object ("bowed to Kenyan pressure",
"is opposed to French mediation") is another party's act, whose owner is the target; not
"withdrew from the Paris agreement", where a place names a treaty."""


def targets(
    context: EventContext,
    head: Token,
    where: tuple[str, ...],
    used: set[int],
    passive: bool = False,
) -> list[ActorRef]:
    """The target named in the first of the places `where` that names a coded actor;
    else the first uncoded phrase ("lifted embargoes on sales to Iran": Iran). People an
    earlier place names stay the target before a country named as where the act happens
    ("imposed measures against women in Chile": the women, whom the place then codes)."""
    uncoded: list[ActorRef] = []
    for actors in target_phrases(context, head, where, used, passive):
        if any(a.code for a in actors):
            if (
                uncoded
                and is_country_place(context, actors)
                and all(names_people(context, a) for a in uncoded)
            ):
                return uncoded
            return actors
        uncoded = uncoded or actors
    return uncoded


def is_country_place(context: EventContext, actors: list[ActorRef]) -> bool:
    """Whether the actors are all places the gazetteer gives a country ("in Chile")."""
    return all(actor.start in context.country_places for actor in actors)


def target_phrases(
    context: EventContext,
    head: Token,
    where: tuple[str, ...],
    used: set[int],
    passive: bool,
) -> Iterator[list[ActorRef]]:
    """Actors of the phrases in the places `where`, in order; never a prepositional object
    that is an area ("on the Thai border", "sent troops to the border", "deployed to the
    villages": where, not whom; the VOA gold leaves such targets empty)."""
    skipped = place_cues()["area"]
    objects = (
        [c for c in head.children if c.dep_ in OBJECTS]
        or up_to_objects(head)
        or shifted_objects(head)
        or controlled_subjects(head, context.cues)
        or shared_objects(head)
    )
    # a phrase may hang from the verb or, by a common misattachment, from its object (or
    # the object's last conjunct: "launched mortar and rocket fire against X"); from a
    # noun's "of" object ("a suspension of air links with Serbia")
    carried = objects
    if head.pos_ in NOUNS:
        carried = [o for p in head.children if p.lower_ == "of" for o in p.children]
    attached = [
        *head.children,
        *(g for o in carried for part in (o, *o.conjuncts) for g in part.children),
    ]
    for place in where:
        if place == "object":
            if passive:
                continue
            for child in objects:
                actors = owners(context, child, head, exclude=used)
                if child.i not in used or any(a.code for a in actors):
                    yield actors
                    break
        elif place == "dative":
            for child in head.children:
                if child.dep_ == "dative" and child.pos_ != "ADP":
                    yield owners(context, child, head)
                    break
        elif place == "clause":
            yield charged_in_clause(context, head, used)
        else:
            for child in attached:
                if child.dep_ in {"prep", "dative"} and child.lower_ == place:
                    found = [
                        c
                        for c in child.children
                        if c.dep_ == "pobj"
                        and c.ent_type_ not in NOT_ACTORS
                        and lemma_of(c) not in skipped
                    ]
                    if found and found[0].i not in used:
                        yield owners(context, found[0], head)
                    elif found and place in ANSWERED_PREPOSITIONS:
                        actors = owners(context, found[0], head, exclude=used)
                        if any(a.code for a in actors):
                            yield actors


def people_in_trigger(context: EventContext, verb: Token, parts: set[int]) -> list[ActorRef]:
    """The people the trigger's own object word names ("hold migrants", "broke up a terrorist
    cell", "a cell was dismantled": the frame matched the word, and the act is done to them).
    Not people a possessive pronoun makes the source's own ("recalled its ambassador"), nor
    a word of a thing's name ("a state of emergency"), nor forces in an act of force
    posture ("sent 10,000 troops": the caller's check)."""
    if is_passive(verb):
        acted_on = [passive_subject(verb)]
    else:
        acted_on = [c for c in verb.children if c.dep_ in OBJECTS]
    for child in acted_on:
        if child is not None and child.i in parts and child.pos_ == "NOUN":
            if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in child.children):
                return []
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
                return []  # "lifted a state of emergency": a thing's name
            return [a for a in owners(context, child, verb) if names_people(context, a)]
    return []


def charged_in_clause(context: EventContext, verb: Token, used: set[int]) -> list[ActorRef]:
    """Whom a charge stated as a clause names ("alleged that Chile had violated the treaty",
    "'Chile has violated it,' Peru alleged", a noun's "accusations that Chile had violated
    it"): the clause's active subject, the doer of the wrong; a passive one suffered it
    ("alleged that civilians were killed")."""
    for clause in verb.children:
        if not states_content(clause):
            continue
        subject = first_child(clause, {"nsubj"})
        if subject is not None and subject.i not in used:
            return coded_referents(context, owners(context, subject, clause))
    return []


def named_object(context: EventContext, act: Token) -> list[ActorRef]:
    """The object of an act no event is coded for, where it names people ("refused to enroll
    her daughter", "vowed to expel the journalists"): whom the refusal or promise is about,
    with or without a code. A thing ("refused to pay the fine") names no one."""
    if act.pos_ not in {"VERB", "AUX"} or is_passive(act):
        return []
    for child in act.children:
        if child.dep_ in OBJECTS:
            actors = owners(context, child, act, exclude={act.i})
            return [a for a in actors if names_people(context, a)]
    return []


def names_people(context: EventContext, actor: ActorRef) -> bool:
    """Whether an actor's head word itself names people, not a thing a kind word describes
    ("give daughter Makeda extra classes", "for military purposes") nor an area ("the
    town")."""
    head = head_of(context, actor)
    if head is None or lemma_of(head) in place_cues()["area"]:
        return False
    return is_person_noun(head) or (
        takes_part(context, actor) and names_an_actor(context, head, frozenset())
    )


def shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verbs joined after it ("killed and injured 30
    protesters", "imposed and then delayed a tariff", "killed, maimed and robbed farmers"),
    when they have no subject of their own and are active: the parse gives the object to the
    last verb of the series only. A gerund of the series the parser tagged a noun counts as
    a verb ("accused of killing, maiming, raping and displacing villagers")."""
    if not is_listed_verb(verb):
        return []
    current = verb
    while True:
        conjunct = next((c for c in current.rights if c.dep_ == "conj" and is_listed_verb(c)), None)
        if conjunct is None:
            return []
        between = verb.doc[current.i + 1 : conjunct.i]
        if any(t.pos_ not in JOINING_WORDS for t in between):
            return []  # "attacked the post and killed": not one object
        if any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_MARKERS for c in conjunct.children):
            return []
        objects = [c for c in conjunct.children if c.dep_ in OBJECTS]
        if objects:
            return objects[:1]
        current = conjunct


def is_listed_verb(token: Token) -> bool:
    """A verb, or a gerund of a list of acts the parser tagged a noun (`listed_gerund_verb`)."""
    return token.pos_ == "VERB" or listed_gerund_verb(token) is not None
