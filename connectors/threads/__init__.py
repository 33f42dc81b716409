"""Threads: public posts naming the Trust, through Meta's Threads API keyword search.

Config (`[[sources]]` with `type = "threads"`):

    query = ["Kingsmere General"]   # optional: keyword searches; default: the Trust's name and aliases
    tags = ["KingsmereGeneral"]     # optional: topic-tag searches (search_mode = TAG)
    relevance_filter = true         # keep keyword results only when they name the Trust or the query
    max_queries_per_run = 100
    max_queries_per_day = 2200      # Meta's limit per user in a rolling 24 hours
    max_pages = 10                  # per search and run

Each search asks for the most recent posts (`search_type = RECENT`) inside the window's part still
to read, newest first, up to 100 a page. Keyword search matches words, not phrases, so with
`relevance_filter` a keyword result is kept only when its text names the Trust (its name or an
alias, punctuation- and case-tolerant) or contains the query itself; topic-tag results are kept as
they come. A post found by two searches is yielded once.

Meta allows each Threads user 2,200 queries in a rolling 24 hours, across every app acting for
that user; a query that finds nothing does not count. The cursor counts the queries this source
made by hour (`state["queries_by_hour"]`) and stops before either limit, then raises
`QuotaExhausted` after yielding what it read, naming what is left. Queries are also counted per
calendar month (`state["usage"]`) for the run summary.

Cursor (`state["covered"]`): the [since, until) intervals already read for the current searches;
after each page, the part of the window every search has been read back past is recorded
(`connectors._newest_first`), so a stopped run resumes where it stopped.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from connectors._coverage import covered_intervals, uncovered
from connectors._graph import next_link, objects
from connectors._newest_first import NewestFirstProgress
from connectors._text import mentions_any
from connectors.base import ClientSettings, Connector, MonthlyBudget, SourceConfig, add_usage
from connectors.threads.client import ThreadsClient, open_threads_client
from connectors.threads.mapping import author, placeable, post_to_mention
from trustwatch.errors import QuotaExhausted
from trustwatch.records import Account, Cursor, Mention, Window, stable_id, utc_now

log = logging.getLogger(__name__)

DAILY_QUERY_LIMIT = 2200
QUERY_PERIOD = timedelta(hours=24)
TIMESTAMP_RESOLUTION = timedelta(seconds=1)

Search = tuple[Literal["KEYWORD", "TAG"], str]


class ThreadsSource(SourceConfig):
    """Options of a `type = "threads"` source."""

    query: list[str] | None = None
    tags: list[str] = Field(default_factory=list)
    relevance_filter: bool = True
    max_queries_per_run: int = Field(default=100, ge=1)
    max_queries_per_day: int = Field(default=DAILY_QUERY_LIMIT, ge=1, le=DAILY_QUERY_LIMIT)
    max_pages: int = Field(default=10, ge=1, le=1000)

    @field_validator("query", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("tags")
    @classmethod
    def _clean_tags(cls, tags: list[str]) -> list[str]:
        cleaned = list(dict.fromkeys(tag.strip().lstrip("#") for tag in tags))
        if any(not tag or any(char.isspace() for char in tag) for tag in cleaned):
            raise ValueError("a topic tag is one word (no spaces), with or without '#'")
        return cleaned

    @model_validator(mode="after")
    def _has_searches(self) -> ThreadsSource:
        if self.query is not None and any(not query.strip() for query in self.query):
            raise ValueError("query: a query is blank")
        if not self.searches:
            raise ValueError("query: nothing to search (no query, no tag, and the Trust has no name)")
        return self

    @property
    def searches(self) -> list[Search]:
        """The keyword searches (the override, or the Trust's name and aliases) and the topic-tag searches."""
        keywords = self.query if self.query is not None else self.trust.names
        found: list[Search] = [("KEYWORD", keyword.strip().strip('"')) for keyword in keywords if keyword.strip()]
        found += [("TAG", tag) for tag in self.tags]
        return list(dict.fromkeys(found))


def open_client(source: ThreadsSource, client_settings: ClientSettings) -> AbstractContextManager[ThreadsClient]:
    """A Threads API client with the token from TRUSTWATCH_THREADS_TOKEN."""
    return open_threads_client(source.name, client_settings, max_pages=source.max_pages)


def budget(source: ThreadsSource) -> MonthlyBudget:
    """Keyword-search queries per month: the daily limit times the days in this month (the cap is per 24 hours)."""
    today = utc_now()
    days = calendar.monthrange(today.year, today.month)[1]
    return MonthlyBudget(cap=source.max_queries_per_day * days, unit="keyword-search queries")


def describe(source: ThreadsSource) -> dict[str, Any]:
    """What the run summary shows about this source."""
    return {
        "searches": [f"{mode.lower()}: {query}" for mode, query in source.searches],
        "relevance_filter": source.relevance_filter,
        "max_queries_per_run": source.max_queries_per_run,
        "max_queries_per_day": source.max_queries_per_day,
    }


@dataclass
class _QueryBudget:
    """Queries this run may still send: per run, and in the rolling 24 hours the cursor counts by hour."""

    source: ThreadsSource
    state: dict[str, Any]
    now: datetime
    sent_this_run: int = 0

    def __post_init__(self) -> None:
        by_hour: dict[str, int] = self.state.setdefault("queries_by_hour", {})
        for hour in list(by_hour):
            # An hour bucket counts until its whole hour has left the 24 hours (a little conservative).
            if datetime.fromisoformat(hour) + timedelta(hours=1) <= self.now - QUERY_PERIOD:
                del by_hour[hour]

    @property
    def sent_in_24_hours(self) -> int:
        return sum(int(count) for count in self.state["queries_by_hour"].values())

    @property
    def remaining(self) -> int:
        return min(
            self.source.max_queries_per_run - self.sent_this_run,
            self.source.max_queries_per_day - self.sent_in_24_hours,
        )

    def spend(self) -> None:
        self.sent_this_run += 1
        hour = self.now.replace(minute=0, second=0, microsecond=0).isoformat()
        self.state["queries_by_hour"][hour] = int(self.state["queries_by_hour"].get(hour, 0)) + 1
        add_usage(self.state.setdefault("usage", {}), self.now.strftime("%Y-%m"), 1)

    def exhausted(self, unread: str) -> QuotaExhausted:
        return QuotaExhausted(
            f"Threads query budget spent: {self.sent_this_run} queries this run (max_queries_per_run="
            f"{self.source.max_queries_per_run}), {self.sent_in_24_hours} in the last 24 hours (max_queries_per_day="
            f"{self.source.max_queries_per_day}). Left unread: {unread}. Everything read so far was kept.",
            source=self.source.name,
        )


def _start_state(source: ThreadsSource, cursor: Cursor) -> dict[str, Any]:
    state = cursor.state
    fingerprint = stable_id("threads-searches", *(f"{mode}:{query}" for mode, query in source.searches))
    if state.get("searches") != fingerprint:
        state["searches"] = fingerprint
        state["covered"] = []
    state.setdefault("covered", [])
    return state


def _relevant(source: ThreadsSource, mode: str, query: str, mention: Mention) -> bool:
    if mode == "TAG" or not source.relevance_filter:
        return True
    return mentions_any(mention.text, [*source.trust.names, query])


def fetch(source: ThreadsSource, window: Window, cursor: Cursor, client: ThreadsClient) -> Iterator[Mention | Account]:
    """Yield public Threads posts inside `window` that the Trust's searches find, each author first."""
    state = _start_state(source, cursor)
    query_budget = _QueryBudget(source, state, utc_now())
    searches = source.searches
    seen_posts: set[str] = set()
    seen_accounts: set[str] = set()
    kept = read = 0
    gaps = uncovered(window, covered_intervals(state))
    for gap_index, gap in enumerate(gaps):
        progress = NewestFirstProgress(state, gap, [f"{m}:{q}" for m, q in searches], TIMESTAMP_RESOLUTION)
        for search_index, (mode, query) in enumerate(searches):
            pages = client.search(query, mode, gap.since, gap.until)
            started = False
            while True:
                if query_budget.remaining < 1:
                    raise query_budget.exhausted(
                        f"{'more pages of ' if started else ''}search {search_index + 1} of {len(searches)} "
                        f"for {gap.since.isoformat()} to {gap.until.isoformat()}"
                        + (
                            f", and {len(gaps) - gap_index - 1} later part(s) of the window"
                            if gap_index + 1 < len(gaps)
                            else ""
                        )
                    )
                payload = next(pages, None)
                if payload is None:
                    break
                started = True
                posts = objects(payload, "data")
                if posts:
                    query_budget.spend()
                page: list[tuple[Mention, Account | None]] = []
                for post in posts:
                    published = placeable(post)
                    if published is None:
                        log.warning("%s: a Threads post without an id or timestamp was skipped", source.name)
                        continue
                    if not gap.contains(published):
                        continue
                    read += 1
                    mention = post_to_mention(post, source=source.name, query=f"{mode.lower()}: {query}")
                    if _relevant(source, mode, query, mention):
                        page.append((mention, author(post)))
                page.sort(key=lambda pair: (pair[0].published_at, pair[0].native_id))
                for mention, account in page:
                    if account is not None and account.account_id not in seen_accounts:
                        seen_accounts.add(account.account_id)
                        yield account
                    if mention.native_id not in seen_posts:
                        seen_posts.add(mention.native_id)
                        kept += 1
                        yield mention
                oldest = min((p for post in posts if (p := placeable(post)) and gap.contains(p)), default=None)
                finished = next_link(payload) is None
                progress.page_read(f"{mode}:{query}", oldest, finished=finished)
                if finished:
                    break
    log.info(
        "%s: %d Threads posts read in the window, %d kept, %d queries this run",
        source.name,
        read,
        kept,
        query_budget.sent_this_run,
    )


CONNECTOR: Connector[ThreadsSource, ThreadsClient] = Connector(
    type="threads",
    config_model=ThreadsSource,
    open_client=open_client,
    fetch=fetch,
    describe=describe,
    budget=budget,
)
