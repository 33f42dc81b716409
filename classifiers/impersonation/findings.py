"""Findings from verdicts: what the store keeps, keyed so re-seeing an account updates one finding."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from classifiers.impersonation.images import ImageResult, ProfileImage
from classifiers.impersonation.scorer import DETECTOR, AccountVerdict, Verdict
from trustwatch.records import Account, Finding, Severity, SubjectType


def profile_fingerprint(account: Account, image: ImageResult | None = None) -> str:
    """A hash of what the account shows the public: a change means the finding must be updated."""
    shown = {
        "handle": account.handle,
        "display_name": account.display_name,
        "description": account.description,
        "profile_image_url": account.profile_image_url,
        "url": account.url,
        "image_hash": str(image.hash) if isinstance(image, ProfileImage) else None,
    }
    return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()[:16]


FINDING_KINDS = {
    Verdict.IMPERSONATION: ("impersonation", Severity.HIGH),
    Verdict.SUSPICIOUS: ("suspicious_account", Severity.LOW),
    Verdict.PARODY_LABELLED: ("parody_account", Severity.LOW),
}


def impersonation_finding(
    account: Account, verdict: AccountVerdict, now: datetime, image: ImageResult | None = None
) -> Finding | None:
    """The finding to store for a verdict (None for official and unrelated accounts).

    Its id depends only on (kind, platform, account id), so re-seeing the account updates the same
    finding and never re-alerts; `profile_fingerprint` in the evidence shows when the profile changed.
    """
    kind_severity = FINDING_KINDS.get(verdict.verdict)
    if kind_severity is None:
        return None
    kind, severity = kind_severity
    label = f"@{account.handle}" if account.handle else account.account_id
    return Finding(
        kind=kind,
        subject_type=SubjectType.ACCOUNT,
        platform=account.platform,
        subject_id=account.account_id,
        severity=severity,
        score=verdict.score,
        summary=f"{label} on {account.platform}: {verdict.verdict.value} (score {verdict.score:.2f}; "
        f"copies {', '.join(verdict.elements) or 'no identity element'})",
        evidence={
            **verdict.to_dict(),
            "profile_fingerprint": profile_fingerprint(account, image),
            "account": account.model_dump(mode="json", exclude={"raw"}),
        },
        detected_at=now,
        detector=DETECTOR,
    )
