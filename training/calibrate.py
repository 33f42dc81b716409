"""Choose trained heads' complaint threshold and both safeguarding tiers on real dev text, and record them.

    HF_HUB_OFFLINE=1 .venv/bin/python -m training.calibrate --heads classifiers/heads [--dry-run]

The heads are loaded as `trustwatch classify` loads them (float32, default settings, long texts in
windows) and score the real `dev` split (`training/labels/risk_real.jsonl`) and the ordinary tweets of
the TweetEval sentiment dev fold (10% of `train` by text hash, never trained on). The rules in
training/thresholds.py (docs/decisions/0011-risk-thresholds.md) turn the scores into thresholds:
URGENT safeguarding for precision, the review list for recall, complaint for precision.

`heads.json` gets the thresholds (`safeguarding.training.threshold` and `review_threshold`,
`complaint.training.threshold`), the rule, and the dev figures at them; the heads' version changes
with it, so results stay traceable. training/finetune.py calls this at the end of every run; run it
alone after changing a rule. The `sealed` split is never read here.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.model import METADATA_FILE, heads_version
from classifiers.sentiment import HEADS_DIR, load_builtin
from training.finetune import DEV_PERCENT, read_tweeteval, text_bucket
from training.real_text import DEFAULT_DATA_DIR, load_risk
from training.thresholds import ThresholdRule, Thresholds, choose_thresholds, counts_at
from trustwatch.settings import ClassifierSettings


def dev_tweets(data: Path) -> list[str]:
    """The TweetEval sentiment dev fold: ordinary tweets no head was trained on."""
    tweets = read_tweeteval(data, "sentiment", "train").texts
    return [text for text in tweets if text_bucket(text) < DEV_PERCENT]


def scores(heads_dir: Path, texts: Sequence[str], threads: int) -> tuple[np.ndarray, np.ndarray]:
    """(complaint, safeguarding) probabilities of each text, from the heads as `trustwatch classify` loads them."""
    # float32, as finetune.py measures: a threshold belongs to the model, not to this CPU.
    classifier = load_builtin(ClassifierSettings(threads=threads, precision="float32"), heads_dir)
    results = classifier.classify(list(texts))
    return (
        np.array([result.heads["complaint"]["scores"]["complaint"] for result in results]),
        np.array([result.heads["safeguarding"]["scores"]["safeguarding"] for result in results]),
    )


def tier_figures(
    truth: np.ndarray,
    complaint_truth: np.ndarray,
    found: tuple[np.ndarray, np.ndarray],
    tweets: np.ndarray,
    at: Thresholds,
) -> dict[str, Any]:
    """What the thresholds do on dev: per tier precision, recall and false alerts per 100 ordinary texts."""
    complaint, safeguarding = found
    ordinary = int(np.sum(truth == 0))
    urgent_hits, urgent_flagged, positives = counts_at(truth, safeguarding, at.urgent)
    both_hits, both_flagged, _ = counts_at(truth, safeguarding, at.review)
    complaint_hits, complaint_flagged, complaints = counts_at(complaint_truth, complaint, at.complaint)
    return {
        "texts": len(truth),
        "safeguarding_positives": positives,
        "urgent": {
            "precision": urgent_hits / urgent_flagged if urgent_flagged else 0.0,
            "recall": urgent_hits / positives if positives else 0.0,
            "false_alerts_per_100": 100.0 * (urgent_flagged - urgent_hits) / ordinary,
        },
        "both_tiers": {
            "recall": both_hits / positives if positives else 0.0,
            "false_alerts_per_100": 100.0 * (both_flagged - both_hits) / ordinary,
        },
        "dev_tweets_urgent_share": float(np.mean(tweets >= at.urgent)) if len(tweets) else 0.0,
        "complaint": {
            "positives": complaints,
            "precision": complaint_hits / complaint_flagged if complaint_flagged else 0.0,
            "recall": complaint_hits / complaints if complaints else 0.0,
        },
    }


def calibrate(
    heads_dir: Path,
    data: Path = DEFAULT_DATA_DIR,
    *,
    rule: ThresholdRule | None = None,
    threads: int = 1,
    limit: int = 0,
    dry_run: bool = False,
) -> str:
    """Choose the thresholds on real dev by `rule`, write them into heads.json (unless a dry run); the version."""
    rule = rule or ThresholdRule()
    path = heads_dir / METADATA_FILE
    try:
        metadata: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        records = {risk: metadata["heads"][risk]["training"] for risk in ("complaint", "safeguarding")}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SystemExit(f"{path}: no complaint and safeguarding heads with training records ({error})") from None
    dev = load_risk(["dev"], data)
    tweets = dev_tweets(data)
    if limit:
        dev, tweets = dev[:limit], tweets[:limit]
    truth = np.array([example.safeguarding for example in dev])
    complaint_truth = np.array([example.complaint for example in dev])
    found = scores(heads_dir, [example.text for example in dev], threads)
    _, tweet_scores = scores(heads_dir, tweets, threads)
    chosen = choose_thresholds(truth, found[1], tweet_scores, complaint_truth, found[0], rule)
    figures = tier_figures(truth, complaint_truth, found, tweet_scores, chosen)
    print(
        f"real dev ({len(dev)} texts, {int(truth.sum())} safeguarding, {int(complaint_truth.sum())} complaints), "
        f"{len(tweets)} dev tweets: URGENT {chosen.urgent:g}, review {chosen.review:g}, complaint {chosen.complaint:g}"
    )
    print(f"  {json.dumps(figures)}")
    if dry_run:
        return heads_version(heads_dir)
    calibration = {
        "script": "training/calibrate.py",
        "on": "training/labels/risk_real.jsonl split=dev; TweetEval sentiment train dev fold (ordinary tweets)",
        "rule": rule.record(),
        "dev": figures,
    }
    records["safeguarding"].update(threshold=chosen.urgent, review_threshold=chosen.review, calibration=calibration)
    records["complaint"].update(threshold=chosen.complaint, calibration=calibration)
    path.write_text(json.dumps(metadata, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    version = heads_version(heads_dir)
    print(f"wrote {path} (version {version})")
    return version


def main(argv: Sequence[str] | None = None) -> int:
    """Calibrate the heads named on the command line."""
    defaults = ThresholdRule()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heads", type=Path, default=HEADS_DIR)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--urgent-precision", type=float, default=defaults.urgent_precision)
    parser.add_argument("--review-recall", type=float, default=defaults.review_recall)
    parser.add_argument("--complaint-precision", type=float, default=defaults.complaint_precision)
    parser.add_argument("--dry-run", action="store_true", help="print the choice without writing heads.json")
    args = parser.parse_args(argv)
    for name in ("urgent_precision", "review_recall", "complaint_precision"):
        if not 0.0 < getattr(args, name) <= 1.0:
            raise SystemExit(f"--{name.replace('_', '-')}: {getattr(args, name)} is not in (0, 1]")
    rule = ThresholdRule(
        urgent_precision=args.urgent_precision,
        urgent_min_flagged=defaults.urgent_min_flagged,
        urgent_max_tweet_rate=defaults.urgent_max_tweet_rate,
        review_recall=args.review_recall,
        complaint_precision=args.complaint_precision,
    )
    calibrate(args.heads, args.data, rule=rule, threads=args.threads, dry_run=args.dry_run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
