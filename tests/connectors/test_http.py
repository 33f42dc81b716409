"""The one retry policy every connector uses (plain HTTP and the SDK clients alike)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from connectors._http import MAX_HONOURED_WAIT_SECONDS, ReplayTransport, RetryPolicy, retrying
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError, SourceError


class Flaky:
    """A call that fails with the given errors in turn, then answers "ok"."""

    def __init__(self, *errors: SourceError) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def test_a_retriable_error_is_retried_until_the_call_succeeds() -> None:
    sleeps: list[float] = []
    call = Flaky(RetriableError("503"), RetriableError("timed out"))

    assert retrying(RetryPolicy(sleep=sleeps.append))(call) == "ok"

    assert call.calls == 3
    assert len(sleeps) == 2
    assert all(0 < seconds <= 30 for seconds in sleeps)


def test_the_wait_a_server_asks_for_is_honoured_when_it_is_short() -> None:
    sleeps: list[float] = []
    call = Flaky(RetriableError("429", retry_after=45))

    assert retrying(RetryPolicy(sleep=sleeps.append))(call) == "ok"

    assert sleeps == [45]


def test_a_wait_longer_than_the_limit_is_left_to_the_task_retry() -> None:
    sleeps: list[float] = []
    call = Flaky(RetriableError("429", retry_after=MAX_HONOURED_WAIT_SECONDS + 1))

    with pytest.raises(RetriableError) as raised:
        retrying(RetryPolicy(sleep=sleeps.append))(call)

    assert raised.value.retry_after == MAX_HONOURED_WAIT_SECONDS + 1
    assert call.calls == 1
    assert sleeps == []


@pytest.mark.parametrize(
    "error",
    [FatalError("401"), QuotaExhausted("cap reached"), ValueError("a bug")],
    ids=["a fatal error", "a spent quota", "an unclassified exception"],
)
def test_anything_but_a_retriable_error_is_raised_at_once(error: Exception) -> None:
    def call() -> str:
        raise error

    sleeps: list[float] = []
    with pytest.raises(type(error)):
        retrying(RetryPolicy(sleep=sleeps.append))(call)
    assert sleeps == []


def test_after_the_last_attempt_the_last_error_itself_is_raised() -> None:
    sleeps: list[float] = []
    call = Flaky(*(RetriableError(f"503 #{attempt}") for attempt in range(5)))

    with pytest.raises(RetriableError, match="503 #2"):
        retrying(RetryPolicy(attempts=3, sleep=sleeps.append))(call)

    assert call.calls == 3
    assert len(sleeps) == 2


def test_replay_reads_the_top_index_and_each_sources_own_folder(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "x" / "page.json").write_text('{"data": []}', encoding="utf-8")
    (tmp_path / "recordings.json").write_text(
        json.dumps([{"url": "https://news.example.org/rss", "body_file": "feed.xml"}]), encoding="utf-8"
    )
    (tmp_path / "x" / "recordings.json").write_text(
        json.dumps([{"url": "https://api.x.com/2/tweets/search/recent?b=2&a=1", "body_file": "page.json"}]),
        encoding="utf-8",
    )
    with httpx.Client(transport=ReplayTransport(tmp_path)) as client:
        assert client.get("https://news.example.org/rss").text == "<rss/>"
        assert client.get("https://api.x.com/2/tweets/search/recent?a=1&b=2").json() == {"data": []}
        with pytest.raises(httpx.ConnectError, match="no recording"):
            client.get("https://api.x.com/2/users/me")
