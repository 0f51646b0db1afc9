"""Who can take part in an event: an event is coded only where a political or social actor
takes part in it, and something that is said only where someone says it.

A frame fits words, not the world: "attack the garlic", "the slugs launched a raid", "the
purchase is deemed to violate the act" fit the frames of ASSAULT and REJECT. What they lack
is an actor: a name the codebooks resolve, a named person, group or place, a word for a kind
of actor ("troops", "protesters"), or a pronoun that stands for one. Verbal acts (statements,
demands, accusations) need such a source; commentators ("analysts praised the move") comment
on events rather than take part in them.

An argument is a participant, not whatever phrase the parse hangs there: not a time, a
dateline, the event itself or the content of what is said, and its words stop where they start
telling the event (docs/actors.md, "Who takes part").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.annotate.actor_members import MODIFIER_DEPENDENCIES
from eventwire.annotate.actors import (
    MILITARY,
    entity_of,
    is_visiting,
    lexicon_matches,
    resolve_actors,
    role_of,
)
from eventwire.annotate.binding import REFLEXIVE_ENDINGS
from eventwire.annotate.events.compare import REQUEST_ROOTS, coded
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.referents import accused_it
from eventwire.annotate.events.syntax import (
    OBJECTS,
    SINGULAR_NOUN_TAGS,
    first_child,
    is_passive,
    of_objects,
    phrase_bounds,
    receiving_verb,
    trigger_lemma,
    trimmed_end,
)
from eventwire.annotate.modality import TIME_ENTITIES, is_to_infinitive
from eventwire.annotate.parse_views import span_at
from eventwire.annotate.quotes.speakers import dateline_end
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.codebooks.actors import country_codes
from eventwire.codebooks.events import Frame, plover_type_of
from eventwire.records import ActorRef, CodeSource, Entity, Speaker

PERSON = "PERSON"
COUNTRY_CODE_LENGTH = 3
"""A code of a country alone, with no role ("DEU", not "DEUGOV")."""
NAMED = (PERSON, "ORG", "NORP", "GPE")
KIND_WORDS = MODIFIER_DEPENDENCIES | {"poss"}
MEASURES = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
"""Entity types of what is counted or dated, never who takes part ("14", arrested, may be)."""
NOUN_HEADS = ("NOUN", "PROPN")
CO_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
"""Where a pronoun stands as the subject or object of a clause."""
PREDICATE_PREPOSITIONS = ("among", "of")
RESULT_ADJECTIVES = actor_cues()["result_adjective"]
UNDERGONE_NOUNS = actor_cues()["undergone_noun"]
HAPPENINGS = actor_cues()["happening_noun"]
ARMED_ACT_NOUNS = actor_cues()["armed_act_noun"]
PERSON_NOUNS = actor_cues()["person_noun"]
PARTY_TARGET_TYPES = {cue.upper() for cue in actor_cues()["party_target_type"]}
ACT_AIMED_TYPES = {cue.upper() for cue in actor_cues()["act_aimed_type"]}
INNER_ACT_TYPES = {cue.upper() for cue in actor_cues()["inner_act_type"]}
OWN_PEOPLE = actor_cues()["own_people"]
OWN_PEOPLE_MARKERS = actor_cues()["own_people_marker"]
FELLOW_MARKERS = actor_cues()["fellow_marker"]
FELLOW_MEMBERS = actor_cues()["fellow_member"]
OWN_MEETING_WORDS = actor_cues()["own_meeting_word"]
PRESS_NOUNS = actor_cues()["press_noun"]
PRESS_TITLES = actor_cues()["press_title"]
PRESS_ACT_TYPES = {cue.upper() for cue in actor_cues()["press_act_type"]}
TRAVEL_CODES = actor_cues()["travel_code"]
OWN_BODIES = actor_cues()["own_body"]
FIRST_PERSON = actor_cues()["first_person"]
BODY_MEMBERS = actor_cues()["body_member"]
IGO_PREFIX = "IGO"
ORGANISATION_PREFIXES = (IGO_PREFIX, "NGO")
"""Code prefixes of the intergovernmental and non-governmental bodies `igos.tsv` codes ("NGOHRI"
Human Rights Watch, "IGOUNO" the UN): parties to the events they report on."""
VERBAL_QUAD_CLASSES = (1, 3)
PARTY_PREPOSITIONS = frozenset({"by", "from", "with", "between"})
"""Prepositions on an event noun that name its parties ("the attack by X", "demands from X",
"talks with X"), not what it is done to."""
AGENT_PREPOSITIONS = frozenset({"by", "from"})
"""Prepositions on an act noun that name who does it ("calls by the Council", "demands from
X")."""
COMPLEMENTS = frozenset({"ccomp", "xcomp"})
INCLUDING = "including"
BY = "by"
ASKED_PREPOSITIONS = frozenset({"of"})
"""On a thing asked for, whose it is ("the resignation of the minister")."""
AIMED_ROOTS = ("11", "13")
"""Accusations and threats are aimed at whom the act they tell of names ("blamed the attacks
on militants", "threatened a war against X")."""
TARGET_PLACE = "target_place"
EVENT_PLACE = "event_place"
"""`code_from` rules of actors coded by the place of the event (the clause's, or as
`placement.placed_victims` finds it), which many parties share."""
CIVILIANS = "CVL"
"""The role code of people and places an act on the ground harms (`civilian_role`)."""


def takes_part(context: EventContext, actor: ActorRef) -> bool:
    """Whether an argument names an actor, rather than a thing, an animal or a commentator."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span):
        return actor.code is not None
    if names_a_commentator(context, span, context.cues.commentator_nouns):
        return False
    if span.root.lemma_.lower() in context.cues.opinion_writings:
        return False
    if introduced_as_commentator(context, span.root):
        return False
    if actor.code is not None:
        return True
    return names_an_actor(context, span.root)


def introduced_as_commentator(context: EventContext, head: Token) -> bool:
    """Whether a word names a person the article introduces as a commentator ("Ana Ruiz, an
    assistant professor of law", "pollster Ana Ruiz"), whom later mentions ("Ruiz", "she")
    name alone: their views on events are no events (gold convention 10). A person coded
    with a role, or called by one ("Senator Ruiz, a former law professor"), acts for a side."""
    person = entity_of(head, context.analysis.entities)
    if person is None or person.type != PERSON or coded_with_role(person):
        return False
    cues = context.cues
    trades = cues.commentator_nouns - cues.commentator_stances
    roles = lexicon_matches(context.parse).roles
    commentator = False
    for words in mention_spans(context, person):
        if any(token.i in roles for token in words):
            return False
        commentator = commentator or (
            words.root.lemma_.lower() in cues.commentator_titles
            or names_a_commentator(context, words, trades)
        )
    return commentator


def coded_with_role(person: Entity) -> bool:
    """Whether a person's code holds a role beside the country ("FRAGOV"): they act for a
    side."""
    return person.actor is not None and len(person.actor) > COUNTRY_CODE_LENGTH


def titled(context: EventContext, person: Entity) -> bool:
    """Whether a mention of the person puts a role word before their name ("Defence Minister
    Ana Ruiz"): whatever else the article calls them ("a former analyst", "a fellow at an
    institute"), they act for a side. A post told apart from the name ("Douglas Paal, vice
    president at the Carnegie Endowment") is no title, nor is a code the table or the setting
    gives a commentator's post ("vice president of studies" read as a government's in India;
    "a former CIA deputy division chief")."""
    roles = lexicon_matches(context.parse).roles
    return any(
        any(token.i in roles for token in words) and words[-1].ent_type_ == PERSON
        for words in mention_spans(context, person)
    )


def described_role(context: EventContext, head: Token) -> str:
    """The role a person the article gives no country is described by, for a code whose
    country comes from elsewhere (the setting, the place of the act): the role word of a
    title or modifier before a name ("Publisher Ana Ruiz", "journalist Ana Ruiz", "Provincial
    Governor Ana Ruiz") or of an apposition ("Ruiz, a journalist"), where all the person's
    descriptions give one role; "" for none. A description that makes them one of a body
    ("a member of the upper house", "the leader of the Toro gang") gives the body's role, not
    the head word's."""
    person = entity_of(head, context.analysis.entities)
    if person is None or person.type != PERSON or person.actor is not None:
        return ""
    roles = set()
    for words in mention_spans(context, person):
        root = words.root
        body = body_of_member(root)
        if body is not None:
            role = role_of(context.parse, body, body.left_edge.i, body.i + 1)
        elif any(token.dep_ == "prep" for token in root.rights):
            continue
        else:
            role = role_of(context.parse, root, root.left_edge.i, words.end)
        if role:
            roles.add(role)
    return next(iter(roles)) if len(roles) == 1 else ""


def body_of_member(root: Token) -> Token | None:
    """The body a description makes the person one of ("a member of the upper house", "the
    leader of the Toro gang"): its role is the person's."""
    if root.lemma_.lower() not in BODY_MEMBERS:
        return None
    return next(iter(of_objects(root)), None)


def mention_spans(context: EventContext, person: Entity) -> list[Span]:
    """The parse's words of each of a person's mentions."""
    spans = (span_at(context.parse, m.start, m.end) for m in person.mentions)
    return [words for words in spans if words is not None and len(words)]


def speaks_as_commentator(context: EventContext, speaker: Speaker) -> bool:
    """Whether whoever tells an act is a commentator: an analyst, a researcher, a pollster, or
    a person the article introduces as one ("said Ana Ruiz, a fellow at the Carnegie
    Endowment"; "Ruiz" and "she" after). The prospects they weigh ("a summit could be risky",
    "the sides will not talk soon") are opinion, no act a party has set in train (gold
    convention 10)."""
    words = span_at(context.parse, speaker.start, speaker.end)
    if words is None or not len(words):
        return False
    person = entity_of(words.root, context.analysis.entities)
    if person is not None and person.type == PERSON and titled(context, person):
        return False  # "French Defence Minister Ana Ruiz, a former analyst, said": a side's
    if works_at_coded_organisation(context, words):
        return False  # "a researcher at Human Rights Watch said": the group's
    return (
        names_a_commentator(context, words, context.cues.commentator_nouns)
        or introduced_as_commentator(context, words.root)
        or introduced_at_research_body(context, words.root)
    )


def works_at_coded_organisation(context: EventContext, words: Span) -> bool:
    """Whether a speaker's phrase, or an apposition on a mention of the person, names a body
    coded as an IGO or NGO ("a researcher at Human Rights Watch"; "Ana Ruiz, an analyst at
    Amnesty International"): they speak for it, whatever their trade, as the body reports and
    charges as a party does. Research bodies have no such code, so their fellows stay
    commentators."""
    heads = person_mention_heads(context, words.root)
    phrases = [words, *(apposition.subtree for apposition in appositions(heads))]
    for phrase in phrases:
        for token in phrase:
            body = entity_of(token, context.analysis.entities)
            if body is not None and (body.actor or "").startswith(ORGANISATION_PREFIXES):
                return True
    return False


def tells_own_act(context: EventContext, source: list[ActorRef]) -> bool:
    """Whether a commentator tells an act of the body they work at or of their own in the
    first person ("Ana Ruiz, director of the Karva Institute, said the institute would sue";
    "we will file a complaint"): a plan of a party, not a view of others' prospects. A
    third-person source is left to the rule: the parse may have put the speaker for a "he"
    who is someone else."""
    for actor in source:
        words = span_at(context.parse, actor.start, actor.end)
        if words is not None and len(words):
            head = words.root
            if head.lower_ in FIRST_PERSON or head.lemma_.lower() in context.cues.research_bodies:
                return True
    return False


def introduced_at_research_body(context: EventContext, head: Token) -> bool:
    """Whether the article introduces a person by a post at a research body ("Douglas Paal,
    vice president at the Carnegie Endowment"; "Paal" and "he" after): an apposition on one of
    the person's mentions names an organisation with a word of `research_bodies`. A post at a
    ministry, a party or a rights group is a side's."""
    return any(
        token.ent_type_ == "ORG" and token.lemma_.lower() in context.cues.research_bodies
        for apposition in appositions([head, *person_mention_heads(context, head)])
        for token in apposition.subtree
    )


def person_mention_heads(context: EventContext, head: Token) -> list[Token]:
    """The head word of each mention of the person `head` names; none where it names no
    person."""
    person = entity_of(head, context.analysis.entities)
    if person is None or person.type != PERSON:
        return []
    return [words.root for words in mention_spans(context, person)]


def appositions(names: list[Token]) -> list[Token]:
    """The appositions on these words ("Ana Ruiz, a fellow at the Karva Institute"), where an
    article says who a person is."""
    return [child for name in names for child in name.children if child.dep_ == "appos"]


def names_a_commentator(context: EventContext, words: Span, trades: frozenset[str]) -> bool:
    """Whether a phrase holds a commentator's trade ("analysts", "pollster Ana Ruiz"), or a
    host's beside a word of broadcasting ("talk show host Ana Ruiz", "a radio host")."""
    cues = context.cues
    lemmas = {token.lemma_.lower() for token in words}
    return bool(lemmas & trades) or bool(
        lemmas & cues.broadcast_hosts and lemmas & cues.broadcast_words
    )


def names_an_actor(context: EventContext, head: Token, kinds: frozenset[str] = KIND_WORDS) -> bool:
    """Whether a phrase's head, or a word that says what kind of thing it is ("militant
    outfit", "Malaysian officials"), names an actor."""
    if head.pos_ == "PRON":
        return head.lower_ in context.cues.person_pronouns
    roles = lexicon_matches(context.parse).roles
    words = [head, *(child for child in head.children if child.dep_ in kinds)]
    return any(
        word.ent_type_ in NAMED
        or word.pos_ == "PROPN"
        or word.i in roles
        or word.lemma_.lower() in context.cues.actor_nouns
        for word in words
    )


def has_participants(context: EventContext, group: list[Mention], doers: list[ActorRef]) -> bool:
    """Whether the mentions of one event name an actor taking part, and for a verbal act, an
    actor saying it (or, for an institution's act, the one it is done to); an act that is news
    only from a public actor (a gift of money) needs a coded source among `doers`, the
    sources with the codes the output ends with (`stage.final_doers`)."""
    sources = [actor for mention in group for actor in mention.source]
    targets = [actor for mention in group for actor in mention.target]
    first = group[0]
    frame = fitted_frame(context, first)
    if frame is not None and frame.public_doer and not any(actor.code for actor in doers):
        return False
    if (
        frame is not None
        and frame.named_doer is not None
        and not any(actor.code or named(context, actor, frame.named_doer) for actor in doers)
    ):
        return False
    if (
        within_one_actor(context, first.code, sources, targets)
        or own_meeting(context, group, sources)
        or press_only(context, first.code, targets)
        or home_visit(context, first, sources, targets)
    ):
        return False
    if is_verbal(first.code) and not (
        frame is not None and (frame.reciprocal or frame.institutional)
    ):  # talks and meetings: those they are held with take part as much as their holders
        return any(takes_part(context, actor) for actor in sources) or (
            drawn_criticism(context, group) and any(takes_part(context, a) for a in targets)
        )
    return any(takes_part(context, actor) for actor in sources + targets)


def named(context: EventContext, actor: ActorRef, kinds: frozenset[str]) -> bool:
    """Whether an actor's words hold a name ("Orozco", "the Clinton campaign") or a role word of
    the actor tables ("rebels", "prison guards", "the governor": a public actor whose country
    the text leaves open), or their head is one of `kinds` ("the company"), not only a pronoun
    or another common noun ("they", "an individual", "the men")."""
    span = span_at(context.parse, actor.start, actor.end)
    roles = lexicon_matches(context.parse).roles
    return span is not None and (
        span.root.lemma_.lower() in kinds
        or any(word.ent_type_ in NAMED or word.pos_ == "PROPN" or word.i in roles for word in span)
    )


def drawn_criticism(context: EventContext, group: list[Mention]) -> bool:
    """Whether an accusation is told as criticism its target drew or faced, its critics
    unnamed ("the move drew strong criticism of the world body", "Kenya faced criticism over
    the arrests"): made, by someone, at a named party; the VOA gold codes it with no source."""
    return is_accusation(group[0].code) and any(drawn(context, m.trigger) for m in group)


def drawn(context: EventContext, noun: Token) -> bool:
    """Whether the noun is what its clause's subject draws, faces or meets with: the object of
    a receiving verb ("drew criticism") or the noun under its preposition ("met with
    criticism"); not one a thing stands in ("stands in opposition to other nations")."""
    if noun.dep_ in OBJECTS:
        return receiving_verb(noun, context.cues) is not None
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and (trigger_lemma(preposition.head), preposition.lower_)
        in context.cues.undergoing_prepositions
    )


def is_accusation(code: str) -> bool:
    plover_type = plover_type_of(code)
    return plover_type is not None and plover_type.type == "ACCUSE"


def within_one_actor(
    context: EventContext, code: str, sources: list[ActorRef], targets: list[ActorRef]
) -> bool:
    """Whether a meeting or a request is the actor's own business: done only to its own people
    ("met with his defence council", "urged his senior staff", "talking to their
    base", "fellow commanders"; `own_people` in `actor_cues.tsv`). CAMEO codes interactions
    between actors; a body meeting or instructing itself is none. A body of states addressing
    its members ("NATO urged its members") is states acting together, and stays."""
    plover_type = plover_type_of(code)
    if not targets or plover_type is None or plover_type.type not in INNER_ACT_TYPES:
        return False
    if any(is_igo(actor) for actor in sources):
        return False
    doers = coded(sources)
    return all(
        is_own_people(head_of(context, actor)) and not is_foreign(actor, doers) for actor in targets
    )


def press_only(context: EventContext, code: str, targets: list[ActorRef]) -> bool:
    """Whether a meeting is held only with the press ("talked to reporters", "discussed the row
    with radio host X"; `press_noun` in `actor_cues.tsv`): a statement to the public, which
    CAMEO's meetings between political actors do not code."""
    plover_type = plover_type_of(code)
    if not targets or plover_type is None or plover_type.type not in PRESS_ACT_TYPES:
        return False
    return all(names_press(head_of(context, actor)) for actor in targets)


def home_visit(
    context: EventContext, mention: Mention, sources: list[ActorRef], targets: list[ActorRef]
) -> bool:
    """Whether a trip goes only to the traveller's own country (`travel_code` in
    `actor_cues.tsv`): "the president arrived in Philadelphia" visits no other party. A body
    of states visited ("her visit to the United Nations") is another party, and so is the
    country the sentence places the trip in ("visited American troops in Iraq")."""
    if mention.code not in TRAVEL_CODES or not targets or any(is_igo(a) for a in targets):
        return False
    doers = coded(sources)
    countries = {
        place.country
        for token in mention.trigger.sent
        if (place := context.country_places.get(token.idx)) is not None
    }
    return (
        len(doers) == 1 and all(coded([actor]) == doers for actor in targets) and countries <= doers
    )


def names_press(head: Token | None) -> bool:
    """Whether a phrase's head, or a noun compounded on it ("the press corps"), names the
    press; a `press_title` only before a name ("radio host Jo Tam", not "host governments")."""
    if head is None:
        return False
    compounds = {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
    titles = PRESS_TITLES if head.pos_ == "PROPN" else frozenset()
    return head.lemma_.lower() in PRESS_NOUNS or bool(compounds & (PRESS_NOUNS | titles))


def is_foreign(actor: ActorRef, countries: set[str]) -> bool:
    """Whether an actor is coded with a country other than `countries`, the doers' (when they
    have any): "her fellow ministers from Italy", met by Spain's minister, are not her own."""
    return bool(countries) and bool(coded([actor]) - countries)


def is_igo(actor: ActorRef) -> bool:
    return (actor.code or "").startswith(IGO_PREFIX)


def own_meeting(context: EventContext, group: list[Mention], sources: list[ActorRef]) -> bool:
    """Whether a meeting is one body's own: no one it is held with, and its only party one
    body of people, not a body of states ("the association held its annual meeting", "leaders
    of the party met", "a meeting of the committee"; `own_body` in `actor_cues.tsv`). "A
    meeting of the Security Council" (IGO), "leaders of the two parties met" stay."""
    first = group[0]
    plover_type = plover_type_of(first.code)
    if (
        plover_type is None
        or plover_type.type not in INNER_ACT_TYPES
        or any(mention.target for mention in group)
        or trigger_lemma(first.trigger) not in OWN_MEETING_WORDS
        or len(sources) != 1
    ):
        return False
    return not is_igo(sources[0]) and is_one_body(head_of(context, sources[0]))


def is_one_body(head: Token | None) -> bool:
    """Whether a phrase names one body of people (`own_body`), or its members ("leaders of
    the party"): singular, with no second party joined to it."""
    if head is not None and head.lemma_.lower() in BODY_MEMBERS:
        head = body_of_member(head)
    return (
        head is not None
        and head.lemma_.lower() in OWN_BODIES
        and head.tag_ in SINGULAR_NOUN_TAGS
        and not any(child.dep_ == "conj" for child in head.children)
    )


def is_own_people(head: Token | None) -> bool:
    """Whether a phrase names the people of its possessor's or the doer's own side: "his
    aides", "their base", "fellow commanders" (not "my Chinese colleague", "his counterpart",
    nor "fellow ministers", peers of other states: "fellow" marks members of one body only)."""
    if head is None:
        return False
    noun = head.lemma_.lower()
    markers = {child.lower_ for child in head.children}
    return (noun in OWN_PEOPLE and bool(markers & OWN_PEOPLE_MARKERS)) or (
        noun in FELLOW_MEMBERS and bool(markers & FELLOW_MARKERS)
    )


def takes_parties_only(code: str) -> bool:
    """Whether the act's target is a party, never a thing: verbal acts (someone spoken to or
    about) and acts on relations (`party_target_type` in `actor_cues.tsv`: "tariffs on steel",
    "withdrew its offer", "allowed the traffic" aim at whoever owns the thing, else no one)."""
    plover_type = plover_type_of(code)
    return is_verbal(code) or (plover_type is not None and plover_type.type in PARTY_TARGET_TYPES)


def is_verbal(code: str) -> bool:
    plover_type = plover_type_of(code)
    return plover_type is not None and plover_type.quad_class in VERBAL_QUAD_CLASSES


def aims_at_acts(code: str) -> bool:
    """Whether an act names another's act to aim at its doer: verbal acts ("rejected demands
    by X") and `act_aimed_type` rows of `actor_cues.tsv` ("protested the killings by X")."""
    plover_type = plover_type_of(code)
    return is_verbal(code) or (plover_type is not None and plover_type.type in ACT_AIMED_TYPES)


def fitted_frame(context: EventContext, mention: Mention) -> Frame | None:
    """The frame the mention's trigger fitted; None for an act no frame gave (a statement)."""
    fitted = context.matched.get(mention.trigger.i)
    return fitted.frame if fitted is not None else None


def is_institutional(context: EventContext, mention: Mention) -> bool:
    frame = fitted_frame(context, mention)
    return frame is not None and frame.institutional


def participant_bounds(
    context: EventContext, head: Token, governor: Token, start: int, end: int
) -> tuple[int, int]:
    """The words of an actor, short of what tells an event rather than who the actor is: a
    clause or phrase about an event ("six gunmen who stormed a hotel", "40 rebels in
    airstrikes") or its time ("a judge on Saturday"), a relative clause on any noun in it
    ("owners of shops that sell ..."), a result word the verb left in front ("shot dead three
    gunmen") and a dateline the parse joined to it ("KYIV - Russian drones")."""
    dateline = dateline_end(context.parse, head.i)
    while start < head.i and (
        context.parse[start].lower_ in RESULT_ADJECTIVES or context.parse[start].idx < dateline
    ):
        start += 1
    for child in head.rights:
        if not start <= child.left_edge.i < end:
            continue
        if describes(context, head, child, governor):
            return start, trimmed_end(context.parse, start, max(head.i + 1, child.left_edge.i))
        if child.dep_ == "prep" and any(
            grandchild.dep_ == "pobj"
            and (is_event_noun(context, grandchild) or grandchild.ent_type_ in TIME_ENTITIES)
            for grandchild in child.children
        ):
            # "40 rebels in airstrikes", "a judge on Saturday"
            return start, max(head.i + 1, child.i)
    nested = next(
        (
            word
            for word in context.parse[head.i + 1 : end]
            if word.dep_ == "relcl" and word.head.pos_ in NOUN_HEADS and word.head.i >= start
        ),
        None,
    )
    if nested is not None:  # "owners of shops that sell ...", "aides at a house where ..."
        return start, trimmed_end(context.parse, start, max(head.i + 1, nested.left_edge.i))
    return start, end


def is_event_noun(context: EventContext, token: Token) -> bool:
    """A trigger, or a noun of the event lexicon ("the strike", "arrests")."""
    return token.i in context.matched or (
        token.pos_ == "NOUN" and token.lemma_.lower() in context.nouns
    )


def describes(context: EventContext, head: Token, clause: Token, governor: Token) -> bool:
    """Whether a clause on an actor's head only describes the actor: a relative clause or an
    infinitive on a noun ("students who led a march", "Haiti's efforts to improve its record";
    "those who ..." need theirs), a participle that tells an event ("militants staging
    attacks"; "a paper based in Beirut" says whose it is)."""
    if clause.dep_ == "relcl" or (clause.dep_ == "acl" and is_to_infinitive(clause)):
        return head.pos_ in NOUN_HEADS  # "Haiti's efforts to improve its record"
    return clause.dep_ == "acl" and any(
        is_event_noun(context, token) or token == governor for token in clause.subtree
    )


def predicate_subject(noun: Token) -> Token | None:
    """The subject a predicate noun describes: "Peru and Bolivia are among the countries
    that ...", "Peru is one of the states that ...", "the group is a faction that ..."."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ in PREDICATE_PREPOSITIONS:
        node = node.head.head
    if node.dep_ == "attr":
        node = node.head
    if node.lemma_ != "be" or node == noun:
        return None
    return next((c for c in node.children if c.dep_ == "nsubj"), None)


def participants_only(
    context: EventContext, trigger: Token, code: str, source: list[ActorRef], target: list[ActorRef]
) -> tuple[list[ActorRef], list[ActorRef]]:
    """Source and target less what takes no part: a time, a sum, a dateline, an
    event noun (the event itself: "the raid, in 2019, killed ..."; another: "mass
    arrests"), and on the target side the source again (not the source's
    own words, which a rule made its target with their span as evidence: "Bolivia imposed a
    curfew"). The target of a verbal act or an act on relations is a party: where it names a
    thing ("demanded reforms", "defy calls", "tariffs on steel"), its owner stands for it
    ("demanded Rojas's resignation": Rojas; also where the thing is the trigger's own word:
    "rejected Chile's offer"), else none."""
    source = [a for a in source if not non_participant(context, trigger, a)]
    source, target = unbound_pronouns(context, trigger, source, target)
    sources = {identity(a) for a in source}
    kept = []
    for actor in target:
        head = head_of(context, actor)
        inferred = actor.code_from is not None and actor.code_from.text is not None
        again = identity(actor) in sources and not inferred
        if non_participant(context, trigger, actor) or again:
            continue
        if head is not None and about_content(context, trigger, code, actor, head):
            continue
        spoken_of = head is not None and takes_parties_only(code) and not actor.code
        if spoken_of and not (
            names_itself(context, head) or is_person_noun(head) or is_told_to_act(head, code)
        ):
            accused = accused_it(context, actor)  # "accusing it of providing arms"
            kept.extend([accused] if accused else owner_of(context, head, trigger))
            continue
        kept.append(actor)
    if not kept and is_verbal(code):
        kept = owner_of_object(context, trigger)
    if not kept and aims_at_acts(code):
        kept = [a for a in acts_agents(context, trigger, target) if identity(a) not in sources]
    return source, kept


def unbound_pronouns(
    context: EventContext, trigger: Token, source: list[ActorRef], target: list[ActorRef]
) -> tuple[list[ActorRef], list[ActorRef]]:
    """A pronoun never names the actor on the other side of its own clause ("he shot
    Barnes" is not Barnes shooting himself, "Grayson began vilifying her" not Grayson; but
    "he denies the charges against him" may be he): where coreference gave a subject or
    object pronoun of the trigger's clause the other side's name, that reading is wrong, and
    the pronoun keeps its words alone. With pronouns on both sides ("he killed him"), the
    subject's is the one undone: an object pronoun more often takes up the person just named."""
    unbound = {
        (a.start, a.end)
        for a in (*source, *target)
        if is_resolved_pronoun(context, a) and is_co_argument(context, a, trigger)
    }

    def undone(side: list[ActorRef], other: list[ActorRef]) -> list[ActorRef]:
        spans = {(a.start, a.end): identity(a) for a in other}
        return [
            unresolved(a)
            if (a.start, a.end) in unbound
            and identity(a) in {name for span, name in spans.items() if span != (a.start, a.end)}
            else a
            for a in side
        ]

    undone_source = undone(source, target)
    if undone_source != source:
        return undone_source, target
    return source, undone(target, source)


def is_told_to_act(head: Token, code: str) -> bool:
    """Whether a request's object is told to do something itself ("ordered the school to
    give", "pressuring manufacturers to relocate"): then it is whom the request is made of,
    whatever its words."""
    if not code.startswith(REQUEST_ROOTS) or head.dep_ != "dobj":
        return False
    return any(
        clause.dep_ == "xcomp" and clause.i > head.i and is_to_infinitive(clause)
        for clause in head.head.children
    )


def is_resolved_pronoun(context: EventContext, actor: ActorRef) -> bool:
    """A personal pronoun ("he", "her") that coreference gave a name."""
    return actor.text.lower() in context.cues.person_pronouns and actor.name is not None


def is_co_argument(context: EventContext, actor: ActorRef, trigger: Token) -> bool:
    """Whether an actor is the subject or object of the trigger's clause: of the trigger, or
    of a verb the trigger completes ("he needed to meet Felt")."""
    head = head_of(context, actor)
    if head is None or head.dep_ not in CO_ARGUMENTS:
        return False
    clauses = [trigger]
    while clauses[-1].dep_ == "xcomp":
        clauses.append(clauses[-1].head)
    return head.head in clauses


def unresolved(actor: ActorRef) -> ActorRef:
    return replace(actor, name=None, code=None, code_from=None)


def about_content(
    context: EventContext, trigger: Token, code: str, actor: ActorRef, head: Token
) -> bool:
    """Whether a verbal act's target phrase is a participant of what the act is about rather
    than whom it is addressed to or about: the object of an event noun the trigger holds
    ("called for a war against the rebels", "praised the pullout from Mali"), or for a demand
    of anything asked for that names no actor ("urged an end to violence in Chad"). Its owner
    ("Rojas's ouster", "an end to the EU's reform"), its parties (`party_prepositions`), and
    whom a thing is asked of or whose it is ("an apology from Chile", "the resignation of the
    minister") are parties; so is anyone in an accusation or threat (`AIMED_ROOTS`)."""
    if not is_verbal(code) or code.startswith(AIMED_ROOTS):
        return False
    if actor.code and any(child.dep_ == "poss" for child in head.children):
        return False  # a thing coded by its owner: "the EU's farm reform" stands for the EU
    fitted = context.matched.get(trigger.i)
    parts = {trigger.i, *(part.i for part in fitted.parts)} if fitted is not None else {trigger.i}
    node = head
    while node.head.i != node.i and node.i not in parts:
        noun = node.head.head
        if (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and noun.i not in parts
            and noun.pos_ == "NOUN"
            and trigger in noun.ancestors
        ):
            preposition = node.head.lower_
            if is_event_noun(context, noun):
                parties = party_prepositions(context, noun)
            elif code.startswith(REQUEST_ROOTS) and not names_itself(context, noun):
                parties = PARTY_PREPOSITIONS | ASKED_PREPOSITIONS
            else:
                node = node.head
                continue
            if preposition in parties:
                return False
            return is_held_content(context, noun, parts)
        node = node.head
    return False


def is_held_content(context: EventContext, noun: Token, parts: set[int]) -> bool:
    """Whether the trigger holds a noun as what its act is about, not inside an actor's words
    ("met officials in charge of trade in the EU": whom they met)."""
    for word in noun.ancestors:
        if word.i in parts:
            return True
        if word.pos_ in NOUN_HEADS and names_itself(context, word):
            return False
    return True


def party_prepositions(context: EventContext, noun: Token) -> frozenset[str]:
    """The prepositions on an event noun whose objects take part in it: its agent ("the
    attack by X", "demands from X", "the withdrawal of X": the frames' `agents`), the other
    side ("talks with X"), and after "of" the members of a gathering ("a meeting of the
    Council") or who undergoes the act ("the ouster of Rojas")."""
    fitted = context.matched.get(noun.i)
    frames = (fitted.frame,) if fitted is not None else context.nouns.get(noun.lemma_.lower(), ())
    found = set(PARTY_PREPOSITIONS)
    for frame in frames:
        found.update(frame.agents)
        if frame.reciprocal:
            found.add("of")
    if noun.lemma_.lower() in UNDERGONE_NOUNS:
        found.add("of")
    return frozenset(found)


def only_participants(context: EventContext, mention: Mention) -> Mention:
    """The mention with what takes no part taken out of its source and target, whichever
    step named them (`participants_only`)."""
    source, target = participants_only(
        context, mention.trigger, mention.code, mention.source, mention.target
    )
    if source == mention.source and target == mention.target:
        return mention
    return replace(mention, source=source, target=target)


def non_participant(context: EventContext, trigger: Token, actor: ActorRef) -> bool:
    head = head_of(context, actor)
    if head is None:
        return False
    if head.ent_type_ in MEASURES or head == trigger:
        return True
    if is_event_noun(context, head) and not actor.code and not names_itself(context, head):
        return True  # "a Peruvian patrol" is a party; "mass arrests" are not
    if head.lemma_.lower() in HAPPENINGS and not actor.code:
        return True  # "the earthquake killed 10 people": what happened, not who did it
    return actor.end <= dateline_end(context.parse, head.i)


def armed_owners(context: EventContext, trigger: Token, source: list[ActorRef]) -> list[ActorRef]:
    """The source of a noun of armed force with a country named before it ("Kenya's operation
    against al-Shabab", "the Turkish offensive", "Russia's war"): the country's military, as
    the VOA gold codes every such owner; a country named elsewhere ("Kenya launched an
    operation") is written alone as often as MIL, and keeps its code."""
    if trigger.pos_ not in NOUN_HEADS or trigger.lemma_.lower() not in ARMED_ACT_NOUNS:
        return source
    evidence = CodeSource("armed_act_owner", trigger.text, trigger.idx, trigger.idx + len(trigger))
    return [
        replace(actor, code=actor.code + MILITARY, code_from=evidence)
        if actor.code in country_codes()
        and (head := head_of(context, actor)) is not None
        and head.head == trigger
        and head.dep_ in KIND_WORDS
        else actor
        for actor in source
    ]


def head_of(context: EventContext, actor: ActorRef) -> Token | None:
    span = span_at(context.parse, actor.start, actor.end)
    return span.root if span is not None and len(span) else None


def identity(actor: ActorRef) -> str:
    return (actor.name or actor.text).casefold()


def is_person_noun(head: Token) -> bool:
    """Whether a phrase names people who are spoken to or about without acting as a body
    ("asked the passengers to come forward", "a meeting with the player": `person_noun` in
    `actor_cues.tsv`); the act's target is then a party."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS


def names_itself(context: EventContext, head: Token) -> bool:
    """Whether a phrase's head, or a word saying what kind of thing it is ("militant
    outfit"), names an actor; not its possessor ("Rojas's resignation" names an act), nor a
    name before a thing ("the Chagos handover", "the Senkaku islands"): a name no table
    codes says which thing, not that the thing is a party."""
    roles = lexicon_matches(context.parse).roles
    kinds = (child for child in head.children if child.dep_ in MODIFIER_DEPENDENCIES)
    return names_an_actor(context, head, frozenset()) or any(
        word.i in roles or word.lemma_.lower() in context.cues.actor_nouns for word in kinds
    )


def owner_of_object(context: EventContext, trigger: Token) -> list[ActorRef]:
    """The owner of the object a verbal trigger holds as its own word ("rejected Chile's
    offer")."""
    fitted = context.matched.get(trigger.i)
    parts = {part.i for part in fitted.parts} if fitted is not None else set()
    for child in trigger.children:
        if child.dep_ in OBJECTS and child.i in parts:
            return owner_of(context, child, trigger)
    return []


def owner_of(context: EventContext, head: Token, trigger: Token) -> list[ActorRef]:
    """The actor a thing belongs to ("Rojas's resignation"), when its possessor names one; not a
    possessive pronoun, which the coreference of "its" reads as the sentence's subject, the
    very source ("Lima rejected its offer"). An act named with its doer after it is the doer's
    (`act_agent`: "defied calls, including by the Council")."""
    for child in head.children:
        if child.dep_ == "poss" and child.tag_ != "PRP$" and names_an_actor(context, child):
            return resolve_actors(context.parse, *phrase_bounds(child, trigger), context.analysis)
    return act_agent(context, head, trigger)


def act_agent(context: EventContext, noun: Token, trigger: Token) -> list[ActorRef]:
    """Who does the act an event noun names, by its agent phrase ("calls by the Council",
    "rallies by the group", "demands from X"), also after "including" ("calls, including by
    the Council"), where that phrase names an actor. The parser may hang the phrase on the
    active verb taking the noun ("protested the arrests by police": not the protesters')."""
    if not is_event_noun(context, noun):
        return []
    passive = is_passive(noun.head)
    on_verb = noun.head.children if noun.dep_ in OBJECTS else ()
    misattached = [
        c
        for c in on_verb
        if c.lower_ == INCLUDING or (c.lower_ == BY and c.i > noun.i and not passive)
    ]
    for child in (*noun.children, *misattached):
        if child.dep_ == "prep" and child.lower_ == INCLUDING:
            child = first_child(child, {"agent", "prep"}) or child
        if child.dep_ not in {"prep", "agent"} or child.lower_ not in AGENT_PREPOSITIONS:
            continue
        agent = first_child(child, {"pobj"})
        if agent is not None and names_an_actor(context, agent):
            return resolve_actors(context.parse, *phrase_bounds(agent, trigger), context.analysis)
    return []


def acts_agents(context: EventContext, trigger: Token, target: list[ActorRef]) -> list[ActorRef]:
    """Whom a verbal act or a protest with no party for a target is aimed at when it acts on
    another party's act, named as its target or object ("defy calls, including by the
    Council", "protested the arrests by police") or as the object of its clause ("warned that
    police would no longer tolerate rallies by the group"): the doer of that act
    (`act_agent`)."""
    for actor in target:
        head = head_of(context, actor)
        if head is not None and (found := act_agent(context, head, trigger)):
            return found
    for clause in (trigger, *(c for c in trigger.children if c.dep_ in COMPLEMENTS)):
        if found := objects_doers(context, clause, trigger):
            return found
    return []


def objects_doers(context: EventContext, clause: Token, trigger: Token) -> list[ActorRef]:
    """Who does the first act the clause's objects name by its agent phrase (`act_agent`):
    "tolerate rallies by the group", "to protest the killings by soldiers"."""
    for child in clause.children:
        if child.dep_ in OBJECTS and (found := act_agent(context, child, trigger)):
            return found
    return []


def is_undergone(noun: Token) -> bool:
    """Whether the owner of an event noun undergoes the act ("Navalny's arrest", "the
    envoy's killing") rather than does it; not with an object of its own ("the army's killing
    of protesters")."""
    return noun.lemma_.lower() in UNDERGONE_NOUNS and not any(
        child.dep_ == "prep" and child.lower_ == "of" for child in noun.children
    )


def parties_between(context: EventContext, verb: Token) -> list[ActorRef]:
    """The parties of an act "between X and Y" ("fighting between rebels and army forces"),
    which all act together; none where the phrase names one party."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ != "between":
            continue
        members = next((c for c in child.children if c.dep_ == "pobj"), None)
        if members is not None and members.conjuncts:
            start, end = phrase_bounds(members, verb)
            return resolve_actors(context.parse, start, end, context.analysis)
    return []


def placed_targets(
    context: EventContext, target: list[ActorRef], places: list[ActorRef]
) -> list[ActorRef]:
    """The target of an act on the ground, given the place it happens in: the place itself
    only where no phrase names a target ("lifted the curfew in Montenegro"); else the named
    target, coded with the place's country, whether a party named by a role alone or a thing
    or person the tables do not know ("torched the store in Gulu", "the inmate was stabbed at
    the prison in Gulu": the store, the inmate, UGA from "Gulu"). The place is where, not a
    second party; but people often somewhere not their own ("refugees", "a journalist") take
    nothing from it, so there the place stays beside them, the country PLOVER codes."""
    if not target or all(visiting(context, actor) for actor in target):
        return target + places
    return placed_parties(context, target, places, things=True) or target


def received_target(
    context: EventContext, target: list[ActorRef], recipient: list[ActorRef]
) -> list[ActorRef]:
    """The target, given the coded recipient of the act: a party the recipient names takes the
    place of a thing ("halted aid to Serbia": Serbia) and lends its country to a party named
    by a role alone ("sold arms to the army in Chile"); but where the recipient is a place
    that people acted on are sent to or kept from ("deported him to Chile", "refused the
    envoy access to Peru"), it says where they go, not whose they are: the people stay the
    target, uncoded."""
    destination = recipient and all(a.start in context.country_places for a in recipient)
    if destination and any(names_party(context, actor) for actor in target):
        return target
    return placed_parties(context, target, recipient) or recipient or target


def names_party(context: EventContext, actor: ActorRef) -> bool:
    head = head_of(context, actor)
    return head is not None and (names_itself(context, head) or is_person_noun(head))


def visiting(context: EventContext, actor: ActorRef) -> bool:
    head = head_of(context, actor)
    return not actor.code and head is not None and is_visiting(head)


def placed_parties(
    context: EventContext,
    target: list[ActorRef],
    places: list[ActorRef],
    rule: str = TARGET_PLACE,
    things: bool = False,
) -> list[ActorRef]:
    """The target's parties named by a role alone ("the general", "a passenger train"), coded
    with the country of the place the act happens in, which is no party of its own ("killed
    the general at the airport in Lima": the general, PER from "Lima"); none where the target
    names no such party or no place is coded. With `things`, also what names no actor ("the
    store", "a train"), by the country alone, but not a thing that stands for no one ("blew
    up tracks": `partyless_thing` in actor_cues.tsv, by lemma or as written: the parser
    lemmatizes "data" as "datum").
    People often somewhere not their own (peacekeepers, refugees) take nothing from a place.
    `rule` says where the place was found, for `code_from`."""
    place = next((a for a in places if a.code), None)
    if place is None:
        return []
    if place.code_from is not None and place.code_from.text is not None:
        place = replace(
            place, text=place.code_from.text, start=place.code_from.start, end=place.code_from.end
        )  # "the courthouse in Lima": Lima
    evidence = CodeSource(rule, place.text, place.start, place.end)
    roles = lexicon_matches(context.parse).roles
    placed = []
    for actor in target:
        head = head_of(context, actor)
        if actor.code or head is None or is_visiting(head):
            placed.append(actor)
            continue
        if not names_itself(context, head):
            placeable = things and not stands_for_no_one(head)
            code = place.code[:3] + civilian_role(head)
            placed.append(replace(actor, code=code, code_from=evidence) if placeable else actor)
            continue
        role = roles.get(head.i)
        own = role.role.code or "" if role is not None else described_role(context, head)
        code = place.code[:3] + (own or civilian_role(head))
        placed.append(replace(actor, code=code, code_from=evidence))
    return placed if placed != target else []


def civilian_role(head: Token) -> str:
    """CVL for people and places an act on the ground harms that the gold codes as civilians
    (`civilian_target` in actor_cues.tsv: "the passengers", "a hotel"), "" for others."""
    return CIVILIANS if head.lemma_.lower() in actor_cues()["civilian_target"] else ""


def stands_for_no_one(head: Token) -> bool:
    """Whether a thing an act is done to or with stands for no one (`partyless_thing` in
    actor_cues.tsv, by lemma or as written: the parser lemmatizes "data" as "datum")."""
    return bool({head.lemma_.lower(), head.lower_} & actor_cues()["partyless_thing"])


def without_partyless_things(parse: Doc, target: list[ActorRef]) -> list[ActorRef]:
    """An event's target less an uncoded thing that stands for no one: "seized critical data",
    "protect civilians and their goods", "banned guns" are done to no party (or to the other
    one named), as a verbal act's things are (`participants_only`). Taken out only once
    mentions are merged, like reflexives: until then the thing keeps two acts apart ("also
    imposed restrictions on printing books" is not the restrictions on women told before)."""
    kept = []
    for actor in target:
        span = span_at(parse, actor.start, actor.end)
        if actor.code or span is None or not len(span) or not stands_for_no_one(span.root):
            kept.append(actor)
    return kept


def past_dateline(head: Token) -> Token | None:
    """The head, or where the parse made a dateline the subject ("LIMA, March 3 - Peruvian
    troops attacked ..."), the subject or apposition after it; None when there is none."""
    end = dateline_end(head.doc, head.i)
    if head.idx >= end:
        return head
    after = [c for c in head.head.children if c.dep_ == head.dep_ and c.idx >= end]
    after += [c for c in head.children if c.dep_ == "appos" and c.idx >= end]
    return after[0] if after else None


def named_after(head: Token) -> Token:
    """The names a title introduces where the parse made them a second subject ("Council
    members Chile, Peru and Bolivia backed ..."); else the head."""
    following = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
    if (
        following is not None
        and following.head == head.head
        and following.dep_ == head.dep_
        and following.pos_ == "PROPN"
        and head.pos_ == "NOUN"
    ):
        return following
    return head


def without_reflexives(target: list[ActorRef]) -> list[ActorRef]:
    """An event's target less a reflexive pronoun ("blew themselves up": the source again).
    Taken out only once mentions are merged: until then it keeps a suicide bombing apart
    from the attack of another actor told nearby."""
    return [a for a in target if not a.text.casefold().endswith(REFLEXIVE_ENDINGS)]
