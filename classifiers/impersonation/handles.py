"""Handles as each platform writes them, reduced to the words a reader sees.

Each platform has its own handle syntax, and an impersonator uses all of it:

- X and Reddit: letters, digits and `_` (Reddit also `-`); `_` separates words.
- Facebook: a username of letters, digits and `.`, or no username at all, when the page's address is its
  numeric id (`facebook.com/61559656116104`): a number carries no words, and Trust pages have usernames.
- Instagram and TikTok: lower case letters, digits, `.` and `_`; both separate words (`ltht.nhs.support`).
- LinkedIn: the slug of a page or profile, words joined by `-`.
- YouTube: `@handle` with `.`, `_` and `-`.
- Threads: Instagram's usernames. Mastodon: `user@server`; the user part is compared, `_` separates words.
- Bluesky: a domain name; `name.bsky.social` is the word `name`, and a custom domain is both words and a
  domain (which may itself be a lookalike of the Trust's).

Every part of the handle is compared, not only the part before the first dot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers.lookalikes import skeleton

BLUESKY_SUFFIX = ".bsky.social"
_SEPARATORS = {
    "x": "_",
    "reddit": "_-",
    "facebook": ".-",
    "instagram": "._",
    "threads": "._",
    "tiktok": "._",
    "linkedin": "-_",
    "youtube": "._-",
    "bluesky": ".-",
    "mastodon": "_",
}
_DEFAULT_SEPARATORS = "._-"
# The longest handle each platform accepts, where a name spelled out in full is cut ("croydon.university.hospi").
# X's 15 is left out: at that length half of everyone's handles are cut, staff's own among them ("gatesheadheal23").
MAX_HANDLE_LENGTH = {"instagram": 30, "threads": 30, "tiktok": 24, "youtube": 30}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TRAILING_DIGITS = re.compile(r"[\d_.\-]+$")
# Facebook profile and page ids are long numbers; pages made since 2023 have 15-digit ids starting 615.
_NUMERIC_ID = re.compile(r"(?:profile\.php\?id=)?(\d{6,20})")


@dataclass(frozen=True)
class HandleView:
    """A handle split the way its platform separates words, and reduced to confusable skeletons."""

    platform: str
    handle: str
    # Each word's skeleton, in order (separators, CamelCase boundaries).
    words: tuple[str, ...]
    # All the words joined, and the same without a trailing run of digits ("ouh_refunds67" → "ouhrefunds").
    full: str
    core: str
    # A Facebook address that is only a number: no username to compare.
    numeric_id: str | None = None
    # A Bluesky handle on its own domain.
    domain: str | None = None

    @property
    def at_length_limit(self) -> bool:
        """True when the handle is as long as its platform allows, so it may be a longer name cut short."""
        limit = MAX_HANDLE_LENGTH.get(self.platform)
        return limit is not None and len(self.handle) >= limit


def handle_view(handle: str, platform: str) -> HandleView:
    """`handle` on `platform`, split into words by that platform's rules (see the module docstring)."""
    handle = handle.strip().lstrip("@").strip()
    if platform == "facebook":
        numeric = _NUMERIC_ID.fullmatch(handle)
        if numeric is not None:
            return HandleView(platform, handle, (), "", "", numeric_id=numeric.group(1))
    label, domain = handle, None
    if platform == "mastodon" and "@" in handle:
        # user@server: the server is where the account lives, the user part is its name.
        label, domain = handle.split("@", 1)[0], handle.split("@", 1)[1].casefold()
    if platform == "bluesky":
        lowered = handle.casefold()
        if lowered.endswith(BLUESKY_SUFFIX):
            label = handle[: -len(BLUESKY_SUFFIX)]
        else:
            domain = lowered
            label = handle.rsplit(".", 1)[0]
    separators = _SEPARATORS.get(platform, _DEFAULT_SEPARATORS)
    parts = re.split("[" + re.escape(separators) + "]+", label)
    words = tuple(word_skeleton for part in parts for word in _CAMEL.split(part) if (word_skeleton := skeleton(word)))
    core_label = _TRAILING_DIGITS.sub("", label) or label
    core_parts = re.split("[" + re.escape(separators) + "]+", core_label)
    return HandleView(
        platform=platform,
        handle=handle,
        words=words,
        full="".join(words),
        core="".join(skeleton(part) for part in core_parts),
        domain=domain,
    )
