"""Rebuild src/eventwire/codebooks/office_holders.tsv from the Phoenix country dictionary.

Run by hand:  python scripts/build_office_holders.py PATH/TO/Phoenix.Countries.actors.txt

Every date-restricted GOV code of a Phoenix record becomes one row (code cut to country + GOV,
office `government`: CountryInfo, the dictionary's source, lists every cabinet member without
saying which post; a member of a legislature, GOVLEG, is country + LEG, office `legislator`);
terms that ended before 1990 are left out. A term the dictionary leaves
open (`[RUSGOV >080508]`) is known only up to CountryInfo's date, so it ends there; an open
term starting later is left out (its holder is in the rows written from the public record).
Rows written by hand (any source other than Phoenix) are kept as they are, before the
derived ones.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from eventwire.codebooks import codebook_path, read_table
from eventwire.codebooks.actors import PETRARCH_CODE, petrarch_date, petrarch_phrase, role_words
from eventwire.codebooks.office_holders import name_key

PHOENIX_SOURCE = "Phoenix.Countries.actors.txt"
KNOWN_UNTIL = "2014-01-30"
"""The date of CountryInfo.140130, up to which an open Phoenix term is known to hold."""
FIRST_YEAR = "1990"
"""Terms that ended before this year are left out: the table covers 1990 to today."""

LEGISLATURE = ("GOVLEG", "LEG", "legislator")
"""A Phoenix code's role, the role our code gives it and the office of its row; every other GOV
code is country + GOV with office `government`."""

COLUMNS = ("name", "aliases", "code", "office", "start", "end", "source")

HEADER = """\
# Office-holders: heads of state and government, foreign, defence and interior ministers,
# each term with its dates and its source. docs/actors.md says how rows are used.
# Rows whose source is not Phoenix are written from the public record (the source column names
# the list page). Rows with source Phoenix are derived by scripts/build_office_holders.py from
# Phoenix.Countries.actors.txt (PETRARCH-2 dictionaries), which carries this notice:
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
#
"""


def phoenix_records(path: Path) -> list[tuple[list[str], str]]:
    """(phrases, code text) of each record: the primary phrase, its `+` synonyms, its codes."""
    records: list[tuple[list[str], str]] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.split("#", 1)[0].rstrip().replace("\x1a", "")
            if not line.strip():
                continue
            if line.startswith("+") and records:
                records[-1][0].append(line[1:].split("[", 1)[0])
            elif line[0].isspace() and records:
                records[-1] = (records[-1][0], records[-1][1] + " " + line.strip())
            else:
                phrase, _, codes = line.partition("[")
                records.append(([phrase], "[" + codes if codes else ""))
    return records


def titled(form: str, titles: set[str]) -> bool:
    """A form with a title or role word in it ("President Obama", "Obama administration")."""
    return any(word in titles for word in name_key(form).split())


def derived_rows(path: Path) -> list[dict[str, str]]:
    titles = {phrase for phrase, _ in role_words() if " " not in phrase}
    rows = []
    for phrases, codes in phoenix_records(path):
        forms = [petrarch_phrase(p) for p in phrases if p.strip().strip("_")]
        forms = list(dict.fromkeys(f for f in forms if not titled(f, titles)))
        if not forms:
            continue
        for code, restriction in PETRARCH_CODE.findall(codes):
            if code[3:6] != "GOV" or not restriction.strip():
                continue
            term = phoenix_term(restriction.strip())
            if term is None or term[1] < FIRST_YEAR:
                continue
            start, end = term
            legislator = code[3:9] == LEGISLATURE[0]
            rows.append(
                {
                    "name": forms[0],
                    "aliases": "|".join(forms[1:]),
                    "code": code[:3] + LEGISLATURE[1] if legislator else code[:6],
                    "office": LEGISLATURE[2] if legislator else "government",
                    "start": start,
                    "end": end,
                    "source": PHOENIX_SOURCE,
                }
            )
    return rows


def phoenix_term(restriction: str) -> tuple[str, str] | None:
    """(start, end) of `>date` or `date-date`; None for a term with no known start, a
    malformed date, or an open term starting after CountryInfo's date."""
    try:
        if restriction.startswith(">"):
            start = petrarch_date(restriction[1:])
            return (start, KNOWN_UNTIL) if start <= KNOWN_UNTIL else None
        if "-" in restriction and not restriction.startswith("<"):
            start, end = (petrarch_date(part) for part in restriction.split("-", 1))
            return (start, end) if start <= end else None
    except ValueError:
        return None
    return None


def without_given_names(rows: list[dict[str, str]], given: set[str]) -> list[dict[str, str]]:
    """Rows without single-word forms that are also given names ("Hassan", "Abdullah"): a
    bare "Hussein" in a text is no one in particular. A row left with no name is dropped."""
    kept = []
    for row in rows:
        forms = [row["name"], *filter(None, row["aliases"].split("|"))]
        forms = [form for form in forms if " " in form or name_key(form) not in given]
        if forms:
            kept.append({**row, "name": forms[0], "aliases": "|".join(forms[1:])})
    return kept


def given_names(rows: list[dict[str, str]]) -> set[str]:
    """First words of every full name in the rows."""
    return {
        name_key(form).split()[0]
        for row in rows
        for form in [row["name"], *row["aliases"].split("|")]
        if " " in form.strip()
    }


def main(phoenix: str) -> None:
    target = codebook_path("office_holders.tsv")
    written = [
        row
        for row in (read_table(target) if target.exists() else [])
        if "Phoenix" not in row["source"]
    ]
    derived = derived_rows(Path(phoenix))
    derived = without_given_names(derived, given_names(written + derived))
    derived = sorted(
        {tuple(row[c] for c in COLUMNS): row for row in derived}.values(),
        key=lambda row: (row["code"], row["start"], row["name"]),
    )
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(written + derived)
    target.write_text(HEADER + out.getvalue(), encoding="utf-8")
    print(f"{target}: {len(written)} rows written by hand, {len(derived)} from Phoenix")


if __name__ == "__main__":
    main(sys.argv[1])
