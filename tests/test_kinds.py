"""A record kind is its declaration: the store, queries and displays need no other change."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from store_samples import samples

from eventwire.filters import Filters, code_prefix, contains
from eventwire.kinds import ID, RECORD_KINDS, Filter, Listing, RecordKind, Shown, Stored, value_at
from eventwire.records import Analysis, Article, content_hash
from eventwire.store import Store, analyses, find


@dataclass
class Note:
    """A toy record: a remark about the article, with the actor it concerns."""

    id: str
    text: str
    actor: str | None


@dataclass
class NotedAnalysis(Analysis):
    notes: list[Note] = field(default_factory=list)


NOTES = RecordKind(
    name="notes",
    singular="note",
    record_type=Note,
    columns=(
        Stored("text", sa.Text, value_at("text"), False),
        Stored("actor", ID, value_at("actor")),
    ),
    indexes=("actor",),
    listing=Listing(
        filters=(Filter("actor", code_prefix("actor")), Filter("name", contains("text"))),
        columns=(Shown("note", lambda found: found.record["text"], 40),),
    ),
)


def noted(text: str, notes: list[Note]) -> NotedAnalysis:
    article = Article(content_hash(text), "Notes", None, None, "2024-05-01", "en", text)
    return NotedAnalysis(article=article, notes=notes)


def test_a_declared_kind_is_stored_and_queried(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    notes = [Note("n1", "Iran's navy said little", "IRNMIL"), Note("n2", "Quiet port", None)]
    with Store(path, kinds=(*RECORD_KINDS.values(), NOTES)) as store:
        assert store.add(noted("A quiet week in the port.", notes)) is True
        found = list(find(store, "notes", Filters(actor="IRN")))
        assert [result.record["text"] for result in found] == ["Iran's navy said little"]
        assert [r.record["id"] for r in find(store, "notes", Filters(name="PORT"))] == ["n2"]
        (analysis,) = analyses(store, Filters())
        assert analysis["notes"] == [
            {"id": "n1", "text": "Iran's navy said little", "actor": "IRNMIL"},
            {"id": "n2", "text": "Quiet port", "actor": None},
        ]
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(notes)")]
        indexes = [row[1] for row in connection.execute("PRAGMA index_list(notes)")]
        stored = connection.execute("SELECT actor, text FROM notes ORDER BY position").fetchall()
    assert columns == ["article_id", "position", "id", "text", "actor", "record"]
    assert "ix_notes_actor" in indexes
    assert stored == [("IRNMIL", "Iran's navy said little"), (None, "Quiet port")]


def test_registry_follows_the_analysis_json() -> None:
    assert tuple(RECORD_KINDS) == Analysis.record_lists()


def test_every_sample_comes_back_from_its_json() -> None:
    for analysis in samples():
        assert Analysis.from_dict(analysis.to_dict()).to_json() == analysis.to_json()
