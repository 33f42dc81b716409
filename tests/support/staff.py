"""The real staff detector over a test directory: the committed mention head on the bundled encoder."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from classifiers.staff.directory import StaffDirectory
from classifiers.staff.linking import StaffDetector, StaffLinker
from classifiers.staff.mentions import MentionFinder, load_mention_finder
from trustwatch.settings import TrustProfile


@lru_cache(maxsize=1)
def mention_finder() -> MentionFinder:
    """The committed head and the shared encoder, loaded once per test process."""
    return load_mention_finder()


def staff_detector(
    directory: StaffDirectory, trust: TrustProfile | None = None, places: Iterable[str] = ()
) -> StaffDetector:
    """A detector over `directory` with the committed head and its own threshold."""
    finder = mention_finder()
    return StaffDetector(StaffLinker(directory, trust, places, threshold=finder.head.threshold), finder)
