"""The analysts' SQL console: one read-only statement against a read-only connection, for a limited time.

A read-only connection still holds DuckDB's shared lock on the file, and a scheduled run waits only
`storage.lock_timeout_seconds` for it. DuckDB has no statement timeout, so a timer interrupts the
query at its deadline and the lock is let go in time.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import duckdb

from storage.store import Store
from trustwatch.errors import TrustWatchError

# Statement types the console runs; everything else (INSERT, COPY, ATTACH, SET, PRAGMA…) is refused.
READ_ONLY_STATEMENTS = frozenset({"SELECT", "EXPLAIN"})


def check_read_only(connection: duckdb.DuckDBPyConnection, query: str) -> None:
    """Refuse anything but one SELECT (or EXPLAIN) statement, naming what was found instead."""
    try:
        statements = connection.extract_statements(query)
    except duckdb.Error as error:
        raise TrustWatchError(f"query: {error}") from None
    if len(statements) != 1:
        raise TrustWatchError(f"query: give exactly one statement (found {len(statements)})")
    kind = statements[0].type.name
    if kind not in READ_ONLY_STATEMENTS:
        raise TrustWatchError(f"query: only SELECT queries are allowed here, not {kind}")


def read_only_query(
    database: Path, query: str, *, max_rows: int, lock_timeout_seconds: float, timeout_seconds: float
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and up to `max_rows + 1` rows of `query`, run on a read-only connection to `database`.

    A query still running after `timeout_seconds` is interrupted with an error saying so.
    """
    with Store.open(database, read_only=True, lock_timeout_seconds=lock_timeout_seconds) as store:
        connection = store.connection
        # Belt and braces on top of the read-only file: no reading or writing other files, no
        # ATTACH, and no SET to undo that.
        connection.execute("SET enable_external_access = false")
        connection.execute("SET lock_configuration = true")
        check_read_only(connection, query)
        deadline = threading.Timer(timeout_seconds, connection.interrupt)
        deadline.daemon = True
        deadline.start()
        try:
            cursor = connection.execute(query)
            columns = [column[0] for column in cursor.description or []]
            rows = cursor.fetchmany(max_rows + 1)
        except duckdb.InterruptException:
            raise TrustWatchError(
                f"query: stopped after {timeout_seconds:g} s, so that scheduled runs can open the database; "
                "narrow it (a WHERE on a date, a LIMIT) or give a longer --timeout"
            ) from None
        except duckdb.Error as error:
            raise TrustWatchError(f"query: {error}") from None
        finally:
            deadline.cancel()
    return columns, rows
