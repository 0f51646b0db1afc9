"""Throughput of eventwire against a plain spaCy parse of the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py [--articles 500] [--workers 2]

Prints articles/s, words/s and peak RSS for (a) the baseline `nlp.pipe` with the full
pipeline, (b) eventwire's whole analysis in the same process, (c) eventwire with N
processes; and the ratio (b)/(a) (>= 1.0 means eventwire is no slower than parsing alone).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


from corpus import news_articles

from eventwire.analyze import analyze_many
from eventwire.nlp import load_nlp


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak_rss() -> None:
    """Start a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def timed(run: Callable[[], int]) -> tuple[float, int, float]:
    reset_peak_rss()
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count, peak_rss_mb()


def baseline(count: int) -> int:
    nlp = load_nlp()
    return sum(1 for _ in nlp.pipe(news_articles(count), batch_size=16))


def eventwire(count: int, shard: int = 0, shards: int = 1) -> int:
    texts = (text for i, text in enumerate(news_articles(count)) if i % shards == shard)
    return sum(1 for _ in analyze_many(texts))


def _worker(args: tuple[int, int, int]) -> tuple[int, float]:
    count, shard, shards = args
    load_nlp()
    reset_peak_rss()
    done = eventwire(count, shard, shards)
    return done, peak_rss_mb()


def parallel(count: int, workers: int) -> tuple[float, int, list[float]]:
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        pool.map(load_nlp_in_worker, range(workers))
        start = time.perf_counter()
        results = pool.map(_worker, [(count, shard, workers) for shard in range(workers)])
        elapsed = time.perf_counter() - start
    return elapsed, sum(done for done, _ in results), [rss for _, rss in results]


def load_nlp_in_worker(_: int) -> None:
    load_nlp()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    words = sum(len(text.split()) for text in news_articles(args.articles))
    load_nlp()
    print(f"corpus: {args.articles} articles, {words} words")

    def report(label: str, seconds: float, rss: str) -> float:
        rate = args.articles / seconds
        print(f"{label:<34} {rate:8.2f} articles/s {words / seconds:9.0f} words/s  peak RSS {rss}")
        return rate

    seconds, _, rss = timed(lambda: baseline(args.articles))
    base_rate = report("(a) spaCy nlp.pipe, full pipeline", seconds, f"{rss:.0f} MB")
    seconds, _, rss = timed(lambda: eventwire(args.articles))
    ours_rate = report("(b) eventwire analyze_many", seconds, f"{rss:.0f} MB")
    seconds, _, worker_rss = parallel(args.articles, args.workers)
    multi_rate = report(
        f"(c) eventwire, {args.workers} processes",
        seconds,
        " / ".join(f"{value:.0f} MB" for value in worker_rss),
    )
    print(f"ratio (b)/(a): {ours_rate / base_rate:.2f}")
    print(f"ratio (c)/(b): {multi_rate / ours_rate:.2f}")


if __name__ == "__main__":
    main()
