"""What the review-site connectors share: one copy of each review, oldest first, and field parsing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from connectors._reviews import entity_text, oldest_first, parse_review_time
from trustwatch.errors import FatalError
from trustwatch.records import Cursor, Mention, parse_utc


def review(native_id: str, day: int, text: str = "Kind staff") -> Mention:
    return Mention(
        platform="care_opinion",
        native_id=native_id,
        source="co-test",
        kind="review",
        text=text,
        published_at=datetime(2025, 3, day, 9, tzinfo=UTC),
    )


def test_reviews_come_out_oldest_first_with_ties_in_id_order() -> None:
    cursor = Cursor(source="co-test")
    reviews = [review("b", 12), review("c", 10), review("a", 12)]

    assert [mention.native_id for mention in oldest_first(reviews, cursor)] == ["c", "a", "b"]


def test_a_review_listed_twice_is_yielded_once_as_first_read() -> None:
    cursor = Cursor(source="co-test")
    reviews = [review("a", 10, "from the parent service"), review("a", 10, "from the child service")]

    assert [mention.text for mention in oldest_first(reviews, cursor)] == ["from the parent service"]


def test_the_cursor_moves_past_a_review_only_when_the_next_one_is_asked_for() -> None:
    cursor = Cursor(source="co-test", state={"newest_published_at": "2025-03-11T09:00:00+00:00"})
    stream = oldest_first([review("a", 10), review("b", 12)], cursor)

    assert next(stream).native_id == "a"
    assert next(stream).native_id == "b"
    # Updated when the caller comes back for more, so never ahead of what it has taken.
    assert cursor.state["newest_published_at"] == "2025-03-11T09:00:00+00:00"
    assert list(stream) == []
    assert cursor.state["newest_published_at"] == "2025-03-12T09:00:00+00:00"


def test_a_failure_while_reading_yields_nothing_and_leaves_the_cursor_alone() -> None:
    def failing() -> Iterator[Mention]:
        yield review("a", 10)
        raise FatalError("page 2 answered 401", source="co-test")

    cursor = Cursor(source="co-test")
    with pytest.raises(FatalError):
        next(oldest_first(failing(), cursor))
    assert cursor.state == {}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("It&#39;s a 10/10 &amp; more", "It's a 10/10 & more", id="entities are decoded"),
        pytest.param("Line one\n\n\nLine  two ", "Line one\n\nLine two", id="line breaks are kept, space folded"),
        pytest.param("<b>not markup</b>", "<b>not markup</b>", id="angle brackets are text, not parsed"),
        pytest.param(None, None, id="a missing value stays missing"),
        pytest.param(5, None, id="a number is not text"),
    ],
)
def test_entity_text(value: object, expected: str | None) -> None:
    assert entity_text(value) == expected


def test_a_review_time_is_parsed_with_the_given_parser() -> None:
    moment = parse_review_time("2025-03-10T09:15:00Z", parse_utc, review="review 1", field="createTime", source="g")
    assert moment == datetime(2025, 3, 10, 9, 15, tzinfo=UTC)


def test_an_unreadable_review_time_names_the_review_and_field_and_cuts_the_value() -> None:
    value = "last Tuesday, " + "I waited for hours " * 10
    with pytest.raises(FatalError) as raised:
        parse_review_time(value, parse_utc, review="Google review 42", field="updateTime", source="g-test")

    assert str(raised.value) == f"Google review 42: updateTime {value[:40]!r} is not a timestamp"
    assert raised.value.source == "g-test"
