"""The story index entry of one article: what it is about, read from its stored analysis.

An entry is a few small sets (names, actor codes, event kinds, places, dates, salient words
and numbers, the terms of the lead) computed once when the article is stored, so matching a
new article against its candidates never re-reads text. Each set is a pure function of the
analysis: the same article gives the same entry in every database, whatever else it holds (no
corpus statistics).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

SALIENT_WORDS = 30
"""Words kept per article: the most frequent content words, ties in alphabetical order."""
HEADLINE_WEIGHT = 3
"""A headline word counts as this many body words: the headline says what the story is."""
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?!\w)")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s")
LEAD_MINIMUM = 20
"""Characters of body text before the first sentence may end ("U.S." or "Dr." in the first
words does not end the lead)."""
REPORTING_WORDS = frozenset(
    {"said", "says", "told", "according", "reported", "reports", "news", "officials", "year"}
)
"""Words every news story uses; they say nothing about which happening it reports."""


@dataclass(frozen=True)
class StoryFeatures:
    """An article's story index entry (sorted lists, so its JSON is stable)."""

    names: tuple[str, ...]
    actors: tuple[str, ...]
    kinds: tuple[str, ...]
    places: tuple[str, ...]
    dates: tuple[str, ...]
    words: tuple[str, ...]
    numbers: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, list[str]]:
        return {name: list(values) for name, values in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoryFeatures:
        return cls(**{name: shared(data.get(name) or ()) for name in cls.__dataclass_fields__})


def shared(values: Iterable[str]) -> tuple[str, ...]:
    """Values as one interned copy each: a rebuild holds every article's entry at once, and
    the same names and words recur across thousands of articles."""
    return tuple(sys.intern(value) for value in values)


def salient_words(title: str | None, text: str) -> tuple[str, ...]:
    """The article's most frequent content words, headline words weighted up."""
    written: Counter[str] = Counter(WORD.findall(text))
    for word in WORD.findall(title or ""):
        written[word] += HEADLINE_WEIGHT - 1
    counts: Counter[str] = Counter()
    for word, count in written.items():
        counts[_word_key(word)] += count
    kept = [(-count, word) for word, count in counts.items() if _is_content(word)]
    return tuple(sorted(word for _, word in sorted(kept)[:SALIENT_WORDS]))


def lead_end(title: str | None, text: str) -> int:
    """Where the text's first sentence ends, after a copy of the headline it may start with."""
    start = len(title.strip()) if title and text.startswith(title.strip()) else 0
    body = text[start:]
    found = SENTENCE_END.search(body, len(body) - len(body.lstrip()) + LEAD_MINIMUM)
    return start + (found.end() if found else len(body))


def lead_terms(title: str | None, text: str, entities: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    """The content words and names of the headline and first sentence: news states what
    happened first, so two leads that share their terms report one happening even where the
    rest of the articles (background, reactions) differs."""
    end = lead_end(title, text)
    words = {_word_key(word) for word in WORD.findall(f"{title or ''}\n{text[:end]}")}
    names = {
        _name_key(entity["name"])
        for entity in entities
        if entity.get("type") in NAMED_TYPES
        and entity.get("name")
        and any(mention["start"] < end for mention in entity.get("mentions") or ())
    }
    return tuple(sorted({word for word in words if _is_content(word)} | names))


def salient_numbers(title: str | None, text: str) -> tuple[str, ...]:
    """The article's most frequent numbers of two digits or more, or with a decimal point
    ("2008", "110", "5.9", "1,200" as "1200"): two happenings of one kind (two earthquakes,
    two heists) are told with different years, magnitudes and sums."""
    counts: Counter[str] = Counter()
    for found in NUMBER.findall(f"{title or ''}\n{text}"):
        number = found.replace(",", "")
        if len(number) > 1:
            counts[number] += 1
    kept = sorted((-count, number) for number, count in counts.items())[:SALIENT_WORDS]
    return tuple(sorted(number for _, number in kept))


def _name_key(name: str) -> str:
    """A name folded for comparison: lower case, one space between words (a name that ends a
    headline line may carry its line breaks)."""
    return " ".join(name.lower().split())


def _is_content(key: str) -> bool:
    return len(key) > 2 and key not in STOP_WORDS and key not in REPORTING_WORDS


def _word_key(word: str) -> str:
    """A word folded for comparison: lower case, possessive and plural 's' dropped."""
    word = word.lower().replace("’", "'").removesuffix("'s").strip("'-")
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def story_features(analysis: dict[str, Any]) -> StoryFeatures:
    """The index entry of an analysis in its JSON form (`Analysis.to_dict()`)."""
    article = analysis["article"]
    events = analysis.get("events") or []
    names = {
        _name_key(entity["name"])
        for entity in analysis.get("entities") or []
        if entity.get("type") in NAMED_TYPES and entity.get("name")
    }
    actors = {entity["actor"] for entity in analysis.get("entities") or [] if entity.get("actor")}
    actors |= {
        actor["code"]
        for event in events
        for role in ("source", "target")
        for actor in event.get(role) or []
        if actor.get("code")
    }
    places = {
        place["gazetteer_id"] or place["name"]
        for place in analysis.get("places") or []
        if place.get("role", "place") == "place"
        and (place.get("gazetteer_id") or place.get("name"))
    }
    dates = {
        event["date"]["value"]
        for event in events
        if event.get("date")
        and event["date"].get("source") != "published"
        and DAY.match(event["date"].get("value") or "")
    }
    title, text = article.get("title"), article.get("text") or ""
    return StoryFeatures(
        names=shared(sorted(names)),
        actors=shared(sorted(actors)),
        kinds=shared(sorted({event["cameo_root"] for event in events})),
        places=shared(sorted(places)),
        dates=shared(sorted(dates)),
        words=shared(salient_words(title, text)),
        numbers=shared(salient_numbers(title, text)),
        lead=shared(lead_terms(title, text, analysis.get("entities") or [])),
    )
