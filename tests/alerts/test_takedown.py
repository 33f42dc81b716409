import json
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.takedown import REPORT_ROUTES, build_takedown_draft, profile_url, write_evidence_pack
from classifiers.approved_accounts import load_approved_accounts
from classifiers.impersonation import AccountVerdict, ImpersonationScorer, Verdict, account_from_json
from trustwatch.records import Account
from trustwatch.settings import TrustProfile

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


def test_every_required_platform_has_a_documented_report_route() -> None:
    assert set(REPORT_ROUTES) == {"x", "reddit", "bluesky", "facebook", "instagram", "tiktok", "linkedin"}
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
    assert "@KingsmereNHS, @KingsmereNHSJobs" in draft.report_text
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
    assert {feature["name"] for feature in pack["matched_features"]} >= {"name", "handle", "bio_claim"}
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
    ],
    ids=["reddit user page", "bluesky profile", "tiktok profile"],
)
def test_profile_urls_per_platform(platform: str, handle: str, url: str) -> None:
    assert profile_url(Account(platform=platform, account_id="1", handle=handle)) == url
