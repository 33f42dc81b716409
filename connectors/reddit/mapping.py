"""Reddit listing children (`t3` submissions, `t1` comments) and user summaries as TrustWatch records.

We request `raw_json=1` (praw always does), so bodies arrive unescaped Markdown; the HTML renderings
(`selftext_html`, `body_html`) stay in the raw payload only.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any

from connectors._text import plain_to_text
from trustwatch.errors import FatalError
from trustwatch.records import Account, Mention

PLATFORM = "reddit"
REDDIT_URL = "https://www.reddit.com"
# What Reddit puts in place of the author or body once a user deletes, or a moderator removes.
DELETED_MARKERS = {"[deleted]", "[removed]"}


def created_at(data: dict[str, Any], *, source: str | None = None) -> datetime:
    """`created_utc` (epoch seconds) as an aware datetime; a child without it cannot be placed in a window."""
    value = data.get("created_utc")
    if not isinstance(value, int | float):
        raise FatalError(f"Reddit item {data.get('name', '?')} has no created_utc", source=source)
    return datetime.fromtimestamp(value, tz=UTC)


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    # Bodies are Markdown, not HTML: line breaks matter. raw_json=1 should mean no entities, but
    # bot and cross-posted text still carries "&amp;" at times.
    return plain_to_text(html.unescape(value))


def _author(data: dict[str, Any]) -> tuple[str | None, str | None]:
    handle = data.get("author")
    if not isinstance(handle, str) or handle in DELETED_MARKERS:
        return None, None
    fullname = data.get("author_fullname")
    return (fullname if isinstance(fullname, str) else None), handle


def is_deleted(data: dict[str, Any], body_key: str) -> bool:
    """True when the author deleted the item or a moderator, admin or Reddit's filters removed it."""
    body = data.get(body_key)
    # An author who deletes their account leaves the body in place under "[deleted]": that item
    # still exists, only its author is gone, so it is not marked deleted.
    return (isinstance(body, str) and body.strip() in DELETED_MARKERS) or data.get("removed_by_category") not in (
        None,
        "",
    )


def _url(data: dict[str, Any]) -> str | None:
    permalink = data.get("permalink")
    if isinstance(permalink, str) and permalink.startswith("/"):
        return f"{REDDIT_URL}{permalink}"
    # Comments served without a permalink (/api/info, some older listings) still name their
    # submission and themselves; Reddit resolves /comments/<post>/_/<comment>/ to the comment.
    link_id, comment_id = data.get("link_id"), data.get("id")
    if isinstance(link_id, str) and link_id.startswith("t3_") and isinstance(comment_id, str) and comment_id:
        return f"{REDDIT_URL}/comments/{link_id.removeprefix('t3_')}/_/{comment_id}/"
    return None


def submission_to_mention(data: dict[str, Any], *, source: str, query: str | None) -> Mention:
    """A `t3` child as a post mention; the title stays separate, link posts have empty text."""
    author_id, author_handle = _author(data)
    native_id = data.get("name") or (f"t3_{data['id']}" if "id" in data else None)
    if not isinstance(native_id, str):
        raise FatalError("Reddit submission without an id", source=source)
    return Mention(
        platform=PLATFORM,
        native_id=native_id,
        source=source,
        kind="post",
        url=_url(data),
        author_id=author_id,
        author_handle=author_handle,
        title=_text(data.get("title")),
        text=_text(data.get("selftext")) or "",
        published_at=created_at(data, source=source),
        query=query,
        deleted=is_deleted(data, "selftext"),
        raw=data,
    )


def comment_to_mention(data: dict[str, Any], *, source: str, query: str | None) -> Mention:
    """A `t1` child as a comment mention replying to its parent (`t1_` or `t3_` fullname)."""
    author_id, author_handle = _author(data)
    native_id = data.get("name") or (f"t1_{data['id']}" if "id" in data else None)
    if not isinstance(native_id, str):
        raise FatalError("Reddit comment without an id", source=source)
    parent = data.get("parent_id")
    return Mention(
        platform=PLATFORM,
        native_id=native_id,
        source=source,
        kind="comment",
        url=_url(data),
        author_id=author_id,
        author_handle=author_handle,
        text=_text(data.get("body")) or "",
        published_at=created_at(data, source=source),
        query=query,
        in_reply_to=parent if isinstance(parent, str) else None,
        deleted=is_deleted(data, "body"),
        raw=data,
    )


def user_to_account(fullname: str, handle: str | None, data: dict[str, Any] | None) -> Account:
    """A user summary from `/api/user_data_by_account_ids`; None means suspended or deleted (fields missing)."""
    if data is None:
        return Account(
            platform=PLATFORM,
            account_id=fullname,
            handle=handle,
            url=f"{REDDIT_URL}/user/{handle}" if handle else None,
            raw={"fullname": fullname, "missing": "not returned by Reddit: suspended or deleted account"},
        )
    name = data.get("name") if isinstance(data.get("name"), str) else handle
    created = data.get("created_utc")
    image = data.get("profile_img")
    return Account(
        platform=PLATFORM,
        account_id=fullname,
        handle=name,
        created_at=datetime.fromtimestamp(created, tz=UTC) if isinstance(created, int | float) else None,
        profile_image_url=image if isinstance(image, str) and image else None,
        url=f"{REDDIT_URL}/user/{name}" if name else None,
        raw={"fullname": fullname, **data},
    )
