from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from trustwatch.records import Finding, Mention, Severity, SubjectType, Window, parse_utc


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValidationError, match="timezone-aware"):
        Mention(platform="x", native_id="1", source="x", text="hi", published_at=datetime(2026, 11, 1))


def test_offsets_are_normalised_to_utc() -> None:
    bst = timezone(timedelta(hours=1))
    mention = Mention(
        platform="x", native_id="1", source="x", text="hi", published_at=datetime(2026, 7, 1, 9, tzinfo=bst)
    )
    assert mention.published_at == datetime(2026, 7, 1, 8, tzinfo=UTC)
    assert mention.published_at.tzinfo == UTC


def test_window_must_move_forward() -> None:
    moment = datetime(2026, 11, 1, tzinfo=UTC)
    with pytest.raises(ValidationError, match="must be after"):
        Window(since=moment, until=moment)


def test_window_splits_into_days_covering_it_exactly() -> None:
    window = Window(since=parse_utc("2026-11-01T06:00"), until=parse_utc("2026-11-03T12:00"))
    days = window.days()
    assert [d.since for d in days] == [
        parse_utc("2026-11-01T06:00"),
        parse_utc("2026-11-02T06:00"),
        parse_utc("2026-11-03T06:00"),
    ]
    assert days[-1].until == window.until


def test_default_window_is_the_day_before() -> None:
    until = parse_utc("2026-11-21T06:00")
    assert Window.ending_at(until).since == parse_utc("2026-11-20T06:00")


def test_the_same_finding_about_the_same_subject_has_one_id() -> None:
    def finding(score: float) -> Finding:
        return Finding(
            kind="negative_mention",
            subject_type=SubjectType.MENTION,
            platform="x",
            subject_id="42",
            severity=Severity.NORMAL,
            score=score,
            summary="s",
            detector="d",
        )

    assert finding(0.9).finding_id == finding(0.99).finding_id
