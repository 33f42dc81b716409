"""Wording of the fourth sealed set: impersonation tactics, NHS-adjacent and general-public accounts.

Written by the fourth author from public reports of NHS and hospital impersonation (SOURCES.md); every person named
here is invented. Phone numbers are Ofcom drama numbers only.
"""

STEMS = {
    "rfl": ["royalfree", "royalfreelondon", "royalfreehosp", "rfl", "barnethospital", "chasefarm"],
    "uhnm": ["uhnm", "royalstoke", "royalstokehosp", "countyhospital", "uhnorthmidlands"],
    "ruh": ["ruh", "ruhbath", "royalunited", "royalunitedbath", "bathhospital"],
    "esht": ["esht", "eastsussexhealth", "conquesthospital", "eastbournedgh", "eshealthcare"],
    "cwp": ["cwp", "cwpnhs", "cheshirewirral", "cheshirewirralnhs", "bowmere"],
    "hct": ["hct", "hertscommunity", "hertscommunitynhs", "hertsnhs", "hertfordshirecommunity"],
    "wmas": ["wmas", "officialwmas", "westmidsambulance", "wmambulance", "westmidlandsambulance"],
    "meh": ["moorfields", "moorfieldseye", "meh", "moorfieldseyehosp", "moorfieldshospital"],
    "sch": ["sheffchildrens", "sheffieldchildrens", "sch", "sheffkids", "sheffieldkidshosp"],
    "nhft": ["nhft", "nhftnhs", "northantshealth", "northamptonshirenhs", "berrywood"],
}
WARDS = {
    "rfl": ["the renal unit", "Ward 10 North", "the Royal Free's children's ward"], "uhnm": ["the Children's Centre at Royal Stoke", "Ward 78", "the neonatal unit"],
    "ruh": ["the Dyson Cancer Centre", "Children's Ward", "the RUH stroke unit"], "esht": ["the Conquest SCBU", "Seaford ward", "Eastbourne's children's unit"],
    "cwp": ["Bowmere's wards", "the Millbrook Unit", "CAMHS in Chester"], "hct": ["Danesbury", "the Gossoms End rehab unit", "our district nurses"],
    "wmas": ["our ambulance crews", "the new Willenhall hub", "our community first responders"], "meh": ["the children's eye centre", "Moorfields A&E", "the glaucoma clinic"],
    "sch": ["the cancer ward", "the Helipad appeal", "the PICU"], "nhft": ["Berrywood Hospital", "the Cynthia Spencer unit", "children's community nursing"],
}
CHILDREN = ["Amelia", "Noah", "Freya", "Oscar", "Isla", "Theo", "Maisie", "Alfie", "Evie", "Rory", "Poppy", "Kai"]
OLD_HANDLES = ["vinyl_finds_", "cakes_by_kez", "sunday_league_fc", "crafty_nanna", "retro_gamer_", "van_sale_uk", "lash_studio",
               "dog_walks_", "mumlife_and_more", "fishing_banter", "wedding_hire_", "cheapsneakers", "band_merch", "biker_dave",
               "footie_tips", "nails_by_jade", "car_boot_bargains", "home_bakes", "quiz_night_", "gym_gains_",
               "tattoo_flash", "garden_swap", "salon_offers", "kids_party_hire", "photo_walks", "comedy_clips_",
               "property_deals_", "festival_tix", "pet_rescue_swaps", "coffee_snob_"]
FIRST = ["Aled", "Bronwen", "Caspar", "Delphine", "Ezra", "Fenella", "Gethin", "Hollis", "Inka", "Jarrah", "Kezia", "Lorcan",
         "Marisol", "Niamh", "Orrin", "Perpetua", "Quill", "Rhiannon", "Saoirse", "Tobias", "Ulla", "Vashti", "Wendell", "Xanthe",
         "Yusra", "Zebedee", "Anouk", "Birgit", "Cosmo", "Dervla", "Emrys", "Florian", "Greer", "Hamza", "Isolde", "Jonah",
         "Kit", "Leonie", "Mabli", "Nico", "Ottilie", "Piran", "Roisin", "Sefton", "Tallulah", "Umar", "Verity", "Wilf",
         "Yara", "Zainab", "Aurelio", "Blessing", "Chidera", "Dafydd", "Elspeth", "Faisal", "Gwilym", "Hester", "Ifeoma", "Jory"]
LAST = ["Abernethy", "Blackwood", "Carrow", "Dunmore", "Elphick", "Fairclough", "Gorringe", "Halfpenny", "Ibbotson", "Jessop",
        "Kettlewell", "Lofthouse", "Mapplebeck", "Nettleship", "Oddie", "Pickersgill", "Quartermain", "Rushworth", "Scattergood",
        "Threlfall", "Underwood", "Vardy-Lowe", "Whitmore", "Yeadon", "Zouche", "Adebayo", "Bhattacharya", "Costello", "Dimitriou",
        "Eze", "Fitzgerald", "Gallagher", "Hussain", "Iqbal", "Jankowski", "Kowalczyk", "Lindgren", "Mbeki", "Nwosu", "O'Hare",
        "Pellegrini", "Quayle", "Rahman", "Szabo", "Tran", "Uddin", "Varga", "Wozniak", "Yilmaz", "Zamora"]
AFFIX = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers", "appeal",
         "pals", "assist", "ask", "real", "hq", "staff", "patients", "news"]


def wa(rng):
    return "07700 900%03d" % rng.randint(0, 999)


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def lookalike(rng, t):
    dom = t["web_domains"][0]
    stem = dom.split(".")[0]
    swapped = stem.replace("o", "0", 1) if "o" in stem else stem.replace("e", "3", 1) if "e" in stem else stem + "s"
    opts = [stem + "-nhs.uk", stem + ".nhs-uk.com", stem + "-nhs.co.uk", "nhs-" + stem + ".online", stem + "-patients.help",
            stem + "nhs.org", stem + "-refunds.info", stem + "-careers.net", stem + "-appeal.org.uk", "my" + stem + ".co.uk",
            swapped + ".nhs-uk.net", stem + "-nhs.info", stem + "-booking.com", stem + "trust.uk", stem + "-charity.org",
            stem + "-hr.online", "secure-" + stem + ".com"]
    return rng.choice(opts)


def fmt(rng, platform, parts, style=None):
    """Join handle parts the way each platform allows; None when the platform would refuse the result."""
    parts = [p for p in parts if p]
    if platform == "x":
        sep = rng.choice(["", "_", ""])
        st = style or rng.choice(["camel", "lower", "upper1"])
        ps = [p.capitalize() for p in parts] if st == "camel" else [p.upper() if len(p) <= 4 and st == "upper1" else p for p in parts]
        h = sep.join(ps)
        return h if 4 <= len(h) <= 15 else None
    if platform == "facebook":
        sep = rng.choice(["", ".", ""])
        h = sep.join(p.capitalize() if rng.random() < 0.6 else p for p in parts)
        return h if len(h) >= 5 else None
    if platform in ("instagram", "tiktok"):
        h = rng.choice(["_", ".", "", "_"]).join(parts).lower()
        return h if len(h) <= (30 if platform == "instagram" else 24) else None
    if platform == "linkedin":
        return "-".join(parts).lower()
    if platform == "bluesky":
        return rng.choice(["-", ""]).join(parts).lower() + ".bsky.social"
    return None


def alias(rng, t):
    return rng.choice([t["name"]] + t["aliases"] + t["sites"][:1])


def claim(rng, t):
    a = alias(rng, t)
    site = rng.choice(t["sites"])
    return rng.choice([
        "Official account of %s" % t["name"], "%s | official" % a, "The real page of %s - our old one was hacked, please follow us here" % a,
        "Welcome to %s patient support" % a, "Back-up account for %s" % a, "%s ✅" % t["name"], "NHS 🏥 %s, %s" % (site, t["city"]),
        "Team at %s" % site, "Updates from %s" % a, "We are %s" % t["name"], "%s NHS - official comms" % a,
        "Run by the comms team at %s" % a, "Your local NHS: %s" % a,
    ])


def cue(rng, kind, t, key):
    site = rng.choice(t["sites"])
    lk = lookalike(rng, t)
    w = wa(rng)
    ward = rng.choice(WARDS[key])
    pools = {
        "refund": [
            "Patients charged for parking at %s this year can claim it back. Verify your card at %s" % (site, lk),
            "💷 Travel cost refunds now paid online - DM us your name, date of birth and bank details",
            "Overpaid for a prescription? Our patient finance team refunds you the same day. WhatsApp %s" % w,
            "Missed-appointment charges are being reversed. Send your NHS number + sort code to claim",
            "The Trust owes refunds to anyone who paid for a side-room upgrade. message us to get paid",
            "PATIENT SUPPORT DESK. Refunds, cancellations, account queries. Reply with hospital number & long card number",
            "Confirm your appointment with a £1.49 admin charge at %s or it will be cancelled" % lk,
            "Complete our 2 min patient survey and get £50 refunded to your bank 🎉",
            "Cost of living support for patients - up to £300 back. Limited places, apply by the link",
            "Lost property desk for %s. Pay the £4.99 courier fee and we post your items back" % site,
            "Hello dear patient, you are eligible for a refund of overpaid charges. Kindly send your details in inbox",
            "refund team pls dm ur card no. & expiry to process, thnx",
        ],
        "jobs": [
            "Now hiring HCAs & Band 5 nurses from overseas 🇬🇧 sponsorship included. CoS processing fee £420, refunded after first salary. WhatsApp %s" % w,
            "No IELTS? No problem. Guaranteed placement at %s. Pay the registration & legalisation fee to secure your start date" % site,
            "Recruitment team. Interviews on Telegram only. Onboarding pack £95 (uniform + DBS)",
            "URGENT: porters, cleaners & care assistants needed. £38k + free accommodation. Send CV & passport copy by DM",
            "International recruitment desk - visa, flight and housing arranged for you. Small application deposit required",
            "Work-from-home admin roles £25/hr with the NHS. Starter kit payable by bank transfer",
            "Hiring healthcare support workers, visa sponsorship available. Apply at %s and pay the £250 CoS fee" % lk,
            "DM 'JOB' for an offer letter within 24 hours. No interview needed.",
            "Graduate nurses: skip the NMC queue, our agents sort your PIN for a small fee",
            "We are recruiting!!! nurses, doctors, cleaners, drivers. Sponsorship + accomodation. Contact HR on WhatsApp %s" % w,
            "Job offers for %s sent by email. Accept by paying the oath and certificate fee to our immigration partner" % site,
            "Hiring now at %s - agency fee £180 secures your interview slot" % site,
        ],
        "donation": [
            "Help us buy sensory toys for %s. Send what you can via PayPal friends & family 💙" % ward,
            "Our nurses are exhausted. Buy them a meal 🍕 funds go straight to staff, not through the charity",
            "Baby %s needs urgent surgery abroad and the hospital can't pay. Every £ helps - bank details in DMs" % rng.choice(CHILDREN),
            "Christmas appeal 🎄 gift cards for patients with no visitors. Send Amazon voucher codes by message",
            "Raffle for a new scanner at %s! £5 a ticket, pay by bank transfer, drawn Friday" % site,
            "Support our frontline heroes! Crypto donations accepted (BTC/USDT)",
            "Fundraising for the refurbishment of %s. Cash App / Revolut only please" % ward,
            "Your £3 feeds a nurse on a night shift. Transfer to the number in bio %s" % w,
            "Memory walk for %s - pay your entry fee to our organiser's personal account" % site,
            "Emergency appeal: %s has flooded. The official charity site is down so donate here %s" % (ward, lk),
            "We're collecting for an end-of-year bonus for porters & cleaners. PayPal to our volunteer lead",
            "Donate to %s today 🙏 GoFundMe link below. Not affiliated with any registered charity" % ward,
        ],
        "exec": [
            "Personal account. In meetings all day - if you need me, WhatsApp only %s" % w,
            "Staff: I need a quick favour, can you pick up some gift vouchers for the team today? Message me here",
            "Reviewing job applications personally this month. Send your CV and the processing fee by DM",
            "Reach me directly for complaints - no need to go through PALS.",
            "New account, the old one was hacked. Please re-follow and DM me your work email",
            "Happy to help families fund private treatment. DM me",
            "Discreet investment opportunity for NHS staff - I made 40% this year. Ask me how",
            "Please keep this between us until the announcement. Message me for details",
        ],
        "generic": [
            "DM your hospital number and date of birth for appointment updates",
            "🎁 GIVEAWAY 🎁 follow + share to win £200 supermarket vouchers for NHS week",
            "Check your waiting-list position here: %s" % lk,
            "Appointments can now be rebooked on WhatsApp %s" % w,
            "Free parking permits for 50 lucky followers. Claim in DMs",
            "Complaints desk - faster than PALS. Send screenshots and your details",
            "Get your test results early - link in bio",
            "Verify your patient record before the new system goes live: %s" % lk,
            "Message us to jump the waiting list 🤫",
            "Winners announced Friday! Send your card details to receive the prize",
        ],
    }
    return pools[kind]


def compose(rng, t, key, kinds, with_claim, contact=None):
    """A bio from an optional identity claim, one or two deception cues and an optional contact."""
    kind = rng.choice(kinds)
    parts = [rng.choice(cue(rng, kind, t, key))]
    if rng.random() < 0.25:
        other = rng.choice(cue(rng, rng.choice(["generic", kind]), t, key))
        if other != parts[0]:
            parts.append(other)
    els = set()
    if with_claim:
        parts.insert(rng.randint(0, 1) if rng.random() < 0.3 else 0, claim(rng, t))
        els.add("bio_claim")
    if contact == "phone":
        parts.append(rng.choice(["Call us on %s", "Switchboard %s", "☎ %s", "Ring %s (24h)"]) % rng.choice(t["phone_numbers"]))
        els.add("phone")
    elif contact == "domain":
        parts.append(rng.choice(["More at %s", "www.%s", "Our website: %s", "see %s for details"]) % t["web_domains"][0])
        els.add("domain")
    sep = rng.choice([" | ", ". ", "\n", " — ", " 👉 ", " • "])
    return sep.join(parts), els


def contact_choice(rng):
    return rng.choice([None, None, None, "phone", "domain"])


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
CYR = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
       "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
GRK = {"o": "ο", "v": "ν", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
       "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "i": "ι"}


def styled(rng, s):
    mode = rng.choice(["bold", "sans", "mono", "full", "caps", "italic"])
    out = []
    partial = rng.random() < 0.3
    words = s.split(" ")
    keep = set(rng.sample(range(len(words)), max(1, len(words) // 2))) if partial and len(words) > 1 else set(range(len(words)))
    for wi, word in enumerate(words):
        if wi not in keep:
            out.append(word)
            continue
        chars = []
        for c in word:
            o = ord(c)
            if mode == "caps" and c.isalpha() and c.lower() != "x":
                letters = "abcdefghijklmnopqrstuvwyz"
                chars.append(SMALL_CAPS[letters.index(c.lower())] if c.lower() in letters else c)
            elif "A" <= c <= "Z" or "a" <= c <= "z":
                up = c.isupper()
                idx = o - (65 if up else 97)
                base = {"bold": (0x1D400, 0x1D41A), "sans": (0x1D5D4, 0x1D5EE), "mono": (0x1D670, 0x1D68A),
                        "full": (0xFF21, 0xFF41), "italic": (0x1D608, 0x1D622), "caps": (0xFF21, 0xFF41)}[mode]
                chars.append(chr((base[0] if up else base[1]) + idx))
            else:
                chars.append(c)
        out.append("".join(chars))
    return " ".join(out)


def mixed(rng, s):
    table = rng.choice([CYR, GRK, dict(CYR, **GRK)])
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        return None
    pick = set(rng.sample(idx, rng.randint(1, min(3, len(idx)))))
    return "".join(table[c] if i in pick else c for i, c in enumerate(s))


SWAPS = [("o", "0"), ("l", "1"), ("i", "1"), ("s", "5"), ("e", "3"), ("a", "4"), ("m", "rn"), ("O", "0"), ("I", "l"), ("S", "5"), ("E", "3"), ("B", "8")]


def swap(rng, s, n=1):
    opts = [(a, b) for a, b in SWAPS if a in s]
    if not opts:
        return None
    out = s
    for a, b in rng.sample(opts, min(n, len(opts))):
        positions = [i for i, c in enumerate(out) if c == a]
        p = rng.choice(positions)
        out = out[:p] + b + out[p + 1:]
    return out if out != s else None


def generic_display(rng):
    return rng.choice(["Patient Support", "Hospital Help Desk", "NHS Patient Services", "Appointments Team", "Patient Liaison",
                       "Careers Desk", "Community Updates", "Health Updates UK", "Patient Refunds", "Hospital News"])


def t_renamed(rng, key, t, platform, i, attempt):
    lean = rng.random() < 0.4
    old = rng.choice(OLD_HANDLES).rstrip("_") + rng.choice(["", str(rng.randint(1, 99)), "_" + t["city"][:4].lower()])
    h = {"x": old.replace("_", "")[:15], "facebook": old.replace("_", "."), "instagram": old, "tiktok": old[:24],
         "linkedin": old.replace("_", "-"), "bluesky": old.replace("_", "-") + ".bsky.social"}[platform]
    display = rng.choice([t["name"], rng.choice(t["aliases"]), rng.choice(t["sites"]) + rng.choice(["", " Patient Info", " NHS"])])
    bio, els = compose(rng, t, key, ["refund", "generic", "donation", "jobs"], not lean, None if lean else contact_choice(rng))
    els.add("name")
    return {"handle": h, "display": display, "bio": bio, "elements": els, "created": "%04d-%02d-11T09:%02d:00Z" % (rng.randint(2010, 2019), rng.randint(1, 12), rng.randint(0, 59)),
            "followers": rng.randint(520, 48000), "verified": rng.random() < 0.15}


def t_swap(rng, key, t, platform, i, attempt):
    offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
    base = rng.choice(offs)["handle"].split(".bsky.social")[0]
    if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
        base = base.lower().replace("_", "" if platform == "bluesky" else "_")
        if platform == "linkedin":
            base = base.replace("_", "-")
    if platform == "facebook":
        base = base.replace("_", "")
    h = swap(rng, base, rng.choice([1, 1, 2]))
    if not h:
        return None
    if platform == "bluesky":
        h = h.lower() + ".bsky.social"
    elif platform in ("instagram", "tiktok", "linkedin"):
        h = h.lower()
    mode = rng.random()
    els = {"handle"}
    if mode < 0.35:
        display = generic_display(rng)
    elif mode < 0.7:
        display = rng.choice([t["name"]] + t["aliases"])
        els.add("name")
    else:
        display = swap(rng, rng.choice([t["name"]] + t["aliases"][:2]), 1) or t["name"]
        els.add("name")
    bio, more = compose(rng, t, key, ["refund", "generic", "jobs", "donation"], rng.random() < 0.3)
    return {"handle": h, "display": display, "bio": bio, "elements": els | more}


def t_affix(rng, key, t, platform, i, attempt):
    offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
    base = rng.choice(offs)["handle"].split(".bsky.social")[0].replace("_", "").replace("-", "")
    if platform != "x" and len(base) > 18:
        base = min((a["handle"].split(".bsky.social")[0].replace("_", "") for a in t["official_accounts"]), key=len).lower()
    if platform == "x" and attempt > 20:
        base = t["initials"]
    aff = rng.choice(AFFIX)
    parts = [aff, base] if rng.random() < 0.35 else [base, aff]
    h = fmt(rng, platform, [p.lower() for p in parts] if platform != "x" else parts)
    if h is None:
        return None
    lean = rng.random() < 0.35
    display = generic_display(rng) if lean else rng.choice(t["aliases"]) + rng.choice([" " + aff.capitalize(), "", " Support", " Team"])
    bio, els = compose(rng, t, key, ["refund", "generic", "jobs"], not lean and rng.random() < 0.5)
    els.add("handle")
    if not lean:
        els.add("name")
    return {"handle": h, "display": display, "bio": bio, "elements": els}


def t_exact(rng, key, t, platform, i, attempt):
    f, l = person(rng)
    own = rng.random() < 0.4
    parts = rng.choice([["nhs", "patient", "line"], ["hospital", "helpdesk"], ["care", "bookings"], [f.lower(), l.lower().replace("'", "").replace("-", "")],
                        ["nhs", "updates", str(rng.randint(1, 999))], ["health", "info", "uk"]]) if not own else [rng.choice(STEMS[key]), str(rng.randint(2, 2026))]
    h = fmt(rng, platform, parts)
    if h is None:
        return None
    bio, els = compose(rng, t, key, ["generic", "refund", "donation", "jobs"], rng.random() < 0.35, contact_choice(rng))
    els.add("name")
    if own:
        els.add("handle")
    return {"handle": h, "display": t["name"], "bio": bio, "elements": els}


def _name_and_handle(rng, key, t, platform, suffixes, lean):
    """A display name built on the Trust's name and a handle built on its stems, or an unrelated handle when lean."""
    display = rng.choice([rng.choice(t["aliases"]), t["name"], rng.choice(t["sites"])]) + rng.choice(suffixes)
    if lean and rng.random() < 0.5:
        f, l = person(rng)
        parts = rng.choice([[f.lower(), str(rng.randint(10, 99))], [rng.choice(suffixes).strip().split(" ")[-1].lower() or "help", "desk", str(rng.randint(1, 99))],
                            ["uk", "health", "support"]])
        return display, fmt(rng, platform, [p for p in parts if p.isalnum()]), False
    stem = rng.choice(STEMS[key])
    word = (rng.choice(suffixes).strip().split(" ")[-1] or rng.choice(AFFIX)).lower()
    word = "".join(c for c in word if c.isalnum()) or "help"
    return display, fmt(rng, platform, [stem, word] if rng.random() < 0.7 else [word, stem]), True


def t_refund(rng, key, t, platform, i, attempt):
    lean = rng.random() < 0.45
    display, h, hstem = _name_and_handle(rng, key, t, platform, [" Patient Refunds", " Finance", " PALS", " Patient Support", "", " Billing"], lean)
    if h is None:
        return None
    bio, els = compose(rng, t, key, ["refund"], not lean and rng.random() < 0.6, None if lean else contact_choice(rng))
    els.add("name")
    if hstem:
        els.add("handle")
    return {"handle": h, "display": display, "bio": bio, "elements": els}


def t_jobs(rng, key, t, platform, i, attempt):
    lean = rng.random() < 0.45
    display, h, hstem = _name_and_handle(rng, key, t, platform, [" Recruitment", " Careers", " HR", " Jobs", " International Recruitment", " Vacancies"], lean)
    if h is None:
        return None
    bio, els = compose(rng, t, key, ["jobs"], not lean and rng.random() < 0.5, None if lean else rng.choice([None, "domain", "domain", "phone"]))
    els.add("name")
    if hstem:
        els.add("handle")
    return {"handle": h, "display": display, "bio": bio, "elements": els}


def t_donation(rng, key, t, platform, i, attempt):
    lean = rng.random() < 0.45
    display, h, hstem = _name_and_handle(rng, key, t, platform, [" Appeal", " Charity", " Fundraiser", " Friends", " Christmas Appeal", " Staff Fund"], lean)
    if h is None:
        return None
    if rng.random() < 0.25:
        display = "Friends of " + rng.choice(t["sites"])
    bio, els = compose(rng, t, key, ["donation"], not lean and rng.random() < 0.5, None if lean else contact_choice(rng))
    els.add("name")
    if hstem:
        els.add("handle")
    return {"handle": h, "display": display, "bio": bio, "elements": els}


def t_exec(rng, key, t, platform, i, attempt):
    e = rng.choice(t["executives"])
    full = e["name"]
    bare = full
    for title in ("Dr ", "Professor ", "Dame ", "Sir ", "Lady "):
        bare = bare.replace(title, "")
    first, surname = bare.split(" ")[0], bare.split(" ")[-1]
    role = {"chief_executive": rng.choice(["CEO", "Chief Executive"]), "chair": "Chair", "chief_nurse": "Chief Nurse",
            "medical_director": "Medical Director"}[e["role"]]
    lean = rng.random() < 0.4
    display = rng.choice([full, bare, "%s %s" % (first[0] + ".", surname), "%s | %s" % (bare, role)])
    if not lean and rng.random() < 0.5:
        display = "%s - %s, %s" % (bare, role, rng.choice(t["aliases"]))
    sn = "".join(c for c in surname.lower() if c.isalnum())
    parts = rng.choice([[first.lower(), sn], [sn, role.split()[0].lower()], ["dr", sn] if full.startswith("Dr") else [first.lower()[0], sn, str(rng.randint(1, 99))]])
    h = fmt(rng, platform, parts)
    if h is None:
        return None
    bio = rng.choice(cue(rng, "exec", t, key))
    els = {"executive_name"}
    if not lean:
        bio = rng.choice(["%s at %s. " % (role, t["name"]), "%s, %s 💙 " % (role, rng.choice(t["aliases"])), "Proud to lead %s. " % rng.choice(t["aliases"])]) + bio
        els.add("bio_claim")
        if rng.random() < 0.3:
            bio += " Office: %s" % rng.choice(t["phone_numbers"])
            els.add("phone")
    if any(a in display for a in t["aliases"]):
        els.add("name")
    return {"handle": h, "display": display, "bio": bio, "elements": els}


def _disguised(rng, key, t, platform, display, kinds):
    lean = rng.random() < 0.4
    els = {"name"}
    if lean and rng.random() < 0.5:
        h = fmt(rng, platform, [rng.choice(["patient", "health", "care", "nhs"]), rng.choice(["line", "hub", "updates", "desk"]), str(rng.randint(1, 999))])
    else:
        h = fmt(rng, platform, [rng.choice(STEMS[key]), rng.choice(["", "", rng.choice(AFFIX)])])
        if not lean:
            els.add("handle")
        else:
            h = fmt(rng, platform, [rng.choice(["the", "our", "local"]), rng.choice(["hospital", "nhs", "clinic"]), str(rng.randint(1, 99))])
    if h is None:
        return None
    bio, more = compose(rng, t, key, kinds, not lean and rng.random() < 0.6, None if lean else contact_choice(rng))
    return {"handle": h, "display": display, "bio": bio, "elements": els | more}


def t_zw(rng, key, t, platform, i, attempt):
    base = rng.choice([t["name"]] + t["aliases"][:3])
    p = rng.randint(1, len(base) - 1)
    display = base[:p] + rng.choice(ZW) + base[p:]
    if rng.random() < 0.3:
        q = rng.randint(1, len(display) - 1)
        display = display[:q] + rng.choice(ZW) + display[q:]
    return _disguised(rng, key, t, platform, display, ["generic", "refund", "donation", "jobs"])


def t_styled(rng, key, t, platform, i, attempt):
    display = styled(rng, rng.choice([t["name"]] + t["aliases"][:3]))
    return _disguised(rng, key, t, platform, display, ["generic", "refund", "donation", "jobs"])


def t_mixed(rng, key, t, platform, i, attempt):
    display = mixed(rng, rng.choice([t["name"]] + t["aliases"][:3]))
    if display is None:
        return None
    return _disguised(rng, key, t, platform, display, ["generic", "refund", "donation", "jobs"])


def t_copied(rng, key, t, platform, i, attempt):
    offs = [a for a in t["official_accounts"] if a["platform"] == platform] or t["official_accounts"]
    off = rng.choice(offs)
    bio = off["bio"]
    if rng.random() < 0.4:
        bio = bio.replace("Official ", "").replace("official ", "", 1)
    if rng.random() < 0.3:
        bio = bio.replace(" - ", " – ").replace("&", "and")
    tail = rng.choice(cue(rng, rng.choice(["generic", "refund", "donation", "jobs"]), t, key))
    bio = bio + rng.choice([" ", "\n", " | ", " ✨ "]) + tail
    lean = rng.random() < 0.45
    els = {"bio_claim"}
    if lean:
        display = generic_display(rng)
        h = fmt(rng, platform, [rng.choice(["info", "hub", "desk", "line"]), rng.choice(["patient", "care", "health"]), str(rng.randint(1, 99))])
    else:
        display = rng.choice([off["display_name"], rng.choice(t["aliases"])])
        els.add("name")
        if rng.random() < 0.5:
            h = fmt(rng, platform, [rng.choice(STEMS[key]), rng.choice(AFFIX)])
            els.add("handle")
        else:
            h = fmt(rng, platform, [rng.choice(["the", "real", "my"]), rng.choice(["hospital", "nhs"]), str(rng.randint(1, 99))])
    if h is None:
        return None
    return {"handle": h, "display": display, "bio": bio, "elements": els}


def t_lookalike(rng, key, t, platform, i, attempt):
    lk = lookalike(rng, t)
    lean = rng.random() < 0.45
    lead = rng.choice(["Book, change or cancel appointments at %s", "All patient services have moved to %s", "Apply now: %s",
                       "Donate securely: %s", "Claim your refund 👉 %s", "Log in to view your letters: %s", "Visit https://%s",
                       "Register for the staff bonus scheme at %s", "Our new website %s - update your bookmarks",
                       "Volunteer & job sign-up: %s"]) % lk
    parts = [lead]
    els = {"lookalike_domain"}
    if lean:
        display = generic_display(rng)
        h = fmt(rng, platform, [rng.choice(["online", "digital", "e"]), rng.choice(["patient", "health", "care"]), rng.choice(["portal", "services", "hub"])])
    else:
        display = rng.choice(t["aliases"] + [t["name"]])
        els.add("name")
        if rng.random() < 0.5:
            parts.insert(0, claim(rng, t))
            els.add("bio_claim")
        h = fmt(rng, platform, [rng.choice(STEMS[key]), rng.choice(["online", "portal", "web", "digital", "bookings"])])
        els.add("handle")
    if h is None:
        return None
    return {"handle": h, "display": display, "bio": rng.choice([" | ", ". ", "\n"]).join(parts), "elements": els}


def t_dotted(rng, key, t, platform, i, attempt):
    els = set()
    if platform == "facebook" and rng.random() < 0.4:
        h = "1000" + "".join(str(rng.randint(0, 9)) for _ in range(11))
        display = rng.choice([t["name"]] + t["aliases"])
        els.add("name")
        bio, more = compose(rng, t, key, ["generic", "donation", "refund", "jobs"], rng.random() < 0.5, contact_choice(rng))
        return {"handle": h, "display": display, "bio": bio, "elements": els | more, "aid": h}
    words = rng.choice([[rng.choice(STEMS[key])], [rng.choice(STEMS[key]), rng.choice(["nhs", "uk", "official", "hospital", "team"])]])
    stem = words[0]
    if len(words) == 1:
        if len(stem) < 6:
            words = [stem, rng.choice(["nhs", "official", "trust"])]
        else:
            cut = rng.randint(3, len(stem) - 3)
            words = [stem[:cut], stem[cut:]]
    h = ".".join(words).lower()
    if rng.random() < 0.3:
        h = rng.choice(["the.", "official.", "real."]) + h
    if platform == "facebook" and rng.random() < 0.5:
        h = ".".join(w.capitalize() for w in h.split("."))
    if (platform == "tiktok" and len(h) > 24) or len(h) > 30:
        return None
    els.add("handle")
    lean = rng.random() < 0.4
    display = generic_display(rng) if lean else rng.choice(t["aliases"] + [t["name"]])
    if not lean:
        els.add("name")
    bio, more = compose(rng, t, key, ["generic", "donation", "refund", "jobs"], not lean and rng.random() < 0.5, None if lean else contact_choice(rng))
    return {"handle": h, "display": display, "bio": bio, "elements": els | more}


def t_short(rng, key, t, platform, i, attempt):
    ini = t["initials"].lower()
    aff = rng.choice(AFFIX)
    parts = [aff, ini] if rng.random() < 0.4 else [ini, aff]
    if rng.random() < 0.2:
        parts.append(str(rng.randint(1, 24)))
    h = fmt(rng, platform, parts if platform != "x" else [p.upper() if p == ini else p for p in parts], style="upper1")
    if h is None:
        return None
    lean = rng.random() < 0.4
    els = {"handle"}
    if lean:
        display = rng.choice(["%s %s" % (t["initials"], aff.capitalize()), generic_display(rng)])
    else:
        display = rng.choice(t["aliases"] + [t["name"]]) + rng.choice(["", " " + aff.capitalize()])
        els.add("name")
    bio, more = compose(rng, t, key, ["generic", "refund", "jobs", "donation"], not lean and rng.random() < 0.5, None if lean else contact_choice(rng))
    return {"handle": h, "display": display, "bio": bio, "elements": els | more}


IMPERSONATION = {
    "renamed_old_account": t_renamed, "digit_letter_swap": t_swap, "handle_affix": t_affix, "exact_name_new_handle": t_exact,
    "refund_patient_support_scam": t_refund, "jobs_recruitment_scam": t_jobs, "donation_scam": t_donation,
    "fake_executive": t_exec, "zero_width_name": t_zw, "styled_unicode_name": t_styled, "mixed_script_name": t_mixed,
    "copied_official_bio": t_copied, "lookalike_domain_bio": t_lookalike, "dotted_handle": t_dotted, "short_stem_affix": t_short,
}

# ---------------------------------------------------------------------------------------------------------------- genuine

LOCAL = {
    "rfl": {"icb": "NHS North Central London ICB", "hw": ["Healthwatch Camden", "Healthwatch Barnet", "Healthwatch Enfield"],
            "hospice": ["Marie Curie Hospice Hampstead", "North London Hospice"], "news": ["Camden New Journal", "Barnet Times", "Ham&High"],
            "uni": ["UCL Medical School", "Middlesex University Nursing"], "council": ["Camden", "Barnet", "Enfield"],
            "same": [("Rugby Football League", "TheRFL", "The governing body of rugby league in England."),
                     ("RFL Haulage Ltd", "rflhaulage", "Family-run haulage firm, north London since 1987."),
                     ("Royal Free Music Society", "royalfreemusic", "Amateur orchestra that rehearses in Hampstead. New players welcome!")],
            "other_trust": ["Whittington Health NHS Trust", "North Middlesex University Hospital", "Royal Free Hospital School of Medicine alumni"]},
    "uhnm": {"icb": "NHS Staffordshire and Stoke-on-Trent ICB", "hw": ["Healthwatch Stoke-on-Trent", "Healthwatch Staffordshire"],
             "hospice": ["Douglas Macmillan Hospice", "Katharine House Hospice"], "news": ["Stoke Sentinel", "Staffordshire Newsletter", "Stoke Nub News"],
             "uni": ["Keele University School of Medicine", "Staffordshire University Nursing"], "council": ["Stoke-on-Trent", "Stafford", "Newcastle-under-Lyme"],
             "same": [("UHNM Credit Union", "uhnmcu", "Savings and loans for health workers in North Staffs. Regulated by the FCA."),
                      ("Royal Stoke Bowls Club", "royalstokebowls", "Crown green bowls in Stoke since 1921."),
                      ("North Midlands Hospital Broadcasting", "nmhbradio", "Volunteer hospital radio for Royal Stoke patients.")],
             "other_trust": ["Midlands Partnership University NHS FT", "North Staffordshire Combined Healthcare", "University Hospitals of Derby and Burton"]},
    "ruh": {"icb": "NHS Bath and North East Somerset, Swindon and Wiltshire ICB", "hw": ["Healthwatch Bath and North East Somerset", "Healthwatch Wiltshire"],
            "hospice": ["Dorothy House Hospice Care"], "news": ["Bath Chronicle", "Somerset Live", "Wiltshire Times"],
            "uni": ["University of Bath Department for Health", "Bath Spa University"], "council": ["Bath and North East Somerset", "Wiltshire", "Mendip"],
            "same": [("RUH Architects", "ruharchitects", "Small practice designing homes in Somerset."),
                     ("Ruh Yoga Bath", "ruhyoga", "Yoga and breathwork in the heart of Bath 🧘"),
                     ("Royal United Services Institute", "rusi_org", "Independent think tank on defence and security.")],
            "other_trust": ["Salisbury NHS Foundation Trust", "Great Western Hospitals NHS FT", "Sirona care & health"]},
    "esht": {"icb": "NHS Sussex", "hw": ["Healthwatch East Sussex", "Healthwatch Brighton and Hove"],
             "hospice": ["St Wilfrid's Hospice Eastbourne", "St Michael's Hospice Hastings"], "news": ["Eastbourne Herald", "Hastings Observer", "Sussex Express"],
             "uni": ["Brighton and Sussex Medical School", "University of Brighton Nursing"], "council": ["Eastbourne", "Hastings", "Rother"],
             "same": [("ESHT Engineering", "eshtengineering", "Precision engineering, Hailsham. ISO 9001."),
                      ("East Sussex Hockey Trust", "eshockeytrust", "Grassroots hockey for young people across East Sussex."),
                      ("Conquest Hospital Radio", "conquestradio", "Volunteer-run radio for patients at the Conquest.")],
             "other_trust": ["University Hospitals Sussex NHS FT", "Sussex Partnership NHS FT", "Sussex Community NHS FT"]},
    "cwp": {"icb": "NHS Cheshire and Merseyside", "hw": ["Healthwatch Cheshire", "Healthwatch Wirral"],
            "hospice": ["Hospice of the Good Shepherd", "Wirral Hospice St John's"], "news": ["Chester Standard", "Wirral Globe", "Cheshire Live"],
            "uni": ["University of Chester Health and Social Care", "Edge Hill University Mental Health Nursing"], "council": ["Cheshire West and Chester", "Wirral", "Cheshire East"],
            "same": [("CWP Coatings", "cwpcoatings", "Powder coating & shot blasting, Ellesmere Port."),
                     ("Chester Wheelers Peloton", "chesterwheelers", "Social cycling club, Sunday rides from the Cross 🚲"),
                     ("Clwyd West Partnership", "clwydwestpship", "Community regeneration partnership in north Wales.")],
            "other_trust": ["Mersey and West Lancashire Teaching Hospitals", "Wirral University Teaching Hospital", "Countess of Chester Hospital NHS FT"]},
    "hct": {"icb": "NHS Hertfordshire and West Essex ICB", "hw": ["Healthwatch Hertfordshire"],
            "hospice": ["Isabel Hospice", "Garden House Hospice Care", "Peace Hospice Care"], "news": ["Herts Advertiser", "Welwyn Hatfield Times", "Hertfordshire Mercury"],
            "uni": ["University of Hertfordshire School of Health", "Hertford Regional College Health"], "council": ["Welwyn Hatfield", "St Albans", "Stevenage"],
            "same": [("HCT Group", "hctgroup", "Social enterprise running community transport and buses."),
                     ("Hitchin Cricket & Tennis", "hitchinct", "Club news, fixtures and juniors."),
                     ("Hertfordshire Partnership University NHS FT", "hpft_nhs", "Mental health and learning disability services in Hertfordshire.")],
            "other_trust": ["Hertfordshire Partnership University NHS FT", "East and North Hertfordshire NHS Trust", "West Hertfordshire Teaching Hospitals"]},
    "wmas": {"icb": "NHS Birmingham and Solihull ICB", "hw": ["Healthwatch Birmingham", "Healthwatch Dudley", "Healthwatch Shropshire"],
             "hospice": ["Marie Curie Hospice West Midlands", "Acorns Children's Hospice"], "news": ["Birmingham Mail", "Express & Star", "Coventry Telegraph"],
             "uni": ["Birmingham City University Paramedic Science", "University of Wolverhampton Paramedic Science"], "council": ["Dudley", "Sandwell", "Walsall"],
             "same": [("Midlands Air Ambulance Charity", "airambulance", "Charity air ambulance for the Midlands. Donations fund every mission."),
                      ("WMAS Scaffolding Ltd", "wmasscaffolding", "Commercial scaffolding across the Black Country."),
                      ("West Midlands Fire Service", "wmfs", "Making the West Midlands safer, stronger and healthier.")],
             "other_trust": ["West Midlands Police", "East Midlands Ambulance Service", "NHS 111 West Midlands"]},
    "meh": {"icb": "NHS North Central London ICB", "hw": ["Healthwatch Islington", "Healthwatch Hackney"],
            "hospice": ["St Joseph's Hospice Hackney"], "news": ["Islington Gazette", "Hackney Citizen", "Optometry Today"],
            "uni": ["UCL Institute of Ophthalmology", "City St George's Optometry"], "council": ["Islington", "Hackney", "Camden"],
            "same": [("MEH Design Studio", "mehdesign", "Brand identity for small businesses. Shoreditch-based."),
                     ("Moorfields Eye Hospital Alumni Association", "mehalumni", "For former fellows and staff - reunions and CPD events."),
                     ("Moorfields Optometrists Kent", "moorfieldsopticians", "Independent opticians in Maidstone. No connection to the hospital.")],
            "other_trust": ["Royal College of Ophthalmologists", "Macular Society", "RNIB"]},
    "sch": {"icb": "NHS South Yorkshire ICB", "hw": ["Healthwatch Sheffield", "Healthwatch Rotherham"],
            "hospice": ["Bluebell Wood Children's Hospice", "St Luke's Hospice Sheffield"], "news": ["Sheffield Star", "Sheffield Telegraph", "Now Then Sheffield"],
            "uni": ["University of Sheffield Medical School", "Sheffield Hallam Nursing and Midwifery"], "council": ["Sheffield", "Rotherham", "Barnsley"],
            "same": [("SCH Scaffolding Sheffield", "schscaffolding", "Domestic and commercial scaffolding. Free quotes."),
                     ("Sheffield City Hall", "sheffcityhall", "Concerts, comedy and events in the city centre."),
                     ("Sheffield Children's Choir", "sheffkidschoir", "Singing for ages 7-16. Rehearsals on Tuesdays.")],
            "other_trust": ["Sheffield Health and Social Care NHS FT", "Embrace Transport Service", "Leeds Children's Hospital"]},
    "nhft": {"icb": "NHS Northamptonshire ICB", "hw": ["Healthwatch North Northamptonshire", "Healthwatch West Northamptonshire"],
             "hospice": ["Cynthia Spencer Hospice", "Lakelands Hospice"], "news": ["Northampton Chronicle & Echo", "Northants Telegraph", "Northants Live"],
             "uni": ["University of Northampton Nursing", "Leicester Medical School"], "council": ["West Northamptonshire", "North Northamptonshire", "Kettering"],
             "same": [("NHFT Tennis Academy", "nhfttennis", "Tennis coaching for juniors in Northampton."),
                      ("Northamptonshire Healthy Food Trust", "northantsfoodtrust", "Community food hubs across the county."),
                      ("Northampton General Hospital NHS Trust", "nghnhs", "News from Northampton General Hospital.")],
             "other_trust": ["Northampton General Hospital", "Kettering General Hospital", "East Midlands Ambulance Service"]},
}


def _h(rng, platform, *parts):
    parts = ["".join(c for c in p.lower() if c.isalnum()) for p in parts if p]
    return fmt(rng, platform, [p for p in parts if p])


def _pick_platform(rng, weights=None):
    plats = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky", "youtube", "mastodon"]
    return rng.choices(plats, weights=weights or [22, 22, 18, 8, 12, 9, 4, 5])[0]


def _handle_for(rng, platform, parts):
    if platform == "youtube":
        h = "".join(p.capitalize() for p in parts if p)[:30]
        return h if len(h) >= 3 else None
    if platform == "mastodon":
        return "_".join(p for p in parts if p)[:30] + "@" + rng.choice(["mastodon.social", "mastodon.online", "social.coop", "toot.community", "mas.to"])
    return _h(rng, platform, *parts)


def ADJACENT(rng, key, t):
    """About 75 genuine accounts around one Trust that are not the Trust: the hard negatives."""
    L = LOCAL[key]
    ch = t["not_on_register"]["charities"][0]["name"]
    ali = t["aliases"]
    site = t["sites"]
    ini = t["initials"]
    out = []

    def add(display, parts, bio, followers=None, platform=None, verified=False):
        for _ in range(6):
            p = platform or _pick_platform(rng)
            h = _handle_for(rng, p, parts)
            if h:
                out.append({"platform": p, "handle": h, "display": display, "bio": bio,
                            "followers": followers if followers is not None else rng.randint(20, 9000),
                            "following": rng.randint(10, 2500), "verified": verified})
                return
            parts = [x[:8] for x in parts]

    # the charity and its supporters
    cstem = ch.split("(")[0].strip()
    add(cstem, [cstem.split()[0], "charity"], rng.choice(["Registered charity raising funds for %s. Every gift goes further for patients and staff." % ali[0],
                                                           "The official charity of %s 💙 Donate safely through our website %s" % (ali[0], t["not_on_register"]["charities"][0]["domain"])]), rng.randint(2000, 30000), "x")
    add(cstem, [cstem.split()[0], "charity", "uk"], "Making a difference at %s. Registered charity. Events, appeals and volunteering." % rng.choice(site), rng.randint(1500, 20000), "facebook")
    add(cstem + " Events", [ini, "charity", "events"], "Fun runs, bake sales and the annual ball for %s. Run by the charity team." % ali[0], rng.randint(200, 4000), "instagram")
    for _ in range(7):
        f, l = person(rng)
        what = rng.choice(["running the London Marathon", "doing a sponsored skydive", "walking 100 miles in May", "shaving my head",
                           "cycling Land's End to John o' Groats", "swimming the Channel relay", "baking 1,000 cupcakes", "climbing Kilimanjaro"])
        add("%s %s" % (f, l), [f, l[:6], str(rng.randint(1, 99))],
            rng.choice(["I'm %s for %s after they looked after my dad. JustGiving link below, all money goes to the charity." % (what, cstem),
                        "%s for %s 🏃‍♀️ please sponsor me if you can, page is on the charity's website" % (what.capitalize(), cstem),
                        "Mum of 2. Currently %s to say thank you to %s 💙 donations through the official charity only" % (what, rng.choice(site)),
                        "%s in memory of my gran, raising money for %s (reg. charity)" % (what.capitalize(), cstem)]))
    # Friends, volunteers, hospital radio
    s0 = rng.choice(site)
    add("Friends of %s" % s0, ["friendsof", s0.split()[0], "hosp"], "Volunteers running the shop and tea bar at %s since 1962. Registered charity." % s0, rng.randint(300, 5000))
    add("League of Friends %s" % t["city"], ["leagueoffriends", t["city"].split()[0][:8]], "League of Friends supporting patients in %s. All funds raised buy equipment the NHS can't." % t["city"])
    add("%s Hospital Radio" % t["city"].split("-")[0], [t["city"].split("-")[0][:10], "hospital", "radio"], "Music, requests and bedside visits for patients. Volunteer-run, not part of the NHS trust.")
    for _ in range(4):
        f, l = person(rng)
        add("%s %s" % (f, l), [f, "volunteer", str(rng.randint(1, 99))],
            rng.choice(["Volunteer ward guide at %s on Tuesdays. Retired teacher. Views my own." % rng.choice(site),
                        "Meet & greet volunteer at %s 🙋 ask me for directions!" % rng.choice(site),
                        "Chaplaincy volunteer, %s. Grandad, gardener, long-suffering football fan." % rng.choice(site),
                        "Responder volunteer helping %s on weekends." % ali[0]]))
    # staff networks and departments
    for net in rng.sample(["BAME Staff Network", "LGBTQ+ Network", "Disability & Neurodiversity Network", "Women's Network",
                           "Armed Forces Network", "Nursing Research", "Physiotherapy", "Pharmacy Team", "Health Library", "Learning & Education",
                           "Freedom to Speak Up", "Estates & Facilities", "Maternity Voices", "Volunteering Team"], 8):
        add("%s %s" % (ini, net), [ini, net.split()[0][:10], rng.choice(["net", "team", ""])],
            rng.choice(["%s at %s. Staff-run account; for patient queries please contact PALS." % (net, t["name"]),
                        "The %s at %s 💙 sharing what our colleagues do" % (net, ali[0]),
                        "Run by staff in the %s at %s. Not the Trust's main account." % (net, rng.choice(site))]))
    # unions
    for u in ["UNISON", "RCN", "Unite", "GMB"]:
        add("%s %s Branch" % (u, ali[0]), [u, ini, "branch"], "%s branch representing members at %s. Join a union! Views are the branch's, not the Trust's." % (u, t["name"]))
    # statutory and neighbouring bodies
    add(L["icb"], [L["icb"].replace("NHS ", "").split()[0], "icb"], "Planning and paying for NHS services locally. Not for individual clinical queries.", rng.randint(2000, 25000), verified=rng.random() < 0.3)
    for hw in L["hw"]:
        add(hw, [hw.replace("Healthwatch ", "hw")[:12]], "Your independent health and care champion. Tell us about your experience of %s and other local services." % rng.choice(ali))
    for h in L["hospice"]:
        add(h, [h.split()[0], "hospice"], "Specialist palliative care, free to patients and families. Registered charity - please donate via our website.", rng.randint(1000, 15000))
    for n in L["news"]:
        add(n, [n.split()[0][:10], n.split()[-1][:6]], "News from %s and the surrounding area. Got a story? Email the newsdesk." % t["city"], rng.randint(5000, 90000), verified=rng.random() < 0.4)
    for u in L["uni"]:
        add(u, [u.split()[0][:8], u.split()[-1][:8], "uni"], "Training the next generation of health professionals, with placements at %s and across the region." % rng.choice(ali))
    for name, hh, bio in L["same"]:
        add(name, [hh], bio, rng.randint(100, 40000))
    for o in L["other_trust"]:
        add(o, [o.split()[0], o.split()[1] if len(o.split()) > 1 else "", "nhs"], "Official account of %s. Not connected to %s." % (o, t["name"]) if rng.random() < 0.3 else "News and updates from %s." % o, rng.randint(2000, 40000))
    # GPs and PCNs
    for _ in range(4):
        street = rng.choice(["Elm Tree", "Riverside", "Park View", "Station Road", "Millbrook", "Church Lane", "Oakfield", "Westgate"])
        add("%s Surgery" % street, [street.replace(" ", "")[:10], "surgery"], "GP practice in %s. Phone us for appointments - we never ask for payment by social media." % t["city"])
    add("%s Central PCN" % t["city"].split()[0], [t["city"].split()[0][:10], "pcn"], "Primary Care Network of 6 GP practices working with %s and community partners." % ali[0])
    # councillors, MPs, patient groups
    for _ in range(3):
        f, l = person(rng)
        cn = rng.choice(L["council"])
        add("Cllr %s %s" % (f, l), ["cllr", f, l[:6]], "Councillor for %s ward, %s. Campaigning to keep services at %s local." % (rng.choice(["Abbey", "Castle", "Meadow", "North", "Riverside"]), cn, rng.choice(site)))
    f, l = person(rng)
    add("%s %s MP" % (f, l), [f, l[:8], "mp"], "Member of Parliament. Constituency casework: please email, don't DM. I meet %s's chief executive regularly." % ali[0], rng.randint(3000, 40000), verified=True)
    for grp in ["Patient Participation Group", "Kidney Patients' Association", "Parents' Support Group", "Carers' Forum", "Stroke Club"]:
        add("%s %s" % (t["city"].split()[0], grp), [t["city"].split()[0][:8], grp.split()[0][:8]], "Peer support for patients and families using services at %s. Independent, run by volunteers." % rng.choice(ali))
    # staff personal accounts
    for _ in range(9):
        f, l = person(rng)
        role = rng.choice(["Staff nurse", "Ward sister", "Paramedic", "ODP", "Consultant anaesthetist", "Physio", "Healthcare assistant",
                           "Midwife", "Porter", "Pharmacist", "Junior doctor", "Mental health nurse", "Health visitor", "Call handler"])
        add("%s %s" % (f, l) if rng.random() < 0.6 else "%s %s | %s" % (f, l, role), [f, l[:6], str(rng.randint(1, 99)) if rng.random() < 0.5 else ""],
            rng.choice(["%s at %s. Views my own. 💙" % (role, rng.choice(ali)), "%s @ %s | tea addict | runner" % (role, rng.choice(site)),
                        "%s. Proud to work for %s. Tweets are personal." % (role, t["name"]), "%s, %s. Mum, baker, occasional swimmer." % (role, t["city"]),
                        "Former %s at %s, now retired and loving it" % (role.lower(), rng.choice(site))]))
    # businesses near the hospital, carrying the Trust's words without claiming to be it
    for biz in ["Taxis", "Florist", "Café", "Parking", "Pharmacy"]:
        s = rng.choice(site)
        add("%s %s" % (s.split()[0], biz), [s.split()[0][:10], biz.lower()[:8]], "%s opposite %s. Independent, no connection to the NHS." % (biz, s))
    # a recruitment agency and a job board mentioning the Trust honestly
    add("%s Health Jobs" % t["city"].split()[0], [t["city"].split()[0][:8], "healthjobs"], "Independent job board. We link to vacancies on NHS Jobs for %s and others; we never charge candidates." % ali[0])
    add("%s Nurse Bank" % ini, [ini, "nursebank"], "Staff bank at %s. Shifts are booked through the Trust's own system - we never ask for fees." % t["name"])
    rng.shuffle(out)
    return out


GENERAL_BIOS = [
    "Dog mum. Coffee. Hiking the Peaks whenever I can.", "Plumber, dad of three, Villa till I die", "Just here for the memes",
    "Retired engineer. Model railways and crosswords.", "Bakery in the market hall 🥐 open Tue-Sat", "Photographer | weddings & portraits",
    "Student nurse hopeful ✨", "Vegan food, bad jokes", "Primary school teacher. Views my own.", "Allotment diaries 🥕",
    "Kitchen fitter, free quotes", "PhD student, soil science", "Local history nerd", "Runner, parkrun volunteer",
    "Mum to twins, surviving on tea", "Barber | walk-ins welcome", "Sunday league ref", "Podcast about 90s films",
    "Gig-goer and record collector", "Wild swimmer 🌊", "Software tester by day, guitarist by night", "Cat content only",
    "Dental nurse. Opinions mine.", "Estate agent in the city centre", "Bird photography", "Climate and cycling",
    "Lover of bad telly", "Community garden volunteer", "Retired midwife, now full-time nan", "Small-batch candles 🕯",
    "Physio student", "Carer for my mum. Tired but grateful for the district nurses", "Ex-army, now driving a taxi",
    "Writing my first novel", "Baking and beekeeping", "Accounts assistant. Darts on Thursdays", "Tattoo artist", "Hairdresser ✂",
    "Grateful to the team at the local hospital for looking after my son last winter 💙", "Charity shop manager",
]


def GENERAL(rng, trusts):
    """About 270 members of the public and small businesses, spread over the Trusts' areas; all names invented."""
    out = []
    keys = list(trusts)
    for j in range(272):
        key = keys[j % len(keys)]
        t = trusts[key]
        f, l = person(rng)
        p = _pick_platform(rng, [24, 20, 20, 12, 8, 8, 4, 4])
        style = rng.random()
        if style < 0.6:
            display = "%s %s" % (f, l) if rng.random() < 0.7 else f
            parts = [f, l[:5], str(rng.randint(1, 999)) if rng.random() < 0.6 else ""]
        elif style < 0.8:
            word = rng.choice(["bakes", "fit", "travels", "garden", "reads", "snaps", "cuts", "builds", "cooks", "paints"])
            display = "%s %s" % (f, word.capitalize())
            parts = [f, word]
        else:
            biz = rng.choice(["Cleaning Co", "Plumbing", "Nails", "Dog Grooming", "Driving School", "Tutoring", "Removals", "Bakery"])
            display = "%s's %s" % (f, biz)
            parts = [f, biz.split()[0], t["city"].split()[0][:6]]
        bio = rng.choice(GENERAL_BIOS)
        if rng.random() < 0.15:
            bio += rng.choice([" | %s" % t["city"], " | based near %s" % rng.choice(t["sites"]), " 📍%s" % t["city"]])
        h = _handle_for(rng, p, [x for x in parts if x])
        if not h:
            continue
        out.append({"trust": key, "platform": p, "handle": h, "display": display, "bio": bio,
                    "followers": rng.randint(0, 3000), "following": rng.randint(0, 1500)})
    return out
