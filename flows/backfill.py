"""Backfill: re-run any past window, a day at a time, resumable and idempotent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from prefect import flow

from connectors import ConfiguredSource
from flows.monitor import CollectedRun, RunReport, collect_run, monitor_window
from flows.runners import task_runner_from_environment
from flows.tasks import classify_collected, load_config, notify_failed_flow_run, open_store
from storage.store import Store
from trustwatch.memory import release_free_heap
from trustwatch.records import Window
from trustwatch.settings import Settings

# Days collected and classified together before each is landed, detected and alerted as its own run.
# A week of a busy Trust's mentions fills the encoder's batches and fits in memory many times over.
BLOCK_DAYS = 7


@flow(
    name="backfill",
    task_runner=task_runner_from_environment(),
    on_failure=[notify_failed_flow_run],
    on_crashed=[notify_failed_flow_run],
)
def backfill(
    since: datetime,
    until: datetime,
    config_path: str = "trustwatch.toml",
    only_sources: list[str] | None = None,
    redo: bool = False,
    block_days: int = BLOCK_DAYS,
) -> list[RunReport]:
    """Collect, classify, store and alert for a past window, one day per run.

    Days that an earlier backfill already completed for the same sources are skipped, so a crashed
    backfill resumes where it stopped; `redo` runs them again (harmless: every write is an upsert and
    an alert is never raised twice). Sources that cannot reach back that far are recorded as
    out of reach on each day's run, never silently reported as quiet.

    Days go in blocks of `block_days`: each day of a block is collected in turn (each source
    carrying on from its cursor after the day before), every new text of the block is classified
    in one go (spread over the workers when the flow runs on Dask), and then each day is landed,
    detected, alerted and recorded as its own run, exactly as a daily run would do it.
    """
    settings, sources = load_config(config_path, only_sources)
    names = sorted(source.name for source in sources)
    reports = []
    with open_store(settings) as store:
        days = [
            day
            for day in Window(since=since, until=until).days()
            if redo or not store.completed_backfill_day(day, names)
        ]
        for start in range(0, len(days), max(1, block_days)):
            reports += _backfill_block(settings, store, sources, days[start : start + max(1, block_days)])
    return reports


def _backfill_block(
    settings: Settings, store: Store, sources: Sequence[ConfiguredSource], block: Sequence[Window]
) -> list[RunReport]:
    cursors = {source.name: store.load_cursor(source.name) for source in sources}
    collected: list[CollectedRun] = []
    for day in block:
        collected.append(collect_run(settings, store, sources, day, cursors=cursors))
        cursors = collected[-1].cursors_after(cursors)
    scores = classify_collected(settings, store, [window for run in collected for window in run.collected])
    reports = []
    for day in block:
        # A landed day's mentions and raw payloads are not read again: drop them before the next day's run.
        reports.append(
            monitor_window(
                settings, store, sources, day, flow_name="backfill", collected=collected.pop(0), scores=scores
            )
        )
        release_free_heap()
    return reports
