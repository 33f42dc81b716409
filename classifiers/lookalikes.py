"""Lookalike handles of the Trust's official accounts, and the confusable skeleton used to compare names.

`lookalike_handles` does for social handles what dnstwist does for domains: it generates the handles an
impersonator is likely to register (affixes such as "_support", separators, l/I/1 and rn/m swaps, typos,
digits), keeps only those the platform would accept, and orders them cheapest first so a per-run probe
budget is spent on the likeliest ones.

`skeleton` reduces text to a confusable skeleton in the spirit of Unicode TR39: compatibility forms folded
(NFKC), accents dropped, each non-ASCII homoglyph replaced by the ASCII letter it imitates (from the
confusable-homoglyphs table), case folded, separators removed, digits read as the letters they imitate and
multi-letter tricks (rn→m, vv→w) collapsed. Two strings with the same skeleton look the same to a reader.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Users per lookup call: X GET /2/users/by?usernames= takes 100; Bluesky app.bsky.actor.getProfiles takes 25;
# Reddit has no batched lookup by name (/api/user_data_by_account_ids wants t2_ ids), so one /user/NAME/about each.
LOOKUP_BATCH_SIZE = {"x": 100, "bluesky": 25, "reddit": 1}

AFFIXES = ("support", "help", "official", "nhs", "team", "info", "uk")

# Digits read as the letters they imitate in a handle ("K1ngsmere", "H0spital", "Supp0rt").
DIGIT_AS_LETTER = {"0": "o", "1": "l", "2": "z", "3": "e", "4": "a", "5": "s", "6": "b", "7": "t", "8": "b", "9": "g"}

# ASCII swaps a reader does not notice in most fonts; each is (original, replacement).
ASCII_CONFUSABLES: tuple[tuple[str, str], ...] = (
    ("l", "I"),
    ("I", "l"),
    ("i", "l"),
    ("l", "1"),
    ("I", "1"),
    ("i", "1"),
    ("O", "0"),
    ("o", "0"),
    ("0", "O"),
    ("m", "rn"),
    ("rn", "m"),
    ("w", "vv"),
    ("d", "cl"),
    ("S", "5"),
    ("s", "5"),
    ("B", "8"),
)

# Cyrillic and Greek letters that render like Latin ones; only platforms that accept Unicode (or IDN
# domains, as Bluesky does) can carry them in a handle, but display names can everywhere.
SCRIPT_HOMOGLYPHS = {
    "a": "\u0430",  # cyrillic small letter a
    "c": "\u0441",  # cyrillic small letter es
    "e": "\u0435",  # cyrillic small letter ie
    "i": "\u0456",  # cyrillic small letter byelorussian-ukrainian i
    "o": "\u043e",  # cyrillic small letter o
    "p": "\u0440",  # cyrillic small letter er
    "s": "\u0455",  # cyrillic small letter dze
    "x": "\u0445",  # cyrillic small letter ha
    "y": "\u0443",  # cyrillic small letter u
    "j": "\u0458",  # cyrillic small letter je
    "h": "\u04bb",  # cyrillic small letter shha
    "A": "\u0391",  # greek capital letter alpha
    "B": "\u0392",  # greek capital letter beta
    "E": "\u0395",  # greek capital letter epsilon
    "H": "\u0397",  # greek capital letter eta
    "I": "\u0399",  # greek capital letter iota
    "K": "\u039a",  # greek capital letter kappa
    "M": "\u039c",  # greek capital letter mu
    "N": "\u039d",  # greek capital letter nu
    "O": "\u039f",  # greek capital letter omicron
    "P": "\u03a1",  # greek capital letter rho
    "T": "\u03a4",  # greek capital letter tau
    "X": "\u03a7",  # greek capital letter chi
    "Z": "\u0396",  # greek capital letter zeta
}

LEET = {"e": "3", "a": "4", "s": "5", "t": "7", "o": "0", "i": "1", "g": "9"}

# Base cost of each technique: how likely an impersonator is to pick it, learnt from the fake accounts
# NHS comms teams report (fake "support"/"help" desks first, then separator and character tricks).
TECHNIQUE_COST = {
    "affix": 1.0,
    "separator": 2.0,
    "confusable": 3.0,
    "omission": 4.0,
    "repetition": 4.5,
    "transposition": 5.0,
    "digits": 6.0,
    "homoglyph": 7.0,
}

# X refuses usernames containing these words.
X_RESERVED = ("twitter", "admin")

_X_HANDLE = re.compile(r"[A-Za-z0-9_]{4,15}")
_REDDIT_HANDLE = re.compile(r"[A-Za-z0-9_-]{3,20}")
_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_SEPARATORS = re.compile(r"[\s_.\-·•|/\\,:;!'\u2019`\"()\[\]{}+*~^]+")
_MULTI_LETTER = (("rn", "m"), ("vv", "w"), ("cl", "d"))


@dataclass(frozen=True)
class LookalikeHandle:
    """One candidate handle: what to probe, how it was made, and its cost rank (lower probes first)."""

    handle: str
    technique: str
    cost: float
    detail: str


def is_valid_handle(handle: str, platform: str) -> bool:
    """True when `platform` would accept `handle` as a username (X, Reddit, Bluesky rules; others lenient)."""
    if platform == "x":
        lowered = handle.casefold()
        return bool(_X_HANDLE.fullmatch(handle)) and not any(word in lowered for word in X_RESERVED)
    if platform == "reddit":
        return bool(_REDDIT_HANDLE.fullmatch(handle))
    if platform == "bluesky":
        return _is_valid_domain_handle(handle)
    return bool(handle) and handle.isprintable() and " " not in handle


def _is_valid_domain_handle(handle: str) -> bool:
    # atproto handle syntax: an ASCII DNS name of 2+ labels, ≤253 chars, TLD not starting with a digit.
    if len(handle) > 253 or not handle.isascii():
        return False
    labels = handle.lower().split(".")
    if len(labels) < 2 or labels[-1][:1].isdigit():
        return False
    return all(_DNS_LABEL.fullmatch(label) for label in labels)


def lookalike_handles(handle: str, platform: str, limit: int | None = None) -> list[LookalikeHandle]:
    """Handles an impersonator of `handle` could register on `platform`, cheapest / most likely first."""
    handle = handle.strip().lstrip("@")
    if not handle:
        raise ValueError("lookalike_handles: handle is empty")
    if platform == "bluesky":
        label, _, suffix = handle.lower().partition(".")
        suffix = suffix or "bsky.social"
    else:
        label, suffix = handle, ""
    separators = {"x": ("_",), "reddit": ("_", "-"), "bluesky": ("-",)}.get(platform, ("_", ".", "-"))

    candidates: list[LookalikeHandle] = []
    for variant, technique, extra_cost, detail in _variants(label, separators):
        text = variant
        if platform == "bluesky":
            bluesky_label = _bluesky_label(variant)
            if bluesky_label is None:
                continue
            text = f"{bluesky_label}.{suffix}"
        candidates.append(LookalikeHandle(text, technique, TECHNIQUE_COST[technique] + extra_cost, detail))

    seen = {handle.casefold()}
    result: list[LookalikeHandle] = []
    for candidate in sorted(candidates, key=lambda c: (c.cost, len(c.handle), c.handle)):
        # Handles on all three platforms are case-insensitive, so case variants are the same account.
        key = candidate.handle.casefold()
        if key in seen or not is_valid_handle(candidate.handle, platform):
            continue
        seen.add(key)
        result.append(candidate)
        if limit is not None and len(result) >= limit:
            break
    return result


def _bluesky_label(label: str) -> str | None:
    if label.isascii():
        return label.lower().replace("_", "-")
    # A Unicode homoglyph label only exists on Bluesky as an IDN (punycode) custom domain.
    try:
        return label.lower().encode("idna").decode("ascii")
    except UnicodeError:
        return None


def _camel_boundaries(label: str) -> list[int]:
    return [i for i in range(1, len(label)) if label[i].isupper() and label[i - 1].islower()] + [
        i for i in range(1, len(label)) if label[i].isdigit() != label[i - 1].isdigit()
    ]


def _variants(label: str, separators: Sequence[str]) -> Iterable[tuple[str, str, float, str]]:
    lower = label.lower()
    for rank, word in enumerate(AFFIXES):
        if word in lower and word in ("nhs", "uk"):
            continue
        penalty = rank * 0.05
        for sep in ("", *separators):
            cased = word.upper() if word in ("nhs", "uk") else word.capitalize()
            yield f"{label}{sep}{cased}", "affix", penalty, f"suffix {cased!r}"
            yield f"{cased}{sep}{label}", "affix", penalty + 0.02, f"prefix {cased!r}"
    camel = set(_camel_boundaries(label))
    # Swapping the last word for an affix keeps a 15-character X handle short: KingsmereNHS → KingsmereHelp.
    if camel:
        stem = label[: max(camel)]
        for rank, word in enumerate(AFFIXES):
            cased = word.upper() if word in ("nhs", "uk") else word.capitalize()
            if cased.casefold() == label[max(camel) :].casefold():
                continue
            for sep in ("", *separators):
                yield f"{stem}{sep}{cased}", "affix", 0.2 + rank * 0.05, f"last word → {cased!r}"
    for sep in separators:
        for i in range(1, len(label)):
            if label[i - 1] in separators or label[i] in separators:
                continue
            extra = 0.0 if i in camel else 0.5
            yield f"{label[:i]}{sep}{label[i:]}", "separator", extra, f"{sep!r} at {i}"
    for i, char in enumerate(label):
        if char in separators and i not in (0, len(label) - 1):
            yield label[:i] + label[i + 1 :], "separator", 0.1, f"dropped {char!r} at {i}"
    for original, replacement in ASCII_CONFUSABLES:
        for match in re.finditer(re.escape(original), label):
            i = match.start()
            yield (
                label[:i] + replacement + label[i + len(original) :],
                "confusable",
                0.0,
                f"{original!r}→{replacement!r} at {i}",
            )
    for i, char in enumerate(label):
        if char in SCRIPT_HOMOGLYPHS:
            glyph = SCRIPT_HOMOGLYPHS[char]
            yield label[:i] + glyph + label[i + 1 :], "homoglyph", 0.0, f"{char!r}→U+{ord(glyph):04X} at {i}"
    for i in range(len(label)):
        yield label[:i] + label[i + 1 :], "omission", i / 100, f"dropped {label[i]!r} at {i}"
    for i in range(len(label)):
        if label[i].isalnum():
            yield label[: i + 1] + label[i:], "repetition", i / 100, f"doubled {label[i]!r} at {i}"
    for i in range(len(label) - 1):
        if label[i] != label[i + 1]:
            swapped = label[:i] + label[i + 1] + label[i] + label[i + 2 :]
            yield swapped, "transposition", i / 100, f"swapped {label[i]!r}{label[i + 1]!r} at {i}"
    for rank, digits in enumerate(("1", "2", "0", "01", "247", "24", "123")):
        yield f"{label}{digits}", "digits", rank * 0.05, f"appended {digits!r}"
    for i, char in enumerate(label):
        leet = LEET.get(char.lower())
        if leet:
            yield label[:i] + leet + label[i + 1 :], "digits", 0.5, f"{char!r}→{leet!r} at {i}"


@cache
def _homoglyph_to_ascii() -> dict[str, str]:
    table = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    mapping: dict[str, str] = {}
    for char, glyphs in table.items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                mapping[char] = target
                break
    # Small capitals (the "small caps" fonts of fancy-text generators) have no NFKC form and only some are in
    # the confusables table; each reads as its capital letter.
    mapping.update(SMALL_CAPITALS)
    return mapping


# U+1D00.. small capitals and the IPA letters fancy-text generators use for the ones Unicode lacks.
SMALL_CAPITALS = dict(
    zip(
        "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18"
        "\u01eb\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
        "abcdefghijklmnopqrstuvwyz",
        strict=True,
    )
)
# Letters in squares and circles with no NFKC form (negative circled, negative squared, regional indicators
# are left alone: pairs of those are flags).
_ENCLOSED_LETTER_BLOCKS = (0x1F150, 0x1F170)
# Characters that render as nothing: format characters (zero-width space, joiners, word joiner, BOM, bidi
# controls, soft hyphen) and the Hangul and Mongolian fillers used for blank-looking names.
_INVISIBLE_EXTRA = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def is_invisible(char: str) -> bool:
    """True for a character that takes no space on screen (zero-width, joiners, BOM, bidi controls, fillers)."""
    return unicodedata.category(char) == "Cf" or char in _INVISIBLE_EXTRA


def _enclosed_letter(char: str) -> str | None:
    code = ord(char)
    for block in _ENCLOSED_LETTER_BLOCKS:
        if block <= code < block + 26:
            return chr(ord("a") + code - block)
    return None


def _styled_letter(char: str) -> bool:
    code = ord(char)
    return (
        0x1D400 <= code <= 0x1D7FF  # mathematical alphanumeric symbols: bold, italic, script, double-struck, …
        or 0xFF01 <= code <= 0xFF5E  # fullwidth forms
        or char in SMALL_CAPITALS
        or _enclosed_letter(char) is not None
        or 0x24B6 <= code <= 0x24E9  # circled letters
        or 0x1F130 <= code <= 0x1F149  # squared letters
    )


def readable(text: str) -> str:
    """`text` as a reader sees it, in plain letters: invisible characters removed, compatibility forms folded
    (NFKC: mathematical, fullwidth and circled letters), small capitals and homoglyphs (Cyrillic a, Greek omicron)
    replaced by the ASCII letter they imitate. Case, spaces and punctuation are kept."""
    visible = "".join(char for char in text if not is_invisible(char))
    folded = unicodedata.normalize("NFKC", visible)
    homoglyphs = _homoglyph_to_ascii()
    chars: list[str] = []
    for char in folded:
        if char.isascii() or not char.isalpha():
            enclosed = _enclosed_letter(char)
            chars.append(enclosed if enclosed is not None else char)
            continue
        mapped = homoglyphs.get(char)
        if mapped is not None:
            chars.append(mapped)
            continue
        # Accented Latin letters: keep the base letter (é → e), drop the combining marks.
        decomposed = unicodedata.normalize("NFKD", char)
        chars.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(chars)


def skeleton(text: str) -> str:
    """`text` reduced to what a reader sees: `readable`, casefolded, separators gone, 0→o, rn→m.

    In the spirit of Unicode TR39's skeleton: two strings with the same skeleton look the same to a reader.
    """
    text = _SEPARATORS.sub("", readable(text)).casefold()
    text = "".join(DIGIT_AS_LETTER.get(char, char) for char in text)
    # Capital I and small l are one glyph in most sans-serif fonts, so they share a skeleton letter; this
    # comes before the multi-letter collapse so "cI" and "cl" both become "d".
    text = text.replace("i", "l")
    for many, one in _MULTI_LETTER:
        text = text.replace(many, one)
    return text


@dataclass(frozen=True)
class UnicodeTricks:
    """Characters in a name that only make sense as disguise: invisible ones between letters, styled letters
    (mathematical, fullwidth, small capitals, enclosed) and words mixing Latin with Cyrillic or Greek."""

    invisible: tuple[str, ...] = ()
    styled: tuple[str, ...] = ()
    mixed_script: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.invisible or self.styled or self.mixed_script)


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((script for script in _SCRIPTS if name.startswith(script)), None)


def unicode_tricks(text: str) -> UnicodeTricks:
    """The disguises in `text` (see `UnicodeTricks`); an emoji joined by a zero-width joiner is not one."""
    invisible = []
    for index, char in enumerate(text):
        if not is_invisible(char):
            continue
        before = next((c for c in reversed(text[:index]) if not is_invisible(c)), "")
        after = next((c for c in text[index + 1 :] if not is_invisible(c)), "")
        # Joiners inside emoji sequences (👩‍⚕️) and marks at the edges of a word are how emoji and bidi text
        # work; an invisible character with a letter or digit on either side splits a word to dodge matching.
        if before.isalnum() or after.isalnum():
            invisible.append(f"U+{ord(char):04X}")
    styled = sorted({char for char in text if _styled_letter(char)})
    words = re.split(r"[^\w\u0300-\u036f]+", "".join(char for char in text if not is_invisible(char)))
    scripts_by_word = [(word, {_script(char) for char in word if char.isalpha()} - {None}) for word in words]
    latin_words = any(scripts == {"LATIN"} for _, scripts in scripts_by_word)
    homoglyphs = _homoglyph_to_ascii()
    mixed = [
        word
        for word, scripts in scripts_by_word
        if len(scripts) > 1
        # A whole word of Cyrillic or Greek look-alikes (Cyrillic "ACE") among Latin words imitates a Latin word too.
        or (
            latin_words
            and scripts
            and "LATIN" not in scripts
            and all(homoglyphs.get(char, "").isascii() and char in homoglyphs for char in word if char.isalpha())
        )
    ]
    return UnicodeTricks(tuple(invisible), tuple(styled), tuple(mixed))
