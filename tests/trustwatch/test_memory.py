"""The heap bound: large freed blocks leave the process instead of fragmenting glibc's heap."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# After a large block is freed, glibc raises its mmap threshold to that block's size, so the next
# megabyte-sized block (a batch's tensor) comes from the heap, where freeing it leaves a hole.
PROBE = """
import ctypes, sys
from trustwatch.memory import bound_heap, release_free_heap

class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd",
                                                     "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = Info
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "bound":
    assert bound_heap()
libc.free(libc.malloc(8 << 20))
mapped = libc.mallinfo2().hblkhd
block = libc.malloc(1 << 20)
print(libc.mallinfo2().hblkhd - mapped >= 1 << 20, release_free_heap())
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the bound is glibc's mmap threshold")
@pytest.mark.parametrize(("mode", "mapped"), [("bound", "True"), ("default", "False")], ids=["bound", "glibc default"])
def test_a_megabyte_block_is_mapped_on_its_own_once_the_heap_is_bound(mode: str, mapped: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == [mapped, "True"]


def test_loading_an_encoder_bounds_the_heap(tiny_encoder_dir: Path) -> None:
    from classifiers.encoder import SentenceEncoder
    from trustwatch.memory import bound_heap

    bound_heap.cache_clear()
    SentenceEncoder(tiny_encoder_dir)
    assert bound_heap.cache_info().currsize == 1


@pytest.fixture(scope="module")
def tiny_encoder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.support.models import build_tiny_bert

    return build_tiny_bert(tmp_path_factory.mktemp("encoder"))
