"""The fast paths give the records of the plain one: analyzing articles one at a time, in
`nlp.pipe` batches, and in worker processes must agree on every record, byte for byte."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from eventwire import analyze, analyze_many

REPO = Path(__file__).resolve().parents[1]


def benchmark_corpus(count: int) -> list[str]:
    """The first `count` articles of the benchmark corpus (benchmarks/corpus.py)."""
    spec = importlib.util.spec_from_file_location("corpus", REPO / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return list(corpus.news_articles(count))


def one_at_a_time(texts: list[str]) -> list[str]:
    return [analyze(text).to_json() for text in texts]


def test_batches_give_the_records_of_one_article_at_a_time() -> None:
    texts = [
        *benchmark_corpus(6),
        "Port Alvin Talks Stall\nNegotiators from Veloria and Dunmark walked out of talks in "
        'Port Alvin on Tuesday. "We will not sign," said Veloria\'s envoy, Ana Brisk.',
        "Quiet Week\nThe weather stayed mild. Markets were calm and nothing else happened.",
    ]
    assert [a.to_json() for a in analyze_many(texts, batch_size=3)] == one_at_a_time(texts)


def test_batches_agree_on_the_founding_article_and_dev_texts(shared: Path) -> None:
    texts = [(shared / "acceptance" / "seed-soleimani.txt").read_text(encoding="utf-8")]
    for name in ("quotes_polnear_dev.jsonl", "timex_timebank.jsonl"):
        with (shared / "dev" / name).open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line, _ in zip(lines, range(4), strict=False)]
    assert [a.to_json() for a in analyze_many(texts, batch_size=4)] == one_at_a_time(texts)


def test_worker_processes_give_the_records_of_one_process() -> None:
    texts = benchmark_corpus(5)
    parallel = [a.to_json() for a in analyze_many(texts, batch_size=2, workers=2)]
    assert parallel == one_at_a_time(texts)
