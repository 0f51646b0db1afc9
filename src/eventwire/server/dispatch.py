"""`eventwire serve --workers N` (N > 1): one front process reads each request whole and hands
it to N worker processes through one queue; a worker takes the next request only once it
has answered the last, so no request waits in a busy process while another idles. Processes
that each accepted what they could held their requests in flight split (1, 7) as often as
(4, 4), and a request in the busy one got a seventh of its core (docs/serve.md, serve20).

Each worker answers through the app `--workers 1` serves (`create_app` over a store of its
own) and gives back the status, headers and body; the front writes them. Keep-alive, slow
and silent clients cost the front's event loop, never a worker. The front bounds what it
holds (the settings' limits): analyses run in at most `analyses_at_once` workers (N - 1
unless set, so one is always left to the pages), and `analyses_waiting` more wait across all
workers; pages wait up to `requests_waiting_per_worker` a worker; past either a request is
answered 503 with Retry-After. A worker that dies breaks the pool (the standard library's
pool ends the other workers too): a new pool takes the next requests; the requests the old
one held that no worker had begun are asked of it, and so, once, are those begun that change
nothing (GET, HEAD); a POST a worker had begun is answered 503 saying why.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import itertools
import json
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from eventwire.server.app import create_app
from eventwire.server.submit import BUSY, RETRY_AFTER_SECONDS, bearer_matches
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

RETRIED_METHODS = frozenset({"GET", "HEAD"})
"""Requests asked once more of the new pool when a worker had begun them and their pool
broke: those that change nothing, as a proxy retries them on the next upstream (nginx's
`proxy_next_upstream`)."""

TRIES = 3
"""Pools a request is submitted to at most: one that breaks before a worker begins it sends
it to the next, but workers that cannot start (a store gone) must not be forked for ever."""

TRIES_BEGUN = 2
"""Pools a request that changes nothing may break while a worker answers it, at most: the
first break may be another request's doing (the pool ends all its workers); at the second it
is taken as this request's, which is not asked again."""


JSON = b"application/json"
TEXT = b"text/plain; charset=utf-8"


def front_answer(status: int, content_type: bytes, body: bytes, retry: bool = False) -> Answer:
    """An answer of the front's own; with `retry`, one that says to come back in
    `RETRY_AFTER_SECONDS`. Its headers in the order the app's own refusals (JSONResponse)
    give them."""
    retry_after = [(b"retry-after", str(RETRY_AFTER_SECONDS).encode("ascii"))] if retry else []
    length = (b"content-length", str(len(body)).encode("ascii"))
    return status, [*retry_after, length, (b"content-type", content_type)], body


def error_body(message: str) -> bytes:
    """`{"error": message}`, as the app writes it."""
    return json.dumps({"error": message}, separators=(",", ":")).encode("utf-8")


ANALYSES_FULL = front_answer(503, JSON, error_body(BUSY), retry=True)
"""The answer to an analysis past the limit: the app's own (`--workers 1`)."""

QUEUE_FULL = front_answer(
    503, TEXT, b"the server is busy: too many requests wait for it; try again shortly", retry=True
)
"""The answer to a request past the front's queue."""

WORKER_ENDED = (
    "a worker process of the server ended while it answered this request (killed, or out of "
    "memory); new ones answer the next requests: try again shortly"
)
NOT_STORED_TWICE = (
    "; the article may have been stored: sending it again is safe (an article already "
    "stored is answered stored: false)"
)
WORKERS_KEEP_ENDING = (
    "the server's worker processes ended each time they answered this request "
    f"({TRIES} tries at most); it is not asked again"
)


def ended_in_worker(scope: dict[str, Any]) -> Answer:
    """The answer to a POST a worker had begun when its pool broke: 503 with Retry-After and
    why (it may be sent again: an analysis stores nothing, an article is stored once)."""
    message = WORKER_ENDED + (NOT_STORED_TWICE if scope["path"] == "/api/articles" else "")
    return front_answer(503, JSON, error_body(message), retry=True)


def kept_ending(scope: dict[str, Any]) -> Answer:
    """The answer to a request whose tries all broke their pools."""
    if scope["method"] == "POST":
        return front_answer(500, JSON, error_body(WORKERS_KEEP_ENDING))
    return front_answer(500, TEXT, WORKERS_KEEP_ENDING.encode("utf-8"))


logger = logging.getLogger("uvicorn.error")

_worker_app: Any = None
_worker_loop: asyncio.AbstractEventLoop | None = None
_answering: Any = None  # the pool's shared array of the requests its workers answer
_slot = 0  # this worker's place in it


def _start_worker(location: str | Path, settings: Settings, answering: Any, slots: Any) -> None:
    """A worker's start: its own store (connections never cross a fork) and app, and its
    slot in `answering` (the next of `slots`). Ctrl-C reaches the whole process group: the
    front, once it has answered what it holds, stops the workers."""
    global _worker_app, _worker_loop, _answering, _slot
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with slots.get_lock():
        _slot = slots.value
        slots.value += 1
    _answering = answering
    _worker_app = create_app(open_read_only(location), settings)
    _worker_loop = asyncio.new_event_loop()
    gc.freeze()  # what the worker holds from its start on, no full collection walks
    print(f"eventwire serve: answering in process [{os.getpid()}]", file=sys.stderr, flush=True)


def _answer(scope: dict[str, Any], body: bytes, number: int) -> Answer:
    """In a worker: the app's answer to one request, the front's request `number`, which
    the worker's slot holds from now on (the front reads it if the pool breaks)."""
    if _worker_loop is None:
        raise RuntimeError("_answer runs only in a worker process, after _start_worker")
    _answering[_slot] = number
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


class Pool:
    """N worker processes and the request each has begun: a worker writes the number of the
    request it takes into its slot of `answering` (memory the processes share), so when the
    pool breaks the front knows which requests a worker had begun and which only waited."""

    def __init__(self, location: str | Path, settings: Settings, workers: int) -> None:
        context = multiprocessing.get_context("fork")
        self.answering = context.Array(ctypes.c_longlong, workers, lock=False)
        self.executor = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(location, settings, self.answering, context.Value(ctypes.c_int, 0)),
        )
        # with fork, the first submission starts every worker before the pool starts a
        # thread of its own
        self.executor.submit(os.getpid)

    def began(self, number: int) -> bool:
        """Whether a worker had begun request `number` (read once the pool broke)."""
        return number in self.answering[:]


class Front:
    """The front process's ASGI app: every HTTP request to one pool of `workers` processes,
    first come first served, analyses no more than the settings allow at once."""

    def __init__(self, location: str | Path, settings: Settings, workers: int) -> None:
        self.location = location
        self.settings = settings
        self.workers = workers
        self.analysis_workers = settings.analyses_at_once_for(workers)
        self.analysis_turns = asyncio.Semaphore(self.analysis_workers)
        self.analyses = 0  # running or waiting for a turn
        self.in_pool = 0  # submitted to the pool and not yet answered
        self.numbers = itertools.count(1)  # each submission's, never 0 (an empty slot)
        self.pool = Pool(location, settings, workers)

    def _replace(self, broken: Pool) -> None:
        if self.pool is broken:
            logger.error("a worker process ended; starting %d new ones", self.workers)
            broken.executor.shutdown(wait=False)
            self.pool = Pool(self.location, self.settings, self.workers)

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
        if self.analyses >= self.analysis_workers + self.settings.analyses_waiting:
            return ANALYSES_FULL
        self.analyses += 1
        try:
            async with self.analysis_turns:
                return await self._answered(scope, body)
        finally:
            self.analyses -= 1

    async def _page(self, scope: dict[str, Any], body: bytes) -> Answer:
        if self.in_pool >= self.workers * (1 + self.settings.requests_waiting_per_worker):
            return QUEUE_FULL
        return await self._answered(scope, body)

    async def _answered(self, scope: dict[str, Any], body: bytes) -> Answer:
        """The pool's answer. When its pool breaks, a request no worker had begun goes to the
        new pool; one begun goes once more if it changes nothing (the worker that died may
        have been another's), and a POST begun is told why it failed."""
        request = {key: scope[key] for key in SCOPE_KEYS if key in scope}
        begun = 0
        self.in_pool += 1
        try:
            for _ in range(TRIES):
                pool, number = self.pool, next(self.numbers)
                try:
                    return await asyncio.wrap_future(
                        pool.executor.submit(_answer, request, body, number)
                    )
                except BrokenProcessPool:
                    self._replace(pool)
                    if pool.began(number):
                        if scope["method"] not in RETRIED_METHODS:
                            return ended_in_worker(scope)
                        begun += 1
                        if begun == TRIES_BEGUN:
                            break
            return kept_ending(scope)
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
        self.pool.executor.shutdown(wait=True, cancel_futures=True)
