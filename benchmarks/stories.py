"""Cost of stories: what story assignment adds to ingest, and a full `restory`.

    .venv/bin/python benchmarks/stories.py [--ingested 1000] [--articles 5000 20000 100000]
        [--copy-spacing-days 10]

Analyzes the 89 Voice of America stories of `../shared/corpus/voa_stories.jsonl` (voanews.com,
public domain) once, then stores copies of them under new ids in a fresh SQLite file: copy j
of a story is published `--copy-spacing-days` × j days after the original (10 by default:
about nine articles a day). The originals span five years, 45 of them within two weeks of
March 2025, so at 10 days copies do share windows: a copy's late March articles link to
the next copy's early ones on the same subjects, and those stories chain on through every
copy (at 5,000 articles the largest story holds 110 of them, at 100,000 2,244): the case
of a long-running story, whose events the story event window keeps bounded. A spacing
above the originals' span plus the story window (e.g. 2200) keeps each copy's stories
apart, as real news at that rate would be, at the cost of density: a window then holds
no more articles than the originals' busiest fortnight.
It times, in this process:

  (a) analysis, per article (the bulk of ingest);
  (s) `Store.add`, per article, for the first `--ingested` copies;
  (t) story assignment (`stories.build.add_article`) for those, as ingest calls it;
  then, for each size in `--articles` (smallest first), stores more copies in bulk (no
  stories) until the store holds that many articles, and times
  (r) `restory` over all of them in a fresh process (spawned, so its peak RSS is the
      rebuild's own): wall and CPU time (on a shared machine the CPU figure is the one to
      compare), peak RSS after importing eventwire and at the end, and each figure's ratio
      to the first size's run, and the largest story's size (articles), which shows
      whether stories chain.

and prints (t) / ((a) + (s)): the share story assignment adds to ingest time.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from eventwire.pipeline import analyze_many
from eventwire.readers.sources import read_sources
from eventwire.records import Analysis, content_hash
from eventwire.store import Store
from eventwire.store.database import rows_of
from eventwire.stories.build import add_article, restory

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa_stories.jsonl"
DEFAULT_COPY_SPACING_DAYS = 10
BULK = 1000


def peak_rss_mb() -> float:
    """This process's peak resident memory: Linux's VmHWM, which starts afresh in a spawned
    process (`ru_maxrss` keeps the forking parent's peak across exec), else `ru_maxrss`."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def copy_of(analyses: list[Analysis], number: int, spacing_days: int) -> Analysis:
    copy, model = divmod(number, len(analyses))
    original = analyses[model]
    day = date.fromisoformat(original.article.published[:10])
    article = dataclasses.replace(
        original.article,
        id=content_hash("benchmark", str(number)),
        published=(day + timedelta(days=spacing_days * copy)).isoformat(),
    )
    return dataclasses.replace(original, article=article)


def timed_restory(path: Path) -> tuple[int, float, float, float, float, int]:
    """In a fresh process: stories, wall s, CPU s, peak RSS MB before and after `restory`,
    and the largest story's article count (counted after the timing)."""
    rss_before = peak_rss_mb()
    with Store(path) as store:
        started, cpu_started = time.perf_counter(), time.process_time()
        stories = restory(store)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        rss_after = peak_rss_mb()
        index = store.schema.story_index
        members = (
            sa.select(sa.func.count().label("size")).select_from(index).group_by(index.c.story_id)
        )
        with store.engine.connect() as connection:
            largest = connection.execute(sa.select(sa.func.max(members.subquery().c.size)))
            largest_story = largest.scalar_one()
    return stories, wall, cpu, rss_before, rss_after, largest_story


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ingested", type=int, default=1000)
    parser.add_argument("--articles", type=int, nargs="+", default=[5000, 20_000, 100_000])
    parser.add_argument(
        "--copy-spacing-days",
        type=int,
        default=DEFAULT_COPY_SPACING_DAYS,
        help="days between copy j and j+1 of a story; above ~2,200 copies' stories cannot chain",
    )
    args = parser.parse_args()
    sizes = sorted(args.articles)
    spacing = args.copy_spacing_days

    started = time.perf_counter()
    articles = (item for item in read_sources([str(CORPUS)]) if not isinstance(item, Exception))
    analyses = list(analyze_many(articles))
    analysis_each = (time.perf_counter() - started) / len(analyses)

    store_seconds = story_seconds = 0.0
    runs = []
    spawn = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.db"
        with Store(path) as store:
            for number in range(args.ingested):
                analysis = copy_of(analyses, number, spacing)
                started = time.perf_counter()
                store.add(analysis)
                store_seconds += time.perf_counter() - started
                started = time.perf_counter()
                add_article(store, analysis.to_dict())
                story_seconds += time.perf_counter() - started
        ingested = args.ingested
        share = story_seconds / ingested / (analysis_each + store_seconds / ingested)
        print(
            f"{len(analyses)} articles analyzed, {ingested} ingested one by one, "
            f"copies {spacing} days apart"
        )
        print(f"(a) analysis      {analysis_each * 1000:8.2f} ms/article")
        print(f"(s) store         {store_seconds / ingested * 1000:8.2f} ms/article")
        print(f"(t) story update  {story_seconds / ingested * 1000:8.2f} ms/article")
        print(f"(t)/((a)+(s))     {share:8.3f}")
        print("(r) restory, each in a fresh process; ratios to the first run", flush=True)
        stored = ingested
        for size in sizes:
            with Store(path) as store:
                for start in range(stored, size, BULK):
                    with store.engine.begin() as connection:
                        for number in range(start, min(start + BULK, size)):
                            copy = copy_of(analyses, number, spacing)
                            for table, rows in rows_of(copy, store.schema):
                                if rows:
                                    connection.execute(sa.insert(table), rows)
            stored = max(stored, size)
            with spawn.Pool(1) as pool:
                runs.append((stored, *pool.apply(timed_restory, (path,))))
            print_run(runs[-1], runs[0])


def print_run(run: tuple, first: tuple) -> None:
    """One restory's figures, as soon as it ends (a long run keeps the smaller sizes')."""
    count, stories, wall, cpu, rss_before, rss_after, largest_story = run
    print(
        f"  {count:>7} articles {stories:>7} stories  wall {wall:7.1f} s  CPU {cpu:7.1f} s "
        f"({cpu / count * 1000:.2f} ms/article)  largest story {largest_story} articles  "
        f"peak RSS {rss_before:.0f} MB after "
        f"import, {rss_after:.0f} MB after restory  |  articles x{count / first[0]:.1f}, "
        f"CPU x{cpu / first[3]:.2f}, wall x{wall / first[2]:.2f}, "
        f"peak RSS x{rss_after / first[5]:.2f}",
        flush=True,
    )


if __name__ == "__main__":
    main()
