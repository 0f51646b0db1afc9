"""Load a batch's Parquet dataset into a store, so it can be queried, served and exported
like an ingest. Each article goes through `Store.add`, in one transaction with its records;
an article already stored is skipped, so loading twice, or loading overlapping datasets,
stores each article once."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.batch.dataset import DONE, completed_shards, read_shard_rows
from eventwire.kinds import RECORD_KINDS
from eventwire.records import Analysis, Sentence
from eventwire.store.database import Store

Row = dict[str, Any]


@dataclass
class LoadSummary:
    shards: int = 0
    read: int = 0
    stored: int = 0
    duplicates: int = 0

    def lines(self) -> list[str]:
        return [
            f"{self.shards} shards, read {self.read} articles, stored {self.stored}, "
            f"skipped as already stored {self.duplicates}"
        ]


class DatasetError(Exception):
    """The folder is not a dataset `eventwire batch` wrote: names it and says why."""


def load(
    dataset: Path, store: Store, on_shard: Callable[[LoadSummary], None] | None = None
) -> LoadSummary:
    """Store every article of the complete shards of `dataset` that the store lacks."""
    if not (dataset / DONE).is_dir():
        raise DatasetError(f"{dataset}: not a batch dataset (no {DONE}/ folder)")
    summary = LoadSummary()
    for shard_id in completed_shards(dataset):
        summary.shards += 1
        for analysis in analyses_of(read_shard_rows(dataset, shard_id)):
            summary.read += 1
            if store.has_article(analysis.article.id) or not store.add(analysis):
                summary.duplicates += 1
            else:
                summary.stored += 1
        if on_shard:
            on_shard(summary)
    return summary


def analyses_of(tables: dict[str, list[Row]]) -> list[Analysis]:
    """The analyses a shard's rows hold, rebuilt from each record's JSON, in written order."""
    by_article: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for table in ("sentences", *RECORD_KINDS):
        for row in tables[table]:
            by_article[row["article_id"]][table].append(row)
    analyses = []
    for article_row in tables["articles"]:
        rows = by_article[article_row["id"]]
        data = {
            "article": json.loads(article_row["record"]),
            **{
                name: [json.loads(row["record"]) for row in sorted_by_position(rows[name])]
                for name in RECORD_KINDS
            },
        }
        analysis = Analysis.from_dict(data)
        analysis.sentences = [
            Sentence(index=row["position"], start=row["char_start"], end=row["char_end"])
            for row in sorted_by_position(rows["sentences"])
        ]
        analyses.append(analysis)
    return analyses


def sorted_by_position(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: row["position"])
