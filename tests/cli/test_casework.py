"""The casework commands as a comms officer uses them: cases, takedowns, export and read-only SQL."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from alerts.export import PSEUDONYM_KEY_ENV
from cli.casework import register
from storage.cases import CaseBook, case_of
from storage.store import Store
from trustwatch.records import Alert, Cursor, Finding, Mention, Severity, SubjectType

NHS_NUMBER = "943 476 5919"
ENV = {"COLUMNS": "250", "USER": "priya.shah"}


def build_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """TrustWatch (test app)."""

    register(app)
    return app


APP = build_app()
runner = CliRunner()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "trustwatch.toml"
    path.write_text(
        '[trust]\nname = "Kingsmere Valley Hospitals NHS Foundation Trust"\n'
        '[trust.official_handles]\nx = ["KingsmereNHS"]\n'
        '[storage]\npath = "tw.duckdb"\n'
        '[alerts]\nteam_inbox = "communications@kingsmerevalley.nhs.uk"\n'
        'sender = "trustwatch@kingsmerevalley.nhs.uk"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def ids(config: Path) -> dict[str, str]:
    """A database with one negative-mention case and one impersonation case with a drafted takedown."""
    mention = Mention(
        platform="x",
        native_id="101",
        source="x-search",
        url="https://x.com/angrypatient77/status/101",
        author_handle="angrypatient77",
        text=f"Nine hours in A&E at Kingsmere General, NHS number {NHS_NUMBER}",
        published_at=datetime(2026, 11, 9, 8, tzinfo=UTC),
    )
    negative = Finding(
        kind="negative_mention",
        subject_type=SubjectType.MENTION,
        platform="x",
        subject_id="101",
        severity=Severity.NORMAL,
        score=0.95,
        summary="Strongly negative post on x [A&E]",
        detector="tests",
    )
    impersonation = Finding(
        kind="impersonation",
        subject_type=SubjectType.ACCOUNT,
        platform="reddit",
        subject_id="t2_88001",
        severity=Severity.HIGH,
        summary="Account impersonating the Trust on reddit",
        detector="tests",
    )
    with Store.open(config.parent / "tw.duckdb") as store:
        store.land(
            run_id="run-1",
            source="x-search",
            source_type="x",
            mentions=[mention],
            accounts=[],
            classifications=[],
            cursor=Cursor(source="x-search"),
        )
        store.upsert_findings([negative, impersonation], "run-1")
        alerts = [
            Alert(finding_id=f.finding_id, reason=f.kind, recipients=("c@k.nhs.uk",), severity=f.severity)
            for f in (negative, impersonation)
        ]
        store.queue_alerts(alerts, "run-1")
        book = CaseBook(store)
        book.open_cases_for_alerts([alert.alert_id for alert in alerts], "run-1")
        takedown_id = book.draft_takedown(
            impersonation.finding_id,
            reason="impersonates the Trust",
            subject_url="https://www.reddit.com/user/KVH_help",
        )
    return {
        "alert": alerts[0].alert_id,
        "case": case_of(negative),
        "impersonation_case": case_of(impersonation),
        "takedown": takedown_id,
    }


def invoke(config: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(APP, [*args, "--config", str(config)], env={**ENV, **(env or {})})
    return result.exit_code, result.output


def db_rows(config: Path, sql: str) -> list[dict[str, object]]:
    with Store.open(config.parent / "tw.duckdb") as store:
        return store.fetch_dicts(sql)


def test_alerts_list_shows_active_cases_most_severe_first(config: Path, ids: dict[str, str]) -> None:
    code, output = invoke(config, "alerts", "list")
    assert code == 0, output
    assert "2 active cases" in output
    assert output.index("impersonation") < output.index("negative_mention")
    assert ids["case"][:12] in output
    assert "[NHS number]" in output and NHS_NUMBER not in output, "titles come from posts, masked"

    code, output = invoke(config, "alerts", "list", "--status", "resolved")
    assert code == 0 and "0 resolved cases" in output


def test_ack_and_resolve_by_the_alert_id_from_an_email_record_who_and_why(config: Path, ids: dict[str, str]) -> None:
    code, output = invoke(config, "alerts", "ack", ids["alert"][:10], "--note", "on it")
    assert code == 0, output
    assert f"Case {ids['case']} acknowledged by priya.shah" in output

    code, output = invoke(config, "alerts", "resolve", ids["case"][:8], "--by", "dan.okafor", "-n", "replied")
    assert code == 0, output
    assert db_rows(
        config, f"SELECT actor, action, note FROM case_events WHERE case_id = '{ids['case']}' ORDER BY event_number"
    )[1:] == [
        {"actor": "priya.shah", "action": "acknowledged", "note": "on it"},
        {"actor": "dan.okafor", "action": "resolved", "note": "replied"},
    ]


def test_show_prints_the_trail_and_redacts_patient_identifiers(config: Path, ids: dict[str, str]) -> None:
    invoke(config, "alerts", "ack", ids["case"])
    code, output = invoke(config, "alerts", "show", ids["case"])
    assert code == 0, output
    assert "Strongly negative post on x [A&E]" in output and "Audit trail" in output, "brackets are text, not markup"
    assert "acknowledged" in output and "priya.shah" in output
    assert "[NHS number]" in output and NHS_NUMBER not in output


def test_a_refused_change_exits_2_and_says_why(config: Path, ids: dict[str, str]) -> None:
    invoke(config, "alerts", "resolve", ids["case"])
    code, output = invoke(config, "alerts", "ack", ids["case"])
    assert code == 2
    assert "is resolved, cannot be marked acknowledged" in output


def test_a_change_without_a_user_asks_for_by(config: Path, ids: dict[str, str]) -> None:
    code, output = invoke(config, "alerts", "ack", ids["case"], env={"USER": "", "LOGNAME": ""})
    assert code == 2
    assert "--by" in output


def test_takedowns_go_from_requested_to_refused_on_the_command_line(config: Path, ids: dict[str, str]) -> None:
    code, output = invoke(config, "takedowns", "requested", ids["takedown"][:6], "--reference", "RD-1234")
    assert code == 0, output
    code, output = invoke(config, "takedowns", "list", "--status", "requested")
    assert code == 0 and "RD-1234" in output and "1 takedown" in output
    code, output = invoke(config, "takedowns", "refused", ids["takedown"], "--note", "not impersonation, they say")
    assert code == 0, output
    assert db_rows(config, "SELECT status, requested_by, decided_by, decision_note FROM takedowns") == [
        {
            "status": "refused",
            "requested_by": "priya.shah",
            "decided_by": "priya.shah",
            "decision_note": "not impersonation, they say",
        }
    ]
    code, output = invoke(config, "takedowns", "removed", ids["takedown"])
    assert code == 2 and "is refused, cannot be marked removed" in output


def test_sql_prints_a_table_from_the_views(config: Path, ids: dict[str, str]) -> None:
    code, output = invoke(config, "sql", "SELECT kind, status FROM open_cases ORDER BY kind")
    assert code == 0, output
    assert "impersonation" in output and "negative_mention" in output and "(2 rows)" in output


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("DELETE FROM cases", "only SELECT queries are allowed here, not DELETE"),
        ("UPDATE cases SET status = 'resolved'", "not UPDATE"),
        ("SELECT 1; DROP TABLE cases", "exactly one statement"),
        ("COPY cases TO 'cases.csv'", "not COPY"),
        ("ATTACH 'other.duckdb'", "not ATTACH"),
        ("SELECT * FROM read_csv('/etc/passwd')", "disabled"),
    ],
    ids=[
        "a delete is refused",
        "an update is refused",
        "a second statement is refused",
        "copying out is refused",
        "attaching another database is refused",
        "reading other files is refused",
    ],
)
def test_sql_refuses_anything_but_one_read_only_query(
    config: Path, ids: dict[str, str], query: str, message: str
) -> None:
    code, output = invoke(config, "sql", query)
    assert code == 2
    assert message in output
    assert len(db_rows(config, "SELECT * FROM cases")) == 2


ENDLESS_QUERY = "SELECT sum(hash(i)) FROM range(1000000000000) AS t(i)"


@pytest.mark.parametrize(
    ("arguments", "env", "stopped_after"),
    [
        (["--timeout", "0.5"], {}, "0.5 s"),
        ([], {"TRUSTWATCH_STORAGE__LOCK_TIMEOUT_SECONDS": "1"}, "0.5 s"),
    ],
    ids=["as asked", "by default half the run's wait for the lock"],
)
def test_a_long_query_is_stopped_so_a_scheduled_run_can_open_the_database(
    config: Path, ids: dict[str, str], arguments: list[str], env: dict[str, str], stopped_after: str
) -> None:
    started = time.monotonic()
    code, output = invoke(config, "sql", ENDLESS_QUERY, *arguments, env=env)
    assert code == 2
    assert f"stopped after {stopped_after}" in " ".join(output.split())
    assert time.monotonic() - started < 10
    with Store.open(config.parent / "tw.duckdb", lock_timeout_seconds=1) as store:
        assert store.count("cases") == 2


def test_export_writes_a_pseudonymised_file_and_refuses_without_a_key(
    config: Path, ids: dict[str, str], tmp_path: Path
) -> None:
    output_path = tmp_path / "nov.csv"
    args = ["export", "--since", "2026-11-09", "--until", "2026-11-10", "--output", str(output_path)]
    code, output = invoke(config, *args, env={PSEUDONYM_KEY_ENV: ""})
    assert code == 2 and PSEUDONYM_KEY_ENV in output and not output_path.exists()

    code, output = invoke(config, *args, env={PSEUDONYM_KEY_ENV: "0123456789abcdef-test-key"})
    assert code == 0, output
    assert "Exported 1 mentions" in output
    content = output_path.read_text(encoding="utf-8")
    assert "angrypatient77" not in content and NHS_NUMBER not in content
    assert db_rows(config, "SELECT exported_by, rows FROM exports") == [{"exported_by": "priya.shah", "rows": 1}]


def test_export_rejects_an_unknown_format(config: Path, ids: dict[str, str]) -> None:
    code, output = invoke(config, "export", "--since", "2026-11-09", "--until", "2026-11-10", "--format", "xlsx")
    assert code == 2 and "choose csv or parquet" in output
