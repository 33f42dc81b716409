"""Choosing and recording the complaint threshold and both safeguarding tiers on real dev text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from classifiers.model import heads_version
from classifiers.risk import default_thresholds
from classifiers.sentiment import HEADS_DIR
from training.calibrate import calibrate, dev_tweets, main, scores, tier_figures
from training.real_text import DEFAULT_DATA_DIR, load_risk
from training.thresholds import ThresholdRule, Thresholds, choose_thresholds


def test_tier_figures_count_false_alerts_per_100_ordinary_texts() -> None:
    truth = np.array([1, 1, 0, 0, 0, 0, 0, 0, 0, 0])
    complaint_truth = np.array([0, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    safeguarding = np.array([0.9, 0.4, 0.8, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])
    complaint = np.array([0.1, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])
    tweets = np.array([0.0, 0.95, 0.1, 0.1])
    figures = tier_figures(truth, complaint_truth, (complaint, safeguarding), tweets, Thresholds(0.7, 0.3, 0.5))
    # URGENT flags 0.9 (right) and 0.8 (wrong): one false alert among eight ordinary texts.
    assert figures["urgent"] == {"precision": 0.5, "recall": 0.5, "false_alerts_per_100": 12.5}
    assert figures["both_tiers"] == {"recall": 1.0, "false_alerts_per_100": 25.0}
    assert figures["dev_tweets_urgent_share"] == 0.25
    assert figures["complaint"] == {"positives": 2, "precision": 2 / 3, "recall": 1.0}


def test_a_precision_outside_0_1_is_refused() -> None:
    with pytest.raises(SystemExit, match=r"--urgent-precision: 1.5 is not in \(0, 1\]"):
        main(["--urgent-precision", "1.5"])


@pytest.mark.slow
@pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason="../shared/data is not beside the repo")
def test_the_thresholds_written_are_the_rules_choice_on_dev(tmp_path: Path) -> None:
    heads = tmp_path / "heads"
    shutil.copytree(HEADS_DIR, heads)
    before = heads_version(heads)
    rule = ThresholdRule(urgent_precision=0.5, urgent_min_flagged=2, review_recall=0.9, complaint_precision=0.6)
    assert calibrate(heads, rule=rule, limit=300, dry_run=True) == before

    version = calibrate(heads, rule=rule, limit=300)
    assert version != before == heads_version(HEADS_DIR)
    dev = load_risk(["dev"])[:300]
    complaint, safeguarding = scores(heads, [example.text for example in dev], threads=1)
    _, tweets = scores(heads, dev_tweets(DEFAULT_DATA_DIR)[:300], threads=1)
    expected = choose_thresholds(
        np.array([example.safeguarding for example in dev]),
        safeguarding,
        tweets,
        np.array([example.complaint for example in dev]),
        complaint,
        rule,
    )
    measured = default_thresholds(heads)
    assert (measured["safeguarding"], measured["safeguarding_review"], measured["complaint"]) == (
        expected.urgent,
        expected.review,
        expected.complaint,
    )
    recorded = json.loads((heads / "heads.json").read_text(encoding="utf-8"))["heads"]["safeguarding"]["training"]
    assert recorded["calibration"]["rule"] == rule.record()
    assert recorded["calibration"]["dev"]["texts"] == 300
