"""Rules written after the ninth impersonation reading (docs/decisions/0080), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import SAFETY_NOTICE, scam_cues
from tests.support.impersonation import evidence_names, score_account


@pytest.mark.parametrize(
    "bio",
    [
        "Wedding photographer based in Cornwall. Available 2026.",
        "Structural engineer. Bridges, mostly.",
        "Not that one! I just have the same name. Accountant in Norwich.",
        "Retired geography teacher. Crosswords and jazz.",
    ],
    ids=["photographer", "engineer", "same name", "retired teacher"],
)
def test_a_namesake_with_another_trade_is_not_impersonation(
    scorer_with_executive: ImpersonationScorer, bio: str
) -> None:
    verdict = score_account(scorer_with_executive, handle="MarenHoltby", display_name="Maren Holtby", description=bio)
    assert verdict.verdict is not Verdict.IMPERSONATION
    assert "executive_unlisted" not in evidence_names(verdict)


@pytest.mark.parametrize(
    "bio",
    ["Amateur photographer, sunsets mostly.", "Healthcare. Leadership. Family.", ""],
    ids=["a pastime", "a leadership bio", "no bio"],
)
def test_an_executives_name_and_handle_with_no_other_trade_is_still_impersonation(
    scorer_with_executive: ImpersonationScorer, bio: str
) -> None:
    verdict = score_account(scorer_with_executive, handle="MarenHoltby", display_name="Maren Holtby", description=bio)
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "executive_unlisted" in evidence_names(verdict)


@pytest.mark.parametrize(
    "bio",
    [
        "Warning: fake accounts are offering 'refunds' - we never do this by message.",
        "Refunds for blue badge holders are handled at the main reception desk.",
    ],
    ids=["fake accounts offering refunds", "handled at reception"],
)
def test_a_warning_about_fake_refunds_or_refunds_at_reception_is_no_scam_cue(bio: str) -> None:
    assert scam_cues(bio) == []


@pytest.mark.parametrize(
    "bio",
    ["Call us or email - we don't take cases by DM.", "We never do this by message."],
    ids=["don't take cases by DM", "never by message"],
)
def test_refusing_private_channels_is_a_safety_notice(bio: str) -> None:
    assert SAFETY_NOTICE.search(bio) is not None


def test_a_trust_pals_page_warning_about_fake_refunds_goes_to_the_digest(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        "facebook",
        handle="KVH.PALS",
        display_name="KVH PALS",
        description="Need help with your care at Kingsmere General? PALS can help. Warning: fake accounts are "
        "offering 'refunds' - we never do this by message.",
    )
    assert verdict.verdict is Verdict.SUSPICIOUS


def test_a_name_of_affix_words_collecting_patients_money_for_the_trust_is_impersonation(
    scorer: ImpersonationScorer,
) -> None:
    verdict = score_account(
        scorer,
        handle="claims_assist_uk",
        display_name="Claims Assist",
        description="Helping patients of Kingsmere General claim back overpaid charges. Quick and easy.",
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "generic_service_name" in evidence_names(verdict)
