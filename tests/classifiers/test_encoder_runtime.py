"""The encoder's ONNX Runtime path: same features as PyTorch, exported once, and PyTorch when it cannot run."""

from __future__ import annotations

import builtins
import logging
from pathlib import Path
from typing import Any

import pytest
import torch

from classifiers.encoder import SentenceEncoder
from tests.classifiers.test_hf_model import build_tiny_bert

TEXTS = [
    "the maternity team were wonderful , thank you",
    "",
    " ".join(["the staff were kind and the nurse was kind"] * 30),
    "rude",
    "waited hours in a & e , appalling , nobody cared",
]


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(tmp_path_factory.mktemp("encoder"))


def delta(encoder_dir: Path, seed: int) -> dict[str, torch.Tensor]:
    base = SentenceEncoder(encoder_dir)
    name = "encoder.layer.0.output.dense.weight"
    weight = dict(base.model.named_parameters())[name]
    return {name: torch.randn(weight.shape, generator=torch.Generator().manual_seed(seed)) * 0.5}


def test_onnx_features_match_pytorch(tiny_encoder: Path, tmp_path: Path) -> None:
    change = delta(tiny_encoder, seed=3)
    reference = SentenceEncoder(tiny_encoder, batch_size=2, delta=change)
    onnx = SentenceEncoder(tiny_encoder, batch_size=2, delta=change, runtime="onnx", cache_dir=tmp_path)
    assert (reference.runtime, onnx.runtime) == ("torch", "onnx")
    expected, actual = reference.encode(TEXTS, ("mean", "max")), onnx.encode(TEXTS, ("mean", "max"))
    for pooling in ("mean", "max"):
        assert torch.allclose(actual[pooling], expected[pooling], atol=1e-5)


def test_the_export_is_cached_and_keyed_by_the_weights(tiny_encoder: Path, tmp_path: Path) -> None:
    SentenceEncoder(tiny_encoder, delta=delta(tiny_encoder, seed=3), runtime="onnx", cache_dir=tmp_path)
    (exported,) = tmp_path.glob("encoder-*.onnx")
    written = exported.stat().st_mtime_ns
    SentenceEncoder(tiny_encoder, delta=delta(tiny_encoder, seed=3), runtime="onnx", cache_dir=tmp_path)
    assert exported.stat().st_mtime_ns == written
    # Other weights must never reuse that file: they get their own.
    other = SentenceEncoder(tiny_encoder, delta=delta(tiny_encoder, seed=4), runtime="onnx", cache_dir=tmp_path)
    assert len(list(tmp_path.glob("encoder-*.onnx"))) == 2
    assert torch.allclose(
        other.encode(TEXTS)["mean"],
        SentenceEncoder(tiny_encoder, delta=delta(tiny_encoder, seed=4)).encode(TEXTS)["mean"],
        atol=1e-5,
    )


def test_a_corrupt_cached_export_is_replaced(tiny_encoder: Path, tmp_path: Path) -> None:
    SentenceEncoder(tiny_encoder, runtime="onnx", cache_dir=tmp_path)
    (exported,) = tmp_path.glob("encoder-*.onnx")
    exported.write_bytes(b"half a file")
    encoder = SentenceEncoder(tiny_encoder, runtime="onnx", cache_dir=tmp_path)
    assert encoder.runtime == "onnx"
    assert exported.stat().st_size > 1000
    assert list(tmp_path.glob("*.partial")) == []


def test_without_onnxruntime_it_runs_in_pytorch_and_says_so(
    tiny_encoder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_import = builtins.__import__

    def refuse_onnxruntime(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "onnxruntime":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse_onnxruntime)
    with caplog.at_level(logging.WARNING, logger="classifiers.encoder"):
        encoder = SentenceEncoder(tiny_encoder, runtime="onnx", cache_dir=tmp_path)
    assert encoder.runtime == "torch"
    assert "onnxruntime is not installed" in caplog.text
    assert encoder.encode(TEXTS)["mean"].shape == (len(TEXTS), encoder.dimension)


def test_a_delta_cannot_be_applied_behind_the_runtimes_back(tiny_encoder: Path, tmp_path: Path) -> None:
    encoder = SentenceEncoder(tiny_encoder, runtime="onnx", cache_dir=tmp_path)
    with pytest.raises(RuntimeError, match="apply_delta after the ONNX export"):
        encoder.apply_delta(delta(tiny_encoder, seed=3))
