"""Linking: the person spans the mention head found, turned into staff findings the comms team can act on.

For each span the head reads as staff (`PersonSpan.staff` at or above the head's threshold):

1. Places are not people: a span inside a place the Trust configured (`[staff] places`: wards, units
   and houses named after people), inside the Trust's own names, or followed by a place word
   ("Florence Ward", "Bevan House", "St Luke's") is dropped.
2. The written name is looked up in the directory (`names.NameLookup`): the name as held, a nickname
   of it (Becky for Rebecca, Jo for Joanne, Mike for Michael), or one letter off (a doubled or
   dropped letter), after removing a title and a possessive ("Dr Khan's" is "Dr Khan").
3. Candidates are narrowed only on strong evidence in the same sentence: the title written (Dr,
   Nurse, Sister), a role word (CPN, HCA, OT, SALT, physio, "Jo, district nurse") or the name of a
   team in the directory ("Louise from the crisis team"). Each narrowing is kept only if someone is
   left, and is recorded.
4. What is reported: one `StaffMention` per span with every remaining candidate. A name that fits
   many rows still raises the finding ("a member of staff called Louise (14 in the directory; 2 in
   the crisis team)"); a span that fits nobody is reported as naming a member of staff not found in
   the directory, when the head is sure enough (`unlinked_threshold`).

Nothing here logs; a mention holds offsets, staff_ids and the evidence, and names are read from
the directory only when a person reads the output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from classifiers.staff.directory import StaffDirectory, StaffMember, load_staff_directory
from classifiers.staff.mentions import MentionFinder, PersonSpan, load_mention_finder, load_mention_head
from classifiers.staff.names import (
    DEPARTMENT_ALIASES,
    LINK_FUZZY,
    PLACE_WORDS_AFTER,
    SURNAME_TITLES,
    TITLE_WORDS,
    NameLookup,
    normalise,
)
from trustwatch.errors import ConfigError
from trustwatch.settings import Settings, TrustProfile

# A span the head is this sure of is reported even when no directory row fits it.
DEFAULT_UNLINKED_THRESHOLD = 0.8
# A name written with a clinical title or a role beside it ("Sister Jones", "Hope, the healthcare
# assistant") is reported from this staff probability, below the head's threshold: the title or role is
# strong evidence the head, trained mostly on first names alone, weighs less.
TITLED_THRESHOLD = 0.5
_CLINICAL_TITLES = frozenset({"doctor", "professor", "nurse", "sister", "matron", "midwife"})

# Words written before a name that are titles (kept in the span) or role prefixes ("Staff Nurse").
_TITLE_PREFIXES = frozenset({"staff", "charge", "ward", "student", "senior", "junior", "head", "district"})
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W_]+")
_NAME_WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
# Where the words around a name stop belonging to it: brackets, semicolons, line breaks, "and", "&".
_CONTEXT_BREAK = re.compile(r"[()\[\];\n&]|\band\b|[.!?](?:\s|$)", re.IGNORECASE)
# Words that may sit between a name and its role: "Sarah the activity coordinator", "Jo, our CPN".
_ROLE_FILLER = frozenset(
    {"the", "our", "my", "a", "an", "is", "was", "who", "s", "lovely", "amazing", "brilliant", "fantastic"}
    | {"wonderful", "great", "kind", "excellent", "fab"}
)
_FOLLOWING_NAME = re.compile(r"[ \t]+([A-Z][^\W\d_]+(?:['\u2019\-][A-Z][^\W\d_]+)?)\b")
_TEAM_WORDS = ("team", "service", "clinic", "unit", "ward", "department", "dept", "centre", "center", "group")

# Role words and phrases people write -> fragments of directory job titles they fit.
ROLE_EVIDENCE: dict[str, tuple[str, ...]] = {
    "cpn": ("community psychiatric nurse", "community mental health nurse", "cpn"),
    "community psychiatric nurse": ("community psychiatric nurse", "cpn"),
    "nurse": ("nurse", "sister", "matron"),
    "nurses": ("nurse",),
    "district nurse": ("district nurse",),
    "mental health nurse": ("mental health nurse", "psychiatric nurse", "rmn"),
    "sister": ("sister", "ward manager", "charge nurse"),
    "matron": ("matron",),
    "doctor": ("doctor", "consultant", "registrar", "psychiatr", "physician", "surgeon", "gp", "medical"),
    "consultant": ("consultant",),
    "registrar": ("registrar",),
    "surgeon": ("surgeon",),
    "psychiatrist": ("psychiatr",),
    "psychologist": ("psycholog",),
    "therapist": ("therapist", "counsellor", "therapy"),
    "counsellor": ("counsellor", "therapist"),
    "councillor": ("counsellor", "therapist"),
    "counselor": ("counsellor", "therapist"),
    "councilor": ("counsellor", "therapist"),
    "cbt": ("cbt", "therapist"),
    "physio": ("physio",),
    "physiotherapist": ("physio",),
    "ot": ("occupational therap",),
    "occupational therapist": ("occupational therap",),
    "salt": ("speech and language",),
    "speech and language therapist": ("speech and language",),
    "hca": ("healthcare assistant", "health care assistant", "hca"),
    "healthcare assistant": ("healthcare assistant", "health care assistant"),
    "anp": ("advanced nurse practitioner", "advanced practitioner", "anp"),
    "midwife": ("midwife",),
    "health visitor": ("health visitor",),
    "receptionist": ("receptionist",),
    "secretary": ("secretary",),
    "manager": ("manager", "lead"),
    "social worker": ("social worker", "amhp"),
    "support worker": ("support worker", "recovery worker", "peer support"),
    "care coordinator": ("care coordinator",),
    "paramedic": ("paramedic",),
    "pharmacist": ("pharmacist",),
    "porter": ("porter",),
    "podiatrist": ("podiatr",),
    "dietitian": ("dietitian", "dietician"),
    "dietician": ("dietitian", "dietician"),
    "radiographer": ("radiographer",),
    "sonographer": ("sonographer",),
    "phlebotomist": ("phlebotom",),
    "student": ("student",),
}
_ROLE_ALTERNATIVES = "|".join(sorted((re.escape(role) for role in ROLE_EVIDENCE), key=len, reverse=True))
_NAME = r"[A-Z][^\W\d_]*(?:['\u2019\-][A-Z][^\W\d_]+)?"
_TITLED_NAME = re.compile(rf"\b(?:Dr|Doctor|Sister|Nurse|Matron|Prof|Professor|Midwife)\.?[ \t]+(?P<name>{_NAME})")
_NAME_THEN_ROLE = re.compile(rf"(?P<name>\b{_NAME}),?[ \t]+(?:(?i:the|our|my)[ \t]+)?(?i:{_ROLE_ALTERNATIVES})\b")
_ANY_ROLE = re.compile(rf"\b(?i:{_ROLE_ALTERNATIVES})\b")
_LONGEST_ROLE = max(len(role.split()) for role in ROLE_EVIDENCE)
_ROLE_THEN_NAME = re.compile(rf"\b(?i:{_ROLE_ALTERNATIVES})[ \t]+(?P<name>{_NAME})\b")
# What a title says about the person: fragments of job titles it fits, and the titles on file it fits.
_TITLE_ROLES: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "doctor": (ROLE_EVIDENCE["doctor"], frozenset({"Dr", "Prof"})),
    "professor": (ROLE_EVIDENCE["doctor"], frozenset({"Prof", "Dr"})),
    "nurse": (("nurse", "sister", "matron"), frozenset({"Nurse", "Sister", "Matron"})),
    "sister": (("sister", "ward manager", "charge nurse", "nurse"), frozenset({"Sister"})),
    "matron": (("matron",), frozenset({"Matron"})),
    "midwife": (("midwife",), frozenset({"Midwife"})),
    "physio": (("physio",), frozenset()),
}
# Words too generic to say which team a sentence is about.
_GENERIC_TEAM_WORDS = frozenset(
    {"team", "teams", "service", "services", "unit", "ward", "wards", "department", "dept", "clinic", "centre"}
    | {"center", "community", "health", "mental", "care", "nhs", "trust", "the", "and", "of", "for", "adult"}
    | {"adults", "older", "people", "home", "treatment", "early", "hospital", "hospitals", "acute", "inpatient"}
    | {"inpatients", "outpatient", "outpatients", "north", "south", "east", "west", "central", "specialist"}
    | {"support"}
)


@dataclass(frozen=True, slots=True)
class StaffMention:
    """One span that names a member of staff, with every directory row it may be.

    `candidates` are staff_ids in directory order; empty when the name fits nobody in the directory (the post
    still names a member of staff). `name_count` is how many rows the name fits before narrowing;
    `narrowed_by` lists the same-sentence evidence that narrowed them, as (kind, words written).
    `confidence` is the head's probability that the span names a member of staff.
    """

    start: int
    end: int
    surface: str = field(repr=False)
    form: str
    candidates: tuple[str, ...]
    confidence: float
    link: str | None
    name_count: int
    narrowed_by: tuple[tuple[str, str], ...] = ()

    @property
    def staff_id(self) -> str | None:
        """The one staff member named, or None when the span fits several or nobody."""
        return self.candidates[0] if len(self.candidates) == 1 else None

    @property
    def ambiguous(self) -> bool:
        """True when several staff fit the span and nothing in its sentence decides between them."""
        return len(self.candidates) > 1

    @property
    def unlinked(self) -> bool:
        """True when the span names staff but no directory row fits it."""
        return not self.candidates

    @property
    def evidence(self) -> tuple[tuple[str, float], ...]:
        """What the report rests on, as (name, weight) pairs for the alert's record."""
        items: list[tuple[str, float]] = [("staff_probability", round(self.confidence, 3))]
        if self.link:
            items.append((f"name_{self.link}", float(self.name_count)))
        items.extend((f"narrowed_by_{kind}", 1.0) for kind, _words in self.narrowed_by)
        return tuple(items)

    def describe(self, directory: StaffDirectory) -> str:
        """How an email says who was named, without guessing between colleagues."""
        return describe_match(self.to_evidence(), self.surface, directory)

    def why(self) -> str:
        """One line on how the report was reached, for the scan-staff output."""
        reasons = [f"the mention model reads it as staff ({self.confidence:.2f})"]
        if self.unlinked:
            reasons.append("no directory row fits the name")
        else:
            how = {"exact": "as written", "nickname": "as a nickname", "fuzzy": "one letter off"}.get(
                self.link or "", self.link or ""
            )
            reasons.append(f"the name fits {self.name_count} directory row{'s' * (self.name_count != 1)} {how}")
        reasons.extend(f"narrowed by the {kind} '{words}' in the same sentence" for kind, words in self.narrowed_by)
        return "; ".join(reasons)

    def to_evidence(self) -> dict[str, Any]:
        """The finding's record of this mention: offsets, staff_ids and evidence, never a name."""
        return {
            "candidates": list(self.candidates),
            "start": self.start,
            "end": self.end,
            "form": self.form,
            "confidence": round(self.confidence, 3),
            "ambiguous": self.ambiguous,
            "unlinked": self.unlinked,
            "link": self.link,
            "name_count": self.name_count,
            "narrowed_by": [[kind, words] for kind, words in self.narrowed_by],
        }

    def to_record(self, directory: StaffDirectory) -> dict[str, Any]:
        """The JSON shape of scan-staff and of a finding's evidence: candidates, confidence and why."""
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "form": self.form,
            "confidence": round(self.confidence, 4),
            "ambiguous": self.ambiguous,
            "unlinked": self.unlinked,
            "link": self.link,
            "name_count": self.name_count,
            "narrowed_by": [{"kind": kind, "words": words} for kind, words in self.narrowed_by],
            "candidates": [
                {
                    "staff_id": staff_id,
                    "name": member.display_name if member else None,
                    "role": member.role if member else None,
                    "department": member.department if member else None,
                    "line_manager_email": member.line_manager_email if member else None,
                }
                for staff_id in self.candidates
                for member in [directory.get(staff_id)]
            ],
            "summary": self.describe(directory),
            "why": self.why(),
        }


def describe_match(match: Mapping[str, Any], surface: str | None, directory: StaffDirectory | None) -> str:
    """The words an email uses for one mention (`StaffMention.to_evidence` form; `surface` as written).

    One candidate: "names Sanjay Patel"; several: "names a member of staff called Louise (14 in the
    directory; 2 in the crisis team)"; none: "names a member of staff not found in the directory".
    """
    candidates = [str(staff_id) for staff_id in match.get("candidates") or []]
    if not candidates:
        return "names a member of staff not found in the directory"
    if len(candidates) == 1:
        member = directory.get(candidates[0]) if directory else None
        return f"names {member.display_name if member else f'staff id {candidates[0]}'}"
    called = f" called {_written_name(surface)}" if surface else ""
    name_count = int(match.get("name_count") or len(candidates))
    parts = [f"{name_count} in the directory"]
    narrowed = [(str(kind), str(words)) for kind, words in match.get("narrowed_by") or []]
    if narrowed:
        kind, words = narrowed[-1]
        where = {"team": f"in {words}", "role": f"with the role {words}", "title": f"titled {words}"}[kind]
        parts.append(f"{len(candidates)} {where}")
    return f"names a member of staff{called} ({'; '.join(parts)})"


def _written_name(surface: str) -> str:
    words = surface.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    return _POSSESSIVE.sub("", " ".join(words))


def _padded(text: str) -> str:
    return f" {normalise(text)} "


class StaffLinker:
    """Links person spans to directory rows: places dropped, names looked up, candidates narrowed."""

    def __init__(
        self,
        directory: StaffDirectory,
        trust: TrustProfile | None = None,
        places: Iterable[str] = (),
        *,
        threshold: float = 0.5,
        unlinked_threshold: float = DEFAULT_UNLINKED_THRESHOLD,
    ) -> None:
        self.directory = directory
        self.threshold = threshold
        self.unlinked_threshold = max(threshold, unlinked_threshold)
        self._members: list[StaffMember] = list(directory)
        self._lookup = NameLookup(self._members)
        self._staff_ids = [member.staff_id for member in self._members]
        self._roles = [normalise(member.role or "") for member in self._members]
        self._titles = [member.title for member in self._members]
        departments = [member.department or "" for member in self._members]
        self._by_department: dict[str, set[int]] = {}
        for index, department in enumerate(departments):
            self._by_department.setdefault(normalise(department), set()).add(index)
        # Team phrase -> the department it names (the longest phrases were listed first, so they win).
        self._team_phrase: dict[str, str] = {}
        for department, phrase in _team_phrases(dict.fromkeys(departments)):
            self._team_phrase.setdefault(phrase.strip(), department)
        self._longest_phrase = max((len(phrase.split()) for phrase in self._team_phrase), default=0)
        # Rows each title or role word fits, worked out once per word.
        self._fitting_cache: dict[tuple[str, str], frozenset[int]] = {}
        place_names = [*places]
        if trust is not None:
            place_names += [trust.name, *trust.alias_forms]
        self._places = sorted({f" {normalise(place)} " for place in place_names if normalise(place)}, key=len)

    def link(self, text: str, spans: Sequence[PersonSpan]) -> list[StaffMention]:
        """Staff mentions for the head's spans of `text` (the matching stage: no network pass here)."""
        mentions: list[StaffMention] = []
        padded_text: str | None = None
        for span in _with_written_roles(text, _titles_joined(text, spans)):
            if span.staff < self.threshold and not (
                span.staff >= TITLED_THRESHOLD
                and (_clinical_title(text, span) is not None or _roles_beside(text, span.start, span.end))
            ):
                continue
            if padded_text is None:
                padded_text = _padded(text)
            mention = self._link_span(text, padded_text, span)
            if mention is not None:
                mentions.append(mention)
        return mentions

    def _link_span(self, text: str, padded_text: str, span: PersonSpan) -> StaffMention | None:
        surface = text[span.start : span.end]
        words = [word.casefold() for word in _NAME_WORD.findall(_POSSESSIVE.sub("", surface))]
        if not words or self._is_place(text, padded_text, span):
            return None
        title = None
        while len(words) > 1 and (words[0] in TITLE_WORDS or words[0] in _TITLE_PREFIXES):
            title = TITLE_WORDS.get(words[0], title)
            words.pop(0)
        if title is None:
            title_start, title = _title_before(text, span.start)
            if title is not None:
                # The title belongs to the mention ("Sister Whitcombe"), so redaction removes it too.
                span = PersonSpan(title_start, span.end, span.person, span.staff)
                surface = text[span.start : span.end]
        following = _FOLLOWING_NAME.match(text, span.end)
        if following and len(words) == 1 and title not in SURNAME_TITLES:
            # "Kwame Asante" where the head marked only "Kwame": the full name, if someone has it.
            both = self._lookup.link([normalise(words[0]), normalise(following.group(1))], title)
            if both is not None and both.link != LINK_FUZZY:
                words.append(following.group(1).casefold())
                span = PersonSpan(span.start, following.end(1), span.person, span.staff)
                surface = text[span.start : span.end]
        normalised = [normalise(word).replace(" ", "") for word in words]
        if len(normalised) == 1 and len(normalised[0]) == 1:
            return None  # an initial alone ("M was seen") cannot be linked and is rarely staff
        found = self._lookup.link(normalised, title)
        if found is None:
            # A full name without a title that nobody in the directory has is far more often the patient, a
            # relative or someone in the news than a colleague missing from the directory.
            if span.staff < self.unlinked_threshold or (title is None and len(normalised) > 1):
                return None
            form = "title_surname" if title and len(normalised) == 1 else "full" if len(normalised) > 1 else "first"
            return StaffMention(span.start, span.end, surface, form, (), span.staff, None, 0)
        members = found.members
        narrowed: list[tuple[str, str]] = []
        sentence = _sentence_around(text, span.start, span.end)
        if title in _TITLE_ROLES:
            fitting = tuple(i for i in members if i in self._fitting("title", title))
            if fitting and len(fitting) < len(members):
                members = fitting
                narrowed.append(("title", title))
        for role_words, _fragments in _roles_beside(text, span.start, span.end):
            fitting = tuple(i for i in members if i in self._fitting("role", role_words))
            if fitting and len(fitting) < len(members):
                members = fitting
                narrowed.append(("role", role_words))
        if len(members) > 1:
            for department in self._teams_named(sentence):
                fitting = tuple(i for i in members if i in self._by_department[department])
                if fitting and len(fitting) < len(members):
                    members = fitting
                    narrowed.append(("team", self._members[fitting[0]].department or department))
                    break
        staff_ids = tuple(self._staff_ids[i] for i in members)
        return StaffMention(
            span.start,
            span.end,
            surface,
            found.form,
            staff_ids,
            span.staff,
            found.link,
            len(found.members),
            tuple(narrowed),
        )

    def _fitting(self, kind: str, word: str) -> frozenset[int]:
        """The rows a title ("doctor") or a role word ("cpn") fits, from their titles and job titles."""
        key = (kind, word)
        cached = self._fitting_cache.get(key)
        if cached is None:
            if kind == "title":
                fragments, titles = _TITLE_ROLES[word]
            else:
                fragments, titles = ROLE_EVIDENCE[word], frozenset()
            cached = frozenset(
                index
                for index, role in enumerate(self._roles)
                if self._titles[index] in titles or any(fragment in role for fragment in fragments)
            )
            self._fitting_cache[key] = cached
        return cached

    def _teams_named(self, sentence: str) -> list[str]:
        """Departments the sentence names, longest phrase first."""
        words = normalise(sentence).split()
        named: list[str] = []
        for size in range(min(self._longest_phrase, len(words)), 0, -1):
            for first in range(len(words) - size + 1):
                department = self._team_phrase.get(" ".join(words[first : first + size]))
                if department is not None and department not in named:
                    named.append(department)
        return named

    def _is_place(self, text: str, padded_text: str, span: PersonSpan) -> bool:
        after = _WORD.findall(text[span.end : span.end + 24])
        if after and after[0].casefold() in PLACE_WORDS_AFTER:
            return True
        before = _WORD.findall(text[max(0, span.start - 8) : span.start])
        if before and before[-1].casefold() in {"st", "saint"}:
            return True
        if not self._places:
            return False
        name = _padded(text[span.start : span.end])
        return any(name in place and place in padded_text for place in self._places if len(place) >= len(name))


def _with_written_roles(text: str, spans: list[PersonSpan]) -> list[PersonSpan]:
    """The head's spans, plus capitalised names written with a clinical title or a role beside them.

    "Sister Whitcombe", "Hope, the healthcare assistant", "CPN Gwen": the title or role says staff
    even where the head, trained mostly on first names alone, is unsure. Such a span is reported only
    if the directory has the name (its staff probability stays below the unlinked threshold).
    """
    added: list[PersonSpan] = []
    patterns = (_TITLED_NAME, _NAME_THEN_ROLE, _ROLE_THEN_NAME) if _ANY_ROLE.search(text) else (_TITLED_NAME,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if any(span.start < end and start < span.end for span in (*spans, *added)):
                continue
            if match.group("name").casefold() in TITLE_WORDS:
                continue
            added.append(PersonSpan(start, end, TITLED_THRESHOLD, TITLED_THRESHOLD))
    return sorted((*spans, *added), key=lambda span: span.start) if added else spans


def _titles_joined(text: str, spans: Sequence[PersonSpan]) -> list[PersonSpan]:
    """A span that is only a title ("Dr") joined to the name right after it; a title alone dropped."""
    joined: list[PersonSpan] = []
    pending: PersonSpan | None = None
    for written in spans:
        span = written
        if pending is not None:
            if re.fullmatch(r"[\s.]{1,3}", text[pending.end : written.start]):
                span = PersonSpan(
                    pending.start, written.end, max(pending.person, written.person), max(pending.staff, written.staff)
                )
            pending = None
        words = _WORD.findall(text[span.start : span.end])
        if words and all(word.casefold() in TITLE_WORDS for word in words):
            pending = span
            continue
        joined.append(span)
    return joined


def _title_before(text: str, start: int) -> tuple[int, str | None]:
    """A title written just before the span ("Dr. Patel", "Charge Nurse Asante"), and where it starts."""
    window = max(0, start - 24)
    match = re.search(r"(?:([^\W_]+)[ \t]+)?([^\W_]+)\.?[ \t]+$", text[window:start])
    if match is None:
        return start, None
    title = TITLE_WORDS.get(match.group(2).casefold())
    if title is None:
        return start, None
    if match.group(1) and match.group(1).casefold() in _TITLE_PREFIXES:
        return window + match.start(1), title
    return window + match.start(2), title


def _clinical_title(text: str, span: PersonSpan) -> str | None:
    """The clinical title written in or just before the span, if any."""
    words = _WORD.findall(text[span.start : span.end])
    titles = [TITLE_WORDS[word.casefold()] for word in words[:2] if word.casefold() in TITLE_WORDS]
    if not titles:
        titles = [title for title in (_title_before(text, span.start)[1],) if title]
    return next((title for title in titles if title in _CLINICAL_TITLES), None)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding the span (split at ., !, ? followed by space, and at line breaks)."""
    left = max((m.end() for m in _SENTENCE_SPLIT.finditer(text, 0, start)), default=0)
    match = _SENTENCE_SPLIT.search(text, end)
    return text[left : match.start() if match else len(text)]


def _roles_beside(text: str, start: int, end: int) -> list[tuple[str, tuple[str, ...]]]:
    """Role words written right beside the name: "CPN Gwen", "my OT Louise", "Jo, district nurse",
    "Sarah the activity coordinator", "Ada (receptionist)".

    Only the few words up to a bracket, a semicolon, "and" or a sentence end count, so in "Ada
    (receptionist) Bea (cafe) Cai (podiatrist)" each role stays with its own name.
    """
    left = text[max(0, start - 40) : start]
    breaks = list(_CONTEXT_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    left_words = normalise(left.split(",")[-1]).split()[-3:]
    right = text[end : end + 50]
    if right.lstrip().startswith("("):
        right = right.lstrip()[1:]
    cut = _CONTEXT_BREAK.search(right)
    right_words = normalise(right[: cut.start()] if cut else right).split()
    while right_words and right_words[0] in _ROLE_FILLER:
        right_words.pop(0)
    right_words = right_words[:3]
    found: list[tuple[str, tuple[str, ...]]] = []
    for size in range(_LONGEST_ROLE, 0, -1):
        for phrase in (" ".join(left_words[-size:]), " ".join(right_words[:size])):
            if phrase in ROLE_EVIDENCE and not any(phrase in longer for longer, _f in found):
                found.append((phrase, ROLE_EVIDENCE[phrase]))
    return found


def _team_phrases(departments: Iterable[str]) -> list[tuple[str, str]]:
    """(normalised department, padded phrase naming it) pairs, longest phrases first.

    A department is named by its full name, by a part of it ("Ward 1" of "Adult Acute Inpatients -
    Ward 1"), by its distinctive words ("home treatment" of the Crisis Resolution and Home Treatment
    Team), or by one distinctive word followed by a word such as team or clinic ("crisis team",
    "memory clinic"). A single everyday word alone ("visiting") or a role word ("physio") names none.
    """
    pairs: set[tuple[str, str]] = set()
    for department in departments:
        key = normalise(department)
        if not key:
            continue
        phrases = set()
        for part in {department, *re.split(r"\s*(?:\s-\s|[(),/;:&])\s*", department)}:
            words = normalise(part).split()
            distinctive = [word for word in words if word not in _GENERIC_TEAM_WORDS]
            if not distinctive:
                continue
            if len(words) > 1 or any(char.isdigit() for char in words[0]):
                phrases.add(" ".join(words))
            if len(distinctive) > 1:
                phrases.add(" ".join(distinctive))
            for word in distinctive:
                if len(word) >= 4:
                    phrases.update(f"{word} {team}" for team in _TEAM_WORDS)
        # Everyday names of departments: "A&E" for the Emergency Department, "ICU" for Critical Care.
        phrases.update(alias for alias, words in DEPARTMENT_ALIASES.items() if any(word in key for word in words))
        for phrase in phrases:
            if phrase not in ROLE_EVIDENCE:
                pairs.add((key, f" {phrase} "))
    return sorted(pairs, key=lambda pair: (-len(pair[1]), pair))


class StaffDetector:
    """Staff named in texts: person spans from the mention head, linked to the directory."""

    def __init__(
        self,
        linker: StaffLinker,
        finder: MentionFinder | None = None,
        *,
        load_finder: Callable[[], MentionFinder] | None = None,
    ) -> None:
        if (finder is None) == (load_finder is None):
            raise ValueError("StaffDetector needs a finder or a loader for one, not both")
        self.linker = linker
        # A loader defers the finder's own encoder until a post arrives without spans from the classifier's
        # pass: in a run with the shared pass that is rare, and the encoder costs seconds and memory.
        self._finder = finder
        self._load_finder = load_finder
        self.directory = linker.directory

    @cached_property
    def finder(self) -> MentionFinder:
        """The mention finder with its own encoder pass, loaded on first use."""
        if self._finder is not None:
            return self._finder
        assert self._load_finder is not None
        return self._load_finder()

    def __repr__(self) -> str:
        return f"StaffDetector({len(self.directory)} staff, threshold={self.linker.threshold})"

    def scan_many(
        self, texts: Sequence[str], known: Sequence[list[PersonSpan] | None] | None = None
    ) -> list[list[StaffMention]]:
        """The staff mentions of each text, in order.

        `known` holds, per text, the person spans the classifier's pass already found (None where it
        found none for that exact text); only the others go through the mention finder's own pass.
        """
        spans: list[list[PersonSpan] | None] = list(known) if known is not None else [None] * len(texts)
        if len(spans) != len(texts):
            raise ValueError(f"scan_many: {len(texts)} texts but {len(spans)} entries of known spans")
        missing = [index for index, found in enumerate(spans) if found is None]
        if missing:
            for index, found in zip(missing, self.finder.find([texts[index] for index in missing]), strict=True):
                spans[index] = found
        return [self.linker.link(text, found or []) for text, found in zip(texts, spans, strict=True)]

    def scan(self, text: str) -> list[StaffMention]:
        """The staff mentions of one text."""
        return self.scan_many([text])[0]


def detector_from_settings(settings: Settings) -> tuple[StaffDetector, StaffDirectory]:
    """The staff detector the config describes (`[staff]`), on the builtin encoder and committed head."""
    if settings.staff is None:
        raise ConfigError(f'{settings.config_path}: staff: missing [staff] table (directory = "staff.csv")')
    staff = settings.staff
    directory = load_staff_directory(settings.resolve(staff.directory), staff.column_map or None)
    head = load_mention_head()

    def finder() -> MentionFinder:
        return load_mention_finder(
            batch_size=settings.classifier.batch_size,
            max_length=settings.classifier.max_length,
            precision=settings.classifier.precision,
        )

    threshold = staff.threshold if staff.threshold is not None else head.threshold
    linker = StaffLinker(
        directory,
        settings.trust,
        staff.places,
        threshold=threshold,
        unlinked_threshold=staff.unlinked_threshold,
    )
    return StaffDetector(linker, load_finder=finder), directory
