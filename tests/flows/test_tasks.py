from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors import configure_sources
from flows.impersonation import probe_source_name
from flows.tasks import detect_findings, load_config, paid_usage, run_status, source_windows
from storage.store import Store
from trustwatch.errors import ConfigError
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


def catch_up_settings() -> Settings:
    return Settings.model_validate(
        {
            "trust": {"name": "Kingsmere Valley Hospitals NHS Foundation Trust", "official_handles": {"x": ["KVH"]}},
            "sources": [
                {"name": "news", "type": "rss", "urls": ["https://example.org/feed.xml"]},
                {"name": "x-mentions", "type": "x"},
            ],
            "alerts": {"team_inbox": "comms@kingsmerevalley.nhs.uk", "sender": "trustwatch@kingsmerevalley.nhs.uk"},
        }
    )


def land_coverage(store: Store, source: str, source_type: str, window: Window, status: str = "complete") -> None:
    run_id = store.start_run("daily_monitor", window)
    store.land(
        run_id=run_id,
        source=source,
        source_type=source_type,
        mentions=[],
        accounts=[],
        classifications=[],
        cursor=None,
        status=status,
        window=window,
    )


@pytest.mark.parametrize(
    ("history", "expected_since"),
    [
        pytest.param([], datetime(2026, 12, 6, 6, tzinfo=UTC), id="a source never collected gets the usual day"),
        pytest.param(
            [("2026-12-05T06:00", "2026-12-06T06:00", "complete")],
            datetime(2026, 12, 6, 6, tzinfo=UTC),
            id="a source collected yesterday gets the usual day",
        ),
        pytest.param(
            [("2026-12-04T06:00", "2026-12-05T06:00", "complete"), ("2026-12-05T06:00", "2026-12-06T06:00", "fatal")],
            datetime(2026, 12, 5, 6, tzinfo=UTC),
            id="a day that failed is collected with today's",
        ),
        pytest.param(
            [("2026-10-01T06:00", "2026-10-02T06:00", "complete")],
            datetime(2026, 11, 22, 6, tzinfo=UTC),
            id="catching up stops at catch_up_days",
        ),
    ],
)
def test_a_scheduled_run_reaches_back_to_each_sources_last_complete_collection(
    tmp_path: Path, history: list[tuple[str, str, str]], expected_since: datetime
) -> None:
    sources = configure_sources(catch_up_settings())
    window = Window(since=datetime(2026, 12, 6, 6, tzinfo=UTC), until=datetime(2026, 12, 7, 6, tzinfo=UTC))
    with Store.open(tmp_path / "tw.duckdb") as store:
        for since, until, status in history:
            covered = Window(
                since=datetime.fromisoformat(since + "+00:00"), until=datetime.fromisoformat(until + "+00:00")
            )
            land_coverage(store, "news", "rss", covered, status)
        windows, lost = source_windows(store, sources, window, catch_up_days=14, now=window.until)
    assert windows["news"] == Window(since=expected_since, until=window.until)
    assert lost == {}


def test_a_gap_older_than_the_platform_reaches_is_collected_as_far_as_it_can_and_the_rest_said_lost(
    tmp_path: Path,
) -> None:
    sources = configure_sources(catch_up_settings())
    window = Window(since=datetime(2026, 12, 6, 6, tzinfo=UTC), until=datetime(2026, 12, 7, 6, tzinfo=UTC))
    with Store.open(tmp_path / "tw.duckdb") as store:
        covered = Window(since=datetime(2026, 11, 25, 6, tzinfo=UTC), until=datetime(2026, 11, 26, 6, tzinfo=UTC))
        land_coverage(store, "x-mentions", "x", covered)
        windows, lost = source_windows(store, sources, window, catch_up_days=14, now=window.until)
    # X recent search reaches back 7 days: 30 Nov 06:00, less the margin kept for slow requests.
    assert windows["x-mentions"].since == datetime(2026, 11, 30, 6, 10, tzinfo=UTC)
    assert "2026-11-26 06:00 to 2026-11-30 06:10" in lost["x-mentions"]


def test_a_missing_staff_directory_stops_the_run_before_any_source_is_read(tmp_path: Path) -> None:
    config = tmp_path / "trustwatch.toml"
    config.write_text(
        '[trust]\nname = "Kingsmere Valley Hospitals NHS Foundation Trust"\n'
        '[alerts]\nteam_inbox = "comms@kingsmerevalley.nhs.uk"\nsender = "trustwatch@kingsmerevalley.nhs.uk"\n'
        '[staff]\ndirectory = "missing.csv"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"missing\.csv"):
        load_config(str(config))
