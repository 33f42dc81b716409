"""Rules written after the fifth impersonation reading (docs/decisions/0056), each on invented accounts."""

from pathlib import Path

import pytest

from classifiers.approved_accounts import load_approved_accounts
from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import scam_cues
from tests.support.impersonation import evidence_names as names
from tests.support.impersonation import kingsmere_scorer
from tests.support.impersonation import score_account as score


@pytest.fixture
def scorer() -> ImpersonationScorer:
    return kingsmere_scorer(executives=[{"name": "Dr Maren Holtby", "role": "Medical Director"}])


@pytest.mark.parametrize(
    ("handle", "display_name", "bio"),
    [
        (
            "KVHNurseRecruit",
            "Kingsmere Valley Hospitals Nursing Recruitment",
            "Our recruitment team. Every role is on NHS Jobs. We will never ask you for a fee or any payment.",
        ),
        (
            "KVHPatientExp",
            "Kingsmere Valley Hospitals Patient Liaison",
            "Patient experience team. Please do not share personal or medical details in comments.",
        ),
    ],
    ids=["a recruitment team saying it never charges", "a patient experience team asking for no medical details"],
)
def test_a_trust_team_that_warns_against_the_scam_goes_to_a_person_not_a_takedown(
    scorer: ImpersonationScorer, handle: str, display_name: str, bio: str
) -> None:
    verdict = score(scorer, handle=handle, display_name=display_name, description=bio)
    assert "bio" not in verdict.elements
    assert verdict.verdict is Verdict.SUSPICIOUS


def test_a_team_claim_without_a_warning_is_still_an_element(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        handle="KVHNurseRecruit",
        display_name="Kingsmere Valley Hospitals Nursing Recruitment",
        description="Our recruitment team. Every role is on NHS Jobs.",
    )
    assert "bio" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    "bio",
    [
        "Consultant and mentor. I help nurses earn passive income with forex. DM",
        "Healthcare leader giving back: I am helping NHS staff grow their savings.",
        "Doctor. Guaranteed returns of 30% a month, ask me how.",
    ],
    ids=["forex and passive income", "growing staff savings", "guaranteed returns"],
)
def test_an_executive_name_selling_investments_is_impersonation(scorer: ImpersonationScorer, bio: str) -> None:
    assert [cue.cue for cue in scam_cues(bio)] == ["investment_offer"]
    verdict = score(scorer, handle="mholtby_md", display_name="Maren Holtby", description=bio)
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_warning_against_investment_scams_is_no_cue() -> None:
    assert scam_cues("We will never offer you forex trading or passive income schemes.") == []


OFFICIAL_BIO = """platform,handle,account_id,display_name,owner_team,approved_on,notes,bio
x,KingsmereNHS,1400000001,Kingsmere Valley Hospitals,Communications,2021-03-01,,Official account of Kingsmere \
Valley Hospitals NHS Foundation Trust. Three hospitals in the Kingsmere valley. Not monitored 24/7.
"""


@pytest.fixture
def with_bio(tmp_path: Path) -> ImpersonationScorer:
    path = tmp_path / "approved_accounts.csv"
    path.write_text(OFFICIAL_BIO, encoding="utf-8")
    return kingsmere_scorer(load_approved_accounts(path))


def test_the_official_bio_under_a_name_and_handle_with_nothing_of_the_trust_is_impersonation(
    with_bio: ImpersonationScorer,
) -> None:
    verdict = score(
        with_bio,
        platform="instagram",
        handle="patient_line_uk",
        display_name="Patient Advice",
        description="Official account of Kingsmere Valley Hospitals NHS Foundation Trust. Three hospitals in the "
        "Kingsmere valley. Not monitored 24/7.",
    )
    assert verdict.elements == ("bio",)
    assert "unrelated_handle" in names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_bio_only_naming_the_trust_on_such_a_handle_is_not_a_copy(with_bio: ImpersonationScorer) -> None:
    verdict = score(
        with_bio,
        platform="instagram",
        handle="valley_walkers",
        display_name="Valley Walkers",
        description="Walking group meeting at Kingsmere Valley Hospitals car park on Sundays.",
    )
    assert "unrelated_handle" not in names(verdict)
    assert verdict.verdict is not Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("platform", "handle", "display_name"),
    [
        ("instagram", "kvh.careers", "Hospital Updates"),
        ("tiktok", "kingsmerenhs_helpdesk", "NHS Help Desk"),
        ("linkedin", "appeal-kvh", "Patient Support"),
    ],
    ids=["a dotted initials handle", "the official handle plus an affix", "an affix before the initials"],
)
def test_a_generic_nhs_service_name_beside_a_trust_handle_is_impersonation(
    scorer: ImpersonationScorer, platform: str, handle: str, display_name: str
) -> None:
    verdict = score(
        scorer,
        platform=platform,
        handle=handle,
        display_name=display_name,
        description="Latest news and health tips.",
        followers=3,
        following=900,
    )
    assert "generic_service_name" in names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_named_team_beside_a_trust_handle_is_not_a_generic_service_name(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        platform="instagram",
        handle="kvh.careers",
        display_name="Ashby Moor Physio Team",
        description="Latest news and health tips.",
    )
    assert "generic_service_name" not in names(verdict)


@pytest.mark.parametrize(
    "bio",
    [
        "Kingsmere General recruitment. Hiring healthcare assistants and carers now! Send CV to our WhatsApp.",
        "Talent acquisition | Kingsmere Valley Hospitals | CV and passport copy to our HR WhatsApp.",
    ],
    ids=["hiring for the Trust by WhatsApp", "talent acquisition for the Trust by WhatsApp"],
)
def test_a_bio_hiring_in_the_trusts_name_speaks_as_the_trust(scorer: ImpersonationScorer, bio: str) -> None:
    verdict = score(scorer, handle="care_jobs_direct_7", display_name="Care Jobs Direct", description=bio)
    assert "bio" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION
