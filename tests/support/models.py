"""Tiny real models for tests: a randomly initialised BERT and seeded heads, built on disk (no hub access)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
import transformers
from transformers import BertConfig, BertForSequenceClassification, BertModel

from classifiers.model import Head, LayerSpec

# In transformers 5 BertTokenizerFast is an untyped alias of the tokenizers-backed BertTokenizer.
BertTokenizerFast: Any = getattr(transformers, "BertTokenizerFast")  # noqa: B009

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
VOCABULARY_TEXT = (
    "the a and was were team staff care nurse doctor maternity wonderful awful appalling kind rude "
    "nobody cared thank you waited hours in & e , . ! ward food cold"
)
WORDS = [*SPECIAL_TOKENS, *VOCABULARY_TEXT.split(" ")]


def build_tiny_bert(directory: Path, id2label: dict[int, str] | None = None, *, seed: int = 7, layers: int = 1) -> Path:
    """Save a randomly initialised BERT (1 layer unless told) and its tokenizer: a real model small enough for a test.

    With `id2label` it is a sequence classifier with those labels, without it a bare encoder.
    """
    tokenizer = BertTokenizerFast(vocab={word: index for index, word in enumerate(WORDS)})
    labels = id2label or {0: "LABEL_0", 1: "LABEL_1"}
    config = BertConfig(
        vocab_size=len(WORDS),
        hidden_size=16,
        num_hidden_layers=layers,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        id2label=labels,
        label2id={label: index for index, label in labels.items()},
    )
    torch.manual_seed(seed)
    model = BertForSequenceClassification(config) if id2label else BertModel(config)
    directory.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(str(directory))
    model.save_pretrained(str(directory))
    return directory


TINY_DIMENSION = 16


def make_head(name: str, labels: tuple[str, ...], inputs: tuple[str, ...], *, seed: int, activation: str) -> Head:
    """A head with seeded random weights, sized for the tiny encoder's features."""
    generator = torch.Generator().manual_seed(seed)
    width = TINY_DIMENSION * len(inputs)
    tensors = {
        f"{name}.0.weight": torch.randn((len(labels), width), generator=generator),
        f"{name}.0.bias": torch.randn((len(labels),), generator=generator),
    }
    return Head(
        name=name,
        labels=labels,
        inputs=inputs,
        layers=(LayerSpec("linear", (f"{name}.0.weight", f"{name}.0.bias")),),
        activation=activation,  # type: ignore[arg-type]
        tensors=tensors,
    )
