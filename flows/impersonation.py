"""Impersonation steps of the monitor run: find candidate accounts, score them, draft takedowns.

Not a flow: plain Prefect tasks that `flows/monitor.py` calls between landing and alerting.

Candidates come from three places every run:

1. the authors of this run's mentions (the accounts table joined to what the run collected);
2. lookalike handles of each official handle (`classifiers.lookalikes`), probed through the
   platform's user lookup, cheapest variants first, within a per-run budget; a handle probed in
   the last `probe_every` is not probed again until then, so a small budget walks the whole list
   over successive runs;
3. accounts that replied to a mention of the Trust (fake "support" desks answer people who
   complain in public), on the platforms whose mentions carry `in_reply_to`.

Each is scored by `ImpersonationScorer`. A finding's id depends only on the account, so seeing the
account again updates one finding (its `profile_fingerprint` shows a changed profile) and the store
never alerts twice for it. Impersonation findings get a takedown draft with an evidence pack.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import imagehash
from prefect import task
from prefect.cache_policies import NONE

from alerts.takedown import build_takedown_draft, write_evidence_pack
from classifiers.approved_accounts import ApprovedRegister, load_approved_accounts, normalise_handle
from classifiers.impersonation import (
    AccountVerdict,
    Evidence,
    ImageResult,
    ImageUnavailable,
    ImpersonationScorer,
    ProfileImage,
    Verdict,
    fetch_profile_image,
    impersonation_finding,
    load_logo_hashes,
)
from classifiers.lookalikes import LOOKUP_BATCH_SIZE, LookalikeHandle, lookalike_handles
from connectors import ConfiguredSource
from connectors._http import build_http_client
from storage.cases import CaseBook
from storage.store import Store
from trustwatch.errors import SourceError
from trustwatch.records import Account, Finding, utc_now
from trustwatch.settings import Settings

log = logging.getLogger(__name__)

PROBE_SOURCE = "impersonation-probe:{platform}"
PROBE_EVERY = timedelta(days=7)
DEFAULT_PROBE_BUDGET = 200
# X bills a user read at $0.010 and a post read at $0.005 (docs.x.com, pay-per-usage pricing), and
# only for users it returns: each account found costs two posts of the source's monthly budget.
X_USER_READ_COST_IN_POSTS = 2
# Profile images are fetched for at most this many accounts a run, highest pre-score first: most
# authors are members of the public, and each image is one more request to the platform's CDN.
MAX_IMAGE_FETCHES = 100
IMAGE_MAX_BYTES = 2_000_000
IMAGE_TIMEOUT_SECONDS = 10.0
EVIDENCE_DIR = Path("evidence")
USAGE_MONTHS_KEPT = 13


def probe_source_name(platform: str) -> str:
    """The pseudo-source whose cursor holds the probing state of one platform."""
    return PROBE_SOURCE.format(platform=platform)


def probe_candidates(
    official_handles: Sequence[str], platform: str, exclude: Iterable[str] = ()
) -> list[LookalikeHandle]:
    """Lookalikes of all of a platform's official handles, cheapest first, each handle once.

    Handles in `exclude` (the official and registered ones: a Trust's "KingsmereNHS" is a lookalike
    of its "KingsmereNHSJobs") are never probed.
    """
    excluded = {normalise_handle(handle) for handle in [*official_handles, *exclude]}
    merged: dict[str, LookalikeHandle] = {}
    for handle in official_handles:
        for candidate in lookalike_handles(handle, platform):
            key = normalise_handle(candidate.handle)
            if key in excluded:
                continue
            if key not in merged or candidate.cost < merged[key].cost:
                merged[key] = candidate
    return sorted(merged.values(), key=lambda c: (c.cost, len(c.handle), c.handle))


def _current_run(store: Store) -> str:
    run_id = store.scalar("SELECT run_id FROM runs WHERE status = 'running' ORDER BY started_at DESC LIMIT 1")
    if run_id is None:
        raise ValueError("probe_lookalikes: no run in progress; pass run_id")
    return str(run_id)


def _register(settings: Settings) -> ApprovedRegister:
    path = settings.trust.approved_accounts
    return load_approved_accounts(settings.resolve(path)) if path is not None else ApprovedRegister()


def _month_usage(state: dict[str, Any], source: str, month: str) -> int:
    return int(state.get("usage", {}).get(source, {}).get(month, 0))


def _lookup_allowance(source: ConfiguredSource, store: Store, state: dict[str, Any], month: str) -> int | None:
    """Usernames the source's monthly post budget still pays for, or None when lookups are free."""
    cap = getattr(source.config, "max_posts_per_month", None)
    if source.type != "x" or not isinstance(cap, int):
        return None
    collected = int(store.load_cursor(source.name).state.get("usage", {}).get(month, 0))
    probed = _month_usage(state, source.name, month)
    return max(0, (cap - collected - probed) // X_USER_READ_COST_IN_POSTS)


def _record_usage(state: dict[str, Any], source: str, month: str, posts: int) -> None:
    usage = state.setdefault("usage", {}).setdefault(source, {})
    usage[month] = int(usage.get(month, 0)) + posts
    for stale in sorted(usage)[:-USAGE_MONTHS_KEPT]:
        del usage[stale]


@task(name="probe-lookalikes", cache_policy=NONE)
def probe_lookalikes(
    settings: Settings,
    sources: Sequence[ConfiguredSource],
    store: Store,
    budget: int,
    *,
    run_id: str | None = None,
    probe_every: timedelta = PROBE_EVERY,
) -> list[Account]:
    """Look up lookalike handles of the official accounts on each platform that can; land and return those that exist.

    `budget` is the number of handles probed per platform per run. Handles probed within
    `probe_every` are skipped; the probing state is saved with the accounts found, in one
    transaction, under `impersonation-probe:<platform>`. A platform whose lookup fails is logged
    and skipped: probing never fails the run.
    """
    run_id = run_id or _current_run(store)
    register = _register(settings)
    now = utc_now()
    month = now.strftime("%Y-%m")
    found_all: list[Account] = []
    for platform, official in settings.trust.official_handles.items():
        source = next((s for s in sources if s.type == platform and s.connector.lookup_accounts is not None), None)
        if source is None or platform not in LOOKUP_BATCH_SIZE or not official:
            continue
        pseudo = probe_source_name(platform)
        cursor = store.load_cursor(pseudo)
        state = cursor.state
        probed: dict[str, str] = state.setdefault("probed", {})
        for handle, when in list(probed.items()):
            if datetime.fromisoformat(when) <= now - probe_every:
                del probed[handle]
        due = [
            c
            for c in probe_candidates(official, platform, register.handles(platform))
            if normalise_handle(c.handle) not in probed
        ]
        allowed = budget
        allowance = _lookup_allowance(source, store, state, month)
        if allowance is not None and allowance < allowed:
            log.info("%s: the monthly budget of %s allows %d lookups this run", pseudo, source.name, allowance)
            allowed = allowance
        batch = [candidate.handle for candidate in due[: max(0, allowed)]]
        if not batch:
            continue
        try:
            found = source.lookup_accounts(batch, settings)
        except SourceError as error:
            log.warning("%s: lookup through %s failed, nothing probed this run: %s", pseudo, source.name, error)
            continue
        except Exception as error:  # an unexpected payload or a bug: probing is extra, the run goes on
            log.warning(
                "%s: lookup through %s failed unexpectedly (%s), nothing probed this run",
                pseudo,
                source.name,
                type(error).__name__,
            )
            continue
        stamp = now.isoformat()
        probed.update({normalise_handle(handle): stamp for handle in batch})
        if allowance is not None:
            _record_usage(state, source.name, month, X_USER_READ_COST_IN_POSTS * len(found))
        store.land(
            run_id=run_id,
            source=pseudo,
            source_type=platform,
            mentions=[],
            accounts=found,
            classifications=[],
            cursor=cursor,
        )
        log.info("%s: probed %d lookalike handles (%d due), %d exist", pseudo, len(batch), len(due), len(found))
        found_all += found
    return found_all


def _account_from_row(row: Mapping[str, Any]) -> Account:
    raw = row.get("raw")
    fields = {key: row[key] for key in Account.model_fields if key in row and key not in ("raw", "collected_at")}
    return Account.model_validate(
        {
            **fields,
            "raw": json.loads(raw) if isinstance(raw, str) else (raw or {}),
            "collected_at": row["last_seen_at"],
        }
    )


_ACCOUNT_COLUMNS = (
    "a.platform, a.account_id, a.handle, a.display_name, a.description, a.created_at, a.followers, a.following, "
    "a.verified, a.profile_image_url, a.url, CAST(a.raw AS VARCHAR) AS raw, a.first_seen_at, a.last_seen_at"
)


@task(name="reply-candidates", cache_policy=NONE)
def reply_candidates(store: Store, run_id: str) -> list[Account]:
    """Accounts whose replies this run collected, answering a mention of the Trust posted by someone else.

    The parent may have been collected in an earlier run. Replies to oneself (threads) are not
    candidates; the Trust's own accounts come back too and are recognised as official when scored.
    """
    rows = store.fetch_dicts(
        f"""
        SELECT DISTINCT {_ACCOUNT_COLUMNS}
        FROM collected_mentions AS reply
        JOIN collected_mentions AS parent
          ON parent.platform = reply.platform AND parent.native_id = reply.in_reply_to
        JOIN accounts AS a ON a.platform = reply.platform AND a.account_id = reply.author_id
        WHERE reply.last_run_id = ? AND reply.in_reply_to IS NOT NULL
          AND parent.author_id IS DISTINCT FROM reply.author_id
        ORDER BY a.platform, a.account_id
        """,
        [run_id],
    )
    return [_account_from_row(row) for row in rows]


def run_authors(store: Store, run_id: str) -> list[Account]:
    """The accounts that wrote the mentions this run collected."""
    rows = store.fetch_dicts(
        f"""
        SELECT {_ACCOUNT_COLUMNS}
        FROM accounts AS a
        WHERE EXISTS (
            SELECT 1 FROM collected_mentions AS m
            WHERE m.platform = a.platform AND m.author_id = a.account_id AND m.last_run_id = ?
        )
        ORDER BY a.platform, a.account_id
        """,
        [run_id],
    )
    return [_account_from_row(row) for row in rows]


def build_scorer(settings: Settings) -> ImpersonationScorer:
    """The scorer for the configured Trust: its profile, approved register and logo hashes."""
    logos = load_logo_hashes(settings.resolve(path) for path in settings.trust.logos)
    return ImpersonationScorer(trust=settings.trust, register=_register(settings), logo_hashes=logos)


def _first_seen(store: Store, accounts: Sequence[Account]) -> dict[tuple[str, str], datetime]:
    if not accounts:
        return {}
    rows = store.fetch_dicts(
        "SELECT platform, account_id, first_seen_at FROM accounts "
        "WHERE list_contains(?, platform || chr(31) || account_id)",
        [[f"{a.platform}\x1f{a.account_id}" for a in accounts]],
    )
    return {(row["platform"], row["account_id"]): row["first_seen_at"] for row in rows}


def _profile_images(
    settings: Settings, scorer: ImpersonationScorer, ranked: Sequence[Account], limit: int
) -> dict[tuple[str, str], ImageResult]:
    if not scorer.logo_hashes or limit <= 0:
        return {}
    wanted = [account for account in ranked if account.profile_image_url][:limit]
    if not wanted:
        return {}
    images: dict[tuple[str, str], ImageResult] = {}
    by_url: dict[str, ImageResult] = {}
    timeout = min(IMAGE_TIMEOUT_SECONDS, settings.http.timeout_seconds)
    with build_http_client(settings.http, base_dir=settings.resolve(Path())) as client:
        for account in wanted:
            url = account.profile_image_url or ""
            if url not in by_url:
                try:
                    by_url[url] = fetch_profile_image(client, url, max_bytes=IMAGE_MAX_BYTES, timeout=timeout)
                except httpx.InvalidURL:
                    by_url[url] = ImageUnavailable(url, "not a valid URL")
            images[(account.platform, account.account_id)] = by_url[url]
    return images


def _image_evidence(image: ImageResult | None) -> dict[str, Any] | None:
    if isinstance(image, ProfileImage):
        return {
            "url": image.url,
            "hash": str(image.hash),
            "content_type": image.content_type,
            "size_bytes": image.size_bytes,
        }
    if isinstance(image, ImageUnavailable):
        return {"url": image.url, "unavailable": image.reason}
    return None


@task(name="impersonation-findings", cache_policy=NONE)
def impersonation_findings(
    settings: Settings,
    store: Store,
    run_id: str,
    extra_accounts: Sequence[Account],
    *,
    max_image_fetches: int = MAX_IMAGE_FETCHES,
) -> list[Finding]:
    """Score this run's authors and `extra_accounts` (probed lookalikes, reply candidates) for impersonation.

    Returns impersonation, suspicious-account and parody-account findings; official and unrelated
    accounts give none. Profile images are hashed against the Trust's logos for the
    `max_image_fetches` accounts that score highest without them (probed and replying accounts
    first), within the size and time limits of `fetch_profile_image`.
    """
    scorer = build_scorer(settings)
    now = utc_now()
    extra_keys = {(a.platform, a.account_id) for a in extra_accounts}
    accounts: dict[tuple[str, str], Account] = {}
    for account in [*run_authors(store, run_id), *extra_accounts]:
        key = (account.platform, account.account_id)
        if key not in accounts or account.collected_at >= accounts[key].collected_at:
            accounts[key] = account
    pre_scores = {key: scorer.score(account, now) for key, account in accounts.items()}
    ranked = sorted(
        (account for key, account in accounts.items() if pre_scores[key].verdict is not Verdict.OFFICIAL),
        key=lambda a: ((a.platform, a.account_id) not in extra_keys, -pre_scores[(a.platform, a.account_id)].score),
    )
    images = _profile_images(settings, scorer, ranked, max_image_fetches)
    first_seen = _first_seen(store, list(accounts.values()))
    findings: list[Finding] = []
    for key, account in accounts.items():
        image = images.get(key)
        verdict = scorer.score(account, now, image) if image is not None else pre_scores[key]
        finding = impersonation_finding(account, verdict, now, image)
        if finding is None:
            continue
        seen = first_seen.get(key)
        evidence = {
            **finding.evidence,
            "first_seen": (seen or account.collected_at).isoformat(),
            "profile_image": _image_evidence(image),
        }
        findings.append(finding.model_copy(update={"evidence": evidence}))
    log.info(
        "impersonation: scored %d accounts (%d probed or replying), %d images checked, %d findings",
        len(accounts),
        len(extra_keys),
        len(images),
        len(findings),
    )
    return findings


@dataclass(frozen=True)
class _Stored:
    account: Account
    first_seen: datetime


def _stored_account(store: Store, platform: str, account_id: str) -> _Stored | None:
    rows = store.fetch_dicts(
        f"SELECT {_ACCOUNT_COLUMNS} FROM accounts AS a WHERE a.platform = ? AND a.account_id = ?",
        [platform, account_id],
    )
    return _Stored(_account_from_row(rows[0]), rows[0]["first_seen_at"]) if rows else None


def verdict_from_evidence(evidence: Mapping[str, Any]) -> AccountVerdict:
    """The verdict a finding was raised on, rebuilt from its stored evidence."""
    return AccountVerdict(
        verdict=Verdict(evidence["verdict"]),
        score=float(evidence["score"]),
        evidence=[Evidence(**item) for item in evidence.get("evidence", [])],
        elements=tuple(evidence.get("identity_elements", ())),
    )


def _image_from_evidence(evidence: Mapping[str, Any]) -> ImageResult | None:
    image = evidence.get("profile_image")
    if not isinstance(image, dict) or not image.get("url"):
        return None
    if image.get("hash"):
        return ProfileImage(
            image["url"],
            imagehash.hex_to_hash(image["hash"]),
            image.get("content_type", ""),
            image.get("size_bytes", 0),
        )
    return ImageUnavailable(image["url"], str(image.get("unavailable", "not checked")))


@task(name="draft-takedowns", cache_policy=NONE)
def draft_takedowns(settings: Settings, store: Store, findings: Sequence[Finding]) -> list[str]:
    """Draft a takedown, with its evidence pack on disk, for each impersonation finding that needs one.

    A finding with no takedown gets one; a draft not yet requested is refreshed when the account's
    profile changed (its fingerprint differs); a takedown already requested or decided is left alone.
    Call after the findings are stored (after alerts are raised). Returns the takedown ids drafted.
    """
    book = CaseBook(store)
    evidence_dir = settings.resolve(EVIDENCE_DIR)
    drafted: list[str] = []
    for finding in findings:
        if finding.kind != "impersonation":
            continue
        existing = store.fetch_dicts(
            "SELECT status, json_extract_string(evidence, '$.profile_fingerprint') AS fingerprint "
            "FROM takedowns WHERE finding_id = ?",
            [finding.finding_id],
        )
        fingerprint = finding.evidence.get("profile_fingerprint")
        if existing and (existing[0]["status"] != "drafted" or existing[0]["fingerprint"] == fingerprint):
            continue
        stored = _stored_account(store, finding.platform, finding.subject_id)
        if stored is None:
            account = Account.model_validate(finding.evidence["account"])
            first_seen = datetime.fromisoformat(finding.evidence.get("first_seen") or finding.detected_at.isoformat())
        else:
            account, first_seen = stored.account, stored.first_seen
        draft = build_takedown_draft(
            account,
            verdict_from_evidence(finding.evidence),
            settings.trust,
            first_seen=first_seen,
            now=finding.detected_at,
            image=_image_from_evidence(finding.evidence),
        )
        write_evidence_pack(draft, evidence_dir)
        drafted.append(book.draft_from(draft, finding.finding_id))
    if drafted:
        log.info("impersonation: %d takedown draft(s) written under %s", len(drafted), evidence_dir)
    return drafted
