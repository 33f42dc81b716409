"""X (formerly Twitter): posts mentioning the Trust, through the API v2 search endpoints.

Config (`[[sources]]` with `type = "x"`):

    access = "basic"              # "basic" | "pro" | "enterprise": what the X app's plan allows
    max_posts_per_run = 500       # X bills per post read: stop a run after this many
    max_posts_per_month = 10000   # ... and a calendar month (UTC) after this many
    lang = "en"                   # optional: only posts X tagged with this language
    query = ["..."]               # optional: replaces the query built from [trust]

The default query ORs the Trust's quoted name and aliases with its official X handles
(`@KingsmereNHS` matches posts that mention or reply to it) and drops retweets (`-is:retweet`),
which copy a post without adding anything and would be billed again. A query longer than X's limit
(512 characters; 4096 on Enterprise) is split into several queries; a post matched by two of them
is yielded once.

Recent search covers the last 7 days. A window older than that needs full-archive search, which
only Pro and Enterprise include: on Basic, `reach` is 7 days and the registry refuses an older
backfill with a message saying so.

Cursor (`cursor.state`):
- `covered`: the [since, until) intervals already read for the current queries. A window is cut
  down to the parts not yet covered, so re-running a window reads (and pays for) nothing, and an
  overlapping window reads only its new part. Changing the query resets it.
- `usage`: posts read per month (`{"2025-06": 1234}`), so the monthly budget persists with the rows.

Order and the cursor: X returns newest first and has no oldest-first option, so each page is
yielded as it arrives (oldest first within the page) rather than buffering the whole window. The
coverage recorded after a page never reaches past what has been yielded: while a query is being
paged, only the part of the window newer than the oldest post yielded so far (to the second,
because X's timestamps are whole seconds) counts as covered; the whole window counts once the last
page is read. A run stopped by the budget therefore resumes exactly where it stopped.

Budget: before each request the remaining budget (per run and per month) is checked; the page
size is capped by it, so the budget is never exceeded. When posts remain unread and the budget is
spent, `QuotaExhausted` is raised after everything already read has been yielded, saying what was
left unread. Nothing is truncated silently.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from connectors._coverage import covered_intervals, mark_covered, uncovered
from connectors.base import ClientSettings, Connector, MonthlyBudget, SourceConfig, add_usage
from connectors.x.client import XClient, open_x_client
from connectors.x.mapping import map_search_page, map_users
from trustwatch.errors import FatalError, QuotaExhausted
from trustwatch.records import Account, Cursor, Mention, Window, stable_id, utc_now
from trustwatch.settings import TrustProfile

log = logging.getLogger(__name__)

RECENT_SEARCH_REACH = timedelta(days=7)
# X refuses an end_time less than 10 seconds before the request; keep a margin for clock skew.
END_TIME_MARGIN = timedelta(seconds=30)
# A window starting this close to the 7-day edge goes to full-archive search when the plan has it,
# so a slow request does not cross the edge and fail.
ARCHIVE_EDGE_MARGIN = timedelta(minutes=5)
MIN_PAGE = 10  # X refuses max_results below 10 on both search endpoints.
RECENT_MAX_PAGE = 100
ARCHIVE_MAX_PAGE = 500
QUERY_LIMIT = {"basic": 512, "pro": 512, "enterprise": 4096}
USERS_PER_LOOKUP = 100
# X bills a user read at $0.010 and a post read at $0.005 (docs.x.com, pay-per-usage pricing), and
# only for users it returns: each account found costs two posts of the monthly budget.
USER_READ_COST_IN_POSTS = 2
USERNAME = re.compile(r"^[A-Za-z0-9_]{1,15}$")


def _quote(term: str) -> str:
    return '"' + term.replace('"', " ").strip() + '"'


def build_queries(trust: TrustProfile, *, limit: int, lang: str | None = None) -> list[str]:
    """The Trust's names, aliases and @handles ORed into as few X queries as fit in `limit` characters."""
    terms = [_quote(name) for name in dict.fromkeys(trust.names) if name.strip()]
    terms += [f"@{handle.lstrip('@')}" for handle in trust.official_handles.get("x", []) if handle.strip()]
    suffix = " -is:retweet" + (f" lang:{lang}" if lang else "")

    def render(group: list[str]) -> str:
        return (group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")") + suffix

    queries: list[str] = []
    group: list[str] = []
    for term in terms:
        if len(render([term])) > limit:
            raise ValueError(f"the term {term} alone makes a query longer than X's {limit}-character limit")
        if group and len(render([*group, term])) > limit:
            queries.append(render(group))
            group = []
        group.append(term)
    if group:
        queries.append(render(group))
    if not queries:
        raise ValueError("trust has no name, alias or X handle to search for")
    return queries


class XSource(SourceConfig):
    """Options of an X source."""

    access: Literal["basic", "pro", "enterprise"] = "basic"
    query: list[str] | None = None
    max_posts_per_run: int = Field(default=500, ge=MIN_PAGE)
    max_posts_per_month: int = Field(default=10_000, ge=MIN_PAGE)
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")

    @field_validator("query", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _queries_fit(self) -> XSource:
        limit = QUERY_LIMIT[self.access]
        if self.query is not None:
            if not self.query or any(not query.strip() for query in self.query):
                raise ValueError("query: must hold at least one non-blank query")
            for query in self.query:
                if len(query) > limit:
                    raise ValueError(
                        f"query: {len(query)} characters is over X's {limit}-character limit for "
                        f"{self.access} access; split it into several queries"
                    )
        else:
            try:
                build_queries(self.trust, limit=limit, lang=self.lang)
            except ValueError as error:
                raise ValueError(f"query: {error}") from None
        if self.max_posts_per_run > self.max_posts_per_month:
            raise ValueError("max_posts_per_run: is larger than max_posts_per_month")
        return self

    @property
    def queries(self) -> list[str]:
        """The search queries this source runs (the override, or built from the Trust profile)."""
        if self.query is not None:
            return [query.strip() for query in self.query]
        return build_queries(self.trust, limit=QUERY_LIMIT[self.access], lang=self.lang)

    @property
    def has_full_archive(self) -> bool:
        """True when the plan includes full-archive search."""
        return self.access in {"pro", "enterprise"}


def open_client(source: XSource, client_settings: ClientSettings) -> AbstractContextManager[XClient]:
    """The X client, authenticated from TRUSTWATCH_X_BEARER_TOKEN, with the configured timeout."""
    return open_x_client(client_settings, source=source.name)


def reach(source: XSource) -> timedelta | None:
    """7 days on Basic (recent search only); unlimited with full-archive search."""
    return None if source.has_full_archive else RECENT_SEARCH_REACH


def budget(source: XSource) -> MonthlyBudget:
    """Posts read per month, capped by `max_posts_per_month`; each account looked up and found costs two."""
    return MonthlyBudget(cap=source.max_posts_per_month, unit="posts read", lookup_cost=USER_READ_COST_IN_POSTS)


def describe(source: XSource) -> dict[str, Any]:
    """What the run summary shows about this source."""
    return {
        "access": source.access,
        "queries": source.queries,
        "max_posts_per_run": source.max_posts_per_run,
        "max_posts_per_month": source.max_posts_per_month,
    }


@dataclass
class _Budget:
    """Posts this run may still read, per run and per calendar month (UTC)."""

    source: XSource
    state: dict[str, Any]
    month: str
    read_this_run: int = 0

    @property
    def used_this_month(self) -> int:
        return int(self.state["usage"].get(self.month, 0))

    @property
    def remaining(self) -> int:
        return min(
            self.source.max_posts_per_run - self.read_this_run,
            self.source.max_posts_per_month - self.used_this_month,
        )

    def spend(self, posts: int) -> None:
        self.read_this_run += posts
        add_usage(self.state["usage"], self.month, posts)

    def exhausted(self, unread: str) -> QuotaExhausted:
        return QuotaExhausted(
            f"X budget spent: {self.read_this_run} posts read this run (max_posts_per_run="
            f"{self.source.max_posts_per_run}), {self.used_this_month} in {self.month} (max_posts_per_month="
            f"{self.source.max_posts_per_month}); {self.remaining} left is below X's minimum page of {MIN_PAGE}. "
            f"Left unread: {unread}. Everything read so far was kept.",
            source=self.source.name,
        )


@dataclass
class _Progress:
    """How far back each query has been read in one gap (its `until` means: not started)."""

    gap: Window
    read_back_to: dict[str, datetime] = field(default_factory=dict)

    def covered_since(self) -> datetime:
        return max(self.read_back_to.values())


def _start_state(source: XSource, cursor: Cursor, queries: list[str]) -> dict[str, Any]:
    state = cursor.state
    fingerprint = stable_id("x-queries", *queries)
    if state.get("queries") != fingerprint:
        if state.get("covered"):
            log.info("%s: the X query changed; windows already read will be read again", source.name)
        state["queries"] = fingerprint
        state["covered"] = []
    state.setdefault("covered", [])
    state.setdefault("usage", {})
    return state


def fetch(source: XSource, window: Window, cursor: Cursor, client: XClient) -> Iterator[Mention | Account]:
    """Yield the posts on X inside `window` that match the Trust's queries, with their authors first.

    Parts of the window already read (per `cursor.state["covered"]`) are skipped; see the module
    docstring for ordering, the cursor and the budget.
    """
    queries = source.queries
    state = _start_state(source, cursor, queries)
    now = utc_now()
    searchable_until = min(window.until, now - END_TIME_MARGIN)
    if searchable_until <= window.since:
        log.info("%s: the window ends too recently for X search; nothing to read yet", source.name)
        return
    archive = window.since < now - RECENT_SEARCH_REACH + ARCHIVE_EDGE_MARGIN
    if window.since < now - RECENT_SEARCH_REACH and not source.has_full_archive:
        raise FatalError(
            f"X recent search only reaches back 7 days and full-archive search needs Pro or Enterprise access "
            f"(access = {source.access!r}); the window starts {window.since.isoformat()}",
            source=source.name,
        )
    archive = archive and source.has_full_archive
    budget = _Budget(source, state, month=now.strftime("%Y-%m"))
    gaps = uncovered(Window(since=window.since, until=searchable_until), covered_intervals(state))
    seen_posts: set[str] = set()
    seen_accounts: set[str] = set()

    for gap_index, gap in enumerate(gaps):
        progress = _Progress(gap, dict.fromkeys(queries, gap.until))
        for query_index, query in enumerate(queries):
            next_token: str | None = None
            while True:
                if budget.remaining < MIN_PAGE:
                    where = "more pages" if next_token else "this query"
                    raise budget.exhausted(
                        f"{where} of query {query_index + 1} of {len(queries)} for "
                        f"{gap.since.isoformat()} to {gap.until.isoformat()}"
                        + (
                            f", and {len(gaps) - gap_index - 1} later part(s) of the window"
                            if gap_index + 1 < len(gaps)
                            else ""
                        )
                        + " (X does not say how many posts those hold)"
                    )
                max_page = ARCHIVE_MAX_PAGE if archive else RECENT_MAX_PAGE
                payload = client.search(
                    query=query,
                    start_time=gap.since,
                    end_time=gap.until,
                    max_results=min(max_page, budget.remaining),
                    next_token=next_token,
                    archive=archive,
                )
                page = map_search_page(payload, source_name=source.name, query=query)
                budget.spend(page.posts_read)
                if page.errors:
                    log.warning(
                        "%s: X returned %d partial error(s) next to the data: %s",
                        source.name,
                        len(page.errors),
                        "; ".join(str(error.get("detail") or error.get("title")) for error in page.errors),
                    )
                inside = _inside(gap, page.mentions, source.name)
                yield from _new_records(_involved(page.accounts, inside), inside, seen_accounts, seen_posts)
                next_token = page.next_token
                if next_token is None:
                    progress.read_back_to[query] = gap.since
                elif page.mentions:
                    # Posts sharing the oldest second may continue on the next page.
                    oldest = page.mentions[0].published_at.replace(microsecond=0) + timedelta(seconds=1)
                    progress.read_back_to[query] = max(gap.since, min(progress.read_back_to[query], oldest))
                if progress.covered_since() < gap.until:
                    mark_covered(state, progress.covered_since(), gap.until)
                if next_token is None:
                    break
    log.info(
        "%s: read %d X posts in %d requests (%d this month)",
        source.name,
        budget.read_this_run,
        client.requests_made,
        budget.used_this_month,
    )


def _inside(gap: Window, mentions: list[Mention], source_name: str) -> list[Mention]:
    # X honours start_time/end_time; a post outside them would sit under another window's coverage
    # in the cursor, so it is not taken on trust.
    inside = [mention for mention in mentions if gap.contains(mention.published_at)]
    if len(inside) < len(mentions):
        log.info("%s: %d X posts outside the window asked for were dropped", source_name, len(mentions) - len(inside))
    return inside


def _involved(accounts: list[Account], mentions: list[Mention]) -> list[Account]:
    """The accounts a page's kept posts involve: their authors, and the users and posts they answer or quote."""
    wanted: set[str] = set()
    for mention in mentions:
        tweet = mention.raw.get("tweet") or {}
        wanted |= {str(tweet.get("author_id")), str(tweet.get("in_reply_to_user_id"))}
        wanted |= {str(ref.get("author_id")) for ref in mention.raw.get("referenced_tweets") or []}
    return [account for account in accounts if account.account_id in wanted]


def _new_records(
    accounts: list[Account], mentions: list[Mention], seen_accounts: set[str], seen_posts: set[str]
) -> Iterator[Mention | Account]:
    for account in accounts:
        if account.account_id not in seen_accounts:
            seen_accounts.add(account.account_id)
            yield account
    for mention in mentions:
        if mention.native_id not in seen_posts:
            seen_posts.add(mention.native_id)
            yield mention


@dataclass(frozen=True)
class UserLookup:
    """Accounts found by `lookup_users`, and the ids/usernames X could not find (with X's reasons)."""

    accounts: list[Account]
    not_found: list[str]
    errors: list[dict[str, Any]]


def lookup_users(client: XClient, *, usernames: Iterable[str] = (), ids: Iterable[str] = ()) -> UserLookup:
    """Look up X accounts by username and/or id (impersonation checks), 100 per request.

    Users that do not exist, are suspended, or whose username is not a valid X username are
    reported in `not_found`/`errors`, never raised.
    """
    wanted_names = list(dict.fromkeys(name.strip().lstrip("@") for name in usernames if name.strip()))
    wanted_ids = list(dict.fromkeys(str(user_id).strip() for user_id in ids if str(user_id).strip()))
    accounts: list[Account] = []
    errors: list[dict[str, Any]] = []
    # One malformed username makes X reject the whole batch with a 400, so they are weeded out first.
    invalid = [name for name in wanted_names if not USERNAME.match(name)]
    errors += [
        {"title": "Invalid username", "parameter": "usernames", "value": name, "detail": "not a valid X username"}
        for name in invalid
    ]
    valid_names = [name for name in wanted_names if name not in invalid]
    bad_ids = [user_id for user_id in wanted_ids if not user_id.isdigit()]
    errors += [
        {"title": "Invalid id", "parameter": "ids", "value": user_id, "detail": "X user ids are numeric"}
        for user_id in bad_ids
    ]
    valid_ids = [user_id for user_id in wanted_ids if user_id not in bad_ids]
    for key, values in (("usernames", valid_names), ("ids", valid_ids)):
        for start in range(0, len(values), USERS_PER_LOOKUP):
            batch = values[start : start + USERS_PER_LOOKUP]
            payload = client.users(**{key: batch})
            found, batch_errors = map_users(payload)
            accounts += found
            errors += batch_errors
    not_found = [str(error.get("value")) for error in errors if error.get("value") is not None]
    return UserLookup(accounts=accounts, not_found=not_found, errors=errors)


def lookup_accounts(source: XSource, client: XClient, handles: Sequence[str]) -> list[Account]:
    """The X accounts with these usernames (impersonation probing), 100 per request; missing ones are absent.

    X bills user lookups per user returned, at twice the price of a post read (docs.x.com pricing:
    User: Read $0.010, Posts: Read $0.005), so the caller counts each account found as two posts
    against the source's monthly budget. Usernames X could not find, suspended ones included, cost
    nothing and are left out.
    """
    found = lookup_users(client, usernames=handles)
    log.info(
        "%s: looked up %d X usernames in %d requests; %d exist",
        source.name,
        len(handles),
        client.requests_made,
        len(found.accounts),
    )
    return found.accounts


CONNECTOR: Connector[XSource, XClient] = Connector(
    type="x",
    config_model=XSource,
    open_client=open_client,
    fetch=fetch,
    reach=reach,
    describe=describe,
    lookup_accounts=lookup_accounts,
    budget=budget,
)
