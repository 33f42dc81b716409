"""Credentials from the environment, shared by every connector's `open_client`."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors._http import credential
from connectors.base import ClientSettings, require_env
from trustwatch.errors import FatalError
from trustwatch.settings import HttpSettings

VARIABLE = "TRUSTWATCH_TEST_CONNECTOR_KEY"


def test_a_set_variable_is_returned_without_surrounding_space(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, "  s3cret  ")
    assert require_env(VARIABLE, "co-test", "the test API needs a key") == "s3cret"


@pytest.mark.parametrize("value", [None, "", "   "], ids=["unset", "empty", "only spaces"])
def test_a_missing_variable_is_a_fatal_error_naming_it_and_the_source(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(VARIABLE, raising=False)
    else:
        monkeypatch.setenv(VARIABLE, value)

    with pytest.raises(FatalError) as raised:
        require_env(VARIABLE, "co-test", "the test API needs a key")

    assert str(raised.value) == f"{VARIABLE} is not set: the test API needs a key"
    assert raised.value.source == "co-test"


def _client_settings(replay_dir: str | None) -> ClientSettings:
    return ClientSettings(http=HttpSettings(replay_dir=Path(replay_dir) if replay_dir else None))


def test_a_client_replaying_recordings_reads_no_credential(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VARIABLE, "s3cret")
    assert credential(VARIABLE, _client_settings("recordings"), "co-test", "w") == f"replay:{VARIABLE}"


def test_outside_replay_a_missing_credential_is_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    with pytest.raises(FatalError, match=f"{VARIABLE} is not set: the test API needs a key"):
        credential(VARIABLE, _client_settings(None), "co-test", "the test API needs a key")
