import json
from pathlib import Path
from typing import Any

import pytest

from classifiers.staff import (
    DEFAULT_THRESHOLD,
    WEIGHTS,
    StaffDirectory,
    StaffMatcher,
    load_staff_directory,
    match_records,
    matcher_from_settings,
)
from classifiers.staff.names import (
    FORM_FIRST,
    FORM_FULL,
    FORM_ROLE_FIRST,
    FORM_TITLE_FULL,
    FORM_TITLE_SURNAME,
    normalise,
)
from trustwatch.errors import ConfigError
from trustwatch.settings import TrustProfile, load_settings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "staff"
EVAL_DATA = Path(__file__).resolve().parents[3] / "evals" / "data"
TRUST = TrustProfile(
    name="Kingsmere Valley Hospitals NHS Foundation Trust",
    aliases=["Kingsmere General Hospital", "Kingsmere General", "KVH NHS"],
    official_handles={"x": ["KingsmereNHS"]},
)


@pytest.fixture(scope="module")
def directory() -> StaffDirectory:
    return load_staff_directory(FIXTURES / "canonical.csv")


@pytest.fixture(scope="module")
def matcher(directory: StaffDirectory) -> StaffMatcher:
    return StaffMatcher(directory, TRUST)


def test_reprs_never_show_names(directory: StaffDirectory, matcher: StaffMatcher) -> None:
    member = directory["T001"]
    shown = repr(directory) + repr(member) + repr(matcher)
    assert "Patel" not in shown and "Sanjay" not in shown
    assert "12 staff" in repr(directory)
    assert "T001" in repr(member)
    match = matcher.scan("Dr Sanjay Patel at Kingsmere General was brilliant")[0]
    assert "Patel" not in repr(match)


@pytest.mark.parametrize(
    ("text", "surface", "candidates"),
    [
        ("Dr. Patel's clinic in cardiology at Kingsmere General was excellent", "Dr. Patel", ("T001",)),
        ("Dr Patel in A&E was so kind to my daughter", "Dr Patel", ("T002",)),
        ("Letter from Dr S Patel at Kingsmere General about my angiogram", "Dr S Patel", ("T001",)),
        ("Nurse Sarah in A&E at Kingsmere General stayed past her shift", "Nurse Sarah", ("T005",)),
        ("Staff Nurse Okafor was brilliant in resus", "Staff Nurse Okafor", ("T005",)),
        ("Chloe Dubois in oncology was so gentle with us", "Chloe Dubois", ("T008",)),
        ("Merci à Chloé Dubois in oncology, très gentille", "Chloé Dubois", ("T008",)),
        ("SISTER O'BRIEN IN A&E TOOK MY COMPLAINT SERIOUSLY", "SISTER O'BRIEN", ("T009",)),
        ("@sarah_okafor thank you for looking after me in A&E", "sarah_okafor", ("T005",)),
        ("#NurseSarah you legend, thank you @KingsmereNHS", "NurseSarah", ("T004", "T005")),
        ("#thankyounursesarah from Kingsmere General", "nursesarah", ("T004", "T005")),
        ("Will on ICU at Kingsmere General looked after my husband", "Will", ("T007",)),
        ("Hope, the HCA on Willow Ward, kept my little one smiling", "Hope", ("T006",)),
        ("Harry Kane the porter at Kingsmere General had me laughing", "Harry Kane", ("T010",)),
    ],
    ids=[
        "title and surname with a full stop and possessive, narrowed by department",
        "title and surname narrowed to the A&E doctor",
        "title, initial and surname pick the one Patel whose name starts with S",
        "role and first name narrowed by the department",
        "a two-word title before a surname",
        "a full name written without its accent",
        "a full name written with its accent in non-ASCII text",
        "an all-capitals post",
        "a handle split at the underscore",
        "a CamelCase hashtag fits two nurses called Sarah",
        "an all-lowercase hashtag segmented into words",
        "a common-word known-as name with a department after it",
        "a common-word first name followed by its job",
        "a staff member who shares a footballer's name, in a care context",
    ],
)
def test_name_forms_people_write_are_found_with_original_offsets(
    matcher: StaffMatcher, text: str, surface: str, candidates: tuple[str, ...]
) -> None:
    matches = matcher.scan(text)
    assert len(matches) == 1
    match = matches[0]
    assert text[match.start : match.end] == surface == match.surface
    assert match.candidates == candidates
    assert match.confidence >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "text",
    [
        "I hope the nurses on Ward 12 know how much they are appreciated.",
        "Will the parking at Kingsmere General ever be sorted?",
        "Grace period on parking fines at Kingsmere General is ten minutes.",
        "My wife Sarah was treated at Kingsmere General last week.",
        "Harry Kane scored twice for England last night.",
        "Hope Street car park is closed again, missed my appointment at Kingsmere General.",
        "Willow Ward have been amazing with our son.",
        "Mr Patel from the corner shop delivered our shopping while I was in hospital.",
        "Hi, I'm Sarah, and I want to complain about A&E waiting times at Kingsmere General.",
        "Sarah Jones was my childhood neighbour, lovely lady.",
    ],
    ids=[
        "hope as a verb",
        "will as a modal at the start of a question",
        "grace as a word",
        "a relative who shares a nurse's first name",
        "a public figure who shares a porter's name",
        "a street named like a staff member",
        "a ward named like a word",
        "a shopkeeper with a porter's surname and title",
        "the author introducing herself",
        "a neighbour with a nurse's full name and no Trust context",
    ],
)
def test_hard_negatives_are_not_reported(matcher: StaffMatcher, text: str) -> None:
    assert matcher.scan(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "form"),
    [
        ("Wonderful nurse\nSarah, our staff nurse in A&E, held my hand the whole time", "Sarah", FORM_FIRST),
        ("Thank you to every doctor. Sanjay Patel in cardiology explained it all", "Sanjay Patel", FORM_FULL),
        ("Can't fault the sister! Hope, the HCA on Willow Ward, kept my little one smiling", "Hope", FORM_FIRST),
        ("Ward sister\nSarah Jones on Ward 12 at Kingsmere General was lovely", "Sarah Jones", FORM_FULL),
        ("Staff\nNurse Okafor was brilliant in resus", "Nurse Okafor", FORM_TITLE_SURNAME),
        ("Dr. Patel's clinic in cardiology at Kingsmere General was excellent", "Dr. Patel", FORM_TITLE_SURNAME),
    ],
    ids=[
        "a title ending the line before is not part of the name",
        "a title ending the sentence before is not part of the name",
        "a title before an exclamation mark is not part of the name",
        "a two-word title on the line before is not part of a full name",
        "a title prefix on the line before does not join the title",
        "the full stop of an abbreviated title is not a sentence end",
    ],
)
def test_a_title_across_a_line_or_sentence_break_is_not_read_as_part_of_the_name(
    matcher: StaffMatcher, text: str, surface: str, form: str
) -> None:
    (match,) = matcher.scan(text)
    assert (match.surface, match.form) == (surface, form)
    assert text[match.start : match.end] == surface


def test_shared_name_is_one_ambiguous_match_with_one_output_entry_per_candidate(
    matcher: StaffMatcher, directory: StaffDirectory
) -> None:
    text = "Dr Patel at Kingsmere General was wonderful"
    (match,) = matcher.scan(text)
    assert match.ambiguous
    assert match.staff_id is None
    assert match.candidates == ("T001", "T002")
    entries = match_records([match], directory)
    assert [entry["staff_id"] for entry in entries] == ["T001", "T002"]
    assert {(entry["start"], entry["end"]) for entry in entries} == {(0, 8)}
    assert all(entry["ambiguous"] and entry["candidates"] == ["T001", "T002"] for entry in entries)
    assert {entry["name"] for entry in entries} == {"Sanjay Patel", "Priya Patel"}
    assert entries[0]["evidence"]["title_fits"] > 0


def test_stronger_name_forms_get_higher_confidence_in_the_same_context(matcher: StaffMatcher) -> None:
    order = [FORM_TITLE_FULL, FORM_FULL, FORM_TITLE_SURNAME, FORM_ROLE_FIRST, FORM_FIRST]
    assert [WEIGHTS[form] for form in order] == sorted((WEIGHTS[form] for form in order), reverse=True)

    def confidence(text: str) -> float:
        (match,) = matcher.scan_all(text)
        return match.confidence

    full = confidence("Sarah Okafor at Kingsmere General was kind")
    first = confidence("Sarah at Kingsmere General was kind")
    assert full > first


def test_a_later_first_name_is_linked_to_the_person_named_in_full(matcher: StaffMatcher) -> None:
    matches = matcher.scan("Dr Sanjay Patel at Kingsmere General was great. Sanjay even came back after his shift.")
    assert [match.candidates for match in matches] == [("T001",), ("T001",)]
    assert dict(matches[1].evidence)["named_in_full_elsewhere"] > 0


def test_context_evidence_is_recorded_for_alerts(matcher: StaffMatcher) -> None:
    (match,) = matcher.scan_all("Harry Kane scored twice for England last night.")
    assert match.confidence < DEFAULT_THRESHOLD
    assert dict(match.evidence)["public_figure_near"] < 0
    (match,) = matcher.scan("Nurse Sarah on Ward 12 at Kingsmere General was lovely")
    assert "Ward 12 - Acute Medicine" in match.context
    assert "Kingsmere General" in match.context


def test_normalise_drops_accents_and_punctuation() -> None:
    assert normalise("Chloé  O'Brien-Smith!") == "chloe o brien smith"


def test_threshold_outside_zero_to_one_is_refused(directory: StaffDirectory) -> None:
    with pytest.raises(ValueError, match="threshold"):
        StaffMatcher(directory, threshold=1.5)


def _write_config(tmp_path: Path, staff_table: str) -> Path:
    config = tmp_path / "trustwatch.toml"
    config.write_text(
        '[trust]\nname = "Kingsmere Valley Hospitals NHS Foundation Trust"\naliases = ["Kingsmere General"]\n\n'
        '[alerts]\nteam_inbox = "comms@kingsmerevalley.nhs.uk"\nsender = "tw@kingsmerevalley.nhs.uk"\n\n' + staff_table,
        encoding="utf-8",
    )
    return config


def test_staff_config_requires_a_staff_table_and_resolves_the_directory_beside_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"staff: missing \[staff\] table"):
        matcher_from_settings(load_settings(_write_config(tmp_path, "")))
    settings = load_settings(_write_config(tmp_path, '[staff]\ndirectory = "dir/staff.csv"\n'))
    assert settings.staff is not None
    assert settings.resolve(settings.staff.directory) == (tmp_path / "dir" / "staff.csv").resolve()
    with pytest.raises(ConfigError, match=r"staff\.threshold"):
        load_settings(_write_config(tmp_path, '[staff]\ndirectory = "s.csv"\nthreshold = 2\n'))


def _evaluation_posts() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (EVAL_DATA / "staff_eval.jsonl").read_text(encoding="utf-8").splitlines()]


def test_evaluation_set_is_large_enough_with_valid_labels_and_mostly_hard_negatives() -> None:
    directory = load_staff_directory(EVAL_DATA / "staff_directory.csv")
    posts = _evaluation_posts()
    assert len(posts) >= 300
    name_words = {
        word for member in directory for word in normalise(f"{member.full_name} {member.known_as or ''}").split()
    }
    hard = [p for p in posts if not p["staff"] and name_words & set(normalise(p["text"]).split())]
    assert len(hard) >= len(posts) / 2
    for post in posts:
        for label in post["staff"]:
            ids = label["staff_id"] if isinstance(label["staff_id"], list) else [label["staff_id"]]
            assert all(staff_id in directory for staff_id in ids), post["id"]
            assert post["text"][label["start"] : label["end"]].strip(), post["id"]


def test_matcher_meets_the_quality_target_on_the_evaluation_set() -> None:
    directory = load_staff_directory(EVAL_DATA / "staff_directory.csv")
    matcher = StaffMatcher(
        directory,
        TrustProfile(
            name="Kingsmere Valley Hospitals NHS Foundation Trust",
            aliases=[
                "Kingsmere Valley Hospitals",
                "Kingsmere General Hospital",
                "Kingsmere General",
                "Ashby Moor Community Hospital",
                "KVH NHS",
            ],
            official_handles={"x": ["KingsmereNHS"]},
        ),
    )
    true_positives = predicted = gold = 0
    for post in _evaluation_posts():
        labels = [
            (
                label["start"],
                label["end"],
                set(label["staff_id"] if isinstance(label["staff_id"], list) else [label["staff_id"]]),
            )
            for label in post["staff"]
        ]
        gold += len(labels)
        for match in matcher.scan(post["text"]):
            predicted += 1
            hit = next(
                (g for g in labels if g[0] < match.end and match.start < g[1] and g[2] == set(match.candidates)), None
            )
            if hit is not None:
                true_positives += 1
                labels.remove(hit)
    assert true_positives / predicted >= 0.95
    assert true_positives / gold >= 0.90
