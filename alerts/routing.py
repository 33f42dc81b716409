"""Routing: which findings reach which inboxes, how fast, and with what instructions.

The team inbox hears about everything that is alerted; `[[alerts.routes]]` add PALS for complaints,
People Experience for staff named, the safeguarding lead, and so on. Urgent kinds are emailed one by
one at the end of the run that found them; the rest wait for one digest per recipient.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from trustwatch.records import Alert, Finding, Severity
from trustwatch.settings import AlertSettings, Settings

SEVERITY_RANK = {Severity.LOW: 0, Severity.NORMAL: 1, Severity.HIGH: 2, Severity.URGENT: 3}

# What to do, in the policy's terms, when the Trust has not written its own wording in
# `[alerts.guidance]`. Kept short: the email is read on a phone.
DEFAULT_GUIDANCE = {
    "safeguarding": (
        "Possible risk to life, self-harm, abuse or neglect. Contact the safeguarding lead now; if someone is in "
        "immediate danger call 999. Do not reply publicly with details."
    ),
    "patient_identifiers": (
        "This post contains information that could identify a patient. Request removal from the platform today, "
        "tell the Information Governance team, and offer the patient or family contact through PALS."
    ),
    "staff_named": (
        "This post names a member of staff. Tell their line manager today so they can offer support (supervision, "
        "counselling, the staff wellbeing service), and request removal from the platform: a takedown draft is on "
        "the case. Do not name the colleague in any public reply."
    ),
    "complaint": (
        "The author wants something put right. Reply with the PALS contact details and invite them to get in "
        "touch privately; do not discuss their care in public."
    ),
    "impersonation": (
        "An account appears to impersonate the Trust. Check the evidence, then report it through the platform's "
        "impersonation route: a takedown draft and evidence pack are on the case."
    ),
    "abuse": "Abusive post about the Trust or its staff. Consider reporting it to the platform; do not engage.",
    "negative_mention": "Review it and decide whether the Trust should respond.",
    "quota_exhausted": "A source stopped early because its budget is spent: raise the budget or accept the gap.",
    "source_broken": "A source found nothing where it used to: check the page or API before trusting the silence.",
    "fatal": "A source keeps failing (often expired credentials): fix it, or its mentions are not being collected.",
    "error": "A source stopped on an unexpected error: report it to whoever maintains TrustWatch.",
}


def guidance_for(kind: str, alerts: AlertSettings) -> str | None:
    """The Trust's wording for this kind of finding, else TrustWatch's default."""
    return alerts.guidance.get(kind) or DEFAULT_GUIDANCE.get(kind)


def is_urgent(kind: str, severity: Severity | str, alerts: AlertSettings) -> bool:
    """Urgent findings are emailed on their own, at the end of the run that found them."""
    return kind in alerts.urgent_kinds or Severity(severity) == Severity.URGENT


def recipients_for(finding: Finding, alerts: AlertSettings) -> tuple[str, ...]:
    """The team inbox, then everyone a matching route adds (each address once, in order)."""
    addresses = [alerts.team_inbox]
    for route in alerts.routes:
        kind_matches = "*" in route.kinds or finding.kind in route.kinds
        severe_enough = SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[Severity(route.min_severity)]
        if kind_matches and severe_enough:
            addresses += route.recipients
    return tuple(dict.fromkeys(addresses))


def revision_of(finding: Finding) -> str | None:
    """The finding's revision: what changes when its subject changes (see `Finding`)."""
    value = finding.evidence.get("revision") or finding.evidence.get("profile_fingerprint")
    return None if value is None else str(value)


def updates(findings: Sequence[Finding], stored: Mapping[str, str | None], settings: Settings) -> list[Alert]:
    """One "update" alert per finding whose revision changed since it was stored (threaded by dispatch)."""
    alerts = []
    for finding in findings:
        revision = revision_of(finding)
        if finding.finding_id not in stored or revision is None or stored[finding.finding_id] in (None, revision):
            continue
        if finding.kind in settings.alerts.report_only_kinds:
            continue
        alerts.append(
            Alert(
                finding_id=finding.finding_id,
                reason="update",
                recipients=recipients_for(finding, settings.alerts),
                severity=finding.severity,
                revision=revision,
            )
        )
    return alerts


def route(findings: Sequence[Finding], settings: Settings) -> list[Alert]:
    """One alert per finding and reason; report-only kinds (staff praise) raise none.

    The alert id is derived from the finding id and the reason, so the store refuses a second
    alert for the same mention or account for the same reason.
    """
    alerts = settings.alerts
    return [
        Alert(
            finding_id=finding.finding_id,
            reason=finding.kind,
            recipients=recipients_for(finding, alerts),
            severity=finding.severity,
        )
        for finding in findings
        if finding.kind not in alerts.report_only_kinds
    ]
