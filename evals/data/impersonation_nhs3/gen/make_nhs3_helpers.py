"""Character tricks shared by the nhs3 wording: letter swaps, styled letters, other scripts."""
import re

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "A": "А", "B": "В", "E": "Е",
       "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "S": "Ѕ"}
GRK = {"o": "ο", "a": "α", "v": "ν", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν",
       "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ"}
SWAPS = {"o": "0", "O": "0", "l": "1", "i": "1", "I": "1", "s": "5", "S": "5", "e": "3", "E": "3", "a": "4", "A": "4", "B": "8"}
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
DOUBLE = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}


def pick_official(t, platform, rng):
    same = [a for a in t["official_accounts"] if a["platform"] == platform]
    return rng.choice(same or [a for a in t["official_accounts"] if a["platform"] in ("x", "instagram", "facebook")])



def swap_letters(text, rng, keep_length=False):
    """One or two lookalike swaps: o/0, l/1, i/1, s/5, e/3, a/4, B/8, and (when length allows) m/rn or l/I."""
    idx = [k for k, c in enumerate(text) if c in SWAPS or c == "l" or (c == "m" and not keep_length)]
    chosen = sorted(rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))), reverse=True)
    out = list(text)
    for k in chosen:
        c = out[k]
        if c == "m":
            out[k] = "rn"
        elif c == "l" and rng.random() < 0.4:
            out[k] = "I"
        else:
            out[k] = SWAPS.get(c, c)
    return "".join(out)


def styled_name(name, style, rng):
    part = name
    words = name.split()
    if len(words) > 2 and rng.random() < 0.4:
        part = " ".join(words[:2])
    out = []
    for c in part:
        o = ord(c)
        if style == "bold" and c.isascii() and c.isalpha():
            out.append(chr(0x1D400 + (o - 65) if c.isupper() else 0x1D41A + (o - 97)))
        elif style == "sans_bold" and c.isascii() and c.isalpha():
            out.append(chr(0x1D5D4 + (o - 65) if c.isupper() else 0x1D5EE + (o - 97)))
        elif style == "italic_bold" and c.isascii() and c.isalpha():
            out.append(chr(0x1D468 + (o - 65) if c.isupper() else 0x1D482 + (o - 97)))
        elif style == "fullwidth" and "!" <= c <= "~":
            out.append(chr(0xFF01 + (o - 0x21)))
        elif style == "small_caps" and c.lower() in SMALL_CAPS:
            out.append(SMALL_CAPS[c.lower()])
        elif style == "double" and c.isascii() and c.isalpha():
            if c in DOUBLE:
                out.append(DOUBLE[c])
            else:
                out.append(chr(0x1D538 + (o - 65) if c.isupper() else 0x1D552 + (o - 97)))
        else:
            out.append(c)
    return "".join(out) + name[len(part):]
