"""The ingest job: read sources, analyze new articles in batches, store each one atomically.

Bad items do not stop a batch: each becomes one failure naming the item and the reason,
and every good item is still stored. Articles already in the store are skipped before
they are analyzed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from eventwire.budget import DEFAULT_TIME_BUDGET, AnalysisTimeout, MemoryBudgetSpent
from eventwire.pipeline import BATCH_SIZE, analyze_results, check_settings
from eventwire.records import Article
from eventwire.settings import Settings, settings_in_force
from eventwire.store.database import ArticleRejected, Store, StoreError
from eventwire.stories.build import add_article
from eventwire.workers import WorkerKilled, WorkersCannotStart


@dataclass(frozen=True)
class Failure:
    item: str
    reason: str


@dataclass
class IngestSummary:
    """Counts of one run; `stopped` says why the run ended early, if it did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    stopped: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failures and self.stopped is None

    def lines(self) -> list[str]:
        """The summary for a person: one line of counts, then one line per failure."""
        lines = [
            f"read {self.read}, stored {self.stored}, skipped as duplicate {self.duplicates}, "
            f"failed {len(self.failures)}"
        ]
        lines += [f"failed: {failure.item}: {failure.reason}" for failure in self.failures]
        if self.stopped:
            lines.append(f"stopped early: {self.stopped}")
        return lines


def describe(article: Article) -> str:
    """How a failure names an article: where it was read from, its URL, else id and headline."""
    if article.meta.get("read_from"):
        return str(article.meta["read_from"])
    if article.url:
        return article.url
    return f"article {article.id}" + (f" ({article.title!r})" if article.title else "")


def ingest(
    items: Iterable[Article | Exception],
    store: Store,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[IngestSummary], None] | None = None,
    workers: int = 1,
    settings: Settings | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    memory_budget: int | None = None,
) -> IngestSummary:
    """Analyze and store every new article of `items`; errors among them count as failures,
    as does an article whose analysis fails, runs past `time_budget` seconds, needs more than
    `memory_budget` bytes of memory, or ends its worker process twice.

    With `workers` > 1, worker processes analyze the batches while this process stores the
    results (SQLite has one writer), in input order, so the store ends the same either way.
    `settings` default to those in force (`BUILT_IN` outside `settings.in_force`); a user's
    table or pattern file that cannot be read raises before anything is read or stored.
    """
    settings = settings or settings_in_force()
    check_settings(settings)
    summary = IngestSummary()
    seen: set[str] = set()

    def notify() -> None:
        if on_progress:
            on_progress(summary)

    def new_articles() -> Iterator[Article]:
        for item in items:
            if not isinstance(item, Article):
                summary.failures.append(
                    Failure(getattr(item, "item", "input"), getattr(item, "reason", str(item)))
                )
            else:
                summary.read += 1
                if item.id in seen or store.has_article(item.id):
                    summary.duplicates += 1
                else:
                    seen.add(item.id)
                    yield item
            notify()

    try:
        results = analyze_results(
            new_articles(), batch_size, workers, settings, time_budget, memory_budget=memory_budget
        )
        for article, result in results:
            if isinstance(result, Exception):
                summary.failures.append(Failure(describe(article), analysis_failure(result)))
                continue
            try:
                stored = store.add(result)
            except ArticleRejected as error:
                summary.failures.append(Failure(describe(article), str(error)))
                continue
            if stored:
                add_article(store, result.to_dict())
                summary.stored += 1
            else:
                summary.duplicates += 1
            notify()
    except (StoreError, WorkersCannotStart) as error:
        summary.stopped = str(error)
    except KeyboardInterrupt:
        summary.stopped = "interrupted (every article counted as stored is complete)"
    return summary


def analysis_failure(error: Exception) -> str:
    """One line for an analysis that failed; an unexpected error is named by its type."""
    if isinstance(error, ValueError | AnalysisTimeout | MemoryBudgetSpent | WorkerKilled):
        return f"analysis failed: {error}"
    return f"analysis failed: {type(error).__name__}: {error}"


@contextmanager
def progress_display(enabled: bool | None = None) -> Iterator[Callable[[IngestSummary], None]]:
    """A live line on stderr (counts and rate) while ingesting, when stderr is a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield lambda summary: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("starting")

    def update(summary: IngestSummary) -> None:
        progress.update(
            task,
            description=f"read {summary.read}  stored {summary.stored}  "
            f"duplicate {summary.duplicates}  failed {len(summary.failures)}",
        )

    with progress:
        yield update
