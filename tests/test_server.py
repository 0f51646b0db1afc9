"""`eventwire serve`: every page and its JSON twin answer from the same query layer as the
command line, over a real SQLite store filled by `ingest`; the server never writes."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
from collections import Counter
from html import unescape
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from eventwire.cli import main
from eventwire.filters import Filters, bounding_box
from eventwire.server import create_app, views
from eventwire.server.params import query_string
from eventwire.store import Store, analyses, find
from eventwire.store import query as store_query
from eventwire.store.facets import count, facet_counts, stored_analyses, stored_analysis
from eventwire.store.read_only import open_read_only
from eventwire.store.schema import SCHEMA, SCHEMA_VERSION, listing_indexes

ARTICLES = Path(__file__).parent / "fixtures/server/articles.jsonl"


@pytest.fixture(scope="module")
def store(served_db):
    with open_read_only(served_db) as store:
        yield store


@pytest.fixture(scope="module")
def client(store) -> TestClient:
    return TestClient(create_app(store))


def event_ids(rows: list[dict]) -> list[str]:
    return [row["event"]["id"] for row in rows]


def found_ids(store: Store, filters: Filters) -> list[str]:
    return [found.record["id"] for found in find(store, "events", filters)]


def some_actor_code(store: Store) -> str:
    codes = [
        actor["code"]
        for found in find(store, "events", Filters())
        for actor in found.record["source"] + found.record["target"]
        if actor["code"]
    ]
    assert codes, "the fixture articles must give events with coded actors"
    return Counter(codes).most_common(1)[0][0]


def test_events_json_is_the_events_command(client, store, served_db, capsys) -> None:
    page = client.get("/events.json").json()
    assert event_ids(page["rows"]) == found_ids(store, Filters())
    assert page["total"] == len(page["rows"]) > 0
    assert main(["events", "--db", str(served_db), "--format", "json"]) == 0
    command = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["event"] for row in command] == [row["event"] for row in page["rows"]]


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("modality=all", Filters(modalities=None)),
        ("since=2025-03-11", Filters(since="2025-03-11")),
        ("until=2025-03", Filters(until="2025-03-31")),
        ("outlet=harbour+times", Filters(outlets=("harbour times",))),
        ("code=19", Filters(code="19")),
        ("plover=assault", Filters(plover="assault")),
        ("country=sdn", Filters(country="sdn")),
        ("text=LISBON", Filters(text="LISBON")),
        ("bbox=-10,36,-6,42", Filters(bbox=bounding_box("-10,36,-6,42"))),
    ],
)
def test_each_filter_selects_what_the_query_layer_selects(client, store, query, filters) -> None:
    page = client.get(f"/events.json?{query}").json()
    assert event_ids(page["rows"]) == found_ids(store, filters)
    assert page["total"] == len(found_ids(store, filters))


def test_plover_and_text_filters_keep_exactly_the_matching_events(client, store) -> None:
    everything = list(find(store, "events", Filters(modalities=None)))
    for query, keep in (
        ("plover=assault", lambda found: found.record["plover"]["type"] == "ASSAULT"),
        ("text=LISBON", lambda found: "lisbon" in (found.sentence or "").lower()),
    ):
        rows = client.get(f"/events.json?modality=all&{query}").json()["rows"]
        assert event_ids(rows) == [found.record["id"] for found in everything if keep(found)]
        assert rows, query


def test_text_filter_takes_full_text_query_syntax_as_words(client, store) -> None:
    for text in ('"', "lisbon*", "NEAR(lisbon)", "lisbon OR rebels", "text:lisbon", "(", "'"):
        answer = client.get("/events.json", params={"modality": "all", "text": text})
        assert answer.status_code == 200, text
        filters = Filters(modalities=None, text=text)
        assert event_ids(answer.json()["rows"]) == found_ids(store, filters)
    assert client.get("/events.json?modality=all&text=lisbon*").json()["rows"]


def test_cli_events_takes_the_new_filters(client, served_db, capsys) -> None:
    assert (
        main(
            [
                "events",
                "--db",
                str(served_db),
                "--plover",
                "assault",
                "--text",
                "rebels",
                "--format",
                "json",
            ]
        )
        == 0
    )
    command = [json.loads(line)["event"]["id"] for line in capsys.readouterr().out.splitlines()]
    assert command == event_ids(
        client.get("/events.json?plover=assault&text=rebels").json()["rows"]
    )
    assert command


def test_filters_narrow_the_events(client, store) -> None:
    everything = client.get("/events.json?modality=all").json()["total"]
    for query in ("plover=assault", "text=lisbon", "outlet=Valley+Wire", "country=SDN"):
        narrowed = client.get(f"/events.json?{query}").json()["total"]
        assert 0 < narrowed < everything, query


def test_actor_filter_matches_code_prefixes(client, store) -> None:
    code = some_actor_code(store)
    rows = client.get(f"/events.json?actor={code[:3]}").json()["rows"]
    assert rows
    for row in rows:
        codes = [actor["code"] or "" for actor in row["event"]["source"] + row["event"]["target"]]
        assert any(found.startswith(code[:3]) for found in codes)


def test_facet_counts_are_counts_of_the_filtered_rows(client, store) -> None:
    page = client.get("/events.json?outlet=Harbour+Times").json()
    rows = page["rows"]
    facets = {facet["name"]: facet for facet in page["facets"]}
    expected = {
        "CAMEO root": Counter(row["event"]["cameo_root"] for row in rows),
        "PLOVER type": Counter(row["event"]["plover"]["type"] for row in rows),
        "modality": Counter(row["event"]["modality"] for row in rows),
        "outlet": Counter(row["article"]["outlet"] for row in rows),
        "country": Counter(
            row["event"]["place"]["country"]
            for row in rows
            if row["event"]["place"] and row["event"]["place"]["country"]
        ),
        "actor": Counter(
            code
            for row in rows
            for code in {a["code"] for a in row["event"]["source"] + row["event"]["target"]}
            if code
        ),
    }
    for name, counts in expected.items():
        shown = {item["value"]: item["count"] for item in facets[name]["values"]}
        assert shown == {value: n for value, n in counts.items() if value}, name


def test_a_facet_link_narrows_to_its_value_and_unselects(client) -> None:
    facets = client.get("/events.json").json()["facets"]
    facet = next(f for f in facets if f["name"] == "PLOVER type")
    item = facet["values"][0]
    narrowed = client.get(item["url"].replace("/events", "/events.json", 1)).json()
    assert narrowed["total"] == item["count"]
    assert {row["event"]["plover"]["type"] for row in narrowed["rows"]} == {item["value"]}
    chosen = next(f for f in narrowed["facets"] if f["name"] == "PLOVER type")["values"][0]
    assert chosen["selected"]
    assert "plover" not in chosen["url"]


@pytest.mark.parametrize(
    "query",
    ["", "?modality=all&size=2", "?outlet=Harbour+Times&outlet=Valley+Wire&code=1&count=yes"],
)
def test_every_facet_link_is_the_page_with_its_parameter_set_or_removed(client, query) -> None:
    """The links are built from the page's query string without the facet's parameter
    (`views._narrowed`): each equals `query_string` of the page's parameters with that one
    set to the value (a value already given replaced in its place) or, selected, removed."""
    page = client.get(f"/events.json{query}").json()
    given = {**page["filters"], **({"count": ["yes"]} if "count=yes" in query else {})}
    links = 0
    for facet in page["facets"]:
        for item in facet["values"]:
            value = None if item["selected"] else str(item["value"])
            assert item["url"] == "/events" + query_string(given, **{facet["parameter"]: value})
            links += 1
    assert links > 6


def test_paging_walks_every_event_once(client, store) -> None:
    expected = found_ids(store, Filters(modalities=None))
    assert len(expected) > 2
    walked, url = [], "/events.json?modality=all&size=2"
    while url:
        page = client.get(url).json()
        assert len(page["rows"]) <= 2
        walked += event_ids(page["rows"])
        numbered = client.get(page["links"]["self"].replace("/events", "/events.json", 1))
        assert "after=" not in page["links"]["self"] and numbered.json()["rows"] == page["rows"]
        url = page["links"]["next"] and page["links"]["next"].replace("/events", "/events.json", 1)
        assert url is None or "after=" in url
    assert walked == expected
    assert page["pages"] == -(-len(expected) // 2)
    assert client.get("/events.json?modality=all&size=2").json()["links"]["previous"] is None


def test_permalink_gives_back_the_same_view(client) -> None:
    page = client.get("/events.json?plover=assault&outlet=Harbour+Times&modality=all").json()
    again = client.get(page["links"]["self"].replace("/events", "/events.json", 1)).json()
    assert again["rows"] == page["rows"]
    html = client.get("/events?plover=assault&outlet=Harbour+Times&modality=all").text
    permalink = unescape(re.search(r'id="permalink" href="([^"]+)"', html).group(1))
    assert permalink == page["links"]["self"]


def test_csv_twin_is_the_events_command_csv(client, served_db, capsys) -> None:
    response = client.get("/events.csv?modality=all")
    assert response.headers["content-type"].startswith("text/csv")
    assert main(["events", "--db", str(served_db), "--format", "csv", "--modality", "all"]) == 0
    assert response.text == capsys.readouterr().out
    assert len(list(csv.DictReader(io.StringIO(response.text)))) > 0


def test_parquet_twin_is_the_export_of_the_same_events(client, served_db, tmp_path) -> None:
    import pyarrow.parquet as pq

    response = client.get("/events.parquet?modality=all&outlet=Harbour+Times")
    served = tmp_path / "served.parquet"
    served.write_bytes(response.content)
    exported = tmp_path / "exported.parquet"
    assert (
        main(
            [
                "export",
                "--db",
                str(served_db),
                "--format",
                "parquet",
                "--output",
                str(exported),
                "--modality",
                "all",
                "--outlet",
                "Harbour Times",
            ]
        )
        == 0
    )
    assert pq.read_table(served).to_pylist() == pq.read_table(exported).to_pylist()
    assert pq.read_table(served).num_rows > 0


def test_html_page_shows_the_rows_of_its_twin(client) -> None:
    html = client.get("/events?outlet=Valley+Wire").text
    rows = client.get("/events.json?outlet=Valley+Wire").json()["rows"]
    for row in rows:
        assert f"/articles/{row['article']['id']}#event-{row['event']['id']}" in html
    assert f'<strong id="total">{len(rows)}</strong>' in html


def test_bad_filter_values_are_refused_naming_the_parameter(client) -> None:
    for query, named in (
        ("since=March", "since"),
        ("modality=maybe", "modality"),
        ("bbox=1,2,3", "bbox"),
        ("page=0", "page"),
        ("after=no-position", "after"),
        ("after=unknown.3", "after"),
    ):
        response = client.get(f"/events.json?{query}")
        assert response.status_code == 400
        assert response.json()["error"].startswith(f"{named}:")
        assert client.get(f"/events?{query}").status_code == 400
    assert client.get("/timeline.json?by=weather").status_code == 400


def test_filter_values_are_bound_not_spliced(client, store) -> None:
    hostile = "x' OR '1'='1"
    response = client.get("/events.json", params={"text": hostile, "actor": hostile})
    assert response.status_code == 200
    assert response.json()["rows"] == []


def test_article_json_is_the_stored_analysis(client, store) -> None:
    for analysis in analyses(store, Filters(modalities=None)):
        article_id = analysis["article"]["id"]
        served = client.get(f"/articles/{article_id}.json").json()
        assert {key: served[key] for key in analysis} == analysis
        assert served["sentences"]
        text = analysis["article"]["text"]
        for sentence in served["sentences"]:
            assert 0 <= sentence["start"] < sentence["end"] <= len(text)


def test_articles_read_together_are_each_read_alone(store) -> None:
    """A story page reads its articles in one statement: each must be what its own page
    shows, records in their order, and an id the store lacks is left out."""
    ids = [analysis["article"]["id"] for analysis in analyses(store, Filters(modalities=None))]
    together = stored_analyses(store, [*ids, "no-such-article"])
    assert together.keys() == set(ids)
    assert all(together[article_id] == stored_analysis(store, article_id) for article_id in ids)
    assert stored_analyses(store, []) == {}


def test_every_marked_piece_joins_back_to_its_records_characters(client, store) -> None:
    for analysis in analyses(store, Filters(modalities=None)):
        html = client.get(f"/articles/{analysis['article']['id']}").text
        pieces: dict[str, list[tuple[int, str]]] = {}
        for start, keys, text in re.findall(
            r'data-start="(\d+)" data-end="\d+" data-marks="([^"]*)"[^>]*>([^<]*)</span>', html
        ):
            for key in keys.split():
                pieces.setdefault(key, []).append((int(start), unescape(text)))
        for number, event in enumerate(analysis["events"]):
            joined = "".join(text for _, text in sorted(pieces[f"event-{number}"]))
            assert joined == event["trigger"]["text"]
        for number, time in enumerate(analysis["times"]):
            assert "".join(t for _, t in sorted(pieces[f"time-{number}"])) == time["text"]


def test_article_text_is_escaped(client, store) -> None:
    scripted = next(
        found.article["id"]
        for found in find(store, "articles", Filters())
        if "<script>" in (found.article["title"] or "")
    )
    for path in (f"/articles/{scripted}", f"/articles/{scripted}/story", "/events?modality=all"):
        html = client.get(path).text
        assert "<script>alert(1)</script>" not in html, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/articles/{scripted}").text


def test_filter_values_are_escaped_where_the_page_repeats_them(client) -> None:
    hostile = '"><script>alert(2)</script>'
    for path in ("/events", "/timeline", "/map"):
        html = client.get(path, params={"actor": hostile, "text": hostile}).text
        assert "<script>alert(2)" not in html, path


def test_each_event_of_an_article_is_told_once_in_its_story(client, store) -> None:
    for analysis in analyses(store, Filters(modalities=None)):
        article_id = analysis["article"]["id"]
        story = client.get(f"/articles/{article_id}/story.json").json()
        assert article_id in story["story"]["articles"]
        told = [
            mention
            for item in story["events"]
            for mention in item["mentions"]
            if mention["article_id"] == article_id
        ]
        by_id = sorted((mention["event"] for mention in told), key=lambda event: event["id"])
        assert by_id == sorted(analysis["events"], key=lambda event: event["id"])
        text = analysis["article"]["text"]
        for mention in told:
            trigger = mention["trigger"]
            assert text[trigger["start"] : trigger["end"]] == trigger["text"]
            assert trigger["text"] in mention["passage"]["text"]
        assert client.get(f"/articles/{article_id}/story").status_code == 200


def test_timeline_counts_events_per_publication_day(client, store) -> None:
    timeline = client.get("/timeline.json?modality=all&by=plover").json()
    expected: Counter = Counter()
    for found in find(store, "events", Filters(modalities=None)):
        expected[(found.article["published"][:10], found.record["plover"]["type"])] += 1
    shown = Counter(
        {(day["day"], series): n for day in timeline["days"] for series, n in day["counts"].items()}
    )
    assert shown == expected
    assert client.get("/timeline").status_code == 200


def test_map_has_a_point_for_each_located_event(client, store) -> None:
    geojson = client.get("/map.json").json()
    located = [
        found.record["id"]
        for found in find(store, "events", Filters())
        if found.record["place"] and found.record["place"]["lat"] is not None
    ]
    assert geojson["type"] == "FeatureCollection"
    assert [f["properties"]["url"].split("#event-")[1] for f in geojson["features"]] == located
    assert client.get("/static/world-110m.json").json()["type"] == "Topology"


def test_unknown_articles_and_paths_are_not_found(client) -> None:
    assert client.get("/articles/0000000000.json").status_code == 404
    assert client.get("/articles/0000000000").status_code == 404
    for path in ("/articles/..%2F..%2Fetc%2Fpasswd", "/static/../app.py", "/static/%2e%2e/app.py"):
        assert client.get(path).status_code == 404, path


def test_the_store_refuses_writes(store) -> None:
    with pytest.raises(sa.exc.OperationalError), store.engine.begin() as connection:
        connection.execute(sa.delete(store.schema.articles))
    assert len(list(find(store, "articles", Filters()))) == 3


def test_no_page_loads_anything_from_the_internet(client, store) -> None:
    article_id = next(find(store, "articles", Filters())).article["id"]
    for path in ("/events", "/timeline", "/map", f"/articles/{article_id}"):
        html = client.get(path).text
        loaded = re.findall(r'(?:src|data-world)="([^"]*)"', html)
        loaded += re.findall(r'<link[^>]*href="([^"]*)"', html)
        assert loaded, path
        assert all(re.match(r"(/[^/]|data:)", url) for url in loaded), (path, loaded)


def test_serve_refuses_a_missing_database(tmp_path, capsys) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_postgres_store_is_served_read_only_with_the_same_pages(served_db, served_postgres) -> None:
    with open_read_only(served_postgres) as store, open_read_only(served_db) as sqlite:
        served = TestClient(create_app(store)).get("/events.json?modality=all").json()
        assert served == TestClient(create_app(sqlite)).get("/events.json?modality=all").json()
        article = f"/api/articles/{served['rows'][0]['article']['id']}"
        analysis = TestClient(create_app(store)).get(article).json()
        assert analysis == TestClient(create_app(sqlite)).get(article).json()
        assert analysis["events"] and analysis["sentences"]
        story = f"/articles/{served['rows'][0]['article']['id']}/story.json"
        told = TestClient(create_app(store)).get(story).json()
        assert told == TestClient(create_app(sqlite)).get(story).json()
        assert any(event["mentions"] for event in told["events"])
        several = list(dict.fromkeys(row["article"]["id"] for row in served["rows"]))
        assert len(several) > 1
        assert stored_analyses(store, several) == stored_analyses(sqlite, several)
        with pytest.raises(sa.exc.DBAPIError), store.engine.begin() as connection:
            connection.execute(sa.delete(store.schema.articles))


def test_count_and_facets_stop_at_their_limits(store) -> None:
    everything = list(find(store, "events", Filters(modalities=None)))
    assert len(everything) > 3
    filters = Filters(modalities=None)
    assert count(store, "events", filters, limit=len(everything)) == len(everything)
    assert count(store, "events", filters, limit=2) == 3
    first = everything[:3]
    sampled = facet_counts(store, filters, sample=3)
    expected = Counter(found.record["plover"]["type"] for found in first)
    shown = {item.value: item.count for item in sampled["PLOVER type"]}
    assert shown == {value: n for value, n in expected.items() if value}
    whole = {item.value: item.count for item in facet_counts(store, filters)["PLOVER type"]}
    assert all(whole[value] >= n for value, n in shown.items())


def facet_values(page: dict) -> list[list[tuple]]:
    return [[(item["value"], item["count"]) for item in each["values"]] for each in page["facets"]]


@pytest.mark.parametrize("words, words_lead", [("the", True), ("THE", False)])
def test_a_words_page_counts_as_far_as_its_facets_unless_asked(
    client, monkeypatch, words, words_lead
) -> None:
    """A words page counts its events as far as its facets count them
    (`WORDS_FACET_SAMPLE`): within it, total and facets are exact; past it, "more than"
    that many, the facets of those (lower bounds, and it says so), and a link that counts
    further. With `count=yes`, up to `WORDS_COUNT_LIMIT`, the facets still sampled past
    `WORDS_FACET_SAMPLE`. Led by the words (a rare word) or found through their index (a
    common one). (Other words each time: the server keeps its answers.)"""
    if not words_lead:  # a common word: more sentences than any query lets lead
        monkeypatch.setattr(store_query, "PAGE_LEAD_LIMITS", {"text": -1})
        monkeypatch.setattr(store_query, "LEAD_LIMIT", -1)
    everything = client.get(f"/events.json?modality=all&text={words}").json()
    assert everything["total"] > 3 and everything["links"]["count"] is None
    assert all(facet["exact"] for facet in everything["facets"])
    monkeypatch.setattr(views, "WORDS_FACET_SAMPLE", 1)
    past = client.get(f"/events.json?modality=all&text={words}&size=2").json()
    assert past["total"] is None and past["more_than"] == 1 and past["pages"] is None
    assert event_ids(past["rows"]) == event_ids(everything["rows"][:2])
    assert past["links"]["count"] == f"/events?modality=all&text={words}&size=2&count=yes"
    for facet in past["facets"]:
        assert facet["exact"] is False and facet["counted_events"] == 1
        assert facet.get("found_by_words", False) is not words_lead
        complete = next(f for f in everything["facets"] if f["name"] == facet["name"])
        whole = {item["value"]: item["count"] for item in complete["values"]}
        assert all(item["count"] <= whole[item["value"]] for item in facet["values"])
    modality = next(f for f in past["facets"] if f["name"] == "modality")
    assert [item["count"] for item in modality["values"]] == [1]
    html = client.get(f"/events?modality=all&text={words}").text
    assert 'data-more-than="1"' in html and "in the first 1 events" in html
    assert f'id="count" href="/events?modality=all&amp;text={words}&amp;count=yes"' in html
    counted = client.get(f"/events.json?modality=all&text={words}&size=2&count=yes").json()
    assert counted["total"] == everything["total"] and counted["links"]["count"] is None
    assert event_ids(counted["rows"]) == event_ids(everything["rows"][:2])
    assert "count=yes" in counted["links"]["self"] and "count=yes" in counted["links"]["next"]
    assert all(facet["exact"] for facet in counted["facets"])
    assert facet_values(counted) == facet_values(everything)
    monkeypatch.setattr(views, "WORDS_COUNT_LIMIT", 3)
    further = client.get(f"/events.json?modality=all&text={words}&size=2&count=yes").json()
    assert further["total"] is None and further["more_than"] == 3
    assert further["links"]["count"] is None
    assert facet_values(further) == facet_values(past)
    assert client.get(f"/events.json?text={words}&count=no").status_code == 400


def test_events_page_past_its_limits_says_more_than_and_at_least(client, monkeypatch) -> None:
    """Filters whose counts the store does not keep (a date range open at one end)."""
    everything = client.get("/events.json?modality=all&since=2000").json()
    monkeypatch.setattr(views, "COUNT_LIMIT", 3)
    monkeypatch.setattr(views, "FACET_SAMPLE", 2)
    page = client.get("/events.json?modality=all&since=2000&size=2").json()
    assert page["total"] is None and page["more_than"] == 3 and page["pages"] is None
    assert event_ids(page["rows"]) == event_ids(everything["rows"][:2])
    for facet in page["facets"]:
        assert facet["exact"] is False and facet["counted_events"] == 2
        complete = next(f for f in everything["facets"] if f["name"] == facet["name"])
        whole = {item["value"]: item["count"] for item in complete["values"]}
        assert all(item["count"] <= whole[item["value"]] for item in facet["values"])
    walked, url = [], "/events.json?modality=all&since=2000&size=2"
    while url:
        answer = client.get(url).json()
        walked += answer["rows"]
        url = (answer["links"]["next"] or "").replace("/events", "/events.json", 1)
    assert [row["event"]["id"] for row in walked] == event_ids(everything["rows"])
    html = client.get("/events?modality=all&since=2000").text
    assert 'data-more-than="3"' in html and "more than" in html
    assert "≥ " in html and "in the first 2 events" in html


def test_a_version_2_database_gets_the_listing_indexes(served_db, tmp_path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(served_db, path)
    names = {index.name for index in listing_indexes(SCHEMA)}
    assert names == {"ix_articles_listing", "ix_events_walk", "ix_event_actors_walk"}
    with sqlite3.connect(path) as connection:  # what version 2 wrote: none of them
        for name in names:
            connection.execute(f"DROP INDEX {name}")
        connection.execute("UPDATE schema_version SET version = 2")
    with Store(path) as store:  # a writing open upgrades
        assert store.schema_version() == SCHEMA_VERSION
    with sqlite3.connect(path) as connection:
        stored = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert names <= stored
    with open_read_only(path) as old, open_read_only(served_db) as new:
        for query in ("modality=all", "since=2025-03-11", "actor=IRN&code=0"):
            upgraded = TestClient(create_app(old)).get(f"/events.json?{query}").json()
            assert upgraded == TestClient(create_app(new)).get(f"/events.json?{query}").json()
