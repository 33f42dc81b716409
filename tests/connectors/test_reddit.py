"""Reddit connector over hand-written vcrpy cassettes: real praw and prawcore, no network."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine
import vcr

from connectors.base import ClientSettings
from connectors.reddit import CONNECTOR, RedditSource, about_to_account, fetch, lookup_accounts, time_filter_for
from connectors.reddit.client import RedditClient, RedditRetryPolicy, build_reddit, open_reddit_client
from connectors.reddit.mapping import comment_to_mention
from trustwatch.errors import FatalError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile

CASSETTES = Path(__file__).parent.parent / "fixtures" / "reddit"
NOW = datetime(2025, 3, 11, 0, 30, tzinfo=UTC)
WINDOW = Window(since=datetime(2025, 3, 10, 6, tzinfo=UTC), until=datetime(2025, 3, 11, tzinfo=UTC))
TRUST = TrustProfile(
    name="Kingsmere Valley Hospitals NHS Foundation Trust",
    aliases=[
        "Kingsmere Valley Hospitals",
        "Kingsmere General Hospital",
        "Kingsmere General",
        "Ashby Moor Community Hospital",
        "KVH NHS",
    ],
    ods_codes=["R9K"],
)


def replay(cassette: str, *, repeats: bool = False) -> vcr.cassette.CassetteContextDecorator:
    recorder = vcr.VCR(record_mode="none", match_on=["method", "scheme", "host", "port", "path", "query"])
    return recorder.use_cassette(str(CASSETTES / cassette), allow_playback_repeats=repeats)


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_client(sleeps: Sleeps | None = None) -> RedditClient:
    reddit = build_reddit(client_id="test-client", client_secret="test-secret", user_agent="TrustWatch tests")
    return RedditClient(
        reddit=reddit, source="reddit-test", policy=RedditRetryPolicy(sleep=Sleeps() if sleeps is None else sleeps)
    )


def collect(source: RedditSource, window: Window = WINDOW, cursor: Cursor | None = None) -> list[Mention | Account]:
    return list(fetch(source, window, cursor or Cursor(source=source.name), make_client()))


WATCHING = RedditSource(name="reddit-test", trust=TRUST, subreddits=["r/Kingsmere", "unitedkingdom"])
EVERYWHERE = RedditSource(name="reddit-test", trust=TRUST)


def mentions_of(records: list[Mention | Account]) -> list[Mention]:
    return [record for record in records if isinstance(record, Mention)]


def accounts_of(records: list[Mention | Account]) -> dict[str, Account]:
    return {record.account_id: record for record in records if isinstance(record, Account)}


def test_a_window_reads_every_page_of_search_and_comments_and_yields_mentions_oldest_first() -> None:
    with replay("window.json"):
        records = collect(WATCHING)
    mentions = mentions_of(records)
    assert [mention.native_id for mention in mentions] == [
        "t3_1j8a11",
        "t1_mha010",
        "t3_1j8c3d",
        "t1_mhb200",
        "t3_1j8e9a",
        "t1_mhc900",
    ]
    # Mentions first, then their authors.
    assert all(isinstance(record, Mention) for record in records[: len(mentions)])


def test_a_post_repeated_on_the_next_page_is_yielded_once() -> None:
    with replay("window.json"):
        ids = [mention.native_id for mention in mentions_of(collect(WATCHING))]
    assert ids.count("t3_1j8c3d") == 1


def test_items_after_the_window_are_skipped_and_older_ones_stop_paging() -> None:
    with replay("window.json"):
        ids = {mention.native_id for mention in mentions_of(collect(WATCHING))}
    assert "t3_1j8f00" not in ids  # posted after until
    assert "t3_1j7x00" not in ids and "t1_mh9000" not in ids  # older than since


def test_a_submission_maps_title_text_author_and_link() -> None:
    with replay("window.json"):
        mentions = {mention.native_id: mention for mention in mentions_of(collect(WATCHING))}
    post = mentions["t3_1j8e9a"]
    assert post.kind == "post"
    assert post.title == "Waited 9 hours at Kingsmere General A&E last night"
    assert post.text == (
        "Is this normal? My dad (82) was on a trolley in the corridor the whole time.\n\n"
        "Staff were lovely & clearly exhausted."
    )
    assert post.author_id == "t2_8x1k2a" and post.author_handle == "ashby_local"
    assert post.url == "https://www.reddit.com/r/Kingsmere/comments/1j8e9a/waited_9_hours_at_kingsmere_general_a&e_/"
    assert post.published_at == datetime(2025, 3, 10, 21, 14, tzinfo=UTC)
    assert post.query is not None and '"Kingsmere General"' in post.query
    assert post.raw["subreddit_subscribers"] == 48213
    assert not post.deleted


def test_a_link_post_has_a_title_and_empty_text_rather_than_an_invented_body() -> None:
    with replay("window.json"):
        mentions = {mention.native_id: mention for mention in mentions_of(collect(WATCHING))}
    link = mentions["t3_1j8c3d"]
    assert link.text == ""
    assert link.full_text.startswith("Kingsmere Valley Hospitals NHS Foundation Trust rated")


def test_a_removed_submission_is_kept_and_marked_deleted_with_its_title() -> None:
    with replay("window.json"):
        mentions = {mention.native_id: mention for mention in mentions_of(collect(WATCHING))}
    removed = mentions["t3_1j8a11"]
    assert removed.deleted
    assert removed.text == "[removed]"
    assert removed.title == "Complaint about a nurse at Kingsmere General"


def test_comments_are_kept_only_when_they_name_the_trust_or_were_removed_from_a_thread_that_does() -> None:
    with replay("window.json"):
        mentions = {mention.native_id: mention for mention in mentions_of(collect(WATCHING))}
    assert "t1_mhc500" not in mentions  # the bus question names no one
    praise = mentions["t1_mhc900"]
    assert praise.kind == "comment" and praise.in_reply_to == "t3_1j8d00"
    removed = mentions["t1_mhb200"]
    assert removed.deleted and removed.author_id is None and removed.author_handle is None
    assert mentions["t1_mha010"].text == (
        "Ashby Moor Community Hospital minor injuries unit is closed on Sundays now, FYI.\n\nPosted from the bus."
    )


def test_authors_are_looked_up_in_one_batch_and_a_suspended_one_is_marked_missing() -> None:
    with replay("window.json"):
        accounts = accounts_of(collect(WATCHING))
    assert set(accounts) == {"t2_3ab9c1", "t2_5c5c5c", "t2_8x1k2a", "t2_9zz0q7"}
    live = accounts["t2_8x1k2a"]
    assert live.handle == "ashby_local"
    assert live.created_at == datetime(2019, 6, 2, 10, tzinfo=UTC)
    assert live.profile_image_url is not None and live.profile_image_url.startswith("https://styles.redditmedia.com/")
    assert accounts["t2_5c5c5c"].profile_image_url is None  # Reddit sent "", which is "no image"
    suspended = accounts["t2_9zz0q7"]
    assert suspended.handle == "throwaway_kvh"
    assert suspended.created_at is None and suspended.profile_image_url is None
    assert "suspended or deleted" in suspended.raw["missing"]


def test_the_same_window_twice_yields_the_same_ids() -> None:
    with replay("window.json", repeats=True):
        first = [record.native_id for record in mentions_of(collect(WATCHING))]
        second = [record.native_id for record in mentions_of(collect(WATCHING))]
    assert first == second


def test_overlapping_windows_yield_no_duplicates_within_a_fetch_and_agree_on_shared_items() -> None:
    later = Window(since=datetime(2025, 3, 10, 12, tzinfo=UTC), until=datetime(2025, 3, 11, tzinfo=UTC))
    with replay("window.json", repeats=True):
        wide = [mention.native_id for mention in mentions_of(collect(WATCHING))]
        narrow = [mention.native_id for mention in mentions_of(collect(WATCHING, later))]
    assert len(narrow) == len(set(narrow))
    assert narrow == ["t3_1j8c3d", "t1_mhb200", "t3_1j8e9a", "t1_mhc900"]
    assert set(narrow) <= set(wide)


def test_the_cursor_records_the_newest_mention_seen() -> None:
    cursor = Cursor(source="reddit-test")
    with replay("window.json"):
        collect(WATCHING, cursor=cursor)
    assert cursor.state["newest_published_at"] == "2025-03-10T22:05:00+00:00"


def test_an_empty_search_yields_nothing_and_looks_up_no_one() -> None:
    with replay("empty.json") as cassette:
        records = collect(EVERYWHERE)
    assert records == []
    assert cassette.play_count == 2  # token and one search page


def test_a_429_is_retried_after_the_wait_reddit_asked_for() -> None:
    sleeps = Sleeps()
    with replay("rate_limited.json"):
        records = list(fetch(EVERYWHERE, WINDOW, Cursor(source="reddit-test"), make_client(sleeps)))
    assert [record.native_id for record in mentions_of(records)] == ["t3_1j8e9a"]
    assert len(sleeps) == 1 and sleeps[0] >= 3.0


def test_a_5xx_is_retried_and_the_run_succeeds() -> None:
    with replay("server_error.json") as cassette:
        records = collect(EVERYWHERE)
    assert [record.native_id for record in mentions_of(records)] == ["t3_1j8e9a"]
    assert cassette.all_played


@pytest.mark.parametrize(
    ("cassette", "message"),
    [
        pytest.param("bad_credentials.json", "401", id="rejected credentials stop the source"),
        pytest.param("forbidden.json", "403", id="a forbidden listing stops the source"),
        pytest.param("html_instead_of_json.json", "HTML page", id="an HTML page where JSON was expected is fatal"),
        pytest.param("malformed_json.json", "malformed JSON", id="truncated JSON is fatal"),
    ],
)
def test_errors_that_retrying_cannot_cure_are_fatal(cassette: str, message: str) -> None:
    with replay(cassette), pytest.raises(FatalError, match=message) as raised:
        collect(EVERYWHERE)
    assert raised.value.source == "reddit-test"


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        pytest.param(
            datetime(2025, 3, 10, 1, 0, tzinfo=UTC), "day", id="a window under a day old searches the last day"
        ),
        pytest.param(datetime(2025, 3, 9, 0, 0, tzinfo=UTC), "week", id="two days back needs the week filter"),
        pytest.param(datetime(2025, 2, 1, tzinfo=UTC), "year", id="six weeks back needs the year filter"),
        pytest.param(datetime(2023, 1, 1, tzinfo=UTC), "all", id="two years back searches everything"),
    ],
)
def test_the_time_filter_is_the_narrowest_that_covers_the_window(since: datetime, expected: str) -> None:
    assert time_filter_for(Window(since=since, until=NOW), NOW) == expected


def test_the_default_query_quotes_every_name_of_the_trust() -> None:
    (query,) = EVERYWHERE.queries()
    assert query.startswith('"Kingsmere Valley Hospitals NHS Foundation Trust" OR "Kingsmere Valley Hospitals"')
    assert query.count(" OR ") == 5


def test_many_aliases_are_split_into_queries_under_reddits_length_limit() -> None:
    trust = TRUST.model_copy(update={"aliases": [f"Kingsmere Community Clinic number {n}" for n in range(40)]})
    queries = RedditSource(name="reddit-test", trust=trust).queries()
    assert len(queries) > 1
    assert all(len(query) <= 512 for query in queries)
    assert sum(query.count('"') // 2 for query in queries) == 41


@pytest.mark.parametrize(
    ("subreddits", "problem"),
    [
        pytest.param(["all", "Kingsmere"], "already covers", id="all together with named subreddits is refused"),
        pytest.param(["not a name"], "not a subreddit name", id="a name with spaces is refused"),
    ],
)
def test_bad_subreddit_lists_are_refused_with_the_reason(subreddits: list[str], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        RedditSource(name="reddit-test", trust=TRUST, subreddits=subreddits)


def test_a_missing_credential_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTWATCH_REDDIT_CLIENT_ID", "id")
    monkeypatch.delenv("TRUSTWATCH_REDDIT_CLIENT_SECRET", raising=False)
    monkeypatch.setenv("TRUSTWATCH_REDDIT_USER_AGENT", "TrustWatch tests")
    settings = Settings.model_validate(
        {"trust": TRUST.model_dump(), "alerts": {"team_inbox": "a@example.org", "sender": "b@example.org"}}
    )
    with (
        pytest.raises(FatalError, match="TRUSTWATCH_REDDIT_CLIENT_SECRET"),
        open_reddit_client("reddit-test", ClientSettings.of(settings)),
    ):
        pass


def test_the_connector_is_registered_under_its_type() -> None:
    assert CONNECTOR.type == "reddit"
    assert CONNECTOR.config_model is RedditSource


def test_lookup_accounts_returns_live_users_and_skips_missing_and_suspended_ones() -> None:
    assert CONNECTOR.lookup_accounts is lookup_accounts
    with replay("user_about.json") as tape:
        found = lookup_accounts(
            EVERYWHERE,
            make_client(),
            ["KingsmereValleyHelp", "u/KingsmereValley-Help", "KingsmereValley_Help", "no spaces allowed"],
        )
        assert tape.play_count == 4  # the token, then one request per well-formed name
    assert [account.handle for account in found] == ["KingsmereValleyHelp"]
    fake = found[0]
    assert fake.account_id == "t2_1k2vh9"
    assert fake.display_name == "Kingsmere Valley NHS Help Desk"
    assert fake.description is not None and fake.description.startswith("Official help desk")
    assert fake.created_at == datetime(2025, 6, 1, tzinfo=UTC)
    assert fake.profile_image_url is not None and "&amp;" not in fake.profile_image_url
    assert fake.url == "https://www.reddit.com/user/KingsmereValleyHelp"
    assert fake.followers is None  # Reddit's profile data has no follower count we can trust


def test_a_suspended_user_maps_to_no_account() -> None:
    assert about_to_account({"kind": "t2", "data": {"is_suspended": True, "name": "KingsmereValley_Help"}}) is None


def recorded_children(cassette: str) -> dict[str, dict[str, Any]]:
    """Every listing child's JSON in a cassette, by fullname: what Reddit sent."""
    tape = json.loads((CASSETTES / cassette).read_text(encoding="utf-8"))
    children: dict[str, dict[str, Any]] = {}
    for interaction in tape["interactions"]:
        body = json.loads(interaction["response"]["body"]["string"] or "null")
        if isinstance(body, dict) and body.get("kind") == "Listing":
            children |= {child["data"]["name"]: child["data"] for child in body["data"]["children"]}
    return children


def test_raw_is_the_json_reddit_sent_though_praw_read_it_as_models() -> None:
    with replay("window.json"):
        mentions = mentions_of(collect(WATCHING))
    sent = recorded_children("window.json")
    for mention in mentions:
        assert mention.raw == sent[mention.native_id], mention.native_id


def test_a_comment_without_a_permalink_gets_its_address_from_link_id_and_id() -> None:
    child = json.loads((CASSETTES / "comment_without_permalink.json").read_text(encoding="utf-8"))
    assert "permalink" not in child["data"]

    mention = comment_to_mention(child["data"], source="reddit-test", query=None)

    assert mention.url == "https://www.reddit.com/comments/1j8f55/_/mhd321/"
    assert mention.in_reply_to == "t3_1j8f55"


def test_a_comment_with_a_permalink_keeps_it() -> None:
    with replay("window.json"):
        mentions = {mention.native_id: mention for mention in mentions_of(collect(WATCHING))}
    assert mentions["t1_mhc900"].url == "https://www.reddit.com/r/Kingsmere/comments/1j8d00/_/mhc900/"


def test_a_429_on_a_later_page_retries_that_page_not_the_listing_from_the_top(tmp_path: Path) -> None:
    tape = json.loads((CASSETTES / "window.json").read_text(encoding="utf-8"))
    second_page = next(i for i in tape["interactions"] if "after=t3_1j8c3d" in i["request"]["uri"])
    limited = json.loads((CASSETTES / "rate_limited.json").read_text(encoding="utf-8"))["interactions"][1]
    refused = {"request": second_page["request"], "response": limited["response"]}
    tape["interactions"].insert(tape["interactions"].index(second_page), refused)
    (tmp_path / "limited_page_2.json").write_text(json.dumps(tape), encoding="utf-8")
    recorder = vcr.VCR(record_mode="none", match_on=["method", "scheme", "host", "port", "path", "query"])
    sleeps = Sleeps()

    with recorder.use_cassette(str(tmp_path / "limited_page_2.json")) as cassette:
        records = list(fetch(WATCHING, WINDOW, Cursor(source="reddit-test"), make_client(sleeps)))
        first_page_plays = sum(
            1 for request in cassette.requests if "search" in request.uri and "after=" not in request.uri
        )

    assert first_page_plays == 1
    assert len(sleeps) == 1 and sleeps[0] >= 3.0
    assert "t3_1j8a11" in {mention.native_id for mention in mentions_of(records)}
