"""A realistic staff directory built at evaluation time around the people named in real labelled texts.

The real texts name staff by whatever the author wrote ("Louise", "Dr Quayle", "Jo, district nurse"); a
Trust's directory holds thousands of legal names with many repeats. `build_world` makes such a
directory for one split, in memory, from the labels and a seed:

- filler rows drawn from UK first-name and surname frequencies (Faker's en_GB lists, from ONS
  tables: first names by rank, surnames with their shares), with the NHS workforce's mix of other
  backgrounds (Indian, Nigerian, Pakistani, Irish, Polish and Romanian lists) and its sex ratio, so
  common names repeat as they do in a real Trust (dozens of Sarahs in 5,000 rows);
- one row for every member of staff the labels name in the split (one per person per text), with
  the role and team the text gives, and the part of the name the text leaves out drawn from the
  same frequencies;
- the ways a directory differs from what people write: for a share of the inserted rows the
  directory holds the formal name of a nickname the author used (Becky in the text, Rebecca in the
  directory, sometimes with Becky as known-as) or a surname the author wrote one letter off (a
  doubled, dropped or changed letter: Philips for Phillips);
- departments of a combined acute, community and mental-health Trust plus the teams the labels
  name, and a line manager (a row of the same department) for every row.

Names in the texts reach this module only at run time through `training.real_text`; nothing here
or in the repository lists them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from classifiers.staff.directory import StaffDirectory, StaffMember
from training.real_text import StaffExample

DEFAULT_ROWS = 5000
# Share of inserted staff whose directory name differs from what the author wrote.
FORMAL_NAME_SHARE = 0.5  # of those written with a known nickname (Becky -> Rebecca)
MISSPELT_SHARE = 0.15  # of written surnames: one letter doubled, dropped or changed

# Workforce mix by the list a name is drawn from (NHS England workforce statistics by nationality,
# rounded; most staff of every background were born in the UK and carry names of the en_GB lists).
BACKGROUNDS: tuple[tuple[str, float], ...] = (
    ("en_GB", 0.80),
    ("en_IN", 0.07),
    ("en_NG", 0.04),
    ("en_PK", 0.03),
    ("en_IE", 0.03),
    ("pl_PL", 0.015),
    ("ro_RO", 0.015),
)
FEMALE_SHARE = 0.77

TITLES = {"dr": "Dr", "doctor": "Dr", "prof": "Prof", "professor": "Prof", "mr": "Mr", "mrs": "Mrs", "ms": "Ms"}
TITLES |= {"miss": "Miss", "mx": "Mx", "nurse": "Nurse", "sister": "Sister", "matron": "Matron", "sr": "Sister"}
SURNAME_TITLES = frozenset({"Dr", "Prof", "Mr", "Mrs", "Ms", "Miss", "Mx"})

# The labels' role words as a directory writes the job.
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "doctor": ("Specialty Doctor", "Consultant Psychiatrist", "Consultant Physician", "Specialty Registrar"),
    "nurse": ("Staff Nurse", "Registered Mental Health Nurse", "District Nurse", "Senior Staff Nurse"),
    "consultant": ("Consultant Psychiatrist", "Consultant Physician", "Consultant Surgeon"),
    "psychiatrist": ("Consultant Psychiatrist", "Specialty Doctor - Psychiatry"),
    "cpn": ("Community Psychiatric Nurse", "Community Mental Health Nurse"),
    "hca": ("Healthcare Assistant",),
    "ot": ("Occupational Therapist",),
    "salt": ("Speech and Language Therapist",),
    "physio": ("Physiotherapist", "Senior Physiotherapist"),
    "psychologist": ("Clinical Psychologist", "Assistant Psychologist"),
    "therapist": ("Psychological Therapist", "CBT Therapist", "Counsellor", "Family Therapist"),
    "midwife": ("Midwife", "Community Midwife"),
    "receptionist": ("Receptionist", "Medical Secretary"),
    "manager": ("Team Manager", "Ward Manager", "Service Manager"),
    "social_worker": ("Social Worker", "Approved Mental Health Professional"),
    "support_worker": ("Support Worker", "Peer Support Worker", "Recovery Worker"),
    "paramedic": ("Paramedic", "Emergency Care Assistant"),
    "pharmacist": ("Pharmacist",),
    "porter": ("Porter",),
    "student": ("Student Nurse",),
    "volunteer": ("Volunteer",),
}
FILLER_ROLES = (
    *ROLE_TITLES["nurse"],
    *ROLE_TITLES["doctor"],
    *ROLE_TITLES["cpn"],
    *ROLE_TITLES["hca"],
    *ROLE_TITLES["therapist"],
    *ROLE_TITLES["support_worker"],
    *ROLE_TITLES["receptionist"],
    "Occupational Therapist",
    "Physiotherapist",
    "Clinical Psychologist",
    "Pharmacist",
    "Porter",
    "Domestic Assistant",
    "Administrator",
    "Radiographer",
    "Phlebotomist",
    "Paramedic",
    "Dietitian",
    "Podiatrist",
    "Health Visitor",
    "Care Coordinator",
    "Call Handler",
)
DEPARTMENTS = (
    "Crisis Resolution and Home Treatment Team",
    "Community Mental Health Team North",
    "Community Mental Health Team South",
    "Early Intervention in Psychosis",
    "Memory Assessment Service",
    "Talking Therapies",
    "Perinatal Mental Health",
    "Child and Adolescent Mental Health Services",
    "Eating Disorders Service",
    "Adult Acute Inpatients - Ward 1",
    "Adult Acute Inpatients - Ward 2",
    "Older Adults Inpatients - Ward 3",
    "Forensic Services - Low Secure",
    "District Nursing",
    "Community Physiotherapy",
    "Podiatry",
    "Speech and Language Therapy",
    "Occupational Therapy",
    "Health Visiting",
    "School Nursing",
    "Urgent Treatment Centre",
    "Emergency Department",
    "Acute Medical Unit",
    "Critical Care",
    "Maternity",
    "Neonatal Unit",
    "Children's Ward",
    "Cardiology",
    "Oncology",
    "Orthopaedics",
    "Stroke Unit",
    "Day Surgery Unit",
    "Outpatients",
    "Radiology",
    "Pharmacy",
    "Estates and Facilities",
    "Patient Transport Service",
    "NHS 111",
    "Emergency Operations Centre",
    "Recovery College",
    "Substance Misuse Service",
    "Learning Disabilities",
    "Pain Management",
    "Diabetes Service",
    "Respiratory Service",
    "Dietetics",
    "Sexual Health",
)
TRUST_DOMAIN = "example-trust.nhs.uk"


@dataclass(frozen=True)
class NameFrequencies:
    """Weighted first names by sex and surnames, per background list."""

    female: dict[str, tuple[list[str], list[float]]]
    male: dict[str, tuple[list[str], list[float]]]
    surnames: dict[str, tuple[list[str], list[float]]]

    def first(self, rng: random.Random, background: str, female: bool) -> str:
        names, weights = (self.female if female else self.male)[background]
        return rng.choices(names, weights)[0]

    def surname(self, rng: random.Random, background: str) -> str:
        names, weights = self.surnames[background]
        return rng.choices(names, weights)[0]


def _ranked(names: Sequence[str]) -> tuple[list[str], list[float]]:
    # Faker's en_GB first names are in ONS rank order; a shifted Zipf curve gives the top female name
    # about 1.4% of women (dozens of Sarahs in 5,000 rows, as in a real Trust) and keeps a long tail.
    unique = list(dict.fromkeys(name for name in names if name.isalpha()))
    return unique, [1.0 / (rank + 40) for rank in range(len(unique))]


def _uniform(names: Sequence[str]) -> tuple[list[str], list[float]]:
    unique = list(dict.fromkeys(name for name in names if re.fullmatch(r"[^\W\d_][\w'-]*", name)))
    return unique, [1.0] * len(unique)


def name_frequencies() -> NameFrequencies:
    """The name lists of every background, weighted (Faker's person providers)."""
    import importlib

    female: dict[str, tuple[list[str], list[float]]] = {}
    male: dict[str, tuple[list[str], list[float]]] = {}
    surnames: dict[str, tuple[list[str], list[float]]] = {}
    for background, _share in BACKGROUNDS:
        provider = importlib.import_module(f"faker.providers.person.{background}").Provider

        def names_of(attribute: str, provider: object = provider) -> list[str]:
            value = getattr(provider, attribute, ())
            return list(value.keys()) if isinstance(value, dict) else list(value)

        women = names_of("first_names_female") or names_of("first_names")
        men = names_of("first_names_male") or names_of("first_names")
        last = getattr(provider, "last_names", ())
        if background == "en_GB":
            female[background], male[background] = _ranked(women), _ranked(men)
            shares = dict(last) if isinstance(last, dict) else dict.fromkeys(last, 1.0)
            surnames[background] = (list(shares), [float(share) for share in shares.values()])
        else:
            female[background], male[background] = _uniform(women), _uniform(men)
            # Some lists keep surnames by sex (Polish); "Doe" is a placeholder some providers ship.
            family = names_of("male_last_names") + names_of("unisex_last_names") or names_of("last_names")
            surnames[background] = _uniform([name for name in family if name != "Doe"])
    return NameFrequencies(female=female, male=male, surnames=surnames)


@dataclass
class World:
    """One split's directory, the staff row each labelled person became, and the places to configure."""

    directory: StaffDirectory
    # (text key, person id in that text) -> staff_id
    gold_ids: dict[tuple[str, str], str]
    places: list[str] = field(default_factory=list)


def split_written_name(surface: str) -> tuple[str | None, str, str | None]:
    """(title, first name, surname) as written: "Dr. Quayle" -> ("Dr", "", "Quayle"); "Ada" -> (None, "Ada", None)."""
    words = [word for word in re.split(r"[\s.]+", surface.strip()) if word]
    title = None
    while words and words[0].casefold() in TITLES and len(words) > 1:
        title = TITLES[words[0].casefold()]
        words.pop(0)
    words = [re.sub(r"[\u2019']s$", "", word) for word in words]
    if not words:
        return title, surface.strip(), None
    if len(words) == 1:
        if title in SURNAME_TITLES:
            return title, "", words[0]
        return title, words[0], None
    return title, words[0], " ".join(words[1:])


def _capitalised(word: str) -> str:
    """A written name as a directory holds it: "ada" and "ADA" are Ada, "McAdam" stays."""
    return word[:1].upper() + word[1:].lower() if word.islower() or (word.isupper() and len(word) > 1) else word


def _misspelt(name: str, rng: random.Random) -> str:
    """One letter doubled, a double letter dropped, or a vowel changed: Phillips/Philips, Ashdown/Ashdon."""
    doubles = [i for i in range(1, len(name)) if name[i] == name[i - 1]]
    if doubles and rng.random() < 0.5:
        at = rng.choice(doubles)
        return name[:at] + name[at + 1 :]
    vowels = [i for i in range(1, len(name)) if name[i] in "aeiouy"]
    if vowels and rng.random() < 0.5:
        at = rng.choice(vowels)
        return name[:at] + rng.choice([v for v in "aeiy" if v != name[at]]) + name[at + 1 :]
    consonants = [i for i in range(1, len(name)) if name[i].isalpha() and name[i] not in "aeiouy"]
    if not consonants:
        return name + name[-1]
    at = rng.choice(consonants)
    return name[: at + 1] + name[at] + name[at + 1 :]


class _Rows:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[dict[str, str | None]] = []
        self.emails: set[str] = set()

    def add(self, full_name: str, known_as: str | None, title: str | None, role: str, department: str) -> str:
        staff_id = f"E{len(self.rows) + 1:06d}"
        self.rows.append(
            {
                "staff_id": staff_id,
                "full_name": full_name,
                "known_as": known_as,
                "title": title,
                "role": role,
                "department": department,
            }
        )
        return staff_id

    def email_of(self, row: dict[str, str | None]) -> str:
        base = re.sub(r"[^a-z.]", "", (row["full_name"] or "").casefold().replace(" ", "."))
        email, number = f"{base}@{TRUST_DOMAIN}", 1
        while email in self.emails:
            number += 1
            email = f"{base}{number}@{TRUST_DOMAIN}"
        self.emails.add(email)
        return email


def build_world(
    examples: Sequence[StaffExample], *, seed: int, rows: int = DEFAULT_ROWS, frequencies: NameFrequencies | None = None
) -> World:
    """The directory for `examples` (one split): filler rows plus every labelled member of staff."""
    rng = random.Random(seed)
    frequencies = frequencies or name_frequencies()
    backgrounds, shares = zip(*BACKGROUNDS, strict=True)
    table = _Rows(rng)
    teams = sorted({m.team for e in examples for m in e.mentions if m.who == "staff" and m.team})
    departments = [*DEPARTMENTS, *(team.title() if team.islower() else team for team in teams)]

    def random_person() -> tuple[str, str, bool]:
        background = rng.choices(backgrounds, shares)[0]
        female = rng.random() < FEMALE_SHARE
        return frequencies.first(rng, background, female), frequencies.surname(rng, background), female

    def title_for(role: str, female: bool) -> str | None:
        if "Doctor" in role or "Consultant" in role or "Registrar" in role or "Psychologist" in role:
            return "Dr" if rng.random() < 0.9 else ("Ms" if female else "Mr")
        if rng.random() < 0.4:
            return None
        return rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"

    gold_ids: dict[tuple[str, str], str] = {}
    nick_to_formal = _formal_names(frequencies)
    for example in examples:
        by_person: dict[str, list[int]] = {}
        for index, mention in enumerate(example.mentions):
            if mention.who == "staff":
                by_person.setdefault(mention.person, []).append(index)
        for person, indexes in by_person.items():
            mentions = [example.mentions[i] for i in indexes]
            written = [split_written_name(example.text[m.start : m.end]) for m in mentions]
            title = next((t for t, _f, _s in written if t), None)
            first = next((f for _t, f, _s in written if f), "")
            surname = next((s for _t, _f, s in written if s), None)
            _, random_surname, female = random_person()
            if not first:
                first = random_person()[0]
            first, surname = _capitalised(first), _capitalised(surname or random_surname)
            if len(surname) == 1 or surname.casefold() in {"x", "xx", "xxx"}:
                surname = random_surname if len(surname) != 1 else _starting_with(surname, frequencies, rng)
            known_as: str | None = None
            formal = nick_to_formal.get(first.casefold())
            if formal and rng.random() < FORMAL_NAME_SHARE:
                known_as = first if rng.random() < 0.4 else None
                first = _capitalised(rng.choice(formal))
            elif surname != random_surname and rng.random() < MISSPELT_SHARE:
                surname = _misspelt(surname, rng)
            role_word = next((m.role for m in mentions if m.role), None)
            role = rng.choice(ROLE_TITLES.get(role_word or "", FILLER_ROLES))
            team = next((m.team for m in mentions if m.team), None)
            department = (team.title() if team.islower() else team) if team else rng.choice(departments)
            if title is None or title in {"Nurse", "Sister", "Matron"}:
                title = title_for(role, female) if title is None else title
            staff_id = table.add(f"{first} {surname}", known_as, title, role, department)
            gold_ids[(example.key, person)] = staff_id
    while len(table.rows) < rows:
        first, surname, female = random_person()
        role = rng.choice(FILLER_ROLES)
        if rng.random() < 0.03:  # double-barrelled surnames
            surname = f"{surname}-{random_person()[1]}"
        table.add(f"{first} {surname}", None, title_for(role, female), role, rng.choice(departments))
    rng.shuffle(table.rows)

    members = _with_line_managers(table, rng)
    places = sorted({example.text[a:b] for example in examples for a, b in example.places})
    return World(directory=StaffDirectory(members), gold_ids=gold_ids, places=places)


def _with_line_managers(table: _Rows, rng: random.Random) -> list[StaffMember]:
    """Every row gets a line manager from its own department (a manager's manager is another manager)."""
    by_department: dict[str, list[dict[str, str | None]]] = {}
    for row in table.rows:
        by_department.setdefault(str(row["department"]), []).append(row)
    manager_of: dict[str, str] = {}
    for department_rows in by_department.values():
        managers = department_rows[: max(1, len(department_rows) // 12)]
        emails = [table.email_of(row) for row in managers]
        head = f"head.of.service.{len(manager_of)}@{TRUST_DOMAIN}"
        for row in department_rows:
            if row in managers:
                manager_of[str(row["staff_id"])] = head
            else:
                manager_of[str(row["staff_id"])] = rng.choice(emails)
    return [
        StaffMember(
            staff_id=str(row["staff_id"]),
            full_name=str(row["full_name"]),
            known_as=row["known_as"],
            title=row["title"],
            role=row["role"],
            department=row["department"],
            line_manager_email=manager_of[str(row["staff_id"])],
        )
        for row in table.rows
    ]


def _starting_with(initial: str, frequencies: NameFrequencies, rng: random.Random) -> str:
    names, weights = frequencies.surnames["en_GB"]
    fitting = [(name, weight) for name, weight in zip(names, weights, strict=True) if name[0] == initial.upper()]
    if not fitting:
        return initial.upper() + "ewis"
    return rng.choices([name for name, _ in fitting], [weight for _, weight in fitting])[0]


def _formal_names(frequencies: NameFrequencies) -> dict[str, list[str]]:
    """Nickname -> formal names a directory would hold for it (the `nicknames` package's English list).

    Only nicknames that are not themselves common given names (Becky, Mike) and only
    formal names of the en_GB lists where there are some (Rebecca, not Reba).
    """
    from nicknames import NickNamer

    given = {name.casefold() for name in (*frequencies.female["en_GB"][0], *frequencies.male["en_GB"][0])}
    table: dict[str, list[str]] = {}
    for nickname, formal in NickNamer().canonical_lookup.items():
        if nickname in given:
            continue
        common = sorted(name for name in formal if name in given)
        if common:
            table[nickname] = common
    return table
