"""A real signal delivered to this process while DuckDB is busy, as Ctrl-C or `kill` would deliver it."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Minutes of work at the least: the signal always arrives while it runs.
LONG_STATEMENT = "SELECT sum(hash(range)) FROM range(100000000000)"
# DuckDB polls for signals between the pieces of work the calling thread runs itself; with worker
# threads the caller may only wait for them, and a signal is noticed when the statement ends. On one
# thread it is noticed within a fraction of a second, every time.
ONE_THREAD = "SET threads = 1"

# How often the signal comes while armed: once is not enough, because a signal landing while DuckDB
# prepares a statement (before it polls for signals) is lost to the statement.
TICK_SECONDS = 0.1


class Stop(Exception):
    """What the test's signal handler raises, as Python's raises KeyboardInterrupt on Ctrl-C."""


@contextmanager
def signalled_while_running() -> Iterator[None]:
    """SIGALRM every `TICK_SECONDS` inside the block, with a handler that raises `Stop`, as Ctrl-C would."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise Stop(f"signal {signum}")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, TICK_SECONDS, TICK_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
