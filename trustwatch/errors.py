"""The error taxonomy every connector and stage uses (classified once, acted on at task boundaries).

Prefect retries a task only for `RetriableError`; `FatalError` and `QuotaExhausted` stop the source at
once so a bad key or an exhausted budget never burns retries or money.
"""

from __future__ import annotations


class TrustWatchError(Exception):
    """Base of TrustWatch's own errors."""


class ConfigError(TrustWatchError):
    """A settings file, register or directory is invalid; the message names the file and key."""


class SourceError(TrustWatchError):
    """A source failed; `source` names it in run records and alerts."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


class RetriableError(SourceError):
    """Worth retrying: 429, 5xx, timeouts. `retry_after` is seconds the server asked us to wait."""

    def __init__(self, message: str, *, source: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message, source=source)
        self.retry_after = retry_after


class FatalError(SourceError):
    """Retrying cannot help: bad credentials, forbidden, not found, payload we cannot read."""


class SourceBroken(FatalError):
    """A source that used to find items suddenly finds none (a scraped page redesigned, or a block).

    Fatal, because retrying reads the same empty page; kept apart from other fatal errors so the
    run record and the alert say "source broken" to a person instead of passing as a quiet day.
    """


class QuotaExhausted(SourceError):
    """A platform cap or our own cost budget is spent: keep what was collected, alert, do not retry."""
