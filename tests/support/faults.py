"""Fault scenarios shared by the fault tests and `bench/faults.py`.

Each scenario runs the real daily monitor over the demo Trust's feeds, served by a feed server on
127.0.0.1 that this module controls, injects one fault, recovers the way an operator would (the
next scheduled run, the lock released, the mail server back), and then compares the database and
the delivered email with a clean reference run over the same window:

- rows lost: mentions the reference landed that the faulted database does not hold;
- rows duplicated: extra copies of a mention (the same article under a second key, or twice by key);
- alerts lost: reference alerts never delivered to a mailbox;
- alerts duplicated: alerts raised twice for one thing, or delivered in more than one email;
- cursors: each source's cursor must equal the reference run's;
- stale classifications: mentions whose text ends up as in the reference but whose sentiment was
  computed on other text (a cut-off copy seen first).

Mentions are compared by what they are (platform, source, article URL, title, publication time), not
by `native_id`: feed-local guids are namespaced with the feed URL, which carries the server's port,
and a key-based comparison could not see an article landed twice under two keys.

The demo's NHS website source is left out: its validator only accepts https://www.nhs.uk pages, which
cannot be pointed at a local server. A small community-forum feed written here stands in for the
posts that raise urgent alerts (a patient's NHS number), so urgent one-by-one emails are counted too.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar, Literal, Self

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "demo"

SINCE = datetime.fromisoformat("2026-11-09T00:00:00+00:00")
UNTIL = datetime.fromisoformat("2026-11-16T00:00:00+00:00")

# Demo recordings served by the feed server, by the name they are served under.
DEMO_FEEDS = {
    "google-alerts": "google-alerts-kingsmere.xml",
    "kingsmere-echo": "kingsmere-echo-health.xml",
    "county-council": "county-council-news.xml",
}

# A fictional patients' forum: one post carries an NHS number (valid check digit, invented), so the
# run raises an urgent alert that is emailed on its own.
COMMUNITY_FORUM = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Kingsmere Parents and Patients Forum</title>
    <link>https://forum.kingsmere-community.example/</link>
    <description>Latest topics</description>
    <item>
      <title>Still waiting for Dad's hip operation</title>
      <link>https://forum.kingsmere-community.example/t/dads-hip-operation/4410</link>
      <guid>https://forum.kingsmere-community.example/t/dads-hip-operation/4410</guid>
      <description>Posting for my dad, his NHS number is 401 023 2137 if anyone at Kingsmere General can
      look him up. Nine months on the list for his hip and nobody answers the phone.</description>
      <pubDate>Thu, 12 Nov 2026 08:15:00 +0000</pubDate>
    </item>
    <item>
      <title>Left on a trolley all night</title>
      <link>https://forum.kingsmere-community.example/t/trolley-all-night/4402</link>
      <guid>https://forum.kingsmere-community.example/t/trolley-all-night/4402</guid>
      <description>Absolutely appalling night at Kingsmere General A&amp;E. My nan was left on a trolley in a
      corridor for fourteen hours, no water, no pain relief, and the staff were rude when we asked
      for help. Disgusting way to treat an old lady.</description>
      <pubDate>Wed, 11 Nov 2026 22:40:00 +0000</pubDate>
    </item>
    <item>
      <title>Thank you maternity</title>
      <link>https://forum.kingsmere-community.example/t/thank-you-maternity/4397</link>
      <guid>https://forum.kingsmere-community.example/t/thank-you-maternity/4397</guid>
      <description>Huge thanks to the midwives at Kingsmere Valley Hospitals, they were calm and kind from
      start to finish and we went home with a healthy baby girl.</description>
      <pubDate>Tue, 10 Nov 2026 16:05:00 +0000</pubDate>
    </item>
    <item>
      <title>Visiting times at Ashby Moor?</title>
      <link>https://forum.kingsmere-community.example/t/visiting-ashby-moor/4391</link>
      <guid>https://forum.kingsmere-community.example/t/visiting-ashby-moor/4391</guid>
      <description>Does anyone know the evening visiting times at Ashby Moor Community Hospital?</description>
      <pubDate>Mon, 09 Nov 2026 19:30:00 +0000</pubDate>
    </item>
  </channel>
</rss>
"""


@dataclass(frozen=True)
class Feed:
    """A feed body and the headers a real server would send with it."""

    body: bytes
    content_type: str
    last_modified: str | None = None

    @property
    def etag(self) -> str:
        """A strong validator of this exact body (a changed body gets a new one, as on a real server)."""
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


def demo_feeds() -> dict[str, Feed]:
    """The demo's recorded feeds plus the community forum, by the name the server serves them under."""
    recordings = json.loads((DEMO / "recordings" / "recordings.json").read_text(encoding="utf-8"))
    by_file = {entry.get("body_file"): entry for entry in recordings}
    feeds = {}
    for name, body_file in DEMO_FEEDS.items():
        headers = {key.lower(): value for key, value in by_file[body_file].get("headers", {}).items()}
        feeds[name] = Feed(
            body=(DEMO / "recordings" / body_file).read_bytes(),
            content_type=headers.get("content-type", "application/xml"),
            last_modified=headers.get("last-modified"),
        )
    feeds["community-forum"] = Feed(
        body=COMMUNITY_FORUM.encode(),
        content_type="application/rss+xml; charset=utf-8",
        last_modified="Thu, 12 Nov 2026 08:20:00 GMT",
    )
    return feeds


FaultKind = Literal["drop", "status", "hang", "body", "block"]


@dataclass
class Fault:
    """What the feed server does instead of serving a feed.

    drop: close the connection without answering (a server that is down); status: answer `status`
    with `headers` (`reset_in` adds an epoch `x-rate-limit-reset` that many seconds ahead); hang:
    say nothing for `seconds`, then drop; body: serve `body` as `content_type`; block: hold the
    request until the server is released or stopped (a process can be killed mid-run).
    `times` is how many requests the fault answers; None means every request until cleared.
    """

    kind: FaultKind
    times: int | None = None
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    reset_in: float | None = None
    seconds: float = 0.0
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Served:
    """One request the server received and how it answered."""

    feed: str
    at: float
    answer: str


class FeedServer:
    """A threaded HTTP server on 127.0.0.1 serving feeds at `/<name>.xml`, with injectable faults."""

    def __init__(self, feeds: Mapping[str, Feed]) -> None:
        self.feeds = dict(feeds)
        self.faults: dict[str, Fault] = {}
        self.served: list[Served] = []
        self.blocked = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()
        handler = type("BoundFeedHandler", (FeedHandler,), {"server_state": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="feed-server", daemon=True)

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>`."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, name: str) -> str:
        """The address of feed `name`."""
        return f"{self.base_url}/{name}.xml"

    def inject(self, name: str, fault: Fault) -> None:
        """Answer requests for feed `name` with `fault` (replacing any fault set before)."""
        with self._lock:
            self.faults[name] = fault

    def heal(self) -> None:
        """Serve every feed normally again."""
        with self._lock:
            self.faults.clear()
        self.release.set()

    def requests_for(self, name: str) -> list[Served]:
        """The requests feed `name` received, in order."""
        with self._lock:
            return [served for served in self.served if served.feed == name]

    def take_fault(self, name: str) -> Fault | None:
        """The fault that answers this request of `name`, counting it down."""
        with self._lock:
            fault = self.faults.get(name)
            if fault is None:
                return None
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    del self.faults[name]
            return fault

    def record(self, name: str, answer: str) -> None:
        """Log one request."""
        with self._lock:
            self.served.append(Served(feed=name, at=time.monotonic(), answer=answer))

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)


class FeedHandler(BaseHTTPRequestHandler):
    server_state: ClassVar[FeedServer]
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read `served` instead."""

    def do_GET(self) -> None:
        """Serve a feed, a 304, or the injected fault."""
        state = self.server_state
        name = self.path.split("?", 1)[0].strip("/").removesuffix(".xml")
        feed = state.feeds.get(name)
        if feed is None:
            state.record(name, "404")
            self._answer(404, {"Content-Type": "text/plain"}, b"no such feed")
            return
        fault = state.take_fault(name)
        if fault is not None and self._fault(name, fault):
            return
        if self.headers.get("If-None-Match") == feed.etag:
            state.record(name, "304")
            self._answer(304, self._validators(feed), b"")
            return
        state.record(name, "200")
        self._answer(200, {"Content-Type": feed.content_type, **self._validators(feed)}, feed.body)

    def _fault(self, name: str, fault: Fault) -> bool:
        state = self.server_state
        state.record(name, fault.kind if fault.kind != "status" else str(fault.status))
        if fault.kind == "drop":
            self.close_connection = True
            return True
        if fault.kind == "hang":
            time.sleep(fault.seconds)
            self.close_connection = True
            return True
        if fault.kind == "block":
            state.blocked.set()
            state.release.wait(timeout=600)
            self.close_connection = True
            return True
        if fault.kind == "status":
            headers = {"Content-Type": "text/plain", **fault.headers}
            if fault.reset_in is not None:
                headers["x-rate-limit-reset"] = str(math.ceil(time.time() + fault.reset_in))
            self._answer(fault.status, headers, b"slow down" if fault.status == 429 else b"unavailable")
            return True
        served = Feed(body=fault.body, content_type=fault.content_type)
        self._answer(200, {"Content-Type": served.content_type, "ETag": served.etag}, served.body)
        return True

    @staticmethod
    def _validators(feed: Feed) -> dict[str, str]:
        headers = {"ETag": feed.etag}
        if feed.last_modified:
            headers["Last-Modified"] = feed.last_modified
        return headers

    def _answer(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def to_toml(table: Mapping[str, Any], prefix: str = "") -> str:
    """A TOML document for the plain values, tables and arrays of tables a TrustWatch config holds."""
    scalars, tables, arrays = [], [], []
    for key, value in table.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            arrays.append((key, value))
        else:
            scalars.append(f"{_toml_key(key)} = {_toml_value(value)}")
    parts = ["\n".join(scalars)] if scalars else []
    for key, value in tables:
        name = f"{prefix}{_toml_key(key)}"
        parts.append(f"[{name}]\n" + to_toml(value, f"{name}."))
    for key, items in arrays:
        name = f"{prefix}{_toml_key(key)}"
        parts.extend(f"[[{name}]]\n" + to_toml(item, f"{name}.") for item in items)
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


def write_config(
    folder: Path,
    server: FeedServer,
    **overrides: Mapping[str, Any],
) -> Path:
    """The demo config in `folder`, its feeds pointed at `server`, database and outbox beside it.

    `overrides` update whole sections (`storage={"lock_timeout_seconds": 1}`, `alerts={...}`).
    Registers and the staff directory are copied along; recordings are not (nothing is replayed).
    """
    config_dir = folder / "config"
    if not config_dir.exists():
        shutil.copytree(DEMO, config_dir, ignore=shutil.ignore_patterns("recordings", "*.duckdb*", "outbox"))
    table: dict[str, Any] = tomllib.loads((DEMO / "trustwatch.toml").read_text(encoding="utf-8"))
    table["storage"] = {"path": str(folder / "trustwatch.duckdb"), "lock_timeout_seconds": 5.0}
    table["alerts"]["outbox_dir"] = str(folder / "outbox")
    # Short timeouts and no task-level retries by default, so a fault costs seconds, not minutes.
    table["http"] = {"timeout_seconds": 5.0}
    table["monitor"] = {"collect_retries": 0, "retry_backoff_seconds": 0.0}
    # float32, so a score depends on the text alone: bfloat16 moves scores by up to about 0.01 with the batch a
    # text lands in, which would hide a classification of stale text (the tally compares scores).
    table["classifier"] = {**table.get("classifier", {}), "precision": "float32"}
    table["sources"] = [
        {"name": "google-alerts", "type": "rss", "urls": [server.url("google-alerts")], "relevance_filter": False},
        {
            "name": "local-news",
            "type": "rss",
            "urls": [server.url("kingsmere-echo"), server.url("county-council")],
            "relevance_filter": True,
        },
        {"name": "community-forum", "type": "rss", "urls": [server.url("community-forum")], "relevance_filter": False},
    ]
    for section, values in overrides.items():
        table[section] = {**table.get(section, {}), **values}
    config = config_dir / "trustwatch.toml"
    config.write_text(to_toml(table), encoding="utf-8")
    return config


MentionPrint = tuple[str, str, str, str, str]
AlertPrint = tuple[str, ...]


@dataclass(frozen=True)
class Snapshot:
    """What a database and the mailboxes hold after a scenario, in port-independent terms."""

    mentions: Counter[MentionPrint]
    key_duplicates: int
    alerts: Counter[AlertPrint]
    deliveries: Counter[AlertPrint]
    cursors: dict[str, Any]
    queued_emails: int
    # Per mention: a hash of the stored text and the negative score of its latest classification.
    scores: dict[MentionPrint, tuple[str, float | None]] = field(default_factory=dict)


def delivered_outbox(folder: Path) -> list[str]:
    """Message-IDs of the emails written to the outbox."""
    parser = BytesParser(policy=policy.default)
    return [str(parser.parsebytes(path.read_bytes())["Message-ID"]) for path in sorted(folder.glob("*.eml"))]


def outbox_messages(folder: Path) -> list[Any]:
    """The emails written to the outbox, parsed."""
    parser = BytesParser(policy=policy.default)
    return [parser.parsebytes(path.read_bytes()) for path in sorted(folder.glob("*.eml"))]


def snapshot(database: Path, delivered_message_ids: list[str], base_url: str) -> Snapshot:
    """Read back what a scenario left behind (read-only; the flow has closed the database)."""
    from storage.store import Store

    with Store.open(database, read_only=True) as store:
        rows = store.fetch_dicts(
            "SELECT platform, source, coalesce(url, '') AS url, coalesce(title, '') AS title, published_at, "
            "md5(text) AS text_hash, negative FROM mentions"
        )
        prints = [
            (row["platform"], row["source"], row["url"], row["title"], row["published_at"].isoformat()) for row in rows
        ]
        mentions: Counter[MentionPrint] = Counter(prints)
        scores = {key: (row["text_hash"], row["negative"]) for key, row in zip(prints, rows, strict=True)}
        key_duplicates = int(
            store.scalar("SELECT count(*) - count(DISTINCT (platform, native_id)) FROM collected_mentions")
        )
        alert_rows = store.fetch_dicts(
            """
            SELECT a.reason, f.subject_type, f.subject_id, e.message_id,
                   m.platform, m.source, coalesce(m.url, '') AS url, coalesce(m.title, '') AS title, m.published_at
            FROM alerts AS a
            JOIN findings AS f USING (finding_id)
            LEFT JOIN emails AS e ON e.email_id = a.email_id
            LEFT JOIN collected_mentions AS m
                   ON f.subject_type = 'mention' AND m.platform = f.platform AND m.native_id = f.subject_id
            """
        )
        cursor_rows = store.fetch_dicts("SELECT source, state FROM cursors")
        queued = int(store.scalar("SELECT count(*) FROM emails WHERE status = 'queued'"))
    delivered = Counter(delivered_message_ids)
    alerts: Counter[AlertPrint] = Counter()
    deliveries: Counter[AlertPrint] = Counter()
    for row in alert_rows:
        if row["subject_type"] == "mention" and row["url"] is not None and row["published_at"] is not None:
            subject: AlertPrint = (row["platform"], row["source"], row["url"], row["title"])
            subject += (row["published_at"].isoformat(),)
        else:
            subject = (row["subject_type"], row["subject_id"])
        alert = (row["reason"], *subject)
        alerts[alert] += 1
        deliveries[alert] += delivered.get(row["message_id"], 0) if row["message_id"] else 0
    cursors = {
        row["source"]: json.loads(json.dumps(row["state"]).replace(base_url, "http://feeds.test"))
        if not isinstance(row["state"], str)
        else json.loads(row["state"].replace(base_url, "http://feeds.test"))
        for row in cursor_rows
    }
    return Snapshot(
        mentions=mentions,
        key_duplicates=key_duplicates,
        alerts=alerts,
        deliveries=deliveries,
        cursors=cursors,
        queued_emails=queued,
        scores=scores,
    )


@dataclass(frozen=True)
class Tally:
    """One scenario against the reference."""

    rows_lost: int
    rows_duplicated: int
    alerts_lost: int
    alerts_duplicated: int
    cursors_match: bool
    classifications_stale: int = 0
    # Alerts the clean run never raised, each sent once: e.g. on a text first seen cut off that scored
    # above a threshold the whole text stays below. Not duplicates (nothing is sent twice), but kept
    # whole so a test can say which posts they were about.
    alerts_extra: tuple[AlertPrint, ...] = ()


def compare(reference: Snapshot, outcome: Snapshot) -> Tally:
    """Count what the fault lost or duplicated, relative to the clean run."""
    rows_lost = sum(max(0, count - outcome.mentions[key]) for key, count in reference.mentions.items())
    rows_duplicated = outcome.key_duplicates + sum(
        max(0, count - reference.mentions[key]) for key, count in outcome.mentions.items()
    )
    alerts_lost = sum(1 for key in reference.alerts if outcome.deliveries[key] == 0)
    # Alerts about a source that failed are the fault being reported, not a duplicate.
    about_content = [key for key in outcome.alerts if key[1] != "source"]
    alerts_duplicated = sum(
        max(0, outcome.alerts[key] - 1) + max(0, outcome.deliveries[key] - 1) for key in outcome.alerts
    )
    alerts_extra = tuple(key for key in about_content if key not in reference.alerts)
    stale = 0
    for key, (text_hash, negative) in outcome.scores.items():
        expected_hash, expected = reference.scores.get(key, (None, None))
        if text_hash != expected_hash:
            continue
        # Same text as the reference, different score: it was classified on other text. (Batches of
        # different sizes move scores by about 1e-6, far below this tolerance.)
        if negative is None or expected is None:
            stale += int((negative is None) != (expected is None))
        else:
            stale += int(abs(negative - expected) > 1e-3)
    return Tally(
        rows_lost=rows_lost,
        rows_duplicated=rows_duplicated,
        alerts_lost=alerts_lost,
        alerts_duplicated=alerts_duplicated,
        cursors_match=outcome.cursors == reference.cursors,
        classifications_stale=stale,
        alerts_extra=alerts_extra,
    )


@dataclass
class Outcome:
    """What a scenario observed: run statuses and errors along the way, and the final snapshot."""

    fault: str
    snapshot: Snapshot | None
    runs: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    def source_status(self, run: int, source: str) -> str:
        """The status a source ended with in run `run`."""
        return str(next(row["status"] for row in self.runs[run]["sources"] if row["source"] == source))


def run_monitor(config: Path) -> dict[str, Any]:
    """One real daily-monitor run over the scenario window; returns its summary."""
    from flows.monitor import daily_monitor

    return daily_monitor(since=SINCE, until=UNTIL, config_path=str(config)).summary


def _finish(outcome: Outcome, folder: Path, server: FeedServer, delivered: list[str] | None = None) -> Outcome:
    ids = delivered if delivered is not None else delivered_outbox(folder / "outbox")
    outcome.snapshot = snapshot(folder / "trustwatch.duckdb", ids, server.base_url)
    return outcome


def clean_run(folder: Path) -> Outcome:
    """The reference: every feed healthy, one run."""
    with FeedServer(demo_feeds()) as server:
        outcome = Outcome("none (reference)", None)
        outcome.runs.append(run_monitor(write_config(folder, server)))
        return _finish(outcome, folder, server)


def source_down(folder: Path) -> Outcome:
    """Google Alerts drops every connection for a whole run; the next run finds it back."""
    with FeedServer(demo_feeds()) as server:
        config = write_config(folder, server)
        outcome = Outcome("a source down for a run", None)
        server.inject("google-alerts", Fault("drop"))
        outcome.runs.append(run_monitor(config))
        server.heal()
        outcome.runs.append(run_monitor(config))
        return _finish(outcome, folder, server)


def rate_limited(folder: Path) -> Outcome:
    """429 once with Retry-After (the council feed) and once with x-rate-limit-reset (Google Alerts)."""
    with FeedServer(demo_feeds()) as server:
        config = write_config(folder, server)
        outcome = Outcome("429 with Retry-After / x-rate-limit-reset", None)
        server.inject("county-council", Fault("status", times=1, status=429, headers={"Retry-After": "2"}))
        server.inject("google-alerts", Fault("status", times=1, status=429, reset_in=2.0))
        outcome.runs.append(run_monitor(config))
        for name in ("county-council", "google-alerts"):
            first, second = server.requests_for(name)[:2]
            outcome.notes[f"{name} waited"] = second.at - first.at
        return _finish(outcome, folder, server)


def rate_limited_long(folder: Path) -> Outcome:
    """429 asking for an hour: no in-request wait; Prefect's task retry collects it in the same run."""
    with FeedServer(demo_feeds()) as server:
        config = write_config(folder, server, monitor={"collect_retries": 1, "retry_backoff_seconds": 0.0})
        outcome = Outcome("429 with a reset an hour away (task retry)", None)
        server.inject("google-alerts", Fault("status", times=1, status=429, headers={"Retry-After": "3600"}))
        outcome.runs.append(run_monitor(config))
        outcome.notes["google-alerts requests"] = [served.answer for served in server.requests_for("google-alerts")]
        return _finish(outcome, folder, server)


def timeouts(folder: Path) -> Outcome:
    """The Echo's feed hangs past the timeout for a whole run; the council feed of the same source lands."""
    with FeedServer(demo_feeds()) as server:
        config = write_config(folder, server, http={"timeout_seconds": 0.5})
        outcome = Outcome("timeouts for a run", None)
        server.inject("kingsmere-echo", Fault("hang", seconds=1.5))
        outcome.runs.append(run_monitor(config))
        server.heal()
        outcome.runs.append(run_monitor(config))
        return _finish(outcome, folder, server)


def malformed(folder: Path) -> Outcome:
    """For a run the Echo's feed is cut off mid-document and Google Alerts answers with an HTML login page.

    The cut falls inside the Ward 7 complaint, after its text and before its `<guid>`, the way a
    CMS that fails mid-render ends a feed: feedparser recovers the entry without its id.
    """
    feeds = demo_feeds()
    with FeedServer(feeds) as server:
        config = write_config(folder, server)
        outcome = Outcome("malformed payloads for a run", None)
        echo = feeds["kingsmere-echo"].body
        cut = echo.index(b"<guid", echo.index(b"24817502.mother-left-soiled-sheets"))
        server.inject(
            "kingsmere-echo", Fault("body", body=echo[:cut], content_type=feeds["kingsmere-echo"].content_type)
        )
        login = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>"
        server.inject("google-alerts", Fault("body", body=login))
        outcome.runs.append(run_monitor(config))
        server.heal()
        outcome.runs.append(run_monitor(config))
        return _finish(outcome, folder, server)


def cut_mid_entry(folder: Path) -> Outcome:
    """For a run Google Alerts' feed ends in the middle of an entry's text; the next run gets it whole.

    The entry keeps its id (Atom puts `<id>` first), so the next run's upsert replaces the cut text
    with the whole text; the question is whether its classification follows.
    """
    feeds = demo_feeds()
    with FeedServer(feeds) as server:
        config = write_config(folder, server)
        outcome = Outcome("a feed cut mid-entry for a run", None)
        alerts = feeds["google-alerts"].body
        cut = alerts.index(b"wonderful", alerts.index(b"a-week-on-the-childrens-ward")) + len(b"wonderful")
        server.inject(
            "google-alerts", Fault("body", body=alerts[:cut], content_type=feeds["google-alerts"].content_type)
        )
        outcome.runs.append(run_monitor(config))
        server.heal()
        outcome.runs.append(run_monitor(config))
        return _finish(outcome, folder, server)


def _prefect_api_url() -> str:
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        raise RuntimeError("no Prefect API: run the scenario inside prefect_test_harness or against a server")
    return str(url)


def _subprocess_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRUSTWATCH_")}
    env.update(
        {
            "PREFECT_API_URL": _prefect_api_url(),
            "PREFECT_LOGGING_LEVEL": "WARNING",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "PYTHONPATH": str(REPO),
        }
    )
    return env


def killed_mid_run(folder: Path, *, wait_seconds: float = 300.0) -> Outcome:
    """SIGKILL a run after two of its three sources landed, while the third is mid-request; run again."""
    from storage.store import Store

    with FeedServer(demo_feeds()) as server:
        config = write_config(folder, server)
        outcome = Outcome("process killed mid-run, then re-run", None)
        server.inject("community-forum", Fault("block"))
        process = subprocess.Popen(  # the test's own driver, not a shell
            [sys.executable, "-m", "tests.support.faults", "drive", str(config)],
            cwd=REPO,
            env=_subprocess_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        landed: list[str] = []
        deadline = time.monotonic() + wait_seconds
        try:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("landed "):
                    landed.append(line.split(" ", 1)[1].strip())
                if {"google-alerts", "local-news"} <= set(landed) and server.blocked.is_set():
                    break
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the driver did not land two sources in {wait_seconds:.0f} s")
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        outcome.notes["landed before the kill"] = landed
        outcome.notes["exit code"] = process.returncode
        with Store.open(folder / "trustwatch.duckdb", read_only=True) as store:
            outcome.notes["mentions after the kill"] = store.count("collected_mentions")
            outcome.notes["runs unfinished after the kill"] = int(
                store.scalar("SELECT count(*) FROM runs WHERE finished_at IS NULL")
            )
            outcome.notes["alerts after the kill"] = store.count("alerts")
        server.heal()
        outcome.runs.append(run_monitor(config))
        return _finish(outcome, folder, server)


_HOLD_LOCK = (
    "import sys, duckdb\n"
    "connection = duckdb.connect(sys.argv[1])\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
    "connection.close()\n"
)


@contextmanager
def lock_held(database: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the DuckDB file open for writing until its stdin is closed."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        if holder.stdout.readline().strip() != "locked":
            raise RuntimeError("the lock holder did not start")
        yield holder
    finally:
        if holder.stdin and not holder.stdin.closed:
            holder.stdin.close()
        holder.wait(timeout=30)


def database_locked(folder: Path) -> Outcome:
    """Another process holds the DuckDB file: a short wait fails clearly; a longer one outlasts the holder."""
    from storage.store import StorageError

    with FeedServer(demo_feeds()) as server:
        folder.mkdir(parents=True, exist_ok=True)
        database = folder / "trustwatch.duckdb"
        outcome = Outcome("DuckDB file locked by another process", None)
        with lock_held(database) as holder:
            config = write_config(folder, server, storage={"lock_timeout_seconds": 1.0})
            started = time.monotonic()
            try:
                outcome.runs.append(run_monitor(config))
            except StorageError as error:
                outcome.errors.append(str(error))
            outcome.notes["failed after"] = time.monotonic() - started
            outcome.notes["feed requests while locked"] = len(server.served)
            config = write_config(folder, server, storage={"lock_timeout_seconds": 60.0})
            assert holder.stdin is not None
            # The holder lets go 1.5 s into the next run's wait.
            threading.Timer(1.5, holder.stdin.close).start()
            started = time.monotonic()
            outcome.runs.append(run_monitor(config))
            outcome.notes["waited then ran"] = time.monotonic() - started
        return _finish(outcome, folder, server)


@dataclass
class _Inbox:
    message_ids: list[str] = field(default_factory=list)
    # (Message-ID, recipient) for every recipient each message was accepted for.
    received: list[tuple[str, str]] = field(default_factory=list)
    # Recipients refused for good, as a mailbox that does not exist would be.
    refuse: frozenset[str] = frozenset()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        self.message_ids.append(str(message["Message-ID"]))
        self.received += [(str(message["Message-ID"]), recipient) for recipient in envelope.rcpt_tos]
        return "250 Message accepted for delivery"


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def smtp_down(folder: Path) -> Outcome:
    """The mail server refuses connections for a run; it is back for the next run (same window)."""
    from aiosmtpd.controller import Controller

    port = _free_port()
    with FeedServer(demo_feeds()) as server:
        config = write_config(
            folder,
            server,
            alerts={"transport": "smtp"},
            smtp={"host": "127.0.0.1", "port": port, "security": "none", "timeout_seconds": 5.0},
        )
        outcome = Outcome("SMTP down for a run", None)
        outcome.runs.append(run_monitor(config))
        from storage.store import Store

        with Store.open(folder / "trustwatch.duckdb", read_only=True) as store:
            outcome.notes["queued after the first run"] = int(
                store.scalar("SELECT count(*) FROM emails WHERE status = 'queued'")
            )
        inbox = _Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            outcome.runs.append(run_monitor(config))
        finally:
            controller.stop()
        return _finish(outcome, folder, server, delivered=inbox.message_ids)


REFUSED_ADDRESS = "information.governance@kingsmerevalley.nhs.uk"


def recipient_refused(folder: Path) -> Outcome:
    """The mail server refuses one routed address for good (a mailbox that was renamed) for a whole run.

    Counts `emails blocked`: deliveries to any other address that did not happen. The refused address's
    emails are dead-lettered and the team inbox is told once.
    """
    from aiosmtpd.controller import Controller

    from storage.store import Store

    port = _free_port()
    inbox = _Inbox(refuse=frozenset({REFUSED_ADDRESS}))
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with FeedServer(demo_feeds()) as server:
            config = write_config(
                folder,
                server,
                alerts={"transport": "smtp"},
                smtp={"host": "127.0.0.1", "port": port, "security": "none", "timeout_seconds": 5.0},
            )
            outcome = Outcome("one recipient refused for good", None)
            outcome.runs.append(run_monitor(config))
            with Store.open(folder / "trustwatch.duckdb", read_only=True) as store:
                wanted = store.fetch_dicts(
                    "SELECT e.message_id, d.recipient FROM email_deliveries AS d JOIN emails AS e USING (email_id)"
                )
                outcome.notes["dead letters"] = len(store.dead_letters())
            received = set(inbox.received)
            outcome.notes["emails blocked"] = sum(
                1
                for row in wanted
                if row["recipient"] != REFUSED_ADDRESS and (row["message_id"], row["recipient"]) not in received
            )
            return _finish(outcome, folder, server, delivered=inbox.message_ids)
    finally:
        controller.stop()


INVALID_CONFIGS: dict[str, tuple[Callable[[str], str], str]] = {
    "a misspelt key": (
        lambda text: text.replace("[storage]\n", '[storage]\npth = "elsewhere.duckdb"\n'),
        "storage.pth",
    ),
    "a feed address that is not http(s)": (
        lambda text: re.sub(
            r'urls = \["http://[^"]+/google-alerts.xml"\]', 'urls = ["ftp://feeds.example/a.xml"]', text
        ),
        "sources[0].urls",
    ),
    "a password in the file": (
        lambda text: (
            text.replace("[smtp]\n", '[smtp]\npassword = "hunter2"\n')
            if "[smtp]\n" in text
            else text + '\n[smtp]\npassword = "hunter2"\n'
        ),
        "smtp.password",
    ),
}


def invalid_config(folder: Path) -> Outcome:
    """Each broken config fails before any source is read. One the settings can still be read from is
    recorded as a failed run and reported to the team; one they cannot is reported by Prefect alone."""
    from storage.store import Store
    from trustwatch.errors import ConfigError

    with FeedServer(demo_feeds()) as server:
        config = write_config(folder, server)
        good = config.read_text(encoding="utf-8")
        outcome = Outcome("invalid config", None)
        before = sorted(str(path) for path in folder.rglob("*"))
        for name, (breaks, expected) in INVALID_CONFIGS.items():
            config.write_text(breaks(good), encoding="utf-8")
            try:
                run_monitor(config)
            except ConfigError as error:
                message = str(error)
                outcome.errors.append(message)
                outcome.notes[name] = str(config) in message and expected in message
            else:
                outcome.notes[name] = False
        config.write_text(good, encoding="utf-8")
        outcome.notes["files created"] = sorted({str(p) for p in folder.rglob("*")} - set(before))
        outcome.notes["feed requests"] = len(server.served)
        database = folder / "trustwatch.duckdb"
        if database.exists():
            with Store.open(database, read_only=True) as store:
                outcome.notes["failed runs"] = store.fetch_dicts("SELECT status, error FROM runs ORDER BY started_at")
        outcome.notes["notices"] = [str(message["Subject"]) for message in outbox_messages(folder / "outbox")]
        return outcome


# Where `killed_at` kills a run: the function patched to SIGKILL the process when it is reached, so
# everything before that boundary has happened and nothing after it.
KILL_POINTS: dict[str, tuple[str, str]] = {
    "after landing": ("flows.monitor", "probe_lookalikes"),
    "after detection": ("flows.monitor", "raise_alerts"),
    "after alerting, before sending": ("alerts.dispatch", "send_queued"),
    "while the mail server accepts": ("alerts.email", "OutboxMailer.send"),
}


def _drive(config: str, stage: str | None = None) -> None:
    """The subprocess of `killed_mid_run` and `killed_at`: a real run that says on stdout when each source
    has landed, and with `stage` kills itself with SIGKILL at that boundary (`KILL_POINTS`)."""
    import importlib

    from flows.monitor import daily_monitor
    from storage.store import Store

    land = Store.land

    def reporting_land(self: Store, **kwargs: Any) -> Any:
        result = land(self, **kwargs)
        print(f"landed {kwargs['source']}", flush=True)
        return result

    Store.land = reporting_land  # type: ignore[method-assign]
    if stage is not None:
        module_name, attribute = KILL_POINTS[stage]
        module = importlib.import_module(module_name)
        if "." in attribute:
            owner_name, method = attribute.split(".")
            owner = getattr(module, owner_name)
            original = getattr(owner, method)

            def accept_then_die(self: Any, *args: Any, **kwargs: Any) -> Any:
                original(self, *args, **kwargs)
                os.kill(os.getpid(), signal.SIGKILL)

            setattr(owner, method, accept_then_die)
        else:

            def die(*args: Any, **kwargs: Any) -> Any:
                os.kill(os.getpid(), signal.SIGKILL)

            setattr(module, attribute, die)
    daily_monitor(since=SINCE, until=UNTIL, config_path=config)


def run_next_window(config: Path) -> dict[str, Any]:
    """The following day's run, over a window after the killed one (it finds no new posts to collect)."""
    from flows.monitor import daily_monitor

    return daily_monitor(since=UNTIL, until=UNTIL + timedelta(days=1), config_path=str(config)).summary


def killed_at(stage: str) -> Callable[[Path], Outcome]:
    """A scenario: SIGKILL a run at `stage`, then run the next window (not the same one again)."""

    def scenario(folder: Path) -> Outcome:
        with FeedServer(demo_feeds()) as server:
            config = write_config(folder, server)
            outcome = Outcome(f"killed {stage}, then the next window runs", None)
            process = subprocess.run(  # the test's own driver, not a shell
                [sys.executable, "-m", "tests.support.faults", "drive", str(config), stage],
                cwd=REPO,
                env=_subprocess_env(),
                capture_output=True,
                text=True,
                timeout=900,
                check=False,
            )
            outcome.notes["exit code"] = process.returncode
            outcome.notes["driver errors"] = process.stderr[-3000:]
            outcome.runs.append(run_next_window(config))
            return _finish(outcome, folder, server)

    return scenario


SCENARIOS: dict[str, Callable[[Path], Outcome]] = {
    "source_down": source_down,
    "rate_limited": rate_limited,
    "rate_limited_long": rate_limited_long,
    "timeouts": timeouts,
    "malformed": malformed,
    "cut_mid_entry": cut_mid_entry,
    "killed_mid_run": killed_mid_run,
    "database_locked": database_locked,
    "smtp_down": smtp_down,
    "invalid_config": invalid_config,
    "recipient_refused": recipient_refused,
    **{f"killed_{stage.replace(',', '').replace(' ', '_')}": killed_at(stage) for stage in KILL_POINTS},
}


if __name__ == "__main__":
    if len(sys.argv) in (3, 4) and sys.argv[1] == "drive":
        _drive(sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None)
    else:
        sys.exit("usage: python -m tests.support.faults drive CONFIG [STAGE]")
