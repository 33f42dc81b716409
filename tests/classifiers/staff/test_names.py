import pytest

from classifiers.staff.directory import StaffMember
from classifiers.staff.names import LINK_EXACT, LINK_FUZZY, LINK_NICKNAME, NameLookup, nickname_table

MEMBERS = [
    StaffMember("A", "Joanne Smith-Jones"),
    StaffMember("B", "Josephine Patel", known_as="Jo"),
    StaffMember("C", "Sanjay Patel", title="Dr"),
    StaffMember("D", "Gwen Marsh"),
    StaffMember("E", "Gwen Hall"),
]
LOOKUP = NameLookup(MEMBERS)


@pytest.mark.parametrize(
    ("words", "title", "members", "link"),
    [
        (["jo"], None, (0, 1), LINK_EXACT),
        (["joanne"], None, (0,), LINK_EXACT),
        (["patel"], "doctor", (1, 2), LINK_EXACT),
        (["s", "patel"], "doctor", (2,), LINK_EXACT),
        (["gwen", "m"], None, (3,), LINK_EXACT),
        (["gwenn"], None, (3, 4), LINK_FUZZY),
        (["gewn"], None, (3, 4), LINK_FUZZY),
        (["joanne", "jones"], None, (0,), LINK_EXACT),
        (["jo", "patel"], None, (1,), LINK_EXACT),
        (["jo", "hall"], None, None, None),
        (["josie"], None, (1,), LINK_NICKNAME),
    ],
    ids=[
        "a known-as name and a nickname of a first name",
        "a first name",
        "title and surname",
        "title, initial and surname",
        "first name and the initial of the surname",
        "one letter dropped",
        "two letters swapped",
        "one part of a double-barrelled surname",
        "known-as name and surname",
        "a first name and a surname that belong to different people",
        "a nickname of the formal first name",
    ],
)
def test_written_names_find_the_rows_they_fit(
    words: list[str], title: str | None, members: tuple[int, ...] | None, link: str | None
) -> None:
    found = LOOKUP.link(words, title)
    if members is None:
        assert found is None
        return
    assert found is not None
    assert found.members == members
    assert found.link == link


def test_nicknames_run_both_ways() -> None:
    table = nickname_table()
    assert "becky" in table["rebecca"]
    assert "rebecca" in table["becky"]
    assert "michael" in table["mike"]
