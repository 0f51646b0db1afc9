"""Clustering a collection at once gives the connected groups of all linked pairs, however the
collection is ordered, with dated and undated articles mixed."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from itertools import combinations

import pytest

from eventwire.stories.clustering import (
    LEAD_LINK_THRESHOLD,
    LINK_THRESHOLD,
    Member,
    cluster,
    linked,
    similarity,
    stories_of,
    story_id,
)
from eventwire.stories.features import StoryFeatures, lead_terms, story_features

WORDS = [f"word{n}" for n in range(12)]
NAMES = [f"name{n}" for n in range(6)]
NUMBERS = [str(n) for n in range(10, 16)]


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
            numbers=tuple(sorted(rng.sample(NUMBERS, rng.randint(0, 3)))),
            lead=tuple(sorted(rng.sample(WORDS[:4], rng.randint(0, 2)))),
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


def told(title: str, text: str, names: list[str]) -> Member:
    """An undated article as clustering sees it, from the parts of an analysis it reads."""
    analysis = {
        "article": {"id": title, "title": title, "text": text},
        "entities": [{"name": name, "type": "GPE"} for name in names],
    }
    return Member(title, None, story_features(analysis))


def test_two_quakes_on_one_island_are_told_apart_by_their_numbers() -> None:
    """Outlets share a happening's year, magnitude and toll; another quake on the same island
    shares its place and its words, not its numbers."""
    first = told(
        "Quake of 5.9 shakes Varesk Island",
        "A magnitude 5.9 earthquake shook Varesk Island in 2019, killing 12 villagers and "
        "damaging 340 homes, governor Lena Marsh said.",
        ["Varesk Island", "Lena Marsh", "Ostrava Bay"],
    )
    second = told(
        "Earthquake kills 12 on Varesk Island",
        "The 5.9 tremor struck the island in 2019. Rescuers found 12 dead and 340 homes "
        "damaged, governor Lena Marsh told the Red Crescent.",
        ["Varesk Island", "Lena Marsh", "Red Crescent"],
    )
    later = told(
        "Earthquake shakes Varesk Island again",
        "A magnitude 6.3 earthquake rocked Varesk Island in 2024; 3 fishermen were hurt and "
        "85 houses collapsed, mayor Tomas Kell said as Civil Defence teams arrived.",
        ["Varesk Island", "Tomas Kell", "Civil Defence"],
    )
    assert linked(first, second)
    assert not linked(first, later) and not linked(second, later)
    assert len(cluster([later, second, first])) == 2


def reported(title: str, text: str, organisations: list[str], places: list[str]) -> Member:
    """An undated article whose entities are mentioned where the text names them."""
    entities = [
        {
            "name": name,
            "type": kind,
            "mentions": [{"start": at.start(), "end": at.end()} for at in re.finditer(name, text)],
        }
        for kind, names in (("ORG", organisations), ("GPE", places))
        for name in names
    ]
    analysis = {"article": {"id": title, "title": title, "text": text}, "entities": entities}
    return Member(title, None, story_features(analysis))


STRIKE_WIRE = reported(
    "Dockworkers strike at Calvarra port",
    "Dockworkers walked off the job at the port of Calvarra on Monday, halting container "
    "traffic. The Harbour Workers Union wants a raise after three years of frozen pay. Wages at "
    "the docks rose twice in a decade while rents in the harbour district doubled, and younger "
    "crane operators have left for warehouse jobs inland. Union members voted for the walkout "
    "by a wide margin last month.",
    ["Harbour Workers Union"],
    ["Calvarra"],
)
STRIKE_DAILY = reported(
    "Calvarra port at a standstill",
    "A strike by dockworkers halted container traffic at the port of Calvarra on Monday. "
    "Shipping firm Norra Line said it would divert its vessels to Pellin, and fruit exporters "
    "warned that cargoes of melons and grapes would spoil within days. Insurers expect claims "
    "from importers waiting for machinery and medicine. Norra Line shares fell in morning "
    "trading.",
    ["Norra Line"],
    ["Calvarra", "Pellin"],
)
STRIKE_RADIO = reported(
    "Walkout stops Calvarra harbour",
    "Dockworkers at the port of Calvarra went on strike on Monday, halting container traffic. "
    "Opposition deputies blamed the transport minister for letting talks drift, and the "
    "governing coalition called for arbitration by a retired judge. Parliament will debate a "
    "reform of harbour concessions in the spring session.",
    [],
    ["Calvarra"],
)
CRANE_STOPPAGE = reported(
    "Pellin crane operators stop work",
    "Crane operators at Pellin stopped work on Thursday over a safety dispute after an accident "
    "injured two colleagues. Shipping firms said vessels bound for Pellin would wait offshore, "
    "and fruit exporters said cargoes of grapes could spoil. The Crane Guild wants new "
    "inspections before its members return.",
    ["Crane Guild"],
    ["Pellin"],
)


def test_outlets_whose_leads_tell_one_happening_link_where_the_rest_differs() -> None:
    """A wire's pay history and a daily's shipping losses share little beyond their first
    sentence, which tells the same strike; a stoppage at another port shares the daily's
    shipping paragraph, not its lead."""
    wire, daily = STRIKE_WIRE.features, STRIKE_DAILY.features
    assert LEAD_LINK_THRESHOLD <= similarity(wire, daily) < LINK_THRESHOLD
    assert linked(STRIKE_WIRE, STRIKE_DAILY)
    crane = CRANE_STOPPAGE.features
    assert LEAD_LINK_THRESHOLD <= similarity(daily, crane) < LINK_THRESHOLD
    assert not linked(STRIKE_DAILY, CRANE_STOPPAGE)
    stories = cluster([CRANE_STOPPAGE, STRIKE_RADIO, STRIKE_DAILY, STRIKE_WIRE])
    calvarra = [STRIKE_DAILY, STRIKE_WIRE, STRIKE_RADIO]
    assert sorted(sorted(m.article_id for m in group) for group in stories.values()) == [
        sorted(m.article_id for m in calvarra),
        [CRANE_STOPPAGE.article_id],
    ]


def test_the_lead_is_the_headline_and_first_sentence() -> None:
    """A copy of the headline opening the text is skipped, an abbreviation in the first words
    does not end the sentence, and a name counts only where the lead mentions it."""
    title = "Ferry runs aground off Tarvo"
    text = (
        f"{title}\n\nThe U.S. Coast Guard towed a ferry off a sandbar near Tarvo on Sunday. "
        "Harbourmaster Ivo Renn blamed the fog."
    )
    entities = [
        {"name": "Tarvo", "type": "GPE", "mentions": [{"start": text.rindex("Tarvo")}]},
        {"name": "Ivo Renn", "type": "PERSON", "mentions": [{"start": text.index("Ivo")}]},
    ]
    terms = lead_terms(title, text, entities)
    assert {"ferry", "aground", "coast", "guard", "towed", "sandbar", "tarvo", "sunday"} <= set(
        terms
    )
    assert not {"harbourmaster", "ivo renn", "fog"} & set(terms)


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


def test_a_name_ending_the_headline_line_is_the_same_name_in_the_body() -> None:
    text = "Storm floods Marrow Bay\n\nResidents of Marrow Bay were evacuated."
    analysis = {
        "article": {"id": "flood", "title": None, "text": text},
        "entities": [
            {"name": "Marrow Bay\n\n", "type": "GPE", "mentions": [{"start": 13}]},
            {"name": "Marrow  Bay", "type": "GPE", "mentions": [{"start": text.rindex("Marrow")}]},
        ],
    }
    features = story_features(analysis)
    assert features.names == ("marrow bay",)
    assert "marrow bay" in features.lead
