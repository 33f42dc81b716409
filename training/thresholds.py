"""The rules that turn scores on real dev text into thresholds (docs/decisions/0011-risk-thresholds.md).

Safeguarding has two tiers. URGENT (emailed at once) is set for precision: the lowest threshold whose
dev precision reaches `urgent_precision` with at least `urgent_min_flagged` posts flagged, raised if
needed until no more than `urgent_max_tweet_rate` of ordinary tweets would be URGENT. The daily review
list is everything between that and the review threshold, the highest threshold whose dev recall over
both tiers is at least `review_recall`. Complaint takes the lowest threshold whose dev precision reaches
`complaint_precision` (the most complaints caught at that precision).

Every threshold comes from one grid, so a rule's answer never depends on where a score happened to fall.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

GRID = np.round(np.arange(0.01, 1.0, 0.01), 2)


@dataclass(frozen=True)
class ThresholdRule:
    """The numbers each rule keeps; the defaults are the ones the adopted model was calibrated with."""

    urgent_precision: float = 0.6
    urgent_min_flagged: int = 5
    urgent_max_tweet_rate: float = 0.005
    review_recall: float = 0.95
    complaint_precision: float = 0.85

    def record(self) -> dict[str, Any]:
        """The rule as heads.json stores it beside the thresholds it chose."""
        return asdict(self)


@dataclass(frozen=True)
class Thresholds:
    """Safeguarding URGENT and review thresholds (review <= urgent) and the complaint threshold."""

    urgent: float
    review: float
    complaint: float


def counts_at(truth: np.ndarray, scores: np.ndarray, threshold: float) -> tuple[int, int, int]:
    """(true positives, flagged, positives) at `threshold` (flagged = score >= threshold)."""
    flagged = scores >= threshold
    return int(np.sum(flagged & (truth == 1))), int(np.sum(flagged)), int(np.sum(truth == 1))


def precision_threshold(truth: np.ndarray, scores: np.ndarray, precision: float, *, min_flagged: int = 1) -> float:
    """The lowest grid threshold with precision >= `precision` and at least `min_flagged` flagged.

    When no threshold reaches it, the one with the best precision (lowest on ties), so the answer is
    always a threshold and the shortfall shows in the figures rather than as an error.
    """
    best: tuple[float, float] | None = None
    for threshold in GRID:
        hits, flagged, _ = counts_at(truth, scores, float(threshold))
        if flagged < min_flagged:
            continue
        value = hits / flagged
        if value >= precision:
            return float(threshold)
        if best is None or value > best[0]:
            best = (value, float(threshold))
    return best[1] if best is not None else float(GRID[-1])


def recall_threshold(truth: np.ndarray, scores: np.ndarray, recall: float) -> float:
    """The highest grid threshold whose recall is at least `recall` (the lowest grid value if none is)."""
    meeting = [float(t) for t in GRID if _recall(truth, scores, float(t)) >= recall]
    return max(meeting) if meeting else float(GRID[0])


def rate_threshold(scores: np.ndarray, rate: float) -> float:
    """The lowest grid threshold flagging at most `rate` of `scores` (texts assumed ordinary)."""
    for threshold in GRID:
        if np.mean(scores >= threshold) <= rate:
            return float(threshold)
    return float(GRID[-1])


def _recall(truth: np.ndarray, scores: np.ndarray, threshold: float) -> float:
    hits, _, positives = counts_at(truth, scores, threshold)
    return hits / positives if positives else 0.0


def choose_thresholds(
    safeguarding_truth: np.ndarray,
    safeguarding_scores: np.ndarray,
    tweet_safeguarding_scores: np.ndarray,
    complaint_truth: np.ndarray,
    complaint_scores: np.ndarray,
    rule: ThresholdRule,
) -> Thresholds:
    """Both safeguarding tiers and the complaint threshold from dev scores, by `rule`."""
    urgent = max(
        precision_threshold(
            safeguarding_truth, safeguarding_scores, rule.urgent_precision, min_flagged=rule.urgent_min_flagged
        ),
        rate_threshold(tweet_safeguarding_scores, rule.urgent_max_tweet_rate),
    )
    review = min(recall_threshold(safeguarding_truth, safeguarding_scores, rule.review_recall), urgent)
    complaint = precision_threshold(complaint_truth, complaint_scores, rule.complaint_precision, min_flagged=5)
    return Thresholds(urgent=urgent, review=review, complaint=complaint)
