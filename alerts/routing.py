"""Routing: which findings reach which inboxes, how fast, and with what instructions.

The team inbox hears about everything that is alerted; `[[alerts.routes]]` add PALS for complaints,
People Experience for staff named, the safeguarding lead, and so on. Urgent kinds are emailed one by
one at the end of the run that found them; the rest wait for one digest per recipient.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from trustwatch.records import Alert, Finding, Severity
from trustwatch.settings import AlertSettings, Settings

SEVERITY_RANK = {Severity.LOW: 0, Severity.NORMAL: 1, Severity.HIGH: 2, Severity.URGENT: 3}


@dataclass(frozen=True)
class KindWording:
    """How alert emails speak of one kind of finding."""

    # Its name in a heading, for one finding and for several ("3 complaints of ...").
    one: str
    many: str
    # What to do, in the policy's terms, when the Trust has not written its own wording in
    # `[alerts.guidance]`. Kept short: the email is read on a phone.
    guidance: str | None = None


KINDS: dict[str, KindWording] = {
    "safeguarding": KindWording(
        one="safeguarding concern",
        many="safeguarding concerns",
        guidance=(
            "Possible risk to life, self-harm, abuse or neglect. Contact the safeguarding lead now; if someone is in "
            "immediate danger call 999. Do not reply publicly with details."
        ),
    ),
    "patient_identifiers": KindWording(
        one="post with patient identifiers",
        many="posts with patient identifiers",
        guidance=(
            "This post contains information that could identify a patient. Request removal from the platform today, "
            "tell the Information Governance team, and offer the patient or family contact through PALS."
        ),
    ),
    "staff_named": KindWording(
        one="post naming staff",
        many="posts naming staff",
        guidance=(
            "This post names a member of staff. Tell their line manager today so they can offer support (supervision, "
            "counselling, the staff wellbeing service), and request removal from the platform: a takedown draft is on "
            "the case. Do not name the colleague in any public reply."
        ),
    ),
    "complaint": KindWording(
        one="complaint",
        many="complaints",
        guidance=(
            "The author wants something put right. Reply with the PALS contact details and invite them to get in "
            "touch privately; do not discuss their care in public."
        ),
    ),
    "impersonation": KindWording(
        one="account impersonating the Trust",
        many="accounts impersonating the Trust",
        guidance=(
            "An account appears to impersonate the Trust. Check the evidence, then report it through the platform's "
            "impersonation route: a takedown draft and evidence pack are on the case."
        ),
    ),
    "suspicious_account": KindWording(
        one="suspicious account",
        many="suspicious accounts",
        guidance=(
            "An account copies part of the Trust's identity (its name, a lookalike handle, its bio or an executive's "
            "name) but not enough to be sure it is an impersonator. Look at the profile today: if it pretends to be "
            "the Trust, report it through the platform's impersonation route and add it to the case; if it is a "
            "genuine partner (the Trust's charity, a union branch), no action is needed."
        ),
    ),
    "parody_account": KindWording(one="parody account", many="parody accounts"),
    "abuse": KindWording(
        one="abusive post",
        many="abusive posts",
        guidance="Abusive post about the Trust or its staff. Consider reporting it to the platform; do not engage.",
    ),
    "negative_mention": KindWording(
        one="strongly negative mention",
        many="strongly negative mentions",
        guidance="Review it and decide whether the Trust should respond.",
    ),
    "volume_spike": KindWording(
        one="volume spike",
        many="volume spikes",
        guidance=(
            "One source is carrying far more mentions than usual: read a sample to see what is driving it before "
            "deciding whether the Trust should say something."
        ),
    ),
    "quota_exhausted": KindWording(
        one="source out of budget",
        many="sources out of budget",
        guidance="A source stopped early because its budget is spent: raise the budget or accept the gap.",
    ),
    "source_broken": KindWording(
        one="broken source",
        many="broken sources",
        guidance="A source found nothing where it used to: check the page or API before trusting the silence.",
    ),
    "fatal": KindWording(
        one="failing source",
        many="failing sources",
        guidance="A source keeps failing (often expired credentials): fix it, or its mentions are not being collected.",
    ),
    "error": KindWording(
        one="failing source",
        many="failing sources",
        guidance="A source stopped on an unexpected error: report it to whoever maintains TrustWatch.",
    ),
}

DEFAULT_GUIDANCE = {kind: wording.guidance for kind, wording in KINDS.items() if wording.guidance}


def noun(kind: str, count: int = 1) -> str:
    """How an email names `count` findings of this kind."""
    wording = KINDS.get(kind)
    if wording is None:
        return kind.replace("_", " ")
    return wording.one if count == 1 else wording.many


def guidance_for(kind: str, alerts: AlertSettings) -> str | None:
    """The Trust's wording for this kind of finding, else TrustWatch's default."""
    return alerts.guidance.get(kind) or DEFAULT_GUIDANCE.get(kind)


def is_urgent(kind: str, severity: Severity | str, alerts: AlertSettings) -> bool:
    """Urgent findings are emailed on their own, at the end of the run that found them."""
    return kind in alerts.urgent_kinds or Severity(severity) == Severity.URGENT


def delivery(kind: str, severity: Severity | str, alerts: AlertSettings) -> str:
    """How a finding of this kind reaches people: "at once", "daily digest" or "not emailed" (reports only)."""
    if kind in alerts.report_only_kinds:
        return "not emailed"
    return "at once" if is_urgent(kind, severity, alerts) else "daily digest"


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
