"""Measure the committed builtin classifier (as `trustwatch classify` loads it) next to VADER.

    HF_HUB_OFFLINE=1 .venv/bin/python -m evals.sentiment --data /work/shared/data \\
        --risk training/data/risk_examples.jsonl --holdout training/data/risk_holdout.jsonl

Every split here is one the training script never trained on or chose with:

* TweetEval sentiment `val`: 3-class macro-averaged recall (TweetEval's metric);
* NHS FFT held-out fold (20% by text hash, the fold training/finetune.py never sees):
  positive-vs-negative balanced recall and 3-class macro recall;
* TweetEval offensive and hate `val`: macro-F1 of the abuse head's own label, and of the abuse
  score the record reports (the higher of the two), at the configured abuse threshold;
* the risk examples' `test` split (unless the heads were fitted on it), and with `--holdout` the
  sealed holdout (`risk_holdout.jsonl`, written before the model was trained and read once per
  adopted model): precision and recall per class at the configured thresholds.

VADER is measured in the same run on the same texts (compound >= 0.05 positive, <= -0.05
negative; for abuse, compound <= -0.05 counted as abusive).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np

from classifiers.encoder import PRECISIONS, apply_threads
from classifiers.model import SENTIMENT_LABELS, TextScores
from classifiers.risk import check_thresholds, default_thresholds, risk_labels
from classifiers.sentiment import load_builtin
from training.finetune import (
    ABUSE_LABELS,
    HELD_OUT_PERCENT,
    RISK_LABELS,
    Split,
    binary_counts,
    format_metrics,
    read_fft,
    read_risk_examples,
    read_risk_holdout,
    read_tweeteval,
    sentiment_metrics,
    text_bucket,
    vader_probabilities,
)
from trustwatch.settings import ClassifierSettings


def sentiment_matrix(results: list[TextScores]) -> np.ndarray:
    """(n, 3) probabilities in negative, neutral, positive order."""
    return np.array([[result.sentiment["scores"][label] for label in SENTIMENT_LABELS] for result in results])


def main() -> int:
    """Classify every evaluation split with the committed model and print the figures beside VADER's."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder holding tweeteval/ and nhs_fft/")
    parser.add_argument("--risk", type=Path, required=True, help="training/data/risk_examples.jsonl")
    parser.add_argument("--holdout", type=Path, help="training/data/risk_holdout.jsonl, the sealed holdout")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--precision", default="auto", choices=["auto", *PRECISIONS])
    for risk, default in default_thresholds().items():
        parser.add_argument(f"--{risk}-threshold", type=float, default=default)
    args = parser.parse_args()
    thresholds = check_thresholds({risk: getattr(args, f"{risk}_threshold") for risk in default_thresholds()})

    started = time.perf_counter()
    # The committed builtin model, loaded as `trustwatch classify` loads it (threads applied first).
    apply_threads(args.threads)
    classifier = load_builtin(
        ClassifierSettings(
            batch_size=args.batch_size, max_length=args.max_length, threads=args.threads, precision=args.precision
        )
    )
    print(
        f"model: {classifier.name} version {classifier.version} ({classifier.encoder.precision}); "
        f"thresholds {thresholds}"
    )

    fft = read_fft(args.data)
    fft_held_out = fft.subset(np.array([text_bucket(text) < HELD_OUT_PERCENT for text in fft.texts]), "fft-held-out")
    sentiment_splits = [read_tweeteval(args.data, "sentiment", "val"), fft_held_out]
    print("\nsentiment (model | VADER)")
    for split in sentiment_splits:
        model = sentiment_metrics(split.labels, sentiment_matrix(classifier.classify(split.texts)))
        vader = sentiment_metrics(split.labels, vader_probabilities(split.texts))
        print(f"  {split.name:>24} ({len(split.texts)}): {format_metrics(model)} | VADER {format_metrics(vader)}")

    print(f"\nabuse at threshold {thresholds['abuse']:g} (model | VADER compound <= -0.05)")
    for task in ABUSE_LABELS:
        abuse_val: Split = read_tweeteval(args.data, task, "val")
        results = classifier.classify(abuse_val.texts)
        own = np.array([result.heads["abuse"]["scores"][task] for result in results])
        record = np.array([risk_labels(result.extras, thresholds)["abuse"][0] for result in results])
        vader_abusive = vader_probabilities(abuse_val.texts)[:, 0] == 1.0
        truth = abuse_val.labels
        print(
            f"  {abuse_val.name:>24} ({len(truth)}): {task} label macro_f1="
            f"{binary_counts(truth, (own >= thresholds['abuse']).astype(np.int64))['macro_f1']:.3f}; "
            f"abuse record {format_metrics(binary_counts(truth, record.astype(np.int64)))} | "
            f"VADER macro_f1={binary_counts(truth, vader_abusive.astype(np.int64))['macro_f1']:.3f}"
        )

    _, risk_test = read_risk_examples(args.risk)
    risk_parts = []
    fitted = classifier.heads.heads["safeguarding"].training.get("fitted_splits", ["train"])
    if "test" in fitted:
        print(f"\nthe risk examples' test split: not measured, these heads were fitted on {'+'.join(fitted)}")
    else:
        risk_parts.append((risk_test, "the risk examples' test split"))
    if args.holdout is not None:
        risk_parts.append((read_risk_holdout(args.holdout), "the sealed holdout"))
    for part, description in risk_parts:
        print(f"\ncomplaint and safeguarding on {description} ({len(part.texts)} posts)")
        print_risk_figures(part, classifier.classify(part.texts), thresholds)
    print(f"\n{time.perf_counter() - started:.0f}s")
    return 0


def print_risk_figures(part: Split, results: list[TextScores], thresholds: dict[str, float]) -> None:
    """Precision and recall per risk at its threshold, with the kinds of the posts it missed."""
    for column, label in enumerate(RISK_LABELS):
        predicted = np.array([risk_labels(result.extras, thresholds)[label][0] for result in results])
        truth = part.labels[:, column]
        counts = binary_counts(truth, predicted.astype(np.int64))
        kinds = part.extra["kind"]
        missed = dict(
            sorted(Counter(str(k) for k, t, p in zip(kinds, truth, predicted, strict=True) if t and not p).items())
        )
        print(
            f"  {label:>24} (threshold {thresholds[label]:g}, {int(truth.sum())} positive, "
            f"{int(predicted.sum())} flagged): {format_metrics(counts)}; missed {missed or 'none'}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
