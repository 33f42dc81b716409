"""X API v2 payloads (plain dicts, as X sent them) to Mention and Account records.

Fields X did not send stay None; nothing is invented. Post text arrives with `&amp;`, `&lt;` and
`&gt;` escaped (X escapes them in v2 text), so it is unescaped and its whitespace normalised, never
truncated. Three X quirks are undone here:

- a post over 280 characters has its `text` cut short; the whole of it is in `note_tweet.text`;
- links are t.co wrappers; `entities.urls` (or `note_tweet.entities.urls`) says where each leads;
- a retweet's `text` is "RT @user: " and the original cut to about 140 characters; the original
  itself (with its own note_tweet) is in `includes.tweets`, so a retweet is stored as kind
  "retweet" by the retweeter, carrying the original's whole text.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from typing import Any

from connectors._text import plain_to_text
from trustwatch.errors import FatalError
from trustwatch.records import Account, Mention, parse_utc

log = logging.getLogger(__name__)

PLATFORM = "x"
PROFILE_URL = "https://x.com/{username}"
STATUS_URL = "https://x.com/{username}/status/{id}"
# X's own permalink form when the author is unknown (suspended, or missing from `includes`).
ANONYMOUS_STATUS_URL = "https://x.com/i/web/status/{id}"
# X's language code for "could not tell"; the platform did not say which language, so None.
UNDETERMINED_LANGUAGE = "und"


@dataclass
class Page:
    """One search page mapped: accounts, mentions (oldest first) and X's partial errors."""

    accounts: list[Account] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    posts_read: int = 0
    skipped: int = 0
    next_token: str | None = None


def _optional_int(metrics: Any, key: str) -> int | None:
    if not isinstance(metrics, dict):
        return None
    value = metrics.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _clean(text: str) -> str:
    return plain_to_text(html.unescape(text))


def user_to_account(user: dict[str, Any]) -> Account:
    """An X user object as an Account; `url` is the profile address, the bio link stays in `raw`."""
    username = _optional_str(user.get("username"))
    description = user.get("description")
    created_at = _optional_str(user.get("created_at"))
    verified = user.get("verified")
    return Account(
        platform=PLATFORM,
        account_id=str(user["id"]),
        handle=username,
        display_name=_clean(user["name"]) if isinstance(user.get("name"), str) else None,
        description=_clean(description) if isinstance(description, str) else None,
        created_at=parse_utc(created_at) if created_at else None,
        followers=_optional_int(user.get("public_metrics"), "followers_count"),
        following=_optional_int(user.get("public_metrics"), "following_count"),
        verified=verified if isinstance(verified, bool) else None,
        profile_image_url=_optional_str(user.get("profile_image_url")),
        url=PROFILE_URL.format(username=username) if username else None,
        raw=user,
    )


def _links(entities: Any) -> list[tuple[str, str]]:
    """(t.co address, where it leads) for each link X expanded; `unwound_url` follows further redirects."""
    urls = entities.get("urls") if isinstance(entities, dict) else None
    pairs = []
    for link in urls if isinstance(urls, list) else []:
        if not isinstance(link, dict):
            continue
        short = _optional_str(link.get("url"))
        target = _optional_str(link.get("unwound_url")) or _optional_str(link.get("expanded_url"))
        if short and target:
            pairs.append((short, target))
    return pairs


def full_text(tweet: dict[str, Any]) -> str:
    """A post's whole text (its note_tweet when it has one) with t.co links expanded, unescaped and tidied."""
    note = tweet.get("note_tweet")
    if isinstance(note, dict) and isinstance(note.get("text"), str):
        text, entities = note["text"], note.get("entities")
    else:
        text, entities = str(tweet["text"]), tweet.get("entities")
    for short, target in _links(entities):
        text = text.replace(short, target)
    return _clean(text)


def _retweeted(tweet: dict[str, Any]) -> str | None:
    for ref in tweet.get("referenced_tweets") or []:
        if isinstance(ref, dict) and ref.get("type") == "retweeted" and ref.get("id"):
            return str(ref["id"])
    return None


def _kind(tweet: dict[str, Any]) -> str:
    types = {ref.get("type") for ref in tweet.get("referenced_tweets") or [] if isinstance(ref, dict)}
    if "retweeted" in types:
        return "retweet"
    if "replied_to" in types:
        return "reply"
    if "quoted" in types:
        return "quote"
    return "post"


def _replied_to(tweet: dict[str, Any]) -> str | None:
    for ref in tweet.get("referenced_tweets") or []:
        if isinstance(ref, dict) and ref.get("type") == "replied_to" and ref.get("id"):
            return str(ref["id"])
    return None


def _related_errors(tweet: dict[str, Any], errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # X reports a deleted or protected referenced tweet (or a missing author) as a page-level
    # error whose `value` is that id; attach each error to the tweets it concerns.
    ids = {str(tweet.get("author_id")), str(tweet.get("in_reply_to_user_id"))}
    ids |= {str(ref.get("id")) for ref in tweet.get("referenced_tweets") or [] if isinstance(ref, dict)}
    return [error for error in errors if str(error.get("value")) in ids or str(error.get("resource_id")) in ids]


def tweet_to_mention(
    tweet: dict[str, Any],
    *,
    author: dict[str, Any] | None,
    referenced: list[dict[str, Any]],
    errors: list[dict[str, Any]],
    source_name: str,
    query: str,
) -> Mention:
    """An X post as a Mention; raw keeps the post, its author, the posts it references and related errors.

    A retweet carries the original's whole text (when X sent the original), not its own cut copy.
    """
    tweet_id = str(tweet["id"])
    retweeted = _retweeted(tweet)
    original = next((ref for ref in referenced if retweeted is not None and str(ref.get("id")) == retweeted), None)
    text_source = original if original is not None and isinstance(original.get("text"), str) else tweet
    username = _optional_str(author.get("username")) if author else None
    language = _optional_str(tweet.get("lang"))
    return Mention(
        platform=PLATFORM,
        native_id=tweet_id,
        source=source_name,
        kind=_kind(tweet),
        url=STATUS_URL.format(username=username, id=tweet_id) if username else ANONYMOUS_STATUS_URL.format(id=tweet_id),
        author_id=_optional_str(tweet.get("author_id")),
        author_handle=username,
        author_name=_clean(author["name"]) if author and isinstance(author.get("name"), str) else None,
        text=full_text(text_source),
        language=None if language == UNDETERMINED_LANGUAGE else language,
        published_at=parse_utc(tweet["created_at"]),
        query=query,
        in_reply_to=_replied_to(tweet),
        raw={"tweet": tweet, "author": author, "referenced_tweets": referenced, "errors": errors},
    )


def _list_of_objects(payload: dict[str, Any], *path: str) -> list[dict[str, Any]]:
    value: Any = payload
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise FatalError(f"X payload: {'.'.join(path)} is not a list of objects")
    return value


def map_search_page(payload: dict[str, Any], *, source_name: str, query: str) -> Page:
    """Map one search response: every user in `includes` as an Account, every post as a Mention.

    Posts without an id, text or creation time cannot be stored; they are counted in `skipped`
    and logged (by id only) rather than stored with invented values.
    """
    tweets = _list_of_objects(payload, "data")
    users = _list_of_objects(payload, "includes", "users")
    included_tweets = _list_of_objects(payload, "includes", "tweets")
    errors = _list_of_objects(payload, "errors")
    meta = payload.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    page = Page(errors=errors, posts_read=len(tweets), next_token=_optional_str(meta.get("next_token")))

    users_by_id = {str(user["id"]): user for user in users if "id" in user}
    tweets_by_id = {str(tweet["id"]): tweet for tweet in included_tweets if "id" in tweet}
    page.accounts = [user_to_account(user) for user in users_by_id.values()]

    for tweet in tweets:
        if not all(isinstance(tweet.get(key), str) for key in ("id", "text", "created_at")):
            page.skipped += 1
            log.warning("%s: X post %s lacks id, text or created_at; skipped", source_name, tweet.get("id"))
            continue
        author = users_by_id.get(str(tweet.get("author_id")))
        if author is None:
            log.warning(
                "%s: author %s of X post %s is missing from includes (suspended or withheld?)",
                source_name,
                tweet.get("author_id"),
                tweet["id"],
            )
        if tweet.get("withheld"):
            countries = ",".join(tweet["withheld"].get("country_codes") or []) or "unspecified countries"
            log.info(
                "%s: X post %s is withheld in %s; kept with its withheld flag", source_name, tweet["id"], countries
            )
        referenced = [
            tweets_by_id[str(ref.get("id"))]
            for ref in tweet.get("referenced_tweets") or []
            if isinstance(ref, dict) and str(ref.get("id")) in tweets_by_id
        ]
        page.mentions.append(
            tweet_to_mention(
                tweet,
                author=author,
                referenced=referenced,
                errors=_related_errors(tweet, errors),
                source_name=source_name,
                query=query,
            )
        )
    # X pages are newest first; within a page hand them on oldest first.
    page.mentions.sort(key=lambda mention: (mention.published_at, len(mention.native_id), mention.native_id))
    return page


def map_users(payload: dict[str, Any]) -> tuple[list[Account], list[dict[str, Any]]]:
    """Map a user-lookup response: the accounts found, and X's errors for the ones not found."""
    users = _list_of_objects(payload, "data")
    return [user_to_account(user) for user in users if "id" in user], _list_of_objects(payload, "errors")
