"""Actors coded by the article's setting: a role that is domestic by nature ("police",
"prosecutors", "the mayor", "residents"), named by its role alone in a story set in one
country, is that country's, and so are the state described without an owner ("the
government", "the military", "the country"), an ethnic group the country is a homeland of, and
a person the article gives no country. Only where the setting is unambiguous and the sentence
does not point elsewhere; `code_from` rule "setting", with the place that sets the story as
evidence, so that users can leave these codes out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.annotate.actors import (
    GOVERNMENT,
    MILITARY,
    STATE_BODY,
    article_country,
    dominant,
    entity_of,
    group_homes,
    is_visiting,
    lexicon_matches,
    mentions_actor_of,
    resolve_actors,
    role_of,
    sentence_countries,
)
from eventwire.annotate.events.context import EventContext, Mention
from eventwire.annotate.events.participants import (
    COUNTRY_CODE_LENGTH,
    PERSON,
    described_role,
    head_of,
)
from eventwire.annotate.events.placement import NOT_AT_HOME, setting_holds
from eventwire.annotate.events.places import dateline_place
from eventwire.annotate.parse_views import VIEW_PREFIX, cached, span_at
from eventwire.codebooks.actor_cues import (
    actor_cues,
    federations,
    setting_roles,
    shared_body_names,
    state_descriptions,
)
from eventwire.codebooks.actors import outlet_entity_names
from eventwire.codebooks.office_holders import name_key, office_holders, terms_named
from eventwire.records import ActorRef, Analysis, CodeSource, Place

SETTING = "setting"
ARTICLE_COUNTRY = "article_country"
OWN_BODY = "own_body"
OUTSIDER_MODIFIERS = actor_cues()["outsider_modifier"]
FEDERAL_MODIFIERS = actor_cues()["federal_modifier"]
FEDERAL_BODIES = actor_cues()["federal_body"]
IRREGULAR_ROLES = frozenset({"REB", "UAF"})
"""Roles of armed groups no state commands: named for another country, they may be the
story's rebels."""
ARMED_ROLES = IRREGULAR_ROLES | {MILITARY}
"""Roles of armed groups and forces, whose naming makes a story's rebels possibly foreign."""

ARMED_ROLE_CODES = VIEW_PREFIX + "armed_role_codes"


def article_setting(analysis: Analysis) -> Place | None:
    """The place that sets the story in one country: its dateline, else its place named most
    often in that country; only where that country is named most (`dominant`: at least twice
    and `DOMINANCE` times as often as any other), and a dateline, if there is one, agrees."""
    located = [place for place in analysis.places if place.lat is not None and place.country]
    country = dominant(Counter(place.country for place in located))
    if country is None:
        return None
    dateline = dateline_place(analysis.places, analysis.article.text)
    if dateline is not None:
        return dateline if dateline.country == country else None
    in_country = [place for place in located if place.country == country]
    named = Counter(place.gazetteer_id for place in in_country)
    return max(in_country, key=lambda place: named[place.gazetteer_id])


def story_country(analysis: Analysis) -> tuple[str, CodeSource] | None:
    """The country a one-country story is set in, with the evidence a code it lends cites:
    the place that sets it (`article_setting`, rule "setting"), else, where the article
    locates no place in another country, the country most of its coded entities are of
    (`actors.article_country`, rule "article_country", its first mention as evidence): a
    story that names few places ("Prosecutors said Smith ..." in a story about Ohio names
    Ohio once) is still about one country."""
    setting = article_setting(analysis)
    if setting is not None:
        return setting.country, CodeSource(SETTING, setting.text, setting.start, setting.end)
    country = article_country(analysis)
    if country is None or any(
        place.country and place.country != country
        for place in analysis.places
        if place.lat is not None
    ):
        return None
    first = min(
        (
            mention
            for entity in analysis.entities
            if entity.actor and entity.actor[:3] == country
            for mention in entity.mentions
        ),
        key=lambda mention: mention.start,
    )
    return country, CodeSource(ARTICLE_COUNTRY, first.text, first.start, first.end)


def place_by_setting(
    context: EventContext, group: list[Mention], country: str, evidence: CodeSource
) -> None:
    """`placed_by_setting` for each mention of one event, in a story set in `country`
    (`story_country`; after the merge, as for `placement.place_victims`: a code the
    setting lends links no mentions). Roles only where the setting holds for the mention's
    act (`setting_holds`); a local person whatever the act, as that test reads all the
    person's sentences ("U.S. envoys criticized Mendoza": still the story's Mendoza)."""
    for mention in group:
        mention.source, mention.target = in_setting(context, mention, country, evidence)


def in_setting(
    context: EventContext, mention: Mention, country: str, evidence: CodeSource
) -> tuple[list[ActorRef], list[ActorRef]]:
    """The mention's sources and targets as `place_by_setting` codes them, the mention left as
    it is."""
    source, roles = sources_in_setting(context, mention, country, evidence)
    target = [own_body(context, actor, country, evidence) for actor in mention.target]
    return source, placed_by_setting(context, target, country, evidence, roles)


def sources_in_setting(
    context: EventContext, mention: Mention, country: str, evidence: CodeSource
) -> tuple[list[ActorRef], bool]:
    """The mention's sources as `in_setting` codes them, and whether the setting's roles hold
    for its act (`setting_holds`, which reads those sources only). Also read before the merge's
    events are placed, by the check of a frame that needs a public doer
    (`participants.has_participants`, through `stage.final_doers`), which must see the codes
    the output ends with ("prosecutors" in a story set in Peru are a public doer) and reads no
    target."""
    source = [own_body(context, actor, country, evidence) for actor in mention.source]
    roles = setting_holds(context, replace(mention, source=source), country)
    return placed_by_setting(context, source, country, evidence, roles), roles


def placed_by_setting(
    context: EventContext,
    actors: list[ActorRef],
    country: str,
    evidence: CodeSource,
    roles: bool,
) -> list[ActorRef]:
    """Uncoded actors named by a domestic role alone take the setting's country with their
    role ("Prosecutors said" in a story set in Peru is PERJUD from the dateline "LIMA"), and
    people the article gives no country take the country alone (`local_person`); with
    `roles` False, only the people."""
    placed = []
    for actor in actors:
        if actor.code is not None:
            placed.append(actor)
            continue
        readings = ROLE_READINGS if roles else ()
        role = next(
            (code for read in readings if (code := read(context, actor, country)) is not None),
            None,
        )
        head = head_of(context, actor)
        if role is None and head is not None and local_person(context, actor, country):
            role = described_role(context, head)
        if role is not None:
            actor = replace(actor, code=country + role, code_from=evidence)
        placed.append(actor)
    return placed


def own_body(
    context: EventContext, actor: ActorRef, country: str, evidence: CodeSource
) -> ActorRef:
    """A US state body named bare by a name the setting's country gives its own body
    (`shared_body_names.tsv`: "Congress" in a story set in Peru is PERLEG, "the Department of
    Education" in one set in the Philippines PHLGOV), where its sentence names nothing of the
    United States; `code_from` rule "own_body" with the setting's evidence. Any other actor
    is returned as it is."""
    span = span_at(context.parse, actor.start, actor.end)
    if actor.code is None or span is None or not len(span):
        return actor
    match = lexicon_matches(context.parse).names.get(span.root.i)
    if (
        match is None
        or match.actor.kind != STATE_BODY
        or actor.code != match.actor.code_on(context.analysis.article.published)
    ):
        return actor
    role = shared_body_names().get(context.parse[match.start : match.end].text, {}).get(country)
    home = actor.code[:3]
    if role is None or names_country(context, span.root.sent, home, (match.start, match.end)):
        return actor
    source = CodeSource(OWN_BODY, evidence.text, evidence.start, evidence.end)
    return replace(actor, code=country + role, code_from=source)


def names_country(
    context: EventContext, sentence: Span, country: str, apart: tuple[int, int]
) -> bool:
    """Whether the sentence names the country, by a name or place (`sentence_countries`) or an
    actor coded to it, outside the tokens `apart` (the body's own name)."""
    named = sentence_countries(context.parse, sentence, context.analysis)
    if any(code == country and not apart[0] <= span.start < apart[1] for code, span in named):
        return True
    words = context.parse[apart[0] : apart[1]]
    return mentions_actor_of(
        context.analysis,
        country,
        (sentence.start_char, sentence.end_char),
        (words.start_char, words.end_char),
    )


def domestic_role(context: EventContext, actor: ActorRef, country: str) -> str | None:
    """The role code of an actor named by a role domestic by nature (`setting_roles.tsv`),
    with no word that makes its people outsiders ("foreign residents"); a role that crosses
    borders too (rebels) only where the article names no armed actor of another country."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span):
        return None
    head = span.root
    match = lexicon_matches(context.parse).roles.get(head.i)
    word = match.role.phrase if match is not None else head.lemma_.lower()
    role = setting_roles().get(word)
    if role is None or outsiders(span):
        return None
    if role.abroad and names_armed_outsider(context, country):
        return None
    return role.role


def federal_role(context: EventContext, actor: ActorRef, country: str) -> str | None:
    """The role code of an actor whose head "federal" modifies ("federal prosecutors" JUD,
    "the federal government" GOV; "federal agencies" GOV, a `federal_body` with no role of its
    own) in a story set in a federation (`federations.tsv`): the nation's own body, not a
    state's. Not a head that names no body of the state ("a federal crime")."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span) or country not in federations():
        return None
    head = span.root
    if not any(word.lower_ in FEDERAL_MODIFIERS for word in head.lefts if span.start <= word.i):
        return None
    role = role_of(context.parse, head, span.start, span.end)
    if role is None and head.lemma_.lower() in FEDERAL_BODIES:
        return GOVERNMENT
    return role


def ethnic_role(context: EventContext, actor: ActorRef, country: str) -> str | None:
    """The role code ("" for none) of an actor named by an ethnic group that the setting's
    country is a homeland of (`ethnic_groups.tsv`): "Baloch separatists" in a story set in
    Pakistan, not "Rohingya refugees" in one set in Bangladesh, which only hosts them."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span) or country not in group_homes(span.root):
        return None
    return role_of(context.parse, span.root, span.start, span.end) or ""


def names_armed_outsider(context: EventContext, country: str) -> bool:
    """Whether the article names an armed group of none ("Islamic State" IMG), or of another
    country ("al-Shabab" SOMREB) where it names none of the setting's own, or another
    country's forces ("Kenyan troops" KENMIL) where it names none of the setting's own, among
    its entities or the actors resolved so far. Foreign troops told beside the country's own
    ("Somali forces backed by Djiboutian soldiers", a French base and the Ivorian army) fight
    with or against its state, and the rebels are still the country's; a story that names the
    country's own insurgents ("the Baloch Liberation Army" in a story set in Pakistan) is
    about them, whatever militants it says are across the border."""
    codes = {entity.actor for entity in context.analysis.entities if entity.actor}
    codes |= {ref.code for refs in context.actor_cache.values() for ref in refs if ref.code}
    codes |= cached(context.parse, ARMED_ROLE_CODES, lambda _: armed_role_codes(context))
    outsiders = [code for code in codes if code[:3] != country]
    if any(code[:3] == "IMG" for code in outsiders):
        return True
    own = {code[3:6] for code in codes if code[:3] == country}
    foreign_groups = any(code[3:6] in IRREGULAR_ROLES for code in outsiders)
    foreign_forces = any(code[3:6] == MILITARY for code in outsiders)
    return (foreign_groups and not own & IRREGULAR_ROLES) or (
        foreign_forces and MILITARY not in own
    )


def armed_role_codes(context: EventContext) -> set[str]:
    """The codes of the armed role phrases the article names ("Kenyan troops" KENMIL), read
    once per article: asked of every rebel mention, they made a long text quadratic."""
    codes = set()
    for match in {id(m): m for m in lexicon_matches(context.parse).roles.values()}.values():
        if match.role.code in ARMED_ROLES:
            head = context.parse[match.end - 1]
            refs = resolve_actors(context.parse, head.left_edge.i, match.end, context.analysis)
            codes |= {ref.code for ref in refs if ref.code}
    return codes


def state_description(context: EventContext, actor: ActorRef, country: str) -> str | None:
    """The role code of an actor named by a definite description of a state or its organs
    (`state_descriptions.tsv`: "the government" GOV, "the country" none), or owned by one
    ("the country's army" MIL, by its own role; `described_owner`), where neither its
    sentence nor the one before names an actor of another country: "Chile raised tariffs. The
    government ..." is Chile's; an organisation says nothing of whose it is."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span):
        return None
    role = state_descriptions().get(" ".join(token.lower_ for token in span))
    if role is None:
        role = described_owner(context, span)
    if role is None:
        return None
    sentence = span.root.sent
    before = context.parse[sentence.start - 1].sent if sentence.start else sentence
    sentences = {(before.start_char, before.end_char), (sentence.start_char, sentence.end_char)}
    return None if names_other_country(context, sentences, country, organisations=False) else role


def described_owner(context: EventContext, span: Span) -> str | None:
    """The role code of an actor whose owner is a description of the state ("the country's
    army" MIL, "the nation's foreign minister" GOV): the head's own role, else the owner's;
    None when no such owner is the head's."""
    head = span.root
    for owner in head.children:
        if owner.dep_ != "poss" or not span.start <= owner.left_edge.i:
            continue
        words = [t.lower_ for t in owner.subtree if t.tag_ != "POS"]
        owner_role = state_descriptions().get(" ".join(words))
        if owner_role is not None:
            return role_of(context.parse, head, span.start, span.end) or owner_role
    return None


def outsiders(words: Iterable[Token]) -> bool:
    """Whether a word says the people are not of the place they are in: an outsider modifier
    ("foreign residents"), or a visitor word (`is_visiting`) that `setting_roles.tsv` does not
    list as domestic. Journalists are visitors to a place named beside them ("a journalist
    killed in Beirut" says nothing of whose), but a one-country story's own by its setting
    ("journalist Ana Costa" in a story set in Guatemala)."""
    return any(
        word.lower_ in OUTSIDER_MODIFIERS
        or (is_visiting(word) and word.lemma_.lower() not in setting_roles())
        for word in words
    )


ROLE_READINGS: tuple[Callable[[EventContext, ActorRef, str], str | None], ...] = (
    domestic_role,
    state_description,
    federal_role,
    ethnic_role,
)
"""How `placed_by_setting` reads an uncoded actor as a role of the setting's country, in
turn: the first that gives a role code ("" for none of its own) wins."""


def local_person(context: EventContext, actor: ActorRef, country: str) -> bool:
    """Whether the actor is a person the article gives no country ("Arnel Joseph", "he"), whom
    no word describes as an outsider ("envoy Ana Costa", "a foreign engineer"), whose
    sentences name no actor of another country or an organisation ("Costa told the U.N.
    council": `seen_with_foreigners`), and whom the office-holder table does not place in another
    country (`held_abroad`): someone the story meets where it is set, as the gold codes them."""
    span = span_at(context.parse, actor.start, actor.end)
    if span is None or not len(span):
        return False
    person = entity_of(span.root, context.analysis.entities)
    if person is None or person.type != PERSON or person.actor is not None:
        return False
    if held_abroad(person.name, country):
        return False
    sentences = set()
    for mention in person.mentions:
        words = span_at(context.parse, mention.start, mention.end)
        if words is None or not len(words):
            return False
        if outsiders(words.root.subtree):
            return False
        sentences.add((words.root.sent.start_char, words.root.sent.end_char))
    first = min(person.mentions, key=lambda mention: mention.start)
    return not seen_with_foreigners(context, sentences, first.start, country)


def anyone_met(context: EventContext, actor: ActorRef) -> bool:
    """Whether the setting gave the actor its country alone as a person the story meets where
    it is set (`local_person`, no role described): a donor or a retiree as much as an
    official ("he donated to the campaign"), so no public doer."""
    span = span_at(context.parse, actor.start, actor.end)
    person = (
        None if span is None or not len(span) else entity_of(span.root, context.analysis.entities)
    )
    return (
        actor.code_from is not None
        and actor.code_from.rule in (SETTING, ARTICLE_COUNTRY)
        and len(actor.code or "") == COUNTRY_CODE_LENGTH
        and person is not None
        and person.type == PERSON
    )


def seen_with_foreigners(
    context: EventContext, sentences: set[tuple[int, int]], first: int, country: str
) -> bool:
    """Whether a person is seen with foreigners: the sentence that introduces them (holding
    `first`) or half their sentences (character ranges) or more name an actor of another
    country or an organisation (`names_other_country`). A person a whole story follows is
    met beside others in a few of their many sentences ("Quispe's lawyers wrote to a U.N.
    group"); one introduced beside them, or seen mostly with them, may be theirs."""
    named = {span for span in sentences if names_other_country(context, {span}, country)}
    introduced = any(start <= first < end for start, end in named)
    return introduced or 2 * len(named) >= len(sentences) > 0


def held_abroad(name: str, country: str) -> bool:
    """Whether the office-holder table lists the name, in full or as a surname its rows list
    ("Joe Biden", "Biden"), and no holder of it served the setting's country: "TOKYO - Biden
    met Kishida" is no Japanese Biden, dated or not (a Japanese "Kishida" stays the setting's).
    Family names the loader derives are left out as bare words: they include common ones
    ("Stewart"); a name of several words ending one holder's full name counts ("Van der
    Molen", `terms_named`)."""
    key = name_key(name)
    listed = terms_named(key) if " " in key else office_holders().surnames.get(key, ())
    served = {term.code[:3] for term in listed}
    return bool(served) and country not in served


def names_other_country(
    context: EventContext,
    sentences: set[tuple[int, int]],
    country: str,
    organisations: bool = True,
) -> bool:
    """Whether any of the sentences (character ranges) names an actor coded to another country
    or, unless `organisations` is False, an organisation (one with no home country). A news
    outlet is neither: "Moyo told VOA" says nothing of whose Moyo is."""
    return any(
        start <= mention.start < end
        for other in context.analysis.entities
        if other.actor
        and other.actor[:3] != country
        and other.name not in outlet_entity_names()
        and (organisations or other.actor[:3] not in NOT_AT_HOME)
        for mention in other.mentions
        for start, end in sentences
    )
