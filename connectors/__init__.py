"""Connector registry: a source's `type` in the config names one folder here.

Adding a platform is one folder and one line in `CONNECTORS`. Modules are imported only when a
source of that type is configured, so an SDK is loaded only by the connector that uses it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from pydantic import ValidationError

from connectors.base import ClientSettings, Connector, SourceConfig
from trustwatch.errors import ConfigError, FatalError
from trustwatch.records import Account, Cursor, Mention, Window, utc_now
from trustwatch.settings import Settings, SourceSettings, describe_validation_error

CONNECTORS: dict[str, str] = {
    "rss": "connectors.rss",
    "x": "connectors.x",
    "reddit": "connectors.reddit",
    "bluesky": "connectors.bluesky",
    "nhs_website": "connectors.nhs_website",
    "care_opinion": "connectors.care_opinion",
    "google_reviews": "connectors.google_reviews",
    "meta": "connectors.meta",
    "threads": "connectors.threads",
    "youtube": "connectors.youtube",
    "mastodon": "connectors.mastodon",
}


def get_connector(source_type: str) -> Connector[Any, Any]:
    """The connector registered for `source_type`."""
    module_name = CONNECTORS.get(source_type)
    if module_name is None:
        known = ", ".join(sorted(CONNECTORS))
        raise ConfigError(f"unknown source type {source_type!r} (known: {known})")
    module = importlib.import_module(module_name)
    connector: Connector[Any, Any] = module.CONNECTOR
    return connector


@dataclass(frozen=True)
class ConfiguredSource:
    """A source from the config, validated by its connector and ready to collect."""

    name: str
    type: str
    connector: Connector[Any, Any]
    config: SourceConfig

    def out_of_reach(self, window: Window) -> str | None:
        """Why this source cannot cover `window` (the platform's look-back limit), or None if it can."""
        reach = self.connector.reach(self.config)
        if reach is not None and window.since < utc_now() - reach:
            return (
                f"source {self.name!r} ({self.type}) can only look back {_describe(reach)} with its configured "
                f"access; the window starts {window.since:%Y-%m-%d %H:%M} UTC"
            )
        return None

    def collect(self, window: Window, cursor: Cursor, client_settings: ClientSettings) -> Iterator[Mention | Account]:
        """Yield the records this source holds for `window`, advancing `cursor` as it goes."""
        reason = self.out_of_reach(window)
        if reason is not None:
            raise FatalError(reason, source=self.name)
        with self.connector.open_client(self.config, client_settings) as client:
            yield from self.connector.fetch(self.config, window, cursor, client)

    def lookup_accounts(self, handles: Sequence[str], client_settings: ClientSettings) -> list[Account]:
        """Accounts on this platform with these handles (those that exist); empty if it cannot look up."""
        if self.connector.lookup_accounts is None or not handles:
            return []
        with self.connector.open_client(self.config, client_settings) as client:
            return self.connector.lookup_accounts(self.config, client, handles)


def _describe(reach: timedelta) -> str:
    return f"{reach.days} days" if reach.days else f"{reach.total_seconds() / 3600:.0f} hours"


def configure_source(source: SourceSettings, settings: Settings, index: int | None = None) -> ConfiguredSource:
    """Validate one `[[sources]]` entry with its connector's options model."""
    where = f"sources[{index}]" if index is not None else f"source {source.name}"
    try:
        connector = get_connector(source.type)
    except ConfigError as error:
        raise ConfigError(f"{settings.config_path}: {where}.type: {error}") from None
    try:
        config = connector.config_model(name=source.name, trust=settings.trust, **source.options())
    except ValidationError as error:
        raise ConfigError(
            describe_validation_error(error, f"{settings.config_path}: {where}").replace(
                f"{settings.config_path}: {where}: ", f"{settings.config_path}: {where}."
            )
        ) from None
    return ConfiguredSource(name=source.name, type=source.type, connector=connector, config=config)


def configure_sources(settings: Settings) -> list[ConfiguredSource]:
    """Every enabled source, ready to collect; the first invalid one raises `ConfigError`.

    Disabled sources are validated too, so a typo in one that someone switches on later is caught now.
    """
    configured = [configure_source(source, settings, index) for index, source in enumerate(settings.sources)]
    return [source for source, entry in zip(configured, settings.sources, strict=True) if entry.enabled]
