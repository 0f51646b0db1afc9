"""Blocks are the connected groups of all linked pairs, however a collection is ordered, with
dated and undated articles mixed; the stories of a block are decided over the whole group
(average link over the pair score), so one alike pair does not chain two happenings."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from itertools import combinations

import pytest

from eventwire.stories import clustering
from eventwire.stories.clustering import (
    ATTACH_THRESHOLD,
    STORY_THRESHOLD,
    Member,
    block_id,
    block_stories,
    blocks_of,
    cluster,
    linked,
    reading_order,
    stories_of,
    story_id,
    strong_stories,
)
from eventwire.stories.features import StoryFeatures, lead_terms, story_features
from eventwire.stories.pairs import Terms, pair_score, terms_of

WORDS = [f"word{n}" for n in range(40)]
NAMES = [f"name{n}" for n in range(15)]
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


def all_pairs(collection: list[Member], joined=linked) -> set[frozenset[str]]:
    """The connected groups of every pair `joined` accepts, compared one by one."""
    parent = {m.article_id: m.article_id for m in collection}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for a, b in combinations(collection, 2):
        if joined(a, b):
            parent[root(a.article_id)] = root(b.article_id)
    groups: dict[str, set[str]] = {}
    for member in collection:
        groups.setdefault(root(member.article_id), set()).add(member.article_id)
    return {frozenset(group) for group in groups.values()}


def test_blocks_are_the_connected_groups_and_stories_the_same_in_any_order() -> None:
    for seed in range(5):
        collection = members(seed)
        expected = all_pairs(collection)
        assert {
            frozenset(m.article_id for m in block)
            for block in blocks_of(sorted(collection, key=reading_order))
        } == expected
        assert len(expected) not in (1, len(collection))  # the check has something to decide
        shuffled = collection[:]
        random.Random(seed + 100).shuffle(shuffled)
        stories = cluster(collection)
        assert cluster(shuffled) == stories
        for story, group in stories.items():
            assert story == story_id(group)
            assert any({m.article_id for m in group} <= block for block in expected)


def told(title: str, text: str, names: list[str]) -> Member:
    """An undated article as clustering sees it, from the parts of an analysis it reads."""
    analysis = {
        "article": {"id": title, "title": title, "text": text},
        "entities": [{"name": name, "type": "GPE"} for name in names],
    }
    return Member(title, None, story_features(analysis))


def test_two_quakes_on_one_island_are_told_apart_by_their_numbers() -> None:
    """Outlets share a happening's year, magnitude and toll; another quake on the same island
    shares its place and its words, not its numbers: alike enough for one block, not for one
    story."""
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
    tellings, quake, again = (terms_of(m.features) for m in (first, second, later))
    assert linked(first, later), "one block: single link would chain the two quakes"
    assert pair_score(tellings, quake) >= STORY_THRESHOLD > pair_score(tellings, again)
    assert sorted(len(group) for group in cluster([later, second, first]).values()) == [1, 2]


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
    wire, daily, crane = (terms_of(m.features) for m in (STRIKE_WIRE, STRIKE_DAILY, CRANE_STOPPAGE))
    assert linked(STRIKE_WIRE, STRIKE_DAILY) and linked(STRIKE_DAILY, CRANE_STOPPAGE)
    assert pair_score(wire, daily) > pair_score(daily, crane)
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


def test_blocks_are_given_as_soon_as_no_later_article_can_join() -> None:
    """A rebuild holds one window of articles: a block comes out once the articles read have
    moved past its window, before the rest of the collection is read."""
    features = StoryFeatures(("name0", "name1"), (), (), (), (), tuple(WORDS[:6]), lead=WORDS[:4])
    days = [f"2025-{month:02d}-{day:02d}" for month in (1, 2, 3) for day in (1, 2, 3)]
    collection = [Member(f"a{n:02d}", day, features) for n, day in enumerate(days)]
    read: list[str] = []

    def reading() -> Iterator[Member]:
        for member in collection:
            read.append(member.article_id)
            yield member

    found = []
    for block, story, group in stories_of(reading()):
        found.append((len(read), [m.article_id for m in group]))
        assert (block, story) == (block_id(group), story_id(group))
    assert found == [
        (4, ["a00", "a01", "a02"]),
        (7, ["a03", "a04", "a05"]),
        (9, ["a06", "a07", "a08"]),
    ]
    assert {frozenset(group) for _, group in found} == {
        frozenset(m.article_id for m in group) for group in cluster(collection).values()
    }
    with pytest.raises(ValueError, match="a07: members not in reading order"):
        list(blocks_of(collection[::-1]))


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


def plain_member(name: str, day: str | None = None) -> Member:
    """An article whose index entry holds only its own name as a word."""
    return Member(name, day, StoryFeatures((), (), (), (), (), (name,)))


def table_score(table: dict[frozenset[str], float]):
    """A pair score read from a table of article pairs (named by their one word)."""

    def score(a: Terms, b: Terms) -> float:
        return table.get(frozenset(a.words | b.words), 0.0)

    return score


def groups_of(stories: list[list[Member]]) -> list[list[str]]:
    return [[member.article_id for member in story] for story in stories]


def test_one_alike_pair_does_not_chain_two_happenings_into_one_story() -> None:
    """Three tellings of each of two happenings, one pair across them as alike as a pair of
    one happening: single link over the score would make one story, average link two."""
    first, second = ["a1", "a2", "a3"], ["b1", "b2", "b3"]
    table = {frozenset(pair): 0.9 for group in (first, second) for pair in combinations(group, 2)}
    table[frozenset(("a3", "b1"))] = 0.8
    block = [plain_member(name) for name in second + first]
    assert groups_of(block_stories(block, table_score(table))) == [first, second]
    table.update({frozenset((a, b)): 0.65 for a in first for b in second})
    assert groups_of(block_stories(block, table_score(table))) == [first + second]


def test_a_small_group_joins_the_story_it_fits_best_from_the_attach_threshold() -> None:
    """A lone article whose pairs with a story average between the two thresholds joins it
    (an outlet's own angle on one happening); three such articles that agree among
    themselves are a story of their own."""
    story = ["s1", "s2", "s3"]
    table = {frozenset(pair): 0.9 for pair in combinations(story, 2)}
    middle = (ATTACH_THRESHOLD + STORY_THRESHOLD) / 2
    table.update({frozenset(("lone", name)): middle for name in story})
    block = [plain_member(name) for name in [*story, "lone"]]
    assert groups_of(block_stories(block, table_score(table))) == [["lone", *story]]
    others = ["o1", "o2", "o3"]
    table.update({frozenset(pair): 0.9 for pair in combinations(others, 2)})
    table.update({frozenset((a, b)): middle for a in story for b in others})
    block = [plain_member(name) for name in story + others]
    assert groups_of(block_stories(block, table_score(table))) == [others, story]
    pair = {frozenset(("p1", "p2")): middle}
    block = [plain_member("p1"), plain_member("p2")]
    assert groups_of(block_stories(block, table_score(pair))) == [["p1"], ["p2"]], (
        "two lone articles on one theme do not pair up below the story threshold"
    )


def test_pairs_published_too_far_apart_do_not_count_against_a_story() -> None:
    """Tellings a day apart chain through a fortnight: the mean counts only the pairs within
    the window of each other, as a link does."""
    days = ["2025-05-01", "2025-05-05", "2025-05-09", "2025-05-13"]
    names = [f"d{n}" for n in range(len(days))]
    table = {frozenset(pair): 0.9 for pair in combinations(names, 2)}
    block = [plain_member(name, day) for name, day in zip(names, days, strict=True)]
    assert groups_of(block_stories(block, table_score(table))) == [names]


def test_a_block_over_the_limit_is_cut_by_single_link_over_the_score(monkeypatch) -> None:
    """Average link costs the square of a block; past `BLOCK_LIMIT` articles a block's
    stories are the connected groups of its linked pairs that score `STORY_THRESHOLD`."""
    first, second = ["a1", "a2", "a3"], ["b1", "b2", "b3"]
    table = {frozenset(pair): 0.9 for group in (first, second) for pair in combinations(group, 2)}
    table[frozenset(("a3", "b1"))] = 0.8
    common = ("harbour", "strike", "union")
    block = [
        Member(name, None, StoryFeatures((), (), (), (), (), (name, *common)))
        for name in first + second
    ]

    def score(a: Terms, b: Terms) -> float:
        return table.get(frozenset((a.words | b.words) - set(common)), 0.0)

    assert groups_of(block_stories(block, score)) == [first, second]
    monkeypatch.setattr(clustering, "BLOCK_LIMIT", 5)
    assert groups_of(block_stories(block, score)) == [first + second]


def test_strong_stories_are_the_groups_of_all_strong_linked_pairs() -> None:
    """Over the limit, what `strong_stories` finds through its windowed term index is what
    comparing every pair would find, dated and undated articles mixed."""

    def strong(a: Member, b: Member) -> bool:
        score = pair_score(terms_of(a.features), terms_of(b.features))
        return linked(a, b) and score >= STORY_THRESHOLD

    for seed in range(3):
        collection = members(seed, 120)
        found = strong_stories(collection[::-1])
        assert {frozenset(m.article_id for m in group) for group in found} == all_pairs(
            collection, strong
        )
        assert 1 < len(found) < len(collection)
