import io
import json
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from PIL import Image, ImageDraw, ImageOps

from classifiers.approved_accounts import ApprovedRegister, load_approved_accounts
from classifiers.impersonation import (
    AccountInputError,
    ImageUnavailable,
    ImpersonationScorer,
    LogoHashes,
    ProfileImage,
    Verdict,
    account_from_json,
    check_accounts,
    content_box,
    fetch_profile_image,
    impersonation_finding,
    load_logo_hashes,
    logo_hashes,
    profile_image_hash,
    profile_image_hashes,
)
from trustwatch.errors import ConfigError
from trustwatch.records import Account
from trustwatch.settings import TrustProfile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "impersonation"
NOW = datetime(2026, 11, 1, tzinfo=UTC)
HEADER = "platform,handle,account_id,display_name,owner_team,approved_on,notes\n"


def draw_logo() -> Image.Image:
    image = Image.new("RGB", (300, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((170, 20, 280, 70), fill=(0, 94, 184))
    draw.text((180, 30), "NHS", fill="white")
    for row, line in enumerate(("Kingsmere Valley", "Hospitals", "NHS Foundation Trust")):
        draw.text((20, 110 + 40 * row), line, fill=(0, 94, 184))
    draw.ellipse((30, 230, 110, 290), fill=(0, 48, 135))
    return image


def png(image: Image.Image, fmt: str = "PNG", **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.fixture
def trust() -> TrustProfile:
    return TrustProfile(**tomllib.loads((FIXTURES / "trust.toml").read_text()))


@pytest.fixture
def register() -> ApprovedRegister:
    return load_approved_accounts(FIXTURES / "approved_accounts.csv")


@pytest.fixture
def logo_file(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    path.write_bytes(png(draw_logo()))
    return path


@pytest.fixture
def scorer(trust: TrustProfile, register: ApprovedRegister, logo_file: Path) -> ImpersonationScorer:
    return ImpersonationScorer(trust, register, load_logo_hashes([logo_file]))


def account(**fields: Any) -> Account:
    return account_from_json({"platform": "x", **fields})


def write_register(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "approved_accounts.csv"
    path.write_text(body, encoding="utf-8")
    return path


def test_register_loads_and_normalises_rows(register: ApprovedRegister) -> None:
    assert len(register) == 4
    assert register.handles("x") == ["KingsmereNHS", "KingsmereNHSJobs", "KingsmereMaternity"]
    maternity = register.match("x", None, "@kingsmerematernity")
    assert maternity is not None
    assert maternity.line == 4
    assert maternity.notes == "handle only, id to be added"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "x,KingsmereNHS,1,A,Comms,2021-01-01,\nx,kingsmerenhs,2,B,Comms,2021-01-01,\n",
            r"line 3, column handle: duplicate of line 2",
        ),
        (
            "x,KingsmereNHS,1,A,Comms,2021-01-01,\nx,KingsmereJobs,1,B,Comms,2021-01-01,\n",
            r"line 3, column account_id: duplicate of line 2",
        ),
        ("myspace,KingsmereNHS,1,A,Comms,2021-01-01,\n", r"line 2, column platform: unknown platform 'myspace'"),
        ("x,KingsmereNHS,1,A,Comms,01/03/2021,\n", r"line 2, column approved_on: '01/03/2021' is not a date"),
        ("x,KingsmereNHS,1,A,,2021-01-01,\n", r"line 2, column owner_team: required value is empty"),
        ("x,KingsmereNHS,1,A,Comms\n", r"line 2: 5 fields, expected 7"),
    ],
    ids=[
        "a handle listed twice is refused",
        "an account id listed twice is refused",
        "an unknown platform is refused",
        "a date not in YYYY-MM-DD form is refused",
        "an empty owner team is refused",
        "a short row is refused",
    ],
)
def test_register_errors_name_file_line_and_column(tmp_path: Path, rows: str, message: str) -> None:
    path = write_register(tmp_path, HEADER + rows)
    with pytest.raises(ConfigError, match=message) as caught:
        load_approved_accounts(path)
    assert str(path) in str(caught.value)


def test_register_with_a_missing_column_is_refused(tmp_path: Path) -> None:
    path = write_register(tmp_path, "platform,handle\nx,KingsmereNHS\n")
    with pytest.raises(ConfigError, match="line 1: missing column"):
        load_approved_accounts(path)


def test_missing_register_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_approved_accounts(tmp_path / "nope.csv")


def test_register_account_is_official_by_id_even_after_a_rename(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(account(handle="KingsmereNHS_new", account_id="1400000001", display_name="X"), NOW)
    assert verdict.verdict is Verdict.OFFICIAL
    assert verdict.evidence[0].value["matched_by"] == "account id"


def test_registered_handle_with_another_id_is_not_official(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(
        account(handle="KingsmereNHS", account_id="999", display_name="Kingsmere Valley Hospitals"), NOW
    )
    assert verdict.verdict is not Verdict.OFFICIAL


def test_register_row_without_id_matches_by_handle(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(account(handle="KingsmereMaternity", account_id="555"), NOW)
    assert verdict.verdict is Verdict.OFFICIAL


@pytest.mark.parametrize(
    ("fields", "expected", "elements"),
    [
        (
            {
                "handle": "KingsmereNHS_Help",
                "display_name": "Kingsmere Valley Hospitals",
                "description": "Official patient support. DM us your appointment queries",
                "created_at": "2026-10-20T00:00:00Z",
                "followers": 2,
                "following": 400,
            },
            Verdict.IMPERSONATION,
            {"name", "handle", "bio"},
        ),
        (
            {"handle": "K1ngsmereNHS", "display_name": "K\u0456ngsmereNHS"},
            Verdict.IMPERSONATION,
            {"name", "handle"},
        ),
        (
            {"handle": "user8812734", "display_name": "Kingsmere General Hospital", "description": "Call 01632 960000"},
            Verdict.IMPERSONATION,
            {"name", "contact"},
        ),
        (
            {
                "handle": "K1ngsmereNHS",
                "display_name": "Kingsmere NHS (Parody)",
                "description": "Parody account, not affiliated with the Trust",
            },
            Verdict.PARODY_LABELLED,
            {"name", "handle"},
        ),
        (
            {
                "handle": "JaneSmithRN",
                "display_name": "Jane Smith",
                "description": "Staff nurse at Kingsmere General. Views my own",
            },
            Verdict.UNRELATED,
            set(),
        ),
        (
            {
                "handle": "KingstonHospNHS",
                "display_name": "Kingston Hospital",
                "description": "Official account of Kingston Hospital NHS Foundation Trust",
            },
            Verdict.UNRELATED,
            set(),
        ),
        (
            {"handle": "NHSEngland", "display_name": "NHS England", "description": "Official account of NHS England"},
            Verdict.UNRELATED,
            set(),
        ),
        (
            {
                "handle": "KingsmereCouncil",
                "display_name": "Kingsmere Borough Council",
                "description": "Official account of Kingsmere Borough Council",
            },
            Verdict.UNRELATED,
            set(),
        ),
        ({"handle": "Kingsmere_NHS", "display_name": "", "description": ""}, Verdict.SUSPICIOUS, {"handle"}),
        ({"handle": "K1ngsmereNHS", "display_name": "", "description": ""}, Verdict.IMPERSONATION, {"handle"}),
    ],
    ids=[
        "a fake support desk copying name, handle and claiming service is impersonation",
        "a Cyrillic display name and a 1-for-i handle is impersonation",
        "the Trust's name and phone number on a random handle is impersonation",
        "a lookalike that says parody is parody_labelled",
        "a nurse naming her hospital is not impersonation",
        "another Trust with a similar name is unrelated",
        "NHS England is unrelated",
        "a council sharing the town's name is unrelated",
        "a bare lookalike handle with an added separator is only suspicious (one element)",
        "a bare handle with a digit swapped in is impersonation (the swap is deception)",
    ],
)
def test_scoring_cases(
    scorer: ImpersonationScorer, fields: dict[str, Any], expected: Verdict, elements: set[str]
) -> None:
    verdict = scorer.score(account(**fields), NOW)
    assert verdict.verdict is expected, verdict.evidence
    assert set(verdict.elements) == elements
    assert 0.0 <= verdict.score <= 1.0


def test_score_is_the_sum_of_the_evidence_weights(scorer: ImpersonationScorer) -> None:
    verdict = scorer.score(
        account(handle="KingsmereHelp", display_name="Kingsmere General", created_at="2026-10-30T00:00:00Z"), NOW
    )
    assert verdict.score == pytest.approx(min(1.0, sum(item.weight for item in verdict.evidence)), abs=1e-3)
    assert {"name", "handle", "account_age"} <= {item.name for item in verdict.evidence}
    assert all(item.text for item in verdict.evidence)


def test_logo_copied_and_reencoded_counts_as_an_identity_element(scorer: ImpersonationScorer) -> None:
    copy = png(draw_logo().resize((120, 120)), "JPEG", quality=50)
    image = ProfileImage("https://img.example/a.jpg", profile_image_hash(copy), "image/jpeg", len(copy))
    verdict = scorer.score(account(handle="user123456", display_name="Kingsmere Valley Hospitals"), NOW, image)
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "logo" in verdict.elements


def test_resized_logo_hashes_close_and_a_different_image_far() -> None:
    original = profile_image_hash(png(draw_logo()))
    resized = profile_image_hash(png(draw_logo().resize((64, 64)), "JPEG", quality=40))
    other = Image.new("RGB", (300, 300), "white")
    ImageDraw.Draw(other).ellipse((40, 40, 260, 260), fill=(200, 30, 30))
    assert original - resized <= 10
    assert original - profile_image_hash(png(other)) > 60


def test_transparent_logo_is_hashed_on_white() -> None:
    transparent = draw_logo().convert("RGBA")
    # White becomes fully transparent and black behind it: read on black, the logo would hash differently.
    alpha = draw_logo().convert("L").point(lambda value: 0 if value == 255 else 255)
    background = Image.new("RGBA", transparent.size, (0, 0, 0, 0))
    transparent = Image.composite(transparent, background, alpha)
    assert profile_image_hash(png(transparent)) - profile_image_hash(png(draw_logo())) <= 4


def test_unreadable_image_bytes_raise_value_error() -> None:
    with pytest.raises(ValueError, match="not a readable image"):
        profile_image_hash(b"<html>not an image</html>")


def test_missing_logo_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="logo file not found"):
        load_logo_hashes([tmp_path / "missing.png"])


@respx.mock
def test_fetch_profile_image_hashes_an_image() -> None:
    body = png(draw_logo())
    respx.get("https://img.example/ok.png").mock(
        return_value=httpx.Response(200, content=body, headers={"content-type": "image/png"})
    )
    with httpx.Client() as client:
        result = fetch_profile_image(client, "https://img.example/ok.png")
    assert isinstance(result, ProfileImage)
    assert result.hash - profile_image_hash(body) == 0


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (httpx.Response(200, content=b"<html></html>", headers={"content-type": "text/html"}), "not an image"),
        (httpx.Response(200, content=b"x" * 5000, headers={"content-type": "image/png"}), "byte limit"),
        (httpx.Response(404), "HTTP 404"),
        (httpx.Response(200, content=b"garbage", headers={"content-type": "image/jpeg"}), "not a readable image"),
    ],
    ids=["an html page is refused", "an oversized body is refused", "a 404 is reported", "corrupt bytes are reported"],
)
@respx.mock
def test_fetch_profile_image_failures_become_evidence(response: httpx.Response, reason: str) -> None:
    respx.get("https://img.example/a").mock(return_value=response)
    with httpx.Client() as client:
        result = fetch_profile_image(client, "https://img.example/a", max_bytes=1000)
    assert isinstance(result, ImageUnavailable)
    assert reason in result.reason


@respx.mock
def test_fetch_profile_image_timeout_becomes_evidence_and_scoring_goes_on(scorer: ImpersonationScorer) -> None:
    respx.get("https://img.example/slow").mock(side_effect=httpx.ReadTimeout("slow"))
    with httpx.Client() as client:
        result = fetch_profile_image(client, "https://img.example/slow", timeout=0.5)
    assert isinstance(result, ImageUnavailable)
    verdict = scorer.score(account(handle="someone_else", display_name="Jo"), NOW, result)
    assert verdict.verdict is Verdict.UNRELATED
    assert any(item.name == "image_unavailable" for item in verdict.evidence)


def test_check_accounts_adds_verdict_score_and_evidence(scorer: ImpersonationScorer) -> None:
    lines = [
        json.dumps({"platform": "x", "handle": "KingsmereNHS", "account_id": "1400000001", "display_name": "KVH"}),
        "",
        json.dumps({"platform": "x", "handle": "@Kingsmere_Help", "display_name": "Kingsmere General Hospital"}),
    ]
    out = list(check_accounts(lines, scorer, NOW))
    assert [verdict.verdict for _, _, verdict, _ in out] == [Verdict.OFFICIAL, Verdict.IMPERSONATION]
    payload, parsed, verdict, image = out[1]
    assert payload["handle"] == "@Kingsmere_Help" and parsed.handle == "Kingsmere_Help"
    assert verdict.evidence and isinstance(verdict.to_dict()["score"], float) and image is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 1: not valid JSON"),
        ("[1, 2]", "line 1: expected a JSON object"),
        ('{"platform": "x"}', "line 1: field 'handle' is required"),
        ('{"platform": "x", "handle": "a", "followers": "many"}', "line 1: field 'followers'"),
        ('{"platform": "x", "handle": "a", "created_at": "yesterday"}', "line 1: field 'created_at'"),
    ],
    ids=["broken json", "a list", "no handle", "followers not a number", "created_at not a date"],
)
def test_check_accounts_input_errors_name_line_and_field(scorer: ImpersonationScorer, line: str, message: str) -> None:
    with pytest.raises(AccountInputError, match=message):
        list(check_accounts([line], scorer, NOW, source="accounts.jsonl"))


def test_finding_id_is_stable_across_runs_and_fingerprint_changes_with_the_profile(
    scorer: ImpersonationScorer,
) -> None:
    first = account(handle="Kingsmere_Help", account_id="77", display_name="Kingsmere General Hospital")
    changed = account(
        handle="Kingsmere_Help", account_id="77", display_name="Kingsmere General Hospital", description="DM us"
    )
    finding_one = impersonation_finding(first, scorer.score(first, NOW), NOW)
    finding_two = impersonation_finding(changed, scorer.score(changed, NOW), NOW)
    assert finding_one is not None and finding_two is not None
    assert finding_one.kind == "impersonation"
    assert finding_one.finding_id == finding_two.finding_id
    assert finding_one.evidence["profile_fingerprint"] != finding_two.evidence["profile_fingerprint"]


def test_no_finding_for_unrelated_accounts(scorer: ImpersonationScorer) -> None:
    plain = account(handle="gardening_gran", display_name="Margaret")
    assert impersonation_finding(plain, scorer.score(plain, NOW), NOW) is None


def logo_with_margin() -> Image.Image:
    """The demo logo on a white margin, as Trusts publish it (the margin is what screenshots crop)."""
    return ImageOps.expand(draw_logo(), border=40, fill="white")


def uploaded(image: Image.Image, fmt: str = "PNG", **options: Any) -> ProfileImage:
    body = png(image, fmt, **options)
    hashes = profile_image_hashes(body)
    return ProfileImage("https://img.example/a.jpg", hashes.full, "image/jpeg", len(body), hashes.content)


def photo_like() -> Image.Image:
    """A stand-in for a photo: shading and texture right up to its edges, so no background to trim."""
    shading = Image.linear_gradient("L").resize((300, 300))
    texture = Image.effect_noise((300, 300), 40)
    return Image.merge("RGB", (shading, texture, shading.rotate(90)))


def margin_logo_scorer(trust: TrustProfile, register: ApprovedRegister) -> ImpersonationScorer:
    return ImpersonationScorer(trust, register, [logo_hashes(png(logo_with_margin()))])


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(lambda logo: logo.crop((25, 25, 355, 355)).resize(logo.size), id="cropped into its margin"),
        pytest.param(lambda logo: ImageOps.expand(logo, border=60, fill="white"), id="padded with white"),
        pytest.param(lambda logo: ImageOps.expand(logo, border=30, fill=(235, 235, 235)), id="framed in grey"),
        pytest.param(
            lambda logo: logo.transform(logo.size, Image.Transform.AFFINE, (1, 0, 25, 0, 1, -15), fillcolor="white"),
            id="shifted off centre",
        ),
        pytest.param(lambda logo: logo.crop((0, 0, 340, 340)), id="cut on two sides"),
    ],
)
def test_a_logo_cropped_padded_or_shifted_still_matches_on_its_content_box(
    trust: TrustProfile, register: ApprovedRegister, copy: Any
) -> None:
    original = profile_image_hash(png(logo_with_margin()))
    image = uploaded(copy(logo_with_margin()), "JPEG", quality=70)
    match = margin_logo_scorer(trust, register).logo_match(image)
    assert image.hash - original > 24, "the whole-image pHash alone misses this copy"
    assert match is not None and match.distance <= 24 and match.compared == "content box"


def test_a_logo_cropped_into_its_content_matches_a_cropped_variant(
    trust: TrustProfile, register: ApprovedRegister
) -> None:
    # The demo logo reaches within 20 px of its edges: a 10% zoom cuts into the text and the lozenge.
    zoomed = draw_logo().crop((30, 30, 270, 270)).resize((300, 300))
    scorer = ImpersonationScorer(trust, register, [logo_hashes(png(draw_logo()))])
    match = scorer.logo_match(uploaded(zoomed, "JPEG", quality=70))
    assert match is not None and match.distance <= 24 and match.step > 0


def test_a_cropped_logo_with_the_trusts_name_is_impersonation_with_the_match_in_the_evidence(
    trust: TrustProfile, register: ApprovedRegister
) -> None:
    logo = logo_with_margin()
    image = uploaded(logo.crop((20, 20, 360, 360)).resize(logo.size), "JPEG", quality=60)
    verdict = margin_logo_scorer(trust, register).score(
        account(handle="user4471", display_name="Kingsmere General"), NOW, image
    )
    assert verdict.verdict is Verdict.IMPERSONATION and "logo" in verdict.elements
    logo_evidence = next(item for item in verdict.evidence if item.name == "logo")
    assert logo_evidence.value["distance"] <= 24 and logo_evidence.value["compared"] == "content box"


def test_a_photo_has_no_content_box_and_does_not_match_the_logo(
    trust: TrustProfile, register: ApprovedRegister
) -> None:
    assert content_box(photo_like()) is None
    image = uploaded(photo_like(), "JPEG", quality=80)
    assert image.content_hash is None
    match = margin_logo_scorer(trust, register).logo_match(image)
    assert match is not None and match.distance > 36


def test_content_box_trims_a_padded_logo_to_the_original_box() -> None:
    original = content_box(logo_with_margin())
    padded = content_box(ImageOps.expand(logo_with_margin(), border=50, fill="white"))
    assert original is not None and padded is not None
    assert abs(original.width - padded.width) <= 2 and abs(original.height - padded.height) <= 2
    assert original.width < logo_with_margin().width - 60


def test_logo_hashes_hold_whole_image_and_content_box_variants(logo_file: Path) -> None:
    (loaded,) = load_logo_hashes([logo_file])
    assert isinstance(loaded, LogoHashes)
    steps = [step for step, _ in loaded.full]
    assert 0.0 in steps and min(steps) < 0 < max(steps), "paddings and crops of the whole image"
    assert loaded.content, "the demo logo sits on white, so its content box is hashed too"


def test_a_bare_image_hash_is_still_accepted_as_a_logo(trust: TrustProfile, register: ApprovedRegister) -> None:
    scorer = ImpersonationScorer(trust, register, [profile_image_hash(png(draw_logo()))])
    match = scorer.logo_match(uploaded(draw_logo(), "JPEG", quality=60))
    assert match is not None and match.distance <= 10 and match.compared == "whole image"


def test_a_scorer_without_logos_matches_nothing(trust: TrustProfile, register: ApprovedRegister) -> None:
    assert ImpersonationScorer(trust, register).logo_match(uploaded(draw_logo())) is None


@respx.mock
def test_fetch_profile_image_hashes_the_content_box_too() -> None:
    body = png(logo_with_margin())
    respx.get("https://img.example/logo.png").mock(
        return_value=httpx.Response(200, content=body, headers={"content-type": "image/png"})
    )
    with httpx.Client() as client:
        result = fetch_profile_image(client, "https://img.example/logo.png")
    assert isinstance(result, ProfileImage)
    assert result.content_hash is not None and result.content_hash == profile_image_hashes(body).content


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "handle": "user99120",
                "display_name": "Kingsmere General Careers",
                "description": "Now hiring! Apply via DM. A £45 admin fee secures your interview",
            },
            Verdict.IMPERSONATION,
        ),
        (
            {
                "handle": "user99121",
                "display_name": "Kingsmere Valley Hospitals",
                "description": "Urgently recruiting HCAs. Send us your CV and bank details for payroll",
            },
            Verdict.IMPERSONATION,
        ),
        (
            {
                "handle": "user99122",
                "display_name": "Kingsmere General Hospital",
                "description": "Missed appointment? DM us your NHS number and date of birth to rebook",
            },
            Verdict.IMPERSONATION,
        ),
        (
            {
                "handle": "CareHomeJobs",
                "display_name": "Oakfield Care Homes",
                "description": "Now hiring! Apply via DM. Training fee refunded after 3 months",
            },
            Verdict.UNRELATED,
        ),
        (
            {
                "handle": "SamPatelRN",
                "display_name": "Sam Patel | Kingsmere General",
                "description": "Ward manager at Kingsmere General. We're hiring! DM me. Views my own",
            },
            Verdict.UNRELATED,
        ),
    ],
    ids=[
        "a careers name with an admin fee and apply-by-DM is impersonation",
        "the Trust's name asking for CVs and bank details is impersonation",
        "the Trust's name asking for NHS numbers by DM is impersonation",
        "a care home hiring by DM does not look like the Trust and is unrelated",
        "a ward manager saying her ward is hiring is not a claim",
    ],
)
def test_recruitment_and_details_scams_count_only_when_the_account_looks_like_the_trust(
    scorer: ImpersonationScorer, fields: dict[str, Any], expected: Verdict
) -> None:
    verdict = scorer.score(account(**fields), NOW)
    assert verdict.verdict is expected, verdict.evidence
    scam = any(item.name == "scam_content" for item in verdict.evidence)
    assert scam is (expected is Verdict.IMPERSONATION)


def test_an_emoji_in_a_copied_name_does_not_weaken_the_name(scorer: ImpersonationScorer) -> None:
    plain = scorer.score(account(handle="user5512", display_name="KINGSMERE VALLEY HOSPITALS"), NOW)
    decorated = scorer.score(account(handle="user5512", display_name="KINGSMERE VALLEY HOSPITALS 🏥💙"), NOW)
    assert "name" in decorated.elements
    assert decorated.score == plain.score


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            [b'{"platform": "myspace", "handle": "a"}'],
            r"line 1: field 'platform': unknown platform 'myspace' \(known: x,",
        ),
        ([b'{"platform": "x", "handle": "caf\xe9"}'], r"line 1: not UTF-8 text \(byte 0xe9 at column 33\)"),
        ([], r"no accounts to check \(the input is empty\)"),
        ([b"\n", b"   \n"], r"no accounts to check"),
        ([b'{"platform": "x", "handle": "two words"}'], r"line 1: field 'handle': 'two words' is not a handle"),
        ([b'{"platform": "x", "handle": "a", "followers": -3}'], r"line 1: field 'followers' must be a whole number"),
        ([b'{"platform": "x", "handle": "a", "verified": "yes"}'], r"line 1: field 'verified' must be true or false"),
        ([b'{"platform": "x", "handle": "a", "account_id": true}'], r"line 1: field 'account_id' must be a string"),
        ([b'{"platform": "x", "handle": "a", "display_name": 7}'], r"line 1: field 'display_name' must be a string"),
        ([b'{"platform": 3, "handle": "a"}'], r"line 1: field 'platform' is required and must be a non-empty string"),
    ],
    ids=[
        "an unknown platform is refused, naming the known ones",
        "bytes that are not UTF-8 are refused, naming the byte",
        "an empty input is an error, not a clean result",
        "an input of blank lines is an error too",
        "a handle with a space is refused",
        "a negative follower count is refused",
        "verified must be true or false",
        "an account id must be text or a number",
        "a display name must be text",
        "a platform that is not text is refused",
    ],
)
def test_bad_input_is_an_error_naming_the_line_and_field(
    scorer: ImpersonationScorer, lines: list[bytes], message: str
) -> None:
    with pytest.raises(AccountInputError, match=message) as caught:
        list(check_accounts(lines, scorer, NOW, source="accounts.jsonl"))
    assert str(caught.value).startswith("accounts.jsonl")


def test_a_byte_order_mark_on_the_first_line_is_accepted(scorer: ImpersonationScorer) -> None:
    lines = [b'\xef\xbb\xbf{"platform": "X", "handle": "KingsmereNHS", "account_id": "1400000001"}\n']
    [(_, parsed, verdict, _)] = list(check_accounts(lines, scorer, NOW))
    assert parsed.platform == "x"
    assert verdict.verdict is Verdict.OFFICIAL
