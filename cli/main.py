"""The `trustwatch` command line: run the monitor, dry-run a source, classify texts."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from trustwatch.errors import TrustWatchError
from trustwatch.records import Cursor, Mention, Window, parse_utc

# Prefect reads these when it is first imported: no analytics from an NHS machine, and room for the
# local server to start on a slow laptop.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

app = typer.Typer(
    help="TrustWatch: social listening and brand protection for NHS Trusts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)

ConfigOption = Annotated[Path, typer.Option("--config", "-c", help="TrustWatch TOML config file.")]


def _parse_time(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_utc(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO-8601 date or time", param_hint=option) from None


def _window(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    start, end = _parse_time(since, "--since"), _parse_time(until, "--until")
    if (start is None) != (end is None):
        raise typer.BadParameter("give both --since and --until, or neither")
    if start and end and end <= start:
        raise typer.BadParameter("--until must be after --since")
    return start, end


def _fail(error: Exception) -> typer.Exit:
    console.print(f"[bold red]error:[/] {error}", highlight=False, markup=True)
    return typer.Exit(code=2)


@contextmanager
def _open_text(path: str, mode: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdin if "r" in mode else sys.stdout
        return
    try:
        with Path(path).open(mode, encoding="utf-8") as handle:
            yield handle
    except OSError as error:
        raise TrustWatchError(f"{path}: {error.strerror}") from None


@app.command()
def run(
    config: ConfigOption = Path("trustwatch.toml"),
    since: Annotated[str | None, typer.Option(help="Window start, ISO 8601 (UTC if no offset).")] = None,
    until: Annotated[str | None, typer.Option(help="Window end, ISO 8601 (UTC if no offset).")] = None,
    source: Annotated[list[str] | None, typer.Option(help="Only these sources (repeatable).")] = None,
) -> None:
    """Run the daily monitor now: collect, classify, store, alert. Default window: the last 24 hours."""
    start, end = _window(since, until)
    try:
        from flows.monitor import daily_monitor
        from flows.tasks import load_config

        load_config(str(config))  # fail fast, before Prefect starts, on a bad config
        report = daily_monitor(since=start, until=end, config_path=str(config), only_sources=source)
    except TrustWatchError as error:
        raise _fail(error) from None
    print_run_summary(report.summary, report.window)
    if report.status == "failed":
        raise typer.Exit(code=1)


@app.command()
def backfill(
    since: Annotated[str, typer.Option(help="Window start, ISO 8601 (UTC if no offset).")],
    until: Annotated[str, typer.Option(help="Window end, ISO 8601 (UTC if no offset).")],
    config: ConfigOption = Path("trustwatch.toml"),
    source: Annotated[list[str] | None, typer.Option(help="Only these sources (repeatable).")] = None,
    redo: Annotated[bool, typer.Option(help="Re-run days an earlier backfill already completed.")] = False,
) -> None:
    """Re-run a past window a day at a time: resumable, idempotent, honest about each platform's reach."""
    start, end = _window(since, until)
    assert start is not None and end is not None
    try:
        from flows.backfill import backfill as backfill_flow
        from flows.tasks import load_config

        load_config(str(config), source)
        reports = backfill_flow(since=start, until=end, config_path=str(config), only_sources=source, redo=redo)
    except TrustWatchError as error:
        raise _fail(error) from None
    out = Console()
    table = Table("day (UTC)", "status", "mentions", "new", "alerts", "not covered", title="Backfill")
    for report in reports:
        summary = report.summary
        skipped = [row["source"] for row in summary["sources"] if row["status"] != "complete"]
        table.add_row(
            f"{report.window.since:%Y-%m-%d}",
            report.status,
            str(summary.get("mentions_collected") or 0),
            str(summary.get("mentions_new") or 0),
            str(summary.get("alerts_raised") or 0),
            ", ".join(skipped),
        )
    out.print(table)
    days = len(Window(since=start, until=end).days())
    out.print(f"{len(reports)} of {days} days run; {days - len(reports)} already complete from an earlier backfill.")


@contextmanager
def _open_bytes(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        with Path(path).open("rb") as handle:
            yield handle
    except OSError as error:
        raise TrustWatchError(f"{path}: {error.strerror}") from None


@app.command("check-accounts")
def check_accounts(
    config: ConfigOption = Path("trustwatch.toml"),
    input_path: Annotated[str, typer.Option("--input", "-i", help="JSON lines of accounts; - is stdin.")] = "-",
    fetch_images: Annotated[
        bool, typer.Option("--fetch-images/--no-fetch-images", help="Fetch profile images to compare with the logos.")
    ] = True,
    drafts: Annotated[
        Path | None, typer.Option("--drafts", help="Also write each takedown draft and evidence pack under DIR.")
    ] = None,
) -> None:
    """Score accounts for impersonation: JSON lines in, the same lines out with verdict, score, evidence, the
    alert route the finding would take and, for an impersonator, its takedown draft."""
    try:
        from alerts.routing import delivery, recipients_for
        from alerts.takedown import REPORT_ROUTES, build_takedown_draft, write_evidence_pack
        from classifiers.approved_accounts import ApprovedRegister, load_approved_accounts
        from classifiers.impersonation import (
            ImpersonationScorer,
            Verdict,
            fetch_profile_image,
            impersonation_finding,
            load_logo_hashes,
        )
        from classifiers.impersonation import (
            check_accounts as score_accounts,
        )
        from connectors.web import open_web_client
        from trustwatch.records import utc_now
        from trustwatch.settings import load_settings

        settings = load_settings(config)
        trust = settings.trust
        register = (
            load_approved_accounts(settings.resolve(trust.approved_accounts))
            if trust.approved_accounts
            else ApprovedRegister()
        )
        scorer = ImpersonationScorer(trust, register, load_logo_hashes(settings.resolve(p) for p in trust.logos))
        origin = "stdin" if input_path == "-" else input_path
        now = utc_now()
        counts: dict[str, int] = {}
        with (
            _open_bytes(input_path) as source,
            open_web_client(settings.http, base_dir=settings.resolve(Path())) as client,
        ):

            def fetch(url: str) -> Any:
                return fetch_profile_image(client, url, timeout=settings.http.timeout_seconds)

            for payload, account, verdict, image in score_accounts(
                source, scorer, now, fetch if fetch_images else None, source=origin
            ):
                counts[verdict.verdict.value] = counts.get(verdict.verdict.value, 0) + 1
                row: dict[str, Any] = {**payload, **verdict.to_dict(), "route": None, "takedown_draft": None}
                finding = impersonation_finding(account, verdict, now, image)
                if finding is not None:
                    route = REPORT_ROUTES.get(account.platform)
                    row["route"] = {
                        "finding": finding.kind,
                        "alert": delivery(finding.kind, finding.severity, settings.alerts),
                        "recipients": list(recipients_for(finding, settings.alerts)),
                        "report_at": route.form_url if route else None,
                        "report_in_app": route.how if route else None,
                    }
                if verdict.verdict is Verdict.IMPERSONATION:
                    draft = build_takedown_draft(
                        account,
                        verdict,
                        trust,
                        first_seen=now,
                        now=now,
                        genuine_handles=scorer.genuine_handles(account.platform),
                        image=image,
                    )
                    row["takedown_draft"] = {
                        "draft_id": draft.draft_id,
                        "account_url": draft.account_url,
                        "what_to_report": draft.what_to_report,
                        "form_url": draft.route.form_url if draft.route else None,
                        "report_text": draft.report_text,
                    }
                    if drafts is not None:
                        row["takedown_draft"]["folder"] = str(write_evidence_pack(draft, drafts))
                sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    except TrustWatchError as error:
        raise _fail(error) from None
    summary = ", ".join(f"{counts[name]} {name}" for name in sorted(counts, key=lambda name: -counts[name]))
    console.print(
        f"{sum(counts.values())} accounts checked: {summary}. In a run, impersonation is emailed "
        f"{delivery('impersonation', 'high', settings.alerts)} with a takedown draft; suspicious accounts: "
        f"{delivery('suspicious_account', 'low', settings.alerts)}.",
        highlight=False,
    )


@app.command("scan-staff")
def scan_staff(
    config: ConfigOption = Path("trustwatch.toml"),
    input_path: Annotated[str, typer.Option("--input", "-i", help="JSON lines with id and text; - is stdin.")] = "-",
    output_path: Annotated[str, typer.Option("--output", "-o", help="JSON lines out; - is stdout.")] = "-",
) -> None:
    """Find staff named in posts: JSON lines in ({"id", "text"}), out with "staff": [{staff_id, name, …}]."""
    try:
        from classifiers.staff import match_records, matcher_from_settings
        from trustwatch.settings import load_settings

        matcher, directory = matcher_from_settings(load_settings(config))
        origin = "stdin" if input_path == "-" else input_path
        with _open_text(input_path, "r") as source, _open_text(output_path, "w") as sink:
            for text_id, text in read_jsonl_texts(source, origin):
                record = {"id": text_id, "staff": match_records(matcher.scan(text), directory)}
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    except TrustWatchError as error:
        raise _fail(error) from None


def print_run_summary(summary: dict[str, Any], window: Window) -> None:
    """A readable summary of one run: per-source counts, sentiment split, alerts."""
    out = Console()
    out.print(
        f"[bold]TrustWatch run {summary['run_id'][:8]}[/] {window.since:%d %b %Y %H:%M} → "
        f"{window.until:%d %b %Y %H:%M} UTC: [bold]{summary['status']}[/]"
    )
    table = Table("source", "status", "mentions", "new", "accounts", "error", title="Mentions per source")
    for row in summary["sources"]:
        table.add_row(
            row["source"],
            row["status"],
            str(row["mentions"]),
            str(row["mentions_new"]),
            str(row["accounts"]),
            (row["error"] or "")[:80],
        )
    out.print(table)
    split = summary.get("sentiment", {})
    total = sum(split.values()) or 1
    sentiment = Table("sentiment", "mentions", "share", title="Sentiment of mentions collected")
    for label in ("negative", "neutral", "positive"):
        count = split.get(label, 0)
        sentiment.add_row(label, str(count), f"{100 * count / total:.0f}%")
    out.print(sentiment)
    out.print(
        f"Alerts raised: [bold]{summary.get('alerts_raised') or 0}[/]; "
        f"emails sent: [bold]{summary.get('emails_sent') or 0}[/]; "
        f"new mentions stored: [bold]{summary.get('mentions_new') or 0}[/]"
    )


@app.command()
def collect(
    source_name: Annotated[str, typer.Argument(help="A source name from the config.")],
    since: Annotated[str, typer.Option(help="Window start, ISO 8601.")],
    until: Annotated[str, typer.Option(help="Window end, ISO 8601.")],
    config: ConfigOption = Path("trustwatch.toml"),
    raw: Annotated[bool, typer.Option(help="Include each mention's raw platform payload.")] = False,
    accounts: Annotated[bool, typer.Option(help="Also print the accounts the source yields.")] = False,
) -> None:
    """Print the mentions one source yields for a window as JSON lines; writes nothing (a dry run)."""
    start, end = _window(since, until)
    assert start is not None and end is not None
    try:
        from connectors import configure_source
        from connectors.base import ClientSettings
        from trustwatch.settings import load_settings

        settings = load_settings(config)
        configured = configure_source(settings.source(source_name), settings)
        count = 0
        for record in configured.collect(
            Window(since=start, until=end), Cursor(source=source_name), ClientSettings.of(settings)
        ):
            if isinstance(record, Mention) or accounts:
                line = record.model_dump(mode="json", exclude=None if raw else {"raw"})
                line["record"] = type(record).__name__.lower()
                sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
                count += isinstance(record, Mention)
    except TrustWatchError as error:
        raise _fail(error) from None
    console.print(f"{count} mentions from {source_name}", highlight=False)


def read_jsonl_texts(handle: IO[str], origin: str) -> Iterator[tuple[str, str]]:
    """(id, text) pairs from JSON lines; a bad line is an error naming the input and line number."""
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise TrustWatchError(f"{origin}: line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise TrustWatchError(f"{origin}: line {number}: expected a JSON object with 'id' and 'text'")
        for field in ("id", "text"):
            if not isinstance(record.get(field), str):
                raise TrustWatchError(f"{origin}: line {number}: field {field!r} must be a string")
        yield record["id"], record["text"]


@app.command()
def classify(
    input_path: Annotated[str, typer.Option("--input", "-i", help="JSON lines with id and text; - is stdin.")] = "-",
    output_path: Annotated[str, typer.Option("--output", "-o", help="JSON lines out; - is stdout.")] = "-",
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config with [classifier] settings.")] = None,
) -> None:
    """Classify texts: JSON lines in ({"id", "text"}), one JSON line out per input line, same order."""
    try:
        from classifiers.sentiment import load_classifier
        from trustwatch.settings import ClassifierSettings, load_settings

        full = load_settings(config) if config else None
        settings = full.classifier if full else ClassifierSettings()
        pattern = full.privacy.hospital_number_pattern if full else None
        classifier = load_classifier(settings)
        origin = "stdin" if input_path == "-" else input_path
        with _open_text(input_path, "r") as source, _open_text(output_path, "w") as sink:
            batch: list[tuple[str, str]] = []
            for pair in read_jsonl_texts(source, origin):
                batch.append(pair)
                if len(batch) >= 512:
                    _write_classified(classifier, batch, sink, settings.thresholds, pattern)
                    batch = []
            _write_classified(classifier, batch, sink, settings.thresholds, pattern)
    except TrustWatchError as error:
        raise _fail(error) from None


def _write_classified(
    classifier: Any, batch: list[tuple[str, str]], sink: IO[str], thresholds: dict[str, float], pattern: str | None
) -> None:
    from classifiers.risk import classification_record

    if not batch:
        return
    results = classifier.classify([text for _, text in batch])
    for (text_id, text), result in zip(batch, results, strict=True):
        record = {"id": text_id, **classification_record(result, text, thresholds, pattern)}
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    sink.flush()


def _register_casework() -> None:
    from cli.casework import register

    register(app)


def _register_ops() -> None:
    from cli.ops import register

    register(app)


_register_casework()
_register_ops()

if __name__ == "__main__":
    app()
