"""Posting to the team's chat channel (Microsoft Teams, Slack, or anything apprise speaks).

The channel's address is a secret (a Teams or Slack webhook URL carries its own key), so it is read
only from the environment, `TRUSTWATCH_CHAT_URL`, in apprise's URL form (e.g. `msteams://...` or
`slack://...`). Posting is best effort: a channel that is down never stops a run or an email.
"""

from __future__ import annotations

import logging

from trustwatch.settings import secret_from_env

log = logging.getLogger(__name__)

CHAT_URL_VARIABLE = "TRUSTWATCH_CHAT_URL"


def post_to_chat(title: str, body: str) -> bool:
    """Post a message to the configured channel; True when it was accepted, False when not configured or refused."""
    url = secret_from_env(CHAT_URL_VARIABLE)
    if url is None:
        return False
    import apprise

    channel = apprise.Apprise()
    if not channel.add(url):
        log.warning("%s is not an address apprise understands; nothing posted", CHAT_URL_VARIABLE)
        return False
    posted = bool(channel.notify(title=title, body=body))
    if not posted:
        log.warning("the chat channel did not accept the message")
    return posted
