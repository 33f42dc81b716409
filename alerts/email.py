"""Alert emails: compose one digest per run, deliver it over SMTP or into an outbox folder.

Everything in an email that came from a post (text, title, author, evidence) passes through the
patient-identifier redaction first and is HTML-escaped by the template engine, so a post can neither
leak an NHS number into a mailbox nor inject markup into the comms team's mail client. The HTML
part is table-based with inline CSS because Outlook's renderer (Word) ignores most stylesheets, and
it loads nothing remote: no images, no tracking.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid, parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from jinja2 import BaseLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from classifiers.pii import contains_pii, redact
from trustwatch.errors import ConfigError, TrustWatchError
from trustwatch.files import write_private
from trustwatch.records import Mention, Severity, Window, utc_now
from trustwatch.settings import AlertSettings, Settings, SmtpSettings

logger = logging.getLogger(__name__)

LONDON = ZoneInfo("Europe/London")
TEMPLATES_DIR = Path(__file__).parent / "templates"

EN_DASH = "\N{EN DASH}"
NEGATIVE_MENTIONS = ("strongly negative mention", "strongly negative mentions")

PLATFORM_NAMES = {
    "x": "X",
    "reddit": "Reddit",
    "rss": "News / RSS",
    "bluesky": "Bluesky",
    "nhs_website": "NHS website",
    "care_opinion": "Care Opinion",
    "google_reviews": "Google reviews",
}

_SEVERITY_ORDER = {Severity.URGENT: 0, Severity.HIGH: 1, Severity.NORMAL: 2, Severity.LOW: 3}
_SEVERITY_COLOURS = {
    Severity.URGENT: "#d5281b",
    Severity.HIGH: "#ed8b00",
    Severity.NORMAL: "#005eb8",
    Severity.LOW: "#4c6272",
}
_EXCERPT_CHARACTERS = 600
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


class DeliveryError(TrustWatchError):
    """An alert email could not be delivered; the message never contains a password.

    `transient` is True when trying again later may work (server down, timeout, 4xx answer) and
    False when it cannot until someone changes the configuration (login refused, certificate).
    """

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True, slots=True)
class Refusal:
    """The server refused one recipient while the email may have reached others.

    `permanent` (a 5xx answer) means retrying cannot help: the address is dead-lettered.
    """

    recipient: str
    detail: str
    permanent: bool


@dataclass(frozen=True, slots=True)
class AlertItem:
    """One entry of an alert email, whatever kind of finding raised it.

    Negative mentions, impersonating accounts, staff named, safeguarding and complaints all fit:
    a title, a severity, why it was raised, who posted it where and when, a score if a model gave
    one, an excerpt and any evidence as label/value pairs. Text fields may hold post-derived
    content: the composer redacts and escapes them all.
    """

    alert_id: str
    title: str
    severity: Severity
    reason: str
    platform: str
    link: str | None = None
    author: str | None = None
    occurred_at: datetime | None = None
    score_label: str | None = None
    score: float | None = None
    excerpt: str | None = None
    evidence: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # The case the alert belongs to (one per post or account) and its page in the web app.
    case_id: str | None = None
    case_url: str | None = None
    # The Trust's own data (line managers' addresses, PALS contact details, guidance as configured):
    # shown as written, escaped in HTML but never redacted, since redaction is for what the public wrote.
    trust_details: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if not self.alert_id:
            raise ValueError("AlertItem.alert_id: must not be empty")
        if self.occurred_at is not None and self.occurred_at.utcoffset() is None:
            raise ValueError("AlertItem.occurred_at: must be timezone-aware")

    @classmethod
    def for_negative_mention(
        cls,
        mention: Mention,
        *,
        score: float,
        alert_id: str,
        threshold: float | None = None,
        severity: Severity = Severity.HIGH,
        label: str = "negative",
    ) -> AlertItem:
        """The digest entry for a mention the sentiment model scored strongly negative.

        `threshold` is the configured `alerts.negative_threshold`, quoted in the reason.
        """
        platform = platform_name(mention.platform)
        evidence = [("Source", mention.source), ("Kind", mention.kind)]
        if mention.rating is not None:
            evidence.append(("Rating", f"{mention.rating:g}"))
        return cls(
            alert_id=alert_id,
            title=mention.title or f"Negative {mention.kind} on {platform}",
            severity=severity,
            reason=(
                f"Sentiment {label} {score:.2f}, at or above the alert threshold {threshold:.2f}"
                if threshold is not None
                else f"Sentiment model scored it strongly {label}"
            ),
            platform=mention.platform,
            link=mention.url,
            author=_author(mention),
            occurred_at=mention.published_at,
            score_label=label,
            score=score,
            excerpt=mention.text,
            evidence=tuple(evidence),
        )


def _author(mention: Mention) -> str | None:
    if mention.author_handle:
        prefix = {"x": "@", "bluesky": "@", "reddit": "u/"}.get(mention.platform, "")
        handle = mention.author_handle
        return handle if handle.startswith(prefix) else prefix + handle
    return mention.author_name


def platform_name(platform: str) -> str:
    """The platform as the comms team calls it ("x" → "X")."""
    return PLATFORM_NAMES.get(platform, platform.replace("_", " ").capitalize())


def _day(moment: datetime, *, year: bool = True) -> str:
    return f"{moment.day} {moment:%b %Y}" if year else f"{moment.day} {moment:%b}"


def format_window(window: Window) -> str:
    """The London calendar days a window covers, short: 9 to 16 Nov reads "9-16 Nov" with an en dash."""
    first = window.since.astimezone(LONDON)
    # The window is half-open, so a window ending at midnight does not cover the day it ends on.
    last = (window.until - timedelta(microseconds=1)).astimezone(LONDON)
    if first.date() == last.date():
        return _day(first, year=False)
    if first.year != last.year:
        return f"{_day(first)}{EN_DASH}{_day(last)}"
    if first.month != last.month:
        return f"{_day(first, year=False)}{EN_DASH}{_day(last, year=False)}"
    return f"{first.day}{EN_DASH}{_day(last, year=False)}"


def format_time(moment: datetime) -> tuple[str, str]:
    """A moment in London time (GMT/BST, as the team reads it) and in UTC (as platforms record it)."""
    local = moment.astimezone(LONDON)
    utc = moment.astimezone(ZoneInfo("UTC"))
    return (f"{local:%a} {_day(local)}, {local:%H:%M %Z}", f"{_day(utc)}, {utc:%H:%M} UTC")


def safe_link(link: str | None, hospital_number_pattern: str | None) -> tuple[str | None, bool]:
    """The link if it may be put in an email, and whether it was withheld for holding identifiers."""
    if not link:
        return None, False
    parts = urlsplit(link.strip())
    # Feeds control their links: a javascript: or data: URL must never become clickable.
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None, False
    if contains_pii(link, hospital_number_pattern):
        return None, True
    return link.strip(), False


def _excerpt(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    if len(text) <= _EXCERPT_CHARACTERS:
        return text
    cut = text[:_EXCERPT_CHARACTERS].rsplit(maxsplit=1)[0]
    return cut.rstrip(",;:. ") + " …"


@dataclass(frozen=True, slots=True)
class _ItemView:
    """An AlertItem as the templates see it: redacted and formatted, not yet escaped."""

    alert_id: str
    title: str
    severity: str
    severity_colour: str
    reason: str
    platform: str
    author: str | None
    time_london: str | None
    time_utc: str | None
    score: str | None
    excerpt: str | None
    evidence: tuple[tuple[str, str], ...]
    link: str | None
    link_withheld: bool
    case_id: str
    case_url: str | None


def _view(item: AlertItem, hospital_number_pattern: str | None) -> _ItemView:
    def clean(text: str) -> str:
        return redact(text, hospital_number_pattern=hospital_number_pattern)

    london, utc = format_time(item.occurred_at) if item.occurred_at else (None, None)
    score = None
    if item.score is not None:
        score = f"{item.score_label} {item.score:.2f}" if item.score_label else f"{item.score:.2f}"
    link, withheld = safe_link(item.link, hospital_number_pattern)
    # Redact before cutting the excerpt so a cut can never split an identifier into undetectable halves.
    excerpt = _excerpt(clean(item.excerpt)) if item.excerpt else None
    return _ItemView(
        alert_id=item.alert_id,
        title=clean(item.title),
        severity=item.severity.value,
        severity_colour=_SEVERITY_COLOURS[item.severity],
        reason=clean(item.reason),
        platform=platform_name(item.platform),
        author=clean(item.author) if item.author else None,
        time_london=london,
        time_utc=utc,
        score=score,
        excerpt=excerpt,
        evidence=(*((clean(label), clean(value)) for label, value in item.evidence), *item.trust_details),
        link=link,
        link_withheld=withheld,
        case_id=item.case_id or item.alert_id,
        case_url=item.case_url,
    )


def _nl2br(text: str) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in text.splitlines())


def template_environment(loader: BaseLoader, **filters: Callable[..., Any]) -> Environment:
    """The Jinja environment every TrustWatch email and report renders with, plus any extra `filters`.

    Templates named `*.html` or `*.html.j2` are HTML-escaped; the text parts are plain text and must
    stay literal. An undefined variable is an error rather than a blank in an email.
    """
    environment = Environment(
        loader=loader,
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=True, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["nl2br"] = _nl2br
    environment.filters.update(filters)
    return environment


_ENVIRONMENT = template_environment(FileSystemLoader(TEMPLATES_DIR))


def from_address(sender: str) -> Address:
    """The From address of alert emails, refusing a sender that is not a full email address."""
    display_name, address = parseaddr(sender)
    username, _, domain = address.rpartition("@")
    if not username or not domain:
        raise ConfigError(f"alerts.sender: {sender!r} is not an email address")
    return Address(display_name=display_name or "TrustWatch", username=username, domain=domain)


def sending_time(sent_at: datetime | None) -> datetime:
    """When an email is composed: `sent_at` if given (it must be timezone-aware), else now."""
    sent_at = sent_at or utc_now()
    if sent_at.utcoffset() is None:
        raise ValueError("sent_at: must be timezone-aware")
    return sent_at


# Line breaks would start a new header (Python refuses to compose such a subject at all); other
# control characters and bidirectional overrides can make a subject read as something it is not.
_HEADER_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")
SUBJECT_CHARACTERS = 200


def header_text(text: str) -> str:
    """`text` made safe for one email header: one line, no control or direction characters, cut to length."""
    cleaned = " ".join(_HEADER_UNSAFE.sub(" ", text).split())
    return cleaned if len(cleaned) <= SUBJECT_CHARACTERS else cleaned[: SUBJECT_CHARACTERS - 1].rstrip() + "…"


def compose_email(
    sender: Address,
    *,
    subject: str,
    recipients: Sequence[str],
    text: str,
    html: str,
    sent_at: datetime,
    message_id: str | None = None,
    references: Sequence[str] = (),
    reply_to: str | None = None,
) -> EmailMessage:
    """An email as TrustWatch sends every one: plain text with an HTML alternative, from a bot.

    The Message-ID is generated on the sender's domain unless `message_id` is given; `references`
    (earlier Message-IDs, oldest first) thread it as a reply. Attachments are added by the caller.
    """
    message = EmailMessage(policy=policy.default)
    message["Subject"] = header_text(subject)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    if reply_to:
        message["Reply-To"] = reply_to
    message["Date"] = format_datetime(sent_at)
    message["Message-ID"] = message_id or make_msgid(domain=sender.domain)
    if references:
        message["In-Reply-To"] = references[-1]
        message["References"] = " ".join(references)
    # RFC 3834 and Exchange's own header: out-of-office replies to a bot only add noise.
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message


def compose_digest(
    trust_name: str,
    settings: AlertSettings,
    items: Sequence[AlertItem],
    window: Window,
    *,
    noun: tuple[str, str] = NEGATIVE_MENTIONS,
    heading: str | None = None,
    subject: str | None = None,
    recipients: Sequence[str] | None = None,
    message_id: str | None = None,
    references: Sequence[str] = (),
    hospital_number_pattern: str | None = None,
    max_items: int = 50,
    sent_at: datetime | None = None,
) -> EmailMessage:
    """One email listing every item raised in a run, as text and HTML.

    The Message-ID is generated with the sender's domain unless `message_id` is given; read it
    back from `message["Message-ID"]` to thread follow-ups, which pass earlier ids as `references`.
    `noun` is the (singular, plural) name of what is listed, or `heading` replaces the whole
    "N things of Trust" line (urgent single-item emails) and `subject` the whole subject (a "Re:"
    that mail clients thread with the first email); `max_items` caps the entries shown
    (the count in the subject stays the full count).
    """
    if not items:
        raise ValueError("items: an alert digest needs at least one item")
    sender = from_address(settings.sender)
    sent_at = sending_time(sent_at)
    ordered = sorted(
        items,
        key=lambda item: (_SEVERITY_ORDER[item.severity], -(item.score or 0.0), item.occurred_at or sent_at),
    )
    shown = [_view(item, hospital_number_pattern) for item in ordered[:max_items]]
    count = len(items)
    heading = heading or f"{count} {noun[0] if count == 1 else noun[1]} of {trust_name}"
    window_short = format_window(window)
    since_london, since_utc = format_time(window.since)
    until_london, until_utc = format_time(window.until)
    subject = subject or f"{settings.subject_prefix} {heading} ({window_short})"
    context = {
        "subject": subject,
        "heading": heading,
        "trust_name": trust_name,
        "window_short": window_short,
        "window_london": f"{since_london} to {until_london}",
        "window_utc": f"{since_utc} to {until_utc}",
        "items": shown,
        "hidden_count": count - len(shown),
        "team_inbox": settings.team_inbox,
        "generated_london": format_time(sent_at)[0],
    }
    return compose_email(
        sender,
        subject=subject,
        recipients=recipients or [settings.team_inbox],
        text=_ENVIRONMENT.get_template("digest.txt.j2").render(context),
        html=_ENVIRONMENT.get_template("digest.html.j2").render(context),
        sent_at=sent_at,
        message_id=message_id,
        references=references,
    )


def compose_notice(
    settings: AlertSettings,
    *,
    heading: str,
    paragraphs: Sequence[str],
    recipients: Sequence[str] | None = None,
    sent_at: datetime | None = None,
) -> EmailMessage:
    """An operational notice to the team (a failed run, undeliverable alerts): plain paragraphs, escaped."""
    sent_at = sending_time(sent_at)
    html = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    return compose_email(
        from_address(settings.sender),
        subject=f"{settings.subject_prefix} {heading}",
        recipients=recipients or [settings.team_inbox],
        text="\n\n".join([heading, *paragraphs]) + "\n",
        html=f"<!doctype html><html><body><h1>{escape(heading)}</h1>{html}</body></html>",
        sent_at=sent_at,
    )


def message_bytes(message: EmailMessage) -> bytes:
    """The message as RFC 5322 bytes (CRLF line ends), as queued in storage and written to .eml."""
    return message.as_bytes(policy=policy.SMTP)


def parse_message(data: bytes) -> EmailMessage:
    """A message back from `message_bytes` (for sending a queued email)."""
    # The bytes are canonical CRLF; parsing them as-is would leave "\r\n" inside decoded parts. Bodies
    # are quoted-printable, so a bare CR in the content is encoded and unaffected by this.
    parsed = BytesParser(policy=policy.default).parsebytes(data.replace(b"\r\n", b"\n"))
    assert isinstance(parsed, EmailMessage)  # guaranteed by policy.default's message_factory
    return parsed


class Mailer(Protocol):
    """Something that delivers an email: SMTP in production, an outbox folder in the demo."""

    def send(self, message: EmailMessage, recipients: Sequence[str] | None = None) -> list[Refusal]:
        """Deliver `message` to `recipients` (default: its To/Cc/Bcc); return the recipients refused.

        Raises DeliveryError when nothing could be delivered for a reason that is not one recipient's
        (server down, login or TLS refused, the message itself rejected).
        """
        ...


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class SmtpMailer:
    """Deliver over SMTP: STARTTLS (default, certificate verified), implicit TLS, or plain to localhost."""

    def __init__(self, smtp: SmtpSettings, *, ssl_context: ssl.SSLContext | None = None) -> None:
        if smtp.security == "none" and not _is_loopback(smtp.host):
            raise ConfigError(
                f"smtp.security: 'none' sends mail and the password unencrypted, so it is only allowed for a "
                f"relay on localhost, not {smtp.host!r}; use 'starttls' or 'ssl'"
            )
        self._password = smtp.password.get_secret_value() if smtp.password else None
        if smtp.username and not self._password:
            raise ConfigError("smtp.username is set but the password is not: set TRUSTWATCH_SMTP__PASSWORD")
        self._smtp = smtp
        self._ssl_context = ssl_context or ssl.create_default_context()

    def _fail(self, what: str, *, transient: bool) -> DeliveryError:
        text = f"SMTP {self._smtp.host}:{self._smtp.port}: {what}"
        if self._password:
            text = text.replace(self._password, "***")
        return DeliveryError(text, transient=transient)

    def _connect(self) -> smtplib.SMTP:
        smtp = self._smtp
        if smtp.security == "ssl":
            return smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout_seconds, context=self._ssl_context)
        return smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_seconds)

    def _deliver(self, client: smtplib.SMTP, message: EmailMessage, recipients: Sequence[str] | None) -> list[Refusal]:
        client.ehlo()
        if self._smtp.security == "starttls":
            if not client.has_extn("starttls"):
                raise self._fail("the server does not offer STARTTLS; refusing to send in clear", transient=False)
            client.starttls(context=self._ssl_context)
            client.ehlo()
        if self._smtp.username and self._password:
            client.login(self._smtp.username, self._password)
        try:
            refused = client.send_message(message, to_addrs=list(recipients) if recipients else None)
        except smtplib.SMTPRecipientsRefused as error:
            refused = error.recipients
        return [
            Refusal(address, _describe(smtplib.SMTPResponseException(code, answer)), permanent=code >= 500)
            for address, (code, answer) in sorted(refused.items())
        ]

    def send(self, message: EmailMessage, recipients: Sequence[str] | None = None) -> list[Refusal]:
        """Deliver `message`; a refused recipient is returned, any other failure is a DeliveryError."""
        try:
            client = self._connect()
        except ssl.SSLError as error:
            raise self._fail(f"TLS handshake failed ({error.reason or error})", transient=False) from None
        except (OSError, smtplib.SMTPException) as error:
            raise self._fail(f"cannot connect ({_describe(error)})", transient=True) from None
        try:
            refusals = self._deliver(client, message, recipients)
        except DeliveryError:
            raise
        except smtplib.SMTPAuthenticationError as error:
            raise self._fail(
                f"login as {self._smtp.username!r} was refused ({_describe(error)})", transient=False
            ) from None
        except smtplib.SMTPNotSupportedError as error:
            raise self._fail(f"the server does not support a required feature ({error})", transient=False) from None
        except smtplib.SMTPResponseException as error:
            raise self._fail(_describe(error), transient=400 <= error.smtp_code < 500) from None
        except ssl.SSLError as error:
            raise self._fail(f"TLS failed ({error.reason or error})", transient=False) from None
        except (OSError, smtplib.SMTPException) as error:
            raise self._fail(f"connection failed ({_describe(error)})", transient=True) from None
        finally:
            _close_quietly(client)
        logger.info("Sent alert email %s via %s:%d", message["Message-ID"], self._smtp.host, self._smtp.port)
        return refusals


def _describe(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        answer = (
            error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        )
        return f"server answered {error.smtp_code} {answer}".strip()
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _close_quietly(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


class OutboxMailer:
    """Write each message as an .eml file into a folder instead of sending it (the demo's transport)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_for(self, message: EmailMessage) -> Path:
        """Where `message` is written: its date (UTC) and Message-ID, safe as a file name."""
        message_id = message["Message-ID"]
        if not message_id:
            raise ValueError("message: has no Message-ID header, so it cannot be named in the outbox")
        date_header = message["Date"]
        try:
            moment = parsedate_to_datetime(str(date_header)) if date_header else utc_now()
        except (TypeError, ValueError):
            moment = utc_now()
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo("UTC"))
        stamp = moment.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
        safe_id = _UNSAFE_FILENAME.sub("_", str(message_id).strip().strip("<>"))[:150]
        return self.directory / f"{stamp}_{safe_id}.eml"

    def write(self, message: EmailMessage) -> Path:
        """Write `message` atomically (a reader never sees half a file) and return its path."""
        path = self.path_for(message)
        try:
            write_private(path, message_bytes(message))
        except OSError as error:
            raise DeliveryError(f"outbox {self.directory}: cannot write ({error.strerror})", transient=False) from None
        logger.info("Wrote alert email %s to %s", message["Message-ID"], path)
        return path

    def send(self, message: EmailMessage, recipients: Sequence[str] | None = None) -> list[Refusal]:
        """Deliver into the outbox folder (one file per email, whoever it is for)."""
        self.write(message)
        return []


def build_mailer(settings: Settings) -> Mailer:
    """The mailer that `alerts.transport` selects: SMTP, or the outbox folder (relative to the config file)."""
    if settings.alerts.transport == "outbox":
        return OutboxMailer(settings.resolve(settings.alerts.outbox_dir))
    return SmtpMailer(settings.smtp)
