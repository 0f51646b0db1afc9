"""Cost of stories: what story assignment adds to ingest, and a full `restory`.

    .venv/bin/python benchmarks/stories.py [--analyzed 200] [--articles 5000] [--per-day 300]

Analyzes `--analyzed` articles of the benchmark corpus (benchmarks/corpus.py) once, then
stores `--articles` copies of them under new ids, `--per-day` to a publication day and four
outlets, in a fresh SQLite file. It times, in this process:

  (a) analysis, per article (the bulk of ingest);
  (s) `Store.add`, per article;
  (t) story assignment (`stories.build.add_article`), per article, as ingest calls it;
  (r) `restory` over all stored articles; peak RSS before and after it.

and prints (t) / ((a) + (s)): the share story assignment adds to ingest time.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import news_articles

from eventwire.analyze import analyze_many
from eventwire.records import content_hash
from eventwire.store import Store
from eventwire.stories.build import add_article, restory

OUTLETS = ("Northern Ledger", "Valley Wire", "Harbour Times", "Orsk Daily")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--analyzed", type=int, default=200)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--per-day", type=int, default=300)
    args = parser.parse_args()

    started = time.perf_counter()
    analyses = list(analyze_many(news_articles(args.analyzed)))
    analysis_each = (time.perf_counter() - started) / len(analyses)

    first_day = date(2025, 1, 1)
    store_seconds = story_seconds = 0.0
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "b.db") as store:
        for number in range(args.articles):
            model = analyses[number % len(analyses)]
            article = dataclasses.replace(
                model.article,
                id=content_hash("benchmark", str(number)),
                outlet=OUTLETS[number % len(OUTLETS)],
                published=(first_day + timedelta(days=number // args.per_day)).isoformat(),
            )
            analysis = dataclasses.replace(model, article=article)
            started = time.perf_counter()
            store.add(analysis)
            store_seconds += time.perf_counter() - started
            started = time.perf_counter()
            add_article(store, analysis.to_dict())
            story_seconds += time.perf_counter() - started
        rss_before = peak_rss_mb()
        started = time.perf_counter()
        stories = restory(store)
        restory_seconds = time.perf_counter() - started
        rss_after = peak_rss_mb()

    count = args.articles
    print(f"{count} articles ({args.analyzed} analyzed, {args.per_day} a day), {stories} stories")
    print(f"(a) analysis      {analysis_each * 1000:8.2f} ms/article")
    print(f"(s) store         {store_seconds / count * 1000:8.2f} ms/article")
    print(f"(t) story update  {story_seconds / count * 1000:8.2f} ms/article")
    print(
        f"(t)/((a)+(s))     {story_seconds / count / (analysis_each + store_seconds / count):8.3f}"
    )
    print(
        f"(r) restory       {restory_seconds:8.1f} s "
        f"({restory_seconds / count * 1000:.2f} ms/article);"
        f" peak RSS {rss_before:.0f} MB before, {rss_after:.0f} MB after"
    )


if __name__ == "__main__":
    main()
