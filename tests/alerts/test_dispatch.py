"""Routing and dispatch against a real DuckDB store, real .eml outbox and a real (closed) SMTP port."""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from alerts.dispatch import dispatch_alerts, send_queued
from alerts.email import OutboxMailer, SmtpMailer
from alerts.report import KIND_LABELS
from alerts.routing import KINDS, is_urgent, recipients_for, route, updates
from classifiers.impersonation import FINDING_KINDS
from storage.store import Store
from tests.support.smtp import RunningServer
from trustwatch.records import Finding, Mention, Severity, SubjectType, Window
from trustwatch.settings import AlertRoute, AlertSettings, Settings, SmtpSettings, TrustProfile

WINDOW = Window(since=datetime(2026, 11, 15, tzinfo=UTC), until=datetime(2026, 11, 16, tzinfo=UTC))
COMMS = "comms@kingsmerevalley.nhs.uk"
PALS = "pals@kingsmerevalley.nhs.uk"
SAFEGUARDING = "safeguarding@kingsmerevalley.nhs.uk"


def settings(tmp_path: Path) -> Settings:
    return Settings(
        trust=TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust"),
        alerts={
            "team_inbox": COMMS,
            "sender": "trustwatch@kingsmerevalley.nhs.uk",
            "transport": "outbox",
            "outbox_dir": tmp_path / "outbox",
            "routes": [
                AlertRoute(kinds=["complaint"], recipients=[PALS]),
                AlertRoute(kinds=["safeguarding"], recipients=[SAFEGUARDING]),
                AlertRoute(kinds=["*"], min_severity="urgent", recipients=["duty.manager@kingsmerevalley.nhs.uk"]),
            ],
        },
    )


def finding(kind: str, subject_id: str, severity: Severity = Severity.NORMAL, **evidence: object) -> Finding:
    return Finding(
        kind=kind,
        subject_type=SubjectType.MENTION,
        platform="web",
        subject_id=subject_id,
        severity=severity,
        score=0.9,
        summary=f"{kind} finding",
        evidence=dict(evidence),
        detector="test",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "tw.duckdb")
    run_id = opened.start_run("test", WINDOW)
    mentions = [
        Mention(
            platform="web",
            native_id=str(i),
            source="news",
            title=f"Post {i}",
            text=f"Post {i} about Kingsmere <script>alert(1)</script>",
            published_at=datetime(2026, 11, 15, 9, tzinfo=UTC),
            url=f"https://news.example/{i}",
        )
        for i in range(1, 6)
    ]
    opened.land(
        run_id=run_id, source="news", source_type="rss", mentions=mentions, accounts=[], classifications=[], cursor=None
    )
    opened.run_id = run_id  # type: ignore[attr-defined]
    yield opened  # type: ignore[misc]
    opened.close()


def raise_and_dispatch(store: Store, config: Settings, findings: list[Finding], **options: object) -> int:
    run_id: str = store.run_id  # type: ignore[attr-defined]
    stored = store.finding_revisions([f.finding_id for f in findings])
    store.upsert_findings(findings, run_id)
    new = store.queue_alerts([*route(findings, config), *updates(findings, stored, config)], run_id)
    result = dispatch_alerts(store, config, run_id=run_id, window=WINDOW, alerts_raised=len(new), **options)  # type: ignore[arg-type]
    return result.emails_sent


def outbox(tmp_path: Path) -> list[EmailMessage]:
    parser = BytesParser(policy=policy.default)
    return [parser.parsebytes(p.read_bytes()) for p in sorted((tmp_path / "outbox").glob("*.eml"))]  # type: ignore[misc]


def test_routes_add_recipients_by_kind_and_severity(tmp_path: Path) -> None:
    alerts = settings(tmp_path).alerts
    assert recipients_for(finding("complaint", "1"), alerts) == (COMMS, PALS)
    assert recipients_for(finding("negative_mention", "1"), alerts) == (COMMS,)
    assert recipients_for(finding("safeguarding", "1", Severity.URGENT), alerts) == (
        COMMS,
        SAFEGUARDING,
        "duty.manager@kingsmerevalley.nhs.uk",
    )


def test_the_safeguarding_review_list_goes_to_the_safeguarding_lead_in_the_daily_digest(
    store: Store, tmp_path: Path
) -> None:
    config = settings(tmp_path)
    listed = finding("safeguarding_review", "1", Severity.HIGH)
    # The lead's route names "safeguarding"; the duty manager's asks for urgent only, so it skips the list.
    assert recipients_for(listed, config.alerts) == (COMMS, SAFEGUARDING)
    assert not is_urgent(listed.kind, listed.severity, config.alerts)
    assert raise_and_dispatch(store, config, [listed], urgent_only=True) == 0
    assert raise_and_dispatch(store, config, []) == 2  # the daily run: one digest each for comms and the lead
    to_lead = [message for message in outbox(tmp_path) if message["To"] == SAFEGUARDING]
    assert len(to_lead) == 1
    assert "post for the safeguarding lead to read today" in to_lead[0]["Subject"]
    assert "URGENT" not in to_lead[0]["Subject"]


def test_report_only_kinds_raise_no_alert(tmp_path: Path) -> None:
    assert route([finding("staff_praise", "1", Severity.LOW)], settings(tmp_path)) == []


def test_urgent_alerts_go_one_by_one_and_the_rest_in_one_digest_per_recipient(store: Store, tmp_path: Path) -> None:
    config = settings(tmp_path)
    findings = [
        finding("safeguarding", "1", Severity.URGENT),
        finding("complaint", "2"),
        finding("complaint", "3"),
        finding("negative_mention", "4"),
    ]
    assert raise_and_dispatch(store, config, findings) == 3
    sent = outbox(tmp_path)
    urgent = [m for m in sent if m["Subject"].startswith("[TrustWatch] URGENT safeguarding concern")]
    assert len(urgent) == 1 and SAFEGUARDING in urgent[0]["To"]
    to_pals = [m for m in sent if m["To"] == PALS]
    assert len(to_pals) == 1 and "2 complaints" in to_pals[0]["Subject"]
    to_comms = [m for m in sent if m["To"] == COMMS]
    assert len(to_comms) == 1 and "3 alerts" in to_comms[0]["Subject"]
    html = to_comms[0].get_body(preferencelist=("html",)).get_content()  # type: ignore[union-attr]
    assert "<script>" not in html and "&lt;script&gt;" in html

    assert raise_and_dispatch(store, config, findings) == 0, "the same findings never alert twice"
    assert len(outbox(tmp_path)) == 3


def test_the_hourly_sweep_sends_urgent_alerts_and_leaves_the_rest_for_the_digest(store: Store, tmp_path: Path) -> None:
    config = settings(tmp_path)
    findings = [finding("safeguarding", "1", Severity.URGENT), finding("negative_mention", "4")]
    assert raise_and_dispatch(store, config, findings, urgent_only=True) == 1
    assert raise_and_dispatch(store, config, findings) == 1
    subjects = sorted(m["Subject"] for m in outbox(tmp_path))
    assert len(subjects) == 2 and any("strongly negative" in s for s in subjects)


def test_a_changed_subject_sends_one_update_threaded_on_the_first_email(store: Store, tmp_path: Path) -> None:
    config = settings(tmp_path)
    first = finding("safeguarding", "1", Severity.URGENT, revision="a")
    raise_and_dispatch(store, config, [first])
    raise_and_dispatch(store, config, [first])
    changed = finding("safeguarding", "1", Severity.URGENT, revision="b")
    raise_and_dispatch(store, config, [changed])
    raise_and_dispatch(store, config, [changed])
    original, update = outbox(tmp_path)[0], outbox(tmp_path)[-1]
    assert len(outbox(tmp_path)) == 2
    if update["In-Reply-To"] is None:
        original, update = update, original
    assert update["In-Reply-To"] == original["Message-ID"]
    assert update["Subject"] == "Re: " + original["Subject"]
    assert "Changed since the first alert" in update.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]


def test_with_smtp_down_alerts_stay_queued_and_go_out_once_on_the_next_run(store: Store, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    config = settings(tmp_path)
    down = SmtpMailer(SmtpSettings(host="127.0.0.1", port=closed_port, security="none", timeout_seconds=2))
    run_id: str = store.run_id  # type: ignore[attr-defined]
    findings = [finding("negative_mention", "4")]
    store.upsert_findings(findings, run_id)
    store.queue_alerts(route(findings, config), run_id)
    result = dispatch_alerts(store, config, run_id=run_id, window=WINDOW, alerts_raised=1, mailer=down)
    assert result.emails_sent == 0 and result.error is not None
    assert len(store.queued_emails()) == 1

    assert send_queued(store, OutboxMailer(tmp_path / "outbox")) == (1, None)
    assert send_queued(store, OutboxMailer(tmp_path / "outbox")) == (0, None)
    assert len(outbox(tmp_path)) == 1


def test_every_kind_the_alerts_and_the_weekly_report_know_has_its_email_wording() -> None:
    defaults = AlertSettings(team_inbox=COMMS, sender="trustwatch@kingsmerevalley.nhs.uk")
    known = {*KIND_LABELS, *defaults.urgent_kinds, *(kind for kind, _ in FINDING_KINDS.values())}
    assert known - {"staff_praise"} <= set(KINDS)
    assert all(wording.one and wording.many for wording in KINDS.values())


def smtp_relay(port: int) -> SmtpMailer:
    return SmtpMailer(SmtpSettings(host="127.0.0.1", port=port, security="none", timeout_seconds=5))


def delivered_to(server: RunningServer) -> list[tuple[str, str]]:
    return [
        (str(message["Subject"]), recipient)
        for message, recipients in zip(server.handler.messages, server.handler.recipients, strict=True)
        for recipient in recipients
    ]


def test_a_refused_pals_address_never_holds_back_urgent_email_to_anyone_else(
    store: Store, tmp_path: Path, smtp_server: Callable[..., RunningServer]
) -> None:
    server = smtp_server()
    server.handler.refuse[PALS] = "550 5.1.1 no such mailbox"
    config = settings(tmp_path)
    relay = smtp_relay(server.port)
    # The complaint digest to PALS is queued before the safeguarding alert, and would once block it.
    raise_and_dispatch(store, config, [finding("complaint", "1")], urgent_only=False, mailer=relay)
    raise_and_dispatch(store, config, [finding("safeguarding", "2", Severity.URGENT)], mailer=relay)

    got = delivered_to(server)
    assert sum(1 for _, recipient in got if recipient == SAFEGUARDING) == 1
    assert PALS not in {recipient for _, recipient in got}
    notices = [subject for subject, recipient in got if "could not be delivered" in subject]
    assert notices and all(recipient == COMMS for subject, recipient in got if subject in notices)
    assert [(letter.recipient, letter.last_error) for letter in store.dead_letters()] == [
        (PALS, "server answered 550 5.1.1 no such mailbox")
    ]


def test_when_one_recipient_is_refused_for_now_the_others_get_the_email_once(
    store: Store, tmp_path: Path, smtp_server: Callable[..., RunningServer]
) -> None:
    server = smtp_server()
    server.handler.refuse[SAFEGUARDING] = "452 4.2.2 mailbox full"
    config = settings(tmp_path)
    relay = smtp_relay(server.port)
    raise_and_dispatch(store, config, [finding("safeguarding", "3", Severity.URGENT)], mailer=relay)
    first = delivered_to(server)
    assert {recipient for _, recipient in first} == {COMMS, "duty.manager@kingsmerevalley.nhs.uk"}

    del server.handler.refuse[SAFEGUARDING]
    later = datetime.now(UTC) + timedelta(hours=1)
    assert send_queued(store, relay, now=later) == (1, None)
    again = delivered_to(server)[len(first) :]
    assert [recipient for _, recipient in again] == [SAFEGUARDING]
    assert send_queued(store, relay, now=later) == (0, None)


def test_a_line_break_in_a_post_title_never_stops_its_alert(store: Store, tmp_path: Path) -> None:
    run_id: str = store.run_id  # type: ignore[attr-defined]
    broken = Mention(
        platform="web",
        native_id="9",
        source="news",
        title="Ward 7\r\nBcc: someone@example.org",
        text="Left in soiled sheets on Ward 7 at Kingsmere General",
        published_at=datetime(2026, 11, 15, 9, tzinfo=UTC),
    )
    store.land(
        run_id=run_id, source="news", source_type="rss", mentions=[broken], accounts=[], classifications=[], cursor=None
    )
    sent = raise_and_dispatch(store, settings(tmp_path), [finding("safeguarding", "9", Severity.URGENT)])
    [email] = outbox(tmp_path)
    assert sent == 1
    assert "\n" not in str(email["Subject"]) and email["Bcc"] is None


def account_finding(handle: str, display_name: str, description: str) -> Finding:
    from classifiers.approved_accounts import ApprovedRegister
    from classifiers.impersonation import ImpersonationScorer, account_from_json, impersonation_finding

    scorer = ImpersonationScorer(
        TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["KVH"]), ApprovedRegister()
    )
    account = account_from_json(
        {
            "platform": "x",
            "handle": handle,
            "account_id": handle,
            "display_name": display_name,
            "description": description,
        }
    )
    made = impersonation_finding(account, scorer.score(account, WINDOW.until), WINDOW.until)
    assert made is not None
    return made


def test_impersonation_goes_out_at_once_and_suspicious_accounts_reach_the_daily_digest(
    store: Store, tmp_path: Path
) -> None:
    config = settings(tmp_path)
    impersonator = account_finding(
        "kvh_refunds", "Kingsmere Valley Hospitals", "Refunds desk: DM your card details and NHS number."
    )
    suspicious = account_finding("kvh_news_team", "Ashby Gazette", "")
    assert (impersonator.kind, suspicious.kind) == ("impersonation", "suspicious_account")

    assert raise_and_dispatch(store, config, [impersonator, suspicious], urgent_only=True) == 1
    [at_once] = outbox(tmp_path)
    assert "impersonating" in at_once["Subject"]

    assert raise_and_dispatch(store, config, [impersonator, suspicious]) == 1
    digest = next(m for m in outbox(tmp_path) if m is not None and "impersonating" not in m["Subject"])
    body = digest.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "@kvh_news_team" in body
    assert "check the profile today" in body
