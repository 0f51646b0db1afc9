"""The command line the gold tracers share (`missed_events.py`, `duplicate_events.py`): trace a
gold file into one row per event found, print how many rows fall under each class, and with
`--rows` write the rows as TSV under a header (`judged_precision.write_rows`)."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from judged_precision import write_rows


def count_lines(rows: list[list[str]], column: int, classes: Sequence[str]) -> list[str]:
    """The number of rows under each class (the row's `column`), one line each, in the order of
    `classes`."""
    counts = Counter(row[column] for row in rows)
    return [f"{counts[name]:5d}  {name}" for name in classes]


def trace_main(
    argv: list[str] | None,
    *,
    doc: str,
    trace: Callable[[str], list[list[str]]],
    columns: tuple[str, ...],
    class_column: str,
    classes: Sequence[str],
    found: str,
    row: str,
) -> int:
    """Run one tracer on the gold file the command line names: `doc` is the script's docstring,
    `found` what its rows are in the count's heading ("duplicates"), `row` one of them in the
    help ("duplicate"); rows are counted by their `class_column`, in the order of `classes`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("gold", help="article-level VOA gold (JSON lines)")
    parser.add_argument("--rows", help=f"write one row per {row} here (TSV, with a header)")
    args = parser.parse_args(argv)
    rows = trace(args.gold)
    print(f"{len(rows)} {found} in {args.gold}")
    for line in count_lines(rows, columns.index(class_column), classes):
        print(line)
    if args.rows:
        write_rows(Path(args.rows), columns, rows)
    return 0
