"""Hand-written impersonation records, part C (same line format as scams_a.py).

Mixed-script markers: {c:x} the Cyrillic look-alike of letter x, {g:x} the Greek look-alike.
Copied bios: a bio field starting "@N" copies official account N of the Trust (0-based, register order);
" ;; old => new" segments are the copier's edits and " ;; + text" appends a line, as copycat pages do.
"""

MIXED_SCRIPT_NAME = r"""
kchft|x|KentCommHealth|Kent C{c:o}mmunity Health|n|Kent community health updates and help for patients. DM.
kchft|linkedin|kent-community-health-talent|K{c:e}nt Community Health NHS Foundation Trust|n|Community nursing jobs in Kent. Overseas applicants welcome.
scas|x|SCASambulance|{c:S}{c:C}AS Ambulance|n|South Central Ambulance patient line. DM for transport.
scas|facebook|SouthCentralAmbulanceUK|South C{c:e}ntral Ambulance Service|n,b|Official South Central Ambulance Service page. Patient transport bookings and refunds by Messenger.
neas|x|NEASnorth|N{c:E}AS North East Ambulance|n|North East Ambulance help. DM your booking number.
neas|instagram|northeast_ambulance|North E{g:a}st Ambulance Service|n|🚑 north east ambulance. dm for info
wlt|x|WLTlondon|W{c:e}st London NHS Trust|n|West London mental health support. DM.
wlt|facebook|WestLondonNHSTrustPage|West L{g:o}ndon NHS Trust|n,b|Official page of West London NHS Trust. Service user payments processed via Messenger.
meh|x|MoorfieldsHosp|M{c:o}{c:o}rfields Eye Hospital|n|Moorfields eye care. DM for fast appointments.
meh|tiktok|moorfields.hospital|Moorfi{c:e}lds|n|👁 moorfields eye hospital life
christie|x|ChristieNHSMcr|The {c:C}hristi{c:e}|n|The Christie, Manchester. Patient grants by DM.
christie|facebook|TheChristieCancerCentre|Th{c:e} Christie NHS Foundation Trust|n,b|The Christie NHS Foundation Trust. Families can apply for travel support through this page.
merseycare|x|MerseyCareNW|M{c:e}rsey Care NHS|n|Mersey Care support. Message us.
merseycare|linkedin|mersey-care-nhs-jobs|M{g:e}rsey Care NHS Foundation Trust|n|Mental health jobs across Merseyside. Sponsorship offered.
rcht|x|RoyalCornwallNH|R{c:o}yal Cornwall Hospitals|n|Royal Cornwall Hospitals news and patient help.
rcht|instagram|royal_cornwall_hospitals|Royal C{g:o}rnwall Hospitals NHS Trust|n|🌊 treliske, penzance, hayle. dm us
tsdft|x|TorbayNHSDevon|T{c:o}rbay and South Devon NHS|n|Torbay and South Devon NHS updates. DM for help.
tsdft|tiktok|torbay.nhs|T{c:o}rbay H{c:o}spital|n|torbay hospital 🌊
sch|x|SheffChildHosp|Sh{c:e}ffield Children's|n|Sheffield Children's family support. DM.
sch|bluesky|sheffchildrens.bsky.social|Sheffield {c:C}hildren's Hospital|n,h|Sheffield Children's NHS Foundation Trust.
lpt|x|LPTLeicester|L{c:P}{c:T} NHS|n|LPT mental health support, Leicester. DM.
lpt|instagram|leics_partnership_nhs|Leic{c:e}stershire Partnership NHS Trust|n|💙 mental health and community care in LLR
rwt|x|RoyalWolvesHosp|R{c:o}yal Wolverhampton NHS|n|Royal Wolverhampton patient help. DM.
rwt|bluesky|royal-wolverhampton.bsky.social|Th{c:e} Royal Wolverhampton NHS Trust|n|New Cross, Cannock Chase, West Park.
jpuh|x|JamesPagetGY|J{c:a}mes P{c:a}get Hospital|n|James Paget Hospital updates. DM.
jpuh|instagram|jamespaget_nhs|J{g:a}mes Paget University Hospital|n|💙 the paget, gorleston. dm for appointments
nchc|x|NorfolkCHCare|N{c:o}rfolk Community Health & Care|n|Norfolk community health. DM us.
nchc|tiktok|norfolk.community.care|Norf{c:o}lk C{c:o}mmunity Health|n|💙 community nurses in norfolk
rph|x|RoyalPapworthH|R{c:o}yal Papw{c:o}rth Hospital|n|Royal Papworth heart & lung. DM for help.
rph|facebook|RoyalPapworthCambridge|Royal Pap{c:w}orth Hospital|n,b|Official page of Royal Papworth Hospital. Patient travel refunds handled through Messenger.
"""

COPIED_OFFICIAL_BIO = r"""
kchft|x|KentCHFT_NHS|Kent Community Health NHS FT|n,b|@0 ;; Account staffed Mon-Fri 9-5. => Account staffed 24/7, DM us.
kchft|facebook|KentCommunityHealthNHSFT|Kent Community Health NHS Foundation Trust|n,b|@1 ;; + Refund claims for equipment are handled here.
scas|x|SCAS999UK|South Central Ambulance|n,b|@0 ;; Not monitored 24/7: in an emergency always dial 999. => Patient transport bookings by DM.
scas|instagram|scas999_official|South Central Ambulance Service|n,b|@2 ;; Emergency? Dial 999. => DM for bookings 🚑
neas|facebook|NEAmbulanceOfficial|North East Ambulance Service NHS Foundation Trust|n,b|@1 ;; + Transport refund claims: message us.
neas|x|NEAmbulance_UK|North East Ambulance Service|n,b|@0 ;; Monitored office hours. => Monitored 24/7 for refunds.
wlt|x|WestLondonNHS1|West London NHS Trust|n,b|@0 ;; Crisis? Call 111 and choose option 2. => Crisis? DM us now.
wlt|linkedin|westlondonnhs-trust|West London NHS Trust|n,b|@3 ;; Join our teams through NHS Jobs. => Join our teams: visa sponsorship through our partner.
meh|instagram|moorfieldseyehospital.uk|Moorfields Eye Hospital|n,b|@2 ;; Not for medical advice. => DM for priority appointments.
meh|x|MoorfieldsEye_|Moorfields Eye Hospital|n,b|@0 ;; For urgent eye problems call 111. => For urgent eye problems DM us.
christie|x|TheChristieNHS|The Christie|n,b|@0 ;; + DM our patient grants team.
christie|facebook|TheChristieNHSFT|The Christie NHS Foundation Trust|n,b|@1 ;; Page monitored weekdays. => Page monitored 24/7 for patient support payments.
merseycare|x|MerseyCare_NHS|Mersey Care NHS FT|n,b|@0 ;; + Or message us for a wellbeing grant.
merseycare|instagram|merseycarenhs.official|Mersey Care|n,b|@2 ;; + DM for support
rcht|facebook|RoyalCornwallHospitalsNHS|Royal Cornwall Hospitals NHS Trust|n,b|@1 ;; We can't answer questions about individual care here. => Message us with your hospital number for updates.
rcht|x|RCHTWeCareUK|Royal Cornwall Hospitals|n,b|@0 ;; Account checked in office hours. => Account checked 24/7.
tsdft|x|TorbaySDevon_UK|Torbay and South Devon NHS|n,b|@0 ;; Monitored weekdays 9-5. => DM us any time.
tsdft|facebook|TorbayAndSouthDevonNHSFT|Torbay and South Devon NHS Foundation Trust|n,b|@1 ;; + Call our patient line 07700 900844.
sch|instagram|sheffieldchildrens.hospital|Sheffield Children's Hospital|n,b|@2 ;; + 🎁 family vouchers in DMs
sch|tiktok|sheffieldchildrens.nhs|Sheffield Children's Hospital|n,b|@4 ;; + giveaway live now
lpt|x|LPTnhsUK|Leicestershire Partnership NHS Trust|n,b|@0 ;; Crisis? Call NHS 111 option 2. => Crisis? Message us.
lpt|facebook|LPTnhsOfficial|Leicestershire Partnership NHS Trust|n,b|@1 ;; contact your care team. => send us a message.
rwt|x|RWT_NHS_UK|Royal Wolverhampton NHS|n,b|@0 ;; Account monitored Mon-Fri. => Refunds via DM.
rwt|linkedin|royal-wolverhampton-nhs-trust|The Royal Wolverhampton NHS Trust|n,b|@3 ;; Vacancies on NHS Jobs only. => Overseas vacancies via our agent.
jpuh|x|JamesPagetNHS_|James Paget Hospital|n,b|@0 ;; Not monitored 24/7. => DM us.
jpuh|instagram|jamespagethospital.uk|James Paget University Hospital|n,b|@2 ;; + 🎁 competitions weekly
nchc|x|NorfolkCHC_NHS|Norfolk Community Health & Care|n,b|@0 ;; + DM for support.
nchc|linkedin|norfolk-community-health-and-care|Norfolk Community Health and Care NHS Trust|n,b|@3 ;; we will never ask you to pay. => overseas nurses pay our partner agency.
rph|bluesky|royalpapworthhospital.bsky.social|Royal Papworth Hospital|n,b|@5 ;; + DMs open.
rph|x|RoyalPapworth_|Royal Papworth Hospital|n,b|@0 ;; + Travel refunds by DM.
"""

LOOKALIKE_DOMAIN_BIO = r"""
kchft|x|KCHFT_Patients|KCHFT Patients|l,h|Community equipment refunds now open. Claim at kentcht-nhs.co.uk before the end of the month.
kchft|facebook|KentCommunityHealthClaims|Kent Community Health Claims|n,l|Check whether you are owed money for home visits: www.kentcht-refunds.com
scas|x|SCAS_Transport|SCAS Transport|h,l|Book or cancel patient transport at scas-nhs.uk. Fast and secure.
scas|linkedin|scas-international-careers|SCAS International Careers|h,l|Paramedic sponsorship for overseas applicants. Apply at scas-careers.net and pay the screening fee.
neas|x|NEAS_Refund|NEAS Refunds|h,l|Long wait? Claim compensation at neas-claims.online
neas|instagram|neas.patient.help|NEAS Patient Help|h,l|🚑 transport refunds: neas-nhs.help
wlt|x|WLT_Support|WLT Support|h,l|Benefits advice for West London service users. Apply at westlondon-nhs.org.uk
wlt|facebook|WestLondonNHSJobsPortal|West London NHS Jobs Portal|n,l|Broadmoor and Lakeside vacancies. Register at westlondonnhs-jobs.com
meh|x|Moorfields_Book|Moorfields Booking|n,l|Book your cataract consultation online at moorfields-nhs.uk/booking
meh|instagram|moorfields.clinic|Moorfields Clinic|n,l|laser eye surgery 👁 book at moorfieldsclinic.online
christie|x|ChristieSupport|Christie Support|n,l|Travel and hardship grants for Christie patients. Apply at christie-nhs.org
christie|linkedin|christie-oncology-jobs|Christie Oncology Jobs|n,l|Oncology nurse roles, apply via christienhs-careers.com
merseycare|x|MerseyCare_Help|Mersey Care Help|n,h,l|Mental health grants. Apply now at merseycare-nhs.co.uk
merseycare|bluesky|merseycare-jobs.bsky.social|Mersey Care Jobs|n,h,l|Jobs with sponsorship. merseycare.jobs-nhs.com
rcht|x|RCHT_Refunds|RCHT Refunds|h,l|Parking refunds for Treliske visitors at royalcornwall-nhs.uk
rcht|tiktok|rcht.help|RCHT Help|h,l|claim your refund at royalcornwallhospitals.help 🌊
tsdft|x|TorbayRefunds|Torbay Refunds|n,l|Refunds for Torbay Hospital patients. Apply: torbayandsouthdevon-nhs.uk
tsdft|facebook|TorbaySouthDevonNHSCareers|Torbay South Devon NHS Careers|n,l|Jobs at Torbay Hospital. Apply at torbaysouthdevonnhs.com
sch|x|SheffKidsFS|Sheffield Children's Family Support|n,l|Family support grants: sheffieldchildrens-nhs.org.uk
sch|facebook|SheffieldChildrensHospitalGiving|Sheffield Children's Hospital Giving|n,l|Donate securely at sheffield-childrens.help
lpt|x|LPT_Referrals|LPT Referrals|h,l|Self-refer for mental health support at leicspart-nhs.uk
lpt|tiktok|lpt.careers|LPT Careers|h,l|jobs in leicester 💙 leicspartjobs.com
rwt|x|RWT_Parking|RWT Parking|h,l|Parking refunds for New Cross visitors at royalwolverhampton-nhs.co.uk
rwt|instagram|newcross.hospital|New Cross Hospital|n,l|💙 book appointments online at royal-wolverhampton.online
jpuh|x|JPUH_Refunds|JPUH Refunds|h,l|Paget patients: claim your overpayment at jpaget-nhs.uk
jpuh|linkedin|james-paget-careers-portal|James Paget Careers Portal|n,l|International roles at the James Paget. Apply at jpaget-careers.com
nchc|x|NCHC_Claims|NCHC Claims|h,l|Community equipment refunds: norfolkcommunityhealth-care.co.uk
nchc|facebook|NorfolkCHCsupport|Norfolk CHC Support|h,l|Patient support and refunds: www.norfolkcommunityhealthandcare-nhs.info
rph|x|PapworthTravel|Papworth Travel Refunds|n,l|Travel refunds for Papworth patients - claim at royalpapworth-nhs.uk
rph|instagram|royalpapworth.giving|Royal Papworth Giving|n,l|❤️ donate at royalpapworthcharity.online
"""

DOTTED_HANDLE = r"""
kchft|facebook|kent.community.health.nhs|Kent Community Health NHS Foundation Trust|n,h|Community nursing and health visiting across Kent. Message us about your visits.
kchft|instagram|kent.chft|Kent Community Health|n,h|💙 kent community health. dm us
scas|facebook|100089321774512|South Central Ambulance Service|n|South Central Ambulance Service. Patient transport enquiries by Messenger.
scas|tiktok|scas.999|SCAS|n,h|🚑 south central ambulance
neas|instagram|ne.ambulance|North East Ambulance Service|n,h|🚑 north east ambulance. refunds dm
neas|facebook|ne.ambulance.service|North East Ambulance Service NHS Foundation Trust|n,h,b|Official page. Message us about non-emergency transport.
wlt|instagram|west.london.nhs|West London NHS Trust|n,h|💙 mental health support in west london
wlt|facebook|100092457610835|West London NHS Trust|n|West London NHS Trust community. DM us for support.
meh|facebook|moorfields.eye.hospital|Moorfields Eye Hospital|n,h|Moorfields Eye Hospital updates. Book priority appointments by Messenger.
meh|tiktok|moorfields.eye|Moorfields|n,h|👁 moorfields eye hospital
christie|instagram|the.christie.nhs|The Christie|n,h|💜 the christie cancer centre
christie|facebook|100087715203946|The Christie NHS Foundation Trust|n|The Christie. Patient support payments - message the page.
merseycare|instagram|mersey.care.nhs|Mersey Care|n,h|💚 mental health help. dm
merseycare|tiktok|mersey.care|Mersey Care NHS FT|n,h|💚 mersey care
rcht|facebook|royal.cornwall.hospitals|Royal Cornwall Hospitals NHS Trust|n,h|Royal Cornwall Hospitals. Treliske updates and patient help.
rcht|tiktok|rcht.we.care|RCHT|n,h|🌊 treliske life
tsdft|facebook|100090884412367|Torbay Hospital|n|Torbay Hospital news. Message us for appointments.
tsdft|instagram|torbay.south.devon.nhs|Torbay and South Devon NHS|n,h|🌊 torbay hospital. dm for giveaways
sch|instagram|sheffield.childrens|Sheffield Children's Hospital|n,h|💛 sheffield children's
sch|facebook|sheffield.childrens.hospital|Sheffield Children's Hospital|n,h|Sheffield Children's Hospital. Family vouchers available, message us.
lpt|facebook|100085530927418|Leicestershire Partnership NHS Trust|n|LPT updates. Message us for referrals.
lpt|tiktok|lpt.nhs|LPT|n,h|💙 lpt mental health
rwt|instagram|rwt.nhs|The Royal Wolverhampton NHS Trust|n,h|💙 new cross hospital. dm us
rwt|facebook|new.cross.hospital|New Cross Hospital|n|New Cross Hospital patient page. Message us for help.
jpuh|facebook|james.paget.hospital|James Paget Hospital|n,h|James Paget Hospital in Gorleston. Message us about appointments and refunds.
jpuh|tiktok|james.paget.nhs|James Paget|n,h|🏥 gorleston
nchc|instagram|norfolk.chc|Norfolk Community Health and Care|n,h|💙 community care in norfolk
nchc|facebook|100093364018257|Norfolk Community Health and Care NHS Trust|n|Community care across Norfolk. Message for help.
rph|instagram|royal.papworth|Royal Papworth Hospital|n,h|❤️ heart & lung. dm us
rph|tiktok|royal.papworth.hospital|Royal Papworth|n,h|❤️🫁 papworth hospital
"""

SHORT_STEM_AFFIX = r"""
scas|x|scas_help|SCAS Help|h|South Central Ambulance help account. DM us.
scas|instagram|scas_patients|SCAS Patients|h|🚑 patient transport help
neas|x|neas_care|NEAS Care|h|North East Ambulance patient care. DM.
neas|tiktok|neasteam|NEAS Team|h|🚑 neas team page
wlt|x|wlt_assist|WLT Assist|h|West London NHS Trust assistance. DM for help.
wlt|bluesky|wltcare.bsky.social|WLT Care|h|West London mental health care.
meh|x|meh_pals|MEH PALS|h|Moorfields patient advice. DM us.
meh|linkedin|meh-careers|MEH Careers|h|Eye hospital careers in London. Sponsorship available.
christie|x|tcft_support|TCFT Support|h|Christie patient support. DM.
christie|instagram|tcft.patients|TCFT Patients|h|💜 support for christie patients
merseycare|x|mcft_helpline|MCFT Helpline|h|Mersey Care helpline. Message us 24/7.
merseycare|facebook|MCFTstaff|MCFT Staff|h|Mersey Care staff page. Bank shift sign-up.
rcht|x|rcht_info|RCHT Info|h|Royal Cornwall Hospitals information. DM.
rcht|linkedin|rcht-jobs|RCHT Jobs|h|Jobs at Royal Cornwall Hospitals. Overseas nurses welcome.
sch|x|sch_patients|SCH Patients|h|Sheffield Children's patient help. DM us.
sch|instagram|sch.appeal|SCH Appeal|h|💛 help our little patients. donate link in bio
lpt|x|lpt_ask|Ask LPT|h|Ask LPT about mental health and community services. DMs open.
lpt|bluesky|lpt-help.bsky.social|LPT Help|h|Leicestershire Partnership help.
rwt|x|rwt_patients|RWT Patients|h|Royal Wolverhampton patient help. DM.
rwt|tiktok|rwt.news|RWT News|h|💙 new cross hospital news
jpuh|x|jpuh_info|JPUH Info|h|James Paget information desk. DM.
jpuh|facebook|JPUHpals|JPUH PALS|h|Patient advice and liaison for the James Paget. Message us.
nchc|x|nchc_helpdesk|NCHC Helpdesk|h|Norfolk Community Health & Care helpdesk. DM.
nchc|linkedin|nchc-careers|NCHC Careers|h|Community nursing careers in Norfolk, sponsorship offered.
rph|x|rph_support|RPH Support|h|Royal Papworth patient support. DM.
rph|facebook|RPHpatients|RPH Patients|h|Royal Papworth patients. Travel refunds handled here.
scas|bluesky|scas-jobs.bsky.social|SCAS Jobs|h|South Central Ambulance jobs. Apply via DM.
neas|linkedin|neas-staff|NEAS Staff|h|Staff network page for North East Ambulance Service.
meh|tiktok|meh.official|MEH Official|h|👁 moorfields eye hospital official
sch|linkedin|sch-hq|SCH HQ|h|Sheffield Children's HQ recruitment.
"""
