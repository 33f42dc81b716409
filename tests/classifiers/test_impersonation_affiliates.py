"""Donation scams and the organisations beside the Trust: its charity, union branches (`[[trust.affiliates]]`)."""

import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from classifiers.approved_accounts import ApprovedRegister
from classifiers.impersonation import (
    AccountVerdict,
    ImpersonationScorer,
    Verdict,
    account_from_json,
    impersonation_finding,
)
from classifiers.impersonation.content import charity_numbers, personal_channel, scam_cues
from trustwatch.settings import TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "impersonation"
NOW = datetime(2026, 11, 1, tzinfo=UTC)
CHARITY = {
    "name": "Kingsmere Hospitals Charity",
    "aliases": ["KVH Charity"],
    "charity_number": "1990017",
    "web_domains": ["kingsmerecharity.org.uk"],
    "accounts": {"X": ["KVHCharity"], "instagram": ["kvhcharity"]},
}
UNION = {"name": "UNISON Kingsmere Health Branch", "kind": "union", "accounts": {"x": ["UnisonKVH"]}}


def scorer_with(affiliates: list[dict[str, Any]]) -> ImpersonationScorer:
    profile = tomllib.loads((FIXTURES / "trust.toml").read_text())
    return ImpersonationScorer(TrustProfile(**profile, affiliates=affiliates), ApprovedRegister())


@pytest.fixture
def plain() -> ImpersonationScorer:
    """A Trust that has configured no affiliates (most, at first)."""
    return scorer_with([])


@pytest.fixture
def configured() -> ImpersonationScorer:
    return scorer_with([CHARITY, UNION])


def score(scorer: ImpersonationScorer, **fields: Any) -> AccountVerdict:
    return scorer.score(account_from_json({"platform": "x", **fields}), NOW)


def names(verdict: AccountVerdict) -> set[str]:
    return {item.name for item in verdict.evidence}


@pytest.mark.parametrize(
    "bio",
    [
        "Support our nurses at Kingsmere General 🌈 Buy a rainbow badge, £10 via PayPal.",
        "Please help the children's ward at Kingsmere General. We are £8,000 short. Bank details in DM.",
        "New scanner appeal for Kingsmere General. Give at gofundme.com/f/kingsmere-scanner",
        "Kingsmere General needs your help this winter. DM us to donate.",
    ],
    ids=["PayPal", "bank details by DM", "a crowdfunding page", "DM to donate"],
)
def test_a_charity_named_account_collecting_through_a_person_is_impersonation(
    plain: ImpersonationScorer, bio: str
) -> None:
    verdict = score(plain, handle="KVHCharityUK", display_name="Kingsmere General Hospital Charity", description=bio)
    assert "donation_outside_charity" in names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION, verdict.evidence


@pytest.mark.parametrize(
    "bio",
    [
        "The official charity for Kingsmere Valley Hospitals. Registered charity. Please only donate through our "
        "official website.",
        "Raising money for Kingsmere General. Donate via PayPal Giving Fund or text KVH to 70085 to give £5.",
    ],
    ids=["only through its website", "PayPal Giving Fund and a text-giving short code"],
)
def test_a_charity_collecting_through_its_own_channels_is_never_flagged(plain: ImpersonationScorer, bio: str) -> None:
    verdict = score(plain, handle="KVHCharity", display_name="Kingsmere Valley Hospitals Charity", description=bio)
    assert verdict.verdict is not Verdict.IMPERSONATION, verdict.evidence
    assert "donation_outside_charity" not in names(verdict)
    assert not any(item.name == "bio" and item.weight >= 0.35 for item in verdict.evidence)


def test_a_partner_charity_s_bio_speaks_for_itself_not_as_the_trust(plain: ImpersonationScorer) -> None:
    verdict = score(
        plain,
        handle="MoorlandAirAmb",
        display_name="Moorland Air Ambulance",
        description="Charity partner of @KingsmereNHS. Fundraising, events and volunteering. Please only donate "
        "through our official website.",
    )
    assert "bio" not in verdict.elements
    assert verdict.verdict is Verdict.UNRELATED, verdict.evidence


def test_the_cues_a_registered_charity_uses_are_not_scam_wording() -> None:
    text = "Donate via PayPal Giving Fund. Text KVH to 70085 to give £5."
    assert not [cue for cue in scam_cues(text) if cue.cue != "donation_request"]
    assert personal_channel(text) is None
    assert personal_channel("Send what you can: paypal.me/kvhward") is not None
    assert personal_channel("We never ask for bank details or gift cards.") is None


def test_charity_numbers_are_read_however_they_are_written() -> None:
    text = "Registered charity no. 1990 017. Also Charity number: SC099017 and reg. charity 1990018-1"
    assert charity_numbers(text) == ["1990017", "SC099017", "1990018"]


@pytest.mark.parametrize("platform", ["x", "Twitter", " X ", "instagram"])
def test_a_listed_affiliate_account_is_affiliate_on_any_platform_spelling(
    configured: ImpersonationScorer, platform: str
) -> None:
    handle = "kvhcharity" if platform == "instagram" else "KVHCharity"
    verdict = configured.score(
        account_from_json({"platform": platform, "handle": handle, "display_name": "KVH Charity"}), NOW
    )
    assert verdict.verdict is Verdict.AFFILIATE
    assert names(verdict) == {"affiliate_account"}


def test_a_listed_union_branch_is_affiliate_not_suspicious(
    plain: ImpersonationScorer, configured: ImpersonationScorer
) -> None:
    fields = {
        "handle": "UnisonKVH",
        "display_name": "UNISON Kingsmere General Branch",
        "description": "UNISON branch for staff at Kingsmere General. Member helpline on our website.",
    }
    assert score(configured, **fields).verdict is Verdict.AFFILIATE
    assert score(plain, **fields).verdict is Verdict.SUSPICIOUS


def test_an_unlisted_copy_of_the_charity_giving_another_charity_number_is_impersonation(
    configured: ImpersonationScorer,
) -> None:
    verdict = score(
        configured,
        handle="KVHCharityAppeal",
        display_name="Kingsmere Hospitals Charity",
        description="Winter appeal for Kingsmere General. Registered charity no. 1990042.",
    )
    assert "wrong_charity_number" in names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION, verdict.evidence


def test_an_unlisted_copy_of_the_charity_sending_donations_elsewhere_is_impersonation(
    configured: ImpersonationScorer,
) -> None:
    verdict = score(
        configured,
        handle="KVHCharityAppeal",
        display_name="Kingsmere Hospitals Charity",
        description="Winter appeal for the children's ward. Donate: kids-ward-appeal.co.uk",
    )
    outside = [item for item in verdict.evidence if item.name == "donation_outside_charity"]
    assert outside and "kids-ward-appeal.co.uk" in outside[0].text
    assert verdict.verdict is Verdict.IMPERSONATION, verdict.evidence


def test_a_copy_of_the_charity_handle_alone_copies_the_charity(configured: ImpersonationScorer) -> None:
    # Nothing of the Trust's own name: only the charity's handle, one letter off, tells whose money it collects.
    verdict = score(
        configured, handle="KVHCharlty", display_name="Hospital Heroes", description="£10 via PayPal for the ward."
    )
    assert {"name", "handle", "donation_outside_charity"} <= names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION, verdict.evidence


def test_an_unlisted_account_giving_the_charity_s_own_domain_and_number_is_left_alone(
    configured: ImpersonationScorer,
) -> None:
    verdict = score(
        configured,
        handle="KVHCharityEvents",
        display_name="Kingsmere Hospitals Charity Events",
        description="Fun runs for Kingsmere General. Sign up at kingsmerecharity.org.uk. Registered charity 1990017.",
    )
    assert "affiliate_own_channel" in names(verdict)
    assert verdict.verdict is Verdict.UNRELATED, verdict.evidence


def test_an_affiliate_account_raises_no_finding(configured: ImpersonationScorer) -> None:
    account = account_from_json({"platform": "x", "handle": "KVHCharity", "display_name": "KVH Charity"})
    verdict = configured.score(account, NOW)
    assert verdict.verdict is Verdict.AFFILIATE
    assert impersonation_finding(account, verdict, NOW) is None
