"""`eventwire serve --workers N` (N > 1): one front process reads each request whole and hands
it to N worker processes through one queue; a worker takes the next request only once it
has answered the last, so no request waits in a busy process while another idles. Processes
that each accepted what they could held their requests in flight split (1, 7) as often as
(4, 4), and a request in the busy one got a seventh of its core (docs/serve.md, serve20).

Each worker answers through the app `--workers 1` serves (`create_app` over a store of its
own) and gives back the status, headers and body; the front writes them. Keep-alive, slow
and silent clients cost the front's event loop, never a worker. The front bounds what it
holds: analyses run in at most N - 1 workers at once, so one is always left to the pages,
and `ANALYSES_WAITING` more wait across all workers; pages wait up to
`REQUESTS_WAITING_PER_WORKER` a worker; past either a request is answered 503 with
Retry-After. A worker that dies breaks the pool: a new pool takes the next requests, and
the requests the old one held that change nothing (GET, HEAD) are asked of it once more.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from eventwire.server.app import create_app
from eventwire.server.submit import ANALYSES_WAITING, BUSY, RETRY_AFTER_SECONDS, bearer_matches
from eventwire.settings import Settings
from eventwire.store.read_only import open_read_only

Headers = list[tuple[bytes, bytes]]
Answer = tuple[int, Headers, bytes]

SCOPE_KEYS = (
    "type",
    "asgi",
    "http_version",
    "server",
    "client",
    "scheme",
    "method",
    "root_path",
    "path",
    "raw_path",
    "query_string",
    "headers",
)
"""What a worker's app is given of the front's request scope: the ASGI HTTP scope's keys,
none of the front's own state."""

INTERNAL_ERROR: Answer = (
    500,
    [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"21")],
    b"Internal Server Error",
)
"""The answer where the app gave none (uvicorn's)."""

ANALYSIS_PATHS = frozenset({"/api/analyze", "/api/articles"})
"""The routes whose POST runs an analysis (seconds in a worker, where a page takes
milliseconds)."""

REQUESTS_WAITING_PER_WORKER = 32
"""Requests that may wait in the front for a free worker, per worker (at tens of
milliseconds a page, a second or two of waiting); past that a request gets 503."""

RETRIED_METHODS = frozenset({"GET", "HEAD"})
"""Requests asked of the new pool when theirs broke: those that change nothing, as a proxy
retries them on the next upstream (nginx's `proxy_next_upstream`)."""


def refusal(content_type: bytes, body: bytes) -> Answer:
    """A 503 that says to come back in `RETRY_AFTER_SECONDS`, its headers in the order the
    app's own refusals (JSONResponse) give them."""
    return (
        503,
        [
            (b"retry-after", str(RETRY_AFTER_SECONDS).encode("ascii")),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"content-type", content_type),
        ],
        body,
    )


ANALYSES_FULL = refusal(
    b"application/json", json.dumps({"error": BUSY}, separators=(",", ":")).encode("utf-8")
)
"""The answer to an analysis past the limit: the app's own (`--workers 1`)."""

QUEUE_FULL = refusal(
    b"text/plain; charset=utf-8",
    b"the server is busy: too many requests wait for it; try again shortly",
)
"""The answer to a request past the front's queue."""

logger = logging.getLogger("uvicorn.error")

_worker_app: Any = None
_worker_loop: asyncio.AbstractEventLoop | None = None


def _start_worker(location: str | Path, settings: Settings) -> None:
    """A worker's start: its own store (connections never cross a fork) and app. Ctrl-C
    reaches the whole process group: the front, once it has answered what it holds, stops
    the workers."""
    global _worker_app, _worker_loop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_app = create_app(open_read_only(location), settings)
    _worker_loop = asyncio.new_event_loop()
    gc.freeze()  # what the worker holds from its start on, no full collection walks
    print(f"eventwire serve: answering in process [{os.getpid()}]", file=sys.stderr, flush=True)


def _answer(scope: dict[str, Any], body: bytes) -> Answer:
    """In a worker: the app's answer to one request."""
    assert _worker_loop is not None, "a worker answers only after _start_worker"
    return _worker_loop.run_until_complete(answer_of(_worker_app, scope, body))


async def answer_of(app: Any, scope: dict[str, Any], body: bytes) -> Answer:
    """What the ASGI `app` answers to a request of `scope` and `body`, whole. The request
    stays connected until the answer is complete (a streamed answer that listens for the
    client leaving is not cut short)."""
    status, headers, chunks = 500, [], []
    complete = False
    delivered = False
    answered = asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await answered.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers, complete
        if message["type"] == "http.response.start":
            status, headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            complete = not message.get("more_body", False)

    try:
        await app(dict(scope), receive, send)
    except Exception:
        logger.exception("Exception in ASGI application")  # the app's own 500 stands, if sent
    finally:
        answered.set()
    return (status, headers, b"".join(chunks)) if complete else INTERNAL_ERROR


async def request_body(receive: Any, limit: int) -> bytes | None:
    """The request's body, read no further than one byte past `limit` (the app answers 413
    past it, as it does reading the body itself); None if the client left."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        body += message.get("body", b"")
        if not message.get("more_body", False) or len(body) > limit:
            return bytes(body)


def header(scope: dict[str, Any], name: bytes) -> str | None:
    """The value of the request's header `name` (lower case), as the app reads it."""
    for key, value in scope["headers"]:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


class Front:
    """The front process's ASGI app: every HTTP request to one pool of `workers` processes,
    first come first served, analyses no more than `workers - 1` at once."""

    def __init__(self, location: str | Path, settings: Settings, workers: int) -> None:
        self.location = location
        self.settings = settings
        self.workers = workers
        self.analysis_workers = max(1, workers - 1)
        self.analysis_turns = asyncio.Semaphore(self.analysis_workers)
        self.analyses = 0  # running or waiting for a turn
        self.in_pool = 0  # submitted to the pool and not yet answered
        self.pool = self._started_pool()

    def _started_pool(self) -> ProcessPoolExecutor:
        """A pool whose workers are forked now: with fork, the first submission starts all of
        them, before the pool starts a thread of its own."""
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(self.location, self.settings),
        )
        pool.submit(os.getpid)
        return pool

    def _submitted(
        self, scope: dict[str, Any], body: bytes
    ) -> tuple[ProcessPoolExecutor, Future[Answer]]:
        """The request in the queue, and the pool that holds it; a pool found broken before
        it took the request is replaced and the request goes to the new one."""
        pool = self.pool
        request = {key: scope[key] for key in SCOPE_KEYS if key in scope}
        try:
            return pool, pool.submit(_answer, request, body)
        except BrokenProcessPool:
            self._replace(pool)
            return self.pool, self.pool.submit(_answer, request, body)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        if self.pool is broken:
            logger.error("a worker process ended; starting %d new ones", self.workers)
            broken.shutdown(wait=False)
            self.pool = self._started_pool()

    def is_analysis(self, scope: dict[str, Any], body: bytes) -> bool:
        """Whether the app will analyze the request: a POST to an analysis route with a body
        within the limit and, to store, the token (others it refuses at once)."""
        if scope["method"] != "POST" or scope["path"] not in ANALYSIS_PATHS:
            return False
        if len(body) > self.settings.max_article_bytes:
            return False
        token = self.settings.api_token
        return scope["path"] != "/api/articles" or (
            token is not None and bearer_matches(header(scope, b"authorization"), token)
        )

    async def _analysis(self, scope: dict[str, Any], body: bytes) -> Answer:
        if self.analyses >= self.analysis_workers + ANALYSES_WAITING:
            return ANALYSES_FULL
        self.analyses += 1
        try:
            async with self.analysis_turns:
                return await self._answered(scope, body)
        finally:
            self.analyses -= 1

    async def _page(self, scope: dict[str, Any], body: bytes) -> Answer:
        if self.in_pool >= self.workers * (1 + REQUESTS_WAITING_PER_WORKER):
            return QUEUE_FULL
        return await self._answered(scope, body)

    async def _answered(self, scope: dict[str, Any], body: bytes) -> Answer:
        """The pool's answer; a request that changes nothing is asked once more of the new
        pool when its pool broke (the worker that died may have been another's)."""
        self.in_pool += 1
        try:
            for _ in range(2 if scope["method"] in RETRIED_METHODS else 1):
                pool, answer = self._submitted(scope, body)
                try:
                    return await asyncio.wrap_future(answer)
                except BrokenProcessPool:
                    self._replace(pool)
            return INTERNAL_ERROR
        finally:
            self.in_pool -= 1

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return  # no lifespan (it is off) and no websockets here
        body = await request_body(receive, self.settings.max_article_bytes)
        if body is None:
            return
        if self.is_analysis(scope, body):
            status, headers, content = await self._analysis(scope, body)
        else:
            status, headers, content = await self._page(scope, body)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    def close(self) -> None:
        """Stop the workers once they have answered the requests they are answering; requests
        still waiting in the queue are dropped (uvicorn has answered or closed their clients)."""
        self.pool.shutdown(wait=True, cancel_futures=True)
