"""The daily monitor: collect every configured source, classify, land in DuckDB, raise alerts, record the run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from prefect import flow, unmapped

from classifiers.model import TextScores
from connectors import ConfiguredSource
from flows.impersonation import draft_takedowns, impersonation_findings, probe_lookalikes, reply_candidates
from flows.runners import as_is, task_runner_from_environment
from flows.staff import draft_staff_takedowns
from flows.tasks import (
    CollectedWindow,
    ScoreKey,
    classify_and_land,
    classify_collected,
    collect_retry_options,
    collect_source,
    describe_error,
    detect_run,
    load_config,
    notify_failed_flow_run,
    notify_unhealthy_run,
    open_store,
    paid_usage,
    publish_run_artifact,
    raise_alerts,
    record_failed_source,
    record_out_of_reach,
    run_status,
    scheduled_or_now,
    source_windows,
    split_by_reach,
)
from storage.store import StoppedBySignal, Store, stopped_by_signal
from trustwatch.records import Cursor, Window, utc_now
from trustwatch.settings import Settings


@dataclass(frozen=True)
class RunReport:
    """What one run did, for the CLI summary and the run artifact."""

    run_id: str
    status: str
    window: Window
    summary: dict[str, Any]


@dataclass(frozen=True)
class CollectedRun:
    """A run's collection stage: each source's window, and what it yielded or the error that stopped it."""

    windows: dict[str, Window]
    # Sources whose catch-up window the platform no longer reaches back to, with what is lost.
    lost: dict[str, str]
    out_of_reach: list[tuple[ConfiguredSource, str]]
    outcomes: list[tuple[ConfiguredSource, CollectedWindow | BaseException]]

    @property
    def collected(self) -> list[CollectedWindow]:
        """The windows that were collected (completely or up to an error)."""
        return [outcome for _, outcome in self.outcomes if isinstance(outcome, CollectedWindow)]

    def cursors_after(self, cursors: Mapping[str, Cursor]) -> dict[str, Cursor]:
        """Each source's cursor once this collection has landed (a source that raised keeps its old one)."""
        after = dict(cursors)
        for window in self.collected:
            if window.cursor is not None:
                after[window.source] = window.cursor
        return after


@flow(
    name="daily-monitor",
    task_runner=task_runner_from_environment(),
    on_failure=[notify_failed_flow_run],
    on_crashed=[notify_failed_flow_run],
)
def daily_monitor(
    since: datetime | None = None,
    until: datetime | None = None,
    config_path: str = "trustwatch.toml",
    only_sources: list[str] | None = None,
    window_hours: float = 24,
    urgent_only: bool = False,
) -> RunReport:
    """Monitor the Trust's mentions for one window (default: the `window_hours` before the scheduled time).

    A run given no `since` (the scheduled daily run) also catches up: each source reaches back to where
    it was last collected completely. `urgent_only` is the hourly sweep: urgent alerts go out at once,
    the rest wait for the daily digest.
    """
    settings, sources = load_config(config_path, only_sources)
    window = (
        Window(since=since, until=until)
        if since and until
        else Window.ending_at(until or scheduled_or_now(), hours=window_hours)
    )
    with open_store(settings) as store:
        return monitor_window(
            settings,
            store,
            sources,
            window,
            flow_name="urgent_sweep" if urgent_only else "daily_monitor",
            urgent_only=urgent_only,
            catch_up=since is None and not urgent_only,
        )


def monitor_window(
    settings: Settings,
    store: Store,
    sources: Sequence[ConfiguredSource],
    window: Window,
    *,
    flow_name: str,
    urgent_only: bool = False,
    catch_up: bool = False,
    collected: CollectedRun | None = None,
    scores: Mapping[ScoreKey, TextScores] | None = None,
) -> RunReport:
    """One run over one window: the mission sentence, step by step.

    A backfill passes the window's `collected` sources and their `scores`, gathered ahead for several
    days at once; a daily run collects and classifies here. A run that dies part-way is recorded as
    failed and the team is told; whatever it landed but did not detect and alert on is picked up by
    the next run.
    """
    run_id = store.start_run(flow_name, window)
    try:
        return _monitor(settings, store, sources, window, run_id, flow_name, urgent_only, catch_up, collected, scores)
    except BaseException as error:
        store.finish_run(run_id, "failed", alerts_raised=0, emails_sent=0, error=describe_error(error))
        notify_unhealthy_run(settings, store, run_id)
        if stopped_by_signal(error):
            # A stop, not a failure: the process ends as interrupted (and a backfill stops), as the
            # signal meant, instead of as a database error.
            raise StoppedBySignal(describe_error(error)) from error
        raise


def collect_run(
    settings: Settings,
    store: Store,
    sources: Sequence[ConfiguredSource],
    window: Window,
    *,
    catch_up: bool = False,
    cursors: Mapping[str, Cursor] | None = None,
) -> CollectedRun:
    """Collect every source that reaches its window, each as a mapped task; `cursors` default to the stored ones."""
    windows, lost = (
        source_windows(store, sources, window, catch_up_days=settings.monitor.catch_up_days, now=utc_now())
        if catch_up
        else ({source.name: window for source in sources}, {})
    )
    reachable, out_of_reach = split_by_reach(sources, windows)
    known = cursors or {}
    start = {source.name: known.get(source.name) or store.load_cursor(source.name) for source in reachable}
    collecting = collect_source.with_options(**collect_retry_options(settings)).map(
        settings=unmapped(settings),
        sources=unmapped(reachable),
        source_name=[source.name for source in reachable],
        window=[windows[source.name] for source in reachable],
        cursor=[start[source.name] for source in reachable],
    )
    # A source that raised after its retries comes back as its exception.
    outcomes: list[tuple[ConfiguredSource, CollectedWindow | BaseException]] = [
        (source, future.result(raise_on_failure=False)) for source, future in zip(reachable, collecting, strict=True)
    ]
    return CollectedRun(windows=windows, lost=lost, out_of_reach=out_of_reach, outcomes=outcomes)


def _monitor(
    settings: Settings,
    store: Store,
    sources: Sequence[ConfiguredSource],
    window: Window,
    run_id: str,
    flow_name: str,
    urgent_only: bool,
    catch_up: bool,
    collected: CollectedRun | None,
    scores: Mapping[ScoreKey, TextScores] | None,
) -> RunReport:
    run = collect_run(settings, store, sources, window, catch_up=catch_up) if collected is None else collected
    record_out_of_reach(store, run_id, run.out_of_reach, run.windows)
    if scores is None:
        scores = classify_collected(settings, store, run.collected)
    for source, outcome in run.outcomes:
        if isinstance(outcome, BaseException):
            record_failed_source(store, run_id, source, outcome, run.windows[source.name])
        else:
            classify_and_land(
                settings, store, run_id, as_is(outcome), note=run.lost.get(source.name), scores=as_is(scores)
            )

    probed = probe_lookalikes(
        settings,
        sources,
        store,
        settings.impersonation.probe_budget,
        run_id=run_id,
        probe_every=timedelta(days=settings.impersonation.probe_every_days),
    )
    findings = detect_run(settings, store, run_id, window)
    findings += impersonation_findings(
        settings,
        store,
        run_id,
        [*probed, *reply_candidates(store, run_id)],
        max_image_fetches=settings.impersonation.max_image_fetches,
    )
    delivery = raise_alerts(settings, store, run_id, window, as_is(findings), urgent_only=urgent_only)
    draft_takedowns(settings, store, as_is(findings))
    draft_staff_takedowns(settings, store, as_is(findings))
    store.mark_detected(run_id)

    status = run_status([row["status"] for row in store.run_summary(run_id)["sources"]])
    if status == "complete" and delivery.error:
        status = "partial"
    store.finish_run(
        run_id, status, alerts_raised=delivery.alerts_raised, emails_sent=delivery.emails_sent, error=delivery.error
    )
    summary = store.run_summary(run_id) | {
        "sentiment": store.sentiment_split(run_id),
        "cost": paid_usage(store, sources, utc_now()),
    }
    publish_run_artifact(summary)
    if status != "complete":
        notify_unhealthy_run(settings, store, run_id)
    return RunReport(run_id=run_id, status=status, window=window, summary=summary)
