"""Retention: delete personal data TrustWatch no longer needs, keep what casework needs, audit every purge.

What goes, when a purge runs (periods from `[retention]`, counted back from the purge):

- mentions published more than `mentions_months` ago, with their classifications, unless a finding
  about the mention belongs to a case that is kept; findings without a case about a deleted mention
  go with it (their evidence quotes the post);
- accounts not seen for `accounts_months`, unless a finding is about the account or a mention we
  still hold was posted by it;
- emails sent more than `emails_months` ago, and emails that could not be delivered (dead letters)
  queued that long ago, with their per-recipient delivery rows (emails still being tried are never
  deleted);
- cases resolved more than `cases_years` ago, with their audit trail, takedowns, alerts and finding;
  the case's mention or account then follows the rules above. Open and acknowledged cases are kept
  however old they are.

Cursors, runs, the `exports` audit and the `purges` audit are never deleted, but every purge drops the
responses cursors cache (`cached_…` keys: a feed's last body, with whatever its posts said), at the
cost of one unconditional fetch per feed. Files holding personal data go by the same clock, when
their folders are given (`DataFolders`): outbox emails sent before the emails cut-off, weekly reports
for weeks before the mentions cut-off, evidence packs whose takedown is gone (or that never had one
and are older than the mentions cut-off), and export files whose window starts before the mentions
cut-off (those recorded in `exports`, while the file is still the one exported).

Each purge is one transaction with its audit row (files it deleted are counted there too, as
`files.outbox` and so on, and dropped caches as `cursors.cached_responses`). Then the database is
rewritten into a fresh file (`Store.rewrite`): DuckDB reuses freed blocks but never clears them, so
after a CHECKPOINT alone the deleted posts are still readable in the file. The read replica, a copy
of the old file, is published again from the new one.

Default periods. Mentions, accounts and emails: 12 months, enough for a year-on-year comparison in the
weekly report, and no longer, since the posts are members of the public's personal data collected
without their involvement (UK GDPR storage limitation). Cases: 10 years after the case is resolved.
A case is the Trust's record of how it handled an impersonation, a complaint made in public, or a
safeguarding or patient-data concern; the NHS Records Management Code of Practice (England, 2021,
Appendix II) keeps a complaints case file for 10 years after the case closes, and that is the nearest
entry in the Code. A Trust whose records policy files these under another entry sets `cases_years`.
"""

from __future__ import annotations

import calendar
import json
import logging
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from storage.store import Store, replica_path
from trustwatch.settings import RetentionSettings

log = logging.getLogger(__name__)

# The order rows are deleted in: cases first, so that their mentions and accounts become eligible in
# the same purge; findings after mentions, because a finding without a case goes with its mention.
PURGED_TABLES = (
    "case_events",
    "takedowns",
    "alerts",
    "cases",
    "classifications",
    "collected_mentions",
    "detected_mentions",
    "findings",
    "accounts",
    "email_deliveries",
    "emails",
)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the 31st becomes the month's last day)."""
    years_back, month_index = divmod(moment.month - 1 - months, 12)
    year = moment.year + years_back
    month = month_index + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass(frozen=True)
class RetentionPolicy:
    """The retention settings turned into cut-off times at one moment."""

    settings: RetentionSettings
    now: datetime

    @property
    def mentions_before(self) -> datetime:
        """Mentions published before this are eligible."""
        return months_before(self.now, self.settings.mentions_months)

    @property
    def accounts_before(self) -> datetime:
        """Accounts last seen before this are eligible."""
        return months_before(self.now, self.settings.accounts_months)

    @property
    def emails_before(self) -> datetime:
        """Emails sent before this are eligible."""
        return months_before(self.now, self.settings.emails_months)

    @property
    def cases_resolved_before(self) -> datetime:
        """Cases resolved before this are eligible."""
        return months_before(self.now, 12 * self.settings.cases_years)

    def cutoffs(self) -> dict[str, datetime]:
        """Every cut-off, by name (for the audit row, the artifact and the CLI)."""
        return {
            "mentions_before": self.mentions_before,
            "accounts_before": self.accounts_before,
            "emails_before": self.emails_before,
            "cases_resolved_before": self.cases_resolved_before,
        }


@dataclass(frozen=True)
class PurgeReport:
    """What a purge deleted (or, for a dry run, would delete)."""

    dry_run: bool
    actor: str
    purged_at: datetime
    cutoffs: dict[str, datetime]
    rows_deleted: dict[str, int]
    purge_id: str | None = None
    file_bytes_before: int | None = None
    file_bytes_after: int | None = None
    flow_run_id: str | None = None
    # Files deleted (or due) by kind: outbox, reports, evidence, exports.
    files_deleted: dict[str, int] = field(default_factory=dict)
    cursor_caches_dropped: int = 0

    @property
    def total(self) -> int:
        """Rows deleted across every table."""
        return sum(self.rows_deleted.values())


def _deleted(store: Store, sql: str, parameters: dict[str, Any] | None = None) -> int:
    # DuckDB answers a DELETE with one row holding the number of rows deleted.
    rows = store.connection.execute(sql, parameters or {}).fetchall()
    return int(rows[0][0]) if rows else 0


def _delete_expired(store: Store, policy: RetentionPolicy) -> dict[str, int]:
    """Every deletion of one purge, inside the caller's transaction; returns rows deleted per table."""
    con = store.connection
    cutoffs = policy.cutoffs()
    con.execute(
        "CREATE TEMP TABLE purge_cases AS SELECT case_id FROM cases "
        "WHERE status = 'resolved' AND resolved_at < $cases_resolved_before",
        {"cases_resolved_before": cutoffs["cases_resolved_before"]},
    )
    deleted: dict[str, int] = {}
    deleted["alerts"] = _deleted(
        store,
        "DELETE FROM alerts WHERE finding_id IN "
        "(SELECT finding_id FROM findings WHERE case_id IN (SELECT case_id FROM purge_cases))",
    )
    for table in ("case_events", "takedowns", "cases"):
        deleted[table] = _deleted(store, f"DELETE FROM {table} WHERE case_id IN (SELECT case_id FROM purge_cases)")
    # A case holds every finding about its subject; counted with the caseless findings below.
    findings_of_cases = _deleted(store, "DELETE FROM findings WHERE case_id IN (SELECT case_id FROM purge_cases)")

    con.execute(
        """
        CREATE TEMP TABLE purge_mentions AS
        SELECT m.platform, m.native_id FROM collected_mentions AS m
        WHERE m.published_at < $mentions_before
          AND NOT EXISTS (
              SELECT 1 FROM findings AS f JOIN cases AS c ON c.case_id = f.case_id
              WHERE f.subject_type = 'mention' AND f.platform = m.platform AND f.subject_id = m.native_id
          )
        """,
        {"mentions_before": cutoffs["mentions_before"]},
    )
    deleted["classifications"] = _deleted(
        store,
        "DELETE FROM classifications AS c USING purge_mentions AS p "
        "WHERE c.platform = p.platform AND c.native_id = p.native_id",
    )
    deleted["collected_mentions"] = _deleted(
        store,
        "DELETE FROM collected_mentions AS m USING purge_mentions AS p "
        "WHERE m.platform = p.platform AND m.native_id = p.native_id",
    )
    # Its words in the search index go with it: they are its text, cut up. Not counted in the report:
    # the index holds no record of its own.
    _deleted(
        store,
        "DELETE FROM mention_terms AS t USING purge_mentions AS p "
        "WHERE t.platform = p.platform AND t.native_id = p.native_id",
    )
    # The mark that a mention was detected goes with it: collected again, it is detected again.
    deleted["detected_mentions"] = _deleted(
        store,
        "DELETE FROM detected_mentions AS d USING purge_mentions AS p "
        "WHERE d.platform = p.platform AND d.native_id = p.native_id",
    )
    deleted["findings"] = findings_of_cases + _deleted(
        store,
        "DELETE FROM findings AS f USING purge_mentions AS p "
        "WHERE f.subject_type = 'mention' AND f.platform = p.platform AND f.subject_id = p.native_id "
        "AND NOT EXISTS (SELECT 1 FROM cases AS c WHERE c.case_id = f.case_id)",
    )
    deleted["accounts"] = _deleted(
        store,
        """
        DELETE FROM accounts AS a
        WHERE a.last_seen_at < $accounts_before
          AND NOT EXISTS (SELECT 1 FROM findings AS f
                          WHERE f.subject_type = 'account' AND f.platform = a.platform AND f.subject_id = a.account_id)
          AND NOT EXISTS (SELECT 1 FROM collected_mentions AS m
                          WHERE m.platform = a.platform AND m.author_id = a.account_id)
        """,
        {"accounts_before": cutoffs["accounts_before"]},
    )
    con.execute(
        "CREATE TEMP TABLE purge_emails AS SELECT email_id FROM emails "
        "WHERE (status = 'sent' AND sent_at < $emails_before) "
        "OR (status = 'undeliverable' AND created_at < $emails_before)",
        {"emails_before": cutoffs["emails_before"]},
    )
    deleted["email_deliveries"] = _deleted(
        store, "DELETE FROM email_deliveries WHERE email_id IN (SELECT email_id FROM purge_emails)"
    )
    deleted["emails"] = _deleted(store, "DELETE FROM emails WHERE email_id IN (SELECT email_id FROM purge_emails)")
    con.execute("DROP TABLE purge_emails")
    con.execute("DROP TABLE purge_mentions")
    con.execute("DROP TABLE purge_cases")
    return {table: deleted[table] for table in PURGED_TABLES}


CACHE_PREFIX = "cached_"
_OUTBOX_STAMP = re.compile(r"^(\d{8}T\d{6}Z)_")
_REPORT_NAME = re.compile(r"^trustwatch-week-(\d{4}-\d{2}-\d{2})\.html$")


@dataclass(frozen=True)
class DataFolders:
    """The folders where TrustWatch writes files holding personal data (absolute paths)."""

    outbox: Path | None = None
    reports: Path | None = None
    evidence: Path | None = None


def _without_caches(state: Any) -> Any:
    if isinstance(state, dict):
        return {key: _without_caches(value) for key, value in state.items() if not key.startswith(CACHE_PREFIX)}
    if isinstance(state, list):
        return [_without_caches(item) for item in state]
    return state


def _drop_cursor_caches(store: Store) -> int:
    """Remove every `cached_…` entry from every cursor; returns how many cursors held one."""
    dropped = 0
    for source, text in store.connection.execute("SELECT source, CAST(state AS VARCHAR) FROM cursors").fetchall():
        state = json.loads(text)
        kept = _without_caches(state)
        if kept != state:
            store.connection.execute(
                "UPDATE cursors SET state = CAST(? AS JSON) WHERE source = ?",
                [json.dumps(kept, ensure_ascii=False, sort_keys=True), source],
            )
            dropped += 1
    return dropped


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def _expired_outbox(folder: Path, before: datetime) -> Iterator[Path]:
    for path in folder.glob("*.eml"):
        stamp = _OUTBOX_STAMP.match(path.name)
        written = datetime.strptime(stamp.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) if stamp else _modified(path)
        if written < before:
            yield path


def _expired_reports(folder: Path, before: datetime) -> Iterator[Path]:
    for path in folder.glob("trustwatch-week-*.html"):
        named = _REPORT_NAME.match(path.name)
        if named and date.fromisoformat(named.group(1)) < before.date():
            yield path


def _expired_evidence(store: Store, folder: Path, before: datetime, purged_takedowns: set[str]) -> Iterator[Path]:
    live = {row[0] for row in store.connection.execute("SELECT takedown_id FROM takedowns").fetchall()}
    for path in folder.iterdir():
        if not path.is_dir() or path.name in live:
            continue
        newest = max((_modified(item) for item in path.rglob("*")), default=_modified(path))
        if path.name in purged_takedowns or newest < before:
            yield path


def _expired_exports(store: Store, before: datetime) -> Iterator[Path]:
    rows = store.connection.execute("SELECT file, exported_at FROM exports WHERE window_since < ?", [before]).fetchall()
    for file, exported_at in rows:
        path = Path(file)
        # Only the file that export wrote: one written over it later is not ours to delete.
        if path.is_file() and _modified(path) <= exported_at + timedelta(minutes=5):
            yield path


def _delete_expired_files(
    store: Store, policy: RetentionPolicy, folders: DataFolders, purged_takedowns: set[str], *, dry_run: bool
) -> dict[str, int]:
    """Delete (or, for a dry run, count) the files past retention, by kind."""
    found: dict[str, list[Path]] = {
        "outbox": list(_expired_outbox(folders.outbox, policy.emails_before))
        if folders.outbox and folders.outbox.is_dir()
        else [],
        "reports": list(_expired_reports(folders.reports, policy.mentions_before))
        if folders.reports and folders.reports.is_dir()
        else [],
        "evidence": list(_expired_evidence(store, folders.evidence, policy.mentions_before, purged_takedowns))
        if folders.evidence and folders.evidence.is_dir()
        else [],
        "exports": list(_expired_exports(store, policy.mentions_before)),
    }
    if not dry_run:
        for paths in found.values():
            for path in paths:
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
    return {kind: len(paths) for kind, paths in found.items()}


def _file_bytes(store: Store) -> int | None:
    try:
        return store.path.stat().st_size
    except OSError:
        return None


def purge_expired(
    store: Store,
    policy: RetentionPolicy,
    *,
    actor: str,
    dry_run: bool = False,
    flow_run_id: str | None = None,
    folders: DataFolders | None = None,
) -> PurgeReport:
    """Delete what the policy says has expired, in one transaction with its `purges` audit row, then
    rewrite the database file so that nothing deleted can be read back from it.

    Rows, cursor caches and (when `folders` are given) files past retention go. A dry run makes the
    same deletions in the database and rolls them back, and only counts the files, so the figures
    it reports are exactly what a purge would delete at that moment; it changes nothing and leaves
    no audit row.
    """
    actor = actor.strip()
    if not actor:
        raise ValueError("actor: say who is running the purge (a name or username)")
    cutoffs = policy.cutoffs()
    bytes_before = _file_bytes(store)
    con = store.connection
    con.execute("BEGIN TRANSACTION")
    try:
        takedowns_before = {row[0] for row in con.execute("SELECT takedown_id FROM takedowns").fetchall()}
        deleted = _delete_expired(store, policy)
        caches = _drop_cursor_caches(store)
        purged_takedowns = takedowns_before - {
            row[0] for row in con.execute("SELECT takedown_id FROM takedowns").fetchall()
        }
        files = _delete_expired_files(store, policy, folders or DataFolders(), purged_takedowns, dry_run=dry_run)
        if dry_run:
            con.execute("ROLLBACK")
            return PurgeReport(
                dry_run=True,
                actor=actor,
                purged_at=policy.now,
                cutoffs=cutoffs,
                rows_deleted=deleted,
                file_bytes_before=bytes_before,
                flow_run_id=flow_run_id,
                files_deleted=files,
                cursor_caches_dropped=caches,
            )
        # The audit counts what went besides rows under names that say what they are.
        audited = {
            **deleted,
            **({"cursors.cached_responses": caches} if caches else {}),
            **{f"files.{kind}": count for kind, count in files.items() if count},
        }
        purge_id = uuid.uuid4().hex
        con.execute(
            "INSERT INTO purges VALUES (?, ?, ?, ?, ?, ?, ?, ?, MAP(?::VARCHAR[], ?::BIGINT[]), ?)",
            [
                purge_id,
                actor,
                policy.now,
                cutoffs["mentions_before"],
                cutoffs["accounts_before"],
                cutoffs["emails_before"],
                cutoffs["cases_resolved_before"],
                json.dumps(policy.settings.model_dump(), sort_keys=True),
                list(audited),
                list(audited.values()),
                flow_run_id,
            ],
        )
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    store.rewrite()
    if replica_path(store.path).exists():
        # The read replica is a byte copy of the old file, deleted rows and all.
        store.publish_read_replica()
    log.info("purge %s by %s deleted %d rows and %d files", purge_id, actor, sum(deleted.values()), sum(files.values()))
    return PurgeReport(
        dry_run=False,
        actor=actor,
        purged_at=policy.now,
        cutoffs=cutoffs,
        rows_deleted=deleted,
        purge_id=purge_id,
        file_bytes_before=bytes_before,
        file_bytes_after=_file_bytes(store),
        flow_run_id=flow_run_id,
        files_deleted=files,
        cursor_caches_dropped=caches,
    )
