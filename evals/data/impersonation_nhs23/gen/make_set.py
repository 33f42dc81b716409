#!/usr/bin/env python3
"""Assemble set 23 (trusts.json + accounts.jsonl) from the hand-written text in this folder.

Standard library only; a fixed random seed makes the output byte-identical on every run.
Usage: python3 gen/make_set.py   (writes into the folder above gen/)
"""
import difflib
import json
import os
import random
import re
import string
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from trusts_data import ABOUT, TRUSTS  # noqa: E402
import scams_a, scams_b, scams_c  # noqa: E402
from adjacent_a import ADJACENT_A  # noqa: E402
from adjacent_b import ADJACENT_B, NATIONAL  # noqa: E402
from adjacent_c import ADJACENT_C  # noqa: E402
from public_a import PUBLIC_A  # noqa: E402
from public_b import PUBLIC_B  # noqa: E402
from public_c import PUBLIC_C  # noqa: E402

SEED = 230023
rng = random.Random(SEED)

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
CODES = {"n": "name", "h": "handle", "b": "bio_claim", "p": "phone", "d": "domain", "l": "lookalike_domain",
         "e": "executive_name"}
ZW_TOKENS = {"<ZW>": "\u200b", "<ZWNJ>": "\u200c", "<ZWJ>": "\u200d", "<WJ>": "\u2060", "<BOM>": "\ufeff"}
CYR = dict(zip("aeopcxyijswABCEHKMOPTXS", "аеорсхуіјѕԝАВСЕНКМОРТХЅ"))
GRK = dict(zip("oavieABEHIKMNOPTXYZ", "οανιεΑΒΕΗΙΚΜΝΟΡΤΧΥΖ"))
SMALL = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
DS_EXC = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}


def math_alpha(text, upper, lower, digit=None, exc=None):
    out = []
    for c in text:
        if exc and c in exc:
            out.append(exc[c])
        elif "A" <= c <= "Z":
            out.append(chr(upper + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(lower + ord(c) - 97))
        elif digit and "0" <= c <= "9":
            out.append(chr(digit + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


STYLES = {
    "b": lambda t: math_alpha(t, 0x1D400, 0x1D41A, 0x1D7CE),
    "i": lambda t: math_alpha(t, 0x1D434, 0x1D44E, None, {"h": "\u210e"}),
    "s": lambda t: math_alpha(t, 0x1D5D4, 0x1D5EE, 0x1D7EC),
    "d": lambda t: math_alpha(t, 0x1D538, 0x1D552, 0x1D7D8, DS_EXC),
    "m": lambda t: math_alpha(t, 0x1D670, 0x1D68A, 0x1D7F6),
    "f": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t),
    "k": lambda t: "".join(SMALL.get(c, c) for c in t),
}


def render_name(s):
    for tok, ch in ZW_TOKENS.items():
        s = s.replace(tok, ch)
    s = re.sub(r"\{c:(.)\}", lambda m: CYR[m.group(1)], s)
    s = re.sub(r"\{g:(.)\}", lambda m: GRK[m.group(1)], s)
    s = re.sub(r"\{([bisdmfk]):([^}]*)\}", lambda m: STYLES[m.group(1)](m.group(2)), s)
    return s


def acct_id(platform):
    if platform == "x":
        return str(rng.choice([rng.randint(10 ** 7, 10 ** 10 - 1), rng.randint(10 ** 17, 2 * 10 ** 18)]))
    if platform == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if platform == "instagram":
        return str(rng.randint(10 ** 8, 10 ** 11 - 1))
    if platform == "tiktok":
        return str(rng.randint(10 ** 18, 10 ** 19 - 1))
    if platform == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8 - 1))
    if platform == "youtube":
        return "UC" + "".join(rng.choice(string.ascii_letters + string.digits + "_-") for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "mastodon":
        return str(rng.randint(10 ** 17, 10 ** 18 - 1))
    raise ValueError(platform)


def date(y0, y1):
    y = rng.randint(y0, y1)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                               rng.randint(0, 59), rng.randint(0, 59))


# ---------------------------------------------------------------------------------------------- register
register = {"_about": ABOUT}
for key, t in TRUSTS:
    accounts = []
    for platform, handle, dname, bio, year in t["accounts"]:
        a = {"platform": platform, "handle": handle, "account_id": acct_id(platform), "display_name": dname, "bio": bio,
             "followers": rng.randint(3000, 90000), "following": rng.randint(200, 2500),
             "verified": platform in ("x", "facebook", "instagram", "youtube") and rng.random() < 0.8}
        if year:
            a["created_at"] = date(year, year)
        accounts.append(a)
    register[key] = {
        "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
        "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
        "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accounts,
        "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]],
    }

records = []


def account(platform, handle, dname, desc, followers, following, verified, created, aid, pstring=None):
    a = {"platform": pstring if pstring is not None else platform, "handle": handle, "display_name": dname,
         "description": desc, "followers": followers, "following": following, "verified": verified,
         "profile_image_url": None}
    if created:
        a["created_at"] = created
    a["account_id"] = aid
    return a


# ---------------------------------------------------------------------------------------------- impersonation
TACTIC_BLOCKS = [
    ("renamed_old_account", scams_a.RENAMED_OLD_ACCOUNT), ("digit_letter_swap", scams_a.DIGIT_LETTER_SWAP),
    ("handle_affix", scams_a.HANDLE_AFFIX), ("exact_name_new_handle", scams_a.EXACT_NAME_NEW_HANDLE),
    ("refund_patient_support_scam", scams_a.REFUND_PATIENT_SUPPORT_SCAM),
    ("jobs_recruitment_scam", scams_b.JOBS_RECRUITMENT_SCAM), ("donation_scam", scams_b.DONATION_SCAM),
    ("fake_executive", scams_b.FAKE_EXECUTIVE), ("zero_width_name", scams_b.ZERO_WIDTH_NAME),
    ("styled_unicode_name", scams_b.STYLED_UNICODE_NAME), ("mixed_script_name", scams_c.MIXED_SCRIPT_NAME),
    ("copied_official_bio", scams_c.COPIED_OFFICIAL_BIO), ("lookalike_domain_bio", scams_c.LOOKALIKE_DOMAIN_BIO),
    ("dotted_handle", scams_c.DOTTED_HANDLE), ("short_stem_affix", scams_c.SHORT_STEM_AFFIX),
]


def copied_bio(trust, spec):
    parts = spec.split(" ;; ")
    bio = register[trust]["official_accounts"][int(parts[0][1:])]["bio"]
    original = bio
    for p in parts[1:]:
        if p.startswith("+ "):
            bio = bio + " " + p[2:]
        else:
            old, new = p.split(" => ")
            assert old in bio, (trust, old)
            bio = bio.replace(old, new)
    ratio = difflib.SequenceMatcher(None, bio[:len(original) + 5], original).ratio()
    assert ratio >= 0.7, (trust, spec, ratio)
    return bio


def _squash(s):
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW_TOKENS.values())).lower().split(".bsky.social")[0])


def observed_elements(trust, handle, dname, bio):
    """Identity elements that can be seen in the account, added to the hand-marked ones so labels stay honest."""
    t = register[trust]
    out = []
    names = [t["name"]] + t["aliases"] + [t["initials"]]
    if any(_squash(x) and _squash(x) in _squash(dname) for x in names):
        out.append("name")
    stems = [_squash(a["handle"]) for a in t["official_accounts"] if a["platform"] != "linkedin"] + [t["initials"].lower()]
    if any(st in _squash(handle) for st in stems):
        out.append("handle")
    low = bio.lower()
    if "official" in low and "unofficial" not in low or t["name"].lower() in low:
        out.append("bio_claim")
    digits = re.sub(r"\D", "", bio)
    if any(re.sub(r"\D", "", p) in digits for p in t["phone_numbers"]):
        out.append("phone")
    if any(d in low for d in t["web_domains"]):
        out.append("domain")
    return out


problems = []
n = 0
for tactic, block in TACTIC_BLOCKS:
    lines = [ln for ln in block.strip("\n").split("\n") if ln.strip()]
    assert len(lines) == 30, (tactic, len(lines))
    for ln in lines:
        trust, platform, handle, dname, codes, bio = ln.split("|", 5)
        assert trust in register, trust
        if not re.match(HANDLE_RULES[platform], handle):
            problems.append(("bad handle", tactic, platform, handle))
        if bio.startswith("@"):
            bio = copied_bio(trust, bio)
        dname = render_name(dname)
        elements = [CODES[c] for c in codes.split(",")]
        for e in observed_elements(trust, handle, dname, bio):
            if e not in elements:
                elements.append(e)
        if tactic == "renamed_old_account":
            created, followers = date(2011, 2019), rng.randint(600, 24000)
        else:
            created, followers = date(2021, 2025), int(rng.expovariate(1 / 180.0))
        following = rng.randint(0, 1500)
        verified = platform == "x" and rng.random() < 0.22
        n += 1
        records.append({"id": "imp-%04d" % n, "trust": trust, "label": "impersonation", "tactic": tactic,
                        "platform": platform,
                        "account": account(platform, handle, dname, bio, followers, following, verified, created,
                                           acct_id(platform)),
                        "copied_elements": elements})

# ---------------------------------------------------------------------------------------------- official + variants
VARIANTS = {"x": ["X", "Twitter", " x", "TWITTER", "twitter "], "facebook": ["Facebook", "FACEBOOK"],
            "instagram": ["Instagram", "INSTAGRAM "], "linkedin": ["LinkedIn", "Linkedin"],
            "youtube": ["YouTube", "Youtube"], "tiktok": ["TikTok", "Tiktok"], "bluesky": ["Bluesky", "BlueSky"]}
n_off = n_var = 0
for key, _ in TRUSTS:
    for a in register[key]["official_accounts"]:
        n_off += 1
        base = dict(platform=a["platform"], handle=a["handle"], dname=a["display_name"], desc=a["bio"],
                    followers=a["followers"], following=a["following"], verified=a["verified"],
                    created=a.get("created_at"), aid=a["account_id"])
        records.append({"id": "off-%03d" % n_off, "trust": key, "label": "genuine", "group": "official",
                        "platform": a["platform"], "account": account(**base)})
        for ps in VARIANTS[a["platform"]]:
            n_var += 1
            records.append({"id": "ocv-%03d" % n_var, "trust": key, "label": "genuine",
                            "group": "official_case_variant", "platform": a["platform"],
                            "account": account(pstring=ps, **base)})

# ---------------------------------------------------------------------------------------------- nhs_adjacent
n_adj = 0
for block in (ADJACENT_A, ADJACENT_B, ADJACENT_C, NATIONAL):
    for ln in block.strip("\n").split("\n"):
        trust, platform, handle, dname, bio = ln.split("|", 4)
        assert trust in register, trust
        if not re.match(HANDLE_RULES[platform], handle):
            problems.append(("bad adjacent handle", platform, handle))
        n_adj += 1
        person = bool(re.search(r"(?i)views|personal|my own|own views|mine\b", bio))
        records.append({"id": "adj-%04d" % n_adj, "trust": trust, "label": "genuine", "group": "nhs_adjacent",
                        "platform": platform,
                        "account": account(platform, handle, dname, bio,
                                           rng.randint(80, 4000) if person else rng.randint(900, 250000),
                                           rng.randint(50, 3000), (not person) and rng.random() < 0.45,
                                           date(2009, 2023), acct_id(platform))})

# ---------------------------------------------------------------------------------------------- general_public
used = {(r["platform"], r["account"]["handle"].lower()) for r in records}
MASTO = ["mastodon.social", "mastodon.online", "mas.to", "toot.community", "fosstodon.org"]


def ascii_words(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return [w for w in re.sub(r"[^A-Za-z ]", "", s).split() if w]


def derive_handle(platform, name):
    w = ascii_words(name)
    first, last = w[0], w[-1]
    for attempt in range(50):
        num = str(rng.randint(1, 99)) if rng.random() < 0.55 or attempt else ""
        style = rng.randint(0, 3)
        if platform == "x":
            h = rng.choice([first + last, first + "_" + last, first[0] + last, first + last[0], last + first[:3]])
            h = (h + num)[:15]
            if len(h) < 4:
                h = h + "uk"
        elif platform == "facebook":
            h = rng.choice([first + "." + last, first + last, first.lower() + "." + last.lower()]) + num
            if len(h) < 5:
                h += ".uk"
        elif platform == "instagram":
            h = rng.choice([first + "_" + last, first + "." + last, first + last, "its" + first]).lower() + num
        elif platform == "tiktok":
            h = (rng.choice([first + last, first + "_" + last, first + "x" + last[0]]).lower() + num)[:24]
        elif platform == "linkedin":
            h = "%s-%s-%s" % (first.lower(), last.lower(), "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(6, 9))))
        elif platform == "bluesky":
            h = (first + last).lower()[:20] + num + ".bsky.social"
        elif platform == "youtube":
            h = "".join(w)[:26] + (num if style == 0 else "")
        elif platform == "mastodon":
            h = (first + ("_" if style else "") + last).lower() + num + "@" + rng.choice(MASTO)
        else:
            raise ValueError(platform)
        if (platform, h.lower()) not in used and re.match(HANDLE_RULES[platform], h):
            used.add((platform, h.lower()))
            return h
    raise RuntimeError((platform, name))


n_gp = 0
for block in (PUBLIC_A, PUBLIC_B, PUBLIC_C):
    for ln in block.strip("\n").split("\n"):
        trust, platform, dname, bio = ln.split("|", 3)
        assert trust in register, trust
        n_gp += 1
        records.append({"id": "gp-hw-%04d" % n_gp, "trust": trust, "label": "genuine", "group": "general_public",
                        "platform": platform,
                        "account": account(platform, derive_handle(platform, dname), dname, bio,
                                           int(rng.expovariate(1 / 400.0)), rng.randint(20, 1800), False,
                                           date(2009, 2025), acct_id(platform))})

# ---------------------------------------------------------------------------------------------- sanity + write
imp_keys = {(r["platform"], r["account"]["handle"].lower()) for r in records if r["label"] == "impersonation"}
gen_keys = {(r["platform"], r["account"]["handle"].lower()) for r in records if r["label"] == "genuine"}
for k in sorted(imp_keys & gen_keys):
    problems.append(("handle both genuine and impersonation", k))
if problems:
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1)

rng.shuffle(records)
with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
    json.dump(register, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote %d records (%d official, %d variants, %d adjacent, %d public, %d impersonation)" %
      (len(records), n_off, n_var, n_adj, n_gp, n))
