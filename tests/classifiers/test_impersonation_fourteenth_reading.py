"""Changes written after the fourteenth impersonation reading (docs/decisions/0095), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import personal_channel, scam_cues
from tests.support.impersonation import evidence_names, kingsmere_scorer, score_account


@pytest.mark.parametrize(
    "display_name", ["Patient Support - Becklin Lodge", "Becklin Lodge Patient Services"], ids=["after", "before"]
)
def test_a_site_configured_with_its_town_is_known_by_its_own_name(display_name: str) -> None:
    scorer = kingsmere_scorer(aliases=["Kingsmere Valley Hospitals", "Becklin Lodge, Ashby"])
    verdict = score_account(
        scorer,
        "facebook",
        handle="refunds.help.40",
        display_name=display_name,
        description="Your appointment fee was charged twice. Message us your card number to get your refund.",
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "name" in evidence_names(verdict)


def test_initials_longer_than_four_letters_in_a_bio_name_the_trust() -> None:
    scorer = kingsmere_scorer(aliases=["Kingsmere Valley Hospitals", "KVHFT"])
    assert scorer.references_trust("The official recruitment page of KVHFT. Interview on Telegram.") is not None
    assert scorer.references_trust("Runs the KVHFTX quiz league.") is None


def test_an_official_page_claim_with_initials_and_telegram_interviews_is_impersonation() -> None:
    scorer = kingsmere_scorer(aliases=["Kingsmere Valley Hospitals", "KVHFT"])
    verdict = score_account(
        scorer,
        "instagram",
        handle="careers.jobs.41",
        display_name="Nurses Wanted UK",
        description="The official recruitment page of KVHFT. All applications through this page only. Interview on "
        "Telegram.",
    )
    assert verdict.verdict is Verdict.IMPERSONATION


def test_hiring_now_beside_a_site_name_does_not_weaken_the_name(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        "x",
        handle="CareersHiring",
        display_name="Kingsmere General Hiring Now",
        description="NHS recruitment agency (approved). 100% job guarantee or your money back.",
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "name" in verdict.elements


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Help the wards buy games and books. Transfer to the account below.", "bank_details"),
        ("Posts £7,500 per month. Register with the immigration board first (fee payable).", "fee"),
        ("Overseas doctors: skip PLAB! Direct entry jobs.", "recruitment_lure"),
        ("Legal fee £900, paid to our UK solicitor.", "fee"),
    ],
)
def test_scam_wording_written_from_the_fourteenth_set(text: str, cue: str) -> None:
    assert cue in {found.cue for found in scam_cues(text)}


def test_selling_badges_by_dm_collects_through_a_person() -> None:
    assert personal_channel("We are selling rainbow badges for the wards. £12 each. Order by DM.") is not None
    assert personal_channel("Rainbow badges £12 each from the hospital shop, or order online.") is None
