"""Staff steps of the monitor run and the weekly report: takedown drafts and line managers' praise digests.

Not a flow: plain Prefect tasks. `draft_staff_takedowns` runs in `flows/monitor.py` after alerts are
raised (the findings must be stored first), like `flows.impersonation.draft_takedowns`;
`send_praise_digests` runs in `flows/report.py` once a week.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NONE

from alerts.dispatch import queue_message_once, send_queued, staff_directory_for
from alerts.email import build_mailer
from alerts.staff_actions import (
    compose_praise_digest,
    praise_by_manager,
    praise_email_id,
    praise_in_week,
    staff_takedown_draft,
    write_staff_evidence_pack,
)
from flows.impersonation import EVIDENCE_DIR
from storage.cases import CaseBook
from storage.store import Store
from trustwatch.records import Finding, Window
from trustwatch.settings import Settings

log = logging.getLogger(__name__)


@task(name="draft-staff-takedowns", cache_policy=NONE)
def draft_staff_takedowns(settings: Settings, store: Store, findings: Sequence[Finding]) -> list[str]:
    """Draft a takedown, with its name-free evidence pack on disk, for each post naming staff that has none.

    Only `staff_named` findings (negative, abusive or patient-identifying posts) are drafted; a post
    already drafted, requested or decided is left alone, and so is a post the platform has deleted.
    Call after the findings are stored (after alerts are raised). Returns the takedown ids drafted.
    """
    wanted = [finding for finding in findings if finding.kind == "staff_named"]
    if not wanted:
        return []
    book = CaseBook(store)
    already = book.findings_with_takedowns([finding.finding_id for finding in wanted])
    directory = staff_directory_for(settings)
    evidence_dir = settings.resolve(EVIDENCE_DIR)
    drafted: list[str] = []
    for finding in wanted:
        if finding.finding_id in already:
            continue
        stored = store.stored_mention(finding.platform, finding.subject_id)
        if stored is None:
            log.warning("staff takedowns: finding %s has no stored post; not drafted", finding.finding_id)
            continue
        mention, first_seen = stored
        if mention.deleted:
            continue
        draft = staff_takedown_draft(
            mention,
            finding,
            settings.trust,
            directory=directory,
            first_seen=first_seen,
            now=finding.detected_at,
            hospital_number_pattern=settings.privacy.hospital_number_pattern,
        )
        write_staff_evidence_pack(draft, evidence_dir)
        drafted.append(
            book.draft_takedown(
                finding.finding_id,
                reason=draft.what_to_report,
                subject_url=mention.url,
                evidence=draft.evidence_pack,
                report_text=draft.report_text,
                form_url=draft.report_url or (draft.route.form_url if draft.route else None),
                takedown_id=draft.draft_id,
                now=finding.detected_at,
            )
        )
        already.add(finding.finding_id)
    if drafted:
        log.info("staff takedowns: %d draft(s) written under %s", len(drafted), evidence_dir)
    return drafted


@task(name="send-praise-digests", cache_policy=NONE)
def send_praise_digests(settings: Settings, store: Store, week: Window) -> int:
    """Queue one praise email per line manager for the posts praising their staff in `week`, then send the queue.

    Each email's id comes from the week and the manager, so a re-run never emails a manager twice
    for the same week. Staff with no line manager in the directory get no email of their own: they
    appear in the weekly report's praise section for the team inbox. Returns the number of digests
    queued by this call (0 on a re-run); a delivery failure leaves them queued for the next send.
    """
    directory = staff_directory_for(settings)
    if directory is None:
        log.info("praise digests: no [staff] directory configured; praise stays in the weekly report")
        return 0
    grouped = praise_by_manager(praise_in_week(store, week), directory)
    run_id = f"staff-praise-{week.since.date().isoformat()}"
    queued = 0
    for manager, posts in grouped.by_manager.items():
        earlier = queue_message_once(
            store,
            functools.partial(compose_praise_digest, settings, manager, posts, week, directory=directory),
            email_id=praise_email_id(week, manager),
            recipients=[manager],
            run_id=run_id,
        )
        queued += earlier is None
    if grouped.unmanaged_staff:
        log.info("praise digests: %d praised staff have no line manager on file", len(grouped.unmanaged_staff))
    sent, error = send_queued(store, build_mailer(settings))
    log.info("praise digests: %d queued for %d managers, %d emails sent", queued, len(grouped.by_manager), sent)
    if error:
        log.warning("praise digests: %s", error)
    return queued
