#!/usr/bin/env python3
"""Assemble set 14 (trusts.json + accounts.jsonl) from the hand-written text in this folder.

Standard library only; a fixed seed makes the output byte-identical on every run:
    python3 gen/make_set.py
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from trusts_data import TRUSTS  # noqa: E402
import scam_text as S  # noqa: E402
import adjacent_text as A  # noqa: E402
import public_text as P  # noqa: E402
import names as N  # noqa: E402

SEED = 14
rng = random.Random(SEED)

POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
AFFIX = ["help", "support", "care", "info", "uk", "official", "jobs", "desk", "helpline", "careers", "appeal", "pals",
         "assist", "real", "the", "trust", "hq", "staff", "patients", "news", "team", "nhs", "ask", "hosp"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"

# Per-Trust extras used only for generating handles and text (not part of the register).
EXTRA = {
    "sguh": {"area": "south west London", "reg": "london", "stems": ["stgeorges", "sguh", "tooting"],
             "hstems": ["stgeorges", "sguh"], "words": ["st", "georges", "trust"]},
    "nelft": {"area": "north east London", "reg": "london", "stems": ["nelft", "goodmayes", "redbridge"],
              "hstems": ["nelft"], "words": ["nelft", "nhs"]},
    "bht": {"area": "Buckinghamshire", "reg": "southeast", "stems": ["bucks", "stokemandeville", "wycombe"],
            "hstems": ["buckshealthcare", "bht"], "words": ["bucks", "healthcare"]},
    "spft": {"area": "Sussex", "reg": "southeast", "stems": ["sussex", "spft", "millview"],
             "hstems": ["sussexpartnership", "sussexpartnersh", "spft"], "words": ["sussex", "partnership"]},
    "salisbury": {"area": "south Wiltshire", "reg": "southwest", "stems": ["salisbury", "odstock", "wilts"],
                  "hstems": ["salisburynhs", "sft"], "words": ["salisbury", "nhs"]},
    "esneft": {"area": "Suffolk and north Essex", "reg": "east", "stems": ["ipswich", "colchester", "esneft"],
               "hstems": ["esneft"], "words": ["esneft", "nhs"]},
    "swbh": {"area": "Sandwell", "reg": "midlands", "stems": ["sandwell", "midlandmet", "swbh"],
             "hstems": ["swbh"], "words": ["swbh", "nhs"]},
    "hwhct": {"area": "Herefordshire and Worcestershire", "reg": "midlands", "stems": ["worcs", "hereford", "hwhct"],
              "hstems": ["hwhct", "hacw"], "words": ["hw", "health", "care"]},
    "uhmb": {"area": "Morecambe Bay", "reg": "northwest", "stems": ["morecambebay", "lancaster", "furness"],
             "hstems": ["uhmb"], "words": ["uhmbt", "nhs"]},
    "lypft": {"area": "Leeds", "reg": "neyorks", "stems": ["leeds", "lypft", "becklin"],
              "hstems": ["lypft", "leedsandyork"], "words": ["leeds", "and", "york", "pft"]},
}
REGION_NAME = {"london": "London", "southeast": "South East", "southwest": "South West", "east": "East of England",
               "midlands": "Midlands", "northwest": "North West", "neyorks": "North East and Yorkshire"}

# ------------------------------------------------------------------ ids and dates

def b32(n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(n))


def account_id(platform):
    if platform == "x":
        return str(rng.randint(10 ** 8, 10 ** 19 - 1))
    if platform == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if platform == "instagram":
        return str(rng.randint(10 ** 7, 10 ** 11 - 1))
    if platform == "tiktok":
        return str(rng.randint(10 ** 17, 10 ** 19 - 1))
    if platform == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8 - 1))
    if platform == "youtube":
        return "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + b32(24)
    if platform == "mastodon":
        return str(rng.randint(10 ** 6, 10 ** 17))
    raise ValueError(platform)


def date(y0, y1):
    y = rng.randint(y0, y1)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                rng.randint(0, 59), rng.randint(0, 59))


def platform_start(p):
    return {"bluesky": 2023, "tiktok": 2018, "instagram": 2012, "linkedin": 2009}.get(p, 2009)

# ------------------------------------------------------------------ handles

def clean(tok):
    return re.sub(r"[^a-z0-9]", "", tok.lower())


def mk_handle(platform, tokens, style=None):
    toks = [clean(t) for t in tokens if clean(t)]
    if style is None:
        style = rng.choice(["join", "sep", "camel"])
    if platform == "x":
        if style == "camel":
            h = "".join(t[:1].upper() + t[1:] for t in toks)
        elif style == "sep":
            h = "_".join(toks)
        else:
            h = "".join(toks)
        if len(h) > 15:
            h = "".join(t[:1].upper() + t[1:] for t in toks)
        h = h[:15]
        while len(h) < 4:
            h += str(rng.randint(0, 9))
        return h
    if platform == "facebook":
        h = ".".join(toks) if style == "sep" else ("".join(t[:1].upper() + t[1:] for t in toks) if style == "camel" else "".join(toks))
        h = h[:50]
        while len(h) < 5:
            h += str(rng.randint(0, 9))
        return h
    if platform in ("instagram", "tiktok"):
        sep = rng.choice(["_", "."]) if style == "sep" else ""
        h = sep.join(toks)[: 30 if platform == "instagram" else 24].strip(".")
        h = re.sub(r"\.\.+", ".", h)
        return h if len(h) >= 2 else h + "01"
    if platform == "linkedin":
        return "-".join(toks)[:100].strip("-")
    if platform == "bluesky":
        return ("-" if style == "sep" else "").join(toks)[:40].strip("-") + ".bsky.social"
    if platform == "youtube":
        h = "".join(t[:1].upper() + t[1:] for t in toks)[:30]
        return h if len(h) >= 3 else h + "TV"
    if platform == "mastodon":
        inst = rng.choice(["mastodon.social", "mstdn.social", "mas.to", "toot.community", "mastodon.online", "social.coop"])
        return "_".join(toks)[:30] + "@" + inst
    raise ValueError(platform)


USED = set()


def unique(platform, handle):
    """Make (platform, handle) unique across the whole set by appending digits in a platform-safe way."""
    h = handle
    n = 0
    while (platform, h.lower()) in USED:
        n += 1
        suffix = str(rng.randint(1, 99))
        if platform == "bluesky":
            base, rest = handle.split(".", 1)
            h = base + suffix + "." + rest
        elif platform == "mastodon":
            base, inst = handle.split("@", 1)
            h = base + suffix + "@" + inst
        elif platform == "x":
            h = handle[: 15 - len(suffix)] + suffix
        elif platform == "tiktok":
            h = handle[: 24 - len(suffix)] + suffix
        else:
            h = handle + suffix
        if n > 50:
            raise RuntimeError("cannot make unique: %s %s" % (platform, handle))
    USED.add((platform, h.lower()))
    return h

# ------------------------------------------------------------------ unicode tricks

def styled_text(s, kind):
    out = []
    for c in s:
        o = ord(c)
        if kind == "fullwidth":
            out.append(chr(o + 0xFEE0) if 0x21 <= o <= 0x7E else ("\u3000" if c == " " else c))
            continue
        if kind == "smallcaps":
            caps = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
            letters = "abcdefghijklmnopqrstuvwyz"
            lc = c.lower()
            out.append(caps[letters.index(lc)] if lc in letters and c.isascii() else c)
            continue
        base = {"bold": (0x1D400, 0x1D41A), "sansbold": (0x1D5D4, 0x1D5EE), "mono": (0x1D670, 0x1D68A),
                "boldscript": (0x1D4D0, 0x1D4EA), "boldfraktur": (0x1D56C, 0x1D586), "bolditalic": (0x1D468, 0x1D482)}
        if kind == "double":
            holes = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
            if c in holes:
                out.append(holes[c])
            elif "A" <= c <= "Z":
                out.append(chr(0x1D538 + o - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x1D552 + o - 97))
            else:
                out.append(c)
            continue
        up, lo = base[kind]
        if "A" <= c <= "Z":
            out.append(chr(up + o - 65))
        elif "a" <= c <= "z":
            out.append(chr(lo + o - 97))
        else:
            out.append(c)
    return "".join(out)


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "y": "\u0443", "i": "\u0456",
       "s": "\u0455", "x": "\u0445", "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
       "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425"}
GRK = {"o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397",
       "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "Z": "\u0396"}


def mixed_script(s):
    table = CYR if rng.random() < 0.7 else GRK
    pos = [i for i, c in enumerate(s) if c in table]
    k = min(len(pos), rng.choice([1, 1, 2, 2, 3, 4]))
    chars = list(s)
    for i in rng.sample(pos, k):
        chars[i] = table[chars[i]]
    return "".join(chars)


def zero_width(s):
    chars = list(s)
    for _ in range(rng.choice([1, 1, 2, 3])):
        i = rng.randint(1, max(1, len(chars) - 1))
        chars.insert(i, rng.choice(ZW))
    return "".join(chars)


SWAP = {"o": "0", "O": "0", "l": "1", "L": "1", "i": "1", "I": "1", "s": "5", "S": "5", "e": "3", "E": "3",
        "a": "4", "A": "4", "b": "8", "B": "8"}


def digit_swap(s, max_n=2):
    pos = [i for i, c in enumerate(s) if c in SWAP or c == "m"]
    k = min(len(pos), rng.choice([1, 1, 1, 2]) if max_n >= 2 else 1)
    chars = list(s)
    for i in sorted(rng.sample(pos, k), reverse=True):
        chars[i] = "rn" if chars[i] == "m" else SWAP[chars[i]]
    return "".join(chars)

# ------------------------------------------------------------------ text filling

CLAIM_KEYS = ("{short}", "{name}", "{init}", "{site}")


def template_elements(tpl):
    el = set()
    if any(k in tpl for k in CLAIM_KEYS) or "official" in tpl.lower():
        el.add("bio_claim")
    if "{phone}" in tpl:
        el.add("phone")
    if "{dom}" in tpl:
        el.add("domain")
    if "{look}" in tpl:
        el.add("lookalike_domain")
    if "{exec}" in tpl:
        el.add("executive_name")
    return el


def is_generic(tpl):
    return not template_elements(tpl)


def drama_mobile():
    return rng.choice(["07700 900%03d", "+44 7700 900%03d", "07700900%03d", "0808 157 0%03d", "0306 999 0%03d"]) % rng.randint(0, 999)


def good_lookalikes(t):
    out = []
    import difflib
    for d in t["lookalikes"]:
        for w in t["web_domains"]:
            if d not in t["web_domains"] and (difflib.SequenceMatcher(None, d, w).ratio() >= 0.6 or w.split(".")[0] in d):
                out.append(d)
                break
    return out


def fill(tpl, t, ctx):
    ex = ctx.get("exec") or rng.choice(t["executives"])
    role = "Chief Executive" if ex[0] == "chief_executive" else "Chair"
    look = ctx.get("look") or rng.choice(t["lookalikes"])
    vals = {
        "short": t["short"], "name": t["name"], "init": t["initials"], "site": ctx.get("site") or rng.choice(t["site_short"]),
        "town": t["town"], "phone": rng.choice(t["phone_numbers"]), "dom": t["web_domains"][0], "look": look,
        "wa": drama_mobile(), "exec": ex[1], "role": role, "area": EXTRA[t["key"]]["area"],
        "region": REGION_NAME[EXTRA[t["key"]]["reg"]],
    }
    out = tpl
    for k, v in vals.items():
        out = out.replace("{" + k + "}", v)
    out = out.replace("the the ", "the ")
    return out[:1].upper() + out[1:] if out.startswith("the ") else out


class Pool:
    """Draw hand-written texts without replacement, reshuffling when used up."""

    def __init__(self, items):
        self.items = list(items)
        self.left = []

    def draw(self, pred=None):
        for _ in range(3):
            cands = [i for i in self.left if pred is None or pred(i)]
            if cands:
                pick = cands[0]
                self.left.remove(pick)
                return pick
            self.left = self.items[:]
            rng.shuffle(self.left)
        cands = [i for i in self.items if pred is None or pred(i)]
        return rng.choice(cands)


POOLS = {
    "refund": Pool(S.REFUND), "jobs": Pool(S.JOBS), "donation": Pool(S.DONATION), "exec": Pool(S.EXECUTIVE),
    "mixed": Pool(S.MIXED), "look": Pool(S.LOOKALIKE), "tails": Pool(S.COPY_TAILS), "old": Pool(S.OLD_HANDLES),
}

# ------------------------------------------------------------------ impersonations

def alias_choice(t):
    return rng.choice(t["aliases"])


def name_variant(t):
    pat = rng.choice(N.NAME_VARIANTS)
    site = rng.choice(t["site_short"])
    site = site[4:] if site.startswith("the ") else site
    s = pat.replace("{name}", t["name"]).replace("{alias}", alias_choice(t)).replace("{short}", t["short"]) \
        .replace("{init}", t["initials"]).replace("{site}", site)
    return s.replace("Hospital Hospital", "Hospital").replace("hospitals Hospital", "hospitals")


def fmt_names(pat, t):
    site = rng.choice(t["site_short"])
    site = site[4:] if site.startswith("the ") else site
    s = pat.replace("{short}", t["short"]).replace("{init}", t["initials"]).replace("{site}", site)
    return s.replace("Hospital Hospital", "Hospital").replace("hospitals Hospital", "hospitals")


def official_handles(t, platform=None):
    return [a[1] for a in t["official_accounts"] if platform is None or a[0] == platform]


def squash(s):
    return re.sub(r"[_.\-]", "", s.lower().split(".bsky.social")[0])


def handle_copies(t, handle):
    sq = squash(handle)
    stems = EXTRA[t["key"]]["hstems"] + [squash(h) for h in official_handles(t)] + [t["initials"].lower()]
    return any(s in sq for s in stems)


def generic_handle(platform):
    toks = rng.sample(N.GENERIC_WORDS, rng.choice([2, 2, 3]))
    if rng.random() < 0.4:
        toks.append(str(rng.randint(1, 2025)))
    return mk_handle(platform, toks)


def bio_for(kind, minimal, t, ctx, want_claim=False):
    pool = POOLS[kind]
    if minimal:
        tpl = pool.draw(is_generic)
    elif want_claim:
        tpl = pool.draw(lambda x: not is_generic(x))
    else:
        tpl = pool.draw()
    return fill(tpl, t, ctx), template_elements(tpl)


def build_imp(tactic, t, platform, minimal):
    """Return (display_name, handle, bio, elements, extra account fields)."""
    key = t["key"]
    el = set()
    extra = {}
    ctx = {}
    lure = rng.choice(["mixed", "mixed", "refund", "jobs", "donation"])

    if tactic == "renamed_old_account":
        old = POOLS["old"].draw()
        handle = mk_handle(platform, old.split("_"), style="sep" if platform != "linkedin" else None)
        display = name_variant(t)
        el.add("name")
        bio, be = bio_for(lure, minimal, t, ctx)
        extra["created_at"] = date(2018, 2019) if platform == "tiktok" else date(2010, 2019)
        extra["followers"] = rng.randint(520, 24000)
    elif tactic == "digit_letter_swap":
        by_handle = (not minimal and rng.random() < 0.7) or (minimal and rng.random() < 0.5)
        src = official_handles(t, platform) or official_handles(t, "x")
        base = src[0].split(".bsky.social")[0]
        if not any(c in SWAP or c == "m" for c in base):
            by_handle = False
        if by_handle:
            h = digit_swap(base)
            if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
                h = h.lower()
            if platform == "facebook":
                h = h.replace("_", "")
            if platform == "linkedin" and "-" not in h and len(h) < 3:
                h += "-nhs"
            if platform == "bluesky":
                h = h.replace("_", "-") + ".bsky.social"
            if platform == "x" and len(h) > 15:
                h = h.replace("rn", "m")[:15]
            handle = h
            el.add("handle")
            if minimal:
                display = rng.choice(N.GENERIC_NAMES)
            else:
                display = rng.choice([name_variant(t), digit_swap(t["name"]), digit_swap(rng.choice(t["aliases"]))])
                el.add("name")
        else:
            src = rng.choice([x for x in [t["name"]] + t["aliases"] if any(c in SWAP or c == "m" for c in x)])
            display = digit_swap(src)
            el.add("name")
            handle = generic_handle(platform)
        bio, be = bio_for(lure, minimal, t, ctx)
    elif tactic in ("handle_affix", "short_stem_affix"):
        aff = rng.choice(AFFIX)
        if tactic == "handle_affix":
            src = (official_handles(t, platform) or official_handles(t, "x"))[0].split(".bsky.social")[0]
            stem = src if not (platform == "x" and len(src) + len(aff) + 1 > 15) else t["initials"]
        else:
            stem = t["initials"].lower()
            while aff in ("the",) or aff in stem:
                aff = rng.choice(AFFIX)
        toks = [stem, aff] if rng.random() < 0.75 else [aff, stem]
        if platform in ("x", "facebook", "youtube"):
            handle = mk_handle(platform, toks, style=rng.choice(["sep", "join", "camel"]))
        else:
            handle = mk_handle(platform, toks, style=rng.choice(["sep", "join"]))
        el.add("handle")
        if minimal:
            display = rng.choice(N.GENERIC_NAMES)
        else:
            display = name_variant(t)
            el.add("name")
        bio, be = bio_for(lure, minimal, t, ctx)
    elif tactic == "exact_name_new_handle":
        display = t["name"]
        el.add("name")
        stem = rng.choice(EXTRA[key]["stems"])
        toks = [stem] + rng.sample(["nhs", "ft", "hospitals", "trust", "uk", "hq", "foundation", "official", "page", "main"], 2)
        if rng.random() < 0.3:
            toks.append(str(rng.randint(1, 2025)))
        handle = mk_handle(platform, toks)
        if handle_copies(t, handle) and not minimal:
            el.add("handle")
        elif handle_copies(t, handle) and minimal:
            handle = generic_handle(platform)
        bio, be = bio_for(lure, minimal, t, ctx)
    elif tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
        kind = {"refund_patient_support_scam": "refund", "jobs_recruitment_scam": "jobs", "donation_scam": "donation"}[tactic]
        copy_names = {"refund": N.REFUND_NAMES_COPY, "jobs": N.JOBS_NAMES_COPY, "donation": N.DON_NAMES_COPY}[kind]
        gen_names = {"refund": N.REFUND_NAMES_GENERIC, "jobs": N.JOBS_NAMES_GENERIC, "donation": N.DON_NAMES_GENERIC}[kind]
        words = {"refund": ["refunds", "patient", "support", "claims", "help"], "jobs": ["jobs", "careers", "recruitment", "hiring", "hr"],
                 "donation": ["appeal", "charity", "donate", "fund", "giving"]}[kind]
        if minimal:
            mode = rng.choice(["name", "name", "claim", "handle"])
        else:
            mode = "rich"
        if mode in ("name", "rich"):
            display = fmt_names(rng.choice(copy_names), t)
            el.add("name")
        else:
            display = rng.choice(gen_names)
        if mode in ("handle", "rich") and rng.random() < (1.0 if mode == "handle" else 0.6):
            handle = mk_handle(platform, [rng.choice(EXTRA[key]["hstems"]), rng.choice(words)])
            el.add("handle")
        else:
            handle = mk_handle(platform, rng.sample(words, 2) + ([str(rng.randint(1, 99))] if rng.random() < 0.5 else []))
        if mode == "claim":
            tpl = POOLS[kind].draw(lambda x: template_elements(x) == {"bio_claim"})
            bio, be = fill(tpl, t, ctx), {"bio_claim"}
        elif mode in ("name", "handle"):
            bio, be = bio_for(kind, True, t, ctx)
        else:
            bio, be = bio_for(kind, False, t, ctx)
    elif tactic == "fake_executive":
        ex = rng.choice(t["executives"])
        ctx["exec"] = ex
        full = ex[1]
        plain = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", full)
        first, last = plain.split()[0], plain.split()[-1]
        title = full[: len(full) - len(plain)]
        role_short = "CEO" if ex[0] == "chief_executive" else "Chair"
        opts = [full, plain, "%s %s" % (first, last), "%s%s %s" % (title, first[0] + ".", last)]
        display = rng.choice(opts)
        if not minimal and rng.random() < 0.5:
            display = rng.choice(["%s | %s %s" % (display, role_short, t["initials"]), "%s (%s, %s)" % (display, role_short, t["short"])])
            el.add("name")
        el.add("executive_name")
        hopts = [[first, last], [first[0], last], ["dr" if title.startswith("Dr") else "", last, role_short.lower()],
                 [last, "official"], [first, last, "nhs"]]
        handle = mk_handle(platform, rng.choice(hopts))
        if minimal:
            tpl = POOLS["exec"].draw(lambda x: template_elements(x) <= {"executive_name"})
            bio, be = fill(tpl, t, ctx), template_elements(tpl)
        else:
            bio, be = bio_for("exec", False, t, ctx, want_claim=True)
    elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name"):
        base = name_variant(t).replace(" 💙", "")
        if tactic == "zero_width_name":
            display = zero_width(base)
        elif tactic == "styled_unicode_name":
            kind = rng.choice(["bold", "sansbold", "mono", "boldscript", "boldfraktur", "bolditalic", "double", "fullwidth", "smallcaps"])
            if kind == "smallcaps" and not re.search(r"[a-wyz]", base.lower()):
                kind = "bold"
            display = styled_text(base, kind)
            if rng.random() < 0.3:
                display = display + " " + rng.choice(["💙", "✅", "🏥", ""])
                display = display.strip()
        else:
            display = mixed_script(base)
            if not re.search(r"[\u0370-\u03ff\u0400-\u04ff]", display):
                display = mixed_script(base + " NHS")
        el.add("name")
        if minimal or rng.random() < 0.5:
            handle = generic_handle(platform)
        else:
            src = rng.choice(EXTRA[key]["hstems"])
            handle = mk_handle(platform, [src, rng.choice(["nhs", "uk", "official", "page", "ft"])])
            el.add("handle")
        bio, be = bio_for(lure, minimal, t, ctx)
    elif tactic == "copied_official_bio":
        same = [a for a in t["official_accounts"] if a[0] == platform]
        acc = same[0] if same and rng.random() < 0.7 else rng.choice([a for a in t["official_accounts"] if a[0] in ("x", "facebook", "instagram")])
        obio = acc[3]
        tweak = rng.random()
        if tweak < 0.25:
            obio = obio.replace("Official", "The official", 1) if "Official" in obio else obio
        elif tweak < 0.4:
            obio = "✅ " + obio
        tail = fill(POOLS["tails"].draw(), t, ctx)
        bio = obio + tail
        be = {"bio_claim"}
        if "{look}" in tail or any(d in tail for d in t["lookalikes"]):
            be.add("lookalike_domain")
        if minimal:
            display = rng.choice(N.GENERIC_NAMES)
            handle = generic_handle(platform)
            bio = obio
            be = {"bio_claim"}
        else:
            display = rng.choice([acc[2], name_variant(t)])
            el.add("name")
            if rng.random() < 0.5:
                handle = mk_handle(platform, [rng.choice(EXTRA[key]["hstems"]), rng.choice(["nhs", "page", "uk", "info", "new"])])
                el.add("handle")
            else:
                handle = generic_handle(platform)
    elif tactic == "lookalike_domain_bio":
        look = rng.choice(good_lookalikes(t))
        ctx["look"] = look
        if minimal:
            tpl = POOLS["look"].draw(lambda x: template_elements(x) == {"lookalike_domain"})
            display = rng.choice(N.GENERIC_NAMES)
            handle = generic_handle(platform)
        else:
            tpl = POOLS["look"].draw()
            display = name_variant(t)
            el.add("name")
            handle = generic_handle(platform) if rng.random() < 0.5 else mk_handle(platform, [rng.choice(EXTRA[key]["hstems"]), rng.choice(["portal", "online", "web", "uk"])])
            if handle_copies(t, handle):
                el.add("handle")
        bio, be = fill(tpl, t, ctx), template_elements(tpl)
    elif tactic == "dotted_handle":
        words = EXTRA[key]["words"]
        if platform == "facebook" and rng.random() < 0.3:
            handle = str(rng.randint(10 ** 13, 10 ** 16 - 1))
            display = rng.choice([t["name"]] + t["aliases"])
            el.add("name")
        else:
            opts = [".".join(words), ".".join(words + [rng.choice(["nhs", "uk", "official", "ft", "hq"])]),
                    "".join(words[:-1]) + "." + words[-1] if len(words) > 1 else words[0] + ".nhs",
                    words[0] + "." + "".join(words[1:]) if len(words) > 1 else ".".join(words[0]),
                    rng.choice(["the.", "official.", "real.", "_"]) + ".".join(words),
                    ".".join(words) + rng.choice(["_", ".uk", ".nhs", ".page"])]
            handle = rng.choice(opts)
            if platform != "facebook":
                handle = handle.lower().strip(".")
            else:
                handle = handle.replace("_", ".").strip(".")
                if len(handle) < 5:
                    handle += ".nhs"
            el.add("handle")
            if minimal:
                display = rng.choice(N.GENERIC_NAMES)
            else:
                display = name_variant(t)
                el.add("name")
        if minimal:
            bio, be = bio_for(lure, True, t, ctx)
        else:
            bio, be = bio_for(lure, False, t, ctx)
    else:
        raise ValueError(tactic)

    el |= be
    # A copied executive name only counts where a fake executive is deliberate; elsewhere drop it from lures.
    return display, handle, bio, el, extra


HANDLE_RULES = {
    "x": r"^[A-Za-z0-9_]{4,15}$",
    "facebook": r"^(?:[A-Za-z0-9.]{5,50}|\d{14,16})$",
    "instagram": r"^(?!.*\.\.)(?!\.)[a-z0-9._]{1,30}(?<!\.)$",
    "tiktok": r"^(?!.*\.\.)[a-z0-9._]{2,24}(?<!\.)$",
    "linkedin": r"^[a-z0-9-]{3,100}$",
    "bluesky": r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,}$",
}
SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"


def fold(s):
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def scripts(s):
    out = set()
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, "")
            out.add("Latin" if (ord(c) < 128 or n.startswith("LATIN")) else n.split()[0].title())
    return out


def valid(tactic, t, platform, display, handle, bio):
    """Self-check each generated impersonation against the tactic's defining property."""
    if not re.match(HANDLE_RULES[platform], handle):
        return False
    if tactic == "zero_width_name":
        return any(c in ZW for c in display)
    if tactic == "styled_unicode_name":
        return any(0x1D400 <= ord(c) <= 0x1D7FF or 0xFF01 <= ord(c) <= 0xFF5E or c in SMALL_CAPS or c in "ℂℍℕℙℚℝℤℎ" for c in display)
    if tactic == "mixed_script_name":
        sc = scripts(display)
        return {"Latin"} < sc and bool(sc & {"Cyrillic", "Greek"})
    if tactic == "dotted_handle":
        if handle.isdigit():
            return fold(display) in {fold(t["name"])} | {fold(a) for a in t["aliases"]}
        return "." in handle
    if tactic == "short_stem_affix":
        ini = t["initials"].lower()
        return ini in handle.lower() and any(w in handle.lower().replace(ini, "", 1) for w in AFFIX)
    if tactic == "handle_affix":
        ok1 = any(squash(a[1]) in squash(handle) for a in t["official_accounts"]) or t["initials"].lower() in handle.lower()
        return ok1 and any(w in handle.lower() for w in AFFIX)
    if tactic == "digit_letter_swap":
        hs = {a[1].split(".bsky.social")[0] for a in t["official_accounts"]}
        h = handle.split(".bsky.social")[0]
        by_h = any(fold(h) == fold(x) and h.lower() != x.lower() for x in hs)
        by_n = fold(display) in {fold(t["name"])} | {fold(x) for x in t["aliases"]} and display not in [t["name"]] + t["aliases"]
        return by_h or by_n
    return True


def make_impersonations(trusts):
    recs = []
    n = 0
    for ti, tactic in enumerate(TACTICS):
        if tactic == "short_stem_affix":
            pool = [t for t in trusts if len(t["initials"]) <= 4]
            targets = [pool[i % len(pool)] for i in range(30)]
        else:
            targets = [trusts[i % len(trusts)] for i in range(30)]
        rng.shuffle(targets)
        if tactic == "dotted_handle":
            plats = ["facebook", "instagram", "tiktok"] * 10
        elif tactic == "renamed_old_account":
            # Bluesky accounts cannot be older than 2023, so renamed pre-2020 accounts live on the other five platforms.
            plats = ["x", "facebook", "instagram", "tiktok", "linkedin"] * 6
        else:
            plats = POS_PLATFORMS * 5
        rng.shuffle(plats)
        for t, platform in zip(targets, plats):
            minimal = rng.random() < 0.25
            for attempt in range(40):
                display, handle, bio, el, extra = build_imp(tactic, t, platform, minimal)
                k = (platform, handle.lower())
                if k not in USED and valid(tactic, t, platform, display, handle, bio):
                    break
            else:
                raise RuntimeError("no unique handle for %s %s" % (tactic, t["key"]))
            USED.add(k)
            n += 1
            created = extra.get("created_at") or date(2021, 2025)
            if platform == "bluesky" and created < "2023":
                created = date(2023, 2025)
            followers = extra.get("followers", rng.choice([rng.randint(0, 60), rng.randint(20, 400), rng.randint(100, 2500)]))
            verified = platform == "x" and rng.random() < 0.18 or platform in ("facebook", "instagram") and rng.random() < 0.05
            acc = {
                "platform": platform, "handle": handle, "display_name": display, "description": bio,
                "followers": followers, "following": rng.randint(0, 3000), "verified": verified,
                "profile_image_url": None, "created_at": created, "account_id": account_id(platform),
            }
            recs.append({"id": "imp14-%04d" % n, "trust": t["key"], "label": "impersonation", "tactic": tactic,
                         "platform": platform, "account": acc, "copied_elements": sorted(el)})
    return recs

# ------------------------------------------------------------------ register and genuine accounts

ABOUT = ("Trust register for set 14 of TrustWatch's independent impersonation evaluation, covering ten NHS Trusts in "
         "England. Trust names, sites, ODS codes, web domains and official social-media handles were written from memory "
         "of public information and were not verified online, so some may be wrong or out of date. Account ids, follower "
         "counts and creation dates are invented (platform-shaped only). Official bios were written for this set in the "
         "usual style of Trust bios and are not copies of the real ones. Chief executives and chairs are invented people, "
         "so no real person is impersonated here. Phone numbers come from Ofcom's drama-reserved ranges (01632 960xxx, "
         "020 7946 0xxx, 0121 496 0xxx, 0161 496 0xxx, 0113 496 0xxx). No Trust is given a Mastodon account. No English "
         "ambulance trust was left unused by earlier sets, so this set has none.")


def build_register():
    reg = {"_about": ABOUT}
    for t in TRUSTS:
        accs = []
        for (p, h, dn, bio) in t["official_accounts"]:
            a = {"platform": p, "handle": h, "account_id": account_id(p), "display_name": dn, "bio": bio,
                 "followers": rng.randint(2500, 90000), "following": rng.randint(150, 3000),
                 "verified": p in ("x", "facebook", "instagram", "youtube") and rng.random() < 0.8}
            if p != "linkedin":
                a["created_at"] = date(max(platform_start(p), 2009), 2016 if p not in ("bluesky", "tiktok") else 2024)
                if p == "bluesky":
                    a["created_at"] = date(2023, 2024)
                if p == "tiktok":
                    a["created_at"] = date(2019, 2022)
            accs.append(a)
            USED.add((p, h.lower()))
        reg[t["key"]] = {
            "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
            "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accs,
            "executives": [{"role": r, "name": n, "invented": True} for (r, n) in t["executives"]],
        }
    return reg


def acct(platform, handle, display, bio, followers, following, verified, created, aid, plat_written=None):
    a = {"platform": plat_written if plat_written is not None else platform, "handle": handle, "display_name": display,
         "description": bio, "followers": followers, "following": following, "verified": verified,
         "profile_image_url": None, "account_id": aid}
    if created:
        a["created_at"] = created
    return a


VARIANT_SPELLINGS = {"facebook": ["Facebook", "FACEBOOK", "FaceBook"], "instagram": ["Instagram", "INSTAGRAM", "InstaGram"],
                     "tiktok": ["TikTok", "TIKTOK", "Tiktok"], "linkedin": ["LinkedIn", "LINKEDIN", "Linkedin"],
                     "bluesky": ["Bluesky", "BlueSky", "BLUESKY"], "youtube": ["YouTube", "Youtube", "YOUTUBE"]}


def make_official(reg):
    recs = []
    n = v = 0
    for key, t in reg.items():
        if key.startswith("_"):
            continue
        for a in t["official_accounts"]:
            n += 1
            p = a["platform"]
            recs.append({"id": "gen14-off-%03d" % n, "trust": key, "label": "genuine", "group": "official", "platform": p,
                         "account": acct(p, a["handle"], a["display_name"], a["bio"], a["followers"], a["following"],
                                         a["verified"], a.get("created_at"), a["account_id"])})
            spellings = ["X", "Twitter", " x", rng.choice(["TWITTER", "twitter ", "tWitter", "x ", "TwItTeR"])] if p == "x" \
                else [rng.choice(VARIANT_SPELLINGS[p])]
            for sp in spellings:
                v += 1
                recs.append({"id": "gen14-var-%03d" % v, "trust": key, "label": "genuine", "group": "official_case_variant",
                             "platform": p,
                             "account": acct(p, a["handle"], a["display_name"], a["bio"], a["followers"], a["following"],
                                             a["verified"], a.get("created_at"), a["account_id"], plat_written=sp)})
    return recs


def person():
    return rng.choice(N.FIRST), rng.choice(N.LAST)


def fill_adj(s, t, first, last):
    ex = EXTRA[t["key"]]
    site = rng.choice(t["site_short"])
    vals = {"short": t["short"], "init": t["initials"], "site": site, "town": t["town"], "area": ex["area"],
            "region": REGION_NAME[ex["reg"]], "person": "%s %s" % (first, last)}
    for k, val in vals.items():
        s = s.replace("{" + k + "}", val)
    s = re.sub(r"(^|[.!?] )the ", lambda m: m.group(1) + "The ", s)
    s = s.replace("Ex-the ", "Ex-").replace("Friends of the ", "Friends of ").replace("Save the ", "Save ")
    return s


def adj_tokens(tokens, t, first, last):
    ex = EXTRA[t["key"]]
    out = []
    for tok in tokens:
        tok = tok.replace("{stem}", rng.choice(ex["stems"])).replace("{ini}", t["initials"].lower()) \
            .replace("{reg}", ex["reg"]).replace("{first}", first).replace("{last}", last)
        out.append(tok)
    return out


ACUTE_ONLY = re.compile(r"intensive care|\bICU\b|critical care|midwi|maternity|emergency department|\bED\b|A&E|neonatal|NICU|"
                        r"radiolog|radiograph|sonograph|theatre|scrub|stroke|children's ward|labour ward|obstetric|anaesthe|"
                        r"surgeon|surgical|surgery|orthopaedic|cardiac|cardiology|heart ward|renal|dialysis|kidney|oncology|haematolog|"
                        r"endoscopy|\bCT\b|fracture|ophthalmic|cataract|trauma|perfusion|transfusion|pathology|mortuary|urology|"
                        r"paediatric|postnatal|birth|plaster|phlebotom|maxfax|orthoptist|microbiolog|hip done|premature|"
                        r"born at|babies|baby|ward 12|ward 7|acute medicine|same day emergency|bowel|breast|cancer|"
                        r"respiratory|physiologist|lung|audiolog|ambulance liaison|front door|discharge lounge|"
                        r"switchboard|outpatients|frailty|geriatric|day surgery|hospital radio|sepsis|echo|endocrin|"
                        r"diabetes|genetic|palliative|bed manager|patient flow|vaccine study|rehab ward|neuro rehab|"
                        r"infection control|infection prevention|pharmacy assistant|dispensary|pharmacist|fracture clinic", re.I)
ACUTE = [t for t in TRUSTS if t["type"] == "acute"]
NON_ACUTE = [t for t in TRUSTS if t["type"] != "acute"]


def pick_trust(bio, i, mult=1, add=0):
    """Rotate through the Trusts, but keep clearly acute-hospital content at acute Trusts."""
    if "{site}" in bio or "{short}" in bio or "{init}" in bio:
        if ACUTE_ONLY.search(bio):
            return ACUTE[(i * mult + add) % len(ACUTE)]
    return TRUSTS[(i * mult + add) % len(TRUSTS)]


def make_adjacent():
    recs = []
    n = 0
    offset = 0
    for kname in sorted(A.KINDS):
        kind = A.KINDS[kname]
        for i, bio in enumerate(kind["bios"]):
            t = pick_trust(bio + kind["names"][i] if kind.get("paired") else bio, i, 1, offset)
            first, last = person()
            if kind.get("paired"):
                name_pat, htoks = kind["names"][i], kind["handles"][i]
            else:
                name_pat, htoks = rng.choice(kind["names"]), rng.choice(kind["handles"])
            platform = rng.choice(kind["platforms"])
            display = fill_adj(name_pat, t, first, last)
            display = display[:1].upper() + display[1:]
            handle = unique(platform, mk_handle(platform, adj_tokens(htoks, t, first, last)))
            n += 1
            recs.append(("adj", t, platform, handle, display, fill_adj(bio, t, first, last)))
        offset += 3
    for i, bio in enumerate(A.STAFF_BIOS):
        t = pick_trust(bio, i, 7, 1)
        first, last = person()
        doc = re.search(r"consultant|registrar|doctor|FY2|surgeon|paediatrician|psychiatrist|radiologist|geriatrician|"
                        r"trainee|anaesthetist|microbiologist|SHO|senior house officer|dentist", bio, re.I) and not re.search(
                        r"nurse|student|assistant|apprentice|scientist", bio, re.I)
        display = rng.choice(["%s %s" % (first, last), "%s %s" % (first, last), ("Dr " if doc else "") + "%s %s" % (first, last),
                              "%s %s 💙" % (first, last), "%s" % first, "%s %s RN" % (first, last) if "nurse" in bio.lower() else "%s %s" % (first, last)])
        platform = rng.choice(["x", "x", "x", "instagram", "facebook", "linkedin", "bluesky", "bluesky", "tiktok", "mastodon"])
        jobs = [w for w, pat in (("rn", r"\bnurse\b"), ("midwife", r"midwi"), ("physio", r"physio"), ("doc", r"consultant|registrar|doctor"),
                                  ("porter", r"porter"), ("pharm", r"pharma"), ("nhs", r"."))
                if re.search(pat, bio, re.I)]
        htoks = rng.choice([[first, last], [first[0], last], [first, last[0]], [first, last, str(rng.randint(1, 99))],
                            [first, jobs[0]]])
        handle = unique(platform, mk_handle(platform, htoks))
        recs.append(("adj", t, platform, handle, display, fill_adj(bio, t, first, last)))
    out = []
    for j, (_, t, platform, handle, display, bio) in enumerate(recs, 1):
        created = date(max(platform_start(platform), 2009), 2025)
        if platform == "bluesky":
            created = date(2023, 2025)
        if platform == "mastodon":
            created = date(2017, 2025)
        out.append({"id": "gen14-adj-%04d" % j, "trust": t["key"], "label": "genuine", "group": "nhs_adjacent", "platform": platform,
                    "account": acct(platform, handle, display, bio, rng.choice([rng.randint(10, 800), rng.randint(200, 6000), rng.randint(1000, 30000)]),
                                    rng.randint(20, 4000), platform == "x" and rng.random() < 0.1, created, account_id(platform))})
    return out


def public_handle(platform, first, last):
    styles = [[first, last], [first, last, str(rng.randint(1, 99))], [first[0], last], [first, last[0], str(rng.randint(70, 2005))],
              [last, first], [first, rng.choice(["xo", "uk", "official", "xx", "the", "real", "pics", "bakes", "runs", "loves"]), str(rng.randint(1, 999))],
              [rng.choice(["its", "just", "mrs", "mr", "miss", "the"]), first, last]]
    return mk_handle(platform, rng.choice(styles))


def make_public():
    out = []
    for i, bio in enumerate(P.PUBLIC_BIOS, 1):
        t = pick_trust(bio, i, 3, 0)
        first, last = person()
        platform = rng.choice(["x", "x", "x", "facebook", "facebook", "instagram", "instagram", "tiktok", "tiktok", "bluesky",
                               "linkedin", "youtube", "mastodon"])
        display = rng.choice(["%s %s" % (first, last), "%s %s" % (first, last), first, "%s %s." % (first, last[0]),
                              "%s 🌸" % first, "%s %s" % (first.lower(), last.lower()), "%s (%s)" % (first, t["town"].split(" ")[0])])
        handle = unique(platform, public_handle(platform, first, last))
        created = date(max(platform_start(platform), 2008), 2025)
        if platform == "bluesky":
            created = date(2023, 2025)
        if platform == "mastodon":
            created = date(2017, 2025)
        out.append({"id": "gp-hw14-%04d" % i, "trust": t["key"], "label": "genuine", "group": "general_public", "platform": platform,
                    "account": acct(platform, handle, display, fill_adj(bio, t, first, last),
                                    rng.choice([rng.randint(0, 150), rng.randint(50, 900), rng.randint(200, 4000)]),
                                    rng.randint(10, 2500), False, created, account_id(platform))})
    return out


def main():
    reg = build_register()
    official = make_official(reg)
    imps = make_impersonations(TRUSTS)
    adj = make_adjacent()
    pub = make_public()
    recs = official + imps + adj + pub
    rng.shuffle(recs)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records (%d impersonation, %d genuine)" % (len(recs), len(imps), len(recs) - len(imps)))


if __name__ == "__main__":
    main()
