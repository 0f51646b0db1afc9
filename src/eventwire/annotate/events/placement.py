"""Actors coded by where the event happens: the country an event happens in as the target no
phrase names (as PLOVER codes it), and people named by a role or a demonym alone, whose
country the event's place, or the police acting on them, tells."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from eventwire.annotate.actors import (
    PLURAL_PRONOUNS,
    is_ethnic,
    is_visiting,
    lexicon_matches,
    plural_antecedent,
    residence_words,
)
from eventwire.annotate.events.arguments import actors_of
from eventwire.annotate.events.compare import coded
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.participants import EVENT_PLACE, identity, placed_parties
from eventwire.annotate.events.syntax import CLAUSAL_COMPLEMENTS, OBJECTS
from eventwire.annotate.parse_views import span_at, written_in
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.codebooks.events import cameo_codes
from eventwire.records import ActorRef, CodeSource

POLICE = "COP"
HOME_ROLES = frozenset({POLICE, "JUD"})
"""Roles of bodies that act only in their own country: police and courts."""
HOME_PLACE = "home_place"
PLACE_ENTITIES = ("GPE", "LOC")
COUNTRY_NOUNS = actor_cues()["country_noun"]
SPEAKER_PRONOUNS = actor_cues()["speaker_pronoun"]
DESTINATION_PREPOSITIONS = actor_cues()["destination_preposition"]
NOT_AT_HOME = {"IGO", "NGO", "IMG"}
"""Actor codes of bodies that have no home country to act in."""


def located(code: str) -> bool:
    """Whether an event's place stands in for an unnamed target, as PLOVER codes it: material
    acts ("arrested 40 protesters in Addis Ababa"), visits and blockades ("blocked transport
    into Abidjan"), not talks held somewhere."""
    return cameo_codes()[code[:2]].quad_class in {2, 4} or code in {"042", "043", "144"}


def location_target(context: EventContext, trigger: Token) -> list[ActorRef]:
    """The country an event happens in, as PLOVER codes a target no phrase names ("lifted
    the curfew in Montenegro", "strengthened its forces in Lebanon", "lifted a state of
    emergency in West Darfur", "cut power lines leading into Kabul"). The target is the
    place's own words, coded with the country the places stage resolved it to."""
    for place in event_places(context, trigger):
        resolved = context.country_places.get(place.idx)
        if resolved is not None:
            text = context.analysis.article.text[resolved.start : resolved.end]
            rule = CodeSource("place") if resolved.country else None
            return [ActorRef(text, resolved.start, resolved.end, resolved.country, None, rule)]
        actors = [replace(a, code=a.code[:3]) for a in actors_of(context, place, trigger) if a.code]
        if actors:
            return actors  # a place: its country, not a capital's government
    return []


def event_places(context: EventContext, trigger: Token) -> Iterator[Token]:
    """Objects of "in", "into", "across" ... on the trigger, on its objects and down their
    noun phrases (through "of" and participles: "a state of emergency in X", "lines
    leading into X", "the rally staged by students at a university in X"); once in a
    place, "of" goes on naming it ("in a district of X"). Never inside another clause, nor
    inside an event the act is timed by ("a week after a raid in X" happened elsewhere)."""
    objects = [c for c in trigger.children if c.dep_ in OBJECTS]
    frontier = [(c, False) for c in (*trigger.children, *(g for o in objects for g in o.children))]
    for _ in range(4):
        deeper = []
        for child, placed in frontier:
            if child.lower_ in context.cues.circumstance_prepositions:
                continue
            if child.dep_ in ("prep", "agent"):
                locative = child.lower_ in context.cues.event_place_prepositions
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    named = [pobj, *(c for c in pobj.children if c.dep_ == "appos")]
                    for place in named:  # "in the capital Kabul"
                        if (locative or (placed and child.lower_ == "of")) and (
                            place.ent_type_ == "GPE" or place.idx in context.country_places
                        ):
                            yield place
                    deeper.extend((c, placed or locative) for c in pobj.children)
            elif child.dep_ == "acl" and child.tag_ in ("VBG", "VBN"):
                deeper.extend((c, placed) for c in child.children)
        frontier = deeper


def placed_protesters(
    context: EventContext, trigger: Token, source: list[ActorRef]
) -> list[ActorRef]:
    """Protesters named by a role alone ("people", "demonstrators", "prisoners"), or by a
    "they" that stands for such a role, take the country of the place their protest happens
    in, and `code_from` points at it: "people blocked streets in Hong Kong" is HKGCVL from
    "Hong Kong". Protest is local by nature;
    no other kind of event is coded this way ("troops shelled a village in X" says
    nothing of whose troops)."""
    roles = lexicon_matches(context.parse).roles
    coded_roles = []
    for actor in source:
        span = span_at(context.parse, actor.start, actor.end)
        head = span.root if span is not None else None
        if head is not None and head.lower_ in PLURAL_PRONOUNS:
            head = plural_antecedent(context.parse, head)  # "Demonstrators chanted as they march"
        role = roles.get(head.i) if head is not None else None
        if role is None or role.role.code is None:
            return source
        coded_roles.append(role.role.code)
    place = next(iter(location_target(context, trigger)), None)
    if place is None or not place.code:
        return source
    evidence = CodeSource("protest_place", place.text, place.start, place.end)
    return [
        replace(actor, code=place.code[:3] + role, code_from=evidence)
        for actor, role in zip(source, coded_roles, strict=True)
    ]


def ethnic_residents(
    context: EventContext, trigger: Token, actors: list[ActorRef]
) -> list[ActorRef]:
    """An ethnic group whose own words say no more ("ethnic Albanians") is coded by the
    country the event happens in, and `code_from` points at it: "killed three ethnic
    Albanians in southern Serbia" is SRBCVL from "Serbia". The demonym says who they are,
    not whose: "Albanians" alone would be Albania's."""
    parse = context.parse
    ethnic = []
    for actor in actors:
        span = span_at(parse, actor.start, actor.end)
        head = span.root if span is not None else None
        if head is not None and is_ethnic(parse, head, span.start):
            ethnic.append(not residence_words(parse, head, span.start, span.end))
        else:
            ethnic.append(False)
    if not any(ethnic):
        return actors
    place = next(iter(location_target(context, trigger)), None)
    if place is None or not place.code:
        return actors
    evidence = CodeSource("ethnic_place", place.text, place.start, place.end)
    return [
        replace(actor, code=place.code[:3] + (actor.code or "")[3:], code_from=evidence)
        if placed
        else actor
        for actor, placed in zip(actors, ethnic, strict=True)
    ]


def policed(
    context: EventContext, source: list[ActorRef], target: list[ActorRef]
) -> list[ActorRef]:
    """People named by a role alone ("demonstrators", "students") whom a country's police
    act on are in that country: police work where they belong. `code_from` points at the
    police's words: "Egyptian police dispersed demonstrators" -> EGYCVL from "Egyptian
    police". Only police: troops and officials act abroad too."""
    police = next((a for a in source if a.code and a.code[3:6] == POLICE), None)
    if police is None or coded(target):
        return target
    roles = lexicon_matches(context.parse).roles
    placed: list[str | None] = []
    for actor in target:
        span = span_at(context.parse, actor.start, actor.end)
        role = roles.get(span.root.i) if span is not None else None
        local = role is not None and role.role.code is not None and not is_visiting(span.root)
        if local:
            placed.append(role.role.code)
        elif span is not None and len(span) == 1 and span.root.pos_ == "NUM":
            placed.append("")  # "arresting 12": people, whose role the words do not say
        else:
            placed.append(None)
    if all(role is None for role in placed):
        return target
    evidence = CodeSource("police_target", police.text, police.start, police.end)
    return [
        replace(actor, code=police.code[:3] + role, code_from=evidence)
        if role is not None
        else actor
        for actor, role in zip(target, placed, strict=True)
    ]


def placed_home_bodies(
    context: EventContext, mention: Mention, actors: list[ActorRef]
) -> list[ActorRef]:
    """Police and courts named by a role alone ("police", "riot police", "another court") take
    the country of the place the event happens in, and `code_from` points at it: "police fired
    tear gas at students in Lilongwe" is MWICOP from "Lilongwe". They act only at home (as for
    `policed`); troops and officials act abroad too, so only `HOME_ROLES`. A place the
    sentence or the article's setting gives counts where the sentence names no other
    country's place and no coded actor of another country does the act (`setting_holds`)."""
    place = mention.place
    if place is None or not place.country:
        return actors
    if place.source != "clause" and not setting_holds(context, mention, place.country):
        return actors
    roles = lexicon_matches(context.parse).roles
    evidence = CodeSource(HOME_PLACE, place.text, place.start, place.end)
    placed = []
    for actor in actors:
        span = span_at(context.parse, actor.start, actor.end) if actor.code is None else None
        role = roles.get(span.root.i) if span is not None else None
        if role is not None and role.role.code in HOME_ROLES and not is_visiting(span.root):
            actor = replace(actor, code=place.country + role.role.code, code_from=evidence)
        placed.append(actor)
    return placed


def done_at_home(context: EventContext, trigger: Token, code: str) -> bool:
    """Whether the act, or the act a threat or promise names ("prepared to impose martial
    law"), is one a government does only at home (`domestic_codes`)."""
    domestic = context.cues.domestic_codes
    if code in domestic:
        return True
    return any(
        c.dep_ in CLAUSAL_COMPLEMENTS
        and c.i in context.matched
        and context.matched[c.i].frame.code in domestic
        for c in trigger.children
    )


def home_country(actors: list[ActorRef]) -> list[ActorRef]:
    """The country of the coded actors that do an act only done at home (martial law, a
    curfew): the target, named by their words, which `code_from` points at."""
    return [
        replace(a, code=a.code[:3], code_from=CodeSource("imposer", a.text, a.start, a.end))
        for a in actors
        if a.code and a.code[:3] not in NOT_AT_HOME
    ][:1]


def place_victims(context: EventContext, group: list[Mention]) -> None:
    """`placed_victims` for each mention of one event; a target placed in one mention is placed
    in the others too, where they name it by the same words ("al-Rufay'i")."""
    for mention in group:
        mention.target = placed_victims(context, mention)
    placed = {
        identity(actor): actor
        for mention in group
        for actor in mention.target
        if actor.code_from is not None and actor.code_from.rule == EVENT_PLACE
    }
    for mention in group:
        mention.target = [
            replace(actor, code=placed[key].code, code_from=placed[key].code_from)
            if actor.code is None and (key := identity(actor)) in placed
            else actor
            for actor in mention.target
        ]


def placed_victims(context: EventContext, mention: Mention) -> list[ActorRef]:
    """The parties an act on the ground is done to, named by a role alone ("killed 50
    militants", "the attackers were killed", "arrested Mhlanga"), take the country of the
    place the event happens in, also where the sentence or the article names it rather than
    the clause (`code_from` rule `event_place`, with the place's span): who is attacked,
    arrested or helped is most often where it happens. Only targets: an attacker may have
    come from elsewhere. Not a place named as a target, a word pointing back to a country
    ("the country"), a speaker's own "we" or "me", or visitors (peacekeepers, refugees).
    The article's setting counts only where the sentence names no other country's place and
    no other country's actor does the act ("the U.S. helps the claimants" in a story set
    in China)."""
    place, target = mention.place, mention.target
    if place is None or not place.country or not located(mention.code) or coded(target):
        return target
    if place.source != "article" and is_destination(context, place.start, place.end):
        return target  # "deported 40 detainees to Honduras": where they go, not whose
    if place.source == "article" and not setting_holds(context, mention, place.country):
        return target
    placeable = [actor for actor in target if can_be_placed(context, actor)]
    here = ActorRef(place.text or "", place.start or 0, place.end or 0, place.country, None)
    placed = iter(
        placed_parties(context, placeable, [here], rule=EVENT_PLACE, things=True) or placeable
    )
    return [next(placed) if actor in placeable else actor for actor in target]


def is_destination(context: EventContext, start: int | None, end: int | None) -> bool:
    """Whether the place named from `start` to `end` is where people acted on are sent or
    kept from: the object of a `destination_preposition`, or a conjunct of one ("deported to
    Honduras, Venezuela or other countries")."""
    span = span_at(context.parse, start, end) if start is not None and end is not None else None
    token = span.root if span is not None and len(span) else None
    while token is not None and token.dep_ in {"conj", "appos", "compound"}:
        token = token.head
    return (
        token is not None and token.dep_ == "pobj" and token.head.lower_ in DESTINATION_PREPOSITIONS
    )


def can_be_placed(context: EventContext, actor: ActorRef) -> bool:
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span):
        return False
    head = span.root
    return not (
        head.ent_type_ in PLACE_ENTITIES
        or head.lemma_.lower() in COUNTRY_NOUNS
        or head.lower_ in SPEAKER_PRONOUNS
    )


def setting_holds(context: EventContext, mention: Mention, country: str) -> bool:
    """Whether the article's setting may stand for where the mention's act happens: its
    sentence places nothing in another country, and no coded actor of another country (an
    organisation has none) is its source."""
    sentence = mention.trigger.sent
    for place in context.analysis.places:
        if written_in(place, sentence) and place.country and place.country != country:
            return False
    return all(
        actor.code[:3] in NOT_AT_HOME or actor.code[:3] == country
        for actor in mention.source
        if actor.code
    )
