"""HTTP for Meta's Graph API (graph.facebook.com): the Trust's Facebook Page and its Instagram
professional account, read with a Page or system-user access token.

The only module of this connector that speaks HTTP. Each method reads one edge and yields the
`data` list of each page as Meta sent it (see `connectors._graph` for errors, rate-usage headers and
paging). Endpoints and fields, from Meta's Graph API and Instagram Platform references:

- `GET /{page-id}/feed` (posts by the Page and by visitors to it) and `GET /{page-id}/tagged`
  (posts that tag the Page): time-based paging with `since`/`until` (Unix seconds);
- `GET /{post-id}/comments?filter=stream&order=reverse_chronological`: every comment and reply,
  flattened, newest first, each reply with its `parent`;
- `GET /{ig-user-id}/media` (the account's own media, newest first), `GET /{ig-media-id}/comments`
  (top-level comments with their `replies`), `GET /{ig-user-id}/tags` (media the account is tagged
  in);
- `GET /ig_hashtag_search?user_id=&q=` (a hashtag's id; ids are static and global) and
  `GET /{ig-hashtag-id}/recent_media?user_id=` (public media with the hashtag from the last 24 hours,
  at most 50 a page, without the author's username).

Permissions the token needs: `pages_read_engagement` and `pages_read_user_content` (Page posts,
comments and their authors), `pages_show_list`, `instagram_basic` and `instagram_manage_comments`
(Instagram media, comments and tags), and for hashtag search the app's approved "Instagram Public
Content Access" feature.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from connectors._graph import GraphClient, next_link, objects, open_graph_client
from connectors.base import ClientSettings

TOKEN_VARIABLE = "TRUSTWATCH_META_TOKEN"  # noqa: S105 - the variable's name, not a secret
APP_SECRET_VARIABLE = "TRUSTWATCH_META_APP_SECRET"  # noqa: S105 - the variable's name, not a secret
GRAPH_HOST = "https://graph.facebook.com"

PAGE_POST_FIELDS = "id,message,story,created_time,permalink_url,from{id,name},comments.limit(0).summary(true)"
PAGE_COMMENT_FIELDS = "id,message,created_time,permalink_url,from{id,name},parent{id}"
IG_COMMENT_CORE = "id,text,timestamp,username,like_count,parent_id,from{id,username}"
IG_COMMENT_FIELDS = f"{IG_COMMENT_CORE},replies.limit(50){{{IG_COMMENT_CORE}}}"
IG_MEDIA_FIELDS = "id,caption,timestamp,permalink,media_type,media_product_type,comments_count,username"
IG_HASHTAG_MEDIA_FIELDS = "id,caption,timestamp,permalink,media_type,comments_count,like_count"
FEED_PAGE_SIZE = 100
COMMENT_PAGE_SIZE = 100
IG_PAGE_SIZE = 50  # recent_media answers at most 50 a page; the other Instagram edges take the same


def _unix(moment: datetime) -> int:
    return int(moment.timestamp())


@dataclass
class MetaClient:
    """The Graph API calls the Meta connector makes; `graph` does the HTTP, errors and paging."""

    graph: GraphClient
    max_pages: int

    def page_posts(self, page_id: str, since: datetime, until: datetime) -> Iterator[list[dict[str, Any]]]:
        """Posts on the Page's feed (by the Page and by visitors) created in [since, until), newest first."""
        params: dict[str, str | int] = {
            "fields": PAGE_POST_FIELDS,
            "since": _unix(since),
            "until": _unix(until),
            "limit": FEED_PAGE_SIZE,
        }
        return self._data(f"{page_id}/feed", params)

    def page_tagged(self, page_id: str, since: datetime, until: datetime) -> Iterator[list[dict[str, Any]]]:
        """Posts by others that tag the Page, created in [since, until), newest first."""
        params: dict[str, str | int] = {
            "fields": "id,message,created_time,permalink_url,from{id,name}",
            "since": _unix(since),
            "until": _unix(until),
            "limit": FEED_PAGE_SIZE,
        }
        return self._data(f"{page_id}/tagged", params)

    def _data(self, path: str, params: Mapping[str, str | int]) -> Iterator[list[dict[str, Any]]]:
        return (objects(page, "data") for page in self.graph.pages(path, params, max_pages=self.max_pages))

    def post_comments(self, post_id: str) -> Iterator[list[dict[str, Any]]]:
        """Every comment and reply on a Page post, newest first."""
        params: dict[str, str | int] = {
            "fields": PAGE_COMMENT_FIELDS,
            "filter": "stream",
            "order": "reverse_chronological",
            "limit": COMMENT_PAGE_SIZE,
        }
        return self._data(f"{post_id}/comments", params)

    def instagram_media(self, user_id: str) -> Iterator[list[dict[str, Any]]]:
        """The Instagram account's own media, newest first."""
        params: dict[str, str | int] = {"fields": IG_MEDIA_FIELDS, "limit": IG_PAGE_SIZE}
        return self._data(f"{user_id}/media", params)

    def media_comments(self, media_id: str) -> Iterator[list[dict[str, Any]]]:
        """Top-level comments on one Instagram media object, each with (the first 50 of) its replies."""
        params: dict[str, str | int] = {"fields": IG_COMMENT_FIELDS, "limit": IG_PAGE_SIZE}
        return self._data(f"{media_id}/comments", params)

    def more_replies(self, link: str) -> Iterator[list[dict[str, Any]]]:
        """Later pages of a comment's `replies`, from the `paging.next` link Meta put in the comment."""
        for _ in range(self.max_pages):
            payload = self.graph.get_url(link)
            yield objects(payload, "data")
            following = next_link(payload)
            if following is None or following == link:
                return
            link = following

    def instagram_tags(self, user_id: str) -> Iterator[list[dict[str, Any]]]:
        """Media in which other accounts tagged the Instagram account, newest first."""
        params: dict[str, str | int] = {"fields": IG_MEDIA_FIELDS, "limit": IG_PAGE_SIZE}
        return self._data(f"{user_id}/tags", params)

    def hashtag_id(self, user_id: str, hashtag: str) -> str | None:
        """The id of `hashtag` (without '#'); None when Instagram knows no such hashtag."""
        payload = self.graph.get("ig_hashtag_search", {"user_id": user_id, "q": hashtag})
        found = [item.get("id") for item in objects(payload, "data")]
        return next((str(found_id) for found_id in found if found_id), None)

    def hashtag_recent_media(self, hashtag_id: str, user_id: str) -> Iterator[list[dict[str, Any]]]:
        """Public media published with the hashtag in the last 24 hours, newest first."""
        params: dict[str, str | int] = {"user_id": user_id, "fields": IG_HASHTAG_MEDIA_FIELDS, "limit": IG_PAGE_SIZE}
        return self._data(f"{hashtag_id}/recent_media", params)


@contextmanager
def open_meta_client(
    source_name: str, client_settings: ClientSettings, *, graph_version: str, max_pages: int
) -> Iterator[MetaClient]:
    """A client with the token from TRUSTWATCH_META_TOKEN (and TRUSTWATCH_META_APP_SECRET, if set, for
    `appsecret_proof`); a missing token is a FatalError naming the variable."""
    with open_graph_client(
        client_settings,
        base_url=f"{GRAPH_HOST}/{graph_version}",
        token_variable=TOKEN_VARIABLE,
        app_secret_variable=APP_SECRET_VARIABLE,
        source=source_name,
        why="Meta needs a Page access token or a system-user token with the Page's and Instagram account's "
        "read permissions (docs/sources/meta.md)",
    ) as graph:
        yield MetaClient(graph=graph, max_pages=max_pages)
