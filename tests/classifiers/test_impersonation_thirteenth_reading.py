"""Changes written after the thirteenth impersonation reading (docs/decisions/0091), each on invented accounts."""

import pytest

from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import scam_cues, undisguised
from tests.support.impersonation import evidence_names, kingsmere_scorer, score_account


@pytest.mark.parametrize(
    ("display_name", "description"),
    [
        (
            "Patient Help Desk",
            "Cost of living support for Kingsmere General patients! Log in with online banking for £150",
        ),
        ("UK Nursing Jobs", "Kingsmere General volunteer-to-staff scheme. Pay £45 for your ID badge first"),
        ("Claims Support Team", "Kingsmere General needs 40 porters now. Verify by sending £50 on CashApp"),
        (
            "Frontline Fund",
            "Help us fund a quiet room at Ashby Moor Community Hospital. Every donor gets a certificate",
        ),
        ("Help Our Nurses", "Every pound goes to the wards at Kingsmere General"),
        ("Medical Staffing Direct", "Bank shifts at Kingsmere General, cash weekly"),
    ],
    ids=["grant by bank login", "badge fee", "payment app", "help us fund", "every pound", "shifts"],
)
def test_a_nameless_page_taking_money_or_offering_work_for_a_named_site_is_impersonation(
    scorer: ImpersonationScorer, display_name: str, description: str
) -> None:
    verdict = score_account(
        scorer, "instagram", handle="wardhelp_391", display_name=display_name, description=description
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "generic_service_name" in evidence_names(verdict)


def test_a_nameless_advice_page_for_a_named_site_offering_nothing_is_not_flagged(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        "instagram",
        handle="advice_centre_12",
        display_name="Patient Advice Centre",
        description="Free, confidential advice for families visiting Kingsmere General.",
    )
    assert verdict.verdict is not Verdict.IMPERSONATION


def test_a_lookalike_of_the_trusts_domain_beside_a_nameless_page_taking_payments_is_impersonation(
    scorer: ImpersonationScorer,
) -> None:
    verdict = score_account(
        scorer,
        "linkedin",
        handle="wardappeal-365",
        display_name="Care Jobs UK",
        description="Forms and payments: kingsmerevaIley.nhs.uk",
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "contact" in verdict.elements


def test_the_trusts_domain_spelled_into_another_domain_is_a_lookalike() -> None:
    scorer = kingsmere_scorer(web_domains=["kingsmere-tr.nhs.uk"])
    why = scorer.lookalike_domain("kingsmere-tr.nhs-uk.help")
    assert why is not None and "uses the Trust's name" in why
    assert scorer.lookalike_domain("kingsmere-tr.nhs.uk") is None


@pytest.mark.parametrize(
    ("platform", "handle"),
    [("instagram", "kingsmeren.hs"), ("tiktok", "kings.merenhs"), ("facebook", "Kingsmer.eNHS")],
)
def test_an_official_handle_with_a_separator_inside_a_word_is_impersonation(
    scorer: ImpersonationScorer, platform: str, handle: str
) -> None:
    verdict = score_account(scorer, platform, handle=handle, display_name="News Feed", description="Reading, walking.")
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "split_handle" in evidence_names(verdict)


def test_an_official_handle_split_between_its_words_stays_in_the_digest(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer, "instagram", handle="kingsmere.nhs", display_name="News Feed", description="Reading, walking."
    )
    assert verdict.verdict is Verdict.SUSPICIOUS
    assert "split_handle" not in evidence_names(verdict)


def test_official_written_with_digits_reads_as_the_claim_and_is_deception(scorer: ImpersonationScorer) -> None:
    verdict = score_account(
        scorer,
        "bluesky",
        handle="careersdesk-70.bsky.social",
        display_name="Patient Help Desk",
        description="0fficial Bluesky of Kingsmere Valley Hospitals. DMs open ✅",
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert {"bio", "disguised_word"} <= evidence_names(verdict)


def test_undisguised_reads_only_digits_written_for_letters() -> None:
    assert undisguised("0fficial page, Offic1al news") == ("official page, official news", "0fficial")
    assert undisguised("Official page of the Trust") == ("Official page of the Trust", None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Energy bill help for patients on home oxygen, claim £300 via link", "money_offer"),
        ("Register to receive your £150 grant", "money_offer"),
        ("NHS overpayment recovery, quick and easy", "money_offer"),
        ("Free energy vouchers for families of inpatients", "money_offer"),
        ("Register with your online banking to receive it", "bank_details"),
        ("We place doctors within 30 days. No PLAB needed.", "recruitment_lure"),
        ("Part-time ward clerk, no interview needed.", "recruitment_lure"),
        ("Send your CV to my personal gmail for a quicker reply", "recruitment_lure"),
        ("Pay registration to our UK sponsor account", "fee"),
        ("Chief Exec (personal). Old account hacked, use this one", "moved_account"),
        ("100% of donations go to patients (registered charity no. pending)", "donation_request"),
    ],
)
def test_scam_wording_written_from_the_thirteenth_set(text: str, cue: str) -> None:
    assert cue in {found.cue for found in scam_cues(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We will never ask for your online banking details.",
        "Registered charity no. 1234567. Donate only via our website.",
        "All our jobs are on NHS Jobs; every applicant is interviewed.",
    ],
)
def test_warnings_and_genuine_wording_carry_no_new_cue(text: str) -> None:
    assert not {"bank_details", "donation_request", "recruitment_lure"} & {found.cue for found in scam_cues(text)}
