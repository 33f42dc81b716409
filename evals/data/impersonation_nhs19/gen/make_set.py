#!/usr/bin/env python3
"""Rebuild trusts.json and accounts.jsonl of impersonation set 19 from the hand-written text in gen/.

Standard library only; fixed seed, so two runs give byte-identical files.
Usage: python3 gen/make_set.py
"""
import json
import os
import random
import re
import string
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from register import ABOUT, TRUSTS  # noqa: E402
from imp_text import (BIOS, GENERIC_NAMES, GENERIC_HANDLES, OLD_HANDLES, LOOKALIKES, COPY_TAILS,  # noqa: E402
                      COPY_PREFIXES, EXEC_NAME_FORMS, AFFIXES)
import adjacent_text  # noqa: E402
import public_text  # noqa: E402

SEED = 190019
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"

# Words each Trust is known by, for building handles that copy the Trust (hand-chosen).
TRUST_WORDS = {
    "barnsley": [["barnsley", "hospital"], ["barnsley", "hosp"], ["bhnft"], ["barnsley", "nhs"]],
    "bdct": [["bradford", "district", "care"], ["bdct"], ["bdcft"], ["lynfield", "mount"]],
    "wuth": [["wuth"], ["wirral", "hospitals"], ["arrowe", "park"], ["wirral", "university", "hospital"], ["clatterbridge"]],
    "stockport": [["stockport", "nhs"], ["stepping", "hill"], ["stepping", "hill", "hospital"], ["stockport", "hospital"]],
    "geh": [["george", "eliot"], ["george", "eliot", "hospital"], ["geh", "nhs"], ["nuneaton", "hospital"]],
    "sath": [["sath"], ["royal", "shrewsbury"], ["princess", "royal", "telford"], ["shrewsbury", "telford"]],
    "swft": [["swft"], ["warwick", "hospital"], ["south", "warwickshire"], ["stratford", "hospital"]],
    "kgh": [["kgh"], ["kettering", "general"], ["kettering", "hospital"]],
    "esth": [["epsom", "sthelier"], ["st", "helier", "hospital"], ["epsom", "hospital"], ["esth"]],
    "lnwh": [["lnwh"], ["northwick", "park"], ["ealing", "hospital"], ["central", "middlesex"]],
}
HANDLE_TAILS = ["", "", "nhs", "uk", "official", "online", "page", "2025", "info", "hq"]
SCAM_SUFFIX = {
    "refund_patient_support_scam": (["Patient Support", "Refunds", "Patient Help", "Patient Services", "Billing"],
                                    ["refunds", "support", "patienthelp", "billing", "claims"]),
    "jobs_recruitment_scam": (["Careers", "Recruitment", "Jobs", "HR", "International Recruitment"],
                              ["jobs", "careers", "recruit", "hiring", "hr"]),
    "donation_scam": (["Charity", "Appeal", "Hospital Charity", "Fundraising", "Friends"],
                      ["charity", "appeal", "donate", "fund", "giving"]),
}

rng = random.Random(SEED)


# ---------------------------------------------------------------- helpers
def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def rand_date(y0, y1):
    start = datetime(y0, 1, 1)
    span = (datetime(y1, 12, 31) - start).total_seconds()
    return iso(start + timedelta(seconds=int(rng.random() * span)))


USED_IDS = set()


def account_id(platform, old=False):
    while True:
        if platform == "x":
            v = str(rng.randint(10 ** 8, 3 * 10 ** 9)) if old else str(rng.randint(10 ** 17, 19 * 10 ** 17))
        elif platform == "facebook":
            v = str(rng.randint(10 ** 14, 10 ** 15 - 1))
        elif platform == "instagram":
            v = str(rng.randint(10 ** 9, 7 * 10 ** 10))
        elif platform == "tiktok":
            v = str(rng.randint(68 * 10 ** 17, 75 * 10 ** 17))
        elif platform == "linkedin":
            v = str(rng.randint(10 ** 5, 10 ** 8))
        elif platform == "youtube":
            v = "UC" + "".join(rng.choice(string.ascii_letters + string.digits + "_-") for _ in range(22))
        elif platform == "bluesky":
            v = "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
        else:  # mastodon
            v = str(rng.randint(10 ** 17, 10 ** 18))
        if (platform, v) not in USED_IDS:
            USED_IDS.add((platform, v))
            return v


def fit(platform, s):
    """Make a handle from a neutral string so it fits the platform's rules."""
    if platform == "x":
        h = re.sub(r"[.\-]", "_", s)
        h = re.sub(r"[^A-Za-z0-9_]", "", h)[:15].rstrip("_") or "user"
        return h if len(h) >= 4 else h + "_uk"
    if platform == "facebook":
        h = re.sub(r"[_\-]", ".", s)
        h = re.sub(r"[^A-Za-z0-9.]", "", h)
        h = re.sub(r"\.\.+", ".", h).strip(".")[:50]
        return h if len(h) >= 5 else h + ".page"
    if platform in ("instagram", "tiktok"):
        h = s.lower().replace("-", "_")
        h = re.sub(r"[^a-z0-9._]", "", h)
        h = re.sub(r"\.\.+", ".", h).lstrip(".")
        h = h[:30 if platform == "instagram" else 24].rstrip(".")
        return h if len(h) >= 3 else h + "_uk"
    if platform == "linkedin":
        h = re.sub(r"[_.]", "-", s.lower())
        h = re.sub(r"[^a-z0-9-]", "", h)
        h = re.sub(r"--+", "-", h).strip("-")
        return h if len(h) >= 3 else h + "-uk"
    if platform == "bluesky":
        if s.endswith(".bsky.social"):
            return s.lower()
        h = re.sub(r"[_.]", "-", s.lower())
        h = re.sub(r"[^a-z0-9-]", "", h)
        h = re.sub(r"--+", "-", h).strip("-")[:40].strip("-")
        return h + ".bsky.social"
    return s


def join_tokens(platform, toks):
    style = rng.random()
    if platform == "x":
        if style < 0.5:
            return "".join(t.capitalize() for t in toks)
        return "_".join(toks)
    if platform == "facebook":
        return ("." if style < 0.4 else "").join(t.capitalize() if style > 0.7 else t for t in toks)
    if platform in ("instagram", "tiktok"):
        return ["", "_", "."][int(style * 3)].join(toks)
    return "-".join(toks)


class Ctx(dict):
    """Format dict that records which placeholders a template used."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.used = set()

    def __getitem__(self, k):
        self.used.add(k)
        return dict.__getitem__(self, k)


def bio_elements(used):
    el = set()
    if used & {"T", "S", "I", "site"}:
        el.add("bio_claim")
    if "phone" in used:
        el.add("phone")
    if "dom" in used:
        el.add("domain")
    if "look" in used:
        el.add("lookalike_domain")
    if used & {"ceo", "chair"}:
        el.add("executive_name")
    return el


SCAM_NUMS = set()


def scam_number():
    while True:
        kind = rng.random()
        n = rng.randint(0, 999)
        if kind < 0.55:
            s = "07700 900%03d" % n
        elif kind < 0.75:
            s = "0808 157 0%03d" % n
        elif kind < 0.9:
            s = "0306 999 0%03d" % n
        else:
            s = "0909 879 0%03d" % n
        if s not in SCAM_NUMS:
            SCAM_NUMS.add(s)
            return s


def whatsapp():
    return "+44 7700 900%03d" % rng.randint(0, 999)


def short_names(t):
    return [a for a in t["aliases"] if not (len(a) <= 5 and a.upper() == a.replace("a", "A"))] or [t["name"]]


def name_choices(t, platform):
    """Names a copycat can use; X display names are limited to 50 characters."""
    c = [t["name"]] + short_names(t)
    return [n for n in c if platform != "x" or len(n) <= 50]


def hospital_sites(t):
    s = [x for x in t["sites"] if "Hospital" in x or "Centre" in x]
    return s or short_names(t)


def make_ctx(key, t):
    ceo = [e["name"] for e in t["executives"] if e["role"] == "chief_executive"][0]
    chair = [e["name"] for e in t["executives"] if e["role"] == "chair"][0]
    return Ctx(T=t["name"], S=rng.choice(short_names(t)), I=t["initials"], site=rng.choice(hospital_sites(t)),
               city=t["city"], phone=rng.choice(t["phone_numbers"]), dom=t["web_domains"][0],
               look=rng.choice(LOOKALIKES[key]), ceo=ceo, chair=chair, sp=scam_number(), wa=whatsapp())


# ---------------------------------------------------------------- name obfuscation
SWAP_CHARS = {"o": "0", "O": "0", "l": "1", "i": "1", "I": "1", "e": "3", "E": "3", "a": "4", "A": "4",
              "s": "5", "S": "5", "B": "8", "b": "8", "L": "1"}


def digit_swap(s, lower_only=False, n=1):
    idx = [i for i, c in enumerate(s) if c in SWAP_CHARS]
    out = list(s)
    for i in rng.sample(idx, min(n, len(idx))):
        out[i] = SWAP_CHARS[out[i]]
    r = "".join(out)
    if r == s and "m" in s:
        r = s.replace("m", "rn", 1)
    return r.lower() if lower_only else r


def insert_zw(s):
    out = list(s)
    k = rng.choice([1, 1, 2, 3])
    for _ in range(k):
        pos = rng.randint(1, len(out) - 1)
        out.insert(pos, rng.choice(ZW))
    return "".join(out)


def _math(c, upper0, lower0, holes=None):
    holes = holes or {}
    if c in holes:
        return holes[c]
    if "A" <= c <= "Z":
        return chr(upper0 + ord(c) - 65)
    if "a" <= c <= "z":
        return chr(lower0 + ord(c) - 97)
    return c


DS_HOLES = {"C": "\u2102", "H": "\u210d", "N": "\u2115", "P": "\u2119", "Q": "\u211a", "R": "\u211d", "Z": "\u2124"}
SMALL = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
STYLES = {
    "bold": lambda c: _math(c, 0x1D400, 0x1D41A),
    "italic": lambda c: _math(c, 0x1D434, 0x1D44E, {"h": "\u210e"}),
    "bolditalic": lambda c: _math(c, 0x1D468, 0x1D482),
    "boldscript": lambda c: _math(c, 0x1D4D0, 0x1D4EA),
    "sans": lambda c: _math(c, 0x1D5A0, 0x1D5BA),
    "sansbold": lambda c: _math(c, 0x1D5D4, 0x1D5EE),
    "mono": lambda c: _math(c, 0x1D670, 0x1D68A),
    "double": lambda c: _math(c, 0x1D538, 0x1D552, DS_HOLES),
    "fullwidth": lambda c: chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c,
    "smallcaps": lambda c: SMALL.get(c.lower(), c) if c.isalpha() else c,
}


def stylise(s):
    style = rng.choice(sorted(STYLES))
    f = STYLES[style]
    words = s.split(" ")
    if rng.random() < 0.35 and len(words) > 1:  # style only some words
        k = rng.randint(1, len(words) - 1)
        return " ".join("".join(f(c) for c in w) if i < k else w for i, w in enumerate(words))
    return "".join(f(c) for c in s)


CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445", "y": "\u0443",
       "i": "\u0456", "s": "\u0455", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
       "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425"}
GRK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c",
       "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "Z": "\u0396", "o": "\u03bf", "v": "\u03bd"}


def mix_script(s):
    table = CYR if rng.random() < 0.7 else GRK
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        table = CYR if table is GRK else GRK
        idx = [i for i, c in enumerate(s) if c in table]
    k = min(len(idx), rng.choice([1, 1, 2, 3]))
    out = list(s)
    for i in rng.sample(idx, k):
        out[i] = table[out[i]]
    return "".join(out)


# ---------------------------------------------------------------- impersonators
TAKEN = set()  # (platform, handle.lower()) already used by any record


def claim_handle(platform, h, fold_safe=False):
    base = h
    n = 0
    while (platform, h.lower()) in TAKEN:
        n += 1
        if fold_safe:  # keep the confusable fold unchanged: separators and digits 2/6/7/9 fold away
            extra = rng.choice(["_", "2", "7", "9", "_x"]) if platform not in ("linkedin", "bluesky") else rng.choice(["-", "2", "7", "9"])
            if platform == "facebook":
                extra = rng.choice([".", "2", "7", "9"])
            if platform == "bluesky":
                stem = base.split(".bsky.social")[0]
                h = fit(platform, stem + extra * n) if extra == "-" else stem + extra * n + ".bsky.social"
            else:
                h = base + extra * n if platform != "x" else (base[:15 - n] + extra * n)[:15]
        else:
            suffix = str(rng.randint(2, 99))
            if platform == "bluesky":
                h = base.split(".bsky.social")[0] + suffix + ".bsky.social"
            elif platform == "x":
                h = base[:15 - len(suffix)] + suffix
            else:
                h = base + suffix
        if n > 50:
            raise RuntimeError("cannot make handle unique: " + base)
    TAKEN.add((platform, h.lower()))
    return h


def pick_short(platform, lst):
    if platform == "x":
        lst = [h for h in lst if len(h) <= 15] or lst
    return rng.choice(lst)


def generic_handle(platform):
    return claim_handle(platform, fit(platform, pick_short(platform, GENERIC_HANDLES)))


def trust_handle(platform, key, tails=True):
    toks = list(rng.choice(TRUST_WORDS[key]))
    tail = rng.choice(HANDLE_TAILS) if tails else ""
    if tail and tail not in toks:
        toks.append(tail)
    return claim_handle(platform, fit(platform, join_tokens(platform, toks)))


def official_handles(t, platform):
    return [a["handle"] for a in t["official_accounts"] if a["platform"] == platform]


def swap_handle(platform, t):
    same = official_handles(t, platform)
    if same:
        base = rng.choice(same)
    else:
        base = rng.choice([a["handle"] for a in t["official_accounts"] if a["platform"] in ("x", "instagram")])
    if platform == "bluesky":
        stem = base.split(".bsky.social")[0].lower().replace("_", "-")
        return claim_handle(platform, digit_swap(stem, True) + ".bsky.social", fold_safe=True)
    if platform in ("instagram", "tiktok", "linkedin"):
        b = base.lower()
        if platform == "linkedin":
            b = b.replace("_", "-")
        if platform == "tiktok" and len(b) > 24:
            b = b[:24]
        return claim_handle(platform, digit_swap(b, True, n=rng.choice([1, 1, 2])), fold_safe=True)
    if platform == "x" and "m" in base and len(base) < 15 and rng.random() < 0.3:
        return claim_handle(platform, base.replace("m", "rn", 1), fold_safe=True)
    return claim_handle(platform, digit_swap(base, False, n=rng.choice([1, 1, 2])), fold_safe=True)


def affix_handle(platform, t, key):
    aff = rng.choice(AFFIXES)
    offs = [a["handle"] for a in t["official_accounts"] if a["platform"] in ("x", "instagram", "facebook", "tiktok")]
    limit = {"x": 15, "tiktok": 24, "instagram": 30}.get(platform, 50)
    base = rng.choice(offs) if rng.random() < 0.65 else t["initials"]
    if len(base) + len(aff) + 1 > limit:
        base = t["initials"]
    sep = {"x": "_", "facebook": ".", "linkedin": "-", "bluesky": "-"}.get(platform, rng.choice(["_", ".", ""]))
    if platform == "x" and len(base) + len(aff) + 1 > 15:
        sep = ""
    h = (aff + sep + base) if rng.random() < 0.3 else (base + sep + aff)
    return claim_handle(platform, fit(platform, h))


def stem_handle(platform, t):
    aff = rng.choice(AFFIXES)
    ini = t["initials"]
    sep = {"x": rng.choice(["_", ""]), "facebook": rng.choice([".", ""]), "linkedin": "-", "bluesky": "-"}.get(
        platform, rng.choice(["_", ".", ""]))
    h = (aff + sep + ini) if rng.random() < 0.3 else (ini + sep + aff)
    if rng.random() < 0.25:
        h += sep + rng.choice(["uk", "nhs", "247", "hq"])
    return claim_handle(platform, fit(platform, h))


def dotted_handle(platform, key):
    toks = list(rng.choice(TRUST_WORDS[key]))
    if len(toks) == 1 or rng.random() < 0.4:
        toks.append(rng.choice(["nhs", "hospital", "official", "uk", "help", "trust"]))
    return claim_handle(platform, fit(platform, ".".join(toks)))


def exec_name(t):
    e = rng.choice(t["executives"])
    full = e["name"]
    bare = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", full)
    first, sur = bare.split()[0], bare.split()[-1]
    forms = [f for f in EXEC_NAME_FORMS if not (("CEO" in f or "Chief" in f) and e["role"] == "chair")
             and not ("Chair" in f and e["role"] == "chief_executive")]
    form = rng.choice(forms)
    if form.startswith("Dr ") and full.startswith(("Dame", "Sir")):
        form = "{n}"
    return form.format(n=full, s=sur, f=first), first, sur


def pick_bio(tactic, pool, ctx, cursor):
    pools = BIOS[tactic]
    lst = pools[pool]
    i = cursor.setdefault((tactic, pool), rng.randrange(len(lst)))
    cursor[(tactic, pool)] = i + 1
    return lst[i % len(lst)].format_map(ctx)


def build_impersonators():
    keys = list(TRUSTS)
    recs = []
    cursor = {}
    n = 0
    for tactic in TACTICS:
        if tactic == "dotted_handle":
            plats = ["facebook", "instagram", "tiktok"] * 10
        else:
            plats = POS_PLATFORMS * 5
        rng.shuffle(plats)
        if tactic == "short_stem_affix":
            elig = [k for k in keys if len(TRUSTS[k]["initials"]) <= 4]
        else:
            elig = keys
        tl = (elig * 4)[:30]
        rng.shuffle(tl)
        if tactic == "exact_name_new_handle":
            for i in range(30):
                if plats[i] == "x" and len(TRUSTS[tl[i]]["name"]) > 50:
                    j = next(j for j in range(30) if plats[j] != "x" and len(TRUSTS[tl[j]]["name"]) <= 50)
                    tl[i], tl[j] = tl[j], tl[i]
        minimal = [True] * 11 + [False] * 19
        rng.shuffle(minimal)
        for i in range(30):
            n += 1
            key, platform, mini = tl[i], plats[i], minimal[i]
            t = TRUSTS[key]
            ctx = make_ctx(key, t)
            el = set()
            followers = int(rng.lognormvariate(4.0, 1.4))
            created = rand_date(2021, 2025)
            old = False
            verified = rng.random() < 0.06
            name = handle = bio = None

            if tactic == "renamed_old_account":
                name = rng.choice(name_choices(t, platform))
                el.add("name")
                handle = claim_handle(platform, fit(platform, pick_short(platform, OLD_HANDLES)))
                bio = pick_bio(tactic, "plain" if mini else ("claim" if rng.random() < 0.8 else "rich"), ctx, cursor)
                followers = rng.randint(500, 24000)
                created = rand_date(2010, 2019)
                old = True
            elif tactic == "digit_letter_swap":
                mode = rng.choice(["handle", "name"]) if mini else rng.choice(["both", "both", "handle", "name"])
                if mode in ("handle", "both"):
                    handle = swap_handle(platform, t)
                    el.add("handle")
                if mode in ("name", "both"):
                    src = rng.choice(name_choices(t, platform))
                    name = digit_swap(src)
                    if name == src:
                        name = src.replace("o", "0", 1)
                    el.add("name")
                if name is None:
                    name = rng.choice(short_names(t)) if not mini else rng.choice(GENERIC_NAMES)
                    if not mini:
                        el.add("name")
                if handle is None:
                    handle = generic_handle(platform) if mini else trust_handle(platform, key)
                    if not mini:
                        el.add("handle")
                bio = pick_bio(tactic, "plain" if mini else ("claim" if rng.random() < 0.8 else "rich"), ctx, cursor)
            elif tactic in ("handle_affix", "short_stem_affix", "dotted_handle"):
                numeric = tactic == "dotted_handle" and platform == "facebook" and rng.random() < 0.35
                if numeric:
                    handle = claim_handle(platform, str(rng.randint(10 ** 14, 10 ** 15 - 1)) if rng.random() < 0.5
                                          else "1000" + str(rng.randint(10 ** 10, 10 ** 11 - 1)))
                    name = rng.choice([t["name"]] + t["aliases"])
                    el.add("name")
                else:
                    if tactic == "handle_affix":
                        handle = affix_handle(platform, t, key)
                    elif tactic == "short_stem_affix":
                        handle = stem_handle(platform, t)
                    else:
                        handle = dotted_handle(platform, key)
                    el.add("handle")
                    if mini:
                        name = rng.choice(GENERIC_NAMES)
                    else:
                        name = rng.choice(name_choices(t, platform))
                        el.add("name")
                bio = pick_bio(tactic, "plain" if mini else ("claim" if rng.random() < 0.8 else "rich"), ctx, cursor)
            elif tactic == "exact_name_new_handle":
                name = t["name"]
                el.add("name")
                if mini:
                    handle = generic_handle(platform)
                else:
                    handle = trust_handle(platform, key)
                    el.add("handle")
                bio = pick_bio(tactic, "plain" if mini else ("claim" if rng.random() < 0.8 else "rich"), ctx, cursor)
            elif tactic in SCAM_SUFFIX:
                names, hs = SCAM_SUFFIX[tactic]
                if mini:
                    name = rng.choice(GENERIC_NAMES)
                    handle = generic_handle(platform)
                    bio = pick_bio(tactic, "claim", ctx, cursor)
                else:
                    name = rng.choice(short_names(t) + [t["initials"]]) + " " + rng.choice(names)
                    el.add("name")
                    if rng.random() < 0.7:
                        toks = list(rng.choice(TRUST_WORDS[key])) + [rng.choice(hs)]
                        handle = claim_handle(platform, fit(platform, join_tokens(platform, toks)))
                        el.add("handle")
                    else:
                        handle = generic_handle(platform)
                    bio = pick_bio(tactic, "claim" if rng.random() < 0.45 else "rich", ctx, cursor)
            elif tactic == "fake_executive":
                name, first, sur = exec_name(t)
                el.add("executive_name")
                toks = [first.lower(), sur.lower()] if rng.random() < 0.5 else [first[0].lower() + sur.lower()]
                if not mini and rng.random() < 0.4:
                    toks.append(t["initials"].lower())
                    el.add("handle")
                elif rng.random() < 0.5:
                    toks.append(rng.choice(["ceo", "chair", "official", "nhs", "uk"]))
                handle = claim_handle(platform, fit(platform, join_tokens(platform, toks)))
                bio = pick_bio(tactic, "plain" if mini else ("claim" if rng.random() < 0.75 else "rich"), ctx, cursor)
                verified = rng.random() < 0.15
                followers = int(rng.lognormvariate(5.0, 1.3))
            elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
                src = rng.choice(name_choices(t, platform))
                if tactic == "zero_width_name":
                    name = insert_zw(src)
                elif tactic == "styled_unicode_name":
                    name = stylise(src)
                else:
                    name = mix_script(src)
                el.add("name")
                if mini:
                    handle = generic_handle(platform)
                else:
                    handle = trust_handle(platform, key)
                    el.add("handle")
                bio = pick_bio(tactic, "plain" if mini else ("claim" if rng.random() < 0.8 else "rich"), ctx, cursor)
            elif tactic == "copied_official_bio":
                src = rng.choice(t["official_accounts"])
                tail = rng.choice(COPY_TAILS).format_map(ctx)
                bio = rng.choice(COPY_PREFIXES) + src["bio"] + tail
                el.add("bio_claim")
                if mini:
                    name = rng.choice(GENERIC_NAMES)
                    handle = generic_handle(platform)
                else:
                    name = rng.choice([src["display_name"], t["name"]] + short_names(t))
                    el.add("name")
                    if rng.random() < 0.6:
                        handle = trust_handle(platform, key)
                        el.add("handle")
                    else:
                        handle = generic_handle(platform)
            elif tactic == "lookalike_domain_bio":
                if mini:
                    name = rng.choice(GENERIC_NAMES)
                    handle = generic_handle(platform)
                    bio = pick_bio(tactic, "plain", ctx, cursor)
                else:
                    name = rng.choice(name_choices(t, platform))
                    el.add("name")
                    if rng.random() < 0.5:
                        handle = trust_handle(platform, key)
                        el.add("handle")
                    else:
                        handle = generic_handle(platform)
                    bio = pick_bio(tactic, "claim" if rng.random() < 0.8 else "rich", ctx, cursor)
            el |= bio_elements(ctx.used) if tactic != "copied_official_bio" else set()
            if tactic == "copied_official_bio":
                if any(p in bio for p in t["phone_numbers"]):
                    el.add("phone")
                if any(d in bio for d in t["web_domains"]):
                    el.add("domain")
            acc = {"platform": platform, "handle": handle, "display_name": name, "description": bio,
                   "followers": followers, "following": int(rng.lognormvariate(4.5, 1.2)),
                   "verified": bool(verified), "profile_image_url": None, "created_at": created,
                   "account_id": account_id(platform, old=old)}
            order = ["name", "handle", "bio_claim", "phone", "domain", "lookalike_domain", "executive_name"]
            recs.append({"id": "imp19-%04d" % n, "trust": key, "label": "impersonation", "tactic": tactic,
                         "platform": platform, "account": acc, "copied_elements": [e for e in order if e in el]})
    return recs


# ---------------------------------------------------------------- genuine accounts
CASE_X = ["TWITTER", "twitter", "tWitter", "x ", "Twitter "]
CASE_OTHER = {"facebook": ["Facebook", "FACEBOOK", "FaceBook"], "instagram": ["Instagram", "INSTAGRAM", "InstaGram"],
              "linkedin": ["LinkedIn", "Linkedin", "LINKEDIN"], "tiktok": ["TikTok", "Tiktok", "TIKTOK"],
              "youtube": ["YouTube", "Youtube", "YOUTUBE"], "bluesky": ["Bluesky", "BlueSky", "BLUESKY"]}


def official_records():
    recs, var = [], []
    n = v = 0
    for key, t in TRUSTS.items():
        for a in t["official_accounts"]:
            base = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"],
                    "description": a["bio"], "followers": a["followers"], "following": a["following"],
                    "verified": a["verified"], "profile_image_url": None}
            if "created_at" in a:
                base["created_at"] = a["created_at"]
            base["account_id"] = a["account_id"]
            TAKEN.add((a["platform"], a["handle"].lower()))
            n += 1
            recs.append({"id": "off19-%03d" % n, "trust": key, "label": "genuine", "group": "official",
                         "platform": a["platform"], "account": dict(base)})
            spellings = ["X", "Twitter", " x", rng.choice(CASE_X)] if a["platform"] == "x" else \
                [rng.choice(CASE_OTHER[a["platform"]])]
            for sp in spellings:
                v += 1
                acc = dict(base)
                acc["platform"] = sp
                var.append({"id": "var19-%03d" % v, "trust": key, "label": "genuine", "group": "official_case_variant",
                            "platform": a["platform"], "account": acc})
    return recs, var


def parse_lines(text):
    out = []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            raise ValueError("bad line: " + line)
        out.append([p.strip() if i < 3 else p for i, p in enumerate(parts)])
    return out


def genuine_from_text(blocks, group, prefix, followers_mu, verified_share):
    recs = []
    n = 0
    keys = list(TRUSTS)
    for key, text in blocks:
        for platform, handle, name, bio in parse_lines(text):
            verified = False
            if platform.startswith("*"):
                platform = platform[1:]
                verified = True
            elif rng.random() < verified_share:
                verified = True
            trust = key if key != "*" else rng.choice(keys)
            if (platform, handle.lower()) in TAKEN:
                raise ValueError("duplicate genuine handle %s %s" % (platform, handle))
            TAKEN.add((platform, handle.lower()))
            n += 1
            acc = {"platform": platform, "handle": handle, "display_name": name, "description": bio.strip(),
                   "followers": int(rng.lognormvariate(followers_mu, 1.3)),
                   "following": int(rng.lognormvariate(5.2, 1.0)), "verified": verified,
                   "profile_image_url": None, "created_at": rand_date(2009, 2024),
                   "account_id": account_id(platform, old=rng.random() < 0.4)}
            recs.append({"id": "%s-%04d" % (prefix, n), "trust": trust, "label": "genuine", "group": group,
                         "platform": platform, "account": acc})
    return recs


def main():
    official, variants = official_records()
    adj = genuine_from_text(adjacent_text.BLOCKS, "nhs_adjacent", "adj19", 6.5, 0.0)
    pub = genuine_from_text(public_text.BLOCKS, "general_public", "gp-hw19", 5.0, 0.0)
    imps = build_impersonators()
    recs = imps + official + variants + adj + pub
    reg = {"_about": ABOUT}
    reg.update(TRUSTS)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records (%d impersonation, %d genuine)" % (len(recs), len(imps), len(recs) - len(imps)))


if __name__ == "__main__":
    main()
