"""Fixtures for the mailer tests: a real SMTP server on 127.0.0.1 and a self-signed certificate."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.support.smtp import Certificate, RecordingHandler, RunningServer, free_port, make_certificate


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost, made fresh for the test session."""
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., RunningServer]]:
    """Start an aiosmtpd server on 127.0.0.1 with the given SMTP options; stopped after the test."""
    controllers: list[Controller] = []

    def start(**options: Any) -> RunningServer:
        handler = RecordingHandler()
        if options.pop("with_auth", False):
            options.setdefault("authenticator", handler.authenticate)
            options.setdefault("auth_required", True)
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
        controller.start()
        controllers.append(controller)
        return RunningServer(port=port, handler=handler)

    yield start
    for controller in controllers:
        controller.stop()
