"""Casework commands for the comms team: `trustwatch alerts …`, `trustwatch takedowns …`,
`trustwatch export` and `trustwatch sql`. `register(app)` adds them to the main command line.

Ids can be shortened to any unique prefix (at least four characters), and `alerts` commands take
either a case id or an alert id, since alert emails quote the alert id.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from alerts.export import ExportFormat, export_window
from classifiers.pii import redact
from storage.cases import CaseBook, TakedownStatus
from storage.console import read_only_query
from storage.store import Store
from trustwatch.errors import TrustWatchError
from trustwatch.records import Window, parse_utc
from trustwatch.settings import load_settings

LONDON = ZoneInfo("Europe/London")
SHORT_ID = 12

alerts_app = typer.Typer(help="Cases raised by alerts: list, show, acknowledge, resolve.", no_args_is_help=True)
takedowns_app = typer.Typer(help="Takedown requests: list them and record their progress.", no_args_is_help=True)

err = Console(stderr=True)

ConfigOption = Annotated[Path, typer.Option("--config", "-c", help="TrustWatch TOML config file.")]
ByOption = Annotated[str | None, typer.Option("--by", help="Who is making the change (default: $USER).")]
NoteOption = Annotated[
    str | None, typer.Option("--note", "-n", help="Why, or what was done (kept in the audit trail).")
]


def register(app: typer.Typer) -> None:
    """Add the casework commands to the main `trustwatch` app."""
    app.add_typer(alerts_app, name="alerts")
    app.add_typer(takedowns_app, name="takedowns")
    app.command("export")(export)
    app.command("sql")(sql)


def _fail(error: Exception) -> typer.Exit:
    err.print(Text.assemble(("error:", "bold red"), f" {error}"), soft_wrap=True)
    return typer.Exit(code=2)


def _actor(by: str | None) -> str:
    actor = by or os.environ.get("USER") or os.environ.get("LOGNAME")
    if not actor or not actor.strip():
        raise typer.BadParameter("cannot tell who you are from $USER; give --by NAME", param_hint="--by")
    return actor.strip()


def _database(config: Path) -> tuple[Any, Path]:

    settings = load_settings(config)
    return settings, settings.resolve(settings.storage.path)


@contextmanager
def _book(config: Path) -> Iterator[Any]:

    settings, path = _database(config)
    # Publishing the replica after a change keeps what analysts and the web app read during a run current.
    with Store.open(
        path,
        lock_timeout_seconds=settings.storage.lock_timeout_seconds,
        memory_limit=settings.storage.memory_limit,
        publish_replica=True,
    ) as store:
        yield CaseBook(store)


def _cell(value: Any) -> Text:
    # Cells hold text from posts: as Text they are shown literally, never parsed as rich markup.
    if value is None:
        return Text("—", style="dim")
    if isinstance(value, datetime):
        return Text(value.astimezone(LONDON).strftime("%d %b %Y %H:%M"))
    if isinstance(value, date):
        return Text(value.isoformat())
    if isinstance(value, float):
        return Text(f"{value:.3g}")
    return Text(str(value))


def _short(identifier: str | None) -> Text:
    return Text((identifier or "")[:SHORT_ID])


@alerts_app.command("list")
def alerts_list(
    status: Annotated[
        str, typer.Option(help="open, acknowledged, resolved, active (open + acknowledged) or all.")
    ] = "active",
    kind: Annotated[str | None, typer.Option(help="Only cases of this kind, e.g. negative_mention.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many cases.")] = 50,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Cases, most severe first, then oldest first."""
    choices = {
        "active": ["open", "acknowledged"],
        "all": None,
        "open": ["open"],
        "acknowledged": ["acknowledged"],
        "resolved": ["resolved"],
    }
    if status not in choices:
        raise typer.BadParameter(f"{status!r}: choose one of {', '.join(choices)}", param_hint="--status")
    try:
        with _book(config) as book:
            rows = book.list_cases(choices[status], kind=kind, limit=limit)
        pattern = load_settings(config).privacy.hospital_number_pattern
    except TrustWatchError as error:
        raise _fail(error) from None
    table = Table("case", "status", "severity", "kind", "title", "platform", "opened (UK)", "alerts", "takedowns")
    for row in rows:
        table.add_row(
            _short(row["case_id"]),
            _cell(row["status"]),
            _cell(row["severity"]),
            _cell(", ".join(row["kinds"])),
            # Titles are the start of the post: patient identifiers are masked as in alert emails.
            _cell(redact(row["title"], hospital_number_pattern=pattern)),
            _cell(row["platform"]),
            _cell(row["opened_at"]),
            _cell(row["alerts"]),
            _cell(row["takedowns"]),
        )
    table.title = f"{len(rows)} {status} case{'s' if len(rows) != 1 else ''}"
    Console().print(table)


@alerts_app.command("show")
def alerts_show(
    reference: Annotated[str, typer.Argument(help="Case id or alert id (or a unique prefix).")],
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """One case: what was found, its alerts, its takedowns and who changed what."""

    try:
        with _book(config) as book:
            detail = book.show_case(book.find_case(reference))
            settings, _ = _database(config)
    except TrustWatchError as error:
        raise _fail(error) from None
    out = Console()
    case = detail.case
    pattern = settings.privacy.hospital_number_pattern
    # Titles, handles and URLs come from posts: printed as plain text, never read as rich markup.
    out.print(
        Text.assemble(
            (f"Case {case['case_id']}", "bold"),
            f" ({case['status']}, {case['severity']}) {redact(case['title'], hospital_number_pattern=pattern)}",
        )
    )
    out.print(
        f"{', '.join(case['kinds'])} on {case['platform']} ({case['subject_type']} {case['subject_id']}), "
        f"opened {_cell(case['opened_at'])}, due {_cell(case['due_at'])}, updated {_cell(case['updated_at'])}, "
        f"owner {case['owner'] or 'none'}",
        highlight=False,
        markup=False,
    )
    findings = Table("finding", "severity", "score", "what", "detector", title="Findings")
    for row in detail.findings:
        findings.add_row(
            _cell(row["kind"]),
            _cell(row["severity"]),
            _cell(row["score"]),
            _cell(row["summary"]),
            _cell(row["detector"]),
        )
    out.print(findings)
    if detail.mention:
        mention = detail.mention
        out.print(
            f"Posted {_cell(mention['published_at'])} by {mention.get('author_handle') or mention.get('author_name')}"
            f" — {mention.get('url') or 'no link'}",
            highlight=False,
            markup=False,
        )
        # The same redaction as alert emails: patient identifiers never reach a terminal or a paste.
        out.print(Text(redact(mention["text"], hospital_number_pattern=pattern)), style="italic")
    if detail.account:
        account = detail.account
        out.print(
            f"Account @{account.get('handle')} ({account.get('display_name')}) — {account.get('url') or 'no link'}",
            highlight=False,
            markup=False,
        )
    alerts = Table("alert", "reason", "severity", "raised (UK)", title="Alerts")
    for row in detail.alerts:
        alerts.add_row(_short(row["alert_id"]), _cell(row["reason"]), _cell(row["severity"]), _cell(row["created_at"]))
    out.print(alerts)
    if detail.takedowns:
        takedowns = Table(
            "takedown", "status", "url", "requested (UK)", "by", "reference", "last check", title="Takedowns"
        )
        for row in detail.takedowns:
            takedowns.add_row(
                _short(row["takedown_id"]),
                _cell(row["status"]),
                _cell(row["subject_url"]),
                _cell(row["requested_at"]),
                _cell(row["requested_by"]),
                _cell(row["platform_reference"]),
                _cell(row["last_check_result"]),
            )
        out.print(takedowns)
    trail = Table("when (UK)", "who", "what", "from", "to", "note", title="Audit trail")
    for row in detail.events:
        trail.add_row(
            _cell(row["event_at"]),
            _cell(row["actor"]),
            _cell(row["action"]),
            _cell(row["from_status"]),
            _cell(row["to_status"]),
            _cell(row["note"]),
        )
    out.print(trail)


def _change_case(reference: str, by: str | None, note: str | None, config: Path, action: str) -> None:
    actor = _actor(by)
    try:
        with _book(config) as book:
            case_id = book.find_case(reference)
            if action == "acknowledged":
                book.acknowledge(case_id, actor, note)
            else:
                book.resolve(case_id, actor, note)
    except TrustWatchError as error:
        raise _fail(error) from None
    Console().print(f"Case {case_id} {action} by {actor}.", highlight=False, markup=False)


@alerts_app.command("ack")
def alerts_ack(
    reference: Annotated[str, typer.Argument(help="Case id or alert id (or a unique prefix).")],
    by: ByOption = None,
    note: NoteOption = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Acknowledge a case: someone is dealing with it."""
    _change_case(reference, by, note, config, "acknowledged")


@alerts_app.command("resolve")
def alerts_resolve(
    reference: Annotated[str, typer.Argument(help="Case id or alert id (or a unique prefix).")],
    by: ByOption = None,
    note: NoteOption = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Resolve a case: nothing more to do (say what was done with --note)."""
    _change_case(reference, by, note, config, "resolved")


@takedowns_app.command("list")
def takedowns_list(
    status: Annotated[
        list[str] | None, typer.Option(help="drafted, requested, removed, refused or expired (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many takedowns.")] = 50,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Takedowns, most recently changed first."""

    known = {item.value for item in TakedownStatus}
    unknown = sorted(set(status or []) - known)
    if unknown:
        raise typer.BadParameter(f"{', '.join(unknown)}: choose from {', '.join(sorted(known))}", param_hint="--status")
    try:
        with _book(config) as book:
            rows = book.list_takedowns(status, limit=limit)
    except TrustWatchError as error:
        raise _fail(error) from None
    table = Table("takedown", "case", "platform", "status", "url", "requested (UK)", "by", "reference", "decided (UK)")
    for row in rows:
        table.add_row(
            _short(row["takedown_id"]),
            _short(row["case_id"]),
            _cell(row["platform"]),
            _cell(row["status"]),
            _cell(row["subject_url"]),
            _cell(row["requested_at"]),
            _cell(row["requested_by"]),
            _cell(row["platform_reference"]),
            _cell(row["decided_at"]),
        )
    table.title = f"{len(rows)} takedown{'s' if len(rows) != 1 else ''}"
    Console().print(table)


def _change_takedown(reference: str, by: str | None, note: str | None, config: Path, outcome: str) -> None:
    actor = _actor(by)
    try:
        with _book(config) as book:
            takedown_id = book.find_takedown(reference)
            mark = {"removed": book.mark_removed, "refused": book.mark_refused, "expired": book.mark_expired}[outcome]
            mark(takedown_id, actor, note)
    except TrustWatchError as error:
        raise _fail(error) from None
    Console().print(f"Takedown {takedown_id} marked {outcome} by {actor}.", highlight=False, markup=False)


@takedowns_app.command("requested")
def takedowns_requested(
    reference: Annotated[str, typer.Argument(help="Takedown id (or a unique prefix).")],
    platform_reference: Annotated[
        str | None, typer.Option("--reference", "-r", help="The platform's case or ticket number, if it gave one.")
    ] = None,
    at: Annotated[str | None, typer.Option(help="When it was submitted, ISO 8601 (default: now).")] = None,
    by: ByOption = None,
    note: NoteOption = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Record that the report was submitted to the platform."""
    actor = _actor(by)
    try:
        submitted = parse_utc(at) if at else None
    except ValueError:
        raise typer.BadParameter(f"{at!r} is not an ISO-8601 date or time", param_hint="--at") from None
    try:
        with _book(config) as book:
            takedown_id = book.find_takedown(reference)
            book.mark_requested(takedown_id, actor, platform_reference, note, at=submitted)
    except TrustWatchError as error:
        raise _fail(error) from None
    Console().print(f"Takedown {takedown_id} marked requested by {actor}.", highlight=False, markup=False)


@takedowns_app.command("removed")
def takedowns_removed(
    reference: Annotated[str, typer.Argument(help="Takedown id (or a unique prefix).")],
    by: ByOption = None,
    note: NoteOption = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Record that the platform removed the item."""
    _change_takedown(reference, by, note, config, "removed")


@takedowns_app.command("refused")
def takedowns_refused(
    reference: Annotated[str, typer.Argument(help="Takedown id (or a unique prefix).")],
    by: ByOption = None,
    note: NoteOption = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Record that the platform refused to remove the item."""
    _change_takedown(reference, by, note, config, "refused")


@takedowns_app.command("expired")
def takedowns_expired(
    reference: Annotated[str, typer.Argument(help="Takedown id (or a unique prefix).")],
    by: ByOption = None,
    note: NoteOption = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Record that the request lapsed without a decision."""
    _change_takedown(reference, by, note, config, "expired")


def export(
    since: Annotated[str, typer.Option(help="Window start, ISO 8601 (UTC if no offset).")],
    until: Annotated[str, typer.Option(help="Window end, ISO 8601 (UTC if no offset).")],
    export_format: Annotated[str, typer.Option("--format", "-f", help="csv or parquet.")] = "csv",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: named after the window).")
    ] = None,
    force: Annotated[bool, typer.Option(help="Replace the output file if it exists.")] = False,
    by: ByOption = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Export a window's mentions, classifications and cases, pseudonymised, for analysis elsewhere.

    Needs TRUSTWATCH_EXPORT__PSEUDONYM_KEY. Every export is recorded in the `exports` table.
    """

    try:
        chosen = ExportFormat(export_format.lower())
    except ValueError:
        raise typer.BadParameter(f"{export_format!r}: choose csv or parquet", param_hint="--format") from None
    try:
        start, end = parse_utc(since), parse_utc(until)
    except ValueError as error:
        raise typer.BadParameter(f"not an ISO-8601 date or time ({error})", param_hint="--since/--until") from None
    if end <= start:
        raise typer.BadParameter("--until must be after --since")
    actor = _actor(by)
    path = output or Path(f"trustwatch-export-{start:%Y%m%d}-{end:%Y%m%d}.{chosen.value}")
    try:
        settings, database = _database(config)
        finder = None
        if settings.staff is not None:
            from classifiers.staff.linking import detector_from_settings

            finder, _ = detector_from_settings(settings)
        else:
            err.print(
                "[yellow]warning:[/] no \\[staff] directory configured, so staff names in posts outside staff cases "
                "cannot be recognised and are not redacted",
                highlight=False,
            )
        with Store.open(
            database,
            lock_timeout_seconds=settings.storage.lock_timeout_seconds,
            memory_limit=settings.storage.memory_limit,
        ) as store:
            result = export_window(
                store,
                Window(since=start, until=end),
                path,
                export_format=chosen,
                exported_by=actor,
                trust_handles=settings.trust.official_handles,
                staff_finder=finder,
                hospital_number_pattern=settings.privacy.hospital_number_pattern,
                overwrite=force,
            )
    except TrustWatchError as error:
        raise _fail(error) from None
    Console().print(
        f"Exported {result.rows} mentions to {result.path} ({result.format.value}, pseudonym key {result.key_id}).",
        highlight=False,
        markup=False,
    )


def sql(
    query: Annotated[str, typer.Argument(help='One read-only SQL statement, e.g. "SELECT * FROM open_cases".')],
    max_rows: Annotated[int, typer.Option(min=1, help="Print at most this many rows.")] = 200,
    timeout: Annotated[
        float | None,
        typer.Option(
            min=0.1,
            help="Stop the query after this many seconds (default: half of storage.lock_timeout_seconds, "
            "so a scheduled run waiting for the database still gets it).",
            show_default=False,
        ),
    ] = None,
    config: ConfigOption = Path("trustwatch.toml"),
) -> None:
    """Query the TrustWatch database read-only and print the result as a table."""

    try:
        settings, database = _database(config)
        lock_wait = settings.storage.lock_timeout_seconds
        columns, rows = read_only_query(
            database,
            query,
            max_rows=max_rows,
            lock_timeout_seconds=lock_wait,
            timeout_seconds=timeout if timeout is not None else lock_wait / 2,
        )
    except TrustWatchError as error:
        raise _fail(error) from None
    _print_rows(columns, rows, max_rows)


def _print_rows(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], max_rows: int) -> None:
    table = Table(*columns)
    for row in rows[:max_rows]:
        table.add_row(*(_cell(value) for value in row))
    out = Console()
    out.print(table)
    if len(rows) > max_rows:
        out.print(f"(first {max_rows} rows shown; add LIMIT or --max-rows for more)", highlight=False, markup=False)
    else:
        out.print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", highlight=False, markup=False)
