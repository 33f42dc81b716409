"""The training script end to end on a sliver of the real data: it runs, its output loads, and it is reproducible."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers.model import DELTA_FILE, METADATA_FILE, WEIGHTS_FILE
from classifiers.sentiment import load_builtin
from trustwatch.settings import ClassifierSettings

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (DATA / "tweeteval").is_dir(), reason=f"{DATA} (the labelled data) is not beside the repo"),
]


def train(out: Path) -> subprocess.CompletedProcess[str]:
    """One seeded smoke run: 40 rows per split (real, invented, tweets), one epoch."""
    command = [sys.executable, "-m", "training.finetune", "--data", str(DATA), "--out", str(out), "--limit", "40"]
    command += [
        "--epochs",
        "1",
        "--threads",
        "1",
        "--risk-repeats",
        "1",
        "--risk-tweets",
        "40",
        "--invented-weight",
        "0.2",
    ]
    environment = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(command, capture_output=True, text=True, check=False, env=environment, timeout=900, cwd=ROOT)


def digests(directory: Path) -> dict[str, str]:
    return {
        name: hashlib.sha256((directory / name).read_bytes()).hexdigest()
        for name in (METADATA_FILE, WEIGHTS_FILE, DELTA_FILE)
    }


def test_the_same_seed_writes_the_same_model_and_it_loads(tmp_path: Path) -> None:
    first, second = train(tmp_path / "a"), train(tmp_path / "b")
    assert first.returncode == 0, first.stderr[-2000:]
    assert second.returncode == 0, second.stderr[-2000:]
    assert digests(tmp_path / "a") == digests(tmp_path / "b")

    metadata = json.loads((tmp_path / "a" / METADATA_FILE).read_text(encoding="utf-8"))
    assert metadata["encoder"]["layers"] == 3
    assert metadata["encoder"]["tuned_layers"] == [1, 2]
    assert metadata["encoder"]["windows"] == {"size": 256, "overlap": 64}
    for risk in ("complaint", "safeguarding"):
        assert metadata["heads"][risk]["over"] == "windows"
        assert 0 < metadata["heads"][risk]["training"]["threshold"] < 1
    safeguarding = metadata["heads"]["safeguarding"]["training"]
    assert 0 < safeguarding["review_threshold"] <= safeguarding["threshold"]
    assert safeguarding["calibration"]["dev"]["texts"] == 40
    assert "real dev (40 texts" in first.stdout

    classifier = load_builtin(ClassifierSettings(), tmp_path / "a")
    (scores,) = classifier.classify(["The nurses on Ward 7 were wonderful"])
    assert set(scores.heads) == {"sentiment", "abuse", "complaint", "safeguarding"}
    assert classifier.encoder.layers == 3
