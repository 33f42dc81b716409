"""Meta: the Trust's own Facebook Page and Instagram professional account, through the Graph API.

Config (`[[sources]]` with `type = "meta"`):

    page_id = "104857600000001"            # the Trust's Facebook Page
    instagram_user_id = "17841400000000001" # the Trust's Instagram professional account
    hashtags = ["kingsmeregeneral"]         # Instagram hashtag search (at most 30; see below)
    include_tagged = true                   # posts and media that tag the Page or the account
    post_lookback_days = 28                 # comments are read on posts this recent
    graph_version = "v25.0"
    max_pages = 20                          # per edge and run

What it collects, per window:
- Facebook: posts visitors make on the Page, every comment and reply on the Page's posts (and on
  visitors' posts) published up to `post_lookback_days` before the window ends, and posts that tag
  the Page;
- Instagram: every comment and reply on the account's media of the same period, media that tags the
  account, and public media carrying each configured hashtag.
The Trust's own posts and comments (by the Page, or by the account's username) are not collected:
they are what comms already wrote.

What the API cannot give (docs/sources/meta.md): posts in Facebook groups and people's public posts
that do not tag the Page; Instagram captions that @mention the account (Meta tells an app about them
only by webhook, with no way to list them; TrustWatch polls and has no webhook receiver); hashtag
media older than 24 hours (`recent_media` covers the last 24 hours); Stories.

Instagram hashtag search allows 30 unique hashtags per account in a rolling 7 days; a hashtag
counts from its first query for 7 days, and querying it again in that time is free. The cursor
keeps when each hashtag was first queried (`state["hashtags_queried"]`), so a run never queries a
31st: it skips it, collects everything else, and then raises `QuotaExhausted` naming what it
skipped. Hashtag ids are static, so they are kept too (`state["hashtag_ids"]`).

Cursor (`cursor.state["covered"]`): the [since, until) intervals already read for this
configuration. Reading is free, so an interval is recorded only once the whole of it has been read
and yielded; a failed run reads it again and storage keeps one copy of each record. Comments made
later on an older post are seen only while the post is inside `post_lookback_days`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pydantic import Field, field_validator, model_validator

from connectors._coverage import covered_intervals, mark_covered, uncovered
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.meta.client import MetaClient, open_meta_client
from connectors.meta.mapping import (
    facebook_author,
    facebook_comment,
    facebook_post,
    instagram_author,
    instagram_comment,
    instagram_media,
    placeable,
)
from trustwatch.errors import QuotaExhausted
from trustwatch.records import Account, Cursor, Mention, Window, stable_id, utc_now

log = logging.getLogger(__name__)

HASHTAG_LIMIT = 30
HASHTAG_PERIOD = timedelta(days=7)
RECENT_MEDIA_REACH = timedelta(hours=24)
# Meta stops answering at 100%; a run that gets this close is worth a warning.
USAGE_WARNING_PERCENT = 75
_HASHTAG = re.compile(r"^[^\W]\w{0,99}$")


class MetaSource(SourceConfig):
    """Options of a `type = "meta"` source."""

    page_id: str | None = Field(default=None, pattern=r"^\d{5,25}$")
    instagram_user_id: str | None = Field(default=None, pattern=r"^\d{5,25}$")
    hashtags: list[str] = Field(default_factory=list)
    include_tagged: bool = True
    post_lookback_days: int = Field(default=28, ge=1, le=365)
    graph_version: str = Field(default="v25.0", pattern=r"^v\d{1,3}\.\d$")
    max_pages: int = Field(default=20, ge=1, le=1000)

    @field_validator("hashtags")
    @classmethod
    def _valid_hashtags(cls, hashtags: list[str]) -> list[str]:
        cleaned = list(dict.fromkeys(tag.strip().lstrip("#").casefold() for tag in hashtags))
        for tag in cleaned:
            if not _HASHTAG.match(tag):
                raise ValueError(f"{tag!r} is not a hashtag (letters, digits and underscores; no emoji or spaces)")
        if len(cleaned) > HASHTAG_LIMIT:
            raise ValueError(
                f"{len(cleaned)} hashtags, but Instagram allows {HASHTAG_LIMIT} unique hashtags per account in 7 days"
            )
        return cleaned

    @model_validator(mode="after")
    def _something_to_read(self) -> MetaSource:
        if self.page_id is None and self.instagram_user_id is None:
            raise ValueError("page_id: set page_id, instagram_user_id or both")
        if self.hashtags and self.instagram_user_id is None:
            raise ValueError("hashtags: hashtag search runs as the Instagram account; set instagram_user_id")
        return self

    @property
    def post_lookback(self) -> timedelta:
        """How long before a window ends a post or media must be published for its comments to be read."""
        return timedelta(days=self.post_lookback_days)


def open_client(source: MetaSource, client_settings: ClientSettings) -> AbstractContextManager[MetaClient]:
    """A Graph API client with the token from TRUSTWATCH_META_TOKEN."""
    return open_meta_client(
        source.name, client_settings, graph_version=source.graph_version, max_pages=source.max_pages
    )


def describe(source: MetaSource) -> dict[str, Any]:
    """What the run summary shows about this source."""
    return {
        "facebook_page": source.page_id,
        "instagram_account": source.instagram_user_id,
        "hashtags": source.hashtags,
        "include_tagged": source.include_tagged,
        "post_lookback_days": source.post_lookback_days,
    }


@dataclass
class _HashtagAllowance:
    """Instagram's 30 unique hashtags in a rolling 7 days, as the cursor remembers them."""

    queried: dict[str, str]
    now: datetime
    refused: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for tag, first in list(self.queried.items()):
            if datetime.fromisoformat(first) <= self.now - HASHTAG_PERIOD:
                del self.queried[tag]

    def take(self, tag: str) -> bool:
        """True when `tag` may be queried now, recording its first query; False (and remembered) when not."""
        if tag in self.queried:
            return True
        if len(self.queried) >= HASHTAG_LIMIT:
            if tag not in self.refused:
                self.refused.append(tag)
            return False
        # Counted before the call: Meta counts a hashtag once it is queried, whatever happens next.
        self.queried[tag] = self.now.isoformat()
        return True


def _start_state(source: MetaSource, cursor: Cursor) -> dict[str, Any]:
    state = cursor.state
    fingerprint = stable_id(
        "meta", source.page_id, source.instagram_user_id, *source.hashtags, source.include_tagged, source.post_lookback
    )
    if state.get("config") != fingerprint:
        state["config"] = fingerprint
        state["covered"] = []
    state.setdefault("covered", [])
    state.setdefault("hashtags_queried", {})
    state.setdefault("hashtag_ids", {})
    return state


def _placed(item: dict[str, Any], time_field: str, what: str, source: MetaSource) -> datetime | None:
    moment = placeable(item, time_field)
    if moment is None:
        log.warning("%s: a %s without an id or a readable %s was skipped", source.name, what, time_field)
    return moment


def _facebook(source: MetaSource, page_id: str, gap: Window, client: MetaClient) -> Iterator[Mention | Account]:
    for posts in client.page_posts(page_id, gap.since - source.post_lookback, gap.until):
        for post in posts:
            created = _placed(post, "created_time", "Facebook post", source)
            if created is None:
                continue
            author = facebook_author(post)
            by_trust = author is not None and author.account_id == page_id
            if not by_trust and gap.contains(created):
                if author is not None:
                    yield author
                yield facebook_post(post, source=source.name, query="page visitor posts")
            comments = post.get("comments")
            summary = comments.get("summary") if isinstance(comments, dict) else None
            if isinstance(summary, dict) and summary.get("total_count") == 0:
                continue
            yield from _facebook_comments(source, page_id, str(post["id"]), gap, client)
    if source.include_tagged:
        for posts in client.page_tagged(page_id, gap.since, gap.until):
            for post in posts:
                created = _placed(post, "created_time", "Facebook post tagging the Page", source)
                if created is None or not gap.contains(created):
                    continue
                author = facebook_author(post)
                if author is not None:
                    yield author
                yield facebook_post(post, source=source.name, query="posts tagging the page")


def _facebook_comments(
    source: MetaSource, page_id: str, post_id: str, gap: Window, client: MetaClient
) -> Iterator[Mention | Account]:
    for comments in client.post_comments(post_id):
        oldest: datetime | None = None
        for comment in comments:
            created = _placed(comment, "created_time", "Facebook comment", source)
            if created is None:
                continue
            oldest = created if oldest is None else min(oldest, created)
            author = facebook_author(comment)
            if not gap.contains(created) or (author is not None and author.account_id == page_id):
                continue
            if author is not None:
                yield author
            yield facebook_comment(comment, post_id=post_id, source=source.name)
        # Newest first: once a page reaches back before the window, the rest is older still.
        if oldest is not None and oldest < gap.since:
            return


def _instagram(source: MetaSource, user_id: str, gap: Window, client: MetaClient) -> Iterator[Mention | Account]:
    own_username: str | None = None
    reach_back = gap.since - source.post_lookback
    for media_page in client.instagram_media(user_id):
        oldest: datetime | None = None
        for media in media_page:
            published = _placed(media, "timestamp", "Instagram media", source)
            if published is None:
                continue
            oldest = published if oldest is None else min(oldest, published)
            if isinstance(media.get("username"), str):
                own_username = media["username"]
            if published < reach_back or published >= gap.until or media.get("comments_count") == 0:
                continue
            yield from _instagram_comments(source, media, own_username, gap, client)
        if oldest is not None and oldest < reach_back:
            break
    if source.include_tagged:
        for media_page in client.instagram_tags(user_id):
            oldest = None
            for media in media_page:
                published = _placed(media, "timestamp", "Instagram media tagging the account", source)
                if published is None:
                    continue
                oldest = published if oldest is None else min(oldest, published)
                if gap.contains(published):
                    yield instagram_media(media, source=source.name, query="media tagging the account")
            if oldest is not None and oldest < gap.since:
                break


def _instagram_comments(
    source: MetaSource, media: dict[str, Any], own_username: str | None, gap: Window, client: MetaClient
) -> Iterator[Mention | Account]:
    for comments in client.media_comments(str(media["id"])):
        for comment in comments:
            replies = comment.get("replies")
            thread = [comment]
            if isinstance(replies, dict):
                thread += [reply for reply in replies.get("data") or [] if isinstance(reply, dict)]
                paging = replies.get("paging")
                more = paging.get("next") if isinstance(paging, dict) else None
                if isinstance(more, str) and more:
                    thread += [reply for page in client.more_replies(more) for reply in page]
            for item in thread:
                created = _placed(item, "timestamp", "Instagram comment", source)
                if created is None or not gap.contains(created):
                    continue
                if own_username is not None and item.get("username") == own_username:
                    continue
                author = instagram_author(item)
                if author is not None:
                    yield author
                yield instagram_comment(item, media=media, source=source.name)


def _hashtags(
    source: MetaSource,
    user_id: str,
    gap: Window,
    client: MetaClient,
    state: dict[str, Any],
    allowance: _HashtagAllowance,
) -> Iterator[Mention | Account]:
    if gap.until <= allowance.now - RECENT_MEDIA_REACH:
        log.info(
            "%s: Instagram hashtag search returns only the last 24 hours of media; %s to %s is older",
            source.name,
            gap.since.isoformat(),
            gap.until.isoformat(),
        )
    ids: dict[str, str] = state["hashtag_ids"]
    for tag in source.hashtags:
        if not allowance.take(tag):
            continue
        if tag not in ids:
            found = client.hashtag_id(user_id, tag)
            if found is None:
                log.warning("%s: Instagram has no hashtag #%s", source.name, tag)
                continue
            ids[tag] = found
        for media_page in client.hashtag_recent_media(ids[tag], user_id):
            for media in media_page:
                published = _placed(media, "timestamp", "Instagram hashtag media", source)
                if published is not None and gap.contains(published):
                    yield instagram_media(media, source=source.name, query=f"#{tag}")


def fetch(source: MetaSource, window: Window, cursor: Cursor, client: MetaClient) -> Iterator[Mention | Account]:
    """Yield comments, visitor posts, tags and hashtag media about the Trust on Facebook and Instagram
    created inside `window`, each author before its first post; parts of the window already read are skipped."""
    state = _start_state(source, cursor)
    allowance = _HashtagAllowance(state["hashtags_queried"], utc_now())
    seen: set[tuple[str, str]] = set()
    for gap in uncovered(window, covered_intervals(state)):
        streams: list[Iterator[Mention | Account]] = []
        if source.page_id is not None:
            streams.append(_facebook(source, source.page_id, gap, client))
        if source.instagram_user_id is not None:
            streams.append(_instagram(source, source.instagram_user_id, gap, client))
            if source.hashtags:
                streams.append(_hashtags(source, source.instagram_user_id, gap, client, state, allowance))
        for stream in streams:
            for record in stream:
                key = (record.platform, record.native_id if isinstance(record, Mention) else "@" + record.account_id)
                if key not in seen:
                    seen.add(key)
                    yield record
        mark_covered(state, gap.since, gap.until)
    if client.graph.highest_usage is not None and client.graph.highest_usage >= USAGE_WARNING_PERCENT:
        log.warning("%s: Meta reported %d%% of a rate limit used", source.name, client.graph.highest_usage)
    log.info("%s: %d Graph API requests", source.name, client.graph.requests_made)
    if allowance.refused:
        raise QuotaExhausted(
            f"Instagram allows {HASHTAG_LIMIT} unique hashtags per account in 7 days and this account has queried "
            f"{len(allowance.queried)}; not searched: {', '.join('#' + tag for tag in allowance.refused)}. Everything "
            "else was collected. Each hashtag frees up 7 days after its first query.",
            source=source.name,
        )


CONNECTOR: Connector[MetaSource, MetaClient] = Connector(
    type="meta", config_model=MetaSource, open_client=open_client, fetch=fetch, describe=describe
)
