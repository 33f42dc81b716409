"""The YouTube connector against the Data API v3 served by respx from fixtures in Google's documented
shapes: search, video details, channels, comment threads and replies, quota units and the cursor."""

from __future__ import annotations

import json
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
from connectors.youtube import CONNECTOR, YouTubeSource, budget, build_query, fetch
from connectors.youtube.client import YouTubeClient, open_youtube_client, youtube_error
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "youtube"
NOW = datetime(2026, 11, 11, 6, 0, tzinfo=UTC)
WINDOW = Window(since=datetime(2026, 11, 10, tzinfo=UTC), until=datetime(2026, 11, 11, tzinfo=UTC))
TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Kingsmere General"])
SETTINGS = Settings.model_validate(
    {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
)
TRUST_CHANNEL = "UCkvhNHSofficial00000000"
IMPOSTOR = "UCkingsmereGeneralNHS01x"
SOURCE = YouTubeSource(name="youtube-test", trust=TRUST, channel_id=TRUST_CHANNEL, region_code="GB")


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


class YouTubeServer:
    """Answers the Data API from fixtures: search and thread pages by token, videos and channels by id."""

    def __init__(self, overrides: dict[str, httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.overrides = overrides or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.headers["x-goog-api-key"] == "test-key"
        assert "key" not in request.url.params
        resource = request.url.path.removeprefix("/youtube/v3/")
        params = request.url.params
        token = params.get("pageToken")
        if resource in ("videos", "channels"):
            pool = json.loads((FIXTURES / f"{resource}.json").read_text())
            wanted = params["id"].split(",")
            pool["items"] = [item for item in pool["items"] if item["id"] in wanted]
            return httpx.Response(200, json=pool)
        if resource == "commentThreads":
            target = (
                f"video_{params['videoId']}"
                if "videoId" in params
                else f"channel_{params['allThreadsRelatedToChannelId']}"
            )
            name = f"commentThreads_{target}"
        elif resource == "comments":
            name = f"comments_{params['parentId']}"
        else:
            name = resource
        name += f"_{token}" if token else ""
        if name in self.overrides:
            return self.overrides[name]
        fixture = FIXTURES / f"{name}.json"
        if not fixture.is_file():
            raise AssertionError(f"unexpected request {request.url}")
        return httpx.Response(
            200, content=fixture.read_bytes(), headers={"content-type": "application/json; charset=UTF-8"}
        )

    def resources(self) -> list[str]:
        return [request.url.path.removeprefix("/youtube/v3/") for request in self.requests]


def disabled() -> httpx.Response:
    return httpx.Response(403, content=(FIXTURES / "error_commentsDisabled.json").read_bytes())


@pytest.fixture
def server() -> Iterator[YouTubeServer]:
    youtube = YouTubeServer({"commentThreads_video_kvhAeWait01": disabled()})
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="www.googleapis.com").mock(side_effect=youtube)
        yield youtube


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[YouTubeClient]:
    monkeypatch.setenv("TRUSTWATCH_YOUTUBE_API_KEY", "test-key")
    with open_youtube_client("youtube-test", ClientSettings.of(SETTINGS)) as opened:
        opened.policy = RetryPolicy(sleep=lambda _seconds: None)
        yield opened


def mentions(records: list[Any]) -> dict[str, Mention]:
    return {record.native_id: record for record in records if isinstance(record, Mention)}


def test_videos_naming_the_trust_and_comments_in_the_window_are_yielded(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    found = mentions(list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client)))
    assert sorted(found) == [
        "UgxNews01AbCdEfGhIjKlMn4AaABAg",
        "UgxNews01AbCdEfGhIjKlMn4AaABAg.9zR1a",
        "UgxNews01AbCdEfGhIjKlMn4AaABAg.9zR2b",
        "UgzUser1AbCdEfGhIjKlMn4AaABAg",
        "UgzUser2AbCdEfGhIjKlMn4AaABAg",
        "kvhAeWait01",
        "kvhEchoNews",
    ]


def test_a_video_takes_its_full_unescaped_title_and_description_from_videos_list(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    video = mentions(list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client)))["kvhAeWait01"]
    assert video.kind == "video" and video.url == "https://www.youtube.com/watch?v=kvhAeWait01"
    assert video.title == "A&E at Kingsmere General: what happened to my dad"
    assert video.text.endswith("message this channel with your hospital number and we will escalate it.")
    assert (video.author_id, video.author_name) == (IMPOSTOR, "Kingsmere General Hospital NHS")
    assert video.language == "en-GB"
    assert video.published_at == datetime(2026, 11, 10, 19, 30, tzinfo=UTC)
    assert video.raw["search_result"]["id"]["videoId"] == "kvhAeWait01"
    assert video.raw["video"]["statistics"]["viewCount"] == "4210"


def test_each_channel_is_looked_up_with_its_profile_before_its_videos(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    records = list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client))
    channel = next(r for r in records if isinstance(r, Account) and r.account_id == IMPOSTOR)
    assert channel.handle == "kingsmeregeneralnhs" and channel.display_name == "Kingsmere General Hospital NHS"
    assert channel.description is not None and channel.description.startswith("Official channel")
    assert channel.created_at == datetime(2026, 10, 28, 14, 2, 11, tzinfo=UTC)
    assert channel.followers == 37
    assert channel.profile_image_url == "https://yt3.ggpht.com/kgh-imp=s800-c-k-c0x00ffffff-no-rj"
    assert records.index(channel) < records.index(mentions(records)["kvhAeWait01"])
    news = next(r for r in records if isinstance(r, Account) and r.account_id == "UCkingsmereEchoNews00000")
    assert news.followers is None


def test_the_relevance_filter_drops_a_video_that_does_not_name_the_trust(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    cursor = Cursor(source="youtube-test")
    found = mentions(list(fetch(SOURCE, WINDOW, cursor, client)))
    assert "vlogNoMatch" not in found
    assert "vlogNoMatch" not in cursor.state["videos"]
    assert "UCrandomVlogger000000000" not in {
        request.url.params.get("id") for request in server.requests if request.url.path.endswith("/channels")
    }


def test_comments_stop_at_threads_older_than_the_lookback_and_the_trusts_own_are_left_out(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    found = mentions(list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client)))
    assert "UgzOwn01AbCdEfGhIjKlMn4AaABAg" not in found
    assert "UgxOld0000AbCdEfGhIjKlMn4AaABAg" not in found
    # The channel's second page reached a thread from October; its third page is never asked for.
    channel_pages = [
        request.url.params.get("pageToken")
        for request in server.requests
        if request.url.params.get("allThreadsRelatedToChannelId") == TRUST_CHANNEL
    ]
    assert channel_pages == [None, "QURTSl9p"]
    staff = found["UgzUser1AbCdEfGhIjKlMn4AaABAg"]
    assert staff.kind == "comment" and staff.author_handle == "ashby_gran"
    assert staff.url == "https://www.youtube.com/watch?v=kvhFluJab01&lc=UgzUser1AbCdEfGhIjKlMn4AaABAg"
    assert staff.in_reply_to == "kvhFluJab01"


def test_replies_beyond_those_in_the_thread_are_read_and_kept_only_inside_the_window(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    found = mentions(list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client)))
    reply = found["UgxNews01AbCdEfGhIjKlMn4AaABAg.9zR2b"]
    assert reply.in_reply_to == "UgxNews01AbCdEfGhIjKlMn4AaABAg"
    assert "UgxNews01AbCdEfGhIjKlMn4AaABAg.9zR3c" not in found
    assert server.resources().count("comments") == 1


def test_a_window_already_read_costs_no_unit(server: YouTubeServer, client: YouTubeClient) -> None:
    cursor = Cursor(source="youtube-test")
    list(fetch(SOURCE, WINDOW, cursor, client))
    server.requests.clear()
    assert list(fetch(SOURCE, WINDOW, cursor, client)) == []
    assert server.requests == []
    assert cursor.state["quota"]["used"] == 208


def test_a_video_with_comments_disabled_is_skipped_and_no_longer_watched(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    cursor = Cursor(source="youtube-test")
    list(fetch(SOURCE, WINDOW, cursor, client))
    assert set(cursor.state["videos"]) == {"kvhEchoNews"}
    assert cursor.state["videos"]["kvhEchoNews"] == {
        "published": "2026-11-10T08:00:00+00:00",
        "channel": "UCkingsmereEchoNews00000",
    }


def test_every_call_is_charged_its_quota_units_on_the_pacific_day(server: YouTubeServer, client: YouTubeClient) -> None:
    cursor = Cursor(source="youtube-test")
    list(fetch(SOURCE, WINDOW, cursor, client))
    assert server.resources().count("search") == 2
    # 2 searches (100 each), 2 videos.list, 1 channels.list, 4 commentThreads.list pages, 1 comments.list.
    assert cursor.state["quota"] == {"day": "2026-11-10", "used": 208}
    assert cursor.state["usage"] == {"2026-11": 208}
    assert budget(SOURCE).cap == 10_000 * 30


def test_search_asks_for_the_window_newest_first_with_the_names_ored(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client))
    search = server.requests[0].url.params
    assert search["q"] == '"Kingsmere Valley Hospitals NHS Foundation Trust"|"Kingsmere General"'
    assert (search["publishedAfter"], search["publishedBefore"]) == ("2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z")
    assert (search["order"], search["type"], search["maxResults"], search["regionCode"]) == (
        "date",
        "video",
        "50",
        "GB",
    )


def test_a_call_past_the_daily_budget_is_not_sent_and_the_run_resumes_where_it_stopped(
    server: YouTubeServer, client: YouTubeClient
) -> None:
    cursor = Cursor(source="youtube-test")
    cursor.state["quota"] = {"day": "2026-11-10", "used": 9_850}
    records: list[Any] = []
    with pytest.raises(QuotaExhausted, match=r"Left unread: page 2 of the search") as raised:
        records.extend(fetch(SOURCE, WINDOW, cursor, client))
    assert "9952 on 2026-11-10 Pacific time" in str(raised.value)
    assert set(mentions(records)) == {"kvhAeWait01", "kvhEchoNews"}
    # Only the part newer than the oldest video read counts as searched; no comments were read.
    assert cursor.state["covered"] == [["2026-11-10T08:00:01+00:00", WINDOW.until.isoformat()]]
    assert cursor.state["comments"]["covered"] == []
    server.requests.clear()
    with time_machine.travel(datetime(2026, 11, 11, 9, 0, tzinfo=UTC), tick=False):
        resumed = mentions(list(fetch(SOURCE, WINDOW, cursor, client)))
    assert cursor.state["quota"]["day"] == "2026-11-11"
    assert server.requests[0].url.params["publishedBefore"] == "2026-11-10T08:00:01Z"
    assert "UgzUser1AbCdEfGhIjKlMn4AaABAg" in resumed
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]
    assert cursor.state["comments"]["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]


def test_youtubes_own_quota_exceeded_is_quota_exhausted(client: YouTubeClient) -> None:
    youtube = YouTubeServer(
        {"search": httpx.Response(403, content=(FIXTURES / "error_quotaExceeded.json").read_bytes())}
    )
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="www.googleapis.com").mock(side_effect=youtube)
        with pytest.raises(QuotaExhausted, match="midnight Pacific time"):
            list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client))
    assert len(youtube.requests) == 1


def google_error(status: int, reason: str, domain: str = "global") -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "error": {"code": status, "message": f"{reason} happened", "errors": [{"domain": domain, "reason": reason}]}
        },
        request=httpx.Request("GET", "https://www.googleapis.com/youtube/v3/search?part=snippet"),
    )


@pytest.mark.parametrize(
    ("response", "kind", "words"),
    [
        pytest.param(
            google_error(403, "quotaExceeded", "youtube.quota"),
            QuotaExhausted,
            "quota",
            id="quotaExceeded is quota exhausted",
        ),
        pytest.param(
            google_error(403, "dailyLimitExceeded", "usageLimits"),
            QuotaExhausted,
            "quota",
            id="dailyLimitExceeded is quota exhausted",
        ),
        pytest.param(
            google_error(403, "rateLimitExceeded", "usageLimits"),
            RetriableError,
            "will retry",
            id="rateLimitExceeded is retried",
        ),
        pytest.param(google_error(503, "backendError"), RetriableError, "will retry", id="a backend error is retried"),
        pytest.param(
            google_error(400, "keyInvalid", "usageLimits"),
            FatalError,
            "TRUSTWATCH_YOUTUBE_API_KEY",
            id="a bad key is fatal",
        ),
        pytest.param(
            google_error(403, "accessNotConfigured", "usageLimits"),
            FatalError,
            "not enabled",
            id="API not enabled is fatal",
        ),
        pytest.param(
            google_error(400, "invalidChannelId", "youtube.commentThread"),
            FatalError,
            "invalidChannelId happened",
            id="another 4xx is fatal with Google's message",
        ),
    ],
)
def test_youtube_errors_are_classified_by_their_reason(response: httpx.Response, kind: type, words: str) -> None:
    error = youtube_error(response, source="youtube-test")
    assert type(error) is kind
    assert words in str(error)


def test_the_trusts_channel_failing_is_not_skipped_like_a_single_video(client: YouTubeClient) -> None:
    youtube = YouTubeServer(
        {
            "commentThreads_video_kvhAeWait01": disabled(),
            f"commentThreads_channel_{TRUST_CHANNEL}": httpx.Response(
                404, json={"error": {"code": 404, "errors": [{"reason": "channelNotFound"}]}}
            ),
        }
    )
    with respx.mock(assert_all_called=False) as mock:
        mock.route(host="www.googleapis.com").mock(side_effect=youtube)
        with pytest.raises(FatalError, match="channelNotFound"):
            list(fetch(SOURCE, WINDOW, Cursor(source="youtube-test"), client))


def test_the_default_query_quotes_each_name() -> None:
    assert build_query(TRUST) == '"Kingsmere Valley Hospitals NHS Foundation Trust"|"Kingsmere General"'
    with pytest.raises(ValueError, match="channel_id"):
        YouTubeSource(name="youtube-test", trust=TRUST, channel_id="KingsmereNHS")


def test_a_missing_key_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTWATCH_YOUTUBE_API_KEY", raising=False)
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_YOUTUBE_API_KEY"),
        CONNECTOR.open_client(SOURCE, ClientSettings.of(SETTINGS)),
    ):
        pass
