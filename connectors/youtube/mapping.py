"""YouTube videos, channels and comments as TrustWatch records.

`search.list` snippets carry HTML-escaped titles ("A&amp;E") and descriptions cut to a line, so a
video's title and text come from `videos.list` when it answered, and from the search result
(unescaped) otherwise; both payloads are kept in `raw`. Comments are read as plain text
(`textFormat=plainText`); `textOriginal` is the author's own text. A comment author's newer-style
display name is the channel handle ("@name"), kept as the handle without the "@".
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from connectors._text import plain_to_text
from trustwatch.records import Account, Mention, parse_utc

PLATFORM = "youtube"
WATCH_URL = "https://www.youtube.com/watch?v="


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def as_object(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one (a field YouTube left out or sent malformed)."""
    return value if isinstance(value, dict) else {}


def _count(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else None


def youtube_time(value: Any) -> datetime | None:
    """A YouTube RFC 3339 timestamp as an aware datetime; None when absent or malformed."""
    if not isinstance(value, str):
        return None
    try:
        return parse_utc(value)
    except ValueError:
        return None


def search_video_id(item: dict[str, Any]) -> str | None:
    """The video id of a `search.list` result (results of other kinds have none)."""
    result_id = item.get("id")
    return _str(result_id.get("videoId")) if isinstance(result_id, dict) else None


def video_to_mention(item: dict[str, Any], video: dict[str, Any] | None, *, source: str, query: str) -> Mention | None:
    """A video found by search as a mention; None when it has no id or publication time."""
    video_id = search_video_id(item)
    search_snippet = as_object(item.get("snippet"))
    snippet = (as_object(video.get("snippet")) or None) if video else None
    published = youtube_time((snippet or search_snippet).get("publishedAt"))
    if video_id is None or published is None:
        return None
    if snippet is not None:
        title, description = _str(snippet.get("title")), _str(snippet.get("description"))
        language = _str(snippet.get("defaultLanguage")) or _str(snippet.get("defaultAudioLanguage"))
    else:
        title = _str(html.unescape(search_snippet.get("title") or ""))
        description = _str(html.unescape(search_snippet.get("description") or ""))
        language = None
    source_snippet = snippet or search_snippet
    raw: dict[str, Any] = {"search_result": item}
    if video is not None:
        raw["video"] = video
    return Mention(
        platform=PLATFORM,
        native_id=video_id,
        source=source,
        kind="video",
        url=WATCH_URL + video_id,
        author_id=_str(source_snippet.get("channelId")),
        author_name=_str(source_snippet.get("channelTitle")),
        title=plain_to_text(title) if title else None,
        text=plain_to_text(description) if description else "",
        language=language,
        published_at=published,
        query=query,
        raw=raw,
    )


def channel_to_account(channel: dict[str, Any]) -> Account | None:
    """A `channels.list` item as an account (subscriber count missing when the channel hides it)."""
    channel_id = _str(channel.get("id"))
    if channel_id is None:
        return None
    snippet = as_object(channel.get("snippet"))
    statistics = as_object(channel.get("statistics"))
    thumbnails = as_object(snippet.get("thumbnails"))
    image = next(
        (
            thumbnails[size]["url"]
            for size in ("high", "medium", "default")
            if isinstance(thumbnails.get(size), dict) and _str(thumbnails[size].get("url"))
        ),
        None,
    )
    custom_url = _str(snippet.get("customUrl"))
    return Account(
        platform=PLATFORM,
        account_id=channel_id,
        handle=custom_url.lstrip("@") if custom_url else None,
        display_name=_str(snippet.get("title")),
        description=_str(snippet.get("description")),
        created_at=youtube_time(snippet.get("publishedAt")),
        followers=None
        if statistics.get("hiddenSubscriberCount") is True
        else _count(statistics.get("subscriberCount")),
        profile_image_url=image,
        url=f"https://www.youtube.com/channel/{channel_id}",
        raw=channel,
    )


def _author_channel(snippet: dict[str, Any]) -> str | None:
    author = snippet.get("authorChannelId")
    return _str(author.get("value")) if isinstance(author, dict) else None


def comment_author(comment: dict[str, Any]) -> Account | None:
    """The channel behind a comment, from what the comment itself says of it."""
    snippet = as_object(comment.get("snippet"))
    channel_id = _author_channel(snippet)
    if channel_id is None:
        return None
    name = _str(snippet.get("authorDisplayName"))
    return Account(
        platform=PLATFORM,
        account_id=channel_id,
        handle=name[1:] if name and name.startswith("@") else None,
        display_name=name,
        profile_image_url=_str(snippet.get("authorProfileImageUrl")),
        url=_str(snippet.get("authorChannelUrl")),
        raw={key: snippet[key] for key in snippet if key.startswith("author")},
    )


def comment_to_mention(comment: dict[str, Any], *, source: str, query: str) -> Mention | None:
    """A top-level comment or a reply as a mention; None without an id, video or publication time."""
    snippet = as_object(comment.get("snippet"))
    comment_id = _str(comment.get("id"))
    video_id = _str(snippet.get("videoId"))
    published = youtube_time(snippet.get("publishedAt"))
    if comment_id is None or published is None:
        return None
    name = _str(snippet.get("authorDisplayName"))
    text = snippet.get("textOriginal") if isinstance(snippet.get("textOriginal"), str) else snippet.get("textDisplay")
    return Mention(
        platform=PLATFORM,
        native_id=comment_id,
        source=source,
        kind="comment",
        url=f"{WATCH_URL}{video_id}&lc={comment_id}" if video_id else None,
        author_id=_author_channel(snippet),
        author_handle=name[1:] if name and name.startswith("@") else None,
        author_name=name,
        text=plain_to_text(text) if isinstance(text, str) else "",
        published_at=published,
        query=query,
        in_reply_to=_str(snippet.get("parentId")) or video_id,
        raw=comment,
    )
