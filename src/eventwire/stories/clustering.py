"""Which articles tell one story: blocks of alike articles, and the stories decided in each.

Two articles are linked when they were published within `WINDOW_DAYS` of each other (or
either is undated) and their index entries are alike enough (`BLOCK_THRESHOLD`); a **block**
is a connected group of linked articles. A link depends on its two articles alone, so blocks
are the same whatever order articles arrive in, and only grow. Single link over such pairs
chains two happenings of one kind (two quakes on one island) through any one alike pair, so
the stories of a block are decided over the whole group (`block_stories`): average link over
the learned pair score (`stories.pairs`). A block's stories are a function of its members
alone: adding articles one by one and clustering them all at once give the same stories, and a
new article re-clusters only its block (whose stories may split as well as merge).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np

from eventwire.records import content_hash
from eventwire.stories.features import StoryFeatures
from eventwire.stories.pairs import Terms, overlap, pair_score, terms_of

WINDOW_DAYS = 7
"""Articles published further apart than this are never one story."""
WORD_WEIGHT = 0.4
NAME_WEIGHT = 0.4
NUMBER_WEIGHT = 0.2
BLOCK_THRESHOLD = 0.21
"""Articles at least this alike (`similarity`) are in one block. Above `NUMBER_WEIGHT`, so
linked articles share a name or a word (what candidates are found by). Chosen on the ECB+
dev topics by leave-topics-out cross-validation (docs/stories.md): low enough that a block
holds nearly every article of its story, so the stories are decided inside it."""
STORY_THRESHOLD = 0.6
"""Two groups of a block join while the mean pair score between them reaches this."""
SMALL_GROUP = 2
ATTACH_THRESHOLD = 0.3
"""...then a group of at most `SMALL_GROUP` articles (a short article, an outlet's own angle)
joins the larger group it scores best with on average from this (both chosen with
`STORY_THRESHOLD` by cross-validation on the ECB+ dev topics and a look at the VOA feed,
where letting small groups pair up joined articles on one theme)."""
BLOCK_LIMIT = 150
"""A block of more articles than this (a war, a campaign told for weeks) is not clustered by
average link, whose cost grows with the square of the block: its stories are the connected
groups of its linked pairs that score `STORY_THRESHOLD` (single link over the pair score),
whose cost grows with its links."""


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
    """Whether two articles are in one block."""
    return within_window(a.published, b.published) and (
        similarity(a.features, b.features) >= BLOCK_THRESHOLD
    )


def story_id(members: Iterable[Member]) -> str:
    """A story's id: derived from its earliest member, so any ingest order gives the same id."""
    return _earliest_id("story", members)


def block_id(members: Iterable[Member]) -> str:
    """A block's id, derived from its earliest member as a story's is."""
    return _earliest_id("block", members)


def _earliest_id(kind: str, members: Iterable[Member]) -> str:
    earliest = min(members, key=lambda member: member.order)
    return content_hash(kind, earliest.article_id, length=16)


def find_root(parent: list[int] | dict[int, int], node: int) -> int:
    """The root of a node in a union-find forest, halving the path on the way."""
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def reading_order(member: Member) -> tuple[bool, str, str]:
    """The order `stories_of` takes members in: undated ones first, then by day; ties by id."""
    return (member.published is not None, member.published or "", member.article_id)


def cluster(members: list[Member]) -> dict[str, list[Member]]:
    """Stories of a whole collection (story id -> members, earliest first)."""
    stories = stories_of(sorted(members, key=reading_order))
    return dict(sorted(((story, group) for _, story, group in stories), key=_earliest))


def _earliest(item: tuple[str, list[Member]]) -> tuple[int, str, str]:
    return item[1][0].order


def stories_of(members: Iterable[Member]) -> Iterator[tuple[str, str, list[Member]]]:
    """(block id, story id, members earliest first) of every story of members given in
    `reading_order`, each block's as soon as no later member can join the block."""
    for block in blocks_of(members):
        key = block_id(block)
        for story in block_stories(block):
            yield key, story_id(story), story


Score = Callable[[Terms, Terms], float]


def block_stories(members: list[Member], score: Score = pair_score) -> list[list[Member]]:
    """The stories of one block, each earliest first, earliest story first: a function of the
    member set alone (pairs are scored in the members' order, ties go to the earlier pair).
    Only pairs published within the window of each other are compared."""
    if len(members) > BLOCK_LIMIT:
        return strong_stories(members, score)
    ordered = sorted(members, key=lambda member: member.order)
    terms = [terms_of(member.features) for member in ordered]
    count = len(ordered)
    scores, compared = np.zeros((count, count)), np.zeros((count, count))
    for a, first in enumerate(ordered):
        for b in range(a + 1, count):
            if within_window(first.published, ordered[b].published):
                scores[a, b] = scores[b, a] = score(terms[a], terms[b])
                compared[a, b] = compared[b, a] = 1
    return _as_stories(ordered, average_link(scores, compared))


def _as_stories(ordered: list[Member], groups: list[list[int]]) -> list[list[Member]]:
    return sorted(([ordered[node] for node in sorted(group)] for group in groups), key=_first)


def _first(group: list[Member]) -> tuple[int, str, str]:
    return group[0].order


def average_link(scores: np.ndarray, compared: np.ndarray) -> list[list[int]]:
    """Groups of the nodes of a symmetric score matrix, where `compared` marks the pairs that
    count (1) and those that do not (0: published too far apart): the two groups with the
    highest mean score over their counted pairs join while it reaches `STORY_THRESHOLD`;
    after that, a group of at most `SMALL_GROUP` nodes joins the larger group it has the
    highest mean with, from `ATTACH_THRESHOLD`. Ties go to the pair of lowest node numbers."""
    count = len(scores)
    sums, pairs = scores.astype(float), compared.astype(float)
    size, alive = np.ones(count), np.ones(count, dtype=bool)
    groups = {node: [node] for node in range(count)}
    upper = np.triu(np.ones((count, count), dtype=bool), 1)
    while len(groups) > 1:
        open_pairs = upper & np.outer(alive, alive) & (pairs > 0)
        means = np.where(open_pairs, sums / np.maximum(pairs, 1), -1.0)
        a, b = np.unravel_index(int(np.argmax(means)), means.shape)
        if means[a, b] < STORY_THRESHOLD:
            small = size <= SMALL_GROUP
            means = np.where(np.logical_xor.outer(small, small), means, -1.0)
            a, b = np.unravel_index(int(np.argmax(means)), means.shape)
            if means[a, b] < ATTACH_THRESHOLD:
                break
        for matrix in (sums, pairs):
            matrix[a] += matrix[b]
            matrix[:, a] += matrix[:, b]
        size[a] += size[b]
        alive[b] = False
        groups[int(a)] += groups.pop(int(b))
    return list(groups.values())


def strong_stories(members: list[Member], score: Score = pair_score) -> list[list[Member]]:
    """The connected groups of the members' linked pairs that score `STORY_THRESHOLD`: the
    stories of a block over `BLOCK_LIMIT` articles, at a cost that grows with its links.
    Such stories only merge as articles arrive, so the incremental path keeps them without
    reading the block (`build.add_member`)."""
    ordered = sorted(members, key=reading_order)
    terms = [terms_of(member.features) for member in ordered]
    parent = list(range(len(ordered)))
    index = WindowIndex()
    for node, member in enumerate(ordered):
        for other in sorted(index.read(node, member)):
            if (
                find_root(parent, node) != find_root(parent, other)
                and linked(member, ordered[other])
                and score(terms[node], terms[other]) >= STORY_THRESHOLD
            ):
                parent[find_root(parent, node)] = find_root(parent, other)
    groups: dict[int, list[Member]] = {}
    for node, member in enumerate(ordered):
        groups.setdefault(find_root(parent, node), []).append(member)
    return sorted(
        (sorted(group, key=lambda member: member.order) for group in groups.values()), key=_first
    )


class WindowIndex:
    """Which members read so far share a name or word with the next one and lie within its
    window: an inverted index that forgets what falls out of the window.

    Members are read in `reading_order` (undated first, then by day), so a dated member out
    of the window of the day being read can pair with none read later and is dropped for
    good: memory holds one window's members, not the collection's. Undated members are
    within every window and are all kept."""

    def __init__(self) -> None:
        self.dated: dict[str, deque[int]] = {}
        self.undated: dict[str, list[int]] = {}
        self.days: deque[tuple[str, set[str]]] = deque()
        self.day: str | None = None

    def read(self, node: int, member: Member) -> set[int]:
        """The nodes read before `node` that share a term with it, within its window; then
        `node` itself is indexed."""
        if member.published is not None and member.published != self.day:
            if self.day is not None and member.published < self.day:
                raise ValueError(f"article {member.article_id}: members not in reading order")
            self.day = member.published
            while self.days and not within_window(self.days[0][0], self.day):
                _, gone = self.days.popleft()
                for term in gone:
                    self.dated[term].popleft()
                    if not self.dated[term]:
                        del self.dated[term]
        terms = _terms(member.features)
        candidates: set[int] = set()
        for term in terms:
            candidates.update(self.undated.get(term, ()))
            candidates.update(self.dated.get(term, ()))
        if member.published is None:
            for term in terms:
                self.undated.setdefault(term, []).append(node)
        else:
            for term in terms:
                self.dated.setdefault(term, deque()).append(node)
            self.days.append((member.published, terms))
        return candidates


@dataclass
class OpenBlock:
    """A group of linked articles that a later article may still join."""

    members: list[Member]
    nodes: list[int]
    last_day: str | None
    has_undated: bool


def blocks_of(members: Iterable[Member]) -> Iterator[list[Member]]:
    """The blocks (members earliest first) of members given in `reading_order`, each as soon
    as no later member can join it, so memory holds one window's articles, not the
    collection's.

    Each member is compared only with the members that share a name or word with it and are
    within the window of its day, or undated (`WindowIndex`). A block is finished once its
    last day is out of the window of the day being read; a block with an undated member
    stays open to the end (an undated article is within every window), so undated
    articles, rare in news, are all held."""
    parent: dict[int, int] = {}
    open_blocks: dict[int, OpenBlock] = {}
    held: dict[int, Member] = {}
    index = WindowIndex()

    def finished(node: int) -> list[Member]:
        block = open_blocks.pop(node)
        for done in block.nodes:
            del parent[done], held[done]
        return sorted(block.members, key=lambda member: member.order)

    for node, member in enumerate(members):
        day = index.day
        candidates = index.read(node, member)
        if index.day != day:
            for closed in [
                top
                for top, block in open_blocks.items()
                if not block.has_undated and not within_window(block.last_day, index.day)
            ]:
                yield finished(closed)
        parent[node], held[node] = node, member
        open_blocks[node] = OpenBlock([member], [node], member.published, member.published is None)
        for other in sorted(candidates):
            mine, theirs = find_root(parent, node), find_root(parent, other)
            if mine != theirs and linked(member, held[other]):
                big, small = sorted((mine, theirs), key=lambda top: -len(open_blocks[top].members))
                parent[small] = big
                joining, block = open_blocks.pop(small), open_blocks[big]
                block.members += joining.members
                block.nodes += joining.nodes
                block.last_day = max(
                    (d for d in (block.last_day, joining.last_day) if d), default=None
                )
                block.has_undated = block.has_undated or joining.has_undated
    for top in list(open_blocks):
        yield finished(top)


def _terms(features: StoryFeatures) -> set[str]:
    return {f"n:{name}" for name in features.names} | {f"w:{word}" for word in features.words}
