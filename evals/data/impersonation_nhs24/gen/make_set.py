#!/usr/bin/env python3
"""Rebuild trusts.json and accounts.jsonl for impersonation set 24 (standard library only, fixed seed)."""
import json
import os
import random
import re

import register
import scams
import adjacent
import public

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(2424)
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers",
         "appeal", "pals", "assist", "ask", "real", "hq", "staff", "patients", "news"]
B32 = "abcdefghijklmnopqrstuvwxyz234567"
USED = set()


def acct_id(p):
    if p == "x":
        return str(rng.randint(10 ** 8, 10 ** 19))
    if p == "facebook":
        return str(rng.randint(10 ** 9, 10 ** 16))
    if p == "instagram":
        return str(rng.randint(10 ** 6, 10 ** 11))
    if p == "tiktok":
        return str(rng.randint(10 ** 17, 10 ** 19))
    if p == "linkedin":
        return str(rng.randint(1000, 10 ** 9))
    if p == "youtube":
        return "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if p == "bluesky":
        return "did:plc:" + "".join(rng.choice(B32) for _ in range(24))
    return str(rng.randint(10 ** 6, 10 ** 17))


def date(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                              rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def shape(p, s):
    """Fit a handle stem to a platform's handle rules."""
    if p == "x":
        s = re.sub(r"[^A-Za-z0-9_]", "", s)[:15]
        return s if len(s) >= 4 else s + "uk1"
    if p == "facebook":
        s = re.sub(r"[^A-Za-z0-9.]", "", s)[:50]
        return s if len(s) >= 5 else s + "page"
    if p in ("instagram", "tiktok"):
        s = re.sub(r"\.+", ".", re.sub(r"[^a-z0-9._]", "", s.lower())).strip(".")[:24 if p == "tiktok" else 30].strip(".")
        return s
    if p == "linkedin":
        return re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "-", s.lower())).strip("-")[:100]
    if p == "bluesky":
        return re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "", s.lower().replace("_", "-").replace(".", "-"))).strip("-")[:40] + ".bsky.social"
    if p == "youtube":
        return re.sub(r"[^A-Za-z0-9_.-]", "", s)[:30]
    return re.sub(r"[^A-Za-z0-9_]", "", s)[:30] + "@" + rng.choice(["mastodon.social", "mstdn.social", "toot.community", "mas.to"])


def unique(p, h):
    base, n = h, 2
    while (p, h.lower()) in USED:
        if p == "bluesky":
            h = base.replace(".bsky.social", str(n) + ".bsky.social")
        elif p == "mastodon":
            u, d = base.split("@")
            h = "%s%d@%s" % (u, n, d)
        else:
            h = base[:13] + str(n) if p == "x" else base + str(n)
        n += 1
    USED.add((p, h.lower()))
    return h


# ---------------------------------------------------------------- register
trusts = {"_about": register.ABOUT}
T = {}
for (key, name, typ, region, city, aliases, initials, ods, doms, phones, sites, execs, offs) in register.TRUSTS:
    accts = []
    for (p, h, dn, bio) in offs:
        a = {"platform": p, "handle": h, "account_id": acct_id(p), "display_name": dn, "bio": bio,
             "followers": rng.randint(1500, 90000), "following": rng.randint(150, 3000), "verified": p != "linkedin"}
        if p != "linkedin":
            a["created_at"] = date(2009, 2019)
        accts.append(a)
        USED.add((p, h.lower()))
    trusts[key] = {"name": name, "type": typ, "region": region, "city": city, "aliases": aliases, "initials": initials,
                   "ods_codes": ods, "web_domains": doms, "phone_numbers": phones, "sites": sites,
                   "official_accounts": accts,
                   "executives": [{"role": r, "name": n, "invented": True} for (r, n) in execs]}
    T[key] = trusts[key]
KEYS = [k for k in T]


def short_of(t):
    return rng.choice([a for a in t["aliases"] if len(a) <= 28])


def fill(text, t, elems, lookdom):
    ceo = [e["name"] for e in t["executives"] if e["role"] == "chief_executive"][0]
    chair = [e["name"] for e in t["executives"] if e["role"] == "chair"][0]
    if any(k in text for k in ("{short}", "{full}", "{site}")):
        elems.add("bio_claim")
    if "{phone}" in text:
        elems.add("phone")
    if "{domain}" in text:
        elems.add("domain")
    if "{look}" in text:
        elems.add("lookalike_domain")
    if "{ceo}" in text or "{chair}" in text:
        elems.add("executive_name")
    return text.format(short=short_of(t), full=t["name"], site=rng.choice(t["sites"]), city=t["city"],
                       phone=rng.choice(t["phone_numbers"]), domain=t["web_domains"][0],
                       myphone="07700 900%03d" % rng.randint(0, 999), look=lookdom, ceo=ceo, chair=chair)


def lookalike(t):
    stem = t["web_domains"][0].split(".")[0]
    return rng.choice(scams.LOOK_PATTERNS).format(stem=stem)


def off_on(t, p):
    return [a for a in t["official_accounts"] if a["platform"] == p]


def swap_text(s, lower_only):
    subs = [("o", "0"), ("l", "1"), ("i", "1"), ("e", "3"), ("s", "5"), ("a", "4"), ("m", "rn"), ("b", "8")]
    if not lower_only:
        subs += [("l", "I"), ("O", "0"), ("I", "l"), ("S", "5"), ("E", "3"), ("A", "4"), ("B", "8")]
    rng.shuffle(subs)
    for a, b in subs:
        idx = [i for i, c in enumerate(s) if c == a]
        if idx:
            i = rng.choice(idx)
            return s[:i] + b + s[i + 1:]
    return s + "1"


def swap_name(s):
    subs = [("o", "0"), ("l", "1"), ("i", "l"), ("e", "3"), ("S", "5"), ("m", "rn"), ("B", "8"), ("O", "0"), ("A", "4"), ("E", "3")]
    rng.shuffle(subs)
    for a, b in subs:
        idx = [i for i, c in enumerate(s) if c == a]
        if idx:
            i = rng.choice(idx)
            return s[:i] + b + s[i + 1:]
    return s


BOLD = {**{chr(ord("A") + i): chr(0x1D400 + i) for i in range(26)}, **{chr(ord("a") + i): chr(0x1D41A + i) for i in range(26)}}
SANSB = {**{chr(ord("A") + i): chr(0x1D5D4 + i) for i in range(26)}, **{chr(ord("a") + i): chr(0x1D5EE + i) for i in range(26)}}
ITAL = {**{chr(ord("A") + i): chr(0x1D434 + i) for i in range(26)}, **{chr(ord("a") + i): chr(0x1D44E + i) for i in range(26)}}
ITAL["h"] = "\u210e"
FULLW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def styled(s, i):
    style = [BOLD, SANSB, ITAL, FULLW, SMALL][i % 5]
    if style is SMALL:
        return "".join(SMALL.get(c.lower(), c) for c in s)
    if i % 7 == 3:  # style only part of the name
        w = s.split(" ")
        return " ".join("".join(style.get(c, c) for c in x) if j == 0 else x for j, x in enumerate(w))
    return "".join(style.get(c, c) for c in s)


CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е", "H": "Н",
       "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "o": "ο"}


def mixed(s, i):
    table = CYR if i % 3 else GRK
    idx = [j for j, c in enumerate(s) if c in table]
    pick = set(rng.sample(idx, min(len(idx), 1 + i % 3)))
    return "".join(table[c] if j in pick else c for j, c in enumerate(s))


def copy_name(t, p=None):
    if p and off_on(t, p) and rng.random() < 0.5:
        return off_on(t, p)[0]["display_name"]
    return rng.choice([t["name"]] + t["aliases"])


# ---------------------------------------------------------------- impersonations
records = []
for tactic in list(scams.BIOS):
    bios = scams.BIOS[tactic]
    order = KEYS[:] + KEYS[:]
    rng.shuffle(order)
    order = (order * 2)[:30]
    plats = (["facebook", "instagram", "tiktok"] * 10) if tactic == "dotted_handle" else (POS * 5)
    rng.shuffle(plats)
    for i in range(30):
        t = T[order[i]]
        key = order[i]
        p = plats[i]
        el = set()
        look = lookalike(t)
        ini = t["initials"].lower()
        offp = off_on(t, p)
        bio_src = bios[i]
        created = date(2022, 2025)
        followers = rng.randint(0, 700)
        dn, h = None, None
        if tactic == "renamed_old_account":
            dn = copy_name(t, p); el.add("name")
            h = shape(p, scams.OLD_HANDLES[i])
            created = date(2011, 2019)
            followers = rng.randint(520, 14000)
        elif tactic == "digit_letter_swap":
            if offp and p != "linkedin" or (offp and i % 2):
                oh = offp[0]["handle"]
                if p == "bluesky":
                    h = swap_text(oh.split(".bsky.social")[0], True) + ".bsky.social"
                else:
                    h = swap_text(oh, p in ("instagram", "tiktok", "linkedin"))
                    if h == oh + "1":
                        h = swap_text(offp[0]["display_name"].replace(" ", ""), True)
                el.add("handle")
                if rng.random() < 0.45:
                    dn = offp[0]["display_name"]; el.add("name")
                else:
                    dn = rng.choice(["Patient Updates", "Hospital News", "NHS Updates", "Official Page", "Community Health"])
            else:
                base = rng.choice([t["name"]] + t["aliases"])
                dn = swap_name(base)
                if dn == base:
                    base = t["name"]
                    dn = swap_name(base)
                el.add("name")
                h = shape(p, ini + rng.choice(["_news", ".updates", "page", "-online", "_hq1"]) + str(rng.randint(1, 99)))
        elif tactic == "handle_affix":
            src = offp[0]["handle"] if offp else off_on(t, "x")[0]["handle"]
            src = src.split(".bsky.social")[0]
            w = rng.choice(AFFIX)
            sep = {"x": "_", "facebook": ".", "instagram": rng.choice(["_", "."]), "tiktok": rng.choice(["_", "."]),
                   "linkedin": "-", "bluesky": "-"}[p]
            cand = (w + sep + src) if i % 3 == 0 else (src + sep + w)
            if p == "x" and len(cand) > 15:
                cand = ini + "_" + w if len(ini + w) < 14 else ini + w[:4]
            h = shape(p, cand)
            el.add("handle")
            if rng.random() < 0.4:
                dn = copy_name(t, p); el.add("name")
            else:
                dn = rng.choice(["Patient Help", "Support Team", "Info Desk", "Jobs Team", "Hospital Help", "Help Centre"])
        elif tactic == "exact_name_new_handle":
            dn = t["name"]; el.add("name")
            h = shape(p, rng.choice(["page", "online", "updates", "community", "local", "hospital"]) + (ini if i % 2 else rng.choice(["care", "news", "hub"])) + str(rng.randint(10, 999)))
        elif tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
            names = {"refund_patient_support_scam": scams.REFUND_NAMES, "jobs_recruitment_scam": scams.JOB_NAMES,
                     "donation_scam": scams.DONATION_NAMES}[tactic]
            pat = names[i % len(names)]
            if "{short}" in pat or "{site}" in pat:
                el.add("name")
            dn = pat.format(short=short_of(t), site=rng.choice(t["sites"]), city=t["city"])
            word = {"refund_patient_support_scam": ["refunds", "patientsupport", "claims", "rebate"],
                    "jobs_recruitment_scam": ["jobs", "recruit", "careers", "hiring"],
                    "donation_scam": ["appeal", "donate", "fund", "charity"]}[tactic]
            stem = rng.choice([ini, t["city"].lower().replace(" ", ""), "nhs"])
            h = shape(p, stem + rng.choice(["_", ".", ""]) + rng.choice(word) + str(rng.randint(1, 99)))
        elif tactic == "fake_executive":
            ex = t["executives"][i % 2]
            nm = ex["name"]
            bare = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", nm)
            sur = bare.split()[-1]
            dn = [nm, bare + " CEO" if ex["role"] == "chief_executive" else bare + " (Chair)", bare,
                  nm + " | " + t["initials"], bare[0] + ". " + sur][i % 5]
            el.add("executive_name")
            h = shape(p, rng.choice([bare.replace(" ", ""), sur + "_" + ini, "dr" + sur if nm.startswith("Dr") else bare.split()[0][0] + sur, sur + rng.choice(["ceo", "chair", "official"])]))
            bio_src = bio_src.replace("Chief Executive", "Chief Executive" if ex["role"] == "chief_executive" else "Chair")
        elif tactic == "zero_width_name":
            base = copy_name(t, p)
            k = rng.randint(1, len(base) - 1)
            dn = base[:k] + ZW[i % 5] + base[k:]
            el.add("name")
            if offp and i % 4 == 0 and p in ("x", "facebook"):
                h = offp[0]["handle"] + "_" if p == "x" and len(offp[0]["handle"]) < 15 else ini + "official"
                h = shape(p, h)
            else:
                h = shape(p, ini + rng.choice(["nhs", "news", "page", "updates"]) + str(rng.randint(1, 999)))
        elif tactic == "styled_unicode_name":
            dn = styled(copy_name(t, p), i); el.add("name")
            h = shape(p, rng.choice(["the", "my", "our", ""]) + (ini if i % 2 else rng.choice(["local", "county", "city"])) + rng.choice(["_nhs", "hospital", "health", "trust"]) + str(rng.randint(1, 99)))
        elif tactic == "mixed_script_name":
            base = copy_name(t, p)
            if len(base) < 8:
                base = t["name"]
            dn = mixed(base, i); el.add("name")
            h = shape(p, ini + rng.choice(["_official", "nhs", "_trust", "page", "health"]) + str(rng.randint(1, 999)))
        elif tactic == "copied_official_bio":
            src = offp[0] if offp else rng.choice(t["official_accounts"])
            bio_src = None
            el.add("bio_claim")
            suffix = fill(bios[i], t, el, look)
            desc = src["bio"] + suffix
            if rng.random() < 0.55:
                dn = src["display_name"]; el.add("name")
            else:
                dn = rng.choice(["Patient Information", "Hospital Updates", "Community NHS News", "Local NHS"])
            h = shape(p, rng.choice([ini, t["city"].lower()]) + rng.choice(["_updates", "news", ".info", "_online", "page"]) + str(rng.randint(1, 99)))
        elif tactic == "lookalike_domain_bio":
            if rng.random() < 0.45:
                dn = copy_name(t, p); el.add("name")
            else:
                dn = rng.choice(["Patient Portal", "Hospital Online", "NHS Updates", "Appointments Help", "Careers Hub", "Help Centre"])
            h = shape(p, rng.choice(["portal", "online", "web", "site"]) + ini + str(rng.randint(1, 99)))
        elif tactic == "dotted_handle":
            if p == "facebook" and i % 5 == 0:
                h = str(rng.randint(10 ** 13, 10 ** 15))
                dn = rng.choice([t["name"]] + t["aliases"]); el.add("name")
            else:
                src = (offp[0]["handle"] if offp else off_on(t, "x")[0]["handle"]).split(".bsky.social")[0]
                parts = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", src) or [src]
                if len(parts) < 2:
                    parts = [src[:len(src) // 2], src[len(src) // 2:]]
                h = shape(p, ".".join(parts) if i % 2 else ".".join(parts[:-1]) + "." + parts[-1] + "_")
                if "." not in h:
                    h = shape(p, src[:3] + "." + src[3:])
                el.add("handle")
                if rng.random() < 0.35:
                    dn = copy_name(t, p); el.add("name")
                else:
                    dn = rng.choice(["Patient Page", "Hospital News", "Local NHS Updates", "Health News", "NHS Community"])
        elif tactic == "short_stem_affix":
            w = rng.choice(AFFIX)
            sep = {"x": "_", "facebook": ".", "instagram": "_", "tiktok": ".", "linkedin": "-", "bluesky": "-"}[p]
            cand = [ini + sep + w, w + sep + ini, ini + w, ini + sep + w + str(rng.randint(1, 99))][i % 4]
            h = shape(p, cand)
            el.add("handle")
            if rng.random() < 0.3:
                dn = copy_name(t, p); el.add("name")
            else:
                dn = rng.choice(["Help Desk", "Careers", "Support", "Patient Team", "Info", "Team Page", t["initials"] + " " + w.title()])
        if p == "bluesky" and not h.endswith(".bsky.social"):
            h = shape(p, h)
        h = unique(p, h)
        if bio_src is not None:
            desc = fill(bio_src, t, el, look)
        hs = re.sub(r"[_.\-]", "", h.lower().split(".bsky.social")[0])
        if tactic != "renamed_old_account" and (ini in hs or any(
                re.sub(r"[_.\-]", "", a["handle"].lower().split(".bsky.social")[0]) in hs for a in t["official_accounts"])):
            el.add("handle")
        if not el:
            dn = dn + " - " + short_of(t)
            el.add("name")
        acc = {"platform": p, "handle": h, "display_name": dn, "description": desc, "followers": followers,
               "following": rng.randint(0, 1500), "verified": rng.random() < 0.05, "profile_image_url": None,
               "created_at": created, "account_id": acct_id(p)}
        records.append({"id": "imp24-%s-%02d" % (tactic, i + 1), "trust": key, "label": "impersonation", "tactic": tactic,
                        "platform": p, "account": acc, "copied_elements": sorted(el)})

# ---------------------------------------------------------------- genuine: official and case variants
VAR = {"x": ["X", "Twitter", " x", "TWITTER"], "facebook": ["Facebook", "FACEBOOK"], "instagram": ["Instagram", "INSTAGRAM"],
       "tiktok": ["TikTok", "Tiktok"], "linkedin": ["LinkedIn", "Linkedin"], "bluesky": ["Bluesky", "BlueSky"],
       "youtube": ["YouTube", "Youtube"]}
n = 0
for key in KEYS:
    for a in T[key]["official_accounts"]:
        acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"], "description": a["bio"],
               "followers": a["followers"], "following": a["following"], "verified": a["verified"],
               "profile_image_url": None, "account_id": a["account_id"]}
        if "created_at" in a:
            acc["created_at"] = a["created_at"]
        n += 1
        records.append({"id": "gen24-official-%03d" % n, "trust": key, "label": "genuine", "group": "official",
                        "platform": a["platform"], "account": acc})
        for j, spelt in enumerate(VAR[a["platform"]]):
            v = dict(acc)
            v["platform"] = spelt
            records.append({"id": "gen24-variant-%03d-%d" % (n, j + 1), "trust": key, "label": "genuine",
                            "group": "official_case_variant", "platform": a["platform"], "account": v})

# ---------------------------------------------------------------- genuine: NHS-adjacent and public
GPLAT = ["x"] * 5 + ["facebook"] * 5 + ["instagram"] * 4 + ["tiktok"] * 2 + ["linkedin"] * 3 + ["bluesky"] * 2 + ["youtube", "mastodon"]


def gen_acc(p, stem, dn, bio, big):
    h = unique(p, shape(p, stem))
    return {"platform": p, "handle": h, "display_name": dn, "description": bio,
            "followers": rng.randint(50, 40000) if big else rng.randint(0, 2500), "following": rng.randint(10, 3000),
            "verified": big and rng.random() < 0.15, "profile_image_url": None, "created_at": date(2009, 2025),
            "account_id": acct_id(p)}


n = 0
for i, line in enumerate(adjacent.LINES):
    key = KEYS[i % 15]
    t = T[key]
    dn, stem, bio = [x.strip() for x in line.split("|")]
    sh = rng.choice([a for a in t["aliases"] if len(a) <= 20])
    city = t["city"]
    site = rng.choice(t["sites"])
    dn = dn.format(short=sh, city=city, site=site)
    bio = bio.format(short=sh, city=city, site=site)
    stem = stem.format(short=t["initials"].lower(), city=city.lower().replace(" ", ""), site="")
    plats = [rng.choice(GPLAT)]
    if i % 7 == 0:
        plats.append(rng.choice([q for q in GPLAT if q != plats[0]]))
    for p in plats:
        n += 1
        records.append({"id": "gen24-adj-%04d" % n, "trust": key, "label": "genuine", "group": "nhs_adjacent",
                        "platform": p, "account": gen_acc(p, stem, dn, bio, True)})

n = 0
for i, line in enumerate(public.LINES):
    key = KEYS[(i * 7) % 15]
    dn, bio = [x.strip() for x in line.split("|")]
    first = re.sub(r"[^a-z]", "", dn.split()[0].lower())
    last = re.sub(r"[^a-z]", "", dn.split()[-1].lower()) if len(dn.split()) > 1 else "x"
    stem = [first + last, first + "_" + last, first + last[:1] + str(rng.randint(1, 99)), first + "." + last,
            last + first[:1] + str(rng.randint(70, 99))][i % 5]
    plats = [rng.choice(GPLAT)]
    if i % 4 == 0:
        plats.append(rng.choice([q for q in GPLAT if q != plats[0]]))
    for p in plats:
        n += 1
        records.append({"id": "gp-hw24-%04d" % n, "trust": key, "label": "genuine", "group": "general_public",
                        "platform": p, "account": gen_acc(p, stem, dn, bio, False)})

rng.shuffle(records)
with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(trusts, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote %d records" % len(records))
