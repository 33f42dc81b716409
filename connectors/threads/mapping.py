"""Threads posts from keyword search as TrustWatch records.

Keyword search returns a post's author by username only (no user id, profile or follower count),
so the author account is keyed by username and everything else about it stays missing. The post is
kept exactly as Meta sent it in `raw`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from connectors._graph import parse_graph_time
from connectors._text import plain_to_text
from trustwatch.records import Account, Mention

PLATFORM = "threads"


def placeable(post: dict[str, Any]) -> datetime | None:
    """When the post was published, if it has an id and a readable timestamp; else None."""
    post_id = post.get("id")
    return parse_graph_time(post.get("timestamp")) if isinstance(post_id, str | int) and str(post_id) else None


def author(post: dict[str, Any]) -> Account | None:
    """The post's author, by username, when Meta returned one."""
    username = post.get("username")
    if not isinstance(username, str) or not username:
        return None
    return Account(
        platform=PLATFORM,
        account_id=username,
        handle=username,
        url=f"https://www.threads.net/@{username}",
        raw={"username": username},
    )


def post_to_mention(post: dict[str, Any], *, source: str, query: str) -> Mention:
    """One keyword-search result as a mention; a reply's `in_reply_to` is the post it answers."""
    published = placeable(post)
    if published is None:
        raise ValueError("Threads post without an id or timestamp")
    username = post.get("username")
    replied_to = post.get("replied_to")
    parent = replied_to.get("id") if isinstance(replied_to, dict) else None
    text = post.get("text")
    return Mention(
        platform=PLATFORM,
        native_id=str(post["id"]),
        source=source,
        kind="reply" if post.get("is_reply") is True else "post",
        url=post.get("permalink") if isinstance(post.get("permalink"), str) else None,
        author_id=username if isinstance(username, str) and username else None,
        author_handle=username if isinstance(username, str) and username else None,
        text=plain_to_text(text) if isinstance(text, str) else "",
        published_at=published,
        query=query,
        in_reply_to=str(parent) if parent else None,
        raw=post,
    )
