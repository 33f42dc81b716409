"""Accounts given as JSON lines (`trustwatch check-accounts`): parsed strictly, each problem named by line and field."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from classifiers.impersonation.images import ImageResult
from classifiers.impersonation.scorer import AccountVerdict, ImpersonationScorer
from trustwatch.errors import TrustWatchError
from trustwatch.records import Account, parse_utc
from trustwatch.settings import normalise_platform


class AccountInputError(TrustWatchError):
    """A line of `check-accounts` input is not a valid account; the message names the line and field."""


INPUT_FIELDS = (
    "platform",
    "handle",
    "display_name",
    "description",
    "account_id",
    "created_at",
    "followers",
    "following",
    "verified",
    "profile_image_url",
    "url",
)
_TEXT_FIELDS = ("display_name", "description", "profile_image_url", "url")
# Accounts scored together, so their bios go through the encoder in one batch.
PREPARE_BATCH = 256


def account_from_json(payload: Mapping[str, Any], where: str = "input") -> Account:
    """An Account from one `check-accounts` JSON object; a missing id is recorded as missing, not invented.

    The platform name is read whatever its case or spacing ("X", "Twitter", " facebook "); an unknown platform,
    a handle with spaces, a negative count or a field of the wrong type is an `AccountInputError` naming it.
    """
    unknown = sorted(set(payload) - set(INPUT_FIELDS))
    known = {key: payload[key] for key in INPUT_FIELDS if key in payload and payload[key] is not None}
    for key in ("platform", "handle"):
        if not isinstance(known.get(key), str) or not known[key].strip():
            raise AccountInputError(f"{where}: field {key!r} is required and must be a non-empty string")
    try:
        known["platform"] = normalise_platform(known["platform"])
    except ValueError as error:
        raise AccountInputError(f"{where}: field 'platform': {error}") from None
    handle = known["handle"].strip().lstrip("@")
    if not handle or any(char.isspace() for char in handle):
        raise AccountInputError(f"{where}: field 'handle': {known['handle']!r} is not a handle (empty or has spaces)")
    known["handle"] = handle
    for key in _TEXT_FIELDS:
        if key in known and not isinstance(known[key], str):
            raise AccountInputError(f"{where}: field {key!r} must be a string, not {type(known[key]).__name__}")
    for key in ("followers", "following"):
        value = known.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise AccountInputError(f"{where}: field {key!r} must be a whole number of 0 or more, not {value!r}")
    if "verified" in known and not isinstance(known["verified"], bool):
        raise AccountInputError(f"{where}: field 'verified' must be true or false, not {known['verified']!r}")
    raw: dict[str, Any] = {"extra_fields": {key: payload[key] for key in unknown}} if unknown else {}
    if "account_id" not in known:
        # Account ids are required on records; the handle stands in and the register matches by handle only.
        known["account_id"] = f"handle:{handle.casefold()}"
        raw["account_id_missing"] = True
    elif isinstance(known["account_id"], bool) or not isinstance(known["account_id"], str | int):
        raise AccountInputError(f"{where}: field 'account_id' must be a string or a number")
    else:
        known["account_id"] = str(known["account_id"])
    if "created_at" in known:
        if not isinstance(known["created_at"], str):
            raise AccountInputError(f"{where}: field 'created_at' must be an ISO-8601 string")
        try:
            known["created_at"] = parse_utc(known["created_at"])
        except ValueError:
            raise AccountInputError(f"{where}: field 'created_at': {known['created_at']!r} is not ISO-8601") from None
    try:
        return Account(**known, raw=raw)
    except ValidationError as error:
        problems = "; ".join(f"field {'.'.join(str(p) for p in e['loc'])!r}: {e['msg']}" for e in error.errors())
        raise AccountInputError(f"{where}: {problems}") from None


def decoded_lines(lines: Iterable[bytes | str], source: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line, decoded as UTF-8 (a byte-order mark is allowed on the first line).

    Bytes that are not UTF-8 are an `AccountInputError` naming the line and the byte, not a traceback.
    """
    for number, line in enumerate(lines, start=1):
        if isinstance(line, str):
            yield number, line
            continue
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            raise AccountInputError(
                f"{source}: line {number}: not UTF-8 text (byte 0x{line[error.start]:02x} at column "
                f"{error.start + 1}); save the file as UTF-8"
            ) from None
        yield number, text


def read_accounts(lines: Iterable[bytes | str], source: str = "input") -> Iterator[tuple[dict[str, Any], Account]]:
    """(input object, Account) for each JSON line; blank lines are skipped, and an input with no account at all
    is an `AccountInputError` (so an empty file never looks like a clean result)."""
    count = 0
    for number, line in decoded_lines(lines, source):
        if not line.strip():
            continue
        where = f"{source}: line {number}"
        try:
            payload = json.loads(line)
        except json.JSONDecodeError as error:
            raise AccountInputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
        if not isinstance(payload, dict):
            raise AccountInputError(f"{where}: expected a JSON object, got {type(payload).__name__}")
        count += 1
        yield payload, account_from_json(payload, where)
    if count == 0:
        raise AccountInputError(f"{source}: no accounts to check (the input is empty)")


def check_accounts(
    lines: Iterable[bytes | str],
    scorer: ImpersonationScorer,
    now: datetime,
    fetch_image: Callable[[str], ImageResult] | None = None,
    source: str = "input",
) -> Iterator[tuple[dict[str, Any], Account, AccountVerdict, ImageResult | None]]:
    """Score JSON lines of accounts: each input object with its parsed account, verdict and fetched image.

    Accounts are read `PREPARE_BATCH` at a time so the scorer reads their bios in batches; the accounts before a
    bad line are still scored and yielded before its error is raised.
    """
    accounts = read_accounts(lines, source)
    while True:
        batch: list[tuple[dict[str, Any], Account]] = []
        error: AccountInputError | None = None
        try:
            batch.extend(itertools.islice(accounts, PREPARE_BATCH))
        except AccountInputError as problem:
            error = problem
        scorer.prepare([account for _, account in batch], now)
        for payload, account in batch:
            image = fetch_image(account.profile_image_url) if fetch_image and account.profile_image_url else None
            yield payload, account, scorer.score(account, now, image), image
        if error is not None:
            raise error
        if len(batch) < PREPARE_BATCH:
            return
