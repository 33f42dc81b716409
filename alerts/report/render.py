"""The weekly report as an HTML page, a plain-text twin and an email."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader

from alerts.email import TEMPLATES_DIR, compose_email, format_time, from_address, sending_time, template_environment
from alerts.report.charts import sentiment_chart_svg, volume_chart_svg
from alerts.report.model import (
    AGE_BUCKETS,
    TAKEDOWN_STATUSES,
    SourceVolume,
    WeeklyReport,
    long_day,
    percent,
    report_filename,
    short_day,
)
from alerts.report.palette import SENTIMENT_COLOURS, TAKEDOWN_COLOURS
from alerts.report.themes import THEME_PRIOR_WEEKS
from trustwatch.files import write_private
from trustwatch.settings import Settings


def _signed_percent(change: float | None) -> str:
    if change is None:
        return "no mentions the week before"
    if abs(change) < 0.005:
        return "same as the week before"
    arrow = "▲" if change > 0 else "▼"
    return f"{arrow} {abs(change):.0%} on the week before"


def _points_change(current: float | None, previous: float | None) -> str:
    if current is None or previous is None:
        return "no classified mentions the week before" if current is not None else ""
    delta = round((current - previous) * 100)
    if not delta:
        return "same as the week before"
    return f"{'▲' if delta > 0 else '▼'} {abs(delta)} points on the week before"


_ENVIRONMENT = template_environment(
    FileSystemLoader(TEMPLATES_DIR), percent=percent, short_day=short_day, long_day=long_day
)


def _context(report: WeeklyReport) -> dict[str, Any]:
    headline = report.headline
    daily_totals = [sum(source.daily[i] for source in report.volume) for i in range(len(report.days))]
    theme_maximum = max((theme.negative_mentions for theme in report.themes), default=1)
    takedown_totals = report.takedowns.totals if report.takedowns else (0,) * len(TAKEDOWN_STATUSES)
    return {
        "report": report,
        "headline": headline,
        "title": report.title,
        "subject": report_subject(report, "[TrustWatch]"),
        "period": f"{report.days[0]:%A} {report.days[0].day} {report.days[0]:%B} to {long_day(report.week_ending)}",
        "generated": format_time(report.generated_at)[0],
        "mentions_change": _signed_percent(headline.change),
        "negative_change": _points_change(headline.negative_share, headline.previous_negative_share),
        "volume_chart": volume_chart_svg(report),
        "sentiment_chart": sentiment_chart_svg(report),
        "daily_totals": daily_totals,
        "theme_maximum": theme_maximum,
        "age_buckets": AGE_BUCKETS,
        "prior_weeks": THEME_PRIOR_WEEKS,
        "takedown_statuses": TAKEDOWN_STATUSES,
        "takedown_colours": TAKEDOWN_COLOURS,
        "takedown_totals": takedown_totals,
        "takedown_total": sum(takedown_totals),
        "sentiment_colours": SENTIMENT_COLOURS,
        "source_changes": {source.source: _source_change(source) for source in report.volume},
    }


def _source_change(source: SourceVolume) -> str:
    if not source.previous_total:
        return "new" if source.total else "\N{EN DASH}"
    change = (source.total - source.previous_total) / source.previous_total
    if abs(change) < 0.005:
        return "0%"
    sign = "+" if change > 0 else "\N{MINUS SIGN}"
    return f"{sign}{abs(change):.0%}"


def report_subject(report: WeeklyReport, prefix: str) -> str:
    """The email subject: the week and its two headline figures."""
    headline = report.headline
    figures = f"{headline.mentions} {'mention' if headline.mentions == 1 else 'mentions'}"
    if headline.negative_share is not None:
        figures += f", {headline.negative_share:.0%} negative"
    return f"{prefix} Weekly report, week ending {short_day(report.week_ending)} {report.week_ending:%Y}: {figures}"


def render_html(report: WeeklyReport) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG; nothing loaded from elsewhere)."""
    return _ENVIRONMENT.get_template("report.html.j2").render(_context(report))


def render_text(report: WeeklyReport) -> str:
    """The report as plain text: the email's text part, for clients that show no HTML."""
    return _ENVIRONMENT.get_template("report.txt.j2").render(_context(report))


def write_report(html: str, directory: Path, week_ending: date) -> Path:
    """Write the HTML atomically and owner-only (it quotes posts) as `trustwatch-week-<date>.html`."""
    return write_private(directory / report_filename(week_ending), html)


def compose_report_email(
    report: WeeklyReport,
    settings: Settings,
    *,
    html: str | None = None,
    text: str | None = None,
    recipients: Sequence[str] | None = None,
    message_id: str | None = None,
    sent_at: datetime | None = None,
) -> EmailMessage:
    """The weekly report as an email: text and HTML alternatives, plus the HTML page as an attachment.

    The attachment is what survives forwarding and opens with the charts in any browser (Outlook's
    own renderer drops inline SVG from the body). The same conventions as alert digests: Message-ID
    on the sender's domain, Auto-Submitted so out-of-office replies stay away, everything from posts
    redacted (when the report was built) and escaped (by the template).
    """
    alerts = settings.alerts
    sender = from_address(alerts.sender)
    sent_at = sending_time(sent_at)
    html = html if html is not None else render_html(report)
    message = compose_email(
        sender,
        subject=report_subject(report, alerts.subject_prefix),
        recipients=recipients or [alerts.team_inbox],
        text=text if text is not None else render_text(report),
        html=html,
        sent_at=sent_at,
        message_id=message_id,
    )
    # Declared utf-8 as well as in the page's <meta>, so a client previewing the attachment never
    # guesses the encoding and garbles the curly quotes and names with accents.
    message.add_attachment(
        html,
        subtype="html",
        charset="utf-8",
        cte="base64",
        disposition="attachment",
        filename=report_filename(report.week_ending),
    )
    return message
