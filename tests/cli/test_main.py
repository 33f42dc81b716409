"""The command line as a comms officer uses it."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()


def test_collect_prints_one_json_line_per_mention_and_writes_nothing(demo_config: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["collect", "local-news", "--config", str(demo_config), "--since", "2026-11-09", "--until", "2026-11-16"],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) > 5
    assert all(line["record"] == "mention" and line["source"] == "local-news" for line in lines)
    assert all("raw" not in line for line in lines)
    published = [line["published_at"] for line in lines]
    assert all("2026-11-09" <= stamp < "2026-11-16" for stamp in published)
    assert not (tmp_path / "trustwatch.duckdb").exists()


def test_collect_of_an_unknown_source_lists_the_configured_ones(demo_config: Path) -> None:
    result = runner.invoke(
        app, ["collect", "facebook", "--config", str(demo_config), "--since", "2026-11-09", "--until", "2026-11-10"]
    )
    assert result.exit_code == 2
    assert "no source named 'facebook'" in result.output
    assert "google-alerts" in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        pytest.param(["--since", "yesterday", "--until", "2026-11-10"], "not an ISO-8601", id="a date that is not ISO"),
        pytest.param(["--since", "2026-11-10", "--until", "2026-11-09"], "must be after", id="a window backwards"),
    ],
)
def test_bad_windows_are_refused(demo_config: Path, arguments: list[str], message: str) -> None:
    result = runner.invoke(app, ["collect", "local-news", "--config", str(demo_config), *arguments])
    assert result.exit_code == 2
    assert message in result.output


def test_run_with_a_broken_config_fails_before_touching_anything(tmp_path: Path) -> None:
    config = tmp_path / "trustwatch.toml"
    config.write_text('[trust]\nname = "X"\n[alerts]\nteam_inbox = "nobody"\nsender = "a@b.nhs.uk"\n', encoding="utf-8")
    result = runner.invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 2
    assert "alerts.team_inbox" in result.output
    assert list(tmp_path.iterdir()) == [config]


@pytest.mark.slow
def test_classify_keeps_order_and_gives_one_record_per_line(tmp_path: Path) -> None:
    texts = [
        {"id": "a", "text": "Waited nine hours in A&E with my dad, appalling, nobody cared at all"},
        {"id": "b", "text": "The maternity team at Kingsmere were wonderful, thank you all so much"},
        {"id": "c", "text": ""},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(t) for t in texts) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", "--input", str(source), "--output", "-"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[0]["sentiment"]["label"] == "negative"
    assert records[1]["sentiment"]["label"] == "positive"
    for record in records:
        assert set(record["sentiment"]["scores"]) == {"negative", "neutral", "positive"}
        assert sum(record["sentiment"]["scores"].values()) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param("not json", "line 2: not valid JSON", id="a line that is not JSON"),
        pytest.param('{"id": 3, "text": "x"}', "line 2: field 'id' must be a string", id="an id that is a number"),
        pytest.param('["a", "b"]', "line 2: expected a JSON object", id="a list instead of an object"),
    ],
)
def test_classify_names_the_bad_input_line(tmp_path: Path, line: str, message: str) -> None:
    from cli.main import read_jsonl_texts
    from trustwatch.errors import TrustWatchError

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    with source.open(encoding="utf-8") as handle, pytest.raises(TrustWatchError, match=message):
        list(read_jsonl_texts(handle, str(source)))


def one_line(output: str) -> str:
    """The output with rich's line wrapping undone."""
    return " ".join(output.split())


@pytest.mark.parametrize("command", ["classify", "scan-staff"])
@pytest.mark.parametrize("linked", [False, True], ids=["the same name", "a link to it"])
def test_writing_over_the_input_is_refused_before_anything_is_truncated(
    demo_config: Path, tmp_path: Path, command: str, linked: bool
) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text('{"id": "a", "text": "Kingsmere General was great"}\n', encoding="utf-8")
    output = source
    if linked:
        output = tmp_path / "link.jsonl"
        output.symlink_to(source)
    result = runner.invoke(app, [command, "-i", str(source), "-o", str(output), "--config", str(demo_config)])

    assert result.exit_code == 2
    assert "is the input file" in one_line(result.output)
    assert source.read_text(encoding="utf-8") == '{"id": "a", "text": "Kingsmere General was great"}\n'
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            b'{"id": "a", "text": "fine"}\n{"id": "b", "text": "caf\xe9 at Kingsmere"}\n',
            "line 2: not UTF-8 text (byte 0xe9)",
            id="Windows-1252 text",
        ),
        pytest.param(
            b"[" * 100_000 + b"]" * 100_000 + b"\n", "line 1: JSON nested too deeply to read", id="nested JSON"
        ),
    ],
)
@pytest.mark.parametrize("command", ["classify", "scan-staff"])
def test_unreadable_input_is_a_clear_error_naming_the_line(
    demo_config: Path, tmp_path: Path, command: str, content: bytes, message: str
) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_bytes(content)
    result = runner.invoke(app, [command, "-i", str(source), "-o", str(tmp_path / "out.jsonl"), "-c", str(demo_config)])

    assert result.exit_code == 2, result.output
    assert f"{source}: {message}" in one_line(result.output)
    assert "Traceback" not in result.output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full, where every write is ENOSPC")
def test_a_full_disk_while_writing_the_output_is_a_clear_error(demo_config: Path, tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text('{"id": "a", "text": "Kingsmere General was great"}\n', encoding="utf-8")
    result = runner.invoke(app, ["scan-staff", "-i", str(source), "-o", "/dev/full", "-c", str(demo_config)])

    assert result.exit_code == 2, result.output
    assert "/dev/full: the disk is full" in one_line(result.output)


@pytest.mark.parametrize("damage", ["random bytes", "truncated"])
@pytest.mark.parametrize("command", [["sql", "SELECT 1"], ["alerts", "list"], ["run"]], ids=" ".join)
def test_a_damaged_database_is_a_clear_error_and_is_left_alone(
    demo_config: Path, tmp_path: Path, damage: str, command: list[str]
) -> None:
    from storage.store import Store

    database = tmp_path / "trustwatch.duckdb"
    Store.open(database).close()
    intact = database.read_bytes()
    damaged = secrets.token_bytes(len(intact)) if damage == "random bytes" else intact[: len(intact) // 3]
    database.write_bytes(damaged)

    result = runner.invoke(app, [*command, "--config", str(demo_config)])

    assert result.exit_code == 2, result.output
    assert "the database file cannot be read" in one_line(result.output)
    assert "restore it from a backup" in one_line(result.output)
    assert database.read_bytes() == damaged


def test_a_redirect_loop_is_a_clear_error(demo_config: Path) -> None:
    recordings = demo_config.parent / "recordings" / "recordings.json"
    entries = json.loads(recordings.read_text(encoding="utf-8"))
    feed = entries[0]["url"]
    entries[0] = {"method": "GET", "url": feed, "status": 302, "headers": {"Location": feed}}
    recordings.write_text(json.dumps(entries), encoding="utf-8")

    result = runner.invoke(
        app, ["collect", "google-alerts", "-c", str(demo_config), "--since", "2026-11-09", "--until", "2026-11-16"]
    )

    assert result.exit_code == 2, result.output
    assert "more than 20 redirects (a redirect loop?)" in one_line(result.output)
    assert "TooManyRedirects" not in result.output


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(28, "No space left on device", "/var/trustwatch/outbox/x.eml"), "the disk is full"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "not UTF-8 text"),
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
    ],
    ids=["a full disk", "bytes that are not UTF-8", "nesting past the recursion limit"],
)
def test_errors_about_the_machine_or_the_input_are_explained_and_bugs_are_not(error: Exception, message: str) -> None:
    from cli.main import explain

    assert message in (explain(error) or "")
    assert explain(ValueError("a bug")) is None
    assert explain(KeyError("a bug")) is None


def test_an_error_is_printed_as_written_on_one_line_however_narrow_the_terminal(tmp_path: Path) -> None:
    missing = tmp_path / "[bold]odd[/bold] folder" / "trustwatch.toml"
    result = runner.invoke(
        app,
        ["collect", "x", "--since", "2026-11-09", "--until", "2026-11-10", "-c", str(missing)],
        env={"COLUMNS": "40"},
    )

    assert result.exit_code == 2
    assert f"error: {missing}: config file not found" in result.output.splitlines()


def _check_accounts(demo_config: Path, tmp_path: Path, body: bytes, *extra: str) -> Any:
    source = tmp_path / "accounts.jsonl"
    source.write_bytes(body)
    return runner.invoke(
        app, ["check-accounts", "--config", str(demo_config), "--input", str(source), "--no-fetch-images", *extra]
    )


def test_check_accounts_prints_the_route_and_the_takedown_draft(demo_config: Path, tmp_path: Path) -> None:
    accounts = [
        {"platform": "Twitter", "handle": "KingsmereNHS", "account_id": "1400000001", "display_name": "KVH"},
        {
            "platform": "facebook",
            "handle": "61559656116104",
            "display_name": "Kingsmere Valley Hosp\u200bitals NHS Foundation Trust",
            "description": "Patient refunds desk. Reply to our DM with your card details.",
        },
        {"platform": "instagram", "handle": "kvh_news_desk", "display_name": "Ashby Gazette"},
    ]
    body = "\n".join(json.dumps(account) for account in accounts).encode()
    result = _check_accounts(demo_config, tmp_path, body, "--drafts", str(tmp_path / "drafts"))
    assert result.exit_code == 0, result.output
    official, impersonator, suspicious = (json.loads(line) for line in result.stdout.splitlines())

    assert official["verdict"] == "official" and official["route"] is None and official["takedown_draft"] is None

    assert impersonator["verdict"] == "impersonation"
    assert impersonator["route"]["alert"] == "at once"
    assert "communications@kingsmerevalley.nhs.uk" in impersonator["route"]["recipients"]
    draft = impersonator["takedown_draft"]
    assert draft["account_url"] == "https://www.facebook.com/profile.php?id=61559656116104"
    assert draft["account_url"] in draft["report_text"]
    assert "logo" not in draft["report_text"].casefold()
    assert (Path(draft["folder"]) / "report.txt").exists()

    assert suspicious["verdict"] == "suspicious"
    assert suspicious["route"]["alert"] == "daily digest"
    assert suspicious["takedown_draft"] is None
    assert "3 accounts checked" in result.stderr


def test_check_accounts_reads_bios_with_the_learned_head_unless_switched_off(
    demo_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = {
        "platform": "x",
        "handle": "kingsmere_charity_appeal",
        "display_name": "Kingsmere General Charity",
        "description": "Emergency appeal: our hospital is in crisis. Please give what you can.",
    }
    body = json.dumps(account).encode()
    read = json.loads(_check_accounts(demo_config, tmp_path, body).stdout)
    monkeypatch.setenv("TRUSTWATCH_IMPERSONATION__SCAM_BIO_READING", "false")
    rules = json.loads(_check_accounts(demo_config, tmp_path, body).stdout)

    assert "scam_bio" in {item["name"] for item in read["evidence"]}
    assert "scam_bio" not in {item["name"] for item in rules["evidence"]}
    assert (read["verdict"], rules["verdict"]) == ("impersonation", "suspicious")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            b'{"platform": "myspace", "handle": "a"}\n', "unknown platform 'myspace'", id="an unknown platform"
        ),
        pytest.param(b'{"platform": "x", "handle": "caf\xe9"}\n', "line 1: not UTF-8 text", id="a file not in UTF-8"),
        pytest.param(b"", "no accounts to check", id="an empty file"),
        pytest.param(b"{oops\n", "line 1: not valid JSON", id="a line that is not JSON"),
        pytest.param(b'{"platform": "x"}\n', "field 'handle' is required", id="an account with no handle"),
    ],
)
def test_check_accounts_refuses_bad_input_with_exit_code_2(
    demo_config: Path, tmp_path: Path, body: bytes, message: str
) -> None:
    result = _check_accounts(demo_config, tmp_path, body)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_check_accounts_of_a_missing_file_exits_2(demo_config: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["check-accounts", "--config", str(demo_config), "--input", str(tmp_path / "nope.jsonl")]
    )
    assert result.exit_code == 2
    # The console wraps long lines; read the message as one line.
    assert "No such file or directory" in " ".join(result.output.split())


@pytest.mark.parametrize("platform", ["X", "Twitter", " x", "TwItTeR", "x "])
def test_the_trusts_own_account_is_official_whatever_the_case_of_the_platform(
    demo_config: Path, tmp_path: Path, platform: str
) -> None:
    line = {"platform": platform, "handle": "KingsmereNHS", "account_id": "1400000001", "display_name": "KVH NHS"}
    result = _check_accounts(demo_config, tmp_path, json.dumps(line).encode())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"] == "official"
