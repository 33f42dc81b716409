# -*- coding: utf-8 -*-
"""Hand-written text for the impersonating accounts of set 19.

Placeholders filled per record by make_set.py:
  {T} full Trust name   {S} short name/alias   {I} initials   {site} a hospital or site   {city} town
  {phone} a Trust phone number from the register   {dom} the Trust's real domain
  {look} a lookalike domain   {ceo} / {chair} invented executive names
  {sp} a scammer's own number (Ofcom drama range, not the Trust's)   {wa} a scammer's WhatsApp number
{T} {S} {I} {site} count as a bio claim; {phone}, {dom}, {look}, {ceo}/{chair} are their own elements.
Pools: "plain" = no Trust reference; "claim" = Trust reference only; "rich" = claim plus another element.
"""

BIOS = {}

BIOS["renamed_old_account"] = {
    "plain": [
        "Page under new management. Patient queries answered here 7 days a week \U0001F4AC",
        "NOW THE OFFICIAL PATIENT HELP PAGE. Message us your appointment letter and we will check your slot.",
        "We have changed our name! Same great page, now helping local patients with hospital enquiries.",
        "Updates for visitors and patients. Inbox open for refunds on parking and prescription charges.",
        "Hospital news & info. Like and share to stay updated \u2764\ufe0f",
        "",
        "Your local hospital page. For quicker replies send full name, DOB and NHS number by DM.",
        "Account rebranded 2024. Follow for waiting list updates and giveaways for NHS heroes.",
        "Helping patients skip the queue - ask us how \U0001F447",
    ],
    "claim": [
        "Now the page for {S}! Previously a community page - we've moved over to share hospital updates for {city}.",
        "Official updates for patients and visitors of {site}. Message us for help with appointments or refunds.",
        "{T} - patient information page. We reply to all messages within 24 hours.",
        "Welcome to the new home of {S} online. Old posts removed. Ask us anything about your hospital stay.",
        "{S} \u2014 news, visiting times and patient support. DM us, we don't use the switchboard any more.",
        "Formerly {city} Buy & Sell. Now sharing updates from {site} for the whole community.",
        "The {S} patient page. Share this page so every family in {city} can reach us!",
        "Proud to represent {T}. Follow for news, jobs and our monthly prize draw for patients.",
        "{S} updates: clinic changes, cancelled appointments and how to rebook. Inbox open.",
    ],
    "rich": [
        "Now managed by {S} patient services. Call {phone} or message us here for rebooking.",
        "Page renamed to {T}. Book, cancel or claim refunds online at {look}",
        "{site} patient line - ring {phone} or DM. We are here to help.",
    ],
}

BIOS["digit_letter_swap"] = {
    "plain": [
        "Patient support. Message us for help.",
        "Appointments & enquiries \u2022 DM open",
        "Hospital updates and patient help. We respond fast.",
        "",
        "Official help desk. Verify your details via DM to continue.",
        "Support for patients & families. Reply within 1hr.",
        "Hospital info page. Not affiliated with any agency.",
        "Queries about letters, refunds or parking? Inbox us.",
    ],
    "claim": [
        "Official account of {T}. Contact us here for appointment changes.",
        "{S} \u2014 news and patient support. DMs answered 24/7.",
        "The {S} team. Follow for updates on services at {site}.",
        "{T}. Patients: please message us with any concerns about your treatment.",
        "Updates from {site}. Now taking enquiries by DM only.",
        "Welcome to {S}. We've moved here from our old account, please follow!",
        "Official {I} page. Any issue with your care, send us a message.",
        "{S} patient experience team. Complaints handled via direct message.",
        "News from {site} and the wider {S} family \U0001F499",
    ],
    "rich": [
        "{T}. Switchboard {phone}. Payments and refunds: {look}",
        "{S} official. Email support via {look} or call {phone}.",
        "Real account of {S} ({dom}). Our old page was hacked - follow here.",
    ],
}

BIOS["handle_affix"] = {
    "plain": [
        "Help desk for patients. All queries answered by DM.",
        "Patient support line \u2022 open 24hrs \u2022 message for assistance",
        "Official helpline. We never sleep \U0001F4AA",
        "Got a problem with your appointment? We can sort it.",
        "",
        "Helping patients since 2020. Inbox for fast help.",
        "Refunds, rebooking, complaints. One place for all of it.",
        "Careers and support. Tap the link to get started.",
    ],
    "claim": [
        "Support account for {T}. DM us your booking reference.",
        "{S} help team. Main account is busy, message us here instead.",
        "{S} patient helpdesk \u2014 appointment issues, lost property, parking fines.",
        "The official support page for {site}. We reply faster than the switchboard!",
        "Help & info for {S} patients and visitors. Message us anytime.",
        "Extra account for {S} news while our main page is being fixed.",
        "{I} Careers \u2022 Jobs at {site} \u2022 Apply via our link \U0001F447",
        "{S} news desk. Breaking updates about {site}.",
        "Assistance for patients of {T}. Complaints, refunds, records requests.",
    ],
    "rich": [
        "{S} support. Call {phone} or use {look} to manage your appointment.",
        "Official help account of {T} ({dom}). DM us for anything.",
    ],
}

BIOS["exact_name_new_handle"] = {
    "plain": [
        "Welcome to our page. Message us for help with your care.",
        "Patient updates. DM for assistance.",
        "Official page. Stay tuned for updates.",
        "",
        "\U0001F3E5 Hospital news \u2022 Patient help \u2022 Jobs",
        "We are here for you. Send us a message.",
        "News and information. Inbox open 9am-9pm.",
        "Your hospital, online. Ask us anything.",
    ],
    "claim": [
        "This is the new page of {S}. Please follow and share, the old one is closing.",
        "News and patient help from {site}, {city}.",
        "{S}: updates for patients, families and staff. DM for support.",
        "Information hub for {site}. Messages answered by our patient team.",
        "Serving the people of {city}. Contact us here for appointments.",
        "Official new account. Our previous page was deleted - {S} is now here.",
        "All services at {site}. Message for waiting times and refunds.",
        "{S} patient liaison. Send us your concerns and we'll investigate.",
    ],
    "rich": [
        "Appointments and enquiries for {site}: {phone}. Portal: {look}",
        "{S}. Website {dom}. Message us for quicker replies than phone.",
    ],
}

BIOS["refund_patient_support_scam"] = {
    "claim": [
        "{S} Patient Refunds \u2014 were you overcharged for parking or prescriptions? Message us to claim back what you're owed.",
        "Missed appointment fee? {S} can cancel it. Send your name, DOB and card ending to our DMs.",
        "Patient support for {T}. If you paid for treatment in 2023-24 you may be due a refund. Text {wa}",
        "{S} Finance Team - refunds for cancelled operations are now being paid. Claim before Friday!!",
        "Your appointment at {site} needs confirming. Unconfirmed bookings will be cancelled. DM to confirm and pay the \u00a31.99 admin fee.",
        "{S} patient compensation scheme \U0001F4B7 Waiting list delay payments up to \u00a3450. Check eligibility by DM.",
        "Overpaid NHS charges at {site}? We process refunds in 48h. WhatsApp {wa}",
        "We are the patient help desk for {S}. Lost your appointment letter? We can resend it for a small postage fee.",
        "Hi, this is {S} support. Due to a system error some patients were charged twice. Message us to receive your refund.",
        "{S} travel cost refunds for patients on benefits. Apply in our inbox with bank details.",
        "Patient Advice & Refunds ({S}). Complaints settled quickly \u2014 compensation paid directly to your account.",
        "{T} \u2014 billing and refunds office. Call {sp} Mon-Sun.",
        "Did {site} lose your belongings? Claim compensation here. Send photos of ID for verification.",
        "\U0001F6A8{S} NOTICE\U0001F6A8 Prescription prepayment refunds are due to 3,000 local patients. Are you one? Message now.",
        "Official {I} patient support. Rebook your cancelled surgery today: a \u00a320 deposit secures your new date.",
        "Parking fine from {site}? Don't pay the fine - pay our reduced settlement instead. DM for details.",
        "Support desk for {S} patients. We help with hospital transport, refunds and appointment changes. {sp}",
        "{S} patient services. Confirm your identity to receive your test results by message.",
    ],
    "rich": [
        "{S} Refunds Office. Claim online at {look} or call {sp}.",
        "{T} patient payments \u2014 refunds processed at {look}",
        "Patient support line for {S}: {phone}. Refund claims via our secure portal {look}",
        "Owed money by {S}? Visit {look} with your card details to get it back.",
        "Due a rebate from {site}? Apply at {look} - takes 2 minutes.",
        "{S} appointments: confirm or pay at {look}. Unpaid bookings cancelled after 24h.",
        "Patient support for {T}. Our team is available on {phone} or WhatsApp {wa}.",
        "{S} (real page, see {dom}). Refund queries to our DMs please.",
        "Dear patient, refunds from {S} require verification. Log in at {look}",
        "{I} patient relief fund. Register at {look} to receive your cost-of-living support.",
        "Helping patients of {T} with refunds and complaints. Secure form: {look}",
        "{S} billing: pay outstanding balances or request refunds at {look}",
    ],
}

BIOS["jobs_recruitment_scam"] = {
    "claim": [
        "{S} Recruitment 2025 \U0001F4E2 Nurses, HCAs, porters needed NOW. Visa sponsorship + accommodation. DM your CV.",
        "Hiring for {site}! No experience needed. Registration fee \u00a349 refundable after first payslip.",
        "Overseas nurses wanted for {T}. Certificate of Sponsorship issued within 7 days. Processing fee applies.",
        "{S} careers team. Guaranteed interview - pay your DBS check online and start next week.",
        "Jobs at {site}: cleaners, drivers, admin. \u00a318/hr. WhatsApp {wa} to apply.",
        "Recruiting for {S}. We sponsor Health & Care visas for carers. Slots limited, reserve yours with a deposit.",
        "{S} HR. Work from home data entry roles for the hospital. Starter kit \u00a375.",
        "Apply for {S} jobs here - faster than NHS Jobs! \U0001F680 DM 'JOB' for the form.",
        "URGENT: {site} needs 40 healthcare assistants. Interview by WhatsApp. Training fee deducted from wages.",
        "{T} international recruitment desk. Doctors, nurses, midwives. Visa, flight & housing arranged. {wa}",
        "Official {I} careers. Pay \u00a3150 for your CoS and job offer letter. Genuine, 100% success.",
        "{S} bank staff agency. Sign up fee covers uniform and ID badge. Shifts available tomorrow.",
        "Hiring porters and security at {site}. Send passport copy and \u00a360 for background check.",
        "{S} Jobs \u2014 skip the queue. Paid priority applications now open.",
        "Student nurses! Guaranteed placement at {site}. Reserve with a small admin fee.",
        "{S} recruitment partner for Africa & Asia. Jobs with sponsorship. Fees apply for processing.",
    ],
    "rich": [
        "{S} Careers. Apply and pay your visa processing fee at {look}",
        "Jobs at {T}. Register at {look} - registration \u00a399.",
        "{S} recruitment office: {sp}. Offer letters issued via {look}",
        "Nursing jobs at {site} with sponsorship. Email hr@{look} with your CV and fee receipt.",
        "Official HR for {S}. Queries {phone}. Application portal {look}",
        "{I} international hiring. Pay CoS fee at {look} to receive your contract.",
        "{S} jobs fair 2025 \u2014 book your paid seat at {look}",
        "Recruiting HCAs for {T}. Interviews via Zoom. Deposit via {look}",
        "{S} careers, led by {ceo}. DM for sponsored roles.",
        "Healthcare jobs at {site} \u2014 check {dom} then apply quicker with us via WhatsApp {wa}",
        "Work for {S}! Training bond \u00a3250 refundable. Apply at {look}",
        "{S} recruitment. Help line {sp}. Portal {look}. Visa support guaranteed.",
        "Jobs at {site}. Pre-employment medical booked through {look} (fee \u00a345).",
        "Chief Nurse's office, {S}. Overseas nurses apply via {look}",
    ],
}

BIOS["donation_scam"] = {
    "claim": [
        "{S} Children's Ward Appeal \U0001F476 Every \u00a35 buys a toy for a child in hospital. Donate via the link or DM for bank details.",
        "Support our heroes at {site}! Fundraising for staff meals. PayPal friends & family only please.",
        "URGENT APPEAL: {site} neonatal unit needs new incubators. Please give what you can today \U0001F64F",
        "Official charity page for {S}. Gift Aid available. Send donations by bank transfer, details in DMs.",
        "{S} Cancer Care Fund. Help patients who can't afford travel to treatment. Donate via Cash App or crypto.",
        "Christmas appeal for patients at {site} \U0001F384 Send gift cards to our inbox and we'll buy presents.",
        "We are raising \u00a350,000 for a new scanner at {site}. 1 share = 1 hope. Donations via DM.",
        "{S} Staff Hardship Fund. Our nurses are struggling - please donate to keep them going.",
        "Donate to {T} in memory of a loved one. Bank transfer details sent by message.",
        "{S} charity raffle \U0001F39F Tickets \u00a32, winners drawn Friday. Pay by bank transfer to enter.",
        "Help baby Amelia at {site} get life-saving treatment abroad. Every penny counts \U0001F496",
        "Lottery for {S} wards - buy a line for \u00a310 and win up to \u00a31,000! DM now.",
        "Emergency fund for {site} after flooding. Please donate, link in comments.",
        "{S} Hospital Friends (new page). Membership \u00a315 a year by bank transfer.",
        "Fundraising for {S} A&E. All money to frontline staff. Donate by sending to our account.",
        "Mental health crisis appeal for {S}. Give now to keep beds open this winter.",
    ],
    "rich": [
        "{S} Charity \U0001F499 Donate securely at {look}",
        "Official appeal for {site}. Give online: {look}",
        "{T} winter appeal. Donations at {look} or call {sp}",
        "Registered charity of {S}. Text GIVE to {sp} or go to {look}",
        "{S} hospital charity. Donate today \u2014 {look}. Questions: {phone}",
        "{ceo} is asking every family in {city} to give \u00a310 to {S}. Link: {look}",
        "Children's unit appeal, {site}. Secure giving page {look} \U0001F9F8",
        "{S} Staff Support Fund. Donate at {look} - every pound doubled!",
        "Support patients at {S}. Gift Aid your donation at {look}",
        "{I} Hospital Charity. See our site {dom} - or give faster by bank transfer (DM).",
        "New equipment appeal at {site}. Visit {look} to give. Thank you!",
        "{S} charity lottery - play at {look}. Jackpot \u00a325,000.",
        "{chair} launches the {S} 2025 appeal. Donate now: {look}",
        "In memory giving for {T}. {look}",
    ],
}

BIOS["fake_executive"] = {
    "plain": [
        "CEO. Healthcare leader. Passionate about patients and people.",
        "Chief Executive | Views my own | DM for partnership enquiries.",
        "Leading an amazing team in the NHS \U0001F499 Investment and collaboration enquiries welcome.",
        "Chair of a hospital trust. Mentor. Speaker. Open to opportunities.",
        "Chief Executive. I personally answer messages from patients and staff.",
        "NHS leader. Proud of my team. Reach me directly here, not by email.",
        "Healthcare executive. Crypto investor. Helping NHS workers build wealth \U0001F4C8",
        "CEO. I help nurses relocate to the UK. Message for sponsorship.",
        "Board chair | Non-exec | Public servant. WhatsApp for urgent matters.",
    ],
    "claim": [
        "Chief Executive of {T}. Proud to lead our brilliant staff.",
        "CEO @ {S}. Patients and staff can message me directly here.",
        "Chair, {T}. Personal account. DM for urgent board matters.",
        "Chief Executive, {S}. Please contact me here about supplier payments - my email is down.",
        "Leading {S} since 2021. Investment partnerships welcome.",
        "{S} Chief Executive. I'm personally reviewing staff bonus claims \u2014 message me your payroll number.",
        "Chair of {S}. Overseas recruitment is my priority. Apply via DM.",
        "Chief Executive of {T}. New number - save it: {wa}",
        "CEO {I}. Grateful to every colleague at {site}. Gift card thank-yous coming soon!",
        "Chief Executive, {T}. Donations to our hardship fund can be sent to me directly.",
        "Chairman of {S}. Verified account. Contact my assistant on {sp}.",
        "Head of {T}. I am giving back to our community - DM to claim your \u00a3200 support.",
    ],
    "rich": [
        "Chief Executive of {T}. Switchboard {phone}. Personal line for staff by DM.",
        "CEO, {S} ({dom}). Please use this account for all correspondence.",
        "Chair, {T}. Hardship payments via {look}",
    ],
}

BIOS["zero_width_name"] = {
    "plain": [
        "Patient help & updates.",
        "Message us for help with bookings.",
        "",
        "News, jobs and support.",
        "We reply to every message \U0001F499",
        "Official updates. DM for enquiries.",
        "Appointments | Refunds | Support",
        "Here to help patients and families.",
    ],
    "claim": [
        "The official page of {S}. Updates for patients & families.",
        "{T} patient help. Message us with your query.",
        "Latest from {site}. Follow for updates.",
        "{S} news and support, now in one place.",
        "Serving {city} from {site}. DM for appointment help.",
        "Official {I}. Our inbox is the quickest way to reach us.",
        "{S}: jobs, news and patient support.",
        "New official account for {site}.",
    ],
    "rich": [
        "{S}. Call {phone} or manage bookings at {look}",
        "{T}. Official site {dom}. Refunds by DM.",
    ],
}

BIOS["styled_unicode_name"] = {
    "plain": [
        "\u2728 Patient support \u2728 DM for help",
        "Updates \u2022 Support \u2022 Careers",
        "Official page. Turn on notifications \U0001F514",
        "",
        "We help patients get seen faster.",
        "Message us \u2014 we always reply.",
        "Refunds and appointments handled here.",
        "Hospital news and giveaways \U0001F381",
    ],
    "claim": [
        "{S} \u2022 official updates for patients in {city}",
        "The home of {T} on here. Inbox open.",
        "{site} news, visiting and support.",
        "Follow {S} for hospital updates \U0001F499",
        "Patient help from {S}. We answer 24/7.",
        "{I} official. Jobs, appeals & news.",
        "Official page for {site}, {city}.",
        "{S} patient liaison. DM us.",
    ],
    "rich": [
        "{S} \u2022 appointments {phone} \u2022 portal {look}",
        "{T} \u2022 {dom} \u2022 DM for refunds",
    ],
}

BIOS["mixed_script_name"] = {
    "plain": [
        "Official patient page. DM us.",
        "Updates and support for patients.",
        "",
        "Appointments, results and refunds.",
        "Trusted hospital updates since 2019.",
        "Message for fast help \U0001F4AC",
        "Hospital updates. Staff & patients welcome.",
        "Help desk. Replies within the hour.",
    ],
    "claim": [
        "Official account of {T}.",
        "{S} \u2014 patient news and help.",
        "News from {site}. DM for help.",
        "{S} verified page. Contact us here only.",
        "Welcome to {S}. Patient support by message.",
        "{T}: jobs, news, appeals.",
        "For patients at {site}. We reply daily.",
        "{I} \u2022 {city} \u2022 patient help",
    ],
    "rich": [
        "Official account of {S}. Support: {phone}",
        "{T}. Pay and rebook at {look}",
    ],
}

BIOS["lookalike_domain_bio"] = {
    "plain": [
        "Manage your hospital appointment online: {look}",
        "Outstanding charges? Settle them at {look} to avoid cancellation.",
        "Patients: new booking system live now at {look}",
        "Claim your travel refund \u2192 {look}",
        "Results portal: {look} (login with card for ID check)",
        "Update your details before your next appointment at {look}",
        "Visitor parking permits now online: {look}",
        "Job vacancies and sponsorship: {look}",
        "Donate to your local hospital at {look} \U0001F499",
        "Secure patient messaging moved to {look}",
    ],
    "claim": [
        "{T} \u2014 our new website is {look}",
        "{S} patients: book, cancel and pay at {look}",
        "Official {S}. Visit {look} for refunds and appointment changes.",
        "News from {site}. Full details at {look}",
        "{S} careers: apply at {look}",
        "The {S} charity online shop is now at {look}",
        "Welcome to {S}. Our website has moved to {look} - please update your bookmarks.",
        "Patient portal for {site}: {look}",
        "{S} \u2014 verify your NHS number at {look} to keep your appointment.",
        "{I} Pharmacy home delivery. Order and pay at {look}",
        "{S} appointments hotline {sp}. Online: {look}",
        "Test results from {site} are now online at {look}",
        "Find us at {look} - the new home of {T}.",
        "{S}: complaints and compensation claims via {look}",
    ],
    "rich": [
        "{T}. Phone {phone}. Web {look}",
        "{S} - new site {look} (old site {dom} closing).",
        "{ceo}'s message to patients: please use {look} for bookings.",
    ],
}

BIOS["dotted_handle"] = {
    "plain": [
        "Hospital updates & patient help \U0001F3E5",
        "Official page. DM to book.",
        "",
        "Support for patients. Message us.",
        "Jobs \u2022 News \u2022 Help",
        "Refund and appointment queries \u2193",
        "Follow for updates from your hospital.",
        "We reply to every message.",
    ],
    "claim": [
        "{S} official. Patient updates and support.",
        "The page for {site} patients and visitors.",
        "{T} news & info.",
        "{S} \U0001F499 DM for appointment help.",
        "Updates from {S} in {city}.",
        "{I} jobs and news. Apply via DM.",
        "Patient help for {site}. Refunds & rebooking.",
        "{S} community page - now official!",
    ],
    "rich": [
        "{S} \u2022 {phone} \u2022 {look}",
        "{T}. See {dom}. Fast help by DM.",
    ],
}

BIOS["short_stem_affix"] = {
    "plain": [
        "Help for patients. DM us.",
        "Support & enquiries. Open daily.",
        "",
        "Careers \u2022 apply via link",
        "Patient help desk \U0001F4AC",
        "Official support. Fast replies.",
        "Info page for patients & visitors.",
        "Refunds, bookings and complaints.",
    ],
    "claim": [
        "{S} help desk. Send us your query.",
        "{I} support team for patients at {site}.",
        "Jobs at {S} \u2014 apply here.",
        "{S} PALS. Complaints handled by DM.",
        "Help account for {T}.",
        "{S} news and info for {city}.",
        "Patients of {site}: message us for help.",
        "{I} official helpline page.",
    ],
    "rich": [
        "{S} help. Call {phone}. Forms at {look}",
        "{I} support ({dom}). DM to skip the queue.",
    ],
}

# Names used when the display name is NOT copied from the Trust (the account copies one other element).
GENERIC_NAMES = [
    "Patient Support Team", "Hospital Help Desk", "Appointments Office", "Patient Refunds", "Patient Services UK",
    "Care Support Line", "Healthcare Careers UK", "Ward Appeal", "Hospital Updates", "Patient Help Centre",
    "NHS Patient Help", "Refund Support", "Health Jobs Direct", "Patient Liaison", "Hospital Info",
    "Support Desk", "Careers Team", "Charity Appeal", "Local Hospital News", "Patient Advice",
    "Health Updates", "Booking Team", "Patient Care Line", "Help Centre", "Hospital Support",
    "Jobs & Visas UK", "Patient Portal", "Care Fund", "Nursing Jobs UK", "Health Service Help",
    "Customer Care", "Patient Relations", "Appointments Team", "Hospital Friends Appeal", "Official Support",
    "Ward News", "Health Help", "Patient Assistance", "Medical Records Desk", "Support Team UK",
]

# Handles used when the handle is NOT copied (platform rules are applied later).
GENERIC_HANDLES = [
    "patient_help_desk", "refunds_uk_team", "carelinehelp", "hospital_updates_uk", "patientservices24",
    "bookings_office", "healthjobs_direct", "wardappeal_uk", "patient_liaison_uk", "caresupport_line",
    "nhs_refund_centre", "ukhealthcareers", "help_centre_247", "appointments_uk", "patient_portal_help",
    "jobsandvisas_uk", "carefund_appeal", "nursejobs_now", "records_desk", "customer_care_health",
    "patientrelations", "support_team_uk", "hospital_info_page", "bookingteam_uk", "health_help_now",
    "care_appeal_2025", "patient_advice_uk", "medical_refunds", "hospitalfriends_appeal", "ward_news_uk",
    "official_support_team", "healthservice_help", "patient_assist", "uk_hospital_jobs", "careers_team_uk",
    "patientcareline", "hospital_support_desk", "refund_help_uk", "visa_nurse_jobs", "nhs_careers_direct",
]

# Old, unrelated handles kept by accounts that were later renamed to a Trust's name.
OLD_HANDLES = [
    "dazza_fishing", "bakingwithbev", "northernsoulnights", "mancmusicfan", "cheapflights_deals",
    "garden_gnome_club", "retro_gamer_87", "lisas_nail_bar", "footy_banter_hq", "classic_minis_uk",
    "dog_memes_daily", "mums_buy_and_sell", "vinyl_crate_digger", "sunday_league_lads", "cake_by_kerry",
    "crypto_moon_alerts", "local_lost_pets", "jokes_for_grandad", "motivation_daily_", "pub_quiz_answers",
    "caravan_life_uk", "fishing_tips_uk", "weekend_deals_uk", "tattoo_ideas_daily", "beauty_by_jade",
    "viral_videos_uk", "car_boot_finds", "puppies_for_likes", "allotment_tales", "wrestling_fan_page",
    "giveaway_queen_uk", "ukweatherwatcher", "old_photos_of_town", "horror_film_club", "kebab_reviews",
]

# Lookalike domains, hand-written per Trust (scam domains may be invented).
LOOKALIKES = {
    "barnsley": ["barnsleyhospital-nhs.uk", "barnsleyhospital.help", "barnsley-hospital-refunds.com",
                 "barnsleyhospitalnhs.org", "barnsleyhospital.nhs-uk.info", "barnsleyhosp1tal.co.uk"],
    "bdct": ["bdct-nhs.uk", "bdct.nhs-care.com", "bdctcare.org", "bdct-support.help", "bdct.nhs-uk.net",
             "bdct-bradforddistrictcare.com"],
    "wuth": ["wuth-nhs.co.uk", "wuth.nhs-refunds.com", "wuthnhs.org", "wuth-patients.online", "wuth.help",
             "wuth-wirraluniversityhospital.com"],
    "stockport": ["stockport-nhs.co.uk", "stockportnhs.help", "stockport.nhs-uk.com", "steppinghill-stockport.org",
                  "stockportnhs-refunds.online", "stockport-nhsjobs.com"],
    "geh": ["geh-nhs.uk", "geh.nhs-patients.com", "gehnhs.org", "geh-hospital.online", "geh.help",
            "georgeeliot-geh.co.uk"],
    "sath": ["sath-nhs.uk", "sath.nhs-jobs.com", "sathnhs.org", "sath-refunds.online", "sath.help",
             "sath-charity.org.uk"],
    "swft": ["swft-nhs.uk", "swft.nhs-careers.com", "swftnhs.org", "swft-appointments.online", "swft.help",
             "swft-charity.co.uk"],
    "kgh": ["kgh-nhs.uk", "kgh.nhs-refund.com", "kghnhs.org", "kgh-hospital.online", "kgh.help",
            "kgh-appeal.co.uk"],
    "esth": ["epsom-sthelier-nhs.uk", "epsom-sthelier.help", "epsomsthelier-nhs.com", "epsom-sthelier.online",
             "epsom-sthelier-refunds.org", "epsom-st-helier.co.uk"],
    "lnwh": ["lnwh-nhs.uk", "lnwh.nhs-careers.com", "lnwhnhs.org", "lnwh-patients.online", "lnwh.help",
             "lnwh-jobs.co.uk"],
}

# Small additions a copycat makes to an official bio it has copied.
COPY_TAILS = [
    "", " DM us for help.", " Message us for refunds.", " \U0001F4AC Inbox open.", " Follow our new page!",
    " Jobs: DM.", " WhatsApp {wa}", " Donations by DM \U0001F499", " Support 24/7.", " New account.",
]

# Ways a copycat changes the start of an official bio.
COPY_PREFIXES = ["", "", "", "\u2705 ", "OFFICIAL: ", "\U0001F3E5 "]

# Display-name forms for fake executives; {n} full name, {s} surname, {f} first name.
EXEC_NAME_FORMS = ["{n}", "{n}", "{n} | CEO", "{f} {s} (Chief Executive)", "{n} \u2714", "{f} {s} - Chair",
                   "{n} NHS", "Dr {f} {s}", "{f} {s}"]

# Affix words appended/prepended by handle_affix and short_stem_affix accounts.
AFFIXES = ["help", "support", "care", "team", "info", "uk", "official", "jobs", "desk", "helpline", "careers",
           "appeal", "pals", "assist", "hq", "staff", "patients", "news", "real", "the", "trust", "ask"]
