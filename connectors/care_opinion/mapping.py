"""Care Opinion opinions (patient stories) as review mentions.

Story text is Markdown (Care Opinion says so), so it is kept as plain text with its line breaks;
an opinion has no star rating, so `rating` stays missing and the `criticality` Care Opinion's
moderators assign stays in the raw payload.

Care Opinion documents each entity's links as `{"rel", "id", "href"}` (api-v2-content, "Links").
The `healthservice` links name the services a story is about (their `id` is the service's NACS/ODS
code): with a parent service in `services`, they say which of its sites the story concerns, and are
kept as `raw["services"]`, in the order Care Opinion lists them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from connectors._reviews import entity_text, parse_review_time
from trustwatch.errors import FatalError
from trustwatch.records import Mention, parse_utc

PLATFORM = "care_opinion"
WEB_ROOT = "https://www.careopinion.org.uk"


def published_at(opinion: dict[str, Any], *, source: str | None = None) -> datetime:
    """`dateOfPublication` (UTC, as Care Opinion documents) as an aware datetime."""
    value = opinion.get("dateOfPublication")
    if not isinstance(value, str):
        raise FatalError(f"Care Opinion opinion {opinion.get('id', '?')} has no dateOfPublication", source=source)
    return parse_review_time(
        value,
        parse_utc,
        review=f"Care Opinion opinion {opinion.get('id', '?')}",
        field="dateOfPublication",
        source=source,
    )


def links(opinion: dict[str, Any], rel: str) -> list[tuple[str, str]]:
    """(id, href) of each documented link with relation `rel`; links in any other shape are not read."""
    found = []
    for link in opinion.get("links") or []:
        if not isinstance(link, dict) or link.get("rel") != rel:
            continue
        link_id, href = link.get("id"), link.get("href")
        if isinstance(link_id, str | int) and isinstance(href, str):
            found.append((str(link_id), href))
    return found


def opinion_to_mention(opinion: dict[str, Any], *, source: str) -> Mention:
    """One opinion from `/api/v2/opinions` as a review mention."""
    opinion_id = opinion.get("id")
    if opinion_id in (None, ""):
        raise FatalError("Care Opinion opinion without an id", source=source)
    return Mention(
        platform=PLATFORM,
        native_id=str(opinion_id),
        source=source,
        kind="review",
        # Each story has a public page at careopinion.org.uk/<id>.
        url=f"{WEB_ROOT}/{opinion_id}",
        title=entity_text(opinion.get("title")),
        text=entity_text(opinion.get("body")) or "",
        published_at=published_at(opinion, source=source),
        raw={**opinion, "services": list(dict.fromkeys(code for code, _ in links(opinion, "healthservice")))},
    )
