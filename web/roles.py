"""What each role may do and see: a decision of the Trust's Information Governance, written down once.

| permission                        | viewer | officer | safeguarding | information_governance | admin |
|-----------------------------------|--------|---------|--------------|------------------------|-------|
| read cases, mentions, dashboard   | yes    | yes     | yes          | yes                    | yes   |
| act on cases and takedowns        |        | yes     | yes          | yes                    | yes   |
| unmasked patient identifiers      |        |         | yes          | yes                    |       |
| staff named and line manager      |        | yes     | yes          | yes                    |       |
| export mentions                   |        | yes     | yes          | yes                    |       |
| read the audit log                |        |         |              | yes                    | yes   |

Patient identifiers (NHS numbers, dates of birth, hospital numbers, phone numbers, addresses) are
masked for everyone who does not need them to act: the safeguarding lead must be able to find the
person, Information Governance must be able to judge a breach; the comms officer replying publicly
must not see them. Staff-support details (who is named and who manages them) go to those who arrange
support. Admins run the service and manage accounts, and see no personal data beyond that.
"""

from __future__ import annotations

from enum import StrEnum

from storage.users import Role


class Permission(StrEnum):
    """Something a role may do."""

    ACT = "act"
    SEE_IDENTIFIERS = "see_identifiers"
    SEE_STAFF = "see_staff"
    EXPORT = "export"
    READ_AUDIT = "read_audit"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: frozenset(),
    Role.OFFICER: frozenset({Permission.ACT, Permission.SEE_STAFF, Permission.EXPORT}),
    Role.SAFEGUARDING: frozenset({Permission.ACT, Permission.SEE_IDENTIFIERS, Permission.SEE_STAFF, Permission.EXPORT}),
    Role.INFORMATION_GOVERNANCE: frozenset(
        {Permission.ACT, Permission.SEE_IDENTIFIERS, Permission.SEE_STAFF, Permission.EXPORT, Permission.READ_AUDIT}
    ),
    Role.ADMIN: frozenset({Permission.ACT, Permission.READ_AUDIT}),
}

ROLE_LABELS: dict[Role, str] = {
    Role.VIEWER: "Viewer",
    Role.OFFICER: "Communications officer",
    Role.SAFEGUARDING: "Safeguarding",
    Role.INFORMATION_GOVERNANCE: "Information Governance",
    Role.ADMIN: "Administrator",
}


def may(role: Role, permission: Permission) -> bool:
    """Whether `role` has `permission`."""
    return permission in _GRANTS[role]
