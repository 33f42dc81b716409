"""Feeds over HTTP: conditional GET with a cached body, and feedparser on the bytes.

httpx does the transport (timeouts, size limit, retries, replay); feedparser only parses, given the
bytes and the response headers so it detects the encoding the way the server declared it. A JSON
Feed, which feedparser 6.0 cannot read, goes to `connectors.rss.json_feed` instead.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import feedparser
import httpx

from connectors._http import RetryPolicy, fetch_with_retries, http_client_for, redact_url
from connectors._text import repair_character_references
from connectors.base import ClientSettings
from connectors.rss.json_feed import looks_like_json, parse_json_feed
from trustwatch.errors import FatalError

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.8, */*;q=0.5"
)
# The response headers feedparser reads: the charset in content-type decides the encoding,
# content-location resolves relative links, content-language is the fallback language.
PARSER_HEADERS = ("content-type", "content-location", "content-language", "etag", "last-modified")


@dataclass(frozen=True)
class FeedClient:
    """An httpx client plus the limits every feed request obeys."""

    http: httpx.Client
    max_bytes: int
    policy: RetryPolicy | None = None


@dataclass(frozen=True)
class FeedDocument:
    """A feed body and the headers it came with; `not_modified` when it is the cached copy after a 304."""

    url: str
    body: bytes
    headers: dict[str, str]
    not_modified: bool


@contextmanager
def open_feed_client(client_settings: ClientSettings) -> Iterator[FeedClient]:
    """A FeedClient built from `client_settings.http` (replaying recordings when `http.replay_dir` is set)."""
    http = http_client_for(client_settings)
    try:
        yield FeedClient(http=http, max_bytes=client_settings.http.max_response_bytes)
    finally:
        http.close()


def _pack(body: bytes) -> str:
    return base64.b64encode(zlib.compress(body, 6)).decode("ascii")


def _unpack(packed: str) -> bytes:
    return zlib.decompress(base64.b64decode(packed))


def download_feed(client: FeedClient, url: str, state: dict[str, Any], *, source: str) -> FeedDocument:
    """GET `url`, conditionally when `state` (this URL's cursor state) holds a validator and a body.

    On 200 the validators and the body are stored in `state` (when the server sent a validator); on
    304 the cached body is returned, so the caller re-reads it for the current window (correct for
    any window, backfills included).
    """
    headers = {"Accept": ACCEPT}
    has_cached_body = isinstance(state.get("cached_body"), str)
    if has_cached_body and state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if has_cached_body and state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]

    response = fetch_with_retries(
        client.http, "GET", url, source=source, max_bytes=client.max_bytes, policy=client.policy, headers=headers
    )
    if response.status_code == 304:
        if not has_cached_body:
            raise FatalError(
                f"{redact_url(url)} answered 304 Not Modified to a request that was not conditional", source=source
            )
        return FeedDocument(
            url=url,
            body=_unpack(state["cached_body"]),
            headers=dict(state.get("cached_headers") or {}),
            not_modified=True,
        )

    parser_headers = {name: response.headers[name] for name in PARSER_HEADERS if name in response.headers}
    # Kept in the cursor: the address resolves relative links, and its credentials are not needed for that.
    parser_headers.setdefault("content-location", redact_url(str(response.url), secrets_only=True))
    state.clear()
    etag, last_modified = response.headers.get("etag"), response.headers.get("last-modified")
    # Without a validator the server cannot answer 304, so a cached body would never be read.
    if etag or last_modified:
        # `cached_…` entries hold what the feed said, personal data included: the retention purge
        # drops them, and the next fetch is simply unconditional.
        state.update({"etag": etag, "last_modified": last_modified, "cached_headers": parser_headers})
        state["cached_body"] = _pack(response.content)
    return FeedDocument(url=url, body=response.content, headers=parser_headers, not_modified=False)


def _looks_like_html(document: FeedDocument) -> bool:
    content_type = document.headers.get("content-type", "").lower()
    start = document.body[:512].lstrip().lower()
    return "html" in content_type or start.startswith((b"<!doctype html", b"<html"))


def parse_feed(document: FeedDocument, *, source: str) -> Any:
    """Parse a feed with feedparser; a page that is not a feed at all is a fatal error naming the URL.

    Ill-formed feeds are not errors: feedparser's loose parser recovers what it can, and the caller
    keeps every entry it recovered. A JSON Feed is read into the same shape.
    """
    if looks_like_json(document.body, document.headers.get("content-type", "")):
        return parse_json_feed(document.body, url=document.url, source=source)
    parsed = feedparser.parse(repair_character_references(document.body), response_headers=document.headers)
    if not parsed.get("version") and not parsed.entries:
        content_type = document.headers.get("content-type") or "no content type"
        if _looks_like_html(document):
            raise FatalError(
                f"{redact_url(document.url)}: expected an RSS or Atom feed but got an HTML page ({content_type}); "
                "check the feed address",
                source=source,
            )
        reason = type(parsed.get("bozo_exception")).__name__ if parsed.get("bozo") else "no feed elements"
        raise FatalError(
            f"{redact_url(document.url)}: not an RSS or Atom feed ({content_type}; {reason})", source=source
        )
    return parsed


def describe_bozo(parsed: Any) -> str | None:
    """Why feedparser called the feed ill-formed (exception type and message), or None if it is fine.

    The parser's messages describe positions and encodings, never the entry text.
    """
    if not parsed.get("bozo"):
        return None
    error = parsed.get("bozo_exception")
    if error is None:
        return "ill-formed"
    # SAX messages already carry "<unknown>:line:column"; a cap keeps a pathological one short.
    return f"{type(error).__name__}: {str(error)[:200]}"
