"""Vocabulary of the news judgement: which role codes and names make an actor of public affairs,
and the words of subjects that are not public affairs (topic_words.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table


@dataclass(frozen=True)
class NewsVocabulary:
    topic_of_word: dict[str, str]
    """Lemma -> the subject it belongs to (sport, culture, consumer, cooking, science)."""


@loads("topic_words.tsv")
@lru_cache(maxsize=1)
def news_vocabulary() -> NewsVocabulary:
    return NewsVocabulary(
        topic_of_word={row["word"]: row["topic"] for row in read_table("topic_words.tsv")}
    )
