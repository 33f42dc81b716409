"""Backfills: day by day, resumable, idempotent, honest about each platform's reach."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.backfill import backfill
from storage.store import Store
from trustwatch.records import parse_utc

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

X_SOURCE = """
[[sources]]
name = "x-search"
type = "x"
access = "basic"
"""


def test_backfill_runs_each_day_once_then_resumes_with_nothing_to_do(demo_config: Path, tmp_path: Path) -> None:
    since, until = parse_utc("2026-11-09"), parse_utc("2026-11-12")
    first = backfill(since=since, until=until, config_path=str(demo_config))
    assert [report.window.since for report in first] == [parse_utc(f"2026-11-{day:02d}") for day in (9, 10, 11)]
    assert all(report.status == "complete" for report in first)
    landed = sum(report.summary["mentions_new"] for report in first)
    assert landed > 0

    assert backfill(since=since, until=until, config_path=str(demo_config)) == []

    redone = backfill(since=since, until=until, config_path=str(demo_config), redo=True)
    assert len(redone) == 3
    assert sum(report.summary["mentions_new"] for report in redone) == 0
    assert sum(report.summary["alerts_raised"] for report in redone) == 0
    with Store.open(tmp_path / "trustwatch.duckdb") as store:
        assert store.count("collected_mentions") == landed


def test_a_source_that_cannot_reach_back_is_reported_not_silent(demo_config: Path, tmp_path: Path) -> None:
    demo_config.write_text(demo_config.read_text(encoding="utf-8") + X_SOURCE, encoding="utf-8")
    reports = backfill(since=parse_utc("2026-11-09"), until=parse_utc("2026-11-10"), config_path=str(demo_config))
    assert len(reports) == 1
    assert reports[0].status == "partial"
    by_source = {row["source"]: row for row in reports[0].summary["sources"]}
    assert by_source["x-search"]["status"] == "out_of_reach"
    assert "can only look back 7 days" in by_source["x-search"]["error"]
    assert by_source["local-news"]["status"] == "complete"
    # Out of reach is final for that day: resuming does not retry it.
    assert backfill(since=parse_utc("2026-11-09"), until=parse_utc("2026-11-10"), config_path=str(demo_config)) == []
