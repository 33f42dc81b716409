"""The daily monitor: collect every configured source, classify, land in DuckDB, raise alerts, record the run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from prefect import flow, unmapped

from connectors import ConfiguredSource
from flows.impersonation import draft_takedowns, impersonation_findings, probe_lookalikes, reply_candidates
from flows.staff import draft_staff_takedowns
from flows.tasks import (
    classify_and_land,
    collect_retry_options,
    collect_source,
    describe_error,
    detect_findings,
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
from storage.store import Store
from trustwatch.records import Window, utc_now
from trustwatch.settings import Settings


@dataclass(frozen=True)
class RunReport:
    """What one run did, for the CLI summary and the run artifact."""

    run_id: str
    status: str
    window: Window
    summary: dict[str, Any]


@flow(name="daily-monitor", on_failure=[notify_failed_flow_run], on_crashed=[notify_failed_flow_run])
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
) -> RunReport:
    """One run over one window: the mission sentence, step by step.

    A run that dies part-way is recorded as failed and the team is told; whatever it landed but did
    not detect and alert on is picked up by the next run.
    """
    run_id = store.start_run(flow_name, window)
    try:
        return _monitor(settings, store, sources, window, run_id, flow_name, urgent_only, catch_up)
    except BaseException as error:
        store.finish_run(run_id, "failed", alerts_raised=0, emails_sent=0, error=describe_error(error))
        notify_unhealthy_run(settings, store, run_id)
        raise


def _monitor(
    settings: Settings,
    store: Store,
    sources: Sequence[ConfiguredSource],
    window: Window,
    run_id: str,
    flow_name: str,
    urgent_only: bool,
    catch_up: bool,
) -> RunReport:
    windows, lost = (
        source_windows(store, sources, window, catch_up_days=settings.monitor.catch_up_days, now=utc_now())
        if catch_up
        else ({source.name: window for source in sources}, {})
    )
    reachable, out_of_reach = split_by_reach(sources, windows)
    record_out_of_reach(store, run_id, out_of_reach, windows)

    cursors = {source.name: store.load_cursor(source.name) for source in reachable}
    collecting = collect_source.with_options(**collect_retry_options(settings)).map(
        settings=unmapped(settings),
        sources=unmapped(reachable),
        source_name=[source.name for source in reachable],
        window=[windows[source.name] for source in reachable],
        cursor=[cursors[source.name] for source in reachable],
    )
    for source, future in zip(reachable, collecting, strict=True):
        collected = future.result(raise_on_failure=False)
        if isinstance(collected, BaseException):
            record_failed_source(store, run_id, source, collected, windows[source.name])
        else:
            classify_and_land(settings, store, run_id, collected, note=lost.get(source.name))

    probed = probe_lookalikes(
        settings,
        sources,
        store,
        settings.impersonation.probe_budget,
        run_id=run_id,
        probe_every=timedelta(days=settings.impersonation.probe_every_days),
    )
    findings = detect_findings(settings, store, run_id, window)
    findings += impersonation_findings(
        settings,
        store,
        run_id,
        [*probed, *reply_candidates(store, run_id)],
        max_image_fetches=settings.impersonation.max_image_fetches,
    )
    delivery = raise_alerts(settings, store, run_id, window, findings, urgent_only=urgent_only)
    draft_takedowns(settings, store, findings)
    draft_staff_takedowns(settings, store, findings)
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
