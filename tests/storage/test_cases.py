import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import storage.store as store_module
from alerts.takedown import build_takedown_draft
from classifiers.approved_accounts import load_approved_accounts
from classifiers.impersonation import ImpersonationScorer, Verdict, account_from_json
from storage.cases import DUE_WITHIN, CaseBook, CaseError, InboxFilter, case_of
from storage.store import Store
from trustwatch.records import Account, Alert, Finding, Mention, Severity, SubjectType, stable_id
from trustwatch.settings import TrustProfile

NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)
IMPERSONATION_FIXTURES = Path(__file__).parent.parent / "fixtures" / "impersonation"


def finding(
    subject_id: str = "1857000000000000001",
    kind: str = "negative_mention",
    severity: Severity = Severity.NORMAL,
    subject_type: SubjectType = SubjectType.MENTION,
    platform: str = "x",
) -> Finding:
    return Finding(
        kind=kind,
        subject_type=subject_type,
        platform=platform,
        subject_id=subject_id,
        severity=severity,
        score=0.93,
        summary=f"{kind.replace('_', ' ').capitalize()} on {platform}",
        detector="tests",
        detected_at=NOW,
    )


def raise_alert(store: Store, found: Finding, reason: str | None = None, run_id: str = "run-1") -> str:
    """Record a finding and one alert about it, as the monitor does; returns the alert id."""
    store.upsert_findings([found], run_id)
    alert = Alert(
        finding_id=found.finding_id,
        reason=reason or found.kind,
        recipients=("communications@kingsmerevalley.nhs.uk",),
        severity=found.severity,
        created_at=NOW,
    )
    store.queue_alerts([alert], run_id)
    return alert.alert_id


def events(store: Store, case_id: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    rows = store.fetch_dicts(
        "SELECT actor, action, from_status, to_status, note FROM case_events WHERE case_id = ? ORDER BY event_number",
        [case_id],
    )
    return [(r["actor"], r["action"], r["from_status"], r["to_status"], r["note"]) for r in rows]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "tw.duckdb") as opened:
        yield opened


@pytest.fixture
def book(store: Store) -> CaseBook:
    return CaseBook(store)


@pytest.mark.parametrize("rewritten", [False, True], ids=["as_opened", "after_a_rewrite"])
def test_the_facts_of_named_cases_are_those_every_case_has_in_the_full_view(
    store: Store, book: CaseBook, rewritten: bool
) -> None:
    # Two findings about one post (their case takes the more severe one's kind), and two other posts.
    findings = [
        finding("41"),
        finding("41", kind="safeguarding", severity=Severity.URGENT),
        finding("42", kind="complaint"),
        finding("43"),
    ]
    book.open_cases_for_alerts([raise_alert(store, found) for found in findings], "run-1", now=NOW)
    if rewritten:
        store.rewrite()
    named = sorted({case_of(findings[0]), case_of(findings[2])})
    every_case = store.fetch_dicts("SELECT * FROM case_facts ORDER BY case_id")
    assert len(every_case) == 3
    assert store.fetch_dicts("SELECT * FROM case_facts_for(?) ORDER BY case_id", [named]) == [
        row for row in every_case if row["case_id"] in named
    ]
    facts = store.fetch_dicts("SELECT kind, kinds, severity FROM case_facts_for(?)", [[case_of(findings[0])]])
    assert facts == [{"kind": "safeguarding", "kinds": ["negative_mention", "safeguarding"], "severity": "urgent"}]


def test_a_findings_first_alert_opens_a_case_and_a_later_alert_joins_it(store: Store, book: CaseBook) -> None:
    found = finding()
    first = raise_alert(store, found)
    intake = book.open_cases_for_alerts([first], "run-1", now=NOW)
    case_id = case_of(found)
    assert intake.opened == [case_id] and intake.joined == []

    second = raise_alert(store, found, reason="complaint", run_id="run-2")
    intake = book.open_cases_for_alerts([second], "run-2", now=NOW + timedelta(hours=1))
    assert intake.opened == [] and intake.joined == [case_id]

    assert store.fetch_dicts("SELECT count(*) AS n FROM cases") == [{"n": 1}]
    linked = store.fetch_dicts("SELECT a.alert_id, f.case_id FROM alerts AS a JOIN findings AS f USING (finding_id)")
    assert {row["case_id"] for row in linked} == {case_id}
    assert [action for _, action, *_ in events(store, case_id)] == ["opened", "alert_added"]


def land_post(
    store: Store, native_id: str, text: str, *, title: str | None = None, followers: int | None = None
) -> None:
    mention = Mention(
        platform="x",
        native_id=native_id,
        source="x-mentions",
        author_id=f"author-{native_id}",
        author_handle="someone",
        title=title,
        text=text,
        published_at=NOW - timedelta(hours=2),
        raw={"public_metrics": {"like_count": 90, "retweet_count": 9}},
    )
    author = Account(platform="x", account_id=f"author-{native_id}", handle="someone", followers=followers)
    store.land(
        run_id="run-1",
        source="x-mentions",
        source_type="x",
        mentions=[mention],
        accounts=[author] if followers is not None else [],
        classifications=[],
        cursor=None,
    )


def test_every_finding_about_one_post_joins_one_case_that_takes_the_highest_severity(
    store: Store, book: CaseBook
) -> None:
    land_post(store, "77", "  Waited   nine hours in A&E last night with my dad, staff were rushed off their feet  ")
    negative = finding("77")
    complaint = finding("77", kind="complaint", severity=Severity.HIGH)
    staff = finding("77", kind="staff_named", severity=Severity.NORMAL)
    ids = [raise_alert(store, negative), raise_alert(store, complaint), raise_alert(store, staff)]

    intake = book.open_cases_for_alerts(ids, "run-1", now=NOW)

    case_id = case_of(negative)
    assert intake.opened == [case_id] and case_of(complaint) == case_of(staff) == case_id
    [case] = store.fetch_dicts("SELECT * FROM cases")
    assert case["severity"] == "high" and case["kind"] == "complaint"
    assert case["kinds"] == ["complaint", "negative_mention", "staff_named"]
    assert case["teams"] == ["communications", "pals", "people_experience"]
    assert case["title"] == "Waited nine hours in A&E last night with my dad, staff were rushed off their feet"
    assert case["due_at"] == NOW + DUE_WITHIN["high"]
    assert [f["kind"] for f in book.show_case(case_id).findings] == ["complaint", "negative_mention", "staff_named"]


def test_a_case_rising_to_urgent_becomes_due_sooner(store: Store, book: CaseBook) -> None:
    book.open_cases_for_alerts([raise_alert(store, finding("78"))], "run-1", now=NOW)
    later = NOW + timedelta(hours=5)
    urgent = finding("78", kind="safeguarding", severity=Severity.URGENT)
    book.open_cases_for_alerts([raise_alert(store, urgent)], "run-2", now=later)
    [case] = store.fetch_dicts("SELECT severity, due_at FROM cases")
    assert case == {"severity": "urgent", "due_at": later + DUE_WITHIN["urgent"]}


def test_reach_orders_cases_of_equal_severity_and_a_long_post_is_titled_by_its_start(
    store: Store, book: CaseBook
) -> None:
    land_post(store, "quiet", "The car park machines only take coins. " * 5)
    land_post(store, "loud", "Ombudsman finds serious failings", title="Ombudsman report", followers=250_000)
    ids = [raise_alert(store, finding("quiet")), raise_alert(store, finding("loud"))]
    book.open_cases_for_alerts(ids, "run-1", now=NOW)

    listed = book.inbox(InboxFilter())
    assert [row["title"] for row in listed] == [
        "Ombudsman report",
        ("The car park machines only take coins. " * 5)[:99] + "…",
    ]
    assert listed[0]["followers"] == 250_000 and listed[0]["engagement"] == 99
    assert listed[0]["reach"] > listed[1]["reach"]


def test_inbox_filters_by_kind_team_owner_and_status_and_bulk_acknowledges(store: Store, book: CaseBook) -> None:
    complaint = finding("a", kind="complaint")
    negative = finding("b")
    book.open_cases_for_alerts([raise_alert(store, complaint), raise_alert(store, negative)], "run-1", now=NOW)
    book.assign(case_of(complaint), "pals.officer", "priya.shah")

    assert [r["case_id"] for r in book.inbox(InboxFilter(team="pals"))] == [case_of(complaint)]
    assert [r["case_id"] for r in book.inbox(InboxFilter(kind="negative_mention"))] == [case_of(negative)]
    assert [r["case_id"] for r in book.inbox(InboxFilter(owner="pals.officer"))] == [case_of(complaint)]
    assert [r["case_id"] for r in book.inbox(InboxFilter(owner=""))] == [case_of(negative)]
    assert book.inbox_count(InboxFilter(statuses=("resolved",))) == 0

    done = book.acknowledge_many([case_of(complaint), case_of(negative), "not-a-case"], "priya.shah", now=NOW)
    assert sorted(done) == sorted([case_of(complaint), case_of(negative)])
    assert book.acknowledge_many([case_of(complaint)], "priya.shah", now=NOW) == []
    assert book.inbox_count(InboxFilter(statuses=("open",))) == 0
    assert events(store, case_of(complaint))[-2:] == [
        ("priya.shah", "assigned", None, None, "owner pals.officer"),
        ("priya.shah", "acknowledged", "open", "acknowledged", None),
    ]
    assert book.facets() == {
        "kinds": ["complaint", "negative_mention"],
        "platforms": ["x"],
        "owners": ["pals.officer"],
    }


def test_notes_join_the_history_and_an_empty_note_is_refused(store: Store, book: CaseBook) -> None:
    found = finding()
    book.open_cases_for_alerts([raise_alert(store, found)], "run-1", now=NOW)
    book.add_note(case_of(found), "priya.shah", "Called the ward manager; family contacted by PALS.")
    assert events(store, case_of(found))[-1] == (
        "priya.shah",
        "note",
        None,
        None,
        "Called the ward manager; family contacted by PALS.",
    )
    with pytest.raises(CaseError, match="note"):
        book.add_note(case_of(found), "priya.shah", "   ")
    with pytest.raises(CaseError, match="no such case"):
        book.add_note("nope", "priya.shah", "x")


def test_filing_the_same_alerts_again_changes_nothing(store: Store, book: CaseBook) -> None:
    alert_id = raise_alert(store, finding())
    book.open_cases_for_alerts([alert_id], "run-1", now=NOW)
    again = book.open_cases_for_alerts([alert_id, alert_id], "run-1", now=NOW)
    assert again.opened == again.joined == again.reopened == []
    assert len(events(store, case_of(finding()))) == 1


def test_two_alerts_of_one_new_finding_in_one_run_open_one_case(store: Store, book: CaseBook) -> None:
    found = finding()
    ids = [raise_alert(store, found), raise_alert(store, found, reason="complaint")]
    intake = book.open_cases_for_alerts(ids, "run-1", now=NOW)
    assert intake.opened == [case_of(found)]
    assert store.fetch_dicts("SELECT count(*) AS n FROM cases") == [{"n": 1}]


def test_a_run_filing_many_alerts_opens_joins_and_reopens_each_case_once_in_filing_order(
    store: Store, book: CaseBook
) -> None:
    resolved = finding(subject_id="resolved-post")
    book.open_cases_for_alerts([raise_alert(store, resolved)], "run-0", now=NOW)
    book.resolve(case_of(resolved), "priya.shah", "answered")
    posts = [finding(subject_id=f"post-{number:03d}") for number in range(150)]
    filed = [raise_alert(store, found) for found in posts]
    filed += [raise_alert(store, found, reason="complaint") for found in posts[:50]]
    filed += [raise_alert(store, resolved, reason="abuse"), raise_alert(store, resolved, reason="complaint")]

    intake = book.open_cases_for_alerts(filed, "run-1", now=NOW + timedelta(hours=1))

    assert sorted(intake.opened) == sorted(case_of(found) for found in posts)
    assert intake.reopened == intake.joined == [case_of(resolved)]
    assert store.fetch_dicts("SELECT count(*) AS n FROM cases WHERE status = 'open'") == [{"n": 151}]
    assert [action for _, action, *_ in events(store, case_of(posts[0]))] == ["opened", "alert_added"]
    assert [action for _, action, *_ in events(store, case_of(posts[99]))] == ["opened"]
    assert [action for _, action, *_ in events(store, case_of(resolved))][-3:] == [
        "resolved",
        "reopened",
        "alert_added",
    ]
    trail = store.fetch_dicts(
        "SELECT alert_id FROM case_events WHERE alert_id IS NOT NULL AND event_at = ? ORDER BY event_number",
        [NOW + timedelta(hours=1)],
    )
    filing_order = store.fetch_dicts(
        "SELECT alert_id FROM alerts WHERE list_contains(?, alert_id) ORDER BY created_at, alert_id", [filed]
    )
    assert trail == filing_order


def test_an_unknown_alert_id_is_an_error_naming_it(book: CaseBook) -> None:
    with pytest.raises(CaseError, match="no-such-alert"):
        book.open_cases_for_alerts(["no-such-alert"], "run-1")


def test_acknowledge_then_resolve_keeps_who_changed_what(store: Store, book: CaseBook) -> None:
    found = finding()
    book.open_cases_for_alerts([raise_alert(store, found)], "run-1", now=NOW)
    case_id = case_of(found)

    book.acknowledge(case_id, "priya.shah", "looking into it", now=NOW + timedelta(hours=1))
    book.resolve(case_id, "dan.okafor", "replied publicly, patient contacted PALS", now=NOW + timedelta(hours=2))

    case = store.fetch_dicts("SELECT * FROM cases WHERE case_id = ?", [case_id])[0]
    assert (case["status"], case["acknowledged_by"], case["resolved_by"]) == ("resolved", "priya.shah", "dan.okafor")
    assert events(store, case_id)[1:] == [
        ("priya.shah", "acknowledged", "open", "acknowledged", "looking into it"),
        ("dan.okafor", "resolved", "acknowledged", "resolved", "replied publicly, patient contacted PALS"),
    ]


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        (["resolve", "acknowledge"], "is resolved, cannot be marked acknowledged"),
        (["acknowledge", "acknowledge"], "is acknowledged, cannot be marked acknowledged"),
        (["resolve", "resolve"], "is resolved, cannot be marked resolved"),
    ],
    ids=["a resolved case cannot be acknowledged", "acknowledging twice is refused", "resolving twice is refused"],
)
def test_impossible_case_transitions_are_refused(store: Store, book: CaseBook, steps: list[str], message: str) -> None:
    found = finding()
    book.open_cases_for_alerts([raise_alert(store, found)], "run-1", now=NOW)
    case_id = case_of(found)
    *allowed, refused = steps
    for step in allowed:
        getattr(book, step)(case_id, "priya.shah")
    with pytest.raises(CaseError, match=message):
        getattr(book, refused)(case_id, "priya.shah")


def test_a_change_needs_an_actor_and_an_existing_case(store: Store, book: CaseBook) -> None:
    found = finding()
    book.open_cases_for_alerts([raise_alert(store, found)], "run-1", now=NOW)
    with pytest.raises(CaseError, match="actor"):
        book.acknowledge(case_of(found), "  ")
    with pytest.raises(CaseError, match="no such case"):
        book.resolve("0" * 24, "priya.shah")


def test_a_new_alert_reopens_a_resolved_case_and_raises_its_severity(store: Store, book: CaseBook) -> None:
    found = finding()
    case_id = case_of(found)
    book.open_cases_for_alerts([raise_alert(store, found)], "run-1", now=NOW)
    book.resolve(case_id, "priya.shah", "answered")

    worse = finding(severity=Severity.URGENT)
    intake = book.open_cases_for_alerts([raise_alert(store, worse, reason="safeguarding")], "run-2", now=NOW)

    assert intake.reopened == [case_id]
    case = store.fetch_dicts("SELECT status, severity, resolved_by FROM cases WHERE case_id = ?", [case_id])[0]
    assert case == {"status": "open", "severity": "urgent", "resolved_by": None}
    assert events(store, case_id)[-1] == ("trustwatch", "reopened", "resolved", "open", "new alert: safeguarding")


def test_alerts_raised_before_casework_get_their_cases_from_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    every_migration = store_module._migrations
    monkeypatch.setattr(store_module, "_migrations", lambda: [m for m in every_migration() if m[0] == 1])
    path = tmp_path / "old.duckdb"
    found = finding()
    with Store.open(path) as old:
        alert_id = raise_alert(old, found)
    monkeypatch.setattr(store_module, "_migrations", every_migration)

    with Store.open(path) as migrated:
        assert migrated.fetch_dicts(
            "SELECT f.case_id FROM alerts AS a JOIN findings AS f USING (finding_id) WHERE alert_id = ?", [alert_id]
        ) == [{"case_id": case_of(found)}]
        case = migrated.fetch_dicts("SELECT case_id, status, kind, opened_run_id FROM cases")
        assert case == [
            {"case_id": case_of(found), "status": "open", "kind": "negative_mention", "opened_run_id": "run-1"}
        ]
        # The old alert is filed already: filing it again must not add a second case or event.
        assert CaseBook(migrated).open_cases_for_alerts([alert_id], "run-2").opened == []


def test_a_database_of_one_case_per_finding_migrates_to_one_case_per_post(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    every_migration = store_module._migrations
    # The casework of before 0005; the delivery and detection tables of 0010 are independent of it, and
    # the code that lands rows below needs them (0012 reads the case ids 0005 adds, so it waits too).
    monkeypatch.setattr(store_module, "_migrations", lambda: [m for m in every_migration() if m[0] not in {5, 12}])
    path = tmp_path / "old.duckdb"
    negative = finding("55")
    safeguarding = finding("55", kind="safeguarding", severity=Severity.URGENT)
    other = finding("56")
    old_id = {f.finding_id: stable_id("case", f.finding_id) for f in (negative, safeguarding, other)}
    with Store.open(path) as old:
        land_post(old, "55", "My mum was left on a trolley for two days")
        alert_ids = [raise_alert(old, f) for f in (negative, safeguarding, other)]
        # What casework wrote before this migration: one case per finding, with its trail and a takedown.
        for found, status in ((negative, "acknowledged"), (safeguarding, "open"), (other, "resolved")):
            old.connection.execute(
                "INSERT INTO cases (case_id, finding_id, kind, status, severity, title, platform, subject_type, "
                "subject_id, opened_at, updated_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by, "
                "opened_run_id) VALUES (?, ?, ?, ?, ?, ?, 'x', 'mention', ?, ?, ?, ?, ?, ?, ?, 'run-1')",
                [
                    old_id[found.finding_id],
                    found.finding_id,
                    found.kind,
                    status,
                    str(found.severity),
                    found.summary,
                    found.subject_id,
                    NOW,
                    NOW,
                    NOW if status == "acknowledged" else None,
                    "priya.shah" if status == "acknowledged" else None,
                    NOW if status == "resolved" else None,
                    "priya.shah" if status == "resolved" else None,
                ],
            )
            old.connection.execute(
                "INSERT INTO case_events (case_id, event_at, actor, action, to_status) VALUES (?, ?, 'trustwatch', "
                "'opened', 'open')",
                [old_id[found.finding_id], NOW],
            )
        old.connection.execute(
            "INSERT INTO takedowns (takedown_id, case_id, finding_id, platform, subject_type, subject_id, reason, "
            "status, drafted_at, drafted_by, updated_at) VALUES ('td-1', ?, ?, 'x', 'mention', '55', 'identifiable', "
            "'drafted', ?, 'trustwatch', ?)",
            [old_id[safeguarding.finding_id], safeguarding.finding_id, NOW, NOW],
        )
        assert 5 not in {row[0] for row in old.connection.execute("SELECT version FROM schema_migrations").fetchall()}
    monkeypatch.setattr(store_module, "_migrations", every_migration)

    with Store.open(path) as migrated:
        book = CaseBook(migrated)
        cases = migrated.fetch_dicts("SELECT case_id, status, severity, kind, kinds, title, acknowledged_by FROM cases")
        assert sorted(cases, key=lambda c: c["kinds"]) == [
            {
                "case_id": case_of(other),
                "status": "resolved",
                "severity": "normal",
                "kind": "negative_mention",
                "kinds": ["negative_mention"],
                "title": other.summary,
                "acknowledged_by": None,
            },
            {
                "case_id": case_of(negative),
                "status": "open",
                "severity": "urgent",
                "kind": "safeguarding",
                "kinds": ["negative_mention", "safeguarding"],
                "title": "My mum was left on a trolley for two days",
                "acknowledged_by": "priya.shah",
            },
        ]
        merged = case_of(negative)
        assert [e["action"] for e in book.show_case(merged).events] == ["opened", "opened", "merged"]
        assert [t["takedown_id"] for t in book.show_case(merged).takedowns] == ["td-1"]
        # Ids quoted before the migration (in emails, in the CLI) still find the case.
        assert book.find_case(old_id[negative.finding_id]) == merged
        assert book.find_case(old_id[safeguarding.finding_id][:10]) == merged
        assert book.find_case(alert_ids[1]) == merged
        assert {row["name"] for row in migrated.fetch_dicts("SELECT table_name AS name FROM duckdb_tables()")} >= {
            "users",
            "audit_log",
            "case_aliases",
        }


def test_case_id_matches_the_derivation_in_sql(store: Store) -> None:
    found = finding()
    raise_alert(store, found)
    assert store.fetch_dicts("SELECT case_id FROM findings")[0]["case_id"] == stable_id(
        "case", "mention", "x", found.subject_id
    )


def requested_takedown(store: Store, book: CaseBook, requested_at: datetime = NOW) -> str:
    found = finding("88001", kind="impersonation", severity=Severity.HIGH, subject_type=SubjectType.ACCOUNT)
    book.open_cases_for_alerts([raise_alert(store, found)], "run-1", now=NOW - timedelta(days=30))
    takedown_id = book.draft_takedown(
        found.finding_id,
        reason="impersonates the Trust",
        subject_url="https://www.reddit.com/user/KingsmereNHS_Help",
        evidence={"score": 0.97},
        now=requested_at - timedelta(hours=1),
    )
    book.mark_requested(takedown_id, "priya.shah", " X-4471 ", at=requested_at)
    return takedown_id


def test_takedown_runs_drafted_requested_removed_with_an_audit_trail(store: Store, book: CaseBook) -> None:
    takedown_id = requested_takedown(store, book)
    book.mark_removed(takedown_id, "dan.okafor", "platform email 21 Nov", now=NOW + timedelta(days=3))

    row = store.fetch_dicts("SELECT * FROM takedowns WHERE takedown_id = ?", [takedown_id])[0]
    assert (row["status"], row["requested_by"], row["platform_reference"]) == ("removed", "priya.shah", "X-4471")
    assert row["decided_by"] == "dan.okafor"
    outcome = store.fetch_dicts("SELECT status, days_to_decision FROM takedown_outcomes")
    assert outcome == [{"status": "removed", "days_to_decision": 3.0}]
    trail = events(store, row["case_id"])
    assert [action for _, action, *_ in trail] == [
        "opened",
        "takedown_drafted",
        "takedown_requested",
        "takedown_removed",
    ]
    assert trail[2][4] == "platform reference X-4471"


def test_a_refused_takedown_can_be_requested_again_but_a_removed_one_is_final(store: Store, book: CaseBook) -> None:
    takedown_id = requested_takedown(store, book)
    book.mark_refused(takedown_id, "dan.okafor", "says it is parody")
    book.mark_requested(takedown_id, "dan.okafor", "X-5000", "appeal with logo evidence")
    assert store.fetch_dicts("SELECT status, platform_reference FROM takedowns") == [
        {"status": "requested", "platform_reference": "X-5000"}
    ]
    book.mark_removed(takedown_id, "dan.okafor")
    with pytest.raises(CaseError, match="is removed, cannot be marked refused"):
        book.mark_refused(takedown_id, "dan.okafor")


def test_a_draft_cannot_be_refused_before_it_was_requested(store: Store, book: CaseBook) -> None:
    found = finding("88001", kind="impersonation", subject_type=SubjectType.ACCOUNT)
    store.upsert_findings([found], "run-1")
    takedown_id = book.draft_takedown(found.finding_id, reason="impersonation")
    with pytest.raises(CaseError, match="is drafted, cannot be marked refused"):
        book.mark_refused(takedown_id, "priya.shah")


def test_drafting_opens_the_case_when_there_is_none_and_redrafting_keeps_one_takedown(
    store: Store, book: CaseBook
) -> None:
    found = finding("88001", kind="impersonation", subject_type=SubjectType.ACCOUNT)
    store.upsert_findings([found], "run-1")
    first = book.draft_takedown(found.finding_id, reason="impersonation", subject_url="https://example.org/a")
    second = book.draft_takedown(found.finding_id, reason="impersonation", subject_url="https://example.org/b")
    assert first == second
    assert store.fetch_dicts("SELECT subject_url FROM takedowns") == [{"subject_url": "https://example.org/b"}]
    assert store.fetch_dicts("SELECT status FROM cases") == [{"status": "open"}]


def test_an_impersonation_draft_is_stored_with_its_report_and_evidence_pack(store: Store, book: CaseBook) -> None:
    trust = TrustProfile(**tomllib.loads((IMPERSONATION_FIXTURES / "trust.toml").read_text()))
    account: Account = account_from_json(
        {
            "platform": "x",
            "handle": "KingsmereNHS_Help",
            "account_id": "88001",
            "display_name": "Kingsmere Valley Hospitals",
            "description": "Patient support. DM us your NHS number to rebook",
            "created_at": "2026-10-27T00:00:00Z",
            "followers": 3,
            "following": 420,
        }
    )
    register = load_approved_accounts(IMPERSONATION_FIXTURES / "approved_accounts.csv")
    verdict = ImpersonationScorer(trust, register).score(account, NOW)
    assert verdict.verdict is Verdict.IMPERSONATION
    draft = build_takedown_draft(account, verdict, trust, first_seen=NOW - timedelta(days=2), now=NOW)
    found = finding("88001", kind="impersonation", subject_type=SubjectType.ACCOUNT)
    store.upsert_findings([found], "run-1")

    takedown_id = book.draft_takedown(found.finding_id, **draft.takedown_fields())

    row = store.fetch_dicts(
        "SELECT takedown_id, subject_url, form_url, report_text, evidence->>'$.verdict' AS verdict FROM takedowns"
    )[0]
    assert takedown_id == draft.draft_id == row["takedown_id"]
    assert row["subject_url"] == "https://x.com/KingsmereNHS_Help"
    assert row["form_url"] == "https://help.x.com/en/forms/authenticity/impersonation"
    assert "impersonating" in row["report_text"] and row["verdict"] == "impersonation"


def test_stale_requests_are_reminded_once_per_interval(store: Store, book: CaseBook) -> None:
    takedown_id = requested_takedown(store, book, requested_at=NOW - timedelta(days=15))
    fortnight = timedelta(days=14)
    assert [row["takedown_id"] for row in book.stale_requests(fortnight, now=NOW)] == [takedown_id]
    assert book.stale_requests(fortnight, now=NOW - timedelta(days=2)) == []

    book.record_reminders([takedown_id], now=NOW)
    assert book.stale_requests(fortnight, now=NOW + timedelta(days=13)) == []
    assert len(book.stale_requests(fortnight, now=NOW + timedelta(days=14))) == 1
    assert store.fetch_dicts("SELECT reminders_sent FROM takedowns") == [{"reminders_sent": 1}]


def test_only_requested_takedowns_are_recheck_candidates(store: Store, book: CaseBook) -> None:
    takedown_id = requested_takedown(store, book)
    assert [row["takedown_id"] for row in book.recheck_candidates()] == [takedown_id]
    book.record_check(takedown_id, "exists: HTTP 200", now=NOW)
    assert book.recheck_candidates(checked_before=NOW) == []
    book.mark_refused(takedown_id, "priya.shah")
    assert book.recheck_candidates() == []


def test_cases_are_found_by_case_id_alert_id_or_a_unique_prefix(store: Store, book: CaseBook) -> None:
    found = finding()
    alert_id = raise_alert(store, found)
    book.open_cases_for_alerts([alert_id], "run-1", now=NOW)
    case_id = case_of(found)
    assert book.find_case(case_id) == case_id
    assert book.find_case(alert_id[:8].upper()) == case_id
    with pytest.raises(CaseError, match="at least 4 characters"):
        book.find_case("ab")
    with pytest.raises(CaseError, match="no case or alert"):
        book.find_case("zzzzzz")


def test_views_list_open_cases_and_staff_cases(store: Store, book: CaseBook) -> None:
    negative, staff = finding("1"), finding("2", kind="staff_named", severity=Severity.HIGH)
    book.open_cases_for_alerts([raise_alert(store, negative), raise_alert(store, staff)], "run-1", now=NOW)
    assert [row["kind"] for row in store.fetch_dicts("SELECT kind FROM open_cases")] == [
        "staff_named",
        "negative_mention",
    ]

    book.resolve(case_of(staff), "priya.shah", "staff member informed")
    assert [row["kind"] for row in store.fetch_dicts("SELECT kind FROM open_cases")] == ["negative_mention"]
    assert store.fetch_dicts("SELECT subject_id, status, resolved_by FROM staff_cases") == [
        {"subject_id": "2", "status": "resolved", "resolved_by": "priya.shah"}
    ]


def test_list_and_show_give_a_case_with_its_alerts_trail_and_takedowns(store: Store, book: CaseBook) -> None:
    takedown_id = requested_takedown(store, book)
    [listed] = book.list_cases(["open"])
    assert (listed["kind"], listed["alerts"], listed["takedowns"]) == ("impersonation", 1, "requested")
    detail = book.show_case(listed["case_id"])
    assert [row["takedown_id"] for row in detail.takedowns] == [takedown_id]
    assert len(detail.alerts) == 1 and detail.events[-1]["action"] == "takedown_requested"
    assert book.list_takedowns(["removed"]) == []
