#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Assemble set 17 (trusts.json + accounts.jsonl) from the hand-written text in this folder. Standard library only.
Deterministic: fixed seed, no clock, sorted inputs. Usage: python3 gen/make_set.py"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from register import TRUSTS, ABOUT  # noqa: E402
from scams import BIOS  # noqa: E402

SEED = 170017
rng = random.Random(SEED)
TK = list(TRUSTS)
POS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
ALL = POS + ["youtube", "mastodon"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"

# short names used when hand-written genuine text says {short}
SHORT = {"airedale": "Airedale", "bhrut": "BHRUT", "bolton": "Bolton FT", "chesterfield": "Chesterfield Royal",
         "asph": "ASPH", "wyevalley": "Wye Valley", "northlondon": "North London FT", "northtees": "North Tees",
         "hampshire": "Hampshire Hospitals", "pah": "PAH"}

# hand-written lookalike domains (invented; none is a real Trust domain)
FAKEDOMS = {
    "airedale": ["airedale-trust-nhs.co.uk", "airedaletrust-nhs.uk", "airedale-trust.help", "airedale-trust-patients.online"],
    "bhrut": ["bhrhospitals-nhs.co.uk", "bhrhospitals-nhs.com", "bhrhospitals.help", "bhr-hospitals.uk"],
    "bolton": ["boltonft-nhs.co.uk", "boltonft.online", "boltonft-nhs.uk", "boltonft-patients.info"],
    "chesterfield": ["chesterfieldroyal-nhs.co.uk", "chesterfieldroyal.help", "chesterfieldroyal-nhs.uk", "chesterfieldroyal.online"],
    "asph": ["ashfordstpeters-nhs.co.uk", "ashfordstpeters.help", "ashfordstpeters-nhs.uk", "ashfordstpeters.org.uk"],
    "wyevalley": ["wyevalley-nhs.co.uk", "wyevalley-nhs.uk", "wyevalley.help", "wyevalley-trust.com"],
    "northlondon": ["northlondonmentalhealth-nhs.co.uk", "northlondonmentalhealth.help", "northlondonmentalhealth.org.uk", "northlondonmentalhealth-nhs.uk"],
    "northtees": ["nth-nhs.co.uk", "nth-nhs.uk", "nth-nhs.online", "nth-patients.uk"],
    "hampshire": ["hampshirehospitals-nhs.co.uk", "hampshirehospitals.help", "hampshirehospitals-nhs.uk", "hampshirehospital.online"],
    "pah": ["pah-nhs.co.uk", "pah-nhs.uk", "pah-hospital.online", "pah.help"],
}
# other drama numbers (not the Trusts' own) for scam bios
SCAM_PHONES = ["07700 900%03d", "0808 157 0%03d", "0306 999 0%03d"]

# handles of old, renamed accounts (hand-written; what the account was before the rename)
OLD_HANDLES = ["bakingwithbev", "spurs_mad_1999", "sunnysidecarwash", "jens_nails_studio", "northernsoul_nights",
               "gavs_golf_tips", "lottiesbridalwear", "theoldforgepub", "vintage_vespa_club", "kirstys_kitchen",
               "dalesdogwalks", "mancunianmemes", "bigmikes_bbq", "sallys_sewing_room", "retro_rides_uk",
               "laughing_llama_cafe", "tidyup_cleaners", "harbour_fish_bar", "fitwithfaye", "danny_drives_taxis",
               "yorkshire_quotes", "pet_portraits_by_em", "the_crafty_hen", "local_buy_sell_swap", "oldtown_barbers",
               "gamer_jay_2010", "pennys_pantry", "cheshirecatcakes", "motorbike_mania", "carlyscandles"]
# generic new handles used with an exact Trust name
NEW_HANDLES = ["hospital_updates_uk", "patientcare_news", "nhsupdates2024", "trustnews_official", "the_hospital_page",
               "care_updates_uk", "hospitalinfo_desk", "nhs_patient_news", "ourhospital_uk", "healthtrust_news",
               "ward_news_daily", "patient_notices", "hospital_page_real", "nhs_local_news", "nhsfoundation_page",
               "uk_hospital_trust", "caring_hospital_uk", "hospitalnoticeboard", "nhs_careupdates", "trust_official_uk",
               "patient_portal_uk", "hospital_helpdesk1", "nhs_community_page", "foundationtrust_uk", "hospitalpeople_uk",
               "newtrustpage", "nhs_info_point", "localhospital_news", "trustupdates_uk", "thehospitaltrust"]
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers", "appeal",
         "pals", "assist", "ask", "real", "hq", "staff", "patients", "news", "trust", "the", "nhs", "hosp"]
GENERIC_DISPLAY = ["Patient Support Team", "Hospital Updates", "NHS Help Desk", "Patient Advice Team", "Careers Team",
                   "Hospital Appeal", "Patient Refunds", "Help Centre", "Recruitment Office", "Patient Services",
                   "Hospital News", "Support Desk", "NHS Careers UK", "Ward Appeal", "Patient Liaison"]
REFUND_DISPLAY = ["{short} Patient Support", "NHS Patient Refunds", "{short} Refunds Team", "Patient Support Desk",
                  "{site} Patient Help", "NHS Rebate Office", "Patient Payments", "{init} Patient Services"]
JOBS_DISPLAY = ["{short} Careers", "NHS Jobs UK", "{short} Recruitment", "Healthcare Jobs UK", "{site} Jobs",
                "NHS Visa Jobs", "{init} HR Team", "UK Nurse Recruitment"]
DONATION_DISPLAY = ["{short} Children's Appeal", "Hospital Appeal", "{site} Charity", "{init} Fundraising",
                    "NHS Heroes Appeal", "Friends of {site}", "Ward Appeal UK", "{short} Hospital Charity"]
REFUND_HANDLES = ["patientrefunds", "nhsrebates", "patient_support_uk", "refund_desk", "claims_nhs_uk", "nhs_refunds_team",
                  "patientpayments", "hospital_refunds", "travelclaims_nhs", "patienthelp_refunds"]
JOBS_HANDLES = ["nhsjobs_uk", "healthjobs_uk", "visa_nurse_jobs", "uk_care_jobs", "hospital_careers", "nhs_hiring",
                "nurse_recruit_uk", "jobs_nhs_hr", "carevisa_jobs", "ukhealth_careers"]
DONATION_HANDLES = ["hospital_appeal", "ward_appeal_uk", "nhs_heroes_fund", "childrens_ward_appeal", "scanner_appeal",
                    "hospital_charity_uk", "nhs_donations", "support_our_ward", "icu_appeal", "babyunit_appeal"]


def phone_scam(i):
    return SCAM_PHONES[i % 3] % (100 + (i * 37) % 899)


def fit(platform, stem, inst="mastodon.social"):
    s = stem
    if platform == "x":
        s = re.sub(r"[^A-Za-z0-9_]", "", s)[:15]
        while len(s) < 4:
            s += "_"
    elif platform == "facebook":
        s = re.sub(r"[^A-Za-z0-9.]", "", s.replace("_", "."))
        s = re.sub(r"\.+", ".", s).strip(".")[:50]
        while len(s) < 5:
            s += "0"
    elif platform in ("instagram", "tiktok"):
        s = re.sub(r"[^a-z0-9._]", "", s.lower())
        s = re.sub(r"\.\.+", ".", s)[: 30 if platform == "instagram" else 24].strip(".")
        if len(s) < 2:
            s += "_x"
    elif platform == "linkedin":
        s = re.sub(r"[^a-z0-9-]", "", s.lower().replace("_", "-").replace(".", "-"))
        s = re.sub(r"-+", "-", s).strip("-")
        while len(s) < 3:
            s += "0"
    elif platform == "bluesky":
        s = re.sub(r"[^a-z0-9-]", "", s.lower().replace("_", "-").replace(".", "-"))
        s = re.sub(r"-+", "-", s).strip("-")[:40] or "user"
        s += ".bsky.social"
    elif platform == "youtube":
        s = re.sub(r"[^A-Za-z0-9_.-]", "", s)[:30]
        while len(s) < 3:
            s += "_"
    elif platform == "mastodon":
        s = re.sub(r"[^A-Za-z0-9_]", "", s.replace(".", "_"))[:30] + "@" + inst
    return s


def fits_exactly(platform, stem):
    return fit(platform, stem).split(".bsky.social")[0].replace("-", "").replace("_", "").replace(".", "").lower() == \
        re.sub(r"[^a-z0-9]", "", stem.lower())


def rand_id(platform):
    if platform == "x":
        return str(rng.randint(10 ** 9, 10 ** 19 - 1))
    if platform == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if platform == "instagram":
        return str(rng.randint(10 ** 8, 10 ** 11 - 1))
    if platform == "tiktok":
        return str(rng.randint(10 ** 18, 10 ** 19 - 1))
    if platform == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8 - 1))
    if platform == "youtube":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(rng.choice(al) for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    return str(rng.randint(10 ** 6, 10 ** 15))


def rand_date(y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                             rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def account(platform, handle, display, desc, followers, following, verified=False, created=None, aid=True, plat_written=None):
    a = {"platform": plat_written if plat_written is not None else platform, "handle": handle, "display_name": display,
         "description": desc, "followers": followers, "following": following, "verified": verified,
         "profile_image_url": None}
    if created:
        a["created_at"] = created
    if aid:
        a["account_id"] = rand_id(platform)
    return a


# ---------------------------------------------------------------- text helpers
CLAIM_SLOTS = ("{name}", "{short}", "{site}", "{init}")


def slots(t, key, i):
    return {"name": t["name"], "short": t["aliases"][0] if key not in SHORT else SHORT[key], "site": t["sites"][0],
            "city": t["city"], "init": t["initials"], "phone": t["phone_numbers"][i % len(t["phone_numbers"])],
            "ph": phone_scam(i), "dom": t["web_domains"][0], "fakedom": FAKEDOMS[key][i % 4],
            "ceo": t["executives"][0]["name"], "chair": t["executives"][1]["name"],
            "ceos": surname(t["executives"][0]["name"])}


def surname(n):
    return re.sub(r"^(Dr|Professor|Dame|Sir) ", "", n).split()[-1]


def fill(tmpl, s):
    return tmpl.format(**s)


def bio_elements(tmpl):
    el = set()
    if any(c in tmpl for c in CLAIM_SLOTS) or "{bio}" in tmpl:
        el.add("bio_claim")
    if "{phone}" in tmpl:
        el.add("phone")
    if "{dom}" in tmpl:
        el.add("domain")
    if "{fakedom}" in tmpl:
        el.add("lookalike_domain")
    if "{ceo}" in tmpl or "{chair}" in tmpl or "{ceos}" in tmpl:
        el.add("executive_name")
    return el


SWAP = {"o": "0", "l": "1", "i": "1", "s": "5", "e": "3", "a": "4", "b": "8", "O": "0", "I": "1", "S": "5", "E": "3",
        "A": "4", "B": "8"}


def swap_text(s, n, start):
    idx = [k for k, c in enumerate(s) if c in SWAP]
    if not idx:
        return None
    out = list(s)
    for j in range(n):
        k = idx[(start + j * 3) % len(idx)]
        if out[k] in SWAP:
            out[k] = SWAP[out[k]]
    return "".join(out)


def bold(s, upper0, lower0):
    r = []
    for c in s:
        if "A" <= c <= "Z":
            r.append(chr(upper0 + ord(c) - 65))
        elif "a" <= c <= "z":
            r.append(chr(lower0 + ord(c) - 97))
        else:
            r.append(c)
    return "".join(r)


SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def style(s, k):
    if k == 0:
        return bold(s, 0x1D400, 0x1D41A)           # mathematical bold
    if k == 1:
        return bold(s, 0x1D5D4, 0x1D5EE)           # sans-serif bold
    if k == 2:
        return bold(s, 0x1D468, 0x1D482)           # bold italic
    if k == 3:
        return bold(s, 0x1D670, 0x1D68A)           # monospace
    if k == 4:
        return bold(s, 0xFF21, 0xFF41)             # fullwidth
    return "".join(SMALL.get(c.lower(), c) if c.isalpha() else c for c in s)  # small caps


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
       "A": "\u0410", "B": "\u0412", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
       "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425", "S": "\u0405", "i": "\u0456", "I": "\u0406"}
GRK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c",
       "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "o": "\u03bf", "v": "\u03bd", "i": "\u03b9"}


def mix(s, n, greek, start):
    table = GRK if greek else CYR
    idx = [k for k, c in enumerate(s) if c in table]
    out = list(s)
    for j in range(min(n, len(idx))):
        k = idx[(start + j * 2) % len(idx)]
        if out[k] in table:
            out[k] = table[out[k]]
    return "".join(out)


def zw_insert(s, k):
    z = ZW[k % len(ZW)]
    pos = [m.start() for m in re.finditer(r" ", s)] or [len(s) // 2]
    p = pos[k % len(pos)] if k % 3 else max(1, len(s) // 2)
    return s[:p] + z + s[p:]


def main_handle(t, platform):
    offs = [a for a in t["official_accounts"] if a["platform"] == platform]
    a = offs[0] if offs else t["official_accounts"][0]
    return a["handle"].split(".bsky.social")[0]


# ---------------------------------------------------------------- impersonators
def build_impersonators(taken):
    recs = []
    tact_list = list(BIOS)
    for ti, tactic in enumerate(tact_list):
        for i, tmpl in enumerate(BIOS[tactic]):
            key = TK[(i + ti * 3) % 10]
            t = TRUSTS[key]
            s = slots(t, key, i + ti)
            if tactic == "dotted_handle":
                platform = ["facebook", "instagram", "tiktok"][i % 3]
            else:
                platform = POS[(i + ti) % 6]
            el = set()
            display = None
            handle = None
            created = rand_date(2020, 2026)
            followers = rng.randint(0, 900)
            verified = (i % 11 == 4)
            aliases = [t["name"]] + t["aliases"]
            name_pick = aliases[i % len(aliases)]
            generic = GENERIC_DISPLAY[(i + ti) % len(GENERIC_DISPLAY)]
            bio_t = tmpl
            if tactic == "renamed_old_account":
                display = name_pick
                el.add("name")
                handle = fit(platform, OLD_HANDLES[i])
                created = rand_date(2009, 2019)
                followers = rng.randint(520, 24000)
            elif tactic == "digit_letter_swap":
                if i % 2 == 0:
                    base = main_handle(t, platform)
                    if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
                        base = base.lower()
                    sw = swap_text(base, 1 + i % 3 // 2, i)
                    if sw is None:
                        base = t["official_accounts"][1]["handle"]
                        if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
                            base = base.lower()
                        sw = swap_text(base, 1, i)
                    handle = fit(platform, sw)
                    el.add("handle")
                    if i % 4 != 2:
                        display = [a for a in t["official_accounts"]][0]["display_name"]
                        el.add("name")
                    else:
                        display = generic
                else:
                    display = swap_text(name_pick, 1 + (i % 5 == 1), i)
                    el.add("name")
                    handle = fit(platform, NEW_HANDLES[i] + "_")
            elif tactic == "handle_affix":
                w = AFFIX[i % len(AFFIX)]
                base = main_handle(t, platform)
                cands = [base + "_" + w, w + "_" + base, base + w, t["initials"] + "_" + w, w + t["initials"]]
                order = [cands[(i + k) % len(cands)] for k in range(len(cands))]
                stem = next((c for c in order if fits_exactly(platform, c)), t["initials"] + w)
                handle = fit(platform, stem)
                el.add("handle")
                if i % 2 == 0:
                    display = name_pick
                    el.add("name")
                else:
                    display = generic
            elif tactic == "exact_name_new_handle":
                display = t["name"]
                el.add("name")
                handle = fit(platform, NEW_HANDLES[i])
                if i % 2 == 0:
                    handle = fit(platform, t["initials"].lower() + "_" + NEW_HANDLES[i][:9])
                    el.add("handle")
            elif tactic in ("refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam"):
                dl = {"refund_patient_support_scam": REFUND_DISPLAY, "jobs_recruitment_scam": JOBS_DISPLAY,
                      "donation_scam": DONATION_DISPLAY}[tactic]
                hl = {"refund_patient_support_scam": REFUND_HANDLES, "jobs_recruitment_scam": JOBS_HANDLES,
                      "donation_scam": DONATION_HANDLES}[tactic]
                dt = dl[i % len(dl)]
                display = fill(dt, s)
                if any(c in dt for c in CLAIM_SLOTS):
                    el.add("name")
                hs = hl[i % len(hl)]
                if i % 2 == 1:
                    hs = t["initials"].lower() + "_" + hs
                    el.add("handle")
                handle = fit(platform, hs + ("" if i < 10 else str(i)))
            elif tactic == "fake_executive":
                ex = t["executives"][0 if i % 3 else 1]
                nm = ex["name"]
                role = "CEO" if ex["role"] == "chief_executive" else "Chair"
                forms = [nm, nm + " " + role, nm + " | " + t["initials"], role + " " + nm, nm + " (" + SHORT[key] + ")"]
                display = forms[i % len(forms)]
                el.add("executive_name")
                if "(" in display or "|" in display:
                    el.add("name")
                sn = surname(nm).replace("-", "")
                first = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", nm).split()[0]
                hforms = [first + sn, sn + "_" + role.lower(), first[0] + sn + "_nhs", "the" + sn, sn + t["initials"]]
                handle = fit(platform, hforms[i % len(hforms)])
                if hforms[i % len(hforms)].endswith(t["initials"]):
                    el.add("handle")
            elif tactic == "zero_width_name":
                display = zw_insert(name_pick, i)
                el.add("name")
                if i % 3 != 2:
                    handle = fit(platform, t["initials"] + "_" + AFFIX[i % len(AFFIX)])
                    el.add("handle")
                else:
                    handle = fit(platform, NEW_HANDLES[(i + 7) % 30])
            elif tactic == "styled_unicode_name":
                display = style(name_pick, i % 6)
                el.add("name")
                handle = fit(platform, NEW_HANDLES[(i + 13) % 30][::-1].split("_")[0][::-1] + "_" + t["city"].lower()[:6])
                if i % 2 == 0:
                    handle = fit(platform, t["initials"] + "_" + AFFIX[(i + 5) % len(AFFIX)] + "_desk")
                    el.add("handle")
            elif tactic == "mixed_script_name":
                display = mix(name_pick, 1 + i % 3, i % 4 == 3, i)
                el.add("name")
                handle = fit(platform, "real_" + NEW_HANDLES[(i + 19) % 30])
                if i % 2 == 0:
                    handle = fit(platform, t["initials"] + "_" + AFFIX[(i + 9) % len(AFFIX)] + "_uk")
                    el.add("handle")
            elif tactic == "copied_official_bio":
                offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
                src = offs[i % len(offs)]
                s = dict(s, bio=src["bio"])
                if i % 3 != 2:
                    display = src["display_name"]
                    el.add("name")
                else:
                    display = generic
                handle = fit(platform, NEW_HANDLES[(i + 3) % 30] + "_" + t["city"].lower()[:5])
            elif tactic == "lookalike_domain_bio":
                if i % 2 == 0:
                    display = name_pick
                    el.add("name")
                else:
                    display = generic
                handle = fit(platform, t["city"].lower()[:6] + "_" + NEW_HANDLES[(i + 23) % 30])
            elif tactic == "dotted_handle":
                if platform == "facebook" and i % 6 == 0:
                    handle = str(rng.randint(10 ** 14, 10 ** 15 - 1))
                    display = name_pick
                    el.add("name")
                else:
                    base = main_handle(t, platform).lower()
                    forms = [".".join(re.findall(r"[a-z]+", SHORT[key].lower())) + ".nhs",
                             t["initials"].lower() + ".nhs." + t["city"].lower().replace(" ", "").replace("-", ""),
                             base[:len(base) // 2] + "." + base[len(base) // 2:],
                             "official." + base, base + ".uk"]
                    handle = fit(platform, forms[i % len(forms)])
                    el.add("handle")
                    if i % 2 == 0:
                        display = name_pick
                        el.add("name")
                    else:
                        display = generic
            elif tactic == "short_stem_affix":
                w = AFFIX[(i * 5) % len(AFFIX)]
                if w in ("nhs", "the", "trust") and i % 2:
                    w = "help"
                ini = t["initials"].lower()
                forms = [ini + "_" + w, w + "_" + ini, ini + w, w + ini, ini + "." + w]
                handle = fit(platform, forms[i % len(forms)])
                el.add("handle")
                if i % 2 == 0:
                    display = t["initials"] + " " + w.title()
                    el.add("name")
                else:
                    display = generic
            desc = fill(bio_t, s)
            el |= bio_elements(bio_t)
            if not el:
                handle = fit(platform, t["initials"].lower() + "_" + handle.split(".bsky.social")[0])
                el.add("handle")
            k = (platform, handle.lower())
            n = 2
            while k in taken:
                if platform == "bluesky":
                    handle = handle.split(".bsky.social")[0] + str(n) + ".bsky.social"
                elif platform == "x":
                    handle = handle[:15 - len(str(n))] + str(n)
                else:
                    handle = handle + str(n)
                k = (platform, handle.lower())
                n += 1
            taken.add(k)
            acc = account(platform, handle, display, desc, followers, rng.randint(0, 1500), verified, created)
            recs.append({"id": "imp17-%s-%02d" % (tactic, i + 1), "trust": key, "label": "impersonation",
                         "tactic": tactic, "platform": platform, "account": acc,
                         "copied_elements": sorted(el)})
    return recs


# ---------------------------------------------------------------- genuine
def read_lines(fn):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def gslots(key):
    t = TRUSTS[key]
    return {"short": SHORT[key], "init": t["initials"], "site": t["sites"][0], "city": t["city"], "name": t["name"]}


def hslots(key):
    t = TRUSTS[key]
    c = re.sub(r"[^a-z]", "", t["city"].lower())
    return {"short": re.sub(r"[^a-z]", "", SHORT[key].lower()), "init": t["initials"].lower(), "site": "", "city": c,
            "name": ""}


INSTANCES = ["mastodon.social", "mastodon.online", "mas.to", "toot.community", "social.vivaldi.net", "mstdn.social"]


def build_genuine(taken):
    recs = []
    # official accounts and case variants
    n_var = 0
    for key in TK:
        t = TRUSTS[key]
        for j, a in enumerate(t["official_accounts"]):
            acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"],
                   "description": a["bio"], "followers": a["followers"], "following": a["following"],
                   "verified": a["verified"], "profile_image_url": None, "account_id": a["account_id"]}
            if a.get("created_at"):
                acc["created_at"] = a["created_at"]
            recs.append({"id": "gen17-off-%s-%d" % (key, j + 1), "trust": key, "label": "genuine", "group": "official",
                         "platform": a["platform"], "account": acc})
            taken.add((a["platform"], a["handle"].lower()))
            if a["platform"] == "x":
                spell = ["X", "Twitter", " x", ["tWitter", "x ", "TWITTER", "Twitter ", "tWiTtEr"][n_var % 5]]
            else:
                spell = [{"facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "youtube": "YouTube",
                          "tiktok": "TikTok", "bluesky": "Bluesky"}[a["platform"]]]
                if j % 2 == 0:
                    spell.append(a["platform"].upper())
            for v, sp in enumerate(spell):
                acc2 = dict(acc, platform=sp)
                recs.append({"id": "gen17-var-%s-%d-%d" % (key, j + 1, v + 1), "trust": key, "label": "genuine",
                             "group": "official_case_variant", "platform": a["platform"], "account": acc2})
            n_var += 1
    # organisations and people around the NHS
    adj = read_lines("adjacent1.txt") + read_lines("adjacent2.txt") + read_lines("adjacent3.txt")
    pub = []
    for fn in sorted(f for f in os.listdir(HERE) if f.startswith("public") and f.endswith(".txt")):
        pub += read_lines(fn)
    for grp, lines, prefix in (("nhs_adjacent", adj, "gen17-adj"), ("general_public", pub, "gp-hand")):
        for i, ln in enumerate(lines):
            display, hstem, bio = ln.split("|", 2)
            key = TK[(i * 7 + (3 if grp == "general_public" else 0)) % 10]
            platform = ALL[(i * 3 + (1 if grp == "general_public" else 0)) % 8]
            display = display.format(**gslots(key))
            bio = bio.format(**gslots(key))
            hs = hstem.format(**hslots(key))
            handle = fit(platform, hs, INSTANCES[i % len(INSTANCES)])
            k = (platform, handle.lower())
            n = 2
            while k in taken:
                if platform == "bluesky":
                    handle = fit(platform, hs + str(n))
                elif platform == "mastodon":
                    handle = fit(platform, hs + str(n), INSTANCES[i % len(INSTANCES)])
                else:
                    handle = fit(platform, hs[:11] + str(n))
                k = (platform, handle.lower())
                n += 1
            taken.add(k)
            if grp == "nhs_adjacent":
                fol, fog = rng.randint(40, 25000), rng.randint(20, 3000)
                ver = rng.random() < 0.08
                cr = rand_date(2009, 2025)
            else:
                fol, fog = rng.randint(0, 3000), rng.randint(0, 2000)
                ver = rng.random() < 0.02
                cr = rand_date(2008, 2026)
            acc = account(platform, handle, display, bio, fol, fog, ver, cr)
            recs.append({"id": "%s-%04d" % (prefix, i + 1), "trust": key, "label": "genuine", "group": grp,
                         "platform": platform, "account": acc})
    return recs


def main():
    taken = set()
    gen = build_genuine(taken)
    imp = build_impersonators(taken)
    recs = imp + gen
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    tj = {"_about": ABOUT}
    tj.update(TRUSTS)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(tj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d records (%d impersonation, %d genuine)" % (len(recs), len(imp), len(gen)))


if __name__ == "__main__":
    main()
