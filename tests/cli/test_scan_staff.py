import json
from pathlib import Path

from typer.testing import CliRunner

from cli.main import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "staff"


def _write_config(tmp_path: Path, staff_table: str) -> Path:
    (tmp_path / "staff.csv").write_bytes((FIXTURES / "canonical.csv").read_bytes())
    config = tmp_path / "trustwatch.toml"
    config.write_text(
        '[trust]\nname = "Kingsmere Valley Hospitals NHS Foundation Trust"\naliases = ["Kingsmere General"]\n\n'
        '[alerts]\nteam_inbox = "comms@kingsmerevalley.nhs.uk"\nsender = "tw@kingsmerevalley.nhs.uk"\n\n' + staff_table,
        encoding="utf-8",
    )
    return config


def test_scan_staff_documents_candidates_confidence_and_why(tmp_path: Path) -> None:
    config = _write_config(tmp_path, '[staff]\ndirectory = "staff.csv"\n')
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        json.dumps({"id": "p1", "text": "Dr Patel in A&E at Kingsmere General was brilliant"})
        + "\n\n"
        + json.dumps({"id": "p2", "text": "I hope the car park gets fixed"})
        + "\n"
        + json.dumps({"id": "p3", "text": "Dr Patel explained everything so clearly"})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["scan-staff", "--config", str(config), "--input", str(posts)])
    assert result.exit_code == 0, result.output
    first, second, third = (json.loads(line) for line in result.stdout.splitlines())
    (entry,) = first["staff"]
    assert (entry["start"], entry["end"], entry["ambiguous"]) == (0, 8, False)
    assert [candidate["staff_id"] for candidate in entry["candidates"]] == ["T002"]
    assert entry["candidates"][0]["department"] == "Emergency Department"
    assert entry["narrowed_by"][-1] == {"kind": "team", "words": "Emergency Department"}
    assert 0.5 <= entry["confidence"] <= 1.0
    assert "narrowed by the team" in entry["why"]
    assert second == {"id": "p2", "staff": []}
    (doctor,) = third["staff"]
    assert doctor["ambiguous"]
    assert {candidate["staff_id"] for candidate in doctor["candidates"]} == {"T001", "T002"}
    assert doctor["summary"] == "names a member of staff called Patel (3 in the directory; 2 titled doctor)"


def test_scan_staff_reads_stdin_and_keeps_what_came_before_a_bad_line(tmp_path: Path) -> None:
    config = _write_config(tmp_path, '[staff]\ndirectory = "staff.csv"\nthreshold = 0.6\n')
    result = CliRunner().invoke(
        app,
        ["scan-staff", "--config", str(config), "--input", "-"],
        input='{"id": "a", "text": "Sister O\'Brien in A&E was so kind"}\n{"id": "b"}\n',
    )
    assert result.exit_code == 2
    assert "stdin: line 2: field 'text' must be a string" in result.output
    (entry,) = json.loads(result.stdout.splitlines()[0])["staff"]
    assert [candidate["staff_id"] for candidate in entry["candidates"]] == ["T009"]
