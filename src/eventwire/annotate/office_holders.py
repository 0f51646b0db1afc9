"""People the article names without a title that codes them: the office-holder table's code.

"Macron said" or "Emmanuel Macron said" in an article published while Macron is president of
France is FRAGOV. The table (codebooks/office_holders.tsv) comes after the article's own words:
a person whose title or apposition gives a code keeps it, and the table codes a person only when
- the article's publication date falls in one of the person's terms (an article with no date
  gets only the country, below);
- the person's fullest mention in the article is a name the table lists: a full name, or a bare
  surname the table lists (coreference has already made a surname the mention of any person
  the article names in full with it: "Marta Trump ... Trump said" is Marta Trump);
- every holder of that name on the date has the same code (two office-holders of different
  countries sharing a surname leave it uncoded: the article does not say which);
- nothing in the article says otherwise: no word of a past office before the name or in an
  apposition ("former President", "ex-minister"), no title with another role ("Senator").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from eventwire.annotate.actors import lexicon_matches, role_of
from eventwire.annotate.parse_views import entities_of
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.codebooks.office_holders import OfficeTerm, name_key, office_holders

if TYPE_CHECKING:
    from eventwire.annotate.coref import Person

OFFICE_HOLDER = "office_holder"
"""The `code_from` rule of a code the table gave."""
OFFICE_HOLDER_COUNTRY = "office_holder_country"
"""The `code_from` rule of a country the table gave an article with no date."""

OFFICE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
"""Roles the title of an office in the table may give (a defence minister's title names the
armed forces); a title with any other role ("Senator", "opposition leader") is another job."""


def add_office_holder_codes(parse: Doc, people: list[Person], date: str | None) -> None:
    """Give the table's code to each person the article leaves uncoded, by the rules above.
    An article with no date cannot place a term: a person named in full or with a title then
    gets only their country, where every holder of the name served one country."""
    for person in people:
        if person.code is not None or contradicted(parse, person):
            continue
        name = fullest_name(parse, person)
        if date:
            code, rule = code_held(name, date), OFFICE_HOLDER
        elif " " in name or person.descriptions:
            code, rule = country_held(name), OFFICE_HOLDER_COUNTRY
        else:
            continue
        if code is not None:
            person.code, person.code_rule = code, rule


def untagged_office_holders(parse: Doc, date: str | None) -> list[Span]:
    """Surnames of people in office on the date that the tagger did not see as people ("Trump
    said" tagged as an organisation, "Zelenskyy" not tagged), as PERSON spans, with any given
    name before them. A word of our actor tables (a country, a capital) or of a longer tagged
    name ("Trump Tower") stays what it is."""
    if not date:
        return []
    surnames = office_holders().surnames
    lowered = parse.to_array([LOWER])
    spellings = parse.vocab.strings
    in_office = [
        value
        for value in numpy.unique(lowered).tolist()
        if any(term.holds(date) for term in surnames.get(name_key(spellings[value]), ()))
    ]
    if not in_office:
        return []
    named = {
        i
        for ent in entities_of(parse)
        if ent.label_ == "PERSON" or len(ent) > 1
        for i in range(ent.start, ent.end)
    }
    known = lexicon_matches(parse).names
    words = known.keys() | lexicon_matches(parse).roles.keys()
    found = []
    for i in numpy.flatnonzero(numpy.isin(lowered, in_office)).tolist():
        token = parse[i]
        if i in named or i in known or not token.is_title:
            continue
        if token.is_sent_start and token.pos_ != "PROPN":
            continue
        start = i
        while start and given_name(parse[start - 1], token) and start - 1 not in words:
            start -= 1
        found.append(Span(parse, start, i + 1, label="PERSON"))
    return found


def given_name(word: Token, surname: Token) -> bool:
    """A capitalised name word right before the surname, part of the same name ("Marta" in
    "Marta Trump"; not a title or table word, "Armed Forces"): the whole name is then someone
    else's unless the table lists it."""
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and word.dep_ == "compound"
        and (word.head == surname)
    )


def fullest_name(parse: Doc, person: Person) -> str:
    """The person's longest name mention, as the table compares names."""
    start, end = max(person.names, key=lambda span: (span[1] - span[0], -span[0]))
    return name_key(parse[start:end].text)


def code_held(name: str, date: str) -> str | None:
    """The one code every holder of the name has on the date, if the table lists the name."""
    codes = {term.code for term in terms_named(name) if term.holds(date)}
    return codes.pop() if len(codes) == 1 else None


def country_held(name: str) -> str | None:
    """The one country every holder of the name served in any term, if the table lists it."""
    countries = {term.code[:3] for term in terms_named(name)}
    return countries.pop() if len(countries) == 1 else None


def terms_named(name: str) -> tuple[OfficeTerm, ...]:
    index = office_holders()
    if " " in name:
        return index.full_names.get(name) or index.full_names.get(without_initials(name), ())
    return index.surnames.get(name, ())


def without_initials(name: str) -> str:
    """ "donald j. trump" -> "donald trump": news adds middle initials the table may not list."""
    return " ".join(word for word in name.split() if not (len(word) <= 2 and word.endswith(".")))


def contradicted(parse: Doc, person: Person) -> bool:
    """Whether the article's words about the person rule out the office: a past office
    ("former", "ex-") in their titles or appositions, or a title with another role."""
    past = actor_cues()["past_office"]
    ranges = [*person.mentions, *((start, end) for _, start, end in person.descriptions)]
    if any(token.lower_ in past for start, end in ranges for token in parse[start:end]):
        return True
    for head, start, end in person.descriptions:
        role = role_of(parse, parse[head], start, end)
        if role is not None and role not in OFFICE_ROLES:
            return True
    return False
