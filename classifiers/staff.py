"""Staff named in posts and reviews: find the name forms people actually write, score each with context.

How it works
------------
Every name form of every person in the directory goes into one Aho-Corasick automaton (pyahocorasick)
together with the Trust's names and the directory's department names, so a post is read once whatever
the size of the directory. Text is normalised token by token (NFKD, accents dropped, casefolded,
punctuation as word breaks) and every token remembers where it came from, so `start`/`end` always
index the ORIGINAL string. Hashtags and handles are split at CamelCase ("#NurseSarah") or, when all
one case, segmented into directory name words plus a few glue words ("#thankyounursesarah").

Name forms (strongest first): title + full name ("Dr Sanjay Patel"), full name or known-as + surname,
title + initial + surname ("Dr S Patel"), title + surname ("Dr Patel", "Sister Jones"), role/title +
first name ("Nurse Sarah", "Dr Sanjay"), initial + surname, first or known-as name alone. A surname
alone is not a form: "Patel was great" is too often someone else. Titles are read from the text just
before a name, so "Dr. Patel's", "Staff Nurse Okafor" and "@nurse_sarah" need no extra patterns.

Confidence is a logistic score: the form's base log-odds plus context features, each recorded in the
match's `evidence` with its weight (see `WEIGHTS`):

- title_fits / title_conflicts: the title written matches the person's title or role (Dr for a
  consultant, Sister for a ward sister) or contradicts it (Dr for a porter).
- department_named: the post names the candidate's ward or department (from the directory, plus
  common aliases such as A&E, ICU, SCBU); candidates are narrowed to that department.
- trust_named: the Trust's name, an alias or an official handle appears in the post.
- care_context: clinical and care vocabulary (ward, discharged, midwife, appointment, ...).
- role_word_near: a role word within a few words ("Sarah, the midwife").
- name_then_verb: the name is followed by a verb people use of a person ("Sarah was", "Will helped").
- capitalised_mid_sentence / lowercase_name: capitals are evidence only when the post uses case.
- common_word_name: the name is also an English word (Hope, Grace, Will, Rose, May, ...).
- word_use: the name is used as a word ("Hope you", "Will they", "Grace period").
- public_figure_context: MP, footballer, singer, Prime Minister... near the name (stronger) or in the post.
- relationship: "my wife Sarah", "our baby Grace"; self_identification: "I'm Sarah", "my name is".
- place_name: "Rose Ward", "Hope Street", "St Jude"; names inside a department or Trust name are dropped.
- other_provider: "my GP Dr Patel", "the dentist".
- no_context: neither care words nor the Trust nor a department in the post.
- several_candidates: -0.5 per doubling of the candidate count.
- named_in_full_elsewhere: the same person is named unambiguously elsewhere in the post.
- hashtag: a name in a hashtag or handle is a deliberate mention.

Ambiguity is reported, never resolved silently: a span that fits several staff after title,
department and role narrowing is one `StaffMatch` with several `candidates`; `staff_id` is None and
`ambiguous` is True. In the JSON-lines output such a match becomes one entry per candidate sharing the
span, each with `"ambiguous": true` and the full `candidates` list.

Privacy: nothing here logs; a match holds staff_ids and offsets, and names are looked up in the
directory only when a person reads the output.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from classifiers.staff_directory import (
    ESR_COLUMN_MAP,
    StaffDirectory,
    StaffMember,
    load_staff_directory,
)
from trustwatch.errors import ConfigError
from trustwatch.settings import Settings, TrustProfile

__all__ = [
    "DEFAULT_THRESHOLD",
    "ESR_COLUMN_MAP",
    "WEIGHTS",
    "StaffDirectory",
    "StaffMatch",
    "StaffMatcher",
    "StaffMember",
    "load_staff_directory",
    "match_records",
    "matcher_from_settings",
]

# A match this sure can settle the post's weaker ones (fixed, so linking does not move with the threshold).
_ANCHOR_CONFIDENCE = 0.8
# Calibrated on the dev part of evals/data/staff_eval.jsonl (evals/staff.py --calibrate).
DEFAULT_THRESHOLD = 0.5

FORM_TITLE_FULL = "title_full"
FORM_FULL = "full"
FORM_TITLE_INITIAL_SURNAME = "title_initial_surname"
FORM_TITLE_SURNAME = "title_surname"
FORM_ROLE_FIRST = "role_first"
FORM_INITIAL_SURNAME = "initial_surname"
FORM_FIRST = "first"
_SURNAME = "surname"  # only ever a form with a title in front of it

# Preference when two readings overlap ("Nurse Sarah Jones": the full name wins over "Nurse Sarah").
_FORM_RANK = {
    FORM_TITLE_FULL: 6,
    FORM_FULL: 5,
    FORM_TITLE_INITIAL_SURNAME: 4,
    FORM_TITLE_SURNAME: 3,
    FORM_ROLE_FIRST: 2,
    FORM_INITIAL_SURNAME: 1,
    FORM_FIRST: 0,
}
_WITH_TITLE = {
    FORM_FULL: FORM_TITLE_FULL,
    FORM_INITIAL_SURNAME: FORM_TITLE_INITIAL_SURNAME,
    _SURNAME: FORM_TITLE_SURNAME,
    FORM_FIRST: FORM_ROLE_FIRST,
}

WEIGHTS: dict[str, float] = {
    # base log-odds of each form
    FORM_TITLE_FULL: 4.0,
    FORM_FULL: 2.6,
    FORM_TITLE_INITIAL_SURNAME: 3.2,
    FORM_TITLE_SURNAME: 2.0,
    FORM_ROLE_FIRST: 1.6,
    FORM_INITIAL_SURNAME: -0.5,
    FORM_FIRST: -1.2,
    # context
    "title_fits": 0.8,
    "title_conflicts": -1.5,
    "honorific_mismatch": -0.6,
    "department_named": 1.4,
    "trust_named": 0.8,
    "care_context": 0.6,  # per care word, at most two
    "role_word_near": 1.0,
    "appositive_role": 2.5,
    "at_department": 2.0,
    "other_setting": -4.0,
    "name_then_verb": 0.9,
    "capitalised_mid_sentence": 0.6,  # x2.5 for common-word names, where case is what tells them apart
    "lowercase_name": -2.0,
    "common_word_name": -2.2,
    "word_use": -3.0,
    "public_figure_near": -4.5,
    "public_figure_in_post": -1.2,
    "relationship": -4.0,
    "self_identification": -4.0,
    "place_name": -4.0,
    "other_provider": -2.5,
    "no_context": -3.0,
    "several_candidates": -0.5,  # per doubling of the candidate count
    "named_in_full_elsewhere": 2.5,
    "listed_with_staff": 2.0,
    "hashtag": 0.4,
}

# Title words read just before a name, mapped to what they say about the person.
TITLE_WORDS: dict[str, str] = {
    "dr": "doctor",
    "doctor": "doctor",
    "doc": "doctor",
    "prof": "professor",
    "professor": "professor",
    "mr": "mr",
    "mrs": "mrs",
    "ms": "ms",
    "miss": "miss",
    "mx": "mx",
    "nurse": "nurse",
    "sister": "sister",
    "sr": "sister",
    "matron": "matron",
    "midwife": "midwife",
    "physio": "physio",
    "porter": "porter",
    "consultant": "doctor",
    "surgeon": "doctor",
}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx"}


# Two-word titles whose second word is in TITLE_WORDS ("Staff Nurse Okafor", "Charge Nurse Asante").
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLE_PREFIXES = {"staff", "charge", "ward", "student", "senior", "junior", "head"}

# What a directory title or role says a person may be called.
_TITLE_ADDRESS = {
    "Dr": {"doctor"},
    "Prof": {"professor", "doctor"},
    "Nurse": {"nurse"},
    "Sister": {"sister", "nurse"},
    "Matron": {"matron", "nurse", "sister"},
    "Midwife": {"midwife"},
}
_ROLE_ADDRESS: tuple[tuple[str, frozenset[str]], ...] = (
    ("professor", frozenset({"professor", "doctor"})),
    ("matron", frozenset({"matron", "nurse", "sister"})),
    ("sister", frozenset({"sister", "nurse"})),
    ("charge nurse", frozenset({"sister", "nurse"})),
    ("ward manager", frozenset({"sister", "nurse", "matron"})),
    ("nurse", frozenset({"nurse"})),
    ("midwi", frozenset({"midwife"})),
    ("surgeon", frozenset({"doctor", "mr", "mrs", "ms", "miss", "mx"})),
    ("consultant", frozenset({"doctor"})),
    ("registrar", frozenset({"doctor"})),
    ("doctor", frozenset({"doctor"})),
    ("physician", frozenset({"doctor"})),
    ("anaesthetist", frozenset({"doctor"})),
    ("ologist", frozenset({"doctor"})),
    ("iatrician", frozenset({"doctor"})),
    ("iatrist", frozenset({"doctor"})),
    ("trician", frozenset({"doctor"})),
    ("foundation", frozenset({"doctor"})),
    ("physio", frozenset({"physio"})),
    ("porter", frozenset({"porter"})),
)

# Role words that, near a first name, say the name is a member of staff.
ROLE_WORDS = _words(
    "nurse nurses doctor doctors dr consultant surgeon midwife midwives matron sister physio physiotherapist "
    "porter porters paramedic hca receptionist registrar anaesthetist radiographer pharmacist therapist "
    "sonographer phlebotomist cleaner orderly staff hcas medic medics houseman ot hca"
)
_ROLE_WORD_ADDRESS = {
    "nurse": "nurse",
    "nurses": "nurse",
    "doctor": "doctor",
    "doctors": "doctor",
    "dr": "doctor",
    "consultant": "doctor",
    "surgeon": "doctor",
    "registrar": "doctor",
    "anaesthetist": "doctor",
    "midwife": "midwife",
    "midwives": "midwife",
    "matron": "matron",
    "sister": "sister",
    "physio": "physio",
    "physiotherapist": "physio",
    "porter": "porter",
    "porters": "porter",
}

CARE_WORDS = _words(
    "hospital hospitals ward wards nurse nurses nursing doctor doctors consultant surgeon midwife midwives "
    "matron physio porter paramedic paramedics hca staff emergency treated treatment care cared caring "
    "discharged discharge admitted admission appointment appointments operation surgery clinic patient "
    "patients scan scans maternity labour birth delivered diagnosis diagnosed shift bed bedside nhs theatre "
    "recovery medication meds bloods cannula injection outpatient outpatients icu itu resus triage "
    "ambulance healthcare stitches fracture xray physiotherapy chemo chemotherapy cancer stroke "
    "neonatal scbu nicu antenatal postnatal ae compassion compassionate consultation procedure"
)

PUBLIC_FIGURE_WORDS = _words(
    "mp mps minister ministers prime secretary chancellor parliament commons westminster tory tories "
    "conservative conservatives politician politicians government downing footballer footballers striker "
    "goal goals scored scoring score hattrick premier league fc spurs tottenham bayern arsenal chelsea "
    "singer song songs album concert gig tour band actor actress film films movie movies hollywood "
    "celebrity celeb presenter tv telly bbc itv netflix strictly president king queen prince princess "
    "oscar oscars cricket rugby olympic olympics novelist author hermione potter celebrities starring "
    "interview podcast pundit royal royals duchess duke shirt transfer squad midfielder defender hamstring "
    "tournament season fixture"
)

RELATIONSHIP_WORDS = _words(
    "wife husband son daughter mum mom mother dad father partner friend bestie brother sister nan nana nanna "
    "gran granny grandma grandmother grandad granddad grandpa grandfather grandson granddaughter grandchild "
    "baby babies boyfriend girlfriend fiance fiancee aunt auntie aunty uncle cousin niece nephew child kid "
    "toddler neighbour neighbor dog cat puppy kitten mate pal flatmate housemate bff twin stepdaughter "
    "stepson stepmum stepdad sil bil mil fil girl boy lad lass"
)
_POSSESSIVES = _words("my our his her their your little baby newborn")
_NAMING_WORDS = _words("named called calling name christened")
_OTHER_PROVIDER_WORDS = _words("gp gps dentist dental vet optician opticians chemist pharmacy practice")
# Settings that place a named person outside the Trust: "Mr Patel from the corner shop", "my old teacher".
OTHER_SETTING_WORDS = _words(
    "shop corner teacher headteacher headmaster headmistress school councillor council vicar priest "
    "solicitor lawyer university lecturer novel novelist author book books landlord neighbour neighbours "
    "dentist vet gp optician boss church pub club"
)
# Filler between a name and an appositive role: "Sarah, the nurse", "Joy our lovely physio".
_APPOSITIVE_FILLER = _words("the our a an my lovely amazing brilliant fab wonderful head senior staff student lead")
_LOCATION_LINKS = _words("on in at from of")
PLACE_WORDS_AFTER = _words(
    "ward unit wing suite centre center house hospital street st road rd lane avenue ave close court park "
    "school academy college surgery practice clinic church chapel hall way drive gardens crescent hill "
    "hospice lodge building block square terrace place row estate village farm green bridge"
)
_PLACE_WORDS_BEFORE = _words("st saint")
# A name followed by one of these is being used as a word: "Hope you're well", "Will they ever", "May I".
_WORD_USE_NEXT = _words(
    "you u we they i it he she this that there be have not never get go to the a an all everyone "
    "period note notes so someone"
)
_NAME_VERBS = _words(
    "was is were has had made helped explained looked went took came stayed kept gave did listened sorted "
    "spent treated checked saw examined reassured held told cared supported talked answered calmed went "
    "delivered stitched arranged noticed rang called managed knew showed put ran walked dealt made"
)
_SELF_ID_BEFORE = (("i", "m"), ("i", "am"), ("name", "is"), ("name", "s"), ("this", "is"), ("it", "s"))

# English words that are also given names: a first name alone that is one of these needs more evidence.
COMMON_WORD_NAMES = _words(
    "will hope grace rose faith joy patience may june april august summer autumn winter dawn mark bill "
    "frank jack sue pat rob amber holly ivy iris ruby pearl jade crystal heather violet lily daisy poppy "
    "jasmine hazel olive sky rain storm river brook ray gene cliff dale glen wade miles chase hunter grant "
    "lance drew guy harry sunny sandy rusty penny angel destiny honor honour precious chance art don ben nick "
    "justice sonny melody harmony robin wren rowan ash kit sage eve chip buck duke earl king prince major "
    "faith mercy charity unity verity constance prudence hunter sterling cash rich dusty misty star "
    "bunny candy cherry ginger coral opal willow iris tony max pip rocky bob stew roman norman mo jean "
    "gay carol neil pete wes bo sam al ed cole nell dot april"
)

# Words allowed around names when segmenting an all-lowercase hashtag ("#thankyounursesarah").
_HASHTAG_GLUE = _words(
    "thank thanks thankyou you to our the a best amazing hero heroes nhs team love well done shoutout kind "
    "legend star superstar super great fab brilliant proud of for and at on dr nurse"
)

# Everyday names of departments: mapped to a word that appears in the directory's department names.
DEPARTMENT_ALIASES: dict[str, tuple[str, ...]] = {
    "a e": ("emergency",),
    "a and e": ("emergency",),
    "ae": ("emergency",),
    "casualty": ("emergency",),
    "emergency department": ("emergency",),
    "icu": ("critical care", "intensive care"),
    "itu": ("critical care", "intensive care"),
    "intensive care": ("critical care", "intensive care"),
    "scbu": ("neonatal",),
    "nicu": ("neonatal",),
    "special care baby unit": ("neonatal",),
    "labour ward": ("maternity",),
    "delivery suite": ("maternity",),
    "antenatal": ("maternity",),
    "postnatal": ("maternity",),
    "physio": ("physiotherapy",),
    "x ray": ("radiology",),
    "xray": ("radiology",),
    "children s ward": ("children",),
    "childrens ward": ("children",),
    "paediatrics": ("children", "paediatric"),
    "stroke ward": ("stroke",),
    "pharmacy": ("pharmacy",),
    "cancer": ("oncology",),
    "chemo": ("oncology",),
    "heart": ("cardiology",),
    "theatres": ("surgery", "theatre"),
}
_GENERIC_NAME_WORDS = _words(
    "unit ward department dept team service services centre center clinic hospital hospitals community "
    "nhs foundation trust university general"
)
# Department words too generic to say which department a post is about.
_GENERIC_DEPARTMENT_PARTS = _words(
    "ward unit department team services service care nursing medicine clinic centre the and of"
)

# "neurologist", "paediatrician", "psychiatrist": clinical specialists, as care words and role words.
_SPECIALIST_SUFFIXES = (
    "ologist",
    "iatrician",
    "iatrist",
    "ographer",
    "ologists",
    "iatricians",
    "iatrists",
    "ographers",
)
# Nouns that end a job description after a name: "Ollie the outpatients manager", "Summer the support worker".
_JOB_NOUNS = _words(
    "manager worker assistant practitioner specialist coordinator therapist clerk receptionist lead technician "
    "nurse midwife porter physio doctor consultant surgeon registrar matron sister hca ot"
)
_SPECIALIST = re.compile(r"(?:ologist|iatrician|iatrist|ographer)s? ")
_TOKEN = re.compile(r"[^\W_]+")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# Between a title and a name: line and paragraph breaks (any Unicode kind), "!", "?" and an ellipsis.
_TITLE_BREAK = re.compile(r"[\n\r\v\f\x85\u2028\u2029!?\u2026]")
# Titles people abbreviate with a full stop: "Dr. Patel" is one phrase.
_ABBREVIATED_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sr", "doc"})
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def normalise(text: str) -> str:
    """Casefold, drop accents, keep letters and digits, single spaces: the form all matching uses."""
    return " ".join(_normalise_token(token) for token in _TOKEN.findall(text)).strip()


def _normalise_token(token: str) -> str:
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "".join(char for char in stripped.casefold() if char.isalnum())


@dataclass(frozen=True, slots=True)
class StaffMatch:
    """One span of a post that names a member of staff (or one of several candidates).

    `candidates` are staff_ids, sorted; `staff_id` is set only when there is exactly one. `surface`
    is the text as written (already part of the post). `evidence` lists each feature that moved the
    confidence and by how much (log-odds); `context` lists the department and Trust names it used.
    """

    start: int
    end: int
    surface: str = field(repr=False)
    form: str
    candidates: tuple[str, ...]
    confidence: float
    evidence: tuple[tuple[str, float], ...] = ()
    context: tuple[str, ...] = ()

    @property
    def staff_id(self) -> str | None:
        """The one staff member named, or None when the span fits several."""
        return self.candidates[0] if len(self.candidates) == 1 else None

    @property
    def ambiguous(self) -> bool:
        """True when several staff fit the span and nothing in the post decides between them."""
        return len(self.candidates) > 1

    def to_entries(self, directory: StaffDirectory) -> list[dict[str, Any]]:
        """The CLI/JSON shape: one entry per candidate, each carrying the shared span and evidence."""
        entries = []
        for staff_id in self.candidates:
            member = directory.get(staff_id)
            entries.append(
                {
                    "staff_id": staff_id,
                    "name": member.display_name if member else None,
                    "start": self.start,
                    "end": self.end,
                    "confidence": round(self.confidence, 4),
                    "surface": self.surface,
                    "form": self.form,
                    "ambiguous": self.ambiguous,
                    "candidates": list(self.candidates),
                    "evidence": {name: round(weight, 3) for name, weight in self.evidence},
                    "context": list(self.context),
                }
            )
        return entries


@dataclass(slots=True)
class _Token:
    norm: str
    start: int
    end: int
    hashtag: bool = False


@dataclass(slots=True)
class _Hit:
    first: int  # token index of the name's first token
    last: int  # token index of the name's last token
    key: int  # which automaton key matched (candidate narrowing is cached per key)
    kinds: tuple[tuple[str, tuple[int, ...]], ...]  # (form kind, member indexes) for that key
    members: tuple[int, ...] = ()  # the members of the hit's strongest form
    title_at: int = -1  # token index where a title starts, -1 if none
    title: str | None = None  # the title's address category ("doctor", "nurse", "mr", ...)
    form: str = FORM_FIRST
    rank: int = 0


@dataclass(slots=True)
class _Post:
    text: str
    tokens: list[_Token]
    token_set: frozenset[str]
    departments: dict[int, str]  # department id -> the phrase written
    department_spans: list[tuple[int, int]]
    trust_terms: list[str]
    trust_spans: list[tuple[int, int]]
    cased: bool
    care: int
    public_figure: bool


class StaffMatcher:
    """Finds staff named in text: one automaton over every name form, context-scored matches."""

    def __init__(
        self, directory: StaffDirectory, trust: TrustProfile | None = None, threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
        self.directory = directory
        self.threshold = threshold
        self._members: list[StaffMember] = list(directory)
        self._staff_ids = [member.staff_id for member in self._members]
        self._address = [_address_of(member) for member in self._members]
        self._honorific = [
            member.title.casefold() if member.title and member.title.casefold() in _HONORIFICS else None
            for member in self._members
        ]
        self._department_names: list[str] = []
        department_ids: dict[str, int] = {}
        self._member_department: list[int] = []
        for member in self._members:
            if member.department:
                key = normalise(member.department)
                if key not in department_ids:
                    department_ids[key] = len(self._department_names)
                    self._department_names.append(member.department)
                self._member_department.append(department_ids[key])
            else:
                self._member_department.append(-1)
        self._name_words: set[str] = set()
        self._automaton = self._build_automaton(department_ids, trust)
        self._title_cache: dict[tuple[int, str, str], tuple[tuple[int, ...], tuple[tuple[str, float], ...]]] = {}
        self._narrow_cache: dict[
            tuple[int, str, str | None, frozenset[int], frozenset[str]],
            tuple[tuple[int, ...], tuple[tuple[str, float], ...], tuple[int, ...]],
        ] = {}

    def __repr__(self) -> str:
        return f"StaffMatcher({len(self._members)} staff, threshold={self.threshold})"

    def _name_forms(self) -> dict[str, dict[int, str]]:
        """Every normalised name form -> {member index: strongest form kind}."""
        forms: dict[str, dict[int, str]] = {}

        def add(form: str, index: int, kind: str) -> None:
            if not form:
                return
            per_member = forms.setdefault(form, {})
            current = per_member.get(index)
            if current is None or _FORM_RANK.get(kind, -1) > _FORM_RANK.get(current, -1):
                per_member[index] = kind

        for index, member in enumerate(self._members):
            parts = [normalise(part) for part in member.name_parts]
            parts = [part for part in parts if part]
            if not parts:
                continue
            surname = normalise(member.surname)
            first = parts[0]
            given = [first]
            if member.known_as:
                known = normalise(member.known_as)
                if known and known != first:
                    given.append(known)
            for name in given:
                if len(parts) > 1:
                    add(f"{name} {surname}", index, FORM_FULL)
                    if len(name.replace(" ", "")) > 1:
                        add(f"{name[0]} {surname}", index, FORM_INITIAL_SURNAME)
                if len(name) > 1:
                    add(name, index, FORM_FIRST)
            if len(parts) > 2:
                add(" ".join(parts), index, FORM_FULL)
            if len(parts) > 1:
                add(surname, index, _SURNAME)
            self._name_words.update(" ".join(parts).split())
            self._name_words.update(" ".join(given).split())

        return forms

    def _build_automaton(self, department_ids: dict[str, int], trust: TrustProfile | None) -> Any:
        forms = self._name_forms()
        automaton = ahocorasick.Automaton()
        context: dict[str, list[tuple[str, Any]]] = {}
        for key, department_id in department_ids.items():
            context.setdefault(key, []).append(("department", department_id))
            parts = re.split(r"\s*(?:\s-\s|[(),/;:&]|\s\u2013\s)\s*", self._department_names[department_id])
            for part in {*(normalise(part) for part in parts), *(_trim_generic(normalise(part)) for part in parts)}:
                if part and part not in _GENERIC_DEPARTMENT_PARTS and part != key:
                    context.setdefault(part, []).append(("department", department_id))
        for alias, words in DEPARTMENT_ALIASES.items():
            for key, department_id in department_ids.items():
                if any(word in key for word in words):
                    context.setdefault(alias, []).append(("department", department_id))
        if trust is not None:
            terms = [*trust.names, *(h for handles in trust.official_handles.values() for h in handles)]
            terms += [domain.split(".")[0] for domain in trust.web_domains]
            # "Kingsmere Valley" for the full legal name. The town's name alone is not the Trust.
            terms += [_trim_generic(normalise(name), min_words=2) for name in trust.names]
            for term in terms:
                key = normalise(term.split(".bsky")[0])
                if key:
                    context.setdefault(key, []).append(("trust", term))
                    if " " not in key:
                        continue
                    # "KingsmereNHS" / "#KingsmereValley" written as one word.
                    context.setdefault(key.replace(" ", ""), []).append(("trust", term))
        for key_id, key in enumerate(sorted(set(forms) | set(context))):
            by_kind: dict[str, list[int]] = {}
            for index, kind in forms.get(key, {}).items():
                by_kind.setdefault(kind, []).append(index)
            kinds = tuple(
                sorted(((kind, tuple(sorted(members))) for kind, members in by_kind.items()), key=lambda item: item[0])
            )
            automaton.add_word(f" {key} ", (len(key) + 2, key_id, kinds, tuple(context.get(key, ()))))
        if len(automaton) == 0:
            automaton.add_word(" \x00 ", (3, -1, (), ()))
        automaton.make_automaton()
        return automaton

    def scan(self, text: str) -> list[StaffMatch]:
        """Staff named in `text`, in order of position, at or above the threshold."""
        return [match for match in self.scan_all(text) if match.confidence >= self.threshold]

    def scan_many(self, texts: Iterable[str]) -> list[list[StaffMatch]]:
        """`scan` for each text, in order."""
        return [self.scan(text) for text in texts]

    def scan_all(self, text: str) -> list[StaffMatch]:
        """Every candidate match with its confidence, including those below the threshold (for calibration)."""
        tokens = self._tokenise(text)
        if not tokens:
            return []
        starts: list[int] = []
        position = 1
        for token in tokens:
            starts.append(position)
            position += len(token.norm) + 1
        normalised = " " + " ".join(token.norm for token in tokens) + " "

        hits: list[_Hit] = []
        departments: dict[int, str] = {}
        department_spans: list[tuple[int, int]] = []
        trust_terms: list[str] = []
        trust_spans: list[tuple[int, int]] = []
        for end, (length, key_id, kinds, context) in self._automaton.iter(normalised):
            first = bisect.bisect_left(starts, end - length + 2)
            last = bisect.bisect_right(starts, end - 1) - 1
            if kinds:
                hits.append(_Hit(first, last, key_id, kinds))
            for kind, value in context:
                if kind == "department":
                    departments.setdefault(value, text[tokens[first].start : tokens[last].end])
                    department_spans.append((first, last))
                else:
                    trust_terms.append(value)
                    trust_spans.append((first, last))
        if not hits:
            return []

        token_set = frozenset(token.norm for token in tokens)
        post = _Post(
            text=text,
            tokens=tokens,
            token_set=token_set,
            departments=departments,
            department_spans=department_spans,
            trust_terms=trust_terms,
            trust_spans=trust_spans,
            cased=not text.isupper() and not text.islower(),
            care=len(CARE_WORDS & token_set) + len(_SPECIALIST.findall(normalised)),
            public_figure=not PUBLIC_FIGURE_WORDS.isdisjoint(token_set),
        )
        kept = self._resolve_overlaps(post, hits)
        scored = [self._score(post, hit) for hit in kept]
        matches = [match for match in scored if match is not None]
        return self._link_repeats(post, matches)

    def _tokenise(self, text: str) -> list[_Token]:
        if text.isascii():
            lowered = text.lower()
            tokens = [_Token(lowered[m.start() : m.end()], m.start(), m.end()) for m in _TOKEN.finditer(lowered)]
        else:
            tokens = []
            for m in _TOKEN.finditer(text):
                norm = _normalise_token(m.group())
                if norm:
                    tokens.append(_Token(norm, m.start(), m.end()))
        if "#" in text or "@" in text:
            tokens = self._split_hashtags(text, tokens)
        return tokens

    def _split_hashtags(self, text: str, tokens: list[_Token]) -> list[_Token]:
        out: list[_Token] = []
        for token in tokens:
            if token.start == 0 or text[token.start - 1] not in "#@":
                out.append(token)
                continue
            raw = text[token.start : token.end]
            pieces = [(m.start(), m.end()) for m in _CAMEL.finditer(raw)] if raw.isascii() else []
            if len(pieces) > 1 and pieces[0][0] == 0 and pieces[-1][1] == len(raw):
                out.extend(_Token(raw[a:b].lower(), token.start + a, token.start + b, True) for a, b in pieces)
                continue
            segments = self._segment(token.norm) if raw.isascii() and len(token.norm) >= 5 else None
            if segments and len(segments) > 1:
                out.extend(_Token(token.norm[a:b], token.start + a, token.start + b, True) for a, b in segments)
                continue
            token.hashtag = True
            out.append(token)
        return out

    def _segment(self, word: str) -> list[tuple[int, int]] | None:
        """Split an all-lowercase hashtag into known words, or None if it cannot be covered exactly."""
        vocabulary = self._name_words
        best: list[list[tuple[int, int]] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(1, len(word) + 1):
            for begin in range(max(0, end - 20), end):
                previous = best[begin]
                if previous is None:
                    continue
                piece = word[begin:end]
                if (piece in vocabulary or piece in _HASHTAG_GLUE or piece in TITLE_WORDS) and (
                    best[end] is None or len(previous) + 1 < len(best[end] or ())
                ):
                    best[end] = [*previous, (begin, end)]
        return best[len(word)]

    def _resolve_overlaps(self, post: _Post, hits: list[_Hit]) -> list[_Hit]:
        tokens = post.tokens
        usable: list[_Hit] = []
        for hit in hits:
            title_at, title = _title_before(post.text, tokens, hit.first)
            if title is not None:
                hit.title_at, hit.title = title_at, title
                kinds = [(_WITH_TITLE.get(kind, kind), members) for kind, members in hit.kinds]
            else:
                kinds = [(kind, members) for kind, members in hit.kinds if kind != _SURNAME]
                if not kinds:
                    continue
            hit.form, hit.members = max(kinds, key=lambda item: _FORM_RANK[item[0]])
            hit.rank = _FORM_RANK[hit.form]
            usable.append(hit)
        usable.sort(key=lambda hit: (-hit.rank, -(hit.last - hit.first), hit.first))
        taken: list[tuple[int, int]] = []
        kept: list[_Hit] = []
        for hit in usable:
            start = hit.title_at if hit.title_at >= 0 else hit.first
            if any(start <= b and a <= hit.last for a, b in taken):
                continue
            if any(a <= hit.first and hit.last <= b for a, b in (*post.department_spans, *post.trust_spans)):
                continue
            taken.append((start, hit.last))
            kept.append(hit)
        kept.sort(key=lambda hit: hit.first)
        return kept

    def _by_title(self, hit: _Hit) -> tuple[tuple[int, ...], list[tuple[str, float]]]:
        """The hit's members that the written title fits, and the evidence (cached per key and title)."""
        if hit.title is None:
            return hit.members, []
        cache_key = (hit.key, hit.form, hit.title)
        cached = self._title_cache.get(cache_key)
        if cached is None:
            members = hit.members
            evidence: list[tuple[str, float]] = []
            fits = [self._title_fit(index, hit.title) for index in members]
            fitting = tuple(index for index, fit in zip(members, fits, strict=True) if fit > 0)
            if fitting:
                members = fitting
                # Mr/Mrs/Ms fit half the directory, so they are weaker evidence than Dr or Sister.
                evidence.append(("title_fits", WEIGHTS["title_fits"] * (0.5 if hit.title in _HONORIFICS else 1.0)))
            elif max(fits) < 0:
                name = "honorific_mismatch" if hit.title in _HONORIFICS else "title_conflicts"
                evidence.append((name, WEIGHTS[name]))
            cached = (members, tuple(evidence))
            self._title_cache[cache_key] = cached
        return cached[0], list(cached[1])

    def _candidates(
        self, hit: _Hit, departments: frozenset[int], near_roles: frozenset[str]
    ) -> tuple[tuple[int, ...], tuple[tuple[str, float], ...], tuple[int, ...]]:
        """Narrow a hit's members by title, named departments and nearby role words (cached per key).

        Returns the members, the evidence the narrowing gives, and the departments that matched.
        """
        cache_key = (hit.key, hit.form, hit.title, departments, near_roles)
        cached = self._narrow_cache.get(cache_key)
        if cached is not None:
            return cached
        members, evidence = self._by_title(hit)
        matched_departments: tuple[int, ...] = ()
        if departments:
            in_department = tuple(index for index in members if self._member_department[index] in departments)
            if in_department:
                members = in_department
                evidence.append(("department_named", WEIGHTS["department_named"]))
                matched_departments = tuple(sorted({self._member_department[index] for index in members}))
        if near_roles:
            by_role = tuple(index for index in members if self._address[index] & near_roles)
            if by_role and len(by_role) < len(members):
                members = by_role
            weight = WEIGHTS["role_word_near"] * (1.0 if hit.form == FORM_FIRST else 0.5)
            evidence.append(("role_word_near", weight))
        result = (members, tuple(evidence), matched_departments)
        if len(self._narrow_cache) > 200_000:
            self._narrow_cache.clear()
        self._narrow_cache[cache_key] = result
        return result

    def _score(self, post: _Post, hit: _Hit) -> StaffMatch | None:
        tokens = post.tokens
        form = hit.form
        evidence: list[tuple[str, float]] = [(form, WEIGHTS[form])]
        name_tokens = tokens[hit.first : hit.last + 1]
        untitled = hit.title is None

        original = post.text[name_tokens[0].start : name_tokens[-1].end]
        common = all(token.norm in COMMON_WORD_NAMES for token in name_tokens)
        lowercase = post.cased and original.islower()
        if untitled and common and lowercase and form in (FORM_FIRST, FORM_INITIAL_SURNAME):
            return None  # "i hope", "will be": never a name in text that uses capitals

        near_roles: set[str] = set()
        if untitled:
            for token in (*tokens[max(0, hit.first - 6) : hit.first], *tokens[hit.last + 1 : hit.last + 7]):
                if token.norm in ROLE_WORDS:
                    near_roles.add(_ROLE_WORD_ADDRESS.get(token.norm, token.norm))
        members, narrowing, matched_departments = self._candidates(
            hit, frozenset(post.departments), frozenset(near_roles)
        )
        evidence.extend(narrowing)
        context = [self._department_names[department_id] for department_id in matched_departments]

        if post.trust_terms:
            evidence.append(("trust_named", WEIGHTS["trust_named"]))
            context.extend(dict.fromkeys(post.trust_terms))
        if post.care:
            evidence.append(("care_context", WEIGHTS["care_context"] * min(post.care, 2)))
        if not post.care and not post.trust_terms and not post.departments:
            evidence.append(("no_context", WEIGHTS["no_context"]))

        name_start = hit.title_at if hit.title_at >= 0 else hit.first
        before = [token.norm for token in tokens[max(0, name_start - 3) : name_start]]
        evidence.extend(_surroundings_evidence(post, hit))
        if untitled:
            appositive = any(name == "appositive_role" for name, _weight in evidence)
            evidence.extend(_name_usage_evidence(post, hit, original, common, appositive, before))
        if _is_relationship(before):
            evidence.append(("relationship", WEIGHTS["relationship"]))
        if not _OTHER_PROVIDER_WORDS.isdisjoint(before[-2:]):
            evidence.append(("other_provider", WEIGHTS["other_provider"]))
        if post.public_figure:
            wide = tokens[max(0, hit.first - 10) : hit.last + 11]
            if any(token.norm in PUBLIC_FIGURE_WORDS for token in wide):
                evidence.append(("public_figure_near", WEIGHTS["public_figure_near"]))
            else:
                evidence.append(("public_figure_in_post", WEIGHTS["public_figure_in_post"]))
        if any(token.hashtag for token in name_tokens):
            evidence.append(("hashtag", WEIGHTS["hashtag"]))

        candidates = tuple(sorted(self._staff_ids[index] for index in members))
        if len(candidates) > 1:
            evidence.append(("several_candidates", WEIGHTS["several_candidates"] * math.log2(len(candidates))))
        start_token = tokens[hit.title_at] if hit.title_at >= 0 else name_tokens[0]
        start, end = start_token.start, name_tokens[-1].end
        return StaffMatch(
            start=start,
            end=end,
            surface=post.text[start:end],
            form=form,
            candidates=candidates,
            confidence=_logistic(sum(weight for _name, weight in evidence)),
            evidence=tuple(evidence),
            context=tuple(dict.fromkeys(context)),
        )

    def _title_fit(self, index: int, title: str) -> int:
        """+1 the title fits the person, 0 nothing known, -1 it contradicts what the directory says."""
        if title in _HONORIFICS:
            honorific = self._honorific[index]
            if honorific == title or title in self._address[index]:
                return 1
            if honorific is not None:
                return -1
            return -1 if "doctor" in self._address[index] else 0
        if title in self._address[index]:
            return 1
        return -1 if self._address[index] else 0

    def _link_repeats(self, post: _Post, matches: list[StaffMatch]) -> list[StaffMatch]:
        """Use the post's confident matches to settle its weaker ones.

        A later "Sanjay" after "Dr Sanjay Patel" is the same person (narrow and boost it); a first name
        listed next to a confident match ("Dawn, Patience and Dr Rahman") is staff too.
        """
        matches = list(matches)
        changed = True
        while changed:
            changed = False
            confident = [m for m in matches if m.confidence >= _ANCHOR_CONFIDENCE]
            named = {m.candidates[0] for m in confident if len(m.candidates) == 1}
            for position, match in enumerate(matches):
                if match.confidence >= _ANCHOR_CONFIDENCE and not match.ambiguous:
                    continue
                names = {name for name, _weight in match.evidence}
                same = tuple(staff_id for staff_id in match.candidates if staff_id in named)
                if same and "named_in_full_elsewhere" not in names and match.form != FORM_FULL:
                    evidence = tuple(item for item in match.evidence if item[0] != "several_candidates")
                    evidence += (("named_in_full_elsewhere", WEIGHTS["named_in_full_elsewhere"]),)
                    matches[position] = _rescored(match, same, evidence)
                    changed = True
                elif "listed_with_staff" not in names and any(
                    _listed_together(post.text, match, other) for other in confident if other is not match
                ):
                    evidence = (*match.evidence, ("listed_with_staff", WEIGHTS["listed_with_staff"]))
                    matches[position] = _rescored(match, match.candidates, evidence)
                    changed = True
        return matches


def _rescored(match: StaffMatch, candidates: tuple[str, ...], evidence: tuple[tuple[str, float], ...]) -> StaffMatch:
    return StaffMatch(
        start=match.start,
        end=match.end,
        surface=match.surface,
        form=match.form,
        candidates=candidates,
        confidence=_logistic(sum(weight for _name, weight in evidence)),
        evidence=evidence,
        context=match.context,
    )


def _listed_together(text: str, first: StaffMatch, second: StaffMatch) -> bool:
    """True when only a comma, "and" or "&" separates the two spans."""
    left, right = (first, second) if first.start < second.start else (second, first)
    between = text[left.end : right.start].strip().casefold()
    return between in {",", "and", "&", ", and", "+", "/"}


def _address_of(member: StaffMember) -> frozenset[str]:
    address: set[str] = set(_TITLE_ADDRESS.get(member.title or "", ()))
    if member.role:
        role = member.role.casefold()
        for fragment, words in _ROLE_ADDRESS:
            if fragment in role:
                address |= words
                if fragment in {"sister", "charge nurse", "matron", "nurse"}:
                    break
    return frozenset(address)


def _title_before(text: str, tokens: list[_Token], first: int) -> tuple[int, str | None]:
    """The title written just before token `first` ("Dr", "Staff Nurse"), unless it is "my sister".

    A title ending a line or a sentence belongs to that sentence, not to the name after it: in
    "Wonderful midwife\nGrace, our midwife" the name is "Grace".
    """
    if first == 0:
        return -1, None
    word = tokens[first - 1].norm
    title = TITLE_WORDS.get(word)
    if title is None or _breaks_between(text, tokens[first - 1], tokens[first]):
        return -1, None
    at = first - 1
    if at > 0 and tokens[at - 1].norm in _POSSESSIVES and word in RELATIONSHIP_WORDS:
        return -1, None
    if (
        at > 0
        and tokens[at - 1].norm in _TITLE_PREFIXES
        and title in {"nurse", "sister", "midwife"}
        and not _breaks_between(text, tokens[at - 1], tokens[at])
    ):
        at -= 1
    return at, title


def _breaks_between(text: str, left: _Token, right: _Token) -> bool:
    """True when a line break or a sentence end separates two tokens.

    The full stop of an abbreviated title ("Dr. Patel", "Mrs. Jones") is not a sentence end.
    """
    gap = text[left.end : right.start]
    if _TITLE_BREAK.search(gap):
        return True
    return "." in gap and left.norm not in _ABBREVIATED_TITLES


def _is_relationship(before: Sequence[str]) -> bool:
    """ "my wife Sarah", "our little Grace", "baby Rose" — the name is family, not staff."""
    if not before:
        return False
    last = before[-1]
    if last in RELATIONSHIP_WORDS and (
        last in {"baby", "babies"}
        or len(before) < 2
        or before[-2] in _POSSESSIVES
        or before[-2] in {"old", "new", "best", "little", "big", "eldest", "youngest"}
    ):
        return True
    return last in _POSSESSIVES and last not in {"baby"}


def _trim_generic(phrase: str, min_words: int = 1) -> str:
    """Drop generic trailing words: "ashby moor community hospital" -> "ashby moor"."""
    words = phrase.split()
    while len(words) > min_words and words[-1] in _GENERIC_NAME_WORDS:
        words.pop()
    return " ".join(words)


def _surroundings_evidence(post: _Post, hit: _Hit) -> list[tuple[str, float]]:
    """What follows and surrounds a name: its job, its department, another setting, a relationship."""
    tokens = post.tokens
    evidence: list[tuple[str, float]] = []
    following = [token.norm for token in tokens[hit.last + 1 : hit.last + 5]]
    if hit.title is None and following:
        rest = following[:]
        while rest and rest[0] in _APPOSITIVE_FILLER:
            rest.pop(0)
        skipped = len(following) - len(rest)
        if 0 < skipped <= 2 and any(
            word in _JOB_NOUNS or (word in ROLE_WORDS and word != "staff") or word.endswith(_SPECIALIST_SUFFIXES)
            for word in rest[:3]
        ):
            evidence.append(("appositive_role", WEIGHTS["appositive_role"]))
    if following and following[0] in _LOCATION_LINKS:
        ahead = hit.last + 1
        if any(ahead < a <= ahead + 2 for a, _b in (*post.department_spans, *post.trust_spans)):
            evidence.append(("at_department", WEIGHTS["at_department"]))
    nearby = {token.norm for token in tokens[max(0, hit.first - 5) : hit.last + 6]}
    if not OTHER_SETTING_WORDS.isdisjoint(nearby):
        evidence.append(("other_setting", WEIGHTS["other_setting"]))
    if _relationship_after(following):
        evidence.append(("relationship", WEIGHTS["relationship"]))
    return evidence


def _name_usage_evidence(
    post: _Post, hit: _Hit, original: str, common: bool, appositive: bool, before: Sequence[str]
) -> list[tuple[str, float]]:
    """How an untitled name is used: capitals, word use ("Hope you"), verbs after it, places, self-reference."""
    tokens = post.tokens
    first_alone = hit.form == FORM_FIRST
    after = tokens[hit.last + 1].norm if hit.last + 1 < len(tokens) else ""
    after2 = tokens[hit.last + 2].norm if hit.last + 2 < len(tokens) else ""
    evidence: list[tuple[str, float]] = []
    sentence_start = hit.first == 0 or bool(
        _SENTENCE_BREAK.search(post.text, tokens[hit.first - 1].end, tokens[hit.first].start)
    )
    capitalised = original[:1].isupper()
    if post.cased and not capitalised:
        evidence.append(("lowercase_name", WEIGHTS["lowercase_name"] * (1.0 if first_alone else 0.5)))
    elif post.cased and capitalised and not sentence_start and first_alone:
        evidence.append(("capitalised_mid_sentence", WEIGHTS["capitalised_mid_sentence"] * (2.5 if common else 1.0)))
    if common and hit.form in (FORM_FIRST, FORM_INITIAL_SURNAME, FORM_FULL):
        evidence.append(("common_word_name", WEIGHTS["common_word_name"] * (1.0 if first_alone else 0.5)))
    # "Hope you're well" is a word; "Hope, the HCA" or "Hope and Dr Adeyemi" is a name.
    joined = hit.last + 1 < len(tokens) and post.text[tokens[hit.last].end : tokens[hit.last + 1].start].isspace()
    if first_alone and joined and not appositive and after in _WORD_USE_NEXT:
        evidence.append(("word_use", WEIGHTS["word_use"] * (1.0 if common else 0.4)))
    elif first_alone and (after in _NAME_VERBS or (after in {"s", "and"} and after2 in _NAME_VERBS)):
        evidence.append(("name_then_verb", WEIGHTS["name_then_verb"]))
    if after in PLACE_WORDS_AFTER or (before and before[-1] in _PLACE_WORDS_BEFORE):
        evidence.append(("place_name", WEIGHTS["place_name"]))
    if any(tuple(before[-2:]) == pair for pair in _SELF_ID_BEFORE) or (before and before[-1] in _NAMING_WORDS):
        evidence.append(("self_identification", WEIGHTS["self_identification"]))
    return evidence


def _relationship_after(following: Sequence[str]) -> bool:
    """ "Sarah Jones was my childhood neighbour", "Grace, my best friend": the name is family or a friend."""
    words = list(following)
    if words and words[0] in {"is", "was", "s"}:
        words.pop(0)
    if not words or words[0] not in {"my", "our"}:
        return False
    return any(word in RELATIONSHIP_WORDS for word in words[1:3])


def _logistic(log_odds: float) -> float:
    return 1.0 / (1.0 + math.exp(-log_odds))


def match_records(matches: Iterable[StaffMatch], directory: StaffDirectory) -> list[dict[str, Any]]:
    """The `staff` list of one output line: one entry per candidate of each match."""
    return [entry for match in matches for entry in match.to_entries(directory)]


def matcher_from_settings(settings: Settings) -> tuple[StaffMatcher, StaffDirectory]:
    """The staff matcher the config describes (`[staff]`), with the Trust profile as context."""
    if settings.staff is None:
        raise ConfigError(f'{settings.config_path}: staff: missing [staff] table (directory = "staff.csv")')
    directory = load_staff_directory(settings.resolve(settings.staff.directory), settings.staff.column_map or None)
    return StaffMatcher(directory, settings.trust, settings.staff.threshold), directory
