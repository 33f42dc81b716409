"""How far back several newest-first streams have been read inside one part of a window.

YouTube search (`order=date`), Threads keyword search (`RECENT`) and Mastodon timelines all answer
newest first and are paged backwards from the window's end. A connector reading several of them
(one per query, hashtag or account) yields each page as it arrives and, after each page, records as
covered (`connectors._coverage`) only the part of the window that every stream has been read back
past. A run stopped by a quota or an error therefore resumes where it stopped, and nothing yielded
is ever left outside the covered part.

Posts sharing the oldest timestamp of a page may continue on the next page, so a page counts as
read back to its oldest timestamp plus the platform's timestamp resolution (a second, or a
millisecond), never to the oldest timestamp itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from connectors._coverage import mark_covered
from trustwatch.records import Window


@dataclass
class NewestFirstProgress:
    """Per-stream read-back positions inside `gap`; `page_read` records the covered part in `state`."""

    state: dict[str, Any]
    gap: Window
    streams: Sequence[str]
    resolution: timedelta
    read_back_to: dict[str, datetime] = field(init=False)

    def __post_init__(self) -> None:
        self.read_back_to = dict.fromkeys(self.streams, self.gap.until)

    def page_read(self, stream: str, oldest_yielded: datetime | None, *, finished: bool) -> None:
        """Record one page of `stream`: the oldest record yielded from it, and whether it was the last page."""
        if finished:
            self.read_back_to[stream] = self.gap.since
        elif oldest_yielded is not None:
            truncated = _truncate(oldest_yielded, self.resolution) + self.resolution
            self.read_back_to[stream] = max(self.gap.since, min(self.read_back_to[stream], truncated))
        covered_since = max(self.read_back_to.values())
        if covered_since < self.gap.until:
            mark_covered(self.state, covered_since, self.gap.until)


def _truncate(moment: datetime, resolution: timedelta) -> datetime:
    if resolution >= timedelta(seconds=1):
        return moment.replace(microsecond=0)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)
