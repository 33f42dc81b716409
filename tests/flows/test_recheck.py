"""The takedown re-check: the HTTP existence check on its own, then the Prefect flow end to end."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import httpx
import pytest
import respx

from connectors._http import RetryPolicy
from connectors.existence import Existence, HttpExistenceChecker
from flows.recheck import takedown_recheck
from storage.cases import CaseBook
from storage.store import Store
from trustwatch.records import Finding, Severity, SubjectType, utc_now

PROFILE = "https://www.reddit.com/user/KVH_help"
ARTICLE = "https://news.example-county.gov.uk/2026/11/fake-kingsmere-page"


@pytest.fixture
def checker() -> Iterator[HttpExistenceChecker]:
    with httpx.Client(follow_redirects=True) as client:
        yield HttpExistenceChecker(client, max_bytes=100_000, policy=RetryPolicy(attempts=2, sleep=lambda _: None))


@pytest.mark.parametrize(
    ("status", "existence"),
    [(404, Existence.GONE), (410, Existence.GONE), (200, Existence.EXISTS), (403, Existence.UNKNOWN)],
    ids=[
        "a 404 means the item is gone",
        "a 410 means the item is gone",
        "a 200 means it is still there",
        "a 403 login wall says nothing either way",
    ],
)
@respx.mock
def test_the_page_status_decides_existence(checker: HttpExistenceChecker, status: int, existence: Existence) -> None:
    respx.get(PROFILE).respond(status, text="<html></html>")
    result = checker.check("reddit", PROFILE)
    assert result.existence is existence
    assert f"HTTP {status}" in result.detail


@respx.mock
def test_a_server_that_keeps_failing_is_unknown_not_removed(checker: HttpExistenceChecker) -> None:
    route = respx.get(ARTICLE).respond(503)
    assert checker.check("rss", ARTICLE).existence is Existence.UNKNOWN
    assert route.call_count == 2, "retried once, as the policy says"


@respx.mock
def test_a_redirect_to_a_missing_page_is_gone(checker: HttpExistenceChecker) -> None:
    respx.get(ARTICLE).respond(301, headers={"Location": "https://news.example-county.gov.uk/gone"})
    respx.get("https://news.example-county.gov.uk/gone").respond(404)
    assert checker.check("rss", ARTICLE).existence is Existence.GONE


@respx.mock(assert_all_called=False)
def test_hosts_that_answer_200_for_everything_are_not_fetched(checker: HttpExistenceChecker) -> None:
    route = respx.get("https://x.com/KingsmereNHS_Help").respond(200)
    result = checker.check("x", "https://x.com/KingsmereNHS_Help")
    assert result.existence is Existence.UNKNOWN and "check by hand" in result.detail
    assert not route.called


def impersonation(subject_id: str) -> Finding:
    return Finding(
        kind="impersonation",
        subject_type=SubjectType.ACCOUNT,
        platform="reddit",
        subject_id=subject_id,
        severity=Severity.HIGH,
        summary=f"Account {subject_id} impersonating the Trust",
        detector="tests",
    )


@pytest.fixture
def recheck_config(tmp_path: Path) -> Path:
    path = tmp_path / "trustwatch.toml"
    path.write_text(
        '[trust]\nname = "Kingsmere Valley Hospitals NHS Foundation Trust"\n'
        '[storage]\npath = "tw.duckdb"\n'
        '[alerts]\nteam_inbox = "communications@kingsmerevalley.nhs.uk"\n'
        'sender = "trustwatch@kingsmerevalley.nhs.uk"\ntransport = "outbox"\noutbox_dir = "outbox"\n',
        encoding="utf-8",
    )
    return path


def seed(database: Path, now: datetime) -> dict[str, str]:
    """Four takedowns: gone, still there and stale, on an unverifiable host, and one only drafted."""
    plan = {
        "gone": (PROFILE, now - timedelta(days=2)),
        "stale": (ARTICLE, now - timedelta(days=20)),
        "unverifiable": ("https://x.com/KingsmereNHS_Help", now - timedelta(days=3)),
        "drafted": ("https://www.reddit.com/user/KVH_drafted", None),
    }
    ids = {}
    with Store.open(database) as store:
        book = CaseBook(store)
        for name, (url, requested_at) in plan.items():
            found = impersonation(f"t2_{name}")
            store.upsert_findings([found], "run-1")
            ids[name] = book.draft_takedown(found.finding_id, reason="impersonation", subject_url=url)
            if requested_at is not None:
                book.mark_requested(ids[name], "priya.shah", f"REF-{name}", at=requested_at)
    return ids


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_server")
def test_recheck_marks_gone_items_removed_and_reminds_stale_requests_once(recheck_config: Path) -> None:
    database = recheck_config.parent / "tw.duckdb"
    ids = seed(database, utc_now())

    with respx.mock(assert_all_called=False) as mock:
        # The Prefect test server is local; only the platforms' pages are mocked.
        for host in ("127.0.0.1", "localhost"):
            mock.route(host=host).pass_through()
        profile = mock.get(PROFILE).respond(404)
        article = mock.get(ARTICLE).respond(200, text="<html><h1>Still here</h1></html>")
        first = takedown_recheck(config_path=str(recheck_config))
        second = takedown_recheck(config_path=str(recheck_config))

    assert first.checked == 3 and first.removed == [ids["gone"]]
    assert (first.still_there, first.unknown) == (1, 1)
    assert first.reminded == [ids["stale"]] and first.emails_sent == 1
    assert second.checked == 2 and second.reminded == [] and second.emails_sent == 0
    assert profile.call_count == 1 and article.call_count == 2

    with Store.open(database) as store:
        statuses = {
            row["takedown_id"]: (row["status"], row["decided_by"], row["reminders_sent"])
            for row in store.fetch_dicts("SELECT * FROM takedowns")
        }
    assert statuses[ids["gone"]] == ("removed", "trustwatch (re-check)", 0)
    assert statuses[ids["stale"]] == ("requested", None, 1)
    assert statuses[ids["drafted"]][0] == "drafted"

    [email] = sorted((recheck_config.parent / "outbox").glob("*.eml"))
    message = BytesParser(policy=policy.default).parsebytes(email.read_bytes())
    assert "1 takedown request waiting for a decision" in message["Subject"]
    plain = message.get_body(preferencelist=("plain",))
    assert plain is not None
    body = plain.get_content()
    assert ids["stale"] in body and "REF-stale" in body and "20 days ago" in body
