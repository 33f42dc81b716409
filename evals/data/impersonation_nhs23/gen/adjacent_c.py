"""Hand-written genuine NHS-adjacent accounts, part C (departments, staff, practices, volunteers):
trust|platform|handle|display name|bio."""

ADJACENT_C = r"""
kchft|x|KCHFTDentalTeam|KCHFT Community Dental|Community dental service team at Kent Community Health NHS FT. Sharing oral health tips. We can't book appointments on here.
kchft|x|AmandaLoweRN|Amanda Lowe|Chief nurse team, community health in Kent. Proud of our district nurses. Personal account, views my own.
kchft|facebook|HerneBayPharmacy|Herne Bay Pharmacy|Independent community pharmacy. Flu jabs, blood pressure checks and prescriptions.
kchft|x|KentPPGNetwork|Kent Patient Participation Groups|Network of GP patient participation groups across Kent. Volunteer-led.
kchft|instagram|kchft_physio_students|Kent Physio Placement Students|student physios on community placement 💙 run by students, shared with permission
kchft|linkedin|kent-and-medway-medical-school|Kent and Medway Medical School|Training the doctors of the future in Kent and Medway.
kchft|x|RadioFolkHealth|Radio Folkestone Health|Volunteer hospital and community radio for Folkestone's patients and care homes.
scas|x|SCASEducation|SCAS Education|Education and training team at South Central Ambulance Service. Courses for staff and students.
scas|x|NHS111Hants|NHS 111 Hampshire Team|Team news from NHS 111 call handlers and clinicians in Hampshire. For help use 111 online.
scas|facebook|SCASRetiredStaff|SCAS Retired Staff Association|Social group for retired ambulance staff from the south central area. Reunions and walks.
scas|x|ParaDanOx|Dan Whitmore|Paramedic team leader with @SCAS999. Kit, cake and clinical pearls. My own views.
scas|instagram|oxford_cfr_team|Oxford City CFRs|💚 volunteer first responders in oxford, dispatched by the ambulance service
scas|linkedin|university-of-surrey-paramedic-science|University of Surrey Paramedic Science|Paramedic science programme, with placements across the south.
scas|x|DrAmyPrehosp|Dr Amy Nwachukwu|Prehospital doctor and air ambulance volunteer. Hampshire. Opinions my own.
neas|x|NEASCFRs|NEAS Community First Responders|News from volunteer first responder schemes across the North East. Not for emergencies.
neas|x|NEASChaplain|Rev Joy Fenwick|Ambulance service chaplain in the North East. Listening, praying, tea. Personal account.
neas|facebook|NEASRetiredAmbo|NE Retired Ambulance Staff|Friendship group for retired ambulance staff in the North East. Coffee mornings monthly.
neas|x|NEAS_EOC_Sam|Sam Charlton|Emergency operations centre team leader at NEAS. Proud of our call handlers. Views my own.
neas|instagram|northumbria_air_cadets|Northumbria Air Cadets|✈️ cadets squadron in northumberland. first aid training with local volunteers
neas|linkedin|university-of-sunderland|University of Sunderland|Health sciences and paramedic education in Sunderland.
neas|x|GatesheadGPs|Gateshead GP Federation|GP practices working together across Gateshead.
wlt|x|WLTResearch|WLT Research and Development|Research team at West London NHS Trust. Join a study - ask your care team.
wlt|x|WLT_Recovery|West London Recovery College|Free courses co-produced by people with lived experience. Part of West London NHS Trust.
wlt|x|DrOmarForensic|Dr Omar Siddiq|Consultant psychiatrist in west London. Writing about psychosis and stigma. Personal.
wlt|facebook|EalingGPFederation|Ealing GP Federation|Working with GP practices across Ealing to deliver local care.
wlt|instagram|broadmoor_garden_project|Crowthorne Gardening Volunteers|🌻 community gardening group in crowthorne. allotments and open days
wlt|linkedin|university-of-west-london|University of West London|Nursing, midwifery and healthcare courses in Ealing and Reading.
wlt|x|HounslowPharm|Hounslow Late Pharmacy|Community pharmacy open till 10pm. Minor ailments, contraception and prescriptions.
meh|x|MoorfieldsRD|Moorfields Research|Research news from Moorfields Eye Hospital and the NIHR Biomedical Research Centre.
meh|x|MoorfieldsEdu|Moorfields Education|Courses and conferences from the education team at Moorfields Eye Hospital.
meh|x|DrRetinaSurg|Mr Kieran Doyle FRCOphth|Vitreoretinal surgeon. Teaching, research, running. Personal views.
meh|facebook|CityRoadVolunteers|City Road Hospital Volunteers|Volunteers helping patients find their way and feel at ease at the eye hospital.
meh|instagram|ophth_trainees_uk|UK Ophthalmology Trainees|👁 trainee community page, not affiliated with any hospital
meh|linkedin|moorfields-pharmaceuticals|Moorfields Pharmaceuticals|Manufacturing specialist eye medicines. Part of the Moorfields family.
meh|x|IslingtonPPG|Islington GP PPG|Patient participation group for a GP practice in Islington.
christie|x|ChristieSchool|Christie School of Oncology|Education from The Christie: courses, conferences and e-learning in cancer care.
christie|x|ChristieRsrch|Christie Research|Clinical trials and research news from The Christie NHS Foundation Trust.
christie|x|ChristieCNS_Jo|Jo Bamford|Clinical nurse specialist at @TheChristie. Head and neck cancer. My own views.
christie|facebook|ChristieVolunteers|Christie Volunteers|Volunteers at The Christie: meet-and-greet, tea trolleys and garden club.
christie|instagram|proton_beam_mcr|Proton Beam Families MCR|💜 parents supporting parents through proton therapy. peer group, not medical advice
christie|linkedin|christie-pathology-partnership|Christie Pathology Partnership|Pathology services delivered by The Christie in partnership with Synlab.
christie|x|WithingtonPharm|Withington Pharmacy|Community pharmacy on Wilmslow Road. Prescriptions, advice and health checks.
merseycare|x|MCRecoveryColl|Mersey Care Recovery College|Free courses for recovery and wellbeing, co-produced with people who use services.
merseycare|x|MerseyCareRandI|Mersey Care Research|Research and innovation at Mersey Care. Get involved in studies.
merseycare|x|DrLiamPsych|Dr Liam Rafferty|Consultant psychiatrist, Merseyside. Zero suicide ambition advocate. Personal account.
merseycare|facebook|MaghullVolunteers|Maghull Health Volunteers|Volunteer befrienders for older people in Maghull and Lydiate.
merseycare|instagram|liverpool_peer_walks|Liverpool Peer Walks|🚶 walking group for people in recovery. all welcome, no referral needed
merseycare|linkedin|edge-hill-university|Edge Hill University|Nursing and health courses in Ormskirk.
merseycare|x|AintreeGPs|Aintree Primary Care Network|GP practices working together in north Liverpool.
rcht|x|RCHTCharityTeam|Cornwall Hospitals Charity Team|Fundraising team news for Royal Cornwall Hospitals' official charity.
rcht|x|RCHTmidwives|Cornwall Midwives|Midwifery team news from Royal Cornwall Hospitals. Not for urgent advice - call your unit.
rcht|x|SisterLowenna|Lowenna Kitto|Ward sister, medical wards, Treliske. Proud Cornish nurse. Views my own.
rcht|facebook|PenzanceGPPractice|Penzance Medical Practice|GP practice in Penzance. Please use our website for appointments and prescriptions.
rcht|instagram|cornwall_nursing_students|Cornwall Nursing Students|📚 nursing students on placement in cornwall. run by students
rcht|linkedin|truro-and-penwith-college|Truro and Penwith College|Health and social care courses in Cornwall.
rcht|x|HayleHealthPPG|Hayle Health PPG|Patient group for GP services in Hayle.
tsdft|x|TSDFTResearch|Torbay Research|Research team at Torbay and South Devon NHS FT. Join a trial.
tsdft|x|TorbayHospMat|Torbay Maternity|Maternity team updates from Torbay Hospital. For urgent advice call your unit.
tsdft|x|NurseTorbayKate|Kate Yeo|Matron at Torbay Hospital. Patient safety and sea swims. My own views.
tsdft|facebook|BrixhamMedicalCentre|Brixham Medical Centre|GP practice in Brixham. Online requests via our website.
tsdft|instagram|torbay_hospital_radio|Radio Torbay Hospital|📻 volunteer hospital radio. request shows every evening
tsdft|linkedin|plymouth-marjon-university|Plymouth Marjon University|Health, sport and education courses in Plymouth.
tsdft|x|TotnesCaring|Totnes Caring|Community charity supporting older people in Totnes.
sch|x|SCHResearch|Sheffield Children's Research|Research news from Sheffield Children's NHS FT. Kids need research too.
sch|x|EmbraceMedic|Dr Tom Hurst|Paediatric transport consultant. Yorkshire. Tweets my own.
sch|x|SheffKidsPlay|Hospital Play Team Sheffield|Play specialists at Sheffield Children's sharing play ideas. Run by the team, approved by comms.
sch|facebook|BroomhillSurgery|Broomhill Surgery|GP practice near the university. Please book online.
sch|instagram|sheffield_nicu_parents|Sheffield NICU Parents|💛 peer support for neonatal parents in sheffield. volunteer-run
sch|linkedin|sheffield-hallam-university|Sheffield Hallam University|Health and social care education in Sheffield.
sch|x|WBankPharmacy|Western Bank Pharmacy|Community pharmacy near the children's hospital. Prescriptions and advice.
lpt|x|LPTResearch|LPT Research|Research and innovation at Leicestershire Partnership NHS Trust.
lpt|x|LPTRecoveryColl|LPT Recovery College|Free courses about mental health and wellbeing, co-produced with students.
lpt|x|DrAnjaliLPT|Dr Anjali Mehra|Consultant psychiatrist, Leicester. Perinatal mental health. Views mine.
lpt|facebook|LoughboroughPharmacy|Loughborough Market Pharmacy|Community pharmacy. NHS services, travel vaccines, advice.
lpt|instagram|leics_school_nurses|Leics School Nurses Network|🏫 school nurse practice network for leicestershire. shared learning, no clinical advice
lpt|linkedin|leicester-medical-school|Leicester Medical School|Training doctors at the University of Leicester.
lpt|x|CoalvilleGPs|Coalville Primary Care Network|GP practices working together in North West Leicestershire.
rwt|x|RWTResearch|RWT Research|Research and development at The Royal Wolverhampton NHS Trust.
rwt|x|RWTMidwives|RWT Maternity|Midwifery team news from New Cross. Call triage for urgent advice.
rwt|x|MatronBev_RWT|Bev Hanley|Matron, emergency department, New Cross. Views my own, kindness always.
rwt|facebook|WolverhamptonGPs|Wolverhampton GP Collaborative|GP practices across Wolverhampton working together.
rwt|instagram|newcross_staff_choir|New Cross Staff Choir|🎶 staff choir singing for charity. not an official trust account
rwt|linkedin|wolverhampton-college|City of Wolverhampton College|Health and social care courses in Wolverhampton.
rwt|x|CannockPharmacy|Cannock Late Pharmacy|Community pharmacy in Cannock. Blood pressure checks and prescriptions.
jpuh|x|JPUHResearch|James Paget Research|Research team at the James Paget. Ask about joining a study.
jpuh|x|PagetMidwives|Paget Maternity|Midwifery team news from the James Paget. Call triage for urgent advice.
jpuh|x|DrSallyPaget|Dr Sally Ketteringham|Consultant anaesthetist at the James Paget. Sailing and sedation. Personal account.
jpuh|facebook|GorlestonGP|Gorleston Medical Centre|GP practice in Gorleston. Repeat prescriptions online.
jpuh|instagram|paget_league_of_friends|Paget League of Friends|💙 volunteers running the hospital shop and tea bar. funds go to the wards
jpuh|linkedin|east-coast-college|East Coast College|Health and care courses in Great Yarmouth and Lowestoft.
jpuh|x|LowestoftPharm|Lowestoft High Street Pharmacy|Community pharmacy in Lowestoft.
nchc|x|NCHCResearch|NCH&C Research|Research team at Norfolk Community Health and Care NHS Trust.
nchc|x|NorfWheelchairs|Norfolk Wheelchair Service|Service news from the Norfolk wheelchair service. Contact the service directly for repairs.
nchc|x|JoTV_Nurse|Jo Pitcher|Community nurse lead, North Norfolk. Tweets about compression, pressure care and dogs. My own.
nchc|facebook|CromerGroupPractice|Cromer Group Practice|GP practice in Cromer. Use our website for online consultations.
nchc|instagram|norfolk_dn_students|Norfolk DN Students|🚗 student district nurses in norfolk sharing placement life. student-run
nchc|linkedin|norfolk-care-academy|Norfolk Care Academy|Training for care workers across Norfolk.
nchc|x|WellsPharmacy|Wells Pharmacy|Community pharmacy in Wells-next-the-Sea.
rph|x|PapworthRsrch|Royal Papworth Research|Research news from Royal Papworth Hospital and the Papworth Trials Unit.
rph|x|PapworthTxTeam|Papworth Transplant Team|Transplant unit updates from Royal Papworth Hospital. Official service account.
rph|x|DrLungsLaura|Dr Laura Bexley|Respiratory consultant, Cambridge. Interstitial lung disease. Views my own.
rph|facebook|PapworthVolunteers|Royal Papworth Volunteers|Volunteers welcoming patients at Royal Papworth Hospital.
rph|instagram|cambs_cardiac_rehab_club|Cambs Cardiac Rehab Club|❤️ exercise club for heart patients after rehab. community-run, not NHS
rph|linkedin|papworth-trust|Papworth Trust|Disability charity supporting people to live independently. Not connected to the hospital.
rph|x|CambourneGPs|Cambourne Medical Centre|GP practice in Cambourne. Book online or call the surgery.
"""
