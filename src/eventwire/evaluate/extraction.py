"""`eventwire eval extraction`: article text and metadata from HTML pages, against snippets.

Scored as trafilatura's own benchmark does (`tests/eval_common.py`): whitespace is
normalised; a `expected_with` snippet found in the text is a true positive, one missing a
false negative; an `expected_without` snippet (boilerplate) found is a false positive. The
text scored is `Article.text` from our HTML reader, headline and furniture handling
included. Where the gold has a title or date, those are scored by exact match too. The
baseline is trafilatura's `extract()` with default settings, run in the same command.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable

import trafilatura

from eventwire.evaluate import prf, read_gold
from eventwire.readers.html import article_from_html


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, help="score only the first N pages")
    parser.add_argument(
        "--no-baseline", action="store_true", help="skip trafilatura's default extract()"
    )


def normalize(text: str) -> str:
    return " ".join(text.split())


def score_snippets(counts: Counter, text: str, record: dict) -> None:
    """Add one page's snippet counts (tp, fn, fp, tn) to `counts`."""
    text = normalize(text)
    for snippet in record.get("expected_with") or []:
        counts["tp" if normalize(snippet) in text else "fn"] += 1
    for snippet in record.get("expected_without") or []:
        counts["fp" if normalize(snippet) in text else "tn"] += 1


def ours(html: str, url: str | None) -> tuple[str, str | None, str | None]:
    """Our reader's text, title and date for a page; empty text where it finds no article."""
    try:
        article = article_from_html(html, url=url)
    except ValueError:
        return "", None, None
    return article.text, article.title, article.published


def baseline(html: str, url: str | None) -> tuple[str, str | None, str | None]:
    return trafilatura.extract(html, url=url) or "", None, None


def run(args: argparse.Namespace) -> int:
    records = list(read_gold(args.gold))[: args.limit]
    systems: dict[str, Callable] = {"eventwire": ours}
    if not args.no_baseline:
        systems["trafilatura extract()"] = baseline
    print(f"{len(records)} pages from {args.gold}")
    print(f"{'system':24} {'P':>6} {'R':>6} {'F1':>6} {'empty':>6} {'seconds':>8}")
    for name, extract in systems.items():
        counts: Counter = Counter()
        extract(records[0]["html"], None)  # warm up: trafilatura and htmldate load lazily
        started = time.perf_counter()
        for record in records:
            url = record.get("url") if str(record.get("url", "")).startswith("http") else None
            text, title, published = extract(record["html"], url)
            score_snippets(counts, text, record)
            counts["empty"] += not text
            gold = record.get("metadata_gold") or {}
            if gold.get("title"):
                counts["titles"] += 1
                counts["title_right"] += normalize(title or "") == normalize(gold["title"])
            if gold.get("date"):
                counts["dates"] += 1
                counts["date_right"] += published == gold["date"]
                counts["date_none"] += published is None
        seconds = time.perf_counter() - started
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        precision, recall, f1 = prf(tp, tp + fp, tp + fn)
        print(
            f"{name:24} {precision:6.3f} {recall:6.3f} {f1:6.3f} {counts['empty']:6d}"
            f" {seconds:8.1f}"
        )
        if extract is ours:
            print(
                f"{'':24} title exact {counts['title_right']}/{counts['titles']},"
                f" date exact {counts['date_right']}/{counts['dates']}"
                f" ({counts['date_none']} left unresolved)"
            )
    return 0
