"""Assemble trusts.json and accounts.jsonl for the impersonation evaluation set.

Run from anywhere:  python3 gen/build.py --public-profiles /path/outside/the/repo/impersonation_public_profiles.jsonl
Deterministic (fixed seeds). Inputs: gen/*.py hand-written lists and two public data files under _src/.

The 1,338 rows taken from the two public Twitter datasets (ids gp-kag-*, gp-gnd-*) are real people's profiles: they
are written to the --public-profiles file, never to accounts.jsonl, so they stay out of the repository. Without
the _src/ files, the rows are carried over from that same file.
"""
import argparse
import difflib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from trusts_data import TRUSTS  # noqa: E402
from textkit import skeleton, ZW_CHARS, lookalike_domains  # noqa: E402
import positives  # noqa: E402
from negatives import Neg  # noqa: E402

ABOUT = (
    "Trust register for TrustWatch's independent impersonation evaluation set. Trust names, ODS codes, web domains, "
    "hospital sites and the official social-media handles are written FROM MEMORY of public information and were NOT "
    "verified online; some handles may be wrong or out of date. Every account_id is INVENTED (platform-shaped only) and "
    "so are follower counts and creation dates. Official bios were written for this set in the style of NHS Trust bios; "
    "they are not copies of the real bios. Executives (chief executive and chair) are INVENTED people so that no real "
    "person is impersonated in this data. Phone numbers are from Ofcom's drama-reserved ranges (e.g. 01632 960xxx, "
    "020 7946 0xxx, 0121 496 0xxx) so no real switchboard is reached. No Trust here is given a Mastodon account: none is "
    "known to me with enough confidence."
)


def build_trusts(seed=4242):
    r = random.Random(seed)
    out = []
    for t in TRUSTS:
        accts = []
        for platform, handle, dn, bio in t["official"]:
            if platform == "x":
                aid = str(r.randrange(10 ** 7, 2 * 10 ** 9))
                created = "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(2009, 2013), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
            elif platform == "facebook":
                aid = str(r.randrange(10 ** 14, 10 ** 15))
                created = "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(2010, 2015), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
            elif platform == "instagram":
                aid = str(r.randrange(10 ** 8, 6 * 10 ** 9))
                created = "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(2013, 2019), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
            elif platform == "tiktok":
                aid = "6" + str(r.randrange(8 * 10 ** 17, 10 ** 18))
                created = "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(2019, 2022), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
            elif platform == "linkedin":
                aid = str(r.randrange(10 ** 5, 10 ** 7))
                created = None
            elif platform == "youtube":
                aid = "UC" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
                created = "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(2009, 2016), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
            elif platform == "bluesky":
                aid = "did:plc:" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
                created = "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(2, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60))
            else:
                raise ValueError(platform)
            big = {"x": (12000, 90000), "facebook": (15000, 160000), "instagram": (5000, 60000), "tiktok": (2000, 90000),
                   "linkedin": (20000, 200000), "youtube": (800, 15000), "bluesky": (400, 9000)}[platform]
            if "Careers" in dn:
                big = (1500, 9000)
            a = {"platform": platform, "handle": handle, "account_id": aid, "display_name": dn, "bio": bio,
                 "followers": r.randrange(*big), "following": r.randrange(80, 2500),
                 "verified": platform in ("x", "facebook", "instagram", "tiktok", "youtube") and r.random() < 0.85}
            if created:
                a["created_at"] = created
            accts.append(a)
        out.append({
            "key": t["key"], "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"],
            "aliases": t["aliases"], "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accts,
            "executives": [{"role": role, "name": name, "invented": True} for role, name in t["executives"]],
        })
    return out


def _tokens(h):
    parts = re.split(r"[._\-\d]+", h)
    toks = []
    for p in parts:
        toks += re.findall(r"[A-Z]{2,}(?=[A-Z][a-z]|$|[^A-Za-z])|[A-Z]?[a-z]+|[A-Z]+", p)
    return [x.lower() for x in toks if x]


def copied_elements(rec, t):
    """Analysis-only record of which identity elements of the Trust the account copies (not used by any detector)."""
    a = rec["account"]
    name, handle, bio = a["display_name"], a["handle"], a["description"]
    el = []
    ids = [t["name"]] + t["aliases"] + t["sites"]
    sk_ids = {skeleton(x) for x in ids if len(skeleton(x)) >= 5}
    ini = t["initials"].lower()
    clean_name = unicodedata.normalize("NFKC", "".join(c for c in name if c not in ZW_CHARS))
    skn = skeleton(name)
    if any(s and s in skn for s in sk_ids) or re.search(r"\b%s\b" % re.escape(ini), skeleton_keep_spaces(clean_name)):
        el.append("name")
    off = {skeleton(x["handle"].split(".bsky.social")[0]) for x in t["official_accounts"]}
    skh = skeleton(handle.split(".bsky.social")[0])
    toks = [skeleton(x) for x in _tokens(handle)]
    ali = {skeleton(x)[:10] for x in t["aliases"] + [t["name"]] if len(skeleton(x)) >= 8}
    ski = skeleton(ini)
    if any(o and len(o) >= 4 and o in skh for o in off) or any(a in skh for a in ali) or \
            any(tk.startswith(ski) or tk.endswith(ski) for tk in toks) or skh.startswith(ski):
        el.append("handle")
    skb = skeleton_keep_spaces(unicodedata.normalize("NFKC", "".join(c for c in bio if c not in ZW_CHARS)))
    skb_flat = skb.replace(" ", "")
    if any(s in skb_flat for s in sk_ids if len(s) >= 6) or re.search(r"\b%s\b" % re.escape(ini), skb) or \
            any(("@" + x["handle"].lower()) in bio.lower() for x in t["official_accounts"]) or \
            any(difflib.SequenceMatcher(None, bio[:len(x["bio"]) + 5], x["bio"]).ratio() >= 0.75 for x in t["official_accounts"]):
        el.append("bio_claim")
    digits = re.sub(r"\D", "", bio)
    if any(re.sub(r"\D", "", p) in digits for p in t["phone_numbers"]):
        el.append("phone")
    low = bio.lower()
    if any(re.search(r"(?<![a-z0-9.-])" + re.escape(d) + r"(?![a-z0-9-])", low) for d in t["web_domains"]):
        el.append("domain")
    if any(ld in low for d in t["web_domains"] for ld in lookalike_domains(d)):
        el.append("lookalike_domain")
    for e in t["executives"]:
        bare = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", e["name"])
        last = bare.split()[-1].lower()
        if last in name.lower() or last in handle.lower():
            el.append("executive_name")
            break
    return el


def skeleton_keep_spaces(s):
    return " ".join(skeleton(w) for w in re.split(r"\s+", s) if skeleton(w))


PUBLIC_PREFIXES = ("gp-kag-", "gp-gnd-")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--public-profiles", required=True,
                    help="JSON lines of the dataset-derived general_public rows, kept outside the repository")
    args = ap.parse_args()
    trusts = build_trusts()
    with open(os.path.join(ROOT, "trusts.json"), "w", encoding="utf-8") as f:
        doc = {"_about": ABOUT}
        doc.update({t["key"]: {k: v for k, v in t.items() if k != "key"} for t in trusts})
        json.dump(doc, f, ensure_ascii=False, indent=2)

    # working copies for the generators
    work = []
    for t in trusts:
        w = dict(t)
        w["executives_raw"] = [(e["role"], e["name"]) for e in t["executives"]]
        work.append(w)
    by_key = {t["key"]: t for t in work}

    g = positives.Gen(work)
    dry = Neg(work)          # dry run: never give an impersonation the handle of a genuine adjacent account
    dry.adjacent()
    g.seen |= {(r["platform"], r["account"]["handle"].lower()) for r in dry.records}
    for b in positives.BUILDERS:
        b(g)
    pos = g.records
    for rec in pos:
        rec["copied_elements"] = copied_elements(rec, by_key[rec["trust"]])
        rec.pop("_single_intent", None)

    n = Neg(work)
    n.seen |= {(a["platform"], a["account"]["handle"].lower()) for a in pos}
    n.officials()
    n.adjacent()
    kag = os.path.join(ROOT, "_src", "nonbots_data.csv")
    gnd = os.path.join(ROOT, "_src", "gender-classifier-DFE-791531.csv")
    if os.path.exists(kag) and os.path.exists(gnd):
        kept, drop = n.general_public(kag, gnd)
    else:
        # raw third-party files are not kept here (see SOURCES.md to restore them); reuse the rows already extracted
        prev_path = args.public_profiles
        previous = [json.loads(l) for l in open(prev_path, encoding="utf-8")] if os.path.exists(prev_path) else []
        carried = n.carry_over(previous)
        if not carried:
            sys.exit("no _src/ files and no --public-profiles file to carry general_public rows from; see SOURCES.md")
        # the trust cycle for the hand-written rows continues after the carried rows
        tc = n._trust_cycle()
        for _ in range(carried):
            next(tc)
        kept, drop = {"carried_over": carried, "hand": n.handwritten_public(tc)}, {}
    neg = n.records

    public = [rec for rec in neg if rec["id"].startswith(PUBLIC_PREFIXES)]
    with open(os.path.join(ROOT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for rec in pos + neg:
            if not rec["id"].startswith(PUBLIC_PREFIXES):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(args.public_profiles, "w", encoding="utf-8") as f:
        for rec in public:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    single = sum(1 for r in pos if len(r["copied_elements"]) == 1)
    print("positives", len(pos), "single-element", single, "genuine", len(neg))
    print("general_public kept", kept, "dropped", drop)


if __name__ == "__main__":
    main()
