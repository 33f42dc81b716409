"""The wheel holds the runtime only: no training data or scripts, no evaluations, benchmarks or tests."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RUNTIME = {"trustwatch", "connectors", "classifiers", "storage", "alerts", "flows", "cli", "web"}


def test_the_wheel_carries_the_runtime_packages_and_nothing_for_training(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("trustwatch-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        sources = {name: archive.read(name).decode("utf-8") for name in names if name.endswith(".py")}

    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top_level == RUNTIME
    assert not [name for name in names if name.endswith((".jsonl", ".csv"))]
    assert not [name for name, text in sources.items() if "sklearn" in text or "scikit" in text]
    assert "classifiers/heads/heads.safetensors" in names
    assert "storage/migrations/0001_initial.sql" in names
