"""Every file that holds personal data is readable by its owner only, whoever creates it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from alerts.email import OutboxMailer
from alerts.export import ExportFormat, export_window
from alerts.report.render import write_report
from alerts.takedown import TakedownDraft, write_evidence_pack
from storage.store import Store
from trustwatch.records import Cursor, Mention, Window

WINDOW = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 10, tzinfo=UTC))
POST = Mention(
    platform="x",
    native_id="1",
    source="x-search",
    author_handle="angrypatient77",
    text="My NHS number is 943 476 5919 and Kingsmere General lost my notes",
    published_at=datetime(2026, 11, 9, 8, tzinfo=UTC),
)


@pytest.fixture
def shared_umask() -> Iterator[None]:
    """The usual umask of a login shell (files 0644), whatever earlier tests set."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + ".wal")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("shared_umask")
def test_the_database_its_log_exports_reports_evidence_and_emails_are_owner_only(tmp_path: Path) -> None:
    deployment = tmp_path / "deployment"
    with Store.open(deployment / "trustwatch.duckdb", publish_replica=True) as store:
        store.land(
            run_id="run-1",
            source="x-search",
            source_type="x",
            mentions=[POST],
            accounts=[],
            classifications=[],
            cursor=Cursor(source="x-search"),
        )
        assert wal_path(store.path).exists(), "the write-ahead log holds the post until the next checkpoint"
        assert mode(wal_path(store.path)) == 0o600
        export_window(
            store,
            WINDOW,
            deployment / "export.csv",
            export_format=ExportFormat.CSV,
            exported_by="priya",
            pseudonym_key=b"k3y-for-tests-only-0123456789abcdef",
        )
    write_report("<p>943 476 5919</p>", deployment / "reports", date(2026, 11, 16))
    write_evidence_pack(
        TakedownDraft(
            draft_id="draft-1",
            platform="x",
            account_handle="kingsmere_nhs_help",
            account_url="https://x.com/kingsmere_nhs_help",
            route=None,
            what_to_report="impersonation",
            report_text="This account impersonates the Trust",
            evidence_pack={"bio": "Official helpline"},
        ),
        deployment / "evidence",
    )
    message = EmailMessage()
    message["Message-ID"] = "<1@trustwatch.test>"
    message["Date"] = "Mon, 09 Nov 2026 09:00:00 +0000"
    message.set_content("URGENT post with patient identifiers")
    OutboxMailer(deployment / "outbox").write(message)

    files = [path for path in deployment.rglob("*") if path.is_file()]
    folders = [path for path in deployment.rglob("*") if path.is_dir()]
    assert {path.name for path in files} >= {
        "trustwatch.duckdb",
        "trustwatch.read.duckdb",
        "export.csv",
        "trustwatch-week-2026-11-16.html",
        "report.txt",
        "evidence.json",
    }
    assert {path.relative_to(deployment).as_posix(): mode(path) for path in files if mode(path) != 0o600} == {}
    assert {path.relative_to(deployment).as_posix(): mode(path) for path in folders if mode(path) & 0o077} == {}


@pytest.mark.usefixtures("shared_umask")
def test_a_database_left_readable_by_an_older_version_is_made_private_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "trustwatch.duckdb"
    Store.open(path).close()
    path.chmod(0o644)
    wal_path(path).write_bytes(b"")
    wal_path(path).chmod(0o644)

    Store.open(path).close()

    assert mode(path) == 0o600
    assert not wal_path(path).exists() or mode(wal_path(path)) == 0o600
