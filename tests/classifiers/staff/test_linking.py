import pytest

from classifiers.staff.directory import StaffDirectory, StaffMember
from classifiers.staff.linking import StaffLinker, StaffMention
from classifiers.staff.mentions import PersonSpan
from trustwatch.settings import TrustProfile

TRUST = TrustProfile(name="Kingsmere Valley Hospitals NHS Foundation Trust", aliases=["Nightingale Hospital"])


def _member(
    staff_id: str, name: str, role: str, department: str, title: str | None = None, **extra: str
) -> StaffMember:
    return StaffMember(staff_id, name, title=title, role=role, department=department, **extra)


DIRECTORY = StaffDirectory(
    [
        _member("L1", "Louise Hart", "Community Psychiatric Nurse", "Crisis Resolution and Home Treatment Team"),
        _member("L2", "Louise Okoro", "Support Worker", "Crisis Resolution and Home Treatment Team"),
        _member("L3", "Louise Brown", "Receptionist", "Memory Assessment Service"),
        _member("L4", "Louise Fenwick", "Occupational Therapist", "Adult Acute Inpatients - Ward 1"),
        _member("R1", "Rebecca Lowe", "Physiotherapist", "Community Physiotherapy", known_as="Becky"),
        _member("R2", "Rebecca Stone", "Staff Nurse", "District Nursing"),
        _member("D1", "Sanjay Quayle", "Consultant Psychiatrist", "Early Intervention in Psychosis", title="Dr"),
        _member("D2", "Amy Quayle", "Administrator", "Early Intervention in Psychosis", title="Mrs"),
        _member("P1", "Phillipa Wainwright", "Clinical Psychologist", "Talking Therapies", title="Dr"),
        _member("M1", "Michael Adeyemi", "Porter", "Estates and Facilities", title="Mr"),
    ]
)


def _linker(**kwargs: object) -> StaffLinker:
    return StaffLinker(DIRECTORY, TRUST, ["Florence Ward", "Bevan House"], threshold=0.5, **kwargs)  # type: ignore[arg-type]


def _span(text: str, name: str, staff: float = 0.9) -> PersonSpan:
    start = text.index(name)
    return PersonSpan(start, start + len(name), person=max(staff, 0.95), staff=staff)


def _link(text: str, name: str, staff: float = 0.9) -> list[StaffMention]:
    return _linker().link(text, [_span(text, name, staff)])


def test_a_first_name_shared_by_many_rows_still_raises_one_mention_with_every_candidate() -> None:
    [mention] = _link("Louise was so kind to me.", "Louise")
    assert mention.candidates == ("L1", "L2", "L3", "L4")
    assert mention.ambiguous
    assert mention.describe(DIRECTORY) == "names a member of staff called Louise (4 in the directory)"


def test_a_team_named_in_the_same_sentence_narrows_and_says_so() -> None:
    [mention] = _link("Louise from the crisis team rang every day.", "Louise")
    assert mention.candidates == ("L1", "L2")
    assert mention.narrowed_by == (("team", "Crisis Resolution and Home Treatment Team"),)
    assert (
        mention.describe(DIRECTORY)
        == "names a member of staff called Louise (4 in the directory; 2 in Crisis Resolution and Home Treatment Team)"
    )


def test_a_team_named_in_another_sentence_does_not_narrow() -> None:
    [mention] = _link("Louise was lovely. The crisis team never rang back.", "Louise")
    assert mention.candidates == ("L1", "L2", "L3", "L4")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Louise, CPN, has been brilliant.", "Louise", ("L1",)),
        ("My OT Louise helped me get home.", "Louise", ("L4",)),
        ("Becky the physio got me walking.", "Becky", ("R1",)),
    ],
    ids=["role abbreviation after a comma", "role abbreviation before the name", "nickname and role"],
)
def test_role_words_in_the_sentence_narrow_to_the_right_colleague(
    text: str, name: str, expected: tuple[str, ...]
) -> None:
    [mention] = _link(text, name)
    assert mention.candidates == expected
    assert mention.narrowed_by[0][0] == "role"


@pytest.mark.parametrize(
    ("text", "name", "expected", "link"),
    [
        ("Thank you Becky for everything", "Becky", ("R1", "R2"), "exact"),
        ("Mike on the front desk was helpful", "Mike", ("M1",), "nickname"),
        ("Dr Quayle's secretary never called", "Dr Quayle's", ("D1",), "exact"),
        ("Dr Quaylle explained my medication", "Dr Quaylle", ("D1",), "fuzzy"),
        ("thanks to louise and the team", "louise", ("L1", "L2", "L3", "L4"), "exact"),
        ("Dr Philipa Wainwright listened", "Dr Philipa Wainwright", ("P1",), "fuzzy"),
    ],
    ids=[
        "known-as name keeps the other Rebeccas",
        "Mike for Michael",
        "possessive after title",
        "doubled letter",
        "lower case",
        "dropped letter in a full name",
    ],
)
def test_names_are_linked_as_people_write_them(text: str, name: str, expected: tuple[str, ...], link: str) -> None:
    [mention] = _link(text, name)
    assert mention.candidates == expected
    assert mention.link == link


def test_a_doctor_title_picks_the_doctor_among_people_sharing_a_surname() -> None:
    [mention] = _link("Dr Quayle was great", "Dr Quayle")
    assert mention.candidates == ("D1",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I stayed on Florence Ward for a week", "Florence"),
        ("The staff at Bevan House were kind", "Bevan"),
        ("Transferred to the Nightingale Hospital", "Nightingale"),
        ("We visited St Louise every week", "Louise"),
    ],
    ids=["configured ward", "configured house", "the Trust's own site", "saint"],
)
def test_places_named_after_people_are_never_staff(text: str, name: str) -> None:
    assert _link(text, name) == []


def test_a_name_nobody_in_the_directory_has_is_reported_unlinked_when_the_model_is_sure() -> None:
    [mention] = _link("Zebedee was a fantastic nurse", "Zebedee", staff=0.95)
    assert mention.unlinked
    assert mention.describe(DIRECTORY) == "names a member of staff not found in the directory"
    assert _link("Zebedee was a fantastic nurse", "Zebedee", staff=0.6) == []


def test_spans_below_the_threshold_and_lone_initials_are_not_reported() -> None:
    assert _link("Louise was kind", "Louise", staff=0.3) == []
    assert _link("M was seen quickly", "M", staff=0.95) == []


def test_the_record_documents_candidates_confidence_and_why() -> None:
    [mention] = _link("Louise from the crisis team rang every day.", "Louise")
    record = mention.to_record(DIRECTORY)
    assert [c["staff_id"] for c in record["candidates"]] == ["L1", "L2"]
    assert record["candidates"][0]["department"] == "Crisis Resolution and Home Treatment Team"
    assert record["confidence"] == 0.9
    assert "narrowed by the team 'Crisis Resolution and Home Treatment Team' in the same sentence" in record["why"]
    assert record["summary"].startswith("names a member of staff called Louise")


def test_a_full_name_nobody_in_the_directory_has_is_not_reported_without_a_title() -> None:
    assert _link("Derek Aldous, 71, has waited 19 months", "Derek Aldous", staff=0.99) == []
    [mention] = _link("Dr Zebedee Quill was rude", "Dr Zebedee Quill", staff=0.99)
    assert mention.unlinked
