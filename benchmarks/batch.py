"""`eventwire batch` with 1 and 2 Dask workers over the same inputs, in one run.

    .venv/bin/python benchmarks/batch.py [--articles 500] [--workers 1,2] [--shard-mb 0.1]
        [--jsonl ../shared/corpus/voa_stories.jsonl]

Corpora: the synthetic articles of benchmarks/corpus.py (written to a JSON Lines file first)
and, with --jsonl, any JSON Lines file (the VOA stories). For each corpus and worker count:
a fresh LocalCluster of worker processes (one thread each), the model loaded in every worker
before the clock starts (the same plugin `batch` uses), then `batch` through the cluster's
scheduler address, exactly as `eventwire batch --scheduler` runs it. Prints articles/s by
the clock, articles per CPU second of the workers (the per-core rate, steadier than the
clock on a shared machine), each worker's peak RSS, the dataset's size, and the speed-up
and scaling efficiency of each run over the first; checks that every worker count wrote
byte-identical datasets.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import news_articles
from distributed import Client, LocalCluster

from eventwire.batch import batch
from eventwire.batch.run import ModelLoader


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds() -> float:
    """CPU time this process has used (user + system), children included."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def synthetic_jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number, text in enumerate(news_articles(count)):
            day = 1 + number % 28
            record = {
                "text": text,
                "published": f"2024-{1 + number % 6:02d}-{day:02d}",
                "url": f"https://bench.example/{number}",
                "outlet": "Benchmark Wire",
            }
            out.write(json.dumps(record) + "\n")
    return path


def dataset_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*.parquet"))
    }


def run(source: Path, workers: int, shard_mb: float, scratch: Path) -> dict:
    output = scratch / f"{source.stem}-{workers}"
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            local_directory=str(scratch / "dask"),
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.register_plugin(ModelLoader())
        cpu_before = sum(client.run(cpu_seconds).values())
        started = time.perf_counter()
        summary = batch(
            [str(source)],
            output,
            scheduler=cluster.scheduler_address,
            shard_bytes=int(shard_mb * 1e6),
        )
        seconds = time.perf_counter() - started
        cpu = sum(client.run(cpu_seconds).values()) - cpu_before
        rss = sorted(client.run(peak_rss_mb).values())
    return {
        "workers": workers,
        "shards": summary.shards,
        "articles": summary.articles,
        "seconds": seconds,
        "rate": summary.articles / seconds,
        "cpu": cpu,
        "size": sum(path.stat().st_size for path in output.rglob("*.parquet")),
        "rss": rss,
        "output": output,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--shard-mb", type=float, default=0.1)
    parser.add_argument("--jsonl", type=Path, help="also run over this JSON Lines file")
    args = parser.parse_args()
    counts = [int(count) for count in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as folder:
        scratch = Path(folder)
        sources = [synthetic_jsonl(scratch / "synthetic.jsonl", args.articles)]
        if args.jsonl:
            sources.append(args.jsonl)
        for source in sources:
            print(
                f"{source.name}: {source.stat().st_size / 1e6:.2f} MB, shards of {args.shard_mb} MB"
            )
            results = [run(source, count, args.shard_mb, scratch) for count in counts]
            base = results[0]
            for result in results:
                speedup = result["rate"] / base["rate"]
                efficiency = speedup / (result["workers"] / base["workers"])
                rss = ", ".join(f"{mb:.0f}" for mb in result["rss"])
                print(
                    f"  workers {result['workers']}: {result['articles']} articles in "
                    f"{result['shards']} shards, {result['seconds']:.1f} s, "
                    f"{result['rate']:.2f} articles/s, speed-up {speedup:.2f}, "
                    f"efficiency {efficiency:.2f}; worker CPU {result['cpu']:.1f} s "
                    f"({result['articles'] / result['cpu']:.2f} articles per CPU second); "
                    f"peak RSS per worker {rss} MB; dataset {result['size'] / 1e6:.2f} MB"
                )
            same = all(
                dataset_bytes(result["output"]) == dataset_bytes(base["output"])
                for result in results
            )
            print(f"  datasets byte-identical across worker counts: {same}")


if __name__ == "__main__":
    main()
