from collections import Counter

import pytest

from evals.staff_real import score
from evals.staff_world import build_world, split_written_name
from training.real_text import PersonMention, StaffExample


def _example(key: str, text: str, *mentions: tuple[str, str, str]) -> StaffExample:
    marked = []
    searched = 0
    for written, who, person in mentions:
        start = text.index(written, searched)
        searched = start + len(written)
        role = "cpn" if who == "staff" else None
        marked.append(PersonMention(start, start + len(written), who, person, role=role))
    return StaffExample(key=key, text=text, split="dev", mentions=tuple(marked))


EXAMPLES = [
    _example(
        "a", "Zebedee was brilliant and Zebedee listened.", ("Zebedee", "staff", "p1"), ("Zebedee", "staff", "p1")
    ),
    _example("b", "Dr Quillfeather explained it all.", ("Dr Quillfeather", "staff", "p1")),
    _example("c", "My son Sam and I waited.", ("Sam", "patient_family", "p1")),
]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Dr. Quayle's", ("Dr", "", "Quayle")),
        ("Ada", (None, "Ada", None)),
        ("Nurse Jo", ("Nurse", "Jo", None)),
        ("Gwen X", (None, "Gwen", "X")),
    ],
    ids=["title, surname and possessive", "first name", "nursing title and first name", "partly removed surname"],
)
def test_written_names_are_split_into_title_first_name_and_surname(
    written: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert split_written_name(written) == expected


def test_the_directory_holds_every_labelled_member_of_staff_once_among_realistic_repeats() -> None:
    world = build_world(EXAMPLES, seed=3, rows=2000)
    assert len(world.directory) == 2000
    assert set(world.gold_ids) == {("a", "p1"), ("b", "p1")}
    zebedee = world.directory[world.gold_ids[("a", "p1")]]
    assert zebedee.first_name == "Zebedee"
    assert zebedee.role is not None and "Nurse" in zebedee.role
    quill = world.directory[world.gold_ids[("b", "p1")]]
    assert quill.surname.startswith("Quil") and quill.title == "Dr"
    first_names = Counter(member.first_name for member in world.directory)
    assert first_names.most_common(1)[0][1] >= 10
    assert all(member.line_manager_email for member in world.directory)


def test_reports_are_scored_per_mention_per_story_and_for_the_wrong_person() -> None:
    world = build_world(EXAMPLES, seed=3, rows=500)
    zebedee = world.gold_ids[("a", "p1")]
    other = next(member.staff_id for member in world.directory if member.staff_id != zebedee)

    class Report:
        def __init__(self, start: int, end: int, candidates: tuple[str, ...]) -> None:
            self.start, self.end, self.candidates = start, end, candidates

    predictions = [
        [Report(0, 7, (zebedee, other)), Report(26, 33, (zebedee,))],
        [],
        [Report(7, 10, (other,))],
    ]
    figures = score(EXAMPLES, world, predictions)
    rates = figures.rates()
    assert (figures.reports, figures.gold_mentions) == (3, 3)
    assert rates["lenient_precision"] == pytest.approx(2 / 3)
    assert rates["lenient_recall"] == pytest.approx(2 / 3)
    assert rates["strict_recall"] == pytest.approx(1 / 3)
    assert rates["detection_recall"] == pytest.approx(2 / 3)
    assert rates["story_recall"] == pytest.approx(1 / 2)
    assert rates["nonstaff_stories_flagged"] == 1.0
    assert figures.wrong_single == 1
