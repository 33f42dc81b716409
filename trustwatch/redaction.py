"""Credentials out of URLs: one redaction for logs, error messages, stored rows, emails and exports.

A feed address may carry its credentials (`https://user:pw@host/feed?apikey=…`), and so may the
links inside an authenticated feed; whatever shows or stores a URL passes it through here first.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote_plus, urlsplit, urlunsplit

# Query parameter names whose values are credentials: matched on the name folded to letters and
# digits ("api_key", "apiKey" and "X-Api-Key" alike), by ending or by exact name, so that "keyword"
# or "page" stay readable.
_SECRET_NAME_ENDINGS = (
    "key",
    "keys",
    "token",
    "tokens",
    "secret",
    "password",
    "passwd",
    "signature",
    "sig",
    "credential",
    "credentials",
    "auth",
    "authorization",
    "jwt",
    "sessionid",
)
_SECRET_NAMES = frozenset({"pw", "pwd", "pass", "sid", "code", "session", "hash"})
_URL_IN_TEXT = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"'`]+")
_USERINFO = re.compile(r"(//)[^/@\s]*@")
REDACTED = "\u2026"


@lru_cache(maxsize=1024)
def _is_secret_name(name: str) -> bool:
    folded = re.sub(r"[^a-z0-9]", "", unquote_plus(name).lower())
    return folded in _SECRET_NAMES or folded.endswith(_SECRET_NAME_ENDINGS)


def _redact_pairs(pairs: str, *, secrets_only: bool) -> str:
    redacted = []
    for pair in pairs.split("&"):
        name, equals, _ = pair.partition("=")
        secret = equals and (not secrets_only or _is_secret_name(name))
        redacted.append(f"{name}={REDACTED}" if secret else pair)
    return "&".join(redacted)


def redact_url(url: str, *, secrets_only: bool = False) -> str:
    """`url` without the credentials it may carry, for logs, error messages and anything stored.

    The user and password (`https://user:pw@host/`) always go. By default every query value goes
    too (a log line needs the endpoint, not the parameters); with `secrets_only`, only the values of
    parameters named like credentials (`apikey`, `access_token`, `key`, `sig`…), so a stored or
    exported link still leads to the page. Everything else is kept exactly as written.
    """
    if "@" not in url and "?" not in url and "#" not in url:
        return url  # nowhere for a credential to be
    try:
        parts = urlsplit(url)
    except ValueError:
        # Not parseable as a URL (a bad IPv6 host): keep only what precedes any userinfo or query.
        return _USERINFO.sub(r"\1" + REDACTED + "@", url.split("?", 1)[0].split("#", 1)[0])
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{REDACTED}@{netloc.rpartition('@')[2]}"
    query = _redact_pairs(parts.query, secrets_only=secrets_only) if parts.query else ""
    # A fragment can carry an OAuth token (`#access_token=…`); a plain anchor is kept.
    fragment = _redact_pairs(parts.fragment, secrets_only=True) if "=" in parts.fragment else parts.fragment
    if (netloc, query, fragment) == (parts.netloc, parts.query, parts.fragment):
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def redact_urls(text: str, *, secrets_only: bool = False) -> str:
    """`text` (an error message, a log line, a JSON document) with every URL in it passed through `redact_url`."""
    if "://" not in text or ("@" not in text and "?" not in text and "#" not in text):
        return text
    return _URL_IN_TEXT.sub(lambda match: redact_url(match.group(), secrets_only=secrets_only), text)
