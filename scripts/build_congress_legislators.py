"""Rebuild src/eventwire/codebooks/congress_legislators.tsv from the congress-legislators dataset.

Run by hand:  python scripts/build_congress_legislators.py PATH/TO/congress-legislators/.git

The argument is a git directory of github.com/unitedstates/congress-legislators (CC0). Every
term in the US Senate or House that overlaps 1990 on becomes a row coded USALEG (office
`senator` or `representative`; consecutive terms in one chamber are one row), and every vice
president's term from `executive.yaml` a row coded USAGOV (office `government`). Members come
from `legislators-historical.yaml` and `legislators-current.yaml` at the newest commit, and,
where a copy lacks the historical file (it is over 4 MiB), from `legislators-current.yaml` as
it stood at the end of every month since the dataset began (September 2012): a member who left
since then is in one of those, with the end of their last term cut to the last day they were
seen there. Members who left before September 2012 are then missing.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import yaml

from eventwire.codebooks import codebook_path
from eventwire.codebooks.office_holders import name_key

SOURCE = "https://github.com/unitedstates/congress-legislators"
FIRST_DAY = "1990-01-01"
"""Terms that ended before this day are left out: the table covers 1990 to today."""
CHAMBERS = {"sen": "senator", "rep": "representative"}
"""The dataset's term types and the office each is in the table."""
SAME_SEAT_GAP = timedelta(days=120)
"""A term starting this soon after the last one in the same chamber continues it: the dataset
ends a past term on 3 January or on the day the Congress adjourned (in November or December),
and the next starts in January; a seat lost and won back is two years away at least."""
COLUMNS = ("name", "aliases", "code", "office", "start", "end", "source")

HEADER = """\
# Members of the US Congress (USALEG) and vice presidents (USAGOV), each term overlapping 1990
# on, with its dates; the source column is the person's Biographical Directory page. Derived by
# scripts/build_congress_legislators.py from the congress-legislators dataset,
# {source} at commit {commit} ({historical}),
# dedicated to the public domain under CC0 1.0 Universal
# (https://creativecommons.org/publicdomain/zero/1.0/). docs/actors.md says how rows are used.
#
"""


def git(git_dir: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *arguments], check=True, capture_output=True, text=True
    ).stdout


def people_at(git_dir: Path, commit: str, path: str) -> list[dict] | None:
    """The records of a file at a commit; None where the copy lacks the file's content."""
    try:
        text = git(git_dir, "show", f"{commit}:{path}")
    except subprocess.CalledProcessError:
        return None
    return yaml.load(text, Loader=yaml.CSafeLoader)


def monthly_versions(git_dir: Path, path: str) -> list[tuple[str, str]]:
    """(commit, day) of the last commit of every month that changed the file, oldest first."""
    log = git(git_dir, "log", "--format=%H %cs", "--", path).split("\n")
    last_of_month: dict[str, tuple[str, str]] = {}
    for line in filter(None, log):
        commit, day = line.split()
        last_of_month.setdefault(day[:7], (commit, day))
    return sorted(last_of_month.values(), key=lambda version: version[1])


def members(git_dir: Path) -> tuple[list[tuple[dict, str | None]], bool]:
    """Each member's newest record with the last day it was seen in a file of current members
    (None for a record of the newest commit), and whether the historical file was read."""
    newest: dict[str, tuple[dict, str | None]] = {}
    for commit, day in monthly_versions(git_dir, "legislators-current.yaml"):
        for person in people_at(git_dir, commit, "legislators-current.yaml") or []:
            if "bioguide" in person["id"]:  # members-elect get theirs when they are sworn in
                newest[person["id"]["bioguide"]] = (person, day)
    historical = people_at(git_dir, "HEAD", "legislators-historical.yaml")
    current = people_at(git_dir, "HEAD", "legislators-current.yaml") or []
    for person in [*(historical or []), *current]:
        newest[person["id"]["bioguide"]] = (person, None)
    return list(newest.values()), historical is not None


def name_forms(name: dict) -> list[str]:
    """The forms news uses: the official full name, first and last, nickname and last, middle
    and last where the first is an initial ("J. Dennis Hastert"), each also with its suffix."""
    first, middle, last = name.get("first", ""), name.get("middle", ""), name["last"]
    given = [first, name.get("nickname", "")]
    if middle and (len(first) <= 2 or first.endswith(".")):
        given.append(middle)
    forms = [name.get("official_full", "")]
    suffix = name.get("suffix", "")
    for word in filter(None, given):
        forms.append(f"{word} {last}")
        if suffix:
            forms.append(f"{word} {last} {suffix}")
    unique: dict[str, str] = {}
    for form in forms:
        if not form or "(" in form or '"' in form:  # "J.D. (James) Vance"
            continue
        unique.setdefault(name_key(form), " ".join(form.split()))
    return list(unique.values())


def seats(terms: list[dict], last_seen: str | None) -> list[tuple[str, str, str]]:
    """(office, start, end) of the terms in Congress, consecutive terms in one chamber joined,
    the last one cut to the day its holder was last seen among current members."""
    joined: list[list[str]] = []
    for term in sorted(terms, key=lambda term: term["start"]):
        office = CHAMBERS.get(term["type"])
        if office is None:
            continue
        start, end = str(term["start"]), str(term["end"])
        previous = joined[-1] if joined else None
        if (
            previous
            and previous[0] == office
            and date.fromisoformat(start) - date.fromisoformat(previous[2]) <= SAME_SEAT_GAP
        ):
            previous[2] = max(previous[2], end)
        else:
            joined.append([office, start, end])
    if joined and last_seen is not None:
        joined[-1][2] = min(joined[-1][2], last_seen)
    return [(office, start, end) for office, start, end in joined if start <= end]


def biography(person: dict) -> str:
    return f"https://bioguide.congress.gov/search/bio/{person['id']['bioguide']}"


def row(person: dict, code: str, office: str, start: str, end: str) -> dict[str, str]:
    forms = name_forms(person["name"])
    return {
        "name": forms[0],
        "aliases": "|".join(forms[1:]),
        "code": code,
        "office": office,
        "start": start,
        "end": end,
        "source": biography(person),
    }


def legislator_rows(git_dir: Path) -> tuple[list[dict[str, str]], bool]:
    found, historical = members(git_dir)
    rows = [
        row(person, "USALEG", office, start, end)
        for person, last_seen in found
        for office, start, end in seats(person["terms"], last_seen)
        if end >= FIRST_DAY
    ]
    return rows, historical


def vice_president_rows(git_dir: Path) -> list[dict[str, str]]:
    return [
        row(person, "USAGOV", "government", str(term["start"]), str(term["end"]))
        for person in people_at(git_dir, "HEAD", "executive.yaml") or []
        if "bioguide" in person["id"]
        for term in person["terms"]
        if term["type"] == "viceprez" and str(term["end"]) >= FIRST_DAY
    ]


def main(snapshot: str) -> None:
    git_dir = Path(snapshot)
    legislators, historical = legislator_rows(git_dir)
    rows = sorted(
        {
            tuple(r[c] for c in COLUMNS): r for r in legislators + vice_president_rows(git_dir)
        }.values(),
        key=lambda r: (r["start"], r["name"], r["office"]),
    )
    commit = git(git_dir, "rev-parse", "HEAD").strip()
    read = (
        "legislators-historical.yaml and legislators-current.yaml"
        if historical
        else "legislators-current.yaml at the end of every month since 2012-09; its"
        "\n# legislators-historical.yaml was not in the copy, so members who left before"
        " 2012-09 are missing"
    )
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    target = codebook_path("congress_legislators.tsv")
    header = HEADER.format(source=SOURCE, commit=commit, historical=read)
    target.write_text(header + out.getvalue(), encoding="utf-8")
    print(f"{target}: {len(rows)} rows; historical file read: {historical}")


if __name__ == "__main__":
    main(sys.argv[1])
