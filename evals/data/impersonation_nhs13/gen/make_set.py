#!/usr/bin/env python3
"""Rebuild trusts.json and accounts.jsonl for impersonation set 13 (standard library only, seed 1313).

Usage: python3 gen/make_set.py   (from evals/data/impersonation_nhs13/ or anywhere)
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from adjacent_text import FIRST_NAMES, KINDS  # noqa: E402
from public_text import BIOS  # noqa: E402
from scam_text import CLAIM, DONATE, EXEC, GENERIC, JOBS, REFUND  # noqa: E402
from trusts_data import ABOUT, TRUSTS  # noqa: E402

OUT = os.path.dirname(HERE)
rng = random.Random(1313)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
KEYS = list(TRUSTS)
ZW = "\u200b\u200c\u200d\u2060\ufeff"
CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О",
       "C": "С", "H": "Н", "T": "Т", "M": "М", "B": "В", "K": "К", "P": "Р"}
GRK = {"o": "ο", "A": "Α", "N": "Ν", "E": "Ε", "T": "Τ", "H": "Η", "K": "Κ", "M": "Μ", "B": "Β", "I": "Ι", "v": "ν"}
SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
SWAPS = [("o", "0"), ("l", "1"), ("i", "1"), ("s", "5"), ("e", "3"), ("a", "4"), ("m", "rn"), ("b", "8"), ("O", "0"),
         ("I", "l"), ("S", "5"), ("E", "3"), ("B", "8")]
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers", "appeal",
         "pals", "assist", "real", "hq", "staff", "patients", "news", "nhs"]
GENERIC_NAMES = ["Patient Help Desk", "Refund Support UK", "Care Jobs UK", "Health Appeals", "Hospital Careers Hub",
                 "Patient Advice Centre", "UK Nursing Jobs", "Ward Appeal", "Healthcare Helpline", "Claims Support Team",
                 "Medical Recruitment", "Frontline Fund", "Appointment Desk", "Patient Liaison", "Care Sponsorship UK"]
GENERIC_STEMS = ["refundhelp", "carejobsuk", "appealdesk", "patientdesk", "claimsupport", "nursejobs", "wardappeal",
                 "helpline", "sponsorjobs", "careersdesk", "patientcare", "healthappeal", "bookingdesk", "claimsteam"]
EXEC_GENERIC = ["Chief Executive | Healthcare leader | DM for opportunities", "CEO. NHS leader. Personal account, inbox open",
                "Chair of an NHS board. Grants and mentoring for nurses, message me", "Chief exec. Hiring PA, remote, weekly pay",
                "Healthcare CEO ✔️ investment opportunities, serious enquiries only", "Board chair. Philanthropy & scholarships",
                "NHS chief executive 🏥 sponsorship letters for overseas staff, DM", "Chief Exec (personal). Old account hacked, use this one",
                "Chairwoman, hospital board. Giving back 💙 ask me about the staff bonus", "CEO • speaker • mentor • WhatsApp only for urgent",
                "Leading a hospital trust. Supplier registration via DM, small fee", "Chief executive. I reply to patients personally here"]
HOBBIES = ["bakes", "fishing", "gardens", "runner", "vinyl", "crafts", "games", "travels", "photos", "dogs", "hikes", "cars"]


def short(t):
    return t["aliases"][0]


def site(t):
    return rng.choice(t["sites"])


def wa():
    return "07700 900%03d" % rng.randint(100, 999)


def fmt(text, t):
    s = site(t)
    return text.format(t=rng.choice([short(t), t["name"], short(t)]), s=s, w=wa(), s_tag=re.sub(r"\W", "", s))


def acct_id(p):
    if p == "x":
        return str(rng.randint(10 ** 7, 10 ** 19))
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
    return str(rng.randint(10 ** 6, 10 ** 12))


def stamp(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def fit(h, p):
    """Shape a handle to a platform's rules."""
    if p == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "_", h)[:15]
        return h if len(h) >= 4 else h + "_uk"
    if p == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", h)[:50]
        return h if len(h) >= 5 else h + "page"
    if p in ("instagram", "tiktok"):
        h = re.sub(r"[^a-z0-9._]", "", h.lower())
        h = re.sub(r"\.{2,}", ".", h).strip(".")[: 30 if p == "instagram" else 24].strip(".")
        return h if len(h) >= 2 else h + "uk"
    if p == "linkedin":
        h = re.sub(r"[^a-z0-9-]", "-", h.lower())
        h = re.sub(r"-{2,}", "-", h).strip("-")
        return h if len(h) >= 3 else h + "-uk"
    if p == "bluesky":
        h = h.split(".bsky.social")[0]
        h = re.sub(r"[^a-z0-9-]", "-", h.lower())
        h = re.sub(r"-{2,}", "-", h).strip("-")[:40].strip("-")
        return h + ".bsky.social"
    return h


def join(parts, p):
    sep = {"x": "_", "facebook": ".", "instagram": "_", "tiktok": "_", "linkedin": "-", "bluesky": "-"}[p]
    return sep.join(parts)


# ---------------------------------------------------------------- trusts.json
def build_register():
    reg = {"_about": ABOUT}
    for key, t in TRUSTS.items():
        accounts = []
        for p, h, dn, bio in t["accounts"]:
            a = {"platform": p, "handle": h, "account_id": acct_id(p), "display_name": dn, "bio": bio,
                 "followers": rng.randint(2000, 90000), "following": rng.randint(100, 3000), "verified": p != "linkedin"}
            if p != "linkedin":
                a["created_at"] = stamp(2009, 2016)
            accounts.append(a)
        reg[key] = {"name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"],
                    "aliases": t["aliases"], "initials": t["initials"], "ods_codes": [t["ods"]], "web_domains": [t["domain"]],
                    "phone_numbers": t["phones"], "sites": t["sites"], "official_accounts": accounts,
                    "executives": [{"role": "chief_executive", "name": t["execs"][0], "invented": True},
                                   {"role": "chair", "name": t["execs"][1], "invented": True}]}
    return reg


REG = build_register()
for k in KEYS:
    TRUSTS[k].update(REG[k])
    TRUSTS[k]["official_accounts"] = REG[k]["official_accounts"]

OFFICIAL = {(a["platform"], a["handle"].lower()) for k in KEYS for a in REG[k]["official_accounts"]}
USED = set()


def unique(h, p):
    h = fit(h, p)
    n = 0
    while (p, h.lower()) in USED or (p, h.lower()) in OFFICIAL:
        n += 1
        suf = str(rng.randint(2, 99))
        if p == "x":
            h = fit(h[: 15 - len(suf)] + suf, p)
        elif p == "bluesky":
            h = fit(h.split(".bsky.social")[0] + suf, p)
        else:
            h = fit(h + suf, p)
    USED.add((p, h.lower()))
    return h


# ---------------------------------------------------------------- text transforms
def swap(s):
    cands = [(i, a, b) for i, c in enumerate(s) for a, b in SWAPS if c == a]
    i, a, b = rng.choice(cands)
    return s[:i] + b + s[i + 1:]


def styled(s):
    style = rng.choice(["bold", "sans", "full", "caps", "italic"])
    out = []
    for c in s:
        if style == "caps" and c.isalpha() and c.isascii():
            out.append(SMALL_CAPS[ord(c.lower()) - 97])
        elif c.isascii() and c.isalpha():
            base = {"bold": 0x1D400, "sans": 0x1D5D4, "full": None, "italic": 0x1D608, "caps": None}[style]
            if style == "full":
                out.append(chr(0xFF21 + ord(c) - 65) if c.isupper() else chr(0xFF41 + ord(c) - 97))
            else:
                out.append(chr(base + ord(c) - 65) if c.isupper() else chr(base + 26 + ord(c) - 97))
        else:
            out.append(c)
    r = "".join(out)
    return r


def mixed(s):
    table = rng.choice([CYR, GRK])
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        table = CYR
        idx = [i for i, c in enumerate(s) if c in table]
    chosen = rng.sample(idx, min(len(idx), rng.randint(1, 3)))
    return "".join(table[c] if i in chosen else c for i, c in enumerate(s))


def zero_width(s):
    i = rng.randint(1, len(s) - 1)
    out = s[:i] + rng.choice(ZW) + s[i:]
    if rng.random() < 0.3:
        j = rng.randint(1, len(out) - 1)
        out = out[:j] + rng.choice(ZW) + out[j:]
    return out


def lookalike(t):
    d = t["web_domains"][0]
    stem = d.split(".")[0]
    typo = swap(stem) if any(c in stem for c in "olisem") else stem + stem[-1]
    return rng.choice([stem + "-nhs.uk", stem + "-refunds.com", "nhs-" + stem + ".org", stem + "-careers.online",
                       stem + ".nhs-uk.help", stem + "nhs.info", "patients-" + stem + ".net", stem + "-appeal.org.uk",
                       typo + ".nhs.uk", stem + "-jobs.co.uk", "my" + stem + ".com", stem + ".uk"])


# ---------------------------------------------------------------- impersonations
def pool_for(tactic, n):
    if tactic == "refund_patient_support_scam":
        return REFUND
    if tactic == "jobs_recruitment_scam":
        return JOBS
    if tactic == "donation_scam":
        return DONATE
    return [CLAIM, REFUND, JOBS, DONATE, CLAIM][n % 5]


def make_impersonation(tactic, n, used_text):
    key = KEYS[(n + TACTICS.index(tactic)) % len(KEYS)]
    t = TRUSTS[key]
    if tactic == "dotted_handle":
        p = ["facebook", "instagram", "tiktok"][n % 3]
    else:
        p = POS_PLATFORMS[(n + TACTICS.index(tactic)) % 6]
    single = n % 5 in (1, 3)
    offs = [a for a in t["official_accounts"] if a["platform"] == p] or t["official_accounts"]
    off = rng.choice(offs)
    oh = off["handle"].split(".bsky.social")[0]
    ini = t["initials"]
    alias = rng.choice([t["name"]] + t["aliases"])
    gen_name = rng.choice(GENERIC_NAMES)
    gen_handle = join([rng.choice(GENERIC_STEMS), str(rng.randint(1, 999))], p)

    def pick(pool):
        choices = [x for x in pool if x not in used_text] or pool
        x = rng.choice(choices)
        used_text.add(x)
        return x

    bio = fmt(pick(pool_for(tactic, n)), t)
    gbio = pick(GENERIC).format(w=wa())
    name, handle, desc, elems = alias, gen_handle, bio, ["name", "bio_claim"]
    created, followers = stamp(2023, 2026), rng.randint(0, 480)

    if tactic == "renamed_old_account":
        handle = join([rng.choice(FIRST_NAMES).lower(), rng.choice(HOBBIES) + str(rng.randint(70, 99))], p)
        created, followers = stamp(2010, 2019), rng.randint(500, 24000)
        if single:
            desc, elems = gbio, ["name"]
    elif tactic == "digit_letter_swap":
        alias = rng.choice([x for x in [t["name"]] + t["aliases"] if any(c == a for c in x for a, _ in SWAPS)])
        name = swap(alias)
        if single:
            desc, elems = gbio, ["name"]
        else:
            handle = swap(oh) if any(c in oh for c, _ in SWAPS) else join([ini, "nhs"], p)
            elems = ["name", "handle", "bio_claim"]
    elif tactic == "handle_affix":
        w = rng.choice(AFFIX)
        base = oh if len(oh) + len(w) + 1 <= {"x": 15, "tiktok": 24, "instagram": 30}.get(p, 40) else ini
        handle = join([base, w] if rng.random() < 0.6 else [w, base], p)
        if single:
            name, desc, elems = gen_name, gbio, ["handle"]
        else:
            elems = ["handle", "name", "bio_claim"]
    elif tactic == "exact_name_new_handle":
        name = t["name"]
        if single:
            desc, elems = gbio, ["name"]
        else:
            handle = join([ini, rng.choice(["hospital", "trust", "nhsft", "updates", "community"]) + str(rng.randint(1, 99))], p)
            elems = ["name", "handle", "bio_claim"]
    elif tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
        word = {"refund_patient_support_scam": ["refunds", "patientsupport", "pals", "claims"],
                "jobs_recruitment_scam": ["jobs", "careers", "recruit", "hiring"],
                "donation_scam": ["appeal", "donate", "charity", "fund"]}[tactic]
        if single:
            name, elems = gen_name, ["bio_claim"]
        else:
            name = alias + " " + rng.choice(["Support", "Careers", "Appeal", "Help", "Official", ""])
            name = name.strip()
            handle = join([re.sub(r"\W", "", short(t)).lower()[:8], rng.choice(word)], p)
            elems = ["name", "handle", "bio_claim"]
    elif tactic == "fake_executive":
        ex = rng.choice(REG[key]["executives"])
        role = "CEO" if ex["role"] == "chief_executive" else "Chair"
        name = rng.choice([ex["name"], ex["name"] + " " + role, ex["name"] + " | " + role, ex["name"] + " (Official)"])
        sur = re.sub(r"[^a-z]", "", ex["name"].split()[-1].lower())
        handle = join([rng.choice(["dr", "real", "ceo", "chair", "the"]), sur[:9]], p) if rng.random() < 0.5 else gen_handle
        desc = fmt(pick(EXEC), t)
        elems = ["executive_name", "bio_claim"]
        if single:
            desc, elems = pick(EXEC_GENERIC), ["executive_name"]
    elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
        f = {"zero_width_name": zero_width, "styled_unicode_name": styled, "mixed_script_name": mixed}[tactic]
        src = alias if tactic != "mixed_script_name" else rng.choice([t["name"], t["aliases"][0]])
        name = f(src)
        if single:
            desc, elems = gbio, ["name"]
        else:
            handle = join([oh[:10], rng.choice(AFFIX)], p)
            elems = ["name", "handle", "bio_claim"]
    elif tactic == "copied_official_bio":
        ob = off["bio"]
        variant = n % 4
        if variant == 0:
            desc = ob
        elif variant == 1:
            desc = ob + " " + pick(GENERIC).format(w=wa())
        elif variant == 2:
            desc = ob.replace("Official", "0fficial").replace("official", "officiaI") + " DMs open ✅"
        else:
            desc = ob[: max(40, len(ob) - 12)] + "... WhatsApp " + wa()
        if single:
            name, elems = gen_name, ["bio_claim"]
        else:
            handle = join([ini.lower(), rng.choice(AFFIX)], p)
            elems = ["bio_claim", "name", "handle"]
    elif tactic == "lookalike_domain_bio":
        dom = lookalike(t)
        if single:
            name = gen_name
            desc = rng.choice(["Book & claim online: ", "Apply at ", "Donate securely: ", "Patients start here 👉 ",
                               "Forms and payments: ", "Visit "]) + dom
            elems = ["lookalike_domain"]
        else:
            desc = bio + " 🔗 " + dom
            elems = ["lookalike_domain", "name", "bio_claim"]
    elif tactic == "dotted_handle":
        if p == "facebook" and n % 5 == 0:
            handle = str(rng.randint(10 ** 14, 10 ** 15 - 1))
            name = rng.choice([t["name"]] + t["aliases"])
            elems = ["name", "bio_claim"]
        else:
            core = min((a["handle"] for a in t["official_accounts"] if a["platform"] != "linkedin"), key=len)
            core = core.split(".bsky.social")[0].lower().replace("_", "")
            i = rng.randint(1, len(core) - 1)
            handle = rng.choice([core[:i] + "." + core[i:], core + ".official", "the." + core, core + ".uk", ini.lower() + "." + core[-6:]])
            if "." not in fit(handle, p):
                handle = ini.lower() + "." + rng.choice(AFFIX)
            if single:
                name, desc, elems = gen_name, gbio, ["handle"]
            else:
                elems = ["handle", "name", "bio_claim"]
    elif tactic == "short_stem_affix":
        w = rng.choice(AFFIX)
        handle = join([ini.lower(), w] if rng.random() < 0.7 else [w, ini.lower()], p)
        if p == "x" and rng.random() < 0.5:
            handle = ini + w.capitalize()
        if single:
            name, desc, elems = gen_name, gbio, ["handle"]
        else:
            elems = ["handle", "name", "bio_claim"]
    handle = unique(handle, p)
    acc = {"platform": p, "handle": handle, "display_name": name, "description": desc, "followers": followers,
           "following": rng.randint(0, 2500), "verified": rng.random() < 0.08, "profile_image_url": None,
           "created_at": created, "account_id": acct_id(p)}
    return {"id": "i13-%s-%02d" % (tactic, n), "trust": key, "label": "impersonation", "tactic": tactic, "platform": p,
            "account": acc, "copied_elements": elems}


# ---------------------------------------------------------------- genuine
def genuine(rid, key, group, p, acc):
    return {"id": rid, "trust": key, "label": "genuine", "group": group, "platform": p, "account": acc}


def official_records():
    out = []
    for key in KEYS:
        for j, a in enumerate(REG[key]["official_accounts"]):
            acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"], "description": a["bio"],
                   "followers": a["followers"], "following": a["following"], "verified": a["verified"],
                   "profile_image_url": None, "account_id": a["account_id"]}
            if "created_at" in a:
                acc["created_at"] = a["created_at"]
            out.append(genuine("off13-%s-%d" % (key, j), key, "official", a["platform"], acc))
            spellings = {"x": ["X", "Twitter", " x", "TWITTER", "twitter "], "facebook": ["Facebook"],
                         "instagram": ["INSTAGRAM"], "linkedin": ["LinkedIn"], "tiktok": ["TikTok"],
                         "youtube": ["YouTube"], "bluesky": ["Bluesky"]}[a["platform"]]
            for m, s in enumerate(spellings):
                v = dict(acc)
                v["platform"] = s
                if m % 2 == 1 and a["platform"] in ("x", "facebook"):
                    v["handle"] = a["handle"].lower()
                out.append(genuine("var13-%s-%d-%d" % (key, j, m), key, "official_case_variant", a["platform"], v))
    return out


ADJ_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky", "youtube", "x", "facebook", "instagram"]


def adjacent_records():
    out = []
    n = 0
    for ki, (kind, dn, stem, bios) in enumerate(KINDS):
        for ti, key in enumerate(KEYS):
            t = TRUSTS[key]
            s = t["sites"][(ki + ti) % len(t["sites"])]
            f = FIRST_NAMES[(ki * 7 + ti * 3) % len(FIRST_NAMES)]
            vals = dict(t=short(t), s=s, c=t["city"], i=t["initials"], f=f)
            p = ADJ_PLATFORMS[(ki + ti) % len(ADJ_PLATFORMS)]
            bio = bios[(ki + ti) % len(bios)].format(**vals)
            token = re.sub(r"[^a-z]", "", (f if "{f}" in dn else t["city"]).lower())[:8]
            h = fit(join([stem[:9], token, str(rng.randint(1, 99))], p), p) if p != "youtube" else stem + token
            acc = {"platform": p, "handle": h, "display_name": dn.format(**vals), "description": bio,
                   "followers": rng.randint(10, 30000), "following": rng.randint(10, 4000), "verified": rng.random() < 0.05,
                   "profile_image_url": None, "created_at": stamp(2010, 2025), "account_id": acct_id(p)}
            out.append(genuine("adj13-%s-%d" % (kind, n), key, "nhs_adjacent", p, acc))
            n += 1
    return out


SURN = ["Ashworth", "Begum", "Cartwright", "Dunmore", "Egerton", "Fairclough", "Gill", "Hussain", "Irving", "Jowett",
        "Kaur", "Lomax", "Mistry", "Nuttall", "Oyelaran", "Pickles", "Rahman", "Sutcliffe", "Thorne", "Varley"]


def public_records():
    out = []
    for n, bio in enumerate(BIOS):
        key = KEYS[n % len(KEYS)]
        p = ["x", "instagram", "tiktok", "facebook", "bluesky", "x", "instagram", "youtube", "mastodon"][n % 9]
        f = FIRST_NAMES[n % len(FIRST_NAMES)]
        sn = SURN[(n * 7) % len(SURN)]
        base = rng.choice(["%s%s%d", "%s_%s%d", "%s.%s%d"]) % (f.lower(), sn.lower()[:rng.randint(1, 6)], rng.randint(1, 99))
        if p == "mastodon":
            h = re.sub(r"\W", "_", base) + "@mastodon.social"
        elif p == "youtube":
            h = re.sub(r"[^A-Za-z0-9_.-]", "", base)
        else:
            h = fit(base, p)
        dn = rng.choice([f, f + " " + sn[0] + ".", f + " " + sn, f.lower() + " 🌻", sn + " family"])
        acc = {"platform": p, "handle": h, "display_name": dn, "description": bio, "followers": rng.randint(0, 3000),
               "following": rng.randint(0, 3000), "verified": False, "profile_image_url": None,
               "created_at": stamp(2009, 2026), "account_id": acct_id(p)}
        out.append(genuine("gp-hand13-%d" % n, key, "general_public", p, acc))
    return out


def main():
    recs = []
    used_text = set()
    for tactic in TACTICS:
        for n in range(30):
            recs.append(make_impersonation(tactic, n, used_text))
    recs += official_records()
    recs += adjacent_records()
    recs += public_records()
    pos_keys = {(r["platform"], r["account"]["handle"].lower()) for r in recs if r["label"] == "impersonation"}
    clash = [r["id"] for r in recs if r["label"] == "genuine" and (r["platform"], r["account"]["handle"].lower()) in pos_keys]
    if clash:
        raise SystemExit("genuine handles clash with impersonations: %s" % clash[:5])
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as fh:
        json.dump(REG, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d records" % len(recs))


if __name__ == "__main__":
    main()
