"""Reddit: submissions found by search, and comments in the subreddits we watch, that name the Trust.

Reddit has no comment search, so comments are read from the newest-comments listing of each
configured subreddit and kept when they name the Trust. That listing reaches back about 1,000
comments per subreddit; in a busy subreddit a daily run sees a day, but a backfill cannot reach
further back than that, and `subreddits = ["all"]` searches submissions only.
Search results are capped by Reddit too (about 1,000 per query and time filter).

Both listings are read through praw's own listing generators (see `connectors.reddit.client`),
newest first, and reading stops at the first item older than the window.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import Field, field_validator

from connectors._text import mentions_any
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.reddit.client import MAX_PAGE_SIZE, RedditClient, open_reddit_client
from connectors.reddit.mapping import (
    REDDIT_URL,
    comment_to_mention,
    created_at,
    submission_to_mention,
    user_to_account,
)
from trustwatch.errors import FatalError
from trustwatch.records import Account, Cursor, Mention, Window, utc_now

log = logging.getLogger(__name__)

# Reddit rejects search queries longer than 512 characters.
MAX_QUERY_LENGTH = 512
_SUBREDDIT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_]{1,20}$")
# (time_filter, how far back it reaches); a small margin keeps a window that started exactly a day
# ago inside "day" even when our clock and Reddit's disagree by a few minutes.
_TIME_FILTERS = (("day", timedelta(days=1)), ("week", timedelta(days=7)), ("month", timedelta(days=28)))
_YEAR = timedelta(days=365)
_CLOCK_MARGIN = timedelta(minutes=10)
_USERNAME = re.compile(r"^[A-Za-z0-9_-]{3,20}$")


class RedditSource(SourceConfig):
    """Options of a `type = "reddit"` source."""

    subreddits: list[str] = Field(default_factory=lambda: ["all"], min_length=1)
    # Lucene query; by default every name and alias of the Trust, quoted, joined with OR.
    query: str | None = Field(default=None, min_length=1, max_length=MAX_QUERY_LENGTH)
    include_comments: bool = True
    # Reddit listings stop at about 1,000 items: 10 pages of 100.
    max_pages: int = Field(default=10, ge=1, le=10)

    @field_validator("subreddits")
    @classmethod
    def _valid_subreddits(cls, subreddits: list[str]) -> list[str]:
        cleaned = []
        for raw in subreddits:
            name = raw.strip().removeprefix("/").removeprefix("r/")
            if name.lower() != "all" and not _SUBREDDIT_NAME.match(name):
                raise ValueError(f"{raw!r} is not a subreddit name (letters, digits and _, 2-21 characters)")
            cleaned.append("all" if name.lower() == "all" else name)
        if "all" in cleaned and len(cleaned) > 1:
            raise ValueError('"all" already covers every subreddit: list either "all" or named subreddits')
        return cleaned

    def queries(self) -> list[str]:
        """The search queries to run: the configured one, or the Trust's names split under Reddit's length limit."""
        if self.query:
            return [self.query]
        queries: list[str] = []
        current = ""
        for name in dict.fromkeys(self.trust.names):
            term = '"' + name.replace('"', "") + '"'
            if len(term) > MAX_QUERY_LENGTH:
                raise ValueError(
                    f"trust name {name[:40]!r}… is longer than Reddit's {MAX_QUERY_LENGTH}-character query"
                )
            candidate = f"{current} OR {term}" if current else term
            if len(candidate) > MAX_QUERY_LENGTH:
                queries.append(current)
                candidate = term
            current = candidate
        if current:
            queries.append(current)
        return queries

    @property
    def watched_subreddits(self) -> list[str]:
        """Named subreddits whose comments we read (none when searching all of Reddit)."""
        return [name for name in self.subreddits if name != "all"]


def time_filter_for(window: Window, now: datetime) -> str:
    """The narrowest search time filter that still reaches back to `window.since`."""
    age = now - window.since + _CLOCK_MARGIN
    for name, reach in _TIME_FILTERS:
        if age <= reach:
            return name
    return "year" if age <= _YEAR else "all"


def _in_window(items: Iterable[dict[str, Any]], window: Window, source: str) -> Iterator[dict[str, Any]]:
    """Items of a newest-first listing inside `window`; the first one older than it ends the reading."""
    for data in items:
        moment = created_at(data, source=source)
        if moment >= window.until:
            continue
        if moment < window.since:
            return
        yield data


def fetch(source: RedditSource, window: Window, cursor: Cursor, client: RedditClient) -> Iterator[Mention | Account]:
    """Yield Reddit submissions and comments naming the Trust inside `window`, oldest first, then their authors."""
    found: dict[str, Mention] = {}
    time_filter = time_filter_for(window, utc_now())
    subreddits = "+".join(source.subreddits)
    try:
        queries = source.queries()
    except ValueError as error:
        raise FatalError(str(error), source=source.name) from None
    limit = source.max_pages * MAX_PAGE_SIZE
    for query in queries:
        for data in _in_window(client.search(subreddits, query, time_filter, limit), window, source.name):
            mention = submission_to_mention(data, source=source.name, query=query)
            found.setdefault(mention.native_id, mention)

    if source.include_comments and source.watched_subreddits:
        watched = "+".join(source.watched_subreddits)
        for data in _in_window(client.comments(watched, limit), window, source.name):
            mention = comment_to_mention(data, source=source.name, query=None)
            if _comment_is_relevant(mention, data, source.trust.names):
                found.setdefault(mention.native_id, mention)

    mentions = sorted(found.values(), key=lambda mention: (mention.published_at, mention.native_id))
    authors: dict[str, str | None] = {}
    for mention in mentions:
        yield mention
        _advance(cursor, mention.published_at)
        if mention.author_id:
            authors.setdefault(mention.author_id, mention.author_handle)
    for fullname, profile in client.user_data(sorted(authors)):
        yield user_to_account(fullname, authors[fullname], profile)


def _comment_is_relevant(mention: Mention, data: dict[str, Any], names: list[str]) -> bool:
    if mentions_any(mention.text, names):
        return True
    # A removed comment's body is gone, so its thread decides: one removed under a post that names
    # the Trust is kept (as deleted) because a removal there is itself worth seeing.
    title = data.get("link_title")
    return mention.deleted and isinstance(title, str) and mentions_any(title, names)


def _advance(cursor: Cursor, moment: datetime) -> None:
    newest = cursor.state.get("newest_published_at")
    if newest is None or moment.isoformat() > newest:
        cursor.state["newest_published_at"] = moment.isoformat()


def open_client(source: RedditSource, client_settings: ClientSettings) -> AbstractContextManager[RedditClient]:
    """A praw session with credentials from TRUSTWATCH_REDDIT_* environment variables."""
    return open_reddit_client(source.name, client_settings)


def describe(source: RedditSource) -> dict[str, Any]:
    """What this source searches, for run summaries."""
    return {"subreddits": source.subreddits, "queries": source.queries(), "comments": source.include_comments}


def _optional_text(value: Any) -> str | None:
    return html.unescape(value).strip() or None if isinstance(value, str) else None


def about_to_account(payload: dict[str, Any]) -> Account | None:
    """A `/user/{name}/about` answer as an Account; None for a suspended account (Reddit shows only its name).

    The profile's title and public description live on the user's profile subreddit (`subreddit`),
    which is where Reddit shows a display name and bio.
    """
    data = payload["data"]
    if data.get("is_suspended") or not isinstance(data.get("id"), str) or not isinstance(data.get("name"), str):
        return None
    profile = data.get("subreddit") if isinstance(data.get("subreddit"), dict) else {}
    name = data["name"]
    created = data.get("created_utc")
    image = _optional_text(data.get("icon_img")) or _optional_text(profile.get("icon_img"))
    return Account(
        platform="reddit",
        # The t2_ fullname, as mentions' authors are stored, so a probed account and an author are one row.
        account_id=f"t2_{data['id']}",
        handle=name,
        display_name=_optional_text(profile.get("title")),
        description=_optional_text(profile.get("public_description")),
        created_at=datetime.fromtimestamp(created, tz=UTC) if isinstance(created, int | float) else None,
        profile_image_url=image,
        url=f"{REDDIT_URL}/user/{name}",
        raw=payload,
    )


def lookup_accounts(source: RedditSource, client: RedditClient, handles: Sequence[str]) -> list[Account]:
    """The Reddit accounts with these usernames (impersonation probing), one request each.

    Names that do not exist (404) and suspended accounts are skipped; malformed names are never sent.
    """
    wanted = list(dict.fromkeys(handle.strip().removeprefix("/").removeprefix("u/").lstrip("@") for handle in handles))
    accounts: list[Account] = []
    for name in wanted:
        if not _USERNAME.match(name):
            continue
        payload = client.user_about(name)
        account = about_to_account(payload) if payload is not None else None
        if account is not None:
            accounts.append(account)
    log.info("%s: looked up %d Reddit usernames; %d exist", source.name, len(wanted), len(accounts))
    return accounts


CONNECTOR: Connector[RedditSource, RedditClient] = Connector(
    type="reddit",
    config_model=RedditSource,
    open_client=open_client,
    fetch=fetch,
    describe=describe,
    lookup_accounts=lookup_accounts,
)
