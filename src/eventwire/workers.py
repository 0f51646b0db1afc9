"""The worker pool: analyze batches of articles in processes, results back in input order.

A worker process can die under an article: killed from outside (the kernel ends the largest
process when memory runs out), or a crash in native code. The pool sees the death at once,
starts a new worker, and analyzes the lost batch again, each article alone; an article whose
analysis ends its worker a second time gets `WorkerKilled` in its place, and every other
article its analysis. Each worker runs one batch at a time, so a death loses only that batch.

With a memory budget, each batch may grow its worker's address space by that much
(`budget.memory_limit`); past it an allocation fails with MemoryError instead of the kernel
killing the process, the batch is analyzed again one article at a time, and a worker that ran
out leaves, so that no worker carries the memory of a hostile article on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from eventwire.budget import MemoryBudgetSpent, check_memory_budget, memory_limit
from eventwire.nlp import load_nlp
from eventwire.records import Article

T = TypeVar("T")

BATCHES_IN_FLIGHT_PER_WORKER = 2
"""Batches held per worker process (running, waiting, or done and waiting for their turn in
input order): enough to keep workers busy, few enough that memory stays flat however long
the input is."""

FAILED_STARTS_IN_A_ROW = 3
"""Worker processes that die before their model is loaded, one after another, before the run
stops: where the model cannot load (a broken install, no memory) workers would otherwise be
started forever."""

log = logging.getLogger(__name__)

Analyzer = Callable[[list[Article]], list[Any]]


class WorkerKilled(Exception):
    """An article's analysis ended its worker process twice: in its batch, then alone."""

    def __init__(self, exit_code: int | None) -> None:
        hint = (
            " (the kernel kills a process so when memory runs out; --memory-budget makes such "
            "an article fail on its own instead)"
            if exit_code == -signal.SIGKILL
            else ""
        )
        super().__init__(
            f"its worker process {how_it_ended(exit_code)} while analyzing it, in its batch and "
            f"again alone{hint}"
        )
        self.exit_code = exit_code

    def __reduce__(self) -> tuple[type, tuple[int | None]]:
        return type(self), (self.exit_code,)


class WorkersCannotStart(RuntimeError):
    """Worker processes die before they are ready, one after another."""


def how_it_ended(exit_code: int | None) -> str:
    if exit_code is not None and exit_code < 0:
        try:
            return f"was killed by {signal.Signals(-exit_code).name}"
        except ValueError:
            return f"was killed by signal {-exit_code}"
    return f"exited with code {exit_code}"


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


def batches_of(items: Iterable[T], batch_size: int) -> Iterator[list[T]]:
    """The items in lists of `batch_size` (the last one shorter), read as they are needed."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        yield batch


def analyze_batches(
    batches: Iterable[list[Article]],
    workers: int,
    analyze_one_batch: Analyzer,
    memory_budget: int | None = None,
) -> Iterator[tuple[list[Article], list[Any]]]:
    """Each batch with `analyze_one_batch` of it, in input order; with `workers` > 1, or a
    `memory_budget`, the batches run in worker processes (each loads the model once).

    `analyze_one_batch` travels to the workers with every batch, so it carries the run's
    settings (a `partial`): a worker keeps nothing of a run but the model and the codebook
    indexes, which are keyed by the settings. `memory_budget` caps, in bytes, how far a worker's
    address space may grow while it analyzes a batch (`budget.memory_limit`); an article that
    needs more alone gets `MemoryBudgetSpent` in its place.
    An exception `analyze_one_batch` raises is raised here, in the batch's turn."""
    check_memory_budget(memory_budget)
    if workers <= 1 and memory_budget is None:
        for batch in batches:
            yield batch, analyze_one_batch(batch)
        return
    with WorkerPool(max(workers, 1), memory_budget) as pool:
        yield from in_order(pool, batches, analyze_one_batch)


@dataclass
class Job:
    """One input batch: its articles and, as they come back, their results."""

    articles: list[Article]
    results: list[Any]
    missing: int
    error: BaseException | None = None


@dataclass
class Task:
    """Articles `start` onwards of job `job`, sent to a worker together; `retry` marks an
    article sent alone because its batch's worker died or ran past the memory budget."""

    job: int
    start: int
    articles: list[Article]
    retry: bool = False


def in_order(
    pool: WorkerPool, batches: Iterable[list[Article]], analyze_one_batch: Analyzer
) -> Iterator[tuple[list[Article], list[Any]]]:
    jobs: dict[int, Job] = {}
    waiting: deque[Task] = deque()
    upcoming = enumerate(batches)
    next_job = 0
    more = True
    while more or jobs:
        while more and len(jobs) < pool.size * BATCHES_IN_FLIGHT_PER_WORKER:
            number, batch = next(upcoming, (None, None))
            if batch is None:
                more = False
            else:
                jobs[number] = Job(batch, [None] * len(batch), len(batch))
                waiting.append(Task(number, 0, batch))
        pool.give_out(waiting, analyze_one_batch)  # before yielding: workers go on meanwhile
        if next_job in jobs and jobs[next_job].missing == 0:
            job = jobs.pop(next_job)
            next_job += 1
            if job.error is not None:
                raise job.error
            yield job.articles, job.results
            continue
        for task, outcome in pool.outcomes():
            if to_retry_alone(task, outcome):
                waiting.extendleft(reversed(alone(task)))
                continue
            job = jobs[task.job]
            if isinstance(outcome, Died):
                outcome = [WorkerKilled(outcome.exit_code)]
            elif isinstance(outcome, BaseException):
                job.error = job.error or outcome
                outcome = [outcome] * len(task.articles)
            job.results[task.start : task.start + len(task.articles)] = outcome
            job.missing -= len(task.articles)


def to_retry_alone(task: Task, outcome: list[Any] | BaseException | Died) -> bool:
    """Whether a task's articles are to be analyzed again, each alone: when its worker died
    under it, or when it ran past the memory budget with more than one article; neither
    tells which article was to blame. Once alone, an article's outcome is final."""
    if task.retry:
        return False
    if isinstance(outcome, Died):
        log.warning(
            "a worker process %s while analyzing %d article(s); analyzing each again alone",
            how_it_ended(outcome.exit_code),
            len(task.articles),
        )
        return True
    return (
        isinstance(outcome, list)
        and len(task.articles) > 1
        and any(isinstance(result, MemoryBudgetSpent) for result in outcome)
    )


def alone(task: Task) -> list[Task]:
    return [
        Task(task.job, task.start + offset, [article], retry=True)
        for offset, article in enumerate(task.articles)
    ]


@dataclass(frozen=True)
class Died:
    exit_code: int | None


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection
    ready: bool = False
    task: Task | None = None


@dataclass
class WorkerPool:
    """`size` worker processes, each given one task at a time; a dead one is replaced."""

    size: int
    memory_budget: int | None = None
    workers: list[Worker] = field(default_factory=list)
    failed_starts: int = 0

    def __enter__(self) -> WorkerPool:
        self.workers = [self.start() for _ in range(self.size)]
        return self

    def __exit__(self, *exception: object) -> None:
        for worker in self.workers:
            if worker.task is None:
                with suppress(OSError):
                    worker.connection.send(None)
        for worker in self.workers:
            worker.process.join(timeout=5 if worker.task is None else 0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()

    def start(self) -> Worker:
        # spawn, not fork: the parent may hold threads (progress display) and database connections
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs, self.memory_budget), daemon=True)
        process.start()
        theirs.close()
        return Worker(process, ours)

    def give_out(self, waiting: deque[Task], analyze_one_batch: Analyzer) -> None:
        for worker in self.workers:
            if not waiting:
                return
            if worker.ready and worker.task is None:
                task = waiting.popleft()
                try:
                    worker.connection.send((analyze_one_batch, task.articles))
                except OSError:  # it died idle: `outcomes` replaces it; the task waits
                    waiting.appendleft(task)
                else:
                    worker.task = task

    def outcomes(self) -> list[tuple[Task, list[Any] | BaseException | Died]]:
        """Wait until a worker answers or dies; each finished task with its results, the
        exception it raised, or `Died` when its worker died under it."""
        handles = [worker.connection for worker in self.workers]
        ready = wait(handles + [worker.process.sentinel for worker in self.workers])
        finished = []
        for worker in list(self.workers):
            if worker.connection not in ready and worker.process.sentinel not in ready:
                continue
            message = self.receive(worker)
            if message is None:
                finished += self.replace(worker)
            elif message == "ready":
                worker.ready = True
                self.failed_starts = 0
            elif worker.task is not None:
                finished.append((worker.task, message[1]))
                worker.task = None
                if message[2]:  # it is leaving
                    self.replace(worker)
        return finished

    @staticmethod
    def receive(worker: Worker) -> Any:
        """The worker's next message; None once it has closed its end (it is dying)."""
        try:
            if worker.connection.poll():
                return worker.connection.recv()
        except (EOFError, OSError):
            pass
        return None

    def replace(self, worker: Worker) -> list[tuple[Task, Died]]:
        worker.process.join()
        exit_code = worker.process.exitcode
        worker.connection.close()
        if not worker.ready:
            self.failed_starts += 1
            if self.failed_starts >= FAILED_STARTS_IN_A_ROW:
                raise WorkersCannotStart(
                    f"{self.failed_starts} worker processes in a row ended before their model "
                    f"was loaded (the last {how_it_ended(exit_code)})"
                )
        self.workers[self.workers.index(worker)] = self.start()
        return [] if worker.task is None else [(worker.task, Died(exit_code))]


def serve(connection: Connection, memory_budget: int | None) -> None:
    """A worker process: load the model once, then analyze each batch sent until told to stop.
    Ctrl-C is the parent's to handle (it stops the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_nlp()
    connection.send("ready")
    while (task := connection.recv()) is not None:
        analyze_one_batch, batch = task
        try:
            with memory_limit(memory_budget):
                kind, results = "done", analyze_one_batch(batch)
        except Exception as error:
            kind, results = "raised", [error]
        results = [portable(result, memory_budget) for result in results]
        leaving = any(isinstance(result, MemoryError) for result in results)
        connection.send((kind, results if kind == "done" else results[0], leaving))
        if leaving:
            return  # memory it got back may not go back to the system: a fresh process follows


def portable(result: Any, memory_budget: int | None = None) -> Any:
    """`result` as it can travel to the parent: an exception that cannot be pickled becomes a
    RuntimeError with the same message, and a MemoryError under a budget says so."""
    if not isinstance(result, Exception):
        return result
    if isinstance(result, MemoryError) and memory_budget is not None:
        return MemoryBudgetSpent(memory_budget)
    try:
        pickle.loads(pickle.dumps(result))
    except Exception:
        return RuntimeError(str(result))
    return result
