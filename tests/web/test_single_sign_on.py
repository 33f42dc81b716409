"""Single sign-on against a fake OpenID Connect provider on 127.0.0.1 (Entra ID's claims)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from storage.store import Store
from storage.users import UserBook
from tests.support.fake_oidc import FakeProvider, fake_provider
from tests.web.conftest import Seeded
from trustwatch.settings import Settings, load_settings
from web.app import create_app, database_for

TENANT = "3f1b2c3d-0000-4000-8000-000000000001"


@pytest.fixture
def provider() -> Iterator[FakeProvider]:
    with fake_provider() as running:
        yield running


@pytest.fixture
def sso_client(
    web_settings: Settings, seeded: Seeded, provider: FakeProvider, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    config = Path(str(web_settings.config_path))
    config.write_text(
        config.read_text(encoding="utf-8")
        + f'\n[web.oidc]\nmetadata_url = "{provider.metadata_url}"\nclient_id = "{provider.client_id}"\n'
        f'tenant_id = "{TENANT}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TRUSTWATCH_WEB__OIDC__CLIENT_SECRET", provider.client_secret)
    settings = load_settings(config)
    with Store.open(settings.resolve(settings.storage.path)) as store:
        UserBook(store).add(
            "ig.lead", display_name="IG Lead", role="information_governance", email="ig.lead@nhs.net", actor="tests"
        )
    database = database_for(settings)
    database.start()
    yield TestClient(create_app(settings, database), base_url="http://127.0.0.1:8080")
    database.stop()


def through_provider(client: TestClient) -> httpx.Response:
    """Start sign-in, let the provider answer, and bring its answer back to the app."""
    start = client.get("/sign-in/sso", params={"next": "/dashboard"}, follow_redirects=False)
    assert start.status_code == 302
    assert "code_challenge=" in start.headers["location"] and "nonce=" in start.headers["location"]
    answer = httpx.get(start.headers["location"], follow_redirects=False)
    callback = answer.headers["location"].removeprefix("http://127.0.0.1:8080")
    return client.get(callback, follow_redirects=False)


def test_a_directory_user_with_an_account_signs_in_and_is_linked_by_object_id(
    sso_client: TestClient, provider: FakeProvider
) -> None:
    provider.next_user = {
        "sub": "pairwise-1",
        "oid": "oid-ig-1",
        "tid": TENANT,
        "email": "IG.Lead@nhs.net",
        "name": "IG Lead",
    }
    response = through_provider(sso_client)
    assert response.status_code == 303 and response.headers["location"] == "/dashboard"
    assert sso_client.get("/dashboard").status_code == 200
    with sso_client.app.state.web.database.read() as store:  # type: ignore[attr-defined]
        users = UserBook(store)
        assert users.get("ig.lead").sso_subject == "oid-ig-1"  # type: ignore[union-attr]
        assert users.audit_log()[0]["detail"] == "single sign-on"


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"oid": "oid-x", "tid": "another-tenant", "email": "ig.lead@nhs.net"}, "tenant"),
        ({"oid": "oid-y", "tid": TENANT, "email": "stranger@nhs.net"}, "no enabled TrustWatch account"),
    ],
    ids=["another organisation's tenant", "no TrustWatch account"],
)
def test_a_sign_in_trustwatch_does_not_accept_is_refused_and_audited(
    sso_client: TestClient, provider: FakeProvider, claims: dict[str, str], reason: str
) -> None:
    provider.next_user = {"sub": "pairwise-2", **claims}
    response = through_provider(sso_client)
    assert response.status_code == 303 and response.headers["location"].startswith("/sign-in?error=")
    assert sso_client.get("/inbox", follow_redirects=False).status_code == 303
    with sso_client.app.state.web.database.read() as store:  # type: ignore[attr-defined]
        row = UserBook(store).audit_log()[0]
    assert row["action"] == "sign_in_refused" and reason in str(row["detail"])


def test_a_forged_callback_without_the_sessions_state_is_refused(sso_client: TestClient) -> None:
    response = sso_client.get("/sign-in/sso/callback?code=made-up&state=made-up", follow_redirects=False)
    assert response.headers["location"].startswith("/sign-in?error=")
