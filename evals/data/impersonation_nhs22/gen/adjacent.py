"""Hand-written genuine accounts of organisations and people around each Trust (group nhs_adjacent).

One line per account: platform | handle | display name | bio. Names of people are invented.
"""

YAS = """
x | YorkshireAirAmb | Yorkshire Air Ambulance | Rapid-response air ambulance charity covering Yorkshire. Two helicopters, crewed around the clock and funded entirely by donations. Registered charity.
x | YASCharity | YAS Charity | The official charity of Yorkshire Ambulance Service. We support patients, communities and our ambulance people. Registered charity in England and Wales.
facebook | YorkshireBloodBikes | Yorkshire Blood Bikes | Volunteer riders moving blood, samples and donor breast milk between hospitals across the county, out of hours and free of charge.
x | Para_Jen_Leeds | Jen H 🚑 | Paramedic in West Yorkshire. Tweets my own, not my employer's. Fells, coffee and far too many night shifts.
instagram | callhandler_chris | Chris | 999 call handler in Wakefield. Dog dad. Headset hair is a lifestyle.
x | UNISON_YAS | UNISON Yorkshire Ambulance | Branch representing staff at Yorkshire Ambulance Service. Join online or speak to your local rep. Not a Trust account.
x | NHSWYICB | NHS West Yorkshire ICB | The integrated care board for Bradford, Calderdale, Kirklees, Leeds and Wakefield. Monitored weekdays; not for medical advice.
x | HealthwatchWake | Healthwatch Wakefield | Your independent voice on health and care in Wakefield district. Tell us what's working and what isn't.
facebook | SkiptonCFR | Skipton Community First Responders | Volunteers who attend emergencies in Skipton and nearby villages while an ambulance is on its way. Your donations keep our defibs charged.
x | NYorksPolice | North Yorkshire Police | Official force account. Don't report crime here - call 101, or 999 in an emergency.
x | Dr_Sam_EM_Hull | Dr Sam Okoro | Emergency medicine registrar in Hull. Pre-hospital care enthusiast. Opinions mine alone.
instagram | pts.driver.mo | Mo | Patient transport driver, Sheffield. Taking folk to dialysis since 2016. Best job I've had.
tiktok | emtlife.southyorks | EMT life | ambulance tech in south yorkshire 🚑 off-duty vids, not affiliated with my employer, never any patients
x | SHU_Paramedic | Paramedic Science SHU | Paramedic Science at Sheffield Hallam University. Training the next generation with our ambulance partners.
x | SJAYorkshire | St John Ambulance Yorkshire | First aid training and event cover across Yorkshire. Volunteer with us - no experience needed.
x | AACE_org | AACE | Association of Ambulance Chief Executives, representing NHS ambulance services across the UK. Not for emergencies.
x | CollegeParas | College of Paramedics | The professional body for paramedics in the UK. Membership, CPD and advocacy.
bluesky | saraha-health.bsky.social | Sarah Ambler | Health and social affairs reporter covering Yorkshire. Tips welcome by DM. Nothing here is medical advice.
x | WakefieldExp | Wakefield Express | News, sport and what's on across Wakefield, Ossett, Horbury and the Five Towns.
facebook | PinderfieldsHospitalRadio | Pinderfields Hospital Radio | Volunteer-run radio for patients on the wards at Pinderfields, Pontefract and Dewsbury. Send us your requests!
x | YASHART_Team | YAS HART | Hazardous Area Response Team at Yorkshire Ambulance Service. Training, kit and the odd muddy exercise. Not monitored for emergencies.
x | RetiredParaBob | Bob Hinchcliffe | Retired paramedic, 32 years on the road in West Yorkshire. Now grandad, allotment holder and occasional grumbler about hospital parking.
x | GiveBloodNHS | NHS Give Blood | NHS Blood and Transplant. Book an appointment to give blood, plasma or platelets. We never charge donors.
x | DrAmyListerGP | Dr Amy Lister | GP partner in Wakefield and medical educator. Not medical advice - see your own GP.
mastodon | paramedicpete@mastodon.social | Pete | Paramedic in Leeds. Left the bird site. Cycling, cats and clinical guidelines, in that order.
x | NWAmbulance | North West Ambulance Service | Official account of North West Ambulance Service NHS Trust. Not monitored 24/7 - in an emergency dial 999.
x | EMASNHSTrust | EMAS | East Midlands Ambulance Service NHS Trust. In a life-threatening emergency always call 999.
linkedin | yorkshire-ambulance-retirement-fellowship | YAS Retired Staff Network | Keeping former Yorkshire ambulance colleagues in touch. Reunions, walks and the occasional curry.
facebook | HarrogateSamaritans | Samaritans of Harrogate | Whatever you're going through, you can call us any time, from any phone, for free on 116 123.
instagram | wetherby_first_aid_club | Wetherby Young First Aiders | Teaching CPR to under-16s in Wetherby every Tuesday. Parents welcome. Run by volunteers.
x | YorkUniNursing | Nursing at York | School of Health Sciences, University of York. Nursing and midwifery education and research.
"""

TEWV = """
x | TeesValleyMind | Tees Valley Mind | Local mental health charity for Middlesbrough, Stockton, Redcar and Hartlepool. Drop-ins, peer groups and counselling.
x | HealthwatchDarl | Healthwatch Darlington | Independent champion for people using health and care services in Darlington.
x | NENC_ICB | NHS North East and North Cumbria | Integrated care board for the North East and North Cumbria. Not monitored out of hours.
facebook | RoseberryParkRecoveryCollege | Recovery College Teesside | Free courses about mental health and wellbeing, co-produced with people with lived experience. Enrol through the Trust.
x | TEWV_Research | TEWV R&D | Research and development team at Tees, Esk and Wear Valleys NHS FT. Take part in our studies.
x | TEWVRecoveryColl | TEWV Recovery College | Learning about recovery together. Free courses across Durham, Darlington, Teesside and North Yorkshire. Part of TEWV NHS FT.
x | RMN_Sophie_Durham | Sophie, RMN | Mental health nurse in County Durham. Learning every shift. My views, not my employer's.
instagram | ot.in.the.north | Tom | Occupational therapist in an inpatient mental health unit. Crafts, cooking groups and chronic biscuit theft.
x | UNISONTees | UNISON Tees Valley Health | UNISON branch for health workers across Teesside. Here for members - join today.
x | NorthYorksCC | North Yorkshire Council | Official council account. Report a problem via our website. Monitored Mon-Fri.
x | YorkMind | York Mind | Mental health charity serving York and North Yorkshire since 1981.
facebook | MiddlesbroughCarers | Middlesbrough & Redcar Carers Centre | Support, advice and breaks for unpaid carers. Come and see us for a brew.
x | Samaritans_Tees | Teesside Samaritans | Call 116 123 free, any time. Local volunteers, national service.
x | DrKhanPsych | Dr Yusuf Khan | Consultant psychiatrist, North East. Perinatal mental health. Tweets not clinical advice.
x | DurhamUniPsych | Durham Psychology | Department of Psychology, Durham University.
bluesky | peersupportpaula.bsky.social | Paula W | Peer support worker. 10 years in recovery. Talking openly so others don't have to hide.
x | TeesideLive | Teesside Live | News from Middlesbrough, Stockton, Redcar and Hartlepool.
x | TEWV_Carers | TEWV Carers | Involvement and carer support team at TEWV NHS FT. We listen to families. Not for crisis support.
instagram | hartlepool.wellbeing.walks | Hartlepool Wellbeing Walks | Free gentle walks every Saturday along the Headland. All welcome, no booking.
x | RCPsychNE | RCPsych North East | Royal College of Psychiatrists, Northern and Yorkshire division.
linkedin | north-east-mental-health-alliance | North East Mental Health Alliance | Voluntary sector organisations working together on mental health across the North East.
x | ClevelandPolice | Cleveland Police | Official Cleveland Police account. Report non-emergencies online or on 101.
x | Stockton_Council | Stockton Council | News and updates from Stockton-on-Tees Borough Council.
facebook | FossParkLeagueOfFriends | Friends of York Mental Health Services | Volunteers supporting patients in York's mental health wards with gifts, outings and garden projects. Registered charity.
x | MindCharity | Mind | We're Mind, the mental health charity. We won't give up until everyone experiencing a mental health problem gets support and respect.
youtube | RethinkMentalIllness | Rethink Mental Illness | Films from the national mental illness charity.
x | HCA_Darren_TEWV | Darren | Healthcare assistant on an older people's ward. Nights. Northern. Tea with two sugars.
x | NTW_ChaplainJo | Rev Jo Bell | Mental health chaplain in the North East. Listening is most of the job.
tiktok | nursekay.mentalhealth | Kay the nurse | mental health nursing student 🧠 placement diaries, no patients ever, thoughts my own
x | DarlingtonBC | Darlington Borough Council | Official account. Bins, roads, schools and more.
mastodon | psychstats@fediscience.org | Helen T | Clinical psychologist turned research methods nerd. North Yorkshire. Posting about trials and walks.
"""

STH = """
x | SheffHospCharity | Sheffield Hospitals Charity | The official charity for Sheffield's NHS hospitals. Every donation goes further for patients and staff. Registered charity.
x | WestonParkCancer | Weston Park Cancer Charity | Funding research and care at Weston Park Cancer Centre, Sheffield. Registered charity.
facebook | NorthernGeneralVolunteers | STH Volunteer Services | Volunteering at Sheffield Teaching Hospitals - meet-and-greet, ward buddies, gardening. Enquiries through the Trust volunteering office.
x | STH_Renal | Sheffield Kidney Institute | Renal services at the Northern General Hospital, Sheffield Teaching Hospitals NHS FT. Not for clinical queries.
x | STHResearch | STH Research | Clinical research at Sheffield Teaching Hospitals. Find out how to take part in our studies.
x | Jessop_Midwives | Jessop Wing Midwives | Midwifery team at the Jessop Wing, Sheffield. Not monitored 24/7 - call maternity triage if you're worried.
x | HealthwatchShef | Healthwatch Sheffield | Helping shape health and care in Sheffield by listening to what people tell us.
x | NHSSYorks | NHS South Yorkshire ICB | Integrated care board for Barnsley, Doncaster, Rotherham and Sheffield.
x | SheffCouncil | Sheffield City Council | Official account. Bins, libraries, roads and council news.
x | SheffieldStar | The Star, Sheffield | Sheffield's newspaper since 1887.
x | MaggiesSheff | Maggie's Sheffield | Free cancer support at our centre in the grounds of the Northern General. Just walk in.
x | DrBeth_Cardio | Dr Beth Ramsey | Cardiology consultant, Sheffield. Heart failure and cycling. Views my own.
instagram | porter.pete.sheffield | Pete | Hospital porter at the Northern General. 20k steps a day and counting.
x | UoSMedSchool | Sheffield Medical School | The Medical School at the University of Sheffield.
x | RCNYorks | RCN Yorkshire & Humber | Royal College of Nursing in Yorkshire and the Humber. Representing nurses and nursing.
x | StLukesSheff | St Luke's Hospice | Sheffield's hospice, caring for people with terminal illness and their families since 1971.
tiktok | scrubsandsheffield | Nurse Lou | adult nurse in sheffield 💙 shift tips, study help, no patient content ever. my views only
x | SheffTransplant | Sheffield Transplant Games Team | Transplant recipients from Sheffield competing and campaigning for organ donation.
facebook | HallamshireHospitalRadio | Radio Hallamshire Wards | Volunteer presenters bringing music and requests to patients at the Hallamshire and Northern General.
x | STHPharmacy | STH Pharmacy | Pharmacy team at Sheffield Teaching Hospitals NHS FT. Medicines info for professionals. Not monitored for patient queries.
x | SheffChildrens | Sheffield Children's | Sheffield Children's NHS Foundation Trust. Caring for children and young people across the region.
x | UnisonSTH | UNISON Sheffield Health | Sheffield Health branch of UNISON. Supporting members at STH and beyond.
linkedin | sheffield-teaching-hospitals-alumni | Sheffield Hospitals Alumni | An informal network for people who trained or worked at Sheffield's teaching hospitals. Not run by the Trust.
x | JohnsonRadiographer | Priya Johnson | Therapeutic radiographer at Weston Park. Runner. Tweets personal.
x | SheffDentalSchool | Sheffield Dental School | School of Clinical Dentistry, University of Sheffield, with the Charles Clifford Dental Hospital.
youtube | SheffieldHospitalsCharityTV | Sheffield Hospitals Charity | Stories from patients, staff and fundraisers supporting Sheffield's hospitals.
x | SYFireRescue | South Yorkshire Fire | South Yorkshire Fire & Rescue. In an emergency, always call 999.
bluesky | drnadiahaem.bsky.social | Dr Nadia Iqbal | Haematology trainee, Sheffield. Blood, bikes and books. Not medical advice.
x | SheffHallamNursing | Nursing at Sheffield Hallam | Nursing and midwifery courses at Sheffield Hallam University.
instagram | northerngeneral_parkrunners | NGH Staff Running Club | Staff running club from the Northern General. Thursdays 5.30pm from the main entrance. All paces.
x | CancerResearchUK | Cancer Research UK | Together we will beat cancer. Registered charity.
"""

WHH = """
x | WHHCharity | WHH Charity | The official charity of Warrington and Halton Teaching Hospitals. Thank you for supporting our patients and staff. Registered charity.
x | WarringtonGuard | Warrington Guardian | News for Warrington since 1853.
x | HealthwatchWarr | Healthwatch Warrington | Local independent champion for health and care services in Warrington.
x | HealthwatchHalt | Healthwatch Halton | Listening to Halton residents about health and social care.
x | CandMICB | NHS Cheshire and Merseyside | The integrated care board for Cheshire and Merseyside.
x | WarringtonBC | Warrington Borough Council | Official account. Report issues via our website.
x | HaltonBC | Halton Borough Council | Runcorn and Widnes. Council news and services.
facebook | WarringtonHospitalRadio | Warrington Hospital Radio | Volunteer broadcasting to patients at Warrington and Halton hospitals since 1972. Requests taken on the wards.
x | WHH_Maternity | WHH Maternity | Maternity services at Warrington Hospital. Not monitored 24/7 - contact triage if you have concerns.
x | WHH_Pharmacy | WHH Pharmacy Team | Pharmacists and technicians at Warrington and Halton Teaching Hospitals. Not for patient enquiries.
x | NurseCaz_Warr | Caz | Ward sister, acute medicine, Warrington. Mum of two. Tweets my own.
instagram | halton.hospital.gardeners | Halton Hospital Garden Volunteers | We look after the courtyard gardens at Halton Hospital. Spare seedlings always welcome!
x | StRocchos | St Rocco's Hospice | Warrington's hospice. Caring for local people with life-limiting illness. Registered charity.
x | CheshirePolice | Cheshire Police | Official account. Report crime online or on 101. Emergencies 999.
x | DrOmarOrtho | Dr Omar Siddiqui | Orthopaedic surgeon, North West. Knees mostly. Views my own.
tiktok | warrington.nurse.diaries | Abbie RN | newly qualified nurse in the north west 💕 day in my life, no patients, opinions mine
x | WarrWolves | Warrington Wolves | Official account of Warrington Wolves rugby league club.
x | EdgeHillHealth | Edge Hill Health | Faculty of Health, Social Care and Medicine, Edge Hill University.
x | UniChesterNurse | Chester Nursing | Nursing and midwifery at the University of Chester, Warrington campus.
facebook | WidnesCarersCentre | Halton Carers Centre | Supporting unpaid carers in Widnes and Runcorn. Drop in for a chat.
x | RCN_NorthWest | RCN North West | Royal College of Nursing, North West region.
linkedin | cheshire-merseyside-cancer-alliance | Cheshire & Merseyside Cancer Alliance | Partnership improving cancer outcomes across Cheshire and Merseyside.
x | MacmillanNW | Macmillan North West | Macmillan Cancer Support in the North West. Support line open 8am-8pm.
x | WHH_EDConsult | Dr Lina Parry | Emergency medicine consultant. Warrington. Views are personal.
instagram | runcorn.physio.sam | Sam | MSK physio in Runcorn 🦵 exercises, not advice - see your own clinician
x | WHHFreedomToSpeak | WHH Speak Up | Freedom to Speak Up guardians at Warrington & Halton Teaching Hospitals. Confidential support for staff.
youtube | StRoccosHospiceTV | St Rocco's Hospice | Films about care and fundraising at St Rocco's.
x | NWAS_Greater | NWAS Cheshire | North West Ambulance Service updates for Cheshire & Merseyside. Emergencies: 999.
bluesky | halton-health-news.bsky.social | Halton Health News | Community newsletter about local health services in Runcorn and Widnes. Independent, volunteer-run.
x | WarrFoodbank | Warrington Foodbank | Part of the Trussell network. Vouchers through local agencies.
x | AlderHey | Alder Hey | Alder Hey Children's NHS Foundation Trust, Liverpool.
"""

UHL = """
x | LeicHospCharity | Leicester Hospitals Charity | The official charity of University Hospitals of Leicester. Supporting patients and staff at the Royal, the General and Glenfield.
x | HealthwatchLeic | Healthwatch Leicester | Your voice on health and care in Leicester and Leicestershire.
x | LLR_ICB | NHS LLR | NHS Leicester, Leicestershire and Rutland integrated care board.
x | LeicesterMercury | Leicester Mercury | News from Leicester and Leicestershire.
x | Leic_CityCouncil | Leicester City Council | Official account of Leicester City Council.
x | HeartLinkGlenfield | Heart Link | Registered charity supporting children with heart conditions and their families at Glenfield Hospital since 1985.
x | UoLMedSchool | Leicester Medical School | University of Leicester Medical School.
x | DMU_Nursing | DMU Nursing & Midwifery | Nursing and midwifery at De Montfort University, Leicester.
x | LeicsPolice | Leicestershire Police | Official force account. Report non-emergencies online or on 101.
x | LOROS | LOROS Hospice | Caring for people with terminal illness across Leicester, Leicestershire and Rutland.
facebook | RadioFoxLeicester | Radio Fox | Hospital radio for the Royal Infirmary, the General and Glenfield. Volunteer-run since 1976.
x | UHL_ED | LRI Emergency Department | Emergency department team at Leicester Royal Infirmary, part of UHL. Not monitored 24/7 and not for medical advice.
x | UHL_Research | Leicester Hospitals Research | NIHR-supported research at University Hospitals of Leicester. Take part.
x | LeicBRC | NIHR Leicester BRC | NIHR Leicester Biomedical Research Centre - cardiovascular, respiratory, lifestyle and more.
x | DrRaviCardiac | Dr Ravi Mistry | Interventional cardiologist at Glenfield. Views own.
instagram | nurse.meena.leicester | Meena | Children's nurse in Leicester 🧸 sharing study tips and chai recipes. No patient info ever.
x | RCNEastMids | RCN East Midlands | Royal College of Nursing East Midlands. Here for members.
tiktok | leicester.hca.life | HCA Dan | healthcare assistant at a leicester hospital, night shifts & gym 🌙 views mine, not employer's
x | UnisonLeicHealth | UNISON Leicester Health | UNISON branch for health workers in Leicester. Join today.
facebook | GlenfieldHeartParents | Glenfield Heart Parents Support | Peer support for parents of children treated at the East Midlands Congenital Heart Centre. Parent-run, not affiliated with the Trust.
x | LeicsFireRescue | Leicestershire Fire | Leicestershire Fire and Rescue Service.
bluesky | leicester-health-reporter.bsky.social | Anil Chauhan | Health reporter in the East Midlands. Story tips welcome. Not medical advice.
x | UHL_Library | UHL Libraries | Library and information services for staff at University Hospitals of Leicester.
linkedin | east-midlands-congenital-heart-centre | East Midlands Congenital Heart Centre | Paediatric and adult congenital heart service based at Glenfield Hospital, Leicester.
x | RainbowsHospice | Rainbows Hospice | Hospice for children and young people in the East Midlands. Registered charity.
youtube | LeicesterHospitalsCharity | Leicester Hospitals Charity | Films from Leicester Hospitals Charity.
x | PorterGaryLRI | Gary | Porter at the Royal for 18 years. Foxes fan. Knows every corridor.
x | LPTnhs | Leicestershire Partnership | Leicestershire Partnership NHS Trust - mental health, learning disability and community services.
instagram | leicester_blood_bikes | Blood Bikes Leicester | Volunteer motorcyclists delivering urgent samples for Leicester's hospitals overnight. Funded by donations.
x | EMASLeicester | EMAS Leicestershire | East Midlands Ambulance Service in Leicestershire & Rutland. Always call 999 in an emergency.
mastodon | gpleicester@med-mastodon.com | Dr Claire Webb | GP in Leicester. Posts on primary care, data and the odd allotment update.
"""

NNUH = """
x | NNUHCharity | NNUH Charity | The official charity of the Norfolk and Norwich University Hospital. Thank you for supporting our patients and staff.
x | FriendsNNUH | Friends of NNUH | Volunteer-run charity supporting the Norfolk and Norwich University Hospital since 1948. Shops, trolleys and grants.
x | EDP24 | Eastern Daily Press | Norfolk's daily newspaper. News, sport, what's on.
x | NorwichEvePost | Norwich Evening News | News from the fine city.
x | HealthwatchNorf | Healthwatch Norfolk | The independent voice for patients and service users in Norfolk.
x | NorfolkWaveneyICB | NHS Norfolk & Waveney | Integrated care board for Norfolk and Waveney.
x | NorfolkCC | Norfolk County Council | Official account. Monitored Mon-Fri office hours.
x | EAAACharity | East Anglian Air Ambulance | Flying doctors and critical care paramedics across Norfolk, Suffolk, Cambridgeshire and Bedfordshire. Charity funded.
x | UEAHealth | UEA Health Sciences | Faculty of Medicine and Health Sciences, University of East Anglia.
x | UEAMedSchool | Norwich Medical School | Norwich Medical School at UEA.
x | QuadramInst | Quadram Institute | Food, microbiome and health research on the Norwich Research Park, next to the hospital.
x | NorfolkPolice | Norfolk Police | Official Norfolk Constabulary account. Emergencies 999, non-emergencies 101.
facebook | HospitalRadioNorwich | Hospital Radio Norwich | Music, chat and your requests for patients at the Norfolk and Norwich. Run entirely by volunteers since 1967.
x | NNUH_Maternity | NNUH Maternity | Maternity services at the Norfolk and Norwich University Hospital. If you're worried, call triage - this account isn't monitored 24/7.
x | NNUH_Research | NNUH Research | Research and development at Norfolk and Norwich University Hospitals NHS FT.
instagram | nnuh_volunteers | NNUH Volunteers | Volunteering at the Norfolk & Norwich and Cromer. Applications through the hospital volunteering office.
x | BigCDaisy | Big C | Norfolk and Waveney's cancer charity. Support centres including one at the N&N.
x | PriscillaBacon | Priscilla Bacon Lodge | Specialist palliative care unit in Norwich. Run by the local NHS community trust with charity support.
x | DrAlexNorwichGP | Dr Alex Townsend | GP in Norwich. Primary care, rural health and running. Views my own.
tiktok | norwichmidwifemel | Mel the midwife | midwife in norfolk 👶 pregnancy myths busted, no patient content, always ask your own team
x | RCNEast | RCN Eastern | Royal College of Nursing, Eastern region.
x | UnisonNorfolkHealth | UNISON Norfolk Health | UNISON health branch for Norfolk. Join us.
x | CromerLifeboat | Cromer RNLI | Cromer lifeboat station. Volunteers saving lives at sea.
bluesky | norfolkhealthnotes.bsky.social | Norfolk Health Notes | Weekly newsletter on health services in Norfolk, written by a retired hospital manager. Independent.
x | NorwichCityFC | Norwich City FC | Official account of Norwich City Football Club.
youtube | EastAnglianAirAmbulance | East Anglian Air Ambulance | Mission films, patient reunions and fundraising.
x | ChefRoyNNUH | Roy, Catering | Head chef in the hospital kitchens at the N&N. Proud of our patient menus. Personal account.
linkedin | norwich-research-park | Norwich Research Park | Home to the N&N, UEA, the Quadram Institute and world-leading science.
instagram | cromer.hospital.friends | Friends of Cromer Hospital | Supporting Cromer and District Hospital with equipment and comforts for patients since 1950s. Registered charity.
x | EastAmbulance | East of England Ambulance | East of England Ambulance Service NHS Trust. Not monitored 24/7, dial 999 in an emergency.
x | JPUHnhs | James Paget Hospital | James Paget University Hospitals NHS Foundation Trust, Gorleston.
"""

WSFT = """
x | MyWiSHCharity | My WiSH Charity | The official charity of West Suffolk Hospital and community services. Making a difference to patients and staff.
x | FriendsWSH | Friends of West Suffolk Hospital | Volunteer-led charity running the hospital shop and buying comforts for patients.
x | BuryFreePress | Bury Free Press | News for Bury St Edmunds and west Suffolk.
x | HealthwatchSuff | Healthwatch Suffolk | The independent champion for people using health and care services in Suffolk.
x | SNEE_ICB | NHS Suffolk & NE Essex | Integrated care board for Suffolk and North East Essex.
x | SuffolkCC | Suffolk County Council | News and service updates from Suffolk County Council. Report problems through our website.
x | StNicsHospice | St Nicholas Hospice Care | Hospice care for people in west Suffolk and Thetford. Registered charity.
x | SuffolkPolice | Suffolk Police | Official Suffolk Constabulary account. 999 in an emergency, 101 for everything else.
x | WSH_Maternity | West Suffolk Maternity | Maternity team at West Suffolk Hospital. Not monitored out of hours - please call the unit.
x | WSFT_Research | WSFT Research | Research and innovation at West Suffolk NHS Foundation Trust.
facebook | WestSuffolkHospitalRadio | Radio West Suffolk (hospital radio) | Volunteer hospital radio for patients at West Suffolk Hospital. Tune in on the bedside system.
x | UniSuffolkHealth | University of Suffolk Health | Nursing, midwifery and allied health courses at the University of Suffolk.
instagram | wsh.volunteers | WSH Volunteers | Volunteer team at West Suffolk Hospital. Get in touch through the hospital's volunteering office.
x | NurseBeckyBury | Becky | Community nurse in west Suffolk. Lanes, gates and too many cows. Views mine.
x | DrPaulSurgWSH | Paul Armitage | General surgeon in Suffolk. Hernias, hikes and Ipswich Town. Views my own.
tiktok | suffolk.student.nurse | Lily | student nurse in suffolk 🩺 uni life, placements (no patient stuff), revision help
x | WSFT_Community | West Suffolk Community Health | Community health teams in west Suffolk, part of WSFT. Not for urgent referrals.
x | UnisonWSH | UNISON West Suffolk Health | UNISON branch for staff in west Suffolk health services.
x | EastAngliaBloodBikes | SERV Suffolk & Cambridgeshire | Volunteer blood bikes serving hospitals across Suffolk and Cambridgeshire.
facebook | HaverhillCarers | Haverhill Carers Group | Peer support for unpaid carers in Haverhill. Second Tuesday of the month at the community centre.
x | NewmarketHospFriends | Newmarket Hospital Friends | League of Friends supporting Newmarket Community Hospital.
bluesky | suffolk-health-watcher.bsky.social | Graham P | Retired GP in Suffolk. Commentary on local NHS services. Personal views only.
x | WestSuffolkCouncil | West Suffolk Council | Official account of West Suffolk Council.
x | AddenbrookesCUH | Cambridge University Hospitals | Addenbrooke's and the Rosie hospitals, Cambridge.
linkedin | west-suffolk-alliance | West Suffolk Alliance | Health, care and voluntary organisations working together in west Suffolk.
x | IpswichStar | Ipswich Star | News for Ipswich and Suffolk.
instagram | bury.parkrun | Bury St Edmunds parkrun | Free, weekly, timed 5k in Nowton Park. Saturday 9am. Volunteers always welcome.
youtube | StNicholasHospiceCare | St Nicholas Hospice Care | Films from St Nicholas Hospice Care.
x | WSHChaplaincy | WSH Chaplaincy | Spiritual care team at West Suffolk Hospital - for people of all faiths and none.
x | MacmillanWSH | Macmillan at WSH | Macmillan Information and Support Centre at West Suffolk Hospital. Pop in, no appointment needed.
mastodon | physioannie@mstdn.social | Annie | Physio in Suffolk. Stroke rehab, knitting, and the occasional rant about potholes.
"""

LAS = """
x | LondonsAirAmb | London's Air Ambulance | Charity delivering an advanced trauma team to critically injured people in London. Funded by donations.
x | LAS_HART | LAS HART | Hazardous Area Response Team, London Ambulance Service. Training and deployments. Not for emergencies.
x | LAS_Cycle | LAS Cycle Response Unit | Paramedics on bikes in central London, part of London Ambulance Service. Never report emergencies here - 999.
x | LAS_Charity | London Ambulance Charity | Charity supporting London Ambulance Service staff, volunteers and patients. Registered charity.
x | metpoliceuk | Metropolitan Police | Official account of the Met. Emergencies 999, non-emergencies 101.
x | LondonFire | London Fire Brigade | Official London Fire Brigade account. Emergencies: dial 999.
x | NHSEngland | NHS England | Official account of NHS England. We can't respond to individual health questions.
x | HealthwatchLdn | Healthwatch London | Helping Londoners have their say on health and care.
x | LondonICS | London Health Partnerships | Partnership of London's five integrated care systems.
x | GMBLondon | GMB London Region | GMB union in London, including ambulance branches.
x | UnisonLAS | UNISON London Ambulance | UNISON branch for London Ambulance Service staff.
x | ParamedicPriyaLDN | Priya | Paramedic in south London. Running, reggae and resus. Views my own.
instagram | emt.ollie.ldn | Ollie | Emergency medical technician in east London 🚑 gym and coffee, no patients ever
x | EOC_Ade | Ade | Emergency operations centre dispatcher. London. I like trains, buses and getting crews to you fast.
tiktok | ldn.paramedic.jade | Jade | london paramedic 🚑 myth-busting and off-duty chats. views mine, not employer's
x | StGeorgesUni | St George's University | St George's, University of London - healthcare education including paramedic science.
x | SJALondon | St John Ambulance London | First aid training and event cover across London. Volunteer with us.
x | RedCrossLondon | British Red Cross London | Supporting people in crisis across London.
x | StandardNews | Evening Standard | London news.
bluesky | healthreporterldn.bsky.social | Marcus Owusu | Health correspondent in London. Ambulances, A&E and the NHS. DMs open for tips.
x | LAS_Volunteers | LAS Emergency Responders | Volunteer emergency responders with London Ambulance Service. Recruitment only via LAS website.
x | LASFirstResponder | Helen, first responder | Volunteer first responder in north London. Day job in accounts. Defib evangelist.
facebook | LondonDefibNetwork | London Defib Network | Mapping and maintaining community defibrillators across London's boroughs. Volunteer-run charity.
x | BartsHealth | Barts Health NHS Trust | Royal London, St Bartholomew's, Whipps Cross and Newham hospitals.
x | GuysStThomas | Guy's and St Thomas' | Guy's and St Thomas' NHS Foundation Trust.
youtube | LondonsAirAmbulance | London's Air Ambulance | Films from London's Air Ambulance Charity.
linkedin | london-ambulance-alumni-network | London Ambulance Alumni | Informal network of former LAS colleagues. Not affiliated with the Trust.
x | Retired_Ldn_Para | Keith Morrow | Retired London paramedic. 35 years, mostly nights. Now volunteering with a hospice.
instagram | ambulance.spouses.ldn | Ambulance Families London | Support group for partners and families of London ambulance staff. Run by families, not the Trust.
x | TfL | Transport for London | Official TfL account. Travel updates and service news.
mastodon | emdoc@mastodon.london | Dr Ruth Akers | Emergency physician in London. Pre-hospital care, cycling, occasional sourdough.
x | KingsCollegeNHS | King's College Hospital | King's College Hospital NHS Foundation Trust.
"""

CLCH = """
x | HealthwatchBarnet | Healthwatch Barnet | Independent champion for health and social care users in Barnet.
x | HealthwatchWestminster | Healthwatch Westminster | Your voice on health and care in Westminster.
x | NWLondonICB | NHS North West London | Integrated care board for the eight boroughs of north west London.
x | NCLondonICB | NHS North Central London | Integrated care board for Barnet, Camden, Enfield, Haringey and Islington.
x | BarnetCouncil | Barnet Council | Official Barnet Council account. Monitored Mon-Fri.
x | HertsCC | Hertfordshire County Council | Official account of Hertfordshire County Council.
x | CLCH_HV | CLCH Health Visiting | Health visiting teams at Central London Community Healthcare. Not monitored for urgent enquiries - contact your local team.
x | CLCH_Research | CLCH Research | Research in community care at Central London Community Healthcare NHS Trust.
x | DistrictNurseKate | Kate Ellison | District nurse, north-west London. Leg ulcers, long drives and lovely patients. Views my own.
instagram | hv.hannah.london | Hannah | Health visitor in London 👶 feeding myths and toddler sleep tips, general info only
x | QNIcommunity | Queen's Nursing Institute | The charity for community nursing. Home of the Queen's Nurse title.
x | FinchleyMemFriends | Finchley Memorial League of Friends | Volunteers raising funds for patients at Finchley Memorial Hospital since the 1920s. Registered charity.
facebook | EdgwareHospitalHeritage | Edgware Hospital Memories | Share your memories and photos of Edgware General and the community hospital. A history group, not run by the NHS.
x | PembridgeHospice | Pembridge Friends | Friends supporting the Pembridge palliative care service in west London.
x | MiddlesexUniNursing | Middlesex Nursing | Nursing and midwifery at Middlesex University, Hendon.
x | RFLNHS | Royal Free London | Royal Free London NHS Foundation Trust.
x | ImperialNHS | Imperial College Healthcare | Imperial College Healthcare NHS Trust - Charing Cross, Hammersmith, St Mary's and more.
x | UNISON_CLCH | UNISON CLCH branch | Representing UNISON members at Central London Community Healthcare.
x | PodiatristRaj | Raj | Community podiatrist in west London. Feet are fascinating, honestly.
tiktok | london.district.nurse | DN Bella | district nurse in london 🚗 car boot full of dressings. no patients on here, ever
x | MarieCurieUK | Marie Curie | Care and support through terminal illness. Registered charity.
x | AgeUKBarnet | Age UK Barnet | Supporting older people in Barnet with advice, day centres and befriending.
bluesky | community-nursing-matters.bsky.social | Dr Lin Osei | Community nursing academic, London. Workforce, homes and evidence. Views my own.
x | BrentCouncil | Brent Council | Official Brent Council account.
instagram | kensington.carers | Carers Network Kensington | Support and breaks for unpaid carers in Kensington & Chelsea and Westminster.
linkedin | london-community-health-network | London Community Health Network | Community health professionals across London sharing practice. Independent group.
x | CLCHPhysio | Physio at CLCH | Community therapy teams, Central London Community Healthcare. Not for clinical advice.
x | HarrowTimes | Harrow Times | News for Harrow and Wealdstone.
mastodon | ot_wendy@mastodon.social | Wendy | Community OT in north London. Grab rails, stair lifts and getting people home.
x | SpeechTherapyTom | Tom Lacey SLT | Speech and language therapist in community dysphagia. London. Own views.
youtube | QueensNursingInstitute | Queen's Nursing Institute | Films about community nursing.
x | NHSJobs | NHS Jobs | The official NHS recruitment service in England and Wales. We never ask candidates for payment.
"""

GOSH = """
x | GOSHCharity | GOSH Charity | Great Ormond Street Hospital Children's Charity. Together we can help seriously ill children get the treatment they need.
facebook | GOSHCharity | GOSH Charity | The official page of Great Ormond Street Hospital Children's Charity. Registered charity.
instagram | goshcharity | GOSH Charity | Great Ormond Street Hospital Children's Charity 💛 every gift helps children at GOSH.
x | GOSH_Research | GOSH BRC | NIHR GOSH Biomedical Research Centre, with UCL Great Ormond Street Institute of Child Health.
x | UCL_ICH | UCL GOS ICH | UCL Great Ormond Street Institute of Child Health.
x | ZayedCentre | Zayed Centre for Research | Rare disease research centre for children, a partnership of GOSH, UCL and GOSH Charity.
x | GOSH_Nursing | GOSH Nursing | Nursing at Great Ormond Street Hospital. Views shared here are professional, not clinical advice.
x | GOSHPlay | GOSH Play Team | Play specialists at Great Ormond Street Hospital bringing fun to the wards.
x | RonaldMcDHouseLdn | Ronald McDonald House Great Ormond St | Free accommodation for families with children in hospital in London. Registered charity.
x | SparksCharity | Sparks | Funding children's medical research. Registered charity.
x | RCPCHtweets | RCPCH | Royal College of Paediatrics and Child Health.
x | WellChild | WellChild | National charity for seriously ill children and young people.
x | DrTomPaeds | Dr Tom Fairley | Paediatric intensivist, London. Views mine. Kids are amazing.
instagram | gosh.nurse.niamh | Niamh | Children's nurse in London 💛 study tips and running. no patients, no hospital photos
tiktok | paedsnurse.emma | Emma | paediatric nurse 🧸 explaining hospital stuff for kids & parents. general info only
x | Camden_Council | Camden Council | Official account of Camden Council.
x | HealthwatchCamden | Healthwatch Camden | Helping Camden residents shape health and care.
x | RCNLondon | RCN London | Royal College of Nursing in London.
x | UCLH | UCLH | University College London Hospitals NHS Foundation Trust.
x | Evelina_London | Evelina London | Evelina London Children's Hospital, part of Guy's and St Thomas'.
x | ChildrensTrust | The Children's Trust | National charity for children with brain injury.
bluesky | raredisease-mum.bsky.social | Laura K | Mum to a rare disease warrior. Our family spends a lot of time at GOSH. Sharing our story, not asking for money.
x | BBCLondonNews | BBC London | News for London.
facebook | GOSHParentsForum | GOSH Parents' Forum | Peer support group for parents whose children are treated at Great Ormond Street. Parent-run; not the hospital's page.
x | ChildHospInt | Children's Hospitals International | Network of children's hospitals sharing practice.
x | DrAishaNeph | Dr Aisha Rahman | Paediatric nephrologist. Kidneys, kids, and cake. Personal views.
youtube | GOSHCharityTV | GOSH Charity | Stories from GOSH Charity supporters and families.
x | GOSH_Chaplaincy | GOSH Chaplaincy | Spiritual care for children, families and staff of all faiths and none at Great Ormond Street.
linkedin | gosh-charity | Great Ormond Street Hospital Children's Charity | Charity funding research, equipment and support at GOSH. Careers at the charity listed here.
x | LondonMarathon | TCS London Marathon | The official account of the London Marathon.
instagram | gosh.radio.lollipop | Radio Lollipop GOSH | Volunteers bringing play and radio to children at Great Ormond Street. Registered charity.
"""

UHS = """
x | SotonHospCharity | Southampton Hospital Charity | The official charity of University Hospital Southampton. Making a difference to patients beyond what the NHS can fund.
x | SotonEcho | Daily Echo | News for Southampton and Hampshire.
x | HealthwatchSoton | Healthwatch Southampton | Your voice on health and care in Southampton.
x | HIOW_ICB | NHS Hampshire and Isle of Wight | Integrated care board for Hampshire and the Isle of Wight.
x | SouthamptonCC | Southampton City Council | Official account of Southampton City Council.
x | UoSMedicine | Southampton Medicine | Faculty of Medicine, University of Southampton.
x | UoS_HealthSci | Southampton Health Sciences | School of Health Sciences, University of Southampton - nursing, midwifery and AHPs.
x | NIHRSotonBRC | NIHR Southampton BRC | NIHR Southampton Biomedical Research Centre.
x | HantsIOWAirAmb | Hampshire & IOW Air Ambulance | Critical care air ambulance charity for Hampshire and the Isle of Wight.
x | SCAS999 | South Central Ambulance | South Central Ambulance Service NHS FT. In an emergency always call 999.
x | HantsPolice | Hampshire Police | Official Hampshire & Isle of Wight Constabulary account.
x | CountessMountbattenHospice | Countess Mountbatten Hospice | Specialist palliative care in Southampton and beyond. (Supported by Southampton Hospital Charity.)
x | UHS_Maternity | Princess Anne Maternity | Maternity services at the Princess Anne Hospital. Not monitored 24/7.
x | UHS_Cardiac | Wessex Cardiothoracic Centre | Cardiac and thoracic surgery at Southampton General. Not for clinical enquiries.
x | UHS_Physio | UHS Therapies | Physiotherapy and occupational therapy at University Hospital Southampton.
instagram | nurse.jordan.soton | Jordan | ICU nurse in Southampton 🌊 paddleboarding and night shift snacks. no patient content
x | DrLizNeuro | Dr Liz Barraclough | Neurologist in Wessex. Migraine, epilepsy and long walks. Views mine.
tiktok | sotonstudentmidwife | Priya SM | student midwife in southampton 👶 uni, placements (no patients), study tips
x | UnisonSoton | UNISON Southampton Health | UNISON branch for health staff in Southampton.
facebook | HospitalRadioSouthampton | Hospital Radio Southampton | Broadcasting to patients at Southampton General and Princess Anne since 1969. Volunteers always wanted - come and present a show!
x | WessexCancerTrust | Wessex Cancer Trust | Cancer support charity for Hampshire, Dorset and the Isle of Wight.
x | SaintsFC | Southampton FC | Official account of Southampton Football Club.
bluesky | soton-health-desk.bsky.social | Jess Warrender | Health and science reporter on the south coast. Tips welcome. Not medical advice.
x | WessexAHSN | Health Innovation Wessex | Spreading innovation across health and care in Wessex.
linkedin | wessex-trauma-network | Wessex Trauma Network | Major trauma network centred on Southampton General Hospital.
youtube | SouthamptonHospitalCharity | Southampton Hospital Charity | Films about patients, staff and fundraisers.
x | PorterMickSGH | Mick | Porter at SGH. Saints season ticket. Don't talk to me after a loss.
instagram | soton.blood.bikes | Hampshire Blood Bikes | Volunteer riders carrying urgent samples for Southampton's hospitals. Charity.
x | RedCrossSouthEast | British Red Cross South East | Helping people in crisis across the South East.
x | PortsmouthHosp | Portsmouth Hospitals | Portsmouth Hospitals University NHS Trust - Queen Alexandra Hospital.
mastodon | wessex_gp@med-mastodon.com | Dr Owen Hale | GP in Hampshire. Posts about primary care, sailing and evidence.
"""

RDUH = """
x | RoyalDevonCharity | Royal Devon Charity | Charity for Royal Devon University Healthcare - supporting patients and staff from Exeter to Barnstaple. Every gift goes further.
x | ForceCancerCharity | FORCE Cancer Charity | Cancer support and research charity based beside the Royal Devon and Exeter Hospital.
x | HospiscareExeter | Hospiscare | Hospice care for Exeter, Mid and East Devon. Registered charity.
x | NorthDevonHospice | North Devon Hospice | Caring for people across northern Devon living with life-limiting illness.
x | DevonAirAmbulance | Devon Air Ambulance | Devon's air ambulance charity. Two helicopters, day and night.
x | HealthwatchDevon | Healthwatch Devon | Listening to people in Devon about health and care services.
x | NHSDevon | NHS Devon | The integrated care board for Devon.
x | DevonCC | Devon County Council | Official account of Devon County Council.
x | ExeterMedSchool | University of Exeter Medical School | Medical and health education and research in Exeter.
x | SWAmbulance | South Western Ambulance | South Western Ambulance Service NHS FT. In an emergency dial 999.
x | DC_Police | Devon & Cornwall Police | Official account. 999 in an emergency, 101 otherwise.
x | ExpressandEcho | Exeter Express & Echo | News from Exeter and Devon.
x | NorthDevonGazette | North Devon Gazette | News for Barnstaple, Bideford and North Devon.
x | RDUH_Research | Royal Devon Research | NIHR research at Royal Devon University Healthcare NHS FT. Take part in our studies.
x | RoyalDevon_ED | Wonford ED | Emergency department team at the Royal Devon and Exeter Hospital. Not monitored, not for clinical advice.
instagram | nddh.league.of.friends | NDDH League of Friends | Volunteers running the café and shop at North Devon District Hospital; every penny goes to patients.
x | DrHelenRheum | Dr Helen Copp | Rheumatologist in Exeter. Joints and sea swims. Personal account.
tiktok | devon.nurse.kate | Kate | community nurse in rural devon 🚜 lanes, sheep, no patient content. my own views
x | UnisonDevonHealth | UNISON Devon Health | UNISON health branch for Devon.
facebook | HospitalRadioExeter | Hospital Radio Exeter | Volunteer radio for patients at Wonford and community hospitals. Requests by the bedside!
x | ExeterChiefs | Exeter Chiefs | Official account of Exeter Chiefs rugby club.
bluesky | devon-health-news.bsky.social | Devon Health Watch (blog) | Independent blog tracking NHS services in Devon. Not affiliated with any NHS body.
instagram | barnstaple.parkrun | Barnstaple parkrun | Free 5k every Saturday on the Tarka Trail. Scan your barcode!
linkedin | peninsula-cancer-alliance | Peninsula Cancer Alliance | Improving cancer outcomes across Devon and Cornwall.
x | DrSimonGastro | Simon Lake | Gastroenterologist, North Devon. Endoscopy, cycling, coastal path. Tweets mine.
youtube | DevonAirAmbulanceTrust | Devon Air Ambulance | Films from Devon Air Ambulance Trust.
x | ExeterCityCouncil | Exeter City Council | Official account of Exeter City Council.
x | RDUHChaplains | Royal Devon Chaplaincy | Chaplaincy and spiritual care at Royal Devon hospitals.
mastodon | surgeonsue@mastodon.social | Sue | Retired surgeon in East Devon. Gardening, birding, NHS history.
x | PorterJayExeter | Jay | Porter at the RD&E. Exeter City till I die.
x | MacmillanSW | Macmillan South West | Macmillan Cancer Support in the South West.
"""

UHP = """
x | UHPlymouthCharity | Plymouth Hospitals Charity | Charity supporting University Hospitals Plymouth. Donations fund extras for patients at Derriford. Registered charity.
x | StLukesPlymouth | St Luke's Hospice Plymouth | Hospice care across Plymouth, South Hams and West Devon. Registered charity.
x | PlymouthLive | Plymouth Live | News from Plymouth and the South West.
x | PlymouthCC | Plymouth City Council | Official account of Plymouth City Council.
x | HealthwatchPlym | Healthwatch Plymouth | Independent champion for people using health and care in Plymouth.
x | PlymUniHealth | Plymouth Health | Faculty of Health, University of Plymouth - medicine, nursing, dentistry.
x | PeninsulaDental | Peninsula Dental | Peninsula Dental Social Enterprise, Plymouth.
x | LiveWellSW | Livewell Southwest | Community health and social care in Plymouth and surrounding areas.
x | DrJamesTrauma | Dr James Penrose | Major trauma consultant, Derriford. Views are mine.
instagram | derriford.nurse.ellie | Ellie | Theatre nurse in Plymouth ⚓ gym & sea swims. no patient photos
tiktok | plymouthparamedicstudent | Josh | student paramedic in plymouth 🚑 uni life + placements (no patients)
x | UHP_Research | UHP Research | Research at University Hospitals Plymouth NHS Trust.
x | UHP_Maternity | Derriford Maternity | Maternity services at University Hospitals Plymouth. Not monitored 24/7.
x | UHP_Radiology | Derriford Imaging | Radiology and imaging teams at Derriford. Not for results enquiries.
facebook | PlymouthHospitalRadio | Plymouth Hospital Radio | Entertaining patients at Derriford for over 50 years. Volunteer-run. Get in touch to join!
x | RoyalNavy | Royal Navy | Official account of the Royal Navy.
x | PlymouthArgyle | Plymouth Argyle | Official account of Plymouth Argyle Football Club.
x | UnisonPlymHealth | UNISON Plymouth Health | UNISON branch for health workers in Plymouth.
bluesky | plymouth-gp-voice.bsky.social | Dr Rosa Kent | GP in Plymouth. Health inequalities, coastal communities, cats.
x | CornwallAirAmb | Cornwall Air Ambulance | Cornwall's air ambulance charity.
instagram | derriford.volunteers | Derriford Volunteers | Meet our volunteer guides and ward helpers. Join via the hospital volunteering service.
x | MaggiesPlymouth | Maggie's Plymouth | Free cancer support in the grounds of Derriford Hospital.
linkedin | south-west-peninsula-trauma-network | Peninsula Trauma Network | Major trauma network for Devon and Cornwall, with Derriford as the major trauma centre.
x | SWAST_Plymouth | SWASFT Devon | South Western Ambulance Service updates for Devon. Emergencies: 999.
x | PlymouthBloodBikes | Freewheelers EVS | Volunteer emergency blood bikes across the South West.
youtube | StLukesHospicePlymouth | St Luke's Hospice Plymouth | Films from St Luke's.
x | RetiredSisterPat | Pat Trelawny | Retired ward sister. 40 years at Freedom Fields then Derriford. Grandma, knitter.
mastodon | drjon@med-mastodon.com | Dr Jon Aldred | Anaesthetist in the South West. Posts about sleep, sailing and safety.
x | PlymouthMarjons | Marjon University | Plymouth Marjon University - sport, health and wellbeing courses.
facebook | PlymouthCarersHub | Plymouth Carers Hub | Supporting unpaid carers across Plymouth with advice and breaks.
"""

DCHS = """
x | HealthwatchDerbys | Healthwatch Derbyshire | The independent voice of people using health and care in Derbyshire.
x | JUCD_NHS | Joined Up Care Derbyshire | Derby and Derbyshire's integrated care system.
x | DerbysCC | Derbyshire County Council | Official account. Monitored weekdays.
x | ChesterfieldBC | Chesterfield Borough Council | News from Chesterfield Borough Council.
x | DerbysPolice | Derbyshire Constabulary | Official account. 999 in emergencies, 101 otherwise.
x | DerbyTelegraph | Derby Telegraph | News for Derby and Derbyshire.
x | DerbyshireTimes | Derbyshire Times | Chesterfield and North Derbyshire news.
x | UHDBTrust | University Hospitals of Derby and Burton | Royal Derby, Queen's Burton and community hospitals.
x | CRHFT_NHS | Chesterfield Royal | Chesterfield Royal Hospital NHS Foundation Trust.
x | DHCFT | Derbyshire Healthcare | Derbyshire Healthcare NHS FT - mental health and learning disability services.
x | AshgateHospice | Ashgate Hospice | Hospice care for North Derbyshire. Registered charity.
x | BluebellWoodHospice | Bluebell Wood | Children's hospice for South Yorkshire and North Derbyshire.
x | DerbyUniHealth | University of Derby Health | Nursing, midwifery and allied health at the University of Derby.
x | DCHS_Research | DCHS Research | Community research at Derbyshire Community Health Services NHS FT.
x | DCHS_Podiatry | DCHS Podiatry | Podiatry teams across Derbyshire, part of DCHS. Appointment queries via your local clinic, not here.
x | DistrictNurseDerbys | Jo, District Nurse | District nurse in the Peak. Hills, heaters and home visits. Views my own.
instagram | ilkeston.hospital.friends | Friends of Ilkeston Hospital | Volunteers raising money for patient comforts at Ilkeston Community Hospital.
facebook | WhitworthHospitalFriends | Friends of Whitworth Hospital | League of Friends of Whitworth Hospital, Darley Dale. Coffee mornings and raffles for patient equipment.
facebook | CavendishLeagueOfFriends | Cavendish Hospital League of Friends | Supporting Cavendish Hospital, Buxton since 1950. Registered charity.
tiktok | peaks.physio.jess | Jess | community physio in derbyshire 🥾 mobility tips, general info only, see your own clinician
x | UnisonDerbyshireHealth | UNISON Derbyshire Health | UNISON branch for Derbyshire community health staff.
x | EMAS_Derbys | EMAS Derbyshire | East Midlands Ambulance Service in Derbyshire. Always 999 in an emergency.
bluesky | peakdistrict-carer.bsky.social | Ruth H | Carer for my mum, Derbyshire Dales. Posting about care at home and the people who make it work.
x | DerbysCarers | Derbyshire Carers Association | Support for unpaid carers across Derbyshire.
instagram | ripley.hospital.gardens | Ripley Hospital Garden Club | Staff and volunteers keeping the gardens beautiful at Ripley Hospital.
linkedin | derbyshire-community-nursing-network | Derbyshire Community Nursing Network | Peer network for community nurses in Derbyshire. Independent.
x | HealthcareHeroSue | Sue Barlow | Retired HCA, Walton Hospital. Grandma of five. Chesterfield born and bred.
youtube | AshgateHospiceCare | Ashgate Hospice | Films from Ashgate Hospice.
x | DerbysWheelchairUsers | Derbyshire Wheelchair Users Forum | User-led group campaigning for better wheelchair services in Derbyshire. Not an NHS account.
mastodon | derbysot@mastodon.social | Kieran | Community OT in Derbyshire. Falls prevention, football and fell running.
x | Age_UK_Derby | Age UK Derby & Derbyshire | Supporting older people across Derbyshire.
"""

GMMH = """
x | Mind_Manchester | Manchester Mind | Manchester's mental health charity. Young people, adults and communities.
x | SamaritansMcr | Samaritans Manchester & Salford | Call us for free any time on 116 123.
x | GMIntegratedCare | NHS Greater Manchester | The integrated care board for Greater Manchester.
x | ManCityCouncil | Manchester City Council | Official account of Manchester City Council.
x | BuryCouncil | Bury Council | Official account. Prestwich and the rest of the borough.
x | HealthwatchMCR | Healthwatch Manchester | Your voice on health and care in Manchester.
x | MENnewsdesk | Manchester Evening News | News from Greater Manchester.
x | GMPolice | Greater Manchester Police | Official GMP account. 999 in an emergency, 101 or LiveChat otherwise.
x | UoMHealth | Manchester Health Sciences | Faculty of Biology, Medicine and Health, University of Manchester.
x | MMUNursing | Manchester Met Nursing | Nursing and midwifery at Manchester Metropolitan University.
x | GMMH_Research | GMMH Research | Research and innovation at Greater Manchester Mental Health NHS FT. Take part in mental health research.
x | GMMH_Recovery | GMMH Recovery Academy | Free recovery courses co-produced with people with lived experience. Part of GMMH NHS FT.
x | PennineCareNHS | Pennine Care | Pennine Care NHS Foundation Trust - mental health services across Greater Manchester.
x | RMN_Liam_Mcr | Liam | Mental health nurse in Manchester. Football, films, and fighting stigma. Views mine.
instagram | psychologist.amara | Dr Amara Obi | Clinical psychologist, Manchester 🧠 general wellbeing content, not therapy - speak to your GP
tiktok | mhsw.manchester | support worker sam | mental health support worker 💬 honest chats about the job, nothing about patients
x | UnisonGMMH | UNISON GMMH branch | UNISON branch for staff at Greater Manchester Mental Health.
x | RCPsychNW | RCPsych North West | Royal College of Psychiatrists, North West division.
facebook | PrestwichHeritage | Prestwich Asylum History | Local history group researching the old Prestwich Hospital and the people who lived and worked there. Not an NHS page.
x | 42ndStreet | 42nd Street | Mental health charity for young people in Greater Manchester.
x | ChangeGrowLive | Change Grow Live | Charity providing drug, alcohol and mental health services.
bluesky | mcr-mental-health-reporter.bsky.social | Hannah Feld | Mental health and social affairs journalist, Manchester. Tips by DM.
instagram | andysmansclub | ANDYSMANCLUB | Free, peer-to-peer men's support groups every Monday 7pm. #ITSOKAYTOTALK
x | DrPatelAddictions | Dr Kiran Patel | Addictions psychiatrist, North West. Tweets mine, not clinical advice.
linkedin | greater-manchester-mental-health-partnership | GM Mental Health Partnership | Voluntary and statutory partners working on mental health in Greater Manchester.
youtube | MindCharityUK | Mind | Films from Mind, the mental health charity.
x | SalfordCVS | Salford CVS | Supporting voluntary and community groups in Salford.
x | ChaplainRev_Ade | Rev Ade Ogun | Mental health chaplain in Manchester. Listening, mostly.
mastodon | mh_peer@mastodon.social | Jo | Peer worker in Greater Manchester. Lived experience, allotments and rescue greyhounds.
x | NWAS_GM | NWAS Greater Manchester | North West Ambulance Service updates for Greater Manchester. Emergencies: 999.
x | SHOUT85258 | Shout 85258 | Free, confidential 24/7 text support. Text SHOUT to 85258.
"""

BY_TRUST = [("yas", YAS), ("tewv", TEWV), ("sth", STH), ("whh", WHH), ("uhl", UHL), ("nnuh", NNUH), ("wsft", WSFT),
            ("las", LAS), ("clch", CLCH), ("gosh", GOSH), ("uhs", UHS), ("rduh", RDUH), ("uhp", UHP), ("dchs", DCHS),
            ("gmmh", GMMH)]

EXTRA = [
    ("yas", """
instagram | yorkshireairambulance | Yorkshire Air Ambulance | Saving lives across Yorkshire 🚁 charity funded. Shop, lottery and volunteering at the link.
linkedin | yorkshire-air-ambulance | Yorkshire Air Ambulance | Charity operating two helicopters for Yorkshire. Vacancies listed on our own website.
"""),
    ("tewv", """
facebook | TeesValleyMind | Tees Valley Mind | Local mental health charity. Drop-in times, groups and events posted here.
"""),
    ("sth", """
instagram | sheffieldhospitalscharity | Sheffield Hospitals Charity | Official charity for Sheffield's NHS hospitals 💙 fundraise with us!
facebook | MaggiesSheffield | Maggie's Sheffield | Free practical and emotional support for anyone affected by cancer. Drop in at the Northern General.
"""),
    ("whh", """
facebook | StRoccosHospice | St Rocco's Hospice | Warrington's hospice. Events, shops and fundraising news.
"""),
    ("uhl", """
instagram | leicesterhospitalscharity | Leicester Hospitals Charity | Supporting UHL patients and staff 💙 registered charity.
"""),
    ("nnuh", """
facebook | EastAnglianAirAmbulance | East Anglian Air Ambulance | Charity air ambulance for the East of England. Lottery, shops and events.
linkedin | nnuh-charity | NNUH Charity | The charity for the Norfolk and Norwich University Hospitals. Corporate partnerships welcome.
"""),
    ("wsft", """
instagram | mywishcharity | My WiSH Charity | West Suffolk Hospital's own charity 💙 fundraising news and events.
"""),
    ("las", """
instagram | londonsairambulance | London's Air Ambulance | Charity delivering urgent care to the critically injured across London 🚁
facebook | LondonsAirAmbulance | London's Air Ambulance Charity | Official page of London's Air Ambulance Charity.
"""),
    ("clch", """
facebook | QueensNursingInstitute | The Queen's Nursing Institute | Charity for community nurses. News, awards and Queen's Nurse applications.
"""),
    ("gosh", """
tiktok | goshcharity | GOSH Charity | Great Ormond Street Hospital Children's Charity 💛 official TikTok
"""),
    ("uhs", """
instagram | southamptonhospitalcharity | Southampton Hospital Charity | Official charity of University Hospital Southampton 🌊 events and challenges.
"""),
    ("rduh", """
facebook | HospiscareDevon | Hospiscare | Exeter, Mid and East Devon's hospice charity. Shops, events and care news.
"""),
    ("uhp", """
instagram | stlukesplymouth | St Luke's Hospice Plymouth | Hospice care in Plymouth 💜 shops, events, volunteering.
"""),
    ("dchs", """
instagram | ashgatehospice | Ashgate Hospice | North Derbyshire's hospice 💚 fundraising & events.
"""),
    ("gmmh", """
facebook | ManchesterMind | Manchester Mind | Manchester's local Mind. Services for young people, adults and communities.
linkedin | gmmh-recovery-academy | GMMH Recovery Academy | Recovery education from Greater Manchester Mental Health NHS FT. Free courses for people who use services, carers and staff.
"""),
]
BY_TRUST = BY_TRUST + EXTRA
