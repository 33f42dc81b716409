"""Name forms and candidates: where a post may name someone in the directory, and who they could be.

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
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from classifiers.staff.directory import StaffDirectory, StaffMember
from trustwatch.settings import TrustProfile

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
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx"}


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
ROLE_WORD_ADDRESS = {
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
POSSESSIVES = _words("my our his her their your little baby newborn")
NAMING_WORDS = _words("named called calling name christened")
OTHER_PROVIDER_WORDS = _words("gp gps dentist dental vet optician opticians chemist pharmacy practice")
# Settings that place a named person outside the Trust: "Mr Patel from the corner shop", "my old teacher".
OTHER_SETTING_WORDS = _words(
    "shop corner teacher headteacher headmaster headmistress school councillor council vicar priest "
    "solicitor lawyer university lecturer novel novelist author book books landlord neighbour neighbours "
    "dentist vet gp optician boss church pub club"
)
# Filler between a name and an appositive role: "Sarah, the nurse", "Joy our lovely physio".
APPOSITIVE_FILLER = _words("the our a an my lovely amazing brilliant fab wonderful head senior staff student lead")
LOCATION_LINKS = _words("on in at from of")
PLACE_WORDS_AFTER = _words(
    "ward unit wing suite centre center house hospital street st road rd lane avenue ave close court park "
    "school academy college surgery practice clinic church chapel hall way drive gardens crescent hill "
    "hospice lodge building block square terrace place row estate village farm green bridge"
)
PLACE_WORDS_BEFORE = _words("st saint")
# A name followed by one of these is being used as a word: "Hope you're well", "Will they ever", "May I".
WORD_USE_NEXT = _words(
    "you u we they i it he she this that there be have not never get go to the a an all everyone "
    "period note notes so someone"
)
NAME_VERBS = _words(
    "was is were has had made helped explained looked went took came stayed kept gave did listened sorted "
    "spent treated checked saw examined reassured held told cared supported talked answered calmed went "
    "delivered stitched arranged noticed rang called managed knew showed put ran walked dealt made"
)
SELF_ID_BEFORE = (("i", "m"), ("i", "am"), ("name", "is"), ("name", "s"), ("this", "is"), ("it", "s"))

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
SPECIALIST_SUFFIXES = (
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
JOB_NOUNS = _words(
    "manager worker assistant practitioner specialist coordinator therapist clerk receptionist lead technician "
    "nurse midwife porter physio doctor consultant surgeon registrar matron sister hca ot"
)
_SPECIALIST = re.compile(r"(?:ologist|iatrician|iatrist|ographer)s? ")
_TOKEN = re.compile(r"[^\W_]+")
SENTENCE_BREAK = re.compile(r"[.!?\n]")
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


@dataclass(slots=True)
class Token:
    norm: str
    start: int
    end: int
    hashtag: bool = False


@dataclass(slots=True)
class Hit:
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
class Post:
    text: str
    tokens: list[Token]
    token_set: frozenset[str]
    departments: dict[int, str]  # department id -> the phrase written
    department_spans: list[tuple[int, int]]
    trust_terms: list[str]
    trust_spans: list[tuple[int, int]]
    cased: bool
    care: int
    public_figure: bool
    hits: list[Hit] = field(default_factory=list)  # the name hits kept after overlaps are resolved


class NameIndex:
    """Every name form of every member, the Trust's names and the departments, in one automaton.

    `read(text)` tokenises a post once and returns the name hits that do not overlap (strongest form
    first) together with what the post says around them (departments, Trust names, care words).
    """

    def __init__(self, directory: StaffDirectory, trust: TrustProfile | None = None) -> None:
        self.members: list[StaffMember] = list(directory)
        self.staff_ids = [member.staff_id for member in self.members]
        self.address = [address_of(member) for member in self.members]
        self.honorific = [
            member.title.casefold() if member.title and member.title.casefold() in HONORIFICS else None
            for member in self.members
        ]
        self.department_names: list[str] = []
        department_ids: dict[str, int] = {}
        self.member_department: list[int] = []
        for member in self.members:
            if member.department:
                key = normalise(member.department)
                if key not in department_ids:
                    department_ids[key] = len(self.department_names)
                    self.department_names.append(member.department)
                self.member_department.append(department_ids[key])
            else:
                self.member_department.append(-1)
        self._name_words: set[str] = set()
        self._automaton = self._build_automaton(department_ids, trust)

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

        for index, member in enumerate(self.members):
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
            parts = re.split(r"\s*(?:\s-\s|[(),/;:&]|\s\u2013\s)\s*", self.department_names[department_id])
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

    def read(self, text: str) -> Post | None:
        """The post as the scorer reads it, with its non-overlapping name hits; None when it names nobody."""
        tokens = self._tokenise(text)
        if not tokens:
            return None
        starts: list[int] = []
        position = 1
        for token in tokens:
            starts.append(position)
            position += len(token.norm) + 1
        normalised = " " + " ".join(token.norm for token in tokens) + " "

        hits: list[Hit] = []
        departments: dict[int, str] = {}
        department_spans: list[tuple[int, int]] = []
        trust_terms: list[str] = []
        trust_spans: list[tuple[int, int]] = []
        for end, (length, key_id, kinds, context) in self._automaton.iter(normalised):
            first = bisect.bisect_left(starts, end - length + 2)
            last = bisect.bisect_right(starts, end - 1) - 1
            if kinds:
                hits.append(Hit(first, last, key_id, kinds))
            for kind, value in context:
                if kind == "department":
                    departments.setdefault(value, text[tokens[first].start : tokens[last].end])
                    department_spans.append((first, last))
                else:
                    trust_terms.append(value)
                    trust_spans.append((first, last))
        if not hits:
            return None

        token_set = frozenset(token.norm for token in tokens)
        post = Post(
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
        post.hits = self._resolve_overlaps(post, hits)
        return post

    def _tokenise(self, text: str) -> list[Token]:
        if text.isascii():
            lowered = text.lower()
            tokens = [Token(lowered[m.start() : m.end()], m.start(), m.end()) for m in _TOKEN.finditer(lowered)]
        else:
            tokens = []
            for m in _TOKEN.finditer(text):
                norm = _normalise_token(m.group())
                if norm:
                    tokens.append(Token(norm, m.start(), m.end()))
        if "#" in text or "@" in text:
            tokens = self._split_hashtags(text, tokens)
        return tokens

    def _split_hashtags(self, text: str, tokens: list[Token]) -> list[Token]:
        out: list[Token] = []
        for token in tokens:
            if token.start == 0 or text[token.start - 1] not in "#@":
                out.append(token)
                continue
            raw = text[token.start : token.end]
            pieces = [(m.start(), m.end()) for m in _CAMEL.finditer(raw)] if raw.isascii() else []
            if len(pieces) > 1 and pieces[0][0] == 0 and pieces[-1][1] == len(raw):
                out.extend(Token(raw[a:b].lower(), token.start + a, token.start + b, True) for a, b in pieces)
                continue
            segments = self._segment(token.norm) if raw.isascii() and len(token.norm) >= 5 else None
            if segments and len(segments) > 1:
                out.extend(Token(token.norm[a:b], token.start + a, token.start + b, True) for a, b in segments)
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

    def _resolve_overlaps(self, post: Post, hits: list[Hit]) -> list[Hit]:
        tokens = post.tokens
        usable: list[Hit] = []
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
        kept: list[Hit] = []
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


def address_of(member: StaffMember) -> frozenset[str]:
    address: set[str] = set(_TITLE_ADDRESS.get(member.title or "", ()))
    if member.role:
        role = member.role.casefold()
        for fragment, words in _ROLE_ADDRESS:
            if fragment in role:
                address |= words
                if fragment in {"sister", "charge nurse", "matron", "nurse"}:
                    break
    return frozenset(address)


def _title_before(text: str, tokens: list[Token], first: int) -> tuple[int, str | None]:
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
    if at > 0 and tokens[at - 1].norm in POSSESSIVES and word in RELATIONSHIP_WORDS:
        return -1, None
    if (
        at > 0
        and tokens[at - 1].norm in _TITLE_PREFIXES
        and title in {"nurse", "sister", "midwife"}
        and not _breaks_between(text, tokens[at - 1], tokens[at])
    ):
        at -= 1
    return at, title


def _breaks_between(text: str, left: Token, right: Token) -> bool:
    """True when a line break or a sentence end separates two tokens.

    The full stop of an abbreviated title ("Dr. Patel", "Mrs. Jones") is not a sentence end.
    """
    gap = text[left.end : right.start]
    if _TITLE_BREAK.search(gap):
        return True
    return "." in gap and left.norm not in _ABBREVIATED_TITLES


def _trim_generic(phrase: str, min_words: int = 1) -> str:
    """Drop generic trailing words: "ashby moor community hospital" -> "ashby moor"."""
    words = phrase.split()
    while len(words) > min_words and words[-1] in _GENERIC_NAME_WORDS:
        words.pop()
    return " ".join(words)


# Link kinds, strongest first: the name as the directory holds it, a nickname of it, one letter off.
LINK_EXACT = "exact"
LINK_NICKNAME = "nickname"
LINK_FUZZY = "fuzzy"
_LINK_RANK = {LINK_EXACT: 0, LINK_NICKNAME: 1, LINK_FUZZY: 2}
# Names shorter than this are never matched one letter off ("Jo" is not "Jon").
_FUZZY_MIN_LENGTH = 4


def _deletions(word: str) -> set[str]:
    return {word[:at] + word[at + 1 :] for at in range(len(word))}


def _one_edit_apart(left: str, right: str) -> bool:
    """One letter inserted, dropped, changed, or two neighbours swapped (Damerau distance 1)."""
    if left == right or abs(len(left) - len(right)) > 1:
        return False
    if len(left) == len(right):
        differ = [at for at in range(len(left)) if left[at] != right[at]]
        if len(differ) == 1:
            return True
        first, second = differ[0], differ[-1] if len(differ) == 2 else -1
        return second == first + 1 and left[first] == right[second] and left[second] == right[first]
    short, long_ = (left, right) if len(left) < len(right) else (right, left)
    return any(long_[:at] + long_[at + 1 :] == short for at in range(len(long_)))


class _FuzzyKeys:
    """Keys within one edit of a word, through an index of single deletions (SymSpell's trick)."""

    def __init__(self, keys: set[str]) -> None:
        self._by_deletion: dict[str, set[str]] = {}
        for key in keys:
            if len(key) >= _FUZZY_MIN_LENGTH:
                for variant in {key, *_deletions(key)}:
                    self._by_deletion.setdefault(variant, set()).add(key)

    def near(self, word: str) -> set[str]:
        if len(word) < _FUZZY_MIN_LENGTH:
            return set()
        found: set[str] = set()
        for variant in {word, *_deletions(word)}:
            found |= self._by_deletion.get(variant, set())
        return {key for key in found if _one_edit_apart(key, word)}


def nickname_table() -> dict[str, frozenset[str]]:
    """Every given name -> the names it may also be written as (Rebecca: Becky, Becca; Becky: Rebecca).

    From the `nicknames` package's hand-curated English list (names and their nicknames, both ways).
    """
    from nicknames import NickNamer

    namer = NickNamer()
    table: dict[str, set[str]] = {}
    for formal, nicks in namer.nickname_lookup.items():
        for nick in nicks:
            table.setdefault(formal, set()).add(nick)
            table.setdefault(nick, set()).add(formal)
    return {name: frozenset(others) for name, others in table.items()}


@dataclass(frozen=True, slots=True)
class NameLink:
    """The directory rows a written name fits, and how well: exact, through a nickname, or one letter off."""

    members: tuple[int, ...]
    link: str
    form: str


class NameLookup:
    """Directory rows by given name (first, known-as and their nicknames) and by surname, with fuzzy fallbacks."""

    def __init__(self, members: Sequence[StaffMember]) -> None:
        nicknames = nickname_table()
        self._given: dict[str, set[int]] = {}
        self._given_nickname: dict[str, set[int]] = {}
        self._surname: dict[str, set[int]] = {}
        self._first_initial: list[str] = []
        self._surname_initial: list[str] = []
        for index, member in enumerate(members):
            first = normalise(member.first_name)
            given = {first.replace(" ", "")}
            if member.known_as:
                given.add(normalise(member.known_as).replace(" ", ""))
            surname = normalise(member.surname).replace(" ", "")
            # "Smith-Jones" is also written "Smith" or "Jones".
            surnames = {surname, *(normalise(part).replace(" ", "") for part in member.surname.split("-"))}
            for name in given:
                self._given.setdefault(name, set()).add(index)
            # Nicknames of the name on file only: a Josephine known as Jo is never written Joanne.
            for nick in nicknames.get(first.replace(" ", ""), ()):
                self._given_nickname.setdefault(nick, set()).add(index)
            for name in surnames:
                self._surname.setdefault(name, set()).add(index)
            self._first_initial.append(first[:1])
            self._surname_initial.append(surname[:1])
        self._given_fuzzy = _FuzzyKeys(set(self._given))
        self._surname_fuzzy = _FuzzyKeys(set(self._surname))

    def given(self, word: str) -> tuple[set[int], str]:
        """Rows whose first or known-as name is `word` or a nickname of it, else one letter off.

        Rows held under a nickname of the word are kept beside exact ones: a directory that says one
        Rebecca is known as Becky does not say the other Rebeccas never are.
        """
        exact = self._given.get(word, set())
        nick = self._given_nickname.get(word, set())
        if exact or nick:
            return exact | nick, LINK_EXACT if exact else LINK_NICKNAME
        near = self._given_fuzzy.near(word)
        return {index for key in near for index in self._given[key]}, LINK_FUZZY

    def surname(self, word: str) -> tuple[set[int], str]:
        """Rows whose surname (or a part of a double-barrelled one) is `word` or one letter off it.

        Both are kept: "Dr Davis" may be the directory's Daviss, and a report with both is safer than
        one that silently picks the exact spelling.
        """
        exact = self._surname.get(word, set())
        near = {index for key in self._surname_fuzzy.near(word) for index in self._surname[key]}
        return exact | near, LINK_EXACT if exact else LINK_FUZZY

    def link(self, words: Sequence[str], title: str | None) -> NameLink | None:
        """The rows a written name fits (`words` normalised, title removed), or None when none does.

        One word: a surname after Dr, Mr, Mrs, Ms, Miss or Prof ("Dr Quayle"), else a given name
        ("Louise", "Nurse Jo"). Several: given name and surname both fit; an initial stands for either
        ("S Patel", "Gwen X").
        """
        if not words:
            return None
        if title in SURNAME_TITLES and len(words) > 1:
            # "Mrs Ashdown-O'Rourke": the words after a title may all be one surname.
            members, link = self.surname("".join(words))
            if members and link == LINK_EXACT:
                return NameLink(tuple(sorted(members)), link, FORM_TITLE_SURNAME)
        if len(words) == 1:
            word = words[0]
            if len(word) == 1 and title in SURNAME_TITLES:
                # "Dr K": every row whose surname starts with the initial (the title narrows later).
                fitting = {index for index, initial in enumerate(self._surname_initial) if initial == word}
                return NameLink(tuple(sorted(fitting)), LINK_EXACT, FORM_TITLE_INITIAL_SURNAME) if fitting else None
            if title in SURNAME_TITLES:
                members, link = self.surname(word)
                if members:
                    return NameLink(tuple(sorted(members)), link, FORM_TITLE_SURNAME)
            if title in _SURNAME_FIRST_TITLES:
                # "Sister Jones" and "Matron Ada" are both written: either name may follow.
                by_surname, surname_link = self.surname(word)
                by_given, given_link = self.given(word)
                if by_surname or by_given:
                    link = given_link if by_given and not by_surname else surname_link
                    return NameLink(tuple(sorted(by_surname | by_given)), link, FORM_TITLE_SURNAME)
            if len(word) == 1:
                return None
            members, link = self.given(word)
            if members:
                return NameLink(tuple(sorted(members)), link, FORM_ROLE_FIRST if title else FORM_FIRST)
            if title is not None:
                # "Nurse Okafor": a nursing title is written before a first name or a surname.
                members, link = self.surname(word)
                if members:
                    return NameLink(tuple(sorted(members)), link, FORM_TITLE_SURNAME)
            return None
        first, last = words[0], words[-1]
        if len(first) == 1:
            members, link = self.surname(last)
            fitting = {index for index in members if self._first_initial[index] == first}
            form = FORM_TITLE_INITIAL_SURNAME if title else FORM_INITIAL_SURNAME
            return NameLink(tuple(sorted(fitting)), link, form) if fitting else None
        given, given_link = self.given(first)
        if len(last) == 1:
            fitting = {index for index in given if self._surname_initial[index] == last}
            return NameLink(tuple(sorted(fitting)), given_link, FORM_FULL) if fitting else None
        surname, surname_link = self.surname("".join(words[1:]))
        if not surname and len(words) > 2:
            surname, surname_link = self.surname(last)
        both = given & surname
        if both:
            link = max(given_link, surname_link, key=_LINK_RANK.__getitem__)
            return NameLink(tuple(sorted(both)), link, FORM_TITLE_FULL if title else FORM_FULL)
        return None


SURNAME_TITLES = frozenset({"doctor", "professor", "mr", "mrs", "ms", "miss", "mx"})
# Titles written before a surname more often than a first name ("Sister Jones", "Matron Ellis").
_SURNAME_FIRST_TITLES = frozenset({"sister", "matron"})
