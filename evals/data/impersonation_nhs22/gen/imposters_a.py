"""Hand-written impersonating accounts, tactics 1-8.

One line per account: trust | platform | handle | display name | copied elements | bio
Element codes: n=name h=handle b=bio_claim p=phone d=domain l=lookalike_domain e=executive_name.
A display name of "=NAME" means the Trust's exact registered name.
"""

RENAMED_OLD_ACCOUNT = """
yas | x | GazzaPigeons77 | Yorkshire Ambulance Service | n,b | Yorkshire Ambulance Service patient travel refunds. If you paid for transport to hospital you may be owed money - DM your full name and card details to claim.
yas | facebook | LeedsCarBootBargains | Yorkshire Ambulance Service NHS | n | Community page. Thanks for 12k likes!! Share this page and comment AMEN for a chance to win a retired ambulance 🚑
tewv | instagram | northern.nails.by.kez | TEWV NHS | n,b | TEWV wellbeing hub 💚 Free private therapy places for the first 50 people to message us. Small booking deposit £25 secures your place.
tewv | x | MiddlesbroDeals | Tees Esk and Wear Valleys | n | we are hiring peer support workers across teesside, no experience needed. whatsapp only
sth | facebook | ChesterfieldSpiresFC.Supporters | Sheffield Teaching Hospitals | n | Sheffield's hospitals need YOU. Like and share - we are giving away 200 NHS staff meal vouchers to our followers this month.
sth | tiktok | yorkshire_gaming_clips | Sheffield Teaching Hospitals | n,b | official sth nhs 🏥 posting updates for Northern General + Hallamshire. missed appointment fee refunds via link in bio
whh | x | Runcorn_Rovers_ | Warrington Hospital | n,b | Warrington Hospital patient line. Overcharged for parking between 2019 and 2024? You're owed a refund. Reply with your reg and bank details to start.
whh | instagram | cheshire_cakes_and_bakes | WHH NHS | n | new page ❤️ follow us for giveaways for Warrington & Halton staff 🎁 winners announced on stories
uhl | facebook | LeicesterBuySellSwap2016 | Leicester Royal Infirmary | n | Page under new management. Appointment cancellations are being reissued - message us to keep your place.
uhl | linkedin | midlands-logistics-solutions | University Hospitals of Leicester NHS Trust | n,b | Official recruitment partner page for University Hospitals of Leicester. Healthcare assistant roles with sponsorship. Processing fee applies.
nnuh | x | NorwichCityTalk | Norfolk and Norwich University Hospital | n,b | Norfolk and Norwich University Hospital - official help account. Waiting list fast-track now open. Limited slots, DM 'FAST' to join.
nnuh | instagram | norfolk.broads.photography | NNUH | n | 📸 formerly a photo page, now sharing good news from the hospital! Tap the link to vote for your nurse of the year 🏆
wsft | facebook | BuryStEdmundsMums | West Suffolk Hospital | n,b | West Suffolk Hospital - Friends page. Raising money for the new hospital build. Donations by bank transfer only, details in the About section.
wsft | tiktok | suffolk_tractor_vids | west suffolk hospital | n | daily videos from the wards 💙 follow + share to help us reach 10k
las | x | PeckhamSneakers | London Ambulance Service | n,b | LAS Staff Benefits desk. Paramedics & EMTs: claim your uniform tax rebate (up to £1,200) - send your NI number by DM.
las | instagram | londonfoodie_diaries | London Ambulance | n,b | London Ambulance 🚑 official community page • free first aid course places • book via DM (£15 admin)
clch | facebook | NorthLondonTutorsNetwork | CLCH NHS | n,b | CLCH NHS community nursing - home visit booking. Pay your £30 home-visit registration and we will assign a nurse within 48 hours.
clch | x | WillesdenWhispr | Central London Community Healthcare | n | Formerly a local news page. Welcome to our new followers! 🎉 Giveaways every Friday.
gosh | instagram | sparkle.slime.shop | Great Ormond Street Hospital | n,b | Great Ormond Street Hospital 💛 official appeal page. Every £5 buys a toy for a poorly child. Send via PayPal friends & family.
gosh | facebook | HollyHomeBakes2014 | Great Ormond Street | n | Please share!!! A little boy on the ward needs 10,000 birthday cards. Send a card and a gift voucher to the address in our post.
uhs | x | SaintsAwayDays | Southampton General Hospital | n,b | Southampton General Hospital patient advice. Had treatment since 2018? You may be entitled to compensation. DM us your NHS number to check.
uhs | tiktok | hampshire.fishing | UHS NHS | n | hospital life vlogs 🏥 link in bio to win a £500 voucher for NHS heroes
rduh | facebook | ExmouthCarsForSale | Royal Devon | n,b | Royal Devon hospitals page. We are refunding patients charged for parking at Wonford and NDDH. Click the link and enter your card to receive payment.
rduh | instagram | devon.surf.school | royal devon nhs | n | new chapter 🌊 sharing stories from our hospitals. DM for paid partnerships with our nurses
uhp | x | Argyle4Ever1886 | Derriford Hospital | n,b | Derriford Hospital. Appointment reminder service - missed appointments now carry a £35 fine, pay via the link to avoid removal from the waiting list.
uhp | linkedin | plymouth-marine-engineering-ltd | University Hospitals Plymouth NHS Trust | n | Hiring now: overseas nurses and care assistants. Accommodation provided. Contact our HR manager on WhatsApp.
dchs | facebook | MatlockLostAndFoundPets | DCHS NHS | n | Community page for Derbyshire. Like, share and comment DERBYSHIRE to be entered into our £1,000 food shop giveaway for carers.
dchs | tiktok | peak_district_walks | Derbyshire Community Health Services | n,b | official dchs account 🌿 community nurse jobs, no interview, start next week. apply in bio
gmmh | x | MancTechDeals | GMMH | n,b | GMMH support line. Waiting too long for therapy? Skip the queue with our private partner - message for a priority slot (£49).
gmmh | linkedin | stockport-print-and-design | Greater Manchester Mental Health NHS Foundation Trust | n,b | Greater Manchester Mental Health NHS Foundation Trust - international recruitment office. Certificate of sponsorship issued after payment of the CoS fee.
"""

DIGIT_LETTER_SWAP = """
yas | x | Y0rkshireAmbul | Yorkshire Ambulance Service | n,h | Yorkshire Ambulance Service. Patient transport refund team now on here - DM for your claim form.
yas | tiktok | yorkshireambu1ance | YAS crews | h | follow for crew life 🚑 giveaway: £100 fuel cards for key workers, comment your postcode
tewv | instagram | tewvnh5 | TEWV NHS | n,h | TEWV NHS 💚 same team, new page (old one hacked). Please re-follow and DM us your appointment details so we can update our records.
tewv | bluesky | t3wvnhs.bsky.social | Tees Esk & Wear Valleys | n,h | Crisis team direct line while NHS 111 is busy: 07700 900418. Private text support available for a small fee.
sth | x | SheffieIdHosp | Sheffield Teaching Hospitals | n,h | Updates from the Northern General & Hallamshire. Lost property claims and cancelled-op compensation handled by DM.
sth | linkedin | sheffield-teaching-hosp1tals-nhs-foundation-trust | Sheffield Teaching Hospitals NHS Foundation Trust | n,h | Graduate nurse programme 2025 - guaranteed placement, visa handled by our agent. Registration £180 (refundable).
whh | facebook | WHHNH5 | Warrington & Halton Hospitals | n,h | Official? Yes! Our main page is having problems so we're using this one. Message us for visiting slots on the wards.
whh | instagram | whhnh5 | hospital news 🏥 | h | staff discount codes every week 🛍️ link in bio, log in with your NHS mail to unlock
uhl | x | Leic_hosp1tal | Leicester's Hospitals | n,h | Lots of you asking about parking refunds - fill in the form in our pinned post with your bank info.
uhl | tiktok | leicestershosp1tals | Leicester Hospitals | n,h | work at the LRI with no experience, we train you 💪 sign-up fee covers DBS
nnuh | bluesky | colneylane-updates.bsky.social | N0rfolk and Norwich University Hospital | n | Norfolk and Norwich University Hospital help centre. Missed your scan? Rebook by paying the £4.99 admin charge through our link.
nnuh | instagram | nnuh_nh5 | NNUH | n,h | NNUH 🏥 we are moving our Instagram here! Enter our raffle for NHS staff - tickets £2, prize a week in Cromer
wsft | facebook | WestSuffo1kNHS | West Suffolk NHS | n,h | Welcome to the new West Suffolk NHS page. We're contacting everyone on the waiting list - comment 'YES' and we'll message you.
wsft | linkedin | west-suff0lk-nhs-foundation-trust | West Suffolk NHS Foundation Trust | n,h | Now recruiting overseas midwives and nurses. Relocation package and Tier 2 visa guaranteed. Contact hr.westsuffolk@gmail.com.
las | x | Ldn_Arnbulance | London Ambulance Service | n,h | Follow for live incident updates. Report non-urgent issues to us here instead of ringing 999.
las | instagram | ldn_ambu1ance | LAS | n,h | LAS 🚑 back-up account. Public first aid course this Saturday, reserve your place via PayPal
clch | x | CLCHNH5 | CLCH NHS | n,h | CLCH NHS community services. District nurse booking line now by WhatsApp only: 07700 900263
clch | facebook | C1CHNHS | Community Nursing London | h | Home care packages approved in 24 hours. Message us your address and NHS number.
gosh | x | GreatOrm0ndSt | Great Ormond Street Hospital | n,h | Our little patients need your help this winter - gift a teddy via the link. Every share counts 💛
gosh | tiktok | greatorrnondst | GOSH 💛 | n,h | brave kids, real stories. donate via cashapp to help families get to the hospital 🙏
uhs | x | UH5FT | University Hospital Southampton | n,h | Friends & family survey - complete it and get a £50 voucher (card needed for postage).
uhs | bluesky | uh5ft.bsky.social | UHS | n,h | University Hospital Southampton updates. We moved from X. Waiting list questions answered via DM.
rduh | facebook | RoyalDev0nNHS | Royal Devon NHS | n,h | Patient contact page. Appointment letters delayed due to a system update; confirm your address and date of birth by message.
rduh | instagram | royaldev0nnhs | devon hospital life | h | nurse diaries from Wonford & Barnstaple 💙 shop our scrubs at the link (staff 20% off)
uhp | bluesky | uhp-nh5.bsky.social | University Hospitals Plymouth | n,h | Follow back for Derriford visiting times. Urgent? DM us rather than ringing the switchboard.
uhp | linkedin | university-hosp1tals-plymouth-nhs-trust | University Hospitals Plymouth NHS Trust | n,h | Overseas recruitment drive: band 5 nurses, start in 3 weeks, CBT and OSCE fees paid in advance to our partner.
dchs | tiktok | dch5trust | DCHS NHS | n,h | community hospital visiting passes now issued online - £2 processing fee per visitor
dchs | instagram | dchsnh5 | community nurses 🌿 | h | we're hiring bank HCAs across derbyshire! tap link, upload ID + bank card for payroll setup
gmmh | x | GMMH_NH5 | GMMH | n,h | Therapy waiting list check-in - reply with your date of birth and we'll confirm your place.
gmmh | facebook | GMMHNH5 | Greater Manchester Mental Health | n,h | Private counselling through GMMH partners. First session free, then £20 weekly by bank transfer.
"""

HANDLE_AFFIX = """
yas | x | YASHelpdesk | YAS Helpdesk | n,h | This is the YAS helpdesk. Complaints and compensation handled within 5 days. Send your incident number.
yas | instagram | yorkshireambulance_official | Yorkshire Ambulance Service ✔️ | n,h | ✔️ Verified page. We're giving our first responders' old kit to followers - pay delivery only.
tewv | facebook | TEWVNHSsupport | TEWV Support | n,h | Support page for TEWV service users. Can't get through to your care coordinator? Message us your details and diagnosis.
tewv | tiktok | tewvcareers | mental health jobs | h | peer support roles £29k, remote training. £45 for your DBS, refunded first payday ✌️
sth | x | SheffieldHospUK | STH UK | n,h | Lost property from the Northern General - DM to arrange courier return (£9.99).
sth | bluesky | sheffieldhosp-news.bsky.social | Hospital News Desk | h | Hospital news desk for Sheffield. Free parking permits for regular patients - apply with the card verification link below.
whh | instagram | whhnhs_team | Warrington Hospital Team | n,h | we're the Warrington Hospital team 🏥 enter our raffle for an iPad, proceeds to the wards. tickets via the link
whh | linkedin | whh-nhs-careers | WHH NHS Careers | n,h | Careers at Warrington and Halton Teaching Hospitals. Fast-track interviews this week. Application fee £75 covers NMC checks.
uhl | x | Leic_hospitalHQ | Leicester's Hospitals HQ | n,h | Patient liaison for the LRI, Glenfield and General. Refunds for cancelled operations being paid this month - DM to claim.
uhl | facebook | leicestershospitalsinfo | Patient Info Page | h | Info page for patients. We can move you up the waiting list for a small admin charge. Serious enquiries only.
nnuh | x | NNUHpatients | NNUH Patients | n,h | Patient support. Parking overcharges refunded - reply with your registration and the last 4 digits of your card.
nnuh | tiktok | nnuh_staff | nnuh staff | n,h | day in the life at the N&N 👩‍⚕️ staff giveaway every friday, must be following + have notifications on
wsft | instagram | westsuffolknhs_help | West Suffolk NHS Help | n,h | Help account for West Suffolk Hospital patients 💙 DM us for appointment changes. We reply faster than the phone line!
wsft | bluesky | westsuffolknhs-appeal.bsky.social | New Hospital Appeal | h | Help us build the new hospital. Every donation matched until Friday. Donate via the link.
las | x | Ldn_AmbulanceUK | London Ambulance UK | n,h | Apply to become a community first responder: online training £59, certificate posted to you.
las | linkedin | london-ambulance-service-careers | LAS Recruitment | n,h | Recruitment hub for London Ambulance Service. Trainee paramedic roles - sponsorship available for international applicants. Fee applies for processing.
clch | instagram | clchnhs_careers | CLCH Careers | n,h | community nursing jobs in London 💼 send CV + £40 registration via bank transfer to secure an interview
clch | tiktok | clchhelp | CLCH help | n,h | we help you get home care faster ✨ dm your nhs number
gosh | facebook | GreatOrmondStAppeal | GOSH Appeal | n,h | Christmas appeal for children on our wards. Buy a present from our wishlist and send the receipt to us for entry to the prize draw.
gosh | x | GOSHnews | GOSH News | n,h | Breaking news from Great Ormond Street. Families, get travel and accommodation support here - register with bank details.
uhs | instagram | uhsft_staff | UHS Staff Room | n,h | for UHS staff only 🔒 claim your free NHS discount card, just verify with your staff login at the link
uhs | linkedin | uhs-nhs-jobs | UHS NHS Jobs | n,h | Jobs at Southampton General and Princess Anne. Fast-track hiring for international candidates. Pay sponsorship administration to start.
rduh | x | RoyalDevonNHSuk | Royal Devon | n,h | Blood test results are now sent by text - if yours hasn't arrived, DM us your date of birth.
rduh | bluesky | royaldevonnhs-support.bsky.social | Royal Devon Support | n,h | Patient support account. Claim back travel costs for hospital visits since 2020 using our simple form.
uhp | facebook | UHPNHSinfo | Info & Updates | h | Info and updates from Derriford. Buy your staff car park permit here at half price - limited time.
uhp | tiktok | uhp_nhs_official | Derriford Hospital | n,h | the OFFICIAL derriford page 🏥 no other account is real. donate to our ward fund below
dchs | x | DCHStrustCare | DCHS Care | n,h | Care at home booking for Derbyshire. Book a community nurse visit online (deposit required, refundable).
dchs | instagram | dchsnhs_jobs | dchs jobs | n,h | jobs jobs jobs 🌿 care assistant roles in chesterfield, buxton & ilkeston. DM us 'JOB' to apply, small training fee
gmmh | tiktok | gmmh_support | GMMH Support | n,h | mental health support 💬 talk to a therapist today, no waiting list. sessions from £15, link in bio
gmmh | bluesky | gmmh-nhs-help.bsky.social | Mental Health Help | h | Fast access to therapy in Greater Manchester. Pay a booking deposit and skip the queue.
"""

EXACT_NAME_NEW_HANDLE = """
yas | facebook | YAS.Patients.Help | =NAME | n | Message this page for help. We answer faster than 111.
yas | linkedin | yas-international-hiring | =NAME | n,b | International paramedic hiring programme. Visa sponsorship via our approved agent - contact us for the fee schedule.
tewv | x | TeesMindsHelp | =NAME | n | Text us anytime. We listen. Small contribution requested to keep this line running.
tewv | instagram | mentalhealth.teesside | =NAME | n,b | The official TEWV page 💚 book a private assessment and jump the adult ADHD waiting list. Deposit £60.
sth | facebook | NorthernGeneralUpdates | =NAME | n | Updates page. Comment below with your hospital number to check your place on the list.
sth | tiktok | sheffhospitals | =NAME | n | 💙💙💙 free scrubs giveaway, link in bio
whh | x | WarringtonPals | =NAME | n,b | PALS for Warrington & Halton. Complaints resolved and compensation paid fast - start your claim by DM.
whh | bluesky | halton-hospital.bsky.social | =NAME | n | We've joined Bluesky! Follow for giveaways.
uhl | instagram | royal.infirmary.leicester | =NAME | n | 📍 Leicester • DM for appointment help • fast response
uhl | linkedin | uhl-healthcare-recruiters | =NAME | n,b | We are hiring carers and HCAs from overseas. CoS issued within 2 weeks after payment of documentation fee. WhatsApp +44 7700 900512.
nnuh | facebook | NorwichHospitalFriends | =NAME | n | Sharing is caring! 🎁 Like and share to enter our hamper draw for key workers.
nnuh | tiktok | colney.lane | =NAME | n,b | official page for the N&N hospital 🏥 we're hiring porters now, £50 uniform deposit
wsft | x | BuryHospital | =NAME | n | Here to help. Send us a message.
wsft | instagram | wsh.wards | =NAME | n,b | West Suffolk Hospital official ward page 💙 donate to the ward fund via the link, every pound goes to patients
las | facebook | LondonParamedicsUnited | =NAME | n | Proud of our crews. Follow and share 🚑 Win a VIP ride-along by entering at the link (£3 entry).
las | bluesky | ldn-999-updates.bsky.social | =NAME | n,b | Official incident updates from London Ambulance Service. Non-urgent? Message us here instead of calling.
clch | linkedin | clch-staffing-partners | =NAME | n,b | Staffing partner for Central London Community Healthcare. Bank nurse shifts available. Registration and compliance pack £95.
clch | instagram | finchley.memorial | =NAME | n | Finchley 🌳 news, offers & giveaways
gosh | x | GOSHKidsFund | =NAME | n,b | Official fundraising for the children's wards. Donate £10 by text to 0909 879 0342 and help a family this Christmas.
gosh | tiktok | kids.hospital.stories | =NAME | n | real stories from our wards 🧸 share to spread hope
uhs | facebook | SotonHospitalHelp | =NAME | n | Need help with your appointment? Leave your number in the comments and we will call you.
uhs | x | PrincessAnneMum | =NAME | n,b | Maternity support from Princess Anne. Free baby box for new parents - just pay £4.95 postage.
rduh | tiktok | wonford.life | =NAME | n | 🌊💙 follow for more
rduh | linkedin | rduh-talent-acquisition | =NAME | n,h,b | Talent acquisition for Royal Devon. Nursing roles with certificate of sponsorship. Applicants cover CoS and IHS upfront (reimbursed).
uhp | instagram | derriford.staff | =NAME | n | Plymouth ⚓ staff perks & offers - tap the link to claim yours
uhp | bluesky | plymouth-hospitals.bsky.social | =NAME | n,b | Official UHP NHS Trust. Ask us about waiting times, we'll check your place if you send your NHS number.
dchs | facebook | DerbyshireCommunityNurses | =NAME | n | Message us to request a home visit.
dchs | bluesky | dchs-community.bsky.social | =NAME | n,h | We moved here from X. New followers get free health MOT vouchers.
gmmh | instagram | manchester.minds | =NAME | n | 💬 you are not alone. DM us
gmmh | x | PrestwichWell | =NAME | n,b | GMMH wellbeing service. Priority access to psychiatry for £99. Pay by bank transfer, appointment within 7 days.
"""

REFUND_PATIENT_SUPPORT_SCAM = """
yas | x | YASRefunds | YAS Patient Refunds | n,h,b,p | Charged for an ambulance call-out? That was an error. YAS is refunding patients - call 0113 496 0734 or DM your card details.
yas | facebook | YorksPatientTransportRefund | Patient Transport Refunds Yorkshire | b | Working with Yorkshire Ambulance Service to return overpaid patient transport charges. Claims close Friday. Send a message to begin.
tewv | instagram | tewv.patientsupport | Patient Support - TEWV | n,h,b | Patient support for TEWV services 💚 You may be owed a prescription refund. Tap the link and log in with your bank to receive it.
tewv | linkedin | tees-valley-patient-advocacy | Tees Valley Patient Advocacy | b | Advocacy partner of Tees, Esk and Wear Valleys NHS FT. We recover benefits and refunds owed to mental health service users. 20% success fee upfront.
sth | x | STH_PatientHelp | STH Patient Help | n,h,b | Sheffield Teaching Hospitals patient help. Prescription and parking refunds being processed this week. Reply with your name, DOB and sort code.
sth | tiktok | sheff.patient.refunds | sheffield patient refunds | b | if you were treated at the northern general or hallamshire since 2019 you could be owed £££ - link in bio 💸
whh | facebook | WHHPatientExperience | Patient Experience Team | h,b | Patient Experience Team, Warrington and Halton Teaching Hospitals. We're issuing goodwill payments to patients affected by long waits in A&E. Apply via the form.
whh | bluesky | warrington-pals.bsky.social | Warrington PALS | n,b | PALS refunds desk. Parking overpayment claims: give us your car registration and the card you paid with.
uhl | instagram | uhl.patient.support | UHL Patient Support | n,h,b | University Hospitals of Leicester patient support 💙 Refunds for cancelled surgery travel costs. DM your booking reference + bank details.
uhl | x | LRIrefunds | LRI Refund Team | b,p | Leicester Royal Infirmary refund team. You were overcharged at the pay machines. Call 0116 496 0250 to claim.
nnuh | facebook | NNUHRefundsTeam | NNUH Refunds Team | n,h,b | Official NNUH refunds. Patients who paid for private scans at the N&N are owed money back under new NHS rules. Message to claim.
nnuh | linkedin | norfolk-patient-reimbursement | Norfolk Patient Reimbursement Service | b,d | Reimbursement service for Norfolk and Norwich University Hospitals patients: travel, parking and prescription refunds. Visit nnuh.nhs.uk for proof we're genuine.
wsft | tiktok | westsuffolk.refunds | west suffolk refunds | b | hospital parking refunds for west suffolk patients 🅿️💷 apply in 2 mins, link in bio
wsft | x | WSHpatientdesk | WSH Patient Desk | n,h,b | West Suffolk Hospital patient desk. Duplicate payments detected on car park machines - DM your card number so we can reverse the charge.
las | instagram | las.patient.liaison | LAS Patient Liaison | n,h,b | London Ambulance Service patient liaison 🚑 Did you pay for a private ambulance transfer? NHS refund scheme now open, link below.
las | facebook | LondonAmbulanceClaims | Ambulance Claims London | b,p | Claims service for patients of London Ambulance Service. Delayed ambulance? You could claim up to £3,000 compensation. Call 020 7946 0871.
clch | x | CLCH_Refunds | CLCH Refunds | n,h,b | Central London Community Healthcare refunds for equipment deposits. Please confirm your details by DM to receive your money.
clch | bluesky | nw-london-patient-support.bsky.social | NW London Patient Support | b | Helping patients of CLCH and other community services claim back home equipment deposits. Fast, friendly, small admin fee.
gosh | facebook | GOSHFamilySupportFund | GOSH Family Support Fund | n,h,b | Families travelling to Great Ormond Street can claim back travel and hotel costs. Submit your bank login through our secure form.
gosh | tiktok | gosh.family.help | gosh family help | n,h,b | parents of gosh patients 💛 you might be owed a travel refund. link in bio, takes 2 mins
uhs | linkedin | uhs-patient-finance | UHS Patient Finance | n,h,b,d | Patient finance office at University Hospital Southampton. Refunds for overpaid private patient charges. Confirm your identity at uhs.nhs.uk then message us.
uhs | x | SGHPatientHelp | Southampton General Help | n,b | Southampton General Hospital help account. Compensation for delayed operations now available - DM 'CLAIM'.
rduh | instagram | royaldevon.refunds | Royal Devon Refunds | n,h,b | Royal Devon hospitals refund scheme 💙 parking, prescriptions, travel. Check eligibility at the link.
rduh | x | NDDHpatients | NDDH Patients | n,b,p | North Devon District Hospital patient helpline. Your appointment has moved - call 0117 496 0613 to confirm and pay the rebooking fee.
uhp | tiktok | derriford.refund.desk | derriford refund desk | n,b | derriford hospital refunds 🏥 you paid too much for parking!! get it back, link in bio
uhp | facebook | PlymouthPatientSupport | Plymouth Patient Support | b | Support for patients of University Hospitals Plymouth. We help you claim the NHS travel costs refund. £9 processing charge.
dchs | linkedin | derbyshire-care-refunds | Derbyshire Care Refunds | b | Claims handlers for Derbyshire Community Health Services patients. Continuing healthcare refunds recovered - we take our fee upfront.
dchs | x | DCHSpatient | DCHS Patient Line | n,h,b,p | Patient line for Derbyshire community hospitals. Missed visits refunded - reply with your bank details. Call back on 0115 496 0193.
gmmh | instagram | gmmh.patient.support | GMMH Patient Support | n,h,b | GMMH patient support 🐝 Benefit and refund advice for service users. Share your login details with our advisers to speed things up.
gmmh | bluesky | manchester-mh-refunds.bsky.social | Manchester MH Refunds | b | Refund checks for Greater Manchester Mental Health service users who paid for private therapy while waiting. Message us.
"""

JOBS_RECRUITMENT_SCAM = """
yas | linkedin | yas-paramedic-recruitment | YAS Paramedic Recruitment | n,h,b | Paramedic and EMT roles at Yorkshire Ambulance Service. International applicants welcome; visa processing fee £650 payable to our immigration partner.
yas | x | YorksEMTjobs | Yorkshire EMT Jobs | b | Emergency care assistant jobs with Yorkshire Ambulance Service, start in 2 weeks. No interview needed. Pay £120 for your driving assessment to apply.
tewv | facebook | TEWVRecruitmentTeam | TEWV Recruitment | n,h,b | Now hiring: support workers, nurses and HCAs across Teesside and North Yorkshire. Sponsorship guaranteed. Contact our agent on WhatsApp for the fee list.
tewv | tiktok | nhs.jobs.north | nhs jobs north | b | mental health support worker jobs w/ TEWV 💚 no experience, £27k. send £35 for your ID check & start date
sth | linkedin | sheffield-hospitals-international-recruitment | Sheffield Hospitals International Recruitment | n,b | We recruit nurses from India, Nigeria, Ghana and the Philippines for Sheffield Teaching Hospitals. Offer letter issued after payment of the processing fee (£850).
sth | instagram | sth_careers_uk | STH Careers UK | n,h,b | 💼 Hiring at Northern General & Hallamshire. Cleaners, porters, HCAs. DM 'APPLY' - £50 uniform fee
whh | x | WHHjobsUK | WHH Jobs | n,h,b | Warrington and Halton jobs. Healthcare support workers needed urgently, interviews by Telegram. Onboarding fee refunded after 1st salary.
whh | linkedin | cheshire-nhs-talent | Cheshire NHS Talent | b | Official recruiter for Warrington and Halton Teaching Hospitals. Band 5 nurses, relocation support. Send passport copy and £300 CoS fee to begin.
uhl | facebook | LeicesterHospitalJobs | Leicester Hospital Jobs | b | Jobs at Leicester Royal Infirmary and Glenfield, no experience required. Pay for your DBS through us and start Monday.
uhl | tiktok | uhl.jobs | uhl jobs | h,b | hiring at leicester's hospitals 🏥 £14/hr HCA, training provided, registration fee applies
nnuh | x | NNUHcareers | NNUH Careers | n,h,b | Careers at the Norfolk & Norwich. Overseas nurses: pay your OSCE and visa fees through our portal and we'll reimburse on arrival.
nnuh | bluesky | norwich-nhs-jobs.bsky.social | Norwich NHS Jobs | b | Apply for NNUH jobs in 5 minutes. Small registration fee, guaranteed interview.
wsft | facebook | WestSuffolkHospitalCareers | West Suffolk Hospital Careers | n,b | Vacancies at West Suffolk Hospital. Housekeepers and ward clerks, immediate start. We ask a £25 refundable security deposit for your ID badge.
wsft | linkedin | west-suffolk-healthcare-jobs | West Suffolk Healthcare Jobs | b | Recruitment on behalf of West Suffolk NHS Foundation Trust. International midwives: visa, flights and accommodation arranged once the legalisation fee is paid.
las | x | LASrecruit | LAS Recruitment | n,h,b | Trainee emergency call handler jobs with London Ambulance Service. Online assessment £39. Pass and you're hired.
las | tiktok | london.ambulance.jobs | london ambulance jobs | n,b | become a paramedic in london in 6 weeks 🚑 no degree needed!! course fee in bio
clch | facebook | CLCHCareersHub | CLCH Careers Hub | n,h,b | District nurses and health visitors wanted across north-west London. Interviews by WhatsApp. Admin fee £60 to process your application.
clch | instagram | london.community.nurse.jobs | London Community Nurse Jobs | b | 🏡 community nurse jobs with CLCH • visa sponsorship • payment for certificate of sponsorship required
gosh | linkedin | gosh-international-nursing | GOSH International Nursing | n,h,b | Paediatric nurses: join Great Ormond Street. Offer letters follow our verification process, which includes a £950 legalisation and oath fee.
gosh | x | GOSHjobs | GOSH Jobs | n,h,b | Great Ormond Street job alerts. Play specialists, HCAs, admin. Registration £20 via PayPal to receive the vacancy list.
uhs | instagram | southampton.hospital.jobs | Southampton Hospital Jobs | b | 💼 University Hospital Southampton hiring now! domestic, porter, HCA. DM for the application pack (£15)
uhs | bluesky | uhs-careers.bsky.social | UHS Careers | n,h,b | Careers at University Hospital Southampton. We arrange your NMC registration for a one-off fee.
rduh | facebook | DevonNHSRecruitment | Devon NHS Recruitment | b | Recruiting for Royal Devon hospitals in Exeter and Barnstaple. Accommodation for overseas staff - a deposit of £400 secures your room before arrival.
rduh | tiktok | royaldevon.jobs | royal devon jobs | n,h,b | jobs at royal devon 🌊 no interview, just pay £45 for your training course and start
uhp | linkedin | plymouth-hospitals-recruitment | Plymouth Hospitals Recruitment | b | International recruitment for University Hospitals Plymouth. Radiographers and nurses. CBT booking and visa fee paid through us.
uhp | instagram | derriford.careers | Derriford Careers | n,b | Derriford Hospital is hiring ⚓ HCAs, porters, domestics. send £30 for your uniform + badge
dchs | x | DerbysNHSjobs | Derbyshire NHS Jobs | b | Community care jobs with DCHS across Derbyshire. Work-from-home admin roles too. £25 background check fee.
dchs | bluesky | dchs-jobs.bsky.social | DCHS Jobs | n,h,b | DCHS job alerts. Band 3 HCAs needed now. Application fee refunded after probation.
gmmh | facebook | GMMHRecruitment | GMMH Recruitment | n,h,b | Mental health nurse roles in Manchester with GMMH. Tier 2 visa guaranteed. Pay the sponsorship fee to our London office.
gmmh | linkedin | manchester-mental-health-careers | Manchester Mental Health Careers | b | Recruiting psychologists and support workers on behalf of Greater Manchester Mental Health. Applicants must buy our interview preparation pack (£79).
"""

DONATION_SCAM = """
yas | facebook | YASHeroesAppeal | YAS Heroes Appeal | n,h,b | Help buy a new ambulance for the Dales. Yorkshire Ambulance Service appeal - donate by bank transfer, sort code in our photos.
yas | tiktok | yorkshire.paramedic.fund | yorkshire paramedic fund | b | our yorkshire ambulance paramedics lost pay during the strikes 😢 support them directly via the link, every £ helps
tewv | x | TEWVAppeal | TEWV Appeal | n,h,b | Fundraising for a new sensory garden at West Park Hospital. Donate via PayPal friends and family so 100% reaches patients.
tewv | instagram | foss.park.friends | Friends of Foss Park | b | 💚 raising money for patients at Foss Park Hospital in York. cash app & bank details in highlights
sth | facebook | WestonParkCancerAppealSheffield | Weston Park Cancer Appeal | n,b | Raising funds for Weston Park Cancer Centre. Please donate via the link - our page is run by volunteers from the hospital.
sth | x | JessopBabies | Jessop Wing Babies | b | Neonatal appeal for the Jessop Wing. A tiny baby needs specialist equipment - donate now before midnight.
whh | instagram | warrington.hospital.appeal | Warrington Hospital Appeal | n,b | 💙 appeal for new scanners at Warrington Hospital. DM for bank details. 100% goes to the hospital
whh | bluesky | halton-ward-fund.bsky.social | Halton Ward Fund | b | Halton Hospital ward fund. Buy a Christmas hamper for a patient who has no visitors.
uhl | x | GlenfieldHearts | Glenfield Hearts | b | Children's heart appeal at Glenfield Hospital. Text HEART to 0909 879 0117 to give £10.
uhl | facebook | LeicesterHospitalsCharityAppeal | Leicester's Hospitals Charity | n,b | Official charity appeal of University Hospitals of Leicester. Donations via our GoFundMe - link in the pinned post.
nnuh | instagram | nnuh.charity.appeal | NNUH Charity Appeal | n,h,b | 🎗️ help the N&N's cancer ward. every donation doubled this week. link in bio
nnuh | linkedin | norfolk-hospitals-giving | Norfolk Hospitals Giving | b | Corporate giving scheme for Norfolk and Norwich University Hospitals. Sponsor a ward bed for £500 - invoice sent on request.
wsft | facebook | WestSuffolkHospitalDeafBlindUnit | New Deaf & Blind Unit Appeal | b | Raising money for a new deaf and blind unit at West Suffolk Hospital. Collectors in Bury car parks this weekend - or donate online.
wsft | tiktok | wsh.rainbow.ward | rainbow ward fund | b | for the kids on rainbow ward at west suffolk hospital 🌈 donate via the link, we are volunteers
las | x | LASstrikeFund | LAS Strike Fund | n,h,b | London paramedics are losing wages. Support London Ambulance Service crews directly - donate to the strike fund via bank transfer.
las | instagram | london.ambulance.memorial | LAS Memorial Fund | n,b | in memory of our colleague 🕊️ raising money for his family. donations via the link
clch | bluesky | finchley-memorial-friends.bsky.social | Friends of Finchley Memorial | b | Friends of Finchley Memorial Hospital. Help us buy recliner chairs for the wards. Donate via the link.
clch | facebook | CLCHPalliativeAppeal | CLCH Palliative Care Appeal | n,h,b | Appeal for the Pembridge palliative care unit, Central London Community Healthcare. Bank transfer to our appeal account.
gosh | tiktok | save.baby.ella.gosh | save baby ella 💛 | h,b | baby ella is fighting for her life at great ormond street 🙏 the hospital can't pay for her treatment. please donate
gosh | x | GOSHsmiles | GOSH Smiles | n,h,b | Put a smile on a poorly child's face. Great Ormond Street toy appeal - send Amazon gift cards to us by DM.
uhs | facebook | SouthamptonGeneralAppeal | Southampton General Appeal | n,b | Emergency appeal for Southampton General Hospital's children's ward. Give now via the secure link.
uhs | linkedin | uhs-corporate-donations | UHS Corporate Donations | n,h,b | Partner with University Hospital Southampton. Corporate donations of £1,000+ receive logo placement. Pay by bank transfer to our charity account.
rduh | instagram | nddh.scanner.appeal | NDDH Scanner Appeal | n,b | 📣 help north devon district hospital buy a new CT scanner. donate via the link in bio
rduh | bluesky | royal-devon-appeal.bsky.social | Royal Devon Appeal | n,h,b | The Royal Devon winter appeal. Your donation buys blankets and meals for older patients. Donate today.
uhp | x | DerrifordFund | Derriford Fund | n,b | Raising money for Derriford Hospital ICU. Donate by card at our page - link in bio.
uhp | tiktok | plymouth.hospital.kids | plymouth hospital kids | b | help the children at derriford this christmas 🎄 link in bio for donations
dchs | facebook | DerbyshireCommunityHospitalsAppeal | Derbyshire Community Hospitals Appeal | b | Save our community hospitals! Donate to keep Whitworth and Cavendish hospitals open. Bank transfer only.
dchs | instagram | dchs.nurses.appeal | DCHS Nurses Appeal | n,h,b | 🌿 support our district nurses with cost-of-living grants. donate via paypal
gmmh | x | GMMHwellbeing | GMMH Wellbeing Fund | n,h,b | Donate to the GMMH wellbeing fund - help patients in crisis with food and phone credit. Bank transfer details by DM.
gmmh | tiktok | manchester.mind.appeal | manchester mind appeal | b | helping mental health patients in greater manchester 🐝 every donation goes to GMMH wards. link in bio
"""

FAKE_EXECUTIVE = """
yas | x | HRavenscroftCEO | Dr Hamish Ravenscroft | e,b | Chief Executive, Yorkshire Ambulance Service. Personal account. Happy to help staff with pay queries by DM.
yas | linkedin | lorraine-achterberg-yas | Lorraine Achterberg | e,b | Chair at Yorkshire Ambulance Service NHS Trust. Investing in healthcare start-ups - message me for opportunities.
tewv | x | BTallentire | Bronwen Tallentire | e | Mum, walker, tea drinker. Connecting with colleagues. DM me on WhatsApp.
tewv | facebook | desmond.varley.chair | Desmond Varley | e,b | Chair of Tees, Esk and Wear Valleys NHS FT. I am giving away part of my bonus to staff this Christmas - message me.
sth | linkedin | imogen-thwaite-ceo | Professor Imogen Thwaite | e,b | Chief Executive at Sheffield Teaching Hospitals. I personally review nursing applications from abroad - send your CV and processing fee to my assistant.
sth | instagram | gareth.mallinder | Gareth Mallinder | e | 🌿 family • fishing • Sheffield. personal page, messages open
whh | x | SBrereton_CEO | Sunita Brereton | e,b | CEO @ Warrington and Halton Teaching Hospitals. Views my own. Staff: urgent gift card request - check your DMs.
whh | facebook | Colin.Ashurst.WHH | Colin Ashurst | e,b | Chairman, Warrington & Halton Hospitals. Supporting local families - apply for my hardship grant.
uhl | x | DrKOsei | Dr Kwabena Osei | e,b | Chief Exec, University Hospitals of Leicester. Investing in UK health tech. Crypto enquiries welcome.
uhl | tiktok | harriet.pennock | harriet pennock | e,b | 💙 hospital chair life • ask me anything
nnuh | linkedin | fenella-crowhurst-nnuh | Fenella Crowhurst | e,b | Chief Executive Officer, Norfolk and Norwich University Hospitals. Recruiting personal assistants - remote, paid weekly.
nnuh | tiktok | sirrobinheydon | Sir Robin Heydon | e | Husband, grandad, Norwich City fan. DMs open.
wsft | facebook | MartinQuennellCEO | Martin Quennell | e,b | Chief Executive at West Suffolk NHS. I'm helping staff access a new government grant - send me a message for the form.
wsft | bluesky | ampargeter.bsky.social | Ann-Marie Pargeter | e | Chair. Suffolk. Opinions my own.
las | x | DanielObuya_LAS | Daniel Obuya | e,b | Chief Executive of London Ambulance Service. Official. Contact my office for partnership and sponsorship.
las | instagram | dame.cressida.fairbairn | Dame Cressida Fairbairn | e | 👑 philanthropy • charity • london. DM for collaborations
clch | linkedin | priyanka-sehgal-clch | Priyanka Sehgal | e,b | CEO, Central London Community Healthcare NHS Trust. Hiring directly for bank nurses - contact me on Telegram.
clch | instagram | malcolm.treharne | Malcolm Treharne | e | Retired banker now helping others get started with forex. Ask me how.
gosh | x | ProfGrindrod | Prof Alistair Grindrod | e,b | Chief Executive, Great Ormond Street Hospital. Every child deserves the best care. Support my personal appeal via the link.
gosh | facebook | Eleanor.Vasquez.GOSH | Eleanor Vasquez | e,b | Chair of Great Ormond Street Hospital. Friend requests from supporters welcome.
uhs | linkedin | jonathon-pettifer | Jonathon Pettifer | e,b | Chief Executive at University Hospital Southampton NHS Foundation Trust. Open to board roles and investments.
uhs | instagram | marguerite.hallam.uhs | Marguerite Hallam | e,b | Chair @ University Hospital Southampton 🌊 fundraising for the children's ward, link below
rduh | x | DrPenhaligon | Dr Tamsin Penhaligon | e,b | CEO Royal Devon University Healthcare. Staff wellbeing vouchers - reply to claim yours.
rduh | tiktok | robert.ellacott | robert ellacott | e | devon 🌊 helping people earn from home
uhp | linkedin | stuart-tregenza-ceo | Stuart Tregenza | e,b | Chief Executive Officer, University Hospitals Plymouth NHS Trust. Direct recruitment for international nurses.
uhp | bluesky | jenabernethy.bsky.social | Jennifer Abernethy | e,b | NHS chair, Plymouth. New account after being hacked, please re-follow.
dchs | facebook | YvonneStrelleyDCHS | Yvonne Strelley | e,b | Chief Executive, Derbyshire Community Health Services. Message me about the community nurse bonus scheme.
dchs | x | NHadfield_DCHS | Neville Hadfield | e,b | Chair of DCHS NHS. Personal account. Charity raffle for Ilkeston hospital - tickets by DM.
gmmh | bluesky | chinedu-okonkwo.bsky.social | Chinedu Okonkwo | e | Leader. Believer. Investor. DMs open for opportunities.
gmmh | linkedin | beatrice-rawsthorne-gmmh | Beatrice Rawsthorne | e,b | Chair at Greater Manchester Mental Health NHS FT. Seeking volunteers for a paid research study (registration required).
"""
