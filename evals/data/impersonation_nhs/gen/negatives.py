"""Genuine accounts: the Trusts' own accounts, platform-spelling variants of them, NHS-adjacent
organisations and staff, and ordinary public profiles (two public Twitter datasets + a hand-written
supplement for the other platforms)."""
import csv
import io
import random
import re
from datetime import datetime

from adjacent_data import ADJ, CAT_BIOS, STAFF_FIRST, STAFF_LAST, STAFF_ROLES, STAFF_BIOS
from textkit import fit_handle, handle_ok

VARIANTS = {
    "x": ["X", "Twitter", " x", "TwItTeR"],
    "facebook": ["Facebook", " FACEBOOK "],
    "instagram": ["Instagram", "INSTAGRAM"],
    "tiktok": ["TikTok", " tiktok"],
    "linkedin": ["LinkedIn", "LINKEDIN "],
    "youtube": ["YouTube", " youtube"],
    "bluesky": ["Bluesky", "BlueSky "],
    "mastodon": ["Mastodon"],
}


class Neg:
    def __init__(self, trusts, seed=77):
        self.rng = random.Random(seed)
        self.trusts = trusts
        self.records = []
        self.seen = set()
        self.counters = {}

    def nid(self, prefix):
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return "%s-%04d" % (prefix, self.counters[prefix])

    def add(self, prefix, trust, group, platform, acct, account_platform=None, dedupe=True):
        key = (platform, acct["handle"].lower())
        if dedupe:
            if key in self.seen:
                return False
            self.seen.add(key)
        a = {"platform": account_platform if account_platform is not None else platform}
        a.update(acct)
        self.records.append({"id": self.nid(prefix), "trust": trust, "label": "genuine", "group": group, "platform": platform,
                             "account": a})
        return True

    def created(self, y0, y1):
        r = self.rng
        d = datetime(r.randrange(y0, y1 + 1), r.randrange(1, 13), r.randrange(1, 29), r.randrange(0, 24), r.randrange(0, 60))
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    def acct_id(self, platform):
        r = self.rng
        return {
            "x": lambda: str(r.randrange(10 ** 8, 3 * 10 ** 9)),
            "facebook": lambda: str(r.randrange(10 ** 11, 10 ** 15)),
            "instagram": lambda: str(r.randrange(10 ** 8, 6 * 10 ** 10)),
            "tiktok": lambda: "6" + str(r.randrange(8 * 10 ** 17, 10 ** 18)),
            "linkedin": lambda: str(r.randrange(10 ** 5, 10 ** 8)),
            "bluesky": lambda: "did:plc:" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24)),
            "youtube": lambda: "UC" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22)),
        }[platform]()

    # ------------------------------------------------------------------ (a) official + variants
    def officials(self):
        for t in self.trusts:
            for a in t["official_accounts"]:
                acct = {"handle": a["handle"], "display_name": a["display_name"], "description": a["bio"],
                        "account_id": a["account_id"]}
                if a.get("created_at"):
                    acct["created_at"] = a["created_at"]
                acct.update({"followers": a["followers"], "following": a["following"], "verified": a["verified"],
                             "profile_image_url": None})
                self.seen.add((a["platform"], a["handle"].lower()))
                self.add("off", t["key"], "official", a["platform"], acct, dedupe=False)
                for v in VARIANTS[a["platform"]]:
                    self.add("ocv", t["key"], "official_case_variant", a["platform"], dict(acct), account_platform=v, dedupe=False)

    # ------------------------------------------------------------------ (b) NHS-adjacent
    def adjacent(self):
        r = self.rng
        for t in self.trusts:
            xh = next(a["handle"] for a in t["official_accounts"] if a["platform"] == "x")
            for cat, org, xhandle, plats in ADJ[t["key"]]:
                for p in plats:
                    bio = r.choice(CAT_BIOS[cat]).format(org=org, trust=t["name"], alias=t["aliases"][0], site=r.choice(t["sites"]),
                                                         city=t["city"], xh=xh, region=t["region"])
                    if p == "x" and xhandle:
                        h = xhandle
                    else:
                        base = re.sub(r"[^A-Za-z0-9 ]", "", org)
                        words = base.split()
                        if p == "facebook":
                            h = "".join(w[:1].upper() + w[1:] for w in words)[:50]
                        elif p in ("instagram", "tiktok"):
                            h = (xhandle or "".join(words)).lower()
                            h = fit_handle(p, h if len(h) <= 24 else "".join(w[0] for w in words).lower() + "_" + words[-1].lower())
                        elif p == "linkedin":
                            h = fit_handle(p, "-".join(words))
                        elif p == "bluesky":
                            h = fit_handle(p, (xhandle or "".join(w[0] for w in words) + words[-1]).lower())
                        else:
                            h = fit_handle(p, org)
                    if not handle_ok(p, h):
                        raise ValueError((p, h))
                    big = cat in ("local_news", "similar_trust", "icb", "med_school", "lookalike_name_org")
                    acct = {"handle": h, "display_name": org, "description": bio}
                    if r.random() < 0.7:
                        acct["account_id"] = self.acct_id(p)
                    acct["created_at"] = self.created(2009, 2023)
                    acct.update({"followers": r.randrange(8000, 300000) if big else r.randrange(40, 9000),
                                 "following": r.randrange(50, 4000), "verified": bool(big and r.random() < 0.6),
                                 "profile_image_url": None})
                    self.add("adj", t["key"], "nhs_adjacent", p, acct)
            self.staff(t, xh)

    def staff(self, t, xh):
        r = self.rng
        roles = STAFF_ROLES[t["type"]]
        n = 6
        made = 0
        while made < n:
            first, last = r.choice(STAFF_FIRST), r.choice(STAFF_LAST)
            role = r.choice(roles)
            p = r.choices(["x", "instagram", "tiktok", "linkedin", "bluesky", "facebook"], [5, 2, 1, 3, 2, 1])[0]
            raw = r.choice([first + last[0], first + "_" + last, first[0] + last + str(r.randrange(1, 99)), first.lower() + "." + last.lower(),
                            "the" + first + last, first + last + "RN" if "nurse" in role.lower() else first + "_" + role.split()[0]])
            if p == "bluesky":
                raw = raw.lower().replace("_", "-") + ".bsky.social"
            h = fit_handle(p, raw)
            if p == "facebook" and len(h) < 5:
                continue
            if not handle_ok(p, h):
                continue
            bio = r.choice(STAFF_BIOS).format(role=role, site=r.choice(t["sites"]), xh=xh, city=t["city"], trust=t["name"],
                                              alias=r.choice(t["aliases"][:3]))
            name = r.choice([first + " " + last, first + " " + last[0] + ".", first + " " + last + " 💙", "Dr " + first + " " + last if "doctor" in role or "consultant" in role or "psychiatrist" in role else first + " " + last])
            acct = {"handle": h, "display_name": name, "description": bio, "created_at": self.created(2010, 2024),
                    "followers": r.randrange(20, 3500), "following": r.randrange(50, 2500), "verified": False, "profile_image_url": None}
            if r.random() < 0.5:
                acct["account_id"] = self.acct_id(p)
            if self.add("adj", t["key"], "nhs_adjacent", p, acct):
                made += 1

    # ------------------------------------------------------------------ (c) general public
    def _trust_cycle(self):
        keys = [t["key"] for t in self.trusts]
        i = 0
        while True:
            yield keys[i % len(keys)]
            i += 1

    def carry_over(self, previous):
        """Keep dataset-derived rows from an earlier accounts.jsonl when the raw source files are not present."""
        n = 0
        for rec in previous:
            if rec.get("group") == "general_public" and rec["id"].startswith(("gp-kag-", "gp-gnd-")):
                key = (rec["platform"], rec["account"]["handle"].lower())
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.records.append(rec)
                n += 1
        return n

    def general_public(self, kaggle_path, gender_path, limit_gender=300):
        tc = self._trust_cycle()
        kept = {"kaggle": 0, "gender": 0, "hand": 0}
        drop = {"kaggle_encoding": 0, "kaggle_offensive": 0, "kaggle_empty": 0, "gender_filtered": 0}
        # 1) Kaggle "Twitter bot detection" non-bot accounts (jubins/MachineLearning-Detecting-Twitter-Bots, Project/data/nonbots_data.csv)
        raw = open(kaggle_path, "rb").read().decode("utf-8", errors="surrogateescape")
        for row in csv.DictReader(io.StringIO(raw)):
            name, sn, desc = (row[k].strip().strip('"').strip() for k in ("name", "screen_name", "description"))
            text = name + " " + sn + " " + desc
            if any(0xDC80 <= ord(c) <= 0xDCFF for c in text) or MOJIBAKE.search(text):
                drop["kaggle_encoding"] += 1
                continue
            if OFFENSIVE.search(text):
                drop["kaggle_offensive"] += 1
                continue
            if not sn or not handle_ok("x", sn) and not re.match(r"^[A-Za-z0-9_]{1,15}$", sn):
                drop["kaggle_empty"] += 1
                continue
            acct = {"handle": sn, "display_name": name, "description": desc}
            if row.get("id_str", "").isdigit():
                acct["account_id"] = row["id_str"]
            ca = parse_twitter_date(row.get("created_at", ""))
            if ca:
                acct["created_at"] = ca
            acct.update({"followers": to_int(row.get("followers_count")), "following": to_int(row.get("friends_count")),
                         "verified": row.get("verified", "").strip().upper() == "TRUE", "profile_image_url": None})
            if self.add("gp-kag", next(tc), "general_public", "x", acct):
                kept["kaggle"] += 1
        # 2) Figure Eight "Twitter User Gender Classification" humans (Huzaifa-Sajjad/Movie-Reviews, gender-classifier-DFE-791531.csv)
        rows = list(csv.DictReader(open(gender_path, encoding="latin-1")))
        cand = []
        for row in rows:
            if row["gender"] not in ("male", "female") or row["gender:confidence"] != "1":
                continue
            sn, desc = row["name"], row["description"].strip()
            if not desc or not all(32 <= ord(c) < 127 for c in sn + desc) or OFFENSIVE.search(sn + " " + desc):
                drop["gender_filtered"] += 1
                continue
            cand.append(row)
        self.rng.shuffle(cand)
        for row in cand:
            if kept["gender"] >= limit_gender:
                break
            acct = {"handle": row["name"], "display_name": row["name"], "description": row["description"].strip()}
            ca = parse_us_date(row.get("created", ""))
            if ca:
                acct["created_at"] = ca
            acct.update({"followers": None, "following": None, "verified": False, "profile_image_url": None})
            if self.add("gp-gnd", next(tc), "general_public", "x", acct):
                kept["gender"] += 1
        # 3) hand-written ordinary profiles on the other platforms
        kept["hand"] = self.handwritten_public(tc)
        return kept, drop

    def handwritten_public(self, tc, n=260):
        saved = self.rng
        self.rng = random.Random(991)   # own stream, so rebuilding without _src/ gives the same rows
        try:
            return self._handwritten_public(self._trust_cycle(), n)
        finally:
            self.rng = saved

    def _handwritten_public(self, tc, n):
        r = self.rng
        made = 0
        tries = 0
        while made < n and tries < 5000:
            tries += 1
            p = r.choices(["facebook", "instagram", "tiktok", "linkedin", "bluesky"], [3, 3, 2, 2, 2])[0]
            if r.random() < 0.22:
                biz, bio = r.choice(HW_BUSINESSES)
                name = biz.format(town=r.choice(HW_TOWNS))
                raw = re.sub(r"[^A-Za-z0-9 ]", "", name)
                raw = r.choice(["".join(raw.split()), ".".join(raw.lower().split()), "_".join(raw.lower().split())])
                bio = bio.format(town=r.choice(HW_TOWNS))
            else:
                first, last = r.choice(HW_FIRST), r.choice(HW_LAST)
                name = r.choice([first + " " + last, first + " " + last[0], first.lower() + " ✨", first + " " + last + " 🌻", first])
                raw = r.choice([first + last, first + "." + last, first + "_" + last + str(r.randrange(1, 99)), first.lower() + last[0].lower() + str(r.randrange(80, 2005)),
                                "its" + first + "x", first + "." + r.choice(["bakes", "runs", "travels", "draws", "lifts", "reads"])])
                bio = r.choice(HW_BIOS if p != "linkedin" else HW_LINKEDIN).format(town=r.choice(HW_TOWNS))
            if p == "bluesky":
                raw = raw.lower().replace("_", "-").replace(".", "-") + ".bsky.social"
            h = fit_handle(p, raw)
            if p == "facebook" and len(h) < 5:
                continue
            if not handle_ok(p, h):
                continue
            acct = {"handle": h, "display_name": name, "description": bio, "created_at": self.created(2011, 2025),
                    "followers": r.randrange(3, 2600), "following": r.randrange(10, 1800), "verified": False, "profile_image_url": None}
            if r.random() < 0.5:
                acct["account_id"] = self.acct_id(p)
            if self.add("gp-hw", next(tc), "general_public", p, acct):
                made += 1
        return made


MOJIBAKE = re.compile("[\ufffd]|â€|Ã[\x80-\xbf¡-¿]|Â[\xa0-\xbf ]|ð[\x9f]|_Ÿ")
OFFENSIVE = re.compile(r"(fuck|shit|bitch|porn|nude|pussy|dick|cock|slut|whore|cunt|boob|nigg|horny|hentai|onlyfans|fetish|"
                       r"girlcock|femboy|twerk|panties|blowjob|wank|bollock|bastard|stfu|lmfao|motherf|penis|vagina|rape|piss)|"
                       r"\b(sex\w*|nsfw|cum|ass|asses|tits?|kinky?|milf|xxx|thot|fags?|retard\w*|lewd|18\+|hoe|hoes|weed|420|dm for promo)\b",
                       re.I)


def to_int(s):
    try:
        return int(float(s))
    except (TypeError, ValueError):
        return None


def parse_twitter_date(s):
    s = (s or "").strip().strip('"')
    for fmt in ("%a %b %d %H:%M:%S +0000 %Y", "%m/%d/%Y %H:%M", "%m/%d/%y %H:%M"):
        try:
            return datetime.strptime(s, fmt).strftime("%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            pass
    return None


def parse_us_date(s):
    try:
        return datetime.strptime(s.strip(), "%m/%d/%Y %H:%M").strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None


HW_FIRST = ["Abbie", "Alfie", "Amelia", "Archie", "Ava", "Bilal", "Bryony", "Carys", "Charlie", "Connor", "Daisy", "Declan", "Demi",
            "Dylan", "Ellie", "Elliot", "Erin", "Evie", "Finley", "Freya", "George", "Georgia", "Grace", "Harvey", "Holly", "Ibrahim",
            "Isla", "Jacob", "Jade", "Jasmine", "Josh", "Kai", "Katie", "Kieran", "Lacey", "Leah", "Logan", "Lola", "Louis", "Megan",
            "Millie", "Mohammed", "Nadia", "Noah", "Oscar", "Paige", "Poppy", "Reece", "Ruby", "Ryan", "Sophie", "Stacey", "Theo",
            "Tyler", "Zara", "Zoe", "Kerry", "Darren", "Jill", "Colin", "Shirley", "Trevor", "Maureen", "Keith", "Sandra", "Derek"]
HW_LAST = ["Allen", "Bailey", "Bell", "Brooks", "Carter", "Clarke", "Cole", "Cox", "Davies", "Dixon", "Ellis", "Evans", "Fletcher",
           "Foster", "Gibson", "Graham", "Griffiths", "Hall", "Harris", "Hayes", "Holmes", "Hughes", "Hunt", "Jones", "Kelly", "Khan",
           "Lloyd", "Marsh", "Mason", "Mills", "Moore", "Morgan", "Murphy", "Owen", "Parker", "Patel", "Pearce", "Powell", "Price",
           "Reid", "Reynolds", "Richards", "Robinson", "Rogers", "Shaw", "Simpson", "Spencer", "Stevens", "Thomas", "Turner",
           "Walsh", "Ward", "Webb", "Wells", "West", "Wilkinson", "Wood", "Wright", "Young", "Begum", "Nguyen", "Kowalczyk"]
HW_TOWNS = ["Leeds", "Stockport", "Truro", "Norwich", "Bolton", "Sheffield", "Darlington", "Brighton", "Croydon", "Solihull",
            "Cambridge", "Banbury", "Gateshead", "Wigan", "Exeter", "Leicester", "Horsham", "Barnet", "Liverpool", "Hexham"]
HW_BIOS = [
    "Parent of 3 | coffee lover | {town}",
    "Just here for the dog pics 🐶",
    "{town} born and bred. Season ticket holder. Moaning about the ref since 1998.",
    "Amateur baker, professional eater 🍰",
    "Learning to crochet one wonky square at a time 🧶",
    "Runner 🏃‍♀️ parkrun most Saturdays | {town}",
    "Photos of skies, cats and whatever I'm cooking.",
    "Gardener, grandparent, terrible golfer.",
    "Student @ uni, probably in the library (or not) 📚",
    "Weekend hiker ⛰️ Peak District is my happy place",
    "Sharing my allotment journey 🥕🥔",
    "Trying to read 50 books this year. Currently on 7.",
    "Tattoos, vinyl and too many plants 🪴",
    "Van life in progress 🚐",
    "",
    "Here for the memes tbh",
    "Cyclist. Commuter. Pothole spotter in {town}.",
    "Teacher. Parent. Tired.",
    "Retired and loving it. Caravan & grandkids.",
    "Footy, films and food. In that order.",
    "Aspiring photographer 📷 {town}",
    "Small-batch candle maker (hobby, not a shop)",
    "Dance teacher 💃 | views my own",
    "Lover of Sunday roasts and long walks",
    "Bad jokes & DIY disasters",
    "Nurse, parent, coffee addict. Nothing to do with work here!",
    "Marathon #3 loading... raising money for the hospice",
    "Retro games and cheap takeaways",
    "Sewing, sourdough and sarcasm",
    "Taking it one day at a time 💛",
]
HW_LINKEDIN = [
    "Accountant at a regional practice in {town}. ACCA.",
    "Logistics coordinator | Supply chain | {town}",
    "Primary school teacher and SENCo.",
    "Software developer (Python, TypeScript). Open to opportunities.",
    "Marketing executive for a small charity in {town}.",
    "Electrician and business owner. Domestic & commercial.",
    "HR advisor | CIPD Level 5 | {town}",
    "Graduate civil engineer. Bridges and drainage.",
    "Estate agent covering {town} and surrounding villages.",
    "Customer service team leader. Retail and hospitality background.",
    "Project manager in construction. PRINCE2.",
    "Final-year law student looking for a training contract.",
]
HW_BUSINESSES = [
    ("The Daily Grind {town}", "Independent coffee shop ☕ Open 7 days. Dogs welcome."),
    ("{town} Hair Studio", "Cuts, colour and blow-dries. Book online or call in."),
    ("{town} Runners", "Friendly running club, all paces welcome. Tuesday & Thursday 6:30pm."),
    ("Crumbs Bakery", "Family bakery in {town} since 1987 🥐 Fresh bread every morning."),
    ("{town} Allotment Society", "Growing together since 1962. Waiting list open."),
    ("Bloom Florist {town}", "Fresh flowers for every occasion 💐 Local delivery."),
    ("{town} Community Choir", "No auditions, just singing. Wednesdays at the church hall."),
    ("Spark Electrical {town}", "NICEIC approved electricians. Free quotes."),
    ("{town} Junior FC", "Grassroots football for ages 5-16 ⚽"),
    ("Paws and Claws {town}", "Dog grooming salon 🐩 Book via DM or phone."),
    ("{town} Library Friends", "Supporting our local library with events and book sales."),
    ("Pedal Bike Repairs", "Bike servicing and repairs in {town} 🚲"),
]
