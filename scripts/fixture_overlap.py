"""Test fixtures that share a run of words with the development data.

    python scripts/fixture_overlap.py [--shared ../shared] [--words 7] [tests ...]

Fixtures are sentences we write; a dev sentence with its names changed is still a dev sentence
(the lead found several such each round by hand). This lists every string in the test files
that shares a run of `--words` words with a file under `../shared/dev` or `../shared/reference`
(`../shared/corpus` is public domain and may be quoted), with the run, so that a reviewer reads
each and rewrites the ones that follow a dev sentence. Common phrases of that length are rare:
the few kept are in `ACCEPTED`, each with its reason. `tests/test_fixtures_are_our_own.py`
runs this as a gate: it exits 1 when it lists anything.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
SEARCHED = ("dev", "reference")
ACCEPTED = {
    "meta property article published time content 2019": "a web page's publication-date tag "
    "that a reader test needs (markup, not a sentence)",
}
"""Runs a reviewer read and kept, with why."""


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("\u2019", "'"))


def runs(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def fixture_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string constant in a test file (implicitly joined strings are one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tests", nargs="*", type=Path, default=[Path("tests")])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--words", type=int, default=7)
    args = parser.parse_args()
    wanted: dict[tuple[str, ...], list[tuple[Path, int]]] = defaultdict(list)
    for root in args.tests:
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            for line, text in fixture_strings(path):
                for run in runs(words_of(text), args.words):
                    wanted[run].append((path, line))
    found: dict[tuple[Path, int], set[str]] = defaultdict(set)
    for folder in SEARCHED:
        for source in sorted((args.shared / folder).rglob("*")):
            if not source.is_file():
                continue
            with source.open(encoding="utf-8", errors="replace") as lines:
                for text in lines:
                    for run in runs(words_of(text.replace("\\n", " ")), args.words):
                        if " ".join(run) in ACCEPTED:
                            continue
                        for place in wanted.get(run, ()):
                            found[place].add(f"{source.relative_to(args.shared)}: {' '.join(run)}")
    for (path, line), hits in sorted(found.items()):
        print(f"{path}:{line}")
        for hit in sorted(hits)[:3]:
            print(f"    {hit}")
    print(f"{len(found)} fixture strings share a run of {args.words} words", file=sys.stderr)
    if found:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
