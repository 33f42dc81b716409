"""Credentials in URLs: gone from whatever is shown or stored, with the rest of the address kept as written."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from trustwatch.records import Account, Mention
from trustwatch.redaction import redact_url, redact_urls

FEED = "https://bob:s3cret@feeds.valleygazette.test/health/rss?apikey=XYZ123&section=health#latest"


@pytest.mark.parametrize(
    ("url", "for_logs", "for_storage"),
    [
        (
            FEED,
            "https://…@feeds.valleygazette.test/health/rss?apikey=…&section=…#latest",
            "https://…@feeds.valleygazette.test/health/rss?apikey=…&section=health#latest",
        ),
        (
            "https://api.test/v1/reviews?api_key=1&accessToken=2&X-Amz-Signature=3&sig=4&pw=5&keyword=nhs&page=2",
            "https://api.test/v1/reviews?api_key=…&accessToken=…&X-Amz-Signature=…&sig=…&pw=…&keyword=…&page=…",
            "https://api.test/v1/reviews?api_key=…&accessToken=…&X-Amz-Signature=…&sig=…&pw=…&keyword=nhs&page=2",
        ),
        (
            "https://app.test/callback#access_token=abc&state=1",
            "https://app.test/callback#access_token=…&state=1",
            "https://app.test/callback#access_token=…&state=1",
        ),
        ("https://TOKEN123@git.test/feed", "https://…@git.test/feed", "https://…@git.test/feed"),
        (
            "https://www.valleygazette.test/a?id=77&utm_source=x%20y",
            "https://www.valleygazette.test/a?id=…&utm_source=…",
            "https://www.valleygazette.test/a?id=77&utm_source=x%20y",
        ),
        ("https://www.valleygazette.test/a#comments", "https://www.valleygazette.test/a#comments", None),
        ("http://[::1/broken?token=abc", "http://[::1/broken", None),
    ],
    ids=[
        "user, password and api key",
        "credential names in any spelling, readable names kept for storage",
        "an OAuth token in the fragment",
        "a token as the user name",
        "a plain query spelled as written",
        "an anchor",
        "an unparseable address",
    ],
)
def test_credentials_are_redacted(url: str, for_logs: str, for_storage: str | None) -> None:
    assert redact_url(url) == for_logs
    assert redact_url(url, secrets_only=True) == (for_storage or for_logs)


def test_every_url_in_a_message_is_redacted_and_the_words_around_it_kept() -> None:
    message = f"GET {FEED} answered 401; see https://status.test/ and https://x.test/?token=t0k."
    assert redact_urls(message) == (
        "GET https://…@feeds.valleygazette.test/health/rss?apikey=…&section=…#latest answered 401; "
        "see https://status.test/ and https://x.test/?token=…"
    )
    assert redact_urls("no address here") == "no address here"


def test_a_mention_keeps_no_credentials_in_its_link_its_query_or_its_id() -> None:
    mention = Mention(
        platform="web",
        native_id="https://private.test/story/1?key=K3Y",
        source="private-feed",
        url="https://private.test/story/1?key=K3Y&page=2",
        query=FEED,
        title="Read at https://u:p@private.test/story/1",
        text="Kingsmere General",
        published_at=datetime(2026, 11, 10, tzinfo=UTC),
    )
    assert mention.url == "https://private.test/story/1?key=…&page=2"
    assert mention.native_id == "https://private.test/story/1?key=…"
    assert mention.query == "https://…@feeds.valleygazette.test/health/rss?apikey=…&section=health#latest"
    assert mention.title == "Read at https://…@private.test/story/1"
    assert "s3cret" not in mention.model_dump_json()


def test_an_account_keeps_no_credentials_in_its_links() -> None:
    account = Account(
        platform="x",
        account_id="1",
        url="https://a:b@x.test/kingsmere",
        profile_image_url="https://img.test/1.png?token=abc&size=large",
    )
    assert (account.url, account.profile_image_url) == (
        "https://…@x.test/kingsmere",
        "https://img.test/1.png?token=…&size=large",
    )
