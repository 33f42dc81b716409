"""Hand-written genuine accounts around the NHS (nhs_adjacent), set 16.

One line each: display name | bio. Placeholders {name} {short} {init} {site} {city} are filled
with the Trust the line is assigned to. Each line is used once.
"""

ADJACENT = r"""
{short} Charity|The official charity of {name}. Registered charity. We fund the extras the NHS can't: art, gardens, equipment and staff wellbeing.
League of Friends of {site}|Volunteers since 1952 running the tea bar and shop at {site}. Every penny goes back into patient comfort.
Healthwatch {city}|Your independent champion for health and social care in {city}. Tell us about your experience of local services.
{init} Maternity & Neonatal Voices|Families and staff working together to improve maternity care at {site}. Independent, parent-led.
UNISON {short} Branch|UNISON branch for staff at {name}. Join online. Members' helpline in bio.
RCN {city} Branch|Royal College of Nursing members in {city}. Meetings first Tuesday of the month. Not for clinical advice.
Dr Amara Oyelaran|Consultant anaesthetist at {site}. Mother of two, bad gardener, trying to run a 10k. Tweets my own.
Sister Claire Rudd|Ward sister, elderly care, {short}. 22 years in and still love it. Opinions my own.
{site} Radio|Hospital radio for patients at {site} since 1974. Request line open evenings. Volunteer-run charity.
{init} Chaplaincy|Spiritual, pastoral and religious care for patients, families and staff of every faith and none.
{short} Research|Clinical research at {name}. Taking part in a study? Ask your care team. Registered with the NIHR.
{site} Emergency Dept|ED team at {site}. Sharing waiting time tips & staff stories. Not monitored - call 111 or 999.
{short} Nursing|Nursing and midwifery at {name}, run by the chief nurse's office. Celebrating our nurses.
Tom Barraclough|Physiotherapist ({short}, MSK outpatients). Knees, backs and dad jokes. Not medical advice.
{city} GP Federation|GP practices in {city} working together on extended access and local services.
Riverside Medical Practice|GP surgery in {city}. Phone lines open 8am. We'll never ask for bank details by text.
{short} Volunteers|Our brilliant volunteers at {name}. Want to join? Applications via our website.
{init} Pharmacy|Hospital pharmacy team at {site}. Medicines info for patients after discharge.
Priya Venkataraman|Foundation doctor, {site}. Medical education, sourdough, cricket. Views mine.
{city} Hospice|Specialist palliative care in {city}. Working alongside {short} so people can die well at home.
{short} Staff Choir|Singing together since 2016. Staff from across {name}. Rehearsals Thursdays 5.30.
Jayne Whitlock, Midwife|Community midwife, {short}. Home births, breastfeeding, tea. Not monitored for clinical queries.
{site} Maternity|Maternity services at {site}. Antenatal classes and tours. In labour? Ring triage on your handheld notes number.
Cllr Mark Jephcott|Councillor, {city}. Chair of the health overview and scrutiny committee. Campaigning for better parking at {site}.
{city} Integrated Care Board|NHS commissioning for {city} and surrounding areas. Part of the integrated care system.
Freedom to Speak Up {init}|Our Freedom to Speak Up guardians at {short}. Confidential support if you want to raise a concern.
{short} Estates & Facilities|Keeping {site} running: porters, domestics, catering, estates. Celebrating the teams behind the scenes.
Dr Hugh Penrose|Retired consultant physician, {site} 1989-2021. Now historian of the hospital. Walks with dog.
{city} Samaritans|Samaritans branch in {city}. Call 116 123 free any time.
BMA {city} Division|Local BMA division for doctors in {city}. Contract advice for members.
{site} Children's Ward|Paediatric ward news from {site}. Run by the play team. No clinical questions please.
{init} Infection Prevention|IPC team at {name}. Hand hygiene, flu jabs and the odd gel-related pun.
Leanne Frost|Healthcare support worker on the stroke unit at {site}. Proud mum of three boys.
{short} Apprenticeships|Apprenticeships at {name}. Earn while you learn. All roles via NHS Jobs.
{site} Renal Unit|Dialysis unit at {site}. Patient events, kidney week, staff awards.
{city} Carers Centre|Support for unpaid carers in {city}. We run a carers' desk at {site} every Wednesday.
Oliver Nkemelu|Biomedical scientist, pathology, {short}. Blood, bugs and board games.
{init} Counter Fraud|Local counter fraud team for {short}. Scam alerts for staff and the public. We will never ask for payments.
{short} Library|Library and knowledge service for staff and students at {name}.
Macmillan at {site}|Macmillan information and support centre at {site}. Drop in Mon-Fri.
{city} Blood Bikes|Volunteer motorcyclists moving urgent samples between {site} and local labs, free, every night.
{init} Staff Wellbeing|Wellbeing hub for staff of {name}. Psychological support, hardship signposting and free fruit Fridays.
Ruth Adeyemi-Clarke|Director of nursing (deputy), {short}. Nurse first. Tweets are mine.
{site} Stroke Unit|Hyper-acute stroke unit at {site}. Think FAST. Celebrating our therapists & nurses.
{city} Foodbank|Foodbank in {city}. Referrals through GPs, social prescribers and {site} discharge team.
{short} Medical Education|Training the next generation of doctors at {name}. Student placements, FY and IMT.
Marcus Oduya|Porter at {site}. 15 years pushing beds. Night shift king. Spurs till I die.
{site} Physiotherapy|Physio team at {site}. Exercise leaflets and tips. Not a booking line.
{init} BAME Network|Race equality network for staff at {short}. Allyship, events, mentoring.
Hollie Brennan RN|Nurse, {site} critical care. Marathon runner. Tea addict. My views.
{city} Parkrun|Free, weekly, timed 5k. Saturday 9am. Lots of {short} staff run with us!
{init} Pride Network|LGBTQ+ staff network at {name}. Rainbow badges, events and support.
Dr Sanjay Bhardwaj|GP partner in {city}. Interested in frailty and getting {site} discharge letters on time.
{short} Dietetics|Dietitians at {name}. Evidence-based nutrition info. Not for individual advice.
St Cuthbert's Church {city}|Parish church near {site}. Hospital visiting rota on Sundays.
{city} Community First Responders|Volunteer first responders dispatched by the ambulance service in {city}.
{site} Café|Volunteer-run café in the main entrance at {site}. Open 8-4. Scones legendary.
Natalie Hughes-Mbeki|Health reporter for the {city} local paper. Covering {short} and the local NHS. DMs open for tips.
{short} Histopathology|Cellular pathology at {name}. Microscopes and cake.
{init} Governors|Council of governors of {short}. Public members elect us - join as a member for free.
Angela McKinnon|Retired theatre nurse, {site}. Knitter of twiddle muffs for the dementia ward.
{city} Youth Council|Young people's voice in {city}. Working with {short} on young people's mental health.
{site} Discharge Lounge|Discharge lounge team at {site}. Helping you get home safely.
Kieran Dabrowski|Paramedic. Usually parked outside {site} ED with a coffee. Views mine, not my employer's.
{short} Occupational Therapy|OTs at {name}. Helping people do the things that matter to them.
{city} Older People's Forum|Older residents of {city} speaking up on health, transport and housing.
{init} Sustainability|Green team at {short}. Net zero, reusable cups and the hospital beehives.
Dr Felicity Ahmed|Clinical psychologist, {short}. Trauma, teams and compassion. Not a therapy account.
{short} Speech & Language Therapy|SLT team at {name}. Communication and swallowing.
Friends of {site} Gardens|Volunteers looking after the healing garden at {site}. Weeding Wednesdays.
{city} Mind|Local mental health charity in {city}. Talking therapies, peer support, crisis café.
Gethin Pryce|Healthcare scientist, cardiac physiology at {site}. ECGs, echoes and rugby.
{init} Learning Disability Team|Learning disability liaison nurses at {short}. Easy-read info and reasonable adjustments.
{site} Breast Unit|Breast care nurses and surgeons at {site}. Awareness, not appointments.
Councillor Jean Ashworth|Cabinet member for adult social care, {city}. Working with {short} on hospital discharge.
{short} Midwifery Students|Student midwives on placement with {name}. Run by our practice educators.
Faisal Qureshi|Junior doctor, {site}. Surgery, boxing and too much coffee. Tweets my own.
{city} Dementia Action Alliance|Making {city} dementia friendly, with {site}, shops and buses.
{init} Veterans Network|Armed forces veterans and reservists working at {short}. Veteran aware Trust.
{site} Chaplain Rev. Anne Tully|Lead chaplain at {site}. Prayer, presence and bad puns.
{short} Communications Team Members|Personal account of a comms officer at {name}. Not the Trust's official account.
{city} Sexual Health|Sexual health clinics in {city}. Book online or walk in. Confidential.
Danielle Ogunleye|Senior sister, {site} acute medical unit. Nigerian Brit. Leadership and love.
{init} Digital|Digital and IT team at {short}. New EPR updates for staff.
Breast Cancer Support {city}|Peer support group for people treated at {site}. Meets monthly.
{short} Patient Panel|Patients and carers helping {name} shape services. New members welcome.
Dr Rachel Fenwick|Consultant paediatrician, {site}. Asthma, allergies, allotments.
{city} Talking Therapies|NHS talking therapies for adults in {city}. Self-refer online.
{site} Multi-Faith Centre|Prayer rooms and quiet space at {site}. Open 24 hours.
Amir Haddad|Radiographer, {short}. MRI nerd. Photography on weekends.
{init} Estates Team|The people who fix the boilers at {site}. Yes, we know the lift is broken.
{city} Breastfeeding Network|Peer supporters in {city}, also visiting the postnatal ward at {site}.
{short} Critical Care|ICU at {name}. Follow-up clinic info for former patients and families.
Suzanne Pike|Health visitor in {city}. Babies, sleep, and the endless weighing scales.
{site} Shop & WHSmith|Shop in the main atrium of {site}. Newspapers, snacks and flowers.
{init} Nursing Associates|Trainee and qualified nursing associates at {short}.
{city} Hospital Transport Volunteers|Volunteer drivers taking patients to {site} appointments.
Dr Kwame Asante-Boateng|Consultant in acute medicine. {short}. Flow, frailty and football.
{short} Hospital at Home|Virtual wards run by {name}. Getting well at home with daily checks.
{city} Health Overview Committee|Council scrutiny committee for health services in {city}.
{site} Endoscopy|Endoscopy unit at {site}. Bowel prep tips for patients.
Wendy Akers|Domestic supervisor at {site}. Keeping wards spotless for 30 years.
{init} Allied Health Professionals|AHPs at {short}: physios, OTs, SLTs, dietitians, radiographers and more.
{city} Cancer Support Group|Run by patients, for patients. Meets near {site}.
Dr Luca Bertolini|Consultant urologist at {site}. Italian in {city}. Cycling, coffee, cystoscopy.
{short} Clinical Skills|Simulation and clinical skills training at {name}.
{site} Outpatients|Outpatient department at {site}. Parking and check-in tips. Not a booking line.
Charlotte Venning|Trainee ACP, {short} emergency department. Learning every shift.
{city} Age UK|Age UK in {city}. Home from hospital service with {site}.
{init} Women's Network|Women's staff network at {name}. Menopause cafés, mentoring.
Terry Watkinson|Hospital volunteer at {site}. Meet and greet, Tuesdays. Grandad of five.
{city} Diabetes UK Group|Local volunteers supporting people with diabetes in {city}.
{short} Audiology|Hearing services at {name}. Battery collection info.
Eleni Papadopoulou|Staff nurse, {site}, orthopaedics. Greek, loud, caring.
{site} Heart Support Group|Cardiac rehab graduates from {site}. Walks and support.
{init} Procurement|Supply chain team at {short}. Suppliers: tenders published via Find a Tender only.
{city} Council|Official account of {city} Council. Bins, roads, schools and more.
Dr Olumide Adebanjo|Consultant psychiatrist. {short}. Psychosis, families, Arsenal.
{short} Ward 10|Ward 10 team at {site}. Staff achievements and thank-yous from families.
{city} Community Radio|Local radio for {city}. Health hour every Thursday with guests from {short}.
Gemma Pollard|Senior physio, {site} ICU rehab. Parkrunner. Cat mum.
{init} Trainee Doctors Forum|Resident doctors' forum at {short}. Rota, rest, representation.
{city} Carers Network|Caring for someone? Support in {city}, including on the wards at {site}.
{short} Tissue Viability|Pressure ulcer prevention at {name}. React to red!
Baz Mahmood|Car park attendant at {site}. I don't set the prices, I promise.
{site} Plaster Room|Fracture clinic plaster technicians at {site}.
Dr Ingrid Solberg|Consultant microbiologist, {short}. Antibiotics are precious.
{city} Older Adults Mental Health Carers|Carers of people using older adult mental health services in {city}.
{init} Arts Programme|Arts in health at {name}. Music on the wards, murals, poetry.
{short} Stop Smoking Service|Free support to quit for patients and staff at {site}.
Karen Oyelowo|Community nurse, {short}. District nursing is the best kept secret in the NHS.
{city} Parkinson's UK Group|Local Parkinson's UK branch, working with the movement disorders clinic at {site}.
{site} Paediatric Diabetes Team|Helping children and young people with diabetes at {site}.
Jack Ferreira|Student nurse (yr 2) on placement at {site}. Learning out loud.
{init} Quality Improvement|QI team at {short}. PDSA cycles and sticky notes.
{city} Police|Official account for {city} policing. Report crime online or call 101. 999 in an emergency.
Margaret Ellison|Governor for {city} public constituency, {short}. Former headteacher.
{short} Sexual Health Team|Clinic staff at {name}. Condoms are free. Ask us.
{site} Eye Clinic|Ophthalmology at {site}. Eye casualty info.
Dr Benedict Kaur-Allen|Emergency medicine consultant, {site}. Wellbeing, rotas and ultra running.
{city} Cycle Campaign|Safer routes to work for {city}, including to {site}.
{init} Recruitment Team (staff)|Personal account of a recruiter at {short}. Genuine roles are only on NHS Jobs; I never ask for money.
Joanne Cattermole|Matron, surgery, {site}. Standards, smiles, and sticky buns on Fridays.
{short} Palliative Care|Specialist palliative care team at {name}.
{city} Deaf Centre|Deaf community centre in {city}. BSL interpreters for hospital appointments.
Ibrahim Sesay|HCA nights, {site} respiratory. Sierra Leonean. Gospel singer.
{site} Gastroenterology|Gastro team at {site}. IBD nurses, endoscopy, liver.
{init} Estates Apprentices|Apprentice electricians and plumbers at {short}.
Dr Naomi Whitcombe|GP trainee, {city}. Previously {site} A&E SHO. Medic mum.
{city} Rotary Club|Rotarians in {city}. Proud to fund the sensory room at {site}.
{short} Ophthalmology Research|Eye research group at {name}.
Colin Grayshott|Hospital radio presenter on {site} Radio. Sunday requests, 7-9pm.
{city} Mental Health Crisis Café|Evening crisis café in {city}, run with {short} and local charities.
Bethany Kowalczyk|Midwife, {site} labour ward. Polish-British. Baby whisperer.
{init} Infection Control Nurses|Another account from the IPC nurses at {short}, for staff training.
{short} Children's Therapy|Children's physio, OT and SLT at {name}.
Revd Patrick Onuoha|Hospital chaplain (Catholic) at {site}.
{city} Women's Aid|Domestic abuse support in {city}. IDVA based at {site}.
Alison Tremlett|Receptionist, outpatients, {site}. Sorry about the queue.
{site} Neonatal Unit|NICU/SCBU at {site}. Parent stories, staff news. Not for medical advice.
Dr Tobias Renshaw|Orthopaedic surgeon, {short}. Hips, knees and vintage Land Rovers.
{init} Volunteers Coordinator|Volunteer services manager at {short}. DBS checks are free for our volunteers.
{city} Clinical Commissioning (archive)|Archived account of the former CCG for {city}. Now part of the ICB.
{short} Vascular Team|Vascular surgery at {name}.
Shabnam Chaudhry|Pharmacist, {site}. Medicines, mentoring and mango lassi.
{city} Hospital Campaign Group|Campaigning to keep services at {site}. Independent of the Trust.
{init} Nurses Day|Annual celebration of nurses at {short}. Awards nominations open in spring.
Yvonne Larkspur|PALS officer at {site} (personal). For PALS please use the official channels on the Trust website.
{site} Fracture Liaison|Bone health after fractures at {site}.
Dr Aled Morgan|Consultant anaesthetist, {short}. Welsh, ultrarunner, pain management.
{city} Health Walks|Free guided walks in {city} for people recovering from illness. Referrals from {site} welcome.
{short} Cardiology|Cardiology at {name}. Heart failure nurses and rehab.
Precious Mhlanga|International nurse (Zimbabwe → {city}). Staff nurse at {site}. Faith, family, nursing.
{init} Clinical Coding|Coders at {short}. Accuracy matters.
{city} Multiple Sclerosis Society|MS Society group in {city}, linked with the neurology clinic at {site}.
{site} Day Surgery|Day surgery unit at {site}. Pre-op fasting tips.
Lewis Hartigan|Operating department practitioner, {short} theatres. Gym and guitar.
{short} Health Records|Health records team at {name}. Subject access requests via the Trust website only.
{city} Refugee Welcome|Helping refugees in {city} register with GPs and get to appointments at {site}.
Dr Anjali Menon|Clinical director for women's health, {short}. Mum, runner, feminist.
{init} Catering|Catering team at {site}. Today's menu and staff restaurant offers.
{city} Bowel Cancer Screening Centre|NHS bowel screening hub for {city}, based at {site}.
Graham Upton|Retired porter, {site}. 40 years of stories and a bad knee.
{short} Long Covid Clinic|Post-Covid assessment service at {name}.
{site} Antenatal Clinic|Antenatal clinic team at {site}.
Dr Yusuf Karimi|Respiratory registrar, {site}. Lungs and lifting.
{city} Stroke Association Group|Stroke survivors and carers in {city}. Café every month.
{init} Staff Side|Joint trade union staff side at {short}.
Lorraine Fitzhugh|Cleaner on the wards at {site}. Proud to be NHS.
{short} Urgent Treatment Centre|UTC at {site}. Walk in for minor injuries, or book via 111.
Kemi Balogun|Practice development nurse, {short}. Education & preceptorship.
{city} Lions Club|Lions in {city}. Donated the bladder scanner to {site} last year.
{site} Haematology|Haematology day unit at {site}.
Mohammed Iqbal|Healthcare assistant, {site} A&E nights. Husband. Dad. Gym.
{init} Sonographers|Ultrasound team at {short}.
{city} Gazette Health Desk|Health and NHS news from the {city} Gazette newsroom.
Dr Emily Nwachukwu-Reid|Consultant obstetrician, {site}. Safer births.
{short} Pathology Network|Pathology partnership including {name}.
Sarah-Jane Osei|Trust governor candidate, {city} constituency. Patient and carer.
{site} Pain Clinic|Pain management team at {site}.
{city} Hospital Parking Watch|Residents near {site} sharing updates on parking and the new multi-storey. Unofficial.
Andrzej Nowicki|Senior biomedical scientist, blood transfusion, {short}.
{init} Youth Forum|Young people helping {short} shape children's services.
Tracy Hollingworth|Community matron, {short}. Frailty and home visits.
{city} Heritage Society|Local history in {city}, including the history of {site}.
{short} Retirement Fellowship|Former staff of {name} and its predecessors. Lunch club monthly.
Dr Mei Lin Tan|Consultant dermatologist, {site}. Skin cancer awareness.
{site} Haemophilia Centre|Bleeding disorders service at {site}.
Chidi Okafor-Wynne|Mental health nurse, {short}. Men's mental health advocate.
{city} Cadet Nurses|Health cadets from {city} colleges on placement at {site}.
{init} Research Nurses|Research delivery nurses at {short}.
Phil Gatenby|Volunteer driver for {site} patients. Former bus driver.
{short} Bereavement Services|Bereavement office at {name}. Compassionate support after a death.
{city} University School of Nursing|Nursing degrees at {city}. Placements with {short}.
Hannah Delacroix|Speech and language therapist, {site} stroke. Communication is everything.
{site} Sleep Clinic|Sleep service at {site}.
Dr Rafael Mendes|Consultant radiologist, {short}. Scans, screens and samba.
{init} Chief Nurse Fellows|Chief Nurse fellowship participants at {short}.
{city} Allotment Society|Allotments near {site}; our veg goes to the staff room.
Simone Achterberg|Advanced nurse practitioner, {site} frailty.
{short} Hydrotherapy|Hydrotherapy pool at {site}. Patient sessions by referral.
{city} Autism Support|Support for autistic people and families in {city}. Hospital passport templates.
Dr Conor Fitzgerald|Consultant gastroenterologist, {site}. Livers and hurling.
{site} Oncology Day Unit|Chemotherapy day unit at {site}.
Patricia Mwangi|Team leader, discharge coordination, {short}.
{init} Wellbeing Dogs|Therapy dogs visiting {short} staff and patients. Woof.
{city} Rugby Club|Proud to raise money for the {short} charity every season.
Ellis Tranter|Paramedic student on placement at {site} ED.
{short} Clinical Psychology|Psychology services at {name}.
{city} Scouts|Scouting in {city}. First aid badge sessions with {site} nurses.
Dr Hamid Rahimi|Consultant nephrologist, {site}.
{site} Lymphoedema Clinic|Lymphoedema service at {site}.
Fiona McAllister|Head of midwifery (personal account), {short}.
{init} Equality & Inclusion|EDI team at {short}.
{city} Visually Impaired Society|Support for blind and partially sighted people in {city}; eye clinic liaison at {site}.
Jordan Ashby|Security officer at {site}. Keeping staff and patients safe.
{short} Prosthetics & Orthotics|Limbs and braces at {name}.
{city} Bereaved Parents Group|Support for parents in {city}, with the bereavement midwives at {site}.
Dr Olivia Strang|Consultant geriatrician, {short}. Dementia-friendly hospitals.
{site} Respiratory Physiology|Lung function tests at {site}.
Nadia Rahman|Staff nurse, {site} oncology. Hijabi nurse. Love my patients.
{init} Medical Students|Medical students on placement at {short}.
{city} Deaf Children's Society|Families of deaf children in {city}. Audiology at {site}.
Steve Marchbank|Plumber, estates, {site}. Spanner in hand.
{short} Cystic Fibrosis Team|CF service at {name}.
{city} Churches Together|Churches in {city} supporting the hospital chaplaincy at {site}.
Dr Aisha Bello|ST4 psychiatry, {short}. Writing about medicine and migration.
{site} Blood Donor Session|Monthly blood donation session held at {site}. Book with NHS Blood and Transplant.
Rosie Tankard|Play specialist, {site} children's ward. Bubbles and stickers.
{init} Estates Sustainability Officer|Personal account of our energy manager at {short}.
{city} Motor Neurone Disease Group|MND Association branch in {city}.
Dr Gabriel Osei|Consultant in sexual health, {short}.
{short} Postgraduate Centre|Education centre at {site}. Conferences, teaching, the good biscuits.
Beverley Clough|Ward clerk, {site}. I know where everything is.
{city} Heart Foundation Shop|BHF charity shop in {city}. Furniture collections.
{init} Hospital Discharge Team|Transfer of care hub at {short}.
Dr Noor Siddiqui|Consultant haematologist, {site}.
{site} Rheumatology|Rheumatology at {site}. Biologics nurses.
Kath Ormerod|Retired sister, {site} maternity. Delivered half of {city}.
{city} Sea Cadets|Sea cadets in {city}. Fundraising for the {short} charity.
{short} Respiratory Team|Respiratory nurses and physios at {name}.
Manish Patel|Pharmacy technician, {site}. Cricket on Sundays.
{init} Safeguarding|Safeguarding team at {short}. Adults and children.
{city} Diabetes Eye Screening|Eye screening programme for people with diabetes in {city}.
Dr Tessa Grainger|Consultant neonatologist, {site}. Small babies, big hearts.
{site} Orthopaedic Outpatients|Fracture and elective orthopaedic clinics at {site}.
Abdul Karim|Taxi driver, {city}. Regular at {site} rank. Ask me for the quickest way home.
{short} Clinical Genetics|Genetics service linked with {name}.
{city} Men's Shed|Men's shed in {city}. Built the planters for {site}.
Lisa-Marie Hollis|Phlebotomist, {site}. Sharp scratch!
{init} Trauma Team|Major trauma and orthopaedic team at {short}.
{city} Wheelchair Service|Wheelchair service for {city}, working with {site} therapists.
Dr Ahmed El-Sayed|Consultant cardiologist, {short}.
{site} Bariatric Surgery|Weight loss surgery at {site}.
Michelle Ramsbottom|Patient experience lead (personal account) at {short}.
{city} Students' Union Medsoc|Medical society of {city} students. Placement tips for {site}.
{short} Hepatology|Liver service at {name}.
Oskar Lindqvist|Clinical fellow from Sweden, {site} anaesthetics.
{init} Finance Team|Finance department of {short}. Supplier payments only through our AP system; we never change bank details by email.
{city} Neighbourhood Watch|Neighbourhood watch around {site}. Community safety updates.
Dr Chloe Sandhu|Paediatric registrar, {site}. Tiny humans.
{site} Sexual Assault Referral Centre|SARC serving {city}, near {site}.
Kevin Aldridge|Volunteer chair, League of Friends of {site}.
{short} AHP Students|Student physios, OTs and radiographers on placement at {name}.
{city} Baby Bank|Free baby essentials for families in {city}; referrals from {site} midwives.
Dr Siobhan O'Leary|Consultant ophthalmologist, {site}.
{init} Chief Medical Officer Office|Medical director's office updates for doctors at {short}.
{city} Brain Injury Group|Headway group in {city}.
Rukhsana Begum|Interpreter (Bengali, Urdu) at {site}.
{short} Digital Nurses|Nursing informatics at {name}.
{site} Falls Team|Falls prevention service at {site}.
Darren Welburn|Ambulance technician, regular visitor to {site} ED.
{city} Muslim Community Health Forum|Mosques in {city} working with {short} on health talks.
Dr Elspeth Crane|Retired GP, {city}. Former governor of {short}.
{init} Pharmacy Technicians|Pharmacy technicians at {short}.
{city} Hospice Shops|Charity shops in {city} raising money for the hospice.
Femi Adeleke|Senior charge nurse, {site} theatres.
{short} Chaplaincy Volunteers|Chaplaincy visitors at {name}.
{site} Memory Clinic|Memory assessment service at {site}.
Claire Hebblethwaite|School nurse in {city}.
{city} Carers Support Cafe|Monthly carers' café near {site}.
Dr Marek Zielinski|Consultant intensivist, {short}.
{init} Staff Lottery|Staff lottery run by {short} charity for staff only. Sign up through payroll on the intranet.
"""

ADJACENT += r"""
{init} Nurse Jo|Staff nurse at {site} and proud. This is my personal account, views are my own, not the Trust's.
{short} Retired Nurses Association|Retired nurses who trained or worked at {site}. Reunions every autumn.
{city} Dental Care|NHS and private dental practice in {city}. New NHS patients: waiting list only, we never take deposits by text.
Parkside Pharmacy {city}|Community pharmacy. Pharmacy First consultations, flu jabs, blister packs.
{city} Opticians & Hearing|Independent opticians on the high street. NHS eye tests for eligible patients.
Oakwood Care Home|Residential and nursing care in {city}. Working closely with {short} discharge teams.
{site} Patient Transport Hub|Non-emergency patient transport bookings for {site} outpatients, run by our provider. Eligibility criteria apply.
{city} Medical School Alumni|Graduates who trained on the wards at {site}. Mentoring current students.
{init} Junior Doctors Mess|Mess committee at {short}. Pizza, parties and rota swaps.
{city} MP Constituency Office|Casework team for the local MP. Help with NHS complaints goes via PALS first.
Dr Imran Latif (GP)|Salaried GP, {city}. Weight management and Urdu-language health videos.
{short} Jobs Fair 2025 (archive)|Archive page for the {name} recruitment fair. Real jobs are on NHS Jobs; we never charge.
{site} Hospital Parking (operator)|Car park operator at {site}. Tariffs, permits and blue badge info.
{city} Health & Wellbeing Board|Council-led partnership on health in {city}.
{short} Staff Benefits (staff account)|Staff benefits team at {name}. Salary sacrifice cars and cycle to work. Never asks for bank details by DM.
{init} Cancer Services|Cancer team at {short}. Awareness and survivorship events.
Dr Victoria Lamb|Consultant in palliative medicine, {city} hospice and {site}.
{city} Young Carers|Support for young carers in {city}. Hospital liaison at {site}.
{short} International Nurses Network|Peer support for internationally educated nurses at {name}. Staff-run. We never charge members.
{site} Welcome Desk|Volunteer welcome desk at {site}. Wayfinding and wheelchairs.
Amanda Rigby|Lead nurse for safeguarding children, {short}. Personal account.
{city} Volunteer Centre|Matching volunteers with local charities, including roles at {site}.
{init} Allied Health Students|Placement news for AHP students at {short}.
{city} Hospital Broadcasting Network|Umbrella for hospital radio across the region including {site} Radio.
Neil Ashdown|Clinical engineer, medical devices, {site}.
{short} Haemodialysis Patients Group|Patients dialysing at {site}. Transport and parking campaign.
{city} Ramblers|Walking group in {city}. Annual sponsored walk for the {short} charity.
{site} Paediatric ED|Children's emergency department at {site}. Not for advice; call 111.
Dr Henrietta Balogun|Public health consultant, {city} Council. Vaccinations and healthy places.
{city} Interfaith Forum|Faith leaders in {city}; partner of the {site} chaplaincy.
{init} Bank Staff|Temporary staffing bank at {short}. Shifts only through the official app.
{city} Sports Injury Clinic|Private physio clinic in {city}. Not part of the NHS.
{short} Maternity Champions|Volunteer parents supporting families at {site} maternity.
Gurdeep Sandhu|Trust chaplain (Sikh), {site}.
{city} Heartstart|Free CPR training in {city}. Save a life.
{site} Ultrasound Department|Ultrasound at {site}. Please bring your referral letter.
Lynne Hebden|Patient governor, {short}. Carer for my husband.
{city} Air Ambulance Supporters|Fundraisers for the regional air ambulance charity, which lands at {site}.
{init} Nursing Times Award Winners|Celebrating teams at {short} shortlisted for national awards.
{short} Discharge to Assess|Home-first discharge programme at {name}.
{city} Hospital Pharmacy Students|Pharmacy undergraduates on placement at {site}.
Dr Paul Okwuosa|Consultant surgeon (colorectal), {site}.
{city} Refugee Doctors Programme|Helping refugee doctors in {city} return to practice; placements at {short}.
{site} Endocrinology|Diabetes and endocrine team at {site}.
Bridget Coyle|League of Friends tea bar volunteer at {site}. Best brew in {city}.
{short} Estates Projects|New builds and refurbishments at {name}. Roadworks updates.
{city} LGBT+ Switchboard|Support line for LGBT+ people in {city}.
{init} Catering Apprentices|Chef apprentices at {site}.
Joseph Adu-Gyamfi|Chief pharmacist (personal), {short}.
{city} Community Nursing Team|District nurses serving {city}, part of {short}.
{site} Genetics Clinic|Clinical genetics outreach clinic held at {site}.
{city} Cancer Research UK Shop|Charity shop in {city}.
Dr Sunita Ramdas|Consultant psychiatrist, perinatal mental health, {short}.
{init} Learning & Development|Training team at {short}. Mandatory training reminders for staff.
{city} Sight Loss Council|Blind and partially sighted volunteers in {city}.
{site} Anticoagulation Clinic|Warfarin and INR clinic at {site}.
Megan Trafford|Occupational health nurse, {short}.
{city} Hospital History Group|Photographs and memories of {site} through the decades.
{short} Research & Innovation|Studies, trials and innovation at {name}.
{city} Kidney Patients Association|Supporting kidney patients in {city}; donates to {site} renal unit.
{site} Colposcopy|Colposcopy clinic at {site}.
Dr Harvey Nunn|Medical director's fellow, {short}.
{init} Porters Lodge|The porters at {site}. Unsung heroes.
{city} Bereavement Support Network|Support after loss in {city}.
{short} Health Inequalities Team|Working to close gaps in care across {city}.
{city} Hospital Friends Fun Run|Annual 5k around {site}'s grounds, raising money for the League of Friends.
Ayodele Oyinlola|Patient safety specialist, {short}.
{site} Cardiac Rehab|Cardiac rehabilitation classes at {site}.
{city} Scrubs Drive|Volunteers sewing scrub bags for {site} staff.
"""
