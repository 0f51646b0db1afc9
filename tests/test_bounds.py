"""Bounded work and isolated items: a time budget per article, limits that hold while reading,
and one bad item costing only itself, in the library and on the command line."""

from __future__ import annotations

import gzip
import json
import signal
from pathlib import Path

import pytest

from eventwire import analyze
from eventwire.budget import AnalysisTimeout, time_limit
from eventwire.cli import main
from eventwire.ingest import ingest
from eventwire.nlp import MAX_CHARACTERS, PIECE_CHARACTERS, pieces_of
from eventwire.pipeline import analyze_results
from eventwire.readers.errors import MAX_DOCUMENT_BYTES
from eventwire.readers.sources import MAX_ARTICLE_BYTES, ReadError, read_sources
from eventwire.records import Article
from eventwire.store import Store
from eventwire.workers import available_cpus, check_workers

STORY = "Ferry resumes in Delmar\nThe harbour master said on Monday the ferry would run again.\n"
OTHER = "Council votes in Marlow\nThe council of Marlow voted on Tuesday to close the old pier.\n"


def read(*paths: str | Path, **options) -> list[Article | ReadError]:
    return list(read_sources([str(path) for path in paths], **options))


def test_an_article_over_its_time_budget_fails_alone_and_stores_nothing(tmp_path: Path) -> None:
    # long enough to take a tenth of a CPU second: the kernel counts CPU time in ticks
    long_story, long_other = (text + text.split("\n", 1)[1] * 30 for text in (STORY, OTHER))
    articles = [analyze_input(long_story), analyze_input(long_other)]
    with Store(str(tmp_path / "e.db")) as store:
        summary = ingest(articles, store, time_budget=0.001)
        assert summary.stored == 0
        assert [f.reason for f in summary.failures] == [
            "analysis failed: stopped after 0.001 CPU seconds, the time budget for one article "
            "(raise it with --time-budget or time_budget=)"
        ] * 2
        assert not store.has_article(articles[0].id)
        again = ingest([analyze_input(long_story), analyze_input(long_other)], store)
    assert (again.stored, again.failures) == (2, [])


def analyze_input(text: str) -> Article:
    from eventwire.readers.text import article_from_text

    return article_from_text(text)


def test_analyze_raises_the_timeout_and_puts_back_the_callers_alarm() -> None:
    def callers_handler(signum, frame):
        raise AssertionError("the caller's alarm should not fire in this test")

    previous = signal.signal(signal.SIGVTALRM, callers_handler)
    try:
        with pytest.raises(AnalysisTimeout):
            analyze(STORY + STORY.split("\n", 1)[1] * 30, time_budget=0.001)
        assert signal.getsignal(signal.SIGVTALRM) is callers_handler
        assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGVTALRM, previous)


def test_a_time_limit_that_is_not_reached_changes_nothing() -> None:
    with time_limit(60):
        first = analyze(STORY, time_budget=None)
    assert first.to_json() == analyze(STORY).to_json()


@pytest.mark.parametrize("budget", [0, -1, float("nan"), "60"])
def test_nonsensical_time_budgets_are_refused(budget) -> None:
    with pytest.raises(ValueError, match="time budget must be a positive number of seconds"):
        analyze(STORY, time_budget=budget)


@pytest.mark.parametrize("budget", [0, -1, 2.5, "512"])
def test_nonsensical_memory_budgets_are_refused(budget) -> None:
    with pytest.raises(ValueError, match="memory budget must be a whole number of bytes"):
        list(analyze_results([STORY], memory_budget=budget))


@pytest.mark.parametrize("max_bytes", [0, -1])
def test_nonsensical_size_limits_are_refused(max_bytes: int, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_bytes must be a positive number of bytes"):
        read(tmp_path, max_bytes=max_bytes)


def test_workers_above_the_cpu_count_need_forcing() -> None:
    too_many = available_cpus() + 1
    with pytest.raises(ValueError, match=f"{too_many} workers is more than the"):
        check_workers(too_many)
    check_workers(too_many, force=True)
    with pytest.raises(ValueError, match="1 or more"):
        check_workers(0, force=True)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--max-bytes", "0", "expected a number of bytes, 1 or more"),
        ("--max-bytes", "-1", "expected a number of bytes, 1 or more"),
        ("--time-budget", "0", "expected a number of seconds, more than 0"),
        ("--time-budget", "inf", "expected a number of seconds, more than 0"),
        ("--workers", "0", "expected a number of processes, 1 or more"),
        ("--memory-budget", "0", "expected a number of megabytes, 1 or more"),
        ("--memory-budget", "1.5", "expected a number of megabytes, 1 or more"),
    ],
)
def test_the_cli_refuses_nonsensical_limits(option, value, message, tmp_path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with pytest.raises(SystemExit) as exit:
        main(["analyze", str(story), option, value])
    assert exit.value.code == 2
    assert message in capsys.readouterr().err


def test_the_cli_refuses_more_workers_than_cpus(tmp_path: Path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code = main(["ingest", str(story), "--workers", "4096", "--db", str(tmp_path / "e.db")])
    assert code == 2
    assert "4096 workers is more than the" in capsys.readouterr().err
    assert not (tmp_path / "e.db").exists()


def test_the_default_size_limit_is_within_what_the_parser_takes() -> None:
    assert MAX_ARTICLE_BYTES <= MAX_CHARACTERS


def test_a_text_longer_than_the_parser_takes_is_refused_before_parsing() -> None:
    with pytest.raises(ValueError, match="over the 2,000,000 the parser takes"):
        analyze("Headline\n" + "word " * 500_000)


def test_analyze_on_many_files_reports_each_failure_and_goes_on(tmp_path: Path, capsys) -> None:
    first, huge, last = tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.txt"
    first.write_text(STORY, encoding="utf-8")
    huge.write_text("Headline\n" + "word " * 600_000, encoding="utf-8")  # 3 MB
    last.write_text(OTHER, encoding="utf-8")
    code = main(["analyze", str(first), str(huge), str(last), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1
    titles = [json.loads(line)["article"]["title"] for line in out.splitlines()]
    assert titles == ["Ferry resumes in Delmar", "Council votes in Marlow"]
    assert f"{huge}: file is 3.0 MB, over the 2 MB limit" in err
    code = main(["analyze", str(huge), str(last), "--format", "json", "--max-bytes", "4000000"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["article"]["title"] for line in out.splitlines()] == [
        "Council votes in Marlow"
    ]
    assert f"{huge}: analysis failed: text is 3,000,008 characters, over the 2,000,000" in err


def test_analyze_results_gives_each_article_its_own_outcome() -> None:
    results = list(analyze_results([STORY, "Headline\n" + "word " * 500_000, OTHER]))
    assert [type(result).__name__ for _, result in results] == [
        "Analysis",
        "ValueError",
        "Analysis",
    ]


def test_a_jsonl_line_nested_100000_deep_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    lines = [
        json.dumps({"text": STORY}),
        "[" * 100_000 + "]" * 100_000,
        '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"text": OTHER}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert [item.title if isinstance(item, Article) else str(item) for item in items] == [
        "Ferry resumes in Delmar",
        f"{path}:2: JSON nested too deeply to read",
        f"{path}:3: JSON nested too deeply to read",
        "Council votes in Marlow",
    ]


def test_a_json_document_nested_too_deep_is_one_error_and_the_next_file_is_read(
    tmp_path: Path,
) -> None:
    deep, good = tmp_path / "deep.json", tmp_path / "good.txt"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    good.write_text(STORY, encoding="utf-8")
    items = read(deep, good)
    assert str(items[0]) == f"{deep}: JSON nested too deeply to read"
    assert items[1].title == "Ferry resumes in Delmar"


@pytest.mark.parametrize(
    ("name", "document", "reason"),
    [
        ("bomb.json.gz", b"[" + b" " * MAX_DOCUMENT_BYTES + b"]", "JSON document is over the"),
        (
            "bomb.rss.gz",
            b"<rss><channel>" + b" " * MAX_DOCUMENT_BYTES + b"</channel></rss>",
            "feed is over the",
        ),
    ],
)
def test_a_document_read_whole_stops_at_its_limit_while_inflating(
    name: str, document: bytes, reason: str, tmp_path: Path
) -> None:
    bomb, good = tmp_path / name, tmp_path / "good.txt"
    bomb.write_bytes(gzip.compress(document, compresslevel=1))
    good.write_text(STORY, encoding="utf-8")
    assert bomb.stat().st_size < MAX_DOCUMENT_BYTES / 100
    items = read(bomb, good)
    assert isinstance(items[0], ReadError) and reason in items[0].reason
    assert items[1].title == "Ferry resumes in Delmar"


def test_a_recursive_glob_enters_a_symlink_loop_once(tmp_path: Path) -> None:
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (inner / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "top.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a" / "back").symlink_to(tmp_path)
    (inner / "up").symlink_to(Path("..") / "..")
    (inner / "self").symlink_to(".")
    items = read(f"{tmp_path}/**/*.txt")
    assert sorted(item.title for item in items) == [
        "Council votes in Marlow",
        "Ferry resumes in Delmar",
    ]


def test_gzipped_text_and_jsonl_stop_at_the_article_limit_while_inflating(tmp_path: Path) -> None:
    text, lines = tmp_path / "bomb.txt.gz", tmp_path / "bomb.jsonl.gz"
    text.write_bytes(gzip.compress(b"Headline\n" + b"word " * 1_000_000, compresslevel=1))
    huge_line = b'{"text": "' + b"word " * 1_000_000 + b'"}\n'
    good_line = json.dumps({"text": STORY}).encode() + b"\n"
    lines.write_bytes(gzip.compress(huge_line + good_line, compresslevel=1))
    items = read(text, lines)
    assert [str(item) if isinstance(item, ReadError) else item.title for item in items] == [
        f"{text}: input is over the 2 MB limit for one article",
        f"{lines}:1: record is over the 2 MB limit for one article",
        "Ferry resumes in Delmar",
    ]


def test_a_long_text_is_parsed_in_pieces_with_every_offset_kept() -> None:
    """Past `PIECE_CHARACTERS` the parser sees one piece at a time (its memory grows with what
    it holds); the records still point at the right characters of the whole text."""
    paragraph = (
        "Rebels attacked a police post in Kidal on Monday, officials said. The mayor of Kidal "
        "condemned the attack and called for calm.\n\n"
    )
    text = "Long Report\n" + paragraph * (PIECE_CHARACTERS // len(paragraph) + 40)
    pieces = pieces_of(text)
    assert len(pieces) > 1 and "".join(pieces) == text
    assert all(len(piece) <= PIECE_CHARACTERS and piece.endswith("\n\n") for piece in pieces[:-1])
    analysis = analyze(text, published="2025-03-12")
    assert analysis.sentences[-1].end <= len(text)
    late = [
        span
        for span in (
            *(mention for event in analysis.events for mention in event.mentions),
            *analysis.places,
            *analysis.times,
        )
        if span.start > len(pieces[0])
    ]
    assert {span.text for span in late} >= {"attacked", "Kidal", "Monday"}
    assert all(text[span.start : span.end] == span.text for span in late)


def test_serve_refuses_no_worker_processes(capsys) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["serve", "--workers", "0"])
    assert exit.value.code == 2
    assert "expected a number of processes, 1 or more" in capsys.readouterr().err
