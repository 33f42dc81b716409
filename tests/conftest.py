"""Shared test set-up: Prefect without analytics or network, one Prefect test server per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Prefect or transformers.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """One Prefect test server for the whole session (each costs about ten seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def demo_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo config and its recordings copied to a temporary folder, with the database and outbox there."""
    folder = tmp_path / "demo"
    shutil.copytree(REPO / "demo", folder, ignore=shutil.ignore_patterns("*.duckdb*", "outbox"))
    monkeypatch.setenv("TRUSTWATCH_STORAGE__PATH", str(tmp_path / "trustwatch.duckdb"))
    monkeypatch.setenv("TRUSTWATCH_ALERTS__OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("TRUSTWATCH_MONITOR__COLLECT_RETRIES", "0")
    return folder / "trustwatch.toml"
