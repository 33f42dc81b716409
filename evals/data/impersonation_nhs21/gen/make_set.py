#!/usr/bin/env python3
"""Assemble set 21 (trusts.json + accounts.jsonl) from the hand-written text in this folder.

Standard library only; a fixed seed makes the output byte-identical on every run:
    python3 gen/make_set.py
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import adjacent  # noqa: E402
import public  # noqa: E402
import register  # noqa: E402
import scam_text as S  # noqa: E402

SEED = 21_2107
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
RULES = {
    "x": r"^[A-Za-z0-9_]{4,15}$",
    "facebook": r"^(?:[A-Za-z0-9.]{5,50}|\d{14,16})$",
    "instagram": r"^(?!.*\.\.)(?!\.)[a-z0-9._]{1,30}(?<!\.)$",
    "tiktok": r"^(?!.*\.\.)[a-z0-9._]{2,24}(?<!\.)$",
    "linkedin": r"^[a-z0-9-]{3,100}$",
    "bluesky": r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,}$",
    "youtube": r"^[A-Za-z0-9_.-]{3,30}$",
    "mastodon": r"^[A-Za-z0-9_]+@[a-z0-9.-]+$",
}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
# Tokens of each Trust's main handle, used for dotted and affix handles
HANDLE_TOKENS = {
    "ltht": ["leeds", "hospitals"], "nuth": ["newcastle", "hosps"], "mft": ["mft", "nhs"], "nwas": ["nw", "ambulance"],
    "nuh": ["nu", "hospitals"], "bsmhft": ["bsmhft"], "cuh": ["cuh", "nhs"], "eeast": ["east", "england", "amb"],
    "gstt": ["gstt", "nhs"], "slam": ["maudsley", "nhs"], "ouh": ["ou", "hospitals"], "scft": ["nhs", "sussex", "comm"],
    "swasft": ["sw", "ambulance"], "uhbw": ["uhbw", "nhs"], "lch": ["leeds", "community"],
}
NAME_SUFFIX = {
    "refund_patient_support_scam": ["Patient Support", "Refunds", "Patient Refund Team", "Patient Help", "PALS Support"],
    "jobs_recruitment_scam": ["Careers", "Recruitment", "Jobs", "International Recruitment", "HR Team"],
    "donation_scam": ["Appeal", "Charity Appeal", "Emergency Fund", "Fundraising", "Donations"],
}


def main():
    rng = random.Random(SEED)
    trusts = register.TRUSTS
    T = {t["key"]: t for t in trusts}
    used = set()  # (platform, handle.lower())
    records = []

    # ------------------------------------------------------------------ helpers
    def iso(y0, y1):
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                                   rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))

    def acc_id(p, created):
        if p == "x":
            return str(rng.randint(10 ** 18, 10 ** 19 - 1)) if created >= "2019" else str(rng.randint(10 ** 7, 4 * 10 ** 9))
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
        return str(rng.randint(10 ** 6, 10 ** 17))

    def fits(p, h):
        return h is not None and re.match(RULES[p], h) is not None

    def fmt(p, tokens, sep=None, case=None):
        """Write tokens as a handle in the style of platform p (None if it does not fit)."""
        tokens = [re.sub(r"[^A-Za-z0-9]", "", x) for x in tokens]
        tokens = [x for x in tokens if x]
        if not tokens:
            return None
        if p == "x":
            sep = sep if sep is not None else rng.choice(["", "_", ""])
            case = case or rng.choice(["lower", "title", "keep"])
            tk = [x.lower() if case == "lower" else (x[0].upper() + x[1:] if case == "title" else x) for x in tokens]
            h = sep.join(tk)
        elif p == "facebook":
            sep = sep if sep is not None else rng.choice(["", ".", ""])
            case = case or rng.choice(["lower", "title"])
            tk = [x.lower() if case == "lower" else x[0].upper() + x[1:] for x in tokens]
            h = sep.join(tk)
        elif p in ("instagram", "tiktok"):
            sep = sep if sep is not None else rng.choice(["", "_", "."])
            h = sep.join(x.lower() for x in tokens)
        elif p == "linkedin":
            h = "-".join(x.lower() for x in tokens)
        elif p == "bluesky":
            sep = sep if sep is not None else rng.choice(["", "-"])
            h = sep.join(x.lower() for x in tokens) + ".bsky.social"
        elif p == "youtube":
            h = "".join(x[0].upper() + x[1:] for x in tokens)
        else:  # mastodon
            h = "".join(x.lower() for x in tokens) + "@" + rng.choice(["mastodon.social", "mstdn.social", "mastodon.online"])
        return h if fits(p, h) else None

    def add_digits(p, h, n):
        d = "".join(rng.choice("0123456789") for _ in range(n))
        if p == "bluesky":
            return h.replace(".bsky.social", d + ".bsky.social")
        if p == "mastodon":
            u, s = h.split("@")
            return u + d + "@" + s
        return h + d

    def claim(p, h, digits_from="279"):
        """Reserve a handle, adding digits on collision."""
        k = 0
        base = h
        while (p, h.lower()) in used or not fits(p, h):
            k += 1
            if k > 40:
                raise SystemExit("cannot place handle %s %s" % (p, base))
            cut = base
            if p == "x" and len(cut) > 13:
                cut = cut[:13]
            d = "".join(rng.choice(digits_from) for _ in range(1 + k // 10))
            h = cut.replace(".bsky.social", d + ".bsky.social") if p == "bluesky" else cut + d
        used.add((p, h.lower()))
        return h

    def person_handle(p, display):
        toks = re.findall(r"[A-Za-z0-9]+", display.replace("'", ""))
        h = None
        for attempt in range(6):
            t2 = toks if attempt < 2 else [toks[0][:1]] + toks[1:] if len(toks) > 1 else toks
            h = fmt(p, t2)
            if h and rng.random() < 0.4 and p not in ("linkedin",):
                h = add_digits(p, h, rng.choice([2, 2, 3, 4]))
            if fits(p, h):
                break
            h = fmt(p, [x[:6] for x in toks])
            if fits(p, h):
                break
        if not fits(p, h):
            h = fmt(p, ["user"] + [str(rng.randint(1000, 99999))])
        return claim(p, h)

    def account(p, handle, display, bio, followers, following, verified, created, plat_written=None):
        a = {"platform": plat_written if plat_written is not None else p, "handle": handle, "display_name": display,
             "description": bio, "followers": followers, "following": following, "verified": verified,
             "profile_image_url": None}
        if created:
            a["created_at"] = created
        a["account_id"] = acc_id(p, created or "2015")
        return a

    # ------------------------------------------------------------------ register
    reg = {"_about": register.ABOUT}
    for t in trusts:
        offs = []
        for (p, h, dn, bio) in t["accounts"]:
            created = iso(2009, 2016) if p not in ("tiktok", "bluesky") else (iso(2020, 2022) if p == "tiktok" else iso(2023, 2024))
            o = {"platform": p, "handle": h, "account_id": acc_id(p, created), "display_name": dn, "bio": bio,
                 "followers": rng.randint(3000, 160000), "following": rng.randint(150, 3000),
                 "verified": p not in ("linkedin", "bluesky")}
            if p != "linkedin":
                o["created_at"] = created
            offs.append(o)
            used.add((p, h.lower()))
        reg[t["key"]] = {
            "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
            "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": offs,
            "executives": [{"role": r, "name": n, "invented": True} for (r, n) in t["executives"]],
        }

    # ------------------------------------------------------------------ genuine: official and case variants
    VARIANTS = {
        "x": ["TWITTER", "twitter ", "Twitter ", "x ", " X ", "tWitter"],
        "facebook": ["Facebook", "FACEBOOK", "facebook ", " Facebook", "FaceBook"],
        "instagram": ["Instagram", "INSTAGRAM", "instagram ", "InstaGram"],
        "linkedin": ["LinkedIn", "LINKEDIN", "Linkedin", " linkedin"],
        "tiktok": ["TikTok", "TIKTOK", "Tiktok", "tiktok "],
        "youtube": ["YouTube", "YOUTUBE", "Youtube"],
        "bluesky": ["Bluesky", "BlueSky", "BLUESKY"],
    }
    n_off = n_var = 0
    for t in trusts:
        for o in reg[t["key"]]["official_accounts"]:
            p = o["platform"]

            def off_acc(written):
                a = {"platform": written, "handle": o["handle"], "display_name": o["display_name"], "description": o["bio"],
                     "followers": o["followers"], "following": o["following"], "verified": o["verified"],
                     "profile_image_url": None}
                if "created_at" in o:
                    a["created_at"] = o["created_at"]
                a["account_id"] = o["account_id"]
                return a
            n_off += 1
            records.append({"id": "s21-off-%03d" % n_off, "trust": t["key"], "label": "genuine", "group": "official",
                            "platform": p, "account": off_acc(p)})
            if p == "x":
                spellings = ["X", "Twitter", " x", rng.choice(VARIANTS["x"])]
            else:
                spellings = rng.sample(VARIANTS[p], 2)
            for s in spellings:
                n_var += 1
                records.append({"id": "s21-var-%03d" % n_var, "trust": t["key"], "label": "genuine",
                                "group": "official_case_variant", "platform": p, "account": off_acc(s)})

    # ------------------------------------------------------------------ genuine: NHS-adjacent
    def parse(block):
        out = []
        for line in block.strip().splitlines():
            if not line.strip():
                continue
            parts = [x.strip() for x in line.split("|")]
            out.append(parts)
        return out

    adj_rows = []
    for t in trusts:
        for parts in parse(adjacent.ADJ[t["key"]]):
            adj_rows.append((t["key"], parts))
    nat = parse(adjacent.NATIONAL)
    keys = [t["key"] for t in trusts]
    for i, parts in enumerate(nat):
        adj_rows.append((keys[i % len(keys)], parts))
    n_adj = 0
    for key, parts in adj_rows:
        p, display, bio = parts[0], parts[1], parts[2]
        if len(parts) > 3:
            h = parts[3]
            if not fits(p, h):
                raise SystemExit("adjacent handle does not fit %s: %s" % (p, h))
            h = claim(p, h)
        else:
            h = person_handle(p, display)
        created = iso(2009, 2021) if p not in ("bluesky", "tiktok") else iso(2020, 2024)
        n_adj += 1
        records.append({"id": "s21-adj-%03d" % n_adj, "trust": key, "label": "genuine", "group": "nhs_adjacent", "platform": p,
                        "account": account(p, h, display, bio, rng.randint(40, 60000), rng.randint(30, 4000),
                                           rng.random() < 0.25, created)})

    # ------------------------------------------------------------------ genuine: general public
    bios = [b for b in public.BIOS.strip().splitlines() if b.strip()]
    nick = [n.strip() for n in public.NICKNAMES]
    order = keys[:]
    n_gp = 0
    plat_w = ["x"] * 25 + ["facebook"] * 20 + ["instagram"] * 20 + ["tiktok"] * 12 + ["bluesky"] * 8 + ["linkedin"] * 4 + \
             ["youtube"] * 5 + ["mastodon"] * 6
    nick_i = 0
    for i, bio in enumerate(bios):
        if i % len(order) == 0:
            rng.shuffle(order)
        key = order[i % len(order)]
        p = rng.choice(plat_w)
        if nick_i < len(nick) and rng.random() < 0.08:
            display = nick[nick_i]
            nick_i += 1
        else:
            f, l = rng.choice(public.FIRST), rng.choice(public.LAST)
            style = rng.random()
            display = f + " " + l if style < 0.7 else (f + " " + l[0] + "." if style < 0.8 else
                                                      (f if style < 0.9 else f + " " + l + " " + rng.choice(["🌸", "⚽", "🏳️‍🌈", "💙", "☕", "🐾"])))
        h = person_handle(p, display if re.search(r"[A-Za-z]", display) else "user")
        n_gp += 1
        records.append({"id": "s21-gp-%04d" % n_gp, "trust": key, "label": "genuine", "group": "general_public", "platform": p,
                        "account": account(p, h, display, bio.replace("{city}", T[key]["city"]), rng.randint(0, 3500),
                                           rng.randint(0, 2500), False, iso(2009, 2024))})

    # ------------------------------------------------------------------ impersonations
    MIXMAP = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "y": "\u0443", "i": "\u0456",
              "s": "\u0455", "A": "\u0391", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u039a",
              "M": "\u041c", "N": "\u039d", "O": "\u041e", "P": "\u0420", "T": "\u0422", "S": "\u0405", "I": "\u0399"}

    def mixed(s):
        idx = [i for i, c in enumerate(s) if c in MIXMAP]
        k = min(len(idx) - 1, rng.choice([1, 1, 2, 3]))
        k = max(1, k)
        pick = sorted(rng.sample(idx, k))
        return "".join(MIXMAP[c] if i in pick else c for i, c in enumerate(s))

    STYLES = ["bold", "italic", "bolditalic", "sansbold", "mono", "double", "fullwidth", "smallcaps"]

    def styled(s, kind):
        out = []
        for c in s:
            if kind == "smallcaps":
                out.append(S_SMALL.get(c, c))
                continue
            if kind == "fullwidth":
                out.append(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c)
                continue
            base = {"bold": 0x1D400, "italic": 0x1D434, "bolditalic": 0x1D468, "sansbold": 0x1D5D4, "mono": 0x1D670,
                    "double": 0x1D538}[kind]
            if "A" <= c <= "Z":
                if kind == "double" and c in "CHNPQRZ":
                    out.append({"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}[c])
                else:
                    out.append(chr(base + ord(c) - 65))
            elif "a" <= c <= "z":
                if kind == "italic" and c == "h":
                    out.append("ℎ")
                else:
                    out.append(chr(base + 26 + ord(c) - 97))
            else:
                out.append(c)
        return "".join(out)
    S_SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))

    SWAP = {"o": "0", "l": "1", "i": "1", "s": "5", "e": "3", "a": "4", "b": "8"}

    def swap_text(s, n=1):
        idx = [i for i, c in enumerate(s) if c.lower() in SWAP]
        if not idx:
            i = s.lower().find("m")
            return s[:i] + "rn" + s[i + 1:] if i >= 0 else None
        if rng.random() < 0.15 and "m" in s.lower():
            i = s.lower().find("m")
            return s[:i] + "rn" + s[i + 1:]
        pick = sorted(rng.sample(idx, min(n, len(idx))))
        return "".join(SWAP[c.lower()] if i in pick else c for i, c in enumerate(s))

    def copied_name(t):
        al = t["aliases"]
        return rng.choice([t["name"], al[0], al[0], al[1], al[1] + " NHS", al[0] + " NHS", rng.choice(al[2:]), t["name"]])

    def stem_tokens(t, p):
        offp = [o for o in reg[t["key"]]["official_accounts"] if o["platform"] == p]
        return HANDLE_TOKENS[t["key"]], offp

    def affix_handle(t, p, short_only=False):
        toks = HANDLE_TOKENS[t["key"]]
        ini = t["initials"].lower()
        for attempt in range(30):
            w = rng.choice(S.AFFIXES)
            base = [ini] if (short_only or attempt > 8 or rng.random() < 0.35) else toks
            if rng.random() < 0.25:
                parts = [rng.choice(S.PREFIXES)] + base
            else:
                parts = base + [w]
            h = fmt(p, parts)
            if h and (not short_only or any(a in h.lower().replace(ini, "", 1) for a in S.AFFIXES + S.PREFIXES)):
                return h
        raise SystemExit("affix handle failed %s %s" % (t["key"], p))

    def generic_handle(p, j):
        base = S.GENERIC_HANDLES[j % len(S.GENERIC_HANDLES)]
        if p == "x":
            base = base[:11]
        h = fmt(p, [base]) or fmt(p, [base[:10]])
        return add_digits(p, h, rng.choice([2, 3, 4]))

    def copied_handle(t, p):
        """A handle copying the Trust: initials or main tokens plus a few digits or a country/NHS tag."""
        toks = HANDLE_TOKENS[t["key"]]
        ini = t["initials"].lower()
        opts = [[ini, str(rng.randint(1, 99))], toks + [str(rng.randint(10, 2025))], [ini, "nhs", "trust"], toks + ["uk"],
                [ini, "official"], ["nhs", ini]]
        for _ in range(20):
            h = fmt(p, rng.choice(opts))
            if h:
                return h
        return fmt(p, [ini, str(rng.randint(100, 999))])

    def lookalike(t):
        s = t["web_domains"][0].split(".")[0]
        return rng.choice(S.LOOKALIKE).format(s=s)

    def drama_mobile():
        return "07700 900%03d" % rng.randint(0, 999)

    eligible_short = [t for t in trusts if len(t["initials"]) <= 4]
    imp = []
    for ti, tactic in enumerate(TACTICS):
        pool = eligible_short if tactic == "short_stem_affix" else trusts
        order_t = []
        while len(order_t) < 30:
            chunk = pool[:]
            rng.shuffle(chunk)
            order_t += chunk
        minimal = set(rng.sample(range(30), 11))
        A = S.BIOS.get(tactic, {}).get("A", [])[:]
        B = S.BIOS.get(tactic, {}).get("B", [])[:]
        rng.shuffle(A)
        rng.shuffle(B)
        copied = S.COPIED[:]
        rng.shuffle(copied)
        numeric_fb = 0
        for i in range(30):
            t = order_t[i]
            key = t["key"]
            p = ["facebook", "instagram", "tiktok"][i % 3] if tactic == "dotted_handle" else POS[(i + ti) % 6]
            mini = i in minimal
            el = set()
            ceo = [n for (r, n) in t["executives"] if r == "chief_executive"][0]
            chair = [n for (r, n) in t["executives"] if r == "chair"][0]
            ctx = {"name": t["name"], "nick": t["aliases"][0], "short": t["initials"], "site": rng.choice(t["sites"]),
                   "city": t["city"], "phone": rng.choice(t["phone_numbers"]), "scamphone": drama_mobile(),
                   "domain": t["web_domains"][0], "fake": lookalike(t), "exec": ceo, "chair": chair}
            if tactic == "copied_official_bio":
                offs = reg[key]["official_accounts"]
                same = [o for o in offs if o["platform"] == p and o["platform"] != "linkedin"]
                src = rng.choice(same or [o for o in offs if o["platform"] != "linkedin"])
                ob = src["bio"]
                cut = ob.rsplit(". ", 1)[0] + "." if ". " in ob else ob
                if len(cut) < 0.75 * len(ob):  # keep the copy recognisable when the last sentence is long
                    cut = ob
                tmpl = copied[i]
                ctx["bio"], ctx["cut"] = ob, cut
                bio = tmpl.format(**ctx)
                el.add("bio_claim")
            else:
                tmpl = A.pop() if mini else B.pop()
                bio = tmpl.format(**ctx)
                if any(x in tmpl for x in ("{name}", "{nick}", "{short}", "{site}")):
                    el.add("bio_claim")
            if "{phone}" in tmpl:
                el.add("phone")
            if "{domain}" in tmpl:
                el.add("domain")
            if "{fake}" in tmpl:
                el.add("lookalike_domain")
            if "{exec}" in tmpl or "{chair}" in tmpl:
                el.add("executive_name")

            display = handle = None
            created = iso(2022, 2025)
            followers = rng.choice([rng.randint(0, 60), rng.randint(20, 400), rng.randint(100, 2500)])
            if tactic == "renamed_old_account":
                display = copied_name(t)
                el.add("name")
                old = S.OLD_HANDLES[i]
                handle = fmt(p, old.split("_")) or fmt(p, old.split("_")[:2]) or fmt(p, [old[:12]])
                created = iso(2011, 2019)
                followers = rng.randint(600, 32000)
            elif tactic == "digit_letter_swap":
                by_name = i % 6 == 5
                if by_name:
                    src = rng.choice([t["aliases"][0], t["name"]])
                    display = swap_text(src, rng.choice([1, 1, 2]))
                    el.add("name")
                    handle = generic_handle(p, i) if mini else copied_handle(t, p)
                    if not mini:
                        el.add("handle")
                else:
                    offs = reg[key]["official_accounts"]
                    same = [o["handle"] for o in offs if o["platform"] == p]
                    xs = [o["handle"] for o in offs if o["platform"] == "x"]
                    for _ in range(40):
                        base = rng.choice(same or xs)
                        if p == "bluesky" and not base.endswith(".bsky.social"):
                            base = base.lower().replace("_", "-") + ".bsky.social"
                        elif p in ("instagram", "tiktok", "linkedin"):
                            base = base.lower()
                        if p == "linkedin":
                            base = base.replace("_", "-")
                        if p == "facebook":
                            base = base.replace("_", "")
                        lab = base.split(".bsky.social")[0]
                        sw = swap_text(lab, rng.choice([1, 1, 1, 2]))
                        handle = sw + (".bsky.social" if p == "bluesky" else "")
                        if fits(p, handle) and (p, handle.lower()) not in used:
                            break
                    el.add("handle")
                    if mini:
                        display = rng.choice(S.GENERIC_NAMES)
                    else:
                        display = copied_name(t) if rng.random() < 0.7 else swap_text(t["aliases"][0])
                        el.add("name")
            elif tactic in ("handle_affix", "short_stem_affix"):
                handle = affix_handle(t, p, short_only=(tactic == "short_stem_affix"))
                el.add("handle")
                if mini:
                    display = rng.choice(S.GENERIC_NAMES)
                else:
                    display = copied_name(t) if rng.random() < 0.6 else t["aliases"][1] + " " + rng.choice(
                        ["Help", "Support", "Careers", "Info", "Helpdesk", "Patients"])
                    el.add("name")
            elif tactic == "exact_name_new_handle":
                display = t["name"]
                el.add("name")
                if mini or rng.random() < 0.5:
                    handle = generic_handle(p, i)
                else:
                    handle = copied_handle(t, p)
                    el.add("handle")
            elif tactic in NAME_SUFFIX:
                if mini:
                    display = rng.choice(S.GENERIC_NAMES)
                    handle = generic_handle(p, i)
                else:
                    display = rng.choice([t["aliases"][0], t["aliases"][1], rng.choice([x for x in t["sites"] if "," not in x])]) + " " + rng.choice(NAME_SUFFIX[tactic])
                    el.add("name")
                    if rng.random() < 0.5:
                        handle = affix_handle(t, p)
                        el.add("handle")
                    else:
                        handle = generic_handle(p, i)
            elif tactic == "fake_executive":
                who = ceo if rng.random() < 0.8 else chair
                plain = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", who)
                first, sur = plain.split()[0], plain.split()[-1]
                display = rng.choice([who, plain, plain + " CEO", who + " 💙", plain + " (Chief Executive)", who])
                if not mini and rng.random() < 0.4:
                    display = plain + " | " + t["initials"]
                    el.add("name")
                el.add("executive_name")
                sur_t = re.sub(r"[^A-Za-z]", "", sur)
                cands = [[first, sur_t], [first[0], sur_t], ["dr", sur_t], [sur_t, "ceo"], [first, sur_t, "official"], [sur_t]]
                handle = None
                for c in rng.sample(cands, len(cands)):
                    handle = fmt(p, c)
                    if handle:
                        break
                if not handle:
                    handle = fmt(p, [sur_t[:12]])
            elif tactic in ("zero_width_name", "styled_unicode_name", "mixed_script_name", "copied_official_bio",
                            "lookalike_domain_bio"):
                nm = copied_name(t)
                if tactic == "zero_width_name":
                    pos = rng.randint(1, len(nm) - 1)
                    z = rng.choice(ZW)
                    display = nm[:pos] + z + nm[pos:]
                    if rng.random() < 0.3:
                        pos2 = rng.randint(1, len(display) - 1)
                        display = display[:pos2] + rng.choice(ZW) + display[pos2:]
                    el.add("name")
                elif tactic == "styled_unicode_name":
                    kind = STYLES[i % len(STYLES)]
                    if rng.random() < 0.25 and " " in nm:
                        w = nm.split(" ")
                        j = rng.randrange(len(w))
                        w[j] = styled(w[j], kind)
                        display = " ".join(w)
                        if display == nm:
                            display = styled(nm, kind)
                    else:
                        display = styled(nm, kind)
                    if not any(ord(c) > 127 for c in display):
                        display = styled(nm, "bold")
                    el.add("name")
                elif tactic == "mixed_script_name":
                    display = mixed(nm)
                    el.add("name")
                else:  # copied bio / lookalike domain: the name is optional
                    if mini:
                        display = rng.choice(S.GENERIC_NAMES)
                    else:
                        if tactic == "copied_official_bio" and rng.random() < 0.5:
                            display = src["display_name"]
                        else:
                            display = nm
                        el.add("name")
                if mini or rng.random() < 0.5:
                    handle = generic_handle(p, i + ti)
                else:
                    handle = copied_handle(t, p)
                    el.add("handle")
            elif tactic == "dotted_handle":
                if p == "facebook" and numeric_fb < 4 and i % 2 == 1:
                    numeric_fb += 1
                    handle = str(rng.randint(10 ** 14, 10 ** 15 - 1))
                    display = rng.choice([t["name"], t["aliases"][0], t["aliases"][1]])
                    el.add("name")
                else:
                    toks = HANDLE_TOKENS[key]
                    ini = t["initials"].lower()
                    opts = [toks, toks + ["uk"], list(ini) if len(ini) <= 5 else [ini[:3], ini[3:]], [ini, "nhs"],
                            toks + ["official"], ["official"] + toks, [ini, "trust"], toks + ["nhs"], ["the"] + toks]
                    for _ in range(30):
                        o = rng.choice(opts)
                        if len(o) < 2:
                            continue
                        handle = fmt(p, o, sep=".")
                        if handle and (p, handle.lower()) not in used:
                            break
                    el.add("handle")
                    if mini:
                        display = rng.choice(S.GENERIC_NAMES)
                    else:
                        display = copied_name(t)
                        el.add("name")
            if handle is None:
                raise SystemExit("no handle for %s %s %s" % (tactic, key, p))
            handle = claim(p, handle, digits_from="279")
            verified = rng.random() < 0.08
            acc = account(p, handle, display, bio, followers, rng.randint(0, 900), verified, created)
            imp.append({"id": None, "trust": key, "label": "impersonation", "tactic": tactic, "platform": p, "account": acc,
                        "copied_elements": sorted(el)})
    rng.shuffle(imp)
    for n, r in enumerate(imp, 1):
        r["id"] = "s21-imp-%03d" % n
    records += imp

    rng.shuffle(records)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records (%d impersonation, %d official, %d variants, %d adjacent, %d public)"
          % (len(records), len(imp), n_off, n_var, n_adj, n_gp))


if __name__ == "__main__":
    main()
