"""HTTP for Meta's Threads API keyword search (graph.threads.net): the only module of this connector
that speaks HTTP; errors, rate-usage headers and paging are Meta's Graph conventions
(`connectors._graph`).

`GET /v1.0/keyword_search` takes `q`, `search_type` (`TOP` or `RECENT`), `search_mode` (`KEYWORD`
or `TAG` for topic tags), `since`/`until` (Unix seconds), `limit` (up to 100) and `fields`, and
answers `{"data": [...], "paging": {"cursors": {...}, "next": ...}}`. It needs a Threads user access
token with `threads_basic` and `threads_keyword_search`; until Meta approves the app for
`threads_keyword_search` it searches only the token owner's own posts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from connectors._graph import GraphClient, open_graph_client
from connectors.base import ClientSettings

TOKEN_VARIABLE = "TRUSTWATCH_THREADS_TOKEN"  # noqa: S105 - the variable's name, not a secret
APP_SECRET_VARIABLE = "TRUSTWATCH_THREADS_APP_SECRET"  # noqa: S105 - the variable's name, not a secret
THREADS_API = "https://graph.threads.net/v1.0"
POST_FIELDS = (
    "id,text,media_type,media_product_type,permalink,timestamp,username,is_reply,is_quote_post,has_replies,"
    "replied_to,topic_tag,link_attachment_url"
)
PAGE_SIZE = 100


@dataclass
class ThreadsClient:
    """The keyword-search calls; `graph` does the HTTP, errors and paging."""

    graph: GraphClient
    max_pages: int

    def search(
        self, query: str, mode: Literal["KEYWORD", "TAG"], since: datetime, until: datetime
    ) -> Iterator[dict[str, Any]]:
        """Each page of the most recent public posts matching `query` in [since, until), newest first, as sent."""
        params: dict[str, str | int] = {
            "q": query,
            "search_type": "RECENT",
            "search_mode": mode,
            "fields": POST_FIELDS,
            "since": int(since.timestamp()),
            "until": int(until.timestamp()),
            "limit": PAGE_SIZE,
        }
        return self.graph.pages("keyword_search", params, max_pages=self.max_pages)


@contextmanager
def open_threads_client(
    source_name: str, client_settings: ClientSettings, *, max_pages: int
) -> Iterator[ThreadsClient]:
    """A client with the token from TRUSTWATCH_THREADS_TOKEN; a missing token is a FatalError naming it."""
    with open_graph_client(
        client_settings,
        base_url=THREADS_API,
        token_variable=TOKEN_VARIABLE,
        app_secret_variable=APP_SECRET_VARIABLE,
        source=source_name,
        why="Threads keyword search needs a Threads user access token with threads_basic and "
        "threads_keyword_search (docs/sources/threads.md)",
    ) as graph:
        yield ThreadsClient(graph=graph, max_pages=max_pages)
