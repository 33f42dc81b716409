"""Hand-written NHS-adjacent accounts (people and organisations a Trust would not want flagged).
Lines: display name | handle stem | bio. {city} {site} {short} are filled with the Trust the line is assigned to;
each line is used once."""
LINES = r"""
Friends of {site}|friendsof{short}|Volunteer-run charity raising money for extras at {site} since 1972. Shop on the ground floor, open weekdays.
{short} Hospital Radio|{short}radio|Request show every Tuesday night. Volunteer DJs bringing music to patients' bedsides.
{city} Healthwatch|healthwatch{city}|Independent champion for people using health and care services locally. Tell us your experiences.
Dr Anjali Rao|anjali_rao_gp|GP partner in {city}. Interested in frailty, teaching and bad puns. Tweets not medical advice.
Sister Karen Dobbs|karendobbsrn|Ward sister, 22 years and counting. Mum, Sunday runner, crossword addict. Personal account.
{short} Staff Choir|{short}choir|Nurses, porters, doctors and admin singing together. Rehearsals Weds lunchtime, all welcome.
UNISON {short} Branch|unison{short}|The union branch for staff at {short}. Join online, reps on every site.
RCN {city}|rcn{city}|Royal College of Nursing members in the {city} area. Events, support and campaigns.
{city} Council Public Health|{city}publichealth|Public health team at the local council. Vaccination, smoking cessation and healthy weight services.
Tom Ashdown|tomashdown_para|Paramedic. Views my own. Cyclist, dog dad, terrible at darts.
{short} Research|{short}research|Clinical research at {short}. Taking part in studies helps everyone - ask your team about trials.
Prof. Helen Osei|helenosei_prof|Professor of nursing at the local university. Workforce, retention and nurse education.
{city} Hospice|{city}hospice|Caring for people with life-limiting illness and their families. Our shops need your donations.
Maternity Voices {city}|mvp{city}|Maternity and Neonatal Voices Partnership: parents working with local maternity services.
Dr Ben Whitlock|drbenwhitlock|Consultant anaesthetist. Climbing, coffee and trying to get enough sleep.
{short} Library & Knowledge|{short}library|Library service for staff and students. Literature searches, journals and quiet study space.
Joanne Pryce|jo_pryce_ot|Occupational therapist in community rehab. Love a good adaptation. Tweets my own.
{city} Community First Responders|{city}cfr|Volunteers trained to attend emergencies in our villages while the ambulance is on its way.
{short} Pharmacy Team|{short}pharmacy|Hospital pharmacists and technicians. Medicines safety tips and team news.
Local Medical Committee {city}|lmc{city}|Representing GPs and practices in our area.
Mark Tennant|marktennant_hca|Healthcare assistant on nights. Tea, football, and looking after my nan.
{city} Carers Centre|{city}carers|Free support for unpaid carers: advice, breaks and a friendly ear.
Dr Farah Siddiqui|farahsiddiqui_md|Paediatric registrar. Kids, books and running slowly. Opinions my own.
{short} Volunteers|{short}volunteers|Meet, greet and help. Volunteering at our hospitals - find out how to get involved.
St John Ambulance {city}|sja{city}|First aid training and event cover across the area.
{city} Samaritans|samaritans{city}|Volunteers listening day or night. Call free on 116 123.
ICB Comms Team|icbcomms{city}|Communications for our Integrated Care Board - the NHS organisation planning local health services.
Cathy Moorhouse|cathymoorhouse|Retired midwife. Grandmother of four. Still talk about breastfeeding to anyone who listens.
{short} Freedom to Speak Up|{short}ftsu|Freedom to Speak Up Guardian service for our staff. Confidential and independent.
Medical Students {city}|medsoc{city}|Medical students' society. Revision sessions, socials and the annual panto.
{city} Mind|mind{city}|Local mental health charity. Talking therapies, peer support and advocacy.
Dr Owen Lacey|owenlacey_ed|Emergency medicine consultant. Tweets on flow, frailty and cricket.
{short} Estates|{short}estates|The people who keep the lights on. Maintenance, gardens and building projects.
Nurse Priya|priyanursinglife|Student nurse, third year. Placement diaries and study tips.
BBC Local Health Reporter|health_reporter_{city}|Health correspondent covering hospitals, GPs and care in the region.
{city} Evening Post Newsdesk|{city}newsdesk|News, sport and what's on. Got a story? Get in touch.
Alison Greer|alisongreer_chap|Hospital chaplain. Multi-faith support for patients, families and staff.
{short} Physio|{short}physio|Physiotherapy team news. Exercise tips and service updates.
Ricky Hollis|rickyhollis_porter|Porter and proud. 15 years pushing beds and telling jokes.
{city} Blood Donors|blooddonors{city}|Community group encouraging blood donation. Give blood, save lives.
Dr Mei Lin Chow|meilin_chow_path|Consultant microbiologist. Antibiotic stewardship and sourdough.
Unite Health {city}|unitehealth{city}|Unite the Union health sector members locally.
{short} Speech & Language|{short}slt|Speech and language therapists supporting adults and children.
{city} Age UK|ageuk{city}|Helping older people love later life. Advice line, day centres and befriending.
GMB Ambulance Branch|gmbambulance{city}|GMB members in the ambulance service.
Dr Kwame Mensah|kwamemensah_gp|GP trainer. Health inequalities, jollof and jazz.
{short} Maternity|{short}maternity|Maternity team updates. For urgent concerns use your triage number on your notes.
{city} Foodbank|foodbank{city}|Emergency food for local people in crisis. Donation points in supermarkets.
Sarah Lockwood|sarahlockwoodmidwife|Community midwife. Home births, home visits and lots of driving.
{short} IT Service Desk|{short}itdesk|Digital team updates for staff. We will never ask for your password.
NHS Blood and Transplant|nhsbt_{city}|Local donor centre updates. Book your donation online.
Laura McAllister|laura_mcallister_sw|Social worker, hospital discharge team. Views my own.
{city} Parkinson's Group|parkinsons{city}|Local support group meeting monthly. Carers welcome too.
{short} Infection Prevention|{short}ipc|Infection prevention and control team. Wash your hands!
Dr Grace Whitfield|gracewhitfield_psych|Consultant psychiatrist. Community mental health, walking and choral music.
{city} Hospital Car Service|hospitalcars{city}|Volunteer drivers taking patients to appointments.
Andy Pell|andypell_tech|Ambulance technician. Dad of twins. Coffee-powered.
{short} Apprenticeships|{short}apprentices|Apprentices at our Trust sharing what they do. Learn while you earn.
NHS Retirement Fellowship {city}|nhsrf{city}|Social branch for retired NHS staff. Coffee mornings and coach trips.
Dr Hannah Frost|hannahfrost_onc|Oncologist. Clinical trials, allotment and ceramics.
{city} Sight Loss Charity|sightloss{city}|Support for people living with sight loss across the county.
{short} Nutrition & Dietetics|{short}dietitians|Dietitians sharing food facts and team news.
Kevin Oduya|kevinoduya_odp|Operating department practitioner. Theatres, gym, gospel choir.
Macmillan Info Centre {site}|macmillan{short}|Cancer information and support centre, drop in at {site}.
Dr Polly Vance|pollyvance_gp|Salaried GP. Women's health, menopause clinics and marathon training.
{city} Stroke Club|strokeclub{city}|Weekly club for stroke survivors and carers.
{short} Stop Smoking Service|{short}stopsmoking|Free help to quit for patients and staff.
Neil Carver|neilcarver_bms|Biomedical scientist. Blood sciences lab. Weekend twitcher.
{city} Diabetes Support|diabetes{city}|Peer support group for people with type 1 and type 2 diabetes.
Hospital Broadcasting Association|hba_{city}|Supporting hospital radio stations across the UK.
Dr Isaac Brennan|isaacbrennan_surg|Trauma and orthopaedic surgeon. Rugby, kids, and fixing rugby players.
{short} Chaplaincy|{short}chaplaincy|Spiritual and pastoral care for people of all faiths and none.
Debbie Knowles|debbieknowles_hv|Health visitor. Baby weigh-ins, sleep advice and good biscuits.
Local Pharmacy Committee|lpc{city}|Representing community pharmacies in our area.
{short} Nursing & Midwifery|{short}nursing|Chief nurse's team celebrating nurses, midwives and AHPs.
{city} Breastfeeding Network|bfn{city}|Volunteer peer supporters for feeding families.
Dr Rhys Morgan|rhysmorgan_icu|Intensive care doctor. Tweets on critical care, Welsh rugby and my garden.
{city} MS Society|mssociety{city}|Local group for people affected by MS.
Fiona Baird|fionabaird_dn|District nurse. Leg ulcers, long drives and lovely patients.
{short} Sustainability|{short}green|Our green plan in action - travel, waste and energy.
Yorkshire Air Ambulance fan|airambo_fan|Not affiliated. Following rescues and raising funds.
{city} Youth Council|youth{city}|Young people having their say on local issues, including health.
Dr Alice Ng|alice_ng_derm|Dermatology registrar. Sun safety, skin of colour education.
{short} Wellbeing Hub|{short}wellbeing|Support for our staff's health and wellbeing.
Paul Mendes|paulmendes_ccp|Critical care paramedic. Cycling and cake.
Hospital League of Friends Shop|leaguefriends{short}|Our shop in the main entrance - snacks, magazines and gifts for patients.
{city} Dementia Action Alliance|daa{city}|Making our area dementia friendly.
Dr Sunita Patel|sunitapatel_ent|ENT surgeon. Hearing health and Bollywood soundtracks.
{short} Learning Disability Nurses|{short}ldnurses|Making reasonable adjustments happen.
Colin Birch|colinbirch_gov|Public governor. Ask me about the council of governors.
{city} Hearing Loss Group|hearing{city}|Drop-in hearing aid maintenance and support.
Mike Tanner|miketanner_hgv|Ex-lorry driver, now NHS patient transport. Love my job.
{short} Medical Education|{short}meded|Doctors in training, simulation and teaching updates.
Dr Zara Hussain|zarahussain_obgyn|Obstetrician. Twin mum. Advocating for maternal health.
{city} Heart Support|heartsupport{city}|Cardiac rehab exercise groups and peer support.
{short} Cancer Support Group|{short}cancersupport|Patient-led group meeting monthly at the hospital.
Jess Harland|jessharland_rmn|Mental health nurse. Crisis team. Mindfulness and mountain walks.
{city} Refugee Health Project|refugeehealth{city}|Helping people seeking sanctuary access healthcare.
Dr Tim Crossley|timcrossley_geri|Geriatrician. Falls, frailty and fell running.
{short} Palliative Care|{short}palliative|Specialist palliative care team.
NHS Pensioners Walking Group|nhswalkers{city}|Retired staff walking every Thursday.
{city} Autism Support|autism{city}|Parent-led group offering meetups and advice.
Dr Lucy Fairbairn|lucyfairbairn_anaes|Anaesthetist. Obstetric anaesthesia, sea swimming.
{short} Pathology|{short}pathology|Our labs process thousands of samples a day.
Stuart Greaves|stuartgreaves_jour|Freelance health journalist. Freedom of information nerd.
{city} Community Transport|ctransport{city}|Door to door transport for people who can't use buses.
Amira Nasser|amiranasser_pharm|Hospital pharmacist. Antimicrobials and ice cream.
{short} Radiology|{short}radiology|Imaging department. Radiographers and radiologists.
{city} Cruse Bereavement|cruse{city}|Bereavement support, free and confidential.
Dr Eleanor Price|eleanorprice_ped|Consultant paediatrician. Neonatal follow-up and knitting.
{short} Patient Panel|{short}patientpanel|Patients helping shape services. New members welcome.
Vince Garrity|vincegarrity_ems|Emergency care assistant. Football and family.
{city} Sports Injury Clinic|sportsinjury{city}|Private physio clinic. Not NHS.
{city} Macmillan Nurses|macmillannurses{city}|Community specialist palliative care nurses.
Dr Nadia Farouk|nadiafarouk_neuro|Neurologist. Epilepsy, headache and hiking.
{short} Catering|{short}catering|Cooking for patients and staff. Menu of the week.
Lisa Brent|lisabrent_admin|Medical secretary. Organised chaos.
St Mungo's {city} Outreach|stmungos{city}|Homeless outreach team working with hospital discharge teams.
Dr Callum Reid|callumreid_fy1|Foundation doctor. Just trying to survive nights.
{short} Arts Programme|{short}arts|Art in our hospitals. Exhibitions, music and creative workshops.
{city} Sickle Cell Support|sicklecell{city}|Support and awareness for people with sickle cell.
Donna Whelan|donnawhelan_acp|Advanced clinical practitioner. Urgent care. Running and rescue dogs.
{short} Governors|{short}governors|Council of governors: elected by members to hold the board to account.
{city} Talking Therapies|talkingtherapies{city}|NHS talking therapies for anxiety and depression. Self-refer online.
Dr Joseph Adeyemi|josephadeyemi_card|Cardiology registrar. Echo nerd, Arsenal fan.
BMA {city} Division|bma{city}|Local BMA division for doctors.
Helen Grice|helengrice_retired|Retired ward manager. Volunteer on the ward where I worked for 30 years.
{short} Children's Services|{short}children|Children's community services: health visiting, school nursing, therapies.
{city} Wheelchair Users Group|wheelchair{city}|Access campaigns and social events.
Dr Amy Sutherland|amysutherland_rheum|Rheumatologist. Lupus clinic and two cats.
{city} Air Ambulance Charity|airambulance{city}|Charity-funded helicopter emergency medical service.
Barry Lowe|barrylowe_dispatch|Emergency medical dispatcher. 999 calls by day, quiz nights by evening.
{short} Sexual Health|{short}sexualhealth|Confidential sexual health clinics.
Dr Rachel Kemp|rachelkemp_psych|Clinical psychologist. Trauma-informed care.
{city} Citizens Advice|ca{city}|Free advice on money, housing and work.
Simon Ferris|simonferris_coder|Clinical coder. Spreadsheets and sci-fi.
{short} Eye Clinic Liaison|{short}eclo|Support for patients diagnosed with sight loss.
{city} Women's Aid|womensaid{city}|Support for women and children experiencing domestic abuse.
Dr Mohammed Iqbal|mohammediqbal_uro|Urologist. Prostate cancer awareness and cricket.
{short} Discharge Team|{short}discharge|Getting patients home safely.
{city} Men's Shed|menshed{city}|Friendship, tools and tea. Health chats welcome.
Georgia Platt|georgiaplatt_nnp|Neonatal nurse practitioner. Tiny humans, big hearts.
{short} Audiology|{short}audiology|Hearing tests and hearing aid repairs - book via your letter.
Dr Peter Hughes|peterhughes_retgp|Retired GP. Local history and birdwatching.
{city} Cancer Research UK Shop|cruk{city}|Charity shop on the high street.
Ellie Summers|elliesummers_nursing|Newly qualified nurse. Grateful every day.
{short} Orthotics|{short}orthotics|Orthotics service, splints and insoles.
{city} Stroke Association|stroke{city}|Local stroke recovery service.
Dr Sophie Laing|sophielaing_ae|A&E registrar. Mountain biking and tea.
{short} Allied Health Professionals|{short}ahps|Celebrating physios, OTs, dietitians, radiographers and more.
Martin Cole|martincole_union|UNISON steward. Fighting for fair pay.
{city} Hospice at Home|hospiceathome{city}|Nursing care at home for people in their last months.
Dr Kate Ellison|kateellison_gi|Gastroenterologist. Endoscopy and IBD.
{short} Bank Staff|{short}bank|Internal staff bank - flexible shifts for our own staff via the staff app.
{city} Deaf Centre|deafcentre{city}|BSL interpreters and community space.
Gavin Shaw|gavinshaw_ambo|Ambulance driver, runner and dad joke expert.
{short} Dementia Team|{short}dementia|Dementia specialist nurses and activity coordinators.
{city} Veterans Support|veterans{city}|Helping veterans access NHS services.
Dr Lauren Mills|laurenmills_ob|Obstetric registrar. Running on caffeine.
{short} Transformation|{short}improve|Quality improvement team.
{city} Kidney Patients Association|kidney{city}|Support for people with kidney disease.
Tariq Hussain|tariqhussain_radiog|Diagnostic radiographer. CT and photography.
{short} Trauma Team|{short}trauma|Major trauma unit news and education.
Dr Yasmin Khalil|yasminkhalil_paeds|Paediatrician. Asthma education and pottery.
{city} Epilepsy Group|epilepsy{city}|Monthly meetings and awareness days.
Colette Dunn|colettedunn_pals|Patient advice officer. Listening is the job.
{short} Clinical Psychology|{short}psychology|Psychology services across our teams.
{city} Hospital Watch Campaign|savehospital{city}|Campaign group opposing service cuts. Independent, not the NHS.
Dr Edward Lyle|edwardlyle_path|Histopathologist. Microscopes and mountains.
{short} Critical Care|{short}critcare|ICU team updates.
{city} Lions Club|lions{city}|Community service club. Message in a bottle scheme.
Naomi Bright|naomibright_slt|Speech therapist. Swallowing and stroke.
{short} Estates Charity Garden|{short}garden|Volunteers looking after the hospital gardens.
Dr Chloe Barker|chloebarker_gp|GP and mum. Health inequalities and cycling to work.
{city} Ambulance Charity|ambulancecharity{city}|Supporting ambulance staff welfare.
Raj Malhotra|rajmalhotra_it|NHS digital. EPR projects and cricket.
{short} Outpatients|{short}outpatients|Outpatient department updates. Check your letter for times.
{city} Hearing Dogs Volunteers|hearingdogs{city}|Volunteer group raising funds for hearing dogs.
Dr Fern Abbott|fernabbott_ld|Psychiatrist for people with learning disabilities.
{short} Occupational Health|{short}occhealth|Staff health, vaccinations and wellbeing.
{city} Parent Carer Forum|pcf{city}|Parents of children with SEND working with services.
Trevor Banks|trevorbanks_vol|Volunteer at the hospital's main desk. Ask me the way.
{short} Endoscopy|{short}endoscopy|Endoscopy unit news.
Dr Marcus Field|marcusfield_cardio|Cardiologist. Heart failure and jazz piano.
{city} Men's Health Forum|menshealth{city}|Talking about men's health.
Yvonne Clarke|yvonneclarke_hist|Historian of our local hospitals. Books and talks.
{short} Education Centre|{short}education|Training courses and conference rooms.
{city} Shelter|shelter{city}|Housing advice and support.
Dr Amina Yusuf|aminayusuf_ophth|Ophthalmologist. Glaucoma and baking.
{short} Emergency Department|{short}ed|ED team. Please use 111 first unless it's an emergency.
{city} Home-Start|homestart{city}|Volunteers supporting families with young children.
Lee Carter|leecarter_paramedic|Paramedic student. Learning every shift.
{short} Medical Photography|{short}medphoto|Clinical photography service.
{city} Breast Cancer Support|breastcancer{city}|Peer support for people with breast cancer.
Dr Ruth Kingsley|ruthkingsley_geriatric|Geriatrician. Delirium, dementia and dancing.
{short} Family Liaison|{short}familyliaison|Support for families of patients.
{city} University Nursing|nursing_uni_{city}|Nursing and midwifery school at our university.
Dan Webber|danwebber_bmsci|Lab scientist. Cell pathology and climbing.
{short} Recovery College|{short}recoverycollege|Free courses about mental health and wellbeing, co-produced with people with lived experience.
{city} Crisis Café|crisiscafe{city}|Evening drop-in for people in emotional distress. Run by a local charity.
Dr Ola Bankole|olabankole_psych|Child and adolescent psychiatrist. Views my own.
{short} Peer Support Workers|{short}peersupport|Lived experience in our mental health teams.
{city} Rethink Group|rethink{city}|Support group for people affected by severe mental illness.
Gemma Rowntree|gemmarowntree_cpn|Community psychiatric nurse. Walking and wild swimming.
{short} Perinatal Mental Health|{short}perinatal|Perinatal mental health team.
{city} Recovery Hub|recoveryhub{city}|Drug and alcohol recovery community.
Dr Hugo Marsh|hugomarsh_forensic|Forensic psychiatrist. Justice, rehabilitation, chess.
{short} Carers Support|{short}carerssupport|Support for carers of people using our services.
{city} Suicide Prevention Partnership|spp{city}|Working together to reduce suicide locally.
Marie Tolland|marietolland_arttherapy|Art therapist. Colour and calm.
{short} Learning Disability Services|{short}ldservices|Community learning disability teams.
{city} Veterans Mental Health|opcourage{city}|Veterans' mental health service information.
Dr Ifeoma Okafor|ifeomaokafor_cp|Clinical psychologist. Eating disorders and afrobeats.
{short} Eating Disorders|{short}eatingdisorders|Eating disorder service updates.
{city} Student Minds|studentminds{city}|Student mental health society.
Phil Arkwright|philarkwright_rmn|Mental health nurse on an inpatient ward. Music and fishing.
{short} Crisis Team|{short}crisisteam|Crisis resolution and home treatment. In crisis call 111 option 2.
{city} Bipolar Group|bipolar{city}|Peer support meetings.
Dr Sara Lindqvist|saralindqvist_old|Old age psychiatrist. Memory clinic.
{short} Involvement Team|{short}involvement|Involving service users and carers in our work.
{city} Mental Health Forum|mhforum{city}|Voluntary sector forum.
Kirsty Raines|kirstyraines_support|Support worker. Still learning, still loving it.
{short} Health Visiting|{short}healthvisiting|Health visitors supporting families with under fives.
{city} School Nursing|schoolnurses{city}|School nurses. Text ChatHealth for confidential advice.
Dr Jonathan Pike|jonathanpike_dental|Community dentist. Special care dentistry.
{short} Community Nursing|{short}districtnurses|District nurses caring for people at home.
{city} Baby Bank|babybank{city}|Free baby essentials for families referred by health visitors.
Sandra Oakes|sandraoakes_hv|Health visitor team lead. Gardening and grandkids.
{short} Rehab Unit|{short}rehab|Inpatient rehabilitation updates.
{city} Neighbourhood Team|neighbourhood{city}|Integrated neighbourhood health and care team.
Dr Hamid Noor|hamidnoor_commpaed|Community paediatrician. Neurodevelopment.
{short} Wheelchair Service|{short}wheelchairs|Wheelchair assessment service.
{city} Falls Prevention|falls{city}|Strength and balance classes for older people.
Lorraine Bell|lorrainebell_podiatry|Podiatrist. Feet are fascinating, honestly.
{short} Continence Service|{short}continence|Bladder and bowel service.
{city} Lymphoedema Support|lymphoedema{city}|Support group.
Dr Tessa Norris|tessanorris_commdr|Community geriatrician. Care homes and compassion.
{short} Community Dental|{short}dental|Community dental services for people with additional needs.
{city} Young Carers|youngcarers{city}|Support for children who look after someone.
Adrian Moss|adrianmoss_rapid|Rapid response nurse. Keeping people out of hospital.
{short} Tissue Viability|{short}tissueviability|Pressure ulcer prevention.
{city} Healthy Walks|healthywalks{city}|Free guided walks for everyone.
Dr Bethan Rees|bethanrees_ortho|Orthoptist. Eyes and elephants.
{short} Immunisation Team|{short}immunisations|School-age vaccination team. Consent forms come from your school.
{city} Parent and Toddler|toddlers{city}|Stay and play groups.
Claire Ibbotson|claireibbotson_ip|Infection prevention nurse. Hands, hands, hands.
{short} Urgent Community Response|{short}ucr|Two-hour urgent response team.
{city} Scouts|scouts{city}|Adventure for young people.
Dr Nikhil Shah|nikhilshah_resp|Respiratory consultant. Pulmonary rehab and parkrun.
{short} Control Room|{short}control|Our emergency operations centre team.
{city} Fire and Rescue|fire{city}|Fire and rescue service. In an emergency dial 999.
Steve Farrow|stevefarrow_hart|Hazardous area response team paramedic. Views my own.
{short} Ambulance Cadets|{short}cadets|Youth cadet scheme with our ambulance service.
{city} Police|police{city}|Local police. Report crime online or call 101.
Dr Harriet Cole|harrietcole_emsc|Pre-hospital care doctor. Helicopters and horses.
{short} 111 Team|{short}111|NHS 111 call handlers and clinicians.
{city} BASICS Doctors|basics{city}|Volunteer immediate care doctors.
Jade Kimber|jadekimber_eoc|Call handler. Headset on, kettle on.
{short} Patient Transport|{short}pts|Non-emergency patient transport.
{city} Road Safety Partnership|roadsafety{city}|Working together for safer roads.
Dr Alan Fenwick|alanfenwick_ret|Retired A&E consultant. Grandad, gardener.
{short} Fleet|{short}fleet|Our ambulances and the mechanics who keep them running.
{city} Mountain Rescue|mountainrescue{city}|Volunteer rescue team.
Kerry Nolan|kerrynolan_ecp|Emergency care practitioner. Treating people at home.
{short} Community Defib Team|{short}defibs|Helping communities install public access defibrillators.
{city} Lifeguards|lifeguards{city}|Beach and pool safety.
Dr Rosa Martinez|rosamartinez_neo|Neonatologist. Tiny patients, huge courage.
{short} Children's Charity|{short}charity|The official charity of our children's hospital. Registered charity.
{city} Ronald McDonald House|rmh{city}|A home away from home for families of children in hospital.
Ava Thompson|avathompson_play|Hospital play specialist. Bubbles and stickers.
{short} Young People's Forum|{short}youthforum|Young patients helping shape the hospital.
{city} Children's Centre|childrenscentre{city}|Services for families with young children.
Dr Lewis Grant|lewisgrant_paedsurg|Paediatric surgeon. Lego and long runs.
{short} Family Support|{short}familysupport|Family support team.
{city} Clic Sargent Group|youngcancer{city}|Support for young people with cancer.
Nadine Hart|nadinehart_cnn|Children's nurse. Twin boys and Zumba.
{short} Research Nurses|{short}researchnurses|Children's research delivery team.
{city} Down Syndrome Group|dsgroup{city}|Families supporting each other.
Dr Emily Carr|emilycarr_picu|PICU consultant. Views my own.
{short} Hospital School|{short}school|Teachers keeping education going for children in hospital.
{city} Childhood Cancer Parents|ccparents{city}|Parents' peer support group.
Grace Okoro|graceokoro_hv|Health visitor. Proud Nigerian-Brit. Baby massage.
{short} Ward 4 Fundraising|{short}ward4|Staff-led fundraising for our ward, via the official hospital charity.
{city} Older People's Forum|opf{city}|Voice of older residents.
Rob Heaton|robheaton_gov|Staff governor. Nurse by day.
{short} Pastoral Care|{short}pastoral|Pastoral support for international recruits at our Trust.
{city} Interpreters Network|interpreters{city}|Community interpreters for health appointments.
Dr Fiona Leckie|fionaleckie_micro|Microbiologist. Bugs and drugs.
{short} International Nurses|{short}intlnurses|Network for our internationally educated nurses.
{city} Filipino Nurses Association|fnaofficial{city}|Community of Filipino nurses in the region.
Joy Abara|joyabara_rn|Nurse from Lagos, now on a surgical ward. Church, cooking, family.
{short} BAME Staff Network|{short}remnetwork|Race equality network for staff.
{city} Pride in Health|prideinhealth{city}|LGBTQ+ staff network across local NHS.
Dr Arjun Kapoor|arjunkapoor_fy2|Foundation doctor. Medicine, memes and masala chai.
{short} Disability Network|{short}disability|Staff network for disabled colleagues.
{city} NHS Choir|nhschoir{city}|Choir of health workers from across the area.
Heather Lomax|heatherlomax_ward|Ward clerk. The one who knows where everything is.
{short} Women's Network|{short}womensnetwork|Staff women's network.
{city} Marathon Charity Runners|charityrun{city}|Runners raising money for local causes.
Dr Sam Walters|samwalters_trauma|Trauma surgeon. Cycling and coffee.
{short} Armed Forces Network|{short}armedforces|Veteran-aware Trust network.
{city} Hospice Shops|hospiceshops{city}|Donate your pre-loved items.
Bethany Crane|bethanycrane_mw|Student midwife. Catching babies and writing essays.
{short} Leadership Academy|{short}leadership|Leadership programmes for our staff.
{city} Coffee Morning Club|coffeemorning{city}|Community coffee mornings in the church hall.
Dr Vikram Rao|vikramrao_nephro|Nephrologist. Dialysis and Desert Island Discs.
{short} Staff Lottery|{short}stafflottery|Staff-only payroll lottery raising funds for the official charity.
{city} Pharmacy on the High Street|highstreetpharmacy{city}|Independent community pharmacy. Flu jabs available.
Nicola Swift|nicolaswift_ot|OT in mental health. Crafting and calm.
{short} Sleep Service|{short}sleep|Sleep clinic updates.
{city} Weight Management|healthyweight{city}|Tier 2 weight management service.
Dr Omar Farouk|omarfarouk_gp|GP registrar. Learning every day.
{short} Diabetes Team|{short}diabetes|Diabetes specialist nurses and dietitians.
{city} Walking Football|walkingfootball{city}|Football for over 50s.
Eileen Marsh|eileenmarsh_friends|Chair of the hospital League of Friends. Tea urn expert.
{short} Stroke Unit|{short}strokeunit|Hyperacute stroke unit team.
{city} Heart Foundation Shop|bhf{city}|Charity furniture shop.
Dr Jack Holt|jackholt_vascular|Vascular surgeon. Views own.
{short} Anticoagulation Clinic|{short}anticoag|Warfarin and anticoagulation clinics.
{city} Over 60s Swim|swim60{city}|Morning swims and friendship.
Poppy Lang|poppylang_hca|Healthcare assistant. Student nurse next year!
{short} Haematology|{short}haematology|Blood disorders service.
{city} Lunch Club|lunchclub{city}|Hot meals for older people.
Dr Grace Pemberton|gracepemberton_sexh|Sexual health consultant. PrEP advocate.
{short} Oncology Day Unit|{short}oncology|Chemotherapy day unit updates.
{city} Toy Library|toylibrary{city}|Borrow toys, share fun.
Liam Doherty|liamdoherty_odp|ODP student. Scrubs and stress.
{short} Urology Nurses|{short}urology|Urology nurse specialists.
{city} Bereaved Parents Group|bereavedparents{city}|Support after the death of a child.
Dr Abigail Stone|abigailstone_fetal|Fetal medicine consultant.
{short} Day Surgery|{short}daysurgery|Day surgery unit.
{city} Repair Café|repaircafe{city}|Fix it, don't bin it.
Wendy Grayson|wendygrayson_patient|Patient representative on our local cancer board. Survivor.
{short} Dermatology|{short}dermatology|Skin service updates.
{city} Multicultural Women's Group|mwg{city}|Women's group supporting health access.
Dr Imran Aziz|imranaziz_resp|Respiratory registrar. Asthma, cricket, chai.
{short} Respiratory Physio|{short}respphysio|Respiratory physiotherapy team.
{city} Allotment Society|allotments{city}|Grow your own. Health benefits included.
Sue Fairclough|suefairclough_trainer|Resuscitation officer. CPR saves lives - learn it.
{short} Resuscitation Team|{short}resus|Resus training for staff.
{city} Community Radio|radio{city}|Local community radio.
Dr Ahmed Salah|ahmedsalah_icu|Intensivist. Ventilators and volunteering.
{short} Theatres|{short}theatres|Operating theatre team updates.
{city} Parkrun|parkrun{city}|Free weekly 5k. Everyone welcome.
""".strip("\n").split("\n")
