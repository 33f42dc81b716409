"""The Prefect tasks the flows are made of. Each task is one step of the mission sentence and calls
into connectors/, classifiers/, storage/ and alerts/; the flows only wire them together.

Retries live here, at the task boundary: collection retries retriable errors with backoff and
jitter, and refuses to retry fatal errors or an exhausted quota (`retry_condition_fn`).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from prefect import task, unmapped
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State, TaskRun
from prefect.tasks import Task, exponential_backoff

from alerts.chat import channels_from_environment, configured_channels, post_to_chat
from alerts.dispatch import DispatchResult, dispatch_alerts, queue_message_once, send_queued
from alerts.email import build_mailer, compose_notice
from alerts.routing import route, updates
from classifiers import detectors
from classifiers.model import TextScores
from classifiers.sentiment import TextClassifier, load_classifier, to_classification
from classifiers.staff.linking import StaffDetector, detector_from_settings
from connectors import ConfiguredSource, configure_sources
from connectors.base import ClientSettings
from flows.runners import CLASSIFY_CHUNK, DETECT_CHUNK, chunks, spreads_work
from storage.cases import CaseBook
from storage.store import LandResult, Store, stopped_by_signal
from trustwatch.errors import (
    ConfigError,
    FatalError,
    QuotaExhausted,
    RetriableError,
    SourceBroken,
    SourceError,
    TrustWatchError,
)
from trustwatch.records import Account, Cursor, Finding, Mention, Window, stable_id
from trustwatch.settings import Settings, load_settings

log = logging.getLogger(__name__)

# A catch-up window starts this far inside a platform's look-back limit, so a slow first request
# does not cross the limit and fail.
REACH_MARGIN = timedelta(minutes=10)

FAILED_STATUSES = frozenset({"failed", "fatal", "source_broken", "retriable", "error", "out_of_reach"})


@dataclass
class CollectedWindow:
    """What one source yielded for a window, and how collection ended."""

    source: str
    source_type: str
    window: Window | None = None
    mentions: list[Mention] = field(default_factory=list)
    accounts: list[Account] = field(default_factory=list)
    cursor: Cursor | None = None
    error: str | None = None
    error_kind: str | None = None

    @property
    def status(self) -> str:
        """complete, or the kind of error that ended collection early."""
        return "complete" if self.error_kind is None else self.error_kind


def error_kind(error: BaseException) -> str:
    """A short name for the run record: quota_exhausted, source_broken, fatal, retriable, error."""
    if isinstance(error, QuotaExhausted):
        return "quota_exhausted"
    if isinstance(error, SourceBroken):
        return "source_broken"
    if isinstance(error, FatalError):
        return "fatal"
    if isinstance(error, RetriableError):
        return "retriable"
    return "error"


def only_retriable(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Prefect retry condition: retry a 429/5xx/timeout, never a bad key or a spent budget."""
    return isinstance(state.data, RetriableError)


def load_config(config_path: str, only_sources: Sequence[str] | None = None) -> tuple[Settings, list[ConfiguredSource]]:
    """Load settings, validate every source and read every file detection needs, before anything is touched.

    A missing staff directory or account register used to be noticed only after a run had landed
    its mentions; now it stops the run before it collects anything.
    """
    settings = load_settings(config_path)
    sources = configure_sources(settings)
    check_detection_inputs(settings)
    if only_sources:
        unknown = sorted(set(only_sources) - {source.name for source in sources})
        if unknown:
            known = ", ".join(source.name for source in sources) or "none"
            raise ConfigError(f"{config_path}: no enabled source named {', '.join(unknown)} (enabled: {known})")
        sources = [source for source in sources if source.name in only_sources]
    return settings, sources


def check_detection_inputs(settings: Settings) -> None:
    """Read the staff directory, the account register and the logos now; a bad one is a ConfigError naming it."""
    from classifiers.impersonation import configured_scorer

    staff_detector_for(settings)
    configured_scorer(settings)


def source_windows(
    store: Store, sources: Sequence[ConfiguredSource], window: Window, *, catch_up_days: int, now: datetime
) -> tuple[dict[str, Window], dict[str, str]]:
    """Each source's window for a scheduled run, back to its last complete collection where it missed some.

    A source collected completely up to `window.since` (or never collected) gets `window`; one whose
    last complete collection ended earlier gets the gap too, at most `catch_up_days` back and no
    further than its platform reaches. Returns the windows, and for each source whose gap the
    platform can no longer reach, a note saying which part is lost.
    """
    earliest = window.since - timedelta(days=catch_up_days)
    windows: dict[str, Window] = {}
    lost: dict[str, str] = {}
    for source in sources:
        covered = store.last_complete_coverage(source.name)
        if covered is None or covered >= window.since:
            windows[source.name] = window
            continue
        since = max(covered, earliest)
        reach = source.connector.reach(source.config)
        reachable = now - reach + REACH_MARGIN if reach is not None else since
        if reachable > since:
            lost[source.name] = (
                f"not collected {since:%Y-%m-%d %H:%M} to {min(reachable, window.since):%Y-%m-%d %H:%M} UTC: "
                f"the platform no longer reaches back that far"
            )
            since = min(reachable, window.since)
        windows[source.name] = Window(since=since, until=window.until)
    return windows, lost


def split_by_reach(
    sources: Sequence[ConfiguredSource], windows: Mapping[str, Window]
) -> tuple[list[ConfiguredSource], list[tuple[ConfiguredSource, str]]]:
    """Sources that can look back to their window's start, and those that cannot (with the reason)."""
    reachable, out_of_reach = [], []
    for source in sources:
        reason = source.out_of_reach(windows[source.name])
        if reason is None:
            reachable.append(source)
        else:
            out_of_reach.append((source, reason))
    return reachable, out_of_reach


def record_out_of_reach(
    store: Store, run_id: str, out_of_reach: Sequence[tuple[ConfiguredSource, str]], windows: Mapping[str, Window]
) -> None:
    """Say on the run which sources could not cover their window, instead of reporting them as quiet."""
    for source, reason in out_of_reach:
        window = windows[source.name]
        log.warning("source %s skipped for %s: %s", source.name, window.since.date(), reason)
        store.record_source_failure(run_id, source.name, source.type, reason, "out_of_reach", window)


def publish_run_artifact(summary: dict[str, Any]) -> None:
    """A Prefect artifact per run: per-source counts and errors, alerts raised, emails sent."""
    from prefect.artifacts import create_markdown_artifact

    lines = [
        f"**{summary['flow']}** {summary['window_since']:%Y-%m-%d %H:%M} → "
        f"{summary['window_until']:%Y-%m-%d %H:%M} UTC: **{summary['status']}**",
        "",
        "| source | status | mentions | new | accounts | error |",
        "|---|---|---|---|---|---|",
    ]
    for row in summary["sources"]:
        error = (row["error"] or "").replace("|", "/")[:200]
        lines.append(
            f"| {row['source']} | {row['status']} | {row['mentions']} | {row['mentions_new']} "
            f"| {row['accounts']} | {error} |"
        )
    split = summary.get("sentiment", {})
    lines += [
        "",
        f"Sentiment: {split.get('negative', 0)} negative, {split.get('neutral', 0)} neutral, "
        f"{split.get('positive', 0)} positive. Alerts raised: {summary.get('alerts_raised') or 0}; "
        f"emails sent: {summary.get('emails_sent') or 0}.",
    ]
    for name, cost in summary.get("cost", {}).items():
        cap = f" of {cost['cap']:,}" if cost.get("cap") else ""
        lines.append(f"Paid API use in {cost['month']}: {name} {cost['used']:,} {cost['unit']}{cap}")
    if summary.get("error"):
        lines.append(f"Alert delivery: {summary['error']}")
    create_markdown_artifact(
        markdown="\n".join(lines),
        key=f"{summary['flow'].replace('_', '-')}-run",
        description="TrustWatch run summary",
    )


def open_store(settings: Settings) -> Store:
    """The run's database, at the configured path (relative paths are relative to the config file)."""
    return Store.open(
        settings.resolve(settings.storage.path),
        lock_timeout_seconds=settings.storage.lock_timeout_seconds,
        memory_limit=settings.storage.memory_limit,
        publish_replica=True,
    )


@task(
    name="collect",
    task_run_name="collect-{source_name}",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=10),
    retry_jitter_factor=0.5,
    # The flow overrides retries and delays from `[monitor]` with `collect_retry_options`.
    retry_condition_fn=only_retriable,
    cache_policy=NONE,
)
def collect_source(
    settings: Settings, sources: Sequence[ConfiguredSource], source_name: str, window: Window, cursor: Cursor
) -> CollectedWindow:
    """Collect one source's window.

    Retriable errors are raised while Prefect has retries left; after that, and for every other
    error, the task returns what was collected before the error, so nothing already read is lost.
    """
    source = next(s for s in sources if s.name == source_name)
    # Each attempt starts from the saved cursor: a failed attempt must not leave it half advanced.
    attempt_cursor = copy.deepcopy(cursor)
    collected = CollectedWindow(source=source.name, source_type=source.type, window=window, cursor=attempt_cursor)
    try:
        for record in source.collect(window, attempt_cursor, ClientSettings.of(settings)):
            if isinstance(record, Mention):
                collected.mentions.append(record)
            else:
                collected.accounts.append(record)
    except RetriableError as error:
        if _retries_left():
            raise
        _stopped(collected, error)
    except Exception as error:  # a bug or an unexpected payload: still keep what was collected
        _stopped(collected, error)
    log.info("source %s: %d mentions, %d accounts", source.name, len(collected.mentions), len(collected.accounts))
    return collected


def collect_retry_options(settings: Settings) -> dict[str, Any]:
    """Task retry options from `[monitor]` (tests and impatient operators turn them down)."""
    retries = settings.monitor.collect_retries
    backoff = settings.monitor.retry_backoff_seconds
    return {"retries": retries, "retry_delay_seconds": exponential_backoff(backoff_factor=backoff)(retries or 1)}


def _retries_left() -> bool:
    from prefect.context import TaskRunContext

    context = TaskRunContext.get()
    if context is None or context.task_run is None:
        return False
    return context.task_run.run_count <= context.task.retries


def _stopped(collected: CollectedWindow, error: BaseException) -> None:
    collected.error = str(error) if isinstance(error, SourceError) else f"{type(error).__name__}: {error}"
    collected.error_kind = error_kind(error)
    log.warning(
        "source %s stopped (%s): %s; %d mentions kept",
        collected.source,
        collected.error_kind,
        collected.error,
        len(collected.mentions),
    )


@lru_cache(maxsize=2)
def _cached_classifier(settings_json: str) -> TextClassifier:
    settings = Settings.model_validate_json(settings_json)
    # With a staff directory, the staff mention head reads the classifier's pass (no second pass to detect).
    return load_classifier(settings.classifier, persons=settings.staff is not None)


def classifier_for(settings: Settings) -> TextClassifier:
    """The classifier, loaded once per process (loading the encoder costs seconds)."""
    return _cached_classifier(settings.model_dump_json(include={"trust", "alerts", "classifier", "staff"}))


# A classification computed ahead of landing, by mention and the digest of the text it read.
ScoreKey = tuple[tuple[str, str], str]


@task(name="classify", cache_policy=NONE)
def classify_texts(settings: Settings, texts: list[str]) -> list[TextScores]:
    """Classify `texts` in whichever process runs the task (a Dask worker loads the classifier once)."""
    return classifier_for(settings).classify(texts)


def classify_collected(
    settings: Settings, store: Store, collected: Sequence[CollectedWindow]
) -> dict[ScoreKey, TextScores]:
    """Classify, in one go, every text in `collected` that the stored classifications do not cover yet.

    One call over all of them fills the encoder's length-sorted batches far better than one call per
    source and day. When the flow's tasks run on a Dask cluster, the texts are sorted by length and
    cut into chunks mapped over the workers; in the flow's own process they are classified in one call.
    A text seen twice (the same post in two windows, unchanged) is classified once.
    """
    classifier = classifier_for(settings)
    texts: dict[ScoreKey, str] = {}
    for window in collected:
        for mention in store.unclassified(window.mentions, classifier.name, classifier.version):
            texts.setdefault((mention.key, mention.text_digest), mention.full_text)
    if not texts:
        return {}
    keys = list(texts)
    if not spreads_work():
        return dict(zip(keys, classifier.classify([texts[key] for key in keys]), strict=True))
    keys.sort(key=lambda key: len(texts[key]))
    parts = list(chunks(keys, CLASSIFY_CHUNK))
    futures = classify_texts.map(unmapped(settings), [[texts[key] for key in part] for part in parts])
    return {
        key: scores
        for part, future in zip(parts, futures, strict=True)
        for key, scores in zip(part, future.result(), strict=True)
    }


@task(name="classify-and-land", task_run_name="land-{collected.source}", cache_policy=NONE)
def classify_and_land(
    settings: Settings,
    store: Store,
    run_id: str,
    collected: CollectedWindow,
    note: str | None = None,
    scores: Mapping[ScoreKey, TextScores] | None = None,
) -> LandResult:
    """Classify the mentions this model has not seen yet, in batches, and land everything in one transaction.

    `scores` holds classifications computed ahead (`classify_collected`); mentions it lacks are
    classified here. `note` is kept on the run beside the source (a part of a catch-up window the
    platform no longer reaches).
    """
    classifier = classifier_for(settings)
    fresh = [
        (mention, (mention.key, mention.text_digest))
        for mention in store.unclassified(collected.mentions, classifier.name, classifier.version)
    ]
    ahead = scores or {}
    missing = {key: mention.full_text for mention, key in fresh if key not in ahead}
    computed = dict(zip(missing, classifier.classify(list(missing.values())), strict=True)) if missing else {}
    classifications = [
        to_classification(mention.key, ahead.get(key) or computed[key], classifier) for mention, key in fresh
    ]
    return store.land(
        run_id=run_id,
        source=collected.source,
        source_type=collected.source_type,
        mentions=collected.mentions,
        accounts=collected.accounts,
        classifications=classifications,
        # Connectors advance their cursor only past what they yielded (connectors/base.py), so the
        # cursor of a source that stopped early is still true for the rows it did yield.
        cursor=collected.cursor,
        status=collected.status,
        error="; ".join(filter(None, [collected.error, note])) or None,
        error_kind=collected.error_kind,
        window=collected.window,
    )


def record_failed_source(
    store: Store, run_id: str, source: ConfiguredSource, error: BaseException, window: Window | None = None
) -> None:
    """A source whose collection raised after its retries: record why, land nothing."""
    message = str(error) if isinstance(error, SourceError) else f"{type(error).__name__}: {error}"
    store.record_source_failure(run_id, source.name, source.type, message, error_kind(error), window)


@lru_cache(maxsize=2)
def _cached_staff_detector(settings_json: str) -> StaffDetector | None:
    settings = Settings.model_validate_json(settings_json)
    return detector_from_settings(settings)[0] if settings.staff else None


def staff_detector_for(settings: Settings) -> StaffDetector | None:
    """The staff detector, built once per process (the directory's name index and the encoder load once)."""
    return _cached_staff_detector(settings.model_dump_json())


def findings_in_mentions(settings: Settings, landed: Sequence[Mapping[str, Any]]) -> list[Finding]:
    """What each of these mentions raises by itself: negative, patient identifiers, risk heads, staff named."""
    findings = detectors.negative_mentions(landed, threshold=settings.alerts.negative_threshold)
    identifying = detectors.patient_identifiers(
        landed, settings.trust, hospital_number_pattern=settings.privacy.hospital_number_pattern
    )
    findings += identifying
    risks = detectors.risk_mentions(landed, settings.classifier.thresholds)
    findings += risks
    staff_detector = staff_detector_for(settings)
    if staff_detector is not None:
        findings += detectors.staff_named(
            landed,
            staff_detector,
            identifying={(finding.platform, finding.subject_id) for finding in identifying},
            abusive={(finding.platform, finding.subject_id) for finding in risks if finding.kind == "abuse"},
        )
    return findings


@task(name="detect-mentions", cache_policy=NONE)
def detect_in_mentions(settings: Settings, landed: list[dict[str, Any]]) -> list[Finding]:
    """`findings_in_mentions` in whichever process runs the task (a Dask worker builds the staff matcher once)."""
    return findings_in_mentions(settings, landed)


@task(name="detect", cache_policy=NONE)
def detect_findings(settings: Settings, store: Store, run_id: str, window: Window) -> list[Finding]:
    """Everything worth a person's attention in what this run landed."""
    return findings_in_mentions(settings, store.mentions_landed_in_run(run_id)) + run_findings(
        settings, store, run_id, window
    )


def detect_run(settings: Settings, store: Store, run_id: str, window: Window) -> list[Finding]:
    """`detect_findings`, with the per-mention detectors run in chunks on the workers when the flow is on Dask.

    Called from the flow, not from a task: a task submitted from inside another would carry its
    parent's arguments (the database connection) to the workers.
    """
    if not spreads_work():
        return detect_findings(settings, store, run_id, window)
    landed = store.mentions_landed_in_run(run_id)
    futures = detect_in_mentions.map(unmapped(settings), list(chunks(landed, DETECT_CHUNK)))
    return [finding for future in futures for finding in future.result()] + run_findings(
        settings, store, run_id, window
    )


def run_findings(settings: Settings, store: Store, run_id: str, window: Window) -> list[Finding]:
    """What the run as a whole raises: sources that failed or went quiet, volume spikes."""
    alerts = settings.alerts
    return detectors.source_problems(store.run_summary(run_id)["sources"], window) + detectors.volume_spikes(
        store.daily_volumes(window.until, alerts.spike_baseline_days + 1),
        window,
        baseline_days=alerts.spike_baseline_days,
        factor=alerts.spike_factor,
        min_mentions=alerts.spike_min_mentions,
    )


@task(name="raise-alerts", cache_policy=NONE)
def raise_alerts(
    settings: Settings, store: Store, run_id: str, window: Window, findings: list[Finding], *, urgent_only: bool = False
) -> DispatchResult:
    """Record findings, route the new ones, open their cases, and email what is due (queued first)."""
    stored = store.finding_revisions([finding.finding_id for finding in findings])
    store.upsert_findings(findings, run_id)
    new_alert_ids = store.queue_alerts([*route(findings, settings), *updates(findings, stored, settings)], run_id)
    CaseBook(store).open_cases_for_alerts(new_alert_ids, run_id)
    return dispatch_alerts(
        store, settings, run_id=run_id, window=window, alerts_raised=len(new_alert_ids), urgent_only=urgent_only
    )


def describe_error(error: BaseException) -> str:
    """An error as the run record shows it: our own errors by their message, anything else by its type too."""
    if stopped_by_signal(error):
        return (
            "stopped by a signal (Ctrl-C, kill, or Prefect cancelling the run) during a database statement, "
            "which was rolled back; the next run detects and alerts on whatever this one landed"
        )
    return str(error) if isinstance(error, TrustWatchError) else f"{type(error).__name__}: {error}"


# Flow runs whose failure the run itself already recorded and reported (the failure hook skips them).
_REPORTED_FLOW_RUNS: set[str] = set()


def notify_unhealthy_run(settings: Settings, store: Store, run_id: str) -> None:
    """Tell the team, once, that a run failed or was partial: by email and on the chat channel.

    Best effort: a notice that cannot be sent is logged and waits in the queue; it never hides the
    run's own outcome.
    """
    from prefect.runtime import flow_run

    if flow_run.id:
        _REPORTED_FLOW_RUNS.add(str(flow_run.id))
    summary = store.run_summary(run_id)
    heading = f"TrustWatch run {summary['status']}: {summary['flow']} {summary['window_since']:%d %b %Y %H:%M} UTC"
    paragraphs = [
        f"The run {run_id[:8]} covering {summary['window_since']:%d %b %H:%M} to {summary['window_until']:%d %b %H:%M} "
        f"UTC ended {summary['status']}. Mentions it could not collect are collected by the next scheduled run "
        "where the platform still reaches back; anything it landed is detected and alerted on then.",
        *(
            f"{row['source']}: {row['status']}: {row['error']}"
            for row in summary["sources"]
            if row["status"] != "complete" and row["error"]
        ),
    ]
    if summary.get("error"):
        paragraphs.append(f"Run: {summary['error']}")
    try:
        queue_message_once(
            store,
            lambda: compose_notice(settings.alerts, heading=heading, paragraphs=paragraphs),
            email_id=stable_id("run-notice", run_id),
            recipients=[settings.alerts.team_inbox],
            run_id=run_id,
            priority=0,
        )
        send_queued(store, build_mailer(settings))
    except Exception as error:  # the notice is extra: never let it mask the run's own outcome
        log.error("could not send the run notice for %s: %s", run_id, describe_error(error))
    post_to_chat(configured_channels(settings), heading, "\n".join(paragraphs))


def notify_failed_flow_run(flow: Any, flow_run: Any, state: State[Any]) -> None:
    """Prefect hook for a monitor flow run that failed before it could record and report itself.

    Typical cause: a configuration error. The run is recorded as failed in the database (so run_log,
    source_health and the weekly report show it) and the team is told, when the configuration can
    still be read; otherwise the failure goes to the chat channel and Prefect's own log.
    """
    if str(flow_run.id) in _REPORTED_FLOW_RUNS:
        return
    message = state.message or "the run failed before it started"
    parameters = dict(getattr(flow_run, "parameters", {}) or {})
    try:
        settings = load_settings(parameters.get("config_path", "trustwatch.toml"))
        since, until = parameters.get("since"), parameters.get("until")
        window = (
            Window(since=since, until=until)
            if isinstance(since, datetime) and isinstance(until, datetime)
            else Window.ending_at(scheduled_or_now())
        )
        with open_store(settings) as store:
            run_id = store.start_run(f"{flow.name.replace('-', '_')}", window)
            store.finish_run(run_id, "failed", alerts_raised=0, emails_sent=0, error=message)
            notify_unhealthy_run(settings, store, run_id)
    except Exception as error:
        log.error("TrustWatch run %s failed and could not be recorded: %s (%s)", flow_run.name, message, error)
        post_to_chat(
            channels_from_environment(),
            "TrustWatch run failed",
            f"{flow_run.name}: {message}. It could not be recorded: {error}",
        )


def run_status(source_statuses: Sequence[str]) -> str:
    """complete when every source completed, failed when every source failed, partial otherwise.

    A source that hit its quota landed what it collected, so it makes a run partial, not failed.
    """
    if all(status == "complete" for status in source_statuses):
        return "complete"
    if all(status in FAILED_STATUSES for status in source_statuses):
        return "failed"
    return "partial"


def paid_usage(store: Store, sources: Sequence[ConfiguredSource], now: datetime) -> dict[str, Any]:
    """This month's paid API use per source that bills by use, collection and account lookups together.

    `{"x-mentions": {"month": "2026-11", "used": 1234, "cap": 10000, "unit": "posts read"}}`.
    """
    from flows.impersonation import spent_on_lookups

    month = now.strftime("%Y-%m")
    used: dict[str, Any] = {}
    for source in sources:
        budget = source.connector.budget(source.config)
        if budget is None:
            continue
        spent = budget.used(store.load_cursor(source.name).state, month) + spent_on_lookups(store, source, month)
        used[source.name] = {"month": month, "used": spent, "cap": budget.cap, "unit": budget.unit}
    return used


def scheduled_or_now() -> datetime:
    """The flow run's scheduled time (so a late run still covers the right day), else now."""
    from prefect.runtime import flow_run

    scheduled = flow_run.scheduled_start_time
    if scheduled is not None:
        return datetime.fromisoformat(scheduled.isoformat())
    from trustwatch.records import utc_now

    return utc_now()
