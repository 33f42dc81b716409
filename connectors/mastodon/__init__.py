"""Mastodon: hashtag and account timelines on one chosen instance, and search where it allows.

Config (`[[sources]]` with `type = "mastodon"`; one source per instance):

    instance = "https://mastodon.social"
    hashtags = ["KingsmereGeneral"]            # public hashtag timelines (no token on most instances)
    accounts = ["kingsmereecho@news.example"]  # accounts whose statuses are read (a local paper, the Trust)
    search = false                             # full-text search of the Trust's names: needs a token
    relevance_filter = true                    # account and search statuses must name the Trust
    token_variable = "TRUSTWATCH_MASTODON_TOKEN"
    max_pages = 10                             # per timeline and run (40 statuses a page)

An instance sees the posts of its own users and of the accounts its users follow, so a hashtag
timeline is that instance's view of the fediverse, not all of it; choose the instances local people
use. Hashtag statuses are kept as they come (the hashtag is the Trust's choice); statuses from
accounts and search are kept only when they name the Trust (its name or an alias) unless
`relevance_filter = false`. Reblogs are left out (the original is what was said). A status reached
through two timelines or two instances is yielded once (its ActivityPub uri is its id).

Timelines answer newest first; each is paged back (`max_id`, via the `Link` header) until it
passes the start of the window. Cursor (`state["covered"]`): the [since, until) intervals already
read for the current timelines; after each page, the part every timeline has been read back past is
recorded (`connectors._newest_first`), so a run stopped part way yields next time only what it had
not read (a timeline has no time filter, so it is paged from its newest status again). Account ids are
instance-local, so each account is looked up once and its id kept (`state["account_ids"]`).
Mastodon is free to read; the instance's rate limit (300 requests in 5 minutes by default) is
honoured on a 429.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from pydantic import Field, field_validator, model_validator

from connectors._coverage import covered_intervals, uncovered
from connectors._newest_first import NewestFirstProgress
from connectors._text import mentions_any
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.mastodon.client import PAGE_SIZE, MastodonClient, open_mastodon_client
from connectors.mastodon.mapping import account_to_account, placeable, status_to_mention
from trustwatch.records import Account, Cursor, Mention, Window, stable_id

log = logging.getLogger(__name__)

# Mastodon timestamps carry milliseconds.
TIMESTAMP_RESOLUTION = timedelta(milliseconds=1)
_ACCT = re.compile(r"^@?[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*(@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?$")
_TAG = re.compile(r"^\w+$")


class MastodonSource(SourceConfig):
    """Options of a `type = "mastodon"` source."""

    instance: str = Field(pattern=r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}/?$")
    hashtags: list[str] = Field(default_factory=list)
    accounts: list[str] = Field(default_factory=list)
    search: bool = False
    relevance_filter: bool = True
    token_variable: str = Field(default="TRUSTWATCH_MASTODON_TOKEN", pattern=r"^[A-Z][A-Z0-9_]*$")
    max_pages: int = Field(default=10, ge=1, le=1000)

    @field_validator("hashtags")
    @classmethod
    def _valid_hashtags(cls, hashtags: list[str]) -> list[str]:
        cleaned = list(dict.fromkeys(tag.strip().lstrip("#") for tag in hashtags))
        for tag in cleaned:
            if not _TAG.match(tag):
                raise ValueError(f"{tag!r} is not a Mastodon hashtag (letters, digits and underscores)")
        return cleaned

    @field_validator("accounts")
    @classmethod
    def _valid_accounts(cls, accounts: list[str]) -> list[str]:
        cleaned = list(dict.fromkeys(account.strip().lstrip("@") for account in accounts))
        for account in cleaned:
            if not _ACCT.match(account):
                raise ValueError(f"{account!r} is not a Mastodon handle (name, or name@domain)")
        return cleaned

    @model_validator(mode="after")
    def _something_to_read(self) -> MastodonSource:
        if not (self.hashtags or self.accounts or self.search):
            raise ValueError("hashtags: nothing to read; set hashtags, accounts or search = true")
        return self

    @property
    def timelines(self) -> list[str]:
        """The streams this source reads, as labels ("tag:x", "account:x", "search:x")."""
        labels = [f"tag:{tag}" for tag in self.hashtags] + [f"account:{account}" for account in self.accounts]
        if self.search:
            labels += [f"search:{name}" for name in dict.fromkeys(self.trust.names)]
        return labels


def open_client(source: MastodonSource, client_settings: ClientSettings) -> AbstractContextManager[MastodonClient]:
    """A client for the instance, with the token from `token_variable` when set (required for search)."""
    return open_mastodon_client(
        source.name,
        client_settings,
        instance=source.instance,
        token_variable=source.token_variable,
        token_required=source.search,
    )


def describe(source: MastodonSource) -> dict[str, Any]:
    """What the run summary shows about this source."""
    return {"instance": source.instance, "timelines": source.timelines, "relevance_filter": source.relevance_filter}


def _start_state(source: MastodonSource, cursor: Cursor) -> dict[str, Any]:
    state = cursor.state
    fingerprint = stable_id("mastodon", source.instance, *source.timelines, source.relevance_filter)
    if state.get("timelines") != fingerprint:
        state["timelines"] = fingerprint
        state["covered"] = []
    state.setdefault("covered", [])
    state.setdefault("account_ids", {})
    return state


def _account_id(source: MastodonSource, client: MastodonClient, state: dict[str, Any], acct: str) -> str:
    ids: dict[str, str] = state["account_ids"]
    if acct not in ids:
        ids[acct] = str(client.lookup_account(acct)["id"])
    return ids[acct]


class _Seen:
    """Statuses and accounts already yielded by this run."""

    def __init__(self) -> None:
        self.statuses: set[str] = set()
        self.accounts: set[str] = set()


def _page_records(
    source: MastodonSource, statuses: list[dict[str, Any]], gap: Window, label: str, seen: _Seen
) -> tuple[list[Mention | Account], datetime | None, bool]:
    """The records to yield from one page (oldest first), the oldest time read, and whether the page
    reached back before the gap."""
    records: list[Mention | Account] = []
    found: list[tuple[Mention, Account | None]] = []
    oldest: datetime | None = None
    reached_before = False
    for status in statuses:
        published = placeable(status)
        if published is None:
            log.warning("%s: a Mastodon status without a uri or created_at was skipped", source.name)
            continue
        if published < gap.since:
            reached_before = True
            continue
        if published >= gap.until or status.get("reblog"):
            continue
        oldest = published if oldest is None else min(oldest, published)
        mention = status_to_mention(status, instance=source.instance, source=source.name, query=label)
        filtered = source.relevance_filter and not label.startswith("tag:")
        if filtered and not mentions_any(mention.full_text, source.trust.names):
            continue
        account = status.get("account")
        found.append((mention, account_to_account(account, source.instance) if isinstance(account, dict) else None))
    for mention, account in sorted(found, key=lambda pair: (pair[0].published_at, pair[0].native_id)):
        if account is not None and account.account_id not in seen.accounts:
            seen.accounts.add(account.account_id)
            records.append(account)
        if mention.native_id not in seen.statuses:
            seen.statuses.add(mention.native_id)
            records.append(mention)
    return records, oldest, reached_before


def _timeline(
    source: MastodonSource,
    client: MastodonClient,
    state: dict[str, Any],
    label: str,
    gap: Window,
    progress: NewestFirstProgress,
    seen: _Seen,
) -> Iterator[Mention | Account]:
    kind, _, name = label.partition(":")
    if kind == "tag":
        pages = client.statuses_pages(f"/api/v1/timelines/tag/{quote(name, safe='')}", {}, max_pages=source.max_pages)
    else:
        account_id = _account_id(source, client, state, name)
        pages = client.statuses_pages(
            f"/api/v1/accounts/{quote(account_id, safe='')}/statuses",
            {"exclude_reblogs": True},
            max_pages=source.max_pages,
        )
    for statuses, more in pages:
        records, oldest, reached_before = _page_records(source, statuses, gap, label, seen)
        yield from records
        progress.page_read(label, oldest, finished=reached_before or not more)
        if reached_before:
            return


def _search(
    source: MastodonSource,
    client: MastodonClient,
    label: str,
    gap: Window,
    progress: NewestFirstProgress,
    seen: _Seen,
) -> Iterator[Mention | Account]:
    # Search results come by relevance, not time: the whole result list is read before it counts as covered.
    query = label.partition(":")[2]
    for page_number in range(source.max_pages):
        statuses = client.search_statuses(f'"{query}"', offset=page_number * PAGE_SIZE)
        records, _, _ = _page_records(source, statuses, gap, label, seen)
        yield from records
        if len(statuses) < PAGE_SIZE:
            progress.page_read(label, None, finished=True)
            return
    log.warning("%s: stopped the search for %r after max_pages=%d", source.name, query, source.max_pages)


def fetch(
    source: MastodonSource, window: Window, cursor: Cursor, client: MastodonClient
) -> Iterator[Mention | Account]:
    """Yield statuses inside `window` from the source's hashtag and account timelines (and search),
    each author first; parts of the window already read are skipped."""
    state = _start_state(source, cursor)
    seen = _Seen()
    for gap in uncovered(window, covered_intervals(state)):
        progress = NewestFirstProgress(state, gap, source.timelines, TIMESTAMP_RESOLUTION)
        for label in source.timelines:
            if label.startswith("search:"):
                yield from _search(source, client, label, gap, progress, seen)
            else:
                yield from _timeline(source, client, state, label, gap, progress, seen)
    log.info("%s: %d requests to %s", source.name, client.requests_made, source.instance)


CONNECTOR: Connector[MastodonSource, MastodonClient] = Connector(
    type="mastodon", config_model=MastodonSource, open_client=open_client, fetch=fetch, describe=describe
)
