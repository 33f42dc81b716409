"""The one retry policy every connector uses (plain HTTP and the SDK clients alike)."""

from __future__ import annotations

import json
import logging
import socketserver
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import requests
import respx

from connectors._http import (
    MAX_HONOURED_WAIT_SECONDS,
    MAX_SERVER_DETAIL,
    ReplayAdapter,
    ReplayTransport,
    RetryPolicy,
    UnrecordedRequest,
    build_http_client,
    credential,
    fetch_with_retries,
    mount_replay,
    retrying,
)
from connectors.base import ClientSettings
from trustwatch.errors import FatalError, QuotaExhausted, RetriableError, SourceError
from trustwatch.settings import HttpSettings


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
        with pytest.raises(UnrecordedRequest, match="no recording"):
            client.get("https://api.x.com/2/users/me")


def recordings(tmp_path: Path) -> Path:
    (tmp_path / "reddit").mkdir()
    (tmp_path / "reddit" / "search.json").write_text('{"kind": "Listing"}', encoding="utf-8")
    (tmp_path / "reddit" / "recordings.json").write_text(
        json.dumps(
            [
                {
                    "url": "https://oauth.reddit.com/r/Kingsmere/search/?q=Kingsmere&t=year&raw_json=1",
                    "ignore_query": ["t"],
                    "headers": {"Content-Type": "application/json; charset=UTF-8", "x-ratelimit-remaining": "99"},
                    "body_file": "search.json",
                },
                {"method": "POST", "url": "https://www.reddit.com/api/v1/access_token", "body": '{"a": 1}'},
            ]
        ),
        encoding="utf-8",
    )
    return tmp_path


def test_the_requests_adapter_serves_the_same_recordings_to_sdk_sessions(tmp_path: Path) -> None:
    session = requests.Session()
    session.mount("https://", ReplayAdapter(recordings(tmp_path)))

    searched = session.get("https://oauth.reddit.com/r/Kingsmere/search/?raw_json=1&q=Kingsmere&t=all")
    token = session.post("https://www.reddit.com/api/v1/access_token", data={"grant_type": "password"})

    assert searched.status_code == 200 and searched.json() == {"kind": "Listing"}
    assert searched.headers["X-Ratelimit-Remaining"] == "99"
    assert token.json() == {"a": 1}
    with pytest.raises(
        UnrecordedRequest, match=r"no recording for GET https://oauth.reddit.com/r/Kingsmere/search/\?raw_json="
    ):
        session.get("https://oauth.reddit.com/r/Kingsmere/search/?raw_json=1&q=Elsewhere&t=all")


def test_replay_mounts_on_a_session_only_when_a_replay_folder_is_configured(tmp_path: Path) -> None:
    (tmp_path / "recordings").mkdir()
    recordings(tmp_path / "recordings")
    replaying, live = requests.Session(), requests.Session()
    mount_replay(replaying, ClientSettings(http=HttpSettings(replay_dir=Path("recordings")), base_dir=tmp_path))
    mount_replay(live, ClientSettings(http=HttpSettings()))

    assert isinstance(replaying.get_adapter("https://oauth.reddit.com/"), ReplayAdapter)
    assert not isinstance(live.get_adapter("https://oauth.reddit.com/"), ReplayAdapter)


def test_replay_mode_reads_no_credential_and_live_mode_requires_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTWATCH_TEST_TOKEN", "real-secret-value")
    monkeypatch.delenv("TRUSTWATCH_UNSET_TOKEN", raising=False)
    replay = ClientSettings(http=HttpSettings(replay_dir=tmp_path))
    live = ClientSettings(http=HttpSettings())

    assert credential("TRUSTWATCH_TEST_TOKEN", replay, "s", "why") == "replay:TRUSTWATCH_TEST_TOKEN"
    assert credential("TRUSTWATCH_UNSET_TOKEN", replay, "s", "why") == "replay:TRUSTWATCH_UNSET_TOKEN"
    assert credential("TRUSTWATCH_TEST_TOKEN", live, "s", "why") == "real-secret-value"
    with pytest.raises(FatalError, match="TRUSTWATCH_UNSET_TOKEN is not set: why"):
        credential("TRUSTWATCH_UNSET_TOKEN", live, "s", "why")


def fail_with(status: int, **response: object) -> FatalError:
    with respx.mock:
        respx.route(url__startswith="https://api.example.org/").respond(status, **response)  # type: ignore[arg-type]
        with pytest.raises(FatalError) as raised:
            fetch_with_retries(
                httpx.Client(),
                "POST",
                "https://api.example.org/v1/token?key=AIzaSyQueryKey12345",
                max_bytes=100_000,
                policy=RetryPolicy(sleep=lambda _seconds: None),
                headers={"Authorization": "Bearer ya29.a0-live-access-token"},
                data={
                    "grant_type": "refresh_token",
                    "refresh_token": "1//0refresh-token-value",
                    "client_secret": "GOCSPX-s3cr3t",
                },
            )
    return raised.value


def test_a_fatal_error_quotes_what_the_server_said() -> None:
    error = fail_with(
        403,
        json={
            "error": {
                "code": 403,
                "message": "Business Profile API has not been used in project 512 before",
                "status": "PERMISSION_DENIED",
            }
        },
    )

    assert "answered 403" in str(error)
    assert "Business Profile API has not been used in project 512 before; PERMISSION_DENIED" in str(error)


@pytest.mark.parametrize(
    "echoed",
    [
        "invalid_grant: refresh_token=1//0refresh-token-value client_secret=GOCSPX-s3cr3t",
        "bad header Authorization: Bearer ya29.a0-live-access-token",
        '{"error": "invalid_request", "error_description": "key AIzaSyQueryKey12345 rejected"}',
        "token: some-other-token-we-never-sent",
    ],
    ids=[
        "form credentials echoed back",
        "the bearer token echoed back",
        "the query key echoed back",
        "a token-shaped value",
    ],
)
def test_credentials_a_server_echoes_back_never_reach_the_error(echoed: str) -> None:
    error = str(fail_with(400, text=echoed))

    for secret in (
        "1//0refresh-token-value",
        "GOCSPX-s3cr3t",
        "ya29.a0-live-access-token",
        "AIzaSyQueryKey12345",
        "some-other-token-we-never-sent",
    ):
        assert secret not in error
    assert "answered 400: the server said" in error


def test_a_long_error_page_is_cut_short_and_its_markup_dropped() -> None:
    error = str(fail_with(404, text="<html><body><h1>Not found</h1>" + "<p>padding text</p>" * 200 + "</body></html>"))

    said = error.split("the server said ", 1)[1]
    assert said.startswith("'Not found padding text")
    assert len(said) <= MAX_SERVER_DETAIL + 2
    assert "<" not in said


def test_an_unrecorded_request_is_fatal_for_connectors_and_a_failed_fetch_for_plain_web_code(tmp_path: Path) -> None:
    client = httpx.Client(transport=ReplayTransport(recordings(tmp_path)))

    with pytest.raises(FatalError, match="no recording"):
        fetch_with_retries(client, "GET", "https://pbs.twimg.com/x.png", max_bytes=1000, source="x-demo")
    with pytest.raises(httpx.HTTPError):  # what profile-image fetching catches as "unavailable"
        client.get("https://pbs.twimg.com/x.png")


def test_the_request_log_line_never_shows_credentials_in_the_url(caplog: pytest.LogCaptureFixture) -> None:
    http = HttpSettings()
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with build_http_client(http, transport=transport) as client, caplog.at_level(logging.INFO, logger="httpx"):
        client.get("https://bob:s3cret@feeds.test/rss?apikey=XYZ123&page=2")

    assert "HTTP Request: GET https://…@feeds.test/rss?apikey=…&page=… " in caplog.text
    assert "s3cret" not in caplog.text and "XYZ123" not in caplog.text


@contextmanager
def trickling_server(head: bytes, body: bytes, *, pause: float) -> Iterator[str]:
    """A server on 127.0.0.1 that sends `head` at once, then `body` a byte every `pause` seconds."""

    class Trickle(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            self.request.recv(65536)
            try:
                self.request.sendall(head)
                for byte in body:
                    time.sleep(pause)
                    self.request.sendall(bytes([byte]))
            except OSError:
                pass  # the client gave up, which is the point

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed"
    finally:
        server.shutdown()
        server.server_close()


OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 400\r\n\r\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [(OK_HEAD, b"x" * 400), (b"", OK_HEAD + b"x" * 400)],
    ids=["a body sent a byte at a time", "headers sent a byte at a time"],
)
def test_a_server_trickling_its_answer_is_given_up_on_at_the_request_deadline(head: bytes, body: bytes) -> None:
    requests = 0

    def count(request: httpx.Request) -> None:
        nonlocal requests
        requests += 1

    # Each byte comes well inside the 0.5 s timeout, so only the overall deadline (3 x 0.5 s) stops it.
    with (
        trickling_server(head, body, pause=0.05) as url,
        httpx.Client(timeout=0.5, event_hooks={"request": [count]}) as client,
    ):
        started = time.monotonic()
        with pytest.raises(RetriableError, match=r"no complete answer within 1\.5 s"):
            fetch_with_retries(
                client, "GET", url, max_bytes=10_000, policy=RetryPolicy(attempts=4, sleep=lambda _: None)
            )
        elapsed = time.monotonic() - started

    assert elapsed < 2.5
    assert requests == 1, "a trickling server is not asked again within the same call"


def test_a_redirect_loop_is_a_fatal_error_naming_the_address() -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": str(request.url)})

    looping = httpx.Client(transport=httpx.MockTransport(loop), follow_redirects=True)
    with looping, pytest.raises(FatalError, match=r"GET https://feeds.test/rss\?apikey=…: more than 20 redirects"):
        fetch_with_retries(looping, "GET", "https://feeds.test/rss?apikey=XYZ", max_bytes=1000)
