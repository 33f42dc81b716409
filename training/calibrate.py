"""Re-choose trained heads' safeguarding threshold on every labelled risk line they never trained on.

    .venv/bin/python -m training.calibrate --heads classifiers/heads \\
        --risk training/data/risk_examples.jsonl --recall 0.96

`training/finetune.py` chooses the threshold on its dev fold, a quarter of the `train` lines it
read. Lines written later, and the `test` split, are held out from those heads too; scoring all of
them gives about three times the positives, so a single low-scored disclosure moves the threshold
less. The threshold becomes the highest grid threshold whose recall over that pool is at least
`--recall`, and is written into `heads.json` beside a record of how it was chosen (the dev-chosen
threshold is kept as `dev_threshold`). The heads' version changes with it, so results stay traceable.

Which lines trained the heads: those of `train` with an id up to the heads' `trained_through`
(recorded by finetune.py; pass `--trained-through` for heads trained before it recorded one), minus
the dev fold finetune.py cut from them. New lines are appended with higher ids, so that cut is
recomputed exactly. The `risk_holdout.jsonl` set is never read here: it only measures.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.model import METADATA_FILE
from classifiers.sentiment import load_builtin
from training.finetune import (
    Split,
    binary_counts,
    format_metrics,
    read_risk_examples,
    recall_threshold,
    risk_dev_mask,
    risk_id_number,
)
from trustwatch.settings import ClassifierSettings

LABEL = "safeguarding"


def trained_mask(train: Split, through: str) -> np.ndarray:
    """True for the `train` lines heads trained through `through` fitted on (not their dev fold)."""
    limit = risk_id_number(through, "trained_through")
    read = np.array([risk_id_number(risk_id, "risk example id") <= limit for risk_id in train.extra["id"]])
    if not np.any(read):
        raise SystemExit(f"trained_through {through}: no train line has an id that low")
    # The same cut finetune.py made: its dev fold among the lines it had read.
    fitted: np.ndarray = read & ~risk_dev_mask(train, through)
    return fitted


def held_out(train: Split, test: Split, through: str) -> Split:
    """Every labelled line the heads never fitted on: their dev fold, later train lines, all of test."""
    rest = train.subset(~trained_mask(train, through), "risk-held-out")
    return Split(
        "risk-held-out",
        rest.texts + test.texts,
        np.concatenate([rest.labels, test.labels]),
        max_length=test.max_length,
        extra={key: np.concatenate([rest.extra[key], test.extra[key]]) for key in test.extra},
    )


def safeguarding_scores(heads_dir: Path, texts: Sequence[str], threads: int) -> np.ndarray:
    """The safeguarding probability of each text, from the heads as `trustwatch classify` loads them."""
    # float32, as finetune.py scored its dev fold: a threshold belongs to the model, not to this CPU.
    classifier = load_builtin(ClassifierSettings(threads=threads, precision="float32"), heads_dir)
    if LABEL not in classifier.heads.heads:
        raise SystemExit(f"{heads_dir}: these heads have no {LABEL} head")
    return np.array([result.heads[LABEL]["scores"][LABEL] for result in classifier.classify(list(texts))])


def main(argv: Sequence[str] | None = None) -> int:
    """Score the held-out pool, choose the threshold, print the figures and write heads.json."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heads", type=Path, default=Path(__file__).resolve().parent / "heads")
    parser.add_argument("--risk", type=Path, required=True, help="training/data/risk_examples.jsonl")
    parser.add_argument("--recall", type=float, default=0.96, help="recall the threshold keeps on the pool")
    parser.add_argument("--trained-through", help="last risk id the heads read, if heads.json does not say")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--dry-run", action="store_true", help="print the choice without writing heads.json")
    args = parser.parse_args(argv)
    if not 0.0 < args.recall <= 1.0:
        raise SystemExit(f"--recall: {args.recall} is not a recall in (0, 1]")

    path = args.heads / METADATA_FILE
    try:
        metadata: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        training: dict[str, Any] = metadata["heads"][LABEL]["training"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SystemExit(f"{path}: no {LABEL} head with a training record ({error})") from None
    if training.get("fitted_splits", ["train"]) != ["train"] or training.get("dev_through"):
        raise SystemExit(
            f"{path}: these heads were fitted on {training.get('fitted_splits')} with the dev fold cut through "
            f"{training.get('dev_through')}; their only held-out lines are that dev fold, on which finetune.py "
            "already chose the threshold"
        )
    through = args.trained_through or training.get("trained_through")
    if not through:
        raise SystemExit(f"{path}: heads.{LABEL}.training.trained_through is missing; pass --trained-through")

    train, test = read_risk_examples(args.risk)
    pool = held_out(train, test, str(through))
    truth = pool.labels[:, 1]
    if not np.any(truth):
        raise SystemExit(f"{args.risk}: no held-out line is a {LABEL} positive")
    scores = safeguarding_scores(args.heads, pool.texts, args.threads)
    threshold = recall_threshold(truth, scores, args.recall)
    counts = binary_counts(truth, (scores >= threshold).astype(np.int64))
    dev_threshold = float(training.get("dev_threshold", training["threshold"]))
    at_dev = binary_counts(truth, (scores >= dev_threshold).astype(np.int64))
    print(f"held out from heads trained through {through}: {len(truth)} lines, {int(truth.sum())} {LABEL} positive")
    print(f"  dev-fold threshold {dev_threshold:.2f}: {format_metrics(at_dev)}")
    print(f"  chosen threshold {threshold:.2f} (highest keeping recall >= {args.recall:g}): {format_metrics(counts)}")
    if args.dry_run:
        return 0
    training.update(
        threshold=threshold,
        dev_threshold=dev_threshold,
        trained_through=str(through),
        calibration={
            "script": "training/calibrate.py",
            "rule": f"highest grid threshold with recall >= {args.recall:g} on every risk line not fitted on",
            "lines": len(truth),
            "positives": int(truth.sum()),
            **counts,
        },
    )
    path.write_text(json.dumps(metadata, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
