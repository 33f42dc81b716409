"""HTTP for the YouTube Data API v3: the only module of this connector that speaks HTTP.

Plain httpx with an API key (public data needs no OAuth), sent in the `X-Goog-Api-Key` header so it
never appears in a URL. The calls and what each costs of the project's daily quota (Google's quota
calculator; 10,000 units a day by default, reset at midnight Pacific time):

- `search.list` (100 units): `part=snippet&type=video&order=date&q=...&publishedAfter=&publishedBefore=`,
  50 results a page, `nextPageToken`;
- `videos.list` (1 unit): the full descriptions (search truncates them) of up to 50 videos;
- `channels.list` (1 unit): up to 50 channels' profiles;
- `commentThreads.list` (1 unit): `videoId=` or `allThreadsRelatedToChannelId=`, `order=time`, 100 a
  page, each thread with its top-level comment and some of its replies;
- `comments.list` (1 unit): the rest of a thread's replies (`parentId=`).

Errors come as `{"error": {"code", "message", "errors": [{"domain", "reason", "message"}]}}` and are
classified once by reason: `quotaExceeded` and `dailyLimitExceeded` are `QuotaExhausted`;
`rateLimitExceeded`, `userRateLimitExceeded`, `backendError` and 5xx are retriable; `keyInvalid`,
`accessNotConfigured` (the API is not enabled for the key's project) and other 4xx are fatal.
`commentsDisabled`, `videoNotFound` and `channelNotFound` are `Unavailable`: the caller skips that
one video or channel.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from connectors._http import (
    RetryPolicy,
    credential,
    fetch_with_retries,
    http_client_for,
    parse_json,
    raise_for_status,
    redact_url,
)
from connectors.base import ClientSettings
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError, SourceError

KEY_VARIABLE = "TRUSTWATCH_YOUTUBE_API_KEY"
API_ROOT = "https://www.googleapis.com/youtube/v3"
UNIT_COSTS = {"search": 100, "videos": 1, "channels": 1, "commentThreads": 1, "comments": 1}
SEARCH_PAGE_SIZE = 50
IDS_PER_CALL = 50
COMMENT_PAGE_SIZE = 100
QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded"}
RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded", "backendError"}
UNAVAILABLE_REASONS = {"commentsDisabled", "videoNotFound", "channelNotFound", "commentThreadNotFound"}


class Unavailable(FatalError):
    """One video or channel cannot be read (comments disabled, deleted); the others can."""


def rfc3339(moment: datetime) -> str:
    """A UTC timestamp as YouTube's `publishedAfter`/`publishedBefore` take it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def youtube_error(response: httpx.Response, *, source: str | None) -> SourceError | None:
    """The TrustWatch error for a YouTube Data API response, or None when it succeeded."""
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        try:
            raise_for_status(response, source=source)
        except SourceError as classified:
            return classified
        return FatalError(f"{response.status_code} without an error body", source=source)
    details = [item for item in error.get("errors") or [] if isinstance(item, dict)]
    reasons = {str(item.get("reason")) for item in details if item.get("reason")}
    where = f"{response.request.method} {redact_url(str(response.request.url))}"
    # Google's message may carry HTML (a link to the quota page); the reason says it plainly.
    said = f"{response.status_code} {', '.join(sorted(reasons)) or error.get('status') or 'error'}"
    if reasons & QUOTA_REASONS:
        return QuotaExhausted(
            f"{where}: YouTube refused for quota ({said}); the project's daily quota resets at midnight Pacific time",
            source=source,
        )
    if reasons & RATE_REASONS or response.status_code >= 500 or response.status_code == 429:
        return RetriableError(f"{where}: {said}; will retry", source=source)
    if reasons & UNAVAILABLE_REASONS:
        return Unavailable(f"{where}: {said}", source=source)
    if "keyInvalid" in reasons or response.status_code == 401:
        return FatalError(f"{where}: YouTube rejected the API key ({said}); check {KEY_VARIABLE}", source=source)
    if "accessNotConfigured" in reasons:
        return FatalError(
            f"{where}: the YouTube Data API v3 is not enabled for the API key's project ({said})", source=source
        )
    message = str(error.get("message") or "")[:300]
    return FatalError(f"{where}: {said}" + (f": {message}" if message else ""), source=source)


@dataclass
class YouTubeClient:
    """httpx client with the API key header, size limit and retry policy; counts the requests it sends."""

    http: httpx.Client
    max_bytes: int
    source: str | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    requests_made: int = 0

    def _get(self, resource: str, params: dict[str, str | int]) -> dict[str, Any]:
        url = f"{API_ROOT}/{resource}"

        def classify(response: httpx.Response) -> None:
            self.requests_made += 1
            classified = youtube_error(response, source=self.source)
            if classified is not None:
                raise classified

        response = fetch_with_retries(
            self.http,
            "GET",
            url,
            source=self.source,
            max_bytes=self.max_bytes,
            policy=self.policy,
            classify=classify,
            params=params,
        )
        payload = parse_json(response, source=self.source)
        if not isinstance(payload, dict):
            raise FatalError(f"{url}: expected a JSON object", source=self.source)
        return payload

    def search(
        self,
        query: str,
        since: datetime,
        until: datetime,
        page_token: str | None,
        *,
        region_code: str | None,
        relevance_language: str | None,
    ) -> dict[str, Any]:
        """One page of videos matching `query` published in [since, until), newest first (100 units)."""
        params: dict[str, str | int] = {
            "part": "snippet",
            "type": "video",
            "order": "date",
            "q": query,
            "publishedAfter": rfc3339(since),
            "publishedBefore": rfc3339(until),
            "maxResults": SEARCH_PAGE_SIZE,
            # The default, "moderate", hides some results; monitoring wants them all.
            "safeSearch": "none",
        }
        if region_code:
            params["regionCode"] = region_code
        if relevance_language:
            params["relevanceLanguage"] = relevance_language
        if page_token:
            params["pageToken"] = page_token
        return self._get("search", params)

    def videos(self, video_ids: Sequence[str]) -> dict[str, Any]:
        """Snippets (full descriptions) and statistics of up to 50 videos (1 unit)."""
        return self._get("videos", {"part": "snippet,statistics", "id": ",".join(video_ids[:IDS_PER_CALL])})

    def channels(self, channel_ids: Sequence[str]) -> dict[str, Any]:
        """Profiles of up to 50 channels (1 unit)."""
        return self._get("channels", {"part": "snippet,statistics", "id": ",".join(channel_ids[:IDS_PER_CALL])})

    def comment_threads(
        self, *, video_id: str | None, channel_id: str | None, page_token: str | None
    ) -> dict[str, Any]:
        """One page of comment threads on a video, or on every video of a channel, newest first (1 unit)."""
        params: dict[str, str | int] = {
            "part": "snippet,replies",
            "order": "time",
            "textFormat": "plainText",
            "maxResults": COMMENT_PAGE_SIZE,
        }
        if video_id is not None:
            params["videoId"] = video_id
        elif channel_id is not None:
            params["allThreadsRelatedToChannelId"] = channel_id
        if page_token:
            params["pageToken"] = page_token
        return self._get("commentThreads", params)

    def replies(self, parent_id: str, page_token: str | None) -> dict[str, Any]:
        """One page of replies to a top-level comment (1 unit)."""
        params: dict[str, str | int] = {
            "part": "snippet",
            "parentId": parent_id,
            "textFormat": "plainText",
            "maxResults": COMMENT_PAGE_SIZE,
        }
        if page_token:
            params["pageToken"] = page_token
        return self._get("comments", params)


@contextmanager
def open_youtube_client(source_name: str, client_settings: ClientSettings) -> Iterator[YouTubeClient]:
    """A client with the key from TRUSTWATCH_YOUTUBE_API_KEY; a missing key is a FatalError naming it."""
    key = credential(
        KEY_VARIABLE,
        client_settings,
        source=source_name,
        why="the YouTube Data API needs an API key from a Google Cloud project with the API enabled "
        "(docs/sources/youtube.md)",
    )
    http = http_client_for(client_settings)
    http.headers["X-Goog-Api-Key"] = key
    client = YouTubeClient(http=http, max_bytes=client_settings.http.max_response_bytes, source=source_name)
    try:
        yield client
    finally:
        client.http.close()
