"""Window coverage kept in the cursor by the search connectors (X, Bluesky)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from connectors._coverage import covered_intervals, mark_covered, uncovered
from trustwatch.records import Window


def at(hour: int) -> datetime:
    return datetime(2025, 6, 10, hour, tzinfo=UTC)


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        pytest.param([(2, 4)], [(2, 4)], id="one interval is stored as read"),
        pytest.param([(2, 4), (3, 6)], [(2, 6)], id="overlapping intervals merge"),
        pytest.param([(2, 4), (4, 6)], [(2, 6)], id="touching intervals merge"),
        pytest.param([(6, 8), (2, 4)], [(2, 4), (6, 8)], id="separate intervals stay apart, oldest first"),
        pytest.param([(2, 8), (3, 5)], [(2, 8)], id="an interval inside another adds nothing"),
    ],
)
def test_marking_intervals_merges_them(marked: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    state: dict[str, Any] = {"covered": []}
    for since, until in marked:
        mark_covered(state, at(since), at(until))
    assert covered_intervals(state) == [(at(since), at(until)) for since, until in expected]


def test_coverage_is_stored_as_utc_iso_text_so_the_cursor_is_plain_json() -> None:
    london_summer = timezone(timedelta(hours=1))
    state: dict[str, Any] = {"covered": []}
    mark_covered(state, datetime(2025, 6, 10, 3, tzinfo=london_summer), at(4))
    assert state["covered"] == [["2025-06-10T02:00:00+00:00", "2025-06-10T04:00:00+00:00"]]


@pytest.mark.parametrize(
    ("covered", "expected"),
    [
        pytest.param([], [(0, 10)], id="nothing covered leaves the whole window"),
        pytest.param([(2, 4), (6, 8)], [(0, 2), (4, 6), (8, 10)], id="gaps between covered parts, oldest first"),
        pytest.param([(0, 12)], [], id="a window covered entirely leaves nothing"),
        pytest.param([(11, 12), (0, 1)], [(1, 10)], id="intervals outside the window are ignored"),
    ],
)
def test_uncovered_finds_the_parts_of_a_window_not_yet_read(
    covered: list[tuple[int, int]], expected: list[tuple[int, int]]
) -> None:
    gaps = uncovered(Window(since=at(0), until=at(10)), [(at(since), at(until)) for since, until in covered])
    assert [(gap.since, gap.until) for gap in gaps] == [(at(since), at(until)) for since, until in expected]
