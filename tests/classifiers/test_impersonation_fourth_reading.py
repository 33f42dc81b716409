"""Rules written after the fourth impersonation reading (docs/decisions/0053), each on invented accounts."""

from pathlib import Path

import pytest

from classifiers.approved_accounts import load_approved_accounts
from classifiers.impersonation import ImpersonationScorer, Verdict
from classifiers.impersonation.content import scam_cues, staff_marker, untraceable_donation_channel
from tests.support.impersonation import evidence_names as names
from tests.support.impersonation import kingsmere_scorer
from tests.support.impersonation import score_account as score


@pytest.fixture
def scorer() -> ImpersonationScorer:
    return kingsmere_scorer(
        executives=[
            {"name": "Sir Edmund Wrenfield", "role": "Chair"},
            {"name": "Dr Maren Holtby", "role": "Medical Director"},
        ]
    )


@pytest.mark.parametrize(
    ("display_name", "bio"),
    [
        ("Kingsmere General Charity", "New incubator for the baby unit. Donations in USDT or bitcoin welcome."),
        ("Friends of Kingsmere General", "Help the children's ward: send what you can by PayPal friends and family."),
        ("Kingsmere General Charity", "Every £5 counts. Bank details are in DMs, message us."),
        ("Kingsmere General Charity", "Scanner appeal. Pledge by text to 07700 900123 and we send the account."),
        ("Kingsmere General Charity", "Buy the night staff breakfast. Money goes to the nurses, not via any charity."),
        ("Friends of Kingsmere General", "Sponsored walk. Entry money to our organiser's personal account please."),
    ],
    ids=[
        "crypto for a charity-named appeal",
        "PayPal friends and family for a Friends group",
        "bank details handed out by DM",
        "a pledge texted to a mobile number",
        "an appeal saying it is outside any charity",
        "money to an organiser's personal account",
    ],
)
def test_an_appeal_collecting_as_no_registered_charity_does_is_impersonation(
    scorer: ImpersonationScorer, display_name: str, bio: str
) -> None:
    verdict = score(scorer, handle="helpdesk_5521", display_name=display_name, description=bio)
    assert verdict.elements == ()
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    "bio",
    [
        "Tea bar and shop at Kingsmere General since 1961. Raffle tickets £1, pay by bank transfer or PayPal.",
        "Our volunteers raise funds for the wards. Donate on our JustGiving page.",
        "We never ask for gift cards, crypto or PayPal friends and family. Donate on our website only.",
    ],
    ids=["plain PayPal and bank transfer", "a giving platform", "a warning against the channels"],
)
def test_a_league_of_friends_collecting_in_the_ordinary_ways_is_not_flagged(
    scorer: ImpersonationScorer, bio: str
) -> None:
    verdict = score(scorer, handle="FriendsKGH1961", display_name="Friends of Kingsmere General", description=bio)
    assert verdict.verdict is not Verdict.IMPERSONATION


def test_not_affiliated_with_any_registered_charity_is_no_disclaimer() -> None:
    bio = "Donate to the ward today, GoFundMe below. Not affiliated with any registered charity."
    cue = untraceable_donation_channel(bio)
    assert cue is not None
    assert "registered charity" in cue.matched


def test_saying_it_is_not_the_trusts_account_is_still_a_disclaimer(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        handle="kgh_radio",
        display_name="Kingsmere General Radio",
        description="Volunteer hospital radio. Not affiliated with the Trust.",
    )
    assert "disclaimer" in names(verdict)


def test_an_executive_titled_sir_is_matched_without_the_title(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        handle="edmund_wrenfield",
        display_name="Edmund Wrenfield",
        description="Personal account. In meetings all day, WhatsApp only 07700 900311.",
    )
    assert "executive" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize("word", ["Finance", "Billing", "Payroll", "Reimbursements"])
def test_a_finance_department_word_after_the_trusts_name_does_not_weaken_it(
    scorer: ImpersonationScorer, word: str
) -> None:
    verdict = score(
        scorer,
        handle="patientdesk_8812",
        display_name=f"Kingsmere Valley Hospitals {word}",
        description="You are eligible for a refund of overpaid charges.",
    )
    assert "name" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    "bio",
    [
        "Message us to skip the waiting list for your hip operation.",
        "We can move you up the list this month. DM for details.",
        "Overseas nurses: we fast-track your registration with the regulator.",
        "Jump the queue for your scan, limited slots.",
    ],
    ids=["skip the waiting list", "move you up the list", "fast-track registration", "jump the queue"],
)
def test_an_offer_to_jump_a_waiting_list_is_scam_wording(bio: str) -> None:
    assert "paid_priority" in {found.cue for found in scam_cues(bio)}


def test_a_copied_bio_offering_to_jump_the_waiting_list_is_impersonation(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        handle="helpdesk_7734",
        display_name="Appointments Team",
        description="KVH NHS | Message us to skip the waiting list for your hip operation.",
    )
    assert "scam_content" in names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_warning_about_waiting_list_scams_is_no_cue() -> None:
    assert scam_cues("Nobody can pay to skip the waiting list: report calls offering it.") == []


def test_a_personal_account_money_is_sent_to_is_a_payment_not_a_staff_bio(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        handle="kvh_events",
        display_name="Kingsmere Valley Hospitals",
        description="Fun run for the wards: pay your entry fee to our organiser's personal account.",
    )
    assert "staff_marker" not in names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION


def test_personal_account_alone_labels_a_staff_account_and_sends_no_money() -> None:
    bio = "Ward sister at Kingsmere General. Personal account, views my own."
    assert staff_marker(bio) is not None
    assert "payment_to_person" not in {found.cue for found in scam_cues(bio)}


@pytest.mark.parametrize(
    "referral",
    [
        "For patient queries please contact PALS.",
        "We can't answer patient queries - please contact PALS through the Trust website.",
        "Questions about your care? Please contact the Trust's Patient Advice and Liaison Service.",
    ],
    ids=["for queries contact PALS", "cannot answer queries, contact PALS", "questions to patient advice"],
)
def test_a_staff_team_sending_patients_to_pals_does_not_speak_as_the_trust(
    scorer: ImpersonationScorer, referral: str
) -> None:
    verdict = score(
        scorer,
        platform="instagram",
        handle="kvh_nursing_team",
        display_name="KVH Nursing Research",
        description=f"Nursing research at Kingsmere Valley Hospitals NHS Foundation Trust. {referral}",
    )
    assert "bio" not in verdict.elements
    assert verdict.verdict is not Verdict.IMPERSONATION


def test_a_desk_taking_complaints_itself_still_speaks_as_the_trust(scorer: ImpersonationScorer) -> None:
    verdict = score(
        scorer,
        platform="instagram",
        handle="kvh_pals_team",
        display_name="KVH Patient Advice",
        description="Kingsmere Valley Hospitals NHS Foundation Trust. For complaints please contact us on WhatsApp.",
    )
    assert "bio" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


SHORT_BIOS = """platform,handle,account_id,display_name,owner_team,approved_on,notes,bio
x,KingsmereNHS,1400000001,Kingsmere Valley Hospitals,Communications,2021-03-01,,Kingsmere Valley Hospitals NHS FT.\
 News and updates.
bluesky,kingsmerenhs.bsky.social,did:plc:kvh1,Kingsmere Valley Hospitals,Communications,2024-11-20,,\
Kingsmere Valley Hospitals NHS Foundation Trust
"""


@pytest.fixture
def short_bios(tmp_path: Path) -> ImpersonationScorer:
    path = tmp_path / "approved_accounts.csv"
    path.write_text(SHORT_BIOS, encoding="utf-8")
    return kingsmere_scorer(load_approved_accounts(path))


def test_a_word_for_word_copy_of_a_short_official_bio_is_a_copied_bio(short_bios: ImpersonationScorer) -> None:
    verdict = score(
        short_bios,
        platform="tiktok",
        handle="desk.health.41",
        display_name="Patient Refunds",
        description="Kingsmere Valley Hospitals NHS FT. News and updates. Nursing jobs abroad, small application "
        "deposit required.",
    )
    assert "bio" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


def test_an_official_bio_that_is_only_the_trusts_name_is_not_copied_by_naming_it(
    short_bios: ImpersonationScorer,
) -> None:
    verdict = score(
        short_bios,
        handle="ward7_sister",
        display_name="Sam, ward sister",
        description="Ward sister at Kingsmere Valley Hospitals NHS Foundation Trust. Deposit required for the raffle.",
    )
    assert "bio" not in verdict.elements
    assert verdict.verdict is not Verdict.IMPERSONATION


def test_the_trusts_exact_name_on_a_new_handle_with_a_place_in_it_is_impersonation(
    scorer: ImpersonationScorer,
) -> None:
    verdict = score(
        scorer,
        platform="tiktok",
        handle="kingsmere_local_news",
        display_name="Kingsmere Valley Hospitals NHS Foundation Trust",
        description="Hospital updates for Kingsmere and the villages around it.",
    )
    assert "unrelated_handle" in names(verdict)
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_name_with_its_own_words_on_such_a_handle_is_not_read_as_the_trusts_exact_name(
    scorer: ImpersonationScorer,
) -> None:
    verdict = score(
        scorer,
        platform="tiktok",
        handle="kingsmere_local_radio",
        display_name="Kingsmere Valley Hospitals Radio",
        description="Volunteer request shows for patients on the wards.",
    )
    assert "unrelated_handle" not in names(verdict)
    assert verdict.verdict is not Verdict.IMPERSONATION
