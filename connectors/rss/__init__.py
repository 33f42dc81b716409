"""RSS, Atom and RDF feeds: local news, council news, Google Alerts.

Config (`[[sources]]` with `type = "rss"`):

    urls = ["https://…/rss", "https://www.google.com/alerts/feeds/…"]   # at least one, http(s)
    relevance_filter = true    # keep only entries naming the Trust; false for Google Alerts feeds,
                               # which are already a search for the Trust
    extra_terms = []           # more names that count as the Trust for this source only

The relevance filter matches the Trust's name, its aliases and its web domains as whole words in
the title, summary and content (any case, punctuation- and possessive-tolerant). A bare place name
such as "Kingsmere" in "Kingsmere Road" is deliberately not enough: the town shares the name, and
only a full name or alias identifies the Trust.

One failing URL does not stop the others: every record from the feeds that worked is yielded
first, then a single error names each URL that failed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from connectors._http import redact_url
from connectors._text import html_to_text, mentions_any
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.rss.client import FeedClient, describe_bozo, download_feed, open_feed_client, parse_feed
from connectors.rss.mapping import entry_to_mention
from trustwatch.errors import FatalError, RetriableError, SourceError
from trustwatch.records import Account, Cursor, Mention, Window

log = logging.getLogger(__name__)


class RssSource(SourceConfig):
    """Options of an RSS/Atom source."""

    urls: list[str] = Field(min_length=1)
    relevance_filter: bool = True
    extra_terms: list[str] = Field(default_factory=list)

    @field_validator("urls")
    @classmethod
    def _http_urls(cls, urls: list[str]) -> list[str]:
        cleaned: list[str] = []
        for written in urls:
            url = written.strip()
            parts = urlsplit(url)
            if parts.scheme not in {"http", "https"} or not parts.hostname or any(c.isspace() for c in url):
                raise ValueError(f"{redact_url(url)!r} is not an http(s) feed address")
            if url in cleaned:
                raise ValueError(f"{redact_url(url)!r} is listed twice")
            cleaned.append(url)
        return cleaned

    @field_validator("extra_terms")
    @classmethod
    def _non_blank_terms(cls, terms: list[str]) -> list[str]:
        if any(not term.strip() for term in terms):
            raise ValueError("terms must not be blank")
        return [term.strip() for term in terms]

    @property
    def relevance_terms(self) -> list[str]:
        """What an entry must name to count as being about the Trust."""
        return [*self.trust.names, *self.trust.web_domains, *self.extra_terms]


def open_client(source: RssSource, client_settings: ClientSettings) -> AbstractContextManager[FeedClient]:
    """The HTTP client for feeds, with the configured timeouts, size limit and replay directory."""
    return open_feed_client(client_settings)


def _is_relevant(mention: Mention, terms: list[str]) -> bool:
    if mentions_any(f"{mention.title or ''}\n{mention.text}", terms):
        return True
    # The text is the full content when a feed carries both; a teaser summary may still name the Trust.
    summary = mention.raw.get("summary")
    return isinstance(summary, str) and mentions_any(html_to_text(summary), terms)


def _cut_off_entries(entries: list[Any]) -> set[int]:
    """Entries of an ill-formed feed that lack an id or link every other entry has: cut off mid-entry.

    Landing one would key it by a fallback (its link, or a hash of its text) and land the same
    article again under its real id once the feed is whole, so it waits for that fetch instead.
    """
    if len(entries) < 2:
        return set()
    cut = set()
    for field in ("id", "link"):
        missing = [index for index, entry in enumerate(entries) if not entry.get(field)]
        if len(missing) == 1:
            cut.update(missing)
    return cut


def _read_feed(source: RssSource, url: str, window: Window, state: dict[str, Any], client: FeedClient) -> list[Mention]:
    document = download_feed(client, url, state, source=source.name)
    parsed = parse_feed(document, source=source.name)
    where = redact_url(url)
    problem = describe_bozo(parsed)
    cut_off = _cut_off_entries(parsed.entries) if problem is not None else set()
    if problem is not None:
        log.warning(
            "%s: feed %s is ill-formed (%s); keeping the %d entries recovered%s",
            source.name,
            where,
            problem,
            len(parsed.entries) - len(cut_off),
            f", skipping {len(cut_off)} cut off before its id or link until the feed is whole" if cut_off else "",
        )
    mentions: list[Mention] = []
    undated = 0
    for index, entry in enumerate(parsed.entries):
        if index in cut_off:
            continue
        mention = entry_to_mention(entry, feed=parsed.feed, feed_url=url, source_name=source.name)
        if mention is None:
            undated += 1
        elif window.contains(mention.published_at):
            mentions.append(mention)
    if undated:
        log.info("%s: skipped %d entries of %s that carry no date", source.name, undated, where)
    in_window = len(mentions)
    if source.relevance_filter:
        terms = source.relevance_terms
        mentions = [mention for mention in mentions if _is_relevant(mention, terms)]
    log.info(
        "%s: %s%s: %d entries, %d in the window, %d kept",
        source.name,
        where,
        " (not modified)" if document.not_modified else "",
        len(parsed.entries),
        in_window,
        len(mentions),
    )
    return mentions


def _combined_error(source: RssSource, failures: list[SourceError]) -> SourceError:
    # Each error's message already names its URL.
    if len(failures) == 1:
        error = failures[0]
        error.source = error.source or source.name
        return error
    summary = "; ".join(str(error) for error in failures)
    message = f"{len(failures)} of {len(source.urls)} feeds failed: {summary}"
    retriable = [error for error in failures if isinstance(error, RetriableError)]
    if retriable:
        # Worth a task retry: the feeds that failed transiently may answer next time.
        waits = [error.retry_after for error in retriable if error.retry_after is not None]
        return RetriableError(message, source=source.name, retry_after=max(waits) if waits else None)
    return FatalError(message, source=source.name)


def feed_state_key(url: str) -> str:
    """The feed's key in the cursor: its address, or with credentials in it, the redacted address and a digest.

    Cursors are stored and shown, so a feed's credentials never become part of one.
    """
    redacted = redact_url(url, secrets_only=True)
    return url if redacted == url else f"{redacted}#{hashlib.sha256(url.encode()).hexdigest()[:12]}"


def fetch(source: RssSource, window: Window, cursor: Cursor, client: FeedClient) -> Iterator[Mention | Account]:
    """Yield the feed entries published inside `window` that concern the Trust, oldest first.

    `cursor.state["feeds"][key]` keeps each feed's ETag, Last-Modified and last body, so an
    unchanged feed costs a 304 and is re-read from the cache (`feed_state_key` names the feed).
    """
    feeds_state: dict[str, Any] = cursor.state.setdefault("feeds", {})
    for stale in set(feeds_state) - {feed_state_key(url) for url in source.urls}:
        del feeds_state[stale]

    collected: dict[str, Mention] = {}
    failures: list[SourceError] = []
    for url in source.urls:
        try:
            mentions = _read_feed(source, url, window, feeds_state.setdefault(feed_state_key(url), {}), client)
        except SourceError as error:
            log.warning("%s: feed %s failed: %s", source.name, redact_url(url), error)
            failures.append(error)
            continue
        for mention in mentions:
            # The same article can appear in two feeds of one source; the first copy wins.
            collected.setdefault(mention.native_id, mention)

    yield from sorted(collected.values(), key=lambda mention: (mention.published_at, mention.native_id))
    if failures:
        raise _combined_error(source, failures)


def describe(source: RssSource) -> dict[str, Any]:
    """What the run summary shows about this source."""
    return {"urls": [redact_url(url) for url in source.urls], "relevance_filter": source.relevance_filter}


CONNECTOR: Connector[RssSource, FeedClient] = Connector(
    type="rss", config_model=RssSource, open_client=open_client, fetch=fetch, describe=describe
)
