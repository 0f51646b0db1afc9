"""Actor and agent tables: names to CAMEO-style actor codes, role words to role codes.

Our tables are countries.tsv, igos.tsv, state_bodies.tsv, groups.tsv, civil_groups.tsv,
region_actors.tsv, region_adjectives.tsv and agents.tsv; a user's own tables override them where
both name the same phrase. A user's tables come with the settings (`Settings(actor_tables=...)`, or
EVENTWIRE_ACTOR_TABLES through the CLI). Each is a TSV in our format (`code, name, aliases` for
actors; `phrase, code, plural, title` for agents) or a PETRARCH-format actor or agent
dictionary (`*.txt`, e.g. Phoenix.Countries.actors.txt).

Everything is indexed once into two spaCy PhraseMatchers, so finding every actor name and role
word in a parse costs one hash lookup per token, whatever the size of the tables.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from eventwire.codebooks import loads, outlet_names, outlets, read_table
from eventwire.codebooks.office_holders import is_office_holder_table
from eventwire.nlp import load_nlp
from eventwire.settings import Settings, settings_in_force

REGION_ADJECTIVE = "region adjective"
"""The kind of a region's adjective ("European"): it codes only the region's states or people."""

ACTOR_TABLES = (
    ("state_bodies.tsv", "state body"),
    ("groups.tsv", "group"),
    ("igos.tsv", "igo"),
    ("civil_groups.tsv", "group"),
    ("region_actors.tsv", "region"),
    ("region_adjectives.tsv", REGION_ADJECTIVE),
)
"""Organisation tables, in order of precedence when two share a name."""

OUTLET = "outlet"
"""The kind of a news outlet's name (outlets.tsv)."""

OUTLET_NAME_LETTERS = 3
"""The shortest outlet name that codes it as an actor: two-letter forms are other things too
("AA", a retweet's "RT")."""

COUNTRY_KINDS = ("country", "capital", "adjective", "city")
"""Kinds of name that stand for a country; `code` is then its ISO 3166 alpha-3 code."""

USER_KINDS = ("user", "dictionary")
"""Names from a user's own TSV table, and from a PETRARCH dictionary the user loaded."""

UNINFLECTED_DEMONYM_ENDINGS = ("ese", "ish", "ch", "ss", "sh", "y")
"""Adjectives that are not nouns with a plural in -s ("Chinese", "British", "Swiss")."""


@dataclass(frozen=True)
class DatedCode:
    """A code valid from `start` to `end` (ISO dates, inclusive; None is open)."""

    code: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True)
class ActorName:
    """One actor of the tables: its canonical name, code, and what kind of name it is."""

    name: str
    code: str | None
    kind: str
    dated: tuple[DatedCode, ...] = ()
    type: str | None = None
    """The entity type a user's table gives (PERSON, ORG, GPE ...), when it gives one."""

    def code_on(self, date: str | None) -> str | None:
        """The code on an ISO date: the first date restriction that holds, else the default.

        With no date (an article without one), a name with only date-restricted codes gets the
        country all of them share, without a role: "Saddam Hussein" is IRQ whatever the year,
        IRQGOV only while he held office.
        """
        if date:
            for restriction in self.dated:
                after = restriction.start is None or restriction.start <= date
                before = restriction.end is None or date <= restriction.end
                if after and before:
                    return restriction.code
        elif self.code is None:
            return self.nationality
        return self.code

    @property
    def nationality(self) -> str | None:
        """The country every date-restricted code of the name belongs to, if they agree."""
        countries = {
            restriction.code[:3] if restriction.code else None for restriction in self.dated
        }
        country = countries.pop() if len(countries) == 1 else None
        return country if country in country_codes() else None

    @property
    def is_country(self) -> bool:
        """A country (or its capital, adjective, city): a user's bare 3-letter code is one too."""
        if self.kind in USER_KINDS:
            code = self.code or self.nationality
            return code is not None and len(code) == 3 and code not in non_country_codes()
        return self.kind in COUNTRY_KINDS


ORGANISATION_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC"})
"""Code prefixes that name a kind of organisation rather than a country."""


class Country(NamedTuple):
    """A row of countries.tsv: a country's ISO 3166 alpha-3 code and every name it goes by."""

    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    cities: tuple[str, ...]


@loads("countries.tsv")
@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    return tuple(
        Country(
            code=row["code"],
            name=row["name"],
            aliases=tuple(split_list(row["aliases"])),
            adjectives=tuple(split_list(row["adjectives"])),
            capitals=tuple(split_list(row["capitals"])),
            cities=tuple(split_list(row["cities"])),
        )
        for row in read_table("countries.tsv")
    )


@loads(*(table for table, _ in ACTOR_TABLES))
@lru_cache(maxsize=1)
def organisation_names() -> tuple[tuple[str, ActorName], ...]:
    """Every name of the organisation tables, in their order of precedence, then the outlets'."""
    tables = (entry for table, kind in ACTOR_TABLES for entry in read_actor_table(table, kind))
    return (*tables, *outlet_actor_names())


@lru_cache(maxsize=1)
def outlet_entity_names() -> frozenset[str]:
    """The names an entity coded as a news outlet takes (outlets.tsv, `outlet_actor_names`)."""
    return frozenset(actor.name for _, actor in outlet_actor_names())


def outlet_actor_names() -> list[tuple[str, ActorName]]:
    """The names that code a news outlet as an actor (outlets.tsv rows with a code): those of
    three letters or more, with no credit mark ("AP" and "© AP" are credits only)."""
    return [
        (form, ActorName(row["name"], row["code"], OUTLET))
        for row in outlets()
        if row["code"]
        for form in outlet_names(row)
        if len(form) >= OUTLET_NAME_LETTERS and "©" not in form
    ]


@loads("igo_sectors.tsv")
@lru_cache(maxsize=1)
def organisation_sectors() -> dict[str, str]:
    """CAMEO type part of an organisation code -> the sector PLOVER's gold writes for it."""
    return {row["part"]: row["sector"] for row in read_table("igo_sectors.tsv")}


@loads("agents.tsv")
@lru_cache(maxsize=1)
def role_words() -> tuple[tuple[str, RoleWord], ...]:
    return tuple(read_agent_table("agents.tsv"))


@lru_cache(maxsize=1)
def role_word_forms() -> frozenset[str]:
    """The one-word role words and their plurals ('ambassador', 'troops'), lowercase."""
    return frozenset(phrase.lower() for phrase, _ in role_words() if " " not in phrase)


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset(country.code for country in countries())


@lru_cache(maxsize=1)
def country_name_forms() -> frozenset[str]:
    """Every name of a country (not its adjectives, capitals or cities), casefolded."""
    return frozenset(
        form.casefold() for country in countries() for form in (country.name, *country.aliases)
    )


@lru_cache(maxsize=1)
def role_codes() -> frozenset[str]:
    return frozenset(role.code for _, role in role_words() if role.code is not None)


@lru_cache(maxsize=1)
def non_country_codes() -> frozenset[str]:
    """Three-letter codes that say what an actor is, not whose: roles (ELI, MED) and kinds
    of organisation (IGO, NGO)."""
    return role_codes() | ORGANISATION_PREFIXES


@dataclass(frozen=True)
class RoleWord:
    """A word for a kind of actor ("troops"): its role code, None for a bare honorific."""

    phrase: str
    code: str | None
    title: bool


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    actor: ActorName


@dataclass(frozen=True)
class RoleMatch:
    start: int
    end: int
    role: RoleWord


PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def tokenized(forms: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each distinct phrase's words as spaCy's tokenizer splits them. Letters-only words with no
    tokenizer exception split at spaces alone, which saves most of the time a PETRARCH
    dictionary's 40,000 phrases would take (seconds per process)."""
    tokenizer = load_nlp().tokenizer
    words: dict[str, tuple[str, ...]] = {}
    others = []
    for form in dict.fromkeys(forms):
        split = form.split(" ")
        if PLAIN_PHRASE.fullmatch(form) and not any(word in tokenizer.rules for word in split):
            words[form] = tuple(split)
        else:
            others.append(form)
    for form, doc in zip(others, tokenizer.pipe(others), strict=True):
        words[form] = tuple(token.text for token in doc)
    return words


class PhraseIndex:
    """Phrases of one table in a PhraseMatcher (case-insensitive), with what each one means.

    `fallback` entries (a PETRARCH dictionary's) come after `entries` for the same phrase, and
    where their phrases overlap ours in a text, ours are kept whatever the length ("the United
    States" is our United States, not a dictionary's longer phrase).
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, object]],
        names: bool,
        fallback: Iterable[tuple[str, object]] = (),
    ) -> None:
        nlp = load_nlp()
        self.strings = nlp.vocab.strings
        self.names = names
        self.meanings: dict[str, list] = {}
        self.forms: dict[str, set[str]] = {}
        self.fallback_keys: set[str] = set()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        entries = list(entries)
        first_fallback = len(entries)
        entries += fallback
        patterns: dict[str, tuple[str, ...]] = {}
        words_of = tokenized(form for form, _ in entries)
        for number, (form, meaning) in enumerate(entries):
            words = words_of[form]
            key = " ".join(words).lower()
            if not key:
                continue
            if key not in self.meanings and number >= first_fallback:
                self.fallback_keys.add(key)
            if meaning not in self.meanings.setdefault(key, []):
                self.meanings[key].append(meaning)
            self.forms.setdefault(key, set()).add(" ".join(words))
            patterns.setdefault(key, words)
        for key, words in patterns.items():
            self.matcher.add(key, [Doc(nlp.vocab, words=list(words))])

    def find(self, doclike: Doc | Span) -> list[tuple[int, int, object]]:
        """Longest matches, no overlaps, in text order; token offsets are the doc's."""
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        found = []
        for match_id, start, end in self.matcher(doclike):
            key = self.strings[match_id]
            if self.case_fits(key, doc[start:end]):
                found.append((start, end, key))
        kept: list[tuple[int, int, str]] = []
        taken: set[int] = set()  # the tokens of kept matches, to check overlap token by token
        preference = sorted(
            found, key=lambda match: (match[2] in self.fallback_keys, match[0] - match[1], match[0])
        )
        for start, end, key in preference:
            if taken.isdisjoint(range(start, end)):
                kept.append((start, end, key))
                taken.update(range(start, end))
        return [(start, end, self.meanings[key][0]) for start, end, key in sorted(kept)]

    def case_fits(self, key: str, span: Span) -> bool:
        """Acronyms match as written ("US", not "us"); a name needs its capitals where the table
        starts with one ("Quds force" is the Quds Force, "state Department" no State Department)."""
        forms = self.forms[key]
        if all(not any(char.islower() for char in form) for form in forms):
            return " ".join(token.text for token in span) in forms
        if not self.names:
            return True
        initial = span[0].text[:1].isupper()
        capital = initial or any(token.text[:1].isupper() for token in span)
        return capital and any(initial or not form[:1].isupper() for form in forms)


class ActorLexicon:
    """Every actor name and role word, indexed for matching over a parse."""

    def __init__(
        self,
        names: Iterable[tuple[str, ActorName]],
        roles: Iterable[tuple[str, RoleWord]],
        dictionary_names: Iterable[tuple[str, ActorName]] = (),
        dictionary_roles: Iterable[tuple[str, RoleWord]] = (),
    ) -> None:
        self.name_index = PhraseIndex(names, names=True, fallback=dictionary_names)
        self.role_index = PhraseIndex(roles, names=False, fallback=dictionary_roles)

    def names_in(self, doclike: Doc | Span) -> list[NameMatch]:
        return [NameMatch(*match) for match in self.name_index.find(doclike)]

    def roles_in(self, doclike: Doc | Span) -> list[RoleMatch]:
        return [RoleMatch(*match) for match in self.role_index.find(doclike)]

    def name(self, phrase: str) -> ActorName | None:
        """The actor a phrase names exactly (case-insensitive), if any."""
        meanings = self.name_index.meanings.get(" ".join(phrase.lower().split()))
        return meanings[0] if meanings else None


def actor_lexicon(settings: Settings | None = None) -> ActorLexicon:
    """Our tables plus the actor tables of `settings` (default: the settings in force),
    indexed once per process for each set of tables."""
    return lexicon_of_tables((settings or settings_in_force()).actor_tables)


USER_TABLE_SETS_KEPT = 4
"""Sets of user tables whose index a process keeps; a PETRARCH dictionary takes seconds."""


@lru_cache(maxsize=USER_TABLE_SETS_KEPT)
def lexicon_of_tables(paths: tuple[Path, ...]) -> ActorLexicon:
    """Where two tables name the same phrase, the first meaning is used: the user's own TSV
    tables override ours; ours override PETRARCH dictionaries, which only add phrases. Ours
    say what kind of name a phrase is (a capital stands for its government, an adjective takes
    the role of its noun), which a PETRARCH dictionary cannot, and the Phoenix files code some
    phrases ours know differently (`[MEAREB]` for Palestinian groups, `~MED` for
    "spokesman").
    """
    tables = user_tables(paths)
    return ActorLexicon(
        [*tables.names, *organisation_names(), *country_names()],
        [*tables.roles, *role_words()],
        tables.dictionary_names,
        tables.dictionary_roles,
    )


class UserTables(NamedTuple):
    """The entries of a user's tables, by kind and by precedence."""

    names: list[tuple[str, ActorName]]
    roles: list[tuple[str, RoleWord]]
    dictionary_names: list[tuple[str, ActorName]]
    dictionary_roles: list[tuple[str, RoleWord]]


@lru_cache(maxsize=USER_TABLE_SETS_KEPT)
def user_tables(paths: tuple[Path, ...]) -> UserTables:
    """Read a user's actor and agent tables; raises, naming the table (and the row), on a
    missing file or a row that cannot be used."""
    tables = UserTables([], [], [], [])
    for path in paths:
        if not path.is_file():
            raise FileNotFoundError(f"actor table {path}: no such file")
        if path.suffix.lower() == ".tsv":
            header = read_table(path)[:1]
            if is_office_holder_table(path):
                continue  # read by office_holders.py
            if header and "phrase" in header[0]:
                tables.roles.extend(read_agent_table(path))
            else:
                tables.names.extend(read_actor_table(path, kind="user"))
        elif is_petrarch_agents(path):
            tables.dictionary_roles.extend(read_petrarch_agents(path))
        else:
            tables.dictionary_names.extend(read_petrarch_actors(path))
    return tables


def split_list(cell: str | None) -> list[str]:
    return [item.strip() for item in (cell or "").split("|") if item.strip()]


def read_actor_table(table: str | Path, kind: str) -> list[tuple[str, ActorName]]:
    """Rows `code, name, aliases` (and optionally `type`, e.g. PERSON, and `dated`): every
    name of one actor."""
    entries = []
    for line, row in enumerate(read_table(table), start=2):
        if not row.get("name") or not row.get("code"):
            raise ValueError(f"actor table {table}, row {line}: needs a code and a name")
        actor = ActorName(
            row["name"],
            row["code"],
            kind,
            dated=dated_codes(row.get("dated"), f"actor table {table}, row {line}"),
            type=row.get("type") or None,
        )
        entries += [(form, actor) for form in [row["name"], *split_list(row.get("aliases"))]]
    return entries


def dated_codes(text: str | None, where: str) -> tuple[DatedCode, ...]:
    """The optional `dated` column: `CODE FROM..TO` items (ISO dates, either end open), for a
    group whose role changed: the Taliban are rebels, but the government while they rule."""
    dated = []
    for item in split_list(text):
        code, _, period = item.partition(" ")
        start, separator, end = period.strip().partition("..")
        if not code or not separator:
            raise ValueError(f"{where}: dated code {item!r} is not 'CODE FROM..TO'")
        dated.append(DatedCode(code, start or None, end or None))
    return tuple(dated)


def country_names() -> list[tuple[str, ActorName]]:
    """Countries with their names, adjectives (and plural demonyms), capitals and cities."""
    entries = []
    for country in countries():
        code = country.code
        named = ActorName(name=country.name, code=code, kind="country")
        entries += [(form, named) for form in [country.name, *country.aliases]]
        if country.adjectives:
            adjective = ActorName(name=country.adjectives[0], code=code, kind="adjective")
            for form in country.adjectives:
                entries.append((form, adjective))
                if not form.endswith(UNINFLECTED_DEMONYM_ENDINGS):
                    entries.append((form + "s", adjective))
        for forms, kind in ((country.capitals, "capital"), (country.cities, "city")):
            for form in forms:
                entries.append((form, ActorName(name=form, code=code, kind=kind)))
    return entries


def plural_of(phrase: str) -> str:
    """The regular English plural of a phrase's last word."""
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    if re.search(r"(s|sh|ch|x|z)$", phrase):
        return phrase + "es"
    return phrase + "s"


def read_agent_table(table: str | Path) -> list[tuple[str, RoleWord]]:
    """Rows `phrase, code, plural, title` (code "-" for an honorific with no role)."""
    entries = []
    for line, row in enumerate(read_table(table), start=2):
        phrase, code = row.get("phrase"), row.get("code")
        if not phrase or not code:
            raise ValueError(f"agent table {table}, row {line}: needs a phrase and a code")
        role = RoleWord(phrase, None if code == "-" else code, row.get("title") == "yes")
        plural = row.get("plural") or plural_of(phrase)
        entries += [(phrase, role)] + ([] if plural == "-" else [(plural, role)])
    return entries


PETRARCH_CODE = re.compile(r"\[([^\]\s]*)\s*([^\]]*)\]")
PETRARCH_AGENT = re.compile(
    r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]+)\]"
)
PETRARCH_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def is_petrarch_agents(path: Path) -> bool:
    """Agent dictionaries code with `[~XXX]`; actor dictionaries never do."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        return any("[~" in line.split("#", 1)[0] for line in handle)


PETRARCH_LOWER_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "al", "el", "de"})


def petrarch_phrase(raw: str) -> str:
    """`HAMID_KARZAI_` -> `Hamid Karzai` (underscores join words; a trailing one stops stems).

    Dictionaries are upper case: short words stay as acronyms ("UN"), other words get a capital.
    """
    words = raw.strip().strip("_").replace("_", " ").split()
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0]
    return " ".join(
        word.lower() if word.lower() in PETRARCH_LOWER_WORDS else word.capitalize()
        for word in words
    )


def petrarch_date(raw: str) -> str:
    """`YYMMDD` (years 00-30 are 20xx, as in the dictionaries' own era) or `YYYYMMDD` to ISO."""
    raw = raw.strip()
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year <= 30 else 1900 + year}{raw[2:]}"
    if not re.fullmatch(r"\d{8}", raw):
        raise ValueError(f"not a PETRARCH date: {raw!r}")
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"


def petrarch_codes(text: str, where: str) -> tuple[str | None, tuple[DatedCode, ...]]:
    """The default code and the date-restricted codes of `[CODE]`, `[CODE >date]` ... groups.

    A restriction with a malformed date (the Phoenix files have a few) is skipped with a warning
    that says where it is. A bare role (`[ELI]`, a former office-holder) says what the actor is
    but not whose, so it is no code: the text's own words may still give the country.
    """
    default, dated = None, []
    for code, restriction in PETRARCH_CODE.findall(text):
        code = None if code.strip("-") == "" or code in role_codes() else code
        restriction = restriction.strip()
        try:
            if not restriction:
                default = code
            elif restriction.startswith(">"):
                dated.append(DatedCode(code, petrarch_date(restriction[1:]), None))
            elif restriction.startswith("<"):
                dated.append(DatedCode(code, None, petrarch_date(restriction[1:])))
            elif "-" in restriction:
                start, end = restriction.split("-", 1)
                dated.append(DatedCode(code, petrarch_date(start), petrarch_date(end)))
        except ValueError as error:
            warnings.warn(f"{where}: skipped [{code} {restriction}]: {error}", stacklevel=2)
    return default, tuple(dated)


def read_petrarch_actors(path: Path) -> list[tuple[str, ActorName]]:
    """A PETRARCH actor dictionary: `PHRASE_ [CODE]`, `+SYNONYM` lines, tab-indented dates.

    Stems (words without a trailing `_`) are matched as whole words.
    """
    records: list[tuple[list[str], str, int]] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.split("#", 1)[0].rstrip().replace("\x1a", "")
            if not line.strip():
                continue
            if line.startswith("+"):
                if not records:
                    raise ValueError(f"{path}, line {number}: synonym before any actor")
                records[-1][0].append(line[1:].split("[", 1)[0])
            elif line[0].isspace():
                if not records:
                    raise ValueError(f"{path}, line {number}: code before any actor")
                phrases, codes, first = records[-1]
                records[-1] = (phrases, codes + " " + line.strip(), first)
            else:
                phrase, _, codes = line.partition("[")
                records.append(([phrase], "[" + codes if codes else "", number))
    entries = []
    for phrases, codes, number in records:
        default, dated = petrarch_codes(codes, f"{path}, record at line {number}")
        if default is None and not dated:
            continue
        forms = [petrarch_phrase(phrase) for phrase in phrases if phrase.strip().strip("_")]
        if not forms:
            continue
        actor = ActorName(name=forms[0], code=default, kind="dictionary", dated=dated)
        entries += [(form, actor) for form in forms]
    return entries


def read_petrarch_agents(path: Path) -> list[tuple[str, RoleWord]]:
    """A PETRARCH agent dictionary: `PHRASE {plural} [~CODE]`, with `!SET! = A, B` expansions.

    Only suffix codes (`~GOV`, appended to a country) become roles; prefix codes (`IGO~`) are
    skipped, since an agent here adds a role to a country found elsewhere in the phrase.
    """
    substitutions: dict[str, list[str]] = {}
    entries = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.split("#", 1)[0].strip()
            substitution = PETRARCH_SUBSTITUTION.match(line)
            if substitution:
                substitutions[substitution[1]] = [w.strip() for w in substitution[2].split(",")]
                continue
            agent = PETRARCH_AGENT.match(line)
            if not agent or not agent["code"].startswith("~"):
                continue
            code = agent["code"][1:].strip()
            for phrase in expand_substitutions(agent["phrase"], substitutions):
                words = petrarch_phrase(phrase).lower()
                role = RoleWord(words, code, title=False)
                plural = agent["plural"]
                entries.append((words, role))
                if plural is None:
                    entries.append((plural_of(words), role))
                elif plural.strip():
                    entries.append((petrarch_phrase(plural).lower(), role))
    return entries


def expand_substitutions(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    for name, members in substitutions.items():
        if name in phrase:
            return [
                expanded
                for member in members
                for expanded in expand_substitutions(phrase.replace(name, member, 1), substitutions)
            ]
    return [phrase]
