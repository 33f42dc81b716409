"""HTTP for one Mastodon instance's REST API: the only module of this connector that speaks HTTP.

Calls (docs.joinmastodon.org, methods/timelines, methods/accounts, methods/search):

- `GET /api/v1/timelines/tag/:hashtag`: public statuses with the hashtag, newest first, `limit` up
  to 40, `max_id` paging; public on most instances (an instance may require a token);
- `GET /api/v1/accounts/lookup?acct=`: an account's instance-local id from its handle;
- `GET /api/v1/accounts/:id/statuses`: an account's statuses, newest first (`exclude_reblogs`);
- `GET /api/v2/search?type=statuses&q=`: full-text search, which needs a user token and on
  Mastodon 4.2 and later finds only posts whose authors opted in to search (and posts the token's
  user interacted with); `offset` paging.

Pages link to the next page with an HTTP `Link` header (`rel="next"`); the client follows only
links on its own instance. Rate limits (300 requests in 5 minutes per account or IP by default)
come as `X-RateLimit-Remaining` and `X-RateLimit-Reset` (an ISO 8601 time); a 429 is retried after
that time. Errors carry `{"error": "..."}`, kept in the message: 401/403 are fatal and name the token
variable, 404 is fatal and names what was not found, 429 and 5xx are retriable.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from connectors._http import RetryPolicy, credential, fetch_with_retries, http_client_for, parse_json, redact_url
from connectors.base import ClientSettings
from trustwatch.errors import FatalError, RetriableError, SourceError
from trustwatch.records import parse_utc
from trustwatch.settings import secret_from_env

log = logging.getLogger(__name__)

PAGE_SIZE = 40  # Mastodon's maximum for timelines, account statuses and search
RETRIABLE = {408, 425, 429, 500, 502, 503, 504}


def rate_limit_wait(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Seconds until Mastodon's rate limit resets (`X-RateLimit-Reset` is an ISO 8601 time), if it said."""
    reset = response.headers.get("x-ratelimit-reset")
    if reset:
        try:
            return max(0.0, (parse_utc(reset) - (now or datetime.now(UTC))).total_seconds())
        except ValueError:
            pass
    retry_after = response.headers.get("retry-after", "").strip()
    return float(retry_after) if retry_after.isdigit() else None


def mastodon_error(response: httpx.Response, *, source: str | None, token_variable: str) -> SourceError | None:
    """The TrustWatch error for a Mastodon API response, or None when it succeeded."""
    status = response.status_code
    if status < 400:
        return None
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    said = str(body.get("error"))[:300] if isinstance(body, dict) and body.get("error") else response.reason_phrase
    where = f"{response.request.method} {redact_url(str(response.request.url))}"
    if status in RETRIABLE or status >= 500:
        return RetriableError(
            f"{where} answered {status} ({said}); will retry", source=source, retry_after=rate_limit_wait(response)
        )
    if status in (401, 403):
        return FatalError(
            f"{where} answered {status} ({said}): this instance needs a user access token here; set {token_variable}",
            source=source,
        )
    return FatalError(f"{where} answered {status} ({said})", source=source)


@dataclass
class MastodonClient:
    """httpx client for one instance (token header when given), size limit and retry policy."""

    http: httpx.Client
    instance: str
    max_bytes: int
    token_variable: str
    source: str | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    requests_made: int = 0

    def get(self, url: str, params: Mapping[str, str | int | bool] | None = None) -> tuple[Any, str | None]:
        """GET an absolute URL on this instance: the JSON body and the `Link: rel="next"` URL, if any."""
        if urlsplit(url).netloc.lower() != urlsplit(self.instance).netloc.lower():
            raise FatalError(f"refusing to follow a link off {self.instance}: {redact_url(url)}", source=self.source)
        query = {
            key: (str(value).lower() if isinstance(value, bool) else value) for key, value in (params or {}).items()
        }

        def classify(response: httpx.Response) -> None:
            self.requests_made += 1
            classified = mastodon_error(response, source=self.source, token_variable=self.token_variable)
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
            params=query or None,
        )
        following = response.links.get("next", {}).get("url")
        return parse_json(response, source=self.source), following if isinstance(following, str) else None

    def statuses_pages(
        self, path: str, params: Mapping[str, str | int | bool], *, max_pages: int
    ) -> Iterator[tuple[list[dict[str, Any]], bool]]:
        """Each page of a newest-first list of statuses, with whether the instance has more after it;
        at most `max_pages` pages (a last page yielded with more to come means `max_pages` stopped it)."""
        body, following = self.get(f"{self.instance}{path}", {**params, "limit": PAGE_SIZE})
        links_seen: set[str] = set()
        for page_number in range(1, max_pages + 1):
            if not isinstance(body, list):
                raise FatalError(f"{self.instance}{path}: expected a JSON array of statuses", source=self.source)
            statuses = [status for status in body if isinstance(status, dict)]
            more = following is not None and bool(statuses) and following not in links_seen
            yield statuses, more
            if following is None or not more:
                return
            if page_number == max_pages:
                log.warning("%s: stopped paging %s after %d pages (max_pages)", self.source, path, max_pages)
                return
            links_seen.add(following)
            body, following = self.get(following)

    def lookup_account(self, acct: str) -> dict[str, Any]:
        """The account with handle `acct` ("name" on this instance, "name@domain" elsewhere)."""
        body, _ = self.get(f"{self.instance}/api/v1/accounts/lookup", {"acct": acct})
        if not isinstance(body, dict) or not body.get("id"):
            raise FatalError(f"{self.instance}: account lookup for {acct!r} answered without an id", source=self.source)
        return body

    def search_statuses(self, query: str, offset: int) -> list[dict[str, Any]]:
        """One page of statuses matching `query` (needs a token)."""
        body, _ = self.get(
            f"{self.instance}/api/v2/search",
            {"q": query, "type": "statuses", "limit": PAGE_SIZE, "offset": offset, "resolve": False},
        )
        statuses = body.get("statuses") if isinstance(body, dict) else None
        if not isinstance(statuses, list):
            raise FatalError(f"{self.instance}/api/v2/search: expected an object with statuses", source=self.source)
        return [status for status in statuses if isinstance(status, dict)]


@contextmanager
def open_mastodon_client(
    source_name: str, client_settings: ClientSettings, *, instance: str, token_variable: str, token_required: bool
) -> Iterator[MastodonClient]:
    """A client for `instance`, with a bearer token when `token_variable` is set; when the source
    searches (`token_required`), an unset variable is a FatalError naming it."""
    token: str | None = None
    if token_required:
        token = credential(
            token_variable,
            client_settings,
            source=source_name,
            why=f"searching statuses on {instance} needs a user access token (Preferences > Development > "
            "New application, scope read:search)",
        )
    elif client_settings.http.replay_dir is None:
        token = secret_from_env(token_variable)
    http = http_client_for(client_settings)
    if token is not None:
        http.headers["Authorization"] = f"Bearer {token}"
    client = MastodonClient(
        http=http,
        instance=instance.rstrip("/"),
        max_bytes=client_settings.http.max_response_bytes,
        token_variable=token_variable,
        source=source_name,
    )
    try:
        yield client
    finally:
        client.http.close()
