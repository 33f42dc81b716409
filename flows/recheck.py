"""The takedown re-check: ask whether each requested item still exists, mark the gone ones removed,
and remind comms about requests the platform has sat on.

The check goes through `connectors.existence`: a page that is gone marks the takedown removed;
anything else leaves it as it is, and on platforms whose pages cannot tell (login walls, app
shells) comms marks the takedown by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NONE

from alerts.dispatch import queue_message_once, send_queued
from alerts.email import AlertItem, build_mailer, compose_digest
from connectors.existence import Existence, ExistenceCheck, ExistenceChecker, HttpExistenceChecker
from connectors.web import open_web_client, redact_url
from storage.cases import STALE_REQUEST_DAYS, SYSTEM_ACTOR, CaseBook
from storage.store import Store
from trustwatch.records import Severity, Window, stable_id, utc_now
from trustwatch.settings import Settings, load_settings

log = logging.getLogger(__name__)

RECHECK_ACTOR = f"{SYSTEM_ACTOR} (re-check)"


@dataclass(frozen=True)
class RecheckReport:
    """What one re-check run did."""

    checked: int
    removed: list[str]
    still_there: int
    unknown: int
    reminded: list[str]
    emails_sent: int
    error: str | None = None


@task(name="recheck-takedowns", cache_policy=NONE)
def recheck_requested(book: CaseBook, checker: ExistenceChecker, now: datetime) -> list[tuple[str, ExistenceCheck]]:
    """Check every requested takedown with a URL; mark the gone ones removed, record every check."""
    results: list[tuple[str, ExistenceCheck]] = []
    for takedown in book.recheck_candidates():
        takedown_id = takedown["takedown_id"]
        if not takedown["subject_url"]:
            result = ExistenceCheck(Existence.UNKNOWN, "no URL on the takedown")
        else:
            result = checker.check(takedown["platform"], takedown["subject_url"])
        book.record_check(takedown_id, f"{result.existence}: {result.detail}", now=now)
        if result.existence is Existence.GONE:
            book.mark_removed(takedown_id, RECHECK_ACTOR, f"the page is gone ({result.detail})", now=now)
        log.info(
            "takedown %s on %s: %s (%s)",
            takedown_id,
            takedown["platform"],
            result.existence,
            redact_url(takedown["subject_url"] or "-"),
        )
        results.append((takedown_id, result))
    return results


@task(name="remind-stale-requests", cache_policy=NONE)
def remind_stale_requests(
    book: CaseBook, settings: Settings, *, older_than: timedelta, now: datetime
) -> tuple[list[str], int, str | None]:
    """Queue one reminder email listing requests undecided for `older_than`, then send the queue."""
    stale = book.stale_requests(older_than, now=now)
    reminded: list[str] = []
    if stale:
        reminded = [row["takedown_id"] for row in stale]
        email_id = stable_id("email", "takedown-reminder", now.date().isoformat(), *reminded)
        queue_message_once(
            book.store,
            lambda: _reminder_email(settings, stale, now),
            email_id=email_id,
            recipients=[settings.alerts.team_inbox],
            run_id=f"takedown-recheck-{now:%Y%m%dT%H%M}",
        )
        book.record_reminders(reminded, now=now)
    sent, error = send_queued(book.store, build_mailer(settings))
    return reminded, sent, error


def _reminder_email(settings: Settings, stale: Sequence[dict[str, Any]], now: datetime) -> EmailMessage:
    items = [
        AlertItem(
            alert_id=row["case_id"],
            title=row["case_title"],
            severity=Severity.NORMAL,
            reason=(
                f"Takedown requested {(now - row['requested_at']).days} days ago with no decision yet: chase the "
                "platform, or record the outcome with `trustwatch takedowns removed|refused`"
            ),
            platform=row["platform"],
            link=row["subject_url"],
            occurred_at=row["requested_at"],
            evidence=(
                ("Takedown", row["takedown_id"]),
                ("Requested by", row["requested_by"] or "unknown"),
                ("Reference", row["platform_reference"] or "none recorded"),
            ),
        )
        for row in stale
    ]
    return compose_digest(
        settings.trust.name,
        settings.alerts,
        items,
        Window(since=min(row["requested_at"] for row in stale), until=now),
        noun=("takedown request waiting for a decision", "takedown requests waiting for a decision"),
        hospital_number_pattern=settings.privacy.hospital_number_pattern,
        sent_at=now,
    )


@flow(name="takedown-recheck")
def takedown_recheck(
    config_path: str = "trustwatch.toml", stale_after_days: float = STALE_REQUEST_DAYS
) -> RecheckReport:
    """Re-check requested takedowns, mark removed ones, remind comms about requests older than `stale_after_days`."""
    settings = load_settings(config_path)
    now = utc_now()
    store = Store.open(
        settings.resolve(settings.storage.path),
        lock_timeout_seconds=settings.storage.lock_timeout_seconds,
        memory_limit=settings.storage.memory_limit,
    )
    with store, open_web_client(settings.http, base_dir=settings.resolve(Path())) as client:
        book = CaseBook(store)
        checker = HttpExistenceChecker(client, max_bytes=settings.http.max_response_bytes)
        results = recheck_requested(book, checker, now)
        reminded, sent, error = remind_stale_requests(
            book, settings, older_than=timedelta(days=stale_after_days), now=now
        )
    report = RecheckReport(
        checked=len(results),
        removed=[takedown_id for takedown_id, result in results if result.existence is Existence.GONE],
        still_there=sum(result.existence is Existence.EXISTS for _, result in results),
        unknown=sum(result.existence is Existence.UNKNOWN for _, result in results),
        reminded=reminded,
        emails_sent=sent,
        error=error,
    )
    _publish(report)
    return report


def _publish(report: RecheckReport) -> None:
    from prefect.artifacts import create_markdown_artifact

    create_markdown_artifact(
        markdown=(
            f"Takedowns re-checked: **{report.checked}**; marked removed: **{len(report.removed)}**; still there: "
            f"{report.still_there}; could not tell: {report.unknown}. Stale requests reminded: "
            f"**{len(report.reminded)}**; emails sent: {report.emails_sent}."
            + (f"\n\nEmail delivery: {report.error}" if report.error else "")
        ),
        key="takedown-recheck-run",
        description="TrustWatch takedown re-check",
    )
