"""Small text helpers: per-platform handle rules, Unicode styling, homoglyphs, zero-width insertion,
lookalike domains, and an analysis-only skeleton used to record which identity elements a record copies.
Written for this evaluation set; independent of the TrustWatch detector."""
import re
import unicodedata

PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky", "youtube", "mastodon"]

HANDLE_RULES = {
    "x": re.compile(r"^[A-Za-z0-9_]{4,15}$"),
    "facebook": re.compile(r"^(?:[A-Za-z0-9.]{5,50}|\d{14,16})$"),
    "instagram": re.compile(r"^(?!.*\.\.)(?!\.)[a-z0-9._]{1,30}(?<!\.)$"),
    "tiktok": re.compile(r"^(?!.*\.\.)[a-z0-9._]{2,24}(?<!\.)$"),
    "linkedin": re.compile(r"^[a-z0-9-]{3,100}$"),
    "bluesky": re.compile(r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,}$"),
    "youtube": re.compile(r"^[A-Za-z0-9_.-]{3,30}$"),
    "mastodon": re.compile(r"^[A-Za-z0-9_]+@[a-z0-9.-]+$"),
}


def handle_ok(platform, handle):
    rule = HANDLE_RULES.get(platform)
    return bool(rule and rule.match(handle))


def fit_handle(platform, raw):
    """Coerce a raw handle idea into the platform's charset (used for generated handles)."""
    if platform == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "_", raw)
        h = re.sub(r"_+", "_", h).strip("_")
        return h[:15]
    if platform in ("instagram", "tiktok"):
        h = re.sub(r"[^a-z0-9._]", "_", raw.lower())
        h = re.sub(r"\.{2,}", ".", h).strip(".")
        return h[: 30 if platform == "instagram" else 24].rstrip(".")
    if platform == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", raw)
        return h[:50]
    if platform == "linkedin":
        h = re.sub(r"[^a-z0-9-]", "-", raw.lower())
        return re.sub(r"-+", "-", h).strip("-")
    if platform == "bluesky":
        if raw.endswith(".bsky.social"):
            raw = raw[: -len(".bsky.social")]
        h = re.sub(r"[^a-z0-9-]", "-", raw.lower())
        h = re.sub(r"-+", "-", h).strip("-")[:40]
        return h + ".bsky.social"
    return raw


# ---------- zero width ----------
ZW_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def has_zero_width(s):
    return any(c in s for c in ZW_CHARS)


# ---------- styled alphabets ----------
def _math_map(upper_start, lower_start, digit_start=None, exceptions=None):
    m = {}
    for i in range(26):
        m[chr(65 + i)] = chr(upper_start + i)
        m[chr(97 + i)] = chr(lower_start + i)
    if digit_start:
        for i in range(10):
            m[chr(48 + i)] = chr(digit_start + i)
    if exceptions:
        m.update(exceptions)
    return m


STYLES = {
    "math_bold": _math_map(0x1D400, 0x1D41A, 0x1D7CE),
    "math_italic": _math_map(0x1D434, 0x1D44E, None, {"h": "\u210E"}),
    "math_bold_italic": _math_map(0x1D468, 0x1D482),
    "sans_bold": _math_map(0x1D5D4, 0x1D5EE, 0x1D7EC),
    "sans_italic": _math_map(0x1D608, 0x1D622),
    "script_bold": _math_map(0x1D4D0, 0x1D4EA),
    "monospace": _math_map(0x1D670, 0x1D68A, 0x1D7F6),
    "double_struck": _math_map(0x1D538, 0x1D552, 0x1D7D8, {"C": "\u2102", "H": "\u210D", "N": "\u2115", "P": "\u2119",
                                                          "Q": "\u211A", "R": "\u211D", "Z": "\u2124"}),
    "fullwidth": {**{chr(65 + i): chr(0xFF21 + i) for i in range(26)}, **{chr(97 + i): chr(0xFF41 + i) for i in range(26)},
                  **{chr(48 + i): chr(0xFF10 + i) for i in range(10)}, "'": "\uFF07", "&": "\uFF06", ",": "\uFF0C"},
    "small_caps": dict(zip("abcdefghijklmnopqrstuvwxyz",
                           "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ")),
}


def stylise(text, style):
    m = STYLES[style]
    if style == "small_caps":
        # small caps keeps capitals as they are and lowers the rest, the way font generators do
        return "".join(m.get(c, c) if c.islower() else c for c in text)
    return "".join(m.get(c, c) for c in text)


def has_styled(s):
    for c in s:
        o = ord(c)
        if 0x1D400 <= o <= 0x1D7FF or 0xFF01 <= o <= 0xFF5E or c in "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ" or c in "\u2102\u210D\u2115\u2119\u211A\u211D\u2124\u210E":
            return True
    return False


# ---------- homoglyphs ----------
CYRILLIC = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ",
            "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р",
            "T": "Т", "X": "Х", "S": "Ѕ"}
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ",
         "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν"}


def scripts_in(s):
    out = set()
    for c in s:
        if not c.isalpha():
            continue
        n = unicodedata.name(c, "")
        if n.startswith("LATIN") or (ord(c) < 128):
            out.add("Latin")
        elif n.startswith("CYRILLIC"):
            out.add("Cyrillic")
        elif n.startswith("GREEK"):
            out.add("Greek")
        else:
            out.add("Other")
    return out


# ---------- analysis skeleton (for recording copied elements only) ----------
_REV = {}
for d in (CYRILLIC, GREEK):
    for k, v in d.items():
        _REV[v] = k


def skeleton(s):
    s = "".join(c for c in s if c not in ZW_CHARS)
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_REV.get(c, c) for c in s)
    small = dict((v, k) for k, v in STYLES["small_caps"].items())
    s = "".join(small.get(c, c) for c in s)
    s = s.lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a").replace("@", "a")
    s = s.replace("ı", "i")
    s = re.sub(r"[^a-z]", "", s.replace("’", "'"))
    return s.replace("i", "l")


# ---------- lookalike domains ----------
def lookalike_domains(domain):
    """Hand-chosen families of lookalikes for an official domain like 'ouh.nhs.uk'."""
    stem = domain[: -len(".nhs.uk")] if domain.endswith(".nhs.uk") else domain.split(".")[0]
    out = []
    # one letter off, still showing .nhs.uk in the text
    if len(stem) > 4:
        i = len(stem) // 2
        out.append(stem[:i] + stem[i + 1:] + ".nhs.uk")                 # omission
        out.append(stem[:i] + stem[i] + stem[i:] + ".nhs.uk")           # repetition
        out.append(stem[:i] + stem[i + 1] + stem[i] + stem[i + 2:] + ".nhs.uk")  # transposition
    else:
        out.append(stem + stem[-1] + ".nhs.uk")
        out.append(stem[0] + stem[0] + stem[1:] + ".nhs.uk")
    if "l" in stem:
        out.append(stem.replace("l", "1", 1) + ".nhs.uk")
    if "o" in stem:
        out.append(stem.replace("o", "0", 1) + ".nhs.uk")
    if "m" in stem:
        out.append(stem.replace("m", "rn", 1) + ".nhs.uk")
    # another suffix
    out += [stem + "-nhs.uk", stem + "nhs.co.uk", stem + ".nhs-uk.com", "nhs-" + stem + ".org", stem + ".nhs.uk.com",
            stem + "-nhs.org.uk", stem + "-patients.co.uk", stem + "-careers.com", stem + "nhs.help", stem + "-refunds.uk",
            stem + "nhs.online", stem + ".nhs-trust.info", "my" + stem + "-nhs.com", stem + "-charity-appeal.org"]
    return [d for d in out if d != domain]
