"""Open a store for reading only: every connection refuses writes, whatever runs on it.

The web server opens its store this way, so no page, bug or crafted request can change the
data it shows.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from eventwire.store.database import Store, database_url

READ_ONLY_SETTINGS = {
    "sqlite": "PRAGMA query_only = ON",
    "postgresql": "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
}
"""The statement that makes a connection refuse writes, by database backend."""


def open_read_only(location: str | Path) -> Store:
    """An existing store whose connections refuse writes (StoreError when there is none)."""
    store = Store(location, create=False)
    backend = store.engine.url.get_backend_name()
    setting = READ_ONLY_SETTINGS.get(backend)
    if setting is None:
        store.close()
        raise ValueError(f"{store.location}: no read-only mode known for {backend}")

    def refuse_writes(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(setting)
        cursor.close()
        dbapi_connection.commit()  # PostgreSQL undoes a SET whose transaction rolls back

    sa.event.listen(store.engine, "connect", refuse_writes)
    store.engine.dispose()
    return store


WARM_CHUNK = 1 << 20
"""Bytes `warm_page_cache` reads at a time."""


def warm_page_cache(location: str | Path) -> int:
    """Read a SQLite store's file once, start to end, so that the OS keeps its pages in
    memory: a page not yet read waits on the disk for each B-tree page it needs (a cold
    article page of a 100,000-article store, about ten waits of 3-4 ms), where one pass
    reads the file at the disk's sequential speed. The bytes read: 0 for a database
    server (it keeps its own cache) or a file larger than this machine's memory (its later
    pages would only push out its first)."""
    url = sa.engine.make_url(database_url(location))
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return 0
    path = Path(url.database)
    memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    if path.stat().st_size > memory:
        return 0
    read = 0
    chunk = bytearray(WARM_CHUNK)
    with path.open("rb", buffering=0) as file:
        while size := file.readinto(chunk):
            read += size
    return read
