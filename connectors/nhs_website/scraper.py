"""Parse the public "Ratings and reviews" pages of www.nhs.uk service profiles with BeautifulSoup.

The fallback for when the Comments API is switched off. Two layouts are read, because the site has
served both and no published contract says which a page will have:

- the list layout the live site serves, as two independent public scrapers read it: each review is
  a list item holding a `div.org-review` (aria-label "Organisation review"); the title is in
  `h3 > span[role=text]` after a visually hidden "Review title:", "Rated N stars out of 5" in
  `p#star-rating-N`, "by NAME - Posted on D Month YYYY" in `span.nhsuk-body-s`, the text in
  `p.comment-text`, a "Report this comment" link carrying `commentID`, and the provider's reply
  (headed "Reply from …") inside the same item;
- the card layout built from NHS.UK frontend components: one `nhsuk-card` per review with a heading,
  a visually hidden "Rated N stars out of 5", "Posted [by NAME] on D Month YYYY", the text, "Visited
  in Month YYYY" and a report link carrying `commentId`; the reply follows in its own card.

Older reviews are on later pages reached through the `nhsuk-pagination` "Next" link. Every
assumption sits in the constants below so one edit follows a redesign. A page on which neither
layout is found, and which does not say it has no reviews, is reported (`ReviewPage.layout` is None
and `says_no_reviews` False) so that `connectors.nhs_website.fetch` raises "source broken" rather
than passing a redesign off as a quiet day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from connectors._reviews import trust_reply
from connectors._text import html_to_text, normalise_whitespace
from connectors.nhs_website.mapping import UK
from trustwatch.records import stable_id

LIST_ITEM_SELECTOR = 'div.org-review, [aria-label="Organisation review"]'
LIST_TEXT_SELECTOR = "p.comment-text"
CARD_SELECTOR = ".nhsuk-card"
NEXT_PAGE_SELECTOR = "a.nhsuk-pagination__link--next, .nhsuk-pagination-item--next a, a[rel~=next]"
HIDDEN_SELECTOR = ".nhsuk-u-visually-hidden"
_RATED = re.compile(r"Rated\s+(\d(?:\.\d)?)\s+stars?\s+out\s+of\s+5", re.IGNORECASE)
_DATE = r"(\d{1,2}\s+[A-Za-z]+\s+\d{4})"
# "Posted on 10 March 2025", "Posted by NAME on 10 March 2025" (cards), "by NAME - Posted on 10 March 2025" (list).
_POSTED = re.compile(rf"Posted(?:\s+by\s+.+?)?\s+on\s+{_DATE}", re.IGNORECASE)
_POSTED_BY = re.compile(r"Posted\s+by\s+(.+?)\s+on\s+\d", re.IGNORECASE)
_BY_POSTED = re.compile(r"(?:^|\s)by\s+(.+?)\s+[-\u2013\u2014]\s+Posted\s+on\s+\d", re.IGNORECASE)
_REPLIED = re.compile(rf"Replied\s+on\s+{_DATE}", re.IGNORECASE)
_VISITED = re.compile(r"Visited\s+in\s+([A-Za-z]+\s+\d{4})", re.IGNORECASE)
_REPLY_HEADING = re.compile(r"^\s*(Reply|Response)\s+from\b", re.IGNORECASE)
_REPLY_AUTHOR = re.compile(r"^\s*(?:Reply|Response)\s+from\s+(.+?)\s*$", re.IGNORECASE)
_CARD_ID = re.compile(r"^(?:review|comment)[-_]?(\w[\w-]*)$", re.IGNORECASE)
_ID_PARAMETERS = ("commentid", "reviewid", "id")
# What a page with no reviews says instead of listing them.
_NO_REVIEWS = re.compile(
    r"no (?:ratings or )?reviews|not (?:yet )?been (?:rated|reviewed)|be the first to (?:rate|review)", re.IGNORECASE
)
# Lines of a card that are furniture, not what the reviewer wrote.
_FURNITURE = re.compile(
    r"^(Rated\s|Posted\s+(on|by)\s|by\s.+\sPosted\s+on\s|Replied\s+on\s|Visited\s+in\s|Report\s+this\s+(review|comment))",
    re.IGNORECASE,
)


@dataclass
class ReviewPage:
    """What one page held: its reviews (newest first, as shown), the next page of older ones, the
    layout they were read from ("list", "card", or None when neither was found), and whether the
    page says it has no reviews."""

    reviews: list[dict[str, Any]] = field(default_factory=list)
    next_url: str | None = None
    layout: str | None = None
    says_no_reviews: bool = False


def _date(match: re.Match[str] | None) -> datetime | None:
    if not match:
        return None
    try:
        day = datetime.strptime(" ".join(match.group(1).split()), "%d %B %Y")  # noqa: DTZ007 - zone added below
    except ValueError:
        return None
    # The page gives a date only: midnight UK time, so each review falls in exactly one daily window.
    return day.replace(tzinfo=UK)


def _id_from_links(container: Tag, page_url: str) -> str | None:
    for link in container.select("a[href]"):
        href = link.get("href")
        if not isinstance(href, str):
            continue
        query = {name.lower(): values for name, values in parse_qs(urlsplit(urljoin(page_url, href)).query).items()}
        for name in _ID_PARAMETERS:
            if query.get(name):
                return query[name][0]
    return None


def _anchor_id(element: Tag) -> tuple[str | None, str | None]:
    """(review id, page anchor) from an element's id attribute ("review-<id>")."""
    element_id = element.get("id")
    if isinstance(element_id, str) and (match := _CARD_ID.match(element_id)):
        return match.group(1), element_id
    return None, None


def _visible_text(element: Tag) -> str:
    return normalise_whitespace(element.get_text(" "))


def _heading_text(heading: Tag | None) -> str | None:
    if heading is None:
        return None
    copy = BeautifulSoup(str(heading), "lxml")
    for hidden in copy.select(HIDDEN_SELECTOR):
        hidden.decompose()
    return normalise_whitespace(copy.get_text(" ")) or None


def _paragraphs(container: Tag, selector: str = "p") -> str:
    paragraphs = []
    for paragraph in container.select(selector):
        line = _visible_text(paragraph)
        if line and not _FURNITURE.match(line):
            paragraphs.append(html_to_text(str(paragraph)))
    return "\n\n".join(part for part in paragraphs if part)


def _url(page_url: str, anchor: str | None) -> str:
    return urlsplit(page_url)._replace(query="", fragment=anchor).geturl() if anchor else page_url


def _reply(block: Tag, heading: str, text: str) -> dict[str, Any]:
    author = _REPLY_AUTHOR.match(heading)
    replied_at = _date(_REPLIED.search(_visible_text(block)))
    return {**trust_reply(author.group(1) if author else None, text or None, replied_at), "html": str(block)}


def _review(
    element: Tag, page_url: str, *, title: str | None, text: str, facts: str, review_id: str | None, anchor: str | None
) -> dict[str, Any] | None:
    posted_on = _date(_POSTED.search(facts))
    if posted_on is None:
        # Summary boxes, "Leave a review" prompts and other blocks carry no posting date.
        return None
    derived = review_id is None
    if review_id is None:
        # No id on the page: one derived from what the review says, stable across runs.
        review_id = "derived-" + stable_id(page_url, posted_on.date(), title, text)
    rating = _RATED.search(facts)
    author = _BY_POSTED.search(facts) or _POSTED_BY.search(facts)
    visited = _VISITED.search(facts)
    return {
        "review_id": review_id,
        "id_derived": derived,
        "url": _url(page_url, anchor),
        "title": title,
        "text": text,
        "rating": float(rating.group(1)) if rating else None,
        "posted_on": posted_on,
        "author": author.group(1).strip() if author else None,
        "visited": " ".join(visited.group(1).split()) if visited else None,
        "page_url": page_url,
        "html": str(element),
    }


def _reply_block(item: Tag) -> Tag | None:
    for heading in item.find_all(["h2", "h3", "h4", "h5"]):
        if _REPLY_HEADING.match(_visible_text(heading)):
            parent = heading.parent
            return parent if isinstance(parent, Tag) and parent is not item else heading
    return None


def _from_list(soup: BeautifulSoup, page_url: str) -> list[dict[str, Any]]:
    reviews: list[dict[str, Any]] = []
    matched = soup.select(LIST_ITEM_SELECTOR)
    # A review block nested in another match is part of it, not a review of its own.
    items = [item for item in matched if not any(parent in matched for parent in item.parents)]
    for item in items:
        reply = _reply_block(item)
        if reply is not None:
            # Out of the item, so its text is not read as the review's.
            reply.extract()
        title = _heading_text(item.find(["h2", "h3"]))
        text = _paragraphs(item, LIST_TEXT_SELECTOR)
        review_id, anchor = _anchor_id(item)
        review = _review(
            item,
            page_url,
            title=title,
            text=text,
            facts=_visible_text(item),
            review_id=review_id or _id_from_links(item, page_url),
            anchor=anchor,
        )
        if review is None:
            continue
        if reply is not None:
            heading = _visible_text(reply.find(["h2", "h3", "h4", "h5"]) or reply)
            review["reply"] = _reply(reply, heading, _paragraphs(reply))
        reviews.append(review)
    return reviews


def _from_cards(soup: BeautifulSoup, page_url: str) -> list[dict[str, Any]]:
    reviews: list[dict[str, Any]] = []
    last_review: dict[str, Any] | None = None
    for card in soup.select(CARD_SELECTOR):
        title = _heading_text(card.find(["h2", "h3", "h4"]))
        if title and _REPLY_HEADING.match(title):
            if last_review is not None:
                last_review["reply"] = _reply(card, title, _paragraphs(card))
            continue
        review_id, anchor = _anchor_id(card)
        review = _review(
            card,
            page_url,
            title=title,
            text=_paragraphs(card),
            facts=_visible_text(card),
            review_id=review_id or _id_from_links(card, page_url),
            anchor=anchor,
        )
        if review is not None:
            reviews.append(review)
            last_review = review
    return reviews


def parse_review_page(page_html: str, page_url: str) -> ReviewPage:
    """The reviews on one "Ratings and reviews" page, in whichever layout it uses, and the next page."""
    soup = BeautifulSoup(page_html, "lxml")
    page = ReviewPage()
    main = soup.find("main") or soup
    page.says_no_reviews = bool(_NO_REVIEWS.search(_visible_text(main)))
    for layout, read in (("list", _from_list), ("card", _from_cards)):
        reviews = read(BeautifulSoup(page_html, "lxml"), page_url)
        if reviews:
            page.reviews, page.layout = reviews, layout
            break
    next_link = soup.select_one(NEXT_PAGE_SELECTOR)
    href = next_link.get("href") if next_link else None
    if isinstance(href, str) and href.strip():
        page.next_url = urljoin(page_url, href.strip())
    return page
