#!/usr/bin/env python3
"""Assemble evaluation set 20 (trusts.json + accounts.jsonl) from the hand-written text in this folder.

Standard library only; fixed seed, so running it twice gives byte-identical files:
    python3 gen/make_set.py
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from trusts_data import ABOUT, TRUSTS, STEMS  # noqa: E402
from scam_text import BIOS, NAMES, OLD_HANDLES, SCAM_DOMAINS, SCAM_PHONES  # noqa: E402
from copy_text import COPY_SUFFIXES, COPY_EDITS, NEW_HANDLES, THEME_WORDS, AFFIXES  # noqa: E402
from adjacent_text import ADJ  # noqa: E402
from public_text_a import PUBLIC_A  # noqa: E402
from public_text_b import PUBLIC_B  # noqa: E402
from public_text_c import PUBLIC_C  # noqa: E402

SEED = 20200
R = random.Random(SEED)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle",
           "refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name",
           "styled_unicode_name", "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle",
           "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TKEYS = list(TRUSTS)
ZW = "\u200b\u200c\u200d\u2060\ufeff"

# ------------------------------------------------------------------ small helpers
B32 = "abcdefghijklmnopqrstuvwxyz234567"


def account_id(platform, created_year=2024):
    if platform == "x":
        return str(R.randint(10 ** 17, 2 * 10 ** 18)) if created_year >= 2016 else str(R.randint(10 ** 7, 10 ** 9))
    if platform == "facebook":
        return str(R.randint(10 ** 14, 10 ** 15 - 1)) if created_year >= 2019 else str(R.randint(10 ** 9, 10 ** 12))
    if platform == "instagram":
        return str(R.randint(10 ** 9, 10 ** 11))
    if platform == "tiktok":
        return str(R.randint(10 ** 18, 8 * 10 ** 18))
    if platform == "linkedin":
        return str(R.randint(10 ** 5, 10 ** 9))
    if platform == "youtube":
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(R.choice(chars) for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(R.choice(B32) for _ in range(24))
    return str(R.randint(10 ** 6, 10 ** 12))  # mastodon


def when(y0, y1):
    y = R.randint(y0, y1)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                 R.randint(0, 59), R.randint(0, 59))


def logint(lo, hi):
    import math
    return int(round(math.exp(R.uniform(math.log(lo + 1), math.log(hi + 1))) - 1))


def render(tokens, platform, sep=None, dotted=False):
    """Turn handle tokens into a handle that fits the platform's rules."""
    toks = [t for t in tokens if t and re.search(r"[A-Za-z0-9]", t)]
    if platform == "x":
        s = (sep if sep is not None else R.choice(["", "_"])).join(toks)
        s = re.sub(r"[^A-Za-z0-9_]", "", s)
        if len(s) > 15:
            s = re.sub(r"_", "", s)[:15]
        return s
    if platform == "facebook":
        s = (sep if sep is not None else ("." if dotted else R.choice(["", "."]))).join(toks)
        return re.sub(r"[^A-Za-z0-9.]", "", s)[:50]
    if platform in ("instagram", "tiktok"):
        s = (sep if sep is not None else ("." if dotted else R.choice(["_", ".", ""]))).join(t.lower() for t in toks)
        s = re.sub(r"[^a-z0-9._]", "", s)
        s = re.sub(r"\.\.+", ".", s).strip(".")
        return s[:24 if platform == "tiktok" else 30].rstrip(".")
    if platform == "linkedin":
        return re.sub(r"[^a-z0-9-]", "", "-".join(t.lower() for t in toks))
    if platform == "bluesky":
        return re.sub(r"[^a-z0-9-]", "", "-".join(t.lower() for t in toks))[:40].strip("-") + ".bsky.social"
    raise ValueError(platform)


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


def fits(platform, h):
    return re.match(HANDLE_RULES[platform], h) is not None


# ------------------------------------------------------------------ Unicode tricks
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "H": "Н", "K": "К",
       "M": "М", "T": "Т", "B": "В", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "S": "Ѕ", "I": "І"}
GRK = {"o": "ο", "A": "Α", "B": "Β", "E": "Ε", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "T": "Τ", "H": "Η", "O": "Ο",
       "v": "ν", "u": "υ", "i": "ι"}


def mix_script(s):
    table = R.choice([CYR, CYR, GRK])
    idx = [i for i, c in enumerate(s) if c in table]
    R.shuffle(idx)
    k = R.choice([1, 1, 2, 3])
    chars = list(s)
    for i in idx[:k]:
        chars[i] = table[chars[i]]
    return "".join(chars)


STYLE_BASES = {"bold": (0x1D400, 0x1D41A), "italic": (0x1D434, 0x1D44E), "bolditalic": (0x1D468, 0x1D482),
               "sansbold": (0x1D5D4, 0x1D5EE), "scriptbold": (0x1D4D0, 0x1D4EA), "mono": (0x1D670, 0x1D68A),
               "fullwidth": (0xFF21, 0xFF41)}
SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
SC_LETTERS = "abcdefghijklmnopqrstuvwyz"


def style_word(w, style):
    out = []
    for c in w:
        if style == "smallcaps":
            lc = c.lower()
            out.append(SMALL_CAPS[SC_LETTERS.index(lc)] if lc in SC_LETTERS else c)
            continue
        up, lo = STYLE_BASES[style]
        if "A" <= c <= "Z":
            out.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z":
            if style == "italic" and c == "h":
                out.append("ℎ")
            else:
                out.append(chr(lo + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def stylise(s):
    style = R.choice(list(STYLE_BASES) + ["smallcaps"])
    words = s.split(" ")
    if R.random() < 0.5 or len(words) == 1:
        return " ".join(style_word(w, style) for w in words)
    k = R.randrange(len(words))
    return " ".join(style_word(w, style) if i == k or (i < k and R.random() < 0.5) else w for i, w in enumerate(words))


def add_zw(s):
    chars = list(s)
    for _ in range(R.choice([1, 1, 2, 3])):
        pos = R.randint(1, len(chars) - 1)
        chars.insert(pos, R.choice(ZW))
    return "".join(chars)


SWAPS = [("o", "0"), ("l", "1"), ("i", "1"), ("s", "5"), ("e", "3"), ("a", "4"), ("m", "rn"), ("O", "0"), ("I", "l"),
         ("l", "I"), ("S", "5"), ("E", "3"), ("B", "8")]


def fold(s):
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def swap_chars(s, n=None):
    for _ in range(50):
        out = s
        for _ in range(n or R.choice([1, 1, 2])):
            opts = [(a, b) for a, b in SWAPS if a in out]
            if not opts:
                break
            a, b = R.choice(opts)
            idx = [m.start() for m in re.finditer(re.escape(a), out)]
            i = R.choice(idx)
            out = out[:i] + b + out[i + len(a):]
        if out.lower() != s.lower() and fold(out) == fold(s):
            return out
    return None


# ------------------------------------------------------------------ impersonations
def fill(template, t, key, ctx):
    st = STEMS[key]
    rep = {"{N}": t["name"], "{S}": ctx["short"], "{I}": t["initials"], "{SITE}": ctx["site"], "{CITY}": st["city"],
           "{PH}": ctx["ph"], "{DOM}": t["web_domains"][0], "{LOOK}": ctx["look"], "{CEO}": ctx["ceo"],
           "{CHAIR}": ctx["chair"], "{SP}": ctx["sp"], "{SD}": ctx["sd"]}
    used = set()
    out = template
    for k, v in rep.items():
        if k in out:
            used.add(k)
            out = out.replace(k, v)
    return out, used


def elements_from(used):
    el = set()
    if used & {"{N}", "{S}", "{I}", "{SITE}"}:
        el.add("bio_claim")
    if "{PH}" in used:
        el.add("phone")
    if "{DOM}" in used:
        el.add("domain")
    if "{LOOK}" in used:
        el.add("lookalike_domain")
    if used & {"{CEO}", "{CHAIR}"}:
        el.add("executive_name")
    return el


def exec_parts(name):
    bare = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", name)
    first, last = bare.split()[0], bare.split()[-1]
    return first, last


class Pool:
    """Cycle through a hand-written list in a shuffled order, so each text is used before any repeats."""

    def __init__(self, items):
        self.items = list(items)
        self.order = []

    def next(self):
        if not self.order:
            self.order = list(range(len(self.items)))
            R.shuffle(self.order)
        return self.items[self.order.pop()]


def make_impersonations():
    recs = []
    used_handles = set()
    for t in TRUSTS.values():
        for a in t["official_accounts"]:
            used_handles.add((a["platform"], a["handle"].lower()))
    bio_pools = {k: Pool(v) for k, v in BIOS.items()}
    name_pools = {k: Pool(v) for k, v in NAMES.items()}
    old_pool = Pool(OLD_HANDLES)
    new_pool = Pool(NEW_HANDLES)
    copy_suffix = Pool(COPY_SUFFIXES)
    n = 0
    trust_cursor = 0
    for tactic in TACTICS:
        eligible = TKEYS if tactic != "short_stem_affix" else [k for k in TKEYS if len(TRUSTS[k]["initials"]) <= 4]
        for i in range(30):
            key = eligible[(trust_cursor + i) % len(eligible)]
            t = TRUSTS[key]
            st = STEMS[key]
            platform = (["facebook", "instagram", "tiktok"][i % 3] if tactic == "dotted_handle"
                        else POS_PLATFORMS[(i + TACTICS.index(tactic)) % 6])
            ceo = t["executives"][0]["name"]
            chair = t["executives"][1]["name"]
            ctx = {"short": R.choice([st["short"]] + [a for a in t["aliases"] if len(a) > 4][:3]),
                   "site": R.choice(t["sites"]), "ph": R.choice(t["phone_numbers"]), "look": R.choice(st["look"]),
                   "ceo": ceo, "chair": chair, "sp": R.choice(SCAM_PHONES), "sd": R.choice(SCAM_DOMAINS)}
            rec = build_one(tactic, i, key, t, st, platform, ctx, bio_pools, name_pools, old_pool, new_pool, copy_suffix)
            if rec is None:
                raise SystemExit("could not build %s %d" % (tactic, i))
            acc, elements = rec
            if not elements:  # an impersonator must take at least one thing from the Trust: add its short name
                acc["display_name"] = "%s %s" % (ctx["short"], acc["display_name"])
                elements = {"name"}
            # unique handle per platform
            base = acc["handle"]
            k2 = 2
            while (platform, acc["handle"].lower()) in used_handles or not fits(platform, acc["handle"]):
                if platform == "bluesky":
                    acc["handle"] = base.replace(".bsky.social", "%d.bsky.social" % k2)
                elif platform == "facebook" and base.isdigit():
                    acc["handle"] = str(int(base) + k2)
                else:
                    h = base + str(k2)
                    if platform == "x" and len(h) > 15:
                        h = base[:15 - len(str(k2))] + str(k2)
                    acc["handle"] = h
                k2 += 1
                if k2 > 99:
                    raise SystemExit("handle trouble %r %s" % (base, platform))
            used_handles.add((platform, acc["handle"].lower()))
            n += 1
            recs.append({"id": "imp-%s-%03d" % (tactic.replace("_", "")[:10], i + 1), "trust": key,
                         "label": "impersonation", "tactic": tactic, "platform": platform, "account": acc,
                         "copied_elements": sorted(elements)})
        trust_cursor += 3
    return recs


def new_account(platform, handle, display, bio, old=False):
    if old:
        created = when(2011, 2019)
        followers = logint(600, 26000)
        following = logint(50, 4000)
    else:
        created = when(2023, 2025)
        followers = logint(0, 1400)
        following = logint(0, 2500)
    verified = (platform == "x" and R.random() < 0.12) or (platform == "facebook" and R.random() < 0.03)
    return {"platform": platform, "handle": handle, "display_name": display, "description": bio,
            "followers": followers, "following": following, "verified": verified, "profile_image_url": None,
            "created_at": created, "account_id": account_id(platform, int(created[:4]))}


def official_on(t, platform):
    offs = [a for a in t["official_accounts"] if a["platform"] == platform]
    if offs:
        return offs[0]
    pref = {"tiktok": "instagram", "bluesky": "instagram", "facebook": "x", "x": "instagram",
            "instagram": "x", "linkedin": "linkedin"}[platform]
    offs = [a for a in t["official_accounts"] if a["platform"] == pref] or t["official_accounts"]
    return offs[0]


def off_handle_for(t, platform):
    h = official_on(t, platform)["handle"].split(".bsky.social")[0]
    if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
        h = h.lower()
        if platform in ("linkedin", "bluesky"):
            h = h.replace("_", "-").replace(".", "-")
    if platform == "facebook":
        h = h.replace("_", "")
    return h


def name_display(t, st):
    return R.choice([t["name"], st["short"]] + [a for a in t["aliases"] if len(a) > 4])


def build_one(tactic, i, key, t, st, platform, ctx, bio_pools, name_pools, old_pool, new_pool, copy_suffix):
    el = set()
    bio_t = bio_pools[tactic].next() if tactic in bio_pools else None

    def pick_name():
        tmpl = name_pools[tactic].next()
        disp, used = fill(tmpl.replace("{EX}", ctx["ceo"]), t, key, ctx)
        if used & {"{N}", "{S}", "{I}", "{SITE}"}:
            el.add("name")
        return disp

    stem = st["stem"]
    ini = t["initials"].lower()

    if tactic == "renamed_old_account":
        old = old_pool.next()
        toks = old.split("_")
        handle = render(toks, platform, sep=None)
        if platform == "x" and len(handle) < 4:
            handle = handle + "_uk"
        display = pick_name()
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio, old=True), el

    if tactic == "digit_letter_swap":
        mode = i % 3  # 0: handle swap + copied display; 1: handle swap + generic display; 2: name swap + new handle
        off = off_handle_for(t, platform)
        if mode in (0, 1):
            h = swap_chars(off)
            if platform == "bluesky":
                h = h.lower() + ".bsky.social" if h else None
            if h is None or not fits(platform, h) or fold(h.split(".bsky.social")[0]) != fold(off):
                mode = 2
            else:
                handle = h
                el.add("handle")
                if mode == 0:
                    display = official_on(t, platform)["display_name"]
                    el.add("name")
                else:
                    display = R.choice(["Patient Updates", "Hospital News", "Community Health", "Patient Info",
                                        "NHS Updates", "Local Health News"])
        if mode == 2:
            for _ in range(40):
                src = R.choice([a for a in t["aliases"] if len(a) > 5] + [t["name"]])
                d = swap_chars(src)
                if d and d not in [t["name"]] + t["aliases"]:
                    break
            display = d
            el.add("name")
            handle = render([new_pool.next()], platform)
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el

    if tactic == "handle_affix":
        off = off_handle_for(t, platform)
        w = AFFIXES[(i * 7) % len(AFFIXES)]
        form = i % 4
        toks = [off, w] if form in (0, 2) else [w, off]
        if form == 2:
            toks.append(str(R.randint(1, 99)))
        handle = render(toks, platform)
        if (platform == "x" and len(off) + len(w) > 15) or w not in handle.lower() or off.lower().replace("_", "") not in handle.lower().replace("_", "").replace(".", "").replace("-", ""):
            handle = render([ini, w] if form % 2 == 0 else [w, ini], platform)
        el.add("handle")
        display = pick_name()
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el

    if tactic == "exact_name_new_handle":
        handle = render(new_pool.next().split("_"), platform)
        display = t["name"]
        el.add("name")
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el

    if tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
        theme = THEME_WORDS[tactic][(i * 5 + TKEYS.index(key)) % len(THEME_WORDS[tactic])]
        form = i % 5
        if form == 0:
            toks = [stem[0], theme] if i % 2 == 0 else [ini, theme]
            el.add("handle")
        elif form in (1, 3):
            toks = [theme, st["city"].lower().replace(" ", "").replace("-", "")]
        else:
            toks = [theme, "uk", str(R.randint(1, 999))]
        handle = render(toks, platform)
        display = pick_name()
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el

    if tactic == "fake_executive":
        ex = t["executives"][0] if i % 3 != 2 else t["executives"][1]
        role = "CEO" if ex["role"] == "chief_executive" else "Chair"
        first, last = exec_parts(ex["name"])
        title = ex["name"].split()[0] if ex["name"].split()[0] in ("Dr", "Professor", "Dame", "Sir") else ""
        form = i % 5
        if form == 0:
            toks = [("Dr" if title == "Dr" else first[0]) + last, role]
        elif form == 1:
            toks = [first, last]
        elif form == 2:
            toks = [last, "nhs"]
        elif form == 3:
            toks = [role.lower(), first, last]
        else:
            toks = [first[0], last, ini]
        handle = render(toks, platform)
        if last.lower() not in handle.lower():
            handle = render([last, role], platform)
        display = R.choice([ex["name"], "%s %s" % (ex["name"], role), "%s | %s" % (ex["name"], ctx["short"]),
                            "%s %s" % (first, last), "%s (%s, %s)" % (ex["name"], role, t["initials"])])
        el.add("executive_name")
        if ctx["short"] in display or t["initials"] in display:
            el.add("name")
        if form == 4 or form == 2 and False:
            el.add("handle")
        bio, used = fill(bio_t.replace("{CEO}", ex["name"]), t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el

    if tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
        base = name_display(t, st)
        if tactic == "zero_width_name":
            display = add_zw(base)
        elif tactic == "styled_unicode_name":
            display = stylise(base)
        else:
            display = mix_script(base)
            while not re.search(r"[\u0370-\u03ff\u0400-\u04ff]", display):
                display = mix_script(base)
        el.add("name")
        form = i % 3
        if form == 0:
            handle = render([off_handle_for(t, platform), R.choice(["", "_", "1", "2", "x"])], platform, sep="")
            if handle.lower() == off_handle_for(t, platform).lower():
                handle = render([off_handle_for(t, platform), "uk"], platform, sep="")
            el.add("handle")
        else:
            handle = render(new_pool.next().split("_"), platform)
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el

    if tactic == "copied_official_bio":
        off = official_on(t, platform)
        src = off["bio"]
        for a, b in COPY_EDITS:
            if a in src and R.random() < 0.5:
                src = src.replace(a, b, 1)
        suffix, used = fill(copy_suffix.next(), t, key, ctx)
        bio = src.rstrip() + " " + suffix
        el.add("bio_claim")
        el |= elements_from(used)
        form = i % 3
        if form == 0:
            display = off["display_name"]
            el.add("name")
            handle = render([off_handle_for(t, platform), R.choice(["official", "uk", "page", "info", "news"])], platform)
            el.add("handle")
        elif form == 1:
            display = R.choice(["Patient Information", "Hospital Updates", "Community NHS News", "Health Updates",
                                "Our Local NHS"])
            handle = render(new_pool.next().split("_"), platform)
        else:
            display = off["display_name"]
            el.add("name")
            handle = render(new_pool.next().split("_"), platform)
        return new_account(platform, handle, display, bio), el

    if tactic == "lookalike_domain_bio":
        form = i % 3
        if form == 0:
            look = ctx["look"].split(".")[0].replace("-", "")
            handle = render([look, R.choice(["", "online", "portal"])], platform, sep="")
            el.add("handle")
        else:
            handle = render(new_pool.next().split("_"), platform)
        display = pick_name()
        bio, used = fill(bio_t, t, key, ctx)
        if "{LOOK}" not in used:
            bio = bio + " " + ctx["look"]
        el |= elements_from(used) | {"lookalike_domain"}
        return new_account(platform, handle, display, bio), el

    if tactic == "dotted_handle":
        form = i % 4
        if platform == "facebook" and form == 3:
            handle = str(R.randint(61550000000000, 61599999999999))
            display = R.choice([t["name"]] + [a for a in t["aliases"] if len(a) > 4])
            el.add("name")
        else:
            extra = R.choice([[], ["nhs"], ["official"], ["uk"], ["page"], ["the"]])
            if extra and extra[0] in stem:
                extra = ["official"]
            toks = (["the"] + stem) if extra == ["the"] else (stem + extra)
            if form == 2:
                toks = [ini] + extra if extra != ["the"] else ["the", ini, "nhs"]
                if len(toks) < 2:
                    toks = [ini, "nhs"]
            handle = render(toks, platform, sep=".")
            el.add("handle")
            display = name_display(t, st) if form != 1 else R.choice(["Patient Support", "Hospital Updates",
                                                                     "Community News", "Health Info"])
            if form != 1:
                el.add("name")
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el

    if tactic == "short_stem_affix":
        w = AFFIXES[(i * 5 + 3) % len(AFFIXES)]
        toks = [ini, w] if i % 3 else [w, ini]
        handle = render(toks, platform)
        el.add("handle")
        display = pick_name()
        bio, used = fill(bio_t, t, key, ctx)
        el |= elements_from(used)
        return new_account(platform, handle, display, bio), el
    return None


# ------------------------------------------------------------------ genuine
X_SPELLINGS = ["X", "Twitter", " x"]
X_MIXED = ["tWitter", "TWITTER", "x ", "twitter ", "TwItTeR", "Twitter ", " X"]
OTHER_SPELLINGS = {"facebook": ["Facebook", "FACEBOOK", "FaceBook", " facebook"],
                   "instagram": ["Instagram", "INSTAGRAM", "InstaGram", "instagram "],
                   "linkedin": ["LinkedIn", "Linkedin", "LINKEDIN", " linkedin"],
                   "youtube": ["YouTube", "Youtube", "YOUTUBE"],
                   "tiktok": ["TikTok", "Tiktok", "TIKTOK"],
                   "bluesky": ["Bluesky", "BlueSky", "BLUESKY"]}


def off_account(a):
    acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"], "description": a["bio"],
           "followers": a["followers"], "following": a["following"], "verified": a["verified"],
           "profile_image_url": None, "account_id": a["account_id"]}
    if a.get("created_at"):
        acc["created_at"] = a["created_at"]
    return acc


def make_genuine(imp_keys):
    recs = []
    n = 0
    for key, t in TRUSTS.items():
        for j, a in enumerate(t["official_accounts"]):
            recs.append({"id": "off-%s-%02d" % (key, j + 1), "trust": key, "label": "genuine", "group": "official",
                         "platform": a["platform"], "account": off_account(a)})
            if a["platform"] == "x":
                spell = X_SPELLINGS + R.sample(X_MIXED, 2)
            else:
                spell = R.sample(OTHER_SPELLINGS[a["platform"]], 2)
            for s in spell:
                n += 1
                acc = off_account(a)
                acc["platform"] = s
                recs.append({"id": "var-%s-%03d" % (key, n), "trust": key, "label": "genuine",
                             "group": "official_case_variant", "platform": a["platform"], "account": acc})
    seen = set(imp_keys)
    for t in TRUSTS.values():
        for a in t["official_accounts"]:
            seen.add((a["platform"], a["handle"].lower()))
    # nhs_adjacent
    for key, block in ADJ.items():
        for j, line in enumerate(block.strip().splitlines()):
            platform, handle, display, bio = line.split("|", 3)
            if (platform, handle.lower()) in seen:
                raise SystemExit("adjacent handle clash %s %s" % (platform, handle))
            seen.add((platform, handle.lower()))
            is_org = not re.search(r"\b(personal|my own|mine|own views|views mine|Own views|own account)\b", bio, re.I)
            created = when(2009, 2024)
            acc = {"platform": platform, "handle": handle, "display_name": display, "description": bio,
                   "followers": logint(30, 60000) if is_org else logint(20, 6000), "following": logint(10, 3000),
                   "verified": bool(is_org and platform in ("x", "facebook") and R.random() < 0.35),
                   "profile_image_url": None, "created_at": created,
                   "account_id": account_id(platform, int(created[:4]))}
            recs.append({"id": "adj-%s-%03d" % (key, j + 1), "trust": key, "label": "genuine", "group": "nhs_adjacent",
                         "platform": platform, "account": acc})
    # general_public
    parts = [PUBLIC_A, PUBLIC_B, PUBLIC_C]
    g = 0
    plat_w = ["x"] * 5 + ["facebook"] * 5 + ["instagram"] * 5 + ["tiktok"] * 3 + ["linkedin"] * 1 + ["bluesky"] * 2 + \
             ["youtube"] * 1 + ["mastodon"] * 1
    instances = ["mastodon.social", "mastodon.online", "mas.to", "toot.community", "social.coop"]
    for part in parts:
        rows = part.strip().splitlines()
        for j, line in enumerate(rows):
            display, bio = line.split("|", 1)
            key = TKEYS[j * len(TKEYS) // len(rows)]
            platform = R.choice(plat_w)
            ascii_name = re.sub(r"[^A-Za-z ]", "", unicodedata.normalize("NFKC", display)).strip()
            words = [w.lower() for w in ascii_name.split()] or []
            if len("".join(words)) < 3:
                words = [R.choice(["sunny", "blue", "north", "happy", "quiet", "little", "moon"]),
                         R.choice(["fox", "river", "days", "kettle", "bee", "star"])]
            style = R.randint(0, 5)
            if style == 0:
                toks = words[:2]
            elif style == 1:
                toks = [words[0], str(R.randint(1, 99))]
            elif style == 2:
                toks = [words[0][0]] + words[-1:] + [str(R.randint(60, 2005))]
            elif style == 3:
                toks = words[:1] + [R.choice(["x", "xo", "uk", "official", "real", "mcr", "ldn", "the1"])]
            elif style == 4:
                toks = ["".join(words[:2]) + str(R.randint(1, 9))]
            else:
                toks = words[-1:] + words[:1]
            if platform == "mastodon":
                handle = "_".join(toks)[:20].strip("_") + "@" + R.choice(instances)
            elif platform == "youtube":
                handle = "".join(w.capitalize() for w in toks)[:30]
            else:
                handle = render(toks, platform)
                if platform == "x" and len(handle) < 4:
                    handle = handle + "_" + str(R.randint(10, 99))
            base = handle
            k2 = 2
            while (platform, handle.lower()) in seen or not fits(platform, handle):
                if platform == "bluesky":
                    handle = base.replace(".bsky.social", "%d.bsky.social" % k2)
                elif platform == "mastodon":
                    handle = base.replace("@", "%d@" % k2, 1)
                elif platform == "x" and len(base) >= 14:
                    handle = base[:13] + str(k2)
                else:
                    handle = base + str(k2)
                k2 += 1
                if k2 > 200:
                    raise SystemExit("public handle trouble %r" % base)
            seen.add((platform, handle.lower()))
            g += 1
            created = when(2008, 2025)
            acc = {"platform": platform, "handle": handle, "display_name": display, "description": bio,
                   "followers": logint(0, 3500), "following": logint(0, 2500), "verified": platform == "x" and R.random() < 0.04,
                   "profile_image_url": None, "created_at": created,
                   "account_id": account_id(platform, int(created[:4]))}
            recs.append({"id": "gp-hw-%04d" % g, "trust": key, "label": "genuine", "group": "general_public",
                         "platform": platform, "account": acc})
    return recs


def main():
    imps = make_impersonations()
    keys = {(r["platform"], r["account"]["handle"].lower()) for r in imps}
    gen = make_genuine(keys)
    allrecs = imps + gen
    R.shuffle(allrecs)
    tj = {"_about": ABOUT}
    for k, t in TRUSTS.items():
        tj[k] = t
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(tj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in allrecs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    bad = [(r["id"], r["platform"], r["account"]["handle"]) for r in gen
           if r["group"] in ("nhs_adjacent", "general_public") and not fits(r["platform"], r["account"]["handle"])]
    print("wrote %d records (%d impersonation, %d genuine)" % (len(allrecs), len(imps), len(gen)))
    if bad:
        print("genuine handles outside platform rules:", len(bad))
        for b in bad:
            print("  ", b)


if __name__ == "__main__":
    main()
