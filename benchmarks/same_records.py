"""Are the records of a 200-article corpus byte-identical to a saved run? For restructurings.

    .venv/bin/python benchmarks/same_records.py --save before.jsonl    # at the old commit
    .venv/bin/python benchmarks/same_records.py --compare before.jsonl # after the change

The corpus is read at run time from `../shared` (never copied into the repository): the 89
public-domain VOA stories with their publication dates, the founding article, and the first
articles of the PolNeAR quotes, TimeBank and ECB+ development sets, 200 articles in all, news
of many outlets and decades. Each line of the saved file is one article's analysis, the
`analyze --format json` contract. `--compare` prints the articles whose records differ, with the
first record kind that differs, and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from eventwire import analyze_many
from eventwire.readers.text import article_from_text
from eventwire.records import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = 200
DEV_SETS = ("quotes_polnear_dev.jsonl", "timex_timebank.jsonl", "stories_ecbplus_dev.jsonl")


def lines_of(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def corpus(shared: Path = SHARED, count: int = ARTICLES) -> list[Article]:
    """The same `count` articles every time, in the same order."""
    articles = [
        article_from_text(
            f"{story['title']}\n{story['text']}",
            published=story["published"][:10],
            outlet="VOA",
            url=story["url"],
        )
        for story in lines_of(shared / "corpus" / "voa_stories.jsonl")
    ]
    articles.append(article_from_text((shared / "acceptance" / "seed-soleimani.txt").read_text()))
    share = (count - len(articles)) // len(DEV_SETS) + 1
    for name in DEV_SETS:
        for record in islice(lines_of(shared / "dev" / name), share):
            articles.append(article_from_text(record["text"], published=record.get("dct")))
    return articles[:count]


def analyses(articles: list[Article]) -> list[str]:
    return [analysis.to_json() for analysis in analyze_many(articles)]


def first_difference(before: str, after: str) -> str:
    old, new = json.loads(before), json.loads(after)
    for kind in old.keys() | new.keys():
        if old.get(kind) != new.get(kind):
            return kind
    return "bytes (same JSON values, different serialisation)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the records to this file")
    group.add_argument("--compare", type=Path, help="compare the records with this file")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    articles = corpus(args.shared)
    lines = analyses(articles)
    if args.save:
        args.save.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"saved the records of {len(lines)} articles to {args.save}")
        return 0
    saved = args.compare.read_text(encoding="utf-8").splitlines()
    if len(saved) != len(lines):
        print(f"{args.compare} holds {len(saved)} articles, the corpus {len(lines)}")
        return 1
    differing = [
        (article, first_difference(old, new))
        for article, old, new in zip(articles, saved, lines, strict=True)
        if old != new
    ]
    for article, kind in differing:
        print(f"differs: {article.id} ({(article.title or '')[:60]}): {kind}")
    print(f"{len(lines) - len(differing)} of {len(lines)} articles byte-identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
