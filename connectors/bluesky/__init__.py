"""Bluesky: posts naming the Trust, through AT Protocol post search (`app.bsky.feed.searchPosts`).

Config (`[[sources]]` with `type = "bluesky"`):

    lang = "en"          # optional: only posts declaring this language
    query = ["..."]      # optional: replaces the queries built from [trust]
    service = "https://bsky.social"   # optional: the PDS to log in to

Bluesky search has no OR (every term must appear), so each of the Trust's names and aliases is
its own quoted-phrase search, and each official Bluesky handle adds a search through the API's
`mentions` parameter (which matches rich-text mention facets, handles resolved to DIDs). A post
found by two searches is yielded once. An override query written `mentions:handle` is sent the
same way.

Windows are on `createdAt`, the time the app shows. The API's `since`/`until` filter on `sortAt`,
the earlier of `createdAt` and the AppView's `indexedAt`, so a post whose author's clock ran ahead
of Bluesky's sorts before its `createdAt`: each search reaches back `SORT_AT_MARGIN` further than
the window, and every post is then kept or dropped on its `createdAt`. (No post sorts after its
`createdAt`, so `until` needs no margin.) A post dated more than the margin ahead of when Bluesky
saw it is missed; such dates are wrong, and often deliberate.

Search needs a logged-in account (anonymous search is closed on the public AppView): set
TRUSTWATCH_BLUESKY_HANDLE and TRUSTWATCH_BLUESKY_APP_PASSWORD. Search is free and has no
documented look-back limit, so `reach` is unlimited; the AppView may stop paging deep result sets
early (its cursor "may not necessarily allow scrolling through the entire result set").

Cursor (`cursor.state["covered"]`): the [since, until) intervals already read for the current
queries. A window is cut down to what is not yet covered, so re-running a window yields nothing
and an overlapping window only its new part. An interval is recorded only once every search over
it has been read to the end (search is free, so a failed run simply reads the interval again).
Results are newest first; each page is yielded as it arrives, oldest first within the page.

Paging is ours: atproto's Python SDK has no iterator for searchPosts (it exposes each XRPC call
once), so the loop follows `cursor` itself, stops on an empty page or a repeated cursor, and keeps
the raw JSON the AppView sent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import Field, field_validator, model_validator

from connectors._coverage import covered_intervals, mark_covered, uncovered
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.bluesky.client import DEFAULT_SERVICE, PROFILES_PER_CALL, BlueskyClient, open_bluesky_client
from connectors.bluesky.mapping import author_to_account, map_search_page
from trustwatch.errors import FatalError
from trustwatch.records import Account, Cursor, Mention, Window, stable_id, utc_now
from trustwatch.settings import TrustProfile

log = logging.getLogger(__name__)

PAGE_SIZE = 100  # searchPosts' maximum
# Posts reach the search index a few seconds after they are made; leave the newest moments for
# the next run rather than marking them read.
INDEXING_MARGIN = timedelta(seconds=30)
# How far before the window each search reaches, for posts whose createdAt is later than when
# Bluesky indexed them (a clock running ahead): they sort at indexedAt.
SORT_AT_MARGIN = timedelta(hours=1)
# atproto handle syntax (a DNS name of two or more labels); getProfiles rejects a whole batch with a 400
# when one actor is malformed, so malformed handles are dropped before the call.
_HANDLE = re.compile(r"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")


@dataclass(frozen=True)
class Search:
    """One searchPosts request: the query string, and the account posts must mention (if any)."""

    q: str
    mentions: str | None = None

    def describe(self) -> str:
        """How the search reads in summaries and in each mention's `query`."""
        return f"mentions:{self.mentions}" if self.mentions else self.q


def _mentions_search(handle: str) -> Search:
    # `q` is required; the handle itself is what a mention facet's text shows.
    return Search(q=handle, mentions=handle)


def build_queries(trust: TrustProfile) -> list[Search]:
    """One quoted-phrase search per name and alias, and one `mentions` search per official handle."""
    searches = [
        Search(q='"' + name.replace('"', " ").strip() + '"') for name in dict.fromkeys(trust.names) if name.strip()
    ]
    handles = [handle.lstrip("@").strip() for handle in trust.official_handles.get("bluesky", [])]
    searches += [_mentions_search(handle) for handle in handles if handle]
    return [search for search in searches if search.q != '""']


def _override(query: str) -> Search:
    written = query.strip()
    if written.startswith("mentions:") and " " not in written and len(written) > len("mentions:"):
        return _mentions_search(written.removeprefix("mentions:").lstrip("@"))
    return Search(q=written)


class BlueskySource(SourceConfig):
    """Options of a Bluesky source."""

    query: list[str] | None = None
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    service: str = Field(default=DEFAULT_SERVICE, pattern=r"^https://[^\s/]+/?$")

    @field_validator("query", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _has_queries(self) -> BlueskySource:
        if self.query is not None and (not self.query or any(not query.strip() for query in self.query)):
            raise ValueError("query: must hold at least one non-blank query")
        if self.query is None and not build_queries(self.trust):
            raise ValueError("query: trust has no name, alias or Bluesky handle to search for")
        return self

    @property
    def searches(self) -> list[Search]:
        """The searches this source runs (the override, or built from the Trust profile)."""
        return [_override(query) for query in self.query] if self.query is not None else build_queries(self.trust)


def open_client(source: BlueskySource, client_settings: ClientSettings) -> AbstractContextManager[BlueskyClient]:
    """A logged-in client (TRUSTWATCH_BLUESKY_HANDLE / TRUSTWATCH_BLUESKY_APP_PASSWORD)."""
    return open_bluesky_client(client_settings, source=source.name, service=source.service)


def describe(source: BlueskySource) -> dict[str, Any]:
    """What the run summary shows about this source."""
    return {"queries": [search.describe() for search in source.searches], "lang": source.lang}


def _search_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def fetch(source: BlueskySource, window: Window, cursor: Cursor, client: BlueskyClient) -> Iterator[Mention | Account]:
    """Yield Bluesky posts created inside `window` that match the Trust's searches, each author before its posts."""
    searches = source.searches
    state = cursor.state
    fingerprint = stable_id("bluesky-queries", *(search.describe() for search in searches), source.lang)
    if state.get("queries") != fingerprint:
        state["queries"] = fingerprint
        state["covered"] = []
    searchable_until = min(window.until, utc_now() - INDEXING_MARGIN)
    if searchable_until <= window.since:
        log.info("%s: the window ends too recently for Bluesky search; nothing to read yet", source.name)
        return
    searchable = Window(since=window.since, until=searchable_until)
    seen_posts: set[str] = set()
    seen_accounts: set[str] = set()
    posts_read = 0
    for gap in uncovered(searchable, covered_intervals(state)):
        for search in searches:
            page_cursor: str | None = None
            cursors_seen: set[str] = set()
            while True:
                payload = client.search_posts(
                    q=search.q,
                    mentions=search.mentions,
                    since=_search_time(gap.since - SORT_AT_MARGIN),
                    until=_search_time(gap.until),
                    cursor=page_cursor,
                    limit=PAGE_SIZE,
                    lang=source.lang,
                )
                page = map_search_page(payload, source_name=source.name, query=search.describe())
                posts_read += len(page.mentions) + page.skipped
                in_gap = [mention for mention in page.mentions if gap.contains(mention.published_at)]
                authors = {mention.author_id for mention in in_gap}
                for account in page.accounts:
                    if account.account_id in authors and account.account_id not in seen_accounts:
                        seen_accounts.add(account.account_id)
                        yield account
                for mention in in_gap:
                    if mention.native_id not in seen_posts:
                        seen_posts.add(mention.native_id)
                        yield mention
                page_cursor = page.cursor
                if page_cursor is None or not (page.mentions or page.skipped):
                    break
                if page_cursor in cursors_seen:
                    log.warning("%s: Bluesky repeated a search cursor; stopping this search", source.name)
                    break
                cursors_seen.add(page_cursor)
        mark_covered(state, gap.since, gap.until)
    log.info("%s: read %d Bluesky posts in %d requests", source.name, posts_read, client.requests_made)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def profile_to_account(profile: dict[str, Any]) -> Account:
    """A ProfileViewDetailed (getProfiles) as an Account: a post author's fields plus bio and follower counts."""
    account = author_to_account(profile)
    description = profile.get("description")
    return account.model_copy(
        update={
            "description": description if isinstance(description, str) and description.strip() else None,
            "followers": _count(profile.get("followersCount")),
            "following": _count(profile.get("followsCount")),
        }
    )


def lookup_accounts(source: BlueskySource, client: BlueskyClient, handles: Sequence[str]) -> list[Account]:
    """The Bluesky accounts with these handles (impersonation probing), 25 per getProfiles call.

    Handles that do not resolve to an account are simply absent from the answer; lookups are free.
    """
    wanted = list(dict.fromkeys(handle.strip().lstrip("@").lower() for handle in handles if handle.strip()))
    valid = [handle for handle in wanted if len(handle) <= 253 and _HANDLE.match(handle)]
    if len(valid) < len(wanted):
        log.info("%s: %d malformed Bluesky handle(s) not looked up", source.name, len(wanted) - len(valid))
    accounts: list[Account] = []
    for start in range(0, len(valid), PROFILES_PER_CALL):
        payload = client.get_profiles(valid[start : start + PROFILES_PER_CALL])
        profiles = payload.get("profiles")
        if not isinstance(profiles, list) or not all(isinstance(profile, dict) for profile in profiles):
            raise FatalError("Bluesky getProfiles payload: profiles is not a list of objects", source=source.name)
        accounts += [profile_to_account(profile) for profile in profiles if profile.get("did")]
    log.info("%s: looked up %d Bluesky handles; %d exist", source.name, len(valid), len(accounts))
    return accounts


CONNECTOR: Connector[BlueskySource, BlueskyClient] = Connector(
    type="bluesky",
    config_model=BlueskySource,
    open_client=open_client,
    fetch=fetch,
    describe=describe,
    lookup_accounts=lookup_accounts,
)
