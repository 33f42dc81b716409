"""What a purge leaves in the database file, and what rewriting the file costs.

    .venv/bin/python -m bench.purge                    # 100,000 mentions, a twelfth of them expired
    .venv/bin/python -m bench.purge --mentions 20000

It lands generated mentions (each with a unique tag, as real posts differ), deletes the expired
twelfth as the retention purge does, and prints the figures below. DuckDB compresses text, so a
deleted post left in a freed block is usually not readable verbatim, only after decompression; the
benchmark stores text uncompressed so that a plain search of the file counts every post left behind.

* after CHECKPOINT: how many of the deleted posts can still be read in the file (the purge before
  `Store.rewrite`);
* after the rewrite: the same count, the rewrite's wall time, and the file size before and after.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench._texts import mention_text, peak_rss_mb
from storage.store import Store
from trustwatch.records import Cursor, Mention

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def mentions(count: int, rng: random.Random) -> list[Mention]:
    """`count` mentions over the last 13 months; each text carries a unique tag to search the file for."""
    made = []
    for number in range(count):
        title, text = mention_text(rng, mean_clauses=3, max_clauses=30)
        made.append(
            Mention(
                platform="x",
                native_id=str(number),
                source="bench",
                title=title,
                text=f"{text} [post-{number:07d}-{rng.getrandbits(40):010x}]",
                published_at=NOW - timedelta(days=395 * number / count),
                raw={"text": text, "id": number},
            )
        )
    return made


TAG = re.compile(rb"\[post-\d{7}-[0-9a-f]{10}\]")


def readable(path: Path, tags: list[str]) -> int:
    """How many of the posts tagged `tags` can be read verbatim in the file."""
    found = set(TAG.findall(path.read_bytes()))
    return sum(tag.encode() in found for tag in tags)


def main() -> None:
    """Land, purge, count what is left, rewrite, count again; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20)
    options = parser.parse_args()
    landed = mentions(options.mentions, random.Random(options.seed))
    cutoff = NOW - timedelta(days=365)
    expired = [mention.text[mention.text.rindex("[") :] for mention in landed if mention.published_at < cutoff]
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.duckdb")
        store.connection.execute("SET force_compression = 'uncompressed'")
        for start in range(0, len(landed), 5_000):
            store.land(
                run_id="bench",
                source="bench",
                source_type="x",
                mentions=landed[start : start + 5_000],
                accounts=[],
                classifications=[],
                cursor=Cursor(source="bench"),
            )
        store.connection.execute("CHECKPOINT")
        store.connection.execute("DELETE FROM collected_mentions WHERE published_at < ?", [cutoff])
        store.connection.execute("CHECKPOINT")
        size_before = store.path.stat().st_size
        left_after_checkpoint = readable(store.path, expired)
        started = time.perf_counter()
        store.rewrite()
        seconds = time.perf_counter() - started
        left_after_rewrite = readable(store.path, expired)
        size_after = store.path.stat().st_size
        kept = store.count("collected_mentions")
        store.close()
    print(f"mentions landed: {len(landed):,}; expired and deleted: {len(expired):,}; kept: {kept:,}")
    print(f"deleted posts still readable in the file after CHECKPOINT: {left_after_checkpoint:,} of {len(expired):,}")
    print(f"deleted posts still readable after the rewrite:            {left_after_rewrite:,} of {len(expired):,}")
    print(f"rewrite: {seconds:.1f} s; file {size_before / 1e6:.1f} MB before, {size_after / 1e6:.1f} MB after")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
