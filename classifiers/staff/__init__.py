"""Staff named in posts: the directory, the name forms people write, and the scoring that links them.

- `directory`: the Trust's staff CSV or ESR export, validated and held in memory (`load_staff_directory`).
- `names`: name forms and candidates: where a post may name someone, and which directory rows fit.
- `scoring`: how sure each candidate span is to name staff, and which of them (`StaffMatcher`).
"""

from classifiers.staff.directory import ESR_COLUMN_MAP, StaffDirectory, StaffMember, load_staff_directory
from classifiers.staff.scoring import (
    DEFAULT_THRESHOLD,
    WEIGHTS,
    StaffMatch,
    StaffMatcher,
    match_records,
    matcher_from_settings,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "ESR_COLUMN_MAP",
    "WEIGHTS",
    "StaffDirectory",
    "StaffMatch",
    "StaffMatcher",
    "StaffMember",
    "load_staff_directory",
    "match_records",
    "matcher_from_settings",
]
