"""What every connector provides: a config model, a client factory, and `fetch`, a generator of
records for a window that advances a cursor (dlt resource + incremental)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from trustwatch.errors import FatalError
from trustwatch.records import Account, Cursor, Mention, Window
from trustwatch.settings import Settings, TrustProfile, secret_from_env


class SourceConfig(BaseModel):
    """Base of each connector's validated options; `name` and `trust` are filled in by the registry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    trust: TrustProfile


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

    The cursor contract: `fetch` may update `cursor.state` only to cover records it has already
    yielded. The flow lands whatever was yielded before an error, with the cursor, so a cursor that
    ran ahead would skip those records for good.
    """

    type: str
    config_model: builtins.type[ConfigT]
    open_client: Callable[[ConfigT, Settings], AbstractContextManager[ClientT]]
    fetch: Fetch[ConfigT, ClientT]
    reach: Callable[[ConfigT], timedelta | None] = lambda _config: None
    describe: Callable[[ConfigT], dict[str, Any]] = lambda _config: {}
    lookup_accounts: LookupAccounts[ConfigT, ClientT] | None = None


def require_env(variable: str, source: str | None, why: str) -> str:
    """The credential in environment variable `variable`; unset or empty is a `FatalError` naming it.

    `why` finishes the message "<variable> is not set: <why>" (what the platform needs it for and
    where to get it); the value itself never appears in a message.
    """
    value = secret_from_env(variable)
    if value is None:
        raise FatalError(f"{variable} is not set: {why}", source=source)
    return value
