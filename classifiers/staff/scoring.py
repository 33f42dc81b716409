"""Scoring and linking: how sure a name hit is to be a member of staff, and which one.

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

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from classifiers.staff.directory import StaffDirectory, load_staff_directory
from classifiers.staff.names import (
    APPOSITIVE_FILLER,
    COMMON_WORD_NAMES,
    FORM_FIRST,
    FORM_FULL,
    FORM_INITIAL_SURNAME,
    FORM_ROLE_FIRST,
    FORM_TITLE_FULL,
    FORM_TITLE_INITIAL_SURNAME,
    FORM_TITLE_SURNAME,
    HONORIFICS,
    JOB_NOUNS,
    LOCATION_LINKS,
    NAME_VERBS,
    NAMING_WORDS,
    OTHER_PROVIDER_WORDS,
    OTHER_SETTING_WORDS,
    PLACE_WORDS_AFTER,
    PLACE_WORDS_BEFORE,
    POSSESSIVES,
    PUBLIC_FIGURE_WORDS,
    RELATIONSHIP_WORDS,
    ROLE_WORD_ADDRESS,
    ROLE_WORDS,
    SELF_ID_BEFORE,
    SENTENCE_BREAK,
    SPECIALIST_SUFFIXES,
    WORD_USE_NEXT,
    Hit,
    NameIndex,
    Post,
)
from trustwatch.errors import ConfigError
from trustwatch.settings import Settings, TrustProfile

# A match this sure can settle the post's weaker ones (fixed, so linking does not move with the threshold).
_ANCHOR_CONFIDENCE = 0.8
# Calibrated on the dev part of evals/data/staff_eval.jsonl (evals/staff.py --calibrate).
DEFAULT_THRESHOLD = 0.5

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


class StaffMatcher:
    """Finds staff named in text: one automaton over every name form, context-scored matches."""

    def __init__(
        self, directory: StaffDirectory, trust: TrustProfile | None = None, threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
        self.directory = directory
        self.threshold = threshold
        self._index = NameIndex(directory, trust)
        self._title_cache: dict[tuple[int, str, str], tuple[tuple[int, ...], tuple[tuple[str, float], ...]]] = {}
        self._narrow_cache: dict[
            tuple[int, str, str | None, frozenset[int], frozenset[str]],
            tuple[tuple[int, ...], tuple[tuple[str, float], ...], tuple[int, ...]],
        ] = {}

    def __repr__(self) -> str:
        return f"StaffMatcher({len(self._index.members)} staff, threshold={self.threshold})"

    def scan(self, text: str) -> list[StaffMatch]:
        """Staff named in `text`, in order of position, at or above the threshold."""
        return [match for match in self.scan_all(text) if match.confidence >= self.threshold]

    def scan_many(self, texts: Iterable[str]) -> list[list[StaffMatch]]:
        """`scan` for each text, in order."""
        return [self.scan(text) for text in texts]

    def scan_all(self, text: str) -> list[StaffMatch]:
        """Every candidate match with its confidence, including those below the threshold (for calibration)."""
        post = self._index.read(text)
        if post is None:
            return []
        scored = [self._score(post, hit) for hit in post.hits]
        matches = [match for match in scored if match is not None]
        return self._link_repeats(post, matches)

    def _by_title(self, hit: Hit) -> tuple[tuple[int, ...], list[tuple[str, float]]]:
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
                evidence.append(("title_fits", WEIGHTS["title_fits"] * (0.5 if hit.title in HONORIFICS else 1.0)))
            elif max(fits) < 0:
                name = "honorific_mismatch" if hit.title in HONORIFICS else "title_conflicts"
                evidence.append((name, WEIGHTS[name]))
            cached = (members, tuple(evidence))
            self._title_cache[cache_key] = cached
        return cached[0], list(cached[1])

    def _candidates(
        self, hit: Hit, departments: frozenset[int], near_roles: frozenset[str]
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
            in_department = tuple(index for index in members if self._index.member_department[index] in departments)
            if in_department:
                members = in_department
                evidence.append(("department_named", WEIGHTS["department_named"]))
                matched_departments = tuple(sorted({self._index.member_department[index] for index in members}))
        if near_roles:
            by_role = tuple(index for index in members if self._index.address[index] & near_roles)
            if by_role and len(by_role) < len(members):
                members = by_role
            weight = WEIGHTS["role_word_near"] * (1.0 if hit.form == FORM_FIRST else 0.5)
            evidence.append(("role_word_near", weight))
        result = (members, tuple(evidence), matched_departments)
        if len(self._narrow_cache) > 200_000:
            self._narrow_cache.clear()
        self._narrow_cache[cache_key] = result
        return result

    def _score(self, post: Post, hit: Hit) -> StaffMatch | None:
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
                    near_roles.add(ROLE_WORD_ADDRESS.get(token.norm, token.norm))
        members, narrowing, matched_departments = self._candidates(
            hit, frozenset(post.departments), frozenset(near_roles)
        )
        evidence.extend(narrowing)
        context = [self._index.department_names[department_id] for department_id in matched_departments]

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
        if not OTHER_PROVIDER_WORDS.isdisjoint(before[-2:]):
            evidence.append(("other_provider", WEIGHTS["other_provider"]))
        if post.public_figure:
            wide = tokens[max(0, hit.first - 10) : hit.last + 11]
            if any(token.norm in PUBLIC_FIGURE_WORDS for token in wide):
                evidence.append(("public_figure_near", WEIGHTS["public_figure_near"]))
            else:
                evidence.append(("public_figure_in_post", WEIGHTS["public_figure_in_post"]))
        if any(token.hashtag for token in name_tokens):
            evidence.append(("hashtag", WEIGHTS["hashtag"]))

        candidates = tuple(sorted(self._index.staff_ids[index] for index in members))
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
        if title in HONORIFICS:
            honorific = self._index.honorific[index]
            if honorific == title or title in self._index.address[index]:
                return 1
            if honorific is not None:
                return -1
            return -1 if "doctor" in self._index.address[index] else 0
        if title in self._index.address[index]:
            return 1
        return -1 if self._index.address[index] else 0

    def _link_repeats(self, post: Post, matches: list[StaffMatch]) -> list[StaffMatch]:
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


def _is_relationship(before: Sequence[str]) -> bool:
    """ "my wife Sarah", "our little Grace", "baby Rose" — the name is family, not staff."""
    if not before:
        return False
    last = before[-1]
    if last in RELATIONSHIP_WORDS and (
        last in {"baby", "babies"}
        or len(before) < 2
        or before[-2] in POSSESSIVES
        or before[-2] in {"old", "new", "best", "little", "big", "eldest", "youngest"}
    ):
        return True
    return last in POSSESSIVES and last not in {"baby"}


def _surroundings_evidence(post: Post, hit: Hit) -> list[tuple[str, float]]:
    """What follows and surrounds a name: its job, its department, another setting, a relationship."""
    tokens = post.tokens
    evidence: list[tuple[str, float]] = []
    following = [token.norm for token in tokens[hit.last + 1 : hit.last + 5]]
    if hit.title is None and following:
        rest = following[:]
        while rest and rest[0] in APPOSITIVE_FILLER:
            rest.pop(0)
        skipped = len(following) - len(rest)
        if 0 < skipped <= 2 and any(
            word in JOB_NOUNS or (word in ROLE_WORDS and word != "staff") or word.endswith(SPECIALIST_SUFFIXES)
            for word in rest[:3]
        ):
            evidence.append(("appositive_role", WEIGHTS["appositive_role"]))
    if following and following[0] in LOCATION_LINKS:
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
    post: Post, hit: Hit, original: str, common: bool, appositive: bool, before: Sequence[str]
) -> list[tuple[str, float]]:
    """How an untitled name is used: capitals, word use ("Hope you"), verbs after it, places, self-reference."""
    tokens = post.tokens
    first_alone = hit.form == FORM_FIRST
    after = tokens[hit.last + 1].norm if hit.last + 1 < len(tokens) else ""
    after2 = tokens[hit.last + 2].norm if hit.last + 2 < len(tokens) else ""
    evidence: list[tuple[str, float]] = []
    sentence_start = hit.first == 0 or bool(
        SENTENCE_BREAK.search(post.text, tokens[hit.first - 1].end, tokens[hit.first].start)
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
    if first_alone and joined and not appositive and after in WORD_USE_NEXT:
        evidence.append(("word_use", WEIGHTS["word_use"] * (1.0 if common else 0.4)))
    elif first_alone and (after in NAME_VERBS or (after in {"s", "and"} and after2 in NAME_VERBS)):
        evidence.append(("name_then_verb", WEIGHTS["name_then_verb"]))
    if after in PLACE_WORDS_AFTER or (before and before[-1] in PLACE_WORDS_BEFORE):
        evidence.append(("place_name", WEIGHTS["place_name"]))
    if any(tuple(before[-2:]) == pair for pair in SELF_ID_BEFORE) or (before and before[-1] in NAMING_WORDS):
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
    threshold = settings.staff.threshold if settings.staff.threshold is not None else DEFAULT_THRESHOLD
    return StaffMatcher(directory, settings.trust, threshold), directory
