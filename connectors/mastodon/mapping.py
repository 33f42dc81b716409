"""Mastodon statuses and accounts as TrustWatch records.

A status's `content` is HTML written by other servers, so it is turned into text by parsing, never
by running or rendering it (`connectors._text.html_to_text`: scripts and styles dropped, links kept
as their visible text, which Mastodon gives in full across its "invisible" spans). A content
warning (`spoiler_text`) becomes the title. The same status reached through two instances has two
instance-local ids but one ActivityPub `uri`, so the `uri` is its native id; accounts are keyed by
their full handle (`name@domain`), the same from every instance. Reply links (`in_reply_to_id`) are
instance-local ids of statuses TrustWatch may never have seen, so they stay in `raw` only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from connectors._text import html_to_text, plain_to_text
from trustwatch.records import Account, Mention, parse_utc

PLATFORM = "mastodon"


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_utc(value)
    except ValueError:
        return None


def full_handle(account: dict[str, Any], instance: str) -> str | None:
    """`name@domain` for an account: `acct` as sent, with the instance's domain added to a local one."""
    acct = _str(account.get("acct"))
    if acct is None:
        return None
    return (acct if "@" in acct else f"{acct}@{urlsplit(instance).netloc}").lower()


def placeable(status: dict[str, Any]) -> datetime | None:
    """When the status was posted, if it has a uri (or url) and a readable `created_at`; else None."""
    return _time(status.get("created_at")) if _str(status.get("uri")) or _str(status.get("url")) else None


def account_to_account(account: dict[str, Any], instance: str) -> Account | None:
    """A Mastodon account (as embedded in a status, or from lookup) as an Account."""
    handle = full_handle(account, instance)
    if handle is None:
        return None
    note = _str(account.get("note"))
    return Account(
        platform=PLATFORM,
        account_id=handle,
        handle=handle,
        display_name=_str(account.get("display_name")),
        description=(html_to_text(note) or None) if note else None,
        created_at=_time(account.get("created_at")),
        followers=_count(account.get("followers_count")),
        following=_count(account.get("following_count")),
        profile_image_url=_str(account.get("avatar")),
        url=_str(account.get("url")),
        raw=account,
    )


def status_to_mention(status: dict[str, Any], *, instance: str, source: str, query: str) -> Mention:
    """One status as a mention; the caller checks `placeable` first."""
    published = placeable(status)
    if published is None:
        raise ValueError("Mastodon status without a uri or created_at")
    account = status.get("account")
    account = account if isinstance(account, dict) else {}
    handle = full_handle(account, instance)
    content = _str(status.get("content"))
    spoiler = _str(status.get("spoiler_text"))
    return Mention(
        platform=PLATFORM,
        native_id=_str(status.get("uri")) or str(status["url"]),
        source=source,
        kind="reply" if status.get("in_reply_to_id") else "post",
        url=_str(status.get("url")) or _str(status.get("uri")),
        author_id=handle,
        author_handle=handle,
        author_name=_str(account.get("display_name")),
        title=plain_to_text(spoiler) if spoiler else None,
        text=html_to_text(content) if content else "",
        language=_str(status.get("language")),
        published_at=published,
        query=query,
        raw=status,
    )
