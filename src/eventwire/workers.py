"""The worker pool: analyze batches of articles in processes, results back in input order."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from eventwire.nlp import load_nlp
from eventwire.records import Article

BATCHES_IN_FLIGHT_PER_WORKER = 2
"""Batches queued per worker process: enough to keep workers busy, few enough that memory
stays flat however long the input is."""


def check_workers(workers: int, force: bool = False) -> None:
    """Refuse a number of worker processes below 1, or above the CPUs this process may use
    unless `force`: more processes than cores only add memory (each holds the model)."""
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a whole number of processes, 1 or more, not {workers!r}")
    cpus = available_cpus()
    if workers > cpus and not force:
        raise ValueError(
            f"{workers} workers is more than the {cpus} CPUs available; "
            "each worker holds its own model, so more only use memory (--force-workers to insist)"
        )


def available_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def batches_of(articles: Iterable[Article], batch_size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, batch_size)):
        yield batch


def analyze_batches(
    batches: Iterable[list[Article]],
    workers: int,
    analyze_one_batch: Callable[[list[Article]], list[Any]],
) -> Iterator[tuple[list[Article], list[Any]]]:
    """Each batch with `analyze_one_batch` of it, in input order; with `workers` > 1 the
    batches run in worker processes (each loads the model once), a bounded number in flight.

    `analyze_one_batch` travels to the workers with every batch, so it carries the run's
    settings (a `partial`): a worker keeps nothing of a run but the model and the codebook
    indexes, which are keyed by the settings."""
    if workers <= 1:
        for batch in batches:
            yield batch, analyze_one_batch(batch)
        return
    # spawn, not fork: the parent may hold threads (progress display) and database connections
    with multiprocessing.get_context("spawn").Pool(workers, initializer=start_worker) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append((batch, pool.apply_async(in_worker, (analyze_one_batch, batch))))
            if len(pending) >= workers * BATCHES_IN_FLIGHT_PER_WORKER:
                batch, result = pending.popleft()
                yield batch, result.get()
        while pending:
            batch, result = pending.popleft()
            yield batch, result.get()


def start_worker() -> None:
    """Ctrl-C is the parent's to handle (it stops the workers); the model loads once here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_nlp()


def in_worker(
    analyze_one_batch: Callable[[list[Article]], list[Any]], batch: list[Article]
) -> list[Any]:
    """Run in a worker process; an exception that cannot be pickled back to the parent travels
    as a RuntimeError with the same message."""
    results = analyze_one_batch(batch)
    return [portable(result) if isinstance(result, Exception) else result for result in results]


def portable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(str(error))
    return error
