#!/usr/bin/env python3
"""Build trusts.json and accounts.jsonl for the nhs6 impersonation set. Standard library only; fixed seed."""
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import genuine_text as G  # noqa: E402
import register as R  # noqa: E402
import scam_text as S  # noqa: E402

SEED = 20261207
rng = random.Random(SEED)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle",
           "refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "fake_executive",
           "zero_width_name", "styled_unicode_name", "mixed_script_name", "copied_official_bio",
           "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers",
         "appeal", "pals", "assist", "real", "hq", "staff", "patients", "news"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
ROLE_TITLE = {"chief_executive": "Chief Executive", "chair": "Chair", "chief_nurse": "Chief Nurse",
              "medical_director": "Medical Director", "chief_operating_officer": "Chief Operating Officer",
              "director_of_workforce": "Director of Workforce", "director_of_operations": "Director of Operations"}
LOCALITY = {"uhs": "Southampton", "kch": "Lambeth", "uhp": "Plymouth", "huth": "Hull", "pcft": "Oldham",
            "cnwl": "Westminster", "ccs": "Peterborough", "emas": "Nottingham", "lhch": "Broadgreen", "lwh": "Liverpool"}
KIND = {"uhs": "acute", "kch": "acute", "uhp": "acute", "huth": "acute", "pcft": "mental health",
        "cnwl": "mental health", "ccs": "community", "emas": "ambulance", "lhch": "heart", "lwh": "women"}
RADIO = {"uhs": "Solent", "kch": "London", "uhp": "Devon", "huth": "Humberside", "pcft": "Manchester",
         "cnwl": "London", "ccs": "Cambridgeshire", "emas": "Nottingham", "lhch": "Merseyside", "lwh": "Merseyside"}


# ---------------------------------------------------------------- ids and shapes
def account_id(platform, old=False):
    if platform == "x":
        return str(rng.randint(10**7, 10**9)) if old else str(rng.randint(10**17, 19 * 10**17))
    if platform == "facebook":
        return str(rng.randint(10**14, 10**15 - 1)) if not old else str(rng.randint(10**9, 10**11))
    if platform == "instagram":
        return str(rng.randint(10**6, 10**8) if old else rng.randint(10**10, 10**12 - 1))
    if platform == "tiktok":
        return str(rng.randint(6 * 10**18, 7 * 10**18))
    if platform == "linkedin":
        return str(rng.randint(1000, 10**8) if old else rng.randint(10**8, 10**10 - 1))
    if platform == "youtube":
        return "UC" + "".join(rng.choice(string.ascii_letters + string.digits + "_-") for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "mastodon":
        return str(rng.randint(10**6, 10**18))
    raise ValueError(platform)


def shape(platform, stem, sep="_"):
    """Write a handle stem ('_' marks word breaks) the way `platform` allows."""
    s = stem.replace("'", "").replace("&", "and")
    if platform == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "", s.replace(".", "_").replace("-", "_").replace(" ", "_"))[:15]
        h = h.rstrip("_") if len(h.rstrip("_")) >= 4 else h
        return h if len(h) >= 4 else h + "uk01"[: 4 - len(h)]
    if platform == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", re.sub(r"[_ -]", sep if sep == "." else "", s))[:50]
        return h if len(h) >= 5 else h + "page"
    if platform in ("instagram", "tiktok"):
        h = re.sub(r"[^a-z0-9._]", "", re.sub(r"[_ -]", sep, s.lower()))
        h = re.sub(r"\.{2,}", ".", h).strip(".")[: 30 if platform == "instagram" else 24].strip(".")
        return h if len(h) >= 2 else h + "uk"
    if platform == "linkedin":
        h = re.sub(r"[^a-z0-9-]", "", re.sub(r"[_ .]", "-", s.lower()))
        h = re.sub(r"-{2,}", "-", h).strip("-")
        return h if len(h) >= 3 else h + "-uk"
    if platform == "bluesky":
        h = re.sub(r"[^a-z0-9-]", "", re.sub(r"[_ .]", "-", s.lower()))
        h = re.sub(r"-{2,}", "-", h).strip("-")[:40]
        return h + ".bsky.social"
    if platform == "youtube":
        h = re.sub(r"[^A-Za-z0-9_.-]", "", s)[:30]
        return h if len(h) >= 3 else h + "TV"
    if platform == "mastodon":
        inst = rng.choice(["mastodon.social", "mastodon.online", "mas.to", "social.coop", "mstdn.social", "toot.community"])
        return re.sub(r"[^A-Za-z0-9_]", "", s.replace(".", "_").replace("-", "_").replace(" ", "_"))[:30] + "@" + inst
    raise ValueError(platform)


USED = set()


def unique(platform, handle):
    """Append digits until (platform, handle) is unused, respecting the platform's length limits."""
    h = handle
    n = 1
    while (platform, h.lower()) in USED:
        n += 1
        suffix = str(rng.randint(2, 99)) if n < 5 else str(n * 7)
        if platform == "bluesky":
            h = handle.replace(".bsky.social", suffix + ".bsky.social")
        elif platform == "mastodon":
            u, i = handle.split("@")
            h = u + suffix + "@" + i
        elif platform == "x":
            h = handle[: 15 - len(suffix)] + suffix
        elif platform == "tiktok":
            h = handle[: 24 - len(suffix)] + suffix
        else:
            h = handle + suffix
    USED.add((platform, h.lower()))
    return h


def iso(year_lo, year_hi):
    y = rng.randint(year_lo, year_hi)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                rng.randint(0, 59), rng.randint(0, 59))


def account(platform, handle, display, bio, followers, following, verified, created=None, aid=None, written=None):
    a = {"platform": written or platform, "handle": handle, "display_name": display, "description": bio,
         "followers": followers, "following": following, "verified": verified, "profile_image_url": None}
    if created:
        a["created_at"] = created
    a["account_id"] = aid or account_id(platform)
    return a


# ---------------------------------------------------------------- register
def build_register():
    out = {"_about": R.ABOUT}
    for key, t in R.TRUSTS.items():
        accs = []
        for platform, handle, display, bio, year, verified in t["accounts"]:
            a = {"platform": platform, "handle": handle, "account_id": account_id(platform, old=bool(year and year < 2016)),
                 "display_name": display, "bio": bio,
                 "followers": rng.randint(3000, 160000) if platform != "tiktok" else rng.randint(800, 30000),
                 "following": rng.randint(150, 2500), "verified": verified}
            if year:
                a["created_at"] = iso(year, year)
            accs.append(a)
            USED.add((platform, handle.lower()))
        ch_name, ch_dom = t["charity"]
        out[key] = {
            "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
            "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accs,
            "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]],
            "not_on_register": {"charities": [{"name": ch_name, "domain": ch_dom}],
                                "note": "The Trust's charity is a separate registered charity with its own accounts; "
                                        "written from memory, not verified. Its accounts are genuine (nhs_adjacent), "
                                        "not official Trust accounts."},
        }
    return out


# ---------------------------------------------------------------- impersonation helpers
CONFUSE = [("o", "0"), ("l", "1"), ("i", "1"), ("s", "5"), ("e", "3"), ("a", "4"), ("m", "rn"), ("O", "0"),
           ("I", "l"), ("l", "I"), ("b", "8")]
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у", "H": "Н", "C": "С",
       "T": "Т", "K": "К", "M": "М", "A": "А", "E": "Е", "O": "О", "P": "Р", "B": "В", "S": "Ѕ"}
GRK = {"o": "ο", "i": "ι", "v": "ν", "H": "Η", "T": "Τ", "K": "Κ", "M": "Μ", "A": "Α", "E": "Ε", "O": "Ο",
       "N": "Ν", "P": "Ρ", "B": "Β", "X": "Χ", "Z": "Ζ", "Y": "Υ", "I": "Ι"}


def swap(text, platform, n=1):
    pairs = [(a, b) for a, b in CONFUSE if a in text]
    if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
        pairs = [(a, b) for a, b in pairs if a.islower() and b == b.lower()]
    if platform == "linkedin":
        pairs = [(a, b) for a, b in pairs if b != "rn" or len(text) < 99]
    rng.shuffle(pairs)
    out = text
    for a, b in pairs[:n]:
        idx = [i for i, c in enumerate(out) if c == a]
        i = rng.choice(idx)
        out = out[:i] + b + out[i + 1:]
    return out


def styled(s):
    kind = rng.choice(["bold", "sans", "italic", "smallcaps", "full", "double"])
    res = []
    for c in s:
        if kind == "smallcaps" and c.islower():
            res.append("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"[ord(c) - 97] if c != "x" else c)
        elif kind == "full" and "!" <= c <= "~":
            res.append(chr(ord(c) - 0x21 + 0xFF01))
        elif c.isascii() and c.isalpha() and kind in ("bold", "sans", "italic", "double"):
            base = {"bold": 0x1D400, "sans": 0x1D5D4, "italic": 0x1D434, "double": 0x1D538}[kind]
            off = ord(c) - 65 if c.isupper() else ord(c) - 97 + 26
            ch = chr(base + off)
            specials = {(0x1D434, "h"): "ℎ", (0x1D538, "C"): "ℂ", (0x1D538, "H"): "ℍ", (0x1D538, "N"): "ℕ",
                        (0x1D538, "P"): "ℙ", (0x1D538, "R"): "ℝ", (0x1D538, "Z"): "ℤ", (0x1D538, "Q"): "ℚ"}
            res.append(specials.get((base, c), ch))
        else:
            res.append(c)
    return "".join(res)


def mixed(s):
    table = CYR if rng.random() < 0.6 else GRK
    idx = [i for i, c in enumerate(s) if c in table]
    rng.shuffle(idx)
    k = max(1, min(len(idx) - 1, rng.randint(1, 3)))
    chars = list(s)
    for i in idx[:k]:
        chars[i] = table[chars[i]]
    return "".join(chars)


def zero_width(s):
    i = rng.randint(1, max(1, len(s) - 1))
    return s[:i] + rng.choice(ZW) + s[i:]


def word_title(w):
    return w.upper() if w in ("hq", "uk", "pals") else w.title()


def names_for(t):
    """Name-like aliases (not bare initials) that a scammer would put in a display name."""
    return [t["name"]] + [a for a in t["aliases"] if len(a) > 5]


def fill(tpl, t, key, full):
    ex = rng.choice(t["executives"])
    phone = rng.choice(t["phone_numbers"]) if full and rng.random() < 0.6 else "07700 900%03d" % rng.randint(0, 999)
    vals = {"trust": t["name"], "short": rng.choice(names_for(t)[1:] or [t["name"]]), "init": t["initials"],
            "site": rng.choice(t["sites"]), "city": t["city"], "phone": phone, "exec": ex["name"],
            "role_title": ROLE_TITLE[ex["role"]], "charity": t["not_on_register"]["charities"][0]["name"]}
    out = tpl
    for k, v in vals.items():
        out = out.replace("{" + k + "}", v)
    return out, phone


def lookalike(t):
    stem = t["web_domains"][0].split(".")[0]
    return rng.choice(["%s-nhs.co.uk", "%snhs.org.uk", "%s-patients.com", "%s.nhs-uk.help", "%s-nhs.online",
                       "nhs-%s.info", "%scareers.net", "%s-refunds.uk", "my%s.co.uk", "%s-nhs-portal.com",
                       "%snhs-uk.org", "%s.nhs-trust.info", "%s-appeal.org"]) % stem


class Pool:
    """Cycle through a bank so each phrasing is used before any repeats."""
    def __init__(self, items):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def next(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v


P = {k: Pool(getattr(S, k)) for k in ("REFUND", "JOBS", "DONATION", "EXEC", "LOOKALIKE", "CLAIM", "SUBTLE",
                                          "COPIED_TAIL", "EXEC_BARE", "LOOKALIKE_BARE", "GENERIC_NAMES",
                                          "REFUND_NAMES", "JOBS_NAMES", "DONATION_NAMES", "NEW_HANDLES",
                                          "GENERIC_HANDLES", "OLD_HANDLES")}


def official_handles(t, platform=None, maxlen=None, fallback=True):
    hs = [a["handle"].split(".bsky.social")[0] for a in t["official_accounts"] if platform is None or a["platform"] == platform]
    if maxlen:
        hs = [h for h in hs if len(h) <= maxlen]
    return hs or ([t["initials"] + "NHS"] if fallback else [])


def build_impersonation(tactic, k, key, t, platform, single):
    """One impersonating account; returns (display, handle, bio, elements, extra)."""
    full = not single
    els = []
    name_choice = rng.choice(names_for(t))
    bio = ""
    phone = None
    created, followers, following = iso(2023, 2026), rng.randint(0, 900), rng.randint(0, 1500)
    scam_bank = rng.choice(["CLAIM", "CLAIM", "REFUND", "JOBS", "DONATION"])

    def claim_bio():
        b, ph = fill(P[scam_bank].next(), t, key, True)
        return b, ph

    if tactic == "renamed_old_account":
        handle = shape(platform, P["OLD_HANDLES"].next())
        display = name_choice
        created = iso(2011, 2019)
        followers, following = rng.randint(500, 24000), rng.randint(300, 5000)
        els = ["name"]
        if single:
            bio = P["SUBTLE"].next()
        else:
            bio, phone = claim_bio()
            els.append("bio_claim")
    elif tactic == "digit_letter_swap":
        maxlen = {"x": 15, "tiktok": 24, "instagram": 30}.get(platform, 60)
        base = rng.choice(official_handles(t, platform, maxlen, False) or official_handles(t, None, maxlen, False))
        if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
            base = base.lower()
        if platform == "facebook" or platform == "x":
            base = base.replace("-", "").replace(".", "") if platform == "x" else base.replace("_", "").replace("-", "")
        if platform in ("linkedin", "bluesky"):
            base = base.replace("_", "-").replace(".", "-")
        h = swap(base, platform, rng.choice([1, 1, 2]))
        if platform == "x":
            h = h[:15]
        handle = h + ".bsky.social" if platform == "bluesky" else h
        els = ["handle"]
        if single:
            display = P["GENERIC_NAMES"].next()
            bio = P["SUBTLE"].next()
        else:
            display = swap(name_choice, "x", 1)
            bio, phone = claim_bio()
            els += ["name", "bio_claim"]
    elif tactic == "handle_affix":
        base = rng.choice(official_handles(t, None, 12 if platform == "x" else 40))
        w = rng.choice(AFFIX)
        stem = rng.choice([base + "_" + w, w + "_" + base, base + w]) if platform != "x" or len(base) + len(w) <= 15 \
            else t["initials"] + "_" + w
        handle = shape(platform, stem, sep=rng.choice(["_", "."]))
        els = ["handle"]
        if single:
            display = P["GENERIC_NAMES"].next()
            bio = P["SUBTLE"].next()
        else:
            display = rng.choice([name_choice, name_choice + " " + word_title(w), t["initials"] + " " + word_title(w)])
            bio, phone = claim_bio()
            els += ["name", "bio_claim"]
    elif tactic == "exact_name_new_handle":
        display = t["name"]
        handle = shape(platform, P["NEW_HANDLES"].next() + rng.choice(["", "_uk", str(rng.randint(1, 99)), "_" + LOCALITY[key].lower()]))
        els = ["name"]
        if single:
            bio = P["SUBTLE"].next()
        else:
            bio, phone = claim_bio()
            els.append("bio_claim")
    elif tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
        bank = {"refund_patient_support_scam": "REFUND", "jobs_recruitment_scam": "JOBS", "donation_scam": "DONATION"}[tactic]
        names = {"REFUND": "REFUND_NAMES", "JOBS": "JOBS_NAMES", "DONATION": "DONATION_NAMES"}[bank]
        bio, phone = fill(P[bank].next(), t, key, full)
        els = ["bio_claim"]
        if single:
            display = P[names].next()
            handle = shape(platform, P["GENERIC_HANDLES"].next() + rng.choice(["", "_" + LOCALITY[key].lower(), str(rng.randint(1, 999))]))
        else:
            word = {"REFUND": ["Patient Refunds", "Refunds", "Patient Support", "PALS"],
                    "JOBS": ["Recruitment", "Careers", "Jobs", "HR"],
                    "DONATION": ["Appeal", "Charity Appeal", "Fundraising", "Donations"]}[bank]
            w = rng.choice(word)
            display = rng.choice([name_choice + " " + w, t["initials"] + " " + w, name_choice])
            handle = shape(platform, t["initials"].lower() + "_" + w.split()[-1].lower() + rng.choice(["", "_uk", "2025", ""]))
            els = ["name", "bio_claim"]
    elif tactic == "fake_executive":
        ex = rng.choice(t["executives"])
        plain = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", ex["name"])
        first, last = plain.split()[0], plain.split()[-1]
        display = rng.choice([ex["name"], plain, plain + " " + rng.choice(["🏥", "💙", "(NHS)", ""]).strip(), first[0] + ". " + last])
        display = display.strip()
        handle = shape(platform, rng.choice([first + "_" + last, first[0] + last, last + "_nhs", "dr_" + last if ex["name"].startswith("Dr") else last + "_" + first, first + last + str(rng.randint(1, 99))]))
        els = ["executive_name"]
        if single:
            bio = P["EXEC_BARE"].next()
        else:
            tpl = P["EXEC"].next()
            bio, phone = fill(tpl.replace("{exec}", ex["name"]).replace("{role_title}", ROLE_TITLE[ex["role"]]), t, key, True)
            els.append("bio_claim")
    elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
        fn = {"zero_width_name": zero_width, "styled_unicode_name": styled, "mixed_script_name": mixed}[tactic]
        base = name_choice
        if tactic == "mixed_script_name" and not any(c in CYR or c in GRK for c in base):
            base = t["name"]
        display = fn(base)
        els = ["name"]
        if single:
            handle = shape(platform, P["NEW_HANDLES"].next() + rng.choice(["", "_" + LOCALITY[key].lower(), str(rng.randint(1, 99))]))
            bio = P["SUBTLE"].next()
        else:
            base_h = rng.choice(official_handles(t, None, 13 if platform == "x" else 22))
            handle = shape(platform, base_h + rng.choice(["_", ""]) + str(rng.randint(1, 99)))
            bio, phone = claim_bio()
            els += ["handle", "bio_claim"]
    elif tactic == "copied_official_bio":
        offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
        src = rng.choice(offs)
        b = src["bio"]
        tweak = rng.choice(["none", "nomonitor", "trim", "emoji"])
        if tweak == "nomonitor":
            b = re.sub(r"(Not monitored 24/7|Monitored office hours only|Office hours only)\.?", "Monitored 24/7.", b)
        elif tweak == "trim":
            b = b[: int(len(b) * 0.9)].rstrip()
        elif tweak == "emoji":
            b = "💙 " + b
        tail, phone = fill(P["COPIED_TAIL"].next(), t, key, full)
        bio = b + tail
        els = ["bio_claim"]
        if single:
            display = P["GENERIC_NAMES"].next()
            handle = shape(platform, P["NEW_HANDLES"].next() + str(rng.randint(1, 999)))
        else:
            display = src["display_name"]
            handle = shape(platform, rng.choice(["the_" + t["initials"].lower() + "_page",
                                                 t["initials"].lower() + "nhs_" + str(rng.randint(1, 99)),
                                                 LOCALITY[key].lower() + "_hospital_" + str(rng.randint(1, 9))]))
            els = ["name", "bio_claim"]
    elif tactic == "lookalike_domain_bio":
        dom = lookalike(t)
        if single:
            bio = P["LOOKALIKE_BARE"].next().replace("{dom}", dom)
            display = P["GENERIC_NAMES"].next()
            handle = shape(platform, P["GENERIC_HANDLES"].next() + str(rng.randint(1, 99)))
            els = ["lookalike_domain"]
        else:
            bio, phone = fill(P["LOOKALIKE"].next().replace("{dom}", dom), t, key, True)
            display = name_choice
            handle = shape(platform, t["initials"].lower() + rng.choice(["_online", "_portal", "nhs_", "_web"]))
            els = ["name", "bio_claim", "lookalike_domain"]
    elif tactic == "dotted_handle":
        words = re.sub(r"[^A-Za-z ]", "", name_choice.replace("'", "")).lower().split()
        words = [w for w in words if w not in ("nhs", "foundation", "trust", "and")] or words
        if platform == "facebook" and single and k % 2 == 0:
            handle = str(rng.randint(10**14, 10**15 - 1))
            display = rng.choice([t["name"]] + [a for a in t["aliases"] if len(a) > 5])
            bio = P["SUBTLE"].next()
            els = ["name"]
        else:
            stem = ".".join(words[:4]) + rng.choice(["", ".nhs", ".uk", ".official", ".page"])
            handle = shape(platform, stem, sep=".") if platform != "facebook" else re.sub(r"[^A-Za-z0-9.]", "", stem)[:50]
            if "." not in handle:
                handle = handle[:20] + ".nhs"
            els = ["handle"]
            if single:
                display = P["GENERIC_NAMES"].next()
                bio = P["SUBTLE"].next()
            else:
                display = name_choice
                bio, phone = claim_bio()
                els += ["name", "bio_claim"]
    elif tactic == "short_stem_affix":
        init = t["initials"].lower()
        w = rng.choice(AFFIX)
        stem = rng.choice([init + "_" + w, w + "_" + init, init + w, init + "_" + w + str(rng.randint(1, 9))])
        handle = shape(platform, stem, sep=rng.choice(["_", "."]))
        els = ["handle"]
        if single:
            display = P["GENERIC_NAMES"].next()
            bio = P["SUBTLE"].next()
        else:
            display = rng.choice([t["initials"] + " " + word_title(w), name_choice])
            bio, phone = claim_bio()
            els += ["name", "bio_claim"]
    else:
        raise ValueError(tactic)
    if phone and phone in t["phone_numbers"] and phone in bio:
        els.append("phone")
    return display, handle, bio, els, (created, followers, following)


def impersonations(reg):
    recs = []
    keys = list(R.TRUSTS)
    for ti, tactic in enumerate(TACTICS):
        for k in range(30):
            key = keys[k // 3]
            t = reg[key]
            if tactic == "dotted_handle":
                platform = ["facebook", "instagram", "tiktok"][(k + ti) % 3]
            else:
                platform = POS[(k + ti) % 6]
            single = (k * 7 + ti) % 30 < 13
            display, handle, bio, els, (created, followers, following) = build_impersonation(tactic, k, key, t, platform, single)
            handle = unique(platform, handle)
            verified = rng.random() < 0.05
            a = account(platform, handle, display, bio, followers, following, verified, created,
                        aid=account_id(platform, old=tactic == "renamed_old_account"))
            recs.append({"id": "nhs6-imp-%s-%02d" % (tactic, k), "trust": key, "label": "impersonation",
                         "tactic": tactic, "platform": platform, "account": a, "copied_elements": sorted(set(els))})
    return recs


# ---------------------------------------------------------------- genuine
SPELL = {"facebook": ["Facebook", "FACEBOOK"], "instagram": ["Instagram", "INSTAGRAM"],
         "tiktok": ["TikTok", "Tiktok"], "linkedin": ["LinkedIn", "Linkedin"], "youtube": ["YouTube", "Youtube"],
         "bluesky": ["Bluesky", "BlueSky"]}


def case_change(h):
    if h.lower() != h:
        return rng.choice([h.lower(), h.upper()])
    return h[:1].upper() + h[1:] if h[:1].isalpha() else h.upper()


def genuine_official(reg):
    recs = []
    for key, t in reg.items():
        if key.startswith("_"):
            continue
        for n, a in enumerate(t["official_accounts"]):
            acc = account(a["platform"], a["handle"], a["display_name"], a["bio"], a["followers"], a["following"],
                          a["verified"], a.get("created_at"), aid=a["account_id"])
            recs.append({"id": "nhs6-off-%s-%02d" % (key, n), "trust": key, "label": "genuine", "group": "official",
                         "platform": a["platform"], "account": acc})
            if a["platform"] == "x":
                spellings = ["X", "Twitter", " x", rng.choice(["TWITTER", "twitter ", "tWitter", "X "])]
            else:
                spellings = [SPELL[a["platform"]][n % 2]]
            for m, sp in enumerate(spellings):
                h = a["handle"] if m % 2 == 0 else case_change(a["handle"])
                acc = account(a["platform"], h, a["display_name"], a["bio"], a["followers"], a["following"],
                              a["verified"], a.get("created_at"), aid=a["account_id"], written=sp)
                recs.append({"id": "nhs6-var-%s-%02d-%d" % (key, n, m), "trust": key, "label": "genuine",
                             "group": "official_case_variant", "platform": a["platform"], "account": acc})
    return recs


def slug(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def adjacent(reg):
    recs = []
    seen = set()
    plats = ["x", "facebook", "instagram", "x", "facebook", "linkedin", "tiktok", "bluesky", "instagram", "youtube",
             "mastodon", "facebook"]
    for key, t in reg.items():
        if key.startswith("_"):
            continue
        n = 0
        for j, tpl in enumerate(G.ADJACENT):
            dn, hs, bio = tpl[:3]
            if len(tpl) > 3 and KIND[key] not in tpl[3]:
                continue
            first, last = rng.choice(G.FIRST), rng.choice(G.LAST)
            kind = KIND[key]
            ward, ward2 = rng.sample(G.TEAMS[kind], 2)
            spec = rng.choice(G.SPECIALTIES[kind])
            job, job2 = rng.choice(G.JOBS[kind][0]), rng.choice(G.JOBS[kind][1])
            loc = LOCALITY[key]
            site = rng.choice(t["sites"])
            short = rng.choice([a for a in t["aliases"] if len(a) > 3 and a != t["name"]][:3])
            vals = {"short": short, "init": t["initials"], "site": site, "city": loc,
                    "charity": t["not_on_register"]["charities"][0]["name"],
                    "chdom": t["not_on_register"]["charities"][0]["domain"], "region": t["region"],
                    "regslug": slug(t["region"]), "person": first + " " + last,
                    "personslug": rng.choice([first + last, first + "_" + last, first[0] + last, first + last[0] + str(rng.randint(1, 99))]),
                    "first": first, "job": job, "job2": job2, "ward": ward, "wardslug": slug(ward), "ward2": ward2, "ward2slug": slug(ward2),
                    "spec": spec, "specslug": slug(spec), "siteslug": slug(site.split("(")[0])[:12], "cityslug": slug(loc),
                    "cityradio": RADIO[key], "cityradioslug": slug(RADIO[key])}
            out = []
            for s in (dn, hs, bio):
                for k2, v in vals.items():
                    s = s.replace("{" + k2 + "}", v)
                out.append(s)
            dn2, hs2, bio2 = out
            platform = plats[(j + len(recs)) % len(plats)]
            if "{person}" in dn and platform == "linkedin":
                hs2 = (first + "-" + last + "-" + "".join(rng.choice("0123456789abcdef") for _ in range(6))).lower()
            if (platform, dn2.lower()) in seen or (dn2.lower() in {x[1] for x in seen} and "{person}" not in dn):
                continue
            seen.add((platform, dn2.lower()))
            handle = unique(platform, shape(platform, hs2.lower() if platform not in ("x", "facebook", "youtube") else hs2))
            created = iso(2009, 2025) if platform not in ("linkedin",) else None
            fol = rng.choice([rng.randint(20, 900), rng.randint(200, 5000), rng.randint(1000, 40000)])
            acc = account(platform, handle, dn2, bio2, fol, rng.randint(50, 3000), rng.random() < 0.04, created)
            recs.append({"id": "nhs6-adj-%s-%03d" % (key, n), "trust": key, "label": "genuine", "group": "nhs_adjacent",
                         "platform": platform, "account": acc})
            n += 1
    return recs


def public(reg):
    recs = []
    keys = [k for k in reg if not k.startswith("_")]
    plats = ["x", "instagram", "facebook", "tiktok", "bluesky", "x", "linkedin", "instagram", "youtube", "mastodon"]
    for n, (dn, bio) in enumerate(G.PUBLIC):
        first, last = G.FIRST[(n * 7) % len(G.FIRST)], G.LAST[(n * 11) % len(G.LAST)]
        platform = plats[n % len(plats)]
        if dn is None:
            dn = rng.choice([first + " " + last, first, first + " " + last[0] + ".", first.lower() + " ✨", first + " " + last])
            stem = rng.choice([first + last, first + "_" + last, first + str(rng.randint(70, 2005)), first[0] + last + str(rng.randint(1, 99)),
                               last + "_" + first[0], first + "_" + slug(bio.split()[0])])
        else:
            stem = slug(dn)
        if platform == "linkedin":
            stem = stem.replace("_", "-")
        handle = unique(platform, shape(platform, stem.lower() if platform not in ("x", "facebook", "youtube") else stem))
        acc = account(platform, handle, dn, bio, rng.choice([rng.randint(0, 300), rng.randint(100, 2500)]),
                      rng.randint(20, 1500), False, iso(2009, 2026) if platform != "linkedin" else None)
        recs.append({"id": "nhs6-gp-%03d" % n, "trust": keys[n % len(keys)], "label": "genuine",
                     "group": "general_public", "platform": platform, "account": acc})
    return recs


def main():
    reg = build_register()
    imp = impersonations(reg)
    gen = genuine_official(reg) + adjacent(reg) + public(reg)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in imp + gen:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d impersonation and %d genuine records" % (len(imp), len(gen)))


if __name__ == "__main__":
    main()
