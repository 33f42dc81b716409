"""Rules written after the sixth impersonation reading (docs/decisions/0059), each on invented accounts."""

from typing import Any

import pytest

from classifiers.impersonation import AccountVerdict, ImpersonationScorer, Verdict
from classifiers.impersonation.content import scam_cues
from tests.support.impersonation import score_account


def score(scorer: ImpersonationScorer, **fields: Any) -> AccountVerdict:
    return score_account(scorer, "facebook", **fields)


@pytest.mark.parametrize(
    "bio",
    [
        "Ward clerk at Kingsmere General. Refunds for lost property go through the cashiers - never via DMs.",
        "Donate at kingsmerevalley.nhs.uk - we don't take donations by WhatsApp.",
        "Appointment refunds are handled at reception, not over text message.",
    ],
    ids=["refunds never via DMs", "donations not by WhatsApp", "refunds not over text"],
)
def test_a_cue_followed_by_a_warning_about_private_channels_is_no_scam_cue(bio: str) -> None:
    assert scam_cues(bio) == []


@pytest.mark.parametrize(
    ("bio", "cue"),
    [
        ("Refunds for lost property go through the cashiers.", "money_offer"),
        ("Donate at kingsmerevalley.nhs.uk today.", "donation_request"),
        ("Appointment refunds are handled by our team.", "money_offer"),
    ],
    ids=["refunds", "donations", "appointment refunds"],
)
def test_the_same_cue_without_the_warning_is_still_a_scam_cue(bio: str, cue: str) -> None:
    assert [found.cue for found in scam_cues(bio)] == [cue]


def test_a_staff_member_warning_about_refund_scams_is_not_flagged(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        handle="PriyaWardClerk",
        display_name="Priya Lindqvist",
        description="Car parking lead at Kingsmere General. Refunds go through the cashiers' office - never via DMs.",
    )
    assert verdict.verdict is not Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("handle", "display_name", "bio"),
    [
        (
            "KingsmerePALSinfo",
            "Kingsmere Valley Hospitals PALS",
            "How to reach the PALS team at Ashby Moor Community Hospital. Please don't share personal details here.",
        ),
        (
            "KingsmereNHSJobsTeam",
            "Kingsmere Valley Hospitals Recruitment",
            "Our recruitment team at Kingsmere General. We will never ask you for a fee or any payment.",
        ),
    ],
    ids=["a PALS information page", "a recruitment team that never charges"],
)
def test_an_unlisted_team_page_that_warns_its_followers_goes_to_the_digest(
    scorer: ImpersonationScorer, handle: str, display_name: str, bio: str
) -> None:
    verdict = score(scorer, handle=handle, display_name=display_name, description=bio)
    assert verdict.verdict is Verdict.SUSPICIOUS
    assert "safety_notice" in {item.name for item in verdict.evidence}


@pytest.mark.parametrize(
    ("handle", "display_name", "bio"),
    [
        (
            "KingsmerePALSinfo",
            "Kingsmere Valley Hospitals PALS",
            "How to reach the PALS team at Ashby Moor Community Hospital. Our official page.",
        ),
        (
            "KingsmereNHSJobsTeam",
            "Kingsmere Valley Hospitals Recruitment",
            "Our recruitment team at Kingsmere General. We never ask for a fee - pay the DBS check at kvh-jobs.com.",
        ),
        (
            "KingsmerePALSinfo",
            "Kingsmere Valley Hospitals PALS",
            "Official PALS page. Please don't share personal details here.",
        ),
    ],
    ids=[
        "a team page without a warning",
        "a warning beside a lookalike payment site",
        "a page calling itself official",
    ],
)
def test_a_warning_does_not_excuse_a_page_that_deceives_or_claims_to_be_official(
    scorer: ImpersonationScorer, handle: str, display_name: str, bio: str
) -> None:
    verdict = score(scorer, handle=handle, display_name=display_name, description=bio)
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("display_name", "bio"),
    [
        ("Ward Heroes Fund", "Appeal for the Kingsmere General baby unit. Donate via Revolut or PayPal."),
        ("Cot Appeal", "Ashby Moor Community Hospital appeal. Sponsor a cot for £20, payment by bank transfer."),
    ],
    ids=["donations by payment app", "sponsorship by bank transfer"],
)
def test_an_appeal_for_the_trust_taking_money_through_a_person_is_impersonation(
    scorer: ImpersonationScorer, display_name: str, bio: str
) -> None:
    verdict = score(scorer, handle="helpdesk_uk204", display_name=display_name, description=bio)
    assert "bio" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("display_name", "bio"),
    [
        ("Ward Heroes Fund", "Appeal for the Riverside Children's Hospice. Donate via Revolut or PayPal."),
        ("Sam Okoro", "Porter at Kingsmere General. Ask me about the cycle to work scheme in DM."),
    ],
    ids=["an appeal naming another hospital", "no money asked for"],
)
def test_an_appeal_is_not_the_trust_without_its_name_and_a_personal_channel(
    scorer: ImpersonationScorer, display_name: str, bio: str
) -> None:
    verdict = score(scorer, handle="helpdesk_uk204", display_name=display_name, description=bio)
    assert verdict.verdict is not Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("handle", "display_name", "bio"),
    [
        ("MarenHoltby2", "Maren Holtby", "Nurse. Leader. Optimist."),
        ("mholtby_nhs", "M. Holtby", "Mum, runner and NHS leader."),
        ("holtby-kvh", "M. Holtby", "Dog lover and hospital boss."),
    ],
    ids=["a leader", "an NHS leader", "a hospital boss"],
)
def test_an_executive_name_with_a_leader_bio_speaks_as_the_executive(
    scorer_with_executive: ImpersonationScorer, handle: str, display_name: str, bio: str
) -> None:
    verdict = score(scorer_with_executive, handle=handle, display_name=display_name, description=bio)
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("handle", "display_name", "bio"),
    [
        ("nurse_runner_22", "Maren Holtby", "Nurse. Runner. Optimist."),
        ("JoPennick", "Jo Pennick", "Nurse. Leader. Optimist."),
    ],
    ids=["the executive's name without a role, on another handle", "a leader who is not an executive"],
)
def test_a_leader_bio_or_an_executive_name_alone_is_not_impersonation(
    scorer_with_executive: ImpersonationScorer, handle: str, display_name: str, bio: str
) -> None:
    verdict = score(scorer_with_executive, handle=handle, display_name=display_name, description=bio)
    assert verdict.verdict is not Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("handle", "display_name"),
    [
        ("kvhnhs.help", "Help Desk"),
        ("real_kvhnhs", "Patient Info"),
        ("kingsmere.valley.hospitals.page", "Updates"),
    ],
    ids=["initials with a help suffix", "initials behind 'real'", "a dotted copy of the name"],
)
def test_a_trust_handle_beside_a_name_that_names_no_organisation_is_impersonation(
    scorer: ImpersonationScorer, handle: str, display_name: str
) -> None:
    verdict = score(scorer, handle=handle, display_name=display_name, description="")
    assert "generic_service_name" in {item.name for item in verdict.evidence}
    assert verdict.verdict is Verdict.IMPERSONATION
