"""Google Business Profile reviews as review mentions.

The reply a location's owner posted (`reviewReply`: `comment`, `updateTime`) is the Trust's own, as
only a manager of the location can read its reviews; it is kept with the review as `raw["reply"]`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from connectors._reviews import entity_text, parse_review_time, trust_reply
from trustwatch.errors import FatalError
from trustwatch.records import Mention, parse_utc

PLATFORM = "google_reviews"
STARS = {"ONE": 1.0, "TWO": 2.0, "THREE": 3.0, "FOUR": 4.0, "FIVE": 5.0}


def timestamp(review: dict[str, Any], key: str, *, source: str | None = None) -> datetime | None:
    """An RFC 3339 field of a review (`createTime`, `updateTime`) as aware UTC, or None when absent."""
    value = review.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FatalError(f"Google review {review.get('reviewId', '?')}: {key} is not a timestamp", source=source)
    return parse_review_time(
        value, parse_utc, review=f"Google review {review.get('reviewId', '?')}", field=key, source=source
    )


def review_to_mention(review: dict[str, Any], *, source: str, location: str, owner: str | None = None) -> Mention:
    """One `Review`: stars as 1-5, an anonymous reviewer as a missing author, a rating-only review as empty text.

    `owner` is who answers for the location (the Trust): the author of its `reviewReply`.
    """
    review_id = review.get("reviewId") or (review.get("name") or "").rsplit("/", 1)[-1]
    created = timestamp(review, "createTime", source=source)
    if not review_id or created is None:
        raise FatalError(f"Google review at {location} without reviewId or createTime", source=source)
    reviewer = review.get("reviewer")
    if not isinstance(reviewer, dict):
        reviewer = {}
    anonymous = reviewer.get("isAnonymous") is True
    display_name = reviewer.get("displayName")
    return Mention(
        platform=PLATFORM,
        native_id=str(review_id),
        source=source,
        kind="review",
        author_name=None if anonymous or not isinstance(display_name, str) else display_name,
        text=entity_text(review.get("comment")) or "",
        published_at=created,
        rating=STARS.get(str(review.get("starRating"))),
        raw={"location": location, **review, **_reply(review, owner, source)},
    )


def _reply(review: dict[str, Any], owner: str | None, source: str) -> dict[str, Any]:
    reply = review.get("reviewReply")
    if not isinstance(reply, dict) or not isinstance(reply.get("comment"), str):
        return {}
    return {"reply": trust_reply(owner, entity_text(reply["comment"]), timestamp(reply, "updateTime", source=source))}
