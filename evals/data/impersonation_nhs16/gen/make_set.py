#!/usr/bin/env python3
"""Assemble set 16 (trusts.json + accounts.jsonl) from the hand-written text in this folder.

Standard library only; fixed seed, so `python3 gen/make_set.py` rebuilds both files byte for byte.
"""
import difflib
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from trusts_data import TRUSTS  # noqa: E402
import scam_text as S  # noqa: E402
from adjacent_text import ADJACENT  # noqa: E402
from public_text import PUBLIC, PUBLIC_LONG, PUBLIC_MORE  # noqa: E402

SEED = 16_2026
rng = random.Random(SEED)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
ALL_PLATFORMS = POS_PLATFORMS + ["youtube", "mastodon"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"

TKEYS = list(TRUSTS)

# ------------------------------------------------------------------ small helpers

def ts(lo_year, hi_year, hi_month=12):
    start = datetime(lo_year, 1, 1)
    end = datetime(hi_year, hi_month, 28)
    d = start + timedelta(seconds=rng.randint(0, int((end - start).total_seconds())))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def acct_id(p):
    if p == "x":
        return str(rng.randint(10 ** 7, 10 ** 19 - 1))
    if p == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if p == "instagram":
        return str(rng.randint(10 ** 7, 10 ** 11 - 1))
    if p == "tiktok":
        return str(rng.randint(10 ** 18, 10 ** 19 - 1))
    if p == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8 - 1))
    if p == "youtube":
        return "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if p == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if p == "mastodon":
        return str(rng.randint(10 ** 16, 10 ** 18 - 1))
    raise ValueError(p)


def scam_phone():
    k = rng.randrange(5)
    n = rng.randint(0, 999)
    if k == 0:
        return "07700 900%03d" % n
    if k == 1:
        return "0808 157 0%03d" % n
    if k == 2:
        return "+44 7700 900%03d" % n
    if k == 3:
        return "0909 879 0%03d" % n
    return "07700900%03d" % n


def lookalike(t):
    d0 = t["web_domains"][0].split(".")[0]
    pats = ["{d}-nhs.co.uk", "{d}-nhs.org", "{d}nhs.com", "{d}.nhs-uk.org", "{d}-patients.co.uk", "nhs-{d}.help",
            "{d}-careers.online", "{d}.nhs.uk.patient-portal.com", "{d}-nhs.info", "{d}-nhsft.net", "{d}hospital.org.uk",
            "{d}-nhs.uk.com", "my{d}.online", "{d}-refunds.com", "{d}nhs-jobs.co.uk", "{d}-trust.org", "{d}.help",
            "{d}-nhs-uk.net", "secure-{d}.co.uk", "{d}support.info"]
    return rng.choice(pats).format(d=d0)


def fill(text, t, used):
    """Fill placeholders for trust t; record which identity elements were used."""
    ex = {e["role"]: e["name"] for e in t["_execs"]}
    vals = {"name": t["name"], "short": t["short"], "init": t["initials"], "site": rng.choice(t["sites"]),
            "city": t["city"].split(",")[0], "dom": t["web_domains"][0], "stem": t["stem"],
            "ceo": ex["chief_executive"], "chair": ex["chair"], "tphone": t["phone_numbers"][0]}
    if "{look}" in text:
        vals["look"] = lookalike(t)
        used.add("lookalike_domain")
    if "{phone}" in text:
        vals["phone"] = scam_phone()
    if "{tphone}" in text:
        used.add("phone")
    if "{dom}" in text:
        used.add("domain")
    if "{ceo}" in text or "{chair}" in text:
        used.add("executive_name")
    return text.format(**vals)


def ascii_words(s):
    s = s.replace("'", "").replace("\u2019", "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if ord(c) < 128)
    return re.findall(r"[A-Za-z0-9]+", s)


def shape_handle(words, p, style=None):
    """Build a platform-valid handle from words (no uniqueness)."""
    words = [re.sub(r"[^A-Za-z0-9]", "", w) for w in words]
    words = [w for w in words if w] or ["user"]
    style = style if style is not None else rng.randrange(4)
    if p == "x":
        cand = ["".join(w.capitalize() if w.islower() else w for w in words), "_".join(words), "".join(words).lower(),
                words[0] + "".join(w[0].upper() for w in words[1:])][style]
        if len(cand) > 15:
            cand = words[0][:9] + "".join(w[0] for w in words[1:])
            cand = cand[:15]
        while len(cand) < 4:
            cand += str(rng.randint(0, 9))
        return cand
    if p == "facebook":
        cand = ["".join(w.capitalize() for w in words), ".".join(words).lower(), "".join(words), ".".join(words)][style][:50]
        while len(cand) < 5:
            cand += str(rng.randint(0, 9))
        return cand.strip(".")
    if p in ("instagram", "tiktok"):
        sep = ["", "_", ".", "_"][style]
        cand = sep.join(w.lower() for w in words)
        cand = cand[: (30 if p == "instagram" else 24)].strip("._") or "user"
        cand = re.sub(r"\.\.+", ".", cand)
        return cand
    if p == "linkedin":
        cand = "-".join(w.lower() for w in words)[:60].strip("-")
        return cand if len(cand) >= 3 else cand + "-uk"
    if p == "bluesky":
        label = ["".join(words), "-".join(words), "".join(words), "".join(words[:2])][style].lower()[:40].strip("-") or "user"
        return label + ".bsky.social"
    if p == "youtube":
        cand = ["".join(w.capitalize() for w in words), "".join(words), "_".join(words), ".".join(words)][style][:30]
        while len(cand) < 3:
            cand += "x"
        return cand
    if p == "mastodon":
        inst = rng.choice(["mastodon.social", "mstdn.social", "mas.to", "fosstodon.org", "mastodon.online",
                           "toot.community", "mastodonapp.uk", "social.coop", "mastodon.scot", "mstdn.party"])
        return "_".join(words)[:28].lower().strip("_") + "@" + inst
    raise ValueError(p)


TAKEN = set()


def unique(p, h):
    base = h
    n = 0
    while (p, h.lower()) in TAKEN:
        n += 1
        suf = str(rng.randint(2, 99))
        if p == "bluesky":
            lab = base.split(".bsky.social")[0]
            h = lab[:38] + suf + ".bsky.social"
        elif p == "mastodon":
            u, i = base.split("@")
            h = u[:26] + suf + "@" + i
        elif p == "x":
            h = base[:15 - len(suf)] + suf
        elif p == "tiktok":
            h = base[:24 - len(suf)] + suf
        else:
            h = base + suf
    TAKEN.add((p, h.lower()))
    return h


def account(pspell, handle, display, desc, followers, following, verified, created, aid):
    a = {"platform": pspell, "handle": handle, "display_name": display, "description": desc,
         "followers": followers, "following": following, "verified": verified, "profile_image_url": None}
    if created:
        a["created_at"] = created
    a["account_id"] = aid
    return a


# ------------------------------------------------------------------ register

def build_register():
    reg = {"_about": (
        "Trust register for TrustWatch's independent impersonation evaluation set 16 (ten NHS Trusts in England). "
        "Trust names, ODS codes, web domains, hospital sites, initials and the official social-media handles are written "
        "FROM MEMORY of public information and were NOT verified online; some handles, domains or codes may be wrong or out "
        "of date. Every account_id is INVENTED (platform-shaped only), as are follower counts and creation dates. Official "
        "bios were written for this set in the style of NHS Trust bios and are not copies of the real bios. The chief "
        "executive and chair of each Trust are INVENTED people so that no real person is impersonated. Phone numbers are "
        "from Ofcom's drama-reserved ranges, so no real switchboard is reached. No Trust is given a Mastodon account.")}
    for key, t in TRUSTS.items():
        accs = []
        for (p, h, dn, bio) in t["official"]:
            a = {"platform": p, "handle": h, "account_id": acct_id(p), "display_name": dn, "bio": bio,
                 "followers": rng.randint(1500, 90000), "following": rng.randint(150, 3000),
                 "verified": p in ("x", "facebook", "instagram", "youtube") and rng.random() < 0.8}
            if p != "linkedin":
                a["created_at"] = ts(2009, 2023) if p != "bluesky" else ts(2023, 2025)
            accs.append(a)
        execs = [{"role": r, "name": n, "invented": True} for r, n in t["executives"]]
        reg[key] = {"name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"],
                    "aliases": t["aliases"], "initials": t["initials"], "ods_codes": t["ods_codes"],
                    "web_domains": t["web_domains"], "phone_numbers": t["phone_numbers"], "sites": t["sites"],
                    "official_accounts": accs, "executives": execs}
        t["_execs"] = execs
        t["_accs"] = accs
        for a in accs:
            TAKEN.add((a["platform"], a["handle"].lower()))
    return reg


# ------------------------------------------------------------------ Unicode tricks

def styled_text(s, kind):
    out = []
    for c in s:
        o = ord(c)
        if kind == "smallcaps":
            sc = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"
            out.append(sc[ord(c.lower()) - 97] if c.isascii() and c.isalpha() else c)
            continue
        bases = {"bold": (0x1D400, 0x1D41A), "sansbold": (0x1D5D4, 0x1D5EE), "mono": (0x1D670, 0x1D68A),
                 "boldscript": (0x1D4D0, 0x1D4EA), "full": (0xFF21, 0xFF41), "sansitalicbold": (0x1D63C, 0x1D656),
                 "fraktur_bold": (0x1D56C, 0x1D586)}
        up, lo = bases[kind]
        if "A" <= c <= "Z":
            out.append(chr(up + o - 65))
        elif "a" <= c <= "z":
            out.append(chr(lo + o - 97))
        else:
            out.append(c)
    return "".join(out)


CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ",
       "A": "А", "B": "В", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т", "S": "Ѕ", "I": "І"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "T": "Τ", "o": "ο", "v": "ν"}


def mix_script(s):
    table = CYR if rng.random() < 0.65 else GRK
    idx = [i for i, c in enumerate(s) if c in table]
    k = max(1, min(len(idx) - 1, rng.choice([1, 1, 2, 3])))
    pick = set(rng.sample(idx, k))
    return "".join(table[c] if i in pick else c for i, c in enumerate(s))


CONF_BACK = {v: k for k, v in list(CYR.items()) + list(GRK.items())}


def norm_display(s):
    s = "".join(c for c in s if c not in ZW)
    s = unicodedata.normalize("NFKC", s)
    s = "".join(CONF_BACK.get(c, c) for c in s)
    s = s.replace("ᴀ", "a")
    sc = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
    plain = "abcdefghijklmnopqrstuvwyz"
    s = "".join(plain[sc.index(c)] if c in sc else c for c in s)
    return s.lower()


def display_copies_name(display, t):
    d = norm_display(display)
    d = d.replace("0", "o").replace("1", "l")
    names = [t["name"], t["short"]] + [a for a in t["aliases"] if len(a) >= 4]
    if any(n.lower() in d for n in names):
        return True
    if any(fold(n) in fold(norm_display(display)) for n in names if len(fold(n)) >= 5):
        return True
    return re.search(r"\b%s\b" % re.escape(t["initials"].lower()), d) is not None


SWAPS = [("o", "0"), ("l", "1"), ("s", "5"), ("e", "3"), ("a", "4"), ("b", "8"), ("m", "rn"), ("i", "l"), ("I", "l"), ("L", "I"), ("O", "0"), ("S", "5"), ("E", "3"), ("B", "8"), ("A", "4")]


def swap_once(h):
    opts = [(a, b) for a, b in SWAPS if a in h]
    if not opts:
        return h
    a, b = rng.choice(opts)
    pos = [i for i in range(len(h)) if h.startswith(a, i)]
    i = rng.choice(pos)
    return h[:i] + b + h[i + len(a):]


def fold(s):
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def fit(h, p):
    """Adapt an official-derived handle string to platform p's rules (or None)."""
    core = h.split(".bsky.social")[0]
    if p == "x":
        c = re.sub(r"[^A-Za-z0-9_]", "", core.replace("-", "_").replace(".", "_"))
        return c if 4 <= len(c) <= 15 else None
    if p == "facebook":
        c = re.sub(r"[^A-Za-z0-9.]", "", core.replace("_", ".").replace("-", "."))
        c = re.sub(r"\.\.+", ".", c)
        return c if 5 <= len(c) <= 50 else None
    if p in ("instagram", "tiktok"):
        c = re.sub(r"[^a-z0-9._]", "", core.lower().replace("-", "_"))
        c = re.sub(r"\.\.+", ".", c).strip(".")
        return c if 2 <= len(c) <= (30 if p == "instagram" else 24) else None
    if p == "linkedin":
        c = re.sub(r"[^a-z0-9-]", "", core.lower().replace("_", "-").replace(".", "-"))
        return c if len(c) >= 3 else None
    if p == "bluesky":
        c = re.sub(r"[^a-z0-9-]", "", core.lower().replace("_", "-").replace(".", "-")).strip("-")
        return c + ".bsky.social" if c else None
    return None


# ------------------------------------------------------------------ impersonations

AFFIXES = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers", "appeal",
           "pals", "assist", "ask", "real", "hq", "staff", "patients", "news", "trust", "hosp", "nhs"]


def bio_pool(lines):
    pool = list(lines)
    rng.shuffle(pool)
    i = 0
    while True:
        yield pool[i % len(pool)]
        i += 1
        if i % len(pool) == 0:
            rng.shuffle(pool)


def official_for(t, p):
    same = [a for a in t["_accs"] if a["platform"] == p]
    return rng.choice(same) if same else rng.choice(t["_accs"])


def generic_words(t, *extra):
    return [t["stem"]] + list(extra)


def make_impersonations():
    recs = []
    n = 0
    for tac in TACTICS:
        plats = ["facebook", "instagram", "tiktok"] if tac == "dotted_handle" else POS_PLATFORMS
        trusts = [k for k in TKEYS if len(TRUSTS[k]["initials"]) <= 4] if tac == "short_stem_affix" else TKEYS
        lines_for = ({"renamed_old_account": S.RENAMED, "digit_letter_swap": S.SWAP, "handle_affix": S.AFFIX,
                         "exact_name_new_handle": S.EXACT, "refund_patient_support_scam": S.REFUND,
                         "jobs_recruitment_scam": S.JOBS, "donation_scam": S.DONATION, "fake_executive": S.EXEC,
                         "zero_width_name": S.ZW, "styled_unicode_name": S.STYLED, "mixed_script_name": S.MIXED,
                         "copied_official_bio": [""], "lookalike_domain_bio": S.LOOKALIKE, "dotted_handle": S.DOTTED,
                         "short_stem_affix": S.SHORTSTEM}[tac])
        pool = bio_pool(lines_for)
        plain_lines = [x for x in lines_for if x and not x.startswith("!")] or lines_for
        plain_pool = bio_pool(plain_lines)
        old_pool = bio_pool(S.OLD_HANDLES)
        poff = rng.randrange(len(plats))
        for i in range(30):
            key = trusts[i % len(trusts)]
            t = TRUSTS[key]
            p = plats[(i + poff + i // len(trusts)) % len(plats)]
            used = set()
            minimal = rng.random() < 0.18
            raw = next(pool)
            if minimal and tac not in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "copied_official_bio"):
                raw = next(plain_pool)
            claim = raw.startswith("!")
            bio = fill(raw.lstrip("!"), t, used) if raw else ""
            if claim:
                used.add("bio_claim")
            handle_copied = False
            followers = rng.choice([rng.randint(0, 60), rng.randint(20, 400), rng.randint(100, 1500)])
            created = ts(2023, 2026, 10)
            verified = p in ("x", "facebook", "instagram") and rng.random() < 0.07
            off = official_for(t, p)
            if tac == "renamed_old_account":
                display = rng.choice([t["short"] + " Patient Support", t["name"], t["initials"] + " Refunds", rng.choice(t["sites"]),
                                      "NHS Patient Help", t["short"] + " Careers", t["short"] + " Official", "Hospital Help Desk",
                                      "Patient Refunds UK", t["short"]])
                if minimal:
                    display = rng.choice([t["short"], t["name"], rng.choice(t["sites"])])
                old = next(old_pool)
                handle = fit(old, p) or shape_handle(old.split("_"), p)
                created = ts(2010, 2019)
                followers = rng.randint(520, 24000)
            elif tac == "digit_letter_swap":
                if rng.random() < 0.8:
                    srcs = [off["handle"]] + [a["handle"] for a in t["_accs"]]
                    for k in range(40):
                        src = srcs[0] if k < 10 else rng.choice(srcs)
                        h = fit(swap_once(src.split(".bsky.social")[0]), p)
                        if h and fold(h.split(".bsky.social")[0]) in {fold(a["handle"].split(".bsky.social")[0]) for a in t["_accs"]} \
                                and (p, h.lower()) not in TAKEN:
                            break
                        h = None
                    if h is None:
                        raise SystemExit("swap failed %s %s" % (key, p))
                    handle = h
                    handle_copied = True
                    display = rng.choice([off["display_name"], off["display_name"], t["short"], "Hospital Updates"])
                    if minimal:
                        display = rng.choice(["Hospital Updates", "Patient Info", "News & Updates", "NHS Help", "Support Team"])
                else:
                    base = rng.choice([t["name"], t["short"]] + [a for a in t["aliases"] if len(a) > 5])
                    display = swap_once(base)
                    if display == base or fold(display) != fold(base):
                        display = base.replace("o", "0", 1) if "o" in base else base.replace("l", "1", 1)
                    handle = shape_handle(generic_words(t, rng.choice(["nhs", "hospital", "updates", "uk"])), p)
            elif tac == "handle_affix":
                aff = rng.choice(AFFIXES)
                src = fit(off["handle"], p) or fit(t["initials"], p)
                core = src.split(".bsky.social")[0]
                sep = {"x": "_", "facebook": ".", "instagram": "_", "tiktok": ".", "linkedin": "-", "bluesky": "-"}[p]
                sep = rng.choice([sep, ""])
                h = (core + sep + aff) if rng.random() < 0.7 else (aff + sep + core)
                if p == "x" and len(h) > 15:
                    h = (t["initials"] + sep + aff)[:15]
                handle = fit(h, p) or fit(t["initials"] + aff, p)
                handle_copied = True
                display = rng.choice([off["display_name"], t["short"] + " " + aff.capitalize(), t["name"], "Patient " + aff.capitalize()])
                if minimal:
                    display = rng.choice(["Patient " + aff.capitalize(), "Help & Support", "Hospital " + aff.capitalize(), "Info Desk"])
            elif tac == "exact_name_new_handle":
                display = t["name"]
                handle = shape_handle(generic_words(t, rng.choice(["hospital", "nhs", "trust", "official", "ft", "healthcare", "page"])), p)
            elif tac == "refund_patient_support_scam":
                display = rng.choice([t["short"] + " Patient Support", t["initials"] + " Refunds Team", "NHS Patient Refunds",
                                      rng.choice(t["sites"]) + " Patient Services", "Patient Support Centre", t["short"] + " PALS Helpdesk",
                                      "Hospital Refund Desk", t["initials"] + " Patient Care"])
                handle = shape_handle(rng.choice([generic_words(t, "patient", "support"), ["nhs", "refunds", t["initials"].lower()],
                                                  ["patient", "help", "desk"], [t["initials"].lower(), "refund", "team"]]), p)
                if minimal:
                    display = rng.choice(["NHS Patient Refunds", "Patient Support Centre", "Hospital Refund Desk", "Patient Help UK"])
                    handle = shape_handle(rng.choice([["patient", "help", "desk"], ["nhs", "refunds", "uk"], ["refund", "support"]]), p)
                handle_copied = t["initials"].lower() in handle.lower() or t["stem"] in handle.lower()
            elif tac == "jobs_recruitment_scam":
                display = rng.choice([t["short"] + " Recruitment", t["initials"] + " Careers UK", "NHS UK Jobs & Visa",
                                      rng.choice(t["sites"]) + " Hiring", "International Nurse Recruitment", t["short"] + " Jobs",
                                      "UK Hospital Careers", t["initials"] + " HR Team"])
                handle = shape_handle(rng.choice([generic_words(t, "careers"), ["nhs", "jobs", "uk"], [t["initials"].lower(), "recruitment"],
                                                  ["uk", "nurse", "jobs"], generic_words(t, "jobs", "visa")]), p)
                if minimal:
                    display = rng.choice(["NHS UK Jobs & Visa", "International Nurse Recruitment", "UK Hospital Careers", "Nursing Jobs UK"])
                    handle = shape_handle(rng.choice([["uk", "nurse", "jobs"], ["nhs", "jobs", "uk"], ["care", "visa", "jobs"]]), p)
                handle_copied = t["initials"].lower() in handle.lower() or t["stem"] in handle.lower()
            elif tac == "donation_scam":
                display = rng.choice([t["short"] + " Charity Appeal", "Friends of " + rng.choice(t["sites"]), t["initials"] + " Hospital Charity",
                                      "NHS Heroes Fund", rng.choice(t["sites"]) + " Children's Appeal", "Hospital Winter Appeal",
                                      t["short"] + " Fundraising"])
                handle = shape_handle(rng.choice([generic_words(t, "appeal"), ["nhs", "heroes", "fund"], [t["initials"].lower(), "charity"],
                                                  ["hospital", "appeal", "uk"], generic_words(t, "charity")]), p)
                if minimal:
                    display = rng.choice(["NHS Heroes Fund", "Hospital Winter Appeal", "Ward Comforts Appeal", "Support Our Nurses"])
                    handle = shape_handle(rng.choice([["nhs", "heroes", "fund"], ["hospital", "appeal", "uk"], ["ward", "appeal"]]), p)
                handle_copied = t["initials"].lower() in handle.lower() or t["stem"] in handle.lower()
            elif tac == "fake_executive":
                e = rng.choice(t["_execs"])
                full = e["name"]
                plain = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", full)
                first, last = plain.split()[0], plain.split()[-1]
                role = "CEO" if e["role"] == "chief_executive" else "Chair"
                display = rng.choice([full, plain, "%s | %s %s" % (plain, role, t["initials"]), "%s %s" % (first, last),
                                      "%s (%s)" % (full, role)])
                handle = shape_handle(rng.choice([[first, last], [role.lower(), last], [first[0], last], [last, t["initials"].lower()],
                                                  [first, last, "nhs"]]), p)
                if minimal:
                    display = rng.choice([full, plain, "%s %s" % (first, last)])
                    handle = shape_handle(rng.choice([[first, last], [first[0], last], [last, first[0]], [first, last, str(rng.randint(1, 99))]]), p)
                if last.lower() not in (display + handle).lower():
                    display = plain
                used.add("executive_name")
            elif tac == "zero_width_name":
                base = rng.choice([off["display_name"], t["name"], t["short"]])
                zc = rng.choice(ZW)
                j = rng.randint(1, len(base) - 1)
                display = base[:j] + zc + base[j:]
                if rng.random() < 0.3:
                    k = rng.randint(1, len(display) - 1)
                    display = display[:k] + rng.choice(ZW) + display[k:]
                handle = shape_handle(generic_words(t, rng.choice(["nhs", "official", "hospital", "trust", "updates"])), p)
            elif tac == "styled_unicode_name":
                base = rng.choice([t["name"], t["short"], off["display_name"], t["short"] + " NHS"])
                kind = rng.choice(["bold", "sansbold", "mono", "boldscript", "full", "smallcaps", "sansitalicbold", "fraktur_bold"])
                if rng.random() < 0.35:
                    w = base.split()
                    display = styled_text(w[0], kind) + " " + " ".join(w[1:])
                else:
                    display = styled_text(base, kind)
                handle = shape_handle(generic_words(t, rng.choice(["nhs", "official", "hospital", "care", "uk"])), p)
            elif tac == "mixed_script_name":
                base = rng.choice([t["name"], t["short"], off["display_name"]])
                display = mix_script(base)
                handle = shape_handle(generic_words(t, rng.choice(["nhs", "trust", "hospital", "official", "ft"])), p)
            elif tac == "copied_official_bio":
                src = off
                b = src["bio"]
                edits = rng.choice(["none", "drop", "swapword", "punct", "emoji"])
                if edits == "drop":
                    j = rng.randint(10, max(11, len(b) - 10))
                    b = b[:j] + b[j + rng.randint(1, 4):]
                elif edits == "swapword":
                    b = b.replace("Official", "The official", 1).replace("official", "real", 1)
                elif edits == "punct":
                    b = b.replace(".", "!", 1)
                elif edits == "emoji":
                    b = "💙 " + b
                tail = fill(rng.choice(S.COPIED_TAILS), t, used)
                bio = b + tail
                used.add("bio_claim")
                display = rng.choice([src["display_name"], src["display_name"], t["short"], "Hospital News"])
                if minimal:
                    display = rng.choice(["Hospital News", "Updates", "Patient Information", "Community Health News"])
                if rng.random() < 0.4 and not minimal:
                    h = fit(src["handle"], p) or fit(t["initials"], p)
                    core = h.split(".bsky.social")[0]
                    h = fit(core + rng.choice(["1", "_uk", "2", "_official", "news", "_"]), p) or fit(core + "uk", p)
                    handle = h
                    handle_copied = True
                else:
                    handle = shape_handle(generic_words(t, rng.choice(["news", "updates", "nhs", "info"])), p)
                ratio = difflib.SequenceMatcher(None, bio[:len(src["bio"]) + 5], src["bio"]).ratio()
                assert ratio >= 0.7, (key, ratio)
            elif tac == "lookalike_domain_bio":
                if "lookalike_domain" not in used:
                    bio = bio + " " + lookalike(t)
                    used.add("lookalike_domain")
                display = rng.choice([t["short"], "Patient Portal", t["name"], "Hospital Online Services", t["initials"] + " Online",
                                      "NHS Updates"])
                handle = shape_handle(rng.choice([["patient", "portal"], generic_words(t, "online"), ["nhs", "online", "services"],
                                                  generic_words(t, "web")]), p)
                if minimal:
                    display = rng.choice(["Patient Portal", "Hospital Online Services", "NHS Updates", "Waiting List Checker"])
                    handle = shape_handle(rng.choice([["patient", "portal"], ["nhs", "online", "services"], ["hospital", "online"]]), p)
                handle_copied = t["stem"] in handle.lower()
            elif tac == "dotted_handle":
                if p == "facebook" and rng.random() < 0.35:
                    handle = str(rng.randint(10 ** 14, 10 ** 15 - 1))
                    display = rng.choice([t["name"], t["short"]] + t["aliases"])
                else:
                    src = off["handle"] if off["platform"] == p else t["_accs"][rng.randrange(len(t["_accs"]))]["handle"]
                    src = src.split(".bsky.social")[0]
                    c = re.sub(r"[^a-z0-9]", "", src.lower())
                    if len(c) > 22 or rng.random() < 0.4:
                        c = t["stem"] + rng.choice(["nhs", "hospital", "healthcare", "nhsft", "trust"])
                    j = rng.randint(2, len(c) - 2)
                    st = t["stem"]
                    if c.startswith(st) and len(c) > len(st) + 1 and rng.random() < 0.85:
                        j = len(st)
                    h = c[:j] + "." + c[j:]
                    if rng.random() < 0.4:
                        h = h + "." + rng.choice(["official", "uk", "nhs", "page"])
                    handle = h[:24].strip(".") if p == "tiktok" else h
                    handle_copied = True
                    display = rng.choice([off["display_name"], t["name"], t["short"], "Hospital Page"])
                    if minimal:
                        display = rng.choice(["Hospital Page", "Patient Updates", "Health News", "Community Care"])
            elif tac == "short_stem_affix":
                ini = t["initials"].lower()
                aff = rng.choice(AFFIXES)
                sep = rng.choice(["", "_", "."]) if p in ("x", "instagram", "tiktok") else ""
                if p == "x":
                    sep = sep.replace(".", "_")
                if p == "linkedin":
                    sep = rng.choice(["", "-"])
                if p == "bluesky":
                    sep = rng.choice(["", "-"])
                h = ini + sep + aff if rng.random() < 0.75 else aff + sep + ini
                if p == "x":
                    h = rng.choice([h, h.upper(), t["initials"] + sep + aff.capitalize()])
                if p == "bluesky":
                    h = h + ".bsky.social"
                if len(h.split(".bsky.social")[0]) < 5 and p == "facebook":
                    h = h + "uk"
                handle = h
                handle_copied = True
                display = rng.choice([t["initials"] + " " + aff.capitalize(), "Help Desk", t["short"], "Patient Support", t["initials"]])
                if minimal:
                    display = rng.choice(["Help Desk", "Patient Support", "Info & Advice", "Support Hub"])
            else:
                raise SystemExit(tac)
            if not handle:
                print("fallback handle", tac, key, p)
                handle = fit(t["initials"].lower() + rng.choice(AFFIXES), p) or shape_handle([t["initials"].lower(), "help"], p)
            handle = unique(p, handle)
            if display_copies_name(display, t):
                used.add("name")
            if handle_copied:
                used.add("handle")
            if not used:
                display = t["short"]
                used.add("name")
            ex_names = [re.sub(r"^(Dr|Professor|Dame|Sir) ", "", e["name"]).lower() for e in t["_execs"]]
            if any(x in display.lower() for x in ex_names):
                used.add("executive_name")
            n += 1
            pspell = {"x": "x", "facebook": "facebook", "instagram": "instagram", "tiktok": "tiktok", "linkedin": "linkedin",
                      "bluesky": "bluesky"}[p]
            recs.append({"id": "imp16-%04d" % n, "trust": key, "label": "impersonation", "tactic": tac, "platform": p,
                         "account": account(pspell, handle, display, bio, followers, rng.randint(0, 900), verified,
                                            created if (p != "linkedin" or tac == "renamed_old_account") else None, acct_id(p)),
                         "copied_elements": sorted(used)})
    return recs


# ------------------------------------------------------------------ genuine

def lines(block):
    return [tuple(x.split("|", 1)) for x in block.strip().splitlines() if x.strip()]


def gen_platform(weights):
    r = rng.random()
    acc = 0.0
    for p, w in weights:
        acc += w
        if r < acc:
            return p
    return weights[-1][0]


ADJ_W = [("x", 0.26), ("facebook", 0.22), ("instagram", 0.14), ("linkedin", 0.14), ("bluesky", 0.08), ("tiktok", 0.05),
         ("youtube", 0.05), ("mastodon", 0.06)]
PUB_W = [("x", 0.22), ("facebook", 0.2), ("instagram", 0.2), ("tiktok", 0.14), ("linkedin", 0.07), ("bluesky", 0.08),
         ("youtube", 0.04), ("mastodon", 0.05)]
VARIANT_SPELL = {"facebook": ["Facebook", "FACEBOOK", " facebook", "FaceBook"], "instagram": ["Instagram", "INSTAGRAM", "InstaGram"],
                 "linkedin": ["LinkedIn", "LINKEDIN", "Linkedin"], "tiktok": ["TikTok", "TIKTOK", "Tiktok"],
                 "bluesky": ["Bluesky", "BlueSky", "BLUESKY"], "youtube": ["YouTube", "YOUTUBE", "Youtube"]}


def make_genuine():
    recs = []
    n = 0

    def add(key, group, p, a):
        nonlocal n
        n += 1
        recs.append({"id": "%s-%04d" % ({"official": "off16", "official_case_variant": "ocv16", "nhs_adjacent": "adj16",
                                          "general_public": "gp16"}[group], n),
                     "trust": key, "label": "genuine", "group": group, "platform": p, "account": a})

    for key in TKEYS:
        t = TRUSTS[key]
        for a in t["_accs"]:
            p = a["platform"]
            add(key, "official", p, account(p, a["handle"], a["display_name"], a["bio"], a["followers"], a["following"],
                                            a["verified"], a.get("created_at"), a["account_id"]))
            if p == "x":
                spells = ["X", "Twitter", " x", rng.choice(["twitter", "TWITTER", "tWitter", "X ", "Twitter "])]
            else:
                spells = rng.sample(VARIANT_SPELL[p], rng.choice([1, 2]))
            for sp in spells:
                h = a["handle"] if rng.random() < 0.6 else (a["handle"].lower() if rng.random() < 0.5 else a["handle"].upper())
                if p in ("instagram", "tiktok", "linkedin", "bluesky"):
                    h = a["handle"]
                add(key, "official_case_variant", p, account(sp, h, a["display_name"], a["bio"], a["followers"], a["following"],
                                                             a["verified"], a.get("created_at"), a["account_id"]))

    adj = lines(ADJACENT)
    order = list(range(len(adj)))
    rng.shuffle(order)
    for j, idx in enumerate(order):
        key = TKEYS[j % len(TKEYS)]
        t = TRUSTS[key]
        dn, bio = adj[idx]
        site = rng.choice(t["sites"])
        vals = {"name": t["name"], "short": t["short"], "init": t["initials"], "site": site, "city": t["city"].split(",")[0]}
        dn = dn.format(**vals)
        bio = bio.format(**vals)
        p = gen_platform(ADJ_W)
        words = ascii_words(dn)
        if len(words) > 4 and rng.random() < 0.5:
            words = [w for w in words if w.upper() not in ("NHS", "FT", "THE", "OF", "AND")]
            words = words[:1] + words[-2:]
        h = unique(p, shape_handle(words, p))
        org = not any(w in dn for w in ("Dr ", "Sister", "RN")) and len(dn.split()) != 2
        followers = rng.randint(150, 12000) if org else rng.randint(40, 4000)
        add(key, "nhs_adjacent", p, account(p, h, dn, bio, followers, rng.randint(50, 2500),
                                            org and rng.random() < 0.15 and p in ("x", "facebook", "instagram"),
                                            ts(2009, 2025) if p != "linkedin" else None, acct_id(p)))

    pub = lines(PUBLIC) + lines(PUBLIC_LONG) + lines(PUBLIC_MORE)
    order = list(range(len(pub)))
    rng.shuffle(order)
    for j, idx in enumerate(order):
        key = TKEYS[j % len(TKEYS)]
        t = TRUSTS[key]
        dn, bio = pub[idx]
        vals = {"site": rng.choice(t["sites"]), "city": t["city"].split(",")[0], "short": t["short"]}
        bio = bio.format(**vals)
        dn = dn.format(**vals)
        p = gen_platform(PUB_W)
        words = ascii_words(dn)
        r = rng.random()
        if r < 0.3 and len(words) >= 2:
            words = [words[0], words[-1], str(rng.randint(1, 99))]
        elif r < 0.45 and len(words) >= 2:
            words = [words[0][0] + words[-1]]
        elif r < 0.55:
            words = words[:1] + [rng.choice(["x", "xo", "uk", "official", "_", "22", "88", "01", "the1"])]
            words = [w for w in words if w != "_"]
        h = unique(p, shape_handle(words, p))
        add(key, "general_public", p, account(p, h, dn, bio, rng.choice([rng.randint(0, 300), rng.randint(50, 2500)]),
                                              rng.randint(20, 1800), False, ts(2009, 2026, 9) if p != "linkedin" else None, acct_id(p)))
    return recs


def main():
    reg = build_register()
    imps = make_impersonations()
    gen = make_genuine()
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")
    allrecs = imps + gen
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in allrecs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    single = sum(1 for r in imps if len(r["copied_elements"]) == 1)
    print("impersonations %d (single-element %d), genuine %d" % (len(imps), single, len(gen)))


if __name__ == "__main__":
    main()
