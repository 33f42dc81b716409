"""The Threads connector against keyword search served by respx from fixtures in Meta's documented
shape: paging, the relevance filter, the per-user query limit and resuming from the cursor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import time_machine

from connectors._http import RetryPolicy
from connectors.base import ClientSettings
from connectors.threads import CONNECTOR, ThreadsSource, budget, fetch
from connectors.threads.client import ThreadsClient, open_threads_client
from trustwatch.errors import FatalError, QuotaExhausted
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "threads"
NOW = datetime(2026, 11, 11, 6, 0, tzinfo=UTC)
WINDOW = Window(since=datetime(2026, 11, 10, tzinfo=UTC), until=datetime(2026, 11, 11, tzinfo=UTC))
TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Kingsmere General"])
SETTINGS = Settings.model_validate(
    {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
)
SOURCE = ThreadsSource(name="threads-test", trust=TRUST, query=["Kingsmere General"], tags=["#KingsmereGeneral"])


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


class ThreadsServer:
    """Answers keyword search from the fixture named after the mode, the query and the paging cursor."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.headers["authorization"] == "Bearer test-token"
        params = request.url.params
        assert request.url.path == "/v1.0/keyword_search" and params["search_type"] == "RECENT"
        slug = params["q"].lower().replace(" ", "-")
        after = params.get("after")
        fixture = FIXTURES / f"{params['search_mode'].lower()}_{slug}{f'_{after}' if after else ''}.json"
        if not fixture.is_file():
            raise AssertionError(f"unexpected request {request.url}")
        return httpx.Response(200, content=fixture.read_bytes(), headers={"content-type": "application/json"})


@pytest.fixture
def server() -> Iterator[ThreadsServer]:
    threads = ThreadsServer()
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="graph.threads.net").mock(side_effect=threads)
        yield threads


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreadsClient]:
    monkeypatch.setenv("TRUSTWATCH_THREADS_TOKEN", "test-token")
    with open_threads_client("threads-test", ClientSettings.of(SETTINGS), max_pages=10) as opened:
        opened.graph.policy = RetryPolicy(sleep=lambda _seconds: None)
        yield opened


def mentions(records: list[Any]) -> dict[str, Mention]:
    return {record.native_id: record for record in records if isinstance(record, Mention)}


def test_keyword_and_tag_searches_yield_each_post_once_with_its_author_first(
    server: ThreadsServer, client: ThreadsClient
) -> None:
    records = list(fetch(SOURCE, WINDOW, Cursor(source="threads-test"), client))
    found = mentions(records)
    assert list(found) == ["18050000000000029", "18050000000000031", "18050000000000020", "18050000000000025"]
    authors = [record.account_id for record in records if isinstance(record, Account)]
    assert authors == ["ashbymoor_dad", "kv_commuter", "midwife_in_kv", "kingsmere_nhs_official"]
    first = records.index(next(r for r in records if isinstance(r, Account) and r.account_id == "kv_commuter"))
    assert first < records.index(found["18050000000000031"])


def test_a_post_maps_with_its_link_author_time_and_the_search_that_found_it(
    server: ThreadsServer, client: ThreadsClient
) -> None:
    found = mentions(list(fetch(SOURCE, WINDOW, Cursor(source="threads-test"), client)))
    reply = found["18050000000000029"]
    assert reply.kind == "reply" and reply.in_reply_to == "18050000000000012"
    assert reply.url == "https://www.threads.com/@ashbymoor_dad/post/DKwz9hTsR2c"
    assert reply.author_handle == "ashbymoor_dad"
    assert reply.published_at == datetime(2026, 11, 10, 18, 5, 44, tzinfo=UTC)
    assert reply.query == "keyword: Kingsmere General"
    tagged = found["18050000000000025"]
    assert tagged.kind == "post" and tagged.query == "tag: KingsmereGeneral"
    assert tagged.raw["topic_tag"] == "KingsmereGeneral"


def test_a_keyword_result_that_does_not_name_the_trust_is_dropped_but_a_tag_result_is_kept(
    server: ThreadsServer, client: ThreadsClient
) -> None:
    found = mentions(list(fetch(SOURCE, WINDOW, Cursor(source="threads-test"), client)))
    assert "18050000000000030" not in found
    unfiltered = SOURCE.model_copy(update={"relevance_filter": False})
    assert "18050000000000030" in mentions(list(fetch(unfiltered, WINDOW, Cursor(source="threads-test"), client)))


def test_searches_cover_the_window_and_follow_the_next_page(server: ThreadsServer, client: ThreadsClient) -> None:
    list(fetch(SOURCE, WINDOW, Cursor(source="threads-test"), client))
    first = server.requests[0].url.params
    assert (int(first["since"]), int(first["until"])) == (int(WINDOW.since.timestamp()), int(WINDOW.until.timestamp()))
    assert first["limit"] == "100" and "username" in first["fields"]
    assert [request.url.params.get("after") for request in server.requests] == [None, "QVFIUk2", None]


def test_a_window_already_read_costs_no_query(server: ThreadsServer, client: ThreadsClient) -> None:
    cursor = Cursor(source="threads-test")
    list(fetch(SOURCE, WINDOW, cursor, client))
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]
    server.requests.clear()
    assert list(fetch(SOURCE, WINDOW, cursor, client)) == []
    assert server.requests == []


def test_a_run_stopped_by_its_query_budget_keeps_what_it_read_and_resumes_where_it_stopped(
    server: ThreadsServer, client: ThreadsClient
) -> None:
    cursor = Cursor(source="threads-test")
    keyword_only = SOURCE.model_copy(update={"tags": [], "max_queries_per_run": 1})
    records: list[Any] = []
    with pytest.raises(QuotaExhausted, match=r"Left unread: more pages of search 1 of 1"):
        records.extend(fetch(keyword_only, WINDOW, cursor, client))
    assert list(mentions(records)) == ["18050000000000029", "18050000000000031"]
    # Only the part newer than the oldest post read (to the second) counts as read.
    resume_from = datetime(2026, 11, 10, 18, 5, 45, tzinfo=UTC)
    assert cursor.state["covered"] == [[resume_from.isoformat(), WINDOW.until.isoformat()]]
    server.requests.clear()
    resumed = mentions(list(fetch(keyword_only.model_copy(update={"max_queries_per_run": 10}), WINDOW, cursor, client)))
    assert int(server.requests[0].url.params["until"]) == int(resume_from.timestamp())
    # The post at the resumption second is read again (another may share its second); storage keeps one copy.
    assert set(resumed) == {"18050000000000029", "18050000000000020"}
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]


def test_a_part_of_the_window_counts_as_read_only_once_every_search_has_read_it(
    server: ThreadsServer, client: ThreadsClient
) -> None:
    cursor = Cursor(source="threads-test")
    with pytest.raises(QuotaExhausted, match=r"search 1 of 2"):
        list(fetch(SOURCE.model_copy(update={"max_queries_per_run": 1}), WINDOW, cursor, client))
    assert cursor.state["covered"] == []


def test_queries_are_counted_by_hour_and_the_24_hour_limit_is_never_passed(
    server: ThreadsServer, client: ThreadsClient
) -> None:
    cursor = Cursor(source="threads-test")
    list(fetch(SOURCE, WINDOW, cursor, client))
    assert cursor.state["queries_by_hour"] == {"2026-11-11T06:00:00+00:00": 3}
    assert cursor.state["usage"] == {"2026-11": 3}
    full = Cursor(source="threads-test")
    full.state["queries_by_hour"] = {
        "2026-11-10T12:00:00+00:00": 2000,
        "2026-11-11T05:00:00+00:00": 200,
        "2026-11-10T04:00:00+00:00": 999,  # left the 24 hours: forgotten
    }
    server.requests.clear()
    with pytest.raises(QuotaExhausted, match=r"2200 in the last 24 hours \(max_queries_per_day=2200\)"):
        list(fetch(SOURCE, WINDOW, full, client))
    assert server.requests == []
    assert "2026-11-10T04:00:00+00:00" not in full.state["queries_by_hour"]


def test_a_search_that_finds_nothing_costs_no_query(client: ThreadsClient) -> None:
    cursor = Cursor(source="threads-test")
    with respx.mock() as mock:
        mock.route(host="graph.threads.net").respond(200, json={"data": []})
        assert list(fetch(SOURCE, WINDOW, cursor, client)) == []
    assert cursor.state["queries_by_hour"] == {}


def test_an_expired_token_is_fatal_and_names_the_variable(client: ThreadsClient) -> None:
    with respx.mock() as mock:
        mock.route(host="graph.threads.net").respond(
            400,
            json={
                "error": {
                    "message": "Error validating access token: Session has expired",
                    "type": "OAuthException",
                    "code": 190,
                    "error_subcode": 463,
                    "fbtrace_id": "A1b2C3",
                }
            },
        )
        with pytest.raises(FatalError, match=r"TRUSTWATCH_THREADS_TOKEN") as raised:
            list(fetch(SOURCE, WINDOW, Cursor(source="threads-test"), client))
    assert "Session has expired" in str(raised.value) and "test-token" not in str(raised.value)


def test_the_monthly_budget_is_the_daily_limit_times_the_days_in_the_month() -> None:
    assert budget(SOURCE).cap == 2200 * 30
    assert budget(SOURCE).used({"usage": {"2026-11": 41}}, "2026-11") == 41


def test_by_default_the_trusts_name_and_aliases_are_searched() -> None:
    default = ThreadsSource(name="threads-test", trust=TRUST)
    assert default.searches == [
        ("KEYWORD", "Kingsmere Valley Hospitals NHS Foundation Trust"),
        ("KEYWORD", "Kingsmere General"),
    ]
    with pytest.raises(ValueError, match="one word"):
        ThreadsSource(name="threads-test", trust=TRUST, tags=["Kingsmere General"])


def test_a_missing_token_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTWATCH_THREADS_TOKEN", raising=False)
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_THREADS_TOKEN"),
        CONNECTOR.open_client(SOURCE, ClientSettings.of(SETTINGS)),
    ):
        pass
