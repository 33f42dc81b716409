"""Impersonating accounts, one builder per tactic. Wording lists are hand-written per tactic and per
scam type; each builder mixes obvious and subtle cases and, for about a third, copies exactly one
identity element of the Trust and carries scam content (see SOURCES.md for the reports each follows)."""
import random
import re
from datetime import datetime, timedelta

from textkit import (ZW_CHARS, CYRILLIC, GREEK, stylise, fit_handle, handle_ok, lookalike_domains)

QUOTA = 34
SIX = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]


# ---------------------------------------------------------------- wording lists
# Generic scam bios that name no Trust (used where exactly one identity element is copied).
GENERIC = {
    "refund": [
        "Patient refunds desk. Overpaid for parking or prescriptions? Message us your full name, DOB and card number to get your refund within 48hrs.",
        "You may be owed compensation for a cancelled appointment 📅 Check if you're eligible: bit.ly/appt-refund-uk",
        "Hardship payments now open for patients 💷 DM us to claim £250. Limited slots this week.",
        "Claim back hospital car parking charges 2021-2024. Reply with your booking reference and sort code.",
        "Sorry to hear about your experience. Fill in the complaints form to receive a goodwill payment ➡️ complaints-resolve.help",
        "Missed appointment fee waived if you confirm your details today. Link below ⬇️",
        "Vaccine booking: a £1.99 admin fee confirms your slot. Pay securely via the link in bio.",
        "Prescription overpayment refunds processed daily ✅ DM your bank details to our refunds officer.",
        "Your travel costs to hospital can be refunded! Send your receipts + card number by DM.",
        "Patient Liaison Team 💙 we reply to every complaint. DM your NHS number & mobile and an advisor will call back.",
        "Refund team. Patients charged in error will be repaid. Verify your identity at nhs-refundcheck.co.uk",
        "Compensation scheme for patients affected by delays. Register here, takes 2 mins: tinyurl.com/delay-claim-uk",
    ],
    "jobs": [
        "UK healthcare recruitment 🇬🇧 Visa sponsorship for carers & nurses. Processing fee applies. WhatsApp {wa}",
        "Hiring now: HCAs, nurses, support workers. CoS available. DM for details. Serious applicants only 🙏",
        "Work in UK hospitals 💼 No IELTS, no OET. Send CV on Telegram {tg}",
        "Certificate of Sponsorship for sale - care & hospital roles. Pay after visa approval*. *admin fee upfront",
        "Recruiting porters, cleaners & kitchen staff. £18/hr + accommodation. Registration £150. DM to apply.",
        "Jobs jobs jobs! Comment 'INTERESTED' and we will inbox you the application form. Share to help others 🙏",
        "Overseas nurses wanted. CBT & OSCE arranged for you. Contact our agent on WhatsApp {wa}",
        "Remote admin assistant roles, £300/day, no experience. Training pack £49. Telegram {tg}",
        "Tier 2 health & care visa jobs - 100% guaranteed. DBS + uniform deposit payable on offer.",
        "We help you relocate to the UK 🇬🇧✈️ Free flights & housing for nurses. Message now, slots filling fast!",
        "Direct hire, no agency. Just pay the £250 onboarding fee and start next month. DM us.",
        "Interviews are done on WhatsApp only. Send your passport copy + CV to {wa}",
    ],
    "donation": [
        "Urgent appeal 💔 Sick children need new equipment. Donate via PayPal friends & family: paypal.me/kidsward2025",
        "Every £5 helps a patient this winter 🙏 Bank transfer: sort code 12-34-56 acc 87654321",
        "Help baby Amelia get her operation 💕 Send Amazon or Apple gift cards by DM.",
        "Winter appeal for our NHS heroes 🌈 Donate in BTC or USDT, wallet in bio.",
        "Buy a rainbow badge for £10 and support hospital staff 🌈 PayPal only.",
        "Raising money for a new cancer scanner. Cash App / PayPal accepted. Please share!!",
        "Our ward needs your help 🙏 Even £2 makes a difference. DM for bank details.",
        "Christmas toys for children in hospital 🎄 Send Argos vouchers to our appeal team.",
        "Charity appeal for premature babies 👶 GoFundMe link in bio. 100% goes to the unit*",
        "Staff hardship fund 💙 nurses can't afford to eat. Donate via paypal.me/staffhardship24",
    ],
    "support": [
        "Official support 📩 We respond to all complaints within minutes. DM us your NHS number and phone number.",
        "Customer care team. Having trouble booking? Send us a DM and we'll sort it 👍",
        "24/7 help desk for patients and visitors. Verify your account here: patient-verify.help",
        "We're here to help 💙 DM your full name, date of birth and postcode so we can find your records.",
        "Appointment queries? Reply to our DM with your reference number and card details to rebook.",
        "Help centre. Messages answered by real advisors, 7 days a week. Link in bio to open a ticket.",
    ],
}

# Display names used when the name must NOT copy the Trust (single-element cases).
NEUTRAL_NAMES = {
    "refund": ["Patient Refunds Desk", "Refund Centre UK", "Patient Liaison Team", "Claims Support UK", "Hospital Help Desk",
               "Compensation Unit", "Patient Payments Team", "Care Refund Service"],
    "jobs": ["Careers Desk", "UK Health Jobs", "Recruitment Team", "Nursing Jobs UK", "Overseas Hiring Desk", "Health Careers Hub",
             "Hospital Jobs 2025", "HR Department"],
    "donation": ["Charity Appeals UK", "Kids Ward Appeal", "Winter Appeal", "Hospital Heroes Fund", "Patient Appeal 2025",
                 "Rainbow Badges UK"],
    "support": ["Help Desk", "Support Team", "Patient Care Desk", "Customer Care", "Help Centre", "Service Desk"],
}


def gfill(rng, text):
    return text.format(wa=wa_number(rng), tg=tg_handle(rng))


def wa_number(rng):
    return "+44 7700 900" + "%03d" % rng.randrange(0, 1000)


def tg_handle(rng):
    return "@" + rng.choice(["ukjobs_desk", "nhs_hire_uk", "care_recruit24", "hospitaljobsagent", "hr_desk_uk",
                             "recruit_nurses_uk", "visa_jobs_team"]) + str(rng.randrange(1, 99))


# Trust-naming bios, per scam type. Placeholders: {name} {alias} {site} {domain} {phone} {fake} {wa} {tg} {init} {xh}
TRUST_BIOS = {
    "refund": [
        "{alias} Patient Support. Overpaid for your prescription or parking? Claim your refund: {fake}/refund",
        "Patient Advice & Liaison ({alias}). Sorry about your experience - DM your full name, DOB and card details so we can process compensation.",
        "{name} | Appointment rebooking desk. A £1.99 admin fee applies to confirm your new slot.",
        "We answer complaints about {alias} within 24h 💙 Verify your identity at {fake}",
        "You are owed a refund from {alias} for cancelled surgery. Call {wa} to claim.",
        "{alias} vaccine refund unit - eligible patients can claim £89 back. Link in bio.",
        "Parking refund scheme for {site} patients & visitors 🚗 Apply before Friday: {fake}/parking",
        "PALS {alias}. Your complaint has been escalated. To receive your goodwill payment confirm your bank details by DM.",
        "Official refunds team for {name}. Travel cost refunds for all patients. Call {phone} or DM.",
        "{site} patient hardship payment now open 💷 DM 'CLAIM' to start.",
        "Missed your appointment at {site}? Avoid the £35 DNA charge by paying online today: {fake}",
        "{init} patient payments. Overcharged for your stay? We will refund you within 3 working days ✅",
    ],
    "jobs": [
        "{name} International Recruitment 2025 🇬🇧 Band 5 & 6 nurses, HCAs, carers. Visa sponsorship + CoS guaranteed. Processing fee applies. WhatsApp {wa}",
        "Now hiring at {site}! No IELTS/OET needed. Sponsorship available. Send your CV on Telegram {tg}",
        "Official recruitment partner of {alias}. Registration fee £350 refundable after first salary. DM to apply.",
        "HR Department | {alias} | Interviews held on WhatsApp & Telegram only. Applicants pay DBS + uniform deposit.",
        "We are recruiting porters, cleaners and healthcare assistants at {site}. £18/hr, accommodation provided. Apply: {fake}/apply",
        "Jobs at {alias} 🏥 Comment 'HELP' and we inbox you the form in 10 minutes. Share for others!",
        "Certificate of Sponsorship available for {alias} roles - carers, kitchen assistants, drivers. Admin fee upfront.",
        "{alias} Careers 💼 Pharmacists £7,520/month. Oath fee & certificate registration must be paid to the 'British Immigration Service' before start date.",
        "Hiring remote admin assistants for {alias}. Work from home, £300/day. Training pack £49. Telegram {tg}",
        "Recruitment officer at {name}. Message me for nursing jobs with free flights & accommodation. Serious applicants only.",
        "Apply now for jobs at {alias}! 500+ vacancies, no experience needed. Pay your £25 application fee at {fake}",
        "Overseas nurses wanted for {site}. CBT & OSCE arranged. Processing charge £1,200. Contact Mrs Grace on WhatsApp {wa}",
        "{init} Recruitment 🇬🇧 Health & care visa jobs. 100% success rate. DM your passport and CV.",
        "Talent acquisition for {name}. Offers issued after a short WhatsApp interview. Relocation package requires a refundable deposit.",
    ],
    "donation": [
        "Urgent appeal for the children's ward at {site} 💔 Every £5 helps. PayPal (friends & family): paypal.me/{init}Appeal2025",
        "{alias} Charity Appeal - new scanner for cancer patients. Donate by bank transfer: sort code 12-34-56, acc 87654321",
        "Help baby Amelia at {site} 🙏 Send Amazon or Apple gift cards and the hospital will receive them.",
        "Official fundraising for {name}. Winter Appeal 2025 ❄️ Donate by gift card or crypto (BTC/USDT).",
        "Support our NHS heroes at {alias} 🌈 Buy a rainbow badge, £10 via PayPal.",
        "{alias} staff hardship fund 💙 Nurses are struggling. Send what you can via paypal.me/{init}StaffFund",
        "Christmas appeal {site} 🎄 Toys and vouchers for children on the wards. Donate at {fake}/donate",
        "{name} Charity 💚 Text DONATE to {wa} to give £10. Thank you for supporting our patients.",
        "Please help the neonatal unit at {site}. We are £8,000 short for a new incubator. Bank details in DM.",
        "Raising funds for {alias} ICU 🙏 GoFundMe link in bio. Shared by staff.",
    ],
    "support": [
        "Official support team for {alias}. We respond to complaints within minutes 📩 DM us your NHS number and phone number.",
        "{name} help desk. Appointment problems? Send us a DM with your reference and date of birth.",
        "Patient services for {site}. We're here 24/7 to help. Verify your details: {fake}",
        "{alias} customer care 💙 Reply to our DM so an advisor can resolve your complaint today.",
        "Contact centre for {name}. Call {phone} or WhatsApp {wa} for help with your booking.",
        "Support desk {init}. If you have tagged us with a complaint, please check your DMs.",
        "{alias} patient experience team. See {domain} for visiting times, or DM us your hospital number for help.",
    ],
}

PLAIN_CLAIMS = [  # bios that only claim to be the Trust (no scam) - obvious-but-quiet impersonations
    "{name} | {domain} | Switchboard {phone}",
    "Official page of {alias}. Website: {domain}. Messages answered by our patient team.",
    "Official account of {name}. Follow for news and updates.",
    "{name} 💙 news from {site} and our other hospitals.",
    "The official page of {alias}. Caring for our community.",
    "News, stories and updates from {alias}.",
    "{name}. Proud to be part of the NHS.",
]


def trust_fill(rng, t, text):
    fake = rng.choice(lookalike_domains(t["web_domains"][0]))
    return text.format(name=t["name"], alias=rng.choice(alias_pool(t)), site=rng.choice(t["sites"]),
                       domain=t["web_domains"][0], phone=t["phone_numbers"][0], fake=fake, wa=wa_number(rng),
                       tg=tg_handle(rng), init=t["initials"], xh=off_handle(t, "x"))


def with_nhs(a):
    return a if "NHS" in a else a + " NHS"


STOP = {"and", "of", "the", "upon", "st", "nhs", "ft"}


def slug_words(alias, limit=16):
    words = re.sub(r"[^a-z ]", "", alias.lower()).split()
    taken = []
    for w in words:
        if len("".join(taken)) + len(w) > limit:
            break
        taken.append(w)
    while taken and taken[-1] in STOP:
        taken.pop()
    return "".join(taken) or words[0][:limit]


def alias_pool(t):
    # short names people use that still read as the Trust
    return [a for a in t["aliases"][:4]]


def off_handle(t, platform):
    for a in t["official_accounts"]:
        if a["platform"] == platform:
            return a["handle"]
    return None


def off_bio(t, platform):
    for a in t["official_accounts"]:
        if a["platform"] == platform:
            return a["bio"]
    return t["official_accounts"][0]["bio"]


def base_handle(t, platform):
    """Official handle on this platform, else the X handle moved into this platform's charset."""
    h = off_handle(t, platform)
    if h:
        return h[: -len(".bsky.social")] if platform == "bluesky" else h
    x = off_handle(t, "x")
    return x.lower() if platform in ("instagram", "tiktok", "linkedin", "bluesky") else x


# ---------------------------------------------------------------- record helpers
class Gen:
    def __init__(self, trusts, seed=20251207):
        self.rng = random.Random(seed)
        self.trusts = trusts
        self.records = []
        self.n = 0
        self.seen = set()
        self.official = {(a["platform"], a["handle"].lower()) for t in trusts for a in t["official_accounts"]}

    def trust_order(self):
        ts = list(self.trusts)
        self.rng.shuffle(ts)
        while True:
            for t in ts:
                yield t

    def created(self, old=False):
        r = self.rng
        if old:
            d = datetime(2010, 6, 1) + timedelta(days=r.randrange(0, 365 * 9))
        else:
            d = datetime(2024, 1, 10) + timedelta(days=r.randrange(0, 680))
        d = d.replace(hour=r.randrange(0, 24), minute=r.randrange(0, 60), second=r.randrange(0, 60))
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    def acct_id(self, platform, old=False):
        r = self.rng
        if old:  # ids of the era the old account was opened in
            return {"x": lambda: str(r.randrange(10 ** 8, 4 * 10 ** 9)), "facebook": lambda: str(r.randrange(10 ** 14, 10 ** 15)),
                    "instagram": lambda: str(r.randrange(10 ** 8, 10 ** 10)), "tiktok": lambda: "6" + str(r.randrange(7 * 10 ** 17, 10 ** 18)),
                    "linkedin": lambda: str(r.randrange(10 ** 6, 2 * 10 ** 7)),
                    "bluesky": lambda: "did:plc:" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))}[platform]()
        if platform == "x":
            return str(r.randrange(10 ** 17, 2 * 10 ** 18))
        if platform == "facebook":
            return "6155" + str(r.randrange(10 ** 9, 10 ** 10))
        if platform == "instagram":
            return str(r.randrange(5 * 10 ** 10, 8 * 10 ** 10))
        if platform == "tiktok":
            return "7" + str(r.randrange(10 ** 17, 10 ** 18))
        if platform == "linkedin":
            return str(r.randrange(10 ** 7, 11 * 10 ** 7))
        if platform == "bluesky":
            return "did:plc:" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
        return None

    def add(self, t, tactic, platform, handle, name, bio, *, old=False, followers=None, following=None,
            verified=None, with_id=None, single=False):
        r = self.rng
        if platform == "linkedin":
            # LinkedIn vanity names use hyphens between words: keep the copied slug as its own segment
            for a in t["official_accounts"]:
                s = a["handle"]
                if a["platform"] == "linkedin" and s in handle and handle != s:
                    handle = re.sub(r"-+", "-", handle.replace(s, "-" + s + "-")).strip("-")
        key = (platform, handle.lower())
        if key in self.official or key in self.seen:
            return False
        if not handle_ok(platform, handle):
            raise ValueError(f"bad handle for {platform}: {handle!r} ({tactic})")
        self.seen.add(key)
        self.n += 1
        if followers is None:
            followers = r.choice([0, 1, 3, 7, 12, 25, 41, 88, 140, 260, 510, 930]) + r.randrange(0, 10)
        if following is None:
            following = r.randrange(0, 60) if r.random() < 0.4 else r.randrange(60, 2400)
        if verified is None:
            verified = (platform == "x" and r.random() < 0.09) or (platform in ("facebook", "instagram") and r.random() < 0.03)
        acct = {"platform": platform, "handle": handle, "display_name": name, "description": bio}
        if with_id is None:
            with_id = r.random() < 0.75
        if platform == "facebook" and handle.isdigit():
            acct["account_id"] = handle          # a page without a username is addressed by its id
        elif with_id:
            aid = self.acct_id(platform, old)
            if aid:
                acct["account_id"] = aid
        if r.random() < 0.85 or old:
            acct["created_at"] = self.created(old)
        acct.update({"followers": followers, "following": following, "verified": verified, "profile_image_url": None})
        self.records.append({"id": "imp-%04d" % self.n, "trust": t["key"], "label": "impersonation", "tactic": tactic,
                             "platform": platform, "account": acct, "_single_intent": single})
        return True

    def platform(self, weights):
        ps, ws = zip(*weights.items())
        return self.rng.choices(ps, ws)[0]


# ---------------------------------------------------------------- tactic builders
OLD_HANDLES = {
    "x": ["FootyBanter_HQ", "crypto_moonboy", "ukdealsdaily", "LadsHolidayClub", "glowupbeauty22", "MemeLordUK", "FreeIphone2019",
          "BitcoinSignalz", "RetroGamerKev", "HotTubsForSale", "mcfc_ultra_96", "bakeoff_fanz", "DailyAffirm8", "TopGearQuotes",
          "Gemma_Lou_91", "kpop_stan_acc", "NFT_drops_uk", "WeatherWatchNW", "dan_the_sparky", "LoveIslandTea"],
    "facebook": ["LovelyRecipesUK", "Funny.Dog.Videos.Daily", "CarBootBargainsNorth", "PetsOfTheWorld247", "GiveawayZoneUK",
                 "HolidayDealsOnline", "Cute.Cats.Corner", "MotivationDailyQuotes", "ClassicCarsBritain", "WinAHamperUK",
                 "BargainHuntersLeeds", "Nostalgia.80s.90s", "SpottedInTown2016"],
    "instagram": ["nails.by.kayleigh", "streetfood.diaries", "fitwithjordan_", "vintage_trainers_uk", "glam.lashes.studio",
                  "cakes_by_sian", "wanderlust.jess", "dog.of.leeds", "sneakerhead_uk99", "tattoo.inspo.daily"],
    "tiktok": ["dancechallenge.uk", "prank.vids.daily", "asmr_slime_world", "footy.edits.23", "cars.and.coffee.uk",
               "gymtok.gains", "cleantok.queen", "satisfying.clips.uk"],
    "linkedin": ["bright-path-consulting-ltd", "apex-global-logistics", "northern-digital-marketing-agency", "quickhire-solutions-uk"],
    "bluesky": ["memes-daily.bsky.social", "retrogaming-kev.bsky.social", "cozy-knits.bsky.social"],
}
OLD_BIOS = [  # remnants left from the account's earlier life
    "Daily football banter ⚽ DM for promos",
    "Best deals in the UK 🔥 follow for daily bargains",
    "Crypto signals | 100x gems | not financial advice",
    "Recipes your nan would approve of 🍰",
    "Giveaways every Friday!! Like & share to win 🎁",
    "Funny videos every day 😂 tag a mate",
    "Lashes • brows • nails | Book via DM",
    "",
    "",
]


def renamed_old_account(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"facebook": 4, "x": 4, "instagram": 3, "tiktok": 2, "linkedin": 1, "bluesky": 1})
        handle = r.choice(OLD_HANDLES[p])
        if p == "x" and r.random() < 0.3:
            handle = fit_handle("x", handle + str(r.randrange(1, 99)))
        single = r.random() < 0.36
        name = r.choice([t["name"], t["aliases"][0], with_nhs(t["aliases"][0]), r.choice(t["sites"])])
        mode = r.random()
        if single:
            kind = r.choice(["refund", "donation", "jobs", "support"])
            bio = gfill(r, r.choice(GENERIC[kind]))
        elif mode < 0.3:
            bio = r.choice(OLD_BIOS)              # only the name was changed (subtle)
        elif mode < 0.55:
            bio = trust_fill(r, t, r.choice(PLAIN_CLAIMS))
        else:
            kind = r.choice(["refund", "donation", "jobs"])
            bio = trust_fill(r, t, r.choice(TRUST_BIOS[kind]))
        followers = r.randrange(900, 48000)
        following = r.randrange(100, 6000)
        if g.add(t, "renamed_old_account", p, handle, name, bio, old=True, followers=followers, following=following,
                 single=single):
            made += 1


SWAPS_HANDLE = [("l", "1"), ("l", "I"), ("I", "l"), ("O", "0"), ("o", "0"), ("m", "rn"), ("rn", "m"), ("i", "l"),
                ("S", "5"), ("B", "8"), ("E", "3"), ("a", "4")]
SWAPS_NAME = [("l", "I"), ("O", "0"), ("o", "0"), ("m", "rn"), ("rn", "m"), ("I", "l"), ("i", "l")]


def _swap_once(r, s, swaps, platform=None):
    opts = [(a, b) for a, b in swaps if a in s]
    if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
        opts = [(a, b) for a, b in opts if a == a.lower() and b == b.lower()]
    if not opts:
        return None
    a, b = r.choice(opts)
    idxs = [m.start() for m in re.finditer(re.escape(a), s)]
    i = r.choice(idxs)
    return s[:i] + b + s[i + len(a):]


def digit_letter_swap(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"x": 4, "instagram": 3, "tiktok": 2, "facebook": 2, "bluesky": 1, "linkedin": 1})
        base = base_handle(t, p)
        h = _swap_once(r, base, SWAPS_HANDLE, p)
        if h is None:
            continue
        if p == "bluesky":
            h = h + ".bsky.social"
        single = r.random() < 0.34
        if single:
            kind = r.choice(["refund", "support", "jobs"])
            name = r.choice(NEUTRAL_NAMES[kind])
            bio = gfill(r, r.choice(GENERIC[kind]))
        else:
            name = _swap_once(r, t["name"], SWAPS_NAME) or t["name"]
            if r.random() < 0.4:
                name = t["name"]
            bio = r.choice([off_bio(t, p), trust_fill(r, t, r.choice(TRUST_BIOS[r.choice(["refund", "support", "jobs"])]))])
        if g.add(t, "digit_letter_swap", p, h, name, bio, single=single):
            made += 1


AFFIXES_PRE = ["Official", "Help", "Ask", "Team", "Real", "The"]
AFFIXES_SUF = ["Help", "Support", "Care", "Hosp", "Team", "Info", "UK", "Official", "Jobs", "NHS", "Desk", "Helpline",
               "Careers", "Appeal", "PALS", "Assist"]


def handle_affix(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"x": 4, "facebook": 2, "instagram": 2, "tiktok": 1, "linkedin": 2, "bluesky": 1})
        base = base_handle(t, p) if r.random() < 0.75 else t["initials"]
        suf = r.choice(AFFIXES_SUF)
        if r.random() < 0.25:
            raw = r.choice(AFFIXES_PRE) + ("-" if p in ("linkedin", "bluesky") else r.choice(["", "_"])) + base
        else:
            sep = {"x": ["", "_"], "facebook": ["", "."], "instagram": ["", "_", "."], "tiktok": ["", "_", "."],
                   "linkedin": ["-"], "bluesky": ["-"]}[p]
            raw = base + r.choice(sep) + suf
        if p == "x" and len(raw) > 15:
            continue
        h = fit_handle(p, raw)
        kind = {"Jobs": "jobs", "Careers": "jobs", "Appeal": "donation"}.get(suf, r.choice(["support", "refund"]))
        single = r.random() < 0.35
        if single:
            name = r.choice(NEUTRAL_NAMES[kind])
            bio = gfill(r, r.choice(GENERIC[kind]))
        else:
            name = r.choice([t["name"], t["aliases"][0] + " " + suf, t["aliases"][0] + " | " + r.choice(["Patient Support", "Help", "Careers", "Official"]),
                             t["initials"] + " " + suf])
            bio = trust_fill(r, t, r.choice(TRUST_BIOS[kind]))
        if g.add(t, "handle_affix", p, h, name, bio, single=single):
            made += 1


UNRELATED_HANDLES = {
    "x": ["user84729101", "hcare_uk_2024", "updates_247uk", "Patient_Info_2", "carenews_uk", "kelly_m_8812", "newsdesk_4471",
          "HelpDeskUK24", "AppealsUK_", "JobsUK_Daily", "Jay63018824", "Sarah_B_7788", "relief_desk_uk", "hosp_news_365"],
    "facebook": ["61558203941127", "61557712094486", "CommunityNewsHub.UK", "HealthUpdatesDaily", "PatientVoiceUK",
                 "61559032771904", "UKCareAlerts"],
    "instagram": ["care.updates.uk", "healthnews_247", "daily.ward.life", "patient.voices.uk", "uk_health_hub_",
                  "user928471033"],
    "tiktok": ["user7734829104", "healthtok.uk", "ward.updates", "care_clips_uk", "newsdaily.uk24"],
    "linkedin": ["health-careers-uk-2025", "global-nurse-placement", "uk-hospital-jobs", "care-talent-partners"],
    "bluesky": ["healthupdates-uk.bsky.social", "patientnews.bsky.social", "carealerts-uk.bsky.social"],
}


def exact_name_new_handle(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"facebook": 4, "x": 3, "instagram": 2, "tiktok": 2, "linkedin": 2, "bluesky": 1})
        h = r.choice(UNRELATED_HANDLES[p])
        if r.random() < 0.5:
            suffix = str(r.randrange(10, 9999))
            h = fit_handle(p, (h[: -len(".bsky.social")] if p == "bluesky" else h) + ("" if p == "facebook" and h.isdigit() else suffix))
            if p == "facebook" and h.isdigit():
                h = "6155" + str(r.randrange(10 ** 9, 10 ** 10))
        name = t["name"]
        single = r.random() < 0.4
        if single:
            kind = r.choice(["refund", "jobs", "donation", "support"])
            bio = gfill(r, r.choice(GENERIC[kind]))
        else:
            bio = r.choice([trust_fill(r, t, r.choice(PLAIN_CLAIMS)),
                            trust_fill(r, t, r.choice(TRUST_BIOS[r.choice(["refund", "jobs", "donation", "support"])])),
                            ""])
        if g.add(t, "exact_name_new_handle", p, h, name, bio, single=single):
            made += 1


def _scam_tactic(g, tactic, kind, weights):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform(weights)
        single = r.random() < 0.35
        style = r.random()
        if single:
            # one identity element: the Trust's name OR a handle built on its initials, plus generic scam text
            if r.random() < 0.6:
                name = r.choice([t["name"], t["aliases"][0], r.choice(t["sites"])])
                h = fit_handle(p, r.choice({"refund": ["refunds_desk", "patient.claims", "claims-centre", "refund_team"],
                                            "jobs": ["recruit_uk", "careers.desk", "hire-nurses-uk", "jobs_uk_now"],
                                            "donation": ["appeal_uk", "kids.ward.appeal", "winter-appeal", "appeals_team"]}[kind])
                               + str(r.randrange(1, 999)) + (".bsky.social" if p == "bluesky" else ""))
            else:
                name = r.choice(NEUTRAL_NAMES[kind])
                h = fit_handle(p, t["initials"].lower() + r.choice({"refund": ["_refunds", ".refunds", "refund"],
                                                                   "jobs": ["_recruit", ".jobs", "hiring"],
                                                                   "donation": ["_appeal", ".appeal", "appeal"]}[kind])
                               + (str(r.randrange(1, 99)) if r.random() < 0.5 else "") + (".bsky.social" if p == "bluesky" else ""))
            bio = gfill(r, r.choice(GENERIC[kind]))
        else:
            if style < 0.4:
                name = r.choice([t["name"], t["aliases"][0], r.choice(t["sites"])]) + r.choice(
                    {"refund": [" Refunds", " Patient Support", " PALS", ""], "jobs": [" Careers", " Recruitment", " Jobs", ""],
                     "donation": [" Appeal", " Charity", " Fundraising", ""]}[kind])
            else:
                name = r.choice(NEUTRAL_NAMES[kind]) + " - " + r.choice(t["aliases"][:3])
            stem = base_handle(t, p) if r.random() < 0.5 else t["initials"]
            word = r.choice({"refund": ["Refunds", "Claims", "PALS", "Payments"], "jobs": ["Recruit", "Hiring", "Careers", "Jobs"],
                             "donation": ["Appeal", "Charity", "Donate", "Fund"]}[kind])
            raw = stem + ("-" + word.lower() if p in ("linkedin", "bluesky") else word)
            if p == "x" and len(raw) > 15:
                raw = t["initials"] + word
            if p == "bluesky":
                raw = raw.lower() + ".bsky.social"
            h = fit_handle(p, raw)
            bio = trust_fill(r, t, r.choice(TRUST_BIOS[kind]))
        if not handle_ok(p, h):
            continue
        if g.add(t, tactic, p, h, name, bio, single=single):
            made += 1


def refund_patient_support_scam(g):
    _scam_tactic(g, "refund_patient_support_scam", "refund", {"x": 4, "facebook": 3, "instagram": 2, "tiktok": 1, "bluesky": 2, "linkedin": 1})


def jobs_recruitment_scam(g):
    _scam_tactic(g, "jobs_recruitment_scam", "jobs", {"linkedin": 4, "facebook": 4, "x": 2, "tiktok": 2, "instagram": 2, "bluesky": 1})


def donation_scam(g):
    _scam_tactic(g, "donation_scam", "donation", {"facebook": 5, "instagram": 3, "tiktok": 2, "x": 2, "bluesky": 1, "linkedin": 1})


EXEC_BIOS = [
    "Chief Executive, {name}. Proud to lead our teams. Views my own.",
    "{role} @{xh}. In meetings most of the day - please message me on WhatsApp {wa}.",
    "{role} of {alias}. Personal account. Happy to connect with colleagues 🙂",
    "{role} at {name} | Hiring overseas nurses directly - message me for an offer letter.",
    "{role}, {alias}. Running a staff appreciation scheme - I'll need help buying gift cards for the awards, DM me.",
    "NHS leader. {role} at {alias}. Investing in our people and our patients 💙",
    "{role} {alias} | I will never ask you for money | Ask me about the staff hardship grant",
    "Parent, runner, {role} at {site}. Tweets are my own.",
    "{role} of {name}. Trustee of our charity appeal - please donate via the link 👇",
]
EXEC_GENERIC = [
    "Healthcare leader. Mentor. Investor. Message me on WhatsApp {wa} for opportunities.",
    "CEO. Helping NHS staff earn extra income with crypto 📈 DM me.",
    "I'm in meetings all day, email is down - please message me on WhatsApp {wa}.",
    "Chief Executive. Can you do me a quick favour? I need some gift cards for staff awards today.",
    "Hiring nurses personally for UK hospitals. Fast-track offers. DM.",
]
ROLE_WORDS = {"chief_executive": ["Chief Executive", "CEO", "Chief Executive Officer"], "chair": ["Chair", "Chairman", "Chair of the Board"]}


def fake_executive(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"linkedin": 3, "x": 3, "facebook": 3, "instagram": 2, "bluesky": 1, "tiktok": 1})
        role, person = r.choice(t["executives_raw"])
        bare = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", person)
        first, last = bare.split(" ", 1)[0], bare.split(" ")[-1]
        single = r.random() < 0.33
        name = r.choice([person, bare, person + " | " + r.choice(ROLE_WORDS[role]) + " " + t["initials"]]) if not single else r.choice([person, bare])
        hid = r.choice([first + last, first + "_" + last, last + "_" + t["initials"], first + last + "CEO" if role == "chief_executive" else first + last + "Chair",
                        "dr." + first + "." + last, first + "." + last + ".official", first[0] + last + "_nhs"])
        if p == "bluesky":
            hid = hid.lower() + ".bsky.social"
        h = fit_handle(p, hid)
        if p == "x" and len(h) < 4:
            continue
        if single:
            bio = gfill(r, r.choice(EXEC_GENERIC))
        else:
            bio = trust_fill(r, t, r.choice(EXEC_BIOS).replace("{role}", r.choice(ROLE_WORDS[role])))
        if not handle_ok(p, h):
            continue
        if g.add(t, "fake_executive", p, h, name, bio, single=single, followers=r.randrange(0, 900)):
            made += 1


def _insert_zw(r, s, k):
    chars = list(s)
    positions = [i for i in range(1, len(chars)) if chars[i - 1].isalpha() or chars[i].isalpha()]
    for i in sorted(r.sample(positions, min(k, len(positions))), reverse=True):
        chars.insert(i, r.choice(ZW_CHARS))
    return "".join(chars)


def zero_width_name(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"x": 4, "facebook": 2, "instagram": 2, "tiktok": 2, "bluesky": 2, "linkedin": 1})
        target = r.choice([t["name"], t["aliases"][0], with_nhs(t["aliases"][0]), r.choice(t["sites"])])
        name = _insert_zw(r, target, r.choice([1, 1, 2, 3, 5]))
        single = r.random() < 0.36
        if single:
            h = fit_handle(p, r.choice(UNRELATED_HANDLES[p]).replace(".bsky.social", "") + str(r.randrange(1, 999))
                           + (".bsky.social" if p == "bluesky" else ""))
            if p == "facebook":
                h = "6155" + str(r.randrange(10 ** 9, 10 ** 10))
            bio = gfill(r, r.choice(GENERIC[r.choice(["refund", "donation", "support", "jobs"])]))
        else:
            stem = base_handle(t, p)
            raw = stem + r.choice(["_", ".", "", "-"]) + r.choice(["uk", "hq", "news", "1", "nhs", "info"])
            if p == "x":
                raw = (stem + r.choice(["_", ""]) + r.choice(["UK", "HQ", "1", "_", "NHS"]))[:15]
            if p == "bluesky":
                raw = raw.lower() + ".bsky.social"
            h = fit_handle(p, raw)
            bio = r.choice([off_bio(t, p), trust_fill(r, t, r.choice(TRUST_BIOS[r.choice(["refund", "support", "donation"])])),
                            trust_fill(r, t, r.choice(PLAIN_CLAIMS))])
            if r.random() < 0.3:
                bio = _insert_zw(r, bio, 2)  # filter evasion inside the bio too
        if not handle_ok(p, h):
            continue
        if g.add(t, "zero_width_name", p, h, name, bio, single=single):
            made += 1


def styled_unicode_name(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    styles = ["math_bold", "math_italic", "math_bold_italic", "sans_bold", "sans_italic", "script_bold", "monospace",
              "double_struck", "fullwidth", "small_caps"]
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"x": 3, "instagram": 3, "tiktok": 2, "bluesky": 2, "facebook": 2, "linkedin": 1})
        style = r.choice(styles)
        target = r.choice([t["name"], t["aliases"][0], r.choice(t["sites"]), with_nhs(t["aliases"][0])])
        how = r.random()
        if how < 0.55:
            name = stylise(target, style)
        elif how < 0.8:
            words = target.split(" ")
            k = r.randrange(len(words))
            words[k] = stylise(words[k], style)
            name = " ".join(words)
        else:
            name = stylise(target, style) + r.choice([" ✅", " 🏥", " 💙", " | " + stylise("Official", style)])
        single = r.random() < 0.35
        if single:
            h = fit_handle(p, r.choice(UNRELATED_HANDLES[p]).replace(".bsky.social", "") + str(r.randrange(1, 999))
                           + (".bsky.social" if p == "bluesky" else ""))
            if p == "facebook":
                h = "6155" + str(r.randrange(10 ** 9, 10 ** 10))
            bio = gfill(r, r.choice(GENERIC[r.choice(["refund", "donation", "support", "jobs"])]))
        else:
            stem = base_handle(t, p)
            raw = r.choice([stem + "_official", "the" + stem, stem + "_uk", stem + "news", stem + "_"])
            if p == "x":
                raw = raw[:15]
            if p == "bluesky":
                raw = raw.lower() + ".bsky.social"
            h = fit_handle(p, raw)
            bio = r.choice([trust_fill(r, t, r.choice(TRUST_BIOS[r.choice(["refund", "support", "donation", "jobs"])])),
                            trust_fill(r, t, r.choice(PLAIN_CLAIMS)), off_bio(t, p)])
        if not handle_ok(p, h):
            continue
        if g.add(t, "styled_unicode_name", p, h, name, bio, single=single):
            made += 1


def _homoglyph(r, s, k, table):
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        return None
    chars = list(s)
    for i in r.sample(idx, min(k, len(idx))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def mixed_script_name(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"x": 3, "facebook": 3, "instagram": 2, "tiktok": 2, "bluesky": 2, "linkedin": 2})
        target = r.choice([t["name"], t["aliases"][0], r.choice(t["sites"])])
        table = CYRILLIC if r.random() < 0.7 else GREEK
        name = _homoglyph(r, target, r.choice([1, 1, 2, 3]), table)
        if name is None or name == target:
            continue
        single = r.random() < 0.36
        if single:
            h = fit_handle(p, r.choice(UNRELATED_HANDLES[p]).replace(".bsky.social", "") + str(r.randrange(1, 999))
                           + (".bsky.social" if p == "bluesky" else ""))
            if p == "facebook":
                h = "6155" + str(r.randrange(10 ** 9, 10 ** 10))
            bio = gfill(r, r.choice(GENERIC[r.choice(["refund", "donation", "support", "jobs"])]))
        else:
            stem = base_handle(t, p)
            raw = r.choice([stem, stem + "_", "_" + stem, stem + "1", stem + "hq"])
            if p in ("instagram", "tiktok"):
                raw = r.choice([stem + "_", stem + ".", "_" + stem, stem + "1"]).strip(".") + ("" if r.random() < 0.5 else "_")
            if p == "facebook":
                raw = stem + r.choice(["1", "NHS", ".page", ".official"])
            if p == "linkedin":
                raw = stem + "-" + r.choice(["nhs", "uk", "1", "official"])
            if p == "x":
                raw = raw[:15]
            if p == "bluesky":
                raw = raw.lower().strip("_") + r.choice(["-nhs", "1", "-uk"]) + ".bsky.social"
            h = fit_handle(p, raw)
            bio = r.choice([off_bio(t, p), trust_fill(r, t, r.choice(TRUST_BIOS[r.choice(["refund", "support", "donation", "jobs"])])),
                            _homoglyph(r, off_bio(t, p), 3, CYRILLIC) or off_bio(t, p)])
        if not handle_ok(p, h) or (p, h.lower()) in g.official:
            continue
        if g.add(t, "mixed_script_name", p, h, name, bio, single=single):
            made += 1


COPY_TWEAKS = [
    lambda r, b: b,
    lambda r, b: b,
    lambda r, b: b.replace("NHS Foundation Trust", "NHS FT") if "NHS Foundation Trust" in b else b.replace(".", "!", 1),
    lambda r, b: b.rstrip(".") + " 💙",
    lambda r, b: re.sub(r"\s+", " ", b.replace(" - ", " | ")),
    lambda r, b: b.split(". ")[0] + ".",
]
COPY_ADDONS = [
    "", "", "",
    " DM us for help with refunds.",
    " For jobs message us on WhatsApp {wa}.",
    " Patients owed money: check your DMs.",
    " Donations: paypal.me/{init}Appeal2025",
    " Support: {fake}",
    " We now reply to complaints by DM.",
]


def copied_official_bio(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"x": 3, "facebook": 3, "instagram": 2, "tiktok": 1, "linkedin": 2, "bluesky": 1})
        src = off_bio(t, p) if r.random() < 0.8 else off_bio(t, "x")
        bio = r.choice(COPY_TWEAKS)(r, src)
        single = r.random() < 0.38
        if single:
            addon = r.choice(COPY_ADDONS[3:])
            name = r.choice(["Patient Updates", "News Desk", "Community Health News", "Health Info UK", "Hospital Updates",
                             "Care Info", "Local Health News"])
            h = fit_handle(p, r.choice(UNRELATED_HANDLES[p]).replace(".bsky.social", "") + str(r.randrange(1, 999))
                           + (".bsky.social" if p == "bluesky" else ""))
            if p == "facebook" and r.random() < 0.5:
                h = "6155" + str(r.randrange(10 ** 9, 10 ** 10))
        else:
            addon = r.choice(COPY_ADDONS)
            name = r.choice([t["name"], t["aliases"][0], next(a["display_name"] for a in t["official_accounts"] if a["platform"] == (p if off_handle(t, p) else "x"))])
            stem = base_handle(t, p)
            raw = r.choice([stem + "_", stem + "2", "real" + stem, stem + "_nhs", stem + "Page"])
            if p in ("instagram", "tiktok", "linkedin"):
                raw = raw.lower()
            if p == "x":
                raw = raw[:15]
            if p == "bluesky":
                raw = raw.lower() + ".bsky.social"
            h = fit_handle(p, raw)
        bio = (bio + trust_fill(r, t, addon)) if addon else bio
        if not handle_ok(p, h) or (p, h.lower()) in g.official:
            continue
        if g.add(t, "copied_official_bio", p, h, name, bio, single=single):
            made += 1


DOMAIN_BIOS = [
    "Book, change or cancel your appointment online at {look}",
    "Patient refunds now processed at {look} - have your card ready.",
    "Official website: {look}",
    "🔗 {look} | Jobs, news & patient information",
    "Visit {look}/careers for vacancies with visa sponsorship.",
    "Donate to our winter appeal: {look}/donate",
    "Confirm your details at https://{look}/verify to keep your appointment.",
    "Complaints and compensation: www.{look}",
    "Please log in at {look} to view your test results.",
    "Info & support 👉 {look}",
]


def lookalike_domain_bio(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"x": 3, "facebook": 3, "instagram": 2, "tiktok": 1, "linkedin": 2, "bluesky": 2})
        look = r.choice(lookalike_domains(r.choice(t["web_domains"])))
        single = r.random() < 0.36
        tmpl = r.choice(DOMAIN_BIOS)
        bio = tmpl.format(look=look)
        if single:
            name = r.choice(["Patient Portal", "Appointments Online", "Results Online", "Patient Refunds Desk", "Careers Desk",
                             "Winter Appeal"])
            h = fit_handle(p, r.choice(["appointments", "patient.portal", "results-online", "refunddesk", "careersdesk",
                                        "winter.appeal"]) + str(r.randrange(1, 999)) + (".bsky.social" if p == "bluesky" else ""))
        else:
            name = r.choice([t["name"], t["aliases"][0], r.choice(t["sites"]), t["aliases"][0] + " Patient Portal"])
            bio = r.choice([t["aliases"][0] + ". ", t["name"] + " - ", ""]) + bio
            stem = base_handle(t, p)
            raw = r.choice([stem + "_portal", stem + "online", stem + "_web", stem + ".patients", t["initials"] + "_bookings"])
            if p in ("instagram", "tiktok", "linkedin"):
                raw = raw.lower()
            if p == "x" and len(raw) > 15:
                raw = (t["initials"] + "_online")[:15]
            if p == "bluesky":
                raw = raw.lower() + ".bsky.social"
            h = fit_handle(p, raw)
        if not handle_ok(p, h):
            continue
        if g.add(t, "lookalike_domain_bio", p, h, name, bio, single=single):
            made += 1


def dotted_handle(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        p = g.platform({"facebook": 5, "instagram": 3, "tiktok": 2})
        single = r.random() < 0.33
        slug = slug_words(t["aliases"][0], r.choice([14, 16, 18]))
        if len(slug) < 8:
            slug = slug_words(t["name"], 18)
        ini = t["initials"].lower()
        if p == "facebook" and r.random() < 0.35:
            h = "6155" + str(r.randrange(10 ** 9, 10 ** 10))   # numeric page id carrying a copied name
            name = r.choice([t["name"], t["aliases"][0]])
            single = True
            bio = gfill(r, r.choice(GENERIC[r.choice(["refund", "donation", "support", "jobs"])])) if r.random() < 0.6 else ""
        else:
            raw = r.choice([ini + ".nhs." + r.choice(["support", "help", "care", "jobs"]),
                            slug + ".official", slug + ".nhs", ini + ".trust.official", "nhs." + slug,
                            slug + "." + r.choice(["patients", "careers", "appeal", "help"]), ini + "." + r.choice(["hospital", "hosp", "team", "uk"])])
            if p == "tiktok" and len(raw) > 24:
                continue
            h = fit_handle(p, raw)
            if single:
                kind = r.choice(["refund", "donation", "support", "jobs"])
                name = r.choice(NEUTRAL_NAMES[kind])
                bio = gfill(r, r.choice(GENERIC[kind]))
            else:
                name = r.choice([t["name"], t["aliases"][0], with_nhs(t["aliases"][0])])
                bio = r.choice([trust_fill(r, t, r.choice(TRUST_BIOS[r.choice(["refund", "support", "donation", "jobs"])])),
                                off_bio(t, p)])
        if "." not in h and not h.isdigit():
            continue
        if not handle_ok(p, h):
            continue
        if g.add(t, "dotted_handle", p, h, name, bio, single=single):
            made += 1


STEM_AFFIX = ["Help", "Support", "Care", "Hosp", "Team", "Info", "UK", "Official", "Jobs", "NHS", "Trust", "Desk", "HQ", "Staff",
              "Patients", "Careers", "Appeal", "News"]


def short_stem_affix(g):
    r = g.rng
    ts = g.trust_order()
    made = 0
    while made < QUOTA:
        t = next(ts)
        stem = t["initials"]
        assert len(stem) <= 4
        p = g.platform({"x": 4, "instagram": 2, "tiktok": 2, "facebook": 2, "linkedin": 1, "bluesky": 1})
        aff = r.choice(STEM_AFFIX)
        sep = {"x": ["", "_"], "facebook": ["", "."], "instagram": ["", "_", "."], "tiktok": ["", "_", "."],
               "linkedin": ["-"], "bluesky": ["-", ""]}[p]
        raw = (stem + r.choice(sep) + aff) if r.random() < 0.8 else (aff + r.choice(sep) + stem)
        if p == "bluesky":
            raw = raw.lower() + ".bsky.social"
        h = fit_handle(p, raw)
        if p == "facebook" and len(h) < 5:
            continue
        kind = {"Jobs": "jobs", "Careers": "jobs", "Staff": "jobs", "Appeal": "donation"}.get(aff, r.choice(["support", "refund"]))
        single = r.random() < 0.34
        if single:
            name = r.choice(NEUTRAL_NAMES[kind])
            bio = gfill(r, r.choice(GENERIC[kind]))
        else:
            name = r.choice([stem + " " + aff, t["aliases"][0], t["name"], stem + " NHS " + aff])
            bio = trust_fill(r, t, r.choice(TRUST_BIOS[kind] + PLAIN_CLAIMS))
        if not handle_ok(p, h):
            continue
        if g.add(t, "short_stem_affix", p, h, name, bio, single=single):
            made += 1


BUILDERS = [renamed_old_account, digit_letter_swap, handle_affix, exact_name_new_handle, refund_patient_support_scam,
            jobs_recruitment_scam, donation_scam, fake_executive, zero_width_name, styled_unicode_name, mixed_script_name,
            copied_official_bio, lookalike_domain_bio, dotted_handle, short_stem_affix]
