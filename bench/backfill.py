"""Backfill at scale: N replayed mentions through collect → classify → upsert → detect, then the same window again.

    .venv/bin/python -m bench.backfill                              # 100,000 mentions over 30 days
    .venv/bin/python -m bench.backfill --precision float32          # as on a CPU without native bfloat16
    .venv/bin/python -m bench.backfill --workers 2                  # on a local Dask cluster of 2 workers
    .venv/bin/python -m bench.backfill --mentions 5000 --days 7     # a quick look

Mentions are generated (seeded) as RSS feeds, several sources of one feed each, and served by an
HTTP server on 127.0.0.1: each request for a feed gets the next day's snapshot of it (that day's
entries plus the tail of the day before, as a live feed overlaps), the way an archive of the feeds
would be replayed, with ETags so conditional GET runs for real. The real `backfill` flow then runs
(Prefect test server, builtin classifier, DuckDB, outbox alerts), and runs again over the same
window with `redo=True` after the server rewinds to day one. With `--workers N` the flow runs on
Prefect's Dask task runner over a local cluster of N worker processes, each loading the classifier
before the clock starts (as the flow's own process does without workers).

Prints the first pass's wall time beside the bare encoder's time on the same texts (the encoder's
forward calls alone over length-sorted batches of every text the first pass classified, at the same
precision: what no pipeline on this encoder can beat), their ratio, time per stage of the flow's
process, peak RSS, and the re-run's time and new rows. Goals: first pass within 2x the bare
encoder, peak RSS under 2 GB; re-run at most 1.2x the first pass, 0 new rows.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import random
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# Prefect reads its settings when first imported, so the environment above comes first.
from bench._texts import current_rss_mb, mention_text, peak_rss_mb
from flows.backfill import BLOCK_DAYS
from storage.store import Store
from tests.support.faults import DEMO, Feed, FeedHandler, FeedServer, to_toml

# Rare posts a patient should not have made public (invented numbers with valid check digits).
IDENTIFYING = ["My NHS number is 401 023 2137 if anyone from PALS reads this", "DOB 14/03/1957, still no appointment"]


def generated_feeds(mentions: int, days: int, feeds: int, since: datetime, seed: int) -> dict[str, list[bytes]]:
    """For each feed, one RSS snapshot per day; together they hold `mentions` distinct entries."""
    rng = random.Random(seed)
    entries: dict[tuple[int, int], list[str]] = defaultdict(list)
    for number in range(mentions):
        feed, day = rng.randrange(feeds), rng.randrange(days)
        published = since + timedelta(days=day, seconds=rng.randrange(86_400))
        title, text = mention_text(rng, mean_clauses=2.5, max_clauses=12)
        if rng.random() < 0.001:
            text += " " + rng.choice(IDENTIFYING) + "."
        link = f"https://forum{feed}.example/t/{number}"
        entries[feed, day].append(
            f"<item><title>{escape(title)}</title><link>{link}</link><guid>{link}</guid>"
            f"<description>{escape(text)}</description><pubDate>{format_datetime(published)}</pubDate></item>"
        )
    snapshots: dict[str, list[bytes]] = {}
    for feed in range(feeds):
        bodies = []
        for day in range(days):
            # A live feed still carries the newest entries of the day before.
            items = entries[feed, day - 1][-20:] + entries[feed, day] if day else entries[feed, day]
            bodies.append(
                (
                    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                    f"<title>Forum {feed}</title><link>https://forum{feed}.example/</link><description>Posts</description>"
                    + "".join(items)
                    + "</channel></rss>"
                ).encode()
            )
        snapshots[f"forum-{feed}"] = bodies
    return snapshots


class DailySnapshots(FeedServer):
    """The feed server, serving each feed's next daily snapshot on each full (non-304) request."""

    def __init__(self, snapshots: dict[str, list[bytes]]) -> None:
        self.snapshots = snapshots
        self.position: dict[str, int] = dict.fromkeys(snapshots, 0)
        super().__init__({name: Feed(bodies[0], "application/rss+xml") for name, bodies in snapshots.items()})
        self._httpd.RequestHandlerClass = type("SnapshotHandler", (_SnapshotHandler,), {"server_state": self})

    def advance(self, name: str) -> None:
        """Serve the next day's snapshot of `name` from now on."""
        day = min(self.position[name], len(self.snapshots[name]) - 1)
        self.feeds[name] = Feed(self.snapshots[name][day], "application/rss+xml")
        self.position[name] += 1

    def rewind(self) -> None:
        """Back to day one (the re-run of the same window)."""
        self.position = dict.fromkeys(self.snapshots, 0)


class _SnapshotHandler(FeedHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's method name)
        """Move the feed to the next day, then serve it like any feed."""
        state = self.server_state
        assert isinstance(state, DailySnapshots)
        name = self.path.split("?", 1)[0].strip("/").removesuffix(".xml")
        if name in state.snapshots:
            state.advance(name)
        super().do_GET()


def write_config(folder: Path, server: DailySnapshots, precision: str) -> Path:
    """The demo Trust's config with the generated feeds as sources, classifying at `precision`."""
    import shutil
    import tomllib

    config_dir = folder / "config"
    shutil.copytree(DEMO, config_dir, ignore=shutil.ignore_patterns("recordings", "*.duckdb*", "outbox"))
    table: dict[str, Any] = tomllib.loads((DEMO / "trustwatch.toml").read_text(encoding="utf-8"))
    table["storage"] = {"path": str(folder / "trustwatch.duckdb")}
    table["alerts"]["outbox_dir"] = str(folder / "outbox")
    table["http"] = {"timeout_seconds": 60.0}
    table["classifier"]["precision"] = precision
    table["sources"] = [
        {"name": name, "type": "rss", "urls": [server.url(name)], "relevance_filter": True} for name in server.snapshots
    ]
    config = config_dir / "trustwatch.toml"
    config.write_text(to_toml(table), encoding="utf-8")
    return config


class StageClock:
    """Seconds spent in each stage, by wrapping the functions that do the work (the flow is unchanged)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """`function`, adding its run time to `stage`."""

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - started

        return timed

    def reset(self) -> dict[str, float]:
        """The totals so far, starting again from zero."""
        totals = dict(self.seconds)
        self.seconds.clear()
        return totals


def instrument(clock: StageClock) -> None:
    """Time collect, classify, land (upsert), detect and alerts as the flow's process sees them.

    Collect and classify are the wall time of each block's collection and classification step, so
    work done on Dask workers counts as the time the flow waits for it.
    """
    from flows import backfill as backfill_module
    from flows import monitor, tasks

    vars(monitor)["detect_run"] = clock.wrap("detect", vars(monitor)["detect_run"])
    tasks.raise_alerts.fn = clock.wrap("alerts", tasks.raise_alerts.fn)
    Store.land = clock.wrap("land (upsert)", Store.land)  # type: ignore[method-assign]
    # flows.backfill imported these by name, so its module globals are the ones to replace.
    names = vars(backfill_module)
    names["collect_run"] = clock.wrap("collect", names["collect_run"])
    names["classify_collected"] = clock.wrap("classify", names["classify_collected"])
    monitor_window = names["monitor_window"]
    started = time.perf_counter()

    def reporting_window(settings: Any, store: Store, *args: Any, **kwargs: Any) -> Any:
        report = monitor_window(settings, store, *args, **kwargs)
        # Progress on stderr, so a long run can be followed (and extrapolated) while it goes; resident
        # memory now (not only the peak), and DuckDB's share of it, show whether memory grows day by day.
        print(
            f"  {report.window.since:%Y-%m-%d}: {report.status}, {report.summary.get('mentions_collected') or 0} "
            f"mentions, {time.perf_counter() - started:.0f}s, RSS {current_rss_mb():.0f} MB "
            f"(DuckDB {duckdb_memory_mb(store):.0f} MB), peak RSS {peak_rss_mb(resource.RUSAGE_SELF):.0f} MB",
            file=sys.stderr,
            flush=True,
        )
        return report

    names["monitor_window"] = reporting_window


def duckdb_memory_mb(store: Store) -> float:
    """What DuckDB's buffer manager holds now (cached blocks, indexes, temporary tables), in MB."""
    rows = store.fetch_dicts("SELECT sum(memory_usage_bytes) AS used FROM duckdb_memory()")
    return float(rows[0]["used"] or 0) / 2**20


def classified_texts(database: Path) -> list[str]:
    """The text of every mention the database holds a classification of, as the classifier read it."""
    from trustwatch.records import Mention

    with Store.open(database, read_only=True) as store:
        rows = store.fetch_dicts("SELECT title, text FROM mentions WHERE sentiment IS NOT NULL")
    return [Mention.model_construct(**row).full_text for row in rows]


def warm_worker(settings_json: str) -> int:
    """Load the classifier and staff detector into a Dask worker (run on each before the clock starts)."""
    import torch

    from flows.tasks import classifier_for, staff_detector_for
    from trustwatch.settings import Settings

    settings = Settings.model_validate_json(settings_json)
    classifier_for(settings)
    staff_detector_for(settings)
    return int(torch.get_num_threads())


def worker_peak_rss_mb() -> float:
    """Peak RSS of the Dask worker process this runs in."""
    return peak_rss_mb(resource.RUSAGE_SELF)


def _load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> int:
    """Generate, serve, backfill twice, time the bare encoder on the same texts, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--feeds", type=int, default=6)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--precision", default="auto", choices=["auto", "float32", "bfloat16"])
    parser.add_argument("--workers", type=int, default=0, help="Dask workers (0: the flow's own process and threads)")
    parser.add_argument("--block-days", type=int, default=BLOCK_DAYS, help="days classified together")
    parser.add_argument("--keep", type=Path, help="keep the database and outbox in this folder")
    args = parser.parse_args()

    from prefect.testing.utilities import prefect_test_harness

    from bench.classify import time_bare_encoder
    from classifiers.sentiment import BuiltinClassifier
    from flows.backfill import backfill
    from flows.tasks import classifier_for
    from trustwatch.settings import load_settings

    since = datetime.fromisoformat("2026-10-01T00:00:00+00:00")
    until = since + timedelta(days=args.days)
    print(f"machine: {os.cpu_count()} cores, load average at start {_load()}")
    started = time.perf_counter()
    snapshots = generated_feeds(args.mentions, args.days, args.feeds, since, args.seed)
    print(
        f"generated {args.mentions:,} mentions in {args.feeds} feeds over {args.days} days "
        f"({sum(len(b) for bodies in snapshots.values() for b in bodies) / 1e6:.0f} MB of RSS) "
        f"in {time.perf_counter() - started:.1f}s"
    )

    folder = args.keep or Path(tempfile.mkdtemp(prefix="trustwatch-backfill-"))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "trustwatch.duckdb"
    clock = StageClock()
    instrument(clock)
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(DailySnapshots(snapshots))
        stack.enter_context(prefect_test_harness(server_startup_timeout=180))
        config = write_config(folder, server, args.precision)
        settings = load_settings(config)
        started = time.perf_counter()
        classifier = classifier_for(settings)
        assert isinstance(classifier, BuiltinClassifier)
        print(
            f"classifier loaded in {time.perf_counter() - started:.1f}s (not counted below); "
            f"precision {classifier.encoder.precision} (--precision {args.precision})"
        )
        flow, client = backfill, None
        if args.workers:
            from distributed import Client, LocalCluster

            from flows.runners import dask_task_runner, local_cluster_options, share_cores_before_spawn

            started = time.perf_counter()
            share_cores_before_spawn(args.workers)
            options = local_cluster_options(args.workers) | {"silence_logs": logging.ERROR}
            cluster = stack.enter_context(LocalCluster(**options))  # type: ignore[no-untyped-call]
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
            threads = client.run(warm_worker, settings.model_dump_json())
            print(
                f"Dask: {args.workers} workers, torch threads {sorted(threads.values())}, ready in "
                f"{time.perf_counter() - started:.1f}s (not counted below)"
            )
            flow = backfill.with_options(task_runner=dask_task_runner(address=cluster.scheduler_address))
        clock.reset()

        started = time.perf_counter()
        first = flow(since=since, until=until, config_path=str(config), block_days=args.block_days)
        first_seconds = time.perf_counter() - started
        first_stages = clock.reset()
        first_rss = peak_rss_mb(resource.RUSAGE_SELF)
        with Store.open(database, read_only=True) as store:
            landed = store.count("collected_mentions")
            alerts = store.count("alerts")

        server.rewind()
        started = time.perf_counter()
        again = flow(since=since, until=until, config_path=str(config), redo=True, block_days=args.block_days)
        again_seconds = time.perf_counter() - started
        again_stages = clock.reset()
        flow_rss = peak_rss_mb(resource.RUSAGE_SELF)
        worker_rss = client.run(worker_peak_rss_mb) if client is not None else {}
        with Store.open(database, read_only=True) as store:
            landed_again = store.count("collected_mentions")
            alerts_again = store.count("alerts")
        size_mb = database.stat().st_size / 1e6

    texts = classified_texts(database)
    bare_seconds = time_bare_encoder(classifier, texts)

    statuses = sorted({report.status for report in [*first, *again]})
    print(f"\nbackfill of {args.days} days: {len(first)} daily runs, then {len(again)} again; statuses {statuses}")
    print(
        f"landed {landed:,} mentions ({landed / args.mentions:.1%} of those generated), {alerts:,} alerts; "
        f"database {size_mb:.0f} MB"
    )
    print("\n| stage (flow's process) | first pass (s) | re-run (s) |\n|---|---|---|")
    for stage in ("collect", "classify", "land (upsert)", "detect", "alerts"):
        print(f"| {stage} | {first_stages.get(stage, 0):.1f} | {again_stages.get(stage, 0):.1f} |")
    other_first = first_seconds - sum(first_stages.values())
    other_again = again_seconds - sum(again_stages.values())
    print(f"| everything else (runs, cases, takedowns, Prefect) | {other_first:.1f} | {other_again:.1f} |")
    print(f"| **wall** | **{first_seconds:.1f}** | **{again_seconds:.1f}** |")
    print(
        f"\nfirst pass: {first_seconds:.1f}s ({landed / first_seconds:.0f} mentions/s); bare encoder on the same "
        f"{len(texts):,} texts at {classifier.encoder.precision}: {bare_seconds:.1f}s; "
        f"ratio {first_seconds / bare_seconds:.2f} (goal at most 2)"
    )
    print(
        f"re-run: {again_seconds:.1f}s, {again_seconds / first_seconds:.2f}x the first pass; "
        f"new rows {landed_again - landed}, new alerts {alerts_again - alerts}"
    )
    print(
        f"peak RSS: {first_rss:.0f} MB after the first pass, {flow_rss:.0f} MB after the re-run (the flow's process: "
        f"flows, model, DuckDB); {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB (largest finished child: the "
        "Prefect test server)"
    )
    if worker_rss:
        print(f"Dask workers' peak RSS: {', '.join(f'{mb:.0f}' for mb in sorted(worker_rss.values()))} MB")
    print(f"load average at end {_load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
