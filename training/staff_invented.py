"""Invented training texts for the person-mention head: forms the real labels hold too few of.

The real labels (mostly short mental-health and community feedback answers) have few titled names
("Sister Jones", "Charge Nurse Asante"), few names that are also words ("Hope, the healthcare
assistant"), and few hospital reviews. These templates add them, with their hard negatives: the same
words used as words ("I hope", "Faith in the NHS"), relatives and GPs elsewhere, and places named
after people ("Florence Ward", "Bevan House"). Names come from Faker's en_GB lists, never from the
real texts. They teach the head; they never grade it (every figure is on real dev or sealed text).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from training.real_text import PersonMention, StaffExample

TITLES_SURNAME = ("Dr", "Dr.", "Sister", "Nurse", "Staff Nurse", "Charge Nurse", "Matron", "Mr", "Mrs", "Ms", "Prof")
ROLES = (
    "nurse",
    "healthcare assistant",
    "HCA",
    "physio",
    "OT",
    "CPN",
    "midwife",
    "porter",
    "receptionist",
    "consultant",
    "doctor",
    "support worker",
    "speech therapist",
    "SALT",
    "ANP",
    "student nurse",
    "care coordinator",
)
WARDS = ("Ward 7", "the stroke unit", "A&E", "ICU", "the day unit", "outpatients", "the crisis team", "maternity")
VIRTUE_NAMES = ("Hope", "Faith", "Grace", "Joy", "Patience", "May", "April", "June", "Will", "Rose", "Dawn")
PLACE_KINDS = ("Ward", "Unit", "House", "Lodge", "Centre", "Suite", "Wing")
RELATIVES = ("mum", "dad", "husband", "wife", "son", "daughter", "nan", "grandad", "partner", "sister", "brother")
GOOD = ("lovely", "amazing", "so kind", "brilliant", "fantastic", "really caring", "very patient")
BAD = ("rude", "dismissive", "unhelpful", "abrupt", "really rough")


@dataclass
class _Builder:
    """Text built piece by piece, remembering where each person's name went."""

    text: str = ""

    def __post_init__(self) -> None:
        self.mentions: list[PersonMention] = []
        self.places: list[tuple[int, int]] = []

    def add(self, piece: str) -> _Builder:
        self.text += piece
        return self

    def person(self, name: str, who: str) -> _Builder:
        start = len(self.text)
        self.text += name
        self.mentions.append(PersonMention(start, len(self.text), who, f"p{len(self.mentions) + 1}"))
        return self

    def place(self, name: str) -> _Builder:
        start = len(self.text)
        self.text += name
        self.places.append((start, len(self.text)))
        return self


def _names() -> tuple[list[str], list[str]]:
    from faker.providers.person.en_GB import Provider

    first = [*Provider.first_names_female[:120], *Provider.first_names_male[:80]]
    return first, list(Provider.last_names)[:300]


def invented_examples(count: int = 200, seed: int = 5) -> list[StaffExample]:
    """`count` invented texts with their person mentions and places (split "train", key "inv:N")."""
    rng = random.Random(seed)
    first_names, surnames = _names()

    def first() -> str:
        return rng.choice(first_names)

    def surname() -> str:
        return rng.choice(surnames)

    def staff_sentence(b: _Builder) -> None:
        # Titled names, names that are also words, possessives: what the real labels hold few of.
        form = rng.choice((0, 1, 5, 7, 8))
        adjective = rng.choice(GOOD + BAD)
        if form == 0:
            b.person(f"{rng.choice(TITLES_SURNAME)} {surname()}", "staff").add(
                f" on {rng.choice(WARDS)} was {adjective}."
            )
        elif form == 1:
            name = rng.choice(VIRTUE_NAMES) if rng.random() < 0.4 else first()
            b.person(name, "staff").add(f", the {rng.choice(ROLES)} on {rng.choice(WARDS)}, was {adjective}.")
        elif form == 2:
            b.add(f"My {rng.choice(ROLES)} ").person(first(), "staff").add(f" has been {adjective}.")
        elif form == 3:
            b.add("Thank you to ").person(first(), "staff").add(" and ").person(first(), "staff")
            b.add(f" in {rng.choice(WARDS)}.")
        elif form == 4:
            b.person(f"{first()} {surname()}", "staff").add(f" ({rng.choice(ROLES)}) was {adjective}.")
        elif form == 5:
            b.person(f"{rng.choice(('Dr', 'Mr', 'Mrs'))} {surname()}", "staff")
            b.add("'s clinic ran two hours late and nobody said why.")
        elif form == 6:
            b.add("thanks to ").person(first().lower(), "staff").add(" and ").person(first().lower(), "staff")
            b.add(" on the ward, you were great")
        elif form == 7:
            b.person(rng.choice(VIRTUE_NAMES), "staff").add(f" on reception was {adjective} to us.")
        else:
            b.add(f"{rng.choice(('Charge Nurse', 'Staff Nurse', 'Sister'))} ").person(f"{first()} {surname()}", "staff")
            b.add(f" looked after my {rng.choice(RELATIVES)}.")

    def other_sentence(b: _Builder) -> None:
        form = rng.choice((1, 2, 3, 4))
        if form == 0:
            b.add(f"My {rng.choice(RELATIVES)} ").person(first(), "patient_family")
            b.add(f" was admitted to {rng.choice(WARDS)}.")
        elif form == 1:
            b.add("We were moved to ").place(f"{surname()} {rng.choice(PLACE_KINDS)}").add(" after two days.")
        elif form == 2:
            word = rng.choice(("I hope", "Faith in the NHS", "Will they", "In May", "Joy of joys", "By April"))
            b.add(f"{word} the staff know how much we appreciated them.")
        elif form == 3:
            b.add("My GP ").person(f"Dr {surname()}", "other_staff").add(" referred me in the end.")
        elif form == 4:
            b.add("The care on ").place(f"St {first()}'s").add(" ward was excellent.")
        elif form == 5:
            b.add("Thank you from ").person(first(), "patient_family").add(" and family.")
        else:
            b.add("Myself and ").person(first(), "patient_family").add(" waited four hours to be seen.")

    examples = []
    for number in range(count):
        builder = _Builder()
        sentences = rng.randint(1, 3)
        for index in range(sentences):
            if index:
                builder.add(" ")
            (staff_sentence if rng.random() < 0.55 else other_sentence)(builder)
        examples.append(
            StaffExample(
                key=f"inv:{number}",
                text=builder.text,
                split="train",
                mentions=tuple(builder.mentions),
                places=tuple(builder.places),
            )
        )
    return examples
