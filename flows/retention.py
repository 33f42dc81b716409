"""The retention purge as a Prefect flow: what goes and when is in `storage.retention`."""

from __future__ import annotations

import getpass

from prefect import flow, task
from prefect.cache_policies import NONE

from flows.impersonation import EVIDENCE_DIR
from flows.report import REPORTS_DIR
from flows.tasks import open_store
from storage.retention import DataFolders, PurgeReport, RetentionPolicy, purge_expired
from storage.store import Store
from trustwatch.records import utc_now
from trustwatch.settings import Settings, load_settings


def local_actor() -> str:
    """Who is running a purge from the command line: the login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def data_folders(settings: Settings) -> DataFolders:
    """Where this deployment writes files holding personal data: the outbox, reports and evidence packs."""
    return DataFolders(
        outbox=settings.resolve(settings.alerts.outbox_dir),
        reports=settings.resolve(REPORTS_DIR),
        evidence=settings.resolve(EVIDENCE_DIR),
    )


@task(name="purge-expired", cache_policy=NONE)
def purge_task(
    store: Store,
    policy: RetentionPolicy,
    actor: str,
    dry_run: bool,
    flow_run_id: str | None,
    folders: DataFolders | None = None,
) -> PurgeReport:
    """The purge as a Prefect task; no retries, since a failed purge rolled back and the next one repeats it."""
    return purge_expired(store, policy, actor=actor, dry_run=dry_run, flow_run_id=flow_run_id, folders=folders)


def publish_purge_artifact(report: PurgeReport) -> None:
    """A Prefect markdown artifact: rows deleted per table and the cut-offs used."""
    from prefect.artifacts import create_markdown_artifact

    verb = "would delete" if report.dry_run else "deleted"
    lines = [
        f"**Retention purge{' (dry run: nothing deleted)' if report.dry_run else ''}** by {report.actor}: "
        f"{verb} **{report.total}** rows.",
        "",
        "| table | rows |",
        "|---|---|",
        *(f"| {table} | {rows} |" for table, rows in report.rows_deleted.items()),
        "",
        f"Files {verb}: "
        + (", ".join(f"{count} {kind}" for kind, count in report.files_deleted.items()) or "none")
        + f"; cached feed responses dropped from {report.cursor_caches_dropped} cursor(s).",
        "",
        "Cut-offs (UTC): "
        + "; ".join(f"{name.replace('_', ' ')} {at:%Y-%m-%d %H:%M}" for name, at in report.cutoffs.items()),
    ]
    if report.file_bytes_before is not None and report.file_bytes_after is not None:
        before, after = report.file_bytes_before / 1e6, report.file_bytes_after / 1e6
        lines.append(
            f"Database file: {before:.1f} MB before, {after:.1f} MB after (rewritten without the deleted rows)."
        )
    if report.purge_id:
        lines.append(f"Audit row: `purges.purge_id = '{report.purge_id}'`.")
    create_markdown_artifact(
        markdown="\n".join(lines), key="retention-purge-run", description="TrustWatch retention purge"
    )


@flow(name="retention-purge")
def retention_purge(config_path: str = "trustwatch.toml", dry_run: bool = False) -> PurgeReport:
    """Delete personal data past its retention period (see `[retention]`), audit the purge, publish counts."""
    from prefect.runtime import deployment, flow_run

    settings = load_settings(config_path)
    policy = RetentionPolicy(settings.retention, now=utc_now())
    # Recorded as run by the deployment when scheduled, else by the flow run (Prefect does not say who).
    actor = (
        f"prefect deployment retention-purge/{deployment.name}"
        if deployment.name
        else f"prefect flow run {flow_run.name}"
    )
    with open_store(settings) as store:
        report = purge_task(store, policy, actor, dry_run, flow_run.id, data_folders(settings))
    publish_purge_artifact(report)
    return report
