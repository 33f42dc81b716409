"""Keeping a long run's resident memory to what it uses (glibc's heap; a no-op on other C libraries).

The encoder allocates and frees tensors of a few hundred kilobytes to tens of megabytes for every
batch. glibc serves a freed block larger than its mmap threshold from mmap, but raises that
threshold each time it frees one (up to 32 MB), so from the first batch on such tensors come from
the heap instead. There they fragment it: freed space is kept by the process, and a long backfill's
resident memory grew by a hundred megabytes or more with every week it classified
(docs/decisions/0071-backfill-memory.md). A fixed threshold stops the adjustment, so large blocks
go back to the system when freed, and `release_free_heap` hands back what the heap still holds free
between stages.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any

# mallopt's parameter number for the mmap threshold (malloc.h).
M_MMAP_THRESHOLD = -3
# Blocks from this size up are mapped on their own and unmapped when freed. A batch's larger tensors
# (a 32-text batch of 40-token windows: 1 to 5 MB each) are above it; Python objects almost never are.
MMAP_THRESHOLD_BYTES = 256 * 1024


@functools.cache
def _glibc() -> Any | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
        # Only glibc has both; musl and macOS manage their heaps otherwise and need neither.
        library.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        library.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):
        return None
    return library


@functools.cache
def bound_heap() -> bool:
    """Fix glibc's mmap threshold for this process (once), so large freed blocks leave the heap; False if not glibc."""
    library = _glibc()
    return library is not None and bool(library.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))


def release_free_heap() -> bool:
    """Give the heap's free pages back to the system (between stages; costs milliseconds); False if not glibc."""
    library = _glibc()
    if library is None:
        return False
    library.malloc_trim(0)
    return True
