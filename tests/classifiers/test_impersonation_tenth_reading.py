"""Changes written after the tenth impersonation reading (docs/decisions/0083), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer
from classifiers.impersonation.content import SAFETY_NOTICE, scam_cues
from tests.support.impersonation import evidence_names, score_account


@pytest.mark.parametrize(
    "bio",
    [
        "Counter fraud for NHS bodies including Kingsmere General. Fake job offers? Fake refund pages? Report them.",
        "Help with concerns about care. Please report any account asking you to pay to skip a waiting list.",
    ],
    ids=["fake refund pages", "report any account asking"],
)
def test_a_warning_naming_the_scam_is_no_scam_cue(bio: str) -> None:
    assert scam_cues(bio) == []


@pytest.mark.parametrize(
    "bio",
    ["Concerns and compliments by phone or email, not DM.", "Questions about a patient? Call the ward, never DM."],
    ids=["not DM", "never DM"],
)
def test_keeping_people_off_direct_messages_is_a_safety_notice(bio: str) -> None:
    assert SAFETY_NOTICE.search(bio) is not None


@pytest.mark.parametrize(
    "bio",
    ["Potter and maker in Devon. Commissions open.", "Personal trainer, Leighton Buzzard. Online coaching."],
    ids=["potter", "personal trainer"],
)
def test_more_trades_make_a_namesake(scorer_with_executive: ImpersonationScorer, bio: str) -> None:
    verdict = score_account(scorer_with_executive, handle="MarenHoltby", display_name="Maren Holtby", description=bio)
    assert "executive_unlisted" not in evidence_names(verdict)


def test_a_fake_page_named_elsewhere_in_the_sentence_does_not_excuse_a_refund_offer() -> None:
    assert [cue.cue for cue in scam_cues("Ignore the fake, refunds paid here today.")] == ["money_offer"]
