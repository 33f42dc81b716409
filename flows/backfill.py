"""Backfill: re-run any past window, a day at a time, resumable and idempotent."""

from __future__ import annotations

from datetime import datetime

from prefect import flow

from flows.monitor import RunReport, monitor_window
from flows.tasks import load_config, notify_failed_flow_run, open_store
from trustwatch.records import Window


@flow(name="backfill", on_failure=[notify_failed_flow_run], on_crashed=[notify_failed_flow_run])
def backfill(
    since: datetime,
    until: datetime,
    config_path: str = "trustwatch.toml",
    only_sources: list[str] | None = None,
    redo: bool = False,
) -> list[RunReport]:
    """Collect, classify, store and alert for a past window, one day per run.

    Days that an earlier backfill already completed for the same sources are skipped, so a crashed
    backfill resumes where it stopped; `redo` runs them again (harmless: every write is an upsert and
    an alert is never raised twice). Sources that cannot reach back that far are recorded as
    out of reach on each day's run, never silently reported as quiet.
    """
    settings, sources = load_config(config_path, only_sources)
    reports = []
    with open_store(settings) as store:
        for day in Window(since=since, until=until).days():
            names = sorted(source.name for source in sources)
            if not redo and store.completed_backfill_day(day, names):
                continue
            reports.append(monitor_window(settings, store, sources, day, flow_name="backfill"))
    return reports
