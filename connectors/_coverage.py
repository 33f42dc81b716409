"""Which parts of time a search connector has already read, kept in `cursor.state["covered"]`.

X and Bluesky search by time window and may be asked for overlapping windows (a daily run, then a
backfill). They record the [since, until) intervals read in full, merged, as ISO pairs in the cursor
state, and cut each new window down to the parts not yet read, so nothing is paid for or yielded twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from trustwatch.records import Window


def covered_intervals(state: dict[str, Any]) -> list[tuple[datetime, datetime]]:
    """The intervals `state["covered"]` records as read, as (since, until) datetimes."""
    return [(datetime.fromisoformat(since), datetime.fromisoformat(until)) for since, until in state["covered"]]


def mark_covered(state: dict[str, Any], since: datetime, until: datetime) -> None:
    """Record [since, until) as read, merging it with the overlapping or touching intervals already there."""
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted([*covered_intervals(state), (since, until)]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    state["covered"] = [[start.astimezone(UTC).isoformat(), end.astimezone(UTC).isoformat()] for start, end in merged]


def uncovered(window: Window, covered: Iterable[tuple[datetime, datetime]]) -> list[Window]:
    """The parts of `window` not inside any covered interval, oldest first."""
    gaps: list[Window] = []
    start = window.since
    for since, until in sorted(covered):
        if until <= start or since >= window.until:
            continue
        if since > start:
            gaps.append(Window(since=start, until=since))
        start = max(start, until)
    if start < window.until:
        gaps.append(Window(since=start, until=window.until))
    return gaps
