"""Casework: one case per post (or account, or source-day) holding every finding about it, with an
owner, a due time, notes, an audit trail, and the takedown lifecycle.

A finding's case is derived from its subject (`findings.case_id`), so every finding about one post,
in this run or a later one, for one reason or another, joins the same case: one id in emails, the CLI
and the web app. The case takes its severity from its most severe finding, its title from the post,
its due time from its severity, and its reach (followers, engagement, outlet) from the post and its
author; these are recomputed from the `case_facts` view whenever a finding joins. Each change of a
case or a takedown appends a row to `case_events` naming who made it and why: the trail is never
rewritten.

Case status: open → acknowledged → resolved (open → resolved is allowed; a new alert reopens a
resolved case, and so may a person). Takedown status: drafted → requested → removed | refused |
expired; a refused or expired request may be requested again (an appeal, a resubmission), and removed
is final.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

import pyarrow as pa

from storage.store import Store
from trustwatch.errors import TrustWatchError
from trustwatch.records import Finding, stable_id, utc_now

# The actor recorded for changes TrustWatch makes on its own (new alerts, automatic re-checks).
SYSTEM_ACTOR = "trustwatch"

# Requests older than this without a decision are reminded (see `stale_requests`).
STALE_REQUEST_DAYS = 14

_SEVERITY_RANK = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
_MIN_PREFIX = 4

# How long a case may wait for someone to act, by its severity: urgent cases the same morning,
# high the next working day, the rest within the week.
DUE_WITHIN: dict[str, timedelta] = {
    "urgent": timedelta(hours=4),
    "high": timedelta(days=1),
    "normal": timedelta(days=3),
    "low": timedelta(days=7),
}

# The teams a case can be for (`cases.teams`), as the case_facts view assigns them from finding kinds.
TEAMS: dict[str, str] = {
    "communications": "Communications",
    "pals": "PALS",
    "people_experience": "People Experience",
    "safeguarding": "Safeguarding",
    "information_governance": "Information Governance",
}

_SEVERITY_ORDER_SQL = "CASE c.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"


def _due_sql(severity: str) -> str:
    whens = " ".join(f"WHEN '{name}' THEN {int(delay.total_seconds())}" for name, delay in DUE_WITHIN.items())
    return f"to_seconds(CASE {severity} {whens} END)"


_INSERT_CASE_SQL = f"""
    INSERT INTO cases (case_id, subject_type, platform, subject_id, finding_id, kind, kinds, teams, status, severity,
                       title, owner, due_at, followers, engagement, reach, opened_at, updated_at, opened_run_id)
    SELECT f.case_id, f.subject_type, f.platform, f.subject_id, f.finding_id, f.kind, f.kinds, f.teams, 'open',
           f.severity, f.title, NULL, $now + {_due_sql("f.severity")}, f.followers, f.engagement, f.reach, $now, $now,
           $run_id
    FROM case_facts_for($case_ids) AS f
"""

# A case whose severity rises is due sooner (never later than it already was).
_REFRESH_CASES_SQL = f"""
    UPDATE cases SET finding_id = f.finding_id, kind = f.kind, kinds = f.kinds, teams = f.teams,
        severity = f.severity, title = f.title, followers = f.followers, engagement = f.engagement, reach = f.reach,
        due_at = CASE
            WHEN {_SEVERITY_ORDER_SQL.replace("c.severity", "f.severity")}
                 < {_SEVERITY_ORDER_SQL.replace("c.severity", "cases.severity")}
            THEN least(cases.due_at, $now + {_due_sql("f.severity")})
            ELSE cases.due_at END
    FROM case_facts_for($case_ids) AS f
    WHERE f.case_id = cases.case_id AND list_contains($case_ids, cases.case_id)
"""


_EVENT_SCHEMA = pa.schema(
    [
        ("position", pa.int64()),
        ("case_id", pa.string()),
        ("action", pa.string()),
        ("from_status", pa.string()),
        ("to_status", pa.string()),
        ("note", pa.string()),
        ("alert_id", pa.string()),
    ]
)


class CaseStatus(StrEnum):
    """Where a case stands."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class TakedownStatus(StrEnum):
    """Where a takedown request stands."""

    DRAFTED = "drafted"
    REQUESTED = "requested"
    REMOVED = "removed"
    REFUSED = "refused"
    EXPIRED = "expired"


# Which statuses each takedown status may be reached from.
_TAKEDOWN_FROM: dict[TakedownStatus, frozenset[TakedownStatus]] = {
    TakedownStatus.REQUESTED: frozenset({TakedownStatus.DRAFTED, TakedownStatus.REFUSED, TakedownStatus.EXPIRED}),
    # A post can vanish before anyone reports it, so removed is also reachable from drafted.
    TakedownStatus.REMOVED: frozenset({TakedownStatus.DRAFTED, TakedownStatus.REQUESTED}),
    TakedownStatus.REFUSED: frozenset({TakedownStatus.REQUESTED}),
    TakedownStatus.EXPIRED: frozenset({TakedownStatus.REQUESTED}),
}


class CaseError(TrustWatchError):
    """A case or takedown change that cannot be made; the message says which id and why."""


@dataclass(frozen=True)
class CaseIntake:
    """What filing a run's alerts did to the case book."""

    opened: list[str] = field(default_factory=list)
    joined: list[str] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CaseDetail:
    """One case with everything about it, for `trustwatch alerts show` and the web app's case page."""

    case: dict[str, Any]
    finding: dict[str, Any]
    findings: list[dict[str, Any]]
    alerts: list[dict[str, Any]]
    events: list[dict[str, Any]]
    takedowns: list[dict[str, Any]]
    mention: dict[str, Any] | None
    account: dict[str, Any] | None
    author: dict[str, Any] | None = None


@dataclass(frozen=True)
class InboxFilter:
    """Which cases the inbox shows; None means any."""

    statuses: tuple[str, ...] = ("open", "acknowledged")
    kind: str | None = None
    platform: str | None = None
    team: str | None = None
    owner: str | None = None


def case_id_for(subject_type: str, platform: str, subject_id: str) -> str:
    """The case of every finding about this subject (the same derivation as `findings.case_id`)."""
    return stable_id("case", subject_type, platform, subject_id)


def case_of(finding: Finding) -> str:
    """The case a finding belongs to."""
    return case_id_for(str(finding.subject_type), finding.platform, finding.subject_id)


def _actor(actor: str) -> str:
    cleaned = actor.strip()
    if not cleaned:
        raise CaseError("actor: say who made the change (a name or username)")
    return cleaned


def _note(note: str | None) -> str | None:
    return note.strip() or None if note is not None else None


class CaseBook:
    """Cases, their audit trail and takedowns, over a `Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def open_cases_for_alerts(
        self, alert_ids: Sequence[str], run_id: str | None = None, *, now: datetime | None = None
    ) -> CaseIntake:
        """File alerts into cases: the first alert about a subject opens its case, later ones join it.

        A new alert on a resolved case reopens it, since something new was seen about the subject.
        Filing the same alert twice changes nothing.
        """
        if not alert_ids:
            return CaseIntake()
        now = now or utc_now()
        rows = self.store.fetch_dicts(
            """
            SELECT a.alert_id, f.case_id, a.reason, f.finding_id, c.status AS case_status,
                   EXISTS (SELECT 1 FROM case_events AS e WHERE e.case_id = f.case_id AND e.alert_id = a.alert_id)
                       AS filed
            FROM alerts AS a
            JOIN findings AS f USING (finding_id)
            LEFT JOIN cases AS c ON c.case_id = f.case_id
            WHERE list_contains(?, a.alert_id)
            ORDER BY a.created_at, a.alert_id
            """,
            [list(dict.fromkeys(alert_ids))],
        )
        missing = sorted(set(alert_ids) - {row["alert_id"] for row in rows})
        if missing:
            raise CaseError(f"alert_ids: no alert (or no finding for it) with id {', '.join(missing)}")
        opened: list[str] = []
        joined: list[str] = []
        reopened: list[str] = []
        touched: list[str] = []
        events: list[dict[str, Any]] = []
        for row in rows:
            if row["filed"]:
                continue
            case_id = row["case_id"]
            touched.append(case_id)
            status = row["case_status"]
            event = {"case_id": case_id, "alert_id": row["alert_id"], "from_status": None, "to_status": None}
            if status is None and case_id not in opened:
                events.append(event | {"action": "opened", "to_status": "open", "note": None})
                opened.append(case_id)
            elif status == CaseStatus.RESOLVED and case_id not in reopened:
                note = f"new alert: {row['reason']}"
                events.append(
                    event | {"action": "reopened", "from_status": "resolved", "to_status": "open", "note": note}
                )
                reopened.append(case_id)
            else:
                events.append(event | {"action": "alert_added", "note": row["reason"]})
                if case_id not in opened and case_id not in joined:
                    joined.append(case_id)
        # A run files thousands of alerts in a backfill: one statement per kind of change, never one per
        # alert (each insert reads the facts of the cases it names, aggregated from their findings).
        with self.store.transaction() as con:
            if opened:
                con.execute(_INSERT_CASE_SQL, {"case_ids": opened, "now": now, "run_id": run_id})
            if reopened:
                con.execute(
                    "UPDATE cases SET status = 'open', updated_at = ?, resolved_at = NULL, resolved_by = NULL "
                    "WHERE list_contains(?, case_id)",
                    [now, reopened],
                )
            if touched:
                con.execute(
                    "UPDATE cases SET updated_at = ? WHERE list_contains(?, case_id)",
                    [now, list(dict.fromkeys(touched))],
                )
            self._events(con, now, SYSTEM_ACTOR, events)
            self._refresh(con, touched, now)
        return CaseIntake(opened=opened, joined=joined, reopened=reopened)

    @staticmethod
    def _refresh(con: Any, case_ids: Sequence[str], now: datetime) -> None:
        """Recompute what a case takes from its findings and subject (severity, kinds, title, reach, due)."""
        if case_ids:
            con.execute(_REFRESH_CASES_SQL, {"case_ids": list(dict.fromkeys(case_ids)), "now": now})

    def acknowledge(self, case_id: str, actor: str, note: str | None = None, *, now: datetime | None = None) -> None:
        """Someone has seen the case and is dealing with it."""
        self._set_case_status(case_id, CaseStatus.ACKNOWLEDGED, actor, note, now or utc_now())

    def resolve(self, case_id: str, actor: str, note: str | None = None, *, now: datetime | None = None) -> None:
        """The case needs nothing more; the note says what was done."""
        self._set_case_status(case_id, CaseStatus.RESOLVED, actor, note, now or utc_now())

    def reopen(self, case_id: str, actor: str, note: str | None = None, *, now: datetime | None = None) -> None:
        """A resolved case needs work again."""
        self._set_case_status(case_id, CaseStatus.OPEN, actor, note, now or utc_now())

    def acknowledge_many(
        self, case_ids: Sequence[str], actor: str, note: str | None = None, *, now: datetime | None = None
    ) -> list[str]:
        """Acknowledge every open case of `case_ids` in one transaction; returns those acknowledged.

        Cases already acknowledged or resolved are left as they are (someone got there first).
        """
        actor = _actor(actor)
        now = now or utc_now()
        with self.store.transaction() as con:
            rows = con.execute(
                "SELECT case_id FROM cases WHERE list_contains(?, case_id) AND status = 'open' ORDER BY case_id",
                [list(case_ids)],
            ).fetchall()
            done = [str(row[0]) for row in rows]
            if done:
                con.execute(
                    "UPDATE cases SET status = 'acknowledged', updated_at = ?, acknowledged_at = ?, "
                    "acknowledged_by = ? WHERE list_contains(?, case_id)",
                    [now, now, actor, done],
                )
                con.execute(
                    "INSERT INTO case_events (case_id, event_at, actor, action, from_status, to_status, note) "
                    "SELECT unnest(?), ?, ?, 'acknowledged', 'open', 'acknowledged', ?",
                    [done, now, actor, _note(note)],
                )
        return done

    def assign(
        self, case_id: str, owner: str | None, actor: str, note: str | None = None, *, now: datetime | None = None
    ) -> None:
        """Give the case an owner (a username), or take it away with None."""
        actor = _actor(actor)
        owner = owner.strip() or None if owner else None
        now = now or utc_now()
        with self.store.transaction() as con:
            rows = con.execute("SELECT owner FROM cases WHERE case_id = ?", [case_id]).fetchall()
            if not rows:
                raise CaseError(f"case {case_id}: no such case")
            if rows[0][0] == owner:
                return
            con.execute("UPDATE cases SET owner = ?, updated_at = ? WHERE case_id = ?", [owner, now, case_id])
            detail = f"owner {owner}" if owner else "no owner"
            self._event(
                con,
                case_id,
                now,
                actor,
                "assigned",
                None,
                None,
                note=" — ".join(part for part in (detail, _note(note)) if part),
            )

    def add_note(self, case_id: str, actor: str, note: str, *, now: datetime | None = None) -> None:
        """Add a note to the case's history (a call made, a reply posted, advice given)."""
        actor = _actor(actor)
        text = _note(note)
        if not text:
            raise CaseError("note: write something")
        now = now or utc_now()
        with self.store.transaction() as con:
            if not con.execute("SELECT 1 FROM cases WHERE case_id = ?", [case_id]).fetchall():
                raise CaseError(f"case {case_id}: no such case")
            con.execute("UPDATE cases SET updated_at = ? WHERE case_id = ?", [now, case_id])
            self._event(con, case_id, now, actor, "note", None, None, note=text)

    def _set_case_status(self, case_id: str, target: CaseStatus, actor: str, note: str | None, now: datetime) -> None:
        actor = _actor(actor)
        with self.store.transaction() as con:
            rows = con.execute("SELECT status FROM cases WHERE case_id = ?", [case_id]).fetchall()
            if not rows:
                raise CaseError(f"case {case_id}: no such case")
            current = CaseStatus(rows[0][0])
            allowed = {
                CaseStatus.ACKNOWLEDGED: {CaseStatus.OPEN},
                CaseStatus.RESOLVED: {CaseStatus.OPEN, CaseStatus.ACKNOWLEDGED},
                CaseStatus.OPEN: {CaseStatus.RESOLVED},
            }[target]
            if current not in allowed:
                raise CaseError(f"case {case_id}: is {current}, cannot be marked {target}")
            if target is CaseStatus.ACKNOWLEDGED:
                con.execute(
                    "UPDATE cases SET status = ?, updated_at = ?, acknowledged_at = ?, acknowledged_by = ? "
                    "WHERE case_id = ?",
                    [target.value, now, now, actor, case_id],
                )
            elif target is CaseStatus.RESOLVED:
                con.execute(
                    "UPDATE cases SET status = ?, updated_at = ?, resolved_at = ?, resolved_by = ? WHERE case_id = ?",
                    [target.value, now, now, actor, case_id],
                )
            else:
                con.execute(
                    "UPDATE cases SET status = ?, updated_at = ?, resolved_at = NULL, resolved_by = NULL "
                    "WHERE case_id = ?",
                    [target.value, now, case_id],
                )
            action = {CaseStatus.ACKNOWLEDGED: "acknowledged", CaseStatus.RESOLVED: "resolved"}.get(target, "reopened")
            self._event(con, case_id, now, actor, action, current.value, target.value, note=_note(note))

    def draft_takedown(
        self,
        finding_id: str,
        *,
        reason: str,
        subject_url: str | None = None,
        evidence: Mapping[str, Any] | None = None,
        report_text: str | None = None,
        form_url: str | None = None,
        takedown_id: str | None = None,
        actor: str = SYSTEM_ACTOR,
        now: datetime | None = None,
    ) -> str:
        """Draft a takedown request for a finding's subject; returns the takedown id.

        The finding's case is opened if it has none yet. Drafting the same takedown again refreshes a
        draft that has not been requested yet and otherwise leaves it as it is.
        """
        actor = _actor(actor)
        if not reason.strip():
            raise CaseError("reason: say why the item should be taken down")
        now = now or utc_now()
        findings = self.store.fetch_dicts(
            "SELECT finding_id, case_id, platform, subject_type, subject_id FROM findings WHERE finding_id = ?",
            [finding_id],
        )
        if not findings:
            raise CaseError(f"finding {finding_id}: no such finding")
        finding = findings[0]
        case_id = finding["case_id"]
        takedown_id = takedown_id or stable_id("takedown", finding_id)
        evidence_json = json.dumps(dict(evidence or {}), ensure_ascii=False, default=str, sort_keys=True)
        with self.store.transaction() as con:
            if not con.execute("SELECT 1 FROM cases WHERE case_id = ?", [case_id]).fetchall():
                con.execute(_INSERT_CASE_SQL, {"case_ids": [case_id], "now": now, "run_id": None})
                self._event(con, case_id, now, actor, "opened", None, "open", note="opened to draft a takedown")
            existing = con.execute("SELECT status FROM takedowns WHERE takedown_id = ?", [takedown_id]).fetchall()
            if existing and existing[0][0] != TakedownStatus.DRAFTED:
                return takedown_id
            if existing:
                con.execute(
                    "UPDATE takedowns SET subject_url = ?, reason = ?, evidence = ?, report_text = ?, form_url = ?, "
                    "updated_at = ? WHERE takedown_id = ?",
                    [subject_url, reason, evidence_json, report_text, form_url, now, takedown_id],
                )
                self._event(con, case_id, now, actor, "takedown_redrafted", None, None, takedown_id=takedown_id)
                return takedown_id
            con.execute(
                "INSERT INTO takedowns (takedown_id, case_id, finding_id, platform, subject_type, subject_id, "
                "subject_url, reason, status, drafted_at, drafted_by, form_url, report_text, evidence, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'drafted', ?, ?, ?, ?, ?, ?)",
                [
                    takedown_id,
                    case_id,
                    finding_id,
                    finding["platform"],
                    finding["subject_type"],
                    finding["subject_id"],
                    subject_url,
                    reason,
                    now,
                    actor,
                    form_url,
                    report_text,
                    evidence_json,
                    now,
                ],
            )
            con.execute("UPDATE cases SET updated_at = ? WHERE case_id = ?", [now, case_id])
            self._event(
                con, case_id, now, actor, "takedown_drafted", None, "drafted", note=reason, takedown_id=takedown_id
            )
        return takedown_id

    def mark_requested(
        self,
        takedown_id: str,
        actor: str,
        platform_reference: str | None,
        note: str | None = None,
        *,
        at: datetime | None = None,
    ) -> None:
        """The report was submitted to the platform (`at`, default now), with its reference if it gave one."""
        actor = _actor(actor)
        at = at or utc_now()
        reference = platform_reference.strip() or None if platform_reference else None
        with self.store.transaction() as con:
            case_id, current = self._takedown_transition(con, takedown_id, TakedownStatus.REQUESTED)
            con.execute(
                "UPDATE takedowns SET status = 'requested', requested_at = ?, requested_by = ?, "
                "platform_reference = ?, decided_at = NULL, decided_by = NULL, decision_note = NULL, "
                "reminder_sent_at = NULL, reminders_sent = 0, updated_at = ? WHERE takedown_id = ?",
                [at, actor, reference, utc_now(), takedown_id],
            )
            detail = f"platform reference {reference}" if reference else "no platform reference"
            self._event(
                con,
                case_id,
                at,
                actor,
                "takedown_requested",
                current,
                "requested",
                note=" — ".join(part for part in (detail, _note(note)) if part),
                takedown_id=takedown_id,
            )

    def mark_removed(
        self, takedown_id: str, actor: str, note: str | None = None, *, now: datetime | None = None
    ) -> None:
        """The platform took the item down (or it is gone)."""
        self._decide(takedown_id, TakedownStatus.REMOVED, actor, note, now or utc_now())

    def mark_refused(
        self, takedown_id: str, actor: str, note: str | None = None, *, now: datetime | None = None
    ) -> None:
        """The platform declined to take the item down."""
        self._decide(takedown_id, TakedownStatus.REFUSED, actor, note, now or utc_now())

    def mark_expired(
        self, takedown_id: str, actor: str, note: str | None = None, *, now: datetime | None = None
    ) -> None:
        """The request lapsed without a decision (the platform closed it, or comms gave up waiting)."""
        self._decide(takedown_id, TakedownStatus.EXPIRED, actor, note, now or utc_now())

    def _decide(self, takedown_id: str, target: TakedownStatus, actor: str, note: str | None, now: datetime) -> None:
        actor = _actor(actor)
        with self.store.transaction() as con:
            case_id, current = self._takedown_transition(con, takedown_id, target)
            con.execute(
                "UPDATE takedowns SET status = ?, decided_at = ?, decided_by = ?, decision_note = ?, updated_at = ? "
                "WHERE takedown_id = ?",
                [target.value, now, actor, _note(note), now, takedown_id],
            )
            con.execute("UPDATE cases SET updated_at = ? WHERE case_id = ?", [now, case_id])
            self._event(
                con,
                case_id,
                now,
                actor,
                f"takedown_{target.value}",
                current,
                target.value,
                note=_note(note),
                takedown_id=takedown_id,
            )

    def _takedown_transition(self, con: Any, takedown_id: str, target: TakedownStatus) -> tuple[str, str]:
        rows = con.execute("SELECT case_id, status FROM takedowns WHERE takedown_id = ?", [takedown_id]).fetchall()
        if not rows:
            raise CaseError(f"takedown {takedown_id}: no such takedown")
        case_id, current = rows[0]
        if TakedownStatus(current) not in _TAKEDOWN_FROM[target]:
            raise CaseError(f"takedown {takedown_id}: is {current}, cannot be marked {target}")
        return str(case_id), str(current)

    def record_check(self, takedown_id: str, result: str, *, now: datetime | None = None) -> None:
        """Remember when a requested takedown was last re-checked and what the check saw."""
        self.store.connection.execute(
            "UPDATE takedowns SET last_checked_at = ?, last_check_result = ? WHERE takedown_id = ?",
            [now or utc_now(), result, takedown_id],
        )

    def record_reminders(self, takedown_ids: Sequence[str], *, now: datetime | None = None) -> None:
        """Remember that a reminder about these stale requests was queued."""
        if not takedown_ids:
            return
        now = now or utc_now()
        with self.store.transaction() as con:
            con.execute(
                "UPDATE takedowns SET reminder_sent_at = ?, reminders_sent = reminders_sent + 1 "
                "WHERE list_contains(?, takedown_id)",
                [now, list(takedown_ids)],
            )
            con.execute(
                "INSERT INTO case_events (case_id, event_at, actor, action, takedown_id) "
                "SELECT case_id, ?, ?, 'takedown_reminded', takedown_id FROM takedowns "
                "WHERE list_contains(?, takedown_id)",
                [now, SYSTEM_ACTOR, list(takedown_ids)],
            )

    def stale_requests(self, older_than: timedelta, *, now: datetime | None = None) -> list[dict[str, Any]]:
        """Requests with no decision for `older_than` and not reminded within `older_than`, oldest first.

        Reminding again after the same interval keeps a forgotten request in front of comms without
        sending a reminder every day.
        """
        cutoff = (now or utc_now()) - older_than
        return self.store.fetch_dicts(
            "SELECT t.*, c.title AS case_title FROM takedowns AS t JOIN cases AS c USING (case_id) "
            "WHERE t.status = 'requested' AND t.requested_at <= ? "
            "AND (t.reminder_sent_at IS NULL OR t.reminder_sent_at <= ?) ORDER BY t.requested_at, t.takedown_id",
            [cutoff, cutoff],
        )

    def recheck_candidates(self, *, checked_before: datetime | None = None) -> list[dict[str, Any]]:
        """Requested takedowns to ask about (not checked since `checked_before`), least recently checked first."""
        return self.store.fetch_dicts(
            "SELECT takedown_id, case_id, platform, subject_type, subject_id, subject_url, requested_at, "
            "last_checked_at FROM takedowns WHERE status = 'requested' "
            "AND (CAST(? AS TIMESTAMPTZ) IS NULL OR last_checked_at IS NULL OR last_checked_at < ?) "
            "ORDER BY last_checked_at NULLS FIRST, requested_at, takedown_id",
            [checked_before, checked_before],
        )

    def findings_with_takedowns(self, finding_ids: Sequence[str]) -> set[str]:
        """Which of `finding_ids` already have a takedown (drafted or further on)."""
        rows = self.store.fetch_dicts(
            "SELECT DISTINCT finding_id FROM takedowns WHERE list_contains(?, finding_id)", [list(finding_ids)]
        )
        return {row["finding_id"] for row in rows}

    def takedown_for_finding(self, finding_id: str) -> tuple[str, str | None] | None:
        """(status, profile fingerprint of its evidence) of the finding's takedown, or None when it has none."""
        rows = self.store.fetch_dicts(
            "SELECT status, json_extract_string(evidence, '$.profile_fingerprint') AS fingerprint "
            "FROM takedowns WHERE finding_id = ?",
            [finding_id],
        )
        return (rows[0]["status"], rows[0]["fingerprint"]) if rows else None

    def list_cases(
        self, statuses: Sequence[str] | None = None, *, kind: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Cases by priority (most severe, then widest reach, then oldest); `statuses` defaults to every status."""
        wanted = tuple(CaseStatus(status).value for status in statuses) if statuses else tuple(CaseStatus)
        return self.inbox(InboxFilter(statuses=wanted, kind=kind), limit=limit)

    def inbox(self, where: InboxFilter, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """The cases `where` picks, by priority: severity, then reach (followers, outlet, engagement), then age."""
        return self.store.fetch_dicts(
            f"""
            -- Alerts are counted by subject, not by findings.case_id: that column is derived (a hash per
            -- row), and comparing the subject's columns is what keeps this page fast at 100,000 findings.
            SELECT c.case_id, c.status, c.severity, c.kind, c.kinds, c.teams, c.title, c.platform, c.subject_type,
                   c.owner, c.due_at, c.followers, c.engagement, c.reach, c.opened_at, c.updated_at,
                   (SELECT count(*) FROM alerts AS a JOIN findings AS f USING (finding_id)
                    WHERE f.subject_type = c.subject_type AND f.platform = c.platform
                      AND f.subject_id = c.subject_id) AS alerts,
                   (SELECT string_agg(t.status, ', ' ORDER BY t.drafted_at) FROM takedowns AS t
                    WHERE t.case_id = c.case_id) AS takedowns
            FROM (
                SELECT * FROM cases AS c
                WHERE {self._inbox_where()}
                ORDER BY {_SEVERITY_ORDER_SQL}, c.reach DESC, c.opened_at, c.case_id
                LIMIT $limit OFFSET $offset
            ) AS c
            ORDER BY {_SEVERITY_ORDER_SQL}, c.reach DESC, c.opened_at, c.case_id
            """,
            {**self._inbox_parameters(where), "limit": limit, "offset": offset},
        )

    def inbox_count(self, where: InboxFilter) -> int:
        """How many cases `where` picks."""
        return int(
            self.store.scalar(
                f"SELECT count(*) FROM cases AS c WHERE {self._inbox_where()}", self._inbox_parameters(where)
            )
        )

    @staticmethod
    def _inbox_where() -> str:
        return (
            "list_contains($statuses, c.status) AND ($kind IS NULL OR list_contains(c.kinds, $kind)) "
            "AND ($platform IS NULL OR c.platform = $platform) AND ($team IS NULL OR list_contains(c.teams, $team)) "
            "AND ($owner IS NULL OR c.owner = $owner OR ($owner = '' AND c.owner IS NULL))"
        )

    @staticmethod
    def _inbox_parameters(where: InboxFilter) -> dict[str, Any]:
        statuses = [CaseStatus(status).value for status in where.statuses] or [s.value for s in CaseStatus]
        return {
            "statuses": statuses,
            "kind": where.kind,
            "platform": where.platform,
            "team": where.team,
            "owner": where.owner,
        }

    def facets(self) -> dict[str, list[str]]:
        """The kinds, platforms and owners that cases have, for the inbox's filter menus."""
        rows = self.store.fetch_dicts(
            "SELECT (SELECT list_sort(list_distinct(flatten(list(kinds)))) FROM cases) AS kinds, "
            "(SELECT list_sort(list_distinct(list(platform))) FROM cases) AS platforms, "
            "(SELECT list_sort(list_distinct(list(owner))) FROM cases WHERE owner IS NOT NULL) AS owners"
        )
        row = rows[0]
        return {key: list(row[key] or []) for key in ("kinds", "platforms", "owners")}

    def show_case(self, case_id: str) -> CaseDetail:
        """A case with its findings, alerts, audit trail, takedowns and subject (and the post's author)."""
        cases = self.store.fetch_dicts("SELECT * FROM cases WHERE case_id = ?", [case_id])
        if not cases:
            raise CaseError(f"case {case_id}: no such case")
        case = cases[0]
        subject = [case["subject_type"], case["platform"], case["subject_id"]]
        findings = self.store.fetch_dicts(
            "SELECT * EXCLUDE (case_id) FROM findings WHERE subject_type = ? AND platform = ? AND subject_id = ? "
            "ORDER BY CASE severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, "
            "first_detected_at, finding_id",
            subject,
        )
        mention = account = author = None
        if case["subject_type"] == "mention":
            found = self.store.fetch_dicts(
                "SELECT * EXCLUDE (raw) FROM collected_mentions WHERE platform = ? AND native_id = ?",
                [case["platform"], case["subject_id"]],
            )
            mention = found[0] if found else None
            if mention and mention.get("author_id"):
                authors = self.store.fetch_dicts(
                    "SELECT * EXCLUDE (raw) FROM accounts WHERE platform = ? AND account_id = ?",
                    [case["platform"], mention["author_id"]],
                )
                author = authors[0] if authors else None
        elif case["subject_type"] == "account":
            found = self.store.fetch_dicts(
                "SELECT * EXCLUDE (raw) FROM accounts WHERE platform = ? AND account_id = ?",
                [case["platform"], case["subject_id"]],
            )
            account = found[0] if found else None
        primary = next((f for f in findings if f["finding_id"] == case["finding_id"]), findings[0] if findings else {})
        return CaseDetail(
            case=case,
            finding=primary,
            findings=findings,
            alerts=self.store.fetch_dicts(
                "SELECT a.alert_id, a.reason, a.severity, a.created_at, a.email_id FROM alerts AS a "
                "WHERE list_contains(?, a.finding_id) ORDER BY a.created_at, a.alert_id",
                [[f["finding_id"] for f in findings]],
            ),
            events=self.store.fetch_dicts(
                "SELECT event_at, actor, action, from_status, to_status, note, alert_id, takedown_id FROM case_events "
                "WHERE case_id = ? ORDER BY event_number",
                [case_id],
            ),
            takedowns=self.store.fetch_dicts(
                "SELECT * EXCLUDE (evidence) FROM takedowns WHERE case_id = ? ORDER BY drafted_at", [case_id]
            ),
            mention=mention,
            account=account,
            author=author,
        )

    def list_takedowns(self, statuses: Sequence[str] | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
        """Takedowns, newest activity first; `statuses` defaults to every status."""
        wanted = (
            [TakedownStatus(status).value for status in statuses] if statuses else [s.value for s in TakedownStatus]
        )
        return self.store.fetch_dicts(
            "SELECT takedown_id, case_id, platform, subject_url, status, drafted_at, requested_at, requested_by, "
            "platform_reference, decided_at, last_checked_at, last_check_result FROM takedowns "
            "WHERE list_contains(?, status) ORDER BY updated_at DESC, takedown_id LIMIT ?",
            [wanted, limit],
        )

    def find_case(self, reference: str) -> str:
        """The case id that `reference` names: a case id, an alert id, a case id from before cases were merged
        per subject, or a unique prefix of one of these."""
        return self._find(
            reference,
            "SELECT DISTINCT case_id FROM ("
            "SELECT case_id FROM cases WHERE starts_with(case_id, ?) "
            "UNION ALL SELECT case_id FROM case_aliases WHERE starts_with(old_case_id, ?) "
            "UNION ALL SELECT f.case_id FROM alerts AS a JOIN findings AS f USING (finding_id) "
            "JOIN cases AS c ON c.case_id = f.case_id WHERE starts_with(a.alert_id, ?))",
            "case or alert",
        )

    def find_takedown(self, reference: str) -> str:
        """The takedown id that `reference` names: a takedown id or a unique prefix."""
        return self._find(reference, "SELECT takedown_id FROM takedowns WHERE starts_with(takedown_id, ?)", "takedown")

    def _find(self, reference: str, sql: str, what: str) -> str:
        reference = reference.strip().lower()
        if len(reference) < _MIN_PREFIX:
            raise CaseError(f"{reference!r}: give at least {_MIN_PREFIX} characters of the {what} id")
        rows = self.store.connection.execute(sql, [reference] * sql.count("?")).fetchall()
        if not rows:
            raise CaseError(f"{reference!r}: no {what} with that id")
        if len(rows) > 1:
            raise CaseError(f"{reference!r}: matches {len(rows)} {what}s; give more characters")
        return str(rows[0][0])

    @staticmethod
    def _events(con: Any, at: datetime, actor: str, events: Sequence[Mapping[str, Any]]) -> None:
        """Append `events` to the trail in one insert, numbered in the order given."""
        if not events:
            return
        staged = pa.Table.from_pylist(
            [{"position": position, **event} for position, event in enumerate(events)], schema=_EVENT_SCHEMA
        )
        con.register("staged_case_events", staged)
        try:
            con.execute(
                "INSERT INTO case_events (case_id, event_at, actor, action, from_status, to_status, note, alert_id) "
                "SELECT case_id, $at, $actor, action, from_status, to_status, note, alert_id "
                "FROM staged_case_events ORDER BY position",
                {"at": at, "actor": actor},
            )
        finally:
            con.unregister("staged_case_events")

    @staticmethod
    def _event(
        con: Any,
        case_id: str,
        at: datetime,
        actor: str,
        action: str,
        from_status: str | None,
        to_status: str | None,
        *,
        note: str | None = None,
        alert_id: str | None = None,
        takedown_id: str | None = None,
    ) -> None:
        con.execute(
            "INSERT INTO case_events (case_id, event_at, actor, action, from_status, to_status, note, alert_id, "
            "takedown_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [case_id, at, actor, action, from_status, to_status, note, alert_id, takedown_id],
        )
