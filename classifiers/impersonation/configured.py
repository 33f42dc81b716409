"""The impersonation scorer as the configuration sets it up, for the scheduled run and `check-accounts` alike."""

from __future__ import annotations

from classifiers.approved_accounts import ApprovedRegister, load_approved_accounts
from classifiers.impersonation.images import load_logo_hashes
from classifiers.impersonation.scam_bios import builtin_scam_bio_reader
from classifiers.impersonation.scorer import ImpersonationScorer
from trustwatch.settings import Settings


def approved_register(settings: Settings) -> ApprovedRegister:
    """The Trust's register of approved accounts (`trust.approved_accounts`), empty when none is configured."""
    path = settings.trust.approved_accounts
    return load_approved_accounts(settings.resolve(path)) if path is not None else ApprovedRegister()


def configured_scorer(settings: Settings) -> ImpersonationScorer:
    """The scorer for the configured Trust: its profile, approved register, logo hashes and, unless
    `[impersonation] scam_bio_reading` is off, the learned reading of scam bios (its encoder loaded on first use)."""
    logos = load_logo_hashes(settings.resolve(path) for path in settings.trust.logos)
    reader = builtin_scam_bio_reader() if settings.impersonation.scam_bio_reading else None
    return ImpersonationScorer(settings.trust, approved_register(settings), logos, scam_bios=reader)
