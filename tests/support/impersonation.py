"""The test Trust's impersonation scorer and helpers shared by the rule tests (invented accounts only)."""

import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from classifiers.approved_accounts import ApprovedRegister
from classifiers.impersonation import AccountVerdict, ImpersonationScorer, account_from_json
from trustwatch.settings import TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "impersonation"
NOW = datetime(2026, 11, 1, tzinfo=UTC)


def trust_profile(**overrides: Any) -> TrustProfile:
    """The test Trust's `[trust]` section (tests/fixtures/impersonation/trust.toml), with fields replaced."""
    return TrustProfile(**(tomllib.loads((FIXTURES / "trust.toml").read_text()) | overrides))


def kingsmere_scorer(register: ApprovedRegister | None = None, **overrides: Any) -> ImpersonationScorer:
    """A scorer for the test Trust, with an empty register unless one is given."""
    return ImpersonationScorer(trust_profile(**overrides), register or ApprovedRegister())


def score_account(scorer: ImpersonationScorer, platform: str = "x", **fields: Any) -> AccountVerdict:
    """The verdict on an account written as `check-accounts` reads it, scored as of NOW."""
    return scorer.score(account_from_json({"platform": platform, **fields}), NOW)


def evidence_names(verdict: AccountVerdict) -> set[str]:
    """The names of the evidence behind a verdict."""
    return {item.name for item in verdict.evidence}
