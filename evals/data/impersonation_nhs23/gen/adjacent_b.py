"""Hand-written genuine NHS-adjacent accounts, part B: trust|platform|handle|display name|bio."""

ADJACENT_B = r"""
rcht|x|CornwallLive|Cornwall Live|News, sport and what's on across Cornwall.
rcht|x|CornwallCouncil|Cornwall Council|Official account of Cornwall Council. Kernow agan dalleth.
rcht|x|DC_Police|Devon & Cornwall Police|Official account. Report crime online or call 101. Emergency 999.
rcht|x|CornwallAA|Cornwall Air Ambulance|Cornwall's only air ambulance charity. Every mission funded by you.
rcht|x|NHSCornwallIOS|NHS Cornwall and Isles of Scilly|The integrated care board for Cornwall and the Isles of Scilly.
rcht|facebook|CornwallHospitalsCharity|Cornwall Hospitals Charity|The official charity for Royal Cornwall Hospitals. Supporting patients and staff at Treliske, West Cornwall and St Michael's.
rcht|x|HWCornwall|Healthwatch Cornwall|Independent champion for health and care in Cornwall. Share your experiences with us.
rcht|x|MidwifeMorwenna|Morwenna Tregear|Midwife in Truro. Home births, wild swimming and saffron buns. Views my own.
rcht|x|TruroED_Doc|Dr Ben Rowe|Emergency medicine consultant in Cornwall. Surfing when the rota allows. Personal account.
rcht|instagram|treliske_radio|Radio Treliske|🎙️ hospital radio for Royal Cornwall Hospital patients, run by volunteers since 1972
rcht|facebook|WestCornwallHospitalFriends|Friends of West Cornwall Hospital|We campaign and fundraise for West Cornwall Hospital in Penzance. Join our AGM!
rcht|linkedin|university-of-plymouth|University of Plymouth|Nursing, midwifery and medicine, with placements across Devon and Cornwall.
rcht|x|FalmouthPacket|Falmouth Packet|News for Falmouth, Penryn and the surrounding area.
rcht|bluesky|kernowgp.bsky.social|Dr Tamsin Eddy|GP partner in west Cornwall. Rural medicine and recruitment woes. Personal.
rcht|youtube|CornwallHospiceCare|Cornwall Hospice Care|Films from Mount Edgcumbe and St Julia's hospices.
rcht|x|UNISONCornwallH|UNISON Cornwall Health|UNISON branch for health workers in Cornwall.
rcht|tiktok|cornish_hca|Jess | HCA in Cornwall|🌊 healthcare assistant life in cornwall. my own views
rcht|x|PirateFM|Pirate FM|Cornwall's radio station. News, travel and music.
rcht|facebook|TruroCityCouncil|Truro City Council|Official page of Truro City Council.
rcht|x|ScillyCouncil|Council of the Isles of Scilly|Official account of the Council of the Isles of Scilly.
rcht|mastodon|cornwall_physio@mastodon.social|Kit the Physio|MSK physio in Cornwall. Running, rugby injuries and rain. Not an official account.
rcht|x|BBCSpotlight|BBC Spotlight|Local news for Devon, Cornwall and the Isles of Scilly.
rcht|x|CFTcornwall|Cornwall Partnership NHS FT|Mental health and community services in Cornwall.
rcht|instagram|st_michaels_hayle_volunteers|St Michael's Hospital Volunteers|💙 volunteer team at St Michael's Hayle. tea trolley, gardens & smiles
tsdft|x|TorbayCouncil|Torbay Council|Official account of Torbay Council.
tsdft|x|DevonLive|Devon Live|News from Devon, including Torquay, Paignton, Newton Abbot and Exeter.
tsdft|x|DevonAirAmb|Devon Air Ambulance|Charity providing air ambulance cover for Devon. We rely on your support.
tsdft|x|OneDevonNHS|NHS Devon|The integrated care board for Devon.
tsdft|facebook|TorbayHospitalLeagueOfFriends|Torbay Hospital League of Friends|Volunteers supporting Torbay Hospital since 1948. Shop, café and grants for wards.
tsdft|x|HWTorbay|Healthwatch Torbay|Torbay's independent health and social care champion.
tsdft|x|RowcroftHospice|Rowcroft Hospice|Specialist palliative care for South Devon. Shops across the Bay.
tsdft|x|TorbayDocSarah|Dr Sarah Quayle|Acute physician at Torbay. Frailty, flow and paddleboarding. Views my own.
tsdft|instagram|brixham_hospital_friends|Brixham Hospital Friends|🐟 supporting Brixham Hospital and its patients. bric-a-brac sale saturday
tsdft|linkedin|university-of-exeter|University of Exeter|A Russell Group university in Devon and Cornwall with a leading medical school.
tsdft|x|DSFireRescue|Devon & Somerset Fire & Rescue|Official account of Devon and Somerset Fire and Rescue Service.
tsdft|x|HeraldExpress|Torbay Weekly|Community news for Torquay, Paignton and Brixham.
tsdft|facebook|NewtonAbbotCommunity|Newton Abbot Community Page|Events, news and lost-and-found for Newton Abbot and Kingsteignton.
tsdft|x|SocialWorkerMo|Maureen Tapley|Adult social worker in South Devon. Integrated care in practice, warts and all. Personal views.
tsdft|bluesky|devonphysio.bsky.social|Connor Lane|Community physio, Totnes. Falls prevention and trail running.
tsdft|x|UNISONTorbay|UNISON Torbay Health|UNISON branch for health and care workers in Torbay and South Devon.
tsdft|youtube|TorquayMuseum|Torquay Museum|Films about local history, including Torbay's hospitals.
tsdft|x|RCN_SouthWest|RCN South West|Royal College of Nursing in the South West.
tsdft|tiktok|torbaynursemel|Mel | Ward Nurse|🌊 nurse in devon. shift life, not medical advice
tsdft|mastodon|devoncarer@mastodon.social|Pat, unpaid carer|Caring for my husband in Paignton. Writing about carers' rights.
tsdft|x|DawlishNews|Dawlish Gazette|News for Dawlish, Teignmouth and the Teign Estuary.
tsdft|x|SDevonCollege|South Devon College|Health and social care courses in Paignton.
sch|x|TCHcharity|The Children's Hospital Charity|The official charity for Sheffield Children's Hospital. Making it better for children.
sch|instagram|thechildrenshospitalcharity|The Children's Hospital Charity|💛 raising money for Sheffield Children's. join a challenge!
sch|x|SheffieldStar|The Star Sheffield|Sheffield's news, sport and what's on.
sch|x|SYPolice|South Yorkshire Police|Official account of South Yorkshire Police. Report crime online or call 101.
sch|x|SYFR|South Yorkshire Fire|Official account of South Yorkshire Fire and Rescue.
sch|x|SheffCouncil|Sheffield City Council|Official account of Sheffield City Council.
sch|x|NHSSouthYorks|NHS South Yorkshire|Integrated care board for South Yorkshire.
sch|x|HWSheffield|Healthwatch Sheffield|Independent voice for people who use health and social care in Sheffield.
sch|x|SheffieldUni|University of Sheffield|A world top-100 university in the heart of the city.
sch|x|SheffHallamUni|Sheffield Hallam University|Nursing, midwifery and allied health courses in Sheffield.
sch|facebook|RonaldMcDonaldSheffield|Ronald McDonald House Sheffield|A home away from home for families with a child in Sheffield Children's Hospital.
sch|x|BluebellWood|Bluebell Wood Children's Hospice|Caring for children and young adults with life-shortening conditions in South Yorkshire.
sch|x|PaedsNurseAbi|Abi Crookes RN (Child)|Children's nurse, Sheffield. Neonates to teens. Own views, not my employer's.
sch|x|DrOllieSurg|Oliver Hague|Paediatric surgeon. Teaching, trainees and Sheffield Wednesday. Personal account.
sch|instagram|playspecialist_sophie|Sophie | Play Specialist|🧸 hospital play specialist. distraction, bubbles & bravery beads. my own page
sch|tiktok|nicu_mum_sheff|NICU mum Sheff|our baby's journey 💛 thank you to every nurse. not affiliated
sch|x|RadioSheffield|BBC Radio Sheffield|Sheffield's BBC local radio station.
sch|linkedin|the-university-of-sheffield|The University of Sheffield|Research and teaching in medicine, dentistry and health.
sch|bluesky|paedsradiology.bsky.social|Dr Naomi Firth|Paediatric radiologist. Imaging children safely. Personal.
sch|x|UNISONSheffH|UNISON Sheffield Health|UNISON branch for NHS staff in Sheffield.
sch|youtube|SheffieldDocFest|Sheffield DocFest|Documentary festival films, including health stories from the city.
sch|x|WesternBankLib|Western Bank Library|University of Sheffield library just up the road from the hospital. Study spaces and events.
sch|mastodon|childhealthresearch@mstdn.science|Dr Rob Naylor|Child health researcher, Sheffield. Asthma, air quality, open science.
sch|x|EmbraceTS|Embrace Transport Service|Specialist critical care transport for babies and children across Yorkshire and the Humber.
sch|facebook|SheffieldParentCarerForum|Sheffield Parent Carer Forum|Parent carers of children with SEND working with the NHS and council in Sheffield.
lpt|x|LeicsMercury|Leicester Mercury|News, sport and what's on in Leicester and Leicestershire.
lpt|x|leicspolice|Leicestershire Police|Official account. Don't report crime here - call 101 or 999.
lpt|x|LeicsFireRescue|Leicestershire Fire & Rescue|Official account of Leicestershire Fire and Rescue Service.
lpt|x|NHSLLR|NHS Leicester, Leicestershire and Rutland|Integrated care board for LLR.
lpt|x|LeicHospitals|Leicester's Hospitals|University Hospitals of Leicester NHS Trust. Leicester Royal Infirmary, Glenfield and the General.
lpt|x|HealthwatchLeic|Healthwatch Leicester|Independent health and care champion for Leicester and Leicestershire.
lpt|facebook|RaisingHealthCharity|Raising Health|The charity supporting Leicestershire Partnership NHS Trust services and patients.
lpt|x|LeicsCC|Leicestershire County Council|Official account of Leicestershire County Council.
lpt|x|Leicester_News|Leicester City Council|Official account of Leicester City Council.
lpt|x|uniofleicester|University of Leicester|Citizens of change. Medicine, research and more.
lpt|x|DMUleicester|De Montfort University|Nursing, midwifery and health courses in Leicester.
lpt|x|MHNurse_Raj|Raj Chauhan RMN|Community mental health nurse in Leicester. South Asian mental health, chai and cricket. Views mine.
lpt|x|SchoolNurseJen|Jen Allsop|School nurse in Leicestershire. Immunisations and impossible timetables. Personal account.
lpt|instagram|loughborough_hospital_friends|Loughborough Hospital Friends|💙 league of friends raising money for loughborough hospital patients
lpt|linkedin|loughborough-university|Loughborough University|Sport, health and exercise sciences and much more.
lpt|bluesky|camhs-psych-leics.bsky.social|Dr Meera Lad|Child and adolescent psychiatrist. Eating disorders, families, books. Personal.
lpt|x|LeicesterMind|Leicestershire Mind|Mental health charity for Leicester, Leicestershire and Rutland.
lpt|youtube|RutlandCountyCouncil|Rutland County Council|Films from Rutland County Council.
lpt|tiktok|hv_hannah_leics|Hannah | Health Visitor|👶 health visitor tips for new parents. general info only, speak to your own HV
lpt|x|UNISONLPTbranch|UNISON LPT Branch|UNISON members in Leicestershire Partnership NHS Trust. Organise, campaign, win.
lpt|facebook|MarketHarboroughNoticeboard|Market Harborough Noticeboard|Community noticeboard for Market Harborough and nearby villages.
lpt|mastodon|leics_ld_nurse@mastodon.social|Priti, LD nurse|Learning disability nurse in Leicestershire. Easy read, advocacy, choirs. Own views.
lpt|x|BBCLeicester|BBC Radio Leicester|Leicester's BBC local radio station.
lpt|x|SamaritansLeics|Leicester Samaritans|Volunteers here to listen, day and night. Find our free number on our website.
rwt|x|ExpressandStar|Express & Star|News for Wolverhampton and the Black Country.
rwt|x|WMPolice|West Midlands Police|Official account of West Midlands Police. Report crime online or call 101.
rwt|x|WMFireService|West Midlands Fire Service|Official account of West Midlands Fire Service.
rwt|x|WMAS|West Midlands Ambulance Service|West Midlands Ambulance Service University NHS Foundation Trust.
rwt|x|MidlandsAirAmb|Midlands Air Ambulance Charity|Air ambulance charity for the Midlands, funded by donations.
rwt|x|NHSBlackCountry|NHS Black Country|Integrated care board for Dudley, Sandwell, Walsall and Wolverhampton.
rwt|x|WolvesCouncil|City of Wolverhampton Council|Official account of City of Wolverhampton Council.
rwt|x|HWWolves|Healthwatch Wolverhampton|Your independent voice on health and care in Wolverhampton.
rwt|facebook|RWTCharity|The Royal Wolverhampton Hospitals Charity|The official charity supporting New Cross, Cannock Chase and West Park hospitals.
rwt|x|UniWolves|University of Wolverhampton|The university of opportunity. Nursing, midwifery and health courses.
rwt|x|WalsallNHS|Walsall Healthcare|Walsall Healthcare NHS Trust - Walsall Manor Hospital and community services.
rwt|x|CardioNurseBal|Baljit Sandhu|Cardiac nurse specialist, Wolverhampton. Heart failure clinics and bhangra. Views my own.
rwt|x|DrKwameAcute|Dr Kwame Asante|Acute medicine consultant, Black Country. Medical education. Personal views.
rwt|instagram|newcross_radio|New Cross Hospital Radio|📻 volunteer-run hospital radio for new cross. requests every night
rwt|linkedin|keele-university|Keele University|Medicine, nursing and health in Staffordshire.
rwt|x|CannockChaseDC|Cannock Chase Council|Official account of Cannock Chase District Council.
rwt|bluesky|wolvesmidwife.bsky.social|Shanice Ellis|Midwife in the Black Country. Birth equity. Own views.
rwt|tiktok|porter_gaz_wolves|Gaz the Porter|hospital porter life 😂 steps, trolleys and tea. not official
rwt|x|ComptonCare|Compton Care|Hospice care for people in Wolverhampton and surrounding areas.
rwt|youtube|BBCWM|BBC WM|BBC local radio for the West Midlands.
rwt|x|UNISON_RWT|UNISON Royal Wolverhampton|UNISON branch for staff at RWT.
rwt|mastodon|blackcountry_pharm@mastodon.social|Amir, hospital pharmacist|Pharmacist in the West Midlands. Antimicrobials and allotments. Not an official account.
rwt|facebook|TettenhallResidents|Tettenhall Residents Group|Local residents' group for Tettenhall and Wightwick.
jpuh|x|GYMercury|Great Yarmouth Mercury|News for Great Yarmouth, Gorleston and the villages.
jpuh|x|LowestoftJnl|Lowestoft Journal|News from Lowestoft and north Suffolk.
jpuh|x|EDP24|Eastern Daily Press|Norfolk's news, sport and what's on.
jpuh|x|NorfolkPolice|Norfolk Police|Official account of Norfolk Constabulary. Report crime online or call 101.
jpuh|x|SuffolkPolice|Suffolk Police|Official account of Suffolk Constabulary.
jpuh|x|EastAngliAirAmb|East Anglian Air Ambulance|Charity providing critical care by air and road across Norfolk, Suffolk, Cambs and Beds.
jpuh|x|NHSNorfWaveney|NHS Norfolk and Waveney|Integrated care board for Norfolk and Waveney.
jpuh|x|EastEnglandAmb|East of England Ambulance|East of England Ambulance Service NHS Trust.
jpuh|facebook|JamesPagetHospitalCharity|James Paget Hospital Charity|Official charity of the James Paget University Hospital. Your donations fund the extras.
jpuh|facebook|GorlestonCommunity|Gorleston-on-Sea Community|Community group for Gorleston residents. Seafront news, events and lost dogs.
jpuh|x|HealthwatchNorf|Healthwatch Norfolk|Independent health and care champion for Norfolk.
jpuh|x|HealthwatchSuff|Healthwatch Suffolk|Independent health and care champion for Suffolk.
jpuh|x|UEAHealth|UEA Health Sciences|School of Health Sciences at the University of East Anglia. Nursing, midwifery, paramedic science.
jpuh|x|WardSisterTrish|Trish Baxter|Ward sister in Gorleston. 30 years nursing, still love it. Views mine.
jpuh|x|DrJoeStroke|Dr Joe Ansell|Stroke physician on the east coast. Thrombolysis, rehab and fishing. Personal.
jpuh|instagram|paget_hospital_radio|Hospital Radio Yare|📻 hospital radio for the james paget since the 80s. volunteers always welcome
jpuh|linkedin|university-of-east-anglia|University of East Anglia|A leading UK university in Norwich.
jpuh|x|GYBC|Great Yarmouth Borough Council|Official account of Great Yarmouth Borough Council.
jpuh|x|EastSuffolkCncl|East Suffolk Council|Official account of East Suffolk Council.
jpuh|bluesky|eastcoast-midwife.bsky.social|Ellie Thrower|Midwife, Norfolk and Suffolk coast. Continuity of carer fan.
jpuh|tiktok|gorleston_nurse_amy|Amy | Staff Nurse|💙 staff nurse in gorleston. nights, snacks and storytime
jpuh|x|UNISONPaget|UNISON James Paget|UNISON branch at the James Paget University Hospital.
jpuh|mastodon|eastcoast_radiog@mastodon.social|Dan, radiographer|Diagnostic radiographer, Norfolk coast. CT, cats, cycling. Own views.
jpuh|x|WaveneyMind|Waveney Mind|Mental health support in Lowestoft and Waveney.
nchc|x|NorfolkCC|Norfolk County Council|Official account of Norfolk County Council.
nchc|x|NorwichCC|Norwich City Council|Official account of Norwich City Council.
nchc|x|NNUH|Norfolk and Norwich University Hospitals|Norfolk and Norwich University Hospitals NHS Foundation Trust.
nchc|x|NSFT|Norfolk and Suffolk NHS FT|Mental health services for Norfolk and Suffolk.
nchc|x|NorfolkFRS|Norfolk Fire and Rescue|Official account of Norfolk Fire and Rescue Service.
nchc|facebook|PriscillaBaconHospice|Priscilla Bacon Lodge Friends|Supporting specialist palliative care in Norwich through fundraising and volunteering.
nchc|x|NorfolkHospice|Norfolk Hospice Tapping House|Hospice care in west Norfolk.
nchc|x|DNKerryNorf|Kerry Loades|District nurse in north Norfolk. Country lanes, catheters and caring. Views my own.
nchc|x|TVNurseJoPegg|Jo Pegg|Tissue viability nurse specialist. Pressure ulcer prevention evangelist. Personal account.
nchc|instagram|kelling_hospital_friends|Friends of Kelling Hospital|💙 supporting kelling hospital patients. plant sale in may
nchc|linkedin|city-college-norwich|City College Norwich|Further education college with health and social care courses.
nchc|x|NorfolkCF|Norfolk Community Foundation|Connecting donors with local good causes across Norfolk.
nchc|bluesky|norfolkslt.bsky.social|Gemma Lake|Speech and language therapist, adult community. Swallowing and stroke. Personal.
nchc|youtube|NorwichEveningNews|Norwich Evening News|Video from Norwich and around.
nchc|x|AgeUKNorwich|Age UK Norwich|Supporting older people in Norwich and surrounding areas.
nchc|tiktok|community_physio_norfolk|Rob | Community Physio|🧓 keeping people moving at home in norfolk. general advice only
nchc|x|UNISONNorfolkH|UNISON Norfolk Health|UNISON branch for health workers in Norfolk.
nchc|facebook|SwaffhamTownNews|Swaffham Town News|News and events for Swaffham and nearby villages.
nchc|x|CarersMatterNor|Carers Matter Norfolk|Support for unpaid carers across Norfolk.
nchc|mastodon|norfolk_ot@mastodon.social|Beth, community OT|Occupational therapist, Norfolk community teams. Equipment, homes, independence.
nchc|x|BBCNorfolk|BBC Radio Norfolk|Norfolk's BBC local radio station.
nchc|x|MSKNorfolk|Norfolk MSK Service|Self-management tips for joint and muscle problems, from local physios.
rph|x|RoyalPapworthCh|Royal Papworth Hospital Charity|The official charity of Royal Papworth Hospital. Support heart and lung patients.
rph|instagram|royalpapworthcharity|Royal Papworth Hospital Charity|❤️ fundraising for heart and lung patients. sign up for the bike ride!
rph|x|CambsNews|Cambridgeshire Live|News from Cambridge and across Cambridgeshire.
rph|x|CambsCops|Cambridgeshire Police|Official account of Cambridgeshire Constabulary.
rph|x|CambsFRS|Cambs Fire & Rescue|Official account of Cambridgeshire Fire and Rescue Service.
rph|x|CUH_NHS|Cambridge University Hospitals|Addenbrooke's and the Rosie hospitals.
rph|x|NHSCandP|NHS Cambridgeshire and Peterborough|Integrated care board for Cambridgeshire and Peterborough.
rph|x|HWCambs|Healthwatch Cambridgeshire|Independent champion for health and care in Cambridgeshire and Peterborough.
rph|x|Cambridge_Uni|University of Cambridge|Official account of the University of Cambridge.
rph|x|BHFcharity|British Heart Foundation|Funding research into heart and circulatory diseases.
rph|x|CFTrust|Cystic Fibrosis Trust|Uniting for a life unlimited.
rph|x|ARU_Health|ARU Health|Faculty of Health, Medicine and Social Care at Anglia Ruskin University.
rph|x|PapworthEverard|Papworth Everard Parish Council|Parish council for Papworth Everard village.
rph|facebook|PapworthVillageCommunity|Papworth Village Community|Community page for Papworth Everard residents. Events, buses and bins.
rph|x|TransplantKate|Kate Villiers|Transplant coordinator. Organ donation saves lives - talk to your family. Personal views.
rph|x|DrPerfusionist|Alex Moreau|Clinical perfusionist, Cambridge. Heart-lung machines and marathon training. Own views.
rph|bluesky|thoracicsurg.bsky.social|Mr Dev Patel FRCS|Cardiothoracic surgeon. Training, research, cricket. Personal.
rph|linkedin|nhs-blood-and-transplant|NHS Blood and Transplant|Saving and improving lives through blood, organ, tissue and stem cell donation.
rph|youtube|OrganDonationUK|NHS Organ Donation|Stories from donor families and recipients. Register your decision.
rph|tiktok|heartpatient_hattie|Hattie | heart warrior|❤️ life after my heart transplant. not medical advice
rph|x|CamBiomedCampus|Cambridge Biomedical Campus|Home to Addenbrooke's, Royal Papworth, the MRC LMB, AstraZeneca and more.
rph|mastodon|lungresearch@mstdn.science|Dr Hana Ito|Respiratory researcher, Cambridge. Pulmonary hypertension, open access.
rph|x|UNISONPapworth|UNISON Royal Papworth|UNISON branch at Royal Papworth Hospital.
rph|instagram|papworth_transplant_games|Papworth Transplant Team|🏅 transplant recipients training for the British Transplant Games. patient-run
rph|x|BritishLungFdn|Asthma + Lung UK|Fighting for every breath.
"""

NATIONAL = r"""
meh|x|NHSEngland|NHS England|Official account of NHS England. We lead the NHS in England.
christie|x|NHSuk|NHS|The official account of the NHS website. For health advice visit the NHS website or call 111.
rwt|x|NHSCFA|NHS Counter Fraud Authority|Fighting fraud in the NHS. Report suspected NHS fraud online.
scas|x|actionfrauduk|Action Fraud|The UK's national reporting centre for fraud and cybercrime.
wlt|x|CQCProf|Care Quality Commission|The independent regulator of health and adult social care in England.
sch|x|NHSJobs|NHS Jobs|The official NHS recruitment service. NHS employers never charge you to apply.
jpuh|x|theRCN|Royal College of Nursing|The voice of nursing across the UK.
nchc|x|NMCnews|Nursing and Midwifery Council|The professional regulator for nurses and midwives in the UK, and nursing associates in England.
rph|x|HCPC_UK|HCPC|Health and Care Professions Council. Regulating 15 professions.
lpt|x|MindCharity|Mind|We're Mind, the mental health charity. We won't give up until everyone experiencing a mental health problem gets support and respect.
merseycare|x|NHSProviders|NHS Providers|The membership organisation for NHS trusts.
tsdft|x|NHSConfed|NHS Confederation|The membership body for organisations that commission and provide NHS services.
kchft|x|QNIUK|The Queen's Nursing Institute|Charity for community nursing.
neas|x|AACEorg|AACE|Association of Ambulance Chief Executives.
rcht|x|NHSCharities|NHS Charities Together|The national charity for the NHS, supporting 230+ NHS charities.
"""
