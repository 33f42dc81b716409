"""The only module that imports praw: a read-only Reddit session, read through praw's own listings.

Search and the newest-comments listing are read with praw's `ListingGenerator` (`Subreddit.search`,
`Subreddit.comments`), which follows Reddit's `after` tokens, stops when a listing runs out and
caps the items read; user summaries come from `Redditors.partial_redditors`, which batches 100
fullnames a call and treats Reddit's 404 for an all-unknown batch as "none found". praw still does
the OAuth token dance, its header-driven rate limiter (`x-ratelimit-remaining` /
`x-ratelimit-reset`) and its own short retries on 5xx and dropped connections; we add the retry on
429 that praw leaves to the caller (a listing generator whose page request failed asks for the
same page again), and classify every prawcore error once into the TrustWatch taxonomy.

praw hands out model objects, not JSON: it turns `author`, `subreddit`, `poll_data` and `replies`
into objects and adds two attributes of its own. `listing_json` undoes exactly that, so the raw
payload we store is the object Reddit sent (tests hold it to the recorded JSON, field for field).
`/user/{name}/about` is one request with nothing to page and is read as raw JSON directly.

In replay mode (`[http] replay_dir`) the recordings answer on praw's own `requests` session, so
the token request, the listings and the limiter all run for real with placeholder credentials.
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
from praw.models.base import PRAWBase
from praw.models.reddit.base import RedditBase

from connectors._http import RetryPolicy, credential, mount_replay, replay_directory_for, retrying
from connectors.base import ClientSettings
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

    def search(self, subreddits: str, query: str, time_filter: str, limit: int) -> Iterator[dict[str, Any]]:
        """Submissions in `subreddits` ("a+b", or "all") matching the Lucene `query`, newest first, as JSON.

        At most `limit` items, read `MAX_PAGE_SIZE` a request; the caller stops early by not asking
        for more, and no further page is requested.
        """
        listing = self.reddit.subreddit(subreddits).search(
            query, sort="new", syntax="lucene", time_filter=time_filter, limit=limit, request_limit=MAX_PAGE_SIZE
        )
        return self._each(listing)

    def comments(self, subreddits: str, limit: int) -> Iterator[dict[str, Any]]:
        """The newest comments in `subreddits`, newest first, as JSON (at most `limit`)."""
        return self._each(self.reddit.subreddit(subreddits).comments(limit=limit, request_limit=MAX_PAGE_SIZE))

    def _each(self, listing: Iterator[Any]) -> Iterator[dict[str, Any]]:
        # A ListingGenerator whose page request raised keeps its `after` token, so asking it again
        # re-requests the same page: the retry is per page, never from the top.
        while True:
            thing = self._call(lambda: next(listing, None))
            if thing is None:
                return
            yield listing_json(thing)

    def user_data(self, fullnames: Iterable[str]) -> Iterator[tuple[str, dict[str, Any] | None]]:
        """Profile summaries for `t2_` fullnames (praw's `partial_redditors`, 100 a call); None if left out.

        Reddit silently leaves out suspended and deleted accounts (and answers 404, which praw
        takes as "none of these", when it returns none of a batch), which is how we tell them
        apart from live ones.
        """
        pending = list(dict.fromkeys(fullnames))
        for start in range(0, len(pending), USER_LOOKUP_BATCH):
            batch = pending[start : start + USER_LOOKUP_BATCH]

            def lookup(batch: list[str] = batch) -> dict[str, dict[str, Any]]:
                return {
                    partial.fullname: {key: value for key, value in vars(partial).items() if key != "fullname"}
                    for partial in self.reddit.redditors.partial_redditors(batch)
                }

            found = self._call(lookup)
            for fullname in batch:
                yield fullname, found.get(fullname)

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
    """The user Reddit was asked about does not exist (it answers 404)."""


# What praw adds to a Submission that Reddit never sent.
_PRAW_ATTRIBUTES = frozenset({"comment_limit", "comment_sort"})


def _json_value(value: Any) -> Any:
    if isinstance(value, RedditBase):
        # A Redditor or Subreddit that praw made from a name: the name is what Reddit sent.
        return str(value)
    if isinstance(value, PRAWBase):
        return {key: _json_value(item) for key, item in vars(value).items() if not key.startswith("_")}
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    return value


def listing_json(thing: Any) -> dict[str, Any]:
    """A praw Submission or Comment from a listing as the JSON object Reddit sent for it.

    praw makes objects of `author` (None for "[deleted]"), `subreddit` and `poll_data`, moves a
    comment's `replies` ("" in a listing) to `_replies`, and adds `comment_limit`/`comment_sort`.
    """
    fields = vars(thing)
    data = {
        key: _json_value(value)
        for key, value in fields.items()
        if not key.startswith("_") and key not in _PRAW_ATTRIBUTES
    }
    if "author" in data and data["author"] is None:
        data["author"] = "[deleted]"
    if "_replies" in fields and not fields["_replies"]:
        data["replies"] = ""
    return data


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
        if isinstance(error.original_exception, SourceError):
            # Replay mode's "no recording for this request": already classified, and not transient.
            original = error.original_exception
            original.source = original.source or source
            return original
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
    """A client with credentials from the environment (a missing variable is a FatalError naming it), or
    replaying recordings with placeholder credentials when `[http] replay_dir` is set."""
    values = {
        variable: credential(variable, client_settings, source_name, "Reddit needs a script app's credentials")
        for variable in (CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE, USER_AGENT_VARIABLE)
    }
    replaying = replay_directory_for(client_settings) is not None
    username = None if replaying else secret_from_env(USERNAME_VARIABLE)
    password = None if replaying else secret_from_env(PASSWORD_VARIABLE)
    if bool(username) != bool(password):
        missing = PASSWORD_VARIABLE if username else USERNAME_VARIABLE
        raise FatalError(
            f"{missing} is not set: give both a Reddit username and password, or neither", source=source_name
        )
    session = requests.Session()
    mount_replay(session, client_settings)
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
