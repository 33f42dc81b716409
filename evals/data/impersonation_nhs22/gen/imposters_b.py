"""Hand-written impersonating accounts, tactics 9-15 (same line format as imposters_a.py).

zero_width_name / styled_unicode_name / mixed_script_name: the display name is written here in plain
letters; make_set.py inserts the zero-width character, styled letters or Cyrillic/Greek lookalikes
with the fixed seed. copied_official_bio: {platform} stands for the Trust's official bio on that
platform, and {platform|old=>new} for that bio with one phrase changed, as copycats do.
"""

ZERO_WIDTH_NAME = """
yas | x | YorksAmbulance | Yorkshire Ambulance Service | n,b | Official. We've had to create a new account. Please follow and turn notifications on for incident updates.
yas | instagram | yas.999.updates | YAS NHS | n | updates • giveaways • stories
tewv | facebook | TeesEskWearValleysNHS | TEWV NHS | n,b | TEWV NHS page. Free wellbeing packs for service users - pay postage only through our shop.
tewv | tiktok | tewv.nhs.trust | TEWV NHS | n,h | 💚 mental health tips daily. book a private session via link
sth | x | STHospitals | Sheffield Teaching Hospitals | n | Follow for news.
sth | linkedin | sheffield-teaching-hospitals-group | Sheffield Teaching Hospitals NHS Foundation Trust | n,b | Sheffield Teaching Hospitals recruitment group. Message for a guaranteed interview slot.
whh | instagram | warrington.halton.nhs | WHH NHS | n | 🏥 free parking codes for patients, DM us
whh | x | WarringtonHosp | Warrington Hospital | n,b | Warrington Hospital. Official updates and patient help. Reply for appointment changes.
uhl | bluesky | leicester-royal.bsky.social | Leicester Royal Infirmary | n | Posting from the LRI. Follow for giveaways.
uhl | facebook | LeicestersHospitalsNHS | Leicester's Hospitals | n,b | We're the official Leicester's Hospitals page now - the old one has been closed. Message us with your appointment letter details.
nnuh | x | NNUH_Official | NNUH | n,h | The real NNUH account. Cancelled operations rebooked here - DM your hospital number.
nnuh | tiktok | norfolknorwichhospital | Norfolk and Norwich University Hospital | n | nurse life in norwich 🩺 link in bio
wsft | facebook | WSHPatientsPage | West Suffolk Hospital | n | Patient page. Updates and offers.
wsft | linkedin | westsuffolk-nhs | West Suffolk NHS Foundation Trust | n,b | Recruiting healthcare assistants for West Suffolk Hospital. Please pay the onboarding fee to receive your contract.
las | x | LondonAmbServ | London Ambulance Service | n,b | London Ambulance Service. Non-emergency? Message us here and a clinician will call you back.
las | bluesky | london-ambulance.bsky.social | London Ambulance Service | n | Hello Bluesky! 🚑
clch | instagram | clch.community | CLCH NHS | n,h | community care in london 🏡 giveaways for carers every month
clch | x | CLCHcommunity | Central London Community Healthcare | n,h | Community services in north-west London. Home visit requests by DM.
gosh | facebook | GreatOrmondStreetKids | Great Ormond Street Hospital | n,b | Please share! GOSH is collecting pennies for the new wing - bank transfer or PayPal, details in photos.
gosh | instagram | great.ormond.st | Great Ormond Street Hospital | n,h,b | 💛 the child first and always 💛 link in bio to support our families
uhs | x | UHS_Southampton | University Hospital Southampton | n,h | University Hospital Southampton updates. Parking refund form in bio.
uhs | tiktok | southampton.general | Southampton General Hospital | n | ✨ day in the life of our nurses ✨
rduh | facebook | RoyalDevonHospitals | Royal Devon NHS | n | Hospitals across Devon. Contact us here.
rduh | x | RoyalDevonNHS_ | Royal Devon NHS | n,h | Please follow our new account as our old one is closing.
uhp | instagram | derriford_hospital | Derriford Hospital | n | Plymouth ⚓ follow for news
uhp | linkedin | uhp-nhs | University Hospitals Plymouth NHS Trust | n,h | Hiring nurses, apply by direct message.
dchs | tiktok | dchs_nhs | DCHS NHS | n,h | community nursing in derbyshire 🌿 giveaway for carers, comment & share
dchs | bluesky | derbyshire-community.bsky.social | Derbyshire Community Health Services | n | Community health across Derbyshire.
gmmh | facebook | GMMHNHSTrust | GMMH | n,h | GMMH page. Talk to a counsellor today - message us.
gmmh | instagram | gmmh.wellbeing | Greater Manchester Mental Health | n,h | 🐝 you matter. private sessions available, dm for prices
"""

STYLED_UNICODE_NAME = """
yas | x | YAS_Alerts | Yorkshire Ambulance | n,h | Yorkshire Ambulance alerts 🚨 Follow for road closures and incident news. Support our crews via the link.
yas | facebook | YorkshireAmbulanceFriends | Yorkshire Ambulance Service | n | Friends of our crews 🚑 Sharing stories and giveaways.
tewv | instagram | tewv_wellbeing | TEWV Wellbeing | n,h | free mental health resources 💚 premium self-help course £19.99, link in bio
tewv | x | TeesValleyMH | Tees Esk and Wear Valleys | n | Mental health support for Teesside.
sth | tiktok | northern.general.hosp | Northern General Hospital | n | sheffield's busiest hospital 🏥 follow for behind the scenes
sth | bluesky | sheffieldhospitals.bsky.social | Sheffield Teaching Hospitals | n,h | Hospital news for Sheffield. DMs open for patient queries.
whh | facebook | HaltonHospitalRuncorn | Halton Hospital | n | Halton Hospital page. Like & share for a chance to win a spa day for your favourite nurse.
whh | linkedin | warrington-halton-hospitals | Warrington and Halton Teaching Hospitals | n,b | Recruitment page for Warrington and Halton Teaching Hospitals. International applicants: fee-based sponsorship available.
uhl | instagram | glenfield.hospital | Glenfield Hospital | n | 💙 heart & lung centre, leicester
uhl | x | UHL_Leicester | UHL | n,h | UHL official. We can't take calls right now - DM us your query with your date of birth.
nnuh | facebook | NorfolkNorwichHospital | Norfolk and Norwich University Hospital | n,b | We are the N&N hospital. Message us to book or change an outpatient appointment.
nnuh | tiktok | nnuh.nurses | NNUH | n,h | nurses of the N&N 💙 follow for more
wsft | x | WestSuffolkHosp | West Suffolk Hospital | n | Bury St Edmunds.
wsft | instagram | west.suffolk.hospital | West Suffolk Hospital | n | 🏥 news and community • link in bio for our charity raffle
las | tiktok | las.999 | London Ambulance Service | n,h | 🚑 london's ambulance crews • tap link for first aid course booking
las | linkedin | london-ambulance-careers | London Ambulance Service | n,b | Careers at London Ambulance Service. Message for the recruitment fee schedule.
clch | facebook | CentralLondonCommunityHealth | Central London Community Healthcare | n | Health in your community.
clch | bluesky | clch-london.bsky.social | CLCH | n,h | CLCH community health. We have moved to Bluesky - send us a message for services.
gosh | instagram | gosh.children | GOSH | n,h | 💛 for the children of great ormond street 💛 donate via link
gosh | x | GOSH_Hospital | Great Ormond Street | n,h | Great Ormond Street updates. Family travel grants available - apply by DM.
uhs | facebook | PrincessAnneHospitalSouthampton | Princess Anne Hospital | n | Maternity news and giveaways for new parents 👶
uhs | linkedin | university-hospital-southampton | University Hospital Southampton | n,b | Hiring at University Hospital Southampton. Visa fee payable in advance.
rduh | instagram | royal.devon.nhs | Royal Devon | n,h | Royal Devon 🌊 staff discounts & updates
rduh | tiktok | wonford.hospital | Royal Devon and Exeter Hospital | n | behind the scenes in exeter 🏥
uhp | x | Derriford_Hosp | Derriford Hospital | n | Derriford Hospital, Plymouth.
uhp | bluesky | uhp-plymouth.bsky.social | University Hospitals Plymouth | n,h | University Hospitals Plymouth on Bluesky. Waiting list queries welcome by DM.
dchs | instagram | derbyshire.community.health | DCHS | n | 🌿 community care across derbyshire
dchs | linkedin | dchs-recruitment | DCHS | n,h | DCHS recruitment. Apply now: small processing fee applies.
gmmh | tiktok | gmmh.mentalhealth | GMMH | n,h | 🐝 manchester mental health • talk to someone today, link in bio
gmmh | facebook | GreaterManchesterMentalHealthSupport | Greater Manchester Mental Health | n,b | Support page for Greater Manchester Mental Health patients. Private sessions while you wait - DM for prices.
"""

MIXED_SCRIPT_NAME = """
yas | tiktok | yorkshire.ambulance.crew | Yorkshire Ambulance Service | n | 🚑 crew life in yorkshire • link in bio
yas | bluesky | yorkshire-ambulance.bsky.social | Yorkshire Ambulance Service | n,b | Official Yorkshire Ambulance Service account. Patients can request transport refunds by message.
tewv | linkedin | tees-esk-wear-valleys | Tees, Esk and Wear Valleys NHS Foundation Trust | n,b | International mental health nurse recruitment. Pay your visa fee to confirm your start date.
tewv | x | TEWV_Trust | TEWV NHS | n,h | Crisis support by DM while our phones are down.
sth | instagram | royal.hallamshire | Royal Hallamshire Hospital | n | 📍 Sheffield • ward life • giveaways
sth | facebook | SheffieldTeachingHospitalsCommunity | Sheffield Teaching Hospitals | n,b | Community page of Sheffield Teaching Hospitals. Share and comment to enter our NHS staff hamper draw.
whh | x | WHH_Hospitals | WHH NHS | n,h | Parking refunds via the link.
whh | tiktok | warrington.hospital | Warrington Hospital | n | 🏥 life at warrington hospital
uhl | linkedin | leicesters-hospitals | Leicester's Hospitals | n | Leicester, UK. Healthcare.
uhl | instagram | leicester.royal.infirmary | Leicester Royal Infirmary | n,b | LRI official 💙 we're hiring porters & HCAs, DM for the application link (£20 DBS)
nnuh | bluesky | norfolk-norwich-hospital.bsky.social | Norfolk and Norwich University Hospital | n | News from Colney Lane.
nnuh | facebook | NNUHcommunity | NNUH | n,h | NNUH community page. Cromer and Norwich updates, competitions and more.
wsft | tiktok | westsuffolk.nhs | West Suffolk NHS | n,h | west suffolk nhs 💙 follow for hospital updates & giveaways
wsft | x | WSFT_NHS | WSFT | n,h | DM for appointment queries.
las | facebook | LondonAmbulanceServiceUK | London Ambulance Service | n,b | London Ambulance Service community page. We are raising money for crews' meals on night shifts.
las | instagram | london_ambulance_ | London Ambulance | n | 🚑 london • 24/7
clch | linkedin | central-london-community-healthcare | Central London Community Healthcare | n | Community healthcare, London. Now hiring, DM.
clch | x | CLCH_London | CLCH NHS | n,h | Home visit booking now online.
gosh | bluesky | great-ormond-street.bsky.social | Great Ormond Street Hospital | n | Stories from our wards. Donate to help our families.
gosh | tiktok | gosh.stories | GOSH | n,h | 💛 real kids real stories 💛
uhs | instagram | southampton.general.hospital | Southampton General Hospital | n | Southampton 🌊 patient stories
uhs | x | UHS_NHS_FT | UHS NHS | n,h | Cancelled appointment? DM us to rebook quicker.
rduh | linkedin | royal-devon-nhs | Royal Devon | n,h | Royal Devon recruitment. Overseas applicants: sponsorship fee applies.
rduh | facebook | NorthDevonDistrictHospital | North Devon District Hospital | n | Barnstaple. Community page.
uhp | tiktok | uhp.derriford | UHP NHS | n,h | derriford hospital life ⚓
uhp | facebook | PlymouthHospitalsNHS | University Hospitals Plymouth | n,b | Plymouth hospitals official page. Visiting passes by message.
dchs | x | DCHS_Community | DCHS NHS | n,h | Apply for community nurse visits online.
dchs | instagram | dchs.community.nurses | Derbyshire Community Health Services | n,h | 🌿 nurses in the community. donate to our staff fund
gmmh | bluesky | gmmh-care.bsky.social | GMMH | n,h | GMMH - Greater Manchester. Therapy appointments by message.
gmmh | linkedin | greater-manchester-mental-health | Greater Manchester Mental Health | n | Mental health services. Manchester.
"""

COPIED_OFFICIAL_BIO = """
yas | x | YAS_Help_Desk | Yorkshire Ambulance Service | n,b | {x|Official account=>Official support account} Refund claims handled by DM.
yas | facebook | YorkshireAmbulanceNews | YAS News | n,b | {facebook} Like and share our page to win one of 20 first aid kits!
tewv | instagram | tewv.nhs.support | TEWV NHS Support | n,h,b | {instagram|Our people, our services, our communities=>Our people, our services, your support} Private sessions - DM.
tewv | facebook | TEWVServiceUsers | Service User Hub | b | {facebook|use our crisis line=>message this page instead}
sth | x | STHNews | Sheffield Hospitals | n,h,b | {x|Not monitored out of hours.=>Monitored 24/7 by DM.} Claim your parking refund today.
sth | tiktok | sheffield.teaching.hosp | sheffield teaching hospitals | n,h,b | {instagram} DM for free scrubs 🎁
whh | instagram | whh.nhs.news | WHH NHS News | n,h,b | {instagram} giveaway winners announced friday 🎉
whh | x | Warr_Halton | Warrington & Halton | n,b | {x|monitored Mon-Fri 9-5=>monitored 24/7} DM us your appointment query.
uhl | tiktok | leicestershospitals.uk | Leicester's Hospitals | n,h,b | {tiktok} Staff raffle - tickets via the link.
uhl | linkedin | uhl-nhs-trust-careers | UHL careers | n,h,b | {linkedin|recruitment is free of charge=>a small recruitment fee applies for overseas candidates}
nnuh | facebook | NorfolkNorwichHospitals | Norfolk and Norwich University Hospitals | n,b | {facebook} Message us for appointment changes - faster than calling!
nnuh | bluesky | nnuh-official.bsky.social | NNUH | n,h,b | {bluesky} Patients: DM for refund forms.
wsft | linkedin | west-suffolk-nhs-ft | West Suffolk NHS Foundation Trust | n,h,b | {linkedin|no applicant is ever asked to pay=>applicants pay only a refundable DBS deposit}
wsft | instagram | westsuffolk.nhs.official | West Suffolk NHS | n,h,b | {instagram} 🎁 Win a hamper: follow, like, share.
las | facebook | LondonAmbulanceServiceOfficial | London Ambulance Service NHS Trust | n,h,b | {facebook} Support our crews: donations via the link in our posts.
las | bluesky | london-ambulance-service.bsky.social | LAS | n,b | {bluesky|Not monitored for emergencies - dial 999.=>Message us for non-urgent help.}
clch | x | CLCH_NHS_Trust | CLCH NHS Trust | n,h,b | {x|Account not monitored at weekends.=>Home visit bookings by DM, 7 days.}
clch | instagram | community.care.london | Community Care London | b | {instagram} DM for priority home visits.
gosh | x | GreatOrmondStUK | Great Ormond Street Hospital | n,h,b | {x} Donate to our Christmas toy appeal: link below.
gosh | linkedin | gosh-careers-international | GOSH Careers | n,h,b | {linkedin|we don't charge applicants=>international applicants pay a one-off processing fee}
uhs | facebook | UHSFTPatients | UHS Patients | n,h,b | {facebook|For complaints contact PALS.=>For complaints and refunds message this page.}
uhs | tiktok | uhsft.official | UHS | n,h,b | {instagram} 🎁 follow for staff discount codes
rduh | x | RoyalDevonHosp | Royal Devon | n,b | {x} DM us to check your place on the waiting list.
rduh | facebook | RoyalDevonPatientsPage | Patients Page | b | {facebook|We can't give medical advice here.=>Our nurses answer medical questions by message.}
uhp | instagram | uhp.nhs.trust | University Hospitals Plymouth | n,h,b | {instagram} ⚓ link in bio: visiting slot booking
uhp | linkedin | plymouth-derriford-careers | Derriford Careers | n,b | {linkedin|never request payment=>ask only for a refundable registration payment}
dchs | x | DCHStrustNHS | DCHS NHS | n,h,b | {x|Not monitored evenings or weekends.=>Reply here any time for home visit bookings.}
dchs | tiktok | derbyshire.community.nhs | derbyshire community nhs | b | {instagram} 🌿 comment & share to win
gmmh | instagram | gmmh_nhs_support | GMMH | n,h,b | {instagram} DM for private therapy slots
gmmh | bluesky | greater-manchester-mh.bsky.social | Mental Health Manchester | b | {x|if you need urgent help call NHS 111 and select option 2, or 999 in an emergency=>if you need urgent help message us here}
"""

LOOKALIKE_DOMAIN_BIO = """
yas | x | YASclaims | YAS Claims | n,h,b,l | Yorkshire Ambulance Service claims portal: yas-nhs-refunds.co.uk - have your bank card ready.
yas | linkedin | yorkshire-ambulance-jobs-portal | Yorkshire Ambulance Jobs Portal | n,b,l | Apply for paramedic jobs at yasnhs-careers.com. Application processing £85.
tewv | bluesky | tewv-booking.bsky.social | TEWV Booking | n,h,l | Book therapy at tewv-nhs.org.uk
tewv | instagram | teesvalleys.help | Talk Today | l | 💚 talk to someone today: tewv.help
sth | facebook | STHParkingRefunds | STH Parking Refunds | n,h,b,l | Sheffield Teaching Hospitals parking refunds. Claim at sth-nhs.uk.com before the 31st.
sth | x | SheffHospJobs | Hospital Jobs | l | Hospital jobs in Sheffield. Apply: sthnhs-jobs.online
whh | tiktok | whh.patients | whh patients | n,h,l | appointment help 👉 whh-nhs.co.uk
whh | linkedin | whh-recruitment-centre | WHH Recruitment Centre | n,h,b,l | Recruitment for Warrington and Halton Teaching Hospitals at whhnhs-recruit.com. Sponsorship fees payable online.
uhl | x | LeicsHospRefund | Parking Refunds | l | Parking refunds for Leicester patients: leicestershospitals-nhs.uk
uhl | facebook | UHLPatientPortal | UHL Patient Portal | n,h,l | Log in at leicestershospitals.nhs-portal.com to view your appointments.
nnuh | instagram | nnuh.parking | nnuh parking | n,h,l | 🅿️ overpaid at colney lane? nnuh-refund.com
nnuh | tiktok | norwich.hospital.news | norwich hospital news | l | all the news from the N&N 🏥 nnuh.online
wsft | x | WSHrefunds | WSH Refunds | n,h,l | Refunds: wsh-nhs.co.uk/refund
wsft | bluesky | west-suffolk-appeal.bsky.social | Hospital Appeal | l | Donate to the new hospital build: wsh-newhospital.org
las | facebook | LASCompensation | LAS Compensation | n,h,b,l | London Ambulance Service delayed response compensation. Apply at londonambulance-nhs.co.uk
las | instagram | london.ambulance.training | London Ambulance Training | n,b,l | 🚑 LAS first aid courses 👉 londonambulance.uk.com (£29)
clch | tiktok | clch.nurses | clch nurses | n,h,l | home visit booking 🏡 clch-nhs.uk
clch | x | CLCHbookings | CLCH Bookings | n,h,b,l | Book a CLCH district nurse at clchnhs.help - deposit required.
gosh | linkedin | gosh-nurse-recruitment | GOSH Nurse Recruitment | n,h,b,l | Apply at gosh-nhs-careers.com. Overseas nurses pay a one-off legalisation fee.
gosh | facebook | GOSHToyAppeal | GOSH Toy Appeal | n,h,b,l | Great Ormond Street toy appeal. Give at goshappeal.org.uk
uhs | instagram | uhs.southampton | uhs southampton | n,h,l | 🌊 patient portal: uhs-nhs.online
uhs | x | UHSrebook | UHS Rebooking | n,h,b,l | University Hospital Southampton rebooking service: uhsnhs.co.uk/rebook - £2.99 admin.
rduh | tiktok | royaldevon.help | royal devon help | n,h,l | help with royal devon appointments 👉 royaldevon-nhs.uk
rduh | linkedin | royal-devon-international | Royal Devon International | n,b,l | Royal Devon international recruitment: royaldevon.nhs.uk.careers-portal.com
uhp | facebook | DerrifordParking | Derriford Parking | n,l | Derriford staff and patients: buy discounted parking at plymouthhospitals-nhs.co.uk
uhp | bluesky | uhp-news.bsky.social | UHP News | n,h,l | Read our news at plymouthhospital.uk
dchs | instagram | dchs.carers | DCHS Carers | n,h,l | 🌿 carer grants: dchs-nhs.org
dchs | x | DCHSjobsUK | DCHS Jobs UK | n,h,b,l | DCHS NHS jobs at dchs-careers.co.uk. Registration fee £30.
gmmh | facebook | GMMHTherapy | GMMH Therapy | n,h,b,l | Skip the GMMH waiting list with our partner clinic: gmmh-nhs.help
gmmh | tiktok | gmmh.talk | gmmh talk | n,h,l | talk therapy booking 👉 gmmh.online
"""

DOTTED_HANDLE = """
yas | instagram | yorkshire.ambulance.service | Yorkshire Ambulance Service | n,h | 🚑 official • giveaways for followers
yas | facebook | 100089412765531 | Yorkshire Ambulance Service | n | Page for Yorkshire Ambulance Service patients. Message for transport bookings.
tewv | tiktok | tewv.nhs | TEWV NHS | n,h | 💚 mental health support • dm us
tewv | instagram | tewv.nhs.ft | tewv | n,h | tees, esk & wear valleys 💚 free therapy giveaway
sth | facebook | sheffield.teaching.hospitals | Sheffield Teaching Hospitals | n,h | Sheffield Teaching Hospitals updates. Cancelled operations rebooked by message.
sth | instagram | sheffield.hosp | sheffield hospitals | n,h | staff life at the northern general 🏥 shop our merch link
whh | tiktok | whh.nhs | hospital vlogs | h | 🏥 warrington & halton • giveaway pinned
whh | facebook | 100091837265410 | Warrington Hospital | n | Warrington Hospital. Message us about visiting.
uhl | instagram | leicesters.hospitals | Leicester's Hospitals | n,h | 💙 LRI • Glenfield • General. DM us for help with appointments
uhl | tiktok | leicesters.hospitals.nhs | behind the scenes | h | 💙 link in bio to win
nnuh | facebook | nnuh.nhs | NNUH | n,h | Norfolk and Norwich University Hospital. Message us.
nnuh | instagram | nnuh.nhs.trust | nnuh | n,h | N&N 🏥 weekly staff draw
wsft | tiktok | west.suffolk.nhs | West Suffolk NHS | n,h | hospital life in bury 💙
wsft | facebook | 100086629104753 | West Suffolk Hospital | n | Bury St Edmunds. Hospital updates and appeals.
las | instagram | ldn.ambulance | London Ambulance Service | n,h | 🚑 first aid courses, dm to book
las | tiktok | london.ambulance.service | London Ambulance Service | n,h | 🚑 official crew clips
clch | facebook | clch.nhs | CLCH NHS | n,h | Community nursing bookings here.
clch | instagram | clch.nhs.london | CLCH | n,h | 🏡 north west london community care. giveaways monthly
gosh | tiktok | great.ormond.street | Great Ormond Street Hospital | n,h | 💛 official stories from GOSH • donate via link
gosh | facebook | 100094417283650 | Great Ormond Street Hospital | n | Sharing hope. Please donate to help our children.
uhs | instagram | uhs.ft | UHS | n,h | university hospital southampton 🌊
uhs | tiktok | uhs.southampton.nhs | nurse life soton | h | 👩‍⚕️ follow for giveaways
rduh | facebook | royal.devon.nhs | Royal Devon NHS | n,h | Waiting list checks by message.
rduh | instagram | royaldevon.nhs | Royal Devon | n,h | 🌊 royal devon hospitals. DM us
uhp | tiktok | uhp.nhs | UHP NHS | n,h | ⚓ derriford life
uhp | facebook | 100087550219846 | Derriford Hospital | n | Derriford Hospital Plymouth. Page for patients and visitors.
dchs | instagram | dchs.nhs | DCHS NHS | n,h | 🌿 derbyshire community health. jobs & giveaways
dchs | tiktok | dchs.nhs.trust | community nurses | h | community nurses of derbyshire 🌿
gmmh | facebook | gmmh.nhs | GMMH | n,h | GMMH support page. Message us for a therapist.
gmmh | instagram | gmmh.nhs.ft | GMMH NHS | n,h | 🐝 mental health support. private sessions, link in bio
"""

SHORT_STEM_AFFIX = """
yas | x | YAS_Help | YAS Help | n,h | Patient help for YAS services. DM us.
yas | bluesky | yas-staff.bsky.social | YAS Staff Room | n,h | For YAS staff: claim your uniform tax rebate via the link.
tewv | x | TEWVcare | care team | h | Talk to our care team any time - sessions from £10.
tewv | linkedin | tewv-careers | TEWV Careers | n,h,b | Careers with TEWV. Overseas nurses welcome. Certificate fee applies.
sth | instagram | sth_team | STH Team | n,h | sheffield hospitals team 🏥 win a staff hamper
sth | tiktok | sthnews | hospital news | h | hospital news sheffield 🏥
whh | x | WHHstaff | WHH Staff | n,h | WHH staff benefits portal - log in with your NHS email.
whh | bluesky | whh-info.bsky.social | Patient Info | h | Info for patients. Appointment queries by DM.
uhl | instagram | uhl_support | UHL Support | n,h | 💙 LRI, Glenfield & General patient support. DM
uhl | linkedin | uhl-jobs | Hospital Jobs Leicester | h | Vacancies. Fast track with processing fee.
nnuh | x | NNUHhelp | NNUH Help | n,h | Help desk. Parking refunds and appointment changes.
nnuh | tiktok | nnuh_team | nnuh team | n,h | the team at the N&N 💙 giveaway pinned
wsft | instagram | wsft_official | WSFT | n,h | west suffolk 💙 official updates
wsft | facebook | WSFTpatients | WSFT Patients | n,h | Patients page. Message to rebook.
las | x | LASinfo | LAS Info | n,h | Message us for non-emergency ambulance bookings.
las | tiktok | las_team | london crews | h | 🚑🚑🚑
clch | bluesky | clch-desk.bsky.social | CLCH Desk | n,h | Community services desk. Bookings by DM.
clch | linkedin | clch-staff | Bank Nurse Registration | h | Bank nurse registration. Admin fee £40.
gosh | instagram | gosh_appeal | GOSH Appeal | n,h,b | 💛 toy appeal for the children at great ormond street. link in bio
gosh | x | GOSHhq | GOSH HQ | n,h | Family support grants by DM.
uhs | facebook | UHSteam | UHS Team | n,h | Parking permit applications here.
uhs | bluesky | uhs-ask.bsky.social | Ask Us | h | Ask us anything about your hospital appointment.
rduh | x | RDUHnews | RDUH News | n,h | News and patient updates. DM us.
rduh | tiktok | rduh_careers | careers | h | work in devon 🌊 apply via link (fee)
uhp | instagram | uhp_patients | UHP Patients | n,h | Derriford patients ⚓ rebook appointments via DM
uhp | x | UHPassist | Patient Assist | h | Assist line. DM your hospital number.
dchs | facebook | DCHSinfo | DCHS Info | n,h | Information page. Home visit requests here.
dchs | bluesky | dchs-hq.bsky.social | Staff Portal | h | Staff portal link in bio.
gmmh | x | GMMHask | Ask GMMH | n,h | Therapy and crisis questions by DM.
gmmh | tiktok | gmmh_pals | PALS | h | complaints & refunds 🐝
"""
