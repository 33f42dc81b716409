"""What every connector provides: a config model, a client factory, and `fetch`, a generator of
records for a window that advances a cursor (dlt resource + incremental)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from trustwatch.errors import FatalError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import HttpSettings, Settings, TrustProfile, secret_from_env


@dataclass(frozen=True)
class ClientSettings:
    """The part of the settings a connector's client reads: `[http]`, and the folder relative paths start from."""

    http: HttpSettings
    base_dir: Path | None = None

    @classmethod
    def of(cls, settings: Settings) -> ClientSettings:
        """The client settings of a loaded config (relative paths start at the config file's folder)."""
        return cls(http=settings.http, base_dir=settings.config_path.parent if settings.config_path else None)


class SourceConfig(BaseModel):
    """Base of each connector's validated options; `name` and `trust` are filled in by the registry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    trust: TrustProfile


# Months of paid-use counts a cursor keeps: this month and the twelve before, for year-on-year questions.
USAGE_MONTHS_KEPT = 13


def add_usage(usage: dict[str, int], month: str, amount: int) -> None:
    """Add `amount` to `usage[month]` ("YYYY-MM" keys) and drop all but the newest `USAGE_MONTHS_KEPT` months."""
    usage[month] = int(usage.get(month, 0)) + amount
    for stale in sorted(usage)[:-USAGE_MONTHS_KEPT]:
        del usage[stale]


@dataclass(frozen=True)
class MonthlyBudget:
    """A platform's paid allowance per calendar month (UTC), counted in the source's cursor.

    The cursor's `state["usage"]` maps "YYYY-MM" to units used by collection. Account lookups for
    impersonation probing cost `lookup_cost` units for each account found (0: lookups are free)
    and are charged against the same cap.
    """

    cap: int
    unit: str
    lookup_cost: int = 0

    def used(self, state: Mapping[str, Any], month: str) -> int:
        """Units collection used in `month`, from a cursor's state."""
        usage = state.get("usage")
        return int(usage.get(month, 0)) if isinstance(usage, Mapping) else 0

    def lookups_allowed(self, state: Mapping[str, Any], spent_on_lookups: int, month: str) -> int | None:
        """Accounts the rest of this month's allowance pays for; None when lookups are free."""
        if not self.lookup_cost:
            return None
        return max(0, (self.cap - self.used(state, month) - spent_on_lookups) // self.lookup_cost)


ConfigT = TypeVar("ConfigT", bound=SourceConfig)
ClientT = TypeVar("ClientT")

Fetch = Callable[[ConfigT, Window, Cursor, ClientT], Iterator[Mention | Account]]
# Look accounts up by handle (impersonation probing): the accounts that exist, in any order;
# handles that do not exist are simply absent.
LookupAccounts = Callable[[ConfigT, ClientT, Sequence[str]], list[Account]]


@dataclass(frozen=True)
class Connector(Generic[ConfigT, ClientT]):
    """One platform: how to validate its options, open its client and fetch a window.

    `open_client` is where credentials are read (from the environment) and where recorded clients
    are swapped in; `fetch` never builds its own client, so tests and the demo can hand it one.
    `reach` is how far back the platform lets us look (X recent search: 7 days); None is unlimited.
    `budget` is the platform's paid monthly allowance, if it bills by use.

    The cursor contract: `fetch` may update `cursor.state` only to cover records it has already
    yielded. The flow lands whatever was yielded before an error, with the cursor, so a cursor that
    ran ahead would skip those records for good.
    """

    type: str
    config_model: builtins.type[ConfigT]
    open_client: Callable[[ConfigT, ClientSettings], AbstractContextManager[ClientT]]
    fetch: Fetch[ConfigT, ClientT]
    reach: Callable[[ConfigT], timedelta | None] = lambda _config: None
    describe: Callable[[ConfigT], dict[str, Any]] = lambda _config: {}
    lookup_accounts: LookupAccounts[ConfigT, ClientT] | None = None
    budget: Callable[[ConfigT], MonthlyBudget | None] = lambda _config: None


def require_env(variable: str, source: str | None, why: str) -> str:
    """The credential in environment variable `variable`; unset or empty is a `FatalError` naming it.

    `why` finishes the message "<variable> is not set: <why>" (what the platform needs it for and
    where to get it); the value itself never appears in a message.
    """
    value = secret_from_env(variable)
    if value is None:
        raise FatalError(f"{variable} is not set: {why}", source=source)
    return value


def credential(variable: str, client_settings: ClientSettings, source: str | None, why: str) -> str:
    """The credential in environment variable `variable`, or, in replay mode, a placeholder naming it.

    Replay mode (`[http] replay_dir` set) answers every request from recordings and sends nothing
    to the network, so it reads no secret at all: the placeholder `replay:<variable>` stands in, a
    recording can never capture a real credential, and the demo runs on a machine that has none.
    Outside replay mode an unset variable is a `FatalError` naming it (see `require_env`).
    """
    if client_settings.http.replay_dir is not None:
        return f"replay:{variable}"
    return require_env(variable, source, why)
