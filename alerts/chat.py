"""Posts to the team's chat channels (Microsoft Teams, Slack, anything apprise speaks).

Two kinds of post: an URGENT case (its kind, severity and a link to the case, and nothing from the
post itself: a channel is a wider audience than the alert email, so post text, authors and
identifiers stay in TrustWatch), and a notice that a run failed. The channels' URLs carry their own
secret, so they come only from TRUSTWATCH_CHAT__WEBHOOK_URLS. A channel that cannot be reached is
logged and never stops a run.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence

from alerts.routing import noun
from trustwatch.settings import Settings

log = logging.getLogger(__name__)

CHAT_URLS_VARIABLE = "TRUSTWATCH_CHAT__WEBHOOK_URLS"


def case_url(settings: Settings, case_id: str) -> str:
    """The case's page in the web app (`[web] base_url`)."""
    return f"{settings.web.base_url}/cases/{case_id}"


def configured_channels(settings: Settings) -> list[str]:
    """The chat channels' apprise URLs."""
    return [url.get_secret_value() for url in settings.chat.webhook_urls]


def channels_from_environment() -> list[str]:
    """The channels straight from the environment, for when the configuration itself cannot be read."""
    try:
        urls = json.loads(os.environ.get(CHAT_URLS_VARIABLE, "[]"))
    except json.JSONDecodeError:
        return []
    return [url for url in urls if isinstance(url, str) and url.strip()] if isinstance(urls, list) else []


def post_to_chat(channels: Sequence[str], title: str, body: str) -> bool:
    """Post to every channel; True when every one took it (False, and logged, otherwise or when there are none)."""
    if not channels:
        return False
    import apprise

    sender = apprise.Apprise()
    for url in channels:
        if not sender.add(url):
            log.warning("chat: a configured webhook URL is not one apprise understands; skipped")
    delivered = bool(sender.notify(title=title, body=body))
    if not delivered:
        log.warning("chat: %r was not posted to every channel", title)
    return delivered


def post_urgent_case(settings: Settings, *, case_id: str, kind: str, platform: str) -> bool:
    """Post one URGENT case to every configured channel; True when every channel took it."""
    body = (
        f"URGENT {noun(kind)} on {platform} for {settings.trust.name}.\n"
        f"Case {case_id[:12]}: {case_url(settings, case_id)}\n"
        "Open the case in TrustWatch to see the post and what to do."
    )
    return post_to_chat(configured_channels(settings), f"TrustWatch: URGENT {noun(kind)}", body)
