"""Rules written after the seventh impersonation reading (docs/decisions/0074), each on invented accounts."""

from datetime import date

import pytest

from classifiers.approved_accounts import ApprovedAccount, ApprovedRegister
from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import scam_cues
from tests.support.impersonation import evidence_names, kingsmere_scorer, score_account


@pytest.mark.parametrize(
    ("display_name", "bio"),
    [
        ("NHS Jobs Centre", "Kingsmere General are hiring healthcare assistants. Interviews this week, apply now."),
        ("Donations UK", "Support our heroes at Kingsmere General Hospital - donate before the appeal closes tonight"),
        ("PALS Refunds", "Helping Kingsmere Valley Hospitals patients get money back on parking charges."),
        ("Hospital Heroes Fund", "Weekly lottery for Ashby Moor Community Hospital: £1 a ticket, sign up below."),
    ],
    ids=["jobs", "an appeal", "refunds", "a lottery"],
)
def test_a_name_naming_no_organisation_offering_the_trusts_jobs_or_taking_money_for_it_is_impersonation(
    scorer: ImpersonationScorer, display_name: str, bio: str
) -> None:
    verdict = score_account(scorer, handle="helpdesk_uk204", display_name=display_name, description=bio)
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "generic_service_name" in evidence_names(verdict)


@pytest.mark.parametrize(
    ("display_name", "bio"),
    [
        ("Ashby Rotary Club", "Support our heroes at Kingsmere General Hospital - donate to our Christmas collection."),
        ("Hospital Updates", "News and photos from Kingsmere General Hospital."),
        ("NHS Jobs", "Search thousands of NHS vacancies across England. Apply now."),
    ],
    ids=["a named club's appeal", "no jobs and no money", "jobs for no Trust in particular"],
)
def test_a_named_organisation_or_a_bio_without_the_trust_or_an_offer_is_not_impersonation(
    scorer: ImpersonationScorer, display_name: str, bio: str
) -> None:
    verdict = score_account(scorer, handle="helpdesk_uk204", display_name=display_name, description=bio)
    assert verdict.verdict is not Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("handle", "display_name"),
    [("MarenHoltby", "Maren Holtby"), ("holtby_maren1", "Dr Maren Holtby"), ("marenholtby", "M. Holtby")],
    ids=["name and handle", "surname first in the handle", "initial in the name, full name in the handle"],
)
def test_an_unlisted_account_under_an_executives_name_and_handle_is_impersonation(
    scorer_with_executive: ImpersonationScorer, handle: str, display_name: str
) -> None:
    verdict = score_account(
        scorer_with_executive, handle=handle, display_name=display_name, description="Views my own."
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "executive_unlisted" in evidence_names(verdict)


def test_the_executives_own_account_on_the_register_is_official() -> None:
    row = ApprovedAccount("x", "MarenHoltby", None, "Maren Holtby", "Chief Executive", date(2026, 1, 5), None, 2)
    register = ApprovedRegister((row,))
    scorer = kingsmere_scorer(register, executives=[{"name": "Dr Maren Holtby", "role": "Chief Executive"}])
    verdict = score_account(scorer, handle="MarenHoltby", display_name="Maren Holtby", description="Views my own.")
    assert verdict.verdict is Verdict.OFFICIAL


@pytest.mark.parametrize(
    ("handle", "display_name"),
    [("nurse_runner_22", "Maren Holtby"), ("holtby_family", "The Holtby Family")],
    ids=["the name on another handle", "the surname alone"],
)
def test_an_executives_name_in_one_place_only_is_not_impersonation(
    scorer_with_executive: ImpersonationScorer, handle: str, display_name: str
) -> None:
    verdict = score_account(
        scorer_with_executive, handle=handle, display_name=display_name, description="Views my own."
    )
    assert verdict.verdict is not Verdict.IMPERSONATION
    assert "executive_unlisted" not in evidence_names(verdict)


@pytest.mark.parametrize(
    "bio",
    [
        "Parking refunds for eligible patients are only via the cashier's office, never online.",
        "Refunds are given only in person at main reception.",
    ],
    ids=["the cashier's office, never online", "only in person"],
)
def test_money_handled_only_in_person_is_no_scam_cue(bio: str) -> None:
    assert scam_cues(bio) == []


def test_the_same_refund_offer_online_is_still_a_scam_cue() -> None:
    assert [cue.cue for cue in scam_cues("Parking refunds for eligible patients, claim online.")] == ["money_offer"]


def test_a_trust_department_shortening_the_name_in_its_handle_goes_to_the_digest(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        handle="kingsgenpals",
        display_name="PALS Kingsmere General",
        description="Patient Advice and Liaison Service at Kingsmere General. We will never ask for bank details.",
    )
    assert verdict.verdict is Verdict.SUSPICIOUS
    assert "unrelated_handle" not in evidence_names(verdict)


def test_initials_spelled_a_letter_at_a_time_are_the_trusts_initials(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer, "instagram", handle="k.v.h", display_name="Kingsmere Valley Hospitals", description=""
    )
    assert "handle" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_nameless_page_offering_jobs_in_styled_letters_is_read_as_written(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        handle="helpdesk_uk204",
        display_name="NHS Jobs Centre",
        # "hiring" in mathematical sans-serif bold letters.
        description="Kingsmere General are \U0001d5f5\U0001d5f6\U0001d5ff\U0001d5f6\U0001d5fb\U0001d5f4 carers.",
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "generic_service_name" in evidence_names(verdict)
