"""Hand-written wording for the impersonating accounts of the eighth set.

Placeholders: {name} full Trust name, {short} a short alias, {site} a hospital or unit, {init} initials,
{city}, {exec} an invented executive, {role} that executive's title, {wa} a drama-range mobile number,
{tg} a Telegram/Signal contact, {dom} a lookalike domain, {amt} a sum of money.
"""

# Refunds, compensation, grants and "patient support" that ask for bank details or a fee.
REFUND_CLAIM = [
    "📢 {short} PATIENT REFUNDS 📢 Overpaid for parking or prescriptions during your stay? Claims close Friday. DM your full name + DOB to start.",
    "Official patient support line for {name}. Travel costs to your appointments can be reimbursed same day, send us your sort code and account no. by DM 💷",
    "Were you affected by the cancelled operations at {site}? You may be owed up to {amt} in compensation. Message us on WhatsApp {wa} ✅",
    "{short} hardship fund is now OPEN for patients & carers!! Grants of {amt} paid within 48hrs. Inbox us to check eligibilty",
    "Patient Experience Team ({init}). We are processing refunds for double-charged parking at {site}. Verify your card in DM to recieve your money back.",
    "Helping {short} patients claim back what they are owed 💙 Mileage, parking, lost property compensation. Small admin fee of £4.99 applies.",
    "‼️Attention {city} residents‼️ {short} data breach compensation scheme: check if your records were exposed and claim {amt}. Link in bio.",
    "We are the official reimbursement desk of {name}. Due to high volume please contact us on Telegram {tg} only.",
    "Discharged from {site} in the last 2 years? You may qualify for a Patient Support Payment. Reply YES in DM and our agent will call you.",
    "{short} • Patient Welfare • Emergency food & fuel vouchers for families of inpatients. Register with your bank login for fast payment 🙏",
    "Verified support account ✔️ {init} finance team. Refund of overpaid NHS charges, we just need a copy of your debit card to confirm identity.",
    "Official account of {short} patient refunds. Your appointment was cancelled by us so you are entitled to {amt}. Claim before 31st or it expires!!",
    "Lost property from {site}? We hold items & will courier them back for a £2.95 postage fee. DM your address and card details.",
    "Cost of living support for {short} patients 🏥💷 apply in 2 mins, paid to any UK bank. WhatsApp {wa}",
    "{name} - Patient Liaison (refunds & complaints). Complaint upheld? Payouts now being released, send your account details to the email in our DMs.",
    "💙 {short} Carers Fund 💙 One-off payment of {amt} for unpaid carers of our patients. Limited places, first come first served. Message now.",
    "Overcharged for your hospital TV or phone at {site}? We are helping the Trust return the money. Gift card or bank transfer, your choice 🎁",
    "Refunds team for {short} outpatients. Pay your £1 verification fee via the link and your travel refund lands today.",
    "NOTICE: {short} is contacting all patients owed prescription refunds. If you didnt get a text, DM us your NHS number & phone.",
    "Support for {short} maternity families 👶 Baby grant of {amt} for every birth at {site} this year. Fill the form (link) with bank details.",
    "The {init} patient financial assistance office. Medical bills? We clear them. Contact our caseworker on Signal {tg}.",
    "{site} Patient Support ✅ Official. Claim your unused appointment credit now, offer ends tonight. Send screenshot of your banking app to confirm.",
    "Here to help {short} patients who were billed in error 🙌 Fast refunds, no paperwork. Only a small release fee before payout.",
    "Relatives of {site} patients: our welfare officers can release emergency funds for travel & hotels. Call {wa} anytime 24/7.",
]

REFUND_GENERIC = [
    "Claim back overpaid hospital parking 🅿️💷 2 minute form, paid in 24 hrs. DM to start.",
    "Patient refunds desk. Cancelled appointment? You could be owed money. Message us with your full name and date of birth.",
    "Were you charged twice for a prescription? We recover it for you. Small admin fee, no win no fee!!",
    "Compensation for NHS delays now available 💯 Check your eligibility by WhatsApp {wa}",
    "Helping patients get travel costs reimbursed fast. Bank transfer same day. Verify your card to continue.",
    "Hardship grants for hospital patients and carers 🙏 up to {amt}. Apply via DM, limited funds left.",
    "Lost something in hospital? We return lost property nationwide for a small courier fee 📦",
    "Medical data leak compensation claims 🔒 Find out if you are owed up to {amt}. Telegram: {tg}",
    "Refunds • Grants • Support payments for patients. Fast. Trusted. Reply CLAIM to begin.",
    "Free energy vouchers for families of inpatients 💡 register with your online banking to receive.",
    "Your appointment credit is waiting!! Unused credits expire this month. Message us to cash out.",
    "Patient welfare payments released every Friday. Contact our agent on Signal {tg}.",
    "Overpaid NHS charges? We will sort it. Just send a photo of your card (front) for ID check.",
    "We help patients claim the money hospitals owe them. 4.9⭐ from 2,000+ claimants. DM now.",
]

# Recruitment with fees, visa and certificate-of-sponsorship bait, WhatsApp/Telegram interviews.
JOBS_CLAIM = [
    "🚨 {short} IS HIRING 🚨 Healthcare assistants, no experience needed, £19/hr + visa sponsorship. Send CV on WhatsApp {wa}",
    "Official recruitment page of {name}. International nurses wanted, CoS issued in 7 days after £350 processing fee.",
    "{init} Careers ✅ Band 5 & Band 6 posts at {site}. Interviews held on Telegram this week only: {tg}",
    "Recruiting porters, cleaners and admin for {short} 🏥 Start Monday! Registration fee £45 refundable after first payslip.",
    "We are the HR team of {name}. Apply now for 2025 intake, DBS and uniform fee £120 payable before induction.",
    "Jobs at {site} 💼 Work from home booking coordinators, £850 weekly. Message for details, serious applicants only.",
    "{short} overseas recruitment desk. Visa, flights and accomodation all arranged, pay the deposit and we handle the rest ✈️",
    "Now hiring at {short}: doctors, nurses, carers. Guaranteed job offer letter from the Trust. Contact Mrs Hale on WhatsApp {wa}",
    "Official {init} jobs. Bank staff needed urgently across {site}, weekly pay. Complete your onboarding with a £60 ID check.",
    "{name} - Talent Acquisition. Remote data entry for the Trust, paid training, starter kit costs £75 (refunded).",
    "Apply for NHS sponsorship at {short}! 🇬🇧 Limited certificates left this quarter. DM for the application form.",
    "Student nurses: paid placements at {site} guaranteed. Secure your slot with a £99 booking fee. Closing soon!",
    "{short} Jobs Hub. We recruit on behalf of the Trust, 100% placement rate. Send passport copy and CV to our inbox.",
    "Healthcare support workers needed {city} 📍 {short} pays £2,400 signing bonus. Verify with a £30 background check.",
    "Official Careers page – {name}. Fast track interviews via Google Meet. Offer letters sent same day ✔️",
    "{init} international recruitment partner 🌍 Nurses from Nigeria, India, Philippines, Ghana welcome. Visa fee package £1,850.",
    "Porter, domestic & catering roles at {site}. No interview!! Just pay uniform + locker deposit and start.",
    "Work for {short} from anywhere 💻 Medical secretary roles, £32k remote. Email us your bank details for payroll setup.",
    "We are hiring for {short} ward clerks. Apply by DM. Training materials £40, one time only.",
    "{name} Recruitment ✅ Verified. Reply with 'JOB' and our recruiter will add you to the WhatsApp group.",
    "Visa sponsored care jobs at {short} 🇬🇧 pay the CoS fee and get your decision in 3 weeks. Agents welcome.",
    "{site} HR: last chance for September intake. Your place is reserved once the £250 admin charge clears.",
]

JOBS_GENERIC = [
    "UK hospital jobs with visa sponsorship 🇬🇧 nurses, carers, HCAs. WhatsApp {wa} for the list.",
    "Hiring now!! Healthcare assistants, no experience, £18/hr. Start this week. DM your CV.",
    "Work from home for the NHS 💻 booking and admin roles, £700/week. Small starter kit fee.",
    "Certificates of Sponsorship available for care and nursing roles. Fast processing. Telegram {tg}",
    "Recruitment agency for UK hospitals. 100% job guarantee. Registration £60.",
    "Porters, cleaners, kitchen staff needed in UK hospitals. Accommodation provided. Deposit required.",
    "Nursing jobs in England 🏥 we handle visa, flight & housing. Pay in instalments!",
    "Healthcare careers made easy. Interview on Telegram, offer letter in 24 hours ✔️",
    "Band 5 nurse vacancies, relocation package. Send passport + CV to get started.",
    "Remote medical transcription jobs, paid weekly. Buy the training pack to qualify.",
    "NHS job offers for international candidates 🌍 processing fee applies. Message for details.",
    "Urgent: 40 HCA posts to fill before month end. Apply by DM, £35 DBS fee.",
    "Guaranteed hospital placement for student nurses. Secure your slot now 👇",
    "Bank shifts available today across UK hospitals. Sign up with a £20 ID verification.",
]

# Donation appeals routed to private accounts.
DONATION_CLAIM = [
    "💙 Official fundraising page of {name} 💙 Help us buy a new scanner for {site}. Donate via PayPal friends & family only.",
    "{short} Children's Ward Christmas Appeal 🎄 every £10 buys a toy for a poorly child. Bank transfer details in DM.",
    "URGENT APPEAL from {site}: our neonatal unit needs 3 incubators before winter. Please give what you can, link in bio 🙏",
    "The {short} charity team. We accept donations in Bitcoin and USDT to cut bank fees. Wallet address on request.",
    "A message from the {init} family: staff are working 14hr shifts with no food. Send a meal voucher to our team via Revolut.",
    "{name} Appeal Fund ✅ Registered. Help a patient at {site} who needs life saving treatment abroad. Every penny counts.",
    "Donate to {short} and be entered in our prize draw for a car 🚗 tickets {amt}, pay by bank transfer.",
    "Official giving page of {short}. Our building fund is short of its target, match-funding ends tonight!!",
    "Please help {site}!! We have run out of funds for patient wheelchairs. DM us to donate directly to our fundraising manager.",
    "{short} Staff Wellbeing Appeal 💐 Buy our nurses a thank-you hamper. Gift cards accepted (Amazon, Apple).",
    "Appeal for the family of a {short} nurse who died suddenly 💔 funeral costs. Send to the account in our pinned post.",
    "{name} Charity (official). Text DONATE to our WhatsApp {wa} and we will send payment details.",
    "Help {short} buy 50 new beds this winter. All donations go straight to the ward manager's account 🛏️",
    "🎗️ {site} Cancer Appeal 🎗️ Donate {amt} and we'll name a chair after your loved one. PayPal only.",
    "The {init} Fund: supporting patients who can't afford to travel home. Cash App / Monzo / bank accepted.",
    "Every year {short} treats thousands of children. This year we need YOU. Tap link, choose amount, enter card.",
    "{short} Hospital Radio is closing unless we raise {amt} by Sunday 😢 please donate and share!",
    "Emergency appeal: power outage at {site} destroyed vaccines. We need donations to replace them TODAY.",
    "Official {init} volunteers collecting for the new garden at {site} 🌻 transfer to our treasurer, details by DM.",
    "Sponsored by {short} 💙 Help us reach 10,000 followers and £10k for the ICU. Donate in crypto for a double match.",
    "Proud to raise money for {name}. Bank details for donations in the first comment. Thank you for your kindness 🙏",
    "{short} Baby Loss Appeal. Your gift today supports bereaved parents. Donations via our Telegram {tg}.",
]

DONATION_GENERIC = [
    "Raising money for hospital equipment across the UK 💙 PayPal F&F only please.",
    "Children's ward toy appeal 🎁 help a poorly child smile this Christmas. DM for bank details.",
    "Supporting NHS heroes with meals and care packages. Donate via Revolut or gift cards.",
    "Help us buy incubators for premature babies 👶 every £5 helps. Link in bio.",
    "Hospital appeal fund. We accept USDT, BTC and ETH donations. Wallet in pinned tweet.",
    "Urgent: patient needs treatment abroad, the NHS can't help. Please give 🙏 share share share",
    "Donate £10 and win a hamper!! All proceeds to local hospital wards. Bank transfer only.",
    "NHS staff wellbeing collection 💐 every donation buys a thank-you box for a nurse.",
    "Appeal for hospital wheelchairs and walking frames. Message to donate directly.",
    "Fundraising for a new cancer unit 🎗️ naming rights for donations over £100.",
    "Our ward needs your help. Text GIVE to {wa} for our account details.",
    "Bereavement support fund for families who lost someone in hospital 💔 donate via link.",
    "Matched giving ends midnight!! Double your donation to hospital appeals now ⏰",
    "Keeping hospital radio on air 📻 please donate whatever you can, every penny matters.",
]

# Invented executives: accounts that speak as them.
EXEC_CLAIM = [
    "Chief Executive, {name}. Proud of our people. Personal account: DMs open for staff and patients.",
    "{role} of {short}. I personally review every donation to our wards, message me to contribute 💙",
    "CEO @ {short} 🏥 Now recruiting international nurses directly, contact my assistant on WhatsApp {wa}",
    "Leading {name}. My office can fast-track your job application, ask me how.",
    "{role}, {short}. Here to hear from patients directly. Refund or complaint? DM me your details.",
    "Honoured to lead {short} 💙 Launching my personal appeal for {site} — link below.",
    "Chief exec {init}. Views my own. I'll be sharing vacancies & an exclusive sponsorship scheme here first.",
    "Official page of the {role} of {name}. Verified ✔️ Beware of fake accounts using my name!",
    "{role} | {short} | Parent of 3 | Please support our Christmas ward appeal, PayPal in pinned post 🎄",
    "I lead {short}, serving {city}. Because of scams we now only take donations through this account.",
    "{name} Chief Executive. Investing in our staff: join my Telegram {tg} for the new staff bonus scheme.",
    "Chief Executive at {site} and {short}. Sharing good news, jobs and how you can help us.",
    "{role} of {short}. I have been given a special allocation of visas for nurses, serious applicants DM.",
    "Board of {name} | {role}. Any patient affected by delays can claim compensation through my office.",
    "CEO of {short} since 2021. Ask me anything. Partnerships and sponsorship enquiries via WhatsApp {wa}.",
    "Running {short} is a privilege 🙏 I'm raising {amt} for {site} myself, every donation doubled by me!",
    "Official account of {role} of {name}. This is my only account. My assistant will reply to DMs.",
    "{role} ({init}). Investor relations & charity partnerships. Crypto donations welcome for the new wing.",
    "Proud {role} of {short} 💙 DM me for a direct referral into our healthcare assistant programme.",
    "Chief Executive, {short}. Recently moved to this account after my old one was hacked. Please re-follow & DM.",
    "{role}, {name}. Listening to staff. Anyone owed back pay, message me with your payroll number.",
    "Head of {short} 🏥 Fighting for {city}'s hospitals. Support my personal fundraiser below.",
]

EXEC_NEUTRAL = [
    "Two kids, one Villa season ticket, occasional marathon runner. Views my own.",
    "Reader, walker, terrible gardener 🌱",
    "Cyclist. Coffee. Rugby on Saturdays.",
    "Grandparent of five. Love the coast.",
    "Lifelong learner. Tweets are personal.",
    "Jazz, cricket and long lunches 🏏",
    "Trying to run 5k every Saturday. Parkrun addict.",
    "Swimmer. Always planning the next holiday ✈️",
    "Here for the football and the bad puns.",
    "Walking the dog and reading crime novels.",
    "Amateur photographer 📷 sunsets mostly.",
    "Northerner living down south. Opinions mine.",
    "Cook, baker, occasional singer.",
    "Family first. Sunday league referee.",
]

# Bios that claim to be the Trust itself (used by the name/handle tactics when they copy more than one element).
TRUST_CLAIM = [
    "Official account of {name}. Follow for updates, appointments and news 💙",
    "{short} ✅ The REAL page. Our old account was hacked, please follow us here instead.",
    "Welcome to {name} 🏥 we are moving our patient updates to this page.",
    "Official {short} page. Verified NHS account. DM us for appointment changes.",
    "News from {site} and the wider {short} family. Official.",
    "{name} (official). Not monitored 24/7. For help with appointments message us.",
    "This is the new home of {short} on here! Old page closing soon, please like & share 🔁",
    "{short} | Official | Caring for {city} since forever 💙 DMs open for patients.",
    "The official social account for {site}. Appointments, visiting, parking, jobs.",
    "Verified page of {name}. Beware of copycat pages!! We will never ask for money... except through this page.",
    "{init} NHS official 🇬🇧 Patient enquiries answered here 9-5.",
    "Updates from {name}. Real page ✔️ ignore all others.",
    "{short} Patient Information Centre. Send us a message for test results.",
    "Official Trust account. {site} • community services • careers.",
    "Hi {city} 👋 {short} is now on here! Follow for news and job alerts.",
    "🏥 {name} 🏥 Serving patients across {city}. Official page managed by our comms team.",
    "{short}: the official page. Ask us about appointments, refunds and vacancies in DM.",
    "Your local NHS at {site}. Official. Message us for visiting times.",
    "Official {init} updates. Following back all patients and staff 💙",
    "Page of {name}. All official announcements will be posted here from now on.",
    "{short} NHS ✅ Verified hospital account. Do not trust other pages!",
    "Official news, stories and appeals from {short}. Inbox us for any query.",
]

# Bios with no identity claim at all, for the subtle cases that copy a single element.
NEUTRAL = [
    "", "Updates.", "News and info.", "Sharing what matters 💙", "Here to help.", "Follow for updates.",
    "Local updates and good news stories.", "Just sharing.", "Community noticeboard 📌", "Info page.",
    "Posting daily.", "We love our community.", "Good vibes only ✨", "Positive news from around the area.",
    "Questions? Drop us a message.", "All things health and wellbeing.", "Keeping you informed.",
    "Account under construction 🚧", "Stay tuned.", "Bringing people together.", "Tips, news and stories.",
    "New page, please follow 🙏", "Health news you can use.", "Daily posts, weekly round-ups.",
    "Here for the community.", "Sharing local stories since 2024.", "Welcome! Follow and say hi 👋",
    "Reposts and news.", "Wellbeing • community • kindness", "Updates from our team.",
    "Open to messages.", "Support • advice • signposting", "Independent page.", "Notices and updates for patients and visitors.",
    "Community health page.", "Everything local.", "Keeping it simple.", "☀️", "💙", "Page run by volunteers.",
    "Information hub.", "Latest news below 👇", "Follow us for more.", "Making a difference every day.",
]

# Neutral display names for accounts whose only copied element is in the handle, bio or domain.
NEUTRAL_NAMES = [
    "Patient Updates", "Community Noticeboard", "Health News", "Support Desk", "Help Centre", "Info Point", "Local Health",
    "Wellbeing Hub", "Updates Team", "Care Team", "Hospital News", "Patient Help", "News Desk", "Notices", "Health Info UK",
    "Careers Desk", "Jobs Board", "Appeal Team", "Community Care", "Visitor Info", "Health & Care", "The Team", "Admin",
    "Support Team ✅", "Patient Services", "Info 📢", "Community Page", "Helpline", "Welfare Team", "Fundraising",
]

# Tails appended after a copied official bio.
COPY_TAILS = [
    " DM us for refunds.", " 📩 Message us for jobs.", " WhatsApp {wa}", " Donations: link below 👇", " New page, old one hacked.",
    " Telegram {tg}", " ✅ Verified", " Appointment changes by DM only.", " Claim your travel refund in DM 💷",
    " Nurses wanted, visa sponsorship, DM!", " Support our appeal 🙏", " Inbox for test results.", " Giveaway this week 🎁",
    " Follow for a chance to win.", " Pay parking fines here.", " Reply with your NHS number for priority.",
    " Official recruitment ⬇️", " Gift cards accepted for our appeal.", " Our only page.", " Staff bonus scheme: DM.",
]

# Lookalike-domain bios. {dom} is the lookalike.
LOOKALIKE_CLAIM = [
    "{name} patient portal 👉 {dom} Book, change or cancel appointments online.",
    "Official {short} refunds: apply at {dom} before Friday.",
    "Careers at {short}: apply at {dom} (processing fee applies).",
    "Donate to {site} at {dom} 💙 every pound helps.",
    "{short} ✅ new website {dom} - please update your bookmarks!",
    "Visit {dom} to view your {short} test results securely.",
    "{init} Jobs: full list at {dom}. Visa sponsorship available.",
    "Pay your {site} parking charge online at {dom} to avoid a penalty.",
    "Official appeal page of {name}: {dom}",
    "{short} patient support grants → {dom}",
    "Update your details with {short} at {dom} or your appointment may be cancelled.",
    "{short} staff: claim your wellbeing bonus at {dom} (log in with your work email).",
    "New {short} app! Download from {dom} 📲",
    "All {short} vacancies now on {dom}. Apply today, start Monday.",
    "{site} lost property and refunds: {dom}",
    "Book your {short} vaccine slot at {dom} 💉 limited availability.",
    "Verify your {init} patient record at {dom}",
    "{name} | Official | {dom}",
    "Giving to {short}? Use our secure donation page {dom}",
    "Complaints and compensation for {short} patients: {dom}",
]

LOOKALIKE_NEUTRAL = [
    "🔗 {dom}", "More at {dom}", "Info: {dom}", "Website: {dom}", "www.{dom}", "Visit us 👉 {dom}",
    "Everything you need: {dom}", "{dom} ✨", "Links: {dom}", "See {dom} for details.", "Sign up at {dom}",
    "Read more on {dom}", "Find us at {dom}", "Contact: info@{dom}",
]

# Lookalike domain shapes; {s} is the domain stem (e.g. nbt), {w} the full real domain.
LOOKALIKE_SHAPES = [
    "{s}-nhs.uk", "{s}nhs.co.uk", "{s}-nhs-support.com", "nhs-{s}.online", "{s}.nhs-uk.help", "my{s}.co.uk",
    "{s}-careers.net", "{s}nhs.info", "{s}-nhs.org", "{s}-patient.com", "{w}.refunds-online.com", "{s}-nhs-jobs.co.uk",
    "{s}trust.org.uk", "{s}-appeal.org", "www-{s}-nhs.uk", "{s}nhs-portal.com", "{s}-nhsuk.net", "secure-{s}.help",
]

# Accounts that had an old life before being renamed: (handle words, leftover bio).
OLD_ACCOUNTS = [
    (["gemma", "bakes"], "Homemade cakes to order 🎂 collection only"),
    (["island", "deals", "2014"], "Best bargains going 🏷️ tag a friend"),
    (["city", "gig", "guide"], "What's on, every weekend. Send us your listings!"),
    (["retro", "kits", "uk"], "Vintage football shirts bought & sold ⚽"),
    (["fitwith", "jaz"], "PT | macros | no excuses 💪"),
    (["crypto", "signals", "pro"], "Daily signals. Not financial advice. 🚀"),
    (["the", "quiz", "page"], "Pub quiz questions every day. Can you get 10/10?"),
    (["lost", "pets", "local"], "Reuniting lost pets with owners 🐾 share to help"),
    (["memes", "4", "days"], "if you laughed you follow 😂"),
    (["mummy", "life", "blog"], "Tired mum of 2 sharing the chaos ☕"),
    (["band", "the", "lanterns"], "Indie four-piece. New single out now 🎸"),
    (["sunday", "carvery", "club"], "Rating every carvery in the county 🍖"),
    (["car", "boot", "finds"], "What I found at the car boot this week"),
    (["giveaway", "hub", "uk"], "Win prizes every week!! Like, share, follow 🎉"),
    (["vinyl", "digger"], "Records, turntables, repairs"),
    (["nails", "by", "keeley"], "Gel, acrylic, nail art 💅 bookings via DM"),
    (["match", "day", "talk"], "Fan page, not affiliated with the club"),
    (["weather", "watch", "local"], "Local weather photos & forecasts 🌦️"),
    (["ebike", "repairs"], "Mobile ebike & scooter repairs, call for a quote"),
    (["holiday", "cottages", "uk"], "Cosy cottages by the sea 🌊 book direct"),
    (["gaming", "with", "rob"], "Streams Tues/Thurs. FIFA and COD"),
    (["dog", "walker", "dan"], "Group walks & puppy visits 🐶 fully insured"),
    (["plant", "swap", "club"], "Swap cuttings, share tips 🌿"),
    (["hair", "studio", "42"], "Cuts, colour & balayage ✂️"),
    (["motivation", "daily"], "Rise and grind 🌅 quotes every morning"),
    (["student", "flats", "to", "let"], "Student lets for next year, bills included"),
    (["cheap", "flights", "finder"], "Error fares and flight deals ✈️"),
    (["nostalgia", "80s"], "Remember this? Share your memories"),
    (["food", "truck", "tacos"], "Find us at the market on Saturdays 🌮"),
    (["photography", "by", "lee"], "Weddings • portraits • events 📸"),
    (["kids", "party", "hire"], "Bouncy castles and soft play hire"),
    (["property", "news", "uk"], "House prices, new builds and market news"),
    (["the", "daily", "chuckle"], "Jokes, memes and good vibes 😂"),
    (["fishing", "reports"], "Catch reports from the coast 🎣"),
    (["bargain", "mum", "finds"], "Deals, discount codes & freebies"),
]
