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

from eventwire.analyze import BATCH_SIZE, analyze_each
from eventwire.records import Article
from eventwire.store.database import ArticleRejected, Store, StoreError
from eventwire.stories.build import add_article
from eventwire.workers import analyze_batches, batches_of


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
) -> IngestSummary:
    """Analyze and store every new article of `items`; errors among them count as failures.

    With `workers` > 1, worker processes analyze the batches while this process stores the
    results (SQLite has one writer), in input order, so the store ends the same either way.
    """
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
        batches = batches_of(new_articles(), batch_size)
        for batch, results in analyze_batches(batches, workers, analyze_each):
            for article, result in zip(batch, results, strict=True):
                if isinstance(result, Exception):
                    summary.failures.append(
                        Failure(describe(article), f"analysis failed: {result}")
                    )
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
    except StoreError as error:
        summary.stopped = str(error)
    except KeyboardInterrupt:
        summary.stopped = "interrupted (every article counted as stored is complete)"
    return summary


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
