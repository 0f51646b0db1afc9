"""What parsing a title-case headline again in sentence case costs: the parse of the benchmark
corpus (`benchmarks/corpus.py`, every headline in title case: the worst case) with and without
it, in one run, alternating so both see the same machine.

    .venv/bin/python benchmarks/headline_case.py [--articles 64] [--repeats 3]

Prints CPU seconds of each (best of the repeats), and their ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import news_articles

from eventwire.headline_case import headline_of, parse_articles
from eventwire.nlp import parse_texts

BATCH = 16


def cpu_seconds(parse: Callable[[list[str]], list], texts: list[str]) -> float:
    started = time.process_time()
    for start in range(0, len(texts), BATCH):
        parse(texts[start : start + BATCH])
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = list(news_articles(args.articles))
    recased = sum(headline_of(text) is not None for text in texts)
    parse_articles(texts[:2])
    plain, with_headlines = [], []
    for _ in range(args.repeats):
        plain.append(cpu_seconds(parse_texts, texts))
        with_headlines.append(cpu_seconds(parse_articles, texts))
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} articles, {words:,} words, {recased} title-case headlines")
    print(f"parse alone:                      {min(plain):.2f} s CPU")
    print(f"parse and headlines recased:      {min(with_headlines):.2f} s CPU")
    print(f"ratio:                            {min(with_headlines) / min(plain):.3f}")


if __name__ == "__main__":
    main()
