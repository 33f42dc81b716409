"""Wording for the nhs3 set: how each tactic's accounts are written, and the genuine accounts around each Trust.

Every sentence here was written for this set after reading public reports (see SOURCES.md); none is copied.
Every person named is invented.
"""
import difflib
import re

from make_nhs3_helpers import CYR, GRK, ZW, pick_official, styled_name, swap_letters

FIRST = ["Aisha", "Bethany", "Callum", "Dylan", "Eleri", "Farhan", "Gemma", "Hamish", "Ines", "Jasper", "Kerry", "Lewis",
         "Marta", "Niamh", "Oluwaseun", "Priyanka", "Quentin", "Rhiannon", "Sunil", "Tegan", "Umar", "Vicky", "Wesley",
         "Xanthe", "Yasmin", "Zoltan", "Abigail", "Bryn", "Ciara", "Declan", "Esme", "Fraser", "Georgia", "Harvey",
         "Isla", "Jamal", "Keeley", "Lorcan", "Maisie", "Nathaniel", "Orla", "Pawel", "Roisin", "Shona", "Tariq",
         "Una", "Vikram", "Wren", "Yusra", "Zara", "Alfie", "Beatrix", "Cormac", "Daisy", "Ewan", "Freya", "Gurdeep",
         "Hollie", "Ivo", "Jodie", "Kofi", "Lacey", "Mihai", "Nell", "Osian", "Poppy", "Rory", "Saffron", "Tomasz"]
LAST = ["Abbott", "Bramwell", "Chadderton", "Dunmore", "Eastwood", "Fairclough", "Gillespie", "Haworth", "Ingleby",
        "Jessop", "Kaur", "Lockhart", "Mahmood", "Nuttall", "Okafor", "Pickering", "Quigley", "Rowntree", "Sandhu",
        "Tattersall", "Underwood", "Varga", "Whitfield", "Yeoman", "Zielinski", "Ashdown", "Birchall", "Crowther",
        "Dobson", "Ellwood", "Fothergill", "Greenhalgh", "Hepworth", "Iqbal", "Jowett", "Kowalczyk", "Leadbetter",
        "Mountford", "Nicholls", "Oyelowo", "Pennock", "Radcliffe", "Scargill", "Thorley", "Umney", "Venn",
        "Wardle", "Yardley", "Ahmadi", "Bellingham", "Cartwright", "Duckworth", "Entwistle", "Farnworth"]

PUBLIC_BIOS = [
    "Parent of two, coffee first. {town} born and bred.", "Spurs, Sunday league and far too many podcasts.",
    "Amateur baker. Occasional runner. Full-time dog walker 🐕", "Accountant by day, drummer by night.",
    "Books, bikes and bad puns.", "Just here for the cat videos tbh", "Plumber | {town} | call for quotes, not DMs",
    "Gardening, crochet and the odd rant about bin collections.", "22. Psychology student. Probably at the gym.",
    "Retired teacher. Grandparent x4. Birdwatching most mornings.", "Photography 📷 mostly canals and old buildings.",
    "Living life one parkrun at a time 🏃‍♀️", "Proud parent. Season ticket holder. Opinions my own obviously.",
    "Nail tech • lashes • bookings via the salon", "Vegan recipes and allotment updates 🌱",
    "Software tester. Trains, maps, board games.", "Musicals, prosecco and a good crime drama",
    "Carpenter and furniture restorer, {town}.", "Hospitality worker surviving on coffee and sarcasm.",
    "Part-time student, full-time parent. Be kind.", "Cyclist, climber, occasional swimmer in cold lakes.",
    "Classic cars and Sunday roasts.", "Here for the football chat and nothing else.", "Watercolours and wonky pottery.",
    "{first}. {town}. Gigs, festivals, too many band t-shirts.", "Amateur astronomer. Clear skies please.",
    "Former chef, current delivery driver, future millionaire (joke)", "Knitting patterns and true crime.",
    "Speedway fan. Fishing when I can.", "Primary school TA. Loves glitter more than the kids do.",
    "Lifelong learner. Languages, history, maps.", "Gamer. Streamer sometimes. Mostly lurking.",
    "Owned by a very silly spaniel", "Sharing my weight loss journey, one week at a time 💪",
    "Hairdresser in {town} ✂️ appointments by phone", "Electrician. Sparky memes. Tea, two sugars.",
    "Had my knee done last year, back on the bike now 🚴", "Carer for my mum. Tired but grateful.",
    "Local history nerd. Old postcards of {town}.", "Always planning the next holiday ✈️",
]


MAXLEN = {"x": 15, "tiktok": 24, "instagram": 30}


def _elements(rng, core, extras, p_single=0.35):
    if rng.random() < p_single:
        return [core]
    k = 1 if rng.random() < 0.75 else 2
    return [core] + rng.sample(extras, k)


OLD_STEMS = ["lucys_lashes", "giveaway.king", "footy_banter", "crypto_mike", "vintage_vinyl", "mumof3deals", "bargain_hunter",
             "daily_memes_uk", "dog_lovers_club", "ps5_giveaways", "bake_with_bev", "wolves_til_i_die", "photos_by_kay",
             "tattoo_inspo", "fitfam_sarah", "car_boot_finds", "retro_gaming", "nails_by_jade", "carp_fishing_uk",
             "prize_draws_daily", "astro_vibes", "house_plant_life", "grime_clips", "bike_parts_4u", "quiz_night_king",
             "makeup_dupes", "wrestling_fan", "holiday_deals", "luxury_watches", "football_edits"]

RENAMED_BIOS = [
    "Official page of {name}. We've moved here after our old page was hacked, please follow and share. Refunds and rebooking via DM.",
    "{short} patient updates ✅ Missed a call from us? Message this page with your NHS number and date of birth to rebook.",
    "News for patients and families at {site}. Visiting times, parking refunds and ward contact via inbox.",
    "NEW OFFICIAL PAGE for {short}. The old account is no longer used. Staff appreciation giveaway running now: like, share and DM to claim 🎁",
    "Serving {town} for generations 💙 Ask us anything about your appointment, we reply fast on WhatsApp {mob}",
    "this is now the page for {name}. comment your hospital number below and our team will check your waiting list position",
    "{short} community page. Donations for {ward} accepted by bank transfer, details in DM only.",
    "Official {short} account 🏥 Appointment changes and prescription refunds handled here, 7 days a week.",
    "{short} | Official. Hiring now for {band} roles with relocation package, message for an application pack.",
    "Page renamed. Now run by the {short} patient experience team. Complaints and compensation claims via Messenger.",
]


def renamed_old_account(key, t, e, platform, s, rng, i):
    display = rng.choice([t["name"], s["short"] + " NHS", s["short"] + " (Official)", s["short"] + " Updates", s["site"], t["name"] + " ✅"])
    return {"handle": OLD_STEMS[(i * 7 + len(key)) % len(OLD_STEMS)] + str(rng.randint(1, 98)), "display_name": display,
            "description": rng.choice(RENAMED_BIOS).format(**s), "followers": rng.randint(520, 46000),
            "following": rng.randint(100, 5000), "created_at": "%d-%02d-%02dT%02d:14:09Z" % (rng.randint(2010, 2019), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23)),
            "verified": rng.random() < 0.12, "elements": _elements(rng, "name", ["bio_claim", "phone"])}


SWAP_BIOS = [
    "Official account of {name}. For appointment changes message us here, we respond faster than the switchboard.",
    "{short}. We are aware of delays on the phone line, DM your NHS number and we will call you back today.",
    "Updates from {name} 💙 Staff hardship fund open, see pinned post to donate.",
    "Hospital news and jobs. International nurses: sponsorship available, fee applies for processing.",
    "{short} patient information. Verify your details at the link to keep your appointment.",
    "Follow for ward news from {site}. Winners of our patient raffle announced Friday, claim via DM.",
    "Official. Not monitored 24/7. Refund requests for parking and prescriptions: inbox us.",
    "{name} — careers, news, appeals. WhatsApp our team on {mob}.",
    "The {short} team. We've had a technical problem with our records, please message to re-confirm your appointment.",
    "Your local hospital trust. Help us thank our staff, gift cards accepted for the wellbeing fund.",
]


def digit_letter_swap(key, t, e, platform, s, rng, i):
    off = pick_official(t, platform, rng)
    by_name = rng.random() < 0.25 or len(off["handle"].split(".bsky.social")[0]) + 1 > MAXLEN.get(platform, 60)
    if by_name:
        name = rng.choice([t["name"]] + [a for a in t["aliases"] if len(a) > 6])
        return {"handle": rng.choice(e["stems"]) + rng.choice(["nhs", "_nhs", "hosp", "trust"]), "display_name": swap_letters(name, rng),
                "description": rng.choice(SWAP_BIOS).format(**s), "elements": _elements(rng, "name", ["bio_claim", "phone"])}
    base = off["handle"].split(".bsky.social")[0]
    h = swap_letters(base, rng, keep_length=(platform == "x"))
    if platform == "bluesky":
        h = h.lower() + ".bsky.social"
    display = off["display_name"] if rng.random() < 0.65 else swap_letters(off["display_name"], rng)
    return {"handle": h, "display_name": display, "description": rng.choice(SWAP_BIOS).format(**s),
            "elements": _elements(rng, "handle", ["name", "bio_claim"])}


AFFIX = ["help", "support", "info", "official", "team", "uk", "hq", "news", "desk", "helpline", "patients", "staff", "real",
         "the", "careers", "jobs", "appeal", "pals", "assist", "trust"]
AFFIX_BIOS = [
    "Support account for {short}. Questions about your care, refunds or records: DM us, we reply within the hour.",
    "{name} help desk. Please message your full name, address and date of birth so we can find your file.",
    "Official helpline page 📞 {mob} (WhatsApp preferred).",
    "{short} info. Latest news, vacancies and appeals. Sponsorship jobs for overseas nurses, DM.",
    "The real {short} account. The other one is not run by us any more.",
    "{short} staff page. Colleagues, confirm your payroll details at the form in our link before the 25th.",
    "Team {short} 💙 fundraising for {ward}. Every pound helps, PayPal in bio.",
    "Patient advice & liaison for {short}. Compensation for cancelled operations: apply via DM.",
    "News from {site}. Follow and turn on notifications for appointment slots released daily.",
    "{short} careers. Interview by chat, start within 2 weeks, accommodation arranged. Admin fee {fee}.",
]


def handle_affix(key, t, e, platform, s, rng, i):
    offs = [a for a in t["official_accounts"] if a["platform"] not in ("youtube",)]
    for _ in range(20):
        a = rng.choice(offs)
        base = a["handle"].split(".bsky.social")[0]
        word = rng.choice(AFFIX)
        sep = rng.choice(["", "_", "."] if platform in ("instagram", "tiktok", "x") else ["", "-"] if platform in ("linkedin", "bluesky") else ["", "."])
        h = (base + sep + word) if rng.random() < 0.7 else (word + sep + base)
        if len(h) > MAXLEN.get(platform, 60):
            continue
        if platform == "linkedin" or platform == "bluesky":
            h = h.lower()
        break
    else:
        word = rng.choice(AFFIX)
        h = t["initials"] + "_" + word.capitalize()
    display = rng.choice([a["display_name"], a["display_name"] + " " + word.capitalize(), s["short"] + " " + rng.choice(["Support", "Help", "Info", "Team"])])
    return {"handle": h, "display_name": display, "description": rng.choice(AFFIX_BIOS).format(**s),
            "elements": _elements(rng, "handle", ["name", "bio_claim", "phone"])}


NEWHANDLE = ["patient_updates", "hospital_news", "trust_updates", "nhs_news_now", "ward_updates", "healthnews", "careupdates",
             "nhs_help_centre", "appointments_team", "community_health", "nhsupdates", "clinic_news", "local_nhs"]
EXACT_BIOS = [
    "Welcome to our new page. Please follow for updates; our main account is temporarily restricted.",
    "Appointment letters delayed by the postal strike. Message us with your NHS number to get your date.",
    "Official. Staff recognition giveaway: share this page and send us a message to enter 🎉",
    "We are recruiting internationally! Certificate of Sponsorship provided, visa processing fee {fee} payable to our agent.",
    "Patient refund scheme now open for overpaid parking. Click the link to claim before it closes.",
    "Charity appeal for {ward} — donate by bank transfer, details on request.",
    "Hospital updates for {town} and the surrounding area.",
    "Fast-track waiting list for surgery. Limited slots, a small admin charge applies. DM for details.",
    "We reply to every message. Call us on {mob} if the switchboard is busy.",
    "Page managed by the communications team. Report concerns by DM.",
]


def exact_name_new_handle(key, t, e, platform, s, rng, i):
    return {"handle": NEWHANDLE[i % len(NEWHANDLE)] + rng.choice(["", "_", ""]) + rng.choice([e["town"].lower(), str(rng.randint(2, 999))]),
            "display_name": t["name"], "description": rng.choice(EXACT_BIOS).format(**s),
            "elements": _elements(rng, "name", ["bio_claim", "phone", "domain"], 0.4)}


REFUND_NAMES = ["{short} Patient Support", "{init} PALS", "{short} Refunds Team", "{short} Appointments", "Patient Advice {short}",
                "{short} Patient Services", "{init} Patient Liaison", "{short} Billing & Refunds", "{short} Travel Cost Claims"]
REFUND_BIOS = [
    "Overcharged for parking at {site}? You may be owed money. Send your card's long number and expiry to start your refund.",
    "Patient Advice and Liaison, {short}. We are contacting patients due a refund for cancelled clinics. Reply with your bank details.",
    "Missed appointment charges are being refunded this month. Check if you are eligible: DM your name and NHS number.",
    "{init} patient support 🩺 Travel costs to hospital can be reclaimed! Message us on WhatsApp {mob} with a photo of your bank card.",
    "Your prescription prepayment was taken twice? Our refunds team will sort it. Verify your identity at {fakedom}.",
    "Official patient liaison for {name}. Compensation for long waits: up to £1,200. Apply in our inbox.",
    "Appointments team. Your referral is on hold until you confirm your details. Call {mob} or message here.",
    "Complaints and refunds for {short}. We aim to pay within 48 hours once we have your sort code and account number.",
    "Hi! We help patients of {site} claim back the costs of their stay. 100% free, just a small processing fee of £4.99.",
    "NHS low income scheme applications for {short} patients processed here, faster than by post. Fee refunded on approval.",
]


def refund_patient_support_scam(key, t, e, platform, s, rng, i):
    stem = rng.choice(e["stems"] + [t["initials"].lower()])
    word = rng.choice(["pals", "refunds", "patientsupport", "patient.help", "appointments", "billing", "patientservices", "claims", "care_team"])
    return {"handle": rng.choice([stem + "_" + word, word + "_" + stem, stem + word]), "display_name": rng.choice(REFUND_NAMES).format(**s),
            "description": rng.choice(REFUND_BIOS).format(**s), "elements": _elements(rng, "name", ["bio_claim", "phone", "lookalike_domain"], 0.3)}


JOBS_NAMES = ["{init} Recruitment", "{short} NHS Jobs UK", "{short} International Recruitment", "{short} Careers Hub",
              "{init} HR Department", "Jobs at {short}", "{short} Nursing Jobs", "{init} Talent Team", "{short} Overseas Nurses",
              "{short} Vacancies 2026"]
JOBS_BIOS = [
    "Now hiring {band} for {site}. Visa sponsorship + free flights. Certificate of Sponsorship released once the {fee} registration fee is paid.",
    "International recruitment for {name}. Interviews held on WhatsApp: {mob}. Offer letter within 72 hours.",
    "Carers, HCAs and nurses wanted urgently 🇬🇧 Tier 2 sponsorship guaranteed. Legalisation and oath fees apply.",
    "{init} HR. Send your CV and a copy of your passport by DM. Successful applicants pay a refundable onboarding deposit.",
    "We are recruiting porters, cleaners and admin staff, no experience needed, start Monday. Apply on Telegram.",
    "OFFICIAL RECRUITMENT PAGE of {short}. Beware of fake agents!! Pay only through our accounts officer.",
    "Paramedics and call handlers needed. Training bond {fee}, returned after probation.",
    "Jobs at {site}. Apply via {fakedom}. DBS and uniform fee collected at offer stage.",
    "Hello applicants. Your interview is confirmed once the processing fee has been received. God bless.",
    "Healthcare assistant roles with accommodation. COS ready for 40 candidates this month. DM 'JOBS' to start.",
    "Nurses from Nigeria, Ghana, India, Philippines and Kenya: {name} is sponsoring. Registration {fee}, NMC help included.",
    "Remote admin jobs for the NHS, work from home, £25/hr. Training pack purchase required.",
]


def jobs_recruitment_scam(key, t, e, platform, s, rng, i):
    stem = rng.choice(e["stems"] + [t["initials"].lower()] * 2)
    word = rng.choice(["jobs", "careers", "recruitment", "hr", "vacancies", "nursingjobs", "intl_recruit", "hiring", "recruit_uk", "talent"])
    return {"handle": rng.choice([stem + word, stem + "_" + word, word + "." + stem, word + stem + str(rng.randint(1, 26))]),
            "display_name": rng.choice(JOBS_NAMES).format(**s), "description": rng.choice(JOBS_BIOS).format(**s),
            "followers": rng.choice([14, 60, 230, 890, 1540, 3120]),
            "elements": _elements(rng, "name", ["bio_claim", "phone", "lookalike_domain"], 0.35)}


DONATION_NAMES = ["{charity} Appeal", "Friends of {site}", "{short} Hospital Appeal", "Support {short} Staff", "{short} Charity Fund",
                  "{charity}", "{short} Children's Appeal", "Save {ward}", "{short} Cancer Fund", "{init} Staff Hardship Fund"]
DONATION_BIOS = [
    "Help us buy a new scanner for {ward}. Donate by PayPal friends & family so every penny reaches the ward.",
    "Official appeal of {charity}. Gift Aid not available on this page. Bank details by private message.",
    "Our nurses are exhausted 💔 Send a thank-you donation for the staff room. Link in bio (GoFundMe).",
    "Raising £50,000 for {ward}. Crypto donations welcome (BTC / USDT).",
    "Little Alfie was treated at {site} and now needs treatment abroad. All money goes via our treasurer, DM.",
    "Hospital charity raffle: £5 a ticket, win an iPad! Pay by bank transfer, tickets sent by DM.",
    "We are the fundraising team of {short}. Please donate to our new account, the old one has been closed.",
    "Christmas toy appeal for the children's ward 🎄 Cash app or bank transfer only this year.",
    "Supporting patients and families at {site}. 100% goes to the hospital. Donate via {fakedom}.",
    "Every £10 buys a comfort pack for a patient. Text or WhatsApp {mob} to pledge.",
    "Memorial fund for a much-loved nurse at {short}. Please give what you can, details in the pinned post.",
    "{charity} — urgent winter appeal. Donations to our fundraising manager's account while our bank is updated.",
]


def donation_scam(key, t, e, platform, s, rng, i):
    stem = rng.choice(e["stems"] + [t["initials"].lower()])
    word = rng.choice(["appeal", "charity", "fund", "donate", "friends", "giving", "staffappeal", "kidsappeal", "raffle", "support"])
    return {"handle": rng.choice([stem + word, stem + "_" + word, "friendsof" + stem, word + "4" + stem, stem + "." + word + ".uk"]),
            "display_name": rng.choice(DONATION_NAMES).format(**s), "description": rng.choice(DONATION_BIOS).format(**s),
            "elements": _elements(rng, "name", ["bio_claim", "phone", "lookalike_domain", "domain"], 0.4)}


EXEC_BIOS = [
    "Chief Executive, {name}. Personal account. For urgent matters WhatsApp me directly.",
    "{role} at {short}. Proud of our teams 💙 New number, please save: {mob}",
    "Leading {short}. I'm organising a surprise for our staff award winners, message me if you can help buy vouchers.",
    "{role}, {name}. Investing in the future of healthcare. Ask me about opportunities.",
    "Official page of the {role_lower} of {short}. Patients can contact me here about complaints.",
    "{role} | {name} | Husband, father, runner. Donations for my marathon for {ward}: link below.",
    "Hi, I'm the {role_lower} at {short}. I am recruiting personally for senior nursing posts. Send CVs by DM.",
    "{short} {role_lower}. Views my own. Currently travelling, reach me on Telegram.",
    "Accepting connection requests from colleagues. Quick favour needed from finance team, DM me.",
    "{role}, {short}. Giving away 10 {town} FC season tickets to NHS staff! Comment and follow.",
]
ROLE = {"chief_executive": "Chief Executive", "chair": "Chair", "medical_director": "Medical Director", "chief_nurse": "Chief Nurse"}


def fake_executive(key, t, e, platform, s, rng, i):
    ex = t["executives"][i % 4]
    full = ex["name"]
    bare = re.sub(r"^(Dr|Professor|Dame|Sir|Mr) ", "", full)
    first, last = bare.split()[0], bare.split()[-1]
    lastk = re.sub(r"[^A-Za-z]", "", last)
    role = ROLE[ex["role"]]
    s = dict(s, role=role, role_lower=role.lower())
    h = rng.choice([first + lastk, first[0] + lastk, lastk + "_" + t["initials"], "dr" + lastk if full.startswith("Dr") else first + "." + lastk,
                    lastk + rng.choice(["ceo", "nhs", "official", "chair"]), first + "_" + lastk + "_" + str(rng.randint(1, 99))])
    display = rng.choice([full, bare, "%s | %s" % (full, role), "%s %s" % (bare, t["initials"]), "%s - %s, %s" % (bare, role, s["short"])])
    return {"handle": h.lower() if platform in ("instagram", "tiktok", "linkedin", "bluesky") else h, "display_name": display,
            "description": rng.choice(EXEC_BIOS).format(**s), "elements": _elements(rng, "executive_name", ["bio_claim", "phone"], 0.35)}


PLAIN_BIOS = [
    "Official account of {name}.", "{short} 💙 news and updates.", "Hospital updates for patients and visitors. DM for help.",
    "Welcome. Appointment queries by message please.", "{name}. Follow for news.", "Staff appreciation week 🎉 giveaway pinned.",
    "Patient information and support.", "Not monitored 24/7. Refund and rebooking requests: inbox.",
    "{short} recruitment & news. Sponsorship available.", "Donate to our ward appeal, link below.",
]


def zero_width_name(key, t, e, platform, s, rng, i):
    off = pick_official(t, platform, rng)
    name = off["display_name"] if rng.random() < 0.7 else t["name"]
    pos = rng.randint(1, max(1, len(name) - 1))
    name = name[:pos] + rng.choice(ZW) + name[pos:]
    if rng.random() < 0.3:
        name = name + rng.choice(ZW)
    base = off["handle"].split(".bsky.social")[0]
    h = rng.choice([base + "_", base + "1", base + "_uk", "the" + base, base + "x"])
    return {"handle": h, "display_name": name, "description": rng.choice(PLAIN_BIOS).format(**s),
            "elements": _elements(rng, "name", ["handle", "bio_claim"])}


def styled_unicode_name(key, t, e, platform, s, rng, i):
    name = rng.choice([t["name"], s["short"], s["short"] + " NHS", pick_official(t, platform, rng)["display_name"]])
    style = ["bold", "sans_bold", "fullwidth", "small_caps", "double", "italic_bold"][i % 6]
    display = styled_name(name, style, rng)
    stem = rng.choice(e["stems"])
    h = rng.choice([stem + "nhs", stem + "_official", "nhs" + stem, stem + "updates", stem + "_hospital"])
    return {"handle": h, "display_name": display, "description": rng.choice(PLAIN_BIOS).format(**s),
            "elements": _elements(rng, "name", ["bio_claim", "handle"])}


def mixed_script_name(key, t, e, platform, s, rng, i):
    name = rng.choice([t["name"], pick_official(t, platform, rng)["display_name"], s["short"]])
    table = CYR if i % 3 else GRK
    idx = [k for k, c in enumerate(name) if c in table]
    chosen = set(rng.sample(idx, min(len(idx), rng.randint(1, 3))))
    display = "".join(table[c] if k in chosen else c for k, c in enumerate(name))
    base = pick_official(t, platform, rng)["handle"].split(".bsky.social")[0]
    h = rng.choice([base + "_nhs", base + "team", "nhs_" + base, base + "2026", rng.choice(e["stems"]) + "_official"])
    return {"handle": h, "display_name": display, "description": rng.choice(PLAIN_BIOS).format(**s),
            "elements": _elements(rng, "name", ["handle", "bio_claim"])}


COPY_TAILS = [
    " For refunds DM us.", " WhatsApp {mob} for appointments.", " Donations: PayPal in bio.", " Jobs with sponsorship, fee applies.",
    " Giveaway pinned 🎁", " Send your NHS number to rebook.", " Apply: {fakedom}", " Bank details for the appeal by DM.",
    " New page, please follow.", " Interview via Telegram.",
]


def copied_official_bio(key, t, e, platform, s, rng, i):
    off = pick_official(t, platform, rng)
    bio = off["bio"]
    if rng.random() < 0.4:
        bio = bio.replace("Official", "The official", 1).replace("Not monitored 24/7", "Monitored 24/7")
    desc = bio + rng.choice(COPY_TAILS).format(**s)
    stem = rng.choice(e["stems"] + [t["initials"].lower()])
    h = rng.choice([stem + "_nhs_", stem + "official", "nhs" + stem + "1", stem + ".trust", stem + "_news"])
    display = off["display_name"] if rng.random() < 0.6 else s["short"]
    return {"handle": h, "display_name": display, "description": desc, "elements": _elements(rng, "bio_claim", ["name", "phone"])}


LOOK_BIOS = [
    "Book, change or cancel your appointment at {fakedom}",
    "{short} careers portal: {fakedom} (apply and pay your registration fee online)",
    "Donate to our winter appeal at {fakedom} 💙",
    "Patient refunds now processed online: {fakedom}",
    "Official news from {short}. Website: {fakedom}",
    "Staff: update your bank details for payroll at {fakedom} before Friday.",
    "Visiting slots for {site} must be pre-booked at {fakedom}",
    "Free flu and covid boosters, reserve your slot: {fakedom} (small booking fee)",
    "Verify your NHS login to see your test results: {fakedom}",
    "{init} international nurses programme. Full details and CoS payment: {fakedom}",
]


def lookalike_domain_bio(key, t, e, platform, s, rng, i):
    # brand-named domains with no likeness to the Trust's own (bristol-weston-nhs.com) appear in the other tactics;
    # this tactic keeps those a reader would mistake for the Trust's domain itself
    close = [d for d in e["lookalike"] if t["web_domains"][0].split(".")[0] in d
             or difflib.SequenceMatcher(None, d, t["web_domains"][0]).ratio() >= 0.6]
    s = dict(s, fakedom=close[i % len(close)])
    stem = rng.choice(e["stems"])
    h = rng.choice([stem + "online", stem + "_web", stem + "portal", stem + "nhs" + str(rng.randint(1, 9)), "my" + stem])
    display = rng.choice([t["name"], s["short"], s["short"] + " Online", s["short"] + " Portal"])
    return {"handle": h, "display_name": display, "description": rng.choice(LOOK_BIOS).format(**s),
            "elements": _elements(rng, "lookalike_domain", ["name", "bio_claim"], 0.3)}


def dotted_handle(key, t, e, platform, s, rng, i):
    if platform == "facebook" and i % 3 == 0:
        name = rng.choice([t["name"]] + t["aliases"][:2])
        return {"handle": str(rng.randint(10**14, 10**15 - 1)), "display_name": name, "description": rng.choice(PLAIN_BIOS).format(**s),
                "elements": _elements(rng, "name", ["bio_claim"])}
    words = re.findall(r"[A-Za-z]+", rng.choice([s["short"], t["name"], t["aliases"][0]]))
    words = [w.lower() for w in words if w.lower() not in ("and", "of")][:4]
    h = ".".join(words)
    if rng.random() < 0.4:
        h += "." + rng.choice(["nhs", "official", "uk", "trust", "hospital"])
    display = rng.choice([pick_official(t, platform, rng)["display_name"], t["name"], s["short"]])
    return {"handle": h, "display_name": display, "description": rng.choice(PLAIN_BIOS + AFFIX_BIOS).format(**s),
            "elements": _elements(rng, "handle", ["name", "bio_claim"])}


SHORT_WORDS = ["help", "jobs", "careers", "care", "support", "info", "team", "recruit", "hr", "appeal", "uk", "official"]
SHORT_KIND = {"help": "help", "support": "help", "info": "help", "care": "help", "team": "help", "uk": "help",
              "official": "help", "jobs": "jobs", "careers": "jobs", "recruit": "jobs", "hr": "jobs", "appeal": "appeal"}
SHORT_NAMES = {
    "help": ["{INIT} Help", "{INIT} Support Team", "{INIT} Info", "{INIT} Official", "{INIT} Care Team", "{INIT}", "{INIT} UK"],
    "jobs": ["{INIT} Careers", "{INIT} NHS Jobs UK", "{INIT} HR Team", "{INIT} Recruitment UK", "{INIT} Jobs"],
    "appeal": ["{INIT} Appeal", "{INIT} Staff Appeal", "{INIT} Charity Appeal"],
}
SHORT_BIOS = {
    "help": ["{INIT} help account. DM us your query and hospital number.", "We help {INIT} patients with refunds and travel claims.",
             "Official {INIT} info page.", "Team {INIT}. Follow for updates.", "{INIT} UK. Giveaway for NHS heroes, comment below!",
             "{INIT} support: appointment problems? WhatsApp {mob} and have your NHS number ready."],
    "jobs": ["Careers at {INIT}. Sponsorship for overseas staff, fee {fee}.",
             "{INIT} HR team. New starters: send passport and bank details by DM to be paid this month.",
             "{INIT} jobs: HCA, nurses, porters. WhatsApp {mob}.", "{INIT} recruitment. Interviews on Telegram every Tuesday.",
             "{band} posts at {INIT}, CoS issued after a {fee} processing fee. Serious applicants only."],
    "appeal": ["{INIT} appeal 💙 Donate via PayPal, link in bio.", "Raising money for {ward}. Bank transfer details by DM.",
               "{INIT} staff thank-you fund. Gift cards and donations welcome, message us."],
}


def short_stem_affix(key, t, e, platform, s, rng, i):
    ini = t["initials"].lower()
    w = SHORT_WORDS[i % len(SHORT_WORDS)]
    if w in ("hr", "recruit"):
        w = w + rng.choice(["team", "uk", "desk", "info"])
    w2 = rng.choice(["", "", "", "uk", "nhs", "team"])
    form = i % 6
    if form == 0:
        h = ini + w + w2
    elif form == 1:
        h = w + ini + w2
    elif form == 2:
        h = ini + "_" + w + ("_" + w2 if w2 else "")
    elif form == 3:
        h = ini + "." + w
    elif form == 4:
        h = w + "_" + ini
    else:
        h = t["initials"] + w.capitalize() + w2.upper()
    if platform in ("linkedin", "bluesky"):
        h = h.lower().replace("_", "-").replace(".", "-")
    sname = dict(s, INIT=t["initials"])
    kind = SHORT_KIND[SHORT_WORDS[i % len(SHORT_WORDS)]]
    return {"handle": h, "display_name": rng.choice(SHORT_NAMES[kind]).format(**sname),
            "description": rng.choice(SHORT_BIOS[kind]).format(**sname),
            "elements": _elements(rng, "handle", ["name", "bio_claim", "phone"], 0.4)}


TACTIC_WORDING = {
    "renamed_old_account": renamed_old_account, "digit_letter_swap": digit_letter_swap, "handle_affix": handle_affix,
    "exact_name_new_handle": exact_name_new_handle, "refund_patient_support_scam": refund_patient_support_scam,
    "jobs_recruitment_scam": jobs_recruitment_scam, "donation_scam": donation_scam, "fake_executive": fake_executive,
    "zero_width_name": zero_width_name, "styled_unicode_name": styled_unicode_name, "mixed_script_name": mixed_script_name,
    "copied_official_bio": copied_official_bio, "lookalike_domain_bio": lookalike_domain_bio, "dotted_handle": dotted_handle,
    "short_stem_affix": short_stem_affix,
}

from adjacent import ADJACENT, adjacent_people  # noqa: E402,F401
