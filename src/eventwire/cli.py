"""The `eventwire` command: parses arguments and calls the library; no logic of its own."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate import TASKS, GoldFileError
from eventwire.readers.sources import MAX_ARTICLE_BYTES
from eventwire.render import render_pretty


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    return args.handler(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=__doc__)
    commands = parser.add_subparsers(title="commands")

    analyze = commands.add_parser("analyze", help="analyze files and print the records")
    analyze.add_argument(
        "paths", nargs="+", metavar="FILE", help="files, folders or globs; - for stdin"
    )
    add_article_options(analyze)
    analyze.add_argument("--format", choices=("json", "pretty"), default="pretty")
    analyze.set_defaults(handler=run_analyze)

    evaluate = commands.add_parser("eval", help="score a stage against a gold file")
    tasks = evaluate.add_subparsers(title="tasks")
    for task in TASKS:
        module = f"eventwire.evaluate.{task}"
        if importlib.util.find_spec(module) is None:
            continue
        task_parser = tasks.add_parser(task, help=f"evaluate {task}")
        task_parser.add_argument("--gold", required=True, help="gold JSON Lines file")
        importlib.import_module(module).add_arguments(task_parser)
        task_parser.set_defaults(handler=run_eval, task_module=module)

    add_store_commands(commands)
    return parser


def add_article_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", help="publication date YYYY-MM-DD (overrides the input)")
    parser.add_argument("--outlet", help="outlet name (overrides the input)")
    parser.add_argument("--url", help="article URL (overrides the input)")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_ARTICLE_BYTES,
        help=f"largest article accepted, in bytes (default {MAX_ARTICLE_BYTES:,})",
    )


def article_options(args: argparse.Namespace) -> dict[str, Any]:
    """What `add_article_options` parsed, as keyword arguments of `read_sources`."""
    return {
        "published": args.published,
        "outlet": args.outlet,
        "url": args.url,
        "max_bytes": args.max_bytes,
    }


def run_analyze(args: argparse.Namespace) -> int:
    from eventwire.analyze import analyze_many
    from eventwire.readers.sources import read_sources

    failures = []

    def articles():
        for item in read_sources(args.paths, **article_options(args)):
            if isinstance(item, Exception):
                failures.append(item)
                print(f"eventwire: {item}", file=sys.stderr)
            else:
                yield item

    for analysis in analyze_many(articles()):
        if args.format == "json":
            print(analysis.to_json())
        else:
            print(render_pretty(analysis))
    return 1 if failures else 0


def add_store_commands(commands: argparse._SubParsersAction) -> None:
    from eventwire.export import EXPORT_FORMATS, QUERY_FORMATS
    from eventwire.filters import OPTIONS, Option, positive_int, since_date, until_date
    from eventwire.kinds import listings
    from eventwire.store.database import DEFAULT_DB

    def argument_type(parse):
        def checked(text: str):
            try:
                return parse(text)
            except ValueError as error:
                raise argparse.ArgumentTypeError(str(error)) from None

        return checked

    def add_db(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--db",
            default=os.environ.get("EVENTWIRE_DB", DEFAULT_DB),
            help="SQLite file or SQLAlchemy URL, e.g. postgresql+psycopg://host/db "
            f"(default: $EVENTWIRE_DB or {DEFAULT_DB})",
        )

    def add_article_filters(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--since", type=argument_type(since_date), metavar="DATE", help="published on or after"
        )
        parser.add_argument(
            "--until", type=argument_type(until_date), metavar="DATE", help="published on or before"
        )
        parser.add_argument(
            "--outlet",
            action="append",
            default=[],
            dest="outlets",
            metavar="NAME",
            help="outlet (repeatable)",
        )

    def add_filter(parser: argparse.ArgumentParser, field: str, option: Option) -> None:
        parse = {"type": argument_type(option.parse)} if option.parse else {}
        parser.add_argument(option.flag, dest=field, help=option.help, **parse, **option.settings)

    ingest = commands.add_parser("ingest", help="analyze sources and store them in the database")
    ingest.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders or globs; - for stdin"
    )
    ingest.add_argument(
        "--workers",
        type=argument_type(worker_count),
        default=1,
        metavar="N",
        help="analyze in N processes; this one stores, in input order (default: 1)",
    )
    add_db(ingest)
    add_article_options(ingest)
    ingest.set_defaults(handler=run_ingest)

    for kind, listing in listings().items():
        query = commands.add_parser(kind, help=f"list stored {kind} that match filters")
        add_db(query)
        add_article_filters(query)
        for taken in listing.filters:
            add_filter(query, taken.field, taken.command_option)
        query.add_argument(
            "--limit", type=argument_type(positive_int), help="at most this many rows"
        )
        query.add_argument("--format", choices=QUERY_FORMATS, default="table")
        query.set_defaults(handler=run_query, kind=kind)

    export = commands.add_parser("export", help="write the stored analyses or events to a file")
    add_db(export)
    export.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    add_article_filters(export)
    add_filter(export, "modalities", OPTIONS["modalities"])
    export.add_argument(
        "--dyads", action="store_true", help="csv/parquet: one row per source-target pair"
    )
    export.set_defaults(handler=run_export)
    add_story_commands(commands, add_db, add_article_filters, argument_type)


def add_story_commands(commands, add_db, add_article_filters, argument_type) -> None:
    """`stories`, `story ID` and `restory` (eventwire.stories)."""
    from eventwire.filters import positive_int
    from eventwire.stories.show import STORY_FORMATS

    stories = commands.add_parser("stories", help="list stored stories that match filters")
    add_db(stories)
    add_article_filters(stories)
    stories.add_argument("--limit", type=argument_type(positive_int), help="at most this many")
    stories.add_argument("--format", choices=STORY_FORMATS, default="table")
    stories.set_defaults(handler=run_stories)
    story = commands.add_parser("story", help="one story: its events and discrepancies")
    story.add_argument("story_id", metavar="ID")
    add_db(story)
    story.add_argument("--format", choices=("pretty", "json"), default="pretty")
    story.set_defaults(handler=run_story)
    restory = commands.add_parser("restory", help="rebuild every story from the stored records")
    add_db(restory)
    restory.set_defaults(handler=run_restory)


def worker_count(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise ValueError(f"{text!r}: expected a number of processes, 1 or more")
    return int(text)


def run_ingest(args: argparse.Namespace) -> int:
    from eventwire.ingest import ingest, progress_display
    from eventwire.readers.sources import read_sources
    from eventwire.store import Store, StoreError

    try:
        with Store(args.db) as store, progress_display() as on_progress:
            summary = ingest(
                read_sources(args.paths, **article_options(args)),
                store,
                on_progress=on_progress,
                workers=args.workers,
            )
    except StoreError as error:
        print(f"eventwire ingest: {error}", file=sys.stderr)
        return 2
    for line in summary.lines():
        print(f"eventwire ingest: {line}", file=sys.stderr)
    return 0 if summary.ok else 1


def run_query(args: argparse.Namespace) -> int:
    from eventwire.export import write_results
    from eventwire.filters import filters_from
    from eventwire.store import Store, StoreError, find

    try:
        with Store(args.db, create=False) as store:
            write_results(
                args.kind, find(store, args.kind, filters_from(vars(args))), args.format, sys.stdout
            )
    except StoreError as error:
        print(f"eventwire {args.kind}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return quiet_broken_pipe()
    return 0


def quiet_broken_pipe() -> int:
    """The reader (head, less) closed the pipe: stop quietly, as Unix tools do."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def run_export(args: argparse.Namespace) -> int:
    from eventwire.export import export
    from eventwire.filters import filters_from
    from eventwire.store import Store, StoreError

    try:
        with Store(args.db, create=False) as store:
            count = export(
                store, args.format, args.output, filters_from(vars(args)), args.dyads, sys.stdout
            )
    except BrokenPipeError:
        return quiet_broken_pipe()
    except (StoreError, ValueError, OSError) as error:
        print(f"eventwire export: {error}", file=sys.stderr)
        return 2
    if args.output:
        print(
            f"eventwire export: {count} {'articles' if args.format == 'jsonl' else 'event rows'} "
            f"to {args.output}",
            file=sys.stderr,
        )
    return 0


def run_stories(args: argparse.Namespace) -> int:
    from eventwire.filters import filters_from
    from eventwire.store import Store, StoreError
    from eventwire.stories.show import find_stories, write_records

    try:
        with Store(args.db, create=False) as store:
            write_records(
                "stories", find_stories(store, filters_from(vars(args))), args.format, sys.stdout
            )
    except StoreError as error:
        print(f"eventwire stories: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return quiet_broken_pipe()
    return 0


def run_story(args: argparse.Namespace) -> int:
    from eventwire.store import Store, StoreError
    from eventwire.store.database import to_json
    from eventwire.stories.show import pretty, story

    try:
        with Store(args.db, create=False) as store:
            detail = story(store, args.story_id)
    except StoreError as error:
        print(f"eventwire story: {error}", file=sys.stderr)
        return 2
    if detail is None:
        print(f"eventwire story: no story {args.story_id!r} in {args.db}", file=sys.stderr)
        return 1
    print(to_json(detail) if args.format == "json" else pretty(detail))
    return 0


def run_restory(args: argparse.Namespace) -> int:
    from eventwire.store import Store, StoreError
    from eventwire.stories.build import restory

    try:
        with Store(args.db, create=False) as store:
            count = restory(store)
    except StoreError as error:
        print(f"eventwire restory: {error}", file=sys.stderr)
        return 2
    print(f"eventwire restory: {count} stories", file=sys.stderr)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    try:
        return importlib.import_module(args.task_module).run(args)
    except GoldFileError as error:
        print(f"eventwire eval: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
