"""Which articles tell one story: a link between two articles depends on those two alone.

Two articles are linked when they were published within `WINDOW_DAYS` of each other (or
either is undated) and their index entries are similar enough; a story is a connected group of
linked articles. Because a link never depends on a third article or on the order articles
arrived in, adding articles one by one and clustering them all at once give the same stories:
a new article joins the stories it links to, merging them when it links to several.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from eventwire.records import content_hash
from eventwire.stories.features import StoryFeatures

WINDOW_DAYS = 7
"""Articles published further apart than this are never one story."""
WORD_WEIGHT = 0.4
NAME_WEIGHT = 0.4
NUMBER_WEIGHT = 0.2
LINK_THRESHOLD = 0.3
"""Tuned on the ECB+ dev topics (docs/stories.md): single links above it rarely join two
happenings of the same kind (two earthquakes, two arrests). Numbers alone (weight below the
threshold) never link two articles, so candidates need only share a name or a word."""


@dataclass(frozen=True)
class Member:
    """An article as clustering sees it: its id, publication day and index entry."""

    article_id: str
    published: str | None
    features: StoryFeatures

    @property
    def order(self) -> tuple[int, str, str]:
        """Earliest first: dated articles by day, then undated ones; ties by id."""
        return (self.published is None, self.published or "", self.article_id)


def overlap(left: Iterable[str], right: Iterable[str]) -> float:
    """Shared items over the geometric mean of the two set sizes (cosine of two sets)."""
    left, right = set(left), set(right)
    if not left or not right:
        return 0.0
    return len(left & right) / (len(left) * len(right)) ** 0.5


def similarity(a: StoryFeatures, b: StoryFeatures) -> float:
    return (
        WORD_WEIGHT * overlap(a.words, b.words)
        + NAME_WEIGHT * overlap(a.names, b.names)
        + NUMBER_WEIGHT * overlap(a.numbers, b.numbers)
    )


def within_window(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= WINDOW_DAYS


def linked(a: Member, b: Member) -> bool:
    return within_window(a.published, b.published) and (
        similarity(a.features, b.features) >= LINK_THRESHOLD
    )


def story_id(members: Iterable[Member]) -> str:
    """A story's id: derived from its earliest member, so any ingest order gives the same id."""
    earliest = min(members, key=lambda member: member.order)
    return content_hash("story", earliest.article_id, length=16)


def cluster(members: list[Member]) -> dict[str, list[Member]]:
    """Stories of a whole collection (story id -> members, earliest first): the connected
    groups of linked articles. Articles are taken earliest first and compared only with
    earlier ones that share a name or word and are still within the window (an inverted index
    that forgets what falls out of the window), so the work grows with the articles per window,
    not with the square of the collection. Undated articles, last, are compared with all."""
    ordered = sorted(members, key=lambda member: member.order)
    parent = list(range(len(ordered)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    recent: dict[str, deque[int]] = {}
    everything: dict[str, list[int]] = {}
    undated = [index for index, member in enumerate(ordered) if member.published is None]
    for index, member in enumerate(ordered):
        terms = _terms(member.features)
        candidates: set[int] = set()
        if member.published is None:
            for term in terms:
                candidates.update(everything.get(term, ()))
        else:
            for term in terms:
                postings = recent.setdefault(term, deque())
                while postings and not within_window(
                    ordered[postings[0]].published, member.published
                ):
                    postings.popleft()
                candidates.update(postings)
                postings.append(index)
        if undated:
            for term in terms:
                everything.setdefault(term, []).append(index)
        for other in sorted(candidates):
            if root(other) != root(index) and linked(member, ordered[other]):
                parent[root(other)] = root(index)
    groups: dict[int, list[Member]] = {}
    for index, member in enumerate(ordered):
        groups.setdefault(root(index), []).append(member)
    stories = {story_id(group): group for group in groups.values()}
    return dict(sorted(stories.items(), key=lambda item: item[1][0].order))


def _terms(features: StoryFeatures) -> set[str]:
    return {f"n:{name}" for name in features.names} | {f"w:{word}" for word in features.words}
