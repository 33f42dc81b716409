#!/usr/bin/env python3
"""Build trusts.json and accounts.jsonl of the nhs5 impersonation set. Standard library only, fixed seed.

Usage: python3 gen/make_set.py   (writes into the directory above gen/)
"""
import difflib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from adjacent_local import GP_PRACTICES, LOCAL  # noqa: E402
from genuine_text import (COMMUNITY, FIRST_NAMES, GENERAL_PUBLIC, STAFF_BIOS, SURNAME_INITIALS,  # noqa: E402
                          TEAM_ACCOUNTS)
from register import ABOUT, TRUSTS  # noqa: E402
from scam_text import (BIO_EDITS, DONATION, EXECUTIVE, GENERIC_HANDLE_WORDS, JOBS, LOOKALIKE, NAME_TRICK,  # noqa: E402
                       OLD_HANDLES, REFUND, RENAMED)

SEED = 5_2026_1207
rng = random.Random(SEED)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle",
           "refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "fake_executive",
           "zero_width_name", "styled_unicode_name", "mixed_script_name", "copied_official_bio",
           "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
AFFIXES = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers",
           "appeal", "pals", "assist", "hq", "staff", "patients", "news", "real", "nhs"]
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
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]

SHORT = {"barts": "Barts Health", "scas": "SCAS", "dorset": "Dorset HealthCare", "eput": "EPUT", "dchs": "DCHS",
         "southtees": "South Tees Hospitals", "alderhey": "Alder Hey", "christie": "The Christie",
         "westsuffolk": "West Suffolk Hospital", "mtw": "MTW"}
STEM_WORDS = {
    "barts": [["barts", "health"], ["barts"], ["royal", "london"], ["barts", "nhs"]],
    "scas": [["scas"], ["scas", "999"], ["south", "central", "ambulance"]],
    "dorset": [["dorset", "healthcare"], ["dorset", "health", "care"], ["dhc", "dorset"]],
    "eput": [["eput"], ["essex", "partnership"]],
    "dchs": [["dchs"], ["derbyshire", "community", "health"]],
    "southtees": [["south", "tees"], ["james", "cook"], ["south", "tees", "hospitals"]],
    "alderhey": [["alder", "hey"], ["alderhey", "childrens"], ["alderhey"]],
    "christie": [["the", "christie"], ["christie"], ["christie", "nhs"]],
    "westsuffolk": [["west", "suffolk"], ["west", "suffolk", "hospital"], ["wsh"]],
    "mtw": [["mtw"], ["maidstone", "hospital"], ["tunbridge", "wells"]],
}
HANDLE_STEMS = {
    "barts": ["barts", "royallondon", "whippscross"], "scas": ["scas", "southcentralamb"],
    "dorset": ["dorsethealth", "dhc"], "eput": ["eput", "essexpartnership"],
    "dchs": ["dchs", "derbyshirecommunity"], "southtees": ["southtees", "jamescook", "sth", "friarage"],
    "alderhey": ["alderhey", "ahch"], "christie": ["christie", "tcft"], "westsuffolk": ["westsuffolk", "wsh", "wsft"],
    "mtw": ["mtw", "maidstonehosp", "tunbridgewells"],
}
ROLE_LABEL = {"chief_executive": "Chief Executive", "chair": "Chair", "chief_nurse": "Chief Nurse",
              "medical_director": "Medical Director", "chief_operating_officer": "Chief Operating Officer",
              "chief_finance_officer": "Chief Finance Officer"}


# ---------------------------------------------------------------- platform-shaped ids, counts, dates
def account_id(platform, year=None):
    if platform == "x":
        return str(rng.randint(10 ** 7, 10 ** 9)) if (year or 2020) < 2016 else str(rng.randint(10 ** 17, 19 * 10 ** 17))
    if platform == "facebook":
        return "100" + "".join(rng.choice("0123456789") for _ in range(12))
    if platform == "instagram":
        return str(rng.randint(10 ** 7, 10 ** 11))
    if platform == "tiktok":
        return rng.choice("67") + "".join(rng.choice("0123456789") for _ in range(18))
    if platform == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8))
    if platform == "youtube":
        return "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "mastodon":
        return str(rng.randint(10 ** 6, 10 ** 17))
    raise ValueError(platform)


def created(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def drama_mobile():
    return "07700 900" + "%03d" % rng.randint(0, 999)


def drama_scam_phone():
    return rng.choice(["0808 157 0", "01632 960 ", "0306 999 0", "07700 900 "]) + "%03d" % rng.randint(0, 999)


# ---------------------------------------------------------------- handles
def shape(platform, words, sep=None):
    """Write a list of lowercase words as a handle in the style of the platform."""
    words = [w for w in words if w]
    if platform == "x":
        sep = "_" if sep is None else sep
        joined = sep.join(w.capitalize() if rng.random() < 0.6 else w for w in words)
        return joined.replace(".", "_").replace("-", "_")
    if platform == "facebook":
        sep = "" if sep in (None, "_", "-") else sep
        return sep.join(w.capitalize() for w in words) if sep == "" else sep.join(words)
    if platform in ("instagram", "tiktok"):
        return ("_" if sep is None else sep).join(words).replace("-", "_")
    if platform == "linkedin":
        return "-".join(words).replace("_", "-").replace(".", "-")
    if platform == "bluesky":
        return (sep if sep in ("-", "") else "").join(words).replace("_", "-").replace(".", "-") + ".bsky.social"
    if platform == "youtube":
        return "".join(w.capitalize() for w in words)
    raise ValueError(platform)


def valid(platform, h):
    return re.match(HANDLE_RULES[platform], h) is not None


TAKEN = set()  # (platform, handle.lower())


def claim_handle(platform, candidates, fallback_words):
    for h in candidates:
        if h and valid(platform, h) and (platform, h.lower()) not in TAKEN:
            TAKEN.add((platform, h.lower()))
            return h
    for _ in range(200):
        words = list(fallback_words) + [str(rng.randint(1, 999))]
        h = shape(platform, words)
        limit = {"x": 15, "tiktok": 24, "instagram": 30}.get(platform, 50)
        if len(h) > limit:
            short = "".join(w[0] for w in fallback_words[:-1]) + fallback_words[-1] + str(rng.randint(1, 99))
            h = shape(platform, [short[:limit - 3]])
        if valid(platform, h) and (platform, h.lower()) not in TAKEN:
            TAKEN.add((platform, h.lower()))
            return h
    raise RuntimeError("no handle for %s %s" % (platform, fallback_words))


# ---------------------------------------------------------------- register
def build_register():
    trusts = {"_about": ABOUT}
    for key, t in TRUSTS.items():
        accounts = []
        for platform, handle, display, bio, verified in t["official_accounts"]:
            year = rng.randint(2009, 2016)
            acc = {"platform": platform, "handle": handle, "account_id": account_id(platform, year),
                   "display_name": display, "bio": bio, "followers": rng.randint(3000, 160000),
                   "following": rng.randint(150, 3000), "verified": verified}
            if platform != "linkedin":
                acc["created_at"] = created(year, year)
            accounts.append(acc)
            TAKEN.add((platform, handle.lower()))
        trusts[key] = {
            "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
            "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accounts,
            "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]],
            "not_on_register": {"charities": [{"name": n, "domain": d} for n, d in t["charities"]],
                                "note": t["charity_note"]},
        }
    return trusts


# ---------------------------------------------------------------- text helpers
def fill(text, key, t, **extra):
    ex = rng.choice(t["executives"])
    values = {
        "name": t["name"], "short": SHORT[key], "site": rng.choice(t["sites"]), "init": t["initials"],
        "city": t["city"], "ph": drama_scam_phone(), "wa": drama_mobile(), "ldom": lookalike_domain(key, t),
        "exec": ex["name"], "role": ROLE_LABEL[ex["role"]], "charity": t["not_on_register"]["charities"][0]["name"],
        "gp": rng.choice(GP_PRACTICES[key]), "tph": rng.choice(t["phone_numbers"]), "dom": t["web_domains"][0],
    }
    values.update(extra)
    return text.format(**values)


def names_trust(text):
    return any(p in text for p in ("{name}", "{short}", "{site}", "{init}", "{charity}", "{exec}", "{tph}", "{dom}"))


def quiet(pool):
    """Phrasings that neither name the Trust nor claim to be official: they copy nothing in the bio."""
    return [p for p in pool if not names_trust(p) and "official" not in p.lower()]


def lookalike_domain(key, t):
    stem = t["web_domains"][0].split(".")[0]
    pattern = rng.choice(["{s}-nhs.uk", "{s}nhs.co.uk", "{s}.nhs-uk.com", "{s}-patients.org", "nhs-{s}.online",
                          "{s}-refunds.help", "{s}-nhs.info", "{s}.care-nhs.net", "my{s}.org.uk", "{s}-nhstrust.com",
                          "{s}.nhs.uk.appointments-portal.com", "{s}nhs.online", "{s}-jobs.co.uk", "{s}-appeal.org"])
    return pattern.format(s=stem)


def bio_elements(bio, key, t):
    low = bio.lower()
    out = set()
    # a look-alike web address is its own element, not a claim in words
    words_only = re.sub(r"[a-z0-9@][a-z0-9.@/-]*\.(?:uk|com|org|help|online|info|net)\S*", " ", low)
    names = [t["name"], SHORT[key]] + [a for a in t["aliases"] if len(a) > 4] + t["sites"]
    names += [c["name"] for c in t["not_on_register"]["charities"]]
    if any(n.lower() in words_only for n in names) or re.search(r"\b%s\b" % re.escape(t["initials"].lower()), words_only) \
            or re.search(r"\bofficial\b", words_only):
        out.add("bio_claim")
    digits = re.sub(r"\D", "", bio)
    if any(re.sub(r"\D", "", p) in digits for p in t["phone_numbers"]):
        out.add("phone")
    if any(re.search(r"(?<![a-z0-9.-])%s(?![a-z0-9-]|\.[a-z])" % re.escape(d), low) for d in t["web_domains"]):
        out.add("domain")
    return out


def handle_copies(handle, key, t):
    h = re.sub(r"[_.\-]", "", handle.lower().split(".bsky.social")[0])
    offs = [re.sub(r"[_.\-]", "", a["handle"].lower().split(".bsky.social")[0]) for a in t["official_accounts"]]
    return any(o in h for o in offs) or any(s in h for s in HANDLE_STEMS[key])


def display_alias(key, t):
    return rng.choice([t["name"], SHORT[key]] + t["aliases"][:4] + [SHORT[key] + " NHS", t["name"].replace(" NHS", "")])


# ---------------------------------------------------------------- name tricks
def swap_text(s, for_handle):
    """One or two look-alike substitutions that a confusable fold undoes."""
    subs = [("l", "1"), ("o", "0"), ("m", "rn"), ("s", "5"), ("e", "3"), ("a", "4"), ("b", "8")]
    if not for_handle:
        subs = [("l", "I"), ("o", "0"), ("m", "rn"), ("i", "l")] + subs[3:5]
    rng.shuffle(subs)
    for src, dst in subs:
        idx = [i for i, c in enumerate(s) if c == src and i > 0]
        if idx:
            i = rng.choice(idx)
            return s[:i] + dst + s[i + 1:]
    return None


def styled_text(s):
    style = rng.choice(["bold", "italic", "sans", "double", "full", "caps", "bold_first"])

    def conv(c, st):
        if st == "caps":
            caps = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"
            return caps[ord(c.lower()) - 97] if "a" <= c.lower() <= "z" else c
        if st == "full":
            return chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c
        base = {"bold": (0x1D400, 0x1D41A), "italic": (0x1D434, 0x1D44E), "sans": (0x1D5D4, 0x1D5EE),
                "double": (0x1D538, 0x1D552)}[st]
        holes = {"italic": {"h": "ℎ"}, "double": {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}}
        if c in holes.get(st, {}):
            return holes[st][c]
        if "A" <= c <= "Z":
            return chr(base[0] + ord(c) - 65)
        if "a" <= c <= "z":
            return chr(base[1] + ord(c) - 97)
        return c
    if style == "bold_first":
        words = s.split(" ")
        return " ".join([("".join(conv(c, "bold") for c in words[0]))] + words[1:])
    return "".join(conv(c, style) for c in s)


HOMOGLYPHS = {"a": ["\u0430"], "e": ["\u0435"], "o": ["\u043e", "\u03bf"], "p": ["\u0440"], "c": ["\u0441"],
              "y": ["\u0443"], "i": ["\u0456"], "A": ["\u0410", "\u0391"], "B": ["\u0412", "\u0392"],
              "E": ["\u0415", "\u0395"], "H": ["\u041d", "\u0397"], "K": ["\u041a"], "M": ["\u041c", "\u039c"],
              "O": ["\u041e", "\u039f"], "P": ["\u0420", "\u03a1"], "C": ["\u0421"], "T": ["\u0422", "\u03a4"],
              "N": ["\u039d"], "S": ["\u0405"]}


def mixed_text(s):
    idx = [i for i, c in enumerate(s) if c in HOMOGLYPHS]
    chosen = rng.sample(idx, min(len(idx), rng.choice([1, 1, 2, 3])))
    out = list(s)
    for i in chosen:
        out[i] = rng.choice(HOMOGLYPHS[s[i]])
    return "".join(out)


def zw_text(s):
    z = rng.choice(ZW)
    spaces = [i for i, c in enumerate(s) if c == " "]
    if spaces and rng.random() < 0.5:
        i = rng.choice(spaces)
        return s[:i] + z + s[i + 1:] if rng.random() < 0.5 else s[:i] + z + s[i:]
    i = rng.randint(1, max(1, len(s) - 1))
    return s[:i] + z + s[i:]


def copied_bio(t, platform):
    offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
    src = rng.choice(offs)["bio"]
    ops = BIO_EDITS[:]
    rng.shuffle(ops)
    for op in ops:
        kind, a = op[0], op[1]
        if kind == "swap":
            if a not in src:
                continue
            b = src.replace(a, op[2], 1)
        elif kind == "append":
            b = src + a.format(wa=drama_mobile(), ph=drama_scam_phone())
        elif kind == "prepend":
            b = a + src
        elif kind == "lower":
            b = src.lower()
        elif kind == "typo":
            words = [w for w in src.split(" ") if len(w) > 6 and w.isalpha()]
            if not words:
                continue
            w = rng.choice(words)
            k = rng.randint(2, len(w) - 2)
            b = src.replace(w, w[:k] + w[k + 1:], 1)
        else:
            b = src
        best = max(difflib.SequenceMatcher(None, b[:len(o["bio"]) + 5], o["bio"]).ratio() for o in t["official_accounts"])
        if best >= 0.7:
            return b
    return src


# ---------------------------------------------------------------- impersonations
GENERIC_DISPLAY = {
    "refund_patient_support_scam": ["Patient Support Team", "NHS Refund Desk", "Patient Liaison", "PALS Support",
                                    "Hospital Refunds UK", "Patient Care Desk", "NHS Patient Help"],
    "jobs_recruitment_scam": ["NHS Jobs UK", "UK Healthcare Jobs", "NHS Recruitment Hub", "Care Jobs Direct",
                              "NHS Careers Team", "Hospital Jobs Recruitment"],
    "donation_scam": ["Hope for Amelia", "Little Fighters Fund", "NHS Heroes Appeal", "Ward Angels", "Hospital Appeal",
                      "Children's Ward Fund"],
    "any": ["Patient Support", "Hospital Updates", "NHS Help Desk", "Patient Services", "Appointments Team",
            "Hospital Info", "Care Team", "NHS Updates", "Patient Enquiries", "Hospital Help Centre", "NHS",
            "Hospital Support 💙", "Patient Advice", "NHS Patient Line", "Our Local Hospital", "NHS Trust News",
            "Patient Experience", "Hospital Notices", "NHS Community", "Care & Support"],
}
SCAM_DISPLAY = {
    "refund_patient_support_scam": ["{short} Patient Support", "{short} PALS", "Patient Support - {short}",
                                    "{site} Refunds", "{init} Patient Services", "{short} Patient Experience Team",
                                    "PALS | {site}", "{short} Complaints & Refunds", "{site} Patient Help"],
    "jobs_recruitment_scam": ["{short} Recruitment", "{short} Careers", "{init} Jobs", "{site} HR",
                              "Careers at {short}", "{short} International Recruitment", "{short} Jobs 2026"],
    "donation_scam": ["{short} Appeal", "{charity}", "Friends of {site}", "{site} Ward Appeal", "Support {short}",
                      "{short} Charity", "{charity} 💙"],
}
POOLS = {"refund_patient_support_scam": (REFUND, ["pals", "patient", "support", "refunds", "care"]),
         "jobs_recruitment_scam": (JOBS, ["jobs", "careers", "recruitment", "hr", "hiring"]),
         "donation_scam": (DONATION, ["appeal", "charity", "donate", "fund", "support"])}


def generic_handle_words():
    return rng.choice(GENERIC_HANDLE_WORDS).split("_") + ([str(rng.randint(1, 99))] if rng.random() < 0.4 else [])


def trust_handle_words(key, affix=True):
    words = list(rng.choice(STEM_WORDS[key]))
    if affix:
        a = rng.choice(AFFIXES)
        words = [a] + words if rng.random() < 0.3 else words + [a]
    return words


def x_fit(words):
    cands = [shape("x", words), shape("x", words, sep=""), "".join(w[:4] for w in words)]
    return [c for c in cands if len(c) <= 15]


def handle_cands(platform, words):
    if platform == "x":
        return x_fit(words)
    return [shape(platform, words), shape(platform, words, sep="")]


def make_imp(tactic, key, t, platform, single):
    """Return display, handle, bio, explicit elements for one impersonating account."""
    els = set()
    bio_pool_any = NAME_TRICK
    bio_pool_quiet = quiet(NAME_TRICK)
    disp = display_alias(key, t)
    handle = None
    bio = None

    if tactic == "renamed_old_account":
        els.add("name")
        disp = rng.choice([display_alias(key, t), display_alias(key, t) + " 💙", SHORT[key] + " Updates"])
        if single or rng.random() < 0.5:
            old = rng.choice(OLD_HANDLES).split("_")
            handle = claim_handle(platform, handle_cands(platform, old), old)
        else:
            w = trust_handle_words(key)
            handle = claim_handle(platform, handle_cands(platform, w), w)
        bio = fill(rng.choice(quiet(RENAMED) if single else RENAMED), key, t)

    elif tactic == "digit_letter_swap":
        offs = [a["handle"].split(".bsky.social")[0] for a in t["official_accounts"] if a["platform"] != "linkedin"]
        mode = rng.choice(["handle", "name"]) if single else "both"
        if mode in ("handle", "both"):
            cands = []
            for _ in range(30):
                base = rng.choice(offs)
                if platform in ("instagram", "tiktok", "bluesky", "linkedin"):
                    base = base.lower()
                s = swap_text(base, True)
                if s:
                    cands.append(s + ".bsky.social" if platform == "bluesky" else s)
            handle = claim_handle(platform, cands, generic_handle_words())
            els.add("handle")
            disp = rng.choice(GENERIC_DISPLAY["any"]) if mode == "handle" else display_alias(key, t)
            if mode == "both":
                els.add("name")
        if mode in ("name", "both"):
            names = [t["name"], SHORT[key]] + [a for a in t["aliases"] if len(a) > 5]
            for _ in range(20):
                s = swap_text(rng.choice(names), False)
                if s:
                    disp = s
                    break
            els.add("name")
            if mode == "name":
                w = generic_handle_words()
                handle = claim_handle(platform, handle_cands(platform, w), w)
        bio = fill(rng.choice(bio_pool_quiet if single else bio_pool_any), key, t)

    elif tactic == "handle_affix":
        offs = [a["handle"].split(".bsky.social")[0].lower() for a in t["official_accounts"] if a["platform"] != "linkedin"]
        offs = list(dict.fromkeys(offs)) + [t["initials"].lower()]
        cands = []
        for _ in range(40):
            base, a = rng.choice(offs), rng.choice(AFFIXES)
            sep = rng.choice(["_", "", ".", "-"])
            order = rng.random() < 0.7
            raw = (base + sep + a) if order else (a + sep + base)
            if platform == "x":
                raw = raw.replace(".", "_").replace("-", "_")
                raw = "_".join(p.capitalize() if rng.random() < 0.5 else p for p in raw.split("_"))
            elif platform == "facebook":
                raw = raw.replace("_", "").replace("-", "")
            elif platform in ("instagram", "tiktok"):
                raw = raw.replace("-", "_")
            elif platform == "linkedin":
                raw = raw.replace("_", "-").replace(".", "-")
            elif platform == "bluesky":
                raw = raw.replace("_", "-").replace(".", "-") + ".bsky.social"
            cands.append(raw)
        handle = claim_handle(platform, cands, trust_handle_words(key))
        els.add("handle")
        if single:
            disp = rng.choice(GENERIC_DISPLAY["any"])
        else:
            els.add("name")
        bio = fill(rng.choice(bio_pool_quiet if single else bio_pool_any), key, t)

    elif tactic == "exact_name_new_handle":
        disp = t["name"]
        els.add("name")
        w = generic_handle_words() if single or rng.random() < 0.5 else trust_handle_words(key)
        handle = claim_handle(platform, handle_cands(platform, w), w)
        bio = fill(rng.choice(bio_pool_quiet if single else bio_pool_any), key, t)

    elif tactic in POOLS:
        pool, words = POOLS[tactic]
        if single:
            if rng.random() < 0.55:
                # copies only the name: a quiet appeal or a bare WhatsApp number under the Trust's name
                disp = fill(rng.choice(SCAM_DISPLAY[tactic][:1] + [SHORT[key], t["name"], display_alias(key, t)]), key, t)
                els.add("name")
                bio = fill(rng.choice(quiet(pool)), key, t)
            else:
                # copies only a claim in the bio, under a generic name
                disp = rng.choice(GENERIC_DISPLAY[tactic])
                bio = fill(rng.choice([p for p in pool if names_trust(p)]), key, t)
            w = generic_handle_words()
        else:
            disp = fill(rng.choice(SCAM_DISPLAY[tactic]), key, t)
            els.add("name")
            bio = fill(rng.choice(pool), key, t)
            w = trust_handle_words(key, affix=False) + [rng.choice(words)] if rng.random() < 0.6 else generic_handle_words()
        handle = claim_handle(platform, handle_cands(platform, w), w)

    elif tactic == "fake_executive":
        ex = rng.choice(t["executives"])
        parts = re.sub(r"^(Dr|Professor|Dame|Sir|Ms) ", "", ex["name"]).split()
        first, surname = parts[0], parts[-1]
        role = ROLE_LABEL[ex["role"]]
        els.add("executive_name")
        if single:
            disp = rng.choice([ex["name"], first + " " + surname, ex["name"] + " ✔️"])
            bio = fill(rng.choice(quiet(EXECUTIVE)), key, t, exec=ex["name"], role=role)
        else:
            disp = rng.choice([ex["name"], "%s | %s" % (ex["name"], role), "%s - %s, %s" % (first + " " + surname, role, SHORT[key]),
                               "%s %s (%s)" % (first, surname, t["initials"])])
            bio = fill(rng.choice(EXECUTIVE), key, t, exec=ex["name"], role=role)
            if SHORT[key] in disp or t["initials"] in disp:
                els.add("name")
        sur = surname.lower().replace("-", "")
        w_opts = [[first.lower(), sur], [sur], [first[0].lower(), sur], ["dr", sur], [sur, "ceo"], [first.lower(), sur, "nhs"]]
        cands = []
        for w in rng.sample(w_opts, len(w_opts)):
            cands += handle_cands(platform, w)
        handle = claim_handle(platform, cands, [sur])

    elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
        base = rng.choice([t["name"], SHORT[key], display_alias(key, t)])
        if tactic == "zero_width_name":
            disp = zw_text(base)
        elif tactic == "styled_unicode_name":
            disp = styled_text(base)
        else:
            disp = mixed_text(base)
            while not re.search(r"[A-Za-z]", disp) or disp == base:
                disp = mixed_text(base)
        els.add("name")
        w = generic_handle_words() if single or rng.random() < 0.4 else trust_handle_words(key)
        handle = claim_handle(platform, handle_cands(platform, w), w)
        bio = fill(rng.choice(bio_pool_quiet if single else bio_pool_any), key, t)

    elif tactic == "copied_official_bio":
        bio = copied_bio(t, platform)
        if single:
            disp = rng.choice(GENERIC_DISPLAY["any"])
            w = generic_handle_words()
        else:
            els.add("name")
            w = trust_handle_words(key) if rng.random() < 0.6 else generic_handle_words()
        handle = claim_handle(platform, handle_cands(platform, w), w)

    elif tactic == "lookalike_domain_bio":
        els.add("lookalike_domain")
        if single:
            disp = rng.choice(GENERIC_DISPLAY["any"])
            bio = fill(rng.choice(quiet(LOOKALIKE)), key, t)
            w = generic_handle_words()
        else:
            els.add("name")
            bio = fill(rng.choice(LOOKALIKE), key, t)
            w = trust_handle_words(key) if rng.random() < 0.6 else generic_handle_words()
        handle = claim_handle(platform, handle_cands(platform, w), w)

    elif tactic == "dotted_handle":
        if single and platform == "facebook" and rng.random() < 0.7:
            disp = rng.choice([t["name"]] + t["aliases"])
            els.add("name")
            handle = claim_handle(platform, [str(rng.randint(10 ** 13, 10 ** 16 - 1))], ["x"])
        else:
            words = trust_handle_words(key, affix=rng.random() < 0.6)
            if len(words) < 2:
                words.append(rng.choice(["nhs", "uk", "official"]))
            cands = [".".join(words), ".".join(words) + "." + str(rng.randint(1, 99)), ".".join(words[:2]) + ".nhs"]
            handle = claim_handle(platform, cands, words)
            els.add("handle")
            if single:
                disp = rng.choice(GENERIC_DISPLAY["any"])
            else:
                els.add("name")
        bio = fill(rng.choice(bio_pool_quiet if single else bio_pool_any), key, t)

    elif tactic == "short_stem_affix":
        ini = t["initials"].lower()
        cands = []
        for _ in range(40):
            a = rng.choice(AFFIXES)
            extra = rng.choice(["", "", rng.choice(AFFIXES), str(rng.randint(1, 99))])
            words = [ini, a] + ([extra] if extra else [])
            if rng.random() < 0.3:
                words = [a, ini] + ([extra] if extra else [])
            cands += handle_cands(platform, words)
        handle = claim_handle(platform, cands, [ini, "help"])
        els.add("handle")
        if single:
            disp = rng.choice(GENERIC_DISPLAY["any"])
        else:
            els.add("name")
            disp = rng.choice([display_alias(key, t), t["initials"] + " " + rng.choice(["Support", "Help", "Careers", "Patients"])])
        bio = fill(rng.choice(bio_pool_quiet if single else bio_pool_any), key, t)
    else:
        raise ValueError(tactic)
    return disp, handle, bio, els


def impersonations(trusts):
    keys = list(TRUSTS)
    recs = []
    n = 0
    for tix, tactic in enumerate(TACTICS):
        for i in range(30):
            key = keys[i % 10]
            t = trusts[key]
            if tactic == "dotted_handle":
                platform = ["facebook", "instagram", "tiktok"][(i * 7 + tix) % 3]
            else:
                platform = POS_PLATFORMS[(i * 7 + tix) % 6]
            single = (i * 11 + tix) % 30 < 13
            for _ in range(40):
                disp, handle, bio, els = make_imp(tactic, key, t, platform, single)
                els |= bio_elements(bio, key, t)
                if handle_copies(handle, key, t) and not handle.isdigit():
                    els.add("handle")
                if tactic == "copied_official_bio":
                    els.add("bio_claim")
                if (len(els) == 1) == single:
                    break
                TAKEN.discard((platform, handle.lower()))
            else:
                raise RuntimeError("could not build %s %s single=%s" % (tactic, key, single))
            old = tactic == "renamed_old_account"
            year = rng.randint(2011, 2019) if old else rng.choice([2021, 2022, 2023, 2024, 2025, 2025, 2026, 2026])
            acc = {"platform": platform, "handle": handle, "display_name": disp, "description": bio,
                   "followers": rng.randint(520, 38000) if old else int(rng.paretovariate(1.3) * 8) - 8,
                   "following": rng.randint(0, 4000), "verified": platform == "x" and rng.random() < 0.15,
                   "profile_image_url": None, "account_id": account_id(platform, year)}
            if old or platform != "linkedin" or rng.random() < 0.3:
                acc["created_at"] = created(year, year if old else min(year, 2026))
            if handle.isdigit():
                acc["account_id"] = handle
            n += 1
            recs.append({"id": "nhs5-imp-%04d" % n, "trust": key, "label": "impersonation", "tactic": tactic,
                         "platform": platform, "account": acc, "copied_elements": sorted(els)})
    return recs


# ---------------------------------------------------------------- genuine
def gen_account(platform, handle, display, bio, followers, year=None, verified=False, account_id_=None):
    acc = {"platform": platform, "handle": handle, "display_name": display, "description": bio,
           "followers": followers, "following": rng.randint(20, 3000), "verified": verified,
           "profile_image_url": None, "account_id": account_id_ or account_id(platform, year)}
    if year and platform != "linkedin":
        acc["created_at"] = created(year, year)
    return acc


def genuine(trusts):
    recs = []
    counter = {"off": 0, "var": 0, "adj": 0, "gp": 0}

    def add(kind, key, group, platform, acc):
        counter[kind] += 1
        recs.append({"id": "nhs5-%s-%04d" % (kind, counter[kind]), "trust": key, "label": "genuine", "group": group,
                     "platform": platform, "account": acc})

    plat_names = {"facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "tiktok": "TikTok",
                  "youtube": "YouTube", "bluesky": "Bluesky"}
    for key, t in ((k, v) for k, v in trusts.items() if not k.startswith("_")):
        for a in t["official_accounts"]:
            acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"],
                   "description": a["bio"], "followers": a["followers"], "following": a["following"],
                   "verified": a["verified"], "profile_image_url": None, "account_id": a["account_id"]}
            if "created_at" in a:
                acc["created_at"] = a["created_at"]
            add("off", key, "official", a["platform"], acc)
            if a["platform"] == "x":
                spellings = ["X", "Twitter", " x", rng.choice(["twitter", "TWITTER", "X ", "Twitter "])]
            else:
                spellings = rng.sample([plat_names[a["platform"]], plat_names[a["platform"]].upper(), " " + a["platform"]], 2)
            for sp in spellings:
                v = dict(acc)
                v["platform"] = sp
                v["handle"] = rng.choice([a["handle"].lower(), a["handle"].upper(), a["handle"][:1].upper() + a["handle"][1:]])
                if v["handle"] == a["handle"]:
                    v["handle"] = a["handle"].lower() if a["handle"] != a["handle"].lower() else a["handle"].upper()
                v["followers"] = a["followers"] + rng.randint(-40, 60)
                add("var", key, "official_case_variant", a["platform"], v)

    for key, t in ((k, v) for k, v in trusts.items() if not k.startswith("_")):
        short = SHORT[key]
        for platform, handle, display, bio in LOCAL[key]:
            h = claim_handle(platform, [handle], handle.lower().split("_"))
            add("adj", key, "nhs_adjacent", platform, gen_account(platform, h, display, bio, rng.randint(150, 60000),
                                                                  rng.randint(2009, 2021), rng.random() < 0.3))
        for gp in GP_PRACTICES[key]:
            platform = rng.choice(["facebook", "x", "facebook"])
            words = re.sub(r"[^a-z ]", "", gp.lower()).split()
            h = claim_handle(platform, handle_cands(platform, words) + [shape(platform, words[:2])], words[:2])
            bio = rng.choice([
                "NHS GP practice. Repeat prescriptions via the NHS App. We cannot answer medical questions here.",
                "Practice news and clinic updates. For urgent help call NHS 111 or 999 in an emergency.",
                "Your local GP surgery. Flu clinics, opening hours and practice news. Not monitored out of hours.",
                "Welcome to %s. Hospital appointment queries go to the hospital's own booking team or PALS." % gp])
            add("adj", key, "nhs_adjacent", platform, gen_account(platform, h, gp, bio, rng.randint(80, 4000), rng.randint(2012, 2022)))
        stem_x = {"barts": "Barts", "scas": "SCAS", "dorset": "DHC", "eput": "EPUT", "dchs": "DCHS", "southtees": "STees",
                  "alderhey": "AlderHey", "christie": "Christie", "westsuffolk": "WSFT", "mtw": "MTW"}[key]
        for display, word, bio in rng.sample(TEAM_ACCOUNTS, 16):
            platform = rng.choice(["x", "x", "x", "instagram", "facebook", "linkedin", "bluesky"])
            words = [stem_x.lower(), word]
            cands = ([stem_x + word.capitalize(), stem_x + "_" + word.capitalize(), (stem_x + word)[:15]] if platform == "x"
                     else handle_cands(platform, words))
            h = claim_handle(platform, cands, words)
            site = rng.choice(t["sites"])
            add("adj", key, "nhs_adjacent", platform, gen_account(platform, h, fill(display, key, t, site=site),
                                                                  fill(bio, key, t, site=site), rng.randint(90, 9000), rng.randint(2012, 2024)))
        for bio in rng.sample(STAFF_BIOS, 26):
            platform = rng.choice(["x", "x", "instagram", "tiktok", "bluesky", "linkedin", "facebook"])
            first = rng.choice(FIRST_NAMES)
            ini = rng.choice(SURNAME_INITIALS)
            display = rng.choice(["%s %s" % (first, ini), "%s %s." % (first, ini), first + " 💙", "%s (she/her)" % first,
                                  "Dr %s %s" % (first, ini), first.lower() + "_" + ini.lower()])
            words = [first.lower(), ini.lower(), rng.choice(["", "", "xx", "nhs", str(rng.randint(1, 99))])]
            h = claim_handle(platform, handle_cands(platform, words), words)
            add("adj", key, "nhs_adjacent", platform, gen_account(platform, h, display, fill(bio, key, t),
                                                                  int(rng.paretovariate(1.2) * 60), rng.randint(2010, 2025)))
        for display, word, bio in rng.sample(COMMUNITY, 16):
            platform = rng.choice(["facebook", "facebook", "x", "instagram", "tiktok", "bluesky"])
            words = [t["city"].split()[0].lower(), word]
            h = claim_handle(platform, handle_cands(platform, words), words)
            site = rng.choice(t["sites"])
            add("adj", key, "nhs_adjacent", platform, gen_account(platform, h, fill(display, key, t, site=site),
                                                                  fill(bio, key, t, site=site), rng.randint(30, 5000), rng.randint(2011, 2025)))

    keys = [k for k in trusts if not k.startswith("_")]
    for i, bio in enumerate(GENERAL_PUBLIC):
        platform = rng.choice(["x", "x", "instagram", "instagram", "tiktok", "facebook", "bluesky", "linkedin", "youtube",
                               "mastodon"])
        first = rng.choice(FIRST_NAMES)
        ini = rng.choice(SURNAME_INITIALS)
        display = rng.choice(["%s %s" % (first, ini), first, "%s %s." % (first, ini), first.lower(), "%s ✨" % first])
        words = [first.lower(), ini.lower(), rng.choice(["", str(rng.randint(1, 999)), "x", "uk", "official", "real"])]
        if platform == "mastodon":
            inst = rng.choice(["mastodon.social", "mas.to", "toot.wales"])
            h = claim_handle(platform, ["%s%s@%s" % (first.lower(), ini.lower(), inst),
                                        "%s_%s%d@%s" % (first.lower(), ini.lower(), i, inst)], [first.lower()])
        elif platform == "youtube":
            h = claim_handle(platform, [first + ini + str(rng.randint(1, 999))], [first.lower()])
        else:
            h = claim_handle(platform, handle_cands(platform, words), words)
        add("gp", keys[i % len(keys)], "general_public", platform,
            gen_account(platform, h, display, bio, int(rng.paretovariate(1.1) * 40), rng.randint(2009, 2026)))
    return recs


def main():
    trusts = build_register()
    gen = genuine(trusts)
    imp = impersonations(trusts)
    recs = imp + gen
    rng.shuffle(recs)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(trusts, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d trusts, %d accounts (%d impersonation, %d genuine)" % (len(trusts) - 1, len(recs), len(imp), len(gen)))


if __name__ == "__main__":
    main()
