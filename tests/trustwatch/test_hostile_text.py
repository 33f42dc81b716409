"""Records clean what platforms send: nothing a post contains can stop a run, reach a header or an error log."""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from trustwatch import records
from trustwatch.records import Account, Finding, Mention, Record, Severity, SubjectType

PUBLISHED = datetime(2026, 11, 12, 9, tzinfo=UTC)
LONE_HIGH_SURROGATE = json.loads('"\\ud83d"')


def mention(**fields: Any) -> Mention:
    return Mention(
        **{"platform": "x", "native_id": "1", "source": "x", "text": "hi", "published_at": PUBLISHED, **fields}
    )


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("text", f"Waited 6 hours {LONE_HIGH_SURROGATE} in A&E"),
        ("title", f"A&E {LONE_HIGH_SURROGATE}"),
        ("author_name", LONE_HIGH_SURROGATE),
        ("native_id", f"id{LONE_HIGH_SURROGATE}"),
    ],
    ids=["in the text", "in the title", "as a whole name", "in an id"],
)
def test_a_lone_surrogate_becomes_a_replacement_character_and_the_record_encodes(field: str, written: str) -> None:
    value = getattr(mention(**{field: written}), field)
    assert "\ufffd" in value
    value.encode("utf-8")


def test_a_lone_surrogate_deep_in_a_payload_is_replaced_too() -> None:
    evidence = json.loads('{"entries": [{"title": "a \\ud83d b", "\\udc00key": ["\\ud83d"]}]}')
    cleaned = Finding(
        kind="negative_mention",
        subject_type=SubjectType.MENTION,
        platform="x",
        subject_id="1",
        severity=Severity.HIGH,
        summary="negative",
        evidence=evidence,
        detector="tests",
    ).evidence
    assert cleaned == {"entries": [{"title": "a \ufffd b", "\ufffdkey": ["\ufffd"]}]}
    json.dumps(cleaned, ensure_ascii=False).encode("utf-8")


def test_a_surrogate_pair_written_as_two_escapes_becomes_its_emoji() -> None:
    pair = "\ud83d\ude00"  # as a decoder with surrogatepass leaves it
    assert mention(text=f"great staff {pair}").text == "great staff \U0001f600"


def test_a_clean_payload_is_kept_as_it_is() -> None:
    raw = {"entries": [{"title": "Kingsmere General \U0001f600", "score": 3}]}
    assert mention(raw=raw).raw == raw


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("Bad care\r\nBcc: everyone@example.com", "Bad care Bcc: everyone@example.com"),
        ("Ward 7\tnight\u2028shift\x85again", "Ward 7 night shift again"),
        ("evil\u202egnp.exe", "evilgnp.exe"),
        ("\u2066isolated\u2069 title\x00\x1b[31m", "isolated title[31m"),
        ("  padded  ", "padded"),
    ],
    ids=[
        "a header injection",
        "tabs and unicode line breaks",
        "a right-to-left override",
        "isolates and escapes",
        "padding",
    ],
)
def test_a_title_is_one_clean_line(written: str, stored: str) -> None:
    assert mention(title=written).title == stored


def test_body_text_keeps_its_lines_but_loses_controls_and_overrides() -> None:
    written = "First line\r\nsecond\rthird\n\nfourth \x07\x00\u202eoverridden\u202c\ttabbed"
    assert mention(text=written).text == "First line\nsecond\nthird\n\nfourth overridden\ttabbed"


def test_bidirectional_marks_and_right_to_left_text_are_kept() -> None:
    hebrew = "\u05e9\u05dc\u05d5\u05dd \u200fKingsmere\u200e"
    assert mention(text=hebrew, title=hebrew).text == hebrew


def test_account_names_and_descriptions_are_cleaned() -> None:
    account = Account(
        platform="x",
        account_id="42",
        handle="kingsmere\u202enhs",
        display_name="Kingsmere\nGeneral",
        description=f"Official\r\naccount {LONE_HIGH_SURROGATE}",
    )
    assert (account.handle, account.display_name) == ("kingsmerenhs", "Kingsmere General")
    assert account.description == "Official\naccount \ufffd"


def test_a_copy_with_an_update_is_cleaned_like_a_new_record() -> None:
    account = Account(platform="bluesky", account_id="did:plc:1")
    updated = account.model_copy(update={"description": f"bio {LONE_HIGH_SURROGATE}", "display_name": "a\nb"})
    assert (updated.description, updated.display_name) == ("bio \ufffd", "a b")
    assert account.model_copy() == account


def test_finding_summaries_and_evidence_are_storable() -> None:
    finding = Finding(
        kind="negative_mention",
        subject_type=SubjectType.MENTION,
        platform="x",
        subject_id="1",
        severity=Severity.HIGH,
        summary="Strongly negative\nmention",
        evidence={"quote": LONE_HIGH_SURROGATE},
        detector="tests",
    )
    assert finding.summary == "Strongly negative mention"
    assert finding.evidence == {"quote": "\ufffd"}


def test_a_record_that_fails_validation_never_quotes_the_post_in_the_error() -> None:
    text = "My mum Jane Example, DOB 01/02/1950, was left on a trolley"
    with pytest.raises(ValidationError) as caught:
        Mention(platform="x", native_id="1", source="x", text=text, title=text, published_at="not a date")
    assert "published_at" in str(caught.value)
    assert "Jane Example" not in str(caught.value)
    assert "not a date" not in str(caught.value)


def test_a_payload_nested_beyond_the_recursion_limit_is_refused_with_a_short_error() -> None:
    evidence: dict[str, Any] = {"leaf": LONE_HIGH_SURROGATE}
    for _ in range(5000):
        evidence = {"child": evidence}
    with pytest.raises(ValidationError, match="nested too deeply"):
        Finding(
            kind="negative_mention",
            subject_type=SubjectType.MENTION,
            platform="x",
            subject_id="1",
            severity=Severity.HIGH,
            summary="negative",
            evidence=evidence,
            detector="tests",
        )


def _cleaned_strings(annotation: Any) -> bool:
    """True when every `str` inside `annotation` carries one of the records' cleaning validators."""
    cleaners = {records.clean_identifier, records.clean_text, records.clean_line, records.clean_url}
    if typing.get_origin(annotation) is typing.Annotated:
        base, *metadata = typing.get_args(annotation)
        if base is str:
            return any(getattr(item, "func", None) in cleaners for item in metadata)
        return _cleaned_strings(base)
    if annotation is str:
        return False
    if typing.get_origin(annotation) is dict:
        return True  # payloads (raw, evidence, extras): every string in them is made storable
    return all(_cleaned_strings(argument) for argument in typing.get_args(annotation))


@pytest.mark.parametrize("model", Record.__subclasses__(), ids=lambda model: model.__name__)
def test_every_text_field_of_every_record_says_how_it_is_cleaned(model: type[Record]) -> None:
    uncleaned = [
        name
        for name, field in model.model_fields.items()
        if not _cleaned_strings(
            typing.Annotated[field.annotation, *field.metadata] if field.metadata else field.annotation
        )
    ]
    assert uncleaned == [], f"{model.__name__}: give these fields Identifier, Text, Line or Url"
