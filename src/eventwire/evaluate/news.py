"""`eventwire eval news`: the news judgement and the events it lets through on pages that are
not news about public affairs (`--gold` a folder of such pages, one text file each, headline
first: tests/data/non_news holds ours). A coder worth trusting asserts fewer than one event
per ten of them."""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.evaluate import GoldFileError
from eventwire.pipeline import analyze_many


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options beyond `--gold`."""


def run(args: argparse.Namespace) -> int:
    folder = Path(args.gold)
    pages = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not pages:
        raise GoldFileError(f"{folder}: expected a folder of .txt pages that are not news")
    analyses = analyze_many(page.read_text(encoding="utf-8") for page in pages)
    judged_news, asserted = [], 0
    for page, analysis in zip(pages, analyses, strict=True):
        events = [e for e in analysis.events if e.modality == "asserted"]
        asserted += len(events)
        if analysis.article.news is not None and analysis.article.news.public_affairs:
            judged_news.append(f"{page.name}: {analysis.article.news.reason}")
        for event in events:
            print(f"- {page.name}: {event.plover['type']} '{event.trigger.text}'")
    print(f"eventwire eval news: {len(pages)} pages that are not news, from {folder}")
    print(f"judged news about public affairs: {len(judged_news)} of {len(pages)}")
    print(f"asserted events: {asserted}, {asserted / len(pages):.2f} per page")
    for line in judged_news:
        print(f"  {line}")
    return 0
