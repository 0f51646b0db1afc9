"""The dated table of office-holders (office_holders.tsv): who held which office from when to when.

Members of the US Congress come from their own table (congress_legislators.tsv, the same
columns, built from a public-domain dataset): their full names are looked up like any other,
but no bare surname of theirs is listed or derived (with 500 members a Congress, "Johnson" or
"Scott" is no one in particular: a member is known by name only where the article names them in
full, and a titled surname only by the title: "Senator McCain").

A row is one term: a person's name and the other forms news uses for them (`aliases`, with
the bare surname where it is distinctive), the code the office gives (`USAGOV`), the office,
`start` and `end` (ISO dates, inclusive; a month alone where the day is not sure; `end` empty
while in office) and the public source of the row. Names are compared as `name_key` spells
them: case, accents, apostrophe style and spacing do not matter ("Erdoğan", "ERDOGAN").

A user's own office-holders come with the actor tables of the settings: a TSV among them whose
header has `office` and `start` columns is read as rows of this table, added to ours.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.codebooks import loads, read_table
from eventwire.codebooks.actor_cues import actor_cues
from eventwire.settings import Settings, settings_in_force

LEGISLATIVE_OFFICES = frozenset({"legislator", "senator", "representative"})
"""Seats in a legislature (congress_legislators.tsv, and Phoenix's legislators): a title names
them ("Senator"), and their surnames are no one's alone."""

OFFICES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "government",
        *LEGISLATIVE_OFFICES,
    }
)
"""The offices a row may name; `government` is a post the source does not name (the Phoenix
rows: CountryInfo lists every cabinet member)."""


@dataclass(frozen=True)
class OfficeTerm:
    """One term of office of one person."""

    name: str
    code: str
    office: str
    start: str
    end: str | None
    source: str

    def holds(self, date: str) -> bool:
        """Whether the office was held on an ISO date. A month-only start counts from the
        month's first day; a month-only end ends the term before that month."""
        day = date[:10]
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def offices(self) -> frozenset[str]:
        return frozenset(self.office.split("|"))


@dataclass(frozen=True)
class OfficeHolderIndex:
    """Terms by the forms of their holder's name: full names (two words or more), the bare
    surnames the table lists, the last word of every full name, and the family names only one
    holder of the table bears (`family_names`)."""

    full_names: dict[str, tuple[OfficeTerm, ...]]
    surnames: dict[str, tuple[OfficeTerm, ...]]
    last_names: dict[str, tuple[OfficeTerm, ...]]
    family_names: dict[str, tuple[OfficeTerm, ...]]
    """Family names derived from the full names where the table lists no surname: the last
    word ("Bouteflika"), the first for countries whose names put it first ("Xi" of "Xi
    Jinping"), a hyphened particle dropped too ("Bashir" of "al-Bashir"); kept only where one
    holder bears it and it is no holder's given name. The Phoenix rows list no surnames."""


@lru_cache(maxsize=100_000)
def name_key(form: str) -> str:
    """A name as compared: lower case, no accents, one apostrophe style, single spaces."""
    decomposed = unicodedata.normalize("NFKD", form.replace("’", "'").casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


@loads("office_holders.tsv")
@lru_cache(maxsize=1)
def office_holder_terms() -> tuple[tuple[OfficeTerm, tuple[str, ...]], ...]:
    """Our table's terms, each with every form of its holder's name."""
    return tuple(read_office_terms("office_holders.tsv"))


@loads("congress_legislators.tsv")
@lru_cache(maxsize=1)
def congress_terms() -> tuple[tuple[OfficeTerm, tuple[str, ...]], ...]:
    """The terms of members of the US Congress and vice presidents, each with the full forms
    of its holder's name."""
    return tuple(read_office_terms("congress_legislators.tsv"))


@loads("office_titles.tsv")
@lru_cache(maxsize=1)
def office_titles() -> dict[str, frozenset[str]]:
    """Title phrase ("prime minister") -> the offices of the table it names."""
    titles = {}
    for row in read_table("office_titles.tsv"):
        offices = frozenset(row["offices"].split("|"))
        if not offices <= OFFICES:
            raise ValueError(f"office_titles.tsv, title {row['phrase']!r}: unknown office")
        titles[row["phrase"]] = offices
    return titles


def office_holders(settings: Settings | None = None) -> OfficeHolderIndex:
    """Our table plus the office-holder tables among the user's actor tables (default: the
    settings in force), indexed once per process for each set of tables."""
    return office_holder_index((settings or settings_in_force()).actor_tables)


@lru_cache(maxsize=4)
def office_holder_index(tables: tuple[Path, ...]) -> OfficeHolderIndex:
    full_names: dict[str, list[OfficeTerm]] = {}
    surnames: dict[str, list[OfficeTerm]] = {}
    paths = [path for path in tables if is_office_holder_table(path)]
    user_terms = [entry for path in paths for entry in read_office_terms(path)]
    for term, forms in [*office_holder_terms(), *congress_terms(), *user_terms]:
        for form in forms:
            key = name_key(form)
            table = full_names if " " in key else surnames
            if term not in table.setdefault(key, []):
                table[key].append(term)
    last_names: dict[str, list[OfficeTerm]] = {}
    for key, terms in full_names.items():
        named = last_names.setdefault(key.split()[-1], [])
        named.extend(term for term in terms if term not in named)
    return OfficeHolderIndex(
        {key: tuple(terms) for key, terms in full_names.items()},
        {key: tuple(terms) for key, terms in surnames.items()},
        {key: tuple(terms) for key, terms in last_names.items()},
        family_names_of(executive_names(full_names), surnames.keys()),
    )


def executive_names(full_names: dict[str, list[OfficeTerm]]) -> dict[str, list[OfficeTerm]]:
    """The full names with their terms outside a legislature, of which family names are
    derived: a member of Congress's surname is no one's alone."""
    kept = {
        key: [term for term in terms if not term.offices & LEGISLATIVE_OFFICES]
        for key, terms in full_names.items()
    }
    return {key: terms for key, terms in kept.items() if terms}


def family_names_of(
    full_names: dict[str, list[OfficeTerm]], listed: Iterable[str]
) -> dict[str, tuple[OfficeTerm, ...]]:
    """The family names of the full names that one holder alone bears (a holder: a name and
    a country), other than the surnames the table lists and the given names of any holder."""
    cues = actor_cues()
    first_countries = {code.upper() for code in cues["family_name_first"]}
    particles = tuple(f"{particle}-" for particle in cues["name_particle"])
    suffixes = cues["name_suffix"]
    holders: dict[str, set[tuple[str, str]]] = {}
    terms_of: dict[str, list[OfficeTerm]] = {}
    given: set[str] = set()
    for key, terms in full_names.items():
        words = key.split()
        while len(words) > 2 and words[-1] in suffixes:
            words.pop()  # "ferdinand marcos jr."
        for term in terms:
            family_first = term.code[:3] in first_countries
            family = words[0] if family_first else words[-1]
            if not family_first:
                given.add(words[0])
            forms = [family]
            if family.startswith(particles):
                forms.append(family.split("-", 1)[1])  # "al-bashir" -> "bashir"
            for form in forms:
                holders.setdefault(form, set()).add((name_key(term.name), term.code[:3]))
                named = terms_of.setdefault(form, [])
                if term not in named:
                    named.append(term)
    excluded = given | set(listed) | STOP_WORDS | suffixes  # "he" of "He Yong"
    return {
        form: tuple(terms)
        for form, terms in terms_of.items()
        if len(holders[form]) == 1 and form not in excluded and len(form) > 1
    }


def is_office_holder_table(path: Path) -> bool:
    """A user's TSV in this table's format: its header has `office` and `start` columns."""
    if path.suffix.lower() != ".tsv" or not path.is_file():
        return False
    header = read_table(path)[:1]
    return bool(header) and {"office", "start"} <= header[0].keys()


def read_office_terms(table: str | Path) -> list[tuple[OfficeTerm, tuple[str, ...]]]:
    """Each row's term with the forms of its holder's name; raises naming the table and row
    when a column cannot be used."""
    entries = []
    for line, row in enumerate(read_table(table), start=2):
        term = office_term(row, f"office-holder table {table}, row {line}")
        forms = tuple(dict.fromkeys([term.name, *filter(None, row["aliases"].split("|"))]))
        entries.append((term, forms))
    return entries


def office_term(row: dict[str, str], where: str) -> OfficeTerm:
    if not row.get("name") or not row.get("code") or not row.get("start"):
        raise ValueError(f"{where}: needs a name, a code and a start")
    offices = set(row.get("office", "").split("|"))
    if not offices <= OFFICES:
        raise ValueError(f"{where}: unknown office {row['office']!r}")
    end = row.get("end") or None
    if end is not None and end < row["start"][: len(end)]:
        raise ValueError(f"{where}: ends ({end}) before it starts ({row['start']})")
    return OfficeTerm(
        row["name"], row["code"], row["office"], row["start"], end, row.get("source") or ""
    )


def terms_named(name: str, titles: Sequence[frozenset[str]] = ()) -> tuple[OfficeTerm, ...]:
    """The terms of the holders of the name. A titled surname the table does not list alone
    (it lists "Bush" for no one: several holders bear it) is looked up among the last names of
    its full names, keeping only the terms the table says are of the titled office; else a
    surname is the one holder's whose family name it is ("Bouteflika", "President Xi"), and so is
    a name of several words that ends that holder's full name ("Dos Santos")."""
    index = office_holders()
    if " " in name:
        listed = index.full_names.get(name) or index.full_names.get(without_initials(name), ())
        if listed or legislative(titles):
            return listed
        # a family name of several words ("President Dos Santos", "Dos Santos backers"):
        # the full names it ends, of a titled office or else of the one holder whose family
        # name its last word is
        ends = index.last_names if titles else index.family_names
        return tuple(
            term
            for term in ends.get(name.split()[-1], ())
            if name_key(term.name).endswith(f" {name}")
        )
    listed = index.surnames.get(name, ())
    if listed and not legislative(titles):
        return listed
    last_named = index.last_names.get(name, ()) if titles else ()
    titled = tuple(term for term in last_named if all(term.offices & title for title in titles))
    return titled or index.family_names.get(name, ())


def legislative(titles: Sequence[frozenset[str]]) -> bool:
    """Whether a title names seats in a legislature: then only their terms count, even where
    the holders of the name agree (a senator is no minister of the same name)."""
    return any(title <= LEGISLATIVE_OFFICES for title in titles)


def without_initials(name: str) -> str:
    """ "donald j. trump" -> "donald trump": news adds middle initials the table may not list."""
    return " ".join(word for word in name.split() if not (len(word) <= 2 and word.endswith(".")))
