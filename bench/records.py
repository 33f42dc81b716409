"""What building a record costs per mention, text cleaning included.

    .venv/bin/python -m bench.records                  # 20,000 generated feed entries

Every mention is built the way the RSS connector builds one, with `Mention(...)`: title, text, link
(with a query, so the credential redaction parses it), author, and the entry's raw payload of about
70 values. The timing is the best of five passes over all the mentions. The script uses only
`Mention`, so it runs unchanged on any commit: run it before and after a change to the records.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bench._texts import mention_text
from trustwatch.records import Mention


def entry(number: int, rng: random.Random) -> dict[str, Any]:
    """The fields of one mention, with a feed entry's raw payload."""
    title, text = mention_text(rng, mean_clauses=3, max_clauses=30)
    link = f"https://www.valleygazette.test/health/{number}?utm_source=rss"
    raw = {
        "id": link,
        "title": title,
        "title_detail": {"type": "text/plain", "language": "en-gb", "value": title},
        "links": [{"rel": "alternate", "type": "text/html", "href": link}] * 2,
        "summary": f"<p>{text}</p>",
        "summary_detail": {"type": "text/html", "language": "en-gb", "value": f"<p>{text}</p>"},
        "content": [{"type": "text/html", "language": "en-gb", "value": f"<p>{text}</p>" * 3}],
        "tags": [{"term": term, "scheme": None, "label": None} for term in ("health", "nhs", "kingsmere")],
        "authors": [{"name": "Valley Gazette health desk"}],
        "published": "Tue, 10 Nov 2026 09:00:00 GMT",
    }
    return {
        "platform": "web",
        "native_id": link,
        "source": "local-news",
        "kind": "article",
        "url": link,
        "author_name": "Valley Gazette health desk",
        "title": title,
        "text": text,
        "language": "en-gb",
        "published_at": datetime(2026, 11, 10, 9, tzinfo=UTC),
        "query": "https://www.valleygazette.test/health/rss",
        "raw": raw,
    }


def best_of(passes: int, work: Callable[[], object]) -> float:
    """The fastest of `passes` timings of `work`, in seconds."""
    timings = []
    for _ in range(passes):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    """Time building the mentions and print microseconds per mention."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=20_000)
    options = parser.parse_args()
    rng = random.Random(20)
    entries = [entry(number, rng) for number in range(options.mentions)]

    seconds = best_of(5, lambda: [Mention(**fields) for fields in entries])
    print(f"Mention(...): {1e6 * seconds / len(entries):.1f} µs per mention")
    print(f"100,000 mentions (bench/backfill.py's size): {seconds * 100_000 / len(entries):.1f} s")


if __name__ == "__main__":
    main()
