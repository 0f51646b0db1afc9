"""Vocabulary of the news judgement: which role codes and names make an actor of public affairs,
and the words of subjects that are not public affairs (topic_words.tsv); the words of an
election campaign and of force (campaign_words.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.codebooks import loads, read_table, words_by_kind


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


@dataclass(frozen=True)
class CampaignWords:
    campaign: frozenset[str]
    """Lemmas that make a story one of an election campaign when it names them often."""
    force: frozenset[str]
    """Lemmas of force (a weapon, a casualty, an armed or police actor): where one is in the
    sentence, an attack in a campaign story is one in arms."""


@loads("campaign_words.tsv")
@lru_cache(maxsize=1)
def campaign_words() -> CampaignWords:
    kinds = words_by_kind("campaign_words.tsv", "kind", "word")
    return CampaignWords(campaign=kinds["campaign"], force=kinds["force"])
