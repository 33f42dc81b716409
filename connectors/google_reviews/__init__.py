"""Google Business Profile reviews of the Trust's verified locations (the v4 reviews list).

Only a manager of a verified location can read its reviews through the API, so this covers the
Trust's own listings; Google Maps places the Trust does not manage are out of reach. Reviews are
read newest update first and paging stops at the first one last updated before the window. A
review counts for a window when it was posted or last edited inside it, so an edited rating (five
stars turned to one) is collected again and its stored copy updated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

from pydantic import Field, field_validator

from connectors._reviews import oldest_first
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.google_reviews.client import MAX_PAGE_SIZE, GoogleReviewsClient, open_google_client
from connectors.google_reviews.mapping import review_to_mention, timestamp
from trustwatch.records import Account, Cursor, Mention, Window

_LOCATION = re.compile(r"^accounts/[0-9]+/locations/[0-9]+$")


class GoogleReviewsSource(SourceConfig):
    """Options of a `type = "google_reviews"` source."""

    # "accounts/{accountId}/locations/{locationId}" of each verified location the Trust manages.
    locations: list[str] = Field(min_length=1)
    max_pages: int = Field(default=100, ge=1, le=10_000)

    @field_validator("locations")
    @classmethod
    def _valid_locations(cls, locations: list[str]) -> list[str]:
        cleaned = [location.strip().strip("/") for location in locations]
        for location in cleaned:
            if not _LOCATION.match(location):
                raise ValueError(f"{location!r} is not a location name (accounts/<number>/locations/<number>)")
        return cleaned


def _reviews(
    source: GoogleReviewsSource, window: Window, client: GoogleReviewsClient, location: str
) -> Iterator[dict[str, Any]]:
    page_token: str | None = None
    for _ in range(source.max_pages):
        page = client.reviews_page(location, page_token, MAX_PAGE_SIZE)
        reviews = page.get("reviews") or []
        for review in reviews:
            if not isinstance(review, dict):
                continue
            updated = timestamp(review, "updateTime", source=source.name)
            created = timestamp(review, "createTime", source=source.name)
            if updated is not None and updated < window.since:
                return
            if any(moment is not None and window.contains(moment) for moment in (created, updated)):
                yield review
        token = page.get("nextPageToken")
        page_token = token if isinstance(token, str) and token else None
        if page_token is None:
            return


def fetch(
    source: GoogleReviewsSource, window: Window, cursor: Cursor, client: GoogleReviewsClient
) -> Iterator[Mention | Account]:
    """Yield reviews of the configured locations posted or edited inside `window`, oldest first."""
    reviews = (
        review_to_mention(review, source=source.name, location=location, owner=source.trust.name)
        for location in source.locations
        for review in _reviews(source, window, client, location)
    )
    yield from oldest_first(reviews, cursor)


def open_client(
    source: GoogleReviewsSource, client_settings: ClientSettings
) -> AbstractContextManager[GoogleReviewsClient]:
    """An httpx client with OAuth credentials from TRUSTWATCH_GOOGLE_* environment variables."""
    return open_google_client(source.name, client_settings)


def describe(source: GoogleReviewsSource) -> dict[str, Any]:
    """What this source reads, for run summaries."""
    return {"locations": source.locations}


CONNECTOR: Connector[GoogleReviewsSource, GoogleReviewsClient] = Connector(
    type="google_reviews", config_model=GoogleReviewsSource, open_client=open_client, fetch=fetch, describe=describe
)
