"""Open a store for reading only: every connection refuses writes, whatever runs on it.

The web server opens its store this way, so no page, bug or crafted request can change the
data it shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from eventwire.store.database import Store

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
