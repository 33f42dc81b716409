"""Bluesky through the atproto SDK: the only module that imports atproto.

atproto sends its requests with httpx (timeout set here, none by default would be 5 s for every
call including a slow search) and raises one exception class per kind of failure; this module
maps them onto TrustWatch's taxonomy once and retries the transient ones with tenacity, honouring
`retry-after` and `ratelimit-reset`. Search results come back as the raw JSON dict the AppView
sent (via `invoke_query`), so the payload is kept exactly as received rather than re-serialised
from SDK models.

Full-text post search is closed to anonymous callers on the public AppView, so the client logs in
with an app password (Settings → Privacy and security → App passwords in the Bluesky app). In
replay mode (`[http] replay_dir`) the SDK's httpx client is given the replay transport and logs in
with placeholder credentials against the recorded `createSession`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from atproto import Client, Request, exceptions, models

from connectors._http import ReplayTransport, RetryPolicy, credential, replay_directory_for, retrying
from connectors.base import ClientSettings
from trustwatch.errors import FatalError, RetriableError, SourceError
from trustwatch.settings import secret_from_env

HANDLE_ENV = "TRUSTWATCH_BLUESKY_HANDLE"
APP_PASSWORD_ENV = "TRUSTWATCH_BLUESKY_APP_PASSWORD"  # noqa: S105 - the variable's name, not a secret
DEFAULT_SERVICE = "https://bsky.social"
SEARCH_POSTS = "app.bsky.feed.searchPosts"
GET_PROFILES = "app.bsky.actor.getProfiles"
# getProfiles refuses more than 25 actors in one call.
PROFILES_PER_CALL = 25

T = TypeVar("T")


@dataclass
class BlueskyClient:
    """What the Bluesky connector calls: post search, with retries and classified errors."""

    api: Client
    source: str | None = None
    attempts: int = 4
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.time
    requests_made: int = field(default=0, init=False)

    def search_posts(
        self,
        *,
        q: str,
        since: str,
        until: str,
        cursor: str | None,
        limit: int,
        lang: str | None,
        mentions: str | None = None,
    ) -> dict[str, Any]:
        """One page of `app.bsky.feed.searchPosts`, newest first (sort=latest), as the AppView sent it."""
        params = models.AppBskyFeedSearchPosts.Params(
            q=q, mentions=mentions, since=since, until=until, cursor=cursor, limit=limit, sort="latest", lang=lang
        )

        def call() -> dict[str, Any]:
            response = self.api.invoke_query(SEARCH_POSTS, params=params)
            if isinstance(response.content, dict):
                return response.content
            content_type = str(response.headers.get("content-type", "no content type"))
            body = response.content if isinstance(response.content, bytes) else b""
            if "html" in content_type.lower() or body.lstrip()[:1] == b"<":
                raise FatalError(f"Bluesky search: expected JSON but got an HTML page ({content_type})")
            raise FatalError(f"Bluesky search: expected a JSON object, got {content_type}")

        return self.call("search", call)

    def get_profiles(self, actors: list[str]) -> dict[str, Any]:
        """`app.bsky.actor.getProfiles` for at most 25 handles or DIDs; actors that do not exist are left out."""
        if len(actors) > PROFILES_PER_CALL:
            raise ValueError(f"getProfiles takes at most {PROFILES_PER_CALL} actors, got {len(actors)}")
        params = models.AppBskyActorGetProfiles.Params(actors=actors)

        def call() -> dict[str, Any]:
            response = self.api.invoke_query(GET_PROFILES, params=params)
            if isinstance(response.content, dict):
                return response.content
            content_type = str(response.headers.get("content-type", "no content type"))
            raise FatalError(f"Bluesky profile lookup: expected a JSON object, got {content_type}")

        return self.call("profile lookup", call)

    def call(self, what: str, call: Callable[[], T]) -> T:
        """Run one SDK call with retries on transient failures and classified errors."""

        def attempt() -> T:
            self.requests_made += 1
            try:
                return call()
            except Exception as error:
                raise classify(error, what, source=self.source, now=self.clock()) from None

        return retrying(RetryPolicy(attempts=self.attempts, sleep=self.sleep))(attempt)


def _detail(error: exceptions.RequestErrorBase) -> str:
    # str() of an atproto error is "<status> <error>: <message>" from the XRPC error body; never post text.
    return str(error) or type(error).__name__


def classify(error: BaseException, what: str, *, source: str | None, now: float) -> SourceError:
    """Map an atproto/httpx failure onto the taxonomy: retriable or fatal."""
    where = f"Bluesky {what}"
    if isinstance(error, SourceError):
        error.source = error.source or source
        return error
    if isinstance(error, exceptions.RateLimitExceededError):
        retry_after = error.retry_after
        if retry_after is None and error.reset_at is not None:
            retry_after = max(0.0, error.reset_at.timestamp() - now)
        return RetriableError(f"{where}: rate limited (429)", source=source, retry_after=retry_after)
    if isinstance(error, exceptions.UnauthorizedError):
        return FatalError(
            f"{where}: refused ({_detail(error)}); check {HANDLE_ENV} and {APP_PASSWORD_ENV}", source=source
        )
    if isinstance(error, exceptions.BadRequestError):
        return FatalError(f"{where}: the request was rejected ({_detail(error)})", source=source)
    if isinstance(error, exceptions.InvokeTimeoutError):
        return RetriableError(f"{where}: timed out", source=source)
    if isinstance(error, exceptions.NetworkError):
        return RetriableError(f"{where}: network failure ({_detail(error)})", source=source)
    if isinstance(error, exceptions.RequestException):
        status = error.response.status_code if error.response is not None else None
        if status is not None and status >= 500:
            return RetriableError(f"{where}: Bluesky answered {status}; will retry", source=source)
        return FatalError(f"{where}: {_detail(error)}", source=source)
    if isinstance(error, httpx.TimeoutException):
        return RetriableError(f"{where}: timed out ({type(error).__name__})", source=source)
    if isinstance(error, httpx.TransportError):
        return RetriableError(f"{where}: request failed ({type(error).__name__})", source=source)
    if isinstance(error, ValueError):
        # pydantic_core.from_json on a body labelled JSON that is not.
        return FatalError(f"{where}: malformed JSON ({error})", source=source)
    if isinstance(error, exceptions.AtProtocolError):
        return FatalError(f"{where}: {type(error).__name__}: {error}", source=source)
    raise error


def build_api(*, timeout_seconds: float, service: str = DEFAULT_SERVICE, **httpx_options: Any) -> Client:
    """An atproto Client whose every request times out after `timeout_seconds`."""
    return Client(base_url=service, request=Request(timeout=httpx.Timeout(timeout_seconds), **httpx_options))


def login(client: BlueskyClient, handle: str, app_password: str) -> None:
    """Create a session (retried like any request); the profile fetch the SDK offers is skipped."""
    client.call("login", lambda: client.api.login(handle, app_password, fetch_bsky_profile=False))


@contextmanager
def open_bluesky_client(
    client_settings: ClientSettings, *, source: str | None, service: str = DEFAULT_SERVICE
) -> Iterator[BlueskyClient]:
    """A logged-in BlueskyClient (handle and app password from the environment, or replaying recordings)."""
    replay_dir = replay_directory_for(client_settings)
    if replay_dir is not None:
        why = "replay mode reads no credential"
        handle = credential(HANDLE_ENV, client_settings, source, why)
        app_password = credential(APP_PASSWORD_ENV, client_settings, source, why)
    else:
        found_handle, found_password = secret_from_env(HANDLE_ENV), secret_from_env(APP_PASSWORD_ENV)
        if found_handle is None or found_password is None:
            missing = [HANDLE_ENV] * (found_handle is None) + [APP_PASSWORD_ENV] * (found_password is None)
            raise FatalError(
                f"Bluesky search needs a logged-in account: set {' and '.join(missing)} "
                "(an app password, not the account password)",
                source=source,
            )
        handle, app_password = found_handle, found_password
    options: dict[str, Any] = {} if replay_dir is None else {"transport": ReplayTransport(replay_dir)}
    api = build_api(timeout_seconds=client_settings.http.timeout_seconds, service=service, **options)
    client = BlueskyClient(api=api, source=source)
    try:
        login(client, handle, app_password)
        yield client
    finally:
        api.request.close()
