"""DuckDB storage: versioned migrations, bulk upserts keyed on (platform, native_id), cursors saved in
the same transaction as the rows they cover, runs, findings, alerts and the email queue.

One `Store` owns one connection. DuckDB allows one process per file while any of them writes; a
second process waits up to `lock_timeout_seconds` for the lock and then fails with a message that says
so. While it waits it leaves a `.writer-waiting` file beside the database, which the web app watches
to hand the file over; analysts and the app read the read replica (`replica_path`) that runs publish
when they finish, so no reader ever holds the file a run needs (docs/operations.md).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from storage import search
from trustwatch.errors import TrustWatchError
from trustwatch.files import keep_files_private, make_private
from trustwatch.records import (
    Account,
    Alert,
    Classification,
    Cursor,
    Finding,
    Mention,
    Window,
    utc_now,
    without_surrogates,
)
from trustwatch.redaction import redact_urls

log = logging.getLogger(__name__)

# The migration creating the word index; the index is filled from the stored mentions when it is applied.
_SEARCH_INDEX_MIGRATION = "0011_mention_terms.sql"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

# Mentions a run's detection covers: those it collected, and those an earlier run landed but never
# detected. The run id is the one parameter; `alias` names collected_mentions in the query.
TO_DETECT = (
    "({alias}.last_run_id = ? OR NOT EXISTS (SELECT 1 FROM detected_mentions AS d "
    "WHERE d.platform = {alias}.platform AND d.native_id = {alias}.native_id))"
)

_MENTION_SCHEMA = pa.schema(
    [
        ("platform", pa.string()),
        ("native_id", pa.string()),
        ("source", pa.string()),
        ("kind", pa.string()),
        ("url", pa.string()),
        ("author_id", pa.string()),
        ("author_handle", pa.string()),
        ("author_name", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("language", pa.string()),
        ("published_at", pa.timestamp("us", tz="UTC")),
        ("collected_at", pa.timestamp("us", tz="UTC")),
        ("query", pa.string()),
        ("in_reply_to", pa.string()),
        ("rating", pa.float64()),
        ("deleted", pa.bool_()),
        ("raw", pa.string()),
    ]
)

_ACCOUNT_SCHEMA = pa.schema(
    [
        ("platform", pa.string()),
        ("account_id", pa.string()),
        ("handle", pa.string()),
        ("display_name", pa.string()),
        ("description", pa.string()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("followers", pa.int64()),
        ("following", pa.int64()),
        ("verified", pa.bool_()),
        ("profile_image_url", pa.string()),
        ("url", pa.string()),
        ("raw", pa.string()),
        ("collected_at", pa.timestamp("us", tz="UTC")),
    ]
)

_CLASSIFICATION_SCHEMA = pa.schema(
    [
        ("platform", pa.string()),
        ("native_id", pa.string()),
        ("model", pa.string()),
        ("model_version", pa.string()),
        ("sentiment", pa.string()),
        ("negative", pa.float64()),
        ("neutral", pa.float64()),
        ("positive", pa.float64()),
        ("extras", pa.string()),
        ("classified_at", pa.timestamp("us", tz="UTC")),
        ("text_sha256", pa.string()),
    ]
)

_FINDING_SCHEMA = pa.schema(
    [
        ("finding_id", pa.string()),
        ("kind", pa.string()),
        ("subject_type", pa.string()),
        ("platform", pa.string()),
        ("subject_id", pa.string()),
        ("severity", pa.string()),
        ("score", pa.float64()),
        ("summary", pa.string()),
        ("evidence", pa.string()),
        ("detector", pa.string()),
        ("detected_at", pa.timestamp("us", tz="UTC")),
    ]
)


class StorageError(TrustWatchError):
    """The DuckDB file cannot be opened or written; the message names the file."""


class StoppedBySignal(KeyboardInterrupt):
    """The process was told to stop (Ctrl-C, `kill`, Prefect cancelling the run) during a DuckDB statement."""


def stopped_by_signal(error: BaseException) -> bool:
    """Whether `error` is DuckDB saying a signal stopped its statement, which it then rolled back.

    DuckDB's Python client runs Python's signal handlers while a statement executes. When one raises
    (KeyboardInterrupt on Ctrl-C, Prefect's TerminationSignal on SIGTERM), it cancels the statement
    and raises `RuntimeError("Query interrupted")` in place of the handler's exception, so the stop
    looks like a database failure. (`connection.interrupt()`, the SQL console's time limit, raises
    `duckdb.InterruptException` instead, and only on the console's own connection.)
    """
    return type(error) is RuntimeError and str(error) == "Query interrupted"


@dataclass(frozen=True)
class LandResult:
    """What one landing added: rows seen and rows that were new."""

    mentions: int
    mentions_new: int
    accounts: int
    classifications: int


@dataclass(frozen=True)
class QueuedEmail:
    """An email with the recipients it is now due to go to (first send, or a retry whose wait is over)."""

    email_id: str
    message_id: str
    subject: str
    recipients: tuple[str, ...]
    message: bytes
    attempts: int
    priority: int = 1


@dataclass(frozen=True)
class DeadLetter:
    """A recipient an email could not be delivered to, for good."""

    email_id: str
    recipient: str
    subject: str
    attempts: int
    last_error: str | None
    created_at: datetime


def _json(value: Any) -> str:
    # Payloads (raw, evidence, cursor state) keep links as the platform sent them, and cursor state
    # changes after validation: stored, they lose lone surrogates and credentials in URLs.
    text = without_surrogates(json.dumps(value, ensure_ascii=False, default=str, sort_keys=True))
    return redact_urls(text, secrets_only=True)


def _safe_error(error: str | None) -> str | None:
    # Run records, findings and the team's email quote these: endpoints yes, credentials never.
    return None if error is None else redact_urls(error)


def mention_rows(mentions: Sequence[Mention]) -> pa.Table:
    """Mentions as an Arrow table in the staging schema (bulk loads, never row by row)."""
    return pa.Table.from_pylist(
        [
            {
                **mention.model_dump(exclude={"raw"}),
                "raw": _json(mention.raw),
            }
            for mention in mentions
        ],
        schema=_MENTION_SCHEMA,
    )


def account_rows(accounts: Sequence[Account]) -> pa.Table:
    """Accounts as an Arrow table in the staging schema."""
    return pa.Table.from_pylist(
        [{**account.model_dump(exclude={"raw"}), "raw": _json(account.raw)} for account in accounts],
        schema=_ACCOUNT_SCHEMA,
    )


def classification_rows(
    classifications: Sequence[Classification], text_digests: Mapping[tuple[str, str], str] | None = None
) -> pa.Table:
    """Classifications as an Arrow table in the staging schema, with the digest of the text classified."""
    text_digests = text_digests or {}
    return pa.Table.from_pylist(
        [
            {
                "platform": c.platform,
                "native_id": c.native_id,
                "model": c.model,
                "model_version": c.model_version,
                "sentiment": c.sentiment_label,
                "negative": c.sentiment_scores.get("negative", 0.0),
                "neutral": c.sentiment_scores.get("neutral", 0.0),
                "positive": c.sentiment_scores.get("positive", 0.0),
                "extras": _json(c.extras),
                "classified_at": c.classified_at,
                "text_sha256": text_digests.get((c.platform, c.native_id)),
            }
            for c in classifications
        ],
        schema=_CLASSIFICATION_SCHEMA,
    )


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def replica_path(path: Path | str) -> Path:
    """Where the read replica of the database at `path` is published: `trustwatch.read.duckdb` beside it."""
    path = Path(path)
    return path.with_name(f"{path.stem}.read{path.suffix or '.duckdb'}")


def writer_waiting_path(path: Path | str) -> Path:
    """The file a process waiting for the write lock leaves, asking readers that hold the file to let go."""
    path = Path(path)
    return path.with_name(f"{path.name}.writer-waiting")


def _fsync_folder(folder: Path) -> None:
    # Makes a rename durable; not every platform can open a folder for this.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def wal_path(path: Path) -> Path:
    """The write-ahead log DuckDB keeps beside the database file."""
    return path.with_name(path.name + ".wal")


_DAMAGED_HINT = (
    "; if the file is damaged, restore it from a backup (see docs/operations.md), or move it aside and let "
    "the next run start a new database"
)


def storage_failure(path: Path, error: duckdb.Error) -> StorageError:
    """A DuckDB error as a `StorageError` naming the file: damaged, full disk, or something else."""
    message = str(error)
    if "No space left" in message or "Disk quota" in message:
        return StorageError(f"{path}: the disk is full; free some space and run again ({message})")
    if isinstance(error, duckdb.IOException) or "Corrupt" in message or "checksum" in message:
        return StorageError(f"{path}: the database file cannot be read ({message}){_DAMAGED_HINT}")
    return StorageError(f"{path}: {message}")


def _connect(
    path: Path, lock_timeout_seconds: float, read_only: bool, memory_limit: str | None = None
) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + lock_timeout_seconds
    delay = 0.1
    waiting = writer_waiting_path(path)
    announced = False
    try:
        while True:
            try:
                return duckdb.connect(
                    str(path), read_only=read_only, config={"memory_limit": memory_limit} if memory_limit else {}
                )
            except duckdb.IOException as error:
                message = str(error)
                if "lock" not in message.lower():
                    raise storage_failure(path, error) from None
                if time.monotonic() >= deadline:
                    raise StorageError(
                        f"{path}: the DuckDB file is locked by another process (waited {lock_timeout_seconds:.0f} s); "
                        "is another TrustWatch run, or a DuckDB shell, still open on it? Analysts should query the "
                        f"read replica {replica_path(path).name} instead (docs/operations.md)"
                    ) from None
                if not read_only and not announced:
                    # The web app watches for this file and hands the database over within a second.
                    waiting.write_text(f"{os.getpid()}\n", encoding="utf-8")
                    announced = True
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
            except duckdb.Error as error:  # a damaged file is reported as a plain `Error` ("Corrupt database file")
                raise storage_failure(path, error) from None
    finally:
        if announced:
            waiting.unlink(missing_ok=True)


class Store:
    """The TrustWatch database."""

    def __init__(
        self,
        connection: duckdb.DuckDBPyConnection,
        path: Path,
        *,
        publish_replica: bool = False,
        lock_timeout_seconds: float = 30.0,
        memory_limit: str | None = None,
    ) -> None:
        self.connection = connection
        self.path = path
        self.publish_replica = publish_replica
        self.lock_timeout_seconds = lock_timeout_seconds
        self.memory_limit = memory_limit
        self._in_transaction = False

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        lock_timeout_seconds: float = 30.0,
        read_only: bool = False,
        publish_replica: bool = False,
        memory_limit: str | None = None,
    ) -> Self:
        """Open (creating with owner-only permissions) and migrate the database at `path`.

        With `publish_replica`, closing the store publishes a copy of the database (`replica_path`)
        that the web app and analysts read while a run holds this one (see `publish_read_replica`).
        `memory_limit` (`[storage] memory_limit`, e.g. "1GB") bounds DuckDB's buffer pool and query
        memory; None leaves DuckDB's default, 80% of the machine's memory.
        """
        path = Path(path)
        if read_only and not path.exists():
            raise StorageError(f"{path}: no TrustWatch database here yet (run `trustwatch run` first)")
        # The database, its write-ahead log (created later, at the first write) and DuckDB's spill
        # files hold personal data: everything this process creates from here on is owner-only.
        keep_files_private()
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
            for existing in (path, wal_path(path)):
                make_private(existing)
        connection = _connect(path, lock_timeout_seconds, read_only, memory_limit)
        store = cls(
            connection,
            path,
            publish_replica=publish_replica and not read_only,
            lock_timeout_seconds=lock_timeout_seconds,
            memory_limit=memory_limit,
        )
        try:
            connection.execute("SET TimeZone = 'UTC'")
            if not read_only:
                store.migrate()
            else:
                store.schema_version()  # reads the catalogue: a damaged file says so here, not mid-query
        except duckdb.Error as error:
            connection.close()
            raise storage_failure(path, error) from None
        return store

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log), publishing the read replica if asked to."""
        try:
            if self.publish_replica:
                try:
                    with self.transaction() as con:
                        search.keep_sorted(con)
                except duckdb.Error as error:
                    # Sorting only speeds searches up: the run's own work is committed, and the
                    # unsorted index answers the same. The next run tries again.
                    log.warning("the search index was left unsorted: %s", error)
                self.publish_read_replica()
        finally:
            self.connection.close()

    def publish_read_replica(self) -> Path:
        """Copy the database to its read replica, atomically; returns the replica's path.

        Done while this process still holds the write lock, right after a checkpoint, so the copy is
        a consistent database with an empty write-ahead log. The copy is renamed over the old
        replica: a reader with the old one open keeps its snapshot, the next one opens the new file,
        and nobody ever sees half a copy.
        """
        target = replica_path(self.path)
        staging = target.with_name(f".{target.name}.{os.getpid()}.partial")
        self.connection.execute("CHECKPOINT")
        previous_umask = os.umask(0o077)
        try:
            shutil.copyfile(self.path, staging)
            with staging.open("rb") as copied:
                os.fsync(copied.fileno())
            staging.replace(target)
        finally:
            os.umask(previous_umask)
            staging.unlink(missing_ok=True)
        return target

    def rewrite(self) -> None:
        """Copy the database into a fresh file and swap it in, so deleted rows leave nothing behind.

        DuckDB reuses the blocks that deletions and updates free but never clears them: after a purge
        and a CHECKPOINT the deleted text is still in the file. The copy holds only live rows. The
        swap is atomic, and it happens while this process still holds the old file's lock and already
        holds the new file's, so no other writer works on either in between. `self.connection` is a
        new connection afterwards. On failure (a full disk) the database is left as it was.
        """
        fresh = self.path.with_name(f".{self.path.name}.rewrite")
        for leftover in (fresh, wal_path(fresh)):
            leftover.unlink(missing_ok=True)
        marker = uuid.uuid4().hex
        con = self.connection
        catalog = self.scalar("SELECT current_database()")
        con.execute("CHECKPOINT")
        try:
            con.execute("ATTACH ? AS rewritten", [str(fresh)])
            try:
                con.execute(f'COPY FROM DATABASE "{catalog}" TO rewritten')
                con.execute("CREATE TABLE rewritten.main.rewrite_marker AS SELECT ? AS marker", [marker])
            finally:
                con.execute("DETACH rewritten")
            holder = duckdb.connect(str(fresh))
        except (duckdb.Error, OSError) as error:
            for leftover in (fresh, wal_path(fresh)):
                leftover.unlink(missing_ok=True)
            raise StorageError(f"{self.path}: cannot rewrite the database file ({error})") from None
        try:
            with fresh.open("rb") as written:
                os.fsync(written.fileno())
            fresh.replace(self.path)
            _fsync_folder(self.path.parent)
            con.close()
        finally:
            holder.close()
        # Another writer may have opened the new file in the moment between: then this waits for it.
        self.connection = _connect(
            self.path, self.lock_timeout_seconds, read_only=False, memory_limit=self.memory_limit
        )
        self.connection.execute("SET TimeZone = 'UTC'")
        copied = self.scalar(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
            "AND table_name = 'rewrite_marker'"
        )
        if not copied or self.scalar("SELECT marker FROM rewrite_marker") != marker:
            # DuckDB shares one instance per file within a process: another connection to the old
            # file kept it alive, and this connection went to it. Closed, so nothing is written there.
            self.connection.close()
            raise StorageError(
                f"{self.path}: rewritten, but another connection in this process still holds the old file; "
                "close every other connection before a purge"
            )
        self.connection.execute("DROP TABLE rewrite_marker")
        self.connection.execute("CHECKPOINT")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: rows, cursor and run bookkeeping commit together.

        A transaction opened inside another joins it, so a caller can make many writes (a run's
        emails) one commit instead of one each.
        """
        if self._in_transaction:
            yield self.connection
            return
        self.connection.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        finally:
            self._in_transaction = False
        self.connection.execute("COMMIT")

    def migrate(self) -> list[int]:
        """Apply migrations not yet applied, in order; re-create views. Returns the versions applied."""
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
        )
        applied_rows = self.connection.execute("SELECT version FROM schema_migrations").fetchall()
        applied = {row[0] for row in applied_rows}
        newly_applied = []
        for version, name, sql in _migrations():
            if version in applied:
                continue
            with self.transaction() as con:
                con.execute(sql)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, utc_now()])
                if name == _SEARCH_INDEX_MIGRATION:
                    search.index_all(con)
            log.info("applied migration %s", name)
            newly_applied.append(version)
        views = (resources.files("storage") / "views.sql").read_text(encoding="utf-8")
        self.connection.execute(views)
        return newly_applied

    def schema_version(self) -> int:
        """The highest migration applied."""
        rows = self.connection.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()
        return int(rows[0][0]) if rows else 0

    def start_run(self, flow: str, window: Window, run_id: str | None = None) -> str:
        """Record the start of a run; returns its id.

        Runs still marked running were killed: this process holds DuckDB's one write lock, so no
        other run is alive. They are closed as abandoned so the run log does not show them running.
        """
        run_id = run_id or uuid.uuid4().hex
        self.connection.execute(
            "UPDATE runs SET status = 'abandoned', finished_at = ?, "
            "error = 'the process stopped before the run finished (killed or crashed)' "
            "WHERE finished_at IS NULL",
            [utc_now()],
        )
        self.connection.execute(
            "INSERT INTO runs (run_id, flow, window_since, window_until, started_at, status) "
            "VALUES (?, ?, ?, ?, ?, 'running')",
            [run_id, flow, window.since, window.until, utc_now()],
        )
        return run_id

    def finish_run(self, run_id: str, status: str, *, alerts_raised: int, emails_sent: int, error: str | None) -> None:
        """Close a run with its status and totals (totals summed from its sources)."""
        self.connection.execute(
            """
            UPDATE runs SET finished_at = ?, status = ?, alerts_raised = ?, emails_sent = ?, error = ?,
                mentions_collected = (SELECT coalesce(sum(mentions), 0) FROM run_sources WHERE run_id = ?),
                mentions_new = (SELECT coalesce(sum(mentions_new), 0) FROM run_sources WHERE run_id = ?)
            WHERE run_id = ?
            """,
            [utc_now(), status, alerts_raised, emails_sent, _safe_error(error), run_id, run_id, run_id],
        )

    def load_cursor(self, source: str) -> Cursor:
        """The saved cursor of `source`, or a fresh one."""
        # fetchall, not fetchone: DuckDB 2 keeps a half-read result open, which blocks the next register().
        rows = self.connection.execute("SELECT state, updated_at FROM cursors WHERE source = ?", [source]).fetchall()
        if not rows:
            return Cursor(source=source)
        return Cursor(source=source, state=json.loads(rows[0][0]), updated_at=rows[0][1])

    def unclassified(self, mentions: Sequence[Mention], model: str, model_version: str) -> list[Mention]:
        """The mentions this model version has not classified with their current text (re-runs skip the model).

        A mention whose text changed since it was classified (an edit, a feed entry first seen cut
        off) is returned again; a classification from before text digests were kept counts as current.
        """
        if not mentions:
            return []
        keys = pa.Table.from_pylist(
            [{"platform": m.platform, "native_id": m.native_id, "text_sha256": m.text_digest} for m in mentions],
            schema=pa.schema([("platform", pa.string()), ("native_id", pa.string()), ("text_sha256", pa.string())]),
        )
        self.connection.register("candidate_keys", keys)
        try:
            done = self.connection.execute(
                "SELECT k.platform, k.native_id FROM candidate_keys AS k JOIN classifications AS c "
                "ON c.platform = k.platform AND c.native_id = k.native_id AND c.model = ? AND c.model_version = ? "
                "AND (c.text_sha256 IS NULL OR c.text_sha256 = k.text_sha256)",
                [model, model_version],
            ).fetchall()
        finally:
            self.connection.unregister("candidate_keys")
        classified = set(done)
        return [m for m in mentions if m.key not in classified]

    def land(
        self,
        *,
        run_id: str,
        source: str,
        source_type: str,
        mentions: Sequence[Mention],
        accounts: Sequence[Account],
        classifications: Sequence[Classification],
        cursor: Cursor | None,
        status: str = "complete",
        error: str | None = None,
        error_kind: str | None = None,
        window: Window | None = None,
    ) -> LandResult:
        """Land one source's window in one transaction: mentions, accounts, classifications, cursor.

        The cursor is written only in this transaction, so it can never get ahead of the rows.
        `window` is what the source covered in this run (the run's window when not given).
        """
        staged_mentions = mention_rows(mentions)
        staged_accounts = account_rows(accounts)
        staged_classifications = classification_rows(
            classifications, {mention.key: mention.text_digest for mention in mentions}
        )
        now = utc_now()
        con = self.connection
        con.register("staged_mentions", staged_mentions)
        con.register("staged_accounts", staged_accounts)
        con.register("staged_classifications", staged_classifications)
        try:
            with self.transaction():
                mentions_new = self.scalar(
                    "SELECT count(DISTINCT (platform, native_id)) FROM staged_mentions "
                    "ANTI JOIN collected_mentions USING (platform, native_id)"
                )
                search.snapshot_texts(con, "staged_mentions")
                con.execute(
                    """
                    INSERT INTO collected_mentions
                    SELECT platform, native_id, source, kind, url, author_id, author_handle, author_name, title,
                           text, language, published_at, collected_at, collected_at AS first_collected_at, query,
                           in_reply_to, rating, deleted, CAST(raw AS JSON), $run_id, $run_id
                    FROM staged_mentions
                    QUALIFY row_number() OVER (PARTITION BY platform, native_id ORDER BY collected_at DESC) = 1
                    ON CONFLICT (platform, native_id) DO UPDATE SET
                        source = excluded.source, kind = excluded.kind, url = excluded.url,
                        author_id = excluded.author_id, author_handle = excluded.author_handle,
                        author_name = excluded.author_name,
                        -- A deleted item keeps the text we saw before it went (the evidence).
                        title = CASE WHEN excluded.deleted THEN coalesce(collected_mentions.title, excluded.title)
                                     ELSE excluded.title END,
                        text = CASE WHEN excluded.deleted THEN collected_mentions.text ELSE excluded.text END,
                        language = excluded.language, published_at = excluded.published_at,
                        collected_at = excluded.collected_at, query = excluded.query,
                        in_reply_to = excluded.in_reply_to, rating = excluded.rating,
                        deleted = excluded.deleted OR collected_mentions.deleted,
                        raw = excluded.raw, last_run_id = excluded.last_run_id
                    """,
                    {"run_id": run_id},
                )
                search.reindex_changed(con, "staged_mentions")
                con.execute(
                    """
                    INSERT INTO accounts
                    SELECT platform, account_id, handle, display_name, description, created_at, followers,
                           following, verified, profile_image_url, url, CAST(raw AS JSON),
                           collected_at AS first_seen_at, collected_at AS last_seen_at
                    FROM staged_accounts
                    QUALIFY row_number() OVER (PARTITION BY platform, account_id ORDER BY collected_at DESC) = 1
                    ON CONFLICT (platform, account_id) DO UPDATE SET
                        handle = coalesce(excluded.handle, accounts.handle),
                        display_name = coalesce(excluded.display_name, accounts.display_name),
                        description = coalesce(excluded.description, accounts.description),
                        created_at = coalesce(excluded.created_at, accounts.created_at),
                        followers = coalesce(excluded.followers, accounts.followers),
                        following = coalesce(excluded.following, accounts.following),
                        verified = coalesce(excluded.verified, accounts.verified),
                        profile_image_url = coalesce(excluded.profile_image_url, accounts.profile_image_url),
                        url = coalesce(excluded.url, accounts.url),
                        raw = excluded.raw, last_seen_at = excluded.last_seen_at
                    """
                )
                con.execute(
                    """
                    INSERT INTO classifications (platform, native_id, model, model_version, sentiment, negative,
                                                 neutral, positive, extras, classified_at, text_sha256)
                    SELECT platform, native_id, model, model_version, sentiment, negative, neutral, positive,
                           CAST(extras AS JSON), classified_at, text_sha256
                    FROM staged_classifications
                    ON CONFLICT DO UPDATE SET
                        sentiment = excluded.sentiment, negative = excluded.negative, neutral = excluded.neutral,
                        positive = excluded.positive, extras = excluded.extras,
                        classified_at = excluded.classified_at, text_sha256 = excluded.text_sha256
                    """
                )
                if cursor is not None:
                    con.execute(
                        "INSERT INTO cursors VALUES (?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
                        "state = excluded.state, updated_at = excluded.updated_at, run_id = excluded.run_id",
                        [source, _json(cursor.state), now, run_id],
                    )
                con.execute(
                    "INSERT INTO run_sources (run_id, source, source_type, status, mentions, mentions_new, accounts, "
                    "error, error_kind, finished_at, window_since, window_until) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "coalesce(?, (SELECT window_since FROM runs WHERE run_id = ?)), "
                    "coalesce(?, (SELECT window_until FROM runs WHERE run_id = ?))) ON CONFLICT (run_id, source) "
                    "DO UPDATE SET status = excluded.status, mentions = run_sources.mentions + excluded.mentions, "
                    "mentions_new = run_sources.mentions_new + excluded.mentions_new, "
                    "accounts = run_sources.accounts + excluded.accounts, error = excluded.error, "
                    "error_kind = excluded.error_kind, finished_at = excluded.finished_at",
                    [
                        run_id,
                        source,
                        source_type,
                        status,
                        len({m.key for m in mentions}),
                        mentions_new,
                        len({(a.platform, a.account_id) for a in accounts}),
                        _safe_error(error),
                        error_kind,
                        now,
                        window.since if window else None,
                        run_id,
                        window.until if window else None,
                        run_id,
                    ],
                )
        finally:
            con.unregister("staged_mentions")
            con.unregister("staged_accounts")
            con.unregister("staged_classifications")
        return LandResult(
            mentions=len({m.key for m in mentions}),
            mentions_new=mentions_new,
            accounts=len({(a.platform, a.account_id) for a in accounts}),
            classifications=len(classifications),
        )

    def record_source_failure(
        self, run_id: str, source: str, source_type: str, error: str, error_kind: str, window: Window | None = None
    ) -> None:
        """A source that landed nothing: keep its error on the run."""
        self.land(
            window=window,
            run_id=run_id,
            source=source,
            source_type=source_type,
            mentions=[],
            accounts=[],
            classifications=[],
            cursor=None,
            status=error_kind,
            error=error,
            error_kind=error_kind,
        )

    def upsert_findings(self, findings: Sequence[Finding], run_id: str) -> list[str]:
        """Insert or refresh findings; returns the ids that are new (never seen in any earlier run)."""
        if not findings:
            return []
        staged = pa.Table.from_pylist(
            [
                {
                    "finding_id": f.finding_id,
                    "kind": f.kind,
                    "subject_type": str(f.subject_type),
                    "platform": f.platform,
                    "subject_id": f.subject_id,
                    "severity": str(f.severity),
                    "score": f.score,
                    "summary": f.summary,
                    "evidence": _json(f.evidence),
                    "detector": f.detector,
                    "detected_at": f.detected_at,
                }
                for f in findings
            ],
            schema=_FINDING_SCHEMA,
        )
        con = self.connection
        con.register("staged_findings", staged)
        try:
            with self.transaction():
                new_ids = [
                    row[0]
                    for row in con.execute(
                        "SELECT DISTINCT finding_id FROM staged_findings ANTI JOIN findings USING (finding_id)"
                    ).fetchall()
                ]
                con.execute(
                    """
                    INSERT INTO findings
                    SELECT finding_id, kind, subject_type, platform, subject_id, severity, score, summary,
                           CAST(evidence AS JSON), detector, detected_at, detected_at, $run_id, $run_id
                    FROM staged_findings
                    QUALIFY row_number() OVER (PARTITION BY finding_id ORDER BY detected_at DESC) = 1
                    ON CONFLICT (finding_id) DO UPDATE SET
                        severity = excluded.severity, score = excluded.score, summary = excluded.summary,
                        evidence = excluded.evidence, detector = excluded.detector,
                        last_detected_at = excluded.last_detected_at, last_run_id = excluded.last_run_id
                    """,
                    {"run_id": run_id},
                )
        finally:
            con.unregister("staged_findings")
        return new_ids

    def queue_alerts(self, alerts: Sequence[Alert], run_id: str) -> list[str]:
        """Record alerts; returns the ids that are new.

        An alert id that exists already is skipped: a re-seen mention or account never alerts twice.
        """
        if not alerts:
            return []
        staged = pa.Table.from_pylist(
            [
                {
                    "alert_id": alert.alert_id,
                    "finding_id": alert.finding_id,
                    "reason": alert.reason,
                    "severity": str(alert.severity),
                    "recipients": list(alert.recipients),
                    "created_at": alert.created_at,
                }
                for alert in alerts
            ],
            schema=pa.schema(
                [
                    ("alert_id", pa.string()),
                    ("finding_id", pa.string()),
                    ("reason", pa.string()),
                    ("severity", pa.string()),
                    ("recipients", pa.list_(pa.string())),
                    ("created_at", pa.timestamp("us", tz="UTC")),
                ]
            ),
        )
        con = self.connection
        con.register("staged_alerts", staged)
        try:
            with self.transaction():
                new_ids = [
                    row[0]
                    for row in con.execute(
                        "SELECT DISTINCT alert_id FROM staged_alerts ANTI JOIN alerts USING (alert_id)"
                    ).fetchall()
                ]
                con.execute(
                    """
                    INSERT INTO alerts
                    SELECT alert_id, finding_id, reason, severity, recipients, created_at, $run_id, NULL
                    FROM staged_alerts
                    QUALIFY row_number() OVER (PARTITION BY alert_id) = 1
                    ON CONFLICT (alert_id) DO NOTHING
                    """,
                    {"run_id": run_id},
                )
        finally:
            con.unregister("staged_alerts")
        return new_ids

    def queue_email(
        self,
        *,
        email_id: str,
        message_id: str,
        subject: str,
        recipients: Sequence[str],
        message: bytes,
        alert_ids: Sequence[str],
        run_id: str,
        priority: int = 1,
    ) -> None:
        """Store an email as queued for each recipient and attach its alerts, before any attempt to send it."""
        now = utc_now()
        with self.transaction() as con:
            con.execute(
                "INSERT INTO emails (email_id, message_id, subject, recipients, message, status, created_at, sent_at, "
                "attempts, last_error, run_id, priority) VALUES (?, ?, ?, ?, ?, 'queued', ?, NULL, 0, NULL, ?, ?)",
                [email_id, message_id, subject, list(recipients), message, now, run_id, priority],
            )
            con.execute(
                "INSERT INTO email_deliveries (email_id, recipient, status, attempts) "
                "SELECT ?, recipient, 'queued', 0 FROM (SELECT DISTINCT unnest(?::VARCHAR[]) AS recipient)",
                [email_id, list(recipients)],
            )
            if alert_ids:
                con.execute(
                    "UPDATE alerts SET email_id = ? WHERE list_contains(?, alert_id)", [email_id, list(alert_ids)]
                )

    def pending_alerts(self) -> list[dict[str, Any]]:
        """Alerts not yet put in any email, with their finding and (for mentions) the post."""
        return self.fetch_dicts(
            """
            SELECT a.alert_id, a.reason, a.severity, a.recipients, a.created_at AS alerted_at, a.finding_id,
                   f.kind AS finding_kind, f.subject_type, f.platform, f.subject_id, f.score, f.summary, f.evidence,
                   m.* EXCLUDE (platform, raw)
            FROM alerts AS a
            JOIN findings AS f USING (finding_id)
            LEFT JOIN collected_mentions AS m
                   ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id
            WHERE a.email_id IS NULL
            ORDER BY a.created_at, f.score DESC NULLS LAST, a.alert_id
            """
        )

    def queued_emails(self, now: datetime | None = None) -> list[QueuedEmail]:
        """Emails with recipients due now, urgent first, then oldest first.

        A delivery left `sending` by a process that died mid-send is due again: whether the server
        took it is unknown, so it may arrive twice (once), never not at all.
        """
        rows = self.connection.execute(
            """
            SELECT e.email_id, e.message_id, e.subject, list(d.recipient ORDER BY d.recipient), e.message,
                   max(d.attempts), coalesce(e.priority, 1)
            FROM emails AS e JOIN email_deliveries AS d USING (email_id)
            WHERE d.status IN ('queued', 'sending') AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?)
            GROUP BY e.email_id, e.message_id, e.subject, e.message, e.priority, e.created_at
            ORDER BY coalesce(e.priority, 1), e.created_at, e.email_id
            """,
            [now or utc_now()],
        ).fetchall()
        return [
            QueuedEmail(
                email_id=row[0],
                message_id=row[1],
                subject=row[2],
                recipients=tuple(row[3]),
                message=bytes(row[4]),
                attempts=row[5],
                priority=row[6],
            )
            for row in rows
        ]

    def mark_sending(self, email_id: str, recipients: Sequence[str]) -> None:
        """Record that `recipients` are being sent to now (a crash from here on may send twice)."""
        self.connection.execute(
            "UPDATE email_deliveries SET status = 'sending' WHERE email_id = ? AND list_contains(?, recipient)",
            [email_id, list(recipients)],
        )

    def mark_delivered(self, email_id: str, recipients: Sequence[str], now: datetime | None = None) -> None:
        """Record that the server accepted the email for `recipients`."""
        with self.transaction() as con:
            con.execute(
                "UPDATE email_deliveries SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL "
                "WHERE email_id = ? AND list_contains(?, recipient)",
                [now or utc_now(), email_id, list(recipients)],
            )
            self._settle_email(email_id)

    def mark_retry(self, email_id: str, recipients: Sequence[str], error: str, next_attempt_at: datetime) -> None:
        """Record a failed attempt for `recipients`; they are tried again from `next_attempt_at`."""
        with self.transaction() as con:
            con.execute(
                "UPDATE email_deliveries SET status = 'queued', attempts = attempts + 1, last_error = ?, "
                "next_attempt_at = ? WHERE email_id = ? AND list_contains(?, recipient)",
                [error, next_attempt_at, email_id, list(recipients)],
            )
            self._settle_email(email_id)

    def mark_dead(self, email_id: str, recipients: Sequence[str], error: str) -> None:
        """Record that the email can never reach `recipients` (refused for good, or out of attempts)."""
        with self.transaction() as con:
            con.execute(
                "UPDATE email_deliveries SET status = 'dead', attempts = attempts + 1, last_error = ? "
                "WHERE email_id = ? AND list_contains(?, recipient)",
                [error, email_id, list(recipients)],
            )
            self._settle_email(email_id)

    def _settle_email(self, email_id: str) -> None:
        # The email's own status follows its deliveries: sent once every recipient has it,
        # undeliverable once none is pending and one is dead.
        self.connection.execute(
            """
            UPDATE emails SET attempts = d.attempts, last_error = d.last_error, sent_at = d.sent_at, status = d.status
            FROM (
                SELECT max(attempts) AS attempts, max(last_error) AS last_error, max(sent_at) AS sent_at,
                       CASE WHEN bool_and(status = 'sent') THEN 'sent'
                            WHEN bool_or(status IN ('queued', 'sending')) THEN 'queued'
                            ELSE 'undeliverable' END AS status
                FROM email_deliveries WHERE email_id = $id
            ) AS d
            WHERE emails.email_id = $id
            """,
            {"id": email_id},
        )

    def dead_letters(self, *, unreported_only: bool = False) -> list[DeadLetter]:
        """Deliveries that failed for good, newest first (`unreported_only`: not yet told to the team)."""
        rows = self.fetch_dicts(
            "SELECT d.email_id, d.recipient, e.subject, d.attempts, d.last_error, e.created_at "
            "FROM email_deliveries AS d JOIN emails AS e USING (email_id) WHERE d.status = 'dead'"
            + (" AND d.reported_at IS NULL" if unreported_only else "")
            + " ORDER BY e.created_at DESC, d.email_id, d.recipient"
        )
        return [DeadLetter(**row) for row in rows]

    def mark_dead_letters_reported(self, letters: Sequence[DeadLetter], now: datetime | None = None) -> None:
        """Record that the team was told about these dead letters."""
        for letter in letters:
            self.connection.execute(
                "UPDATE email_deliveries SET reported_at = ? WHERE email_id = ? AND recipient = ?",
                [now or utc_now(), letter.email_id, letter.recipient],
            )

    def scalar(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """The single value a query returns (read fully: DuckDB 2 blocks register() on a half-read result)."""
        rows = self.connection.execute(sql, parameters or []).fetchall()
        return rows[0][0] if rows else None

    def fetch_dicts(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query and return rows as dicts (for reports, the CLI and detectors)."""
        cursor = self.connection.execute(sql, parameters or [])
        columns = [column[0] for column in cursor.description or []]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def running_run_id(self) -> str | None:
        """The most recently started run still running, if any."""
        run_id = self.scalar("SELECT run_id FROM runs WHERE status = 'running' ORDER BY started_at DESC LIMIT 1")
        return None if run_id is None else str(run_id)

    def email_status(self, email_id: str) -> str | None:
        """The status of the queued email `email_id` ("queued", "sent"…), or None if there is none."""
        status = self.scalar("SELECT status FROM emails WHERE email_id = ?", [email_id])
        return None if status is None else str(status)

    def stored_mention(self, platform: str, native_id: str) -> tuple[Mention, datetime] | None:
        """A collected mention as a record, with when it was first collected; None if not stored."""
        rows = self.fetch_dicts(
            "SELECT * EXCLUDE (raw), CAST(raw AS VARCHAR) AS raw FROM collected_mentions "
            "WHERE platform = ? AND native_id = ?",
            [platform, native_id],
        )
        if not rows:
            return None
        row = rows[0]
        raw = row.get("raw")
        fields = {key: row[key] for key in Mention.model_fields if key in row and key != "raw"}
        mention = Mention.model_validate({**fields, "raw": json.loads(raw) if isinstance(raw, str) else (raw or {})})
        return mention, row["first_collected_at"]

    def staff_praise_in(self, window: Window) -> list[dict[str, Any]]:
        """Staff-praise findings about posts published in `window`, with the posts (deleted ones left out)."""
        return self.fetch_dicts(
            """
            SELECT f.finding_id, f.evidence, f.first_detected_at, m.platform, m.native_id, m.source, m.kind, m.url,
                   m.title, m.text, m.rating, m.published_at
            FROM findings AS f
            JOIN collected_mentions AS m ON m.platform = f.platform AND m.native_id = f.subject_id
            WHERE f.kind = 'staff_praise' AND f.subject_type = 'mention' AND NOT m.deleted
              AND m.published_at >= $since AND m.published_at < $until
            ORDER BY m.published_at, f.finding_id
            """,
            {"since": window.since, "until": window.until},
        )

    def mentions_landed_in_run(self, run_id: str) -> list[dict[str, Any]]:
        """What detectors look at: mentions this run collected, and any an earlier run landed but never
        detected (it died after landing), each with its latest classification."""
        return self.fetch_dicts(
            f"SELECT * FROM mentions m WHERE EXISTS (SELECT 1 FROM collected_mentions c "
            f"WHERE c.platform = m.platform AND c.native_id = m.native_id AND {TO_DETECT.format(alias='c')}) "
            "ORDER BY published_at",
            [run_id],
        )

    def mark_detected(self, run_id: str, now: datetime | None = None) -> int:
        """Record that every mention `mentions_landed_in_run` gave has its findings, alerts and cases stored."""
        rows = self.connection.execute(
            "INSERT INTO detected_mentions SELECT platform, native_id, ?, ? FROM collected_mentions AS c "
            f"WHERE {TO_DETECT.format(alias='c')} ON CONFLICT DO NOTHING",
            [now or utc_now(), run_id, run_id],
        ).fetchall()
        return int(rows[0][0]) if rows else 0

    def last_complete_coverage(self, source: str) -> datetime | None:
        """The end of the latest window `source` was collected completely for, if any."""
        value = self.scalar(
            "SELECT max(window_until) FROM run_sources WHERE source = ? AND status = 'complete'", [source]
        )
        return value if isinstance(value, datetime) else None

    def sentiment_split(self, run_id: str) -> dict[str, int]:
        """How many of the mentions a run collected are negative, neutral, positive."""
        rows = self.fetch_dicts(
            "SELECT sentiment, count(*) AS mentions FROM mentions m JOIN collected_mentions c "
            "USING (platform, native_id) WHERE c.last_run_id = ? AND sentiment IS NOT NULL GROUP BY sentiment",
            [run_id],
        )
        return {row["sentiment"]: int(row["mentions"]) for row in rows}

    def completed_backfill_day(self, window: Window, sources: Sequence[str]) -> bool:
        """True when a backfill already covered `window` for every one of `sources`.

        A source out of reach for that day counts as covered: running it again cannot help.
        """
        covered = self.scalar(
            """
            SELECT count(*) FROM runs AS r
            WHERE r.flow = 'backfill' AND r.window_since = ? AND r.window_until = ? AND r.finished_at IS NOT NULL
              AND NOT EXISTS (
                  SELECT 1 FROM unnest(?::VARCHAR[]) AS wanted(name)
                  WHERE wanted.name NOT IN (
                      SELECT source FROM run_sources AS s
                      WHERE s.run_id = r.run_id AND s.status IN ('complete', 'out_of_reach')
                  )
              )
            """,
            [window.since, window.until, list(sources)],
        )
        return bool(covered)

    def daily_volumes(self, until: datetime, days: int) -> list[dict[str, Any]]:
        """Mentions per source and sentiment for each of the `days` 24-hour periods ending at `until`.

        `days_ago` 0 is the 24 hours before `until`; periods with no mentions are absent (zero).
        """
        return self.fetch_dicts(
            """
            SELECT source, coalesce(sentiment, 'unclassified') AS sentiment,
                   CAST(floor(epoch($until - published_at) / 86400) AS INTEGER) AS days_ago, count(*) AS mentions
            FROM mentions
            WHERE published_at < $until AND published_at >= $until - to_days(CAST($days AS INTEGER))
            GROUP BY ALL
            """,
            {"until": until, "days": days},
        )

    def finding_revisions(self, finding_ids: Sequence[str]) -> dict[str, str | None]:
        """The stored revision of each finding that exists already (a revision marks a changed subject)."""
        if not finding_ids:
            return {}
        rows = self.fetch_dicts(
            "SELECT finding_id, coalesce(json_extract_string(evidence, '$.revision'), "
            "json_extract_string(evidence, '$.profile_fingerprint')) AS revision "
            "FROM findings WHERE list_contains(?, finding_id)",
            [list(finding_ids)],
        )
        return {row["finding_id"]: row["revision"] for row in rows}

    def first_email(self, finding_id: str) -> tuple[str, str] | None:
        """(Message-ID, subject) of the first email that carried an alert about this finding (to thread updates)."""
        rows = self.connection.execute(
            "SELECT e.message_id, e.subject FROM alerts AS a JOIN emails AS e USING (email_id) "
            "WHERE a.finding_id = ? ORDER BY e.created_at LIMIT 1",
            [finding_id],
        ).fetchall()
        return (str(rows[0][0]), str(rows[0][1])) if rows else None

    def count(self, table: str) -> int:
        """Rows in a table or view (tests, summaries)."""
        if not re.fullmatch(r"[a-z_]+", table):
            raise ValueError(f"not a table name: {table!r}")
        return int(self.scalar(f"SELECT count(*) FROM {table}"))

    def run_summary(self, run_id: str) -> dict[str, Any]:
        """The run row and its per-source rows."""
        runs = self.fetch_dicts("SELECT * FROM runs WHERE run_id = ?", [run_id])
        if not runs:
            raise StorageError(f"{self.path}: no run {run_id}")
        sources = self.fetch_dicts("SELECT * FROM run_sources WHERE run_id = ? ORDER BY source", [run_id])
        return {**runs[0], "sources": sources}
