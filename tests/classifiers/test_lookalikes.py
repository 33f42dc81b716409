import pytest

from classifiers.impersonation.scorer import name_tokens
from classifiers.lookalikes import (
    is_valid_handle,
    lookalike_handles,
    readable,
    skeleton,
    unicode_tricks,
)


def handles_by_technique(handle: str, platform: str, technique: str) -> set[str]:
    return {c.handle for c in lookalike_handles(handle, platform) if c.technique == technique}


@pytest.mark.parametrize(
    ("technique", "expected"),
    [
        ("affix", "KingsmereHelp"),
        ("affix", "KingsmereNHSUK"),
        ("separator", "Kingsmere_NHS"),
        ("confusable", "KlngsmereNHS"),
        ("confusable", "KingsrnereNHS"),
        ("confusable", "K1ngsmereNHS"),
        ("omission", "KingsmerNHS"),
        ("repetition", "KingssmereNHS"),
        ("transposition", "KignsmereNHS"),
        ("digits", "KingsmereNHS1"),
        ("digits", "Kingsm3reNHS"),
    ],
    ids=lambda value: (
        value
        if value in ("affix", "separator", "confusable", "omission", "repetition", "transposition", "digits")
        else f"gives {value}"
    ),
)
def test_each_technique_generates_the_expected_x_variant(technique: str, expected: str) -> None:
    assert expected in handles_by_technique("KingsmereNHS", "x", technique)


@pytest.mark.parametrize(
    ("platform", "handle"),
    [("x", "KingsmereNHS"), ("reddit", "KingsmereValleyNHS"), ("bluesky", "kingsmerenhs.bsky.social")],
    ids=["x variants obey 4-15 chars of [A-Za-z0-9_]", "reddit variants obey 3-20 chars", "bluesky variants are DNS"],
)
def test_every_variant_is_a_valid_handle_on_its_platform(platform: str, handle: str) -> None:
    candidates = lookalike_handles(handle, platform)
    assert len(candidates) > 40
    assert all(is_valid_handle(c.handle, platform) for c in candidates)
    assert handle.casefold() not in {c.handle.casefold() for c in candidates}


def test_x_variants_never_carry_non_ascii_homoglyphs_but_bluesky_gets_them_as_punycode() -> None:
    assert not handles_by_technique("KingsmereNHS", "x", "homoglyph")
    bluesky = handles_by_technique("kingsmerenhs.bsky.social", "bluesky", "homoglyph")
    assert bluesky
    assert all(h.startswith("xn--") and h.endswith(".bsky.social") for h in bluesky)


def test_reddit_variants_may_use_hyphens_and_x_variants_may_not() -> None:
    assert "Kingsmere-ValleyNHS" in handles_by_technique("KingsmereValleyNHS", "reddit", "separator")
    assert not any("-" in c.handle for c in lookalike_handles("KingsmereNHS", "x"))


def test_variants_come_cheapest_first_and_limit_cuts_the_tail() -> None:
    candidates = lookalike_handles("KingsmereNHS", "x")
    costs = [c.cost for c in candidates]
    assert costs == sorted(costs)
    assert candidates[0].technique == "affix"
    assert lookalike_handles("KingsmereNHS", "x", limit=5) == candidates[:5]


def test_case_only_variants_are_dropped_because_handles_ignore_case() -> None:
    handles = [c.handle.casefold() for c in lookalike_handles("KingsmereNHS", "x")]
    assert len(handles) == len(set(handles))


def test_empty_handle_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        lookalike_handles("@", "x")


@pytest.mark.parametrize(
    ("handle", "platform", "valid"),
    [
        ("abc", "x", False),
        ("sixteen_chars_xx", "x", False),
        ("Kingsmere_Admin", "x", False),
        ("KingsmereNHS", "x", True),
        ("ab", "reddit", False),
        ("Kingsmere-Valley", "reddit", True),
        ("kingsmere.bsky.social", "bluesky", True),
        ("-kingsmere.bsky.social", "bluesky", False),
        ("kingsmere", "bluesky", False),
    ],
    ids=[
        "3 chars is too short for x",
        "16 chars is too long for x",
        "x refuses 'admin' in a username",
        "a plain x handle is valid",
        "2 chars is too short for reddit",
        "reddit allows a hyphen",
        "a bsky.social subdomain is valid",
        "a dns label cannot start with a hyphen",
        "a bluesky handle needs a domain",
    ],
)
def test_platform_handle_rules(handle: str, platform: str, valid: bool) -> None:
    assert is_valid_handle(handle, platform) is valid


@pytest.mark.parametrize(
    "lookalike",
    ["K\u0456ngsmereNHS", "K1ngsmereNHS", "Kingsmere_NHS", "KINGSMERE NHS", "KingsrnereNHS", "\U0001d40aingsmereNHS"],
    ids=["cyrillic i", "digit one for i", "underscore", "capitals and a space", "rn for m", "mathematical bold K"],
)
def test_skeleton_reduces_lookalikes_to_the_official_handle(lookalike: str) -> None:
    assert skeleton(lookalike) == skeleton("KingsmereNHS")


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton("KingstonHospital") != skeleton("KingsmereHospital")


def test_name_tokens_split_camel_case_and_separators() -> None:
    assert name_tokens("KingsmereNHS Support_Team") == [skeleton(w) for w in ("Kingsmere", "NHS", "Support", "Team")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SHEFFIELD TEACHING HOSPITALS 🏥", ["sheffleld", "teachlng", "hospltals"]),
        ("Kingsmere💙Valley ❤️", ["klngsmere", "valley"]),
        ("Kingsmere General™", ["klngsmere", "general"]),
    ],
    ids=[
        "an emoji after a name is no word",
        "an emoji between words splits them and a variation selector is dropped",
        "a trademark sign is not read as the letters TM",
    ],
)
def test_name_tokens_drop_emoji_and_symbols(text: str, expected: list[str]) -> None:
    assert name_tokens(text) == expected


@pytest.mark.parametrize(
    ("disguised", "plain"),
    [
        ("King\u200bsmere Va\u200dlley", "Kingsmere Valley"),
        ("Kingsmere\u2060 \ufeffValley", "Kingsmere Valley"),
        ("K\u026a\u0274\u0262\ua731\u1d0d\u1d07\u0280\u1d07", "Kingsmere"),
        ("\U0001d40a\U0001d422\U0001d427\U0001d420\U0001d42c", "Kings"),
        ("\uff2b\uff49\uff4e\uff47\uff53", "Kings"),
        ("\U0001f15a\U0001f158\U0001f15d", "kin"),
        ("Kingsm\u0435r\u0435 V\u0430lley", "Kingsmere Valley"),
    ],
    ids=[
        "zero-width space and joiner",
        "word joiner and byte-order mark",
        "small capitals",
        "mathematical bold",
        "fullwidth letters",
        "negative circled letters",
        "Cyrillic look-alikes",
    ],
)
def test_readable_text_sees_through_disguises(disguised: str, plain: str) -> None:
    assert readable(disguised) == plain
    assert skeleton(disguised) == skeleton(plain)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("King\u200bsmere", "invisible"),
        ("K\u026a\u0274\ua731", "styled"),
        ("\U0001d40a\U0001d422\U0001d427\U0001d420", "styled"),
        ("Kingsm\u0435re Valley", "mixed_script"),
        ("\u0410\u0421\u0415 Valley", "mixed_script"),
    ],
    ids=[
        "zero-width inside a word",
        "small capitals",
        "mathematical letters",
        "Cyrillic inside a word",
        "a Cyrillic word",
    ],
)
def test_unicode_tricks_name_each_disguise(text: str, kind: str) -> None:
    assert getattr(unicode_tricks(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Dr Jane \U0001f469\u200d\u2695\ufe0f",
        "\U0001f1ec\U0001f1e7 Anna",
        "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432",
        "Zo\u00eb",
    ],
    ids=["an emoji joined by a zero-width joiner", "a flag", "a name written wholly in Cyrillic", "an accent"],
)
def test_ordinary_names_are_not_disguises(text: str) -> None:
    assert not unicode_tricks(text)
