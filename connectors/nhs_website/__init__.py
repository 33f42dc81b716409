"""NHS website ratings and reviews of the Trust's services: the Comments API, or the public pages.

`mode = "api"` reads the Comments API for the Trust's ODS codes; `"scrape"` reads the public
"Ratings and reviews" pages listed in `review_pages`; `"auto"` (the default) uses the API while a
subscription key is set and the API answers, and the pages once it is retired (404/410) or when no
key is set. A page that showed reviews last run and shows none now raises `SourceBroken`: that is a
redesign or a block, and must reach a person as "source broken", not pass as a quiet day.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from connectors._reviews import oldest_first
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.nhs_website.client import ApiRetired, NhsWebsiteClient, open_nhs_client
from connectors.nhs_website.mapping import UK, comment_to_mention, scraped_review_to_mention
from connectors.nhs_website.scraper import parse_review_page
from trustwatch.errors import FatalError
from trustwatch.errors import SourceBroken as SourceBroken  # re-exported: it was defined here until it moved
from trustwatch.records import Account, Cursor, Mention, Window

log = logging.getLogger(__name__)

_ODS_CODE = re.compile(r"^[A-Z0-9]{3,7}$")
_REVIEW_PAGE = re.compile(r"^https://www\.nhs\.uk/services/[a-z-]+/[^/?#]+/[A-Za-z0-9]+/ratings-and-reviews/?$")


class NhsWebsiteSource(SourceConfig):
    """Options of a `type = "nhs_website"` source."""

    mode: Literal["api", "scrape", "auto"] = "auto"
    # Defaults to the Trust profile's ODS codes (trust and sites).
    ods_codes: list[str] | None = None
    # Public pages for the scraper, e.g.
    # https://www.nhs.uk/services/hospital/kingsmere-general-hospital/R9K01/ratings-and-reviews
    review_pages: list[str] = Field(default_factory=list)
    # Removed reviews are kept as deleted mentions (the API lists them with status=removed).
    include_removed: bool = True
    page_size: int = Field(default=100, ge=1, le=100)
    max_pages: int = Field(default=50, ge=1, le=500)

    @field_validator("ods_codes")
    @classmethod
    def _valid_ods_codes(cls, codes: list[str] | None) -> list[str] | None:
        if codes is None:
            return None
        cleaned = [code.strip().upper() for code in codes]
        for code in cleaned:
            if not _ODS_CODE.match(code):
                raise ValueError(f"{code!r} is not an ODS code (3-7 letters and digits, e.g. R9K or R9K01)")
        return cleaned

    @field_validator("review_pages")
    @classmethod
    def _valid_review_pages(cls, pages: list[str]) -> list[str]:
        for page in pages:
            if not _REVIEW_PAGE.match(page.strip()):
                raise ValueError(
                    f"{page!r} is not an NHS website ratings page "
                    "(https://www.nhs.uk/services/<type>/<name>/<ODS code>/ratings-and-reviews)"
                )
        return [page.strip().rstrip("/") for page in pages]

    @model_validator(mode="after")
    def _has_something_to_read(self) -> NhsWebsiteSource:
        if self.mode == "scrape" and not self.review_pages:
            raise ValueError('mode = "scrape" needs review_pages')
        if self.mode != "scrape" and not self.codes:
            raise ValueError("no ODS codes: set ods_codes here or trust.ods_codes")
        return self

    @property
    def codes(self) -> list[str]:
        """The ODS codes to ask the API about."""
        return self.ods_codes if self.ods_codes is not None else [code.upper() for code in self.trust.ods_codes]


def _uk_date_range(window: Window) -> tuple[Any, Any]:
    # The API filters by calendar day; ask for every UK day the window touches, then trim exactly.
    return window.since.astimezone(UK).date(), (window.until - timedelta(microseconds=1)).astimezone(UK).date()


def _from_api(source: NhsWebsiteSource, window: Window, client: NhsWebsiteClient) -> Iterator[Mention]:
    from_date, to_date = _uk_date_range(window)
    statuses = ["published", "removed"] if source.include_removed else ["published"]
    for ods_code in source.codes:
        for status in statuses:
            for page_number in range(source.max_pages):
                comments = client.comments_page(
                    ods_code,
                    status=status,
                    from_date=from_date,
                    to_date=to_date,
                    offset=page_number * source.page_size,
                    limit=source.page_size,
                )
                for item in comments:
                    mention = comment_to_mention(item, source=source.name)
                    if window.contains(mention.published_at):
                        yield mention
                if len(comments) < source.page_size:
                    break


def _from_pages(
    source: NhsWebsiteSource, window: Window, cursor: Cursor, client: NhsWebsiteClient
) -> Iterator[Mention]:
    if not source.review_pages:
        raise FatalError(
            "the Comments API is unavailable and no review_pages are configured to scrape", source=source.name
        )
    counts: dict[str, int] = dict(cursor.state.get("review_counts", {}))
    for first_url in source.review_pages:
        url: str | None = first_url
        visited: set[str] = set()
        for page_number in range(source.max_pages):
            if url is None or url in visited:
                break
            visited.add(url)
            page_html, final_url = client.review_page(url)
            page = parse_review_page(page_html, final_url)
            if page_number == 0:
                before = counts.get(first_url, 0)
                if not page.reviews and before > 0:
                    raise SourceBroken(
                        f"{first_url} showed {before} reviews last run and none now: the page layout changed "
                        "or the site is blocking us; the scraper needs attention",
                        source=source.name,
                    )
                if not page.reviews and not page.says_no_reviews:
                    raise SourceBroken(
                        f"{first_url} shows reviews in neither the list nor the card layout, and does not say "
                        "it has none: the page layout changed or the site is blocking us; the scraper needs attention",
                        source=source.name,
                    )
                counts[first_url] = len(page.reviews)
            older_than_window = False
            for review in page.reviews:
                posted_on: datetime = review["posted_on"]
                if window.contains(posted_on):
                    yield scraped_review_to_mention(review, source=source.name)
                elif posted_on < window.since:
                    older_than_window = True
            # Pages run newest first: once a page reaches past the window, later pages are older still.
            url = None if older_than_window else page.next_url
    cursor.state["review_counts"] = counts


def _from_api_or_pages(
    source: NhsWebsiteSource, window: Window, cursor: Cursor, client: NhsWebsiteClient
) -> Iterator[Mention]:
    use_api = source.mode == "api" or (source.mode == "auto" and client.subscription_key is not None)
    if use_api:
        try:
            yield from _from_api(source, window, client)
        except ApiRetired:
            if source.mode == "api":
                raise
            log.warning("source %s: the NHS website Comments API is gone; reading the review pages", source.name)
            use_api = False
    if not use_api:
        yield from _from_pages(source, window, cursor, client)


def fetch(
    source: NhsWebsiteSource, window: Window, cursor: Cursor, client: NhsWebsiteClient
) -> Iterator[Mention | Account]:
    """Yield the reviews of the Trust's services posted inside `window`, oldest first."""
    yield from oldest_first(_from_api_or_pages(source, window, cursor, client), cursor)


def open_client(source: NhsWebsiteSource, client_settings: ClientSettings) -> AbstractContextManager[NhsWebsiteClient]:
    """An httpx client; the subscription key comes from TRUSTWATCH_NHS_SUBSCRIPTION_KEY."""
    return open_nhs_client(source.name, client_settings, needs_key=source.mode == "api")


def describe(source: NhsWebsiteSource) -> dict[str, Any]:
    """What this source reads, for run summaries."""
    return {"mode": source.mode, "ods_codes": source.codes, "review_pages": source.review_pages}


CONNECTOR: Connector[NhsWebsiteSource, NhsWebsiteClient] = Connector(
    type="nhs_website", config_model=NhsWebsiteSource, open_client=open_client, fetch=fetch, describe=describe
)
