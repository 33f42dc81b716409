from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors import configure_sources
from flows.impersonation import probe_source_name
from flows.tasks import detect_findings, paid_usage, run_status
from storage.store import Store
from trustwatch.records import Classification, Cursor, Mention, Severity, Window
from trustwatch.settings import Settings


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        pytest.param(["complete", "complete"], "complete", id="all sources complete"),
        pytest.param(["complete", "fatal"], "partial", id="one source failed"),
        pytest.param(["quota_exhausted"], "partial", id="a spent budget still landed rows"),
        pytest.param(["failed", "fatal"], "failed", id="every source failed"),
        pytest.param([], "complete", id="no sources configured"),
    ],
)
def test_run_status(statuses: list[str], expected: str) -> None:
    assert run_status(statuses) == expected


def test_a_landed_disclosure_becomes_an_urgent_safeguarding_finding(tmp_path: Path) -> None:
    window = Window(since=datetime(2026, 11, 9, tzinfo=UTC), until=datetime(2026, 11, 10, tzinfo=UTC))
    risky = {
        "abuse": {"label": "offensive", "scores": {"offensive": 0.05, "hate": 0.01}},
        "complaint": {"label": "complaint", "scores": {"complaint": 0.2}},
        "safeguarding": {"label": "safeguarding", "scores": {"safeguarding": 0.93}},
    }
    calm = {**risky, "safeguarding": {"label": "safeguarding", "scores": {"safeguarding": 0.01}}}
    settings = Settings.model_validate(
        {
            "trust": {"name": "Kingsmere Valley Hospitals NHS Foundation Trust"},
            "storage": {"path": tmp_path / "tw.duckdb"},
            "alerts": {"team_inbox": "comms@kingsmerevalley.nhs.uk", "sender": "trustwatch@kingsmerevalley.nhs.uk"},
        }
    )
    store = Store.open(settings.storage.path)
    try:
        run_id = store.start_run("daily_monitor", window)
        mentions = [
            Mention(
                platform="web",
                native_id=native_id,
                source="news",
                kind="article",
                text="(post)",
                published_at=datetime(2026, 11, 9, 8, tzinfo=UTC),
            )
            for native_id in ("1", "2")
        ]
        store.land(
            run_id=run_id,
            source="news",
            source_type="rss",
            mentions=mentions,
            accounts=[],
            classifications=[
                Classification(
                    platform="web",
                    native_id=native_id,
                    model="builtin",
                    model_version="v1",
                    sentiment_label="negative",
                    sentiment_scores={"negative": 0.6, "neutral": 0.3, "positive": 0.1},
                    extras=extras,
                )
                for native_id, extras in (("1", risky), ("2", calm))
            ],
            cursor=None,
        )
        view = store.fetch_dicts("SELECT native_id, safeguarding_score FROM mentions ORDER BY native_id")
        findings = detect_findings.fn(settings, store, run_id, window)
    finally:
        store.close()
    assert view == [{"native_id": "1", "safeguarding_score": 0.93}, {"native_id": "2", "safeguarding_score": 0.01}]
    safeguarding = [finding for finding in findings if finding.kind == "safeguarding"]
    assert [(finding.subject_id, finding.severity) for finding in safeguarding] == [("1", Severity.URGENT)]


def test_paid_usage_counts_collection_and_lookups_against_the_sources_own_cap(tmp_path: Path) -> None:
    settings = Settings.model_validate(
        {
            "trust": {"name": "Kingsmere Valley Hospitals NHS Foundation Trust", "official_handles": {"x": ["KVH"]}},
            "sources": [
                {"name": "x-mentions", "type": "x", "max_posts_per_month": 5000},
                {"name": "news", "type": "rss", "urls": ["https://example.org/feed.xml"]},
            ],
            "alerts": {"team_inbox": "comms@kingsmerevalley.nhs.uk", "sender": "trustwatch@kingsmerevalley.nhs.uk"},
        }
    )
    sources = configure_sources(settings)
    with Store.open(tmp_path / "cost.duckdb") as store:
        store.start_run("daily_monitor", Window.ending_at(datetime(2026, 11, 20, tzinfo=UTC)), run_id="r1")
        for name, source_type, state in [
            ("x-mentions", "x", {"usage": {"2026-10": 9000, "2026-11": 1234}, "covered": []}),
            ("news", "rss", {"etag": "abc"}),
            (probe_source_name("x"), "x", {"usage": {"x-mentions": {"2026-11": 6}}, "probed": {}}),
        ]:
            store.land(
                run_id="r1",
                source=name,
                source_type=source_type,
                mentions=[],
                accounts=[],
                classifications=[],
                cursor=Cursor(source=name, state=state),
            )
        november = paid_usage(store, sources, datetime(2026, 11, 20, tzinfo=UTC))
        december = paid_usage(store, sources, datetime(2026, 12, 1, tzinfo=UTC))

    assert november == {"x-mentions": {"month": "2026-11", "used": 1240, "cap": 5000, "unit": "posts read"}}
    assert december["x-mentions"]["used"] == 0
