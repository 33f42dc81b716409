"""Typed records shared by every stage: connectors yield them, classifiers and detectors read them,
storage lands them, alerts send them.

Times are timezone-aware UTC everywhere: a naive datetime is rejected at the boundary rather than
guessed at, because a guessed timezone silently shifts a backfill window by an hour twice a year.
`None` means "the platform did not say"; records never invent defaults for missing fields.

Text from platforms is hostile until proven otherwise, and records are the one boundary every
connector's output crosses, so they clean it. Every string a record receives, nested payloads
included, has lone UTF-16 surrogates replaced: they cannot be stored as UTF-8, and used to abort
whole runs. (A platform's `raw` payload is only ever stored, and is made storable there, in
`storage.store`.) Fields people read lose control characters and bidirectional overrides; one-line
fields (titles, names, handles, URLs) lose line breaks, which would otherwise reach email headers;
links lose the credentials they carry. Validation errors never quote the input, so a bad post never
reaches an error log.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from trustwatch.redaction import redact_url, redact_urls


def _require_utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must be timezone-aware")
    return value.astimezone(UTC)


def _optional_utc(value: datetime | None) -> datetime | None:
    return None if value is None else _require_utc(value)


UtcDatetime = Annotated[datetime, AfterValidator(_require_utc)]
OptionalUtcDatetime = Annotated[datetime | None, AfterValidator(_optional_utc)]


_SURROGATES = re.compile("[\ud800-\udfff]")
# Removed from text people read: C0 controls but tab, line feed and carriage return; DEL; C1
# controls; and the bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI
# FSI PDI), which reorder what a reader sees ("Trojan Source"): a subject line or a link can be
# made to read as something else. The bidirectional marks (LRM, RLM, ALM) only nudge neutral
# characters and are kept.
_UNSEEN_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\t\n\r\v\f\x85\u2028\u2029]+")


def without_surrogates(text: str) -> str:
    """`text` with every lone UTF-16 surrogate replaced by U+FFFD, and a surrogate pair by its character.

    JSON's `\\ud83d` escapes and a decoder's `surrogateescape` leave such strings behind; they
    cannot be encoded as UTF-8, so storage, hashing and email would all fail on them.
    """
    if text.isascii() or not _SURROGATES.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def clean_text(text: str) -> str:
    """Body text as people read it: storable, line breaks as LF, no control characters or bidi overrides."""
    text = _UNSEEN_CONTROLS.sub("", without_surrogates(text))
    if "\r" in text or "\x85" in text:
        # NEL is a C1 control that some Windows and mainframe exports use as a line break.
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    return text


def _one_line(text: str) -> str:
    return clean_text(_LINE_BREAKS.sub(" ", text)).strip()


def clean_line(text: str) -> str:
    """A one-line value (title, name, handle): `clean_text` with line breaks and tabs as one space, trimmed.

    A URL inside it loses any credentials it carries (an authenticated feed's address or links).
    """
    return redact_urls(_one_line(text), secrets_only=True)


def clean_url(text: str) -> str:
    """A link: one clean line, without the user, password or credential parameters it may carry."""
    return redact_url(_one_line(text), secrets_only=True)


def clean_identifier(text: str) -> str:
    """An id, code or label: storable, and without credentials when it is a URL (a feed item's link as its id)."""
    return redact_urls(without_surrogates(text), secrets_only=True)


def _contains_surrogate(value: Any) -> bool:
    # Iterative: a hostile payload may nest deeper than Python's recursion limit. Exact types are
    # tested before the slow abstract ones, because this runs on every payload of every record.
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is str:
            if not item.isascii() and _SURROGATES.search(item):
                return True
        elif kind is dict:
            pending += item
            pending += item.values()
        elif kind is list or kind is tuple:
            pending += item
        elif isinstance(item, str):
            if _SURROGATES.search(item):
                return True
        elif isinstance(item, Mapping):
            pending += item
            pending += item.values()
        elif isinstance(item, list | tuple | set | frozenset):
            pending += item
    return False


def _storable(value: Any) -> Any:
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, Mapping):
        return {_storable(key): _storable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return type(value)(_storable(item) for item in value)
    return value


def storable_payload(value: Any) -> Any:
    """`value` (a string, or dicts and lists of them) with lone surrogates replaced everywhere.

    Rebuilds only when a surrogate is found, so clean payloads are returned as they are.
    """
    if not _contains_surrogate(value):
        return value
    try:
        return _storable(value)
    except RecursionError:
        raise ValueError("payload is nested too deeply to store") from None


# Identifiers, codes and labels: made storable, otherwise kept as the platform wrote them.
Identifier = Annotated[str, AfterValidator(clean_identifier)]
# Body text (posts, profile descriptions).
Text = Annotated[str, AfterValidator(clean_text)]
# One-line values: titles, names, handles, queries, summaries.
Line = Annotated[str, AfterValidator(clean_line)]
Url = Annotated[str, AfterValidator(clean_url)]


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
    """Base of all records: immutable, strict about unknown fields, storable whatever the platform sent."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    @model_validator(mode="before")
    @classmethod
    def _storable_input(cls, data: Any) -> Any:
        # Text fields clean themselves (Identifier, Text, Line, Url: a test keeps every one typed so);
        # here the nested payloads (evidence, extras, recipients) are made storable. A platform's
        # raw payload is only ever stored, and storage makes its JSON storable in one pass over
        # the text: walking it here cost more than the rest of the record's validation together.
        if not isinstance(data, Mapping):
            return data
        nested = {
            key: storable_payload(value)
            for key, value in data.items()
            if key != "raw" and isinstance(value, (dict, list, tuple))
        }
        return {**data, **nested} if nested else data

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; with `update`, validated and cleaned like a new record (pydantic's own copy skips that)."""
        if not update:
            return super().model_copy(deep=deep)
        return self.model_validate({**dict(self), **update})


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

    platform: Identifier
    account_id: Identifier
    handle: Line | None = None
    display_name: Line | None = None
    description: Text | None = None
    created_at: OptionalUtcDatetime = None
    followers: int | None = None
    following: int | None = None
    verified: bool | None = None
    profile_image_url: Url | None = None
    url: Url | None = None
    collected_at: UtcDatetime = Field(default_factory=utc_now)
    raw: dict[str, Any] = Field(default_factory=dict)


class Mention(Record):
    """One post, comment, review or article that mentions the Trust."""

    platform: Identifier
    native_id: Identifier
    source: Identifier
    kind: Identifier = "post"
    url: Url | None = None
    author_id: Identifier | None = None
    author_handle: Line | None = None
    author_name: Line | None = None
    title: Line | None = None
    text: Text
    language: Line | None = None
    published_at: UtcDatetime
    collected_at: UtcDatetime = Field(default_factory=utc_now)
    query: Line | None = None
    in_reply_to: Identifier | None = None
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

    kind: Identifier
    subject_type: SubjectType
    platform: Identifier
    subject_id: Identifier
    severity: Severity
    score: float | None = None
    summary: Line
    evidence: dict[str, Any] = Field(default_factory=dict)
    detected_at: UtcDatetime = Field(default_factory=utc_now)
    detector: Identifier

    @property
    def finding_id(self) -> str:
        """Stable id: the same kind of finding about the same subject is the same finding."""
        return stable_id("finding", self.kind, self.subject_type, self.platform, self.subject_id)


class Alert(Record):
    """A finding routed to people: one alert per finding and reason, never repeated.

    `revision` is set on an update (reason "update"): the subject changed since it was first
    alerted (an impersonating profile edited), so comms get one threaded update per change.
    """

    finding_id: Identifier
    reason: Identifier
    recipients: tuple[Identifier, ...]
    severity: Severity
    revision: Identifier | None = None
    created_at: UtcDatetime = Field(default_factory=utc_now)

    @property
    def alert_id(self) -> str:
        """Stable id: one alert per finding and reason (and revision, for updates)."""
        if self.revision is None:
            return stable_id("alert", self.finding_id, self.reason)
        return stable_id("alert", self.finding_id, self.reason, self.revision)


class Classification(Record):
    """Every classifier's output for one mention, from one pass of the encoder."""

    platform: Identifier
    native_id: Identifier
    model: Identifier
    model_version: Identifier
    sentiment_label: Identifier
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
    `state` is connector-specific JSON (ETags, high-water marks, paging tokens). Keys named
    `cached_…` (at any depth) hold copies of platform responses kept only to answer a 304; they hold
    personal data, so the retention purge drops them, and the connector must cope with their absence.
    """

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    source: str
    state: dict[str, Any] = Field(default_factory=dict)
    updated_at: OptionalUtcDatetime = None
