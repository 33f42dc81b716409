# -*- coding: utf-8 -*-
"""Hand-written genuine accounts of organisations and people around the NHS (group nhs_adjacent).

One line per account: platform|handle|display name|bio  (a leading * on the platform marks a verified account).
Handles and names are plausible inventions written for this set; people named here are invented.
Block key "*" means the account is not tied to one Trust and is assigned to one at random.
"""

BLOCKS = []

BLOCKS.append(("barnsley", """
facebook|BarnsleyHospCharity|Barnsley Hospital Charity|The official charity of Barnsley Hospital. Every penny raised goes on extras the NHS can't fund. Registered charity.
facebook|BarnsleyHospitalCharity|Barnsley Hospital Charity|Fundraising for patients and staff at Barnsley Hospital. Sponsored walks, the Christmas tree of lights and our Big Barnsley Bake Off.
instagram|barnsleyhospitalcharity|Barnsley Hospital Charity|\U0001F49B Making a difference at Barnsley Hospital. Donate via our website only - we never ask for bank transfers in DMs.
x|HWBarnsley|Healthwatch Barnsley|Your independent health and social care champion in Barnsley. Tell us about your experience of local services.
facebook|HealthwatchBarnsley|Healthwatch Barnsley|We listen to what people in Barnsley say about GPs, hospitals, dentists and care homes, and make sure decision-makers hear it.
instagram|syicb|NHS South Yorkshire ICB|The integrated care board for Barnsley, Doncaster, Rotherham and Sheffield. Planning and funding NHS services in South Yorkshire.
x|BarnsleyCouncil|Barnsley Council|Official news from Barnsley Metropolitan Borough Council. Report it, pay it, apply for it at our website.
x|BarnsleyPubHealth|Barnsley Public Health|Public health team at Barnsley Council. Stop smoking support, healthy weight and vaccination news for the borough.
linkedin|bhnftmaternity|Barnsley Maternity|Maternity and neonatal services at Barnsley Hospital. Run by our midwives. For anything urgent ring the maternity triage line on your notes.
x|BarnsleyHospED|Barnsley Hospital ED|Team account for the Emergency Department at Barnsley Hospital. Sharing teaching, wins and winter advice.
bluesky|bhnft-research.bsky.social|Barnsley Hospital Research|Research and development at Barnsley Hospital NHS FT. Join a study - ask your clinician.
instagram|bhnft_volunteers|Barnsley Hospital Volunteers|Meet our volunteers \U0001F64B Ward helpers, meet and greet, chaplaincy visitors. Interested? Apply through the hospital website.
x|BarnsleyHospRadio|Barnsley Hospital Radio|Volunteer-run radio for patients at Barnsley Hospital since 1973. Request a song from your bed!
x|FriendsBarnsleyH|Friends of Barnsley Hospital|League of Friends running the tea bar and shop by main entrance. Profits buy equipment for wards.
facebook|SJ.Marsden.RN|Sarah-Jane Marsden|Senior sister, acute medicine, Barnsley. Mum of 3. Netball on Tuesdays. Views my own, obviously.
x|DrTomWhitlam|Dr Tom Whitlam|Consultant geriatrician in South Yorkshire. Frailty, falls and fresh coffee. Opinions mine not my employer's.
instagram|porter_pete_barnsley|Pete Holroyd|Hospital porter for 22 years \U0001F3E5 Barnsley born and bred. Miles walked per shift: too many.
instagram|kayleighodp|Kayleigh Brook ODP|Operating department practitioner. Theatres, anaesthetics and far too many scrub caps.
linkedin|joanne-stringer-hr|Joanne Stringer|People Partner at an acute NHS trust in South Yorkshire. CIPD. Recruitment, retention and flexible working.
x|BarnsleyGPs|Barnsley Healthcare Federation|GP-led federation for Barnsley practices. Extended access appointments, evenings and weekends.
facebook|HoylandSurgery|Hoyland Medical Practice|Practice news for registered patients. We will never ask you for payment by text. Flu clinics now booking.
facebook|PenistoneGroupPractice|Penistone Group Practice|GP surgery serving Penistone and surrounding villages. Prescriptions via the NHS App please.
x|AuditYorksCF|Audit Yorkshire Counter Fraud|Counter fraud specialists for NHS bodies in Yorkshire. Spotted a fake NHS page or job advert? Tell us.
tiktok|barnsley_chronicle_health|Barnsley Chronicle Health|Health stories from the Chronicle newsroom. Got a story about the hospital? Get in touch.
x|EmmaLowe_Reporter|Emma Lowe|Health and social affairs reporter, South Yorkshire. DMs open for tips. Previously at a Sheffield daily.
facebook|BarnsleyHospiceOfficial|Barnsley Hospice|Specialist palliative care for Barnsley people. Shops, lottery and events support everything we do.
linkedin|barnsley-mvp|Barnsley Maternity Voices|Maternity and neonatal voices partnership. Parents and staff working together to improve care in Barnsley.
x|UNISONBarnsleyH|UNISON Barnsley Health|UNISON branch for health workers in Barnsley. Join online. Reps available for members.
x|RCN_Yorks|RCN Yorkshire & Humber|Royal College of Nursing in Yorkshire and the Humber region.
instagram|stnurse.ellie.b|Ellie Bramall|Student nurse (adult), Sheffield Hallam \U0001F393 Placement diaries from Barnsley. Coffee-powered.
facebook|BHNFT.FTSU|Barnsley FTSU|Freedom to Speak Up guardians at Barnsley Hospital. Any worker can raise a concern in confidence.
tiktok|barnsleybloodbikes|Blood Bikes South Yorkshire|Volunteer motorcyclists moving samples and blood between hospitals for free, every night of the year.
x|BarnsleyCollegeHC|Barnsley College Health & Care|Health and social care courses at Barnsley College. T Levels with placements in local NHS settings.
linkedin|barnsley-community-diagnostic-centre-team|Glass Works CDC Team|Team page for radiographers and HCAs at the diagnostic centre in town. Scans closer to home.
instagram|draishachoudhury|Dr Aisha Choudhury|Salaried GP, Barnsley. Women's health, menopause, more coffee. Not medical advice.
x|YAS_Barnsley_CFR|Barnsley Community First Responders|Volunteers responding to 999 calls in our villages on behalf of the ambulance service.
facebook|DartonPharmacy|Darton Pharmacy|Your local community pharmacy. Pharmacy First consultations, blood pressure checks and flu jabs.
x|BarnsleyMind|Barnsley Mind|Local mental health charity. Talking therapies, peer groups and drop-ins across the borough.
instagram|mattyward_physio|Matt Ward Physio|MSK physio in the NHS by day, running coach by night. Barnsley Harriers.
linkedin|bhnft-gov-lynn|Lynn Goddard|Elected public governor at our local hospital. Here to listen to members. Retired teacher.
"""))

BLOCKS.append(("bdct", """
x|MindsMatterBfd|Minds Matter Bradford|Working together to improve mental health support across Bradford district and Craven. Partnership news and events.
bluesky|bdcftcharity.bsky.social|Better Lives Charity|The NHS charity for Bradford District Care. Small grants for wards and community teams. Registered charity.
x|HWBradford|Healthwatch Bradford|Independent champion for people who use health and care services in Bradford and district.
x|WYICB|NHS West Yorkshire ICB|Integrated care board for Bradford, Calderdale, Kirklees, Leeds and Wakefield.
facebook|BfdCouncil|Bradford Council|Official account of City of Bradford Metropolitan District Council.
x|BradfordCAMHS|Bradford CAMHS|Children and young people's mental health service in Bradford. Not monitored for crisis - call your crisis line.
instagram|bdcft_dental|Community Dental Service|Special care dentistry across Bradford, Airedale and Craven. Referral only.
x|BDCFTHealthVisit|Bradford Health Visiting|0-19 public health nursing news for Bradford families. Tips, clinics and safe sleep reminders.
instagram|lynfield.ot.team|Lynfield OT Team|Occupational therapists on inpatient wards. Gardening group photos, no patient faces ever.
x|DrPriyaNairPsych|Dr Priya Nair|Consultant psychiatrist, West Yorkshire. Early intervention in psychosis. Views mine.
tiktok|mentalhealthnursedan|Dan Whiteley RMN|Mental health nurse. Crisis team nights. Trade union rep. Leeds United, for my sins.
x|BradfordMind|Mind in Bradford|Local Mind. Wellbeing College, Safe Space and peer support across the district.
facebook|SafeSpaceBradford|Safe Space Bradford|Out-of-hours drop-in for adults in emotional distress. Evenings and weekends. Part of the Mind in Bradford family.
linkedin|bihrbradford|Born in Bradford|Family health research study following thousands of Bradford children since 2007.
x|BTHFT_Comms_News|Bradford Royal Infirmary News|Updates from the acute hospital team in Bradford. Separate organisation from community & mental health services.
x|AiredaleNHSNews|Airedale Hospital News|News from Airedale General Hospital, Steeton.
linkedin|ruth-illingworth-nhs|Ruth Illingworth|Clinical lead, adult community nursing. District nurses are the best kept secret in the NHS.
facebook|ShipleyDNs|Shipley District Nurses|Community nursing team in Shipley. Caseload chat, wound care learning, cake.
x|CravenCarers|Carers' Resource|Support for unpaid carers in Bradford, Airedale, Harrogate and Craven.
instagram|keighleygp|Holycroft Surgery|GP practice in Keighley. We are recruiting receptionists - see NHS Jobs. Never share bank details with callers.
x|SHINE_Bradford|Sharing Voices Bradford|Community development organisation supporting mental wellbeing in Bradford's diverse communities.
x|BfdTalkingTherapy|Bradford Talking Therapies|Free NHS talking therapies for anxiety and depression. Self-refer on the website.
instagram|salt_air_recovery|Saltaire Recovery Walks|Peer-led walking group for people recovering from mental ill-health. Tuesdays at Roberts Park.
linkedin|uni-bradford-health|Bradford Health Faculty|Faculty of Health Studies, University of Bradford. Nursing, midwifery, AHP and pharmacy education.
x|BradfordTandA|T&A Health Desk|Health coverage from the Telegraph & Argus newsroom.
bluesky|bd-learn-disability.bsky.social|Bradford LD Partnership|Learning disability partnership board. Easy read updates and self-advocacy news.
x|nurse_yasmin_k|Yasmin Khatun|Learning disability nurse \U0001F49C Reasonable adjustments champion. All views my own.
facebook|BradfordRecoveryCollege|Bradford Recovery College|Free courses about mental health and wellbeing, co-produced with people with lived experience.
x|RCPsychYH|RCPsych Yorkshire & Humber|Royal College of Psychiatrists division for Yorkshire and the Humber.
facebook|BDCFT.Ben.FTSU|Ben Holloway FTSU|Freedom to Speak Up guardian in a community and mental health trust. Speak up, we'll listen.
x|Andy_Bfd_Samaritan|Bradford Samaritans|Branch account. Call 116 123 free any time. Volunteers wanted.
tiktok|drhamza.psych|Dr Hamza Iqbal|Psychiatry trainee making mental health videos. General info only, not personal advice.
instagram|bfdhomeless|Bevan Healthcare|Healthcare for people experiencing homelessness in Bradford. Inclusion health.
x|WYHPartnership|West Yorkshire Health & Care|Health and care partnership for West Yorkshire. News and plans.
instagram|craven.community.nursing|Skipton Community Nurses|District nursing team, Skipton & Settle. Country lanes, big hearts.
x|BradfordBereaved|Bradford Bereavement Support|Free bereavement support sessions, run by volunteers, hosted at community centres.
tiktok|communitypharmbfd|Community Pharmacy West Yorks|Representing community pharmacies across West Yorkshire.
x|Kirsty_SLT_Bfd|Kirsty Fenwick SLT|Speech and language therapist, adult learning disabilities. AAC nerd. Views own.
"""))

BLOCKS.append(("wuth", """
linkedin|wuthcharity|Wirral Hospitals' Charity|The official charity for Arrowe Park and Clatterbridge hospitals. Registered charity. Give via our website.
facebook|WirralHospitalsCharity|Wirral Hospitals' Charity|Fundraising for Wirral's hospitals. Wirral Walk, the Arrowe Park colour run and our Christmas appeal.
x|HWWirral|Healthwatch Wirral|Independent voice of patients and public in Wirral health and social care.
x|NHSCandM|NHS Cheshire and Merseyside|Integrated care board for Cheshire and Merseyside. Not a provider of care.
facebook|WirralCouncil|Wirral Council|Official news from Wirral Council.
x|WirralCommunity|Wirral Community Health & Care|Community health services across Wirral.
instagram|aph_emergency|Arrowe Park ED|Emergency Department team account. Education, recognition and winter pressures updates. Not for clinical advice.
x|WUTH_Maternity|Wirral Maternity|Midwives at Wirral Women and Children's Hospital. Antenatal classes, tours and infant feeding support.
x|WUTHResearch|WUTH R&D|Research at Arrowe Park and Clatterbridge. Over 100 studies open.
instagram|arrowe_park_volunteers|Arrowe Park Volunteers|Volunteers at Arrowe Park Hospital. Wayfinding, ward companions, dog therapy \U0001F415
linkedin|radio-arrowe-park|Radio Arrowe Park|Patient radio station for Arrowe Park Hospital since 1980. Volunteers welcome.
x|ClatterbridgeCC|The Clatterbridge Cancer Centre|Specialist cancer care for Cheshire and Merseyside. Separate NHS trust.
bluesky|wirral-hospice.bsky.social|Wirral Hospice St John's|Hospice care for Wirral people. Shops, lottery, events.
x|ClaireNeoNurse|Claire Roberts|Neonatal nurse on the Wirral for 15 years. Tiny babies, massive hearts. Views my own.
x|DrOwenHughesEM|Dr Owen Hughes|Emergency medicine consultant, Merseyside. Resus, rugby and not enough sleep.
instagram|wirral.student.midwife|Becky Tranmere|Student midwife \U0001F476 Edge Hill uni. Sharing the highs and lows of placement.
linkedin|graham-pennington-estates|Graham Pennington|Head of estates at an NHS hospital trust. Chartered engineer. Backlog maintenance survivor.
facebook|WirralGPFed|Wirral GP Federation|GP federation for Wirral practices. Extended access and PCN support.
facebook|MoretonHealthClinic|Moreton Health Clinic|GP practice news. Please order repeat prescriptions via the NHS App.
x|MerseyCounterFraud|MIAA Anti-Fraud|NHS anti-fraud service for the North West. Report concerns in confidence.
instagram|wirralglobenews|Wirral Globe|News for the Wirral. Hospital, council and community stories.
x|LivEchoHealth|Liverpool Echo Health|Health news from the Echo newsroom.
x|UNISON_WUTH|UNISON Wirral Health|Trade union branch for health workers on the Wirral. Join today.
tiktok|wirral_mnvp|Wirral Maternity & Neonatal Voices|Families and staff improving maternity care together on the Wirral.
x|PhysioPaulaWirral|Paula Lomax|NHS physio, stroke rehab. Clatterbridge. Cyclist. Views my own.
tiktok|nurse.jordan.wirral|Jordan Bebington|Male nurse sharing ward life on the Wirral. Not medical advice.
linkedin|wuth-ftsu|WUTH Speak Up|Freedom to Speak Up at Wirral University Teaching Hospital. Confidential support for staff.
x|WirralMind|Wirral Mind|Mental health charity for Wirral. Crisis café, peer support and training.
x|NWAS_Wirral|Wirral Paramedics|Community account for a group of paramedics working on the Wirral. Not official ambulance service comms.
facebook|HeswallPharmacyWirral|Heswall Pharmacy|Independent pharmacy on the Wirral. Travel clinic and NHS services.
facebook|LivUniNursing|Liverpool Uni Nursing|School of Nursing at the University of Liverpool.
x|ArrowePark_Chapl|APH Chaplaincy|Spiritual care team at Arrowe Park. All faiths and none. Ask any nurse to contact us.
instagram|sian_bloodbikes|Merseyside Blood Bikes|Free out-of-hours courier service for the NHS, run by volunteer bikers.
instagram|wirral.parkrun.nhsstaff|NHS Wirral Runners|Staff running club. Couch to 5k groups at Arrowe Park, all abilities.
x|DrMeeraIyer|Dr Meera Iyer|Consultant haematologist on Merseyside. Blood, bikes and books.
x|WUTHGovernors|WUTH Council of Governors|Governors of our local foundation trust. Public members elect us. Meetings are open.
linkedin|west-kirby-pcn|West Kirby PCN|Primary care network for West Kirby and Hoylake practices.
x|WirralCarers|Wirral Carers Hub|Advice and support for carers across Wirral.
"""))

BLOCKS.append(("stockport", """
bluesky|stockport-nhscharity.bsky.social|Stockport NHS Charity|Official charity of Stockport NHS FT. Making a difference at Stepping Hill and in the community. Registered charity.
facebook|StockportNHSCharity|Stockport NHS Charity|Appeals, events and thank-yous. Donate via our website or a collection tin on site.
x|HWStockport|Healthwatch Stockport|Your voice on health and care in Stockport.
x|NHSGM|NHS Greater Manchester|Integrated care for Greater Manchester's ten boroughs.
facebook|StockportMBC|Stockport Council|Official news from Stockport Council.
x|SteppingHillED|Stepping Hill ED|Emergency Department team at Stepping Hill. Education and staff recognition. Not monitored for clinical advice.
instagram|sftmaternity|Stockport Maternity|Midwifery team at Stepping Hill. Birth centre tours, antenatal education, infant feeding.
x|StockportDNs|Stockport District Nurses|Community nursing teams across Stockport. Leg ulcers are our love language.
instagram|stepping_hill_volunteers|Stepping Hill Volunteers|Volunteering at Stepping Hill Hospital. Join our friendly team \U0001F49C
x|RadioSteppingHill|Stepping Hill Radio|Hospital radio for Stepping Hill since 1977. Bedside requests, Sunday quiz.
tiktok|stockporthomecare|Viaduct Care CIC|GP-led care organisation in Stockport providing extended access and community services.
x|StockportCVS|Sector 3 Stockport|Voluntary, community and faith sector support for Stockport.
linkedin|dr-niamh-doyle|Dr Niamh Doyle|Acute physician in Greater Manchester. Sepsis, simulation, sleep (lack of).
x|StacyHCA|Stacy Fairclough|Healthcare assistant, Stockport. Night shift queen \U0001F319 Views my own.
linkedin|adam-cartwright-nhs-digital|Adam Cartwright|Digital transformation lead in an NHS acute and community trust. EPR, rostering, coffee.
x|StockportMind|Mind in Stockport|Local mental health charity. Counselling, groups and community wellbeing.
facebook|StockportHospiceSL|St Ann's Hospice|Hospice care for Stockport, Salford and Trafford.
x|ManEveningNewsHlth|MEN Health|Health stories from Manchester Evening News.
instagram|stockportnub|Stockport Nub News|Hyperlocal news for Stockport. Free to read.
x|UNISONStockport|UNISON Stockport Health|Union for health workers in Stockport. Join, get involved.
x|Stockport_MNVP|Stockport Maternity Voices|Parents, carers and staff improving maternity care in Stockport.
linkedin|bramhall-health|Bramhall Health Centre|GP practice news for Bramhall patients.
facebook|MarpleCottagePractice|Marple Cottage Surgery|Local GP surgery. Please don't book appointments via Facebook messages - use the NHS App or phone.
x|GMAntifraud|NW Counter Fraud|NHS counter fraud for Greater Manchester organisations. Report suspected fraud in confidence.
bluesky|high-peak-carers.bsky.social|High Peak Carers|Support for carers in Glossop, Buxton and New Mills.
x|MMUHealth|MMU Health & Education|Nursing, midwifery and allied health at Manchester Metropolitan University.
instagram|stockport.physio.amy|Amy Brennan Physio|NHS physiotherapist (MSK). Knees, hips and Stockport County.
x|SFT_FTSU|Stockport Speak Up|Freedom to Speak Up guardians for colleagues at Stepping Hill and in the community.
facebook|DrSaleemGP|Dr Saleem Rashid|GP partner in Stockport. Diabetes, teaching and cricket.
tiktok|stepping.hill.nurse.lou|Lou Fitzgerald|Nurse on the frailty unit. Ward life and wellbeing chats \U0001F49C
x|SFTResearch|Stockport Research|Research and innovation team at Stockport NHS FT. Get involved in a study.
instagram|stockportfoodbank|Stockport Foodbank|Emergency food for local people in crisis. Donations welcome at our centres.
x|ManchesterBloodBikes|North West Blood Bikes|Volunteer riders moving urgent samples for Greater Manchester hospitals.
x|Stockport_Gov_Jim|Jim Hargreaves|Public governor, Stockport NHS Foundation Trust. Retired engineer, volunteer, grandad.
facebook|HazelGrovePharmacy|Hazel Grove Pharmacy|Community pharmacy. Pharmacy First, contraception and flu jabs.
tiktok|stockportcounty_cf|Stockport County Community|Club foundation. Health walks, mental health football sessions, partnerships with local NHS.
"""))

BLOCKS.append(("geh", """
x|GEHCharity|George Eliot Hospital Charity|Raising funds for George Eliot Hospital, Nuneaton. Registered charity. Donations via our website.
facebook|GeorgeEliotHospitalCharity|George Eliot Hospital Charity|Supporting patients and staff at our local hospital. Events, appeals and the Big GEH Bike Ride.
linkedin|hwwarwickshire|Healthwatch Warwickshire|Independent voice for people using health and social care in Warwickshire.
x|NHSCWICB|NHS Coventry and Warwickshire|Integrated care board for Coventry and Warwickshire.
x|NBBCouncil|Nuneaton & Bedworth Council|Official account of Nuneaton and Bedworth Borough Council.
facebook|WarksCountyCouncil|Warwickshire County Council|News, services and public health from Warwickshire County Council.
x|GEH_ED_Team|GEH Emergency Dept|Team account for the ED at George Eliot Hospital. Learning and celebrating our team.
instagram|gehmidwives|George Eliot Midwives|Maternity team at George Eliot. Antenatal classes and feeding support. Urgent? Use triage number on your notes.
instagram|geh.volunteers|George Eliot Volunteers|Volunteers helping at George Eliot Hospital. Friendly faces at the front door \U0001F44B
x|HospitalRadioNun|Hospital Radio Nuneaton|Volunteer radio for patients at George Eliot Hospital.
x|NuneatonNews|Nuneaton News|Local news for Nuneaton and Bedworth.
linkedin|cov-telegraph-hlth|CoventryLive Health|Health news from the CoventryLive newsroom.
x|DrHarjitSandhu|Dr Harjit Sandhu|Consultant in respiratory medicine, West Midlands. Asthma, inhalers, cycling.
bluesky|nurse-tracey-geh.bsky.social|Tracey Morton|Ward manager, elderly care, Nuneaton. 28 years nursing and still love it.
instagram|nuneaton_student_nurse|Abbie Cartwright|3rd year student nurse @ Coventry Uni \U0001F393 Placement life in North Warwickshire.
x|CovUniHealth|Coventry Uni Health|School of Nursing, Midwifery and Health, Coventry University.
x|MaryAnnEvansHosp|Mary Ann Evans Hospice|Hospice care for Nuneaton, Bedworth and North Warwickshire. Named after the novelist.
facebook|NuneatonFoodbank|Nuneaton Foodbank|Food, support and kindness for local people in crisis.
x|BedworthGP|Bedworth Health Centre|GP practice for Bedworth. Online consultations via our website.
facebook|AtherstoneSurgery|Atherstone Surgery|GP practice news for Atherstone and nearby villages. Flu clinic dates posted here.
instagram|cw_counterfraud|CW Audit Counter Fraud|Counter fraud service for NHS organisations in Coventry and Warwickshire.
x|UNISONGeorgeEliot|UNISON GEH Branch|UNISON branch at our local hospital. Reps for every department.
x|GEH_FTSU|GEH Freedom to Speak Up|Freedom to Speak Up guardians at George Eliot Hospital. Raise concerns safely.
tiktok|warksmind|Coventry & Warwickshire Mind|Mental health support across the county.
x|UHCW_Comms_Team|University Hospital Coventry|News from the major trauma centre and teaching hospital in Coventry.
linkedin|neil-fenwick-pathology|Neil Fenwick|Pathology services manager, West Midlands. Biomedical scientist by trade.
linkedin|nuneaton-pcn|Nuneaton PCN|Primary care network for Nuneaton practices.
tiktok|drjosh.foundationdoc|Dr Josh Bailey|F2 doctor, West Midlands. Honest videos about life as a junior doctor.
x|WarwickshireCarers|Carers Trust Heart of England|Support for carers in Coventry and Warwickshire.
x|GEH_Gov_Margaret|Margaret Lyons|Public governor, George Eliot Hospital. Bedworth born. Volunteer at the hospice shop.
facebook|WMRadiographer|Sunita Patel|Diagnostic radiographer, CT. Nuneaton. Views mine.
facebook|CheckitPharmacyNun|Weddington Pharmacy|Community pharmacy in Nuneaton. Free blood pressure checks for over 40s.
x|NuneatonBoroughFC|Nuneaton Borough Community|Community arm of the local football club. Walking football and health sessions.
instagram|eliotwriters|George Eliot Fellowship|Society celebrating the life and works of George Eliot (1819-1880). Not a hospital!
"""))

BLOCKS.append(("sath", """
x|SaTHCharity|SaTH Charity|The official charity of the Shrewsbury and Telford Hospital NHS Trust. Registered charity. Thank you for your support.
facebook|SaTHCharityOfficial|SaTH Charity|Raising money for RSH and PRH. Appeals for the children's ward, cancer centre and staff wellbeing.
x|LingenDavies|Lingen Davies Cancer Fund|Local cancer charity for Shropshire, Telford & Wrekin and mid Wales.
linkedin|hwshropshire|Healthwatch Shropshire|Independent champion for people using health and social care in Shropshire.
x|HWTelfordWrekin|Healthwatch Telford & Wrekin|Your voice on health and care in Telford and Wrekin.
bluesky|nhsstw.bsky.social|NHS Shropshire Telford Wrekin|Integrated care board for Shropshire, Telford and Wrekin.
x|ShropCouncil|Shropshire Council|Official news from Shropshire Council.
x|TelfordWrekinCncl|Telford & Wrekin Council|Council news and services for Telford and Wrekin.
facebook|RSH.ED|RSH Emergency Dept|Staff account for the ED at Royal Shrewsbury. Teaching, recognition and the odd cake.
x|PRH_Midwifery|PRH Midwife-led Unit|Midwives in Telford. Tours every Saturday. Urgent concerns: maternity triage number on your notes.
instagram|sath.volunteers|SaTH Volunteers|Volunteers at Royal Shrewsbury and Princess Royal. Join us!
instagram|radioshrewsbury|Radio Shrewsbury Hospitals|Hospital radio for RSH and PRH patients, run by volunteers.
x|LeagueFriendsRSH|League of Friends RSH|Volunteers running the shop and café at Royal Shrewsbury Hospital since 1950s.
x|SevernHospice|Severn Hospice|Hospice care for Shropshire, Telford and mid Wales. Shops and lottery fund our work.
tiktok|shropstar_health|Shropshire Star Health|Health news from the Shropshire Star.
x|DrGarethPrice|Dr Gareth Price|Consultant anaesthetist, Shropshire. Welsh speaker. Mountains at weekends.
linkedin|sister-bethan-rn|Bethan Morgan|Ward sister, surgery, Telford. Proud nurse for 19 years. Views my own.
instagram|shrewsbury_student_nurse|Holly Jukes|Student nurse, Uni of Wolverhampton (Telford campus) \U0001F469\u200D\u2695\uFE0F
x|RJAH_News|RJAH Orthopaedic|News from the orthopaedic hospital in Oswestry.
x|ShropCommHealth|Shropshire Community Health|Community health services across Shropshire.
facebook|MPFT.Shrops|Shropshire Mental Health|Mental health services in Shropshire, Telford & Wrekin.
x|ShrewsburyPCN|Shrewsbury PCN|Primary care network for Shrewsbury practices.
facebook|MardenSurgeryShrews|Marden Medical Practice|GP practice news. Please use online consultations on our website.
facebook|WellingtonMedical|Wellington Medical Practice|Practice updates for Wellington, Telford. We never ask for payment by text.
instagram|shropscounterfraud|CW Audit Shrops Fraud|Local counter fraud specialists for NHS bodies in Shropshire. Suspect a scam? Tell us.
x|UNISONShropsHealth|UNISON Shropshire Health|Trade union for health staff in Shropshire.
x|SaTH_FTSU|SaTH Speak Up|Freedom to Speak Up guardians at the Shrewsbury and Telford Hospital NHS Trust.
linkedin|shrops-mnvp|Shropshire Maternity Voices|Maternity and neonatal voices partnership for Shropshire, Telford & Wrekin.
linkedin|ian-bowdler-pharmacy|Ian Bowdler|Chief pharmacist, acute trust in the West Midlands. Medicines safety.
tiktok|ruralparamedic.sam|Sam Evans|Paramedic on the Welsh border. Single-track roads and sheep. Not official comms.
x|KeeleMedSchool|Keele Medical School|Medical education with placements across Staffordshire and Shropshire.
bluesky|shrops-blood-bikes.bsky.social|Shropshire Blood Bikes|Volunteer motorcyclists for the NHS. Free courier service for samples and blood.
x|TelfordMind|Telford Mind|Mental health charity in Telford. Drop-ins, counselling, groups.
x|SaTHGov_Dave|Dave Pryce|Public governor for Telford at our hospital trust. Ex-firefighter. Listening to members.
facebook|ShropsRuralCarers|Shropshire Carers|Support for unpaid carers across rural Shropshire.
instagram|dr.megan.surgeon|Megan Lloyd|Surgical registrar in the West Midlands. Women in surgery \U0001F52A Opinions mine.
x|HospitalTransformSaTH|Hospitals Transformation Programme|Updates on the planned changes to hospital services in Shrewsbury and Telford.
"""))

BLOCKS.append(("swft", """
instagram|swftcharity|SWFT Charity|The official charity for South Warwickshire University NHS FT. Extra care at Warwick, Stratford and in the community.
facebook|SouthWarwickshireHospitalsCharity|SWFT Charity|Fundraising news: the Warwick Hospital garden, fun runs and in-memory giving.
x|HWWarks2|Healthwatch Warwickshire South|Listening events across South Warwickshire. Share your story about local care.
x|WarwickDC|Warwick District Council|Official account of Warwick District Council.
tiktok|stratforddc|Stratford-on-Avon DC|News from Stratford-on-Avon District Council.
x|WarwickHospED|Warwick Hospital ED|Emergency department team account. Teaching and thanks. Not monitored for clinical advice.
linkedin|swft-midwives|Warwick Maternity|Maternity services at Warwick Hospital. Classes, tours and infant feeding.
x|SWFTCommunity|SWFT Community Services|Community nursing, therapies and health visiting across Warwickshire.
instagram|warwickhospitalvolunteers|Warwick Hospital Volunteers|Volunteering at Warwick Hospital \U0001F49B Ward companions, gardeners, guides.
x|WarwickHospRadio|Radio Warwick Hospital|Hospital radio service for Warwick Hospital patients since 1981.
facebook|MyriadLeamington|Myton Hospices|Hospice care for Coventry and Warwickshire.
x|LeamObserverNews|Leamington Observer|Local news for Leamington, Warwick and Kenilworth.
instagram|stratheraldnews|Stratford Herald|News for Stratford-upon-Avon and district.
x|DrClaireVennGP|Dr Claire Venn|GP in Leamington. Minor surgery, medical education. Parkrun tourist.
x|WardSisterJo|Jo Hemming|Ward manager, orthopaedics. Warwick. Hip fractures, huddles and hobnobs.
instagram|ellenbadger.ward.team|Ellen Badger Hospital Team|Rehab ward team in Shipston. Country hospital life \U0001F33F
linkedin|warwick-uni-med|Warwick Medical School|Medical school at the University of Warwick. Research and training.
x|StratfordPCN|South Warks PCN|Primary care network for Stratford practices.
facebook|KenilworthGP|Castle Medical Centre|GP practice in Kenilworth. Flu clinic booking now open via the NHS App.
facebook|ShipstonSurgery|Shipston Medical Centre|Practice news for Shipston-on-Stour and surrounding villages.
bluesky|warks-fraud-aware.bsky.social|Warwickshire Trading Standards|Scam alerts for Warwickshire residents. Don't trust unexpected calls, texts or pages asking for money.
x|SafeInWarks|Safe in Warwickshire|Community safety and scam awareness from Warwickshire partners.
x|UNISONSWFT|UNISON South Warks|Health branch of UNISON for South Warwickshire.
facebook|SWFT.FTSU|SWFT Speak Up|Freedom to Speak Up guardians for SWFT staff.
x|SWFTResearch|SWFT Research|Clinical research at Warwick Hospital and in our community services.
linkedin|priya-kaur-ahp-lead|Priya Kaur|Lead occupational therapist, community intermediate care. Warwickshire.
tiktok|midwife.hannah.warks|Hannah Lowe|Midwife, Warwickshire \U0001F476 Real talk about pregnancy. General info only.
instagram|leamingtonmind|Mind Leamington|Mental health support in Leamington and Warwick.
x|CoventryWarksBB|Coventry & Warks Blood Bikes|Volunteer bikers delivering for the NHS through the night.
x|SWFT_Gov_Peter|Peter Ashby|Public governor, South Warwickshire University NHS FT. Retired GP practice manager.
tiktok|stratfordfoodbank|Stratford Foodbank|Food and support for local people in crisis.
instagram|drtom.orthoreg|Tom Ealing|Orthopaedic registrar, West Midlands deanery. Bones and bikes. Not advice.
x|CWPartnership|Coventry & Warwickshire Partnership|Mental health and learning disability services in Coventry and Warwickshire.
linkedin|stratford-hospital-friends|Friends of Stratford Hospital|Volunteer fundraising group for Stratford Hospital. Coffee mornings and our Christmas raffle.
x|SWLeisureHealth|Stratford Leisure Health|Exercise on referral programme with local GPs and physios.
"""))

BLOCKS.append(("kgh", """
x|KGHCharity|KGH Charity|The official charity of Kettering General Hospital. Registered charity. Donate via our website.
facebook|KGHCharityOfficial|KGH Charity|Fundraising for Kettering General Hospital: the Cancer Centre appeal, ward gardens and staff wellbeing.
facebook|UHNorthants|University Hospitals of Northamptonshire|Group model bringing together Kettering and Northampton general hospitals.
x|NGH_News|Northampton General Hospital|News from our sister hospital in Northampton.
instagram|hwnorthants|Healthwatch North Northamptonshire|Independent voice for health and care users in North Northamptonshire.
x|NHSNorthantsICB|NHS Northamptonshire ICB|Integrated care board for Northamptonshire.
x|NNorthantsCouncil|North Northamptonshire Council|Official news from North Northamptonshire Council.
linkedin|kgh-ed|KGH Emergency Dept|Team account from the ED at Kettering General. Not monitored for medical advice.
x|KGHMaternity|KGH Maternity|Midwives at Rockingham Wing. Tours, classes and infant feeding support.
instagram|kgh.volunteers|KGH Volunteers|Volunteering at Kettering General. Join our team of 300+ volunteers \U0001F49A
bluesky|radio-kgh.bsky.social|Hospital Radio Kettering|Volunteer radio for patients at Kettering General since 1970.
x|KGHLeagueFriends|KGH League of Friends|Volunteers raising funds for extras at Kettering General Hospital.
x|CransleyHospice|Cransley Hospice Trust|Supporting specialist palliative care in Kettering and district.
facebook|NorthantsTelegraph|Northants Telegraph|News for Kettering, Corby and Wellingborough.
x|DrAmitPatelCardio|Dr Amit Patel|Consultant cardiologist, East Midlands. Echo, exercise and cricket.
instagram|nurserachelkgh|Rachel Tebbutt|Staff nurse, acute medical unit. Kettering. Views my own.
instagram|corby.student.nurse|Chloe Fenn|Student nurse, Uni of Northampton \U0001F49A Placement blogs from north Northants.
x|UniNorthantsHealth|UON Health|Faculty of Health, Education and Society at the University of Northampton.
x|CorbyUCC|Corby Urgent Care Centre|Walk-in urgent care for minor injuries and illnesses. Check opening times online.
tiktok|ketteringpcn|Kettering PCN|Primary care network for Kettering practices.
facebook|BurtonLatimerGP|Burton Latimer Surgery|GP practice news. Order prescriptions via the NHS App.
facebook|RothwellSurgery|Rothwell & Desborough Healthcare|GP practice for Rothwell and Desborough.
x|NorthantsCounterFraud|Northants NHS Counter Fraud|Local counter fraud service for Northamptonshire NHS bodies. Report concerns in confidence.
linkedin|unisonkettering|UNISON Kettering Health|UNISON branch for health staff in Kettering.
x|KGH_FTSU|KGH Speak Up|Freedom to Speak Up guardians at Kettering General Hospital.
x|Northants_MNVP|Northants Maternity Voices|Improving maternity care together in Northamptonshire.
linkedin|simon-ward-capital-projects|Simon Ward|Programme director, hospital capital projects. Energy centres and new builds.
tiktok|kgh.porter.dave|Dave Skinner|Porter at Kettering General \U0001F6CF\uFE0F Step counts and hospital humour.
facebook|NHFT.News|Northamptonshire Healthcare|Mental health and community services in Northamptonshire.
x|NorthantsMind|Northamptonshire Mind|Mental health charity in Northamptonshire.
instagram|ketteringfoodbank|Kettering Foodbank|Emergency food and support.
x|KGH_Gov_Sue|Sue Bradshaw|Public governor, Kettering General Hospital NHS FT. Ex-nurse, still fussing.
x|NorthantsBloodBikes|Northamptonshire Blood Bikes|Volunteer riders, free courier service for hospitals.
instagram|dr.kemi.paeds|Kemi Adeyemi|Paediatric registrar, East Midlands \U0001F9F8 Children's health chat, general info only.
linkedin|kettering-town-cncl|Kettering Town Council|Parish-level council for Kettering town.
"""))

BLOCKS.append(("esth", """
x|ESTHCharity|Epsom & St Helier Charity|Official charity of Epsom and St Helier hospitals. Registered charity. Donate via our website.
facebook|EpsomStHelierCharity|Epsom & St Helier Hospitals Charity|Fundraising for our hospitals: the children's appeal, renal unit garden and staff rest rooms.
bluesky|st-georges-trust.bsky.social|St George's Hospital|News from St George's University Hospitals - our group partner in Tooting.
x|GESHGroup|GESH Hospital Group|The St George's, Epsom and St Helier hospital group.
x|HWSutton|Healthwatch Sutton|Independent champion for health and social care users in Sutton.
facebook|HWSurrey|Healthwatch Surrey|The voice of people using health and care in Surrey.
x|NHSSWLondon|NHS South West London|Integrated care board for south west London.
instagram|suttoncouncil|Sutton Council|Official account of the London Borough of Sutton.
x|EpsomEwellBC|Epsom & Ewell Council|News from Epsom & Ewell Borough Council.
x|StHelierED|St Helier ED|Emergency department team at St Helier. Education, recognition, winter updates. Not for clinical advice.
tiktok|epsommaternity|Epsom Maternity|Midwives at Epsom Hospital. Tours and antenatal classes.
x|StHelierRenal|SW Thames Renal|Renal unit team. Dialysis, transplant follow-up and kidney care.
instagram|esth.volunteers|ESTH Volunteers|Volunteers at Epsom & St Helier \U0001F49B Helping patients every day.
linkedin|radio-st-helier|Radio St Helier|Hospital radio for St Helier Hospital, run by volunteers.
x|EpsomHospFriends|Friends of Epsom Hospital|League of Friends. Shop, café and equipment grants.
x|PrincessAliceH|Princess Alice Hospice|Hospice care for Surrey and south west London.
facebook|SuttonGuardian|Sutton & Croydon Guardian|Local news for Sutton and Croydon.
x|EpsomEwellHistory|Epsom & Ewell History Explorer|Local history society. Today: the story of the old horton asylum cluster.
instagram|drfatimabello|Dr Fatima Bello|Nephrology consultant, south London. Kidneys and cake.
x|MatronAnneESTH|Anne O'Sullivan|Matron, surgical division. South west London. Proud Irish nurse. Views my own.
instagram|sutton.student.midwife|Grace Oduya|Student midwife @ Kingston Uni \U0001F476 Placement diaries.
x|KingstonUniHealth|Kingston Uni Health|Nursing, midwifery and social work at Kingston University.
linkedin|sutton-gpfed|Sutton GP Services|GP federation for Sutton. Extended hours appointments.
facebook|CarshaltonFieldsSurgery|Carshalton Fields Surgery|Practice news. We'll never ask for bank details by phone or text.
facebook|EwellMedical|Ewell Medical Practice|GP practice for Ewell village. Flu clinic dates here.
x|SWLCounterFraud|SWL NHS Counter Fraud|Counter fraud team for NHS bodies in south west London. Report suspected fraud.
bluesky|unisonepsom-st-h.bsky.social|UNISON Epsom & St Helier|UNISON branch at our hospitals.
x|ESTH_FTSU|ESTH Speak Up|Freedom to Speak Up guardians for staff at Epsom and St Helier.
x|Sutton_MNVP|SWL Maternity Voices|Maternity and neonatal voices partnership for south west London.
linkedin|mark-oyelaran-estates|Mark Oyelaran|Capital programme manager, NHS. New specialist emergency care hospital project.
tiktok|hca.kezia.sutton|Kezia Morgan|HCA on the renal ward \U0001F49C Day-in-the-life videos.
facebook|SuttonMind|Mind in Sutton|Mental health support for Sutton residents.
x|QMHCarshalton|Queen Mary's Children's Unit|Children's services team account at the Carshalton site.
instagram|suttonbloodbikes|SERV South London|Volunteer blood bikes for south London and Surrey.
x|ESTH_Gov_Roy|Roy Penfold|Public governor, Epsom. Retired civil servant. Hospital member since 2008.
x|ImproveHealthcare|Improving Healthcare Together|Updates on the programme behind the new specialist emergency care hospital in Sutton.
"""))

BLOCKS.append(("lnwh", """
tiktok|lnwhcharity|LNWH Charity|The official charity for Northwick Park, Ealing, Central Middlesex and St Mark's. Registered charity.
facebook|LNWHCharityOfficial|LNWH Charity|Fundraising for our hospitals in Brent, Ealing and Harrow.
x|StMarksCharity|St Mark's Hospital Foundation|Charity supporting research and care at St Mark's, the national bowel hospital.
linkedin|nhsnwlondon|NHS North West London|Integrated care board for eight boroughs of north west London.
x|HWBrent|Healthwatch Brent|Your independent voice on health and care in Brent.
x|HWHarrow|Healthwatch Harrow|Independent champion for health and care users in Harrow.
facebook|HWEaling|Healthwatch Ealing|Listening to Ealing residents about local services.
x|HarrowCouncil|Harrow Council|Official account of Harrow Council.
instagram|brent_council|Brent Council|News from Brent Council.
x|NWPH_ED|Northwick Park ED|Team account for the emergency department at Northwick Park. Not monitored for clinical advice.
x|NWPMaternity|Northwick Park Maternity|Midwives at Northwick Park. Tours, classes and feeding support.
linkedin|st-marks-hospital|St Mark's Hospital|Specialist centre for bowel disease, part of LNWH.
instagram|lnwh.volunteers|LNWH Volunteers|Volunteers across Northwick Park, Ealing and Central Middlesex \U0001F499
x|RadioNorthwick|Radio Northwick Park|Hospital radio for Northwick Park since 1970s.
bluesky|ealing-hosp-friends.bsky.social|Friends of Ealing Hospital|Volunteer group raising money for extras at Ealing Hospital.
x|CNWL_NHS_News|CNWL News|Mental health and community services across north west London and beyond.
x|HarrowOnlineNews|Harrow Online|Hyperlocal news for Harrow.
facebook|EalingTimesNews|Ealing Times|News for Ealing borough.
x|DrRaviShankarGI|Dr Ravi Shankar|Consultant gastroenterologist, north west London. IBD and endoscopy. Views own.
instagram|nurseadaezern|Adaeze Nwosu|Senior staff nurse, ITU. Harrow. International nurse, proud to be here. Views my own.
instagram|brent.student.nurse|Aisha Farah|Student nurse @ Middlesex Uni \U0001F393 Placement life in north west London.
x|MDXHealth|Middlesex Uni Health|School of Health and Education, Middlesex University.
x|ImperialMedSch|Imperial Medicine|Faculty of Medicine, Imperial College London.
tiktok|harrowgpfed|Harrow Health CIC|GP federation for Harrow. Extended access hub.
facebook|WembleyCentreHealth|Wembley Centre for Health and Care|GP practice news for registered patients.
facebook|SouthallDoctors|Southall Medical Centre|Practice updates. Beware of scam texts pretending to be from us - we never ask for payment.
x|NWLCounterFraud|NWL NHS Counter Fraud|Counter fraud service for NHS organisations in north west London. Report fake NHS recruitment adverts.
linkedin|unisonlnwh|UNISON LNWH|UNISON branch for Northwick Park, Ealing and Central Middlesex staff.
x|LNWH_FTSU|LNWH Speak Up|Freedom to Speak Up guardians for LNWH colleagues.
x|NWL_MNVP|NW London Maternity Voices|Families and staff improving maternity care in north west London.
linkedin|deepa-raghavan-intl-recruitment|Deepa Raghavan|International recruitment lead, NHS. Ethical recruitment only: we never charge nurses fees.
tiktok|nwp.junior.doc|Dr Zain Ali|Resident doctor in north west London \U0001FA7A Exam tips and ward life.
facebook|HarrowMind|Mind in Harrow|Mental health support and advocacy in Harrow.
x|BrentCarers|Brent Carers Centre|Support for unpaid carers in Brent.
instagram|londonnorthwestbb|London Blood Bikes NW|Volunteer blood bikes serving north west London hospitals.
x|LNWH_Gov_Kiran|Kiran Mehta|Public governor elected by members in Harrow. Pharmacist, retired.
x|CentralMiddxEOC|Central Middlesex Elective|Elective orthopaedic centre team. Hip and knee surgery for north west London.
"""))

BLOCKS.append(("*", """
*x|NHSEngland|NHS England|Official account of NHS England. Need medical help? Go to 111.nhs.uk or call 111.
*x|NHSuk|NHS|The NHS website and app. Health information you can trust.
linkedin|nhscfa|NHS Counter Fraud Authority|Protecting NHS resources from fraud. Report NHS fraud online or via our reporting line.
*x|actionfrauduk|Action Fraud|The UK's national reporting centre for fraud and cyber crime.
x|NHSEmployers|NHS Employers|The employers' organisation for the NHS in England. Workforce, pay and recruitment guidance.
bluesky|nhsjobs.bsky.social|NHS Jobs|The official recruitment service for the NHS. Every vacancy is free to apply for.
x|NHSBT|NHS Blood and Transplant|Give blood, plasma, platelets and organs. Book your donation on the app.
*x|theRCN|Royal College of Nursing|The voice of nursing across the UK.
*x|UNISONHealth|UNISON Health|UNISON's health service group.
x|NHSProfessionals|NHS Professionals|Flexible staffing for the NHS. Join our bank - it's free to register.
facebook|CQCProf|CQC|Care Quality Commission. Independent regulator of health and social care in England.
x|NMCnews|Nursing & Midwifery Council|Regulator for nurses, midwives and nursing associates in the UK.
instagram|gmcuk|General Medical Council|Working with doctors, working for patients.
x|HealthwatchE|Healthwatch England|Finding out what people think of health and care, nationally.
x|NHSConfed|NHS Confederation|Membership body for organisations that commission and provide NHS services.
tiktok|nhsproviders|NHS Providers|Membership organisation for NHS hospital, mental health, community and ambulance services.
x|KingsFund|The King's Fund|Independent charity working to improve health and care in England.
linkedin|nuffield-trust|Nuffield Trust|Independent health think tank.
x|Macmillan|Macmillan Cancer Support|Whatever cancer throws your way, we're right there with you.
x|MindCharity|Mind|We're Mind, the mental health charity. We won't give up until everyone experiencing a mental health problem gets support and respect.
facebook|samaritans|Samaritans|Whatever you're going through, call us free any time.
x|NHSCharitiesTogether|NHS Charities Together|The national charity caring for the NHS. Supporting over 230 NHS charities.
instagram|hsjnews|HSJ|Health Service Journal. News and analysis for NHS leaders.
x|NursingTimes|Nursing Times|News and practice for nurses.
x|HospDrUK|Hospital Dr UK|News for hospital doctors. Independent.
linkedin|nihrresearch|NIHR|National Institute for Health and Care Research.
x|BMA_UK|BMA|British Medical Association. Trade union and professional body for doctors.
bluesky|rcmidwives.bsky.social|Royal College of Midwives|The trade union and professional association for midwives.
x|CSPThePhysios|CSP|Chartered Society of Physiotherapy.
x|TheRCOT|Royal College of OTs|Royal College of Occupational Therapists.
facebook|OfficialNHSApp|NHS App|Updates about the NHS App. We'll never ask for your bank details.
x|NHS111Online|NHS 111|Get help for urgent medical problems online or by calling 111.
instagram|ukhsa|UK Health Security Agency|Protecting the nation's health.
x|GetSafeOnline|Get Safe Online|Free expert advice on staying safe online. Check a website before you use it.
x|WhichScamAlerts|Which? Scam Alerts|Warnings about the latest scams, including fake NHS texts and pages.
tiktok|ncsc|NCSC UK|National Cyber Security Centre. Forward suspicious emails to report@phishing.gov.uk.
x|CitizensAdvice|Citizens Advice|Free, confidential advice. Scams action line available.
linkedin|jobs-aware-uk|JobsAware|Free advice on work and recruitment scams. Never pay a fee for a job.
x|StJohnAmbulance|St John Ambulance|First aid charity. Volunteers at events and in NHS services.
x|BritishRedCross|British Red Cross|Helping people in crisis. Hospital discharge and home support services.
facebook|AirAmbulancesUK|Air Ambulances UK|The national charity supporting the UK's air ambulance charities.
x|HospiceUK|Hospice UK|National charity for hospice and end of life care.
instagram|carersuk|Carers UK|Making life better for carers.
x|AgeUK|Age UK|The UK's leading charity for older people.
x|NHSE_Workforce|NHS England Workforce|Workforce, training and education news from NHS England.
linkedin|the-bdj|British Dental Journal|Dental news and research.
x|NHSRCommunity|NHS-R Community|Promoting R and open source analytics in health and care.
bluesky|ftsuoffice.bsky.social|National Guardian's Office|Supporting Freedom to Speak Up in healthcare.
x|AoMRC|Academy of Medical Royal Colleges|The coordinating body for the UK's medical royal colleges.
x|RoyalVolService|Royal Voluntary Service|Volunteers running hospital cafés and shops across the country.
facebook|HospitalRadioUK|Hospital Broadcasting Association|The national body for hospital radio stations.
x|StudentNurseNet|Student Nurse Network|Peer support community for UK student nurses. Not affiliated with any trust.
instagram|nhsglobalnurses|International Nurses UK|Peer group for internationally educated nurses in the NHS. Ethical recruitment info. We never charge fees.
mastodon|nhsdigitalwatch@mastodon.social|NHS Digital Watch|Independent commentary on NHS IT. Not affiliated with the NHS.
mastodon|hospital_pharm_tom@med-mastodon.com|Tom Ridley|Hospital pharmacist. Antimicrobial stewardship. Toots are my own.
youtube|NHSEnglandVideos|NHS England|Official videos from NHS England.
youtube|DrAnnaMedEd|Dr Anna Med Education|Revision videos for medical students and foundation doctors.
bluesky|nhsconfed.bsky.social|NHS Confederation|Membership body for NHS organisations.
bluesky|healthfoundation.bsky.social|The Health Foundation|Independent charity committed to bringing about better health and health care.
bluesky|dr-jess-kirby.bsky.social|Dr Jess Kirby|GP and health services researcher. Primary care workforce.
"""))

BLOCKS.append(("*", """
x|TheBHF|British Heart Foundation|Funding research to beat heart and circulatory diseases. Learn CPR in 15 minutes.
x|Bliss_Charity|Bliss|The charity for babies born premature or sick. Support for parents on neonatal units.
tiktok|kidneycareuk|Kidney Care UK|Practical, financial and emotional support for kidney patients.
x|DiabetesUK|Diabetes UK|Tackling the diabetes crisis together.
linkedin|the-stroke-assoc|Stroke Association|Rebuilding lives after stroke.
x|alzheimerssoc|Alzheimer's Society|Working towards a world where dementia no longer devastates lives.
x|Tommys|Tommy's|Pregnancy research and information. Midwives on our free pregnancy line.
facebook|CRUK.Local|Cancer Research UK Shops|News from our charity shops. Donate your pre-loved items.
x|YoungMindsUK|YoungMinds|Fighting for young people's mental health.
instagram|rethinkmi|Rethink Mental Illness|Improving the lives of people severely affected by mental illness.
x|MarieCurieUK|Marie Curie|Care and support through terminal illness.
x|SueRyderUK|Sue Ryder|Palliative, neurological and bereavement support.
linkedin|crohns-colitis-uk|Crohn's & Colitis UK|The UK's leading charity for Crohn's and Colitis.
x|AsthmaLungUK|Asthma + Lung UK|Fighting for everyone's right to breathe.
bluesky|mssociety-uk.bsky.social|MS Society|A community of people living with MS.
x|Anthony_Nolan|Anthony Nolan|Saving lives through stem cell transplants. Join the register if you're 16-30.
x|LivingDonationUK|Living Donation UK|Information about becoming a living kidney or liver donor.
facebook|NHSOrganDonor|NHS Organ Donation|Register your decision and tell your family.
x|StudentBMJ|BMJ Student|For medical students around the world.
instagram|rcemorg|RCEM|Royal College of Emergency Medicine.
x|RCPhysicians|RCP|Royal College of Physicians.
x|RCSEng|Royal College of Surgeons|RCS England. Advancing surgical care.
tiktok|rcgp|RCGP|Royal College of General Practitioners.
x|RPharmS|Royal Pharmaceutical Society|The professional body for pharmacists.
linkedin|rcr-radiology|Royal College of Radiologists|Clinical radiology and clinical oncology.
x|theSoR|Society of Radiographers|Professional body and trade union for radiographers.
x|TheBDA|British Dietetic Association|The professional association for dietitians.
facebook|CollegeParamedic|College of Paramedics|Professional body for paramedics in the UK.
x|HCPC_UK|HCPC|Regulator for health and care professions.
instagram|nhsleadership|NHS Leadership Academy|Developing NHS leaders.
x|NHSBSA|NHS Business Services|Prescriptions, pensions, Help with Health Costs. We'll never text you asking for payment.
x|NHSPensions|NHS Pensions|Scheme news for NHS Pension Scheme members.
linkedin|health-careers|NHS Health Careers|Explore 350+ careers in the NHS. Official careers information service.
x|Step_into_Health|Step into Health|Helping armed forces veterans into NHS careers.
bluesky|nhswe-recruit.bsky.social|NHS International Recruitment|Guidance on ethical international recruitment. No NHS employer charges recruitment fees.
x|RecruitmentAbuse|Work Rights Centre|Charity supporting migrant workers, including care workers facing recruitment fee scams.
x|UKVI_Info|Visas and Immigration|Official info on UK visas. Check a sponsor is licensed - never pay for a certificate of sponsorship.
linkedin|brightwater-nursing-agency|Brightwater Nursing Agency|Framework-approved nursing agency supplying NHS trusts in the Midlands. We never charge candidates.
linkedin|medstaff-locums-uk|MedStaff Locums|Locum doctor agency on national NHS framework. Registration is free.
linkedin|hcl-workforce-solutions-careers|HCL Workforce Careers|Healthcare staffing. Free to join, weekly pay.
facebook|Dr.Hannah.Paeds|Dr Hannah Reece|Paediatric consultant. Bronchiolitis season survivor. Opinions my own.
x|MidwifeMaria_UK|Maria Santos|Community midwife. Home births, bike rides, biscuits. Views my own.
x|NurseJamesRN|James Thorpe|Critical care nurse. Rowing, podcasts, long shifts. Tweets mine.
instagram|thesurgicalsister|Sister Grace|Surgical ward sister. Mentor. Views not my employer's.
x|HCA_Stories|Shanice|Healthcare assistant for 10 years. The backbone of the ward.
x|DrPeteOncology|Dr Peter Vickers|Clinical oncologist. Radiotherapy, research, running.
tiktok|odp_olivia|Olivia ODP|Operating department practitioner. Theatre life.
x|DrSamGasman|Dr Sam Ellis|Anaesthetist. Airways and audio books.
linkedin|chaplain-rev|Rev Sarah Cole|Hospital chaplain. Listening for a living.
x|PharmacistPriya|Priya Desai|Hospital pharmacist, medicines optimisation. Views own.
x|RadiographerRuth|Ruth Allen|Radiographer, MRI. Magnets are not toys.
facebook|PhysioPaul.NHS|Paul Barnes|NHS physiotherapist. Respiratory and rehab.
x|OT_Olu|Olu Adebayo|Occupational therapist, acute. Discharge planning nerd.
instagram|salt_sophie|Sophie Grant|Speech and language therapist, stroke and dysphagia.
x|DietitianDan|Dan Hughes|NHS dietitian. Evidence over fads.
x|ParamedicPaige|Paige Robson|Paramedic. Student mentor. Views my own, not the service's.
linkedin|dr-ali-gp|Dr Ali Hassan|GP partner. Access, continuity and coffee.
x|PracticeNurseKaz|Karen Doyle|Practice nurse. Smears, jabs and chronic disease reviews.
bluesky|dr-jo-micro.bsky.social|Dr Joanne Park|Consultant microbiologist. Antibiotics are precious.
x|BMS_Ben|Ben Carter|Biomedical scientist, blood sciences. Lab life.
x|ITU_Consultant_K|Dr Kemal Aydin|Intensive care consultant. Critical care outreach.
facebook|NHSManagerMeg|Megan Fox|Operational manager, surgery division. Bed meetings survivor.
x|EstatesEd|Ed Morris|NHS estates and facilities. Boilers, lifts, sustainability.
instagram|nhsdatadave|Dave Parr|NHS information analyst. Waiting list dashboards.
x|CommsPro_NHS|Jenny Lund|NHS communications professional. Views my own, not any employer's.
x|DigitalNurseNed|Ned Ali|Chief nursing information officer. EPR, safety, usability.
tiktok|infectionctrlirene|Irene Watts|Infection prevention and control nurse. Wash your hands.
x|SafeguardingSam|Sam Mercer|Named nurse for safeguarding adults. Views my own.
linkedin|tissue-viability-tv|Tina Vale|Tissue viability nurse specialist. Pressure ulcer prevention.
x|DementiaNurseDi|Diane Cross|Admiral nurse. Supporting families living with dementia.
x|DrCalumTrauma|Dr Calum Reid|Trauma and orthopaedic surgeon. Bones, bikes, beer.
facebook|MatronMo|Mo Adewale|Matron, medicine. Leadership and kindness.
x|StudentNurseSid|Sid Patel|Student nurse, 2nd year. Learning every day.
instagram|medstudentmaya|Maya Rahman|Medical student, year 4. Revision and rotations.
x|FY1Fred|Dr Fred Ashton|Foundation doctor year 1. First rotation: general surgery. Send coffee.
x|RegistrarRosa|Dr Rosa Lang|Obstetrics and gynaecology registrar. Night shifts, big days.
linkedin|nhsvolunteer-vic|Vic Barnes|Hospital volunteer and responder. Retired firefighter.
x|BloodBikesNational|Nationwide Blood Bikes|Umbrella body for volunteer blood bike groups across the UK.
bluesky|hosp-radio-awards.bsky.social|Hospital Radio Awards|Celebrating hospital radio volunteers nationally.
x|NHSCommsNetwork|NHS Comms Network|Peer network for NHS communications staff. Tips on handling fake accounts and scams.
x|HealthFraudWatch|Health Fraud Watch|Independent blog tracking scams that misuse NHS branding. Not affiliated with the NHS.
facebook|ScamSpotterUK|Scam Spotter UK|Volunteer scam-awareness account. We flag fake NHS pages and job ads - always check the Trust's own website.
x|NHSPatientVoice|Patient Voice Network|Patients and carers working with NHS organisations on service design.
instagram|nhsretirefellow|NHS Retirement Fellowship|Social network for retired NHS staff. Branches across England.
"""))
