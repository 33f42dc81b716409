"""Coverage of several newest-first streams read back page by page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from connectors._newest_first import NewestFirstProgress
from trustwatch.records import Window

GAP = Window(since=datetime(2026, 11, 10, tzinfo=UTC), until=datetime(2026, 11, 11, tzinfo=UTC))


def progress(state: dict[str, Any], resolution: timedelta = timedelta(seconds=1)) -> NewestFirstProgress:
    state.setdefault("covered", [])
    return NewestFirstProgress(state, GAP, ["a", "b"], resolution)


def test_nothing_counts_as_read_until_every_stream_has_read_a_page() -> None:
    state: dict[str, Any] = {}
    streams = progress(state)
    streams.page_read("a", datetime(2026, 11, 10, 18, tzinfo=UTC), finished=False)
    assert state["covered"] == []


def test_the_part_every_stream_has_read_back_past_is_covered_from_the_second_after_the_oldest() -> None:
    state: dict[str, Any] = {}
    streams = progress(state)
    streams.page_read("a", datetime(2026, 11, 10, 18, 0, 0, 700_000, tzinfo=UTC), finished=False)
    streams.page_read("b", datetime(2026, 11, 10, 12, tzinfo=UTC), finished=False)
    assert state["covered"] == [["2026-11-10T18:00:01+00:00", "2026-11-11T00:00:00+00:00"]]
    streams.page_read("a", None, finished=True)
    assert state["covered"] == [["2026-11-10T12:00:01+00:00", "2026-11-11T00:00:00+00:00"]]
    streams.page_read("b", None, finished=True)
    assert state["covered"] == [["2026-11-10T00:00:00+00:00", "2026-11-11T00:00:00+00:00"]]


def test_millisecond_timestamps_resume_a_millisecond_after_the_oldest() -> None:
    state: dict[str, Any] = {}
    streams = NewestFirstProgress(state | {"covered": []}, GAP, ["a"], timedelta(milliseconds=1))
    streams.page_read("a", datetime(2026, 11, 10, 9, 12, 0, 123_456, tzinfo=UTC), finished=False)
    assert streams.state["covered"] == [["2026-11-10T09:12:00.124000+00:00", "2026-11-11T00:00:00+00:00"]]


def test_a_page_with_nothing_in_the_gap_moves_nothing_back() -> None:
    state: dict[str, Any] = {}
    streams = progress(state)
    streams.page_read("a", None, finished=False)
    streams.page_read("b", None, finished=True)
    assert state["covered"] == []
