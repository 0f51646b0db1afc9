"""People the article names without a title that codes them: the office-holder table's code.

"Macron said" or "Emmanuel Macron said" in an article published while Macron is president of
France is FRAGOV. The table (codebooks/office_holders.tsv) comes after the article's own words:
a person whose title or apposition gives a code keeps it (a country alone takes the role of the
office the table finds the person in on the date, by the rules below), and the table codes a
person only when
- the article's publication date falls in one of the person's terms (an article with no date
  gets only the country, below);
- the person's fullest mention in the article is a name the table lists: a full name, or a bare
  surname the table lists (coreference has already made a surname the mention of any person
  the article names in full with it: "Marta Trump ... Trump said" is Marta Trump);
- every holder of that name on the date has the same code (two office-holders of different
  countries sharing a surname leave it uncoded: the article does not say which), or else the
  person's title decides: only the terms of the office it names count ("Prime Minister
  Sharif"); a titled surname the table lists for no one alone ("President Bush": namesakes
  bear it) is looked up among the last words of its full names, in the titled office only;
- nothing in the article says otherwise: no word of a past office before the name or in an
  apposition ("former President", "ex-minister"), no title with another role ("opposition
  leader"). A legislator's title ("Senator McCain") counts only the terms of a seat in a
  legislature (congress_legislators.tsv), whose members' bare surnames are no one's alone.
Where no term holds (no date, another date, a past office) a full or titled name the table
lists for one country gets that country; on a known date with a role besides: the country's
elite, ELI ("former President Omar al-Bashir" -> SDNELI), or PTY where the article calls the
person a party's candidate ("Republican presidential candidate Donald Trump" in 2016), but for
a title of a post held now ("Indiana Gov. Mike Pence", "Senator Kerry" out of the seat), which
keeps the country alone, and a "then-" title, which adds its own role ("then-President X"
USAGOV). An undated article's title adds its role too ("President Bush" USAGOV): the words are
all there is to say the post (`titled_in_office`).
A titled name the table spells otherwise (a letter or two off, in a name of one office-holder's
country: "President Abdelaziz Bouteflicka") is that holder's, by rule `office_holder_spelling`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from eventwire.annotate.actors import (
    LEGISLATIVE_ROLE,
    PARTY,
    ParseMatches,
    lexicon_matches,
    role_of,
    says_held_before,
)
from eventwire.annotate.parse_views import entities_of
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.codebooks.actors import country_codes
from eventwire.codebooks.office_holders import (
    OfficeTerm,
    legislative,
    name_key,
    office_holder_index,
    office_holders,
    office_titles,
    terms_named,
)
from eventwire.settings import settings_in_force

if TYPE_CHECKING:
    from eventwire.annotate.coref import Person

OFFICE_HOLDER = "office_holder"
"""The `code_from` rule of a code the table gave."""
OFFICE_HOLDER_COUNTRY = "office_holder_country"
"""The `code_from` rule of a country the table gave an article with no date."""
OFFICE_HOLDER_SPELLING = "office_holder_spelling"
"""The `code_from` rule of a code the table gave a titled name it spells a letter or two off."""

SPELLING_EDITS = ((8, 1), (10, 2))
"""(shortest name, most edits): how far a titled name may be spelt from the table's (letters
added, dropped, changed or swapped): short names lie too near other people's."""

COUNTRY_WORDS = frozenset({"country", "adjective"})
"""Kinds of table names that say a title's country ("Pakistani", "Pakistan's")."""

ELITE = "ELI"
"""The role of a person the table lists who holds none of its offices on the article's date
("former President X", a minister's successor years before or after): CAMEO's elites, as the
VOA gold codes "Former US official" and "former President Tsai Ing-wen"."""

TITLE_FILLERS = frozenset({"DET", "PART", "PUNCT"})
"""Words that may stand before an office's title without changing it ("the", "'s")."""

OFFICE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
"""Roles the title of an office in the table may give (a defence minister's title names the
armed forces); a title with any other role ("opposition leader") is another job, but for a
legislator's title that names seats of the table ("Senator", not "MP")."""


def add_office_holder_codes(parse: Doc, people: list[Person], date: str | None) -> None:
    """Give the table's code to each person the article leaves uncoded, by the rules above.
    Where no term can be placed (an article with no date, a date outside the terms, a
    "former" office), a person named in full or with a title gets only their country, where
    every holder of the name served one country: who the person is holds outside the term;
    with the role of a title the words put them in when acting (`titled_in_office`)."""
    for person in people:
        titles = office_titles_of(parse, person)
        if has_another_role(parse, person, titles):
            continue
        if person.code is not None:
            add_held_role(parse, person, date, titles)
            continue
        name = fullest_name(parse, person)
        code, rule = None, OFFICE_HOLDER
        if date and not held_before(parse, person):
            code = code_held(name, date, titles)
        if code is None and (" " in name or person.descriptions):
            code, rule = country_held(name, titles), OFFICE_HOLDER_COUNTRY
            if code is not None and date and not in_office_by_words(parse, person):
                code += out_of_office_role(parse, person)
        if code is None and titles and not legislative(titles):
            code, rule = spelt_otherwise(name, date, titles), OFFICE_HOLDER_SPELLING
        if code in country_codes() and titled_in_office(parse, person, date):
            code += title_role(parse, person)
        if code is not None:
            person.code, person.code_rule = code, rule


def add_held_role(
    parse: Doc, person: Person, date: str | None, titles: list[frozenset[str]]
) -> None:
    """A person the words give only a country ("his French counterpart Emmanuel Macron": FRA)
    whom the table lists in office for that country on the date takes the office's code: the
    words say whose the person is, the table which post (the VOA dev gold writes FRAGOV). Not
    where the words say the office is past, nor (checked by the caller, as for the uncoded)
    where they give another role."""
    if not date or person.code is None or held_before(parse, person):
        return
    code = code_held(fullest_name(parse, person), date, titles)
    if code is not None and code[:3] == person.code != code:
        person.code, person.code_rule = code, OFFICE_HOLDER


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


def office_titles_of(parse: Doc, person: Person) -> list[frozenset[str]]:
    """The offices of the table that the person's titles and appositions name: by the role
    word nearest their head ("Prime Minister" in "Prime Minister Sharif"), with nothing before
    it but country words, determiners and punctuation ("Vice Foreign Minister" is another
    post). A title with a country word has coded the person already ("Pakistani Prime
    Minister" is PAKGOV)."""
    matches = lexicon_matches(parse)
    titles = []
    for head, start, _ in person.descriptions:
        role = next(
            (matches.roles[i] for i in range(head, start - 1, -1) if i in matches.roles), None
        )
        offices = office_titles().get(role.role.phrase.lower()) if role is not None else None
        if offices and all(title_filler(token, matches) for token in parse[start : role.start]):
            titles.append(offices)
    return titles


def title_filler(token: Token, matches: ParseMatches) -> bool:
    name = matches.names.get(token.i)
    if name is not None:
        return name.actor.kind in COUNTRY_WORDS
    return token.pos_ in TITLE_FILLERS


def fits(term: OfficeTerm, offices: frozenset[str], terms: Sequence[OfficeTerm]) -> bool:
    """Whether the term can be of the titled office: its office is one of them, or it is a
    `government` row of a holder with no other row among `terms`, a post the source does not
    name, which cannot be ruled out."""
    return bool(term.offices & offices) or (
        not legislative([offices]) and unnamed_post(term, terms)
    )


def unnamed_post(term: OfficeTerm, terms: Sequence[OfficeTerm]) -> bool:
    holder = (name_key(term.name), term.code[:3])
    return term.office == "government" and not any(
        other.office != "government" and (name_key(other.name), other.code[:3]) == holder
        for other in terms
    )


def code_held(name: str, date: str, titles: Sequence[frozenset[str]] = ()) -> str | None:
    """The one code every holder of the name has on the date, if the table lists the name;
    where holders differ, the one code of the terms the person's titles fit."""
    held = [term for term in terms_named(name, titles) if term.holds(date)]
    return decided(held, titles, lambda term: term.code)


def country_held(name: str, titles: Sequence[frozenset[str]] = ()) -> str | None:
    """The one country every holder of the name served in any term, if the table lists it;
    where holders differ, the one country of the terms the person's titles fit."""
    return decided(terms_named(name, titles), titles, lambda term: term.code[:3])


def decided(
    terms: Sequence[OfficeTerm],
    titles: Sequence[frozenset[str]],
    code_of: Callable[[OfficeTerm], str],
) -> str | None:
    codes = {code_of(term) for term in terms}
    if (len(codes) > 1 and titles) or legislative(titles):
        fitting = [term for term in terms if all(fits(term, title, terms) for title in titles)]
        codes = {code_of(term) for term in fitting}
    return codes.pop() if len(codes) == 1 else None


def spelt_otherwise(name: str, date: str | None, titles: Sequence[frozenset[str]]) -> str | None:
    """The code of the titled name the table spells nearest, a few letters off (`SPELLING_EDITS`,
    words' initials alike: "Abdelaziz Bouteflicka", "Dos Sontas"), where the holders so near
    agree on one code: on the date (within a term) or else the country alone."""
    tables = settings_in_force().actor_tables
    near = near_spellings(name, tables)
    if not near:
        return None
    terms = tuple(term for key in near for term in office_holder_index(tables).full_names[key])
    tails = tuple({" ".join(key.split()[-len(name.split()) :]) for key in near})
    named = tuple(term for term in terms if name_key(term.name).endswith(tails))
    fitting = tuple(term for term in named if all(fits(term, title, named) for title in titles))
    held = [term for term in fitting if date and term.holds(date)]
    if held:
        return decided(held, titles, lambda term: term.code)
    return decided(fitting, titles, lambda term: term.code[:3])


@lru_cache(maxsize=4096)
def near_spellings(name: str, tables: tuple[Path, ...]) -> tuple[str, ...]:
    """The table's full names whose last words are spelt nearest the name, within the edits its
    length allows; none where it is listed as it is."""
    limit = max((edits for shortest, edits in SPELLING_EDITS if len(name) >= shortest), default=0)
    if not limit:
        return ()
    words = name.split()
    found: dict[int, list[str]] = {}
    for spelt, key in name_tails(tables, len(words)).get(tuple(word[0] for word in words), ()):
        if abs(len(spelt) - len(name)) > limit:
            continue
        edits = edits_apart(name, spelt, limit)
        if edits == 0:
            return ()
        if edits <= limit:
            found.setdefault(edits, []).append(key)
    return tuple(found[min(found)]) if found else ()


@lru_cache(maxsize=16)
def name_tails(
    tables: tuple[Path, ...], length: int
) -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The last `length` words of every full name of the table, with the name, by their
    words' initials: the few a misspelt name is compared with."""
    tails: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for key in office_holder_index(tables).full_names:
        tail = key.split()[-length:]
        if len(tail) == length:
            tails.setdefault(tuple(word[0] for word in tail), []).append((" ".join(tail), key))
    return {initials: tuple(named) for initials, named in tails.items()}


def edits_apart(first: str, second: str, limit: int) -> int:
    """Letters added, dropped, changed or swapped with a neighbour between two strings (optimal
    string alignment); any count over `limit` is `limit + 1`."""
    before: list[int] = []
    row = list(range(len(second) + 1))
    for i, letter in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, other in enumerate(second, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (letter != other))
            if i > 1 and j > 1 and letter == second[j - 2] and first[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return min(row[-1], limit + 1)


def words_about(parse: Doc, person: Person) -> list[Span]:
    """The article's words about the person: their names, titles and appositions."""
    return [
        parse[start:end]
        for start, end in (*person.mentions, *((s, e) for _, s, e in person.descriptions))
    ]


def says_any(parse: Doc, person: Person, words: frozenset[str]) -> bool:
    """Whether any of the article's words about the person is one of `words`."""
    return any(token.lower_ in words for span in words_about(parse, person) for token in span)


def held_before(parse: Doc, person: Person) -> bool:
    """Whether the article's words about the person say the office is past ("former", "ex-")
    in their names, titles or appositions."""
    return any(says_held_before(span) for span in words_about(parse, person))


def in_office_by_words(parse: Doc, person: Person) -> bool:
    """Whether the article's words say the person holds a post when acting, out of the table's
    terms: a title or apposition with a role and no word of a past office ("Indiana Gov. Mike
    Pence" in 2016, "Senator Kerry" out of the seat), or one that puts the acts in the past
    office ("then-President X signed", "the late President X": `past_office` words that are
    not `left_office`)."""
    if says_any(parse, person, acted_in_office_words()):
        return True
    return not held_before(parse, person) and any(
        role_of(parse, parse[head], start, end) is not None
        for head, start, end in person.descriptions
    )


def titled_in_office(parse: Doc, person: Person, date: str | None) -> bool:
    """Whether the words put a person the table gives only a country in a post when acting:
    in an undated article any title or apposition with a role (`in_office_by_words`: no term
    can be placed, the words are all there is), in a dated one only a "then-" or "late" title.
    A dated present title out of every term is as often a post retold or another's ("Hillary
    Clinton, who served as secretary of state" in 2016, "Its president, Christine Lagarde" of
    the IMF) as one held ("Indiana Gov. Mike Pence"): the country alone."""
    if date:
        return says_any(parse, person, acted_in_office_words())
    return in_office_by_words(parse, person)


def title_role(parse: Doc, person: Person) -> str:
    """The role of the person's first title or apposition that has one ("President" GOV,
    "Gen." MIL): the words say the post, the table whose it is."""
    roles = (role_of(parse, parse[head], start, end) for head, start, end in person.descriptions)
    return next((role for role in roles if role), "")


def acted_in_office_words() -> frozenset[str]:
    """`past_office` words that put the acts told in the past office ("then", "late")."""
    cues = actor_cues()
    return frozenset(cues["past_office"] - cues["left_office"])


def out_of_office_role(parse: Doc, person: Person) -> str:
    """The role of a person the table lists but the date finds in none of its offices: a
    party's where the article calls them its candidate (`candidacy`: "Republican presidential
    nominee X", "X, the Democratic front-runner"), as `party_person` codes candidates the
    table lacks; else the country's elite (`ELITE`). Either says more than the country alone."""
    if says_any(parse, person, actor_cues()["candidacy"]):
        return PARTY
    return ELITE


def has_another_role(parse: Doc, person: Person, titles: Sequence[frozenset[str]] = ()) -> bool:
    """Whether a title or apposition gives the person a role no office of the table has
    ("opposition leader", or "MP": a legislator whose title names no seat of the table): then
    the table says nothing of them, not even their country."""
    seats = legislative(titles)
    for head, start, end in person.descriptions:
        role = role_of(parse, parse[head], start, end)
        if role is None or role in OFFICE_ROLES or (role == LEGISLATIVE_ROLE and seats):
            continue
        return True
    return False
