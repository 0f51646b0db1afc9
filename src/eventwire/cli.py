"""The `eventwire` command: parses arguments and calls the library; no logic of its own."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from eventwire.evaluate import TASKS, GoldFileError
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
    return parser


def add_article_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", help="publication date YYYY-MM-DD (overrides the input)")
    parser.add_argument("--outlet", help="outlet name (overrides the input)")
    parser.add_argument("--url", help="article URL (overrides the input)")


def run_analyze(args: argparse.Namespace) -> int:
    from eventwire.analyze import analyze_many
    from eventwire.ingest.sources import read_sources

    failures = []
    overrides = {"published": args.published, "outlet": args.outlet, "url": args.url}

    def articles():
        for item in read_sources(args.paths, **overrides):
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


def run_eval(args: argparse.Namespace) -> int:
    try:
        return importlib.import_module(args.task_module).run(args)
    except GoldFileError as error:
        print(f"eventwire eval: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
