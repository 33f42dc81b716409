"""Changes written after the eleventh impersonation reading (docs/decisions/0086), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer, Verdict
from tests.support.impersonation import evidence_names, score_account


@pytest.mark.parametrize(
    ("platform", "handle", "display_name"),
    [
        ("instagram", "kingsmerenhs.official", "Messages"),
        ("facebook", "KingsmereNHS.patients", "Local Info"),
        ("x", "KingsmereNHS_help", "Announcements"),
        ("tiktok", "kingsmerenhsuk", "Good News Daily"),
        ("linkedin", "kingsmerenhs-desk", "Contact Us"),
    ],
    ids=["messages", "local info", "announcements", "good news daily", "contact us"],
)
def test_an_announcement_page_name_beside_a_trust_handle_is_impersonation(
    scorer: ImpersonationScorer, platform: str, handle: str, display_name: str
) -> None:
    verdict = score_account(scorer, platform, handle=handle, display_name=display_name, description="Welcome!")
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "generic_service_name" in evidence_names(verdict)


def test_a_local_papers_own_name_beside_a_trust_handle_stays_in_the_digest(scorer: ImpersonationScorer) -> None:
    verdict = score_account(scorer, "instagram", handle="kvh_news_desk", display_name="Ashby Gazette")
    assert verdict.verdict is Verdict.SUSPICIOUS
