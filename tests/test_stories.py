"""Stories: the same articles in any order give the same stories, events and discrepancies,
and `restory` gives what ingesting one by one gave. Fixtures: three invented outlets report
one invented clash with different death tolls, days and attributions; two unrelated articles;
(denial.jsonl) three outlets on one arrest, one of them reporting a denial; and (actors.jsonl)
outlets that blame different armies for one shelling, two groups that each claim one bombing,
and three outlets that name one seizer in different words."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwire import analyze_many
from eventwire.cli import main
from eventwire.filters import Filters
from eventwire.ingest import ingest
from eventwire.readers.sources import read_sources
from eventwire.records import Analysis, Article
from eventwire.store import Store
from eventwire.store import stories as story_tables_module
from eventwire.store.schema import SCHEMA, SCHEMA_VERSION
from eventwire.stories import build as story_build_module
from eventwire.stories import clustering as clustering_module
from eventwire.stories.build import add_article, restory
from eventwire.stories.show import find_stories, story

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "clash.jsonl"
CLASH_OUTLETS = ["Harbour Times", "Northern Ledger", "Valley Wire"]


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    return list(analyze_many(item for item in read_sources([str(FIXTURE)])))


def story_tables(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("story_index", "stories", "story_events", "discrepancies")
        }


def stored_in_order(path: Path, analyses: list[Analysis]) -> None:
    with Store(path) as store:
        for analysis in analyses:
            assert store.add(analysis)
            add_article(store, analysis.to_dict())


def clash(store: Store) -> dict:
    (found,) = [s for s in find_stories(store, Filters()) if len(s["articles"]) > 1]
    return story(store, found["id"])


def test_any_order_and_restory_give_the_same_stories(tmp_path, analyses) -> None:
    forward, backward = tmp_path / "forward.db", tmp_path / "backward.db"
    stored_in_order(forward, analyses)
    stored_in_order(backward, analyses[::-1])
    incremental = story_tables(forward)
    assert incremental == story_tables(backward)
    with Store(forward) as store:
        assert restory(store) == 3
    assert story_tables(forward) == incremental
    assert len(incremental["stories"]) == 3


def test_restory_with_undated_articles_gives_what_ingest_gave(tmp_path, analyses) -> None:
    """An undated article is within every window: restory reads them first and keeps their
    stories open to the end."""
    undated = [
        dataclasses.replace(a, article=dataclasses.replace(a.article, published=None))
        if a.article.outlet in ("Valley Wire", "Orsk Daily")
        else a
        for a in analyses
    ]
    stored_in_order(tmp_path / "u.db", undated)
    incremental = story_tables(tmp_path / "u.db")
    assert None in {row[1] for row in incremental["story_index"]}
    with Store(tmp_path / "u.db") as store:
        assert restory(store) == 3
    assert story_tables(tmp_path / "u.db") == incremental


def copied(analyses: list[Analysis], copies: int, spacing_days: int) -> list[Analysis]:
    """The fixture articles again under new ids, copy k published `spacing_days` × k later."""
    return [
        dataclasses.replace(
            a,
            article=dataclasses.replace(
                a.article,
                id=f"{a.article.id}-{k}",
                published=(
                    date.fromisoformat(a.article.published) + timedelta(days=spacing_days * k)
                ).isoformat(),
            ),
        )
        for k in range(copies)
        for a in analyses
    ]


def test_a_long_story_gives_the_same_records_in_any_order(tmp_path, analyses, monkeypatch) -> None:
    """Copies of the clash six days apart chain into one story of three weeks, longer than a
    story event's window: ingest in three orders and restory, reading and writing two articles
    at a time, give the same bytes, and the killing told three weeks on is another event."""
    long = copied(analyses, 4, 6)
    orders = {"forward": long, "backward": long[::-1], "interleaved": long[::2] + long[1::2]}
    tables = {}
    for name, order in orders.items():
        stored_in_order(tmp_path / f"{name}.db", order)
        tables[name] = story_tables(tmp_path / f"{name}.db")
    assert tables["backward"] == tables["forward"] == tables["interleaved"]
    monkeypatch.setattr(story_tables_module, "CHUNK", 2)
    monkeypatch.setattr(story_build_module, "REBUILD_BATCH", 2)
    with Store(tmp_path / "forward.db") as store:
        restory(store)
        longest = max(find_stories(store, Filters()), key=lambda found: len(found["articles"]))
        detail = story(store, longest["id"])
    assert story_tables(tmp_path / "forward.db") == tables["forward"]
    assert len(detail["story"]["articles"]) == 12
    killings = [
        event
        for event in detail["story_events"]
        if event["target"] and event["target"][0]["value"] == "soldiers"
    ]
    assert {event["mentions"][0]["published"] for event in killings} == {
        "2025-03-04",
        "2025-03-22",
    }
    for event in detail["story_events"]:
        days = sorted(date.fromisoformat(m["published"][:10]) for m in event["mentions"])
        assert (days[-1] - days[0]).days <= 14


def test_three_outlets_one_story_unrelated_articles_alone(tmp_path, analyses) -> None:
    stored_in_order(tmp_path / "s.db", analyses)
    with Store(tmp_path / "s.db") as store:
        stories = find_stories(store, Filters())
        sizes = sorted(len(s["articles"]) for s in stories)
        detail = clash(store)
        choir = next(s for s in stories if s["title"].startswith("Choir"))
        assert story(store, choir["id"])["story_events"] == []
    assert sizes == [1, 1, 3]
    assert detail["story"]["outlets"] == CLASH_OUTLETS
    earliest = min(detail["story"]["articles"])  # two articles share the first day
    assert detail["story"]["articles"][0] == earliest


def test_killings_are_one_story_event_with_their_discrepancies(tmp_path, analyses) -> None:
    stored_in_order(tmp_path / "s.db", analyses)
    with Store(tmp_path / "s.db") as store:
        detail = clash(store)
    killed = [
        e for e in detail["story_events"] if e["target"] and e["target"][0]["value"] == "soldiers"
    ]
    shared = [e for e in killed if e["outlets"] == CLASH_OUTLETS]
    assert len(shared) == 1
    event = shared[0]
    assert event["cameo"] == [{"value": "190", "count": 3}]
    assert event["source"] == [{"value": "rebels", "count": 3}]
    found = {
        (d["field"], d["about"]): d
        for d in detail["discrepancies"]
        if d["story_event_id"] == event["id"]
    }
    assert set(found) == {("quantity", "soldiers"), ("date", None), ("attribution", None)}
    counts = {
        side["value"]: sorted(e["outlet"] for e in side["evidence"])
        for side in found["quantity", "soldiers"]["sides"]
    }
    assert counts == {"12": ["Harbour Times", "Northern Ledger"], "14": ["Valley Wire"]}
    days = {
        side["value"]: sorted((e["outlet"], e["text"]) for e in side["evidence"])
        for side in found["date", None]["sides"]
    }
    assert days == {
        "2025-03-02": [("Harbour Times", "Sunday")],
        "2025-03-03": [("Northern Ledger", "Monday"), ("Valley Wire", "Monday")],
    }, "each outlet's killing is one event, its headline's words with its lead's date"
    for discrepancy in detail["discrepancies"]:
        for side in discrepancy["sides"]:
            for where in side["evidence"]:
                text = next(a for a in analyses if a.article.id == where["article_id"]).article.text
                assert text[where["start"] : where["end"]] == where["text"]


def test_outlets_that_agree_have_no_discrepancy(tmp_path, analyses) -> None:
    agreeing = [a for a in analyses if a.article.outlet != "Valley Wire"]
    stored_in_order(tmp_path / "s.db", agreeing)
    with Store(tmp_path / "s.db") as store:
        detail = clash(store)
    assert {d["field"] for d in detail["discrepancies"]} <= {"date", "attribution"}
    assert not [d for d in detail["discrepancies"] if d["field"] == "quantity"]


def test_ingest_updates_stories_and_commands_show_them(tmp_path, capsys) -> None:
    db = str(tmp_path / "cli.db")
    with Store(db) as store:
        summary = ingest(read_sources([str(FIXTURE)]), store)
    assert summary.stored == 5
    assert main(["stories", "--db", db, "--format", "json", "--since", "2025-03-05"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(len(s["articles"]) for s in listed) == [1, 3]
    clash_id = next(s["id"] for s in listed if len(s["articles"]) == 3)
    assert main(["stories", "--db", db, "--outlet", "orsk daily", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("story,first,last") and len(rows) == 2
    assert main(["story", clash_id, "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "quantity (soldiers)" in shown and "«14 soldiers»" in shown
    assert "Northern Ledger: Rebels kill 12 soldiers near Varesk" in shown
    assert main(["story", "nosuchstory", "--db", db]) == 1
    assert main(["restory", "--db", db]) == 0
    assert "3 stories" in capsys.readouterr().err


def test_a_version_1_database_gets_its_stories(tmp_path, analyses) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        for analysis in analyses:
            store.add(analysis)
    with sqlite3.connect(path) as connection:  # what version 1 wrote: no story tables
        for table in ("story_index", "stories", "story_events", "discrepancies"):
            connection.execute(f"DROP TABLE {table}")
        connection.execute("UPDATE schema_version SET version = 1")
    with Store(path) as store:  # a writing open upgrades; read-only commands say to ingest
        assert store.schema_version() == SCHEMA_VERSION
        assert len(find_stories(store, Filters())) == 3
    with sa.create_engine(f"sqlite:///{path}").connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM story_index")).scalar() == 5


@pytest.mark.skipif(
    not os.environ.get("EVENTWIRE_TEST_POSTGRES"), reason="EVENTWIRE_TEST_POSTGRES is not set"
)
def test_postgres_builds_the_stories_sqlite_does(tmp_path, analyses) -> None:
    url = os.environ["EVENTWIRE_TEST_POSTGRES"]
    engine = sa.create_engine(url)
    SCHEMA.metadata.drop_all(engine)
    engine.dispose()
    stored_in_order(tmp_path / "s.db", analyses)
    answers = []
    for location in (url, tmp_path / "s.db"):
        with Store(location) as store:
            if location == url:
                for analysis in analyses[::-1]:
                    store.add(analysis)
                    add_article(store, analysis.to_dict())
            answers.append([story(store, s["id"]) for s in find_stories(store, Filters())])
    assert answers[0] == answers[1]
    with Store(url) as store:
        restory(store)
        assert [story(store, s["id"]) for s in find_stories(store, Filters())] == answers[1]


def test_eval_stories_names_a_gold_record_with_a_missing_field(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    article = {"id": "a1", "topic": "7", "story": "7a", "text": "Storm hits coast.", "mentions": []}
    lines = [article, {**article, "id": "a2", "mentions": [{"start": 0, "end": 5}]}]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["eval", "stories", "--gold", str(gold)]) == 2
    assert "record 2 (a2): a mention has no chain" in capsys.readouterr().err


def test_a_denial_against_two_reports_is_a_modality_discrepancy(tmp_path) -> None:
    denial = FIXTURE.with_name("denial.jsonl")
    with Store(tmp_path / "d.db") as store:
        assert ingest(read_sources([str(denial)]), store).stored == 3
        (only,) = find_stories(store, Filters())
        detail = story(store, only["id"])
    arrest = next(
        e
        for e in detail["story_events"]
        if len(e["mentions"]) == 3 and e["cameo"][0]["value"] == "173"
    )
    assert arrest["modality"] == [
        {"value": "asserted", "count": 2},
        {"value": "negated", "count": 1},
    ]
    found = {d["field"]: d for d in detail["discrepancies"]}
    assert set(found) == {"modality", "attribution"}
    sides = {
        side["value"]: [e["outlet"] for e in side["evidence"]]
        for side in found["modality"]["sides"]
    }
    assert sides == {"asserted": ["Kestrel Post", "Lowland Times"], "negated": ["Coastal Herald"]}


ACTORS = FIXTURE.with_name("actors.jsonl")


@pytest.fixture(scope="module")
def actors_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("actors") / "actors.db"
    with Store(path) as store:
        assert ingest(read_sources([str(ACTORS)]), store).stored == 8
    return path


def story_titled(store: Store, words: str) -> dict:
    (found,) = [s for s in find_stories(store, Filters()) if words in s["title"]]
    return story(store, found["id"])


def actor_sides(detail: dict, event_id: str) -> dict[str, list[tuple[str, str]]]:
    (found,) = [
        d
        for d in detail["discrepancies"]
        if d["field"] == "actor" and d["story_event_id"] == event_id
    ]
    assert found["about"] == "source"
    return {
        side["value"]: sorted((e["outlet"], e["text"]) for e in side["evidence"])
        for side in found["sides"]
    }


def test_outlets_blaming_different_armies_are_one_event_with_an_actor_discrepancy(
    actors_db,
) -> None:
    with Store(actors_db) as store:
        detail = story_titled(store, "Tsorona")
    (shelling,) = [
        e
        for e in detail["story_events"]
        if all(mention["text"].startswith("shell") for mention in e["mentions"])
    ]
    assert len(shelling["mentions"]) == 3
    assert actor_sides(detail, shelling["id"]) == {
        "ETHMIL": [
            ("Highland Observer", "Ethiopian troops"),
            ("Plateau Daily", "Ethiopian soldiers"),
        ],
        "ERIMIL": [("Red Sea Courier", "Eritrean troops")],
    }
    with sqlite3.connect(actors_db) as connection:
        texts = {
            article_id: json.loads(record)["text"]
            for article_id, record in connection.execute("SELECT id, record FROM articles")
        }
    for discrepancy in detail["discrepancies"]:
        for side in discrepancy["sides"]:
            for where in side["evidence"]:
                assert texts[where["article_id"]][where["start"] : where["end"]] == where["text"]


def test_groups_claiming_one_bombing_disagree_on_who_did_it(actors_db) -> None:
    with Store(actors_db) as store:
        detail = story_titled(store, "Jalalabad")
    (bombing,) = detail["story_events"]
    assert sorted(m["outlet"] for m in bombing["mentions"]) == ["Frontier Review", "Kabul Monitor"]
    assert actor_sides(detail, bombing["id"]) == {
        "AFGGOV": [("Kabul Monitor", "The Taliban")],
        "IMGMUSISI": [("Frontier Review", "The Islamic State group")],
    }


def test_one_seizer_named_in_different_words_is_no_discrepancy(actors_db) -> None:
    with Store(actors_db) as store:
        detail = story_titled(store, "tanker")
    with sqlite3.connect(actors_db) as connection:
        events = {
            row[0]: json.loads(row[1])
            for row in connection.execute("SELECT id, record FROM events")
        }
    (told_by_all,) = [e for e in detail["story_events"] if len(e["mentions"]) == 3]
    codes = {
        actor["code"]
        for mention in told_by_all["mentions"]
        for actor in events[mention["event_id"]]["source"]
    }
    assert len(codes) > 1 and {code[:3] for code in codes} == {"IRN"}  # different words
    assert [d for d in detail["discrepancies"] if d["field"] == "actor"] == []


def test_story_command_shows_the_actor_discrepancy(actors_db, capsys) -> None:
    with Store(actors_db) as store:
        detail = story_titled(store, "Tsorona")
    story_id = detail["story"]["id"]
    assert main(["story", story_id, "--db", str(actors_db)]) == 0
    shown = capsys.readouterr().out
    assert "actor (source) in" in shown
    assert "ERIMIL: Red Sea Courier «Eritrean troops»" in shown
    assert main(["story", story_id, "--db", str(actors_db), "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert (
        [d for d in exported["discrepancies"] if d["field"] == "actor"]
        == [d for d in detail["discrepancies"] if d["field"] == "actor"]
        != []
    )


X_WORDS = ["kelvar", "mostin", "prandel", "quorra", "tessin", "vilmar"]
Y_WORDS = ["dorvel", "fennick", "galmor", "hestor", "ilvane", "jorrit"]
BRIDGE = ["brenna", "calder", "dunmore", "eskar", "fintor", "gavrin", "holmet", "irvane"]


def worded(article_id: str, words: list[str]) -> Analysis:
    """An article of invented words only (no names, numbers or events): its index entry is
    those words, its lead too."""
    title = " ".join(words[:3]).capitalize()
    text = f"{title}\n\n{' '.join(words).capitalize()}."
    return Analysis(Article(article_id, title, "Lake Post", None, "2025-06-01", "en", text))


def story_members(store: Store) -> dict[str, list[str]]:
    return {s["id"]: s["articles"] for s in find_stories(store, Filters())}


def test_a_new_article_can_split_a_story_and_restory_agrees(tmp_path) -> None:
    """Two happenings whose first tellings share a background paragraph (the `BRIDGE` words)
    start as one story. Later tellings of the first share only its own words: once it has
    three, the second's lone telling averages below the attach threshold with them and
    leaves the story on that ingest, then gains a telling of its own. `restory`, and ingest
    in the reverse order, give the same tables."""
    x1, y1 = worded("x1", X_WORDS + BRIDGE), worded("y1", Y_WORDS + BRIDGE)
    x2, x3 = worded("x2", [*X_WORDS, "larrow"]), worded("x3", [*X_WORDS, "mennick"])
    y2 = worded("y2", [*Y_WORDS, "norvel"])
    path = tmp_path / "split.db"
    with Store(path) as store:
        seen = []
        for analysis in (x1, y1, x2, x3, y2):
            assert store.add(analysis)
            add_article(store, analysis.to_dict())
            seen.append(sorted(sorted(members) for members in story_members(store).values()))
        assert seen[1] == [["x1", "y1"]]
        assert seen[3] == [["x1", "x2", "x3"], ["y1"]], "x3 split y1 off"
        assert seen[4] == [["x1", "x2", "x3"], ["y1", "y2"]]
        split = story_tables(path)
        assert restory(store) == 2
    assert story_tables(path) == split
    blocks = {row[2] for row in split["story_index"]}
    assert len(blocks) == 1, "one block: the split is decided inside it"
    stored_in_order(tmp_path / "backward.db", [y2, x3, x2, y1, x1])
    assert story_tables(tmp_path / "backward.db") == split


def test_a_version_5_database_gets_its_blocks(tmp_path, analyses) -> None:
    """Version 5 kept no block per article: opening it rebuilds the index and the stories."""
    path = tmp_path / "v5.db"
    stored_in_order(path, analyses)
    expected = story_tables(path)
    with sqlite3.connect(path) as connection:  # what version 5 wrote: no block column
        connection.execute("DROP TABLE story_index")
        connection.execute(
            "CREATE TABLE story_index (article_id VARCHAR NOT NULL PRIMARY KEY, "
            "published_date VARCHAR(10), story_id VARCHAR NOT NULL, features TEXT NOT NULL)"
        )
        connection.execute("DELETE FROM stories")
        connection.execute("UPDATE schema_version SET version = 5")
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
    assert story_tables(path) == expected


def test_an_upgrade_that_rebuilds_stories_says_so_as_it_goes(
    tmp_path, analyses, capsys, monkeypatch
) -> None:
    """Opening a large old store rebuilds every story, which takes minutes: the command says
    which upgrade runs and how many articles it has read."""
    path = tmp_path / "v5.db"
    stored_in_order(path, analyses)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE story_index")
        connection.execute(
            "CREATE TABLE story_index (article_id VARCHAR NOT NULL PRIMARY KEY, "
            "published_date VARCHAR(10), story_id VARCHAR NOT NULL, features TEXT NOT NULL)"
        )
        connection.execute("UPDATE schema_version SET version = 5")
    monkeypatch.setattr(story_build_module, "PROGRESS_EVERY", 2)
    capsys.readouterr()
    assert main(["stories", "--db", str(path)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("eventwire:")]
    assert notes[0].startswith(f"eventwire: {path}: upgrading schema version 5 to 6: ")
    assert "every story rebuilt" in notes[0]
    assert f"eventwire: stories: {len(analyses) // 2 * 2} articles read" in notes
    assert notes[-1].startswith(f"eventwire: {path}: upgrading schema version {SCHEMA_VERSION - 1}")


def test_a_block_over_the_limit_gives_in_any_order_what_restory_gives(tmp_path, monkeypatch):
    """Past `BLOCK_LIMIT` a block's stories are the groups of its strongly linked pairs, kept
    by ingest without reading the block whole: the same tables in three orders and after
    `restory`, while blocks cross the limit in between."""
    for module in (clustering_module, story_build_module):
        monkeypatch.setattr(module, "BLOCK_LIMIT", 2)
    x1, y1 = worded("x1", X_WORDS + BRIDGE), worded("y1", Y_WORDS + BRIDGE)
    x2, x3 = worded("x2", [*X_WORDS, "larrow"]), worded("x3", [*X_WORDS, "mennick"])
    y2, y3 = worded("y2", [*Y_WORDS, "norvel"]), worded("y3", [*Y_WORDS, "ostrel"])
    articles = [x1, y1, x2, x3, y2, y3]
    orders = {
        "forward": articles,
        "backward": articles[::-1],
        "mixed": articles[::2] + articles[1::2],
    }
    tables = {}
    for name, order in orders.items():
        stored_in_order(tmp_path / f"{name}.db", order)
        tables[name] = story_tables(tmp_path / f"{name}.db")
    assert tables["forward"] == tables["backward"] == tables["mixed"]
    with Store(tmp_path / "forward.db") as store:
        found = sorted(sorted(members) for members in story_members(store).values())
        restory(store)
    assert story_tables(tmp_path / "forward.db") == tables["forward"]
    assert found == [["x1", "x2", "x3", "y1", "y2", "y3"]], "single link over strong pairs"
    assert len({row[2] for row in tables["forward"]["story_index"]}) == 1
