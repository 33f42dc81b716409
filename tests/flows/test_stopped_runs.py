"""A run told to stop (Ctrl-C, kill, Prefect cancelling it) while DuckDB is busy says it was stopped."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import flows.monitor
from flows.monitor import monitor_window
from flows.tasks import describe_error
from storage.store import StoppedBySignal, Store
from tests.support.signals import LONG_STATEMENT, ONE_THREAD, signalled_while_running
from trustwatch.records import Window
from trustwatch.settings import Settings

WINDOW = Window(since=datetime(2026, 10, 4, tzinfo=UTC), until=datetime(2026, 10, 5, tzinfo=UTC))


def settings(tmp_path: Path) -> Settings:
    return Settings.model_validate(
        {
            "trust": {"name": "Kingsmere Valley Hospitals NHS Foundation Trust"},
            "alerts": {
                "team_inbox": "comms@kingsmerevalley.nhs.uk",
                "sender": "trustwatch@kingsmerevalley.nhs.uk",
                "transport": "outbox",
                "outbox_dir": str(tmp_path / "outbox"),
            },
            "storage": {"path": str(tmp_path / "tw.duckdb")},
        }
    )


def test_a_run_stopped_mid_statement_is_recorded_and_ends_as_stopped_not_as_a_database_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def filing_cases_when_the_signal_comes(_settings: Settings, store: Store, *args: Any) -> None:
        store.connection.execute(ONE_THREAD)
        with signalled_while_running():
            store.fetch_dicts(LONG_STATEMENT)

    monkeypatch.setattr(flows.monitor, "_monitor", filing_cases_when_the_signal_comes)
    with Store.open(tmp_path / "tw.duckdb") as store:
        with pytest.raises(StoppedBySignal) as stopped:
            monitor_window(settings(tmp_path), store, [], WINDOW, flow_name="backfill")
        run = store.fetch_dicts("SELECT status, error FROM runs")
    assert isinstance(stopped.value, KeyboardInterrupt)
    assert [row["status"] for row in run] == ["failed"]
    assert run[0]["error"].startswith("stopped by a signal"), run[0]["error"]
    assert "Query interrupted" not in run[0]["error"]
    notice = next((tmp_path / "outbox").glob("*.eml")).read_text(encoding="utf-8")
    assert "stopped by a signal" in notice


def test_an_ordinary_error_is_still_described_by_its_type_and_message() -> None:
    assert describe_error(RuntimeError("disk on fire")) == "RuntimeError: disk on fire"
