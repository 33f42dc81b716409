"""URGENT cases posted to Microsoft Teams or Slack channels, through apprise, linking to the case.

The post says what kind of case it is, its severity and where to open it, and nothing from the post
itself: a channel is a wider audience than the alert email, so post text, authors and identifiers
stay in TrustWatch. A channel that cannot be reached is logged and never stops a run.
"""

from __future__ import annotations

import logging

from alerts.routing import noun
from trustwatch.settings import Settings

log = logging.getLogger(__name__)


def case_url(settings: Settings, case_id: str) -> str:
    """The case's page in the web app (`[web] base_url`)."""
    return f"{settings.web.base_url}/cases/{case_id}"


def post_urgent_case(settings: Settings, *, case_id: str, kind: str, platform: str) -> bool:
    """Post one URGENT case to every configured channel; True when every channel took it."""
    urls = [url.get_secret_value() for url in settings.chat.webhook_urls]
    if not urls:
        return False
    import apprise

    channels = apprise.Apprise()
    for url in urls:
        if not channels.add(url):
            log.warning("chat: a configured webhook URL is not one apprise understands; skipped")
    link = case_url(settings, case_id)
    body = (
        f"URGENT {noun(kind)} on {platform} for {settings.trust.name}.\n"
        f"Case {case_id[:12]}: {link}\n"
        "Open the case in TrustWatch to see the post and what to do."
    )
    delivered = bool(channels.notify(title=f"TrustWatch: URGENT {noun(kind)}", body=body))
    if not delivered:
        log.warning("chat: URGENT case %s was not posted to every channel", case_id)
    return delivered
