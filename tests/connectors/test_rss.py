import json
import logging
import os
import shutil
import time
from collections import UserDict
from collections.abc import Iterator
from datetime import UTC, date, datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from connectors import configure_source, configure_sources
from connectors._http import ReplayTransport, RetryPolicy
from connectors.base import ClientSettings
from connectors.rss import CONNECTOR, RssSource, fetch
from connectors.rss.client import FeedClient
from connectors.rss.mapping import canonical_url, json_safe, unwrap_redirect
from trustwatch.errors import ConfigError, FatalError, RetriableError
from trustwatch.records import Cursor, Mention, Window
from trustwatch.settings import AlertSettings, Settings, SourceSettings, TrustProfile, load_settings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rss"
DEMO_CONFIG = Path(__file__).parents[2] / "demo" / "trustwatch.toml"

TRUST = TrustProfile(
    name="Kingsmere Valley Hospitals NHS Foundation Trust",
    aliases=[
        "Kingsmere Valley Hospitals",
        "Kingsmere General Hospital",
        "Kingsmere General",
        "Ashby Moor Community Hospital",
        "KVH NHS",
    ],
    web_domains=["kingsmerevalley.nhs.uk"],
)
WINDOW = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 16, tzinfo=UTC))
NEWS_URL = "https://www.valleygazette.test/health/rss"
COUNCIL_URL = "https://council.test/feeds/atom.xml"
ALERTS_URL = "https://www.google.com/alerts/feeds/00000000000000000001/00000000000000000002"
RSS = "application/rss+xml; charset=utf-8"
# Typographic characters the feeds carry, spelled out so the expectations are unambiguous.
APOSTROPHE, EN_DASH, EM_DASH = "\u2019", "\u2013", "\u2014"
ATOM = "application/atom+xml"


def rss_source(*urls: str, **options: Any) -> RssSource:
    return RssSource(name="local-news", trust=TRUST, urls=list(urls), **options)


def feed(name: str, content_type: str = RSS, **headers: str) -> httpx.Response:
    return httpx.Response(
        200, content=(FIXTURES / name).read_bytes(), headers={"content-type": content_type, **headers}
    )


def collect(
    source: RssSource, client: FeedClient, window: Window = WINDOW, cursor: Cursor | None = None
) -> list[Mention]:
    records = list(fetch(source, window, cursor or Cursor(source=source.name), client))
    assert all(isinstance(record, Mention) for record in records)
    return [record for record in records if isinstance(record, Mention)]


def titles(mentions: list[Mention]) -> list[str | None]:
    return [mention.title for mention in mentions]


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        yield mock


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(router: respx.MockRouter, sleeps: list[float]) -> Iterator[FeedClient]:
    with httpx.Client() as http:
        yield FeedClient(http=http, max_bytes=1_000_000, policy=RetryPolicy(attempts=3, sleep=sleeps.append))


def test_rss_feed_yields_relevant_entries_inside_the_window_oldest_first(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))

    mentions = collect(rss_source(NEWS_URL), client)

    # Excluded: 23:59:59 the day before (before since), 00:00 on the 16th (until is exclusive),
    # the street-name story (not about the Trust) and the undated notice.
    assert titles(mentions) == [
        "Kingsmere General's maternity team wins award",
        "Cancelled operations: patients speak out",
        "Hospital trust's new phone line for relatives",
    ]
    assert [mention.published_at for mention in mentions] == sorted(mention.published_at for mention in mentions)


def test_rss_entries_map_to_web_articles_with_clean_fields(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))

    by_title = {mention.title: mention for mention in collect(rss_source(NEWS_URL), client)}

    cancelled = by_title["Cancelled operations: patients speak out"]
    assert cancelled.platform == "web"
    assert cancelled.kind == "article"
    assert cancelled.source == "local-news"
    assert cancelled.native_id == "https://www.valleygazette.test/health/cancelled-operations"
    assert cancelled.published_at == datetime(2026, 11, 10, 8, 30, tzinfo=UTC)  # +0100 in the feed
    assert cancelled.text == (
        "Three patients told us how KVH NHS cancelled their surgery on the day.\n\n"
        'One said: "I had been nil by mouth since midnight."'
    )
    assert cancelled.author_name == "Ravi Castell"
    assert cancelled.language == "en-gb"
    assert cancelled.query == NEWS_URL

    award = by_title["Kingsmere General's maternity team wins award"]
    assert award.author_name == "Mira Holcombe"  # "email (Name)" keeps only the name

    relatives = by_title["Hospital trust's new phone line for relatives"]
    assert relatives.url == "https://www.valleygazette.test/health/relatives-line?id=77"  # utm_* dropped
    # A bare numeric guid is only unique inside its feed, so it is namespaced and hashed.
    assert relatives.native_id != "881204"
    assert len(relatives.native_id) == 24


def test_raw_entry_is_plain_json_with_iso_dates(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))

    mention = collect(rss_source(NEWS_URL), client)[0]

    assert json.loads(json.dumps(mention.raw)) == mention.raw
    assert mention.raw["published_parsed"] == "2026-11-09T00:00:00+00:00"
    assert mention.raw["link"] == "https://www.valleygazette.test/health/maternity-award"


def test_without_the_relevance_filter_every_dated_entry_in_the_window_is_kept(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))

    mentions = collect(rss_source(NEWS_URL, relevance_filter=False), client)

    assert "Roadworks on Kingsmere Road extended" in titles(mentions)
    assert len(mentions) == 4


def test_extra_terms_widen_the_relevance_filter_for_one_source(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))

    mentions = collect(rss_source(NEWS_URL, extra_terms=["Kingsmere Road"]), client)

    assert "Roadworks on Kingsmere Road extended" in titles(mentions)


def test_atom_entry_without_published_uses_updated_and_undated_entries_are_counted(
    router: respx.MockRouter, client: FeedClient, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(COUNCIL_URL).mock(return_value=feed("atom_council.xml", ATOM))

    with caplog.at_level(logging.INFO, logger="connectors.rss"):
        mentions = collect(rss_source(COUNCIL_URL), client)

    assert [(mention.title, mention.published_at) for mention in mentions] == [
        ("Discharge beds for Kingsmere General Hospital patients", datetime(2026, 11, 11, 13, tzinfo=UTC)),
        ("Scrutiny committee to question Kingsmere Valley Hospitals", datetime(2026, 11, 13, 16, 20, tzinfo=UTC)),
    ]
    scrutiny = mentions[1]
    assert scrutiny.url == "https://council.test/news/scrutiny-ae"  # relative link resolved against xml:base
    assert scrutiny.text == "Councillors will ask about A&E waits.\n\nThe meeting is public."
    assert scrutiny.author_name == "Press office"
    assert scrutiny.native_id == "tag:council.test,2026:scrutiny-ae"
    assert "skipped 1 entries" in caplog.text
    assert "Nothing to place in a window" not in caplog.text


def test_relative_links_are_resolved_against_the_feed_address(router: respx.MockRouter, client: FeedClient) -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Gazette</title><link>/</link><description>News</description>
<item><title>Kingsmere General opens a new ward</title><link>/health/new-ward</link>
<pubDate>Wed, 11 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"""
    router.get(NEWS_URL).mock(return_value=httpx.Response(200, content=body, headers={"content-type": RSS}))

    [mention] = collect(rss_source(NEWS_URL), client)

    assert mention.url == "https://www.valleygazette.test/health/new-ward"
    # No guid: the canonical article URL is the id.
    assert mention.native_id == "https://www.valleygazette.test/health/new-ward"


def test_a_teaser_naming_the_trust_makes_the_entry_relevant_even_when_the_content_does_not(
    router: respx.MockRouter, client: FeedClient
) -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title>
<link>https://www.valleygazette.test/</link><description>News</description>
<item><title>Winter pressures explained</title><link>https://www.valleygazette.test/winter</link>
<description>What winter means for Kingsmere General.</description>
<content:encoded><![CDATA[<p>Hospitals across the county are preparing for winter.</p>]]></content:encoded>
<pubDate>Wed, 11 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"""
    router.get(NEWS_URL).mock(return_value=httpx.Response(200, content=body, headers={"content-type": RSS}))

    [mention] = collect(rss_source(NEWS_URL), client)

    assert mention.text == "Hospitals across the county are preparing for winter."


def test_rdf_feed_uses_dublin_core_dates_and_language(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rdf_trust_news.xml", "application/rdf+xml"))

    mentions = collect(rss_source(NEWS_URL), client)

    assert [(mention.title, mention.published_at, mention.language) for mention in mentions] == [
        ("New CT scanner at Ashby Moor Community Hospital", datetime(2026, 11, 11, 10, 5, tzinfo=UTC), "en-gb")
    ]
    assert mentions[0].author_name == "Bulletin staff"


def test_google_alerts_links_are_unwrapped_and_titles_cleaned(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(ALERTS_URL).mock(return_value=feed("google_alerts.xml", "text/xml; charset=utf-8"))

    mentions = collect(rss_source(ALERTS_URL, relevance_filter=False), client)

    assert [(mention.url, mention.title) for mention in mentions] == [
        ("https://www.gazette.test/news/ae-waits?page=2", "Patients wait 14 hours at Kingsmere General A&E"),
        ("https://www.advertiser.test/parking-charges", "Parking charges rise at the valley's hospitals"),
    ]
    assert mentions[0].native_id == "tag:google.com,2013:googlealerts/feed:1111111111111111111"
    assert mentions[0].text == "Kingsmere Valley Hospitals declared a critical incident & asked people to stay away ..."
    assert mentions[0].author_name is None  # Google Alerts sends an empty <name/>
    assert mentions[1].text == "Visitors will pay £4.80 ..."


def test_relevance_filter_on_a_google_alert_drops_entries_that_do_not_name_the_trust(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(ALERTS_URL).mock(return_value=feed("google_alerts.xml", "text/xml; charset=utf-8"))

    mentions = collect(rss_source(ALERTS_URL), client)

    assert titles(mentions) == ["Patients wait 14 hours at Kingsmere General A&E"]


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        pytest.param(
            "https://www.google.com/url?rct=j&sa=t&url=https://news.test/a%3Fb%3D1&ct=ga&cd=CAI&usg=AOv",
            "https://news.test/a?b=1",
            id="a Google Alerts url= redirect",
        ),
        pytest.param(
            "https://www.google.co.uk/url?q=https%3A%2F%2Fnews.test%2Fstory&sa=U&ved=0ah",
            "https://news.test/story",
            id="a q= redirect on a country domain",
        ),
        pytest.param("https://google.com/url?url=javascript:alert(1)", None, id="a non-http target is not followed"),
        pytest.param(
            "https://www.google.com/search?q=https://news.test/", None, id="a Google search is not a redirect"
        ),
        pytest.param("https://notgoogle.com/url?url=https://news.test/", None, id="another host is not Google"),
    ],
)
def test_unwrap_redirect(link: str, expected: str | None) -> None:
    assert unwrap_redirect(link) == (expected or link)


class _Rank(IntEnum):
    FIRST = 1


class _Tag(str):
    pass


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("text", "text"),
        (None, None),
        (True, True),
        (3, 3),
        (0.5, 0.5),
        (_Rank.FIRST, _Rank.FIRST),
        (_Tag("health"), _Tag("health")),
        (time.struct_time((2026, 11, 9, 8, 30, 0, 0, 313, 0)), "2026-11-09T08:30:00+00:00"),
        (datetime(2026, 11, 9, 8, 30, tzinfo=UTC), "2026-11-09T08:30:00+00:00"),
        (date(2026, 11, 9), "2026-11-09"),
        (b"caf\xc3\xa9 \xff", "caf\u00e9 \ufffd"),
        (("a", ("b",)), ["a", ["b"]]),
        ({1: {"nested": [b"x"]}}, {"1": {"nested": ["x"]}}),
        (UserDict({"k": (1, 2)}), {"k": [1, 2]}),
        (Path("/feeds/x"), "/feeds/x"),
    ],
    ids=[
        "a string stays",
        "none stays",
        "a boolean stays",
        "an integer stays",
        "a float stays",
        "an int subclass stays as it is",
        "a str subclass stays as it is",
        "a parsed date becomes iso utc",
        "a datetime becomes iso",
        "a date becomes iso",
        "bytes decode with replacement",
        "tuples become lists at every depth",
        "dict keys become strings at every depth",
        "any mapping becomes a dict",
        "anything else becomes its string",
    ],
)
def test_json_safe_turns_feedparser_values_into_plain_json(value: Any, expected: Any) -> None:
    safe = json_safe(value)
    assert safe == expected and type(safe) is type(expected)


def test_canonical_url_keeps_an_untouched_query_exactly_as_written() -> None:
    assert canonical_url("HTTPS://News.Test/a?x=1%2C2&y=#top") == "https://news.test/a?x=1%2C2&y="
    assert canonical_url("https://news.test/a?utm_source=x&fbclid=y") == "https://news.test/a"


def test_bozo_feed_with_unclosed_cdata_keeps_the_recovered_entries_and_warns_without_text(
    router: respx.MockRouter, client: FeedClient, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(NEWS_URL).mock(return_value=feed("bozo_unclosed_cdata.xml"))

    with caplog.at_level(logging.INFO, logger="connectors.rss"):
        mentions = collect(rss_source(NEWS_URL), client)

    assert titles(mentions) == [
        "Thank you to Kingsmere General's stroke team",
        "Kingsmere General parking charges rise",
    ]
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "ill-formed" in warnings[0].getMessage()
    assert "SAXParseException" in warnings[0].getMessage()
    assert "stroke team" not in caplog.text
    assert "norovirus" not in caplog.text


def test_bozo_feed_with_undeclared_html_entities_decodes_them(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=feed("bozo_undeclared_entity.xml"))

    mentions = collect(rss_source(NEWS_URL), client)

    assert [(mention.title, mention.text) for mention in mentions] == [
        ("Kingsmere General parking to cost £4.80", f"Visitors face a 20% rise {EM_DASH} again."),
        ("Kingsmere General nurses thanked", "Families wrote in."),
    ]


@pytest.mark.parametrize(
    "content_type",
    [
        pytest.param("application/rss+xml", id="the XML declaration alone names the encoding"),
        pytest.param("text/xml; charset=windows-1252", id="the HTTP charset agrees with the declaration"),
    ],
)
def test_windows_1252_feed_is_decoded_as_declared(
    router: respx.MockRouter, client: FeedClient, content_type: str
) -> None:
    router.get(NEWS_URL).mock(return_value=feed("windows1252_declared.xml", content_type))

    [mention] = collect(rss_source(NEWS_URL), client)

    assert mention.title == f"Kingsmere General{APOSTROPHE}s café prices: £3.20 for a coffee"
    assert mention.text == (
        f"“Too much,” said one visitor {EN_DASH} and the hospital{APOSTROPHE}s café agrees to review them."
    )


HOSTILE_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valley Gazette</title>
<item><title>Kingsmere General A&amp;E &#55357; six hour wait</title><link>https://www.valleygazette.test/a</link>
<description>Patients at Kingsmere General waited &#xD83D; for hours.</description>
<pubDate>Tue, 10 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Kingsmere General staff praised &#55357;&#56832;</title><link>https://www.valleygazette.test/b</link>
<description>Kingsmere General&#0; maternity&#x202E; team thanked.</description>
<pubDate>Wed, 11 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""


def test_references_to_half_an_emoji_keep_the_whole_feed(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=httpx.Response(200, content=HOSTILE_FEED, headers={"content-type": RSS}))

    mentions = collect(rss_source(NEWS_URL), client)

    assert titles(mentions) == [
        "Kingsmere General A&E \ufffd six hour wait",
        "Kingsmere General staff praised \U0001f600",
    ]
    assert mentions[0].text == "Patients at Kingsmere General waited \ufffd for hours."
    assert mentions[1].text == "Kingsmere General\ufffd maternity team thanked."


def test_double_encoded_html_and_mojibake_come_out_clean(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=feed("double_encoded.xml"))

    [mention] = collect(rss_source(NEWS_URL), client)

    assert mention.title == f"Kingsmere General{APOSTROPHE}s A&E: “we waited all night”"
    assert mention.text == 'Patients said the wait was "unbearable".\n\nThe trust apologised.'


def replay_directory(tmp_path: Path) -> Path:
    shutil.copy(FIXTURES / "rss20_local_news.xml", tmp_path / "news.xml")
    recording = {
        "method": "GET",
        "url": NEWS_URL,
        "status": 200,
        "headers": {"Content-Type": RSS, "ETag": '"v1"', "Last-Modified": "Sun, 15 Nov 2026 18:00:00 GMT"},
        "body_file": "news.xml",
    }
    (tmp_path / "recordings.json").write_text(json.dumps([recording]), encoding="utf-8")
    return tmp_path


def test_second_fetch_is_conditional_and_a_304_replays_the_cached_body(tmp_path: Path) -> None:
    transport = ReplayTransport(replay_directory(tmp_path))
    source = rss_source(NEWS_URL)
    cursor = Cursor(source=source.name)

    with httpx.Client(transport=transport) as http:
        client = FeedClient(http=http, max_bytes=1_000_000)
        first = collect(source, client, cursor=cursor)
        # The cursor is JSON in DuckDB: it must survive a round trip.
        cursor = Cursor.model_validate_json(cursor.model_dump_json())
        second = collect(source, client, cursor=cursor)
        backfill = collect(
            source,
            client,
            window=Window(since=datetime(2026, 11, 1, tzinfo=UTC), until=datetime(2026, 11, 9, tzinfo=UTC)),
            cursor=cursor,
        )

    assert "if-none-match" not in transport.requests[0].headers
    assert transport.requests[1].headers["if-none-match"] == '"v1"'
    assert transport.requests[1].headers["if-modified-since"] == "Sun, 15 Nov 2026 18:00:00 GMT"
    assert [mention.native_id for mention in second] == [mention.native_id for mention in first]
    assert [mention.text for mention in second] == [mention.text for mention in first]
    assert titles(backfill) == ["Kingsmere General car park to close for resurfacing"]
    assert cursor.state["feeds"][NEWS_URL]["etag"] == '"v1"'


def test_a_304_to_an_unconditional_request_is_a_fatal_error(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=httpx.Response(304))

    with pytest.raises(FatalError, match="not conditional"):
        collect(rss_source(NEWS_URL), client)


def test_cached_state_of_feeds_no_longer_configured_is_dropped(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))
    cursor = Cursor(source="local-news", state={"feeds": {"https://old.test/rss": {"etag": '"x"', "body": "..."}}})

    collect(rss_source(NEWS_URL), client, cursor=cursor)

    assert list(cursor.state["feeds"]) == [NEWS_URL]
    # This server sends neither ETag nor Last-Modified: it can never answer 304, so nothing is cached.
    assert "cached_body" not in cursor.state["feeds"][NEWS_URL]


def test_a_feed_whose_address_carries_credentials_keeps_them_out_of_the_cursor_and_still_gets_304s() -> None:
    url = "https://bob:s3cret@feeds.valleygazette.test/health/rss?apikey=XYZ123"
    body = (FIXTURES / "rss20_local_news.xml").read_bytes()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, content=body, headers={"content-type": RSS, "etag": '"v1"'})

    source = rss_source(url)
    cursor = Cursor(source=source.name)
    with httpx.Client(transport=httpx.MockTransport(answer)) as http:
        client = FeedClient(http=http, max_bytes=1_000_000)
        first = collect(source, client, cursor=cursor)
        stored = cursor.model_dump_json()
        second = collect(source, client, cursor=Cursor.model_validate_json(stored))

    assert "s3cret" not in stored and "XYZ123" not in stored
    assert [mention.native_id for mention in second] == [mention.native_id for mention in first]
    assert all("XYZ123" not in (mention.query or "") for mention in first)


def test_response_over_the_size_limit_is_a_fatal_error(router: respx.MockRouter) -> None:
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))

    with httpx.Client() as http, pytest.raises(FatalError, match="exceeds the 1000-byte limit") as raised:
        collect(rss_source(NEWS_URL), FeedClient(http=http, max_bytes=1000))

    assert NEWS_URL in str(raised.value)


def test_server_errors_are_retried_then_the_feed_is_read(
    router: respx.MockRouter, client: FeedClient, sleeps: list[float]
) -> None:
    route = router.get(NEWS_URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(502), feed("rss20_local_news.xml")]
    )

    mentions = collect(rss_source(NEWS_URL), client)

    assert route.call_count == 3
    assert len(sleeps) == 2
    assert len(mentions) == 3


def test_not_found_is_fatal_and_not_retried(router: respx.MockRouter, client: FeedClient) -> None:
    route = router.get(NEWS_URL).mock(return_value=httpx.Response(404))

    with pytest.raises(FatalError, match="answered 404") as raised:
        collect(rss_source(NEWS_URL), client)

    assert route.call_count == 1
    assert raised.value.source == "local-news"


def test_an_html_page_instead_of_a_feed_is_a_clear_error_naming_the_url(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(NEWS_URL).mock(return_value=feed("not_a_feed.html", "text/html; charset=utf-8"))

    with pytest.raises(FatalError, match="expected an RSS or Atom feed but got an HTML page") as raised:
        collect(rss_source(NEWS_URL), client)

    assert NEWS_URL in str(raised.value)


def test_a_failing_feed_does_not_stop_the_others_and_is_raised_after_their_records(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(NEWS_URL).mock(return_value=httpx.Response(404))
    router.get(COUNCIL_URL).mock(return_value=feed("atom_council.xml", ATOM))
    collected: list[object] = []

    with pytest.raises(FatalError) as raised:
        collected.extend(fetch(rss_source(NEWS_URL, COUNCIL_URL), WINDOW, Cursor(source="local-news"), client))

    assert len(collected) == 2
    assert NEWS_URL in str(raised.value)


def test_several_failures_are_reported_together_and_a_transient_one_makes_the_whole_retriable(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(NEWS_URL).mock(return_value=httpx.Response(404))
    router.get(ALERTS_URL).mock(return_value=httpx.Response(503, headers={"retry-after": "7"}))
    router.get(COUNCIL_URL).mock(return_value=feed("atom_council.xml", ATOM))
    collected: list[object] = []

    with pytest.raises(RetriableError) as raised:
        collected.extend(
            fetch(rss_source(NEWS_URL, ALERTS_URL, COUNCIL_URL), WINDOW, Cursor(source="local-news"), client)
        )

    assert len(collected) == 2
    assert "2 of 3 feeds failed" in str(raised.value)
    assert NEWS_URL in str(raised.value)
    assert ALERTS_URL in str(raised.value)
    assert raised.value.retry_after == 7
    assert raised.value.source == "local-news"


def test_records_from_several_feeds_are_merged_oldest_first_without_duplicates(
    router: respx.MockRouter, client: FeedClient
) -> None:
    mirror = "https://mirror.valleygazette.test/health/rss"
    router.get(NEWS_URL).mock(return_value=feed("rss20_local_news.xml"))
    router.get(mirror).mock(return_value=feed("rss20_local_news.xml"))
    router.get(COUNCIL_URL).mock(return_value=feed("atom_council.xml", ATOM))

    mentions = collect(rss_source(NEWS_URL, mirror, COUNCIL_URL), client)

    ids = [mention.native_id for mention in mentions]
    assert len(ids) == len(set(ids))
    # The two guid permalinks are shared; the bare guid "881204" is feed-local, so it counts twice.
    assert len(mentions) == 3 + 1 + 2
    assert [mention.published_at for mention in mentions] == sorted(mention.published_at for mention in mentions)


def settings_for(tmp_path: Path) -> Settings:
    return Settings(
        trust=TRUST,
        alerts=AlertSettings(team_inbox="comms@kingsmerevalley.nhs.uk", sender="tw@kingsmerevalley.nhs.uk"),
        config_path=tmp_path / "trustwatch.toml",
    )


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        pytest.param({"urls": []}, "sources[0].urls: List should have at least 1 item", id="no urls"),
        pytest.param({"urls": ["ftp://feeds.test/rss"]}, "is not an http(s) feed address", id="a non-http url"),
        pytest.param({"urls": ["https://a.test/rss", "https://a.test/rss"]}, "is listed twice", id="a duplicated url"),
        pytest.param({"urls": ["https://a.test/rss"], "relevance": False}, "sources[0].relevance", id="a typo"),
        pytest.param({"urls": ["https://a.test/rss"], "extra_terms": [" "]}, "must not be blank", id="a blank term"),
    ],
)
def test_bad_options_are_config_errors_naming_the_file_and_key(
    tmp_path: Path, options: dict[str, Any], problem: str
) -> None:
    settings = settings_for(tmp_path)
    entry = SourceSettings(name="local-news", type="rss", **options)

    with pytest.raises(ConfigError, match=r"trustwatch\.toml") as raised:
        configure_source(entry, settings, index=0)

    assert problem in str(raised.value)


def test_open_client_replays_recordings_relative_to_the_config_file(tmp_path: Path) -> None:
    recordings = tmp_path / "recordings"
    recordings.mkdir()
    replay_directory(recordings)
    settings = settings_for(tmp_path)
    settings = settings.model_copy(update={"http": settings.http.model_copy(update={"replay_dir": Path("recordings")})})
    source = rss_source(NEWS_URL)

    with CONNECTOR.open_client(source, ClientSettings.of(settings)) as client:
        mentions = collect(source, client)
        assert client.max_bytes == settings.http.max_response_bytes

    assert len(mentions) == 3
    assert client.http.is_closed


def test_demo_recordings_parse_through_the_connector_with_the_demo_config() -> None:
    settings = load_settings(DEMO_CONFIG)
    window = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 16, tzinfo=UTC))

    collected = {
        configured.name: [
            record
            for record in configured.collect(window, Cursor(source=configured.name), ClientSettings.of(settings))
            if isinstance(record, Mention)
        ]
        for configured in configure_sources(settings)
    }

    alerts, news = collected["google-alerts"], collected["local-news"]
    assert len(alerts) == 13  # 14 recorded, one published the evening before the window
    assert not any("google.com" in (mention.url or "") for mention in alerts)
    assert len(news) == 16  # 26 recorded, 10 never name the Trust
    news_titles = " | ".join(mention.title or "" for mention in news)
    for off_topic in ("Roadworks on Kingsmere Road", "New GP surgery", "Kingsmere valley", "Library opening hours"):
        assert off_topic not in news_titles
    parking = next(mention for mention in news if mention.title and mention.title.startswith("Car parking charges"))
    assert "£4.80" in parking.text
    assert "<" not in parking.text
    assert "echoAds" not in parking.text


GOLDEN = FIXTURES / "mapped_mentions.golden.json"
GOLDEN_FEEDS = {
    NEWS_URL: ("rss20_local_news.xml", RSS),
    COUNCIL_URL: ("atom_council.xml", ATOM),
    ALERTS_URL: ("google_alerts.xml", "text/xml; charset=utf-8"),
    "https://bulletin.test/rss": ("rdf_trust_news.xml", "application/rdf+xml"),
}


def test_mapped_mentions_match_the_golden_file(router: respx.MockRouter, client: FeedClient) -> None:
    """Every mapped field of every fixture feed; set UPDATE_GOLDEN=1 to rewrite after a deliberate change."""
    for url, (name, content_type) in GOLDEN_FEEDS.items():
        router.get(url).mock(return_value=feed(name, content_type))
    wide = Window(since=datetime(2026, 1, 1, tzinfo=UTC), until=datetime(2027, 1, 1, tzinfo=UTC))

    mentions = collect(rss_source(*GOLDEN_FEEDS, relevance_filter=False), client, window=wide)

    # raw is feedparser's own structure (tested above); the golden file pins our mapping.
    mapped = [mention.model_dump(mode="json", exclude={"collected_at", "raw"}) for mention in mentions]
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(mapped, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert mapped == json.loads(GOLDEN.read_text(encoding="utf-8"))


FEEDBURNER_URL = "http://feeds.feedburner.com/ValleyGazetteHealth"
JSON_FEED_URL = "https://patientsforum.test/feed.json"


def test_feedburner_entries_link_to_the_article_not_the_tracking_redirect(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(FEEDBURNER_URL).mock(return_value=feed("feedburner_local_news.xml"))

    mentions = collect(rss_source(FEEDBURNER_URL), client)

    assert [mention.url for mention in mentions] == [
        "https://www.valleygazette.test/health/2026/11/11/kingsmere-general-discharge-lounge",
        "https://www.valleygazette.test/health/2026/11/12/ashby-moor-hours",
    ]
    # A guid that is only the tracking link is not the article's identity; the article's own address is.
    assert (
        mentions[0].native_id == "https://www.valleygazette.test/health/2026/11/11/kingsmere-general-discharge-lounge"
    )
    assert mentions[1].native_id != mentions[1].url  # a real guid stays the id
    assert all("feedproxy" not in mention.text for mention in mentions)


def test_a_json_feed_is_accepted_and_mapped_like_any_other_feed(router: respx.MockRouter, client: FeedClient) -> None:
    route = router.get(JSON_FEED_URL).mock(return_value=feed("json_feed_trust_news.json", "application/feed+json"))

    mentions = collect(rss_source(JSON_FEED_URL), client)

    assert "application/feed+json" in route.calls.last.request.headers["accept"]
    assert titles(mentions) == [
        "Parking at Kingsmere General: what members told us",
        "Thank you, Ashby Moor Community Hospital",
    ]
    parking, thanks = mentions
    assert parking.url == "https://patientsforum.test/2026/11/kingsmere-general-parking"
    assert parking.native_id == "https://patientsforum.test/2026/11/kingsmere-general-parking"
    assert parking.text == (
        "Forty members wrote to us about parking at Kingsmere General.\n\n"
        "Most could not find a space before their appointment."
    )
    assert parking.published_at == datetime(2026, 11, 10, 18, tzinfo=UTC)
    assert parking.author_name == "Jo Carter"
    assert parking.language == "en-gb"
    assert thanks.text.endswith("physiotherapy team at Ashby Moor Community Hospital.\n\nShe is walking again.")
    assert thanks.language == "en"
    assert thanks.native_id != "2026-11-13-ashby-moor-thanks"  # a feed-local id is namespaced by the feed
    assert thanks.raw["content_text"].startswith("A member asked us")


def test_a_json_document_that_is_not_a_json_feed_is_refused_by_name(
    router: respx.MockRouter, client: FeedClient
) -> None:
    router.get(JSON_FEED_URL).mock(return_value=httpx.Response(200, json={"status": "ok"}))

    with pytest.raises(FatalError, match=r"feed.json: JSON but not a JSON Feed"):
        collect(rss_source(JSON_FEED_URL), client)


def test_a_feedburner_entry_keeps_what_the_feed_sent_in_raw(router: respx.MockRouter, client: FeedClient) -> None:
    router.get(FEEDBURNER_URL).mock(return_value=feed("feedburner_local_news.xml"))

    lounge = collect(rss_source(FEEDBURNER_URL), client)[0]

    assert lounge.raw["id"].startswith("http://feedproxy.google.com/~r/ValleyGazetteHealth/")
    assert lounge.raw["feedburner_origlink"].endswith("?utm_source=feedburner&utm_medium=feed")
