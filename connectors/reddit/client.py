"""The only module that imports praw: a read-only Reddit session that returns raw listing JSON.

We ask praw for raw JSON (`Reddit.request`) rather than its lazy model objects so the payload we
store is exactly what Reddit sent, and so each listing page is one call that can be retried on its
own. praw still does the OAuth token dance, its header-driven rate limiter
(`x-ratelimit-remaining` / `x-ratelimit-reset`) and its own short retries on 5xx and dropped
connections; we add the retry on 429 that praw leaves to the caller, and classify every prawcore
error once into the TrustWatch taxonomy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import praw
import prawcore
import requests
from praw.endpoints import API_PATH
from praw.exceptions import PRAWException

from connectors._http import RetryPolicy, retrying
from connectors.base import ClientSettings, require_env
from trustwatch.errors import FatalError, RetriableError, SourceError
from trustwatch.settings import secret_from_env

log = logging.getLogger(__name__)

CLIENT_ID_VARIABLE = "TRUSTWATCH_REDDIT_CLIENT_ID"
CLIENT_SECRET_VARIABLE = "TRUSTWATCH_REDDIT_CLIENT_SECRET"  # noqa: S105 - a variable name, not a secret
USER_AGENT_VARIABLE = "TRUSTWATCH_REDDIT_USER_AGENT"
USERNAME_VARIABLE = "TRUSTWATCH_REDDIT_USERNAME"
PASSWORD_VARIABLE = "TRUSTWATCH_REDDIT_PASSWORD"  # noqa: S105 - a variable name, not a secret

# Reddit listings hand out at most 100 children per request.
MAX_PAGE_SIZE = 100
# /api/user_data_by_account_ids takes at most 100 fullnames per call.
USER_LOOKUP_BATCH = 100

T = TypeVar("T")


# Kept under its old name: one Reddit call is retried like any other request (429 mostly).
RedditRetryPolicy = RetryPolicy


@dataclass
class RedditClient:
    """A praw session plus the retry policy; `fetch` receives this, tests build it over vcrpy cassettes."""

    reddit: praw.Reddit
    source: str | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)

    def listing(self, path: str, params: dict[str, str | int]) -> dict[str, Any]:
        """One page of a listing endpoint, as Reddit's raw JSON (`{"kind": "Listing", "data": {...}}`)."""
        payload = self._call(lambda: self.reddit.request(method="GET", path=path, params=dict(params)))
        if not isinstance(payload, dict) or not isinstance(payload.get("data"), dict):
            raise FatalError(
                f"Reddit {path}: expected a Listing object, got {type(payload).__name__}", source=self.source
            )
        return payload

    def search_page(
        self, subreddits: str, query: str, time_filter: str, after: str | None, limit: int
    ) -> dict[str, Any]:
        """One page of `/r/{subreddits}/search` sorted newest first (what `Subreddit.search` sends)."""
        params: dict[str, str | int] = {
            "q": query,
            "sort": "new",
            "t": time_filter,
            "syntax": "lucene",
            "restrict_sr": str(subreddits.lower() != "all").lower(),
            "limit": limit,
        }
        if after:
            params["after"] = after
        return self.listing(API_PATH["search"].format(subreddit=subreddits), params)

    def comments_page(self, subreddit: str, after: str | None, limit: int) -> dict[str, Any]:
        """One page of the newest comments in `subreddit` (what `Subreddit.comments()` reads)."""
        params: dict[str, str | int] = {"limit": limit}
        if after:
            params["after"] = after
        return self.listing(f"r/{subreddit}/comments/", params)

    def user_data(self, fullnames: Iterable[str]) -> Iterator[tuple[str, dict[str, Any] | None]]:
        """Profile summaries for `t2_` fullnames, batched 100 a call; None for accounts Reddit did not return.

        Reddit silently leaves out suspended and deleted accounts (and answers 404 when it returns
        none of a batch), which is how we tell them apart from live ones.
        """
        pending = list(dict.fromkeys(fullnames))
        for start in range(0, len(pending), USER_LOOKUP_BATCH):
            batch = pending[start : start + USER_LOOKUP_BATCH]
            params: dict[str, str | int] = {"ids": ",".join(batch)}

            def lookup(params: dict[str, str | int] = params) -> Any:
                return self.reddit.request(method="GET", path=API_PATH["user_by_fullname"], params=params)

            try:
                found = self._call(lookup, not_found_is_empty=True)
            except _NothingFound:
                found = {}
            if not isinstance(found, dict):
                raise FatalError(
                    f"Reddit user lookup: expected an object keyed by fullname, got {type(found).__name__}",
                    source=self.source,
                )
            for fullname in batch:
                data = found.get(fullname)
                yield fullname, data if isinstance(data, dict) else None

    def user_about(self, name: str) -> dict[str, Any] | None:
        """`/user/{name}/about` as Reddit sent it (`{"kind": "t2", "data": {...}}`); None when no such user.

        Reddit has no lookup of several users by name, so this is one request per name; praw's
        limiter paces them within the app's rate limit.
        """
        path = API_PATH["user_about"].format(user=name)
        try:
            payload = self._call(lambda: self.reddit.request(method="GET", path=path), not_found_is_empty=True)
        except _NothingFound:
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("data"), dict):
            raise FatalError(
                f"Reddit user about: expected a t2 object, got {type(payload).__name__}", source=self.source
            )
        return payload

    def _call(self, request: Callable[[], T], *, not_found_is_empty: bool = False) -> T:
        def attempt() -> T:
            try:
                return request()
            except prawcore.NotFound:
                if not_found_is_empty:
                    raise _NothingFound from None
                raise classify(prawcore.NotFound, self.source) from None
            except (prawcore.PrawcoreException, PRAWException) as error:
                raise classify(error, self.source) from error

        return retrying(self.policy)(attempt)


class _NothingFound(Exception):
    """The user lookup matched none of a batch (Reddit answers 404 for that)."""


def _retry_after(response: Any) -> float | None:
    headers = getattr(response, "headers", None) or {}
    for header in ("retry-after", "x-ratelimit-reset"):
        value = headers.get(header)
        if value is not None:
            try:
                return max(0.0, float(value))
            except ValueError:
                continue
    return None


def classify(error: BaseException | type[BaseException], source: str | None = None) -> SourceError:
    """A prawcore/praw exception as a TrustWatch error: retriable, or fatal with a message that says why."""
    if isinstance(error, type):
        return FatalError("Reddit answered 404: the subreddit or endpoint does not exist", source=source)
    if isinstance(error, prawcore.TooManyRequests):
        return RetriableError(
            "Reddit answered 429 (rate limited); will retry", source=source, retry_after=_retry_after(error.response)
        )
    if isinstance(error, prawcore.ServerError):
        return RetriableError(f"Reddit server error ({error.response.status_code}); will retry", source=source)
    if isinstance(error, prawcore.RequestException):
        return RetriableError(
            f"Reddit request failed ({type(error.original_exception).__name__}); will retry", source=source
        )
    if isinstance(error, prawcore.OAuthException):
        return FatalError(
            f"Reddit refused the credentials ({error.error}): check {CLIENT_ID_VARIABLE}, {CLIENT_SECRET_VARIABLE} "
            f"and, for a script app with a user, {USERNAME_VARIABLE}/{PASSWORD_VARIABLE}",
            source=source,
        )
    if isinstance(error, prawcore.BadJSON):
        content_type = error.response.headers.get("content-type", "no content type")
        what = "an HTML page" if "html" in content_type.lower() else "malformed JSON"
        return FatalError(f"Reddit sent {what} where JSON was expected ({content_type})", source=source)
    if isinstance(error, prawcore.Forbidden):
        return FatalError(
            "Reddit answered 403: the app lacks access, or the subreddit is private, quarantined or banned",
            source=source,
        )
    if isinstance(error, prawcore.NotFound):
        return FatalError("Reddit answered 404: the subreddit or endpoint does not exist", source=source)
    if isinstance(error, prawcore.Redirect):
        # Reddit redirects a search in a subreddit that does not exist to its subreddit search page.
        return FatalError(f"Reddit redirected to {error.path}: check the subreddit names", source=source)
    if isinstance(error, prawcore.ResponseException):
        status = error.response.status_code
        if status == 401:
            return FatalError(
                f"Reddit answered 401: credentials wrong or revoked ({CLIENT_ID_VARIABLE}, {CLIENT_SECRET_VARIABLE})",
                source=source,
            )
        if status >= 500 or status in (408, 425):
            return RetriableError(f"Reddit answered {status}; will retry", source=source)
        return FatalError(f"Reddit answered {status}", source=source)
    return FatalError(f"Reddit request failed: {type(error).__name__}: {error}", source=source)


def build_reddit(
    *,
    client_id: str,
    client_secret: str,
    user_agent: str,
    username: str | None = None,
    password: str | None = None,
    timeout_seconds: float = 20.0,
    session: requests.Session | None = None,
) -> praw.Reddit:
    """A read-only praw session (script app; a username/password pair authenticates as that user)."""
    settings: dict[str, Any] = {
        "client_id": client_id,
        "client_secret": client_secret,
        "user_agent": user_agent,
        "check_for_async": False,
        "check_for_updates": False,
    }
    if username and password:
        settings.update(username=username, password=password)
    requestor_kwargs: dict[str, Any] = {"timeout": timeout_seconds}
    if session is not None:
        requestor_kwargs["session"] = session
    reddit = praw.Reddit(requestor_kwargs=requestor_kwargs, **settings)
    if not (username and password):
        reddit.read_only = True
    return reddit


@contextmanager
def open_reddit_client(source_name: str, client_settings: ClientSettings) -> Iterator[RedditClient]:
    """A client with credentials from the environment; a missing variable is a FatalError naming it."""
    values = {
        variable: require_env(variable, source_name, "Reddit needs a script app's credentials")
        for variable in (CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE, USER_AGENT_VARIABLE)
    }
    username, password = secret_from_env(USERNAME_VARIABLE), secret_from_env(PASSWORD_VARIABLE)
    if bool(username) != bool(password):
        missing = PASSWORD_VARIABLE if username else USERNAME_VARIABLE
        raise FatalError(
            f"{missing} is not set: give both a Reddit username and password, or neither", source=source_name
        )
    session = requests.Session()
    reddit = build_reddit(
        client_id=values[CLIENT_ID_VARIABLE],
        client_secret=values[CLIENT_SECRET_VARIABLE],
        user_agent=values[USER_AGENT_VARIABLE],
        username=username,
        password=password,
        timeout_seconds=client_settings.http.timeout_seconds,
        session=session,
    )
    try:
        yield RedditClient(reddit=reddit, source=source_name)
    finally:
        # praw.Reddit has no close of its own; the requests session it was given holds the sockets.
        session.close()
