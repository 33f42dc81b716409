from pathlib import Path

import pytest

from classifiers.staff.directory import StaffDirectory, load_staff_directory
from trustwatch.errors import ConfigError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "staff"


@pytest.fixture(scope="module")
def directory() -> StaffDirectory:
    return load_staff_directory(FIXTURES / "canonical.csv")


def test_canonical_directory_loads_every_row_and_ignores_extra_columns(directory: StaffDirectory) -> None:
    assert len(directory) == 12
    member = directory["T008"]
    assert (member.full_name, member.title, member.role) == ("Chloé Dubois", "Dr", "Specialty Registrar")
    assert member.department == "Oncology"
    assert "T999" not in directory


def test_esr_export_prefers_employee_number_and_reorders_surname_first_names() -> None:
    directory = load_staff_directory(FIXTURES / "esr_export.csv")
    assert [member.staff_id for member in directory] == ["00012345", "00067890"]
    sanjay, siobhan = list(directory)
    assert sanjay.full_name == "Sanjay Patel"
    assert sanjay.role == "Consultant Cardiologist"
    assert sanjay.department == "Cardiology"
    assert siobhan.full_name == "Siobhan Mary O'Brien"
    assert siobhan.known_as == "Shiv"
    assert siobhan.surname == "O'Brien"


def test_column_map_names_the_id_column_and_first_and_last_names_are_joined() -> None:
    directory = load_staff_directory(FIXTURES / "split_names.csv", column_map={"Emp No": "staff_id"})
    rose, jose = list(directory)
    assert (rose.staff_id, rose.full_name, rose.role, rose.department) == (
        "A1",
        "Rose Thompson",
        "Ward Sister",
        "Ward 7 - Stroke Unit",
    )
    assert jose.full_name == "José Ferreira"


@pytest.mark.parametrize(
    ("fixture", "expected", "secret"),
    [
        ("duplicate_id.csv", "line 4: column 'staff_id': duplicate staff_id (first used on line 2)", "Cat Day"),
        ("missing_id.csv", "line 3: column 'staff_id': missing staff_id", "Bob Ray"),
        ("empty_name.csv", "line 3: column 'full_name': empty name", "b@example"),
        ("bad_email.csv", "line 3: column 'line_manager_email': not an email address", "not-an-email"),
        ("no_id_column.csv", "line 1: no staff_id column", "Ann Lee"),
    ],
    ids=[
        "a duplicate staff id names both lines",
        "a missing staff id names its line",
        "an empty name names its line and column",
        "a malformed manager email names its column",
        "a file without an id column is refused at the header",
    ],
)
def test_bad_directory_rows_name_file_line_and_column_but_never_values(
    fixture: str, expected: str, secret: str
) -> None:
    with pytest.raises(ConfigError) as error:
        load_staff_directory(FIXTURES / fixture)
    message = str(error.value)
    assert fixture in message
    assert expected in message
    assert secret not in message


def test_missing_directory_file_and_unknown_mapping_target_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="staff directory not found"):
        load_staff_directory(tmp_path / "nope.csv")
    with pytest.raises(ConfigError, match="unknown field 'salary'"):
        load_staff_directory(FIXTURES / "canonical.csv", column_map={"Grade": "salary"})
