"""Complaint and safeguarding on real NHS patient text: a model on one named split, beside its baselines.

    HF_HUB_OFFLINE=1 .venv/bin/python -m evals.risk --split dev
    HF_HUB_OFFLINE=1 .venv/bin/python -m evals.risk --split dev --heads /tmp/candidate
    HF_HUB_OFFLINE=1 .venv/bin/python -m evals.risk --split sealed --read-sealed   # once (docs/decisions/0012)

The texts are the labelled real texts of the split (`training/labels/risk_real.jsonl` joined to the pools
in ../shared by `training.real_text`); ordinary tweets are TweetEval sentiment `val`, where almost no
tweet is a safeguarding matter, so every tweet flagged counts as a false alert (thresholds are chosen
with the tweets of the sentiment `train` dev fold instead, never with `val`). Three models are scored
on the same texts:

* the model: a head directory (default: the committed `classifiers/heads`), run as `trustwatch classify`
  runs it, at the thresholds its `heads.json` records (URGENT, review, complaint);
* previous: the committed heads at `--previous` (a git revision; default: the model before real-text
  training), at its own thresholds and at thresholds chosen on real dev by the same rule as the model's
  (training/thresholds.py), so a better figure cannot come from re-thresholding alone;
* VADER: the lexicon's negativity, (1 - compound) / 2, as the score for both risks, at dev-chosen thresholds.

Thresholds "chosen on dev" read the dev split even when `--split sealed` is measured; on `--split dev`
they are chosen and measured on the same texts, so those rows are optimistic and marked so.

Per model: safeguarding average precision and ROC AUC; URGENT precision, recall and false alerts per
100 ordinary mentions (texts of the split that are not safeguarding); the review list (between the
tiers) in posts and false alerts per 100; recall of both tiers together; the share of ordinary tweets
made URGENT or put on the review list; recall by kind of disclosure; complaint precision, recall and F1,
and recall on long complaints (over 1,000 characters) and on complaints naming PALS, the CQC, the
Ombudsman or a formal complaint. For the model, the keys (never the text) of missed disclosures.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

from classifiers.encoder import PRECISIONS, apply_threads
from classifiers.model import DELTA_FILE, METADATA_FILE, WEIGHTS_FILE
from classifiers.sentiment import HEADS_DIR, load_builtin
from training.calibrate import dev_tweets
from training.finetune import read_tweeteval
from training.real_text import DEFAULT_DATA_DIR, RiskExample, load_risk
from training.thresholds import ThresholdRule, Thresholds, choose_thresholds
from trustwatch.settings import ClassifierSettings

# The committed model before any real text was trained on (issue 16 started from it).
PREVIOUS_REVISION = "bd93923"
LONG_COMPLAINT = 1000
FORMAL_ROUTE = re.compile(r"\b(PALS|CQC|Care Quality Commission|ombudsman|formal complaint)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Scores:
    """One model's complaint and safeguarding scores on the split, on dev and on the ordinary tweets."""

    complaint: np.ndarray
    safeguarding: np.ndarray
    dev_complaint: np.ndarray
    dev_safeguarding: np.ndarray
    tweet_safeguarding: np.ndarray
    dev_tweet_safeguarding: np.ndarray


@dataclass(frozen=True)
class Texts:
    """The split measured, the dev split thresholds are chosen on, and ordinary tweets to measure and to choose on."""

    split: list[RiskExample]
    dev: list[RiskExample]
    tweets: list[str]
    dev_tweets: list[str]


Scorer = Callable[[Sequence[str]], tuple[np.ndarray, np.ndarray]]


def builtin_scorer(heads_dir: Path, settings: ClassifierSettings) -> Scorer:
    """(complaint, safeguarding) scores from a head directory, loaded as `trustwatch classify` loads it."""
    classifier = load_builtin(settings, heads_dir)

    def score(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        results = classifier.classify(list(texts))
        complaint = [result.heads["complaint"]["scores"]["complaint"] for result in results]
        safeguarding = [result.heads["safeguarding"]["scores"]["safeguarding"] for result in results]
        return np.array(complaint), np.array(safeguarding)

    return score


def vader_scorer() -> Scorer:
    """VADER's negativity, (1 - compound) / 2, as both scores: all a sentiment lexicon can offer."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()

    def score(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        negativity = np.array([(1.0 - analyzer.polarity_scores(text)["compound"]) / 2.0 for text in texts])
        return negativity, negativity

    return score


def scores_of(scorer: Scorer, texts: Texts, same_split: bool) -> Scores:
    """Score the split, dev (unless it is the split) and both sets of tweets."""
    complaint, safeguarding = scorer([example.text for example in texts.split])
    if same_split:
        dev_complaint, dev_safeguarding = complaint, safeguarding
    else:
        dev_complaint, dev_safeguarding = scorer([example.text for example in texts.dev])
    _, tweets = scorer(texts.tweets)
    _, dev_tweets = scorer(texts.dev_tweets)
    return Scores(complaint, safeguarding, dev_complaint, dev_safeguarding, tweets, dev_tweets)


def recorded_thresholds(heads_dir: Path) -> Thresholds:
    """The thresholds a head directory's heads.json records (no review tier: review = URGENT)."""
    heads = json.loads((heads_dir / METADATA_FILE).read_text(encoding="utf-8"))["heads"]
    safeguarding = heads["safeguarding"]["training"]
    urgent = float(safeguarding["threshold"])
    return Thresholds(
        urgent=urgent,
        review=float(safeguarding.get("review_threshold", urgent)),
        complaint=float(heads["complaint"]["training"]["threshold"]),
    )


def dev_thresholds(texts: Texts, scores: Scores, rule: ThresholdRule) -> Thresholds:
    """Thresholds chosen on real dev by the rule the model's thresholds were chosen by."""
    return choose_thresholds(
        np.array([example.safeguarding for example in texts.dev]),
        scores.dev_safeguarding,
        scores.dev_tweet_safeguarding,
        np.array([example.complaint for example in texts.dev]),
        scores.dev_complaint,
        rule,
    )


def heads_at_revision(revision: str, directory: Path) -> Path:
    """The committed heads at a git revision, written into `directory`."""
    root = Path(__file__).resolve().parents[1]
    for name in (METADATA_FILE, WEIGHTS_FILE, DELTA_FILE):
        shown = subprocess.run(
            ["git", "show", f"{revision}:classifiers/heads/{name}"], cwd=root, capture_output=True, check=False
        )
        if shown.returncode != 0:
            if name == DELTA_FILE:
                continue
            raise SystemExit(f"git show {revision}:classifiers/heads/{name}: {shown.stderr.decode().strip()}")
        (directory / name).write_bytes(shown.stdout)
    return directory


def per_100(count: int, of: int) -> float:
    """`count` per 100 of `of`."""
    return 100.0 * count / of if of else 0.0


def ratio(numerator: int, denominator: int) -> str:
    """`0.750 (15/20)`."""
    value = numerator / denominator if denominator else 0.0
    return f"{value:.3f} ({numerator}/{denominator})"


def tier_name(score: float, thresholds: Thresholds) -> str:
    """URGENT, review or missed, for a safeguarding score."""
    if score >= thresholds.urgent:
        return "URGENT"
    return "review" if score >= thresholds.review else "missed"


def print_figures(name: str, texts: Texts, scores: Scores, thresholds: Thresholds, *, keys: bool = False) -> None:
    """Every figure of one model at one set of thresholds."""
    examples = texts.split
    truth = np.array([example.safeguarding for example in examples])
    ordinary = int(np.sum(truth == 0))
    urgent = scores.safeguarding >= thresholds.urgent
    listed = (scores.safeguarding >= thresholds.review) & ~urgent
    both = urgent | listed
    print(
        f"\n{name}: URGENT >= {thresholds.urgent:g}, review list >= {thresholds.review:g}, "
        f"complaint >= {thresholds.complaint:g}"
    )
    print(
        f"  safeguarding ({int(truth.sum())} of {len(truth)}): average precision "
        f"{average_precision_score(truth, scores.safeguarding):.3f}, "
        f"ROC AUC {roc_auc_score(truth, scores.safeguarding):.3f}"
    )
    print(
        f"    URGENT: precision {ratio(int(np.sum(urgent & (truth == 1))), int(urgent.sum()))}, "
        f"recall {ratio(int(np.sum(urgent & (truth == 1))), int(truth.sum()))}, "
        f"false alerts {per_100(int(np.sum(urgent & (truth == 0))), ordinary):.2f} per 100 ordinary mentions"
    )
    print(
        f"    review list: {int(listed.sum())} posts ({int(np.sum(listed & (truth == 1)))} disclosures), "
        f"false alerts {per_100(int(np.sum(listed & (truth == 0))), ordinary):.2f} per 100 ordinary mentions"
    )
    print(
        f"    both tiers: recall {ratio(int(np.sum(both & (truth == 1))), int(truth.sum()))}, "
        f"false alerts {per_100(int(np.sum(both & (truth == 0))), ordinary):.2f} per 100 ordinary mentions"
    )
    tweets = scores.tweet_safeguarding
    print(
        f"    ordinary tweets ({len(tweets)}): URGENT {100 * np.mean(tweets >= thresholds.urgent):.2f}%, "
        f"review list {100 * np.mean((tweets >= thresholds.review) & (tweets < thresholds.urgent)):.2f}%"
    )
    kinds = sorted({str(example.sg_kind) for example in examples if example.safeguarding})
    by_kind = []
    for kind in kinds:
        rows = np.array([example.safeguarding == 1 and str(example.sg_kind) == kind for example in examples])
        by_kind.append(f"{kind} {int(np.sum(urgent & rows))}+{int(np.sum(listed & rows))}/{int(rows.sum())}")
    print(f"    by kind (URGENT+review/all): {', '.join(by_kind)}")
    if keys:
        missed = [
            f"{example.key} ({example.sg_kind})"
            for example, caught in zip(examples, both, strict=True)
            if example.safeguarding and not caught
        ]
        late = [
            f"{example.key} ({example.sg_kind})"
            for example, is_urgent, is_listed in zip(examples, urgent, listed, strict=True)
            if example.safeguarding and is_listed and not is_urgent
        ]
        print(f"    missed by both tiers: {', '.join(missed) or 'none'}")
        print(f"    on the review list only: {', '.join(late) or 'none'}")
        # Every explicit statement of intent to end one's life must be URGENT: these are the texts to check.
        self_risk = [
            f"{example.key} {score:.3f} {tier_name(score, thresholds)}"
            for example, score in zip(examples, scores.safeguarding, strict=True)
            if example.safeguarding and example.sg_kind == "self_risk"
        ]
        print(f"    self_risk disclosures (key, score, tier): {'; '.join(self_risk) or 'none'}")

    complaint_truth = np.array([example.complaint for example in examples])
    flagged = scores.complaint >= thresholds.complaint
    hits = int(np.sum(flagged & (complaint_truth == 1)))
    precision = hits / flagged.sum() if flagged.sum() else 0.0
    recall = hits / complaint_truth.sum() if complaint_truth.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"  complaint ({int(complaint_truth.sum())} of {len(complaint_truth)}): average precision "
        f"{average_precision_score(complaint_truth, scores.complaint):.3f}; precision "
        f"{ratio(hits, int(flagged.sum()))}, recall {ratio(hits, int(complaint_truth.sum()))}, F1 {f1:.3f}, "
        f"false alerts {per_100(int(np.sum(flagged & (complaint_truth == 0))), int(np.sum(complaint_truth == 0))):.2f}"
        " per 100 non-complaints"
    )
    for label, rows in (
        ("long (> 1,000 characters)", np.array([len(example.text) > LONG_COMPLAINT for example in examples])),
        ("naming PALS/CQC/Ombudsman", np.array([bool(FORMAL_ROUTE.search(example.text)) for example in examples])),
    ):
        chosen = rows & (complaint_truth == 1)
        print(f"    recall on complaints {label}: {ratio(int(np.sum(flagged & chosen)), int(chosen.sum()))}")


def main(argv: Sequence[str] | None = None) -> int:
    """Score the split with the model, the previous model and VADER; print every figure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", required=True, choices=["train", "dev", "sealed"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder holding nhs_feedback/, nhs_fft/")
    parser.add_argument("--heads", type=Path, default=HEADS_DIR, help="the model's head directory")
    parser.add_argument("--previous", default=PREVIOUS_REVISION, help="git revision of the previous model")
    parser.add_argument("--no-baselines", action="store_true", help="score only the model")
    parser.add_argument("--read-sealed", action="store_true", help="required with --split sealed")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--precision", default="float32", choices=["auto", *PRECISIONS])
    args = parser.parse_args(argv)
    if args.split == "sealed" and not args.read_sealed:
        raise SystemExit(
            "--split sealed is read once, for the adopted model, by the rule in docs/decisions: add --read-sealed"
        )

    started = time.perf_counter()
    apply_threads(args.threads)
    settings = ClassifierSettings(threads=args.threads, precision=args.precision)
    same_split = args.split == "dev"
    examples = load_risk([args.split], args.data)
    texts = Texts(
        split=examples,
        dev=examples if same_split else load_risk(["dev"], args.data),
        tweets=read_tweeteval(args.data, "sentiment", "val").texts,
        dev_tweets=dev_tweets(args.data),
    )
    rule = ThresholdRule()
    chosen_note = " (chosen and measured on dev: optimistic)" if same_split else ""
    print(f"split {args.split}: {len(examples)} real texts; rule {rule.record()}")

    model = scores_of(builtin_scorer(args.heads, settings), texts, same_split)
    print_figures(f"model {args.heads}", texts, model, recorded_thresholds(args.heads), keys=True)
    if not args.no_baselines:
        with tempfile.TemporaryDirectory() as scratch:
            previous_dir = heads_at_revision(args.previous, Path(scratch))
            # It read one window of 256 tokens, as it was measured and shipped.
            previous_settings = settings.model_copy(update={"max_length": 256})
            previous = scores_of(builtin_scorer(previous_dir, previous_settings), texts, same_split)
            print_figures(
                f"previous model ({args.previous}), its own thresholds",
                texts,
                previous,
                recorded_thresholds(previous_dir),
            )
        print_figures(
            f"previous model ({args.previous}), thresholds by the rule{chosen_note}",
            texts,
            previous,
            dev_thresholds(texts, previous, rule),
        )
        vader = scores_of(vader_scorer(), texts, same_split)
        print_figures(f"VADER, thresholds by the rule{chosen_note}", texts, vader, dev_thresholds(texts, vader, rule))
    print(f"\n{time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
