"""Write stored records out: query results as a table, JSON Lines or CSV, and whole exports.

An export is JSON Lines (one analysis per article, the `analyze --format json` contract),
or one row per event in CSV or Parquet with PLOVER-style flat columns. Compound actors
stay lists (joined with `|` in CSV); `dyads=True` writes one row per source-target pair
instead, as CAMEO dyadic data does. The same database always gives the same bytes.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import sys
from collections.abc import Iterable, Iterator
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from eventwire.filters import Filters
from eventwire.kinds import RECORD_KINDS, Shown, listings
from eventwire.output import is_stdout, open_output, writing_stdout
from eventwire.records import Analysis
from eventwire.render import terminal_safe
from eventwire.store.database import Store, rows_of, to_json
from eventwire.store.query import Found, analyses, article_sentences, find
from eventwire.store.schema import SCHEMA

if TYPE_CHECKING:
    import pyarrow as pa

LIST_SEPARATOR = "|"
"""Joins list values (compound actors) in CSV cells; Parquet keeps them as lists."""

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "dataset")
QUERY_FORMATS = ("table", "json", "csv")

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("url", "string"),
    ("outlet", "string"),
    ("published", "string"),
    ("event_id", "string"),
    ("sentence", "int"),
    ("sentence_text", "string"),
    ("trigger_text", "string"),
    ("trigger_start", "int"),
    ("trigger_end", "int"),
    ("source_codes", "list"),
    ("source_texts", "list"),
    ("target_codes", "list"),
    ("target_texts", "list"),
    ("source_code_rules", "list"),
    ("target_code_rules", "list"),
    ("cameo", "string"),
    ("cameo_root", "string"),
    ("quad_class", "int"),
    ("goldstein", "float"),
    ("plover_type", "string"),
    ("plover_mode", "string"),
    ("modality", "string"),
    ("asserted_by", "string"),
    ("date_value", "string"),
    ("date_granularity", "string"),
    ("date_source", "string"),
    ("place_name", "string"),
    ("place_country", "string"),
    ("place_lat", "float"),
    ("place_lon", "float"),
    ("place_precision", "string"),
)
"""Flat event columns and their types, in output order."""

DYAD_LISTS = (
    "source_codes",
    "source_texts",
    "target_codes",
    "target_texts",
    "source_code_rules",
    "target_code_rules",
)
"""The columns that list one value per actor, one value in a dyad's row."""

DYAD_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    column
    for name, kind in EVENT_COLUMNS
    for column in ([(name.removesuffix("s"), "string")] if name in DYAD_LISTS else [(name, kind)])
)
"""With `dyads=True`: one source and one target per row instead of lists."""


def event_rows(found: Found, dyads: bool = False) -> list[dict[str, Any]]:
    """The flat row(s) of one event: one row, or one per source-target pair."""
    event, article = found.record, found.article
    trigger = event.get("trigger") or {}
    sources, targets = event.get("source") or [], event.get("target") or []
    row = {
        **RECORD_KINDS["events"].stored_values(event),
        "article_id": article["id"],
        "url": article["url"],
        "outlet": article["outlet"],
        "published": article["published"],
        "event_id": event.get("id"),
        "sentence_text": found.sentence,
        "trigger_text": trigger.get("text"),
        "trigger_start": trigger.get("start"),
        "trigger_end": trigger.get("end"),
        "source_codes": [actor.get("code") for actor in sources],
        "source_texts": [actor.get("text") for actor in sources],
        "target_codes": [actor.get("code") for actor in targets],
        "target_texts": [actor.get("text") for actor in targets],
        "source_code_rules": [code_rule(actor) for actor in sources],
        "target_code_rules": [code_rule(actor) for actor in targets],
        "date_source": (event.get("date") or {}).get("source"),
    }
    if not dyads:
        return [row]
    rows = []
    for source, target in product(sources or [None], targets or [None]):
        dyad = {name: row.get(name) for name, _ in DYAD_COLUMNS}
        dyad["source_code"] = source.get("code") if source else None
        dyad["source_text"] = source.get("text") if source else None
        dyad["target_code"] = target.get("code") if target else None
        dyad["target_text"] = target.get("text") if target else None
        dyad["source_code_rule"] = code_rule(source) if source else None
        dyad["target_code_rule"] = code_rule(target) if target else None
        rows.append(dyad)
    return rows


def code_rule(actor: dict[str, Any]) -> str | None:
    """The rule that gave an actor's code (`code_from`: "words" for its own words, "setting",
    "speaker", ... for others'), so a user can keep or drop codes by how they were found;
    None for an actor with no code."""
    return (actor.get("code_from") or {}).get("rule")


def write_results(kind: str, results: Iterable[Found], format: str, out: TextIO) -> int:
    """Write the results of the query command `kind` as `table`, `json` (one object per line)
    or `csv` (for events, the flat event table an export writes); returns the count."""
    if format == "json":
        count = 0
        for found in results:
            count += 1
            if kind == "articles":
                out.write(to_json(found.record) + "\n")
            else:
                singular = RECORD_KINDS[kind].singular
                out.write(to_json({"article": found.article, singular: found.record}) + "\n")
        return count
    if format == "csv":
        if kind == "events":
            return write_event_csv((row for found in results for row in event_rows(found)), out)
        columns = listings()[kind].columns
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([column.header for column in columns])
        count = 0
        for found in results:
            count += 1
            writer.writerow([csv_cell(column.value(found)) for column in columns])
        return count
    if format == "table":
        return write_table(listings()[kind].columns, list(results), out)
    raise ValueError(f"no query format {format!r}; use one of {', '.join(QUERY_FORMATS)}")


def write_table(columns: tuple[Shown, ...], results: list[Found], out: TextIO) -> int:
    """Plain aligned text: fits a terminal, pipes cleanly, and has no styling to strip."""
    cells = [
        [table_cell(column.value(found), column.width) for column in columns] for found in results
    ]
    headers = [column.header for column in columns]
    widths = [
        max([len(header), *(len(row[i]) for row in cells)]) for i, header in enumerate(headers)
    ]
    for row in [headers, ["-" * width for width in widths], *cells]:
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
        out.write("\n")
    out.write(f"({len(results)} {'row' if len(results) == 1 else 'rows'})\n")
    return len(results)


def table_cell(value: Any, width: int) -> str:
    text = "" if value is None else terminal_safe(" ".join(str(value).split()))
    return text if len(text) <= width else text[: width - 1] + "…"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting so as a formula (OWASP, CSV injection)."""


def csv_cell(value: Any) -> str:
    """A cell's text; text that a spreadsheet would run as a formula gets a leading `'`.
    Numbers are ours (counts, scores, coordinates) and stay numbers, negative or not."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        text = LIST_SEPARATOR.join("" if item is None else str(item) for item in value)
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_event_csv(rows: Iterable[dict[str, Any]], out: TextIO, dyads: bool = False) -> int:
    columns = DYAD_COLUMNS if dyads else EVENT_COLUMNS
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in columns])
    count = 0
    for row in rows:
        count += 1
        writer.writerow([csv_cell(row[name]) for name, _ in columns])
    return count


def write_event_parquet(
    rows: Iterable[dict[str, Any]],
    path: Path | BinaryIO,
    dyads: bool = False,
    batch_rows: int = 10_000,
) -> int:
    """Parquet with a fixed schema (lists stay lists), written in row groups of `batch_rows`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventwire.workers import batches_of

    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "list": pa.list_(pa.string()),
    }
    columns = DYAD_COLUMNS if dyads else EVENT_COLUMNS
    arrow_schema = pa.schema([(name, types[kind]) for name, kind in columns])
    count = 0
    with pq.ParquetWriter(path, arrow_schema) as writer:
        for batch in batches_of(rows, batch_rows):
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=arrow_schema))
            count += len(batch)
        if count == 0:
            writer.write_table(arrow_schema.empty_table())
    return count


def export(
    store: Store,
    format: str,
    output: Path | None,
    filters: Filters,
    dyads: bool = False,
    stdout: TextIO | None = None,
    force: bool = False,
) -> int:
    """Write an export to `output` (None or `-`: `stdout`, for the text formats) by the
    rules of `eventwire.output`; returns rows written. `force` replaces a read-only file."""
    if format not in EXPORT_FORMATS:
        raise ValueError(f"no export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if format == "dataset":
        if is_stdout(output):
            raise ValueError("a dataset is a folder of Parquet files: name it with --output")
        return export_dataset(store, filters, Path(output))
    if format == "parquet" and is_stdout(output):
        raise ValueError("parquet is binary: name a file with --output")
    if dyads and format == "jsonl":
        raise ValueError(
            "--dyads applies to csv and parquet (jsonl keeps compound actors as lists)"
        )

    def rows() -> Iterator[dict[str, Any]]:
        for found in find(store, "events", filters):
            yield from event_rows(found, dyads)

    def write_text(out: TextIO) -> int:
        if format == "gdelt":
            from eventwire.gdelt import write_gdelt

            return write_gdelt(analyses(store, filters), out)
        if format == "jsonl":
            count = 0
            for analysis in analyses(store, filters):
                count += 1
                out.write(to_json(analysis) + "\n")
            return count
        return write_event_csv(rows(), out, dyads)

    if is_stdout(output):
        out = stdout or sys.stdout
        with writing_stdout():
            count = write_text(out)
            out.flush()
        return count
    with open_output(output, force=force) as binary:
        if format == "parquet":
            return write_event_parquet(rows(), binary, dyads)
        text = io.TextIOWrapper(binary, encoding="utf-8", newline="")
        try:
            count = write_text(text)
            text.flush()
        finally:
            text.detach()
        return count


def dataset_rows(analysis: Analysis | dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis (or its `to_dict()` form) becomes, table by table: exactly the
    store's tables and columns (`rows_of`, derived from the record kinds), so a Parquet
    dataset written from them loads into a store unchanged and every export reads the same
    rows. A dict read from the store has no sentences, and gives no sentence rows."""
    if isinstance(analysis, dict):
        analysis = Analysis.from_dict(analysis)
    return {table.name: rows for table, rows in rows_of(analysis, SCHEMA)}


def dataset_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each table `dataset_rows` gives, from the store's column types."""
    import pyarrow as pa
    import sqlalchemy as sa

    def arrow_type(column: sa.Column) -> pa.DataType:
        if isinstance(column.type, sa.Integer):
            return pa.int64()
        if isinstance(column.type, sa.Float):
            return pa.float64()
        return pa.string()

    tables = [SCHEMA.articles, SCHEMA.sentences, *SCHEMA.records.values()]
    tables += [table for parts in SCHEMA.parts.values() for _, table in parts]
    return {
        table.name: pa.schema(
            [pa.field(c.name, arrow_type(c), nullable=c.nullable) for c in table.columns]
        )
        for table in tables
    }


DATASET_CHUNK = 1000
"""Articles per file of an exported dataset."""


def export_dataset(
    store: Store, filters: Filters, output: Path, chunk_size: int = DATASET_CHUNK
) -> int:
    """Write the Parquet dataset `eventwire batch` writes, from a store: the same tables and
    columns, partitioned by month, that `load` reads; returns articles written. Every record
    of the chosen articles is kept (modality filters do not apply), as the store holds it."""
    from eventwire.batch.dataset import add_rows, write_manifest, write_shard
    from eventwire.workers import batches_of

    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise ValueError(f"{output}: exists and is not an empty folder")
    if not output.parent.is_dir():
        raise ValueError(f"{output}: folder {output.parent} does not exist")
    output.mkdir(exist_ok=True)
    everything = dataclasses.replace(filters, modalities=None)
    source = {"store": store.location}
    entries, count = [], 0
    for number, chunk in enumerate(batches_of(analyses(store, everything), chunk_size)):
        sentences = article_sentences(store, [data["article"]["id"] for data in chunk])
        rows: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for data in chunk:
            analysis = Analysis.from_dict(data)
            analysis.sentences = sentences[analysis.article.id]
            add_rows(rows, dataset_rows(analysis))
        entries.append(write_shard(output, f"export-{number:05d}", source, rows, []))
        count += len(chunk)
    write_manifest(output, entries, None, exported_from=store.location)
    return count
