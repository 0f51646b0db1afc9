"""Query results kept until the store changes, for a server that answers the same filters
again and again (a page's total and facet counts are the same on every page of it).

Every answer is tagged with the store's generation, read before it is computed: on SQLite
`PRAGMA data_version` on a connection kept for it (it changes whenever another connection,
in this process or any other, commits), on PostgreSQL the WAL insert position (it moves on
every commit to the cluster; on a read replica, the position replayed). A kept answer is
given only while the generation is still the one it was computed under, so no answer is ever
older than the last write before the request; a write that lands while an answer is computed
only makes it a miss next time.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from eventwire.store.database import Store, to_json

T = TypeVar("T")

KEPT_ANSWERS = 512
"""Most answers a store keeps; past it, the least recently used goes."""

GENERATION_QUERIES = {
    "sqlite": "PRAGMA data_version",
    "postgresql": (
        "SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()"
        " ELSE pg_current_wal_insert_lsn() END)::text"
    ),
}
"""A value that changes whenever a write is committed, by database backend; a PostgreSQL read
replica has no insert position of its own, and its replay position moves as the primary's
commits reach it."""
ENDS_TRANSACTION = frozenset({"postgresql"})
"""Backends whose generation query opens a transaction (a snapshot) that must not stay open."""


class ResultCache:
    """Answers of one store by key, each kept while the store's generation is unchanged."""

    def __init__(self, store: Store, size: int = KEPT_ANSWERS) -> None:
        self.size = size
        self.answers: OrderedDict[Hashable, tuple[Any, Any]] = OrderedDict()
        self.lock = threading.Lock()
        self.computing: dict[tuple[Hashable, Any], threading.Event] = {}
        backend = store.engine.url.get_backend_name()
        self.generation_query = GENERATION_QUERIES[backend]
        self.ends_transaction = backend in ENDS_TRANSACTION
        self.watcher = store.engine.raw_connection()
        """A connection of its own: SQLite's data_version counts the commits of others."""
        self.watcher.detach()

    def generation(self) -> Any:
        with self.lock:
            cursor = self.watcher.cursor()
            try:
                cursor.execute(self.generation_query)
                (value,) = cursor.fetchone()
            finally:
                cursor.close()
            if self.ends_transaction:
                self.watcher.rollback()
            return value

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer kept under `key` if the store has not changed since, else computed:
        once, however many ask for it at the same time (the others wait for it)."""
        generation = self.generation()
        while True:
            with self.lock:
                kept = self.answers.get(key)
                if kept is not None and kept[0] == generation:
                    self.answers.move_to_end(key)
                    return kept[1]
                computing = self.computing.get((key, generation))
                if computing is None:
                    computing = self.computing[key, generation] = threading.Event()
                    break
            computing.wait()  # then kept, unless it failed or was pushed out: asked again
        try:
            answer = compute()
            with self.lock:
                self.answers[key] = (generation, answer)
                self.answers.move_to_end(key)
                while len(self.answers) > self.size:
                    self.answers.popitem(last=False)
            return answer
        finally:
            with self.lock:
                del self.computing[key, generation]
            computing.set()

    def close(self) -> None:
        self.watcher.close()


_caches: WeakKeyDictionary[Store, ResultCache] = WeakKeyDictionary()


def keep_results(store: Store, size: int = KEPT_ANSWERS) -> ResultCache:
    """Make `cached` keep the answers of `store` (the server does, for the store it reads)."""
    if store not in _caches:
        _caches[store] = ResultCache(store, size)
    return _caches[store]


def cached(store: Store, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, kept until the store changes if `keep_results(store)` was called, else
    computed every time. The answer is shared: callers must not change it."""
    cache = _caches.get(store)
    return compute() if cache is None else cache.get(key, compute)


def cached_json(store: Store, key: Hashable, compute: Callable[[], Any]) -> Any:
    """`cached` for a large answer made of JSON values (rows, a whole analysis): kept as
    JSON text, one object instead of thousands, so that what is kept does not lengthen
    every full pass of Python's garbage collector; each caller gets its own copy (the one
    that computes it, the answer itself: not read back from its text)."""
    if store not in _caches:
        return compute()
    return cached_with_text(store, key, lambda: _with_text(compute()))


def cached_with_text(store: Store, key: Hashable, compute: Callable[[], tuple[T, str]]) -> T:
    """`cached_json` for an answer that `compute` gives with its JSON text, written from
    parts it read as JSON text (stored records spliced in, not written again); the text
    must read back (`json.loads`) as the answer, its objects' keys in the same order."""
    if store not in _caches:
        return compute()[0]
    computed = []

    def kept_as_text() -> str:
        answer, text = compute()
        computed.append(answer)
        return text

    text = cached(store, key, kept_as_text)
    return computed[0] if computed else json.loads(text)


def _with_text(answer: T) -> tuple[T, str]:
    return answer, to_json(answer)
