"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1) read into the shape feedparser gives RSS and Atom.

feedparser 6.0 parses XML feeds only, so a JSON Feed (`application/feed+json`) is turned here into
the same structure: a `feed` mapping and `entries` whose keys (`id`, `link`, `title_detail`,
`content`, `summary_detail`, `published`, `updated`, `author_detail`, `language`) are the ones
`connectors.rss.mapping` reads. Each entry also keeps the item's own fields as sent, so the raw
payload stored is the JSON Feed item plus those derived keys.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import feedparser

from trustwatch.errors import FatalError

JSON_FEED_VERSIONS = {"https://jsonfeed.org/version/1": "json1", "https://jsonfeed.org/version/1.1": "json11"}


def looks_like_json(body: bytes, content_type: str) -> bool:
    """True when a response is JSON by its content type, or by its first character when untyped."""
    if "json" in content_type.lower():
        return True
    return not content_type and body.lstrip()[:1] == b"{"


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _author(item: Mapping[str, Any], feed: Mapping[str, Any]) -> dict[str, str] | None:
    # 1.1 has an `authors` list; 1.0 a single `author`. An item without one inherits the feed's.
    for holder in (item, feed):
        authors = holder.get("authors")
        candidates = authors if isinstance(authors, list) else [holder.get("author")]
        for author in candidates:
            name = _text(author.get("name")) if isinstance(author, Mapping) else None
            if name:
                return {"name": name}
    return None


def _entry(item: Mapping[str, Any], feed: Mapping[str, Any]) -> feedparser.FeedParserDict:
    entry = feedparser.FeedParserDict({str(key): value for key, value in item.items()})
    item_id = item.get("id")
    entry["id"] = str(item_id) if isinstance(item_id, str | int) and str(item_id).strip() else None
    entry["link"] = _text(item.get("url")) or _text(item.get("external_url"))
    title = _text(item.get("title"))
    entry["title"] = title
    entry["title_detail"] = {"type": "text/plain", "value": title} if title else None
    content = []
    if _text(item.get("content_html")):
        content.append({"type": "text/html", "value": item["content_html"]})
    if _text(item.get("content_text")):
        content.append({"type": "text/plain", "value": item["content_text"]})
    entry["content"] = content
    summary = _text(item.get("summary"))
    entry["summary"] = summary
    entry["summary_detail"] = {"type": "text/plain", "value": summary} if summary else None
    entry["published"] = _text(item.get("date_published"))
    entry["updated"] = _text(item.get("date_modified"))
    entry["author_detail"] = _author(item, feed)
    entry["language"] = _text(item.get("language")) or _text(feed.get("language"))
    return entry


def parse_json_feed(body: bytes, *, url: str, source: str) -> feedparser.FeedParserDict:
    """A JSON Feed as feedparser would have returned it; JSON that is not a JSON Feed is a `FatalError`."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, ValueError) as error:
        raise FatalError(f"{url}: served as JSON but not valid JSON ({type(error).__name__})", source=source) from None
    version = JSON_FEED_VERSIONS.get(str(document.get("version"))) if isinstance(document, dict) else None
    items = document.get("items") if isinstance(document, dict) else None
    if version is None or not isinstance(items, list):
        raise FatalError(
            f"{url}: JSON but not a JSON Feed (no jsonfeed.org version and items list); check the feed address",
            source=source,
        )
    feed = {
        "title": _text(document.get("title")),
        "link": _text(document.get("home_page_url")),
        "language": _text(document.get("language")),
    }
    entries = [_entry(item, document) for item in items if isinstance(item, Mapping)]
    return feedparser.FeedParserDict(version=version, bozo=False, feed=feedparser.FeedParserDict(feed), entries=entries)
