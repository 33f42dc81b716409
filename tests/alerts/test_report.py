"""The weekly report: week windows, the figures built from a real DuckDB, themes, rendering and the email."""

from __future__ import annotations

import re
import stat
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from alerts.email import LONDON, message_bytes, parse_message
from alerts.report import (
    WeeklyReport,
    build_report,
    compose_report_email,
    frequent_negative_terms,
    last_complete_week_ending,
    render_html,
    render_text,
    source_label,
    terms,
    volume_chart_svg,
    week_window,
    write_report,
)
from classifiers.staff.directory import StaffDirectory, StaffMember
from storage.cases import case_of
from storage.store import Store
from trustwatch.records import Alert, Classification, Finding, Mention, Severity, SubjectType, Window
from trustwatch.settings import Settings

# A GMT week (no clock change): Monday 9 to Sunday 15 November 2026.
WEEK_ENDING = date(2026, 11, 15)
MONDAY = datetime(2026, 11, 9, tzinfo=UTC)
GENERATED = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)
NHS_NUMBER = "943 476 5919"


def settings(**changes: object) -> Settings:
    values: dict[str, object] = {
        "trust": {
            "name": "Kingsmere Valley Hospitals NHS Foundation Trust",
            "aliases": ["Kingsmere General"],
            "official_handles": {"x": ["KingsmereNHS"]},
        },
        "alerts": {
            "team_inbox": "communications@kingsmerevalley.nhs.uk",
            "sender": "TrustWatch <trustwatch@kingsmerevalley.nhs.uk>",
        },
    }
    values.update(changes)
    return Settings.model_validate(values)


def post(
    native_id: str,
    text: str,
    published_at: datetime,
    *,
    sentiment: str | None = "neutral",
    negative: float = 0.1,
    source: str = "x-mentions",
    platform: str = "x",
    **fields: object,
) -> tuple[Mention, Classification | None]:
    """A mention and its classification (None: landed but never classified)."""
    mention = Mention.model_validate(
        {
            "platform": platform,
            "native_id": native_id,
            "source": source,
            "url": f"https://x.com/someone/status/{native_id}",
            "author_handle": "a_member_of_the_public",
            "text": text,
            "published_at": published_at,
            **fields,
        }
    )
    if sentiment is None:
        return mention, None
    scores = {"negative": negative, "neutral": 0.0, "positive": 0.0}
    scores[sentiment] = max(scores[sentiment], 1.0 - negative if sentiment != "negative" else negative)
    classification = Classification(
        platform=platform,
        native_id=native_id,
        model="builtin",
        model_version="test",
        sentiment_label=sentiment,
        sentiment_scores=scores,
    )
    return mention, classification


def land(
    store: Store,
    posts: Sequence[tuple[Mention, Classification | None]],
    *,
    run_id: str = "run-1",
    started_at: datetime = MONDAY + timedelta(hours=6),
    status: str = "complete",
) -> None:
    """Land posts per source through the real Store, as one monitor run."""
    store.start_run("daily_monitor", Window(since=started_at - timedelta(days=1), until=started_at), run_id=run_id)
    store.connection.execute("UPDATE runs SET started_at = ? WHERE run_id = ?", [started_at, run_id])
    by_source: dict[tuple[str, str], list[tuple[Mention, Classification | None]]] = {}
    for mention, classification in posts:
        by_source.setdefault((mention.source, mention.platform), []).append((mention, classification))
    for (source, platform), rows in by_source.items():
        store.land(
            run_id=run_id,
            source=source,
            source_type=platform,
            mentions=[mention for mention, _ in rows],
            accounts=[],
            classifications=[c for _, c in rows if c is not None],
            cursor=None,
            status=status,
            error=None if status == "complete" else "the page lost its reviews",
            error_kind=None if status == "complete" else status,
        )
    store.finish_run(run_id, status, alerts_raised=0, emails_sent=0, error=None)


def finding(kind: str, mention: Mention, detected_at: datetime, **fields: object) -> Finding:
    return Finding.model_validate(
        {
            "kind": kind,
            "subject_type": SubjectType.MENTION,
            "platform": mention.platform,
            "subject_id": mention.native_id,
            "severity": Severity.URGENT if kind in {"safeguarding", "patient_identifiers"} else Severity.LOW,
            "summary": kind,
            "detector": "test",
            "detected_at": detected_at,
            **fields,
        }
    )


def week_of_posts() -> list[tuple[Mention, Classification | None]]:
    """Twelve mentions this week (two sources, three negative about the car park) and four the week before."""
    day = timedelta(days=1)
    return [
        post(
            "n1",
            "Car park charges at Kingsmere General are a scandal, car park full again",
            MONDAY + 3 * day,
            sentiment="negative",
            negative=0.97,
        ),
        post(
            "n2",
            f"The car park was full and I missed my scan. My NHS number is {NHS_NUMBER}",
            MONDAY + 3 * day,
            sentiment="negative",
            negative=0.91,
        ),
        post(
            "n3",
            "<script>alert(1)</script> car park queue out onto the road",
            MONDAY + 4 * day,
            sentiment="negative",
            negative=0.88,
            url="javascript:alert(1)",
        ),
        post(
            "p1",
            "Thank you Priya on the children's ward, amazing care",
            MONDAY + 2 * day,
            sentiment="positive",
            negative=0.01,
        ),
        post("p2", "Brilliant physio team at Kingsmere General", MONDAY + 2 * day, sentiment="positive", negative=0.02),
        post("u1", "Kingsmere General visiting hours change", MONDAY + timedelta(hours=0, minutes=30)),
        post("u2", "Flu clinic dates announced", MONDAY + day),
        post("u3", "Board papers published", MONDAY + day, source="local-news", platform="rss"),
        post("u4", "New scanner arrives at Kingsmere General", MONDAY + day, source="local-news", platform="rss"),
        post("u5", "Roadworks near the hospital", MONDAY + 5 * day, source="local-news", platform="rss"),
        post("u6", "Last minute of Sunday", MONDAY + 7 * day - timedelta(minutes=1), sentiment=None),
        post("u7", "Kingsmere General parking update", MONDAY + 6 * day),
        # Outside the week on both sides.
        post("old1", "Parking fine", MONDAY - day),
        post("old2", "Car park", MONDAY - 2 * day, sentiment="negative", negative=0.9),
        post("old3", "Clinic news", MONDAY - 3 * day),
        post("old4", "Clinic", MONDAY - 4 * day),
        post("next1", "Next Monday", MONDAY + 7 * day),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "tw.duckdb") as opened:
        yield opened


@pytest.fixture
def week_store(store: Store) -> Store:
    posts = week_of_posts()
    land(store, posts)
    mentions = {mention.native_id: mention for mention, _ in posts}
    findings = [
        finding("negative_mention", mentions["n1"], MONDAY + timedelta(days=3, hours=1), score=0.97),
        finding("safeguarding", mentions["n2"], MONDAY + timedelta(days=3, hours=1)),
        finding("patient_identifiers", mentions["n2"], MONDAY + timedelta(days=3, hours=1)),
        finding(
            "staff_praise",
            mentions["p1"],
            MONDAY + timedelta(days=2, hours=1),
            evidence={"staff_ids": ["S102"], "surface": ["Priya"]},
        ),
        finding("staff_named", mentions["n1"], MONDAY + timedelta(days=3, hours=1), evidence={"staff_ids": ["S9"]}),
        # Detected in the week, about a post published before it: not this week's praise.
        finding("staff_praise", mentions["old1"], MONDAY + timedelta(days=1), evidence={"surface": "Dr Old"}),
    ]
    store.upsert_findings(findings, "run-1")
    store.queue_alerts(
        [
            Alert(
                finding_id=f.finding_id,
                reason=f.kind,
                recipients=("comms@x.nhs.uk",),
                severity=f.severity,
                created_at=f.detected_at,
            )
            for f in findings[:3]
        ],
        "run-1",
    )
    land(store, [], run_id="run-2", started_at=MONDAY + timedelta(days=2, hours=6), status="source_broken")
    return store


def report_for(store: Store, **options: object) -> WeeklyReport:
    return build_report(store, settings(), WEEK_ENDING, now=GENERATED, **options)  # type: ignore[arg-type]


def has_tables(store: Store, *names: str) -> bool:
    rows = store.fetch_dicts(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND list_contains(?, table_name)",
        [list(names)],
    )
    return len(rows) == len(names)


def drop_casework(store: Store) -> None:
    """The database as it was before casework (migration 0002) existed."""
    for view in ("open_cases", "takedown_outcomes", "staff_cases"):
        store.connection.execute(f"DROP VIEW IF EXISTS {view}")
    for table in ("takedowns", "case_events", "cases"):
        store.connection.execute(f"DROP TABLE IF EXISTS {table}")


@pytest.mark.parametrize(
    ("week_ending", "hours"),
    [
        pytest.param(date(2026, 11, 15), 168, id="a GMT week is 168 hours"),
        pytest.param(date(2026, 10, 25), 169, id="the week the clocks go back is 169 hours"),
        pytest.param(date(2026, 3, 29), 167, id="the week the clocks go forward is 167 hours"),
    ],
)
def test_a_week_runs_from_london_monday_midnight_to_the_midnight_after_sunday(week_ending: date, hours: int) -> None:
    window = week_window(week_ending)
    assert (window.until - window.since) == timedelta(hours=hours)
    start = window.since.astimezone(LONDON)
    assert (start.date(), start.hour, start.minute) == (week_ending - timedelta(days=6), 0, 0)
    assert window.until.astimezone(LONDON).date() == week_ending + timedelta(days=1)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        pytest.param(
            datetime(2026, 11, 16, 6, 0, tzinfo=UTC),
            date(2026, 11, 15),
            id="monday morning reports the week just ended",
        ),
        pytest.param(
            datetime(2026, 11, 15, 23, 30, tzinfo=UTC), date(2026, 11, 8), id="late on sunday the week is not over"
        ),
        pytest.param(
            datetime(2026, 6, 14, 23, 30, tzinfo=UTC), date(2026, 6, 14), id="sunday 23:30 utc is monday in bst"
        ),
        pytest.param(
            datetime(2026, 11, 19, 12, 0, tzinfo=UTC), date(2026, 11, 15), id="midweek reports the last full week"
        ),
    ],
)
def test_the_default_week_is_the_last_complete_monday_to_sunday_in_london(moment: datetime, expected: date) -> None:
    assert last_complete_week_ending(moment) == expected
    assert expected.weekday() == 6


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="moment"):
        last_complete_week_ending(datetime(2026, 11, 16, 6, 0))


@pytest.mark.parametrize(
    ("source", "label"),
    [
        pytest.param("local-news", "Local news", id="hyphens become spaces"),
        pytest.param("nhs_website", "NHS website", id="acronyms stay capitals"),
        pytest.param("x-mentions", "X mentions", id="x is a capital letter"),
    ],
)
def test_source_names_read_as_headings(source: str, label: str) -> None:
    assert source_label(source) == label


def test_phrases_never_span_punctuation_and_stop_words_never_count() -> None:
    found = terms("Waited 9 hours, waiting times are awful; the car park was full @KingsmereNHS https://t.co/x")
    assert {"waiting times", "car park", "waited", "awful"} <= found
    assert "hours waiting" not in found
    assert not found & {"the", "are", "was", "kingsmerenhs", "https", "t.co"}


def test_frequent_negative_terms_find_what_sets_negative_posts_apart() -> None:
    negative = [
        "Car park full again, missed my appointment",
        "The car park charges are a disgrace",
        "Car park queue onto the road, terrible",
        "Rude receptionist at Kingsmere General",
    ]
    other = ["Lovely staff at Kingsmere General", "Great appointment, lovely staff", "Visiting hours change", "Staff"]
    themes = frequent_negative_terms(negative, other, excluded=["Kingsmere General"])
    assert themes[0].term == "car park"
    assert themes[0].negative_mentions == 3
    assert themes[0].other_mentions == 0
    found = {theme.term for theme in themes}
    assert "car" not in found, "a single word adding nothing beyond its phrase is hidden"
    assert "rude" not in found, "a word in one negative post is not a theme"
    assert not found & {"kingsmere", "general", "staff", "lovely"}


def test_no_themes_without_negative_mentions() -> None:
    assert frequent_negative_terms([], ["All good", "All good"]) == []


def test_headline_figures_count_this_london_week_against_the_week_before(week_store: Store) -> None:
    report = report_for(week_store)
    headline = report.headline
    assert headline.mentions == 12
    assert headline.previous_mentions == 4
    assert headline.change == pytest.approx(2.0)
    assert headline.negative_share == pytest.approx(3 / 11), "the unclassified mention is left out of the share"
    assert headline.previous_negative_share == pytest.approx(1 / 4)
    assert headline.alerts_raised == 3
    assert headline.incidents == 2
    assert headline.staff_praise == 1
    assert headline.staff_named == 1


def test_volume_is_counted_by_source_and_london_day(week_store: Store) -> None:
    report = report_for(week_store)
    assert report.days[0] == date(2026, 11, 9)
    assert report.days[-1] == WEEK_ENDING
    volume = {source.source: source for source in report.volume}
    assert volume["x-mentions"].daily == (1, 1, 2, 2, 1, 0, 2)
    assert volume["local-news"].daily == (0, 2, 0, 0, 0, 1, 0)
    assert volume["x-mentions"].previous_total == 4
    assert report.volume[0].source == "x-mentions", "the busiest source comes first and gets NHS blue"
    assert report.volume[0].colour == "#005eb8"
    days = {day.day: day for day in report.sentiment}
    assert (days[date(2026, 11, 12)].negative, days[date(2026, 11, 12)].classified) == (2, 2)
    assert days[WEEK_ENDING].unclassified == 1


def test_negative_mentions_are_ranked_redacted_and_unsafe_links_dropped(week_store: Store) -> None:
    report = report_for(week_store)
    quotes = report.negative_mentions
    assert [quote.link for quote in quotes] == [
        "https://x.com/someone/status/n1",
        "https://x.com/someone/status/n2",
        None,
    ]
    assert "[NHS number]" in quotes[1].excerpt
    assert NHS_NUMBER not in quotes[1].excerpt
    assert report.themes[0].term == "car park"


def test_staff_praise_uses_directory_names_only_when_a_directory_is_given(week_store: Store) -> None:
    directory = StaffDirectory([StaffMember(staff_id="S102", full_name="Priya Shah", known_as="Pri")])
    assert report_for(week_store, staff_directory=directory).praise[0].staff == ("Pri Shah",)
    assert report_for(week_store).praise[0].staff == ("Priya",)


def test_html_is_self_contained_escaped_and_redacted(week_store: Store) -> None:
    html = render_html(report_for(week_store))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert NHS_NUMBER not in html
    assert "javascript:" not in html
    assert not re.search(r"<link|<img|@import|url\(|src=", html, re.IGNORECASE), "nothing is loaded from elsewhere"
    assert "a_member_of_the_public" not in html, "authors are not shown"
    assert html.count("<svg") == 2
    assert "Frequent words in negative mentions" in html
    assert "Pri Shah" not in html and "Priya" in html


def test_volume_chart_draws_one_bar_segment_per_source_and_day(week_store: Store) -> None:
    report = report_for(week_store)
    svg = str(volume_chart_svg(report))
    segments = sum(1 for source in report.volume for count in source.daily if count)
    assert svg.count("<rect") == segments == 8
    assert 'role="img"' in svg
    assert "Busiest day Tue 10 Nov" in svg


def test_cases_and_takedowns_say_none_yet_when_their_tables_do_not_exist(week_store: Store) -> None:
    drop_casework(week_store)
    report = report_for(week_store)
    assert report.cases is None
    assert report.takedowns is None
    assert report.headline.incidents_open is None
    html = render_html(report)
    assert "No cases yet" in html
    assert "No takedowns yet" in html
    assert "No cases yet" in render_text(report)


def test_open_cases_by_kind_and_age_and_takedown_outcomes_are_read_when_the_tables_exist(week_store: Store) -> None:
    if not has_tables(week_store, "cases", "takedowns"):
        pytest.skip("casework tables (storage/migrations/0002_cases.sql) are not in this checkout")
    con = week_store.connection
    con.execute("DELETE FROM case_events")
    con.execute("DELETE FROM cases")
    safeguarding_finding = finding("safeguarding", week_of_posts()[1][0], MONDAY)
    safeguarding = safeguarding_finding.finding_id
    for case_id, finding_id, kind, status, age_days in [
        (case_of(safeguarding_finding), safeguarding, "safeguarding", "open", 1),
        ("c2", "f2", "impersonation", "acknowledged", 10),
        ("c3", "f3", "impersonation", "open", 3),
        ("c4", "f4", "complaint", "resolved", 4),
    ]:
        opened = GENERATED - timedelta(days=age_days, hours=1)
        con.execute(
            "INSERT INTO cases (case_id, finding_id, kind, kinds, teams, status, severity, title, platform, "
            "subject_type, subject_id, due_at, reach, opened_at, updated_at, resolved_at) "
            "VALUES (?, ?, ?, [?], ['communications'], ?, 'high', 't', 'x', 'mention', ?, ?, 0, ?, ?, ?)",
            [
                case_id,
                finding_id,
                kind,
                kind,
                status,
                case_id,
                opened,
                opened,
                opened,
                opened if status == "resolved" else None,
            ],
        )
    for takedown_id, platform, status, decided in [
        ("t1", "x", "removed", MONDAY + timedelta(days=2)),
        ("t2", "x", "removed", MONDAY - timedelta(days=20)),
        ("t3", "bluesky", "refused", MONDAY + timedelta(days=3)),
        ("t4", "x", "requested", None),
    ]:
        con.execute(
            "INSERT INTO takedowns (takedown_id, case_id, finding_id, platform, subject_type, subject_id, reason, "
            "status, drafted_at, drafted_by, requested_at, decided_at, updated_at) "
            "VALUES (?, 'c2', 'f2', ?, 'account', ?, 'impersonation', ?, ?, 'comms', ?, ?, ?)",
            [
                takedown_id,
                platform,
                takedown_id,
                status,
                MONDAY - timedelta(days=30),
                MONDAY + timedelta(days=1),
                decided,
                MONDAY + timedelta(days=3),
            ],
        )
    report = report_for(week_store)
    assert report.cases is not None and report.takedowns is not None
    rows = {row.kind: row for row in report.cases.rows}
    assert set(rows) == {"safeguarding", "impersonation"}, "resolved cases are not open"
    assert report.cases.rows[0].kind == "safeguarding", "safeguarding comes first"
    assert (rows["impersonation"].open, rows["impersonation"].acknowledged) == (1, 1)
    assert rows["impersonation"].ages == (0, 1, 1)
    assert report.cases.opened == 3, "cases opened in the week, whatever their status now"
    assert report.cases.resolved == 1
    assert report.headline.incidents_open == 2, "both incidents are about one post, so they share its open case"
    assert report.takedowns.totals == (0, 1, 2, 1, 0)
    assert report.takedowns.this_week == {"requested": 4, "removed": 1, "refused": 1, "expired": 0}
    html = render_html(report)
    assert "Impersonating account" in html
    assert "<strong>2</strong> posts and accounts removed out of 4 takedowns to date" in html


def test_a_week_with_no_mentions_still_renders(store: Store) -> None:
    report = report_for(store)
    assert report.headline.mentions == 0
    assert report.headline.negative_share is None
    html = render_html(report)
    assert "No mentions were published this week" in html
    assert "No negative mentions this week" in html
    assert "No monitoring runs were recorded this week" in html


def test_the_report_email_is_text_and_html_with_the_page_attached(week_store: Store) -> None:
    report = report_for(week_store)
    html = render_html(report)
    message = compose_report_email(report, settings(), html=html, sent_at=GENERATED)
    parsed = parse_message(message_bytes(message))
    assert parsed["Subject"] == "[TrustWatch] Weekly report, week ending Sun 15 Nov 2026: 12 mentions, 27% negative"
    assert parsed["To"] == "communications@kingsmerevalley.nhs.uk"
    assert parsed["Message-ID"].endswith("@kingsmerevalley.nhs.uk>")
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed.get_content_type() == "multipart/mixed"
    text = parsed.get_body(preferencelist=("plain",))
    body = parsed.get_body(preferencelist=("html",))
    assert text is not None and body is not None
    assert "12 mentions" in text.get_content()
    assert NHS_NUMBER not in text.get_content()
    assert body.get_content() == html
    attachments = list(parsed.iter_attachments())
    assert [part.get_filename() for part in attachments] == ["trustwatch-week-2026-11-15.html"]
    assert attachments[0].get_content_type() == "text/html"
    assert attachments[0].get_content() == html


def test_the_report_is_saved_owner_only_under_its_week(tmp_path: Path) -> None:
    path = write_report("<html></html>", tmp_path / "reports", WEEK_ENDING)
    assert path == tmp_path / "reports" / "trustwatch-week-2026-11-15.html"
    assert path.read_text(encoding="utf-8") == "<html></html>"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert write_report("<html>2</html>", tmp_path / "reports", WEEK_ENDING).read_text(encoding="utf-8") == (
        "<html>2</html>"
    )
