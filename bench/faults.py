"""The fault table: each fault injected into real monitor runs, repeated, counted against a clean run.

    .venv/bin/python -m bench.faults                 # every fault, 3 times each
    .venv/bin/python -m bench.faults --runs 1 --only source_down --only smtp_down

The scenarios are the ones the fault tests run (`tests/support/faults.py`): the demo Trust's feeds
served from 127.0.0.1 with the fault injected, the real daily-monitor flow (Prefect test server,
builtin classifier, DuckDB, outbox or SMTP), then the recovery an operator would see (the next run,
the lock released, the mail server back). Prints: fault, runs, rows lost, rows duplicated, alerts
lost, alerts duplicated, alerts the clean run did not raise (each sent once, e.g. on a text first
seen cut off), runs whose cursors differ from the clean run's, mentions whose stored sentiment was
computed on other text than they now hold, deliveries to healthy addresses that another address's
failure held back (emails blocked), and seconds per repetition. Kills at each stage boundary are
followed by the next window's run, not the same window again.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


from tests.support.faults import INVALID_CONFIGS, SCENARIOS, clean_run, compare


def main() -> int:
    """Run every scenario `--runs` times and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each fault")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS), help="only these faults (repeatable)")
    args = parser.parse_args()

    from prefect.testing.utilities import prefect_test_harness

    root = Path(tempfile.mkdtemp(prefix="trustwatch-faults-"))
    rows = []
    with prefect_test_harness(server_startup_timeout=180):
        reference = clean_run(root / "reference")
        assert reference.snapshot is not None
        print(
            f"reference: {sum(reference.snapshot.mentions.values())} mentions, "
            f"{sum(reference.snapshot.alerts.values())} alerts, each delivered once",
            file=sys.stderr,
        )
        for name in args.only or list(SCENARIOS):
            totals = dict.fromkeys(
                (
                    "lost",
                    "duplicated",
                    "alerts lost",
                    "alerts duplicated",
                    "alerts extra",
                    "cursors",
                    "stale",
                    "blocked",
                ),
                0,
            )
            title, failures, started = name, 0, time.perf_counter()
            for repetition in range(args.runs):
                outcome = SCENARIOS[name](root / f"{name}-{repetition}")
                title = outcome.fault
                if outcome.snapshot is None:
                    # Invalid config: no source may be read, and every message names the file and key.
                    clear = all(outcome.notes[key] for key in INVALID_CONFIGS)
                    failures += int(not clear or bool(outcome.notes["feed requests"]))
                    continue
                tally = compare(reference.snapshot, outcome.snapshot)
                totals["lost"] += tally.rows_lost
                totals["duplicated"] += tally.rows_duplicated
                totals["alerts lost"] += tally.alerts_lost
                totals["alerts duplicated"] += tally.alerts_duplicated
                totals["alerts extra"] += len(tally.alerts_extra)
                totals["cursors"] += int(not tally.cursors_match)
                totals["stale"] += tally.classifications_stale
                totals["blocked"] += int(outcome.notes.get("emails blocked", 0))
                print(f"  {name} #{repetition + 1}: {tally}", file=sys.stderr)
            seconds = (time.perf_counter() - started) / args.runs
            rows.append((title, args.runs, totals, failures, seconds))

    print(
        "| fault | runs | rows lost | rows duplicated | alerts lost | alerts duplicated | alerts the clean run "
        "did not raise | cursors wrong | stale classifications | emails blocked | s/run |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for title, runs, totals, failures, seconds in rows:
        if title == "invalid config":
            cells = f"0 | 0 | 0 | 0 | 0 | {failures} runs read a source or gave an unclear error | - | 0"
        else:
            cells = (
                f"{totals['lost']} | {totals['duplicated']} | {totals['alerts lost']} | "
                f"{totals['alerts duplicated']} | {totals['alerts extra']} | {totals['cursors']} | {totals['stale']} | "
                f"{totals['blocked']}"
            )
        print(f"| {title} | {runs} | {cells} | {seconds:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
