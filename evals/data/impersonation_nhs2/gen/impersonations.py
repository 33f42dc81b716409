"""Impersonation accounts for the nhs2 set: fifteen tactics, each written in several styles and registers.

The wording follows public reports of NHS and hospital impersonation (see SOURCES.md): fake Trust pages that copy
the real page's wording, refund and compensation lures aimed at patients, visa-sponsorship and "DBS fee" job scams,
fake appeals and Friends groups, chief executives asking staff for favours, and look-alike names and domains.
"""
import re

from common import STYLES, account_id, insert_zero_width, iso, make_handle, mix_script

TACTICS = ["renamed_old_account", "digit_letter_swap", "handle_affix", "exact_name_new_handle",
           "refund_patient_support_scam", "jobs_recruitment_scam", "donation_scam", "fake_executive",
           "zero_width_name", "styled_unicode_name", "mixed_script_name", "copied_official_bio",
           "lookalike_domain_bio", "dotted_handle", "short_stem_affix"]
POS_PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "bluesky"]


class Ctx:
    """One Trust's facts, with random picks drawn from the caller's generator."""

    def __init__(self, t, rng):
        self.t = t
        self.rng = rng
        self.name = t["name"]
        self.short = t["short"]
        self.init = t["initials"]
        self.city = t["city"]
        self.county = t["county"]
        self.domain = t["web_domains"][0]
        self.stem = self.domain.split(".")[0]
        self.execs = {role: name for role, name in t["executives"]}

    def site(self):
        return self.rng.choice(self.t["care_sites"])

    def alias(self):
        return self.rng.choice(self.t["aliases"])

    def phone(self):
        return self.rng.choice(self.t["phone_numbers"])

    def mob(self):
        return "07700 900%03d" % self.rng.randint(0, 999)

    def free(self):
        return "0808 157 0%03d" % self.rng.randint(0, 999)

    def prem(self):
        return "0909 879 0%03d" % self.rng.randint(0, 999)

    def charity(self):
        return self.rng.choice(self.t["charities"])[0]

    def look(self, kind=None):
        s = self.stem
        pools = {
            "jobs": [f"{s}-careers.com", f"{s}-nhsjobs.co.uk", f"jobs-{s}.org", f"{s}recruitment.uk",
                     f"{s}-international.net", f"careers.{s}-nhs.com"],
            "pay": [f"{s}-refunds.co.uk", f"{s}-patients.uk", f"nhs-{s}.help", f"{s}-pals.info",
                    f"my{s}-nhs.online", f"{s}-claims.co.uk"],
            "give": [f"{s}-appeal.org", f"{s}charity.help", f"donate-{s}.org.uk", f"{s}-hospitalfund.com",
                     f"give2{s}.org", f"{s}-friends.org.uk"],
            None: [f"{s}-nhs.co.uk", f"{s}nhs.org.uk", f"{s}-nhs.online", f"{s}.nhs-uk.info", f"{s}-nhs.uk",
                   f"my{s}.net", f"{s}-trust.org", f"{s}-hospital.com"],
        }
        return self.rng.choice(pools[kind])

    def ex(self, role):
        return self.execs[role]

    def ex_parts(self, role):
        words = re.sub(r"^(Dr|Professor|Dame|Sir) ", "", self.execs[role]).split()
        return words[0], words[-1]


OLD_HANDLES = [["dazza", "trains", "1987"], ["exeter", "cupcakes"], ["footy", "banter", "hq"], ["gemmas", "nails"],
               ["vintage", "cars", "uk"], ["lucky", "giveaways"], ["mumlife", "blog"], ["bargain", "deals", "uk"],
               ["photo", "booth", "hire"], ["wedding", "dj", "kent"], ["brum", "food", "guide"], ["jamie", "fitness"],
               ["crypto", "tips", "daily"], ["retro", "gaming", "zone"], ["bakes", "by", "bex"], ["tyneside", "memes"],
               ["sunday", "league", "fc"], ["dog", "walker", "pro"], ["holiday", "lets", "cornwall"],
               ["kitchen", "fitters"], ["music", "promo", "2016"], ["lash", "studio"], ["phone", "repairs", "247"],
               ["cheap", "flights", "alerts"], ["garden", "centre", "fans"], ["yoga", "with", "kim"],
               ["fishing", "uk", "lads"], ["quiz", "night", "pub"], ["carp", "angling", "club"],
               ["salon", "hair", "beauty"], ["van", "hire", "north"], ["bingo", "friends"]]

AFFIXES = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers",
           "appeal", "pals", "assist", "ask", "real", "hq", "staff", "patients", "news"]


def swap_once(h, rng):
    """One digit/letter swap that a quick reader misses (o->0, l->1 or I, s->5, m->rn, e->3, a->4, b->8)."""
    subs = [("o", "0"), ("O", "0"), ("l", "1"), ("l", "I"), ("s", "5"), ("S", "5"), ("m", "rn"), ("e", "3"),
            ("a", "4"), ("b", "8"), ("i", "l"), ("I", "l")]
    rng.shuffle(subs)
    for a, b in subs:
        idx = [i for i, ch in enumerate(h) if ch == a]
        if idx:
            i = rng.choice(idx)
            return h[:i] + b + h[i + 1:]
    return h


def handle_for(platform, tokens, rng, **kw):
    return make_handle(tokens, platform, rng, **kw)


def _site_stem(site):
    words = [w for w in re.sub(r"[^A-Za-z ]", "", site).split() if w.lower() not in ("of", "and", "the", "for")]
    return words[:2]


# Each template returns (display_name, bio, copied_elements, handle_tokens)

def renamed_templates(c):
    s, site, al = c.short, c.site(), c.alias()
    return [
        (c.name, f"Official page of {c.name}. We have moved here as our old page was hacked - please follow and "
                 "share so patients can find us 💙", ["name", "bio_claim"]),
        (f"{s} NHS" if "NHS" not in s else s, f"Patient updates for {site}. Message us about appointment changes "
                                             "and refunds.", ["name"]),
        (site, f"Welcome to the {site} page!! Like & share to enter our staff appreciation hamper draw 🎁🎁",
         ["name"]),
        (c.name, f"{c.name} - community page. News, jobs and updates. Enquiries {c.phone()}", ["name", "phone"]),
        (f"{s} Careers", "NOW RECRUITING healthcare assistants, porters & domestics. No experience needed. Apply by "
                         "DM today", ["name"]),
        (c.charity(), f"Raising money for {site} ❤️ every £1 helps our wards. Donate thru link below",
         ["name"]),
        (f"{al} Patient Support", f"Support for patients of {c.name}. Claim your travel cost refund here.",
         ["name", "bio_claim"]),
        (f"{c.init} NHS Trust", "NHS Trust page (new admin team). Older posts from before 2025 are from the "
                                "previous page owner and will be removed.", ["name"]),
        (al, "", ["name"]),
        (f"{al} 💙", f"Official. {c.county}'s NHS. DM for help with waiting lists", ["name", "bio_claim"]),
    ]


def swap_bios(c):
    s, site = c.short, c.site()
    return [
        (f"Official account of {c.name}. DM us for help with appointments.", ["bio_claim"]),
        (f"{s} 💙 patient news & updates", []),
        ("", []),
        (f"We're hiring! Band 5 nurses, visa sponsorship. WhatsApp {c.mob()}", []),
        (f"Helping patients of {site} claim back parking & travel costs", []),
        (f"{c.name}. Please follow our new account, the old one is closing.", ["bio_claim"]),
        (f"Appeals and fundraising for {site}", []),
        (f"NHS 💙 {c.city}", []),
    ]


def generate(trusts, rng, genuine_handles=()):
    """All impersonation records, in a fixed order."""
    records = []
    taken = set(genuine_handles)
    for t in trusts:
        for a in t["official"]:
            taken.add((a[0], a[1].lower()))
    ctxs = {t["key"]: Ctx(t, rng) for t in trusts}
    short_ok = [t for t in trusts if len(t["initials"]) <= 4]

    def uniq(platform, h, c):
        base = h
        n = 0
        while (platform, h.lower()) in taken:
            n += 1
            extra = str(rng.randint(1, 99)) if n > 2 else rng.choice(["uk", "1", "x"])
            if platform == "bluesky":
                label = base.split(".bsky.social")[0]
                h = (label + extra + ".bsky.social") if not label.endswith(".") else label + extra
            elif platform == "x":
                h = (base[: 15 - len(extra)] + extra)
            elif platform == "linkedin":
                h = base + "-" + extra
            else:
                h = base + extra
        taken.add((platform, h.lower()))
        return h

    plan = []
    for tactic in TACTICS:
        pool = short_ok if tactic == "short_stem_affix" else trusts
        per = 30
        trust_cycle = [pool[i % len(pool)] for i in range(per)]
        if tactic == "dotted_handle":
            plats = ["facebook", "instagram", "tiktok"]
        elif tactic == "renamed_old_account":
            plats = ["x", "facebook", "instagram", "tiktok", "linkedin"]
        else:
            plats = POS_PLATFORMS
        plat_cycle = [plats[i % len(plats)] for i in range(per)]
        rng.shuffle(plat_cycle)
        for i in range(per):
            plan.append((tactic, trust_cycle[i], plat_cycle[i], i))

    for tactic, t, platform, i in plan:
        c = ctxs[t["key"]]
        for _attempt in range(25):
            name, handle, bio, els, extra = build_one(tactic, t, c, platform, i, rng)
            if (platform, handle.lower()) not in taken and handle_ok(tactic, t, platform, handle, name):
                break
        handle = uniq(platform, handle, c)
        acct = {
            "platform": platform,
            "handle": handle,
            "display_name": name,
            "description": bio,
            "followers": extra.get("followers", rng.choice([0, 3, 12, 41, 88, 150, 230, 412, 690, 1020, 1875,
                                                            rng.randint(0, 900)])),
            "following": extra.get("following", rng.randint(0, 2500)),
            "verified": extra.get("verified", platform in ("x", "instagram", "facebook") and rng.random() < 0.08),
            "profile_image_url": None,
            "created_at": extra.get("created_at", iso(rng, 2024, 2026, 11)),
            "account_id": account_id(rng, platform),
        }
        records.append({"trust": t["key"], "label": "impersonation", "tactic": tactic, "platform": platform,
                        "account": acct, "copied_elements": sorted(set(els))})
    return records


def fold(s):
    """The validator's loose confusable fold, used here only to retry a swap that would not read as one."""
    import unicodedata
    s = unicodedata.normalize("NFKC", "".join(ch for ch in s if ch not in "\u200b\u200c\u200d\u2060\ufeff")).lower()
    for a, b in (("rn", "m"), ("0", "o"), ("1", "l"), ("5", "s"), ("8", "b"), ("3", "e"), ("4", "a")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z]", "", s).replace("i", "l")


def handle_ok(tactic, t, platform, handle, name):
    from common import HANDLE_RULES
    if not re.match(HANDLE_RULES[platform], handle):
        return False
    if tactic == "digit_letter_swap":
        hs = {a[1].split(".bsky.social")[0] for a in t["official"]}
        h = handle.split(".bsky.social")[0]
        by_handle = any(fold(h) == fold(x) and h.lower() != x.lower() for x in hs)
        names = [t["name"]] + t["aliases"]
        by_name = fold(name) in {fold(x) for x in names} and name not in names
        return by_handle or by_name
    return True


def pick(rng, items):
    return items[rng.randrange(len(items))]


def official_handles(t, platform=None):
    return [a[1] for a in t["official"] if platform is None or a[0] == platform]


def build_one(tactic, t, c, platform, i, rng):
    fn = globals()["t_" + tactic]
    return fn(t, c, platform, i, rng)


def generic_tokens(c, rng, kind):
    init = c.init.lower()
    city = re.sub(r"[^a-z]", "", c.city.lower())
    site_words = [w.lower() for w in _site_stem(c.site())]
    opts = {
        "refund": [[init, "patient", "support"], [init, "refunds"], [c.stem, "pals", "team"], ["nhs", city, "refunds"],
                   site_words + ["pals"], [init, "reimburse"], ["patient", "help", init]],
        "jobs": [[init, "careers"], [init, "recruitment"], ["nhs", "jobs", city], [c.stem, "jobs", "uk"],
                 site_words + ["jobs"], [init, "international", "recruitment"], ["work", "at", init],
                 [init, "hiring", "now"]],
        "give": [[init, "appeal"], [c.stem, "charity"], site_words + ["appeal"], ["friends", "of"] + site_words,
                 [init, "fund"], ["support", init, "heroes"], [c.stem, "donate"], [init, "wards", "appeal"]],
        "plain": [[c.stem], [init, "nhs"], site_words, [c.stem, "nhs"], [init, "hospital"], [c.stem, "trust"],
                  [init, "news"], [city, "nhs"]],
    }
    return pick(rng, opts[kind])


def t_renamed_old_account(t, c, platform, i, rng):
    name, bio, els = pick(rng, renamed_templates(c))
    h = make_handle(pick(rng, OLD_HANDLES), platform, rng)
    extra = {"created_at": iso(rng, 2011, 2019), "followers": rng.choice([540, 812, 1290, 2310, 4800, 9650, 15200,
                                                                         rng.randint(500, 30000)]),
             "following": rng.randint(200, 4000)}
    return name, h, bio, els, extra


def t_digit_letter_swap(t, c, platform, i, rng):
    by_handle = i % 3 != 2
    if by_handle:
        same = [a for a in t["official"] if a[0] == platform]
        src = pick(rng, same) if same else pick(rng, t["official"])
        base = src[1].split(".bsky.social")[0]
        if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
            base = base.lower()
        if platform == "linkedin" and src[0] != "linkedin":
            base = base.lower()
        h = swap_once(base, rng)
        if platform in ("instagram", "tiktok", "linkedin", "bluesky"):
            h = h.lower()
            if h == base.lower():
                h = base.lower().replace("o", "0", 1) if "o" in base.lower() else base.lower().replace("l", "1", 1)
        if platform == "bluesky":
            h = re.sub(r"[^a-z0-9-]", "", h) + ".bsky.social"
        if platform == "x" and len(h) > 15:
            h = h[:15]
        if platform == "linkedin":
            h = re.sub(r"[^a-z0-9-]", "", h)
        if platform in ("instagram", "tiktok"):
            h = re.sub(r"[^a-z0-9._]", "", h)[: 30 if platform == "instagram" else 24]
        if platform == "facebook":
            h = re.sub(r"[^A-Za-z0-9.]", "", h)
        bio, more = pick(rng, swap_bios(c))
        name = src[2] if rng.random() < 0.6 else c.alias()
        els = ["handle"] + more
        if rng.random() < 0.75 or bio == "":
            els.append("name")
        else:
            name = pick(rng, [f"{c.short} news", "Patient Info", "NHS updates", f"{c.city} Health"])
        return name, h, bio, els, {}
    src_name = pick(rng, [c.name] + t["aliases"])
    name = swap_once(src_name, rng)
    if name == src_name:
        name = src_name.replace("o", "0", 1)
    h = make_handle(generic_tokens(c, rng, "plain") + [pick(rng, ["page", "updates", "online", "365", "24"])],
                    platform, rng)
    bio, more = pick(rng, swap_bios(c))
    return name, h, bio, ["name"] + more, {}


def t_handle_affix(t, c, platform, i, rng):
    aff = pick(rng, AFFIXES)
    offs = [a[1] for a in t["official"] if a[0] != "linkedin" or platform == "linkedin"]
    src = pick(rng, offs).split(".bsky.social")[0]
    if platform == "x":
        core = src if len(src) + len(aff) + 1 <= 15 else c.init
        h = make_handle([core, aff] if rng.random() < 0.7 else [aff, core], "x", rng,
                        sep=pick(rng, ["_", ""]), style="camel" if core != c.init else "upper_first")
        if core.lower() not in h.lower() and c.init.lower() not in h.lower():
            h = (c.init + "_" + aff)[:15]
    elif platform == "linkedin":
        h = "-".join([src.lower(), aff]) if rng.random() < 0.5 else "-".join([c.init.lower(), aff, "nhs"])
        h = re.sub(r"[^a-z0-9-]", "", h)
    elif platform == "bluesky":
        h = re.sub(r"[^a-z0-9-]", "", (src.lower() + pick(rng, ["-", ""]) + aff)) + ".bsky.social"
    elif platform == "facebook":
        h = re.sub(r"[^A-Za-z0-9.]", "", src + pick(rng, [".", ""]) + aff.capitalize())
    else:
        h = make_handle([src.lower(), aff], platform, rng)
        if src.lower().replace(".", "").replace("_", "") not in h.replace(".", "").replace("_", ""):
            h = make_handle([c.init.lower(), aff], platform, rng)
    s, site = c.short, c.site()
    name, bio, els = pick(rng, [
        (f"{s} Help", f"{s} help desk. Trouble with an appointment? Send us a DM with your hospital number and "
                      "date of birth.", ["handle", "name", "bio_claim"]),
        (f"{s} Careers", "Official careers page. Overseas applicants welcome, CoS provided after registration.",
         ["handle", "name", "bio_claim"]),
        (s, "real account!! the other one is fake, pls report it", ["handle", "name"]),
        ("PALS", f"Patient Advice & Liaison - {c.name}. Refund queries answered 7 days a week",
         ["handle", "bio_claim"]),
        (f"News from {site}", "", ["handle"]),
        (c.name, f"Support line {c.phone()}", ["handle", "name", "phone"]),
        (f"{c.init} Team", "Here for patients and families. Message us any time 💬", ["handle"]),
        (f"{s} Appeal", f"Help {site} buy new equipment - donate via the link 🔗", ["handle", "name"]),
        (f"{c.alias()} Official", "We answer all messages within 24 hours.", ["handle", "name"]),
    ])
    return name, h, bio, els, {}


def t_exact_name_new_handle(t, c, platform, i, rng):
    words = [w for w in re.sub(r"[^A-Za-z ]", "", c.name).split() if w not in ("NHS", "and", "for", "of")]
    toks = pick(rng, [words[:2], words[:3], [c.init, "trust"], words[:1] + ["health"], words[:2] + ["2025"],
                      [c.stem, "hospitals"], words[:2] + ["uk"], [c.city, "nhs", "trust"]])
    h = make_handle(toks, platform, rng)
    site = c.site()
    bio, els = pick(rng, [
        ("", ["name"]),
        ("Page for patients & families 💙", ["name"]),
        (f"NHS Foundation Trust serving {c.city} and surrounding areas. For appointments call {c.phone()}",
         ["name", "phone", "bio_claim"]),
        ("Staff raffle and giveaways every Friday!! share to enter 🎉", ["name"]),
        ("Official. Verified page coming soon.", ["name", "bio_claim"]),
        (f"More at {c.domain}", ["name", "domain"]),
        (f"Jobs, news and appeals from {site}", ["name"]),
        ("Patients - please message us directly to rebook cancelled appointments.", ["name"]),
        (f"Our main page has been restricted. Please follow us here for updates about {site}.", ["name"]),
        ("NHS 💙", ["name"]),
    ])
    return c.name, h, bio, els, {}


def t_refund_patient_support_scam(t, c, platform, i, rng):
    s, site, init = c.short, c.site(), c.init
    amb = "ambulance" in t["type"]
    mh = "mental" in t["type"]
    names = [f"{s} Patient Support", f"{init} Patient Refunds", f"{site} PALS", f"{s} Patient Advice",
             f"NHS {c.city} Patient Support", f"{s} Reimbursements", f"{init} Patient Help Centre",
             f"{c.alias()} Patients"]
    bios = [
        (f"Were you charged for parking during treatment at {site}? You may be owed up to £480. DM your name, DOB "
         "and NHS number to start your claim.", []),
        (f"We are the patient advice team at {c.name}. Overpaid charges refunded - verify your card here.",
         ["bio_claim"]),
        (f"Official patient support team of {c.name}. Travel cost refunds processed in 48hrs. Call {c.phone()} or "
         f"WhatsApp {c.mob()}", ["bio_claim", "phone"]),
        (f"🔔 Prescription overpayment refunds for {s} patients. Click the link & verify your bank details ✅", []),
        (f"Missed appointment letter? Avoid the £35 fee - pay online at {c.look('pay')}", ["lookalike_domain"]),
        (f"Compensation for cancelled operations at {site}. No win no fee. Inbox us.", []),
        (f"PALS {s}. We are contacting patients owed money after the 2025 billing error. Reply with sort code & "
         "account number.", ["bio_claim"]),
        (f"NHS patient refund desk - {c.name}. Freephone {c.free()}", ["bio_claim"]),
        (f"hi!! we r helping {s} patients get money back for cancelled appts. msg me x", []),
        (f"Patients of {s}: a goodwill payment of £250 is available to everyone affected by long waits. Claim "
         "before 31 Dec.", []),
        (f"Refund line for {s} patients {c.prem()} (calls cost £3.60/min)", []),
    ]
    if amb:
        bios = [b for b in bios if "parking" not in b[0] and "operations" not in b[0]]
        bios += [(f"Received an ambulance call-out invoice from {s}? Pay or appeal it here - payments must be made "
                  "within 14 days.", ["bio_claim"]),
                 (f"Patient transport refunds for journeys booked with {s}. DM your journey reference and card "
                  "number.", [])]
    if mh:
        bios += [(f"Carers' support grant for families of people cared for by {s}. Apply via DM, £150 admin fee "
                  "refunded on approval.", []),
                 (f"Missed therapy sessions with {s}? You may be entitled to a refund. Send us your details.", [])]
    name = pick(rng, names)
    bio, more = pick(rng, bios)
    els = ["name"] + more
    h = make_handle(generic_tokens(c, rng, "refund"), platform, rng)
    return name, h, bio, els, {}


def t_jobs_recruitment_scam(t, c, platform, i, rng):
    s, site, init = c.short, c.site(), c.init
    amb = "ambulance" in t["type"]
    names = [f"{s} Careers", f"{s} Recruitment", f"{init} Jobs UK", f"{site} Jobs", f"NHS Jobs {c.city}",
             f"{s} International Recruitment", f"{init} HR Department", f"Work at {s}"]
    bios = [
        (f"Recruiting nurses, carers & HCAs for {c.name}. Visa sponsorship + free flights. Processing fee applies. "
         f"WhatsApp {c.mob()}", []),
        (f"Official recruitment page of {c.name}. Certificate of Sponsorship issued in 7 days. Apply: "
         f"{c.look('jobs')}", ["bio_claim", "lookalike_domain"]),
        ("URGENT hiring!! Healthcare assistants £18/hr no experience, DBS check paid by you (refunded after first "
         "month)", []),
        (f"Band 5 & 6 nurses needed at {site}. Send CV + passport copy to our HR inbox today.", []),
        (f"{s} careers 🇬🇧 We sponsor overseas doctors & nurses. Registration fee £250, fully refundable.", []),
        (f"Work from home admin roles with {s}. £600/week. Equipment deposit required before start.", []),
        (f"Talent Acquisition | {c.name} | Hiring 200+ internationally educated nurses for the 2027 intake",
         ["bio_claim"]),
        (f"HR department of {c.name}. Offer letters are sent by email after payment of the legalisation fee.",
         ["bio_claim"]),
        (f"Jobs at {site} - call {c.phone()} to book an interview slot", ["phone"]),
        ("we are hiring 🙌 no interview needed, start monday. comment INTERESTED", []),
        (f"Recruitment team for {c.name}. Overseas nurses: pay your OSCE booking fee through us.", ["bio_claim"]),
    ]
    if amb:
        bios += [(f"Trainee paramedic & call handler roles with {s}. No degree needed. Secure your place with a £99 "
                  "assessment fee.", []),
                 (f"Emergency care assistant jobs across {t['county']}. Uniform and DBS £85, paid before training.",
                  [])]
    else:
        bios += [(f"Care assistant jobs with {s} - tier 2 / skilled worker visa. Pay £1,200 for the CoS and we "
                  "handle the rest.", [])]
    name = pick(rng, names)
    bio, more = pick(rng, bios)
    h = make_handle(generic_tokens(c, rng, "jobs"), platform, rng)
    return name, h, bio, ["name"] + more, {}


def t_donation_scam(t, c, platform, i, rng):
    s, site, init = c.short, c.site(), c.init
    ch = c.charity()
    slug = re.sub(r"[^a-z]", "", site.lower())[:14]
    styles = [
        (f"{ch} Appeal", f"Help us buy a new scanner for {site}! 🙏 Target £50,000. Donate: gofundme.com/f/{slug}-"
                         f"scanner-appeal", ["name"]),
        (f"{s} Urgent Appeal", "URGENT: our children's ward needs your help tonight. Any amount. Link below ⬇️",
         ["name"]),
        (f"{s} Appeal", f"The official fundraising appeal of {c.name}. Bank transfer details on request - "
                        f"call {c.phone()}", ["name", "bio_claim", "phone"]),
        (ch, "Registered charity. Donations by bank transfer please: sort code 60-83-71, acc 2291 4470, ref WARD.",
         ["name"]),
        (f"Friends of {site}", f"The official Friends of {site}. We fund comforts for patients. Donate via PayPal "
                               "friends & family so 100% reaches the wards.", ["name", "bio_claim"]),
        (f"{s} Staff Wellbeing Fund", f"Support the exhausted staff at {site}! Buy them a hot meal 💙 Revolut/"
                                      "CashApp in bio", ["name"]),
        (f"Donate to {s}", f"Every donation goes straight to {site}: {c.look('give')}/donate",
         ["name", "lookalike_domain"]),
        (f"{site} Christmas Appeal 🎄", "Send Amazon gift cards to our DMs and we'll buy toys for the children on "
                                       "the wards", ["name"]),
        (f"{ch} Lottery", f"Play the weekly {s} hospital lottery - win £25,000! Pay by bank transfer to enter.",
         ["name"]),
        (f"In memory of the nurses of {site} 🕊️", "Raising funds for the families of staff we lost. PayPal in bio.",
         ["name"]),
        (f"{s} Charity Live 🎁", f"Official {s} charity LIVE - send gifts, every rose funds ward equipment 🌹",
         ["name", "bio_claim"]),
        (f"{ch}", f"Official charity of {c.name}. Text GIVE to {c.prem()} to donate £10", ["name", "bio_claim"]),
        (f"{init} Charity", f"Raising £100k for {site}'s new wing. Crypto donations welcome (BTC/ETH) 🙏",
         ["name"]),
        (f"Friends of {c.alias()}", f"We are the League of Friends. Cash collections door to door this month - "
                                    f"our volunteers carry ID. Queries {c.mob()}", ["name"]),
        (f"{s} Defibrillator Appeal", f"Help us put a defib in every village in {t['county']} 💚 Donate by bank "
                                      "transfer or gift card", ["name"]),
    ]
    name, bio, els = pick(rng, styles)
    h = make_handle(generic_tokens(c, rng, "give"), platform, rng)
    return name, h, bio, els, {}


def t_fake_executive(t, c, platform, i, rng):
    role = pick(rng, ["chief_executive", "chief_executive", "chair", "medical_director", "chief_nurse"])
    if platform == "linkedin" and rng.random() < 0.6:
        role = "chief_nurse"
    full = c.ex(role)
    first, last = c.ex_parts(role)
    s = c.short
    title = {"chief_executive": "Chief Executive", "chair": "Chair", "medical_director": "Medical Director",
             "chief_nurse": pick(rng, ["Chief Nurse", "Director of Nursing"])}[role]
    styles = {
        "chief_executive": [
            (full, f"Chief Executive, {c.name}. Personal account. Colleagues - message me here, I may need a quick "
                   "favour while I'm in meetings.", ["executive_name", "bio_claim"]),
            (f"{first} {last} (CEO)", f"CEO @ {s}. New number, old phone broken - text me on {c.mob()}",
             ["executive_name", "bio_claim"]),
            (full, f"this is my 2nd account, the other got hacked. anyone from {s} pls add me", ["executive_name"]),
            (full, f"CEO at {c.name} | Leadership | Compassion | ✉️ ceo.office@{c.look()}",
             ["executive_name", "lookalike_domain"]),
            (f"{full} 💙", "Are you free? I need you to pick up some gift cards for a staff award today. Will "
                          "reimburse. Don't call, in a board meeting", ["executive_name"]),
            (full, f"Chief Executive | {s}. DM me if you have concerns about your care and I'll personally arrange "
                   "a refund", ["executive_name"]),
        ],
        "chair": [
            (full, f"Chair of {s}. Investing in our patients. DM for partnership & donation opportunities",
             ["executive_name"]),
            (f"{full}", f"Chair, Board of Directors, {c.name}. Charity gala tickets available - DM me",
             ["executive_name", "bio_claim"]),
            (f"{first} {last} Chair {c.init}", "Grant funding available for local groups. Apply by messaging me "
                                               "your bank details.", ["executive_name"]),
        ],
        "medical_director": [
            (f"Dr {last} | Medical Director", f"Medical Director {s}. Private second opinions - skip the waiting "
                                              f"list. WhatsApp {c.mob()}", ["executive_name"]),
            (f"Dr {first} {last}", f"Medical Director @ {s} 🩺 crypto tips for NHS staff", ["executive_name"]),
            (full, f"Medical Director, {c.name}. Fast-track referrals available for a small admin fee.",
             ["executive_name", "bio_claim"]),
        ],
        "chief_nurse": [
            (full, f"{title} at {c.name}. I am personally recruiting 40 international nurses - sponsorship "
                   "arranged, small admin fee. Inbox me.", ["executive_name", "bio_claim"]),
            (f"{first} {last} {title}", "Giving away my retention bonus to 10 lucky nurses 💙 comment NHS and DM me",
             ["executive_name"]),
            (f"{first} {last}", f"{title} | {s} | Hiring Band 5 RNs from overseas. Offer letter within 48 hours. "
                                f"Email nursing.director@{c.look('jobs')}", ["executive_name", "lookalike_domain"]),
        ],
    }
    name, bio, els = pick(rng, styles[role])
    toks = pick(rng, [[first, last], [last, "ceo" if role == "chief_executive" else "nhs"], ["dr", last],
                      [first, last, "nhs"], [last, c.init], [first[0], last, "official"]])
    h = make_handle(toks, platform, rng)
    if last.lower() not in h.lower() and last.lower() not in name.lower():
        h = make_handle([last, "nhs"], platform, rng)
    return name, h, bio, els, {}


def _trick_bio(c, rng):
    s, site = c.short, c.site()
    return pick(rng, [
        (f"The official page of {s}. Follow for updates 💙", ["bio_claim"]),
        (f"{c.name} - news, jobs & patient updates", ["bio_claim"]),
        (f"Rebook at {site}: call {c.phone()}", ["phone"]),
        (f"Official {s} support. DM for refunds", ["bio_claim"]),
        (f"Official account of {c.name}.", ["bio_claim"]),
        ("", []),
        (f"Message us to rebook appointments at {site} 📅", []),
        (f"Refunds for {s} patients - DM now", []),
        (f"Now hiring overseas nurses. WhatsApp {c.mob()}", []),
        (f"Urgent appeal for {site}. Donate via link", []),
        (f"{c.county}'s NHS 💙 Follow for updates", ["bio_claim"]),
        (f"Call us: {c.phone()}", ["phone"]),
        (f"Patient portal: {c.look('pay')}", ["lookalike_domain"]),
    ])


def t_zero_width_name(t, c, platform, i, rng):
    base = pick(rng, [c.name, c.alias(), c.short, c.alias()])
    name = insert_zero_width(base, rng)
    bio, more = _trick_bio(c, rng)
    h = make_handle(generic_tokens(c, rng, "plain") + [pick(rng, ["", "official", "uk", "page"])], platform, rng)
    return name, h, bio, ["name"] + more, {}


def t_styled_unicode_name(t, c, platform, i, rng):
    base = pick(rng, [c.name, c.alias(), c.short, c.alias(), f"{c.short} Careers", f"{c.short} Appeal"])
    style = pick(rng, list(STYLES))
    if rng.random() < 0.3 and " " in base:
        w = base.split(" ")
        k = rng.randint(0, len(w) - 1)
        w[k] = STYLES[style](w[k])
        name = " ".join(w)
    else:
        name = STYLES[style](base)
    if not any(0x1D400 <= ord(ch) <= 0x1D7FF or 0xFF01 <= ord(ch) <= 0xFF5E or ch in "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢℂℍℕℙℚℝℤℎ"
               for ch in name):
        name = STYLES["bold"](base)
    bio, more = _trick_bio(c, rng)
    h = make_handle(generic_tokens(c, rng, pick(rng, ["plain", "give", "jobs"])), platform, rng)
    return name, h, bio, ["name"] + more, {}


def t_mixed_script_name(t, c, platform, i, rng):
    base = pick(rng, [c.name, c.alias(), c.short if len(c.short) > 3 else c.name, c.alias()])
    name = mix_script(base, rng)
    bio, more = _trick_bio(c, rng)
    h = make_handle(generic_tokens(c, rng, "plain") + [pick(rng, ["", "nhs", "uk", "team"])], platform, rng)
    return name, h, bio, ["name"] + more, {}


def t_copied_official_bio(t, c, platform, i, rng):
    same = [a for a in t["official"] if a[0] == platform]
    src = pick(rng, same) if same and rng.random() < 0.7 else pick(rng, t["official"])
    bio = src[3]
    tweak = rng.choice(["none", "none", "lower", "emoji"])
    if tweak == "lower":
        bio = bio[0].lower() + bio[1:]
    elif tweak == "emoji":
        bio = bio + " 💙"
    add, more = pick(rng, [
        ("", []),
        (f" Refund claims: DM us your details.", []),
        (f" Now hiring overseas nurses - WhatsApp {c.mob()}", []),
        (f" Donate: {c.look('give')}", ["lookalike_domain"]),
        (" New page - please follow & share!", []),
        (f" Appointments: {c.phone()}", ["phone"]),
    ])
    bio = bio + add
    name, nel = pick(rng, [(src[2], ["name"]), (c.alias(), ["name"]), ("Patient Information", []),
                           (f"{c.city} Hospital News", []), (src[2], ["name"])])
    h = make_handle(generic_tokens(c, rng, "plain") + [pick(rng, ["page", "info", "updates", "online"])], platform,
                    rng)
    return name, h, bio, ["bio_claim"] + nel + more, {}


def t_lookalike_domain_bio(t, c, platform, i, rng):
    s, site = c.short, c.site()
    kind = pick(rng, [None, "pay", "jobs", "give"])
    d = c.look(kind)
    options = [
        (c.alias(), f"Book, change or cancel appointments online: {d}", ["name", "lookalike_domain"]),
        ("Patient Portal UK", f"Manage your hospital appointments at {site} → {d}", ["lookalike_domain"]),
        (f"{s} Jobs", f"All current vacancies: {d} (visa sponsorship available)", ["name", "lookalike_domain"]),
        (f"{s}", f"{c.name} | {d}", ["name", "lookalike_domain", "bio_claim"]),
        ("Hospital Appeal", f"Help our wards: {d}", ["lookalike_domain"]),
        (f"{c.init} Updates", f"official website moved to {d} - update your bookmarks", ["name", "lookalike_domain"]),
        ("NHS Support", f"Claim your NHS travel refund at https://{d}/claim", ["lookalike_domain"]),
        (f"{site}", f"Visiting times, parking & refunds: www.{d}", ["name", "lookalike_domain"]),
        ("Careers Desk", f"Apply now 👉 {d}/apply", ["lookalike_domain"]),
    ]
    name, bio, els = pick(rng, options)
    h = make_handle(generic_tokens(c, rng, pick(rng, ["plain", "refund", "jobs"])), platform, rng)
    return name, h, bio, els, {}


def t_dotted_handle(t, c, platform, i, rng):
    name = pick(rng, [c.name] + t["aliases"])
    if platform == "facebook" and rng.random() < 0.35:
        h = str(rng.randint(10**14, 10**15 - 1)) + str(rng.randint(0, 9))
        bio, more = _trick_bio(c, rng)
        return name, h, bio, ["name"] + more, {}
    words = [w.lower() for w in re.sub(r"[^A-Za-z ]", "", pick(rng, [c.name, c.alias(), c.short])).split()
             if w.lower() not in ("and", "for", "of", "the")]
    words = words[:4]
    if len(words) < 2:
        words = words + [pick(rng, ["nhs", "trust", "hospital", "official"])]
    if platform == "facebook":
        cap = rng.random() < 0.5
        h = ".".join(w.capitalize() if cap else w for w in words)
    else:
        h = ".".join(words)
        limit = 30 if platform == "instagram" else 24
        while len(h) > limit and len(words) > 2:
            words.pop()
            h = ".".join(words)
        h = h[:limit].strip(".")
    if "." not in h:
        h = h + ".nhs"
    bio, more = _trick_bio(c, rng)
    nm_el = ["name"] if rng.random() < 0.6 else []
    if not nm_el:
        name = pick(rng, ["Patient Updates", "NHS News", f"{c.city} Health Info", "Hospital Appeals"])
    return name, h, bio, ["handle"] + nm_el + more, {}


def t_short_stem_affix(t, c, platform, i, rng):
    ini = c.init.lower()
    aff = pick(rng, AFFIXES)
    order = rng.random() < 0.75
    if platform == "x":
        h = make_handle([c.init, aff] if order else [aff, c.init], "x", rng, style="upper_first" if order else "camel")
        if ini not in h.lower():
            h = (c.init + "_" + aff)[:15]
    elif platform == "linkedin":
        h = "-".join([ini, aff] if order else [aff, ini])
    elif platform == "bluesky":
        h = ("".join([ini, aff]) if order else "-".join([aff, ini])) + ".bsky.social"
    elif platform == "facebook":
        h = pick(rng, [c.init + aff.capitalize(), ini + "." + aff, c.init + "." + aff.capitalize()])
    else:
        h = pick(rng, [ini + "_" + aff, ini + "." + aff, ini + aff, aff + "." + ini])
    s = c.init
    name, bio, els = pick(rng, [
        (f"{s} Help", f"Help for patients of {c.alias()}. DM your NHS number to check your waiting list position.",
         ["handle", "name"]),
        (s, "", ["handle", "name"]),
        (f"{s} Patient Support", f"Claim back travel & parking costs. Freephone {c.free()}", ["handle", "name"]),
        (f"{s} Jobs", "Sponsored nursing & HCA roles. Small processing fee. WhatsApp only.", ["handle", "name"]),
        (f"{s} Appeal 💙", f"Raising money for {c.site()} - link below", ["handle", "name"]),
        ("NHS Patient Team", f"We're the patient support team for {c.short}.", ["handle", "bio_claim"]),
        (f"{s} Staff", "Staff discounts & free gifts for NHS workers 🎁 verify with your work email", ["handle"]),
        (f"{c.short}", f"Official {c.short} page. Updates & news.", ["handle", "name", "bio_claim"]),
        ("Ask the team", "Questions about your care? Ask us here 💬", ["handle"]),
    ])
    return name, h, bio, els, {}
