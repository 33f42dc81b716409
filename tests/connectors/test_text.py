import random

import pytest

from connectors._text import (
    find_mention,
    html_to_text,
    mentions_any,
    normalise_whitespace,
    plain_to_text,
    repair_character_references,
    repair_mojibake,
)

APOSTROPHE = "\u2019"

TRUST_NAMES = [
    "Kingsmere Valley Hospitals NHS Foundation Trust",
    "Kingsmere Valley Hospitals",
    "Kingsmere General Hospital",
    "Kingsmere General",
    "Ashby Moor Community Hospital",
    "KVH NHS",
    "kingsmerevalley.nhs.uk",
]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<p>One</p><p>Two</p>", "One\n\nTwo", id="paragraphs become a blank line apart"),
        pytest.param("line one<br>line two<br/>line three", "line one\nline two\nline three", id="br is a line break"),
        pytest.param(
            "<p>Before</p><script>track('x')</script><style>p{color:red}</style><p>After</p>",
            "Before\n\nAfter",
            id="scripts and styles are dropped",
        ),
        pytest.param(
            "A&amp;E &pound;4.80 &ldquo;ok&rdquo; &#8217;", f"A&E £4.80 “ok” {APOSTROPHE}", id="entities are decoded"
        ),
        pytest.param(
            "  lots   of\n\n  spaces\tand\u00a0tabs  ", "lots of spaces and tabs", id="source whitespace collapses"
        ),
        pytest.param("<b>Kingsmere</b> General", "Kingsmere General", id="inline tags add no spaces"),
        pytest.param(
            "<ul><li>Beds</li><li>Staff</li></ul>",
            "Beds\nStaff",
            id="list items are lines",
        ),
        pytest.param(
            "&lt;p&gt;Escaped &amp;amp; twice&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;",
            "Escaped & twice\n\nSecond",
            id="markup escaped twice is parsed again",
        ),
        pytest.param("Waits &lt; 4 hours are rare", "Waits < 4 hours are rare", id="a literal less-than stays text"),
        pytest.param(
            "Kingsmere General\u00e2\u0080\u0099s caf\u00c3\u00a9",
            f"Kingsmere General{APOSTROPHE}s café",
            id="mojibake is repaired",
        ),
        pytest.param('<img src="x.png" alt="Ward 7 corridor">', "Ward 7 corridor", id="image alt text is kept"),
        pytest.param("<!-- tracking --><p>Kept</p>", "Kept", id="comments are dropped"),
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_html_to_text_never_truncates_long_articles() -> None:
    paragraphs = [f"Paragraph {number} about the ward." for number in range(3000)]
    text = html_to_text("".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))
    assert text.split("\n\n") == paragraphs


def test_plain_text_keeps_its_line_breaks_and_angle_brackets() -> None:
    assert plain_to_text("First line\r\nSecond <line>\n\n\n\nLast") == "First line\nSecond <line>\n\nLast"


def test_normalise_whitespace_removes_invisible_characters_but_keeps_emoji_joiners() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalise_whitespace(f"\ufeffKings\u200bmere  {family} ") == f"Kingsmere {family}"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Crème brûlée at the café in São Paulo", id="genuine accents are left alone"),
        pytest.param("Prices in € and £", id="currency signs are left alone"),
        pytest.param("Ã", id="a lone lead character is left alone"),
    ],
)
def test_repair_mojibake_leaves_clean_text_alone(text: str) -> None:
    assert repair_mojibake(text) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I was seen at Kingsmere General last night", id="an alias in a sentence"),
        pytest.param("KINGSMERE GENERAL A&E is packed", id="upper case"),
        pytest.param("Kingsmere General's A&E is packed", id="a straight possessive"),
        pytest.param("Kingsmere General\u2019s A&E is packed", id="a typographic possessive"),
        pytest.param("Kingsmere Valley's Hospitals board met", id="a possessive inside the name"),
        pytest.param("Well done #KingsmereGeneral", id="a hashtag without spaces"),
        pytest.param("(Kingsmere-General) staff", id="hyphens and brackets"),
        pytest.param("Kingsmere   Valley\nHospitals NHS Foundation Trust", id="line breaks between the words"),
        pytest.param("Details at kingsmerevalley.nhs.uk/visitors", id="the web domain"),
        pytest.param("kvh nhs cancelled my op", id="a short alias in lower case"),
    ],
)
def test_mentions_any_finds_the_trust(text: str) -> None:
    assert mentions_any(text, TRUST_NAMES)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Roadworks on Kingsmere Road until December", id="the town name as a street name"),
        pytest.param("Heavy rain across the Kingsmere valley", id="the valley, not the hospitals"),
        pytest.param("Kingsmere Generally sunny weekend ahead", id="a longer word that starts with an alias"),
        pytest.param("PreKingsmere General", id="an alias glued to a preceding word"),
        pytest.param("Ashby Moor bus routes", id="a place name that is only part of an alias"),
        pytest.param("", id="an empty text"),
    ],
)
def test_mentions_any_ignores_near_misses(text: str) -> None:
    assert not mentions_any(text, TRUST_NAMES)


def test_find_mention_reports_the_most_specific_name() -> None:
    found = find_mention("Board of Kingsmere Valley Hospitals NHS Foundation Trust met", TRUST_NAMES)
    assert found == "kingsmere valley hospitals nhs foundation trust"


def test_mentions_any_with_no_usable_names_matches_nothing() -> None:
    assert not mentions_any("anything at all", ["", "  ", "!!"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Seen at St Mary's Hospital", id="written as configured"),
        pytest.param(f"Seen at St Mary{APOSTROPHE}s Hospital", id="with a typographic apostrophe"),
        pytest.param("Seen at St Marys Hospital", id="without the apostrophe"),
        pytest.param("Seen at St. Mary's Hospital", id="with a full stop after St"),
    ],
)
def test_a_name_with_an_apostrophe_matches_however_the_apostrophe_is_written(text: str) -> None:
    assert mentions_any(text, ["St Mary's Hospital"])


def test_html_nested_deeper_than_the_recursion_limit_is_still_read() -> None:
    assert html_to_text("<b>" * 5000 + "deep text" + "</b>" * 10) == "deep text"


@pytest.mark.parametrize(
    ("written", "repaired"),
    [
        (b"wait &#55357; what", b"wait &#65533; what"),
        (b"wait &#xD83D; what", b"wait &#65533; what"),
        (b"great &#55357;&#56832; staff", b"great &#128512; staff"),
        (b"great &#xd83d;&#XDE00; staff", b"great &#128512; staff"),
        (b"low first &#56832;&#55357;", b"low first &#65533;&#65533;"),
        (b"too big &#1114112; &#99999999999999;", b"too big &#65533; &#65533;"),
        (b"nul &#0; and &#x0;", b"nul &#65533; and &#65533;"),
        (b"fine &#128512; &#233; &amp; &#x2019;", b"fine &#128512; &#233; &amp; &#x2019;"),
    ],
    ids=[
        "a lone surrogate",
        "a lone surrogate in hex",
        "a surrogate pair becomes its emoji",
        "a pair in hex",
        "a pair in the wrong order",
        "past the last code point",
        "NUL",
        "valid references untouched",
    ],
)
def test_references_to_non_characters_are_repaired(written: bytes, repaired: bytes) -> None:
    assert repair_character_references(written) == repaired


def test_text_without_markup_reads_as_the_parser_reads_it() -> None:
    # Text with no tag or entity skips the HTML parser; wrapped in an inline tag it goes through it.
    rng = random.Random(7)
    alphabet = [*"ab cdé>\"'", "\n", "\r", "\t", "\x0b", "\x0c", "\x1c", "\x00", "\x01", "\u00a0", "\u2028", "\u2029"]
    alphabet += ["\u200b", "\u3000", "Â£", "â€™", "\U0001f44d"]
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert html_to_text(text) == html_to_text(f"<span>{text}</span>"), repr(text)
