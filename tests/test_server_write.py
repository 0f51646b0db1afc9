"""`POST /api/analyze` and `POST /api/articles` over a real SQLite store: the first answers
what `eventwire analyze --format json` writes and stores nothing; the second stores only for
the configured bearer token, and what it stores shows on the pages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.cli import main
from eventwire.server import create_app
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.read_only import open_read_only

TOKEN = "a-token-written-for-these-tests"

TEXT = (
    "Soldiers shell a river town\n\n"
    "Government soldiers shelled a river town in Sudan on Tuesday, a local official said. "
    "Rebels attacked an army convoy near the town the next day."
)

RECORD_LISTS = ("entities", "events", "quotes", "times", "places", "quantities")


def spans_in(value: object) -> Iterator[dict]:
    """Every object in `value` that names characters: start, end and their text."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for member in value.values():
            yield from spans_in(member)
    elif isinstance(value, list):
        for member in value:
            yield from spans_in(member)


def answer_counts(path: Path) -> dict[str, int]:
    with Store(path, create=False) as store, store.connect() as connection:
        return {
            "articles": connection.exec_driver_sql("SELECT count(*) FROM articles").scalar(),
            "events": connection.exec_driver_sql("SELECT count(*) FROM events").scalar(),
        }


@pytest.fixture
def empty_db(tmp_path) -> Path:
    path = tmp_path / "posted.db"
    Store(path).close()
    return path


def client_for(path: Path, settings: Settings) -> TestClient:
    return TestClient(create_app(open_read_only(path), settings))


def authorized(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_analyze_answers_what_analyze_json_writes_and_stores_nothing(
    empty_db, tmp_path, capsys
) -> None:
    client = client_for(empty_db, Settings())
    answer = client.post(
        "/api/analyze", json={"text": TEXT, "published": "2025-04-01", "outlet": "Ridge Post"}
    )
    assert answer.status_code == 200
    analysis = answer.json()
    assert analysis["events"], "the text reports attacks"
    article_text = analysis["article"]["text"]
    spans = list(spans_in({name: analysis[name] for name in RECORD_LISTS}))
    assert len(spans) > len(analysis["events"])
    for span in spans:
        assert article_text[span["start"] : span["end"]] == span["text"], span

    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    arguments = ["analyze", str(source), "--published", "2025-04-01", "--outlet", "Ridge Post"]
    assert main([*arguments, "--format", "json"]) == 0
    command = json.loads(capsys.readouterr().out)
    assert {name: analysis[name] for name in RECORD_LISTS} == {
        name: command[name] for name in RECORD_LISTS
    }
    assert analysis["article"]["id"] == command["article"]["id"]

    plain = client.post(
        "/api/analyze?published=2025-04-01&outlet=Ridge+Post",
        content=TEXT.encode("utf-8"),
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert plain.json() == analysis
    assert answer_counts(empty_db) == {"articles": 0, "events": 0}


@pytest.mark.parametrize(
    ("body", "headers", "status", "reason"),
    [
        (b"x" * 4097, {"Content-Type": "text/plain"}, 413, "4,096 bytes"),
        (json.dumps({"text": "y" * 4100}).encode(), {"Content-Type": "application/json"}, 413, ""),
        (b"   \n", {"Content-Type": "text/plain"}, 422, "empty"),
        (b"\xff\xfeNot UTF-8", {"Content-Type": "text/plain"}, 422, "UTF-8"),
        (b'{"text": ', {"Content-Type": "application/json"}, 422, "not JSON"),
        (b'{"body": "Words"}', {"Content-Type": "application/json"}, 422, "'body'"),
        (b'{"text": 7}', {"Content-Type": "application/json"}, 422, "text: expected a string"),
        (b'{"text": "A\\nB", "published": "soon"}', {"Content-Type": "application/json"}, 422,
         "soon"),
        (b"<p>Words</p>", {"Content-Type": "text/html"}, 415, "text/html"),
    ],
)  # fmt: skip
def test_bad_bodies_are_refused_saying_why(empty_db, body, headers, status, reason) -> None:
    client = client_for(empty_db, Settings(max_article_bytes=4096))
    answer = client.post("/api/analyze", content=body, headers=headers)
    assert answer.status_code == status
    assert reason in answer.json()["error"]


def test_storing_is_refused_without_a_configured_token(empty_db) -> None:
    client = client_for(empty_db, Settings())
    for headers in ({}, authorized(), authorized("")):
        answer = client.post("/api/articles", json={"text": TEXT}, headers=headers)
        assert answer.status_code == 403
    assert answer_counts(empty_db)["articles"] == 0


@pytest.mark.parametrize(
    "headers",
    [
        {},
        authorized("wrong"),
        authorized(TOKEN + "x"),
        {"Authorization": TOKEN},
        {"Authorization": "Bearer é".encode()},
    ],
)
def test_a_missing_or_wrong_token_gets_401_and_no_detail(empty_db, headers) -> None:
    client = client_for(empty_db, Settings(api_token=TOKEN))
    answer = client.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert TOKEN not in answer.text
    assert answer_counts(empty_db)["articles"] == 0


def test_the_right_token_stores_once_and_the_pages_show_it(empty_db) -> None:
    client = client_for(empty_db, Settings(api_token=TOKEN))
    body = {"text": TEXT, "published": "2025-04-01", "outlet": "Ridge Post"}
    first = client.post("/api/articles", json=body, headers=authorized())
    assert first.status_code == 201
    article_id = first.json()["id"]
    assert first.json()["stored"] is True
    again = client.post("/api/articles", json=body, headers=authorized())
    assert again.status_code == 200
    assert again.json() == {**first.json(), "stored": False}

    stored = client.get(f"/api/articles/{article_id}").json()
    assert stored["article"]["outlet"] == "Ridge Post"
    events = client.get("/api/events?modality=all").json()
    assert events["total"] == len(stored["events"]) > 0
    assert {row["article"]["id"] for row in events["rows"]} == {article_id}
    assert answer_counts(empty_db) == {"articles": 1, "events": len(stored["events"])}


def test_the_token_is_read_from_the_environment_and_never_shown() -> None:
    settings = Settings.from_environment({"EVENTWIRE_API_TOKEN": TOKEN})
    assert settings.api_token == TOKEN
    assert TOKEN not in repr(settings)
    assert Settings.from_environment({"EVENTWIRE_API_TOKEN": ""}).api_token is None
