"""Train the person-mention head (classifiers/staff/mentions.py) on the real labelled texts.

    python -m training.staff_mentions                 # train on `train`, choose the epoch and threshold on `dev`
    python -m training.staff_mentions --write         # ... and write classifiers/staff/mention_head.*

The encoder is the one the builtin classifier runs (the bundled all-MiniLM-L6-v2 cut and adapted as
classifiers/heads/heads.json says), so at run time the head reads the token states of the same pass
that feeds sentiment and risk. Token states are computed once and cached under --cache (keyed by
the encoder's fingerprint, layers and delta), since training the head takes seconds and the pass a
few minutes. Only `train` fits weights; `dev` chooses the epoch and the threshold; `sealed` is never
read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import torch
from safetensors.torch import save_file

from classifiers.encoder import SentenceEncoder, builtin_encoder_path
from classifiers.model import load_heads
from classifiers.sentiment import HEADS_DIR
from classifiers.staff.mentions import (
    FEATURES,
    HEAD_DIR,
    HEAD_FORMAT,
    HEAD_METADATA,
    HEAD_WEIGHTS,
    LABELS,
    MentionHead,
    decode,
    piece_features,
    piece_labels,
)
from training.real_text import StaffExample, load_staff, text_hash
from training.staff_invented import invented_examples

MAX_LENGTH = 256
DEFAULT_CACHE = Path.home() / ".cache" / "trustwatch" / "staff_states"


def shared_encoder() -> SentenceEncoder:
    """The encoder exactly as the builtin classifier loads it (layers and delta from heads.json)."""
    heads = load_heads(HEADS_DIR)
    return SentenceEncoder(builtin_encoder_path(), delta=heads.encoder_delta, layers=heads.layers, precision="float32")


def encoder_key(encoder: SentenceEncoder) -> str:
    """What the cached states depend on: the base weights, the kept layers and the delta."""
    digest = hashlib.sha256(encoder.fingerprint.encode())
    digest.update(str(encoder.layers).encode())
    delta = HEADS_DIR / "encoder_delta.safetensors"
    if delta.is_file():
        digest.update(delta.read_bytes())
    return digest.hexdigest()[:16]


def token_states(
    encoder: SentenceEncoder, texts: Sequence[str], batch_size: int = 32
) -> list[tuple[torch.Tensor, list[tuple[int, int]]]]:
    """Per text: its (pieces, dimension) last-layer states (float16) and the pieces' character offsets."""
    tokenizer = encoder.tokenizer
    encoded = tokenizer(list(texts), truncation=True, max_length=MAX_LENGTH, return_offsets_mapping=True)
    order = sorted(range(len(texts)), key=lambda i: len(encoded["input_ids"][i]), reverse=True)
    results: list[tuple[torch.Tensor, list[tuple[int, int]]] | None] = [None] * len(texts)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            positions = order[start : start + batch_size]
            width = len(encoded["input_ids"][positions[0]])
            ids = [
                encoded["input_ids"][i] + [tokenizer.pad_token_id] * (width - len(encoded["input_ids"][i]))
                for i in positions
            ]
            mask = [
                [1] * len(encoded["input_ids"][i]) + [0] * (width - len(encoded["input_ids"][i])) for i in positions
            ]
            batch = {
                "input_ids": torch.tensor(ids),
                "attention_mask": torch.tensor(mask),
                "token_type_ids": torch.zeros((len(positions), width), dtype=torch.long),
            }
            states = encoder.forward(batch)
            for row, index in enumerate(positions):
                length = len(encoded["input_ids"][index])
                offsets = [(int(a), int(b)) for a, b in encoded["offset_mapping"][index]]
                results[index] = (states[row, :length].to(torch.float16), offsets)
    return [result for result in results if result is not None]


def cached_states(
    encoder: SentenceEncoder, examples: Sequence[StaffExample], cache: Path
) -> list[tuple[torch.Tensor, list[tuple[int, int]]]]:
    """Token states of `examples`, computed once per encoder and kept in `cache`."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{encoder_key(encoder)}.pt"
    stored: dict[str, tuple[torch.Tensor, list[tuple[int, int]]]] = torch.load(path) if path.is_file() else {}
    keys = [f"{example.key}:{text_hash(example.text)}" for example in examples]
    missing = [(key, example) for key, example in zip(keys, examples, strict=True) if key not in stored]
    if missing:
        print(f"encoding {len(missing)} texts (cached under {path})")
        states = token_states(encoder, [example.text for _key, example in missing])
        for (key, _example), value in zip(missing, states, strict=True):
            stored[key] = value
        torch.save(stored, path)
    return [stored[key] for key in keys]


def spans_of(example: StaffExample) -> list[tuple[int, int, bool]]:
    """The labelled person spans of one text, marked staff or not."""
    return [(m.start, m.end, m.who == "staff") for m in example.mentions]


def tensors_for(
    examples: Sequence[StaffExample], states: Sequence[tuple[torch.Tensor, list[tuple[int, int]]]]
) -> tuple[torch.Tensor, torch.Tensor]:
    """Stacked inputs (states + features) and labels of every piece."""
    inputs, labels = [], []
    for example, (state, offsets) in zip(examples, states, strict=True):
        features = piece_features(example.text, offsets)
        inputs.append(torch.cat([state.float(), features], dim=-1))
        labels.append(torch.tensor(piece_labels(offsets, spans_of(example)), dtype=torch.long))
    return torch.cat(inputs), torch.cat(labels)


def span_figures(
    head: MentionHead,
    examples: Sequence[StaffExample],
    states: Sequence[tuple[torch.Tensor, list[tuple[int, int]]]],
    thresholds: Sequence[float],
) -> dict[float, tuple[float, float, int]]:
    """Per threshold: precision and recall of staff spans (overlap with a labelled staff span), and reports."""
    found: list[list[tuple[int, int, float]]] = []
    for example, (state, offsets) in zip(examples, states, strict=True):
        features = piece_features(example.text, offsets)
        with torch.inference_mode():
            probabilities = head.probabilities(state.float(), features)
        found.append([(s.start, s.end, s.staff) for s in decode(example.text, offsets, probabilities)])
    figures = {}
    for threshold in thresholds:
        reports = right = gold_total = gold_found = 0
        for example, spans in zip(examples, found, strict=True):
            gold = [(m.start, m.end) for m in example.mentions if m.who == "staff"]
            kept = [(a, b) for a, b, staff in spans if staff >= threshold]
            reports += len(kept)
            right += sum(any(a < gb and ga < b for ga, gb in gold) for a, b in kept)
            gold_total += len(gold)
            gold_found += sum(any(a < gb and ga < b for a, b in kept) for ga, gb in gold)
        figures[threshold] = (
            right / reports if reports else 1.0,
            gold_found / gold_total if gold_total else 1.0,
            reports,
        )
    return figures


def train_head(
    inputs: torch.Tensor, labels: torch.Tensor, *, hidden: int, epochs: int, seed: int, positive_weight: float
) -> list[dict[str, torch.Tensor]]:
    """Fit standardise -> linear -> relu -> linear; the tensors after every epoch."""
    torch.manual_seed(seed)
    mean = inputs.mean(dim=0)
    scale = inputs.std(dim=0).clamp(min=1e-4)
    standardized = (inputs - mean) / scale
    hidden_layer = torch.nn.Linear(inputs.shape[1], hidden)
    output_layer = torch.nn.Linear(hidden, len(LABELS))
    model = torch.nn.Sequential(
        torch.nn.Dropout(0.1), hidden_layer, torch.nn.ReLU(), torch.nn.Dropout(0.2), output_layer
    )
    weights = torch.tensor([1.0] + [positive_weight] * (len(LABELS) - 1))
    loss_function = torch.nn.CrossEntropyLoss(weight=weights)
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-2)
    generator = torch.Generator().manual_seed(seed)
    snapshots = []
    for _epoch in range(epochs):
        model.train()
        order = torch.randperm(len(labels), generator=generator)
        for start in range(0, len(order), 512):
            batch = order[start : start + 512]
            optimiser.zero_grad()
            loss = loss_function(model(standardized[batch]), labels[batch])
            loss.backward()
            optimiser.step()
        model.eval()
        snapshots.append(
            {
                "mean": mean.clone(),
                "scale": scale.clone(),
                "hidden.weight": hidden_layer.weight.detach().clone(),
                "hidden.bias": hidden_layer.bias.detach().clone(),
                "output.weight": output_layer.weight.detach().clone(),
                "output.bias": output_layer.bias.detach().clone(),
            }
        )
    return snapshots


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--positive-weight", type=float, default=4.0)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--invented", type=int, default=0, help="invented texts added to the training split")
    parser.add_argument("--min-precision", type=float, default=0.95, help="dev span precision the threshold keeps")
    parser.add_argument("--write", action="store_true", help="write the head beside classifiers/staff/mentions.py")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    random.seed(args.seed)

    encoder = shared_encoder()
    train, dev = [*load_staff(["train"]), *invented_examples(args.invented)], load_staff(["dev"])
    train_states, dev_states = cached_states(encoder, train, args.cache), cached_states(encoder, dev, args.cache)
    inputs, labels = tensors_for(train, train_states)
    print(f"train: {len(train)} texts, {len(labels)} pieces, {(labels > 0).sum().item()} in person spans")
    snapshots = train_head(
        inputs, labels, hidden=args.hidden, epochs=args.epochs, seed=args.seed, positive_weight=args.positive_weight
    )
    thresholds = [step / 100 for step in range(5, 100, 5)]
    best: tuple[float, int, float] | None = None
    for epoch, tensors in enumerate(snapshots, start=1):
        head = MentionHead(tensors=tensors, metadata={}, version="")
        figures = span_figures(head, dev, dev_states, thresholds)
        keeping = [
            (recall, threshold)
            for threshold, (precision, recall, _n) in figures.items()
            if precision >= args.min_precision
        ]
        recall, threshold = max(keeping) if keeping else (0.0, 0.5)
        print(
            f"epoch {epoch}: dev staff spans at {threshold:.2f}: "
            f"precision {figures[threshold][0]:.3f} recall {recall:.3f}"
        )
        if best is None or recall > best[0]:
            best = (recall, epoch, threshold)
    assert best is not None
    recall, epoch, threshold = best
    print(f"chosen: epoch {epoch}, threshold {threshold:.2f} (dev span recall {recall:.3f})")
    if args.write:
        metadata = {
            "format": HEAD_FORMAT,
            "labels": list(LABELS),
            "features": list(FEATURES),
            "threshold": threshold,
            "encoder": {"fingerprint": encoder.fingerprint, "layers": encoder.layers, "key": encoder_key(encoder)},
            "training": {
                "script": "training/staff_mentions.py",
                "labels": "training/labels/staff_real.jsonl (train split)",
                "invented": f"training/staff_invented.py ({args.invented} texts)",
                "seed": args.seed,
                "epochs": args.epochs,
                "chosen_epoch": epoch,
                "hidden": args.hidden,
                "positive_weight": args.positive_weight,
                "min_precision": args.min_precision,
                "dev_span_recall": round(recall, 4),
                "trained": datetime.now(UTC).date().isoformat(),
            },
        }
        save_file({k: v.contiguous() for k, v in snapshots[epoch - 1].items()}, str(HEAD_DIR / HEAD_WEIGHTS))
        (HEAD_DIR / HEAD_METADATA).write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {HEAD_DIR / HEAD_WEIGHTS} and {HEAD_METADATA}")


if __name__ == "__main__":
    main()
