"""Writing files that hold personal data: atomically, and readable by the owner only.

Personal data reaches many files, several of them created by libraries TrustWatch does not control
(DuckDB's write-ahead log and spill files, exports written by DuckDB's COPY). A process that opens
the TrustWatch database therefore sets its umask to owner-only for good (`keep_files_private`),
so every file it creates afterwards is private whoever creates it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PRIVATE_UMASK = 0o077


def keep_files_private() -> None:
    """From now on, this process creates files readable by their owner only (0600) and folders 0700."""
    os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Take group and other permissions away from an existing file (one written by an older version)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if mode & 0o077:
        path.chmod(mode & 0o700)


def write_private(path: Path, data: bytes | str) -> Path:
    """Write `data` to `path` atomically (a reader never sees half a file), mode 0600; returns `path`.

    The temporary file is created owner-only in the same folder and renamed over `path`, so the
    data is never readable by others, not even while it is being written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=path.suffix + ".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
