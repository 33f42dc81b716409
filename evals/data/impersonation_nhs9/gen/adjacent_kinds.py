"""Hand-written kinds of genuine NHS-adjacent accounts, each filled in for every Trust.

Each kind: (key, platforms, display-name pattern, handle pattern, bios). The bio for a Trust is chosen by rotation so
neighbouring Trusts read differently. Placeholders come from the Trust's context: {short} {init} {name} {town} {town2}
{county} {area} {site} {site2} {icb} {icb_h} {hw} {hw_h} {paper} {paper_h} {radio} {hospice} {charity} {charity_h}
{uni} {league} {ward} {ward2} {speciality} {football} {dom} {tphone} {ceo} {chair} {ceo_first} {ceo_last}
{chair_first} {chair_last} {pfirst} {plast} (an invented private person).
"""

KINDS = [
    ("hospital_charity", ["x", "facebook", "instagram"], "{charity}", "{charity_h}", [
        "The official charity of {name}. Registered charity. Donations fund extras for patients and staff beyond what the NHS provides.",
        "{charity} 💙 Making a difference at {site} and across {area}. Give safely only through our website - we never ask for gift cards.",
        "Supporting patients, families and staff of {short}. Every gift goes further. Donate via our site or the hospital shop.",
    ]),
    ("charity_events", ["instagram", "facebook", "tiktok"], "{charity} Events", "{charity_h}events", [
        "Fun runs, abseils and bake sales for {charity}. Sign up through our website - tickets are never sold by DM.",
        "Event team at {charity}. Our {town} 10k is back! Official entries only via our page link.",
        "Get involved with {charity}: skydives, quizzes and the annual ball. Questions? Email the events team.",
    ]),
    ("charity_fundraiser_person", ["facebook", "instagram", "x"], "{pfirst} {plast}", "{pfirst}runs4{init}", [
        "Running the {town} half for {charity} in memory of my dad. JustGiving link goes straight to the charity 🏃",
        "Shaving my head for {site}'s cancer unit! All money raised via the charity's official page. Thank you!!",
        "Walking 100 miles in May for {charity}. Not affiliated with the trust - just a grateful patient.",
    ]),
    ("league_of_friends", ["facebook", "x"], "{league}", "{init}friends", [
        "{league} - volunteers raising funds for equipment and comforts at {site} since 1951. Shop and tea bar open weekdays.",
        "We're the {league}. Registered charity run entirely by volunteers. New members always welcome!",
        "Volunteers who run the hospital shop and trolley service at {site}. All profits go back to patients.",
    ]),
    ("hospital_radio", ["x", "facebook", "mastodon"], "{town} Hospital Radio", "{town}hospradio", [
        "Volunteer-run hospital radio for patients at {site}. Request a song through the ward staff or our website 🎶",
        "Broadcasting to the bedsides of {site} since 1972. Registered charity. Presenters wanted!",
        "Hospital radio for {town}. Music, chat and bedside requests from our volunteer team.",
    ]),
    ("unison_branch", ["x", "facebook"], "UNISON {short} Branch", "unison_{init}", [
        "UNISON branch for staff at {name}. Join the union at unison.org.uk. Not an official trust account.",
        "Health branch of UNISON representing porters, HCAs, admin, nurses and more at {short}. Reps on every site.",
        "Your union at {site}. Pay, safety, rights at work. Branch office open Tues & Thurs.",
    ]),
    ("rcn_branch", ["x", "facebook"], "RCN {county} Branch", "RCN{town}", [
        "Royal College of Nursing branch for {county}. Supporting nursing staff in {area} including {short}.",
        "RCN members in {town} - branch meetings, learning events and workplace support. Tweets by branch officers.",
        "Nursing staff in {county}: your RCN branch. Not affiliated with any employer.",
    ]),
    ("gmb_unite_rep", ["x", "facebook"], "Unite Health {town}", "unitehealth{town}", [
        "Unite the Union health sector members in {town}. Campaigning for fair pay at {short} and across the NHS.",
        "Unite reps for estates, facilities and healthcare science staff at {site}.",
        "Unite the Union - {town} health branch. Organise, win, grow.",
    ]),
    ("staff_network_bame", ["x", "linkedin"], "{short} Race Equality Network", "{init}REN", [
        "Staff network for Black, Asian and minority ethnic colleagues at {name}. Tweets by network members.",
        "{short} Race Equality Network. Celebrating diversity, tackling discrimination, supporting colleagues.",
        "Colleague-led network at {short}. Meetings monthly, all staff welcome as allies.",
    ]),
    ("staff_network_lgbt", ["x", "instagram"], "{short} Rainbow Network", "{init}rainbow", [
        "LGBTQ+ staff network at {name} 🏳️‍🌈 Safe space, social events and allyship.",
        "Rainbow badge champions and LGBTQ+ colleagues at {short}. Pride in {town} every summer!",
        "Staff-run LGBTQ+ network for {short}. Not the trust's official account.",
    ]),
    ("staff_network_disability", ["x", "linkedin"], "{short} Disability & Wellbeing Network", "{init}ablenet", [
        "Network for disabled and neurodivergent colleagues at {short}. Reasonable adjustments, peer support, advice.",
        "Staff network at {name} for people with disabilities and long-term conditions.",
        "Colleagues with lived experience of disability, supporting each other at {site}.",
    ]),
    ("freedom_to_speak_up", ["x", "linkedin"], "{short} Freedom to Speak Up", "{init}speakup", [
        "Freedom to Speak Up Guardians at {short}. Raise concerns confidentially - contact details on the staff intranet.",
        "Speaking up protects patients. FTSU team for {name}.",
        "Guardian service for {short} colleagues. We listen, we act, we protect you from detriment.",
    ]),
    ("ward_team", ["x", "instagram"], "{ward} {short}", "{ward_h}{init}", [
        "Team account for {ward} at {site}. Celebrating our staff and sharing good practice. No patient info posted.",
        "We are {ward} 💙 Nurses, HCAs, therapists and housekeepers. Tweets by the ward manager.",
        "News from {ward}, part of {name}. Please contact the ward by phone for patient enquiries.",
    ]),
    ("department_team", ["x", "instagram"], "{short} Physiotherapy", "{init}physio", [
        "Physiotherapy team at {name}. Sharing exercises, research and team news. Not for individual advice.",
        "Physios, OTs and rehab assistants at {site} 💪 Team account.",
        "Therapy services at {short}. Student placements, CPD and our amazing team.",
    ]),
    ("research_team", ["x", "bluesky"], "{short} Research & Innovation", "{init}research", [
        "Research and Development at {name}. Clinical trials open to patients in {area}.",
        "R&D at {short} - bringing research to our patients. Find a study near you via Be Part of Research.",
        "Research nurses and trial coordinators at {site}.",
    ]),
    ("library_service", ["x", "mastodon"], "{short} Library & Knowledge Service", "{init}library", [
        "Healthcare library for staff and students at {short}. Literature searches, e-books and study space.",
        "Library and knowledge services at {site}. Evidence for practice.",
        "Books, journals and help with referencing for {short} colleagues.",
    ]),
    ("education_centre", ["x", "linkedin"], "{short} Education Centre", "{init}education", [
        "Postgraduate medical education at {name}. Resident doctors, simulation and courses.",
        "Clinical education and simulation suite at {site}. Courses for {short} staff and students.",
        "Learning and development for everyone at {short}. Course bookings via the intranet.",
    ]),
    ("pals_team", ["x", "facebook"], "{short} PALS", "{init}_PALS", [
        "Patient Advice and Liaison Service at {short}. We will NEVER ask for bank details or payment. Report scams to Action Fraud.",
        "PALS for {name}: help with concerns, compliments and complaints. Call {tphone} or email - we don't take cases by DM.",
        "Need help with your care at {site}? PALS can help. Warning: fake accounts are offering 'refunds' - we never do this by message.",
    ]),
    ("counter_fraud", ["x", "linkedin"], "{county} NHS Counter Fraud", "{county_h}fraud", [
        "Local Counter Fraud Specialists for NHS bodies in {county}. Fake NHS job offers and refund messages: report to us or Action Fraud.",
        "NHS anti-fraud service covering {short} and neighbouring trusts. The NHS never charges for job applications or DBS checks.",
        "Counter fraud team. Scam alert: accounts copying trust names are asking for fees. Report to the NHS Counter Fraud Authority.",
    ]),
    ("nhs_cfa_style_awareness", ["facebook", "instagram"], "Fraud Aware {county}", "fraudaware{county_h}", [
        "Community fraud awareness page for {county}. Currently warning about fake NHS refund and recruitment accounts.",
        "Run by volunteers with Trading Standards support. Spot the scam: the NHS never asks for payment by gift card.",
        "Scam alerts for {area}. If a hospital page asks for money by DM it's not real.",
    ]),
    ("trading_standards", ["x", "facebook"], "{county} Trading Standards", "{county_h}TS", [
        "{county} Trading Standards. Scam warnings, product safety and consumer advice. Report scams to Citizens Advice.",
        "Protecting consumers in {county}. This week: fake hospital fundraising pages - donate only through registered charities.",
        "Trading Standards service for {area}. We'll never ask for payment over social media.",
    ]),
    ("police_cyber", ["x", "facebook"], "{county} Police Cyber Protect", "{county_h}CyberPro", [
        "Cyber protect officers for {county} Police. Advice on scams, hacked accounts and fake profiles.",
        "Helping people in {area} stay safe online. Report fraud to Action Fraud or call 101.",
        "Police cyber crime prevention. Fake NHS pages are circulating - check before you click.",
    ]),
    ("icb", ["x", "linkedin", "facebook"], "{icb}", "{icb_h}", [
        "{icb} - planning and buying NHS services for local people. Not monitored out of hours.",
        "Integrated care board for {area}. Working with {short} and partners to improve health.",
        "Official account of {icb}. For urgent help use NHS 111.",
    ]),
    ("healthwatch", ["x", "facebook"], "{hw}", "{hw_h}", [
        "{hw} - the independent champion for people who use health and social care services. Tell us about your experience.",
        "Independent of the NHS. We listen to what people in {area} say about local services, including {short}.",
        "Your voice on health and care in {area}. Share your views - good and bad.",
    ]),
    ("hospice", ["x", "facebook", "instagram"], "{hospice}", "{hospice_h}", [
        "{hospice} - specialist palliative care for people in {area}. Registered charity. Shops across {county}.",
        "Care and support for people with life-limiting illness and their families. Donate via our website.",
        "Hospice care in {town} and beyond. Volunteers, shops, lottery and fundraising.",
    ]),
    ("gp_practice", ["facebook", "x"], "{town2} Road Surgery", "{town2}surgery", [
        "GP practice in {town2}. We will never ask for payment by text. Repeat prescriptions through the NHS App.",
        "Practice news for {town2} patients. Flu clinics, opening hours and staff updates. Not for medical queries.",
        "Friendly GP surgery serving {town2}. Part of our local primary care network.",
    ]),
    ("pcn", ["x", "facebook"], "{town} Central PCN", "{town}pcn", [
        "Primary care network of GP practices in {town}. Social prescribers, pharmacists and physios working together.",
        "Local GP practices working together across {town}. News and health campaigns.",
        "{town} PCN - joined-up primary care close to home.",
    ]),
    ("community_pharmacy", ["facebook", "instagram"], "{town2} Pharmacy", "{town2}pharmacy", [
        "Independent community pharmacy in {town2}. Pharmacy First, travel clinic, flu jabs. Pop in!",
        "Your local chemist. Prescriptions collected from {short} clinics and local surgeries.",
        "Family-run pharmacy 💊 {town2}. Blood pressure checks free.",
    ]),
    ("local_paper", ["x", "facebook"], "{paper}", "{paper_h}", [
        "News, sport and what's on from the {paper}. Got a story? Email the newsdesk.",
        "Covering {area} since the 1800s. Breaking news, health, council and courts.",
        "The {paper}. Local journalism you can trust.",
    ]),
    ("health_reporter", ["x", "bluesky"], "{pfirst} {plast}", "{pfirst}{plast}news", [
        "Health reporter at the {paper}. Covering {short}, GP services and social care. DMs open for tips.",
        "Journalist. Health and social affairs in {area}. Formerly {radio}.",
        "Local democracy and health reporter, {town}. Views mine.",
    ]),
    ("local_radio", ["x", "facebook"], "{radio}", "{radio_h}", [
        "{radio} - news, travel and local voices across {county}.",
        "Your local BBC station. Breakfast show from 6am. Call the phone-in!",
        "Local radio for {area}: listen live, catch up on BBC Sounds.",
    ]),
    ("community_radio", ["mastodon", "facebook"], "{town} Community Radio", "{town}fm", [
        "Not-for-profit community radio in {town}. Volunteers wanted. Health hour every Thursday with local guests.",
        "Voices of {town} 📻 Music, chat, local news.",
        "Community station for {town} and {town2}. Proud to support {charity}'s radiothon.",
    ]),
    ("patient_group", ["facebook", "x"], "{town} Heart Support Group", "{town}hearts", [
        "Peer support group for heart patients and carers in {town}. Meetings at the library, 2nd Tuesday.",
        "Volunteer-run cardiac support group. Not part of the NHS but we work with {short}'s rehab team.",
        "Friendship and exercise for people living with heart conditions. New members welcome.",
    ]),
    ("patient_participation", ["facebook", "x"], "{short} Patient Panel", "{init}patientpanel", [
        "Patients and carers helping improve services at {short}. Join our readers' panel for leaflets.",
        "Volunteer patient representatives working with {name}. We are not trust staff.",
        "Your voice at {short}: patient panel meetings are open to all.",
    ]),
    ("campaign_group", ["facebook", "x"], "Save Our NHS {town}", "saveournhs{town}", [
        "Campaign group defending local NHS services in {town}. Not affiliated with any trust or party.",
        "Residents campaigning to keep services at {site}. Public meeting next month.",
        "Keep our NHS public. {town} campaigners for properly funded health care.",
    ]),
    ("mental_health_charity", ["x", "instagram"], "Mind in {town}", "mind{town}", [
        "Local Mind in {town}. Talking therapies, peer support and wellbeing cafés. In crisis? Call 111 option 2.",
        "Mental health charity serving {area}. Independent of the NHS, working alongside {short}.",
        "Wellbeing support for adults in {town}. Drop-in Wednesdays.",
    ]),
    ("carers_centre", ["facebook", "x"], "{town} Carers Centre", "{town}carers", [
        "Support for unpaid carers in {town}. Hospital discharge support at {site}.",
        "Carers' charity for {area}. Advice, breaks, and a listening ear.",
        "Caring for someone? We can help. Free and confidential.",
    ]),
    ("volunteer_service", ["x", "instagram"], "{short} Volunteers", "{init}volunteers", [
        "Volunteer services at {name}. Meet and greet, ward helpers, chaplaincy volunteers. Volunteering is always unpaid and free to join.",
        "Our amazing volunteers at {site} 💙 Recruitment open - apply via our website, never through DMs.",
        "Volunteering team at {short}. Thank you for giving your time!",
    ]),
    ("chaplaincy", ["x", "facebook"], "{short} Chaplaincy", "{init}chaplaincy", [
        "Chaplaincy and spiritual care team at {site}. For people of all faiths and none.",
        "Spiritual, pastoral and religious care at {short}. Multi-faith room open 24/7.",
        "Chaplains at {name}. Here to listen.",
    ]),
    ("estates_facilities", ["x", "linkedin"], "{short} Estates & Facilities", "{init}estates", [
        "Estates, facilities and sustainability at {short}. Green plan updates, car park works and catering news.",
        "Porters, domestics, catering and maintenance teams at {site}.",
        "Keeping {short}'s buildings safe and running. Team account.",
    ]),
    ("parking_info", ["x", "facebook"], "{site} Parking Updates", "{init}parking", [
        "Unofficial updates on car parking at {site} from a volunteer driver. Concessions are arranged through the hospital cashier, never online.",
        "Parking info for {site} visitors. Refunds for blue badge holders are handled at the main reception desk.",
        "Car park closures and shuttle bus times for {site}. Not run by the trust.",
    ]),
    ("staff_personal_nurse", ["x", "instagram", "tiktok"], "{pfirst} {plast} RN", "nurse{pfirst}{plast_i}", [
        "Staff nurse at {site}. Coffee, night shifts and my cat. Views my own, not my employer's.",
        "Band 6 sister on {ward} 💙 Posting about nursing life. No patient info ever.",
        "Nurse at {short}. Running, baking, occasional rants about parking. Opinions mine.",
    ]),
    ("staff_personal_doctor", ["x", "bluesky", "linkedin"], "Dr {pfirst} {plast}", "dr{pfirst}{plast}", [
        "Consultant at {name}. Interested in quality improvement and medical education. Personal account.",
        "Resident doctor in {town}. Tweets about medicine, cycling and the state of the rota.",
        "Doctor working at {short}. Views expressed are my own.",
    ]),
    ("staff_personal_hca", ["tiktok", "instagram", "facebook"], "{pfirst} {plast}", "{pfirst}_hca", [
        "Healthcare assistant at {site} 🩺 Day in the life videos. Never filming patients.",
        "HCA, mum of two, {town} girl. Proud to work for {short}.",
        "Support worker on {ward}. Sharing the good bits of the job.",
    ]),
    ("staff_personal_porter", ["x", "facebook"], "{pfirst} {plast}", "{pfirst}theporter", [
        "Porter at {site} for 19 years. Seen it all. {football} fan.",
        "Hospital porter. Walk about 12 miles a shift. Views my own.",
        "Portering team at {short}. Dad, grandad, fisherman.",
    ]),
    ("staff_personal_admin", ["x", "linkedin"], "{pfirst} {plast}", "{pfirst}{plast}admin", [
        "Medical secretary at {short}. Typing letters faster than you can say 'dictation'.",
        "Outpatient booking team, {site}. Views my own.",
        "NHS administrator. Spreadsheets, tea and crosswords.",
    ]),
    ("staff_personal_ahp", ["x", "instagram"], "{pfirst} {plast}", "{pfirst}{plast}OT", [
        "Occupational therapist at {name}. Rehab, equipment and getting people home.",
        "Speech and language therapist working for {short}. All views my own.",
        "Dietitian in {town}. Food myths busted weekly.",
    ]),
    ("staff_personal_midwife", ["instagram", "tiktok", "x"], "Midwife {pfirst}", "midwife{pfirst}{plast_i}", [
        "NHS midwife in {town} 👶 Educational content only, not individual advice.",
        "Community midwife, {town}. Mum, wild swimmer.",
        "Proud midwife, {county}. Views my own.",
    ]),
    ("retired_staff", ["facebook", "x"], "{pfirst} {plast}", "{pfirst}{plast}retired", [
        "Retired ward sister, 38 years at {site}. Now grandchildren and gardening.",
        "Former {short} consultant, retired 2019. Birdwatching and local history.",
        "Ex-NHS, retired. Still volunteer at the {league} shop on Mondays.",
    ]),
    ("former_staff_reunion", ["facebook"], "{site} Nurses Reunion", "{init}nursesreunion", [
        "Group for nurses who trained or worked at {site}. Annual reunion each September.",
        "Reconnecting former staff of {site} - share photos and memories!",
        "Old friends from the {town} school of nursing. Not an official trust page.",
    ]),
    ("medical_student", ["instagram", "tiktok", "x"], "{pfirst} | Med Student", "{pfirst}.medic", [
        "4th year medical student at {uni}. Placements at {short}. Study tips and ward life 📚",
        "Med student, {uni}. Currently on rotation at {site}. Not medical advice.",
        "Future doctor 🩺 {uni}. Coffee addict.",
    ]),
    ("nursing_student", ["instagram", "tiktok"], "{pfirst} SN", "student_nurse_{pfirst}", [
        "Student nurse, {uni}. Placement at {site}. Documenting the journey ✨",
        "2nd year adult nursing student 💙 {town}.",
        "Student mental health nurse. Placement with {short}. Views mine.",
    ]),
    ("medical_school", ["x", "linkedin"], "{uni}", "{uni_h}", [
        "{uni}. Training the next generation of health professionals in partnership with local NHS trusts.",
        "Official account of {uni}. Placements across {area}.",
        "Education, research and partnership with {short}.",
    ]),
    ("students_union_society", ["instagram", "tiktok"], "{uni} MedSoc", "{uni_h}medsoc", [
        "Medical society at {uni} 🩺 Socials, revision, sports. Run by students.",
        "MedSoc! Balls, bops and anatomy revision. Not affiliated with the NHS.",
        "Student society for future doctors at {uni}.",
    ]),
    ("nursing_agency", ["linkedin", "facebook"], "{town} Care Staffing", "{town}carestaffing", [
        "Registered nursing and care agency in {town}. Approved supplier on NHS framework. We never charge candidates a fee.",
        "Recruitment agency supplying nurses and HCAs to NHS and private providers in {area}. Free to join.",
        "Healthcare staffing, {county}. Weekly pay, no registration fees.",
    ]),
    ("locum_agency", ["linkedin", "x"], "{county} Medical Locums", "{county_h}locums", [
        "Locum doctor agency covering {county}. Framework-compliant. No fees to doctors.",
        "Placing locum consultants and resident doctors in NHS hospitals including {site}.",
        "Medical recruitment. Genuine roles, transparent rates.",
    ]),
    ("supplier_medtech", ["linkedin", "x"], "{plast} Medical Supplies", "{plast}medical", [
        "Supplier of wound care and theatre consumables to NHS trusts including {short}.",
        "UK distributor of mobility aids and hospital beds. NHS Supply Chain approved.",
        "Medical devices for community nursing teams across the Midlands and North.",
    ]),
    ("supplier_catering", ["linkedin", "facebook"], "{town} Catering Co", "{town}catering", [
        "Contract caterer for hospitals and schools in {area}. Proud to feed the team at {site}.",
        "Patient meals cooked fresh daily. Working in partnership with NHS estates teams.",
        "Local food supplier. Hospital cafés and staff restaurants.",
    ]),
    ("hospital_cafe", ["instagram", "facebook"], "The Coffee Shop at {site}", "{init}coffeeshop", [
        "Volunteer-run café at {site} ☕ All profits to the {league}.",
        "Hot drinks, cakes and a friendly face. Main entrance, {site}.",
        "Café open 8-4 weekdays. Cash and card. Supporting {charity}.",
    ]),
    ("blood_donation", ["x", "facebook"], "Give Blood {town}", "giveblood{town}", [
        "Community page promoting blood donation sessions in {town}. Book through the official NHS Give Blood app.",
        "Blood donors of {town}! Session dates at the civic centre. Not an NHS Blood and Transplant account.",
        "Encouraging new donors across {area}. Every donation saves lives.",
    ]),
    ("cancer_support", ["facebook", "instagram"], "{town} Cancer Support Centre", "{town}cancersupport", [
        "Drop-in cancer support in {town}. Complementary therapies, benefits advice and peer groups.",
        "Independent charity supporting people affected by cancer in {area}, next to {site}.",
        "Free support for patients, families and carers. Donations via our website only.",
    ]),
    ("maternity_voices", ["facebook", "instagram"], "{town} Maternity and Neonatal Voices", "{town}mnvp", [
        "Maternity and Neonatal Voices Partnership for {area}. Parents working with local maternity and neonatal services.",
        "Share your birth experience to help improve local maternity care.",
        "Independent parent-led group. Listening events at children's centres.",
    ]),
    ("sports_club_charity_partner", ["x", "instagram"], "{football} Community Trust", "{football_h}community", [
        "Community arm of {football} football club. Health programmes, walking football and partnership with {charity}.",
        "Charity work across {town}: schools, mental health, and hospital visits at Christmas.",
        "Using the power of football to improve health in {area}.",
    ]),
    ("council", ["x", "facebook"], "{town} Council", "{town}council", [
        "Official account of {town} Council. Bins, roads, libraries and public health.",
        "Council news for residents. Report issues via our website. Not monitored out of hours.",
        "Local authority for {town}. Adult social care enquiries via the contact centre.",
    ]),
    ("public_health", ["x", "bluesky"], "Public Health {town}", "PH{town}", [
        "Public health team at {town} Council. Vaccinations, healthy weight, stop smoking support.",
        "Improving health and reducing inequalities in {area}.",
        "Health protection and prevention. Winter vaccines now available.",
    ]),
    ("nhs_jobs_aggregator", ["x", "linkedin"], "{county} NHS Vacancies", "{county_h}NHSjobs", [
        "Bot sharing newly published NHS Jobs adverts in {county}, including {short}. Apply on NHS Jobs only - never pay a fee.",
        "Daily roundup of genuine NHS vacancies in {area}. Links go to jobs.nhs.uk.",
        "Automated feed of NHS roles near {town}. Not affiliated with any trust.",
    ]),
    ("careers_advisor", ["linkedin", "x"], "{pfirst} {plast}", "{pfirst}{plast}careers", [
        "NHS careers adviser for schools in {county}. Work experience at {short} is free and arranged via the trust.",
        "Helping young people into health careers. Apprenticeships, nursing, allied health.",
        "Careers in health and care. Events with local NHS employers.",
    ]),
    ("apprenticeship_provider", ["linkedin", "facebook"], "{town} College Health Academy", "{town}healthacademy", [
        "Further education college running health and care apprenticeships with {short}. Free for learners.",
        "T Levels in Health, Access to Nursing and apprenticeships in {town}.",
        "Health academy at {town} College. Open evenings monthly.",
    ]),
    ("namesake_ceo", ["x", "instagram", "facebook"], "{ceo_plain}", "{ceo_first}{ceo_last}", [
        "Dog groomer in Perthshire 🐶 Bookings by phone only.",
        "Retired geography teacher. Crosswords, jazz and far too many houseplants.",
        "Wedding photographer based in Cornwall 📸 Available 2026.",
        "Primary school governor, choir alto, Hull City sufferer.",
        "Yoga teacher in Cardiff. Classes in English and Welsh.",
        "Structural engineer. Bridges, mostly. Also sourdough.",
        "I sell vintage vinyl at Spitalfields on Sundays.",
        "Not that one! I just have the same name. Accountant in Norwich.",
        "PhD student in marine biology, Plymouth 🐙",
        "Florist. Weddings, funerals, and everything in between 🌷",
    ]),
    ("namesake_chair", ["x", "facebook", "linkedin"], "{chair_plain}", "{chair_first}_{chair_last}", [
        "Plumbing and heating engineer. Gas Safe. Covering Fife.",
        "Amateur historian writing about canal boats. Sometimes poetry.",
        "Software tester in Leeds. Board games and bouldering.",
        "Grandad x5. Allotment holder. Views strictly my own.",
        "Driving instructor, Ipswich. Manual and automatic.",
        "Folk fiddler. Ceilidhs booked through my agent.",
        "Estate agent in Belfast. Open viewings Saturdays.",
        "Triathlete in training (slowly). Vegan-ish.",
        "Lecturer in medieval literature. Chaucer jokes available on request.",
        "Keen sailor and very bad golfer.",
    ]),
    ("exec_real_style_blog", ["linkedin"], "{pfirst} {plast}", "{pfirst}-{plast}-hr", [
        "HR business partner at {name}. People, culture and wellbeing.",
        "Head of communications at {short}. Before that, local newspapers.",
        "Finance manager, NHS. Qualified accountant. Fell runner.",
    ]),
    ("fundraising_community_group", ["facebook"], "{town2} Knit & Natter", "{town2}knitnatter", [
        "We knit twiddlemuffs and baby hats for {site}. Meeting Tuesdays at the community centre.",
        "Crafters in {town2} making blankets for the neonatal unit. Donations of wool welcome!",
        "Knitting group raising money for {charity} with a yearly craft fair.",
    ]),
    ("rotary_club", ["facebook", "x"], "Rotary Club of {town}", "rotary{town}", [
        "Rotary in {town}. Presented a cheque to {charity} last month. Meetings Wednesday evenings.",
        "Service above self. Fundraising for local causes including the hospice and hospital.",
        "Community volunteers and friends. Quiz night proceeds to {league}.",
    ]),
    ("school_fundraiser", ["facebook", "instagram"], "{town2} Primary PTA", "{town2}pta", [
        "Parents and teachers at {town2} Primary. Our Christmas fair raised £640 for {charity}!",
        "PTA news: cake sales, discos and our charity of the year, {charity}.",
        "Fundraising for our school and a local cause every year.",
    ]),
    ("patient_personal_story", ["instagram", "tiktok", "facebook"], "{pfirst} {plast}", "{pfirst}s_journey", [
        "Living with a spinal injury. Grateful to the team at {site}. Sharing my rehab journey.",
        "Two years post-transplant. Forever thankful to {short} 💚",
        "Burns survivor. Telling my story to help others. Not sponsored.",
    ]),
    ("carer_blogger", ["x", "bluesky"], "{pfirst} {plast}", "{pfirst}cares", [
        "Caring for my mum with dementia in {town}. Writing honestly about hospital discharge and care homes.",
        "Unpaid carer, part-time teacher, full-time tired.",
        "Parent carer. Blog about SEND, CAMHS and waiting lists.",
    ]),
    ("mp_constituency", ["x", "facebook"], "{town} Constituency Office", "{town}office", [
        "Constituency office for the MP for {town}. Casework enquiries by email. Not a government account.",
        "Surgery dates and local updates. Health casework about {short} handled in confidence.",
        "Team supporting constituents in {town}.",
    ]),
    ("food_bank_staff_pantry", ["facebook", "instagram"], "{short} Staff Pantry", "{init}staffpantry", [
        "Free staff pantry at {site} run by volunteers. Take what you need, no questions.",
        "Helping {short} colleagues with the cost of living. Donations of tins welcome at reception.",
        "Staff-led pantry and uniform swap. Not a trust account.",
    ]),
    ("youtube_channel_education", ["youtube"], "{pfirst} Explains Nursing", "{pfirst}ExplainsNursing", [
        "Nursing skills explained by a clinical educator from {town}. Not an official NHS channel.",
        "Study videos for student nurses and HCAs. New uploads Sundays.",
        "OSCE practice, drug calculations and placement tips.",
    ]),
    ("mastodon_clinician", ["mastodon"], "{pfirst} {plast}", "{pfirst}{plast}@mstdn.social", [
        "GP trainee in {county}. Toots on medicine, climate and bikes.",
        "Anaesthetist. Open source enthusiast. Not speaking for my employer.",
        "Clinical scientist, NHS pathology, {town}.",
    ]),
]
