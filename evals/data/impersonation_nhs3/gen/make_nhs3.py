#!/usr/bin/env python3
"""Write trusts.json and accounts.jsonl of the third sealed impersonation set (nhs3). Standard library only.

Deterministic: the same seed writes the same bytes. Run from anywhere:
    python3 evals/data/impersonation_nhs3/gen/make_nhs3.py
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from register import ABOUT, TRUSTS  # noqa: E402
from extra import EXTRA  # noqa: E402
from wording import (ADJACENT, FIRST, LAST, PUBLIC_BIOS, TACTIC_WORDING, adjacent_people)  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20261207
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
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
def fit(handle, platform):
    """Bend a handle into the platform's own rules without losing what makes it a lookalike."""
    h = handle
    if platform == "x":
        h = re.sub(r"[^A-Za-z0-9_]", "", h.replace(".", "_").replace("-", "_"))[:15]
        h = re.sub(r"_+$", "", h) if len(h) > 4 else h
    elif platform == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", h)[:50]
    elif platform in ("instagram", "tiktok"):
        h = re.sub(r"[^a-z0-9._]", "", h.lower().replace("-", "_"))
        h = re.sub(r"\.\.+", ".", h).strip(".")[: 30 if platform == "instagram" else 24].rstrip(".")
    elif platform == "linkedin":
        h = re.sub(r"[^a-z0-9-]", "", h.lower().replace("_", "-").replace(".", "-"))
        h = re.sub(r"--+", "-", h).strip("-")
    elif platform == "bluesky":
        if not h.endswith(".bsky.social") and not re.search(r"\.(uk|com|org|net)$", h):
            h = re.sub(r"[^a-z0-9-]", "", h.lower().replace("_", "-").replace(".", "-"))
            h = re.sub(r"--+", "-", h).strip("-")[:40] + ".bsky.social"
    elif platform == "youtube":
        h = re.sub(r"[^A-Za-z0-9_.-]", "", h)[:30]
    return h


def account_id(platform, rng):
    if platform == "x":
        return str(rng.randint(10**7, 19 * 10**17))
    if platform == "facebook":
        return str(rng.randint(10**14, 10**15 - 1))
    if platform == "instagram":
        return str(rng.randint(10**8, 10**11))
    if platform == "tiktok":
        return str(rng.randint(6 * 10**18, 7 * 10**18 + 4 * 10**17))
    if platform == "linkedin":
        return str(rng.randint(10**4, 10**8))
    if platform == "youtube":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(rng.choice(alphabet) for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    return str(rng.randint(10**8, 10**17))


def iso(rng, y0, y1):
    y = rng.randint(y0, y1)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                             rng.randint(0, 59), rng.randint(0, 59))


class Handles:
    """Keeps every (platform, handle) unique across the set."""

    def __init__(self):
        self.used = set()

    def claim(self, platform, handle, rng, alts=()):
        tries = [handle] + list(alts)
        for n in range(60):
            for cand in tries:
                cand = fit(cand, platform)
                if re.match(HANDLE_RULES[platform], cand) and (platform, cand.lower()) not in self.used:
                    self.used.add((platform, cand.lower()))
                    return cand
            base = handle.split(".bsky.social")[0]
            sep = "" if platform in ("facebook",) else rng.choice(["", "_", "."]) if platform in ("instagram", "tiktok") else ""
            tries = [base + sep + str(rng.randint(1, 999))]
            if platform == "x":
                tries = [base[:11] + str(rng.randint(1, 999))]
        raise ValueError("no free handle for %s %s" % (platform, handle))


def mobile(rng):
    return "07700 900%03d" % rng.randint(0, 999)


def slots(key, t, rng):
    e = EXTRA[key]
    execs = {x["role"]: x["name"] for x in t["executives"]}
    charity = t["not_on_register"]["charities"][0]["name"]
    return {
        "name": t["name"], "short": rng.choice(e["short"]), "init": t["initials"], "site": rng.choice(t["sites"]),
        "ward": rng.choice(e["wards"]), "town": e["town"], "mob": mobile(rng), "phone": rng.choice(t["phone_numbers"]),
        "dom": t["web_domains"][0], "fakedom": rng.choice(e["lookalike"]), "charity": charity, "ceo": execs["chief_executive"],
        "chair": execs["chair"], "md": execs["medical_director"], "cn": execs["chief_nurse"],
        "fee": rng.choice(["£250", "£295", "£350", "£399", "£450", "£480", "£520", "£650", "£850", "£1,200"]),
        "band": rng.choice(["Band 5", "Band 6", "Band 7", "Band 3 HCA", "Band 5 staff nurse", "Band 6 paramedic"]),
    }


def fill(template, s):
    return template.format(**s)


def build():
    rng = random.Random(SEED)
    handles = Handles()
    keys = list(TRUSTS)
    for t in TRUSTS.values():
        for a in t["official_accounts"]:
            handles.used.add((a["platform"], a["handle"].lower()))
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(dict({"_about": ABOUT}, **TRUSTS), f, ensure_ascii=False, indent=1)
        f.write("\n")

    records = []
    n = 0
    for ti, tactic in enumerate(TACTICS):
        plats = ["facebook", "instagram", "tiktok"] if tactic == "dotted_handle" else POS_PLATFORMS
        for i in range(30):
            key = keys[(i + 3 * ti) % 10]
            platform = plats[(i + ti) % len(plats)]
            t = TRUSTS[key]
            s = slots(key, t, rng)
            w = TACTIC_WORDING[tactic](key, t, EXTRA[key], platform, s, rng, i)
            handle = handles.claim(platform, w["handle"], rng, w.get("alts", ()))
            acc = {"platform": platform, "handle": handle, "display_name": w["display_name"],
                   "description": w["description"], "followers": w.get("followers", rng.choice([0, 3, 12, 41, 87, 150, 233, 402, 760])),
                   "following": w.get("following", rng.randint(0, 1500)), "verified": w.get("verified", False),
                   "profile_image_url": None, "created_at": w.get("created_at", iso(rng, 2023, 2026)),
                   "account_id": account_id(platform, rng)}
            if platform == "facebook" and handle.isdigit():
                acc["account_id"] = handle
            n += 1
            records.append({"id": "nhs3-imp-%04d" % n, "trust": key, "label": "impersonation", "tactic": tactic,
                            "platform": platform, "account": acc, "copied_elements": w["elements"]})

    genuine = []
    # the register, and copies of it with the platform written as people and exports write it
    spell = {"x": ["X", "Twitter", " x", "twitter ", "TWITTER"], "facebook": [" FACEBOOK ", "Facebook", "facebook "],
             "instagram": ["Instagram", "INSTAGRAM", " instagram"], "linkedin": ["LinkedIn", "LINKEDIN "],
             "youtube": ["YouTube", " Youtube"], "tiktok": ["TikTok", "TIKTOK"], "bluesky": ["Bluesky", "BlueSky "]}
    no = nv = 0
    for key, t in TRUSTS.items():
        for a in t["official_accounts"]:
            acc = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"], "description": a["bio"],
                   "followers": a["followers"], "following": a["following"], "verified": a["verified"],
                   "profile_image_url": None, "account_id": a["account_id"]}
            if "created_at" in a:
                acc["created_at"] = a["created_at"]
            no += 1
            genuine.append({"id": "nhs3-off-%03d" % no, "trust": key, "label": "genuine", "group": "official",
                            "platform": a["platform"], "account": acc})
            spellings = spell[a["platform"]] if a["platform"] == "x" else rng.sample(spell[a["platform"]], 2)
            for sp in spellings:
                v = dict(acc, platform=sp)
                if rng.random() < 0.3:
                    v["handle"] = a["handle"].upper() if a["platform"] != "bluesky" else a["handle"]
                nv += 1
                genuine.append({"id": "nhs3-var-%03d" % nv, "trust": key, "label": "genuine",
                                "group": "official_case_variant", "platform": a["platform"], "account": v})
    na = 0
    for key in keys:
        t = TRUSTS[key]
        rows = ADJACENT[key] + adjacent_people(key, t, EXTRA[key], rng)
        for platform, handle, display, bio in rows:
            h = handles.claim(platform, handle, rng)
            na += 1
            genuine.append({"id": "nhs3-adj-%04d" % na, "trust": key, "label": "genuine", "group": "nhs_adjacent",
                            "platform": platform,
                            "account": {"platform": platform, "handle": h, "display_name": display, "description": bio,
                                        "followers": int(rng.lognormvariate(5.5, 1.6)), "following": rng.randint(10, 3000),
                                        "verified": rng.random() < 0.04, "profile_image_url": None,
                                        "created_at": iso(rng, 2009, 2026), "account_id": account_id(platform, rng)}})
    ng = 0
    gp_plats = ["x"] * 5 + ["facebook"] * 4 + ["instagram"] * 5 + ["tiktok"] * 3 + ["linkedin"] * 2 + ["bluesky"] * 2 + ["youtube", "mastodon"]
    for i in range(280):
        key = keys[i % 10]
        platform = gp_plats[rng.randrange(len(gp_plats))]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        bio = rng.choice(PUBLIC_BIOS).format(town=EXTRA[key]["town"], first=first)
        stem = rng.choice([first + last, first[0] + last, first + "_" + last[:3], last + first[:1] + str(rng.randint(1, 99)),
                           first + str(rng.randint(70, 99)), first.lower() + "." + last.lower()])
        if platform == "mastodon":
            stem = re.sub(r"[^A-Za-z0-9_]", "", stem) + "@" + rng.choice(["mastodon.social", "mastodon.online", "mas.to", "toot.community"])
        h = handles.claim(platform, stem, rng)
        display = rng.choice(["%s %s" % (first, last), first, "%s %s." % (first, last[0]), "%s 🌻" % first, "%s %s" % (first, last)])
        ng += 1
        genuine.append({"id": "nhs3-gp-%04d" % ng, "trust": key, "label": "genuine", "group": "general_public",
                        "platform": platform,
                        "account": {"platform": platform, "handle": h, "display_name": display, "description": bio,
                                    "followers": int(rng.lognormvariate(4.5, 1.4)), "following": rng.randint(5, 2000),
                                    "verified": False, "profile_image_url": None, "created_at": iso(rng, 2009, 2026),
                                    "account_id": account_id(platform, rng)}})

    allrec = records + genuine
    order = random.Random(SEED + 1)
    order.shuffle(allrec)
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in allrec:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d impersonations, %d genuine" % (len(records), len(genuine)))


if __name__ == "__main__":
    build()
