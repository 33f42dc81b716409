"""Care Opinion v2 connector, replayed with respx: paging, the login-redirect quirk, the rate limiter."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import respx

from connectors._http import RetryPolicy
from connectors.base import ClientSettings
from connectors.care_opinion import CONNECTOR, CareOpinionSource, fetch
from connectors.care_opinion.client import OPINIONS_URL, CareOpinionClient, TokenBucket, build_client
from connectors.care_opinion.mapping import opinion_to_mention
from trustwatch.errors import FatalError
from trustwatch.records import Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "care_opinion"
WINDOW = Window(since=datetime(2025, 3, 10, 8, tzinfo=UTC), until=datetime(2025, 3, 11, 8, tzinfo=UTC))
TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", ods_codes=["R9K", "R9K01"])
SETTINGS = Settings.model_validate(
    {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
)
LOGIN_URL = "https://www.careopinion.org.uk/account/login?ReturnUrl=%2fapi%2fv2%2fopinions"


class FakeTime:
    """A clock that only moves when something sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def make_client(retry_sleeps: list[float] | None = None, time: FakeTime | None = None) -> CareOpinionClient:
    time = time or FakeTime()
    client = build_client(
        ClientSettings.of(SETTINGS),
        key="test-key",
        source="co-test",
        bucket=TokenBucket(clock=time.clock, sleep=time.sleep),
    )
    client.policy = RetryPolicy(sleep=(retry_sleeps if retry_sleeps is not None else []).append)
    return client


def opinions_fixture(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"] == "SUBSCRIPTION_KEY test-key"
    params = request.url.params
    path = FIXTURES / f"{params['nacs']}_skip{params['skip']}.json"
    return httpx.Response(200, content=path.read_bytes(), headers={"content-type": "application/json; charset=utf-8"})


PAGED = CareOpinionSource(name="co-test", trust=TRUST, page_size=2)
WHOLE_SCOPE = CareOpinionSource(name="co-test", trust=TRUST.model_copy(update={"ods_codes": []}))


def run(source: CareOpinionSource, client: CareOpinionClient | None = None, window: Window = WINDOW) -> list[Mention]:
    records = list(fetch(source, window, Cursor(source="co-test"), client or make_client()))
    return [record for record in records if isinstance(record, Mention)]


@respx.mock
def test_every_page_of_every_service_is_read_until_an_opinion_is_published_after_the_window() -> None:
    route = respx.get(OPINIONS_URL).mock(side_effect=opinions_fixture)
    mentions = run(PAGED)
    assert [mention.native_id for mention in mentions] == ["1204377", "1204402", "1204456", "1204498"]
    asked = [(call.request.url.params["nacs"], call.request.url.params["skip"]) for call in route.calls]
    assert asked == [("r9k", "0"), ("r9k01", "0"), ("r9k01", "2"), ("r9k01", "4")]
    assert route.calls[0].request.url.params["publishedafter"] == "2025-03-10"
    assert route.calls[0].request.url.params["take"] == "2"


@respx.mock
def test_an_opinion_maps_to_a_review_with_markdown_text_kept_and_no_invented_rating() -> None:
    respx.get(OPINIONS_URL).mock(side_effect=opinions_fixture)
    mentions = {mention.native_id: mention for mention in run(PAGED)}
    wait = mentions["1204377"]
    assert wait.kind == "review" and wait.platform == "care_opinion"
    assert wait.title == "Long wait for a bed"
    assert wait.text == (
        "My husband waited **14 hours** in A&E at Kingsmere General for a bed on a ward.\n\nThe staff kept apologising."
    )
    assert wait.url == "https://www.careopinion.org.uk/1204377"
    assert wait.published_at == datetime(2025, 3, 10, 9, 45, 31, tzinfo=UTC)
    assert wait.rating is None
    assert wait.raw["criticality"] == "mildly critical"
    assert mentions["1204456"].text.endswith("safe.\n\n- Sam\n- Jo")


@respx.mock
def test_an_opinion_with_its_body_withheld_is_kept_with_empty_text_and_the_raw_null() -> None:
    respx.get(OPINIONS_URL).mock(side_effect=opinions_fixture)
    withheld = {mention.native_id: mention for mention in run(PAGED)}["1204402"]
    assert withheld.text == ""
    assert withheld.title == "Outpatient letters"
    assert withheld.raw["body"] is None and withheld.raw["authorAgeGroup"] is None


@respx.mock
def test_an_opinion_about_the_trust_and_its_site_is_yielded_once() -> None:
    respx.get(OPINIONS_URL).mock(side_effect=opinions_fixture)
    ids = [mention.native_id for mention in run(PAGED)]
    assert len(ids) == len(set(ids))


@respx.mock
def test_the_same_window_twice_yields_the_same_ids_and_an_overlapping_window_no_duplicates() -> None:
    respx.get(OPINIONS_URL).mock(side_effect=opinions_fixture)
    first = [mention.native_id for mention in run(PAGED)]
    second = [mention.native_id for mention in run(PAGED)]
    later = Window(since=datetime(2025, 3, 10, 12, tzinfo=UTC), until=datetime(2025, 3, 11, 12, tzinfo=UTC))
    overlapping = [mention.native_id for mention in run(PAGED, window=later)]
    assert first == second
    assert len(overlapping) == len(set(overlapping)) == 4
    assert set(first) & set(overlapping) == {"1204402", "1204456", "1204498"}


@respx.mock
def test_the_cursor_records_the_newest_publication_seen() -> None:
    respx.get(OPINIONS_URL).mock(side_effect=opinions_fixture)
    cursor = Cursor(source="co-test")
    list(fetch(PAGED, WINDOW, cursor, make_client()))
    assert cursor.state["newest_published_at"] == "2025-03-11T07:59:59+00:00"


@respx.mock
def test_no_services_means_the_whole_subscription_scope_and_an_empty_answer_yields_nothing() -> None:
    route = respx.get(OPINIONS_URL).respond(200, json=[])
    assert run(WHOLE_SCOPE) == []
    assert "nacs" not in route.calls[0].request.url.params


@respx.mock
def test_a_429_is_retried_after_the_wait_care_opinion_asked_for() -> None:
    sleeps: list[float] = []
    respx.get(OPINIONS_URL).mock(
        side_effect=[
            httpx.Response(429, text="Too many requests", headers={"Retry-After": "1"}),
            httpx.Response(200, json=json.loads((FIXTURES / "r9k_skip0.json").read_text())),
        ]
    )
    source = CareOpinionSource(name="co-test", trust=TRUST, services=["r9k"])
    assert [mention.native_id for mention in run(source, make_client(sleeps))] == ["1204456"]
    assert len(sleeps) == 1 and sleeps[0] >= 1.0


@respx.mock
def test_a_5xx_is_retried() -> None:
    sleeps: list[float] = []
    respx.get(OPINIONS_URL).mock(side_effect=[httpx.Response(502, text="Bad gateway"), httpx.Response(200, json=[])])
    assert run(WHOLE_SCOPE, make_client(sleeps)) == []
    assert len(sleeps) == 1


@respx.mock
def test_an_invalid_key_redirected_to_the_login_page_fails_clearly() -> None:
    respx.get(OPINIONS_URL).respond(302, headers={"Location": LOGIN_URL})
    respx.get(LOGIN_URL).respond(
        200, content=(FIXTURES / "login_page.html").read_bytes(), headers={"content-type": "text/html; charset=utf-8"}
    )
    with pytest.raises(
        FatalError, match=r"rejected the subscription key \(it redirects invalid keys to a login page\)"
    ):
        run(WHOLE_SCOPE)


@respx.mock
def test_a_login_page_served_without_a_redirect_fails_just_as_clearly() -> None:
    respx.get(OPINIONS_URL).respond(
        200, content=(FIXTURES / "login_page.html").read_bytes(), headers={"content-type": "text/html; charset=utf-8"}
    )
    with pytest.raises(FatalError, match="TRUSTWATCH_CARE_OPINION_KEY"):
        run(WHOLE_SCOPE)


@pytest.mark.parametrize(
    ("response", "message"),
    [
        pytest.param(httpx.Response(401, text="Unauthorized"), "401", id="401 is fatal"),
        pytest.param(httpx.Response(403, text="Forbidden"), "403", id="403 is fatal"),
        pytest.param(
            httpx.Response(
                200, text='[{"id": 1204377, "title": "Long wa', headers={"content-type": "application/json"}
            ),
            "malformed JSON",
            id="truncated JSON is fatal",
        ),
        pytest.param(
            httpx.Response(
                200,
                text="<html><body><h1>Sorry! Something went wrong.</h1></body></html>",
                headers={"content-type": "text/html"},
            ),
            "HTML page",
            id="an error page where JSON was expected is fatal",
        ),
        pytest.param(
            httpx.Response(200, json={"message": "ok"}), "JSON array", id="an object instead of the array is fatal"
        ),
    ],
)
@respx.mock
def test_answers_that_retrying_cannot_cure_are_fatal(response: httpx.Response, message: str) -> None:
    respx.get(OPINIONS_URL).mock(return_value=response)
    with pytest.raises(FatalError, match=message):
        run(WHOLE_SCOPE)


def test_the_token_bucket_allows_a_burst_of_five_then_five_a_second() -> None:
    time = FakeTime()
    bucket = TokenBucket(clock=time.clock, sleep=time.sleep)
    for _ in range(11):
        bucket.acquire()
    assert sum(time.sleeps) == pytest.approx(6 / 5)


@respx.mock
def test_every_request_including_retries_waits_for_the_rate_limiter() -> None:
    time = FakeTime()
    respx.get(OPINIONS_URL).mock(
        side_effect=[httpx.Response(503)] * 3 + [httpx.Response(200, json=[]) for _ in range(3)]
    )
    client = make_client(time=time)
    for _ in range(3):
        run(WHOLE_SCOPE, client)
    # Four attempts in the first run and one in each of the next two: five made the burst, the sixth waited.
    assert sum(time.sleeps) == pytest.approx(1 / 5)


def test_a_missing_key_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTWATCH_CARE_OPINION_KEY", raising=False)
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_CARE_OPINION_KEY"),
        CONNECTOR.open_client(PAGED, ClientSettings.of(SETTINGS)),
    ):
        pass


def test_a_malformed_service_id_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Care Opinion service id"):
        CareOpinionSource(name="co-test", trust=TRUST, services=["R9K 01"])


@respx.mock
def test_links_are_read_as_documented_rel_id_href_to_name_the_services_a_story_is_about() -> None:
    respx.get(OPINIONS_URL).mock(side_effect=opinions_fixture)
    mentions = {mention.native_id: mention for mention in run(PAGED)}

    assert all(set(link) == {"rel", "id", "href"} for m in mentions.values() for link in m.raw["links"])
    assert mentions["1204402"].raw["services"] == ["r9k01"]
    assert mentions["1204456"].raw["services"] == ["r9k01", "r9k"]


def test_a_link_in_an_undocumented_shape_is_not_read() -> None:
    opinion = {
        "id": 1,
        "title": "t",
        "body": "b",
        "dateOfPublication": "2025-03-10T07:12:00Z",
        "links": [{"relation": "healthservice", "id": "r9k01", "link": "https://www.careopinion.org.uk/x"}],
    }

    assert opinion_to_mention(opinion, source="co-test").raw["services"] == []


@respx.mock
def test_a_refused_request_quotes_care_opinions_reason_without_the_key() -> None:
    respx.get(OPINIONS_URL).respond(400, json={"message": "The parameter 'publishedafter' is not a valid date."})

    with pytest.raises(FatalError, match="is not a valid date") as raised:
        run(WHOLE_SCOPE)

    assert "test-key" not in str(raised.value)
