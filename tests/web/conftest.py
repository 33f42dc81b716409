"""A small database with cases of each kind and one account per role, and the app over it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage.cases import CaseBook, case_of
from storage.store import Store, replica_path
from storage.users import UserBook
from trustwatch.records import Account, Alert, Classification, Finding, Mention, Severity, SubjectType
from trustwatch.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
NHS_NUMBER = "943 476 5919"
NOW = datetime.now(UTC).replace(microsecond=0)
ROLES = ("viewer", "officer", "safeguarding", "information_governance", "admin")


@dataclass(frozen=True)
class Seeded:
    """Ids of what the seeded database holds."""

    safeguarding_case: str
    complaint_case: str
    impersonation_case: str
    takedown_id: str


def _mention(native_id: str, text: str, hours_ago: float, title: str | None = None) -> Mention:
    return Mention(
        platform="x",
        native_id=native_id,
        source="x-mentions",
        url=f"https://x.com/someone/status/{native_id}",
        author_id=f"author-{native_id}",
        author_handle=f"person{native_id}",
        title=title,
        text=text,
        published_at=NOW - timedelta(hours=hours_ago),
        raw={"public_metrics": {"like_count": int(hours_ago * 10)}},
    )


def _finding(kind: str, subject: str, severity: Severity, score: float, **evidence: object) -> Finding:
    return Finding(
        kind=kind,
        subject_type=SubjectType.ACCOUNT if kind == "impersonation" else SubjectType.MENTION,
        platform="x",
        subject_id=subject,
        severity=severity,
        score=score,
        summary=f"{kind.replace('_', ' ').capitalize()} on x",
        evidence=dict(evidence),
        detector="tests",
        detected_at=NOW - timedelta(hours=1),
    )


def seed(store: Store) -> Seeded:
    """Three posts and an impersonating account, their findings, alerts and cases; one takedown."""
    mentions = [
        _mention("101", f"My dad was left on a trolley for 9 hours, NHS number {NHS_NUMBER}. Nobody came.", 3),
        _mention("102", "Complaint: the car park at Kingsmere General charged me twice <script>alert(1)</script>", 5),
        _mention("103", "Lovely staff on ward 4, thank you", 8),
    ]
    store.land(
        run_id="run-1",
        source="x-mentions",
        source_type="x",
        mentions=mentions,
        accounts=[
            Account(platform="x", account_id="author-101", handle="person101", followers=120),
            Account(
                platform="x",
                account_id="imp-1",
                handle="KingsmereNHS_help",
                display_name="Kingsmere NHS Help",
                followers=40,
            ),
        ],
        classifications=[
            Classification(
                platform="x",
                native_id=m.native_id,
                model="tests",
                model_version="1",
                sentiment_label="negative" if m.native_id != "103" else "positive",
                sentiment_scores={"negative": 0.93, "neutral": 0.05, "positive": 0.02}
                if m.native_id != "103"
                else {"negative": 0.01, "neutral": 0.04, "positive": 0.95},
                classified_at=NOW - timedelta(hours=1),
            )
            for m in mentions
        ],
        cursor=None,
    )
    store.connection.execute(
        "INSERT INTO runs VALUES ('run-1', 'daily_monitor', ?, ?, ?, ?, 'partial', 3, 3, 4, 2, NULL)",
        [NOW - timedelta(days=1), NOW, NOW - timedelta(minutes=10), NOW - timedelta(minutes=5)],
    )
    store.connection.execute(
        "INSERT INTO run_sources (run_id, source, source_type, status, mentions, mentions_new, accounts, error, "
        "error_kind, finished_at) VALUES "
        "('run-1', 'local-news', 'rss', 'fatal', 0, 0, 0, 'HTTP 403 from the feed', 'fatal', ?)",
        [NOW],
    )
    findings = [
        _finding("safeguarding", "101", Severity.URGENT, 0.91, threshold=0.12, model_version="heads-1"),
        _finding("patient_identifiers", "101", Severity.URGENT, 1.0, kinds=["nhs_number"]),
        _finding("negative_mention", "101", Severity.NORMAL, 0.93),
        _finding("complaint", "102", Severity.HIGH, 0.88, threshold=0.41),
        _finding("staff_named", "102", Severity.NORMAL, 0.9, staff_ids=["S0001"]),
        _finding("impersonation", "imp-1", Severity.HIGH, 0.86),
    ]
    store.upsert_findings(findings, "run-1")
    alerts = [
        Alert(
            finding_id=f.finding_id,
            reason=f.kind,
            recipients=("comms@example.nhs.uk",),
            severity=f.severity,
            created_at=NOW - timedelta(hours=1),
        )
        for f in findings
    ]
    store.queue_alerts(alerts, "run-1")
    book = CaseBook(store)
    book.open_cases_for_alerts([a.alert_id for a in alerts], "run-1", now=NOW - timedelta(hours=1))
    takedown_id = book.draft_takedown(
        findings[-1].finding_id,
        reason="The account impersonates the Trust",
        subject_url="https://x.com/KingsmereNHS_help",
        report_text="This account copies our logo and name.",
        form_url="https://help.x.com/forms/impersonation",
        now=NOW - timedelta(hours=1),
    )
    users = UserBook(store)
    for role in ROLES:
        users.add(role.replace("_", "."), display_name=f"Test {role}", role=role, password=PASSWORD, actor="tests")
    return Seeded(
        safeguarding_case=case_of(findings[0]),
        complaint_case=case_of(findings[3]),
        impersonation_case=case_of(findings[-1]),
        takedown_id=takedown_id,
    )


@pytest.fixture
def web_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    folder = tmp_path / "demo"
    shutil.copytree(REPO / "demo", folder, ignore=shutil.ignore_patterns("*.duckdb*", "outbox", "recordings"))
    monkeypatch.setenv("TRUSTWATCH_STORAGE__PATH", str(tmp_path / "tw.duckdb"))
    return load_settings(folder / "trustwatch.toml")


@pytest.fixture(scope="session")
def seeded_database(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    """Seeded once per session (migrations and argon2 hashes take seconds); each test gets a copy."""
    path = tmp_path_factory.mktemp("seeded") / "tw.duckdb"
    with Store.open(path) as store:
        return path, seed(store)


@pytest.fixture
def seeded(web_settings: Settings, seeded_database: tuple[Path, Seeded]) -> Seeded:
    template, ids = seeded_database
    target = web_settings.resolve(web_settings.storage.path)
    shutil.copyfile(template, target)
    shutil.copyfile(template, replica_path(target))
    return ids
