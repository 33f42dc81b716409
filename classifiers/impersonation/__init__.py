"""Impersonation: is this account pretending to be the Trust? Explainable by construction.

- `scorer`: evidence (identity, deception, mitigation) and the verdict, every point of the score listed;
- `handles`: each platform's handle rules; `content`: scam cues, labels, domains; `images`: logos;
- `scam_bios`: the learned reading of scam bios;
- `configured`: the scorer as the configuration sets it up;
- `accounts`: JSON-lines input for `trustwatch check-accounts`; `findings`: what the store keeps.
"""

from classifiers.impersonation.accounts import AccountInputError, account_from_json, check_accounts, read_accounts
from classifiers.impersonation.configured import approved_register, configured_scorer
from classifiers.impersonation.findings import FINDING_KINDS, impersonation_finding, profile_fingerprint
from classifiers.impersonation.images import (
    LOGO_MATCH_DISTANCE,
    ImageResult,
    ImageUnavailable,
    LogoHashes,
    ProfileImage,
    content_box,
    fetch_profile_image,
    load_logo_hashes,
    logo_hashes,
    profile_image_hash,
    profile_image_hashes,
)
from classifiers.impersonation.scam_bios import ScamBioReader, builtin_scam_bio_reader, load_scam_bio_head
from classifiers.impersonation.scorer import (
    DECEPTION_NEEDED,
    ELEMENT_PRESENT,
    IMPERSONATION_THRESHOLD,
    AccountVerdict,
    Evidence,
    ImpersonationScorer,
    Verdict,
)

__all__ = [
    "DECEPTION_NEEDED",
    "ELEMENT_PRESENT",
    "FINDING_KINDS",
    "IMPERSONATION_THRESHOLD",
    "LOGO_MATCH_DISTANCE",
    "AccountInputError",
    "AccountVerdict",
    "Evidence",
    "ImageResult",
    "ImageUnavailable",
    "ImpersonationScorer",
    "LogoHashes",
    "ProfileImage",
    "ScamBioReader",
    "Verdict",
    "account_from_json",
    "approved_register",
    "builtin_scam_bio_reader",
    "check_accounts",
    "configured_scorer",
    "content_box",
    "fetch_profile_image",
    "impersonation_finding",
    "load_logo_hashes",
    "load_scam_bio_head",
    "logo_hashes",
    "profile_fingerprint",
    "profile_image_hash",
    "profile_image_hashes",
    "read_accounts",
]
