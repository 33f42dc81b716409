"""Plain web access for the steps that are not a source: profile images, takedown re-checks.

The same client every connector uses (size limits, user agent, recorded replays in tests and the
demo), and the same redaction of credentials in URLs before they are logged or stored.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from connectors._http import build_http_client
from trustwatch.redaction import redact_url, redact_urls
from trustwatch.settings import HttpSettings

__all__ = ["open_web_client", "redact_url", "redact_urls"]


def open_web_client(http: HttpSettings, *, base_dir: Path | None = None) -> httpx.Client:
    """An HTTP client with the configured timeouts, limits and user agent (relative replay folders: `base_dir`)."""
    return build_http_client(http, base_dir=base_dir)
