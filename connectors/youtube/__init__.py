"""YouTube: videos naming the Trust, and the comments on them and on the Trust's own channel,
through the YouTube Data API v3.

Config (`[[sources]]` with `type = "youtube"`):

    channel_id = "UCxxxxxxxxxxxxxxxxxxxxxx"   # optional: the Trust's own channel (its comments are read)
    query = ['"Kingsmere General"']          # optional: default, the Trust's name and aliases quoted and ORed
    region_code = "GB"                        # optional: search.list regionCode
    relevance_language = "en"                 # optional: search.list relevanceLanguage
    relevance_filter = true                   # keep only videos whose title or description names the Trust
    max_search_pages = 2                      # per query and run (each page is 50 videos and 100 units)
    watch_days = 14                           # read comments on a found video this long after it was published
    thread_lookback_days = 7                  # read threads started this long before the window, for new replies
    max_comment_pages = 5                     # per video or channel and run
    max_units_per_run = 2000
    max_units_per_day = 10000                 # the project's daily quota (10,000 by default)

Search finds videos published inside the window (`publishedAfter`/`publishedBefore`, newest
first); each is fetched in full with `videos.list` and its channel with `channels.list`, so an
impersonating channel is seen with its profile. Videos the relevance filter keeps are remembered in
the cursor (`state["videos"]`) and their comment threads read on each run for `watch_days`; the
Trust's own channel's threads are read on every run. Threads are read newest first until one started
more than `thread_lookback_days` before the window; a reply inside the window to an older thread is
missed. The Trust's own comments (by `channel_id`) are not collected.

Quota: every call is charged before it is sent (Google charges invalid calls too): search.list 100
units, videos.list, channels.list, commentThreads.list and comments.list 1 each. The cursor keeps
the units used on the current quota day (`state["quota"]`; the day turns at midnight Pacific time,
as Google's does) and per calendar month (`state["usage"]`). A call that would pass
`max_units_per_run` or `max_units_per_day` is not sent: the run stops with `QuotaExhausted` after
yielding everything read, naming what is left. Google's own `quotaExceeded` is `QuotaExhausted` too.

Cursor: `state["covered"]` holds the [since, until) intervals already searched with the current
queries, recorded page by page (`connectors._newest_first`), so a run stopped by the quota resumes
where it stopped and never pays twice for the same search page; `state["comments"]["covered"]`
holds the intervals whose comments have been read, recorded once every watched video and the
channel have been read for it.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator, model_validator

from connectors._coverage import covered_intervals, mark_covered, uncovered
from connectors._graph import objects
from connectors._newest_first import NewestFirstProgress
from connectors._text import mentions_any
from connectors.base import ClientSettings, Connector, MonthlyBudget, SourceConfig, add_usage
from connectors.youtube.client import UNIT_COSTS, Unavailable, YouTubeClient, open_youtube_client
from connectors.youtube.mapping import (
    as_object,
    channel_to_account,
    comment_author,
    comment_to_mention,
    search_video_id,
    video_to_mention,
    youtube_time,
)
from trustwatch.errors import QuotaExhausted
from trustwatch.records import Account, Cursor, Mention, Window, stable_id, utc_now
from trustwatch.settings import TrustProfile

log = logging.getLogger(__name__)

DEFAULT_DAILY_QUOTA = 10_000
QUOTA_TIMEZONE = ZoneInfo("America/Los_Angeles")
TIMESTAMP_RESOLUTION = timedelta(seconds=1)


def build_query(trust: TrustProfile) -> str:
    """The Trust's name and aliases as quoted phrases ORed with YouTube's `|`: one search, one charge."""
    phrases = ['"' + name.replace('"', " ").strip() + '"' for name in dict.fromkeys(trust.names) if name.strip()]
    return "|".join(phrases)


class YouTubeSource(SourceConfig):
    """Options of a `type = "youtube"` source."""

    channel_id: str | None = Field(default=None, pattern=r"^UC[\w-]{22}$")
    query: list[str] | None = None
    region_code: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    relevance_language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z]+)?$")
    relevance_filter: bool = True
    max_search_pages: int = Field(default=2, ge=1, le=50)
    watch_days: int = Field(default=14, ge=1, le=365)
    thread_lookback_days: int = Field(default=7, ge=0, le=365)
    max_comment_pages: int = Field(default=5, ge=1, le=100)
    max_units_per_run: int = Field(default=2000, ge=1)
    max_units_per_day: int = Field(default=DEFAULT_DAILY_QUOTA, ge=1)

    @field_validator("query", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent(self) -> YouTubeSource:
        if self.query is not None and (not self.query or any(not query.strip() for query in self.query)):
            raise ValueError("query: must hold at least one non-blank query")
        if self.query is None and not build_query(self.trust):
            raise ValueError("query: trust has no name or alias to search for")
        if self.max_units_per_run > self.max_units_per_day:
            raise ValueError("max_units_per_run: is larger than max_units_per_day")
        return self

    @property
    def queries(self) -> list[str]:
        """The searches this source runs (the override, or one built from the Trust profile)."""
        return [query.strip() for query in self.query] if self.query is not None else [build_query(self.trust)]


def open_client(source: YouTubeSource, client_settings: ClientSettings) -> AbstractContextManager[YouTubeClient]:
    """A YouTube Data API client with the key from TRUSTWATCH_YOUTUBE_API_KEY."""
    return open_youtube_client(source.name, client_settings)


def budget(source: YouTubeSource) -> MonthlyBudget:
    """Quota units per month: the daily quota times the days in this month (Google's cap is per day)."""
    today = utc_now()
    days = calendar.monthrange(today.year, today.month)[1]
    return MonthlyBudget(cap=source.max_units_per_day * days, unit="YouTube quota units")


def describe(source: YouTubeSource) -> dict[str, Any]:
    """What the run summary shows about this source."""
    return {
        "queries": source.queries,
        "channel_id": source.channel_id,
        "max_units_per_run": source.max_units_per_run,
        "max_units_per_day": source.max_units_per_day,
    }


@dataclass
class _Quota:
    """Units this run may still spend: per run, and on the current quota day (Pacific time)."""

    source: YouTubeSource
    state: dict[str, Any]
    now: datetime
    used_this_run: int = 0
    calls: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        day = self.now.astimezone(QUOTA_TIMEZONE).date().isoformat()
        if not isinstance(self.state.get("quota"), dict) or self.state["quota"].get("day") != day:
            self.state["quota"] = {"day": day, "used": 0}
        self.state.setdefault("usage", {})

    @property
    def used_today(self) -> int:
        return int(self.state["quota"]["used"])

    def charge(self, resource: str, unread: str) -> None:
        """Count one call to `resource` before it is sent, or refuse it when it would pass a limit."""
        units = UNIT_COSTS[resource]
        if self.used_this_run + units > self.source.max_units_per_run or self.used_today + units > (
            self.source.max_units_per_day
        ):
            raise QuotaExhausted(
                f"YouTube quota budget spent: {self.used_this_run} units this run (max_units_per_run="
                f"{self.source.max_units_per_run}), {self.used_today} on {self.state['quota']['day']} Pacific time "
                f"(max_units_per_day={self.source.max_units_per_day}); {resource}.list costs {units}. Left unread: "
                f"{unread}. Everything read so far was kept.",
                source=self.source.name,
            )
        self.used_this_run += units
        self.state["quota"]["used"] = self.used_today + units
        add_usage(self.state["usage"], self.now.strftime("%Y-%m"), units)
        self.calls[resource] = self.calls.get(resource, 0) + 1


@dataclass
class _Run:
    """What one fetch shares across searches and comment reads."""

    source: YouTubeSource
    client: YouTubeClient
    state: dict[str, Any]
    quota: _Quota
    seen_mentions: set[str] = field(default_factory=set)
    seen_accounts: set[str] = field(default_factory=set)

    def new_account(self, account: Account | None) -> bool:
        if account is None or account.account_id in self.seen_accounts:
            return False
        self.seen_accounts.add(account.account_id)
        return True

    def new_mention(self, mention: Mention) -> bool:
        if mention.native_id in self.seen_mentions:
            return False
        self.seen_mentions.add(mention.native_id)
        return True


def _start_state(source: YouTubeSource, cursor: Cursor, now: datetime) -> dict[str, Any]:
    state = cursor.state
    fingerprint = stable_id("youtube", *source.queries, source.channel_id, source.relevance_filter)
    if state.get("queries") != fingerprint:
        state["queries"] = fingerprint
        state["covered"] = []
        state["comments"] = {"covered": []}
    state.setdefault("covered", [])
    state.setdefault("comments", {"covered": []})
    videos: dict[str, Any] = state.setdefault("videos", {})
    for video_id, seen in list(videos.items()):
        published = datetime.fromisoformat(seen["published"]) if isinstance(seen, dict) else None
        if published is None or published < now - timedelta(days=source.watch_days):
            del videos[video_id]
    return state


def _search(run: _Run, query: str, gap: Window, progress: NewestFirstProgress) -> Iterator[Mention | Account]:
    source, client = run.source, run.client
    page_token: str | None = None
    for page_number in range(1, source.max_search_pages + 1):
        run.quota.charge(
            "search",
            f"page {page_number} of the search {query!r} for {gap.since:%Y-%m-%d %H:%M} to {gap.until:%Y-%m-%d %H:%M}",
        )
        payload = client.search(
            query,
            gap.since,
            gap.until,
            page_token,
            region_code=source.region_code,
            relevance_language=source.relevance_language,
        )
        items = [item for item in objects(payload, "items") if search_video_id(item)]
        details: dict[str, dict[str, Any]] = {}
        if items:
            run.quota.charge("videos", f"the details of {len(items)} videos found, and what follows")
            details = {
                str(video["id"]): video
                for video in objects(client.videos([search_video_id(i) or "" for i in items]), "items")
            }
        mentions = []
        for item in items:
            mention = video_to_mention(item, details.get(search_video_id(item) or ""), source=source.name, query=query)
            if mention is None or not gap.contains(mention.published_at):
                continue
            if source.relevance_filter and not mentions_any(mention.full_text, source.trust.names):
                continue
            mentions.append(mention)
        yield from _channels(run, [m.author_id for m in mentions if m.author_id])
        for mention in sorted(mentions, key=lambda found: (found.published_at, found.native_id)):
            run.state["videos"][mention.native_id] = {
                "published": mention.published_at.isoformat(),
                "channel": mention.author_id,
            }
            if run.new_mention(mention):
                yield mention
        oldest = min(
            (when for item in items if (when := youtube_time((item.get("snippet") or {}).get("publishedAt")))),
            default=None,
        )
        page_token = payload.get("nextPageToken") if isinstance(payload.get("nextPageToken"), str) else None
        progress.page_read(query, oldest if oldest and gap.contains(oldest) else None, finished=page_token is None)
        if page_token is None:
            return
    log.info("%s: stopped the search %r after max_search_pages=%d", source.name, query, source.max_search_pages)


def _channels(run: _Run, channel_ids: list[str]) -> Iterator[Account]:
    wanted = [channel for channel in dict.fromkeys(channel_ids) if channel not in run.seen_accounts]
    for start in range(0, len(wanted), 50):
        batch = wanted[start : start + 50]
        run.quota.charge("channels", f"the profiles of {len(batch)} channels, and what follows")
        for channel in objects(run.client.channels(batch), "items"):
            account = channel_to_account(channel)
            if run.new_account(account) and account is not None:
                yield account


def _comment_targets(run: _Run, gap: Window) -> list[tuple[str, str]]:
    targets: list[tuple[str, str]] = []
    if run.source.channel_id is not None:
        targets.append(("channel", run.source.channel_id))
    watch = timedelta(days=run.source.watch_days)
    for video_id, seen in sorted(run.state["videos"].items()):
        published = datetime.fromisoformat(seen["published"])
        on_own_channel = run.source.channel_id is not None and seen.get("channel") == run.source.channel_id
        if gap.until - watch <= published < gap.until and not on_own_channel:
            targets.append(("video", video_id))
    return targets


def _comments(run: _Run, gap: Window) -> Iterator[Mention | Account]:
    source, client = run.source, run.client
    oldest_thread = gap.since - timedelta(days=source.thread_lookback_days)
    for kind, target in _comment_targets(run, gap):
        page_token: str | None = None
        for page_number in range(1, source.max_comment_pages + 1):
            run.quota.charge(
                "commentThreads", f"page {page_number} of the comments on {kind} {target}, and what follows"
            )
            try:
                payload = client.comment_threads(
                    video_id=target if kind == "video" else None,
                    channel_id=target if kind == "channel" else None,
                    page_token=page_token,
                )
            except Unavailable as error:
                if kind == "channel":
                    raise
                log.info("%s: comments on video %s cannot be read (%s); no longer watched", source.name, target, error)
                del run.state["videos"][target]
                break
            reached_older = False
            for thread in objects(payload, "items"):
                snippet = as_object(thread.get("snippet"))
                top = as_object(snippet.get("topLevelComment")) or None
                if top is None:
                    continue
                started = youtube_time((top.get("snippet") or {}).get("publishedAt"))
                if started is not None and started < oldest_thread:
                    reached_older = True
                    continue
                yield from _thread(run, thread, top, gap, kind, target)
            page_token = payload.get("nextPageToken") if isinstance(payload.get("nextPageToken"), str) else None
            if reached_older or page_token is None:
                break


def _thread(
    run: _Run, thread: dict[str, Any], top: dict[str, Any], gap: Window, kind: str, target: str
) -> Iterator[Mention | Account]:
    snippet = as_object(thread.get("snippet"))
    replies_part = thread.get("replies")
    replies = objects(replies_part, "comments") if isinstance(replies_part, dict) else []
    total = snippet.get("totalReplyCount")
    if isinstance(total, int) and total > len(replies) and isinstance(top.get("id"), str):
        replies = []
        page_token: str | None = None
        for page_number in range(1, run.source.max_comment_pages + 1):
            run.quota.charge("comments", f"page {page_number} of the replies to comment {top['id']}, and what follows")
            payload = run.client.replies(top["id"], page_token)
            replies += objects(payload, "items")
            page_token = payload.get("nextPageToken") if isinstance(payload.get("nextPageToken"), str) else None
            if page_token is None:
                break
    query = "channel comments" if kind == "channel" else f"comments on video {target}"
    for comment in [top, *replies]:
        mention = comment_to_mention(comment, source=run.source.name, query=query)
        if mention is None or not gap.contains(mention.published_at):
            continue
        if run.source.channel_id is not None and mention.author_id == run.source.channel_id:
            continue
        account = comment_author(comment)
        if run.new_account(account) and account is not None:
            yield account
        if run.new_mention(mention):
            yield mention


def fetch(source: YouTubeSource, window: Window, cursor: Cursor, client: YouTubeClient) -> Iterator[Mention | Account]:
    """Yield videos naming the Trust published inside `window` (each channel first) and the comments
    made inside it on those videos and on the Trust's channel; parts already read are skipped."""
    now = utc_now()
    state = _start_state(source, cursor, now)
    run = _Run(source=source, client=client, state=state, quota=_Quota(source, state, now))
    for gap in uncovered(window, covered_intervals(state)):
        progress = NewestFirstProgress(state, gap, source.queries, TIMESTAMP_RESOLUTION)
        for query in source.queries:
            yield from _search(run, query, gap, progress)
    comments_read: dict[str, Any] = state["comments"]
    for gap in uncovered(window, covered_intervals(comments_read)):
        yield from _comments(run, gap)
        mark_covered(comments_read, gap.since, gap.until)
    log.info(
        "%s: %d YouTube quota units this run (%s), %d on %s Pacific time",
        source.name,
        run.quota.used_this_run,
        ", ".join(f"{resource} x{count}" for resource, count in sorted(run.quota.calls.items())) or "no calls",
        run.quota.used_today,
        state["quota"]["day"],
    )


CONNECTOR: Connector[YouTubeSource, YouTubeClient] = Connector(
    type="youtube",
    config_model=YouTubeSource,
    open_client=open_client,
    fetch=fetch,
    describe=describe,
    budget=budget,
)
