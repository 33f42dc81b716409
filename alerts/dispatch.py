"""Dispatch: turn a run's new alerts into emails, queue them in DuckDB, then send every queued email.

Queue first, send second: if the mail server is down the email stays queued and the next run sends
it, so nothing is lost; an email is marked sent only after the server accepted it, so nothing is
sent twice (short of a crash between the two, when at-least-once is the safer side to err on).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from alerts.email import (
    AlertItem,
    DeliveryError,
    Mailer,
    build_mailer,
    compose_digest,
    message_bytes,
    parse_message,
)
from storage.store import Store
from trustwatch.records import Mention, Severity, Window, stable_id
from trustwatch.settings import Settings

log = logging.getLogger(__name__)

# What each kind of finding is called in a digest subject: (one, many).
NOUNS: dict[str, tuple[str, str]] = {
    "negative_mention": ("strongly negative mention", "strongly negative mentions"),
    "quota_exhausted": ("source out of budget", "sources out of budget"),
    "source_broken": ("broken source", "broken sources"),
    "fatal": ("failing source", "failing sources"),
    "error": ("failing source", "failing sources"),
}


@dataclass(frozen=True)
class DispatchResult:
    """What dispatching did in one run."""

    alerts_raised: int
    emails_queued: int
    emails_sent: int
    error: str | None = None


def _mention_from_row(row: dict[str, Any]) -> Mention:
    fields = {key: row[key] for key in Mention.model_fields if key in row}
    fields["raw"] = json.loads(row["raw"]) if isinstance(row.get("raw"), str) else (row.get("raw") or {})
    return Mention.model_validate(fields)


def alert_items(store: Store, alert_ids: Sequence[str], settings: Settings) -> dict[str, list[AlertItem]]:
    """The digest entries for these alerts, grouped by reason."""
    if not alert_ids:
        return {}
    rows = store.fetch_dicts(
        """
        SELECT a.alert_id, a.reason, a.severity, f.subject_type, f.platform, f.subject_id, f.score, f.summary,
               f.evidence, m.* EXCLUDE (platform)
        FROM alerts AS a
        JOIN findings AS f USING (finding_id)
        LEFT JOIN collected_mentions AS m
               ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id
        WHERE list_contains(?, a.alert_id)
        ORDER BY a.reason, f.score DESC NULLS LAST
        """,
        [list(alert_ids)],
    )
    grouped: dict[str, list[AlertItem]] = defaultdict(list)
    for row in rows:
        severity = Severity(row["severity"])
        if row["subject_type"] == "mention" and row.get("native_id") is not None:
            mention = _mention_from_row(row)
            item = AlertItem.for_negative_mention(
                mention,
                score=float(row["score"] or 0.0),
                alert_id=row["alert_id"],
                threshold=settings.alerts.negative_threshold,
                severity=severity,
            )
        else:
            evidence = json.loads(row["evidence"]) if isinstance(row["evidence"], str) else (row["evidence"] or {})
            item = AlertItem(
                alert_id=row["alert_id"],
                title=row["summary"],
                severity=severity,
                reason=row["summary"],
                platform=row["platform"],
                evidence=tuple((str(key), str(value)) for key, value in evidence.items() if value is not None),
            )
        grouped[row["reason"]].append(item)
    return grouped


def dispatch_alerts(
    store: Store,
    settings: Settings,
    *,
    run_id: str,
    window: Window,
    new_alert_ids: Sequence[str],
    mailer: Mailer | None = None,
) -> DispatchResult:
    """Queue one digest per kind of finding for the new alerts, then send everything queued."""
    queued = 0
    for reason, items in alert_items(store, new_alert_ids, settings).items():
        message = compose_digest(
            settings.trust.name,
            settings.alerts,
            items,
            window,
            noun=NOUNS.get(reason, (reason.replace("_", " "), reason.replace("_", " "))),
            hospital_number_pattern=settings.privacy.hospital_number_pattern,
        )
        email_id = stable_id("email", run_id, reason)
        store.queue_email(
            email_id=email_id,
            message_id=str(message["Message-ID"]),
            subject=str(message["Subject"]),
            recipients=[settings.alerts.team_inbox],
            message=message_bytes(message),
            alert_ids=[item.alert_id for item in items],
            run_id=run_id,
        )
        queued += 1
    sent, error = send_queued(store, mailer or build_mailer(settings))
    return DispatchResult(alerts_raised=len(new_alert_ids), emails_queued=queued, emails_sent=sent, error=error)


def send_queued(store: Store, mailer: Mailer) -> tuple[int, str | None]:
    """Send every queued email, oldest first; stop at the first transport failure (the rest wait)."""
    sent = 0
    for email in store.queued_emails():
        try:
            mailer.send(parse_message(email.message))
        except DeliveryError as error:
            store.mark_email_failed(email.email_id, str(error))
            log.warning("alert email %s not sent (attempt %d): %s", email.email_id, email.attempts + 1, error)
            return sent, f"alert email not sent: {error}"
        store.mark_email_sent(email.email_id)
        sent += 1
    return sent, None
