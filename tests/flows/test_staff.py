"""Staff steps over a real DuckDB store: posts landed, findings detected and alerted by the monitor's own
tasks, then takedown drafts and praise digests (outbox transport). No ML model: sentiment is landed as
classifications. The tasks run through `.fn`; one slow test runs them inside a Prefect flow."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from prefect import flow

from alerts.email import parse_message
from alerts.staff_actions import STAFF_NAME_MARKER
from flows.staff import draft_staff_takedowns, send_praise_digests
from flows.tasks import detect_findings, raise_alerts
from storage.cases import CaseBook
from storage.store import Store
from trustwatch.records import Classification, Finding, Mention, Window
from trustwatch.settings import Settings, load_settings

NOW = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)
WEEK = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 16, tzinfo=UTC))
REVIEWS = "https://www.nhs.uk/services/hospital/kingsmere-general-hospital/R9K01/ratings-and-reviews"

STAFF_CSV = """\
staff_id,full_name,known_as,title,role,department,line_manager_email
S1,Megan Jones,,Sister,Ward Sister,Ward 7 (Elderly Care),ward7.matron@kingsmerevalley.nhs.uk
S2,Simon Hartley,,Dr,Specialty Registrar,Emergency Department,ed.lead@kingsmerevalley.nhs.uk
S3,Hope Mensah,,,Healthcare Assistant,Ward 7 (Elderly Care),ward7.matron@kingsmerevalley.nhs.uk
S4,Kwame Asante,,Nurse,Charge Nurse,Emergency Department,ed.lead@kingsmerevalley.nhs.uk
S5,Stanley Whitehead,Stan,Mr,Porter,Estates and Facilities,
"""


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    (tmp_path / "staff.csv").write_text(STAFF_CSV, encoding="utf-8")
    config = tmp_path / "trustwatch.toml"
    config.write_text(
        '[trust]\nname = "Kingsmere Valley Hospitals NHS Foundation Trust"\n'
        'aliases = ["Kingsmere General Hospital", "Kingsmere General"]\n\n'
        '[staff]\ndirectory = "staff.csv"\n\n'
        '[alerts]\nteam_inbox = "communications@kingsmerevalley.nhs.uk"\n'
        'sender = "trustwatch@kingsmerevalley.nhs.uk"\ntransport = "outbox"\noutbox_dir = "outbox"\n\n'
        '[[alerts.routes]]\nkinds = ["staff_named"]\nrecipients = ["people.experience@kingsmerevalley.nhs.uk"]\n',
        encoding="utf-8",
    )
    return load_settings(config)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "trustwatch.duckdb") as opened:
        yield opened


def review(native_id: str, title: str, text: str, day: int, sentiment: str) -> tuple[Mention, Classification]:
    mention = Mention(
        platform="nhs_website",
        native_id=native_id,
        source="nhs-reviews",
        kind="review",
        url=f"{REVIEWS}#review-{native_id}",
        author_name="A patient",
        title=title,
        text=text,
        published_at=WEEK.since + timedelta(days=day),
        rating=1.0 if sentiment == "negative" else 5.0,
        raw={
            "html": f'<div id="review-{native_id}"><a href="/services/hospital/kingsmere-general-hospital/R9K01/'
            f'ratings-and-reviews/report-review?commentId={native_id}">Report this review</a></div>'
        },
    )
    scores = {"negative": 0.02, "neutral": 0.03, "positive": 0.95}
    if sentiment == "negative":
        scores = {"negative": 0.95, "neutral": 0.03, "positive": 0.02}
    return mention, Classification(
        platform="nhs_website",
        native_id=native_id,
        model="builtin",
        model_version="test",
        sentiment_label=sentiment,
        sentiment_scores=scores,
    )


POSTS = [
    review("r1", "Rude and dismissive", "Sister Jones on Ward 7 was rude and dismissive to my mum.", 1, "negative"),
    review("r2", "Dismissed in A&E", "Dr Hartley in A&E said my son was wasting everyone's time.", 2, "negative"),
    review(
        "r3",
        "Hope sat with Mum",
        "Hope, the healthcare assistant on Ward 7, sat with my mum every evening.",
        3,
        "positive",
    ),
    review(
        "r4",
        "Thank you",
        "Charge Nurse Kwame Asante and the A&E team at Kingsmere General were amazing.",
        4,
        "positive",
    ),
    review(
        "r5",
        "Made me laugh",
        "Stan the porter at Kingsmere General had me laughing all the way to X-ray.",
        5,
        "positive",
    ),
    review("r6", "Parking", "Parking is still hard to find after 10am at Kingsmere General.", 5, "negative"),
]


def run_monitor_steps(settings: Settings, store: Store, run_id: str = "run-1") -> list[Finding]:
    """Land the posts and detect and alert as the monitor does, with its own tasks."""
    window = Window(since=WEEK.since, until=WEEK.until)
    store.start_run("daily_monitor", window, run_id=run_id)
    store.land(
        run_id=run_id,
        source="nhs-reviews",
        source_type="nhs_website",
        mentions=[mention for mention, _ in POSTS],
        accounts=[],
        classifications=[classification for _, classification in POSTS],
        cursor=None,
    )
    findings = detect_findings.fn(settings, store, run_id, window)
    raise_alerts.fn(settings, store, run_id, window, findings)
    return findings


def test_posts_naming_staff_get_one_takedown_draft_each_with_a_name_free_pack(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    findings = run_monitor_steps(settings, store)
    named = sorted(f.subject_id for f in findings if f.kind == "staff_named")
    assert named == ["r1", "r2"]

    drafted = draft_staff_takedowns.fn(settings, store, findings)
    assert len(drafted) == 2
    takedowns = store.fetch_dicts(
        "SELECT t.takedown_id, t.subject_id, t.status, t.reason, t.form_url, t.subject_url, t.report_text, "
        "CAST(t.evidence AS VARCHAR) AS evidence, c.kind AS case_kind "
        "FROM takedowns AS t JOIN cases AS c USING (case_id) ORDER BY t.subject_id"
    )
    assert [(row["subject_id"], row["status"], row["case_kind"]) for row in takedowns] == [
        ("r1", "drafted", "staff_named"),
        ("r2", "drafted", "staff_named"),
    ]
    first = takedowns[0]
    assert first["reason"] == "A review on the NHS website that names a member of staff (negative)."
    assert first["form_url"] == f"{REVIEWS}/report-review?commentId=r1"
    assert first["subject_url"] == f"{REVIEWS}#review-r1"
    evidence = json.loads(first["evidence"])
    assert evidence["staff_ids"] == ["S1"]
    assert evidence["post_snapshot"]["text"] == f"{STAFF_NAME_MARKER} on Ward 7 was rude and dismissive to my mum."
    assert "Jones" not in first["evidence"] + first["report_text"]
    assert "Hartley" not in takedowns[1]["evidence"] + takedowns[1]["report_text"]

    folder = tmp_path / "evidence" / first["takedown_id"]
    assert json.loads((folder / "evidence.json").read_text(encoding="utf-8"))["evidence_pack"] == evidence
    assert (folder / "report.txt").read_text(encoding="utf-8") == first["report_text"] + "\n"

    # Re-seeing the same posts in a later run drafts nothing new, even once comms have requested one.
    CaseBook(store).mark_requested(first["takedown_id"], "ravi.kapoor", "NHS-REF-1")
    again = run_monitor_steps(settings, store, run_id="run-2")
    assert draft_staff_takedowns.fn(settings, store, again) == []
    assert store.scalar("SELECT count(*) FROM takedowns") == 2
    assert store.scalar("SELECT status FROM takedowns WHERE subject_id = 'r1'") == "requested"


def test_a_deleted_post_or_a_finding_without_its_post_gets_no_draft(settings: Settings, store: Store) -> None:
    findings = run_monitor_steps(settings, store)
    store.connection.execute("UPDATE collected_mentions SET deleted = true WHERE native_id = 'r1'")
    store.connection.execute("DELETE FROM collected_mentions WHERE native_id = 'r2'")
    assert draft_staff_takedowns.fn(settings, store, findings) == []
    assert draft_staff_takedowns.fn(settings, store, [f for f in findings if f.kind != "staff_named"]) == []


def outbox(tmp_path: Path) -> list[tuple[str, str, str]]:
    messages = [parse_message(path.read_bytes()) for path in sorted((tmp_path / "outbox").glob("*.eml"))]
    return sorted(
        (str(m["To"]), str(m["Subject"]), m.get_body(preferencelist=("plain",)).get_content())  # type: ignore[union-attr]
        for m in messages
    )


def test_each_line_manager_gets_one_praise_email_a_week_and_a_rerun_sends_none(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    run_monitor_steps(settings, store)
    alert_emails = {path.name for path in (tmp_path / "outbox").glob("*.eml")}

    assert send_praise_digests.fn(settings, store, WEEK) == 2
    praise = [message for message in outbox(tmp_path) if "Staff praise" in message[1]]
    assert [(to, subject) for to, subject, _ in praise] == [
        (
            "ed.lead@kingsmerevalley.nhs.uk",
            "[TrustWatch] Staff praise for your team, 9\N{EN DASH}15 Nov: 1 post praising your team",
        ),
        (
            "ward7.matron@kingsmerevalley.nhs.uk",
            "[TrustWatch] Staff praise for your team, 9\N{EN DASH}15 Nov: 1 post praising your team",
        ),
    ]
    ed_lead, matron = praise[0][2], praise[1][2]
    assert "Kwame Asante (Charge Nurse, Emergency Department)" in ed_lead and "Please pass this on to Kwame" in ed_lead
    assert "Hope Mensah (Healthcare Assistant, Ward 7 (Elderly Care))" in matron
    # The porter has no line manager on file: his praise stays in the weekly report only.
    assert all("Stan" not in body for _, _, body in praise)
    # Negative posts never reach a praise digest.
    assert all("rude" not in body for _, _, body in praise)

    assert send_praise_digests.fn(settings, store, WEEK) == 0
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == len(alert_emails) + 2
    assert store.fetch_dicts(
        "SELECT status, recipients FROM emails WHERE run_id = 'staff-praise-2026-11-09' ORDER BY recipients"
    ) == [
        {"status": "sent", "recipients": ["ed.lead@kingsmerevalley.nhs.uk"]},
        {"status": "sent", "recipients": ["ward7.matron@kingsmerevalley.nhs.uk"]},
    ]
    later = Window(since=WEEK.until, until=WEEK.until + timedelta(days=7))
    assert send_praise_digests.fn(settings, store, later) == 0


def test_without_a_staff_directory_there_are_no_praise_digests(tmp_path: Path, store: Store) -> None:
    config = tmp_path / "plain.toml"
    config.write_text(
        '[trust]\nname = "Kingsmere Valley Hospitals NHS Foundation Trust"\n\n'
        '[alerts]\nteam_inbox = "communications@kingsmerevalley.nhs.uk"\n'
        'sender = "trustwatch@kingsmerevalley.nhs.uk"\ntransport = "outbox"\noutbox_dir = "outbox"\n',
        encoding="utf-8",
    )
    assert send_praise_digests.fn(load_settings(config), store, WEEK) == 0
    assert store.count("emails") == 0


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_both_steps_run_as_prefect_tasks_inside_a_flow(settings: Settings, store: Store) -> None:
    findings = run_monitor_steps(settings, store)

    @flow(name="staff-steps-test")
    def staff_steps() -> tuple[list[str], int]:
        return draft_staff_takedowns(settings, store, findings), send_praise_digests(settings, store, WEEK)

    drafted, queued = staff_steps()
    assert (len(drafted), queued) == (2, 2)
