"""Loader of the words that decide which time expression dates an event."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads
from eventwire.codebooks.events import read_yaml


@dataclass(frozen=True)
class DateCues:
    concurrent_prepositions: frozenset[str]
    naming_prepositions: frozenset[tuple[str, str]]
    period_words: frozenset[str]
    period_prepositions: frozenset[str]
    anterior_adverbs: frozenset[str]
    phase_verbs: frozenset[str]
    occasion_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    reaction_verbs: frozenset[str]
    ongoing_modifiers: frozenset[str]
    aftermath_nouns: frozenset[str]
    onset_phrases: frozenset[tuple[str, str]]
    holding_verbs: frozenset[str]
    offset_prepositions: dict[str, int]
    """Preposition -> -1 (the event is that span before its clause's time) or +1 (after)."""
    teller_pronouns: frozenset[str]
    relative_directions: dict[str, int]
    """Last word of a span from the story's time -> +1 (after it) or -1 (before)."""
    since_a_time_told: frozenset[str]
    """Phrases, lower case, of an act going on since a time told before ("since then")."""
    at_a_time_told: frozenset[str]
    """Phrases, lower case, of an act done at a time told before ("at the time")."""
    place_told_before: frozenset[str]
    """Adverbs, lower case, of a place told before, opening a sentence ("There, ...")."""
    charge_verbs: frozenset[str]
    standing_verbs: frozenset[str]


@loads("date_cues.yaml")
@lru_cache(maxsize=1)
def date_cues() -> DateCues:
    data = read_yaml("date_cues.yaml")
    return DateCues(
        concurrent_prepositions=frozenset(data["concurrent_prepositions"]),
        naming_prepositions=frozenset(data["naming_prepositions"].items()),
        period_words=frozenset(data["period_words"]),
        period_prepositions=frozenset(data["period_prepositions"]),
        anterior_adverbs=frozenset(data["anterior_adverbs"]),
        phase_verbs=frozenset(data["phase_verbs"]),
        occasion_prepositions=frozenset(data["occasion_prepositions"]),
        topic_prepositions=frozenset(data["topic_prepositions"]),
        reaction_verbs=frozenset(data["reaction_verbs"]),
        ongoing_modifiers=frozenset(data["ongoing_modifiers"]),
        aftermath_nouns=frozenset(data["aftermath_nouns"]),
        onset_phrases=frozenset(
            (verb, word) for verb, words in data["onset_phrases"].items() for word in words
        ),
        holding_verbs=frozenset(data["holding_verbs"]),
        offset_prepositions={word: int(sign) for word, sign in data["offset_prepositions"].items()},
        teller_pronouns=frozenset(data["teller_pronouns"]),
        since_a_time_told=frozenset(data["since_a_time_told"]),
        at_a_time_told=frozenset(data["at_a_time_told"]),
        place_told_before=frozenset(data["place_told_before"]),
        charge_verbs=frozenset(data["charge_verbs"]),
        standing_verbs=frozenset(data["standing_verbs"]),
        relative_directions={word: int(sign) for word, sign in data["relative_directions"].items()},
    )
