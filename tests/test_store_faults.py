"""The store under faults: processes killed mid-write, full disks, locked and read-only
files, foreign databases, and several writers at once (SQLite always; PostgreSQL when
EVENTWIRE_TEST_POSTGRES names a database these tests may empty)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_samples import samples

import eventwire
from eventwire.cli import main
from eventwire.store import Store, StoreError
from eventwire.store.database import rows_of
from eventwire.store.schema import SCHEMA, SCHEMA_VERSION
from eventwire.words import WORDS_TABLE

TESTS = Path(__file__).resolve().parent
POSTGRES = os.environ.get("EVENTWIRE_TEST_POSTGRES")


def child(
    code: str, *args: str, limit: int | None = None, prefix: tuple[str, ...] = ()
) -> subprocess.Popen:
    """A Python process running `code` with eventwire and the test samples importable;
    `limit` caps the size of any file it writes (RLIMIT_FSIZE: a disk that fills up);
    `prefix` runs it under another command."""
    path = [str(TESTS), str(Path(eventwire.__file__).parents[1]), os.environ.get("PYTHONPATH")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}

    def cap_file_size() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.Popen(
        [*prefix, sys.executable, "-c", textwrap.dedent(code), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=cap_file_size if limit else None,
    )


def kill_when_ready(process: subprocess.Popen) -> None:
    """SIGKILL the child once it prints `ready` (it then waits mid-transaction)."""
    line = process.stdout.readline()
    assert line.strip() == "ready", line + process.stderr.read()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def expected_rows(url: str) -> dict[str, dict[str, int]]:
    """Article id -> rows per table it should have, from the samples themselves."""
    return {
        analysis.article.id: {table.name: len(rows) for table, rows in rows_of(analysis, SCHEMA)}
        for analysis in samples()
    }


def stored_rows(url: str) -> dict[str, dict[str, int]]:
    """Article id -> rows per table as stored, read with plain SQL (the per-article tables:
    stories span articles)."""
    article_tables = {table.name for table, _ in rows_of(samples()[0], SCHEMA)}
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM articles"))]
            counts = {}
            for article_id in ids:
                counts[article_id] = {
                    table.name: connection.execute(
                        sa.select(sa.func.count())
                        .select_from(table)
                        .where(
                            table.c.id == article_id
                            if table.name == "articles"
                            else table.c.article_id == article_id
                        )
                    ).scalar()
                    for table in SCHEMA.metadata.sorted_tables
                    if table.name in article_tables
                }
            return counts
    finally:
        engine.dispose()


def table_names(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def words_tables(names: set[str]) -> set[str]:
    """SQLite's FTS5 index of the sentences' words and its own tables."""
    return {name for name in names if name.startswith(WORDS_TABLE)}


def empty_postgres() -> str:
    engine = sa.create_engine(POSTGRES)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()
    return POSTGRES


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a database with nothing in it."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'events.db'}"
    if not POSTGRES:
        pytest.skip("EVENTWIRE_TEST_POSTGRES is not set")
    return empty_postgres()


SCHEMA_KILLED = """
    import sys, time
    import sqlalchemy as sa
    from eventwire.store import Store
    from eventwire.store.schema import SCHEMA

    def wait(*_, **__):
        print("ready", flush=True)
        time.sleep(60)

    sa.event.listen(SCHEMA.metadata.tables["events"], "after_create", wait)
    Store(sys.argv[1])
"""


def test_first_run_killed_during_schema_creation_leaves_nothing(new_database: str) -> None:
    """Killed after some tables were created: none of them stay, and the next run makes
    the whole schema with its version."""
    kill_when_ready(child(SCHEMA_KILLED, new_database))
    assert table_names(new_database) == set()
    with Store(new_database) as store:
        assert store.schema_version() == SCHEMA_VERSION
    made = table_names(new_database)
    assert made - words_tables(made) == set(SCHEMA.metadata.tables)
    assert bool(words_tables(made)) == new_database.startswith("sqlite")


INGEST_KILLED = """
    import sys, time
    import sqlalchemy as sa
    from store_samples import samples
    from eventwire.store import Store

    inserts = 0
    kill_after = int(sys.argv[2])

    def count(connection, cursor, statement, *_):
        global inserts
        if statement.startswith("INSERT"):
            inserts += 1
            if inserts == kill_after:
                print("ready", flush=True)
                time.sleep(60)

    with Store(sys.argv[1]) as store:
        sa.event.listen(store.engine, "after_cursor_execute", count)
        for analysis in samples():
            store.add(analysis)
"""


@pytest.mark.parametrize("kill_after", [1, 12])
def test_ingest_killed_mid_article_then_rerun_stores_each_article_once(
    new_database: str, kill_after: int
) -> None:
    """SIGKILL after the Nth insert (inside the first or second article's transaction):
    what is stored is whole articles only, and a rerun stores the rest, each once."""
    Store(new_database).close()
    kill_when_ready(child(INGEST_KILLED, new_database, str(kill_after)))
    expected = expected_rows(new_database)
    after_kill = stored_rows(new_database)
    assert len(after_kill) < len(expected)
    assert all(after_kill[article] == expected[article] for article in after_kill)
    with Store(new_database) as store:
        added = [store.add(analysis) for analysis in samples()]
    assert added.count(True) == len(expected) - len(after_kill)
    assert stored_rows(new_database) == expected


WRITER = """
    import os, random, sys, time
    from store_samples import samples
    from eventwire.store import Store

    url, start, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    print("ready", flush=True)
    while not os.path.exists(start):
        time.sleep(0.001)
    analyses = samples()
    random.Random(seed).shuffle(analyses)
    with Store(url) as store:
        print(sum(store.add(analysis) for analysis in analyses))
"""


@pytest.mark.parametrize(
    ("writers", "first_run"),
    [(2, True), (4, True), (4, False)],
    ids=["new-2", "new-4", "existing-4"],
)
def test_concurrent_writers_store_everything_once(
    new_database: str, tmp_path: Path, writers: int, first_run: bool
) -> None:
    """Writers started together (on a new database, all of them also create the schema)
    all finish cleanly, and each article is stored once, whole."""
    if not first_run:
        Store(new_database).close()
    start = tmp_path / "start"
    processes = [child(WRITER, new_database, str(start), str(seed)) for seed in range(writers)]
    for process in processes:
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
    start.touch()
    stored = 0
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        stored += int(out)
    assert stored == len(samples())
    assert stored_rows(new_database) == expected_rows(new_database)


DISK_FILLS = """
    import sys
    from store_samples import samples
    from eventwire.store import Store, StoreError

    try:
        with Store(sys.argv[1]) as store:
            for analysis in samples():
                store.add(analysis)
                print("stored", analysis.article.id, flush=True)
    except StoreError as error:
        print(error, file=sys.stderr)
        sys.exit(2)
"""


def test_disk_full_stops_cleanly_and_a_rerun_completes(tmp_path: Path) -> None:
    """A process that may not grow any file past the size the new database has (the
    equivalent of a full disk, without root): a one-line error naming the database, no
    half article, and a rerun with room stores everything."""
    path = tmp_path / "events.db"
    url = f"sqlite:///{path}"
    Store(path).close()
    process = child(DISK_FILLS, str(path), limit=path.stat().st_size)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2, out + err
    assert err.startswith(f"{path}: ") and "Traceback" not in err
    after = stored_rows(url)
    expected = expected_rows(url)
    assert len(after) < len(expected)
    assert all(after[article] == expected[article] for article in after)
    with Store(path) as store:
        for analysis in samples():
            store.add(analysis)
    assert stored_rows(url) == expected


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with (
            Store(path, busy_timeout=0.2) as store,
            pytest.raises(StoreError, match=r"events\.db: database is locked: .* 0\.2 s"),
        ):
            store.add(samples()[0])
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_database_locked_while_another_process_creates_it_gives_a_clear_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "events.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE articles (id TEXT)")
    try:
        with pytest.raises(StoreError, match=r"events\.db: .*database is locked: .* 0\.2 s"):
            Store(path, busy_timeout=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_a_reader_in_a_transaction_does_not_block_the_writer(tmp_path: Path) -> None:
    """A slow consumer of a query keeps its snapshot while an ingest commits (WAL)."""
    path = tmp_path / "events.db"
    first, *rest = samples()
    with Store(path) as store:
        store.add(first)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    try:
        with Store(path, busy_timeout=0.2) as store:
            assert all(store.add(analysis) for analysis in rest)
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    finally:
        reader.execute("COMMIT")
        reader.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


READ_ONLY = """
    import sys
    from store_samples import samples
    from eventwire.store import Store, StoreError
    first, second, _ = samples()
    with Store(sys.argv[1], create=False) as store:
        print(store.has_article(first.article.id))
    try:
        with Store(sys.argv[1]) as store:
            store.add(second)
    except StoreError as error:
        print(error)
"""


def bound_by_permissions() -> tuple[str, ...]:
    """A command prefix under which file permissions hold: none needed but for root, which
    ignores them unless it gives up the capabilities that let it (CI runs as root)."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores file permissions, and setpriv is not here to change that")
    return ("setpriv", "--bounding-set", "-dac_override,-dac_read_search")


def run_unable_to_write(code: str, path: Path) -> str:
    """What `code` prints, run on the store at `path` by a user who may write neither it nor
    its folder (which are made read-only for the run); the run must succeed."""
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        process = child(code, str(path), prefix=bound_by_permissions())
        out, err = process.communicate(timeout=120)
    finally:
        path.parent.chmod(0o755)
    assert process.returncode == 0, err
    return out


def test_read_only_database_is_queried_and_refuses_writes_clearly(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    first, _, _ = samples()
    with Store(path) as store:
        store.add(first)
    out = run_unable_to_write(READ_ONLY, path)
    found, refused = out.strip().split("\n")
    assert found == "True"
    assert re.search(r"events\.db: .*readonly.*not writable", refused), refused


def our_tables(connection: sqlite3.Connection, names: list[str]) -> None:
    dialect = sa.dialects.sqlite.dialect()
    for name in names:
        ddl = sa.schema.CreateTable(SCHEMA.metadata.tables[name]).compile(dialect=dialect)
        connection.execute(str(ddl))


def test_our_tables_without_a_version_row_are_completed(tmp_path: Path) -> None:
    """What an earlier eventwire left when killed during its first run: some tables, each
    committed on its own, and no version. Queries say so; the next ingest completes it."""
    path = tmp_path / "events.db"
    with sqlite3.connect(path) as connection:
        our_tables(connection, ["schema_version", "articles", "sentences"])
    with pytest.raises(StoreError, match=r"without a schema version .* eventwire ingest"):
        Store(path, create=False)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.add(samples()[0])


def test_database_with_other_tables_is_refused_unless_allowed(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (number INTEGER, total REAL)")
        connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
    with pytest.raises(StoreError, match=r"other tables: invoices.*--allow-foreign-tables"):
        Store(path)
    assert table_names(f"sqlite:///{path}") == {"invoices"}
    with Store(path, allow_foreign_tables=True) as store:
        assert store.add(samples()[0])
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT * FROM invoices").fetchall() == [(1, 9.5)]


def test_ingest_into_a_foreign_database_exits_2_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (number INTEGER)")
    before = path.read_bytes()
    assert main(["ingest", "--db", str(path), str(tmp_path / "absent.txt")]) == 2
    assert "other tables: invoices" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["ingest", "--db", str(path), "--allow-foreign-tables", "absent.txt"]) == 1
    made = table_names(f"sqlite:///{path}")
    assert made - words_tables(made) == {"invoices", *SCHEMA.metadata.tables}


def test_an_older_rollback_journal_file_switches_to_wal_when_written(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    Store(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    with Store(path, create=False) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    Store(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_postgres_stopped_between_articles_and_restarted_loses_nothing() -> None:
    """The server stops mid-ingest: the article being written fails as one clear error and
    leaves nothing; once the server is back the same store goes on, and every article is
    stored whole, once."""
    if not POSTGRES:
        pytest.skip("EVENTWIRE_TEST_POSTGRES is not set")
    server = postgres_server()
    url = empty_postgres()
    first, second, third = samples()
    with Store(url) as store:
        assert store.add(first)
        server("stop", "-m", "fast")
        try:
            with pytest.raises(StoreError) as stopped:
                store.add(second)
        finally:
            server("start")
        message = str(stopped.value)
        assert "\n" not in message and message.startswith(store.location)
        assert second.article.id not in stored_rows(url)
        assert store.add(second)
        assert store.add(third)
        assert not store.add(first)
    assert stored_rows(url) == expected_rows(url)


def postgres_server():
    """A function running `pg_ctl ACTION ...` on the test server (`.ci/postgres` starts it in
    the folder its URL names as host, as the postgres user); skips where this test cannot."""
    folder = sa.engine.make_url(POSTGRES).query.get("host")
    binaries = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda path: int(path.parts[-3])
    )
    if not folder or not binaries or os.geteuid() != 0:
        pytest.skip("needs the local test server of .ci/postgres and root to stop and start it")
    pg_ctl = binaries[-1]

    def run(action: str, *options: str) -> None:
        if action == "start":
            options = ("-o", f"-k '{folder}' -c listen_addresses=''", "-l", f"{folder}/log", "-w")
        command = " ".join(
            [
                str(pg_ctl),
                "-D",
                f"'{folder}'",
                action,
                *(f'"{option}"' if " " in option else option for option in options),
            ]
        )
        subprocess.run(["su", "postgres", "-c", command], check=True, capture_output=True)

    return run


def older_version(path: Path) -> None:
    """Mark a store as written by the eventwire before this one (and close, so that no
    write waits in the WAL file)."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION - 1,))
    connection.close()


def test_a_query_upgrades_an_older_database_with_no_step_of_the_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "events.db"
    first, _, _ = samples()
    with Store(path) as store:
        store.add(first)
    older_version(path)
    assert main(["events", "--db", str(path), "--modality", "all", "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["event"]["id"] for line in lines] == [e.id for e in first.events]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version FROM schema_version").fetchone() == (
            SCHEMA_VERSION,
        )


def test_an_older_database_this_user_may_not_write_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with Store(path) as store:
        store.add(samples()[0])
    older_version(path)
    code = """
        import sys
        from eventwire.store import Store, StoreError
        try:
            Store(sys.argv[1], create=False)
        except StoreError as error:
            print(error)
    """
    out = run_unable_to_write(code, path)
    assert "is older than this eventwire's" in out and "may not write it" in out, out
