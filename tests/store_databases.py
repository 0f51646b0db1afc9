"""The databases store tests run on: SQLite always, PostgreSQL when EVENTWIRE_TEST_POSTGRES
names a database these tests may empty."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwire.store.schema import SCHEMA

POSTGRES = os.environ.get("EVENTWIRE_TEST_POSTGRES")
DATABASES = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not POSTGRES, reason="EVENTWIRE_TEST_POSTGRES is not set"),
    ),
]
"""Parameters of a fixture that gives a store on each database."""


def empty_database(kind: str, folder: Path) -> str | Path:
    """Where a new store goes: a file in `folder`, or the PostgreSQL test database emptied."""
    if kind == "postgresql":
        engine = sa.create_engine(POSTGRES)
        SCHEMA.metadata.drop_all(engine)
        engine.dispose()
        return POSTGRES
    return folder / "events.db"
