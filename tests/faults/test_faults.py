"""The fault suite: each test injects one fault into real daily-monitor runs over the demo feeds
(served from 127.0.0.1), recovers, and proves against a clean run that nothing was lost or duplicated.

The scenarios live in `tests/support/faults.py`, shared with `bench/faults.py`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from classifiers.pii import nhs_number_is_valid
from connectors._http import build_http_client
from connectors.rss import RssSource
from connectors.rss import fetch as fetch_feed
from connectors.rss.client import FeedClient
from tests.support import faults as scenarios
from tests.support.faults import Outcome, Snapshot, Tally, compare
from trustwatch.records import Cursor, Mention, Window
from trustwatch.settings import HttpSettings, load_settings

NOTHING_LOST = Tally(rows_lost=0, rows_duplicated=0, alerts_lost=0, alerts_duplicated=0, cursors_match=True)


@pytest.fixture(scope="module")
def reference(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """A clean run over the same window and feeds: what every faulted run must end up equal to."""
    outcome = scenarios.clean_run(tmp_path_factory.mktemp("reference"))
    assert outcome.runs[0]["status"] == "complete"
    assert outcome.snapshot is not None
    return outcome.snapshot


def tally(reference: Snapshot, outcome: Outcome) -> Tally:
    assert outcome.snapshot is not None
    return compare(reference, outcome.snapshot)


def test_the_forum_posts_nhs_number_is_valid_so_the_reference_run_raises_an_urgent_alert() -> None:
    assert nhs_number_is_valid("4010232137")


@pytest.mark.slow
def test_the_reference_run_lands_every_feed_and_emails_every_alert_once(reference: Snapshot) -> None:
    assert sum(reference.mentions.values()) >= 30
    assert {key[1] for key in reference.mentions} == {"google-alerts", "local-news", "community-forum"}
    assert {key[0] for key in reference.alerts} >= {"negative_mention", "patient_identifiers"}
    assert all(reference.deliveries[key] == 1 for key in reference.alerts)
    assert reference.queued_emails == 0


@pytest.mark.slow
def test_a_source_down_for_a_run_leaves_the_run_partial_and_the_next_run_fills_the_gap(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.source_down(tmp_path)
    first, second = outcome.runs
    assert first["status"] == "partial"
    assert outcome.source_status(0, "google-alerts") == "retriable"
    assert outcome.source_status(0, "local-news") == "complete"
    assert second["status"] == "complete"
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_a_429_is_waited_out_for_as_long_as_retry_after_or_the_reset_header_asks(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.rate_limited(tmp_path)
    assert outcome.runs[0]["status"] == "complete"
    assert outcome.notes["county-council waited"] >= 2.0
    assert outcome.notes["google-alerts waited"] >= 1.0
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_a_429_with_a_reset_an_hour_away_is_left_to_the_task_retry_which_collects_it(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.rate_limited_long(tmp_path)
    assert outcome.notes["google-alerts requests"] == ["429", "200"]
    assert outcome.runs[0]["status"] == "complete"
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_a_feed_that_times_out_keeps_its_sister_feed_and_the_next_run_fills_the_gap(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.timeouts(tmp_path)
    first, second = outcome.runs
    assert first["status"] == "partial"
    local_news = next(row for row in first["sources"] if row["source"] == "local-news")
    assert local_news["status"] == "retriable"
    assert "timed out" in local_news["error"]
    assert local_news["mentions"] > 0, "the council feed of the same source still landed"
    assert second["status"] == "complete"
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_malformed_payloads_fail_their_source_clearly_and_the_next_run_lands_each_article_once(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.malformed(tmp_path)
    first, second = outcome.runs
    assert first["status"] == "partial"
    google = next(row for row in first["sources"] if row["source"] == "google-alerts")
    assert google["status"] == "fatal"
    assert "HTML page" in google["error"]
    assert second["status"] == "complete"
    # Found by this test: an entry cut off before its <guid> used to land keyed by its link, and the
    # next run landed the same article again keyed by its guid (alerted and emailed twice).
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_an_entry_first_seen_cut_off_is_reclassified_when_its_whole_text_lands(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.cut_mid_entry(tmp_path)
    assert [run["status"] for run in outcome.runs] == ["complete", "complete"]
    result = tally(reference, outcome)
    assert (result.rows_lost, result.rows_duplicated) == (0, 0)
    # An alert raised on the cut text stands: its email went before the rest of the entry arrived (model
    # 6dac9e11cd3b1328 scored the cut blog post above its 0.06 safeguarding threshold and the whole one
    # below). It may concern only the cut entry, and nothing may be raised or sent twice.
    assert outcome.snapshot is not None
    assert all("a-week-on-the-childrens-ward" in key[3] for key in result.alerts_extra), result.alerts_extra
    assert len(result.alerts_extra) <= 1
    # Found by this test: the upsert stored the whole text but the classification of the cut text
    # stayed, because a mention this model version had classified was never classified again.
    assert replace(result, alerts_extra=()) == NOTHING_LOST


def test_an_entry_cut_off_before_its_guid_is_not_landed_under_a_second_key(tmp_path: Path) -> None:
    feed = scenarios.demo_feeds()["kingsmere-echo"]
    cut = feed.body.index(b"<guid", feed.body.index(b"24817502.mother-left-soiled-sheets"))
    window = Window(since=scenarios.SINCE, until=scenarios.UNTIL)
    with scenarios.FeedServer({"echo": feed}) as server:
        config = scenarios.write_config(tmp_path, server)
        settings = load_settings(config)
        source = RssSource(name="echo", trust=settings.trust, urls=[server.url("echo")], relevance_filter=False)

        def keys() -> set[str]:
            client = FeedClient(http=build_http_client(HttpSettings()), max_bytes=10_000_000)
            try:
                return {
                    r.native_id
                    for r in fetch_feed(source, window, Cursor(source="echo"), client)
                    if isinstance(r, Mention)
                }
            finally:
                client.http.close()

        whole = keys()
        server.inject("echo", scenarios.Fault("body", body=feed.body[:cut], content_type=feed.content_type))
        cut_off = keys()
    assert cut_off, "the entries before the cut are recovered"
    assert cut_off <= whole, "every entry recovered from the cut feed has the key it has in the whole feed"


@pytest.mark.slow
def test_a_run_killed_mid_collection_is_re_run_with_nothing_lost_or_duplicated_and_cursors_right(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.killed_mid_run(tmp_path)
    assert set(outcome.notes["landed before the kill"]) == {"google-alerts", "local-news"}
    assert outcome.notes["exit code"] == -9, outcome.notes["driver errors"]
    assert outcome.notes["mentions after the kill"] > 0, "what landed before the kill survived it"
    assert outcome.notes["runs unfinished after the kill"] == 1
    assert outcome.runs[0]["status"] == "complete"
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_a_locked_database_fails_clearly_after_the_wait_and_a_longer_wait_outlasts_the_holder(
    reference: Snapshot, tmp_path: Path
) -> None:
    outcome = scenarios.database_locked(tmp_path)
    [error] = outcome.errors
    assert str(tmp_path / "trustwatch.duckdb") in error
    assert "locked by another process" in error
    assert 1.0 <= outcome.notes["failed after"] < 30
    assert outcome.notes["feed requests while locked"] == 0, "nothing is collected before the database opens"
    assert outcome.notes["waited then ran"] >= 1.5
    assert outcome.runs[-1]["status"] == "complete"
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_alerts_queued_while_smtp_is_down_are_sent_once_by_the_next_run(reference: Snapshot, tmp_path: Path) -> None:
    outcome = scenarios.smtp_down(tmp_path)
    first, second = outcome.runs
    assert first["emails_sent"] == 0
    assert "alert email not sent" in first["error"]
    assert outcome.notes["queued after the first run"] > 0
    assert second["alerts_raised"] == 0
    assert second["emails_sent"] == outcome.notes["queued after the first run"]
    assert tally(reference, outcome) == NOTHING_LOST


@pytest.mark.slow
def test_an_invalid_config_names_the_file_and_key_and_reads_no_source(prefect_server: None, tmp_path: Path) -> None:
    outcome = scenarios.invalid_config(tmp_path)
    assert len(outcome.errors) == len(scenarios.INVALID_CONFIGS)
    for name in scenarios.INVALID_CONFIGS:
        assert outcome.notes[name], f"{name}: the message names the file and the key"
    assert outcome.notes["feed requests"] == 0
    # The misspelt key and the password leave no settings to act on; the bad feed address does, so
    # its run is on record as failed and the team inbox is told.
    [failed] = outcome.notes["failed runs"]
    assert failed["status"] == "failed" and "sources[0].urls" in failed["error"]
    assert len(outcome.notes["notices"]) == 1 and "failed" in outcome.notes["notices"][0]


@pytest.mark.slow
@pytest.mark.parametrize(
    "stage",
    [
        pytest.param("after landing", id="killed after landing: the next window's run detects and alerts"),
        pytest.param("after detection", id="killed after detection: the next run raises the alerts"),
        pytest.param("after alerting, before sending", id="killed before sending: the queue survives"),
        pytest.param("while the mail server accepts", id="killed as the mail server accepts: one repeat at most"),
    ],
)
def test_a_run_killed_at_a_stage_boundary_loses_no_alert_to_the_next_windows_run(
    reference: Snapshot, tmp_path: Path, stage: str
) -> None:
    outcome = scenarios.killed_at(stage)(tmp_path)
    assert outcome.notes["exit code"] == -9, outcome.notes["driver errors"]
    result = tally(reference, outcome)
    assert (result.rows_lost, result.rows_duplicated, result.alerts_lost) == (0, 0, 0)
    # An email the server took just before the kill was never recorded as sent, so it goes again once.
    assert result.alerts_duplicated <= (1 if stage == "while the mail server accepts" else 0)


@pytest.mark.slow
def test_one_address_refused_for_good_blocks_no_one_elses_email(prefect_server: None, tmp_path: Path) -> None:
    outcome = scenarios.recipient_refused(tmp_path)
    assert outcome.notes["emails blocked"] == 0
    assert outcome.notes["dead letters"] >= 1
    assert outcome.runs[0]["status"] == "partial"
