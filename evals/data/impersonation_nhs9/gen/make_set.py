#!/usr/bin/env python3
"""Rebuild accounts.jsonl and trusts.json of the ninth impersonation evaluation set, byte for byte.

Usage: python3 gen/make_set.py   (standard library only; fixed seed 9009)
All wording comes from the hand-written lists in this folder; this script only assigns Trusts, platforms, counts,
identifiers and the character-level tricks (digit swaps, zero-width, styled and mixed-script letters).
"""
import difflib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import adjacent_kinds  # noqa: E402
import imp_claims  # noqa: E402
import imp_scams  # noqa: E402
import public_text  # noqa: E402
import trusts_data  # noqa: E402

SEED = 9009
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
PER_TACTIC = 30
SINGLE_PER_TACTIC = 12
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]

# Short handle-friendly forms of places, per Trust (hand-chosen)
EXTRA = {
    "chft": {"county_h": "WYorks", "police": "West Yorkshire Police", "ts": "West Yorkshire Trading Standards"},
    "wwl": {"county_h": "GtrMcr", "police": "Greater Manchester Police", "ts": "Wigan Trading Standards"},
    "cwpt": {"county_h": "Warks", "police": "Warwickshire Police", "ts": "Warwickshire Trading Standards"},
    "bchc": {"county_h": "WMids", "police": "West Midlands Police", "ts": "Birmingham Trading Standards"},
    "mkuh": {"county_h": "Bucks", "police": "Thames Valley Police", "ts": "Milton Keynes Trading Standards"},
    "uclh": {"county_h": "Camden", "police": "Met Police Camden", "ts": "Camden Trading Standards"},
    "rnoh": {"county_h": "Harrow", "police": "Met Police Harrow", "ts": "Harrow Trading Standards"},
    "sabp": {"county_h": "Surrey", "police": "Surrey Police", "ts": "Surrey Trading Standards"},
    "qvh": {"county_h": "WSussex", "police": "Sussex Police", "ts": "West Sussex Trading Standards"},
    "gwh": {"county_h": "Wilts", "police": "Wiltshire Police", "ts": "Swindon Trading Standards"},
}

rng = random.Random(SEED)


# ---------------------------------------------------------------------------------------------- identifiers
def account_id(platform):
    if platform == "x":
        return str(rng.randint(10 ** 8, 10 ** 18))
    if platform == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if platform == "instagram":
        return str(rng.randint(10 ** 8, 10 ** 11))
    if platform == "tiktok":
        return str(rng.randint(10 ** 18, 10 ** 19 - 1))
    if platform == "linkedin":
        return str(rng.randint(10 ** 5, 10 ** 8))
    if platform == "youtube":
        return "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "mastodon":
        return str(rng.randint(10 ** 16, 10 ** 18))
    raise ValueError(platform)


def stamp(y0, y1):
    y = rng.randint(y0, y1)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                              rng.randint(0, 59), rng.randint(0, 59))


MASTODON_HOSTS = ["mastodon.social", "mstdn.social", "toot.community", "mas.to", "social.coop", "mastodonapp.uk"]


def fit(platform, raw):
    """Squeeze a handle written for people into the shape the platform allows."""
    raw = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    if platform == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "", raw)[:15]
    elif platform == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", raw.replace("_", "."))
        h = re.sub(r"\.+", ".", h).strip(".")[:50]
    elif platform in ("instagram", "tiktok"):
        h = re.sub(r"[^a-z0-9._]", "", raw.lower())
        h = re.sub(r"\.\.+", ".", h)[: 30 if platform == "instagram" else 24].strip(".")
    elif platform == "linkedin":
        h = re.sub(r"[^a-z0-9-]", "", re.sub(r"[ _.]", "-", raw.lower()))
        h = re.sub(r"-+", "-", h).strip("-")
    elif platform == "bluesky":
        base = raw.split(".bsky.social")[0]
        base = re.sub(r"[^a-z0-9-]", "", re.sub(r"[ _.]", "-", base.lower()))
        h = re.sub(r"-+", "-", base).strip("-")[:40] + ".bsky.social"
    elif platform == "youtube":
        h = re.sub(r"[^A-Za-z0-9_.-]", "", raw)[:30]
    elif platform == "mastodon":
        if "@" in raw:
            user, host = raw.split("@", 1)
        else:
            user, host = raw, rng.choice(MASTODON_HOSTS)
        h = re.sub(r"[^A-Za-z0-9_]", "", user)[:30] + "@" + host
    else:
        raise ValueError(platform)
    while platform in ("x", "facebook", "linkedin", "youtube") and len(h) < {"x": 4, "facebook": 5}.get(platform, 3):
        h += str(rng.randint(0, 9))
    return h


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

taken = set()  # (platform, handle.lower())


def claim(platform, h):
    """Reserve a handle, adding digits if someone in the set already has it."""
    base = h
    n = 0
    while (platform, h.lower()) in taken or not re.match(HANDLE_RULES[platform], h):
        n += 1
        suffix = str(rng.randint(2, 99))
        if platform == "bluesky":
            h = base.split(".bsky.social")[0][:36] + suffix + ".bsky.social"
        elif platform == "mastodon":
            u, host = base.split("@", 1)
            h = u[:26] + suffix + "@" + host
        elif platform == "x":
            h = base[: 15 - len(suffix)] + suffix
        else:
            h = base + suffix
        if n > 50:
            raise RuntimeError("cannot place handle %s on %s" % (base, platform))
    taken.add((platform, h.lower()))
    return h


# ---------------------------------------------------------------------------------------------- register
def strip_title(name):
    return re.sub(r"^(Dr|Professor|Dame|Sir) ", "", name)


def build_register():
    reg = {"_about": trusts_data.ABOUT}
    for key, t in trusts_data.TRUSTS.items():
        offs = []
        for (p, h, dn, bio, fol, fing, ver, created) in t["official"]:
            a = {"platform": p, "handle": h, "account_id": account_id(p), "display_name": dn, "bio": bio,
                 "followers": fol, "following": fing, "verified": ver}
            if created:
                a["created_at"] = created + "T%02d:%02d:%02dZ" % (rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59))
            offs.append(a)
            taken.add((p, h.lower()))
        reg[key] = {
            "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
            "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": offs,
            "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]],
        }
    return reg


def context(key, reg):
    t = trusts_data.TRUSTS[key]
    c = dict(t["ctx"])
    c.update(EXTRA[key])
    r = reg[key]
    ceo = r["executives"][0]["name"]
    chair = r["executives"][1]["name"]
    c.update({
        "name": r["name"], "init": r["initials"], "dom": r["web_domains"][0], "tphone": r["phone_numbers"][0],
        "site": r["sites"][0], "site2": r["sites"][-1], "ceo": ceo, "chair": chair,
        "ceo_plain": strip_title(ceo), "chair_plain": strip_title(chair),
        "ceo_first": strip_title(ceo).split()[0], "ceo_last": strip_title(ceo).split()[-1],
        "chair_first": strip_title(chair).split()[0], "chair_last": strip_title(chair).split()[-1],
        "ward": c["wards"][0], "ward2": c["wards"][1],
        "hospice_h": c["hospice"].replace("'", ""), "radio_h": c["radio"].replace(" ", ""),
        "uni_h": "".join(w[0] for w in c["uni"].split() if w[0].isupper()) + "uni",
        "football_h": c["football"].replace(" ", ""), "police_h": EXTRA[key]["police"].replace(" ", "")[:9],
        "ward_h": re.sub(r"[^A-Za-z0-9]", "", c["wards"][0])[:8],
    })
    return c


# ---------------------------------------------------------------------------------------------- people
used_people = set()


def person(reg):
    execs = {strip_title(e["name"]) for k, t in reg.items() if not k.startswith("_") for e in t["executives"]}
    while True:
        first = rng.choice(public_text.FIRST_NAMES)
        last = rng.choice(public_text.LAST_NAMES)
        if "%s %s" % (first, last) not in execs and (first, last) not in used_people:
            used_people.add((first, last))
            return first, last


def genuine_record(rid, key, group, platform, handle, dn, bio, fol, fing, ver, created=None, aid=None, shown=None):
    acc = {"platform": shown if shown is not None else platform, "handle": handle, "display_name": dn, "description": bio,
           "followers": fol, "following": fing, "verified": ver, "profile_image_url": None}
    if created:
        acc["created_at"] = created
    acc["account_id"] = aid or account_id(platform)
    return {"id": rid, "trust": key, "label": "genuine", "group": group, "platform": platform, "account": acc}


# ---------------------------------------------------------------------------------------------- genuine
CASE_SPELLINGS = {"facebook": ["Facebook", "FACEBOOK", "facebook "], "instagram": ["Instagram", "Instagram ", "INSTAGRAM"],
                  "linkedin": ["LinkedIn", "Linkedin", "LINKEDIN"], "youtube": ["YouTube", "Youtube"], "tiktok": ["TikTok", "Tiktok"],
                  "bluesky": ["Bluesky", "BlueSky"]}
X_EXTRA = ["TWITTER", "Twitter ", "x ", "tWitter", "X "]


def build_official(reg):
    recs = []
    for key in trusts_data.TRUSTS:
        for n, a in enumerate(reg[key]["official_accounts"]):
            p = a["platform"]
            recs.append(genuine_record("n9-off-%s-%s-%d" % (key, p, n), key, "official", p, a["handle"], a["display_name"], a["bio"],
                                       a["followers"], a["following"], a["verified"], a.get("created_at"), a["account_id"]))
            if p == "x":
                shows = ["X", "Twitter", " x", rng.choice(X_EXTRA)]
            else:
                shows = [rng.choice(CASE_SPELLINGS[p])]
            for m, s in enumerate(shows):
                h = a["handle"]
                if m % 2 == 1:
                    h = h.lower() if h != h.lower() else h.upper() if p in ("x", "facebook", "youtube") else h
                recs.append(genuine_record("n9-var-%s-%s-%d-%d" % (key, p, n, m), key, "official_case_variant", p, h, a["display_name"],
                                           a["bio"], a["followers"], a["following"], a["verified"], a.get("created_at"),
                                           a["account_id"], shown=s))
    return recs


PERSON_KINDS = {"charity_fundraiser_person", "health_reporter", "staff_personal_nurse", "staff_personal_doctor", "staff_personal_hca",
                "staff_personal_porter", "staff_personal_admin", "staff_personal_ahp", "staff_personal_midwife", "retired_staff",
                "medical_student", "nursing_student", "careers_advisor", "namesake_ceo", "namesake_chair", "exec_real_style_blog",
                "patient_personal_story", "carer_blogger", "youtube_channel_education", "mastodon_clinician", "supplier_medtech"}


def build_adjacent(reg):
    recs = []
    keys = list(trusts_data.TRUSTS)
    for kind, platforms, name_pat, handle_pat, bios in adjacent_kinds.KINDS:
        for i, key in enumerate(keys):
            c = context(key, reg)
            first, last = person(reg)
            c.update({"pfirst": first, "plast": last, "plast_i": last[0].lower()})
            platform = platforms[i % len(platforms)]
            dn = name_pat.format_map(c)
            bio = bios[(i + len(kind)) % len(bios)].format_map(c)
            h = claim(platform, fit(platform, handle_pat.format_map(c)))
            person_like = kind in PERSON_KINDS
            fol = rng.randint(15, 2800) if person_like else rng.randint(300, 36000)
            fing = rng.randint(50, 1900) if person_like else rng.randint(40, 2500)
            ver = (not person_like) and kind in ("local_paper", "local_radio", "icb", "council", "hospital_charity") and rng.random() < 0.6
            created = stamp(2009, 2024) if platform != "linkedin" else None
            recs.append(genuine_record("n9-adj-%s-%s" % (kind, key), key, "nhs_adjacent", platform, h, dn, bio, fol, fing, ver, created))
    return recs


PUBLIC_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky", "youtube", "mastodon"]
PUBLIC_HANDLES = ["{f}{l}", "{f}_{l}", "{f}{l}{n}", "{fi}{l}", "{f}.{l}", "{l}{f}", "the_{f}_{l}", "{f}{n}", "its{f}{l}", "{f}{l}x",
                  "{f}_{li}{n}", "real{f}{l}", "{f}loves{l}", "{l}_{n}"]


def build_public(reg):
    recs = []
    keys = list(trusts_data.TRUSTS)
    bios = list(public_text.PUBLIC_BIOS)
    rng.shuffle(bios)
    for i, bio in enumerate(bios):
        first, last = person(reg)
        platform = PUBLIC_PLATFORMS[i % len(PUBLIC_PLATFORMS)]
        pat = rng.choice(PUBLIC_HANDLES)
        keep_case = platform == "x" and i % 3 == 0
        raw = pat.format(f=first if keep_case else first.lower(), l=last if keep_case else last.lower(),
                         fi=first[0].lower(), li=last[0].lower(), n=rng.randint(1, 99))
        h = claim(platform, fit(platform, raw))
        dn = rng.choice(["%s %s" % (first, last), first, "%s %s." % (first, last[0]), "%s %s" % (first, last), "%s 🌻" % first,
                         last.upper() + " " + first])
        created = stamp(2008, 2025) if platform != "linkedin" else None
        recs.append(genuine_record("gp-n9hand-%03d" % (i + 1), keys[i % len(keys)], "general_public", platform, h, dn, bio,
                                   rng.randint(3, 2600), rng.randint(10, 3000), False, created))
    return recs


# ---------------------------------------------------------------------------------------------- character tricks
SWAPS = {"l": ["1", "i"], "o": ["0"], "s": ["5"], "e": ["3"], "a": ["4"], "i": ["1", "l"], "b": ["8"], "m": ["rn"],
         "L": ["I", "1"], "O": ["0"], "S": ["5"], "E": ["3"], "I": ["l", "1"], "B": ["8"], "A": ["4"]}


def fold(s):
    s = unicodedata.normalize("NFKC", "".join(ch for ch in s if ch not in "".join(ZW))).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def swap(s, lower_only=False):
    for _ in range(200):
        spots = [i for i, ch in enumerate(s) if ch in SWAPS]
        i = rng.choice(spots)
        rep = rng.choice(SWAPS[s[i]])
        if lower_only:
            rep = rep.lower()
        out = s[:i] + rep + s[i + 1:]
        if fold(out) == fold(s) and out.lower() != s.lower():
            if rng.random() < 0.25:  # sometimes a second swap
                spots2 = [j for j, ch in enumerate(out) if ch in SWAPS and j != i]
                if spots2:
                    j = rng.choice(spots2)
                    rep2 = rng.choice(SWAPS[out[j]])
                    rep2 = rep2.lower() if lower_only else rep2
                    out2 = out[:j] + rep2 + out[j + 1:]
                    if fold(out2) == fold(s):
                        out = out2
            return out
    raise RuntimeError("no swap for " + s)


def zero_width(s):
    chars = list(s)
    for _ in range(rng.choice([1, 1, 2, 3])):
        pos = rng.randint(1, len(chars) - 1)
        chars.insert(pos, rng.choice(ZW))
    return "".join(chars)


def _alpha(ch, upper_base, lower_base, digit_base=None, exceptions=None):
    exceptions = exceptions or {}
    if ch in exceptions:
        return exceptions[ch]
    if "A" <= ch <= "Z":
        return chr(upper_base + ord(ch) - 65)
    if "a" <= ch <= "z":
        return chr(lower_base + ord(ch) - 97)
    if digit_base and "0" <= ch <= "9":
        return chr(digit_base + ord(ch) - 48)
    return ch


SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
STYLES = [
    lambda s: "".join(_alpha(c, 0x1D400, 0x1D41A, 0x1D7CE) for c in s),                  # bold
    lambda s: "".join(_alpha(c, 0x1D5D4, 0x1D5EE, 0x1D7EC) for c in s),                  # sans bold
    lambda s: "".join(_alpha(c, 0x1D608, 0x1D622) for c in s),                           # sans italic
    lambda s: "".join(_alpha(c, 0x1D538, 0x1D552, 0x1D7D8, {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}) for c in s),
    lambda s: "".join(_alpha(c, 0xFF21, 0xFF41, 0xFF10) for c in s),                     # fullwidth
    lambda s: "".join(SMALL_CAPS.get(c.lower(), c) if c.isalpha() else c for c in s),     # small caps
    lambda s: "".join(_alpha(c, 0x1D670, 0x1D68A, 0x1D7F6) for c in s),                  # monospace
]


def styled(s):
    style = rng.choice(STYLES)
    words = s.split(" ")
    if len(words) > 2 and rng.random() < 0.4:  # style only some words
        k = rng.randint(1, len(words) - 1)
        return " ".join(style(w) if i < k else w for i, w in enumerate(words))
    return style(s)


HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "H": "Н", "C": "С", "T": "Т",
              "M": "М", "K": "К", "O": "О", "A": "А", "B": "В", "E": "Е", "P": "Р", "N": "Ν", "I": "Ι", "U": "Ս", "W": "Ԝ", "S": "Ѕ",
              "G": "Ԍ", "L": "Ꮮ"}
GREEK = {"o": "ο", "O": "Ο", "A": "Α", "N": "Ν", "H": "Η", "T": "Τ", "E": "Ε", "K": "Κ", "B": "Β", "M": "Μ", "v": "ν", "i": "ι"}


def mixed(s):
    table = HOMOGLYPHS if rng.random() < 0.65 else GREEK
    spots = [i for i, ch in enumerate(s) if ch in table]
    k = max(1, min(len(spots) - 1, rng.choice([1, 1, 2, 3])))
    pick = set(rng.sample(spots, k))
    out = "".join(table[ch] if i in pick else ch for i, ch in enumerate(s))
    return out


def scripts(s):
    out = set()
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, "")
            out.add("Latin" if (ord(c) < 128 or n.startswith("LATIN")) else n.split()[0].title())
    return out


# ---------------------------------------------------------------------------------------------- impersonations
GENERIC_HANDLES = ["patientupdates24", "hospitalnewsuk", "healthinfo_desk", "carenotices", "wardnewsdaily", "nhs_info_page",
                   "localhealthhub", "updates_for_patients", "the_care_page", "healthalerts_uk", "hosp_notice_board", "medinfo_live",
                   "your_health_line", "patient_help_now", "careandcure_uk", "clinicnews247", "health_voice_uk", "wellbeing_news1",
                   "hospital_update_uk", "ukhealthnotices", "caring_hands_info", "patient_guide_uk", "the_health_board", "infirmary_news",
                   "nhs_helpers_uk", "healthdesk_online", "ward_watch_uk", "care_news_today", "healthline_updates", "patientzone_uk"]

SCAM_NAMES = {
    "refund_patient_support_scam": (
        ["{short} Patient Refunds", "{short} Refund Desk", "{site} Patient Support", "{short} Patient Claims", "NHS {short} Reimbursements",
         "{short} Patient Finance", "{short} Support Team", "{site} Refunds", "{short} Travel Claims"],
        ["Patient Refund Helpdesk", "NHS Claims Support UK", "Hospital Refunds Advice", "Patient Money Back", "Refund Help Team",
         "Patient Support Services", "Healthcare Reimbursement UK", "Claims Assist"],
        ["{i}refunds", "{i}_patientclaims", "refunds{i}nhs", "{i}_support_desk", "{i}claims", "{i}_reimburse"],
        ["patient_refunds_uk", "nhsclaimhelp", "refund_helpdesk_", "hospitalrefunds", "claims_assist_uk", "moneyback_patients"]),
    "jobs_recruitment_scam": (
        ["{short} Recruitment", "{short} Careers", "{short} Jobs", "{site} Hiring", "{short} HR Team", "{short} Staff Bank",
         "Careers at {short}", "{short} International Recruitment", "{short} Vacancies"],
        ["NHS Jobs Direct", "Healthcare Hiring UK", "Nursing Jobs Now", "Care Vacancies UK", "Hospital Recruiters", "HCA Jobs Today",
         "Medical Staffing Direct", "UK Health Careers"],
        ["{i}recruitment", "{i}_careers", "{i}jobs_uk", "{i}_hr_team", "{i}vacancies", "{i}_hiring"],
        ["nhsjobsdirect", "health_hiring_uk", "nursingjobsnow", "carevacancies", "hospital_recruit", "hcajobs_today"]),
    "donation_scam": (
        ["{short} Hospital Appeal", "{short} Charity", "{site} Appeal", "Friends of {short}", "{short} Emergency Fund",
         "{short} Fundraising", "Support {short}", "{short} Winter Appeal", "{site} Donations"],
        ["Hospital Heroes Appeal", "Help Our Nurses", "NHS Support Fund UK", "Ward Angels Appeal", "Patients in Need UK",
         "Hearts for Hospitals", "Care Appeal UK", "Kindness for the NHS"],
        ["{i}appeal", "{i}_charity", "{i}fundraising", "support{i}", "{i}_emergencyfund", "{i}donate"],
        ["hospitalheroes", "help_our_nurses", "nhssupportfund", "wardangels_", "patients_in_need", "heartsforhosps"]),
}

AFFIX_PATTERNS = ["{h}_help", "{h}support", "{h}_official", "real{h}", "{h}careers", "the{h}", "{h}_uk", "{h}team", "{h}hq",
                  "{h}_patients", "{h}news", "ask{h}", "{h}info", "{h}desk", "{h}_pals", "{h}appeal", "{h}staff", "{h}assist",
                  "{h}helpline", "{h}_care", "{h}trust", "{h}jobs"]
STEM_PATTERNS = ["{i}help", "{i}_jobs", "ask{i}", "{i}support", "{i}_pals", "{i}careers", "{i}_official", "real{i}", "{i}care",
                 "{i}_team", "{i}info", "{i}_desk", "{i}helpline", "{i}appeal", "{i}staff", "{i}_patients", "the{i}", "{i}hq",
                 "{i}_uk", "{i}assist", "{i}news", "{i}trust"]
FB_DIGITS = [14, 15, 16]


def official_handle(t, platform):
    by = {a["platform"]: a["handle"] for a in t["official_accounts"]}
    if platform in by:
        return by[platform]
    if platform in ("instagram", "tiktok"):
        return by.get("instagram", by["x"]).lower()
    if platform == "bluesky":
        return by["x"].lower().replace("_", "-") + ".bsky.social"
    return by["x"]


def display_forms(t):
    return [t["name"]] + t["aliases"]


def new_claim_bio(pool_state):
    if not pool_state:
        pool_state.extend(imp_claims.CLAIM_BIOS)
        rng.shuffle(pool_state)
    return pool_state.pop()


def scam_phone():
    return rng.choice(["07700 900%03d", "07700900%03d", "+44 7700 900%03d", "0808 157 0%03d"]) % rng.randint(0, 999)


def imp_fill(text, key, reg, c):
    vals = dict(c)
    vals.update({"phone": scam_phone(), "look": rng.choice(c["lookalikes"]), "site": rng.choice(reg[key]["sites"])})
    return text.format_map(vals)


def build_impersonations(reg):
    keys = list(trusts_data.TRUSTS)
    recs = []
    claim_pool = []
    neutral_pool = list(imp_claims.NEUTRAL_BIOS)
    rng.shuffle(neutral_pool)

    def neutral():
        if not neutral_pool:
            neutral_pool.extend(imp_claims.NEUTRAL_BIOS)
            rng.shuffle(neutral_pool)
        return neutral_pool.pop()

    generic_pool = []

    def generic_handle(platform):
        if not generic_pool:
            generic_pool.extend(GENERIC_HANDLES)
            rng.shuffle(generic_pool)
        return generic_pool.pop()

    old_handles = list(imp_claims.OLD_HANDLES)
    rng.shuffle(old_handles)
    old_bios = list(imp_claims.OLD_BIOS)
    rng.shuffle(old_bios)
    scam_pools = {}

    for tactic in TACTICS:
        trusts_for = keys * (PER_TACTIC // len(keys))
        rng.shuffle(trusts_for)
        if tactic == "dotted_handle":
            plats = ["facebook", "instagram", "tiktok"] * (PER_TACTIC // 3)
        else:
            plats = POS_PLATFORMS * (PER_TACTIC // len(POS_PLATFORMS))
        rng.shuffle(plats)
        singles = [True] * SINGLE_PER_TACTIC + [False] * (PER_TACTIC - SINGLE_PER_TACTIC)
        rng.shuffle(singles)
        if tactic in SCAM_NAMES or tactic == "fake_executive":
            src = {"refund_patient_support_scam": (imp_scams.REFUND_FULL, imp_scams.REFUND_SINGLE),
                   "jobs_recruitment_scam": (imp_scams.JOBS_FULL, imp_scams.JOBS_SINGLE),
                   "donation_scam": (imp_scams.DONATION_FULL, imp_scams.DONATION_SINGLE),
                   "fake_executive": (imp_scams.EXEC_FULL, imp_scams.EXEC_SINGLE)}[tactic]
            scam_pools = {"full": rng.sample(src[0], len(src[0])), "single": rng.sample(src[1], len(src[1]))}
        look_full = rng.sample(imp_scams.LOOKALIKE_FULL, len(imp_scams.LOOKALIKE_FULL))
        look_single = rng.sample(imp_scams.LOOKALIKE_SINGLE, len(imp_scams.LOOKALIKE_SINGLE))
        tails = rng.sample(imp_scams.COPIED_TAILS, len(imp_scams.COPIED_TAILS))
        fb_numeric_left = 4 if tactic == "dotted_handle" else 0

        for n in range(PER_TACTIC):
            key, platform, single = trusts_for[n], plats[n], singles[n]
            t = reg[key]
            c = context(key, reg)
            init = t["initials"]
            forms = display_forms(t)
            dn, h, bio, els = None, None, None, []
            created = stamp(2023, 2025)
            fol = rng.choice([0, rng.randint(0, 60), rng.randint(20, 400), rng.randint(100, 2400)])
            fing = rng.randint(0, 1800)
            ver = platform in ("x", "instagram", "facebook") and rng.random() < 0.09

            def claim_bio():
                raw = new_claim_bio(claim_pool)
                extra = [e for ph, e in (("{look}", "lookalike_domain"), ("{tphone}", "phone"), ("{dom}", "domain")) if ph in raw]
                return imp_fill(raw, key, reg, c), extra

            if tactic == "renamed_old_account":
                h = fit(platform, old_handles.pop())
                dn = rng.choice(forms)
                created = stamp(2011, 2019)
                fol = rng.randint(500, 42000)
                if single:
                    bio, els = imp_fill(old_bios.pop(), key, reg, c), ["name"]
                else:
                    bio, els = claim_bio()
                    els = ["name", "bio_claim"] + els
            elif tactic == "digit_letter_swap":
                lower = platform in ("instagram", "tiktok", "linkedin", "bluesky")
                base = official_handle(t, platform)
                if platform == "bluesky":
                    h = swap(base.split(".bsky.social")[0], True) + ".bsky.social"
                else:
                    h = swap(base, lower)
                name_swapped = swap(rng.choice([f for f in forms if any(ch in SWAPS for ch in f)]))
                if single and n % 2 == 0:
                    dn, bio, els = rng.choice(imp_claims.NEUTRAL_NAMES), neutral(), ["handle"]
                elif single:
                    h = fit(platform, generic_handle(platform))
                    dn, bio, els = name_swapped, neutral(), ["name"]
                else:
                    dn = name_swapped
                    bio, els = claim_bio()
                    els = ["handle", "name", "bio_claim"] + els
            elif tactic == "handle_affix":
                base = official_handle(t, platform).split(".bsky.social")[0]
                for _ in range(60):
                    pat = rng.choice(AFFIX_PATTERNS)
                    cand = fit(platform, pat.format(h=base))
                    affix = pat.replace("{h}", "").strip("_.").lower()
                    if re.match(HANDLE_RULES[platform], cand) and (platform, cand.lower()) not in taken and affix in cand.lower() and \
                            re.sub(r"[_.\-]", "", base.lower()) in re.sub(r"[_.\-]", "", cand.lower()):
                        h = cand
                        break
                if h is None:  # long official handle on X: fall back to the initials
                    h = fit(platform, rng.choice(STEM_PATTERNS).format(i=init) + "nhs")
                if single:
                    dn, bio, els = rng.choice(imp_claims.NEUTRAL_NAMES), neutral(), ["handle"]
                else:
                    dn = rng.choice(forms)
                    bio, els = claim_bio()
                    els = ["handle", "name", "bio_claim"] + els
            elif tactic == "exact_name_new_handle":
                dn = t["name"]
                h = fit(platform, generic_handle(platform))
                if single:
                    bio, els = neutral(), ["name"]
                else:
                    bio, els = claim_bio()
                    els = ["name", "bio_claim"] + els
            elif tactic in SCAM_NAMES:
                names_full, names_single, hp_full, hp_single = SCAM_NAMES[tactic]
                if single:
                    dn = rng.choice(names_single)
                    h = fit(platform, rng.choice(hp_single) + rng.choice(["", "", str(rng.randint(1, 99))]))
                    bio = imp_fill(scam_pools["single"].pop(), key, reg, c)
                    els = ["bio_claim"]
                else:
                    dn = imp_fill(rng.choice(names_full), key, reg, c)
                    h = fit(platform, rng.choice(hp_full).format(i=init))
                    raw = scam_pools["full"].pop()
                    bio = imp_fill(raw, key, reg, c)
                    els = ["name", "bio_claim", "handle"]
                    if "{look}" in raw:
                        els.append("lookalike_domain")
                    if "{tphone}" in raw:
                        els.append("phone")
                    if "{dom}" in raw:
                        els.append("domain")
            elif tactic == "fake_executive":
                if single:
                    role = rng.choice([0, 1])
                    ename = t["executives"][role]["name"]
                    first, last = strip_title(ename).split()[0], strip_title(ename).split()[-1]
                    dn = rng.choice([ename, strip_title(ename), ename + " 💙"])
                    h = fit(platform, rng.choice(["{f}{l}", "{f}_{l}", "{l}{f}", "{f}{l}{n}", "{fi}{l}"]).format(
                        f=first.lower(), l=last.lower(), fi=first[0].lower(), n=rng.randint(1, 99)))
                    bio, els = imp_fill(scam_pools["single"].pop(), key, reg, c), ["executive_name"]
                else:
                    raw = scam_pools["full"].pop()
                    role = 1 if "Chair" in raw else 0
                    ename = t["executives"][role]["name"]
                    first, last = strip_title(ename).split()[0], strip_title(ename).split()[-1]
                    title = "CEO" if role == 0 else "Chair"
                    dn = rng.choice([ename, ename + " | " + title, "%s (%s %s)" % (ename, t["initials"], title), strip_title(ename)])
                    h = fit(platform, rng.choice(["{l}_{t}", "{f}{l}{i}", "{l}{i}", "{f}_{l}_{t}", "dr{l}", "{l}official"]).format(
                        f=first.lower(), l=last.lower(), t=title.lower(), i=init.lower()))
                    bio, els = imp_fill(raw, key, reg, c), ["executive_name", "bio_claim"]
                    if "{tphone}" in raw:
                        els.append("phone")
            elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
                base = rng.choice(forms)
                if tactic == "zero_width_name":
                    dn = zero_width(base)
                elif tactic == "styled_unicode_name":
                    dn = styled(base)
                else:
                    dn = mixed(base)
                    while not ({"Latin"} < scripts(dn) and scripts(dn) & {"Cyrillic", "Greek"}):
                        dn = mixed(base)
                if single:
                    h = fit(platform, generic_handle(platform))
                    bio, els = neutral(), ["name"]
                else:
                    h = fit(platform, rng.choice(["{i}{n}", "{i}_nhs{n}", "nhs_{i}", "{i}hospital", "{i}_updates"]).format(
                        i=init.lower() if platform != "x" else init, n=rng.randint(1, 999)))
                    bio, els = claim_bio()
                    els = ["name", "bio_claim"] + els
            elif tactic == "copied_official_bio":
                src = rng.choice(t["official_accounts"])
                bio_src = src["bio"]
                edits = [("Official", "Offical"), ("official", "offical"), (" Not monitored 24/7", ""), ("Please", "Pls"),
                         ("NHS Foundation Trust", "NHS FT"), ("our", "are"), ("monitored", "monitered"), (" - ", " ~ "),
                         ("Account", "Page"), ("page", "account")]
                for a, b in rng.sample(edits, 2):
                    if a in bio_src and rng.random() < 0.7:
                        bio_src = bio_src.replace(a, b, 1)
                bio = bio_src + imp_fill(tails.pop(), key, reg, c)
                if single:
                    dn = rng.choice(imp_claims.NEUTRAL_NAMES)
                    h = fit(platform, generic_handle(platform))
                    els = ["bio_claim"]
                else:
                    dn = src["display_name"]
                    h = fit(platform, rng.choice(["{i}_page", "{i}nhs_{n}", "{i}patients{n}", "{i}_updates"]).format(
                        i=init.lower(), n=rng.randint(1, 99)))
                    els = ["name", "bio_claim"]
                r = difflib.SequenceMatcher(None, bio[:len(src["bio"]) + 5], src["bio"]).ratio()
                assert r >= 0.7, (bio, src["bio"], r)
            elif tactic == "lookalike_domain_bio":
                if single:
                    dn = rng.choice(imp_claims.NEUTRAL_NAMES)
                    h = fit(platform, generic_handle(platform))
                    bio, els = imp_fill(look_single.pop(), key, reg, c), ["lookalike_domain"]
                else:
                    dn = rng.choice(forms)
                    h = fit(platform, rng.choice(["{i}online", "{i}_portal", "{i}_web", "my{i}"]).format(i=init.lower()))
                    bio, els = imp_fill(look_full.pop(), key, reg, c), ["name", "bio_claim", "lookalike_domain"]
            elif tactic == "dotted_handle":
                words = [w.lower() for w in re.findall(r"[A-Za-z]+", rng.choice(forms[:4])) if w.lower() not in ("and",)]
                pats = ["{i}.nhs", "{i}.nhs.trust", "the.{i}", "{i}.official", "{w}", "{w}.nhs", "nhs.{i}", "{i}.hospital", "{i}.uk",
                        "{i}.nhs.ft", "{w1}.{i}"]
                if platform == "facebook" and fb_numeric_left > 0:
                    fb_numeric_left -= 1
                    digits = rng.choice(FB_DIGITS)
                    h = str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))
                    dn = rng.choice(forms)
                    if single:
                        bio, els = neutral(), ["name"]
                    else:
                        bio, els = claim_bio()
                        els = ["name", "bio_claim"] + els
                else:
                    for _ in range(60):
                        cand = rng.choice(pats).format(i=init.lower(), w=".".join(words[:4]), w1=words[0])
                        cand = fit(platform, cand)
                        if "." in cand and (platform, cand.lower()) not in taken:
                            h = cand
                            break
                    if single:
                        dn, bio, els = rng.choice(imp_claims.NEUTRAL_NAMES), neutral(), ["handle"]
                    else:
                        dn = rng.choice(forms)
                        bio, els = claim_bio()
                        els = ["handle", "name", "bio_claim"] + els
            elif tactic == "short_stem_affix":
                for _ in range(60):
                    cand = fit(platform, rng.choice(STEM_PATTERNS).format(i=init if platform in ("x", "facebook") and rng.random() < 0.5 else init.lower()))
                    if (platform, cand.lower()) not in taken:
                        h = cand
                        break
                if single:
                    dn, bio, els = rng.choice(imp_claims.NEUTRAL_NAMES), neutral(), ["handle"]
                else:
                    dn = rng.choice(forms)
                    bio, els = claim_bio()
                    els = ["handle", "name", "bio_claim"] + els
            h = claim(platform, h)
            acc = {"platform": platform, "handle": h, "display_name": dn, "description": bio, "followers": fol, "following": fing,
                   "verified": ver, "profile_image_url": None, "created_at": created, "account_id": account_id(platform)}
            recs.append({"id": "n9-imp-%s-%02d" % (tactic, n + 1), "trust": key, "label": "impersonation", "tactic": tactic,
                         "platform": platform, "account": acc, "copied_elements": els})
    return recs


def main():
    reg = build_register()
    official = build_official(reg)
    adjacent = build_adjacent(reg)
    public = build_public(reg)
    imps = build_impersonations(reg)
    recs = official + adjacent + public + imps
    rng.shuffle(recs)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(reg, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records (%d impersonation, %d official, %d adjacent, %d public)" %
          (len(recs), len(imps), len(official), len(adjacent), len(public)))


if __name__ == "__main__":
    main()
