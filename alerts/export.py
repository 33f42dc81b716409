"""Exports for analysis outside TrustWatch: a window's mentions with their latest classification and
the findings and cases about them, written to CSV or Parquet by DuckDB's COPY.

What leaves DuckDB is pseudonymised and redacted at write time:
- members of the public (every author except the Trust's own official accounts) are replaced by a
  keyed hash, HMAC-SHA256 with a secret from `TRUSTWATCH_EXPORT__PSEUDONYM_KEY`: the same person gets
  the same pseudonym in every export made with the same key, and nobody without the key can reverse
  or recompute it by hashing guessed handles. The key is never written to the file or the audit row;
  without it there is no export. `@handles` and `u/names` inside post text are pseudonymised the
  same way, and the author's handle or id in a post URL is replaced too;
- patient identifiers in text and titles are redacted (classifiers.pii.redact);
- staff names appear only in rows that are staff cases (a case of kind `staff_named`); elsewhere
  the staff matcher, when a staff directory is configured, replaces them with "[staff name]";
- links lose any credentials they carry (a private feed's `?key=`), whenever they were collected.
CSV cells are safe to open in Excel: a cell that would start a formula (=, +, -, @, tab, carriage
return) is written with a leading apostrophe, so a post cannot run `=HYPERLINK(...)` on an analyst's
machine. The file is written owner-only under a temporary name and renamed into place.
Every export appends a row to `exports`: who, when, which window, which file, how many rows.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import tempfile
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import pyarrow as pa

from classifiers.pii import redact
from connectors.web import redact_url
from storage import exports
from storage.store import Store
from trustwatch.errors import TrustWatchError
from trustwatch.records import Window, utc_now

# The environment variable holding the pseudonym key (settings key `export.pseudonym_key` once
# trustwatch/settings.py has an [export] section).
PSEUDONYM_KEY_ENV = "TRUSTWATCH_EXPORT__PSEUDONYM_KEY"
# A short key could be brute-forced from the pseudonyms of guessable handles; 16 characters of a
# random token are plenty, a memorable word is not.
MIN_KEY_CHARACTERS = 16
STAFF_CASE_KIND = "staff_named"
STAFF_MARKER = "[staff name]"

# "@name" as X, Bluesky, Instagram and TikTok write it (Bluesky handles contain dots); not the middle
# of an email address, which the PII redaction has replaced already anyway.
_AT_HANDLE = re.compile(r"(?<![\w@./+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,98}[A-Za-z0-9_])?)")
_REDDIT_USER = re.compile(r"(?<![\w/])/?u/([A-Za-z0-9_-]{3,20})\b")

# What makes Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP's list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_EXPORT_SCHEMA = pa.schema(
    [
        ("platform", pa.string()),
        ("source", pa.string()),
        ("kind", pa.string()),
        ("native_id", pa.string()),
        ("published_at", pa.timestamp("us", tz="UTC")),
        ("url", pa.string()),
        ("author", pa.string()),
        ("author_is_trust", pa.bool_()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("language", pa.string()),
        ("rating", pa.float64()),
        ("deleted", pa.bool_()),
        ("sentiment", pa.string()),
        ("negative", pa.float64()),
        ("neutral", pa.float64()),
        ("positive", pa.float64()),
        ("sentiment_model", pa.string()),
        ("model_version", pa.string()),
        ("finding_kinds", pa.list_(pa.string())),
        ("case_ids", pa.list_(pa.string())),
        ("case_statuses", pa.list_(pa.string())),
        ("staff_case", pa.bool_()),
        ("staff_named", pa.list_(pa.string())),
    ]
)


class ExportError(TrustWatchError):
    """An export that cannot or must not be written; the message names the file or setting."""


class ExportFormat(StrEnum):
    """File formats an export can be written in."""

    CSV = "csv"
    PARQUET = "parquet"


class NamedSpan(Protocol):
    """A span of text naming someone (classifiers.staff.linking.StaffMention fits)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class StaffNameFinder(Protocol):
    """Finds staff names in text (classifiers.staff.linking.StaffDetector fits)."""

    def scan(self, text: str) -> Sequence[NamedSpan]:
        """Spans naming staff, in order, not overlapping."""
        ...


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote (also recorded in the `exports` table)."""

    export_id: str
    path: Path
    rows: int
    format: ExportFormat
    key_id: str
    staff_names_redacted: bool


def pseudonym_key_from_env(environ: Mapping[str, str] | None = None) -> bytes:
    """The pseudonym key from the environment; refuses a missing or short key."""
    value = (os.environ if environ is None else environ).get(PSEUDONYM_KEY_ENV, "")
    if not value.strip():
        raise ExportError(
            f"{PSEUDONYM_KEY_ENV} is not set: exports pseudonymise members of the public with a secret key; set it "
            'to a random value kept outside the repository, e.g. python -c "import secrets; '
            'print(secrets.token_urlsafe(32))"'
        )
    if len(value.strip()) < MIN_KEY_CHARACTERS:
        raise ExportError(f"{PSEUDONYM_KEY_ENV} is too short: use at least {MIN_KEY_CHARACTERS} random characters")
    return value.strip().encode("utf-8")


class Pseudonymiser:
    """Keyed pseudonyms for members of the public; the Trust's official accounts stay named."""

    def __init__(self, key: bytes, trust_handles: Mapping[str, Iterable[str]] | None = None) -> None:
        if len(key) < MIN_KEY_CHARACTERS:
            raise ExportError(f"pseudonym key: use at least {MIN_KEY_CHARACTERS} characters")
        self._key = key
        self._trust_handles = {
            platform: {_normal_handle(handle) for handle in handles}
            for platform, handles in (trust_handles or {}).items()
        }

    @property
    def key_id(self) -> str:
        """Identifies the key without revealing it: exports with the same key_id share pseudonyms."""
        return self._digest("key-id")

    def _digest(self, *parts: str) -> str:
        return hmac.new(self._key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def is_trust(self, platform: str, handle: str | None) -> bool:
        """True when `handle` is one of the Trust's official accounts on `platform`."""
        return handle is not None and _normal_handle(handle) in self._trust_handles.get(platform, set())

    def handle(self, platform: str, handle: str) -> str:
        """The pseudonym of a handle (the Trust's own handles are returned as they are)."""
        if self.is_trust(platform, handle):
            return handle
        return "anon-" + self._digest("author", platform, "handle", _normal_handle(handle))

    def author(self, platform: str, author_id: str | None, handle: str | None, name: str | None) -> str | None:
        """One pseudonym per author: from the handle when known (so @mentions of them match), else id, else name."""
        if handle:
            return self.handle(platform, handle)
        if author_id:
            return "anon-" + self._digest("author", platform, "id", author_id)
        if name and name.strip():
            return "anon-" + self._digest("author", platform, "name", name.strip().casefold())
        return None

    def text(self, platform: str, text: str) -> str:
        """`text` with the @handles and u/names of members of the public pseudonymised."""
        text = _AT_HANDLE.sub(lambda match: "@" + self.handle(platform, match.group(1)), text)
        return _REDDIT_USER.sub(
            lambda match: match.group(0).replace(match.group(1), self.handle("reddit", match.group(1))), text
        )

    def url(self, url: str | None, platform: str, author_id: str | None, handle: str | None) -> str | None:
        """`url` with the author's handle or id replaced where it is a path segment (x.com/<handle>/status/…)."""
        if not url or not (author_id or handle):
            return url
        identities = {_normal_handle(value) for value in (author_id, handle) if value}
        pseudonym = self.author(platform, author_id, handle, None) or ""
        parts = urlsplit(url)
        segments = [
            ("@" + pseudonym if segment.startswith("@") else pseudonym)
            if _normal_handle(segment) in identities
            else segment
            for segment in parts.path.split("/")
        ]
        return urlunsplit(parts._replace(path="/".join(segments)))


def _normal_handle(handle: str) -> str:
    cleaned = handle.strip().casefold()
    for prefix in ("@", "/u/", "u/"):
        cleaned = cleaned.removeprefix(prefix)
    return cleaned


def _replace_spans(text: str, spans: Sequence[NamedSpan], marker: str) -> str:
    pieces: list[str] = []
    position = 0
    for span in sorted(spans, key=lambda span: span.start):
        if span.start < position:
            continue
        pieces += [text[position : span.start], marker]
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def spreadsheet_safe(value: str) -> str:
    """`value` as a spreadsheet shows it as text: with a leading apostrophe if it would start a formula."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def _spreadsheet_safe_row(row: dict[str, Any]) -> dict[str, Any]:
    # Lists are written as "[a, b]", which cannot start a formula; only text cells can.
    return {key: spreadsheet_safe(value) if isinstance(value, str) else value for key, value in row.items()}


def export_rows(
    store: Store,
    window: Window,
    pseudonymiser: Pseudonymiser,
    *,
    staff_finder: StaffNameFinder | None = None,
    hospital_number_pattern: str | None = None,
    for_spreadsheets: bool = False,
) -> pa.Table:
    """The export as an Arrow table: one row per mention published in `window`, safe to leave DuckDB.

    `for_spreadsheets` neutralises cells that a spreadsheet would run as a formula (for CSV).
    """
    rows = exports.mentions_for_export(store, window, STAFF_CASE_KIND)

    def clean(platform: str, text: str, staff_case: bool, named: list[str]) -> str:
        text = redact(text, hospital_number_pattern=hospital_number_pattern)
        if staff_finder is not None:
            spans = staff_finder.scan(text)
            if staff_case:
                named.extend(text[span.start : span.end] for span in spans)
            else:
                text = _replace_spans(text, spans, STAFF_MARKER)
        return pseudonymiser.text(platform, text)

    exported: list[dict[str, Any]] = []
    for row in rows:
        platform, handle = row["platform"], row["author_handle"]
        staff_case = bool(row["staff_case"])
        trust_author = pseudonymiser.is_trust(platform, handle)
        named: list[str] = []
        link = redact_url(row["url"], secrets_only=True) if row["url"] else row["url"]
        exported.append(
            {
                **{key: row[key] for key in ("platform", "source", "kind", "native_id", "published_at")},
                "url": link if trust_author else pseudonymiser.url(link, platform, row["author_id"], handle),
                "author": handle
                if trust_author
                else pseudonymiser.author(platform, row["author_id"], handle, row["author_name"]),
                "author_is_trust": trust_author,
                "title": clean(platform, row["title"], staff_case, named) if row["title"] else row["title"],
                "text": clean(platform, row["text"], staff_case, named),
                **{
                    key: row[key]
                    for key in (
                        "language",
                        "rating",
                        "deleted",
                        "sentiment",
                        "negative",
                        "neutral",
                        "positive",
                        "sentiment_model",
                        "model_version",
                        "finding_kinds",
                        "case_ids",
                        "case_statuses",
                    )
                },
                "staff_case": staff_case,
                "staff_named": list(dict.fromkeys(named)),
            }
        )
    if for_spreadsheets:
        exported = [_spreadsheet_safe_row(row) for row in exported]
    return pa.Table.from_pylist(exported, schema=_EXPORT_SCHEMA)


def export_window(
    store: Store,
    window: Window,
    path: Path,
    *,
    export_format: ExportFormat,
    exported_by: str,
    pseudonym_key: bytes | None = None,
    trust_handles: Mapping[str, Iterable[str]] | None = None,
    staff_finder: StaffNameFinder | None = None,
    hospital_number_pattern: str | None = None,
    overwrite: bool = False,
    now: datetime | None = None,
) -> ExportResult:
    """Write a window's mentions, classifications and findings to `path`, pseudonymised; record the export.

    `pseudonym_key` defaults to `TRUSTWATCH_EXPORT__PSEUDONYM_KEY`. The file is created owner-only
    (it still holds post text), and an existing file is replaced only with `overwrite`.
    """
    if not exported_by.strip():
        raise ExportError("exported_by: say who is exporting (a name or username)")
    pseudonymiser = Pseudonymiser(
        pseudonym_key if pseudonym_key is not None else pseudonym_key_from_env(), trust_handles
    )
    path = path.expanduser().resolve()
    if path.exists() and not overwrite:
        raise ExportError(f"{path}: already exists; choose another file or overwrite it explicitly")
    if not path.parent.is_dir():
        raise ExportError(f"{path.parent}: no such folder")
    table = export_rows(
        store,
        window,
        pseudonymiser,
        staff_finder=staff_finder,
        hospital_number_pattern=hospital_number_pattern,
        for_spreadsheets=export_format is ExportFormat.CSV,
    )
    # Owner-only from the first byte, and a failed write (a full disk) leaves no half file behind
    # and an existing file untouched.
    temporary: Path | None = None
    try:
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(descriptor)
        temporary = Path(name)
        exports.copy_to_file(store, table, temporary, "csv" if export_format is ExportFormat.CSV else "parquet")
        # DuckDB writes a new file under the name it is given, with the process's umask.
        temporary.chmod(0o600)
        temporary.replace(path)
    except (OSError, exports.CopyError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ExportError(f"{path}: cannot write the export ({reason})") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
    result = ExportResult(
        export_id=uuid.uuid4().hex,
        path=path,
        rows=table.num_rows,
        format=export_format,
        key_id=pseudonymiser.key_id,
        staff_names_redacted=staff_finder is not None,
    )
    exports.record_export(
        store,
        export_id=result.export_id,
        exported_by=exported_by.strip(),
        exported_at=now or utc_now(),
        window=window,
        file_format=export_format.value,
        path=path,
        rows=result.rows,
        key_id=result.key_id,
        staff_names_redacted=result.staff_names_redacted,
    )
    return result
