"""Meta's Graph APIs (Facebook and Instagram on graph.facebook.com, Threads on graph.threads.net):
one error taxonomy, the rate-usage headers, and edge paging. Used by `connectors.meta` and
`connectors.threads`; each connector's `client.py` opens a `GraphClient` with its own host and token.

Errors are classified by the Graph error code in the body, not the HTTP status (Meta's "Handling
Errors" guide: the body is `{"error": {"message", "type", "code", "error_subcode", "fbtrace_id",
"is_transient"}}`, mostly with a 400 whatever the cause):

- 190 and 102 (access token expired, revoked or invalid): fatal, naming the variable to renew;
- 4, 17, 32, 613, 341 and 80001-80014 (application, user, Page, custom and business-use-case rate
  limits): retriable, after `estimated_time_to_regain_access` from `X-Business-Use-Case-Usage` when
  Meta gives it (in minutes);
- 1, 2 and anything Meta flags `is_transient`: retriable (Meta's own downtime);
- 10, 200-299 and 3 (permission not granted, or a feature the app lacks): fatal, with Meta's message;
- anything else (100 invalid parameter, an object that does not exist): fatal, with Meta's message.

Meta reports how close an app is to its limits in `X-App-Usage` (percentages of calls, CPU time and
total time) and `X-Business-Use-Case-Usage` (the same per Page or Instagram account, with the minutes
until access returns). The client keeps the highest percentage seen so a run can log it; Meta stops
answering at 100.

Edges page with `paging.next` (cursor- or time-based alike); the client follows only `next` links
on its own host, so a link elsewhere never receives the token. The token travels in the
`Authorization` header, never in a URL, so it stays out of logs and recordings.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from connectors._http import (
    RetryPolicy,
    credential,
    fetch_with_retries,
    http_client_for,
    parse_json,
    raise_for_status,
    redact_url,
)
from connectors.base import ClientSettings
from trustwatch.errors import FatalError, RetriableError, SourceError
from trustwatch.settings import secret_from_env

log = logging.getLogger(__name__)

TOKEN_ERRORS = {102, 190}
RATE_LIMIT_ERRORS = {4, 17, 32, 341, 613, *range(80001, 80015)}
TEMPORARY_ERRORS = {1, 2}
PERMISSION_ERRORS = {3, 10, *range(200, 300)}
USAGE_HEADERS = ("x-app-usage", "x-business-use-case-usage")
# Meta's message says what went wrong in its own words; long ones are cut so an error record stays readable.
MESSAGE_LIMIT = 300


def parse_graph_time(value: Any) -> datetime | None:
    """A Graph timestamp ("2026-11-10T09:15:22+0000") as an aware datetime; None when absent or malformed."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def usage_from_headers(headers: Mapping[str, str]) -> tuple[int | None, float | None]:
    """The highest usage percentage Meta reported in its usage headers, and the seconds until a
    throttled Page or account regains access (None when Meta did not say)."""
    highest: int | None = None
    regain_seconds: float | None = None
    for name in USAGE_HEADERS:
        value = headers.get(name)
        if not value:
            continue
        try:
            usage = json.loads(value)
        except json.JSONDecodeError:
            log.debug("unreadable %s header", name)
            continue
        entries: list[Any] = [usage] if name == "x-app-usage" else []
        if name == "x-business-use-case-usage" and isinstance(usage, dict):
            entries = [entry for per_object in usage.values() if isinstance(per_object, list) for entry in per_object]
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            for key in ("call_count", "total_cputime", "total_time"):
                percent = entry.get(key)
                if isinstance(percent, int | float) and not isinstance(percent, bool):
                    highest = max(highest or 0, int(percent))
            minutes = entry.get("estimated_time_to_regain_access")
            if isinstance(minutes, int | float) and not isinstance(minutes, bool) and minutes > 0:
                regain_seconds = max(regain_seconds or 0.0, float(minutes) * 60)
    return highest, regain_seconds


def graph_error(response: httpx.Response, *, source: str | None, token_variable: str) -> SourceError | None:
    """The TrustWatch error for a Graph API response, or None when it succeeded."""
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or not isinstance(error.get("code"), int):
        try:
            raise_for_status(response, source=source)
        except SourceError as classified:
            return classified
        return FatalError(f"{response.status_code} without a Graph error body", source=source)
    code: int = error["code"]
    subcode = error.get("error_subcode")
    message = str(error.get("message") or "no message")[:MESSAGE_LIMIT]
    where = f"{response.request.method} {redact_url(str(response.request.url))}"
    said = f"Graph error {code}" + (f"/{subcode}" if subcode else "") + f": {message}"
    if error.get("fbtrace_id"):
        said += f" (fbtrace_id {error['fbtrace_id']})"
    if code in TOKEN_ERRORS:
        return FatalError(
            f"{where}: the access token is expired, revoked or invalid ({said}); set a new one in {token_variable}",
            source=source,
        )
    if code in RATE_LIMIT_ERRORS:
        _, regain = usage_from_headers(response.headers)
        retry_after = response.headers.get("retry-after")
        wait = regain if regain is not None else (float(retry_after) if retry_after and retry_after.isdigit() else None)
        return RetriableError(f"{where}: rate limited ({said}); will retry", source=source, retry_after=wait)
    if code in TEMPORARY_ERRORS or error.get("is_transient") is True or response.status_code >= 500:
        return RetriableError(f"{where}: Meta reported a temporary fault ({said}); will retry", source=source)
    if code in PERMISSION_ERRORS:
        return FatalError(
            f"{where}: the token lacks a permission or the app a feature this call needs ({said})", source=source
        )
    return FatalError(f"{where}: {said}", source=source)


@dataclass
class GraphClient:
    """An httpx client for one Graph host and version, with its token, size limit and retry policy.

    `base_url` is e.g. "https://graph.facebook.com/v23.0". With an app secret, every call carries
    `appsecret_proof` (HMAC-SHA256 of the token), which Meta requires when the app enables
    "Require App Secret".
    """

    http: httpx.Client
    base_url: str
    token: str
    token_variable: str
    max_bytes: int
    source: str | None = None
    app_secret: str | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    requests_made: int = 0
    highest_usage: int | None = None

    def get(self, path: str, params: Mapping[str, str | int] | None = None) -> dict[str, Any]:
        """GET `base_url/path` and return the JSON object, errors classified once."""
        return self.get_url(f"{self.base_url}/{path.lstrip('/')}", params)

    def get_url(self, url: str, params: Mapping[str, str | int] | None = None) -> dict[str, Any]:
        """GET an absolute URL on this client's host (a `paging.next` link) and return the JSON object."""
        if urlsplit(url).netloc.lower() != urlsplit(self.base_url).netloc.lower():
            raise FatalError(
                f"refusing to follow a paging link off {self.base_url}: {redact_url(url)}", source=self.source
            )
        query: dict[str, str | int] = dict(params or {})
        if self.app_secret:
            query["appsecret_proof"] = hmac.new(
                self.app_secret.encode(), self.token.encode(), hashlib.sha256
            ).hexdigest()

        def classify(response: httpx.Response) -> None:
            self.requests_made += 1
            classified = graph_error(response, source=self.source, token_variable=self.token_variable)
            if classified is not None:
                raise classified

        response = fetch_with_retries(
            self.http,
            "GET",
            url,
            source=self.source,
            max_bytes=self.max_bytes,
            policy=self.policy,
            classify=classify,
            params=query or None,
            headers={"Authorization": f"Bearer {self.token}", "Accept": "application/json"},
        )
        usage, _ = usage_from_headers(response.headers)
        if usage is not None:
            self.highest_usage = max(self.highest_usage or 0, usage)
        payload = parse_json(response, source=self.source)
        if not isinstance(payload, dict):
            raise FatalError(f"{redact_url(str(response.request.url))}: expected a JSON object", source=self.source)
        return payload

    def pages(self, path: str, params: Mapping[str, str | int], *, max_pages: int) -> Iterator[dict[str, Any]]:
        """Each page of an edge as sent, following `paging.next` for at most `max_pages` pages.

        The last page yielded has no `next_link` when the edge was read to its end; one that still has
        a link means `max_pages` stopped the paging (logged).
        """
        payload = self.get(path, params)
        links_seen: set[str] = set()
        for page_number in range(1, max_pages + 1):
            yield payload
            link = next_link(payload)
            if link is None or link in links_seen:
                return
            if page_number == max_pages:
                log.warning("%s: stopped paging %s after %d pages (max_pages)", self.source, path, max_pages)
                return
            links_seen.add(link)
            payload = self.get_url(link)


def objects(payload: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    """The objects in `payload[key]` (a Graph `data` list); anything else there is dropped."""
    value = payload.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def next_link(payload: Mapping[str, Any]) -> str | None:
    """The `paging.next` URL of an edge page, or None on the last page."""
    paging = payload.get("paging")
    link = paging.get("next") if isinstance(paging, dict) else None
    return link if isinstance(link, str) and link else None


@contextmanager
def open_graph_client(
    client_settings: ClientSettings,
    *,
    base_url: str,
    token_variable: str,
    app_secret_variable: str,
    source: str,
    why: str,
) -> Iterator[GraphClient]:
    """A Graph client with its token from `token_variable` (a FatalError naming it when unset, `why` saying what
    for) and, outside replay, the app secret for `appsecret_proof` when `app_secret_variable` is set."""
    client = GraphClient(
        http=http_client_for(client_settings),
        base_url=base_url,
        token=credential(token_variable, client_settings, source=source, why=why),
        token_variable=token_variable,
        max_bytes=client_settings.http.max_response_bytes,
        source=source,
        # Replay reads no secret (see `credential`), and a proof would not match the recordings.
        app_secret=None if client_settings.http.replay_dir is not None else secret_from_env(app_secret_variable),
    )
    try:
        yield client
    finally:
        client.http.close()
