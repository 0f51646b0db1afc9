"""The Parquet dataset a batch writes: the store's tables, one folder each, partitioned by
publication month, one file per shard in each partition it touches.

    articles/published_month=2024-03/<shard>.parquet   (and sentences/, entities/, events/,
    event_actors/, quotes/, times/, places/, quantities/: every table of the store)
    failures/<shard>.parquet                            items that could not be read or analyzed
    _shards/<shard>.json                                written last: the shard is complete
    _manifest.json                                      inputs, versions, counts

A shard's files are written under `_partial/` and moved into place, then its `_shards/` entry
is written; a shard without one is redone, so a killed run leaves only whole shards.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

import eventwire
from eventwire.batch.shards import Plan, Shard
from eventwire.export import dataset_schemas
from eventwire.settings import Settings, settings_in_force

Rows = dict[str, list[dict[str, Any]]]

PARTITION = "published_month"
UNDATED = "undated"
"""The partition of articles with no publication date."""
FAILURES = "failures"
DONE = "_shards"
PARTIAL = "_partial"
MANIFEST = "_manifest.json"
COMPRESSION = "zstd"

FAILURE_SCHEMA = pa.schema([("shard", pa.string()), ("item", pa.string()), ("reason", pa.string())])


def month_of(article_row: dict[str, Any]) -> str:
    published_date = article_row.get("published_date")
    return published_date[:7] if published_date else UNDATED


def add_rows(rows: dict[str, Rows], tables: Rows) -> None:
    """Add one analysis's rows (`export.dataset_rows`) to a shard's {month: {table: rows}}."""
    month = month_of(tables["articles"][0])
    for table, table_rows in tables.items():
        rows.setdefault(month, {}).setdefault(table, []).extend(table_rows)


def write_shard(
    output: Path,
    shard_id: str,
    source: dict[str, Any],
    rows: dict[str, Rows],
    failures: list[dict[str, str]],
) -> dict[str, Any]:
    """Write one shard's rows ({month: {table: rows}}) and failures, whole or not at all;
    returns its `_shards/` entry: `source` (what it was made from) and its counts."""
    partial = output / PARTIAL / shard_id
    shutil.rmtree(partial, ignore_errors=True)
    schemas = dataset_schemas()
    written: list[Path] = []
    counts: dict[str, int] = defaultdict(int)
    for month in sorted(rows):
        for table, table_rows in rows[month].items():
            if not table_rows:
                continue
            name = Path(table, f"{PARTITION}={month}", f"{shard_id}.parquet")
            write_parquet(table_rows, schemas[table], partial / name)
            written.append(name)
            counts[table] += len(table_rows)
    if failures:
        name = Path(FAILURES, f"{shard_id}.parquet")
        write_parquet(failures, FAILURE_SCHEMA, partial / name)
        written.append(name)
    for name in written:
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial / name, output / name)
    entry = {
        "id": shard_id,
        **source,
        "counts": dict(sorted(counts.items())),
        "failures": len(failures),
    }
    write_json(output / DONE / f"{shard_id}.json", entry)
    shutil.rmtree(partial, ignore_errors=True)
    return entry


def write_parquet(rows: list[dict[str, Any]], schema: pa.Schema, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, compression=COMPRESSION)


def write_json(path: Path, value: Any) -> None:
    """Written beside its name and moved into place: a reader sees all of it or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(value, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, path)


def done_entry(output: Path, shard: Shard) -> dict[str, Any] | None:
    """The `_shards/` entry of a shard completed by an earlier run, else None."""
    path = output / DONE / f"{shard.id}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def forget_partial(output: Path) -> None:
    """What a killed run left half-written; its shards have no entry and will be redone."""
    shutil.rmtree(output / PARTIAL, ignore_errors=True)


def write_input_failures(output: Path, plan: Plan) -> None:
    """Sources that name nothing readable, as rows of the failures table (shard `inputs`)."""
    path = output / FAILURES / "inputs.parquet"
    rows = [{"shard": "inputs", "item": e.item, "reason": e.reason} for e in plan.errors]
    if rows:
        write_parquet(rows, FAILURE_SCHEMA, path)
    else:
        path.unlink(missing_ok=True)


def write_batch_manifest(
    output: Path,
    plan: Plan,
    entries: list[dict[str, Any]],
    shard_bytes: int,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """The manifest of a batch: its inputs (paths and hashes), the shards it cut them into
    and those still missing; the same however the run was split or resumed."""
    errors = [{"item": error.item, "reason": error.reason} for error in plan.errors]
    done = {entry["id"] for entry in entries}
    return write_manifest(
        output,
        entries,
        settings,
        shard_bytes=shard_bytes,
        inputs=[vars(item) for item in plan.inputs],
        input_errors=errors,
        missing_shards=[shard.id for shard in plan.shards if shard.id not in done],
    )


def write_manifest(
    output: Path, entries: list[dict[str, Any]], settings: Settings | None = None, **source: Any
) -> dict[str, Any]:
    """`_manifest.json`: what went in (`source`), with which eventwire and codebooks, and what
    came out (the shards' entries and their counts, and failures)."""
    totals: dict[str, int] = defaultdict(int)
    for entry in entries:
        for table, count in entry["counts"].items():
            totals[table] += count
    failures = sum(entry["failures"] for entry in entries) + len(source.get("input_errors", []))
    manifest = {
        "eventwire": eventwire.__version__,
        "codebooks": codebook_versions(settings),
        "code_every_article": (settings or settings_in_force()).code_every_article,
        **source,
        "shards": entries,
        "counts": dict(sorted(totals.items())),
        "failures": failures,
    }
    write_json(output / MANIFEST, manifest)
    return manifest


def codebook_versions(settings: Settings | None = None) -> dict[str, str]:
    """Each vocabulary file by the start of its SHA-256, ours and the user's tables and
    pattern files the settings name: the records depend on every one."""
    settings = settings or settings_in_force()
    folder = Path(str(resources.files("eventwire.codebooks")))
    files = {
        path.name: path
        for path in sorted(folder.iterdir())
        if path.suffix in (".tsv", ".yaml", ".txt")
    }
    for path in (*settings.actor_tables, *settings.event_patterns):
        files[f"user:{path}"] = path
    return {
        name: hashlib.sha256(path.read_bytes()).hexdigest()[:16] for name, path in files.items()
    }


def read_shard_rows(dataset: Path, shard_id: str) -> Rows:
    """Every row a shard wrote, table by table, months in order."""
    rows: Rows = {}
    for table in dataset_schemas():
        rows[table] = [
            row
            for path in sorted((dataset / table).glob(f"{PARTITION}=*/{shard_id}.parquet"))
            for row in pq.read_table(path, partitioning=None).to_pylist()
        ]
    return rows


def completed_shards(dataset: Path) -> list[str]:
    """The shards of a dataset that were written whole, in the order of its manifest."""
    done = {path.stem for path in (dataset / DONE).glob("*.json")}
    manifest_path = dataset / MANIFEST
    order: list[str] = []
    if manifest_path.is_file():
        order = [entry["id"] for entry in json.loads(manifest_path.read_text())["shards"]]
    return [shard for shard in order if shard in done] + sorted(done - set(order))
