"""Cost of stories: what story assignment adds to ingest, and a full `restory`.

    .venv/bin/python benchmarks/stories.py [--ingested 1000] [--articles 100000]

Analyzes the 89 Voice of America stories of `../shared/corpus/voa_stories.jsonl` (voanews.com,
public domain) once, then stores copies of them under new ids in a fresh SQLite file: copy j
of a story is published 10 × j days after the original, so copies never share a window and
the stories formed are those of the real articles, repeated (about nine articles a day).
It times, in this process:

  (a) analysis, per article (the bulk of ingest);
  (s) `Store.add`, per article, for the first `--ingested` copies;
  (t) story assignment (`stories.build.add_article`) for those, as ingest calls it;
  then stores the other copies up to `--articles` in bulk (no stories), and times
  (r) `restory` over all of them, wall and CPU time (this process's; on a shared machine
      the CPU figure is the one to compare), with peak RSS before and after it.

and prints (t) / ((a) + (s)): the share story assignment adds to ingest time.
"""

from __future__ import annotations

import argparse
import dataclasses
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
COPY_SPACING_DAYS = 10
BULK = 1000


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def copy_of(analyses: list[Analysis], number: int) -> Analysis:
    copy, model = divmod(number, len(analyses))
    original = analyses[model]
    day = date.fromisoformat(original.article.published[:10])
    article = dataclasses.replace(
        original.article,
        id=content_hash("benchmark", str(number)),
        published=(day + timedelta(days=COPY_SPACING_DAYS * copy)).isoformat(),
    )
    return dataclasses.replace(original, article=article)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ingested", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()

    started = time.perf_counter()
    articles = (item for item in read_sources([str(CORPUS)]) if not isinstance(item, Exception))
    analyses = list(analyze_many(articles))
    analysis_each = (time.perf_counter() - started) / len(analyses)

    store_seconds = story_seconds = 0.0
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "b.db") as store:
        for number in range(args.ingested):
            analysis = copy_of(analyses, number)
            started = time.perf_counter()
            store.add(analysis)
            store_seconds += time.perf_counter() - started
            started = time.perf_counter()
            add_article(store, analysis.to_dict())
            story_seconds += time.perf_counter() - started
        for start in range(args.ingested, args.articles, BULK):
            with store.engine.begin() as connection:
                for number in range(start, min(start + BULK, args.articles)):
                    for table, rows in rows_of(copy_of(analyses, number), store.schema):
                        if rows:
                            connection.execute(sa.insert(table), rows)
        rss_before = peak_rss_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        stories = restory(store)
        restory_seconds = time.perf_counter() - started
        restory_cpu = time.process_time() - cpu_started
        rss_after = peak_rss_mb()

    count, ingested = max(args.articles, args.ingested), args.ingested
    share = story_seconds / ingested / (analysis_each + store_seconds / ingested)
    print(f"{len(analyses)} articles analyzed, {ingested} ingested one by one, {count} in all")
    print(f"(a) analysis      {analysis_each * 1000:8.2f} ms/article")
    print(f"(s) store         {store_seconds / ingested * 1000:8.2f} ms/article")
    print(f"(t) story update  {story_seconds / ingested * 1000:8.2f} ms/article")
    print(f"(t)/((a)+(s))     {share:8.3f}")
    print(
        f"(r) restory       {restory_seconds:8.1f} s for {count} articles, {stories} stories "
        f"({restory_seconds / count * 1000:.2f} ms/article; CPU {restory_cpu:.1f} s, "
        f"{restory_cpu / count * 1000:.2f} ms/article); peak RSS {rss_before:.0f} MB "
        f"before, {rss_after:.0f} MB after"
    )


if __name__ == "__main__":
    main()
