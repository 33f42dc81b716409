#!/usr/bin/env python3
"""Build trusts.json and accounts.jsonl for the nhs7 impersonation set (stdlib only, fixed seed)."""
import json
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from others import ADJACENT, GP_BIOS, GP_NAMES  # noqa: E402
from register import ABOUT, TRUSTS  # noqa: E402
from texts import DONATION, EXEC, GENERIC, JOBS, REFUND  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RNG = random.Random(7007)
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"
STEM = {"glos": "gloshosp", "lth": "lancsth", "phu": "porthosp", "secamb": "secamb", "bridgewater": "bridgewater",
        "cpft": "cpft", "lpt": "lpt", "elft": "elft", "ccc": "clatterbridge", "btth": "bradfordth"}
SCAM_PHONES = ["07700 900{:03d}", "0808 157 0{:03d}", "0909 879 0{:03d}", "020 7946 0{:03d}", "+44 7700 900{:03d}", "07700900{:03d}"]
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "nhs", "desk", "helpline", "careers",
         "appeal", "pals", "assist", "ask", "real", "the", "trust", "hq", "staff", "patients", "news"]
NEUTRAL = ["", "Updates", "📍 {city}", "news • info", "🏥", "Follow for updates", "Welcome!", "DM for info", "💙",
           "Health • Care • Community", "Stay safe everyone", "Page under construction", "Info & updates 👇"]
EXEC_NEUTRAL = ["Views my own.", "NHS leader. Speaker. Mentor.", "Healthcare. Leadership. Family.", "Personal account",
                "Open to new connections 🤝", "Leadership | Strategy | Patients first"]
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "A": "А", "E": "Е", "O": "О", "C": "С",
       "H": "Н", "T": "Т", "M": "М", "K": "К", "B": "В", "P": "Р"}
GRK = {"A": "Α", "E": "Ε", "O": "Ο", "T": "Τ", "I": "Ι", "K": "Κ", "N": "Ν", "H": "Η", "o": "ο", "B": "Β", "M": "Μ"}
SWAPS = [("o", "0"), ("l", "1"), ("i", "1"), ("s", "5"), ("e", "3"), ("a", "4"), ("m", "rn"), ("b", "8")]
SMALL = dict(zip(string.ascii_lowercase, "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def ts(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (RNG.randint(y0, y1), RNG.randint(1, 12), RNG.randint(1, 28),
                                             RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59))


def acct_id(p):
    d = lambda n: str(RNG.randint(1, 9)) + "".join(RNG.choice(string.digits) for _ in range(n - 1))  # noqa: E731
    if p == "x":
        return d(RNG.choice([9, 10, 18, 19]))
    if p == "facebook":
        return d(15)
    if p == "instagram":
        return d(RNG.choice([8, 10, 11]))
    if p == "tiktok":
        return d(19)
    if p == "linkedin":
        return d(RNG.choice([5, 7, 8]))
    if p == "youtube":
        return "UC" + "".join(RNG.choice(string.ascii_letters + string.digits + "_-") for _ in range(22))
    if p == "bluesky":
        return "did:plc:" + "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    return d(18)


def shape(p, h):
    if p == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "", h)[:15]
        return h if len(h) >= 4 else h + "_uk"[: 4 - len(h) + 1]
    if p == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", h)[:50]
        return h if len(h) >= 5 else h + "page"
    if p in ("instagram", "tiktok"):
        h = re.sub(r"\.{2,}", ".", re.sub(r"[^a-z0-9._]", "", h.lower()))[: 30 if p == "instagram" else 24]
        return h.strip(".") or "user"
    if p == "linkedin":
        return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9-]", "-", h.lower())).strip("-")[:100]
    if p == "bluesky":
        base = re.sub(r"[^a-z0-9-]", "", h.lower().split(".bsky.social")[0].replace(".", "-").replace("_", "-"))[:40]
        return base.strip("-") + ".bsky.social"
    if p == "youtube":
        return re.sub(r"[^A-Za-z0-9_.-]", "", h)[:30]
    return re.sub(r"[^A-Za-z0-9_]", "", h) + "@mastodon.social"


TAKEN = set()


def unique(p, h):
    k = (p, h.lower())
    n = 1
    while k in TAKEN:
        n += 1
        suf = str(n)
        if p == "bluesky":
            hh = h.split(".bsky.social")[0] + suf + ".bsky.social"
        elif p == "mastodon":
            hh = h.replace("@", suf + "@", 1)
        elif p == "x" and len(h) + len(suf) > 15:
            hh = h[: 15 - len(suf)] + suf
        elif p == "tiktok" and len(h) + len(suf) > 24:
            hh = h[: 24 - len(suf)] + suf
        else:
            hh = h + suf
        k = (p, hh.lower())
    TAKEN.add(k)
    return k[1] if p in ("instagram", "tiktok", "linkedin", "bluesky") else (hh if n > 1 else h)


def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKC", "".join(c for c in s if c not in ZW)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def swap(s):
    opts = [(a, b) for a, b in SWAPS if a in s]
    if not opts:
        s = s.lower()
        opts = [(a, b) for a, b in SWAPS if a in s]
    a, b = RNG.choice(opts)
    idx = [i for i, c in enumerate(s) if s.startswith(a, i)]
    i = RNG.choice(idx)
    return s[:i] + b + s[i + len(a):]


def styled(s):
    kind = RNG.choice(["bold", "italic", "sans", "small", "full", "script"])
    out = []
    for c in s:
        if c in string.ascii_uppercase:
            o = ord(c) - 65
            out.append({"bold": chr(0x1D400 + o), "italic": chr(0x1D434 + o), "sans": chr(0x1D5D4 + o), "small": SMALL[c.lower()] if c != "X" else "x",
                        "full": chr(0xFF21 + o), "script": chr(0x1D4D0 + o)}[kind])
        elif c in string.ascii_lowercase:
            o = ord(c) - 97
            if kind == "italic" and c == "h":
                out.append("ℎ")
                continue
            out.append({"bold": chr(0x1D41A + o), "italic": chr(0x1D44E + o), "sans": chr(0x1D5EE + o), "small": SMALL[c],
                        "full": chr(0xFF41 + o), "script": chr(0x1D4EA + o)}[kind])
        else:
            out.append(c)
    return "".join(out)


def mixed(s):
    table = CYR if RNG.random() < 0.7 else GRK
    pos = [i for i, c in enumerate(s) if c in table]
    if len(pos) < 2:
        table = CYR
        pos = [i for i, c in enumerate(s) if c in table]
    k = max(1, min(len(pos) - 1, RNG.choice([1, 1, 2, 3])))
    chosen = set(RNG.sample(pos, k))
    return "".join(table[c] if i in chosen else c for i, c in enumerate(s))


def fill(tpl, t, key, **kw):
    base = t["domains"][0].split(".")[0]
    vals = dict(name=t["name"], short=t["aliases"][0], init=t["initials"] if key != "secamb" else "SECAmb",
                site=RNG.choice(t["sites"]), city=t["city"], phone=RNG.choice(SCAM_PHONES).format(RNG.randint(0, 999)),
                dom=lookalike(base), tg=STEM[key] + "_support", charity=t["charity"][0], cdom=t["charity"][1], stem=STEM[key])
    vals.update(kw)
    return tpl.format(**vals)


def lookalike(base):
    return RNG.choice(["{b}-nhs.uk", "{b}.nhs-uk.com", "{b}-refunds.co.uk", "{b}.help", "nhs-{b}.org", "{b}-careers.com",
                       "{b}support.online", "{b}.info", "{b}-nhs.net", "{b}-appeal.org", "my{b}.co.uk", "{b}-patients.com",
                       "{b}nhs.org.uk", "{b}-jobs.uk"]).format(b=base)


def account(p, handle, name, bio, followers, following, verified, created=None, aid=None, plat_str=None):
    a = {"platform": plat_str or p, "handle": handle, "display_name": name, "description": bio, "followers": followers,
         "following": following, "verified": verified, "profile_image_url": None}
    if created:
        a["created_at"] = created
    a["account_id"] = aid or acct_id(p)
    return a


def main():
    keys = list(TRUSTS)
    reg = {"_about": ABOUT}
    for k, t in TRUSTS.items():
        offs = []
        for p, h, dn, bio in t["accounts"]:
            o = {"platform": p, "handle": h, "account_id": acct_id(p), "display_name": dn, "bio": bio,
                 "followers": RNG.randint(1500, 60000), "following": RNG.randint(200, 3000),
                 "verified": p in ("x", "facebook", "instagram", "youtube", "tiktok") and RNG.random() < 0.8}
            if p != "linkedin":
                o["created_at"] = ts(2009, 2016)
            offs.append(o)
            TAKEN.add((p, h.lower()))
        reg[k] = {"name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
                  "initials": t["initials"], "ods_codes": t["ods"], "web_domains": t["domains"], "phone_numbers": t["phones"],
                  "sites": t["sites"], "official_accounts": offs,
                  "executives": [{"role": r, "name": n, "invented": True} for r, n in t["execs"]],
                  "not_on_register": {"charities": [{"name": t["charity"][0], "domain": t["charity"][1]}],
                                      "note": "The Trust's linked charity has its own accounts; they are genuine (nhs_adjacent), not official Trust accounts. Name and domain from memory, not verified."}}
    recs = []
    n_imp = 0
    for ti, tac in enumerate(TACTICS):
        for i in range(30):
            key = keys[(i + ti * 3) % 10]
            t, r = TRUSTS[key], reg[key]
            plats = ["facebook", "instagram", "tiktok"] if tac == "dotted_handle" else POS
            p = plats[(i + ti) % len(plats)]
            single = (i % 7) in (0, 2, 4)
            rec = make_imp(tac, key, t, r, p, single)
            n_imp += 1
            rec["id"] = "nhs7-imp-%04d" % n_imp
            recs.append(rec)
    # official and case variants
    n = 0
    for k in keys:
        for o in reg[k]["official_accounts"]:
            n += 1
            a = account(o["platform"], o["handle"], o["display_name"], o["bio"], o["followers"], o["following"], o["verified"],
                        o.get("created_at"), o["account_id"])
            recs.append({"id": "nhs7-off-%03d" % n, "trust": k, "label": "genuine", "group": "official", "platform": o["platform"], "account": a})
            if o["platform"] == "x":
                variants = [("X", o["handle"].lower()), ("Twitter", o["handle"].upper()), (" x", o["handle"]),
                            (RNG.choice(["twitter", "TWITTER", "X ", "Twitter "]), o["handle"].swapcase())]
            else:
                variants = [({"facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "tiktok": "TikTok",
                              "bluesky": "Bluesky", "youtube": "YouTube"}[o["platform"]], o["handle"] if o["platform"] in ("instagram", "tiktok", "linkedin", "bluesky") else o["handle"].lower())]
            for ps, h in variants:
                n += 1
                a = account(o["platform"], h, o["display_name"], o["bio"], o["followers"] + RNG.randint(-40, 90), o["following"],
                            o["verified"], o.get("created_at"), o["account_id"], plat_str=ps)
                recs.append({"id": "nhs7-ocv-%03d" % n, "trust": k, "label": "genuine", "group": "official_case_variant",
                             "platform": o["platform"], "account": a})
    # nhs_adjacent
    n = 0
    spread = ["x", "x", "facebook", "instagram", "bluesky", "linkedin", "x", "tiktok", "x", "facebook"]
    for ki, k in enumerate(keys):
        t = TRUSTS[k]
        for tj, (p, h, dn, bio) in enumerate(ADJACENT):
            if p == "x":
                p = spread[(ki + tj) % 10]
            n += 1
            hh = unique(p, shape(p, fill(h, t, k)))
            a = account(p, hh, fill(dn, t, k), fill(bio, t, k), RNG.randint(20, 9000), RNG.randint(30, 2500),
                        RNG.random() < 0.05, ts(2010, 2025))
            recs.append({"id": "nhs7-adj-%04d" % n, "trust": k, "label": "genuine", "group": "nhs_adjacent", "platform": p, "account": a})
    # general public
    allp = POS + ["youtube", "mastodon"]
    bios = list(GP_BIOS)
    RNG.shuffle(bios)
    pairs = [(GP_NAMES[j % len(GP_NAMES)], bios[j]) for j in range(len(bios))]
    for j in range(300):
        nm, b = pairs[j]
        p = allp[j % len(allp)]
        stem = re.sub(r"[^a-z]", "", nm.lower()) or "user"
        hh = unique(p, shape(p, stem + RNG.choice(["", "_", "."]) + str(RNG.randint(1, 9999))))
        a = account(p, hh, nm, b, RNG.randint(0, 3000), RNG.randint(0, 2000), False, ts(2009, 2026))
        recs.append({"id": "nhs7-gp-%04d" % (j + 1), "trust": keys[j % 10], "label": "genuine", "group": "general_public", "platform": p, "account": a})
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


def make_imp(tac, key, t, r, p, single):
    offs = r["official_accounts"]
    short = t["aliases"][0]
    init = t["initials"] if key != "secamb" else "SECAmb"
    copied_names = [t["name"], short] + t["aliases"][1:]
    new_fol = RNG.choice([0, 3, 12, 27, 41, 88, 150, 230, 412, 760])
    created = ts(2023, 2026)
    verified = p == "x" and RNG.random() < 0.12
    neutral = fill(RNG.choice(NEUTRAL), t, key)
    generic = fill(RNG.choice(GENERIC), t, key)
    els = []
    name = handle = bio = None
    stem = STEM[key]
    if tac in ("renamed_old_account", "exact_name_new_handle", "zero_width_name", "styled_unicode_name", "mixed_script_name"):
        base = t["name"] if tac == "exact_name_new_handle" else RNG.choice(copied_names[:4])
        if tac == "zero_width_name":
            i = RNG.randint(1, len(base) - 1)
            name = base[:i] + RNG.choice(ZW) + base[i:]
            if RNG.random() < 0.4:
                j = RNG.randint(1, len(name) - 1)
                name = name[:j] + RNG.choice(ZW) + name[j:]
        elif tac == "styled_unicode_name":
            name = styled(base)
            if RNG.random() < 0.3:
                name = name + " 💙"
        elif tac == "mixed_script_name":
            name = mixed(base)
        else:
            name = base
        if tac == "renamed_old_account":
            handle = RNG.choice(["bargains_" + t["city"].lower(), "crypto_king%d" % RNG.randint(1, 99), "lucy%dxx" % RNG.randint(80, 99),
                                 "footy_banter%d" % RNG.randint(1, 99), t["city"].lower() + "deals", "giveaways4u",
                                 "nails_by_kerry", "djmikey%d" % RNG.randint(1, 99), stem + "updates", "memes_daily_uk"])
            created = ts(2010, 2019)
            new_fol = RNG.randint(520, 24000)
        else:
            handle = RNG.choice([stem + "_nhs", init.lower() + "nhs" + str(RNG.randint(1, 99)), stem + "hospital",
                                 t["city"].lower() + "nhs", stem + "_" + str(RNG.randint(2023, 2026)), "nhs_" + stem,
                                 init.lower() + "_updates", stem + "news"])
        els = ["name"]
        bio = neutral if single else generic
        if not single:
            els.append("bio_claim")
            if RNG.random() < 0.3:
                bio += " " + t["domains"][0]
                els.append("domain")
    elif tac == "digit_letter_swap":
        for _ in range(20):
            o = RNG.choice(offs)
            h = shape(p, swap(o["handle"].split(".bsky.social")[0]))
            hs = {x["handle"].split(".bsky.social")[0] for x in offs}
            hb = h.split(".bsky.social")[0]
            if any(fold(hb) == fold(x) and hb.lower() != x.lower() for x in hs):
                handle = h
                break
        if handle is None or RNG.random() < 0.3:
            name = swap(RNG.choice([t["name"], short]))
            handle = shape(p, stem + RNG.choice(["_", ""]) + RNG.choice(["nhs", "uk", "official"]))
            els = ["name"]
        else:
            name = RNG.choice(["Patient Support", "Hospital Updates", "NHS Help Desk", "Careers Team"]) if single else RNG.choice(copied_names[:3])
            els = ["handle"] if single else ["handle", "name"]
        bio = neutral if single else generic
        if not single:
            els.append("bio_claim")
    elif tac in ("handle_affix", "short_stem_affix", "dotted_handle"):
        o = RNG.choice([x for x in offs if x["platform"] != "linkedin"])
        oh = re.sub(r"[^a-z0-9]", "", o["handle"].lower().split(".bsky.social")[0])
        w = RNG.choice(AFFIX)
        ini = t["initials"].lower()
        if tac == "handle_affix":
            if p == "x" and len(oh) + len(w) + 1 > 15:
                handle = RNG.choice([ini + "_" + w, w + ini, ini + w + "uk"])
            else:
                handle = RNG.choice([oh + "_" + w, w + "_" + oh, oh + w, oh + "." + w, oh + "-" + w])
        elif tac == "short_stem_affix":
            handle = RNG.choice([ini + "_" + w, ini + w, w + ini, w + "_" + ini, ini + "nhs" + w, ini + "." + w])
        else:
            if p == "facebook" and RNG.random() < 0.3:
                handle = "1000" + "".join(RNG.choice(string.digits) for _ in range(11))
            else:
                pieces = [stem, "nhs", t["city"].lower(), w, "hospital" if "ambulance" not in t["type"] else "ambulance"]
                a, b = RNG.sample(pieces, 2)
                handle = RNG.choice([oh[: len(oh) // 2] + "." + oh[len(oh) // 2:], oh + ".nhs", a + "." + b, ".".join(ini), oh + ".uk", "nhs." + oh])
                if p == "facebook" and handle.replace(".", "") == "":
                    handle = oh + ".page"
        handle = shape(p, handle)
        if tac == "short_stem_affix" and ini not in handle.lower():
            handle = shape(p, ini + w)
        if handle.isdigit():
            name = RNG.choice([t["name"], short] + [a for a in t["aliases"][1:3]])
            els = ["name"]
            bio = neutral if single else generic
            if not single:
                els.append("bio_claim")
        else:
            els = ["handle"]
            if single:
                name = RNG.choice(["Help Desk", "Patient Support", "Careers", "Updates", "Hospital News", "Support Team", "Info 💙"])
                bio = neutral
            else:
                name = RNG.choice(copied_names[:4]) + RNG.choice(["", " Support", " 💙", " (Official)", " Help"])
                bio = generic
                els += ["name", "bio_claim"]
    elif tac in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
        pool = {"refund_patient_support_scam": REFUND, "jobs_recruitment_scam": JOBS, "donation_scam": DONATION}[tac]
        tpl = RNG.choice(pool)
        dom = lookalike(t["domains"][0].split(".")[0])
        bio = fill(tpl, t, key, dom=dom)
        label = {"refund_patient_support_scam": ["Patient Support", "Patient Refunds", "PALS", "Patient Help Desk", "Refunds Team"],
                 "jobs_recruitment_scam": ["Recruitment", "Careers", "HR Team", "Jobs", "Hiring"],
                 "donation_scam": ["Appeal", "Charity", "Fundraising", "Donations", "Support Fund"]}[tac]
        lab = RNG.choice(label)
        handle = shape(p, RNG.choice([stem + lab.replace(" ", ""), lab.replace(" ", "") + t["city"], "nhs" + lab.replace(" ", "") + "uk",
                                       t["city"] + "_" + lab.replace(" ", ""), lab.replace(" ", "_") + "_" + str(RNG.randint(1, 999))]))
        els = ["bio_claim"]
        if single:
            name = RNG.choice(["NHS " + lab, lab + " UK", lab + " Team", "Hospital " + lab, "NHS " + lab + " Centre"])
        else:
            name = RNG.choice([short, init, t["city"] + " NHS", t["sites"][0]]) + " " + lab
            els.append("name")
            if dom in bio:
                els.append("lookalike_domain")
            if RNG.random() < 0.25:
                bio += " Switchboard " + t["phones"][0]
                els.append("phone")
    elif tac == "fake_executive":
        role, ename = RNG.choice(t["execs"])
        plain = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", ename)
        sur = plain.split()[-1]
        name = RNG.choice([ename, plain, plain + " " + init, ename + " | " + init, plain.split()[0] + " " + sur])
        handle = shape(p, RNG.choice([sur.replace("-", "") + "_" + init.lower(), plain.replace(" ", "").replace("-", ""),
                                       "dr" + sur.replace("-", ""), plain.replace(" ", ".").replace("-", ""), sur.replace("-", "") + str(RNG.randint(1, 99))]))
        rname = {"chief_executive": "Chief Executive", "chair": "Chair", "chief_nurse": "Chief Nurse", "medical_director": "Medical Director"}[role]
        els = ["executive_name"]
        if single:
            bio = RNG.choice(EXEC_NEUTRAL)
            if init in name:
                name = ename
        else:
            bio = fill(RNG.choice(EXEC), t, key, role=rname)
            els.append("bio_claim")
            if init in name:
                els.append("name")
    elif tac == "copied_official_bio":
        o = RNG.choice(offs)
        b = o["bio"]
        tweak = RNG.choice(["", " Now also on WhatsApp.", " DM for appointment changes.", " New account.", " Patient refunds: DM.",
                            " 💙", " Jobs: link below", " Follow our new page!"])
        if RNG.random() < 0.4:
            b = b.replace("Official", "The official").replace("official", "real official", 1)
        bio = b + tweak
        handle = shape(p, RNG.choice([stem + "_" + RNG.choice(AFFIX), t["city"].lower() + "hospitals", "nhs" + stem + str(RNG.randint(1, 99)),
                                       init.lower() + "_" + t["city"].lower()]))
        els = ["bio_claim"]
        if single:
            name = RNG.choice(["Hospital Updates", "NHS Info", "Patient News", "Support Team", "Health Updates"])
        else:
            name = RNG.choice(copied_names[:4])
            els.append("name")
    elif tac == "lookalike_domain_bio":
        dom = lookalike(t["domains"][0].split(".")[0])
        handle = shape(p, RNG.choice([stem + "_" + RNG.choice(["nhs", "uk", "online", "web"]), "nhs" + t["city"].lower() + "care",
                                       t["city"].lower() + "_health", stem + "patients"]))
        els = ["lookalike_domain"]
        if single:
            name = RNG.choice(["Appointments & Refunds", "Patient Portal", "Careers Portal", "Health Info", "Online Services"])
            bio = RNG.choice(["Appointments & refunds: {d}", "Apply now at {d}", "{d} 💙", "Info: {d}", "Book, change or cancel: {d}",
                              "👉 {d}", "Pay fees online at {d}", "Visit {d} for the latest"]).format(d=dom)
        else:
            name = RNG.choice(copied_names[:4])
            bio = generic + " | " + dom
            els += ["name", "bio_claim"]
    handle = unique(p, shape(p, handle))
    a = account(p, handle, name, bio, new_fol, RNG.randint(0, 900), verified, created)
    return {"trust": key, "label": "impersonation", "tactic": tac, "platform": p, "account": a, "copied_elements": els}


if __name__ == "__main__":
    main()
