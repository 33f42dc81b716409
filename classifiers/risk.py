"""Risk labels for a mention: abuse, complaint and safeguarding from the shared encoder pass, plus PII spans.

The builtin classifier's heads give probabilities only (stored in `Classification.extras`); what
counts as an alert is a threshold, set in `[classifier] thresholds` and applied here, so a Trust can
re-tune without re-classifying. Stored extras look like this (every probability in [0, 1]):

    {"abuse":        {"label": "offensive", "scores": {"offensive": 0.91, "hate": 0.12}},
     "complaint":    {"label": "complaint", "scores": {"complaint": 0.08}},
     "safeguarding": {"label": "safeguarding", "scores": {"safeguarding": 0.02}}}

A risk's score is its head's highest label probability: abuse is offensive language or hate,
whichever is more likely (both heads were calibrated on their dev folds to share one threshold).
A classifier without risk heads (a Hugging Face sentiment model) stores no such keys; its risks are
then unknown, never "false".

Safeguarding has two tiers. At or above `safeguarding` a post is URGENT (emailed to the safeguarding
lead at once); at or above `safeguarding_review` but below that, it goes on the lead's daily "please
read today" list. Both thresholds were chosen on real patient text (training/calibrate.py); a Trust
may move either in `[classifier] thresholds`, keeping review at or below URGENT.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from classifiers.model import TextScores
from classifiers.pii import find_pii
from classifiers.sentiment import HEADS_DIR
from trustwatch.errors import ConfigError

RISKS = ("abuse", "complaint", "safeguarding")
REVIEW = "safeguarding_review"
THRESHOLD_KEYS = (*RISKS, REVIEW)

ABUSE_THRESHOLD = 0.5  # finetune.py folds the dev-chosen abuse thresholds into the head's biases


@cache
def default_thresholds(heads_dir: Path = HEADS_DIR) -> Mapping[str, float]:
    """The thresholds measured when the builtin heads were calibrated, as `heads.json` records them.

    training/calibrate.py chooses them on real dev text (docs/decisions/0011-risk-thresholds.md):
    URGENT safeguarding for precision, the review list for recall, complaint for precision. Heads
    with no review threshold recorded have one tier (review = URGENT). Recalibrating the heads
    therefore moves the defaults with them.
    """
    path = heads_dir / "heads.json"
    try:
        heads = json.loads(path.read_text(encoding="utf-8"))["heads"]
        measured = {risk: float(heads[risk]["training"]["threshold"]) for risk in ("complaint", "safeguarding")}
        review = float(heads["safeguarding"]["training"].get("review_threshold", measured["safeguarding"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ConfigError(f"{path}: no measured complaint/safeguarding thresholds ({error})") from error
    return MappingProxyType({"abuse": ABUSE_THRESHOLD, **measured, REVIEW: review})


def check_thresholds(thresholds: Mapping[str, float]) -> dict[str, float]:
    """The measured defaults overlaid with `thresholds`, refusing unknown risks and values outside (0, 1).

    Moving only the URGENT threshold below the measured review threshold takes the review threshold
    down with it (the list cannot start above URGENT); setting review above URGENT is refused.
    """
    merged = dict(default_thresholds())
    for risk, value in thresholds.items():
        if risk not in THRESHOLD_KEYS:
            raise ValueError(f"classifier.thresholds: unknown risk {risk!r} (known: {', '.join(THRESHOLD_KEYS)})")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 < float(value) < 1.0:
            raise ValueError(f"classifier.thresholds.{risk}: {value!r} is not a probability strictly between 0 and 1")
        merged[risk] = float(value)
    if REVIEW not in thresholds:
        merged[REVIEW] = min(merged[REVIEW], merged["safeguarding"])
    if merged[REVIEW] > merged["safeguarding"]:
        raise ValueError(
            f"classifier.thresholds.{REVIEW}: {merged[REVIEW]:g} is above the URGENT safeguarding threshold "
            f"{merged['safeguarding']:g}; the review list holds posts below URGENT"
        )
    return merged


def risk_score(output: Mapping[str, Any], where: str) -> float:
    """A head output's score: its highest label probability (checked to be a probability)."""
    scores = output.get("scores") if isinstance(output, Mapping) else None
    if not isinstance(scores, Mapping) or not scores:
        raise ValueError(f"{where}: expected {{'label', 'scores'}} with at least one probability")
    values = []
    for label, value in scores.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or not 0 <= value <= 1:
            raise ValueError(f"{where}.scores.{label}: {value!r} is not a probability")
        values.append(float(value))
    return max(values)


def risk_labels(extras: Mapping[str, Any], thresholds: Mapping[str, float]) -> dict[str, tuple[bool, float]]:
    """(label, score) per risk present in a stored `Classification.extras`; label = score >= threshold.

    Risks the classifier did not score are left out rather than reported as false.
    """
    limits = check_thresholds(thresholds)
    labels: dict[str, tuple[bool, float]] = {}
    for risk in RISKS:
        if risk in extras:
            score = risk_score(extras[risk], f"extras.{risk}")
            labels[risk] = (score >= limits[risk], score)
    return labels


def safeguarding_tier(score: float, thresholds: Mapping[str, float]) -> str | None:
    """ "urgent", "review" (the lead's daily list) or None for a safeguarding score, by checked thresholds."""
    if score >= thresholds["safeguarding"]:
        return "urgent"
    if score >= thresholds[REVIEW]:
        return "review"
    return None


def classification_record(
    scores: TextScores, text: str, thresholds: Mapping[str, float], hospital_number_pattern: str | None = None
) -> dict[str, Any]:
    """The `trustwatch classify` output for one text (without its id).

    `{"sentiment": {"label", "scores"}, "abuse" | "complaint" | "safeguarding": {"label": bool,
    "score": float} or None when the model has no such head, "pii": [{"kind", "start", "end"}]}`;
    safeguarding also carries `"tier"`: "urgent" (its label is true), "review" or None. pii spans
    are half-open character offsets into `text`.
    """
    limits = check_thresholds(thresholds)
    labels = risk_labels(scores.extras, limits)
    record: dict[str, Any] = {
        "sentiment": {"label": scores.sentiment["label"], "scores": dict(scores.sentiment["scores"])}
    }
    for risk in RISKS:
        record[risk] = {"label": labels[risk][0], "score": round(labels[risk][1], 4)} if risk in labels else None
    if record["safeguarding"] is not None:
        record["safeguarding"]["tier"] = safeguarding_tier(labels["safeguarding"][1], limits)
    record["pii"] = [
        {"kind": str(span.kind), "start": span.start, "end": span.end}
        for span in find_pii(text, hospital_number_pattern)
    ]
    return record
