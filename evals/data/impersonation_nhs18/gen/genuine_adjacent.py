"""Hand-written genuine accounts of organisations and people around each Trust (group nhs_adjacent).

One line per account: platform ¦ handle ¦ display name ¦ bio. Every bio was written individually.
All people are invented. Organisation handles are plausible guesses, not verified.
"""

ACCOUNTS = {}

ACCOUNTS["swlstg"] = """
x ¦ SWLSTGCharity ¦ SWLSTG Charity ¦ The charity for South West London and St George's Mental Health NHS Trust. Extra comforts for wards and gardens that help recovery. Registered charity.
x ¦ SpringfieldPark ¦ Springfield Park Friends ¦ Residents' group for the new park at Springfield in Tooting. Dog walkers, litter pickers and bench sitters welcome.
x ¦ tolworth_ot ¦ Tolworth OT team ¦ Occupational therapists on the inpatient wards at Tolworth Hospital. Cooking groups, gardening and getting back to everyday life. Not monitored for referrals.
x ¦ KiranMH_nurse ¦ Kiran Bains RMN ¦ Mental health nurse, 12 years and counting. Currently on an acute ward in south London. Tweets about staffing, tea and Crystal Palace.
x ¦ drhollyfenwick ¦ Dr Holly Fenwick ¦ Consultant psychiatrist (adult community). Interested in early intervention and psychosis. Personal account, nothing I say is clinical advice.
x ¦ WandsworthHW ¦ Healthwatch Wandsworth ¦ Your independent champion for health and social care in Wandsworth. Tell us about your experience of local services - good or bad.
x ¦ SWLrecoverycol ¦ SWL Recovery College ¦ Free courses co-produced by people with lived experience and professionals. Open to anyone in Kingston, Merton, Richmond, Sutton and Wandsworth.
x ¦ unison_swl_mh ¦ UNISON SW London MH branch ¦ Branch of UNISON for staff in south west London mental health services. Join us - we are stronger together.
x ¦ peersupport_ade ¦ Ade Ogunleye ¦ Peer support worker. Lived experience of psychosis. Proof that recovery happens. He/him.
x ¦ MertonCouncil_H ¦ Merton Council Health ¦ Public health updates from Merton Council - vaccinations, healthy lives and local support.
facebook ¦ FriendsOfTolworthHospital ¦ Friends of Tolworth Hospital ¦ Volunteers raising money for small extras at Tolworth Hospital since the 1960s. Our tea trolley is back on Thursdays!
facebook ¦ KingstonCarersNetwork ¦ Kingston Carers' Network ¦ Support for unpaid carers in Kingston, including people caring for someone with a mental health condition. Call in or message us.
facebook ¦ SuttonMindGroup ¦ Sutton Mind ¦ Local mental health charity in Sutton. Wellbeing cafes, advocacy and counselling. Independent of the NHS.
facebook ¦ springfield.allotment.group ¦ Springfield Allotment Group ¦ Service users, staff and neighbours growing veg together on the hospital allotment. Spare courgettes every August.
facebook ¦ RichmondBorough.Mind ¦ Richmond Borough Mind ¦ Community mental health support across Richmond upon Thames. Our helpline is not a crisis line.
instagram ¦ art.at.springfield ¦ Art at Springfield ¦ Artwork from the creative therapies studio 🎨 Shared with consent. Exhibition every spring.
instagram ¦ mh_student_nurse_lou ¦ Lou | student MH nurse ¦ Second year mental health nursing student, placements across south London 📚 notes, highs and lows
instagram ¦ tooting_running_mind ¦ Tooting Running Mind ¦ Free social runs for anyone whose mental health could use a lift 🏃 Thursdays 6.30pm, Tooting Bec Common.
instagram ¦ ward.chaplain.ruth ¦ Ruth - hospital chaplain ¦ Multi-faith chaplaincy team member. Listening is most of the job. Candles and cake optional.
instagram ¦ swl.hearing.voices ¦ SWL Hearing Voices Group ¦ Peer-led group for people who hear voices. Independent, confidential, friendly. Kingston & Wandsworth.
tiktok ¦ nurse.jamal.rmn ¦ Jamal | mental health nurse ¦ Showing what mental health nursing actually looks like. Not advice. If you're struggling, call 111 option 2.
tiktok ¦ psychology.with.priya ¦ Priya - assistant psychologist ¦ Assistant psychologist in an NHS team 🧠 myths, study tips, and the road to clinical training
tiktok ¦ occupational.amy ¦ Amy OT ¦ Occupational therapist in mental health. A day in the life, sensory tools and why OT isn't just about jobs.
linkedin ¦ marcus-adeyemi-hr-nhs ¦ Marcus Adeyemi ¦ HR business partner in NHS mental health services. Workforce planning, wellbeing and fair recruitment.
linkedin ¦ south-london-mental-health-partnership ¦ South London Mental Health & Community Partnership ¦ Collaboration of south London NHS mental health trusts working together on specialist services and beds.
linkedin ¦ dr-ellen-rourke-clinical-psychologist ¦ Dr Ellen Rourke ¦ Clinical psychologist, eating disorders service. Supervisor for trainees on the south London courses.
linkedin ¦ sgul-medicine ¦ St George's, University of London ¦ The UK's specialist health university, sharing a site with St George's Hospital in Tooting.
linkedin ¦ fatima-nwosu-pharmacist ¦ Fatima Nwosu ¦ Lead pharmacist, mental health inpatients. Clozapine clinics, prescribing safety and coffee.
bluesky ¦ drhollyfenwick.bsky.social ¦ Holly Fenwick ¦ Psychiatrist. Mostly here for research papers and gardening photos.
bluesky ¦ swl-icb-watch.bsky.social ¦ SWL Health Policy Watch ¦ Volunteer-run digest of south west London NHS board papers. Not affiliated with any NHS body.
bluesky ¦ peterkaye-rmn.bsky.social ¦ Peter Kaye ¦ Retired charge nurse, 35 years in mental health. Now: birds, grandchildren, opinions.
youtube ¦ SWLRecoveryStories ¦ Recovery Stories SWL ¦ Short films made by people in recovery in south west London. Made with support from local charities.
youtube ¦ MHNurseTalks ¦ MH Nurse Talks ¦ Podcast by two mental health nurses about practice, policy and burnout. New episodes most Fridays.
mastodon ¦ psychiatrist_ak@mastodon.social ¦ A. Kowalczyk ¦ Old age psychiatrist in London. Dementia, delirium and the odd cycling post.
mastodon ¦ carers_voice@mastodon.online ¦ Carers' Voice ¦ Unpaid carer sharing what supporting a son through severe mental illness is really like.
x ¦ BarnesFriends ¦ Friends of Barnes Hospital ¦ Keeping the history of Barnes Hospital alive and supporting the services still based here.
x ¦ Sam_AMHP ¦ Sam Okafor ¦ Approved mental health professional and social worker. Mental Health Act nerd. Views very much my own.
instagram ¦ springfield.cafe.crew ¦ The Courtyard Cafe ¦ Social enterprise cafe at Springfield employing people in recovery ☕ Open weekdays 8-3.
facebook ¦ WandsworthMumsWellbeing ¦ Wandsworth Mums Wellbeing ¦ Peer support for parents with perinatal anxiety or depression. Weekly meet-up in Balham.
x ¦ NHSKingstonTalk ¦ Talking Therapies Kingston ¦ Free NHS talking therapies for adults registered with a GP in Kingston. Self-refer online.
"""

ACCOUNTS["croydon"] = """
x ¦ CroydonHealthCh ¦ Croydon Health Charity ¦ Official charity of Croydon University Hospital and community services. Every gift goes further for patients. Registered charity.
x ¦ CUH_Maternity ¦ Croydon Maternity ¦ Midwives and maternity support workers at Croydon University Hospital. Birth stories, antenatal classes and info. Not for urgent advice.
x ¦ CUH_ED_nurses ¦ Croydon ED Nursing ¦ Emergency department nursing team. Celebrating our people. For emergencies call 999, not us.
x ¦ drtunde_ae ¦ Dr Tunde Bakare ¦ Emergency medicine consultant in south London. Sepsis, sleep and Selhurst Park. Views my own.
x ¦ HealthwatchCroy ¦ Healthwatch Croydon ¦ Independent voice of patients and the public in Croydon. Share your experience of GPs, hospitals and care homes.
x ¦ CroydonCouncil ¦ Croydon Council ¦ News and updates from Croydon Council. Report issues online any time.
x ¦ PurleyFriends ¦ Purley Hospital Friends ¦ Supporting Purley War Memorial Hospital with volunteers and fundraising since 1950s. Memories welcome!
x ¦ jen_dietitian ¦ Jen Marsh RD ¦ Paediatric dietitian. Feeding difficulties, allergies, and far too much baking at weekends.
x ¦ CroydonGPfed ¦ Croydon GP Collaborative ¦ Group of general practices working together across Croydon. Please contact your own surgery for appointments.
x ¦ rcn_croydon_rep ¦ Ola - RCN steward ¦ RCN steward at a south London trust. Your rights at work, safe staffing and pay. Members can DM for signposting.
facebook ¦ CroydonHospitalRadio ¦ Croydon Hospital Radio ¦ Requests, chat and music for patients since 1972. Volunteer presenters always wanted - no experience needed!
facebook ¦ ThorntonHeathCommunityNews ¦ Thornton Heath Community News ¦ What's happening in Thornton Heath. Road works, street parties and lost cats.
facebook ¦ CroydonBreastfeedingPeers ¦ Croydon Breastfeeding Peer Supporters ¦ Trained volunteer mums supporting feeding on the postnatal ward and in the community.
facebook ¦ sickle.cell.croydon ¦ Sickle Cell Support Croydon ¦ Support group for families living with sickle cell disorder in south London. Meetings monthly.
facebook ¦ NorburyNeighbours ¦ Norbury Neighbours ¦ Community page for Norbury and Pollards Hill. Be kind, no adverts please.
instagram ¦ croydon.midwife.zara ¦ Zara | midwife ¦ NHS midwife in south London 💕 babies, night shifts and snacks. No clinical questions please.
instagram ¦ cuh.volunteers ¦ CUH Volunteers ¦ The volunteer team at Croydon University Hospital 💙 wayfinding, ward visits and the odd cup of tea.
instagram ¦ physio_with_dan ¦ Dan the physio ¦ MSK physio 🦵 rehab tips for runners. Works in the NHS, posts on weekends.
instagram ¦ student.nurse.chidi ¦ Chidi | student nurse ¦ Adult nursing student, Kingston uni. Placement diaries and revision notes 📓
instagram ¦ thecroydonbaker ¦ The Croydon Baker ¦ Celebration cakes in South Croydon 🎂 Proud supplier of the staff awards cake 2024!
tiktok ¦ porter.pete.cuh ¦ Pete the porter ¦ Hospital porter. 20k steps a day. Behind the scenes of the busiest job nobody notices.
tiktok ¦ hca.life.kemi ¦ Kemi HCA ¦ Healthcare assistant on a surgical ward. Real talk about care work and saving up for nursing school.
tiktok ¦ nursing.with.tash ¦ Tash RN ¦ Band 6 sister, south London. Nursing content, shift outfits and coffee reviews.
linkedin ¦ dr-nadia-hussain-croydon ¦ Dr Nadia Hussain ¦ Consultant geriatrician and clinical lead for frailty. Interested in keeping older people out of hospital.
linkedin ¦ croydon-health-and-care-partnership ¦ One Croydon Health and Care Alliance ¦ Partnership of NHS, council and voluntary organisations working together for people in Croydon.
linkedin ¦ tom-eastwood-estates ¦ Tom Eastwood ¦ Estates and facilities manager in the NHS. Ventilation, fire safety and getting the lifts fixed.
linkedin ¦ london-south-bank-university ¦ London South Bank University ¦ University in south London with one of the largest nursing and midwifery schools in the country.
linkedin ¦ grace-owusu-nurse-educator ¦ Grace Owusu ¦ Practice development nurse supporting internationally educated nurses through OSCE and preceptorship.
bluesky ¦ tundebakare.bsky.social ¦ Tunde Bakare ¦ Emergency physician. Long shifts, long reads.
bluesky ¦ croydoncitizen.bsky.social ¦ The Croydon Citizen ¦ Independent local journalism from and about Croydon.
bluesky ¦ nhs-croydon-watch.bsky.social ¦ Keep Our NHS Public Croydon ¦ Local campaign group defending a publicly run NHS in Croydon. Meetings open to all.
youtube ¦ CroydonMaternityVoices ¦ Croydon Maternity Voices ¦ Parent-led partnership improving maternity care in Croydon. Videos of our listening events.
youtube ¦ SurgeonsInTraining ¦ Surgeons in Training ¦ Two surgical registrars in London explaining operations and careers. Educational only.
mastodon ¦ jmarsh_rd@mastodon.social ¦ Jen Marsh ¦ Dietitian. Bread, books and evidence-based nutrition.
mastodon ¦ croydon_cycles@mastodon.online ¦ Croydon Cycle Campaign ¦ Safer streets for cycling in Croydon. Ride to work? So do lots of hospital staff.
x ¦ CHSpharmacy_ap ¦ Amara Patel ¦ Advanced pharmacist practitioner, antimicrobials. Antibiotic stewardship is a team sport.
facebook ¦ CroydonDeafCentre ¦ Croydon Deaf Centre ¦ Community centre for Deaf people in Croydon. BSL interpreting help for hospital appointments.
instagram ¦ croydon.eye.unit.fundraiser ¦ Wendy's walk for the eye unit ¦ Walking 100 miles in May to thank the team who saved my sight 👁️ JustGiving link goes to the hospital charity.
x ¦ CroydonBID ¦ Croydon BID ¦ Business Improvement District for Croydon town centre.
"""

ACCOUNTS["whh"] = """
x ¦ WHHCharity ¦ WHH Charity ¦ The official charity of Warrington and Halton Teaching Hospitals. Helping our hospitals go above and beyond what the NHS can fund.
x ¦ WHH_Maternity ¦ Warrington Maternity ¦ Maternity team at Warrington Hospital. Info for parents-to-be. For urgent concerns ring triage, don't tweet us.
x ¦ HaltonHWatch ¦ Healthwatch Halton ¦ Independent champion for people who use health and social care in Halton. We listen, we report, we push for change.
x ¦ WarringtonBC ¦ Warrington Borough Council ¦ Official news from Warrington Borough Council. Bins, roads, schools and more.
x ¦ dr_sian_morgan ¦ Dr Siân Morgan ¦ Anaesthetist in the North West. Perioperative medicine, patient safety and rugby league.
x ¦ sister_bev_ward ¦ Bev Cartwright ¦ Ward sister, elderly care. 30 years a nurse and still love it. Warrington born and bred.
x ¦ CMTC_Ortho ¦ Ortho at CMTC ¦ Orthopaedic nurses and physios at the treatment centre in Runcorn. Hips, knees and a lot of walking frames.
x ¦ unison_whh ¦ UNISON WHH branch ¦ UNISON branch for support staff, nurses and admin at Warrington and Halton hospitals. Not an official Trust account.
x ¦ RadioWarrHosp ¦ Hospital Radio Warrington ¦ Volunteer-run radio for patients at Warrington Hospital. Requests by the bedside card or via the ward.
x ¦ WireFMnews ¦ Local news desk ¦ News, travel and weather for Warrington. Got a story? Get in touch.
facebook ¦ FriendsOfHaltonHospital ¦ Friends of Halton Hospital ¦ Our volunteers run the shop and raise money for equipment at Halton Hospital. Pop in for a brew!
facebook ¦ WarringtonMaternityVoices ¦ Warrington Maternity Voices ¦ Parents working with local maternity services to make care better. Share your birth experience with us.
facebook ¦ RuncornParkrunFriends ¦ Runcorn Parkrun Friends ¦ Saturday 9am, Town Park. Volunteers from the hospital pacing this month!
facebook ¦ penketh.community.news ¦ Penketh Community News ¦ Community news for Penketh and Great Sankey. Events, lost pets and roadworks.
facebook ¦ WarringtonStrokeClub ¦ Warrington Stroke Club ¦ Social club for stroke survivors and their carers. Tuesday afternoons at the community centre.
instagram ¦ whh.nurse.kayleigh ¦ Kayleigh RN 💉 ¦ Staff nurse at a North West hospital 🏥 night shifts, coffee and my cocker spaniel
instagram ¦ radiographer.raj ¦ Raj | radiographer ¦ Diagnostic radiographer 📸 X-rays, CT and the occasional dodgy selfie. Posts are my own.
instagram ¦ warrington.wolves.foundation ¦ Wolves Foundation ¦ Community arm of the rugby league club. Health, education and inclusion across Warrington.
instagram ¦ halton.hospital.garden ¦ Halton Hospital Garden Group ¦ Volunteers looking after the healing garden 🌼 Come and help on the first Saturday of the month.
instagram ¦ scrubs.and.sewing ¦ Scrubs & Sewing ¦ Theatre nurse who sews scrub hats for charity 🧵 Orders raise money for the neonatal unit.
tiktok ¦ hca.hayley.nw ¦ Hayley HCA ¦ Healthcare assistant, Cheshire. Funny bits from night shifts (no patients ever shown).
tiktok ¦ dr.ollie.fy1 ¦ Ollie | FY1 doctor ¦ Foundation doctor in the North West. What they don't teach you at med school.
tiktok ¦ porter.gaz ¦ Gaz the porter ¦ Moving beds and spirits since 2009 😂 Warrington lad.
linkedin ¦ claire-fitzpatrick-nhs-digital ¦ Claire Fitzpatrick ¦ Digital transformation lead in an acute trust. Electronic patient records, clinical safety and change management.
linkedin ¦ cheshire-merseyside-icb ¦ NHS Cheshire and Merseyside ¦ Integrated care board planning and buying NHS services for 2.7 million people.
linkedin ¦ university-of-chester ¦ University of Chester ¦ University with campuses across Chester and Warrington. Nursing, midwifery and allied health courses.
linkedin ¦ mohammed-iqbal-finance ¦ Mohammed Iqbal ¦ Deputy director of finance, NHS. ACCA. Making every pound count for patients.
linkedin ¦ lucy-dawson-midwife ¦ Lucy Dawson ¦ Consultant midwife. Continuity of carer, birth choices and listening to women.
bluesky ¦ sianmorgan.bsky.social ¦ Siân Morgan ¦ Anaesthetist. Sometimes posts about rugby, mostly posts about sleep deprivation.
bluesky ¦ warringtonguardian.bsky.social ¦ Warrington Guardian ¦ News from Warrington and the surrounding area.
bluesky ¦ nw-nurses-union.bsky.social ¦ North West Nurses Forum ¦ Informal forum for nurses across the North West. Not a trade union and not an NHS account.
youtube ¦ WHHCharityEvents ¦ WHH Charity Events ¦ Highlights from fundraising events for our local hospitals. Thank you to every fundraiser!
youtube ¦ TheNurseEducator ¦ The Nurse Educator ¦ Clinical skills videos for student nurses and HCAs. Made by a practice educator in her spare time.
mastodon ¦ bev_nurse@mastodon.social ¦ Bev C ¦ Elderly care nurse. Dementia-friendly wards, knitting and the Wolves.
mastodon ¦ nwradiology@med-mastodon.com ¦ NW Radiology Journal Club ¦ Radiologists and radiographers in the North West sharing papers and cases (anonymised).
x ¦ Halton_ChCentre ¦ Halton Children's Centres ¦ Family hubs across Halton. Stay and play, baby weighing and parenting support.
facebook ¦ WarringtonBloodBikes ¦ Blood Bikes Warrington ¦ Volunteer motorcyclists carrying blood and samples between hospitals overnight, for free.
instagram ¦ whh.staff.choir ¦ Hospital Staff Choir ¦ Nurses, porters, doctors and admin who sing together 🎶 Christmas concert in the main entrance!
x ¦ DrAnilHaematol ¦ Dr Anil Varma ¦ Consultant haematologist. Anaemia, anticoagulation and cricket.
linkedin ¦ sarah-quinn-freedom-to-speak-up ¦ Sarah Quinn ¦ Freedom to Speak Up Guardian in an NHS trust. Speaking up should be safe for everyone.
"""

ACCOUNTS["coch"] = """
x ¦ CountessCharity ¦ Countess Charity ¦ The official charity of the Countess of Chester Hospital. Funding the extras that make a difference to patients and staff.
x ¦ HWCheshireWest ¦ Healthwatch Cheshire ¦ Independent champion for people using health and care services in Cheshire East and Cheshire West and Chester.
x ¦ CWaCCouncil ¦ Cheshire West & Chester ¦ Official account of Cheshire West and Chester Council.
x ¦ neonatal_becky ¦ Becky - neonatal nurse ¦ Neonatal nurse. Tiny humans, big hearts. Personal account, no clinical advice.
x ¦ drjamesholt_gp ¦ Dr James Holt ¦ GP partner in Chester. Primary care, prescribing and parkrun. Not my practice's account.
x ¦ ChesterStandard ¦ Chester Standard news ¦ Local news for Chester, Ellesmere Port and surrounding villages.
x ¦ EPHospFriends ¦ Ellesmere Port Hosp Friends ¦ League of Friends of Ellesmere Port Hospital. Fundraising, volunteering and our much-loved tea bar.
x ¦ wirralstrokeRN ¦ Anjali Menon ¦ Stroke specialist nurse, Cheshire & Wirral. Time is brain. FAST.
x ¦ Chester_Uni_HSC ¦ Chester Health & Social Care ¦ Faculty of Health and Social Care at the University of Chester. Training tomorrow's nurses and midwives.
x ¦ NeonatalParentC ¦ Neonatal Parents Cheshire ¦ Parent-run support for families whose babies spent time on a neonatal unit. You are not alone.
facebook ¦ CountessHospitalRadio ¦ Countess Hospital Radio ¦ Volunteer radio station for patients. Live shows every evening - ask the ward staff for a request card.
facebook ¦ BlaconCommunityHub ¦ Blacon Community Hub ¦ Community hub in Blacon. Food pantry, warm space and health checks some Fridays.
facebook ¦ ChesterCancerSupport ¦ Chester Cancer Support Group ¦ Peer support for people affected by cancer in West Cheshire. Monthly coffee mornings.
facebook ¦ HooleResidentsAssoc ¦ Hoole Residents Association ¦ Residents of Hoole working together on planning, parking and the annual street party.
facebook ¦ Ellesmere.Port.Pensioners ¦ EP Pensioners Forum ¦ Older people's forum for Ellesmere Port. Talks, trips and campaigning on bus routes to the hospital.
instagram ¦ physio.megan.chester ¦ Megan | physio ¦ Respiratory physio 🫁 Cheshire. Huffing, puffing and proning.
instagram ¦ the.countess.bakes ¦ Baking for the Countess ¦ Retired ward clerk baking for the hospital charity 🍰 Cake stall every first Friday in the atrium.
instagram ¦ chester.student.midwives ¦ Chester Student Midwives ¦ Student midwife society 🤰 placements, study groups and socials.
instagram ¦ coach.and.care.chester ¦ Chester Community Transport ¦ Door-to-door transport for older and disabled people, including hospital appointments 🚌
tiktok ¦ nurse.ellie.cheshire ¦ Ellie RN ¦ Nurse in Cheshire 🏥 OSCE tips for international nurses and real shift vlogs.
tiktok ¦ odp.liam ¦ Liam ODP ¦ Operating department practitioner. Theatre life explained, no gore.
tiktok ¦ ward.clerk.chats ¦ Diane ward clerk ¦ Thirty years on the front desk of a ward. Stories, tips and the occasional rant about fax machines.
linkedin ¦ alison-bentley-nhs-comms ¦ Alison Bentley ¦ Head of communications, NHS. Crisis comms, internal engagement and social media governance.
linkedin ¦ chester-medical-education-centre ¦ Chester Medical Education Centre ¦ Postgraduate medical education for doctors in training on the hospital site.
linkedin ¦ rajiv-sethi-consultant-urologist ¦ Rajiv Sethi ¦ Consultant urologist. Robotic surgery, training and research into prostate cancer pathways.
linkedin ¦ wendy-harper-volunteer-manager ¦ Wendy Harper ¦ Voluntary services manager in an acute hospital. 400 volunteers and counting.
bluesky ¦ jamesholtgp.bsky.social ¦ James Holt ¦ GP. Primary care policy and running badly.
bluesky ¦ chester-cyclists.bsky.social ¦ Chester Cycle Campaign ¦ Campaigning for safe cycle routes in Chester, including to the Countess.
youtube ¦ ChesterMedicalSchoolVlogs ¦ Chester Med Vlogs ¦ Medical students filming placement life around Cheshire. Not affiliated with any hospital.
youtube ¦ NeonatalFamiliesCheshire ¦ Neonatal Families Cheshire ¦ Parents sharing their neonatal journeys to help others through it.
mastodon ¦ becky_neo@mastodon.social ¦ Becky ¦ Neonatal nurse. Tiny babies, big feelings, lots of tea.
mastodon ¦ cheshire_history@mastodon.online ¦ Cheshire Local History ¦ Old photos and stories from Chester and Ellesmere Port, including the old city hospital.
x ¦ dr_owen_cardio ¦ Dr Owen Pritchard ¦ Cardiologist. Heart failure, devices and Welsh rugby. Tweets are personal.
facebook ¦ CheshireBloodBikes ¦ Cheshire Blood Bikes ¦ Volunteer riders moving urgent blood, samples and milk between hospitals at night.
instagram ¦ countess.staff.network ¦ Countess Race Equality Network ¦ Staff network celebrating and supporting colleagues from ethnic minority backgrounds 🌍 Run by staff, for staff.
x ¦ ZooKeepers4Kids ¦ Zoo Keepers 4 Kids Ward ¦ Volunteer keepers bringing animal stories (not animals!) to children's wards across Cheshire.
linkedin ¦ jade-price-apprentice-hca ¦ Jade Price ¦ Apprentice healthcare assistant, working towards my nursing degree apprenticeship.
"""

ACCOUNTS["ncic"] = """
x ¦ NCICCharity ¦ NCIC Charity ¦ Official charity of North Cumbria Integrated Care NHS Foundation Trust. Supporting patients and staff in Carlisle, Whitehaven and our communities.
x ¦ HealthwatchCumb ¦ Healthwatch Cumberland ¦ Independent champion for health and social care in Cumberland. Tell us your story.
x ¦ GNAAS ¦ Great North Air Ambulance ¦ Charity air ambulance covering the North East, Cumbria and North Yorkshire. Flying doctors, funded by you.
x ¦ CumbriaBloodBk ¦ Blood Bikes Cumbria ¦ Volunteer motorcyclists delivering blood and samples across Cumbria, night and day, for free.
x ¦ WestCumbMatVoi ¦ West Cumbria Maternity Voices ¦ Parents working with maternity services in West Cumbria. Share your experience of birth in the county.
x ¦ dr_fiona_grant ¦ Dr Fiona Grant ¦ Rural GP and GP trainer in Cumbria. Fells, long drives and continuity of care.
x ¦ ellie_paramedic ¦ Ellie Thwaite ¦ Paramedic in the north of England. Views my own, not my service's.
x ¦ cumberlandnews ¦ Cumberland News desk ¦ News from Carlisle and north Cumbria.
x ¦ CumbriaCVS ¦ Cumbria CVS ¦ Support for charities and community groups across Cumbria.
x ¦ WCH_Action ¦ West Cumberland Hospital Action ¦ Community campaign to keep full services at the hospital in Whitehaven. Independent of the NHS.
facebook ¦ FriendsOfPenrithHospital ¦ Friends of Penrith Hospital ¦ League of Friends supporting the community hospital in Penrith. Book sale every Saturday.
facebook ¦ WorkingtonHospitalFriends ¦ Friends of Workington Hospital ¦ Volunteers fundraising for Workington Community Hospital since 1952.
facebook ¦ CarlisleHospitalRadio ¦ Carlisle Hospital Radio ¦ Music and chat for patients at the Cumberland Infirmary. Volunteers keep us on air.
facebook ¦ KeswickCommunityNews ¦ Keswick Community News ¦ What's on in Keswick. Events, road closures and the odd lost sheep.
facebook ¦ AllerdaleCarers ¦ Carers Support West Cumbria ¦ Advice and support for unpaid carers in Allerdale and Copeland.
instagram ¦ nurse.in.the.fells ¦ Hannah | rural nurse ¦ District nurse in north Cumbria 🏔️ Land Rover, wellies and home visits up single-track roads.
instagram ¦ ncic.international.nurses ¦ Cumbria International Nurses ¦ Peer network for internationally educated nurses settling in Cumbria 🌍 Run by nurses, not the Trust.
instagram ¦ carlisle.parkrun ¦ Carlisle parkrun ¦ Free, weekly, timed 5k in Carlisle. Every Saturday 9am.
instagram ¦ whitehaven.harbour.swim ¦ Whitehaven Sea Swimmers ¦ Cold water, warm hearts 🌊 Lots of hospital staff swim with us after nights.
tiktok ¦ dr.cumbria.rural ¦ Dr Sam - rural doctor ¦ Doctor in rural England. Why working somewhere beautiful is worth the drive.
tiktok ¦ hca.in.carlisle ¦ Shannon HCA ¦ Healthcare assistant in Carlisle. Shift life, study life, dog life.
tiktok ¦ midwife.megs ¦ Megs midwife ¦ Community midwife covering a huge patch. Car snacks ranked.
linkedin ¦ north-east-north-cumbria-icb ¦ NHS North East and North Cumbria ¦ Integrated care board for the North East and North Cumbria.
linkedin ¦ university-of-cumbria ¦ University of Cumbria ¦ University with campuses in Carlisle, Lancaster and beyond. Major provider of nurse and midwife education.
linkedin ¦ graham-ritson-operations ¦ Graham Ritson ¦ Divisional general manager, surgery. Theatres, waiting lists and making the trains run on time.
linkedin ¦ dr-aisha-malik-rural-medicine ¦ Dr Aisha Malik ¦ Acute physician and rural medicine enthusiast. Recruitment to remote hospitals is a solvable problem.
linkedin ¦ cumbria-health-careers-hub ¦ Cumbria Health Careers Hub ¦ Partnership promoting health and care careers in Cumbria to schools and colleges.
bluesky ¦ fionagrant.bsky.social ¦ Fiona Grant ¦ Rural GP. Hills, health inequalities and homemade bread.
bluesky ¦ cumbria-crack.bsky.social ¦ Cumbria Crack ¦ Community news for Cumbria.
youtube ¦ GNAASCharity ¦ Great North Air Ambulance Service ¦ Films from our crews and supporters.
youtube ¦ LakesNurseVlogs ¦ Lakes Nurse Vlogs ¦ A nurse who moved to Cumbria from Kerala documents work, weather and walking.
mastodon ¦ rural_gp_fg@mastodon.social ¦ Fiona G ¦ GP in the north of England. Rural health and recycling.
mastodon ¦ cumbria_walks@mastodon.online ¦ Cumbria Walks ¦ Walking routes, mostly fells, occasionally the hospital car park.
x ¦ SisterMaggieCIC ¦ Maggie Armstrong ¦ Retired theatre sister from the Cumberland Infirmary. Grandma, gardener, Carlisle United sufferer.
facebook ¦ CopelandFoodbank ¦ West Cumbria Foodbank ¦ Emergency food parcels for people referred by health visitors, GPs and agencies in West Cumbria.
instagram ¦ cic.radiology.team ¦ Radiology department staff social ¦ Social account of a hospital radiology team's running club 🏃 Not an official NHS account.
x ¦ PenrithLions ¦ Penrith Lions ¦ Lions Club of Penrith. Santa's sleigh, charity quiz and support for local health causes.
linkedin ¦ lisa-bell-therapy-radiographer ¦ Lisa Bell ¦ Therapeutic radiographer. Radiotherapy closer to home for Cumbrian patients.
"""

ACCOUNTS["uhdb"] = """
x ¦ UHDBCharity ¦ UHDB Charity ¦ Official charity for University Hospitals of Derby and Burton. Helping our hospitals do more, thanks to you. Registered charity.
x ¦ RDH_ED ¦ Royal Derby ED ¦ Emergency department team at Royal Derby Hospital. Info and celebrations. This is not a way to contact the ED.
x ¦ UHDB_Research ¦ UHDB Research ¦ Research and development team. Clinical trials at Royal Derby and Queen's Burton. Ask your clinician about taking part.
x ¦ HealthwatchDby ¦ Healthwatch Derby ¦ Your independent voice on health and social care in Derby city.
x ¦ DerbyshireICB ¦ Joined Up Care Derbyshire ¦ Health and care partners in Derby and Derbyshire working together.
x ¦ DerbyTelegraph ¦ Derby news desk ¦ Breaking news for Derby and Derbyshire.
x ¦ BurtonMail ¦ Burton news desk ¦ News from Burton upon Trent, Uttoxeter and east Staffordshire.
x ¦ drmaryamsyed ¦ Dr Maryam Syed ¦ Renal consultant in the Midlands. Kidneys, transplant and trying to get my kids to eat veg. Own views.
x ¦ GeraintRN ¦ Geraint Hughes ¦ Charge nurse, critical care. ICU is a team sport. Rams fan, sorry.
x ¦ UNISONDerbyHlth ¦ UNISON Derby Health ¦ UNISON health branch for Derby and Burton. Fair pay, safe staffing, proud public servants.
facebook ¦ QueensBurtonLeague ¦ League of Friends Queen's Hospital Burton ¦ Raising money for Queen's Hospital since 1930s. Our shop is in main reception.
facebook ¦ HospitalRadioDerby ¦ Hospital Radio Derby ¦ Broadcasting to patients across Derby's hospitals. Volunteers are the heart of what we do.
facebook ¦ LichfieldCommunityHub ¦ Lichfield Community Hub ¦ Community noticeboard for Lichfield. Please keep it friendly.
facebook ¦ TamworthDementiaCafe ¦ Tamworth Dementia Cafe ¦ Monthly cafe for people living with dementia and their families. Tea, music, friendship.
facebook ¦ DerbyMaternityVoices ¦ Derby & Derbyshire Maternity Voices ¦ Families and maternity staff working together to improve care. Share your story.
instagram ¦ nurse.priya.derby ¦ Priya | nurse ¦ Staff nurse in Derby 🩺 night shift snacks and nursing tips
instagram ¦ rdh.theatres.social ¦ Theatre staff social club ¦ Social club for operating theatre staff in Derby 🎉 quiz nights and five-a-side. Not an official NHS account.
instagram ¦ derby.student.nurses ¦ Derby Student Nurses ¦ Student society at the University of Derby 📚 placements, study help and socials.
instagram ¦ burton.albion.community ¦ Burton Albion Community Trust ¦ The community arm of Burton Albion. Health, education and inclusion in east Staffordshire.
instagram ¦ pharmacist.tom.uk ¦ Tom the pharmacist ¦ Hospital pharmacist 💊 medicines explained simply. Not personal medical advice.
tiktok ¦ derby.doctor.dee ¦ Dr Dee ¦ Junior doctor in the Midlands. Ward rounds, exams and eating lunch at 4pm.
tiktok ¦ porter.carl.uhdb ¦ Carl the porter ¦ 15 years portering. If you've had an X-ray in Derby I've probably pushed you there.
tiktok ¦ physio.jess.mids ¦ Jess physio ¦ Neuro physio. Rehab after stroke, little wins, big smiles.
linkedin ¦ university-of-derby ¦ University of Derby ¦ University in Derby training nurses, paramedics, radiographers and more.
linkedin ¦ helen-ashworth-nhs-procurement ¦ Helen Ashworth ¦ Head of procurement in an NHS foundation trust. Suppliers: please use our official tender portal.
linkedin ¦ dr-kofi-asante-gastro ¦ Dr Kofi Asante ¦ Consultant gastroenterologist and endoscopy lead. Bowel cancer screening saves lives.
linkedin ¦ rachel-cooper-nurse-recruitment ¦ Rachel Cooper ¦ Nurse recruitment lead. International recruitment done ethically - we never charge candidates.
linkedin ¦ burton-and-south-derbyshire-college ¦ Burton and South Derbyshire College ¦ College offering health and social care courses and T Levels in Burton.
bluesky ¦ maryamsyed.bsky.social ¦ Maryam Syed ¦ Kidney doctor. Posts about dialysis, organ donation and cake.
bluesky ¦ derbyworld.bsky.social ¦ Derby World ¦ Independent news and features from Derby.
bluesky ¦ geraint-icu.bsky.social ¦ Geraint ¦ Critical care nurse. Rams. Sleep.
youtube ¦ UHDBCharityTV ¦ UHDB Charity ¦ Films from our fundraisers and the projects your donations make possible.
youtube ¦ DerbyMedicalSchoolOnline ¦ Derby Med Students ¦ Videos by medical students on placement in Derby. Not an official university channel.
mastodon ¦ critcare_geraint@mastodon.social ¦ Geraint H ¦ ICU nurse, Midlands. Nursing, football and the odd fungus photo.
mastodon ¦ derby_sci_cafe@mastodon.online ¦ Derby Science Cafe ¦ Monthly talks in a pub. Next month: a hospital physicist on MRI.
x ¦ RobertPeelLOF ¦ Friends of Sir Robert Peel Hosp ¦ League of Friends of the community hospital in Tamworth. Volunteering and fundraising.
facebook ¦ SamuelJohnsonFriends ¦ Friends of Samuel Johnson Hospital ¦ Supporting Samuel Johnson Community Hospital, Lichfield. Coffee morning every second Tuesday.
instagram ¦ uhdb.pride.network ¦ UHDB LGBT+ Network ¦ Staff network for LGBT+ colleagues and allies 🏳️‍🌈 Run by volunteers, not an official Trust channel.
x ¦ DerbyBloodbikes ¦ Derbyshire Blood Bikes ¦ Volunteer riders transporting urgent blood and samples for hospitals in Derbyshire. Free, 365 nights a year.
linkedin ¦ mark-ellison-patient-leader ¦ Mark Ellison ¦ Patient leader and lay member of hospital research panels. Living with Crohn's since 1998.
"""

ACCOUNTS["ngh"] = """
x ¦ NGHCharity ¦ NGH Charity ¦ Northampton General Hospital's own charity. Making a difference to patients, families and staff beyond what the NHS can fund.
x ¦ NGH_Maternity ¦ NGH Maternity ¦ Maternity services at Northampton General Hospital. Antenatal info and celebrations. Not monitored for clinical queries.
x ¦ HealthwatchNN ¦ Healthwatch North Northants ¦ Independent champion for people who use health and care services in North Northamptonshire.
x ¦ WestNorthants ¦ West Northamptonshire Council ¦ Official account of West Northamptonshire Council.
x ¦ ChronicleEcho ¦ Northampton news desk ¦ News and sport from Northampton and the county.
x ¦ drleilaadams ¦ Dr Leila Adams ¦ Paediatric registrar, East Midlands. Children's health, asthma and tiny plasters. Own views.
x ¦ FreewheelersEVS ¦ Northants Freewheelers ¦ Volunteer emergency blood bikes for Northamptonshire hospitals. Run entirely by volunteers.
x ¦ dave_porter_ngh ¦ Dave Lucas ¦ Hospital porter and union rep. Saints fan. Tea, two sugars.
x ¦ UoN_Nursing ¦ UoN Nursing & Midwifery ¦ Nursing and midwifery at the University of Northampton. Training the county's future nurses.
x ¦ NorthantsMIND ¦ Northamptonshire Mind ¦ Local mental health charity. Our wellbeing services are independent of the NHS.
facebook ¦ HospitalRadioNorthampton ¦ Hospital Radio Northampton ¦ Volunteers bringing music and company to patients since 1967. Dedications via the ward.
facebook ¦ FriendsOfDanetreHospital ¦ Friends of Danetre Hospital ¦ Supporting Danetre Hospital in Daventry. Jumble sale in the hall on the last Saturday!
facebook ¦ DaventryTownNews ¦ Daventry Town News ¦ Local news and events for Daventry and villages.
facebook ¦ NorthamptonDiabetesUK ¦ Northampton Diabetes Support Group ¦ Volunteer-led group for people living with diabetes. Monthly talks, sometimes from hospital staff.
facebook ¦ AbingtonParkCommunity ¦ Abington Park Community ¦ Friends and users of Abington Park. Runs, dogs, duck feeding etiquette.
instagram ¦ ngh.nurse.sophie ¦ Sophie | surgical nurse ¦ Staff nurse in Northampton 💉 Surgery, scrubs and shift snacks. Opinions mine.
instagram ¦ cobbler.midwife ¦ Northants midwife ¦ Midwife in Northamptonshire 👶 caseloading, coffee and cuddles.
instagram ¦ ngh.volunteers.team ¦ NGH volunteer team ¦ We are the hospital's volunteers 💙 Wayfinding, ward buddies and pet therapy pals. Account run by the volunteers.
instagram ¦ northants.saints.foundation ¦ Saints Community Foundation ¦ Northampton Saints rugby community programmes. Health and wellbeing across the county.
instagram ¦ optom.nisha ¦ Nisha optometrist ¦ Hospital optometrist 👓 eye health myths busted.
tiktok ¦ nurse.ben.mids ¦ Ben RN ¦ Male nurse in the Midlands. Breaking stereotypes, not tourniquets.
tiktok ¦ hca.tanya ¦ Tanya HCA ¦ Healthcare assistant. Real, funny and tired. Northampton.
tiktok ¦ theatre.odp.kat ¦ Kat ODP ¦ Operating theatres explained. Scrub caps reviewed.
linkedin ¦ university-of-northampton ¦ University of Northampton ¦ University at Waterside campus. Courses in nursing, midwifery, paramedic science and more.
linkedin ¦ jason-morley-it-nhs ¦ Jason Morley ¦ IT service delivery manager in the NHS. Keeping the lights on and the printers (mostly) working.
linkedin ¦ university-hospitals-of-northamptonshire ¦ University Hospitals of Northamptonshire NHS Group ¦ Group model bringing together Kettering General and Northampton General hospitals.
linkedin ¦ dr-rohan-mehta-cardiology ¦ Dr Rohan Mehta ¦ Interventional cardiologist. Primary PCI, training and quality improvement.
linkedin ¦ karen-wilde-patient-experience ¦ Karen Wilde ¦ Patient experience lead. Complaints, compliments and learning from both.
bluesky ¦ leilaadams.bsky.social ¦ Leila Adams ¦ Children's doctor. Reading, running and respiratory medicine.
bluesky ¦ northampton-cyclists.bsky.social ¦ Northampton Cycling Campaign ¦ Safer cycling in Northampton, including routes to the hospital.
youtube ¦ NGHCharityFilms ¦ NGH Charity ¦ Stories from our charity's projects and fundraisers.
youtube ¦ NorthantsNurseLife ¦ Northants Nurse Life ¦ Vlogs by a nurse in Northamptonshire. Study, shifts and strong coffee.
mastodon ¦ paeds_leila@mastodon.social ¦ Leila ¦ Paediatrician. Asthma, air quality, allotment.
mastodon ¦ northampton_history@mastodon.online ¦ Northampton History ¦ Photos of old Northampton, shoes and the General Infirmary.
x ¦ NGH_Pharmacy_Ed ¦ Helen Baxter ¦ Pharmacy education and training lead. Developing the next generation of pharmacists and technicians.
facebook ¦ NorthamptonBlackNurses ¦ Northamptonshire Black Nurses Network ¦ Community of Black nurses and midwives in the county. Mentoring, celebration and support.
instagram ¦ the.cliftonville.cafe ¦ Cliftonville Cafe ¦ Independent cafe near the hospital ☕ NHS staff get 10% off, just show your badge.
x ¦ Daventry_Lions ¦ Daventry Lions Club ¦ Local Lions club. Supporting Danetre Hospital and community causes.
linkedin ¦ sunita-kaur-physio-lead ¦ Sunita Kaur ¦ Therapy services lead. Physiotherapy, occupational therapy and rehab pathways.
x ¦ ChiefNurseWatch ¦ Patient Safety Learning Northants ¦ Volunteer patient safety advocates in Northamptonshire. Independent and unpaid.
"""

ACCOUNTS["whth"] = """
x ¦ WestHertsChrty ¦ West Herts Hospitals Charity ¦ The official charity of Watford General, St Albans City and Hemel Hempstead hospitals. Thank you for supporting us.
x ¦ WatfordGenED ¦ Watford ED ¦ Emergency department team at Watford General. Tips on choosing the right service. Don't DM us in an emergency.
x ¦ HealthwatchHrts ¦ Healthwatch Hertfordshire ¦ The independent voice of patients and the public in Hertfordshire.
x ¦ hertscc ¦ Hertfordshire County Council ¦ Official news from Hertfordshire County Council.
x ¦ WatfordObserver ¦ Watford news desk ¦ News for Watford, Three Rivers and Hertsmere.
x ¦ drnkhanwatford ¦ Dr Nabil Khan ¦ Consultant respiratory physician. COPD, asthma and Watford FC, in no particular order.
x ¦ WFCSCET ¦ Watford FC Community Trust ¦ Community trust of Watford Football Club. Health, inclusion and education in the heart of Herts.
x ¦ HemelHospFrnds ¦ Friends of Hemel Hosp ¦ League of Friends at Hemel Hempstead Hospital. Volunteers, fundraising and a much-loved shop.
x ¦ HertsBloodBikes ¦ Herts & Beds Blood Bikes ¦ Volunteer motorcyclists transporting blood and samples to hospitals in Herts and Beds. Free service.
x ¦ jo_nurse_herts ¦ Jo Fenton ¦ Matron, medicine. Herts. Nursing leadership, falls prevention and good tea.
facebook ¦ RadioWatfordGeneral ¦ Hospital Radio Watford ¦ Volunteer-run radio for patients at Watford General. Request shows every evening.
facebook ¦ StAlbansCommunityNews ¦ St Albans Community News ¦ What's on in St Albans. Local events, lost property and news.
facebook ¦ FriendsOfStAlbansHospital ¦ Friends of St Albans City Hospital ¦ Supporting St Albans City Hospital since 1948. Raffle tickets at reception.
facebook ¦ HertsMaternityVoices ¦ West Herts Maternity Voices ¦ Parents and maternity staff working together to improve maternity care in west Hertfordshire.
facebook ¦ GarstonAllotmentSociety ¦ Garston Allotment Society ¦ Growing veg in north Watford. Several members are hospital staff!
instagram ¦ watford.nurse.amina ¦ Amina RN ✨ ¦ Staff nurse in Hertfordshire 🏥 nursing, fashion and fasting on shift. Views are mine.
instagram ¦ herts.student.midwife ¦ Herts Student Midwife ¦ Student midwife at the University of Hertfordshire 🤱 placement diaries
instagram ¦ wgh.pet.therapy.dogs ¦ Therapy Dogs Herts ¦ Volunteer therapy dogs visiting patients across Hertfordshire 🐶 Run by a charity, not the hospital.
instagram ¦ scrub.life.hemel ¦ Hemel theatre nurse ¦ Day surgery nurse 💉 Posts about theatre life and my allotment.
instagram ¦ radiology.reg.herts ¦ Radiology reg ¦ Radiology registrar sharing interesting (anonymised) images and exam tips.
tiktok ¦ nurse.kofi.uk ¦ Kofi RN ¦ Ghana to Herts 🇬🇭🇬🇧 International nurse life, OSCE tips and honest advice. Never pay anyone for a job.
tiktok ¦ hca.becca.herts ¦ Becca HCA ¦ Healthcare assistant, Hertfordshire. Night shift vlogs.
tiktok ¦ dr.mo.surgery ¦ Dr Mo ¦ Surgical trainee. Careers, exams and surgeon myths.
linkedin ¦ university-of-hertfordshire ¦ University of Hertfordshire ¦ University in Hatfield training nurses, midwives, paramedics and allied health professionals.
linkedin ¦ hertfordshire-and-west-essex-icb ¦ NHS Hertfordshire and West Essex ¦ Integrated care board for Hertfordshire and west Essex.
linkedin ¦ paul-newman-capital-projects ¦ Paul Newman ¦ Programme director, hospital redevelopment. New builds, business cases and planning permission.
linkedin ¦ dr-sarah-lim-paediatrics ¦ Dr Sarah Lim ¦ Consultant paediatrician with an interest in allergy. Honorary senior lecturer.
linkedin ¦ deepa-shah-workforce ¦ Deepa Shah ¦ Head of workforce development. Apprenticeships, widening participation and growing our own.
bluesky ¦ nabilkhan-resp.bsky.social ¦ Nabil Khan ¦ Chest physician. Air pollution, inhalers and the Hornets.
bluesky ¦ hertsad.bsky.social ¦ Herts Advertiser ¦ News from St Albans, Harpenden and Hertfordshire.
youtube ¦ WestHertsCharityVideos ¦ West Herts Hospitals Charity ¦ Videos of the projects you fund at our three hospitals.
youtube ¦ InternationalNurseHerts ¦ Kofi's Nursing Journey ¦ A nurse's journey from Accra to the NHS. Real advice for overseas nurses - legit routes only.
mastodon ¦ jofenton@mastodon.social ¦ Jo F ¦ Matron. Nursing leadership and birdwatching.
mastodon ¦ watford_greens@mastodon.online ¦ Watford Cycle Hub ¦ Community bike repair and cycling support in Watford. Free checks for NHS staff bikes.
x ¦ WatfordGenResus ¦ Resus Team Herts ¦ Resuscitation officers in Herts. CPR saves lives - learn it, share it.
facebook ¦ HertsHeartSupport ¦ Herts Heart Support Group ¦ Cardiac rehab graduates and families supporting each other. Walks, talks and tea.
instagram ¦ westherts.staff.band ¦ Hospital Staff Band ¦ Doctors, nurses and porters making noise for charity 🎸 Gigs listed in stories.
x ¦ HertsCarers ¦ Carers in Herts ¦ Support for unpaid carers across Hertfordshire.
linkedin ¦ michael-obi-chaplain ¦ Michael Obi ¦ Healthcare chaplain. Spiritual care for patients, families and staff of all faiths and none.
"""

ACCOUNTS["sash"] = """
x ¦ SASHCharity ¦ SASH Charity ¦ The official charity of Surrey and Sussex Healthcare NHS Trust. Supporting East Surrey Hospital and our community sites.
x ¦ ESH_Maternity ¦ East Surrey Maternity ¦ Maternity team at East Surrey Hospital. Info for families. For urgent advice call maternity triage.
x ¦ HWSurrey ¦ Healthwatch Surrey ¦ Independent champion for people using health and social care in Surrey.
x ¦ RBBC ¦ Reigate & Banstead Council ¦ News and services from Reigate and Banstead Borough Council.
x ¦ SurreyMirror ¦ Surrey Mirror news ¦ News from Redhill, Reigate, Horley and east Surrey.
x ¦ drpaulineokoro ¦ Dr Pauline Okoro ¦ Obstetrician and gynaecologist. Maternal medicine, safer births and too many podcasts.
x ¦ SurreyBloodBike ¦ SERV Surrey ¦ Volunteer blood bike riders for Surrey hospitals. Free, out of hours, every night.
x ¦ CrawleyHospFOH ¦ Friends of Crawley Hospital ¦ League of Friends supporting Crawley Hospital. Volunteers wanted for the tea bar!
x ¦ ryan_surreyrn ¦ Ryan Hale ¦ Emergency nurse practitioner. Minor injuries, major coffee habit. Own views.
x ¦ GatwickCommTrst ¦ Gatwick Community Trust ¦ Grants for community projects in the Gatwick area.
facebook ¦ HospitalRadioRedhill ¦ Radio Redhill Hospital ¦ Patient radio at East Surrey Hospital. Dedications, quizzes and classic hits.
facebook ¦ HorshamHospitalFriends ¦ Friends of Horsham Hospital ¦ Supporting Horsham Hospital with volunteering and fundraising since 1950s.
facebook ¦ CaterhamValleyNews ¦ Caterham Valley News ¦ Community news for Caterham and Whyteleafe.
facebook ¦ RedhillStrokeClub ¦ Redhill Stroke Club ¦ Friendly group for stroke survivors and carers. Exercise, lunch and laughs every Wednesday.
facebook ¦ SurreyDownsCarers ¦ Action for Carers Surrey ¦ Support and advice for unpaid carers across Surrey.
instagram ¦ nurse.lara.surrey ¦ Lara | nurse ¦ Staff nurse in Surrey 🏥 Ward life and wellbeing. Thoughts my own.
instagram ¦ east.surrey.volunteers ¦ ESH volunteers ¦ Hospital volunteers in Redhill 💙 Meet the friendly faces on the help desk. Run by volunteers.
instagram ¦ crawley.student.nurses ¦ Crawley Student Nurses ¦ Student nurse society 📖 placements, revision and social nights.
instagram ¦ odp.with.nina ¦ Nina ODP ¦ Anaesthetics and recovery 💤 ODP life explained.
instagram ¦ horsham.parkrun ¦ Horsham parkrun ¦ Free weekly 5k in Horsham Park, every Saturday at 9am.
tiktok ¦ nurse.ryan.enp ¦ Ryan ENP ¦ Minor injuries nurse. What to do about sprains, burns and splinters (see a professional!).
tiktok ¦ hca.jodie.surrey ¦ Jodie HCA ¦ Healthcare assistant, Surrey. Shift life and study life.
tiktok ¦ midwife.tia ¦ Tia midwife ¦ Newly qualified midwife. Honest, happy, tired.
linkedin ¦ surrey-heartlands-icb ¦ NHS Surrey Heartlands ¦ Integrated care system for most of Surrey.
linkedin ¦ university-of-surrey-health ¦ University of Surrey School of Health Sciences ¦ Training nurses, midwives and paramedics in Guildford.
linkedin ¦ james-cheung-nhs-estates ¦ James Cheung ¦ Deputy director of estates. Sustainable hospitals and net zero in the NHS.
linkedin ¦ dr-rebecca-ward-geriatrics ¦ Dr Rebecca Ward ¦ Consultant in elderly care and frailty. Virtual wards and hospital at home.
linkedin ¦ anita-desai-clinical-coding ¦ Anita Desai ¦ Clinical coding manager. Accurate data, fairer funding.
bluesky ¦ paulineokoro.bsky.social ¦ Pauline Okoro ¦ Obstetrician. Maternity safety and occasional baking.
bluesky ¦ reigate-cycle.bsky.social ¦ Reigate Cycle Campaign ¦ Campaigning for safe cycling in Reigate, Redhill and Horley.
youtube ¦ SASHCharityFilms ¦ SASH Charity films ¦ Short films about what your donations make possible at East Surrey Hospital.
youtube ¦ EmergencyNurseUK ¦ Emergency Nurse UK ¦ Minor injuries first aid videos by an emergency nurse practitioner. Not a substitute for care.
mastodon ¦ ryan_enp@mastodon.social ¦ Ryan H ¦ Emergency nurse. Bikes, burns, books.
mastodon ¦ surrey_hills_walks@mastodon.online ¦ Surrey Hills Walks ¦ Weekend walking group. Lots of NHS folk, no shop talk allowed.
x ¦ SASH_SpeakUp ¦ Priya Raman ¦ Freedom to Speak Up Guardian in an NHS trust. Raise concerns safely - you will be listened to.
facebook ¦ HorleyCommunityHub ¦ Horley Community Hub ¦ Local noticeboard for Horley. Events, volunteers and warm spaces.
instagram ¦ redhill.hospital.choir ¦ Staff choir Redhill ¦ Hospital staff who sing 🎵 Christmas carols in main outpatients.
x ¦ ESHDietitians ¦ Dietitians East Surrey ¦ Hospital dietitians sharing nutrition info. Referrals via your GP or ward team.
linkedin ¦ oliver-grant-paramedic ¦ Oliver Grant ¦ Paramedic and clinical team leader. Pre-hospital care in the South East.
"""

ACCOUNTS["stsft"] = """
x ¦ STSFTCharity ¦ STSFT Charity ¦ The charity for South Tyneside and Sunderland NHS Foundation Trust. Thank you for supporting your local hospitals.
x ¦ SRH_Maternity ¦ Sunderland Maternity ¦ Maternity team at Sunderland Royal. Information for families. For urgent advice ring maternity assessment.
x ¦ HWSunderland ¦ Healthwatch Sunderland ¦ Independent champion for people using health and care services in Sunderland.
x ¦ HWSouthTyneside ¦ Healthwatch South Tyneside ¦ Your voice on health and social care in South Tyneside.
x ¦ SunderlandUK ¦ Sunderland City Council ¦ Official account of Sunderland City Council.
x ¦ SunderlandEcho ¦ Sunderland news desk ¦ News, sport and what's on in Sunderland.
x ¦ ShieldsGazette ¦ Shields news desk ¦ The news for South Shields, Jarrow, Hebburn and Boldon.
x ¦ drchrisrobson ¦ Dr Chris Robson ¦ Ophthalmologist. Retina, cataracts and Sunderland AFC heartbreak. Views my own.
x ¦ SeaShanty_RN ¦ Kirsty Dunn ¦ Community nurse in South Tyneside. Leg ulcers, long days and lovely patients.
x ¦ GNAASstories ¦ Air Ambulance Stories ¦ Patients and crews sharing stories of the north's air ambulance. Volunteer-run.
facebook ¦ FriendsOfSouthTynesideHospital ¦ Friends of South Tyneside Hospital ¦ Volunteers supporting South Tyneside District Hospital. Our shop profits buy equipment for the wards.
facebook ¦ SunderlandHospitalRadio ¦ Sunderland Hospital Radio ¦ Music, chat and requests for patients at Sunderland Royal.
facebook ¦ SaveSouthTynesideHospital ¦ Save South Tyneside Hospital ¦ Campaign group for local services at South Tyneside District Hospital. Independent of the NHS.
facebook ¦ HendonCommunityHub ¦ Hendon Community Hub ¦ Community centre in Hendon, Sunderland. Food bank, warm space and baby group.
facebook ¦ SunderlandEyeSupport ¦ Sunderland Sight Loss Support ¦ Peer support for people with sight loss and their families in Wearside.
instagram ¦ sunderland.nurse.katie ¦ Katie | nurse ¦ Staff nurse in Sunderland 💙 Mackem, runner, tea drinker.
instagram ¦ eye.infirmary.friends ¦ Eye Infirmary Friends ¦ Fundraising friends of the eye hospital 👁️ Bake sales and sponsored walks.
instagram ¦ shields.student.nurses ¦ Shields Student Nurses ¦ Student nurses on placement in South Tyneside 📚 support and socials.
instagram ¦ odp.danny.ne ¦ Danny ODP ¦ Operating department practitioner in the North East 🏥 theatre life.
instagram ¦ marsden.rock.swimmers ¦ Marsden Sea Swimmers ¦ Year-round sea swimming in South Shields 🌊 NHS staff welcome after nights.
tiktok ¦ nurse.jade.ne ¦ Jade RN ¦ Nurse in the North East. Honest nursing content and Geordie/Mackem debates.
tiktok ¦ hca.dave.sunderland ¦ Dave HCA ¦ Healthcare assistant, 50 and proud. Career changer from the shipyards to the wards.
tiktok ¦ dr.amira.fy2 ¦ Dr Amira ¦ FY2 doctor in the North East. Study tips, rota life, food.
linkedin ¦ university-of-sunderland-health ¦ University of Sunderland School of Nursing ¦ Training nurses, paramedics and pharmacists on Wearside.
linkedin ¦ joanne-reed-community-services ¦ Joanne Reed ¦ Head of community nursing. District nursing, frailty and care closer to home.
linkedin ¦ dr-michael-teasdale-ophthalmology ¦ Dr Michael Teasdale ¦ Consultant ophthalmologist with an interest in glaucoma. Educational supervisor.
linkedin ¦ north-east-ambulance-careers-network ¦ North East Paramedic Network ¦ Informal networking group for paramedics and student paramedics in the North East.
linkedin ¦ gary-lowes-nhs-finance ¦ Gary Lowes ¦ Financial controller, NHS. Payroll, budgets and making the numbers add up.
bluesky ¦ chrisrobson-eyes.bsky.social ¦ Chris Robson ¦ Eye doctor. Sunderland till I die.
bluesky ¦ northeast-bylines.bsky.social ¦ North East Bylines ¦ Citizen journalism from the North East.
youtube ¦ STSFTCharityTV ¦ STSFT Charity ¦ Videos from the charity supporting South Tyneside and Sunderland hospitals.
youtube ¦ NorthEastNurseVlogs ¦ North East Nurse Vlogs ¦ A nurse's week on Wearside. Not an NHS channel.
mastodon ¦ kirsty_cn@mastodon.social ¦ Kirsty D ¦ Community nurse. Wound care, walking and writing.
mastodon ¦ wearside_history@mastodon.online ¦ Wearside History ¦ Old photos of Sunderland, ships and the Royal Infirmary.
x ¦ SunderlandCarer ¦ Sunderland Carers Centre ¦ Support for unpaid carers in Sunderland. Call in or ring us.
facebook ¦ JarrowCommunityNews ¦ Jarrow & Hebburn News ¦ Community news for Jarrow and Hebburn.
instagram ¦ stsft.staff.network ¦ STSFT Disability Staff Network ¦ Staff network for disabled colleagues and allies ♿ Run by staff volunteers, not an official Trust account.
x ¦ NorthEastBlood ¦ Blood Bikes North East ¦ Volunteer riders carrying blood, samples and donor milk for North East hospitals overnight.
linkedin ¦ samira-haddad-international-recruitment ¦ Samira Haddad ¦ International recruitment and pastoral lead for overseas nurses. Ethical recruitment only; candidates never pay.
"""

ACCOUNTS["croydon"] += """
x ¦ CroydonCVA ¦ Croydon Voluntary Action ¦ Supporting charities, community groups and volunteers in Croydon.
instagram ¦ cuh.pride.network ¦ CHS LGBTQ+ Network ¦ Staff network for LGBTQ+ colleagues at a south London NHS trust 🏳️‍🌈 run by volunteers.
linkedin ¦ patricia-nwosu-district-nurse ¦ Patricia Nwosu ¦ District nursing team leader in Croydon. Caring for people at home.
"""

ACCOUNTS["coch"] += """
x ¦ ChesterMVP ¦ Chester Maternity Voices ¦ Parents and maternity staff working together in West Cheshire. Tell us about your birth.
linkedin ¦ gareth-lloyd-porter-supervisor ¦ Gareth Lloyd ¦ Portering and logistics supervisor, acute hospital.
facebook ¦ CheshireWestFoodbank ¦ Cheshire West Foodbank ¦ Emergency food for people referred by local agencies, including hospital social workers.
"""

ACCOUNTS["ncic"] += """
x ¦ CarlisleMVP ¦ North Cumbria Maternity Voices ¦ Families and maternity staff improving care in Carlisle and Penrith.
linkedin ¦ jenny-moffat-practice-educator ¦ Jenny Moffat ¦ Clinical practice educator supporting new nurses in north Cumbria.
"""

ACCOUNTS["whth"] += """
x ¦ WatfordFoodbank ¦ Watford Foodbank ¦ Emergency food support in Watford and Three Rivers.
"""

ACCOUNTS["sash"] += """
x ¦ CrawleyCVS ¦ Crawley CVS ¦ Supporting the voluntary and community sector in Crawley.
"""

ACCOUNTS["stsft"] += """
x ¦ SunderlandMVP ¦ Sunderland Maternity Voices ¦ Parents working with maternity services on Wearside. Share your story.
"""
