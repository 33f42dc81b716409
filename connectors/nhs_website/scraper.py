"""Parse the public "Ratings and reviews" pages of www.nhs.uk service profiles with BeautifulSoup.

The fallback for when the Comments API is switched off. The pages are built with the NHS.UK
frontend: each review is an `nhsuk-card` holding a heading (the review title), a visually hidden
"Rated N stars out of 5" for screen readers, "Posted on D Month YYYY", the text, "Visited in Month
YYYY" and a "Report this review" link that carries the comment id; the provider's reply follows in
its own card headed "Reply from …". Older reviews are on later pages reached through the
`nhsuk-pagination` "Next" link.

This markup was learned from the NHS.UK frontend components and the public pages as best we could,
not from a published contract: every assumption sits in the constants below so one edit follows a
redesign. A redesign that hides the reviews from this parser makes a page with reviews look empty,
which `connectors.nhs_website.fetch` turns into a "source broken" alert rather than silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from connectors._text import html_to_text, normalise_whitespace
from connectors.nhs_website.mapping import UK
from trustwatch.records import stable_id

CARD_SELECTOR = ".nhsuk-card"
NEXT_PAGE_SELECTOR = "a.nhsuk-pagination__link--next, .nhsuk-pagination-item--next a, a[rel~=next]"
_RATED = re.compile(r"Rated\s+(\d(?:\.\d)?)\s+stars?\s+out\s+of\s+5", re.IGNORECASE)
_POSTED = re.compile(r"Posted(?:\s+by\s+.+?)?\s+on\s+(\d{1,2}\s+[A-Za-z]+\s+\d{4})", re.IGNORECASE)
_POSTED_BY = re.compile(r"Posted\s+by\s+(.+?)\s+on\s+\d", re.IGNORECASE)
_VISITED = re.compile(r"Visited\s+in\s+([A-Za-z]+\s+\d{4})", re.IGNORECASE)
_REPLY_HEADING = re.compile(r"^\s*(Reply|Response)\s+from\b", re.IGNORECASE)
_CARD_ID = re.compile(r"^(?:review|comment)[-_]?(\w[\w-]*)$", re.IGNORECASE)
_ID_PARAMETERS = ("commentId", "commentid", "reviewId", "id")
# Lines of a card that are furniture, not what the reviewer wrote.
_FURNITURE = re.compile(
    r"^(Rated\s|Posted\s+(on|by)\s|Replied\s+on\s|Visited\s+in\s|Report\s+this\s+(review|comment))", re.IGNORECASE
)


@dataclass
class ReviewPage:
    """What one page held: its reviews (newest first, as shown) and the next page of older ones."""

    reviews: list[dict[str, Any]] = field(default_factory=list)
    next_url: str | None = None


def _posted_on(text: str) -> datetime | None:
    match = _POSTED.search(text)
    if not match:
        return None
    try:
        day = datetime.strptime(" ".join(match.group(1).split()), "%d %B %Y")  # noqa: DTZ007 - zone added below
    except ValueError:
        return None
    # The page gives a date only: midnight UK time, so each review falls in exactly one daily window.
    return day.replace(tzinfo=UK)


def _review_id(card: Tag, page_url: str) -> tuple[str, bool]:
    card_id = card.get("id")
    if isinstance(card_id, str) and (match := _CARD_ID.match(card_id)):
        return match.group(1), False
    for link in card.select("a[href]"):
        href = link.get("href")
        if not isinstance(href, str):
            continue
        query = parse_qs(urlsplit(urljoin(page_url, href)).query)
        for name in _ID_PARAMETERS:
            if query.get(name):
                return query[name][0], False
    return "", True


def _body(card: Tag) -> str:
    paragraphs = []
    for paragraph in card.find_all("p"):
        line = normalise_whitespace(paragraph.get_text(" "))
        if line and not _FURNITURE.match(line):
            paragraphs.append(html_to_text(str(paragraph)))
    return "\n\n".join(part for part in paragraphs if part)


def _review_url(card: Tag, page_url: str) -> str:
    anchor = card.get("id")
    if not isinstance(anchor, str):
        return page_url
    return urlsplit(page_url)._replace(query="", fragment=anchor).geturl()


def _heading(card: Tag) -> str | None:
    heading = card.find(["h2", "h3", "h4"])
    return normalise_whitespace(heading.get_text(" ")) if heading else None


def parse_review_page(page_html: str, page_url: str) -> ReviewPage:
    """The reviews on one "Ratings and reviews" page and the link to the next page, if any."""
    soup = BeautifulSoup(page_html, "lxml")
    page = ReviewPage()
    last_review: dict[str, Any] | None = None
    for card in soup.select(CARD_SELECTOR):
        text = normalise_whitespace(card.get_text(" "))
        title = _heading(card)
        if title and _REPLY_HEADING.match(title):
            if last_review is not None:
                last_review["reply"] = {"heading": title, "text": _body(card), "html": str(card)}
            continue
        posted_on = _posted_on(text)
        if posted_on is None:
            # Summary boxes, "Leave a review" prompts and other cards carry no posting date.
            continue
        review_id, derived = _review_id(card, page_url)
        body = _body(card)
        if derived:
            # No id on the page: one derived from what the review says, stable across runs.
            review_id = "derived-" + stable_id(page_url, posted_on.date(), title, body)
        rating_match = _RATED.search(text)
        author_match = _POSTED_BY.search(text)
        visited = _VISITED.search(text)
        last_review = {
            "review_id": review_id,
            "id_derived": derived,
            "url": _review_url(card, page_url),
            "title": title,
            "text": body,
            "rating": float(rating_match.group(1)) if rating_match else None,
            "posted_on": posted_on,
            "author": author_match.group(1).strip() if author_match else None,
            "visited": " ".join(visited.group(1).split()) if visited else None,
            "page_url": page_url,
            "html": str(card),
        }
        page.reviews.append(last_review)
    next_link = soup.select_one(NEXT_PAGE_SELECTOR)
    href = next_link.get("href") if next_link else None
    if isinstance(href, str) and href.strip():
        page.next_url = urljoin(page_url, href.strip())
    return page
