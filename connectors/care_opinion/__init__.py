"""Care Opinion: patient stories about the Trust's services, from the v2 API.

A subscription already scopes what the API returns to the subscriber's organisations; `services`
narrows it further with Care Opinion's `nacs` filter (a service id, usually the ODS code; a parent
service includes its children). Opinions come oldest first by publication date, so paging stops at
the first one published after the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

from pydantic import Field, field_validator

from connectors._reviews import oldest_first
from connectors.base import ClientSettings, Connector, SourceConfig
from connectors.care_opinion.client import CareOpinionClient, open_care_opinion_client
from connectors.care_opinion.mapping import opinion_to_mention, published_at
from trustwatch.records import Account, Cursor, Mention, Window

_SERVICE_ID = re.compile(r"^[a-z0-9]{2,12}$")


class CareOpinionSource(SourceConfig):
    """Options of a `type = "care_opinion"` source."""

    # Care Opinion service ids (NACS/ODS codes, any case); default: the Trust profile's ODS codes.
    services: list[str] | None = None
    # Care Opinion serves at most 100 opinions per request.
    page_size: int = Field(default=100, ge=1, le=100)
    max_pages: int = Field(default=200, ge=1, le=10_000)

    @field_validator("services")
    @classmethod
    def _valid_services(cls, services: list[str] | None) -> list[str] | None:
        if services is None:
            return None
        cleaned = [service.strip().lower() for service in services]
        for service in cleaned:
            if not _SERVICE_ID.match(service):
                raise ValueError(f"{service!r} is not a Care Opinion service id (letters and digits, e.g. r9k01)")
        return cleaned

    @property
    def service_ids(self) -> list[str]:
        """The `nacs` filters to query, one listing each; empty means the whole subscription scope."""
        if self.services is not None:
            return self.services
        return [code.strip().lower() for code in self.trust.ods_codes]


def _opinions(
    source: CareOpinionSource, window: Window, client: CareOpinionClient, service: str | None
) -> Iterator[dict[str, Any]]:
    for page_number in range(source.max_pages):
        params: dict[str, str | int] = {
            # Day granularity on Care Opinion's side; the exact window is applied below.
            "publishedafter": window.since.date().isoformat(),
            "take": source.page_size,
            "skip": page_number * source.page_size,
        }
        if service:
            params["nacs"] = service
        opinions = client.opinions_page(params)
        for opinion in opinions:
            moment = published_at(opinion, source=source.name)
            if moment >= window.until:
                return
            if moment >= window.since:
                yield opinion
        if len(opinions) < source.page_size:
            return


def fetch(
    source: CareOpinionSource, window: Window, cursor: Cursor, client: CareOpinionClient
) -> Iterator[Mention | Account]:
    """Yield Care Opinion stories about the Trust's services published inside `window`, oldest first."""
    services: list[str | None] = [*source.service_ids] or [None]
    stories = (
        opinion_to_mention(opinion, source=source.name)
        for service in services
        for opinion in _opinions(source, window, client, service)
    )
    yield from oldest_first(stories, cursor)


def open_client(
    source: CareOpinionSource, client_settings: ClientSettings
) -> AbstractContextManager[CareOpinionClient]:
    """An httpx client with the key from TRUSTWATCH_CARE_OPINION_KEY and a 5 requests/second limiter."""
    return open_care_opinion_client(source.name, client_settings)


def describe(source: CareOpinionSource) -> dict[str, Any]:
    """What this source reads, for run summaries."""
    return {"services": source.service_ids or "subscription scope"}


CONNECTOR: Connector[CareOpinionSource, CareOpinionClient] = Connector(
    type="care_opinion", config_model=CareOpinionSource, open_client=open_client, fetch=fetch, describe=describe
)
