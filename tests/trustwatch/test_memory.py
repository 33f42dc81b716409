"""Releasing the heap's free pages: memory a stage freed leaves the process, even below live blocks."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# 50 MB of 100 KB blocks (below glibc's mmap threshold, so on the heap), each followed by a small
# block that stays, then every 100 KB block freed: holes between live blocks, which glibc keeps.
PROBE = """
import ctypes, resource, sys
from pathlib import Path
from trustwatch.memory import release_free_heap

def resident_mb():
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20

libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
blocks, kept = [], []
for _ in range(500):
    blocks.append(libc.malloc(100_000))
    ctypes.memset(blocks[-1], 1, 100_000)
    kept.append(libc.malloc(64))
for block in blocks:
    libc.free(block)
before = resident_mb()
if sys.argv[1] == "release":
    assert release_free_heap()
print(round(before - resident_mb()))
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="releasing is glibc's malloc_trim")
@pytest.mark.parametrize(("mode", "freed_at_least", "freed_at_most"), [("release", 40, 60), ("keep", -5, 5)])
def test_freed_heap_below_a_live_block_leaves_the_process_only_when_released(
    mode: str, freed_at_least: int, freed_at_most: int
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert freed_at_least <= int(result.stdout) <= freed_at_most
