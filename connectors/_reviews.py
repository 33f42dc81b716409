"""What the review-site connectors (Care Opinion, NHS website, Google reviews) share.

Review sites list by service, location or newest first, and the same review can come back from
two listings (a parent service and its child, the API and the public page), so each connector
reads its whole window, keeps one copy of each review and yields them oldest first.

A provider's public reply to a review is kept with the review, in `raw["reply"]`, in one shape for
every review site (`trust_reply`): who replied, what they said (plain text) and when. It is not a
mention of its own: it is the Trust's own words, and classifying them would alert the comms team
about what it wrote itself.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from connectors._text import plain_to_text
from trustwatch.errors import FatalError
from trustwatch.records import Cursor, Mention


def oldest_first(reviews: Iterable[Mention], cursor: Cursor) -> Iterator[Mention]:
    """Yield `reviews` once each (the first copy of a native id wins), oldest first, keeping the
    newest publication time yielded so far in `cursor.state["newest_published_at"]`.

    Every review is read before the first is yielded (sorting needs them all), so a failure while
    reading yields nothing and leaves the cursor as it was.
    """
    found: dict[str, Mention] = {}
    for mention in reviews:
        found.setdefault(mention.native_id, mention)
    for mention in sorted(found.values(), key=lambda mention: (mention.published_at, mention.native_id)):
        yield mention
        newest = cursor.state.get("newest_published_at")
        if newest is None or mention.published_at.isoformat() > newest:
            cursor.state["newest_published_at"] = mention.published_at.isoformat()


def trust_reply(author: str | None, text: str | None, replied_at: datetime | None) -> dict[str, str | None]:
    """The provider's reply to a review, as every review connector stores it in `raw["reply"]`."""
    return {"author": author, "text": text, "replied_at": replied_at.isoformat() if replied_at else None}


def entity_text(value: Any) -> str | None:
    """Plain review text with HTML entities decoded ("&#39;" → "'") and line breaks kept; None if not a string."""
    return plain_to_text(html.unescape(value)) if isinstance(value, str) else None


def parse_review_time(
    value: str, parse: Callable[[str], datetime], *, review: str, field: str, source: str | None
) -> datetime:
    """`parse(value)`, or a `FatalError` naming the review and the field that is not a timestamp."""
    try:
        return parse(value)
    except ValueError:
        # Only the start of the value: error messages must not carry review text.
        raise FatalError(f"{review}: {field} {value[:40]!r} is not a timestamp", source=source) from None
