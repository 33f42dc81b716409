import json
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.takedown import REPORT_ROUTES, build_takedown_draft, profile_url, write_evidence_pack
from classifiers.approved_accounts import load_approved_accounts
from classifiers.impersonation import (
    AccountVerdict,
    Evidence,
    ImageUnavailable,
    ImpersonationScorer,
    ProfileImage,
    Verdict,
    account_from_json,
    profile_image_hash,
)
from trustwatch.records import Account
from trustwatch.settings import ACCOUNT_PLATFORMS, TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "impersonation"
NOW = datetime(2026, 11, 1, tzinfo=UTC)
FIRST_SEEN = datetime(2026, 10, 28, 9, 30, tzinfo=UTC)


@pytest.fixture
def trust() -> TrustProfile:
    return TrustProfile(**tomllib.loads((FIXTURES / "trust.toml").read_text()))


@pytest.fixture
def impersonator() -> Account:
    return account_from_json(
        {
            "platform": "x",
            "handle": "KingsmereNHS_Help",
            "account_id": "88001",
            "display_name": "Kingsmere Valley Hospitals",
            "description": "Patient support. DM us your NHS number to rebook",
            "created_at": "2026-10-27T00:00:00Z",
            "followers": 3,
            "following": 420,
        }
    )


@pytest.fixture
def verdict(trust: TrustProfile, impersonator: Account) -> AccountVerdict:
    register = load_approved_accounts(FIXTURES / "approved_accounts.csv")
    result = ImpersonationScorer(trust, register).score(impersonator, NOW)
    assert result.verdict is Verdict.IMPERSONATION
    return result


def test_every_platform_on_the_register_has_a_documented_report_route() -> None:
    assert set(REPORT_ROUTES) == set(ACCOUNT_PLATFORMS)
    for route in REPORT_ROUTES.values():
        assert route.form_url.startswith("https://")
        assert route.policy_url.startswith("https://")
        assert route.how and route.asks_for and route.checked


def test_draft_says_what_to_report_where_and_why(
    trust: TrustProfile, impersonator: Account, verdict: AccountVerdict
) -> None:
    draft = build_takedown_draft(impersonator, verdict, trust, first_seen=FIRST_SEEN, now=NOW)
    assert draft.account_url == "https://x.com/KingsmereNHS_Help"
    assert draft.route is REPORT_ROUTES["x"]
    assert (
        "@KingsmereNHS_Help on x impersonates Kingsmere Valley Hospitals NHS Foundation Trust" in draft.what_to_report
    )
    assert "@KingsmereNHS (https://x.com/KingsmereNHS), @KingsmereNHSJobs" in draft.report_text
    assert "28 October 2026" in draft.report_text
    assert REPORT_ROUTES["x"].form_url in draft.report_text
    for element in verdict.elements:
        assert element in draft.report_text


def test_evidence_pack_holds_snapshot_features_and_first_seen(
    trust: TrustProfile, impersonator: Account, verdict: AccountVerdict
) -> None:
    pack = build_takedown_draft(impersonator, verdict, trust, first_seen=FIRST_SEEN, now=NOW).evidence_pack
    assert pack["account_snapshot"]["handle"] == "KingsmereNHS_Help"
    assert pack["first_seen"] == "2026-10-28T09:30:00+00:00"
    assert {feature["name"] for feature in pack["matched_features"]} >= {"name", "handle", "bio"}
    assert pack["image_hash_match"] is None
    assert pack["screenshots"] == []


def test_draft_id_is_stable_for_the_same_account(
    trust: TrustProfile, impersonator: Account, verdict: AccountVerdict
) -> None:
    one = build_takedown_draft(impersonator, verdict, trust, first_seen=FIRST_SEEN, now=NOW)
    two = build_takedown_draft(
        impersonator, verdict, trust, first_seen=FIRST_SEEN, now=datetime(2026, 11, 2, tzinfo=UTC)
    )
    assert one.draft_id == two.draft_id


def test_write_evidence_pack_writes_report_and_json(
    tmp_path: Path, trust: TrustProfile, impersonator: Account, verdict: AccountVerdict
) -> None:
    draft = build_takedown_draft(impersonator, verdict, trust, first_seen=FIRST_SEEN, now=NOW)
    folder = write_evidence_pack(draft, tmp_path)
    assert (folder / "report.txt").read_text(encoding="utf-8").startswith("I am reporting an account")
    saved = json.loads((folder / "evidence.json").read_text(encoding="utf-8"))
    assert saved["evidence_pack"]["account_snapshot"]["account_id"] == "88001"
    assert saved["route"]["form_url"] == REPORT_ROUTES["x"].form_url


def test_drafts_are_refused_for_other_verdicts(trust: TrustProfile, impersonator: Account) -> None:
    suspicious = AccountVerdict(Verdict.SUSPICIOUS, 0.3, [])
    with pytest.raises(ValueError, match="not suspicious"):
        build_takedown_draft(impersonator, suspicious, trust, first_seen=FIRST_SEEN, now=NOW)


@pytest.mark.parametrize(
    ("platform", "handle", "url"),
    [
        ("reddit", "Kingsmere_Help", "https://www.reddit.com/user/Kingsmere_Help"),
        ("bluesky", "kingsmere-help.bsky.social", "https://bsky.app/profile/kingsmere-help.bsky.social"),
        ("tiktok", "kingsmerehelp", "https://www.tiktok.com/@kingsmerehelp"),
        ("facebook", "Kingsmere.Help", "https://www.facebook.com/Kingsmere.Help"),
        ("facebook", "61559656116104", "https://www.facebook.com/profile.php?id=61559656116104"),
        (
            "linkedin",
            "kingsmere-valley-hospitals-help",
            "https://www.linkedin.com/company/kingsmere-valley-hospitals-help/",
        ),
        ("youtube", "KingsmereHelp", "https://www.youtube.com/@KingsmereHelp"),
        ("instagram", "kingsmere.help", "https://www.instagram.com/kingsmere.help/"),
    ],
    ids=[
        "reddit user page",
        "bluesky profile",
        "tiktok profile",
        "facebook page by username",
        "facebook page with no username is addressed by its number",
        "linkedin page",
        "youtube channel",
        "instagram profile",
    ],
)
def test_profile_urls_per_platform(platform: str, handle: str, url: str) -> None:
    assert profile_url(Account(platform=platform, account_id="1", handle=handle)) == url


def test_an_impersonated_executive_on_linkedin_is_reported_by_their_profile_url(trust: TrustProfile) -> None:
    verdict = AccountVerdict(
        Verdict.IMPERSONATION,
        0.8,
        [Evidence("executive", "uses the name of the Trust's chief executive", 0.35, None, "identity")],
        ("executive",),
    )
    fake = Account(platform="linkedin", account_id="7", handle="dr-alex-example-ceo")
    draft = build_takedown_draft(fake, verdict, trust, first_seen=FIRST_SEEN, now=NOW)
    assert draft.account_url == "https://www.linkedin.com/in/dr-alex-example-ceo/"
    assert draft.account_url in draft.report_text


@pytest.mark.parametrize(
    ("platform", "handle", "url"),
    [
        ("facebook", "61559656116104", "https://www.facebook.com/profile.php?id=61559656116104"),
        (
            "linkedin",
            "kingsmere-valley-hospitals-nhs-ft",
            "https://www.linkedin.com/company/kingsmere-valley-hospitals-nhs-ft/",
        ),
    ],
    ids=["a facebook page with no username", "a linkedin page"],
)
def test_facebook_and_linkedin_drafts_carry_the_profile_url_their_forms_ask_for(
    trust: TrustProfile, platform: str, handle: str, url: str
) -> None:
    scorer = ImpersonationScorer(trust, load_approved_accounts(FIXTURES / "approved_accounts.csv"))
    fake = account_from_json(
        {
            "platform": platform,
            "handle": handle,
            "account_id": "55",
            "display_name": "Kingsmere Valley Hospitals NHS Foundation Trust",
            "description": "Patient refunds desk. DM your card details to claim.",
        }
    )
    verdict = scorer.score(fake, NOW)
    assert verdict.verdict is Verdict.IMPERSONATION
    draft = build_takedown_draft(fake, verdict, trust, first_seen=FIRST_SEEN, now=NOW)
    assert draft.account_url == url
    assert f"({url})" in draft.report_text


def test_genuine_accounts_in_a_draft_include_the_whole_register(
    trust: TrustProfile, impersonator: Account, verdict: AccountVerdict
) -> None:
    scorer = ImpersonationScorer(trust, load_approved_accounts(FIXTURES / "approved_accounts.csv"))
    draft = build_takedown_draft(
        impersonator, verdict, trust, first_seen=FIRST_SEEN, now=NOW, genuine_handles=scorer.genuine_handles("x")
    )
    # KingsmereMaternity is only on the register (written "twitter" there), not in [trust.official_handles].
    assert "@KingsmereMaternity" in draft.report_text
    assert "@KingsmereMaternity" in draft.what_to_report


def test_a_draft_claims_a_logo_match_only_when_an_image_matched(
    trust: TrustProfile, impersonator: Account, verdict: AccountVerdict
) -> None:
    unchecked = build_takedown_draft(impersonator, verdict, trust, first_seen=FIRST_SEEN, now=NOW)
    assert "logo" not in unchecked.report_text.casefold()

    failed = build_takedown_draft(
        impersonator,
        verdict,
        trust,
        first_seen=FIRST_SEEN,
        now=NOW,
        image=ImageUnavailable("https://img.example/a.jpg", "HTTP 404"),
    )
    assert "match to our logo" not in failed.report_text
    assert "profile image not checked: HTTP 404" in failed.report_text

    image = ProfileImage("https://img.example/b.png", profile_image_hash(_png()), "image/png", 100)
    logo_evidence = Evidence("logo", "profile image is 3/256 bits from an official logo", 0.28, {}, "identity")
    matched = AccountVerdict(Verdict.IMPERSONATION, 0.9, [*verdict.evidence, logo_evidence], verdict.elements)
    with_logo = build_takedown_draft(impersonator, matched, trust, first_seen=FIRST_SEEN, now=NOW, image=image)
    assert "the profile image's match to our logo" in with_logo.report_text


def _png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), "white").save(buffer, "PNG")
    return buffer.getvalue()
