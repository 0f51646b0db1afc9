"""The words that make a statement an accusation (accusation_words.tsv): the verbs of saying
whose content is the speaker's own charge, and the wrongs and wrongdoers that content names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table

WordKey = tuple[str, str, str | None]
"""(part, head lemma, the word that must hang on the head or None): ("verb", "rip", "off")."""


@dataclass(frozen=True)
class AccusationWords:
    """Lemmas by what they do in an accusation; a wrong or a wrongdoer maps to its CAMEO code."""

    speech_verbs: frozenset[str]
    wrongs: dict[WordKey, str]
    wrongdoers: dict[WordKey, str]
    hedges: frozenset[str]
    harms: frozenset[str]
    attempts: frozenset[str]

    def heads(self) -> frozenset[str]:
        """Every head lemma of a wrong or a wrongdoer: where to look in a parse."""
        return frozenset(head for _, head, _ in self.wrongs.keys() | self.wrongdoers.keys())


@loads("accusation_words.tsv")
@lru_cache(maxsize=1)
def accusation_words() -> AccusationWords:
    plain: dict[str, set[str]] = {
        "speech_verb": set(),
        "hedge": set(),
        "harm": set(),
        "attempt": set(),
    }
    kinds: dict[str, dict[WordKey, str]] = {"wrong": {}, "wrongdoer": {}}
    for row in read_table("accusation_words.tsv"):
        if row["kind"] in plain:
            plain[row["kind"]].add(row["word"])
            continue
        words = row["word"].split()
        if len(words) == 1:
            key = (row["part"], words[0], None)
        elif row["part"] in {"verb", "adjective"}:
            key = (row["part"], words[0], words[1])
        else:
            key = ("noun", words[1], words[0])
        kinds[row["kind"]][key] = row["code"]
    return AccusationWords(
        frozenset(plain["speech_verb"]),
        kinds["wrong"],
        kinds["wrongdoer"],
        frozenset(plain["hedge"]),
        frozenset(plain["harm"]),
        frozenset(plain["attempt"]),
    )
