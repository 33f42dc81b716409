"""Data-quality checks on the hand-written set that trains and measures the complaint and safeguarding heads."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from classifiers.pii import find_pii

DATA_DIR = Path(__file__).resolve().parents[2] / "training" / "data"
EXAMPLES = DATA_DIR / "risk_examples.jsonl"
# Round 5, written after the model and its thresholds were fixed: only ever measured.
HOLDOUT = DATA_DIR / "risk_holdout.jsonl"
GUIDE = DATA_DIR / "README.md"

REQUIRED_FIELDS = {"id", "text", "complaint", "safeguarding", "register", "split", "kind"}
OPTIONAL_FIELDS = {"note"}
REGISTERS = {"tweet", "reddit", "review", "news_comment", "facebook"}
SPLITS = {"train", "test", "holdout"}
# (complaint, safeguarding) for every family of case; the labelling guide's table states the same.
KIND_LABELS: dict[str, tuple[int, int]] = {
    "complaint_explicit": (1, 0),
    "complaint_implied": (1, 0),
    "complaint_admin": (1, 0),
    "complaint_with_idiom": (1, 0),
    "sg_self_risk": (0, 1),
    "sg_veiled_risk": (0, 1),
    "sg_abuse_disclosure": (0, 1),
    "sg_threat_to_staff": (0, 1),
    "sg_missing_patient": (0, 1),
    "both_neglect_complaint": (1, 1),
    "both_risk_and_failing": (1, 1),
    "hn_idiom": (0, 0),
    "hn_media_fiction": (0, 0),
    "hn_recovery_story": (0, 0),
    "hn_fundraising": (0, 0),
    "hn_safeguarding_training": (0, 0),
    "hn_resolved_complaint_praise": (0, 0),
    "hn_political_venting": (0, 0),
    "hn_joke": (0, 0),
    "hn_venting_no_redress": (0, 0),
    "hn_clinical_terms": (0, 0),
    "praise": (0, 0),
    "neutral_logistics": (0, 0),
    "neutral_other": (0, 0),
}
# A test line sharing more than this share of its word set with a train line is a rewording, not a new case.
MAX_TRAIN_TEST_JACCARD = 0.6


@cache
def lines_of(path: Path) -> tuple[dict[str, Any], ...]:
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise AssertionError(f"{path.name} line {number} is not JSON: {error}") from error
        assert isinstance(row, dict), f"{path.name} line {number} is not a JSON object"
        rows.append(row)
    return tuple(rows)


def examples() -> tuple[dict[str, Any], ...]:
    """Every labelled line of both files: the schema, label and identifier checks cover the holdout too."""
    return lines_of(EXAMPLES) + lines_of(HOLDOUT)


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9']+", text.casefold()))


def normalised(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def share(rows: list[dict[str, Any]], predicate: Any) -> float:
    return sum(1 for row in rows if predicate(row)) / len(rows)


def test_every_line_has_the_schema_fields_and_no_others() -> None:
    wrong = {
        row.get("id", f"line {index}"): {
            "missing": sorted(REQUIRED_FIELDS - set(row)),
            "unexpected": sorted(set(row) - REQUIRED_FIELDS - OPTIONAL_FIELDS),
        }
        for index, row in enumerate(examples(), start=1)
        if not REQUIRED_FIELDS <= set(row) <= REQUIRED_FIELDS | OPTIONAL_FIELDS
    }
    assert wrong == {}


@pytest.mark.parametrize("label", ["complaint", "safeguarding"])
def test_labels_are_the_integers_0_or_1(label: str) -> None:
    # bool is an int subclass, and `true` in the file would slip past a plain `in (0, 1)` check.
    wrong = [row["id"] for row in examples() if type(row[label]) is not int or row[label] not in (0, 1)]
    assert wrong == []


@pytest.mark.parametrize(
    ("field", "allowed"),
    [
        pytest.param("register", REGISTERS, id="register is one of the five documented platforms"),
        pytest.param("split", SPLITS, id="split is train, test or holdout"),
        pytest.param("kind", set(KIND_LABELS), id="kind is one of the documented families"),
    ],
)
def test_categorical_fields_take_only_documented_values(field: str, allowed: set[str]) -> None:
    wrong = {row["id"]: row[field] for row in examples() if row[field] not in allowed}
    assert wrong == {}


def test_every_id_is_unique_and_shaped_like_r0001() -> None:
    ids = [row["id"] for row in examples()]
    assert [i for i, count in Counter(ids).items() if count > 1] == []
    assert [i for i in ids if not (isinstance(i, str) and re.fullmatch(r"r\d{4,}", i))] == []


def test_texts_and_notes_are_non_empty_trimmed_strings() -> None:
    bad_texts = [
        row["id"] for row in examples() if not isinstance(row["text"], str) or row["text"].strip() != row["text"]
    ]
    empty_texts = [row["id"] for row in examples() if not row["text"]]
    bad_notes = [
        row["id"] for row in examples() if "note" in row and not (isinstance(row["note"], str) and row["note"])
    ]
    assert (bad_texts, empty_texts, bad_notes) == ([], [], [])


def test_no_two_lines_share_a_text_once_case_and_punctuation_are_ignored() -> None:
    by_text: dict[str, list[str]] = {}
    for row in examples():
        by_text.setdefault(normalised(row["text"]), []).append(row["id"])
    assert [ids for ids in by_text.values() if len(ids) > 1] == []


def test_each_line_carries_the_labels_its_kind_defines() -> None:
    wrong = {
        row["id"]: (row["kind"], row["complaint"], row["safeguarding"])
        for row in examples()
        if (row["complaint"], row["safeguarding"]) != KIND_LABELS[row["kind"]]
    }
    assert wrong == {}


@pytest.mark.parametrize("kind", sorted(KIND_LABELS), ids=lambda kind: f"{kind} appears in train and in test")
def test_every_kind_appears_in_both_splits(kind: str) -> None:
    splits = Counter(row["split"] for row in examples() if row["kind"] == kind)
    assert splits["train"] >= 2
    assert splits["test"] >= 1


def test_about_a_quarter_of_the_lines_are_in_test() -> None:
    assert 0.2 <= share(list(lines_of(EXAMPLES)), lambda row: row["split"] == "test") <= 0.3


@pytest.mark.parametrize(
    ("description", "low", "high", "predicate"),
    [
        pytest.param("complaint", 0.2, 0.4, lambda row: row["complaint"] == 1, id="complaints are 20-40% of lines"),
        # Round 6 added disclosures of the shapes a model missed, so the share rose past 30%; it stays a minority.
        pytest.param(
            "safeguarding", 0.15, 0.33, lambda row: row["safeguarding"] == 1, id="safeguarding is 15-33% of lines"
        ),
        pytest.param(
            "both", 0.03, 0.1, lambda row: row["complaint"] == row["safeguarding"] == 1, id="both labels on 3-10%"
        ),
        pytest.param(
            "neither", 0.4, 0.7, lambda row: row["complaint"] == row["safeguarding"] == 0, id="neither label on 40-70%"
        ),
        pytest.param(
            "hard negatives",
            0.25,
            0.6,
            lambda row: row["kind"].startswith("hn_"),
            id="hard negatives are 25-60% of lines",
        ),
    ],
)
def test_class_shares_stay_in_their_intended_range(description: str, low: float, high: float, predicate: Any) -> None:
    assert len(examples()) >= 300
    assert low <= share(list(examples()), predicate) <= high, description


@pytest.mark.parametrize(
    ("split", "label", "minimum"),
    [
        pytest.param("train", "complaint", 120, id="train has at least 120 complaints"),
        pytest.param("train", "safeguarding", 90, id="train has at least 90 safeguarding lines"),
        # At 30 positives one miss is 0.967 recall, so the 0.95 target can be told apart from 0.90.
        pytest.param("test", "complaint", 30, id="test has at least 30 complaints"),
        pytest.param("test", "safeguarding", 30, id="test has at least 30 safeguarding lines"),
    ],
)
def test_each_split_has_enough_positives_to_learn_and_measure(split: str, label: str, minimum: int) -> None:
    positives = sum(1 for row in examples() if row["split"] == split and row[label] == 1)
    negatives = sum(1 for row in examples() if row["split"] == split and row[label] == 0)
    assert positives >= minimum
    assert negatives >= positives


@pytest.mark.parametrize(
    ("measured", "earlier"),
    [
        pytest.param({"test"}, {"train"}, id="no test text rewords a train text"),
        pytest.param({"holdout"}, {"train", "test", "holdout"}, id="no holdout text rewords any other line"),
    ],
)
def test_no_measured_text_is_a_rewording_of_another(measured: set[str], earlier: set[str]) -> None:
    others = [(row["id"], words(row["text"])) for row in examples() if row["split"] in earlier]
    too_close = []
    for row in examples():
        if row["split"] not in measured:
            continue
        own_words = words(row["text"])
        for other_id, other_words in others:
            overlap = len(own_words & other_words) / len(own_words | other_words)
            if other_id != row["id"] and overlap > MAX_TRAIN_TEST_JACCARD:
                too_close.append((row["id"], other_id, round(overlap, 2)))
    assert too_close == []


def test_the_holdout_file_holds_only_holdout_lines_written_after_the_rest() -> None:
    assert {row["split"] for row in lines_of(HOLDOUT)} == {"holdout"}
    assert "holdout" not in {row["split"] for row in lines_of(EXAMPLES)}
    last_example = max(int(row["id"][1:]) for row in lines_of(EXAMPLES))
    assert min(int(row["id"][1:]) for row in lines_of(HOLDOUT)) > last_example


@pytest.mark.parametrize("label", ["complaint", "safeguarding"])
def test_the_holdout_has_enough_positives_to_measure(label: str) -> None:
    assert sum(row[label] for row in lines_of(HOLDOUT)) >= 60


def test_the_guide_lists_the_holdout_counts_per_kind() -> None:
    section = GUIDE.read_text(encoding="utf-8").split("## The holdout", 1)[1].split("\n## ", 1)[0]
    documented = {
        m["kind"]: int(m["count"]) for m in re.finditer(r"^\| `(?P<kind>\w+)` \| (?P<count>\d+) \|$", section, re.M)
    }
    assert documented == dict(Counter(row["kind"] for row in lines_of(HOLDOUT)))


def test_no_line_holds_a_patient_identifier() -> None:
    found = {row["id"]: [span.kind.value for span in find_pii(row["text"])] for row in examples()}
    assert {row_id: kinds for row_id, kinds in found.items() if kinds} == {}


def test_the_labelling_guide_table_matches_the_file() -> None:
    documented = {
        match["kind"]: (int(match["complaint"]), int(match["safeguarding"]), int(match["train"]), int(match["test"]))
        for match in re.finditer(
            r"^\| `(?P<kind>\w+)`[^|]* \| (?P<complaint>[01]) \| (?P<safeguarding>[01]) \| (?P<train>\d+) \| "
            r"(?P<test>\d+) \|$",
            GUIDE.read_text(encoding="utf-8"),
            flags=re.MULTILINE,
        )
    }
    counts = Counter((row["kind"], row["split"]) for row in examples())
    actual = {kind: (*labels, counts[kind, "train"], counts[kind, "test"]) for kind, labels in KIND_LABELS.items()}
    assert documented == actual
