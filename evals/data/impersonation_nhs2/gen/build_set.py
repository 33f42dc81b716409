#!/usr/bin/env python3
"""Write trusts.json and accounts.jsonl for the nhs2 impersonation set (standard library only, deterministic).

Usage: python3 build_set.py   (writes into the parent directory)
"""
import json
import os
import re

import impersonations
from common import account_id, iso, make_handle, new_rng
from public_bios import FIRST, HAND_WRITTEN, IN_PASSING, LAST
from trusts_data import TRUSTS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ABOUT = ("Trust register for TrustWatch's second, independent impersonation evaluation set (nhs2), written by a "
         "second author who had not read the detector or the first set. Trust names, ODS codes, web domains, "
         "hospital sites, official handles, charities and neighbouring organisations are written FROM MEMORY of "
         "public information and were NOT verified online; some may be wrong or out of date. Every account_id is "
         "INVENTED (platform-shaped only), as are follower counts and creation dates. Official bios were written "
         "for this set in the style of NHS Trust bios; they are not copies of the real ones. Executives (chief "
         "executive, chair, medical director, chief nurse) are INVENTED people, so that no real office holder is "
         "impersonated in this data and no remembered name that may be out of date is attached to scam text. Phone "
         "numbers are from Ofcom's drama-reserved ranges only.")

VARIANT_SPELLINGS = {
    "x": ["X", "Twitter", " x", "TWITTER", "x "],
    "facebook": [" FACEBOOK ", "Facebook", "FaceBook"],
    "instagram": ["Instagram", "INSTAGRAM", " instagram"],
    "linkedin": ["LinkedIn", "LINKEDIN", "Linkedin "],
    "youtube": ["YouTube", "Youtube", "YOUTUBE"],
    "bluesky": ["Bluesky", "BlueSky", "BLUESKY"],
    "tiktok": ["TikTok", "TIKTOK", "Tiktok"],
}


def trust_profile(t, rng):
    accounts = []
    for (platform, handle, display, bio, followers, following, verified, created) in t["official"]:
        a = {"platform": platform, "handle": handle, "account_id": account_id(rng, platform), "display_name": display,
             "bio": bio, "followers": followers, "following": following, "verified": verified}
        if created:
            a["created_at"] = created
        accounts.append(a)
    return {
        "name": t["name"], "type": t["type"], "region": t["region"], "city": t["city"], "aliases": t["aliases"],
        "initials": t["initials"], "ods_codes": t["ods_codes"], "web_domains": t["web_domains"],
        "phone_numbers": t["phone_numbers"], "sites": t["sites"], "official_accounts": accounts,
        "executives": [{"role": r, "name": n, "invented": True} for r, n in t["executives"]],
        "not_on_register": {
            "charities": [{"name": n, "domain": d} for n, d in t["charities"]],
            "note": "The Trust's charity, Friends groups, staff networks and union branches are separate bodies and "
                    "are not on this approved-accounts register; their accounts appear in accounts.jsonl as genuine "
                    "nhs_adjacent.",
        },
    }


def acct(platform, handle, display, bio, rng, followers=None, following=None, verified=False, created=None,
         platform_written=None, aid=None):
    return {
        "platform": platform_written if platform_written is not None else platform,
        "handle": handle,
        "display_name": display,
        "description": bio,
        "followers": followers if followers is not None else rng.randint(20, 4000),
        "following": following if following is not None else rng.randint(10, 2000),
        "verified": verified,
        "profile_image_url": None,
        "created_at": created or iso(rng, 2009, 2025),
        "account_id": aid or account_id(rng, platform),
    }


class Names:
    """Invented people's names, never repeated."""

    def __init__(self, rng, avoid):
        self.rng = rng
        self.used = set()
        self.avoid = {a.lower() for a in avoid}

    def next(self):
        while True:
            f, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            if (f, last) not in self.used and last.lower() not in self.avoid:
                self.used.add((f, last))
                return f, last


STAFF_ROLES = {
    "acute": ["Staff nurse", "Healthcare assistant", "Resident doctor", "Physiotherapist", "Radiographer", "Porter",
              "Ward clerk", "Midwife", "ODP", "Pharmacist", "ED nurse", "Phlebotomist"],
    "acute and community": ["District nurse", "Staff nurse", "Resident doctor", "Healthcare assistant", "Porter",
                            "Paramedic practitioner", "Community physio", "Ward sister"],
    "ambulance": ["Paramedic", "Emergency care assistant", "999 call handler", "Clinical navigator",
                  "Student paramedic", "Patient transport driver", "Emergency medical dispatcher"],
    "mental health": ["Mental health nurse", "Support worker", "Clinical psychologist", "Occupational therapist",
                      "Peer support worker", "CPN", "Healthcare assistant"],
    "community": ["District nurse", "Health visitor", "School nurse", "Podiatrist", "Community physio",
                  "Speech and language therapist", "Dental nurse"],
    "children's": ["Paediatric nurse", "Play specialist", "PICU nurse", "Children's physio", "Neonatal nurse",
                   "Paediatric registrar", "Hospital teacher"],
    "children's and women's": ["Midwife", "Paediatric nurse", "Play specialist", "Neonatal nurse",
                               "Children's physio", "Sonographer", "CAMHS practitioner"],
}

CONDITIONS = {
    "acute": ["Stroke", "Kidney Patients", "Breast Cancer", "Parkinson's", "Heart Support"],
    "acute and community": ["Stroke", "Breathe Easy", "Cancer Support", "Dementia Carers"],
    "ambulance": ["Cardiac Arrest Survivors", "Heartstart CPR", "Defib Guardians"],
    "mental health": ["Hearing Voices", "Bipolar Support", "Carers of People with Psychosis", "Eating Disorder Carers"],
    "community": ["Diabetes Support", "Breathe Easy", "Carers' Café", "Parkinson's"],
    "children's": ["Heart Families", "Parents of NICU Babies", "Rare Disease Families", "Cleft Families"],
    "children's and women's": ["Parents of NICU Babies", "Heart Families", "Baby Loss Support", "Twins Club"],
}


def adjacent_for(t, rng, names, taken):
    """Genuine accounts close to the Trust that a careless detector would flag."""
    out = []
    short, init, city, county = t["short"], t["initials"], t["city"], t["county"]
    site = lambda: rng.choice(t["care_sites"])  # noqa: E731
    place = lambda: rng.choice(t["places"])  # noqa: E731
    x_handle = next(a[1] for a in t["official"] if a[0] == "x")
    ttype = t["type"]

    def add(platform, tokens, display, bio, **kw):
        h = make_handle(tokens, platform, rng)
        n = 0
        while (platform, h.lower()) in taken:
            n += 1
            h = make_handle(tokens + [str(n + rng.randint(1, 9))], platform, rng)
        taken.add((platform, h.lower()))
        out.append(("nhs_adjacent", platform, acct(platform, h, display, bio, rng, **kw)))

    for cname, cdom in t["charities"]:
        ctoks = [w for w in re.sub(r"[^A-Za-z ]", "", cname).split() if w.lower() not in ("and", "of", "the")]
        stem = ctoks[:3]
        add("x", stem, cname, f"The official charity of {t['name']}. We fund the extras that make a difference to "
                               f"patients, families and staff. Registered charity. {cdom}",
            followers=rng.randint(3000, 60000), verified=True)
        where = ("our crews, control rooms and community first responders" if "ambulance" in ttype else
                 f"wards and community teams across {county}" if ttype in ("mental health", "community") else
                 f"{site()} and our other services")
        add("facebook", stem, cname, f"Welcome to {cname}! Every penny raised goes to {where}. Donate or "
                                     f"fundraise at {cdom}",
            followers=rng.randint(5000, 90000), verified=rng.random() < 0.5)
        add("instagram", stem, cname, f"💙 {cname} | Helping {short} go above and beyond | Reg. charity | "
                                      f"{cdom}", followers=rng.randint(2000, 40000))
        add(rng.choice(["x", "facebook", "tiktok"]), stem[:2] + ["fundraising"], f"{cname} Fundraising",
            "Running, baking, shaving your head? Our fundraising team will help you every step of the way. Get your "
            f"pack at {cdom}/fundraise")
        add(rng.choice(["facebook", "x"]), stem[:2] + ["lottery"], f"{cname} Lottery",
            f"Our weekly lottery raises money for {short}. £1 a week, 18+ only. Play at {cdom}/lottery and please "
            "play responsibly. Licensed by the Gambling Commission.")
        add("linkedin", stem, cname, f"Registered charity supporting {t['name']}. Corporate partnerships, "
                                     f"legacies and community fundraising. {cdom}")
    cdom = t["charities"][0][1]
    cname = t["charities"][0][0]

    for f in t["friends"]:
        ftoks = [w for w in re.sub(r"[^A-Za-z ]", "", f).split() if w.lower() not in ("and", "of", "the")][:4]
        if "First Responders" in f:
            bio = (f"Volunteer community first responders dispatched by {short} to 999 calls in and around "
                   f"{f.split(' Community')[0]}. Fundraising for kit and defibs. Not an emergency contact!")
        elif "Forum" in f or "Involvement" in f:
            bio = (f"Young people and service users helping shape services at {short}. Run with the Trust's "
                   "participation team. Meetings monthly.")
        elif "Recovery College" in f:
            bio = f"Free courses on mental health and wellbeing, co-produced with people with lived experience. " \
                  f"Part of {short}'s recovery offer."
        elif "Volunteers" in f or "Ronald McDonald" in f:
            bio = (f"Supporting families while their child is in hospital at {site()}. Registered charity, "
                   "independent of the Trust.")
        else:
            named = [cs for cs in t["care_sites"] + t["sites"] if cs in f or cs.split(" (")[0] in f]
            bio = (f"Registered charity. Volunteers raising money for patient comforts and equipment at "
                   f"{named[0] if named else site()} since "
                   f"{rng.randint(1948, 1989)}. Shop and café in the main entrance.")
        add("facebook", ftoks, f, bio, followers=rng.randint(300, 9000))
        add(rng.choice(["x", "instagram"]), ftoks[:3], f, bio[:140])
    s1 = t["sites"][0]
    add("facebook", _words(s1)[:3] + ["friends", "shop"], f"{s1} Friends Shop",
        "Our volunteer-run shop is open Mon-Fri 8am-6pm. Papers, snacks, cards and gifts. All profits go back into "
        "the hospital.")
    radio = t["radio"]
    if "Radio" in radio:
        add(rng.choice(["x", "facebook"]), _words(radio)[:3], radio,
            f"Volunteer radio for patients at {site()}. Song requests through the bedside line or your ward "
            "volunteer. New presenters always welcome!")
    else:
        add(rng.choice(["x", "facebook"]), _words(radio)[:3], radio,
            f"Volunteers working alongside {short} in {county}. Training, kit and fundraising updates. Not for "
            "emergencies - always dial 999.")

    for net in rng.sample(["Race Equality Network", "LGBTQ+ Network", "Disability and Wellbeing Network",
                           "Women's Network", "Armed Forces Network", "Menopause Support Group",
                           "International Nurses Network"], 3):
        display = f"{rng.choice([short, init])} {net}"
        add(rng.choice(["x", "instagram", "linkedin", "bluesky"]), [init, net.split()[0], "network"], display,
            f"Staff network for colleagues at {t['name']}. By staff, for staff. We can't answer patient queries - "
            "please contact PALS through the Trust website.")

    unions = [(f"UNISON {short} Branch", [init, "unison"], f"UNISON branch for staff at {t['name']}. Not a Trust "
                                                           "account. Join us at unison.org.uk"),
              (f"RCN {t['region']}", ["rcn", t["region"].split()[0]], f"Royal College of Nursing in the {t['region']}. "
                                                                      f"Standing up for nursing staff across "
                                                                      f"{county}.")]
    if "ambulance" in ttype:
        unions.append((f"GMB Ambulance {t['region']}", ["gmb", "ambulance", t["region"].split()[0]],
                       f"GMB union members in {short}. Fair pay for paramedics and control room staff."))
    else:
        unions.append((f"BMA {t['region']}", ["bma", t["region"].split()[0]], "The trade union and professional "
                                                                             f"body for doctors in the {t['region']}."))
    for display, toks, bio in unions:
        add(rng.choice(["x", "facebook", "bluesky"]), toks, display, bio)

    for full, handle, bio in t["similar"]:
        h = handle if len(handle) <= 15 else handle[:15]
        if ("x", h.lower()) in taken:
            h = (h[:13] + "_" + str(rng.randint(1, 9)))
        taken.add(("x", h.lower()))
        out.append(("nhs_adjacent", "x", acct("x", h, full, bio, rng, followers=rng.randint(4000, 120000),
                                              verified=True)))
    for full, handle, bio in rng.sample(t["similar"], 2):
        add("facebook", _words(full)[:4], full, bio, followers=rng.randint(4000, 90000), verified=True)

    for hw in t["healthwatch"]:
        add(rng.choice(["x", "facebook"]), _words(hw), hw, f"Your independent health and social care champion. Tell "
                                                         f"us about your experience of local services, including "
                                                         f"{short}. We share what you say with those who run them.")
    for _ in range(2):
        p = place()
        add(rng.choice(["facebook", "x"]), [p, "medical", "practice"], f"{p} Medical Practice",
            f"GP surgery in {p}. Book through the NHS App or call the practice. We can't give medical advice on "
            "social media.")
    p = place()
    add("x", [p, "pcn"], f"{p} Primary Care Network", f"Practices in {p} working together with {short} and local "
                                                       "partners. Updates on clinics and vaccinations.")
    for hname, hdom in t["hospices"]:
        add(rng.choice(["x", "facebook", "instagram"]), _words(hname)[:3], hname,
            f"Care and support for people living with a terminal illness, and their families, across {county}. "
            f"Registered charity. {hdom}", followers=rng.randint(2000, 30000))
    for paper in t["news"]:
        add(rng.choice(["x", "facebook", "bluesky"]), _words(paper)[:3] + [rng.choice(["", "news"])], paper,
            f"News, sport and what's on from {paper}. Covering {county}, including {short} and local NHS services.",
            followers=rng.randint(10000, 300000), verified=rng.random() < 0.6)
    f, last = names.next()
    add(rng.choice(["x", "bluesky"]), [f, last, "news"], f"{f} {last}",
        f"Health reporter at {rng.choice(t['news'])}. Covering {short} and the NHS in {county}. Tips welcome by DM.")
    for _ in range(2):
        f, last = names.next()
        p = place()
        add(rng.choice(["x", "facebook"]), ["cllr", f, last], f"Cllr {f} {last}",
            f"Councillor for {p} ward. Sits on the health scrutiny committee. Campaigning to keep services at "
            f"{site()}. Views my own.")
    for cond in rng.sample(CONDITIONS[ttype], 2):
        add(rng.choice(["facebook", "x", "instagram"]), [cond.split()[0], "support", city], f"{cond} Group {city}",
            f"Peer support for people affected by {cond.lower().replace(' support', '')} in {county}. Run by patients and families; not part "
            f"of {short}. We meet monthly.")
    f, last = names.next()
    add(rng.choice(["instagram", "tiktok", "x"]), [f, last, "runs"], f"{f} runs the {t['event']}",
        f"Running the {t['event']} for {cname} after they looked after my dad 💙 Sponsor me: "
        f"{cdom}/fundraising/{f.lower()}-{last.lower()}")
    p = place()
    add("facebook", [p, "parkrun", "fundraiser"], f"{p} parkrun Christmas fundraiser",
        f"Parkrunners collecting for {cname} this December. Donate through the charity's own page at {cdom} - we "
        "never take cash online.")
    add(rng.choice(["facebook", "instagram"]), [p, "bake", "sale"], f"{p} Village Bake Sale",
        f"Cakes at the village hall on Saturday, all proceeds to {cname} ({cdom}). Thanks to everyone who baked!")

    roles = STAFF_ROLES[ttype]
    staff_bios = [
        "{role} at {site} 💙 views my own",
        "{role} @" + x_handle + ". Tweets are my own, not my employer's.",
        "Proud {role} | {short} | mum of 2 | parkrun addict | views own",
        "{role}. {city}. Coffee, cycling, night shifts. Opinions mine.",
        "Newly qualified {role} at {site} 🩺 learning every day",
        "{role} (nights) - {short}. Bad puns, good tea.",
        "{role} with {short} for 15 years. Union rep. Posts are personal.",
        "{role} | {site} | running, rugby and rotas",
    ]
    for k in range(6):
        f, last = names.next()
        role = rng.choice(roles)
        bio = staff_bios[k % len(staff_bios)].format(role=role, site=site(), short=short, city=city)
        add(rng.choice(["x", "instagram", "tiktok", "linkedin", "bluesky", "mastodon"]),
            [f, last] + ([rng.choice(["rn", "nhs", role.split()[0]])] if rng.random() < 0.5 else []),
            f"{f} {last}" if rng.random() < 0.7 else f"{f} 🩺", bio)
    for k in range(2):
        f, last = names.next()
        role = rng.choice(roles)
        bio = [f"Retired {role.lower()} - {rng.randint(25, 38)} years at {site()}. Now allotment, grandkids and the "
               "odd letter to the paper.",
               f"Ex-{short} {role.lower()}, now working in Australia 🇦🇺 miss the team!"][k]
        add(rng.choice(["x", "facebook"]), [f, last], f"{f} {last}", bio)
    for k in range(2):
        f, last = names.next()
        bio = [f"Medical student @ {t['university']} 🩺 on placement at {site()} | views my own",
               f"Y4 med student. Currently with {short}. Revision memes and flashcards."][k]
        add(rng.choice(["instagram", "tiktok", "x", "bluesky"]), [f, last, "med"], f"{f} {last}", bio)
    f, last = names.next()
    add("facebook", [f, last], f"{f} {last}", f"Volunteer ward befriender at {site()}. Ask me about the tea trolley ☕")
    more_staff = [
        "{role}. Currently on secondment with {short}. Everything here is personal, nothing official.",
        "Mum, wife, {role} at {site}. Sharing the good bits of the NHS 💙",
        "{role} | {short} | Cross-stitch & crime dramas | All views my own",
        "Proud to be a {role} in {county}. Not a spokesperson for my employer.",
        "{role}. 20 years NHS. Currently {short}. Coffee first, questions later.",
        "Off-duty {role} from {city}. Football, food, family.",
    ]
    for k in range(6):
        f, last = names.next()
        role = rng.choice(roles)
        add(rng.choice(["x", "instagram", "tiktok", "facebook", "bluesky", "linkedin"]), [f, last, str(k + 1)],
            f"{f} {last}", more_staff[k].format(role=role, site=site(), short=short, city=city, county=county))
    p = place()
    maternity = ttype in ("acute", "acute and community", "children's and women's")
    add("facebook", [site().split()[0], "maternity", "voices"] if maternity else [p, "carers", "voice"],
        f"{p} Maternity and Neonatal Voices" if maternity else f"{p} Carers Voice",
        f"Independent group of parents, carers and families working with {short} to improve services. Not run "
        "by the Trust - we're volunteers.")
    add(rng.choice(["x", "facebook"]), [p, "community", "pharmacy"], f"{p} Community Pharmacy",
        f"Your local pharmacy in {p}. Prescriptions, flu jabs and advice. Open 9-6 Mon-Sat.")
    add(rng.choice(["x", "facebook"]), [city, "samaritans"], f"Samaritans {city}",
        f"Volunteers listening 24/7 in {city} and {county}. Call 116 123 free, any time.")
    add(rng.choice(["facebook", "instagram"]), [p, "foodbank"], f"{p} Foodbank",
        f"Feeding families in {p}. Collection point at {site()} staff entrance every Friday - thank you, NHS "
        "colleagues!")
    add("youtube", _words(cname)[:3] + ["tv"], f"{cname}", f"Films about the difference your donations make at "
                                                            f"{short}. {cdom}")
    add(rng.choice(["x", "facebook"]), ["st", "john", "ambulance", city], f"St John Ambulance {city}",
        "First aid volunteers at events across the area. Not an NHS emergency service - in an emergency call 999.")
    add(rng.choice(["x", "bluesky"]), [f"{county}", "nhs", "retirees"], f"{county} NHS Retirees",
        f"Social group for retired NHS staff in {county}, including plenty of former {short} colleagues. Monthly "
        "coffee mornings.")
    add("x", _words(t["university"])[:3], t["university"],
        f"Training tomorrow's doctors. Clinical placements with {short} and partners across the {t['region']}.",
        followers=rng.randint(3000, 40000), verified=True)
    return out


def _words(s):
    return [w for w in re.sub(r"[^A-Za-z0-9 ]", "", s).split() if w.lower() not in ("and", "of", "the", "for")]


def main():
    rng = new_rng("nhs2")
    trusts_json = {"_about": ABOUT}
    for t in TRUSTS:
        trusts_json[t["key"]] = trust_profile(t, new_rng("register:" + t["key"]))

    records = []
    taken = set()
    # register accounts and differently written platform names
    for t in TRUSTS:
        prof = trusts_json[t["key"]]
        for a in prof["official_accounts"]:
            taken.add((a["platform"], a["handle"].lower()))
            r = new_rng("official:" + a["platform"] + a["handle"])
            base = acct(a["platform"], a["handle"], a["display_name"], a["bio"], r, followers=a["followers"],
                        following=a["following"], verified=a["verified"], created=a.get("created_at"),
                        aid=a["account_id"])
            if "created_at" not in a:
                del base["created_at"]
            records.append({"trust": t["key"], "label": "genuine", "group": "official", "platform": a["platform"],
                            "account": base})
            spellings = VARIANT_SPELLINGS[a["platform"]]
            n = 4 if a["platform"] == "x" else 2
            for sp in spellings[:n]:
                v = dict(base)
                v["platform"] = sp
                records.append({"trust": t["key"], "label": "genuine", "group": "official_case_variant",
                                "platform": a["platform"], "account": v})

    exec_last = [re.sub(r"^(Dr|Professor|Dame|Sir) ", "", n).split()[-1] for t in TRUSTS for _, n in t["executives"]]
    names = Names(new_rng("names"), exec_last)
    adj_taken = set(taken)
    for t in TRUSTS:
        for group, platform, a in adjacent_for(t, new_rng("adjacent:" + t["key"]), names, adj_taken):
            records.append({"trust": t["key"], "label": "genuine", "group": group, "platform": platform,
                            "account": a})

    # ordinary members of the public, spread over the Trusts for bookkeeping only
    prng = new_rng("public")
    plats = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky", "youtube", "mastodon"]
    gp = []
    for k, bio in enumerate(HAND_WRITTEN):
        t = TRUSTS[k % len(TRUSTS)]
        gp.append((t, bio))
    for t in TRUSTS:
        kind = ("ambulance" if "ambulance" in t["type"] else "mental" if "mental" in t["type"] else
                "community" if t["type"] == "community" else "hospital")
        for tmpl in IN_PASSING[kind]:
            gp.append((t, tmpl.format(site=prng.choice(t["care_sites"]), short=t["short"], city=t["city"])))
    for k, (t, bio) in enumerate(gp):
        f, last = names.next()
        platform = plats[k % len(plats)] if k % 5 else prng.choice(plats[:3])
        toks = prng.choice([[f, last], [f, last, str(prng.randint(1, 99))], [f[0], last], [f, "x", last],
                            [last, f]])
        h = make_handle(toks, platform, prng)
        while (platform, h.lower()) in adj_taken:
            h = make_handle(toks + [str(prng.randint(1, 999))], platform, prng)
        adj_taken.add((platform, h.lower()))
        display = prng.choice([f"{f} {last}", f"{f} {last}", f"{f}", f"{f} {last[0]}.", f"{f.lower()} ✨"])
        a = acct(platform, h, display, bio, prng, followers=prng.randint(0, 1800), following=prng.randint(0, 1500))
        records.append({"trust": t["key"], "label": "genuine", "group": "general_public", "platform": platform,
                        "account": a, "_gp": True})

    imps = impersonations.generate(TRUSTS, new_rng("impersonations"), adj_taken)
    # an impersonation must not reuse a genuine handle
    gen_keys = {(r["platform"], r["account"]["handle"].lower()) for r in records}
    for r in imps:
        assert (r["platform"], r["account"]["handle"].lower()) not in gen_keys, r["account"]["handle"]
    records = imps + records

    counters = {}
    for r in records:
        if r.get("_gp"):
            prefix = "gp-hand"
        elif r["label"] == "impersonation":
            prefix = "imp-" + r["trust"]
        else:
            prefix = r["group"].replace("_", "") + "-" + r["trust"]
        counters[prefix] = counters.get(prefix, 0) + 1
        r["id"] = "%s-%03d" % (prefix, counters[prefix])
        r.pop("_gp", None)

    ordered = []
    for r in records:
        o = {"id": r["id"], "trust": r["trust"], "label": r["label"]}
        if "tactic" in r:
            o["tactic"] = r["tactic"]
        if "group" in r:
            o["group"] = r["group"]
        o["platform"] = r["platform"]
        o["account"] = r["account"]
        if "copied_elements" in r:
            o["copied_elements"] = r["copied_elements"]
        ordered.append(o)

    with open(os.path.join(OUT, "trusts.json"), "w", encoding="utf-8") as fh:
        json.dump(trusts_json, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as fh:
        for o in ordered:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(ordered))


if __name__ == "__main__":
    main()
