"""Train the learned reading of scam bios (`classifiers/impersonation/scam_bio_head.json`).

    .venv/bin/python -m training.impersonation_scam_bios --public-profiles FILE

A logistic regression on the builtin encoder's mean-pooled bio embeddings (as `ScamBioReader` reads them): the
donation, refund / patient-support and jobs scams of every development set of evals/data/impersonation_nhs*
(the first set's dev Trusts only; sealed splits are never read) against every genuine account of those sets and
the real ordinary profiles in FILE (kept out of the repository). Invented accounts teach the head; it is graded
only on a new author's sealed set (docs/impersonation.md).

The threshold lets `ADJACENT_LET_THROUGH` of the NHS-adjacent bios through, read out of fold: each author's bios
are scored by a model fitted without that author's fold, so the threshold holds for a writer the head has not
seen rather than for the bios it was fitted on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from classifiers.encoder import SentenceEncoder, builtin_encoder_path
from classifiers.impersonation.scam_bios import BIO_TOKENS, HEAD_PATH, ScamBioHead
from classifiers.impersonation.scorer import readable_bio
from evals.impersonation import DEV_TRUSTS, SEALED, SETS, WHOLE_SET_SPLITS, read_jsonl

SCAM_TACTICS = frozenset({"donation_scam", "refund_patient_support_scam", "jobs_recruitment_scam"})
# Regularisation and the share of NHS-adjacent bios let through were fixed in decision 0104 before any reading.
C = 4.0
ADJACENT_LET_THROUGH = 0.005
FOLDS = 5


@dataclass(frozen=True)
class Bio:
    """One account's bio as the reader sees it, whose set (author) it is from and what it is."""

    text: str
    author: str
    scam: bool
    adjacent: bool
    record: dict[str, Any]


def bio_of(record: dict[str, Any]) -> str:
    """The record's bio as the scorer reads it (empty when it has none)."""
    return readable_bio(str(record["account"].get("description") or "")).strip()


def is_scam(record: dict[str, Any]) -> bool:
    """True for the impersonations tied to the Trust by what their bio offers."""
    return record["label"] == "impersonation" and record.get("tactic") in SCAM_TACTICS


def development_sets() -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each development set (author): its register (trusts.json) and its records of development Trusts."""
    sealed = {name for name, split in WHOLE_SET_SPLITS.items() if split in SEALED}
    found = {}
    for name, folder in SETS.items():
        if name in sealed:
            continue
        trusts = json.loads((folder / "trusts.json").read_text(encoding="utf-8"))
        keys = DEV_TRUSTS if name == "nhs" else tuple(key for key in trusts if not key.startswith("_"))
        found[name] = (trusts, [record for record in read_jsonl(folder / "accounts.jsonl") if record["trust"] in keys])
    return found


def public_author(record: dict[str, Any], authors: list[str]) -> str:
    """The author whose fold a real public profile joins, by a stable hash of its id."""
    digest = int(hashlib.sha256(str(record["id"]).encode()).hexdigest(), 16)
    return authors[digest % len(authors)]


def training_bios(
    sets: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]], public: list[dict[str, Any]]
) -> list[Bio]:
    """Every bio of the scams and the genuine accounts of `sets`, and the real profiles, each with its author."""
    bios = [
        Bio(text, name, is_scam(record), record.get("group") == "nhs_adjacent", record)
        for name, (_, records) in sets.items()
        for record in records
        if (is_scam(record) or record["label"] == "genuine") and (text := bio_of(record))
    ]
    authors = sorted(sets)
    bios += [
        Bio(text, public_author(record, authors), False, False, record) for record in public if (text := bio_of(record))
    ]
    return bios


def bio_encoder() -> SentenceEncoder:
    """The builtin encoder as `builtin_scam_bio_reader` runs it."""
    return SentenceEncoder(builtin_encoder_path(), batch_size=64, max_length=BIO_TOKENS)


def embed(encoder: SentenceEncoder, texts: list[str]) -> dict[str, np.ndarray]:
    """Each distinct text's unit-length mean embedding."""
    distinct = sorted(set(texts))
    vectors = encoder.encode(distinct)["mean"].float().numpy()
    return dict(zip(distinct, vectors, strict=True))


def _model() -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced")


def fit_head(bios: list[Bio], vectors: dict[str, np.ndarray], fingerprint: str) -> ScamBioHead:
    """Fit the head on `bios`, its threshold read out of fold on their NHS-adjacent bios."""
    features = np.stack([vectors[item.text] for item in bios])
    labels = np.array([item.scam for item in bios])
    groups = np.array([item.author for item in bios])
    out_of_fold = np.zeros(len(bios))
    for train, held in GroupKFold(n_splits=min(FOLDS, len(set(groups)))).split(features, labels, groups):
        out_of_fold[held] = _model().fit(features[train], labels[train]).predict_proba(features[held])[:, 1]
    adjacent = np.array([item.adjacent for item in bios])
    threshold = float(np.quantile(out_of_fold[adjacent], 1.0 - ADJACENT_LET_THROUGH))
    model = _model().fit(features, labels)
    return ScamBioHead(
        weights=tuple(float(value) for value in model.coef_[0]),
        bias=float(model.intercept_[0]),
        threshold=round(threshold, 6),
        encoder_fingerprint=fingerprint,
        trained={
            "authors": sorted({item.author for item in bios}),
            "scam_bios": int(labels.sum()),
            "genuine_bios": int((~labels).sum()),
            "nhs_adjacent_bios": int(adjacent.sum()),
            "C": C,
            "adjacent_let_through": ADJACENT_LET_THROUGH,
            "out_of_fold_scam_recall": round(float((out_of_fold[labels] >= threshold).mean()), 4),
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--public-profiles", type=Path, required=True, help="the real ordinary profiles (JSON lines)")
    parser.add_argument("--out", type=Path, default=HEAD_PATH, help=f"where the head is written (default {HEAD_PATH})")
    args = parser.parse_args()
    sets = development_sets()
    bios = training_bios(sets, read_jsonl(args.public_profiles))
    encoder = bio_encoder()
    head = fit_head(bios, embed(encoder, [item.text for item in bios]), encoder.fingerprint)
    args.out.write_text(head.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out}: threshold {head.threshold:.4f}; {json.dumps(head.trained)}")


if __name__ == "__main__":
    main()
