"""Feed entries (as feedparser returns them) to Mention records.

Every feed article is platform "web", kind "article": a news story is a news story whether it came
from a paper's RSS, a council's Atom feed or a Google Alert.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit, urlunsplit

from connectors._text import html_to_text, plain_to_text
from trustwatch.records import Mention, stable_id

PLATFORM = "web"
KIND = "article"
# Longer ids (some CMSs put a whole tracking URL in <guid>) are hashed to keep keys compact.
MAX_NATIVE_ID_LENGTH = 200
# Schemes whose ids are globally unique by construction; any other id (a bare number, a slug) is
# only unique inside its own feed, so it is namespaced with the feed URL.
GLOBAL_ID_SCHEMES = ("http://", "https://", "tag:", "urn:")
# Query parameters that only track the click, never identify the article.
TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "at_medium"}
DATE_FIELDS = ("published", "updated", "created")


def unwrap_redirect(url: str) -> str:
    """The real article behind a Google redirect link (`google.com/url?url=…` or `?q=…`), else `url`.

    Google Alerts wraps every link this way; keeping the wrapper would key the same article by a
    different URL in every alert and send the comms team through Google's click tracking.
    """
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    labels = host.split(".")
    if labels[:1] == ["www"]:
        labels = labels[1:]
    # google.com, www.google.co.uk, …: Google's own host, whatever the country domain.
    if len(labels) < 2 or labels[0] != "google" or parts.path != "/url":
        return url
    query = parse_qs(parts.query)
    for key in ("url", "q"):
        for candidate in query.get(key, []):
            if urlsplit(candidate).scheme in {"http", "https"}:
                return candidate
    return url


def canonical_url(url: str) -> str:
    """`url` unwrapped from redirects, with scheme and host lower-cased, fragment and tracking parameters dropped."""
    parts = urlsplit(unwrap_redirect(url).strip())
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [
        (key, value)
        for key, value in pairs
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    ]
    # Re-encode only when something was dropped, so an untouched query keeps its exact spelling.
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, query, ""))


def _from_struct(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        # feedparser has already converted the date to UTC.
        return datetime(*value[:6], tzinfo=UTC)
    except ValueError:
        return None


def _from_text(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    # A date without an offset cannot be placed in a window without guessing the zone.
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return None
    return parsed.astimezone(UTC)


def entry_published_at(entry: Mapping[str, Any]) -> datetime | None:
    """When the entry was published (else updated, else created), in UTC; None when it carries no usable date."""
    for field in DATE_FIELDS:
        moment = _from_struct(entry.get(f"{field}_parsed")) or _from_text(entry.get(field))
        if moment is not None:
            return moment
    return None


# Values that are already plain JSON, by exact type (subclasses take the slow path below).
_PLAIN_JSON = frozenset({str, int, float, bool, type(None)})


def json_safe(value: Any) -> Any:
    """A feedparser structure as plain JSON: dicts, lists, strings, numbers; dates as ISO strings."""
    # Exact types first: this runs on every value of every entry, nearly all plain strings and
    # feedparser's dicts, and the abstract checks below cost more than the copying.
    kind = type(value)
    if kind in _PLAIN_JSON:
        return value
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, time.struct_time):
        moment = _from_struct(value)
        return moment.isoformat() if moment else None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(item) for item in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _clean(detail: Any, fallback: Any = None) -> str | None:
    value = detail.get("value") if isinstance(detail, Mapping) else None
    kind = detail.get("type", "text/html") if isinstance(detail, Mapping) else "text/html"
    if value is None:
        value = fallback
    if not isinstance(value, str) or not value.strip():
        return None
    text = plain_to_text(value) if kind == "text/plain" else html_to_text(value)
    return text or None


def _body(entry: Mapping[str, Any]) -> str | None:
    # Content is the full article when a feed carries it; the summary is often a teaser of it.
    contents = [_clean(content) for content in entry.get("content") or []]
    longest = max((text for text in contents if text), key=len, default=None)
    return longest or _clean(entry.get("summary_detail"), entry.get("summary"))


def _language(entry: Mapping[str, Any], feed: Mapping[str, Any]) -> str | None:
    details = [*(entry.get("content") or []), entry.get("summary_detail"), entry.get("title_detail")]
    candidates = [detail.get("language") for detail in details if isinstance(detail, Mapping)]
    candidates += [entry.get("language"), feed.get("language")]
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip().lower()
    return None


def _author(entry: Mapping[str, Any]) -> str | None:
    detail = entry.get("author_detail")
    name = detail.get("name") if isinstance(detail, Mapping) else None
    if not name:
        # RSS <author> is "email (Name)"; feedparser splits it, and a bare address is not a name.
        name = entry.get("author") if "@" not in str(entry.get("author", "")) else None
    if not isinstance(name, str):
        return None
    return plain_to_text(name) or None


def native_id(entry: Mapping[str, Any], feed_url: str, url: str | None) -> str | None:
    """A stable id for the entry: its id/guid, else its canonical URL (hashed when long or feed-local)."""
    entry_id = entry.get("id")
    if isinstance(entry_id, str) and entry_id.strip():
        entry_id = entry_id.strip()
        if not entry_id.lower().startswith(GLOBAL_ID_SCHEMES):
            return stable_id("rss", feed_url, entry_id)
        return entry_id if len(entry_id) <= MAX_NATIVE_ID_LENGTH else stable_id("rss", entry_id)
    if url:
        return url if len(url) <= MAX_NATIVE_ID_LENGTH else stable_id("rss", url)
    return None


def entry_to_mention(
    entry: Mapping[str, Any], *, feed: Mapping[str, Any], feed_url: str, source_name: str
) -> Mention | None:
    """The Mention for one feed entry, or None when the entry has no date and cannot be placed in a window."""
    published_at = entry_published_at(entry)
    if published_at is None:
        return None
    link = entry.get("link")
    identified_by: Mapping[str, Any] = entry
    original = entry.get("feedburner_origlink")
    if isinstance(original, str) and original.strip():
        # FeedBurner rewrites <link> (and often the guid) to a feedproxy tracking redirect and keeps
        # the article's own address in feedburner:origLink; a guid that is only the redirect is no id.
        if entry.get("id") == link:
            identified_by = {**entry, "id": None}
        link = original
    url = canonical_url(link) if isinstance(link, str) and link.strip() else None
    title = _clean(entry.get("title_detail"), entry.get("title"))
    text = _body(entry) or ""
    identifier = native_id(identified_by, feed_url, url) or stable_id(
        "rss", feed_url, published_at.isoformat(), title, text
    )
    return Mention(
        platform=PLATFORM,
        native_id=identifier,
        source=source_name,
        kind=KIND,
        url=url,
        author_name=_author(entry),
        title=title,
        text=text,
        language=_language(entry, feed),
        published_at=published_at,
        query=feed_url,
        raw=json_safe(entry),
    )
