"""`eventwire serve --workers N` (N > 1): one front process reads each request whole and hands
it to N worker processes through one queue; a worker takes the next request only once it
has answered the last, so no request waits in a busy process while another idles. Processes
that each accepted what they could held their requests in flight split (1, 7) as often as
(4, 4), and a request in the busy one got a seventh of its core (docs/serve.md, serve20).

Each worker answers through the app `--workers 1` serves (`create_app` over a store of its
own) and gives back the status, headers and body; the front writes them. Keep-alive, slow
and silent clients cost the front's event loop, never a worker; a worker that dies fails the
requests its pool held (500) and a new pool takes the next ones.
"""

from __future__ import annotations

import asyncio
import gc
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


class Front:
    """The front process's ASGI app: every HTTP request to one pool of `workers` processes,
    first come first served."""

    def __init__(self, location: str | Path, settings: Settings, workers: int) -> None:
        self.location = location
        self.settings = settings
        self.workers = workers
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

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return  # no lifespan (it is off) and no websockets here
        body = await request_body(receive, self.settings.max_article_bytes)
        if body is None:
            return
        pool, answer = self._submitted(scope, body)
        try:
            status, headers, content = await asyncio.wrap_future(answer)
        except BrokenProcessPool:
            self._replace(pool)
            status, headers, content = INTERNAL_ERROR
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    def close(self) -> None:
        """Stop the workers once they have answered what they hold."""
        self.pool.shutdown(wait=True, cancel_futures=True)
