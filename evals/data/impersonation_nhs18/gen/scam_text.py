"""Hand-written scam bios, display names and handle stems for the 15 tactics of set 18.

Placeholders filled per Trust by make_set.py:
  {name} full Trust name   {short} common short name   {init} initials   {site}/{site2} hospital sites
  {city} town   {area} area served   {region} NHS region   {charity} Trust charity name
  {phone} a Trust register phone (drama range)   {domain} the Trust's real web domain
  {look} a lookalike of the Trust's domain   {ceo}/{chair} invented executives
  {scamphone} a drama-range mobile   {freephone} drama-range 0808   {premium} drama-range 09 number
  {bad} an invented scam domain unrelated to the Trust's own
Which identity elements a bio copies is worked out from the placeholders it uses.
"""

REFUND = [
    "{short} Patient Support 💙 Overcharged for parking, prescriptions or travel? You may be owed a refund. DM your full name and NHS number to start your claim.",
    "Patient Refund Desk for {site}. Eligible patients can reclaim travel costs from the last 6 years. WhatsApp {scamphone} - claims close Friday!",
    "Helpline for patients of {name}. Missed appointment charges refunded within 48hrs. Call {premium} (calls cost £3.60/min plus network charge).",
    "We help NHS patients claim back money they are owed. Hospital parking, dental charges, prescription fees - we do the paperwork, you get paid. No win no fee 📩",
    "PALS support team - {init}. Had poor care? We can fast-track your compensation. Send us your details and bank info so we can check eligibility.",
    "⚠️ NOTICE to all {site} patients: due to a billing error some patients were charged twice. Request your refund at {bad} before the deadline.",
    "Bereavement support payments now available for relatives of patients who died at {site}. Apply by DM - limited funds.",
    "NHS Cost of Living Patient Grant for the {city} area. £250 one-off payment to outpatients. Confirm eligibility with a £0.99 card verification.",
    "Patient experience & refunds | {short} | Inbox us a photo of your appointment letter and we process your reimbursement today 🙏",
    "Healthcare Travel Costs Scheme claims handled here. On Universal Credit? You could be owed up to £800 for hospital journeys. Tap the link 👇 {bad}",
    "Contact centre for {name} patients. Rebooking and refunds on {premium}. Lines open 24/7.",
    "Problems logging into the NHS App? Our support team can fix your account. Just send your login email and the 6 digit code you receive.",
    "Patient Liaison {site} 💙 Compensation scheme for cancelled operations is now open. Eligible patients receive £1,200. Places limited!",
    "If your procedure at {site} was cancelled you are entitled to a refund of travel and parking. Text REFUND to {scamphone}.",
    "Unclaimed patient refunds 2024/25 🔔 Message us your postcode to see if you qualify. Verified NHS partner.",
    "Patient welfare fund - {short}. Small grants for mobility aids, equipment and travel. £25 processing fee applies. DM for the form.",
    "Hospital discharge support and reimbursements. Speak to an adviser free on {freephone} and have your bank card ready.",
    "Paid for a prescription prepayment certificate? Patients of {init} hospitals can now claim it back. Link below ⬇️ {bad}",
    "Help desk for patients and visitors of {site}. Lost property, parking fines and refunds - send a DM with your name, date of birth and address.",
    "All patients who attended {site} between January and March are owed an £85 parking rebate. Call {phone} or DM us your reference.",
    "New patient support account of {name}. Visit {domain}/refunds or message us directly to claim what you are owed.",
    "Your hospital owes you money 💷 We recover overpaid NHS charges for patients in {area}. Fees only taken from successful claims.",
    "Refund team. Sorry for the delay in replying to everyone - we are working through claims as fast as we can. Please DM your card number again if you haven't heard back.",
    "Official patient advice & refunds service {init} 🏥 Response within 1 hour. Never share your details with anyone else, only with us.",
]

JOBS = [
    "{short} Recruitment 🇬🇧 Now hiring healthcare assistants, cleaners and porters. Visa sponsorship available. Processing fee applies. DM to apply.",
    "HR team - {site}. Overseas nurses wanted, £42k + free accommodation. Certificate of Sponsorship issued in 7 days after the £650 admin fee.",
    "Urgent vacancies at {name}. No experience needed, full training given. Send your CV on WhatsApp {scamphone}.",
    "UK hospital jobs for international applicants 🏥✈️ Care assistants, domestic staff, drivers. Guaranteed CoS. Contact our agent today.",
    "Recruitment officer for NHS hospitals across {area}. Skip the queue - pay a one-time registration fee and we submit your application directly.",
    "{init} Careers 💼 We are recruiting Band 5 staff nurses. Sponsorship + relocation package. Interviews by Telegram only.",
    "Porter, catering and housekeeping jobs at {site}. Uniform and DBS fee (£120) payable before your start date.",
    "Work from home for the NHS! Data entry and appointment booking roles, £25 an hour. Starter kit £49. Apply at the link below.",
    "Talent acquisition | {name} | International nurse and midwife recruitment. OSCE fees covered after a £900 refundable deposit.",
    "Jobs at {site} 👩‍⚕️ 40 positions open this month. Comment INTERESTED and we will inbox you the application form.",
    "Healthcare jobs in the UK with visa sponsorship. We work with {short}. CoS, IELTS waiver and flight booking fees handled by our office.",
    "NHS Jobs support team ✅ Stuck on your application? We can guarantee you an interview. Small fee for priority review.",
    "Recruiting now: senior care workers for {city} hospital wards. Salary £31,000. Send a passport copy and the £300 background check fee.",
    "Medical staffing office - {short}. Locum doctors needed urgently. Register through our approved agent, fast-track fee payable.",
    "We are hiring 🙌 catering assistants, cleaners, security. {site}, {city}. Immediate start. Message the HR manager on {scamphone}.",
    "Official careers account of {name}. Offer letters are issued once the registration fee reaches our accounts department.",
    "Graduate nurse programme 2025 - {init}. 100% sponsorship, free housing for 3 months. Secure your place with a £450 booking fee.",
    "Apply now for UK hospital jobs from Nigeria, Ghana, India, the Philippines and Kenya. Verified partner of {short}. Visa guaranteed.",
    "Bank staff desk 🏥 weekly pay, flexible shifts at {site}. Onboarding pack £75, refunded after your first shift.",
    "Recruitment and visa office for {init}. Email your CV and proof of funds to start your Health and Care Worker visa today.",
    "Hiring hospital receptionists and ward clerks in {city}. Online interview on WhatsApp. Contract sent after ID verification payment.",
    "Careers at {short} | vacancies and sponsorship applications at {look}",
    "Hello applicants, due to high demand the £250 processing fee must be paid by Friday or your place goes to the next candidate. God bless 🙏",
    "Healthcare assistant jobs, no interview needed! We place you in a UK NHS hospital within 30 days. Fees apply. Inbox for details.",
]

DONATION = [
    "{charity} Emergency Appeal 💙 Our wards urgently need equipment. Every £5 helps. Donate via the link below or PayPal.",
    "Raising money for the children's ward at {site}. Bank transfer details in the pinned post. Thank you for your kindness 🙏",
    "Official fundraising page of {name}. Help us buy new scanners for local patients. Donate by card at the link.",
    "Support our NHS heroes ❤️ We collect donations for the staff at {site}. PayPal friends & family only please.",
    "{short} Charity Lottery 🎟️ Win £25,000 and support local patients. Tickets £10 by DM.",
    "Memorial appeal for colleagues we lost this winter at {site}. Please give what you can through the link.",
    "Help {init} patients this Christmas 🎄 Gifts for children in hospital - send money and we buy the toys for you.",
    "NHS Hospital Fund {city}. Registered charity (pending). Donate now to save lives in your local hospital.",
    "We are raising £750,000 for critical care beds in your region. Your gift goes straight to your local hospital 💙",
    "Friends of {site} 💙 crowdfunding for new chemotherapy chairs. GoFundMe link ⬇️",
    "Donations for the neonatal unit at {site}. Crypto accepted (BTC / USDT). Every coin helps a baby go home.",
    "Charity partner of {name}. Text GIVE to {premium} to donate £10.",
    "URGENT: generator failure at {site}. We need £40,000 by Sunday to keep the wards running. Please share and give.",
    "Giveaway! 🎁 Donate £2 to our hospital appeal and be entered to win an iPhone. Winners announced Friday.",
    "Official appeal page - {charity}. Our new donations site is {look}",
    "Volunteer-led fundraising for {short}. Sponsor our skydive for the cancer unit, bank details on request.",
    "A challenge for our NHS 🏃 every penny raised goes to hospital staff in {city}. Donate at the link.",
    "Help us feed night shift staff at {site} 🍲 £3 buys a hot meal for a nurse. PayPal link below.",
    "The {init} hospital fund. Please DM for bank details - our online donation page is down for maintenance.",
    "Support the {site} dementia garden appeal 🌸 We are 80% there! Donate via {bad}",
    "Every bed, every monitor, every smile 💙 Give monthly to your local NHS hospital. Cancel any time.",
    "Hospice and hospital appeal for {area}. Cash collections this weekend, or give online through our page.",
]

EXEC_BIOS = [
    "Chief Executive, {name}. Proud to lead our amazing teams. Views my own.",
    "CEO @ {short}. Parent, runner, tea drinker. DMs open for staff and suppliers.",
    "Chair of the Board - {name}. Message me directly about investment opportunities in our new hospital.",
    "Chief Executive of {init}. I personally review every job application sent to my inbox. Send your CV here.",
    "Leading {site} and our community services 💙 Please contact my PA on WhatsApp {scamphone} for urgent matters.",
    "NHS leader. Trust chief executive. Currently running a staff hardship fund - email me to donate.",
    "New number: {scamphone}. Please do not use my old email address, it has been compromised.",
    "Chair, {short}. Former banker. Helping patients and staff with grants - DM for details.",
    "CEO. Nurse by background. Love my job, love my team ❤️ {city}",
    "Chief Executive | NHS | Opinions my own | Open to partnership proposals, crypto and healthcare innovation",
    "Gift cards needed for our staff recognition day - contact me directly. Chief Executive, {init}.",
    "Senior leader in the NHS 🇬🇧 Supporting overseas nurses to come to the UK. Ask me how.",
    "Executive office of {name}. Supplier invoices and bank detail changes are handled through this account.",
    "Chief exec at {site}. Running the marathon for our charity - sponsor me at the link.",
    "Official page. Chair of {name}. Beware of fake accounts - this is my only one.",
    "Proud CEO, grateful for every one of our staff 💙 For media enquiries message me here.",
    "Board chair, non-exec, mentor. Now offering paid mentoring sessions for NHS leadership applicants.",
    "Chief Executive of {short} 🏥 Ask me anything about working in the NHS. Recruitment DMs welcome.",
    "Doctor, leader, dad. The NHS is its people.",
    "Investing in the future of {city}. Limited chance to buy shares in our new diagnostic centre.",
    "Trust CEO. Contact my office on {phone} or message me here for anything urgent.",
    "",
]

EXACT_NAME = [
    "",
    "Welcome to our new page! Our old page was hacked, please like and share this one 💙",
    "Official updates. Follow for news, jobs and patient information.",
    "New account. Please follow and turn on notifications for urgent announcements.",
    "Giveaways every Friday 🎁 for our loyal followers! Like, share and comment to enter.",
    "Hospital news and updates",
    "We have moved! This is now our main page. Send us a message about appointment changes.",
    "Serving our local community with pride since 1948 🏥",
    "Contact us for appointment changes and test results. We reply within 1 hour.",
    "Page run by patient services. Inbox us with your hospital number.",
    "Latest news from {site}. Not monitored 24/7.",
    "Follow us for the latest NHS news in {city} 💙",
    "🚨 Important: every patient must re-register with us before their next appointment. Link below.",
    "Free flu and COVID tests for staff and patients - order through our website.",
    "Staff discount scheme 🛍️ NHS workers click the link to claim your blue light card.",
    "Community page for patients, visitors and staff.",
    "Official page 💙 {init}",
    "Your hospital, your voice.",
    "Patients: if you are waiting for surgery you can now pay to move up the list. Message us for prices.",
    "Visit {domain} for more information.",
]

RENAMED = [
    "",
    "Official page of {short}. Page name changed due to rebrand.",
    "Cakes for all occasions 🎂 Collection only, Tues-Sat",
    "Sharing the best football clips daily ⚽",
    "We have updated our page name. Follow for hospital news and patient refunds.",
    "Now under new management. {name} official updates.",
    "Bringing you motivational quotes every morning ☀️",
    "Patient support and hospital news for {city}.",
    "Hospital page. Message us for appointment changes.",
    "Dog walking & pet sitting, fully insured 🐾",
    "Gaming | Streams every night | Business enquiries in DMs",
    "Congratulations to our followers! You have been selected for an NHS staff reward. DM to claim.",
    "Official NHS page for {area}. Formerly a community page.",
    "Local news, traffic and weather 🚗",
    "Mobile nail technician ✨ Book via DM",
    "Hospital news 💙 {site}",
    "",
]

DIGIT_SWAP = [
    "",
    "Official account of {name}. Not monitored 24/7.",
    "News and updates from {site} 💙",
    "Patient enquiries and refunds: DM us or WhatsApp {scamphone}.",
    "We're hiring! Healthcare assistants and porters, sponsorship available. DM for details.",
    "Official page. Please follow our new account, the old one is no longer used.",
    "Follow for hospital news in {city}.",
    "Your local NHS hospital. Appointment queries - message us here.",
    "Giveaway for NHS staff 🎁 like & share to win £500 of vouchers!",
    "Official. {site} and community services.",
    "Helping patients since day one 🏥",
    "Support line {premium}",
]

AFFIX = [
    "",
    "Help and support for patients of {short}. Message us any time.",
    "Official support channel 💙 {init}. Appointment and refund queries in DMs.",
    "Team page for {site}. News, jobs and updates.",
    "Info desk. We answer questions about appointments, results and travel refunds.",
    "Careers and recruitment 💼 Visa sponsorship roles now open.",
    "The REAL page of {short}. Ignore the others!",
    "Patient advice for {city} hospitals. DM us.",
    "Updates for patients, visitors and staff.",
    "Official UK page 🇬🇧 {name}",
    "Support team. WhatsApp {scamphone} for a faster reply.",
    "Helping you get the care you deserve.",
    "Staff benefits & rewards hub. Claim your NHS discount card here.",
]

ZW = [
    "",
    "Official account of {name}.",
    "News, updates and patient support 💙",
    "Appointments and refunds - message us.",
    "We are recruiting! Sponsorship available for overseas applicants.",
    "Hospital news for {city} and the surrounding area.",
    "Official page. Please share to help patients find us.",
    "{site} • Patient support line {premium}",
    "Follow for updates",
    "This is our new page, the old one was hacked. Please follow 🙏",
    "NHS staff giveaway running this week 🎁",
    "Patient enquiries only. Response within 24 hours.",
]

STYLED = [
    "",
    "Official page 💙",
    "The official account of {name}",
    "Patient support • Refunds • Appointment changes • DM us",
    "Careers & international recruitment ✈️ DM for details",
    "Hospital news for {area}",
    "Like & share to win! 🎁 NHS staff reward giveaway",
    "Welcome to {site}'s new page",
    "Your local hospital, now on here too",
    "Support the hospital appeal 💙 link below",
    "Patient helpline {scamphone}",
    "Updates from our wards and teams",
]

MIXED = [
    "",
    "Official account of {name}. Not monitored 24/7.",
    "Patient support - DM for refunds and appointment changes.",
    "News and updates from {site}.",
    "Recruiting nurses and healthcare assistants from overseas 🌍",
    "Follow for hospital news",
    "Official page for {city} 💙",
    "Please follow our new account! The old one was hacked.",
    "Donate to our wards appeal ❤️ link below",
    "Contact us on {phone}",
    "Official NHS hospital page",
    "Patient enquiries: {scamphone}",
]

DOTTED = [
    "",
    "Official page of {short} 💙",
    "Hospital news, jobs and patient updates.",
    "Patient support and refunds - message us.",
    "Recruiting now. Sponsorship for overseas applicants.",
    "{site} official.",
    "Updates for patients and visitors in {city}.",
    "Follow us for the latest news 🏥",
    "Charity appeal - help our wards 💙",
    "Giveaway for our followers this weekend 🎁",
    "Page for patients, families and staff.",
    "Contact us: {scamphone}",
]

SHORT_STEM = [
    "",
    "Patient help desk for {short}. DM us.",
    "Jobs and careers. International applicants welcome ✈️",
    "Support team 💙 appointments, results and refunds.",
    "PALS - concerns and compensation. Message us with your details.",
    "Appeal for new equipment on our wards. Please donate.",
    "Info and updates for patients in {city}.",
    "Official news from {site}.",
    "Staff rewards and discounts hub 🛍️",
    "Careers office. Processing fees apply to sponsored roles.",
    "Ask us anything about your hospital visit.",
    "Helpline: {freephone}",
]

# copied_official_bio: how a scammer alters the copied bio (text before / after the copy)
COPY_WRAP = [
    ("", ""),
    ("", " DM us for refunds."),
    ("", " New page - our old one was hacked."),
    ("📢 ", ""),
    ("", " Jobs: WhatsApp {scamphone}"),
    ("", " 💙"),
    ("Official ", ""),
    ("", " Support line {premium}"),
    ("", " Donate: link below"),
    ("", " Follow our new page!"),
    ("", " Patient enquiries in DMs."),
    ("", "."),
]

LOOKALIKE = [
    "Patients: check your refund status at {look}",
    "Official vacancies and visa sponsorship: {look}",
    "Appointments, results and travel refunds now online ➡️ {look}",
    "{short} patient portal - log in at {look} to confirm your details.",
    "Donate to our wards appeal at {look} 💙",
    "Our website has moved to {look}. Please update your bookmarks.",
    "Book or change your appointment: {look}",
    "Careers at {site}. Apply at {look} - processing fee applies.",
    "Staff rewards: claim your NHS discount at {look}",
    "Patient support 💙 {look}",
    "Official news and updates. Visit {look}",
    "Missed appointment? Pay the rebooking fee at {look} to keep your place.",
    "Verify your NHS number at {look} before your next visit.",
    "Recruitment of overseas nurses, CoS in 7 days: {look}",
    "Help us buy a new scanner 🙏 {look}",
    "Compensation for cancelled operations - claim at {look}",
    "{look}",
]

# Old handles for renamed accounts (a renamed account keeps its old handle)
OLD_HANDLES = {
    "x": ["dazza_fc_1987", "LeedsGamingHub", "QuoteOfTheDay_", "jenny_bakes22", "TrafficNorthUK", "mikey_tunes",
          "retro_kits_uk", "sunset_snaps", "FootyBanter247", "chloe_nails_x"],
    "facebook": ["crafty.mum.creations", "BestFootballClipsDaily", "sams.cakes.and.bakes", "KentLocalNews24",
                 "PawsAndClawsDogWalking", "Motivation.Daily.UK", "HomeDealsBargains", "ClassicCarsOfBritain",
                 "VintageFindsMarket", "TheFunnyMemesPage"],
    "instagram": ["nails_by_kayleigh", "sunsetvibes.photos", "fitwithdan_", "urban.eats.uk", "lola.the.frenchie",
                  "streetwear.drops", "beach.life.daily", "home.inspo.ideas", "the.quote.shelf", "bookish.becca"],
    "tiktok": ["prank.kingz", "gamer_tom_77", "dance.with.jade", "recipe.hacks.uk", "carp.fishing.lads",
               "makeup.by.mia", "footy.skills.daily", "cleantok.sarah", "diy.dad.uk", "satisfying.clips"],
    "linkedin": ["northern-logistics-solutions", "bright-minds-tutoring", "greenleaf-property-services",
                 "apex-digital-marketing-ltd", "simply-events-uk", "castle-cleaning-co", "pinnacle-it-consulting",
                 "harbour-view-lettings", "swift-courier-network", "blue-ocean-recruitment"],
}

# Generic handles for impersonators that do not copy the official handle, by kind of page
GENERIC_HANDLES = {
    "refund": ["patientsupportuk", "patientrefunds", "nhs_helpdesk_uk", "refunddesk", "patientcareline",
               "claimyourrefund", "healthrefunds", "patientliaison", "nhsrefunds_uk", "travelrefunds"],
    "jobs": ["nhs_careers_uk", "ukhealthjobs", "nursejobsuk", "carejobs_visa", "uknursingjobs", "medrecruit_uk",
             "visasponsorjobs", "careersdesk_uk", "overseasnurses", "nhsjobs_abroad"],
    "donation": ["carefund_appeal", "wardappeal", "nhsfundraise", "hospitalappeal", "wardfund", "hospitalcharity",
                 "nhsheroesfund", "babyunitappeal"],
    "other": ["hospital_updates", "hospitalnews24", "healthsupport247", "nhsstaffrewards", "hospitalhelpline",
              "nhssupportteam", "localhospitalnews", "nhs_updates_uk", "hospitalinfo", "patientnews"],
}

# Display names for scam pages that do not copy the Trust name
GENERIC_DISPLAY = {
    "refund": ["Patient Refund Desk", "NHS Patient Support", "Hospital Refunds UK", "Patient Claims Team",
               "Patient Liaison Service", "Healthcare Refund Centre", "NHS Reimbursements"],
    "jobs": ["NHS Careers UK", "Hospital Jobs UK", "UK Healthcare Recruitment", "Nurse Jobs Abroad",
             "International Nurse Recruitment", "NHS Visa Jobs", "HR Recruitment Office"],
    "donation": ["Hospital Appeal", "NHS Heroes Fund", "Ward Equipment Appeal", "Support Our Hospital",
                 "Children's Ward Appeal", "Local Hospital Fund"],
    "other": ["Hospital Updates", "Patient Services", "Local NHS News", "Hospital Info", "Patient Helpdesk",
              "NHS Updates"],
}

# Lookalikes of each Trust's real web domain (invented; none is the real domain)
LOOKALIKE_DOMAINS = {
    "swlstg": ["swlstg-nhs.uk", "swlstg.nhs-uk.help", "swlstg-patients.com", "swlstg-nhs.online", "swlstgnhs.org"],
    "croydon": ["croydonhealthservices-nhs.uk", "croydonhealthservice.co.uk", "croydon-healthservices.com",
                "croydonhealthservices.nhs-uk.info", "croydonhealth-refunds.online"],
    "whh": ["whh-nhs.co.uk", "whhnhs-refunds.com", "whh.nhs-uk.help", "whh-nhs.online", "whh-careers.org"],
    "coch": ["coch-nhs.co.uk", "coch.nhs-patients.uk", "cochnhs.online", "coch-careers.com", "coch-nhs.info"],
    "ncic": ["ncic-nhs.co.uk", "ncicnhs.com", "ncic.nhs-uk.online", "ncic-careers.net", "ncic-support.help"],
    "uhdb": ["uhdb-nhs.co.uk", "uhdb-nhs.uk", "uhdbtrust.com", "uhdb.nhs-uk.online", "uhdb-careers.net"],
    "ngh": ["northamptongeneral-nhs.co.uk", "northamptongeneral.nhs-uk.help", "northampton-general.org",
            "northamptongeneralhospital.com", "northamptongeneral-nhs.online"],
    "whth": ["westhertshospitals-nhs.co.uk", "westhertshospital.com", "westhertshospitals.nhs-uk.info",
             "west-herts-hospitals.org", "westhertshospitals-careers.net"],
    "sash": ["sash-nhs.co.uk", "sashnhs.com", "sash.nhs-uk.help", "sash-nhs.online", "sash-careers.org"],
    "stsft": ["stsft-nhs.co.uk", "stsftnhs.com", "stsft.nhs-uk.online", "stsft-careers.net", "stsft-refunds.help"],
}

# Invented scam domains that do not imitate any one Trust
BAD_DOMAINS = ["nhs-refund-claims.com", "patient-rebate.online", "uk-health-support.info", "claim-nhs.help",
               "care-refunds.net", "hospital-appeal-uk.org", "nhs-patient-portal.co", "rebate4patients.com"]
