"""Parallel ingest: workers analyze, one process stores, in input order; input streams.
The attribute table annotates exactly as spaCy's attribute ruler."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy
from threadpoolctl import ThreadpoolController

from eventwire import analyze_many
from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.nlp import MAX_CHARACTERS, NumpyBlasOps, load_model, load_nlp
from eventwire.readers.text import article_from_text
from eventwire.store import Store

STORIES = [
    "Ferry Strike Ends\nDock workers in Corvel returned to work on Monday, union leader "
    "Mara Lind said.",
    "Border Crossing Reopens\nVeloria reopened its border crossing with Dunmark on Friday.",
    "Envoys Meet\nForeign ministers of Tessaly and Arkon met in Lisbon to discuss fishing rights.",
    "Protest in Harrow\nAbout 300 farmers marched through Harrow to demand lower fuel prices.",
    "Quiet Day\nThe markets were calm and the weather stayed mild.",
]


class UnreadableItem(Exception):
    item = "feed.xml:3"
    reason = "not XML"


def items() -> list:
    """Good articles, an item the reader could not read, and one too long to parse."""
    too_long = article_from_text("Too Long\n" + "word " * (MAX_CHARACTERS // 5 + 1))
    articles = [article_from_text(text) for text in STORIES]
    return [*articles[:2], UnreadableItem(), too_long, *articles[2:]]


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_two_workers_store_what_one_stores_in_the_same_order(tmp_path: Path) -> None:
    summaries, dumps = [], []
    for workers in (1, 2):
        db = tmp_path / f"events-{workers}.db"
        with Store(str(db)) as store:
            summaries.append(ingest(items(), store, batch_size=2, workers=workers))
        dumps.append(dump(db))
    one, two = summaries
    assert two.lines() == one.lines()
    assert (two.read, two.stored, len(two.failures)) == (6, 5, 2)
    assert {failure.item for failure in two.failures} >= {"feed.xml:3"}
    assert any("analysis failed" in failure.reason for failure in two.failures)
    assert dumps[1] == dumps[0]


def test_worker_processes_read_their_input_as_they_go() -> None:
    pulled = []

    def texts():
        for number in range(200):
            pulled.append(number)
            yield f"Story {number}\nRain fell on Harrow on Tuesday."

    results = analyze_many(texts(), batch_size=2, workers=2)
    first = next(results)
    results.close()
    assert first.article.title == "Story 0"
    assert len(pulled) <= 2 * 2 * 2 + 2  # batches in flight per worker, times workers, + one


def test_workers_must_be_a_positive_number(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORIES[0], encoding="utf-8")
    try:
        main(["ingest", str(story), "--workers", "0", "--db", str(tmp_path / "e.db")])
    except SystemExit as exit:
        assert exit.code == 2
    assert "expected a number of processes, 1 or more" in capsys.readouterr().err


TRICKY = (
    "Gonna Be Close\nThey're gonna vote, let's see. There is a deal and there were two.\n\n"
    "Ain't it odd? She didn't say; he'd've known. U.S. troops ha-ha 3.5% at 10:30 a.m.  \n"
    "“Quoted,” said Mara Lind-Okafor, who's 42 — and isn't.\t\nIt's been a long week."
)


def annotations(doc) -> list[tuple]:
    return [
        (
            t.text,
            t.tag_,
            t.pos_,
            str(t.morph),
            t.lemma_,
            t.dep_,
            t.head.i,
            t.is_sent_start,
            t.ent_type_,
        )
        for t in doc
    ]


def stock_with_our_components():
    """The model as shipped, with our components that add to it (not those that replace one)."""
    nlp = load_model()
    nlp.add_pipe("line_breaks", before="parser")
    nlp.add_pipe("run_in_headings", before="parser")
    nlp.add_pipe("entity_edges", after="ner")
    return nlp


def test_our_tables_annotate_as_spacys_attribute_ruler_and_lemmatizer() -> None:
    assert {"attribute_table", "lemma_table"} <= set(load_nlp().pipe_names)
    stock = stock_with_our_components()
    texts = [TRICKY, *STORIES]
    for ours, theirs in zip(load_nlp().pipe(texts), stock.pipe(texts), strict=True):
        assert annotations(ours) == annotations(theirs)


def test_our_tables_agree_with_spacy_on_dev_articles(shared: Path) -> None:
    with (shared / "dev" / "quotes_polnear_dev.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line, _ in zip(lines, range(12), strict=False)]
    stock = stock_with_our_components()
    for ours, theirs in zip(load_nlp().pipe(texts), stock.pipe(texts), strict=True):
        assert annotations(ours) == annotations(theirs)


def test_numpy_blas_ops_multiply_as_numpy_and_leave_blas_threads_as_found() -> None:
    ops = NumpyBlasOps()
    rng = numpy.random.default_rng(7)
    x = rng.random((30, 8), dtype=numpy.float32)
    y = rng.random((5, 8), dtype=numpy.float32)
    threads_before = [library["num_threads"] for library in ThreadpoolController().info()]
    assert numpy.allclose(ops.gemm(x, y, trans2=True), x @ y.T)
    out = numpy.zeros((8, 8), dtype=numpy.float32)
    assert ops.gemm(x, x, out=out, trans1=True) is out
    assert numpy.allclose(out, x.T @ x)
    assert [library["num_threads"] for library in ThreadpoolController().info()] == threads_before
