"""Actor resolution: the words of an event argument to CAMEO-style actor codes.

A code is a country's ISO 3166 alpha-3 code ("IRN") plus the CAMEO role the words give
("RUSMIL" for "Russian forces", "IRNGOV" for "Tehran" used as a government, "USAGOV" for
"then-US President Donald Trump"). Organisations keep their table's code, GDELT/PETRARCH
style: "IRNMIL" for the IRGC, "IGOUNO" for the UN, "IGOWSTNAT" for NATO, so the first three
letters always say whose actor it is (a country, or IGO/NGO/IMG). People take the code their
introduction gives them (see coref.py). Nothing is guessed: with no country or organisation in
the words, the code is None and the text stays.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.annotate.actor_members import MODIFIER_DEPENDENCIES, Conjunct, conjuncts_of
from eventwire.annotate.binding import (
    SUBJECTS,
    governing_subject,
    is_object_of_clause,
    is_reflexive,
)
from eventwire.annotate.parse_views import auxiliaries_of, entities_of, span_at, written_in
from eventwire.codebooks.actor_cues import (
    actor_cues,
    ethnic_homes,
    minority_homes,
    party_names,
    relational_nouns,
)
from eventwire.codebooks.actors import (
    ORGANISATION_PREFIXES,
    OUTLET,
    REGION_ADJECTIVE,
    NameMatch,
    RoleMatch,
    actor_lexicon,
    country_codes,
)
from eventwire.codebooks.gazetteer import load_gazetteer
from eventwire.codebooks.office_holders import name_key, terms_named
from eventwire.codebooks.places import place_cues
from eventwire.nlp import load_nlp
from eventwire.records import ActorRef, Analysis, CodeSource, Entity, Place

GOVERNMENT = "GOV"
MILITARY = "MIL"
"""The role codes of a state's government and of its armed forces."""

STATE_BODY = "state body"
"""The kind of name of codebooks/state_bodies.tsv."""

CONTAINERS = frozenset({"FAC", "ORG", "EVENT", "LAW"})
"""A table name inside one of these ("Baghdad International Airport") is part of its name."""

PLACE_KINDS = ("capital", "city")

# Word lists of codebooks/actor_cues.tsv, which says what each one is for.
PLURAL_PRONOUNS = actor_cues()["plural_pronoun"]
LOCATIVE_PREPOSITIONS = actor_cues()["locative_preposition"]
WHEREABOUTS = actor_cues()["whereabouts_preposition"]
LANGUAGE_NOUNS = actor_cues()["language_noun"]
EXPERTISE_NOUNS = actor_cues()["expertise_noun"]
REPRESENTATIVES = actor_cues()["representative"]
VISITORS = actor_cues()["visitor"]
POSTINGS = actor_cues()["posting"]
RESIDENCE_PARTICIPLES = actor_cues()["residence_participle"]
ATTITUDE_PREFIXES = actor_cues()["attitude_prefix"]
STAFF_NOUNS = actor_cues()["staff_noun"]
ORIGIN_NOUNS = actor_cues()["origin_noun"]
MINORITY_NOUNS = actor_cues()["minority_noun"]
REGION_MEMBERS = actor_cues()["region_member"]
PARTY_NOUNS = actor_cues()["party_noun"]
PARTY_NAME_PARTS = actor_cues()["party_name_part"]
PARTY_PEOPLE = actor_cues()["party_person"]
PARTY_CHAMBERS = actor_cues()["party_chamber"]
PARTY = "PTY"
"""CAMEO's role of political parties and their members."""
LEGISLATIVE_ROLE = "LEG"
"""CAMEO's role of legislatures and legislators."""
NAME_PARTS_OF_SPEECH = frozenset({"PROPN", "ADJ", "NOUN"})
"""Parts of speech of a word that, capitalised before a party's name, may be part of it."""
DOMINANCE = 2
"""How many times more often an article's own country is named, or coded, than any other."""

CLAUSE_DEPENDENCIES = frozenset(
    {"acl", "relcl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "csubj"}
)
"""Words under these describe something else ("bases housing US troops"): not the actor."""

PHRASE_DEPENDENCIES = frozenset({"prep", "pobj", "agent", "pcomp", "appos", "dative"})
"""Words under these qualify the actor ("president of Armenia"): used when nothing closer is."""


MATCHES_KEY = "eventwire.actor_matches"
MENTIONS_KEY = "eventwire.entity_mentions"


@dataclass(frozen=True)
class ParseMatches:
    """Actor names and role words found in one parse, by the token indices they cover."""

    names: dict[int, NameMatch]
    roles: dict[int, RoleMatch]


def lexicon_matches(parse: Doc) -> ParseMatches:
    """Names and role words of the whole parse, found once and kept with the parse.

    A name inside a longer person's name ("Jordan" in "Michael Jordan") or inside a longer
    role phrase is not the actor it names, nor is a state body inside another organisation's
    name (`inside_other_name`); a "person" made of table names alone ("Bosnian Serbs") is a
    tagging slip.
    """
    cached = parse.user_data.get(MATCHES_KEY)
    if cached is None:
        lexicon = actor_lexicon()
        found = lexicon.names_in(parse)
        covered = {i for match in found for i in range(match.start, match.end)}
        people = [
            ent
            for ent in entities_of(parse)
            if ent.label_ == "PERSON" and not all(token.i in covered for token in ent)
        ]
        tagged = [ent for ent in entities_of(parse) if ent.label_ in CONTAINERS]
        countries = {
            i
            for match in found
            if match.actor.is_country and match.actor.kind not in PLACE_KINDS
            for i in range(match.start, match.end)
        }
        role_matches = lexicon.roles_in(parse)
        names = {}
        for match in found:
            if any(part_of_name(match, person) for person in people) or attitude(parse, match):
                continue
            if is_interviewer_label(parse, match):
                continue
            if any(inside_other_name(parse, match, name, countries) for name in tagged):
                continue
            if any(inside_role(match, role) for role in role_matches):
                continue
            if match.actor.is_country and inside_foreign_place(parse, match):
                continue
            names.update(dict.fromkeys(range(match.start, match.end), match))
        roles = {
            i: match
            for match in role_matches
            if not any(inside_country_name(match, name) for name in found)
            for i in range(match.start, match.end)
        }
        cached = parse.user_data[MATCHES_KEY] = ParseMatches(names, roles)
    return cached


def attitude(parse: Doc, match: NameMatch) -> bool:
    """Whether the name follows "anti-" or "pro-" ("anti-Syria", "pro-Iranian")."""
    before = parse[max(0, match.start - 2) : match.start]
    return len(before) == 2 and before[1].text == "-" and before[0].lower_ in ATTITUDE_PREFIXES


def inside_role(match: NameMatch, role: RoleMatch) -> bool:
    """Whether a name is part of a longer role phrase: "Security Council" in a country's
    "National Security Council" is no UN body."""
    return inside_longer(match, role)


def inside_country_name(role: RoleMatch, name: NameMatch) -> bool:
    """Whether a role word is part of a country's longer name: "Union" in "the Soviet Union"
    or "the Union of Comoros" names no trade union."""
    return name.actor.is_country and inside_longer(role, name)


def inside_longer(inner: NameMatch | RoleMatch, outer: NameMatch | RoleMatch) -> bool:
    """Whether one match's tokens lie within another's, and the other is longer."""
    inside = outer.start <= inner.start and inner.end <= outer.end
    return inside and outer.end - outer.start > inner.end - inner.start


PLACE_REACH = 2
"""Proper nouns on either side of a country's name that may make it a longer place's."""


def inside_foreign_place(parse: Doc, match: NameMatch) -> bool:
    """Whether a country's name is part of a longer place name that lies only in other
    countries: "Mexico" in "New Mexico" (USA), "Wales" in "New South Wales" (AUS). "Mexico
    City" keeps its country, which the longer name also lists. Only proper nouns lengthen a name:
    the gazetteer reads "The Thai" as "Thai", another country's town."""
    beside = [parse[i] for i in (match.start - 1, match.end) if 0 <= i < len(parse)]
    if not any(token.pos_ == "PROPN" for token in beside):
        return False  # a longer name adds a proper noun next to the country's
    country = (match.actor.code or "")[:3]
    gazetteer = load_gazetteer()
    for start in range(max(0, match.start - PLACE_REACH), match.start + 1):
        for end in range(match.end, min(len(parse), match.end + PLACE_REACH) + 1):
            longer = parse[start:end]
            added = [token for token in longer if not match.start <= token.i < match.end]
            if not added or not all(token.pos_ == "PROPN" for token in added):
                continue
            entries = [found.entry for found in gazetteer.lookup(longer.text)]
            if entries and all(entry.country not in (country, None) for entry in entries):
                return True
    return False


def part_of_name(match: NameMatch, person: Span) -> bool:
    """Whether a table name lies inside a longer person's name; not after a possessive the
    tagger ran the name across ("Nasser’s HTS" is Nasser's group)."""
    inside = person.start <= match.start and match.end <= person.end
    owned = any(token.tag_ == "POS" for token in person.doc[person.start : match.start])
    return inside and person.end - person.start > match.end - match.start and not owned


def inside_other_name(parse: Doc, match: NameMatch, name: Span, countries: set[int]) -> bool:
    """Whether a state body's name sits inside a longer tagged name, with name words on both
    sides: "Congress" in "the National Congress Party" is no legislature, and the longer name's
    own words give its code. A name the body starts is its own part ("the White House Situation
    Room", "a U.S. Senate committee"); one it ends is most often the body with an owner ("Obama's
    State Department", "the Republican Congress", "a Trump White House"), so it stays the body;
    a country before it says whose body it is (`qualified_body`)."""
    if match.actor.kind != STATE_BODY or not part_of_name(match, name):
        return False

    def named(tokens: Span) -> bool:
        return any(
            not (token.is_punct or token.pos_ == "DET" or token.tag_ == "POS")
            and token.i not in countries
            for token in tokens
        )

    return named(parse[name.start : match.start]) and named(parse[match.end : name.end])


def qualified_body(parse: Doc, match: NameMatch, date: str | None) -> tuple[NameMatch, str] | None:
    """The country that owns a state body another country's press names as its own, and the
    body's code for that country: "Peru's Congress" and "the Peruvian Congress" are PERLEG, the
    table's "Congress" USALEG. None when no country right before the name modifies it, or when
    that country is the table's own ("Russia's Federal Security Service")."""
    code = match.actor.code_on(date)
    before = match.start - 1
    if before >= 0 and parse[before].tag_ == "POS":
        before -= 1
    names = lexicon_matches(parse).names
    country = names.get(before)
    if code is None or match.actor.kind != STATE_BODY or country is None:
        return None
    own = country.actor.code_on(date)
    if not country.actor.is_country or country.actor.kind in PLACE_KINDS or own is None:
        return None
    if own == code[:3] or not match.start <= parse[match_root(parse, country)].head.i < match.end:
        return None
    return country, own + code[3:]


def resolve_actors(parse: Doc, start: int, end: int, analysis: Analysis) -> list[ActorRef]:
    """Actors named by tokens [start, end): one per conjunct, code None when unknown, with
    the rule that gave the code (`code_from`)."""
    date = analysis.article.published
    refs = []
    for conjunct in whole_names(parse, conjuncts_of(parse, start, end)):
        entity = entity_of(parse[conjunct.head], analysis.entities)
        code, rule = conjunct_code(parse, conjunct, date), "words"
        division = division_place(parse, conjunct, analysis, code) if code else None
        if code and division:
            code = division.country + code[3:]
        if code is None:
            code, rule = placed_role_code(parse, conjunct, analysis), "role_place"
        if entity is None and parse[conjunct.head].lower_ in PLURAL_PRONOUNS:
            code = plural_pronoun_code(parse, parse[conjunct.head], analysis.entities, date)
            rule = "pronoun"
        name = None
        if entity is not None:
            name = None if entity.type == "NORP" else entity.name
            listed = lexicon_matches(parse).names.get(conjunct.head)
            if entity.type == "ORG" and code and listed and listed.actor.kind == "dictionary":
                pass  # a dictionary's name tagged as an organisation: the words come first
            elif entity.type in ("PERSON", "ORG"):
                if entity.actor:
                    code, rule = entity.actor, entity_rule(entity)
                else:
                    code = own_code(entity, code, parse, conjunct.start, conjunct.end)
            elif code is None and entity.actor:
                code, rule = entity.actor, entity_rule(entity)
        span = parse[conjunct.start : conjunct.end]
        source = CodeSource(rule) if code else None
        if division and rule == "words" and code and code[:3] == division.country:
            source = CodeSource("division", division.text, division.start, division.end)
        if source is not None and source.rule == "words":
            code, source = ethnic_residence(parse, conjunct, analysis, code) or (code, source)
        if code is None:
            code, source = ethnic_home(parse, conjunct, analysis) or (None, None)
        if code is None:
            code, source = party_home(parse, conjunct, analysis) or (None, None)
        if code is None:
            code, source = party_member(parse, conjunct, analysis) or (None, None)
        refs.append(ActorRef(span.text, span.start_char, span.end_char, code, name, source))
    return refs


def whole_names(parse: Doc, conjuncts: list[Conjunct]) -> list[Conjunct]:
    """The conjuncts with those that lie inside one table name joined again: the "and" of
    "Bosnia and Herzegovina" or "the Food and Drug Administration" joins no two actors."""
    names = lexicon_matches(parse).names
    joined: list[Conjunct] = []
    for conjunct in conjuncts:
        name = names.get(conjunct.head)
        before = joined[-1] if joined else None
        if before is not None and name is not None and names.get(before.head) is name:
            conjunct = Conjunct(conjunct.head, before.start, conjunct.end, conjunct.role_head)
            joined[-1] = conjunct
        else:
            joined.append(conjunct)
    return joined


def entity_rule(entity: Entity) -> str:
    """The rule the entity's code came from: for a person how the article introduces them
    (title, apposition) or the office-holder table, which all later mentions share; for any
    other entity its name."""
    if entity.code_from is not None:
        return entity.code_from.rule
    return "person" if entity.type == "PERSON" else "words"


def division_place(parse: Doc, conjunct: Conjunct, analysis: Analysis, code: str) -> Place | None:
    """The place in the actor's words whose country replaces the code's: a country's name
    (the one that gave the code) that the places stage read as a division or town of another
    country. "Georgia" beside Atlanta is the US state, so "Georgia executed an inmate" is USA
    and "Georgia lawmakers" USALEG, not GEO. The places stage weighs the article's other places
    (Tbilisi, Atlanta), which a name table cannot; a name it read as a country, or left
    unresolved, keeps the table's code."""
    names = lexicon_matches(parse).names
    for place in analysis.places:
        if place.precision in (None, "country") or place.country in (None, code[:3]):
            continue
        span = span_at(parse, place.start, place.end)
        if span is None or not conjunct.start <= span.start < span.end <= conjunct.end:
            continue
        match = names.get(span.start)
        if match is None or not match.actor.is_country:
            continue
        if (match.actor.code_on(analysis.article.published) or "")[:3] == code[:3]:
            return place
    return None


def placed_role_code(parse: Doc, conjunct: Conjunct, analysis: Analysis) -> str | None:
    """A role word whose own phrase places it in a place the places stage resolved: "the
    governor of the Tyumen region" is RUSGOV (of: theirs, as a place before it: "Gulu
    police", "Alaska Gov. Sarah Palin"), "police in Gulu" UGACOP (in: only
    roles that are local by nature, police and civilians; "peacekeepers in Kenya" and
    "diplomats in Geneva" are no more Kenyan or Swiss than before). The place is inside the
    actor's own words, so its span is the evidence."""
    head = parse[conjunct.head]
    role = role_of(parse, head, conjunct.start, conjunct.end)
    if role is None:
        return None
    for place in analysis.places:
        if place.role != "place" or not place.country:
            continue
        span = span_at(parse, place.start, place.end)
        if span is None or not conjunct.start <= span.start < span.end <= conjunct.end:
            continue
        if premodifies(span.root, head) and not is_visiting(head):
            return place.country + role  # "Gulu police", "Alaska Gov. Sarah Palin": of Gulu
        preposition = next((t for t in span.root.ancestors if t.dep_ == "prep"), None)
        if preposition is None or preposition.head != head:
            continue
        if preposition.lower_ == "of" or (
            preposition.lower_ in WHEREABOUTS and not is_visiting(head)
        ):
            return place.country + role
    return None


def ethnic_home(
    parse: Doc, conjunct: Conjunct, analysis: Analysis
) -> tuple[str, CodeSource] | None:
    """People named by an ethnic or sectarian group with no country of its own ("Shona rebels",
    `ethnic_groups.tsv`) take the one homeland of the group their sentence names: "Mozambique
    accepted demands from Shona rebels" is MOZREB, with "Mozambique" as the evidence. News names
    the state such a group acts in; with none of its homelands named, or two, or another country
    in the actor's own words ("Kurdish protesters in Germany"), the group stays uncoded."""
    head = parse[conjunct.head]
    homes = group_homes(head)
    if not homes:
        return None
    own = range(min(conjunct.start, head.left_edge.i), max(conjunct.end, head.right_edge.i + 1))
    named: dict[str, Span] = {}
    for country, span in sentence_countries(parse, head.sent, analysis):
        if span.start in own and country not in homes:
            return None  # "Rohingya refugees in Bangladesh": where they are, not whose
        named.setdefault(country, span)
    found = [country for country in named if country in homes]
    if len(found) != 1:
        return None
    evidence = named[found[0]]
    role = role_of(parse, head, conjunct.start, conjunct.end)
    source = CodeSource("ethnic_home", evidence.text, evidence.start_char, evidence.end_char)
    return found[0] + (role or ""), source


def ethnic_residence(
    parse: Doc, conjunct: Conjunct, analysis: Analysis, code: str
) -> tuple[str | None, CodeSource | None] | None:
    """People its words call ethnic or a minority of a country's demonym ("ethnic Albanians",
    "the Russian minority"), coded by that demonym, with no word saying where they live: CAMEO
    codes where they live, so they take the one country of the people's minority homes
    (`ethnic_minorities.tsv`) their sentence names ("Ethnic Albanians vowed to fight near
    Macedonia's border" -> MKD, the evidence "Macedonia"), and stay uncoded where it names none
    or several: the demonym's own country is the one they are not of. None where the phrase
    is no such people (the code stands)."""
    head = parse[conjunct.head]
    people = ethnic_people(parse, head, conjunct.start, analysis.article.published)
    homes = minority_homes().get(code[:3])
    if people != code[:3] or homes is None:
        return None
    if residence_words(parse, head, conjunct.start, conjunct.end):
        return None
    named: dict[str, Span] = {}
    for country, span in sentence_countries(parse, head.sent, analysis):
        if country in homes:
            named.setdefault(country, span)
    if len(named) != 1:
        return None, None
    country, evidence = next(iter(named.items()))
    source = CodeSource("ethnic_residence", evidence.text, evidence.start_char, evidence.end_char)
    return country + code[3:], source


def ethnic_people(parse: Doc, head: Token, start: int, date: str | None) -> str | None:
    """The country code of the demonym that names people as an ethnic group or a minority:
    the demonym after "ethnic" ("ethnic Albanians", "ethnic Albanian guerrillas") or before a
    minority noun ("the Russian minority"); None for none."""
    names = lexicon_matches(parse).names
    minority = head.lemma_.lower() in MINORITY_NOUNS
    for token in parse[max(start, head.left_edge.i) : head.i + 1]:
        match = names.get(token.i)
        if match is None or match.actor.kind != "adjective" or token.i != match.start:
            continue
        after_ethnic = token.i > 0 and parse[token.i - 1].lower_ == "ethnic"
        if after_ethnic or (minority and token.head == head):
            return (match.actor.code_on(date) or "")[:3] or None
    return None


def party_home(parse: Doc, conjunct: Conjunct, analysis: Analysis) -> tuple[str, CodeSource] | None:
    """A party or coalition named by a proper name the tables lack (`party_noun` cues: "the
    Umma party", "leaders of the Azadliq coalition") is of the country where its sentence
    places things, when that is the one country the sentence names: parties act in their own
    country's politics, so "the Azadliq coalition postponed its rally in Baku" is AZE, with
    "Baku" as the evidence. A country named by its name or adjective may be what the party
    acts on ("the Nahda party criticized Chinese trade policy"), so with one the rule codes
    nothing."""
    head = parse[conjunct.head]
    words = [t for t in head.subtree if conjunct.start <= t.i < conjunct.end]
    named_parties = [
        t
        for t in words
        if t.lemma_.lower() in PARTY_NOUNS
        and t.pos_ == "NOUN"
        and any(child.pos_ == "PROPN" and child.i < t.i for child in t.children)
    ]
    if not named_parties:
        return None
    sentence = head.sent
    located = [
        place
        for place in analysis.places
        if place.precision not in (None, "country") and written_in(place, sentence)
    ]
    named = sentence_countries(parse, sentence, analysis)
    if not located or len({country for country, _ in named}) != 1:
        return None
    if any(not any(p.start <= span.start_char < p.end for p in located) for _, span in named):
        return None  # a country named by its name may be what the party acts on
    evidence = located[0]
    party = named_parties[0]
    role = role_of(parse, party, conjunct.start, conjunct.end)  # "opposition coalition" OPP
    source = CodeSource("party_home", evidence.text, evidence.start, evidence.end)
    return named[0][0] + (role or ""), source


def party_member(
    parse: Doc, conjunct: Conjunct, analysis: Analysis
) -> tuple[str, CodeSource] | None:
    """People and bodies named by a party whose name says nothing of its country
    (`party_names.tsv`: "Democrats", "the GOP", "Republican senators", "Democrat Clinton") are
    of the party's country where the article is read as of it (`party_country_at_hand`). The
    name must be the phrase's head or say what kind of person its head is (`party_person`):
    "the Republican nominee's description" is a thing. A capitalised word before the name
    that is not of that country ("Social Democrats", "Sweden Democrats"), or after it that
    belongs to no person, title or party ("Democratic Unionist", "Republican Guard"), makes
    it another name."""
    head = parse[conjunct.head]
    for token in parse[conjunct.start : head.i + 1]:
        country = party_names().get(token.text)
        if country is None or not party_country_at_hand(parse, token, country, analysis):
            continue
        if not (party_name_start(parse, token, country, analysis) and party_name_end(token)):
            return None
        role = party_person(parse, token, head, conjunct)
        if role is None:
            return None
        source = CodeSource("party_name", token.text, token.idx, token.idx + len(token))
        return country + role, source
    return None


def party_country_at_hand(parse: Doc, token: Token, country: str, analysis: Analysis) -> bool:
    """Whether a party's name is read as of its country: the article is about that country
    (`article_country`), or is about no one country and the name's sentence or the one before
    names an actor of it ("The bill goes to the U.S. Senate. Republicans and Democrats are
    angry with Ankara", in a story that names Turkey as often)."""
    about = article_country(analysis)
    if about is not None:
        return about == country
    sentence = token.sent
    first = parse[sentence.start - 1].sent if sentence.start else sentence
    return mentions_actor_of(analysis, country, (first.start_char, sentence.end_char))


def mentions_actor_of(
    analysis: Analysis, country: str, within: tuple[int, int], apart: tuple[int, int] = (0, 0)
) -> bool:
    """Whether an actor coded to the country is mentioned from character `within[0]` up to
    `within[1]`, outside the characters `apart` (the name whose country is in question)."""
    return any(
        within[0] <= mention.start < within[1] and not apart[0] <= mention.start < apart[1]
        for entity in analysis.entities
        if (entity.actor or "")[:3] == country
        for mention in entity.mentions
    )


def party_person(parse: Doc, name: Token, head: Token, conjunct: Conjunct) -> str | None:
    """The role of a phrase a party's name is in: the phrase's own ("Senate Republicans" LEG,
    "Republican senators" LEG, "Republican governors" GOV, "the Republican Senate" LEG), else
    PTY for the party itself, its bodies ("the Democratic National Committee") and its people
    ("Democratic Party officials", "GOP critics", "Democrat Clinton"); None where the head is no
    person and the name only modifies it ("Democratic National Committee computers")."""
    if head.text in PARTY_CHAMBERS:  # the chamber, whatever its majority
        return LEGISLATIVE_ROLE
    if head.text in PARTY_NAME_PARTS:
        return PARTY
    if name == head:
        return role_of(parse, head, conjunct.start, conjunct.end) or PARTY
    if not premodifies(name, head):
        return None
    if head.lemma_.lower() in PARTY_PEOPLE or head.ent_type_ == "PERSON":
        return PARTY
    return role_of(parse, head, conjunct.start, conjunct.end)


def article_country(analysis: Analysis) -> str | None:
    """The country the article is about: the one most of its coded entities are of
    (`dominant`; organisations' codes not counted)."""
    return dominant(
        Counter(
            entity.actor[:3]
            for entity in analysis.entities
            if entity.actor and entity.actor[:3] not in ORGANISATION_PREFIXES
        )
    )


def dominant(counts: Counter[str]) -> str | None:
    """The value counted most, where it is counted at least twice and `DOMINANCE` times as
    often as any other: what an article is about, not one of the things it names."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def party_name_start(parse: Doc, token: Token, country: str, analysis: Analysis) -> bool:
    """Whether a party's name starts at `token`: the word before it is no capitalised name or
    adjective ("the GOP", "fellow Democrats"), or is a word of party names or a role ("House
    Republicans", "Senate Democrats") or names the party's country ("Vermont Democrats")."""
    before = parse[token.i - 1] if token.i > token.sent.start else None
    if before is None or not before.is_title or before.pos_ not in NAME_PARTS_OF_SPEECH:
        return True
    if before.text in PARTY_NAME_PARTS or before.i in lexicon_matches(parse).roles:
        return True  # "House Republicans", "Senate Democrats"
    match = lexicon_matches(parse).names.get(before.i)
    if match is not None and (match.actor.code_on(analysis.article.published) or "")[:3] == country:
        return True
    return any(
        place.country == country and place.start <= before.idx < place.end
        for place in analysis.places
    )


def party_name_end(token: Token) -> bool:
    """Whether a party's name ends at `token` or goes on only in words of its own
    ("Democratic Party", "Republican National Committee"), a person's name or a title
    ("Republican Trump", "Republican Sen. Ana Costa")."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is None or not after.is_title:
        return True
    if after.text in PARTY_NAME_PARTS or after.ent_type_ == "PERSON":
        return True
    return after.i in lexicon_matches(token.doc).roles


def sentence_countries(parse: Doc, sentence: Span, analysis: Analysis) -> list[tuple[str, Span]]:
    """The countries a sentence names, by a country's name or word or by a place the places
    stage resolved, with the span of each mention."""
    date = analysis.article.published
    named = []
    for match in dict.fromkeys(lexicon_matches(parse).names.values()):
        code = match.actor.code_on(date)
        if match.actor.is_country and code and sentence.start <= match.start < sentence.end:
            named.append((code[:3], parse[match.start : match.end]))
    for place in analysis.places:
        span = span_at(parse, place.start, place.end)
        if place.country and span is not None and sentence.start <= span.start < sentence.end:
            named.append((place.country, span))
    return named


def group_homes(head: Token) -> frozenset[str]:
    """The homelands of the ethnic groups an actor's head, a word before it or its "of" phrase
    of origin names ("Kurds", "Karen guerrillas", "passengers of Punjabi and Saraiki
    ethnicity": the countries all of them share), empty for none; a person's name is no group
    ("Karen Pierce")."""
    if head.ent_type_ == "PERSON":
        return frozenset()
    words = [head, *(t for t in head.subtree if premodifies(t, head))]
    for preposition in head.rights:
        phrase = list(preposition.subtree)
        if preposition.lower_ == "of" and any(t.lower_ in ORIGIN_NOUNS for t in phrase):
            words.extend(phrase)
    named = [
        ethnic_homes()[word.lower_]
        for word in words
        if word.lower_ in ethnic_homes() and word.text[:1].isupper()
    ]
    return frozenset.intersection(*named) if named else frozenset()


def premodifies(word: Token, head: Token) -> bool:
    """Whether a word before a head modifies it, or a modifier of it ("Alaska" in "Alaska
    Gov. Sarah Palin")."""
    return (
        word.i < head.i
        and word.dep_ in MODIFIER_DEPENDENCIES
        and (
            word.head == head
            or (word.head.head == head and word.head.dep_ in MODIFIER_DEPENDENCIES)
        )
    )


def plural_pronoun_code(
    parse: Doc, pronoun: Token, entities: list[Entity], date: str | None
) -> str | None:
    """they/them/their: the code of the plural subject nearest before, in the same sentence or
    the one before it ("Russian troops crossed the river. They shelled ..."); a group's members
    are the group ("Thousands of Sudanese marched. They demanded ...")."""
    token = plural_antecedent(parse, pronoun)
    if token is None:
        return None
    entity = entity_of(token, entities)
    start, end = token.left_edge.i, token.right_edge.i + 1
    codes = [conjunct_code(parse, c, date) for c in conjuncts_of(parse, start, end)]
    code = next((c for c in codes if c), None)
    return code or (entity.actor if entity is not None else None)


def plural_antecedent(parse: Doc, pronoun: Token) -> Token | None:
    """The plural subject nearest before a they/them/their, in its sentence or the one before.
    A "themselves" object is its own clause's subject; a "them" object never is, and refers to
    no one here when that subject, or what a "they" subject refers to, is the nearest ("police
    detained miners, then released them": the miners, whom no subject names)."""
    own_subject = governing_subject(pronoun) if is_object_of_clause(pronoun) else None
    if own_subject is not None and is_reflexive(pronoun):
        return own_subject
    if own_subject is not None and own_subject.lower_ in PLURAL_PRONOUNS:
        own_subject = plural_antecedent(parse, own_subject)  # "they shot them"
    sentence = pronoun.sent
    previous = parse[sentence.start - 1].sent if sentence.start else None
    first = previous.start if previous is not None else sentence.start
    for token in reversed(parse[first : pronoun.i]):
        if token.dep_ not in SUBJECTS:
            continue
        if (
            token.tag_ in ("NNS", "NNPS")
            or any(c.dep_ == "conj" for c in token.children)
            or named_as_plural(token)
        ):
            return None if token == own_subject else token
    return None


def named_as_plural(subject: Token) -> bool:
    """Whether a subject name the tagger calls singular is plural by its verb: "the Taliban
    are", "the Houthis have" (a present tense or auxiliary for more than one, `VBP`). Only a
    subject's verb agrees with it: "I urge the Taliban" says nothing of the name."""
    if subject.tag_ != "NNP":
        return False
    verb = subject.head
    verbs = [verb, *auxiliaries_of(verb)]
    return any(v.tag_ == "VBP" for v in verbs)


def own_code(entity: Entity, code: str | None, parse: Doc, start: int, end: int) -> str | None:
    """The code an argument's own words give, when its entity has none."""
    if entity.type == "ORG":
        return organisation_code(code, parse, start, end)
    if entity.type == "PERSON" and code is not None:
        return held_code(code, parse[start:end])
    return code


def says_held_before(words: Span) -> bool:
    """Whether a title or name phrase says the office is past ("the former president")."""
    past = actor_cues()["past_office"]
    return any(token.lower_ in past for token in words)


def held_code(code: str, description: Span) -> str | None:
    """What a title or apposition's code says of a person: all of it for an office they hold
    or held when they acted ("then-President X"), only the country for one the words say they
    have left (`left_office`: "former NATO Secretary General" no longer speaks for NATO, "a
    former Treasury official" is still American); None where the body is no country's."""
    left = actor_cues()["left_office"]
    if not any(token.lower_ in left for token in description):
        return code
    return code[:3] if code[:3] in country_codes() else None


def organisation_code(code: str | None, parse: Doc, start: int, end: int) -> str | None:
    """A tagged organisation's code from its words: a country only from a country's name
    ("Rwandan Patriotic Front") or with a role ("Israel's Cabinet"), never from a city in its
    name ("the New York Times")."""
    if code is not None and len(code) <= 3:
        return code if names_a_country(parse, start, end) else None
    return code


def names_a_country(parse: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a country's name or adjective (not a city's)."""
    names = lexicon_matches(parse).names
    return any(
        names[i].actor.is_country and names[i].actor.kind not in PLACE_KINDS
        for i in range(start, end)
        if i in names
    )


def resolve_actor_text(text: str, published: str | None = None) -> str | None:
    """The code of the first actor a bare phrase names ("Russian forces" -> "RUSMIL")."""
    codes = resolve_actor_texts(text, published)
    return codes[0] if codes else None


def resolve_actor_texts(text: str, published: str | None = None) -> tuple[str | None, ...]:
    """One code per conjunct of a bare phrase ("Hungary and Romania" -> ("HUN", "ROU"))."""
    parse = load_nlp()(text)
    if not len(parse):
        return ()
    return tuple(
        conjunct_code(parse, conjunct, published) for conjunct in conjuncts_of(parse, 0, len(parse))
    )


def field_of_expertise(match: NameMatch, noun: Token) -> bool:
    """Whether a country names the field of the expert noun right after it ("a North Korean
    expert", "an Iran analyst"), not the expert's country ("a Kenyan security analyst")."""
    return match.actor.is_country and match.end == noun.i and noun.lemma_.lower() in EXPERTISE_NOUNS


def entity_of(token: Token, entities: list[Entity]) -> Entity | None:
    """The entity with the shortest mention holding the token ("US" in "then-US President
    Donald Trump" is the United States; "Trump" in it is the person)."""
    cached = token.doc.user_data.get(MENTIONS_KEY)
    if cached is None or cached[0] is not entities:
        by_offset: dict[int, tuple[int, Entity]] = {}
        for entity in entities:
            for mention in entity.mentions:
                length = mention.end - mention.start
                for offset in range(mention.start, mention.end):
                    if offset not in by_offset or length < by_offset[offset][0]:
                        by_offset[offset] = (length, entity)
        cached = token.doc.user_data[MENTIONS_KEY] = (entities, by_offset)
    found = cached[1].get(token.idx)
    return found[1] if found else None


def conjunct_code(parse: Doc, conjunct: Conjunct, date: str | None) -> str | None:
    relata = relational_relata(parse, parse[conjunct.head])
    if conjunct.role_head != conjunct.head:
        country = code_of(parse, conjunct.head, conjunct.start, conjunct.end, date, relata)
        if country is None:
            return None
        role = role_of(parse, parse[conjunct.role_head], conjunct.role_head, conjunct.role_head + 1)
        return country + role if role and len(country) == 3 else country
    return code_of(parse, conjunct.head, conjunct.start, conjunct.end, date, relata)


def relational_relata(parse: Doc, head: Token) -> frozenset[int]:
    """The words naming the other end of a relational noun (`relational_nouns.tsv`): its
    possessive ("America's allies"), a country, a person or a government named before it
    ("U.S. partners", "Putin critics", "government critics") and its "of" phrase ("the enemies
    of Iran"); for nouns whose row says `person` ("Sanders supporters"), a person named before
    it alone. CAMEO codes the allies, not America, and these words do not say who they are.
    A country adjective on the noun ("Afghan rivals") and a bloc or party named before it
    ("NATO allies": its members) stay theirs."""
    other_end = relational_nouns().get(head.lemma_.lower())
    if other_end is None:
        return frozenset()
    relata: set[int] = set()
    for child in head.children:
        words = {t.i for t in child.subtree}
        person = child.dep_ == "compound" and names_a_person(parse, words)
        named = (
            child.dep_ == "poss"
            or (child.dep_ == "compound" and names_a_government(parse, child, words))
            or (child.dep_ == "prep" and child.lower_ == "of")
        )
        if person or (other_end == "any" and named):
            relata |= words
    return frozenset(relata)


def names_a_government(parse: Doc, modifier: Token, words: set[int]) -> bool:
    """Whether a name before a relational noun is a country's or a government word: "U.S.
    allies" are not the United States, "government critics" oppose the government."""
    matches = lexicon_matches(parse)
    if any(matches.names[i].actor.is_country for i in words if i in matches.names):
        return True
    role = matches.roles.get(modifier.i)
    return role is not None and role.role.code == GOVERNMENT


def names_a_person(parse: Doc, words: set[int]) -> bool:
    """Whether a name before a relational noun is a person's: one the office-holder table names
    (`terms_named`: in full, as a surname or a family name, "Van der Molen critics") or one the
    parser tags PERSON somewhere in the article ("Sanders backers", where it tags this
    "Sanders" an organisation, like the "NATO" of "NATO allies", whose members they are)."""
    name = name_key(" ".join(parse[i].text for i in sorted(words)))
    persons = {name_key(ent[-1].text) for ent in parse.ents if ent.label_ == "PERSON"}
    return name in persons or bool(terms_named(name))


def code_of(
    parse: Doc,
    head: int | Token,
    start: int,
    end: int,
    date: str | None,
    ignored: frozenset[int] = frozenset(),
) -> str | None:
    """The actor code that tokens [start, end) around `head` support, or None.

    The organisation or country closest to the head wins (an organisation over a country at
    the same distance); a country takes the role of the head or of a word modifying it
    ("Russian forces", "Iranian government spokesman"). A capital on its own, not used as a
    place, stands for its government ("Tehran said"), and so does a capital owning what the
    phrase names ("Ankara's perceived shift", "Moscow's treaty") unless that is a part of the
    city ("Ankara's Cankaya district"). A common noun that names no kind of actor
    only takes its own modifiers: "American targets" is USA, "the killing of US leaders" is not.
    Names with no code on the date (a dictionary's office-holder out of office) and names over
    `ignored` tokens leave the choice to the other words. A PETRARCH dictionary's name counts
    only where our tables find nothing: the text's own words come first ("King Hassan of
    Morocco" is MAR, whatever Hassan a dictionary lists). People named by a demonym are coded
    where the words say they live: "Bosnian Serbs" is BIH, "ethnic Albanians in Serbia" SRB.
    """
    head = parse[head] if isinstance(head, int) else head
    matches = lexicon_matches(parse)
    residence = residence_words(parse, head, start, end)
    role_word = (
        head.i in matches.roles
        or bool(residence)  # "the Russian minority in Estonia"
        or head.lemma_.lower() in STAFF_NOUNS  # "director at Human Rights Watch"
    )
    farthest = 0 if head.pos_ == "NOUN" and not role_word else 1
    visiting = is_visiting(head)
    best: tuple[int, int, int, int, int, NameMatch] | None = None
    seen = set()
    for i in range(start, end):
        match = matches.names.get(i)
        if match is None or match in seen or match.start < start or match.end > end:
            continue
        seen.add(match)
        if match.actor.code_on(date) is None or ignored.intersection(range(match.start, match.end)):
            continue
        root = parse[match_root(parse, match)]
        if root.head != root and (
            root.head.lower_ in LANGUAGE_NOUNS or field_of_expertise(match, root.head)
        ):
            continue  # "the Russian language", "a North Korean expert": no one's actor
        tier = distance_tier(root, head, start, end)
        if residence.intersection(range(match.start, match.end)):
            tier = 1  # "ethnic Albanians living in Macedonia": through its participle
        if tier is None or tier > farthest:
            continue
        if visiting and match.actor.is_country and whereabouts(root, head):
            continue  # "peacekeepers in Kenya": where they are, not whose
        if not match.actor.is_country and country_post(root.head, matches, date):
            continue  # "China's U.N. mission", also in an apposition: where it is posted
        holds_head = match.start <= head.i < match.end
        if not holds_head and not names_region_members(match, head, role_word):
            continue  # "tariffs on European cars": the Union's trade, which no word names
        listed = match.actor.kind == "dictionary"
        elsewhere = bool(residence) and not residence.intersection(range(match.start, match.end))
        rank = (listed, elsewhere, tier, 0 if holds_head else 1, 1 if match.actor.is_country else 0)
        if best is None or rank < best[:5]:
            best = (*rank, match)
    if best is None:
        return None
    actor = best[5].actor
    code = actor.code_on(date)
    if code is None or not actor.is_country:
        qualified = qualified_body(parse, best[5], date)
        return qualified[1] if qualified else code
    # the word the country's name hangs on: the post of an apposition ("X, U.S. envoy")
    name_head = parse[match_root(parse, best[5])].head
    post = next((t for t in (head, name_head) if country_post(t, matches, date)), None)
    if post is not None:  # a country's mission at an organisation: its government
        return code + (role_of(parse, post, post.i, post.i + 1, ignored) or GOVERNMENT)
    role = role_of(parse, head, start, end, ignored)
    if role:
        return code + role
    if (
        actor.kind == "capital"
        and (best[3] == 0 or is_capital_owner(parse[match_root(parse, best[5])], head))
        and not is_locative(head)
    ):
        return code + GOVERNMENT
    return code


def names_region_members(match: NameMatch, head: Token, role_word: bool) -> bool:
    """Whether a region's adjective on `head` names the region's states or people ("European
    leaders", "European capitals"), as it must to code the phrase: in "tariffs on European
    cars" the actor is the European Union, which no word names (ruling 5b), and "European
    unity" names no one. Other names always do."""
    if match.actor.kind != REGION_ADJECTIVE:
        return True
    return role_word or head.lemma_.lower() in REGION_MEMBERS


def is_region_adjective(parse: Doc, token: Token) -> bool:
    """Whether the token is a region's adjective ("European"): not the owner of a thing it
    modifies, as a country's adjective is ("Chinese cars" are China's; `names_region_members`)."""
    match = lexicon_matches(parse).names.get(token.i)
    return match is not None and match.actor.kind == REGION_ADJECTIVE


def is_interviewer_label(parse: Doc, match: NameMatch) -> bool:
    """Whether an outlet's name is the label of an interview's question ("VOA: President X
    visited China. How concerned are you?"), which names no party to what follows."""
    return match.actor.kind == OUTLET and match.end < len(parse) and parse[match.end].text == ":"


PLACE_PARTS = frozenset().union(*(place_cues()[kind] for kind in ("area", "division", "facility")))
"""`place_cues.tsv` nouns that name a part of a place, not a thing its government has."""


def is_capital_owner(name_root: Token, head: Token) -> bool:
    """Whether a name is the possessive owner of the head and the head is no part of a place:
    the VOA dev gold codes every capital named so as its government (6 of 6: "Ankara's",
    "Beijing's", "Washington's envoy")."""
    return (
        name_root.dep_ == "poss"
        and name_root.head == head
        and head.lemma_.lower() not in PLACE_PARTS
        and head.lower_ not in PLACE_PARTS
    )


def residence_words(parse: Doc, head: Token, start: int, end: int) -> frozenset[int]:
    """Where people named by a demonym live, when the words say: a country adjective before
    the demonym ("Bosnian Serbs"), the object of "of" after it ("the Albanians of Serbia"), or
    for an ethnic group the object of "in", also through a participle ("ethnic Albanians in
    Serbia", "ethnic Albanian guerrillas operating in Macedonia"). Empty when no demonym names
    the people or the words say nothing more."""
    names = lexicon_matches(parse).names
    own = names.get(head.i)
    demonym_head = own is not None and own.actor.kind == "adjective"
    if demonym_head and head.tag_ not in ("NNS", "NNPS"):
        return frozenset()
    ethnic = is_ethnic(parse, head, start)
    if not demonym_head and not ethnic:
        return frozenset()

    def country_at(token: Token) -> bool:
        match = names.get(token.i)
        return (
            match is not None
            and match is not own
            and match.actor.kind in ("adjective", "country")
            and token.head != head  # not the demonym itself ("ethnic Albanian guerrillas")
        )

    if demonym_head:
        for modifier in head.lefts:
            other = names.get(modifier.i)
            beside = modifier.dep_ in MODIFIER_DEPENDENCIES and start <= modifier.i
            if (
                beside
                and other
                and other is not own
                and other.actor.kind in ("adjective", "country")
            ):
                return frozenset({modifier.i})
    prepositions = ("of", "in") if ethnic else ("of",)
    participles = [c for c in head.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
    for preposition in [*head.rights, *(g for p in participles for g in p.rights)]:
        if preposition.dep_ != "prep" or preposition.lower_ not in prepositions:
            continue
        found = {t.i for t in preposition.subtree if start <= t.i < end and country_at(t)}
        if found:
            return frozenset(found)
    return frozenset()


def is_ethnic(parse: Doc, head: Token, start: int) -> bool:
    """People named as an ethnic group or a minority ("ethnic Albanians", "ethnic Serb
    civilians", "the Russian minority"): their demonym says who they are, not which country
    they belong to."""
    if head.lemma_.lower() in MINORITY_NOUNS:
        return True
    return any(token.lower_ == "ethnic" for token in parse[max(start, head.left_edge.i) : head.i])


def role_of(
    parse: Doc, head: Token, start: int, end: int, ignored: frozenset[int] = frozenset()
) -> str | None:
    """The role code of the head ("troops"), else of a word modifying it ("military bases",
    "President" in "President Ana Costa"); a modifier's first for a representative ("a navy
    spokesman"). `ignored` words give none ("government" in "Egyptian government critics")."""
    roles = lexicon_matches(parse).roles
    own = None
    for token in [head, *reversed(list(head.lefts))]:
        match = roles.get(token.i)
        if not start <= token.i < end or match is None or match.role.code is None:
            continue
        if token.i in ignored:  # the other end of a relation: "Egyptian government critics"
            continue
        if token == head:
            if head.lemma_.lower() not in REPRESENTATIVES:
                return match.role.code
            own = match.role.code
            continue
        adjective_title = token.pos_ == "ADJ" and match.role.title  # "the general public"
        if token.dep_ in MODIFIER_DEPENDENCIES and not adjective_title:
            return match.role.code
    return own


def match_root(parse: Doc, match: NameMatch) -> int:
    """The token of a match whose head lies outside it."""
    for token in parse[match.start : match.end]:
        if not match.start <= token.head.i < match.end or token.head == token:
            return token.i
    return match.end - 1


def distance_tier(token: Token, head: Token, start: int, end: int) -> int | None:
    """0 when the token modifies the head directly, 1 through a phrase ("of Armenia") or a
    participle of residence ("a newspaper based in Beirut"), None when it sits in a clause about
    something else."""
    tier = 0
    while token != head:
        if token.head == token or not start <= token.head.i < end:
            return 1
        residence = token.dep_ == "acl" and token.lemma_.lower() in RESIDENCE_PARTICIPLES
        if token.dep_ in CLAUSE_DEPENDENCIES and not residence:
            return None
        if residence:
            tier = 1
        if token.dep_ in PHRASE_DEPENDENCIES:
            tier = 1
        token = token.head
    return tier


def country_post(head: Token, matches: ParseMatches, date: str | None) -> bool:
    """Whether the head is a country's post (`posting` cues) at an organisation its words
    name: "China's U.N. mission", "the British deputy U.N. ambassador", "U.S. NATO envoy". The
    country stands before the organisation, as an owner does; "the U.N. Syria envoy" is the
    U.N.'s envoy for Syria."""
    if head.lemma_.lower() not in POSTINGS:
        return False
    named = [
        (token.i, match.actor)
        for token in premodifiers(head)
        if (match := matches.names.get(token.i)) is not None and match.actor.code_on(date)
    ]
    first_body = min((i for i, actor in named if not actor.is_country), default=None)
    return first_body is not None and any(i < first_body for i, actor in named if actor.is_country)


def premodifiers(head: Token) -> list[Token]:
    """The words before a noun that modify it, directly or through one another ("British" of
    "the British U.N. mission", which the parse hangs on "U.N.")."""
    found: list[Token] = []
    stack = [head]
    while stack:
        for child in stack.pop().lefts:
            if child.dep_ in MODIFIER_DEPENDENCIES or child.dep_ == "poss":
                found.append(child)
                stack.append(child)
    return found


def is_visiting(head: Token) -> bool:
    """Whether the head names people who are often somewhere not their own (diplomats,
    peacekeepers, refugees), so that a place they are in says nothing of whose they are."""
    words = {head.lemma_.lower(), head.lower_.removesuffix("s")}  # "Settlers" read as a name
    before = head.doc[head.i - 1].lower_ if head.i else ""
    return any(word in VISITORS or f"{before} {word}" in VISITORS for word in words)


def whereabouts(token: Token, head: Token) -> bool:
    """Whether the token hangs from the head through a preposition of place ("in Kenya")."""
    while token != head and token.head != token:
        if token.dep_ == "prep" and token.lower_ in WHEREABOUTS:
            return True
        token = token.head
    return False


def is_locative(token: Token) -> bool:
    """A place rather than an actor: the object of "in", "at", "from" ... (through "and")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
