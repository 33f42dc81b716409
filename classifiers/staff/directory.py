"""The staff directory: a CSV export of the Trust's staff, validated, held in memory, never logged.

Canonical columns (header names are matched case-insensitively, spaces/underscores/hyphens ignored)::

    staff_id, full_name, known_as, title, role, department, line_manager_email

`staff_id` and a name are required; every other column may be missing or empty. Extra columns are
ignored, so an export with forty ESR fields loads as it is.

ESR exports are read through a default mapping of their column names (a `column_map` passed to
`load_staff_directory` is applied on top of it, and wins)::

    Employee Number                      -> staff_id   (preferred: one per person)
    Assignment Number                    -> staff_id   (used only when there is no Employee Number)
    Full Name                            -> full_name  (ESR's "Surname, Forenames Title" is reordered)
    First Name / Forename(s)             -> first name  } joined into full_name when there is
    Last Name / Surname                  -> last name   } no full-name column
    Known As / Preferred Name            -> known_as
    Title                                -> title
    Job Role / Position Title / Position Name / Job Title -> role
    Organisation / Department / Org Name / Ward           -> department
    Line Manager Email / Supervisor Email                 -> line_manager_email

Privacy: the directory is personal data. Errors name the file, line and column but never a value;
`repr` of the directory and of a member shows no names; callers keep `staff_id`s and look names up
here when a person needs to read them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from trustwatch.errors import ConfigError

CANONICAL_COLUMNS = ("staff_id", "full_name", "known_as", "title", "role", "department", "line_manager_email")

# Two pseudo-columns only used to build full_name when an export splits names.
_FIRST_NAME = "first_name"
_LAST_NAME = "last_name"

ESR_COLUMN_MAP: dict[str, str] = {
    "Employee Number": "staff_id",
    "Assignment Number": "staff_id",
    "Full Name": "full_name",
    "First Name": _FIRST_NAME,
    "Forename": _FIRST_NAME,
    "Forenames": _FIRST_NAME,
    "Last Name": _LAST_NAME,
    "Surname": _LAST_NAME,
    "Known As": "known_as",
    "Preferred Name": "known_as",
    "Title": "title",
    "Job Role": "role",
    "Position Title": "role",
    "Position Name": "role",
    "Job Title": "role",
    "Organisation": "department",
    "Org Name": "department",
    "Department": "department",
    "Ward": "department",
    "Line Manager Email": "line_manager_email",
    "Supervisor Email": "line_manager_email",
}

# When an export carries both, the person-level number wins: an assignment number differs per post
# a person holds, which would split one person into several "staff".
_SOURCE_PRIORITY = ("Employee Number", "Assignment Number")

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
_TITLES = {
    "dr": "Dr",
    "doctor": "Dr",
    "prof": "Prof",
    "professor": "Prof",
    "mr": "Mr",
    "mrs": "Mrs",
    "ms": "Ms",
    "miss": "Miss",
    "mx": "Mx",
    "nurse": "Nurse",
    "sister": "Sister",
    "sr": "Sister",
    "matron": "Matron",
    "midwife": "Midwife",
}


def _header_key(header: str) -> str:
    return re.sub(r"[\s_\-]+", "", header).casefold()


@dataclass(frozen=True, slots=True)
class StaffMember:
    """One person in the directory. Only `staff_id` appears in `repr`: names are personal data."""

    staff_id: str
    full_name: str = field(repr=False)
    known_as: str | None = field(default=None, repr=False)
    title: str | None = field(default=None, repr=False)
    role: str | None = field(default=None, repr=False)
    department: str | None = field(default=None, repr=False)
    line_manager_email: str | None = field(default=None, repr=False)

    @property
    def name_parts(self) -> tuple[str, ...]:
        """The full name split into words (first name first, surname last)."""
        return tuple(self.full_name.split())

    @property
    def first_name(self) -> str:
        """The first word of the full name."""
        return self.name_parts[0]

    @property
    def surname(self) -> str:
        """The surname, keeping particles such as "van der" or "O'" attached."""
        parts = self.name_parts
        if len(parts) == 1:
            return parts[0]
        surname = [parts[-1]]
        for word in reversed(parts[1:-1]):
            if word.casefold() in {
                "van",
                "von",
                "der",
                "den",
                "de",
                "da",
                "di",
                "du",
                "le",
                "la",
                "bin",
                "binti",
                "al",
            }:
                surname.insert(0, word)
            else:
                break
        return " ".join(surname)

    @property
    def display_name(self) -> str:
        """How the comms team would write the person: known-as name and surname."""
        if self.known_as and self.known_as.casefold() != self.first_name.casefold():
            return f"{self.known_as} {self.surname}"
        return self.full_name


class StaffDirectory:
    """The validated directory, indexed by `staff_id`; iteration keeps the file's order."""

    def __init__(self, members: list[StaffMember], source: Path | None = None) -> None:
        self._members = tuple(members)
        self._by_id = {member.staff_id: member for member in self._members}
        if len(self._by_id) != len(self._members):
            raise ConfigError(f"{source or 'staff directory'}: duplicate staff_id")
        self.source = source

    def __len__(self) -> int:
        return len(self._members)

    def __iter__(self) -> Iterator[StaffMember]:
        return iter(self._members)

    def __contains__(self, staff_id: object) -> bool:
        return staff_id in self._by_id

    def __getitem__(self, staff_id: str) -> StaffMember:
        return self._by_id[staff_id]

    def get(self, staff_id: str) -> StaffMember | None:
        """The member with this id, or None."""
        return self._by_id.get(staff_id)

    def __repr__(self) -> str:
        origin = f", source={self.source.name!r}" if self.source else ""
        return f"StaffDirectory({len(self)} staff{origin})"


def _reorder_esr_name(full_name: str) -> str:
    """ESR writes "Patel, Sanjay Dr"; people write "Sanjay Patel"."""
    if "," not in full_name:
        return full_name
    surname, _, rest = full_name.partition(",")
    words = rest.split()
    if words and words[-1].casefold().rstrip(".") in _TITLES:
        words = words[:-1]
    return " ".join([*words, surname.strip()])


def _resolve_columns(path: Path, headers: list[str], column_map: Mapping[str, str] | None) -> dict[str, int]:
    """Map each canonical field to the index of the header that feeds it."""
    mapping: dict[str, str] = {_header_key(name): name for name in CANONICAL_COLUMNS}
    mapping.update({_header_key(source): target for source, target in ESR_COLUMN_MAP.items()})
    explicit: dict[str, str] = {}
    for source, target in (column_map or {}).items():
        if target not in (*CANONICAL_COLUMNS, _FIRST_NAME, _LAST_NAME):
            allowed = ", ".join((*CANONICAL_COLUMNS, _FIRST_NAME, _LAST_NAME))
            raise ConfigError(f"{path}: column_map maps {source!r} to unknown field {target!r} (allowed: {allowed})")
        explicit[_header_key(source)] = target
    mapping.update(explicit)

    priority = {_header_key(name): rank for rank, name in enumerate(_SOURCE_PRIORITY)}
    chosen: dict[str, tuple[int, int]] = {}
    for index, header in enumerate(headers):
        key = _header_key(header)
        mapped = mapping.get(key)
        if mapped is None:
            continue
        # A column named in the caller's column_map beats a default one; then ESR's priority order.
        rank = -1 if key in explicit else priority.get(key, len(priority))
        if mapped not in chosen or rank < chosen[mapped][0]:
            chosen[mapped] = (rank, index)
    columns = {target: index for target, (_rank, index) in chosen.items()}
    if "staff_id" not in columns:
        raise ConfigError(
            f"{path}: line 1: no staff_id column (expected 'staff_id', 'Employee Number' or 'Assignment Number', "
            "or a column_map entry)"
        )
    if "full_name" not in columns and _FIRST_NAME not in columns:
        raise ConfigError(
            f"{path}: line 1: no name column (expected 'full_name', 'Full Name', or 'First Name' with 'Last Name')"
        )
    return columns


def load_staff_directory(path: Path, column_map: Mapping[str, str] | None = None) -> StaffDirectory:
    """Read and validate a staff directory CSV (canonical or ESR-style columns, see the module docstring).

    Raises ConfigError naming the file, line and column for a missing or duplicate staff_id, an empty
    name or a malformed line-manager email. Values are never put in messages.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise ConfigError(f"{path}: staff directory not found") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read staff directory ({error.strerror})") from None

    members: list[StaffMember] = []
    first_line: dict[str, int] = {}
    with handle:
        reader = csv.reader(handle)
        try:
            headers = next(reader)
        except StopIteration:
            raise ConfigError(f"{path}: staff directory is empty (no header line)") from None
        except (csv.Error, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: line 1: not a readable CSV header ({type(error).__name__})") from None
        columns = _resolve_columns(path, headers, column_map)

        def header_of(target: str) -> str:
            return headers[columns[target]]

        line = reader.line_num
        try:
            for row in reader:
                line_start, line = line + 1, reader.line_num
                if not any(cell.strip() for cell in row):
                    continue

                def cell(target: str, row: list[str] = row) -> str:
                    index = columns.get(target)
                    if index is None or index >= len(row):
                        return ""
                    return " ".join(row[index].split())

                staff_id = cell("staff_id")
                if not staff_id:
                    raise ConfigError(f"{path}: line {line_start}: column {header_of('staff_id')!r}: missing staff_id")
                if staff_id in first_line:
                    raise ConfigError(
                        f"{path}: line {line_start}: column {header_of('staff_id')!r}: duplicate staff_id "
                        f"(first used on line {first_line[staff_id]})"
                    )
                if "full_name" in columns and cell("full_name"):
                    full_name = _reorder_esr_name(cell("full_name"))
                else:
                    full_name = " ".join(part for part in (cell(_FIRST_NAME), cell(_LAST_NAME)) if part)
                if not re.search(r"[^\W\d_]", full_name):
                    name_column = header_of("full_name") if "full_name" in columns else header_of(_FIRST_NAME)
                    raise ConfigError(f"{path}: line {line_start}: column {name_column!r}: empty name")
                email = cell("line_manager_email")
                if email and not _EMAIL.match(email):
                    raise ConfigError(
                        f"{path}: line {line_start}: column {header_of('line_manager_email')!r}: not an email address"
                    )
                title = cell("title")
                members.append(
                    StaffMember(
                        staff_id=staff_id,
                        full_name=full_name,
                        known_as=cell("known_as") or None,
                        title=_TITLES.get(title.casefold().rstrip("."), title) or None,
                        role=cell("role") or None,
                        department=cell("department") or None,
                        line_manager_email=email.casefold() or None,
                    )
                )
                first_line[staff_id] = line_start
        except (csv.Error, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: line {line + 1}: not readable as CSV ({type(error).__name__})") from None
    return StaffDirectory(members, source=path)
