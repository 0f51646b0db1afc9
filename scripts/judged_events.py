"""Judged events: where the labelled articles come from and how each is rebuilt.

Labels (`event_filter_labels.tsv` beside this file, or a held-out file in the same columns) list
judged asserted events by set, article id, trigger offsets, PLOVER type and verdict, never
their text; the articles are rebuilt here from ../shared and tests/data exactly as they were
judged. Shared by train_event_filter.py and judged_precision.py.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from eventwire.pipeline import to_article
from eventwire.readers.html import article_from_html
from eventwire.records import Article

HERE = Path(__file__).parent
REPOSITORY = HERE.parent
SHARED = REPOSITORY.parent / "shared"
VOA_DEV_GOLD = REPOSITORY / "tests/data/voa_events/dev.jsonl"
VOA_DEV_EXTRA_GOLD = REPOSITORY / "tests/data/voa_events/dev_extra.jsonl"
"""The whole-story VOA development gold: 46 stories, and 23 more annotated later."""
LABELS = HERE / "event_filter_labels.tsv"
HELDOUT_LABELS = HERE / "heldout_event_labels.tsv"


DRAW_COMMENT = re.compile(r"# (draw\w+):")
"""The comment that opens a random draw in a labels file ("# draw18: a seed-2028 random draw
..."): the rows below it, to the next such comment, are that draw's."""


def read_labels(path: Path = LABELS) -> list[dict[str, str]]:
    """The labels, each with `draw`: the random draw it came from ('' for the other samples,
    which were drawn one event per article or whole), so that the unbiased rows can be scored
    apart (train_event_filter.py's draw fold)."""
    lines, draws, draw = [], [], ""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                opened = DRAW_COMMENT.match(line)
                draw = opened[1] if opened else draw
            if line.startswith("#") or not line.strip():
                continue
            lines.append(line)
            draws.append(draw)
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return [row | {"draw": draw} for row, draw in zip(rows, draws[1:], strict=True)]


def jsonl(path: Path, first_line: int = 1) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if number >= first_line and line.strip():
                yield json.loads(line)


def voa_story(record: dict) -> Article:
    return to_article(
        f"{record['title']}\n{record['text']}", (record.get("published") or "")[:10] or None
    )


def wire_story(record: dict) -> Article:
    return to_article(record["text"].strip(), published=record.get("dct"))


SOURCES = {
    "judged-dev": ((SHARED / "corpus/voa_stories.jsonl", 1), voa_story),
    "voa-dev": (
        (VOA_DEV_GOLD, 1),
        lambda r: to_article(r["text"], r.get("published")),
    ),
    "judged-ecb": ((SHARED / "dev/stories_ecbplus_dev.jsonl", 1), lambda r: to_article(r["text"])),
    "judged-web": (
        (SHARED / "dev/extraction_trafilatura.jsonl", 1),
        lambda r: article_from_html(r["html"]),
    ),
    "judged-wire": (
        (SHARED / "dev/timex_timebank.jsonl", 1),
        (SHARED / "dev/timex_aquaint.jsonl", 1),
        (SHARED / "dev/quotes_polnear_train.jsonl", 101),
        wire_story,
    ),
}
"""Each labelled set: the files its articles come from (with the first line read: PolNeAR
train lines 1-100 are held out), and how a record becomes the article that was judged. The held-out
sets (heldout-*: ECB+ validation topics, PolNeAR dev) are judged once, never tuned on."""
for wire_set in ("judged-wire2", "judged-wire3", "judged-wire4", "judged-wire5", "judged-wire6"):
    SOURCES[wire_set] = SOURCES["judged-wire"]
SOURCES["judged-ecb2"] = SOURCES["judged-ecb"]
SOURCES["heldout-ecb"] = SOURCES["judged-ecb"]
SOURCES["heldout-wire"] = ((SHARED / "dev/quotes_polnear_dev.jsonl", 1), wire_story)


def articles_of(labels: list[dict[str, str]]) -> dict[tuple[str, str], Article]:
    wanted = defaultdict(set)
    for label in labels:
        wanted[label["set"]].add(label["id"])
    articles = {}
    for name, (*files, make) in SOURCES.items():
        for path, first_line in files:
            for record in jsonl(path, first_line):
                if record["id"] in wanted[name]:
                    articles[name, record["id"]] = make(record)
    missing = {(n, i) for n, ids in wanted.items() for i in ids} - articles.keys()
    if missing:
        raise SystemExit(f"articles not found: {sorted(missing)[:5]} ...")
    return articles
