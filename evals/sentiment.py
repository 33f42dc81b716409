"""The sentiment and abuse guards: the committed builtin classifier (as `trustwatch classify` loads it) next to VADER.

    HF_HUB_OFFLINE=1 .venv/bin/python -m evals.sentiment --data ../shared/data

Every split here is one the training script never trained on or chose with:

* TweetEval sentiment `val`: 3-class macro-averaged recall (TweetEval's metric). The guard in the
  issue is on TweetEval's `test` split, which is not available offline here: `val` stands in for it;
* NHS FFT held-out fold (20% by text hash, the fold training/finetune.py never sees):
  positive-vs-negative balanced recall and 3-class macro recall;
* TweetEval offensive and hate `val`: macro-F1 of the abuse head's own label, and of the abuse
  score the record reports (the higher of the two), at the configured abuse threshold.

Complaint and safeguarding are measured on real patient text by evals/risk.py. VADER is measured in
the same run on the same texts (compound >= 0.05 positive, <= -0.05 negative; for abuse, compound
<= -0.05 counted as abusive).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from classifiers.encoder import PRECISIONS, apply_threads
from classifiers.model import SENTIMENT_LABELS, TextScores
from classifiers.risk import check_thresholds, default_thresholds, risk_labels
from classifiers.sentiment import load_builtin
from training.finetune import (
    ABUSE_LABELS,
    HELD_OUT_PERCENT,
    Split,
    binary_counts,
    format_metrics,
    read_fft,
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
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=ClassifierSettings().max_length)
    parser.add_argument("--precision", default="auto", choices=["auto", *PRECISIONS])
    parser.add_argument("--abuse-threshold", type=float, default=default_thresholds()["abuse"])
    args = parser.parse_args()
    thresholds = check_thresholds({"abuse": args.abuse_threshold})

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

    print(f"\n{time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
