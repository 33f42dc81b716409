"""HTTP for the NHS website: the Comments (ratings and reviews) API and the public review pages.

The Comments API lives at https://api.nhs.uk/comments/Comments behind Azure API Management: a
`subscription-key` header, `odsCode` / `fromDate` / `toDate` / `status` filters and `offset` /
`limit` paging, answering `{"comments": [{"comment": {...}, "response": {...}}]}`. That is what the
developer portal (developer.api.nhs.uk, "Ratings and Reviews API") documents and what public client
code sends; the portal does not document a total count, so paging stops at the first short page.
NHS England is retiring the API: an endpoint that answers 404 or 410 raises `ApiRetired` so `auto`
mode can switch to the review pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx

from connectors._http import (
    RetryPolicy,
    credential,
    fetch_with_retries,
    http_client_for,
    parse_json,
    redact_url,
    replay_directory_for,
)
from connectors.base import ClientSettings
from trustwatch.errors import FatalError
from trustwatch.settings import secret_from_env

SUBSCRIPTION_KEY_VARIABLE = "TRUSTWATCH_NHS_SUBSCRIPTION_KEY"
COMMENTS_URL = "https://api.nhs.uk/comments/Comments"
API_VERSION = "1.0"
_GONE = {404, 410}


class ApiRetired(FatalError):
    """The Comments API answered 404/410: it has been switched off (or moved) for good."""


@dataclass
class NhsWebsiteClient:
    """httpx client, response size limit, retry policy and (for the API) the subscription key."""

    http: httpx.Client
    max_bytes: int
    subscription_key: str | None = None
    source: str | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)

    def comments_page(
        self, ods_code: str, *, status: str, from_date: date, to_date: date, offset: int, limit: int
    ) -> list[dict[str, Any]]:
        """One page of the Comments API for one ODS code: the `comments` array as sent."""
        if not self.subscription_key:
            raise FatalError(f"{SUBSCRIPTION_KEY_VARIABLE} is not set: the Comments API needs it", source=self.source)
        params: dict[str, str | int] = {
            "api-version": API_VERSION,
            "odsCode": ods_code,
            "status": status,
            "fromDate": from_date.isoformat(),
            "toDate": to_date.isoformat(),
            "offset": offset,
            "limit": limit,
        }
        response = fetch_with_retries(
            self.http,
            "GET",
            COMMENTS_URL,
            source=self.source,
            max_bytes=self.max_bytes,
            policy=self.policy,
            params=params,
            headers={"subscription-key": self.subscription_key, "Accept": "application/json"},
        )
        payload = parse_json(response, source=self.source)
        comments = payload.get("comments") if isinstance(payload, dict) else None
        if not isinstance(comments, list):
            raise FatalError(
                f"{redact_url(str(response.request.url))}: expected an object with a 'comments' list",
                source=self.source,
            )
        return [item for item in comments if isinstance(item, dict)]

    def review_page(self, url: str) -> tuple[str, str]:
        """The HTML of one public "Ratings and reviews" page and the URL it finally came from."""
        response = fetch_with_retries(
            self.http,
            "GET",
            url,
            source=self.source,
            max_bytes=self.max_bytes,
            policy=self.policy,
            headers={"Accept": "text/html"},
        )
        return response.text, str(response.url)


def _raise_when_gone(response: httpx.Response) -> None:
    # Runs before the body is read and before our taxonomy sees the status, so a retired API is told
    # apart from a bad key (401/403) or a missing page (which stays a plain FatalError).
    if response.status_code in _GONE and response.request.url.host == "api.nhs.uk":
        raise ApiRetired(
            f"GET {redact_url(str(response.request.url))} answered {response.status_code}: the NHS website "
            'Comments API looks retired; use mode = "scrape" with review_pages'
        )


def build_client(
    client_settings: ClientSettings, *, subscription_key: str | None, source: str | None = None, **kwargs: Any
) -> NhsWebsiteClient:
    """A client over TrustWatch's shared httpx settings (timeouts, user agent, replay directory)."""
    http = http_client_for(client_settings, event_hooks={"response": [_raise_when_gone]}, **kwargs)
    return NhsWebsiteClient(
        http=http, max_bytes=client_settings.http.max_response_bytes, subscription_key=subscription_key, source=source
    )


@contextmanager
def open_nhs_client(
    source_name: str, client_settings: ClientSettings, *, needs_key: bool
) -> Iterator[NhsWebsiteClient]:
    """A client with the subscription key from the environment; required when the API must be used.

    Replay mode reads no key: `api` mode gets a placeholder, `auto` mode none (so it reads the pages).
    """
    if needs_key:
        key: str | None = credential(
            SUBSCRIPTION_KEY_VARIABLE,
            client_settings,
            source_name,
            'mode = "api" needs an NHS website developer subscription key',
        )
    elif replay_directory_for(client_settings) is not None:
        key = None
    else:
        key = secret_from_env(SUBSCRIPTION_KEY_VARIABLE)
    client = build_client(client_settings, subscription_key=key, source=source_name)
    try:
        yield client
    finally:
        client.http.close()
