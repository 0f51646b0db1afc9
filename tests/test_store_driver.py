"""Statements written once as SQL text and run on the driver's cursor (`store.driver`): one
with a list of values (a filter's modalities) answers as SQLAlchemy's own execution does, and
the words-led pages that keep one statement per shape answer each word's sorted page."""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from store_samples import samples

from eventwire.filters import Filters
from eventwire.store import Store, find
from eventwire.store.driver import driver_statement


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def holds(sentence: str, text: str) -> bool:
    held, wanted = words_of(sentence), words_of(text)
    return any(held[start : start + len(wanted)] == wanted for start in range(len(held)))


def stored(tmp_path: Path) -> Store:
    store = Store(tmp_path / "events.db")
    for analysis in samples():
        store.add(analysis)
    return store


def test_a_statement_with_a_list_of_values_runs_on_the_driver(tmp_path: Path) -> None:
    with stored(tmp_path) as store, store.connect() as connection:
        events = store.schema.records["events"]
        statement = (
            sa.select(events.c.article_id, events.c.position)
            .where(
                events.c.modality.in_(["asserted", "negated"]),
                events.c.position >= sa.bindparam("lowest"),
            )
            .order_by(events.c.article_id, events.c.position)
        )
        expected = [tuple(row) for row in connection.execute(statement, {"lowest": 1})]
        kept = driver_statement(statement, connection.dialect)
        assert expected
        assert kept.run(connection, {"lowest": 1}).fetchall() == expected
        fewer = [tuple(row) for row in connection.execute(statement, {"lowest": 2})]
        assert kept.run(connection, {"lowest": 2}).fetchall() == fewer


def test_pages_of_other_words_from_one_kept_statement_are_their_own(tmp_path: Path) -> None:
    with stored(tmp_path) as store:
        for modalities in (None, ("asserted",), ("asserted", "negated")):
            every = list(find(store, "events", Filters(modalities=modalities)))
            for text in ("tanker", "the", "seize", 'costa "met"', "nosuchword"):
                holding = [
                    f"{found.article['id']} {found.record['id']}"
                    for found in every
                    if holds(found.sentence or "", text)
                ]
                page = Filters(text=text, modalities=modalities, limit=3)
                got = [
                    f"{found.article['id']} {found.record['id']}"
                    for found in find(store, "events", page)
                ]
                assert got == holding[:3], (text, modalities)
