"""Bluesky `app.bsky.feed.searchPosts` payloads (PostView dicts) to Mention and Account records.

A post's identity is its AT URI (`at://did/app.bsky.feed.post/rkey`), stable across handle
changes. The web address uses the handle, or the DID when the handle no longer verifies
(`handle.invalid`), since bsky.app resolves both. Post text is plain text (not HTML), so only
whitespace is normalised; it is never truncated.

Two things the app shows are not in `record.text`: a link is displayed shortened
("example.org/stories/ward-7-a...") and its full address is in a link facet, whose index counts
UTF-8 bytes of the text; and a link card (`app.bsky.embed.external`, also inside
`recordWithMedia`) has a title, which becomes the mention's title.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from connectors._text import plain_to_text
from trustwatch.errors import FatalError
from trustwatch.records import Account, Mention, parse_utc

log = logging.getLogger(__name__)

PLATFORM = "bluesky"
POST_URL = "https://bsky.app/profile/{actor}/post/{rkey}"
PROFILE_URL = "https://bsky.app/profile/{actor}"
INVALID_HANDLE = "handle.invalid"
POST_COLLECTION = "app.bsky.feed.post"


@dataclass
class Page:
    """One search page mapped: accounts, mentions (oldest first) and the next cursor."""

    accounts: list[Account] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    skipped: int = 0
    cursor: str | None = None


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _parse_time(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_utc(value)
    except ValueError:
        return None


def _actor(author: dict[str, Any]) -> str:
    handle = _optional_str(author.get("handle"))
    return handle if handle and handle != INVALID_HANDLE else str(author["did"])


def author_to_account(author: dict[str, Any]) -> Account:
    """A ProfileViewBasic (a post's author) as an Account."""
    handle = _optional_str(author.get("handle"))
    display_name = author.get("displayName")
    return Account(
        platform=PLATFORM,
        account_id=str(author["did"]),
        handle=None if handle == INVALID_HANDLE else handle,
        display_name=plain_to_text(display_name) if isinstance(display_name, str) and display_name.strip() else None,
        created_at=_parse_time(author.get("createdAt")),
        profile_image_url=_optional_str(author.get("avatar")),
        url=PROFILE_URL.format(actor=_actor(author)),
        raw=author,
    )


def _rkey(uri: str) -> str | None:
    # at://did:plc:xyz/app.bsky.feed.post/3kxyz → 3kxyz
    parts = uri.removeprefix("at://").split("/")
    if len(parts) != 3 or parts[1] != POST_COLLECTION or not parts[2]:
        return None
    return parts[2]


LINK_FEATURE = "app.bsky.richtext.facet#link"


def _link_spans(record: dict[str, Any], size: int) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for facet in record.get("facets") or []:
        index = facet.get("index") if isinstance(facet, dict) else None
        features = facet.get("features") if isinstance(facet, dict) else None
        if not isinstance(index, dict) or not isinstance(features, list):
            continue
        start, end = index.get("byteStart"), index.get("byteEnd")
        uri = next(
            (f.get("uri") for f in features if isinstance(f, dict) and f.get("$type") == LINK_FEATURE),
            None,
        )
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size and isinstance(uri, str):
            spans.append((start, end, uri))
    spans.sort()
    # Overlapping facets are malformed; keep the first of any overlap.
    return [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]


def text_with_links(record: dict[str, Any]) -> str:
    """`record.text` with each link facet's shortened display replaced by its full address."""
    text = str(record["text"])
    encoded = text.encode("utf-8")
    pieces: list[bytes] = []
    position = 0
    for start, end, uri in _link_spans(record, len(encoded)):
        pieces += [encoded[position:start], uri.encode("utf-8")]
        position = end
    pieces.append(encoded[position:])
    # An index that splits a character cannot be honoured; the text is then left as written.
    try:
        return b"".join(pieces).decode("utf-8")
    except UnicodeDecodeError:
        return text


def _external(embed: Any) -> dict[str, Any] | None:
    if not isinstance(embed, dict):
        return None
    external = embed.get("external")
    if isinstance(external, dict):
        return external
    # recordWithMedia: a quote post whose media is a link card.
    return _external(embed.get("media"))


def card_title(post: dict[str, Any], record: dict[str, Any]) -> str | None:
    """The title of the post's link card, from the record or else from the AppView's embed view."""
    for embed in (record.get("embed"), post.get("embed")):
        external = _external(embed)
        title = external.get("title") if external else None
        if isinstance(title, str) and title.strip():
            return plain_to_text(title)
    return None


def post_to_mention(post: dict[str, Any], *, source_name: str, query: str) -> Mention | None:
    """A PostView as a Mention, or None when it lacks what a mention needs (logged by URI only)."""
    uri = _optional_str(post.get("uri"))
    author = post.get("author") if isinstance(post.get("author"), dict) else None
    record = post.get("record") if isinstance(post.get("record"), dict) else None
    rkey = _rkey(uri) if uri else None
    # createdAt is the author's clock; indexedAt the AppView's. Prefer the former, as the app shows it.
    published_at = _parse_time(record.get("createdAt")) if record else None
    published_at = published_at or _parse_time(post.get("indexedAt"))
    text = record.get("text") if record else None
    if uri is None or rkey is None or author is None or "did" not in author or published_at is None:
        log.warning("%s: Bluesky post %s lacks a URI, author, record or date; skipped", source_name, uri)
        return None
    if record is None or not isinstance(text, str):
        log.warning("%s: Bluesky post %s has no text field; skipped", source_name, uri)
        return None
    reply = record.get("reply") if isinstance(record.get("reply"), dict) else None
    parent = reply.get("parent") if reply and isinstance(reply.get("parent"), dict) else None
    langs = record.get("langs")
    embed_type = str((record.get("embed") or {}).get("$type", "")) if isinstance(record.get("embed"), dict) else ""
    display_name = author.get("displayName")
    return Mention(
        platform=PLATFORM,
        native_id=uri,
        source=source_name,
        kind="reply" if parent else ("quote" if embed_type.startswith("app.bsky.embed.record") else "post"),
        url=POST_URL.format(actor=_actor(author), rkey=rkey),
        author_id=str(author["did"]),
        author_handle=None if author.get("handle") == INVALID_HANDLE else _optional_str(author.get("handle")),
        author_name=plain_to_text(display_name) if isinstance(display_name, str) and display_name.strip() else None,
        title=card_title(post, record),
        text=plain_to_text(text_with_links(record)),
        # A post may declare several languages; the first is its main one.
        language=langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
        published_at=published_at,
        query=query,
        in_reply_to=_optional_str(parent.get("uri")) if parent else None,
        raw=post,
    )


def map_search_page(payload: dict[str, Any], *, source_name: str, query: str) -> Page:
    """Map one searchPosts response: each distinct author as an Account, each post as a Mention."""
    posts = payload.get("posts")
    if not isinstance(posts, list) or not all(isinstance(post, dict) for post in posts):
        raise FatalError(f"Bluesky search payload: posts is {'missing' if posts is None else 'not a list of objects'}")
    page = Page(cursor=_optional_str(payload.get("cursor")))
    authors: dict[str, Account] = {}
    for post in posts:
        mention = post_to_mention(post, source_name=source_name, query=query)
        if mention is None:
            page.skipped += 1
            continue
        author = post["author"]
        authors.setdefault(str(author["did"]), author_to_account(author))
        page.mentions.append(mention)
    page.accounts = list(authors.values())
    # sort=latest is newest first; hand a page on oldest first.
    page.mentions.sort(key=lambda mention: (mention.published_at, mention.native_id))
    return page
