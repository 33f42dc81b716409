import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from storage.store import StorageError, Store, stopped_by_signal
from tests.support.signals import LONG_STATEMENT, ONE_THREAD, signalled_while_running
from trustwatch.records import Account, Alert, Classification, Cursor, Finding, Mention, Severity, SubjectType, Window

WINDOW = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 10, tzinfo=UTC))


def mention(native_id: str, text: str = "Kingsmere A&E was packed", **changes: object) -> Mention:
    fields: dict[str, object] = {
        "platform": "web",
        "native_id": native_id,
        "source": "news",
        "kind": "article",
        "text": text,
        "published_at": datetime(2026, 11, 9, 8, tzinfo=UTC),
        "raw": {"id": native_id},
    }
    fields.update(changes)
    return Mention.model_validate(fields)


def classification(native_id: str, negative: float = 0.9, version: str = "v1") -> Classification:
    rest = (1 - negative) / 2
    return Classification(
        platform="web",
        native_id=native_id,
        model="builtin",
        model_version=version,
        sentiment_label="negative" if negative > 0.5 else "neutral",
        sentiment_scores={"negative": negative, "neutral": rest, "positive": rest},
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "tw.duckdb")
    yield opened  # type: ignore[misc]
    opened.close()


def land(store: Store, run_id: str, mentions: list[Mention], cursor_state: dict[str, object] | None = None) -> int:
    result = store.land(
        run_id=run_id,
        source="news",
        source_type="rss",
        mentions=mentions,
        accounts=[],
        classifications=[classification(m.native_id) for m in mentions],
        cursor=Cursor(source="news", state=cursor_state or {}),
    )
    return result.mentions_new


def test_a_new_database_is_migrated_and_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "tw.duckdb"
    with Store.open(path) as store:
        assert store.schema_version() >= 1
        assert store.count("mentions") == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "tw.duckdb"
    Store.open(path).close()
    with Store.open(path) as store:
        assert store.migrate() == []


def test_landing_the_same_window_twice_adds_no_rows(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    mentions = [mention(str(i)) for i in range(50)]
    assert land(store, run_id, mentions) == 50
    assert land(store, run_id, mentions) == 0
    assert store.count("collected_mentions") == 50
    assert store.count("classifications") == 50


def test_duplicates_inside_one_batch_land_once(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    assert land(store, run_id, [mention("1"), mention("1", text="edited"), mention("2")]) == 2
    assert store.count("mentions") == 2


def test_an_edited_post_updates_its_row_but_a_deleted_one_keeps_the_text_we_saw(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    land(store, run_id, [mention("1", text="original words")])
    land(store, run_id, [mention("1", text="edited words")])
    land(store, run_id, [mention("1", text="[deleted]", deleted=True)])
    row = store.fetch_dicts("SELECT text, deleted FROM mentions WHERE native_id = '1'")[0]
    assert row == {"text": "edited words", "deleted": True}


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_cursor_is_saved_with_the_rows_and_never_without_them(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    land(store, run_id, [mention("1")], {"etag": "a"})
    assert store.load_cursor("news").state == {"etag": "a"}
    broken = Mention.model_construct(**{**dict(mention("2")), "published_at": "not a time"})
    with pytest.raises(Exception):  # noqa: B017 - any failure must roll the whole landing back
        land(store, run_id, [mention("3"), broken], {"etag": "b"})
    assert store.load_cursor("news").state == {"etag": "a"}
    assert store.count("collected_mentions") == 1


def test_a_post_with_a_lone_surrogate_lands_and_so_does_a_cursor_holding_one(store: Store) -> None:
    surrogate = json.loads('"\\ud83d"')
    run_id = store.start_run("daily_monitor", WINDOW)
    posted = mention("1", text=f"Waited 6 hours {surrogate}", title=surrogate, raw={"text": surrogate})
    assert land(store, run_id, [posted], {"next_page": f"token{surrogate}"}) == 1
    row = store.fetch_dicts("SELECT text, title, CAST(raw AS VARCHAR) AS raw FROM collected_mentions")[0]
    assert row == {"text": "Waited 6 hours \ufffd", "title": "\ufffd", "raw": '{"text": "\ufffd"}'}
    assert store.load_cursor("news").state == {"next_page": "token\ufffd"}


FEED_WITH_CREDENTIALS = "https://bob:s3cret@feeds.test/rss?apikey=XYZ123"


def test_credentials_in_urls_never_reach_the_run_records_cursors_payloads_or_findings(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    posted = mention("1", raw={"link": "https://feeds.test/story/1?apikey=XYZ123", "feed": FEED_WITH_CREDENTIALS})
    store.land(
        run_id=run_id,
        source="news",
        source_type="rss",
        mentions=[posted],
        accounts=[],
        classifications=[],
        cursor=Cursor(source="news", state={"next": FEED_WITH_CREDENTIALS}),
        status="fatal",
        error=f"GET {FEED_WITH_CREDENTIALS} answered 401",
        error_kind="fatal",
    )
    store.record_source_failure(run_id, "other", "rss", f"ConnectError: {FEED_WITH_CREDENTIALS}", "error")
    store.upsert_findings(
        [
            Finding(
                kind="fatal",
                subject_type=SubjectType.SOURCE,
                platform="rss",
                subject_id="news@2026-11-10",
                severity=Severity.HIGH,
                summary="news: collection failed",
                evidence={"error": f"GET {FEED_WITH_CREDENTIALS} answered 401"},
                detector="test",
            )
        ],
        run_id,
    )
    store.finish_run(run_id, "failed", alerts_raised=0, emails_sent=0, error=f"stopped at {FEED_WITH_CREDENTIALS}")

    stored = json.dumps(
        [
            store.fetch_dicts(f"SELECT * FROM {table}")
            for table in ("runs", "run_sources", "cursors", "collected_mentions", "findings")
        ],
        default=str,
        ensure_ascii=False,
    )
    assert "s3cret" not in stored
    assert "XYZ123" not in stored
    assert "https://…@feeds.test/rss?apikey=… answered 401" in stored


def test_unclassified_skips_what_this_model_version_has_seen(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    land(store, run_id, [mention("1"), mention("2")])
    candidates = [mention("1"), mention("2"), mention("3")]
    assert [m.native_id for m in store.unclassified(candidates, "builtin", "v1")] == ["3"]
    assert len(store.unclassified(candidates, "builtin", "v2")) == 3


def test_mentions_view_shows_the_latest_classification(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    land(store, run_id, [mention("1")])
    store.land(
        run_id=run_id,
        source="news",
        source_type="rss",
        mentions=[],
        accounts=[],
        classifications=[classification("1", negative=0.2, version="v2")],
        cursor=None,
    )
    rows = store.fetch_dicts("SELECT model_version, sentiment FROM mentions")
    assert rows == [{"model_version": "v2", "sentiment": "neutral"}]
    assert store.count("classifications") == 2


def test_accounts_upsert_keeps_known_fields_when_a_later_payload_lacks_them(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    full = Account(platform="x", account_id="9", handle="KingsmereNHS", followers=1200, description="Official")
    sparse = Account(platform="x", account_id="9", handle="KingsmereNHS")
    for account in (full, sparse):
        store.land(
            run_id=run_id, source="x", source_type="x", mentions=[], accounts=[account], classifications=[], cursor=None
        )
    assert store.fetch_dicts("SELECT followers, description FROM accounts") == [
        {"followers": 1200, "description": "Official"}
    ]


def test_a_finding_seen_again_is_not_new_and_its_alert_is_not_repeated(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    finding = Finding(
        kind="negative_mention",
        subject_type=SubjectType.MENTION,
        platform="web",
        subject_id="1",
        severity=Severity.NORMAL,
        score=0.9,
        summary="negative",
        detector="test",
    )
    alert = Alert(
        finding_id=finding.finding_id, reason="negative_mention", recipients=("a@b.nhs.uk",), severity=Severity.NORMAL
    )
    assert store.upsert_findings([finding], run_id) == [finding.finding_id]
    assert store.queue_alerts([alert], run_id) == [alert.alert_id]
    again = finding.model_copy(update={"score": 0.95})
    assert store.upsert_findings([again], run_id) == []
    assert store.queue_alerts([alert], run_id) == []
    assert store.fetch_dicts("SELECT score FROM findings") == [{"score": 0.95}]


def test_each_recipient_is_queued_retried_and_settled_on_its_own(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    now = datetime(2026, 11, 16, 6, tzinfo=UTC)
    store.queue_email(
        email_id="e1",
        message_id="<m1@x>",
        subject="s",
        recipients=["a@b.nhs.uk", "c@d.nhs.uk", "e@f.nhs.uk"],
        message=b"body",
        alert_ids=[],
        run_id=run_id,
    )
    store.mark_delivered("e1", ["a@b.nhs.uk"], now)
    store.mark_retry("e1", ["c@d.nhs.uk"], "452 mailbox full", now + timedelta(minutes=5))
    store.mark_dead("e1", ["e@f.nhs.uk"], "550 no such mailbox")

    assert store.queued_emails(now) == []
    [due] = store.queued_emails(now + timedelta(minutes=5))
    assert due.recipients == ("c@d.nhs.uk",) and due.attempts == 1
    assert store.email_status("e1") == "queued"
    assert [(d.recipient, d.last_error) for d in store.dead_letters()] == [("e@f.nhs.uk", "550 no such mailbox")]

    store.mark_delivered("e1", ["c@d.nhs.uk"], now)
    assert store.email_status("e1") == "undeliverable"
    assert store.queued_emails(now + timedelta(days=1)) == []


def test_urgent_emails_are_due_before_older_ordinary_ones(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    for email_id, priority in (("digest", 1), ("urgent", 0)):
        store.queue_email(
            email_id=email_id,
            message_id=f"<{email_id}@x>",
            subject=email_id,
            recipients=["a@b.nhs.uk"],
            message=b"body",
            alert_ids=[],
            run_id=run_id,
            priority=priority,
        )
    assert [email.email_id for email in store.queued_emails()] == ["urgent", "digest"]


def test_a_locked_file_waits_then_fails_with_a_clear_message(tmp_path: Path) -> None:
    import subprocess
    import sys
    import textwrap

    path = tmp_path / "tw.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(path)!r})
            print("locked", flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StorageError, match="locked by another process"):
            Store.open(path, lock_timeout_seconds=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_read_only_open_of_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no TrustWatch database"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_a_run_left_running_by_a_killed_process_is_closed_as_abandoned(store: Store) -> None:
    killed = store.start_run("daily_monitor", WINDOW)
    current = store.start_run("daily_monitor", WINDOW)
    statuses = {row["run_id"]: row["status"] for row in store.fetch_dicts("SELECT run_id, status FROM runs")}
    assert statuses == {killed: "abandoned", current: "running"}


def test_a_transaction_opened_inside_another_commits_or_rolls_back_with_it(store: Store) -> None:
    store.connection.execute("CREATE TABLE notes (note VARCHAR)")
    with pytest.raises(RuntimeError, match="outer failed"), store.transaction() as con:
        with store.transaction() as inner:
            inner.execute("INSERT INTO notes VALUES ('written inside')")
        con.execute("INSERT INTO notes VALUES ('written outside')")
        raise RuntimeError("outer failed")
    assert store.scalar("SELECT count(*) FROM notes") == 0
    with store.transaction():
        with store.transaction() as inner:
            inner.execute("INSERT INTO notes VALUES ('written inside')")
        assert store.scalar("SELECT count(*) FROM notes") == 1
    with store.transaction() as con:
        con.execute("INSERT INTO notes VALUES ('a later transaction of its own')")
    assert store.scalar("SELECT count(*) FROM notes") == 2


def test_a_rewrite_leaves_no_deleted_text_in_the_file_and_keeps_every_live_row(tmp_path: Path) -> None:
    path = tmp_path / "tw.duckdb"
    store = Store.open(path)
    run_id = store.start_run("daily_monitor", WINDOW)
    texts = {str(number): f"Patient {number:04d}-{'x' * number} DOB 0{number % 9 + 1}/03/1951" for number in range(40)}
    land(store, run_id, [mention(native_id, text) for native_id, text in texts.items()], {"etag": "v1"})
    store.connection.execute("CHECKPOINT")
    store.connection.execute("DELETE FROM collected_mentions WHERE native_id <> '7'")
    store.connection.execute("CHECKPOINT")
    assert texts["8"].encode() in path.read_bytes(), "a checkpoint alone leaves deleted text in the file"

    store.rewrite()

    content = path.read_bytes()
    assert not any(text.encode() in content for native_id, text in texts.items() if native_id != "7")
    assert texts["7"].encode() in content
    assert store.count("collected_mentions") == 1 and store.load_cursor("news").state == {"etag": "v1"}
    assert store.count("classifications") == 40
    land(store, store.start_run("daily_monitor", WINDOW), [mention("7", texts["7"])])  # keys still unique
    assert store.count("collected_mentions") == 1
    assert store.schema_version() >= 4 and store.count("mentions") == 1
    store.close()
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["tw.duckdb"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_rewrite_refuses_to_carry_on_when_another_connection_in_the_process_holds_the_old_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tw.duckdb"
    store, other = Store.open(path), Store.open(path)
    land(store, store.start_run("daily_monitor", WINDOW), [mention("1")])
    with pytest.raises(StorageError, match="another connection in this process"):
        store.rewrite()
    other.close()
    with Store.open(path) as reopened:
        assert reopened.count("collected_mentions") == 1


def test_a_signal_during_a_statement_is_told_apart_from_a_database_failure(store: Store) -> None:
    store.connection.execute(ONE_THREAD)
    with pytest.raises(RuntimeError) as raised, signalled_while_running():
        store.scalar(LONG_STATEMENT)
    assert stopped_by_signal(raised.value)
    assert store.scalar("SELECT 42") == 42, "the connection still works after the stop"
    with pytest.raises(duckdb.Error) as failed:
        store.scalar("SELECT * FROM no_such_table")
    assert not stopped_by_signal(failed.value)


def test_the_memory_limit_reaches_duckdb_and_survives_a_rewrite(tmp_path: Path) -> None:
    def limit(store: Store) -> str:
        return str(store.fetch_dicts("SELECT current_setting('memory_limit') AS v")[0]["v"])

    with Store.open(tmp_path / "tw.duckdb", memory_limit="256MB") as store:
        assert limit(store) == "244.1 MiB"
        store.rewrite()
        assert limit(store) == "244.1 MiB"
    with Store.open(tmp_path / "tw.duckdb") as store:
        assert limit(store) != "244.1 MiB"  # DuckDB's own default, a share of the machine's memory
