"""URGENT cases reach a Teams or Slack channel (a webhook on 127.0.0.1 here), linking to the case."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from alerts.chat import post_urgent_case
from alerts.dispatch import alert_item
from storage.cases import case_id_for
from trustwatch.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[dict[str, object]]]]:
    received: list[dict[str, object]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"json://127.0.0.1:{server.server_address[1]}/teams", received
    server.shutdown()


def settings_with(monkeypatch: pytest.MonkeyPatch, urls: list[str]) -> Settings:
    monkeypatch.setenv("TRUSTWATCH_CHAT__WEBHOOK_URLS", json.dumps(urls))
    monkeypatch.setenv("TRUSTWATCH_WEB__BASE_URL", "https://trustwatch.kvh.nhs.uk")
    return load_settings(REPO / "demo" / "trustwatch.toml")


def test_an_urgent_case_is_posted_with_its_link_and_nothing_from_the_post(
    monkeypatch: pytest.MonkeyPatch, webhook: tuple[str, list[dict[str, object]]]
) -> None:
    url, received = webhook
    settings = settings_with(monkeypatch, [url])
    assert post_urgent_case(settings, case_id="a1b2c3d4e5f6a7b8c9d0e1f2", kind="safeguarding", platform="X")
    [message] = received
    body = str(message["message"])
    assert "https://trustwatch.kvh.nhs.uk/cases/a1b2c3d4e5f6a7b8c9d0e1f2" in body
    assert "URGENT safeguarding concern" in str(message["title"])


def test_an_unreachable_channel_is_logged_and_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_with(monkeypatch, ["json://127.0.0.1:9/nobody-listens"])
    assert post_urgent_case(settings, case_id="c" * 24, kind="impersonation", platform="X") is False


def test_no_channel_configured_posts_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTWATCH_CHAT__WEBHOOK_URLS", raising=False)
    settings = load_settings(REPO / "demo" / "trustwatch.toml")
    assert post_urgent_case(settings, case_id="c" * 24, kind="impersonation", platform="X") is False


def test_an_email_entry_names_the_case_and_links_to_it(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_with(monkeypatch, [])
    row = {
        "alert_id": "alert-1",
        "reason": "volume_spike",
        "severity": "high",
        "subject_type": "source",
        "platform": "rss",
        "subject_id": "local-news:negative@2026-11-16",
        "summary": "12 negative mentions on local-news in 24 hours",
        "evidence": {"source": "local-news"},
        "score": 4.0,
    }
    item = alert_item(row, settings, None)
    case_id = case_id_for("source", "rss", "local-news:negative@2026-11-16")
    assert item.case_id == case_id and item.case_url == f"https://trustwatch.kvh.nhs.uk/cases/{case_id}"
