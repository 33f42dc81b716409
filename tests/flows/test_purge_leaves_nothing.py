"""After `trustwatch purge`, no file of the deployment holds personal data that was due to go.

A deployment is seeded with old and recent personal data in every place TrustWatch keeps it: the
database (posts, accounts, findings, emails, a cursor's cached feed), its write-ahead log, the
outbox, weekly reports, evidence packs and an export. Each piece carries a unique marker; after the
purge every byte of every file under the deployment is searched for the markers that were due to go.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from typer.testing import CliRunner

from alerts.email import OutboxMailer
from alerts.export import ExportFormat, export_window
from alerts.report.render import write_report
from alerts.takedown import TakedownDraft, write_evidence_pack
from cli.main import app
from storage.cases import CaseBook, case_of
from storage.store import Store
from trustwatch.records import Account, Alert, Cursor, Finding, Mention, Severity, SubjectType, Window

NOW = datetime.now(UTC)
OLD, RECENT = NOW - timedelta(days=400), NOW - timedelta(days=20)


def marker(kind: str) -> str:
    return f"{kind}-{secrets.token_hex(6)}"


def post(native_id: str, published: datetime, text: str, author: str) -> Mention:
    return Mention(
        platform="x",
        native_id=native_id,
        source="x-search",
        url=f"https://x.com/{author}/status/{native_id}",
        author_id=author,
        author_handle=author,
        author_name=f"{author} full name",
        title=text[:40],
        text=f"{text}, born 01/02/1951, waited 9 hours at Kingsmere General",
        published_at=published,
        collected_at=published,
        raw={"full_text": text},
    )


def email(stamp: datetime, text: str) -> EmailMessage:
    message = EmailMessage()
    message["Message-ID"] = f"<{secrets.token_hex(4)}@trustwatch.test>"
    message["Date"] = stamp.strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["Subject"] = "Strongly negative mention"
    message.set_content(text)
    return message


def evidence(draft_id: str, text: str, folder: Path) -> None:
    write_evidence_pack(
        TakedownDraft(
            draft_id=draft_id,
            platform="x",
            account_handle="kingsmere_help",
            account_url="https://x.com/kingsmere_help",
            route=None,
            what_to_report="impersonation",
            report_text=text,
            evidence_pack={"quote": text},
        ),
        folder,
    )


def seed(deployment: Path, database: Path, outbox: Path, due: list[str], kept: list[str]) -> None:
    old_post, recent_post = marker("expired-post"), marker("kept-post")
    old_bio, old_email, old_cache = marker("expired-bio"), marker("expired-email"), marker("expired-cache")
    old_case = marker("expired-case")
    due += [old_post, old_bio, old_email, old_cache, old_case]
    kept.append(recent_post)
    # Published as runs publish it: the read replica, a copy of the file, is one more place to look.
    with Store.open(database, publish_replica=True) as store:
        store.start_run("daily_monitor", Window.ending_at(OLD), run_id="run-old")
        store.land(
            run_id="run-old",
            source="x-search",
            source_type="x",
            mentions=[post("1", OLD, old_post, "oldauthor"), post("2", RECENT, recent_post, "newauthor")],
            accounts=[Account(platform="x", account_id="gone", description=old_bio, collected_at=OLD)],
            classifications=[],
            cursor=Cursor(source="x-search", state={"feeds": {"f": {"etag": '"v1"', "cached_body": old_cache}}}),
        )
        praise = Finding(
            kind="staff_praise",
            subject_type=SubjectType.MENTION,
            platform="x",
            subject_id="1",
            severity=Severity.LOW,
            summary="Staff praised",
            evidence={"quote": old_post},
            detector="tests",
            detected_at=OLD,
        )
        store.upsert_findings([praise], "run-old")
        # A case resolved eleven years ago, with a takedown and its evidence pack.
        ancient = OLD - timedelta(days=11 * 365)
        case_post = post("3", ancient, old_case, "caseauthor")
        store.land(
            run_id="run-old",
            source="x-search",
            source_type="x",
            mentions=[case_post],
            accounts=[],
            classifications=[],
            cursor=None,
        )
        found = Finding(
            kind="safeguarding",
            subject_type=SubjectType.MENTION,
            platform="x",
            subject_id="3",
            severity=Severity.URGENT,
            summary="Safeguarding concern",
            evidence={"quote": old_case},
            detector="tests",
            detected_at=ancient,
        )
        store.upsert_findings([found], "run-old")
        alert = Alert(
            finding_id=found.finding_id, reason="safeguarding", recipients=("a@b.nhs.uk",), severity=found.severity
        )
        store.queue_alerts([alert], "run-old")
        book = CaseBook(store)
        book.open_cases_for_alerts([alert.alert_id], "run-old", now=ancient)
        takedown_id = book.draft_takedown(found.finding_id, reason="patient data", actor="priya", now=ancient)
        book.resolve(case_of(found), "priya", "removed", now=ancient + timedelta(days=30))
        store.queue_email(
            email_id="e-old",
            message_id="<e-old@trustwatch>",
            subject="Strongly negative mention",
            recipients=["a@b.nhs.uk"],
            message=f"Subject: x\r\n\r\n{old_email}".encode(),
            alert_ids=[],
            run_id="run-old",
        )
        store.mark_delivered("e-old", ["a@b.nhs.uk"], now=OLD)
        export_window(
            store,
            Window(since=OLD - timedelta(days=1), until=OLD + timedelta(days=1)),
            deployment / "old-export.csv",
            export_format=ExportFormat.CSV,
            exported_by="priya",
            pseudonym_key=b"k3y-for-tests-only-0123456789abcdef",
        )
        store.connection.execute("CHECKPOINT")

    old_outbox, recent_outbox = marker("expired-outbox"), marker("kept-outbox")
    OutboxMailer(outbox).write(email(OLD, old_outbox))
    OutboxMailer(outbox).write(email(RECENT, recent_outbox))
    old_report, recent_report = marker("expired-report"), marker("kept-report")
    write_report(old_report, deployment / "demo" / "reports", date.fromisoformat(OLD.date().isoformat()))
    write_report(recent_report, deployment / "demo" / "reports", RECENT.date())
    old_pack, live_pack = marker("expired-evidence"), marker("kept-evidence")
    evidence(takedown_id, old_pack, deployment / "demo" / "evidence")
    evidence("draft-without-a-takedown", live_pack, deployment / "demo" / "evidence")
    due += [old_outbox, old_report, old_pack]
    kept += [recent_outbox, recent_report, live_pack]


def holders(deployment: Path, markers: list[str]) -> dict[str, list[str]]:
    """Every marker found, with the files (relative to the deployment) whose bytes contain it."""
    files = {path: path.read_bytes() for path in deployment.rglob("*") if path.is_file()}
    found = {
        text: [path.relative_to(deployment).as_posix() for path, data in files.items() if text.encode() in data]
        for text in markers
    }
    return {text: paths for text, paths in found.items() if paths}


def test_after_a_purge_no_file_in_the_deployment_holds_personal_data_that_was_due_to_go(
    demo_config: Path, tmp_path: Path
) -> None:
    due: list[str] = []
    kept: list[str] = []
    seed(tmp_path, tmp_path / "trustwatch.duckdb", tmp_path / "outbox", due, kept)
    assert set(holders(tmp_path, due)) == set(due), "every marker is in some file before the purge"
    assert "trustwatch.read.duckdb" in holders(tmp_path, due)[due[0]]

    result = CliRunner().invoke(app, ["purge", "--config", str(demo_config), "--by", "dan.okafor"])

    assert result.exit_code == 0, result.output
    assert holders(tmp_path, due) == {}
    assert set(holders(tmp_path, kept)) == set(kept), "what is not due stays"
    with Store.open(tmp_path / "trustwatch.duckdb") as store:
        [row] = store.fetch_dicts("SELECT map_keys(rows_deleted) AS counted FROM purges")
    assert {"files.outbox", "files.reports", "files.evidence", "files.exports", "cursors.cached_responses"} <= set(
        row["counted"]
    )
