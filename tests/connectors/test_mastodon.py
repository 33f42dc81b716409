"""The Mastodon connector against one instance's REST API served by respx from fixtures in the shapes
docs.joinmastodon.org documents: hashtag and account timelines paged by Link headers, search,
HTML content made text, rate limits and the cursor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import time_machine
from pydantic import ValidationError

from connectors._http import RetryPolicy
from connectors.base import ClientSettings
from connectors.mastodon import CONNECTOR, MastodonSource, fetch
from connectors.mastodon.client import MastodonClient, mastodon_error, open_mastodon_client, rate_limit_wait
from trustwatch.errors import FatalError, RetriableError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "mastodon"
INSTANCE = "https://mastodon.kingsmere.example"
NOW = datetime(2026, 11, 11, 6, 0, tzinfo=UTC)
WINDOW = Window(since=datetime(2026, 11, 10, tzinfo=UTC), until=datetime(2026, 11, 11, tzinfo=UTC))
TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Kingsmere General"])
SETTINGS = Settings.model_validate(
    {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
)
HASHTAG = MastodonSource(name="mastodon-test", trust=TRUST, instance=INSTANCE, hashtags=["#KingsmereGeneral"])
ACCOUNT = MastodonSource(
    name="mastodon-test", trust=TRUST, instance=INSTANCE, accounts=["@kingsmereecho@news.kingsmere.example"]
)
S1 = "https://mastodon.kingsmere.example/users/kvlocal/statuses/113500000000000009"
S2 = "https://nhs-staff.example/users/nurse_notes/statuses/113498765432100001"
S3 = "https://mastodon.example/users/kingsmeregeneral_nhs/statuses/113497000000000777"
S4 = "https://mastodon.kingsmere.example/users/kvlocal/statuses/113496000000000001"
E1 = "https://news.kingsmere.example/users/kingsmereecho/statuses/113499400000000001"


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def link(path: str, max_id: str) -> str:
    return f'<{INSTANCE}{path}?limit=40&max_id={max_id}>; rel="next", <{INSTANCE}{path}?limit=40&min_id=1>; rel="prev"'


class Instance:
    """Answers the Mastodon API from fixtures, with Link headers pointing at the next page."""

    def __init__(self, overrides: dict[str, httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.overrides = overrides or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        params = request.url.params
        if path == "/api/v1/accounts/lookup":
            name = f"lookup_{params['acct']}"
        elif path.startswith("/api/v1/timelines/tag/"):
            name = "tag_" + path.rsplit("/", 1)[1]
        elif path.startswith("/api/v1/accounts/"):
            name = "account_" + path.split("/")[4]
        elif path == "/api/v2/search":
            name = "search" if params["offset"] == "0" else "search_empty"
        else:
            raise AssertionError(f"unexpected request {request.url}")
        name += f"_{params['max_id']}" if "max_id" in params else ""
        if name in self.overrides:
            return self.overrides[name]
        if name == "search_empty":
            return httpx.Response(200, json={"accounts": [], "hashtags": [], "statuses": []})
        fixture = FIXTURES / f"{name}.json"
        if not fixture.is_file():
            raise AssertionError(f"unexpected request {request.url}")
        headers = {"content-type": "application/json; charset=utf-8", "x-ratelimit-remaining": "299"}
        if name == "tag_KingsmereGeneral":
            headers["link"] = link(path, "113498000000000002")
        elif name in ("tag_KingsmereGeneral_113498000000000002", "account_109876543210"):
            headers["link"] = link(path, "113400000000000000")
        return httpx.Response(200, content=fixture.read_bytes(), headers=headers)


@pytest.fixture
def instance() -> Iterator[Instance]:
    served = Instance()
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="mastodon.kingsmere.example").mock(side_effect=served)
        yield served


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[MastodonClient]:
    monkeypatch.delenv("TRUSTWATCH_MASTODON_TOKEN", raising=False)
    with open_mastodon_client(
        "mastodon-test",
        ClientSettings.of(SETTINGS),
        instance=INSTANCE,
        token_variable="TRUSTWATCH_MASTODON_TOKEN",
        token_required=False,
    ) as opened:
        opened.policy = RetryPolicy(sleep=lambda _seconds: None)
        yield opened


def run(source: MastodonSource, client: MastodonClient, cursor: Cursor | None = None) -> list[Any]:
    return list(fetch(source, WINDOW, cursor or Cursor(source="mastodon-test"), client))


def mentions(records: list[Any]) -> dict[str, Mention]:
    return {record.native_id: record for record in records if isinstance(record, Mention)}


def test_a_hashtag_timeline_yields_the_windows_statuses_page_by_page_oldest_first(
    instance: Instance, client: MastodonClient
) -> None:
    found = list(mentions(run(HASHTAG, client)))
    assert found == [S3, S2, S1, S4]
    assert "authorization" not in instance.requests[0].headers
    assert instance.requests[0].url.params["limit"] == "40"
    assert [request.url.params.get("max_id") for request in instance.requests] == [None, "113498000000000002"]


def test_html_content_becomes_text_with_scripts_dropped_and_links_whole(
    instance: Instance, client: MastodonClient
) -> None:
    found = mentions(run(HASHTAG, client))
    assert found[S1].text == (
        "Four hours in the A&E waiting room at #KingsmereGeneral tonight. Echo says they declared a critical "
        "incident: https://www.kingsmere-echo.co.uk/news/health/critical-incident"
    )
    staff = found[S2]
    assert staff.text == (
        "Another double shift on Ward 7.\nWe are doing our best, honestly.\n\n"
        "Please be kind to the reception staff at #KingsmereGeneral & Ashby Moor."
    )
    assert "alert" not in staff.text
    assert staff.title == "NHS staffing, venting"
    assert staff.full_text.startswith("NHS staffing, venting\nAnother double shift")


def test_a_status_maps_to_its_global_uri_its_page_and_its_authors_full_handle(
    instance: Instance, client: MastodonClient
) -> None:
    found = mentions(run(HASHTAG, client))
    reply = found[S3]
    assert reply.kind == "reply"
    assert reply.url == "https://mastodon.example/@kingsmeregeneral_nhs/113497000000000777"
    assert reply.author_handle == "kingsmeregeneral_nhs@mastodon.example"
    assert reply.author_name == "Kingsmere General Hospital NHS"
    assert reply.in_reply_to is None and reply.raw["in_reply_to_id"] == "113490000000000001"
    assert reply.published_at == datetime(2026, 11, 10, 9, 12, tzinfo=UTC)
    assert reply.language == "en" and reply.query == "tag:KingsmereGeneral"
    local = found[S1]
    assert local.author_handle == "kvlocal@mastodon.kingsmere.example"


def test_each_author_comes_once_before_their_first_status_with_their_profile(
    instance: Instance, client: MastodonClient
) -> None:
    records = run(HASHTAG, client)
    accounts = {record.account_id: record for record in records if isinstance(record, Account)}
    assert list(accounts) == [
        "kingsmeregeneral_nhs@mastodon.example",
        "nurse_notes@nhs-staff.example",
        "kvlocal@mastodon.kingsmere.example",
    ]
    impostor = accounts["kingsmeregeneral_nhs@mastodon.example"]
    assert impostor.display_name == "Kingsmere General Hospital NHS"
    assert impostor.description is not None and impostor.description.startswith("Official account of Kingsmere General")
    assert impostor.created_at == datetime(2026, 11, 1, tzinfo=UTC)
    assert (impostor.followers, impostor.following) == (3, 0)
    assert impostor.profile_image_url is not None and impostor.profile_image_url.endswith("/avatar.png")
    assert records.index(impostor) < records.index(mentions(records)[S3])


def test_an_account_timeline_is_looked_up_once_read_without_reblogs_and_filtered_for_the_trust(
    instance: Instance, client: MastodonClient
) -> None:
    cursor = Cursor(source="mastodon-test")
    found = mentions(run(ACCOUNT, client, cursor))
    assert list(found) == [E1]
    assert cursor.state["account_ids"] == {"kingsmereecho@news.kingsmere.example": "109876543210"}
    statuses = instance.requests[1]
    assert statuses.url.path == "/api/v1/accounts/109876543210/statuses"
    assert statuses.url.params["exclude_reblogs"] == "true"
    # The page reached back before the window, so its next link was not followed.
    assert len(instance.requests) == 2
    unfiltered = ACCOUNT.model_copy(update={"relevance_filter": False})
    instance.requests.clear()
    assert len(mentions(run(unfiltered, client, cursor))) == 2
    assert all(request.url.path != "/api/v1/accounts/lookup" for request in instance.requests)


def test_a_window_already_read_costs_no_request_and_a_stopped_run_resumes_where_it_stopped(
    client: MastodonClient,
) -> None:
    cursor = Cursor(source="mastodon-test")
    failing = Instance({"tag_KingsmereGeneral_113498000000000002": httpx.Response(503, json={"error": "busy"})})
    records: list[Any] = []
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="mastodon.kingsmere.example").mock(side_effect=failing)
        with pytest.raises(RetriableError, match="busy"):
            records.extend(fetch(HASHTAG, WINDOW, cursor, client))
    assert list(mentions(records)) == [S3, S2, S1]
    assert cursor.state["covered"] == [["2026-11-10T09:12:00.001000+00:00", WINDOW.until.isoformat()]]
    served = Instance()
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="mastodon.kingsmere.example").mock(side_effect=served)
        resumed = mentions(list(fetch(HASHTAG, WINDOW, cursor, client)))
        # The oldest status yielded before the failure sits at the edge of what was read: read again, kept once.
        assert list(resumed) == [S3, S4]
        assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]
        served.requests.clear()
        assert list(fetch(HASHTAG, WINDOW, cursor, client)) == []
        assert served.requests == []


def test_search_needs_a_token_and_finds_a_status_once_even_when_a_timeline_has_it_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searching = ACCOUNT.model_copy(update={"search": True})
    monkeypatch.delenv("TRUSTWATCH_MASTODON_TOKEN", raising=False)
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_MASTODON_TOKEN"),
        CONNECTOR.open_client(searching, ClientSettings.of(SETTINGS)),
    ):
        pass
    monkeypatch.setenv("TRUSTWATCH_MASTODON_TOKEN", "user-token")
    served = Instance()
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="mastodon.kingsmere.example").mock(side_effect=served)
        with CONNECTOR.open_client(searching, ClientSettings.of(SETTINGS)) as client:
            found = mentions(list(fetch(searching, WINDOW, Cursor(source="mastodon-test"), client)))
    assert list(found) == [E1]
    searches = [request for request in served.requests if request.url.path == "/api/v2/search"]
    assert [request.url.params["q"] for request in searches] == [
        '"Kingsmere Valley Hospitals NHS Foundation Trust"',
        '"Kingsmere General"',
    ]
    assert all(request.headers["authorization"] == "Bearer user-token" for request in searches)
    assert searches[0].url.params["type"] == "statuses"


def test_a_rate_limit_waits_until_the_reset_time_mastodon_gives() -> None:
    response = httpx.Response(
        429,
        json={"error": "Too many requests"},
        headers={
            "x-ratelimit-limit": "300",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset": "2026-11-11T06:01:30.000Z",
        },
        request=httpx.Request("GET", f"{INSTANCE}/api/v1/timelines/tag/x"),
    )
    assert rate_limit_wait(response, now=NOW) == 90.0
    error = mastodon_error(response, source="mastodon-test", token_variable="TRUSTWATCH_MASTODON_TOKEN")
    assert isinstance(error, RetriableError) and error.retry_after == 90.0
    assert "Too many requests" in str(error)


def test_an_instance_that_closes_its_timelines_to_visitors_is_fatal_with_its_own_words(client: MastodonClient) -> None:
    refusing = Instance(
        {"tag_KingsmereGeneral": httpx.Response(401, content=(FIXTURES / "error_401.json").read_bytes())}
    )
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="mastodon.kingsmere.example").mock(side_effect=refusing)
        with pytest.raises(FatalError, match=r"This method requires an authenticated user.*TRUSTWATCH_MASTODON_TOKEN"):
            run(HASHTAG, client)


def test_a_link_to_another_instance_is_not_followed(client: MastodonClient) -> None:
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="mastodon.kingsmere.example").respond(
            200,
            content=(FIXTURES / "tag_KingsmereGeneral.json").read_bytes(),
            headers={"link": '<https://elsewhere.example/api/v1/timelines/tag/x?max_id=1>; rel="next"'},
        )
        with pytest.raises(FatalError, match="refusing to follow a link off"):
            run(HASHTAG.model_copy(update={"max_pages": 3}), client)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param({"instance": INSTANCE}, "nothing to read", id="nothing to read"),
        pytest.param({"instance": "http://mastodon.kingsmere.example", "hashtags": ["x"]}, "instance", id="plain http"),
        pytest.param(
            {"instance": INSTANCE, "hashtags": ["two words"]}, "not a Mastodon hashtag", id="a hashtag with a space"
        ),
        pytest.param({"instance": INSTANCE, "accounts": ["not a handle"]}, "not a Mastodon handle", id="a bad handle"),
    ],
)
def test_bad_options_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        MastodonSource(name="mastodon-test", trust=TRUST, **options)
