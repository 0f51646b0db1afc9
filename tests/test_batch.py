"""`batch` on a real Dask LocalCluster into a Parquet dataset, and `load` of it into a store:
the same bytes every run, whole shards after a kill, failures kept, and a loaded store equal
to what `ingest` of the same inputs gives."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from eventwire.batch import BatchError, LoadSummary, batch, load, plan_shards
from eventwire.batch.dataset import DONE, PARTIAL
from eventwire.cli import main
from eventwire.export import dataset_schemas
from eventwire.ingest import ingest
from eventwire.readers.sources import read_sources
from eventwire.store import Store
from eventwire.store.schema import SCHEMA

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
POSTGRES = os.environ.get("EVENTWIRE_TEST_POSTGRES")

STORIES = [
    (
        "Dock strike spreads to Port Velm",
        "Dock workers in Port Velm joined the strike on Tuesday, the union said. "
        "Karvonia's transport minister urged both sides to return to talks.",
        "2024-03-12",
    ),
    (
        "Lutheria recalls envoy",
        "Lutheria recalled its ambassador from Karvonia on Friday after a border incident. "
        '"We will not accept this," the foreign minister said.',
        "2024-04-05",
    ),
    (
        "Flood waters recede in Orsk valley",
        "Flood waters receded in the Orsk valley, where 300 homes were damaged last week.",
        None,
    ),
    (
        "Talks resume in Valmora",
        "Negotiators from Karvonia and Lutheria met in Valmora on Monday to resume talks "
        "on the disputed river border.",
        "2024-04-22",
    ),
]
"""Short articles written for these tests."""


def write_corpus(folder: Path) -> list[str]:
    """A JSON Lines file of our stories with a bad line in the middle, and one text file."""
    folder.mkdir()
    lines = [
        json.dumps(
            {
                "title": title,
                "text": f"{title}\n{body}",
                "published": published,
                "url": f"https://wire.example/{index}",
                "outlet": "Test Wire",
            }
        )
        for index, (title, body, published) in enumerate(STORIES)
    ]
    lines.insert(2, "{not json")
    (folder / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text(
        "Bridge reopens\nThe Orsk bridge reopened to traffic on Sunday.\n", encoding="utf-8"
    )
    return [str(folder)]


def dataset_files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run_batch(sources: list[str], output: Path, **options) -> object:
    return batch(sources, output, shard_bytes=300, workers=1, processes=False, **options)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_corpus(tmp_path_factory.mktemp("batch") / "inputs")


@pytest.fixture(scope="module")
def dataset(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("dataset") / "out"
    summary = run_batch(corpus, output)
    assert summary.shards > 2 and summary.written == summary.shards
    return output


def test_dataset_holds_the_store_tables_partitioned_by_month(dataset: Path) -> None:
    for table, schema in dataset_schemas().items():
        for path in (dataset / table).glob("*/*.parquet"):
            assert pq.read_schema(path).names == schema.names, (table, path)
    months = {path.parent.name for path in (dataset / "articles").glob("*/*.parquet")}
    assert months == {
        "published_month=2024-03",
        "published_month=2024-04",
        "published_month=undated",
    }
    manifest = json.loads((dataset / "_manifest.json").read_text())
    assert manifest["counts"]["articles"] == len(STORIES) + 1
    assert {Path(item["path"]).name for item in manifest["inputs"]} == {
        "stories.jsonl",
        "note.txt",
    }
    assert all(len(item["sha256"]) == 64 for item in manifest["inputs"])
    assert "cameo.tsv" in manifest["codebooks"]


def test_failures_are_kept_with_their_line_in_the_whole_file(
    dataset: Path, corpus: list[str], tmp_path: Path
) -> None:
    (failure,) = pq.read_table(dataset / "failures", partitioning=None).to_pylist()
    assert failure["item"].endswith("stories.jsonl:3")
    assert "not valid JSON" in failure["reason"]
    summary = run_batch([*corpus, str(tmp_path / "missing.jsonl")], tmp_path / "out")
    assert summary.articles == len(STORIES) + 1 and not summary.ok
    assert any(
        line.endswith("missing.jsonl: no such file or directory") for line in summary.lines()
    )
    rows = pq.read_table(tmp_path / "out" / "failures", partitioning=None).to_pylist()
    assert [row["shard"] for row in rows].count("inputs") == 1


def test_same_inputs_give_the_same_bytes_with_one_or_two_worker_processes(
    dataset: Path, corpus: list[str], tmp_path: Path
) -> None:
    output = tmp_path / "again"
    code = main(
        ["batch", *corpus, "--output", str(output), "--workers", "2", "--shard-mb", "0.0003"]
    )
    assert code == 1  # the bad line is reported
    assert dataset_files(output) == dataset_files(dataset)


def test_a_rerun_redoes_only_the_shard_a_kill_left_unfinished(
    dataset: Path, corpus: list[str], tmp_path: Path
) -> None:
    output = tmp_path / "resumed"
    shutil.copytree(dataset, output)
    shards = plan_shards(corpus, 300).shards
    cut = shards[1]
    partial = output / PARTIAL / cut.id
    for path in output.rglob(f"{cut.id}.parquet"):
        if DONE not in path.parts:
            target = partial / path.relative_to(output)
            target.parent.mkdir(parents=True, exist_ok=True)
            path.rename(target)
    (output / DONE / f"{cut.id}.json").unlink()
    untouched = {
        path: path.stat().st_mtime_ns
        for path in output.rglob("*.parquet")
        if PARTIAL not in path.parts
    }

    summary = run_batch(corpus, output)

    assert (summary.skipped, summary.written) == (len(shards) - 1, 1)
    assert all(path.stat().st_mtime_ns == mtime for path, mtime in untouched.items())
    assert not (output / PARTIAL).exists()
    assert dataset_files(output) == dataset_files(dataset)


def test_a_batch_killed_by_sigkill_and_rerun_ends_as_an_uninterrupted_run(
    dataset: Path, corpus: list[str], tmp_path: Path
) -> None:
    output = tmp_path / "killed"
    command = [sys.executable, "-m", "eventwire.cli", "batch", *corpus, "--output", str(output)]
    environment = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(
        [*command, "--shard-mb", "0.0003"],
        env=environment,
        start_new_session=True,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not any((output / DONE).glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(list((output / DONE).glob("*.json")))
    assert 0 < done_before < len(plan_shards(corpus, 300).shards)

    summary = run_batch(corpus, output)

    assert summary.skipped == done_before
    assert dataset_files(output) == dataset_files(dataset)


def test_load_stores_what_ingest_stores_once(tmp_path: Path) -> None:
    sources = [str(FIXTURES)]
    run_batch(sources, tmp_path / "dataset")
    with Store(tmp_path / "ingested.db") as store:
        assert ingest(read_sources(sources), store).ok
    assert main(["load", str(tmp_path / "dataset"), "--db", str(tmp_path / "loaded.db")]) == 0
    with Store(tmp_path / "loaded.db") as store:
        again = load(tmp_path / "dataset", store)
    assert again.read > 0 and (again.stored, again.duplicates) == (0, again.read)
    exports = []
    for name in ("ingested.db", "loaded.db"):
        output = tmp_path / f"{name}.jsonl"
        everything = ["--modality", "all", "--output", str(output)]
        assert main(["export", "--db", str(tmp_path / name), *everything]) == 0
        exports.append(output.read_bytes())
    assert exports[0] == exports[1] and exports[0].count(b"\n") == again.read


def table_rows(folder: Path) -> dict[str, list[dict]]:
    """Every row of a dataset, table by table, whatever files hold them."""
    return {
        table: sorted(
            (row for path in sorted(folder.glob(f"{table}/*/*.parquet"))
             for row in pq.read_table(path, partitioning=None).to_pylist()),
            key=lambda row: json.dumps(row, sort_keys=True),
        )
        for table in dataset_schemas()
    }  # fmt: skip


def test_export_writes_the_tables_batch_writes_and_load_reads(
    dataset: Path, corpus: list[str], tmp_path: Path
) -> None:
    with Store(tmp_path / "ingested.db") as store:
        ingest(read_sources(corpus), store)
    exported = tmp_path / "exported"
    code = main(["export", "--db", str(tmp_path / "ingested.db"), "--format", "dataset",
                 "--output", str(exported)])  # fmt: skip
    assert code == 0
    assert table_rows(exported) == table_rows(dataset)
    assert main(["load", str(exported), "--db", str(tmp_path / "loaded.db")]) == 0
    exports = []
    for name in ("ingested.db", "loaded.db"):
        output = tmp_path / f"{name}.jsonl"
        main(["export", "--db", str(tmp_path / name), "--modality", "all", "--output", str(output)])
        exports.append(output.read_bytes())
    assert exports[0] == exports[1]


def test_load_refuses_a_folder_that_is_not_a_dataset(tmp_path: Path, capsys) -> None:
    assert main(["load", str(tmp_path), "--db", str(tmp_path / "x.db")]) == 2
    assert "not a batch dataset" in capsys.readouterr().err


def test_a_scheduler_that_does_not_answer_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(
        BatchError, match=r"scheduler tcp://127\.0\.0\.1:9 did not answer within 1 s"
    ):
        batch([str(FIXTURES)], tmp_path / "out", scheduler="tcp://127.0.0.1:9", connect_timeout_s=1)


@pytest.mark.skipif(not POSTGRES, reason="EVENTWIRE_TEST_POSTGRES is not set")
def test_loads_running_at_once_into_postgresql_store_each_article_once(
    dataset: Path, tmp_path: Path
) -> None:
    engine = sa.create_engine(POSTGRES)
    SCHEMA.metadata.drop_all(engine)
    engine.dispose()
    Store(POSTGRES).close()

    def load_into_postgres() -> LoadSummary:
        with Store(POSTGRES) as store:
            return load(dataset, store)

    with ThreadPoolExecutor(3) as pool:
        summaries = list(pool.map(lambda _: load_into_postgres(), range(3)))
    articles = len(STORIES) + 1
    assert sum(summary.stored for summary in summaries) == articles
    assert all(summary.read == articles for summary in summaries)
    assert main(["load", str(dataset), "--db", str(tmp_path / "loaded.db")]) == 0
    exports = []
    for database in (POSTGRES, str(tmp_path / "loaded.db")):
        output = tmp_path / "export.jsonl"
        assert main(["export", "--db", database, "--output", str(output)]) == 0
        exports.append(output.read_bytes())
    assert exports[0] == exports[1]
