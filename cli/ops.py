"""Operations commands: `trustwatch serve` (every schedule in one process) and `trustwatch purge`.

`serve` reads deployments/prefect.yaml, the same file `prefect deploy` reads, so the single-process
way and the worker way can never drift apart: same flows, schedules, time zones and parameters.
`register(app)` adds the commands to the main command line.
"""

from __future__ import annotations

import inspect
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer
import yaml  # type: ignore[import-untyped]
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storage.retention import RetentionPolicy, purge_expired
from trustwatch.errors import ConfigError, TrustWatchError
from trustwatch.records import utc_now
from trustwatch.settings import load_settings

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Schedule


DEPLOYMENTS_FILE = Path(__file__).resolve().parents[1] / "deployments" / "prefect.yaml"
ENV_NAME = re.compile(r"^[A-Z_][A-Z0-9_]*$")
# Keys of a prefect.yaml schedule that `serve` honours; anything else would be silently different.
SCHEDULE_KEYS = frozenset({"cron", "timezone", "day_or", "active", "parameters", "slug"})

err = Console(stderr=True)

ConfigOption = Annotated[Path, typer.Option("--config", "-c", help="TrustWatch TOML config file.")]


def register(app: typer.Typer) -> None:
    """Add `serve` and `purge` to the main `trustwatch` app."""
    app.command("serve")(serve)
    app.command("purge")(purge)


@dataclass(frozen=True)
class DeploymentSpec:
    """One deployment of prefect.yaml, as `serve` needs it."""

    name: str
    entrypoint: str
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)
    schedules: list[dict[str, Any]] = field(default_factory=list)
    concurrency_limit: int | None = None


def read_deployment_specs(path: Path = DEPLOYMENTS_FILE) -> list[DeploymentSpec]:
    """The deployments listed in a prefect.yaml file (anchors and merge keys resolved)."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the deployments file ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML: {error}") from None
    entries = document.get("deployments") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: deployments: expected a list of deployments")
    specs = []
    for index, entry in enumerate(entries):
        where = f"{path}: deployments[{index}]"
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("entrypoint"):
            raise ConfigError(f"{where}: every deployment needs a name and an entrypoint")
        schedules = entry.get("schedules") or []
        for number, schedule in enumerate(schedules):
            unknown = sorted(set(schedule) - SCHEDULE_KEYS)
            if "cron" not in schedule or unknown:
                raise ConfigError(
                    f"{where}.schedules[{number}]: serve understands cron schedules with "
                    f"{', '.join(sorted(SCHEDULE_KEYS))}; found {', '.join(sorted(schedule))}"
                )
        specs.append(
            DeploymentSpec(
                name=str(entry["name"]),
                entrypoint=str(entry["entrypoint"]),
                description=entry.get("description"),
                tags=list(entry.get("tags") or []),
                parameters=dict(entry.get("parameters") or {}),
                schedules=[dict(schedule) for schedule in schedules],
                concurrency_limit=entry.get("concurrency_limit"),
            )
        )
    return specs


def _schedule(spec: Mapping[str, Any]) -> Schedule:
    from prefect.schedules import Cron

    return Cron(
        spec["cron"],
        timezone=spec.get("timezone"),
        day_or=spec.get("day_or", True),
        active=spec.get("active", True),
        parameters=dict(spec.get("parameters") or {}),
        slug=spec.get("slug"),
    )


def build_deployments(config: Path, deployments_file: Path = DEPLOYMENTS_FILE) -> list[RunnerDeployment]:
    """Every deployment of prefect.yaml as a served deployment, with `config_path` set to `config`.

    The config path is made absolute, because served runs do not run the yaml's pull step.
    Parameters the flow does not take are an error here rather than a failed run at 06:00.
    """
    from prefect.flows import Flow, load_flow_from_entrypoint
    from prefect.types.entrypoint import EntrypointType

    config_path = str(config.expanduser().resolve())
    deployments = []
    for spec in read_deployment_specs(deployments_file):
        flow: Flow[..., Any] = load_flow_from_entrypoint(spec.entrypoint, use_placeholder_flow=False)
        accepted = set(inspect.signature(flow.fn).parameters)
        given = [spec.parameters, *(schedule.get("parameters") or {} for schedule in spec.schedules)]
        unknown = sorted({name for parameters in given for name in parameters} - accepted)
        if unknown:
            raise ConfigError(
                f"{deployments_file}: deployment {spec.name!r}: {spec.entrypoint} takes no parameter "
                f"{', '.join(unknown)}"
            )
        parameters = dict(spec.parameters)
        if "config_path" in accepted:
            parameters["config_path"] = config_path
        deployment = flow.to_deployment(
            name=spec.name,
            description=spec.description,
            tags=spec.tags,
            parameters=parameters,
            schedules=[_schedule(schedule) for schedule in spec.schedules],
            concurrency_limit=spec.concurrency_limit,
            # The same module-path entrypoint as the yaml, whatever folder serve is started from.
            entrypoint_type=EntrypointType.MODULE_PATH,
        )
        # Called outside an event loop, Prefect's dual sync/async method returns the deployment itself.
        deployments.append(cast("RunnerDeployment", deployment))
    return deployments


def load_secret_blocks(mapping: Sequence[str], environ: dict[str, str] | None = None) -> list[str]:
    """Put Prefect Secret blocks into environment variables, from `VARIABLE=block-name` pairs.

    TrustWatch reads secrets only from the environment; this is the step that bridges Secret blocks
    to it for served runs (they inherit this process's environment). Returns the variables set.
    """
    from prefect.blocks.system import Secret

    target = os.environ if environ is None else environ
    loaded = []
    for pair in mapping:
        variable, _, block = pair.partition("=")
        variable, block = variable.strip(), block.strip()
        if not ENV_NAME.match(variable) or not block:
            raise ConfigError(
                f"--secret-block {pair!r}: expected VARIABLE=block-name, e.g. TRUSTWATCH_SMTP__PASSWORD=smtp"
            )
        try:
            secret = Secret.load(block)
        except ValueError as error:
            raise ConfigError(f"--secret-block {variable}: no Secret block named {block!r} ({error})") from None
        value = secret.get()  # type: ignore[union-attr]
        if not isinstance(value, str) or not value:
            raise ConfigError(f"--secret-block {variable}: the Secret block {block!r} does not hold a text value")
        target[variable] = value
        loaded.append(variable)
    return loaded


def _fail(error: Exception) -> typer.Exit:
    err.print(Text.assemble(("error:", "bold red"), f" {error}"), soft_wrap=True)
    return typer.Exit(code=2)


def serve(
    config: ConfigOption = Path("trustwatch.toml"),
    secret_block: Annotated[
        list[str] | None,
        typer.Option(
            "--secret-block",
            help="VARIABLE=block-name: load a Prefect Secret block into an environment variable (repeatable).",
        ),
    ] = None,
    deployments_file: Annotated[
        Path, typer.Option("--deployments", help="The prefect.yaml to serve.", show_default=False)
    ] = DEPLOYMENTS_FILE,
) -> None:
    """Run every TrustWatch schedule in this one process, against a Prefect server (`prefect server start`)."""
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise _fail(
            ConfigError(
                "PREFECT_API_URL is not set: start a server with `prefect server start` and set "
                "PREFECT_API_URL=http://127.0.0.1:4200/api (or log in to Prefect Cloud), so that schedules and "
                "run history outlive this process"
            )
        )
    try:
        load_settings(config)  # fail now, not at the first scheduled run
        loaded = load_secret_blocks(secret_block or [])
        deployments = build_deployments(config, deployments_file)
    except TrustWatchError as error:
        raise _fail(error) from None
    if loaded:
        err.print(f"Loaded {len(loaded)} secret(s) from Prefect Secret blocks: {', '.join(loaded)}", highlight=False)
    from prefect import serve as prefect_serve

    # One run at a time: every flow writes the same DuckDB file, which allows a single writer.
    prefect_serve(*deployments, limit=1)


def purge(
    config: ConfigOption = Path("trustwatch.toml"),
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count what would be deleted; delete nothing.")] = False,
    by: Annotated[str | None, typer.Option("--by", help="Who is running the purge (default: your login).")] = None,
) -> None:
    """Delete personal data past its retention period (the retention section of the config), audited in `purges`."""
    from flows.retention import data_folders, local_actor
    from flows.tasks import open_store

    try:
        settings = load_settings(config)
        policy = RetentionPolicy(settings.retention, now=utc_now())
        with open_store(settings) as store:
            report = purge_expired(
                store, policy, actor=by or local_actor(), dry_run=dry_run, folders=data_folders(settings)
            )
    except (TrustWatchError, ValueError) as error:
        raise _fail(error) from None
    table = Table("table", "would delete" if dry_run else "deleted", title="Retention purge")
    for name, rows in report.rows_deleted.items():
        table.add_row(name, str(rows))
    for kind, files in report.files_deleted.items():
        table.add_row(f"{kind} files", str(files))
    table.add_row("cursor caches", str(report.cursor_caches_dropped))
    out = Console()
    out.print(table)
    for name, at in report.cutoffs.items():
        out.print(f"{name.replace('_', ' ')}: {at:%Y-%m-%d %H:%M} UTC", highlight=False)
    if report.purge_id:
        out.print(f"Recorded as purge {report.purge_id} by {report.actor}.", highlight=False)
    else:
        out.print("Dry run: nothing was deleted and no purge was recorded.", highlight=False)
