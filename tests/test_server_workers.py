"""`eventwire serve --workers N` answers from one queue: a request waits for the next free
worker process, never in a busy one while another idles, and gets the answer one process
gives. A worker that dies fails only the POST it had begun, with a 503 that says why, and
the server goes on; stopping the server stops every worker. The limits on what waits are
the user's to set.

A worker is held busy the way a reader is in production: a test connection takes the
store's exclusive lock (a store in rollback-journal mode, whose readers wait for a writer),
so a page waits in its worker until the lock goes; static files read no store."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import nullcontext
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.cli import main
from eventwire.server.app import create_app, serve
from eventwire.server.submit import BUSY, FIELDS
from eventwire.settings import (
    ANALYSES_WAITING,
    MAX_ARTICLE_BYTES,
    REQUESTS_WAITING_PER_WORKER,
    Settings,
)
from eventwire.store.read_only import open_read_only

SETTLE_SECONDS = 2.0
"""How long a request sent is given to reach the front's queue before the next is sent."""

PAGES = (
    "/api/events?modality=all",
    "/events?modality=all&size=2",
    "/events.csv?code=19",
    "/events.parquet?modality=all",
    "/timeline.json",
    "/map.json",
    "/events?size=nine",
    "/api/articles/nosuch",
    "/no/such/page",
    "/static/style.css",
)
"""Answers of every kind: pages and their JSON, exports, 400 and 404 answers, a static file."""

WORKER_STARTED = r"answering in process \[(\d+)\]"
"""What each worker process logs as it starts, its pid."""

NOT_COMPARED = {"date", "server"}
"""Headers that say when and by whom, not what."""

TOKEN = "a-token-for-the-worker-tests"
SERVED_ARTICLES = Path(__file__).parent / "fixtures/server/articles.jsonl"
FIRST_SERVED = json.loads(SERVED_ARTICLES.read_text(encoding="utf-8").splitlines()[0])
STORED_ARTICLE = json.dumps({field: FIRST_SERVED[field] for field in FIELDS}).encode("utf-8")
"""An article the served store holds (the first of `SERVED_ARTICLES`): storing it
again reads the store, so the store's lock holds it in its worker, and analyzes nothing."""


class Server:
    """`eventwire serve` on a store in a process group of its own, its log read as it
    comes; `worker_pids` are those its workers logged."""

    def __init__(self, location: Path, *options: str, token: str | None = None) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(location)]
        self.process = subprocess.Popen(
            [*command, "--port", str(self.port), *options],
            stderr=subprocess.PIPE,
            text=True,
            env={
                **os.environ,
                "PYTHONPATH": os.pathsep.join(sys.path),
                **({"EVENTWIRE_API_TOKEN": token} if token else {}),
            },
            start_new_session=True,
        )
        self.log: list[str] = []
        self.reader = threading.Thread(target=self.log.extend, args=(self.process.stderr,))
        self.reader.start()

    def worker_pids(self) -> list[int]:
        return [int(pid) for pid in re.findall(WORKER_STARTED, "".join(self.log))]

    def wait_for_workers(self, count: int) -> None:
        deadline = time.monotonic() + 60
        while len(self.worker_pids()) < count or not self.answers():
            assert self.process.poll() is None and time.monotonic() < deadline, self.log
            time.sleep(0.2)

    def answers(self) -> bool:
        try:
            return self.get("/static/style.css")[0] == 200
        except OSError:
            return False

    def get(self, path: str, method: str = "GET", **request: object) -> tuple[int, dict, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, **request)
            response = connection.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            return response.status, headers, response.read()
        finally:
            connection.close()

    def stop(self, sig: int) -> int:
        """Send `sig` (to the whole group for Ctrl-C, as a terminal does); the exit code."""
        if self.process.poll() is None:
            if sig == signal.SIGINT:
                os.killpg(self.process.pid, sig)
            else:
                self.process.send_signal(sig)
        code = self.process.wait(timeout=60)
        self.reader.join(timeout=60)
        return code


class Asked(threading.Thread):
    """A request sent in a thread of its own; `answer` once it is answered."""

    def __init__(self, server: Server, path: str, method: str = "GET", **request: object) -> None:
        super().__init__(daemon=True)
        self.server, self.path, self.method, self.request = server, path, method, request
        self.answer: tuple[int, dict, bytes] | None = None
        self.start()

    def run(self) -> None:
        self.answer = self.server.get(self.path, self.method, **self.request)


def storing(server: Server) -> Asked:
    """`POST /api/articles` of the stored article, with the token."""
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    return Asked(server, "/api/articles", "POST", body=STORED_ARTICLE, headers=headers)


def rollback_journal_copy(served_db: Path, path: Path) -> Path:
    """A copy of the store whose readers wait while a writer holds its lock (WAL readers
    never do)."""
    with sqlite3.connect(served_db) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    return path


def exclusive_lock(path: Path) -> sqlite3.Connection:
    """A connection holding the store's exclusive lock until it rolls back."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def locked_store(served_db, tmp_path) -> Path:
    return rollback_journal_copy(served_db, tmp_path / "locked.db")


def test_answers_through_worker_processes_are_those_of_one_process(served_db) -> None:
    one, two = Server(served_db), Server(served_db, "--workers", "2")
    try:
        one.wait_for_workers(0)
        two.wait_for_workers(2)
        asked = [(path, "GET", {}) for path in PAGES] + [
            ("/api/articles", "POST", {"body": b'{"text": "x"}'}),
            ("/api/analyze", "POST", {"body": b"x", "headers": {"Content-Type": "image/png"}}),
            ("/api/analyze", "POST", {"body": b"x" * (MAX_ARTICLE_BYTES + 1)}),
            ("/api/events", "HEAD", {}),
        ]
        for path, method, request in asked:
            status, headers, body = one.get(path, method, **request)
            expected = status, {k: v for k, v in headers.items() if k not in NOT_COMPARED}, body
            status, headers, body = two.get(path, method, **request)
            got = status, {k: v for k, v in headers.items() if k not in NOT_COMPARED}, body
            assert got == expected, path
    finally:
        one.stop(signal.SIGINT)
        assert two.stop(signal.SIGTERM) == 0, two.log  # as a service manager stops it
    assert all(gone(pid) for pid in two.worker_pids())


def test_a_request_waits_for_a_free_worker_not_in_a_busy_one(locked_store) -> None:
    fresh = TestClient(create_app(open_read_only(locked_store), keep=False))
    expected = {path: fresh.get(path).content for path in PAGES[:2]}
    server = Server(locked_store, "--workers", "2")
    try:
        server.wait_for_workers(2)
        holder = exclusive_lock(locked_store)
        try:
            first = Asked(server, PAGES[0])  # one worker waits on the lock with it
            time.sleep(SETTLE_SECONDS)
            assert server.get("/static/style.css")[0] == 200  # the other answers meanwhile
            second = Asked(server, PAGES[1])  # now both workers wait
            time.sleep(SETTLE_SECONDS)
            static = Asked(server, "/static/style.css")
            static.join(SETTLE_SECONDS)
            assert static.answer is None  # queued, not taken by a busy worker
        finally:
            holder.rollback()
        for asked in (first, second, static):
            asked.join(60)
        assert first.answer[:1] == second.answer[:1] == static.answer[:1] == (200,)
        assert (first.answer[2], second.answer[2]) == (expected[PAGES[0]], expected[PAGES[1]])
    finally:
        assert server.stop(signal.SIGINT) == 0, server.log


def test_a_worker_that_dies_fails_only_what_cannot_be_asked_again(locked_store) -> None:
    server = Server(locked_store, "--workers", "2", token=TOKEN)
    try:
        server.wait_for_workers(2)
        holder = exclusive_lock(locked_store)
        try:
            stored = storing(server)  # the one worker analyses may take
            page = Asked(server, PAGES[0])  # the other
            time.sleep(SETTLE_SECONDS)
            os.kill(server.worker_pids()[0], signal.SIGKILL)  # either: the pool breaks
            time.sleep(SETTLE_SECONDS)
        finally:
            holder.rollback()
        stored.join(60)
        page.join(60)
        assert stored.answer is not None  # never a hang
        status, headers, body = stored.answer
        assert (status, headers["retry-after"]) == (503, "5")  # it may have stored: says so
        error = json.loads(body)["error"]
        assert "worker process of the server ended" in error and "sending it again is safe" in error
        assert page.answer is not None and page.answer[0] == 200  # asked of the new pool
        server.wait_for_workers(4)  # a new pool of two
        assert server.get(PAGES[0])[0] == 200
        again = storing(server)  # sent again as told: the article is stored once
        again.join(60)
        assert again.answer is not None and again.answer[0] == 200
        assert json.loads(again.answer[2])["stored"] is False
    finally:
        assert server.stop(signal.SIGINT) == 0, server.log  # Ctrl-C
    assert len(server.worker_pids()) == 4 and all(gone(pid) for pid in server.worker_pids())


def test_a_post_no_worker_had_begun_is_answered_by_the_new_pool(locked_store) -> None:
    server = Server(locked_store, "--workers", "2", token=TOKEN)
    try:
        server.wait_for_workers(2)
        holder = exclusive_lock(locked_store)
        try:
            pages = [Asked(server, path) for path in PAGES[:2]]  # both workers wait
            time.sleep(SETTLE_SECONDS)
            stored = storing(server)  # waits in the queue: no worker is free
            time.sleep(SETTLE_SECONDS)
            os.kill(server.worker_pids()[1], signal.SIGKILL)
            time.sleep(SETTLE_SECONDS)
        finally:
            holder.rollback()
        for asked in (*pages, stored):
            asked.join(60)
            assert asked.answer is not None and asked.answer[0] == 200
        assert json.loads(stored.answer[2])["stored"] is False  # read the store: it ran
    finally:
        assert server.stop(signal.SIGINT) == 0, server.log


def test_pages_are_answered_while_analyses_wait(locked_store) -> None:
    server = Server(locked_store, "--workers", "2", token=TOKEN)
    try:
        server.wait_for_workers(2)
        holder = exclusive_lock(locked_store)
        try:
            analyses = [storing(server)]  # holds a worker
            time.sleep(SETTLE_SECONDS)
            analyses.append(storing(server))  # waits for it, not in the other worker
            time.sleep(SETTLE_SECONDS)
            static = Asked(server, "/static/style.css")
            static.join(60)
            assert static.answer is not None and static.answer[0] == 200
            assert all(asked.answer is None for asked in analyses)  # still held, not given up
        finally:
            holder.rollback()
        for asked in analyses:
            asked.join(60)
            assert asked.answer is not None and asked.answer[0] == 200  # stored before
            assert json.loads(asked.answer[2])["stored"] is False
    finally:
        assert server.stop(signal.SIGINT) == 0, server.log


@pytest.mark.parametrize(
    ("workers", "options", "admitted"),
    [
        ("2", (), 1 + ANALYSES_WAITING),  # one runs (a worker is left to the pages), 8 wait
        ("1", ("--analyses-waiting", "1"), 2),  # one runs in the process's thread, one waits
        ("2", ("--analyses-waiting", "1"), 2),
    ],
)
def test_analyses_past_the_limit_are_told_to_come_back_whatever_the_workers(
    locked_store, workers, options, admitted
) -> None:
    server = Server(locked_store, "--workers", workers, *options, token=TOKEN)
    try:
        server.wait_for_workers(int(workers) if workers != "1" else 0)
        holder = exclusive_lock(locked_store)
        try:
            held = [storing(server) for _ in range(admitted)]
            time.sleep(SETTLE_SECONDS)
            refused = storing(server)
            refused.join(60)
            assert refused.answer is not None
            status, headers, body = refused.answer
            assert (status, headers["retry-after"], json.loads(body)) == (503, "5", {"error": BUSY})
        finally:
            holder.rollback()
        for asked in held:
            asked.join(60)
            assert asked.answer is not None and asked.answer[0] == 200
    finally:
        assert server.stop(signal.SIGINT) == 0, server.log


@pytest.mark.parametrize(
    ("options", "waiting"),
    [((), 2 * REQUESTS_WAITING_PER_WORKER), (("--requests-waiting", "1"), 2)],
)
def test_requests_past_the_front_queue_are_told_to_come_back(
    locked_store, options, waiting
) -> None:
    server = Server(locked_store, "--workers", "2", *options)
    try:
        server.wait_for_workers(2)
        holder = exclusive_lock(locked_store)
        try:
            held = [Asked(server, path) for path in PAGES[:2]]  # both workers wait
            time.sleep(SETTLE_SECONDS)
            queued = [Asked(server, "/static/style.css") for _ in range(waiting)]
            time.sleep(SETTLE_SECONDS)
            refused = Asked(server, "/static/style.css")
            refused.join(60)
            assert refused.answer is not None
            assert (refused.answer[0], refused.answer[1]["retry-after"]) == (503, "5")
            assert b"busy" in refused.answer[2]
        finally:
            holder.rollback()
        for asked in held + queued:
            asked.join(60)
            assert asked.answer is not None and asked.answer[0] == 200
    finally:
        assert server.stop(signal.SIGINT) == 0, server.log


def test_the_analyses_at_once_are_a_setting(locked_store) -> None:
    options = ("--workers", "3", "--analyses-at-once", "1", "--analyses-waiting", "0")
    server = Server(locked_store, *options, token=TOKEN)
    try:
        server.wait_for_workers(3)
        holder = exclusive_lock(locked_store)
        try:
            running = storing(server)  # by default a second would run beside it
            time.sleep(SETTLE_SECONDS)
            refused = storing(server)
            refused.join(60)
            assert refused.answer is not None and refused.answer[0] == 503
            assert server.get("/static/style.css")[0] == 200  # two workers left to pages
        finally:
            holder.rollback()
        running.join(60)
        assert running.answer is not None and running.answer[0] == 200
    finally:
        assert server.stop(signal.SIGINT) == 0, server.log


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (["--workers", "2", "--analyses-at-once", "2"], "analyses at once: at most 1 with 2"),
        (["--analyses-at-once", "2"], "analyses at once: at most 1 with 1 worker process"),
        (["--analyses-at-once", "0"], "'0': expected a number of analyses, 1 or more"),
        (["--analyses-waiting", "-1"], "'-1': expected a number of analyses, 0 or more"),
        (["--requests-waiting", "many"], "'many': expected a number of requests, 0 or more"),
    ],
)
def test_limits_past_what_the_server_can_do_are_refused_with_why(
    served_db, capsys, options, said
) -> None:
    with pytest.raises(SystemExit) if "expected" in said else nullcontext():
        assert main(["serve", "--db", str(served_db), *options]) == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"analyses_waiting": -1}, "Settings.analyses_waiting: expected a number of analyses"),
        ({"analyses_at_once": 0}, "Settings.analyses_at_once: expected a number of analyses"),
        ({"requests_waiting_per_worker": True}, "Settings.requests_waiting_per_worker"),
    ],
)
def test_limits_in_python_settings_are_checked(given, said) -> None:
    with pytest.raises(ValueError, match=re.escape(said)):
        Settings(**given)


def test_serve_refuses_more_analyses_at_once_than_workers_less_one(served_db) -> None:
    with pytest.raises(ValueError, match="at most 2 with 3 worker processes"):
        serve(served_db, settings=Settings(analyses_at_once=3), workers=3)


def test_analyses_at_once_are_the_workers_less_one_unless_set() -> None:
    assert Settings().analyses_at_once_for(2) == Settings().analyses_at_once_for(1) == 1
    assert Settings().analyses_at_once_for(4) == 3


def test_a_request_outside_a_worker_is_refused_even_without_asserts() -> None:
    code = "from eventwire.server.dispatch import _answer; _answer({}, b'', 1)"
    ran = subprocess.run(
        [sys.executable, "-O", "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert ran.returncode == 1
    assert "RuntimeError: _answer runs only in a worker process" in ran.stderr
