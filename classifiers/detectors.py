"""Detectors turn what a run landed into findings: things a person at the Trust must look at.

A finding's id is derived from its kind and subject, so detecting the same thing again (a re-run, a
backfill, an overlapping window) refreshes the one finding instead of creating another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from trustwatch.records import Finding, Severity, SubjectType, Window

DETECTOR = "trustwatch.detectors"


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
                evidence={
                    "source": row.get("source"),
                    "url": row.get("url"),
                    "published_at": row["published_at"].isoformat() if row.get("published_at") else None,
                    "model": row.get("sentiment_model"),
                    "model_version": row.get("model_version"),
                },
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
