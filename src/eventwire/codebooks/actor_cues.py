"""Word lists of the actor and coreference stages: how a phrase names an actor, and who a
pronoun or a title refers to. English words are data, so these stages keep only grammar."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table, words_by_kind


@loads("actor_cues.tsv")
@lru_cache(maxsize=1)
def actor_cues() -> dict[str, frozenset[str]]:
    """Cue words by kind."""
    return words_by_kind("actor_cues.tsv", "kind", "cue")


@dataclass(frozen=True)
class CoreferenceCues:
    """The words of coreference_cues.tsv, by what coreference does with them."""

    pronoun_genders: dict[str, str]
    honorific_genders: dict[str, str]
    noun_genders: dict[str, str]
    """Nouns for one person that say their gender ("husband", "sister", "spokeswoman")."""
    thing_pronouns: frozenset[str]
    definite_determiners: frozenset[str]
    role_nouns: frozenset[str]
    same_offices: tuple[frozenset[str], ...]
    """Title words grouped by the office they name ("chief", "commander", "head")."""


@loads("coreference_cues.tsv")
@lru_cache(maxsize=1)
def coreference_cues() -> CoreferenceCues:
    rows = read_table("coreference_cues.tsv")
    offices: dict[str, set[str]] = {}
    for row in rows:
        if row["kind"] == "office_title":
            offices.setdefault(row["office"], set()).add(row["cue"])
    return CoreferenceCues(
        pronoun_genders={row["cue"]: row["gender"] for row in rows if row["kind"] == "pronoun"},
        honorific_genders={row["cue"]: row["gender"] for row in rows if row["kind"] == "honorific"},
        noun_genders={row["cue"]: row["gender"] for row in rows if row["kind"] == "gendered_noun"},
        thing_pronouns=frozenset(row["cue"] for row in rows if row["kind"] == "thing_pronoun"),
        definite_determiners=frozenset(
            row["cue"] for row in rows if row["kind"] == "definite_determiner"
        ),
        role_nouns=frozenset(row["cue"] for row in rows if row["kind"] == "role_noun"),
        same_offices=tuple(frozenset(titles) for titles in offices.values()),
    )


@dataclass(frozen=True)
class SettingRole:
    """A role domestic by nature; `abroad` where its people cross borders too (rebels)."""

    role: str
    abroad: bool


@loads("setting_roles.tsv")
@lru_cache(maxsize=1)
def setting_roles() -> dict[str, SettingRole]:
    """Role words domestic by nature ("police", "prosecutor", "mayor") -> their role."""
    return {
        row["phrase"]: SettingRole(row["role"], row["abroad"] == "yes")
        for row in read_table("setting_roles.tsv")
    }


@loads("state_descriptions.tsv")
@lru_cache(maxsize=1)
def state_descriptions() -> dict[str, str]:
    """Definite descriptions of a state or its organs ("the government") -> their role code
    ("" for the country itself)."""
    return {row["phrase"]: row["role"] or "" for row in read_table("state_descriptions.tsv")}


@loads("federations.tsv")
@lru_cache(maxsize=1)
def federations() -> frozenset[str]:
    """The codes of countries that are federations, where "federal" names the nation's own
    government and bodies."""
    return frozenset(row["code"] for row in read_table("federations.tsv"))


@loads("shared_body_names.tsv")
@lru_cache(maxsize=1)
def shared_body_names() -> dict[str, dict[str, str]]:
    """Names of US state bodies that other countries' press gives their own bodies
    ("Congress") -> the countries that do -> the role code of their body there."""
    names: dict[str, dict[str, str]] = {}
    for row in read_table("shared_body_names.tsv"):
        for country in row["countries"].split():
            names.setdefault(row["name"], {})[country] = row["role"]
    return names


@loads("party_names.tsv")
@lru_cache(maxsize=1)
def party_names() -> dict[str, str]:
    """Names of parties that do not name their country ("Democrats", "GOP"), as written ->
    the country whose party it is."""
    return {row["form"]: row["country"] for row in read_table("party_names.tsv")}


@loads("ethnic_groups.tsv")
@lru_cache(maxsize=1)
def ethnic_homes() -> dict[str, frozenset[str]]:
    """A word naming an ethnic or sectarian group ("shona", "kurds") -> the countries it is a
    native community of: candidates only, one of which its sentence must name."""
    return {
        form: frozenset(row["homes"].split())
        for row in read_table("ethnic_groups.tsv")
        for form in row["forms"].split("|")
    }


@loads("relational_nouns.tsv")
@lru_cache(maxsize=1)
def relational_nouns() -> dict[str, str]:
    """Lemmas of nouns naming people by their relation to another actor ("allies",
    "critics"): the actor named at the other end is not theirs. Each -> which words name that
    end: `any` (possessive, name before, "of" phrase) or `person` (a person named before)."""
    return {row["noun"]: row["other_end"] for row in read_table("relational_nouns.tsv")}


@loads("ethnic_minorities.tsv")
@lru_cache(maxsize=1)
def minority_homes() -> dict[str, frozenset[str]]:
    """The code a demonym gives ("ALB") -> the countries its people are a native minority of:
    candidates only, one of which their sentence must name."""
    return {
        row["people"]: frozenset(row["homes"].split())
        for row in read_table("ethnic_minorities.tsv")
    }
