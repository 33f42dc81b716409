#!/usr/bin/env python3
"""Rebuild accounts.jsonl and trusts.json of the eleventh impersonation evaluation set, byte for byte.

Usage: python3 gen/make_set.py   (standard library only, fixed seed 1111)
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

import texts_adjacent as TA  # noqa: E402
import texts_imp as TI  # noqa: E402
from register import ABOUT, TRUSTS  # noqa: E402

RNG = random.Random(1111)
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle",
           "refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name",
           "styled_unicode_name", "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle",
           "short_stem_affix"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
TRUST_MENTIONS = ("{name}", "{name_upper}", "{short}", "{site}", "{site2}", "{INIT}")

NEUTRAL_NAMES = ["Updates", "Info Page", "News & Notices", "Community Page", "Help & Info", "Daily Updates", "Notices",
                 "Local Info", "Welcome", "Health Hub", "Page Admin", "Latest", "The Noticeboard", "Around Town",
                 "Good News Daily", "Info Point", "Wellbeing Corner", "Useful Links", "Open Door", "Stay Informed"]
NEUTRAL_HANDLES = ["newpage2024", "info_point_77", "dailyupdates_uk", "the_notice_board", "pageadmin81", "updates4u",
                   "welcome_page_3", "localinfo_hub", "notices_daily", "latestnews_22", "goodnews_daily", "aroundtown_uk",
                   "wellbeing_corner", "usefullinks_page", "opendoor_info", "stayinformed_9", "user83920", "page_5519",
                   "kindwords_uk", "infohub_north", "thenoticeboard2", "quietpage_01", "simpleupdates", "hello_page_4"]
OLD_HANDLES = ["cryptogemz_100x", "gazza_fitness88", "giveaway_fridayz", "footy_banter101", "dailyquotes_uk",
               "trainerdealz_uk", "dan_plays_games", "candles_by_kez", "wanderlust_tina", "meme_machine_uk",
               "passive_prop_uk", "carmeet_north", "jojo_nails_lashes", "starsigns_daily", "buysell_local_22"]
AFFIXES = ["help", "support", "uk", "official", "team", "desk", "helpline", "info", "hq", "real", "the", "news",
           "patients", "careers", "jobs", "pals", "appeal", "care", "assist", "staff", "trust", "ask", "hosp", "nhs"]
ROLE_TITLE = {"chief_executive": "Chief Executive", "chair": "Chair"}

used_handles = set()  # (platform, handle.lower())


# ------------------------------------------------------------------ small helpers
def fit(platform, base):
    """Fit a handle base to a platform's handle rules, or return None when it cannot fit."""
    if platform == "x":
        s = re.sub(r"[^A-Za-z0-9_]", "", re.sub(r"[.\-]", "_", base))
        if len(s) > 15:
            s = s.replace("_", "")
        return s if 4 <= len(s) <= 15 else None
    if platform == "facebook":
        s = re.sub(r"[^A-Za-z0-9.]", "", re.sub(r"[_\-]", ".", base))
        s = re.sub(r"\.{2,}", ".", s).strip(".")
        return s if 5 <= len(s) <= 50 else None
    if platform in ("instagram", "tiktok"):
        s = re.sub(r"[^a-z0-9._]", "", base.lower().replace("-", "_"))
        s = re.sub(r"\.{2,}", ".", s).strip(".")
        limit = 30 if platform == "instagram" else 24
        if len(s) > limit:
            s = s.replace("_", "")[:limit].strip(".")
        return s if 2 <= len(s) <= limit else None
    if platform == "linkedin":
        s = re.sub(r"[^a-z0-9-]", "", re.sub(r"[_.]", "-", base.lower()))
        s = re.sub(r"-{2,}", "-", s).strip("-")
        return s if len(s) >= 3 else None
    if platform == "bluesky":
        s = re.sub(r"[^a-z0-9-]", "", re.sub(r"[_.]", "-", base.lower()))
        s = re.sub(r"-{2,}", "-", s).strip("-")
        return s + ".bsky.social" if 1 <= len(s) <= 63 else None
    if platform == "youtube":
        s = re.sub(r"[^A-Za-z0-9_.-]", "", base)
        return s if 3 <= len(s) <= 30 else None
    raise ValueError(platform)


def claim_handle(platform, *bases):
    """First base that fits the platform and is not yet used; digits are appended only as a last resort."""
    for b in bases:
        h = fit(platform, b)
        if h and (platform, h.lower()) not in used_handles:
            used_handles.add((platform, h.lower()))
            return h
    fitted = [fit(platform, b) for b in bases if fit(platform, b)]
    if not fitted:
        raise RuntimeError("no base fits %s %s" % (platform, bases))
    h0 = fitted[0]
    for n in range(2, 99):
        stem = h0.split(".bsky.social")[0]
        if platform == "x":
            stem = stem[:15 - len(str(n))]
        h = fit(platform, stem + str(n))
        if h and (platform, h.lower()) not in used_handles:
            used_handles.add((platform, h.lower()))
            return h
    raise RuntimeError("no handle for %s %s" % (platform, bases))


def new_id(platform):
    if platform == "x":
        return str(RNG.randint(10 ** 9, 1899999999999999999))
    if platform == "facebook":
        return str(RNG.randint(10 ** 14, 10 ** 15 - 1))
    if platform == "instagram":
        return str(RNG.randint(10 ** 8, 10 ** 11))
    if platform == "tiktok":
        return str(RNG.randint(10 ** 17, 10 ** 19))
    if platform == "linkedin":
        return str(RNG.randint(10 ** 4, 10 ** 8))
    if platform == "bluesky":
        return "did:plc:" + "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "youtube":
        return "UC" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    raise ValueError(platform)


def when(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (RNG.randint(y0, y1), RNG.randint(1, 12), RNG.randint(1, 28),
                                            RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59))


def drama_mobile():
    n = "%03d" % RNG.randint(0, 999)
    return RNG.choice(["07700 900%s" % n, "+44 7700 900%s" % n, "07700900%s" % n, "07700-900-%s" % n])


def fill(text, t, **extra):
    f = t["_fill"]
    d = {"name": t["name"], "name_upper": t["name"].upper(), "short": f["short"], "site": f["site"],
         "site2": f["site2"], "town": f["town"], "county": f["county"], "dom": t["web_domains"][0],
         "tel": RNG.choice(t["phone_numbers"]), "INIT": t["initials"], "ceo": t["executives"][0]["name"],
         "chair": t["executives"][1]["name"], "look": RNG.choice(f["look"]), "wa": drama_mobile(),
         "tg": RNG.choice(TI.TELEGRAM), "icb": f["icb"]}
    d.update(extra)
    out = re.sub(r"\b([Tt]he) [Tt]he\b", r"\1", text.format(**d))
    return out[0].upper() + out[1:] if out[:1].islower() else out


def elements_of(template):
    """Identity elements a bio template copies."""
    el = []
    if any(p in template for p in TRUST_MENTIONS):
        el.append("bio_claim")
    if "{tel}" in template:
        el.append("phone")
    if "{dom}" in template:
        el.append("domain")
    if "{look}" in template:
        el.append("lookalike_domain")
    if "{exec}" in template or "{ceo}" in template or "{chair}" in template:
        el.append("executive_name")
    return el


def names_of(t):
    seen = []
    for n in [t["name"]] + t["aliases"] + [a["display_name"] for a in t["official_accounts"]]:
        if n not in seen:
            seen.append(n)
    return seen


def official_handle(t, platform):
    for a in t["official_accounts"]:
        if a["platform"] == platform:
            return a["handle"]
    return t["official_accounts"][0]["handle"]


# ------------------------------------------------------------------ name disguises
def styled(s, style):
    if style == "FULLWIDTH":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)
    if style == "SMALLCAPS":
        caps = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"
        return "".join(caps[ord(c.lower()) - 97] if c.isascii() and c.isalpha() else c for c in s)
    out = []
    for c in s:
        if c.isascii() and c.isalpha():
            case = "CAPITAL" if c.isupper() else "SMALL"
            for nm in ("MATHEMATICAL %s %s %s" % (style, case, c.upper()), "%s %s %s" % (style, case, c.upper())):
                try:
                    out.append(unicodedata.lookup(nm))
                    break
                except KeyError:
                    continue
            else:
                out.append("ℎ" if (style == "ITALIC" and c == "h") else c)
        elif c.isdigit():
            try:
                out.append(unicodedata.lookup("MATHEMATICAL %s DIGIT %s" % (style, unicodedata.name(c).split()[-1])))
            except KeyError:
                out.append(c)
        else:
            out.append(c)
    return "".join(out)


STYLES = ["BOLD", "SANS-SERIF BOLD", "ITALIC", "BOLD ITALIC", "MONOSPACE", "DOUBLE-STRUCK", "BOLD SCRIPT",
          "SANS-SERIF BOLD ITALIC", "FULLWIDTH", "SMALLCAPS", "SANS-SERIF", "BOLD FRAKTUR"]
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "A": "А", "B": "В",
       "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "S": "Ѕ", "I": "І"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
       "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν"}


def mixed(s, k):
    table = CYR if RNG.random() < 0.65 else GRK
    spots = [i for i, c in enumerate(s) if c in table]
    RNG.shuffle(spots)
    chars = list(s)
    for i in spots[:max(1, min(k, len(spots) - 1))]:
        chars[i] = table[chars[i]]
    return "".join(chars)


def zero_width(s):
    chars = list(s)
    for _ in range(RNG.choice([1, 1, 2, 3])):
        pos = RNG.randint(1, len(chars) - 1)
        chars.insert(pos, RNG.choice(ZW))
    return "".join(chars)


SWAPS = {"o": "0", "l": "1", "e": "3", "a": "4", "s": "5", "b": "8", "m": "rn", "i": "l", "O": "0", "S": "5",
         "E": "3", "B": "8", "I": "l", "L": "1"}


def swap(s, rng_pick=True):
    spots = [i for i, c in enumerate(s) if c in SWAPS and i > 0]
    i = RNG.choice(spots)
    return s[:i] + SWAPS[s[i]] + s[i + 1:]


def dotted_bases(t):
    bases = []
    for n in [t["name"]] + t["aliases"] + [a["handle"] for a in t["official_accounts"] if a["platform"] == "x"]:
        words = re.findall(r"[A-Za-z0-9]+", n.replace("'", ""))
        if len(words) >= 2 and len(".".join(words)) <= 24:
            bases.append(".".join(w.lower() for w in words))
    stem = t["_fill"]["long"]
    bases += [t["initials"].lower() + ".nhs", stem[:len(stem) // 2] + "." + stem[len(stem) // 2:],
              t["_fill"]["stem"] + ".official", "the." + t["_fill"]["stem"], t["initials"].lower() + ".nhs.uk"]
    return bases


# ------------------------------------------------------------------ impersonations
def copied_handle(t, platform, k):
    """A handle that copies the Trust's: the official one with a small addition, fitted to the platform."""
    base = official_handle(t, platform if platform in ("x", "facebook", "instagram", "linkedin") else "instagram")
    f = t["_fill"]
    options = [base + "_", base + "1", "real" + base, base + "_uk", f["long"] + "_", "the" + f["stem"],
               f["stem"] + "_nhs", base + "2025", f["long"] + "official", t["initials"].lower() + "_" + f["place"]]
    picks = options[k % len(options):] + options[:k % len(options)]
    return claim_handle(platform, *picks)


def neutral_handle(platform):
    return claim_handle(platform, *[RNG.choice(NEUTRAL_HANDLES) for _ in range(3)])


def generic_handle(platform, scam):
    return claim_handle(platform, *[RNG.choice(TI.SCAM_HANDLES[scam]) for _ in range(4)])


def affix_handle(t, platform, k, stem_only=False):
    init = t["initials"].lower()
    aff = AFFIXES[k % len(AFFIXES)]
    prefix_only = aff in ("the", "real", "ask")
    if stem_only:
        forms = [init + "_" + aff, aff + init, init + aff, aff + "_" + init, init + "." + aff, init + "-" + aff]
        if prefix_only:
            forms = [aff + init, aff + "_" + init, aff + "." + init]
        base = forms[k % len(forms)]
        return claim_handle(platform, base, init + aff + "uk", aff + init + "team")
    off = official_handle(t, platform if platform in ("x", "facebook", "instagram", "linkedin") else "instagram")
    forms = [off + "_" + aff, aff + "_" + off, off + aff, aff + off]
    if prefix_only:
        forms = [aff + "_" + off, aff + off]
    base = forms[k % len(forms)]
    fallback = [init + "_" + aff + "desk", aff + "_" + init, init.upper() + "_" + aff.title()]
    return claim_handle(platform, base, *fallback)


def imp_account(platform, handle, name, bio, followers, following, verified, created):
    return {"platform": platform, "handle": handle, "display_name": name, "description": bio, "followers": followers,
            "following": following, "verified": verified, "profile_image_url": None, "created_at": created,
            "account_id": new_id(platform)}


class Pools:
    """Draw hand-written lines in a shuffled cycle so each is used before any repeats."""

    def __init__(self):
        self.cycles = {}

    def draw(self, key, items):
        c = self.cycles.get(key)
        if not c:
            c = list(items)
            RNG.shuffle(c)
            self.cycles[key] = c
        return c.pop()


POOLS = Pools()


def make_impersonation(tactic, ti, i, single):
    t = TRUSTS[i % 10]
    if tactic == "dotted_handle":
        platform = ["facebook", "instagram", "tiktok"][(i + i // 10) % 3]
    else:
        platform = POS[(i + ti + i // 10) % 6]
    f = t["_fill"]
    names = names_of(t)
    copied_name = names[(i * 7 + ti) % len(names)]
    el = []
    followers = RNG.choice([0, 3, 12, 41, 88, 150, 230, 410, 760]) + RNG.randint(0, 40)
    following = RNG.randint(0, 1500)
    verified = RNG.random() < 0.07
    created = when(2022, 2025)

    def claim_bio():
        tpl = POOLS.draw("claim", TI.CLAIM)
        if "{tel}" not in tpl and "{dom}" not in tpl and RNG.random() < 0.22:
            tpl += RNG.choice([" Switchboard: {tel}", " ☎️ {tel}", " | {dom}", " More at {dom}", " 📞 {tel} (Mon-Fri)",
                               " Web: {dom}"])
        return fill(tpl, t), elements_of(tpl)

    def neutral_bio():
        return POOLS.draw("neutral", TI.NEUTRAL), []

    if tactic == "renamed_old_account":
        k = (i + ti) % len(OLD_HANDLES)
        followers = RNG.randint(500, 9800)
        created = when(2011, 2019)
        name = copied_name
        if single:
            handle = claim_handle(platform, OLD_HANDLES[k], OLD_HANDLES[(k + 5) % 15])
            bio, eb = TI.OLD_BIOS[k], []
            el = ["name"]
        else:
            if i % 2:
                handle = copied_handle(t, platform, i)
                el = ["name", "handle"]
            else:
                handle = claim_handle(platform, OLD_HANDLES[k], OLD_HANDLES[(k + 7) % 15])
                el = ["name"]
            bio, eb = claim_bio()
    elif tactic == "digit_letter_swap":
        off = official_handle(t, platform if platform in ("x", "facebook", "instagram", "linkedin") else "instagram")
        if single:
            if i % 2:
                handle = claim_handle(platform, swap(off), swap(off), swap(off))
                name, el = RNG.choice(NEUTRAL_NAMES), ["handle"]
            else:
                alias = [n for n in t["aliases"] if len(n) > 5][i % 3]
                name, handle, el = swap(alias), neutral_handle(platform), ["name"]
            bio, eb = neutral_bio()
        else:
            handle = claim_handle(platform, swap(off), swap(off), swap(off))
            name = swap(copied_name) if i % 3 == 0 else copied_name
            el = ["handle", "name"]
            bio, eb = claim_bio()
    elif tactic == "handle_affix":
        handle = affix_handle(t, platform, i + ti)
        if single:
            name, el = RNG.choice(NEUTRAL_NAMES), ["handle"]
            bio, eb = neutral_bio()
        else:
            name, el = copied_name, ["handle", "name"]
            bio, eb = claim_bio()
    elif tactic == "exact_name_new_handle":
        name = t["name"]
        if single:
            handle, el = neutral_handle(platform), ["name"]
            bio, eb = neutral_bio()
        else:
            handle = claim_handle(platform, f["stem"] + "_hospitals", f["long"] + "ft", t["initials"].lower() + "foundationtrust",
                                  f["place"] + "_nhs_trust", t["initials"] + "_Hospitals", t["initials"] + "nhsft")
            el = ["name", "handle"]
            bio, eb = claim_bio()
    elif tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
        key = {"refund_patient_support_scam": ("REFUND", "refunds", "Patient Refunds", "Patient Support"),
               "jobs_recruitment_scam": ("JOBS", "careers", "Recruitment", "Jobs"),
               "donation_scam": ("DONATION", "appeal", "Appeal", "Charity Fund")}[tactic]
        full, plain, claim = (getattr(TI, key[0]), getattr(TI, key[0] + "_SOFT_PLAIN"), getattr(TI, key[0] + "_SOFT_CLAIM"))
        scam = key[0].lower()
        init = t["initials"].lower()
        scam_handles = [init + "_" + key[1], f["stem"] + key[1], key[1] + "_" + f["stem"], init + key[1] + "team",
                        f["place"] + "hosp" + key[1]]
        if single:
            mode = (i + ti) % 3
            if mode == 0:
                tpl = POOLS.draw(tactic + "soft_claim", claim)
                name, handle, el = RNG.choice(TI.SCAM_NAMES[scam]), generic_handle(platform, scam), ["bio_claim"]
                bio, eb = fill(tpl, t), []
            elif mode == 1:
                name, handle, el = copied_name, generic_handle(platform, scam), ["name"]
                bio, eb = POOLS.draw(tactic + "soft_plain", plain), []
            else:
                name = RNG.choice(TI.SCAM_NAMES[scam])
                handle = claim_handle(platform, *scam_handles[i % 5:] + scam_handles[:i % 5])
                bio, eb, el = POOLS.draw(tactic + "soft_plain", plain), [], ["handle"]
        else:
            tpl = POOLS.draw(tactic, full)
            bio, eb = fill(tpl, t), elements_of(tpl)
            style = i % 4
            shorts = [n for n in names if len(n) <= 24]
            short_name = shorts[i % len(shorts)]
            name = [copied_name, short_name + " " + key[2], t["initials"] + " " + key[3], short_name + " " + key[3]][style]
            handle = claim_handle(platform, *scam_handles[i % 5:] + scam_handles[:i % 5])
            el = ["name", "handle"]
    elif tactic == "fake_executive":
        ex = t["executives"][i % 2]
        bare = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", ex["name"])
        first, surname = bare.split()[0], bare.split()[-1]
        role = ROLE_TITLE[ex["role"]]
        hopts = [first + surname, first[0] + surname + "_" + t["initials"], "ceo_" + surname if ex["role"] ==
                 "chief_executive" else "chair_" + surname, surname + "_" + t["initials"], first + "." + surname,
                 "dr" + surname, surname + "official"]
        handle = claim_handle(platform, *hopts[i % 7:] + hopts[:i % 7])
        if single:
            name = [ex["name"], bare, first + " " + surname][i % 3]
            bio, eb, el = POOLS.draw("exec_neutral", TI.EXEC_NEUTRAL), [], ["executive_name"]
        else:
            tpl = POOLS.draw("exec", TI.EXEC)
            bio, eb = fill(tpl, t, exec=ex["name"], role=role), elements_of(tpl)
            name = [ex["name"], ex["name"] + " | " + role + ", " + t["initials"], bare + " (" + role + ")",
                    ex["name"] + " – " + f["short"]][i % 4]
            name = name[0].upper() + name[1:]
            el = ["executive_name"] + (["name"] if i % 4 == 3 else [])
            if "executive_name" in eb:
                eb.remove("executive_name")
    elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
        base = copied_name if len(copied_name) <= 40 else names[1]
        if tactic == "zero_width_name":
            name = zero_width(base)
        elif tactic == "styled_unicode_name":
            st = STYLES[(i + ti) % len(STYLES)]
            words = base.split()
            if i % 3 == 0 and len(words) > 1:
                name = styled(" ".join(words[:-1]), st) + " " + words[-1]
            else:
                name = styled(base, st)
            if i % 5 == 2:
                name = "✅ " + name
        else:
            name = mixed(base, 1 + i % 3)
        if single:
            handle, el = neutral_handle(platform), ["name"]
            bio, eb = neutral_bio()
        else:
            handle, el = copied_handle(t, platform, i + ti), ["name", "handle"]
            bio, eb = claim_bio()
    elif tactic == "copied_official_bio":
        offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
        src = offs[i % len(offs)]["bio"]
        if i % 4 == 1:  # a lazy edit of one word
            src = src.replace("Official", "Offical").replace("official", "offical").replace("Please", "Pls")
        hook = TI.COPY_HOOKS[(i + ti) % len(TI.COPY_HOOKS)]
        if single:
            bio = src
            name, handle, el = RNG.choice(NEUTRAL_NAMES), neutral_handle(platform), ["bio_claim"]
        else:
            bio = src + fill(hook, t) if hook else src
            name, handle, el = copied_name, copied_handle(t, platform, i), ["bio_claim", "name", "handle"]
            if "{look}" in hook:
                el.append("lookalike_domain")
        eb = []
    elif tactic == "lookalike_domain_bio":
        look = f["look"][(i + ti) % len(f["look"])]
        if single:
            tpl = POOLS.draw("look_neutral", TI.LOOK_NEUTRAL)
            bio = fill(tpl, t, look=look)
            name, handle, el, eb = RNG.choice(NEUTRAL_NAMES), neutral_handle(platform), ["lookalike_domain"], []
        else:
            tpl = POOLS.draw("look_full", TI.LOOK_FULL)
            bio, eb = fill(tpl, t, look=look), elements_of(tpl)
            name, handle, el = copied_name, copied_handle(t, platform, i), ["name", "handle"]
    elif tactic == "dotted_handle":
        numeric = platform == "facebook" and i % 2 == 1
        formal = [t["name"]] + t["aliases"]
        if numeric:
            handle = str(RNG.randint(10 ** 14, 10 ** 15 - 1))
            used_handles.add((platform, handle))
            name = formal[(i + ti) % len(formal)]
            el = ["name"]
        else:
            bases = dotted_bases(t)
            k = (i + ti) % len(bases)
            handle = claim_handle(platform, *bases[k:] + bases[:k])
            name = copied_name
            el = ["handle", "name"]
        if single:
            if not numeric:
                name, el = RNG.choice(NEUTRAL_NAMES), ["handle"]
            bio, eb = neutral_bio()
        else:
            bio, eb = claim_bio()
    elif tactic == "short_stem_affix":
        handle = affix_handle(t, platform, i + ti * 3, stem_only=True)
        if single:
            name, el = RNG.choice(NEUTRAL_NAMES), ["handle"]
            bio, eb = neutral_bio()
        else:
            name, el = copied_name, ["handle", "name"]
            pool = [TI.CLAIM, TI.REFUND, TI.JOBS, TI.DONATION][i % 4]
            tpl = POOLS.draw("stem%d" % (i % 4), pool)
            bio, eb = fill(tpl, t), elements_of(tpl)
    else:
        raise ValueError(tactic)

    for e in eb:
        if e not in el:
            el.append(e)
    if single:
        assert len(el) == 1, (tactic, i, el, bio)
    else:
        assert len(el) >= 2, (tactic, i, el, bio)
    rec = {"id": "imp-%s-%02d" % (tactic, i), "trust": t["key"], "label": "impersonation", "tactic": tactic,
           "platform": platform, "copied_elements": el,
           "account": imp_account(platform, handle, name, bio, followers, following, verified, created)}
    return rec


# ------------------------------------------------------------------ genuine accounts
PLATFORM_SPELLINGS = {"x": ["X", "Twitter", " x", "twitter"], "facebook": ["Facebook", "FACEBOOK"],
                      "instagram": ["Instagram", " instagram "], "linkedin": ["LinkedIn", "Linkedin"],
                      "youtube": ["YouTube", "Youtube"], "tiktok": ["TikTok"], "bluesky": ["Bluesky"]}


def official_records():
    recs = []
    for t in TRUSTS:
        for n, a in enumerate(t["official_accounts"]):
            used_handles.add((a["platform"], a["handle"].lower()))
            acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"],
                   "description": a["bio"], "followers": a["followers"], "following": a["following"],
                   "verified": a["verified"], "profile_image_url": None, "account_id": a["account_id"]}
            if "created_at" in a:
                acc["created_at"] = a["created_at"]
            recs.append({"id": "gen-off-%s-%d" % (t["key"], n), "trust": t["key"], "label": "genuine",
                         "group": "official", "platform": a["platform"], "account": acc})
            spellings = PLATFORM_SPELLINGS[a["platform"]]
            if a["platform"] != "x":
                spellings = spellings[:1] if n % 2 else spellings
            for m, sp in enumerate(spellings):
                v = dict(acc)
                v["platform"] = sp
                if a["platform"] in ("x", "facebook", "youtube"):
                    v["handle"] = [a["handle"], a["handle"].lower(), a["handle"].upper(), a["handle"]][m % 4]
                v["followers"] = a["followers"] + RNG.randint(-40, 40)
                recs.append({"id": "gen-var-%s-%d-%d" % (t["key"], n, m), "trust": t["key"], "label": "genuine",
                             "group": "official_case_variant", "platform": a["platform"], "account": v})
    return recs


WARD_HANDLES = {"Ward 12": "ward12", "the Acute Medical Unit": "amu", "the Children's Ward": "childrensward",
                "the Stroke Unit": "strokeunit", "Ward 3 (Surgery)": "ward3", "the Discharge Lounge": "dischargelounge",
                "Coronary Care": "ccu", "the Day Case Unit": "daycase", "the Frailty Unit": "frailty", "Ward 22": "ward22",
                "the Maternity Unit": "maternity", "Orthopaedics": "ortho", "the Renal Unit": "renal",
                "the Oncology Day Unit": "oncology"}


def adjacent_records():
    recs = []
    for kk, (kind, platforms, hbases, dnames, bios) in enumerate(TA.KINDS):
        for ti, t in enumerate(TRUSTS):
            f = t["_fill"]
            acute = t["type"] in ("acute", "teaching")
            if (kind in TA.ACUTE_ONLY and not acute) or (kind in TA.NONACUTE_ONLY and acute):
                continue
            platform = platforms[(ti + kk) % len(platforms)]
            first, last = RNG.choice(TA.FIRST), RNG.choice(TA.LAST)
            ward = RNG.choice(f.get("wards", TA.WARDS))
            p = RNG.choice([first + last, first + last[0], first[0] + last, first + "_" + last])
            sub = {"stem": f["stem"], "init": t["initials"].lower(), "place": f["place"], "p": p.lower() if platform !=
                   "x" else p, "wardh": WARD_HANDLES.get(ward) or re.sub(r"[^a-z0-9]", "", ward.lower().replace("the ", ""))[:12]}
            hb = hbases[(ti + kk) % len(hbases)].format(**sub)
            alt = hbases[(ti + kk + 1) % len(hbases)].format(**sub)
            handle = claim_handle(platform, hb, alt, hb.replace(f["stem"], t["initials"].lower()), hb[:15])
            dn = dnames[(ti * 3 + kk) % len(dnames)]
            bio = bios[(ti + kk * 2) % len(bios)]
            extra = {"first": first, "last": last, "ward": ward}
            name = fill(dn, t, **extra)
            desc = fill(bio, t, **extra)
            followers = int(RNG.choice([40, 120, 300, 900, 2400, 6000, 15000]) * RNG.uniform(0.5, 1.6))
            acc = {"platform": platform, "handle": handle, "display_name": name, "description": desc,
                   "followers": followers, "following": RNG.randint(20, 3000),
                   "verified": kind in ("icb", "council", "local_paper", "healthwatch") and ti % 2 == 0,
                   "profile_image_url": None, "created_at": when(2009, 2024), "account_id": new_id(platform)}
            recs.append({"id": "gen-adj-%s-%s" % (kind, t["key"]), "trust": t["key"], "label": "genuine",
                         "group": "nhs_adjacent", "platform": platform, "account": acc})
    return recs


def public_records():
    bios = [ln.strip() for ln in open(os.path.join(HERE, "public_bios.txt"), encoding="utf-8") if ln.strip()]
    assert len(set(bios)) == len(bios)
    plats = POS + ["youtube"]
    recs = []
    for n, bio in enumerate(bios):
        t = TRUSTS[n % 10]
        platform = plats[(n * 5 + n // 7) % len(plats)]
        first, last = RNG.choice(TA.FIRST), RNG.choice(TA.LAST)
        style = n % 6
        base = [first + last, first.lower() + "_" + last.lower() + str(RNG.randint(1, 99)), first + str(RNG.randint(70, 2005)),
                last.lower() + first[0].lower(), first.lower() + "." + last.lower(), "its" + first.lower()][style]
        handle = claim_handle(platform, base, first + last + str(n), last + first + str(n), first[:6] + last[:5] + str(n))
        name = [first + " " + last, first, first + " " + last[0] + ".", first.lower(), first + " 🌻", last + " " + first][style]
        acc = {"platform": platform, "handle": handle, "display_name": name, "description": bio,
               "followers": int(RNG.choice([8, 30, 95, 210, 480, 1300]) * RNG.uniform(0.5, 1.8)),
               "following": RNG.randint(10, 1800), "verified": False, "profile_image_url": None,
               "created_at": when(2008, 2025), "account_id": new_id(platform)}
        recs.append({"id": "gp-hw-%04d" % n, "trust": t["key"], "label": "genuine", "group": "general_public",
                     "platform": platform, "account": acc})
    return recs


def main():
    recs = official_records()
    for ti, tactic in enumerate(TACTICS):
        for i in range(30):
            single = ((i // 10) + i) % 5 in (1, 3)
            recs.append(make_impersonation(tactic, ti, i, single))
    recs += adjacent_records()
    recs += public_records()
    RNG.shuffle(recs)
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    register = {"_about": ABOUT}
    for t in TRUSTS:
        register[t["key"]] = {k: v for k, v in t.items() if k not in ("key", "_fill")}
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(register, ensure_ascii=False, indent=1) + "\n")
    print("wrote %d records" % len(recs))


if __name__ == "__main__":
    main()
