import socket
from collections.abc import Callable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from alerts.email import (
    AlertItem,
    DeliveryError,
    OutboxMailer,
    SmtpMailer,
    build_mailer,
    compose_digest,
    format_window,
    message_bytes,
    parse_message,
)
from tests.support.smtp import SMTP_PASSWORD, SMTP_USERNAME, Certificate, RunningServer, free_port
from trustwatch.errors import ConfigError, TrustWatchError
from trustwatch.records import Mention, Severity, Window
from trustwatch.settings import AlertSettings, SmtpSettings, load_settings

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

DASH = "\N{EN DASH}"
TRUST = "Kingsmere Valley Hospitals NHS Foundation Trust"
SETTINGS = AlertSettings(team_inbox="communications@kingsmerevalley.nhs.uk", sender="trustwatch@kingsmerevalley.nhs.uk")
WEEK = Window(since=datetime(2025, 11, 9, tzinfo=UTC), until=datetime(2025, 11, 17, tzinfo=UTC))
SENT_AT = datetime(2025, 11, 17, 6, 30, tzinfo=UTC)


def mention(native_id: str, text: str, **fields: object) -> Mention:
    values: dict[str, object] = {
        "platform": "x",
        "native_id": native_id,
        "source": "x-mentions",
        "url": f"https://x.com/someone/status/{native_id}",
        "author_handle": "someone",
        "text": text,
        "published_at": datetime(2025, 11, 12, 14, 5, tzinfo=UTC),
    }
    values.update(fields)
    return Mention.model_validate(values)


def negative(native_id: str, text: str, score: float = 0.95, **fields: object) -> AlertItem:
    return AlertItem.for_negative_mention(
        mention(native_id, text, **fields), score=score, alert_id=f"case-{native_id}", threshold=0.85
    )


def digest(items: list[AlertItem], **options: Any) -> EmailMessage:
    return compose_digest(TRUST, SETTINGS, items, WEEK, sent_at=SENT_AT, **options)


def parts(message: EmailMessage) -> tuple[str, str]:
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    return str(plain.get_content()), str(html.get_content())


HOSTILE = negative(
    "1857000000000000001",
    '<script>alert("x")</script> A&E left my dad 9 hours. His NHS number is 943 476 5919, call 07700 900123',
    score=0.973,
)


def test_the_subject_counts_the_mentions_and_names_the_trust_and_the_days() -> None:
    message = digest([HOSTILE, negative("2", "awful"), negative("3", "worst ever")])
    assert message["Subject"] == f"[TrustWatch] 3 strongly negative mentions of {TRUST} (9{DASH}16 Nov)"


def test_one_mention_is_singular() -> None:
    assert digest([HOSTILE])["Subject"].startswith("[TrustWatch] 1 strongly negative mention of ")


def test_the_digest_is_multipart_alternative_with_text_then_html() -> None:
    message = digest([HOSTILE])
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["From"] == "TrustWatch <trustwatch@kingsmerevalley.nhs.uk>"
    assert message["To"] == "communications@kingsmerevalley.nhs.uk"
    assert message["Auto-Submitted"] == "auto-generated"


def test_post_markup_is_escaped_in_the_html_part() -> None:
    _, html = parts(digest([HOSTILE]))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "A&amp;E" in html


def test_patient_identifiers_are_redacted_in_both_parts() -> None:
    for part in parts(digest([HOSTILE])):
        assert "943 476 5919" not in part
        assert "07700 900123" not in part
        assert "[NHS number]" in part
        assert "[phone number]" in part


def test_a_configured_hospital_number_is_redacted_in_both_parts() -> None:
    item = negative("4", "they lost my notes, hospital number KV123456")
    for part in parts(digest([item], hospital_number_pattern=r"[A-Z]{2}\d{6}")):
        assert "KV123456" not in part
        assert "[hospital number]" in part


def test_each_item_shows_link_platform_author_times_score_and_case() -> None:
    summer = negative("5", "awful", score=0.91, published_at=datetime(2025, 7, 1, 23, 30, tzinfo=UTC))
    text, html = parts(digest([summer]))
    for part in (text, html):
        assert "https://x.com/someone/status/5" in part
        assert "@someone" in part
        assert "case-5" in part
        assert "negative 0.91" in part
        # 23:30 UTC on 1 July is half past midnight on 2 July in London.
        assert "Wed 2 Jul 2025, 00:30 BST" in part
        assert "1 Jul 2025, 23:30 UTC" in part
    assert '<a href="https://x.com/someone/status/5"' in html


def test_the_html_loads_nothing_remote() -> None:
    _, html = parts(digest([HOSTILE]))
    assert "<img" not in html
    assert "src=" not in html
    assert "<link" not in html
    assert html.count("https://") == 1


def test_a_javascript_link_from_a_feed_is_not_made_clickable() -> None:
    item = negative("6", "bad", url="javascript:alert(1)")
    text, html = parts(digest([item]))
    assert "javascript:" not in html
    assert "javascript:" not in text


def test_a_link_holding_an_nhs_number_is_withheld() -> None:
    item = negative("7", "bad", url="https://www.reddit.com/r/nhs/comments/abc/my_nhs_no_943-476-5919/")
    for part in parts(digest([item])):
        assert "943-476-5919" not in part
        assert "withheld" in part


def test_items_are_listed_most_severe_then_most_negative_first() -> None:
    mild = negative("10", "first in", score=0.86)
    strong = negative("11", "second in", score=0.99)
    urgent = AlertItem(
        alert_id="case-12",
        title="Account impersonating the Trust",
        severity=Severity.URGENT,
        reason="Display name and logo match the official account",
        platform="x",
    )
    text, _ = parts(digest([mild, strong, urgent]))
    assert text.index("case-12") < text.index("case-11") < text.index("case-10")


def test_later_finding_kinds_reuse_the_item_with_their_own_evidence() -> None:
    impersonation = AlertItem(
        alert_id="case-20",
        title="Possible impersonation of @KingsmereNHS",
        severity=Severity.URGENT,
        reason="Handle is one character from the official account",
        platform="x",
        link="https://x.com/KingsmereNHS_",
        author="@KingsmereNHS_",
        evidence=(("Official account", "@KingsmereNHS"), ("Similarity", "0.96")),
    )
    message = digest([impersonation], noun=("possible impersonation", "possible impersonations"))
    assert message["Subject"].startswith("[TrustWatch] 1 possible impersonation of ")
    _, html = parts(message)
    assert "Official account" in html
    assert "0.96" in html


def test_items_beyond_the_cap_are_counted_not_listed() -> None:
    items = [negative(str(100 + n), f"bad {n}") for n in range(5)]
    message = digest(items, max_items=2)
    text, html = parts(message)
    assert message["Subject"].startswith("[TrustWatch] 5 strongly negative")
    assert "and 3 more in TrustWatch" in text
    assert "and 3 more in TrustWatch" in html


def test_the_message_id_uses_the_sender_domain_and_can_be_set_and_threaded() -> None:
    generated = digest([HOSTILE])["Message-ID"]
    assert generated.startswith("<") and generated.endswith("@kingsmerevalley.nhs.uk>")
    follow_up = digest([HOSTILE], message_id="<two@kingsmerevalley.nhs.uk>", references=["<one@x>", generated])
    assert follow_up["Message-ID"] == "<two@kingsmerevalley.nhs.uk>"
    assert follow_up["In-Reply-To"] == generated
    assert follow_up["References"] == f"<one@x> {generated}"


def test_an_empty_digest_is_refused() -> None:
    with pytest.raises(ValueError, match="items"):
        digest([])


def test_a_naive_time_on_an_item_is_refused() -> None:
    with pytest.raises(ValueError, match="occurred_at"):
        AlertItem(
            alert_id="a", title="t", severity=Severity.LOW, reason="r", platform="x", occurred_at=datetime(2025, 1, 1)
        )


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        pytest.param(datetime(2025, 11, 9), datetime(2025, 11, 17), f"9{DASH}16 Nov", id="a week inside one month"),
        pytest.param(
            datetime(2025, 10, 30), datetime(2025, 11, 7), f"30 Oct{DASH}6 Nov", id="a week across two months"
        ),
        pytest.param(
            datetime(2025, 12, 28), datetime(2026, 1, 4), f"28 Dec 2025{DASH}3 Jan 2026", id="across new year"
        ),
        pytest.param(datetime(2025, 11, 16), datetime(2025, 11, 17), "16 Nov", id="one whole day"),
        pytest.param(datetime(2025, 6, 30, 23), datetime(2025, 7, 1, 23), "1 Jul", id="a BST day in UTC terms"),
    ],
)
def test_the_window_is_named_by_london_days(since: datetime, until: datetime, expected: str) -> None:
    assert format_window(Window(since=since.replace(tzinfo=UTC), until=until.replace(tzinfo=UTC))) == expected


def test_message_bytes_round_trip_for_the_email_queue() -> None:
    message = digest([HOSTILE])
    again = parse_message(message_bytes(message))
    assert again["Message-ID"] == message["Message-ID"]
    assert parts(again) == parts(message)


def smtp(port: int, security: str = "none", *, password: str | None = None, timeout_seconds: float = 5) -> SmtpSettings:
    login = {"username": SMTP_USERNAME, "password": SecretStr(password)} if password else {}
    return SmtpSettings.model_validate(
        {"host": "127.0.0.1", "port": port, "security": security, "timeout_seconds": timeout_seconds, **login}
    )


def test_plain_delivery_to_a_local_relay(smtp_server: Callable[..., RunningServer]) -> None:
    server = smtp_server()
    SmtpMailer(smtp(server.port)).send(digest([HOSTILE]))
    [received] = server.handler.messages
    assert server.handler.recipients == [["communications@kingsmerevalley.nhs.uk"]]
    text, html = parts(received)
    assert "&lt;script&gt;" in html and "<script>" not in html
    for part in (text, html):
        assert "943 476 5919" not in part
        assert "[NHS number]" in part


@pytest.mark.parametrize(
    ("excluded", "used"),
    [pytest.param(["LOGIN"], "PLAIN", id="AUTH PLAIN"), pytest.param(["PLAIN"], "LOGIN", id="AUTH LOGIN")],
)
def test_login_is_sent_when_the_relay_requires_it(
    smtp_server: Callable[..., RunningServer], excluded: list[str], used: str
) -> None:
    server = smtp_server(with_auth=True, auth_require_tls=False, auth_exclude_mechanism=excluded)
    SmtpMailer(smtp(server.port, password=SMTP_PASSWORD)).send(digest([HOSTILE]))
    assert server.handler.mechanisms == [used]
    assert len(server.handler.messages) == 1


def test_without_login_a_relay_that_requires_it_refuses(smtp_server: Callable[..., RunningServer]) -> None:
    server = smtp_server(with_auth=True, auth_require_tls=False)
    with pytest.raises(DeliveryError, match="530") as raised:
        SmtpMailer(smtp(server.port)).send(digest([HOSTILE]))
    assert raised.value.transient is False
    assert server.handler.messages == []


def test_a_wrong_password_is_a_delivery_error_that_does_not_show_it(
    smtp_server: Callable[..., RunningServer],
) -> None:
    server = smtp_server(with_auth=True, auth_require_tls=False)
    wrong = "hunter2-not-the-password"
    with pytest.raises(DeliveryError) as raised:
        SmtpMailer(smtp(server.port, password=wrong)).send(digest([HOSTILE]))
    error = raised.value
    assert isinstance(error, TrustWatchError)
    assert "login as 'trustwatch' was refused" in str(error)
    assert wrong not in str(error) and wrong not in repr(error.args)
    assert error.__cause__ is None and error.__suppress_context__
    assert error.transient is False
    assert server.handler.messages == []


def test_starttls_with_a_verified_certificate_and_login(
    smtp_server: Callable[..., RunningServer], certificate: Certificate
) -> None:
    server = smtp_server(with_auth=True, tls_context=certificate.server_context(), require_starttls=True)
    mailer = SmtpMailer(smtp(server.port, "starttls", password=SMTP_PASSWORD), ssl_context=certificate.client_context())
    mailer.send(digest([HOSTILE]))
    assert server.handler.mechanisms == ["PLAIN"]
    assert len(server.handler.messages) == 1


def test_starttls_refuses_a_certificate_it_does_not_trust(
    smtp_server: Callable[..., RunningServer], certificate: Certificate
) -> None:
    server = smtp_server(tls_context=certificate.server_context(), require_starttls=True)
    with pytest.raises(DeliveryError, match="TLS") as raised:
        SmtpMailer(smtp(server.port, "starttls")).send(digest([HOSTILE]))
    assert raised.value.transient is False
    assert server.handler.messages == []


def test_starttls_is_required_not_optional(smtp_server: Callable[..., RunningServer]) -> None:
    server = smtp_server()
    with pytest.raises(DeliveryError, match="does not offer STARTTLS"):
        SmtpMailer(smtp(server.port, "starttls")).send(digest([HOSTILE]))
    assert server.handler.messages == []


def test_implicit_tls_with_login(smtp_server: Callable[..., RunningServer], certificate: Certificate) -> None:
    # aiosmtpd only counts STARTTLS as TLS, so it must be told AUTH is fine on an implicit-TLS socket.
    server = smtp_server(with_auth=True, auth_require_tls=False, ssl_context=certificate.server_context())
    mailer = SmtpMailer(smtp(server.port, "ssl", password=SMTP_PASSWORD), ssl_context=certificate.client_context())
    mailer.send(digest([HOSTILE]))
    assert len(server.handler.messages) == 1


def test_implicit_tls_refuses_a_certificate_it_does_not_trust(
    smtp_server: Callable[..., RunningServer], certificate: Certificate
) -> None:
    server = smtp_server(ssl_context=certificate.server_context())
    with pytest.raises(DeliveryError, match="TLS handshake failed") as raised:
        SmtpMailer(smtp(server.port, "ssl")).send(digest([HOSTILE]))
    assert raised.value.transient is False
    assert server.handler.messages == []


def test_a_server_that_is_down_is_a_transient_delivery_error() -> None:
    with pytest.raises(DeliveryError, match="cannot connect") as raised:
        SmtpMailer(smtp(free_port())).send(digest([HOSTILE]))
    assert raised.value.transient is True


def test_a_server_that_never_answers_times_out() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        mailer = SmtpMailer(smtp(port, timeout_seconds=0.3))
        with pytest.raises(DeliveryError) as raised:
            mailer.send(digest([HOSTILE]))
    assert raised.value.transient is True


def test_plain_smtp_to_a_remote_host_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"smtp\.security"):
        SmtpMailer(SmtpSettings(host="smtp.example.org", port=25, security="none"))


def test_a_username_without_a_password_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="TRUSTWATCH_SMTP__PASSWORD"):
        SmtpMailer(SmtpSettings(host="127.0.0.1", security="none", username="trustwatch"))


def test_the_password_comes_from_the_environment(
    smtp_server: Callable[..., RunningServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = smtp_server(with_auth=True, auth_require_tls=False)
    config = tmp_path / "trustwatch.toml"
    config.write_text(
        f'[trust]\nname = "{TRUST}"\n[alerts]\nteam_inbox = "{SETTINGS.team_inbox}"\nsender = "{SETTINGS.sender}"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\nusername = "{SMTP_USERNAME}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TRUSTWATCH_SMTP__PASSWORD", SMTP_PASSWORD)
    build_mailer(load_settings(config)).send(digest([HOSTILE]))
    assert len(server.handler.messages) == 1


def test_the_outbox_writes_a_parseable_eml_named_by_date_and_message_id(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    message = digest([HOSTILE], message_id="<a/b..c@kingsmerevalley.nhs.uk>")
    path = OutboxMailer(outbox).write(message)
    assert path.parent == outbox
    assert path.name == "20251117T063000Z_a_b..c_kingsmerevalley.nhs.uk.eml"
    assert [entry.name for entry in outbox.iterdir()] == [path.name]
    with path.open("rb") as handle:
        stored = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(stored, EmailMessage)
    assert stored["Message-ID"] == "<a/b..c@kingsmerevalley.nhs.uk>"
    text, _ = parts(stored)
    assert "[NHS number]" in text


def test_the_outbox_rewrites_the_same_message_in_place(tmp_path: Path) -> None:
    message = digest([HOSTILE])
    mailer = OutboxMailer(tmp_path)
    mailer.send(message)
    mailer.send(message)
    assert len(list(tmp_path.iterdir())) == 1


def test_an_unwritable_outbox_is_a_delivery_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DeliveryError, match="not-a-folder"):
        OutboxMailer(blocker / "outbox").send(digest([HOSTILE]))


def test_the_demo_config_selects_the_outbox() -> None:
    settings = load_settings(Path(__file__).parents[2] / "demo" / "trustwatch.toml")
    mailer = build_mailer(settings)
    assert isinstance(mailer, OutboxMailer)
    assert mailer.directory == (Path(__file__).parents[2] / "outbox").resolve()
