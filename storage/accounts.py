"""Accounts as the impersonation steps ask for them: a run's authors, reply candidates, first sightings."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from storage.store import TO_DETECT, Store
from trustwatch.records import Account

_ACCOUNT_COLUMNS = (
    "a.platform, a.account_id, a.handle, a.display_name, a.description, a.created_at, a.followers, a.following, "
    "a.verified, a.profile_image_url, a.url, CAST(a.raw AS VARCHAR) AS raw, a.first_seen_at, a.last_seen_at"
)


def _account(row: Mapping[str, Any]) -> Account:
    raw = row.get("raw")
    fields = {key: row[key] for key in Account.model_fields if key in row and key not in ("raw", "collected_at")}
    return Account.model_validate(
        {
            **fields,
            "raw": json.loads(raw) if isinstance(raw, str) else (raw or {}),
            "collected_at": row["last_seen_at"],
        }
    )


def reply_candidates(store: Store, run_id: str) -> list[Account]:
    """Accounts whose replies this run collected, answering a mention of the Trust posted by someone else.

    The parent may have been collected in an earlier run; replies an earlier run landed but never
    detected count as this run's. Replies to oneself (threads) are not candidates.
    """
    rows = store.fetch_dicts(
        f"""
        SELECT DISTINCT {_ACCOUNT_COLUMNS}
        FROM collected_mentions AS reply
        JOIN collected_mentions AS parent
          ON parent.platform = reply.platform AND parent.native_id = reply.in_reply_to
        JOIN accounts AS a ON a.platform = reply.platform AND a.account_id = reply.author_id
        WHERE {TO_DETECT.format(alias="reply")} AND reply.in_reply_to IS NOT NULL
          AND parent.author_id IS DISTINCT FROM reply.author_id
        ORDER BY a.platform, a.account_id
        """,
        [run_id],
    )
    return [_account(row) for row in rows]


def run_authors(store: Store, run_id: str) -> list[Account]:
    """The accounts that wrote the mentions this run collected (or an earlier run landed and never detected)."""
    rows = store.fetch_dicts(
        f"""
        SELECT {_ACCOUNT_COLUMNS}
        FROM accounts AS a
        WHERE EXISTS (
            SELECT 1 FROM collected_mentions AS m
            WHERE m.platform = a.platform AND m.author_id = a.account_id AND {TO_DETECT.format(alias="m")}
        )
        ORDER BY a.platform, a.account_id
        """,
        [run_id],
    )
    return [_account(row) for row in rows]


def first_seen(store: Store, accounts: Sequence[Account]) -> dict[tuple[str, str], datetime]:
    """When each of `accounts` was first stored, keyed by (platform, account_id)."""
    if not accounts:
        return {}
    rows = store.fetch_dicts(
        "SELECT platform, account_id, first_seen_at FROM accounts "
        "WHERE list_contains(?, platform || chr(31) || account_id)",
        [[f"{a.platform}\x1f{a.account_id}" for a in accounts]],
    )
    return {(row["platform"], row["account_id"]): row["first_seen_at"] for row in rows}


def stored_account(store: Store, platform: str, account_id: str) -> tuple[Account, datetime] | None:
    """The stored account and when it was first seen, or None."""
    rows = store.fetch_dicts(
        f"SELECT {_ACCOUNT_COLUMNS} FROM accounts AS a WHERE a.platform = ? AND a.account_id = ?",
        [platform, account_id],
    )
    return (_account(rows[0]), rows[0]["first_seen_at"]) if rows else None
