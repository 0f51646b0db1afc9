"""Output a person can trust: `-`, devices, links and files written as a Unix tool would,
every write error named, terminal text and CSV cells that cannot run anything, standard
JSON only, and text without control characters."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from store_samples import samples, stored_samples, tanker_seizure

import eventwire
from eventwire.cli import main
from eventwire.export import EVENT_COLUMNS, write_event_csv, write_results
from eventwire.output import OutputError, open_output
from eventwire.readers.article import make_article
from eventwire.readers.sources import read_sources
from eventwire.render import render_pretty
from eventwire.store import ArticleRejected, Filters, Store, find


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return stored_samples(tmp_path_factory.mktemp("output"))


def export_to(db: str, output: str, *arguments: str) -> int:
    return main(["export", "--db", db, "--output", output, *arguments])


def eventwire_process(*arguments: str, **options) -> subprocess.Popen:
    path = [str(Path(eventwire.__file__).parents[1]), os.environ.get("PYTHONPATH")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}
    command = [sys.executable, "-m", "eventwire.cli", *arguments]
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, **options)


def test_dash_is_standard_output(db, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert export_to(db, "-") == 0
    assert len(capsys.readouterr().out.splitlines()) == len(samples())
    assert not (tmp_path / "-").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_full_device_is_an_error_naming_it_and_stays_a_device(db, capsys) -> None:
    assert export_to(db, "/dev/full") == 2
    assert "/dev/full: cannot write (No space left on device)" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_null_device_is_written_in_place(db) -> None:
    assert export_to(db, os.devnull, "--format", "csv") == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_symlink_is_written_through_and_the_file_keeps_its_mode(db, tmp_path) -> None:
    target, link = tmp_path / "private.jsonl", tmp_path / "latest.jsonl"
    target.write_text("old\n")
    target.chmod(0o600)
    link.symlink_to(target.name)
    assert export_to(db, str(link)) == 0
    assert link.is_symlink()
    assert len(target.read_text().splitlines()) == len(samples())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(path.name for path in tmp_path.iterdir()) == ["latest.jsonl", "private.jsonl"]


def test_read_only_file_is_refused_unless_forced(db, tmp_path, capsys) -> None:
    path = tmp_path / "kept.csv"
    path.write_text("keep me\n")
    path.chmod(0o444)
    assert export_to(db, str(path), "--format", "csv") == 2
    assert f"{path}: file is read-only (--force replaces it)" in capsys.readouterr().err
    assert path.read_text() == "keep me\n"
    assert export_to(db, str(path), "--format", "csv", "--force") == 0
    assert path.read_text().startswith("article_id,")
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_failed_write_leaves_the_old_file_whole(tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("the last complete export\n")
    with pytest.raises(RuntimeError), open_output(path) as out:
        out.write(b"half of a new ")
        raise RuntimeError("the query failed")
    assert path.read_text() == "the last complete export\n"
    assert [child.name for child in tmp_path.iterdir()] == ["events.csv"]


def test_new_file_gets_the_usual_mode(tmp_path) -> None:
    umask = os.umask(0o022)
    try:
        with open_output(tmp_path / "new.csv") as out:
            out.write(b"x\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


def test_folder_as_output_is_an_error_naming_it(tmp_path) -> None:
    with pytest.raises(OutputError, match=f"{tmp_path}: is a folder"), open_output(tmp_path):
        pass


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_standard_output_on_a_full_device_exits_2_naming_it(db) -> None:
    with open("/dev/full", "w") as full:
        process = eventwire_process("events", "--db", db, "--format", "csv", stdout=full)
        _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert err == "eventwire: standard output: cannot write (No space left on device)\n"


def test_closed_pipe_ends_quietly(db) -> None:
    process = eventwire_process("export", "--db", db, stdout=subprocess.PIPE)
    process.stdout.close()  # before it writes anything, as `| head -0` would
    _, err = process.communicate(timeout=120)
    assert (process.returncode, err) == (0, "")


HOSTILE = "Harbour\x1b]0;owned\x07 strike\x1b[2J ends\x9b"


def test_terminal_output_escapes_control_characters(tmp_path) -> None:
    analysis = tanker_seizure()
    analysis.article = dataclasses.replace(analysis.article, title=HOSTILE)
    shown = render_pretty(analysis)
    assert "Harbour\\x1b]0;owned\\x07 strike\\x1b[2J ends\\x9b" in shown
    assert not any((ord(char) < 32 and char != "\n") or 127 <= ord(char) < 160 for char in shown)
    with Store(tmp_path / "events.db") as store:
        store.add(analysis)
        table = io.StringIO()
        write_results("articles", find(store, "articles", Filters()), "table", table)
    assert "\x1b" not in table.getvalue() and "\\x1b" in table.getvalue()


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    row = dict.fromkeys(name for name, _ in EVENT_COLUMNS)
    row.update(
        sentence_text='=HYPERLINK("http://x.example")',
        trigger_text="+1",
        outlet="@SUM(A1)",
        url="\tcmd",
        source_texts=["-2+3", "Navy"],
        target_texts=["Port authority"],
        goldstein=-5.0,
        place_lon=-9.14,
    )
    out = io.StringIO()
    write_event_csv([row], out)
    cells = dict(zip(*csv.reader(io.StringIO(out.getvalue())), strict=True))
    assert cells["sentence_text"] == '\'=HYPERLINK("http://x.example")'
    assert cells["trigger_text"] == "'+1"
    assert cells["outlet"] == "'@SUM(A1)"
    assert cells["url"] == "'\tcmd"
    assert cells["source_texts"] == "'-2+3|Navy"
    assert cells["target_texts"] == "Port authority"
    assert (cells["goldstein"], cells["place_lon"]) == ("-5.0", "-9.14")


def test_cleanup_drops_control_characters_before_analysis() -> None:
    article = make_article(
        "Dock\x00 workers\x1b[31m struck\x07 today.\tThey said\x0c so.\r\nMore\x7f.",
        title="Strike\x00 in Velm",
        outlet="Courier\x00",
    )
    assert (
        article.text == "Strike in Velm\n\nDock workers[31m struck today.\tThey said so.\nMore\x7f."
    )
    assert article.outlet == "Courier"


def test_nan_and_infinity_from_input_become_null(tmp_path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(
        '{"text": "Grain prices rose.\\u0000 Traders said so.", "score": NaN, '
        '"ranks": [1, Infinity, {"low": -Infinity}]}\n'
    )
    [article] = list(read_sources([str(path)]))
    assert article.text == "Grain prices rose. Traders said so."
    assert (article.meta["score"], article.meta["ranks"]) == (None, [1, None, {"low": None}])


def test_store_refuses_non_standard_json(tmp_path) -> None:
    analysis = tanker_seizure()
    analysis.article = dataclasses.replace(analysis.article, meta={"score": float("nan")})
    with Store(tmp_path / "events.db") as store:
        with pytest.raises(ArticleRejected, match=r"not serializable .*not JSON compliant"):
            store.add(analysis)
        assert not store.has_article(analysis.article.id)


@pytest.mark.parametrize("value", ["0", "-1", "ten"])
def test_nonsensical_size_limit_is_refused(value, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["analyze", "--max-bytes", value, "story.txt"])
    assert stopped.value.code == 2
    assert "expected a number of bytes, 1 or more" in capsys.readouterr().err
