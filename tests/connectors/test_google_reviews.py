"""Google Business Profile reviews connector, replayed with respx: token exchange, paging, errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from connectors._http import RetryPolicy
from connectors.base import ClientSettings
from connectors.google_reviews import CONNECTOR, GoogleReviewsSource, fetch
from connectors.google_reviews.client import API_ROOT, TOKEN_URL, GoogleReviewsClient, OAuthCredentials
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError
from trustwatch.records import Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "google_reviews"
WINDOW = Window(since=datetime(2025, 3, 10, tzinfo=UTC), until=datetime(2025, 3, 11, tzinfo=UTC))
TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust")
GENERAL = "accounts/108273645019283746501/locations/2839475610293847561"
ASHBY = "accounts/108273645019283746501/locations/9182736450918273645"
GENERAL_URL = f"{API_ROOT}/{GENERAL}/reviews"
ASHBY_URL = f"{API_ROOT}/{ASHBY}/reviews"
SOURCE = GoogleReviewsSource(name="google-test", trust=TRUST, locations=[GENERAL, ASHBY])
ONE_LOCATION = GoogleReviewsSource(name="google-test", trust=TRUST, locations=[GENERAL])


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def make_client(sleeps: list[float] | None = None, clock: Clock | None = None) -> GoogleReviewsClient:
    return GoogleReviewsClient(
        http=httpx.Client(timeout=5.0),
        credentials=OAuthCredentials(client_id="client-id", client_secret="client-secret", refresh_token="1//refresh"),
        max_bytes=1_000_000,
        source="google-test",
        policy=RetryPolicy(sleep=(sleeps if sleeps is not None else []).append),
        clock=clock or Clock(),
    )


def serve_general(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"] == "Bearer ya29.a0AfB_test-access-token"
    assert request.url.params["pageSize"] == "50"
    assert request.url.params["orderBy"] == "updateTime desc"
    token = request.url.params.get("pageToken")
    if token is None:
        return httpx.Response(200, json=fixture("kingsmere_general_page1.json"))
    if token == "CiAKGjBJOFVfTm9ueVNGZ2c1d1BfT0VHR3pJMnpfZxAC":
        return httpx.Response(200, json=fixture("kingsmere_general_page2.json"))
    return httpx.Response(500, json={"error": {"code": 500, "status": "INTERNAL"}})


def mock_token() -> respx.Route:
    return respx.post(TOKEN_URL).respond(200, json=fixture("token.json"))


def run(source: GoogleReviewsSource = SOURCE, client: GoogleReviewsClient | None = None) -> list[Mention]:
    records = list(fetch(source, WINDOW, Cursor(source="google-test"), client or make_client()))
    return [record for record in records if isinstance(record, Mention)]


@respx.mock
def test_pages_are_followed_until_a_review_was_last_updated_before_the_window() -> None:
    token = mock_token()
    general = respx.get(GENERAL_URL).mock(side_effect=serve_general)
    respx.get(ASHBY_URL).respond(200, json=fixture("ashby_moor_empty.json"))
    mentions = run()
    assert [mention.author_name for mention in mentions] == ["Dave Hollis", "Mo Ahmed", None, "Priya Sharma"]
    assert general.call_count == 2  # the third page is never asked for
    assert token.call_count == 1  # one token serves the whole run
    form = dict(httpx.QueryParams(token.calls[0].request.content.decode()))
    assert form == {
        "grant_type": "refresh_token",
        "client_id": "client-id",
        "client_secret": "client-secret",
        "refresh_token": "1//refresh",
    }


@respx.mock
def test_a_review_maps_stars_text_reviewer_and_keeps_the_raw_reply() -> None:
    mock_token()
    respx.get(GENERAL_URL).mock(side_effect=serve_general)
    mentions = {mention.native_id: mention for mention in run(ONE_LOCATION)}
    praise = mentions["AbFvOqn7Tz3kq1Xw2y9Lr0sV6hJc"]
    assert praise.kind == "review" and praise.platform == "google_reviews"
    assert praise.rating == 5.0
    assert praise.author_name == "Priya Sharma"
    assert praise.published_at == datetime(2025, 3, 10, 20, 11, 5, 123456, tzinfo=UTC)
    assert praise.raw["reviewReply"]["comment"].startswith("Thank you Priya")
    assert praise.raw["location"] == GENERAL
    translated = mentions["AbFvOqkX9mP2rT8vW4yZ1bC3dE5f"]
    assert translated.rating == 1.0
    assert translated.text.startswith("(Translated by Google) Six hours waiting in A&E with a broken wrist. No water")
    assert translated.text.endswith("Nikt nie zaproponował wody.")


@respx.mock
def test_an_anonymous_reviewer_and_a_rating_without_words_are_marked_missing() -> None:
    mock_token()
    respx.get(GENERAL_URL).mock(side_effect=serve_general)
    mentions = {mention.native_id: mention for mention in run(ONE_LOCATION)}
    assert mentions["AbFvOqkX9mP2rT8vW4yZ1bC3dE5f"].author_name is None  # "A Google user", anonymous
    rating_only = mentions["AbFvOqmZ1xC3vB5nM7qW9eR1tY3u"]
    assert rating_only.text == "" and "comment" not in rating_only.raw
    assert rating_only.rating == 4.0


@respx.mock
def test_a_review_edited_inside_the_window_is_collected_with_its_original_posting_date() -> None:
    mock_token()
    respx.get(GENERAL_URL).mock(side_effect=serve_general)
    edited = {mention.native_id: mention for mention in run(ONE_LOCATION)}["AbFvOqlQ7wE4rT6yU8iO0pA2sD4f"]
    assert edited.published_at == datetime(2025, 2, 1, 10, tzinfo=UTC)
    assert edited.rating == 3.0


@respx.mock
def test_the_same_window_twice_yields_the_same_ids_without_duplicates() -> None:
    mock_token()
    respx.get(GENERAL_URL).mock(side_effect=serve_general)
    respx.get(ASHBY_URL).respond(200, json={})
    first = [mention.native_id for mention in run()]
    second = [mention.native_id for mention in run()]
    assert first == second
    assert len(first) == len(set(first)) == 4


@respx.mock
def test_overlapping_windows_share_reviews_but_never_repeat_one_within_a_fetch() -> None:
    mock_token()
    respx.get(GENERAL_URL).mock(side_effect=serve_general)
    later = Window(since=datetime(2025, 3, 10, 12, tzinfo=UTC), until=datetime(2025, 3, 11, 12, tzinfo=UTC))
    records = list(fetch(ONE_LOCATION, later, Cursor(source="google-test"), make_client()))
    ids = [record.native_id for record in records if isinstance(record, Mention)]
    assert ids == ["AbFvOqkX9mP2rT8vW4yZ1bC3dE5f", "AbFvOqn7Tz3kq1Xw2y9Lr0sV6hJc"]


@respx.mock
def test_a_location_without_reviews_yields_nothing() -> None:
    mock_token()
    respx.get(ASHBY_URL).respond(200, json=fixture("ashby_moor_empty.json"))
    assert run(GoogleReviewsSource(name="google-test", trust=TRUST, locations=[ASHBY])) == []


@respx.mock
def test_an_expired_access_token_is_renewed_before_the_next_request() -> None:
    token = mock_token()
    respx.get(GENERAL_URL).mock(side_effect=serve_general)
    clock = Clock()
    client = make_client(clock=clock)
    run(ONE_LOCATION, client)
    clock.now += 3600
    run(ONE_LOCATION, client)
    assert token.call_count == 2


@respx.mock
def test_a_429_is_retried_with_backoff_and_then_succeeds() -> None:
    sleeps: list[float] = []
    mock_token()
    respx.get(GENERAL_URL).mock(
        side_effect=[
            httpx.Response(429, json=fixture("error_429.json"), headers={"Retry-After": "7"}),
            httpx.Response(200, json=fixture("kingsmere_general_page2.json")),
        ]
    )
    assert [mention.native_id for mention in run(ONE_LOCATION, make_client(sleeps))] == ["AbFvOqmZ1xC3vB5nM7qW9eR1tY3u"]
    assert len(sleeps) == 1 and sleeps[0] >= 7.0


@respx.mock
def test_5xx_answers_are_retried_and_a_persistent_one_stays_retriable() -> None:
    sleeps: list[float] = []
    mock_token()
    respx.get(GENERAL_URL).respond(503, json={"error": {"code": 503, "status": "UNAVAILABLE"}})
    with pytest.raises(RetriableError, match="503"):
        run(ONE_LOCATION, make_client(sleeps))
    assert len(sleeps) == 3  # four attempts, then Prefect's task retry takes over


@pytest.mark.parametrize(
    ("response", "message"),
    [
        pytest.param(httpx.Response(401, json=fixture("error_401.json")), "401", id="a rejected access token is fatal"),
        pytest.param(
            httpx.Response(403, json=fixture("error_403.json")), "403", id="a location we do not manage is fatal"
        ),
        pytest.param(
            httpx.Response(200, text='{"reviews": [{"reviewId": "AbFv', headers={"content-type": "application/json"}),
            "malformed JSON",
            id="truncated JSON is fatal",
        ),
        pytest.param(
            httpx.Response(
                200,
                text="<html><head><title>Sign in - Google Accounts</title></head><body></body></html>",
                headers={"content-type": "text/html; charset=UTF-8"},
            ),
            "HTML page",
            id="an HTML page where JSON was expected is fatal",
        ),
    ],
)
@respx.mock
def test_answers_that_retrying_cannot_cure_are_fatal(response: httpx.Response, message: str) -> None:
    mock_token()
    respx.get(GENERAL_URL).mock(return_value=response)
    with pytest.raises(FatalError, match=message):
        run(ONE_LOCATION)


@respx.mock
def test_a_revoked_refresh_token_is_fatal_and_names_the_variables() -> None:
    respx.post(TOKEN_URL).respond(400, json=fixture("error_invalid_grant.json"))
    with pytest.raises(FatalError, match="TRUSTWATCH_GOOGLE_REFRESH_TOKEN"):
        run(ONE_LOCATION)


def test_a_missing_credential_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTWATCH_GOOGLE_CLIENT_ID", "id")
    monkeypatch.setenv("TRUSTWATCH_GOOGLE_CLIENT_SECRET", "secret")
    monkeypatch.delenv("TRUSTWATCH_GOOGLE_REFRESH_TOKEN", raising=False)
    settings = Settings.model_validate(
        {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
    )
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_GOOGLE_REFRESH_TOKEN"),
        CONNECTOR.open_client(SOURCE, ClientSettings.of(settings)),
    ):
        pass


@pytest.mark.parametrize(
    "locations",
    [
        pytest.param([], id="no locations is refused"),
        pytest.param(["locations/2839475610293847561"], id="a location without its account is refused"),
    ],
)
def test_bad_locations_are_refused(locations: list[str]) -> None:
    with pytest.raises(ValueError, match="locations"):
        GoogleReviewsSource(name="google-test", trust=TRUST, locations=locations)


@respx.mock
def test_the_trusts_reply_is_mapped_with_the_review_it_answers() -> None:
    mock_token()
    respx.get(GENERAL_URL).mock(side_effect=serve_general)
    mentions = {mention.native_id: mention for mention in run(ONE_LOCATION)}

    assert mentions["AbFvOqn7Tz3kq1Xw2y9Lr0sV6hJc"].raw["reply"] == {
        "author": "Kingsmere Valley Hospitals NHS Foundation Trust",
        "text": "Thank you Priya, we have passed this on to the Ward 12 team.",
        "replied_at": "2025-03-11T08:02:44.501000+00:00",
    }
    assert "reply" not in mentions["AbFvOqkX9mP2rT8vW4yZ1bC3dE5f"].raw  # not answered: no reply invented


@respx.mock
def test_a_project_with_no_quota_for_the_api_is_quota_exhausted_at_once_not_retried() -> None:
    sleeps: list[float] = []
    mock_token()
    route = respx.get(GENERAL_URL).respond(429, json=fixture("error_429_quota_zero.json"))

    with pytest.raises(QuotaExhausted) as raised:
        run(ONE_LOCATION, make_client(sleeps))

    assert route.call_count == 1 and sleeps == []
    assert "quota of 0" in str(raised.value) and "DefaultRequestsPerMinutePerProject" in str(raised.value)
    assert raised.value.source == "google-test"


@respx.mock
def test_a_spent_daily_quota_is_quota_exhausted_not_retried() -> None:
    sleeps: list[float] = []
    mock_token()
    route = respx.get(GENERAL_URL).respond(429, json=fixture("error_429_daily_quota.json"))

    with pytest.raises(QuotaExhausted, match="DefaultRequestsPerDayPerProject"):
        run(ONE_LOCATION, make_client(sleeps))

    assert route.call_count == 1 and sleeps == []


@respx.mock
def test_fatal_errors_say_what_google_said_and_never_carry_the_credentials() -> None:
    respx.post(TOKEN_URL).respond(400, json=fixture("error_invalid_grant.json"))
    with pytest.raises(FatalError) as revoked:
        run(ONE_LOCATION)
    mock_token()
    respx.get(GENERAL_URL).respond(403, json=fixture("error_403.json"))
    with pytest.raises(FatalError) as refused:
        run(ONE_LOCATION)

    assert "Token has been expired or revoked." in str(revoked.value)
    assert "The caller does not have permission; PERMISSION_DENIED" in str(refused.value)
    for error in (revoked.value, refused.value):
        assert "1//refresh" not in str(error) and "client-secret" not in str(error)
        assert "ya29" not in str(error)
