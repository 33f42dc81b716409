"""Hand-written impersonation records, part B (same line format as scams_a.py).

Zero-width markers: <ZW> U+200B, <ZWNJ> U+200C, <ZWJ> U+200D, <WJ> U+2060, <BOM> U+FEFF.
Styled-text markers: {b:..} bold, {i:..} italic, {s:..} sans bold, {d:..} double-struck, {f:..} fullwidth,
{k:..} small capitals, {m:..} monospace.
"""

JOBS_RECRUITMENT_SCAM = r"""
kchft|linkedin|kchft-overseas-nursing-desk|KCHFT Overseas Nursing Desk|h|Overseas nurses wanted for Kent community teams. Certificate of Sponsorship issued in 14 days. Refundable CoS deposit £1,450 payable to our agent.
kchft|facebook|KentCommunityJobsUK|Kent Community Health Jobs|n|Healthcare assistants needed across Kent, no experience. Pay £45 for your DBS and uniform and start next week. WhatsApp 07700 900318.
scas|x|SCAS_Hiring|SCAS Hiring|h|Call handler jobs, work from home, £18/hr. Training pack £60 - refunded after first payslip. DM to reserve a seat.
scas|linkedin|south-central-ambulance-intl-recruit|South Central Ambulance International Recruitment|n|Paramedics from Nigeria, Ghana, India and the Philippines: full sponsorship with South Central Ambulance Service. Processing and legalisation fees apply. Email recruit@scas-careers.online
neas|x|NEAS_Jobs|NEAS Jobs|h|Emergency care assistant roles across the North East. Guaranteed interview for £75 registration. Limited places.
neas|instagram|neas.recruitment.team|NEAS Recruitment Team|h|🚑 we're hiring! ambulance care assistants, no licence needed. pay your course fee then we book your start date. DM
wlt|linkedin|wlt-healthcare-sponsorship|WLT Healthcare Sponsorship|h|Support worker posts at Broadmoor and our west London units. Visa, flight and accommodation handled by our partner agency for a one-off fee.
wlt|x|WLTcareers_|WLT Careers|h|Mental health support worker roles, interviews on Telegram this week. Send passport copy to apply.
meh|x|MoorfieldsJobs|Moorfields Jobs|n|Ophthalmic nurses and technicians wanted. Offer letters issued same day. £250 certificate verification fee.
meh|facebook|MoorfieldsRecruitmentHub|Moorfields Recruitment Hub|n|Join Moorfields Eye Hospital! We are recruiting 40 clinic assistants. Interviews by WhatsApp video, medical screening fee £95.
christie|linkedin|christie-cancer-careers-global|The Christie Careers Global|n|Oncology nurses: relocate to Manchester with The Christie. Tier 2 visa sponsorship; oath and registration fees paid in advance and reimbursed in first salary.
christie|instagram|christie.jobs.uk|Christie Jobs UK|n|hiring now 💜 admin, porters, housekeeping at the christie. £30 application fee secures your interview
merseycare|x|MerseyJobsNHS|Mersey Care Jobs|n|Support workers needed urgently. Start Monday. Pay £120 for mandatory training then you're on the rota.
merseycare|facebook|MerseyCareRecruitmentTeam|Mersey Care Recruitment Team|n,b|Official recruitment for Mersey Care NHS Foundation Trust. Visa sponsorship available. Contact our HR officer on WhatsApp 07700 900745.
rcht|linkedin|royal-cornwall-hospitals-nurse-recruitment|Royal Cornwall Hospitals Nurse Recruitment|n|International nurse recruitment for Royal Cornwall Hospitals. We prepare your CBT, OSCE and NMC application. Package price on request.
rcht|tiktok|rcht.jobs|RCHT Jobs|h|jobs in cornwall hospitals 🌊 apply via link, small admin fee
tsdft|x|TorbayNHSJobs|Torbay NHS Careers|n|Healthcare support workers, Torbay Hospital. Earn £££ from home while you train! Pay for your starter kit and begin.
tsdft|facebook|TorbayHospitalVacanciesUK|Torbay Hospital Vacancies|n|Torbay Hospital is recruiting cleaners, porters and caterers. Interviews held on Google Chat. Refundable uniform deposit required.
sch|linkedin|sheffield-childrens-hospital-hiring|Sheffield Children's Hospital Hiring|n|Paediatric nurses from overseas: job offer plus CoS guaranteed. Pay the sponsorship processing fee to reserve your slot.
sch|x|SheffKidsJobs|Sheffield Children's Jobs|n|Play workers and nursery nurses wanted! £22k, no interview. Register for £35.
lpt|facebook|LPTJobsLeicester|LPT Jobs Leicester|h|Leicestershire Partnership NHS Trust vacancies. Mental health support workers. DBS and training paid by applicant, refunded later.
lpt|linkedin|lpt-nhs-international-careers|LPT NHS International Careers|h|Skilled Worker visa roles in Leicester. Our consultant will help with your certificate of sponsorship for a small fee.
rwt|x|RWTrecruit|RWT Recruit|h|New Cross Hospital urgently hiring HCAs and domestics. DM for application form, £50 processing.
rwt|instagram|rwt.careers.official|RWT Careers Official|h,b|official careers page of the royal wolverhampton nhs trust ✅ visa & accommodation sorted, pay deposit to secure
jpuh|facebook|JamesPagetJobsGorleston|James Paget Jobs Gorleston|n|Vacancies at the James Paget: ward clerks, porters, pharmacy assistants. Offer letter issued after payment of the vetting charge.
jpuh|bluesky|jpaget-careers.bsky.social|James Paget Careers|n|Pharmacist posts at £7,500 a month. Apply through our immigration partner, fees payable in advance.
nchc|x|NorfolkCareJobs|Norfolk Community Care Jobs|n|Community carers needed in Norfolk. Car provided! Insurance admin fee £89 before first shift.
nchc|linkedin|nchc-sponsored-nursing|NCHC Sponsored Nursing|h|District nurses from abroad, sponsorship with Norfolk Community Health and Care. Interview via WhatsApp, fees reimbursed on arrival.
rph|x|PapworthJobsUK|Papworth Jobs UK|n|Cardiac physiologist and theatre roles at Royal Papworth. Guaranteed placement - pay the assessment fee first.
rph|linkedin|royal-papworth-global-talent|Royal Papworth Global Talent|n|Global talent programme at Royal Papworth Hospital. Send CV, passport and the £300 verification charge to recruitment@royalpapworth-jobs.com
"""

DONATION_SCAM = r"""
sch|facebook|SheffieldChildrensHospitalAppeal2025|Sheffield Children's Hospital Appeal|n|Little Maisie needs a life-saving operation. Every share = £1 from our sponsors. Donate direct to the family account in the comments.
sch|x|SheffKidsAppeal|Sheffield Children's Appeal|n|Help the children on our wards this Christmas. Donate by PayPal friends & family to keep fees low 💛
christie|facebook|ChristieCancerAppealUK|The Christie Cancer Appeal|n|Urgent appeal for The Christie. Funds go straight to patients who can't afford travel. Bank transfer details in the pinned post.
christie|tiktok|christie.appeal|The Christie Appeal|n|every gift helps a cancer patient 💜 send via cash app, link in bio
rph|instagram|royalpapworth.heartappeal|Royal Papworth Heart Appeal|n|❤️ we need £20,000 for a new heart monitor. donate to our fundraiser link below. 100% to the ward
rph|x|PapworthDonate|Papworth Donate|n|Royal Papworth transplant patients need your help. Gift aid your donation through our new giving page.
scas|facebook|SCASStaffStrikeFund|SCAS Staff Strike Fund|h|Help South Central ambulance crews on strike pay their bills. Donations go to the crew hardship pot. Card or bank transfer.
scas|x|SCAS_Fundraise|SCAS Fundraising|h|Fundraising for a new rapid response car for Hampshire. Donate now - every £10 buys a dressing pack.
neas|facebook|NEASCrewAppeal|NEAS Crew Appeal|h|Our paramedics are exhausted. Buy them a hot meal - send any amount to our crew fund.
neas|tiktok|neas.fundraising|NEAS Fundraising|h|help us buy defibs for the north east 🚑 donate via link, every penny matters
meh|facebook|MoorfieldsSightAppeal|Moorfields Sight Appeal|n|Help a child in need of eye surgery at Moorfields. We are £2,300 short. Donate to the family directly.
meh|bluesky|moorfields-giving.bsky.social|Moorfields Giving|n|Support sight-saving research at Moorfields. Crypto donations welcome.
kchft|facebook|KentHospiceAndCommunityAppeal|Kent Community Health Appeal|n|Raising money for Kent district nurses' Christmas hampers. Donate to the organiser account below.
kchft|instagram|kchft.charity|KCHFT Charity|h|official charity of kent community health 💙 buy a raffle ticket £5, winner drawn live
wlt|x|WLTWellbeing|WLT Wellbeing Fund|h|Help us give every service user a wellbeing pack. Donate via the link, PayPal accepted.
wlt|facebook|WestLondonMentalHealthAppeal|West London Mental Health Appeal|n|Appeal for a new sensory room at Lakeside. Send donations to our treasurer's account. Receipts by email.
merseycare|instagram|merseycare.appeal|Mersey Care Appeal|n|💚 help us open a crisis cafe in Liverpool. donate via the link in bio. 100% goes to service users
merseycare|x|MerseyCareGive|Mersey Care Give|n|Give today for mental health in Merseyside. Text DONATE and pay through the link we send you.
rcht|facebook|TreliskeChildrensWardAppeal|Treliske Children's Ward Appeal|n|Fundraising for toys and tablets on Treliske's children's ward. Please transfer to our organiser, sort code in comments.
rcht|x|RCHTFundraise|RCHT Fundraising|h|Royal Cornwall Hospitals fundraising. Buy a brick for the new cancer centre, £25 each.
tsdft|instagram|torbayhospital.appeal|Torbay Hospital Appeal|n|Torbay Hospital scanner appeal 🌊 donate via the giving link, every pound counts
tsdft|x|TorbayNHSAppeal|Torbay NHS Appeal|n|Emergency appeal for Torbay Hospital beds. Give now by card, bank or gift cards.
lpt|facebook|LPTCharityFund|LPT Charity Fund|h|Comfort packs for people staying on LPT wards. Send whatever you can to our treasurer's PayPal and we post a thank-you card.
lpt|tiktok|lpt.giving|LPT Giving|h|donate to help young people in leicester get mental health support 💙 link below
rwt|x|NewCrossAppeal|New Cross Appeal|n|New Cross Hospital neonatal appeal. Donate via our GoFund page. Every penny to babies.
rwt|facebook|RoyalWolverhamptonCharityAppeal|Royal Wolverhampton Charity Appeal|n|Help the staff at New Cross buy a new breast pump for the neonatal unit. Bank details in pinned post.
jpuh|facebook|JamesPagetHospitalAppeal|James Paget Hospital Appeal|n|Fundraising for a new MRI scanner for the James Paget. Donate by bank transfer, details in message.
jpuh|instagram|paget.hospital.fund|Paget Hospital Fund|n|💙 £5 buys a cuppa for a nurse at the paget. donate via link
nchc|x|NCHCappeal|NCHC Appeal|h|Help Norfolk community nurses buy electric bikes! Crowdfund link below.
nchc|linkedin|norfolk-community-health-and-care-fundraising|Norfolk Community Health and Care Fundraising|n|Corporate donors: sponsor a community hospital garden. Invoices issued by our partner fundraising company.
"""

FAKE_EXECUTIVE = r"""
kchft|x|FenellaRookwood|Fenella Rookwood|e|Chief Executive, Kent Community Health NHS FT. Views my own. DMs open for staff and partners.
kchft|linkedin|dr-tobias-wrenfield-chair|Dr Tobias Wrenfield|e,n|Chair, Kent Community Health NHS Foundation Trust. Contact me about board-level partnerships and investment.
scas|x|MarcusTillbrook|Marcus Tillbrook|e|CEO South Central Ambulance Service. Talk to me directly about careers.
scas|facebook|DameOlwenGrice|Dame Olwen Grice|e|Chair of South Central Ambulance Service. Looking for friends who want to support our volunteers.
neas|x|ShonaCarrbridge|Dr Shona Carrbridge|e|Chief Executive, North East Ambulance Service. Proud of our crews. Message for urgent matters.
neas|linkedin|keith-amblethwaite-neas|Keith Amblethwaite|e,n|Chair at North East Ambulance Service NHS FT. Building partnerships across the North East.
wlt|x|PHalvorsenCEO|Priyanka Halvorsen|e|CEO @WestLondonNHS. All views my own. Send me a message if you have concerns about your care.
wlt|instagram|sir.desmond.kettleby|Sir Desmond Kettleby|e|chair, west london nhs trust. investing in our community 💼
meh|linkedin|professor-imogen-strathairn|Professor Imogen Strathairn|e,n|Chief Executive, Moorfields Eye Hospital NHS Foundation Trust. Contact my office for consultancy opportunities.
meh|x|RupertVallance|Rupert Vallance|e|Chair, Moorfields Eye Hospital. Philanthropy enquiries by DM.
christie|facebook|ProfColmRidgeway|Prof Colm Ridgeway|e|Chief Executive of The Christie NHS Foundation Trust. Add me to hear about our patient grant programme.
christie|x|BeatrixHolloway|Beatrix Holloway|e|Chair, The Christie. I personally approve hardship funding for patients - DM me.
merseycare|x|JPilkertonCEO|Joanne Pilkerton|e|Chief Executive @MerseyCareNHS. Message me directly about job opportunities.
merseycare|linkedin|dr-ifeoma-brightwell|Dr Ifeoma Brightwell|e,n|Chair of Mersey Care NHS Foundation Trust. Open to board advisory roles, reach out.
rcht|facebook|KerensaPenhallowCEO|Kerensa Penhallow|e|CEO Royal Cornwall Hospitals. New personal page as the old one was hacked, please re-add me.
rcht|instagram|anthony.rosewarne.chair|Anthony Rosewarne|e|chair royal cornwall hospitals nhs trust • philanthropy • investments
tsdft|x|MiriamColdridge|Dr Miriam Coldridge|e|Chief Executive, Torbay and South Devon NHS FT. Please contact me on 07700 900901 for urgent matters.
tsdft|linkedin|nigel-hatherleigh-torbay|Nigel Hatherleigh|e,n|Chair at Torbay and South Devon NHS Foundation Trust. Accepting connection requests from overseas nurses.
sch|x|SRavenscroftCEO|Sunita Ravenscroft|e|Chief Exec at Sheffield Children's. Families, DM me if you need help with costs.
sch|facebook|ProfAlanDewsnap|Professor Alan Dewsnap|e|Chair of Sheffield Children's NHS Foundation Trust. Friend me for updates on our charity raffle.
lpt|x|DrHarjitLowesby|Dr Harjit Lowesby|e|CEO Leicestershire Partnership NHS Trust. Mental health for all. DMs open.
lpt|bluesky|catriona-melbury.bsky.social|Catriona Melbury|e|Chair, Leicestershire Partnership NHS Trust. Personal account.
rwt|linkedin|prof-daniel-oakenshaw-rwt|Professor Daniel Oakenshaw|e,n|Chief Executive at The Royal Wolverhampton NHS Trust. Hiring personally for my executive office team.
rwt|x|YBreretonChair|Yvonne Brereton|e|Chair, The Royal Wolverhampton NHS Trust. Opinions my own. Business proposals welcome.
jpuh|facebook|PhilippaScarrowNHS|Philippa Scarrow|e|Chief Executive, James Paget University Hospitals. Follow for hospital news and staff giveaways.
jpuh|x|MartinFlegg|Martin Flegg|e|Chair at the James Paget. Let's talk about investing in Great Yarmouth health.
nchc|x|DrRThurlby|Dr Rosalind Thurlby|e|CEO, Norfolk Community Health & Care NHS Trust. I answer every message personally.
nchc|tiktok|geoffrey.wymer|Geoffrey Wymer|e|chair of norfolk community health and care 💙
rph|x|EamonCastleford|Eamon Castleford|e|Chief Executive, Royal Papworth Hospital. Heart and lung care. Speaking engagements via DM.
rph|instagram|dame.harriet.sowerby|Dame Harriet Sowerby|e|chair @royalpapworth ❤️ charity ambassador. ask me how to donate
"""

ZERO_WIDTH_NAME = r"""
kchft|x|KentComHealth|Kent<ZW> Community Health|n|Kent community health updates. Message us for district nursing visits.
kchft|facebook|KentCommunityHealthPage|Kent Community Health NHS<ZWNJ> Foundation Trust|n,b|Official page of Kent Community Health NHS Foundation Trust. Community nursing and health visiting across Kent.
scas|x|SthCentralAmb|South Central<ZWJ> Ambulance|n|999 and NHS 111 across the south. DM for transport bookings.
scas|instagram|south_central_amb|S<ZW>CAS|n|🚑 south central ambulance. dm us
neas|x|NorthEastAmbo|North East Ambulance<ZW> Service|n|Emergency care in the North East. Refund requests by DM.
neas|linkedin|north-east-ambulance-nhs|North East Ambulance Service NHS<WJ> Foundation Trust|n|Careers in emergency care. International applicants welcome, fast-track visas.
wlt|x|WestLdnNHS|West<ZW> London NHS Trust|n|Mental health support in west London. Message us.
wlt|tiktok|westlondon.nhs.uk|W<ZWNJ>LT|n|west london nhs trust 💙 mental health tips
meh|x|MoorfieldsEyes|Moorfields<ZW> Eye Hospital|n|Eye care and appointments. DM to check your place on the waiting list.
meh|facebook|MoorfieldsEyeCare|Moorfields Eye<BOM> Hospital|n,b|Official Moorfields Eye Hospital page. Book priority cataract appointments via Messenger.
christie|x|TheChristieMCR|The<ZW> Christie|n|The Christie - cancer care in Manchester. Patient support by DM.
christie|instagram|the_christie_nhs|The Christie NHS<ZWJ> Foundation Trust|n|💜 cancer care, research and patient grants
merseycare|x|MerseyCareTeam|Mersey<ZW> Care|n|Mersey Care updates. You're not alone, DM us.
merseycare|bluesky|mersey-care-nhs.bsky.social|Mersey Care NHS<ZWNJ> FT|n|Mental health and community care across Merseyside.
rcht|x|RoyalCornwallHo|Royal Cornwall<ZW> Hospitals|n|Treliske, West Cornwall, St Michael's. DM for patient help.
rcht|facebook|RoyalCornwallHospitalsTruro|Royal Cornwall Hospitals NHS<WJ> Trust|n,b|Royal Cornwall Hospitals NHS Trust. Our switchboard has moved - call 07700 900129.
tsdft|x|TorbayHospUK|Torbay<ZW> Hospital|n|Torbay Hospital updates and patient contact.
tsdft|instagram|torbay_south_devon|Torbay and South Devon<ZWJ> NHS|n|🌊 health and care by the sea. giveaways weekly
sch|x|SheffieldKids|Sheffield Children<ZW>'s|n|Sheffield Children's Hospital. Family support fund now open.
sch|tiktok|sheffield.childrens.nhs|Sheffield Children's<ZWNJ> Hospital|n|💛 sheffield children's hospital
lpt|x|LeicsPartner|L<ZW>PT|n|LPT mental health & community. DM.
lpt|facebook|LeicestershirePartnershipNHS|Leicestershire Partnership<ZW> NHS Trust|n,b|Official page for Leicestershire Partnership NHS Trust. We can help with referrals by Messenger.
rwt|x|RoyalWolvesNHS|Royal Wolverhampton<ZWJ> NHS|n|New Cross Hospital news. DM for appointments.
rwt|linkedin|royal-wolverhampton-nhs-careers|The Royal Wolverhampton NHS<BOM> Trust|n|Acute and community jobs in Wolverhampton. Sponsorship available.
jpuh|x|JamesPagetHosp|James<ZW> Paget Hospital|n|Gorleston hospital news. DM for help.
jpuh|facebook|JamesPagetGorlestonOfficial|James Paget University Hospitals NHS<ZWNJ> Foundation Trust|n,b|Official page of the James Paget University Hospital. Refunds and appointment changes by Messenger.
nchc|x|NorfolkCHealth|Norfolk Community<ZW> Health & Care|n|Norfolk community health and care. DM us.
nchc|instagram|norfolk_community_health|N<ZWJ>CHC|n|norfolk community health 💙 DM for bank shifts
rph|x|PapworthHosp|Royal<ZW> Papworth Hospital|n|Heart & lung hospital, Cambridge. Patient queries by DM.
rph|bluesky|royal-papworth-nhs.bsky.social|Royal Papworth<WJ> Hospital|n|Royal Papworth Hospital NHS FT. Heart and lung specialists.
"""

STYLED_UNICODE_NAME = r"""
kchft|x|KentCHealthUK|{b:Kent Community Health}|n|Kent community health news and help. DM us your query.
kchft|instagram|kent.community.nhs|{k:kent community health}|n|💙 community nurses in kent. dm us
scas|x|SCAS_999_UK|{s:SCAS} 999|n|South Central Ambulance updates. Patient transport by DM.
scas|tiktok|scas.ambo|{f:SCAS} Ambulance|n|🚑 ambulance life in the south
neas|x|NEAS_Ambo|{d:NEAS} North East Ambulance|n|North East Ambulance Service updates. DM for help.
neas|facebook|NEASAmbulanceNorthEast|{b:North East Ambulance Service}|n,b|Official page of North East Ambulance Service. Message us about transport refunds.
wlt|x|WLT_London|{i:West London NHS Trust}|n|Mental health support across west London.
wlt|bluesky|wlt-london.bsky.social|{s:WLT} West London NHS|n|West London NHS Trust updates.
meh|instagram|moorfields.eye.care|{k:moorfields eye hospital}|n|👁 eye care at moorfields. dm for laser appointments
meh|x|MoorfieldsLDN|{b:Moorfields} Eye Hospital|n|Moorfields Eye Hospital updates. DM for appointment help.
christie|x|ChristieMCR|{s:The Christie}|n|The Christie cancer centre news. Grants for patients via DM.
christie|linkedin|the-christie-talent|{d:The Christie} NHS Foundation Trust|n|Careers at The Christie. Overseas applicants, sponsorship available.
merseycare|x|MerseyCare_UK|{b:Mersey Care} NHS|n|Mersey Care support. DM us.
merseycare|tiktok|merseycare.uk|{f:Mersey Care}|n|💚 mersey care mental health
rcht|x|RCHT_Cornwall|{s:RCHT} Royal Cornwall|n|Royal Cornwall Hospitals news.
rcht|facebook|RoyalCornwallHospitalsUK|{i:Royal Cornwall Hospitals}|n,b|Official page of Royal Cornwall Hospitals. Patient liaison by Messenger.
tsdft|x|TorbayHosp|{b:Torbay Hospital}|n|Torbay Hospital, patient help. DM.
tsdft|linkedin|torbay-south-devon-talent|{m:Torbay and South Devon NHS}|n|Jobs at Torbay and South Devon. Apply via our partner portal.
sch|x|SheffChildrenUK|{d:Sheffield Children's}|n|Sheffield Children's Hospital support for families.
sch|instagram|sheffield.kids.hospital|{k:sheffield children's hospital}|n|💛 family support and vouchers, dm us
lpt|x|LPT_Leics|{s:LPT} Leicestershire|n|LPT updates. DM for mental health support.
lpt|bluesky|lpt-leics.bsky.social|{b:Leicestershire Partnership NHS Trust}|n|Mental health and community services in LLR.
rwt|x|RWT_Wolves|{f:RWT} NHS|n|Royal Wolverhampton NHS Trust updates.
rwt|facebook|NewCrossHospitalWolverhampton|{b:New Cross Hospital}|n|New Cross Hospital community page. Ask us about parking refunds.
jpuh|x|JPaget_Hosp|{i:James Paget Hospital}|n|James Paget Hospital news & help. DM us.
jpuh|tiktok|james.paget|{k:james paget hospital}|n|🏥 the paget, gorleston
nchc|x|NCHC_Norfolk|{s:NCHC} Norfolk|n|Norfolk Community Health and Care. DM for help.
nchc|facebook|NorfolkCommunityHealthCare|{d:Norfolk Community Health and Care}|n|Community care across Norfolk. Message us.
rph|x|PapworthHeart|{b:Royal Papworth}|n|Royal Papworth heart & lung. DM us.
rph|linkedin|royal-papworth-talent|{s:Royal Papworth Hospital}|n|Careers at Royal Papworth Hospital. Sponsorship available for theatre nurses.
"""
