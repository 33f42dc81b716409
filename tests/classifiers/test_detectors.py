import json
from datetime import UTC, datetime

import pytest

from classifiers.detectors import (
    negative_mentions,
    patient_identifiers,
    risk_mentions,
    source_problems,
    volume_spikes,
)
from trustwatch.records import Severity, Window
from trustwatch.settings import TrustProfile

WINDOW = Window(since=datetime(2026, 11, 15, tzinfo=UTC), until=datetime(2026, 11, 16, tzinfo=UTC))
TRUST = TrustProfile(
    name="Kingsmere Valley Hospitals NHS Foundation Trust",
    phone_numbers=["01632 960000"],
    web_domains=["kingsmerevalley.nhs.uk"],
)


def volumes(today: int, per_day: int, sentiment: str = "negative") -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [{"source": "x", "sentiment": sentiment, "days_ago": 0, "mentions": today}]
    rows += [{"source": "x", "sentiment": sentiment, "days_ago": d, "mentions": per_day} for d in range(1, 15)]
    return rows


@pytest.mark.parametrize(
    ("today", "per_day", "spikes"),
    [
        pytest.param(30, 4, True, id="thirty against four a day is a spike"),
        pytest.param(10, 4, False, id="ten against four a day is not"),
        pytest.param(4, 0, False, id="four on a quiet source is below the minimum"),
        pytest.param(6, 0, True, id="six on a source that is usually silent is"),
    ],
)
def test_volume_spikes_against_the_trailing_fortnight(today: int, per_day: int, spikes: bool) -> None:
    found = volume_spikes(volumes(today, per_day), WINDOW, factor=3.0, min_mentions=5)
    assert bool(found) is spikes
    if found:
        assert found[0].severity == Severity.HIGH
        assert found[0].evidence["mentions_last_24h"] == today


def test_a_positive_spike_is_reported_at_normal_severity() -> None:
    (finding,) = volume_spikes(volumes(40, 2, "positive"), WINDOW)
    assert finding.severity == Severity.NORMAL
    assert finding.subject_id == "x:positive@2026-11-16"


def row(text: str, **extra: object) -> dict[str, object]:
    return {"platform": "web", "native_id": "1", "title": None, "text": text, **extra}


@pytest.mark.parametrize(
    ("text", "kinds", "severity"),
    [
        pytest.param(
            "My dad's NHS number is 943 476 5919, please help", ["nhs_number"], Severity.URGENT, id="nhs number"
        ),
        pytest.param("Call me on 07700 900123 about mum", ["phone"], Severity.HIGH, id="a private phone number"),
        pytest.param(
            "Ring PALS on 01632 960000 or pals@kingsmerevalley.nhs.uk", [], None, id="the Trust's own contacts"
        ),
        pytest.param("Appointment on 12/03/2026 was cancelled again", [], None, id="a date that is not a birth date"),
    ],
)
def test_patient_identifiers_name_kinds_never_values(text: str, kinds: list[str], severity: Severity | None) -> None:
    found = patient_identifiers([row(text)], TRUST)
    assert [f.evidence["kinds"] for f in found] == ([kinds] if kinds else [])
    if found:
        assert found[0].severity == severity
        # Times are left out: their microseconds may hold any digits.
        dumped = {key: value for key, value in found[0].model_dump().items() if not isinstance(value, datetime)}
        assert "943" not in str(dumped)


def test_negative_mentions_respect_the_threshold() -> None:
    rows = [
        row("bad", sentiment="negative", negative=0.9),
        {**row("meh", sentiment="negative", negative=0.6), "native_id": "2"},
    ]
    assert [f.subject_id for f in negative_mentions(rows, threshold=0.85)] == ["1"]


def test_source_problems_alert_once_per_source_and_day_and_ignore_transient_failures() -> None:
    rows = [
        {"source": "x", "source_type": "x", "error_kind": "quota_exhausted", "error": "spent", "mentions": 10},
        {"source": "rss", "source_type": "rss", "error_kind": "retriable", "error": "503", "mentions": 0},
    ]
    (finding,) = source_problems(rows, WINDOW)
    assert finding.kind == "quota_exhausted" and finding.subject_id == "x@2026-11-16"


def scored(safeguarding: float, complaint: float, offensive: float, hate: float = 0.0) -> dict[str, object]:
    extras = {
        "abuse": {"label": "offensive", "scores": {"offensive": offensive, "hate": hate}},
        "complaint": {"label": "complaint", "scores": {"complaint": complaint}},
        "safeguarding": {"label": "safeguarding", "scores": {"safeguarding": safeguarding}},
    }
    # As DuckDB returns it from the mentions view: JSON text.
    return row("(post text)", extras=json.dumps(extras), source="news", url="https://example.org/1")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        pytest.param(scored(0.9, 0.1, 0.1), {"safeguarding": Severity.URGENT}, id="a disclosure is urgent"),
        pytest.param(scored(0.1, 0.8, 0.1), {"complaint": Severity.NORMAL}, id="a complaint waits for the digest"),
        pytest.param(scored(0.1, 0.1, 0.2, hate=0.7), {"abuse": Severity.HIGH}, id="hate counts as abuse"),
        pytest.param(
            scored(0.5, 0.5, 0.1), {"safeguarding": Severity.URGENT, "complaint": Severity.NORMAL}, id="both at once"
        ),
        pytest.param(
            scored(0.35, 0.1, 0.1), {"safeguarding_review": Severity.HIGH}, id="between the tiers: the review list"
        ),
        pytest.param(scored(0.1, 0.1, 0.1), {}, id="nothing below every threshold"),
        pytest.param(row("(post text)", extras=None), {}, id="a model without risk heads raises nothing"),
    ],
)
def test_risk_heads_become_findings_at_their_thresholds(mention: dict[str, object], expected: dict[str, str]) -> None:
    thresholds = {"abuse": 0.5, "complaint": 0.4, "safeguarding": 0.4, "safeguarding_review": 0.3}
    found = risk_mentions([mention], thresholds)
    assert {finding.kind: finding.severity for finding in found} == expected
    for finding in found:
        assert finding.evidence["threshold"] == thresholds[finding.kind]
        assert "(post text)" not in finding.summary


def test_a_trust_can_lower_the_safeguarding_threshold_in_config() -> None:
    mention = scored(0.3, 0.0, 0.0)
    assert risk_mentions([mention], {"safeguarding": 0.5, "safeguarding_review": 0.4}) == []
    (finding,) = risk_mentions([mention], {"safeguarding": 0.25})
    assert finding.kind == "safeguarding"
    assert finding.score == 0.3


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        pytest.param(0.85, ("safeguarding", Severity.URGENT), id="at or above URGENT the lead is emailed at once"),
        pytest.param(0.8, ("safeguarding", Severity.URGENT), id="exactly URGENT is URGENT"),
        pytest.param(0.5, ("safeguarding_review", Severity.HIGH), id="between the tiers it goes on the review list"),
        pytest.param(0.2, ("safeguarding_review", Severity.HIGH), id="exactly the review threshold is listed"),
        pytest.param(0.19, None, id="below both tiers nothing is raised"),
    ],
)
def test_safeguarding_scores_fall_into_two_tiers(score: float, expected: tuple[str, Severity] | None) -> None:
    thresholds = {"safeguarding": 0.8, "safeguarding_review": 0.2}
    found = [(finding.kind, finding.severity) for finding in risk_mentions([scored(score, 0.0, 0.0)], thresholds)]
    assert found == ([] if expected is None else [expected])
    for finding in risk_mentions([scored(score, 0.0, 0.0)], thresholds):
        assert finding.evidence["threshold"] == thresholds[finding.kind]


def test_a_review_threshold_above_urgent_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"safeguarding_review: 0.9 is above the URGENT safeguarding threshold 0.5"):
        risk_mentions([scored(0.3, 0.0, 0.0)], {"safeguarding": 0.5, "safeguarding_review": 0.9})


def test_unreadable_extras_name_the_mention() -> None:
    with pytest.raises(ValueError, match="web:1: extras is not JSON"):
        risk_mentions([row("(post text)", extras="{not json")], {})


def test_a_news_article_is_never_routed_to_pals_as_a_complaint_but_can_raise_safeguarding() -> None:
    article = {**scored(0.9, 0.95, 0.1), "kind": "article"}
    assert [finding.kind for finding in risk_mentions([article], {})] == ["safeguarding"]
    review = {**scored(0.9, 0.95, 0.1), "kind": "review"}
    assert sorted(finding.kind for finding in risk_mentions([review], {})) == ["complaint", "safeguarding"]
