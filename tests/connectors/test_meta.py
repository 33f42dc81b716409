"""The Meta connector against a Graph API served by respx from fixtures in Meta's documented shapes:
Page feed, comments, tags, Instagram media, comments, tags and hashtag search all run through the
real client, paging and mapping."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import time_machine
from pydantic import ValidationError

from connectors._graph import graph_error, usage_from_headers
from connectors._http import RetryPolicy
from connectors.base import ClientSettings
from connectors.meta import CONNECTOR, HASHTAG_LIMIT, MetaSource, fetch
from connectors.meta.client import MetaClient, open_meta_client
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "meta"
GRAPH = "https://graph.facebook.com/v25.0"
PAGE = "104857600000001"
INSTAGRAM = "17841400000000001"
NOW = datetime(2026, 11, 11, 6, 0, tzinfo=UTC)
WINDOW = Window(since=datetime(2026, 11, 10, tzinfo=UTC), until=datetime(2026, 11, 11, tzinfo=UTC))
TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Kingsmere General"])
SETTINGS = Settings.model_validate(
    {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
)
FACEBOOK_ONLY = MetaSource(name="meta-test", trust=TRUST, page_id=PAGE)
INSTAGRAM_ONLY = MetaSource(name="meta-test", trust=TRUST, instagram_user_id=INSTAGRAM, hashtags=["#KingsmereGeneral"])


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


class GraphServer:
    """Answers Graph API requests from the fixture named after the path and the paging cursor."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.headers["authorization"] == "Bearer test-token"
        assert "access_token" not in request.url.params
        path = request.url.path.removeprefix("/v25.0/").replace("/", "_")
        page = request.url.params.get("after") or request.url.params.get("__paging_token")
        fixture = FIXTURES / (path + (f"_{page}" if page else "") + ".json")
        if not fixture.is_file():
            raise AssertionError(f"unexpected request {request.url}")
        return httpx.Response(
            200,
            content=fixture.read_bytes(),
            headers={
                "content-type": "application/json",
                "x-app-usage": '{"call_count":12,"total_cputime":3,"total_time":5}',
            },
        )

    def paths(self) -> list[str]:
        return [request.url.path.removeprefix("/v25.0/") for request in self.requests]


@pytest.fixture
def server() -> Iterator[GraphServer]:
    graph = GraphServer()
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="graph.facebook.com").mock(side_effect=graph)
        yield graph


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[MetaClient]:
    monkeypatch.setenv("TRUSTWATCH_META_TOKEN", "test-token")
    monkeypatch.delenv("TRUSTWATCH_META_APP_SECRET", raising=False)
    with open_meta_client("meta-test", ClientSettings.of(SETTINGS), graph_version="v25.0", max_pages=20) as opened:
        opened.graph.policy = RetryPolicy(sleep=lambda _seconds: None)
        yield opened


def run(source: MetaSource, client: MetaClient, cursor: Cursor | None = None, window: Window = WINDOW) -> list[Any]:
    return list(fetch(source, window, cursor or Cursor(source="meta-test"), client))


def mentions(records: list[Any]) -> dict[str, Mention]:
    return {record.native_id: record for record in records if isinstance(record, Mention)}


def test_facebook_yields_visitor_posts_comments_replies_and_tags_inside_the_window(
    server: GraphServer, client: MetaClient
) -> None:
    found = mentions(run(FACEBOOK_ONLY, client))
    assert sorted(found) == [
        f"{PAGE}_872200000000102",
        "7100000000000099_556600000000001",
        "871900000000055_871900000000402",
        "872200000000101_872200000000301",
        "872200000000101_872200000000302",
    ]
    visitor = found[f"{PAGE}_872200000000102"]
    assert (visitor.kind, visitor.author_id, visitor.author_name) == ("post", "7100000000000001", "Dana Whitcombe")
    assert visitor.published_at == datetime(2026, 11, 10, 10, 12, 40, tzinfo=UTC)
    assert visitor.url == f"https://www.facebook.com/{PAGE}/posts/872200000000102"
    comment = found["872200000000101_872200000000302"]
    assert comment.kind == "comment"
    assert comment.in_reply_to == f"{PAGE}_872200000000101"
    assert comment.text.startswith("Will it be open at weekends?")
    assert comment.raw["from"] == {"name": "Morwenna Ashdown", "id": "7100000000000002"}


def test_the_trusts_own_posts_and_replies_are_not_collected_but_comments_on_them_are(
    server: GraphServer, client: MetaClient
) -> None:
    found = mentions(run(FACEBOOK_ONLY, client))
    assert f"{PAGE}_872200000000101" not in found
    assert "872200000000101_872200000000305" not in found
    assert all(mention.author_id != PAGE for mention in found.values())


def test_a_comment_whose_author_meta_withholds_is_kept_with_the_author_missing(
    server: GraphServer, client: MetaClient
) -> None:
    found = mentions(run(FACEBOOK_ONLY, client))
    withheld = found["871900000000055_871900000000402"]
    assert withheld.author_id is None and withheld.author_name is None
    assert "from" not in withheld.raw
    tagged = found["7100000000000099_556600000000001"]
    assert tagged.author_id is None and tagged.query == "posts tagging the page"


def test_each_author_comes_once_and_before_their_first_post(server: GraphServer, client: MetaClient) -> None:
    records = run(FACEBOOK_ONLY, client)
    authors = [record for record in records if isinstance(record, Account)]
    assert len({author.account_id for author in authors}) == len(authors)
    position = {id(record): index for index, record in enumerate(records)}
    first_by_author: dict[str, int] = {}
    for record in records:
        if isinstance(record, Mention) and record.author_id:
            first_by_author.setdefault(record.author_id, position[id(record)])
    for author in authors:
        assert position[id(author)] < first_by_author[author.account_id]
    lookalike = next(author for author in authors if author.account_id == "7100000000000666")
    assert lookalike.display_name == "Kingsmere General Hospital NHS"


def test_the_feed_is_paged_and_comments_stop_once_they_reach_back_before_the_window(
    server: GraphServer, client: MetaClient
) -> None:
    run(FACEBOOK_ONLY, client)
    paths = server.paths()
    assert paths.count(f"{PAGE}/feed") == 2
    # The first page of comments on the Trust's post ends in the window; the second reaches before it,
    # so its `next` link (a third page) is never followed.
    assert paths.count(f"{PAGE}_872200000000101/comments") == 2
    # A post with no comments costs no request.
    assert f"{PAGE}_872200000000102/comments" not in paths
    feed = server.requests[0].url.params
    assert int(feed["until"]) == int(WINDOW.until.timestamp())
    assert int(feed["since"]) == int((WINDOW.since - timedelta(days=28)).timestamp())
    assert server.requests[0].url.params["fields"].endswith("comments.limit(0).summary(true)")


def test_instagram_yields_comments_replies_tags_and_hashtag_media_inside_the_window(
    server: GraphServer, client: MetaClient
) -> None:
    found = mentions(run(INSTAGRAM_ONLY, client))
    assert sorted(found) == ["17850000000000101", "17850000000000103", "17900000000000501", "17900000000000601"]
    reply = found["17850000000000103"]
    assert (reply.kind, reply.author_handle, reply.in_reply_to) == ("comment", "wardwatcher_kv", "17850000000000101")
    assert reply.url == "https://www.instagram.com/p/DKtQ8uXNa1B/"
    top = found["17850000000000101"]
    assert top.in_reply_to == "17900000000000011"
    tagged = found["17900000000000501"]
    assert (tagged.kind, tagged.author_handle, tagged.query) == (
        "post",
        "recovering_rob_k",
        "media tagging the account",
    )
    hashtag = found["17900000000000601"]
    assert hashtag.author_handle is None and hashtag.query == "#kingsmeregeneral"
    assert hashtag.text == "£12 to park for three hours at #kingsmeregeneral. For a scan."


def test_instagram_skips_the_accounts_own_replies_and_media_too_old_or_without_comments(
    server: GraphServer, client: MetaClient
) -> None:
    found = mentions(run(INSTAGRAM_ONLY, client))
    assert "17850000000000102" not in found
    paths = server.paths()
    assert "17900000000000012/comments" not in paths
    assert "17900000000000010/comments" not in paths
    assert paths.count(f"{INSTAGRAM}/media") == 1
    assert paths.count(f"{INSTAGRAM}/tags") == 1


def test_hashtag_ids_and_first_queries_are_kept_in_the_cursor(server: GraphServer, client: MetaClient) -> None:
    cursor = Cursor(source="meta-test")
    run(INSTAGRAM_ONLY, client, cursor)
    assert cursor.state["hashtag_ids"] == {"kingsmeregeneral": "17843853986012965"}
    assert cursor.state["hashtags_queried"] == {"kingsmeregeneral": NOW.isoformat()}
    search = next(request for request in server.requests if request.url.path.endswith("ig_hashtag_search"))
    assert search.url.params["q"] == "kingsmeregeneral" and search.url.params["user_id"] == INSTAGRAM
    later = Window(since=WINDOW.until, until=WINDOW.until + timedelta(hours=6))
    server.requests.clear()
    run(INSTAGRAM_ONLY, client, cursor, later)
    assert "ig_hashtag_search" not in server.paths()
    assert cursor.state["hashtags_queried"] == {"kingsmeregeneral": NOW.isoformat()}


def test_a_31st_hashtag_in_seven_days_is_not_queried_and_the_run_ends_quota_exhausted(
    server: GraphServer, client: MetaClient
) -> None:
    cursor = Cursor(source="meta-test")
    recently = (NOW - timedelta(days=2)).isoformat()
    cursor.state["hashtags_queried"] = {f"othertag{n}": recently for n in range(HASHTAG_LIMIT)}
    records: list[Any] = []
    with pytest.raises(QuotaExhausted, match=r"not searched: #kingsmeregeneral"):
        records.extend(fetch(INSTAGRAM_ONLY, WINDOW, cursor, client))
    assert "ig_hashtag_search" not in server.paths()
    # Everything else was collected before the error.
    assert set(mentions(records)) == {"17850000000000101", "17850000000000103", "17900000000000501"}


def test_a_hashtag_first_queried_over_seven_days_ago_frees_its_place(server: GraphServer, client: MetaClient) -> None:
    cursor = Cursor(source="meta-test")
    cursor.state["hashtags_queried"] = {f"othertag{n}": (NOW - timedelta(days=2)).isoformat() for n in range(29)}
    cursor.state["hashtags_queried"]["expiredtag"] = (NOW - timedelta(days=7, minutes=1)).isoformat()
    found = mentions(run(INSTAGRAM_ONLY, client, cursor))
    assert "17900000000000601" in found
    assert "expiredtag" not in cursor.state["hashtags_queried"]
    assert len(cursor.state["hashtags_queried"]) == HASHTAG_LIMIT


def test_a_window_already_read_costs_nothing_and_an_overlapping_one_reads_only_its_new_part(
    server: GraphServer, client: MetaClient
) -> None:
    cursor = Cursor(source="meta-test")
    first = run(FACEBOOK_ONLY, client, cursor)
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]
    server.requests.clear()
    assert run(FACEBOOK_ONLY, client, cursor) == []
    assert server.requests == []
    overlapping = Window(since=WINDOW.since + timedelta(hours=12), until=WINDOW.until + timedelta(hours=1))
    run(FACEBOOK_ONLY, client, cursor, overlapping)
    feed = next(request for request in server.requests if request.url.path.endswith("/feed"))
    assert int(feed.url.params["until"]) == int(overlapping.until.timestamp())
    tagged = next(request for request in server.requests if request.url.path.endswith("/tagged"))
    assert int(tagged.url.params["since"]) == int(WINDOW.until.timestamp())
    assert first


def test_a_run_that_fails_part_way_keeps_what_it_yielded_and_leaves_the_window_uncovered(
    client: MetaClient,
) -> None:
    graph = GraphServer()
    cursor = Cursor(source="meta-test")
    records: list[Any] = []
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="graph.facebook.com", path__regex=r"/tagged$").respond(
            400, json={"error": {"message": "Invalid OAuth access token.", "type": "OAuthException", "code": 190}}
        )
        mock.route(host="graph.facebook.com").mock(side_effect=graph)
        with pytest.raises(FatalError, match="TRUSTWATCH_META_TOKEN"):
            records.extend(fetch(FACEBOOK_ONLY, WINDOW, cursor, client))
    assert len(mentions(records)) == 4
    assert cursor.state["covered"] == []


def error_response(code: int, status: int = 400, headers: dict[str, str] | None = None, **extra: Any) -> httpx.Response:
    body = {"error": {"message": f"message for code {code}", "type": "OAuthException", "code": code, **extra}}
    return httpx.Response(
        status, json=body, headers=headers or {}, request=httpx.Request("GET", f"{GRAPH}/{PAGE}/feed?fields=id")
    )


@pytest.mark.parametrize(
    ("response", "kind", "words"),
    [
        pytest.param(
            error_response(190, error_subcode=463), FatalError, "TRUSTWATCH_META_TOKEN", id="190 expired token is fatal"
        ),
        pytest.param(error_response(102), FatalError, "expired, revoked or invalid", id="102 session is fatal"),
        pytest.param(error_response(4, 403), RetriableError, "rate limited", id="4 app limit is retried"),
        pytest.param(error_response(17), RetriableError, "rate limited", id="17 user limit is retried"),
        pytest.param(error_response(32), RetriableError, "rate limited", id="32 page limit is retried"),
        pytest.param(error_response(613), RetriableError, "rate limited", id="613 custom limit is retried"),
        pytest.param(error_response(80001), RetriableError, "rate limited", id="80001 page use-case limit is retried"),
        pytest.param(error_response(2, 500), RetriableError, "temporary", id="2 service fault is retried"),
        pytest.param(
            error_response(100, is_transient=True), RetriableError, "temporary", id="a transient error is retried"
        ),
        pytest.param(error_response(10, 403), FatalError, "lacks a permission", id="10 permission is fatal"),
        pytest.param(error_response(200, 403), FatalError, "lacks a permission", id="200 permission is fatal"),
        pytest.param(
            error_response(100, error_subcode=33, fbtrace_id="AbC"),
            FatalError,
            "100/33",
            id="100 is fatal with the subcode",
        ),
    ],
)
def test_graph_errors_are_classified_by_their_code(response: httpx.Response, kind: type, words: str) -> None:
    error = graph_error(response, source="meta-test", token_variable="TRUSTWATCH_META_TOKEN")
    assert type(error) is kind
    assert words in str(error)
    assert "message for code" in str(error)


def test_a_rate_limit_waits_as_long_as_the_business_use_case_header_says() -> None:
    usage = json.dumps(
        {
            PAGE: [
                {
                    "type": "pages",
                    "call_count": 100,
                    "total_cputime": 40,
                    "total_time": 61,
                    "estimated_time_to_regain_access": 3,
                }
            ]
        }
    )
    error = graph_error(
        error_response(80001, headers={"x-business-use-case-usage": usage}), source="s", token_variable="T"
    )
    assert isinstance(error, RetriableError) and error.retry_after == 180.0


def test_usage_headers_report_the_highest_percentage_of_any_limit() -> None:
    headers = {
        "x-app-usage": '{"call_count": 28, "total_time": 25, "total_cputime": 25}',
        "x-business-use-case-usage": json.dumps(
            {
                INSTAGRAM: [
                    {
                        "type": "instagram",
                        "call_count": 91,
                        "total_cputime": 10,
                        "total_time": 12,
                        "estimated_time_to_regain_access": 0,
                    }
                ]
            }
        ),
    }
    assert usage_from_headers(headers) == (91, None)
    assert usage_from_headers({"x-app-usage": "not json"}) == (None, None)


def test_a_retriable_error_is_retried_and_the_run_completes(client: MetaClient) -> None:
    graph = GraphServer()
    sleeps: list[float] = []
    client.graph.policy = RetryPolicy(sleep=sleeps.append)
    limited = True

    def first_limited(request: httpx.Request) -> httpx.Response:
        nonlocal limited
        if limited:
            limited = False
            return httpx.Response(400, json={"error": {"message": "Application request limit reached", "code": 4}})
        return graph(request)

    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="graph.facebook.com").mock(side_effect=first_limited)
        assert len(mentions(run(FACEBOOK_ONLY, client))) == 5
    assert len(sleeps) == 1


def test_a_paging_link_to_another_host_is_refused(client: MetaClient) -> None:
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="graph.facebook.com").respond(
            200, json={"data": [], "paging": {"next": "https://graph.evil.example/v25.0/x?after=1"}}
        )
        with pytest.raises(FatalError, match="refusing to follow a paging link"):
            list(client.page_tagged(PAGE, WINDOW.since, WINDOW.until))


def test_with_an_app_secret_every_call_carries_appsecret_proof(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTWATCH_META_TOKEN", "test-token")
    monkeypatch.setenv("TRUSTWATCH_META_APP_SECRET", "app-secret")
    with respx.mock(assert_all_called=False) as mock:
        route = mock.route(host="graph.facebook.com").respond(200, json={"data": []})
        with open_meta_client("meta-test", ClientSettings.of(SETTINGS), graph_version="v25.0", max_pages=1) as opened:
            list(opened.page_tagged(PAGE, WINDOW.since, WINDOW.until))
    proof = route.calls[0].request.url.params["appsecret_proof"]
    assert proof == hmac.new(b"app-secret", b"test-token", hashlib.sha256).hexdigest()


def test_a_missing_token_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTWATCH_META_TOKEN", raising=False)
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_META_TOKEN"),
        CONNECTOR.open_client(FACEBOOK_ONLY, ClientSettings.of(SETTINGS)),
    ):
        pass


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param({}, "set page_id, instagram_user_id or both", id="nothing to read"),
        pytest.param({"page_id": PAGE, "hashtags": ["kvh"]}, "set instagram_user_id", id="hashtags need instagram"),
        pytest.param(
            {"instagram_user_id": INSTAGRAM, "hashtags": [f"tag{n}" for n in range(31)]},
            "Instagram allows 30 unique hashtags",
            id="more than 30 hashtags",
        ),
        pytest.param(
            {"instagram_user_id": INSTAGRAM, "hashtags": ["two words"]}, "is not a hashtag", id="a hashtag with a space"
        ),
        pytest.param({"page_id": "kingsmere"}, "page_id", id="a page name instead of its id"),
    ],
)
def test_bad_options_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        MetaSource(name="meta-test", trust=TRUST, **options)
