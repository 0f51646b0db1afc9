"""Run a batch on Dask distributed: one task per shard, each reading its shard from disk,
analyzing it and writing its Parquet files. Tasks take paths and return counts; the model
loads once per worker (`ModelLoader`) and never travels.

The same code runs on a `LocalCluster` (N worker processes on this machine) or on any
cluster whose scheduler address is given: dask-jobqueue on Slurm, dask-kubernetes or the
Dask Helm chart on Kubernetes (docs/scale.md). Workers must see the inputs and the output
folder at the same paths, as on a shared filesystem.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from eventwire.batch.dataset import (
    add_rows,
    done_entry,
    forget_partial,
    write_batch_manifest,
    write_input_failures,
    write_shard,
)
from eventwire.batch.shards import DEFAULT_SHARD_BYTES, Shard, plan_shards, read_shard
from eventwire.export import dataset_rows
from eventwire.ingest import describe
from eventwire.pipeline import BATCH_SIZE, analyze_each, check_settings
from eventwire.records import Article
from eventwire.settings import Settings, settings_in_force
from eventwire.workers import batches_of

CONNECT_TIMEOUT_S = 10


class BatchError(Exception):
    """The batch cannot run at all (no scheduler, no output folder): says why."""


@dataclass
class BatchSummary:
    shards: int = 0
    skipped: int = 0
    """Shards complete from an earlier run, not redone."""
    written: int = 0
    """Shards written by this run."""
    articles: int = 0
    failures: int = 0
    unfinished: list[str] = field(default_factory=list)
    """One line per shard whose task failed as a whole; a rerun retries them."""
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.unfinished

    def lines(self) -> list[str]:
        lines = [
            f"{self.shards} shards ({self.skipped} done before), {self.articles} articles, "
            f"{self.failures} failed items (failures/ lists them)"
        ]
        lines += [
            f"failed: {error['item']}: {error['reason']}"
            for error in self.manifest.get("input_errors", [])
        ]
        return lines + [f"shard not finished: {line}" for line in self.unfinished]


def analyze_shard(shard: Shard, output: str, settings: Settings) -> dict[str, Any]:
    """The task: read, analyze and write one shard with `settings` (paths and limits, sent
    with the task); returns its `_shards/` entry. Bad items become failure rows; an article
    repeated within the shard is written once."""
    failures: list[dict[str, str]] = []
    rows: dict[str, dict[str, list]] = {}
    seen: set[str] = set()

    def fail(item: str, reason: str) -> None:
        failures.append({"shard": shard.id, "item": item, "reason": reason})

    def articles() -> Iterator[Article]:
        for item in read_shard(shard, settings.max_article_bytes):
            if not isinstance(item, Article):
                fail(item.item, item.reason)
            elif item.id not in seen:
                seen.add(item.id)
                yield item

    for batch in batches_of(articles(), BATCH_SIZE):
        for article, result in zip(batch, analyze_each(batch, settings), strict=True):
            if isinstance(result, Exception):
                fail(describe(article), f"analysis failed: {result}")
                continue
            try:
                add_rows(rows, dataset_rows(result))
            except (TypeError, ValueError) as error:
                fail(describe(article), f"records not serializable ({error})")
    source = {"paths": list(shard.paths), "start": shard.start, "end": shard.end}
    return write_shard(Path(output), shard.id, source, rows, failures)


def batch(
    sources: list[str],
    output: Path,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    shard_bytes: int = DEFAULT_SHARD_BYTES,
    settings: Settings | None = None,
    processes: bool = True,
    connect_timeout_s: float = CONNECT_TIMEOUT_S,
    on_shard: Callable[[BatchSummary], None] | None = None,
) -> BatchSummary:
    """Analyze `sources` into the Parquet dataset `output`, skipping shards done before.

    Runs on the cluster at `scheduler`, else on a local cluster of `workers` workers
    (processes, or threads of this process with `processes=False`). `settings` default to
    those in force, as for `ingest`; a user's table that does not read stops the batch here.
    """
    settings = settings or settings_in_force()
    try:
        check_settings(settings)
    except (OSError, ValueError) as error:
        raise BatchError(str(error)) from None
    if output.exists() and not output.is_dir():
        raise BatchError(f"{output}: exists and is not a folder")
    if not output.parent.is_dir():
        raise BatchError(f"{output}: folder {output.parent} does not exist")
    output.mkdir(exist_ok=True)
    forget_partial(output)
    plan = plan_shards(sources, shard_bytes)
    write_input_failures(output, plan)
    summary = BatchSummary(shards=len(plan.shards))
    entries = {shard.id: done_entry(output, shard) for shard in plan.shards}
    summary.skipped = sum(entry is not None for entry in entries.values())
    todo = [shard for shard in plan.shards if entries[shard.id] is None]
    if todo:
        with dask_client(scheduler, workers, processes, connect_timeout_s) as client:
            run_tasks(client, todo, output, settings, entries, summary, on_shard)
        forget_partial(output)
    finished = [entries[shard.id] for shard in plan.shards if entries[shard.id]]
    summary.articles = sum(entry["counts"].get("articles", 0) for entry in finished)
    summary.manifest = write_batch_manifest(output, plan, finished, shard_bytes, settings)
    summary.failures = summary.manifest["failures"]
    return summary


def run_tasks(
    client: Client,
    shards: list[Shard],
    output: Path,
    settings: Settings,
    entries: dict[str, dict[str, Any] | None],
    summary: BatchSummary,
    on_shard: Callable[[BatchSummary], None] | None,
) -> None:
    futures = {
        client.submit(
            analyze_shard, shard, str(output.resolve()), settings, key=f"shard-{shard.id}"
        ): shard
        for shard in shards
    }
    for future in as_completed(futures):
        shard = futures[future]
        try:
            entries[shard.id] = future.result()
            summary.written += 1
        except Exception as error:  # one shard's failure must not stop the others
            summary.unfinished.append(f"{shard.describe()}: {type(error).__name__}: {error}")
        future.release()
        if on_shard:
            summary.articles = sum(e["counts"].get("articles", 0) for e in entries.values() if e)
            on_shard(summary)


class ModelLoader(WorkerPlugin):
    """A Dask worker plugin: each worker loads the model once, when it starts."""

    name = "eventwire-model"

    def setup(self, worker: Any) -> None:
        from eventwire.nlp import load_nlp

        load_nlp()


@contextmanager
def dask_client(
    scheduler: str | None,
    workers: int,
    processes: bool = True,
    connect_timeout_s: float = CONNECT_TIMEOUT_S,
) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a local cluster that lives as long as
    the block: no dashboard, its scratch files in a temporary folder removed after."""
    plugin = ModelLoader()
    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{connect_timeout_s}s")
        except (OSError, TimeoutError) as error:
            raise BatchError(
                f"scheduler {scheduler} did not answer within {connect_timeout_s:g} s ({error})"
            ) from None
        with client:
            client.register_plugin(plugin)
            yield client
        return
    with tempfile.TemporaryDirectory(prefix="eventwire-dask-") as scratch:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            local_directory=scratch,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        with cluster, Client(cluster) as client:
            client.register_plugin(plugin)
            yield client
