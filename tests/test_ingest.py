"""`eventwire ingest`: bad items fail alone, good ones are stored, reruns skip duplicates,
and a killed run leaves only whole articles."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from eventwire import analyze, analyze_many
from eventwire.cli import main
from eventwire.ingest import ingest, progress_display
from eventwire.readers.sources import read_sources
from eventwire.store import Store

STORIES = {
    "harbour.txt": "Harbour Workers Strike\nDock workers in Corvel walked out on Monday, "
    "union leader Mara Lind said.\n",
    "summit.txt": "Leaders Gather in Tessaly\nPresident Jon Adair met Premier Ruth Okafor in "
    "Tessaly.\n",
}


def write_stories(folder: Path) -> list[Path]:
    paths = []
    for name, text in STORIES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def stderr_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def test_bad_items_fail_alone_and_good_ones_are_stored(tmp_path: Path, capsys) -> None:
    good = write_stories(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"text": "Bridge Reopens\nThe Aldwick bridge reopened on Friday."})
        + "\n{not json\n",
        encoding="utf-8",
    )
    missing = tmp_path / "missing.txt"
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    db = tmp_path / "events.db"
    arguments = [str(p) for p in (good[0], empty, missing, picture, dump, good[1])]

    code = main(["ingest", *arguments, "--db", str(db), "--published", "2024-06-01"])

    lines = stderr_lines(capsys)
    assert code == 1
    assert "read 3, stored 3, skipped as duplicate 0, failed 4" in lines[0]
    failures = [line for line in lines if "failed: " in line]
    assert len(failures) == 4
    assert any(str(picture) in line and "binary" in line for line in failures)
    assert any(str(empty) in line and "empty" in line for line in failures)
    assert any(str(missing) in line and "no such file" in line for line in failures)
    assert any(f"{dump}:2" in line and "JSON" in line for line in failures)
    with Store(db) as store:
        for path in good:
            article_id = analyze(path.read_text(encoding="utf-8")).article.id
            assert store.has_article(article_id)


def test_ingesting_again_stores_nothing_new(tmp_path: Path, capsys) -> None:
    paths = [str(p) for p in write_stories(tmp_path)]
    db = str(tmp_path / "events.db")
    assert main(["ingest", *paths, "--db", db]) == 0
    assert "read 2, stored 2, skipped as duplicate 0, failed 0" in stderr_lines(capsys)[0]
    assert main(["ingest", *paths, paths[0], "--db", db]) == 0
    assert "read 3, stored 0, skipped as duplicate 3, failed 0" in stderr_lines(capsys)[0]


def test_same_article_twice_in_one_run_is_stored_once(tmp_path: Path) -> None:
    path = write_stories(tmp_path)[0]
    with Store(tmp_path / "events.db") as store:
        summary = ingest(read_sources([str(path), str(path)]), store)
    assert (summary.read, summary.stored, summary.duplicates) == (2, 1, 1)
    assert summary.ok


def test_killed_ingest_leaves_only_whole_articles(tmp_path: Path, capsys) -> None:
    """SIGKILL a running ingest; every article it stored has all its records, and a rerun
    stores exactly the rest."""
    folder = tmp_path / "news"
    folder.mkdir()
    total = 24
    for number in range(total):
        (folder / f"{number:03d}.txt").write_text(
            f"Council Vote {number}\nCouncillor Hana Brook of Eastfield and Mayor Tom Reyes of "
            f"Westmoor met {number} residents in Northgate on Tuesday. Brook said the vote "
            f"on item {number} would follow.\n",
            encoding="utf-8",
        )
    db = tmp_path / "events.db"
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(folder), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if db.exists() and stored_count(db) >= 3:
                break
            time.sleep(0.02)
        assert process.poll() is None, "ingest ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(connection.execute("SELECT id, record FROM articles").fetchall())
        entity_rows = dict(
            connection.execute("SELECT article_id, count(*) FROM entities GROUP BY article_id")
        )
        sentence_rows = dict(
            connection.execute("SELECT article_id, count(*) FROM sentences GROUP BY article_id")
        )
    assert 3 <= len(stored) < total
    for analysis in analyze_many(json.loads(record)["text"] for record in stored.values()):
        article_id = analysis.article.id
        assert entity_rows.get(article_id, 0) == len(analysis.entities) > 0
        assert sentence_rows.get(article_id, 0) == len(analysis.sentences)

    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    summary = stderr_lines(capsys)[0]
    assert f"stored {total - len(stored)}, skipped as duplicate {len(stored)}, failed 0" in summary


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=0.1) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or the writer holds the lock
        return 0


def test_progress_is_reported_as_items_go_by(tmp_path: Path) -> None:
    paths = [str(p) for p in write_stories(tmp_path)] + [str(tmp_path / "missing.txt")]
    seen: list[tuple[int, int, int]] = []
    with Store(tmp_path / "events.db") as store, progress_display(enabled=True) as show:

        def on_progress(summary) -> None:
            show(summary)
            seen.append((summary.read, summary.stored, len(summary.failures)))

        summary = ingest(read_sources(paths), store, on_progress=on_progress)
    assert seen[-1] == (2, 2, 1) == (summary.read, summary.stored, len(summary.failures))
    assert seen == sorted(seen)
    assert len(seen) >= 4  # each item read, then each article stored
