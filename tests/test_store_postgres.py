"""PostgreSQL answers exactly as SQLite does. Runs when EVENTWIRE_TEST_POSTGRES names a
database it may empty, e.g. postgresql+psycopg://postgres@/eventwire?host=/tmp/pg&port=5432"""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_samples import samples, tanker_seizure

from eventwire.export import write_results
from eventwire.filters import BoundingBox
from eventwire.store import ArticleRejected, Filters, Store, analyses, find
from eventwire.store.schema import SCHEMA

URL = os.environ.get("EVENTWIRE_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(not URL, reason="EVENTWIRE_TEST_POSTGRES is not set")

FILTERS = [
    Filters(),
    Filters(modalities=None),
    Filters(actor="IRN"),
    Filters(code="1", modalities=None),
    Filters(since="2024-04-01", until="2024-12-31"),
    Filters(outlets=("harbour gazette",)),
    Filters(name="cost", type="person"),
    Filters(country="PRT", bbox=BoundingBox(170, -90, -5, 90)),
    Filters(limit=2, modalities=None),
]


@pytest.fixture
def postgres() -> Iterator[Store]:
    engine = sa.create_engine(URL)
    SCHEMA.metadata.drop_all(engine)
    engine.dispose()
    with Store(URL) as store:
        yield store


def test_postgres_answers_as_sqlite_does(postgres: Store, tmp_path: Path) -> None:
    with Store(tmp_path / "events.db") as sqlite:
        for analysis in samples():
            assert postgres.add(analysis) is True
            assert postgres.add(analysis) is False
            sqlite.add(analysis)
        for kind in ("articles", "entities", "events", "quotes", "places"):
            for filters in FILTERS:
                answers = []
                for store in (postgres, sqlite):
                    out = io.StringIO()
                    write_results(kind, find(store, kind, filters), "csv", out)
                    answers.append(out.getvalue())
                assert answers[0] == answers[1], (kind, filters)
        everything = Filters(modalities=None)
        assert list(analyses(postgres, everything)) == list(analyses(sqlite, everything))


def test_postgres_rolls_back_a_refused_article(postgres: Store) -> None:
    broken = tanker_seizure()
    broken.events[2] = dataclasses.replace(broken.events[2], cameo=None)
    with pytest.raises(ArticleRejected):
        postgres.add(broken)
    assert not postgres.has_article(broken.article.id)
    assert list(analyses(postgres, Filters(modalities=None))) == []
