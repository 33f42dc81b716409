"""Shared helpers for building the nhs2 set: deterministic ids, platform-legal handles, Unicode tricks."""
import random
import re

SEED = 20261207

HANDLE_RULES = {
    "x": r"^[A-Za-z0-9_]{4,15}$",
    "facebook": r"^(?:[A-Za-z0-9.]{5,50}|\d{14,16})$",
    "instagram": r"^(?!.*\.\.)(?!\.)[a-z0-9._]{1,30}(?<!\.)$",
    "tiktok": r"^(?!.*\.\.)[a-z0-9._]{2,24}(?<!\.)$",
    "linkedin": r"^[a-z0-9-]{3,100}$",
    "bluesky": r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,}$",
    "youtube": r"^[A-Za-z0-9_.-]{3,30}$",
    "mastodon": r"^[A-Za-z0-9_]+@[a-z0-9.-]+$",
}

B32 = "abcdefghijklmnopqrstuvwxyz234567"


def account_id(rng, platform):
    """An invented, platform-shaped account id."""
    if platform == "x":
        return str(rng.randint(10**8, 10**19 - 1))
    if platform == "facebook":
        return str(rng.randint(10**14, 10**15 - 1))
    if platform == "instagram":
        return str(rng.randint(10**7, 10**11 - 1))
    if platform == "tiktok":
        return str(rng.randint(10**17, 10**19 - 1))
    if platform == "linkedin":
        return str(rng.randint(10**4, 10**8 - 1))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice(B32) for _ in range(24))
    if platform == "youtube":
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(rng.choice(chars) for _ in range(22))
    if platform == "mastodon":
        return str(rng.randint(10**8, 10**17))
    raise ValueError(platform)


def iso(rng, start_year, end_year, end_month=12):
    y = rng.randint(start_year, end_year)
    m = rng.randint(1, end_month if y == end_year else 12)
    d = rng.randint(1, 28)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def clean_tokens(tokens):
    out = []
    for t in tokens:
        t = re.sub(r"[^A-Za-z0-9]", "", t)
        if t:
            out.append(t)
    return out


def _cap(t):
    return t[:1].upper() + t[1:]


def make_handle(tokens, platform, rng, sep=None, style=None):
    """Join handle tokens the way people do on `platform`, keeping to the platform's rules."""
    toks = clean_tokens(tokens)
    if not toks:
        toks = ["page%d" % rng.randint(10, 99)]
    if platform == "x":
        style = style or rng.choice(["camel", "lower", "camel", "upper_first"])
        sep = sep if sep is not None else rng.choice(["", "", "_"])
        parts = list(toks)

        def render(ps):
            if style == "lower":
                rs = [p.lower() for p in ps]
            elif style == "upper_first":
                rs = [ps[0].upper()] + [_cap(p) for p in ps[1:]]
            else:
                rs = [_cap(p) for p in ps]
            return sep.join(rs)

        h = render(parts)
        while len(h) > 15 and len(parts) > 2:
            parts.pop(len(parts) // 2)
            h = render(parts)
        if len(h) > 15:
            h = h[:15].rstrip("_")
        while len(h) < 4:
            h += str(rng.randint(0, 9))
    elif platform == "facebook":
        sep = sep if sep is not None else rng.choice(["", ".", ""])
        cap = rng.random() < 0.6
        h = sep.join(_cap(t) if cap else t.lower() for t in toks)[:50].strip(".")
        while len(h) < 5:
            h += str(rng.randint(0, 9))
    elif platform in ("instagram", "tiktok"):
        sep = sep if sep is not None else rng.choice(["", "_", ".", "_"])
        limit = 30 if platform == "instagram" else 24
        parts = [t.lower() for t in toks]
        h = sep.join(parts)
        while len(h) > limit and len(parts) > 2:
            parts.pop(len(parts) // 2)
            h = sep.join(parts)
        h = h[:limit].strip(".")
    elif platform == "linkedin":
        h = "-".join(t.lower() for t in toks)[:100].strip("-")
        while len(h) < 3:
            h += str(rng.randint(0, 9))
    elif platform == "bluesky":
        sep = sep if sep is not None else rng.choice(["", "-"])
        label = sep.join(t.lower() for t in toks)[:40].strip("-")
        h = label + ".bsky.social"
    elif platform == "youtube":
        h = "".join(_cap(t) for t in toks)[:30]
        while len(h) < 3:
            h += str(rng.randint(0, 9))
    elif platform == "mastodon":
        h = "_".join(t.lower() for t in toks)[:30] + "@" + rng.choice(
            ["mastodon.social", "mastodon.online", "mstdn.social", "toot.wales", "mastodon.scot"])
    else:
        raise ValueError(platform)
    assert re.match(HANDLE_RULES[platform], h), (platform, h)
    return h


# Styled Unicode alphabets, as produced by "fancy font" generators
def _offset_alpha(upper_start, lower_start, holes=None):
    holes = holes or {}

    def conv(s):
        out = []
        for c in s:
            if c in holes:
                out.append(holes[c])
            elif "A" <= c <= "Z":
                out.append(chr(upper_start + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(lower_start + ord(c) - 97))
            else:
                out.append(c)
        return "".join(out)

    return conv


SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))


def small_caps(s):
    return "".join(SMALL_CAPS.get(c.lower(), c) if c.isalpha() else c for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) - 0x21 + 0xFF01) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


STYLES = {
    "bold": _offset_alpha(0x1D400, 0x1D41A),
    "sans_bold": _offset_alpha(0x1D5D4, 0x1D5EE),
    "bold_italic": _offset_alpha(0x1D468, 0x1D482),
    "bold_script": _offset_alpha(0x1D4D0, 0x1D4EA),
    "sans_italic": _offset_alpha(0x1D608, 0x1D622),
    "double_struck": _offset_alpha(0x1D538, 0x1D552, {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ",
                                                       "R": "ℝ", "Z": "ℤ"}),
    "monospace": _offset_alpha(0x1D670, 0x1D68A),
    "small_caps": small_caps,
    "fullwidth": fullwidth,
}

CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "s": "ѕ",
            "A": "А", "B": "В", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т",
            "X": "Х", "S": "Ѕ", "I": "І"}
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "N": "Ν", "O": "Ο", "T": "Τ", "Z": "Ζ",
         "o": "ο", "v": "ν"}


def mix_script(s, rng, n=None):
    """Swap one to three Latin letters for Cyrillic or Greek look-alikes."""
    table = CYRILLIC if rng.random() < 0.7 else GREEK
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        table = CYRILLIC
        idx = [i for i, c in enumerate(s) if c in table]
    n = n or rng.choice([1, 1, 2, 3])
    latin_letters = sum(1 for ch in s if ch.isascii() and ch.isalpha())
    chosen = rng.sample(idx, max(1, min(n, len(idx), latin_letters - 1)))
    chars = list(s)
    for i in chosen:
        chars[i] = table[chars[i]]
    return "".join(chars)


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def insert_zero_width(s, rng):
    """Put one or two invisible characters inside a name."""
    chars = list(s)
    k = rng.choice([1, 1, 2])
    for _ in range(k):
        pos = rng.randint(1, len(chars) - 1)
        chars.insert(pos, rng.choice(ZW))
    return "".join(chars)


def new_rng(label):
    return random.Random("%d:%s" % (SEED, label))
