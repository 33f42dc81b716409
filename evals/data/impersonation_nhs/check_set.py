#!/usr/bin/env python3
"""Validate the impersonation evaluation set (trusts.json + accounts.jsonl) and print its counts.

Usage: python3 check_set.py [--dir DIR] [--markdown]
Exit status 0 when every check passes; the last line is 'N passed, N failed'.
Standard library only.
"""
import argparse
import collections
import difflib
import json
import os
import re
import sys
import unicodedata
from datetime import datetime

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle", "refund_patient_support_scam",
           "jobs_recruitment_scam", "donation_scam", "fake_executive", "zero_width_name", "styled_unicode_name",
           "mixed_script_name", "copied_official_bio", "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
GROUPS = ["official", "official_case_variant", "nhs_adjacent", "general_public"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]
ALL_PLATFORMS = POS_PLATFORMS + ["youtube", "mastodon"]
ELEMENTS = {"name", "handle", "bio_claim", "phone", "domain", "lookalike_domain", "executive_name"}

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
ID_RULES = {
    "x": r"^\d{5,20}$", "facebook": r"^\d{9,17}$", "instagram": r"^\d{6,12}$", "tiktok": r"^\d{17,20}$",
    "linkedin": r"^\d{4,10}$", "youtube": r"^UC[A-Za-z0-9_-]{22}$", "bluesky": r"^did:plc:[a-z2-7]{24}$", "mastodon": r"^\d{6,20}$",
}
# Ofcom numbers reserved for drama (digits only, national format)
DRAMA = [r"^011[3-8]4960\d{3}$", r"^01214960\d{3}$", r"^01314960\d{3}$", r"^01414960\d{3}$", r"^01514960\d{3}$",
         r"^01614960\d{3}$", r"^01914980\d{3}$", r"^02079460\d{3}$", r"^02896496\d{3}$", r"^02920180\d{3}$",
         r"^01632960\d{3}$", r"^07700900\d{3}$", r"^08081570\d{3}$", r"^09098790\d{3}$", r"^03069990\d{3}$"]
ZW = "\u200b\u200c\u200d\u2060\ufeff"
SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
AFFIX_WORDS = ["help", "support", "care", "hosp", "team", "info", "uk", "official", "jobs", "nhs", "desk", "helpline", "careers",
               "appeal", "pals", "assist", "ask", "real", "the", "trust", "hq", "staff", "patients", "news"]


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.msgs = []

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            self.msgs.append("FAIL %s %s" % (what, detail))
        return ok


def canon_platform(p):
    p = p.strip().lower()
    return "x" if p == "twitter" else p


def drama_ok(num):
    d = re.sub(r"\D", "", num)
    if d.startswith("44"):
        d = "0" + d[2:]
    return any(re.match(rx, d) for rx in DRAMA)


def iso_ok(s):
    try:
        datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")
        return True
    except (TypeError, ValueError):
        return False


def strip_zw(s):
    return "".join(c for c in s if c not in ZW)


def scripts(s):
    out = set()
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, "")
            out.add("Latin" if (ord(c) < 128 or n.startswith("LATIN")) else n.split()[0].title())
    return out


def styled(s):
    return any(0x1D400 <= ord(c) <= 0x1D7FF or 0xFF01 <= ord(c) <= 0xFF5E or c in SMALL_CAPS or c in "ℂℍℕℙℚℝℤℎ" for c in s)


def fold(s):
    """Loose confusable fold for sanity checks (independent of any detector)."""
    s = unicodedata.normalize("NFKC", strip_zw(s)).lower()
    s = s.replace("rn", "m").replace("0", "o").replace("1", "l").replace("5", "s").replace("8", "b").replace("3", "e").replace("4", "a")
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--markdown", action="store_true", help="print the count tables as Markdown")
    ap.add_argument("--public-profiles", default=None,
                    help="the dataset-derived general_public rows (gp-kag-*, gp-gnd-*), kept outside the repository")
    args = ap.parse_args()
    C = Checker()

    # ------------------------------------------------------------------ trusts.json
    tj = json.load(open(os.path.join(args.dir, "trusts.json"), encoding="utf-8"))
    about = tj.get("_about", "")
    C.check("from memory" in about.lower() and "invented" in about.lower() and "not verified" in about.lower().replace("were not", "not"),
            "_about says handles are from memory/not verified and executives invented")
    trusts = {k: v for k, v in tj.items() if not k.startswith("_")}
    C.check(len(trusts) >= 15, "at least 15 trusts", str(len(trusts)))
    types = collections.Counter(t["type"] for t in trusts.values())
    for kind in ("acute", "mental health", "community", "ambulance"):
        C.check(any(kind in k for k in types), "trust type present: " + kind)
    C.check(len({t["region"] for t in trusts.values()}) >= 6, "spread across at least 6 regions")
    official = {}  # (platform, handle.lower()) -> (trust, account)
    for key, t in trusts.items():
        for f in ("name", "aliases", "ods_codes", "web_domains", "phone_numbers", "official_accounts", "executives"):
            C.check(f in t and t[f], "trust field %s" % f, key)
        C.check(any(len(a) <= 5 and a.upper() == a.replace("a", "A") or a.isupper() for a in t["aliases"]), "aliases include initials", key)
        C.check(all(re.match(r"^R[A-Z0-9]{2}(\d{2})?$", c) for c in t["ods_codes"]), "ODS code format", key)
        C.check(all(d.endswith(".nhs.uk") for d in t["web_domains"]), "web domains are .nhs.uk", key)
        for p in t["phone_numbers"]:
            C.check(drama_ok(p), "phone number in Ofcom drama range", "%s %s" % (key, p))
        roles = sorted(e["role"] for e in t["executives"])
        C.check(roles == ["chair", "chief_executive"] and all(e.get("invented") is True for e in t["executives"]),
                "two invented executives (chief executive, chair)", key)
        for a in t["official_accounts"]:
            for f in ("platform", "handle", "account_id", "display_name", "bio"):
                C.check(bool(a.get(f)), "official account field " + f, key)
            C.check(a["platform"] in ALL_PLATFORMS, "official platform known", a["platform"])
            C.check(re.match(HANDLE_RULES[a["platform"]], a["handle"]) is not None, "official handle shape", a["handle"])
            C.check(re.match(ID_RULES[a["platform"]], a["account_id"]) is not None, "official account_id platform-shaped",
                    "%s %s" % (a["platform"], a["account_id"]))
            k = (a["platform"], a["handle"].lower())
            C.check(k not in official, "official handle unique", str(k))
            official[k] = (key, a)

    # ------------------------------------------------------------------ accounts.jsonl
    recs = []
    with open(os.path.join(args.dir, "accounts.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                C.check(False, "valid JSON line", "%d: %s" % (i, e))
    if args.public_profiles:
        with open(args.public_profiles, encoding="utf-8") as f:
            recs += [json.loads(line) for line in f]
    else:
        print("(without --public-profiles: the 1,338 real-profile rows are not loaded, so the general_public minimum "
              "is checked against 260 hand-written rows only)")
    ids = collections.Counter(r.get("id") for r in recs)
    C.check(all(v == 1 for v in ids.values()), "unique ids", str([k for k, v in ids.items() if v > 1][:5]))

    schema_bad = []
    for r in recs:
        problems = []
        for k in ("id", "trust", "label", "platform", "account"):
            if k not in r:
                problems.append("missing " + k)
        if problems:
            schema_bad.append((r.get("id"), problems))
            continue
        if r["trust"] not in trusts:
            problems.append("unknown trust " + str(r["trust"]))
        if r["label"] == "impersonation":
            if r.get("tactic") not in TACTICS:
                problems.append("bad tactic")
            if "group" in r:
                problems.append("impersonation has group")
            if not set(r.get("copied_elements", [])) <= ELEMENTS:
                problems.append("bad copied_elements")
        elif r["label"] == "genuine":
            if r.get("group") not in GROUPS:
                problems.append("bad group")
            if "tactic" in r:
                problems.append("genuine has tactic")
        else:
            problems.append("bad label")
        a = r["account"]
        for k in ("platform", "handle", "display_name", "description"):
            if not isinstance(a.get(k), str):
                problems.append("account.%s not a string" % k)
        for k in ("followers", "following", "verified", "profile_image_url"):
            if k not in a:
                problems.append("account.%s missing" % k)
        for k in ("followers", "following"):
            if a.get(k) is not None and not (isinstance(a[k], int) and a[k] >= 0):
                problems.append("account.%s not a count" % k)
        if not isinstance(a.get("verified"), bool):
            problems.append("account.verified not bool")
        if a.get("profile_image_url") is not None:
            problems.append("profile_image_url not null")
        if "created_at" in a and not iso_ok(a["created_at"]):
            problems.append("created_at not ISO")
        if "account_id" in a and not isinstance(a["account_id"], str):
            problems.append("account_id not a string")
        if r["platform"] not in ALL_PLATFORMS:
            problems.append("unknown platform " + r["platform"])
        elif isinstance(a.get("platform"), str) and canon_platform(a["platform"]) != r["platform"]:
            problems.append("account.platform %r does not normalise to %r" % (a["platform"], r["platform"]))
        extra = set(r) - {"id", "trust", "label", "tactic", "group", "platform", "account", "copied_elements"}
        if extra:
            problems.append("unexpected keys %s" % sorted(extra))
        if problems:
            schema_bad.append((r["id"], problems))
    C.check(not schema_bad, "schema of every record", str(schema_bad[:5]))

    pos = [r for r in recs if r["label"] == "impersonation"]
    neg = [r for r in recs if r["label"] == "genuine"]

    # handles: shape, and no account is both genuine and an impersonation
    bad_shape = [(r["id"], r["platform"], r["account"]["handle"]) for r in pos
                 if not re.match(HANDLE_RULES[r["platform"]], r["account"]["handle"])]
    C.check(not bad_shape, "impersonation handles fit their platform's rules", str(bad_shape[:5]))
    gen_keys = {(r["platform"], r["account"]["handle"].lower()) for r in neg}
    pos_keys = collections.Counter((r["platform"], r["account"]["handle"].lower()) for r in pos)
    C.check(not (set(pos_keys) & gen_keys), "no handle is both genuine and impersonation", str(list(set(pos_keys) & gen_keys)[:5]))
    C.check(all(v == 1 for v in pos_keys.values()), "impersonation handles unique")
    C.check(not (set(pos_keys) & set(official)), "no impersonation uses an official handle")

    # every official account is in the set, with its id; variants really are variants
    off_in = {(r["platform"], r["account"]["handle"].lower()): r for r in neg if r["group"] == "official"}
    missing = [k for k in official if k not in off_in]
    C.check(not missing, "every official account present as genuine/official", str(missing[:5]))
    C.check(all(off_in[k]["account"].get("account_id") == official[k][1]["account_id"] and off_in[k]["trust"] == official[k][0]
                for k in official if k in off_in), "official records carry the register's account_id and trust")
    variants = [r for r in neg if r["group"] == "official_case_variant"]
    C.check(all((r["platform"], r["account"]["handle"].lower()) in official and r["account"]["platform"] != r["platform"] for r in variants),
            "case variants copy an official account with a differently written platform")
    for k in official:
        if k[0] == "x":
            spellings = {r["account"]["platform"] for r in variants if (r["platform"], r["account"]["handle"].lower()) == k}
            C.check({"X", "Twitter", " x"} <= spellings and any(s not in ("X", "Twitter", " x") for s in spellings),
                    "X account has X / Twitter / ' x' / mixed-case copies", k[1])

    # phone numbers written into impersonation bios are drama numbers only
    phone_rx = re.compile(r"(?:\+44\s?|0)(?:\d[\s-]?){9,10}")
    real_phone = [(r["id"], m.group()) for r in pos for m in phone_rx.finditer(r["account"]["description"]) if not drama_ok(m.group())]
    C.check(not real_phone, "phone numbers in impersonation bios are Ofcom drama numbers", str(real_phone[:5]))

    # tactic-specific properties
    def tchk(tactic, fn, what):
        bad = [r["id"] for r in pos if r["tactic"] == tactic and not fn(r, trusts[r["trust"]])]
        C.check(not bad, "%s: %s" % (tactic, what), str(bad[:5]))

    def off_for(t, platform=None):
        return [a for a in t["official_accounts"] if platform is None or a["platform"] == platform]

    tchk("zero_width_name", lambda r, t: any(c in ZW for c in r["account"]["display_name"] + r["account"]["handle"]), "zero-width character in name/handle")
    tchk("styled_unicode_name", lambda r, t: styled(r["account"]["display_name"]), "styled Unicode letters in name")
    tchk("mixed_script_name", lambda r, t: {"Latin"} < scripts(r["account"]["display_name"]) and scripts(r["account"]["display_name"]) & {"Cyrillic", "Greek"},
         "Latin mixed with Cyrillic/Greek in name")
    tchk("dotted_handle", lambda r, t: r["platform"] in ("facebook", "instagram", "tiktok") and
         ("." in r["account"]["handle"] or (r["platform"] == "facebook" and r["account"]["handle"].isdigit())), "dotted handle or numeric page id on FB/IG/TikTok")
    tchk("dotted_handle", lambda r, t: not r["account"]["handle"].isdigit() or fold(r["account"]["display_name"]) in {fold(t["name"])} | {fold(a) for a in t["aliases"]},
         "numeric page ids carry a copied name")
    tchk("short_stem_affix", lambda r, t: len(t["initials"]) <= 4 and t["initials"].lower() in r["account"]["handle"].lower(), "initials (<=4 letters) in handle")
    tchk("short_stem_affix", lambda r, t: any(w in r["account"]["handle"].lower().replace(t["initials"].lower(), "", 1) for w in AFFIX_WORDS), "affix present")
    def squash(s):
        return re.sub(r"[_.\-]", "", s.lower().split(".bsky.social")[0])
    tchk("handle_affix", lambda r, t: any(squash(a["handle"]) in squash(r["account"]["handle"]) for a in t["official_accounts"])
         or t["initials"].lower() in r["account"]["handle"].lower(),
         "official handle or initials inside the handle")
    tchk("handle_affix", lambda r, t: any(w in r["account"]["handle"].lower() for w in AFFIX_WORDS), "affix present")

    def swap_ok(r, t):
        a = r["account"]
        hs = {x["handle"].split(".bsky.social")[0] for x in t["official_accounts"]}
        h = a["handle"].split(".bsky.social")[0]
        by_handle = any(fold(h) == fold(x) and h.lower() != x.lower() for x in hs)
        by_name = fold(a["display_name"]) in {fold(t["name"])} | {fold(x) for x in t["aliases"]} and a["display_name"] not in [t["name"]] + t["aliases"]
        return by_handle or by_name
    tchk("digit_letter_swap", swap_ok, "handle or name folds to an official one but differs")
    tchk("exact_name_new_handle", lambda r, t: r["account"]["display_name"] == t["name"], "display name is exactly the Trust name")
    tchk("renamed_old_account", lambda r, t: r["account"].get("created_at", "9999") < "2020" and (r["account"]["followers"] or 0) >= 500,
         "old account (created before 2020) with an existing audience")
    tchk("fake_executive", lambda r, t: any(re.sub(r"^(Dr|Professor|Dame|Sir) ", "", e["name"]).split()[-1].lower() in
                                            (r["account"]["display_name"] + r["account"]["handle"]).lower() for e in t["executives"]),
         "an executive's surname in name/handle")

    def copied_ok(r, t):
        b = r["account"]["description"]
        return max(difflib.SequenceMatcher(None, b[:len(a["bio"]) + 5], a["bio"]).ratio() for a in t["official_accounts"]) >= 0.7
    tchk("copied_official_bio", copied_ok, "bio copies an official bio (similarity >= 0.7)")

    def lookalike_ok(r, t):
        doms = re.findall(r"[a-z0-9][a-z0-9.-]*\.(?:uk|com|org|help|online|info|net)\b", r["account"]["description"].lower())
        return any(d not in t["web_domains"] and (difflib.SequenceMatcher(None, d, w).ratio() >= 0.6 or w.split(".")[0] in d)
                   for d in doms for w in t["web_domains"])
    tchk("lookalike_domain_bio", lookalike_ok, "bio carries a domain close to, but not, the Trust's")

    # ------------------------------------------------------------------ counts
    by_tactic = collections.Counter(r["tactic"] for r in pos)
    for tac in TACTICS:
        C.check(by_tactic[tac] >= 30, "at least 30 for tactic " + tac, str(by_tactic[tac]))
    pos_plat = collections.Counter(r["platform"] for r in pos)
    C.check(all(pos_plat[p] > 0 for p in POS_PLATFORMS), "impersonations on all six platforms", str(dict(pos_plat)))
    C.check(len(pos) >= 450, "at least 450 impersonations", str(len(pos)))
    by_group = collections.Counter(r["group"] for r in neg)
    C.check(len(neg) >= (1500 if args.public_profiles else 1150), "at least 1500 genuine (1150 without --public-profiles)",
            str(len(neg)))
    C.check(by_group["nhs_adjacent"] >= 300, "at least 300 nhs_adjacent", str(by_group["nhs_adjacent"]))
    C.check(by_group["general_public"] >= (1000 if args.public_profiles else 250), "at least 1000 general_public "
            "(250 without --public-profiles)", str(by_group["general_public"]))
    C.check(len({r["trust"] for r in pos}) == len(trusts), "impersonations cover every trust")
    single = sum(1 for r in pos if len(r.get("copied_elements", [])) == 1)
    C.check(0.25 <= single / len(pos) <= 0.45, "about a third carry exactly one copied identity element", "%d/%d" % (single, len(pos)))

    # ------------------------------------------------------------------ print
    md = args.markdown
    plats = POS_PLATFORMS + ["youtube"]

    def table(title, rows_keys, counter, cols):
        print()
        print(("### " if md else "== ") + title)
        if md:
            print("| | " + " | ".join(cols) + " | total |")
            print("|---" * (len(cols) + 2) + "|")
        else:
            print("%-30s" % "" + "".join("%10s" % c for c in cols) + "%8s" % "total")
        for k in rows_keys:
            vals = [counter.get((k, c), 0) for c in cols]
            if md:
                print("| %s | %s | %d |" % (k, " | ".join(str(v) for v in vals), sum(vals)))
            else:
                print("%-30s" % k + "".join("%10d" % v for v in vals) + "%8d" % sum(vals))
        tot = [sum(counter.get((k, c), 0) for k in rows_keys) for c in cols]
        if md:
            print("| **total** | %s | %d |" % (" | ".join(str(v) for v in tot), sum(tot)))
        else:
            print("%-30s" % "total" + "".join("%10d" % v for v in tot) + "%8d" % sum(tot))

    table("Impersonations: tactic x platform", TACTICS, collections.Counter((r["tactic"], r["platform"]) for r in pos), POS_PLATFORMS)
    table("Genuine: group x platform", GROUPS, collections.Counter((r["group"], r["platform"]) for r in neg), plats)
    src = collections.Counter(r["id"].rsplit("-", 1)[0] for r in neg if r["group"] == "general_public")
    print()
    print(("### " if md else "== ") + "general_public by source")
    for k, v in sorted(src.items()):
        print(("- `%s`: %d" if md else "%-12s %d") % (k, v))
    print()
    print(("### " if md else "== ") + "Trusts: impersonations / genuine per trust")
    per_t = collections.Counter((r["trust"], r["label"]) for r in recs)
    for k in trusts:
        print(("- %s (%s): %d impersonation, %d genuine" if md else "%-12s %-14s imp %4d  gen %4d") %
              (k, trusts[k]["type"], per_t[(k, "impersonation")], per_t[(k, "genuine")]))
    print()
    print(("### " if md else "== ") + "Copied identity elements (impersonations)")
    nel = collections.Counter(len(r["copied_elements"]) for r in pos)
    print("number of elements copied: " + ", ".join("%d: %d" % (k, nel[k]) for k in sorted(nel)))
    print("exactly one element: %d of %d (%.0f%%)" % (single, len(pos), 100.0 * single / len(pos)))
    ec = collections.Counter(e for r in pos for e in r["copied_elements"])
    print("element frequency: " + ", ".join("%s %d" % kv for kv in ec.most_common()))
    vx = sum(1 for r in pos if r["account"]["verified"])
    print("impersonations with verified=true (paid/bought badges): %d" % vx)
    print()
    print("records: %d (impersonation %d, genuine %d); trusts: %d" % (len(recs), len(pos), len(neg), len(trusts)))
    for m in C.msgs:
        print(m)
    print("%d passed, %d failed" % (C.passed, C.failed))
    return 0 if C.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
