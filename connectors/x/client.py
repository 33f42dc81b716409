"""The X API v2 through tweepy: the only module that imports tweepy.

tweepy builds the requests (auth, field lists, timestamps) and raises one exception class per
status; this module adds what tweepy lacks and maps everything onto TrustWatch's error taxonomy
once:

- a timeout on every request (tweepy's `requests.Session` has none, so a stalled socket would hang
  the worker forever);
- rate limits handled here rather than by tweepy's `wait_on_rate_limit`, which sleeps in a plain
  `time.sleep` up to 15 minutes and, when X omits `x-rate-limit-reset`, re-sends immediately
  without bound. Here a short wait (up to `MAX_HONOURED_WAIT_SECONDS`) is honoured in place and a
  longer one becomes a `RetriableError` carrying `retry_after` for the task-level retry;
- the monthly usage cap (a 429 whose body says `usage-capped`) is `QuotaExhausted`, not a retry;
- responses come back as plain dicts (`return_type=dict`) so the raw payload is kept exactly as X
  sent it, partial `errors` included;
- in replay mode (`[http] replay_dir`) the recordings answer on tweepy's own session, so tweepy,
  its auth header and its error classes run for real with a placeholder token.

Paging stays ours rather than tweepy's `Paginator`: the page size is recomputed before every
request from what the monthly and per-run budgets have left, and the coverage cursor advances page
by page, neither of which a fixed-argument paginator allows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import requests
import requests.adapters
import requests.structures
import tweepy

from connectors._http import RetryPolicy, credential, mount_replay, retrying
from connectors.base import ClientSettings
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError, SourceError

BEARER_TOKEN_ENV = "TRUSTWATCH_X_BEARER_TOKEN"  # noqa: S105 - the variable's name, not a secret

# `note_tweet` carries the whole of a post over 280 characters (`text` is cut); `entities` says where
# each t.co link leads.
TWEET_FIELDS = [
    "author_id",
    "created_at",
    "entities",
    "note_tweet",
    "lang",
    "conversation_id",
    "in_reply_to_user_id",
    "public_metrics",
    "referenced_tweets",
    "withheld",
]
USER_FIELDS = [
    "created_at",
    "description",
    "profile_image_url",
    "public_metrics",
    "verified",
    "verified_type",
    "username",
    "name",
    "url",
    "withheld",
]
EXPANSIONS = ["author_id", "in_reply_to_user_id", "referenced_tweets.id"]


class _TimeoutSession(requests.Session):
    """A requests session that never waits forever (tweepy passes no timeout)."""

    def __init__(self, timeout_seconds: float) -> None:
        super().__init__()
        self.timeout_seconds = timeout_seconds

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        kwargs.setdefault("timeout", self.timeout_seconds)
        return super().request(method, url, *args, **kwargs)


def build_api(bearer_token: str, *, timeout_seconds: float) -> tweepy.Client:
    """A tweepy v2 client that returns raw JSON dicts and times out after `timeout_seconds`."""
    api = tweepy.Client(bearer_token=bearer_token, return_type=dict, wait_on_rate_limit=False)
    api.session = _TimeoutSession(timeout_seconds)
    return api


@dataclass
class XClient:
    """What the X connector calls: search and user lookup, with retries and classified errors.

    `sleep` and `clock` are injectable so tests replay a 429 without waiting.
    """

    api: tweepy.Client
    source: str | None = None
    attempts: int = 4
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.time
    requests_made: int = field(default=0, init=False)

    def search(
        self,
        *,
        query: str,
        start_time: datetime,
        end_time: datetime,
        max_results: int,
        next_token: str | None,
        archive: bool,
    ) -> dict[str, Any]:
        """One page of recent (last 7 days) or full-archive search, newest first, as X sent it."""
        method = self.api.search_all_tweets if archive else self.api.search_recent_tweets
        endpoint = "full-archive search" if archive else "recent search"
        return self._call(
            endpoint,
            lambda: method(
                query,
                start_time=start_time,
                end_time=end_time,
                max_results=max_results,
                next_token=next_token,
                sort_order="recency",
                expansions=EXPANSIONS,
                tweet_fields=TWEET_FIELDS,
                user_fields=USER_FIELDS,
            ),
        )

    def users(self, *, ids: list[str] | None = None, usernames: list[str] | None = None) -> dict[str, Any]:
        """Look up at most 100 users by id or by username (not-found ones come back in `errors`)."""
        return self._call(
            "user lookup", lambda: self.api.get_users(ids=ids, usernames=usernames, user_fields=USER_FIELDS)
        )

    def _call(self, endpoint: str, call: Callable[[], Any]) -> dict[str, Any]:
        def attempt() -> dict[str, Any]:
            self.requests_made += 1
            try:
                payload = call()
            except Exception as error:
                raise classify(error, endpoint, source=self.source, now=self.clock()) from None
            if not isinstance(payload, dict):
                raise FatalError(
                    f"X {endpoint}: expected a JSON object, got {type(payload).__name__}", source=self.source
                )
            return payload

        return retrying(RetryPolicy(attempts=self.attempts, sleep=self.sleep))(attempt)


def _body(error: tweepy.HTTPException) -> dict[str, Any]:
    try:
        body = error.response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _detail(error: tweepy.HTTPException) -> str:
    body = _body(error)
    # X's problem documents carry title/detail; v1-style errors carry messages. Neither holds post text.
    parts = [str(body[key]) for key in ("title", "detail") if body.get(key)]
    parts += [message for message in error.api_messages if message not in parts]
    return "; ".join(parts) or str(error.response.reason or "no detail")


def classify(error: BaseException, endpoint: str, *, source: str | None, now: float) -> SourceError:
    """Map a tweepy/requests failure onto the taxonomy: retriable, fatal or quota."""
    where = f"X {endpoint}"
    if isinstance(error, SourceError):
        return error
    if isinstance(error, tweepy.TooManyRequests):
        body = _body(error)
        if "usage-capped" in str(body.get("type", "")) or body.get("title") == "UsageCapExceeded":
            period = body.get("period", "monthly")
            return QuotaExhausted(
                f"{where}: X refused with its {str(period).lower()} usage cap reached ({_detail(error)}); "
                "collection resumes when the cap resets or the plan is upgraded",
                source=source,
            )
        retry_after = None if error.reset_time is None else max(0.0, error.reset_time - now + 1)
        return RetriableError(f"{where}: rate limited (429)", source=source, retry_after=retry_after)
    if isinstance(error, tweepy.Unauthorized):
        return FatalError(
            f"{where}: X rejected the bearer token (401: {_detail(error)}); check {BEARER_TOKEN_ENV}", source=source
        )
    if isinstance(error, tweepy.Forbidden):
        return FatalError(
            f"{where}: X refused access (403: {_detail(error)}); the app's access level may not include "
            "this endpoint (full-archive search needs Pro or Enterprise)",
            source=source,
        )
    if isinstance(error, tweepy.BadRequest):
        return FatalError(f"{where}: X rejected the request (400: {_detail(error)})", source=source)
    if isinstance(error, tweepy.TwitterServerError):
        status = error.response.status_code
        return RetriableError(f"{where}: X answered {status}; will retry", source=source)
    if isinstance(error, tweepy.HTTPException):
        return FatalError(f"{where}: X answered {error.response.status_code} ({_detail(error)})", source=source)
    # requests' JSONDecodeError is also a RequestException: test it first, it is not transient.
    if isinstance(error, requests.JSONDecodeError):
        if error.doc.lstrip()[:1] == "<":
            return FatalError(f"{where}: expected JSON but got an HTML page", source=source)
        return FatalError(f"{where}: malformed JSON ({error.msg} at line {error.lineno})", source=source)
    if isinstance(error, requests.Timeout):
        return RetriableError(f"{where}: timed out ({type(error).__name__})", source=source)
    if isinstance(error, requests.RequestException):
        return RetriableError(f"{where}: request failed ({type(error).__name__})", source=source)
    if isinstance(error, tweepy.TweepyException):
        return FatalError(f"{where}: {error}", source=source)
    raise error


@contextmanager
def open_x_client(client_settings: ClientSettings, *, source: str | None) -> Iterator[XClient]:
    """An XClient authenticated with the bearer token from TRUSTWATCH_X_BEARER_TOKEN (or replaying recordings)."""
    token = credential(
        BEARER_TOKEN_ENV,
        client_settings,
        source,
        "X needs an app bearer token (developer.x.com → your app → Keys and tokens)",
    )
    api = build_api(token, timeout_seconds=client_settings.http.timeout_seconds)
    mount_replay(api.session, client_settings)
    try:
        yield XClient(api=api, source=source)
    finally:
        api.session.close()
