"""The weekly report: one self-contained HTML page (and a plain-text twin) the comms team can forward.

It answers what a Director of Communications asks on a Monday: how much were we talked about, how
did it feel, what were the complaints about, what is still open, did the fake accounts come down,
who was praised, and can we trust the numbers (did every source run). `model` computes the figures
(its questions to the database live in `storage.reports`), `themes` finds the words that set the
negative mentions apart, `charts` draws inline SVG so the page loads nothing remote, and `render`
makes the page, its text twin and the email. Every chart has its numbers in a table beside it,
because Outlook's Word renderer and Gmail drop inline SVG from the email body.

Everything that came from a post passes through the patient-identifier redaction before it reaches
the report, and the HTML template escapes it. Authors are never shown: members of the public stay
out of a report meant to be forwarded.
"""

from alerts.report.charts import sentiment_chart_svg, volume_chart_svg
from alerts.report.model import (
    KIND_LABELS,
    WeeklyReport,
    build_report,
    last_complete_week_ending,
    report_filename,
    source_label,
    week_window,
)
from alerts.report.render import compose_report_email, render_html, render_text, report_subject, write_report
from alerts.report.themes import frequent_negative_terms, terms, tokens

__all__ = [
    "KIND_LABELS",
    "WeeklyReport",
    "build_report",
    "compose_report_email",
    "frequent_negative_terms",
    "last_complete_week_ending",
    "render_html",
    "render_text",
    "report_filename",
    "report_subject",
    "sentiment_chart_svg",
    "source_label",
    "terms",
    "tokens",
    "volume_chart_svg",
    "week_window",
    "write_report",
]
