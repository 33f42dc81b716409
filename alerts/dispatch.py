"""Dispatch: turn alerts into emails, queue them in DuckDB, then send every queued email.

Queue first, send second: if the mail server is down the email stays queued and the next run sends
it, so nothing is lost; an email is marked sent only after the server accepted it, so nothing is
sent twice (short of a crash between the two, when at-least-once is the safer side to err on).

Urgent alerts (safeguarding, patient identifiers, impersonation) get an email each, at the end of the
run that found them. The rest wait for the next digest: one email per recipient listing everything
routed to them, so PALS sees complaints and the team inbox sees everything, once a day.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

from alerts.chat import case_url, post_urgent_case
from alerts.email import (
    AlertItem,
    DeliveryError,
    Mailer,
    build_mailer,
    compose_digest,
    compose_notice,
    message_bytes,
    parse_message,
    platform_name,
)
from alerts.routing import guidance_for, is_urgent, noun
from classifiers.staff.directory import StaffDirectory, load_staff_directory
from classifiers.staff.linking import describe_match
from storage.cases import case_id_for
from storage.store import DeadLetter, Store
from trustwatch.records import Mention, Severity, Window, stable_id, utc_now
from trustwatch.settings import Settings

log = logging.getLogger(__name__)

# A recipient refused for now is tried this many times (about two days at the longest wait) before
# its email is dead-lettered and the team is told.
MAX_DELIVERY_ATTEMPTS = 12
FIRST_RETRY_WAIT = timedelta(minutes=5)
LONGEST_RETRY_WAIT = timedelta(hours=6)


@dataclass(frozen=True)
class DispatchResult:
    """What dispatching did in one run."""

    alerts_raised: int
    emails_queued: int
    emails_sent: int
    error: str | None = None
    dead_letters: int = 0


def _json_field(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        loaded = json.loads(value)
        return loaded if isinstance(loaded, dict) else {}
    return dict(value or {})


def _post_as_read(row: Mapping[str, Any]) -> str:
    # The detectors' reading of a post (title, a line break, then the text): match offsets refer to it.
    title, text = row.get("title") or "", row.get("text") or ""
    return f"{title}\n{text}" if title and not text.startswith(title) else text


def _mention_from_row(row: Mapping[str, Any]) -> Mention:
    fields = {key: row[key] for key in Mention.model_fields if key in row and key != "raw"}
    return Mention.model_validate({**fields, "raw": {}})


def _staff_lines(
    evidence: Mapping[str, Any], directory: StaffDirectory | None, post: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Who is named, as (post-derived lines, the Trust's own lines), looked up only when the email is written.

    One candidate: the colleague and their line manager. Several: "a member of staff called Louise
    (14 in the directory; 2 in the crisis team)", and, when only a few remain, each of them with their
    manager, marked as possible; never one of them as the person named. None: "names a member of
    staff not found in the directory".
    """
    from_post: list[tuple[str, str]] = []
    trust: list[tuple[str, str]] = []
    matches = [match for match in evidence.get("matches") or [] if isinstance(match, Mapping)]
    for match in matches:
        start, end = match.get("start"), match.get("end")
        surface = post[start:end] if isinstance(start, int) and isinstance(end, int) else None
        candidates = [str(staff_id) for staff_id in match.get("candidates") or []]
        if len(candidates) != 1:
            from_post.append(("Staff named", describe_match(match, surface, directory)))
            if 1 < len(candidates) <= _POSSIBLE_COLLEAGUES:
                trust += [("Could be", _who(directory, staff_id)) for staff_id in candidates]
            continue
        trust += _named(directory, candidates[0])
    if not matches:
        trust += [line for staff_id in evidence.get("staff_ids", []) for line in _named(directory, str(staff_id))]
    if any(match.get("ambiguous") for match in matches):
        from_post.append(("Note", "The name fits more than one colleague: check who is meant before contacting anyone"))
    return from_post, trust


# An ambiguous name lists its candidates and their managers only when this few remain.
_POSSIBLE_COLLEAGUES = 3


def _named(directory: StaffDirectory | None, staff_id: str) -> list[tuple[str, str]]:
    """The colleague a post names, and their line manager on a line of its own."""
    member = directory.get(staff_id) if directory else None
    if member is None:
        return [("Staff named", f"staff id {staff_id}")]
    role = ", ".join(part for part in (member.role, member.department) if part)
    lines = [("Staff named", member.display_name + (f" ({role})" if role else ""))]
    if member.line_manager_email:
        lines.append(("Line manager", member.line_manager_email))
    return lines


def _who(directory: StaffDirectory | None, staff_id: str) -> str:
    member = directory.get(staff_id) if directory else None
    if member is None:
        return f"staff id {staff_id}"
    role = ", ".join(part for part in (member.role, member.department) if part)
    who = member.display_name + (f" ({role})" if role else "")
    return who + (f"; line manager {member.line_manager_email}" if member.line_manager_email else "")


def alert_item(row: Mapping[str, Any], settings: Settings, directory: StaffDirectory | None) -> AlertItem:
    """The email entry for one alert, whatever kind of finding raised it, naming its case and linking to it."""
    item = _alert_item(row, settings, directory)
    case_id = case_id_for(row["subject_type"], row["platform"], row["subject_id"])
    return AlertItem(**{**_as_dict(item), "case_id": case_id, "case_url": case_url(settings, case_id)})


def _alert_item(row: Mapping[str, Any], settings: Settings, directory: StaffDirectory | None) -> AlertItem:
    kind = row["reason"]
    severity = Severity(row["severity"])
    evidence = _json_field(row.get("evidence"))
    guidance = guidance_for(kind, settings.alerts)
    extra: list[tuple[str, str]] = []
    trust: list[tuple[str, str]] = [("What to do", guidance)] if guidance else []
    if kind == "staff_named":
        post = _post_as_read(row)
        from_post, own = _staff_lines(evidence, directory, post)
        extra += from_post
        trust += own
    if row["subject_type"] == "mention" and row.get("native_id") is not None:
        mention = _mention_from_row(row)
        if kind == "negative_mention":
            item = AlertItem.for_negative_mention(
                mention,
                score=float(row["score"] or 0.0),
                alert_id=row["alert_id"],
                threshold=settings.alerts.negative_threshold,
                severity=severity,
            )
        else:
            item = AlertItem(
                alert_id=row["alert_id"],
                title=mention.title or f"{noun(kind).capitalize()} on {platform_name(mention.platform)}",
                severity=severity,
                reason=row["summary"],
                platform=mention.platform,
                link=mention.url,
                author=mention.author_handle or mention.author_name,
                occurred_at=mention.published_at,
                score_label=kind.replace("_", " ") if row.get("score") is not None else None,
                score=row.get("score"),
                excerpt=mention.text,
                evidence=(("Source", mention.source), ("Kind", mention.kind)),
            )
        return AlertItem(**{**_as_dict(item), "evidence": (*item.evidence, *extra), "trust_details": tuple(trust)})
    if row["subject_type"] == "account":
        from alerts.takedown import impersonation_alert_item

        item = impersonation_alert_item(row, row["alert_id"])
        return AlertItem(**{**_as_dict(item), "evidence": (*item.evidence, *extra), "trust_details": tuple(trust)})
    return AlertItem(
        alert_id=row["alert_id"],
        title=row["summary"],
        severity=severity,
        reason=row["summary"],
        platform=row["platform"],
        evidence=(
            *((str(key), str(value)) for key, value in evidence.items() if value is not None and key != "source"),
            *extra,
        ),
        trust_details=tuple(trust),
    )


def _as_dict(item: AlertItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in AlertItem.__dataclass_fields__}


def staff_directory_for(settings: Settings) -> StaffDirectory | None:
    """The staff directory, when one is configured (to name staff and their managers in alerts)."""
    if settings.staff is None:
        return None
    return load_staff_directory(settings.resolve(settings.staff.directory), settings.staff.column_map or None)


def dispatch_alerts(
    store: Store,
    settings: Settings,
    *,
    run_id: str,
    window: Window,
    alerts_raised: int,
    urgent_only: bool = False,
    mailer: Mailer | None = None,
) -> DispatchResult:
    """Email every alert not yet emailed: urgent ones one by one, the rest (unless `urgent_only`) in digests."""
    pending = store.pending_alerts()
    directory = staff_directory_for(settings) if any(r["reason"] == "staff_named" for r in pending) else None
    queued = 0
    digests: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    # (case id, kind, platform) of each urgent alert, posted to the chat channel once its email is queued.
    urgent_cases: list[tuple[str, str, str]] = []
    # Queued in one commit: a backfill day can queue hundreds of urgent emails. Sending below still
    # commits each email's state on its own.
    with store.transaction():
        for row in pending:
            if row["reason"] == "update":
                queued += _queue_update(store, settings, run_id, window, row, directory)
            elif is_urgent(row["reason"], row["severity"], settings.alerts):
                item = alert_item(row, settings, directory)
                heading = f"URGENT {noun(row['reason'])}: {item.title}"
                queued += _queue(
                    store, settings, run_id, window, [item], row["recipients"], heading=heading, priority=0
                )
                urgent_cases.append((item.case_id or "", row["reason"], item.platform))
            elif not urgent_only:
                for recipient in row["recipients"]:
                    digests[recipient].append(row)
        for recipient, rows in digests.items():
            items = [alert_item(row, settings, directory) for row in rows]
            kinds = {row["reason"] for row in rows}
            heading = (
                f"{len(items)} {noun(kinds.pop(), len(items))} of {settings.trust.name}"
                if len(kinds) == 1
                else f"{len(items)} alerts for {settings.trust.name}"
            )
            queued += _queue(store, settings, run_id, window, items, [recipient], heading=heading)
    for case_id, kind, platform in urgent_cases:
        post_urgent_case(settings, case_id=case_id, kind=kind, platform=platform)
    mailer = mailer or build_mailer(settings)
    sent, error = send_queued(store, mailer)
    dead = report_dead_letters(store, settings, run_id=run_id)
    if dead:
        more, error = send_queued(store, mailer)
        sent += more
        undelivered = (
            f"{len(dead)} alert email deliveries could not be made and were reported to {settings.alerts.team_inbox}"
        )
        error = f"{error}; {undelivered}" if error else undelivered
    return DispatchResult(
        alerts_raised=alerts_raised, emails_queued=queued, emails_sent=sent, error=error, dead_letters=len(dead)
    )


def report_dead_letters(store: Store, settings: Settings, *, run_id: str) -> list[DeadLetter]:
    """Tell the team inbox, once, about every delivery that failed for good since the last report.

    The notice names what could not be delivered and to whom, and says to read those alerts in
    TrustWatch and fix the address. When the team inbox itself is the dead address the notice is
    still queued (it may reach a colleague on the same list once fixed) and the run is marked partial.
    """
    dead = store.dead_letters(unreported_only=True)
    if not dead:
        return []
    paragraphs = [
        f"{len(dead)} alert email {'delivery' if len(dead) == 1 else 'deliveries'} could not be made and will "
        "not be retried. Read these alerts in TrustWatch (trustwatch alerts list) and correct the address in the "
        "configuration:",
        *(f"{letter.subject} to {letter.recipient}: {letter.last_error or 'refused'}" for letter in dead),
    ]
    message = compose_notice(settings.alerts, heading="Alert emails could not be delivered", paragraphs=paragraphs)
    queue_message(
        store,
        message,
        email_id=stable_id("dead-letters", *(f"{letter.email_id}/{letter.recipient}" for letter in dead)),
        recipients=[settings.alerts.team_inbox],
        run_id=run_id,
        priority=0,
    )
    store.mark_dead_letters_reported(dead)
    return dead


def _queue_update(
    store: Store,
    settings: Settings,
    run_id: str,
    window: Window,
    row: Mapping[str, Any],
    directory: StaffDirectory | None,
) -> int:
    """An update about something already alerted, threaded onto the first email (In-Reply-To, "Re:")."""
    kind = row["finding_kind"]
    item = alert_item({**row, "reason": kind}, settings, directory)
    item = AlertItem(**{**_as_dict(item), "reason": f"Changed since the first alert: {item.reason}"})
    first = store.first_email(row["finding_id"])
    subject = None if first is None else ("Re: " + first[1].removeprefix("Re: "))
    return _queue(
        store,
        settings,
        run_id,
        window,
        [item],
        row["recipients"],
        heading=f"Update: {noun(kind)}: {item.title}",
        subject=subject,
        references=[first[0]] if first else [],
    )


def _queue(
    store: Store,
    settings: Settings,
    run_id: str,
    window: Window,
    items: Sequence[AlertItem],
    recipients: Sequence[str],
    *,
    heading: str,
    subject: str | None = None,
    references: Sequence[str] = (),
    priority: int = 1,
) -> int:
    message = compose_digest(
        settings.trust.name,
        settings.alerts,
        items,
        window,
        heading=heading,
        subject=subject,
        references=references,
        recipients=recipients,
        hospital_number_pattern=settings.privacy.hospital_number_pattern,
    )
    alert_ids = sorted(item.alert_id for item in items)
    queue_message(
        store,
        message,
        email_id=stable_id("email", run_id, *recipients, *alert_ids),
        recipients=recipients,
        run_id=run_id,
        alert_ids=alert_ids,
        priority=priority,
    )
    return 1


def queue_message(
    store: Store,
    message: EmailMessage,
    *,
    email_id: str,
    recipients: Sequence[str],
    run_id: str,
    alert_ids: Sequence[str] = (),
    priority: int = 1,
) -> None:
    """Put a composed email in the queue `send_queued` empties, marking `alert_ids` as emailed by it."""
    store.queue_email(
        priority=priority,
        email_id=email_id,
        message_id=str(message["Message-ID"]),
        subject=str(message["Subject"]),
        recipients=list(recipients),
        message=message_bytes(message),
        alert_ids=list(alert_ids),
        run_id=run_id,
    )


def queue_message_once(
    store: Store,
    compose: Callable[[], EmailMessage],
    *,
    email_id: str,
    recipients: Sequence[str],
    run_id: str,
    priority: int = 1,
) -> str | None:
    """Queue the email `compose` builds unless one with `email_id` was queued before.

    Returns None when this call queued it, else the earlier email's status ("queued", "sent"):
    deriving `email_id` from what the email is about (a week, a day's reminders) is what stops a
    re-run from emailing the same thing twice. `compose` is only called when the email is new.
    """
    earlier = store.email_status(email_id)
    if earlier is not None:
        return earlier
    queue_message(store, compose(), email_id=email_id, recipients=recipients, run_id=run_id, priority=priority)
    return None


def send_queued(store: Store, mailer: Mailer, *, now: datetime | None = None) -> tuple[int, str | None]:
    """Send every email due now, urgent first; each recipient is delivered, retried or dead-lettered on its own.

    A recipient the server refuses for good (5xx) is dead-lettered at once; one refused for now (4xx)
    is retried with a growing wait and dead-lettered after `MAX_DELIVERY_ATTEMPTS`. Neither holds
    back anyone else's email. A failure that is not one recipient's (server down, login refused)
    stops this send: the rest wait for the next run, in order. Returns (emails sent, the error).
    """
    now = now or utc_now()
    sent = 0
    for email in store.queued_emails(now):
        store.mark_sending(email.email_id, email.recipients)
        try:
            refusals = mailer.send(parse_message(email.message), email.recipients)
        except DeliveryError as error:
            store.mark_retry(email.email_id, email.recipients, str(error), now)
            log.warning("alert email %s not sent (attempt %d): %s", email.email_id, email.attempts + 1, error)
            return sent, f"alert email not sent: {error}"
        refused = {refusal.recipient for refusal in refusals}
        delivered = [recipient for recipient in email.recipients if recipient not in refused]
        if delivered:
            store.mark_delivered(email.email_id, delivered, now)
            sent += 1
        for refusal in refusals:
            if refusal.permanent or email.attempts + 1 >= MAX_DELIVERY_ATTEMPTS:
                store.mark_dead(email.email_id, [refusal.recipient], refusal.detail)
                log.warning(
                    "alert email %s: %s refused for good: %s", email.email_id, refusal.recipient, refusal.detail
                )
            else:
                store.mark_retry(email.email_id, [refusal.recipient], refusal.detail, now + retry_wait(email.attempts))
                log.info("alert email %s: a recipient was refused for now: %s", email.email_id, refusal.detail)
    return sent, None


def retry_wait(attempts: int) -> timedelta:
    """How long a recipient refused for now waits before the next try: 5 minutes, doubling, at most 6 hours."""
    wait: timedelta = FIRST_RETRY_WAIT * 2 ** min(attempts, 16)
    return min(wait, LONGEST_RETRY_WAIT)
