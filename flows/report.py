"""The weekly report: build it from DuckDB, save it next to the database, email it, publish the figures."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NONE

from alerts.dispatch import queue_message_once, send_queued, staff_directory_for
from alerts.email import build_mailer
from alerts.report import (
    WeeklyReport,
    build_report,
    compose_report_email,
    last_complete_week_ending,
    render_html,
    render_text,
    write_report,
)
from flows.staff import send_praise_digests
from flows.tasks import open_store, scheduled_or_now
from storage.store import Store
from trustwatch.records import stable_id
from trustwatch.settings import Settings, load_settings

log = logging.getLogger(__name__)

REPORTS_DIR = Path("reports")


@dataclass(frozen=True)
class ReportRun:
    """What one weekly report run produced."""

    week_ending: date
    path: Path
    email_id: str
    emailed: bool
    emails_sent: int
    error: str | None


@task(name="build-weekly-report", cache_policy=NONE)
def build_weekly_report(settings: Settings, store: Store, week_ending: date) -> WeeklyReport:
    """Every figure, chart series and quote of the week, read from the store."""
    return build_report(store, settings, week_ending, staff_directory=staff_directory_for(settings))


@task(name="save-weekly-report", cache_policy=NONE)
def save_weekly_report(settings: Settings, report: WeeklyReport, html: str) -> Path:
    """Write the page as reports/trustwatch-week-<date>.html, relative to the config file."""
    return write_report(html, settings.resolve(REPORTS_DIR), report.week_ending)


@task(name="email-weekly-report", cache_policy=NONE)
def email_weekly_report(
    settings: Settings, store: Store, report: WeeklyReport, html: str, text: str
) -> tuple[str, bool, int, str | None]:
    """Queue the report email once per week, then send everything queued.

    The email id is derived from the week, so re-running the flow for a week already emailed
    saves the page again but never emails the team a second copy.
    """
    email_id = stable_id("weekly-report", report.week_ending.isoformat())
    earlier = queue_message_once(
        store,
        lambda: compose_report_email(report, settings, html=html, text=text),
        email_id=email_id,
        recipients=[settings.alerts.team_inbox],
        run_id=f"weekly-report-{report.week_ending.isoformat()}",
    )
    if earlier is not None:
        log.info("weekly report for %s already queued (%s); not queued again", report.week_ending, earlier)
    sent, error = send_queued(store, build_mailer(settings))
    return email_id, earlier is None, sent, error


def publish_report_artifact(report: WeeklyReport, path: Path, emailed: bool, error: str | None) -> None:
    """A Prefect markdown artifact with the week's headline figures and where the page was saved."""
    from prefect.artifacts import create_markdown_artifact

    headline = report.headline
    negative = "n/a" if headline.negative_share is None else f"{headline.negative_share:.0%}"
    change = "n/a" if headline.change is None else f"{headline.change:+.0%}"
    lines = [
        f"**Weekly report, week ending {report.week_ending:%a %d %b %Y}**",
        "",
        "| figure | value |",
        "|---|---|",
        f"| mentions | {headline.mentions} ({change} on the week before: {headline.previous_mentions}) |",
        f"| negative | {negative} |",
        f"| alerts raised | {headline.alerts_raised} |",
        f"| safeguarding / patient-data incidents | {headline.incidents} |",
        f"| posts praising staff | {headline.staff_praise} |",
        f"| sources with failed runs | {sum(1 for source in report.source_health if source.failures)} |",
        "",
        f"Saved to `{path}`. "
        + (
            "Emailed to the team inbox." if emailed and not error else "Already emailed earlier." if not emailed else ""
        ),
    ]
    if error:
        lines.append(f"Email delivery: {error} (the email stays queued and the next run sends it).")
    create_markdown_artifact(
        markdown="\n".join(lines), key="weekly-report", description="TrustWatch weekly report headline figures"
    )


@flow(name="weekly-report")
def weekly_report(week_ending: date | None = None, config_path: str = "trustwatch.toml") -> ReportRun:
    """Report on the Monday-Sunday week ending on `week_ending` (default: the last complete London week)."""
    settings = load_settings(config_path)
    week_ending = week_ending or last_complete_week_ending(scheduled_or_now())
    with open_store(settings) as store:
        report = build_weekly_report(settings, store, week_ending)
        html, text = render_html(report), render_text(report)
        path = save_weekly_report(settings, report, html)
        email_id, emailed, sent, error = email_weekly_report(settings, store, report, html, text)
        send_praise_digests(settings, store, report.window)
    publish_report_artifact(report, path, emailed, error)
    return ReportRun(
        week_ending=week_ending, path=path, email_id=email_id, emailed=emailed, emails_sent=sent, error=error
    )
