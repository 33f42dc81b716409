"""HTTP for the Care Opinion v2 API: header-key authentication, a 5 requests/second token bucket,
and detection of the login-page redirect Care Opinion serves instead of a 401.

Care Opinion documents (careopinion.org.uk/info/api-v2*): `Authorization: SUBSCRIPTION_KEY <key>`
(the header key does not expire, unlike the 24-hour `?key=` one), JSON by default, `take` / `skip`
paging with at most 100 per request, opinions ordered by publication date oldest first, website
search filters reused as query parameters, UTC datetimes, and a rate limit of 5 requests per second.
"Authentication has not changed. However, if you use an invalid key you will (unhelpfully) be
redirected to a login page" — so a bad key looks like a successful HTML page, not a 401.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from connectors._http import RetryPolicy, credential, fetch_with_retries, http_client_for, parse_json, redact_url
from connectors.base import ClientSettings
from trustwatch.errors import FatalError

KEY_VARIABLE = "TRUSTWATCH_CARE_OPINION_KEY"
API_ROOT = "https://www.careopinion.org.uk/api/v2"
OPINIONS_URL = f"{API_ROOT}/opinions"
REQUESTS_PER_SECOND = 5.0
LOGIN_REDIRECT_MESSAGE = "Care Opinion rejected the subscription key (it redirects invalid keys to a login page)"


class TokenBucket:
    """At most `rate` requests a second on average, with bursts of `capacity`; clock and sleep injectable."""

    def __init__(
        self,
        rate: float = REQUESTS_PER_SECOND,
        capacity: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = capacity if capacity is not None else rate
        self.clock = clock
        self.sleep = sleep
        self.tokens = self.capacity
        self.updated = clock()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        """Take one token, sleeping until one is available."""
        with self._lock:
            now = self.clock()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens < 1:
                wait = (1 - self.tokens) / self.rate
                self.sleep(wait)
                self.tokens = 1.0
                self.updated = self.clock()
            self.tokens -= 1


@dataclass
class CareOpinionClient:
    """httpx client (with the key header and the rate limiter attached), size limit and retry policy."""

    http: httpx.Client
    max_bytes: int
    source: str | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)

    def opinions_page(self, params: dict[str, str | int]) -> list[dict[str, Any]]:
        """One page of `/api/v2/opinions`: the JSON array of opinions as sent."""
        response = fetch_with_retries(
            self.http,
            "GET",
            OPINIONS_URL,
            source=self.source,
            max_bytes=self.max_bytes,
            policy=self.policy,
            params=params,
            headers={"Accept": "application/json"},
        )
        raise_if_login_page(response, source=self.source)
        payload = parse_json(response, source=self.source)
        if not isinstance(payload, list):
            raise FatalError(
                f"{redact_url(str(response.request.url))}: expected a JSON array of opinions, "
                f"got {type(payload).__name__}",
                source=self.source,
            )
        return [opinion for opinion in payload if isinstance(opinion, dict)]


def raise_if_login_page(response: httpx.Response, *, source: str | None = None) -> None:
    """Fail clearly when Care Opinion answered an invalid key with its login page."""
    redirected = bool(response.history) and not response.url.path.lower().startswith("/api/")
    content_type = response.headers.get("content-type", "").lower()
    looks_like_html = "html" in content_type or response.content.lstrip()[:1] == b"<"
    mentions_login = looks_like_html and any(
        marker in response.content[:20000].lower() for marker in (b"/account/login", b'type="password"', b"log in")
    )
    if redirected or mentions_login:
        raise FatalError(f"{LOGIN_REDIRECT_MESSAGE}; check {KEY_VARIABLE}", source=source)


def build_client(
    client_settings: ClientSettings,
    *,
    key: str,
    source: str | None = None,
    bucket: TokenBucket | None = None,
    **kwargs: Any,
) -> CareOpinionClient:
    """A client whose every request (retries included) carries the key and waits for the rate limiter."""
    limiter = bucket or TokenBucket()

    def wait_for_token(_request: httpx.Request) -> None:
        limiter.acquire()

    http = http_client_for(client_settings, event_hooks={"request": [wait_for_token]}, **kwargs)
    http.headers["Authorization"] = f"SUBSCRIPTION_KEY {key}"
    return CareOpinionClient(http=http, max_bytes=client_settings.http.max_response_bytes, source=source)


@contextmanager
def open_care_opinion_client(source_name: str, client_settings: ClientSettings) -> Iterator[CareOpinionClient]:
    """A client with the header key from TRUSTWATCH_CARE_OPINION_KEY (a missing key is a FatalError naming it),
    or a placeholder when replaying recordings."""
    key = credential(
        KEY_VARIABLE, client_settings, source_name, "Care Opinion needs the subscription's HTTP header API key"
    )
    client = build_client(client_settings, key=key, source=source_name)
    try:
        yield client
    finally:
        client.http.close()
