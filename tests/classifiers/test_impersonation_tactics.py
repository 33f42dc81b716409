"""The tactics public reports of NHS impersonation describe, each against the demo Trust (issue 18)."""

import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from classifiers.approved_accounts import load_approved_accounts
from classifiers.impersonation import ImpersonationScorer, Verdict, account_from_json
from classifiers.impersonation.content import scam_cues
from classifiers.impersonation.handles import handle_view
from trustwatch.records import Account
from trustwatch.settings import TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "impersonation"
NOW = datetime(2026, 11, 1, tzinfo=UTC)
REGISTER = """platform,handle,account_id,display_name,owner_team,approved_on,notes,bio
x,KingsmereNHS,1400000001,Kingsmere Valley Hospitals,Communications,2021-03-01,,"Official account of Kingsmere Valley \
Hospitals NHS Foundation Trust: Kingsmere General and Ashby Moor. Not monitored 24/7. In an emergency call 999."
Facebook,KingsmereValleyHospitals,100064000000001,Kingsmere Valley Hospitals NHS Foundation Trust,Communications,\
2021-03-01,,Welcome to the official page of Kingsmere Valley Hospitals. Please don't share personal details here.
instagram,kingsmere_nhs,2200000001,Kingsmere Valley Hospitals,Communications,2022-01-10,,
linkedin,kingsmere-valley-hospitals-nhs-foundation-trust,900001,Kingsmere Valley Hospitals NHS FT,HR,2022-01-10,,
YouTube,KingsmereNHS,UCkvh0000000000000000001,Kingsmere Valley Hospitals,Communications,2023-05-02,,
x,DrAlexMorrow,1400000009,Dr Alex Morrow,Chief Executive's office,2024-02-01,the chief executive's own account,
"""


@pytest.fixture
def scorer(tmp_path: Path) -> ImpersonationScorer:
    profile = tomllib.loads((FIXTURES / "trust.toml").read_text())
    profile["executives"] = [
        {"name": "Dr Alex Morrow", "role": "Chief Executive"},
        {"name": "Priya Venkataraman", "role": "Chair"},
    ]
    path = tmp_path / "approved_accounts.csv"
    path.write_text(REGISTER, encoding="utf-8")
    return ImpersonationScorer(TrustProfile(**profile), load_approved_accounts(path))


def score(scorer: ImpersonationScorer, **fields: Any) -> tuple[Verdict, set[str]]:
    verdict = scorer.score(account_from_json({"platform": "x", **fields}), NOW)
    return verdict.verdict, {item.name for item in verdict.evidence if item.weight != 0 or item.kind == "identity"}


SUPPORT_BIO = "Patient support desk. DM us your NHS number and date of birth to rebook."


@pytest.mark.parametrize(
    ("fields", "evidence"),
    [
        (
            {"handle": "patientdesk_4471", "display_name": "King\u200bsmere Va\u200dlley Hospitals"},
            {"name", "invisible_characters"},
        ),
        (
            {
                "handle": "patientdesk_4472",
                "display_name": "K\u026a\u0274\u0262\ua731\u1d0d\u1d07\u0280\u1d07 "
                "V\u1d00\u029f\u029f\u1d07\u028f Hospitals",
            },
            {"name", "styled_letters"},
        ),
        (
            {
                "handle": "patientdesk_4473",
                "display_name": "".join(
                    chr(0x1D41A + ord(c) - ord("a")) if c.islower() else chr(0x1D400 + ord(c) - ord("A"))
                    for c in "Kingsmere"
                )
                + " General Hospital",
            },
            {"name", "styled_letters"},
        ),
        (
            {"handle": "patientdesk_4474", "display_name": "Kingsm\u0435re Vall\u0435y Hospitals"},
            {"name", "mixed_script"},
        ),
    ],
    ids=[
        "zero-width characters inside the name",
        "small capitals",
        "mathematical bold letters",
        "Cyrillic letters in a Latin name",
    ],
)
def test_unicode_disguises_are_read_through_and_count_as_deception(
    scorer: ImpersonationScorer, fields: dict[str, Any], evidence: set[str]
) -> None:
    verdict, names = score(scorer, description="Appointments team. Reply to our DM with your card details.", **fields)
    assert verdict is Verdict.IMPERSONATION
    assert evidence <= names


def test_a_mixed_script_name_alone_is_impersonation_where_a_plain_copy_is_not(scorer: ImpersonationScorer) -> None:
    plain, _ = score(scorer, handle="Kingsmere_Runners", display_name="Kingsmere Valley Hospitals")
    mixed, names = score(scorer, handle="Kingsmere_Runners", display_name="Kingsm\u0435re Valley Hospitals")
    assert plain is Verdict.SUSPICIOUS
    assert mixed is Verdict.IMPERSONATION
    assert "mixed_script" in names


@pytest.mark.parametrize(
    ("platform", "handle"),
    [
        ("facebook", "kingsmere.valley.hospitals.support"),
        ("instagram", "kingsmere_nhs.help"),
        ("tiktok", "nhs.kingsmere.valley"),
    ],
    ids=["facebook", "instagram", "tiktok"],
)
def test_dotted_handles_are_compared_whole_on_platforms_that_allow_dots(
    scorer: ImpersonationScorer, platform: str, handle: str
) -> None:
    verdict = scorer.score(
        account_from_json(
            {"platform": platform, "handle": handle, "display_name": "Help Desk", "description": SUPPORT_BIO}
        ),
        NOW,
    )
    assert "handle" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


def test_a_facebook_page_with_no_username_and_the_trusts_name_is_impersonation(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(
        account_from_json(
            {"platform": "facebook", "handle": "61559656116104", "display_name": "Kingsmere Valley Hospitals NHS FT"}
        ),
        NOW,
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert any(item.name == "unrelated_handle" and "61559656116104" in item.text for item in verdict.evidence)


@pytest.mark.parametrize(
    "handle",
    ["KVH_Care", "KVHHosp", "kvh_team", "KVHInfo", "jobs_kvh", "KVH_UK"],
)
def test_short_initials_with_an_affix_are_a_lookalike_handle(scorer: ImpersonationScorer, handle: str) -> None:
    verdict, names = score(scorer, handle=handle, display_name="Careers", description="Pay the £45 DBS fee to apply")
    assert "handle" in names
    assert verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize("handle", ["atlaskvhx", "kvhistory", "dallas_news"], ids=["inside a word", "a prefix", "none"])
def test_initials_inside_another_word_are_not_a_lookalike(scorer: ImpersonationScorer, handle: str) -> None:
    _, names = score(scorer, handle=handle, display_name="Someone", description="Pay the £45 DBS fee to apply")
    assert "handle" not in names


def test_a_copied_official_bio_on_an_unrelated_account_is_impersonation(scorer: ImpersonationScorer) -> None:
    copied = (
        "Official account of Kingsmere Valley Hospitals NHS Foundation Trust: Kingsmere General and Ashby Moor. "
        "Not monitored 24/7. In an emergency call 999. For jobs message us on WhatsApp +44 7700 900123."
    )
    verdict = scorer.score(account_from_json({"platform": "x", "handle": "newsdesk_2291", "description": copied}), NOW)
    assert verdict.verdict is Verdict.IMPERSONATION
    bio = next(item for item in verdict.evidence if item.name == "bio")
    assert "copies an official bio" in bio.text


def test_a_staff_bio_naming_the_trust_does_not_copy_the_official_bio(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(
        account_from_json(
            {
                "platform": "x",
                "handle": "jo_theatres",
                "display_name": "Jo Bloggs",
                "description": "Theatre nurse at Kingsmere Valley Hospitals NHS Foundation Trust. Views my own.",
            }
        ),
        NOW,
    )
    assert verdict.verdict is Verdict.UNRELATED


@pytest.mark.parametrize(
    "domain",
    ["kingsmerevalley-nhs.co.uk", "kingsmerevaley.nhs.uk", "kingsmerevalley.nhs.uk.com", "my-kingsmerevalley.help"],
    ids=["another suffix", "a letter dropped", "the real domain with a suffix added", "the name on a new domain"],
)
def test_lookalike_domains_are_evidence(scorer: ImpersonationScorer, domain: str) -> None:
    verdict, names = score(
        scorer, handle="kvh_bookings", display_name="Appointments", description=f"Book or cancel online at {domain}"
    )
    assert "lookalike_domain" in names
    assert verdict is Verdict.IMPERSONATION


def test_the_trusts_own_domain_is_contact_not_a_lookalike(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(
        account_from_json(
            {"platform": "x", "handle": "x99", "display_name": "Jo", "description": "kingsmerevalley.nhs.uk/careers"}
        ),
        NOW,
    )
    assert not any(item.name == "lookalike_domain" for item in verdict.evidence)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Interviews on WhatsApp only", "off_platform_contact"),
        ("Join our Telegram group for shifts", "off_platform_contact"),
        ("Donations via PayPal friends and family please", "untraceable_payment"),
        ("Send Amazon gift cards for the staff awards", "untraceable_payment"),
        ("Donate in BTC or USDT", "untraceable_payment"),
        ("You may be owed a refund for parking", "money_offer"),
        ("DM to apply, no interview needed", "recruitment_lure"),
        ("Registration fee £350, refundable after first salary", "fee"),
        ("Send your passport copy and CV", "sensitive_details"),
        ("We reply to every complaint by DM", "support_by_dm"),
        ("Check if you're eligible: bit.ly/appt-refund", "lure_link"),
        ("Tips welcome on Revolut or Venmo", "untraceable_payment"),
        ("Tap the rose when we're on LIVE: send gifts for the ward", "untraceable_payment"),
        ("Starter kit deposit required before your first shift", "fee"),
        ("Laptop provided. Equipment deposit of £120", "fee"),
        ("Work from home data entry for the hospital", "recruitment_lure"),
        ("Find out how to get your money back for cancelled clinics", "money_offer"),
        ("Exclusive discounts: sign in with your NHSmail address to claim", "lure_link"),
        ("Any questions msg me", "personal_contact_for_organisation"),
        ("To give £5 text WARD to 0904 123 4567", "premium_rate"),
        ("We're giving away 20 shopping vouchers, comment YES and DM us", "giveaway"),
        ("Like and share to enter our Easter hamper draw", "giveaway"),
        ("Our old account has been hacked, follow this new account", "moved_account"),
    ],
)
def test_scam_cues_from_public_reports(text: str, cue: str) -> None:
    assert cue in {found.cue for found in scam_cues(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We never ask for gift cards.",
        "We will never ask for your bank details by DM.",
        "Please only donate through our official website.",
        "Beware of scams asking for PayPal payments.",
        "Text KVH to 70085 to give £5.",
        "We will never ask you to pay a deposit before you start.",
    ],
)
def test_warnings_against_scams_are_not_scam_cues(text: str) -> None:
    assert scam_cues(text) == []


def test_the_trusts_charity_warning_against_gift_cards_is_not_an_impersonator(scorer: ImpersonationScorer) -> None:
    verdict, _ = score(
        scorer,
        handle="KingsmereCharity",
        display_name="Kingsmere Hospitals Charity",
        description="The official charity for Kingsmere Valley Hospitals. Registered charity 1234567. Please only "
        "donate through our official website. We never ask for gift cards.",
    )
    assert verdict is not Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "handle": "alexmorrow_ceo",
                "display_name": "Dr Alex Morrow",
                "description": "In meetings all day, message me on WhatsApp. I need gift cards for staff awards.",
            },
            Verdict.IMPERSONATION,
        ),
        (
            {
                "platform": "linkedin",
                "handle": "priya-venkataraman-official",
                "display_name": "Priya Venkataraman",
                "description": "Chair of Kingsmere Valley Hospitals NHS Foundation Trust. Views my own.",
            },
            Verdict.IMPERSONATION,
        ),
        (
            {"handle": "DrAlexMorrow", "account_id": "1400000009", "display_name": "Dr Alex Morrow"},
            Verdict.OFFICIAL,
        ),
        (
            {"handle": "alexm_runs", "display_name": "Alex Morrow", "description": "Dad, runner, Leeds fan."},
            Verdict.SUSPICIOUS,
        ),
    ],
    ids=[
        "the chief executive's name asking for gift cards",
        "the chair's name claiming the role",
        "the chief executive's registered account",
        "a namesake with nothing else is for a person to check",
    ],
)
def test_executives_on_the_register(scorer: ImpersonationScorer, fields: dict[str, Any], expected: Verdict) -> None:
    verdict = scorer.score(account_from_json({"platform": "x", **fields}), NOW)
    assert verdict.verdict is expected


@pytest.mark.parametrize(
    ("platform", "handle", "account_id"),
    [
        ("X", "KingsmereNHS", "1400000001"),
        ("Twitter", "KingsmereNHS", "1400000001"),
        (" x", "KingsmereNHS", "1400000001"),
        ("TwItTeR", "KingsmereNHS", "1400000001"),
        ("FACEBOOK ", "KingsmereValleyHospitals", "100064000000001"),
        ("Instagram", "kingsmere_nhs", "2200000001"),
        ("LinkedIn", "kingsmere-valley-hospitals-nhs-foundation-trust", "900001"),
        ("YouTube", "KingsmereNHS", "UCkvh0000000000000000001"),
        ("BlueSky ", "kingsmerenhs.bsky.social", "did:plc:other"),
    ],
)
def test_the_trusts_own_accounts_are_official_whatever_the_platform_names_case(
    scorer: ImpersonationScorer, platform: str, handle: str, account_id: str
) -> None:
    verdict = scorer.score(
        account_from_json(
            {
                "platform": platform,
                "handle": handle,
                "account_id": account_id,
                "display_name": "Kingsmere Valley Hospitals",
                "description": "Official account. DM us for help.",
            }
        ),
        NOW,
    )
    assert verdict.verdict is Verdict.OFFICIAL


@pytest.mark.parametrize(
    ("platform", "handle", "words", "numeric"),
    [
        ("facebook", "ltht.nhs.support", ("ltht", "nhs", "support"), None),
        ("facebook", "61559656116104", (), "61559656116104"),
        ("instagram", "gstt.jobs_team", ("gstt", "jobs", "team"), None),
        ("x", "KingsmereNHS_Help", ("klngsmere", "nhs", "help"), None),
        ("linkedin", "kvh-careers-uk", ("kvh", "careers", "uk"), None),
        ("bluesky", "kvh-refunds.bsky.social", ("kvh", "refunds"), None),
    ],
)
def test_handles_split_by_each_platforms_rules(
    platform: str, handle: str, words: tuple[str, ...], numeric: str | None
) -> None:
    view = handle_view(handle, platform)
    assert view.words == words
    assert view.numeric_id == numeric


def test_a_bluesky_custom_domain_handle_is_checked_as_a_domain(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(
        Account(
            platform="bluesky",
            account_id="did:plc:abc",
            handle="kingsmerevalley-nhs.uk",
            display_name="Kingsmere Valley Hospitals",
        ),
        NOW,
    )
    assert verdict.verdict is Verdict.IMPERSONATION
    assert any(item.name == "lookalike_domain" for item in verdict.evidence)


@pytest.mark.parametrize(
    ("domain", "lookalike"),
    [
        ("k1ngsmerevalley.nhs.uk", "reads as"),
        ("kingsmere-valley-patients.co.uk", "uses the Trust's name"),
        ("kingsmerevalley-charity-appeal.org", "uses the Trust's name"),
        ("kingsmerevalleycharity.org", None),
        ("kingsmerevalley.nhs.uk", None),
    ],
    ids=[
        "a digit for a letter in the Trust's own domain",
        "the Trust's hyphenated name on another domain",
        "the name with a charity appeal on another domain",
        "the Trust's charity on its own domain",
        "the Trust's domain",
    ],
)
def test_lookalike_domains_and_the_charitys_own(
    scorer: ImpersonationScorer, domain: str, lookalike: str | None
) -> None:
    why = scorer.lookalike_domain(domain)
    assert (why is None) is (lookalike is None)
    if lookalike is not None:
        assert lookalike in str(why)


def test_a_double_barrelled_surname_is_matched_whole_in_a_handle(tmp_path: Path) -> None:
    profile = tomllib.loads((FIXTURES / "trust.toml").read_text())
    profile["executives"] = [{"name": "Prof Sam Hart-Lowe", "role": "Chair"}]
    scorer = ImpersonationScorer(TrustProfile(**profile), load_approved_accounts(FIXTURES / "approved_accounts.csv"))
    verdict = scorer.score(
        account_from_json(
            {
                "platform": "linkedin",
                "handle": "shartlowe-nhs",
                "display_name": "Healthcare leader",
                "description": "Message me on WhatsApp for board opportunities.",
            }
        ),
        NOW,
    )
    assert "executive" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("fields"),
    [
        {
            "handle": "KVHFoundation",
            "display_name": "Kingsmere Valley Foundation",
            "description": "The official charity for Kingsmere Valley Hospitals. We never ask for gift cards.",
        },
        {
            "handle": "KingsmoreNHS",
            "display_name": "Kingsmore Community Health NHS Trust",
            "description": "Official account of Kingsmore Community Health NHS Trust. Not monitored 24/7.",
        },
    ],
    ids=["the Trust's charity named Foundation", "a similarly named Trust one letter away"],
)
def test_neighbours_of_the_trust_are_not_impersonators(scorer: ImpersonationScorer, fields: dict[str, Any]) -> None:
    verdict, _ = score(scorer, **fields)
    assert verdict is not Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("platform", "handle"),
    [
        ("facebook", "work.at.kvh"),
        ("x", "support_kvh_heroes"),
        ("instagram", "kvh_wards_appeal"),
        ("tiktok", "kvhhiringnow"),
        ("x", "KVH_Staff"),
    ],
    ids=["work at the initials", "heroes appeal", "ward appeal", "hiring now", "staff"],
)
def test_initials_with_recruitment_appeal_and_staff_affixes_are_a_lookalike_handle(
    scorer: ImpersonationScorer, platform: str, handle: str
) -> None:
    verdict = scorer.score(account_from_json({"platform": platform, "handle": handle, "display_name": "Hello"}), NOW)
    assert "handle" in verdict.elements


@pytest.mark.parametrize(
    ("display_name", "description"),
    [
        (
            "Kingsmere Valley Hospitals International Recruitment",
            "Sponsored nursing roles for overseas applicants. Pay the £380 processing fee to book your interview.",
        ),
        ("Kingsmere General Patient Advice", "A goodwill payment is waiting for every patient whose surgery moved."),
        ("Kingsmere Valley Hospitals Staff", "Exclusive rewards for hospital employees. Pay £5 to unlock yours."),
    ],
    ids=["international recruitment", "patient advice", "staff"],
)
def test_service_words_after_the_trusts_name_do_not_weaken_it(
    scorer: ImpersonationScorer, display_name: str, description: str
) -> None:
    verdict = scorer.score(
        account_from_json(
            {"platform": "x", "handle": "desk_20931", "display_name": display_name, "description": description}
        ),
        NOW,
    )
    assert "name" in verdict.elements
    assert verdict.verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    "fields",
    [
        {
            "platform": "tiktok",
            "handle": "kvh_appeal",
            "display_name": "KVH Charity LIVE",
            "description": "Tap the rose! Send gifts tonight and every coin buys toys for the children's ward.",
        },
        {
            "handle": "bonus_drop_2209",
            "display_name": "Alex Morrow Chief Executive",
            "description": "Giving away my Christmas bonus to five lucky nurses, comment THANKS and DM me.",
        },
        {
            "handle": "KingsmereUK",
            "display_name": "Kingsmere Valley Hospitals NHS Foundation Trust",
            "description": "Our main account has been suspended, please follow us here for clinic updates.",
        },
    ],
    ids=["charity appeal paid in live-stream gifts", "an executive's giveaway", "the real account said to be gone"],
)
def test_scams_described_in_public_reports_are_impersonation(
    scorer: ImpersonationScorer, fields: dict[str, Any]
) -> None:
    verdict, _ = score(scorer, **fields)
    assert verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    "display_name",
    ["Kingsmere Va1ley Hospitals", "Kingsmere General HospitaI", "Klngsmere Valley Hospitals"],
    ids=["a digit for a letter", "a capital I for l closing a word", "l for i"],
)
def test_a_copied_name_spelled_with_look_alike_characters_is_impersonation(
    scorer: ImpersonationScorer, display_name: str
) -> None:
    plain, _ = score(scorer, handle="KingsmereUK", display_name="Kingsmere Valley Hospitals")
    swapped, names = score(scorer, handle="KingsmereUK", display_name=display_name)
    assert plain is Verdict.SUSPICIOUS
    assert swapped is Verdict.IMPERSONATION
    assert "confusable_name" in names


@pytest.mark.parametrize(
    ("domain", "lookalike"),
    [
        ("kingsmerevalley.org", False),
        ("kingsmerevalley.org.uk", False),
        ("kingsmerevalley.com", True),
        ("kingsmerevalley-refunds.org", True),
    ],
    ids=["the name alone on .org", "the name alone on .org.uk", "the name on .com", "the name with a word on .org"],
)
def test_the_trusts_name_alone_on_a_charity_suffix_is_not_a_lookalike(
    scorer: ImpersonationScorer, domain: str, lookalike: bool
) -> None:
    assert (scorer.lookalike_domain(domain) is not None) is lookalike


def test_a_sponsored_runner_linking_the_charitys_org_site_is_not_an_impersonator(scorer: ImpersonationScorer) -> None:
    verdict, _ = score(
        scorer,
        handle="sam_runs_26",
        display_name="Sam runs for the children's ward",
        description="Running 10k for Kingsmere Valley Hospitals after they cared for my mum. "
        "Sponsor me: kingsmerevalley.org/sponsor/sam",
    )
    assert verdict is not Verdict.IMPERSONATION


def test_nhs_and_the_trusts_place_is_the_care_board_not_the_trust(scorer: ImpersonationScorer) -> None:
    verdict, names = score(
        scorer,
        handle="NHSKV",
        display_name="NHS Kingsmere Valley",
        description="The integrated care board for the Kingsmere Valley area.",
    )
    assert "name" not in names
    assert verdict is not Verdict.IMPERSONATION


def test_a_help_desk_inviting_questions_under_the_trusts_initials_is_impersonation(
    scorer: ImpersonationScorer,
) -> None:
    verdict, names = score(
        scorer, handle="KVH_Help", display_name="Patient desk", description="Unsure about a clinic date? Ask us."
    )
    assert {"handle", "bio"} <= names
    assert verdict is Verdict.IMPERSONATION


def test_a_handle_wrapping_the_trusts_name_in_a_charitys_words_copies_it(scorer: ImpersonationScorer) -> None:
    verdict, names = score(
        scorer,
        platform="instagram",
        handle="friendsofkingsmerevalley",
        display_name="Kingsmere Valley Hospitals Charity",
        description="New scanner for the eye unit: donate by PayPal so it all goes to the ward.",
    )
    assert {"handle", "donation_outside_charity"} <= names
    assert verdict is Verdict.IMPERSONATION


@pytest.mark.parametrize(
    ("bio", "cue"),
    [
        ("Care assistant posts in Kingsmere. Onboarding £180 covers your badge.", "fee"),
        ("Porters wanted. Starter bond £400, returned after six months.", "fee"),
        ("Senior carers: sponsorship guaranteed for the right people.", "recruitment_lure"),
        ("Kingsmere Valley Hospitals is sponsoring 30 midwives this spring.", "recruitment_lure"),
        ("Theatre nurses needed. Text 'THEATRE' to begin.", "recruitment_lure"),
        ("Money goes to our ward coordinator's account this month.", "payment_to_person"),
        ("Please send donations while our bank is being updated.", "payment_to_person"),
        ("This is our new page. The old one is no longer monitored.", "moved_account"),
    ],
    ids=[
        "a price on onboarding",
        "a bond on starting",
        "sponsorship guaranteed",
        "an employer 'sponsoring' staff",
        "a code word texted to begin",
        "money to a named person's account",
        "donations while the bank is updated",
        "the old account called unmonitored",
    ],
)
def test_scam_wording_of_jobs_appeals_and_moved_accounts_is_read(bio: str, cue: str) -> None:
    assert cue in {found.cue for found in scam_cues(bio)}


def test_a_new_account_saying_the_other_is_not_run_by_us_claims_the_trust(scorer: ImpersonationScorer) -> None:
    verdict, names = score(
        scorer,
        platform="instagram",
        handle="kingsmere.valley.nhs",
        display_name="Kingsmere Valley Hospitals",
        description="The genuine Kingsmere page. The previous one is not run by us any more.",
    )
    assert "disclaimer" not in names
    assert verdict is Verdict.IMPERSONATION


def test_nhs_foundation_cut_short_in_a_dotted_handle_is_the_trusts_own_name(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(
        account_from_json(
            {"platform": "tiktok", "handle": "kingsmere.valley.nhs.foundation", "display_name": "Health news"}
        ),
        NOW,
    )
    handle = next(item for item in verdict.evidence if item.name == "handle")
    assert "another organisation" not in handle.text
    assert "handle" in verdict.elements
