"""The demo run end to end: the recorded X posts hold impersonators the old detector scored unrelated."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.monitor import daily_monitor
from storage.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]


def test_the_demo_catches_a_fake_chief_executive_the_old_detector_scored_unrelated(
    demo_config: Path, tmp_path: Path
) -> None:
    since, until = datetime(2026, 11, 9, tzinfo=UTC), datetime(2026, 11, 16, tzinfo=UTC)
    summary = daily_monitor(since=since, until=until, config_path=str(demo_config)).summary
    assert summary["status"] == "complete"

    with Store.open(tmp_path / "trustwatch.duckdb") as store:
        rows = store.fetch_dicts("SELECT kind, subject_id, evidence FROM findings WHERE subject_type = 'account'")
    by_handle = {json.loads(row["evidence"])["account"]["handle"]: row for row in rows}
    ceo = by_handle["DrAlexMorrowCEO"]
    assert ceo["kind"] == "impersonation"
    assert "executive" in json.loads(ceo["evidence"])["identity_elements"]
    refund_desk = json.loads(by_handle["PatientSupport_UK"]["evidence"])
    assert any(item["name"] == "invisible_characters" for item in refund_desk["evidence"])
    assert "KingsmereNHS" not in by_handle, "the Trust's own account is never a finding"

    subjects = [path.read_text(encoding="utf-8", errors="replace") for path in (tmp_path / "outbox").glob("*.eml")]
    urgent = [text for text in subjects if "URGENT account impersonating the Trust" in text]
    assert any("DrAlexMorrowCEO" in text for text in urgent) and any("PatientSupport_UK" in text for text in urgent)
    reports = [path.read_text(encoding="utf-8") for path in demo_config.parent.glob("evidence/*/report.txt")]
    assert any("@DrAlexMorrowCEO (https://x.com/DrAlexMorrowCEO)" in report for report in reports)
