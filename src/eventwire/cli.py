"""The `eventwire` command: parses arguments and calls the library; no logic of its own."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventwire.budget import DEFAULT_TIME_BUDGET
from eventwire.errors import StoreError
from eventwire.evaluate import TASKS, GoldFileError
from eventwire.output import OutputError, writing_stdout
from eventwire.render import render_pretty
from eventwire.settings import BUILT_IN, DEFAULT_DB, SERVE_LIMITS, Settings, in_force


class StderrNotes(logging.Handler):
    """The library's notes on long work (a schema upgrade, a rebuild's progress), each on
    whatever standard error is when it is written."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(f"eventwire: {record.getMessage()}", file=sys.stderr)
        except Exception:
            self.handleError(record)


def show_notes() -> None:
    library = logging.getLogger("eventwire")
    if not any(isinstance(handler, StderrNotes) for handler in library.handlers):
        library.addHandler(StderrNotes())
        library.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    show_notes()
    parser = build_parser(Settings.from_environment())
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    if getattr(args, "every_article", False):
        args.settings = replace(args.settings, code_every_article=True)
    try:
        with writing_stdout():
            return args.handler(args)
    except BrokenPipeError:
        return quiet_broken_pipe()
    except OutputError as error:
        print(f"eventwire: {error}", file=sys.stderr)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 2
    except StoreError as error:
        print(f"eventwire {args.command}: {error}", file=sys.stderr)
        return 2


def build_parser(settings: Settings = BUILT_IN) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=__doc__)
    parser.set_defaults(settings=settings)
    commands = parser.add_subparsers(title="commands", dest="command")

    analyze = commands.add_parser("analyze", help="analyze files and print the records")
    analyze.add_argument(
        "paths", nargs="+", metavar="FILE", help="files, folders or globs; - for stdin"
    )
    add_article_options(analyze, settings)
    add_run_options(analyze)
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

    add_store_commands(commands, settings)
    add_batch_commands(commands, settings)
    return parser


def add_article_options(parser: argparse.ArgumentParser, settings: Settings) -> None:
    parser.add_argument("--published", help="publication date YYYY-MM-DD (overrides the input)")
    parser.add_argument("--outlet", help="outlet name (overrides the input)")
    parser.add_argument("--url", help="article URL (overrides the input)")
    add_coding_options(parser, settings)


def add_coding_options(parser: argparse.ArgumentParser, settings: Settings) -> None:
    """Options every command that codes articles shares, one at a time or in batch."""
    parser.add_argument(
        "--max-bytes",
        type=positive_number(int, "a number of bytes"),
        default=settings.max_article_bytes,
        help=f"largest article accepted, in bytes (default {settings.max_article_bytes:,})",
    )
    parser.add_argument(
        "--every-article",
        action="store_true",
        help="code events in every article, not only in news about public affairs",
    )


def add_run_options(parser: argparse.ArgumentParser) -> None:
    add_workers_option(parser, "analyze in N processes, at most one per CPU (default: 1)")
    parser.add_argument("--force-workers", action="store_true", help="allow more workers than CPUs")
    parser.add_argument(
        "--time-budget",
        type=positive_number(float, "a number of seconds"),
        default=DEFAULT_TIME_BUDGET,
        metavar="SECONDS",
        help="an article that takes more CPU seconds is reported as failed "
        f"(default: {DEFAULT_TIME_BUDGET:g})",
    )
    parser.add_argument(
        "--memory-budget",
        type=positive_number(int, "a number of megabytes"),
        metavar="MB",
        help="an article that needs more memory than this beyond the loaded model is reported "
        "as failed; analysis then runs in worker processes (default: no budget)",
    )


def memory_budget(args: argparse.Namespace) -> int | None:
    """`--memory-budget` in bytes."""
    return None if args.memory_budget is None else args.memory_budget * 2**20


def add_workers_option(parser: argparse._ActionsContainer, meaning: str) -> None:
    """`--workers N`, how many processes a command runs in (`meaning`: what they do)."""
    parser.add_argument(
        "--workers",
        type=positive_number(int, "a number of processes"),
        default=1,
        metavar="N",
        help=meaning,
    )


def positive_number(kind: type, what: str):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not value > 0 or value == float("inf"):
            least = "1 or more" if kind is int else "more than 0"
            raise argparse.ArgumentTypeError(f"{text!r}: expected {what}, {least}")
        return value

    return parse


def serve_limit(name: str) -> Callable[[str], int]:
    """The argument type of one of the server's limits: a whole number no less than its
    least (`settings.SERVE_LIMITS`, which `Settings` checks too), said in the same words."""
    what, least = SERVE_LIMITS[name]

    def parse(text: str) -> int:
        if not text.strip().isdecimal() or int(text) < least:
            raise argparse.ArgumentTypeError(f"{text!r}: expected {what}, {least} or more")
        return int(text)

    return parse


def checked_workers(args: argparse.Namespace) -> int | None:
    """The worker count, or None after saying why it is refused."""
    from eventwire.workers import check_workers

    try:
        check_workers(args.workers, force=args.force_workers)
    except ValueError as error:
        print(f"eventwire: {error}", file=sys.stderr)
        return None
    return args.workers


def article_options(args: argparse.Namespace) -> dict[str, Any]:
    """What `add_article_options` parsed, as keyword arguments of `read_sources`."""
    return {
        "published": args.published,
        "outlet": args.outlet,
        "url": args.url,
        "max_bytes": args.max_bytes,
    }


def run_analyze(args: argparse.Namespace) -> int:
    from eventwire.ingest import analysis_failure, describe
    from eventwire.pipeline import analyze_results
    from eventwire.readers.sources import read_sources
    from eventwire.workers import WorkersCannotStart

    workers = checked_workers(args)
    if workers is None or not settings_read(args.settings, "analyze"):
        return 2
    failures = []

    def articles():
        for item in read_sources(args.paths, **article_options(args)):
            if isinstance(item, Exception):
                failures.append(item)
                print(f"eventwire: {item}", file=sys.stderr)
            else:
                yield item

    results = analyze_results(
        articles(),
        workers=workers,
        settings=args.settings,
        time_budget=args.time_budget,
        memory_budget=memory_budget(args),
    )
    try:
        for article, result in results:
            if isinstance(result, Exception):
                failures.append(result)
                print(
                    f"eventwire: {describe(article)}: {analysis_failure(result)}", file=sys.stderr
                )
            elif args.format == "json":
                print(result.to_json())
            else:
                print(render_pretty(result))
    except WorkersCannotStart as error:
        print(f"eventwire: stopped early: {error}", file=sys.stderr)
        return 1
    return 1 if failures else 0


def settings_read(settings: Settings, command: str) -> bool:
    """Whether the user's tables and pattern files of `settings` read well; if not, says why."""
    from eventwire.pipeline import check_settings

    try:
        check_settings(settings)
    except (OSError, ValueError) as error:
        print(f"eventwire {command}: {error}", file=sys.stderr)
        return False
    return True


def add_store_commands(commands: argparse._SubParsersAction, settings: Settings) -> None:
    from eventwire.export import EXPORT_FORMATS, QUERY_FORMATS
    from eventwire.filters import OPTIONS, Option, positive_int, since_date, until_date
    from eventwire.kinds import listings

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
            default=settings.database,
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
    add_db(ingest)
    ingest.add_argument(
        "--allow-foreign-tables",
        action="store_true",
        help="add eventwire's tables to a database that already has other tables",
    )
    add_article_options(ingest, settings)
    add_run_options(ingest)
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
    export.add_argument(
        "--output",
        type=Path,
        help="file to write, - for standard output (default); a file there is replaced "
        "whole when the export is complete, a device or pipe written in place",
    )
    export.add_argument("--force", action="store_true", help="replace a read-only file at --output")
    add_article_filters(export)
    add_filter(export, "modalities", OPTIONS["modalities"])
    export.add_argument(
        "--dyads", action="store_true", help="csv/parquet: one row per source-target pair"
    )
    export.set_defaults(handler=run_export)
    add_story_commands(commands, add_db, add_article_filters, argument_type)

    serve = commands.add_parser("serve", help="read-only web pages and JSON over the database")
    add_db(serve)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine)",
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    add_workers_option(
        serve,
        "worker processes; one front process holds the port and hands each request to the "
        "next free worker, each worker keeping its own answers (default: 1)",
    )
    serve.add_argument(
        "--analyses-at-once",
        type=serve_limit("analyses_at_once"),
        metavar="N",
        help="with --workers N, analyses run in at most this many workers at once "
        "(default: N - 1, so one is always left to the pages)",
    )
    serve.add_argument(
        "--analyses-waiting",
        type=serve_limit("analyses_waiting"),
        default=settings.analyses_waiting,
        metavar="N",
        help="analyses that may wait for a turn; the next is answered 503 with Retry-After "
        f"(default: {settings.analyses_waiting})",
    )
    serve.add_argument(
        "--requests-waiting",
        type=serve_limit("requests_waiting_per_worker"),
        default=settings.requests_waiting_per_worker,
        metavar="N",
        help="with --workers N, other requests that may wait for a free worker, per worker; "
        "the next is answered 503 with Retry-After "
        f"(default: {settings.requests_waiting_per_worker})",
    )
    serve.add_argument(
        "--warm",
        action="store_true",
        help="read a SQLite store into the OS's cache before serving: first pages then "
        "wait on no disk (for a store that fits in memory)",
    )
    serve.set_defaults(handler=run_serve)


def run_ingest(args: argparse.Namespace) -> int:
    from eventwire.ingest import ingest, progress_display
    from eventwire.readers.sources import read_sources
    from eventwire.store import Store

    workers = checked_workers(args)
    if workers is None or not settings_read(args.settings, "ingest"):
        return 2
    with (
        Store(args.db, allow_foreign_tables=args.allow_foreign_tables) as store,
        progress_display() as on_progress,
    ):
        summary = ingest(
            read_sources(args.paths, **article_options(args)),
            store,
            on_progress=on_progress,
            workers=workers,
            settings=args.settings,
            time_budget=args.time_budget,
            memory_budget=memory_budget(args),
        )
    report_summary("ingest", summary.lines())
    return 0 if summary.ok else 1


def run_query(args: argparse.Namespace) -> int:
    from eventwire.export import write_results
    from eventwire.filters import filters_from
    from eventwire.store import Store, find

    with Store(args.db, create=False) as store:
        write_results(
            args.kind, find(store, args.kind, filters_from(vars(args))), args.format, sys.stdout
        )
    return 0


def report_summary(command: str, lines: Iterable[str]) -> None:
    """A job's summary on stderr, each line under the command's name."""
    for line in lines:
        print(f"eventwire {command}: {line}", file=sys.stderr)


def quiet_broken_pipe() -> int:
    """The reader (head, less) closed the pipe: stop quietly, as Unix tools do."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def run_export(args: argparse.Namespace) -> int:
    from eventwire.export import export
    from eventwire.filters import filters_from
    from eventwire.output import is_stdout
    from eventwire.store import Store

    try:
        with Store(args.db, create=False) as store:
            count = export(
                store,
                args.format,
                args.output,
                filters_from(vars(args)),
                args.dyads,
                sys.stdout,
                force=args.force,
            )
    except (ValueError, OutputError) as error:
        print(f"eventwire export: {error}", file=sys.stderr)
        return 2
    if not is_stdout(args.output):
        print(
            f"eventwire export: {count} "
            f"{'articles' if args.format in ('jsonl', 'dataset') else 'event rows'} "
            f"to {args.output}",
            file=sys.stderr,
        )
    return 0


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


def add_batch_commands(commands: argparse._SubParsersAction, settings: Settings) -> None:
    from eventwire.batch.shards import DEFAULT_SHARD_BYTES

    batch = commands.add_parser(
        "batch", help="analyze inputs on Dask into a Parquet dataset (resumable)"
    )
    batch.add_argument("paths", nargs="+", metavar="INPUT", help="files, folders or globs")
    batch.add_argument("--output", required=True, type=Path, metavar="DIR", help="dataset folder")
    where = batch.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler")
    add_workers_option(where, "worker processes of a local cluster (default: 1)")
    batch.add_argument(
        "--shard-mb",
        type=float,
        default=DEFAULT_SHARD_BYTES / 1e6,
        metavar="MB",
        help="input per task: JSON Lines cut to this size, small files grouped up to it "
        f"(default: {DEFAULT_SHARD_BYTES / 1e6:g})",
    )
    add_coding_options(batch, settings)
    batch.set_defaults(handler=run_batch)

    load = commands.add_parser("load", help="load a batch's Parquet dataset into the database")
    load.add_argument("dataset", type=Path, metavar="DIR", help="folder eventwire batch wrote")
    load.add_argument(
        "--db",
        default=settings.database,
        help=f"SQLite file or SQLAlchemy URL (default: $EVENTWIRE_DB or {DEFAULT_DB})",
    )
    load.set_defaults(handler=run_load)


def run_batch(args: argparse.Namespace) -> int:
    from eventwire.batch import BatchError, batch

    def report(summary) -> None:
        print(
            f"eventwire batch: shards written {summary.written}/"
            f"{summary.shards - summary.skipped}, {summary.articles} articles",
            file=sys.stderr,
        )

    try:
        summary = batch(
            args.paths,
            args.output,
            workers=args.workers,
            scheduler=args.scheduler,
            shard_bytes=max(1, int(args.shard_mb * 1e6)),
            settings=replace(args.settings, max_article_bytes=args.max_bytes),
            on_shard=report,
        )
    except (BatchError, OSError) as error:
        print(f"eventwire batch: {error}", file=sys.stderr)
        return 2
    report_summary("batch", summary.lines())
    return 0 if summary.ok else 1


def run_load(args: argparse.Namespace) -> int:
    from eventwire.batch import DatasetError, load
    from eventwire.store import Store

    try:
        with Store(args.db) as store:
            summary = load(args.dataset, store)
    except (DatasetError, OSError) as error:
        print(f"eventwire load: {error}", file=sys.stderr)
        return 2
    report_summary("load", summary.lines())
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from eventwire.server import serve
    from eventwire.server.app import is_loopback

    settings = replace(
        args.settings,
        analyses_at_once=args.analyses_at_once,
        analyses_waiting=args.analyses_waiting,
        requests_waiting_per_worker=args.requests_waiting,
    )
    if not settings_read(settings, "serve"):
        return 2
    try:
        settings.analyses_at_once_for(args.workers)
    except ValueError as error:
        print(f"eventwire serve: {error}", file=sys.stderr)
        return 2
    if not is_loopback(args.host):
        print(
            f"eventwire serve: listening on {args.host}: anyone who can reach it reads the store",
            file=sys.stderr,
        )
    if settings.api_token:
        print(
            "eventwire serve: POST /api/articles stores articles for callers that send the "
            "EVENTWIRE_API_TOKEN token",
            file=sys.stderr,
        )
    serve(args.db, args.host, args.port, settings, args.workers, args.warm)
    return 0


def run_stories(args: argparse.Namespace) -> int:
    from eventwire.filters import filters_from
    from eventwire.store import Store
    from eventwire.stories.show import find_stories, write_records

    with Store(args.db, create=False) as store:
        write_records(
            "stories", find_stories(store, filters_from(vars(args))), args.format, sys.stdout
        )
    return 0


def run_story(args: argparse.Namespace) -> int:
    from eventwire.store import Store
    from eventwire.store.database import to_json
    from eventwire.stories.show import pretty, story

    with Store(args.db, create=False) as store:
        detail = story(store, args.story_id)
    if detail is None:
        print(f"eventwire story: no story {args.story_id!r} in {args.db}", file=sys.stderr)
        return 1
    print(to_json(detail) if args.format == "json" else pretty(detail))
    return 0


def run_restory(args: argparse.Namespace) -> int:
    from eventwire.store import Store
    from eventwire.stories.build import restory

    with Store(args.db, create=False) as store:
        count = restory(store)
    print(f"eventwire restory: {count} stories", file=sys.stderr)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    if not settings_read(args.settings, "eval"):
        return 2
    try:
        with in_force(args.settings):
            return importlib.import_module(args.task_module).run(args)
    except GoldFileError as error:
        print(f"eventwire eval: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
