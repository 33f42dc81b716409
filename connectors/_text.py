"""Text helpers shared by connectors: HTML to clean text, whitespace, and "does this mention the Trust?".

Feeds, review sites and web pages all hand us HTML of varying quality; classifiers and alert emails
want plain text with paragraph breaks kept, nothing truncated, and the common publishing accidents
(markup escaped twice, UTF-8 read as Windows-1252) undone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from bs4 import BeautifulSoup
from bs4.element import Comment, NavigableString, PageElement, Tag

_DROPPED_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head"}
_PARAGRAPH_TAGS = {"p", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6"}
_LINE_TAGS = {
    "div",
    "li",
    "dt",
    "dd",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "figcaption",
    "address",
    "hr",
    "main",
    "nav",
}

# A CMS that escapes already-escaped HTML leaves "<p>" visible in the text after one pass; these
# tags almost never appear literally in news or reviews, so seeing them means "parse once more".
_LEFTOVER_MARKUP = re.compile(
    r"</?(?:p|br|a|div|span|b|i|em|strong|img|ul|ol|li|h[1-6]|blockquote|table|tr|td)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)

# UTF-8 bytes decoded as Windows-1252 (or Latin-1) turn a U+2019 apostrophe into three characters
# ("\u00e2\u20ac\u2122") and "£" into "Â£".
# A lead byte followed by the right number of continuation bytes is repaired; anything else is left.
_CONTINUATION = "".join(
    sorted({*bytes(range(0x80, 0xC0)).decode("latin-1"), *bytes(range(0x80, 0xC0)).decode("cp1252", "ignore")})
)
_CONT = f"[{re.escape(_CONTINUATION)}]"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")

# Spaces that are not U+0020 (no-break, thin, ideographic…) and invisible characters that only
# break word matching. Zero-width joiners stay: they are part of emoji.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_SPACE_RUNS = re.compile(r" {2,}")
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINE_RUNS = re.compile(r"\n{3,}")

_APOSTROPHES = "'\u2019\u2018`\u02bc"

# Block boundaries ask for a break rather than writing one, so nested or adjacent blocks
# ("</li><li>", "<div><p>") give one break, not several; <br> writes a real newline.
_LINE_BREAK = "\x00"
_PARAGRAPH_BREAK = "\x01"
_BREAK_RUNS = re.compile(
    f"[ {_LINE_BREAK}{_PARAGRAPH_BREAK}]*[{_LINE_BREAK}{_PARAGRAPH_BREAK}][ {_LINE_BREAK}{_PARAGRAPH_BREAK}]*"
)


# A numeric character reference in a feed's bytes: "&#55357;" or "&#xD83D;".
_NUMERIC_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,24}));")
_REPLACEMENT_REFERENCE = b"&#65533;"


def _referenced(match: re.Match[bytes]) -> int:
    return int(match.group(1), 16) if match.group(1) else int(match.group(2))


def repair_character_references(document: bytes) -> bytes:
    """`document` with every numeric character reference to a non-character made harmless.

    Some CMSs write an emoji as two references to its UTF-16 halves ("&#55357;&#56832;"), or cut one
    in half. feedparser's fallback parser raises on such a reference (and on one past U+10FFFF, or
    NUL), which loses the whole feed; a pair becomes the one reference it meant, anything else U+FFFD.
    """
    if b"&#" not in document:
        return document
    matches = list(_NUMERIC_REFERENCE.finditer(document))
    pieces: list[bytes] = []
    position = index = 0
    while index < len(matches):
        match = matches[index]
        code = _referenced(match)
        index += 1
        if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            continue
        pieces.append(document[position : match.start()])
        position = match.end()
        following = matches[index] if index < len(matches) else None
        if 0xD800 <= code <= 0xDBFF and following is not None and following.start() == match.end():
            low = _referenced(following)
            if 0xDC00 <= low <= 0xDFFF:
                pieces.append(b"&#%d;" % (0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                position = following.end()
                index += 1
                continue
        pieces.append(_REPLACEMENT_REFERENCE)
    pieces.append(document[position:])
    return b"".join(pieces)


def normalise_whitespace(text: str) -> str:
    """Collapse runs of spaces, trim every line, keep single line breaks and at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))
    lines = [_SPACE_RUNS.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINE_RUNS.sub("\n\n", "\n".join(lines)).strip()


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252/Latin-1 ("Â£" → "£"), sequence by sequence.

    Only complete, valid UTF-8 sequences are replaced, so genuine accented text is left alone.
    """

    def repaired(match: re.Match[str]) -> str:
        raw = bytearray()
        for char in match.group():
            try:
                raw.extend(char.encode("cp1252"))
            except UnicodeEncodeError:
                raw.extend(char.encode("latin-1"))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    return _MOJIBAKE.sub(repaired, text)


class _Emit(str):
    """Text to write once a tag's children are done (kept apart from the document's own strings)."""


def _render(root: Tag) -> str:
    # Iterative on purpose: sloppy CMS markup (thousands of unclosed <b> or <font>) nests deeper
    # than Python's recursion limit.
    pieces: list[str] = []
    stack: list[PageElement | _Emit] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, _Emit):
            pieces.append(str(node))
            continue
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            # HTML collapses source line breaks to spaces; only <pre> keeps them.
            inside_pre = node.find_parent("pre") is not None
            pieces.append(str(node) if inside_pre else _WHITESPACE.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag) or node.name in _DROPPED_TAGS:
            continue
        if node.name == "br":
            pieces.append("\n")
            continue
        if node.name == "img":
            alt = node.get("alt")
            if isinstance(alt, str) and alt.strip():
                pieces.append(f" {alt.strip()} ")
            continue
        before = after = ""
        if node.name in _PARAGRAPH_TAGS:
            before = after = _PARAGRAPH_BREAK
        elif node.name in _LINE_TAGS:
            before = after = _LINE_BREAK
        elif node.name in {"td", "th"}:
            after = " "
        pieces.append(before)
        stack.append(_Emit(after))
        stack.extend(reversed(node.contents))
    return "".join(pieces)


def _html_pass(html: str) -> str:
    if "<" not in html and "&" not in html:
        # No tag and no entity: the parser would give back one string, whitespace collapsed as below.
        # Most feed titles and many summaries are like this, and parsing costs ~30 µs each.
        return _WHITESPACE.sub(" ", html.replace(_LINE_BREAK, "").replace(_PARAGRAPH_BREAK, ""))
    soup = BeautifulSoup(html.replace(_LINE_BREAK, "").replace(_PARAGRAPH_BREAK, ""), "html.parser")
    return _BREAK_RUNS.sub(lambda run: "\n\n" if _PARAGRAPH_BREAK in run.group() else "\n", _render(soup))


def html_to_text(html: str) -> str:
    """Clean text from an HTML fragment: scripts and styles dropped, <br>/<p> as line breaks,
    entities decoded, whitespace normalised, never truncated.

    Markup that a publisher escaped twice ("&amp;lt;p&amp;gt;") is parsed a second time, and UTF-8
    read as Windows-1252 is repaired.
    """
    text = _html_pass(html)
    if _LEFTOVER_MARKUP.search(text):
        text = _html_pass(text)
    return normalise_whitespace(repair_mojibake(text))


def plain_to_text(text: str) -> str:
    """Clean text from a value that is already plain text (no HTML parsing, line breaks kept)."""
    return normalise_whitespace(repair_mojibake(text))


def _name_pattern(name: str) -> str | None:
    folded = unicodedata.normalize("NFKC", name).casefold()
    tokens = re.findall(r"\w+", folded)
    if not tokens:
        return None
    separators = re.findall(r"\w+(\W+)(?=\w)", folded)
    parts = [re.escape(tokens[0])]
    for token, separator in zip(tokens[1:], separators, strict=True):
        if separator.strip(_APOSTROPHES) == "":
            # "St Mary's" may be written "St Marys" or with a typographic apostrophe.
            parts.append(f"[{_APOSTROPHES}]?")
        else:
            # Any punctuation or none: "Kingsmere General", "Kingsmere-General", "#KingsmereGeneral".
            # A possessive on an inner word ("Kingsmere Valley's Hospitals") is tolerated too.
            parts.append(f"(?:[{_APOSTROPHES}]s)?[\\W_]*")
        parts.append(re.escape(token))
    # Word boundaries on both ends; a trailing possessive ("General's") is a boundary already.
    return rf"(?<!\w){''.join(parts)}(?!\w)"


@lru_cache(maxsize=64)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str] | None:
    patterns = [pattern for name in names if (pattern := _name_pattern(name))]
    if not patterns:
        return None
    # Longest first so the match reported is the most specific name.
    patterns.sort(key=len, reverse=True)
    return re.compile("|".join(patterns))


def find_mention(text: str, names: Iterable[str]) -> str | None:
    """The first of `names` that `text` mentions (as written in the text), or None."""
    pattern = _compiled(tuple(names))
    if pattern is None:
        return None
    match = pattern.search(unicodedata.normalize("NFKC", text).casefold())
    return match.group() if match else None


def mentions_any(text: str, names: Iterable[str]) -> bool:
    """True when `text` names any of `names`: whole words, any case, punctuation- and possessive-tolerant.

    A name matches only as a whole ("Kingsmere General" does not match "Kingsmere Generally" or a
    bare "Kingsmere").
    """
    return find_mention(text, names) is not None
