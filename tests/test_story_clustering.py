"""Clustering a collection at once gives the connected groups of all linked pairs, however the
collection is ordered, with dated and undated articles mixed."""

from __future__ import annotations

import random
from itertools import combinations

from eventwire.stories.clustering import Member, cluster, linked, story_id
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
