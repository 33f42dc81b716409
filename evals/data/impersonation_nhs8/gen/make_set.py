#!/usr/bin/env python3
"""Rebuild accounts.jsonl and trusts.json of the eighth impersonation evaluation set, byte for byte.

Usage: python3 gen/make_set.py   (standard library only; fixed seed 8008)
"""
import difflib
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import adjacent_kinds  # noqa: E402
import public_bios  # noqa: E402
import register  # noqa: E402
import scam_text as T  # noqa: E402

SEED = 8008
OUT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(SEED)

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
PER_TACTIC = 30
SINGLE_PER_TACTIC = 12          # two in five copy exactly one identity element
ZW = "\u200b\u200c\u200d\u2060\ufeff"
AFFIXES = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers", "appeal",
           "pals", "assist", "ask", "real", "hq", "staff", "patients", "news", "trust", "hosp", "nhs"]
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
MASTODON_HOSTS = ["mastodon.social", "mastodon.online", "med-mastodon.com", "mas.to", "mastodon.me.uk"]


# ---------------------------------------------------------------- small helpers
def pick(seq):
    return seq[rng.randrange(len(seq))]


class Deck:
    """Draw hand-written texts without replacement, reshuffling only when the deck runs out."""

    def __init__(self, items):
        self.items = list(items)
        self.pile = []

    def draw(self):
        if not self.pile:
            self.pile = self.items[:]
            rng.shuffle(self.pile)
        return self.pile.pop()


def account_id(platform):
    if platform == "x":
        return str(rng.randrange(10 ** 9, 10 ** 19))
    if platform == "facebook":
        return str(rng.randrange(10 ** 14, 10 ** 16))
    if platform == "instagram":
        return str(rng.randrange(10 ** 7, 10 ** 11))
    if platform == "tiktok":
        return str(rng.randrange(10 ** 17, 10 ** 19))
    if platform == "linkedin":
        return str(rng.randrange(10 ** 4, 10 ** 8))
    if platform == "youtube":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(pick(alphabet) for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(pick("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    return str(rng.randrange(10 ** 6, 10 ** 17))


def created(lo, hi):
    y = rng.randint(lo, hi)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                               rng.randint(0, 59), rng.randint(0, 59))


def clean_token(w):
    w = unicodedata.normalize("NFKD", w)
    return re.sub(r"[^A-Za-z0-9]", "", w)


def fmt_handle(platform, words, style=None):
    """Join words the way handles are written on `platform`; returns None if it cannot fit."""
    toks = [clean_token(w) for w in words]
    toks = [t for t in toks if t]
    if not toks:
        return None
    style = style if style is not None else rng.randrange(4)
    camel = "".join(t[:1].upper() + t[1:] for t in toks)
    low = [t.lower() for t in toks]
    if platform == "x":
        opts = [camel, "_".join(toks), "".join(low), "_".join(t[:1].upper() + t[1:] for t in toks)]
        h = opts[style % 4]
        if len(h) > 15:
            h = next((o for o in sorted(opts, key=len) if len(o) <= 15), None)
        if h is None:
            # X caps handles at 15 characters: drop filler words and use the abbreviations people use
            short = [ABBREV.get(t.lower(), t) for t in toks if t.lower() not in FILLER] or toks
            words_only = [x for x in short if not x.isdigit()] or short
            digits = "".join(x for x in short if x.isdigit())
            opts = ["".join(x[:1].upper() + x[1:] for x in short), "_".join(short)]
            for cut in range(1, len(words_only) - 1):   # keep the first and last words, drop the middle ones
                kept = words_only[:1] + words_only[1 + cut:]
                opts.append("".join(x[:1].upper() + x[1:] for x in kept) + digits)
            h = next((o for o in opts if 4 <= len(o) <= 15), None)
            if h is None:
                h = ("".join(x[:1].upper() for x in words_only[:-1]) + words_only[-1][:1].upper() + words_only[-1][1:])[:15 - len(digits)] + digits
        return h if len(h) >= 4 else h + str(rng.randint(10, 99))
    if platform == "facebook":
        opts = [camel, ".".join(low), "".join(low), camel]
        h = opts[style % 4]
        return h if len(h) >= 5 else h + str(rng.randint(100, 999))
    if platform in ("instagram", "tiktok"):
        opts = [".".join(low), "_".join(low), "".join(low), "_".join(low)]
        h = opts[style % 4]
        limit = 30 if platform == "instagram" else 24
        if len(h) > limit:
            h = "".join(low)[:limit]
        return h
    if platform == "linkedin":
        h = "-".join(low)
        return h if len(h) >= 3 else h + "-uk"
    if platform == "bluesky":
        return "-".join(low)[:63] + ".bsky.social"
    if platform == "youtube":
        return (camel if style % 2 == 0 else "".join(low))[:30]
    if platform == "mastodon":
        return "_".join(low) + "@" + pick(MASTODON_HOSTS)
    raise ValueError(platform)


FILLER = {"of", "the", "and", "in", "for", "at", "to"}
ABBREV = {"network": "Net", "division": "Div", "hospital": "Hosp", "hospitals": "Hosps", "infection": "Inf", "prevention": "Prev",
          "community": "Comm", "research": "Res", "education": "Edu", "volunteers": "Vols", "university": "Uni", "teaching": "Teach",
          "healthcare": "HC", "recruitment": "Recruit", "apprenticeships": "Apprentices", "wellbeing": "WB", "partnership": "P",
          "children": "Kids", "primary": "Prim", "practice": "Prac", "educators": "Eds", "placements": "Placemts",
          "counter": "Counter", "neurodiversity": "ND", "disability": "Disab", "medical": "Med", "services": "Svcs",
          "residential": "Res", "gloucestershire": "Glos", "hertfordshire": "Herts", "warwickshire": "Warks", "birmingham": "Brum",
          "scarborough": "Scarb", "chaplaincy": "Chaplains", "maternity": "Mat", "information": "Info", "official": "Off",
          "centre": "Ctr", "support": "Supp", "patient": "Pt", "staffing": "Staff", "catering": "Cater", "fellowship": "Fellows"}


def handle_ok(platform, h):
    return h is not None and re.match(HANDLE_RULES[platform], h) is not None


def fold(s):
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def squash(s):
    return re.sub(r"[_.\-]", "", s.lower().split(".bsky.social")[0])


# ---------------------------------------------------------------- register
TRUSTS = {}
for t in register.TRUSTS:
    entry = {k: t[k] for k in ("name", "type", "region", "city", "aliases", "initials", "ods_codes", "web_domains",
                               "phone_numbers", "sites")}
    accounts = []
    for platform, handle, display, bio in t["official"]:
        acc = {"platform": platform, "handle": handle, "account_id": account_id(platform), "display_name": display, "bio": bio,
               "followers": rng.randint(2500, 160000), "following": rng.randint(150, 3000),
               "verified": platform in ("x", "facebook", "instagram", "youtube") and rng.random() < 0.8}
        if platform != "linkedin":
            acc["created_at"] = created(2009, 2017 if platform != "bluesky" else 2023)
        if platform == "bluesky":
            acc["created_at"] = created(2023, 2024)
        accounts.append(acc)
    entry["official_accounts"] = accounts
    entry["executives"] = [{"role": role, "name": nm, "invented": True} for role, nm in t["executives"]]
    TRUSTS[t["key"]] = entry
LOCAL = {t["key"]: t["local"] for t in register.TRUSTS}
KEYS = list(TRUSTS)
OFFICIAL_KEYS = {(a["platform"], a["handle"].lower()) for t in TRUSTS.values() for a in t["official_accounts"]}

# ---------------------------------------------------------------- fill-ins for impersonation wording
SHORT_EXTRA = {
    "iow": ["Isle of Wight NHS", "IOW NHS", "St Mary's Hospital", "IOW NHS Trust"],
    "uhcw": ["UHCW", "UHCW NHS", "University Hospital Coventry", "Coventry Hospital"],
    "imperial": ["Imperial NHS", "Imperial College Healthcare", "ICHT", "St Mary's Paddington"],
    "walton": ["The Walton Centre", "Walton Centre", "Walton Centre NHS", "TWC"],
    "hpft": ["HPFT", "Hertfordshire Partnership", "HPFT NHS", "Herts Partnership NHS"],
    "nchc": ["NCHC", "Norfolk Community Health", "NCH&C", "Norfolk Community Health and Care"],
    "nbt": ["North Bristol NHS", "NBT", "Southmead Hospital", "North Bristol Trust"],
    "york": ["York Hospital", "York & Scarborough NHS", "YSTH", "York Teaching Hospital"],
    "humber": ["Humber NHS", "Humber Teaching", "HTFT", "Humber NHS FT"],
    "bsmhft": ["BSMHFT", "Birmingham Mental Health NHS", "BSMH", "Birmingham & Solihull Mental Health"],
}
SITE_WORDS = {
    "iow": [["st", "marys", "iow"], ["iow", "ambulance"], ["sevenacres"], ["stmarys", "newport"]],
    "uhcw": [["uhc", "coventry"], ["st", "cross", "rugby"], ["walsgrave"], ["coventry", "hospital"]],
    "imperial": [["charing", "cross"], ["hammersmith", "hosp"], ["st", "marys", "w2"], ["queen", "charlottes"]],
    "walton": [["walton", "centre"], ["sid", "watkins"], ["walton", "neuro"], ["waltoncentre"]],
    "hpft": [["kingfisher", "court"], ["albany", "lodge"], ["herts", "mental", "health"], ["hpft"]],
    "nchc": [["norwich", "community", "hosp"], ["kelling", "hospital"], ["swaffham", "hosp"], ["norfolk", "chc"]],
    "nbt": [["southmead"], ["southmead", "hospital"], ["cossham"], ["north", "bristol"]],
    "york": [["york", "hospital"], ["scarborough", "hosp"], ["bridlington", "hosp"], ["york", "scarborough"]],
    "humber": [["humber", "nhs"], ["miranda", "house"], ["whitby", "hospital"], ["humber", "teaching"]],
    "bsmhft": [["bsmhft"], ["barberry", "centre"], ["birmingham", "mental", "health"], ["solihull", "mental", "health"]],
}
AMOUNTS = ["£250", "£480", "£1,200", "£75", "£3,000", "£150", "£620", "£95", "£1,850", "£400", "£2,500", "£320"]
TG_CONTACTS = ["@patient_desk_uk", "@nhs_claims_team", "@hr_recruit_uk", "@care_support_247", "@refund_agent_01",
               "@uk_health_jobs", "@appeal_team_uk", "@help_desk_nhs", "@careers_fasttrack", "@donate_direct_uk"]


def wa_number():
    return "07700 900%03d" % rng.randint(0, 999)


def exec_of(key, role=None):
    ex = TRUSTS[key]["executives"]
    e = pick(ex) if role is None else next(x for x in ex if x["role"] == role)
    return e


def role_title(role):
    return pick(["Chief Executive", "CEO", "Chief Executive Officer"]) if role == "chief_executive" else pick(["Chair", "Trust Chair", "Chairman"])


def lookalike_domain(key):
    real = TRUSTS[key]["web_domains"][0]
    stem = real.split(".")[0]
    for _ in range(50):
        d = pick(T.LOOKALIKE_SHAPES).format(s=stem, w=real)
        if d != real and (difflib.SequenceMatcher(None, d, real).ratio() >= 0.6 or stem in d):
            return d
    raise AssertionError(key)


def fill(text, key, **extra):
    t = TRUSTS[key]
    e = exec_of(key)
    values = {"name": t["name"], "short": pick(SHORT_EXTRA[key]), "site": pick(t["sites"]), "init": t["initials"],
              "city": t["city"], "exec": e["name"], "role": role_title(e["role"]), "wa": wa_number(), "tg": pick(TG_CONTACTS),
              "dom": lookalike_domain(key), "amt": pick(AMOUNTS)}
    values.update(extra)
    return text.format(**values).replace("NHS NHS", "NHS")


# ---------------------------------------------------------------- impersonations
records = []
imp_keys = set()


def impersonation(tactic, key, platform, handle, display, desc, elements, followers=None, created_at=None, verified=None):
    assert handle_ok(platform, handle), (tactic, platform, handle)
    k = (platform, handle.lower())
    assert k not in imp_keys and k not in OFFICIAL_KEYS, (tactic, k)
    imp_keys.add(k)
    acc = {"platform": platform, "handle": handle, "display_name": display, "description": desc,
           "followers": followers if followers is not None else int(rng.choice([rng.randint(0, 60), rng.randint(20, 900), rng.randint(100, 4000)])),
           "following": rng.randint(0, 2500),
           "verified": verified if verified is not None else (platform in ("x", "instagram", "facebook") and rng.random() < 0.12),
           "profile_image_url": None,
           "created_at": created_at or created(2022, 2025), "account_id": account_id(platform)}
    records.append({"id": None, "trust": key, "label": "impersonation", "tactic": tactic, "platform": platform,
                    "account": acc, "copied_elements": sorted(set(elements))})


def unique_handle(platform, make, tries=40):
    """Call make() until it yields a handle that is valid and not yet used by any impersonation or official account."""
    for _ in range(tries):
        h = make()
        if handle_ok(platform, h) and (platform, h.lower()) not in imp_keys and (platform, h.lower()) not in OFFICIAL_KEYS:
            return h
    raise AssertionError("no handle for %s %s" % (platform, [make() for _ in range(3)]))


def official_handle_for(key, platform):
    offs = TRUSTS[key]["official_accounts"]
    same = [a["handle"] for a in offs if a["platform"] == platform]
    if same:
        return same[0].split(".bsky.social")[0]
    return next(a["handle"] for a in offs if a["platform"] == "x")


def neutral_handle(platform):
    return unique_handle(platform, lambda: fmt_handle(platform, neutral_words() + [str(rng.randint(1, 999))]))


def neutral_words():
    return pick([["community", "updates"], ["health", "news", "hub"], ["local", "info"], ["patient", "voice"],
                  ["care", "corner"], ["daily", "health"], ["wellbeing", "page"], ["news", "point"], ["the", "notice", "board"],
                  ["good", "news", "daily"], ["info", "centre"], ["public", "updates"], ["health", "matters"]])


def trust_display(key):
    t = TRUSTS[key]
    return pick([t["name"], t["aliases"][0], pick(t["aliases"]), pick(SHORT_EXTRA[key]), pick(t["sites"]),
                 pick(SHORT_EXTRA[key]) + " " + pick(["Updates", "News", "Official", "✅", "💙", "Page"])])


MULTI_BIO = Deck(T.TRUST_CLAIM + T.REFUND_CLAIM[:8] + T.JOBS_CLAIM[:8] + T.DONATION_CLAIM[:8])
NEUTRAL_BIO = Deck(T.NEUTRAL)
NEUTRAL_NAME = Deck(T.NEUTRAL_NAMES)


def plan(tactic, platforms=POS_PLATFORMS):
    """Trust, platform and single-element flag for each of the tactic's records."""
    trusts = [k for k in KEYS for _ in range(PER_TACTIC // len(KEYS))]
    rng.shuffle(trusts)
    plats = [platforms[i % len(platforms)] for i in range(PER_TACTIC)]
    rng.shuffle(plats)
    singles = [True] * SINGLE_PER_TACTIC + [False] * (PER_TACTIC - SINGLE_PER_TACTIC)
    rng.shuffle(singles)
    return list(zip(trusts, plats, singles))


def extra_elements(key, desc, elements):
    """Sometimes add the Trust's real phone number or domain to a multi-element bio."""
    r = rng.random()
    if r < 0.15:
        desc = desc + " " + pick(["☎️", "Call", "Tel:", "Ring us:"]) + " " + pick(TRUSTS[key]["phone_numbers"])
        elements = elements + ["phone"]
    elif r < 0.25:
        desc = desc + " " + pick(["www.", "", "🌐 "]) + TRUSTS[key]["web_domains"][0]
        elements = elements + ["domain"]
    return desc, elements


# renamed_old_account
old = T.OLD_ACCOUNTS[:]
rng.shuffle(old)
for i, (key, platform, single) in enumerate(plan("renamed_old_account")):
    words, old_bio = old[i]
    handle = unique_handle(platform, lambda: fmt_handle(platform, words + ([str(rng.randint(2010, 2019))] if rng.random() < 0.4 else [])))
    display = trust_display(key)
    if single:
        desc, els = old_bio, ["name"]
    else:
        desc, els = fill(MULTI_BIO.draw(), key), ["name", "bio_claim"]
        desc, els = extra_elements(key, desc, els)
    impersonation("renamed_old_account", key, platform, handle, display, desc, els,
                  followers=rng.randint(500, 48000), created_at=created(2010, 2019), verified=rng.random() < 0.2)

# digit_letter_swap
SWAPS = [("o", "0"), ("O", "0"), ("l", "1"), ("i", "1"), ("I", "l"), ("l", "I"), ("e", "3"), ("s", "5"), ("S", "5"),
         ("a", "4"), ("b", "8"), ("B", "8"), ("m", "rn"), ("E", "3")]


def swapped(text, n=1, lowercase=False):
    for _ in range(60):
        out = text
        done = 0
        for a, b in rng.sample(SWAPS, len(SWAPS)):
            if lowercase and (a.isupper() or b.isupper()):
                continue
            idx = [m.start() for m in re.finditer(re.escape(a), out)]
            if idx:
                j = pick(idx)
                out = out[:j] + b + out[j + len(a):]
                done += 1
                if done >= n:
                    break
        if out != text and fold(out) == fold(text):
            return out
    return None


for key, platform, single in plan("digit_letter_swap"):
    t = TRUSTS[key]
    base = official_handle_for(key, platform)
    if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
        base = re.sub(r"[^a-z0-9._]", "", base.lower()) if platform in ("instagram", "tiktok") else re.sub(r"[^a-z0-9-]", "", base.lower())

    def make_swapped():
        h = swapped(base, n=rng.choice([1, 1, 2]), lowercase=platform not in ("x", "facebook"))
        if h is None:
            return None
        if platform == "facebook":
            h = h.replace("_", "")
        if rng.random() < 0.35:   # a separator as well, as in "uhcw.nh5"
            sep = {"x": "_", "facebook": ".", "instagram": pick("._"), "tiktok": pick("._"), "linkedin": "-", "bluesky": "-"}[platform]
            j = rng.randrange(1, len(h))
            if h[j - 1] not in "._-" and h[j] not in "._-":
                h = h[:j] + sep + h[j:]
        return h + ".bsky.social" if platform == "bluesky" else h

    mode = "handle" if not single else rng.choice(["handle", "handle", "name"])
    if mode == "name":
        display = swapped(pick([t["name"], t["aliases"][0]] + [a for a in t["aliases"] if len(a) > 5]), n=rng.choice([1, 2]))
        handle = neutral_handle(platform)
        impersonation("digit_letter_swap", key, platform, handle, display, NEUTRAL_BIO.draw(), ["name"])
        continue
    handle = unique_handle(platform, make_swapped)
    if single:
        impersonation("digit_letter_swap", key, platform, handle, NEUTRAL_NAME.draw(), NEUTRAL_BIO.draw(), ["handle"])
    else:
        display = rng.choice([trust_display(key), swapped(t["name"]) or t["name"]])
        desc, els = extra_elements(key, fill(MULTI_BIO.draw(), key), ["handle", "name", "bio_claim"])
        impersonation("digit_letter_swap", key, platform, handle, display, desc, els)

# handle_affix
for key, platform, single in plan("handle_affix"):
    t = TRUSTS[key]
    base = official_handle_for(key, platform)

    def make_affix():
        aff = pick(AFFIXES[:-1])
        b = base
        if platform in ("instagram", "tiktok"):
            b = b.lower()
            sep = pick(["_", ".", ""])
        elif platform in ("linkedin", "bluesky"):
            b = re.sub(r"[^a-z0-9-]", "", b.lower())
            sep = "-"
        elif platform == "facebook":
            b = b.replace("_", "")
            sep = pick(["", "."])
            aff = aff.capitalize() if rng.random() < 0.5 else aff
        else:
            sep = pick(["_", ""])
            aff = aff.capitalize() if rng.random() < 0.5 else aff
        h = (b + sep + aff) if rng.random() < 0.7 else (aff + sep + b)
        if platform == "x" and len(h) > 15:
            h = t["initials"] + pick(["NHS", "_NHS", ""]) + sep + aff
            if len(h) > 15:
                return None
        return h + ".bsky.social" if platform == "bluesky" else h

    handle = unique_handle(platform, make_affix)
    if single:
        impersonation("handle_affix", key, platform, handle, NEUTRAL_NAME.draw(), NEUTRAL_BIO.draw(), ["handle"])
    else:
        desc, els = extra_elements(key, fill(MULTI_BIO.draw(), key), ["handle", "name", "bio_claim"])
        impersonation("handle_affix", key, platform, handle, trust_display(key), desc, els)

# exact_name_new_handle
for key, platform, single in plan("exact_name_new_handle"):
    t = TRUSTS[key]
    if single:
        handle = neutral_handle(platform)
        impersonation("exact_name_new_handle", key, platform, handle, t["name"], NEUTRAL_BIO.draw(), ["name"])
    else:
        words = pick(SITE_WORDS[key]) + [pick(["page", "updates", "news", "online", "official", "info", "2024", "uk"])]
        handle = unique_handle(platform, lambda: fmt_handle(platform, words + ([str(rng.randint(1, 99))] if rng.random() < 0.5 else [])))
        desc, els = extra_elements(key, fill(MULTI_BIO.draw(), key), ["name", "handle", "bio_claim"])
        impersonation("exact_name_new_handle", key, platform, handle, t["name"], desc, els)

# the three scam tactics
SCAM = {
    "refund_patient_support_scam": (T.REFUND_CLAIM, T.REFUND_GENERIC,
                                    ["{short} Patient Refunds", "{init} Refund Desk", "{site} Patient Support", "{short} Reimbursements",
                                     "Patient Support | {short}", "{short} Hardship Fund", "{init} Patient Finance ✅", "{site} Compensation Team",
                                     "{short} Carers Fund", "{short} PALS Refunds", "{short} Patient Welfare"],
                                    ["Patient Refunds UK", "Refund Desk", "Claims Helpdesk", "Patient Support Payments", "Hospital Refunds",
                                     "Hardship Grants", "Welfare Payments Team", "Refund Assist"],
                                    ["refunds", "patient support", "claims", "reimburse", "welfare", "patient help", "hardship fund", "pals refunds"]),
    "jobs_recruitment_scam": (T.JOBS_CLAIM, T.JOBS_GENERIC,
                              ["{short} Careers", "{init} Jobs ✅", "{short} Recruitment", "Careers at {site}", "{short} HR Team",
                               "{init} International Recruitment", "{short} Nursing Jobs", "Jobs | {short}", "{site} Vacancies",
                               "{short} Talent Team", "{init} Careers Hub"],
                              ["UK Health Jobs", "Careers Desk", "Nurse Jobs UK", "Hospital Vacancies", "Care Jobs Sponsorship",
                               "Health Recruitment", "Jobs Board", "Sponsored Jobs UK"],
                              ["careers", "jobs", "recruitment", "hr team", "vacancies", "nursing jobs", "hiring", "talent"]),
    "donation_scam": (T.DONATION_CLAIM, T.DONATION_GENERIC,
                      ["{short} Appeal", "{site} Charity", "{init} Fundraising", "{short} Christmas Appeal 🎄", "Friends of {site} 💙",
                       "{short} Giving", "{site} Children's Appeal", "{short} Charity (Official)", "{init} Hospital Fund", "Support {short}",
                       "{short} Ward Appeal"],
                      ["Hospital Appeal", "Ward Appeal Fund", "Kind Hearts Appeal", "Children's Ward Fund", "NHS Heroes Fund",
                       "Care Package Appeal", "Giving Hub", "Hope Appeal"],
                      ["appeal", "charity", "fundraising", "donate", "giving", "ward appeal", "christmas appeal", "fund"]),
}
for tactic, (claims, generic, names, generic_names, handle_words) in SCAM.items():
    claim_deck, generic_deck = Deck(claims), Deck(generic)
    name_deck, gname_deck = Deck(names), Deck(generic_names)
    for key, platform, single in plan(tactic):
        t = TRUSTS[key]
        stem = pick([[t["initials"]], pick(SITE_WORDS[key]), [t["initials"], "nhs"]])
        trust_handle = lambda: fmt_handle(platform, stem + pick(handle_words).split() + ([str(rng.randint(1, 99))] if rng.random() < 0.3 else []))
        generic_handle = lambda: fmt_handle(platform, pick(handle_words).split() + pick([["uk"], ["desk"], ["247"], ["online"], []]) + [str(rng.randint(1, 999))])
        if single:
            element = pick(["handle", "name", "bio_claim", "bio_claim", "lookalike_domain", "phone", "handle", "name"])
            handle = unique_handle(platform, trust_handle if element == "handle" else generic_handle)
            display = fill(name_deck.draw(), key) if element == "name" else gname_deck.draw()
            if element == "bio_claim":
                desc = fill(claim_deck.draw(), key)
            else:
                desc = fill(generic_deck.draw(), key)
                if element == "lookalike_domain":
                    desc += " " + pick(["👉", "Apply:", "Link:", "➡️", "Visit"]) + " " + lookalike_domain(key)
                elif element == "phone":
                    desc += " " + pick(["Call", "☎️", "Tel", "Ring"]) + " " + pick(t["phone_numbers"])
            impersonation(tactic, key, platform, handle, display, desc, [element])
        else:
            handle = unique_handle(platform, trust_handle)
            desc, els = fill(claim_deck.draw(), key), ["handle", "name", "bio_claim"]
            if rng.random() < 0.3:
                desc += " " + pick(["More:", "🔗", "Apply at", "Visit"]) + " " + lookalike_domain(key)
                els.append("lookalike_domain")
            else:
                desc, els = extra_elements(key, desc, els)
            impersonation(tactic, key, platform, handle, fill(name_deck.draw(), key), desc, els)

# fake_executive
exec_claims, exec_neutral = Deck(T.EXEC_CLAIM), Deck(T.EXEC_NEUTRAL)
for key, platform, single in plan("fake_executive"):
    t = TRUSTS[key]
    e = exec_of(key)
    full = e["name"]
    bare = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", full)
    first, surname = bare.split()[0], bare.split()[-1]
    title = full.split()[0] if full.split()[0] in ("Dr", "Professor", "Dame", "Sir") else ""
    if single:
        display = pick([full, bare, bare, first + " " + surname])
    else:
        display = pick([full, bare, full + " | " + t["initials"], bare + " " + pick(["CEO", "(Chair)", "💙", "- " + t["initials"] + " NHS"]),
                        first[0] + ". " + surname, (title + " " if title else "") + surname])
    words = pick([[first, surname], [surname], [first[0], surname], [title or "the", surname], [surname, pick(["ceo", "chair", "nhs", "official"])],
                  [first, surname, pick(["nhs", "uk", "1"])]])
    handle = unique_handle(platform, lambda: fmt_handle(platform, words + ([str(rng.randint(1, 99))] if rng.random() < 0.4 else [])))
    if single:
        impersonation("fake_executive", key, platform, handle, display, exec_neutral.draw(), ["executive_name"])
    else:
        desc = fill(exec_claims.draw(), key, role=role_title(e["role"]))
        els = ["executive_name", "bio_claim"]
        if t["initials"] in display or any(s in display for s in SHORT_EXTRA[key]):
            els.append("name")
        desc, els = extra_elements(key, desc, els)
        impersonation("fake_executive", key, platform, handle, display, desc, els)


# zero_width_name, styled_unicode_name, mixed_script_name: the copied name is altered in its characters
def with_zero_width(s):
    pos = [i for i in range(1, len(s)) if s[i - 1] != " " or rng.random() < 0.3]
    out = list(s)
    for j in sorted(rng.sample(pos, min(len(pos), rng.choice([1, 1, 2, 3]))), reverse=True):
        out.insert(j, pick(ZW))
    return "".join(out)


STYLES = {"bold": (0x1D400, 0x1D41A, 0x1D7CE), "italic": (0x1D434, 0x1D44E, None), "bold_italic": (0x1D468, 0x1D482, None),
          "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC), "script_bold": (0x1D4D0, 0x1D4EA, None), "mono": (0x1D670, 0x1D68A, 0x1D7F6),
          "double": (0x1D538, 0x1D552, 0x1D7D8), "fullwidth": (0xFF21, 0xFF41, 0xFF10), "sans_italic": (0x1D608, 0x1D622, None)}
DOUBLE_EXC = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))


def style_word(w, style):
    if style == "smallcaps":
        return w[0] + "".join(SMALL_CAPS.get(c.lower(), c) for c in w[1:]) if len(w) > 1 else SMALL_CAPS.get(w.lower(), w)
    up, low, dig = STYLES[style]
    out = []
    for c in w:
        if style == "double" and c in DOUBLE_EXC:
            out.append(DOUBLE_EXC[c])
        elif style == "italic" and c == "h":
            out.append("ℎ")
        elif "A" <= c <= "Z":
            out.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(low + ord(c) - 97))
        elif "0" <= c <= "9" and dig:
            out.append(chr(dig + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def styled(s):
    style = pick(list(STYLES) + ["smallcaps", "smallcaps"])
    words = s.split(" ")
    if rng.random() < 0.4 and len(words) > 1:   # style only some words
        idx = set(rng.sample(range(len(words)), max(1, len(words) // 2)))
        return " ".join(style_word(w, style) if i in idx and len(w) > 1 else w for i, w in enumerate(words))
    return " ".join(style_word(w, style) for w in words)


LOOKS = {"a": ["а"], "c": ["с"], "e": ["е"], "o": ["о", "ο"], "p": ["р"], "x": ["х"], "y": ["у"], "i": ["і"], "A": ["А", "Α"],
         "B": ["В", "Β"], "C": ["С"], "E": ["Е", "Ε"], "H": ["Н", "Η"], "K": ["К", "Κ"], "M": ["М", "Μ"], "N": ["Ν"], "O": ["О", "Ο"],
         "P": ["Р", "Ρ"], "T": ["Т", "Τ"], "X": ["Х"], "I": ["І", "Ι"], "S": ["Ѕ"], "s": ["ѕ"], "j": ["ј"], "v": ["ν"]}


def mixed(s):
    cand = [i for i, c in enumerate(s) if c in LOOKS]
    out = list(s)
    for j in rng.sample(cand, min(len(cand), rng.choice([1, 1, 2, 3]))):
        out[j] = pick(LOOKS[out[j]])
    return "".join(out)


def unicode_handle(key, platform):
    t = TRUSTS[key]
    words = pick([[t["initials"], "nhs"], pick(SITE_WORDS[key]), [t["initials"], pick(["official", "uk", "news", "team"])],
                  pick(SITE_WORDS[key]) + ["nhs"]])
    return unique_handle(platform, lambda: fmt_handle(platform, words + ([str(rng.randint(1, 99))] if rng.random() < 0.5 else [])))


for tactic, alter in (("zero_width_name", with_zero_width), ("styled_unicode_name", styled), ("mixed_script_name", mixed)):
    for key, platform, single in plan(tactic):
        t = TRUSTS[key]
        base = pick([t["name"], t["name"], t["aliases"][0], pick(SHORT_EXTRA[key]), pick(t["sites"])])
        display = alter(base)
        if tactic == "mixed_script_name":
            while not ({"Cyrillic", "Greek"} & {unicodedata.name(c).split()[0].title() for c in display if c.isalpha()}):
                display = alter(base)
        if single:
            impersonation(tactic, key, platform, neutral_handle(platform), display, NEUTRAL_BIO.draw(), ["name"])
        else:
            desc, els = extra_elements(key, fill(MULTI_BIO.draw(), key), ["name", "handle", "bio_claim"])
            impersonation(tactic, key, platform, unicode_handle(key, platform), display, desc, els)

# copied_official_bio
BIO_EDITS = [("Official account of", "Official page of"), ("Official account", "Official page"), ("Not monitored 24/7", "Monitored 24/7"),
             ("not monitored 24/7", "monitored 24/7 by our team"), ("Please don't", "Pls dont"), ("please don't", "plz don't"),
             ("We can't", "We cannot"), ("medical advice", "medical advise"), ("Official Instagram", "Official insta"),
             ("official", "0fficial"), (" & ", " and "), (" and ", " & "), ("NHS Foundation Trust", "NHS FT"), ("Trust", "trust"),
             ("💙", "💙✅"), ("Emergency? Call 999.", "Urgent? DM us."), ("NHS Jobs", "our DMs"), ("never", "do not"),
             ("Vacancies", "All vacancies"), ("hospital", "hopsital"), ("Welcome to", "Welcome to the new")]
for key, platform, single in plan("copied_official_bio"):
    t = TRUSTS[key]
    offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
    src = pick(offs)
    for _ in range(50):
        bio = src["bio"]
        for a, b in rng.sample(BIO_EDITS, rng.randint(1, 4)):
            if a in bio:
                bio = bio.replace(a, b, 1)
        if not single:
            bio = bio + fill(pick(T.COPY_TAILS), key)
        if bio != src["bio"] or single:
            if difflib.SequenceMatcher(None, bio[:len(src["bio"]) + 5], src["bio"]).ratio() >= 0.75:
                break
    if single:
        impersonation("copied_official_bio", key, platform, neutral_handle(platform), NEUTRAL_NAME.draw(), bio, ["bio_claim"])
    else:
        display = pick([src["display_name"], trust_display(key)])
        impersonation("copied_official_bio", key, platform, unicode_handle(key, platform), display, bio, ["bio_claim", "name", "handle"])

# lookalike_domain_bio
la_claim, la_neutral = Deck(T.LOOKALIKE_CLAIM), Deck(T.LOOKALIKE_NEUTRAL)
for key, platform, single in plan("lookalike_domain_bio"):
    dom = lookalike_domain(key)
    if single:
        impersonation("lookalike_domain_bio", key, platform, neutral_handle(platform), NEUTRAL_NAME.draw(),
                      la_neutral.draw().format(dom=dom), ["lookalike_domain"])
    else:
        desc = fill(la_claim.draw(), key, dom=dom)
        impersonation("lookalike_domain_bio", key, platform, unicode_handle(key, platform), trust_display(key), desc,
                      ["lookalike_domain", "name", "bio_claim", "handle"])

# dotted_handle (Facebook, Instagram, TikTok only)
STOP = {"and", "the", "of", "for"}
for key, platform, single in plan("dotted_handle", ["facebook", "instagram", "tiktok"]):
    t = TRUSTS[key]
    if platform == "facebook" and rng.random() < 0.35:
        handle = unique_handle(platform, lambda: str(rng.randrange(10 ** 14, 10 ** 16)))
        display = pick([t["name"], t["aliases"][0], pick(t["aliases"])])
        if single:
            impersonation("dotted_handle", key, platform, handle, display, NEUTRAL_BIO.draw(), ["name"])
        else:
            impersonation("dotted_handle", key, platform, handle, display, fill(MULTI_BIO.draw(), key), ["name", "bio_claim"])
        continue

    def make_dotted():
        src = pick([t["name"], t["aliases"][0], pick(t["sites"]), official_handle_for(key, "x")])
        words = [w for w in re.split(r"[\s_]+", src) if w.lower() not in STOP]
        if len(words) == 1:
            words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+", words[0]) or words
        if rng.random() < 0.5:
            words = words + [pick(["nhs", "official", "uk", "page", "news", "team"])]
        low = [clean_token(w).lower() for w in words if clean_token(w)]
        h = ".".join(low)
        if platform == "tiktok" and len(h) > 24:
            h = ".".join(x[:5] for x in low)[:24].strip(".")
        return h if "." in h else None

    handle = unique_handle(platform, make_dotted)
    if single:
        impersonation("dotted_handle", key, platform, handle, NEUTRAL_NAME.draw(), NEUTRAL_BIO.draw(), ["handle"])
    else:
        desc, els = extra_elements(key, fill(MULTI_BIO.draw(), key), ["handle", "name", "bio_claim"])
        impersonation("dotted_handle", key, platform, handle, trust_display(key), desc, els)

# short_stem_affix
for key, platform, single in plan("short_stem_affix"):
    t = TRUSTS[key]

    def make_stem():
        ini = t["initials"]
        aff = pick(AFFIXES[:-1])
        extra = pick(["", "", "", "uk", "24", "nhs", str(rng.randint(1, 9))])
        if platform == "x":
            h = pick([ini + "_" + aff.capitalize(), ini.lower() + aff, ini + aff.upper(), aff.capitalize() + ini, ini + "_" + aff + extra])
        elif platform in ("instagram", "tiktok"):
            h = pick([ini.lower() + "." + aff, ini.lower() + "_" + aff, aff + "." + ini.lower(), ini.lower() + aff + extra])
        elif platform == "facebook":
            h = pick([ini + aff.capitalize(), ini.lower() + "." + aff, ini + aff.capitalize() + extra])
        elif platform == "linkedin":
            h = "-".join([ini.lower(), aff] + ([extra] if extra else []))
        else:
            h = "-".join([ini.lower(), aff] + ([extra] if extra else [])) + ".bsky.social"
        return h

    handle = unique_handle(platform, make_stem)
    if single:
        impersonation("short_stem_affix", key, platform, handle, NEUTRAL_NAME.draw(), NEUTRAL_BIO.draw(), ["handle"])
    else:
        desc, els = extra_elements(key, fill(MULTI_BIO.draw(), key), ["handle", "name", "bio_claim"])
        impersonation("short_stem_affix", key, platform, handle, trust_display(key), desc, els)

# ---------------------------------------------------------------- genuine: official and case variants
X_SPELLINGS = ["X", "Twitter", " x"]
X_ODD = ["TWITTER", "twitter", "X ", "tWiTtEr", "Twitter ", " X"]
NICE = {"facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "youtube": "YouTube", "tiktok": "TikTok",
        "bluesky": "Bluesky"}
genuine = []


def genuine_account(platform, handle, display, desc, followers, following, verified, created_at=None, acc_id=None, shown=None):
    acc = {"platform": shown if shown is not None else platform, "handle": handle, "display_name": display, "description": desc,
           "followers": followers, "following": following, "verified": verified, "profile_image_url": None}
    if created_at:
        acc["created_at"] = created_at
    acc["account_id"] = acc_id or account_id(platform)
    return acc


for key, t in TRUSTS.items():
    for a in t["official_accounts"]:
        acc = genuine_account(a["platform"], a["handle"], a["display_name"], a["bio"], a["followers"], a["following"], a["verified"],
                              a.get("created_at"), a["account_id"])
        genuine.append({"trust": key, "group": "official", "platform": a["platform"], "account": acc})
        shown = X_SPELLINGS + [pick(X_ODD)] if a["platform"] == "x" else [pick([NICE[a["platform"]], NICE[a["platform"]].upper(), " " + NICE[a["platform"]]])]
        for s in shown:
            acc = genuine_account(a["platform"], a["handle"], a["display_name"], a["bio"], a["followers"], a["following"],
                                  a["verified"], a.get("created_at"), a["account_id"], shown=s)
            genuine.append({"trust": key, "group": "official_case_variant", "platform": a["platform"], "account": acc})

# ---------------------------------------------------------------- genuine: NHS-adjacent
gen_keys = set(OFFICIAL_KEYS)
SKIP = {  # kinds that do not fit a Trust's services
    "maternity_voices": {"walton", "hpft", "nchc", "humber", "bsmhft"},
    "midwife": {"walton", "hpft", "humber", "bsmhft"},
    "mental_health_nurse": {"walton", "nchc", "nbt", "uhcw"},
    "ambulance_charity": {"imperial", "walton", "bsmhft", "hpft"},
    "paramedic": {"walton", "hpft", "bsmhft"},
    "air_ambulance": {"imperial"},
}
BIG_KINDS = {"icb", "local_news", "local_radio", "med_school", "council", "air_ambulance", "hospice", "hospital_charity"}
PERSON_KINDS = {"health_reporter", "comms_person", "staff_nurse", "doctor", "hca", "porter", "midwife", "paramedic", "ahp",
                "pharmacist", "mental_health_nurse", "student_nurse", "medical_student", "retired_staff", "volunteer_person",
                "fundraiser_runner", "bereavement_parent", "patient_blogger", "councillor", "social_prescriber", "mastodon_clinician"}

for ti, key in enumerate(KEYS):
    t = TRUSTS[key]
    loc = LOCAL[key]
    for ki, (kind, platforms, hpats, npats, bios) in enumerate(adjacent_kinds.KINDS):
        if key in SKIP.get(kind, ()):
            continue
        if rng.random() < 0.10 and kind not in ("pals", "counter_fraud", "hospital_charity", "refund_legit", "nhs_jobs_recruiter"):
            continue
        first, surname = pick(public_bios.FIRST_NAMES), pick(public_bios.SURNAMES)
        values = dict(loc)
        values.update({"name": t["name"], "short": pick(SHORT_EXTRA[key][:3]), "init": t["initials"], "site": pick(t["sites"]),
                       "team": pick(loc["teams"]), "person": first + " " + surname, "first": first})
        platform = platforms[(ti + ki) % len(platforms)]
        bio = bios[(ti * 7 + ki) % len(bios)].format(**values)
        display = npats[(ti + ki) % len(npats)].format(**values).replace("Hospital Hospital", "Hospital")
        display = display[:1].upper() + display[1:]
        if "{" not in bios[(ti * 7 + ki) % len(bios)] and rng.random() < 0.5:
            # placeholder-free wording gets a local sign-off so each Trust's copy reads differently
            bio += pick([" 📍 {city}", " | {place}", " Based in {town2}.", " #{city}", " ({county})", " Covering {town2} & {town3}."]).format(**values)
        bio = bio[:1].upper() + bio[1:]
        hvalues = dict(values)
        hvalues["first"] = first + (surname if rng.random() < 0.6 else surname[:1])
        hvalues["init"] = t["initials"]
        hwords = hpats[(ti + ki) % len(hpats)].format(**hvalues).replace("'", "").replace(",", "").split()
        if kind in ("hospital_charity", "unison_branch", "counter_fraud", "research_team") and rng.random() < 0.5:
            hwords = [t["initials"]] + hwords[1:]

        def make_adj():
            h = fmt_handle(platform, hwords + ([str(rng.randint(1, 99))] if rng.random() < 0.15 else []))
            if platform == "x" and h and len(h) < 4:
                return None
            return h

        handle = None
        for _ in range(60):
            h = make_adj()
            if h is None and platform == "x":
                h = fmt_handle(platform, [w[:4] for w in hwords])
            if handle_ok(platform, h) and (platform, h.lower()) not in imp_keys and (platform, h.lower()) not in gen_keys:
                handle = h
                break
            hwords = hwords + [str(rng.randint(1, 9))]
        assert handle, (kind, key, platform)
        gen_keys.add((platform, handle.lower()))
        big = kind in BIG_KINDS
        followers = rng.randint(3000, 90000) if big else (rng.randint(40, 3000) if kind in PERSON_KINDS else rng.randint(150, 12000))
        acc = genuine_account(platform, handle, display, bio, followers, rng.randint(50, 2500),
                              big and platform in ("x", "facebook", "instagram") and rng.random() < 0.6,
                              None if platform == "linkedin" else created(2009 if platform != "bluesky" else 2023, 2025 if platform != "bluesky" else 2025))
        genuine.append({"trust": key, "group": "nhs_adjacent", "platform": platform, "account": acc})

# ---------------------------------------------------------------- genuine: general public
bios = public_bios.BIOS[:]
rng.shuffle(bios)
ALL = POS_PLATFORMS + ["youtube", "mastodon"]
for i, bio in enumerate(bios):
    key = KEYS[i % len(KEYS)]
    platform = pick(["x", "x", "facebook", "instagram", "instagram", "tiktok", "bluesky", "linkedin", "youtube", "mastodon", "facebook"])
    first, surname = pick(public_bios.FIRST_NAMES), pick(public_bios.SURNAMES)
    display = pick([first + " " + surname, first, first + " " + surname[0] + ".", first.lower() + " 🌻", first + " " + surname + " 💙",
                    first + " (" + pick(["she/her", "he/him", "they/them"]) + ")"])
    for _ in range(60):
        words = pick([[first, surname], [first, surname[:1]], [first, str(rng.randint(70, 99))], [first, surname, str(rng.randint(1, 999))],
                      [surname, first[:1]], ["its", first], [first, "x"]])
        h = fmt_handle(platform, words)
        if handle_ok(platform, h) and (platform, h.lower()) not in imp_keys and (platform, h.lower()) not in gen_keys:
            break
    gen_keys.add((platform, h.lower()))
    acc = genuine_account(platform, h, display, bio, rng.randint(0, 1800), rng.randint(10, 1500), False,
                          None if platform == "linkedin" else created(2009 if platform != "bluesky" else 2023, 2025))
    genuine.append({"trust": key, "group": "general_public", "platform": platform, "account": acc})

# ---------------------------------------------------------------- ids, order, write
ABBR = {"renamed_old_account": "ren", "digit_letter_swap": "swp", "handle_affix": "aff", "exact_name_new_handle": "exn",
        "refund_patient_support_scam": "ref", "jobs_recruitment_scam": "job", "donation_scam": "don", "fake_executive": "exe",
        "zero_width_name": "zwn", "styled_unicode_name": "sty", "mixed_script_name": "mix", "copied_official_bio": "cpb",
        "lookalike_domain_bio": "lkd", "dotted_handle": "dot", "short_stem_affix": "ssa"}
counters = {}
out = []
for r in records:
    p = "imp8-" + ABBR[r["tactic"]]
    counters[p] = counters.get(p, 0) + 1
    out.append({"id": "%s-%03d" % (p, counters[p]), "trust": r["trust"], "label": "impersonation", "tactic": r["tactic"],
                "platform": r["platform"], "account": r["account"], "copied_elements": r["copied_elements"]})
GP = {"official": "off8", "official_case_variant": "var8", "nhs_adjacent": "adj8", "general_public": "gp-hand8"}
for r in genuine:
    p = GP[r["group"]]
    counters[p] = counters.get(p, 0) + 1
    out.append({"id": "%s-%04d" % (p, counters[p]), "trust": r["trust"], "label": "genuine", "group": r["group"],
                "platform": r["platform"], "account": r["account"]})
rng.shuffle(out)

with open(os.path.join(OUT_DIR, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
trusts_json = {"_about": register.ABOUT}
trusts_json.update(TRUSTS)
with open(os.path.join(OUT_DIR, "trusts.json"), "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(trusts_json, ensure_ascii=False, indent=1) + "\n")
print("wrote %d records (%d impersonation, %d genuine) for %d trusts" % (len(out), len(records), len(genuine), len(TRUSTS)))
