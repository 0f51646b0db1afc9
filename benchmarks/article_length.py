"""Is analysis time linear in article length? Seconds per KB from 2 KB to 500 KB, in one run.

    .venv/bin/python benchmarks/article_length.py [--sizes 2,20,100,250,500] [--repeats 1]

Two kinds of text, each grown to every size:

  realistic: paragraphs of the benchmark corpus (`benchmarks/corpus.py`, our own templates:
             clashes, talks, quotes, dates, places, numbers) joined into one long article;
  hostile:   `He said "` repeated (every cue's content running to the end of the text, the
             pattern that made quote collection quadratic).

For each size: the parse alone (`nlp(text)`), the whole analysis (`analyze`), and the
analysis's CPU seconds per KB. The ratio is the largest per-KB figure over the smallest
(1.0 = perfectly linear; the promise is at most 1.5). Models and codebooks are loaded first.
CPU seconds of this process are the figure that counts on a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import news_articles
from spacy.language import Language

from eventwire import analyze
from eventwire.nlp import load_nlp


def realistic(size: int) -> str:
    """One article of at least `size` characters from the corpus's paragraphs."""
    parts = ["A long report on the week's events"]
    length = 0
    for article in news_articles(size // 300 + 10):
        body = article.split("\n", 1)[1]
        parts.append(body)
        length += len(body) + 1
        if length >= size:
            break
    return "\n".join(parts)[:size]


def hostile(size: int) -> str:
    return ("Headline\n" + 'He said "' * (size // 9 + 1))[:size]


TEXTS: dict[str, Callable[[int], str]] = {"realistic": realistic, "hostile": hostile}


def cpu_seconds(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(nlp: Language, text: str) -> tuple[float, float, float]:
    """CPU seconds of the parse alone, then wall and CPU seconds of the whole analysis."""
    parse = cpu_seconds(lambda: nlp(text))[1]
    return (parse, *cpu_seconds(lambda: analyze(text, time_budget=None)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="2,20,100,250,500", help="KB, comma-separated")
    parser.add_argument("--kinds", default="realistic,hostile")
    parser.add_argument("--repeats", type=int, default=1, help="runs per size; the best counts")
    args = parser.parse_args(argv)
    sizes = [int(kb) for kb in args.sizes.split(",")]
    nlp = load_nlp()
    analyze("Warm-up\nThe minister said on Monday that talks would resume in Paris.")
    for kind in args.kinds.split(","):
        print(f"\n{kind}")
        print(f"{'KB':>6} {'parse s':>8} {'analyze s':>10} {'CPU s':>8} {'CPU s/KB':>9}")
        per_kb = []
        for kb in sizes:
            text = TEXTS[kind](kb * 1000)
            runs = [measure(nlp, text) for _ in range(args.repeats)]
            parse, wall, cpu = min(runs, key=lambda run: run[2])
            per_kb.append(cpu / kb)
            print(f"{kb:>6} {parse:>8.2f} {wall:>10.2f} {cpu:>8.2f} {cpu / kb:>9.4f}")
        print(f"ratio of largest to smallest CPU s/KB: {max(per_kb) / min(per_kb):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
