#!/usr/bin/env python3
"""Write trusts.json and accounts.jsonl of the fourth sealed impersonation set (nhs4). Standard library only.

Deterministic: the same seed gives byte-identical files. Run from anywhere:
    python3 evals/data/impersonation_nhs4/gen/make_set.py
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from register import CHARITY_NOTES, TRUSTS  # noqa: E402
from wording import ADJACENT, GENERAL, IMPERSONATION  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
B32 = "abcdefghijklmnopqrstuvwxyz234567"
ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def account_id(rng, platform):
    digits = {"x": (8, 19), "facebook": (15, 15), "instagram": (8, 11), "tiktok": (19, 19), "linkedin": (5, 8), "mastodon": (9, 18)}
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice(B32) for _ in range(24))
    if platform == "youtube":
        return "UC" + "".join(rng.choice(ID_CHARS) for _ in range(22))
    lo, hi = digits[platform]
    n = rng.randint(lo, hi)
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def iso(rng, y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def build_trusts(rng):
    out = {"_about": (
        "Trust register for TrustWatch's fourth sealed impersonation set (nhs4), written by a fourth author. Trust names, "
        "ODS codes, web domains, sites, charities and official social-media handles are written FROM MEMORY of public "
        "information and were NOT verified online; some may be wrong or out of date. Every account_id is INVENTED "
        "(platform-shaped only), as are follower counts and creation dates. Official bios were written for this set; they "
        "are not copies of the real bios. All four executives of each Trust are INVENTED people, so that no real person is "
        "impersonated here. Phone numbers come from Ofcom's drama-reserved ranges. not_on_register lists each Trust's "
        "charity, recalled from memory, which the Trust has not put on TrustWatch's register.")}
    for key, t in TRUSTS.items():
        accounts = []
        for platform, handle, display, bio in t["accounts"]:
            a = {"platform": platform, "handle": handle, "account_id": account_id(rng, platform), "display_name": display,
                 "bio": bio, "followers": rng.randint(2500, 160000), "following": rng.randint(80, 2600),
                 "verified": platform in ("x", "facebook", "instagram", "youtube") and rng.random() < 0.8}
            if platform != "linkedin":
                a["created_at"] = iso(rng, 2009, 2019 if platform not in ("tiktok", "bluesky") else 2023)
                if platform == "tiktok":
                    a["created_at"] = iso(rng, 2019, 2021)
                if platform == "bluesky":
                    a["created_at"] = iso(rng, 2023, 2024)
            accounts.append(a)
        out[key] = {
            "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
            "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accounts,
            "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]],
            "not_on_register": {"charities": [t["charity"]], "note": CHARITY_NOTES[key]},
        }
    return out


def account(platform_spelling, handle, display, bio, followers, following, verified, created=None, aid=None):
    a = {"platform": platform_spelling, "handle": handle, "display_name": display, "description": bio,
         "followers": followers, "following": following, "verified": verified, "profile_image_url": None}
    if created:
        a["created_at"] = created
    if aid:
        a["account_id"] = aid
    return a


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


def fits(platform, handle):
    return re.match(HANDLE_RULES[platform], handle) is not None


def main():
    rng = random.Random(20261207)
    register = build_trusts(rng)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(register, f, ensure_ascii=False, indent=1)
        f.write("\n")
    trusts = {k: v for k, v in register.items() if not k.startswith("_")}
    official_keys = {(a["platform"], a["handle"].lower()) for t in trusts.values() for a in t["official_accounts"]}
    used = set(official_keys)
    records = []

    # impersonations: 30 per tactic, three per Trust, platforms rotated
    keys = list(trusts)
    for ti, tactic in enumerate(TACTICS):
        for i in range(30):
            key = keys[(i + ti) % 10]
            if tactic == "dotted_handle":
                platform = ["facebook", "instagram", "tiktok"][(i + ti) % 3]
            else:
                platform = POS_PLATFORMS[(i + 2 * ti) % 6]
            for attempt in range(200):
                made = IMPERSONATION[tactic](rng, key, trusts[key], platform, i, attempt)
                if made is None:
                    continue
                handle = made["handle"]
                k = (platform, handle.lower())
                if fits(platform, handle) and k not in used:
                    break
            else:
                raise SystemExit("could not make a unique handle for %s %s %s" % (tactic, key, platform))
            used.add(k)
            created = made.get("created") or iso(rng, 2024, 2026)
            followers = made.get("followers", rng.choice([0, 3, 12, 41, 88, 150, 230, 640, 1200]) + rng.randint(0, 40))
            a = account(platform if rng.random() > 0.08 else {"x": "Twitter"}.get(platform, platform.capitalize()),
                        handle, made["display"], made["bio"], followers, made.get("following", rng.randint(0, 900)),
                        made.get("verified", rng.random() < 0.06), created,
                        made.get("aid") or account_id(rng, platform))
            records.append({"id": "nhs4-imp-%s-%03d" % (tactic.replace("_", "")[:10], i), "trust": key, "label": "impersonation",
                            "tactic": tactic, "platform": platform, "account": a, "copied_elements": sorted(set(made["elements"]))})

    # official accounts and their case-variant copies
    for key, t in trusts.items():
        for j, a in enumerate(t["official_accounts"]):
            acc = account(a["platform"], a["handle"], a["display_name"], a["bio"], a["followers"], a["following"], a["verified"],
                          a.get("created_at"), a["account_id"])
            records.append({"id": "nhs4-off-%s-%d" % (key, j), "trust": key, "label": "genuine", "group": "official",
                            "platform": a["platform"], "account": acc})
            if a["platform"] == "x":
                spellings = ["X", "Twitter", " x", rng.choice(["tWitter", "TWITTER", "x ", " Twitter "])]
            else:
                p = a["platform"]
                spellings = [p.upper(), p.capitalize() if p != "linkedin" else "LinkedIn", " " + p]
                spellings = spellings[:2] + ([spellings[2]] if rng.random() < 0.5 else [])
            for s_i, spelling in enumerate(spellings):
                h = a["handle"] if s_i % 2 == 0 or a["platform"] in ("bluesky", "mastodon") else (
                    a["handle"].upper() if a["platform"] in ("x", "facebook", "youtube") else a["handle"])
                acc = account(spelling, h, a["display_name"], a["bio"], a["followers"], a["following"], a["verified"],
                              a.get("created_at"), a["account_id"])
                records.append({"id": "nhs4-var-%s-%d-%d" % (key, j, s_i), "trust": key, "label": "genuine",
                                "group": "official_case_variant", "platform": a["platform"], "account": acc})

    # NHS-adjacent and general public
    imp_keys = {(r["platform"], r["account"]["handle"].lower()) for r in records if r["label"] == "impersonation"}
    n = 0
    for key, t in trusts.items():
        for j, made in enumerate(ADJACENT(rng, key, t)):
            k = (made["platform"], made["handle"].lower())
            if k in imp_keys or k in official_keys or k in used or not fits(made["platform"], made["handle"]):
                continue
            used.add(k)
            acc = account(made["platform"] if rng.random() > 0.05 else made["platform"].capitalize(), made["handle"],
                          made["display"], made["bio"], made["followers"], made["following"], made.get("verified", False),
                          made.get("created") or iso(rng, 2010, 2025), account_id(rng, made["platform"]))
            records.append({"id": "nhs4-adj-%s-%03d" % (key, j), "trust": key, "label": "genuine", "group": "nhs_adjacent",
                            "platform": made["platform"], "account": acc})
            n += 1
    for j, made in enumerate(GENERAL(rng, trusts)):
        k = (made["platform"], made["handle"].lower())
        if k in imp_keys or k in used or not fits(made["platform"], made["handle"]):
            continue
        used.add(k)
        acc = account(made["platform"], made["handle"], made["display"], made["bio"], made["followers"], made["following"],
                      False, made.get("created") or iso(rng, 2009, 2026), account_id(rng, made["platform"]))
        records.append({"id": "gp-nhs4-%04d" % j, "trust": made["trust"], "label": "genuine", "group": "general_public",
                        "platform": made["platform"], "account": acc})

    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d records" % len(records))


if __name__ == "__main__":
    main()
