"""Who may sign in to the web app, with which role, and the audit of what each of them did.

Local accounts keep an argon2id hash of their password (never the password); single sign-on accounts
are matched by the directory's object id once linked, or by email on their first sign-in. Accounts are
disabled, never deleted, so the audit trail and case history keep naming real people.

Roles, from least to most trusted with personal data (what each may do is decided in `web/roles.py`):
viewer, officer, safeguarding, information_governance, admin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from storage.store import Store
from trustwatch.errors import TrustWatchError
from trustwatch.records import utc_now

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")
MIN_PASSWORD_LENGTH = 12

# argon2id with the library's defaults (RFC 9106's second recommended option, 64 MiB, 3 passes).
_hasher = PasswordHasher()
# Verifying against this when the username is unknown takes as long as a real check, so response
# time does not tell an attacker which usernames exist.
_DUMMY_HASH = _hasher.hash("no such user: constant-time dummy")


class Role(StrEnum):
    """What a person may do in the web app."""

    VIEWER = "viewer"
    OFFICER = "officer"
    SAFEGUARDING = "safeguarding"
    INFORMATION_GOVERNANCE = "information_governance"
    ADMIN = "admin"


class UserError(TrustWatchError):
    """A user change that cannot be made; the message names the field or the username."""


@dataclass(frozen=True)
class User:
    """A person who may sign in."""

    username: str
    display_name: str
    email: str | None
    role: Role
    disabled: bool
    has_password: bool
    sso_subject: str | None
    last_sign_in_at: datetime | None


def _user(row: dict[str, Any]) -> User:
    return User(
        username=row["username"],
        display_name=row["display_name"],
        email=row["email"],
        role=Role(row["role"]),
        disabled=bool(row["disabled"]),
        has_password=row["password_hash"] is not None,
        sso_subject=row["sso_subject"],
        last_sign_in_at=row["last_sign_in_at"],
    )


def normalise_username(username: str) -> str:
    """Usernames are lower case, 2 to 64 characters of letters, digits and . _ @ -."""
    cleaned = username.strip().lower()
    if not _USERNAME.match(cleaned):
        raise UserError(f"username {username!r}: use 2-64 lower-case letters, digits, '.', '_', '@' or '-'")
    return cleaned


def check_password_strength(password: str, username: str) -> None:
    """NCSC guidance: length over complexity rules; refuse short passwords and the username itself."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"password: use at least {MIN_PASSWORD_LENGTH} characters (three random words work well)")
    if username.lower() in password.lower():
        raise UserError("password: must not contain the username")


class UserBook:
    """Users and the audit log, over a `Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self,
        username: str,
        *,
        display_name: str,
        role: Role | str,
        email: str | None = None,
        password: str | None = None,
        actor: str,
        now: datetime | None = None,
    ) -> User:
        """Create an account; without a password it can only sign in through single sign-on."""
        username = normalise_username(username)
        try:
            role = Role(role)
        except ValueError:
            raise UserError(f"role {role!r}: choose one of {', '.join(r.value for r in Role)}") from None
        if not display_name.strip():
            raise UserError("display_name: give the person's name")
        if email is not None and ("@" not in email or email.startswith("@") or email.endswith("@")):
            raise UserError(f"email {email!r}: not an email address")
        password_hash = None
        if password is not None:
            check_password_strength(password, username)
            password_hash = _hasher.hash(password)
        now = now or utc_now()
        with self.store.transaction() as con:
            if con.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchall():
                raise UserError(f"username {username!r}: already exists")
            con.execute(
                "INSERT INTO users (username, display_name, email, role, password_hash, created_at, created_by, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    username,
                    display_name.strip(),
                    email.lower() if email else None,
                    role.value,
                    password_hash,
                    now,
                    actor,
                    now,
                ],
            )
            self._audit(con, actor, "user_added", username, f"role {role.value}", None, now)
        return self.get(username)  # type: ignore[return-value]

    def get(self, username: str) -> User | None:
        """The account called `username`, disabled or not."""
        rows = self.store.fetch_dicts("SELECT * FROM users WHERE username = ?", [username.strip().lower()])
        return _user(rows[0]) if rows else None

    def all_users(self) -> list[User]:
        """Every account, by username."""
        return [_user(row) for row in self.store.fetch_dicts("SELECT * FROM users ORDER BY username")]

    def set_disabled(self, username: str, disabled: bool, *, actor: str, now: datetime | None = None) -> None:
        """Disable (or enable again) an account: a disabled account cannot sign in and its sessions end."""
        username = normalise_username(username)
        now = now or utc_now()
        with self.store.transaction() as con:
            if not con.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchall():
                raise UserError(f"username {username!r}: no such user")
            con.execute("UPDATE users SET disabled = ?, updated_at = ? WHERE username = ?", [disabled, now, username])
            self._audit(con, actor, "user_disabled" if disabled else "user_enabled", username, None, None, now)

    def authenticate(self, username: str, password: str) -> User | None:
        """The account, when `password` is right and the account is enabled; else None (and no hint why)."""
        try:
            username = normalise_username(username)
        except UserError:
            username = ""
        rows = (
            self.store.fetch_dicts("SELECT password_hash, disabled FROM users WHERE username = ?", [username])
            if username
            else []
        )
        stored = rows[0]["password_hash"] if rows else None
        try:
            _hasher.verify(stored or _DUMMY_HASH, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if stored is None or rows[0]["disabled"]:
            return None
        return self.get(username)

    def for_single_sign_on(self, subject: str, email: str | None, *, now: datetime | None = None) -> User | None:
        """The enabled account a directory sign-in belongs to: by object id, else (first time) by email.

        Linking by email happens once: afterwards the object id is what counts, so a re-used email
        address in the directory cannot take over an account.
        """
        rows = self.store.fetch_dicts("SELECT * FROM users WHERE sso_subject = ?", [subject])
        if not rows and email:
            rows = self.store.fetch_dicts(
                "SELECT * FROM users WHERE email = ? AND sso_subject IS NULL AND NOT disabled", [email.strip().lower()]
            )
            if rows:
                now = now or utc_now()
                with self.store.transaction() as con:
                    con.execute(
                        "UPDATE users SET sso_subject = ?, updated_at = ? WHERE username = ?",
                        [subject, now, rows[0]["username"]],
                    )
                    self._audit(con, rows[0]["username"], "sso_linked", rows[0]["username"], None, None, now)
                rows = self.store.fetch_dicts("SELECT * FROM users WHERE username = ?", [rows[0]["username"]])
        if not rows or rows[0]["disabled"]:
            return None
        return _user(rows[0])

    def linked_user(self, subject: str) -> User | None:
        """The enabled user already linked to single-sign-on `subject` (read-only: links nothing new)."""
        rows = self.store.fetch_dicts("SELECT username FROM users WHERE sso_subject = ? AND NOT disabled", [subject])
        return self.get(rows[0]["username"]) if rows else None

    def audited(self, action_id: str) -> bool:
        """True when an action with this id is already in the audit log (a journal replaying it again)."""
        return bool(self.store.scalar("SELECT 1 FROM audit_log WHERE action_id = ?", [action_id]))

    def record_sign_in(self, username: str, client: str | None, method: str, *, now: datetime | None = None) -> None:
        """Remember when someone signed in, and audit it."""
        now = now or utc_now()
        with self.store.transaction() as con:
            con.execute("UPDATE users SET last_sign_in_at = ? WHERE username = ?", [now, username])
            self._audit(con, username, "signed_in", None, method, client, now)

    def audit(
        self,
        username: str,
        action: str,
        target: str | None = None,
        detail: str | None = None,
        client: str | None = None,
        *,
        at: datetime | None = None,
        action_id: str | None = None,
    ) -> bool:
        """Append one row to the audit log; with `action_id`, only once (False when it was there already)."""
        with self.store.transaction() as con:
            if action_id and con.execute("SELECT 1 FROM audit_log WHERE action_id = ?", [action_id]).fetchall():
                return False
            self._audit(con, username, action, target, detail, client, at or utc_now(), action_id)
        return True

    def audit_log(self, *, limit: int = 200, username: str | None = None) -> list[dict[str, Any]]:
        """The newest audit rows, optionally one person's."""
        return self.store.fetch_dicts(
            "SELECT event_at, username, action, target, detail, client FROM audit_log "
            "WHERE ($username IS NULL OR username = $username) ORDER BY event_number DESC LIMIT $limit",
            {"username": username, "limit": limit},
        )

    @staticmethod
    def _audit(
        con: Any,
        username: str,
        action: str,
        target: str | None,
        detail: str | None,
        client: str | None,
        at: datetime,
        action_id: str | None = None,
    ) -> None:
        con.execute(
            "INSERT INTO audit_log (event_at, username, action, target, detail, client, action_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at, username, action, target, detail, client, action_id],
        )


def usernames(users: Sequence[User]) -> list[str]:
    """The usernames of enabled accounts (the inbox's owner menu)."""
    return [user.username for user in users if not user.disabled]
