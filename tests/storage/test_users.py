from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.store import Store
from storage.users import Role, UserBook, UserError


@pytest.fixture
def users(tmp_path: Path) -> Iterator[UserBook]:
    with Store.open(tmp_path / "tw.duckdb") as store:
        yield UserBook(store)


def test_a_local_account_signs_in_with_its_password_and_the_hash_is_argon2id(users: UserBook) -> None:
    users.add("Priya.Shah", display_name="Priya Shah", role="officer", password="kettle orbit lantern", actor="admin")
    stored = users.store.scalar("SELECT password_hash FROM users WHERE username = 'priya.shah'")
    assert stored.startswith("$argon2id$") and "kettle" not in stored
    user = users.authenticate("priya.shah", "kettle orbit lantern")
    assert user is not None and user.role is Role.OFFICER
    assert users.authenticate("priya.shah", "kettle orbit lanterns") is None
    assert users.authenticate("nobody", "kettle orbit lantern") is None
    assert users.audit_log()[0] | {"event_at": None} == {
        "event_at": None,
        "username": "admin",
        "action": "user_added",
        "target": "priya.shah",
        "detail": "role officer",
        "client": None,
    }


def test_a_disabled_account_cannot_sign_in_by_password_or_single_sign_on(users: UserBook) -> None:
    users.add(
        "dan", display_name="Dan", role="viewer", email="Dan@Trust.nhs.uk", password="three random words", actor="a"
    )
    users.set_disabled("dan", True, actor="admin")
    assert users.authenticate("dan", "three random words") is None
    assert users.for_single_sign_on("oid-1", "dan@trust.nhs.uk") is None
    users.set_disabled("dan", False, actor="admin")
    assert users.authenticate("dan", "three random words") is not None
    assert [row["action"] for row in users.audit_log()][:2] == ["user_enabled", "user_disabled"]


def test_single_sign_on_links_by_email_once_then_only_by_object_id(users: UserBook) -> None:
    users.add("ig.lead", display_name="IG Lead", role="information_governance", email="ig@trust.nhs.uk", actor="a")
    linked = users.for_single_sign_on("oid-42", "IG@trust.nhs.uk")
    assert linked is not None and linked.sso_subject == "oid-42" and not linked.has_password
    assert users.for_single_sign_on("oid-other", "ig@trust.nhs.uk") is None, "the email is linked already"
    assert users.for_single_sign_on("oid-42", None) == linked
    assert users.authenticate("ig.lead", "") is None, "an SSO-only account has no password to guess"


@pytest.mark.parametrize(
    ("username", "password", "role", "message"),
    [
        ("a", "long enough password", "viewer", "username"),
        ("sam", "short", "viewer", "at least 12"),
        ("sam", "my name is sam ok", "viewer", "must not contain the username"),
        ("sam", "long enough password", "superuser", "role 'superuser'"),
    ],
    ids=["too short a username", "too short a password", "password holds username", "unknown role"],
)
def test_bad_accounts_are_refused_naming_the_field(
    users: UserBook, username: str, password: str, role: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        users.add(username, display_name="Sam", role=role, password=password, actor="admin")


def test_an_action_taken_during_a_run_is_audited_once_however_often_it_is_replayed(users: UserBook) -> None:
    assert users.audit("priya.shah", "case_acknowledged", "case-1", action_id="act-1")
    assert not users.audit("priya.shah", "case_acknowledged", "case-1", action_id="act-1")
    assert len(users.audit_log()) == 1
