"""Does a post or account still exist? Asked of its public page, for the takedown re-check.

`HttpExistenceChecker` asks the item's public page: a 404 or 410 means it is gone. Anything else
leaves the question open, because a page that answers 200 may still be a login wall or an app
shell; several platforms (x.com, bsky.app, Instagram, Facebook, TikTok, LinkedIn) answer every URL
that way, so their pages are not fetched at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from connectors._http import RetryPolicy, fetch_with_retries
from trustwatch.errors import FatalError, RetriableError

GONE_STATUS = frozenset({404, 410})

# Hosts that serve a client-side app or a login wall with 200 for any path, deleted or not: an HTTP
# check there can never see a removal, so it is not made (as of this writing; not verified online).
INCONCLUSIVE_HOSTS = frozenset(
    {
        "x.com",
        "twitter.com",
        "mobile.twitter.com",
        "bsky.app",
        "www.instagram.com",
        "instagram.com",
        "www.facebook.com",
        "facebook.com",
        "m.facebook.com",
        "www.tiktok.com",
        "tiktok.com",
        "www.linkedin.com",
        "linkedin.com",
    }
)


class Existence(StrEnum):
    """What a check concluded about an item."""

    EXISTS = "exists"
    GONE = "gone"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ExistenceCheck:
    """One check's conclusion and what it saw (an HTTP status, an error), for the audit trail."""

    existence: Existence
    detail: str


class ExistenceChecker(Protocol):
    """Asks a platform whether a post or account still exists."""

    def check(self, platform: str, url: str) -> ExistenceCheck:
        """The item at `url` on `platform`: exists, gone, or unknown (with why)."""
        ...


class HttpExistenceChecker:
    """Checks public pages over HTTP: 404/410 is gone, 2xx/3xx exists, anything else is unknown."""

    def __init__(self, client: httpx.Client, *, max_bytes: int, policy: RetryPolicy | None = None) -> None:
        self.client = client
        self.max_bytes = max_bytes
        self.policy = policy
        self._last_status: int | None = None
        # fetch_with_retries raises FatalError for 404 and 403 alike; the hook keeps the status it saw.
        hooks = client.event_hooks
        hooks["response"] = [*hooks.get("response", []), self._remember_status]
        client.event_hooks = hooks

    def _remember_status(self, response: httpx.Response) -> None:
        self._last_status = response.status_code

    def check(self, platform: str, url: str) -> ExistenceCheck:
        """GET the item's page and classify the answer."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return ExistenceCheck(Existence.UNKNOWN, "not an http(s) URL")
        if parts.hostname.lower() in INCONCLUSIVE_HOSTS:
            return ExistenceCheck(Existence.UNKNOWN, f"{parts.hostname} answers 200 for missing pages; check by hand")
        self._last_status = None
        try:
            response = fetch_with_retries(
                self.client,
                "GET",
                url,
                source=f"takedown-recheck:{platform}",
                max_bytes=self.max_bytes,
                policy=self.policy,
            )
        except FatalError as error:
            if self._last_status in GONE_STATUS:
                return ExistenceCheck(Existence.GONE, f"HTTP {self._last_status}")
            status = f"HTTP {self._last_status}" if self._last_status else str(error)
            return ExistenceCheck(Existence.UNKNOWN, status)
        except RetriableError as error:
            return ExistenceCheck(Existence.UNKNOWN, str(error))
        return ExistenceCheck(Existence.EXISTS, f"HTTP {response.status_code}")
