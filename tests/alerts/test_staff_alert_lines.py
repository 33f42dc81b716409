"""What a staff_named alert says about who was named, and that the Trust's own details are not redacted."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from alerts.dispatch import alert_item
from alerts.email import compose_digest, message_bytes, parse_message
from classifiers.staff.directory import StaffDirectory, StaffMember
from trustwatch.records import Window
from trustwatch.settings import Settings

WINDOW = Window(since=datetime(2026, 11, 15, tzinfo=UTC), until=datetime(2026, 11, 16, tzinfo=UTC))
PALS = "Reply publicly only to say sorry and give PALS: 01632 960123, pals@kingsmerevalley.nhs.uk."
DIRECTORY = StaffDirectory(
    [
        StaffMember(
            "L1", "Louise Hart", role="CPN", department="Crisis Team", line_manager_email="crisis.lead@kv.nhs.uk"
        ),
        StaffMember(
            "L2",
            "Louise Okoro",
            role="Support Worker",
            department="Crisis Team",
            line_manager_email="crisis.lead@kv.nhs.uk",
        ),
        StaffMember(
            "D1",
            "Sanjay Quayle",
            title="Dr",
            role="Consultant",
            department="Cardiology",
            line_manager_email="cardio.lead@kv.nhs.uk",
        ),
    ]
)
POST = "Louise from the crisis team was rude. Dr Quayle too. Email me at angry.relative@example.com"


def _settings() -> Settings:
    return Settings.model_validate(
        {
            "trust": {"name": "Kingsmere Valley Hospitals NHS Foundation Trust"},
            "alerts": {
                "team_inbox": "comms@kingsmerevalley.nhs.uk",
                "sender": "trustwatch@kingsmerevalley.nhs.uk",
                "guidance": {"staff_named": PALS},
            },
        }
    )


def _row(matches: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "alert_id": "a1",
        "reason": "staff_named",
        "severity": "high",
        "summary": "A negative post names a member of staff",
        "subject_type": "mention",
        "platform": "nhs_website",
        "native_id": "r1",
        "subject_id": "r1",
        "source": "nhs-reviews",
        "kind": "review",
        "text": POST,
        "published_at": datetime(2026, 11, 15, 9, tzinfo=UTC),
        "url": "https://www.nhs.uk/services/hospital/x/ratings-and-reviews#r1",
        "score": 0.9,
        "evidence": json.dumps({"staff_ids": ["D1", "L1", "L2"], "matches": matches}),
    }


def _matches(louise_candidates: list[str]) -> list[dict[str, Any]]:
    return [
        {
            "candidates": louise_candidates,
            "start": 0,
            "end": 6,
            "ambiguous": len(louise_candidates) > 1,
            "name_count": 14,
            "narrowed_by": [["team", "Crisis Team"]],
        },
        {"candidates": ["D1"], "start": 38, "end": 46, "ambiguous": False, "name_count": 1, "narrowed_by": []},
    ]


def _email_text(row: dict[str, Any]) -> str:
    settings = _settings()
    item = alert_item(row, settings, DIRECTORY)
    message = compose_digest(settings.trust.name, settings.alerts, [item], WINDOW, sent_at=WINDOW.until)
    body = parse_message(message_bytes(message)).get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def test_an_ambiguous_name_is_reported_with_its_counts_and_possible_colleagues_with_their_managers() -> None:
    text = _email_text(_row(_matches(["L1", "L2"])))
    assert "names a member of staff called Louise (14 in the directory; 2 in Crisis Team)" in text
    assert "Could be" in text and "Louise Hart (CPN, Crisis Team); line manager crisis.lead@kv.nhs.uk" in text
    assert "Sanjay Quayle (Consultant, Cardiology)" in text and "Line manager: cardio.lead@kv.nhs.uk" in text
    assert "check who is meant" in text


def test_the_trusts_own_details_are_shown_as_configured_and_the_posts_are_still_redacted() -> None:
    text = _email_text(_row(_matches(["L1", "L2"])))
    assert "pals@kingsmerevalley.nhs.uk" in text and "01632 960123" in text
    assert "cardio.lead@kv.nhs.uk" in text
    assert "angry.relative@example.com" not in text


def test_a_name_that_fits_nobody_still_says_a_member_of_staff_is_named() -> None:
    text = _email_text(_row(_matches([])))
    assert "names a member of staff not found in the directory" in text
