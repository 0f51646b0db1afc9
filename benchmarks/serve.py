"""Latency of `eventwire serve` under concurrent clients, against the bare queries it runs.

    .venv/bin/python benchmarks/serve.py --source demo.db [--articles 100000] [--clients 8]

Builds a synthetic store of `--articles` articles (in `--store`, reused when it exists):
copies of the analyses in `--source` (any eventwire database, e.g. the VOA demo from
examples/build-demo-db.sh) under new ids, spread over two years and ten outlets (and one
in a thousand articles from a rare eleventh). A store of an older schema version is
brought to this one first (timed by hand: the migration is the first open). Then
serves it on loopback and has `--clients` threads request, for `--seconds` each:

  the events page and /api/events, unfiltered and with each one filter; the article page.

Prints p50/p95/p99 (ms) and errors per route, and the baseline: the same page's queries
(`count` up to COUNT_LIMIT, `facet_counts` of the first FACET_SAMPLE events, `find` of one
page) run directly in this process, one at a time, both as the page runs them (a filter
that keeps few events leads through its index: `store.query.lead_filter`) and always
walking the articles in listing order (as before), with the ratios walk / led and served
p50 / queries p50 (the cost of HTTP, templates and concurrency).
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import parse_qsl
from urllib.request import urlopen

import sqlalchemy as sa

from eventwire.filters import Filters
from eventwire.records import Analysis, Sentence, content_hash
from eventwire.server import create_app
from eventwire.server.params import read_filters
from eventwire.server.views import COUNT_LIMIT, FACET_SAMPLE, PAGE_SIZE
from eventwire.store import Store, analyses
from eventwire.store import query as store_query
from eventwire.store.database import rows_of, to_json
from eventwire.store.facets import count, facet_counts, stored_analysis
from eventwire.store.query import find
from eventwire.store.read_only import open_read_only

FIRST_DAY = date(2024, 1, 1)
OUTLETS = tuple(f"Outlet {letter}" for letter in "ABCDEFGHIJ")
RARE_OUTLET = "Outlet Z"
"""The outlet of one article in a thousand (the others take turns in OUTLETS)."""
FILTERS = (
    "",
    "since=2025-03-01&until=2025-03-31",
    "actor=USA",
    "code=19",
    "plover=ASSAULT",
    "modality=all",
    "country=IRQ",
    "outlet=Outlet+C",
    "text=minister",
    "actor=DNK",
    "code=09",
    "plover=CONCEDE",
    "country=EGY",
    "outlet=Outlet+Z",
    "text=parliament",
)
"""Unfiltered, each filter with a common value, then with a rare one (in the VOA demo:
DNK, CAMEO 09, CONCEDE and EGY are one or two events in 89 articles; Outlet Z one article
in a thousand)."""


def build(source: Path, target: Path, articles: int, batch: int = 500) -> None:
    """Copies of the source's analyses under new ids, written as the store writes them
    (`rows_of`: every table, the store's triggers and indexes) but `batch` articles a
    transaction: 100,000 articles in minutes instead of an hour of one-by-one `Store.add`."""
    with Store(source, create=False) as store:
        originals = []
        for data in analyses(store, Filters(modalities=None)):
            spans = stored_analysis(store, data["article"]["id"])["sentences"]
            analysis = Analysis.from_dict(data)
            analysis.sentences = [Sentence(s["index"], s["start"], s["end"]) for s in spans]
            originals.append(rows_of(analysis, store.schema))
    started = time.perf_counter()
    with Store(target) as store:
        for first in range(0, articles, batch):
            tables: dict[str, list[dict]] = {}
            for number in range(first, min(first + batch, articles)):
                for table, rows in _copy(originals[number % len(originals)], number, articles):
                    tables.setdefault(table.name, []).extend(rows)
            with store.writing() as connection:
                for table in store.schema.metadata.sorted_tables:
                    if tables.get(table.name):
                        connection.execute(sa.insert(table), tables[table.name])
            if first and first % 10_000 == 0:
                print(f"  stored {first} articles ({time.perf_counter() - started:.0f} s)")
    print(f"built {target}: {articles} articles in {time.perf_counter() - started:.0f} s")


def _copy(rows: list[tuple[sa.Table, list[dict]]], number: int, articles: int):
    """One article's rows under a new id, outlet and publication day."""
    article_id = content_hash("synthetic", str(number))
    published = (FIRST_DAY + timedelta(days=number * 730 // articles)).isoformat()
    outlet = RARE_OUTLET if number % 1000 == 999 else OUTLETS[number % len(OUTLETS)]
    (articles_table, (article,)), *others = rows
    record = {**json.loads(article["record"]), "id": article_id}
    record.update(outlet=outlet, published=published)
    copied = {
        **article,
        "id": article_id,
        "outlet": outlet,
        "published": published,
        "published_date": published,
        "record": to_json(record),
    }
    yield articles_table, [copied]
    for table, table_rows in others:
        yield table, [{**row, "article_id": article_id} for row in table_rows]


def percentiles(times: list[float]) -> str:
    if not times:
        return "no answers"
    cuts = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
    return f"p50 {cuts[49]:7.1f}  p95 {cuts[94]:7.1f}  p99 {cuts[98]:7.1f} ms"


def hammer(urls: list[str], clients: int, seconds: float) -> tuple[list[float], int]:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        nonlocal errors
        position = offset
        while time.monotonic() < deadline:
            url = urls[position % len(urls)]
            position += 1
            started = time.perf_counter()
            try:
                with urlopen(url) as response:
                    response.read()
                    failed = response.status != 200
            except (HTTPError, OSError):
                failed = True
            with lock:
                times.append((time.perf_counter() - started) * 1000)
                errors += failed

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return times, errors


def page_queries(store: Store, query: str, walk: bool = False, rounds: int = 3) -> list[float]:
    """Times of the events page's queries run directly, as the page runs them (a filter that
    keeps at most LEAD_LIMIT events leads through its index) or, with `walk`, as before
    this step: always walking the articles in listing order."""
    filters, _ = read_filters(parse_qsl(query))
    kept = store_query.LEAD_LIMIT
    store_query.LEAD_LIMIT = -1 if walk else kept
    times = []
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            count(store, "events", filters, limit=COUNT_LIMIT)
            facet_counts(store, filters, sample=FACET_SAMPLE)
            list(find(store, "events", replace(filters, limit=PAGE_SIZE + 1)))
            times.append((time.perf_counter() - started) * 1000)
    finally:
        store_query.LEAD_LIMIT = kept
    return times


def leader(store: Store, query: str) -> str:
    """The filter that leads the page's queries, or "walk"."""
    filters, _ = read_filters(parse_qsl(query))
    with store.connect() as connection:
        return store_query.lead_filter(connection, store.schema, "events", filters) or "walk"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="database to copy from")
    parser.add_argument("--store", type=Path, default=Path("/tmp/eventwire-serve-bench.db"))
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0, help="per route")
    parser.add_argument("--build-only", action="store_true", help="build the store and stop")
    args = parser.parse_args()
    if not args.store.exists():
        build(args.source, args.store, args.articles)
    if args.build_only:
        return
    with Store(args.store):
        pass  # a writing open brings an older store to this schema version

    import uvicorn

    store = open_read_only(args.store)
    server = uvicorn.Server(uvicorn.Config(create_app(store), port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    article_ids = [found.article["id"] for found in find(store, "articles", Filters(limit=500))]

    print(f"{args.clients} clients, {args.seconds:.0f} s per route, store {args.store}")
    for query in FILTERS:
        name = query or "(no filter)"
        direct = statistics.median(page_queries(store, query))
        walked = statistics.median(page_queries(store, query, walk=True, rounds=1))
        passing = count(store, "events", read_filters(parse_qsl(query))[0], limit=COUNT_LIMIT)
        print(
            f"{'queries':12} {name:36} p50 {direct:7.1f} ms led by {leader(store, query)}, "
            f"walk {walked:7.1f} ms (once) (walk/led {walked / direct:.1f}; "
            f"{passing if passing <= COUNT_LIMIT else 'more than 10,000'} events pass)"
        )
        for route in ("/events", "/api/events"):
            times, errors = hammer([f"{base}{route}?{query}"], args.clients, args.seconds)
            ratio = statistics.median(times) / direct if times else 0
            print(
                f"{route:12} {name:36} {percentiles(times)}  errors {errors}  "
                f"({len(times)} answers; served p50 / queries p50 {ratio:.2f})"
            )
    times, errors = hammer(
        [f"{base}/articles/{article_id}" for article_id in article_ids], args.clients, args.seconds
    )
    print(
        f"{'/articles/ID':12} {'':36} {percentiles(times)}  errors {errors}  ({len(times)} answers)"
    )
    server.should_exit = True
    thread.join(10)
    store.close()


if __name__ == "__main__":
    main()
