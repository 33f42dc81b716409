#!/usr/bin/env python3
"""Assemble set 22 (trusts.json + accounts.jsonl) from the hand-written text in this folder.

Standard library only. A fixed seed makes the output byte-identical on every run:
    python3 gen/make_set.py
"""
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import register  # noqa: E402
import imposters_a  # noqa: E402
import imposters_b  # noqa: E402
import adjacent  # noqa: E402
import public  # noqa: E402

SEED = 22022
SET = "22"

TACTIC_TEXT = [
    ("renamed_old_account", imposters_a.RENAMED_OLD_ACCOUNT),
    ("digit_letter_swap", imposters_a.DIGIT_LETTER_SWAP),
    ("handle_affix", imposters_a.HANDLE_AFFIX),
    ("exact_name_new_handle", imposters_a.EXACT_NAME_NEW_HANDLE),
    ("refund_patient_support_scam", imposters_a.REFUND_PATIENT_SUPPORT_SCAM),
    ("jobs_recruitment_scam", imposters_a.JOBS_RECRUITMENT_SCAM),
    ("donation_scam", imposters_a.DONATION_SCAM),
    ("fake_executive", imposters_a.FAKE_EXECUTIVE),
    ("zero_width_name", imposters_b.ZERO_WIDTH_NAME),
    ("styled_unicode_name", imposters_b.STYLED_UNICODE_NAME),
    ("mixed_script_name", imposters_b.MIXED_SCRIPT_NAME),
    ("copied_official_bio", imposters_b.COPIED_OFFICIAL_BIO),
    ("lookalike_domain_bio", imposters_b.LOOKALIKE_DOMAIN_BIO),
    ("dotted_handle", imposters_b.DOTTED_HANDLE),
    ("short_stem_affix", imposters_b.SHORT_STEM_AFFIX),
]
ELEMENT_CODES = {"n": "name", "h": "handle", "b": "bio_claim", "p": "phone", "d": "domain",
                 "l": "lookalike_domain", "e": "executive_name"}

ZW_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡ"  # a..w; x has no small capital
CONFUSABLE = {
    "a": ["\u0430"], "e": ["\u0435"], "o": ["\u043e", "\u03bf"], "p": ["\u0440"], "c": ["\u0441"],
    "x": ["\u0445"], "y": ["\u0443"], "i": ["\u0456"], "A": ["\u0410", "\u0391"], "B": ["\u0412", "\u0392"],
    "C": ["\u0421"], "E": ["\u0415", "\u0395"], "H": ["\u041d", "\u0397"], "K": ["\u041a", "\u039a"],
    "M": ["\u041c", "\u039c"], "O": ["\u041e", "\u039f"], "P": ["\u0420", "\u03a1"], "T": ["\u0422", "\u03a4"],
    "X": ["\u0425"], "S": ["\u0405"], "I": ["\u0406", "\u0399"], "N": ["\u039d"], "Z": ["\u0396"],
}


def lines(block):
    return [ln for ln in block.strip().splitlines() if ln.strip()]


def account_id(rng, platform):
    if platform == "x":
        return str(rng.randint(10 ** 8, 10 ** 19 - 1))
    if platform == "facebook":
        return str(rng.randint(10 ** 14, 10 ** 15 - 1))
    if platform == "instagram":
        return str(rng.randint(10 ** 7, 10 ** 11 - 1))
    if platform == "tiktok":
        return str(rng.randint(10 ** 18, 10 ** 19 - 1))
    if platform == "linkedin":
        return str(rng.randint(10 ** 4, 10 ** 8 - 1))
    if platform == "youtube":
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "UC" + "".join(rng.choice(abc) for _ in range(22))
    if platform == "bluesky":
        return "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
    if platform == "mastodon":
        return str(rng.randint(10 ** 6, 10 ** 17))
    raise ValueError(platform)


def stamp(rng, y0, y1):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def styled(rng, text):
    """Re-write letters with Unicode 'font' characters, as fancy-text generators do."""
    style = rng.choice(["bold", "sans_bold", "script_bold", "monospace", "fraktur_bold", "double", "fullwidth", "small_caps"])
    partial = rng.random() < 0.35  # sometimes only the first word is styled

    def conv(ch):
        if not ch.isascii() or not ch.isalpha():
            return ch
        up, off = ch.isupper(), ord(ch.lower()) - 97
        if style == "small_caps":
            low = ch.lower()
            return SMALL_CAPS[off] if low != "x" and off < len(SMALL_CAPS) else ("ʏ" if low == "y" else ("ᴢ" if low == "z" else ch))
        if style == "fullwidth":
            return chr((0xFF21 if up else 0xFF41) + off)
        if style == "double" and up and ch in "CHNPQRZ":
            return {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}[ch]
        base = {"bold": 0x1D400, "sans_bold": 0x1D5D4, "script_bold": 0x1D4D0, "monospace": 0x1D670,
                "fraktur_bold": 0x1D56C, "double": 0x1D538}[style]
        return chr(base + off + (0 if up else 26))

    if partial and " " in text:
        first, rest = text.split(" ", 1)
        return "".join(conv(c) for c in first) + " " + rest
    return "".join(conv(c) for c in text)


def mixed(rng, text):
    pos = [i for i, c in enumerate(text) if c in CONFUSABLE]
    k = min(len(pos) - 1, rng.choice([1, 1, 2, 2, 3]))
    chars = list(text)
    for i in rng.sample(pos, max(1, k)):
        chars[i] = rng.choice(CONFUSABLE[chars[i]])
    return "".join(chars)


def zero_width(rng, text):
    inner = [i for i in range(1, len(text)) if text[i - 1] != " " or rng.random() < 0.3]
    i = rng.choice(inner)
    out = text[:i] + rng.choice(ZW_CHARS) + text[i:]
    if rng.random() < 0.25:  # some accounts hide two
        j = rng.randint(1, len(out) - 1)
        out = out[:j] + rng.choice(ZW_CHARS) + out[j:]
    return out


def copied_bio(trust, text):
    bios = {a[0]: a[3] for a in trust["official_accounts"]}

    def sub(m):
        bio = bios[m.group(1)]
        for edit in (m.group(2) or "").split("|")[1:]:
            old, new = edit.split("=>")
            assert old in bio, (old, bio)
            bio = bio.replace(old, new, 1)
        return bio
    return re.sub(r"\{(\w+)((?:\|[^}]*)?)\}", sub, text).strip()


def build_register(rng):
    out = {"_about": register.ABOUT}
    for key, t in register.TRUSTS.items():
        accts = []
        for platform, handle, display, bio in t["official_accounts"]:
            a = {"platform": platform, "handle": handle, "account_id": account_id(rng, platform), "display_name": display,
                 "bio": bio, "followers": rng.randint(2500, 160000), "following": rng.randint(150, 3000),
                 "verified": platform in ("x", "facebook", "instagram", "tiktok", "youtube") and rng.random() < 0.8}
            if platform != "linkedin":
                start = {"bluesky": 2023, "tiktok": 2019}.get(platform, 2009)
                a["created_at"] = stamp(rng, start, 2024 if platform == "bluesky" else 2016 if start == 2009 else 2021)
            accts.append(a)
        out[key] = {
            "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
            "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
            "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accts,
            "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]],
        }
    return out


def impersonations(rng, reg):
    recs = []
    for tactic, block in TACTIC_TEXT:
        for n, ln in enumerate(lines(block), 1):
            trust, platform, handle, display, els, bio = [p.strip() for p in ln.split(" | ", 5)]
            t = register.TRUSTS[trust]
            if display == "=NAME":
                display = t["name"]
            if tactic == "zero_width_name":
                display = zero_width(rng, display)
            elif tactic == "styled_unicode_name":
                display = styled(rng, display)
            elif tactic == "mixed_script_name":
                display = mixed(rng, display)
            elif tactic == "copied_official_bio":
                bio = copied_bio(t, bio)
            if tactic == "renamed_old_account":
                created, followers = stamp(rng, 2010, 2019), rng.randint(600, 24000)
            else:
                created, followers = stamp(rng, 2022, 2025), int(rng.paretovariate(1.3) * 12) - 12
            acct = {"platform": platform, "handle": handle, "display_name": display, "description": bio,
                    "followers": followers, "following": rng.randint(0, 1800),
                    "verified": platform in ("x", "instagram", "facebook") and rng.random() < 0.1,
                    "profile_image_url": None, "created_at": created, "account_id": account_id(rng, platform)}
            recs.append({"id": "imp-%s-%s-%02d" % (SET, tactic, n), "trust": trust, "label": "impersonation",
                         "tactic": tactic, "platform": platform, "account": acct,
                         "copied_elements": [ELEMENT_CODES[c] for c in els.split(",")]})
    return recs


SPELLINGS = {
    "facebook": ["Facebook", "FACEBOOK", " facebook", "FaceBook", "facebook "],
    "instagram": ["Instagram", "INSTAGRAM", "instagram ", "InstaGram"],
    "tiktok": ["TikTok", "Tiktok", "TIKTOK", " tiktok"],
    "linkedin": ["LinkedIn", "Linkedin", "LINKEDIN", "linkedIn"],
    "youtube": ["YouTube", "Youtube", "YOUTUBE"],
    "bluesky": ["Bluesky", "BlueSky", "BLUESKY", "bluesky "],
}


def genuine_official(rng, reg):
    recs = []
    for key, t in reg.items():
        if key.startswith("_"):
            continue
        for i, a in enumerate(t["official_accounts"], 1):
            base = {"platform": a["platform"], "handle": a["handle"], "display_name": a["display_name"],
                    "description": a["bio"], "followers": a["followers"], "following": a["following"],
                    "verified": a["verified"], "profile_image_url": None, "account_id": a["account_id"]}
            if "created_at" in a:
                base["created_at"] = a["created_at"]
            recs.append({"id": "gen-%s-off-%s-%d" % (SET, key, i), "trust": key, "label": "genuine", "group": "official",
                         "platform": a["platform"], "account": base})
            if a["platform"] == "x":
                spell = ["X", "Twitter", " x", rng.choice(["twitter", "TWITTER", "x ", "Twitter ", "tWitter"])]
            else:
                spell = rng.sample(SPELLINGS[a["platform"]], rng.choice([2, 3]))
            for j, s in enumerate(spell, 1):
                v = dict(base)
                v["platform"] = s
                if rng.random() < 0.3:
                    v["handle"] = a["handle"].lower() if a["handle"] != a["handle"].lower() else a["handle"].upper()
                recs.append({"id": "gen-%s-var-%s-%d-%d" % (SET, key, i, j), "trust": key, "label": "genuine",
                             "group": "official_case_variant", "platform": a["platform"], "account": v})
    return recs


def genuine_hand(rng, block_by_trust, group, prefix):
    recs = []
    n = 0
    for trust, block in block_by_trust:
        for ln in lines(block):
            platform, handle, display, bio = [p.strip() for p in ln.split(" | ", 3)]
            n += 1
            pop = rng.random()
            followers = int(rng.paretovariate(1.1) * (40 if group == "general_public" else 300))
            acct = {"platform": platform, "handle": handle, "display_name": display, "description": bio,
                    "followers": followers, "following": rng.randint(20, 2500),
                    "verified": group == "nhs_adjacent" and pop < 0.12 and platform != "mastodon",
                    "profile_image_url": None,
                    "created_at": stamp(rng, 2009 if platform in ("x", "facebook", "youtube") else
                                        2012 if platform in ("instagram", "linkedin") else
                                        2018 if platform in ("tiktok", "mastodon") else 2023, 2025),
                    "account_id": account_id(rng, platform)}
            recs.append({"id": "%s-%04d" % (prefix, n), "trust": trust, "label": "genuine", "group": group,
                         "platform": platform, "account": acct})
    return recs


def main():
    rng = random.Random(SEED)
    reg = build_register(rng)
    recs = impersonations(rng, reg)
    recs += genuine_official(rng, reg)
    recs += genuine_hand(rng, adjacent.BY_TRUST, "nhs_adjacent", "gen-%s-adj" % SET)
    recs += genuine_hand(rng, public.BY_TRUST, "general_public", "gp-hw%s" % SET)
    rng.shuffle(recs)
    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(recs))


if __name__ == "__main__":
    main()
