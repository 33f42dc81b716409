"""Routing: which findings reach which inbox, for which reason."""

from __future__ import annotations

from collections.abc import Sequence

from trustwatch.records import Alert, Finding
from trustwatch.settings import Settings


def route(findings: Sequence[Finding], settings: Settings) -> list[Alert]:
    """One alert per finding and reason, addressed to the team inbox.

    The alert id is derived from the finding id and the reason, so the store refuses a second
    alert for the same mention or account for the same reason.
    """
    return [
        Alert(
            finding_id=finding.finding_id,
            reason=finding.kind,
            recipients=(settings.alerts.team_inbox,),
            severity=finding.severity,
        )
        for finding in findings
    ]
