#!/usr/bin/env python3
"""Rebuild trusts.json and accounts.jsonl of the twelfth impersonation set (standard library only, seed 1212)."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from adjacent import KINDS  # noqa: E402
from public import FIRST, PLACES, TAILS, WHAT, WHO  # noqa: E402
from texts import APPENDS, CLAIM, DONATION, EXEC, JOBS, NEUTRAL, OLD_HANDLES, REFUND  # noqa: E402
from trusts_data import TRUSTS  # noqa: E402

OUT = os.path.dirname(HERE)
R = random.Random(1212)
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
RULES = {
    "x": r"^[A-Za-z0-9_]{4,15}$", "facebook": r"^(?:[A-Za-z0-9.]{5,50}|\d{14,16})$",
    "instagram": r"^(?!.*\.\.)(?!\.)[a-z0-9._]{1,30}(?<!\.)$", "tiktok": r"^(?!.*\.\.)[a-z0-9._]{2,24}(?<!\.)$",
    "linkedin": r"^[a-z0-9-]{3,100}$", "bluesky": r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,}$", "youtube": r"^[A-Za-z0-9_.-]{3,30}$",
    "mastodon": r"^[A-Za-z0-9_]+@[a-z0-9.-]+$",
}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
SMALL = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "A": "А", "E": "Е", "O": "О", "C": "С", "H": "Н", "T": "Т", "M": "М"}
GRK = {"A": "Α", "E": "Ε", "O": "Ο", "I": "Ι", "N": "Ν", "T": "Τ", "H": "Η", "K": "Κ", "M": "Μ", "o": "ο"}
SWAP = {"o": "0", "O": "0", "l": "1", "i": "1", "I": "1", "s": "5", "S": "5", "e": "3", "E": "3", "a": "4", "A": "4", "m": "rn", "b": "8"}
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "nhs", "desk", "helpline", "careers", "appeal",
         "pals", "assist", "ask", "real", "hq", "staff", "patients", "news"]
DRAMA_MOB = ["07700 900%03d", "+44 7700 900%03d", "0808 157 0%03d", "020 7946 0%03d", "0113 496 0%03d"]
LOOK = ["{s}-nhs.uk", "{s}nhs.co.uk", "{s}-refunds.com", "{s}.nhs-uk.help", "{s}-patients.online", "{s}nhs.info", "nhs-{s}.org",
        "{s}-careers.net", "{s}.nhs.uk.verify-id.net", "my{s}.org.uk", "{s}-appeal.org", "{s}-trust.com", "{s}nhs-support.online",
        "{s}.nhsjobs-uk.com", "{s}-gov.uk"]


def account_id(p):
    if p == "x":
        return str(R.randint(10 ** 9, 10 ** 19 - 1))
    if p == "facebook":
        return str(R.randint(10 ** 14, 10 ** 15 - 1))
    if p == "instagram":
        return str(R.randint(10 ** 9, 10 ** 10 - 1))
    if p == "tiktok":
        return str(R.randint(10 ** 18, 10 ** 19 - 1))
    if p == "linkedin":
        return str(R.randint(10 ** 5, 10 ** 8 - 1))
    if p == "youtube":
        return "UC" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if p == "bluesky":
        return "did:plc:" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    return str(R.randint(10 ** 17, 10 ** 18 - 1))


def date(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def shape(p, words, sep=None):
    """Turn handle words into a handle that fits platform p."""
    w = [re.sub(r"[^A-Za-z0-9]", "", x) for x in words if x]
    if p == "x":
        s = (sep if sep in ("_", "") else "_").join(w)
        return s[:15] if len(s) >= 4 else s + "_uk"
    if p in ("facebook", "youtube"):
        s = (sep if sep in (".", "") else "").join(x[:1].upper() + x[1:] for x in w)
        return s if len(s) >= 5 else s + "Page"
    if p in ("instagram", "tiktok"):
        s = (sep if sep in ("_", ".", "") else "_").join(x.lower() for x in w)
        return s[:24 if p == "tiktok" else 30].strip(".")
    if p == "linkedin":
        return "-".join(x.lower() for x in w)
    if p == "bluesky":
        return "".join(x.lower() for x in w)[:40] + ".bsky.social"
    return "".join(w).lower() + "@mastodon.social"


USED = set()


def claim(p, h):
    """Reserve a handle; add digits if it is taken."""
    base, n = h, 2
    while (p, h.lower()) in USED or not re.match(RULES[p], h):
        if p == "bluesky":
            h = base.replace(".bsky.social", str(n) + ".bsky.social")
        elif p == "mastodon":
            h = base.replace("@", str(n) + "@")
        elif p == "x":
            h = base[:13] + str(n)
        else:
            h = base + str(n) if p != "linkedin" else base + "-" + str(n)
        n += 1
        if n > 400:
            raise SystemExit("cannot place handle %s on %s" % (base, p))
    USED.add((p, h.lower()))
    return h


def fill(s, t, extra=None):
    d = dict(T=t["name"], A=R.choice(t["short"]), S=R.choice(t["sites"]), C=t["city"], I=t["initials"].lower(),
             P=R.choice(DRAMA_MOB) % R.randint(0, 999), D=R.choice(LOOK).format(s=t["dom_stem"]),
             E=R.choice(t["executives"])["name"])
    d.update(extra or {})
    return s.format(**d)


def acct(p, handle, name, bio, followers, following, verified=False, created=None, aid=True, plat_text=None):
    a = {"platform": plat_text if plat_text is not None else p, "handle": handle, "display_name": name, "description": bio,
         "followers": followers, "following": following, "verified": verified, "profile_image_url": None}
    if created:
        a["created_at"] = created
    if aid:
        a["account_id"] = aid if isinstance(aid, str) else account_id(p)
    return a


def build_register():
    reg = {"_about": ("Trust register for TrustWatch's twelfth independent impersonation evaluation set. Trust names, ODS codes, "
                      "web domains, hospital sites and official social-media handles were written from memory of public "
                      "information and were not verified online, so some handles may be wrong or out of date. Every account_id, "
                      "follower count and creation date is invented (platform-shaped only); official bios were written for this "
                      "set and are not copies of real bios. Chief executives and chairs are invented people. Phone numbers are "
                      "from Ofcom's drama-reserved ranges. No ambulance Trust is included (all are used by other sets).")}
    for t in TRUSTS:
        aliases = list(dict.fromkeys(t["aliases"]))
        accounts = []
        for p, h, dn, bio in t["accounts"]:
            USED.add((p, h.lower()))
            a = {"platform": p, "handle": h, "account_id": account_id(p), "display_name": dn, "bio": bio,
                 "followers": R.randint(3000, 90000), "following": R.randint(200, 3000), "verified": p in ("x", "facebook", "instagram")}
            if p != "linkedin":
                a["created_at"] = date(2009, 2016)
            accounts.append(a)
        reg[t["key"]] = {"name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": aliases,
                         "initials": t["initials"], "ods_codes": t["ods"], "web_domains": t["domains"], "phone_numbers": t["phones"],
                         "sites": t["sites"], "official_accounts": accounts,
                         "executives": [{"role": r, "name": n, "invented": True} for r, n in t["execs"]]}
    return reg


def styled_text(s, style):
    out = []
    for c in s:
        if style == 0 and c.isalpha() and c.isascii():
            out.append(chr(0x1D400 + (ord(c) - 65 if c.isupper() else 26 + ord(c) - 97)))
        elif style == 1 and c.isalpha() and c.isascii():
            out.append(SMALL.get(c.lower(), c))
        elif style == 2 and c.isascii() and c != " " and 0x21 <= ord(c) <= 0x7E:
            out.append(chr(ord(c) - 0x21 + 0xFF01))
        elif style == 3 and c.isalpha() and c.isascii():
            out.append(chr(0x1D434 + (ord(c) - 65 if c.isupper() else 26 + ord(c) - 97)) if c != "h" else "ℎ")
        else:
            out.append(c)
    return "".join(out)


def mixed(s, k):
    table = CYR if k % 2 == 0 else GRK
    idx = [i for i, c in enumerate(s) if c in table]
    pick = idx[k % len(idx)::max(1, len(idx) // (1 + k % 3))][: 1 + k % 3] or idx[:1]
    return "".join(table[c] if i in pick else c for i, c in enumerate(s))


def swap_handle(h, k):
    pos = [i for i, c in enumerate(h) if c in SWAP]
    i = pos[k % len(pos)]
    return h[:i] + SWAP[h[i]] + h[i + 1:]


def impersonations(reg):
    recs = []
    pools = {"refund_patient_support_scam": REFUND, "jobs_recruitment_scam": JOBS, "donation_scam": DONATION}
    counters = {k: R.sample(range(len(v)), len(v)) for k, v in [("claim", CLAIM), ("refund", REFUND), ("jobs", JOBS), ("donation", DONATION),
                                                                  ("exec", EXEC), ("neutral", NEUTRAL)]}
    use = {k: 0 for k in counters}
    src = {"claim": CLAIM, "refund": REFUND, "jobs": JOBS, "donation": DONATION, "exec": EXEC, "neutral": NEUTRAL}

    def take(kind):
        v = src[kind][counters[kind][use[kind] % len(src[kind])]]
        use[kind] += 1
        return v

    for ti, tac in enumerate(TACTICS):
        for n in range(30):
            t = TRUSTS[(n + ti) % 10]
            rt = reg[t["key"]]
            single = n % 5 in (0, 3)
            p = ["facebook", "instagram", "tiktok"][n % 3] if tac == "dotted_handle" else POS[(n + ti * 2) % 6]
            offs = rt["official_accounts"]
            alias = R.choice(rt["aliases"])
            name_pick = R.choice([t["name"]] + rt["aliases"])
            followers, following = R.randint(0, 900), R.randint(0, 1500)
            created, verified = date(2022, 2025), (p == "x" and n % 9 == 4)
            stem_words = [t["stem"]]
            handle_words = None
            handle = None
            elements = []
            if tac == "renamed_old_account":
                handle = shape(p, OLD_HANDLES[n].split("_"), "_")
                disp = name_pick
                bio = take("neutral") if single else fill(take("claim"), t)
                elements = ["name"] if single else ["name", "bio_claim"]
                created, followers = date(2011, 2019), R.randint(520, 24000)
            elif tac == "digit_letter_swap":
                by_name = n % 2 == 1
                if not by_name:
                    cands = [a["handle"].split(".bsky.social")[0] for a in offs]
                    R.shuffle(cands)
                    for c in cands:
                        h = swap_handle(c, n)
                        if p in ("instagram", "tiktok", "linkedin", "bluesky"):
                            h = h.lower()
                        if p == "bluesky":
                            h = h.replace("_", "-") + ".bsky.social"
                        if p == "linkedin":
                            h = h.replace("_", "-")
                        if p == "facebook":
                            h = h.replace("_", ".")
                        if re.match(RULES[p], h) and (p, h.lower()) not in USED:
                            handle = h
                            break
                    if handle is None:
                        by_name = True
                if by_name:
                    base = R.choice([t["name"]] + [a for a in rt["aliases"] if len(a) > 6])
                    disp = swap_handle(base, n)
                    handle = shape(p, [t["stem"], R.choice(AFFIX)])
                    elements = ["name"] if single else ["name", "bio_claim"]
                else:
                    disp = R.choice(["Patient Updates", "Hospital News", "Updates", "Info Page", "Community Health News"]) if single else name_pick
                    elements = ["handle"] if single else ["handle", "name", "bio_claim"]
                bio = take("neutral") if single else fill(take("claim"), t)
            elif tac == "handle_affix":
                off = R.choice([a for a in offs if a["platform"] != "linkedin"])
                h0 = off["handle"].split(".bsky.social")[0]
                af = AFFIX[(n * 7) % len(AFFIX)]
                words = [af, h0] if n % 3 == 0 else [h0, af]
                if (p == "x" and len("_".join(words)) > 15) or (p == "tiktok" and len("_".join(words)) > 24):
                    words = [t["initials"], af]
                handle = shape(p, words, R.choice(["_", "", "."]))
                disp = R.choice(["Help Desk", "Support", "Patient Help", "Info"]) if single else name_pick
                bio = take("neutral") if single else fill(take("claim") if n % 2 else take("refund"), t)
                elements = ["handle"] if single else ["handle", "name", "bio_claim"]
            elif tac == "exact_name_new_handle":
                disp = t["name"]
                handle = shape(p, [t["stem"], R.choice(["page", "news", "2024", "online", "updates", "uk", "main"])], R.choice(["_", ""]))
                bio = take("neutral") if single else fill(take("claim"), t)
                elements = ["name"] if single else ["name", "bio_claim"]
            elif tac in pools:
                kind = {"refund_patient_support_scam": "refund", "jobs_recruitment_scam": "jobs", "donation_scam": "donation"}[tac]
                text = take(kind)
                tag = {"refund": ["refunds", "support", "claims"], "jobs": ["jobs", "careers", "recruit"], "donation": ["appeal", "donate", "fund"]}[kind]
                if single:
                    # the appeal names nothing of the Trust but the one copied element (a hospital or Trust name)
                    site = R.choice(t["sites"])
                    bio = text.format(T="the hospital", A="our hospital", S="the hospital", C="the area", I="nhs",
                                      P=R.choice(DRAMA_MOB) % R.randint(0, 999), D=R.choice(["nhs-help.online", "patientpay.info", "carefund.net"]), E="")
                    disp = site if n % 2 else R.choice(rt["aliases"])
                    handle = shape(p, [R.choice(["patient", "nhs", "ward", "help", "uk"]), tag[n % 3], str(R.randint(1, 99))], "_")
                    elements = ["name"]
                else:
                    bio = fill(text, t)
                    disp = R.choice(["%s %s" % (alias, w) for w in ("Support", "Careers", "Appeal", "Patient Help", "Recruitment", "Charity")])
                    handle = shape(p, [t["stem"], tag[n % 3]], R.choice(["_", ""]))
                    elements = ["name", "handle"] + (["phone"] if re.search(r"\d{3} ?\d{3}", bio) else ["bio_claim"])
            elif tac == "fake_executive":
                e = rt["executives"][n % 2]
                clean = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", e["name"])
                first, last = clean.split()[0], clean.split()[-1]
                disp = R.choice([e["name"], clean, "%s %s" % (first, last), "%s %s | CEO" % (first, last)])
                handle = shape(p, [first[0], last] if n % 2 else [first, last], R.choice(["_", "", "."]))
                bio = take("neutral") if single else fill(take("exec"), t)
                elements = ["executive_name"] if single else ["executive_name", "bio_claim"]
            elif tac == "zero_width_name":
                base = name_pick
                cut = R.randint(1, len(base) - 1)
                disp = base[:cut] + ZW[n % 5] + base[cut:]
                handle = shape(p, [t["stem"], R.choice(["page", "online", "hub", "live"])], "_")
                bio = take("neutral") if single else fill(take("claim"), t)
                elements = ["name"] if single else ["name", "bio_claim"]
            elif tac == "styled_unicode_name":
                disp = styled_text(name_pick, n % 4)
                handle = shape(p, [t["stem"], R.choice(["x", "hub", "feed", "today"])], "_")
                bio = take("neutral") if single else fill(take("claim") if n % 2 else take("donation"), t)
                elements = ["name"] if single else ["name", "bio_claim"]
            elif tac == "mixed_script_name":
                disp = mixed(R.choice([t["name"]] + [a for a in rt["aliases"] if any(c in CYR or c in GRK for c in a)]), n)
                handle = shape(p, [t["stem"], R.choice(["team", "voice", "connect", "now"])], "_")
                bio = take("neutral") if single else fill(take("claim") if n % 2 else take("jobs"), t)
                elements = ["name"] if single else ["name", "bio_claim"]
            elif tac == "copied_official_bio":
                off = offs[n % len(offs)]
                b = off["bio"]
                if n % 4 == 1:
                    b = b.replace(".", "", 1)
                elif n % 4 == 2:
                    b = b.replace(" and ", " & ", 1)
                if single:
                    bio = b
                    disp = R.choice(["Patient Updates", "Health News Hub", "Community Health", "Hospital Info", "Local NHS Info"])
                    handle = shape(p, [R.choice(["health", "patient", "local", "care"]), R.choice(["updates", "info", "news"]), str(R.randint(2, 98))], "_")
                    elements = ["bio_claim"]
                else:
                    bio = b + fill(APPENDS[n % len(APPENDS)], t)
                    disp = off["display_name"] if n % 2 else name_pick
                    handle = shape(p, [t["stem"], R.choice(["official", "real", "hq", "info"])], "_")
                    elements = ["bio_claim", "name"]
            elif tac == "lookalike_domain_bio":
                dom = LOOK[n % len(LOOK)].format(s=t["dom_stem"])
                if single:
                    bio = R.choice(["More at %s", "Info: %s", "%s", "Visit %s for details", "Links ➡️ %s"]) % dom
                    disp = R.choice(["Health Info", "Patient Portal", "Appointments", "Care Updates", "Local Health"])
                    handle = shape(p, [R.choice(["portal", "appts", "careinfo", "health"]), str(R.randint(10, 99))], "_")
                    elements = ["lookalike_domain"]
                else:
                    bio = fill(take(R.choice(["claim", "refund", "jobs"])), t) + " 🌐 " + dom
                    disp = name_pick
                    handle = shape(p, [t["stem"], R.choice(["web", "portal", "online"])], "_")
                    elements = ["lookalike_domain", "name", "bio_claim"]
            elif tac == "dotted_handle":
                if p == "facebook" and n % 6 == 0:
                    handle = str(R.randint(10 ** 14, 10 ** 15 - 1))
                    disp = R.choice([t["name"]] + rt["aliases"])
                    elements = ["name"]
                    bio = take("neutral")
                else:
                    off = R.choice([a for a in offs if a["platform"] in ("x", "facebook", "instagram")])
                    h0 = re.sub(r"[^A-Za-z0-9]", "", off["handle"])
                    cut = R.randint(2, len(h0) - 2)
                    h = h0[:cut] + "." + h0[cut:]
                    handle = h.lower() if p != "facebook" else h
                    if p == "tiktok":
                        handle = handle[:24].strip(".")
                    if single:
                        disp, bio, elements = R.choice(["Updates", "News Feed", "Community", "Info"]), take("neutral"), ["handle"]
                    else:
                        disp, bio, elements = name_pick, fill(take(R.choice(["claim", "refund", "donation"])), t), ["handle", "name", "bio_claim"]
            elif tac == "short_stem_affix":
                ini = t["initials"].lower()
                af = AFFIX[(n * 5 + 3) % len(AFFIX)]
                handle = shape(p, [ini, af] if n % 2 == 0 else [af, ini], R.choice(["_", "", "."]))
                disp = R.choice(["Helpdesk", "Support Team", "Patient Info"]) if single else R.choice(rt["aliases"])
                bio = take("neutral") if single else fill(take(R.choice(["claim", "refund", "jobs", "donation"])), t)
                elements = ["handle"] if single else ["handle", "name", "bio_claim"]
            handle = claim(p, handle)
            recs.append({"id": "nhs12-imp-%s-%02d" % (tac, n), "trust": t["key"], "label": "impersonation", "tactic": tac, "platform": p,
                         "copied_elements": elements,
                         "account": acct(p, handle, disp, bio, followers, following, verified, created)})
    return recs


def genuine(reg):
    recs = []
    for t in TRUSTS:
        rt = reg[t["key"]]
        for i, a in enumerate(rt["official_accounts"]):
            recs.append({"id": "nhs12-off-%s-%d" % (t["key"], i), "trust": t["key"], "label": "genuine", "group": "official",
                         "platform": a["platform"],
                         "account": acct(a["platform"], a["handle"], a["display_name"], a["bio"], a["followers"], a["following"],
                                         a["verified"], a.get("created_at"), a["account_id"])})
            if a["platform"] == "x":
                spells = ["X", "Twitter", " x", R.choice(["TWITTER", "twitter ", "tWitter"])]
            else:
                spells = [{"facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "youtube": "YouTube", "bluesky": "BlueSky"}[a["platform"]]]
            for j, sp in enumerate(spells):
                h = a["handle"] if j % 2 == 0 or a["platform"] in ("instagram", "linkedin", "bluesky") else a["handle"].lower()
                recs.append({"id": "nhs12-var-%s-%d-%d" % (t["key"], i, j), "trust": t["key"], "label": "genuine",
                             "group": "official_case_variant", "platform": a["platform"],
                             "account": acct(a["platform"], h, a["display_name"], a["bio"], a["followers"], a["following"],
                                             a["verified"], a.get("created_at"), a["account_id"], plat_text=sp)})
    for t in TRUSTS:
        for k, (kind, words, p, dn, bio) in enumerate(KINDS):
            handle = claim(p, shape(p, [t["stem"]] + words, R.choice(["_", "", "."])))
            recs.append({"id": "nhs12-adj-%s-%s" % (t["key"], kind), "trust": t["key"], "label": "genuine", "group": "nhs_adjacent",
                         "platform": p, "account": acct(p, handle, fill(dn, t), fill(bio, t), R.randint(20, 12000), R.randint(10, 3000),
                                                        False, date(2010, 2024))})
    pairs = [(w, x) for w in WHO for x in WHAT]
    R.shuffle(pairs)
    plats = ["x", "facebook", "instagram", "tiktok", "bluesky", "x", "instagram", "linkedin"]
    for n in range(300):
        t = TRUSTS[n % 10]
        w, x = pairs[n]
        bio = "%s. %s" % (w, x)
        if n % 6 == 0:
            bio += " " + PLACES[(n // 6) % len(PLACES)].format(S=R.choice(t["sites"]), C=t["city"])
        p = plats[n % len(plats)]
        handle = claim(p, shape(p, [FIRST[n % 30], TAILS[(n * 7) % 20].strip("_"), str(n % 97)], R.choice(["_", ""])))
        dn = FIRST[n % 30].capitalize() + R.choice(["", " " + R.choice("ABCDEFGHJKLMNPRSTW") + ".", " 🌻", " (she/her)", " x"])
        recs.append({"id": "gp-hw12-%03d" % n, "trust": t["key"], "label": "genuine", "group": "general_public", "platform": p,
                     "account": acct(p, handle, dn, bio, R.randint(3, 2500), R.randint(20, 3000), False, date(2009, 2025))})
    return recs


def main():
    for t in TRUSTS:
        t["short"] = [a for a in dict.fromkeys(t["aliases"]) if len(a) < 40]
        t["dom_stem"] = t["domains"][0].split(".")[0]
    reg = build_register()
    for t in TRUSTS:
        t["executives"] = reg[t["key"]]["executives"]
    imp = impersonations(reg)
    gen = genuine(reg)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(reg, indent=1, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in imp + gen:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
