"""Handing the heap's free pages back to the system between stages (glibc; a no-op on other C libraries).

A backfill classifies a week of texts, then lands, detects and alerts a day at a time. Each stage
frees most of what it allocated, but glibc keeps freed memory inside its heaps for reuse, and holes
below live blocks are never returned: a long backfill's resident memory grew with every week it
classified (docs/decisions/0071-backfill-memory.md). `malloc_trim` returns every whole free page.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any


@functools.cache
def _glibc() -> Any | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
        # Only glibc has it; musl and macOS return free memory otherwise.
        library.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):
        return None
    return library


def release_free_heap() -> bool:
    """Give the heap's free pages back to the system (costs milliseconds); False where the C library is not glibc."""
    library = _glibc()
    if library is None:
        return False
    library.malloc_trim(0)
    return True
