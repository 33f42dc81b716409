"""Hand-written impersonation records, part A.

One line per account: trust|platform|handle|display name|copied elements|bio
Copied-element codes: n name, h handle, b bio_claim, p phone, d domain, l lookalike_domain, e executive_name.
"""

RENAMED_OLD_ACCOUNT = r"""
jpuh|facebook|GorlestonSeafrontMemories|James Paget University Hospital|n,b|Official page of the James Paget. We are moving all patient enquiries to Messenger - send your name, date of birth and NHS number and a member of the team will reply.
jpuh|x|yarmouthbargain|James Paget Hospital|n|Hospital updates for Gorleston & Great Yarmouth. DM us for appointment changes.
rph|instagram|cambs_cupcake_co|Royal Papworth Hospital|n,b|Royal Papworth Hospital NHS FT official. Heart & lung patients: claim your travel reimbursement via the link below before Friday.
rph|x|fenlandfishing|Royal Papworth|n|New page for Royal Papworth news. Follow for transplant updates and giveaways.
scas|facebook|ThamesValleyCarBootSales|South Central Ambulance Service|n,b|South Central Ambulance Service - community page. Volunteer first responders get a £250 kit grant: comment DONE and we will message you.
scas|tiktok|oxon.pranks.2016|SCAS 999|n,h|ambulance crew life 🚑 official-ish. DMs open for patient transport bookings
neas|x|ToonBoyGaming|North East Ambulance Service|n,b|NEAS official account. Non-emergency transport refunds now handled here - message us your booking ref.
neas|instagram|sunderland_nails_by_jade|North East Ambulance Service|n|Giving the region a voice 🚑 North East Ambulance Service fan updates and news
wlt|linkedin|ealing-property-investors-network|West London NHS Trust|n,b|West London NHS Trust talent team. We are hiring support workers for Broadmoor with fast-track onboarding. Message for the application pack.
wlt|bluesky|hounslowfootyfans.bsky.social|West London NHS Trust|n|Updates from West London NHS Trust and our services across Ealing, Hounslow and Hammersmith & Fulham.
meh|instagram|london_streetstyle_daily|Moorfields Eye Hospital|n,b|Moorfields Eye Hospital 👁 official. Free laser eye assessments for followers this month, DM to book your slot.
meh|facebook|CityRoadDinerLondon|Moorfields Eye Hospital NHS Foundation Trust|n|This page has changed its name. Welcome to Moorfields Eye Hospital updates and patient help.
christie|facebook|WithingtonPubQuizLeague|The Christie NHS Foundation Trust|n,b|The Christie NHS Foundation Trust. We are contacting families who overpaid for parking during treatment. Message the page to receive your refund.
christie|x|mcrcryptosignal|The Christie|n|The Christie - cancer care news. Our inbox is open for patients and families.
merseycare|x|ScouseMemes247|Mersey Care NHS|n|Mersey Care NHS updates 💚 message us for help with your referral.
merseycare|tiktok|liverpool.lashes.2015|Mersey Care NHS FT|n,b|official mersey care account 💚 send us a message for support with your wellbeing grant
rcht|facebook|CornishHolidayLetsKernow|Royal Cornwall Hospitals NHS Trust|n,b|Royal Cornwall Hospitals NHS Trust community page - Treliske, West Cornwall and St Michael's. Patient hardship payments are open, send us a message to apply.
rcht|instagram|truro_surf_shack|Royal Cornwall Hospital|n|Treliske updates 💙 follow for news from Royal Cornwall Hospital
tsdft|x|TorquayTaxis|Torbay Hospital|n|Torbay Hospital news & patient contact line. Ring 07700 900417 for appointment queries.
tsdft|linkedin|paignton-wedding-photography|Torbay and South Devon NHS Foundation Trust|n,b|Torbay and South Devon NHS Foundation Trust recruitment. Healthcare assistant roles with relocation package, limited slots - apply through our agent.
sch|facebook|SheffieldUnitedFanZone1889|Sheffield Children's Hospital|n,b|Sheffield Children's Hospital page. We are giving 50 families a £100 voucher for Christmas, share and comment your child's name!
sch|tiktok|steelcity.giveaways|Sheffield Childrens Hospital|n|sheffield childrens hospital 💛 follow for updates
lpt|x|FoxesGossip|Leicestershire Partnership NHS|n|News from LPT services across Leicester, Leicestershire & Rutland. DM for referrals.
lpt|instagram|leicester_market_eats|LPT NHS|n,b|Leicestershire Partnership NHS Trust 💙 mental health support & community services. DM us for urgent help.
rwt|facebook|WolvesAwayDaysCoaches|The Royal Wolverhampton NHS Trust|n,b|Official page of The Royal Wolverhampton NHS Trust. Missed your appointment? Rebook here for a small admin fee of £4.99.
rwt|bluesky|blackcountrygrub.bsky.social|Royal Wolverhampton NHS|n|New Cross, Cannock Chase and West Park - news from Royal Wolverhampton NHS.
kchft|x|MargateGigs|Kent Community Health NHS FT|n|Kent Community Health NHS Foundation Trust. Community services across Kent. DMs open.
kchft|facebook|HerneBayBuySellSwap|Kent Community Health NHS Foundation Trust|n,b|Kent Community Health NHS Foundation Trust. Community nursing, health visiting and therapy. Home equipment refunds are now processed through this page.
nchc|linkedin|norwich-it-contractors-group|Norfolk Community Health and Care NHS Trust|n,b|Norfolk Community Health and Care NHS Trust. Now recruiting international nurses with full visa sponsorship. Processing fee applies.
nchc|x|CanariesChat14|Norfolk Community Health & Care|n|Norfolk Community Health and Care updates. Message for enquiries.
"""

DIGIT_LETTER_SWAP = r"""
kchft|x|K3ntCHFT|Kent Community Health NHS FT|n,h|Kent Community Health NHS FT - community nursing, therapy and health visiting in Kent. DM for help with your care.
kchft|instagram|kentchf7.nhs|Kent C0mmunity Health|n|Community health in Kent 💙 message us about equipment refunds
scas|x|5CAS999|South Central Ambulance|n,h|South Central Ambulance Service NHS FT. 999 & NHS 111. Patient transport queries by DM only.
scas|facebook|SouthCentra1Ambulance|South Central Ambu1ance Service|n,h,b|Official page of South Central Ambulance Service. Book patient transport and claim mileage refunds via Messenger.
neas|x|NEArnbulance|North East Ambulance Service|n,h|North East Ambulance Service NHS FT. Not for emergencies. Message us for transport refunds and complaints.
neas|tiktok|neambu1ance|North East Ambulance Service|n,h|official neas 🚑 real crews real stories
wlt|x|WestL0ndonNHS|West London NHS Trust|n,h|Mental health and community services in west London. Struggling? Message us privately and our support team will call you.
wlt|linkedin|west-l0ndon-nhs-trust|West London NHS Trust|n,h,b|Delivering mental health, community and high-secure services. Hiring now - fast-track interviews on Teams.
meh|x|M00rfields|Moorfields Eye Hospital|n,h|Moorfields Eye Hospital NHS Foundation Trust. Eye care, research and education. For appointment refunds DM us.
meh|instagram|moorfie1dseyehospital|Moorfields Eye Hospital|n,h|Eyes on Moorfields 👁 DM for priority appointments
christie|x|TheChr1stie|The Christie|n,h|The Christie NHS Foundation Trust - specialist cancer care in Manchester. Patient support payments via DM.
christie|bluesky|thechrlstie.bsky.social|The Christie|n,h|The Christie NHS Foundation Trust. Specialist cancer care in Manchester.
merseycare|x|M3rseyCareNHS|Mersey Care NHS FT|n,h|Mental health, community and learning disability services across Merseyside. Help available by DM 24/7.
merseycare|facebook|MerseyCareNH5|Mersey Care NHS Foundation Trust|n,h|Mersey Care NHS Foundation Trust. Send us a message to speak to a wellbeing advisor today.
rcht|x|RCHTWeCar3|Royal Cornwall Hospitals|n,h|Royal Cornwall Hospitals NHS Trust. Treliske, West Cornwall & St Michael's. Reply or DM with your hospital number for updates.
rcht|instagram|rchtwecar3|R0yal Cornwall Hospitals|n,h|Caring for Cornwall 💙 parking refund claims open now
tsdft|x|T0rbaySDevonNHS|Torbay and South Devon NHS|n,h|Torbay and South Devon NHS Foundation Trust. Torbay Hospital and community care. DM for help.
tsdft|facebook|TorbayAndS0uthDevonNHS|Torbay and South Devon NHS Foundation Trust|n,h|Integrated health and care for Torbay and South Devon. Contact our patient line on 07700 900583.
sch|x|SheffChi1drens|Sheffield Children's|n,h|Sheffield Children's NHS Foundation Trust. Caring for children & young people. Family support fund open - DM.
sch|tiktok|sheffie1dchildrens|Sheffield Children's Hospital|n,h|sheffield childrens nhs 💛 giveaway every friday
lpt|x|LPTnh5|Leicestershire Partnership NHS Trust|n,h|Mental health, learning disability and community services. DM us for support.
lpt|instagram|lptnh5|LPT NHS|n,h|LPT 💙 community and mental health services in LLR.
rwt|x|RWT_NH5|Royal Wolverhampton NHS|n,h|The Royal Wolverhampton NHS Trust. New Cross, Cannock Chase and West Park. Message us with your booking reference.
rwt|linkedin|the-r0yal-wolverhampton-nhs-trust|The Royal Wolverhampton NHS Trust|n,h|Acute and community provider in the West Midlands. Recruiting overseas staff now.
jpuh|x|Jame5PagetNHS|James Paget Hospita1|n,h|James Paget University Hospitals NHS FT. Gorleston. For cancellations and refunds DM us.
jpuh|facebook|JamesPagetUniversityHospita1|James Paget University Hospitals NHS Foundation Trust|n,h|Official page of the James Paget University Hospital in Gorleston. Message us your NHS number to check your waiting list position.
nchc|x|N0rfolkCHC|Norfolk Community Health & Care|n,h|Norfolk Community Health and Care NHS Trust. Community care across Norfolk.
nchc|bluesky|norfolkchc.bsky.social|Norfo1k Community Health and Care|n|Norfolk Community Health and Care NHS Trust on Bluesky. Community nursing across Norfolk.
rph|x|R0yalPapworth|Royal Papworth Hospital|n,h|The UK's leading heart and lung hospital. Official account of Royal Papworth Hospital NHS FT. Patient travel refunds by DM.
rph|bluesky|royalpapw0rth.bsky.social|Royal Papworth Hospital|n,h|Royal Papworth Hospital NHS Foundation Trust. Heart and lung specialists in Cambridge.
"""

HANDLE_AFFIX = r"""
kchft|x|KentCHFT_Help|KCHFT Help|h|Here to help with Kent community services. Tag us or DM with your issue.
kchft|facebook|KentCHFTPatientSupport|Kent Community Health Support|n,h,b|Patient support for Kent Community Health NHS Foundation Trust. Equipment, transport and complaints handled by Messenger.
scas|x|SCAS999_Support|SCAS Support|h|Customer support for South Central Ambulance Service. DM your postcode and incident date for a callback.
scas|instagram|scas999.official|SCAS Official|h,b|the real south central ambulance account ✅ dm for bookings
neas|x|NEAmbulanceHelp|NEAS Help Desk|h|Help desk for patient transport, complaints and compliments. Reply with your details.
neas|linkedin|neambulance-careers-uk|NEAS Careers UK|h|Emergency care assistant and paramedic jobs across the North East. Relocation, visa and accommodation arranged.
wlt|x|WLT_NHS_Care|West London NHS Care|h|Support line for West London NHS Trust service users. Text us on 07700 900162.
wlt|instagram|westlondonnhs_team|WLT Team|h|west london nhs team page 💙 mental health support in your DMs
meh|x|MoorfieldsHelp|Moorfields Help|h|Moorfields patient help. Appointment problems? Missed a letter? Send us a DM.
meh|facebook|MoorfieldsEyeHospitalPatients|Moorfields Patients|h|For patients of Moorfields Eye Hospital. Message us to fast-track your cataract surgery.
christie|x|TheChristieInfo|The Christie Info|h|Info account for patients and families of The Christie. Message us about transport and benefits support.
christie|tiktok|thechristie.care|The Christie Care|h|the christie hospital care team 💜 fundraising for patients
merseycare|x|MerseyCare_Ask|Ask Mersey Care|h,b|Ask us anything about Mersey Care services. Official patient contact.
merseycare|bluesky|merseycare-support.bsky.social|Mersey Care Support|h|Support for Mersey Care service users and carers. Message us.
rcht|x|RCHTWeCare_Pals|RCHT PALS|h|Patient Advice and Liaison for Royal Cornwall Hospitals. DM for help with complaints and refunds.
rcht|facebook|RoyalCornwallHospitalsInfo|Royal Cornwall Hospitals Info|n,h|Info page for Treliske, West Cornwall and St Michael's. Car park refund claims accepted here.
tsdft|x|TSDFTHelpDesk|Torbay & South Devon Help|h|Helping patients of Torbay and South Devon NHS. DM us.
tsdft|instagram|torbayandsouthdevonnhs_jobs|Torbay NHS Jobs|h|jobs at torbay hospital 🌊 no experience needed, training provided, DM to register
sch|instagram|sheffieldchildrens_hq|Sheffield Children's HQ|h|Sheffield Children's hospital HQ. Family support and vouchers. DM us.
sch|instagram|sheffieldchildrens_appeal|Sheffield Children's Appeal|h|help our little patients 💛 link in bio to donate
lpt|x|LPTnhs_Help|LPT Help|h|LPT help account. Mental health support by DM, we reply fast.
lpt|tiktok|lptnhs.support|LPT Support|h|support for lpt service users 💙 message us
rwt|x|RWT_NHS_Desk|RWT Desk|h|RWT patient desk - New Cross appointments, parking, refunds. DM.
rwt|facebook|RoyalWolverhamptonNHSTrustOfficial|The Royal Wolverhampton NHS Trust Official|n,h,b|The only official page of The Royal Wolverhampton NHS Trust. Ignore the other page, it has been hacked.
jpuh|x|JPUH_Team|James Paget Team|h|Team account for the James Paget in Gorleston. Contact us for your appointment.
jpuh|linkedin|jamespagetnhs-careers|James Paget Careers|h|International recruitment for the James Paget. Nurses, carers and porters. Sponsorship available.
nchc|x|NorfolkCHC_UK|Norfolk CHC UK|h|Norfolk community health and care patient enquiries. DM with your details.
nchc|instagram|norfolkchc.staff|NCHC Staff|h|staff page for norfolk community health & care 💙 bank shifts DM
rph|x|RoyalPapworthUK|Royal Papworth News|h|Latest news from Royal Papworth Hospital. Follow for patient updates.
rph|facebook|RoyalPapworthHospitalAppeal|Royal Papworth Hospital Appeal|n,h|Help us buy a new heart monitor for Royal Papworth. Every pound counts.
"""

EXACT_NAME_NEW_HANDLE = r"""
kchft|facebook|KentCommunityNursingTeam|Kent Community Health NHS Foundation Trust|n|Welcome to our page. Ask us about district nursing, podiatry and health visiting appointments.
kchft|linkedin|kent-community-health-recruitment|Kent Community Health NHS Foundation Trust|n,b|Recruitment arm of Kent Community Health NHS Foundation Trust. Send your CV and ID to start onboarding.
scas|x|AmbulanceSthUK|South Central Ambulance Service NHS Foundation Trust|n|Serving Berkshire, Buckinghamshire, Hampshire and Oxfordshire. Follow for updates.
scas|tiktok|ambulance.south.uk|South Central Ambulance Service NHS Foundation Trust|n|paramedic life 🚑 follow for more
neas|facebook|AmbulanceNorthEastUK|North East Ambulance Service NHS Foundation Trust|n,b|Official page. Patient transport vouchers available to eligible residents, send us a message.
neas|bluesky|ne-ambulance-uk.bsky.social|North East Ambulance Service NHS Foundation Trust|n|Emergency and urgent care for the North East.
wlt|x|WLondonMH|West London NHS Trust|n|Mental health support for west London. You are not alone. DM us.
wlt|facebook|BroadmoorHospitalPage|West London NHS Trust|n|Updates about Broadmoor Hospital and our other services.
meh|x|EyeHospitalLDN|Moorfields Eye Hospital NHS Foundation Trust|n|Leading eye care in London. DM to arrange your consultation.
meh|linkedin|moorfields-eye-recruit|Moorfields Eye Hospital NHS Foundation Trust|n|Now hiring optometrists, orthoptists and nurses. Apply with the form in our featured section.
christie|instagram|christie.cancer.hospital|The Christie NHS Foundation Trust|n|Supporting patients through every step 💜
christie|bluesky|christie-manchester.bsky.social|The Christie NHS Foundation Trust|n|Specialist cancer care in Manchester.
merseycare|instagram|mersey_mental_health|Mersey Care NHS Foundation Trust|n|💚 you matter. message us for a wellbeing check in
merseycare|linkedin|merseycare-international-jobs|Mersey Care NHS Foundation Trust|n,b|International recruitment for Mersey Care NHS Foundation Trust. Visa sponsorship for mental health nurses and support workers.
rcht|x|TreliskeHosp|Royal Cornwall Hospitals NHS Trust|n|Royal Cornwall Hospital, Truro. Patient questions welcome.
rcht|tiktok|cornwall.hospital|Royal Cornwall Hospitals NHS Trust|n|life at treliske 🌊
tsdft|facebook|TorquayHospitalNews|Torbay and South Devon NHS Foundation Trust|n|Torbay Hospital news for Torquay, Paignton, Brixham and Newton Abbot.
tsdft|bluesky|torbay-nhs.bsky.social|Torbay and South Devon NHS Foundation Trust|n|Health and care for Torbay and South Devon.
sch|x|SheffKidsHosp|Sheffield Children's NHS Foundation Trust|n|Sheffield's hospital for children. DM for family support.
sch|facebook|ChildrensHospitalSheffieldUK|Sheffield Children's NHS Foundation Trust|n,p|Official page. Family liaison line 0114 496 0271. Message for help with travel costs.
lpt|facebook|LeicesterMentalHealthSupport|Leicestershire Partnership NHS Trust|n|Mental health and community services. Send us a message for a callback from a nurse.
lpt|tiktok|leics.partnership|Leicestershire Partnership NHS Trust|n|mental health matters 💙
rwt|x|NewCrossWolves|The Royal Wolverhampton NHS Trust|n|New Cross Hospital and community services. DM for enquiries.
rwt|instagram|newcrosshospital.wolves|The Royal Wolverhampton NHS Trust|n|new cross hospital 💙 staff stories and giveaways
jpuh|instagram|gorleston_hospital|James Paget University Hospitals NHS Foundation Trust|n|Your local hospital in Gorleston 💙
jpuh|tiktok|paget.hospital|James Paget University Hospitals NHS Foundation Trust|n|life at the paget 🏥
nchc|facebook|NorwichCommunityHospitalPage|Norfolk Community Health and Care NHS Trust|n|Community hospitals and nursing across Norfolk. Message us about your care.
nchc|linkedin|norfolk-community-care-jobs|Norfolk Community Health and Care NHS Trust|n|Community nursing and therapy jobs across Norfolk. Apply now.
rph|instagram|papworth.heart.lung|Royal Papworth Hospital NHS Foundation Trust|n|Heart and lung care in Cambridge ❤️
rph|tiktok|papworthhospital|Royal Papworth Hospital NHS Foundation Trust|n|heart & lung hospital ❤️🫁
"""

REFUND_PATIENT_SUPPORT_SCAM = r"""
jpuh|x|Paget_Refunds|James Paget Patient Refunds|n|Overpaid for parking at the James Paget between 2021 and 2024? You may be owed up to £340. DM us your name and card number used to pay.
jpuh|facebook|PagetPatientSupportCentre|James Paget Patient Support Centre|n,b,p|Official patient support. Refunds for cancelled operations are being processed this week. Call 07700 900238 or message us with your sort code to receive your payment.
rph|x|PapworthPtHelp|Royal Papworth Patient Help|n|Travelled to Papworth for treatment? The Healthcare Travel Costs Scheme can pay you back. We handle your claim for you - just send a photo of your bank card.
rph|instagram|papworth.patient.support|Royal Papworth Patient Support|n,b|patient support team ❤️ travel & parking reimbursements processed within 24 hrs. DM "REFUND"
kchft|x|KentNHSRefunds|Kent Community Health Refund Desk|n|Were you charged for a wheelchair or walking aid by KCHFT? These should be free. Our team will arrange a refund - DM your address and account details.
kchft|facebook|KCHFTPatientsFund|KCHFT Patients Fund|n,h|Your community health service may owe you money. Fill in the form in Messenger to check if you qualify for compensation.
scas|x|SCAS_Claims|SCAS Claims Team|h,n|Patient transport delayed or cancelled? Claim compensation up to £500 from South Central Ambulance Service. DM now, limited window.
scas|linkedin|scas-patient-reimbursement|SCAS Patient Reimbursement|n|Reimbursement office for ambulance transport users. Please send verification documents (passport and bank statement) to process your claim.
neas|facebook|NEASPatientCare|NEAS Patient Care|n,h|Patient care team for North East Ambulance Service. If you paid for a private taxi after a long wait you can reclaim the fare. Message us your bank details.
neas|bluesky|neas-help.bsky.social|NEAS Help|h|Help for NEAS patients. Complaints, refunds and compliments. Please DM.
wlt|x|WLT_SUsupport|WLT Service Users Support|h|Benefits and hardship payments for West London NHS Trust service users. Message us to apply. Small processing fee applies.
wlt|instagram|westlondon.patientadvice|West London Patient Advice|n|patient advice service 💙 we can help with PIP, hardship grants and refunds. send us your details in DM
meh|x|MoorfieldsPALS|Moorfields PALS|n|Patient Advice & Liaison, Moorfields Eye Hospital. Need to rebook? Pay the £9.99 rebooking fee via the link we DM you.
meh|tiktok|moorfields.patient.desk|Moorfields Patient Desk|n|moorfields patient desk 👁 got a cancelled appointment? you could be owed £££ comment CLAIM
christie|x|ChristieFamSupp|The Christie Family Support|n|Support for families of Christie patients. Grants of £200-£1,000 available for travel and food. DM us with your full name and bank to apply.
christie|facebook|TheChristieRefundOffice|The Christie Refund Office|n,b,p|The Christie NHS Foundation Trust refund office. Patients who paid prescription charges during cancer treatment can reclaim them. Call us on 0161 496 0244.
merseycare|x|MerseyGrants|Mersey Care Grants|n|Mersey Care wellbeing grants for service users and carers. Applications close Sunday. DM to begin.
merseycare|tiktok|merseycare.help|Mersey Care Help|h,n|need help with a payment from mersey care? we sort refunds & grants, message us 💚
rcht|x|TreliskeRefund|Treliske Parking Refunds|n|Royal Cornwall Hospital parking machines overcharged thousands of visitors. Claim your refund - reply with your car reg and card.
rcht|facebook|RCHTPatientLiaison|RCHT Patient Liaison|n,h,b|Royal Cornwall Hospitals patient liaison. Refunds for cancelled procedures. Send us a message with your NHS number, date of birth and bank details.
tsdft|x|TorbayHospClaim|Torbay Hospital Claims|n|Torbay Hospital claims service. Lost property, parking, cancelled appointments. DM your details for a refund.
tsdft|linkedin|torbay-patient-finance|Torbay Patient Finance Team|n|Patient finance at Torbay and South Devon. Refunds are issued once your identity has been confirmed through our secure portal.
sch|x|SheffKidsFamily|Sheffield Children's Families|n|Families of Sheffield Children's patients can get up to £150 a week towards travel and meals. DM the family support team now.
sch|instagram|sch.family.fund|SCH Family Fund|h|💛 family fund for parents of sick children, payouts this week only. DM your child's hospital number and your bank
lpt|x|LPT_Refunds|LPT Refunds|h|Leicestershire Partnership refunds team. If you paid for a private assessment while on our waiting list, you may be reimbursed.
lpt|facebook|LPTServiceUserPayments|LPT Service User Payments|h,b|Official payments page for LPT service users. Involvement payments and refunds are sent after you confirm your card details in Messenger.
rwt|x|NewCrossRefunds|New Cross Hospital Refunds|n|New Cross Hospital refunds team. Charged for parking on a blue badge? Get your money back, DM now.
rwt|bluesky|rwt-patients.bsky.social|RWT Patients|h|Patient help for the Royal Wolverhampton NHS Trust. Refunds and appointment changes, message us.
nchc|x|NCHC_Refunds|NCHC Refunds|h|Norfolk Community Health & Care refund desk. Home visit charges applied in error are being refunded. Reply with your postcode.
nchc|facebook|NorfolkCommunityCarePatientHelp|Norfolk Community Care Patient Help|n|Patient help for Norfolk community services. Call our freephone on 0808 157 0611 or DM to claim your equipment refund.
"""
