"""Seeded mention-like texts and the peak-RSS reading the benchmarks share."""

from __future__ import annotations

import random
import resource
from pathlib import Path

SITES = ["Kingsmere General", "Kingsmere Valley Hospitals", "Ashby Moor Community Hospital", "KVH NHS"]
OPENINGS = [
    "Waited {hours} hours in A&E at {site}",
    "The maternity team at {site} were wonderful",
    "Parking at {site} is a joke",
    "Huge thanks to the nurses on ward {ward} at {site}",
    "My mum's operation at {site} was cancelled again",
    "Reception staff at {site} were rude and unhelpful",
    "Quick, friendly service at the {site} fracture clinic today",
    "Still no letter from {site} about my follow-up appointment",
    "{site} announces new community diagnostic centre",
    "Visited my grandad on ward {ward} at {site}",
]
DETAILS = [
    "nobody told us what was happening",
    "the doctor explained everything clearly",
    "the food was cold and the ward was filthy",
    "the staff were kind even though they were clearly exhausted",
    "we were sent home without any pain relief",
    "the physio came every day and really helped",
    "I had to chase three times for my results",
    "the car park machines were broken again",
    "the midwife stayed past the end of her shift to help us",
    "it felt like nobody cared at all",
]


def mention_text(rng: random.Random, *, mean_clauses: float, max_clauses: int) -> tuple[str, str]:
    """(title, text): an opening line and a post of it plus a few clauses (mostly short, a long tail)."""
    title = rng.choice(OPENINGS).format(hours=rng.randint(2, 14), ward=rng.randint(1, 30), site=rng.choice(SITES))
    clauses = min(max_clauses, int(rng.expovariate(1 / mean_clauses)))
    return title, ". ".join([title, *(rng.choice(DETAILS) for _ in range(clauses))]) + "."


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size of this process (or its largest child) so far, in MB (Linux reports KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident set size of this process now, in MB (Linux's /proc; 0 where there is none)."""
    try:
        return int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return 0.0
