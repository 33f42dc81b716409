"""The X connector against hand-written vcrpy cassettes in the real API v2 shapes: tweepy, requests
and the mapping all run; only the socket is replaced."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
import vcr
from pydantic import ValidationError

from connectors import ConfiguredSource
from connectors._coverage import uncovered
from connectors.base import ClientSettings
from connectors.x import CONNECTOR, XSource, build_queries, fetch, lookup_accounts, lookup_users
from connectors.x.client import EXPANSIONS, TWEET_FIELDS, USER_FIELDS, XClient, build_api, open_x_client
from connectors.x.mapping import map_search_page
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import HttpSettings, Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "x"
NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)
WINDOW = Window(since=datetime(2025, 6, 9, 12, tzinfo=UTC), until=datetime(2025, 6, 10, 11, tzinfo=UTC))
# Request parameters a cassette may pin; next_token always has to agree (absent on a first page).
PINNED_PARAMS = ("query", "start_time", "end_time", "usernames", "ids")


def _params(uri: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(uri).query)


def _same_page(live: Any, recorded: Any) -> None:
    live_params, recorded_params = _params(live.uri), _params(recorded.uri)
    assert live_params.get("next_token") == recorded_params.get("next_token")
    for key in PINNED_PARAMS:
        if key in recorded_params:
            assert live_params.get(key) == recorded_params[key], key


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def trust() -> TrustProfile:
    return TrustProfile(
        name="Kingsmere Valley Hospitals NHS Foundation Trust",
        aliases=["Kingsmere Valley Hospitals", "Kingsmere General", "KVH NHS"],
        official_handles={"x": ["KingsmereNHS", "KingsmereNHSJobs"], "bluesky": ["kingsmerenhs.bsky.social"]},
    )


def source(trust: TrustProfile, **options: Any) -> XSource:
    return XSource(name="x-mentions", trust=trust, **options)


class Replay:
    """What one replayed cassette saw: the tape, the query parameters sent and the sleeps asked for."""

    def __init__(self, tape: Any) -> None:
        self.tape = tape
        self.sent: list[dict[str, str]] = []
        self.sleeps: list[float] = []


@contextmanager
def replay(cassette: str) -> Iterator[tuple[XClient, Replay]]:
    """An XClient whose HTTP is served by `cassette`; sleeps are recorded, not slept."""
    recorder = vcr.VCR(record_mode="none")
    recorder.register_matcher("same_page", _same_page)
    with recorder.use_cassette(
        str(FIXTURES / cassette), match_on=["method", "host", "path", "same_page"], allow_playback_repeats=False
    ) as tape:
        seen = Replay(tape)
        api = build_api("test-bearer-token", timeout_seconds=5)
        send = api.session.request

        def spy(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            seen.sent.append({key: str(value) for key, value in (kwargs.get("params") or {}).items()})
            return send(method, url, *args, **kwargs)

        api.session.request = spy
        yield XClient(api=api, source="x-mentions", sleep=seen.sleeps.append), seen


def collect(src: XSource, window: Window, cursor: Cursor, client: XClient) -> list[Mention | Account]:
    return list(fetch(src, window, cursor, client))


def mentions_of(records: list[Mention | Account]) -> list[Mention]:
    return [record for record in records if isinstance(record, Mention)]


def test_three_pages_are_read_with_authors_before_their_posts(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions")
    with replay("search_three_pages.yaml") as (client, seen):
        records = collect(source(trust), WINDOW, cursor, client)
        assert seen.tape.play_count == 3
        first = seen.sent[0]
    mentions = mentions_of(records)
    assert [m.native_id for m in mentions] == [
        "1932500000000000104",
        "1932500000000000105",
        "1932400000000000102",
        "1932400000000000103",
        "1932300000000000101",
    ]
    position = {id(record): index for index, record in enumerate(records)}
    accounts = {record.account_id: record for record in records if isinstance(record, Account)}
    assert set(accounts) == {"1001", "1002", "2001", "1003"}
    for mention in mentions:
        if mention.author_id in accounts:
            assert position[id(accounts[mention.author_id])] < position[id(mention)]
    assert first["expansions"] == ",".join(EXPANSIONS)
    assert "public_metrics" in first["tweet.fields"] and "verified_type" in first["user.fields"]
    assert first["start_time"] == "2025-06-09T12:00:00Z" and first["end_time"] == "2025-06-10T11:00:00Z"
    assert first["sort_order"] == "recency"


def test_a_post_is_mapped_with_entities_decoded_and_nothing_truncated(trust: TrustProfile) -> None:
    with replay("search_three_pages.yaml") as (client, _seen):
        records = collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
    reply = next(m for m in mentions_of(records) if m.native_id == "1932500000000000105")
    assert reply.text == (
        "@KingsmereNHS Waited 6 hours in A&E at Kingsmere General last night.\n\n"
        "Staff were lovely but the wait > 4hrs is not OK"
    )
    assert reply.kind == "reply" and reply.in_reply_to == "1932490000000000001"
    assert reply.url == "https://x.com/patient_pat/status/1932500000000000105"
    assert reply.author_handle == "patient_pat" and reply.author_name == "Pat Jones"
    assert reply.published_at == datetime(2025, 6, 10, 9, 15, 2, tzinfo=UTC)
    assert reply.raw["tweet"]["public_metrics"]["impression_count"] == 311
    assert reply.raw["author"]["username"] == "patient_pat"
    quote = next(m for m in mentions_of(records) if m.native_id == "1932500000000000104")
    assert quote.kind == "quote"
    assert quote.raw["referenced_tweets"][0]["id"] == "1932480000000000007"
    official = next(r for r in records if isinstance(r, Account) and r.account_id == "2001")
    assert (official.handle, official.followers, official.following, official.verified) == (
        "KingsmereNHS",
        18200,
        640,
        True,
    )
    assert official.url == "https://x.com/KingsmereNHS"
    assert official.created_at == datetime(2010, 5, 1, 9, tzinfo=UTC)


def test_partial_errors_keep_the_data_and_are_kept_in_raw(
    trust: TrustProfile, caplog: pytest.LogCaptureFixture
) -> None:
    with replay("search_three_pages.yaml") as (client, _seen):
        records = collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
    reply_to_deleted = next(m for m in mentions_of(records) if m.native_id == "1932400000000000102")
    assert {error["value"] for error in reply_to_deleted.raw["errors"]} == {"1932400000000000001", "1005"}
    assert reply_to_deleted.language is None  # X said "und": it could not tell
    assert "2 partial error(s)" in caplog.text
    assert "🙏" not in caplog.text  # post text never reaches the logs


def test_withheld_posts_and_authors_missing_from_includes_are_kept_with_missing_fields(trust: TrustProfile) -> None:
    with replay("search_three_pages.yaml") as (client, _seen):
        records = collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
    withheld = next(m for m in mentions_of(records) if m.native_id == "1932400000000000103")
    assert withheld.raw["tweet"]["withheld"]["country_codes"] == ["DE"]
    orphan = next(m for m in mentions_of(records) if m.native_id == "1932300000000000101")
    assert orphan.author_id == "1004"
    assert orphan.author_handle is None and orphan.author_name is None and orphan.raw["author"] is None
    assert orphan.url == "https://x.com/i/web/status/1932300000000000101"


def test_an_empty_result_yields_nothing_and_covers_the_window(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions")
    with replay("search_empty.yaml") as (client, seen):
        assert collect(source(trust), WINDOW, cursor, client) == []
        assert seen.tape.play_count == 1
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]
    assert cursor.state["usage"] == {"2025-06": 0}


def test_a_429_waits_for_the_reset_header_then_succeeds(trust: TrustProfile) -> None:
    with replay("search_429_then_ok.yaml") as (client, seen):
        records = collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
        assert seen.tape.play_count == 2
    assert [m.native_id for m in mentions_of(records)] == ["1932500000000000201"]
    # reset is 3 s after the frozen clock (+1 s, X's reset second is inclusive)
    assert len(seen.sleeps) == 1 and 4.0 <= seen.sleeps[0] <= 30


def test_a_429_with_a_distant_reset_is_handed_to_the_task_retry(trust: TrustProfile) -> None:
    with replay("search_429_long_reset.yaml") as (client, seen), pytest.raises(RetriableError) as raised:
        collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
    assert seen.sleeps == []
    assert raised.value.retry_after == pytest.approx(841)


def test_the_monthly_usage_cap_of_x_is_quota_not_a_retry(trust: TrustProfile) -> None:
    with replay("search_usage_capped.yaml") as (client, seen), pytest.raises(QuotaExhausted) as raised:
        collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
    assert seen.tape.play_count == 1 and seen.sleeps == []
    assert "monthly usage cap" in str(raised.value)


def test_a_503_is_retried(trust: TrustProfile) -> None:
    with replay("search_503_then_ok.yaml") as (client, seen):
        records = collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
        assert seen.tape.play_count == 2
    assert len(seen.sleeps) == 1
    assert [m.native_id for m in mentions_of(records)] == ["1932500000000000301"]


def test_a_server_that_stays_down_raises_retriable_after_the_attempts(trust: TrustProfile) -> None:
    with replay("search_503_always.yaml") as (client, seen), pytest.raises(RetriableError, match="503"):
        collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
    assert seen.tape.play_count == 4 and len(seen.sleeps) == 3


def test_a_401_is_fatal_and_names_the_env_var_without_the_token(trust: TrustProfile) -> None:
    with replay("search_401.yaml") as (client, seen), pytest.raises(FatalError) as raised:
        collect(source(trust), WINDOW, Cursor(source="x-mentions"), client)
    assert seen.tape.play_count == 1 and seen.sleeps == []
    assert "TRUSTWATCH_X_BEARER_TOKEN" in str(raised.value)
    assert "test-bearer-token" not in str(raised.value)


def test_a_403_on_full_archive_is_fatal_and_says_why(trust: TrustProfile) -> None:
    window = Window(since=datetime(2025, 5, 20, tzinfo=UTC), until=datetime(2025, 5, 21, tzinfo=UTC))
    with replay("search_all_403.yaml") as (client, _seen), pytest.raises(FatalError) as raised:
        collect(source(trust, access="pro"), window, Cursor(source="x-mentions"), client)
    assert "403" in str(raised.value) and "Client Forbidden" in str(raised.value)


@pytest.mark.parametrize(
    ("cassette", "message"),
    [
        pytest.param("search_malformed_json.yaml", "malformed JSON", id="truncated JSON is a fatal error"),
        pytest.param("search_html_page.yaml", "HTML page", id="an HTML page instead of JSON is a fatal error"),
    ],
)
def test_unreadable_bodies_are_fatal(trust: TrustProfile, cassette: str, message: str) -> None:
    cursor = Cursor(source="x-mentions")
    with replay(cassette) as (client, seen), pytest.raises(FatalError, match=message):
        collect(source(trust), WINDOW, cursor, client)
    assert seen.sleeps == []
    assert cursor.state["covered"] == []


def test_the_budget_stops_after_yielding_what_was_read_and_says_what_is_left(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions")
    records: list[Mention | Account] = []
    with replay("search_three_pages.yaml") as (client, seen), pytest.raises(QuotaExhausted) as raised:
        for record in fetch(source(trust, max_posts_per_run=12), WINDOW, cursor, client):
            records.append(record)
    assert seen.tape.play_count == 2
    assert len(mentions_of(records)) == 4
    assert seen.sent[1]["max_results"] == "10"
    message = str(raised.value)
    assert "4 posts read this run" in message and "more pages of query 1 of 1" in message
    assert cursor.state["usage"] == {"2025-06": 4}
    # Covered back to one second after the oldest post yielded, not to the window's start.
    assert cursor.state["covered"] == [["2025-06-09T20:00:01+00:00", WINDOW.until.isoformat()]]

    with replay("search_resume_after_budget.yaml") as (client, seen):
        resumed = collect(source(trust, max_posts_per_run=12), WINDOW, cursor, client)
        assert seen.tape.play_count == 1
    assert [m.native_id for m in mentions_of(resumed)] == ["1932300000000000101"]
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]
    assert cursor.state["usage"] == {"2025-06": 5}


def test_a_month_already_spent_raises_before_any_request(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions", state={"usage": {"2025-06": 995}})
    with replay("search_empty.yaml") as (client, seen), pytest.raises(QuotaExhausted, match="995 in 2025-06"):
        collect(source(trust, max_posts_per_month=1000), WINDOW, cursor, client)
    assert seen.tape.play_count == 0


def test_a_second_run_over_the_same_window_reads_and_yields_nothing(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions")
    with replay("search_three_pages.yaml") as (client, seen):
        first = collect(source(trust), WINDOW, cursor, client)
    with replay("search_empty.yaml") as (client, seen):
        second = collect(source(trust), WINDOW, cursor, client)
        assert seen.tape.play_count == 0
    assert len(mentions_of(first)) == 5 and second == []


def test_an_overlapping_window_reads_only_its_new_part(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions")
    with replay("search_three_pages.yaml") as (client, seen):
        first = collect(source(trust), WINDOW, cursor, client)
    later = Window(since=datetime(2025, 6, 10, 6, tzinfo=UTC), until=datetime(2025, 6, 10, 11, 30, tzinfo=UTC))
    with replay("search_overlap.yaml") as (client, seen):
        second = collect(source(trust), later, cursor, client)
        assert seen.tape.play_count == 1
    first_ids = {m.native_id for m in mentions_of(first)}
    second_ids = [m.native_id for m in mentions_of(second)]
    assert second_ids == ["1932600000000000401"] and not first_ids & set(second_ids)
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), later.until.isoformat()]]


def test_a_post_matched_by_two_queries_is_yielded_once(trust: TrustProfile) -> None:
    src = source(trust, query=['"Kingsmere General" -is:retweet', "@KingsmereNHS -is:retweet"])
    with replay("search_two_queries.yaml") as (client, seen):
        records = collect(src, WINDOW, Cursor(source="x-mentions"), client)
        assert seen.tape.play_count == 2
    ids = [m.native_id for m in mentions_of(records)]
    assert sorted(ids) == ["1932500000000000501", "1932500000000000502"]
    assert len([r for r in records if isinstance(r, Account) and r.account_id == "1001"]) == 1


def test_a_changed_query_reads_covered_windows_again(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions")
    with replay("search_empty.yaml") as (client, seen):
        collect(source(trust), WINDOW, cursor, client)
    src = source(trust, query=['"Kingsmere General" -is:retweet', "@KingsmereNHS -is:retweet"])
    with replay("search_two_queries.yaml") as (client, seen):
        collect(src, WINDOW, cursor, client)
        assert seen.tape.play_count == 2


def test_a_backfill_older_than_7_days_uses_full_archive_search_on_pro(trust: TrustProfile) -> None:
    window = Window(since=datetime(2025, 5, 20, tzinfo=UTC), until=datetime(2025, 5, 21, tzinfo=UTC))
    with replay("search_all_backfill.yaml") as (client, seen):
        records = collect(source(trust, access="pro"), window, Cursor(source="x-mentions"), client)
        assert seen.tape.requests[0].path == "/2/tweets/search/all"
        assert seen.sent[0]["max_results"] == "500"
    assert [m.native_id for m in mentions_of(records)] == ["1924900000000000601"]


def test_an_8_day_old_window_on_basic_access_is_refused_with_the_reason(trust: TrustProfile, tmp_path: Path) -> None:
    src = source(trust)
    configured = ConfiguredSource(name=src.name, type="x", connector=CONNECTOR, config=src)
    settings = Settings(
        trust=trust, alerts={"team_inbox": "comms@kingsmerevalley.nhs.uk", "sender": "tw@kingsmerevalley.nhs.uk"}
    )
    window = Window.ending_at(NOW - timedelta(days=8), hours=24)
    with pytest.raises(FatalError, match="only look back 7 days"):
        list(configured.collect(window, Cursor(source="x-mentions"), ClientSettings.of(settings)))
    # Called directly, fetch refuses too, and says what access would allow it.
    with replay("search_empty.yaml") as (client, seen), pytest.raises(FatalError, match="Pro or Enterprise"):
        collect(src, window, Cursor(source="x-mentions"), client)
    assert seen.tape.play_count == 0
    assert CONNECTOR.reach(source(trust, access="pro")) is None


def test_a_window_ending_now_stops_short_of_x_indexing_delay(trust: TrustProfile) -> None:
    cursor = Cursor(source="x-mentions")
    with replay("search_empty.yaml") as (client, seen):
        collect(source(trust), Window.ending_at(NOW, hours=1), cursor, client)
        assert seen.sent[0]["end_time"] == "2025-06-10T11:59:30Z"
    assert cursor.state["covered"][0][1] == "2025-06-10T11:59:30+00:00"


def test_user_lookup_returns_accounts_and_reports_the_missing_as_errors(trust: TrustProfile) -> None:
    with replay("users_lookup.yaml") as (client, seen):
        found = lookup_users(client, usernames=["@KingsmereNHS", "KingsmereNHS_", "KlngsmereNHS", "Kingsmere-NHS"])
        assert seen.tape.play_count == 1
    assert [a.handle for a in found.accounts] == ["KingsmereNHS", "KingsmereNHS_"]
    lookalike = found.accounts[1]
    assert lookalike.created_at == datetime(2025, 6, 1, 22, 14, 9, tzinfo=UTC) and lookalike.followers == 3
    assert sorted(found.not_found) == ["Kingsmere-NHS", "KlngsmereNHS"]


def test_user_lookup_sends_batches_of_100() -> None:
    calls: list[list[str]] = []

    class CountingClient(XClient):
        def users(self, *, ids: list[str] | None = None, usernames: list[str] | None = None) -> dict[str, Any]:
            calls.append(ids or [])
            return {"data": [{"id": user_id, "username": f"u{user_id}"} for user_id in ids or []]}

    found = lookup_users(CountingClient(api=build_api("t", timeout_seconds=1)), ids=[str(n) for n in range(1, 251)])
    assert [len(batch) for batch in calls] == [100, 100, 50]
    assert len(found.accounts) == 250 and found.not_found == []


def test_the_default_query_quotes_names_adds_handles_and_drops_retweets(trust: TrustProfile) -> None:
    assert build_queries(trust, limit=512, lang="en") == [
        '("Kingsmere Valley Hospitals NHS Foundation Trust" OR "Kingsmere Valley Hospitals" OR '
        '"Kingsmere General" OR "KVH NHS" OR @KingsmereNHS OR @KingsmereNHSJobs) -is:retweet lang:en'
    ]


def test_a_long_query_is_split_under_the_limit_without_losing_a_term(trust: TrustProfile) -> None:
    many = trust.model_copy(update={"aliases": [f"Kingsmere Ward {n} Team" for n in range(60)]})
    queries = build_queries(many, limit=512)
    assert len(queries) > 1 and all(len(query) <= 512 for query in queries)
    assert all(query.endswith(" -is:retweet") for query in queries)
    joined = " ".join(queries)
    assert all(f'"{alias}"' in joined for alias in many.aliases) and "@KingsmereNHSJobs" in joined


@pytest.mark.parametrize(
    ("options", "field"),
    [
        pytest.param({"query": "x" * 600}, "query", id="an override over 512 characters names the query field"),
        pytest.param({"query": []}, "query", id="an empty override list is refused"),
        pytest.param({"access": "free"}, "access", id="an unknown access level is refused"),
        pytest.param({"max_posts_per_run": 5}, "max_posts_per_run", id="a run budget under one page is refused"),
        pytest.param({"lang": "English"}, "lang", id="a language must be an ISO code"),
    ],
)
def test_bad_options_name_the_field(trust: TrustProfile, options: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        source(trust, **options)


def test_an_enterprise_override_may_be_longer(trust: TrustProfile) -> None:
    assert source(trust, access="enterprise", query="x" * 600).queries == ["x" * 600]


def test_open_client_names_the_missing_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTWATCH_X_BEARER_TOKEN", raising=False)
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_X_BEARER_TOKEN"),
        open_x_client(ClientSettings(http=HttpSettings(timeout_seconds=1)), source="x"),
    ):
        pass


def test_open_client_sets_a_timeout_on_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTWATCH_X_BEARER_TOKEN", "from-env")
    with open_x_client(ClientSettings(http=HttpSettings(timeout_seconds=7.5)), source="x") as client:
        assert client.api.bearer_token == "from-env"
        assert client.api.session.timeout_seconds == 7.5


def test_in_replay_mode_tweepy_is_answered_from_the_recordings_with_no_token_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, trust: TrustProfile
) -> None:
    monkeypatch.delenv("TRUSTWATCH_X_BEARER_TOKEN", raising=False)
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "page.json").write_text(
        '{"data": [{"id": "1", "author_id": "9", "created_at": "2025-06-10T10:00:00.000Z", '
        '"text": "Kingsmere General was great"}], "includes": {"users": [{"id": "9", "name": "N", "username": "n"}]}, '
        '"meta": {"result_count": 1}}',
        encoding="utf-8",
    )
    src = source(trust, query='"Kingsmere General"')
    url = (
        "https://api.twitter.com/2/tweets/search/recent?query=%22Kingsmere+General%22"
        "&start_time=2025-06-09T12%3A00%3A00Z&end_time=2025-06-10T11%3A00%3A00Z&max_results=100&sort_order=recency"
        f"&expansions={','.join(EXPANSIONS)}&tweet.fields={','.join(TWEET_FIELDS)}&user.fields={','.join(USER_FIELDS)}"
    )
    (tmp_path / "x" / "recordings.json").write_text(
        json.dumps([{"url": url, "headers": {"content-type": "application/json"}, "body_file": "page.json"}]),
        encoding="utf-8",
    )
    settings = ClientSettings(http=HttpSettings(replay_dir=tmp_path))

    with CONNECTOR.open_client(src, settings) as client:
        assert client.api.bearer_token == "replay:TRUSTWATCH_X_BEARER_TOKEN"
        records = collect(src, WINDOW, Cursor(source="x-mentions"), client)

    assert [mention.text for mention in mentions_of(records)] == ["Kingsmere General was great"]


def test_a_page_with_an_unusable_post_skips_it_and_counts_it() -> None:
    payload = {
        "data": [
            {"id": "1", "text": "Kingsmere General"},
            {"id": "2", "text": "Kingsmere General", "created_at": "2025-06-10T10:00:00.000Z"},
        ],
        "meta": {"result_count": 2},
    }
    page = map_search_page(payload, source_name="x-mentions", query="q")
    assert [m.native_id for m in page.mentions] == ["2"] and page.skipped == 1 and page.posts_read == 2


def test_a_payload_of_the_wrong_shape_is_fatal() -> None:
    with pytest.raises(FatalError, match="data is not a list"):
        map_search_page({"data": {"id": "1"}}, source_name="x-mentions", query="q")


def test_uncovered_parts_of_a_window_are_found_oldest_first() -> None:
    def at(hour: int) -> datetime:
        return datetime(2025, 6, 10, hour, tzinfo=UTC)

    gaps = uncovered(Window(since=at(0), until=at(10)), [(at(2), at(4)), (at(6), at(8))])
    assert [(gap.since.hour, gap.until.hour) for gap in gaps] == [(0, 2), (4, 6), (8, 10)]
    assert uncovered(Window(since=at(2), until=at(4)), [(at(0), at(5))]) == []


def test_lookup_accounts_returns_the_lookalikes_that_exist_in_one_request(trust: TrustProfile) -> None:
    assert CONNECTOR.lookup_accounts is lookup_accounts
    handles = [
        "KingsmereHelp",
        "Kingsmere_Help",
        "KingsmereNHSUK",
        "KingsmereNHS_UK",
        "UKKingsmereNHS",
        "UK_KingsmereNHS",
    ]
    with replay("users_lookalikes.yaml") as (client, seen):
        found = lookup_accounts(source(trust), client, handles)
        assert seen.tape.play_count == 1
        assert seen.sent[0]["usernames"] == ",".join(handles)
    assert [(account.handle, account.account_id) for account in found] == [("KingsmereHelp", "1931500000000000777")]
    assert found[0].description is not None and found[0].description.startswith("Official help desk")
    assert (found[0].followers, found[0].following) == (3, 512)


def test_fields_ask_x_for_whole_long_posts_and_expanded_links(trust: TrustProfile) -> None:
    with replay("search_retweets_long_posts_links.yaml") as (client, seen):
        collect(source(trust, query='"Kingsmere General"'), WINDOW, Cursor(source="x-mentions"), client)
    fields = seen.sent[0]["tweet.fields"].split(",")
    assert "note_tweet" in fields and "entities" in fields
    assert "referenced_tweets.id" in seen.sent[0]["expansions"].split(",")


def searched_mentions(trust: TrustProfile) -> dict[str, Mention]:
    with replay("search_retweets_long_posts_links.yaml") as (client, _seen):
        records = collect(source(trust, query='"Kingsmere General"'), WINDOW, Cursor(source="x-mentions"), client)
    return {mention.native_id: mention for mention in mentions_of(records)}


def test_a_retweet_is_stored_as_a_retweet_of_the_whole_original(trust: TrustProfile) -> None:
    retweet = searched_mentions(trust)["1932500000000000203"]

    assert retweet.kind == "retweet"
    assert retweet.author_handle == "kv_radio"
    assert retweet.published_at == datetime(2025, 6, 10, 10, 0, tzinfo=UTC)
    assert not retweet.text.startswith("RT @")
    assert retweet.text == (
        "Six weeks on the neonatal unit at Kingsmere General and not one person forgot our twins' names. "
        "The nurses on nights sat with us, the cleaner brought us tea, the consultant drew diagrams on napkins so "
        "we understood. They go home today. We wrote it all down here: "
        "https://kvparents.example.org/six-weeks-on-the-neonatal-unit"
    )
    assert [tweet["id"] for tweet in retweet.raw["referenced_tweets"]] == ["1932450000000000150"]


def test_a_post_over_280_characters_arrives_whole_from_its_note_tweet(trust: TrustProfile) -> None:
    long_post = searched_mentions(trust)["1932500000000000202"]

    assert long_post.kind == "post"
    assert long_post.text.endswith(
        "None of this is the nurses' fault. Full write-up: "
        "https://kvhealthwatch.example.org/2025/06/why-discharge-takes-so-long"
    )
    assert "\u2026" not in long_post.text
    assert long_post.raw["tweet"]["note_tweet"]["text"].startswith("Thread on why discharge")


def test_t_co_links_are_expanded_to_where_they_lead(trust: TrustProfile) -> None:
    linked = searched_mentions(trust)["1932500000000000201"]

    assert linked.text == (
        "Car park charges at Kingsmere General going up again from July. "
        "https://www.kingsmere-echo.co.uk/news/health/car-park-charges-rise-july"
    )
    assert "t.co/" not in linked.text


def test_a_retweet_of_a_deleted_post_keeps_what_x_sent_and_stays_a_retweet(trust: TrustProfile) -> None:
    orphan = searched_mentions(trust)["1932500000000000200"]

    assert orphan.kind == "retweet"
    assert orphan.text == "RT @kv_gone_now: Kingsmere General A&E tonight is the worst I have seen it"
    assert orphan.raw["referenced_tweets"] == []
    assert orphan.raw["errors"][0]["title"] == "Not Found Error"


def test_posts_outside_the_window_asked_for_are_not_yielded_nor_their_authors(trust: TrustProfile) -> None:
    narrow = Window(since=datetime(2025, 6, 10, 8, tzinfo=UTC), until=datetime(2025, 6, 10, 9, 45, tzinfo=UTC))
    with replay("search_retweets_long_posts_links.yaml") as (client, _seen):
        records = collect(source(trust, query='"Kingsmere General"'), narrow, Cursor(source="x-mentions"), client)

    assert [m.native_id for m in mentions_of(records)] == ["1932500000000000201", "1932500000000000202"]
    assert {r.handle for r in records if isinstance(r, Account)} == {"kv_echo_health", "discharge_nerd"}
