"""Latency of `eventwire serve` under concurrent clients: cold, next page and warm.

    .venv/bin/python benchmarks/serve.py --source demo.db [--articles 100000] [--clients 8]
        [--workers 1] [--warm] [--seconds 5] [--routes /events /api/events /articles/ID]

Builds a synthetic store of `--articles` articles (in `--store`, reused when it exists):
copies of the analyses in `--source` (any eventwire database, e.g. the VOA demo from
examples/build-demo-db.sh) under new ids, spread over two years and ten outlets (and one
in a thousand articles from a rare eleventh). A store of an older schema version is
brought to this one first (timed by hand: the migration is the first open).

Then, per route (the events page, /api/events), it starts `eventwire serve --workers N`
afresh (nothing kept) in its own process and has `--clients` threads request, per filter
(FAMILIES: each filter with about twenty values, common and rare, from the VOA demo):

  cold       page 1 of each value, once each (the server has not seen the filter state);
  next page  page 2 of each value, once each, as page 1's `links.next` gives it (a page
             number, or `after=` a key: keyset paging); its total and facets kept, its
             rows not;
  warm       pages 1 and 2 of every value again, for `--seconds`.

Then article pages: ARTICLE_PAGES articles once each (cold), then at random (warm).
Prints p50/p95/p99 (ms), answers and errors per filter and phase, and the server's CPU time
per answer over the phase (Linux: its processes' user and system time from /proc, the cost
of a page whatever the load and the queueing; compare code with `--server-src` and
`--clients 1`); first, per filter, the
page's queries run directly in this process, one at a time, nothing kept in the process:
the total and facets from the counts the store keeps (`kept_counts`, one filter; else
one walk, the page's `counting_walk`) and `find` of one page, beside the baseline that counts them
from the events as before (`count` up to COUNT_LIMIT, `facet_counts` of the first
FACET_SAMPLE events), and their ratio; beside the
cold figures, the ratio served cold p50 / queries p50 (the cost of HTTP, templates and
concurrency).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import parse_qsl, urlsplit
from urllib.request import urlopen

import sqlalchemy as sa

from eventwire.errors import StoreError
from eventwire.filters import Filters
from eventwire.records import Analysis, Sentence, content_hash
from eventwire.server.params import read_filters
from eventwire.server.views import (
    COUNT_LIMIT,
    FACET_SAMPLE,
    PAGE_SIZE,
    WORDS_FACET_SAMPLE,
    counting_walk,
)
from eventwire.store import Store, analyses
from eventwire.store.database import rows_of, to_json
from eventwire.store.facets import (
    count,
    facet_counts,
    kept_counts,
    stored_analysis,
)
from eventwire.store.query import find
from eventwire.store.read_only import open_read_only
from eventwire.store.rollup import count_articles
from eventwire.store.schema import article_order

FIRST_DAY = date(2024, 1, 1)
OUTLETS = tuple(f"Outlet {letter}" for letter in "ABCDEFGHIJ")
RARE_OUTLET = "Outlet Z"
"""The outlet of one article in a thousand (the others take turns in OUTLETS)."""
ARTICLE_PAGES = 200
"""Articles whose pages are asked for: each once (cold), then at random (warm)."""
ARTICLE_ROUTE = "/articles/ID"
ROUTES = ("/events", "/api/events", ARTICLE_ROUTE)
"""The routes asked, in order (`--routes`)."""
MONTHS = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(24)]
FAMILIES: dict[str, list[str]] = {
    "no filter": [""],
    "month": [f"since={month}&until={month}" for month in MONTHS],
    "actor": [
        f"actor={code}"
        for code in [
            "USA",
            "CHN",
            "IGO",
            "AFG",
            "RUS",
            "SOM",
            "PAK",
            "PRK",
            "UKR",
            "TUR",
            "GBR",
            "IRN",
            "JPN",
            "KEN",
            "CAN",
            "SYR",
            "FRA",
            "THA",
            "HUN",
            "DEU",
            "NGO",
            "DNK",
        ]
    ],
    "code": [f"code={root:02d}" for root in range(1, 21)],
    "plover": [
        f"plover={name}"
        for name in [
            "ASSAULT",
            "CONSULT",
            "REQUEST",
            "ACCUSE",
            "AGREE",
            "COERCE",
            "REJECT",
            "AID",
            "SUPPORT",
            "RETREAT",
            "SANCTION",
            "THREATEN",
            "PROTEST",
            "COOPERATE",
            "MOBILIZE",
            "CONCEDE",
        ]
    ],
    "modality": [f"modality={name}" for name in ("all", "hypothetical", "future", "negated")],
    "country": [
        f"country={code}"
        for code in [
            "PAK",
            "USA",
            "CHN",
            "SOM",
            "AFG",
            "UKR",
            "SYR",
            "CUB",
            "HTI",
            "ZWE",
            "IRN",
            "BIH",
            "GBR",
            "TUR",
            "ISR",
            "JPN",
            "RUS",
            "IRQ",
            "EGY",
            "DNK",
        ]
    ],
    "outlet": [f"outlet=Outlet+{letter}" for letter in "ABCDEFGHIJZ"],
    "text": [
        f"text={word}"
        for word in [
            "said",
            "government",
            "president",
            "military",
            "officials",
            "minister",
            "attack",
            "sanctions",
            "killed",
            "court",
            "talks",
            "ceasefire",
            "border",
            "election",
            "police",
            "troops",
            "refugees",
            "parliament",
            "hospital",
            "protest",
            "drought",
            "vaccine",
            "embassy",
        ]
    ],
}
"""Each filter's values: common and rare ones (at 100,000 articles from the VOA demo:
`actor=DNK`, `country=EGY`, `code=20`, `plover=CONCEDE`, `text=embassy` keep about a
thousand events of 979,000; `Outlet Z` one article in a thousand). `modality=asserted` is
the unfiltered page, so it is left out."""


def build(source: Path, target: str, articles: int, batch: int = 500) -> None:
    """Copies of the source's analyses under new ids, written as the store writes them
    (`rows_of`: every table, the store's triggers and indexes) but `batch` articles a
    transaction, inserted through the driver (`_insert`): 100,000 articles in minutes
    instead of an hour of one-by-one `Store.add`.
    A store this build stopped part way (`built_so_far`) goes on from its last transaction
    to the store an unbroken build makes; any other store with articles is left as it is."""
    with Store(target) as store:
        done = built_so_far(store, articles)
    if done is None:
        print(f"{target}: its articles are not a build of {articles}; used as they are")
        return
    if done:
        print(f"  going on from article {done} of {articles}")
    with Store(source, create=False) as store:
        originals = []
        for data in analyses(store, Filters(modalities=None)):
            spans = stored_analysis(store, data["article"]["id"])["sentences"]
            analysis = Analysis.from_dict(data)
            analysis.sentences = [Sentence(s["index"], s["start"], s["end"]) for s in spans]
            originals.append(rows_of(analysis, store.schema))
    started = time.perf_counter()
    with Store(target) as store:
        for first in range(done, articles, batch):
            tables: dict[str, list[dict]] = {}
            for number in range(first, min(first + batch, articles)):
                for table, rows in _copy(originals[number % len(originals)], number, articles):
                    tables.setdefault(table.name, []).extend(rows)
            with store.writing() as connection:
                for table in store.schema.metadata.sorted_tables:
                    if tables.get(table.name):
                        _insert(connection, table, tables[table.name])
                ids = [row["id"] for row in tables[store.schema.articles.name]]
                count_articles(connection, store.schema.metadata, ids)
            if first and first % 10_000 == 0:
                print(f"  stored {first} articles ({time.perf_counter() - started:.0f} s)")
    print(f"built {target}: {articles - done} articles in {time.perf_counter() - started:.0f} s")


def _insert(connection: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    """Insert `rows` (dicts of the same columns, as `rows_of` makes them) through the driver:
    the statement SQLAlchemy compiles for them, without its work on each row (a tenth of the
    build's CPU; the store is the same: its `.dump`, line for line)."""
    compiled = sa.insert(table).compile(dialect=connection.dialect, column_keys=list(rows[0]))
    if compiled.positional:
        names = compiled.positiontup or []
        connection.exec_driver_sql(str(compiled), [tuple(row[n] for n in names) for row in rows])
    else:
        connection.exec_driver_sql(str(compiled), rows)


def built_so_far(store: Store, articles: int) -> int | None:
    """How many articles a build of `articles` stored before it stopped: the store's
    articles when they are the build's first ones (the last one's id and day are those of
    its number), 0 in an empty store, else None."""
    table = store.schema.articles
    with store.connect() as connection:
        stored = connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
        if not stored:
            return 0
        last = stored - 1
        published = connection.execute(
            sa.select(table.c.published).where(table.c.id == content_hash("synthetic", str(last)))
        ).scalar()
    return stored if published == _published(last, articles) else None


def _copy(rows: list[tuple[sa.Table, list[dict]]], number: int, articles: int):
    """One article's rows under a new id, outlet and publication day."""
    article_id = content_hash("synthetic", str(number))
    published = _published(number, articles)
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


def _published(number: int, articles: int) -> str:
    """The publication day of article `number` of `articles`: two years, in order."""
    return (FIRST_DAY + timedelta(days=number * 730 // articles)).isoformat()


def stored_articles(location: str) -> int:
    """How many articles the store at `location` holds (0: none, no store yet, or one that
    `build` must complete). Read-only: counting an existing store writes nothing to it
    (a writing open switched its file to WAL, and would upgrade an older schema)."""
    if "://" not in location and not Path(location).exists():
        return 0
    try:
        store = open_read_only(location)
    except StoreError:
        return 0
    with store, store.connect() as connection:
        return connection.execute(
            sa.select(sa.func.count()).select_from(store.schema.articles)
        ).scalar()


def listed_ids(store: Store) -> list[str]:
    """Every article's id in listing order, the ids alone (reading whole articles to sample
    200 ids read the 7 GB store)."""
    articles = store.schema.articles
    with store.connect() as connection:
        statement = sa.select(articles.c.id).order_by(*article_order(articles))
        return list(connection.execute(statement).scalars())


def server_cpu(pid: int) -> float | None:
    """CPU seconds (user and system) the server process `pid` and its worker processes have
    used so far, from Linux's /proc; None elsewhere."""
    ticks = os.sysconf("SC_CLK_TCK")
    total, found = 0, False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += int(fields[11]) + int(fields[12])
            found = True
    return total / ticks if found else None


def percentiles(times: list[float]) -> str:
    if not times:
        return f"{'no answers':41}"
    cuts = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
    return f"p50 {cuts[49]:7.1f}  p95 {cuts[94]:7.1f}  p99 {cuts[98]:7.1f} ms"


def hammer(
    next_url: Callable[[], str | None], clients: int, seconds: float | None = None
) -> tuple[list[float], int]:
    """`clients` threads request `next_url()` until it gives None or `seconds` pass."""
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds if seconds else None

    def client(_: int) -> None:
        nonlocal errors
        while deadline is None or time.monotonic() < deadline:
            with lock:
                url = next_url()
            if url is None:
                return
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


def next_pages(base: str, route: str, queries: list[str]) -> list[str]:
    """The next page of each query's first page, as its `links.next` gives it (a served
    code's own paging: a page number, or a key to read after), on `route`; read from the
    JSON of the first page, kept by then (not timed)."""
    pages = []
    for query in queries:
        with urlopen(f"{base}/api/events?{query}") as response:
            following = json.load(response)["links"]["next"]
        if following:
            pages.append(f"{base}{route}?{urlsplit(following).query}")
    return pages


def each_once(urls: list[str]) -> Callable[[], str | None]:
    remaining = iter(urls)
    return lambda: next(remaining, None)


def at_random(urls: list[str], seed: int) -> Callable[[], str]:
    chooser = random.Random(seed)
    return lambda: chooser.choice(urls)


def page_queries(store: Store, query: str, kept: bool = True) -> float:
    """Milliseconds of the events page's queries for `query`, run directly, nothing kept in
    the process: the counts the store keeps where it keeps them (`kept_counts`), else in one
    walk (`views.counting_walk`, words counted as far as their facets, WORDS_FACET_SAMPLE:
    the page without `count=yes`), as the page does; without
    `kept`, the baseline: counted from the events as before them (`count` up to
    COUNT_LIMIT, `facet_counts` of the first FACET_SAMPLE events, whatever the filters)."""
    filters, _ = read_filters(parse_qsl(query))
    started = time.perf_counter()
    if not kept:
        count(store, "events", filters, limit=COUNT_LIMIT)
        facet_counts(store, filters, sample=FACET_SAMPLE)
    elif kept_counts(store, filters) is None:
        walk = counting_walk(store, filters)
        if filters.text:
            walk(store, filters, WORDS_FACET_SAMPLE, WORDS_FACET_SAMPLE)
        else:
            walk(store, filters, COUNT_LIMIT, FACET_SAMPLE)
    list(find(store, "events", replace(filters, limit=PAGE_SIZE + 1)))
    return (time.perf_counter() - started) * 1000


class Server:
    """`eventwire serve` in a process of its own (clients in this one take no time from it)."""

    def __init__(
        self, store: str, workers: int, source: Path | None = None, warm: bool = False
    ) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(store)]
        command += ["--port", str(self.port)] + (["--workers", str(workers)] if workers > 1 else [])
        command += ["--warm"] if warm else []
        path = [str(source)] if source else []
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(path + sys.path)},
        )
        while True:
            try:
                with urlopen(f"{self.base}/static/style.css"):
                    return
            except HTTPError:
                return
            except OSError:
                if self.process.poll() is not None:
                    raise SystemExit("eventwire serve did not start") from None
                time.sleep(0.2)

    def cpu(self) -> float | None:
        return server_cpu(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(60)


def line(
    route: str,
    name: str,
    phase: str,
    times: list[float],
    errors: int,
    extra: str = "",
    cpu: float | None = None,
) -> None:
    """One phase's figures; `cpu`: the server's CPU seconds over the phase, shown per answer
    (the cost of a page whatever the load and the queueing)."""
    per_answer = f"  server CPU {cpu * 1000 / len(times):5.1f} ms/answer" if cpu and times else ""
    print(
        f"{route:12} {name:10} {phase:9} {percentiles(times)}  errors {errors}  "
        f"({len(times)} answers){per_answer}{extra}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="database to copy from")
    parser.add_argument(
        "--store",
        default="/tmp/eventwire-serve-bench.db",
        help="the synthetic store: a SQLite file or a database URL (built when it has no articles)",
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--seconds", type=float, default=5.0, help="warm requests, per filter")
    parser.add_argument(
        "--warm", action="store_true", help="serve --warm: the store in the OS's cache first"
    )
    parser.add_argument("--build-only", action="store_true", help="build the store and stop")
    parser.add_argument("--no-baseline", action="store_true", help="skip the direct queries")
    parser.add_argument(
        "--filters", nargs="+", choices=FAMILIES, default=list(FAMILIES), help="which to ask"
    )
    parser.add_argument(
        "--routes",
        nargs="+",
        choices=ROUTES,
        default=list(ROUTES),
        help="which pages to ask (the article pages: ARTICLE_PAGES of them)",
    )
    parser.add_argument(
        "--server-src", type=Path, help="serve the code of this src folder (another checkout's)"
    )
    args = parser.parse_args()
    if stored_articles(args.store) < args.articles:
        build(args.source, args.store, args.articles)
    if args.build_only:
        return
    try:
        store = open_read_only(args.store)
    except StoreError:
        with Store(args.store):
            pass  # a writing open brings an older store to this schema version
        store = open_read_only(args.store)
    article_ids = listed_ids(store)
    article_ids = random.Random(1).sample(article_ids, min(ARTICLE_PAGES, len(article_ids)))
    load = os.getloadavg()
    print(
        f"{args.clients} clients, server of {args.workers} process(es)"
        f"{' with --warm' if args.warm else ''}"
        f"{' from ' + str(args.server_src) if args.server_src else ''}, warm {args.seconds:.0f} s"
        f" per filter, store {args.store}, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )
    chosen = {name: FAMILIES[name] for name in args.filters}
    direct: dict[str, tuple[float, float]] = {}
    if not args.no_baseline:
        for name, queries in chosen.items():
            direct[name] = tuple(
                statistics.median(page_queries(store, query, kept) for query in queries)
                for kept in (True, False)
            )
            print(
                f"queries alone, {name}: p50 {direct[name][0]:.1f} ms; counted from the "
                f"events (no kept counts) {direct[name][1]:.1f} ms, "
                f"ratio {direct[name][1] / direct[name][0]:.1f}",
                flush=True,
            )
    store.close()
    for route in (route for route in ROUTES if route != ARTICLE_ROUTE and route in args.routes):
        server = Server(args.store, args.workers, args.server_src, args.warm)
        everything: dict[str, list[float]] = {"cold": [], "next page": [], "warm": []}
        failed = dict.fromkeys(everything, 0)
        cpu: dict[str, float | None] = dict.fromkeys(everything, 0.0)
        for name, queries in chosen.items():
            first = [f"{server.base}{route}?{query}" for query in queries]
            random.Random(2).shuffle(first)
            second: list[str] = []
            for phase, seconds in (("cold", None), ("next page", None), ("warm", args.seconds)):
                if phase == "next page":
                    second = next_pages(server.base, route, queries)
                pages = {"cold": first, "next page": second}
                urls = each_once(pages[phase]) if phase in pages else at_random(first + second, 3)
                used = server.cpu()
                times, errors = hammer(urls, args.clients, seconds)
                used = server.cpu() - used if used is not None else None
                everything[phase] += times
                failed[phase] += errors
                extra = ""
                if phase == "cold" and name in direct and times:
                    served = statistics.median(times)
                    extra = (
                        f"; queries alone p50 {direct[name][0]:.1f} ms, served / queries "
                        f"{served / direct[name][0]:.2f}"
                    )
                line(route, name, phase, times, errors, extra, used)
                cpu[phase] = None if used is None or cpu[phase] is None else cpu[phase] + used
        for phase, times in everything.items():
            line(route, "any filter", phase, times, failed[phase], cpu=cpu[phase])
        server.stop()
    if ARTICLE_ROUTE in args.routes:
        article_pages(args, article_ids)
    load = os.getloadavg()
    print(f"load average at the end {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


def article_pages(args: argparse.Namespace, article_ids: list[str]) -> None:
    """The article pages, each once (cold), then at random (warm)."""
    server = Server(args.store, args.workers, args.server_src, args.warm)
    urls = [f"{server.base}/articles/{article_id}" for article_id in article_ids]
    for phase, next_url, seconds in (
        ("cold", each_once(urls), None),
        ("warm", at_random(urls, 4), args.seconds),
    ):
        used = server.cpu()
        times, errors = hammer(next_url, args.clients, seconds)
        used = server.cpu() - used if used is not None else None
        line(ARTICLE_ROUTE, "", phase, times, errors, cpu=used)
    server.stop()


if __name__ == "__main__":
    main()
