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

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import imagehash
from prefect import task
from prefect.cache_policies import NONE

from alerts.takedown import build_takedown_draft, write_evidence_pack
from classifiers.approved_accounts import normalise_handle
from classifiers.impersonation import (
    AccountVerdict,
    Evidence,
    ImageResult,
    ImageUnavailable,
    ImpersonationScorer,
    ProfileImage,
    Verdict,
    approved_register,
    configured_scorer,
    fetch_profile_image,
    impersonation_finding,
)
from classifiers.lookalikes import LOOKUP_BATCH_SIZE, LookalikeHandle, lookalike_handles
from connectors import ConfiguredSource
from connectors.base import ClientSettings, add_usage
from connectors.web import open_web_client
from storage import accounts as stored_accounts
from storage.cases import CaseBook
from storage.store import Store
from trustwatch.errors import SourceError
from trustwatch.records import Account, Finding, utc_now
from trustwatch.settings import Settings

log = logging.getLogger(__name__)

PROBE_SOURCE = "impersonation-probe:{platform}"
PROBE_EVERY = timedelta(days=7)
# Profile images are fetched for at most this many accounts a run, highest pre-score first: most
# authors are members of the public, and each image is one more request to the platform's CDN.
MAX_IMAGE_FETCHES = 100
IMAGE_MAX_BYTES = 2_000_000
IMAGE_TIMEOUT_SECONDS = 10.0
EVIDENCE_DIR = Path("evidence")


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
    run_id = store.running_run_id()
    if run_id is None:
        raise ValueError("probe_lookalikes: no run in progress; pass run_id")
    return run_id


def _spent_on_lookups(state: dict[str, Any], source: str, month: str) -> int:
    return int(state.get("usage", {}).get(source, {}).get(month, 0))


def spent_on_lookups(store: Store, source: ConfiguredSource, month: str) -> int:
    """Units of `source`'s monthly budget that impersonation probing spent in `month`."""
    return _spent_on_lookups(store.load_cursor(probe_source_name(source.type)).state, source.name, month)


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
    register = approved_register(settings)
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
        paid = source.connector.budget(source.config)
        allowance = (
            None
            if paid is None
            else paid.lookups_allowed(
                store.load_cursor(source.name).state, _spent_on_lookups(state, source.name, month), month
            )
        )
        if allowance is not None and allowance < allowed:
            log.info("%s: the monthly budget of %s allows %d lookups this run", pseudo, source.name, allowance)
            allowed = allowance
        batch = [candidate.handle for candidate in due[: max(0, allowed)]]
        if not batch:
            continue
        try:
            found = source.lookup_accounts(batch, ClientSettings.of(settings))
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
        if paid is not None and paid.lookup_cost:
            add_usage(state.setdefault("usage", {}).setdefault(source.name, {}), month, paid.lookup_cost * len(found))
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


@task(name="reply-candidates", cache_policy=NONE)
def reply_candidates(store: Store, run_id: str) -> list[Account]:
    """Accounts whose replies this run collected, answering a mention of the Trust posted by someone else.

    The Trust's own accounts come back too and are recognised as official when scored.
    """
    return stored_accounts.reply_candidates(store, run_id)


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
    with open_web_client(settings.http, base_dir=settings.resolve(Path())) as client:
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
    scorer = configured_scorer(settings)
    now = utc_now()
    extra_keys = {(a.platform, a.account_id) for a in extra_accounts}
    accounts: dict[tuple[str, str], Account] = {}
    for account in [*stored_accounts.run_authors(store, run_id), *extra_accounts]:
        key = (account.platform, account.account_id)
        if key not in accounts or account.collected_at >= accounts[key].collected_at:
            accounts[key] = account
    scorer.prepare(accounts.values(), now)
    pre_scores = {key: scorer.score(account, now) for key, account in accounts.items()}
    ranked = sorted(
        (
            account
            for key, account in accounts.items()
            if pre_scores[key].verdict not in (Verdict.OFFICIAL, Verdict.AFFILIATE)
        ),
        key=lambda a: ((a.platform, a.account_id) not in extra_keys, -pre_scores[(a.platform, a.account_id)].score),
    )
    images = _profile_images(settings, scorer, ranked, max_image_fetches)
    first_seen = stored_accounts.first_seen(store, list(accounts.values()))
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
    scorer: ImpersonationScorer | None = None
    for finding in findings:
        if finding.kind != "impersonation":
            continue
        existing = book.takedown_for_finding(finding.finding_id)
        fingerprint = finding.evidence.get("profile_fingerprint")
        if existing is not None and (existing[0] != "drafted" or existing[1] == fingerprint):
            continue
        stored = stored_accounts.stored_account(store, finding.platform, finding.subject_id)
        if stored is None:
            account = Account.model_validate(finding.evidence["account"])
            first_seen = datetime.fromisoformat(finding.evidence.get("first_seen") or finding.detected_at.isoformat())
        else:
            account, first_seen = stored
        scorer = scorer or ImpersonationScorer(settings.trust, approved_register(settings))
        draft = build_takedown_draft(
            account,
            verdict_from_evidence(finding.evidence),
            settings.trust,
            first_seen=first_seen,
            now=finding.detected_at,
            genuine_handles=scorer.genuine_handles(account.platform),
            image=_image_from_evidence(finding.evidence),
        )
        write_evidence_pack(draft, evidence_dir)
        drafted.append(book.draft_takedown(finding.finding_id, **draft.takedown_fields(), now=finding.detected_at))
    if drafted:
        log.info("impersonation: %d takedown draft(s) written under %s", len(drafted), evidence_dir)
    return drafted
