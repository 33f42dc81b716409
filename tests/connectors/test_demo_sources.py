"""Every source in the demo config collects from its recordings through the real connector and SDK,
with no credentials in the environment and no network."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors import ConfiguredSource, configure_sources
from connectors.base import ClientSettings
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import Settings, load_settings

DEMO = Path(__file__).parents[2] / "demo"
WINDOW = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 16, tzinfo=UTC))
CREDENTIALS = (
    "TRUSTWATCH_X_BEARER_TOKEN",
    "TRUSTWATCH_REDDIT_CLIENT_ID",
    "TRUSTWATCH_REDDIT_CLIENT_SECRET",
    "TRUSTWATCH_REDDIT_USER_AGENT",
    "TRUSTWATCH_BLUESKY_HANDLE",
    "TRUSTWATCH_BLUESKY_APP_PASSWORD",
    "TRUSTWATCH_CARE_OPINION_KEY",
    "TRUSTWATCH_GOOGLE_CLIENT_ID",
    "TRUSTWATCH_GOOGLE_CLIENT_SECRET",
    "TRUSTWATCH_GOOGLE_REFRESH_TOKEN",
    "TRUSTWATCH_NHS_SUBSCRIPTION_KEY",
)


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for variable in CREDENTIALS:
        monkeypatch.delenv(variable, raising=False)
    yield


@pytest.fixture(scope="module")
def settings() -> Settings:
    return load_settings(DEMO / "trustwatch.toml")


def collect(source: ConfiguredSource, settings: Settings) -> list[Mention | Account]:
    return list(source.collect(WINDOW, Cursor(source=source.name), ClientSettings.of(settings)))


def sources_of(settings: Settings) -> dict[str, ConfiguredSource]:
    return {source.type: source for source in configure_sources(settings)}


def test_the_demo_replays_every_existing_source(settings: Settings) -> None:
    configured = configure_sources(settings)

    assert {"rss", "nhs_website", "x", "reddit", "bluesky", "care_opinion", "google_reviews"} <= {
        source.type for source in configured
    }
    for source in configured:
        mentions = [record for record in collect(source, settings) if isinstance(record, Mention)]
        assert mentions, source.name
        # A Google review counts for the window it was edited in, and keeps its first posting date.
        assert all(WINDOW.contains(m.published_at) or source.type == "google_reviews" for m in mentions), source.name


def test_the_demo_has_an_impersonator_replying_on_x(settings: Settings) -> None:
    records = collect(sources_of(settings)["x"], settings)

    impostor = next(r for r in records if isinstance(r, Account) and r.handle == "Kingsmere_Help")
    assert impostor.display_name == "Kingsmere Valley Hospitals NHS"
    reply = next(r for r in records if isinstance(r, Mention) and r.author_handle == "Kingsmere_Help")
    assert reply.kind == "reply" and "NHS number" in reply.text


@pytest.mark.parametrize(
    ("source_type", "staff_name"),
    [
        pytest.param("x", "Lee Parry", id="a post on X names a receptionist"),
        pytest.param("bluesky", "Grace Adeyemi", id="a Bluesky post thanks a midwife by name"),
        pytest.param("reddit", "Dr Chidi Okafor", id="a Reddit comment names a consultant"),
    ],
)
def test_demo_posts_on_social_platforms_name_staff_from_the_demo_directory(
    settings: Settings, source_type: str, staff_name: str
) -> None:
    directory = (DEMO / "staff.csv").read_text(encoding="utf-8")
    assert staff_name.removeprefix("Dr ") in directory

    texts = [r.text for r in collect(sources_of(settings)[source_type], settings) if isinstance(r, Mention)]

    assert any(staff_name in text for text in texts)


def test_the_demo_nhs_pages_use_both_layouts(settings: Settings) -> None:
    pages = {
        json.loads((DEMO / "recordings" / "recordings.json").read_text(encoding="utf-8"))[i]["body_file"]
        for i in range(3, 6)
    }
    bodies = [(DEMO / "recordings" / name).read_text(encoding="utf-8") for name in sorted(pages)]

    assert any('aria-label="Organisation review"' in body for body in bodies)
    assert any('class="nhsuk-card" id="review-' in body for body in bodies)
    assert len([r for r in collect(sources_of(settings)["nhs_website"], settings) if isinstance(r, Mention)]) == 21
