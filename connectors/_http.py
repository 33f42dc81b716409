"""Plain-HTTP plumbing shared by the connectors that have no SDK: timeouts, a response size limit,
the error taxonomy, tenacity retries that honour `Retry-After`, and a replay transport.

The SDK clients (X, Bluesky, Reddit) classify their SDK's errors themselves and retry them with
the same `retrying` policy, so every connector backs off and gives up on long waits alike.

The replay transport serves recorded responses from a directory so the demo and the tests run the
real connector code (request building, conditional GET, parsing) with no network. The same
recordings are served to httpx clients (`ReplayTransport`) and to the `requests` sessions inside
tweepy and praw (`ReplayAdapter`), so every SDK runs for real in the demo. In replay mode no
credential is read from the environment (`credential`): nothing leaves the machine, so a recording
never sees a secret and the demo runs with none.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import requests
import requests.adapters
from requests.structures import CaseInsensitiveDict
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from connectors.base import ClientSettings, require_env
from trustwatch.errors import FatalError, RetriableError
from trustwatch.redaction import redact_url as redact_url  # noqa: PLC0414 - the connectors' import of it
from trustwatch.redaction import redact_urls
from trustwatch.settings import HttpSettings

log = logging.getLogger(__name__)

RETRIABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
# The timeout bounds each network operation, not a whole request: a server sending a byte every few
# seconds never trips it. A request (connect, headers, body and redirects) gets at most this many
# times the timeout in all.
DEADLINE_TIMEOUTS = 3
# A server asking for a longer pause than this is treated as down for this run; Prefect's task
# retry (minutes apart) is the right place for a long wait, not a blocked worker thread.
MAX_HONOURED_WAIT_SECONDS = 120.0
# How much of a server's error text a fatal error quotes: enough to say why, never a whole page.
MAX_SERVER_DETAIL = 300


def replay_directory(http: HttpSettings, base_dir: Path | None = None) -> Path | None:
    """The folder recordings are replayed from (relative to `base_dir`), or None when talking to the network."""
    if http.replay_dir is None:
        return None
    return http.replay_dir if http.replay_dir.is_absolute() or base_dir is None else base_dir / http.replay_dir


def replay_directory_for(client_settings: ClientSettings) -> Path | None:
    """`replay_directory` of a connector's client settings."""
    return replay_directory(client_settings.http, client_settings.base_dir)


def credential(variable: str, client_settings: ClientSettings, source: str | None, why: str) -> str:
    """The credential in environment variable `variable`, or, in replay mode, a placeholder naming it.

    Replay mode (`[http] replay_dir` set) answers every request from recordings and sends nothing
    to the network, so it reads no secret at all: the placeholder `replay:<variable>` stands in, a
    recording can never capture a real credential, and the demo runs on a machine that has none.
    Outside replay mode an unset variable is a `FatalError` naming it (see `require_env`).
    """
    if replay_directory_for(client_settings) is not None:
        return f"replay:{variable}"
    return require_env(variable, source, why)


@functools.cache
def verified_tls_context() -> ssl.SSLContext:
    """httpx's default verifying TLS context (certifi's CAs, or SSL_CERT_FILE / SSL_CERT_DIR), built once.

    Loading the CA bundle takes about 20 ms; a backfill opens a client per source per day, and each
    would otherwise load it again. A context is safe to share between threads.
    """
    return httpx.create_ssl_context()


def build_http_client(http: HttpSettings, *, base_dir: Path | None = None, **kwargs: Any) -> httpx.Client:
    """An httpx client with TrustWatch's timeouts and user agent; replays recordings when configured."""
    redact_http_logs()
    kwargs.setdefault("verify", verified_tls_context())
    transport: httpx.BaseTransport | None = kwargs.pop("transport", None)
    replay_dir = replay_directory(http, base_dir)
    if transport is None and replay_dir is not None:
        transport = ReplayTransport(replay_dir)
    return httpx.Client(
        timeout=httpx.Timeout(http.timeout_seconds),
        headers={"User-Agent": http.user_agent},
        follow_redirects=True,
        transport=transport,
        **kwargs,
    )


def http_client_for(client_settings: ClientSettings, **kwargs: Any) -> httpx.Client:
    """`build_http_client` over `[http]`, a relative replay directory read from the config file's folder."""
    return build_http_client(client_settings.http, base_dir=client_settings.base_dir, **kwargs)


def retry_after_seconds(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Seconds the server asked us to wait: `Retry-After` (seconds or HTTP date) or an epoch reset header."""
    now = now or datetime.now(UTC)
    value = response.headers.get("retry-after")
    if value:
        if value.strip().isdigit():
            return float(value.strip())
        try:
            return max(0.0, (parsedate_to_datetime(value) - now).total_seconds())
        except (TypeError, ValueError):
            pass
    for header in ("x-rate-limit-reset", "x-ratelimit-reset", "ratelimit-reset"):
        reset = response.headers.get(header)
        if reset and reset.strip().replace(".", "", 1).isdigit():
            number = float(reset)
            # Epoch timestamps are large; small values are "seconds from now" (IETF draft style).
            return max(0.0, number - now.timestamp()) if number > 1_000_000_000 else number
    return None


def raise_for_status(response: httpx.Response, *, source: str | None = None) -> None:
    """Classify a response once: retriable, fatal, or fine.

    A fatal error quotes what the server said (its error message, shortened and with every
    credential the request carried blanked out), so "403" arrives with its reason.
    """
    status = response.status_code
    if status < 400:
        return
    where = f"{response.request.method} {redact_url(str(response.request.url))}"
    if status in RETRIABLE_STATUS or status >= 500:
        raise RetriableError(
            f"{where} answered {status}; will retry", source=source, retry_after=retry_after_seconds(response)
        )
    detail = server_detail(response)
    said = f": the server said {detail!r}" if detail else ""
    if status in (401, 403):
        raise FatalError(
            f"{where} answered {status} (credentials missing, wrong or without access){said}", source=source
        )
    raise FatalError(f"{where} answered {status}{said}", source=source)


# Keys whose values are credentials wherever they appear in a JSON or form body, or a query.
_CREDENTIAL_FIELDS = (
    r"(?:access_token|refresh_token|id_token|client_secret|api[_-]?key|apikey|key|token|secret|password"
    r"|subscription[_-]?key)"
)
_SECRET_PAIR = re.compile(rf"""(?i)(?<!\w)(["']?{_CREDENTIAL_FIELDS}["']?\s*[:=]\s*["']?)([^"'&\s,}}]+)""")
_BEARER = re.compile(r"(?i)\b(bearer|basic|subscription_key)\s+[A-Za-z0-9._~+/=-]+")
# Google OAuth access tokens ("ya29.") and refresh tokens ("1//") are recognisable on their own.
_GOOGLE_TOKEN = re.compile(r"\b(?:ya29\.[A-Za-z0-9._-]+|1//[A-Za-z0-9._-]{10,})")
_SECRET_HEADERS = ("authorization", "proxy-authorization", "subscription-key", "x-api-key", "cookie")


def _request_secrets(request: httpx.Request) -> list[str]:
    values: list[str] = []
    for header in _SECRET_HEADERS:
        value = request.headers.get(header)
        if value:
            values += [value, *value.split()[1:]]
    values += [value for _, value in parse_qsl(request.url.query.decode("ascii", "replace"))]
    content_type = request.headers.get("content-type", "")
    if "form" in content_type:
        try:
            body = request.content.decode("utf-8", "replace")
        except httpx.RequestNotRead:
            body = ""
        values += [value for _, value in parse_qsl(body)]
    # Short values ("50", "desc") are parameters, not credentials, and blanking them would garble the text.
    return sorted({value for value in values if len(value) >= 8}, key=len, reverse=True)


def redact_secrets(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with `secrets` and anything shaped like a credential (bearer tokens, key=value pairs) blanked."""
    for secret in secrets:
        text = text.replace(secret, "…")
    text = _BEARER.sub(lambda match: f"{match.group(1)} …", text)
    text = _GOOGLE_TOKEN.sub("…", text)
    return _SECRET_PAIR.sub(lambda match: f"{match.group(1)}…", text)


def server_detail(response: httpx.Response, limit: int = MAX_SERVER_DETAIL) -> str:
    """What an error response says, as one short line with credentials blanked; empty when it says nothing.

    JSON error documents give their message fields (Google's `error.message` and `error.status`,
    OAuth's `error_description`, problem+json `title`/`detail`); anything else gives its text with
    markup dropped.
    """
    try:
        body = response.content
    except httpx.ResponseNotRead:
        return ""
    text = body.decode(response.encoding or "utf-8", "replace") if body else ""
    message = _json_error_message(text) if text.lstrip()[:1] in ("{", "[") else None
    if message is None:
        message = re.sub(r"<[^>]*>", " ", text)
    line = " ".join(redact_secrets(message, _request_secrets(response.request)).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _json_error_message(text: str) -> str | None:
    try:
        document = json.loads(text)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    error = document.get("error")
    parts: list[str] = []
    if isinstance(error, dict):
        parts += [str(error[key]) for key in ("message", "status") if error.get(key)]
    elif isinstance(error, str):
        parts.append(error)
    parts += [str(document[key]) for key in ("error_description", "message", "title", "detail") if document.get(key)]
    return "; ".join(dict.fromkeys(parts)) or None


class RedactUrls(logging.Filter):
    """A logging filter that redacts URLs in every message it passes (httpx logs each request URL at INFO)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with its URLs redacted; never drops a record."""
        message = record.getMessage()
        redacted = redact_urls(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def redact_http_logs() -> None:
    """Make sure the httpx and httpcore loggers never print credentials in a URL (idempotent)."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactUrls) for existing in logger.filters):
            logger.addFilter(RedactUrls())


def _wait_for(state: RetryCallState) -> float:
    error = state.outcome.exception() if state.outcome else None
    backoff = wait_exponential_jitter(initial=1, max=30)(state)
    if isinstance(error, RetriableError) and error.retry_after is not None:
        return min(max(error.retry_after, backoff), MAX_HONOURED_WAIT_SECONDS)
    return backoff


def _worth_waiting_for(error: BaseException) -> bool:
    if not isinstance(error, RetriableError) or isinstance(error, TooSlow):
        return False
    return error.retry_after is None or error.retry_after <= MAX_HONOURED_WAIT_SECONDS


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long a connector retries one request before the task-level retry."""

    attempts: int = 4
    sleep: Callable[[float], None] = time.sleep


def retrying(policy: RetryPolicy | None = None) -> Retrying:
    """Tenacity retries for one call: `RetriableError` only, exponential backoff with jitter, at least
    the wait the server asked for, and no retry at all when it asked for more than
    `MAX_HONOURED_WAIT_SECONDS` (that wait belongs to the task-level retry). The last error is re-raised.

    Use as `retrying(policy)(attempt)`; `attempt` raises TrustWatch errors, already classified.
    """
    policy = policy or RetryPolicy()
    return Retrying(
        retry=retry_if_exception(_worth_waiting_for),
        wait=_wait_for,
        stop=stop_after_attempt(policy.attempts),
        sleep=policy.sleep,
        reraise=True,
    )


def fetch_with_retries(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    source: str | None = None,
    max_bytes: int,
    policy: RetryPolicy | None = None,
    classify: Callable[[httpx.Response], None] | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """One request with retries on retriable failures, a size limit and classified errors.

    A 304 is returned as is (the caller handles conditional GET); other 4xx/5xx raise. `classify`
    sees each response first and may raise a platform's own verdict (a spent quota that a bare 429
    would hide).
    """

    def attempt() -> httpx.Response:
        try:
            response = read_limited(client, method, url, max_bytes=max_bytes, source=source, **kwargs)
        except UnrecordedRequest as error:
            error.source = error.source or source
            raise
        except httpx.TooManyRedirects:
            raise FatalError(
                f"{method} {redact_url(url)}: more than {client.max_redirects} redirects (a redirect loop?)",
                source=source,
            ) from None
        except httpx.TimeoutException as error:
            raise RetriableError(
                f"{method} {redact_url(url)} timed out ({type(error).__name__})", source=source
            ) from None
        except httpx.TransportError as error:
            raise RetriableError(f"{method} {redact_url(url)} failed: {type(error).__name__}", source=source) from None
        if classify is not None:
            classify(response)
        raise_for_status(response, source=source)
        return response

    return retrying(policy)(attempt)


class TooSlow(RetriableError):
    """A response that did not finish within the request's deadline (a server trickling its answer).

    Not retried within the call, which would hold the source as long again; the task-level retry
    asks later.
    """


class _Watchdog:
    """Shuts the request's connection down at its deadline.

    Timeouts bound each read, so a server sending its headers or body a byte at a time never trips
    them. httpx's `trace` extension hands over each new connection's stream; shutting its socket
    ends the blocked read at once. (A reused keep-alive connection is not seen here; its body is
    still bounded by the deadline check between chunks.)
    """

    def __init__(self, seconds: float) -> None:
        self.sockets: list[socket.socket] = []
        self.expired = False
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace callback: remember the socket of every connection opened for the request."""
        stream = info.get("return_value") if event == "connection.connect_tcp.complete" else None
        connected = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(connected, socket.socket):
            self.sockets.append(connected)

    def _expire(self) -> None:
        self.expired = True
        for connected in self.sockets:
            with contextlib.suppress(OSError):
                connected.shutdown(socket.SHUT_RDWR)


def read_limited(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    max_bytes: int,
    source: str | None = None,
    deadline_seconds: float | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """Send a request and read at most `max_bytes` of body (a runaway feed must not fill memory), all
    within `deadline_seconds` (default `DEADLINE_TIMEOUTS` times the client's read timeout).
    """
    if deadline_seconds is None:
        timeout = httpx.Timeout(kwargs["timeout"]) if "timeout" in kwargs else client.timeout
        deadline_seconds = DEADLINE_TIMEOUTS * (timeout.read or timeout.connect or 60.0)
    deadline = time.monotonic() + deadline_seconds
    watchdog = _Watchdog(deadline_seconds)
    extensions = {**kwargs.pop("extensions", {}), "trace": watchdog.trace}

    def too_slow() -> TooSlow:
        return TooSlow(
            f"{method} {redact_url(url)}: no complete answer within {deadline_seconds:g} s "
            "(the server sends too slowly)",
            source=source,
        )

    watchdog.timer.start()
    try:
        with client.stream(method, url, extensions=extensions, **kwargs) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FatalError(
                    f"{method} {redact_url(url)}: response of {declared} bytes exceeds the {max_bytes}-byte limit",
                    source=source,
                )
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FatalError(
                        f"{method} {redact_url(url)}: response exceeds the {max_bytes}-byte limit", source=source
                    )
                if time.monotonic() > deadline:
                    raise too_slow()
    except httpx.TransportError:
        if watchdog.expired:
            raise too_slow() from None
        raise
    finally:
        watchdog.timer.cancel()
    return httpx.Response(
        status_code=response.status_code,
        headers=response.headers,
        content=bytes(body),
        request=response.request,
        extensions={"http_version": response.extensions.get("http_version", b"HTTP/1.1")},
    )


def parse_json(response: httpx.Response, *, source: str | None = None) -> Any:
    """The JSON body, or a fatal error that says what came instead (an HTML login page, truncated JSON)."""
    content_type = response.headers.get("content-type", "")
    where = redact_url(str(response.request.url))
    if "html" in content_type.lower() or response.content.lstrip()[:1] == b"<":
        raise FatalError(
            f"{where}: expected JSON but got an HTML page ({content_type or 'no content type'})", source=source
        )
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise FatalError(f"{where}: malformed JSON ({error})", source=source) from None


class UnrecordedRequest(FatalError, httpx.TransportError):
    """Replay mode met a request it has no recording for: a fatal error, never a network call or a retry.

    Also an httpx transport error, so code that treats any failed fetch as "unavailable" (profile
    images, existence checks) does so in replay mode too rather than stopping the run.
    """


@dataclass(frozen=True)
class RecordedAnswer:
    """One recorded response: status, headers and body."""

    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class _Recording:
    query: tuple[tuple[str, str], ...]
    ignored: frozenset[str]
    folder: Path
    entry: Mapping[str, Any]


class Recordings:
    """Recorded responses, read from `DIR/recordings.json` and from each source's `DIR/<source>/recordings.json`.

    Each entry: `{"method": "GET", "url": "...", "status": 200, "headers": {...}, "body_file": "x.xml"}`
    (or an inline `"body"`), bodies beside their index. Requests match on method and URL, query order
    ignored; `"ignore_query": ["t"]` lets a recording answer whatever those parameters hold (Reddit's
    search time filter depends on the day the demo runs). A request that carries `If-None-Match`
    equal to the recording's `ETag` (or `If-Modified-Since` at or after its `Last-Modified`) gets a
    304, like a real server, so conditional GET runs for real. An unrecorded request raises
    `UnrecordedRequest`, never a silent network call.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        indexes = [directory / "recordings.json", *sorted(directory.glob("*/recordings.json"))]
        if not indexes[0].is_file() and len(indexes) == 1:
            raise FatalError(f"{indexes[0]}: replay recordings not found")
        self.by_address: dict[tuple[str, str], list[_Recording]] = {}
        for index in indexes:
            if not index.is_file():
                continue
            try:
                entries = json.loads(index.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                raise FatalError(f"{index}: not valid JSON ({error})") from None
            for position, entry in enumerate(entries):
                if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
                    raise FatalError(f"{index}: entry {position} has no url")
                address, query = _address(entry["url"])
                ignored = frozenset(entry.get("ignore_query", []))
                self.by_address.setdefault((entry.get("method", "GET").upper(), address), []).append(
                    _Recording(_without(query, ignored), ignored, index.parent, entry)
                )

    def answer(self, method: str, url: str, headers: Mapping[str, str]) -> RecordedAnswer:
        """The recorded response to `method url` (a 304 when the request's validators still hold)."""
        address, query = _address(url)
        for recording in self.by_address.get((method.upper(), address), []):
            if _without(query, recording.ignored) != recording.query:
                continue
            entry = recording.entry
            recorded_headers = {str(key): str(value) for key, value in dict(entry.get("headers", {})).items()}
            if _not_modified({key.lower(): value for key, value in headers.items()}, recorded_headers):
                kept = {k: v for k, v in recorded_headers.items() if k.lower() in {"etag", "last-modified"}}
                return RecordedAnswer(304, kept, b"")
            body = (
                (recording.folder / entry["body_file"]).read_bytes()
                if "body_file" in entry
                else str(entry.get("body", "")).encode()
            )
            return RecordedAnswer(int(entry.get("status", 200)), recorded_headers, body)
        raise UnrecordedRequest(f"replay: no recording for {method} {redact_url(url)} in {self.directory}")


class ReplayTransport(httpx.BaseTransport):
    """An httpx transport that answers from `Recordings` (see there for the format)."""

    def __init__(self, directory: Path) -> None:
        self.recordings = Recordings(directory)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer from the recordings."""
        self.requests.append(request)
        answer = self.recordings.answer(request.method, str(request.url), dict(request.headers))
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body)


class ReplayAdapter(requests.adapters.BaseAdapter):
    """A `requests` transport adapter that answers from `Recordings`: mounted on the sessions tweepy and
    praw send through, so the SDKs, their auth and their error handling run for real in replay mode."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.recordings = Recordings(directory)
        self.requests: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        """Answer from the recordings."""
        self.requests.append(request)
        headers = {
            str(key): value if isinstance(value, str) else value.decode() for key, value in request.headers.items()
        }
        answer = self.recordings.answer(str(request.method), str(request.url), headers)
        response = requests.Response()
        response.status_code = answer.status
        response.headers = CaseInsensitiveDict(answer.headers)
        # requests keeps a read body in `_content`; there is no public way to hand it bytes.
        vars(response)["_content"] = answer.body
        response.encoding = requests.utils.get_encoding_from_headers(response.headers)
        response.reason = _REASONS.get(answer.status, "")
        response.url = str(request.url)
        response.request = request
        return response

    def close(self) -> None:
        """Nothing to release: no sockets are ever opened."""


_REASONS = {200: "OK", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden"}
_REASONS |= {404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}


def mount_replay(session: requests.Session, client_settings: ClientSettings) -> None:
    """Serve `session` from the recordings when `[http] replay_dir` is set; leave it alone otherwise."""
    directory = replay_directory_for(client_settings)
    if directory is not None:
        adapter = ReplayAdapter(directory)
        session.mount("https://", adapter)
        session.mount("http://", adapter)


def _address(url: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path}", tuple(
        sorted(parse_qsl(parts.query, keep_blank_values=True))
    )


def _without(query: tuple[tuple[str, str], ...], ignored: frozenset[str]) -> tuple[tuple[str, str], ...]:
    return tuple(pair for pair in query if pair[0] not in ignored)


def _not_modified(request_headers: Mapping[str, str], headers: Mapping[str, str]) -> bool:
    lowered = {k.lower(): v for k, v in headers.items()}
    etag = lowered.get("etag")
    if etag and request_headers.get("if-none-match") == etag:
        return True
    last_modified = lowered.get("last-modified")
    since = request_headers.get("if-modified-since")
    if last_modified and since:
        try:
            return parsedate_to_datetime(since) >= parsedate_to_datetime(last_modified)
        except (TypeError, ValueError):
            return False
    return False
