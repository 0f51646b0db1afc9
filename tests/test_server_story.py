"""The story page of `eventwire serve` over stored stories: three invented outlets tell one
abduction (tests/fixtures/server/story.jsonl), two say 23 miners were taken and one says 27.
The page and its twins show every outlet's telling of each story event, the words marked,
and the disagreement with the words on each side, exactly as `eventwire story` stores them."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire import analyze_many
from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.readers.sources import read_sources
from eventwire.server import create_app
from eventwire.store import Store
from eventwire.store.read_only import open_read_only

FIXTURE = Path(__file__).parent / "fixtures/server/story.jsonl"
OUTLETS = ["Ridge Post", "Coastal Herald", "Upland Courier"]
"""The outlets of the fixture, in the order of its lines (earliest first)."""


@pytest.fixture(scope="module")
def client(story_db) -> TestClient:
    with open_read_only(story_db) as store:
        yield TestClient(create_app(store))


@pytest.fixture(scope="module")
def texts(client) -> dict[str, str]:
    """Article id -> its text, as the server stores it."""
    rows = client.get("/events.json?modality=all").json()["rows"]
    ids = {row["article"]["id"] for row in rows}
    return {aid: client.get(f"/articles/{aid}.json").json()["article"]["text"] for aid in ids}


@pytest.fixture(scope="module")
def story(client, texts) -> dict:
    first = sorted(texts)[0]
    response = client.get(f"/articles/{first}/story.json")
    assert response.status_code == 200
    return response.json()


def abduction(story: dict) -> dict:
    """The story event told by all three outlets: the abduction of the miners."""
    (item,) = [
        item
        for item in story["events"]
        if len(item["mentions"]) == 3 and item["mentions"][0]["event"]["cameo"] == "181"
    ]
    return item


def test_every_article_leads_to_the_one_story(client, texts, story) -> None:
    assert len(texts) == 3
    for article_id in texts:
        page = client.get(f"/articles/{article_id}/story", follow_redirects=False)
        assert page.status_code == 303
        assert page.headers["location"] == story["links"]["self"]
        api = client.get(f"/api/articles/{article_id}/story")
        assert api.url.path == f"/api/stories/{story['story']['id']}"
        assert api.json() == story
    assert sorted(story["story"]["outlets"]) == sorted(OUTLETS)


def test_story_json_holds_what_the_story_command_gives(client, story, story_db, capsys) -> None:
    assert main(["story", story["story"]["id"], "--db", str(story_db), "--format", "json"]) == 0
    stored = json.loads(capsys.readouterr().out)
    assert [item["story_event"] for item in story["events"]] == stored["story_events"]
    shown = [found for item in story["events"] for found in item["discrepancies"]]
    assert sorted(shown, key=lambda d: d["id"]) == sorted(
        stored["discrepancies"], key=lambda d: d["id"]
    )
    assert story["articles"] == stored["articles"]


def test_the_three_outlets_tell_the_abduction_side_by_side(story, texts) -> None:
    item = abduction(story)
    assert [mention["outlet"] for mention in item["mentions"]] == OUTLETS
    for mention in item["mentions"]:
        text = texts[mention["article_id"]]
        passage = mention["passage"]
        assert text[passage["start"] :].startswith(passage["text"])
        trigger = mention["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]
        assert passage["start"] <= trigger["start"] < trigger["end"] <= passage["end"]
        for mark in mention["marks"]:
            assert 0 <= mark["start"] < mark["end"] <= len(text)
        roles = {
            mark["role"]: text[mark["start"] : mark["end"]]
            for mark in mention["marks"]
            if mark["layer"] == "events"
        }
        assert roles["trigger"] == trigger["text"]
        assert roles["source"] == "Gunmen"
        assert roles["target"].endswith("miners")
        assert roles["date"] == "Sunday"


def test_the_disputed_count_shows_both_sides_with_their_spans(story, texts) -> None:
    item = abduction(story)
    (quantity,) = [found for found in item["discrepancies"] if found["field"] == "quantity"]
    assert quantity["about"] == "miners"
    sides = {side["value"]: side for side in quantity["sides"]}
    assert set(sides) == {"23", "27"}
    for value, outlets in (("23", {"Ridge Post", "Upland Courier"}), ("27", {"Coastal Herald"})):
        assert {evidence["outlet"] for evidence in sides[value]["evidence"]} == outlets
        for evidence in sides[value]["evidence"]:
            text = texts[evidence["article_id"]]
            assert (
                text[evidence["start"] : evidence["end"]] == evidence["text"] == f"{value} miners"
            )
    for mention in item["mentions"]:
        taken = {side["value"] for side in mention["sides"] if side["field"] == "quantity"}
        assert taken == ({"27"} if mention["outlet"] == "Coastal Herald" else {"23"})
        disputed = [mark for mark in mention["marks"] if mark["layer"] == "discrepancies"]
        assert any(mark["label"] == f"quantity (miners): {taken.pop()}" for mark in disputed)


def test_page_marks_each_outlets_sentence_and_badges_the_dispute(client, story, texts) -> None:
    html = client.get(story["links"]["self"]).text
    item = abduction(story)
    section = html.split(f'id="story-event-{item["story_event"]["id"]}"')[1].split("</section>")[0]
    assert 'class="badge d-quantity"' in section and "counts differ · miners" in section
    cards = re.findall(
        r'<blockquote class="mention" id="mention-([^"]+)"(.*?)</blockquote>', section, re.S
    )
    assert [event_id for event_id, _ in cards] == [m["event_id"] for m in item["mentions"]]
    for (_, card), mention in zip(cards, item["mentions"], strict=True):
        text = texts[mention["article_id"]]
        pieces: dict[str, list[tuple[int, str]]] = {}
        for start, end, marks, shown in re.findall(
            r'data-start="(\d+)" data-end="(\d+)" data-marks="([^"]*)"[^>]*>([^<]*)</span>', card
        ):
            assert text[int(start) : int(end)] == unescape(shown)
            for key in marks.split():
                pieces.setdefault(key, []).append((int(start), unescape(shown)))
        assert "".join(t for _, t in sorted(pieces["event"])) == mention["trigger"]["text"]
        disputed = [key for key in pieces if key.startswith("discrepancy-")]
        assert any(
            "".join(t for _, t in sorted(pieces[key])).endswith("miners") for key in disputed
        )


def test_story_page_escapes_article_text(client, story) -> None:
    html = client.get(story["links"]["self"]).text
    assert "<script>alert(3)</script>" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html


def test_story_csv_has_a_row_per_mention_and_the_sides_taken(client, story, texts) -> None:
    response = client.get(story["links"]["csv"])
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == sum(len(item["mentions"]) for item in story["events"])
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["article_id"]][start:end] == row["trigger"]
    item = abduction(story)
    told = [row for row in rows if row["story_event"] == item["story_event"]["id"]]
    assert {row["outlet"]: "quantity miners=27" in row["disagrees"] for row in told} == {
        "Ridge Post": False,
        "Coastal Herald": True,
        "Upland Courier": False,
    }
    discrepancies = client.get(story["links"]["discrepancies_csv"]).text
    rows = list(csv.DictReader(io.StringIO(discrepancies)))
    assert len(rows) == story["story"]["discrepancies"]
    assert any(row["field"] == "quantity" and "27: Coastal Herald" in row["sides"] for row in rows)


def test_events_and_article_pages_link_to_each_events_telling(client, story) -> None:
    rows = client.get("/events.json?modality=all").json()["rows"]
    html = client.get("/events?modality=all").text
    story_html = client.get(story["links"]["self"]).text
    for row in rows:
        link = f"/articles/{row['article']['id']}/story#mention-{row['event']['id']}"
        assert link in html
        assert link in client.get(f"/articles/{row['article']['id']}").text
        assert f'id="mention-{row["event"]["id"]}"' in story_html


def test_unknown_stories_and_storyless_articles_are_not_found(client, tmp_path) -> None:
    for path in ("/stories/0000000000", "/stories/0000000000.json", "/api/stories/00000"):
        assert client.get(path).status_code == 404, path
    for path in ("/stories/0000000000.csv", "/stories/0000000000/discrepancies.csv"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"error": "no story 0000000000"}, path
    for path in ("/stories/..%2F..%2Fetc%2Fpasswd", "/stories/%2e%2e/app.py"):
        assert client.get(path).status_code == 404, path
    (analysis,) = analyze_many(list(read_sources([str(FIXTURE)]))[:1])
    with Store(tmp_path / "bare.db") as store:
        assert store.add(analysis)
    with open_read_only(tmp_path / "bare.db") as store:
        bare = TestClient(create_app(store))
        response = bare.get(f"/articles/{analysis.article.id}/story.json")
        assert response.status_code == 404
        assert "in no story" in response.json()["error"]
        assert bare.get("/articles/0000000000/story").status_code == 404


def test_story_page_shows_outlets_disagreeing_on_who_did_it(tmp_path) -> None:
    """tests/fixtures/stories/actors.jsonl: two outlets say Ethiopian troops shelled a village,
    one says Eritrean troops did."""
    fixture = FIXTURE.parents[1] / "stories/actors.jsonl"
    shelling = [line for line in fixture.read_text().splitlines() if "Tsorona" in line]
    (tmp_path / "shelling.jsonl").write_text("\n".join(shelling) + "\n")
    with Store(tmp_path / "actors.db") as store:
        assert ingest(read_sources([str(tmp_path / "shelling.jsonl")]), store).stored == 3
    with open_read_only(tmp_path / "actors.db") as store:
        client = TestClient(create_app(store))
        rows = client.get("/events.json?modality=all").json()["rows"]
        view = client.get(f"/articles/{rows[0]['article']['id']}/story.json").json()
        html = client.get(view["links"]["self"]).text
    (item,) = [
        item
        for item in view["events"]
        if all(m["trigger"]["text"].startswith("shell") for m in item["mentions"])
    ]
    (actor,) = [found for found in item["discrepancies"] if found["field"] == "actor"]
    section = html.split(f'id="story-event-{item["story_event"]["id"]}"')[1].split("</section>")[0]
    assert 'class="badge d-actor"' in section and "actors differ · source" in section
    assert f'id="discrepancy-{actor["id"]}"' in section
    taken = {
        mention["outlet"]: [
            (s["value"], s["text"]) for s in mention["sides"] if s["field"] == "actor"
        ]
        for mention in item["mentions"]
    }
    assert taken == {
        "Highland Observer": [("ETHMIL", "Ethiopian troops")],
        "Red Sea Courier": [("ERIMIL", "Eritrean troops")],
        "Plateau Daily": [("ETHMIL", "Ethiopian soldiers")],
    }
    for mention in item["mentions"]:
        (mark,) = [m for m in mention["marks"] if m["layer"] == "discrepancies"]
        assert mark["label"] == f"actor (source): {taken[mention['outlet']][0][0]}"
        assert taken[mention["outlet"]][0][1] in mention["passage"]["text"]
