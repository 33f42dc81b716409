"""Web app speed at scale: inbox, case and search pages at 1,000,000 mentions and 50,000 cases.

Builds a synthetic database (posts with made-up text, two findings and alerts per case post), serves
the app on 127.0.0.1 and times each page over HTTP, as a browser would fetch it (median and 95th
percentile of repeated requests, after one warm-up). Also times publishing the read replica, and how
long a writer waits for the lock while the app holds the database.

    python bench/web.py [--mentions 1000000] [--cases 50000] [--keep PATH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage import search
from storage.store import Store
from storage.users import UserBook
from tests.support.browser import serve
from trustwatch.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
WORDS = "waited hours ambulance parking staff nurse ward discharge appointment cancelled kind rude lovely"
PASSWORD = "timing several pages"
# Text as long as real mentions and as varied: posts of 25 words, Reddit threads of 60, articles of 90
# and reviews of 150 (about 650 characters on average), drawn from 40,000 made-up words whose
# frequencies fall off like a language's (log-uniform ranks), so the word index is as large as real
# text would make it.
SYLLABLES = [
    "ka", "lo", "mi", "ne", "ro", "ta", "vi", "se", "du", "pa", "gre", "ston", "ber", "wal", "fin",
    "cho", "mar", "tel", "lin", "dor", "ash", "ham", "ley", "ton", "bri", "cal", "den", "fol", "gar", "hel",
]  # fmt: skip
_RANK = "CAST(floor(exp((hash(i, j) % 1000000) / 1e6 * ln(40000))) AS BIGINT)"
FILLER = (
    "array_to_string(list_transform(range(CASE i % 4 WHEN 0 THEN 25 WHEN 1 THEN 60 WHEN 2 THEN 90 ELSE 150 END), "
    f"lambda j: list_extract({SYLLABLES}, 1 + {_RANK} % 30) || list_extract({SYLLABLES}, 1 + ({_RANK} // 30) % 30) "
    f"|| list_extract({SYLLABLES}, 1 + ({_RANK} // 900) % 30)), ' ')"
)


def build(path: Path, mentions: int, cases: int) -> None:
    """The synthetic database: `mentions` posts over a year, `cases` of them with two findings each."""
    with Store.open(path) as store:
        con = store.connection
        words = WORDS.split()
        con.execute(
            f"""
            INSERT INTO collected_mentions
            SELECT CASE i % 4 WHEN 0 THEN 'x' WHEN 1 THEN 'reddit' WHEN 2 THEN 'rss' ELSE 'nhs_website' END,
                   'm' || i, CASE i % 4 WHEN 0 THEN 'x-mentions' WHEN 1 THEN 'reddit' WHEN 2 THEN 'local-news'
                   ELSE 'nhs-reviews' END,
                   CASE i % 4 WHEN 2 THEN 'article' WHEN 3 THEN 'review' ELSE 'post' END,
                   'https://example.org/p/' || i, 'a' || (i % 50000), 'user' || (i % 50000), NULL, NULL,
                   'Post ' || i || ' about Kingsmere General: ' || list_extract({words}, 1 + i % 13) || ' '
                   || list_extract({words}, 1 + (i * 7) % 13) || ' ' || {FILLER},
                   'en', TIMESTAMPTZ '2026-12-01 00:00:00+00' - to_seconds(CAST(i * 31.5 AS BIGINT)),
                   now(), now(), NULL, NULL, NULL, false,
                   json_object('public_metrics', json_object('like_count', i % 97)), 'bench', 'bench'
            FROM range({mentions}) AS t(i)
            """
        )
        search.index_all(con)
        con.execute(
            """
            INSERT INTO classifications
            SELECT platform, native_id, 'bench', '1',
                   CASE hash(native_id) % 3 WHEN 0 THEN 'negative' WHEN 1 THEN 'neutral' ELSE 'positive' END,
                   0.5, 0.3, 0.2, NULL, now(), NULL
            FROM collected_mentions
            """
        )
        con.execute(
            f"""
            INSERT INTO findings
            SELECT 'f' || i || k.kind, k.kind, 'mention', m.platform, m.native_id,
                   CASE WHEN k.kind = 'safeguarding' AND i % 50 = 0 THEN 'urgent'
                        WHEN k.kind = 'complaint' THEN 'high' ELSE 'normal' END,
                   0.9, k.kind || ' on ' || m.platform, '{{}}', 'bench', now(), now(), 'bench', 'bench'
            FROM range({cases}) AS t(i)
            JOIN collected_mentions AS m ON m.native_id = 'm' || (i * ({mentions} // {cases}))
            CROSS JOIN (SELECT unnest(['negative_mention', CASE WHEN random() < 0.5 THEN 'complaint'
                        ELSE 'safeguarding' END]) AS kind) AS k
            """
        )
        con.execute(
            "INSERT INTO alerts SELECT 'al' || finding_id, finding_id, kind, severity, ['comms@example.nhs.uk'], "
            "now(), 'bench', NULL FROM findings"
        )
        con.execute(
            "INSERT INTO cases (case_id, subject_type, platform, subject_id, finding_id, kind, kinds, teams, status, "
            "severity, title, owner, due_at, followers, engagement, reach, opened_at, updated_at, opened_run_id) "
            "SELECT case_id, subject_type, platform, subject_id, finding_id, kind, kinds, teams, "
            "CASE WHEN hash(case_id) % 4 = 0 THEN 'resolved' ELSE 'open' END, severity, title, NULL, "
            "now() + INTERVAL 1 DAY, followers, engagement, reach, now(), now(), 'bench' FROM case_facts"
        )
        UserBook(store).add("bench", display_name="Bench", role="officer", password=PASSWORD, actor="bench")


def timed(client: httpx.Client, path: str, repeats: int) -> tuple[float, float]:
    """Median and 95th percentile milliseconds of GET `path`."""
    response = client.get(path)
    response.raise_for_status()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.95 * len(samples)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="Build the database here and keep it.")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="trustwatch-bench-web-"))
    path = args.keep or folder / "bench.duckdb"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.mentions, args.cases)
        print(
            f"built {args.mentions:,} mentions and {args.cases:,} case posts in {time.perf_counter() - started:.0f} s"
        )
    with Store.open(path) as store:
        counts = store.fetch_dicts(
            "SELECT (SELECT count(*) FROM collected_mentions) AS mentions, (SELECT count(*) FROM cases) AS cases, "
            "(SELECT count(*) FROM findings) AS findings"
        )[0]
        started = time.perf_counter()
        store.publish_read_replica()
        publish = time.perf_counter() - started
    size = path.stat().st_size / 2**20
    print(
        f"database: {counts['mentions']:,} mentions, {counts['cases']:,} cases, {counts['findings']:,} findings, "
        f"{size:,.0f} MiB; publishing the read replica took {publish:.2f} s"
    )

    import os

    os.environ["TRUSTWATCH_STORAGE__PATH"] = str(path)
    settings = load_settings(REPO / "demo" / "trustwatch.toml")
    with serve(settings) as base_url, httpx.Client(base_url=base_url, timeout=60) as client:
        page = client.get("/sign-in").text
        token = page.split('name="csrf_token" value="')[1].split('"')[0]
        client.post("/sign-in", data={"username": "bench", "password": PASSWORD, "csrf_token": token})
        case_id = client.get("/inbox").text.split('href="/cases/')[1].split('"')[0]
        pages = {
            "inbox (open cases, first page)": "/inbox",
            "inbox filtered (team pals, kind complaint)": "/inbox?team=pals&kind=complaint",
            "inbox page 200": "/inbox?page=200",
            "case": f"/cases/{case_id}",
            "search one word, all time": "/mentions?q=ambulance",
            "search a word no mention has": "/mentions?q=hospice",
            "search a word in 1% of mentions": "/mentions?q=fintonka",
            "search a word in 300 mentions": "/mentions?q=gretonfol",
            "search a word and a name": "/mentions?q=rude+O%27Brien",
            "search two words, 30 days": "/mentions?q=rude+nurse&since=2026-11-01&until=2026-11-30",
            "search with sentiment filter": "/mentions?q=parking&sentiment=negative",
            "dashboard (30 days)": "/dashboard",
        }
        print(f"{'page':45} {'median ms':>10} {'p95 ms':>10}   (target: inbox, case, search under 300 ms)")
        for name, target in pages.items():
            median, p95 = timed(client, target, args.repeats)
            print(f"{name:45} {median:10.0f} {p95:10.0f}")
        started = time.perf_counter()
        with Store.open(path, lock_timeout_seconds=30) as writer:
            waited = time.perf_counter() - started
            writer.schema_version()
        print(f"a writer (the run) waited {waited:.2f} s for the app to hand over the database")


if __name__ == "__main__":
    main()
