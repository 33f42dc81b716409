"""Changes written after the sixteenth impersonation reading (docs/decisions/0101), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import parody_label, scam_cues, staff_marker
from tests.support.impersonation import score_account


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Prescription delivery for patients. Pay postage only and your medication is sent today.", "fee"),
        ("Congratulations to our shortlisted candidates! Pay your medical check fee by Friday.", "fee"),
        ("Pay only when your CoS is issued (deposit first).", "fee"),
        ("NHS jobs in Gillingham: visa + flights + accommodation included.", "recruitment_lure"),
        ("International Nurses Programme. OSCE training plus visa in one package.", "recruitment_lure"),
        ("Gift Aid your donation by sending your NI number.", "sensitive_details"),
        ("The Winter Appeal. 1 share = 1 blanket.", "giveaway"),
        ("For every share our sponsor donates £1 to the hospital.", "giveaway"),
        ("Help a nurse at the hospital whose house burned down. Every donation helps.", "personal_appeal"),
    ],
)
def test_scam_wording_written_from_the_sixteenth_set(text: str, cue: str) -> None:
    assert cue in {found.cue for found in scam_cues(text)}


@pytest.mark.parametrize(
    "text", ["Ex-football fan page, now sharing NHS grants", "Formerly a fan page. Rebranding.", "Was a fan account"]
)
def test_what_an_account_used_to_be_is_not_a_parody_label(text: str) -> None:
    assert parody_label(text) is None


@pytest.mark.parametrize("text", ["Fan page of the ward", "Parody. Not the real Trust.", "Unofficial updates"])
def test_a_label_on_what_the_account_is_stays_a_label(text: str) -> None:
    assert parody_label(text) is not None


def test_an_appeal_for_a_nurse_is_not_a_nurse_describing_herself() -> None:
    assert staff_marker("Help a nurse at Kingsmere General whose house burned down") is None
    assert staff_marker("Nurse at Kingsmere General. Views my own.") is not None


@pytest.mark.parametrize(
    ("display_name", "description"),
    [
        ("NHS UK Jobs & Visa", "Student nurse placements at Kingsmere General. Secure yours with a £99 admin payment."),
        ("Patient Support Centre", "Prescription delivery for Kingsmere General patients. Pay postage only."),
    ],
    ids=["jobs and visa", "postage"],
)
def test_nameless_pages_charging_for_a_named_site_are_impersonation(
    scorer: ImpersonationScorer, display_name: str, description: str
) -> None:
    verdict = score_account(scorer, "x", handle="uknursejobs", display_name=display_name, description=description)
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_renamed_fan_page_offering_grants_under_the_trusts_name_is_impersonation(
    scorer: ImpersonationScorer,
) -> None:
    verdict = score_account(
        scorer,
        "x",
        handle="fitmum_jo",
        display_name="Kingsmere Valley Hospitals",
        description="Ex-football fan page now sharing NHS hardship grants. Eligible? Comment YES and we'll DM you.",
    )
    assert verdict.verdict is Verdict.IMPERSONATION
