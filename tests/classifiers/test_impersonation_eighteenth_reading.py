"""Changes written after the eighteenth impersonation reading (docs/decisions/0108), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer
from classifiers.impersonation.content import scam_cues
from tests.support.impersonation import score_account


@pytest.mark.parametrize(
    "text", ["Registered charity (pending).", "Charity registration pending", "Charity reg. pending, donate today"]
)
def test_a_pending_charity_registration_is_no_charity_number(text: str) -> None:
    assert "donation_request" in {cue.cue for cue in scam_cues(text)}


def test_a_registered_number_is_not_a_cue() -> None:
    assert scam_cues("Registered charity 1234567.") == []


@pytest.mark.parametrize(
    ("platform", "handle"),
    [
        ("tiktok", "kingsmere.general.hospit"),
        ("instagram", "kingsmere.general.hospital__nh"),
        ("threads", "kingsmere_general_hospital_nh."),
    ],
)
def test_a_handle_cut_at_its_platforms_length_limit_reads_as_the_name_it_spells(
    scorer: ImpersonationScorer, platform: str, handle: str
) -> None:
    verdict = score_account(scorer, platform, handle=handle, display_name="Patient Updates", description="News.")
    handle_evidence = next(item for item in verdict.evidence if item.name == "handle")
    assert "length limit" in handle_evidence.text


@pytest.mark.parametrize(
    ("platform", "handle"),
    [("tiktok", "kingsmere.general.hosp"), ("instagram", "kingsmere.general.hospit"), ("x", "KingsmereGenera")],
)
def test_a_shorter_handle_or_one_on_x_is_not_read_as_cut(
    scorer: ImpersonationScorer, platform: str, handle: str
) -> None:
    verdict = score_account(scorer, platform, handle=handle, display_name="Patient Updates", description="News.")
    assert not any("length limit" in item.text for item in verdict.evidence)
