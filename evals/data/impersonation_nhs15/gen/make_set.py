#!/usr/bin/env python3
"""Build set 15 (trusts.json + accounts.jsonl) from the hand-written text in this folder.
Standard library only; fixed seed, so two runs give byte-identical files. Usage: python3 gen/make_set.py"""
import difflib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from register import ABOUT, TRUSTS  # noqa: E402
import scam_text as S  # noqa: E402
import genuine_text as G  # noqa: E402
import public_text as P  # noqa: E402

OUT = os.path.dirname(HERE)
rng = random.Random(15015)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
ALL = POS + ["youtube", "mastodon"]
HANDLE_RULES = {
    "x": r"^[A-Za-z0-9_]{4,15}$", "facebook": r"^(?:[A-Za-z0-9.]{5,50}|\d{14,16})$",
    "instagram": r"^(?!.*\.\.)(?!\.)[a-z0-9._]{1,30}(?<!\.)$", "tiktok": r"^(?!.*\.\.)[a-z0-9._]{2,24}(?<!\.)$",
    "linkedin": r"^[a-z0-9-]{3,100}$", "bluesky": r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,}$",
    "youtube": r"^[A-Za-z0-9_.-]{3,30}$", "mastodon": r"^[A-Za-z0-9_]+@[a-z0-9.-]+$"}
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers", "appeal", "pals",
         "assist", "hq", "staff", "patients", "news"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"
EXTRA_AREA = {"nlag": ("North Lincolnshire", "University of Hull"), "wah": ("Herefordshire and Worcestershire", "University of Worcester"),
              "dgt": ("North Kent", "Canterbury Christ Church University"), "lgt": ("South East London", "University of Greenwich"),
              "dhcft": ("Derby and Derbyshire", "University of Derby"), "lscft": ("Lancashire and South Cumbria", "UCLan"),
              "ghc": ("Gloucestershire", "University of Gloucestershire"), "nscht": ("Staffordshire and Stoke-on-Trent", "Keele University"),
              "jpuh": ("Norfolk and Waveney", "University of East Anglia"), "dch": ("Dorset", "Bournemouth University")}
MOBILES = ["07700 900%03d" % n for n in (112, 245, 318, 407, 519, 633, 781, 866, 902, 974)] + ["+44 7700 900%03d" % n for n in (150, 488, 731)]


# ------------------------------------------------------------------ helpers
def account_id(p):
    if p == "x":
        return str(rng.randint(10 ** 8, 2 * 10 ** 18))
    if p == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if p == "instagram":
        return str(rng.randint(10 ** 8, 10 ** 11))
    if p == "tiktok":
        return str(rng.randint(10 ** 18, 10 ** 19 - 1))
    if p == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8))
    if p == "youtube":
        return "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if p == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    return str(rng.randint(10 ** 16, 10 ** 18))


def date(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def fit(p, tokens):
    """Join handle tokens in a way the platform allows; None if it cannot fit."""
    toks = [re.sub(r"[^A-Za-z0-9]", "", t) for t in tokens]
    toks = [t for t in toks if t]
    if p == "x":
        h = rng.choice(["", "_"]).join(toks)
        if len(h) > 15:
            h = "".join(toks)
    elif p == "facebook":
        h = rng.choice(["", ".", ""]).join(toks)
    elif p in ("instagram", "tiktok"):
        h = rng.choice(["", "_", "."]).join(toks).lower()
        if p == "tiktok" and len(h) > 24:
            h = "".join(toks).lower()
    elif p == "linkedin":
        h = "-".join(toks).lower()
    elif p == "bluesky":
        h = rng.choice(["", "-"]).join(toks).lower()[:40].strip("-") + ".bsky.social"
    elif p == "youtube":
        h = rng.choice(["", "_", "."]).join(toks)
    else:
        h = rng.choice(["", "_"]).join(toks) + "@" + rng.choice(["mastodon.social", "mastodon.online", "mas.to", "social.vivaldi.net", "toot.community"])
    return h if re.match(HANDLE_RULES[p], h) else None


def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


SWAP = {"o": "0", "O": "0", "l": "1", "s": "5", "S": "5", "e": "3", "E": "3", "a": "4", "A": "4", "b": "8", "B": "8",
        "m": "rn", "L": "I", "I": "l"}


def swap(s):
    idx = [i for i, c in enumerate(s) if c in SWAP]
    if not idx:
        return None
    picks = sorted(rng.sample(idx, min(len(idx), rng.choice([1, 1, 1, 2]))), reverse=True)
    s = list(s)
    for i in picks:
        s[i] = SWAP[s[i]]
    return "".join(s)


BOLD = {c: chr(0x1D400 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
BOLD.update({c: chr(0x1D41A + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")})
ITAL_SANS_BOLD = {c: chr(0x1D63C + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
ITAL_SANS_BOLD.update({c: chr(0x1D656 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")})
SCRIPT_BOLD = {c: chr(0x1D4D0 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
SCRIPT_BOLD.update({c: chr(0x1D4EA + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")})
FULLW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
DOUBLE = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "R": "ℝ"}


def style(s):
    kind = rng.choice(["bold", "sans", "script", "full", "small", "double", "partial"])
    if kind == "bold":
        return "".join(BOLD.get(c, c) for c in s)
    if kind == "sans":
        return "".join(ITAL_SANS_BOLD.get(c, c) for c in s)
    if kind == "script":
        return "".join(SCRIPT_BOLD.get(c, c) for c in s)
    if kind == "full":
        return "".join(FULLW.get(c, c) for c in s)
    if kind == "small":
        return "".join(SMALL.get(c.lower(), c) if c.isalpha() else c for c in s)
    if kind == "double":
        out = "".join(DOUBLE.get(c, c) for c in s)
        return out if out != s else "".join(BOLD.get(c, c) for c in s)
    words = s.split()
    k = rng.randrange(len(words))
    words[k] = "".join(BOLD.get(c, c) for c in words[k])
    return " ".join(words)


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
        "A": "\u0391", "B": "\u0392", "E": "\u0415", "H": "\u041d", "K": "\u039a", "M": "\u041c", "N": "\u039d",
        "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u03a7", "i": "\u0456", "s": "\u0455", "I": "\u0399"}


def mix(s):
    idx = [i for i, c in enumerate(s) if c in HOMO]
    n = min(len(idx), rng.choice([1, 1, 2, 3]))
    s = list(s)
    for i in rng.sample(idx, n):
        s[i] = HOMO[s[i]]
    return "".join(s)


def zw(s):
    i = rng.randint(1, len(s) - 1)
    c = rng.choice(ZW)
    out = s[:i] + c + s[i:]
    if rng.random() < 0.3:
        j = rng.randint(1, len(out) - 1)
        out = out[:j] + rng.choice(ZW) + out[j:]
    return out


def mutate_bio(b):
    words = b.split(" ")
    for _ in range(rng.choice([0, 1, 1, 2])):
        i = rng.randrange(len(words))
        w = words[i]
        words[i] = rng.choice([w.upper(), w.lower(), w.rstrip(".,") + "!", w + " 💙", w.replace("o", "0", 1)])
    out = " ".join(words)
    if rng.random() < 0.3:
        out = out.replace(" & ", " and ").replace("Official", "OFFICIAL")
    return out


# ------------------------------------------------------------------ register
trusts_json = {"_about": ABOUT}
for t in TRUSTS:
    accs = []
    for (p, h, dn, bio, fol, year) in t["accounts"]:
        a = {"platform": p, "handle": h, "account_id": account_id(p), "display_name": dn, "bio": bio, "followers": fol,
             "following": rng.randint(120, 2600), "verified": p in ("x", "facebook", "instagram", "youtube") and fol > 5000}
        if year:
            a["created_at"] = date(year, year)
        accs.append(a)
    t["official"] = accs
    trusts_json[t["key"]] = {
        "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
        "initials": t["initials"], "ods_codes": t["ods"], "web_domains": [t["domain"]], "phone_numbers": t["phones"],
        "sites": t["sites"], "official_accounts": accs,
        "executives": [{"role": r, "name": n, "invented": True} for r, n in t["execs"]]}
TB = {t["key"]: t for t in TRUSTS}
OFFICIAL_KEYS = {(a["platform"], a["handle"].lower()) for t in TRUSTS for a in t["official"]}


# ------------------------------------------------------------------ impersonations
def checks(tactic, p, dn, h, bio, t, created, fol):
    tj = trusts_json[t["key"]]
    if not re.match(HANDLE_RULES[p], h) or (p, h.lower()) in OFFICIAL_KEYS:
        return False
    names = [tj["name"]] + tj["aliases"]
    init = tj["initials"].lower()
    if tactic == "zero_width_name":
        return any(c in ZW for c in dn + h)
    if tactic == "digit_letter_swap":
        hs = {a["handle"].split(".bsky.social")[0] for a in tj["official_accounts"]}
        hh = h.split(".bsky.social")[0]
        return any(fold(hh) == fold(x) and hh.lower() != x.lower() for x in hs) or \
            (fold(dn) in {fold(x) for x in names} and dn not in names)
    if tactic == "exact_name_new_handle":
        return dn == tj["name"]
    if tactic == "renamed_old_account":
        return created < "2020" and fol >= 500
    if tactic == "fake_executive":
        return any(re.sub(r"^(Dr|Professor|Dame|Sir) ", "", e["name"]).split()[-1].lower() in (dn + h).lower() for e in tj["executives"])
    if tactic == "copied_official_bio":
        return max(difflib.SequenceMatcher(None, bio[:len(a["bio"]) + 5], a["bio"]).ratio() for a in tj["official_accounts"]) >= 0.7
    if tactic == "lookalike_domain_bio":
        doms = re.findall(r"[a-z0-9][a-z0-9.-]*\.(?:uk|com|org|help|online|info|net)\b", bio.lower())
        return any(d not in tj["web_domains"] and (difflib.SequenceMatcher(None, d, w).ratio() >= 0.6 or w.split(".")[0] in d)
                   for d in doms for w in tj["web_domains"])
    if tactic == "dotted_handle":
        if p not in ("facebook", "instagram", "tiktok"):
            return False
        if h.isdigit():
            return p == "facebook" and fold(dn) in {fold(x) for x in names}
        return "." in h
    if tactic == "short_stem_affix":
        return len(init) <= 4 and init in h.lower() and any(w in h.lower().replace(init, "", 1) for w in AFFIX)
    if tactic == "handle_affix":
        sq = lambda s: re.sub(r"[_.\-]", "", s.lower().split(".bsky.social")[0])
        return (any(sq(a["handle"]) in sq(h) for a in tj["official_accounts"]) or init in h.lower()) and any(w in h.lower() for w in AFFIX)
    if tactic == "mixed_script_name":
        return any(ord(c) > 0x36F and ord(c) < 0x500 for c in dn) and any(c.isascii() and c.isalpha() for c in dn)
    return True


CORE = {"renamed_old_account": "name", "digit_letter_swap": "handle", "handle_affix": "handle", "exact_name_new_handle": "name",
        "refund_patient_support_scam": "name", "jobs_recruitment_scam": "name", "donation_scam": "name",
        "fake_executive": "executive_name", "zero_width_name": "name", "styled_unicode_name": "name", "mixed_script_name": "name",
        "copied_official_bio": "bio_claim", "lookalike_domain_bio": "lookalike_domain", "dotted_handle": "handle",
        "short_stem_affix": "handle"}
NO_HANDLE_EXTRA = {"renamed_old_account", "exact_name_new_handle", "fake_executive", "digit_letter_swap", "handle_affix",
                   "dotted_handle", "short_stem_affix"}
SUFFIX = {"refund_patient_support_scam": ["Patient Support", "Refunds", "Patient Refund Centre", "PALS Help", "Patient Services", "Billing Support"],
          "jobs_recruitment_scam": ["Careers", "Recruitment", "Jobs", "International Recruitment", "HR Team", "Nursing Jobs"],
          "donation_scam": ["Appeal", "Charity Appeal", "Donations", "Fundraising", "Hospital Appeal", "Support Fund"]}
GENERIC_NAMES = ["Patient Support Desk", "Hospital Updates", "Careers Hub UK", "Community Health News", "Patient Help Centre",
                 "Refund Team", "Health Jobs UK", "Ward News", "Hospital Info", "Patient Liaison", "NHS Updates",
                 "Care Appeal", "Health Support", "Patients First"]
GENERIC_HANDLE_WORDS = ["patient", "refund", "hospital", "careers", "health", "support", "updates", "ward", "claims", "recruit",
                        "appeal", "helpdesk", "clinic", "care"]


def short_names(tj):
    return [x for x in tj["aliases"] if len(x) <= 40]


def build(tactic, t, p, minimal):
    tj = trusts_json[t["key"]]
    core = CORE[tactic]
    numeric_fb = tactic == "dotted_handle" and p == "facebook" and rng.random() < 0.3
    by_name_swap = tactic == "digit_letter_swap" and rng.random() < 0.3
    if numeric_fb or by_name_swap:
        core = "name"
    el = {core}
    if not minimal:
        pool = ["bio_claim", "phone", "domain", "name", "handle"]
        if tactic in NO_HANDLE_EXTRA or numeric_fb or by_name_swap:
            pool.remove("handle")
        pool = [x for x in pool if x != core]
        el |= set(rng.sample(pool, rng.choice([1, 1, 2, 2, 3])))
    alias = rng.choice(short_names(tj))
    # display name
    if "name" in el:
        if tactic == "exact_name_new_handle":
            dn = tj["name"]
        elif tactic in SUFFIX:
            dn = rng.choice([alias, tj["name"].replace(" NHS Foundation Trust", "").replace(" NHS Trust", "")]) + rng.choice([" ", " - ", " | "]) + rng.choice(SUFFIX[tactic])
        elif tactic == "zero_width_name":
            dn = zw(rng.choice([alias, tj["name"]]))
        elif tactic == "styled_unicode_name":
            dn = style(rng.choice([alias, alias, tj["name"]]))
        elif tactic == "mixed_script_name":
            dn = mix(rng.choice([alias, alias, tj["name"]]))
        elif by_name_swap:
            dn = swap(rng.choice([alias, tj["name"]])) or alias
        elif numeric_fb:
            dn = rng.choice([alias, tj["name"]])
        elif tactic == "fake_executive":
            dn = None
        else:
            dn = rng.choice([alias, tj["name"], alias + " NHS" if "NHS" not in alias else alias])
    else:
        dn = rng.choice(GENERIC_NAMES)
        if tactic == "zero_width_name":
            dn = zw(dn)
        if tactic == "styled_unicode_name":
            dn = style(dn)
        if tactic == "mixed_script_name":
            dn = mix(dn)
    if tactic == "fake_executive":
        role, ename = rng.choice(t["execs"])
        plain = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", ename)
        dn = rng.choice([ename, plain, plain + (" CEO" if role == "chief_executive" else " (Chair)")])
        if "name" in el:
            dn += rng.choice([" | ", " - ", " · "]) + rng.choice([tj["initials"], alias])
    # handle
    off = [a for a in tj["official_accounts"] if a["platform"] == p] or [a for a in tj["official_accounts"] if a["platform"] == "x"]
    base = off[0]["handle"].split(".bsky.social")[0] if p != "linkedin" or off[0]["platform"] == "linkedin" else off[0]["handle"]
    if tactic == "renamed_old_account":
        h = fit(p, [rng.choice(S.OLD_HANDLES).replace("_", " ")] if p != "bluesky" else [rng.choice(S.OLD_HANDLES).replace("_", "")])
        if h and p in ("x", "facebook", "youtube") and rng.random() < 0.5:
            h = h
    elif tactic == "digit_letter_swap" and not by_name_swap:
        s = swap(base)
        h = fit(p, [s]) if s else None
        if h and p == "bluesky":
            pass
    elif tactic == "handle_affix":
        stem = rng.choice([base, base, tj["initials"]])
        w = rng.choice(AFFIX)
        h = fit(p, [w, stem] if rng.random() < 0.4 else [stem, w])
    elif tactic == "dotted_handle" and not numeric_fb:
        parts = rng.choice([alias.split(), [tj["initials"], "nhs"], tj["name"].replace(" NHS Foundation Trust", "").replace(" NHS Trust", "").split(), [base, rng.choice(["uk", "official", "page"])]])
        parts = [x for x in parts if x.lower() not in ("and", "the")] or [tj["initials"], "nhs"]
        h = rng.choice([".", "_."]).join(re.sub(r"[^A-Za-z0-9]", "", x) for x in parts).replace("_.", ".")
        h = h if p == "facebook" else h.lower()
        if p == "tiktok" and len(h) > 24:
            h = ".".join([tj["initials"].lower(), rng.choice(["nhs", "hospital", "trust", "care"])])
        if not re.match(HANDLE_RULES[p], h):
            h = None
    elif numeric_fb:
        h = str(rng.randint(10 ** 14, 10 ** 16 - 1))
    elif tactic == "short_stem_affix":
        w = rng.choice(AFFIX)
        h = fit(p, [tj["initials"], w] if rng.random() < 0.6 else [w, tj["initials"]])
        if h and rng.random() < 0.3 and p not in ("linkedin",):
            h2 = fit(p, [tj["initials"], w, str(rng.randint(1, 99))])
            h = h2 or h
    elif tactic == "fake_executive":
        _, ename = rng.choice([e for e in t["execs"] if re.sub(r"^(Dr|Professor|Dame|Sir) ", "", e[1]) in dn] or t["execs"])
        nm = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", ename).split()
        h = fit(p, rng.choice([[nm[0], nm[-1]], [nm[0][0], nm[-1]], [nm[-1], rng.choice(["ceo", "chair", "official", "nhs"])], ["dr", nm[-1]]]))
    elif "handle" in el:
        stem = rng.choice([base, tj["initials"]])
        h = fit(p, [stem, rng.choice(["nhs", "news", "uk", "team", "official", "page", "updates", "hq"])])
    else:
        h = fit(p, [rng.choice(GENERIC_HANDLE_WORDS), rng.choice(GENERIC_HANDLE_WORDS), str(rng.randint(1, 9999))])
    if not h:
        return None
    # bio
    fill = dict(city=t["city"], mob=rng.choice(MOBILES), scamdom=rng.choice(S.SCAMDOMS), amount=rng.choice(S.AMOUNTS),
                fee=rng.choice(S.FEES), full=tj["name"], short=alias, site=rng.choice(t["sites"]), tphone=rng.choice(tj["phone_numbers"]),
                dom=tj["web_domains"][0])
    stem_d = tj["web_domains"][0].split(".")[0]
    fill["look"] = rng.choice([stem_d + rng.choice(S.LOOK_SUFFIX), rng.choice(["my", "nhs-", "patients-", "jobs-"]) + stem_d + rng.choice([".com", ".co.uk", ".online", ".info"]),
                               tj["web_domains"][0].replace(".nhs.uk", "-nhs.uk"), tj["web_domains"][0].replace("nhs.uk", "nhs.org.uk")])
    parts = []
    if tactic == "copied_official_bio":
        src = [a for a in tj["official_accounts"] if a["platform"] == p] or tj["official_accounts"]
        parts.append(mutate_bio(rng.choice(src)["bio"]))
        tail = rng.choice(S.CORE[tactic]).format(**fill)
        if tail:
            parts.append(tail)
    else:
        parts.append(rng.choice(S.CORE[tactic]).format(**fill))
    extra = []
    if "bio_claim" in el and tactic != "copied_official_bio":
        extra.append(rng.choice(S.CLAIM).format(**fill))
    if "phone" in el:
        extra.append(rng.choice(S.PHONE).format(**fill))
    if "domain" in el:
        extra.append(rng.choice(S.DOMAIN).format(**fill))
    rng.shuffle(extra)
    if tactic == "copied_official_bio":
        parts += extra
    else:
        parts = extra[:1] + parts + extra[1:] if extra and rng.random() < 0.5 else parts + extra
    bio = rng.choice([" ", ". ", " | ", " • "]).join(x.rstrip(".") for x in parts if x)
    if tactic == "renamed_old_account":
        created, fol = date(2010, 2019), rng.randint(500, 24000)
    else:
        created, fol = date(2021, 2026), rng.choice([rng.randint(0, 60), rng.randint(20, 900), rng.randint(100, 4000)])
    if not checks(tactic, p, dn, h, bio, t, created, fol):
        return None
    acc = {"platform": p, "handle": h, "display_name": dn, "description": bio, "followers": fol,
           "following": rng.randint(0, 3000), "verified": p in ("x", "instagram", "facebook") and rng.random() < 0.07,
           "profile_image_url": None, "created_at": created, "account_id": account_id(p) if not h.isdigit() else h}
    return acc, sorted(el)


recs = []
used = set(OFFICIAL_KEYS)
n = 0
for ti, tactic in enumerate(TACTICS):
    for j in range(30):
        t = TRUSTS[(j + ti) % 10]
        p = ["facebook", "instagram", "tiktok"][(j + ti) % 3] if tactic == "dotted_handle" else POS[(j + 2 * ti) % 6]
        minimal = rng.random() < 0.36
        for attempt in range(500):
            r = build(tactic, t, p, minimal)
            if r and (p, r[0]["handle"].lower()) not in used:
                break
        else:
            raise SystemExit("could not build %s %s %s" % (tactic, t["key"], p))
        acc, el = r
        used.add((p, acc["handle"].lower()))
        n += 1
        recs.append({"id": "imp15-%03d" % n, "trust": t["key"], "label": "impersonation", "tactic": tactic, "platform": p,
                     "copied_elements": el, "account": acc})
IMP_KEYS = set(used)

# ------------------------------------------------------------------ genuine: official and case variants
gen = []
VARIANTS = {"facebook": ["Facebook", "FACEBOOK", "FaceBook"], "instagram": ["Instagram", "INSTAGRAM", "InstaGram"],
            "linkedin": ["LinkedIn", "Linkedin", "LINKEDIN"], "youtube": ["YouTube", "Youtube", "YOUTUBE"],
            "tiktok": ["TikTok", "Tiktok", "TIKTOK"], "bluesky": ["Bluesky", "BlueSky", "BLUESKY"]}


def off_account(a, pname):
    acc = {"platform": pname, "handle": a["handle"], "display_name": a["display_name"], "description": a["bio"],
           "followers": a["followers"], "following": a["following"], "verified": a["verified"], "profile_image_url": None}
    if "created_at" in a:
        acc["created_at"] = a["created_at"]
    acc["account_id"] = a["account_id"]
    return acc


no = nv = 0
for t in TRUSTS:
    for a in t["official"]:
        no += 1
        gen.append({"id": "off15-%03d" % no, "trust": t["key"], "label": "genuine", "group": "official", "platform": a["platform"],
                    "account": off_account(a, a["platform"])})
        spellings = ["X", "Twitter", " x", rng.choice(["TWITTER", "twitter", "tWitter", "X ", "Twitter "])] if a["platform"] == "x" \
            else [rng.choice(VARIANTS[a["platform"]])]
        for s in spellings:
            nv += 1
            gen.append({"id": "var15-%03d" % nv, "trust": t["key"], "label": "genuine", "group": "official_case_variant",
                        "platform": a["platform"], "account": off_account(a, s)})

# ------------------------------------------------------------------ genuine: around the NHS
GEN_PLAT = ["x"] * 3 + ["facebook"] * 3 + ["instagram"] * 2 + ["linkedin", "tiktok", "bluesky", "youtube", "mastodon"]
ORG_KINDS = {"charity", "radio", "staff_network", "union", "healthwatch", "gp", "icb", "council", "university", "ward_team",
             "patient_group", "mh_charity", "research", "nhs_national", "local_business", "chaplaincy"}
ORG_TAGS = ["", "", "", " Est. 1987.", " Follow for updates.", " Registered charity.", " All welcome.", " Mon-Fri.",
            " Run by volunteers.", " Thank you for your support!"]
PERSON_TAGS = ["", "", "", " 🏳️‍🌈", " He/him.", " She/her.", " #NHS", " Leeds fan, sadly.", " 🐶", " ☕", " Part-time."]


def gen_handle(p, tokens):
    for _ in range(50):
        toks = list(tokens)
        if rng.random() < 0.4:
            toks.append(str(rng.randint(1, 999)))
        h = fit(p, toks)
        if h is None:
            h = fit(p, [re.sub(r"[^A-Za-z0-9]", "", "".join(toks))[:12], str(rng.randint(1, 99))])
        if h and (p, h.lower()) not in used:
            used.add((p, h.lower()))
            return h
        tokens = [x[:8] for x in tokens] + [str(rng.randint(1, 9999))]
    raise SystemExit("no handle")


def initials_of(s):
    return "".join(w[0] for w in s.split() if w[0].isalpha())


na = 0
kinds = list(G.ADJACENT)
for ti, t in enumerate(TRUSTS):
    tj = trusts_json[t["key"]]
    area, uni = EXTRA_AREA[t["key"]]
    for ki, kind in enumerate(kinds):
        names, bios = G.ADJACENT[kind]
        count = 2 + (1 if (ki + ti) % 6 == 0 else 0)
        order = rng.sample(range(len(bios)), len(bios))
        for c in range(count):
            first, last = rng.choice(G.FIRST), rng.choice(G.LAST)
            fill = dict(short=rng.choice([tj["aliases"][0], tj["initials"], tj["aliases"][1]]), full=tj["name"], site=rng.choice(t["sites"]),
                        city=t["city"], init=tj["initials"], first=first, last=last, area=area, uni=uni, street=rng.choice(G.STREETS),
                        dept=rng.choice(G.DEPTS), ward=rng.choice(G.WARDS), specialty=rng.choice(G.SPECIALTIES))
            dn = rng.choice(names).format(**fill)
            bio = bios[order[c % len(bios)]].format(**fill)
            bio += rng.choice(ORG_TAGS if kind in ORG_KINDS else PERSON_TAGS)
            p = rng.choice(GEN_PLAT)
            if kind in ORG_KINDS:
                toks = rng.choice([[initials_of(dn)], dn.split()[:3], [dn.split()[0], kind.split("_")[0]]])
            else:
                toks = rng.choice([[first, last], [first[0], last], [first, last[0]], [first, kind.split("_")[0]]])
            h = gen_handle(p, toks)
            na += 1
            acc = {"platform": p, "handle": h, "display_name": dn, "description": bio.strip(),
                   "followers": rng.randint(40, 9000) if kind in ORG_KINDS else rng.randint(5, 2500), "following": rng.randint(10, 1800),
                   "verified": kind in ("icb", "council", "university", "healthwatch") and rng.random() < 0.4,
                   "profile_image_url": None, "created_at": date(2009, 2025), "account_id": account_id(p)}
            gen.append({"id": "adj15-%03d" % na, "trust": t["key"], "label": "genuine", "group": "nhs_adjacent", "platform": p, "account": acc})

# ------------------------------------------------------------------ genuine: members of the public
ng = 0


def add_public(bio, src, ti):
    global ng
    t = TRUSTS[ti % 10]
    first, last = rng.choice(G.FIRST), rng.choice(G.LAST)
    p = rng.choice(GEN_PLAT)
    dn = rng.choice(["%s %s" % (first, last), first, "%s %s." % (first, last[0]), "%s %s" % (first.lower(), last.lower())])
    h = gen_handle(p, rng.choice([[first, last], [first, str(rng.randint(70, 99))], [last, first[0]], [first + last[:3]]]))
    ng += 1
    acc = {"platform": p, "handle": h, "display_name": dn, "description": bio, "followers": rng.randint(0, 1500),
           "following": rng.randint(0, 1500), "verified": p == "x" and rng.random() < 0.03, "profile_image_url": None,
           "created_at": date(2008, 2026), "account_id": account_id(p)}
    gen.append({"id": "gp15-%s-%03d" % (src, ng), "trust": t["key"], "label": "genuine", "group": "general_public", "platform": p,
                "account": acc})


for i, b in enumerate(P.BIOS):
    add_public(b, "hand", i)
seen = set()
i = 0
while ng < 540:
    who, like, extra = rng.choice(P.WHO), rng.choice(P.LIKES), rng.choice(P.EXTRA)
    where = rng.choice(["", "", " in " + TRUSTS[i % 10]["city"], " from " + TRUSTS[i % 10]["city"]])
    b = ("%s%s, %s. %s" % (who, where, like, extra)).strip()
    if b in seen:
        continue
    seen.add(b)
    add_public(b, "mix", i)
    i += 1

# ------------------------------------------------------------------ write
allrecs = recs + gen
rng.shuffle(allrecs)
with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
    json.dump(trusts_json, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
    for r in allrecs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote %d records (%d impersonation, %d genuine)" % (len(allrecs), len(recs), len(gen)))
