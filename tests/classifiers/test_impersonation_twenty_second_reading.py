"""Rules written after the twenty-second impersonation reading (docs/decisions/0120), each on invented accounts."""

import pytest

from classifiers.impersonation import Verdict
from tests.support.impersonation import evidence_names, kingsmere_scorer, score_account


@pytest.mark.parametrize(
    ("display_name", "expected"),
    [
        ("Ashby NHS Jobs", True),
        ("Kingsmere Patient Refunds", True),
        ("Ashby Jobs", False),
        ("Ashby Hospital Radio", False),
        ("Ashby Mind Appeal", False),
        ("Leeds NHS Jobs", False),
    ],
    ids=["town jobs", "town refunds", "one service word", "an organisation word", "a charity's name", "another town"],
)
def test_a_place_of_the_trusts_beside_service_words_names_no_organisation(display_name: str, expected: bool) -> None:
    assert kingsmere_scorer().place_service_name(display_name) is expected


@pytest.mark.parametrize(
    ("display_name", "bio"),
    [
        ("Ashby NHS Jobs", "Healthcare assistant jobs at Kingsmere General Hospital, start next week. £40 admin fee."),
        (
            "Kingsmere Patient Refunds",
            "Treated at Kingsmere General Hospital since 2020? You could be owed a refund. Send us your bank details.",
        ),
    ],
    ids=["a job fee", "a refund for bank details"],
)
def test_scam_wording_for_the_trust_under_a_place_and_service_words_is_impersonation(
    display_name: str, bio: str
) -> None:
    verdict = score_account(kingsmere_scorer(), handle="jobs_uk_4471", display_name=display_name, description=bio)
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "generic_service_name" in evidence_names(verdict)


def test_a_job_board_named_after_the_trusts_town_without_scam_wording_is_not_impersonation() -> None:
    bio = "Independent job board sharing Kingsmere General Hospital vacancies from NHS Jobs. We never charge a fee."
    verdict = score_account(
        kingsmere_scorer(), handle="ashby_health_jobs", display_name="Ashby NHS Jobs", description=bio
    )
    assert verdict.verdict is not Verdict.IMPERSONATION
    assert "generic_service_name" not in evidence_names(verdict)


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Overseas nurses wanted for our wards. Refundable CoS deposit £1,450 payable to our agent.", True),
        ("Healthcare assistant jobs on our wards, start Monday. £40 DBS fee payable before your first shift.", True),
        ("Overseas nurses wanted for our wards. Apply through NHS Jobs; we never charge a fee or deposit.", False),
        ("Staff lottery for our wards: £1 a week, registration fee £2, prizes every month.", False),
    ],
    ids=["a visa deposit", "a DBS fee", "a warning against fees", "a fee with no job offered"],
)
def test_a_fee_for_a_job_under_any_copy_of_the_trusts_name_is_impersonation(bio: str, expected: bool) -> None:
    # "Global Talent" weakens the name to a partial copy: the fee, which no NHS employer charges, decides.
    verdict = score_account(
        kingsmere_scorer(), handle="talent_desk_88", display_name="Kingsmere General Global Talent", description=bio
    )
    assert (verdict.verdict is Verdict.IMPERSONATION) is expected
