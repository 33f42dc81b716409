"""The learned reading of scam bios: its file, its reader, and where the scorer lets it count (invented accounts)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from classifiers.encoder import SentenceEncoder
from classifiers.impersonation import (
    ImpersonationScorer,
    ScamBioReader,
    Verdict,
    account_from_json,
    builtin_scam_bio_reader,
    check_accounts,
    load_scam_bio_head,
)
from classifiers.impersonation.accounts import PREPARE_BATCH, AccountInputError
from classifiers.impersonation.scam_bios import HEAD_PATH, ScamBioHead
from tests.support.impersonation import NOW, evidence_names, kingsmere_scorer, score_account
from tests.support.models import build_tiny_bert
from trustwatch.errors import ConfigError

SCAM = "Nurses wanted for Kingsmere General wards. Start Monday, we sort everything for you, message us"
APPEAL = "Every little helps our hospital heroes this winter, link below"


class ListedReader(ScamBioReader):
    """Reads as scams exactly the bios it is given; remembers what it was asked to prepare."""

    def __init__(self, scams: Iterable[str]) -> None:
        self.head = ScamBioHead((1.0,), 0.0, 0.5, "listed")
        self.scams = set(scams)
        self.prepared: list[list[str]] = []
        self.asked: list[str] = []

    def prepare(self, bios: Iterable[str]) -> None:
        self.prepared.append(sorted(bios))

    def probability(self, bio: str) -> float:
        self.asked.append(bio)
        return 0.9 if bio.strip() in self.scams else 0.1


def reading(*scams: str) -> tuple[ImpersonationScorer, ListedReader]:
    reader = ListedReader(scams)
    scorer = kingsmere_scorer()
    scorer.scam_bios = reader
    return scorer, reader


def test_a_scam_bio_beside_one_copied_element_makes_an_impersonation() -> None:
    bio = "Welcome to Kingsmere General Hospital's page. Our wards are short of hands, start Monday, we sort it all."
    scorer, _ = reading(bio)
    fields = {"handle": "sunnyday44", "display_name": "Sunny Day", "description": bio}
    assert score_account(kingsmere_scorer(), **fields).verdict is Verdict.SUSPICIOUS
    verdict = score_account(scorer, **fields)
    assert verdict.verdict is Verdict.IMPERSONATION
    learned = next(item for item in verdict.evidence if item.name == "scam_bio")
    assert (learned.weight, learned.value, learned.kind) == (0.2, 0.9, "deception")


def test_an_appeal_under_a_charity_style_name_read_as_a_fake_appeal_is_impersonation() -> None:
    bio = "Emergency appeal: our hospital is in crisis. Please give what you can."
    scorer, _ = reading(bio)
    fields = {"handle": "kingsmere_charity_appeal", "display_name": "Kingsmere General Charity", "description": bio}
    assert score_account(kingsmere_scorer(), **fields).verdict is Verdict.SUSPICIOUS
    verdict = score_account(scorer, **fields)
    assert verdict.verdict is Verdict.IMPERSONATION
    assert "learned_fake_appeal" in {str(item.value) for item in verdict.evidence}


def test_an_appeal_taking_bank_transfers_is_a_fake_appeal_only_when_it_also_reads_as_one() -> None:
    friends = "Raising funds for a new scanner on the children's ward. Bank transfer details on request."
    crisis = "Our hospital is in crisis and staff are going hungry. Bank transfer details on request."
    scorer, _ = reading(crisis)
    # A handle of its own: the charity-style name is the only copy of the Trust.
    name = {"handle": "scanner_fund_72", "display_name": "Kingsmere General Charity"}
    # The way a League of Friends might take money is left to a person in the digest...
    plain = score_account(scorer, **name, description=friends)
    assert plain.verdict is Verdict.SUSPICIOUS
    assert "learned_fake_appeal" not in {str(item.value) for item in plain.evidence}
    # ...and the same way beside an appeal the reading takes for a fake one is a takedown.
    fake = score_account(scorer, **name, description=crisis)
    assert fake.verdict is Verdict.IMPERSONATION
    channel = next(item for item in fake.evidence if item.name == "donation_outside_charity")
    assert channel.value == "learned_fake_appeal"
    assert "bank details" in channel.text


@pytest.mark.parametrize(
    "bio",
    [
        "Patient Advice and Liaison at Kingsmere General. Refunds queries welcome. We will never ask for bank details.",
        "Kingsmere General Hospital Charity. Donate via our website only.",
        "Travel cost refunds for Kingsmere General patients are claimed in person at the cashier's office.",
    ],
    ids=["warns against scams", "own website", "in person"],
)
def test_the_reading_is_not_asked_about_bios_sending_money_through_the_organisations_own_channels(bio: str) -> None:
    scorer, reader = reading(bio)
    verdict = score_account(
        scorer, handle="kgh_money_help", display_name="Kingsmere General Money Help", description=bio
    )
    assert "scam_bio" not in evidence_names(verdict)
    assert "learned_fake_appeal" not in {str(item.value) for item in verdict.evidence}
    assert reader.asked == []


def test_the_reading_never_counts_without_the_trusts_identity() -> None:
    scorer, reader = reading(APPEAL)
    verdict = score_account(scorer, handle="winterheroes", display_name="Winter Heroes", description=APPEAL)
    assert verdict.verdict is Verdict.UNRELATED
    assert "scam_bio" not in evidence_names(verdict)
    assert reader.asked == []


def test_beside_listed_scam_wording_the_reading_adds_one_more_cue() -> None:
    bio = "Kingsmere General patient refunds. Claim yours via WhatsApp today"
    scorer, _ = reading(bio)
    verdict = score_account(scorer, handle="kingsmere_refunds", display_name="Kingsmere General", description=bio)
    weights = {item.name: item.weight for item in verdict.evidence}
    listed = len(next(item for item in verdict.evidence if item.name == "scam_content").value)
    assert weights["scam_bio"] == pytest.approx(min(0.4, [0.0, 0.2, 0.3, 0.4][listed] + 0.1) - weights["scam_content"])


def test_a_nameless_page_whose_bio_reads_as_a_scam_for_a_named_hospital_is_impersonation() -> None:
    bio = "Kingsmere General wards are short of hands. Start Monday, we sort everything, message us"
    scorer, _ = reading(bio)
    fields = {"handle": "ukcarestaffing", "display_name": "NHS Staffing Centre", "description": bio}
    assert score_account(kingsmere_scorer(), **fields).verdict is not Verdict.IMPERSONATION
    assert score_account(scorer, **fields).verdict is Verdict.IMPERSONATION


def test_the_trusts_own_account_is_official_whatever_its_bio_reads_as() -> None:
    scorer, _ = reading(SCAM)
    verdict = score_account(scorer, handle="KingsmereNHS", display_name="Kingsmere Valley", description=SCAM)
    assert verdict.verdict is Verdict.OFFICIAL


def test_prepare_reads_only_bios_beside_the_trusts_identity_or_a_nameless_service_name() -> None:
    scorer, reader = reading()
    accounts = [
        account_from_json({"platform": "x", "handle": h, "display_name": n, "description": d})
        for h, n, d in [
            ("kvh_news", "Kingsmere Valley Hospitals", "News from the wards"),
            ("gardener", "Pat", "Roses and rain"),
            ("helpdesk1", "Patient Help Desk", "We help"),
            ("KingsmereNHS", "Kingsmere Valley", "Our own account"),
        ]
    ]
    scorer.prepare(accounts, NOW)
    assert reader.prepared == [["News from the wards", "We help"]]
    assert scorer.scam_bios is reader


def test_check_accounts_prepares_in_batches_and_yields_what_it_read_before_a_bad_line() -> None:
    scorer, reader = reading()
    line = json.dumps({"platform": "x", "handle": "kvh_news", "display_name": "Kingsmere Valley Hospitals"})
    lines = [line] * (PREPARE_BATCH + 2) + ["{not json"]
    seen = 0
    with pytest.raises(AccountInputError, match=f"line {PREPARE_BATCH + 3}"):
        for _ in check_accounts(lines, scorer, NOW):
            seen += 1
    assert seen == PREPARE_BATCH + 2
    assert len(reader.prepared) == 2


def write_head(path: Path, **fields: object) -> Path:
    payload = {"encoder_fingerprint": "x", "threshold": 0.7, "bias": 0.0, "weights": [0.1] * 16} | fields
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"threshold": 1.5}, "threshold between 0 and 1"), ({"weights": "many"}, "not a number"), ({"bias": None}, "")],
)
def test_a_malformed_head_file_is_a_config_error_naming_it(
    tmp_path: Path, fields: dict[str, object], message: str
) -> None:
    path = write_head(tmp_path / "head.json", **fields)
    with pytest.raises(ConfigError, match=f"{path}.*{message}"):
        load_scam_bio_head(path)


def test_a_head_trained_on_another_encoder_is_refused(tmp_path: Path) -> None:
    encoder = SentenceEncoder(build_tiny_bert(tmp_path / "bert"), max_length=32)
    head = load_scam_bio_head(write_head(tmp_path / "head.json"))
    with pytest.raises(ConfigError, match="trained on another encoder"):
        ScamBioReader(head, encoder)
    reader = ScamBioReader(
        load_scam_bio_head(write_head(tmp_path / "h2.json", encoder_fingerprint=encoder.fingerprint)), encoder
    )
    texts = ["the nurse was kind", "the ward food was cold"]
    reader.prepare(texts)
    batched = [reader.probability(text) for text in texts]
    alone = ScamBioReader(reader.head, encoder)
    assert [alone.probability(text) for text in texts] == pytest.approx(batched, abs=1e-5)
    assert reader.probability("   ") == 0.0


def test_the_shipped_head_loads_on_the_builtin_encoder() -> None:
    head = load_scam_bio_head(HEAD_PATH)
    reader = builtin_scam_bio_reader()
    assert reader.head == head and len(head.weights) == reader.encoder.dimension
    assert 0.5 < head.threshold < 1.0
    assert 0.0 <= reader.probability(SCAM) <= 1.0


def test_the_encoder_is_loaded_only_when_a_bio_is_read(tmp_path: Path) -> None:
    loads: list[int] = []

    def load() -> SentenceEncoder:
        loads.append(1)
        return SentenceEncoder(build_tiny_bert(tmp_path / "bert"), max_length=32)

    fingerprint = load().fingerprint
    loads.clear()
    reader = ScamBioReader(load_scam_bio_head(write_head(tmp_path / "h.json", encoder_fingerprint=fingerprint)), load)
    reader.prepare([])
    assert reader.probability("") == 0.0
    assert loads == []
    reader.prepare(["the nurse was kind", "the ward food was cold"])
    reader.probability("the nurse was kind")
    assert loads == [1]
