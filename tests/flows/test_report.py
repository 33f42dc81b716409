"""The weekly report flow end to end: a DuckDB of synthetic mentions, the page saved, one email in the outbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.email import parse_message
from flows.report import weekly_report
from storage.store import Store
from tests.alerts.test_report import WEEK_ENDING, land, week_of_posts

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_server")]

CONFIG = """
[trust]
name = "Kingsmere Valley Hospitals NHS Foundation Trust"
aliases = ["Kingsmere General"]

[storage]
path = "data/trustwatch.duckdb"

[alerts]
team_inbox = "communications@kingsmerevalley.nhs.uk"
sender = "trustwatch@kingsmerevalley.nhs.uk"
transport = "outbox"
outbox_dir = "outbox"
"""


def test_the_flow_saves_the_page_emails_it_once_and_a_rerun_does_not_email_again(tmp_path: Path) -> None:
    config = tmp_path / "trustwatch.toml"
    config.write_text(CONFIG, encoding="utf-8")
    with Store.open(tmp_path / "data" / "trustwatch.duckdb") as store:
        land(store, week_of_posts())

    first = weekly_report(week_ending=WEEK_ENDING, config_path=str(config))
    assert first.path == tmp_path / "reports" / "trustwatch-week-2026-11-15.html"
    page = first.path.read_text(encoding="utf-8")
    assert "Kingsmere Valley Hospitals NHS Foundation Trust" in page
    assert "week ending Sunday 15 November 2026" in page
    assert (first.emailed, first.emails_sent, first.error) == (True, 1, None)

    outbox = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(outbox) == 1
    message = parse_message(outbox[0].read_bytes())
    assert message["To"] == "communications@kingsmerevalley.nhs.uk"
    assert "12 mentions" in message["Subject"]
    html = message.get_body(preferencelist=("html",))
    assert html is not None and html.get_content() == page
    assert [part.get_filename() for part in message.iter_attachments()] == ["trustwatch-week-2026-11-15.html"]

    second = weekly_report(week_ending=WEEK_ENDING, config_path=str(config))
    assert (second.emailed, second.emails_sent) == (False, 0)
    assert second.email_id == first.email_id
    assert sorted((tmp_path / "outbox").glob("*.eml")) == outbox
    with Store.open(tmp_path / "data" / "trustwatch.duckdb") as store:
        assert store.fetch_dicts("SELECT status, recipients FROM emails") == [
            {"status": "sent", "recipients": ["communications@kingsmerevalley.nhs.uk"]}
        ]
