"""Single sign-on through OpenID Connect (Microsoft Entra ID for NHSmail, or any standard provider).

authlib does the protocol: discovery, the authorization-code flow with PKCE, state and nonce, and the
ID token's signature, issuer, audience and expiry. This module decides who the person is: the
`subject_claim` (Entra's object id) names them for good, the tenant must be the Trust's when one is
configured, and the account must exist and be enabled in TrustWatch: single sign-on proves who someone
is, TrustWatch's own user list says whether they may come in and with which role.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from authlib.integrations.starlette_client import OAuth, StarletteOAuth2App
from starlette.requests import Request

from trustwatch.errors import TrustWatchError
from trustwatch.settings import OidcSettings


class SignInRefused(TrustWatchError):
    """The provider's answer was not a sign-in TrustWatch accepts; the message says why (for the audit)."""


@dataclass(frozen=True)
class DirectoryIdentity:
    """Who the provider says signed in."""

    subject: str
    email: str | None
    name: str | None


def oidc_client(settings: OidcSettings) -> StarletteOAuth2App:
    """The authlib client for the configured provider (discovery is fetched on first use)."""
    oauth = OAuth()
    secret = settings.client_secret.get_secret_value() if settings.client_secret else None
    client = oauth.register(
        name="trust",
        server_metadata_url=settings.metadata_url,
        client_id=settings.client_id,
        client_secret=secret,
        client_kwargs={"scope": " ".join(settings.scopes), "code_challenge_method": "S256"},
    )
    assert isinstance(client, StarletteOAuth2App)
    return client


async def begin(client: StarletteOAuth2App, request: Request, redirect_uri: str) -> Any:
    """Send the browser to the provider's sign-in page."""
    return await client.authorize_redirect(request, redirect_uri)


async def finish(client: StarletteOAuth2App, request: Request, settings: OidcSettings) -> DirectoryIdentity:
    """Exchange the code for tokens, check the ID token, and say who signed in."""
    try:
        token = await client.authorize_access_token(request)
    except Exception as error:  # authlib raises its own errors and httpx's; all mean "not signed in"
        raise SignInRefused(f"the provider's answer was not accepted: {type(error).__name__}: {error}") from None
    claims: dict[str, Any] = dict(token.get("userinfo") or {})
    if not claims:
        raise SignInRefused("the provider sent no ID token")
    if settings.tenant_id and claims.get("tid") != settings.tenant_id:
        raise SignInRefused(f"token from tenant {claims.get('tid')!r}, not the Trust's")
    subject = claims.get(settings.subject_claim) or claims.get("sub")
    if not subject:
        raise SignInRefused(f"the ID token has no {settings.subject_claim!r} or 'sub' claim")
    email = claims.get(settings.email_claim) or claims.get("preferred_username")
    return DirectoryIdentity(subject=str(subject), email=str(email) if email else None, name=claims.get("name"))
