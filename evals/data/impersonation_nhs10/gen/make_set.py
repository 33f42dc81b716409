#!/usr/bin/env python3
"""Rebuild accounts.jsonl and trusts.json for impersonation_nhs10, byte for byte (standard library, seed 1010).

Usage: python3 gen/make_set.py   (from evals/data/impersonation_nhs10/ or anywhere)
"""
import difflib
import json
import os
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import adjacent_text  # noqa: E402
import public_text  # noqa: E402
import register  # noqa: E402
import scam_text as S  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 1010
rng = random.Random(SEED)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle",
           "refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "fake_executive",
           "zero_width_name", "styled_unicode_name", "mixed_script_name", "copied_official_bio",
           "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
PER_TACTIC = 30
SUBTLE_PER_TACTIC = 12
EMPTY_BIO_PUBLIC = 15
AFFIX_WORDS = ["help", "support", "care", "hosp", "team", "info", "uk", "official", "jobs", "nhs", "desk", "helpline",
               "careers", "appeal", "pals", "assist", "ask", "real", "the", "trust", "hq", "staff", "patients", "news"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"
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


# ---------------------------------------------------------------- small helpers
def slug(s):
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())


def fold(s):
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def fit(platform, raw):
    """Shape a raw handle to the platform's rules (length, case, separators)."""
    if platform == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "", raw.replace(".", "_").replace("-", "_"))[:15]
        return h if len(h) >= 4 else (h + "2024")[:15]
    if platform == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", raw.replace("_", ".").replace("-", "."))
        h = re.sub(r"\.+", ".", h).strip(".")[:50]
        return h if len(h) >= 5 else h + "page"
    if platform in ("instagram", "tiktok"):
        h = re.sub(r"[^a-z0-9._]", "", raw.lower().replace("-", "_"))
        h = re.sub(r"\.+", ".", h).strip(".")[:30 if platform == "instagram" else 24].strip(".")
        return h if len(h) >= 3 else h + "uk"
    if platform == "linkedin":
        h = re.sub(r"[^a-z0-9-]", "", raw.lower().replace("_", "-").replace(".", "-"))
        return re.sub(r"-+", "-", h).strip("-") or "page"
    if platform == "bluesky":
        label = re.sub(r"[^a-z0-9-]", "", raw.lower().replace("_", "-").replace(".", "-"))
        label = re.sub(r"-+", "-", label).strip("-")[:40] or "user"
        return label + ".bsky.social"
    if platform == "youtube":
        return re.sub(r"[^A-Za-z0-9_.-]", "", raw)[:30] or "channel"
    if platform == "mastodon":
        return re.sub(r"[^A-Za-z0-9_]", "", raw)[:20] + "@" + rng.choice(["mastodon.social", "mastodonapp.uk", "toot.wales", "mas.to"])
    raise ValueError(platform)


USED = set()


def claim(platform, handle):
    """Reserve a handle, adding digits on a clash. Returns the reserved handle."""
    h = handle
    while (platform, h.lower()) in USED or not re.match(HANDLE_RULES[platform], h):
        base = handle.split(".bsky.social")[0] if platform == "bluesky" else handle
        suffix = str(rng.randint(2, 99))
        if platform == "bluesky":
            h = fit("bluesky", base + suffix)
        elif platform == "x":
            h = base[:13] + suffix
        elif platform == "mastodon":
            u, inst = base.split("@")
            h = u[:18] + suffix + "@" + inst
        else:
            h = fit(platform, base + suffix)
    USED.add((platform, h.lower()))
    return h


def account_id(platform):
    if platform == "x":
        return str(rng.randint(10 ** 9, 10 ** 19))
    if platform == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if platform == "instagram":
        return str(rng.randint(10 ** 7, 10 ** 11 - 1))
    if platform == "tiktok":
        return str(rng.randint(10 ** 18, 10 ** 19 - 1))
    if platform == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8 - 1))
    if platform == "youtube":
        return "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "mastodon":
        return str(rng.randint(10 ** 15, 10 ** 18))
    raise ValueError(platform)


def when(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def drama_mobile():
    return "07700 900%03d" % rng.randint(0, 999)


def plain_name(n):
    return re.sub(r"^(Dr|Professor|Dame|Sir) ", "", n)


# ---------------------------------------------------------------- Trust context
KEYS = list(register.TRUSTS)
T = register.TRUSTS
L = register.LOCAL


def lookalike_ok(d, web_domains):
    return d not in web_domains and any(difflib.SequenceMatcher(None, d, w).ratio() >= 0.6 or w.split(".")[0] in d
                                        for w in web_domains)


for k in KEYS:
    L[k]["lookalikes"] = [d for d in L[k]["lookalikes"] if lookalike_ok(d, T[k]["web_domains"])]
    assert len(L[k]["lookalikes"]) >= 4, k


def ctx(k):
    t, loc = T[k], L[k]
    sites = t["sites"]
    site = rng.choice(sites)
    others = [s for s in sites if s != site] or [t["city"]]
    areas = rng.sample(loc["areas"], 2)
    return {
        "short": loc["short"], "name": t["name"], "ini": t["initials"], "site": site, "site2": rng.choice(others),
        "city": t["city"], "county": loc["county"], "area": areas[0], "area2": areas[1],
        "dom": t["web_domains"][0], "phone": rng.choice(t["phone_numbers"]), "wa": drama_mobile(),
        "tg": rng.choice(["nhs_", "", "uk_"]) + rng.choice(loc["stems"]) + rng.choice(["_jobs", "_help", "team", "_hr", "desk"]),
        "lookdom": rng.choice(loc["lookalikes"]), "ods": t["ods_codes"][0], "charity": loc["charity"],
        "friends": loc["friends"], "icb": loc["icb"], "hw": loc["hw"], "paper": loc["paper"], "radio": loc["radio"],
        "hospice": loc["hospice"], "uni": loc["uni"], "unison": loc["unison"],
    }


def fill(template, c):
    return template.format_map(c)


def elements_of(template):
    """Identity elements a bio template carries by its placeholders."""
    out = []
    if re.search(r"\{(short|name|site|site2|ini|ods)\}", template):
        out.append("bio_claim")
    if "{phone}" in template:
        out.append("phone")
    if "{dom}" in template:
        out.append("domain")
    if "{lookdom}" in template:
        out.append("lookalike_domain")
    return out


def copy_names(k):
    """Display names that copy the Trust: its name, short name and non-initial aliases."""
    t = T[k]
    return [L[k]["short"]] + [a for a in t["aliases"] if not a.isupper()]


def neutral_handle(platform):
    raw = rng.choice(S.NEUTRAL_HANDLE_WORDS) + rng.choice(["", "_", "."]) + str(rng.randint(1, 9999))
    return fit(platform, raw)


def trustlike_handle(k, platform):
    stem = rng.choice(L[k]["stems"])
    raw = rng.choice(["{s}_nhs", "{s}official", "the{s}", "{s}_uk", "{s}nhs1", "{s}team", "{s}.nhs", "{s}_page", "{s}hq",
                      "real{s}", "{s}_info", "{s}news"]).format(s=stem)
    return fit(platform, raw)


def official_handles(k, platform=None):
    return [a[1] for a in T[k]["official_accounts"] if platform is None or a[0] == platform]


# ---------------------------------------------------------------- text transforms
SUBS = {"o": "0", "O": "0", "l": "1", "i": "1", "e": "3", "E": "3", "s": "5", "S": "5", "a": "4", "A": "4", "b": "8",
        "B": "8", "m": "rn"}


def swap(s, lower=False, n=None):
    idx = [i for i, c in enumerate(s) if c in SUBS or (c == "l" and not lower)]
    n = n or rng.choice([1, 1, 2])
    chosen = sorted(rng.sample(idx, min(n, len(idx))), reverse=True)
    out = list(s)
    for i in chosen:
        c = out[i]
        if c == "l" and not lower and rng.random() < 0.5:
            out[i] = "I"
        else:
            out[i] = SUBS[c]
    return "".join(out)


def zero_width(s):
    out = list(s)
    for _ in range(rng.choice([1, 1, 2])):
        pos = rng.randint(1, len(out) - 1)
        out.insert(pos, rng.choice(ZW))
    return "".join(out)


def _map_block(s, upper, lower, digits=None, exceptions=None):
    out = []
    for c in s:
        if exceptions and c in exceptions:
            out.append(exceptions[c])
        elif "A" <= c <= "Z":
            out.append(chr(upper + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(lower + ord(c) - 97))
        elif digits and "0" <= c <= "9":
            out.append(chr(digits + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


SMALL = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
STYLES = [
    lambda s: _map_block(s, 0x1D400, 0x1D41A, 0x1D7CE),                       # bold
    lambda s: _map_block(s, 0x1D5D4, 0x1D5EE, 0x1D7EC),                       # sans bold
    lambda s: _map_block(s, 0x1D468, 0x1D482),                                # bold italic
    lambda s: _map_block(s, 0x1D670, 0x1D68A, 0x1D7F6),                       # monospace
    lambda s: _map_block(s, 0x1D4D0, 0x1D4EA),                                # bold script
    lambda s: _map_block(s, 0x1D56C, 0x1D586),                                # bold fraktur
    lambda s: _map_block(s, 0xFF21, 0xFF41, 0xFF10),                          # fullwidth
    lambda s: "".join(SMALL.get(c.lower(), c) for c in s),                    # small caps
    lambda s: _map_block(s, 0x1D538, 0x1D552, 0x1D7D8,
                         {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}),  # double-struck
    lambda s: _map_block(s, 0x1D608, 0x1D622),                                # sans italic
]

CYR = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "A": "А", "B": "В",
       "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
       "Z": "Ζ", "o": "ο", "v": "ν", "i": "ι"}


def mixed_script(s):
    table = CYR if rng.random() < 0.7 else GRK
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        table = CYR if table is GRK else GRK
        idx = [i for i, c in enumerate(s) if c in table]
    out = list(s)
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2, 3]))):
        out[i] = table[out[i]]
    return "".join(out)


def copied_ratio(bio, official):
    return difflib.SequenceMatcher(None, bio[:len(official) + 5], official).ratio()


def typo(s):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(cand, min(2, len(cand))):
        w = words[i]
        j = rng.randint(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


MUTATIONS = [
    lambda b: b,
    lambda b: b.replace("Official", "0fficial", 1) if "Official" in b else "✅ " + b,
    lambda b: b.replace(" NHS ", " N.H.S ", 1),
    typo,
    lambda b: b.lower(),
    lambda b: re.sub(r"(?i)never", "now", b, count=1) if re.search(r"(?i)never", b) else b.replace("not ", "", 1),
    lambda b: b.replace(". ", ". (New page) ", 1),
    lambda b: b.replace("999", "our WhatsApp line", 1).replace("111", "our helpline", 1),
    lambda b: b.replace("Not monitored 24/7", "Monitored 24/7, message us any time").replace("not monitored", "monitored"),
    lambda b: b.rsplit(". ", 1)[0] + ".",
]


# ---------------------------------------------------------------- impersonations
def slots(tactic):
    trusts = [k for k in KEYS for _ in range(PER_TACTIC // len(KEYS))]
    rng.shuffle(trusts)
    if tactic == "dotted_handle":
        plats = [p for p in ("facebook", "instagram", "tiktok") for _ in range(PER_TACTIC // 3)]
    else:
        plats = [p for p in POS_PLATFORMS for _ in range(PER_TACTIC // len(POS_PLATFORMS))]
    rng.shuffle(plats)
    subtle = set(rng.sample(range(PER_TACTIC), SUBTLE_PER_TACTIC))
    # rank within the full or the subtle cases, so each hand-written text of a pool is used once per tactic
    ranks, seen = [], {True: 0, False: 0}
    for i in range(PER_TACTIC):
        ranks.append(seen[i in subtle])
        seen[i in subtle] += 1
    return [(trusts[i], plats[i], i in subtle, ranks[i]) for i in range(PER_TACTIC)]


def neutral_bio():
    return rng.choice(S.NEUTRAL_BIOS)


def pick(pool, i):
    return pool[i % len(pool)]


SCAM_NAMES = {
    "refund": (["{short} Patient Refunds", "{ini} Patient Support", "{site} Refunds Team", "Patient Support | {short}",
                "{short} Reimbursements", "{short} PALS Team", "{short} Patient Liaison"],
               ["Patient Refund Desk", "NHS Refund Helpdesk", "Patient Support Line", "Hospital Refunds UK",
                "Patient Payments Office", "Refund Team"],
               ["refunds", "patients", "support", "pals", "assist", "helpline"]),
    "jobs": (["{short} Careers", "{short} Recruitment", "{ini} Jobs", "{site} Vacancies", "{short} HR",
              "Careers at {short}", "{short} International Recruitment"],
             ["UK Hospital Jobs", "NHS Careers Hub", "Healthcare Jobs UK", "Care Recruitment Desk", "Hospital Hiring",
              "Nursing Jobs Abroad"],
             ["careers", "jobs", "recruit", "hiring", "hr", "staff"]),
    "donation": (["{short} Charity Appeal", "{charity}", "{site} Appeal", "Support {short}", "{short} Fundraising",
                  "{ini} Hospital Heroes"],
                 ["Hospital Heroes Appeal", "NHS Staff Appeal", "Ward Equipment Fund", "Help Our Hospital",
                  "Children's Ward Appeal", "Nurses Coffee Fund"],
                 ["appeal", "charity", "donate", "fund", "giving", "heroes"]),
}


def scam(kind, full_pool, subtle_pool, k, p, subtle, i, c):
    names, generic_names, words = SCAM_NAMES[kind]
    stem = rng.choice(L[k]["stems"])
    if not subtle:
        tpl = pick(full_pool, i)
        bio = fill(tpl, c)
        name = fill(rng.choice(names), c)
        els = ["name"] + elements_of(tpl)
        if rng.random() < 0.7:
            handle = fit(p, rng.choice(["{s}_{w}", "{s}{w}", "{w}{s}", "{s}.{w}", "{w}_{s}"]).format(s=stem, w=rng.choice(words)))
            els.insert(1, "handle")
        else:
            handle = fit(p, rng.choice(generic_names).lower().replace(" ", "_").replace("'", "").replace("|", "") + str(rng.randint(1, 99)))
        return name, handle, bio, els
    tpl = pick(subtle_pool, i)
    which = ["name", "handle", "bio_claim"][i % 3]
    bio = fill(tpl, c)
    name = fill(rng.choice(generic_names), c)
    handle = fit(p, rng.choice(generic_names).lower().replace(" ", "").replace("'", "") + str(rng.randint(1, 999)))
    if which == "name":
        name = fill(rng.choice(names), c)
    elif which == "handle":
        handle = fit(p, rng.choice(["{s}_{w}", "{s}{w}", "{w}{s}"]).format(s=stem, w=rng.choice(words)))
    else:
        bio = fill(rng.choice(S.SUBTLE_CLAIMS), c) + " " + bio
    return name, handle, bio, [which]


def build_impersonation(tactic, k, p, subtle, i):
    t, loc = T[k], L[k]
    c = ctx(k)
    verified = False
    followers = int(rng.choice([rng.randint(0, 60), rng.randint(20, 400), rng.randint(100, 1500)]))
    created = when(2021, 2025)
    if tactic == "renamed_old_account":
        followers = rng.randint(500, 9000)
        created = when(2010, 2019)
        name = rng.choice(copy_names(k)) + rng.choice(["", "", " (Official)", " NHS", " ✅"])
        if subtle:
            handle, bio, els = fit(p, rng.choice(S.OLD_HANDLES)), neutral_bio(), ["name"]
        else:
            tpl = pick(S.CLAIM_BIOS, i)
            bio = fill(tpl, c)
            if rng.random() < 0.5:
                handle, els = fit(p, rng.choice(S.OLD_HANDLES)), ["name"] + elements_of(tpl)
            else:
                handle, els = trustlike_handle(k, p), ["name", "handle"] + elements_of(tpl)
    elif tactic == "digit_letter_swap":
        src = official_handles(k, p) or official_handles(k, "x")
        src = src[0].split(".bsky.social")[0]
        lower = p in ("instagram", "tiktok", "linkedin", "bluesky")
        base = src.lower() if lower else src
        while True:
            handle = fit(p, swap(base, lower))
            h = handle.split(".bsky.social")[0]
            if fold(h) == fold(src) and h.lower() != src.lower() and (p, handle.lower()) not in USED:
                break
        if subtle:
            name, bio, els = rng.choice(S.NEUTRAL_NAMES), neutral_bio(), ["handle"]
        else:
            tpl = pick(S.CLAIM_BIOS, i + 7)
            src_name = rng.choice(copy_names(k))
            name = swap(src_name)
            bio, els = fill(tpl, c), ["name", "handle"] + elements_of(tpl)
    elif tactic == "handle_affix":
        offs = [h.split(".bsky.social")[0] for h in official_handles(k)]
        tries = 0
        while True:
            tries += 1
            off = rng.choice(offs)
            w = rng.choice(AFFIX_WORDS)
            if tries < 40:
                raw = rng.choice(["{o}_{w}", "{o}{w}", "{w}{o}", "{w}_{o}", "{o}{W}"]).format(o=off, w=w, W=w.title())
            else:  # official handles too long for the platform: initials with the town and an affix
                raw = rng.choice(["{i}_{c}_{W}", "{W}_{i}_{c}", "{i}{c}{W}", "{W}{i}{c}"]).format(
                    i=t["initials"], c=t["city"].replace(" ", ""), W=w.title())
            handle = fit(p, raw)
            sq = lambda s: re.sub(r"[_.\-]", "", s.lower().split(".bsky.social")[0])
            if (any(sq(o) in sq(handle) for o in offs) or t["initials"].lower() in handle.lower()) \
                    and any(a in handle.lower() for a in AFFIX_WORDS) and handle.lower() not in [o.lower() for o in offs]:
                break
        if subtle:
            name, bio, els = rng.choice(S.NEUTRAL_NAMES), neutral_bio(), ["handle"]
        else:
            tpl = pick(S.CLAIM_BIOS, i + 14)
            name = rng.choice(copy_names(k)) + rng.choice([" Support", " Help", " Team", " Info", "", " HQ"])
            bio, els = fill(tpl, c), ["name", "handle"] + elements_of(tpl)
    elif tactic == "exact_name_new_handle":
        name = t["name"]
        if subtle:
            handle, bio, els = neutral_handle(p), neutral_bio(), ["name"]
        else:
            tpl = pick(S.CLAIM_BIOS, i + 21)
            bio = fill(tpl, c)
            if rng.random() < 0.6:
                handle, els = trustlike_handle(k, p), ["name", "handle"] + elements_of(tpl)
            else:
                handle, els = neutral_handle(p), ["name"] + elements_of(tpl)
    elif tactic == "refund_patient_support_scam":
        name, handle, bio, els = scam("refund", S.REFUND_FULL, S.REFUND_SUBTLE, k, p, subtle, i, c)
    elif tactic == "jobs_recruitment_scam":
        name, handle, bio, els = scam("jobs", S.JOBS_FULL, S.JOBS_SUBTLE, k, p, subtle, i, c)
    elif tactic == "donation_scam":
        name, handle, bio, els = scam("donation", S.DONATION_FULL, S.DONATION_SUBTLE, k, p, subtle, i, c)
    elif tactic == "fake_executive":
        role, person = rng.choice(t["executives"])
        first, last = plain_name(person).split()[0], plain_name(person).split()[-1]
        title = person.split()[0] if person.split()[0] in ("Dr", "Professor", "Dame", "Sir") else ""
        role_word = "Chief Executive" if role == "chief_executive" else "Chair"
        if subtle:
            name = rng.choice([person, plain_name(person), first + " " + last, (title + " " + last).strip() if title else first[0] + ". " + last])
            handle = fit(p, rng.choice(["{f}{l}", "{f}_{l}", "{l}{f}", "{f}.{l}", "{fi}{l}"]).format(
                f=first.lower(), l=last.lower(), fi=first[0].lower()) + str(rng.randint(1, 99)))
            bio, els = pick(S.EXEC_SUBTLE, i), ["executive_name"]
        else:
            tpl = pick(S.EXEC_FULL, i)
            c2 = dict(c, role=role_word if rng.random() < 0.7 else ("CEO" if role == "chief_executive" else "Chair"))
            bio = fill(tpl, c2)
            name = rng.choice([person, plain_name(person), person + " | " + role_word, plain_name(person) + " (" + t["initials"] + ")"])
            els = ["executive_name"] + elements_of(tpl)
            if rng.random() < 0.4:
                handle = fit(p, "{l}_{s}".format(l=last.lower(), s=rng.choice(loc["stems"])))
                els.append("handle")
            else:
                handle = fit(p, rng.choice(["{f}{l}ceo", "{f}{l}", "real{f}{l}", "{l}official", "{f}_{l}_nhs"]).format(
                    f=first.lower(), l=last.lower()))
            if "(" + t["initials"] + ")" in name:
                els.append("name")
            verified = p == "x" and rng.random() < 0.3
    elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
        src = rng.choice(copy_names(k) + [t["name"]])
        if tactic == "zero_width_name":
            name = zero_width(src)
        elif tactic == "styled_unicode_name":
            style = rng.choice(STYLES)
            if rng.random() < 0.4 and " " in src:
                parts = src.split(" ")
                j = rng.randrange(len(parts))
                parts[j] = style(parts[j])
                name = " ".join(parts)
            else:
                name = style(src)
            if not any(0x1D400 <= ord(ch) <= 0x1D7FF or 0xFF01 <= ord(ch) <= 0xFF5E or ch in "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢℂℍℕℙℚℝℤℎ" for ch in name):
                name = STYLES[0](src)
        else:
            name = mixed_script(src)
        if subtle:
            handle, bio, els = neutral_handle(p), neutral_bio(), ["name"]
        else:
            tpl = pick(S.CLAIM_BIOS, i + {"zero_width_name": 28, "styled_unicode_name": 35, "mixed_script_name": 42}[tactic])
            handle, bio, els = trustlike_handle(k, p), fill(tpl, c), ["name", "handle"] + elements_of(tpl)
    elif tactic == "copied_official_bio":
        off = rng.choice(t["official_accounts"])
        ob = off[3]
        tail = fill(rng.choice(S.COPY_TAILS), c)
        muts = list(range(len(MUTATIONS)))
        rng.shuffle(muts)
        for m in muts:
            cand = MUTATIONS[m](ob) + tail
            if copied_ratio(cand, ob) >= 0.75:
                bio = cand
                break
        else:
            bio = ob + tail
        if subtle:
            name, handle, els = rng.choice(S.NEUTRAL_NAMES), neutral_handle(p), ["bio_claim"]
        else:
            name = rng.choice([off[2], rng.choice(copy_names(k))])
            handle, els = trustlike_handle(k, p), ["name", "handle", "bio_claim"]
    elif tactic == "lookalike_domain_bio":
        if subtle:
            pool = [b for b in S.LOOKALIKE_BIOS if elements_of(b) == ["lookalike_domain"]]
            tpl = pick(pool, i)
            name, handle, bio, els = rng.choice(S.NEUTRAL_NAMES), neutral_handle(p), fill(tpl, c), ["lookalike_domain"]
        else:
            tpl = pick(S.LOOKALIKE_BIOS, i)
            name = rng.choice(copy_names(k))
            handle, bio = trustlike_handle(k, p), fill(tpl, c)
            els = ["name", "handle"] + [e for e in elements_of(tpl)]
    elif tactic == "dotted_handle":
        numeric = p == "facebook" and i % 4 == 0
        if numeric:
            handle = str(rng.randint(10 ** 14, 10 ** 15 - 1))
            name = rng.choice(copy_names(k))
            if subtle:
                bio, els = neutral_bio(), ["name"]
            else:
                tpl = pick(S.CLAIM_BIOS, i + 3)
                bio, els = fill(tpl, c), ["name"] + elements_of(tpl)
        else:
            words = [w for w in re.split(r"[ &]+", loc["short"].lower()) if w]
            options = [".".join(words), ".".join(words) + ".nhs", "the." + ".".join(words), ".".join(words) + ".official",
                       t["initials"].lower() + "." + "nhs", ".".join(words) + "_uk", "nhs." + "".join(words),
                       rng.choice(loc["stems"]) + "." + rng.choice(["nhs", "trust", "uk", "team", "hospital"])]
            offs = [o.lower() for o in official_handles(k)]
            options = [fit(p, o) for o in options]
            options = [o for o in options if "." in o and o.lower() not in offs]
            handle = rng.choice(options)
            if subtle:
                name, bio, els = rng.choice(S.NEUTRAL_NAMES), neutral_bio(), ["handle"]
            else:
                tpl = pick(S.CLAIM_BIOS, i + 11)
                name = rng.choice(copy_names(k))
                bio, els = fill(tpl, c), ["name", "handle"] + elements_of(tpl)
    elif tactic == "short_stem_affix":
        ini = t["initials"].lower() if p not in ("x", "facebook") else rng.choice([t["initials"], t["initials"].lower()])
        w = rng.choice(AFFIX_WORDS)
        if w in ini.lower() or w == "nhs":
            w = "help"
        raw = rng.choice(["{i}_{w}", "{i}{w}", "{w}{i}", "{w}_{i}", "{i}.{w}", "{i}{W}"]).format(i=ini, w=w, W=w.title())
        handle = fit(p, raw)
        if subtle:
            name, bio, els = rng.choice(S.NEUTRAL_NAMES), neutral_bio(), ["handle"]
        else:
            tpl = pick(S.CLAIM_BIOS, i + 18)
            name = t["initials"] + rng.choice([" " + w.title(), " Help Desk", " Support", " NHS", " Patient Team"])
            bio, els = fill(tpl, c), ["name", "handle"] + elements_of(tpl)
    else:
        raise ValueError(tactic)
    if not subtle and p == "x" and tactic != "fake_executive":
        verified = rng.random() < 0.15
    handle = claim(p, handle) if not (tactic == "dotted_handle" and handle.isdigit()) else handle
    USED.add((p, handle.lower()))
    seen = []
    for e in els:
        if e not in seen:
            seen.append(e)
    assert (len(seen) == 1) == subtle, (tactic, subtle, seen)
    return {
        "trust": k, "label": "impersonation", "tactic": tactic, "platform": p,
        "account": {"platform": p, "handle": handle, "display_name": name, "description": bio,
                    "followers": followers, "following": rng.randint(0, 2500), "verified": verified,
                    "profile_image_url": None, "created_at": created, "account_id": account_id(p)},
        "copied_elements": seen,
    }


# ---------------------------------------------------------------- genuine
X_SPELLINGS = ["TWITTER", "twitter ", "tWitter", " X ", "x ", "Twitter "]
OTHER_SPELLINGS = {"facebook": ["Facebook", "FACEBOOK", "facebook ", " Facebook"],
                   "instagram": ["Instagram", "INSTAGRAM", "instagram ", "InstaGram"],
                   "linkedin": ["LinkedIn", "Linkedin", "LINKEDIN"], "youtube": ["YouTube", "Youtube", "YOUTUBE"],
                   "tiktok": ["TikTok", "Tiktok", "TIKTOK"], "bluesky": ["Bluesky", "BlueSky", "BLUESKY"]}


def register_json():
    out = {"_about": register.ABOUT}
    for k in KEYS:
        t = T[k]
        accs = []
        for (p, h, dn, bio, fol, fing, ver, created) in t["official_accounts"]:
            a = {"platform": p, "handle": h, "account_id": account_id(p), "display_name": dn, "bio": bio,
                 "followers": fol, "following": fing, "verified": ver}
            if created:
                a["created_at"] = created
            accs.append(a)
            USED.add((p, h.lower()))
        out[k] = {"name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"],
                  "aliases": t["aliases"], "initials": t["initials"], "ods_codes": t["ods_codes"],
                  "web_domains": t["web_domains"], "phone_numbers": t["phone_numbers"], "sites": t["sites"],
                  "official_accounts": accs,
                  "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]]}
    return out


def official_records(reg):
    recs = []
    for k in KEYS:
        for a in reg[k]["official_accounts"]:
            acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"],
                   "description": a["bio"], "followers": a["followers"], "following": a["following"],
                   "verified": a["verified"], "profile_image_url": None, "account_id": a["account_id"]}
            if "created_at" in a:
                acc["created_at"] = a["created_at"]
            recs.append({"trust": k, "label": "genuine", "group": "official", "platform": a["platform"], "account": acc})
            if a["platform"] == "x":
                spellings = ["X", "Twitter", " x", rng.choice(X_SPELLINGS)]
            else:
                spellings = [rng.choice(OTHER_SPELLINGS[a["platform"]])]
            for sp in spellings:
                v = dict(acc)
                v["platform"] = sp
                v["handle"] = rng.choice([a["handle"], a["handle"].lower(), a["handle"].upper() if a["platform"] == "x" else a["handle"]])
                recs.append({"trust": k, "label": "genuine", "group": "official_case_variant", "platform": a["platform"],
                             "account": v})
    return recs


def adjacent_records():
    recs = []
    for ti, k in enumerate(KEYS):
        t, loc = T[k], L[k]
        ce = dict(t["executives"])["chief_executive"]
        chair = dict(t["executives"])["chair"]
        for ki, (kind, plats, names, handles, bios) in enumerate(adjacent_text.KINDS):
            c = ctx(k)
            first = rng.choice(public_text.FIRST_NAMES)
            last = rng.choice(public_text.SURNAMES)
            c.update({"person": first + " " + last, "first": first, "last": last, "n": rng.randint(2, 38),
                      "ce_plain": plain_name(ce), "chair_plain": plain_name(chair)})
            hctx = {"stem": rng.choice(loc["stems"][:3]), "sitestem": rng.choice(loc["site_stems"]),
                    "citystem": slug(t["city"]), "areastem": slug(c["area"]), "area2stem": slug(c["area2"]),
                    "countystem": slug(loc["county"]), "icbstem": slug(loc["icb"].replace("NHS ", "")),
                    "hwstem": slug(loc["hw"]), "hospicestem": slug(loc["hospice"]), "paperstem": slug(loc["paper"]),
                    "radiostem": slug(loc["radio"]), "unistem": slug(loc["uni"]), "firstl": slug(first),
                    "lastl": slug(last), "ce_handle": slug(plain_name(ce)), "chair_handle": slug(plain_name(chair)),
                    "n": c["n"]}
            p = rng.choice(plats)
            name = fill(rng.choice(names), c)
            bio = fill(bios[(ti + rng.randint(0, 2)) % len(bios)], c)
            handle = claim(p, fit(p, rng.choice(handles).format_map(hctx)))
            acc = {"platform": p, "handle": handle, "display_name": name, "description": bio,
                   "followers": rng.choice([rng.randint(20, 900), rng.randint(300, 6000), rng.randint(1000, 30000)]),
                   "following": rng.randint(10, 3000), "verified": p == "x" and rng.random() < 0.08,
                   "profile_image_url": None, "created_at": when(2009, 2024), "account_id": account_id(p)}
            recs.append({"trust": k, "label": "genuine", "group": "nhs_adjacent", "platform": p, "account": acc,
                         "_kind": kind})
    return recs


def public_records():
    recs = []
    plats = ["x", "facebook", "instagram", "tiktok", "bluesky", "linkedin", "youtube", "mastodon"]
    weights = [30, 25, 20, 12, 6, 3, 2, 2]
    for i, tpl in enumerate(public_text.PUBLIC_BIOS[:300]):
        k = KEYS[i % len(KEYS)]
        c = ctx(k)
        first = rng.choice(public_text.FIRST_NAMES)
        last = rng.choice(public_text.SURNAMES)
        p = rng.choices(plats, weights)[0]
        name = rng.choice([first + " " + last, first + " " + last[0] + ".", first, first.lower() + " " + last.lower(),
                           first + " 🌻", first + " " + last])
        raw = rng.choice(["{f}{l}", "{f}_{l}", "{f}.{l}", "{f}{n}", "{l}{f}{n}", "{fi}{l}{n}"]).format(
            f=slug(first), l=slug(last), fi=slug(first)[0], n=rng.randint(1, 99))
        handle = claim(p, fit(p, raw))
        acc = {"platform": p, "handle": handle, "display_name": name, "description": fill(tpl, c),
               "followers": rng.choice([rng.randint(0, 150), rng.randint(50, 900), rng.randint(200, 4000)]),
               "following": rng.randint(0, 2000), "verified": False, "profile_image_url": None,
               "created_at": when(2009, 2024), "account_id": account_id(p)}
        recs.append({"trust": k, "label": "genuine", "group": "general_public", "platform": p, "account": acc})
    # Plenty of real people leave the bio empty; without these only impersonators would.
    for i in range(EMPTY_BIO_PUBLIC):
        k = KEYS[i % len(KEYS)]
        first, last = rng.choice(public_text.FIRST_NAMES), rng.choice(public_text.SURNAMES)
        p = rng.choices(plats, weights)[0]
        handle = claim(p, fit(p, slug(first) + rng.choice(["", "_", "."]) + slug(last)[:rng.randint(1, 6)] + str(rng.randint(1, 999))))
        acc = {"platform": p, "handle": handle, "display_name": rng.choice([first + " " + last, first, first.lower()]),
               "description": "", "followers": rng.randint(0, 400), "following": rng.randint(0, 900), "verified": False,
               "profile_image_url": None, "created_at": when(2009, 2025), "account_id": account_id(p)}
        recs.append({"trust": k, "label": "genuine", "group": "general_public", "platform": p, "account": acc})
    return recs


def main():
    reg = register_json()
    genuine_off = official_records(reg)
    imps = []
    for tactic in TACTICS:
        for (k, p, subtle, i) in slots(tactic):
            imps.append(build_impersonation(tactic, k, p, subtle, i))
    adj = adjacent_records()
    pub = public_records()
    rest = genuine_off + imps + adj
    for r in rest:
        r.pop("_kind", None)
    rng.shuffle(rest)
    out = []
    for n, r in enumerate(rest, 1):
        out.append(dict({"id": "n10-%04d" % n}, **r))
    for n, r in enumerate(pub, 1):
        out.append(dict({"id": "gp-n10hand-%04d" % n}, **r))
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(reg, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records (%d impersonation) and %d trusts to %s" % (len(out), len(imps), len(KEYS), OUT))


if __name__ == "__main__":
    main()
