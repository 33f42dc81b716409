"""The web app over a seeded database, through its HTTP interface (the browser tests drive Chromium)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from storage.store import Store, writer_waiting_path
from storage.users import UserBook
from tests.web.conftest import NHS_NUMBER, PASSWORD, Seeded
from trustwatch.settings import Settings
from web.app import create_app, database_for
from web.database import Database


@pytest.fixture
def database(web_settings: Settings, seeded: Seeded) -> Iterator[Database]:
    opened = database_for(web_settings)
    opened.start()
    yield opened
    opened.stop()


@pytest.fixture
def client(web_settings: Settings, database: Database) -> TestClient:
    return TestClient(create_app(web_settings, database), base_url="http://127.0.0.1:8080")


def csrf(client: TestClient, path: str = "/sign-in") -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> None:
    response = client.post(
        "/sign-in",
        data={"username": username, "password": password, "csrf_token": csrf(client), "next": "/inbox"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def audit(database: Database) -> list[dict[str, object]]:
    with database.read() as store:
        return UserBook(store).audit_log()


def test_every_page_needs_a_signed_in_user(client: TestClient) -> None:
    for path in ("/inbox", "/mentions", "/dashboard", "/accounts", "/reports", "/cases/abcd"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/sign-in?next="), path


def test_security_headers_and_cookie_flags(client: TestClient) -> None:
    response = client.get("/sign-in")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert not re.search(r"https?://(?!127\.0\.0\.1)", response.text), "no third-party request in the page"


def test_a_wrong_password_is_refused_audited_and_rate_limited(client: TestClient, database: Database) -> None:
    token = csrf(client)
    for _ in range(5):
        response = client.post("/sign-in", data={"username": "officer", "password": "nope", "csrf_token": token})
        assert response.status_code == 401
    response = client.post("/sign-in", data={"username": "officer", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 429, "the right password does not help once the limit is reached"
    actions = [row["action"] for row in audit(database)]
    assert actions.count("sign_in_failed") == 5 and actions[0] == "sign_in_refused"


def test_a_post_without_the_csrf_token_is_refused(client: TestClient) -> None:
    sign_in(client, "officer")
    response = client.post("/inbox/acknowledge", data={"case_ids": ["x"]})
    assert response.status_code == 403
    response = client.post(
        "/inbox/acknowledge",
        data={"case_ids": ["x"], "csrf_token": csrf(client, "/inbox")},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403


def test_the_inbox_lists_cases_by_severity_then_reach_and_filters_by_team(client: TestClient, seeded: Seeded) -> None:
    sign_in(client, "officer")
    page = client.get("/inbox").text
    order = [page.index(case_id[:12]) for case_id in (seeded.safeguarding_case, seeded.complaint_case)]
    assert order == sorted(order), "urgent before high"
    assert "3 cases" in page
    pals = client.get("/inbox", params={"team": "pals"}).text
    assert seeded.complaint_case[:12] in pals and seeded.safeguarding_case[:12] not in pals


@pytest.mark.parametrize(
    ("username", "sees_number", "sees_staff"),
    [
        ("viewer", False, False),
        ("officer", False, True),
        ("safeguarding", True, True),
        ("information.governance", True, True),
        ("admin", False, False),
    ],
    ids=["viewer", "officer", "safeguarding lead", "information governance", "administrator"],
)
def test_who_sees_patient_identifiers_and_staff_details_is_the_roles_decision(
    client: TestClient, database: Database, seeded: Seeded, username: str, sees_number: bool, sees_staff: bool
) -> None:
    sign_in(client, username)
    page = client.get(f"/cases/{seeded.safeguarding_case}").text
    assert (NHS_NUMBER in page) is sees_number
    assert ("[NHS number]" in page) is not sees_number
    complaint = client.get(f"/cases/{seeded.complaint_case}").text
    assert ("Staff named:" in complaint) is sees_staff
    viewed = [row for row in audit(database) if row["action"] == "viewed_identifiers"]
    assert bool(viewed) is sees_number


def test_post_text_is_escaped(client: TestClient, seeded: Seeded) -> None:
    sign_in(client, "officer")
    page = client.get(f"/cases/{seeded.complaint_case}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_viewer_cannot_change_a_case(client: TestClient, seeded: Seeded) -> None:
    sign_in(client, "viewer")
    page = client.get(f"/cases/{seeded.complaint_case}").text
    assert "Acknowledge" not in page
    response = client.post(f"/cases/{seeded.complaint_case}/acknowledge", data={"csrf_token": csrf(client, "/inbox")})
    assert response.status_code == 403


def test_acknowledging_in_bulk_is_recorded_against_the_signed_in_user(
    client: TestClient, database: Database, seeded: Seeded
) -> None:
    sign_in(client, "officer")
    response = client.post(
        "/inbox/acknowledge",
        data={"case_ids": [seeded.complaint_case, seeded.safeguarding_case], "csrf_token": csrf(client, "/inbox")},
    )
    assert "2 acknowledged" in response.text
    with database.read() as store:
        rows = store.fetch_dicts("SELECT DISTINCT acknowledged_by FROM cases WHERE status = 'acknowledged'")
    assert rows == [{"acknowledged_by": "officer"}]
    assert audit(database)[0]["action"] == "case_acknowledged" and audit(database)[0]["username"] == "officer"


def test_a_change_made_while_a_run_holds_the_database_is_kept_and_applied_after(
    client: TestClient, database: Database, web_settings: Settings, seeded: Seeded
) -> None:
    sign_in(client, "officer")
    token = csrf(client, "/inbox")
    waiting = writer_waiting_path(database.path)
    waiting.write_text("1\n")
    try:
        response = client.post(f"/cases/{seeded.complaint_case}/note", data={"csrf_token": token, "note": "Rang PALS"})
        assert "Saved for later" in response.text
        assert "A scheduled run is saving" in response.text
        assert not database.live and database.pending() == 1
        # The database is free for a writer (the run) meanwhile.
        with Store.open(database.path, lock_timeout_seconds=2) as run:
            assert run.schema_version() >= 5
    finally:
        waiting.unlink()
    page = client.get(f"/cases/{seeded.complaint_case}").text
    assert database.live and database.pending() == 0
    assert "Rang PALS" in page


def test_mentions_search_filters_and_exports_masked_and_audited(client: TestClient, database: Database) -> None:
    sign_in(client, "officer")
    page = client.get("/mentions", params={"q": "trolley hours", "sentiment": "negative"}).text
    assert "trolley" in page and "car park" not in page and NHS_NUMBER not in page
    export = client.get("/mentions/export.csv", params={"q": "trolley"})
    assert export.status_code == 200 and "[NHS number]" in export.text and NHS_NUMBER not in export.text
    assert audit(database)[0]["action"] == "exported"
    client.post("/sign-out", data={"csrf_token": csrf(client, "/inbox")})
    sign_in(client, "viewer")
    assert client.get("/mentions/export.csv").status_code == 403


def test_dashboard_marks_a_partial_run_and_accounts_show_verdicts(client: TestClient) -> None:
    sign_in(client, "officer")
    dashboard = client.get("/dashboard").text
    assert 'class="run-partial"' in dashboard and "HTTP 403 from the feed" in dashboard
    accounts = client.get("/accounts").text
    assert "KingsmereNHS_help" in accounts and "KingsmereNHS" in accounts


def test_a_disabled_account_is_signed_out_at_its_next_click(
    client: TestClient, database: Database, seeded: Seeded
) -> None:
    sign_in(client, "officer")
    assert client.get("/inbox").status_code == 200
    with database.read() as store:
        UserBook(store).set_disabled("officer", True, actor="admin")
    assert client.get("/inbox", follow_redirects=False).status_code == 303
