"""Retention: the purge rules on a small database with old and new rows, then the Prefect flow end to end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from flows.retention import retention_purge
from storage.cases import CaseBook, case_of
from storage.retention import PURGED_TABLES, RetentionPolicy, months_before, purge_expired
from storage.store import Store
from trustwatch.records import (
    Account,
    Alert,
    Classification,
    Cursor,
    Finding,
    Mention,
    Severity,
    SubjectType,
    Window,
    utc_now,
)
from trustwatch.settings import RetentionSettings, load_settings

NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)
DAY = timedelta(days=1)
POLICY = RetentionPolicy(RetentionSettings(), now=NOW)
INBOX = ("communications@kingsmerevalley.nhs.uk",)


def mention(native_id: str, published: datetime, author: str) -> Mention:
    return Mention(
        platform="x",
        native_id=native_id,
        source="x-mentions",
        url=f"https://x.com/i/web/status/{native_id}",
        author_id=author,
        author_handle=f"user_{author}",
        text=f"Post {native_id} about Kingsmere General",
        published_at=published,
        collected_at=published + timedelta(hours=1),
    )


def account(account_id: str, seen: datetime) -> Account:
    return Account(platform="x", account_id=account_id, handle=f"user_{account_id}", collected_at=seen)


def classification(native_id: str, at: datetime) -> Classification:
    return Classification(
        platform="x",
        native_id=native_id,
        model="builtin",
        model_version="1",
        sentiment_label="negative",
        sentiment_scores={"negative": 0.9, "neutral": 0.05, "positive": 0.05},
        classified_at=at,
    )


def finding(kind: str, subject_type: SubjectType, subject_id: str, at: datetime) -> Finding:
    return Finding(
        kind=kind,
        subject_type=subject_type,
        platform="x",
        subject_id=subject_id,
        severity=Severity.HIGH,
        summary=f"{kind} on x",
        detector="tests",
        detected_at=at,
    )


def open_case(store: Store, found: Finding, at: datetime) -> str:
    """Record a finding with an alert and the case it opens, as the monitor does; returns the case id."""
    store.upsert_findings([found], "run-seed")
    alert = Alert(
        finding_id=found.finding_id, reason=found.kind, recipients=INBOX, severity=found.severity, created_at=at
    )
    store.queue_alerts([alert], "run-seed")
    CaseBook(store).open_cases_for_alerts([alert.alert_id], "run-seed", now=at)
    return case_of(found)


def queue_email(store: Store, email_id: str, *, sent_at: datetime | None) -> None:
    store.queue_email(
        email_id=email_id,
        message_id=f"<{email_id}@trustwatch>",
        subject=email_id,
        recipients=list(INBOX),
        message=b"Subject: test\r\n\r\nbody",
        alert_ids=[],
        run_id="run-seed",
    )
    if sent_at is not None:
        store.mark_delivered(email_id, list(INBOX))
        store.connection.execute("UPDATE emails SET sent_at = ? WHERE email_id = ?", [sent_at, email_id])


def seed(store: Store, now: datetime = NOW) -> dict[str, str]:
    """Old and new rows, with and without cases, as they stand at `now`; returns the case ids by name."""
    old, recent, ancient = now - 400 * DAY, now - 30 * DAY, now - 12 * 365 * DAY
    mentions = [
        mention("recent", recent, "a-recent"),
        mention("old", old, "a-old"),
        mention("old-praise", old, "a-old"),
        mention("old-open-case", old, "a-case-author"),
        mention("old-recently-resolved", old - 300 * DAY, "a-old"),
        mention("ancient-resolved", ancient, "a-ancient"),
    ]
    accounts = [
        account("a-recent", recent),
        account("a-old", old),
        account("a-case-author", old),
        account("a-ancient", ancient),
        account("a-impersonator", old - 200 * DAY),
    ]
    store.start_run("daily_monitor", Window.ending_at(now), run_id="run-seed")
    store.land(
        run_id="run-seed",
        source="x-mentions",
        source_type="x",
        mentions=mentions,
        accounts=accounts,
        classifications=[classification(m.native_id, m.collected_at) for m in mentions],
        cursor=Cursor(source="x-mentions", state={"usage": {"2026-11": 120}}),
    )
    # A staff-praise finding never alerts, so it has no case.
    store.upsert_findings([finding("staff_praise", SubjectType.MENTION, "old-praise", old)], "run-seed")
    book = CaseBook(store)
    cases = {
        "open": open_case(store, finding("negative_mention", SubjectType.MENTION, "old-open-case", old), old),
        "impersonator": open_case(
            store, finding("impersonation", SubjectType.ACCOUNT, "a-impersonator", old - 200 * DAY), old - 200 * DAY
        ),
        "recently resolved": open_case(
            store, finding("complaint", SubjectType.MENTION, "old-recently-resolved", old - 300 * DAY), old - 300 * DAY
        ),
        "ancient": open_case(store, finding("safeguarding", SubjectType.MENTION, "ancient-resolved", ancient), ancient),
    }
    book.resolve(cases["recently resolved"], "priya.shah", "handled by PALS", now=now - 365 * DAY)
    ancient_finding = finding("safeguarding", SubjectType.MENTION, "ancient-resolved", ancient).finding_id
    book.draft_takedown(ancient_finding, reason="patient data", actor="priya.shah", now=ancient + DAY)
    book.resolve(cases["ancient"], "priya.shah", "removed by the platform", now=ancient + 30 * DAY)

    store.mark_detected("run-seed", now=now)
    queue_email(store, "sent-old", sent_at=now - 400 * DAY)
    queue_email(store, "sent-recent", sent_at=now - 10 * DAY)
    queue_email(store, "never-sent", sent_at=None)
    store.connection.execute("UPDATE emails SET created_at = ? WHERE email_id = 'never-sent'", [now - 500 * DAY])
    # A dead letter: refused for good long ago; it still quotes posts.
    queue_email(store, "dead-old", sent_at=None)
    store.mark_dead("dead-old", list(INBOX), "550 mailbox unavailable")
    store.connection.execute("UPDATE emails SET created_at = ? WHERE email_id = 'dead-old'", [now - 500 * DAY])
    return cases


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "tw.duckdb") as opened:
        yield opened


@pytest.fixture
def cases(store: Store) -> dict[str, str]:
    return seed(store)


def keys(store: Store, sql: str) -> set[str]:
    return {row[0] for row in store.connection.execute(sql).fetchall()}


def table_counts(store: Store) -> dict[str, int]:
    tables = [*PURGED_TABLES, "cursors", "runs", "run_sources", "exports", "purges"]
    return {table: store.count(table) for table in tables}


@pytest.mark.usefixtures("cases")
def test_a_purge_deletes_expired_rows_and_keeps_what_casework_needs(store: Store) -> None:
    report = purge_expired(store, POLICY, actor="dan.okafor")

    assert keys(store, "SELECT native_id FROM collected_mentions") == {
        "recent",
        "old-open-case",
        "old-recently-resolved",
    }
    assert keys(store, "SELECT native_id FROM classifications") == {"recent", "old-open-case", "old-recently-resolved"}
    assert keys(store, "SELECT account_id FROM accounts") == {
        "a-recent",
        "a-case-author",  # posted a mention that a case keeps
        "a-impersonator",  # the subject of an open case
        "a-old",  # posted the mention of a case resolved one year ago
    }
    assert keys(store, "SELECT subject_id FROM findings") == {
        "old-open-case",
        "a-impersonator",
        "old-recently-resolved",
    }
    assert keys(store, "SELECT email_id FROM emails") == {"sent-recent", "never-sent"}
    assert report.rows_deleted == {
        "case_events": 3,  # the ancient case: opened, takedown drafted, resolved
        "takedowns": 1,
        "alerts": 1,
        "cases": 1,
        "classifications": 3,
        "collected_mentions": 3,
        "detected_mentions": 3,  # collected again, a purged mention is detected again
        "findings": 2,
        "accounts": 1,
        "email_deliveries": 2,
        "emails": 2,  # the old sent one and the old dead letter; the unsent one is still being tried
    }


def test_cases_past_retention_go_with_their_whole_trail(store: Store, cases: dict[str, str]) -> None:
    purge_expired(store, POLICY, actor="dan.okafor")

    assert keys(store, "SELECT case_id FROM cases") == {
        cases["open"],
        cases["impersonator"],
        cases["recently resolved"],
    }
    for table in ("case_events", "takedowns"):
        assert cases["ancient"] not in keys(store, f"SELECT case_id FROM {table}"), table
    assert cases["ancient"] not in keys(store, "SELECT f.case_id FROM alerts JOIN findings AS f USING (finding_id)")


def test_an_open_case_is_kept_however_old_it_is(store: Store, cases: dict[str, str]) -> None:
    much_later = RetentionPolicy(RetentionSettings(cases_years=1), now=NOW + 20 * 365 * DAY)
    purge_expired(store, much_later, actor="dan.okafor")

    assert keys(store, "SELECT case_id FROM cases") == {cases["open"], cases["impersonator"]}
    assert keys(store, "SELECT native_id FROM collected_mentions") == {"old-open-case"}


@pytest.mark.usefixtures("cases")
def test_a_dry_run_reports_what_a_purge_would_delete_and_changes_nothing(store: Store) -> None:
    before = table_counts(store)
    preview = purge_expired(store, POLICY, actor="dan.okafor", dry_run=True)

    assert table_counts(store) == before
    assert preview.dry_run and preview.purge_id is None and preview.total == 22
    assert purge_expired(store, POLICY, actor="dan.okafor").rows_deleted == preview.rows_deleted


@pytest.mark.usefixtures("cases")
def test_each_purge_leaves_one_audit_row_with_its_counts_and_policy(store: Store) -> None:
    report = purge_expired(store, POLICY, actor="dan.okafor", flow_run_id="run-42")

    [row] = store.fetch_dicts("SELECT * FROM purges")
    assert row["purge_id"] == report.purge_id
    assert (row["purged_by"], row["purged_at"], row["flow_run_id"]) == ("dan.okafor", NOW, "run-42")
    assert row["mentions_before"] == datetime(2025, 11, 20, 9, tzinfo=UTC)
    assert row["cases_resolved_before"] == datetime(2016, 11, 20, 9, tzinfo=UTC)
    assert dict(row["rows_deleted"]) == report.rows_deleted
    assert json.loads(row["policy"]) == RetentionSettings().model_dump()
    [logged] = store.fetch_dicts("SELECT * FROM data_audit_log WHERE action = 'purge'")
    assert logged["actor"] == "dan.okafor" and logged["detail"].startswith("22 rows deleted")


@pytest.mark.usefixtures("cases")
def test_a_second_purge_finds_nothing_left_but_is_still_audited(store: Store) -> None:
    purge_expired(store, POLICY, actor="dan.okafor")
    again = purge_expired(store, POLICY, actor="dan.okafor")

    assert again.total == 0
    assert store.count("purges") == 2


@pytest.mark.usefixtures("cases")
def test_cursors_runs_and_the_export_audit_are_never_purged(store: Store) -> None:
    store.connection.execute(
        "INSERT INTO exports VALUES ('export-1', 'dan.okafor', ?, ?, ?, 'csv', 'old.csv', 3, 'key-1', true)",
        [NOW - 5000 * DAY, NOW - 5010 * DAY, NOW - 5000 * DAY],
    )
    before = {table: store.count(table) for table in ("cursors", "runs", "run_sources", "exports")}
    purge_expired(store, POLICY, actor="dan.okafor")

    assert {table: store.count(table) for table in before} == before
    assert store.load_cursor("x-mentions").state == {"usage": {"2026-11": 120}}


@pytest.mark.usefixtures("cases")
def test_the_purge_checkpoints_so_the_write_ahead_log_is_empty_afterwards(store: Store) -> None:
    purge_expired(store, POLICY, actor="dan.okafor")

    wal = store.path.with_name(store.path.name + ".wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_purge_needs_to_know_who_ran_it(store: Store) -> None:
    with pytest.raises(ValueError, match="actor"):
        purge_expired(store, POLICY, actor="  ")


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 11, 20, 9, tzinfo=UTC), 12, datetime(2025, 11, 20, 9, tzinfo=UTC)),
        (datetime(2026, 3, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2024, 3, 31, tzinfo=UTC), 1, datetime(2024, 2, 29, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 13, datetime(2024, 12, 15, tzinfo=UTC)),
        (datetime(2026, 11, 20, tzinfo=UTC), 120, datetime(2016, 11, 20, tzinfo=UTC)),
    ],
    ids=[
        "twelve months is the same date last year",
        "the 31st of March less a month is the last day of February",
        "in a leap year that is the 29th",
        "thirteen months crosses two year boundaries",
        "ten years is the same date ten years ago",
    ],
)
def test_months_before_counts_calendar_months(moment: datetime, months: int, expected: datetime) -> None:
    assert months_before(moment, months) == expected


def test_retention_periods_come_from_the_config_with_defaults(demo_config: Path) -> None:
    assert load_settings(demo_config).retention == RetentionSettings()
    demo_config.write_text(
        demo_config.read_text(encoding="utf-8") + "\n[retention]\nmentions_months = 6\n", encoding="utf-8"
    )
    assert load_settings(demo_config).retention.mentions_months == 6


@pytest.mark.parametrize(
    ("values", "field"),
    [({"mentions_months": 0}, "mentions_months"), ({"cases_years": 0}, "cases_years"), ({"keep": 1}, "keep")],
    ids=["no retention at all is refused", "cases need at least a year", "an unknown key is a typo"],
)
def test_bad_retention_settings_name_the_key(values: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        RetentionSettings(**values)


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_the_flow_purges_audits_and_publishes_an_artifact(demo_config: Path, tmp_path: Path) -> None:
    from prefect.artifacts import Artifact
    from prefect.client.schemas.objects import Artifact as ArtifactRecord

    database = tmp_path / "trustwatch.duckdb"
    with Store.open(database) as store:
        seed(store, utc_now())
        counts = {table: store.count(table) for table in PURGED_TABLES}

    preview = retention_purge(config_path=str(demo_config), dry_run=True)
    with Store.open(database) as store:
        assert {table: store.count(table) for table in PURGED_TABLES} == counts
        assert store.count("purges") == 0

    report = retention_purge(config_path=str(demo_config))
    assert report.rows_deleted["collected_mentions"] == preview.rows_deleted["collected_mentions"] >= 3
    with Store.open(database) as store:
        [row] = store.fetch_dicts("SELECT purged_by, flow_run_id FROM purges")
    assert row["purged_by"].startswith("prefect flow run ") and row["flow_run_id"]

    artifact = Artifact.get("retention-purge-run")
    assert isinstance(artifact, ArtifactRecord) and "collected_mentions" in str(artifact.data)
