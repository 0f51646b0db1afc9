"""The dated table of office-holders (office_holders.tsv): who held which office from when to when.

A row is one term: a person's name and the other forms news uses for them (`aliases`, with
the bare surname where it is distinctive), the code the office gives (`USAGOV`), the office,
`start` and `end` (ISO dates, inclusive; a month alone where the day is not sure; `end` empty
while in office) and the public source of the row. Names are compared as `name_key` spells
them: case, accents, apostrophe style and spacing do not matter ("Erdoğan", "ERDOGAN").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table

OFFICES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "government",
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


@dataclass(frozen=True)
class OfficeHolderIndex:
    """Terms by the forms of their holder's name: full names (two words or more) and the bare
    surnames the table lists."""

    full_names: dict[str, tuple[OfficeTerm, ...]]
    surnames: dict[str, tuple[OfficeTerm, ...]]


def name_key(form: str) -> str:
    """A name as compared: lower case, no accents, one apostrophe style, single spaces."""
    decomposed = unicodedata.normalize("NFKD", form.replace("’", "'").casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


@loads("office_holders.tsv")
@lru_cache(maxsize=1)
def office_holders() -> OfficeHolderIndex:
    full_names: dict[str, list[OfficeTerm]] = {}
    surnames: dict[str, list[OfficeTerm]] = {}
    for line, row in enumerate(read_table("office_holders.tsv"), start=2):
        term = office_term(row, line)
        for form in dict.fromkeys([term.name, *filter(None, row["aliases"].split("|"))]):
            key = name_key(form)
            table = full_names if " " in key else surnames
            if term not in table.setdefault(key, []):
                table[key].append(term)
    return OfficeHolderIndex(
        {key: tuple(terms) for key, terms in full_names.items()},
        {key: tuple(terms) for key, terms in surnames.items()},
    )


def office_term(row: dict[str, str], line: int) -> OfficeTerm:
    """A row as a term; raises naming the row when a column cannot be used."""
    where = f"office_holders.tsv, row {line}"
    if not row.get("name") or not row.get("code") or not row.get("start"):
        raise ValueError(f"{where}: needs a name, a code and a start")
    offices = set(row["office"].split("|"))
    if not offices <= OFFICES:
        raise ValueError(f"{where}: unknown office {row['office']!r}")
    end = row.get("end") or None
    if end is not None and end < row["start"][: len(end)]:
        raise ValueError(f"{where}: ends ({end}) before it starts ({row['start']})")
    return OfficeTerm(row["name"], row["code"], row["office"], row["start"], end, row["source"])
