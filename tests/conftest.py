from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """`../shared` beside the checkout (CI lays it there); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def served_db(tmp_path_factory) -> Path:
    """A SQLite store filled by `ingest` of the short articles the server tests read."""
    path = tmp_path_factory.mktemp("served") / "served.db"
    fill_by_ingest(path, "articles.jsonl")
    return path


@pytest.fixture(scope="session")
def story_db(tmp_path_factory) -> Path:
    """A SQLite store filled by `ingest` of three outlets' tellings of one invented abduction
    that disagree on how many were taken (the story page tests read it)."""
    path = tmp_path_factory.mktemp("story") / "story.db"
    fill_by_ingest(path, "story.jsonl")
    return path


@pytest.fixture
def served_postgres() -> str:
    """The PostgreSQL database of EVENTWIRE_TEST_POSTGRES, emptied and filled by `ingest` of
    the server tests' articles (skips without it)."""
    url = os.environ.get("EVENTWIRE_TEST_POSTGRES")
    if not url:
        pytest.skip("EVENTWIRE_TEST_POSTGRES is not set")
    import sqlalchemy as sa

    from eventwire.store.schema import SCHEMA

    engine = sa.create_engine(url)
    SCHEMA.metadata.drop_all(engine)
    engine.dispose()
    fill_by_ingest(url, "articles.jsonl")
    return url


@pytest.fixture(scope="session")
def withheld_db(tmp_path_factory) -> Path:
    """A SQLite store holding `news_events.FILTERED_BID_NEWS`, analyzed with the shipped
    settings (the article page tests read its withheld event)."""
    from news_events import FILTERED_BID_NEWS

    from eventwire.pipeline import analyze
    from eventwire.store import Store

    path = tmp_path_factory.mktemp("withheld") / "withheld.db"
    with Store(path) as store:
        assert store.add(analyze(FILTERED_BID_NEWS, "2024-03-04"))
    return path


def fill_by_ingest(where: Path | str, articles: str) -> None:
    """Fill the store at `where` (a SQLite path or a database URL) by `ingest` of a file of
    articles under tests/fixtures/server."""
    from eventwire.ingest import ingest
    from eventwire.readers.sources import read_sources
    from eventwire.store import Store

    with Store(where) as store:
        summary = ingest(read_sources([str(REPO / "tests/fixtures/server" / articles)]), store)
    assert summary.ok, summary.lines()
