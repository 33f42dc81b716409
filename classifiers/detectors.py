"""Detectors turn what a run landed into findings: things a person at the Trust must look at.

A finding's id is derived from its kind and subject, so detecting the same thing again (a re-run, a
backfill, an overlapping window) refreshes the one finding instead of creating another.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from classifiers.model import text_sha256
from classifiers.pii import PiiKind, find_pii
from classifiers.risk import REVIEW, check_thresholds, risk_labels, safeguarding_tier
from classifiers.staff.linking import StaffDetector
from classifiers.staff.mentions import PersonSpan
from trustwatch.records import Finding, Severity, SubjectType, Window
from trustwatch.settings import TrustProfile

DETECTOR = "trustwatch.detectors"


def _classified_evidence(row: Mapping[str, Any], **extra: Any) -> dict[str, Any]:
    """Where a classified mention is and which model scored it (never its text)."""
    return {
        "source": row.get("source"),
        "url": row.get("url"),
        "published_at": row["published_at"].isoformat() if row.get("published_at") else None,
        **extra,
        "model": row.get("sentiment_model"),
        "model_version": row.get("model_version"),
    }


def negative_mentions(rows: Sequence[Mapping[str, Any]], *, threshold: float) -> list[Finding]:
    """Strongly negative mentions: sentiment negative with probability at least `threshold`."""
    findings = []
    for row in rows:
        negative = row.get("negative")
        if row.get("sentiment") != "negative" or negative is None or negative < threshold:
            continue
        findings.append(
            Finding(
                kind="negative_mention",
                subject_type=SubjectType.MENTION,
                platform=row["platform"],
                subject_id=row["native_id"],
                severity=Severity.NORMAL,
                score=float(negative),
                summary=f"Strongly negative {row.get('kind') or 'mention'} on {row['platform']}",
                evidence=_classified_evidence(row),
                detector=DETECTOR,
            )
        )
    return findings


# How soon each risk needs a person: a safeguarding concern is emailed on its own at once; one on the
# review tier goes to the safeguarding lead's daily digest, to be read that day; abuse is reported to
# the platform the same day; a complaint waits for the digest and a PALS reply.
RISK_FINDINGS: dict[str, tuple[Severity, str]] = {
    "safeguarding": (Severity.URGENT, "Possible safeguarding concern (risk to life, self-harm, abuse or neglect)"),
    REVIEW: (Severity.HIGH, "Safeguarding: please read today (may be a disclosure; below the URGENT threshold)"),
    "abuse": (Severity.HIGH, "Abusive or hateful post"),
    "complaint": (Severity.NORMAL, "Complaint: the author wants something put right"),
}


# A news article is press coverage: the comms team handles it as media (it still reaches them as a
# negative mention), while PALS answers people who complain themselves.
NOT_COMPLAINT_KINDS = frozenset({"article"})


def _extras(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """A row's stored classifier extras (DuckDB hands JSON back as text), {} when there are none."""
    extras = row.get("extras")
    if isinstance(extras, str):
        try:
            extras = json.loads(extras)
        except json.JSONDecodeError as error:
            raise ValueError(f"mention {row.get('platform')}:{row.get('native_id')}: extras is not JSON") from error
    return extras if isinstance(extras, Mapping) else {}


def risk_mentions(rows: Sequence[Mapping[str, Any]], thresholds: Mapping[str, float]) -> list[Finding]:
    """Mentions a risk head flags at or above its threshold: safeguarding (URGENT or review), abuse, complaint.

    Thresholds are the measured defaults overlaid with `[classifier] thresholds`. A safeguarding
    score between the review and URGENT thresholds raises a `safeguarding_review` finding for the
    lead's daily list. A mention classified by a model without risk heads raises nothing (its risks
    are unknown, not absent). News articles raise no complaint finding (see NOT_COMPLAINT_KINDS).
    """
    limits = check_thresholds(thresholds)
    findings = []
    for row in rows:
        for risk, (above, score) in risk_labels(_extras(row), limits).items():
            on_review = risk == "safeguarding" and safeguarding_tier(score, limits) == "review"
            kind = REVIEW if on_review else risk
            if not (above or on_review) or (risk == "complaint" and row.get("kind") in NOT_COMPLAINT_KINDS):
                continue
            severity, summary = RISK_FINDINGS[kind]
            findings.append(
                Finding(
                    kind=kind,
                    subject_type=SubjectType.MENTION,
                    platform=row["platform"],
                    subject_id=row["native_id"],
                    severity=severity,
                    score=round(score, 4),
                    summary=f"{summary} on {row['platform']}",
                    evidence=_classified_evidence(row, threshold=limits[kind]),
                    detector=DETECTOR,
                )
            )
    return findings


SOURCE_PROBLEMS = {
    "quota_exhausted": (Severity.HIGH, "{source}: collection stopped, the budget is spent"),
    "source_broken": (Severity.HIGH, "{source}: the source looks broken (found nothing where it used to find reviews)"),
    "fatal": (Severity.HIGH, "{source}: collection failed and will keep failing until someone fixes it"),
    "error": (Severity.HIGH, "{source}: collection stopped on an unexpected error (a bug or a changed payload)"),
}


def source_problems(source_rows: Sequence[Mapping[str, Any]], window: Window) -> list[Finding]:
    """Sources that need a person: spent budget, broken scraper, rejected credentials.

    One finding per source and day, so a source that stays broken is reported daily, not every
    hourly run; transient failures (retried 429s and timeouts) are recorded on the run only.
    """
    findings = []
    day = window.until.date().isoformat()
    for row in source_rows:
        kind = row.get("error_kind")
        if kind not in SOURCE_PROBLEMS:
            continue
        severity, summary = SOURCE_PROBLEMS[kind]
        findings.append(
            Finding(
                kind=kind,
                subject_type=SubjectType.SOURCE,
                platform=row["source_type"],
                subject_id=f"{row['source']}@{day}",
                severity=severity,
                summary=summary.format(source=row["source"]),
                evidence={"source": row["source"], "error": row.get("error"), "mentions_kept": row.get("mentions")},
                detector=DETECTOR,
            )
        )
    return findings


# A post carrying one of these can identify a patient on its own: act at once.
URGENT_PII = frozenset({"nhs_number", "hospital_number", "date_of_birth"})


def _own_contact_details(trust: TrustProfile) -> tuple[set[str], tuple[str, ...]]:
    phones = {re.sub(r"\D", "", number).removeprefix("44") for number in trust.phone_numbers}
    phones = {number if number.startswith("0") else f"0{number}" for number in phones}
    return phones, tuple(f"@{domain.lower()}" for domain in trust.web_domains)


def patient_identifiers(
    rows: Sequence[Mapping[str, Any]], trust: TrustProfile, *, hospital_number_pattern: str | None = None
) -> list[Finding]:
    """Posts that carry patient-identifiable information (the evidence names the kinds, never the values).

    The Trust's own switchboard numbers and email addresses are not a patient's: a post quoting
    "call PALS on 01632 960000" is not a data incident.
    """
    own_phones, own_domains = _own_contact_details(trust)
    findings = []
    for row in rows:
        text = _full_text(row)
        kinds = set()
        for span in find_pii(text, hospital_number_pattern):
            value = text[span.start : span.end]
            if span.kind == PiiKind.PHONE and _national(value) in own_phones:
                continue
            if span.kind == PiiKind.EMAIL and value.lower().endswith(own_domains):
                continue
            kinds.add(str(span.kind))
        if not kinds:
            continue
        urgent = bool(kinds & URGENT_PII)
        findings.append(
            Finding(
                kind="patient_identifiers",
                subject_type=SubjectType.MENTION,
                platform=row["platform"],
                subject_id=row["native_id"],
                severity=Severity.URGENT if urgent else Severity.HIGH,
                score=None,
                summary="Post contains patient-identifiable information: "
                + ", ".join(PII_NAMES.get(kind, kind) for kind in sorted(kinds)),
                evidence={"kinds": sorted(kinds), "url": row.get("url"), "source": row.get("source")},
                detector=DETECTOR,
            )
        )
    return findings


PII_NAMES = {
    "nhs_number": "NHS number",
    "hospital_number": "hospital number",
    "date_of_birth": "date of birth",
    "postcode": "postcode",
    "phone": "phone number",
    "email": "email address",
}


def _national(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits


def _full_text(row: Mapping[str, Any]) -> str:
    title, text = row.get("title") or "", row.get("text") or ""
    return f"{title}\n{text}" if title and not text.startswith(title) else text


def _stored_person_spans(row: Mapping[str, Any], text: str) -> list[PersonSpan] | None:
    """The person spans the classifier's pass stored for exactly this text, or None (the detector finds them)."""
    stored = _extras(row).get("persons")
    if not isinstance(stored, Mapping) or stored.get("text_sha256") != text_sha256(text):
        return None
    try:
        return [
            PersonSpan(int(start), int(end), float(person), float(staff))
            for start, end, person, staff in stored["spans"]
        ]
    except (KeyError, TypeError, ValueError):
        return None


def staff_named(
    rows: Sequence[Mapping[str, Any]],
    detector: StaffDetector,
    *,
    identifying: set[tuple[str, str]],
    abusive: set[tuple[str, str]],
) -> list[Finding]:
    """Posts naming staff: negative, abusive or identifying ones need support and a takedown request;
    positive ones feed the weekly staff-praise digest.

    Staff are recorded by staff_id only (every candidate of a name that fits several); names are
    looked up in the directory when an email or the report is written, so the directory stays the
    one place that holds them. A name that fits nobody in the directory still raises the finding.
    """
    findings = []
    texts = [_full_text(row) for row in rows]
    known = [_stored_person_spans(row, text) for row, text in zip(rows, texts, strict=True)]
    for row, text, matches in zip(rows, texts, detector.scan_many(texts, known), strict=True):
        if not matches:
            continue
        key = (row["platform"], row["native_id"])
        staff_ids = sorted({staff_id for match in matches for staff_id in match.candidates})
        spans = [match.to_evidence() for match in matches]
        reasons = [
            reason
            for reason, applies in (
                ("negative", row.get("sentiment") == "negative"),
                ("abusive", key in abusive),
                ("identifying", key in identifying),
            )
            if applies
        ]
        confidence = max(match.confidence for match in matches)
        subject = {"subject_type": SubjectType.MENTION, "platform": row["platform"], "subject_id": row["native_id"]}
        if reasons:
            findings.append(
                Finding(
                    kind="staff_named",
                    **subject,
                    severity=Severity.HIGH,
                    score=confidence,
                    summary=f"A {' and '.join(reasons)} post names a member of staff",
                    evidence={"staff_ids": staff_ids, "matches": spans, "reasons": reasons, "url": row.get("url")},
                    detector=DETECTOR,
                )
            )
        elif row.get("sentiment") == "positive":
            findings.append(
                Finding(
                    kind="staff_praise",
                    **subject,
                    severity=Severity.LOW,
                    score=confidence,
                    summary="A positive post names a member of staff",
                    evidence={
                        "staff_ids": staff_ids,
                        "matches": spans,
                        # The post's own words, for the praise digest when no directory is at hand.
                        "surface": text[matches[0].start : matches[0].end],
                        "url": row.get("url"),
                    },
                    detector=DETECTOR,
                )
            )
    return findings


def volume_spikes(
    volumes: Sequence[Mapping[str, Any]],
    window: Window,
    *,
    baseline_days: int = 14,
    factor: float = 3.0,
    min_mentions: int = 5,
) -> list[Finding]:
    """Sources where the last 24 hours carry far more mentions of one sentiment than the trailing baseline.

    A spike is at least `min_mentions` and at least `factor` times the baseline's daily mean (a
    baseline of less than one a day counts as one, so a quiet source needs a real surge). Negative
    spikes are high severity: they are the ones a comms team must get ahead of.
    """
    today: dict[tuple[str, str], int] = {}
    baseline: dict[tuple[str, str], int] = {}
    for row in volumes:
        key = (row["source"], row["sentiment"])
        if row["days_ago"] == 0:
            today[key] = today.get(key, 0) + int(row["mentions"])
        elif 1 <= row["days_ago"] <= baseline_days:
            baseline[key] = baseline.get(key, 0) + int(row["mentions"])
    day = window.until.date().isoformat()
    findings = []
    for (source, sentiment), count in sorted(today.items()):
        mean = baseline.get((source, sentiment), 0) / baseline_days
        if count < min_mentions or count < factor * max(mean, 1.0):
            continue
        findings.append(
            Finding(
                kind="volume_spike",
                subject_type=SubjectType.SOURCE,
                platform=source,
                subject_id=f"{source}:{sentiment}@{day}",
                severity=Severity.HIGH if sentiment == "negative" else Severity.NORMAL,
                score=round(count / max(mean, 1.0), 2),
                summary=f"{count} {sentiment} mentions on {source} in 24 hours, against {mean:.1f} a day before",
                evidence={
                    "source": source,
                    "sentiment": sentiment,
                    "mentions_last_24h": count,
                    f"daily_mean_previous_{baseline_days}_days": round(mean, 2),
                },
                detector=DETECTOR,
            )
        )
    return findings
