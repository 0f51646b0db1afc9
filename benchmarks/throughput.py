"""Throughput of eventwire against a plain spaCy parse of the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py [--articles 500] [--workers 2] [--runs apbc]

Measures over the same corpus (benchmarks/corpus.py, generated as it is read, so memory
does not depend on its length):

  (a) the baseline: `nlp.pipe` with the full spaCy pipeline as shipped, one process;
  (p) `nlp.pipe` with eventwire's pipeline (the same model, our tables and BLAS), no stages;
  (b) eventwire's whole analysis, `analyze_many`, one process;
  ((a), (p) and (b) each run in a fresh process of their own, so each peak RSS is its own)
  (c) `analyze_many(..., workers=N)`: N worker processes (the model load is included).

Models (and for (b) the codebooks) are loaded before (a) and (b) are timed.

For each: articles/s and words/s by the clock, CPU seconds of the process(es) that did the
work (steadier than the clock on a shared machine), and peak RSS per process. Then the
ratios (b)/(a) (>= 1.0: eventwire no slower than parsing alone) and (c)/(b).
`--stages` adds CPU seconds per spaCy component and per eventwire stage (the profile).
`--rss-every K` prints (b)'s resident memory every K articles, to show it stays flat.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import news_articles
from spacy.language import Language

from eventwire.nlp import load_model, load_nlp
from eventwire.pipeline import STAGES, analyze_many, sentences_of
from eventwire.readers.text import article_from_text
from eventwire.records import Analysis


def memory_mb(pid: int | str = "self", field: str = "VmHWM") -> float:
    """A process's peak (VmHWM) or current (VmRSS) resident set size in MB."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak_rss() -> None:
    """Start a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def worker_pids() -> list[int]:
    """This process's children that are multiprocessing workers (not its resource tracker)."""
    pid = os.getpid()
    with contextlib.suppress(OSError):
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return [
            int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()
        ]
    return []


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Run:
    label: str
    seconds: float
    cpu_seconds: float
    peak_rss_mb: list[float]

    def rate(self, count: int) -> float:
        return count / self.seconds


def baseline(count: int) -> Run:
    return time_parse(load_model(), count, "(a) spaCy nlp.pipe, full pipeline")


def parse_alone(count: int) -> Run:
    """eventwire's pipeline (the same model with our tables and BLAS), no stages: shows how
    much of (b) is the parse and how much the stages."""
    return time_parse(load_nlp(), count, "(p) eventwire parse alone")


def time_parse(nlp: Language, count: int, label: str) -> Run:
    next(nlp.pipe(news_articles(1, seed=0)))
    reset_peak_rss()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(news_articles(count), batch_size=16):
        pass
    return Run(label, time.perf_counter() - start, time.process_time() - cpu, [memory_mb()])


def eventwire(count: int, rss_every: int = 0) -> Run:
    load_nlp()
    next(analyze_many(news_articles(1, seed=0)))  # codebooks and gazetteer load on first use
    reset_peak_rss()
    start, cpu = time.perf_counter(), time.process_time()
    for done, _ in enumerate(analyze_many(news_articles(count)), start=1):
        if rss_every and done % rss_every == 0:
            print(
                f"    {done:>6} articles: RSS {memory_mb(field='VmRSS'):.0f} MB, "
                f"peak {memory_mb():.0f} MB",
                flush=True,
            )
    return Run(
        "(b) eventwire analyze_many",
        time.perf_counter() - start,
        time.process_time() - cpu,
        [memory_mb()],
    )


def parallel(count: int, workers: int) -> Run:
    """The real multi-process path; peak RSS of each worker is read while it runs."""
    peaks: dict[int, float] = {}
    cpu_before = children_cpu_seconds()
    start = time.perf_counter()
    for done, _ in enumerate(analyze_many(news_articles(count), workers=workers), start=1):
        if done % 8 == 0:
            for pid in worker_pids():
                peaks[pid] = max(peaks.get(pid, 0.0), memory_mb(pid))
    seconds = time.perf_counter() - start
    worker_peaks = sorted(peaks.values(), reverse=True)[:workers]
    return Run(
        f"(c) eventwire, {workers} processes",
        seconds,
        children_cpu_seconds() - cpu_before,
        worker_peaks,
    )


def in_fresh_process(measure: Callable[..., Run], *args: int) -> Run:
    """Run a measurement in a new process, so that its peak RSS is its own."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(measure, args)


def stage_profile(count: int) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds per spaCy component and per eventwire stage over `count` articles."""
    nlp = load_nlp()
    next(analyze_many(news_articles(1, seed=0)))  # codebooks and gazetteer load on first use
    components = {name: 0.0 for name in ["tokenizer", *nlp.pipe_names]}
    stages = {name: 0.0 for name, _ in STAGES}
    for text in news_articles(count):
        article = article_from_text(text)
        cpu = time.process_time()
        parse = nlp.make_doc(article.text)
        components["tokenizer"] += time.process_time() - cpu
        for name, component in nlp.pipeline:
            cpu = time.process_time()
            parse = component(parse)
            components[name] += time.process_time() - cpu
        analysis = Analysis(article=article, sentences=sentences_of(parse))
        for name, stage in STAGES:
            cpu = time.process_time()
            setattr(analysis, name, stage(parse, analysis))
            stages[name] += time.process_time() - cpu
    return components, stages


def print_shares(title: str, seconds: dict[str, float], total: float) -> None:
    print(title)
    for name, value in seconds.items():
        print(f"    {name:<16} {value:7.2f} s  {100 * value / total:5.1f}%")


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", default="apbc", help="which of a, p, b, c to measure")
    parser.add_argument("--stages", type=int, default=0, metavar="N", help="profile N articles")
    parser.add_argument("--rss-every", type=int, default=0, metavar="K")
    args = parser.parse_args()

    words = sum(len(text.split()) for text in news_articles(args.articles))
    print(f"corpus: {args.articles} articles, {words} words; {os.cpu_count()} CPUs")
    print(f"load average at start: {load_average()}")

    measurements: dict[str, Callable[[], Run]] = {
        "a": lambda: in_fresh_process(baseline, args.articles),
        "p": lambda: in_fresh_process(parse_alone, args.articles),
        "b": lambda: in_fresh_process(eventwire, args.articles, args.rss_every),
        "c": lambda: parallel(args.articles, args.workers),
    }
    runs: dict[str, Run] = {}
    for key in args.runs:
        run = runs[key] = measurements[key]()
        rss = " / ".join(f"{value:.0f} MB" for value in run.peak_rss_mb)
        print(
            f"{run.label:<34} {run.rate(args.articles):7.2f} articles/s "
            f"{words / run.seconds:7.0f} words/s  wall {run.seconds:7.1f} s  "
            f"CPU {run.cpu_seconds:7.1f} s  peak RSS {rss}",
            flush=True,
        )
    if "a" in runs and "b" in runs:
        a, b = runs["a"], runs["b"]
        print(
            f"ratio (b)/(a): {a.seconds / b.seconds:.2f} by the clock, "
            f"{a.cpu_seconds / b.cpu_seconds:.2f} by CPU time"
        )
    if "a" in runs and "p" in runs:
        a, p = runs["a"], runs["p"]
        print(
            f"ratio (p)/(a): {a.seconds / p.seconds:.2f} by the clock, "
            f"{a.cpu_seconds / p.cpu_seconds:.2f} by CPU time (our parse against spaCy's)"
        )
    if "p" in runs and "b" in runs:
        share = 1 - runs["p"].cpu_seconds / runs["b"].cpu_seconds
        print(f"stages' share of (b), by CPU time: {100 * share:.0f}%")
    if "b" in runs and "c" in runs:
        print(f"ratio (c)/(b): {runs['b'].seconds / runs['c'].seconds:.2f} by the clock")
    if args.stages:
        components, stages = stage_profile(args.stages)
        total = sum(components.values()) + sum(stages.values())
        print(f"CPU seconds over {args.stages} articles (share of parse + stages):")
        print_shares("  spaCy components", components, total)
        print_shares("  eventwire stages", stages, total)
    print(f"load average at end: {load_average()}")


if __name__ == "__main__":
    main()
