"""Every change the web app makes, by name: applied to the database and audited with who made it.

Handlers never write directly: they build an `Action` and hand it to `Database.perform`, so a change
made while a run holds the database is journaled and applied the same way later.
"""

from __future__ import annotations

from collections.abc import Callable

from storage.cases import CaseBook, CaseError
from storage.store import Store
from storage.users import UserBook
from web.database import Action


def _acknowledge(book: CaseBook, action: Action) -> str:
    case_ids = list(action.arguments["case_ids"])
    done = book.acknowledge_many(case_ids, action.username, action.arguments.get("note"), now=action.at)
    return f"{len(done)} of {len(case_ids)} acknowledged: {', '.join(done)}"


def _resolve(book: CaseBook, action: Action) -> str:
    book.resolve(action.arguments["case_id"], action.username, action.arguments.get("note"), now=action.at)
    return action.arguments.get("note") or ""


def _reopen(book: CaseBook, action: Action) -> str:
    book.reopen(action.arguments["case_id"], action.username, action.arguments.get("note"), now=action.at)
    return action.arguments.get("note") or ""


def _assign(book: CaseBook, action: Action) -> str:
    owner = action.arguments.get("owner") or None
    book.assign(action.arguments["case_id"], owner, action.username, now=action.at)
    return f"owner {owner or 'none'}"


def _note(book: CaseBook, action: Action) -> str:
    book.add_note(action.arguments["case_id"], action.username, action.arguments["note"], now=action.at)
    return ""


def _takedown(book: CaseBook, action: Action) -> str:
    takedown_id = action.arguments["takedown_id"]
    status = action.arguments["status"]
    note = action.arguments.get("note")
    if status == "requested":
        book.mark_requested(takedown_id, action.username, action.arguments.get("reference"), note, at=action.at)
    elif status == "removed":
        book.mark_removed(takedown_id, action.username, note, now=action.at)
    elif status == "refused":
        book.mark_refused(takedown_id, action.username, note, now=action.at)
    elif status == "expired":
        book.mark_expired(takedown_id, action.username, note, now=action.at)
    else:
        raise CaseError(f"status {status!r}: not a takedown status a person can set")
    return f"takedown {status}"


_CASE_CHANGES: dict[str, Callable[[CaseBook, Action], str]] = {
    "case_acknowledged": _acknowledge,
    "case_resolved": _resolve,
    "case_reopened": _reopen,
    "case_assigned": _assign,
    "case_note": _note,
    "takedown_changed": _takedown,
}

# Actions that change nothing but must be on the record (sign-ins, exports, unmasked views).
AUDIT_ONLY = frozenset(
    {"signed_in", "signed_out", "sign_in_failed", "sign_in_refused", "exported", "viewed_identifiers"}
)


def apply_action(store: Store, action: Action) -> None:
    """Make the change `action` names and audit it (once, however often a journal replays it)."""
    users = UserBook(store)
    if users.audited(action.action_id):
        return
    target = action.arguments.get("case_id") or action.arguments.get("takedown_id") or action.arguments.get("target")
    if action.name in AUDIT_ONLY:
        detail = action.arguments.get("detail")
        if action.name == "signed_in":
            users.record_sign_in(action.username, action.client, detail or "password", now=action.at)
            return
    elif action.name in _CASE_CHANGES:
        detail = _CASE_CHANGES[action.name](CaseBook(store), action)
        if action.name == "case_acknowledged":
            target = ",".join(action.arguments["case_ids"])[:500]
    else:
        raise CaseError(f"action {action.name!r}: not something the web app does")
    users.audit(action.username, action.name, target, detail, action.client, at=action.at, action_id=action.action_id)
