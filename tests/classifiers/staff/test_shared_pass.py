"""The staff mention head on the classifier's pass: the same spans, stored, and used only for their own text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest

from classifiers import detectors
from classifiers.model import PersonSpans, text_sha256
from classifiers.sentiment import load_builtin, to_classification
from classifiers.staff.directory import StaffDirectory, StaffMember
from classifiers.staff.linking import StaffDetector, StaffLinker
from classifiers.staff.mentions import PersonSpan, load_mention_finder
from tests.support.staff import mention_finder
from trustwatch.settings import ClassifierSettings, TrustProfile

TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Kingsmere General"])
DIRECTORY = StaffDirectory(
    [
        StaffMember(staff_id="S1", full_name="Megan Jones", line_manager_email=None, title="Sister"),
        StaffMember(staff_id="S2", full_name="Priya Shah", line_manager_email=None, title="Dr"),
    ]
)
TEXTS = [
    "Sister Jones on ward 7 was rude and dismissive when I asked why mum had not been washed.",
    "Thank you to Dr Priya Shah, who explained everything twice.",
    "The car park was full again.",
    # Past the encoder's 512 positions: read in windows, the name is in the last one.
    "The ward was clean and the food was fine. " * 60 + "Dr Shah was brilliant with my dad.",
]


class CountingFinder:
    """The real finder, counting the texts it is asked to read itself."""

    def __init__(self) -> None:
        self.real = mention_finder()
        self.head = self.real.head
        self.read: list[str] = []

    def find(self, texts: Sequence[str]) -> list[list[PersonSpan]]:
        self.read.extend(texts)
        return self.real.find(texts)


def row(text: str, extras: dict[str, Any]) -> dict[str, Any]:
    return {
        "platform": "x",
        "native_id": str(abs(hash(text))),
        "text": text,
        "sentiment": "negative",
        "extras": json.dumps(extras),
    }


@pytest.mark.slow
def test_the_classifier_pass_finds_the_same_spans_as_the_staff_detectors_own_pass() -> None:
    classifier = load_builtin(ClassifierSettings(precision="float32"), persons=True)
    assert classifier.persons is not None, "the committed staff head was trained on the committed encoder delta"
    shared = [scores.persons for scores in classifier.classify(TEXTS)]
    own = load_mention_finder(max_length=ClassifierSettings().max_length).find(TEXTS)
    for text, stored, found in zip(TEXTS, shared, own, strict=True):
        assert stored is not None and stored.text_sha256 == text_sha256(text)
        assert [span[:2] for span in stored.spans] == [(span.start, span.end) for span in found]
        assert [span[3] for span in stored.spans] == pytest.approx([span.staff for span in found], abs=1e-4)


@pytest.mark.slow
def test_stored_spans_go_into_the_classification_and_the_version_names_the_staff_head() -> None:
    with_persons = load_builtin(ClassifierSettings(precision="float32"), persons=True)
    without = load_builtin(ClassifierSettings(precision="float32"))
    assert with_persons.version != without.version
    (scores,) = with_persons.classify(TEXTS[:1])
    record = to_classification(("x", "1"), scores, with_persons)
    assert record.extras["persons"]["text_sha256"] == text_sha256(TEXTS[0])
    assert "persons" not in to_classification(("x", "1"), without.classify(TEXTS[:1])[0], without).extras


@pytest.mark.slow
def test_the_detector_reads_a_text_itself_only_when_no_spans_were_stored_for_that_exact_text() -> None:
    finder = CountingFinder()
    detector = StaffDetector(StaffLinker(DIRECTORY, TRUST, (), threshold=finder.head.threshold), finder)  # type: ignore[arg-type]
    classifier = load_builtin(ClassifierSettings(precision="float32"), persons=True)
    stored = {text: scores.persons for text, scores in zip(TEXTS[:2], classifier.classify(TEXTS[:2]), strict=True)}
    edited = TEXTS[1] + " Edited later."
    rows = [
        row(TEXTS[0], {"persons": stored[TEXTS[0]].record()}),  # type: ignore[union-attr]
        row(edited, {"persons": stored[TEXTS[1]].record()}),  # type: ignore[union-attr]  # spans of the old text
        row(TEXTS[2], {}),
    ]
    found = detectors.staff_named(rows, detector, identifying=set(), abusive=set())
    assert finder.read == [edited, TEXTS[2]]
    assert {finding.evidence["staff_ids"][0] for finding in found} == {"S1", "S2"}


def test_spans_stored_in_another_shape_are_ignored_rather_than_trusted() -> None:
    text = TEXTS[0]
    broken = {"persons": {"text_sha256": text_sha256(text), "spans": [["a", 3]]}}
    assert detectors._stored_person_spans(row(text, broken), text) is None
    good = PersonSpans(text_sha256=text_sha256(text), spans=((7, 12, 0.99, 0.97),)).record()
    assert detectors._stored_person_spans(row(text, {"persons": good}), text) == [PersonSpan(7, 12, 0.99, 0.97)]


def test_the_detectors_own_encoder_is_loaded_only_for_a_post_without_stored_spans() -> None:
    loads: list[int] = []

    def loader() -> Any:
        loads.append(1)
        return CountingFinder()

    head = mention_finder().head
    detector = StaffDetector(StaffLinker(DIRECTORY, TRUST, (), threshold=head.threshold), load_finder=loader)
    known = [PersonSpan(7, 12, 0.99, 0.97)]
    assert [m.candidates for m in detector.scan_many([TEXTS[0]], [known])[0]] and loads == []
    detector.scan_many([TEXTS[2], TEXTS[2]])
    detector.scan_many([TEXTS[2]])
    assert loads == [1]
