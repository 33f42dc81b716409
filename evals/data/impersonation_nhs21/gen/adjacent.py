"""Hand-written genuine accounts of organisations and people around each Trust (group nhs_adjacent).

One line per account: platform | display name | bio [| handle]. When no handle is given, make_set.py derives one
from the display name. Every person and organisation account here is invented; organisation kinds are real.
"""

ADJ = {}

ADJ["ltht"] = """
x | Leeds Hospitals Charity | Raising money for Leeds Teaching Hospitals to go above and beyond what the NHS provides. Registered charity. | LeedsHospsChar
facebook | Leeds Hospitals Charity | Fundraising for patients and staff at St James's, the LGI and beyond. Sign up for the Leeds 10K with us!
x | Dr Priya Natarajan | Consultant anaesthetist at St James's. ICU, cycling up hills slowly, two cats. Tweets my own.
instagram | lgi_theatre_nurse | Scrub nurse at the LGI 🩺 Night shifts, coffee and Yorkshire walks. | lgi_scrubs_and_coffee
x | UNISON Leeds Health | UNISON branch for health workers in Leeds. Join your union today. | UnisonLeedsHlth
x | Healthwatch Leeds | Your independent champion for health and care in Leeds. Tell us about your experience of local services.
linkedin | Tom Fairburn | Estates project manager, Leeds Teaching Hospitals. Delivering the new hospitals programme. | tom-fairburn-estates
x | Leeds Children's Hospital Play Team | Hospital play specialists helping children cope with treatment. Account run by the play team, part of LTHT. | LCH_PlayTeam
facebook | Friends of Wharfedale Hospital | Volunteer group supporting patients at Wharfedale Hospital, Otley. Tea bar, raffles and minibus fund.
x | Radio Leeds Health Desk | Health reporting from BBC Radio Leeds. Send us your stories. | RLHealthDesk
x | Leeds Medical School | University of Leeds School of Medicine. Training tomorrow's doctors with our NHS partners. | LeedsMedSchool
instagram | Kirsty Appleyard | Running the Leeds half for Leeds Hospitals Charity because they looked after my mum 💙 JustGiving link below. | kirsty.runs.leeds
x | LTHT Research & Innovation | Clinical research at Leeds Teaching Hospitals. Could you take part in a trial? | LTHTresearch
linkedin | Adeola Bankole | Band 6 staff nurse, renal unit, St James's. Previously Lagos University Teaching Hospital. Mentor for internationally educated nurses. | adeola-bankole-rn
x | West Yorkshire ICB | NHS West Yorkshire Integrated Care Board. Planning and buying health services for 2.4 million people. | WestYorksICB
tiktok | jimmys_porter_dave | Porter at Jimmy's for 22 years. I know every corridor 😂 | jimmys_porter_dave
x | Leeds City Council Public Health | Public health team at Leeds City Council. Vaccination clinics, stop smoking and healthy living. | LeedsPublicHlth
facebook | Chapel Allerton Hospital Volunteers | Meet the volunteers who guide visitors and run the shop at Chapel Allerton. Join us!
x | Yorkshire Counter Fraud | NHS counter fraud specialists in Yorkshire. Warning: fake NHS job offers ask for fees. The NHS never does. | YorksCntrFraud
bluesky | Dr Sam Whitaker | Emergency medicine registrar in Leeds. Rota gaps, running, rugby league. | samwhitaker-em.bsky.social
x | Leeds General Infirmary Chaplaincy | Spiritual and pastoral care for patients, families and staff of all faiths and none. | LGIchaplaincy
instagram | leeds_student_midwives | Student midwives at the University of Leeds, placements across Leeds maternity 🤰 | leeds_student_midwives
x | Yorkshire Cancer Research | Charity funding cancer research and services across Yorkshire. | YorksCancerRsch
youtube | Leeds Hospital Radio | Hospital radio for patients in Leeds, run entirely by volunteers since 1965. | LeedsHospitalRadio
"""

ADJ["nuth"] = """
x | Newcastle Hospitals Charity | Official charity of Newcastle Hospitals. Helping patients, families and staff at the RVI, Freeman and beyond. | NewcHospCharity
facebook | Great North Children's Hospital Fund | Supporting the Great North Children's Hospital with toys, family rooms and research. Registered charity.
x | Dr Ruth Armstrong | Paediatric cardiologist at the Freeman. Geordie by adoption. All views my own.
instagram | rvi_icu_nurse_jo | ICU nurse at the RVI 💙 Sea swims at Tynemouth and too much stottie. | rvi_icu_jo
x | Healthwatch Newcastle | Independent champion for people who use health and social care in Newcastle. | HWNewcastle
linkedin | Callum Robson | Clinical engineer, Newcastle upon Tyne Hospitals. Medical devices and maintenance. | callum-robson-clineng
x | Newcastle University Medicine | Faculty of Medical Sciences, Newcastle University. Research and teaching with our NHS partners. | NCLmedicine
facebook | Freeman Hospital Volunteers | The volunteer team at the Freeman Hospital. Ward helpers, guides and dog therapy visits.
x | Unite Newcastle Health | Unite the Union branch for health workers on Tyneside. | UniteNewcHealth
tiktok | geordie.paramedic | Paramedic in the North East 🚑 Not NHS official, just me and my crewmate's bad jokes. | geordie.paramedic
x | North East and North Cumbria ICB | NHS integrated care board covering the North East and North Cumbria. | NENC_ICB
instagram | Ella's Marathon for the RVI | Running the Great North Run for ward 7 at the RVI who saved my little sister ❤️ | ellasrun4rvi
x | Northern Centre for Cancer Care | Patient and family news from the cancer centre at the Freeman Hospital. Run by staff. | NCCCfreeman
x | ChronicleLive Health | Health news for Newcastle and the North East from the Chronicle. | ChronHealth
linkedin | Dr Amaka Eze | Clinical research fellow, transplant surgery, Freeman Hospital. Organ donation advocate. | amaka-eze-transplant
bluesky | Gosforth GP Surgery | A GP practice in Gosforth. We cannot answer clinical queries here. | gosforth-gp.bsky.social
x | RVI Hospital Radio | Hospital radio for patients at the RVI, run by volunteers. Requests via the bedside line. | RVIradio
facebook | Newcastle Maternity Voices | Parents working with Newcastle maternity services to improve care. Not run by the Trust.
x | The Great North Air Ambulance | Lifesaving charity air ambulance for the North East and Cumbria. | GNairambulance
instagram | student_nurse_newcastle | Second year adult nursing student, placements at the RVI 📚 | studentnurse.ncl
mastodon | Dr Neil Charlton | Retired Freeman cardiothoracic anaesthetist. Birds, books and the Toon. | neilcharlton@mastodon.social
x | Newcastle Blood Donor Centre | NHS Blood and Transplant donor centre in Newcastle. Book to give blood. | NCLblooddonor
x | Tyne and Wear Police Fraud | Northumbria Police economic crime unit. Scam warnings and advice. | NorthumbFraud
facebook | Dr Ali's Physio Tips | Physiotherapist (NHS Newcastle) sharing exercise tips. Not medical advice for you personally.
"""

ADJ["mft"] = """
x | Manchester Foundation Trust Charity | The official charity of Manchester University NHS Foundation Trust. Making a difference to patients. | MFTcharity
instagram | Royal Manchester Children's Hospital Charity | Supporting RMCH patients and families 🐝 Registered charity. | rmch_charity
x | Dr Faisal Qureshi | Consultant in acute medicine at the MRI. Manchester born. Tweets are mine, not MFT's.
tiktok | wythenshawe_nurse_leanne | Staff nurse at Wythenshawe ❤️ Day in the life videos. Views my own. | wythy_nurse_leanne
x | Healthwatch Manchester | Independent voice for patients and service users in Manchester. | HWManchester
linkedin | Joanna Whitehead | Head of nursing, Saint Mary's Hospital. Maternity safety and leadership. | joanna-whitehead-midwifery
x | GM Integrated Care | NHS Greater Manchester Integrated Care. Health and care for 2.8 million people. | NHSGtrMcr
facebook | Friends of Trafford General | Volunteers raising funds for Trafford General Hospital since 1948. Cake sales every Thursday!
x | Manchester Evening News Health | Health news from the Manchester Evening News. | MENhealth
x | RCN North West | Royal College of Nursing in the North West. Supporting members across the region. | RCNNorthWest
instagram | mri_foundation_doctors | Foundation doctors at the Manchester Royal Infirmary. Teaching, socials and survival tips. | mri_fy_doctors
x | University of Manchester Medicine | School of Medical Sciences at the University of Manchester. | UoMmedicine
facebook | Steph's Skydive for Saint Mary's | I'm jumping out of a plane for the neonatal unit at Saint Mary's where my twins spent 9 weeks 💙
x | MFT Research | Clinical research across Manchester University NHS FT. Get involved in studies. | MFTresearchteam
linkedin | Kwabena Osei | Pharmacist, North Manchester General Hospital. Antimicrobial stewardship. | kwabena-osei-pharm
x | Manchester Royal Eye Hospital Alumni | Former trainees of the Manchester Royal Eye Hospital. Reunion news. Not an official account. | MREHalumni
bluesky | Dr Hannah Lowe | Paediatric registrar in Manchester. Children's health, parenting, climbing. | hannahlowe.bsky.social
instagram | Ancoats Medical Practice | GP surgery in Ancoats. Flu clinics and practice news. Please don't send clinical questions by DM. | ancoats_medical
x | Manchester Mind | Local mental health charity for Manchester. Support, advocacy and campaigns. | ManchesterMind
youtube | MRI Hospital Radio | Volunteer hospital radio for patients at the Manchester Royal Infirmary. | MRIhospitalradio
x | GMP Fraud Team | Greater Manchester Police fraud advice. We'll never ask you to move money. | GMPfraudadvice
tiktok | mcr_porters | Porters from the MRI having a laugh between jobs 😅 Unofficial. | mcr_porters
facebook | Wythenshawe Hospital Transplant Games Team | Transplant recipients and staff from Wythenshawe heading to the British Transplant Games.
x | Unison MFT Branch | UNISON branch for staff at Manchester University NHS Foundation Trust. | UnisonMFTbranch
"""

ADJ["nwas"] = """
x | NWAS Community First Responders | Volunteers trained to respond to emergencies in their communities, working alongside North West Ambulance Service. | NWAS_CFRs
facebook | Cumbria Community First Responders | Volunteer CFR group covering Cumbrian villages. We raise money for defibs and kit.
x | Paramedic Jess Holt | Paramedic in Greater Manchester. Views my own, not NWAS's. Ambulance life, dogs and Peak District walks. | ParamedicJessH
tiktok | ambulance.tech.lfc | EMT in Merseyside 🚑 Shift vlogs. Not an official NWAS account. | ambulance.tech.lfc
x | North West Air Ambulance Charity | Charity air ambulance serving the North West. Every mission funded by you. | NWAirAmbulance
x | Unison NWAS | UNISON branch representing ambulance staff across the North West. | UnisonNWAS
linkedin | Rebecca Nuttall | Emergency medical dispatcher, Broughton EOC. 999 call handling and training. | rebecca-nuttall-999
x | GMB North West Ambulance | GMB union members at North West Ambulance Service. | GMB_NWAS
instagram | nwas_student_paramedics | Student paramedics on placement in the North West 📚🚑 Run by students, not the Trust. | nwas.student.paras
x | Edge Hill Paramedic Science | Paramedic science degree at Edge Hill University, in partnership with NWAS. | EHUparamedics
facebook | St John Ambulance North West | First aid training and volunteers across the North West. Registered charity.
x | Lancashire Police | Official account of Lancashire Constabulary. For emergencies dial 999. | LancsPoliceNews
x | The Ambulance Staff Charity | TASC supports ambulance staff and their families with mental health and welfare. | TASCharity
bluesky | Dr Omar Siddiqui | Pre-hospital emergency medicine doctor in the North West. | omarsiddiqui-phem.bsky.social
linkedin | Gary Whitfield | Fleet manager, ambulance vehicles, Bolton. 25 years keeping the wheels turning. | gary-whitfield-fleet
facebook | Bolton News Health | Health stories for Bolton and the surrounding area.
x | Merseyside Fire & Rescue | Official account of Merseyside Fire and Rescue Service. Emergencies: 999. | MerseyFireNews
instagram | Retired Paramedics North West | Old crews reunited 🚑 Memories from the days before satnav. Unofficial. | retired.paras.nw
x | Blackpool CFR Group | Volunteer community first responders in Blackpool. Dispatched by the ambulance service. | BlackpoolCFRs
mastodon | Chris Ainscough | Ambulance clinician, Cheshire. Posts about rota, rain and cyclocross. | chrisainscough@mstdn.social
x | NHS 111 North West | Information about the NHS 111 service in the North West. Not for emergencies. | NHS111NWinfo
facebook | Wigan Defibrillator Network | Community group mapping public-access defibrillators around Wigan.
x | Cheshire and Merseyside ICB | NHS Cheshire and Merseyside Integrated Care Board. | CheshMerseyICB
"""

ADJ["nuh"] = """
x | Nottingham Hospitals Charity | Charity for Nottingham University Hospitals. Funding extras for patients at QMC and City Hospital. | NottmHospChar
facebook | Nottingham Hospitals Charity | Helping patients at the Queen's Medical Centre and Nottingham City Hospital. Fundraise with us!
x | Dr Kemi Adeyemi | Consultant obstetrician, Nottingham. Maternity safety, mentoring, gospel music. Tweets my own.
instagram | qmc_ed_nurse_lauren | ED nurse at QMC 🚑 Trauma, tea and trying to sleep after nights. | qmc_ed_lauren
x | Healthwatch Nottingham | Your local health and social care champion for Nottingham and Nottinghamshire. | HWNottingham
linkedin | Arjun Mehta | Radiographer, Nottingham City Hospital. CT and MRI. | arjun-mehta-radiography
x | University of Nottingham Medicine | School of Medicine, University of Nottingham, based at the Queen's Medical Centre. | UoNmedicine
facebook | Nottingham Maternity Families Group | Families who have used Nottingham maternity services, working for safer care. Not affiliated with NUH.
x | Nottingham Post Health | Health news from Nottinghamshire Live and the Nottingham Post. | NottmPostHealth
x | NUH Research | Research at Nottingham University Hospitals. Take part in a study near you. | NUHresearch
instagram | city_hospital_physios | Physiotherapy team at Nottingham City Hospital sharing rehab tips 💪 Not for personal advice. | city_hosp_physio_team
x | Nottingham & Notts ICB | NHS Nottingham and Nottinghamshire Integrated Care Board. | NottsICB
tiktok | nottingham_doc_sam | Junior doctor in Nottingham 🩺 Explainers, not medical advice. | nottingham_doc_sam
facebook | Friends of Nottingham Children's Hospital | Volunteers brightening children's wards with toys, games and Christmas visits.
linkedin | Grace Onyekachi | Senior HR advisor, international recruitment, Nottingham. Proud to welcome nurses from across the world. | grace-onyekachi-hr
x | Nottingham Hospital Radio | Patient radio for QMC and City Hospital. Volunteers on air since 1970. | NottmHospRadio
x | Unison Nottinghamshire Health | UNISON health branch covering Nottinghamshire. | UnisonNottsHlth
bluesky | Dr Beth Carrington | Stroke physician, Nottingham. Neurology, sourdough, Forest. | bethcarrington.bsky.social
instagram | Lucy's Trek for Ward D57 | Walking the Three Peaks to say thank you to the cancer ward at City Hospital 💛 | lucys.trek.d57
x | East Midlands Counter Fraud | NHS counter fraud service for the East Midlands. Report fraud in confidence. | EMcounterfraud
facebook | Beeston Health Centre | GP practice in Beeston. Opening times and clinic news. We can't give medical advice on Facebook.
youtube | Nottingham Medical Students | Videos by and for medical students in Nottingham. | NottmMedStudents
x | Notts Fire and Rescue | Nottinghamshire Fire and Rescue Service. In an emergency dial 999. | NottsFireNews
"""

ADJ["bsmhft"] = """
x | Mind Birmingham | Mental health charity supporting people in Birmingham. Not a crisis service. | BirminghamMind
x | Dr Aisha Rahman | Consultant psychiatrist, Birmingham. Perinatal mental health. Views mine.
instagram | mental_health_nurse_brum | Community mental health nurse in Birmingham 💚 Stigma-busting and self-care posts. | mhnurse.brum
x | Healthwatch Birmingham | Independent champion for people using health and social care in Birmingham. | HWBirmingham
linkedin | Daniel Okoro | Occupational therapist, inpatient mental health, Birmingham. | daniel-okoro-ot
x | Birmingham and Solihull ICB | NHS Birmingham and Solihull Integrated Care Board. | NHSBSolICB
facebook | Forward Thinking Birmingham | Mental health services for 0-25 year olds in Birmingham. Not a crisis line.
x | University of Birmingham IMH | Institute for Mental Health, University of Birmingham. Research and teaching. | UoB_IMH
tiktok | brum_psych_student | Psychology student doing placements in Birmingham 🧠 Not clinical advice. | brum_psych_student
x | Samaritans Birmingham | Birmingham branch of Samaritans. Call free any time on 116 123. | SamaritansBrum
instagram | Zinnia Centre Art Group | Art from service users at a community group in Sparkhill. Shared with permission. | zinnia.art.group
x | Birmingham Live Health | Health and care news from BirminghamLive. | BrumLiveHealth
facebook | Solihull Carers Centre | Support for unpaid carers in Solihull. Drop-ins every Tuesday.
linkedin | Harjit Sandhu | Peer support worker in Birmingham. Lived experience of psychosis. | harjit-sandhu-peer
x | RCPsych West Midlands | Royal College of Psychiatrists in the West Midlands. | RCPsychWMids
x | Dr Tom Kearns | Clinical psychologist, Solihull. ACT, supervision and gardening. Opinions mine. | DrTomKearns
bluesky | Birmingham Recovery College | Free courses about mental health and wellbeing, co-produced with people with lived experience. | brumrecovery.bsky.social
instagram | ward_manager_sonia | Ward manager on an acute mental health ward. Leadership, kindness and bad puns. | wardmanager.sonia
x | West Midlands Police | Official account of West Midlands Police. Emergencies 999. | WMPoliceNews
facebook | Run for BSMHFT Staff Charity | Staff and friends running the Birmingham half to raise money for ward comforts. Not an official Trust page.
x | Unison BSMHFT | UNISON branch for staff at Birmingham and Solihull Mental Health NHS FT. | UnisonBSMHFT
youtube | Mental Health Matters Brum | Talks and podcasts about mental health in Birmingham, made by volunteers. | MHMattersBrum
"""

ADJ["cuh"] = """
x | Addenbrooke's Charitable Trust | ACT is the official charity for Addenbrooke's and the Rosie. Registered charity. | ACTcharity
facebook | Addenbrooke's Charitable Trust | Fundraising for Addenbrooke's and the Rosie. Thank you for making a difference!
x | Dr Helen Fairweather | Consultant neurosurgeon at Addenbrooke's. Brain injury, rowing and bad puns. Views my own.
instagram | rosie_midwife_anna | Midwife at the Rosie 🤱 Births, babies and night shifts. | rosie.midwife.anna
x | Healthwatch Cambridgeshire | Independent champion for health and care users in Cambridgeshire and Peterborough. | HWCambs
linkedin | Li Wei | Bioinformatician, Cambridge Biomedical Campus. Genomics and NHS data. | li-wei-genomics
x | Cambridge Clinical School | University of Cambridge School of Clinical Medicine, based at Addenbrooke's. | CamClinSchool
facebook | Addenbrooke's Hospital Radio | Radio Addenbrooke's - volunteer radio for patients since 1971. Requests welcome!
x | Cambridge News Health | Health news from the Cambridge News. | CamNewsHealth
x | Cambridgeshire & Peterborough ICB | NHS Cambridgeshire and Peterborough Integrated Care Board. | CambsPboroICB
instagram | Running for ward C9 | Marathon number 3, this time for Addenbrooke's ward C9 who cared for dad 💙 | running.for.c9
x | Addenbrooke's Volunteers | Volunteer service at Addenbrooke's and the Rosie. Want to help? | AddiesVols
tiktok | addies_junior_doc | FY2 in Cambridge 🩺 Med school tips. Not medical advice. | addies_junior_doc
linkedin | Sarah Okonjo | Matron, critical care, Addenbrooke's. Nursing leadership and wellbeing. | sarah-okonjo-matron
x | Papworth Hospital Charity | Charity for Royal Papworth Hospital, our neighbour on the Biomedical Campus. | PapworthCharity
bluesky | Dr Josh Bellamy | Clinical fellow in transplant at Addenbrooke's. Cambridge, cycling, science. | joshbellamy.bsky.social
facebook | Cambridge Breastfeeding Network | Peer supporters for families in Cambridge. Not a medical service.
x | Unison Cambridge Health | UNISON health branch for Cambridge. | UnisonCamHealth
x | Cambs Police Fraud | Cambridgeshire Constabulary fraud advice. Be wary of anyone asking for money upfront. | CambsCopsFraud
instagram | cuh_student_nurses | Student nurse society on placement at Addenbrooke's ✨ Run by students. | cuh.student.nurses
x | East Anglian Air Ambulance | Charity air ambulance for Cambridgeshire, Norfolk, Suffolk and Bedfordshire. | EAAAcharity
mastodon | Prof Ruth Hallam | Retired Addenbrooke's immunologist. Posts about science, walking and grandchildren. | ruthhallam@sciences.social
"""

ADJ["eeast"] = """
x | EEAST Community First Responders | Volunteer CFRs across the East of England, working with the ambulance service. | EEAST_CFRs
facebook | Norfolk Community First Responders | Volunteers responding in rural Norfolk. Fundraising for kit and training.
x | Paramedic Tom Rix | Paramedic in Essex. Night shifts and bad coffee. Personal account. | ParamedicTomRix
tiktok | essex.ambulance.life | Emergency care assistant in Essex 🚑 Tea, traffic and tall stories. Unofficial. | essex.ambulance.life
x | Essex & Herts Air Ambulance | Charity air ambulance for Essex and Hertfordshire. | EHAAT_charity
x | Unison Eastern Ambulance | UNISON representatives for ambulance staff across the east. | UnisonEastAmb
linkedin | Priya Lal | Clinical navigator, Chelmsford control room. Hear and treat and remote triage. | priya-lal-clinical
x | Anglia Ruskin Paramedic Science | Paramedic science at Anglia Ruskin University, with placements across the East of England. | ARUparamedics
instagram | eeast_student_paras | Student paramedics on placement in the east 📚 Not the Trust's account. | eeast.student.paras
facebook | Bedford Independent Health | Local journalism for Bedford, including health and care news.
x | Suffolk Police | Official account of Suffolk Constabulary. Emergencies dial 999. | SuffolkCopsNews
x | Hertfordshire Fire and Rescue | Official account of Hertfordshire Fire and Rescue Service. | HertsFireNews
bluesky | Dr Maya Collins | GP with special interest in urgent care, Norfolk. | mayacollins.bsky.social
facebook | Ambulance Retirees East Anglia | Social group for retired ambulance staff in East Anglia. Lunches, memories and photos.
x | Magpas Air Ambulance | Helicopter emergency medical charity based in Cambridgeshire. | MagpasCharity
linkedin | Steven Hartley | Ambulance operations manager, Norwich. | steven-hartley-ops
instagram | defib_finder_suffolk | Mapping public defibrillators in Suffolk villages ❤️ Community project. | defib.finder.suffolk
x | Norfolk and Waveney ICB | NHS Norfolk and Waveney Integrated Care Board. | NorfWavICB
mastodon | Jon Pritchard | Ambulance technician and amateur astronomer, Cambridgeshire. | jonpritchard@mastodon.online
facebook | Harlow Heartstart | Free CPR training for the Harlow community. Volunteers, not NHS.
x | GMB Ambulance East | GMB union branch for ambulance workers in the East of England. | GMBAmbEast
youtube | Life on the Line Podcast | Podcast about 999 control room work, hosted by two former call handlers. | LifeOnTheLinePod
"""

ADJ["gstt"] = """
x | Guy's & St Thomas' Foundation | Charitable foundation working to improve health in London. Independent of the Trust. | GSTTFoundation
instagram | Evelina London Children's Charity | Helping Evelina London give children the best care 💙 Registered charity. | evelina_charity
x | Dr Olu Adebayo | Consultant nephrologist at Guy's. Kidneys, jazz and Millwall. Views are mine.
tiktok | evelina_nurse_mo | Children's nurse at Evelina London 🧸 Day in the life, not official. | evelina_nurse_mo
x | Healthwatch Southwark | Independent health and care champion for people in Southwark. | HWSouthwark
linkedin | Emily Hartmann | Clinical nurse specialist, cardiac surgery, St Thomas'. | emily-hartmann-cns
x | King's College London Medicine | GKT School of Medical Education, King's College London. | KCLmedicine
facebook | Royal Brompton Patients' Forum | Patients and carers who use Royal Brompton and Harefield. Independent group.
x | Evening Standard Health | Health news for London from the Evening Standard. | StandardHealth
x | South East London ICB | NHS South East London Integrated Care Board. | SELondonICB
instagram | Ben's 100 Miles for Harefield | Cycling from Harefield to Brighton and back for the transplant unit that gave me new lungs 🫁 | bens.100.miles
x | Guy's Cancer | Patient information from the cancer centre at Guy's, run by the centre's staff. | GuysCancerInfo
linkedin | Fatima Zahra Idrissi | Recruitment coordinator at a London NHS trust. I'll never ask a candidate for money - report anyone who does. | fatima-idrissi-recruit
x | RCN London | Royal College of Nursing, London region. | RCNLondonRegion
bluesky | Dr Kit Mallory | Paediatric intensivist, London. Kids, ventilators and poetry. | kitmallory.bsky.social
x | St Thomas' Hospital Radio | Volunteer radio for patients at St Thomas'. Since 1968. | STHospitalRadio
facebook | Lambeth GP Food Co-op | GP practices in Lambeth growing food with patients. Community project.
x | Met Police Fraud | Metropolitan Police fraud prevention advice. | MetFraudAdvice
instagram | gstt_pharmacy_techs | Pharmacy technicians sharing careers info. Staff-run, not the Trust's official account. | gstt.pharmtechs
x | Kings Health Partners | Academic health sciences centre: King's College London, GSTT, King's and SLaM. | KHPartners
tiktok | london.theatre.odp | Operating department practitioner in central London 🩺 | london.theatre.odp
mastodon | Dr Ines Varga | Clinical scientist, genetics, London. Views my own. | inesvarga@med-mastodon.com
facebook | Waterloo Community Garden | Neighbours near St Thomas' growing veg together. All welcome.
"""

ADJ["slam"] = """
x | Maudsley Charity | Independent charity working with the Maudsley and SLaM to improve mental health. | MaudsleyCharity
x | Dr Grace Oduya | Consultant psychiatrist in south London. Early intervention in psychosis. Views mine.
instagram | bethlem_gallery | The Bethlem Gallery shows work by artists with experience of mental ill health 🎨 | bethlem.gallery.art
x | Bethlem Museum of the Mind | Museum telling the story of mental health care at the Bethlem Royal Hospital. | MuseumoftheMind
x | Healthwatch Lambeth | Independent champion for people using health and care services in Lambeth. | HWLambeth
linkedin | Marcus Boateng | Mental health nurse, home treatment team, Lewisham. | marcus-boateng-mhn
x | IoPPN King's College | Institute of Psychiatry, Psychology & Neuroscience at King's College London. | KingsIoPPN
facebook | Croydon Mind | Mental health charity in Croydon. Wellbeing groups and advocacy. Not a crisis service.
tiktok | talking_therapies_tash | Psychological wellbeing practitioner in London 💜 Tips, not therapy. | talking_therapies_tash
x | Samaritans Lewisham | Volunteers listening 24/7. Call free on 116 123. | SamaritansLewis
instagram | southwark_carers | Support for unpaid carers in Southwark. Drop-ins and advice. | southwark.carers
x | Dr James Whitlock | Clinical psychologist, eating disorders, south London. Personal account. | DrJWhitlock
x | South London Press Health | Health and community news from the South London Press. | SLPhealth
linkedin | Yetunde Alade | Peer worker at a south London recovery college. Lived experience, hope and co-production. | yetunde-alade-peer
bluesky | SLaM Recovery College | Free recovery courses in south London. Co-produced with people with lived experience. | slamrecoverycollege.bsky.social
x | Lambeth Council | Official account of Lambeth Council. | LambethCouncil
facebook | Friends of the Bethlem | Volunteers caring for the Bethlem estate's gardens and woodland walks.
instagram | mh_student_nurse_london | Mental health student nurse on placement in south London 🧠 | mh.studentnurse.ldn
x | Unison SLaM Branch | UNISON branch for staff at South London and Maudsley NHS FT. | UnisonSLaM
x | Black Thrive | Partnership working to improve outcomes for Black people's mental health in Lambeth. | BlackThriveLDN
youtube | Minds Behind the Maudsley | Podcast interviews with researchers and clinicians, produced by a volunteer team. | MindsBehindPod
"""

ADJ["ouh"] = """
x | Oxford Hospitals Charity | Charity for Oxford University Hospitals. Making a difference for patients and staff. | OxHospsCharity
facebook | Oxford Hospitals Charity | Supporting the John Radcliffe, Churchill, NOC and Horton. Get involved in our events!
x | Dr Isabel Carrow | Consultant in infectious diseases at the JR. Vaccines, bikes and blackbirds. Views my own.
instagram | jr_ed_nurse_kate | Emergency nurse at the John Radcliffe 🩺 Oxford life, rowing and scrubs. | jr.ed.nurse.kate
x | Healthwatch Oxfordshire | Independent voice for people using health and care services in Oxfordshire. | HWOxfordshire
linkedin | Michael Adu | Senior biomedical scientist, Churchill Hospital. | michael-adu-bms
x | Oxford Medical School | Medical Sciences Division, University of Oxford. | OxMedSciences
facebook | Friends of the Horton | Campaigning for services at the Horton General Hospital in Banbury. Independent community group.
x | Oxford Mail Health | Health news from the Oxford Mail. | OxMailHealth
x | BOB ICB | NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board. | NHSBOBICB
instagram | Sophie Rides for the Churchill | Cycling London to Paris for the Churchill's cancer centre 🚲 | sophie.rides.churchill
x | Oxford Biomedical Research Centre | NIHR Oxford BRC, a partnership between OUH and the University of Oxford. | OxfordBRC
tiktok | oxford_fy1_doctor | First year doctor in Oxford 🩺 Realistic days, not medical advice. | oxford_fy1_doctor
linkedin | Rachel Penrose | Recruitment manager. Hiring nurses into Oxfordshire. Beware: genuine NHS jobs never charge fees. | rachel-penrose-talent
x | Radio Cherwell Hospital Radio | Volunteer radio for patients at the Horton. | RadioCherwell
bluesky | Dr Nikhil Anand | Orthopaedic registrar at the NOC. Bones, rugby, biryani. | nikhilanand.bsky.social
facebook | Headington Mums Group | Local parents in Headington. Recommendations, swaps and playgroup news.
x | Thames Valley Police | Official account of Thames Valley Police. Emergencies 999. | TVPnewsdesk
instagram | noc_physio_team | Physiotherapists at the Nuffield Orthopaedic Centre sharing exercise advice 🦴 Staff-run. | noc.physio.team
x | Unison Oxford Health Branch | UNISON health branch for Oxford. | UnisonOxHealth
youtube | Oxford Surgical Skills | Teaching videos for surgical trainees by an Oxford trainee group. | OxSurgSkills
mastodon | Prof Dan Whitby | Retired Oxford haematologist. Sailing and Victorian engineering. | danwhitby@mastodon.ie
"""

ADJ["scft"] = """
x | Sussex Health and Care | NHS Sussex, the integrated care board for Brighton and Hove, East Sussex and West Sussex. | NHSSussexICB
facebook | Love Your Hospital Brighton | Charity supporting patients at Brighton's community and acute hospitals.
x | District Nurse Lisa B | District nurse in West Sussex. Leg ulcers, long drives, lovely patients. Personal account. | DNLisaBeale
instagram | sussex_health_visitor | Health visitor in Brighton 👶 Baby tips, not personal advice. | sussex.health.visitor
x | Healthwatch Brighton and Hove | Independent champion for health and social care users in Brighton and Hove. | HWBrightonHove
linkedin | Natalie Greaves | Community physiotherapist, Horsham. Falls prevention and rehab. | natalie-greaves-physio
x | Brighton and Sussex Medical School | BSMS - medical school of the Universities of Brighton and Sussex. | BSMSmedschool
facebook | League of Friends Horsham Hospital | Volunteers raising money for Horsham Hospital since 1953. Shop and café.
x | The Argus Health | Health news from The Argus, Brighton. | ArgusHealth
instagram | bognor_memorial_hosp_friends | Friends of Bognor Regis War Memorial Hospital 🌸 Fundraising and volunteering. | bognor.hospital.friends
tiktok | community_nurse_zoe | Community nurse in Sussex 🚗 A day on the road with the district nursing team. | community_nurse_zoe
x | St Wilfrid's Hospice | Hospice care in Eastbourne and surrounding areas. Registered charity. | StWilfridsHosp
linkedin | Femi Akinola | Clinical lead, community rehab, Crawley. | femi-akinola-rehab
x | Sussex Police | Official account of Sussex Police. Emergencies 999. | SussexPoliceHQ
facebook | Uckfield Community Hospital Friends | Supporting Uckfield Community Hospital with equipment and volunteers.
bluesky | Dr Clare Whitmore | GP in Brighton and frailty lead. | clarewhitmore.bsky.social
x | Carers Support West Sussex | Charity supporting unpaid carers in West Sussex. | CarersWSussex
instagram | sussex_podiatry_student | Podiatry student on community placement in Sussex 🦶 | sussex.podiatry.student
x | Unison Sussex Community Branch | UNISON branch for community health staff in Sussex. | UnisonSussexCom
youtube | Brighton Hospital Radio | Volunteer hospital radio broadcasting to patients in Brighton. | BrightonHospRadio
facebook | Chichester Parkinson's Group | Local support group for people with Parkinson's and their families.
"""

ADJ["swasft"] = """
x | Cornwall Air Ambulance | Charity air ambulance for Cornwall and the Isles of Scilly. | CornwallAirAmb
x | Dorset & Somerset Air Ambulance | Lifesaving charity air ambulance covering Dorset and Somerset. | DSAirAmbulance
x | Great Western Air Ambulance Charity | Charity critical care service for Bristol, Gloucestershire and beyond. | GWAAcharity
facebook | Devon Community First Responders | Volunteers responding to emergencies in their Devon communities.
x | Paramedic Kerenza | Paramedic in Cornwall. Surf, shifts and saffron buns. Personal views. | ParaKerenza
tiktok | devon_ambulance_crew | Emergency care assistant in Devon 🚑 Lighthearted shift videos, unofficial. | devon_ambulance_crew
x | Unison South Western Ambulance | UNISON branch for ambulance staff in the south west. | UnisonSWAmb
linkedin | Hugh Penrose | Clinical supervisor, Exeter clinical hub. Hear and treat and clinical validation. | hugh-penrose-clinical
instagram | uwe_paramedic_students | Student paramedics at UWE Bristol 📚 Run by the student society. | uwe.paramedic.students
x | Plymouth Paramedic Science | Paramedic science at the University of Plymouth. | PlymParaSci
facebook | Swindon Advertiser Health | Health news for Swindon and Wiltshire.
x | Devon and Cornwall Police | Official account of Devon and Cornwall Police. Emergencies 999. | DCPoliceNews
bluesky | Dr Tamsin Hosking | Emergency medicine consultant in Truro. Sea, cycling, rural healthcare. | tamsinhosking.bsky.social
x | The Ambulance Staff Charity SW | Regional fundraising for TASC, supporting ambulance staff in the south west. | TASCsouthwest
linkedin | Jen Trewin | Volunteer co-ordinator for community responders in Dorset. | jen-trewin-volunteers
instagram | Mousehole Defib Project | Our village raised £2,400 for a public defibrillator ❤️ Thank you! | mousehole.defib
facebook | Isles of Scilly Community News | News and notices for the islands.
x | NHS Devon | NHS Devon Integrated Care Board. | NHSDevonICB
mastodon | Sam Yelland | Ambulance dispatcher and birdwatcher, Somerset. | samyelland@mastodon.social
x | RNLI South West | Lifeboat news from the south west. In an emergency at sea, dial 999 and ask for the Coastguard. | RNLIsouthwest
youtube | Crew Room Cornwall | Podcast made by two retired paramedics swapping stories. | CrewRoomCornwall
facebook | Bath CPR Saturday | Free community CPR sessions in Bath, volunteer-run.
"""

ADJ["uhbw"] = """
x | Above & Beyond | The official charity for Bristol's city centre hospitals and Weston General. | AboveBeyondBRS
facebook | The Grand Appeal | The Bristol Children's Hospital Charity. Wallace & Gromit's Grand Appeal.
x | Dr Femi Olatunji | Consultant cardiologist at the Bristol Heart Institute. Views my own.
instagram | bch_play_specialist | Hospital play specialist at Bristol Children's Hospital 🎨 Personal account. | bch.play.specialist
x | Healthwatch Bristol | Independent champion for people using health and care in Bristol. | HWBristol
linkedin | Joe Pearce | Biomedical scientist, haematology, Bristol. | joe-pearce-haem
x | Bristol Medical School | University of Bristol Medical School. | BristolMedSch
facebook | Weston Hospital Friends | League of Friends of Weston General Hospital. Shop, café and fundraising.
x | Bristol Post Health | Health news for Bristol from the Bristol Post. | BristolPostHlth
x | BNSSG ICB | NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board. | BNSSG_ICB
instagram | Harry's Swim for the BRI | Swimming the Channel (in a pool!) for the BRI's intensive care unit 💙 | harrys.swim.bri
tiktok | bristol_nurse_amara | Cardiac nurse in Bristol ❤️ Nursing life, not medical advice. | bristol_nurse_amara
linkedin | Dr Claire Jennings | Research fellow, Bristol Eye Hospital. Glaucoma and AI. | claire-jennings-eye
x | Unison Bristol Health | UNISON health branch covering Bristol. | UnisonBrisHlth
bluesky | Dr Tom Yeo | Anaesthetist in Bristol. Paediatrics, climbing and jazz. | tomyeo.bsky.social
x | Avon and Somerset Police | Official account of Avon and Somerset Police. | ASPoliceNews
facebook | Bristol Sickle Cell Support | Peer support for people living with sickle cell in Bristol.
instagram | stmichaels_midwives_alumni | Former midwives from St Michael's Hospital sharing memories. Not official. | stmichaels.midwives.alumni
x | Penny Brohn UK | Charity offering cancer support in Bristol. | PennyBrohnUK
youtube | Bristol Hospital Broadcasting | Volunteer hospital radio for Bristol patients. | BristolHospRadio
x | Weston Mercury Health | Health news for Weston-super-Mare. | WestonMercHlth
"""

ADJ["lch"] = """
x | Leeds Community Healthcare Charity | Charitable funds supporting community health services in Leeds. | LCHcharitable
x | Health Visitor Amina | Health visitor in south Leeds. Baby sleep, weaning and wellbeing. Personal account. | HVAminaLeeds
instagram | leeds_school_nurse | School nurse in Leeds 🏫 Drop-ins, vaccinations and growing up. Not personal advice. | leeds.school.nurse
x | Healthwatch Leeds Volunteers | Volunteers gathering patient experiences across Leeds. | HWLeedsVols
linkedin | Ryan Dobson | Community physiotherapist, neighbourhood team, east Leeds. | ryan-dobson-physio
facebook | Hannah House Families | Parents of children who use Hannah House respite in Leeds. A place to share tips. Not run by LCH.
x | Leeds Beckett Nursing | Nursing and midwifery at Leeds Beckett University. | LBUnursing
x | Forum Central Leeds | The voice of the third sector in health and care across Leeds. | ForumCentralLds
tiktok | district_nurse_leeds | District nurse in Leeds 🚗 Realistic shifts. Views my own. | district_nurse_leeds
x | Leeds Older People's Forum | Charity network supporting older people across Leeds. | LeedsOPForum
instagram | leeds_speech_therapy_student | Speech and language therapy student on placement in Leeds 💬 | leeds.slt.student
linkedin | Dr Sana Mirza | Community paediatrician, Leeds. | sana-mirza-paeds
x | Leeds Carers | Support for unpaid carers in Leeds. | CarersLeedsOrg
facebook | Armley Community Café | A friendly community café in Armley. Health checks on the first Tuesday of the month.
x | Leeds Health and Care Partnership | Health and care organisations in Leeds working together. | LeedsHCP
bluesky | Dr Ed Kimura | GP in Chapeltown and medical educator. | edkimura.bsky.social
x | Unison LCH Branch | UNISON branch for community health staff in Leeds. | UnisonLCH
instagram | leeds_dental_community | Community dental service staff sharing oral health tips 🦷 Staff-run. | leeds.community.dental
youtube | Leeds Wellbeing Walks | Videos of free guided walks around Leeds parks for people recovering from illness. | LeedsWellbeingWalks
facebook | Kirkstall Breastfeeding Café | Volunteer-run breastfeeding support in Kirkstall every Wednesday.
x | Leeds Live Health | Health news for Leeds from LeedsLive. | LeedsLiveHealth
"""

# National and regional accounts with no single Trust; make_set.py spreads them over the Trusts.
NATIONAL = """
x | NHS England | Official account of NHS England. | NHSEngland
x | NHS Jobs | The official NHS recruitment service. Applying for an NHS job is always free. | NHS_Jobs_Help
x | NHS Counter Fraud Authority | Tackling fraud against the NHS. Report fraud online or in confidence. | NHSCFA
x | Action Fraud | UK's national reporting centre for fraud and cyber crime. | actionfraud
x | CQC | Care Quality Commission, the independent regulator of health and adult social care in England. | CareQualityComm
x | NHS Blood and Transplant | Saving and improving lives through blood, organ and tissue donation. | NHSBT
x | Royal College of Nursing | The voice of nursing across the UK. | theRCN
x | BMA | British Medical Association, the trade union and professional body for doctors. | TheBMA
x | NHS Employers | Supporting NHS organisations as employers. | NHSEmployers
x | NHS Providers | The membership organisation for NHS trusts. | NHSProviders
x | The King's Fund | Independent charity working to improve health and care in England. | TheKingsFund
x | NHS Charities Together | The national charity caring for the NHS, representing over 230 NHS charities. | NHSCharities
facebook | NHS Charities Together | Supporting NHS staff, volunteers and patients through the NHS's own charities.
x | Nursing and Midwifery Council | Regulator for nurses and midwives in the UK. The NMC never asks for payment by social media. | NMCnews
x | General Medical Council | Regulator of doctors and physician associates in the UK. | gmcuk
x | Health Education England | Now part of NHS England: education and training for the NHS workforce. | HEE_news
instagram | NHS Careers | Explore 350+ careers in the NHS. Official. | nhs.careers.official
linkedin | NHS Professionals | NHS-owned staffing bank. Flexible work across NHS trusts. | nhs-professionals
x | Which? Scams | Consumer champion warnings about the latest scams. | WhichScams
x | Citizens Advice | Free, confidential advice. Spotted a scam? Report it. | CitizensAdvice
x | Unison Health | UNISON, the UK's largest health union. | unisonhealth
x | Unite Health | Unite the Union health sector. | UniteHealthSec
x | GMB Union | GMB, the union for ambulance workers and more. | GMBunion
x | Healthwatch England | Independent champion for people who use health and social care. | HealthwatchE
x | NHS 111 | Information about NHS 111. Use 111 online or call 111 when you need medical help fast. | NHS111official
x | NHS Volunteer Responders | Helping people in their communities, supported by Royal Voluntary Service. | NHSVolRespond
x | Royal Voluntary Service | Volunteers supporting hospitals and communities across Britain. | RVSvolunteers
x | Marie Curie | Care and support through terminal illness. | mariecurieuk
x | Macmillan Cancer Support | Doing whatever it takes for people living with cancer. | macmillancancer
x | Samaritans | Call free 24/7 on 116 123. | samaritans
x | Mind | Mental health charity. We won't give up until everyone experiencing a mental health problem gets support and respect. | MindCharity
x | Association of Ambulance Chief Executives | Supporting ambulance services in the UK. | AACE_org
x | College of Paramedics | Professional body for paramedics in the UK. | ParamedicsUK
x | NHS Digital Security | Cyber security advice for health and care organisations. | NHSCyberSec
x | Get Safe Online | Free expert advice on online safety. | GetSafeOnline
x | NCSC | National Cyber Security Centre. Report scam emails to report@phishing.gov.uk. | NCSC
x | Health Service Journal | News and analysis for NHS leaders. | HSJnews
x | Nursing Times | News, practice and careers for nurses. | NursingTimes
x | HSJ Jobs | Senior NHS and healthcare jobs. | HSJjobs
x | Trac Jobs | NHS recruitment system used by many trusts. | TracJobsUK
x | St John Ambulance | First aid charity. | stjohnambulance
x | British Red Cross | Helping people in crisis, whoever and wherever they are. | BritishRedCross
x | NIHR | National Institute for Health and Care Research. | NIHRresearch
facebook | NHS Retirement Fellowship | Friendship and support for retired NHS staff across England.
x | Florence Nightingale Foundation | Supporting nurses and midwives to improve patient care. | FNightingaleF
"""
