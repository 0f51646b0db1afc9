"""Clustering a collection at once gives the connected groups of all linked pairs, however the
collection is ordered, with dated and undated articles mixed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from itertools import combinations

import pytest

from eventwire.stories.clustering import Member, cluster, linked, stories_of, story_id
from eventwire.stories.features import StoryFeatures

WORDS = [f"word{n}" for n in range(12)]
NAMES = [f"name{n}" for n in range(6)]


def members(seed: int, count: int = 80) -> list[Member]:
    rng = random.Random(seed)
    found = []
    for number in range(count):
        features = StoryFeatures(
            names=tuple(sorted(rng.sample(NAMES, rng.randint(0, 2)))),
            actors=(),
            kinds=(),
            places=(),
            dates=(),
            words=tuple(sorted(rng.sample(WORDS, rng.randint(1, 4)))),
        )
        day = None if rng.random() < 0.1 else f"2025-01-{rng.randint(1, 31):02d}"
        found.append(Member(f"a{number:03d}", day, features))
    return found


def all_pairs(collection: list[Member]) -> set[frozenset[str]]:
    parent = {m.article_id: m.article_id for m in collection}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for a, b in combinations(collection, 2):
        if linked(a, b):
            parent[root(a.article_id)] = root(b.article_id)
    groups: dict[str, set[str]] = {}
    for member in collection:
        groups.setdefault(root(member.article_id), set()).add(member.article_id)
    return {frozenset(group) for group in groups.values()}


def test_cluster_is_the_connected_groups_in_any_order() -> None:
    for seed in range(5):
        collection = members(seed)
        expected = all_pairs(collection)
        shuffled = collection[:]
        random.Random(seed + 100).shuffle(shuffled)
        for ordering in (collection, shuffled):
            stories = cluster(ordering)
            assert {
                frozenset(m.article_id for m in group) for group in stories.values()
            } == expected
            for story, group in stories.items():
                assert story == story_id(group)
        assert len(expected) not in (1, len(collection))  # the check has something to decide


def test_stories_are_given_as_soon_as_no_later_article_can_join() -> None:
    """A rebuild holds one window of articles: a story comes out once the articles read have
    moved past its window, before the rest of the collection is read."""
    features = StoryFeatures(("name0",), (), (), (), (), ("word0", "word1"))
    days = [f"2025-{month:02d}-{day:02d}" for month in (1, 2, 3) for day in (1, 2, 3)]
    collection = [Member(f"a{n:02d}", day, features) for n, day in enumerate(days)]
    read: list[str] = []

    def reading() -> Iterator[Member]:
        for member in collection:
            read.append(member.article_id)
            yield member

    found = []
    for story, group in stories_of(reading()):
        found.append((len(read), [m.article_id for m in group]))
        assert story == story_id(group)
    assert found == [
        (4, ["a00", "a01", "a02"]),
        (7, ["a03", "a04", "a05"]),
        (9, ["a06", "a07", "a08"]),
    ]
    assert {frozenset(group) for _, group in found} == {
        frozenset(m.article_id for m in group) for group in cluster(collection).values()
    }
    with pytest.raises(ValueError, match="a07: members not in reading order"):
        list(stories_of(collection[::-1]))
