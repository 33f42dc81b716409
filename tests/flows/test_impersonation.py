"""Impersonation steps of the monitor run over a real DuckDB store: X lookups replayed from a vcrpy cassette,
Bluesky getProfiles and profile images from respx; no ML model. The tasks run through `.fn` (no Prefect API)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx
import time_machine
import vcr
from PIL import Image, ImageDraw

from alerts.email import compose_digest
from alerts.routing import route
from alerts.takedown import impersonation_alert_item
from connectors import ConfiguredSource, configure_source
from flows.impersonation import (
    draft_takedowns,
    impersonation_findings,
    probe_candidates,
    probe_lookalikes,
    probe_source_name,
    reply_candidates,
)
from storage.cases import CaseBook
from storage.store import Store
from trustwatch.records import Account, Finding, Mention, Window
from trustwatch.settings import Settings, load_settings

FIXTURES = Path(__file__).parent.parent / "fixtures"
NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)
WINDOW = Window.ending_at(NOW)
XRPC = "https://bsky.social/xrpc"
FAKE_X_AVATAR = "https://pbs.twimg.com/profile_images/1931500000000000777/kvh_logo_normal.png"
FAKE_BLUESKY_AVATAR = "https://cdn.bsky.app/img/avatar/plain/did:plc:f4k3kvhsupp0rt0000000001/bafkreifakekvhlogo@jpeg"
OFFICIAL_X_ID = "1400000001"


def logo_png(size: int = 400) -> bytes:
    """An NHS-style logo: a blue lozenge with white bars, drawn here (no image is copied into the repo)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, size // 4, size - 20, 3 * size // 4), radius=30, fill=(0, 94, 184, 255))
    for index, x in enumerate(range(60, size - 80, 70)):
        draw.rectangle((x, size // 4 + 40, x + 30 + 5 * index, 3 * size // 4 - 40), fill=(255, 255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def avatar_jpeg() -> bytes:
    """The logo as an impersonator uploads it: shrunk to an avatar, flattened and re-encoded as JPEG."""
    with Image.open(io.BytesIO(logo_png())) as logo:
        flat = Image.new("RGB", logo.size, (255, 255, 255))
        flat.paste(logo, mask=logo.getchannel("A"))
        buffer = io.BytesIO()
        flat.resize((96, 96)).save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def frozen_time() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("TRUSTWATCH_X_BEARER_TOKEN", "test-bearer-token")
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_HANDLE", "trustwatch-kvh.bsky.social")
    monkeypatch.setenv("TRUSTWATCH_BLUESKY_APP_PASSWORD", "abcd-efgh-ijkl-mnop")
    (tmp_path / "logo.png").write_bytes(logo_png())
    trust = (FIXTURES / "impersonation" / "trust.toml").read_text(encoding="utf-8")
    register = (FIXTURES / "impersonation" / "approved_accounts.csv").as_posix()
    config = tmp_path / "trustwatch.toml"
    config.write_text(
        "[trust]\n"
        + trust.replace("[official_handles]", "[trust.official_handles]").replace(
            "phone_numbers", f'logos = ["logo.png"]\napproved_accounts = "{register}"\nphone_numbers'
        )
        + '\n[alerts]\nteam_inbox = "comms@kingsmerevalley.nhs.uk"\nsender = "trustwatch@kingsmerevalley.nhs.uk"\n'
        '\n[[sources]]\nname = "x-mentions"\ntype = "x"\n\n[[sources]]\nname = "bluesky-mentions"\ntype = "bluesky"\n',
        encoding="utf-8",
    )
    return load_settings(config)


@pytest.fixture
def sources(settings: Settings) -> list[ConfiguredSource]:
    return [configure_source(entry, settings) for entry in settings.sources]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "trustwatch.duckdb") as opened:
        yield opened


def _same_usernames(live: Any, recorded: Any) -> None:
    assert parse_qs(urlsplit(live.uri).query).get("usernames") == parse_qs(urlsplit(recorded.uri).query)["usernames"]


@pytest.fixture
def x_lookups() -> Iterator[Any]:
    # vcrpy patches httpx too: the hosts that respx serves pass through it.
    recorder = vcr.VCR(record_mode="none", ignore_hosts=["bsky.social", "cdn.bsky.app", "pbs.twimg.com"])
    recorder.register_matcher("same_usernames", _same_usernames)
    with recorder.use_cassette(
        str(FIXTURES / "x" / "users_lookalikes.yaml"),
        match_on=["method", "host", "path", "same_usernames"],
        allow_playback_repeats=False,
    ) as tape:
        yield tape


@pytest.fixture
def bluesky_and_images() -> Iterator[list[list[str]]]:
    """A mocked AppView answering getProfiles for the known profiles, and the CDN serving avatars."""
    known = {p["handle"]: p for p in json.loads((FIXTURES / "bluesky" / "profiles.json").read_text())["profiles"]}
    session = json.loads((FIXTURES / "bluesky" / "create_session.json").read_text())
    asked: list[list[str]] = []

    def profiles(request: httpx.Request) -> httpx.Response:
        actors = request.url.params.get_list("actors")
        asked.append(actors)
        return httpx.Response(200, json={"profiles": [known[a] for a in actors if a in known]})

    avatar = avatar_jpeg()
    with respx.mock(assert_all_called=False) as router:
        router.post(f"{XRPC}/com.atproto.server.createSession").mock(return_value=httpx.Response(200, json=session))
        router.get(f"{XRPC}/app.bsky.actor.getProfiles").mock(side_effect=profiles)
        for url in (FAKE_X_AVATAR, FAKE_BLUESKY_AVATAR):
            router.get(url).mock(
                return_value=httpx.Response(200, headers={"content-type": "image/jpeg"}, content=avatar)
            )
        yield asked


def x_account(account_id: str, handle: str, **fields: Any) -> Account:
    return Account(platform="x", account_id=account_id, handle=handle, url=f"https://x.com/{handle}", **fields)


def x_post(native_id: str, author: Account, text: str, in_reply_to: str | None = None) -> Mention:
    return Mention(
        platform="x",
        native_id=native_id,
        source="x-mentions",
        kind="reply" if in_reply_to else "post",
        author_id=author.account_id,
        author_handle=author.handle,
        text=text,
        published_at=NOW - timedelta(hours=2),
        in_reply_to=in_reply_to,
    )


PATIENT = x_account("3001", "jane_k", display_name="Jane", followers=210, following=180)
FAKE_DESK = x_account(
    "3002",
    "KingsmereCareTeam",
    display_name="Kingsmere Valley Hospitals",
    description="Patient support team. DM us your NHS number and we will sort your appointment.",
    created_at=NOW - timedelta(days=6),
    followers=2,
    following=300,
)
OFFICIAL = x_account(OFFICIAL_X_ID, "KingsmereNHS", display_name="Kingsmere Valley Hospitals", followers=18200)


def land_thread(store: Store, run_id: str, desk: Account = FAKE_DESK) -> None:
    """A patient complains to the Trust; a fake desk, the patient herself and the real Trust reply."""
    store.land(
        run_id=run_id,
        source="x-mentions",
        source_type="x",
        mentions=[
            x_post("1", PATIENT, "@KingsmereNHS my clinic letter never came"),
            x_post("2", desk, "@jane_k @KingsmereNHS so sorry, DM us your NHS number", in_reply_to="1"),
            x_post("3", PATIENT, "@KingsmereNHS still waiting on hold", in_reply_to="1"),
            x_post("4", OFFICIAL, "@jane_k sorry to hear this, please call PALS on 01632 960000", in_reply_to="1"),
        ],
        accounts=[PATIENT, desk, OFFICIAL],
        classifications=[],
        cursor=None,
    )


def by_handle(findings: list[Finding]) -> dict[str, Finding]:
    return {f.evidence["account"]["handle"]: f for f in findings}


def test_candidates_are_lookalikes_of_every_official_handle_cheapest_first_without_the_genuine_ones() -> None:
    candidates = probe_candidates(["KingsmereNHS", "KingsmereNHSJobs"], "x", exclude=["KingsmereMaternity"])
    handles = [c.handle.casefold() for c in candidates]
    assert handles[:3] == ["kingsmerehelp", "kingsmere_help", "kingsmerenhsuk"]
    assert "kingsmerenhs" not in handles and "kingsmerenhsjobs" not in handles
    assert len(handles) == len(set(handles))
    assert [c.cost for c in candidates] == sorted(c.cost for c in candidates)


def test_probing_finds_lookalikes_lands_them_with_its_state_and_walks_on_next_run(
    settings: Settings, sources: list[ConfiguredSource], store: Store, x_lookups: Any, bluesky_and_images: Any
) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    found = probe_lookalikes.fn(settings, sources, store, 6, run_id=run_id)
    assert {(a.platform, a.handle) for a in found} == {
        ("x", "KingsmereHelp"),
        ("bluesky", "kingsmerenhs-support.bsky.social"),
    }
    assert bluesky_and_images[0][:2] == ["kingsmerenhssupport.bsky.social", "kingsmerenhs-support.bsky.social"]
    assert store.count("accounts") == 2
    state = store.load_cursor(probe_source_name("x")).state
    assert len(state["probed"]) == 6 and "kingsmerehelp" in state["probed"]
    # X bills the one user it returned at two posts' price, counted against the source's month.
    assert state["usage"] == {"x-mentions": {"2025-06": 2}}
    sources_row = {row["source"]: row for row in store.run_summary(run_id)["sources"]}
    assert sources_row["impersonation-probe:x"]["accounts"] == 1

    again = probe_lookalikes.fn(settings, sources, store, 6, run_id=run_id)
    assert again == [] and x_lookups.play_count == 2, "the second run probes the next six variants, not the same"
    assert len(store.load_cursor(probe_source_name("x")).state["probed"]) == 12


def test_probing_stops_at_the_x_monthly_budget_and_a_failing_platform_does_not_stop_the_others(
    settings: Settings,
    sources: list[ConfiguredSource],
    store: Store,
    x_lookups: Any,
    bluesky_and_images: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    cursor = store.load_cursor("x-mentions")
    cursor.state["usage"] = {"2025-06": 10_000}
    store.land(
        run_id=run_id, source="x-mentions", source_type="x", mentions=[], accounts=[], classifications=[], cursor=cursor
    )
    found = probe_lookalikes.fn(settings, sources, store, 6, run_id=run_id)
    assert [a.platform for a in found] == ["bluesky"]
    assert x_lookups.play_count == 0, "X's month is spent: no lookup is sent"

    monkeypatch.delenv("TRUSTWATCH_BLUESKY_APP_PASSWORD")
    assert probe_lookalikes.fn(settings, sources, store, 6, run_id=run_id) == []
    assert len(store.load_cursor(probe_source_name("bluesky")).state["probed"]) == 6, "a failed lookup saves nothing"


def test_reply_candidates_are_other_peoples_replies_to_mentions_of_the_trust(store: Store) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    land_thread(store, run_id)
    replies = reply_candidates.fn(store, run_id)
    assert sorted(a.handle or "" for a in replies) == ["KingsmereCareTeam", "KingsmereNHS"]
    assert all(a.platform == "x" and a.collected_at.tzinfo is not None for a in replies)
    # A run that died before detecting them leaves them to the next run; once detected, they are done.
    assert len(reply_candidates.fn(store, store.start_run("daily_monitor", WINDOW))) == 2
    store.mark_detected(run_id)
    assert reply_candidates.fn(store, store.start_run("daily_monitor", WINDOW)) == []


def test_findings_score_authors_and_extra_accounts_and_never_the_trust(
    settings: Settings, sources: list[ConfiguredSource], store: Store, x_lookups: Any, bluesky_and_images: Any
) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    land_thread(store, run_id)
    probed = probe_lookalikes.fn(settings, sources, store, 6, run_id=run_id)
    findings = by_handle(
        impersonation_findings.fn(settings, store, run_id, [*probed, *reply_candidates.fn(store, run_id)])
    )
    assert set(findings) == {"KingsmereCareTeam", "KingsmereHelp", "kingsmerenhs-support.bsky.social"}
    assert "KingsmereNHS" not in findings and "jane_k" not in findings
    probed_desk = findings["KingsmereHelp"]
    assert probed_desk.kind == "impersonation" and probed_desk.severity == "high"
    assert "logo" in probed_desk.evidence["identity_elements"], "the avatar is the Trust's logo, re-encoded"
    assert probed_desk.evidence["profile_image"]["url"] == FAKE_X_AVATAR
    assert probed_desk.evidence["first_seen"] == NOW.isoformat()
    assert findings["KingsmereCareTeam"].kind in {"impersonation", "suspicious_account"}


def test_reseeing_an_account_never_realerts_and_a_changed_profile_updates_the_finding(
    settings: Settings, store: Store
) -> None:
    first_run = store.start_run("daily_monitor", WINDOW)
    land_thread(store, first_run)
    first = by_handle(impersonation_findings.fn(settings, store, first_run, []))["KingsmereCareTeam"]
    store.upsert_findings([first], first_run)
    assert len(store.queue_alerts(route([first], settings), first_run)) == 1

    second_run = store.start_run("daily_monitor", WINDOW)
    changed = FAKE_DESK.model_copy(
        update={"description": "Official Kingsmere Valley Hospitals help desk. Call us on 01632 960000."}
    )
    land_thread(store, second_run, desk=changed)
    second = by_handle(impersonation_findings.fn(settings, store, second_run, []))["KingsmereCareTeam"]
    assert second.finding_id == first.finding_id
    assert second.evidence["profile_fingerprint"] != first.evidence["profile_fingerprint"]
    store.upsert_findings([second], second_run)
    assert store.queue_alerts(route([second], settings), second_run) == [], "the same account never alerts twice"
    stored = store.fetch_dicts("SELECT evidence FROM findings WHERE finding_id = ?", [first.finding_id])
    assert json.loads(stored[0]["evidence"])["profile_fingerprint"] == second.evidence["profile_fingerprint"]


def test_a_takedown_is_drafted_once_with_its_evidence_pack_and_redrafted_when_the_profile_changes(
    settings: Settings, sources: list[ConfiguredSource], store: Store, x_lookups: Any, bluesky_and_images: Any
) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    probed = probe_lookalikes.fn(settings, sources, store, 6, run_id=run_id)
    findings = impersonation_findings.fn(settings, store, run_id, probed)
    store.upsert_findings(findings, run_id)
    CaseBook(store).open_cases_for_alerts(store.queue_alerts(route(findings, settings), run_id), run_id)

    drafted = draft_takedowns.fn(settings, store, findings)
    impersonations = [f for f in findings if f.kind == "impersonation"]
    assert len(drafted) == len(impersonations) == 2
    rows = store.fetch_dicts("SELECT * FROM takedowns ORDER BY platform")
    assert [row["status"] for row in rows] == ["drafted", "drafted"]
    assert (
        rows[1]["form_url"].startswith("https://help.x.com/")
        and rows[1]["subject_url"] == "https://x.com/KingsmereHelp"
    )
    pack = json.loads((settings.resolve(Path("evidence")) / rows[1]["takedown_id"] / "evidence.json").read_text())
    evidence = pack["evidence_pack"]
    assert evidence["account_snapshot"]["raw"]["id"] == "1931500000000000777"
    assert evidence["image_hash_match"]["distance"] <= 24 and evidence["profile_image_hash"]
    assert evidence["first_seen"] == NOW.isoformat() and evidence["matched_features"]
    assert "KingsmereHelp" in (settings.resolve(Path("evidence")) / rows[1]["takedown_id"] / "report.txt").read_text()

    assert draft_takedowns.fn(settings, store, findings) == [], "an unchanged account is not drafted again"
    x_finding = next(f for f in impersonations if f.platform == "x")
    changed = x_finding.model_copy(update={"evidence": {**x_finding.evidence, "profile_fingerprint": "changed"}})
    assert draft_takedowns.fn(settings, store, [changed]) == [rows[1]["takedown_id"]]


def test_an_impersonation_alert_renders_with_its_evidence_and_report_route(
    settings: Settings, sources: list[ConfiguredSource], store: Store, x_lookups: Any, bluesky_and_images: Any
) -> None:
    run_id = store.start_run("daily_monitor", WINDOW)
    probed = probe_lookalikes.fn(settings, sources, store, 6, run_id=run_id)
    findings = [f for f in impersonation_findings.fn(settings, store, run_id, probed) if f.platform == "x"]
    store.upsert_findings(findings, run_id)
    alert_ids = store.queue_alerts(route(findings, settings), run_id)
    row = store.fetch_dicts(
        "SELECT f.kind, f.platform, f.subject_id, f.score, f.summary, f.evidence, a.severity FROM alerts AS a "
        "JOIN findings AS f USING (finding_id) WHERE a.alert_id = ?",
        alert_ids,
    )[0]
    item = impersonation_alert_item(row, alert_ids[0])
    pairs = dict(item.evidence)
    assert item.title == "Account impersonating the Trust on X" and item.link == "https://x.com/KingsmereHelp"
    assert pairs["Handle"] == "@KingsmereHelp" and "logo" in pairs["Identity elements copied"]
    assert pairs["Report at"].startswith("https://help.x.com/en/forms/authenticity/impersonation")
    assert pairs["Verdict"] == "impersonation" and item.score == pytest.approx(row["score"])
    message = compose_digest(
        settings.trust.name, settings.alerts, [item], WINDOW, noun=("fake account", "fake accounts")
    )
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "@KingsmereHelp" in text and "help.x.com/en/forms/authenticity/impersonation" in text
