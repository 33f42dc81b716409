"""The `trustwatch` command line: run the monitor, dry-run a source, classify texts.

The composition root: it reads the config, builds the pieces and calls flows and storage. Prefect and
torch are imported only inside the commands that need them (each costs seconds), so `--help`, casework
and the SQL console answer at once.
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup
from typer.exceptions import TyperException

from connectors import configure_source
from connectors.base import ClientSettings
from connectors.web import open_web_client
from trustwatch.errors import TrustWatchError
from trustwatch.files import keep_files_private
from trustwatch.records import Cursor, Mention, Window, parse_utc, utc_now
from trustwatch.settings import ClassifierSettings, Settings, load_settings

# Prefect reads these when it is first imported: no analytics from an NHS machine, and room for the
# local server to start on a slow laptop.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

console = Console(stderr=True)

# What `surrogateescape` turns an undecodable byte into.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
# Full disk, or over quota: the same remedy.
_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


def explain(error: BaseException) -> str | None:
    """One line for the person at the terminal, for errors that are about the input or the machine
    rather than a bug in TrustWatch; None for anything else (which keeps its traceback)."""
    if isinstance(error, TrustWatchError):
        return str(error)
    if isinstance(error, OSError) and error.errno in _DISK_FULL:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}the disk is full ({error.strerror}); free some space and run again"
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    if isinstance(error, UnicodeDecodeError):
        return f"the input is not UTF-8 text ({error.reason} at byte {error.start}); save it as UTF-8 and try again"
    if isinstance(error, RecursionError):
        return "the input is nested too deeply to read (a JSON value thousands of levels deep?)"
    if type(error).__module__.startswith(("duckdb", "_duckdb")):
        message = str(error)
        if "No space left" in message or "Disk quota" in message:
            return f"the disk is full; free some space and run again ({message})"
        return f"database: {message}"
    return None


class _ClearErrors(TyperGroup):
    """The root command: every file it creates is owner-only, and bad input or a broken machine (a
    full disk, a damaged database) ends in one line and exit 2, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command, turning the errors `explain` knows into a message and exit code 2."""
        keep_files_private()
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, TyperException):
            raise
        except Exception as error:
            message = explain(error)
            if message is None:
                raise
            console.print(Text.assemble(("error:", "bold red"), f" {message}"), soft_wrap=True)
            raise typer.Exit(code=2) from None


app = typer.Typer(
    help="TrustWatch: social listening and brand protection for NHS Trusts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=_ClearErrors,
)

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


def check_database(settings: Settings) -> None:
    """Open (and migrate) the configured database once, so a damaged or locked file is a one-line error."""
    from storage.store import Store

    path = settings.resolve(settings.storage.path)
    Store.open(
        path, lock_timeout_seconds=settings.storage.lock_timeout_seconds, memory_limit=settings.storage.memory_limit
    ).close()


def _fail(error: Exception) -> typer.Exit:
    # The message is shown as written (a path or a post's words are never read as markup), on one
    # line however narrow the terminal, so a file name can be copied whole.
    console.print(Text.assemble(("error:", "bold red"), f" {error}"), soft_wrap=True)
    return typer.Exit(code=2)


@contextmanager
def _open_text(path: str, mode: str) -> Iterator[IO[str]]:
    # Input bytes that are not UTF-8 are let through as lone surrogates, so `utf8_lines` can name
    # the line they are on (a decoder reading ahead would fail on an earlier line, or mid-stream).
    if path == "-":
        stream = sys.stdin if "r" in mode else sys.stdout
        if "r" in mode and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="surrogateescape")
        yield stream
        return
    try:
        errors = "surrogateescape" if "r" in mode else "strict"
        with Path(path).open(mode, encoding="utf-8", errors=errors) as handle:
            yield handle
    except OSError as error:
        reason = explain(error) if error.errno in _DISK_FULL else error.strerror
        raise TrustWatchError(f"{path}: {reason}") from None


def refuse_same_file(input_path: str, output_path: str) -> None:
    """Refuse an output that is the input (or a link to it): opening it for writing would empty the input."""
    if "-" in (input_path, output_path):
        return
    try:
        same = Path(input_path).samefile(output_path)
    except OSError:  # one of them does not exist (yet): they cannot be the same file
        return
    if same:
        raise TrustWatchError(
            f"--output {output_path}: is the input file; writing there would erase the input before it is read "
            "(choose another output file)"
        )


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

        # Fail fast, before Prefect starts, on a bad config or a damaged or locked database.
        check_database(load_config(str(config))[0])
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

        check_database(load_config(str(config), source)[0])
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
        from classifiers.impersonation import Verdict, configured_scorer, fetch_profile_image, impersonation_finding
        from classifiers.impersonation import (
            check_accounts as score_accounts,
        )

        settings = load_settings(config)
        trust = settings.trust
        scorer = configured_scorer(settings)
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
    """Find staff named in posts: JSON lines in ({"id", "text"}), out with "staff": one entry per name found.

    Each entry gives the span, the confidence, every candidate (staff_id, name, role, department,
    line manager), whether the name is ambiguous or fits nobody in the directory, and why.
    """
    try:
        from classifiers.staff.linking import detector_from_settings

        refuse_same_file(input_path, output_path)
        detector, directory = detector_from_settings(load_settings(config))
        origin = "stdin" if input_path == "-" else input_path
        with _open_text(input_path, "r") as source, _open_text(output_path, "w") as sink:
            batch: list[tuple[str, str]] = []

            def flush() -> None:
                texts = [text for _id, text in batch]
                for (text_id, _text), mentions in zip(batch, detector.scan_many(texts), strict=True):
                    record = {"id": text_id, "staff": [mention.to_record(directory) for mention in mentions]}
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                batch.clear()

            try:
                for text_id, text in read_jsonl_texts(source, origin):
                    batch.append((text_id, text))
                    if len(batch) >= 64:
                        flush()
            finally:
                # A bad line stops the scan, but the lines before it are still written.
                flush()
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


def utf8_lines(handle: Iterable[str], origin: str) -> Iterator[str]:
    """The lines of `handle`; a line holding bytes that are not UTF-8 is an error naming the line and byte."""
    for number, line in enumerate(handle, start=1):
        escaped = None if line.isascii() else _ESCAPED_BYTE.search(line)
        if escaped is not None:
            byte = ord(escaped.group()) - 0xDC00
            raise TrustWatchError(
                f"{origin}: line {number}: not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8"
            )
        yield line


def read_jsonl_texts(handle: IO[str], origin: str) -> Iterator[tuple[str, str]]:
    """(id, text) pairs from JSON lines; a bad line is an error naming the input and line number."""
    for number, line in enumerate(utf8_lines(handle, origin), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise TrustWatchError(f"{origin}: line {number}: not valid JSON ({error.msg})") from None
        except RecursionError:
            raise TrustWatchError(f"{origin}: line {number}: JSON nested too deeply to read") from None
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
        refuse_same_file(input_path, output_path)
        from classifiers.sentiment import load_classifier

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


def _register_web() -> None:
    from cli.web import register

    register(app)


_register_casework()
_register_ops()
_register_web()

if __name__ == "__main__":
    app()
