"""Facebook Page posts and comments, and Instagram media and comments, as TrustWatch records.

Each record keeps the object exactly as Meta sent it in `raw`. What Meta leaves out stays missing:
a Facebook author Meta withholds (`from` is only returned for people who allowed it, or with
`pages_read_user_content` on the Trust's own Page) has no author; media found by hashtag search
has no username (Meta does not return it there); Instagram comments have no link of their own, so
a comment's `url` is its media's permalink. An object without an id or a readable timestamp cannot
be placed in a window and is skipped by the caller, with a warning.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from connectors._graph import parse_graph_time
from connectors._text import plain_to_text
from trustwatch.records import Account, Mention

FACEBOOK = "facebook"
INSTAGRAM = "instagram"


def _text(value: Any) -> str | None:
    return plain_to_text(value) if isinstance(value, str) and value.strip() else None


def _id(value: Any) -> str | None:
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) and str(value) else None


def placeable(item: dict[str, Any], time_field: str) -> datetime | None:
    """When a Graph object was created, if it has an id and a readable `time_field`; else None."""
    return parse_graph_time(item.get(time_field)) if _id(item.get("id")) else None


def facebook_author(item: dict[str, Any]) -> Account | None:
    """The person or Page in a Facebook object's `from`, when Meta returned one."""
    author = item.get("from")
    if not isinstance(author, dict) or _id(author.get("id")) is None:
        return None
    name = author.get("name")
    return Account(
        platform=FACEBOOK,
        account_id=str(author["id"]),
        display_name=name if isinstance(name, str) and name.strip() else None,
        url=f"https://www.facebook.com/{author['id']}",
        raw=author,
    )


def facebook_post(post: dict[str, Any], *, source: str, query: str) -> Mention:
    """A post on the Trust's Page by someone else, or a post that tags the Page, as a mention."""
    author = facebook_author(post)
    published = parse_graph_time(post.get("created_time"))
    if published is None:
        raise ValueError("facebook post without created_time")
    return Mention(
        platform=FACEBOOK,
        native_id=str(post["id"]),
        source=source,
        kind="post",
        url=post.get("permalink_url") if isinstance(post.get("permalink_url"), str) else None,
        author_id=author.account_id if author else None,
        author_name=author.display_name if author else None,
        # A post with no message of its own (a shared photo) may still carry Meta's "story" line.
        text=_text(post.get("message")) or _text(post.get("story")) or "",
        published_at=published,
        query=query,
        raw=post,
    )


def facebook_comment(comment: dict[str, Any], *, post_id: str, source: str) -> Mention:
    """A comment or reply on a Page post; `in_reply_to` is the comment it answers, else the post."""
    author = facebook_author(comment)
    published = parse_graph_time(comment.get("created_time"))
    if published is None:
        raise ValueError("facebook comment without created_time")
    parent = comment.get("parent")
    parent_id = _id(parent.get("id")) if isinstance(parent, dict) else None
    return Mention(
        platform=FACEBOOK,
        native_id=str(comment["id"]),
        source=source,
        kind="comment",
        url=comment.get("permalink_url") if isinstance(comment.get("permalink_url"), str) else None,
        author_id=author.account_id if author else None,
        author_name=author.display_name if author else None,
        text=_text(comment.get("message")) or "",
        published_at=published,
        query="page comments",
        in_reply_to=parent_id or post_id,
        raw=comment,
    )


def instagram_author(item: dict[str, Any]) -> Account | None:
    """The Instagram account behind a comment (`from`) or tagged media (`username`), when Meta said."""
    author = item.get("from")
    if isinstance(author, dict) and _id(author.get("id")):
        username = author.get("username") or item.get("username")
        return Account(
            platform=INSTAGRAM,
            account_id=str(author["id"]),
            handle=username if isinstance(username, str) and username else None,
            url=f"https://www.instagram.com/{username}/" if isinstance(username, str) and username else None,
            raw=author,
        )
    return None


def instagram_comment(comment: dict[str, Any], *, media: dict[str, Any], source: str) -> Mention:
    """A comment or reply on the Trust's Instagram media; a reply's `in_reply_to` is its comment."""
    author = instagram_author(comment)
    username = comment.get("username")
    published = parse_graph_time(comment.get("timestamp"))
    if published is None:
        raise ValueError("instagram comment without timestamp")
    return Mention(
        platform=INSTAGRAM,
        native_id=str(comment["id"]),
        source=source,
        kind="comment",
        url=media.get("permalink") if isinstance(media.get("permalink"), str) else None,
        author_id=author.account_id if author else None,
        author_handle=username if isinstance(username, str) and username else None,
        text=_text(comment.get("text")) or "",
        published_at=published,
        query="instagram comments",
        in_reply_to=_id(comment.get("parent_id")) or _id(media.get("id")),
        raw=comment,
    )


def instagram_media(media: dict[str, Any], *, source: str, query: str) -> Mention:
    """Media that tags the Trust's account, or carries one of its hashtags, as a mention."""
    username = media.get("username")
    published = parse_graph_time(media.get("timestamp"))
    if published is None:
        raise ValueError("instagram media without timestamp")
    return Mention(
        platform=INSTAGRAM,
        native_id=str(media["id"]),
        source=source,
        kind="post",
        url=media.get("permalink") if isinstance(media.get("permalink"), str) else None,
        author_handle=username if isinstance(username, str) and username else None,
        text=_text(media.get("caption")) or "",
        published_at=published,
        query=query,
        raw=media,
    )
