"""NHS website reviews (from the Comments API or the public pages) as review mentions.

Both paths give the same `native_id` (the website's comment id) so a review collected by the API
one day and by the scraper the next is stored once.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from connectors._reviews import entity_text, parse_review_time
from connectors._text import html_to_text
from trustwatch.errors import FatalError
from trustwatch.records import Mention

PLATFORM = "nhs_website"
# The website is run from England and shows UK dates; a timestamp without an offset is read as UK
# local time (GMT or BST), not UTC, so a review posted at 00:30 BST lands on the right day.
UK = ZoneInfo("Europe/London")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


def parse_uk_timestamp(text: str) -> datetime:
    """An API timestamp as aware UTC; no offset means UK local time."""
    cleaned = text.strip()
    value = datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    if value.tzinfo is None and not _OFFSET.search(cleaned):
        value = value.replace(tzinfo=UK)
    return value.astimezone(UTC)


def clean_text(value: Any) -> str | None:
    """Review text as plain text: entities decoded, markup dropped, whitespace normalised, never cut."""
    if not isinstance(value, str):
        return None
    # The API sends plain text with line breaks, sometimes with entities ("&#39;"); only a value
    # that carries markup goes through the HTML path, which would fold its line breaks.
    return html_to_text(value) if re.search(r"<[a-zA-Z/]", value) else entity_text(value)


def overall_rating(ratings: Any) -> float | None:
    """The review's star rating: its only rating, or the one asked as the overall question; else missing."""
    if not isinstance(ratings, list):
        return None
    scored = [item for item in ratings if isinstance(item, dict) and isinstance(item.get("rating"), int | float | str)]
    if len(scored) != 1:
        scored = [item for item in scored if "overall" in str(item.get("question", "")).lower()]
    if len(scored) != 1:
        return None
    try:
        value = float(scored[0]["rating"])
    except ValueError:
        return None
    return value if 1 <= value <= 5 else None


def comment_to_mention(item: dict[str, Any], *, source: str) -> Mention:
    """One `{"comment": {...}, "response": {...}}` element of the Comments API."""
    comment = item.get("comment")
    if not isinstance(comment, dict):
        raise FatalError("NHS website comment without a 'comment' object", source=source)
    comment_id = comment.get("commentId")
    submitted = comment.get("dateSubmitted")
    if not comment_id or not isinstance(submitted, str):
        raise FatalError("NHS website comment without commentId or dateSubmitted", source=source)
    published = parse_review_time(
        submitted, parse_uk_timestamp, review=f"NHS website comment {comment_id}", field="dateSubmitted", source=source
    )
    url = comment.get("commentOriginalURL")
    screen_name = comment.get("screenName")
    return Mention(
        platform=PLATFORM,
        native_id=str(comment_id),
        source=source,
        kind="review",
        url=url if isinstance(url, str) and url.startswith("http") else None,
        author_name=screen_name if isinstance(screen_name, str) and screen_name.strip() else None,
        title=clean_text(comment.get("title")),
        text=clean_text(comment.get("commentText")) or "",
        published_at=published,
        rating=overall_rating(comment.get("ratings")),
        deleted=str(comment.get("status", "")).lower() == "removed",
        raw=item,
    )


def scraped_review_to_mention(review: dict[str, Any], *, source: str) -> Mention:
    """One review parsed from a "Ratings and reviews" page (see `scraper.parse_review_page`)."""
    return Mention(
        platform=PLATFORM,
        native_id=review["review_id"],
        source=source,
        kind="review",
        url=review.get("url"),
        author_name=review.get("author"),
        title=review.get("title"),
        text=review.get("text") or "",
        published_at=review["posted_on"],
        rating=review.get("rating"),
        raw={key: value.isoformat() if isinstance(value, datetime) else value for key, value in review.items()},
    )
