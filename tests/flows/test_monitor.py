"""The daily monitor end to end on the demo's recorded feeds: real connector, model, DuckDB and outbox."""

from __future__ import annotations

import json
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from flows.monitor import daily_monitor
from storage.store import Store
from trustwatch.records import parse_utc

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

SINCE, UNTIL = parse_utc("2026-11-09"), parse_utc("2026-11-16")


def run(config: Path) -> dict[str, object]:
    return daily_monitor(since=SINCE, until=UNTIL, config_path=str(config)).summary


def messages(outbox: Path) -> list[EmailMessage]:
    parser = BytesParser(policy=policy.default)
    return [parser.parsebytes(path.read_bytes()) for path in sorted(outbox.glob("*.eml"))]  # type: ignore[misc]


def body(message: EmailMessage, kind: str) -> str:
    part = message.get_body(preferencelist=(kind,))
    assert part is not None
    return str(part.get_content())


def test_demo_run_lands_mentions_alerts_once_and_a_second_run_adds_nothing(demo_config: Path, tmp_path: Path) -> None:
    first = run(demo_config)
    assert first["status"] == "complete"
    assert first["mentions_new"] == first["mentions_collected"] > 40
    assert first["alerts_raised"] >= 5
    sent = messages(tmp_path / "outbox")
    assert len(sent) == first["emails_sent"] >= 3

    # Two demo posts carry identifiers: a review with an NHS number and a scam reply giving a phone number.
    urgent = [m for m in sent if "URGENT post with patient identifiers" in m["Subject"]]
    assert len(urgent) == 2
    review = next(m for m in urgent if "[NHS number]" in body(m, "plain"))
    assert "information.governance@kingsmerevalley.nhs.uk" in review["To"]
    for message in urgent:
        for kind in ("plain", "html"):
            assert "999 123 4578" not in body(message, kind)
            assert "[phone number]" in body(message, kind)

    people = [m for m in sent if m["To"] == "people.experience@kingsmerevalley.nhs.uk"]
    assert len(people) == 1, "People Experience gets one digest of posts naming staff"
    staff_text = body(people[0], "plain")
    assert "Line manager" in staff_text and "Megan Jones" in staff_text
    digest = next(
        m for m in sent if m["To"] == "communications@kingsmerevalley.nhs.uk" and "URGENT" not in m["Subject"]
    )
    assert "at or above the alert threshold" in body(digest, "plain")
    assert "<script" not in body(digest, "html").lower()

    second = run(demo_config)
    assert second["mentions_new"] == 0
    assert second["alerts_raised"] == 0
    assert len(messages(tmp_path / "outbox")) == len(sent)

    with Store.open(tmp_path / "trustwatch.duckdb") as store:
        assert store.count("mentions") == first["mentions_collected"]
        rows = store.fetch_dicts("SELECT sentiment, count(*) AS n FROM mentions GROUP BY ALL")
        assert {row["sentiment"] for row in rows} == {"negative", "neutral", "positive"}
        assert store.fetch_dicts("SELECT count(*) AS n FROM runs WHERE status = 'complete'") == [{"n": 2}]
        assert store.scalar("SELECT count(*) FROM findings WHERE kind = 'staff_praise'") >= 3
        assert store.scalar("SELECT count(*) FROM alerts WHERE reason = 'staff_praise'") == 0
        assert store.scalar("SELECT count(*) FROM cases") == store.scalar(
            "SELECT count(DISTINCT f.case_id) FROM alerts JOIN findings AS f USING (finding_id)"
        ), "one case per post (or account), whatever number of findings and alerts it has"
        assert store.scalar("SELECT count(*) FROM alerts WHERE email_id IS NULL") == 0
        assert store.load_cursor("local-news").state, "the RSS cursor keeps ETags for conditional GET"


def test_a_failing_source_marks_the_run_partial_and_the_others_still_land(demo_config: Path, tmp_path: Path) -> None:
    text = demo_config.read_text(encoding="utf-8")
    recordings = demo_config.parent / "recordings" / "recordings.json"
    entries = json.loads(recordings.read_text(encoding="utf-8"))
    broken_url = "https://www.google.com/alerts/feeds/04212950348125497214/1719271529912048571"
    for entry in entries:
        if entry["url"] == broken_url:
            entry.update({"status": 401, "headers": {"Content-Type": "text/html"}, "body": "<html>denied</html>"})
            entry.pop("body_file", None)
    recordings.write_text(json.dumps(entries), encoding="utf-8")
    demo_config.write_text(text, encoding="utf-8")

    summary = run(demo_config)
    assert summary["status"] == "partial"
    by_source = {row["source"]: row for row in summary["sources"]}  # type: ignore[attr-defined]
    assert by_source["google-alerts"]["status"] == "fatal"
    assert "401" in by_source["google-alerts"]["error"]
    assert by_source["local-news"]["status"] == "complete"
    assert by_source["local-news"]["mentions_new"] > 0
    # The team hears about a partial run at once, with the failing source and its error.
    [notice] = [m for m in messages(tmp_path / "outbox") if "TrustWatch run partial" in str(m["Subject"])]
    assert notice["To"] == "communications@kingsmerevalley.nhs.uk"
    assert "google-alerts: fatal" in body(notice, "plain")
