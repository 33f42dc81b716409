"""The threshold rules: URGENT for precision, the review list for recall, complaint for precision."""

from __future__ import annotations

import numpy as np

from training.thresholds import (
    ThresholdRule,
    choose_thresholds,
    precision_threshold,
    rate_threshold,
    recall_threshold,
)

# Ten posts: four disclosures, scored so that precision rises with the threshold.
TRUTH = np.array([1, 1, 0, 1, 0, 0, 1, 0, 0, 0])
SCORES = np.array([0.95, 0.90, 0.85, 0.70, 0.60, 0.50, 0.30, 0.20, 0.10, 0.05])


def test_precision_threshold_is_the_lowest_reaching_the_precision() -> None:
    # At 0.61 the flagged are 0.95, 0.90, 0.85, 0.70: three of four. At 0.60 five flagged, three right.
    assert precision_threshold(TRUTH, SCORES, 0.75) == 0.61
    assert precision_threshold(TRUTH, SCORES, 0.6) == 0.51


def test_too_few_flagged_never_count_as_precise() -> None:
    # Only the top two are all right, but two posts are fewer than the three the rule asks for.
    assert precision_threshold(TRUTH, SCORES, 1.0, min_flagged=3) == 0.61  # best reachable: 3/4


def test_recall_threshold_is_the_highest_keeping_the_recall() -> None:
    assert recall_threshold(TRUTH, SCORES, 1.0) == 0.3
    assert recall_threshold(TRUTH, SCORES, 0.75) == 0.7


def test_rate_threshold_is_the_lowest_flagging_at_most_that_share() -> None:
    tweets = np.linspace(0.0, 0.99, 100)
    assert rate_threshold(tweets, 0.05) == 0.95


def test_the_review_tier_never_sits_above_urgent_and_tweets_can_raise_urgent() -> None:
    rule = ThresholdRule(urgent_precision=0.75, urgent_min_flagged=1, urgent_max_tweet_rate=0.0, review_recall=1.0)
    calm_tweets = np.zeros(50)
    chosen = choose_thresholds(TRUTH, SCORES, calm_tweets, TRUTH, SCORES, rule)
    assert (chosen.urgent, chosen.review) == (0.61, 0.3)
    noisy_tweets = np.full(50, 0.8)
    chosen = choose_thresholds(TRUTH, SCORES, noisy_tweets, TRUTH, SCORES, rule)
    assert chosen.urgent == 0.81
    assert chosen.review == 0.3
