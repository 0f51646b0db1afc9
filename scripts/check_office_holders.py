"""Check the written heads of state and government of office_holders.tsv against the CIA World
Factbook.

Run by hand:
    python scripts/check_office_holders.py FACTBOOK_JSON_GIT_DIR FACTBOOK_ARCHIVE_GIT_DIR [OUT.tsv]

The Factbook (a US government work, public domain) names each country's chief of state and head
of government with the day they took office: "President Emmanuel MACRON (since 14 May 2017)".
Two copies of it are read, both git directories:
- github.com/factbook/factbook.json (CC0): every commit is a dated snapshot (weekly from
  November 2020, a few from 2015 to March 2017);
- github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025 (code MIT, the data public domain):
  one edition a year; the 2018-2020 editions lost the executive's names and are skipped.

Each snapshot's first person of a field is that office's holder; the holder's term starts on
their "since" day and ends on the next holder's. Every row of the table whose office is a head
(rows of Phoenix left out) is classed: `confirmed` (the person holds the office in the
Factbook, start and end within a day), `off_31` (a date off by 2 to 31 days), `off_more`,
`wrong_person` (a snapshot more than LAG_DAYS inside the row's term names someone else and none
names this person), or `not_covered` (the Factbook does not name the person in that office
while the row's term lasts: no snapshot falls inside it, or the names do not match). Then every
holder the Factbook names since MISSING_FROM in an office the table writes, whom no row names,
is listed as `missing_holder`. The Factbook's dates are its own: an election day where the
table has the inauguration, a designation where it has the government's swearing-in, a new
holder named weeks late; each difference is for a person to judge (docs/actors.md, "Checked
against the CIA World Factbook").
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import TextIO

from eventwire.codebooks import codebook_path, read_table
from eventwire.codebooks.office_holders import name_key

FIELDS = {"chief of state": "head_of_state", "head of government": "head_of_government"}
"""The Factbook's executive fields and the office each names in the table."""
EXECUTIVE_LABEL = re.compile(
    r"\b(chief of state|head of government|cabinet|elections?(?:/appointments)?|"
    r"election results)\s*:",
    re.IGNORECASE,
)
BLOB_BATCH = 500
STALE_COMMITS = ("2017-04-01", "2020-11-23")
"""factbook.json commits between these days re-committed the March 2017 data."""
ARCHIVE_EDITIONS = frozenset({*range(1990, 2015), 2017})
"""The archive editions read: the years factbook.json has no snapshots of (it has a few from
October 2015 to March 2017, then weekly ones from November 2020; the 2018-2020 editions lost
the executive's names). An edition's date is not known; it is taken as the year's last day."""
MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {
    form: number
    for number, name in enumerate(MONTH_NAMES.split(), start=1)
    for form in (name, name[:3], "sept" if number == 9 else name)
}
"""Month names as the Factbook writes them, in full or cut to three letters ("5 Sep 2025")."""
STATE_TYPES = frozenset({"sovereign", "special_admin", "disputed", "freely_associated"})
"""The archive's entity types that are states or govern themselves as one (Hong Kong, Kosovo,
Taiwan)."""
SINCE = re.compile(
    r"\((?:[^()]*?\b(?:since|sworn in|took office)\s+)?"
    r"(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|\d{4})[^()]*\)"
)
"""The day a holder took office: "(since 14 May 2017)", "(elected 13 October, sworn in 23
October 2019)", "(28 October 2022)", "(since 1971)"."""
NEAR_DAYS = 1
"""A date this close to the Factbook's is the same: a handover day counts for either term."""
CLOSE_DAYS = 31
GAP_DAYS = 200
"""Snapshots further apart than this may hide a holder between two (one edition a year, and
none from March 2017 to November 2020): the first holder's end is then not known."""
LAG_DAYS = 180
"""The Factbook names a new holder weeks or months late; a snapshot counts against a row only
this long after the row's start, or after its end."""
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "chancellor",
        "premier",
        "chairman",
        "chairwoman",
        "chair",
        "interim",
        "acting",
        "transitional",
        "caretaker",
        "gen",
        "lt",
        "sr",
        "maj",
        "col",
        "brig",
        "dr",
        "sheikh",
        "shaykh",
        "crown",
        "prince",
        "princess",
        "grand",
        "duke",
        "supreme",
        "leader",
        "executive",
        "state",
        "council",
        "of",
        "the",
        "and",
        "federal",
        "republic",
        "islamic",
        "national",
        "general",
        "head",
        "government",
        "elect",
        "governor",
        "captain",
        "regent",
        "coprince",
        "co",
        "field",
        "marshal",
        "his",
        "her",
        "majesty",
        "highness",
        "emperor",
        "chief",
        "administration",
        "sovereignty",
        "presidential",
        "military",
        "committee",
        "salvation",
        "transition",
        "also",
        "spelled",
        "notification",
        "statement",
    ]
)
"""Words of the Factbook's titles, left out of a holder's given names."""
MISSING_FROM = "2014"
"""Holders the Factbook names who took office this year or later are looked for in the table
(the written rows cover heads since about 2014)."""
PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "van", "von", "der", "la", "le"}
)
"""Words of Arabic and European names the Factbook writes in capitals or not at will."""


@dataclass(frozen=True)
class Sighting:
    """One snapshot's holder of an office."""

    code: str
    office: str
    family: frozenset[str]
    given: frozenset[str]
    since: str
    seen: str
    """The snapshot's day (factbook.json) or edition year (archive)."""
    text: str


@dataclass(frozen=True)
class Spell:
    """A holder's uninterrupted time in an office, as consecutive snapshots show it."""

    family: frozenset[str]
    given: frozenset[str]
    since: tuple[str, ...]
    """Every since day the snapshots gave (a later one where the Factbook counts from a new
    term or mended a typing error), oldest snapshot first."""
    first_seen: str
    last_seen: str
    text: str
    end: str | None = None
    """The next holder's first since day; None while the Factbook names no later holder, or
    where the snapshots skip more than GAP_DAYS between the two (someone may have come
    between)."""


def git(git_dir: Path, *arguments: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *arguments], check=True, capture_output=True, text=True
    ).stdout


def blobs(git_dir: Path, ids: list[str]) -> Iterator[tuple[str, bytes]]:
    """Each blob id with its content, read BLOB_BATCH at a time by `git cat-file --batch` (the
    whole history of factbook.json is gigabytes); ids the copy lists but lacks are skipped."""
    for first in range(0, len(ids), BLOB_BATCH):
        batch = ids[first : first + BLOB_BATCH]
        out = subprocess.run(
            ["git", f"--git-dir={git_dir}", "cat-file", "--batch"],
            input="".join(f"{blob}\n" for blob in batch).encode(),
            check=True,
            capture_output=True,
        ).stdout
        at = 0
        for blob in batch:
            newline = out.index(b"\n", at)
            header = out[at:newline].split()
            if header[-1] == b"missing":
                at = newline + 1
                continue
            size = int(header[2])
            yield blob, out[newline + 1 : newline + 1 + size]
            at = newline + 1 + size + 1


def iso_day(text: str) -> str | None:
    """'14 May 2017' -> 2017-05-14, 'May 2017' -> 2017-05, '2017' -> 2017; None otherwise."""
    words = text.replace(",", " ").split()
    if (
        len(words) >= 3
        and words[0].isdigit()
        and words[1].lower() in MONTHS
        and re.fullmatch(r"\d{4}", words[2][:4])
    ):
        return f"{words[2][:4]}-{MONTHS[words[1].lower()]:02d}-{int(words[0]):02d}"
    if len(words) >= 2 and words[0].lower() in MONTHS and re.fullmatch(r"\d{4}", words[1][:4]):
        return f"{words[1][:4]}-{MONTHS[words[0].lower()]:02d}"
    if words and re.fullmatch(r"\d{4}", words[0]):
        return words[0]
    return None


def person_words(person: str) -> tuple[frozenset[str], frozenset[str]]:
    """A Factbook name's family name (its upper-case words: "Emmanuel MACRON", "XI Jinping")
    and its other words without titles, each as the table compares names."""
    words = re.findall(r"[^\s,\"-]+", re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", person))
    family, given = set(), set()
    for word in words:
        parts = [part for part in re.split(r"[-\s]", name_key(word).strip(".:")) if part]
        if len(word.strip(".'-")) >= 2 and word.isupper():
            family.update(parts)
        else:
            given.update(part for part in parts if part not in TITLE_WORDS)
    return frozenset(family), frozenset(given - PARTICLES - family)


def first_holder(field: str) -> tuple[frozenset[str], frozenset[str], str, str] | None:
    """The first person a field names with a since day: family name, other name words, since,
    the text."""
    text = html.unescape(html.unescape(re.sub(r"<[^>]+>", " ", field)))
    match = SINCE.search(text)
    if not match or ";" in text[: match.start()]:
        return None
    since = iso_day(match.group(1))
    person = text[: match.start()].strip()
    family, given = person_words(person)
    if since is None or not family:
        return None
    return family, given, since, " ".join(person.split())


def fips_to_iso3(archive: Path) -> dict[str, str]:
    """The Factbook's country codes (FIPS 10-4) to ISO alpha-3, from the archive's tables, for
    states only: a territory or crown dependency (Jersey, Aruba) shares its state's ISO code in
    those tables but has its own executive. Kosovo, which ISO leaves unassigned, is `KSV` as in
    countries.tsv."""
    alpha3 = {
        row["ISOAlpha2"]: row["ISOAlpha3"]
        for row in csv.DictReader(
            io.StringIO(git(archive, "show", "HEAD:data/CountryISO_Codes.csv"))
        )
    }
    states = csv.DictReader(
        io.StringIO(git(archive, "show", "HEAD:data/reference_tables/master_countries.csv"))
    )
    codes = {
        row["CanonicalCode"].lower(): alpha3.get(row["ISOAlpha2"], "")
        for row in states
        if row["EntityType"] in STATE_TYPES
    }
    codes["kv"] = "KSV"
    return {fips: iso for fips, iso in codes.items() if iso}


def executive_fields(text: str) -> dict[str, str]:
    """The executive branch's sub-fields from an archive edition's flattened text, where the
    labels run on inline ("chief of state: ... head of government: ... cabinet: ...") or are
    parted by " | "."""
    parts = EXECUTIVE_LABEL.split(text)
    return {
        label.lower(): value.strip(" |")
        for label, value in zip(parts[1::2], parts[2::2], strict=False)
    }


def executive_branch(content: bytes) -> dict | None:
    """A country file's executive branch; None where the file is no valid JSON (a few early
    commits wrote broken files)."""
    try:
        return json.loads(content).get("Government", {}).get("Executive branch")
    except ValueError:
        return None


def holders(content: bytes) -> dict[str, tuple[frozenset[str], frozenset[str], str, str]]:
    """The first holder of each head office a country file names."""
    executive = executive_branch(content)
    if not isinstance(executive, dict):
        return {}
    fields = {
        office: first_holder(executive[field].get("text", ""))
        for field, office in FIELDS.items()
        if isinstance(executive.get(field), dict)
    }
    return {office: holder for office, holder in fields.items() if holder}


def sightings_from_json(git_dir: Path, codes: dict[str, str]) -> list[Sighting]:
    """Every commit's holders in factbook.json."""
    listing = re.compile(r"^100644 blob (\w+)\t[a-z-]+/([a-z]{2})(?:-[a-z-]+)?\.json$")
    files: list[tuple[str, str, str]] = []
    for line in git(git_dir, "log", "--format=%H %cs").splitlines():
        commit, day = line.split()
        if STALE_COMMITS[0] <= day <= STALE_COMMITS[1]:
            continue
        for entry in git(git_dir, "ls-tree", "-r", commit).splitlines():
            if match := listing.match(entry):
                files.append((day, match.group(2), match.group(1)))
    wanted = sorted({blob for _, fips, blob in files if fips in codes})
    parsed = {blob: holders(content) for blob, content in blobs(git_dir, wanted)}
    sightings = []
    for day, fips, blob in files:
        for office, holder in parsed.get(blob, {}).items():
            sightings.append(Sighting(codes[fips], office, *holder[:3], day, holder[3]))
    return sightings


def sightings_from_archive(git_dir: Path, codes: dict[str, str]) -> list[Sighting]:
    """Every yearly edition's holders in the archive (its SQL dumps)."""
    countries = dict(
        re.findall(r"\((\d+), \d+, N'(\w+)'", git(git_dir, "show", "HEAD:data/countries.sql"))
    )
    row = re.compile(r"\(\d+, \d+, (\d+), N'Executive branch', N'((?:[^']|'')*)'\)")
    sightings = []
    for path in git(git_dir, "ls-tree", "--name-only", "HEAD", "data/fields/").split():
        year = int(re.search(r"(\d{4})\.sql\.gz$", path).group(1))
        if year not in ARCHIVE_EDITIONS:
            continue
        dump = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True, capture_output=True
        ).stdout
        for country, text in row.findall(gzip.decompress(dump).decode("utf-8")):
            code = codes.get(countries.get(country, "").lower())
            if not code:
                continue
            fields = executive_fields(text.replace("''", "'"))
            for field, office in FIELDS.items():
                if holder := first_holder(fields.get(field, "")):
                    sightings.append(Sighting(code, office, *holder[:3], str(year), holder[3]))
    return sightings


def spells(sightings: list[Sighting]) -> dict[tuple[str, str], list[Spell]]:
    """Each office's holders in the order the snapshots show them: consecutive snapshots that
    name one family name are one spell."""
    by_office: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
    for sighting in sightings:
        by_office[sighting.code, sighting.office].append(sighting)
    return {key: office_spells(seen) for key, seen in by_office.items()}


def office_spells(seen: list[Sighting]) -> list[Spell]:
    held: list[Spell] = []
    for sighting in sorted(seen, key=lambda sighting: (seen_day(sighting.seen), sighting.since)):
        last = held[-1] if held else None
        if last and same_holder(last, sighting):
            since = last.since if sighting.since in last.since else (*last.since, sighting.since)
            held[-1] = replace(last, since=since, last_seen=sighting.seen)
        else:
            held.append(
                Spell(
                    sighting.family,
                    sighting.given,
                    (sighting.since,),
                    sighting.seen,
                    sighting.seen,
                    sighting.text,
                )
            )
    for index, spell in enumerate(held[:-1]):
        later = held[index + 1]
        near = days_between(seen_day(spell.last_seen), seen_day(later.first_seen)) <= GAP_DAYS
        if near and min(later.since) > max(spell.since):
            held[index] = replace(spell, end=min(later.since))
    return held


def seen_day(seen: str) -> str:
    """A snapshot's day; an archive edition of year Y counts as Y-12-31 (the 2017 edition
    names a chancellor who took office on 18 December)."""
    return seen if len(seen) == 10 else f"{seen}-12-31"


def days_between(first: str, second: str) -> int:
    return (date.fromisoformat(full_day(second)) - date.fromisoformat(full_day(first))).days


def full_day(value: str) -> str:
    """A month or a year alone as its first day."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


def apart(ours: str, theirs: str) -> int:
    """Days between two dates at the coarser precision: a month alone is as near as any day
    in it."""
    precision = min(len(ours), len(theirs))
    if ours[:precision] == theirs[:precision]:
        return 0
    return abs(days_between(ours, theirs))


def skeleton(word: str) -> str:
    """A word's consonants, repeats collapsed, q as k: transliterations differ mostly in
    vowels ("Rouhani", "ROHANI"; "Mohamed", "MUHAMMAD"; "Mikati", "MIQATI")."""
    consonants = re.sub(r"[aeiouyw'.]", "", word)
    return re.sub(r"(.)\1+", r"\1", consonants).replace("q", "k")


def same_word(first: str, second: str) -> bool:
    """Two spellings of one name word: equal, equal consonants, or consonants nearly equal
    with the same first letter."""
    if first == second:
        return True
    a, b = skeleton(first), skeleton(second)
    if len(a) < 2 or len(b) < 2:
        return False
    return a == b or (a[0] == b[0] and min(len(a), len(b)) >= 4 and ratio(a, b) >= 0.8)


def ratio(first: str, second: str) -> float:
    return SequenceMatcher(None, first, second).ratio()


def matches(words: frozenset[str], others: set[str] | frozenset[str]) -> bool:
    """Whether every word but particles has a spelling among the others."""
    return all(any(same_word(word, other) for other in others) for word in words - PARTICLES)


def same_holder(spell: Spell, sighting: Sighting) -> bool:
    """Whether a snapshot names a spell's holder: the same family name, and given names one
    of which holds the other's ("LI Keqiang" is not "LI Qiang")."""
    if not matches(sighting.family, spell.family) or not matches(spell.family, sighting.family):
        return False
    given = (spell.given, sighting.given)
    return not all(given) or matches(*given) or matches(given[1], given[0])


def named(spell: Spell, words: set[str]) -> bool:
    """Whether the Factbook's holder is a row's person: the family name among the row's name
    words, and one given name too where the Factbook gives any: a spelling of it, the start
    of it ("Desi" of "Desire", "Chan" of "Chandrikapersad") or one of four letters or more
    inside the row's name written solid ("aziz" of "Abdulaziz")."""
    if not spell.family - PARTICLES or not matches(spell.family, words):
        return False
    solid = "".join(sorted(words))
    return not spell.given or any(
        same_word(word, other)
        or (min(len(word), len(other)) >= 3 and (word.startswith(other) or other.startswith(word)))
        or (len(word) >= 4 and word in solid)
        for word in spell.given
        for other in words
    )


def name_words(row: dict[str, str]) -> set[str]:
    forms = [row["name"], *filter(None, row["aliases"].split("|"))]
    return {part for form in forms for part in re.split(r"[-\s]", name_key(form)) if part}


def classify(row: dict[str, str], held: list[Spell]) -> tuple[str, str, Spell | None]:
    """The row's class, what differs, and the Factbook spell it was compared with."""
    start, end = row["start"], row["end"] or None
    mine = [
        spell
        for spell in held
        if named(spell, name_words(row))
        and min(spell.since) <= (end or "9999")
        and start <= (spell.end or seen_day(spell.last_seen))
    ]
    if not mine:
        inside = [
            spell
            for spell in held
            if any(
                len(day) == 10
                and days_between(start, day) > LAG_DAYS
                and (end is None or day <= end)
                for day in (spell.first_seen, spell.last_seen)
            )
        ]
        return (
            ("wrong_person", "another holder", inside[0]) if inside else ("not_covered", "", None)
        )
    spell = min(mine, key=lambda spell: min(apart(start, since) for since in spell.since))
    start_gap = min(apart(start, since) for since in spell.since)
    notes = [f"start {start_gap}d"] if start_gap > NEAR_DAYS else []
    end_gap = 0
    if end is None and spell.end is not None:
        end_gap = CLOSE_DAYS + 1
        notes.append(f"open, ended {spell.end}")
    elif end is not None and spell.end is not None and end >= max(spell.since):
        end_gap = apart(end, spell.end)
        if end_gap > NEAR_DAYS:
            notes.append(f"end {end_gap}d")
    elif (
        end is not None
        and end >= max(spell.since)
        and (days_between(end, seen_day(spell.last_seen)) > LAG_DAYS)
    ):
        end_gap = CLOSE_DAYS + 1
        notes.append(f"still named {spell.last_seen}")
    worst = max(start_gap, end_gap)
    verdict = "confirmed" if worst <= NEAR_DAYS else "off_31" if worst <= CLOSE_DAYS else "off_more"
    return verdict, "; ".join(notes), spell


def main(json_dir: str, archive_dir: str, out: str | None = None) -> None:
    codes = fips_to_iso3(Path(archive_dir))
    sightings = sightings_from_json(Path(json_dir), codes)
    sightings += sightings_from_archive(Path(archive_dir), codes)
    if out is None:
        write_report(spells(sightings), sys.stdout)
        return
    with open(out, "w", newline="", encoding="utf-8") as stream:
        write_report(spells(sightings), stream)


def write_report(by_office: dict[tuple[str, str], list[Spell]], stream: TextIO) -> None:
    """One line per row and office it is checked for, then one per holder the Factbook names
    since MISSING_FROM whom no row of the table names in that office (`missing_holder`), and
    the count of each class on stderr."""
    report = csv.writer(stream, delimiter="\t", lineterminator="\n")
    report.writerow(
        (
            "class",
            "differs",
            "name",
            "code",
            "office",
            "start",
            "end",
            "factbook",
            "since",
            "until",
            "seen",
        )
    )
    counts: dict[str, int] = defaultdict(int)
    rows = read_table(codebook_path("office_holders.tsv"))
    written = [row for row in rows if "phoenix" not in row["source"].lower()]
    for row in written:
        for office in (office for office in row["office"].split("|") if office in FIELDS.values()):
            verdict, differs, spell = classify(row, by_office.get((row["code"][:3], office), []))
            counts[verdict] += 1
            report.writerow(
                (
                    verdict,
                    differs,
                    row["name"],
                    row["code"],
                    office,
                    row["start"],
                    row["end"],
                    *spell_columns(spell),
                )
            )
    heads = {(row["code"][:3], office) for row in written for office in row["office"].split("|")}
    for (code, office), held in sorted(by_office.items()):
        if (code, office) not in heads:
            continue
        holders = [row for row in rows if row["code"][:3] == code and office in row["office"]]
        for spell in held:
            if max(spell.since) < MISSING_FROM or any(
                named(spell, name_words(row)) for row in holders
            ):
                continue
            counts["missing_holder"] += 1
            report.writerow(("missing_holder", "", "", code, office, "", "", *spell_columns(spell)))
    print(dict(sorted(counts.items())), file=sys.stderr)


def spell_columns(spell: Spell | None) -> tuple[str, ...]:
    if spell is None:
        return ("", "", "", "")
    seen = f"{spell.first_seen}..{spell.last_seen}"
    return (spell.text, "|".join(spell.since), spell.end or "", seen)


if __name__ == "__main__":
    main(*sys.argv[1:])
