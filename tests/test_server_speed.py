"""What makes serving fast changes no answer. The server keeps each page's totals, facet
counts and rows until the store changes: every answer is the one computed afresh (same
rows, same order), and after a write, by any connection, the next answer shows it. Several
server processes answer on one port as one does."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.store import Store
from eventwire.store.cache import ResultCache
from eventwire.store.read_only import open_read_only, warm_page_cache

ARTICLES = Path(__file__).parent / "fixtures/server/articles.jsonl"
QUERIES = (
    "",
    "modality=all",
    "modality=all&size=2",
    "modality=all&size=2&page=2",
    "modality=all&size=2&page=4",
    "since=2025-03-11",
    "until=2025-03",
    "outlet=harbour+times",
    "code=19",
    "code=19&modality=all",
    "actor=IRN",
    "actor=IRN&code=0",
    "plover=assault",
    "country=PRT",
    "text=minister",
    "text=no+such+words",
)
PAGES = ("/events.json", "/api/events", "/timeline.json", "/timeline.json?by=plover", "/map.json")


def pages(client: TestClient) -> dict[str, bytes]:
    """Each page's JSON, its bytes: a kept answer keeps its keys' order too."""
    answers = {}
    for page in PAGES:
        for query in QUERIES:
            url = f"{page}{'&' if '?' in page else '?'}{query}"
            response = client.get(url)
            assert response.status_code == 200, url
            answers[url] = response.content
    return answers


def rows_of(answers: dict[str, bytes]) -> list[dict]:
    """The rows of the events page of every modality among `pages`' answers."""
    return json.loads(answers["/events.json?modality=all"])["rows"]


def served(location) -> tuple[TestClient, TestClient]:
    """Clients of the same store with and without kept answers (two stores: answers are
    kept per store)."""
    return (
        TestClient(create_app(open_read_only(location))),
        TestClient(create_app(open_read_only(location), keep=False)),
    )


def test_kept_answers_are_the_fresh_ones(served_db) -> None:
    keeping, fresh = served(served_db)
    expected = pages(fresh)
    assert any(json.loads(answer).get("rows") for answer in expected.values())
    assert pages(keeping) == expected  # computed and kept
    assert pages(keeping) == expected  # given from what was kept
    html = keeping.get("/events?modality=all&size=2&page=2").text
    assert html == fresh.get("/events?modality=all&size=2&page=2").text
    rows = rows_of(expected)
    for article_id in {row["article"]["id"] for row in rows}:
        for url in (f"/articles/{article_id}", f"/api/articles/{article_id}"):
            answer = fresh.get(url).content
            assert keeping.get(url).content == answer == keeping.get(url).content


def first_article(location) -> str:
    with Store(location, create=False) as store, store.connect() as connection:
        articles = store.schema.articles
        return connection.execute(sa.select(articles.c.id).order_by(articles.c.id)).scalar()


def delete_article(location, article_id: str) -> None:
    with Store(location, create=False) as store, store.writing() as connection:
        connection.execute(
            sa.delete(store.schema.articles).where(store.schema.articles.c.id == article_id)
        )


def test_a_write_by_another_connection_is_shown_at_once(served_db, tmp_path) -> None:
    path = tmp_path / "changing.db"
    shutil.copy(served_db, path)
    keeping, fresh = served(path)
    before = pages(keeping)
    assert pages(keeping) == before
    gone = first_article(path)
    assert any(row["article"]["id"] == gone for row in rows_of(before))
    delete_article(path, gone)
    after = pages(keeping)
    assert after == pages(fresh) != before
    assert all(row["article"]["id"] != gone for row in rows_of(after))


def test_an_answer_is_kept_per_key_until_the_generation_moves(served_db, tmp_path) -> None:
    path = tmp_path / "counted.db"
    shutil.copy(served_db, path)
    store = open_read_only(path)
    cache, computed = ResultCache(store, size=2), []

    def compute(value: str):
        return lambda: computed.append(value) or value

    assert [cache.get(key, compute(key)) for key in ("a", "b", "a", "b")] == ["a", "b", "a", "b"]
    assert computed == ["a", "b"]
    cache.get("c", compute("c"))  # the least recently used ("a") goes
    assert cache.get("a", compute("a")) == "a" and computed == ["a", "b", "c", "a"]
    delete_article(path, first_article(path))
    assert cache.get("a", compute("a")) == "a" and computed[-1] == "a" and len(computed) == 5
    cache.close()
    store.close()


def test_an_answer_asked_for_at_once_is_computed_once(served_db) -> None:
    store = open_read_only(served_db)
    cache, computed, release = ResultCache(store), [], threading.Event()

    def slow() -> str:
        computed.append(1)
        release.wait(10)
        return "answer"

    with ThreadPoolExecutor(4) as pool:
        answers = [pool.submit(cache.get, "key", slow) for _ in range(4)]
        time.sleep(0.3)
        release.set()
        assert [answer.result() for answer in answers] == ["answer"] * 4
    assert len(computed) == 1

    def failing() -> str:
        raise ValueError("no answer")

    with pytest.raises(ValueError):
        cache.get("other", failing)
    assert cache.get("other", lambda: "second try") == "second try"
    cache.close()
    store.close()


def test_a_postgres_write_is_shown_at_once(served_postgres) -> None:
    url = served_postgres
    keeping, fresh = served(url)
    before = pages(keeping)
    assert pages(keeping) == before == pages(fresh)
    delete_article(url, first_article(url))
    assert pages(keeping) == pages(fresh) != before


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(served_db, port: int, *options: str) -> subprocess.Popen:
    """`eventwire serve` with `options` in a process of its own, once it answers."""
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(served_db)]
    server = subprocess.Popen(
        [*command, "--port", str(port), *options],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            get(port, "/static/style.css")
            return server
        except OSError:
            assert server.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)


def get(port: int, path: str) -> bytes:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:
        return response.read()


def test_worker_processes_answer_on_one_port_as_one_app_does_and_stop_together(
    served_db,
) -> None:
    port = free_port()
    server = start_server(served_db, port, "--workers", "2")
    try:
        expected = served(served_db)[1].get("/api/events?modality=all").content
        for _ in range(6):
            assert get(port, "/api/events?modality=all") == expected
    finally:
        server.terminate()  # SIGTERM to the first process alone, as a service manager sends it
        _, errors = server.communicate(timeout=60)
    assert server.returncode == 0, errors
    pids = re.findall(r"answering in process \[(\d+)\]", errors)
    assert len(set(pids)) == 2, errors
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(int(pid), 0)


def test_warm_reads_the_whole_store_file_and_serves_the_same_pages(served_db) -> None:
    assert warm_page_cache(served_db) == Path(served_db).stat().st_size
    port = free_port()
    server = start_server(served_db, port, "--warm")
    try:
        expected = served(served_db)[1].get("/api/events?modality=all").content
        assert get(port, "/api/events?modality=all") == expected
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=60)
    assert "of the store into the OS's cache" in errors


def test_warm_leaves_a_database_server_alone() -> None:
    assert warm_page_cache("postgresql://nobody@127.0.0.1:1/none") == 0


def test_a_kept_article_page_goes_with_its_article(served_db, tmp_path) -> None:
    path = tmp_path / "changing.db"
    shutil.copy(served_db, path)
    keeping, _ = served(path)
    gone = first_article(path)
    page = keeping.get(f"/articles/{gone}")
    assert page.status_code == 200 and keeping.get(f"/articles/{gone}").text == page.text
    delete_article(path, gone)
    assert keeping.get(f"/articles/{gone}").status_code == 404


@pytest.mark.parametrize("location", ["served_db", "served_postgres"])
def test_connections_given_back_stay_open_for_the_next_requests(location, request) -> None:
    """Twelve requests at once open twelve connections, and the next twelve find them open:
    a new one reads the schema again and starts with an empty page cache."""
    store = open_read_only(request.getfixturevalue(location))
    opened = []
    sa.event.listen(store.engine, "connect", lambda *_: opened.append(1))
    try:
        for _ in range(2):
            held = [store.connect() for _ in range(12)]
            for connection in held:
                assert connection.execute(sa.text("SELECT 1")).scalar_one() == 1
                connection.close()
        assert len(opened) == 12
    finally:
        store.close()
