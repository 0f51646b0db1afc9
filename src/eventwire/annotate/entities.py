"""Entities: the people, organisations and places an article names, each with every mention
(after coreference, see coref.py) and its actor code where the text or the tables give one.

Names come from the tagger and from the actor tables (which also find what the tagger misses,
such as "Quds force"). A name the tables know is one entity under its table name ("IRGC" and
"the Islamic Revolutionary Guard Corps" are one); a capital used as an actor ("Tehran said")
codes as its government.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.annotate.actors import (
    CONTAINERS,
    GOVERNMENT,
    code_of,
    is_locative,
    lexicon_matches,
    organisation_code,
    qualified_body,
)
from eventwire.annotate.coref import find_people
from eventwire.annotate.parse_views import entities_of
from eventwire.annotate.pronouns import thing_pronouns
from eventwire.codebooks.actors import USER_KINDS, ActorName, NameMatch
from eventwire.records import Analysis, CodeSource, Entity, content_hash
from eventwire.records import Span as TextSpan

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"}
"""Labels naming actors, places or things events are about; numbers and dates go elsewhere."""

TYPE_OF_KIND = {"country": "GPE", "capital": "GPE", "city": "GPE", "adjective": "NORP"}
"""Entity type of a table name; organisations (and a user's names) are ORG unless tagged."""

EntityKey = tuple[str, str]


def find_entities(parse: Doc, analysis: Analysis) -> list[Entity]:
    """People (merged by coreference), then table names, then the tagger's other names; in
    order of first mention."""
    text = analysis.article.text
    date = analysis.article.published
    people = find_people(parse, date)
    name_tokens = {i for person in people for start, end in person.names for i in range(start, end)}

    mentions: dict[EntityKey, list[tuple[int, int]]] = {}
    actors: dict[EntityKey, ActorName] = {}
    codes: dict[EntityKey, str | None] = {}
    heads: dict[int, EntityKey] = {}
    containers = [
        name
        for ent in entities_of(parse)
        if ent.label_ in CONTAINERS and (name := cleaned(parse, ent))
    ]
    for match in unique_matches(parse):
        if any(i in name_tokens for i in range(match.start, match.end)):
            continue
        if any(inside(match, name) for name in containers):
            continue
        qualified = qualified_body(parse, match, date)
        if qualified is None:
            key = (match.actor.name, entity_type(match, parse))
            actors[key] = match.actor
        else:
            country, code = qualified
            key = (parse[country.start : match.end].text, "ORG")
            codes[key] = code
        mentions.setdefault(key, []).append((match.start, match.end))
        heads[parse[match.start : match.end].root.i] = key
    covered = {i for spans in mentions.values() for start, end in spans for i in range(start, end)}
    for ent in entities_of(parse):
        if ent.label_ not in ENTITY_TYPES or ent.label_ == "PERSON":
            continue
        if any(token.i in name_tokens or token.i in covered for token in ent):
            continue
        name = cleaned(parse, ent)
        if name is None:
            continue
        key = (name.text, ent.label_)
        mentions.setdefault(key, []).append((name.start, name.end))
        codes.setdefault(key, tagged_code(parse, name, date))
        heads[name.root.i] = key
    for pronoun, key in thing_pronouns(parse, heads):
        mentions[key].append((pronoun, pronoun + 1))

    entities = [
        make_entity(
            analysis,
            text,
            parse,
            name,
            label,
            actor_code(parse, spans, (name, label), actors, codes, date),
            spans,
        )
        for (name, label), spans in mentions.items()
    ]
    entities += [
        make_entity(
            analysis,
            text,
            parse,
            person.name,
            "PERSON",
            person.code,
            person.mentions,
            person.code_rule,
        )
        for person in people
    ]
    return sorted(entities, key=lambda entity: (entity.mentions[0].start, entity.name, entity.type))


def tagged_code(parse: Doc, name: Span, date: str | None) -> str | None:
    """A tagged name's code from its words (`organisation_code` for an organisation)."""
    code = code_of(parse, name.root, name.start, name.end, date)
    return organisation_code(code, parse, name.start, name.end) if name.label_ == "ORG" else code


def unique_matches(parse: Doc) -> list[NameMatch]:
    matches = lexicon_matches(parse).names
    return sorted(set(matches.values()), key=lambda match: match.start)


def inside(match: NameMatch, name: Span) -> bool:
    """A table name strictly inside a longer tagged name (not just "the ... 's" around it)."""
    within = name.start <= match.start and match.end <= name.end
    return within and name.end - name.start > match.end - match.start


def entity_type(match: NameMatch, parse: Doc) -> str:
    if match.actor.type:
        return match.actor.type
    kind_type = TYPE_OF_KIND.get(match.actor.kind)
    if kind_type:
        return kind_type
    labels = {parse[i].ent_type_ for i in range(match.start, match.end)} & ENTITY_TYPES
    return "ORG" if match.actor.kind not in USER_KINDS or not labels else sorted(labels)[0]


def cleaned(parse: Doc, ent: Span) -> Span | None:
    """A tagged name without a leading article or a trailing possessive; None for a tagging
    slip with no capital letter ("n’t")."""
    start, end = ent.start, ent.end
    while start < end and (parse[start].pos_ == "DET" or parse[start].is_punct):
        start += 1
    while end > start and (parse[end - 1].tag_ == "POS" or parse[end - 1].is_punct):
        end -= 1
    if start == end or not any(char.isupper() for char in parse[start:end].text):
        return None
    return Span(parse, start, end, label=ent.label_)


def actor_code(
    parse: Doc,
    spans: list[tuple[int, int]],
    key: EntityKey,
    actors: dict[EntityKey, ActorName],
    codes: dict[EntityKey, str | None],
    date: str | None,
) -> str | None:
    """A table name's code; a capital's government when any mention uses it as an actor."""
    actor = actors.get(key)
    if actor is None:
        return codes.get(key)
    code = actor.code_on(date)
    if actor.kind == "capital" and code:
        heads = [parse[start:end].root for start, end in spans]
        if any(acts(head) for head in heads):
            return code + GOVERNMENT
    return code


def acts(capital: Token) -> bool:
    """A capital used as an actor: not a modifier ("Vienna talks"), a place ("in Vienna") or a
    dateline ("WASHINGTON (AP) -")."""
    if capital.dep_ in ("compound", "amod") or is_locative(capital):
        return False
    first = capital.i == 0 or capital.is_sent_start or "\n" in capital.doc[capital.i - 1].text
    return not (capital.is_upper and first)


def make_entity(
    analysis: Analysis,
    text: str,
    parse: Doc,
    name: str,
    kind: str,
    actor: str | None,
    spans: list[tuple[int, int]],
    rule: str = "words",
) -> Entity:
    mentions = sorted(
        {
            TextSpan.of(text, parse[start].idx, parse[end - 1].idx + len(parse[end - 1]))
            for start, end in spans
        },
        key=lambda span: (span.start, span.end),
    )
    return Entity(
        id=content_hash(analysis.article.id, kind, name, length=16),
        name=name,
        type=kind,
        actor=actor,
        mentions=mentions,
        code_from=CodeSource(rule) if actor else None,
    )
