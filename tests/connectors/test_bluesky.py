"""The Bluesky connector against respx-mocked XRPC: the atproto SDK, httpx and the mapping all run;
only the transport is replaced. Payloads are written by hand in the real searchPosts shapes."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import time_machine
from pydantic import ValidationError

from connectors.base import ClientSettings
from connectors.bluesky import CONNECTOR, BlueskySource, Search, build_queries, fetch, lookup_accounts
from connectors.bluesky.client import BlueskyClient, build_api, login, open_bluesky_client
from trustwatch.errors import FatalError, RetriableError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import HttpSettings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "bluesky"
NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)
WINDOW = Window(since=datetime(2025, 6, 9, 12, tzinfo=UTC), until=datetime(2025, 6, 10, 11, tzinfo=UTC))
XRPC = "https://bsky.social/xrpc"


def payload(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def ok(name: str) -> httpx.Response:
    return httpx.Response(200, json=payload(name))


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def trust() -> TrustProfile:
    return TrustProfile(
        name="Kingsmere Valley Hospitals NHS Foundation Trust",
        aliases=["Kingsmere General"],
        official_handles={"x": ["KingsmereNHS"], "bluesky": ["kingsmerenhs.bsky.social"]},
    )


def source(trust: TrustProfile, **options: Any) -> BlueskySource:
    return BlueskySource(name="bluesky-mentions", trust=trust, **options)


class Server:
    """A mocked AppView: answers searchPosts from a function of (q, cursor) or from a queue."""

    def __init__(self, router: respx.MockRouter) -> None:
        self.searches: list[httpx.QueryParams] = []
        self.answers: dict[tuple[str, str | None], httpx.Response] = {}
        self.queue: list[httpx.Response | Exception] = []
        self.login = router.post(f"{XRPC}/com.atproto.server.createSession").mock(
            return_value=ok("create_session.json")
        )
        router.get(f"{XRPC}/app.bsky.feed.searchPosts").mock(side_effect=self.search)

    def search(self, request: httpx.Request) -> httpx.Response:
        self.searches.append(request.url.params)
        assert request.headers["authorization"].startswith("Bearer eyJ")
        if self.queue:
            answer = self.queue.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        key = (request.url.params["q"], request.url.params.get("cursor"))
        return self.answers.get(key, ok("search_empty.json"))


@pytest.fixture
def server() -> Iterator[Server]:
    with respx.mock(assert_all_called=False) as router:
        yield Server(router)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(server: Server, sleeps: list[float]) -> BlueskyClient:
    bluesky = BlueskyClient(api=build_api(timeout_seconds=5), source="bluesky-mentions", sleep=sleeps.append)
    login(bluesky, "trustwatch-kvh.bsky.social", "abcd-efgh-ijkl-mnop")
    bluesky.requests_made = 0
    return bluesky


def collect(src: BlueskySource, window: Window, cursor: Cursor, client: BlueskyClient) -> list[Mention | Account]:
    return list(fetch(src, window, cursor, client))


def mentions_of(records: list[Mention | Account]) -> list[Mention]:
    return [record for record in records if isinstance(record, Mention)]


GENERAL = '"Kingsmere General"'


def test_pages_are_followed_and_authors_come_before_their_posts(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    server.answers[(GENERAL, None)] = ok("search_page1.json")
    server.answers[(GENERAL, "100")] = ok("search_page2.json")
    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    assert [m.native_id.rsplit("/", 1)[1] for m in mentions_of(records)] == [
        "3lr6zzq8def3b",
        "3lr7kq2xabc2a",
        "3lr5aa1xghi4c",
    ]
    first_author = next(
        i for i, r in enumerate(records) if isinstance(r, Account) and r.account_id == "did:plc:patpatientxyz"
    )
    first_post = next(
        i for i, r in enumerate(records) if isinstance(r, Mention) and r.author_id == "did:plc:patpatientxyz"
    )
    assert first_author < first_post
    assert len([r for r in records if isinstance(r, Account)]) == 2
    sent = server.searches[0]
    assert (sent["sort"], sent["limit"], sent["since"], sent["until"]) == (
        "latest",
        "100",
        "2025-06-09T11:00:00.000Z",  # an hour early: see the createdAt test below
        "2025-06-10T11:00:00.000Z",
    )
    assert server.searches[1]["cursor"] == "100"


def test_a_post_is_mapped_with_its_url_author_and_normalised_text(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    server.answers[(GENERAL, None)] = ok("search_page1.json")
    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    reply = next(m for m in mentions_of(records) if m.native_id.endswith("3lr7kq2xabc2a"))
    assert reply.url == "https://bsky.app/profile/patpatient.bsky.social/post/3lr7kq2xabc2a"
    assert reply.text == "Thank you to the ward 7 team at Kingsmere General & all the nurses\n\nyou were amazing"
    assert reply.kind == "reply" and reply.in_reply_to == "at://did:plc:kvhofficial/app.bsky.feed.post/3lr7jparent1"
    assert reply.published_at == datetime(2025, 6, 10, 9, 40, 12, 345000, tzinfo=UTC)
    assert (reply.author_handle, reply.author_name, reply.language) == ("patpatient.bsky.social", "Pat Patient", "en")
    assert reply.raw["likeCount"] == 12 and reply.raw["cid"].startswith("bafyrei")
    author = next(r for r in records if isinstance(r, Account) and r.account_id == "did:plc:patpatientxyz")
    assert author.created_at == datetime(2023, 9, 12, 18, 22, 41, 102000, tzinfo=UTC)
    assert author.profile_image_url and author.profile_image_url.startswith("https://cdn.bsky.app/")
    assert author.followers is None and author.description is None  # searchPosts does not say


def test_an_unverified_handle_is_missing_and_the_url_uses_the_did(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    server.answers[(GENERAL, None)] = ok("search_page1.json")
    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    quote = next(m for m in mentions_of(records) if m.native_id.endswith("3lr6zzq8def3b"))
    assert quote.author_handle is None and quote.author_name is None and quote.language is None
    assert quote.url == "https://bsky.app/profile/did:plc:invalidhandle1/post/3lr6zzq8def3b"
    assert quote.kind == "quote"
    assert quote.raw["labels"][0]["val"] == "!hide"  # moderation labels kept for the reviewer


def test_a_post_without_a_record_is_skipped_not_invented(
    trust: TrustProfile, server: Server, client: BlueskyClient, caplog: pytest.LogCaptureFixture
) -> None:
    server.answers[(GENERAL, None)] = ok("search_page2.json")
    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    assert [m.native_id.rsplit("/", 1)[1] for m in mentions_of(records)] == ["3lr5aa1xghi4c"]
    assert "3lr5aa1xbroke" in caplog.text and "parking" not in caplog.text


def test_an_empty_result_yields_nothing_and_covers_the_window(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    cursor = Cursor(source="bluesky-mentions")
    assert collect(source(trust), WINDOW, cursor, client) == []
    assert len(server.searches) == 3  # two names and one mentions: search
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), WINDOW.until.isoformat()]]


def test_a_post_found_by_two_searches_is_yielded_once(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    server.answers[(GENERAL, None)] = ok("search_page1.json")
    server.answers[("kingsmerenhs.bsky.social", None)] = ok("mentions_search.json")
    records = collect(source(trust), WINDOW, Cursor(source="bluesky-mentions"), client)
    ids = [m.native_id for m in mentions_of(records)]
    assert len(ids) == len(set(ids)) == 3
    lookalike = next(r for r in records if isinstance(r, Account) and r.account_id == "did:plc:lookalike9")
    assert lookalike.handle == "kingsmere-nhs-support.bsky.social"


def test_a_second_run_over_the_same_window_makes_no_request(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    server.answers[(GENERAL, None)] = ok("search_page1.json")
    cursor = Cursor(source="bluesky-mentions")
    first = collect(source(trust, query=GENERAL), WINDOW, cursor, client)
    searches = len(server.searches)
    assert collect(source(trust, query=GENERAL), WINDOW, cursor, client) == []
    assert len(mentions_of(first)) == 2 and len(server.searches) == searches


def test_an_overlapping_window_searches_only_its_new_part(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    cursor = Cursor(source="bluesky-mentions")
    collect(source(trust, query=GENERAL), WINDOW, cursor, client)
    later = Window(since=datetime(2025, 6, 10, 6, tzinfo=UTC), until=datetime(2025, 6, 10, 11, 30, tzinfo=UTC))
    collect(source(trust, query=GENERAL), later, cursor, client)
    assert (server.searches[-1]["since"], server.searches[-1]["until"]) == (
        "2025-06-10T10:00:00.000Z",  # the new part, reaching back SORT_AT_MARGIN
        "2025-06-10T11:30:00.000Z",
    )
    assert cursor.state["covered"] == [[WINDOW.since.isoformat(), later.until.isoformat()]]


def test_a_429_honours_ratelimit_reset_then_succeeds(
    trust: TrustProfile, server: Server, client: BlueskyClient, sleeps: list[float]
) -> None:
    reset = str(int(NOW.timestamp()) + 5)
    server.queue = [
        httpx.Response(
            429, json=payload("rate_limited.json"), headers={"ratelimit-reset": reset, "ratelimit-remaining": "0"}
        ),
        ok("search_page2.json"),
    ]
    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    assert len(mentions_of(records)) == 1
    assert len(sleeps) == 1 and 5.0 <= sleeps[0] <= 30


def test_a_429_with_a_distant_reset_goes_to_the_task_retry(
    trust: TrustProfile, server: Server, client: BlueskyClient, sleeps: list[float]
) -> None:
    server.queue = [httpx.Response(429, json=payload("rate_limited.json"), headers={"retry-after": "600"})]
    with pytest.raises(RetriableError) as raised:
        collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    assert raised.value.retry_after == 600 and sleeps == []


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(httpx.Response(500, json=payload("upstream_failure.json")), id="a 500 is retried"),
        pytest.param(httpx.Response(502, text="<html>Bad Gateway</html>"), id="a 502 page is retried"),
        pytest.param(httpx.ConnectTimeout("timed out"), id="a timeout is retried"),
    ],
)
def test_transient_failures_are_retried(
    trust: TrustProfile, server: Server, client: BlueskyClient, sleeps: list[float], failure: httpx.Response | Exception
) -> None:
    server.queue = [failure, ok("search_page2.json")]
    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    assert len(sleeps) == 1 and len(mentions_of(records)) == 1


def test_a_server_that_stays_down_raises_retriable(
    trust: TrustProfile, server: Server, client: BlueskyClient, sleeps: list[float]
) -> None:
    server.queue = [httpx.Response(503, json=payload("upstream_failure.json")) for _ in range(4)]
    with pytest.raises(RetriableError, match="503"):
        collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)
    assert len(sleeps) == 3


@pytest.mark.parametrize(
    ("response", "message"),
    [
        pytest.param(
            httpx.Response(401, json=payload("auth_required.json")),
            "TRUSTWATCH_BLUESKY_APP_PASSWORD",
            id="a 401 is fatal and names the env vars",
        ),
        pytest.param(
            httpx.Response(403, json=payload("auth_required.json")), "TRUSTWATCH_BLUESKY_HANDLE", id="a 403 is fatal"
        ),
        pytest.param(
            httpx.Response(400, json=payload("bad_request.json")),
            "InvalidRequest",
            id="a 400 is fatal with the server's reason",
        ),
        pytest.param(
            httpx.Response(
                200,
                content=b'{"posts": [{"uri": "at://did:plc:x/app.bsky.fe',
                headers={"content-type": "application/json"},
            ),
            "malformed JSON",
            id="truncated JSON is fatal",
        ),
        pytest.param(
            httpx.Response(
                200, content=b"<!doctype html><html><body>Sign in</body></html>", headers={"content-type": "text/html"}
            ),
            "HTML page",
            id="an HTML page instead of JSON is fatal",
        ),
        pytest.param(
            httpx.Response(200, json={"cursor": "x"}), "posts is missing", id="a payload without posts is fatal"
        ),
    ],
)
def test_permanent_failures_are_fatal_and_not_retried(
    trust: TrustProfile,
    server: Server,
    client: BlueskyClient,
    sleeps: list[float],
    response: httpx.Response,
    message: str,
) -> None:
    server.queue = [response]
    cursor = Cursor(source="bluesky-mentions")
    with pytest.raises(FatalError, match=message):
        collect(source(trust, query=GENERAL), WINDOW, cursor, client)
    assert sleeps == [] and cursor.state["covered"] == []


def test_a_wrong_app_password_is_fatal_at_login(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    server.login.mock(return_value=httpx.Response(401, json=payload("invalid_password.json")))
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_HANDLE", "trustwatch-kvh.bsky.social")
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_APP_PASSWORD", "wrong-pass-word-here")
    with (
        pytest.raises(FatalError, match="Invalid identifier or password") as raised,
        open_bluesky_client(ClientSettings(http=HttpSettings(timeout_seconds=1)), source="b"),
    ):
        pass
    assert "wrong-pass-word-here" not in str(raised.value)


def test_open_client_logs_in_with_the_env_credentials(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_HANDLE", "trustwatch-kvh.bsky.social")
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_APP_PASSWORD", "abcd-efgh-ijkl-mnop")
    with open_bluesky_client(ClientSettings(http=HttpSettings(timeout_seconds=3)), source="b") as bluesky:
        assert bluesky.api.request._client.timeout.read == 3
    sent = json.loads(server.login.calls.last.request.content)
    assert sent == {"identifier": "trustwatch-kvh.bsky.social", "password": "abcd-efgh-ijkl-mnop"}


@pytest.mark.parametrize(
    ("unset", "named"),
    [
        pytest.param("TRUSTWATCH_BLUESKY_HANDLE", "TRUSTWATCH_BLUESKY_HANDLE", id="a missing handle is named"),
        pytest.param(
            "TRUSTWATCH_BLUESKY_APP_PASSWORD", "TRUSTWATCH_BLUESKY_APP_PASSWORD", id="a missing app password is named"
        ),
    ],
)
def test_open_client_names_the_missing_env_var(monkeypatch: pytest.MonkeyPatch, unset: str, named: str) -> None:
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_HANDLE", "h.bsky.social")
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_APP_PASSWORD", "p")
    monkeypatch.delenv(unset)
    with (
        pytest.raises(FatalError, match=named),
        open_bluesky_client(ClientSettings(http=HttpSettings(timeout_seconds=1)), source="b"),
    ):
        pass


def test_default_searches_are_one_per_name_and_one_per_handle(trust: TrustProfile) -> None:
    assert build_queries(trust) == [
        Search(q='"Kingsmere Valley Hospitals NHS Foundation Trust"'),
        Search(q='"Kingsmere General"'),
        Search(q="kingsmerenhs.bsky.social", mentions="kingsmerenhs.bsky.social"),
    ]


def test_an_override_written_as_mentions_is_sent_through_the_parameter(trust: TrustProfile) -> None:
    searches = source(trust, query=["mentions:@kingsmerenhs.bsky.social", '"Ward 7" Kingsmere']).searches

    assert searches == [
        Search(q="kingsmerenhs.bsky.social", mentions="kingsmerenhs.bsky.social"),
        Search(q='"Ward 7" Kingsmere'),
    ]


@pytest.mark.parametrize(
    ("options", "field"),
    [
        pytest.param({"query": []}, "query", id="an empty override is refused"),
        pytest.param({"lang": "english"}, "lang", id="a language must be an ISO code"),
        pytest.param({"service": "http://bsky.social"}, "service", id="the service must be https"),
    ],
)
def test_bad_options_name_the_field(trust: TrustProfile, options: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        source(trust, **options)


def _profiles_server(router: respx.MockRouter, asked: list[list[str]]) -> None:
    """getProfiles as the AppView answers it: the known actors among those asked for, unknown ones left out."""
    known = {profile["handle"]: profile for profile in payload("profiles.json")["profiles"]}

    def answer(request: httpx.Request) -> httpx.Response:
        actors = request.url.params.get_list("actors")
        asked.append(actors)
        return httpx.Response(200, json={"profiles": [known[actor] for actor in actors if actor in known]})

    router.get(f"{XRPC}/app.bsky.actor.getProfiles").mock(side_effect=answer)


def test_lookup_accounts_asks_25_actors_a_call_and_returns_those_that_exist(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    assert CONNECTOR.lookup_accounts is lookup_accounts
    asked: list[list[str]] = []
    with respx.mock() as router:
        _profiles_server(router, asked)
        handles = [f"kingsmere-{n}.bsky.social" for n in range(29)] + ["@kingsmerenhs-support.bsky.social"]
        found = lookup_accounts(source(trust), client, [*handles, "not a handle"])
    assert [len(batch) for batch in asked] == [25, 5]
    assert "not a handle" not in [actor for batch in asked for actor in batch]
    assert [account.handle for account in found] == ["kingsmerenhs-support.bsky.social"]
    fake = found[0]
    assert fake.account_id == "did:plc:f4k3kvhsupp0rt0000000001"
    assert fake.display_name == "Kingsmere Valley Hospitals Support"
    assert fake.description is not None and "DM us" in fake.description
    assert (fake.followers, fake.following) == (4, 310)
    assert fake.created_at == datetime(2025, 6, 4, 21, 3, 10, tzinfo=UTC)
    assert fake.url == "https://bsky.app/profile/kingsmerenhs-support.bsky.social"


def test_the_search_reaches_back_past_since_and_trims_to_the_window_on_created_at(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    # since/until filter on sortAt, the earlier of createdAt and indexedAt: a post whose author's
    # clock ran ahead of Bluesky's sorts before its createdAt, so the request reaches further back
    # and every post is then kept or dropped on its createdAt, the time the app shows.
    server.answers[(GENERAL, None)] = ok("search_links_cards_clock.json")

    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)

    sent = server.searches[0]
    assert (sent["since"], sent["until"]) == ("2025-06-09T11:00:00.000Z", "2025-06-10T11:00:00.000Z")
    assert [m.native_id.rsplit("/", 1)[1] for m in mentions_of(records)] == [
        "3lr6earlyclk",  # created inside the window, sorted (indexed) before it
        "3lr7extcard01",
        "3lr7linkfacet",
    ]
    assert all(WINDOW.contains(m.published_at) for m in mentions_of(records))
    authors = {r.account_id for r in records if isinstance(r, Account)}
    assert "did:plc:futureclock77" not in authors and "did:plc:beforewindow1" not in authors


def test_link_facets_put_the_full_address_back_in_the_text(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    server.answers[(GENERAL, None)] = ok("search_links_cards_clock.json")

    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)

    linked = next(m for m in mentions_of(records) if m.native_id.endswith("3lr7linkfacet"))
    assert linked.text == (
        "Mum\u2019s fortnight on Ward 7 at Kingsmere General \u2014 all written up: "
        "https://kvparents.example.org/stories/ward-7-at-kingsmere-general?ref=bsky cc @kingsmerenhs.bsky.social"
    )
    assert linked.title == "A fortnight on Ward 7"


def test_a_link_card_title_is_the_mentions_title(trust: TrustProfile, server: Server, client: BlueskyClient) -> None:
    server.answers[(GENERAL, None)] = ok("search_links_cards_clock.json")

    records = collect(source(trust, query=GENERAL), WINDOW, Cursor(source="bluesky-mentions"), client)

    card = next(m for m in mentions_of(records) if m.native_id.endswith("3lr7extcard01"))
    assert card.title == "Kingsmere General A&E waits longest in the region"
    assert card.text == "Our health correspondent has the figures \U0001f447"
    assert card.kind == "post"
    assert "Kingsmere General" in card.full_text


def test_an_official_handle_is_searched_with_the_mentions_parameter(
    trust: TrustProfile, server: Server, client: BlueskyClient
) -> None:
    collect(source(trust), WINDOW, Cursor(source="bluesky-mentions"), client)

    handle_searches = [sent for sent in server.searches if "mentions" in sent]
    assert len(handle_searches) == 1
    assert handle_searches[0]["mentions"] == "kingsmerenhs.bsky.social"
    assert not any("mentions:" in sent["q"] for sent in server.searches)


def test_in_replay_mode_the_sdk_logs_in_and_searches_against_the_recordings_with_no_credentials(
    trust: TrustProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRUSTWATCH_BLUESKY_HANDLE", raising=False)
    monkeypatch.delenv("TRUSTWATCH_BLUESKY_APP_PASSWORD", raising=False)
    folder = tmp_path / "bluesky"
    folder.mkdir()
    shutil.copy(FIXTURES / "create_session.json", folder / "session.json")
    shutil.copy(FIXTURES / "search_links_cards_clock.json", folder / "search.json")
    search = (
        f"{XRPC}/app.bsky.feed.searchPosts?q=%22Kingsmere+General%22&since=2025-06-09T11%3A00%3A00.000Z"
        "&until=2025-06-10T11%3A00%3A00.000Z&limit=100&sort=latest"
    )
    json_type = {"content-type": "application/json; charset=utf-8"}
    (folder / "recordings.json").write_text(
        json.dumps(
            [
                {
                    "method": "POST",
                    "url": f"{XRPC}/com.atproto.server.createSession",
                    "headers": json_type,
                    "body_file": "session.json",
                },
                {"url": search, "headers": json_type, "body_file": "search.json"},
            ]
        ),
        encoding="utf-8",
    )
    src = source(trust, query=GENERAL)

    with CONNECTOR.open_client(src, ClientSettings(http=HttpSettings(replay_dir=tmp_path))) as bluesky:
        records = collect(src, WINDOW, Cursor(source="bluesky-mentions"), bluesky)

    assert len(mentions_of(records)) == 3
