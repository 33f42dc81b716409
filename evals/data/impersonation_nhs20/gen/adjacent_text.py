# -*- coding: utf-8 -*-
"""Hand-written genuine accounts around each Trust (nhs_adjacent): staff, departments, charities, unions, local
health bodies, councils, GP practices, patient groups, press, volunteers, legitimate recruiters and so on.
One line per account: platform|handle|display name|bio. People named here are invented."""

ADJ = {}

ADJ["tgicft"] = """
x|TGH_Maternity|Tameside Maternity|Midwives and maternity team at Tameside General Hospital. Not for clinical advice - call triage if you are worried.
x|TamesideCharity|Tameside Hospital Charity|The official charity for Tameside and Glossop Integrated Care. Every penny goes back to patients and staff. Reg charity.
facebook|HealthwatchTameside|Healthwatch Tameside|Your independent health and social care champion in Tameside. Tell us about your experience of local services.
x|TamesideCouncil|Tameside Council|News and updates from Tameside Metropolitan Borough Council. Emergencies out of hours: see our website.
x|NHSGM|NHS Greater Manchester|Planning and buying health services across Greater Manchester's ten boroughs.
instagram|sister_bev_tgh|Bev (ward sister)|Ward sister on acute medicine in Ashton. 22 years NHS. Views mine. Cats and crochet.
x|DrRaviOrtho|Ravi Menon|Trauma & orthopaedic registrar in Greater Manchester. Hip fractures, rugby, too much coffee. Opinions my own.
x|UNISON_TGH|UNISON Tameside Health|UNISON branch for hospital and community staff in Tameside & Glossop. Join the union, it's your voice at work.
facebook|GlossopLeagueofFriends|Friends of Shire Hill|Volunteers raising money for patients at Shire Hill and Glossop community services since the 1970s.
tiktok|nurse.kayleigh.mcr|Kayleigh RN|newly qualified nurse 🩺 day in the life vids. all views my own, I don't speak for my employer
x|AshtonPCN|Ashton Primary Care Network|GP practices in Ashton working together. Book with your own surgery, not here.
instagram|tgh_physio_team|Tameside Physio|Physiotherapists at Tameside General. Exercises and tips - not a substitute for your own treatment plan.
x|GlossopChron|Glossop Chronicle Health Desk|Local health news for Glossop and High Peak. Got a story? Email the newsdesk.
facebook|DukinfieldMums|Dukinfield Mums Chat|Friendly group for mums in Dukinfield & Stalybridge. No selling, be kind.
linkedin|sarah-whittle-nhs|Sarah Whittle|Head of Nursing, Surgery - Tameside and Glossop Integrated Care NHS FT. Chartered manager, QI enthusiast.
x|TamesideRadio|Tameside Hospital Radio|Volunteer-run radio for patients at Tameside General. Request a song from your bed!
bluesky|mike-porter.bsky.social|Mike Porter|Porter at our local hospital for 15 years. Also Latics fan, unfortunately.
x|RCN_NorthWest|RCN North West|Royal College of Nursing in the North West. Supporting members across the region.
instagram|stalybridge_walking_group|Stalybridge Walking Group|Tuesday health walks from the Civic Hall. Free, friendly, all welcome.
facebook|TamesideCarers|Tameside Carers Centre|Support, advice and a cuppa for unpaid carers across Tameside.
x|MancMedSchool|Manchester Medical School|Training tomorrow's doctors across Greater Manchester placement hospitals.
linkedin|tameside-hospital-volunteers|Tameside Hospital Volunteers|Volunteer service at Tameside General. Meet and greet, ward helpers, chaplaincy support.
tiktok|hca_life_danny|Danny HCA|healthcare assistant 💉 nights 🌙 banter. not affiliated with any trust account
x|DrHollyGP|Dr Holly Ferris|GP partner in Hyde. Frailty, health inequalities, allotments.
instagram|glossop_park_run|Glossop Park Run Fans|Unofficial fan page for Saturday morning running in Manningham Park. Volunteers needed!
facebook|TamesideMacmillanInfo|Macmillan Information Centre Tameside|Cancer information and support drop-in at the hospital. Run with Macmillan Cancer Support.
x|NWAS_community|North West community responders|Volunteer community first responders in the Tameside area. Trained to help until the ambulance arrives.
x|TGH_Pharmacy|Tameside Pharmacy Team|Hospital pharmacy team. Medicines info for professionals. Patients: speak to your ward or GP.
facebook|AshtonMarketTraders|Ashton Market|Ashton-under-Lyne market hall and outdoor market. Opening times and events.
instagram|anita.midwife|Anita (midwife)|Community midwife in Tameside & Glossop 👶 personal account, no clinical advice by DM.
x|CounterFraudNW|NW Counter Fraud|Local counter fraud specialists for NHS organisations in the north west. Spotted a scam using an NHS name? Report it.
linkedin|hyde-health-campus|Hyde Health Campus|Outpatient and diagnostic services in Hyde in partnership with local NHS providers.
x|TamesideFood|Tameside Foodbank|Emergency food support in Tameside. Referral via local agencies.
facebook|MossleyCommunityCentre|Mossley Community Centre|Classes, groups and health clinics in Mossley.
x|nicola_tgh_ed|Nicola Barraclough|ED consultant. Healthcare in the north. Cycling to work when it isn't raining (rarely).
tiktok|tamesidemum_of3|jess ✨|mum of 3 in tameside, sharing our hospital stay with baby Alfie + the brilliant neonatal team
instagram|tgh_chaplaincy|Tameside Hospital Chaplaincy|Spiritual and pastoral care for patients, families and staff of all faiths and none.
x|GMMentalHealth|GM mental health crisis info|Signposting for mental health crisis support across Greater Manchester. Not monitored 24/7.
facebook|FriendsOfTamesideHospital|Friends of Tameside Hospital|Running the hospital shop since 1968. Profits buy equipment for wards.
x|TamesideJobsBrd|Tameside Jobs Board|Local vacancies shared from employers across Tameside. Always apply on the employer's own site.
bluesky|dr-lin-research.bsky.social|Dr Mei Lin|Clinical research fellow, respiratory. Greater Manchester. Papers, preprints, occasional bread.
"""

ADJ["ect"] = """
x|ECT_Maternity|Macclesfield Maternity|Maternity team at Macclesfield District General Hospital. Concerns? Call the unit, not Twitter.
facebook|EastCheshireHospitalCharity|East Cheshire Hospital Charity|Official charity supporting Macclesfield, Knutsford and Congleton hospitals. Thank you for every donation.
x|HealthwatchChE|Healthwatch Cheshire|Independent voice for people who use health and care services in Cheshire East and West.
x|CheshireEast|Cheshire East Council|Official account of Cheshire East Council. Bins, roads, schools and more.
x|NHSCandM|NHS Cheshire and Merseyside|Integrated care board for Cheshire and Merseyside.
instagram|macc_nurse_abi|Abi 🩺|Staff nurse in Macclesfield. Running, dogs and night-shift snacks. Own views.
x|DrTomHeald|Tom Heald|Consultant anaesthetist, NW England. Perioperative medicine, fell running, bad puns.
facebook|KnutsfordHospitalFriends|Friends of Knutsford Hospital|Volunteers supporting Knutsford and District Community Hospital. Fundraising coffee mornings monthly.
x|MaccExpress|Macclesfield Express|News for Macclesfield and the surrounding towns.
linkedin|rachel-odonnell-ect|Rachel O'Donnell|Associate Director of Workforce, East Cheshire NHS Trust. Proud to recruit fairly and for free.
tiktok|congleton.carer|Sue from Congleton|looking after my mum 💕 tips for other carers, appointment days and all the paperwork
facebook|MaccCarersHub|Carers Hub Macclesfield|Support groups for unpaid carers in Macclesfield and Bollington.
x|unison_ect|UNISON East Cheshire Health|Union branch for staff at East Cheshire NHS Trust. Pay, rights and reps.
instagram|ect_ed_team|Macclesfield ED|The emergency department team. Life behind the doors. For emergencies dial 999.
x|BollingtonMC|Bollington Medical Centre|GP practice. Repeat prescriptions via the NHS App. No clinical queries here.
x|CongletonChron|Congleton Chronicle|Local news since 1893.
facebook|MaccParkrunCommunity|Macclesfield Parkrun Community|Unofficial chat for runners and volunteers. Saturday 9am!
bluesky|karen-stroke-nurse.bsky.social|Karen Oduya|Stroke specialist nurse in Cheshire. FAST saves lives. Personal account.
x|MaccCollegeHSC|Macclesfield College Health & Care|Health and social care courses at Macclesfield College. Placements with local NHS partners.
instagram|knutsford_wi_knitters|Knutsford Knitters|We knit twiddlemuffs and baby hats for local wards ❤️
x|NHSBT_NorthWest|Give Blood North West|Blood donation sessions in Cheshire and the north west. Book via the GiveBlood app.
linkedin|macclesfield-volunteer-drivers|Macclesfield Volunteer Drivers|Community transport to hospital appointments for older and disabled residents.
x|chris_h_macc|Chris Hulme|Hospital porter, Macc Town fan, dad of two. Tweets about football mostly.
facebook|MaccHospitalRadio|Macc Hospital Radio|Patient radio broadcasting to Macclesfield Hospital since 1977. Volunteers welcome.
tiktok|drjess.medic|Dr Jess|FY2 doctor in the north west. med school tips + rota chaos. opinions my own
x|ECTCounterFraud|Cheshire NHS Counter Fraud|Local counter fraud service. Fake job offers or refund pages using our NHS names? Tell us.
instagram|cheshire_birth_stories|Cheshire Birth Stories|Sharing real birth stories from families across Cheshire. Not medical advice.
x|WilmslowMums|Wilmslow Mums|What's on for families in Wilmslow and Alderley Edge.
facebook|CheshireMindCharity|Cheshire Mind|Local mental health charity. Talking therapies, peer support and groups.
x|DrPriyaPaeds|Priya Chandran|Paediatric consultant. Child health, reading, tea. All views mine.
linkedin|ect-volunteer-service|East Cheshire Volunteers|Volunteer service at Macclesfield and community hospitals. Roles are unpaid and we never charge to join.
x|MaccSlugsFC|Macclesfield Slugs FC|Walking football for over 50s. Health, laughs and a brew after.
instagram|jim_retired_radiographer|Jim (retired)|Retired radiographer after 38 years at Macc. Birds, boats and grandkids.
x|CheshireFire|Cheshire Fire and Rescue|Cheshire Fire and Rescue Service. Emergencies dial 999.
facebook|CongletonTownCouncil|Congleton Town Council|News and events from Congleton Town Council.
tiktok|macc_student_nurse|student nurse life|3rd year adult nursing ✨ placements, exams and crying in the car park (jokes)
x|UoC_Health|University of Chester Health|Faculty of Health and Social Care. Training nurses and AHPs with NHS partners.
bluesky|macc-local-news.bsky.social|Macclesfield Local|Community news for Macclesfield. Not affiliated with any council or NHS body.
"""

ADJ["mwl"] = """
x|MWLCharity|MWL Charity|Official charity of Mersey and West Lancashire Teaching Hospitals NHS Trust. Registered charity.
x|WhistonBurns|Whiston Burns Unit|Regional burns service at Whiston Hospital. Information for professionals and families.
facebook|HealthwatchStHelens|Healthwatch St Helens|Independent champion for people using health and care services in St Helens.
x|StHelensCouncil|St Helens Borough Council|News from St Helens Borough Council.
x|SeftonCouncil|Sefton Council|Official account of Sefton Council, covering Southport, Formby, Bootle and Crosby.
instagram|ormskirk_midwife_gem|Gemma RM|Midwife in West Lancs 👶 Personal account. No advice via DM, call your maternity unit.
x|DrSamHughesEM|Sam Hughes|Emergency medicine consultant on Merseyside. Tweets about ED flow and Everton. Own views.
tiktok|whiston.porter.steve|Steve the porter|30 years pushing beds 🛏️ hospital life, corridor chats, no patient stories ever
x|unison_mwl|UNISON MWL Health|UNISON branch representing staff at Whiston, St Helens, Southport and Ormskirk hospitals.
facebook|FriendsofSouthportHospital|Friends of Southport Hospital|Volunteers raising money for patient comforts at Southport hospital since 1965.
x|SptVisiter|Southport Visiter|Local news for Southport and Formby.
x|StHelensStar|St Helens Star|News, sport and what's on in St Helens.
linkedin|joanne-critchley-mwl|Joanne Critchley|Deputy Director of Nursing at Mersey and West Lancashire Teaching Hospitals. 25 years' clinical nursing.
instagram|whiston_physio|Whiston Physio Team|Physiotherapists at Whiston. Rehab wins and exercise ideas. Follow your own plan from your therapist.
facebook|OrmskirkMums|Ormskirk Mums Network|Friendly group for parents in Ormskirk, Burscough and Aughton.
x|EdgeHillHealth|Edge Hill Uni Health|Faculty of Health, Social Care and Medicine at Edge Hill University, Ormskirk.
x|LivUniMedicine|Liverpool Medical School|School of Medicine, University of Liverpool. Placements across Cheshire & Merseyside.
tiktok|sthelens.nurse.life|Chloe RN|nurse in st helens 💙 shift vlogs and revision tips, views my own
bluesky|dr-ali-renal.bsky.social|Dr Ali Haider|Renal consultant, north west England. Kidneys, cricket, kids.
x|KnowsleyCouncil|Knowsley Council|Official news from Knowsley Council.
facebook|StHelensCarersCentre|St Helens Carers Centre|Information and support for unpaid carers in St Helens.
x|NWAS|North West Ambulance Service|Official account. In an emergency always dial 999.
instagram|southport_sea_swimmers|Southport Sea Swimmers|Cold water dips and hot flasks. Swim safe, never alone.
x|Halton_Council|Halton Borough Council|News from Halton Borough Council, Widnes and Runcorn.
facebook|NewtonLeWillowsCommunity|Newton-le-Willows Community Page|Local news, lost pets and recommendations. Be nice.
linkedin|mwl-research-innovation|MWL Research & Innovation|Research team at a teaching hospital trust. Join a study - ask your clinician. No payments requested.
x|RCN_MWLbranch|RCN Merseyside Branch|Royal College of Nursing Merseyside branch news.
tiktok|formby.fam.adventures|formby fam|family days out on the coast 🌊 plus the time our little one broke his arm (thank you A&E!)
x|DrFionaLathom|Fiona Lathom|GP in West Lancashire. Women's health, running, tea.
instagram|whiston_hospital_radio|Whiston Hospital Radio|Volunteer radio for patients at Whiston. Requests via the ward tablet!
x|MIAA_AntiFraud|Mersey Internal Audit Agency Anti-Fraud|NHS anti-fraud specialists in Merseyside. Report scams using NHS names.
facebook|StHelensFoodbank|St Helens Foodbank|Food and friendship for people in crisis in St Helens.
x|BurnsSurvNW|Burns Survivors NW|Peer support group for adults living with burn scars. Not a medical service.
instagram|mwl_hca_lucy|Lucy HCA|healthcare assistant on the surgical wards. coffee, lashes and helping people. own views
x|KnowsleyNews|Knowsley News|Local news around Huyton, Kirkby, Prescot and Halewood.
linkedin|southport-hospital-volunteers|Southport & Ormskirk Volunteers|Volunteering opportunities at our local hospitals. Unpaid roles; we never charge to volunteer.
bluesky|southport-local.bsky.social|Southport Local|Southport community news and events.
x|PrescotTC|Prescot Town Council|Town council for Prescot, Merseyside.
facebook|WhistonRoadRunners|Whiston Road Runners|Running club for all abilities. Tuesday and Thursday nights.
tiktok|med.student.liv|liverpool med student|4th year medic 🩺 placement days at different hospitals. not medical advice
x|GiveBloodLiv|Give Blood Liverpool|Blood donor centre updates for Liverpool and Merseyside.
"""

ADJ["khft"] = """
x|KingstonCharity|Kingston Hospital Charity|The official charity for Kingston Hospital. Funding the extras that make a difference. Registered charity.
x|KHMaternity|Kingston Maternity|Maternity services at Kingston Hospital. For clinical concerns, call maternity triage.
facebook|HealthwatchKingston|Healthwatch Kingston upon Thames|Your independent health and care champion in Kingston.
x|RBKingston|Royal Borough of Kingston|Official account of the Royal Borough of Kingston upon Thames.
x|NHSSWLondon|NHS South West London|Integrated care board for Croydon, Kingston, Merton, Richmond, Sutton and Wandsworth.
instagram|nurse_maria_kt|Maria 🇵🇹🇬🇧|Staff nurse in south-west London. From Porto to Kingston. Personal views, no DMs about care.
x|DrJamesOkafor|James Okafor|Consultant physician, acute medicine, SW London. Ambulatory care, jollof debates.
x|KingstonLibDems|Kingston Lib Dems|Local Liberal Democrats in Kingston upon Thames.
tiktok|kingston.student.midwife|student midwife 🤍|2nd year at Kingston Uni. placement diaries, no patient info ever.
facebook|SurbitonMums|Surbiton Mums|Local parents group for Surbiton and Tolworth. No advertising please.
x|KUHealthFac|Kingston Uni Health|Faculty of Health, Science, Social Care and Education at Kingston University.
x|SurreyComet|Surrey Comet|News for Kingston, Surbiton, New Malden and the surrounding area.
linkedin|fiona-hart-kingston|Fiona Hart|Head of Recruitment at a south-west London NHS trust. Every role on NHS Jobs, never a fee.
instagram|kingston_hosp_radio|Radio Kingston Hospital|Volunteer-run radio for patients. Request line open evenings.
x|UNISON_KHealth|UNISON Kingston Health|Staff union branch at Kingston Hospital. Join us.
facebook|NewMaldenKoreanCommunity|New Malden Korean Community|Community news, translation help and events for the Korean community in New Malden.
bluesky|dr-sophie-ortho.bsky.social|Sophie Laird|Orthopaedic surgeon, London. Knees, cycling, books.
x|LondonAmbulance|London Ambulance Service|Official account. In an emergency call 999.
instagram|kingston_ed_nurses|Kingston ED Nurses|The emergency department nursing team 💙 Pics with consent only.
x|RichmondCouncil|Richmond Council|London Borough of Richmond upon Thames.
facebook|KingstonFoodbank|Kingston Foodbank|Emergency food for people in crisis in Kingston.
tiktok|porter_pete_ldn|Pete (porter)|hospital porter in london 🏥 steps counted, stories told (no patients!)
x|MaggiesKingston|Maggie's (local centre)|Free cancer support in a welcoming space near the hospital.
linkedin|kingston-hospital-volunteers|Kingston Hospital Volunteers|Volunteering at Kingston Hospital. Meet and greet, dementia buddies, chaplaincy. Free to join.
x|TolworthPCN|Tolworth PCN|Primary care network for Tolworth and Surbiton. Contact your own GP practice.
instagram|kingston_parkrun_fans|Kingston Parkrun Fans|Unofficial page for Saturday runs along the river. Cake after.
x|DrLucyPaedsKT|Lucy Brennan|Paediatric registrar. Asthma, school nurses and too many podcasts.
facebook|FriendsOfKingstonHospital|Friends of Kingston Hospital|League of Friends shop and trolley service. Every sale supports patients.
x|RCNLondon|RCN London|Royal College of Nursing London region.
tiktok|kingston.mum.of.twins|twin mum diaries|our NICU journey 💕 huge thanks to the neonatal team who looked after my two
x|SWLCounterFraud|SW London NHS Counter Fraud|Counter fraud for NHS bodies in south-west London. Fake NHS recruitment or refund offers? Report them.
instagram|surbiton_yoga_studio|Surbiton Yoga|Classes for all bodies. Postnatal and chair yoga on Wednesdays.
x|EsherNews|Elmbridge Local|Local news for Esher, Walton and Molesey.
facebook|KingstonCarersNetwork|Kingston Carers' Network|Supporting unpaid carers in the Royal Borough of Kingston.
x|DrAdeAdebayo|Ade Adebayo|GP in Kingston. Men's health, cricket, community.
linkedin|sw-london-pathology|South West London Pathology|Pathology partnership serving hospitals in south-west London.
bluesky|kingston-cyclists.bsky.social|Kingston Cyclists|Campaigning for safer cycling in Kingston. Ride to work, ride to the hospital.
x|HamptonWickNews|Hampton Wick Village|Village news and events.
instagram|theatre_nurse_priya|Priya ✂️|Theatre nurse in London. Scrubs, scrubs, scrubs. Own account.
x|KingstonCVS|Kingston Voluntary Action|Supporting local charities and volunteers across Kingston.
"""

ADJ["thh"] = """
x|HillingdonChar|Hillingdon Hospitals Charity|Official charity of Hillingdon and Mount Vernon hospitals. Registered charity.
x|MountVernonCC|Mount Vernon Cancer Centre|Specialist cancer centre on the Mount Vernon site in Northwood.
facebook|HealthwatchHillingdon|Healthwatch Hillingdon|Independent champion for people who use health and social care in Hillingdon.
x|Hillingdon|Hillingdon Council|News from the London Borough of Hillingdon.
x|NHSNWLondon|NHS North West London|Integrated care board for eight north west London boroughs.
instagram|nurse_joy_uxbridge|Joy RN 🇳🇬🇬🇧|Nurse in west London. International nurse journey, OSCE tips, church and jollof. Own views.
x|DrHSandhuGI|Harpreet Sandhu|Gastroenterology consultant, NW London. Endoscopy, IBD, cricket.
x|NewHospWatch|New Hospital Build Watch|Community blog following the construction of the new hospital in Hillingdon. Not run by the Trust.
tiktok|uxbridge.student.nurse|student nurse 📚|brunel nursing student. placement vlogs, no patient details ever
facebook|UxbridgeMums|Uxbridge Mums|Parents' chat for Uxbridge, Cowley and Ickenham.
x|BrunelHealth|Brunel Health Sciences|Department of Health Sciences at Brunel University London.
x|UxbridgeGazette|Uxbridge Gazette|Local news for Hillingdon borough.
linkedin|amir-qureshi-thh|Amir Qureshi|Director of Estates, The Hillingdon Hospitals NHS Foundation Trust. New hospital programme.
instagram|mount_vernon_volunteers|Mount Vernon Volunteers|Volunteers on the Mount Vernon site. Drivers, befrienders and the friendly faces at reception.
x|unison_thh|UNISON Hillingdon Hospitals|UNISON branch for Hillingdon and Mount Vernon staff.
facebook|NorthwoodResidents|Northwood Residents Association|Community association for Northwood and Northwood Hills.
bluesky|dr-kate-onc.bsky.social|Kate Pym|Clinical oncologist, NW London. Radiotherapy, research, allotment.
x|HeathrowCF|Heathrow Community Fund|Grants for community projects around Heathrow.
instagram|hillingdon_ed_team|Hillingdon ED|Emergency department staff 💙 Photos with consent. Emergencies: dial 999.
x|HayesPCN|Hayes Town PCN|Primary care network for Hayes. Please contact your registered surgery for appointments.
facebook|HillingdonFoodbank|Hillingdon Foodbank|Food support for people in crisis in Hillingdon.
tiktok|hayes.healthcare.asst|HCA life (hayes)|healthcare assistant 💙 nights, tips, funny moments. not my employer's views
x|MVCCCharity|Mount Vernon Cancer Centre Charity|Supporting patients at Mount Vernon Cancer Centre. Registered charity.
linkedin|hillingdon-hospitals-volunteering|Hillingdon Volunteering|Unpaid volunteer roles at our local hospitals. Free to apply, DBS paid by the organisation.
x|RuislipLocal|Ruislip Local|News and events in Ruislip and Eastcote.
instagram|hillingdon_mums_walks|Hillingdon Buggy Walks|Free weekly buggy walks in Hillingdon parks. Chats and coffee.
x|DrEmmaCarlisle|Emma Carlisle|GP in Hillingdon. Asthma, diabetes, QI. My own views.
facebook|FriendsOfHillingdonHospital|Friends of Hillingdon Hospital|League of Friends. Tea bar and shop volunteers needed!
x|RCN_NWLondon|RCN North West London Branch|Royal College of Nursing branch news.
tiktok|ickenham.dad|ickenham dad|dad of 3, DIY fails and that one time in A&E with a nail gun
x|NWLCounterFraud|NW London NHS Counter Fraud|Counter fraud for NHS trusts in north west London. Report fake NHS pages and job scams.
instagram|mvcc_radiographer_sam|Sam (therapy radiographer)|Therapy radiographer at a cancer centre. Science, kindness, cats.
x|HillCarers|Hillingdon Carers|Support for unpaid carers across Hillingdon.
facebook|WestDraytonCommunity|West Drayton Community Page|Local news, events and lost & found for West Drayton and Yiewsley.
x|NWLCardioNet|NW London Cardiology Network|Cardiology clinicians in north west London. Education and audit.
linkedin|brunel-hillingdon-partnership|Brunel Health Partnership|Academic partnership between Brunel and local NHS providers.
bluesky|hillingdon-cycling.bsky.social|Hillingdon Cycling|Cycle routes, campaigns and rides around Hillingdon.
x|HillCommTrans|Hillingdon Community Transport|Volunteer transport to GP and hospital appointments.
instagram|northwood_hills_bakery|Northwood Hills Bakery|Bread, pastries and the best coffee near Mount Vernon.
x|UxbCollegeHSC|Uxbridge College Health|Health and social care students at Uxbridge College.
"""

ADJ["hiowh"] = """
x|SouthernHealth|Southern Health (archived)|This account is no longer updated. Follow our new organisation for news.
x|SolentNHS|Solent NHS Trust|Community and specialist services in Portsmouth and Southampton.
facebook|HealthwatchHampshire|Healthwatch Hampshire|Your independent health and social care champion in Hampshire.
x|hantsconnect|Hampshire County Council|News from Hampshire County Council.
x|HIOW_ICB|NHS Hampshire and Isle of Wight|Integrated care board for Hampshire and the Isle of Wight.
instagram|cpn_rosie_hants|Rosie (CPN)|Community mental health nurse in Hampshire. Wellbeing posts, dog walks. Not a crisis service.
x|DrOwenPsych|Owen Farrell-Grey|Consultant psychiatrist, southern England. Early intervention, sea swimming. Views mine.
tiktok|ld.nurse.hannah|LD nurse Hannah 💛|learning disability nurse. easy-read tips, sensory ideas. personal account
x|unison_hiowh|UNISON Hampshire Health|UNISON branches supporting community and mental health staff in Hampshire and the IOW.
facebook|IOWMindCharity|Isle of Wight Mind|Local mental health charity on the Island. Groups, advice and peer support.
x|SotonUniHealth|Southampton Health Sciences|School of Health Sciences, University of Southampton.
x|DailyEchoNews|Daily Echo|News for Southampton and Hampshire.
linkedin|naomi-bright-hiow|Naomi Bright|Clinical Director for Community Services, Hampshire. Frailty, rehab, virtual wards.
instagram|hants_recovery_college|Hampshire Recovery College|Free courses for people with lived experience of mental health challenges, carers and staff.
x|IWCouncil|Isle of Wight Council|Official account of the Isle of Wight Council.
facebook|BasingstokeMums|Basingstoke Mums|Chat for parents in Basingstoke and Deane.
bluesky|dr-anna-ot.bsky.social|Anna Kimura|Occupational therapist in Hampshire. Sensory integration, gardening.
x|SCAS999|South Central Ambulance Service|Official account. In an emergency call 999.
instagram|lymington_hospital_friends|Friends of Lymington Hospital|Volunteers supporting patients at Lymington New Forest Hospital since it opened.
x|SamaritansSoton|Samaritans Southampton|Here to listen any time. Call free on 116 123.
facebook|GosportWarMemorialFriends|Gosport War Memorial Hospital Friends|League of Friends supporting patients and staff in Gosport.
tiktok|hcsw.tom.nights|Tom HCSW|support worker on a mental health ward. honest chats about the job, no patient info.
x|PortsmouthNews|The News Portsmouth|News, sport and what's on in Portsmouth.
linkedin|hampshire-community-volunteers|Hampshire Community Health Volunteers|Volunteering with community health teams in Hampshire. Roles are unpaid and free to apply for.
x|WinchesterPCN|Winchester Rural PCN|GP practices in and around Winchester working together.
instagram|new_forest_wild_swim|New Forest Swim Club|Cold water swims on the Solent. Wellbeing through water.
x|DrMeganRice|Megan Rice|GP in Andover. Menopause, mental health, rugby mum.
facebook|SouthamptonCarers|Southampton Carers|Support for unpaid carers in Southampton.
x|RCNSouthEast|RCN South East|Royal College of Nursing South East region.
tiktok|ryde.mum.diaries|ryde mum|island life 🏝️ two kids, one dog and a health visitor who saved my sanity
x|HantsAntiFraud|Hampshire NHS Counter Fraud|NHS counter fraud specialists in Hampshire. Seen a fake page using an NHS name? Report it.
instagram|melbury_art_group|Art for Wellbeing Winchester|Community art group for people in recovery. All welcome.
x|IOW_RadioNews|Island Radio News|News from the Isle of Wight.
facebook|FarehamCommunity|Fareham Community Noticeboard|Local news, events and recommendations.
x|HantsFire|Hampshire & IOW Fire|Hampshire and Isle of Wight Fire and Rescue Service.
linkedin|wessex-ahsn|Wessex Health Innovation|Health innovation network for Wessex.
bluesky|hants-peer-support.bsky.social|Hampshire Peer Support Network|People with lived experience supporting each other. Not a crisis service.
x|AldershotNews|Aldershot Local|News from Aldershot and Farnborough.
instagram|psych_pharmacist_lee|Lee (pharmacist)|Mental health pharmacist. Medicines myths busted. Personal account.
x|MindsMatterHnt|Minds Matter Hampshire|Community group running mental health first aid courses.
"""

ADJ["shsc"] = """
x|SheffieldMind|Sheffield Mind|Independent mental health charity in Sheffield. Talk to us.
x|SheffieldNHS|NHS South Yorkshire (Sheffield)|The Sheffield place of NHS South Yorkshire integrated care board.
facebook|HealthwatchSheffield|Healthwatch Sheffield|Independent champion for people using health and care services in Sheffield.
x|SheffCouncil|Sheffield City Council|News from Sheffield City Council.
x|SheffHospNews|Sheffield hospitals news|Unofficial roundup of news about Sheffield's hospitals from local media.
instagram|ot_ellie_sheff|Ellie OT|Occupational therapist in mental health. Sheffield. Climbing, crafts, coffee.
x|DrNaveedPsych|Naveed Ansari|Psychiatrist in Sheffield. Psychosis, community care, Blades. My views only.
tiktok|sheff.support.worker|support worker sheff|mental health support worker 💚 honest days, no patient info, be kind
x|unison_shsc|UNISON SHSC|UNISON branch for staff at Sheffield Health and Social Care.
facebook|SheffieldFlourish|Sheffield Flourish|Community mental health charity. Gardens, football and recovery groups.
x|SheffUniHealth|Sheffield Health Sciences|Health sciences school at the University of Sheffield.
x|SheffieldStar|The Star Sheffield|News for Sheffield since 1887.
linkedin|liam-walsh-sheffield|Liam Walsh|Head of Clinical Operations, mental health services, Sheffield. Recovery-focused leadership.
instagram|sheff_recovery_college|Sheffield Recovery College|Free courses for recovery, wellbeing and hope. Co-produced with people with lived experience.
x|SHU_Health|Sheffield Hallam Health|College of Health, Wellbeing and Life Sciences, Sheffield Hallam University.
facebook|HillsboroughCommunity|Hillsborough Community Page|Local news and recommendations for S6.
bluesky|dr-rebecca-clinpsy.bsky.social|Rebecca Thornley|Clinical psychologist in Sheffield. Trauma, compassion, fell walking.
x|YorksAmbulance|Yorkshire Ambulance Service|Official account. In an emergency call 999.
instagram|sheffield_peer_voices|Sheffield Peer Voices|Peer support workers sharing lived experience. Not a crisis service.
x|SamaritansSheff|Samaritans Sheffield|Listening any time, day or night. Call 116 123 free.
facebook|SheffieldCarersCentre|Sheffield Carers Centre|Support for unpaid carers in Sheffield.
tiktok|sheffield.student.mhn|student MH nurse|mental health nursing student 📚 placement reflections, no patient details.
x|SheffDementia|Sheffield Dementia Action|Dementia friendly Sheffield alliance.
linkedin|sheffield-volunteer-centre|Voluntary Action Sheffield|Supporting volunteering and voluntary organisations in Sheffield.
x|CrookesSurgery|Crookes Practice|GP surgery. Prescriptions via the NHS App. No clinical queries on here.
instagram|sheffield_parkrun_fans|Sheffield Parkrun Fans|Unofficial love for Endcliffe, Hillsborough and Graves parkruns.
x|DrAminaGP_Sheff|Amina Yusuf|GP in Sheffield. Health inequalities, refugee health, allotment.
facebook|SheffieldFoodbankNetwork|Sheffield Food Network|Food banks and pantries across Sheffield.
x|RCNYorkshire|RCN Yorkshire & Humber|Royal College of Nursing Yorkshire and the Humber.
tiktok|s2.mum.life|S2 mum|sheffield mum 💕 postnatal depression recovery journey, perinatal team were amazing
x|YorksAntiFraud|Yorkshire NHS Counter Fraud|Counter fraud specialists for NHS organisations in Yorkshire. Report fake NHS recruitment and refund pages.
instagram|kelham_art_collective|Kelham Art Collective|Studios and workshops in Kelham Island. Wellbeing art sessions every Thursday.
x|SheffieldLiveTV|Sheffield Live|Community radio and TV for Sheffield.
facebook|WalkleyCommunity|Walkley Community|Walkley community forum.
x|SYFire|South Yorkshire Fire|South Yorkshire Fire and Rescue. Emergencies 999.
linkedin|south-yorkshire-mh-collaborative|South Yorkshire MH Collaborative|Provider collaborative for mental health, learning disability and autism in South Yorkshire and Bassetlaw.
bluesky|sheffield-cycle-campaign.bsky.social|Cycle Sheffield|Campaigning for cycling in Sheffield.
x|SheffSUWelfare|Students Union Welfare|Welfare and wellbeing support for students. In crisis call 111 option 2.
instagram|peak_district_walks_mh|Walk & Talk Peaks|Free group walks for mental wellbeing from Sheffield into the Peaks.
x|SheffLDArts|Sheffield LD Arts|Arts collective led by people with learning disabilities.
"""

ADJ["bchft"] = """
x|BlackCountryICB|NHS Black Country ICB|Integrated care board for Dudley, Sandwell, Walsall and Wolverhampton.
x|DudleyMBC|Dudley Council|News and updates from Dudley Council.
facebook|HealthwatchWolverhampton|Healthwatch Wolverhampton|Independent champion for health and care users in Wolverhampton.
x|SandwellCouncil|Sandwell Council|News from Sandwell Council.
x|WalsallCouncil|Walsall Council|Official news from Walsall Council.
instagram|lynne_mhnurse_wolves|Lynne RMN|Mental health nurse in Wolverhampton for 20 years. Wolves, walks, wellbeing. Own views.
x|DrAhmedPsychBC|Ahmed Qadri|Consultant psychiatrist, Black Country. Older adults, dementia, cricket.
tiktok|ld.support.josh|Josh (LD support)|learning disability support worker 💙 making life easier, one easy-read at a time
x|unison_bchft|UNISON Black Country Health|UNISON branch for mental health and learning disability staff in the Black Country.
facebook|DudleyMind|Dudley & Walsall Mind|Local mental health charity. Groups, advice, peer support.
x|WolvesUniHealth|Wolverhampton Uni Nursing|Nursing and midwifery at the University of Wolverhampton.
x|ExpressandStar|Express & Star|News for the Black Country and Staffordshire.
linkedin|harjit-dhillon-bc|Harjit Dhillon|Associate Director of Learning Disability Services, Black Country. Co-production advocate.
instagram|bc_recovery_college|Black Country Recovery College|Free recovery and wellbeing courses, co-produced with people with lived experience.
x|BlackCountryFM|Black Country Radio|Community radio for the Black Country.
facebook|TiptonMums|Tipton Mums|Friendly local group for parents in Tipton and Ocker Hill.
bluesky|dr-grace-psych.bsky.social|Grace Mensah|Clinical psychologist, West Midlands. Trauma, families, gospel music.
x|OFFICIALWMAS|West Midlands Ambulance (news)|Ambulance service news for the West Midlands. Emergencies: 999.
instagram|walsall_peer_support|Walsall Peer Support|People with lived experience supporting others. Not a crisis service.
x|SamsWolves|Samaritans Wolverhampton|We're here to listen. Call 116 123 free any time.
facebook|SandwellCarers|Sandwell Carers|Support for unpaid carers in Sandwell.
tiktok|dudley.student.rmn|student RMN dudley|mental health nursing student 🧠 uni + placement life, no patient info
x|WestBromHub|West Brom Community Hub|Community news for West Bromwich.
linkedin|black-country-volunteers|Black Country Volunteering|Volunteer roles in health and care across the Black Country. Always free to apply.
x|WednesfieldMP|Wednesfield Medical Practice|GP practice. Contact us via phone or online consultation, not Twitter.
instagram|dudley_canal_walkers|Dudley Canal Walkers|Walks along the canals for fresh air and good company.
x|DrSunitaPatel|Sunita Patel|GP in Walsall. Diabetes, South Asian health, badminton.
facebook|WolverhamptonFoodbank|Wolverhampton Foodbank|Emergency food support in Wolverhampton.
x|RCNWestMids|RCN West Midlands|Royal College of Nursing West Midlands region.
tiktok|bc.carer.mum|carer mum bc|mum to an autistic teen ✨ sharing what helped us, including the community team
x|MidsAntiFraud|Midlands NHS Counter Fraud|Counter fraud specialists for NHS bodies in the Midlands. Report fake NHS pages and job offers.
instagram|penn_allotment_group|Penn Allotment Therapy|Therapeutic gardening group in Penn, Wolverhampton.
x|BCMHnews|Black Country MH news|Roundup of local mental health news. Independent, not an NHS account.
facebook|OldburyCommunity|Oldbury Community Noticeboard|Local news and events in Oldbury.
x|WMFire|West Midlands Fire|West Midlands Fire Service. In an emergency dial 999.
linkedin|bc-provider-collaborative|Black Country Provider Collaborative|NHS providers in the Black Country working together.
bluesky|wolves-local.bsky.social|Wolverhampton Local|Community news for Wolverhampton.
x|DudleyLDBoard|Dudley LD Partnership Board|People with learning disabilities, families and services working together in Dudley.
instagram|bc_crisis_cafe|Safe Haven Café (Walsall)|Out-of-hours safe space for people in emotional distress. Run by a local charity.
x|AcornsHospiceBC|Hospice news BC|Updates from a local children's hospice in the Black Country.
"""
