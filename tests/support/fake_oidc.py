"""A fake OpenID Connect provider on 127.0.0.1: discovery, authorize, token and JWKS, RS256 ID tokens.

It signs in whoever the test says (`provider.next_user`) without asking, as Entra ID does for a
browser that is already signed in to NHSmail.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from authlib.jose import JsonWebKey, jwt


@dataclass
class FakeProvider:
    """What the provider will say and what it was asked."""

    base_url: str
    client_id: str
    client_secret: str
    next_user: dict[str, Any] = field(default_factory=dict)
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    key: Any = field(
        default_factory=lambda: JsonWebKey.generate_key("RSA", 2048, is_private=True, options={"kid": "k1"})
    )

    @property
    def metadata_url(self) -> str:
        return f"{self.base_url}/.well-known/openid-configuration"

    def id_token(self, claims: dict[str, Any], nonce: str | None) -> str:
        now = int(time.time())
        payload = {"iss": self.base_url, "aud": self.client_id, "iat": now, "nbf": now, "exp": now + 600, **claims}
        if nonce:
            payload["nonce"] = nonce
        return jwt.encode({"alg": "RS256", "kid": "k1"}, payload, self.key).decode()


@contextmanager
def fake_provider(client_id: str = "trustwatch-test", client_secret: str = "s3cret-from-env") -> Iterator[FakeProvider]:
    """Run the provider on a free port for the duration of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    provider = FakeProvider(f"http://127.0.0.1:{server.server_address[1]}", client_id, client_secret)

    class Handler(BaseHTTPRequestHandler):
        def _json(self, body: dict[str, Any], status: int = 200) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path == "/.well-known/openid-configuration":
                self._json(
                    {
                        "issuer": provider.base_url,
                        "authorization_endpoint": f"{provider.base_url}/authorize",
                        "token_endpoint": f"{provider.base_url}/token",
                        "jwks_uri": f"{provider.base_url}/jwks",
                        "response_types_supported": ["code"],
                        "subject_types_supported": ["pairwise"],
                        "id_token_signing_alg_values_supported": ["RS256"],
                        "code_challenge_methods_supported": ["S256"],
                    }
                )
            elif url.path == "/jwks":
                self._json({"keys": [provider.key.as_dict(is_private=False)]})
            elif url.path == "/authorize":
                query = {key: values[0] for key, values in parse_qs(url.query).items()}
                code = secrets.token_urlsafe(16)
                provider.codes[code] = {"query": query, "user": dict(provider.next_user)}
                self.send_response(302)
                self.send_header(
                    "Location", f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"
                )
                self.end_headers()
            else:
                self._json({"error": "not_found"}, 404)

        def do_POST(self) -> None:
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
            basic = self.headers.get("Authorization", "")
            if basic.startswith("Basic "):
                client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            else:
                client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
            grant = provider.codes.pop(form.get("code", ""), None)
            if client_id != provider.client_id or secret != provider.client_secret or grant is None:
                self._json({"error": "invalid_grant"}, 400)
                return
            if "code_challenge" in grant["query"] and not form.get("code_verifier"):
                self._json({"error": "invalid_grant", "error_description": "PKCE verifier missing"}, 400)
                return
            self._json(
                {
                    "access_token": secrets.token_urlsafe(16),
                    "token_type": "Bearer",
                    "expires_in": 600,
                    "id_token": provider.id_token(grant["user"], grant["query"].get("nonce")),
                }
            )

        def log_message(self, *args: object) -> None:
            pass

    server.RequestHandlerClass = Handler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
