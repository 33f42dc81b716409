"""Hand-written bios and appeals for the impersonating accounts.

Placeholders: {name} full Trust name, {short} short name, {site} a hospital site, {init} initials, {city} city,
{ph} a drama-range phone number, {wa} a drama-range mobile used as a WhatsApp/Telegram contact, {ldom} a lookalike
domain, {exec} an executive's name, {role} their role, {charity} the Trust's charity name.
A phrasing that names the Trust ({name}, {short}, {site}, {init}, {charity}) is a bio claim; the others copy nothing
from the Trust, so an account can carry exactly one copied element (its name or handle).
"""

REFUND = [
    "Patient Support Team 🏥 Overcharged for parking or prescriptions? You may be owed a refund. DM us your "
    "full name, DOB and the card you paid with.",
    "Refunds for cancelled appointments & hospital parking. Message our team on WhatsApp {wa} (9am-8pm)",
    "WhatsApp only 📲 {wa}",
    "{short} patient liaison & refunds desk. Reply to our message with your NHS number so we can process your claim.",
    "Official PALS support for {short} patients. Complaints, refunds and compensation handled within 48hrs. "
    "Text {wa}",
    "Were you charged twice at {site} car park?? You are entitled to claim back up to £250. Send a DM now!! ✅",
    "we help patients get money back from the NHS for delays, lost property & cancelled ops. fast payouts. whatsapp "
    "{wa}",
    "Patient Advice & Liaison Service (PALS) | {short} | Refund & complaint enquiries ONLY via DM or {ph}",
    "💷 NHS REFUND CENTRE 💷 Eligible patients can receive compensation for waiting list delays. Small admin fee "
    "applies. Apply by DM",
    "Hi, we saw your comment about your appointment. Our patient support team can help, please contact us on "
    "WhatsApp {wa} and quote your hospital number.",
    "Patient experience team. Overpaid for your prescription exemption? We'll sort your refund today. Inbox us 📩",
    "Support desk for {site} patients & families • lost property • parking refunds • travel cost claims (HTCS) • "
    "call {ph}",
    "Refund processing for {init} patients. Please verify your bank details to receive your payment. Link in "
    "comments ⬇️",
    "Hospital Travel Costs Scheme claims 🚗 Get your bus/taxi/fuel money back. We do the paperwork for you. Telegram "
    "or WhatsApp {wa}",
    "Customer care for patients of {name}. Have you been affected by a cancelled appointment? You could be owed "
    "compensation.",
    "PATIENT SUPPORT 24/7 📞 {ph} Complaints - Refunds - Medical records requests. We reply to every message.",
    "Dear patients, due to a system error some parking payments were taken twice. Contact us to get your refund 👉 DM",
    "Helping NHS patients claim what they are owed ⚖️ No win no fee. Parking, delays, prescription charges. Message "
    "us on WhatsApp",
    "{short} Patient Services | Refund queries: {wa} | Please do NOT call the switchboard, they cannot process refunds",
    "Your comfort matters 💙 Refunds for TV & phone bedside charges, parking and meals. DM with booking ref.",
    "complaints and refunds team. if you had a bad experience at {site} message us your details and we will call "
    "you back",
    "Patient Refund Unit. Claims are processed by card. Please have your long card number and security code ready "
    "when you message.",
    "Missed appointment fine? These are NOT valid. We help you get them cancelled and refunded. WhatsApp {wa} 📱",
    "Refunds office, {site}. Call the main switchboard {tph} and ask for extension 4471, or WhatsApp {wa}",
    "Patient finance team. Overpayment refunds are listed on {dom} but you can claim faster through us here 👇",
    "NHS prescription refund checker ✅ Most patients who paid in the last 3 years are due money back. Check now via DM",
]

JOBS = [
    "{short} Recruitment 🇬🇧 Hiring Healthcare Assistants, Nurses & Carers NOW. Visa sponsorship available! Send CV "
    "to WhatsApp {wa}",
    "NHS jobs with Certificate of Sponsorship 🛂 No IELTS needed. Processing fee applies. DM for details",
    "Urgent hiring at {site}! Porters, cleaners, kitchen staff £14.50/hr. No experience. Apply on WhatsApp {wa}",
    "Official recruitment partner of {name}. Overseas nurses welcome. Pay your CoS and DBS fee and start in 3 weeks ✈️",
    "Work from home for the NHS 💻 Data entry & admin roles. £300/day. Message us to apply",
    "We are recruiting!! Band 5 & 6 nurses, HCAs, doctors. Interview by Telegram. Relocation package + free housing",
    "Talent acquisition | {init} | hiring 200+ staff across all departments. Send CV and passport copy to our HR "
    "WhatsApp",
    "📢 NHS UK JOBS 📢 Sponsorship for you and your family. Limited slots. Registration fee £350 refundable on arrival",
    "HR Department - {short}. Shortlisted candidates must complete the DBS and uniform payment before induction.",
    "Healthcare Assistant jobs in the UK 🇬🇧 Tier 2 / Skilled Worker visa. 100% guaranteed. Contact our agent {wa}",
    "recruiting carers and support workers for {site} and surrounding area, weekly pay, no interview needed, dm now",
    "International Recruitment Team | {name} | Only genuine applicants. Processing of CoS within 7 days.",
    "Get paid to be a mystery patient 🕵️ Evaluate NHS hospitals, earn £250 per visit. Apply via DM",
    "Are you a nurse in Nigeria, India, Philippines or Ghana? We hire for UK hospitals. Visa + flight ticket "
    "arranged. WhatsApp {wa}",
    "{short} Careers 👩‍⚕️👨‍⚕️ Vacancies updated daily. Apply directly with us, no need for NHS Jobs.",
    "Hiring: remote medical secretaries for the NHS. Training provided once you buy the starter kit.",
    "Official Jobs Page. Porters needed at {site}. Start Monday. Text your name and NI number to {ph}",
    "Recruitment agency supplying NHS hospitals. 🚨 We are sponsoring 50 HCAs this month 🚨 Send CV + £200 booking "
    "fee",
    "Clinical jobs & sponsorship 🏥 UK, Ireland. Free job. Only pay for your visa documentation. Link in bio",
    "We are looking for people to fill easy part time roles at the hospital. Good pay!! Message me for more info",
    "NHS Band 3 HCA roles with accommodation in {city}. Interviews held on Google Chat. Offer letter within 24hrs.",
    "Staffing team for {init}. New starters: please send a copy of your bank card to set up payroll 💳",
    "All vacancies are on {dom}/careers but our WhatsApp recruiter {wa} can fast-track your application ✅",
    "HR direct line {tph}. Send CV, passport and visa fee receipt to confirm your interview slot.",
    "Student nurse placements & paid internships 🎓 {short}. DM your university and phone number.",
]

DONATION = [
    "Please help little Amelia 💔 She is fighting cancer at {site} and her family need £20,000 for treatment abroad. "
    "Every £ helps 🙏 Link below",
    "Raising money for the children's ward this Christmas 🎄🎁 Donate toys or money via PayPal friends & family",
    "Official fundraising for {name}. Support our frontline heroes. Donate now 💙",
    "Help us buy a new scanner for {site}! Target £50,000. Bank transfer details in DM",
    "Sponsor a nurse's meal 🍲 £5 feeds one night shift. Send to our CashApp/PayPal 💙",
    "{charity} - Emergency appeal. Our wards need your help today. Gift Aid available. DM to donate 🙏",
    "We are a small team raising funds for families of sick children in hospital. Bank details on request ❤️",
    "Donate crypto to support NHS staff 🪙 BTC / ETH / USDT accepted. Every coin goes to the wards",
    "Baby Noah was born at 24 weeks and is in intensive care. His mum can't work. Please give what you can 😢🙏",
    "{short} Hospital Appeal 2026 💜 Help our cancer patients this winter. Text GIVE to donate",
    "Official charity partner of {short}. Buy a raffle ticket and WIN £10,000 while helping patients 🎟️",
    "Support the heroes who supported us 💙 Fundraising for NHS staff wellbeing. Payment by gift card accepted",
    "Help bring joy to children in hospital 🧸 Donate to our Amazon wishlist or send funds via PayPal",
    "donations for patients with no family at {site}, clothes, toiletries, money. message me to help",
    "Critical Care Appeal 🚨 Our intensive care unit needs new equipment NOW. Donate via the link in our bio.",
    "Team of volunteers raising money for the NHS. Please share!! Every donation is doubled by our sponsor 💯",
    "Please donate to help Sophie get home 🙏 She is 6 and has been in {short} for 9 months. Family need help with "
    "travel and bills",
    "Fundraising for the ambulance crews who work all night 🚑❤️ Buy them a coffee via the link",
    "NHS Hardship Fund for nurses struggling with bills 💙 Donations via bank transfer, DM for sort code",
    "In memory of our lovely dad who was cared for so well. Raising funds for the ward. Please send donations to my "
    "PayPal",
    "Winter Appeal ❄️ Warm blankets and dressing gowns for elderly patients. Donate £10 today",
    "Help fund a family room on the ward 🏡 Families sleep in chairs. Donate through our GoFundMe",
    "{init} Charity Appeal - official. Donations via WhatsApp {wa}",
    "Registered appeal for {short}. Call {tph} to confirm we are genuine! Donations by bank transfer only",
    "Fundraising for the wards at {dom} 💙 Quicker to donate through our PayPal link below",
    "Christmas Toy Appeal 🎅 Every child on the ward deserves a present. Message us to give",
]

EXECUTIVE = [
    "{role} at {short}. Passionate about people and patients. Views my own.",
    "{role}, {name} 💙 Proud to lead our amazing teams. DM open for staff.",
    "Parent, NHS leader. Investing in crypto to secure my family's future. Ask me how 📈",
    "{role} | {short} | If you need to reach me urgently please WhatsApp {wa}, my work phone is being replaced",
    "Healthcare leader. Giving back to the community 🙏 I am helping NHS staff grow their savings. Message me.",
    "Blessed. Grateful. {role} of an NHS Trust. Let's connect 🤝",
    "New account, old one hacked. {role} at {short}. Please follow & ignore messages from the old account",
    "Chief Executive. I am currently organising a staff reward scheme, contact me for your vouchers 🎁",
    "Mentor | Investor | NHS executive. I help nurses earn passive income with forex. 📊 DM",
    "{role}, {site}. Recruiting personal assistants, flexible hours, message me directly.",
    "Leading {short} through change. Speaker. Trustee. Chair of several boards.",
    "Doctor and hospital director. Looking for serious relationship. Widowed. God fearing 🙏",
    "I am {exec}, {role} at {name}. I will be sending out messages to staff about the annual bonus. Please respond "
    "quickly.",
    "Official account of {exec}. Personal views. Supporting health equality in the community.",
    "Private account. Contact me on Telegram for business proposals.",
    "Proud {role}. Huge thanks to all staff this winter ❤️ A small gift is coming your way, reply with your email.",
    "NHS senior leader 🏥 Partnering with an investment platform that has changed my life. Link 👇",
    "Board member | Health & care | Happy to help anyone looking for a job at {short}, message me your CV",
    "Retired consultant. Now helping families who lost loved ones claim compensation. DM",
    "{role} (acting). Temporary number while I'm travelling: {wa}",
    "Medical Director. Please note I am in meetings all day, send me a text if it is urgent.",
    "Leader • Nurse • Dreamer 💙 {init}",
]

# Bios for accounts whose trick is the name or handle: official-looking, giveaways, phishing, or bland.
NAME_TRICK = [
    "Official account of {name}. Not monitored 24/7. For emergencies call 999.",
    "🎉 GIVEAWAY 🎉 To thank our patients we are giving away 50 x £100 supermarket vouchers. Like, share & comment "
    "DONE",
    "Welcome to our new page! Our old page was hacked, please follow us here for updates 💙",
    "Appointment changes and cancellations: please message us with your name and date of birth.",
    "{short} | News, appointments & patient support | DM us",
    "Your NHS App needs updating. Verify your details via the link below to avoid missing appointments.",
    "Caring for our community since 1948 🏥 Patients, visitors and staff welcome. Inbox for enquiries.",
    "We're hiring! 💼 Also refunds and complaints. Contact us here.",
    "To celebrate our anniversary we are giving away 3 brand new electric scooters. Share this page to enter 🛴",
    "Hospital updates and patient information. Not monitored out of hours.",
    "The official page 💙 Please follow for updates",
    "Free flu and COVID booster booking. Places limited. Click to book your slot ✅",
    "Official Page. Visiting times, parking, appointments.",
    "Patient survey 📝 Complete our 2 minute survey and receive a £50 gift card",
    "NHS staff discount card applications now open 💳 Register via DM",
    "page for patients and staff of {site}. messages answered daily",
    "{init} NHS - Official",
    "Your local NHS hospital. 💙 Book, cancel or change appointments by DM.",
    "Winter prize draw for staff 🎁 All NHS staff can enter. Send your work email and payroll number.",
    "Sharing good news from our wards 🌈",
    "We have moved! New page for {short}. Please follow and share so everyone knows.",
    "Customer service team. Complaints, compliments and enquiries.",
    "Pharmacy and prescription collection updates. Message us to arrange home delivery 💊",
    "Health advice, patient stories and community news.",
    "Official account ✔️ Updates about our hospitals.",
    "🚨 IMPORTANT: All patients must re-register with the new patient portal before the end of the month 🚨",
    "Supporting patients across {city}.",
    "",
    "Main switchboard {tph}. For appointments please message this page instead.",
    "News and updates. Website: {dom} 💙 Enquiries by DM",
    "Due to high demand our phone lines are closed. Please send us a private message with your query 📩",
    "❗️Patients with appointments next week must confirm attendance by messaging us or the slot will be given away❗️",
    "Page for {short} patients 💙 We answer faster here than the switchboard ({tph})",
    "hi everyone this is the new page, we lost access to the old one. please like and share",
    "Updates on strikes, cancellations and rebooking. Check your eligibility for compensation in our pinned post.",
    "NHS Trust 🇬🇧🏥",
    "Local hospital news. Follow for visiting times, car parking and job alerts 🅿️💼",
    "Congratulations! You have been selected for our patient loyalty reward 🎁 Check your inbox",
    "Helping you get the care you need. Official announcements at {dom}",
    "Urgent: blood donation drive this weekend. Register by DM with your blood group and address 🩸",
    "Patient records are being moved to a new system. Send your NHS number to make sure yours is not lost.",
    "Latest news, health tips, and competitions!",
    "Hospital support page. Staff will answer your questions within 24h.",
]

RENAMED = [
    "{short} 💙 Official. (Formerly Northern Soul Nights)",
    "Updates from {short}. Follow for news, jobs and patient information.",
    "Official account for {site}. Previously managed by the comms team, now back up and running.",
    "💙 Serving our community. Page under new management",
    "Giveaways & updates for patients and staff 🎁",
    "Hospital news. Not monitored 24/7.",
    "Patient support. DM for help with appointments or refunds.",
    "NHS 🇬🇧 Proud to serve",
    "{name} - We're back! Our page has been restored after a technical issue.",
    "Ward updates & staff appreciation posts 💐",
    "Official page of {short}. Please like and share to support our staff.",
    "Thank you for 10k followers! Big announcement soon 👀",
    "News, events and fundraising for {short}",
    "Your local hospital page for visiting info & parking updates",
    "Helping patients since 2012 ✨",
    "we post updates for patients and visitors. msg us anytime",
    "Community health page • {city}",
    "{init} 💜 Caring with compassion",
    "Staff, patients and friends of the hospital. Competitions every Friday!",
    "Official 🏥",
]

LOOKALIKE = [
    "Book, change or cancel your appointment online at {ldom}",
    "Patient portal: {ldom} 💻 Log in with your NHS number and date of birth.",
    "Refund claims for parking & prescriptions 👉 {ldom}",
    "Apply for jobs and sponsorship at {ldom}",
    "Official donations page: {ldom} 💙",
    "Visit our new website {ldom} for visiting times and to update your details.",
    "{short} | Appointments & records | {ldom}",
    "Test results now available at {ldom}. Please log in within 7 days.",
    "Careers & recruitment 🧑‍⚕️ {ldom}",
    "📢 Our website has moved to {ldom}. Please update your bookmarks.",
    "Patient experience survey (£50 voucher): {ldom}",
    "Donate to the winter appeal 🎄 {ldom}",
    "Official {short}. More info: www.{ldom}",
    "Complaints, PALS and refunds handled online at https://{ldom}/pals",
    "Staff payroll & rota updates - log in at {ldom}",
    "Get your hospital parking permit at {ldom} 🚗",
    "Free prescriptions for eligible patients, check at {ldom}",
    "Missed a call from us? Confirm your appointment at {ldom}",
    "For patient enquiries email patients@{ldom}",
    "{name}. Secure messaging: {ldom}/secure",
    "Wait list validation: reply at {ldom} or you may be removed from the list",
    "Vaccination bookings 💉 {ldom}",
]

# Small edits applied to an official bio (copied_official_bio): the first ones leave it nearly intact.
BIO_EDITS = [
    ("swap", "Official", "Verified"),
    ("swap", "official", "verified"),
    ("swap", "Not monitored 24/7", "Monitored 24/7"),
    ("swap", "999", "111"),
    ("swap", "Please", "Kindly"),
    ("swap", "NHS Jobs", "our WhatsApp"),
    ("append", " DM for refunds and appointments."),
    ("append", " WhatsApp {wa}"),
    ("append", " 💙 New page - old one hacked."),
    ("append", " Enquiries: {ph}"),
    ("append", " Giveaway pinned 🎁"),
    ("append", " Donations: link below ⬇️"),
    ("prepend", "✅ "),
    ("prepend", "💙 "),
    ("lower", None),
    ("typo", None),
    ("none", None),
    ("append", " Recruiting now, DM."),
    ("swap", "don't", "do not"),
    ("append", " Complaints & PALS via inbox."),
]

# Accounts that were something else before being renamed: old handles kept by the scammer.
OLD_HANDLES = [
    "footy_banter_22", "crypto_kingz", "mummyblogs_liv", "deals4u_uk", "lads_on_tour_09", "cake_by_chloe",
    "daily_memes_hq", "gaming_with_jay", "fitfam_coach", "ukcarboot_finds", "music_vibez_uk", "petlovers4ever",
    "quiz_time_uk", "bargain_hunterz", "nailsbyjess_x", "travel_diaries_21", "motivation_daily", "pubquiz_kings",
    "uk_weather_watch", "vintage_finds_x", "bodybuild_nation", "retro_gamer_uk", "the_funny_page", "soaps_gossip",
    "wedding_ideas_uk", "shoe_addict_uk", "clubbing_uk_2015", "cheapflights_uk", "betting_tips_pro", "selfcare_sunday",
]

# Made-up words scammers put in new handles that carry nothing from the Trust.
GENERIC_HANDLE_WORDS = [
    "patient_help_desk", "nhs_support_uk", "hospital_care_team", "patient_services_24", "uk_health_support",
    "care_desk_uk", "hospital_info_line", "nhs_patient_care", "healthcare_updates", "our_local_hospital",
    "patientcare_official", "uk_hospital_news", "nhs_helpdesk_1", "health_service_desk", "nhs_careers_uk",
    "hospital_appeal_uk", "care_support_team", "the_patient_desk", "nhs_refund_help", "patients_first_uk",
    "wardnews_daily", "nhs_staff_rewards", "hospital_helpline", "nhs_recruit_uk", "help4patients", "patient_liaison_uk", "nhs_support_desk", "hosp_updates", "care_line_uk", "nhs_info_point",
    "patient_advice_team", "uk_nhs_page", "ward_support", "nhs_family_help", "support_our_nurses", "hospital_desk_uk",
    "nhs_connect", "patientline_uk", "nhs_assist", "healthcare_help_uk", "nhs_news_today", "our_nhs_page",
    "medical_help_desk", "patient_voice_uk", "nhs_giveaways", "nhs_jobs_direct", "care_jobs_now", "nhs_appeal_uk",
    "helping_hands_nhs", "nhs_team_uk", "hospital_care_uk", "nhs_community_page", "patient_portal_help",
    "nhs_appeals", "care_givers_uk", "medical_support_uk", "kind_hearts_appeal", "hospital_jobs_uk",
]
