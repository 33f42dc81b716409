"""The web app's hold on the database: live while nobody else needs it, the replica while a run does.

DuckDB lets no other process open a file while one process writes to it. The app therefore holds the
database only while no run, backfill or CLI command is waiting for it: a writer waiting for the lock
leaves a `.writer-waiting` file (storage/store.py), the app sees it within `poll_seconds`, closes the
database and serves the read replica the last writer published. Changes people make meanwhile are
appended to a journal beside the database (one JSON line each, fsynced) and applied, with their
original time and author, as soon as the app has the database again; each is audited once however
often the journal is replayed (`audit_log.action_id`).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from storage.store import StorageError, Store, replica_path, writer_waiting_path
from trustwatch.errors import TrustWatchError
from trustwatch.records import parse_utc, utc_now

log = logging.getLogger(__name__)


class DatabaseUnavailable(TrustWatchError):
    """Neither the database nor a replica of it can be read."""


@dataclass(frozen=True)
class Action:
    """One change a signed-in person asked for, as journaled and applied."""

    name: str
    username: str
    arguments: dict[str, Any]
    client: str | None = None
    at: datetime = field(default_factory=utc_now)
    action_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def to_json(self) -> str:
        """One journal line."""
        return json.dumps({**asdict(self), "at": self.at.isoformat()}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> Action:
        """Read one journal line back."""
        data = json.loads(line)
        return cls(**{**data, "at": parse_utc(data["at"])})


# Applies an action to the live database; raises TrustWatchError when it cannot be done.
Applier = Callable[[Store, Action], None]


class Database:
    """The database as the app sees it: `read()` for pages, `perform()` for changes."""

    def __init__(self, path: Path, apply: Applier, *, poll_seconds: float = 0.5) -> None:
        self.path = path
        self.replica = replica_path(path)
        self.journal = path.with_name(f"{path.name}.web-journal.jsonl")
        self._apply = apply
        self._poll_seconds = poll_seconds
        self._lock = threading.RLock()
        self._store: Store | None = None
        self._live = False
        self._stopping = threading.Event()
        self._watcher: threading.Thread | None = None
        self._next_attempt = 0.0

    @property
    def live(self) -> bool:
        """True while the app holds the database itself (changes apply at once)."""
        return self._live

    def start(self) -> None:
        """Open the database (or its replica) and watch for writers that need it."""
        with self._lock:
            self._switch()
            if self._live and self._store is not None and not self.replica.exists():
                self._store.publish_read_replica()
        self._watcher = threading.Thread(target=self._watch, name="trustwatch-db-watch", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        """Let go of the database (publishing the replica, so analysts see today's casework)."""
        self._stopping.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        with self._lock:
            self._close(publish=True)

    @contextmanager
    def read(self) -> Iterator[Store]:
        """The store to read from: the database when the app holds it, else the replica."""
        with self._lock:
            self._switch()
            if self._store is None:
                raise DatabaseUnavailable(
                    f"{self.path}: a run is writing the database and no replica ({self.replica.name}) has been "
                    "published yet; try again when the run finishes"
                )
            yield self._store

    def perform(self, action: Action) -> bool:
        """Apply `action` now (True), or journal it for when the database is free (False)."""
        with self._lock:
            self._switch()
            if self._live and self._store is not None:
                self._apply(self._store, action)
                return True
            with self.journal.open("a", encoding="utf-8") as journal:
                journal.write(action.to_json() + "\n")
                journal.flush()
                os.fsync(journal.fileno())
            log.info("database busy: %s by %s journaled", action.name, action.username)
            return False

    def pending(self) -> int:
        """Changes journaled and not yet applied."""
        if not self.journal.exists():
            return 0
        return sum(1 for line in self.journal.read_text(encoding="utf-8").splitlines() if line.strip())

    def _watch(self) -> None:
        while not self._stopping.wait(self._poll_seconds):
            try:
                with self._lock:
                    self._switch()
            except Exception:  # the watcher must outlive any one failure; the next poll tries again
                log.exception("database watcher")

    def _switch(self) -> None:
        """Hand the database to a waiting writer, or take it back once nobody needs it."""
        writer_waiting = writer_waiting_path(self.path).exists()
        if self._live and writer_waiting:
            log.info("a writer is waiting for %s: serving the replica meanwhile", self.path.name)
            self._close(publish=False)
        if self._live:
            return
        if not writer_waiting and time.monotonic() >= self._next_attempt:
            try:
                store = Store.open(self.path, lock_timeout_seconds=0)
            except StorageError:
                self._next_attempt = time.monotonic() + 1.0
            else:
                self._close(publish=False)
                self._store, self._live = store, True
                self._replay_journal()
                return
        if self._store is None and self.replica.exists():
            self._store = Store.open(self.replica, read_only=True)

    def _close(self, *, publish: bool) -> None:
        if self._store is not None:
            if publish and self._live:
                self._store.publish_read_replica()
            self._store.close()
        self._store, self._live = None, False

    def _replay_journal(self) -> None:
        if not self.journal.exists() or self._store is None:
            return
        lines = [line for line in self.journal.read_text(encoding="utf-8").splitlines() if line.strip()]
        for line in lines:
            action = Action.from_json(line)
            try:
                self._apply(self._store, action)
            except TrustWatchError as error:
                # Someone else got there first (the case was resolved meanwhile): the trail says so.
                log.warning("journaled %s by %s not applied: %s", action.name, action.username, error)
        self.journal.unlink()
