"""`trustwatch web` (serve the web app) and `trustwatch users …` (who may sign in).

`register(app)` adds them to the main command line.
"""

from __future__ import annotations

import getpass
import os
import secrets
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storage.users import Role, UserBook
from trustwatch.errors import TrustWatchError
from trustwatch.settings import load_settings

users_app = typer.Typer(help="Who may sign in to the web app: add, disable, enable, list.", no_args_is_help=True)
err = Console(stderr=True)

ConfigOption = Annotated[Path, typer.Option("--config", "-c", help="TrustWatch TOML config file.")]
DEMO_USERNAME = "demo"


def register(app: typer.Typer) -> None:
    """Add `web` and `users` to the main `trustwatch` app."""
    app.add_typer(users_app, name="users")
    app.command("web")(web)


def _fail(error: Exception) -> typer.Exit:
    err.print(Text.assemble(("error:", "bold red"), f" {error}"))
    return typer.Exit(code=2)


def _admin() -> str:
    # Accounts are added by whoever runs the command on the server: their login name is the actor.
    return (os.environ.get("USER") or os.environ.get("LOGNAME") or "cli").strip() or "cli"


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Sign-in name, e.g. priya.shah.")],
    role: Annotated[str, typer.Option(help="viewer, officer, safeguarding, information_governance or admin.")],
    name: Annotated[str, typer.Option("--name", help="The person's full name.")],
    email: Annotated[str | None, typer.Option(help="NHSmail address: links their single sign-on account.")] = None,
    password: Annotated[
        bool, typer.Option("--password/--sso-only", help="Ask for a password, or single sign-on only.")
    ] = True,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Add an account. The password is asked for twice (never on the command line, where history keeps it)."""
    secret = None
    if password:
        secret = os.environ.get("TRUSTWATCH_NEW_PASSWORD") or getpass.getpass("Password: ")
        if "TRUSTWATCH_NEW_PASSWORD" not in os.environ and getpass.getpass("Again: ") != secret:
            raise _fail(TrustWatchError("the two passwords differ"))
    try:
        from web.app import open_store_for_cli

        with open_store_for_cli(load_settings(config)) as store:
            user = UserBook(store).add(
                username, display_name=name, role=role, email=email, password=secret, actor=_admin()
            )
    except TrustWatchError as error:
        raise _fail(error) from None
    Console().print(f"Added {user.username} ({user.role.value}).", highlight=False, markup=False)


def _set_disabled(username: str, disabled: bool, config: Path) -> None:
    try:
        from web.app import open_store_for_cli

        with open_store_for_cli(load_settings(config)) as store:
            UserBook(store).set_disabled(username, disabled, actor=_admin())
    except TrustWatchError as error:
        raise _fail(error) from None
    Console().print(f"{username} {'disabled' if disabled else 'enabled'}.", highlight=False, markup=False)


@users_app.command("disable")
def users_disable(
    username: Annotated[str, typer.Argument(help="The account to disable.")],
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Disable an account: it can no longer sign in, and its open sessions end at their next click."""
    _set_disabled(username, True, config)


@users_app.command("enable")
def users_enable(
    username: Annotated[str, typer.Argument(help="The account to enable.")],
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Enable a disabled account again."""
    _set_disabled(username, False, config)


@users_app.command("list")
def users_list(config: ConfigOption = Path("trustwatch.toml")) -> None:
    """Every account, its role and how it signs in."""
    try:
        from web.app import open_store_for_cli

        with open_store_for_cli(load_settings(config)) as store:
            users = UserBook(store).all_users()
    except TrustWatchError as error:
        raise _fail(error) from None
    table = Table("username", "name", "role", "sign-in", "status", "last sign-in")
    for user in users:
        methods = [m for m, on in (("password", user.has_password), ("single sign-on", user.sso_subject)) if on]
        table.add_row(
            Text(user.username),
            Text(user.display_name),
            user.role.value,
            ", ".join(methods) or (f"single sign-on ({user.email})" if user.email else "none"),
            "disabled" if user.disabled else "active",
            f"{user.last_sign_in_at:%d %b %Y %H:%M}" if user.last_sign_in_at else "never",
        )
    Console().print(table)


def web(
    config: ConfigOption = Path("trustwatch.toml"),
    host: Annotated[str | None, typer.Option(help="Address to listen on (default [web] host).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default [web] port).")] = None,
) -> None:
    """Serve the web app. With no accounts yet, creates a `demo` account and prints its password once."""
    try:
        import uvicorn

        from web.app import create_app, database_for, open_store_for_cli

        settings = load_settings(config)
        demo_password = None
        with open_store_for_cli(settings) as store:
            users = UserBook(store)
            if not users.all_users():
                demo_password = secrets.token_urlsafe(12)
                users.add(
                    DEMO_USERNAME,
                    display_name="Demo comms officer",
                    role=Role.OFFICER,
                    password=demo_password,
                    actor="trustwatch web (first start)",
                )
        database = database_for(settings)
        database.start()
    except TrustWatchError as error:
        raise _fail(error) from None
    out = Console()
    address = settings.web.base_url
    out.print(f"TrustWatch web app: {address}", highlight=False, markup=False)
    if demo_password:
        out.print(
            f"No accounts existed, so one was made. Sign in as: {DEMO_USERNAME}  password: {demo_password}\n"
            "(a communications officer; add real people with `trustwatch users add`, then "
            f"`trustwatch users disable {DEMO_USERNAME}`)",
            highlight=False,
            markup=False,
        )
    try:
        uvicorn.run(
            create_app(settings, database),
            host=host or settings.web.host,
            port=port or settings.web.port,
            log_level="info",
            proxy_headers=True,
            server_header=False,
        )
    finally:
        database.stop()
