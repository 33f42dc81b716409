"""Typed records shared by every stage: connectors yield them, classifiers and detectors read them,
storage lands them, alerts send them.

Times are timezone-aware UTC everywhere: a naive datetime is rejected at the boundary rather than
guessed at, because a guessed timezone silently shifts a backfill window by an hour twice a year.
`None` means "the platform did not say"; records never invent defaults for missing fields.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field


def _require_utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must be timezone-aware")
    return value.astimezone(UTC)


def _optional_utc(value: datetime | None) -> datetime | None:
    return None if value is None else _require_utc(value)


UtcDatetime = Annotated[datetime, AfterValidator(_require_utc)]
OptionalUtcDatetime = Annotated[datetime | None, AfterValidator(_optional_utc)]


def utc_now() -> datetime:
    """The current time, timezone-aware UTC (one place to freeze in tests)."""
    return datetime.now(UTC)


def parse_utc(text: str) -> datetime:
    """Parse an ISO-8601 timestamp; a value without an offset is read as UTC, as the CLI documents."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class Record(BaseModel):
    """Base of all records: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Window(Record):
    """A half-open time window [since, until) that a run or backfill covers."""

    since: UtcDatetime
    until: UtcDatetime

    def model_post_init(self, __context: Any) -> None:
        if self.until <= self.since:
            raise ValueError(f"window until ({self.until.isoformat()}) must be after since ({self.since.isoformat()})")

    @classmethod
    def ending_at(cls, until: datetime, hours: float = 24) -> Window:
        """The `hours` before `until` (the daily monitor's default window)."""
        until = _require_utc(until)
        return cls(since=until - timedelta(hours=hours), until=until)

    def contains(self, moment: datetime) -> bool:
        """True when `moment` falls inside the half-open window."""
        return self.since <= moment < self.until

    def days(self) -> list[Window]:
        """Split into consecutive windows of at most one day (backfills land day by day)."""
        chunks: list[Window] = []
        start = self.since
        while start < self.until:
            end = min(start + timedelta(days=1), self.until)
            chunks.append(Window(since=start, until=end))
            start = end
        return chunks


class Account(Record):
    """A platform account: an author of mentions, or a candidate impersonator."""

    platform: str
    account_id: str
    handle: str | None = None
    display_name: str | None = None
    description: str | None = None
    created_at: OptionalUtcDatetime = None
    followers: int | None = None
    following: int | None = None
    verified: bool | None = None
    profile_image_url: str | None = None
    url: str | None = None
    collected_at: UtcDatetime = Field(default_factory=utc_now)
    raw: dict[str, Any] = Field(default_factory=dict)


class Mention(Record):
    """One post, comment, review or article that mentions the Trust."""

    platform: str
    native_id: str
    source: str
    kind: str = "post"
    url: str | None = None
    author_id: str | None = None
    author_handle: str | None = None
    author_name: str | None = None
    title: str | None = None
    text: str
    language: str | None = None
    published_at: UtcDatetime
    collected_at: UtcDatetime = Field(default_factory=utc_now)
    query: str | None = None
    in_reply_to: str | None = None
    rating: float | None = None
    deleted: bool = False
    raw: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """The identity a mention is stored under: (platform, native_id)."""
        return (self.platform, self.native_id)

    @property
    def text_digest(self) -> str:
        """SHA-256 of the text the classifiers read: a changed digest means classify again."""
        return hashlib.sha256(self.full_text.encode("utf-8")).hexdigest()

    @property
    def full_text(self) -> str:
        """Title and body together, as the classifiers read them."""
        if self.title and not self.text.startswith(self.title):
            return f"{self.title}\n{self.text}" if self.text else self.title
        return self.text


class Severity(StrEnum):
    """How fast a finding must reach a person."""

    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class SubjectType(StrEnum):
    """What a finding is about."""

    MENTION = "mention"
    ACCOUNT = "account"
    SOURCE = "source"
    TRUST = "trust"


class Finding(Record):
    """Something a detector concluded about a mention, an account or a source.

    `finding_id` is derived from (kind, subject) so re-detecting the same thing in a later run or a
    backfill updates one finding instead of creating a second one; that is what makes alerts
    idempotent. A detector whose subject can change (an account's profile) puts a `revision` (or
    `profile_fingerprint`) in the evidence: a new revision of an alerted finding sends one update.
    """

    kind: str
    subject_type: SubjectType
    platform: str
    subject_id: str
    severity: Severity
    score: float | None = None
    summary: str
    evidence: dict[str, Any] = Field(default_factory=dict)
    detected_at: UtcDatetime = Field(default_factory=utc_now)
    detector: str

    @property
    def finding_id(self) -> str:
        """Stable id: the same kind of finding about the same subject is the same finding."""
        return stable_id("finding", self.kind, self.subject_type, self.platform, self.subject_id)


class Alert(Record):
    """A finding routed to people: one alert per finding and reason, never repeated.

    `revision` is set on an update (reason "update"): the subject changed since it was first
    alerted (an impersonating profile edited), so comms get one threaded update per change.
    """

    finding_id: str
    reason: str
    recipients: tuple[str, ...]
    severity: Severity
    revision: str | None = None
    created_at: UtcDatetime = Field(default_factory=utc_now)

    @property
    def alert_id(self) -> str:
        """Stable id: one alert per finding and reason (and revision, for updates)."""
        if self.revision is None:
            return stable_id("alert", self.finding_id, self.reason)
        return stable_id("alert", self.finding_id, self.reason, self.revision)


class Classification(Record):
    """Every classifier's output for one mention, from one pass of the encoder."""

    platform: str
    native_id: str
    model: str
    model_version: str
    sentiment_label: str
    sentiment_scores: dict[str, float]
    extras: dict[str, Any] = Field(default_factory=dict)
    classified_at: UtcDatetime = Field(default_factory=utc_now)


def stable_id(*parts: object) -> str:
    """A short deterministic id from its parts (same parts, same id, on every machine)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return digest[:24]


class Cursor(BaseModel):
    """A source's progress marker, saved in the same transaction as the rows it covers.

    Mutable on purpose: a connector updates it while it yields, and storage saves the final state
    only after every record of the window has landed, so a crash never advances past lost rows.
    `state` is connector-specific JSON (ETags, high-water marks, paging tokens).
    """

    model_config = ConfigDict(extra="forbid")

    source: str
    state: dict[str, Any] = Field(default_factory=dict)
    updated_at: OptionalUtcDatetime = None
