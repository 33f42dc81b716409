#!/usr/bin/env python3
"""Build evaluation set 18 (trusts.json + accounts.jsonl) from the hand-written text in this folder.

Standard library only; fixed seed, so two runs give byte-identical files.
Usage: python3 gen/make_set.py   (from evals/data/impersonation_nhs18, or any directory)
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

import scam_text as S  # noqa: E402
from trusts_data import ABOUT, GEN_ONLY, TRUSTS  # noqa: E402
import genuine_adjacent  # noqa: E402
import genuine_public  # noqa: E402

SEED = 18180518
rng = random.Random(SEED)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle",
           "refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "fake_executive",
           "zero_width_name", "styled_unicode_name", "mixed_script_name", "copied_official_bio",
           "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TKEYS = list(TRUSTS)
ZW_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
AFFIXES = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers",
           "appeal", "pals", "assist", "real", "the", "hq", "staff", "patients", "news"]
HANDLE_RX = {
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
def pick(seq):
    return seq[rng.randrange(len(seq))]


def digits(n, first="123456789"):
    return pick(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def account_id(platform, year):
    if platform == "x":
        return digits(19) if year >= 2016 else digits(rng.choice([9, 10]))
    if platform == "facebook":
        return "1000" + digits(11, "0123456789") if year >= 2019 else digits(15)
    if platform == "instagram":
        return digits(rng.choice([9, 10, 11]))
    if platform == "tiktok":
        return digits(19, "67")
    if platform == "linkedin":
        return digits(rng.choice([5, 6, 7, 8]))
    if platform == "youtube":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(pick(al) for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(pick("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "mastodon":
        return "1" + digits(17, "0123456789")
    raise ValueError(platform)


FIRST_YEAR = {"x": 2009, "facebook": 2009, "instagram": 2012, "tiktok": 2019, "linkedin": 2010,
              "youtube": 2009, "bluesky": 2023, "mastodon": 2017}


def created(platform, lo, hi):
    lo = max(lo, FIRST_YEAR[platform])
    hi = max(hi, lo)
    y = rng.randint(lo, hi)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                               rng.randint(0, 59), rng.randint(0, 59))


def fit_handle(platform, raw):
    """Make a raw handle fit the platform's handle rules (keeps the letters)."""
    h = raw
    if platform == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "_", h)[:15]
    elif platform == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", ".", h).strip(".")
        h = re.sub(r"\.\.+", ".", h)
    elif platform in ("instagram", "tiktok"):
        h = re.sub(r"[^a-z0-9._]", "_", h.lower()).strip(".")
        h = re.sub(r"\.\.+", ".", h)[:24 if platform == "tiktok" else 30].rstrip(".")
    elif platform == "linkedin":
        h = re.sub(r"[^a-z0-9-]", "-", h.lower()).strip("-")
        h = re.sub(r"--+", "-", h)
    elif platform == "bluesky":
        if not h.endswith(".bsky.social") and not re.search(r"\.(com|uk|online|help|org|info|net)$", h):
            h = re.sub(r"[^a-z0-9-]", "-", h.lower()).strip("-")
            h = re.sub(r"--+", "-", h) + ".bsky.social"
    return h


def join(platform, a, b):
    sep = {"x": pick(["", "_"]), "facebook": pick(["", "."]), "instagram": pick(["", "_", "."]),
           "tiktok": pick(["", "_", "."]), "linkedin": "-", "bluesky": "-"}[platform]
    return a + sep + b


def fold(s):
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in "".join(ZW_CHARS))).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b")
    s = s.replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def official_handles(t, platform=None):
    return [a["handle"] for a in t["official_accounts"] if platform is None or a["platform"] == platform]


def base_handle(t, platform):
    own = [h for h in official_handles(t, platform) if len(h) <= 30]
    if own:
        return own[0].split(".bsky.social")[0]
    return official_handles(t, "x")[0]


CLAIM_KEYS = ("{name}", "{short}", "{init}", "{site}", "{site2}", "{charity}")


def fill(tpl, tkey, t):
    """Fill a hand-written template; return text and the identity elements it copies."""
    el = set()
    if any(k in tpl for k in CLAIM_KEYS):
        el.add("bio_claim")
    if "{phone}" in tpl:
        el.add("phone")
    if "{domain}" in tpl:
        el.add("domain")
    if "{look}" in tpl:
        el.add("lookalike_domain")
    if "{ceo}" in tpl or "{chair}" in tpl:
        el.add("executive_name")
    sites = list(t["sites"])
    site = pick(sites)
    site2 = pick([s for s in sites if s != site] or sites)
    ceo = [e["name"] for e in t["executives"] if e["role"] == "chief_executive"][0]
    chair = [e["name"] for e in t["executives"] if e["role"] == "chair"][0]
    vals = dict(name=t["name"], short=t["short"], init=t["initials"], site=site, site2=site2, city=t["city"],
                area=t["area"], region=t["region"], charity=t["charity"], phone=pick(t["phone_numbers"]),
                domain=t["web_domains"][0], look=pick(S.LOOKALIKE_DOMAINS[tkey]), ceo=ceo, chair=chair,
                scamphone="07700 900%03d" % rng.randrange(1000), freephone="0808 157 0%03d" % rng.randrange(1000),
                premium="0909 879 0%03d" % rng.randrange(1000), bad=pick(S.BAD_DOMAINS))
    return tpl.format(**vals), el


# ---------------------------------------------------------------- Unicode tricks
def _range_map(upper_start, lower_start, exceptions=None):
    m = {}
    for i in range(26):
        m[chr(65 + i)] = chr(upper_start + i)
        m[chr(97 + i)] = chr(lower_start + i)
    m.update(exceptions or {})
    return m


STYLES = {
    "bold": _range_map(0x1D400, 0x1D41A),
    "bold_sans": _range_map(0x1D5D4, 0x1D5EE),
    "italic": _range_map(0x1D434, 0x1D44E, {"h": "ℎ"}),
    "double": _range_map(0x1D538, 0x1D552, {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}),
    "mono": _range_map(0x1D670, 0x1D68A),
    "fullwidth": _range_map(0xFF21, 0xFF41),
}
SMALL = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))


def stylise(text):
    mode = pick(["bold", "bold_sans", "italic", "double", "mono", "fullwidth", "small", "bold", "bold_sans"])
    words = text.split(" ")
    how = pick(["all", "all", "first", "some"])
    out = []
    for i, w in enumerate(words):
        do = how == "all" or (how == "first" and i == 0) or (how == "some" and rng.random() < 0.5) or len(words) == 1
        if not do:
            out.append(w)
        elif mode == "small":
            out.append("".join(SMALL.get(c.lower(), c) if c.isalpha() else c for c in w))
        else:
            out.append("".join(STYLES[mode].get(c, c) for c in w))
    res = " ".join(out)
    if res == text:  # make sure something is styled
        res = "".join(STYLES["bold"].get(c, c) for c in text)
    return res


CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
       "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
GRK = {"o": "ο", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
       "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "v": "ν"}


def mix_script(text):
    table = CYR if rng.random() < 0.7 else GRK
    idx = [i for i, c in enumerate(text) if c in table]
    n = min(len(idx), pick([1, 1, 2, 3]))
    chosen = set(rng.sample(idx, n)) if idx else set()
    return "".join(table[c] if i in chosen else c for i, c in enumerate(text))


SWAP = {"o": "0", "O": "0", "l": "1", "i": "1", "I": "1", "s": "5", "S": "5", "e": "3", "E": "3", "a": "4",
        "A": "4", "b": "8", "B": "8", "m": "rn"}


def swap_one(text, lower=False, maxlen=None):
    for _ in range(40):
        idx = [i for i, c in enumerate(text) if c in SWAP or c == "l"]
        if not idx:
            return None
        i = pick(idx)
        c = text[i]
        if c == "l" and rng.random() < 0.5:
            rep = "I"  # capital i for small L
        else:
            rep = SWAP.get(c, "1")
        new = text[:i] + rep + text[i + 1:]
        if lower:
            new = new.lower()
        if maxlen and len(new) > maxlen:
            continue
        if fold(new) == fold(text) and new.lower() != text.lower():
            return new
    return None


# ---------------------------------------------------------------- impersonation builders
def alias_name(t, allow_full=True):
    opts = list(t["aliases"]) + ([t["name"]] if allow_full else [])
    return pick(opts)


def generic_handle(platform, kind="other"):
    pool = S.GENERIC_HANDLES[kind]
    if platform == "x":
        pool = [h for h in pool if len(h) <= 13]
    return fit_handle(platform, pick(pool) + pick(["", "", str(rng.randrange(10, 99))]))


def initials_handle(t, platform, word=None):
    w = word or pick(AFFIXES)
    base = t["initials"].lower() if platform != "x" else t["initials"]
    return fit_handle(platform, join(platform, base, w) if rng.random() < 0.7 else join(platform, w, base))


def build(tactic, tkey, platform):
    t = TRUSTS[tkey]
    el = set()
    extra = {}
    handle = display = bio = None

    def name_or_generic(kind, p_name):
        if rng.random() < p_name:
            el.add("name")
            return alias_name(t)
        return pick(S.GENERIC_DISPLAY[kind])

    def handle_or_generic(p_copy):
        if rng.random() < p_copy:
            el.add("handle")
            return initials_handle(t, platform)
        return generic_handle(platform)

    if tactic == "renamed_old_account":
        handle = fit_handle(platform, pick(S.OLD_HANDLES[platform]))
        display = alias_name(t)
        el.add("name")
        bio, e = fill(pick(S.RENAMED), tkey, t)
        el |= e
        extra["created_at"] = created(platform, 2010, 2019)
        extra["followers"] = rng.randint(500, 48000)
        extra["verified"] = rng.random() < 0.25
    elif tactic == "digit_letter_swap":
        if rng.random() < 0.6:
            base = base_handle(t, platform)
            lower = platform in ("instagram", "tiktok", "linkedin", "bluesky")
            maxlen = 15 if platform == "x" else None
            new = swap_one(base.lower() if lower else base, lower=lower, maxlen=maxlen)
            if platform == "facebook" and new and "rn" not in new and not re.match(HANDLE_RX["facebook"], new):
                new = None
            if new is None:
                return build(tactic, tkey, platform)
            handle = new + (".bsky.social" if platform == "bluesky" else "")
            el.add("handle")
            display = name_or_generic("other", 0.7)
        else:
            src = pick([a for a in [t["name"]] + t["aliases"] if len(a) >= 8])
            display = swap_one(src)
            if display is None or display in [t["name"]] + t["aliases"]:
                return build(tactic, tkey, platform)
            el.add("name")
            handle = handle_or_generic(0.4)
        bio, e = fill(pick(S.DIGIT_SWAP), tkey, t)
        el |= e
    elif tactic == "handle_affix":
        base = base_handle(t, platform)
        if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
            base = base.lower()
        for _ in range(20):
            w = pick(AFFIXES)
            front = w in ("the", "real", "official") or rng.random() >= 0.65
            h = join(platform, w, base) if front else join(platform, base, w)
            h = fit_handle(platform, h)
            if platform == "x" and len(h) > 15 or h.lower() == base.lower() or w not in h.lower():
                continue
            break
        else:
            h = initials_handle(t, platform)
        handle = h
        el.add("handle")
        display = name_or_generic("other", 0.65)
        bio, e = fill(pick(S.AFFIX), tkey, t)
        el |= e
    elif tactic == "exact_name_new_handle":
        display = t["name"]
        el.add("name")
        r = rng.random()
        if r < 0.55:
            handle = generic_handle(platform)
        elif r < 0.8:
            handle = fit_handle(platform, join(platform, t["city"].lower(), pick(["hospital", "nhs", "health",
                                                                                  "hospitals", "nhstrust"])))
        else:
            handle = initials_handle(t, platform)
            el.add("handle")
        bio, e = fill(pick(S.EXACT_NAME), tkey, t)
        el |= e
    elif tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
        kind = {"refund_patient_support_scam": "refund", "jobs_recruitment_scam": "jobs",
                "donation_scam": "donation"}[tactic]
        pool = {"refund": S.REFUND, "jobs": S.JOBS, "donation": S.DONATION}[kind]
        suffix = {"refund": ["Patient Support", "Refunds", "PALS", "Patient Services", "Help Desk"],
                  "jobs": ["Careers", "Recruitment", "Jobs", "HR", "Careers UK"],
                  "donation": ["Appeal", "Charity", "Fund", "Fundraising", "Donations"]}[kind]
        r = rng.random()
        if r < 0.4:
            display = pick(S.GENERIC_DISPLAY[kind])
        elif r < 0.75:
            display = pick([t["short"], t["initials"], pick(t["sites"])]) + " " + pick(suffix)
            el.add("name")
        else:
            display = t["charity"] if kind == "donation" and rng.random() < 0.5 else alias_name(t)
            el.add("name")
        word = {"refund": ["patients", "help", "support", "pals", "care", "assist"],
                "jobs": ["jobs", "careers", "staff", "team"],
                "donation": ["appeal", "care", "trust", "staff"]}[kind]
        if rng.random() < 0.35:
            handle = initials_handle(t, platform, pick(word))
            el.add("handle")
        else:
            handle = generic_handle(platform, kind)
        bio, e = fill(pick(pool), tkey, t)
        el |= e
        if not el:  # a scam page that copies nothing cannot be tied to a Trust: give it the Trust's short name
            display = t["short"] + " " + pick(suffix)
            el.add("name")
    elif tactic == "fake_executive":
        ex = pick(t["executives"]) if rng.random() < 0.4 else t["executives"][0]
        full = ex["name"]
        plain = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", full)
        first, surname = plain.split()[0], plain.split()[-1]
        role = "CEO" if ex["role"] == "chief_executive" else "Chair"
        display = pick([full, full, "%s | %s" % (full, role), "%s %s" % (full, pick(["💙", "🇬🇧", "", "(%s)" % role])),
                        "%s %s" % (first, surname), "%s - %s %s" % (full, role, t["initials"])]).strip()
        el.add("executive_name")
        if t["initials"] in display:
            el.add("name")
        sl = surname.lower().replace("-", "")
        raws = ["%s%s" % (first.lower(), sl), "%s_%s" % (sl, role.lower()), "%s.%s" % (role.lower(), sl),
                "%s%s" % (first[0].lower(), sl), "%s_nhs" % sl, "%s%s" % (sl, rng.randrange(10, 99))]
        if platform == "x":
            raws = [r for r in raws if len(r) <= 15] or [sl[:15]]
        handle = fit_handle(platform, pick(raws))
        other = "Chair" if role == "CEO" else "Chief Exec|CEO"
        bios = [b for b in S.EXEC_BIOS if not re.search(other, b, re.I)]
        bio, e = fill(pick(bios), tkey, t)
        el |= e
    elif tactic == "zero_width_name":
        src = alias_name(t)
        n = pick([1, 1, 2])
        s = src
        for _ in range(n):
            i = rng.randrange(1, len(s))
            s = s[:i] + pick(ZW_CHARS) + s[i:]
        display = s
        el.add("name")
        r = rng.random()
        if r < 0.35:
            handle = generic_handle(platform)
        elif r < 0.6:
            cand = [fit_handle(platform, h) for h in official_handles(t)
                    if h.lower() not in [x.lower() for x in official_handles(t, platform)] and len(h) <= 15]
            cand = [c for c in cand if re.match(HANDLE_RX[platform], c)
                    and c.lower() not in [x.lower() for x in official_handles(t, platform)]]
            handle = pick(cand) if cand else initials_handle(t, platform)
            el.add("handle")
        else:
            handle = initials_handle(t, platform)
            el.add("handle")
        bio, e = fill(pick(S.ZW), tkey, t)
        el |= e
    elif tactic == "styled_unicode_name":
        display = stylise(alias_name(t))
        el.add("name")
        handle = handle_or_generic(0.45)
        bio, e = fill(pick(S.STYLED), tkey, t)
        el |= e
    elif tactic == "mixed_script_name":
        for _ in range(20):
            display = mix_script(alias_name(t))
            sc = {unicodedata.name(c, "").split()[0] for c in display if c.isalpha() and ord(c) > 127}
            if sc & {"CYRILLIC", "GREEK"} and any(c.isascii() and c.isalpha() for c in display):
                break
        el.add("name")
        handle = handle_or_generic(0.45)
        bio, e = fill(pick(S.MIXED), tkey, t)
        el |= e
    elif tactic == "dotted_handle":
        if platform == "facebook" and rng.random() < 0.3:
            handle = "1000" + digits(11, "0123456789")
            display = pick([t["name"]] + t["aliases"])
            el.add("name")
        else:
            init = t["initials"].lower()
            words = [w for w in re.sub(r"[^A-Za-z ]", "", pick(t["aliases"][:1] + t["sites"])).lower().split()
                     if w not in ("and", "of", "the")]
            raw = pick(["%s.nhs" % init, "nhs.%s" % init, "%s.hospital" % init, ".".join(words),
                        ".".join(words) + ".nhs", "%s.nhs.uk" % init, "%s.official" % init,
                        "%s.%s" % (init, t["city"].lower()), "the.%s.nhs" % init])
            handle = fit_handle(platform, raw)
            if "." not in handle:
                handle = fit_handle(platform, "%s.nhs" % init)
            el.add("handle")
            display = name_or_generic("other", 0.7)
        bio, e = fill(pick(S.DOTTED), tkey, t)
        el |= e
    elif tactic == "short_stem_affix":
        handle = initials_handle(t, platform)
        el.add("handle")
        if rng.random() < 0.6:
            display = "%s %s" % (t["initials"], pick(["Help Desk", "Support", "Jobs", "Patients", "Team", "NHS",
                                                     "Careers", "PALS", "Info"]))
            el.add("name")
        else:
            display = pick(S.GENERIC_DISPLAY["other"])
        bio, e = fill(pick(S.SHORT_STEM), tkey, t)
        el |= e
    elif tactic == "copied_official_bio":
        offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
        off = pick(offs)
        pre, post = pick(S.COPY_WRAP)
        body = off["bio"]
        if rng.random() < 0.3:  # small edit inside the copied text
            body = body.replace("Official", "The official", 1).replace("official", "only official", 1)
        bio, e = fill(pre + body.replace("{", "(").replace("}", ")") + post, tkey, t)
        el |= e
        el.add("bio_claim")
        r = rng.random()
        if r < 0.45:
            display = off["display_name"]
            el.add("name")
        elif r < 0.7:
            display = alias_name(t)
            el.add("name")
        else:
            display = pick(S.GENERIC_DISPLAY["other"])
        handle = handle_or_generic(0.4)
    elif tactic == "lookalike_domain_bio":
        bio, e = fill(pick(S.LOOKALIKE), tkey, t)
        el |= e
        kind = pick(["refund", "jobs", "donation", "other"])
        display = name_or_generic(kind, 0.45)
        if rng.random() < 0.35:
            look = re.findall(r"[a-z0-9][a-z0-9.-]*\.(?:uk|com|org|help|online|info|net)\b", bio)
            if platform == "bluesky" and look and rng.random() < 0.5:
                handle = look[0]  # custom-domain handle on Bluesky
            else:
                handle = initials_handle(t, platform)
            el.add("handle")
        else:
            handle = generic_handle(platform, kind)
    else:
        raise ValueError(tactic)
    return handle, display, bio, el, extra


def impersonations():
    recs = []
    used = set((a["platform"], a["handle"].lower()) for t in TRUSTS.values() for a in t["official_accounts"])
    for ti, tactic in enumerate(TACTICS):
        if tactic == "dotted_handle":
            plats = ["facebook", "instagram", "tiktok"]
        elif tactic == "renamed_old_account":
            plats = ["x", "facebook", "instagram", "tiktok", "linkedin"]
        else:
            plats = POS_PLATFORMS
        tk = TKEYS if tactic != "short_stem_affix" else [k for k in TKEYS if len(TRUSTS[k]["initials"]) <= 4]
        slots = []
        for k in range(30):
            slots.append((tk[(k * 7 + ti) % len(tk)], plats[k % len(plats)]))
        if tactic == "renamed_old_account":  # bluesky did not exist before 2020: give its 5 to the others
            pass
        for n, (tkey, platform) in enumerate(slots):
            for attempt in range(50):
                handle, display, bio, el, extra = build(tactic, tkey, platform)
                key = (platform, handle.lower())
                if key not in used and re.match(HANDLE_RX[platform], handle):
                    break
                if attempt > 5 and platform != "x":
                    handle = fit_handle(platform, handle.split(".bsky.social")[0] + str(rng.randrange(2, 99)))
                    key = (platform, handle.lower())
                    if key not in used and re.match(HANDLE_RX[platform], handle):
                        break
            else:
                raise RuntimeError("no handle for %s %s %s" % (tactic, tkey, platform))
            used.add(key)
            year_lo, year_hi = (2023, 2025) if platform == "bluesky" else (2021, 2025)
            cr = extra.get("created_at") or created(platform, year_lo, year_hi)
            acc = {
                "platform": platform,
                "handle": handle,
                "display_name": display,
                "description": bio,
                "followers": extra.get("followers", rng.choice([0, 3, 12, 40, 87, 150, 320, 610, 1200])
                                       + rng.randrange(0, 60)),
                "following": rng.randrange(0, 900),
                "verified": extra.get("verified", rng.random() < (0.15 if platform == "x" else 0.04)),
                "profile_image_url": None,
                "created_at": cr,
                "account_id": account_id(platform, int(cr[:4])) if not handle.isdigit() else handle,
            }
            recs.append({"id": "imp18-%02d-%03d" % (ti + 1, n + 1), "trust": tkey, "label": "impersonation",
                         "tactic": tactic, "platform": platform, "account": acc,
                         "copied_elements": sorted(el)})
    return recs


# ---------------------------------------------------------------- genuine
VARIANT_SPELLINGS = {"facebook": ["Facebook", "FACEBOOK", "FaceBook"], "instagram": ["Instagram", "INSTAGRAM", "InstaGram"],
                     "linkedin": ["LinkedIn", "Linkedin", "LINKEDIN"], "youtube": ["YouTube", "Youtube"],
                     "tiktok": ["TikTok", "Tiktok", "TIKTOK"], "bluesky": ["Bluesky", "BlueSky", "BLUESKY"]}


def official_records():
    recs = []
    n = 0
    for tkey, t in TRUSTS.items():
        for a in t["official_accounts"]:
            acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"],
                   "description": a["bio"], "followers": a["followers"], "following": a["following"],
                   "verified": a["verified"], "profile_image_url": None, "account_id": a["account_id"]}
            if "created_at" in a:
                acc["created_at"] = a["created_at"]
            n += 1
            recs.append({"id": "off18-%03d" % n, "trust": tkey, "label": "genuine", "group": "official",
                         "platform": a["platform"], "account": acc})
    return recs


def variant_records(offs):
    recs = []
    n = 0
    for r in offs:
        p = r["platform"]
        if p == "x":
            spellings = ["X", "Twitter", " x", pick(["TWITTER", "twitter", "tWitter", "X ", "Twitter "])]
        elif p == "bluesky" and "bluesky" not in VARIANT_SPELLINGS:
            spellings = []
        else:
            spellings = [pick(VARIANT_SPELLINGS.get(p, [p.upper()]))]
        for sp in spellings:
            n += 1
            acc = dict(r["account"])
            acc["platform"] = sp
            recs.append({"id": "var18-%03d" % n, "trust": r["trust"], "label": "genuine",
                         "group": "official_case_variant", "platform": p, "account": acc})
    return recs


def parse_block(text):
    rows = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.split(" ¦ ")]
        if len(parts) != 4:
            raise ValueError("bad line: " + line)
        rows.append(parts)
    return rows


def genuine_records(module, group, prefix, counts):
    recs = []
    n = 0
    for tkey, block in module.ACCOUNTS.items():
        for platform, handle, display, bio in parse_block(block):
            n += 1
            lo, hi = counts
            cr = created(platform, 2009, 2025)
            fol = int(rng.lognormvariate(lo, hi))
            acc = {"platform": platform, "handle": handle, "display_name": display, "description": bio,
                   "followers": fol, "following": int(rng.lognormvariate(5.2, 1.0)),
                   "verified": rng.random() < (0.06 if group == "nhs_adjacent" else 0.015),
                   "profile_image_url": None, "created_at": cr, "account_id": account_id(platform, int(cr[:4]))}
            recs.append({"id": "%s-%04d" % (prefix, n), "trust": tkey, "label": "genuine", "group": group,
                         "platform": platform, "account": acc})
    return recs


def main():
    imp = impersonations()
    offs = official_records()
    var = variant_records(offs)
    adj = genuine_records(genuine_adjacent, "nhs_adjacent", "adj18", (6.3, 1.3))
    pub = genuine_records(genuine_public, "general_public", "gp-hand", (5.0, 1.2))
    recs = imp + offs + var + adj + pub
    rng.shuffle(recs)
    register = {"_about": ABOUT}
    for k, t in TRUSTS.items():
        register[k] = {f: v for f, v in t.items() if f not in GEN_ONLY}
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(register, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d records (%d impersonation, %d official, %d variants, %d adjacent, %d public)"
          % (len(recs), len(imp), len(offs), len(var), len(adj), len(pub)))


if __name__ == "__main__":
    main()
