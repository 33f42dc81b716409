"""Would a learned reading of bios carry scam detection to a new author? Leave one author's set out at a time.

    .venv/bin/python -m evals.impersonation_bio_signal --public-profiles FILE

Every development set of evals/data/impersonation_nhs* (the first set's dev Trusts only: its sealed split is never
read here) is one author. For each author in turn, a logistic regression on the builtin encoder's mean-pooled bio
embeddings is fitted on every other author's bios: the donation, refund / patient-support and jobs scams against
every genuine account. Its threshold lets 0.5% of the other authors' NHS-adjacent bios through. On the held-out
author it reports how many scam bios it reads as scams, how many of those the rules of
classifiers/impersonation miss today, and how many NHS-adjacent and real ordinary bios it would wrongly read as
scams. Bios only: in the detector such a signal would count beside a copied identity element, as scam wording does.
It measures a candidate signal on invented accounts by independent authors; it is not a figure of the detector.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from classifiers.encoder import SentenceEncoder, builtin_encoder_path
from evals.impersonation import DEV_TRUSTS, SEALED, SETS, WHOLE_SET_SPLITS, build_scorers, read_jsonl, score_split

SCAM_TACTICS = frozenset({"donation_scam", "refund_patient_support_scam", "jobs_recruitment_scam"})
GENUINE_LET_THROUGH = 0.995


def development_sets() -> dict[str, list[dict[str, Any]]]:
    """Each development set's records with a bio, scored by today's rules (`rule_verdict` added)."""
    sealed = {name for name, split in WHOLE_SET_SPLITS.items() if split in SEALED}
    found = {}
    for name, folder in SETS.items():
        if name in sealed:
            continue
        trusts = json.loads((folder / "trusts.json").read_text(encoding="utf-8"))
        keys = DEV_TRUSTS if name == "nhs" else tuple(key for key in trusts if not key.startswith("_"))
        records = [record for record in read_jsonl(folder / "accounts.jsonl") if record["trust"] in keys]
        with tempfile.TemporaryDirectory() as workdir:
            scorers = build_scorers(trusts, keys, Path(workdir))
        for record, scored in zip(records, score_split(records, scorers, keys), strict=True):
            record["rule_verdict"] = scored.verdict
        found[name] = [record for record in records if (record["account"].get("description") or "").strip()]
    return found


def embed(texts: list[str]) -> np.ndarray:
    """The builtin encoder's mean-pooled, unit-length embeddings of `texts` (bios: the first 96 tokens)."""
    encoder = SentenceEncoder(builtin_encoder_path(), batch_size=128, max_length=96)
    return encoder.encode(texts)["mean"].float().numpy()


def bio(record: dict[str, Any]) -> str:
    """The account's bio, stripped."""
    return str(record["account"].get("description") or "").strip()


def is_scam(record: dict[str, Any]) -> bool:
    """True for the impersonations tied to the Trust by what their bio offers."""
    return record["label"] == "impersonation" and record.get("tactic") in SCAM_TACTICS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--public-profiles", type=Path, required=True, help="the real ordinary profiles (JSON lines)")
    args = parser.parse_args()
    sets = development_sets()
    public = [text for record in read_jsonl(args.public_profiles) if (text := bio(record))]
    texts = sorted({bio(record) for records in sets.values() for record in records} | set(public))
    index = {text: row for row, text in enumerate(texts)}
    vectors = embed(texts)
    public_vectors = vectors[[index[text] for text in public]]

    def vectors_of(records: list[dict[str, Any]]) -> np.ndarray:
        return vectors[[index[bio(record)] for record in records]]

    totals = np.zeros(6, dtype=int)
    print(f"{'held out':9} {'scam bios read':>15} {'rule misses read':>17} {'NHS-adjacent':>13} {'real public':>12}")
    for held in sets:
        train = [
            record
            for name, records in sets.items()
            if name != held
            for record in records
            if is_scam(record) or record["label"] == "genuine"
        ]
        model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
        model.fit(vectors_of(train), np.array([is_scam(record) for record in train]))
        adjacent = [record for record in train if record.get("group") == "nhs_adjacent"]
        threshold = float(np.quantile(model.predict_proba(vectors_of(adjacent))[:, 1], GENUINE_LET_THROUGH))
        scams = [record for record in sets[held] if is_scam(record)]
        held_adjacent = [record for record in sets[held] if record.get("group") == "nhs_adjacent"]
        read = model.predict_proba(vectors_of(scams))[:, 1] >= threshold
        missed = np.array([record["rule_verdict"] != "impersonation" for record in scams])
        adjacent_read = int((model.predict_proba(vectors_of(held_adjacent))[:, 1] >= threshold).sum())
        public_read = int((model.predict_proba(public_vectors)[:, 1] >= threshold).sum())
        counts = np.array(
            [read.sum(), len(scams), (read & missed).sum(), missed.sum(), adjacent_read, len(held_adjacent)]
        )
        totals += counts
        print(
            f"{held:9} {counts[0]:>7}/{counts[1]:<7} {counts[2]:>8}/{counts[3]:<8}"
            f" {adjacent_read:>6}/{len(held_adjacent):<6} {public_read:>5}/{len(public)}"
        )
    print(f"{'all':9} {totals[0]:>7}/{totals[1]:<7} {totals[2]:>8}/{totals[3]:<8} {totals[4]:>6}/{totals[5]:<6}")


if __name__ == "__main__":
    main()
