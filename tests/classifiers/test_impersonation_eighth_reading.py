"""Rules written after the eighth impersonation reading (docs/decisions/0077), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import SAFETY_NOTICE, scam_cues
from tests.support.impersonation import evidence_names, score_account


@pytest.mark.parametrize(
    ("platform", "handle", "display_name"),
    [
        ("x", "KingsmereNHS_staff", "Welfare Team"),
        ("instagram", "kingsmere.general.hospital", "Community Noticeboard"),
        ("tiktok", "kingsmerenhsuk", "Wellbeing Hub"),
        ("linkedin", "kingsmerenhs-info", "Visitor Info"),
        ("x", "KingsmereNHS_help", "Patient Experience"),
    ],
    ids=["welfare team", "noticeboard", "wellbeing hub", "visitor info", "patient experience"],
)
def test_a_notice_page_name_beside_a_trust_handle_is_impersonation(
    scorer: ImpersonationScorer, platform: str, handle: str, display_name: str
) -> None:
    verdict = score_account(
        scorer, platform, handle=handle, display_name=display_name, description="Keeping you informed."
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "generic_service_name" in evidence_names(verdict)


def test_a_notice_page_name_on_a_handle_with_nothing_of_the_trust_is_unrelated(
    scorer: ImpersonationScorer,
) -> None:
    verdict = score_account(
        scorer, handle="ashby_noticeboard", display_name="Community Noticeboard", description="Local news."
    )
    assert verdict.verdict is Verdict.UNRELATED


@pytest.mark.parametrize(
    "bio",
    [
        "Talent and recruitment at Kingsmere General. Our process is free; report anyone asking for money.",
        "PALS for Kingsmere Valley Hospitals. Beware of accounts offering 'refunds' - they are not us.",
        "Patient finance team. Charges and refunds are handled by letter, never by social media.",
    ],
    ids=["report anyone asking for money", "beware of accounts offering refunds", "never by social media"],
)
def test_these_warnings_are_safety_notices(bio: str) -> None:
    assert SAFETY_NOTICE.search(bio) is not None


def test_a_trust_team_page_that_warns_about_refund_scams_goes_to_the_digest(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        handle="kingsmere_pals",
        display_name="Kingsmere General PALS",
        description="PALS for Kingsmere Valley Hospitals. Beware of accounts offering 'refunds' - they are not us.",
    )
    assert verdict.verdict is Verdict.SUSPICIOUS
    assert "safety_notice" in evidence_names(verdict)


@pytest.mark.parametrize(
    "bio",
    [
        "Travel cost refunds are claimed in person with proof of benefit.",
        "Overseas visitor charges and refunds are handled by letter.",
    ],
    ids=["in person", "by letter"],
)
def test_money_handled_in_person_or_by_letter_is_no_scam_cue(bio: str) -> None:
    assert scam_cues(bio) == []


@pytest.mark.parametrize(
    ("bio", "verdict"),
    [
        ("Research at Kingsmere General. Find studies that are recruiting near you.", Verdict.SUSPICIOUS),
        ("Kingsmere General. We are recruiting nurses, apply by DM.", Verdict.IMPERSONATION),
    ],
    ids=["studies that are recruiting", "we are recruiting"],
)
def test_studies_recruiting_patients_are_not_the_trust_hiring(
    scorer: ImpersonationScorer, bio: str, verdict: Verdict
) -> None:
    found = score_account(scorer, handle="KingsmereNHS_team", display_name="Research Team", description=bio)
    assert found.verdict is verdict


def test_vacancies_from_verified_employers_are_not_an_official_claim(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        handle="KingsmereJobs75",
        display_name="Kingsmere Health Jobs",
        description="Care and health vacancies from verified local employers.",
    )
    assert verdict.verdict is not Verdict.IMPERSONATION
    assert "bio" not in verdict.elements
