"""Hand-written genuine NHS-adjacent accounts, part A: trust|platform|handle|display name|bio."""

ADJACENT_A = r"""
kchft|x|HealthwatchKent|Healthwatch Kent|Your independent champion for health and social care in Kent. Tell us what you think of local services - good or bad.
kchft|x|NHSKentMedway|NHS Kent and Medway|The integrated care board for Kent and Medway. We plan and buy NHS services for 1.9 million people.
kchft|facebook|KentCountyCouncil|Kent County Council|Official page of Kent County Council. Roads, schools, libraries, social care and more. Report a problem on our website.
kchft|x|KentOnline|KentOnline|Kent's biggest news website. Breaking news, sport and what's on across the county.
kchft|x|kent_police|Kent Police|Official account of Kent Police. Don't report crime here - call 101 or 999 in an emergency.
kchft|instagram|heartofkenthospice|Heart of Kent Hospice|Caring for people with life-limiting illness in mid Kent since 1991 💜 shops, events and volunteering.
kchft|linkedin|university-of-kent|University of Kent|The UK's European university, with campuses in Canterbury and Medway.
kchft|x|DNurseDeb|Debbie Harrowell|District nurse in Thanet for 19 years. Leg ulcers, compression and too much tea. Opinions mine not my employer's.
kchft|x|KentHVAnjali|Anjali Mistry RN SCPHN|Health visitor in West Kent. Breastfeeding peer support nerd. Tweets are personal.
kchft|facebook|QVMHLeagueOfFriends|Queen Victoria Memorial Hospital League of Friends|Volunteers raising money for equipment at the QVMH in Herne Bay since 1950. Our book stall is open Tuesdays.
kchft|bluesky|podiatrykent.bsky.social|Sam Okonjo|Podiatrist in east Kent. Feet, diabetes and the odd rant about shoes. Own views.
kchft|youtube|KentFireRescue|Kent Fire and Rescue Service|Safety advice, recruitment and stories from Kent Fire and Rescue Service.
kchft|x|UNISONKentCH|UNISON Kent Community Health|UNISON branch for staff in community health across Kent. Join the union today.
kchft|linkedin|kent-surrey-sussex-air-ambulance|Air Ambulance Charity Kent Surrey Sussex|Delivering critical care to people in Kent, Surrey and Sussex by helicopter and rapid response vehicle.
kchft|instagram|deal_hospital_friends|Friends of Deal Hospital|🌊 supporting Deal Hospital patients with comforts, gardens and equipment. raffle every spring!
kchft|x|MedwayCouncil|Medway Council|The official account of Medway Council. Monitored 9am to 5pm on weekdays.
kchft|mastodon|kentnurse@mastodon.social|Kent Nurse Rachel|Community matron, Swale. Long-term conditions, frailty, dogs. Personal account.
kchft|x|KentMindCharity|West Kent Mind|Local mental health charity. Talking therapies, peer support and wellbeing groups in west Kent.
kchft|facebook|WhitstableMedicalPractice|Whitstable Medical Practice|GP practice serving Whitstable and Tankerton. Please don't message us about appointments - use the app or phone.
kchft|tiktok|kentdentalnurse|Lucy | Dental Nurse|community dental nurse in kent 🦷 day in the life, not medical advice
kchft|x|NHSEWorkforceSE|NHS England Workforce South East|Workforce, training and education for the NHS in the South East.
kchft|x|BBCSouthEast|BBC South East|News from across Kent and East Sussex on BBC One at 6.30pm.
kchft|facebook|SevenoaksHospitalFriends|Friends of Sevenoaks Hospital|We are a small charity raising funds for patients and staff at Sevenoaks Hospital. Coffee morning first Saturday of the month.
kchft|linkedin|canterbury-christ-church-university|Canterbury Christ Church University|Educating nurses, paramedics and allied health professionals in Kent and Medway.
kchft|x|CllrJanetPike|Cllr Janet Pike|Kent county councillor, Faversham. Health overview and scrutiny committee member. Views my own.
scas|x|TVAirAmbulance|Thames Valley Air Ambulance|Charity providing critical care in Berkshire, Buckinghamshire and Oxfordshire. We rely on donations.
scas|x|HIOWAirAmb|Hampshire and Isle of Wight Air Ambulance|Bringing the emergency department to the patient across Hampshire and the Isle of Wight.
scas|x|HantsFireRescue|Hampshire & IOW Fire and Rescue|Official account of Hampshire and Isle of Wight Fire and Rescue Service. Emergency? 999.
scas|x|ThamesVP|Thames Valley Police|Keeping the Thames Valley safe. Don't report crime here - call 101 or use our website.
scas|facebook|SCASCharity|SCAS Charity|The official charity of South Central Ambulance Service. We fund extras for staff, volunteers and patients that the NHS can't.
scas|x|ParamedicPete_|Pete Hanlon|Paramedic in Oxfordshire. Cyclist, dad, occasional baker. Views my own, not SCAS's.
scas|instagram|callhandler_kim|Kim | 999 call handler|🎧 emergency call handler in the south. not an official account, just my life
scas|linkedin|nhs-111-online|NHS 111|NHS 111 can help if you have an urgent medical problem and you're not sure what to do.
scas|x|HampshireCFRs|Hampshire Community First Responders|Volunteer first responders dispatched by the ambulance service to life-threatening calls in Hampshire villages.
scas|facebook|WatlingtonFirstResponders|Watlington First Responders|Volunteer community first responder group covering Watlington and surrounding villages. Fundraiser for a new defib this summer!
scas|x|GMB_Southern|GMB Southern|GMB union for workers across the south. Ambulance staff - join today.
scas|x|OxfordMail|Oxford Mail|News, sport and what's on in Oxford and Oxfordshire.
scas|bluesky|stjohnambulance.bsky.social|St John Ambulance|The nation's leading first aid charity. Learn first aid, volunteer, donate.
scas|x|NHSHIOW|NHS Hampshire and Isle of Wight|Integrated care board for Hampshire and the Isle of Wight.
scas|x|BOB_ICB|NHS Buckinghamshire, Oxfordshire and Berkshire West|The NHS integrated care board for Buckinghamshire, Oxfordshire and Berkshire West.
scas|youtube|OxfordBrookesUniversity|Oxford Brookes University|Videos from Oxford Brookes, including our paramedic science and nursing courses.
scas|x|RCNSouthEast|RCN South East|Royal College of Nursing in the South East. Supporting and representing nurses.
scas|instagram|ambulance_wife_diaries|Ambulance Wife Diaries|life married to a paramedic 🚑 night shifts, cold dinners, love. not affiliated with any trust
scas|x|Dr_Tariq_EM|Dr Tariq Shah|Emergency medicine consultant, Reading. Prehospital care enthusiast. Personal views.
scas|facebook|BerkshireSamaritans|Reading Samaritans|Volunteers listening 24/7. Reading branch news, training dates and volunteer recruitment.
scas|x|SouthernHealth_|Southern Health NHS FT|Mental health, learning disability and community services in Hampshire.
scas|mastodon|paramedicjo@mastodon.online|Jo the Paramedic|Specialist paramedic, urgent care. Hampshire. Knits on breaks. Not speaking for anyone.
scas|tiktok|ambulancenerd_uk|Ambulance Nerd UK|🚑 spotting ambulances across the UK. fan page, not an official account
scas|x|ReadingChron|Reading Chronicle|News for Reading and Berkshire.
scas|linkedin|college-of-paramedics|College of Paramedics|The professional body for paramedics in the UK.
scas|x|FireOxfordshire|Oxfordshire Fire and Rescue|Oxfordshire County Council Fire and Rescue Service. In an emergency dial 999.
neas|x|GNAAcharity|Great North Air Ambulance|Charity air ambulance serving the North East, North Yorkshire and Cumbria. Funded by you.
neas|x|northumbriapol|Northumbria Police|Official account of Northumbria Police. Not monitored 24/7 - call 101 or 999.
neas|x|DurhamPolice|Durham Constabulary|Policing County Durham and Darlington.
neas|x|TWFRS|Tyne and Wear Fire and Rescue|Official account of Tyne and Wear Fire and Rescue Service.
neas|facebook|ChronicleLive|Chronicle Live|News, sport and what's on from Newcastle and the North East.
neas|x|NENCICB|NHS North East and North Cumbria|The integrated care board for the North East and North Cumbria.
neas|x|NUTHospitals|Newcastle Hospitals|Newcastle upon Tyne Hospitals NHS Foundation Trust. RVI, Freeman and more.
neas|instagram|northumbria_uni_paramedics|Northumbria Uni Paramedic Science|🚑 paramedic science students at Northumbria University. student-run account
neas|x|Para_Lou_NE|Louise Carr|Paramedic, Teesside. Mental health first aider. Mam of 3. Views mine.
neas|x|UNISON_NEAS|UNISON North East Ambulance|UNISON branch representing ambulance staff across the North East. Organising for fair pay.
neas|linkedin|teesside-university|Teesside University|Health and life sciences education in Middlesbrough, including paramedic science.
neas|facebook|WeardaleFirstResponders|Weardale Community First Responders|Volunteers trained to attend 999 calls in the Dale until the ambulance arrives. Please support our bag pack at the Co-op.
neas|x|TeessideLive|Teesside Live|News from Middlesbrough, Stockton, Redcar and Hartlepool.
neas|tiktok|controlroomchris|Chris | EMD|999 emergency medical dispatcher up north 🎧 my own videos, not my employer's
neas|x|NHS111_NE|NHS 111 North East|Sharing NHS 111 advice for the North East. For urgent help use 111 online.
neas|bluesky|ne-mountainrescue.bsky.social|Northumberland National Park MRT|Volunteer mountain rescue team. Call 999, ask for police, then mountain rescue.
neas|x|DrRayEM_NE|Dr Raymond Lisle|Emergency physician, Sunderland. Handover delays, rota gaps and football. Personal account.
neas|youtube|NorthernEchoTV|The Northern Echo|Video news from Darlington, Durham and North Yorkshire.
neas|x|HealthwatchNcl|Healthwatch Newcastle|Independent champion for people using health and social care in Newcastle.
neas|facebook|SunderlandEcho|Sunderland Echo|Your news from Sunderland and Wearside.
neas|x|CllrAnnWhitfld|Cllr Ann Whitfield|Durham county councillor for Crook. Campaigning for better rural ambulance response times.
neas|instagram|stjohnambulance_northeast|St John Ambulance North East|first aid at events across the north east 🩹 volunteer with us
neas|mastodon|ambotech@mastodon.social|Gaz, Ambulance Tech|Ambulance technician, County Durham. Gigs, coffee and bad puns. Own opinions.
neas|x|NorthYorksFire|North Yorkshire Fire & Rescue|Official account of North Yorkshire Fire and Rescue Service.
neas|linkedin|association-of-ambulance-chief-executives|Association of Ambulance Chief Executives|Supporting NHS ambulance services across the UK.
wlt|x|HWEaling|Healthwatch Ealing|Your independent voice on health and social care in Ealing.
wlt|x|HounslowCouncil|Hounslow Council|Official account of the London Borough of Hounslow.
wlt|x|LBHF|Hammersmith & Fulham Council|Official account of Hammersmith & Fulham Council. Working with residents.
wlt|x|NHSNWLondon|NHS North West London|The integrated care board for North West London's eight boroughs.
wlt|facebook|MindInEaling|Mind in Ealing and Hounslow|Local mental health charity offering counselling, peer support and advocacy.
wlt|linkedin|brunel-university-london|Brunel University London|Uxbridge-based university with courses in nursing, physiotherapy and occupational therapy.
wlt|x|MHNurseTunde|Tunde Adeyemi RMN|Mental health nurse, forensic services. Recovery, race equality and Arsenal. Views personal.
wlt|x|ForensicOT_Sal|Sally Brennan|Occupational therapist in secure services. Gardening groups and hope. My views only.
wlt|instagram|ealingtimes|Ealing Times|📰 news for Ealing, Acton, Southall and Greenford
wlt|x|metpoliceuk|Metropolitan Police|The official account of the Metropolitan Police Service. Report crime online or call 101.
wlt|x|RethinkMI|Rethink Mental Illness|National charity for people severely affected by mental illness. Advice, services and campaigning.
wlt|facebook|BroadmoorHistoryGroup|Crowthorne Village History|Local history society for Crowthorne, including the story of the village, the college and the asylum. Members' talks monthly.
wlt|bluesky|drpriyasen.bsky.social|Dr Priya Sen|Consultant forensic psychiatrist. Teaching, research and too many podcasts. Personal.
wlt|x|WLAlliance|West London Alliance|Partnership of west London boroughs working together on housing, care and skills.
wlt|x|UNISON_WLT|UNISON West London Mental Health|UNISON branch for staff in west London mental health services. Members first.
wlt|youtube|SamaritansCharity|Samaritans|Whatever you're going through, we're here to listen. Films about our volunteers and campaigns.
wlt|x|HounslowChron|Hounslow Chronicle|News for Hounslow, Isleworth, Feltham and Brentford.
wlt|linkedin|rcpsych|Royal College of Psychiatrists|The professional medical body for psychiatrists in the UK.
wlt|mastodon|peersupport_will@mastodon.social|Will, peer support worker|Lived experience peer worker in west London. Walking, cooking, staying well. Not an official account.
wlt|x|EalingCarers|Carers Network Ealing|Support for unpaid carers in Ealing. Drop-in every Thursday.
wlt|tiktok|mentalhealthnurse_dami|Dami | MH Nurse|mental health nurse 💙 myth busting, self care, day in the life. not medical advice
wlt|x|ImperialNHS|Imperial College Healthcare|Imperial College Healthcare NHS Trust: Charing Cross, Hammersmith, St Mary's and more.
wlt|facebook|SouthallCommunityAlliance|Southall Community Alliance|Bringing Southall's communities together. Food bank, youth club and health advice sessions.
wlt|x|NHSEnglandLDN|NHS in London|Sharing news from NHS England - London region.
wlt|instagram|lakeside_art_group|Lakeside Art Group|🎨 art by service users and staff, shared with permission. community project
meh|x|MoorfieldsChrty|Moorfields Eye Charity|The independent charity for Moorfields Eye Hospital. Funding research and care that transform lives.
meh|instagram|moorfieldseyecharity|Moorfields Eye Charity|💙 funding sight-saving research at Moorfields. run a marathon with us!
meh|x|RNIB|RNIB|Royal National Institute of Blind People. See differently. Advice, technology and support for people with sight loss.
meh|x|UCLIoO|UCL Institute of Ophthalmology|World-leading eye research, in partnership with Moorfields Eye Hospital.
meh|linkedin|ucl-institute-of-ophthalmology|UCL Institute of Ophthalmology|Research and postgraduate teaching in vision science, in partnership with Moorfields.
meh|x|MaculaSociety|Macular Society|Beating macular disease. Support, advice and research.
meh|x|GuideDogs|Guide Dogs|Changing the lives of people with sight loss.
meh|x|DrAishaOphth|Dr Aisha Rahman|Ophthalmology registrar, London. Retina, teaching and marathons. Tweets my own.
meh|x|OptomTom|Tom Yeats|Optometrist. Community eye care, glaucoma and myopia control. Not affiliated with any hospital.
meh|bluesky|eyeresearchlab.bsky.social|Kellaway Retina Lab|University research group studying inherited retinal disease. Lab news and papers.
meh|x|CollegeOphth|Royal College of Ophthalmologists|Professional body for eye doctors in the UK.
meh|youtube|FightForSight|Fight for Sight|Funding research to stop sight loss. Films about our researchers and supporters.
meh|x|IslGazette|Islington Gazette|News for Islington and Hackney.
meh|x|Camden_Council|Camden Council|Official account of Camden Council. Oriel's new home is in our borough.
meh|facebook|GlaucomaUK|Glaucoma UK|Supporting people with glaucoma. Helpline and information.
meh|instagram|ortho_optics_emma|Emma | Orthoptist|👀 orthoptist in london. squints, lazy eyes and kids' clinics. personal account
meh|x|NHSNCLondon|NHS North Central London|Integrated care board for Barnet, Camden, Enfield, Haringey and Islington.
meh|x|StGeorgesTrust|St George's Hospital|St George's University Hospitals NHS FT in Tooting.
meh|mastodon|visionsci@mstdn.science|Dr Mark Ferris|Vision scientist. Ocular genetics, open data, cycling. Views mine.
meh|tiktok|eyedoctor_jules|Jules the Eye Doc|ophthalmology trainee 👁 eye facts, not personal medical advice
meh|linkedin|city-st-georges-university-of-london|City St George's, University of London|Home to the School of Health and Psychological Sciences, including optometry.
meh|x|MoorfieldsAlum|Moorfields Alumni Association|Network for former Moorfields fellows and trainees worldwide. Independent of the Trust.
meh|facebook|RetinitisPigmentosaUK|Retina UK|Charity for people affected by inherited sight loss.
meh|x|HackneyGPs|City and Hackney GP Confederation|GP federation for City and Hackney practices.
meh|x|EyeCasNurseBev|Bev Saunders|Eye casualty nurse practitioner for 22 years. Red eyes, foreign bodies and calm. Views my own.
christie|x|ChristieCharity|The Christie Charity|The official charity of The Christie. Your donations fund extra care, research and equipment.
christie|instagram|thechristiecharity|The Christie Charity|💜 fundraising for The Christie. runs, bake sales and challenges
christie|x|MaggiesMcr|Maggie's Manchester|Free cancer support for people with cancer and their families, in the grounds of The Christie.
christie|x|CRUK_NW|Cancer Research UK North West|Beating cancer sooner. Research, news and events in the North West.
christie|x|MacmillanNW|Macmillan North West|Whatever cancer throws your way, we're right there with you. Support line on our website.
christie|x|MENnewsdesk|Manchester Evening News|The latest news, sport and features from Greater Manchester.
christie|x|GMPolice|Greater Manchester Police|Official account of GMP. Don't report crime here. Call 101 or 999.
christie|x|NHSGM|NHS Greater Manchester|The integrated care system for Greater Manchester's 2.8 million people.
christie|linkedin|university-of-manchester|The University of Manchester|A global research university with one of the largest cancer research communities in Europe.
christie|x|CRUKMI|CRUK Manchester Institute|Cancer Research UK Manchester Institute. Discovery science, based near The Christie.
christie|x|OncNurseHelen|Helen Marsh|Chemotherapy nurse, Manchester. Cannulas, kindness and coffee. My views not my employer's.
christie|x|DrRadOnc_Sam|Dr Sam Okafor|Clinical oncologist. Radiotherapy, proton beam and evidence. Personal account.
christie|bluesky|protonphysicist.bsky.social|Rhiannon Pugh|Medical physicist working in proton therapy. Science communication on weekends.
christie|facebook|WithingtonCommunity|Withington Village Community|Local residents' group for Withington. Events, lost cats and planning news.
christie|youtube|TeenageCancerTrust|Teenage Cancer Trust|Films from young people with cancer and the nurses who support them.
christie|x|PrehabCancerGM|Prehab4Cancer|Greater Manchester programme helping people get fit for cancer treatment.
christie|instagram|chemo_and_chill|Nat | life after chemo|🎗️ my breast cancer story, treated in manchester. not medical advice, just honesty
christie|x|UNISON_Christie|UNISON Christie Branch|UNISON members working in specialist cancer care. Get involved.
christie|tiktok|radiographer_ruby|Ruby | Therapeutic Radiographer|✨ radiotherapy explained by a radiographer. my own account
christie|x|Salford_Royal|Salford Care Organisation|Salford Royal and community services, part of Northern Care Alliance.
christie|mastodon|oncresearch_mcr@mstdn.science|Dr Ewan Tully|Cancer trials methodologist. Stats, trials and gardening. Views mine.
christie|x|BBCNWT|BBC North West Tonight|The North West's news programme on BBC One.
christie|linkedin|manchester-cancer-research-centre|Manchester Cancer Research Centre|Partnership between The University of Manchester, CRUK and The Christie.
christie|facebook|ChristieHospitalRadio|Radio Christie|Hospital radio for patients at The Christie, run by volunteers. Requests every evening.
christie|x|CancerMattersGM|Cancer Matters GM|Patient and public voice for cancer services in Greater Manchester.
merseycare|x|LivEchonews|Liverpool Echo|Breaking news, sport and what's on in Liverpool and Merseyside.
merseycare|x|MerPolCC|Merseyside Police|Official account of Merseyside Police. Report crime on 101 or 999 in an emergency.
merseycare|x|MerseyFire|Merseyside Fire & Rescue|Official account of Merseyside Fire and Rescue Service.
merseycare|x|NHSCandM|NHS Cheshire and Merseyside|Integrated care board for Cheshire and Merseyside.
merseycare|x|LivUni|University of Liverpool|Founded in 1881, a member of the Russell Group.
merseycare|x|LJMU|Liverpool John Moores University|Nursing, midwifery and health courses in the heart of Liverpool.
merseycare|facebook|HealthwatchLiverpool|Healthwatch Liverpool|Independent health and social care champion for Liverpool. Free advice and information line.
merseycare|x|MindLiverpool|Liverpool Mind|Mental health charity for Liverpool. Wellbeing courses, advocacy and peer support.
merseycare|x|RMN_Jamie|Jamie Kavanagh|Mental health nurse in Liverpool. Men's mental health, boxing and Everton. Views my own.
merseycare|x|LDNurseCaz|Caroline Dunne RNLD|Learning disability nurse, Sefton. Easy read everything. Personal account.
merseycare|instagram|merseycare_cycling_club|Mersey Care Staff Cycling Club|🚴 staff social club, not an official trust account. sunday rides from sefton park
merseycare|linkedin|mental-health-foundation|Mental Health Foundation|UK charity for good mental health for all.
merseycare|bluesky|dr-kemi-psych.bsky.social|Dr Kemi Adebayo|Clinical psychologist. Trauma, communities and kindness. Personal.
merseycare|x|SeftonCouncil|Sefton Council|Official account of Sefton Council.
merseycare|x|KnowsleyCouncil|Knowsley Council|Official account of Knowsley Council.
merseycare|youtube|TimeToChangeArchive|Mental Health Media Archive|Archive of public mental health campaign films. Educational use.
merseycare|x|SamaritansLpool|Liverpool Samaritans|Here day and night for anyone struggling. Liverpool branch news and volunteer open evenings.
merseycare|facebook|MaghullCommunity|Maghull Community Noticeboard|Local news and events for Maghull and Lydiate. Be kind in the comments.
merseycare|x|RCNNorthWest|RCN North West|Royal College of Nursing in the North West.
merseycare|x|AshworthHistory|Ashworth Local History|Researching the history of Maghull's hospitals and the people who worked there. Volunteer-run.
merseycare|tiktok|talkingtherapies_laura|Laura | CBT therapist|🧠 cbt tips from a talking therapist in liverpool. personal account
merseycare|x|LCRCA|Liverpool City Region Combined Authority|Transport, skills and jobs across the Liverpool City Region.
merseycare|mastodon|scouse_ot@mastodon.social|Siobhan OT|Occupational therapist in community mental health, Merseyside. Allotments. Own views.
merseycare|x|UNISON_MCare|UNISON Mersey Care|UNISON branch for Mersey Care staff. Join online.
merseycare|x|LHCHFT|Liverpool Heart and Chest|Liverpool Heart and Chest Hospital NHS Foundation Trust.
"""
