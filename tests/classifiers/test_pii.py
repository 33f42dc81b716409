import random
import time

import pytest

from classifiers.pii import PiiKind, PiiSpan, find_pii, nhs_number_is_valid, redact


def with_check_digit(first_nine: str) -> str | None:
    """The NHS number algorithm written out independently of the module under test."""
    weighted = sum(int(first_nine[i]) * (10 - i) for i in range(9))
    check = (11 - weighted % 11) % 11
    return None if check == 10 else first_nine + str(check)


def generated_nhs_numbers(count: int) -> list[str]:
    generator = random.Random(20261121)
    numbers: list[str] = []
    while len(numbers) < count:
        number = with_check_digit(str(generator.randrange(400_000_000, 799_999_999)))
        if number:
            numbers.append(number)
    return numbers


def found(text: str, hospital_number_pattern: str | None = None) -> list[tuple[str, str]]:
    return [(span.kind.value, text[span.start : span.end]) for span in find_pii(text, hospital_number_pattern)]


def test_the_known_valid_nhs_number_passes_the_check() -> None:
    assert nhs_number_is_valid("9434765919")


@pytest.mark.parametrize("number", generated_nhs_numbers(25))
def test_generated_nhs_numbers_are_found_in_every_common_spacing(number: str) -> None:
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    hyphenated = f"{number[:3]}-{number[3:6]}-{number[6:]}"
    for written in (number, spaced, hyphenated):
        assert found(f"my NHS number is {written}, please help") == [("nhs_number", written)]


@pytest.mark.parametrize("number", generated_nhs_numbers(25))
def test_changing_the_check_digit_makes_it_not_an_nhs_number(number: str) -> None:
    wrong = number[:9] + str((int(number[9]) + 1) % 10)
    assert not nhs_number_is_valid(wrong)
    assert find_pii(f"number {wrong[:3]} {wrong[3:6]} {wrong[6:]}") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("NHS no 943 476 5918", id="an invalid checksum is not an NHS number"),
        pytest.param("order 19434765919 shipped", id="ten valid digits inside a longer run are not an NHS number"),
        pytest.param("ref 9434765919123", id="a valid prefix of a longer run is not an NHS number"),
        pytest.param("id 1 943 476 5919", id="a digit group before the number makes it part of a longer one"),
        pytest.param("943 476-5919", id="mixed separators are not an NHS number spacing"),
        pytest.param(
            "https://x.com/someone/status/1943476591912345678", id="an X status id does not contain an NHS number"
        ),
    ],
)
def test_things_that_look_like_nhs_numbers_but_are_not(text: str) -> None:
    assert [kind for kind, _ in found(text)] == []


def test_a_check_digit_of_ten_is_never_valid() -> None:
    prefix = next(f"{n:09d}" for n in range(400_000_000, 400_001_000) if with_check_digit(f"{n:09d}") is None)
    assert not any(nhs_number_is_valid(prefix + str(digit)) for digit in range(10))


@pytest.mark.parametrize(
    "postcode",
    ["SW1A 1AA", "sw1a 1aa", "SW1A1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "GIR 0AA"],
)
def test_valid_uk_postcodes_are_found(postcode: str) -> None:
    assert found(f"I live at {postcode}.") == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("QA1 1AA", id="Q never starts a postcode"),
        pytest.param("AI1 1AA", id="I is never the second letter"),
        pytest.param("SW1A 1CA", id="C is never in the inward code"),
        pytest.param("SW1A 1AAB", id="a postcode glued to more letters is not word bounded"),
        pytest.param("XSW1A 1AA", id="letters glued in front are not word bounded"),
        pytest.param("SW1 AA", id="an inward code needs its digit"),
    ],
)
def test_invalid_postcodes_are_not_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        pytest.param("DOB: 12/03/1987", "12/03/1987", id="DOB with a slashed date"),
        pytest.param("d.o.b 12.03.87", "12.03.87", id="d.o.b with a dotted two digit year"),
        pytest.param("Date of birth is 12 March 1987", "12 March 1987", id="date of birth with a month name"),
        pytest.param("she was born 3rd March 1987", "3rd March 1987", id="born with an ordinal"),
        pytest.param("born on the 3rd of March 1987", "3rd of March 1987", id="born on the nth of a month"),
        pytest.param("born at Kingsmere General on 3 Mar 1987", "3 Mar 1987", id="born a few words before the date"),
        pytest.param("DoB - 01-02-2001", "01-02-2001", id="DoB with hyphens"),
    ],
)
def test_dates_flagged_as_birth_dates_are_found(text: str, date_text: str) -> None:
    assert found(text) == [("date_of_birth", date_text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("appointment on 12/03/2026 was cancelled", id="a date alone is not a date of birth"),
        pytest.param("visited on 12 March 1987", id="a written date alone is not a date of birth"),
        pytest.param("DOB 31/02/1987", id="an impossible date is not a date of birth"),
        pytest.param("born in 1987, seen on 12/03/2026", id="a date after an intervening number is not the DOB"),
    ],
)
def test_dates_that_are_not_birth_dates_are_not_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123",
        "07700 900 123",
        "07700900123",
        "+44 7700 900123",
        "+447700900123",
        "0044 7700 900123",
        "+44 (0)20 7946 0000",
        "020 7946 0000",
        "0161 496 0000",
        "(01632) 960000",
        "01632 960000",
        "0300 123 4567",
        "0800 123 456",
        "07700-900-123",
    ],
)
def test_uk_phone_numbers_are_found(phone: str) -> None:
    assert found(f"ring me on {phone} today") == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("reference 01234567890123", id="a long digit run starting with 0 is not a phone number"),
        pytest.param("ticket 12345 678901", id="digits without a UK prefix are not a phone number"),
        pytest.param("0400 123 4567", id="04 numbers are not allocated"),
        pytest.param("waited 0 12 hours", id="a lone zero is not a phone number"),
        pytest.param("total 07700 9001", id="too few digits for a mobile"),
    ],
)
def test_digit_runs_that_are_not_phone_numbers(text: str) -> None:
    assert found(text) == []


def test_a_phone_number_followed_by_other_digits_keeps_its_own_digits() -> None:
    assert found("call 07700 900123 24/7") == [("phone", "07700 900123")]


@pytest.mark.parametrize(
    "email", ["jane.doe@example.co.uk", "j_smith+nhs@mail.example.com", "pals@kingsmerevalley.nhs.uk"]
)
def test_email_addresses_are_found(email: str) -> None:
    assert found(f"write to {email}.") == [("email", email)]


def test_a_social_handle_is_not_an_email_address() -> None:
    assert found("thanks @KingsmereNHS and @nhs.uk_fan") == []


def test_an_email_address_made_of_digits_stays_one_email_address() -> None:
    assert found("mail 07700900123@example.com") == [("email", "07700900123@example.com")]


def test_a_configured_hospital_number_pattern_is_found() -> None:
    text = "hospital number KV123456 and MRN XY654321, not KV12345 nor ABKV123456"
    assert found(text, hospital_number_pattern=r"[A-Z]{2}\d{6}") == [
        ("hospital_number", "KV123456"),
        ("hospital_number", "XY654321"),
    ]


def test_without_a_configured_pattern_no_hospital_numbers_are_found() -> None:
    assert found("hospital number KV123456") == []


def test_a_bad_hospital_number_pattern_is_an_error_naming_the_setting() -> None:
    with pytest.raises(ValueError, match="hospital_number_pattern"):
        find_pii("text", hospital_number_pattern="[A-Z")


def test_a_hospital_pattern_that_duplicates_an_nhs_number_yields_the_nhs_number() -> None:
    assert found("943 476 5919 and 9434765919", hospital_number_pattern=r"\d{10}") == [
        ("nhs_number", "943 476 5919"),
        ("nhs_number", "9434765919"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("9434765919 is my number", ("nhs_number", "9434765919"), id="an NHS number opening the text"),
        pytest.param("07700 900123 is my mobile", ("phone", "07700 900123"), id="a phone number opening the text"),
        pytest.param("+44 7700 900123 anytime", ("phone", "+44 7700 900123"), id="an international number opening"),
        pytest.param("gir 0aa is a postcode", ("postcode", "gir 0aa"), id="a lower case Girobank postcode opening"),
        pytest.param("DOB 12/03/1987", ("date_of_birth", "12/03/1987"), id="a DOB opening the text"),
        pytest.param("a@b.co is me", ("email", "a@b.co"), id="an email address opening the text"),
    ],
)
def test_identifiers_at_the_very_start_of_a_text_are_found(text: str, expected: tuple[str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("Ward9434765919", ["nhs_number"], id="an NHS number glued to a word is still an NHS number"),
        pytest.param("x07700 900123", [], id="a phone number glued to a word is not a phone number"),
        pytest.param("abdob 12/03/1987", [], id="dob inside a word is not a date of birth cue"),
    ],
)
def test_word_boundaries_around_identifiers(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in found(text)] == kinds


def test_redaction_replaces_every_identifier_with_its_marker() -> None:
    text = (
        "My mum (DOB 12/03/1941, NHS 943 476 5919, hospital no KV123456) lives at KV1 2AB. "
        "Call me on 07700 900123 or email jane.doe@example.co.uk."
    )
    redacted = redact(text, hospital_number_pattern=r"[A-Z]{2}\d{6}")
    assert redacted == (
        "My mum (DOB [date of birth], NHS [NHS number], hospital no [hospital number]) lives at [postcode]. "
        "Call me on [phone number] or email [email address]."
    )
    assert find_pii(redacted, hospital_number_pattern=r"[A-Z]{2}\d{6}") == []


def test_redaction_with_given_spans_and_custom_markers() -> None:
    text = "NHS 943 476 5919"
    spans = find_pii(text)
    assert redact(text, spans, markers={PiiKind.NHS_NUMBER: "█"}) == "NHS █"


def test_redaction_refuses_overlapping_spans() -> None:
    with pytest.raises(ValueError, match="spans"):
        redact("0123456789", [PiiSpan(PiiKind.PHONE, 0, 6), PiiSpan(PiiKind.EMAIL, 4, 9)])


def test_redaction_refuses_spans_outside_the_text() -> None:
    with pytest.raises(ValueError, match="spans"):
        redact("short", [PiiSpan(PiiKind.PHONE, 2, 40)])


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the midwives on Rowan Ward at Kingsmere General, they were amazing!",
        "Ward 7 staff were kind at 3am and again at 11pm. 10/10 care, waited 2 hours in A&E.",
        "Kingsmere Valley Hospitals NHS Foundation Trust rated Good by the CQC in 2024 #NHS",
        "Seen in 45 minutes, discharged by 14:30, parking was £3.50. Thank you @KingsmereNHS",
    ],
)
def test_plain_praise_contains_no_pii(text: str) -> None:
    assert find_pii(text) == []
    assert redact(text) == text


def test_detection_is_fast_on_a_day_of_posts() -> None:
    post = (
        "Waited 4 hours at Kingsmere General A&E on 12/03/2026, staff lovely but rushed off their feet. "
        "Called 01632 960000 twice, no answer. My dad's NHS number 943 476 5919, DOB 01/02/1950. "
    )
    started = time.perf_counter()
    for _ in range(2000):
        find_pii(post, hospital_number_pattern=r"[A-Z]{2}\d{6}")
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"2000 posts took {elapsed:.2f}s"
