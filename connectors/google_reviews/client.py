"""HTTP for Google Business Profile reviews: an OAuth refresh-token exchange and the v4 reviews list.

No Google SDK: the token endpoint (https://oauth2.googleapis.com/token, `grant_type=refresh_token`)
and `GET https://mybusiness.googleapis.com/v4/accounts/{a}/locations/{l}/reviews` (`pageSize` at most
50, `pageToken`, `orderBy=updateTime desc`, answering `{"reviews": [...], "averageRating",
"totalReviewCount", "nextPageToken"}`) are two plain HTTPS calls. Access tokens last about an hour;
we renew one a minute before it expires rather than waiting for a 401. The refresh token must carry
the `https://www.googleapis.com/auth/business.manage` scope.

A 429 is usually a per-minute limit and worth a retry, but Google answers 429 `RESOURCE_EXHAUSTED`
also when the project's quota is 0 (the Business Profile APIs start at 0 until Google approves
access) or its daily quota is spent; neither passes in minutes, so both are `QuotaExhausted`,
read from the `google.rpc.ErrorInfo` detail's `quota_limit_value` and `quota_limit`.

Why no Google SDK: the v4 reviews list is not in Google's API discovery service, so
google-api-python-client (whose `list_next` would page it) needs a hand-kept discovery document, and
it sends through httplib2, a third HTTP stack with its own errors and no replay; paging here is one
`nextPageToken` loop in `connectors.google_reviews`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from connectors._http import RetryPolicy, credential, fetch_with_retries, http_client_for, parse_json, redact_url
from connectors.base import ClientSettings
from trustwatch.errors import FatalError, QuotaExhausted

CLIENT_ID_VARIABLE = "TRUSTWATCH_GOOGLE_CLIENT_ID"
CLIENT_SECRET_VARIABLE = "TRUSTWATCH_GOOGLE_CLIENT_SECRET"  # noqa: S105 - a variable name, not a secret
REFRESH_TOKEN_VARIABLE = "TRUSTWATCH_GOOGLE_REFRESH_TOKEN"  # noqa: S105 - a variable name, not a secret
TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105 - an endpoint, not a secret
API_ROOT = "https://mybusiness.googleapis.com/v4"
MAX_PAGE_SIZE = 50
_RENEW_MARGIN_SECONDS = 60.0


@dataclass(frozen=True)
class OAuthCredentials:
    """An OAuth client and a refresh token granted by a manager of the Trust's Business Profile."""

    client_id: str
    client_secret: str
    refresh_token: str


@dataclass
class GoogleReviewsClient:
    """httpx client, credentials, the current access token, size limit and retry policy."""

    http: httpx.Client
    credentials: OAuthCredentials
    max_bytes: int
    source: str | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    clock: Callable[[], float] = time.monotonic
    _token: str | None = None
    _expires_at: float = 0.0

    def access_token(self) -> str:
        """A valid access token, exchanging the refresh token when there is none or it is about to expire."""
        if self._token is not None and self.clock() < self._expires_at - _RENEW_MARGIN_SECONDS:
            return self._token
        try:
            response = fetch_with_retries(
                self.http,
                "POST",
                TOKEN_URL,
                source=self.source,
                max_bytes=self.max_bytes,
                policy=self.policy,
                data={
                    "grant_type": "refresh_token",
                    "client_id": self.credentials.client_id,
                    "client_secret": self.credentials.client_secret,
                    "refresh_token": self.credentials.refresh_token,
                },
            )
        except FatalError as error:
            raise FatalError(
                f"Google refused the OAuth refresh-token exchange ({error}); check {CLIENT_ID_VARIABLE}, "
                f"{CLIENT_SECRET_VARIABLE} and {REFRESH_TOKEN_VARIABLE} (a revoked or expired grant needs a new "
                "refresh token)",
                source=self.source,
            ) from None
        payload = parse_json(response, source=self.source)
        token = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(token, str) or not token:
            raise FatalError("Google's token endpoint answered without an access_token", source=self.source)
        expires_in = payload.get("expires_in")
        self._token = token
        self._expires_at = self.clock() + (float(expires_in) if isinstance(expires_in, int | float) else 3600.0)
        return token

    def reviews_page(self, location: str, page_token: str | None, page_size: int = MAX_PAGE_SIZE) -> dict[str, Any]:
        """One page of `accounts.locations.reviews.list`, newest update first, as sent."""
        params: dict[str, str | int] = {"pageSize": page_size, "orderBy": "updateTime desc"}
        if page_token:
            params["pageToken"] = page_token
        response = fetch_with_retries(
            self.http,
            "GET",
            f"{API_ROOT}/{location}/reviews",
            source=self.source,
            max_bytes=self.max_bytes,
            policy=self.policy,
            classify=lambda answer: raise_if_quota_spent(answer, source=self.source),
            params=params,
            headers={"Authorization": f"Bearer {self.access_token()}", "Accept": "application/json"},
        )
        payload = parse_json(response, source=self.source)
        if not isinstance(payload, dict):
            raise FatalError(
                f"{redact_url(str(response.request.url))}: expected a ListReviewsResponse object", source=self.source
            )
        return payload


def _quota_detail(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or error.get("status") != "RESOURCE_EXHAUSTED":
        return None
    for detail in error.get("details") or []:
        if isinstance(detail, dict) and str(detail.get("@type", "")).endswith("google.rpc.ErrorInfo"):
            metadata = detail.get("metadata")
            return metadata if isinstance(metadata, dict) else {}
    return {}


def raise_if_quota_spent(response: httpx.Response, *, source: str | None) -> None:
    """A 429 that no retry within minutes can cure (a quota of 0, a spent daily quota) is `QuotaExhausted`."""
    if response.status_code != 429:
        return
    metadata = _quota_detail(response)
    if not metadata:
        return
    limit = str(metadata.get("quota_limit", ""))
    value = str(metadata.get("quota_limit_value", ""))
    if value == "0":
        raise QuotaExhausted(
            f"Google answered 429 RESOURCE_EXHAUSTED: the Cloud project has a quota of 0 for "
            f"{metadata.get('service', 'the Business Profile API')} ({limit}); Google grants Business Profile API "
            "quota only once it approves the project's access request (developers.google.com/my-business, "
            "Prerequisites); collection resumes when it does",
            source=source,
        )
    if "perday" in limit.lower():
        raise QuotaExhausted(
            f"Google answered 429 RESOURCE_EXHAUSTED: the project's daily quota ({limit}, {value} requests) is "
            "spent; collection resumes tomorrow (Pacific time) or with a higher quota",
            source=source,
        )


@contextmanager
def open_google_client(source_name: str, client_settings: ClientSettings) -> Iterator[GoogleReviewsClient]:
    """A client with OAuth credentials from the environment (a missing variable is a FatalError naming it),
    or placeholders when replaying recordings."""
    values = {
        variable: credential(
            variable,
            client_settings,
            source_name,
            "Google Business Profile reviews need an OAuth client and refresh token",
        )
        for variable in (CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE, REFRESH_TOKEN_VARIABLE)
    }
    client = GoogleReviewsClient(
        http=http_client_for(client_settings),
        credentials=OAuthCredentials(
            client_id=values[CLIENT_ID_VARIABLE],
            client_secret=values[CLIENT_SECRET_VARIABLE],
            refresh_token=values[REFRESH_TOKEN_VARIABLE],
        ),
        max_bytes=client_settings.http.max_response_bytes,
        source=source_name,
    )
    try:
        yield client
    finally:
        client.http.close()
