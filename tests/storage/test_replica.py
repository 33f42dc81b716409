"""Readers never break the run: analysts and the web app read the replica a writer publishes."""

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from storage.store import StorageError, Store, replica_path, writer_waiting_path

HOLD = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
    con.execute("SELECT 1").fetchall()
    print("holding", flush=True)
    time.sleep(float(sys.argv[3]))
    """
)


def hold(path: Path, mode: str, seconds: float) -> subprocess.Popen[str]:
    """Another process (an analyst's notebook, DBeaver) with the file open."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), mode, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def test_closing_a_writer_publishes_a_replica_that_an_open_reader_never_blocks(tmp_path: Path) -> None:
    path = tmp_path / "tw.duckdb"
    with Store.open(path, publish_replica=True) as store:
        store.connection.execute("CREATE TABLE notes (n INTEGER)")
        store.connection.execute("INSERT INTO notes VALUES (1)")
    replica = replica_path(path)
    assert replica == tmp_path / "tw.read.duckdb"
    assert replica.stat().st_mode & 0o077 == 0, "the replica holds personal data: owner-only"

    analyst = hold(replica, "ro", 30)
    try:
        started = time.monotonic()
        with Store.open(path, publish_replica=True, lock_timeout_seconds=5) as store:
            store.connection.execute("INSERT INTO notes VALUES (2)")
        assert time.monotonic() - started < 5, "the run neither waited for nor failed on the analyst"
        assert analyst.poll() is None, "the analyst's session is still open on its snapshot"
    finally:
        analyst.kill()
        analyst.wait()
    with duckdb.connect(str(replica), read_only=True) as fresh:
        assert fresh.execute("SELECT list(n ORDER BY n) FROM notes").fetchall() == [([1, 2],)]


def test_a_writer_waiting_for_the_lock_says_so_and_tidies_up_when_it_gives_up(tmp_path: Path) -> None:
    path = tmp_path / "tw.duckdb"
    Store.open(path).close()
    holder = hold(path, "rw", 30)
    try:
        with pytest.raises(StorageError, match=r"locked by another process.*tw\.read\.duckdb"):
            Store.open(path, lock_timeout_seconds=0.5)
        assert not writer_waiting_path(path).exists()
    finally:
        holder.kill()
        holder.wait()


def test_a_writer_gets_the_file_once_the_holder_lets_go_on_seeing_its_request(tmp_path: Path) -> None:
    path = tmp_path / "tw.duckdb"
    Store.open(path).close()
    polite = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import time, duckdb
                from pathlib import Path
                con = duckdb.connect({str(path)!r})
                print("holding", flush=True)
                while not Path({str(writer_waiting_path(path))!r}).exists():
                    time.sleep(0.05)
                con.close()
                time.sleep(30)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert polite.stdout is not None and polite.stdout.readline().strip() == "holding"
        with Store.open(path, lock_timeout_seconds=10) as store:
            assert store.schema_version() >= 5
        assert not writer_waiting_path(path).exists()
    finally:
        polite.kill()
        polite.wait()
