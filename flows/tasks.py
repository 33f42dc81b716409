"""The Prefect tasks the flows are made of. Each task is one step of the mission sentence and calls
into connectors/, classifiers/, storage/ and alerts/; the flows only wire them together.

Retries live here, at the task boundary: collection retries retriable errors with backoff and
jitter, and refuses to retry fatal errors or an exhausted quota (`retry_condition_fn`).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from prefect import task
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State, TaskRun
from prefect.tasks import Task, exponential_backoff

from alerts.dispatch import DispatchResult, dispatch_alerts
from alerts.routing import route
from classifiers import detectors
from classifiers.sentiment import TextClassifier, load_classifier, to_classification
from connectors import ConfiguredSource, configure_sources
from storage.store import LandResult, Store
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError, SourceError
from trustwatch.records import Account, Cursor, Finding, Mention, Window
from trustwatch.settings import Settings, load_settings

log = logging.getLogger(__name__)

FAILED_STATUSES = frozenset({"failed", "fatal", "source_broken", "retriable", "error"})


@dataclass
class CollectedWindow:
    """What one source yielded for a window, and how collection ended."""

    source: str
    source_type: str
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
    if type(error).__name__ == "SourceBroken":
        return "source_broken"
    if isinstance(error, FatalError):
        return "fatal"
    if isinstance(error, RetriableError):
        return "retriable"
    return "error"


def only_retriable(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Prefect retry condition: retry a 429/5xx/timeout, never a bad key or a spent budget."""
    return isinstance(state.data, RetriableError)


def load_config(config_path: str) -> tuple[Settings, list[ConfiguredSource]]:
    """Load settings and validate every source before anything is touched."""
    settings = load_settings(config_path)
    return settings, configure_sources(settings)


def open_store(settings: Settings) -> Store:
    """The run's database, at the configured path (relative paths are relative to the config file)."""
    return Store.open(
        settings.resolve(settings.storage.path), lock_timeout_seconds=settings.storage.lock_timeout_seconds
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
    """Collect one source's window. Fatal and quota errors return what was collected so far."""
    source = next(s for s in sources if s.name == source_name)
    # Each attempt starts from the saved cursor: a failed attempt must not leave it half advanced.
    attempt_cursor = copy.deepcopy(cursor)
    collected = CollectedWindow(source=source.name, source_type=source.type, cursor=attempt_cursor)
    try:
        for record in source.collect(window, attempt_cursor, settings):
            if isinstance(record, Mention):
                collected.mentions.append(record)
            else:
                collected.accounts.append(record)
    except (FatalError, QuotaExhausted) as error:
        collected.error, collected.error_kind = str(error), error_kind(error)
        log.warning("source %s stopped: %s (%d mentions kept)", source.name, error, len(collected.mentions))
    log.info("source %s: %d mentions, %d accounts", source.name, len(collected.mentions), len(collected.accounts))
    return collected


def collect_retry_options(settings: Settings) -> dict[str, Any]:
    """Task retry options from `[monitor]` (tests and impatient operators turn them down)."""
    retries = settings.monitor.collect_retries
    backoff = settings.monitor.retry_backoff_seconds
    return {"retries": retries, "retry_delay_seconds": exponential_backoff(backoff_factor=backoff)(retries or 1)}


@lru_cache(maxsize=2)
def _cached_classifier(settings_json: str) -> TextClassifier:
    settings = Settings.model_validate_json(settings_json)
    return load_classifier(settings.classifier)


def classifier_for(settings: Settings) -> TextClassifier:
    """The classifier, loaded once per process (loading the encoder costs seconds)."""
    return _cached_classifier(settings.model_dump_json(include={"trust", "alerts", "classifier"}))


@task(name="classify-and-land", task_run_name="land-{collected.source}", cache_policy=NONE)
def classify_and_land(settings: Settings, store: Store, run_id: str, collected: CollectedWindow) -> LandResult:
    """Classify the mentions this model has not seen yet, in batches, and land everything in one transaction."""
    classifier = classifier_for(settings)
    fresh = store.unclassified(collected.mentions, classifier.name, classifier.version)
    scores = classifier.classify([mention.full_text for mention in fresh])
    classifications = [to_classification(m.key, s, classifier) for m, s in zip(fresh, scores, strict=True)]
    return store.land(
        run_id=run_id,
        source=collected.source,
        source_type=collected.source_type,
        mentions=collected.mentions,
        accounts=collected.accounts,
        classifications=classifications,
        # A source that stopped on a fatal error keeps its rows but not a cursor we cannot trust.
        cursor=collected.cursor if collected.error_kind in (None, "quota_exhausted") else None,
        status=collected.status,
        error=collected.error,
        error_kind=collected.error_kind,
    )


def record_failed_source(store: Store, run_id: str, source: ConfiguredSource, error: BaseException) -> None:
    """A source whose collection raised after its retries: record why, land nothing."""
    message = str(error) if isinstance(error, SourceError) else f"{type(error).__name__}: {error}"
    store.record_source_failure(run_id, source.name, source.type, message, error_kind(error))


@task(name="detect", cache_policy=NONE)
def detect_findings(settings: Settings, store: Store, run_id: str, window: Window) -> list[Finding]:
    """Everything worth a person's attention in what this run landed."""
    landed = store.mentions_landed_in_run(run_id)
    findings = detectors.negative_mentions(landed, threshold=settings.alerts.negative_threshold)
    findings += detectors.source_problems(store.run_summary(run_id)["sources"], window)
    return findings


@task(name="raise-alerts", cache_policy=NONE)
def raise_alerts(
    settings: Settings, store: Store, run_id: str, window: Window, findings: list[Finding]
) -> DispatchResult:
    """Record findings, route the new ones, and email them (queued first, so nothing is lost)."""
    store.upsert_findings(findings, run_id)
    new_alert_ids = store.queue_alerts(route(findings, settings), run_id)
    return dispatch_alerts(store, settings, run_id=run_id, window=window, new_alert_ids=new_alert_ids)


def run_status(source_statuses: Sequence[str]) -> str:
    """complete when every source completed, failed when every source failed, partial otherwise.

    A source that hit its quota landed what it collected, so it makes a run partial, not failed.
    """
    if all(status == "complete" for status in source_statuses):
        return "complete"
    if all(status in FAILED_STATUSES for status in source_statuses):
        return "failed"
    return "partial"


def scheduled_or_now() -> datetime:
    """The flow run's scheduled time (so a late run still covers the right day), else now."""
    from prefect.runtime import flow_run

    scheduled = flow_run.scheduled_start_time
    if scheduled is not None:
        return datetime.fromisoformat(scheduled.isoformat())
    from trustwatch.records import utc_now

    return utc_now()
