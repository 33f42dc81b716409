"""Security the app owes every page: headers, CSRF tokens, the sign-in rate limit, the session key.

Nothing the app serves loads anything from another site (`default-src 'self'`): htmx and the
stylesheet are files in web/static, charts are server-drawn SVG, and no inline script or style is
allowed, so injected post text cannot run even if an escape were ever missed.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from pathlib import Path

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import Response

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

# Weekly reports are whole HTML documents with their own inline styles and data: images: served
# sandboxed, with no script at all.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'"


class SecurityHeaders(BaseHTTPMiddleware):
    """Adds the same protective headers to every response."""

    def __init__(self, app: object, *, https: bool) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self.https = https

    async def dispatch(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CSP)
        headers["X-Content-Type-Options"] = "nosniff"
        headers["X-Frame-Options"] = "DENY" if "sandbox" not in headers["Content-Security-Policy"] else "SAMEORIGIN"
        headers["Referrer-Policy"] = "same-origin"
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Cross-Origin-Resource-Policy"] = "same-origin"
        if not request.url.path.startswith("/static/"):
            # Pages quote posts and personal data: never keep them in a shared or back-button cache.
            headers["Cache-Control"] = "no-store"
        if self.https:
            headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        return response


def new_csrf_token() -> str:
    """A fresh per-session token that every form and htmx request must send back."""
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, sent: str | None) -> bool:
    """Constant-time comparison of the session's token with the one the request carried."""
    return bool(expected) and bool(sent) and secrets.compare_digest(str(expected), str(sent))


class SignInLimiter:
    """At most `attempts` failed sign-ins per username and per client address in `window_seconds`.

    In memory: the app runs as one process, and a restart forgetting the count is no help to an
    attacker who is already slowed to a handful of guesses per quarter hour.
    """

    def __init__(self, attempts: int, window_seconds: float = 900.0) -> None:
        self.attempts = attempts
        self.window_seconds = window_seconds
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window_seconds:
            failures.popleft()
        return failures

    def blocked(self, *keys: str) -> bool:
        """Whether any of `keys` (a username, an address) has used up its attempts."""
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(key, now)) >= self.attempts for key in keys)

    def failed(self, *keys: str) -> None:
        """Count one failed attempt against each of `keys`."""
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, username_key: str) -> None:
        """A right password clears the username's count (the address keeps its own)."""
        with self._lock:
            self._failures.pop(username_key, None)


def session_secret(configured: str | None, database: Path) -> str:
    """The key that signs session cookies: configured, else made once and kept owner-only beside the database."""
    if configured:
        return configured
    path = database.with_name(f"{database.name}.web-secret")
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    secret = secrets.token_urlsafe(48)
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(secret)
    return secret
