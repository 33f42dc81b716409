"""Plain-HTTP plumbing shared by the connectors that have no SDK: timeouts, a response size limit,
the error taxonomy, tenacity retries that honour `Retry-After`, and a replay transport.

The SDK clients (X, Bluesky, Reddit) classify their SDK's errors themselves and retry them with
the same `retrying` policy, so every connector backs off and gives up on long waits alike.

The replay transport serves recorded responses from a directory so the demo and the tests run the
real connector code (request building, conditional GET, parsing) with no network.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from connectors.base import ClientSettings
from trustwatch.errors import FatalError, RetriableError
from trustwatch.settings import HttpSettings

log = logging.getLogger(__name__)

RETRIABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
# A server asking for a longer pause than this is treated as down for this run; Prefect's task
# retry (minutes apart) is the right place for a long wait, not a blocked worker thread.
MAX_HONOURED_WAIT_SECONDS = 120.0


def build_http_client(http: HttpSettings, *, base_dir: Path | None = None, **kwargs: Any) -> httpx.Client:
    """An httpx client with TrustWatch's timeouts and user agent; replays recordings when configured."""
    transport: httpx.BaseTransport | None = kwargs.pop("transport", None)
    if transport is None and http.replay_dir is not None:
        replay_dir = (
            http.replay_dir if http.replay_dir.is_absolute() or base_dir is None else base_dir / http.replay_dir
        )
        transport = ReplayTransport(replay_dir)
    return httpx.Client(
        timeout=httpx.Timeout(http.timeout_seconds),
        headers={"User-Agent": http.user_agent},
        follow_redirects=True,
        transport=transport,
        **kwargs,
    )


def http_client_for(client_settings: ClientSettings, **kwargs: Any) -> httpx.Client:
    """`build_http_client` over `[http]`, a relative replay directory read from the config file's folder."""
    return build_http_client(client_settings.http, base_dir=client_settings.base_dir, **kwargs)


def retry_after_seconds(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Seconds the server asked us to wait: `Retry-After` (seconds or HTTP date) or an epoch reset header."""
    now = now or datetime.now(UTC)
    value = response.headers.get("retry-after")
    if value:
        if value.strip().isdigit():
            return float(value.strip())
        try:
            return max(0.0, (parsedate_to_datetime(value) - now).total_seconds())
        except (TypeError, ValueError):
            pass
    for header in ("x-rate-limit-reset", "x-ratelimit-reset", "ratelimit-reset"):
        reset = response.headers.get(header)
        if reset and reset.strip().replace(".", "", 1).isdigit():
            number = float(reset)
            # Epoch timestamps are large; small values are "seconds from now" (IETF draft style).
            return max(0.0, number - now.timestamp()) if number > 1_000_000_000 else number
    return None


def raise_for_status(response: httpx.Response, *, source: str | None = None) -> None:
    """Classify a response once: retriable, fatal, or fine."""
    status = response.status_code
    if status < 400:
        return
    where = f"{response.request.method} {redact_url(str(response.request.url))}"
    if status in RETRIABLE_STATUS or status >= 500:
        raise RetriableError(
            f"{where} answered {status}; will retry", source=source, retry_after=retry_after_seconds(response)
        )
    if status in (401, 403):
        raise FatalError(f"{where} answered {status}: credentials missing, wrong or without access", source=source)
    raise FatalError(f"{where} answered {status}", source=source)


def redact_url(url: str) -> str:
    """The URL without query values that may carry keys or tokens (for logs and error messages)."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    keys = "&".join(f"{key}=…" for key, _ in parse_qsl(parts.query, keep_blank_values=True))
    return f"{parts.scheme}://{parts.netloc}{parts.path}?{keys}"


def _wait_for(state: RetryCallState) -> float:
    error = state.outcome.exception() if state.outcome else None
    backoff = wait_exponential_jitter(initial=1, max=30)(state)
    if isinstance(error, RetriableError) and error.retry_after is not None:
        return min(max(error.retry_after, backoff), MAX_HONOURED_WAIT_SECONDS)
    return backoff


def _worth_waiting_for(error: BaseException) -> bool:
    if not isinstance(error, RetriableError):
        return False
    return error.retry_after is None or error.retry_after <= MAX_HONOURED_WAIT_SECONDS


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long a connector retries one request before the task-level retry."""

    attempts: int = 4
    sleep: Callable[[float], None] = time.sleep


def retrying(policy: RetryPolicy | None = None) -> Retrying:
    """Tenacity retries for one call: `RetriableError` only, exponential backoff with jitter, at least
    the wait the server asked for, and no retry at all when it asked for more than
    `MAX_HONOURED_WAIT_SECONDS` (that wait belongs to the task-level retry). The last error is re-raised.

    Use as `retrying(policy)(attempt)`; `attempt` raises TrustWatch errors, already classified.
    """
    policy = policy or RetryPolicy()
    return Retrying(
        retry=retry_if_exception(_worth_waiting_for),
        wait=_wait_for,
        stop=stop_after_attempt(policy.attempts),
        sleep=policy.sleep,
        reraise=True,
    )


def fetch_with_retries(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    source: str | None = None,
    max_bytes: int,
    policy: RetryPolicy | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """One request with retries on retriable failures, a size limit and classified errors.

    A 304 is returned as is (the caller handles conditional GET); other 4xx/5xx raise.
    """

    def attempt() -> httpx.Response:
        try:
            response = read_limited(client, method, url, max_bytes=max_bytes, source=source, **kwargs)
        except httpx.TimeoutException as error:
            raise RetriableError(
                f"{method} {redact_url(url)} timed out ({type(error).__name__})", source=source
            ) from None
        except httpx.TransportError as error:
            raise RetriableError(f"{method} {redact_url(url)} failed: {type(error).__name__}", source=source) from None
        raise_for_status(response, source=source)
        return response

    return retrying(policy)(attempt)


def read_limited(
    client: httpx.Client, method: str, url: str, *, max_bytes: int, source: str | None = None, **kwargs: Any
) -> httpx.Response:
    """Send a request and read at most `max_bytes` of body (a runaway feed must not fill memory)."""
    with client.stream(method, url, **kwargs) as response:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FatalError(
                f"{method} {redact_url(url)}: response of {declared} bytes exceeds the {max_bytes}-byte limit",
                source=source,
            )
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > max_bytes:
                raise FatalError(
                    f"{method} {redact_url(url)}: response exceeds the {max_bytes}-byte limit", source=source
                )
    return httpx.Response(
        status_code=response.status_code,
        headers=response.headers,
        content=bytes(body),
        request=response.request,
        extensions={"http_version": response.extensions.get("http_version", b"HTTP/1.1")},
    )


def parse_json(response: httpx.Response, *, source: str | None = None) -> Any:
    """The JSON body, or a fatal error that says what came instead (an HTML login page, truncated JSON)."""
    content_type = response.headers.get("content-type", "")
    where = redact_url(str(response.request.url))
    if "html" in content_type.lower() or response.content.lstrip()[:1] == b"<":
        raise FatalError(
            f"{where}: expected JSON but got an HTML page ({content_type or 'no content type'})", source=source
        )
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise FatalError(f"{where}: malformed JSON ({error})", source=source) from None


class ReplayTransport(httpx.BaseTransport):
    """Serve recorded responses: `DIR/recordings.json` lists them, bodies live beside it.

    Each entry: `{"method": "GET", "url": "...", "status": 200, "headers": {...}, "body_file": "x.xml"}`.
    A source may keep its recordings in a folder of its own (`DIR/x/recordings.json`, bodies beside
    that index). Requests match on method and URL (query order ignored). A request that carries
    `If-None-Match` equal to the recording's `ETag` (or `If-Modified-Since` at or after its
    `Last-Modified`) gets a 304, like a real server, so conditional GET runs for real.
    An unrecorded request is an error, never a silent network call.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        indexes = [directory / "recordings.json", *sorted(directory.glob("*/recordings.json"))]
        if not indexes[0].is_file() and len(indexes) == 1:
            raise FatalError(f"{indexes[0]}: replay recordings not found")
        self.entries: dict[tuple[str, str], tuple[Path, Mapping[str, Any]]] = {}
        for index in indexes:
            if not index.is_file():
                continue
            try:
                entries = json.loads(index.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                raise FatalError(f"{index}: not valid JSON ({error})") from None
            for entry in entries:
                key = (entry.get("method", "GET").upper(), _canonical(entry["url"]))
                self.entries[key] = (index.parent, entry)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer from the recordings."""
        self.requests.append(request)
        found = self.entries.get((request.method, _canonical(str(request.url))))
        if found is None:
            raise httpx.ConnectError(f"no recording for {request.method} {request.url}", request=request)
        folder, entry = found
        headers = dict(entry.get("headers", {}))
        if _not_modified(request, headers):
            return httpx.Response(
                304, headers={k: v for k, v in headers.items() if k.lower() in {"etag", "last-modified"}}
            )
        body = (folder / entry["body_file"]).read_bytes() if "body_file" in entry else entry.get("body", "").encode()
        return httpx.Response(entry.get("status", 200), headers=headers, content=body)


def _canonical(url: str) -> str:
    parts = urlsplit(url)
    query = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path}?{query}"


def _not_modified(request: httpx.Request, headers: Mapping[str, str]) -> bool:
    lowered = {k.lower(): v for k, v in headers.items()}
    etag = lowered.get("etag")
    if etag and request.headers.get("if-none-match") == etag:
        return True
    last_modified = lowered.get("last-modified")
    since = request.headers.get("if-modified-since")
    if last_modified and since:
        try:
            return parsedate_to_datetime(since) >= parsedate_to_datetime(last_modified)
        except (TypeError, ValueError):
            return False
    return False
