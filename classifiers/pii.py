"""Patient-identifiable information: find it in post text and redact it before anything leaves DuckDB.

Members of the public sometimes post their own or a relative's NHS number, date of birth or hospital
number while complaining. Alerts and exports must never repeat those, so every stage that sends text
out of the store calls `redact`. Detection is pattern-based on purpose: these identifiers have fixed
formats (and NHS numbers a check digit), so compiled regexes plus validation are precise and fast,
where a statistical model would miss check digits and invent names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache


class PiiKind(StrEnum):
    """The kinds of patient identifier that are detected."""

    NHS_NUMBER = "nhs_number"
    POSTCODE = "postcode"
    DATE_OF_BIRTH = "date_of_birth"
    PHONE = "phone"
    EMAIL = "email"
    HOSPITAL_NUMBER = "hospital_number"


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One identifier found in a text: its kind and the half-open character range [start, end)."""

    kind: PiiKind
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


DEFAULT_MARKERS: Mapping[PiiKind, str] = {
    PiiKind.NHS_NUMBER: "[NHS number]",
    PiiKind.POSTCODE: "[postcode]",
    PiiKind.DATE_OF_BIRTH: "[date of birth]",
    PiiKind.PHONE: "[phone number]",
    PiiKind.EMAIL: "[email address]",
    PiiKind.HOSPITAL_NUMBER: "[hospital number]",
}

# When two candidates cover exactly as many characters, the kind whose format is stricter wins: an
# NHS number has a check digit, a phone number only a prefix, a configured hospital pattern may be
# as loose as "ten digits".
_SPECIFICITY = {
    PiiKind.EMAIL: 0,
    PiiKind.NHS_NUMBER: 1,
    PiiKind.DATE_OF_BIRTH: 2,
    PiiKind.POSTCODE: 3,
    PiiKind.HOSPITAL_NUMBER: 4,
    PiiKind.PHONE: 5,
}

# 3-3-4 with one consistent separator, or ten unbroken digits; a digit (or a digit and a separator)
# either side means this is a slice of a longer number (an order id, an X status id), not an NHS number.
# Each pattern here starts by consuming one character of a small class and only then looks behind:
# the regex engine scans for a leading class in C, which makes a clean post several times faster.
_NHS_NUMBER = re.compile(r"(\d(?<!\d\d)(?<!\d[ -]\d)\d{2})([ -]?)(\d{3})\2(\d{4})(?!\d)(?![ -]\d)")

# The official postcode format (BS 7666): outward code A9, A99, AA9, AA99, A9A or AA9A with the
# letter restrictions per position, then the inward code 9AA without C I K M O V; plus the Girobank
# special case GIR 0AA.
_POSTCODE = re.compile(
    r"(?=[A-PR-UWYZ])[A-Z](?<![A-Za-z0-9][A-Za-z])"
    r"(?:(?<=G)IR ?0AA"
    r"|(?:[0-9][0-9]?"
    r"|[A-HK-Y][0-9][0-9]?"
    r"|[0-9][A-HJKPSTUW]"
    r"|[A-HK-Y][0-9][ABEHMNPRV-Y])"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

# A date is only a date of birth when the text says so just before it: "appointment on 12/03/2026"
# is not personal data in itself, "DOB 12/03/1987" is.
_DOB_CUE = r"[bd](?<!\w\w)(?:\.?\s?o\.?\s?b\b\.?|ate\s+of\s+birth\b|irth\s?date\b|orn\b(?:\s+on\b)?)"
# Up to four words without digits may sit between the cue and the date ("born at Kingsmere on
# 3 March 1987"); a digit in between means the date belongs to something else.
_DOB_GAP = r"[\s:=\-–—(,]*(?:[A-Za-z']+[\s,]+){0,4}"  # noqa: RUF001 - dashes people type
_DOB = re.compile(
    _DOB_CUE
    + _DOB_GAP
    + r"(?P<date>"
    + r"(?P<nd>\d{1,2})(?P<sep>[/.\-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})(?!\d)"
    + r"|(?P<td>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<tm>"
    + _MONTH_NAME
    + r")\.?,?\s+(?P<ty>\d{4})(?!\d)"
    + r"|(?P<um>"
    + _MONTH_NAME
    + r")\.?\s+(?P<ud>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<uy>\d{4})(?!\d)"
    + r")",
    re.IGNORECASE,
)

# A phone number starts with +44 / 0044 (optionally "(0)") or a national 0 (optionally inside
# brackets with the area code), then digit groups separated by single spaces or hyphens. The digits
# are validated afterwards against the UK numbering plan, because the regex alone would accept any
# run of digits that happens to start with 0.
_PHONE = re.compile(
    r"[+0(](?<![\w+][+0(])"
    r"(?:(?<=\+)44[ \-]?(?:\(0\)[ \-]?)?|(?<=0)044[ \-]?(?:\(0\)[ \-]?)?|(?<=\()0(?=\d{2,5}\))|(?<=0))"
    r"\d{1,10}"
    r"(?:\)[ \-]?\d{2,8}|[ \-]\d{2,8})?"
    r"(?:[ \-]\d{2,8}){0,2}"
    r"(?!\d)"
)
_PHONE_SEPARATOR = re.compile(r"[ \-)]+")
_PHONE_INTERNATIONAL = re.compile(r"^(?:\+|00)44[ \-]?(?:\(0\)[ \-]?)?")
# Ofcom's plan: the digits after the trunk 0 are 10 long, except some 01 areas and 0800 numbers
# (9 long); 04 and 06 are not allocated.
_PHONE_NATIONAL_LENGTHS = {"1": (9, 10), "2": (10,), "3": (10,), "5": (10,), "7": (10,), "8": (9, 10), "9": (10,)}

# Local part and domain as people actually write them; the domain needs a dot and a 2+ letter TLD so
# "name@host" in a code sample or a social handle "@KingsmereNHS" is not an email address.
_EMAIL = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])"
)


# Any decimal digit, as \d in the patterns above matches it (Unicode digits included).
_DIGIT = re.compile(r"\d")


def nhs_number_is_valid(digits: str) -> bool:
    """True when `digits` (ten digits, no separators) passes the NHS number modulus-11 check."""
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    # A check digit of 10 means no valid NHS number has these first nine digits.
    return check != 10 and check == int(digits[9])


def _two_digit_year(year: int) -> int:
    # A two-digit birth year is in the past: "87" is 1987, "05" is 2005.
    current = date.today().year % 100  # noqa: DTZ011 - a calendar year; the timezone cannot move it by a century
    return 2000 + year if year <= current else 1900 + year


def _valid_date(day: str, month: str, year: str) -> bool:
    month_number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    year_number = int(year)
    if len(year) == 2:
        year_number = _two_digit_year(year_number)
    try:
        date(year_number, month_number, int(day))
    except ValueError:
        return False
    return True


def _date_of_birth_spans(text: str) -> Iterable[PiiSpan]:
    for match in _DOB.finditer(text):
        if match.group("nd"):
            valid = _valid_date(match.group("nd"), match.group("nm"), match.group("ny"))
        elif match.group("td"):
            valid = _valid_date(match.group("td"), match.group("tm"), match.group("ty"))
        else:
            valid = _valid_date(match.group("ud"), match.group("um"), match.group("uy"))
        if valid:
            yield PiiSpan(PiiKind.DATE_OF_BIRTH, match.start("date"), match.end("date"))


def _phone_is_valid(candidate: str) -> bool:
    if candidate.count("(") != candidate.count(")"):
        return False
    international = _PHONE_INTERNATIONAL.match(candidate)
    rest = candidate[international.end() :] if international else candidate
    digits = "".join(character for character in rest if character.isdigit())
    if not international:
        digits = digits[1:]  # the trunk 0
    if not digits:
        return False
    return len(digits) in _PHONE_NATIONAL_LENGTHS.get(digits[0], ())


def _phone_spans(text: str) -> Iterable[PiiSpan]:
    for match in _PHONE.finditer(text):
        candidate = match.group()
        # The regex is greedy, so "07700 900123 24/7" arrives with a trailing " 24": try the longest
        # candidate first, then drop trailing groups until the digits fit the numbering plan.
        separators = [separator.start() for separator in _PHONE_SEPARATOR.finditer(candidate)]
        ends = [len(candidate), *reversed(separators)]
        for end in ends:
            if end > 0 and _phone_is_valid(candidate[:end]):
                yield PiiSpan(PiiKind.PHONE, match.start(), match.start() + end)
                break


@lru_cache(maxsize=32)
def compile_hospital_number_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a Trust's hospital-number regex, matched only as a whole word (cached)."""
    try:
        compiled = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
    except re.error as error:
        raise ValueError(f"hospital_number_pattern: {pattern!r} is not a valid regular expression ({error})") from None
    if compiled.match(""):
        raise ValueError(f"hospital_number_pattern: {pattern!r} matches the empty string")
    return compiled


def _candidates(text: str, hospital_number_pattern: str | None) -> Iterable[PiiSpan]:
    # Every built-in kind except email needs a digit, and most posts have none: one scan rules
    # out four patterns (the classify stage runs this on every post).
    if _DIGIT.search(text):
        for match in _NHS_NUMBER.finditer(text):
            if nhs_number_is_valid(match.group(1) + match.group(3) + match.group(4)):
                yield PiiSpan(PiiKind.NHS_NUMBER, match.start(), match.end())
        for match in _POSTCODE.finditer(text):
            yield PiiSpan(PiiKind.POSTCODE, match.start(), match.end())
        yield from _date_of_birth_spans(text)
        yield from _phone_spans(text)
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield PiiSpan(PiiKind.EMAIL, match.start(), match.end())
    if hospital_number_pattern:
        for match in compile_hospital_number_pattern(hospital_number_pattern).finditer(text):
            if match.end() > match.start():
                yield PiiSpan(PiiKind.HOSPITAL_NUMBER, match.start(), match.end())


def find_pii(text: str, hospital_number_pattern: str | None = None) -> list[PiiSpan]:
    """Patient identifiers in `text`, non-overlapping, in reading order.

    Where candidates overlap the longest wins (an email address containing digits stays one email
    address), and among equally long ones the kind with the stricter format.
    `hospital_number_pattern` is the Trust's own regex for hospital (MRN) numbers, if it has one.
    """
    candidates = sorted(
        _candidates(text, hospital_number_pattern),
        key=lambda span: (-len(span), _SPECIFICITY[span.kind], span.start),
    )
    chosen: list[PiiSpan] = []
    for span in candidates:
        if all(span.end <= kept.start or span.start >= kept.end for kept in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda span: span.start)


def redact(
    text: str,
    spans: Sequence[PiiSpan] | None = None,
    *,
    hospital_number_pattern: str | None = None,
    markers: Mapping[PiiKind, str] | None = None,
) -> str:
    """`text` with each identifier replaced by a marker such as "[NHS number]".

    Pass `spans` when they were already found (they must not overlap and must lie inside `text`);
    otherwise `find_pii` runs here. `markers` overrides the replacement text per kind.
    """
    if spans is None:
        spans = find_pii(text, hospital_number_pattern)
    replacement = {**DEFAULT_MARKERS, **(markers or {})}
    pieces: list[str] = []
    position = 0
    for span in sorted(spans, key=lambda span: span.start):
        if span.start < position or span.end > len(text) or span.start >= span.end:
            raise ValueError(
                f"spans: {span.kind} [{span.start}, {span.end}) overlaps another span or lies outside the text"
            )
        pieces.append(text[position : span.start])
        pieces.append(replacement[span.kind])
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def contains_pii(text: str, hospital_number_pattern: str | None = None) -> bool:
    """True when `text` holds at least one patient identifier."""
    return bool(find_pii(text, hospital_number_pattern))
