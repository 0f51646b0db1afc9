"""Which articles tell one story: a link between two articles depends on those two alone.

Two articles are linked when they were published within `WINDOW_DAYS` of each other (or
either is undated) and their index entries are similar enough, or a little less similar with
leads that tell the same thing; a story is a connected group of
linked articles. Because a link never depends on a third article or on the order articles
arrived in, adding articles one by one and clustering them all at once give the same stories:
a new article joins the stories it links to, merging them when it links to several.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
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
LEAD_OVERLAP = 0.4
"""Two leads (headline and first sentence) sharing this much of their terms tell one
happening..."""
LEAD_LINK_THRESHOLD = 0.21
"""...so they link at this weaker similarity of the whole articles (both tuned on ECB+ dev:
outlets add different background to one lead). Above `NUMBER_WEIGHT`, so such a pair too
shares a name or a word."""


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
    if not within_window(a.published, b.published):
        return False
    found = similarity(a.features, b.features)
    return found >= LINK_THRESHOLD or (
        found >= LEAD_LINK_THRESHOLD and overlap(a.features.lead, b.features.lead) >= LEAD_OVERLAP
    )


def story_id(members: Iterable[Member]) -> str:
    """A story's id: derived from its earliest member, so any ingest order gives the same id."""
    earliest = min(members, key=lambda member: member.order)
    return content_hash("story", earliest.article_id, length=16)


def reading_order(member: Member) -> tuple[bool, str, str]:
    """The order `stories_of` takes members in: undated ones first, then by day; ties by id."""
    return (member.published is not None, member.published or "", member.article_id)


def cluster(members: list[Member]) -> dict[str, list[Member]]:
    """Stories of a whole collection (story id -> members, earliest first): the connected
    groups of linked articles."""
    stories = stories_of(sorted(members, key=reading_order))
    return dict(sorted(stories, key=lambda item: item[1][0].order))


@dataclass
class OpenStory:
    """A group of linked articles that a later article may still join."""

    members: list[Member]
    nodes: list[int]
    last_day: str | None
    has_undated: bool


def stories_of(members: Iterable[Member]) -> Iterator[tuple[str, list[Member]]]:
    """The stories (id, members earliest first) of members given in `reading_order`, each as
    soon as no later member can join it, so memory holds one window's articles, not the
    collection's.

    Each member is compared only with the members that share a name or word with it and are
    within the window of its day, or undated (an inverted index that forgets what falls out
    of the window). A story is finished once its last day is out of the window of the day
    being read; a story with an undated member stays open to the end (an undated article is
    within every window), so undated articles, rare in news, are all held."""
    parent: dict[int, int] = {}
    open_stories: dict[int, OpenStory] = {}
    held: dict[int, Member] = {}
    postings: dict[str, deque[int]] = {}
    undated_postings: dict[str, list[int]] = {}
    window: deque[tuple[str, set[str]]] = deque()
    day: str | None = None

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def finished(node: int) -> tuple[str, list[Member]]:
        story = open_stories.pop(node)
        for done in story.nodes:
            del parent[done], held[done]
        story.members.sort(key=lambda member: member.order)
        return story_id(story.members), story.members

    for node, member in enumerate(members):
        if member.published is not None and member.published != day:
            if day is not None and member.published < day:
                raise ValueError(f"article {member.article_id}: members not in reading order")
            day = member.published
            while window and not within_window(window[0][0], day):
                _, terms = window.popleft()
                for term in terms:
                    postings[term].popleft()
                    if not postings[term]:
                        del postings[term]
            for closed in [
                top
                for top, story in open_stories.items()
                if not story.has_undated and not within_window(story.last_day, day)
            ]:
                yield finished(closed)
        terms = _terms(member.features)
        candidates: set[int] = set()
        for term in terms:
            candidates.update(undated_postings.get(term, ()))
        if member.published is None:
            for term in terms:
                undated_postings.setdefault(term, []).append(node)
        else:
            for term in terms:
                found = postings.setdefault(term, deque())
                candidates.update(found)
                found.append(node)
            window.append((member.published, terms))
        parent[node], held[node] = node, member
        open_stories[node] = OpenStory([member], [node], member.published, member.published is None)
        for other in sorted(candidates):
            mine, theirs = root(node), root(other)
            if mine != theirs and linked(member, held[other]):
                big, small = sorted((mine, theirs), key=lambda top: -len(open_stories[top].members))
                parent[small] = big
                joining, story = open_stories.pop(small), open_stories[big]
                story.members += joining.members
                story.nodes += joining.nodes
                story.last_day = max(
                    (d for d in (story.last_day, joining.last_day) if d), default=None
                )
                story.has_undated = story.has_undated or joining.has_undated
    for top in list(open_stories):
        yield finished(top)


def _terms(features: StoryFeatures) -> set[str]:
    return {f"n:{name}" for name in features.names} | {f"w:{word}" for word in features.words}
