"""Worker processes under faults: a worker SIGKILLed mid-batch (from outside, or by the
article it analyzes), and an article that needs more memory than its budget. Real processes,
real signals: each run must end, name the article that failed, and lose nothing else."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sqlite3
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.readers.text import article_from_text
from eventwire.records import Article
from eventwire.store import Store
from eventwire.workers import WorkerKilled, analyze_batches, batches_of

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads CPU times and memory from /proc"
)

STORIES = [
    f"Story {number}\nThe council of Delmar met on Monday and voted {number} times on the budget."
    for number in range(7)
]


def finish_within(seconds: float, work):
    """`work()`'s value, failing the test if it has not ended after `seconds` (a parent that
    waits for a dead worker would otherwise hang the suite)."""
    outcome: list = []
    thread = threading.Thread(target=lambda: outcome.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"the run did not end within {seconds} s"
    return outcome[0]


def headline_unless_poisoned(batch: list[Article]) -> list[str]:
    """A job for the pool: each article's headline, but an article whose text says POISON
    SIGKILLs the process analyzing it, as the kernel does to a process out of memory."""
    for article in batch:
        if "POISON" in article.text:
            os.kill(os.getpid(), signal.SIGKILL)
    return [article.title for article in batch]


def test_an_article_that_kills_its_worker_fails_alone_and_the_rest_come_back(caplog) -> None:
    texts = [*STORIES[:4], "Poisoned story\nPOISON in the text.", *STORIES[4:]]
    articles = [article_from_text(text) for text in texts]
    batches = batches_of(articles, 3)
    with caplog.at_level(logging.WARNING, logger="eventwire.workers"):
        results = finish_within(
            120, lambda: list(analyze_batches(batches, 2, headline_unless_poisoned))
        )
    assert [batch for batch, _ in results] == [articles[0:3], articles[3:6], articles[6:8]]
    outcomes = [outcome for _, batch_outcomes in results for outcome in batch_outcomes]
    assert outcomes[:4] + outcomes[5:] == [f"Story {n}" for n in range(7)]
    killed = outcomes[4]
    assert isinstance(killed, WorkerKilled)
    assert "was killed by SIGKILL while analyzing it, in its batch and again alone" in str(killed)
    assert "killed by SIGKILL while analyzing 3 article(s)" in caplog.text


def cpu_and_state(pid: int) -> tuple[float, str] | None:
    """CPU seconds a process has used, and its state (R running, S sleeping, ...)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), fields[0]


def kill_a_worker_mid_batch(killed: list[int]) -> None:
    """SIGKILL, from outside, the worker process that is analyzing the batch. All workers
    load the same model, so once one is idle (asleep, its CPU time still for 0.3 s), one
    that has used 0.4 CPU seconds more than it is past loading: at work on the batch."""
    import multiprocessing

    still_since: dict[int, tuple[float, float]] = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        now = time.monotonic()
        seen = {child.pid: cpu_and_state(child.pid) for child in multiprocessing.active_children()}
        seen = {pid: figures for pid, figures in seen.items() if figures is not None}
        for pid, (cpu, _) in seen.items():
            if still_since.get(pid, (None,))[0] != cpu:
                still_since[pid] = (cpu, now)
        idle = [
            cpu
            for pid, (cpu, state) in seen.items()
            if state == "S" and now - still_since[pid][1] >= 0.3
        ]
        busy = [pid for pid, (cpu, _) in seen.items() if idle and cpu >= min(idle) + 0.4]
        if busy:
            os.kill(busy[0], signal.SIGKILL)
            killed.append(busy[0])
            return
        time.sleep(0.02)


def test_ingest_with_workers_survives_a_worker_killed_mid_batch(tmp_path: Path, caplog) -> None:
    long_story = "A long session\n" + " ".join(
        f"The council of Delmar met on day {day} and voted on the harbour budget."
        for day in range(1000)
    )
    articles = [article_from_text(text) for text in [*STORIES[:3], long_story, *STORIES[3:]]]
    killed: list[int] = []
    killer = threading.Thread(target=kill_a_worker_mid_batch, args=(killed,), daemon=True)
    with Store(tmp_path / "e.db") as store, caplog.at_level(logging.WARNING):
        killer.start()
        summary = finish_within(120, lambda: ingest(articles, store, workers=2))
        killer.join()
    assert killed, "no worker was seen analyzing"
    assert "killed by SIGKILL while analyzing 8 article(s); analyzing each again alone" in (
        caplog.text
    )
    assert summary.ok, summary.lines()
    assert summary.stored == 8
    assert stored_articles(tmp_path / "e.db") == sorted(
        (article.id, article.title) for article in articles
    )


def stored_articles(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as connection:
        return sorted(connection.execute("SELECT id, title FROM articles"))


def kill_every_worker(until: threading.Event) -> None:
    import multiprocessing

    while not until.is_set():
        for child in multiprocessing.active_children():
            with contextlib.suppress(ProcessLookupError):
                os.kill(child.pid, signal.SIGKILL)
        time.sleep(0.01)


def test_workers_that_die_before_they_are_ready_stop_the_run_with_the_reason(
    tmp_path: Path,
) -> None:
    done = threading.Event()
    killer = threading.Thread(target=kill_every_worker, args=(done,), daemon=True)
    killer.start()
    try:
        with Store(tmp_path / "e.db") as store:
            summary = finish_within(
                120, lambda: ingest([article_from_text(STORIES[0])], store, workers=2)
            )
    finally:
        done.set()
    assert summary.stopped == (
        "3 worker processes in a row ended before their model was loaded "
        "(the last was killed by SIGKILL)"
    )
    assert summary.stored == 0
    assert "stopped early: 3 worker processes in a row" in summary.lines()[-1]


def test_an_article_over_its_memory_budget_fails_alone_and_the_rest_are_stored(
    tmp_path: Path, capsys
) -> None:
    paths = []
    for number, text in enumerate([STORIES[0], "Many words\n" + "a " * 50_000, STORIES[1]]):
        paths.append(tmp_path / f"{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    database = tmp_path / "e.db"
    arguments = ["ingest", *map(str, paths), "--db", str(database), "--workers", "2"]
    code = finish_within(120, partial(main, [*arguments, "--memory-budget", "200"]))
    err = capsys.readouterr().err
    assert code == 1
    assert "read 3, stored 2, skipped as duplicate 0, failed 1" in err
    assert (
        f"failed: {paths[1]}: analysis failed: it needs more than 200 MB of memory beyond the "
        "loaded model, the memory budget" in err
    )
    assert [title for _, title in stored_articles(database)] == ["Story 0", "Story 1"]
