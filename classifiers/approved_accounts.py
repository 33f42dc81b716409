"""The register of the Trust's approved accounts (approved_accounts.csv), validated on load.

Columns: platform,handle,account_id,display_name,owner_team,approved_on,notes, and optionally bio (the
account's official bio: an impersonator's copy of it is evidence). An account on the register is `official`
whatever it looks like. A row with an account id matches by id only, because a handle can be renamed and then
registered by someone else; a row without one matches by handle. Platform names are read whatever their case
("X", "Twitter", " facebook ").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from trustwatch.errors import ConfigError
from trustwatch.settings import ACCOUNT_PLATFORMS, normalise_platform

COLUMNS = ("platform", "handle", "account_id", "display_name", "owner_team", "approved_on", "notes")
OPTIONAL_COLUMNS = ("bio",)
REQUIRED = ("platform", "handle", "owner_team", "approved_on")
KNOWN_PLATFORMS = ACCOUNT_PLATFORMS


def _platform_key(platform: str) -> str:
    try:
        return normalise_platform(platform)
    except ValueError:
        return platform.strip().casefold()


def normalise_handle(handle: str) -> str:
    """The form handles are compared in: no leading @, casefolded (all supported platforms ignore case)."""
    handle = handle.strip().lstrip("@").strip()
    return handle.casefold()


@dataclass(frozen=True)
class ApprovedAccount:
    """One row of the register."""

    platform: str
    handle: str
    account_id: str | None
    display_name: str | None
    owner_team: str
    approved_on: date
    notes: str | None
    line: int
    bio: str | None = None


@dataclass(frozen=True)
class ApprovedRegister:
    """The approved accounts, indexed for matching by (platform, account id) and (platform, handle)."""

    entries: tuple[ApprovedAccount, ...] = ()
    source: Path | None = None
    _by_id: dict[tuple[str, str], ApprovedAccount] = field(default_factory=dict, init=False, repr=False, compare=False)
    _by_handle: dict[tuple[str, str], ApprovedAccount] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for entry in self.entries:
            if entry.account_id:
                self._by_id[(entry.platform, entry.account_id)] = entry
            self._by_handle[(entry.platform, normalise_handle(entry.handle))] = entry

    def __iter__(self) -> Iterator[ApprovedAccount]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, platform: str, account_id: str | None, handle: str | None) -> ApprovedAccount | None:
        """The register row for this account: by id when the row has one, else by handle."""
        platform = _platform_key(platform)
        if account_id:
            entry = self._by_id.get((platform, account_id))
            if entry is not None:
                return entry
        if handle:
            entry = self._by_handle.get((platform, normalise_handle(handle)))
            # An id on the row must match: the same handle with another id is a renamed or re-registered account.
            if entry is not None and (entry.account_id is None or not account_id):
                return entry
        return None

    def has_handle(self, platform: str, handle: str) -> bool:
        """True when some row holds this handle (whatever its id), so config handles must not override it."""
        return (_platform_key(platform), normalise_handle(handle)) in self._by_handle

    def handles(self, platform: str | None = None) -> list[str]:
        """Approved handles, for one platform or all."""
        key = None if platform is None else _platform_key(platform)
        return [entry.handle for entry in self.entries if key is None or entry.platform == key]

    def display_names(self) -> list[str]:
        """Display names on the register (what genuine accounts are called, and so what fakes copy)."""
        return [entry.display_name for entry in self.entries if entry.display_name]

    def bios(self) -> list[str]:
        """Official bios on the register (a verbatim or near copy of one is evidence of impersonation)."""
        return [entry.bio for entry in self.entries if entry.bio]


def load_approved_accounts(path: Path) -> ApprovedRegister:
    """Read and validate approved_accounts.csv; any problem raises ConfigError naming file, line and column."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: approved accounts register not found") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read approved accounts register ({error.strerror})") from None

    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows, None)
    if header is None:
        raise ConfigError(f"{path}: line 1: empty file; expected the header {','.join(COLUMNS)}")
    header = [column.strip().casefold() for column in header]
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise ConfigError(f"{path}: line 1: missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}")
    unknown = [column for column in header if column not in (*COLUMNS, *OPTIONAL_COLUMNS)]
    if unknown:
        raise ConfigError(
            f"{path}: line 1: unknown column(s) {', '.join(unknown)}; expected {','.join(COLUMNS)} "
            f"(optionally {','.join(OPTIONAL_COLUMNS)})"
        )

    entries: list[ApprovedAccount] = []
    seen_handles: dict[tuple[str, str], int] = {}
    seen_ids: dict[tuple[str, str], int] = {}
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ConfigError(f"{path}: line {line}: {len(row)} fields, expected {len(header)} ({','.join(header)})")
        values = {column: cell.strip() for column, cell in zip(header, row, strict=True)}
        entry = _parse_row(path, line, values)
        platform, handle = entry.platform, entry.handle
        handle_key = (platform, normalise_handle(handle))
        if handle_key in seen_handles:
            raise ConfigError(
                f"{path}: line {line}, column handle: duplicate of line {seen_handles[handle_key]} "
                f"({platform} handle {handle!r})"
            )
        seen_handles[handle_key] = line
        if entry.account_id is not None:
            id_key = (platform, entry.account_id)
            if id_key in seen_ids:
                raise ConfigError(
                    f"{path}: line {line}, column account_id: duplicate of line {seen_ids[id_key]} "
                    f"({platform} id {entry.account_id!r})"
                )
            seen_ids[id_key] = line
        entries.append(entry)
    return ApprovedRegister(entries=tuple(entries), source=path)


def _parse_row(path: Path, line: int, values: dict[str, str]) -> ApprovedAccount:
    def where(column: str) -> str:
        return f"{path}: line {line}, column {column}"

    for column in REQUIRED:
        if not values[column]:
            raise ConfigError(f"{where(column)}: required value is empty")
    try:
        platform = normalise_platform(values["platform"])
    except ValueError as error:
        raise ConfigError(f"{where('platform')}: {error}") from None
    try:
        approved_on = date.fromisoformat(values["approved_on"])
    except ValueError:
        raise ConfigError(
            f"{where('approved_on')}: {values['approved_on']!r} is not a date in YYYY-MM-DD form"
        ) from None
    handle = values["handle"].lstrip("@")
    if not handle or any(char.isspace() for char in handle):
        raise ConfigError(f"{where('handle')}: {values['handle']!r} is not a handle")
    return ApprovedAccount(
        platform=platform,
        handle=handle,
        account_id=values["account_id"] or None,
        display_name=values["display_name"] or None,
        owner_team=values["owner_team"],
        approved_on=approved_on,
        notes=values["notes"] or None,
        line=line,
        bio=values.get("bio") or None,
    )
