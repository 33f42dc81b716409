"""NHS website connector: the Comments API and the review-page scraper, replayed with respx."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import respx

from connectors._http import RetryPolicy
from connectors.base import ClientSettings
from connectors.nhs_website import CONNECTOR, NhsWebsiteSource, SourceBroken, fetch
from connectors.nhs_website.client import COMMENTS_URL, ApiRetired, NhsWebsiteClient, build_client
from connectors.nhs_website.mapping import UK, comment_to_mention, parse_uk_timestamp
from connectors.nhs_website.scraper import parse_review_page
from trustwatch.errors import FatalError
from trustwatch.records import Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "nhs_website"
WINDOW = Window(since=datetime(2025, 3, 10, tzinfo=UTC), until=datetime(2025, 3, 11, tzinfo=UTC))
TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", ods_codes=["R9K", "R9K01"])
SETTINGS = Settings.model_validate(
    {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
)
PAGE = "https://www.nhs.uk/services/hospital/kingsmere-general-hospital/R9K01/ratings-and-reviews"


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_client(key: str | None = "test-key", sleeps: Sleeps | None = None) -> NhsWebsiteClient:
    client = build_client(ClientSettings.of(SETTINGS), subscription_key=key, source="nhs-test")
    client.policy = RetryPolicy(sleep=Sleeps() if sleeps is None else sleeps)
    return client


def api_fixture(request: httpx.Request) -> httpx.Response:
    params = request.url.params
    assert request.headers["subscription-key"] == "test-key"
    name = f"{params['odsCode']}_{params['status']}_{params['offset']}.json"
    return httpx.Response(
        200, content=(FIXTURES / "api" / name).read_bytes(), headers={"content-type": "application/json"}
    )


def page_fixture(name: str) -> httpx.Response:
    return httpx.Response(
        200, content=(FIXTURES / "pages" / name).read_bytes(), headers={"content-type": "text/html; charset=utf-8"}
    )


def serve_both_pages() -> None:
    # The more specific route first: respx matches a URL without a query against any query.
    respx.get(PAGE, params={"currentPage": "2"}).mock(return_value=page_fixture("kingsmere_general_page2.html"))
    respx.get(PAGE).mock(return_value=page_fixture("kingsmere_general_page1.html"))


def source(**options: object) -> NhsWebsiteSource:
    return NhsWebsiteSource.model_validate({"name": "nhs-test", "trust": TRUST, **options})


API = source(mode="api", page_size=2)
ONE_CODE = source(mode="api", ods_codes=["R9K01"], include_removed=False)
SCRAPE = source(mode="scrape", review_pages=[PAGE])


def run(
    config: NhsWebsiteSource, client: NhsWebsiteClient | None = None, cursor: Cursor | None = None
) -> list[Mention]:
    records = list(fetch(config, WINDOW, cursor or Cursor(source="nhs-test"), client or make_client()))
    assert all(isinstance(record, Mention) for record in records)
    return [record for record in records if isinstance(record, Mention)]


@respx.mock
def test_the_api_pages_through_every_code_and_status_and_yields_window_reviews_oldest_first() -> None:
    route = respx.get(COMMENTS_URL).mock(side_effect=api_fixture)
    mentions = run(API)
    assert [mention.title for mention in mentions] == [
        "Outstanding maternity care",
        "Named member of staff",
        "Discharge was badly handled",
        "Kind staff in A&E",
    ]
    offsets = [(call.request.url.params["odsCode"], call.request.url.params["offset"]) for call in route.calls]
    assert offsets.count(("R9K01", "0")) == 2 and ("R9K01", "4") in offsets


@respx.mock
def test_the_api_asks_for_the_uk_days_the_window_covers() -> None:
    route = respx.get(COMMENTS_URL).mock(side_effect=api_fixture)
    run(API)
    first = route.calls[0].request.url.params
    assert (first["fromDate"], first["toDate"], first["limit"]) == ("2025-03-10", "2025-03-10", "2")


@respx.mock
def test_a_review_listed_under_the_trust_and_its_site_is_yielded_once() -> None:
    respx.get(COMMENTS_URL).mock(side_effect=api_fixture)
    ids = [mention.native_id for mention in run(API)]
    assert len(ids) == len(set(ids)) == 4


@respx.mock
def test_an_api_review_maps_title_text_rating_and_author_with_entities_decoded() -> None:
    respx.get(COMMENTS_URL).mock(side_effect=api_fixture)
    mentions = {mention.native_id: mention for mention in run(API)}
    kind = mentions["6c1e9b52-3f0a-4d7e-9a41-2b8f5e0d7c13"]
    assert kind.kind == "review" and kind.platform == "nhs_website"
    assert kind.title == "Kind staff in A&E"
    assert (
        kind.text
        == "The nurses in A&E were kind and explained everything.\nThe wait was long (5 hours) but I felt safe."
    )
    assert kind.rating == 4.0
    assert kind.author_name == "Anonymous"
    assert kind.published_at == datetime(2025, 3, 10, 21, 47, 12, tzinfo=UTC)
    assert kind.raw["comment"]["department"] == "Accident and emergency"
    discharge = mentions["0f7d4a63-81c2-4b5e-b0d9-7e6a1c3f2b48"]
    assert discharge.rating == 1.0  # the overall question, not the friends-and-family one
    assert "\n\nNobody on Ward 7" in discharge.text and "transport and no" in discharge.text
    assert discharge.raw["response"]["responseId"] == "r-55120"
    assert mentions["b2a9e0c4-7d31-4f86-a5c2-9e4b1d0f6a27"].text.endswith(
        "wonderful \u2013 calm, kind and professional."
    )


@respx.mock
def test_a_removed_review_is_kept_and_marked_deleted() -> None:
    respx.get(COMMENTS_URL).mock(side_effect=api_fixture)
    removed = {mention.native_id: mention for mention in run(API)}["d4c3b2a1-0f9e-48d7-b6a5-c4d3e2f1a0b9"]
    assert removed.deleted


@respx.mock
def test_the_same_window_twice_yields_the_same_ids_and_overlapping_windows_no_duplicates() -> None:
    respx.get(COMMENTS_URL).mock(side_effect=api_fixture)
    first = [mention.native_id for mention in run(API)]
    second = [mention.native_id for mention in run(API)]
    wider = Window(since=datetime(2025, 3, 9, 12, tzinfo=UTC), until=datetime(2025, 3, 10, 12, tzinfo=UTC))
    overlapping = [
        m.native_id for m in fetch(API, wider, Cursor(source="nhs-test"), make_client()) if isinstance(m, Mention)
    ]
    assert first == second
    assert len(overlapping) == len(set(overlapping))


@respx.mock
def test_an_empty_result_yields_nothing() -> None:
    respx.get(COMMENTS_URL).respond(200, json={"comments": []})
    assert run(ONE_CODE) == []


@respx.mock
def test_a_429_is_retried_after_the_wait_the_api_asked_for() -> None:
    sleeps = Sleeps()
    respx.get(COMMENTS_URL).mock(
        side_effect=[
            httpx.Response(
                429, json={"statusCode": 429, "message": "Rate limit is exceeded."}, headers={"Retry-After": "2"}
            ),
            httpx.Response(200, json=json.loads((FIXTURES / "api" / "R9K_published_0.json").read_text())),
        ]
    )
    mentions = run(ONE_CODE, make_client(sleeps=sleeps))
    assert [mention.title for mention in mentions] == ["Kind staff in A&E"]
    assert len(sleeps) == 1 and sleeps[0] >= 2.0


@respx.mock
def test_5xx_answers_are_retried_until_the_api_answers() -> None:
    sleeps = Sleeps()
    respx.get(COMMENTS_URL).mock(
        side_effect=[
            httpx.Response(500, text="Internal Server Error"),
            httpx.Response(503, text="Service Unavailable"),
            httpx.Response(200, json={"comments": []}),
        ]
    )
    assert run(ONE_CODE, make_client(sleeps=sleeps)) == []
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("response", "message"),
    [
        pytest.param(
            httpx.Response(
                401,
                json={
                    "statusCode": 401,
                    "message": "Access denied due to invalid subscription key. Make sure to provide a valid key "
                    "for an active subscription.",
                },
            ),
            "401",
            id="an invalid subscription key is fatal",
        ),
        pytest.param(httpx.Response(403, json={"statusCode": 403, "message": "Forbidden"}), "403", id="403 is fatal"),
        pytest.param(
            httpx.Response(
                200, text='{"comments": [{"comment": {"commentId": "6c1e', headers={"content-type": "application/json"}
            ),
            "malformed JSON",
            id="truncated JSON is fatal",
        ),
        pytest.param(
            httpx.Response(
                200,
                text="<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>",
                headers={"content-type": "text/html"},
            ),
            "HTML page",
            id="an HTML page where JSON was expected is fatal",
        ),
        pytest.param(
            httpx.Response(200, json={"value": []}), "'comments' list", id="an unexpected JSON shape is fatal"
        ),
    ],
)
@respx.mock
def test_answers_that_retrying_cannot_cure_are_fatal(response: httpx.Response, message: str) -> None:
    respx.get(COMMENTS_URL).mock(return_value=response)
    with pytest.raises(FatalError, match=message):
        run(ONE_CODE)


@respx.mock
def test_a_retired_api_is_fatal_in_api_mode() -> None:
    respx.get(COMMENTS_URL).respond(410, text="Gone")
    with pytest.raises(ApiRetired, match="retired"):
        run(ONE_CODE)


@respx.mock
def test_auto_mode_falls_back_to_the_review_pages_when_the_api_is_retired() -> None:
    respx.get(COMMENTS_URL).respond(404, text="Resource not found")
    serve_both_pages()
    mentions = run(source(mode="auto", review_pages=[PAGE]))
    assert len(mentions) == 3


@respx.mock
def test_the_scraper_follows_pages_until_it_passes_the_window_and_yields_oldest_first() -> None:
    third = respx.get(PAGE, params={"currentPage": "3"}).respond(500)
    serve_both_pages()
    mentions = run(SCRAPE, make_client(key=None))
    assert {mention.title for mention in mentions} == {
        "Outstanding maternity care",
        "Discharge was badly handled",
        "Kind staff in A&E",
    }
    assert all(mention.published_at == datetime(2025, 3, 10, tzinfo=UTC) for mention in mentions)
    assert not third.called  # page 2 already reached 9 March


@respx.mock
def test_scraped_reviews_keep_the_websites_ids_so_api_and_pages_agree() -> None:
    serve_both_pages()
    scraped = {mention.native_id: mention for mention in run(SCRAPE, make_client(key=None))}
    respx.get(COMMENTS_URL).mock(side_effect=api_fixture)
    from_api = {mention.native_id for mention in run(API)}
    assert set(scraped) <= from_api
    discharge = scraped["0f7d4a63-81c2-4b5e-b0d9-7e6a1c3f2b48"]  # id from the report link, not the card
    assert discharge.author_name == "Concerned daughter"
    assert discharge.rating == 1.0
    assert discharge.text == (
        "My mother was sent home at 11pm with no transport and no medication.\n\n"
        "Nobody on Ward 7 could tell us who had signed the discharge. We have raised it with PALS."
    )
    assert discharge.raw["reply"]["text"] == "We are sorry to read this. Please contact our PALS team on 01632 960000."
    kind = scraped["6c1e9b52-3f0a-4d7e-9a41-2b8f5e0d7c13"]
    assert (
        kind.text
        == "The nurses in A&E were kind and explained everything.\nThe wait was long (5 hours) but I felt safe."
    )
    assert kind.url == f"{PAGE}#review-6c1e9b52-3f0a-4d7e-9a41-2b8f5e0d7c13"
    assert kind.raw["visited"] == "March 2025" and "<h3" in kind.raw["html"]


@respx.mock
def test_the_scraper_remembers_how_many_reviews_each_page_showed() -> None:
    serve_both_pages()
    cursor = Cursor(source="nhs-test")
    run(SCRAPE, make_client(key=None), cursor)
    assert cursor.state["review_counts"] == {PAGE: 3}


@respx.mock
def test_a_page_that_had_reviews_and_now_shows_none_raises_source_broken() -> None:
    respx.get(PAGE).mock(return_value=page_fixture("redesigned.html"))
    cursor = Cursor(source="nhs-test", state={"review_counts": {PAGE: 3}})
    with pytest.raises(SourceBroken, match="showed 3 reviews last run and none now"):
        run(SCRAPE, make_client(key=None), cursor)
    assert cursor.state["review_counts"] == {PAGE: 3}  # kept, so the next run alerts again


@respx.mock
def test_a_page_that_never_had_reviews_is_a_quiet_day_not_a_broken_source() -> None:
    respx.get(PAGE).mock(return_value=page_fixture("no_reviews.html"))
    cursor = Cursor(source="nhs-test", state={"review_counts": {PAGE: 0}})
    assert run(SCRAPE, make_client(key=None), cursor) == []
    assert cursor.state["review_counts"] == {PAGE: 0}


def test_source_broken_is_a_fatal_error_so_it_is_never_retried() -> None:
    assert issubclass(SourceBroken, FatalError)


def test_source_broken_lives_in_the_error_taxonomy_and_the_run_record_names_it() -> None:
    # Imported here: flows.tasks loads Prefect and the classifiers, which no other test here needs.
    from flows.tasks import error_kind
    from trustwatch import errors

    assert SourceBroken is errors.SourceBroken
    assert error_kind(SourceBroken("page emptied", source="nhs-test")) == "source_broken"
    assert error_kind(FatalError("401", source="nhs-test")) == "fatal"


def test_a_review_without_any_id_gets_a_stable_derived_one() -> None:
    html = (FIXTURES / "pages" / "kingsmere_general_page2.html").read_text()
    html = html.replace('id="review-', 'data-x="').replace("commentId=", "x=")
    first = parse_review_page(html, PAGE).reviews
    second = parse_review_page(html, PAGE).reviews
    assert [review["review_id"] for review in first] == [review["review_id"] for review in second]
    assert all(review["id_derived"] and review["review_id"].startswith("derived-") for review in first)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2025-07-01T00:30:00", datetime(2025, 6, 30, 23, 30, tzinfo=UTC), id="a summer time without offset is BST"
        ),
        pytest.param(
            "2025-01-15T09:00:00", datetime(2025, 1, 15, 9, tzinfo=UTC), id="a winter time without offset is GMT"
        ),
        pytest.param("2025-07-01T00:30:00Z", datetime(2025, 7, 1, 0, 30, tzinfo=UTC), id="an explicit Z is UTC"),
    ],
)
def test_api_timestamps_without_an_offset_are_uk_local_time(text: str, expected: datetime) -> None:
    assert parse_uk_timestamp(text) == expected


def test_a_comment_without_a_date_is_refused_with_a_clear_error() -> None:
    with pytest.raises(FatalError, match="commentId or dateSubmitted"):
        comment_to_mention({"comment": {"commentId": "x"}}, source="nhs-test")


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        pytest.param({"mode": "scrape"}, "needs review_pages", id="scrape mode without pages is refused"),
        pytest.param({"ods_codes": ["R9K 01"]}, "not an ODS code", id="a malformed ODS code is refused"),
        pytest.param(
            {"review_pages": ["https://example.org/reviews"]},
            "not an NHS website ratings page",
            id="a page off nhs.uk is refused",
        ),
    ],
)
def test_bad_options_are_refused_with_the_reason(options: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        source(**options)


def test_api_mode_without_a_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTWATCH_NHS_SUBSCRIPTION_KEY", raising=False)
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_NHS_SUBSCRIPTION_KEY"),
        CONNECTOR.open_client(API, ClientSettings.of(SETTINGS)),
    ):
        pass


LIVE = "kingsmere_general_live_list.html"


def test_the_live_list_layout_is_read_with_author_text_rating_id_and_reply() -> None:
    page = parse_review_page((FIXTURES / "pages" / LIVE).read_text(encoding="utf-8"), PAGE)

    assert [review["review_id"] for review in page.reviews] == [
        "6c1e9b52-3f0a-4d7e-9a41-2b8f5e0d7c13",
        "0f7d4a63-81c2-4b5e-b0d9-7e6a1c3f2b48",
        "2a9e5d10-6b4c-4f7a-8e21-0c3d9b7a5f64",
    ]
    kind, discharge, parking = page.reviews
    assert (kind["title"], kind["author"], kind["rating"]) == ("Kind staff in A&E", "Jan P", 4.0)
    assert kind["posted_on"] == datetime(2025, 3, 10, tzinfo=UK)
    assert kind["text"] == (
        "The nurses in A&E were kind and explained everything.\nThe wait was long (5 hours) but I felt safe."
    )
    assert kind["visited"] == "March 2025" and "reply" not in kind
    assert discharge["title"] == "Discharge was badly handled"
    assert discharge["author"] == "Concerned daughter" and discharge["rating"] == 1.0
    assert discharge["text"] == (
        "My mother was sent home at 11pm with no transport and no medication.\n\n"
        "Nobody on Ward 7 could tell us who had signed the discharge. We have raised it with PALS."
    )
    assert "PALS team" not in discharge["text"]  # the reply in the same item is not the review
    assert {key: discharge["reply"][key] for key in ("author", "text", "replied_at")} == {
        "author": "Kingsmere General Hospital",
        "text": "We are sorry to read this. Please contact our PALS team on 01632 960000.",
        "replied_at": datetime(2025, 3, 11, tzinfo=UK).isoformat(),
    }
    assert parking["author"] == "Anonymous" and parking["posted_on"] == datetime(2025, 3, 8, tzinfo=UK)


@respx.mock
def test_both_layouts_give_the_same_reviews_the_same_ids_and_fields() -> None:
    respx.get(PAGE).mock(return_value=page_fixture(LIVE))
    live = {mention.native_id: mention for mention in run(SCRAPE, make_client(key=None))}
    respx.get(PAGE).mock(return_value=page_fixture("kingsmere_general_page1.html"))
    cards = {mention.native_id: mention for mention in run(SCRAPE, make_client(key=None))}

    for shared in ("6c1e9b52-3f0a-4d7e-9a41-2b8f5e0d7c13", "0f7d4a63-81c2-4b5e-b0d9-7e6a1c3f2b48"):
        for field in ("title", "text", "rating", "published_at"):
            assert getattr(live[shared], field) == getattr(cards[shared], field), (shared, field)
    assert (
        live["0f7d4a63-81c2-4b5e-b0d9-7e6a1c3f2b48"].raw["reply"]["text"]
        == (cards["0f7d4a63-81c2-4b5e-b0d9-7e6a1c3f2b48"].raw["reply"]["text"])
    )


@respx.mock
def test_a_page_in_neither_layout_is_source_broken_even_on_the_first_run() -> None:
    respx.get(PAGE).mock(return_value=page_fixture("redesigned.html"))
    cursor = Cursor(source="nhs-test")

    with pytest.raises(SourceBroken, match="neither the list nor the card layout"):
        run(SCRAPE, make_client(key=None), cursor)
