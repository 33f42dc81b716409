"""Genuine accounts near each Trust that a careless detector would flag: its charity, Friends, radio, unions,
networks, similarly named bodies, ICBs, Healthwatch, hospices, news, practices, and people who work or worked there.

Organisations are real bodies or plausible local groups named from memory; their handles here are invented or
from memory and not verified. Every person is invented.
"""


def _orgs(rows):
    out = []
    for plats, handle, display, bio in rows:
        for p in plats.split(","):
            out.append((p, handle, display, bio))
    return out


ADJACENT = {
    "rbft": _orgs([
        ("x,facebook,instagram", "RoyalBerksCharity", "Royal Berks Charity", "The official charity of Royal Berkshire NHS Foundation Trust. Donate safely via our website royalberkshirecharity.org.uk. Registered charity."),
        ("facebook", "WBCHLeagueOfFriends", "League of Friends of West Berkshire Community Hospital", "Volunteers raising funds for equipment at WBCH, Thatcham. Shop open weekdays."),
        ("x,facebook", "HospitalRadioReading", "Hospital Radio Reading", "Request line for patients at the Royal Berkshire Hospital. Volunteer-run since the 1960s."),
        ("x", "UNISONRoyalBerks", "UNISON Royal Berkshire Branch", "UNISON branch for staff at Royal Berkshire NHS FT. Not a Trust account. Join a union!"),
        ("x", "RCNBerkshire", "RCN Berkshire Branch", "Royal College of Nursing, Berkshire branch. Representing members across the county."),
        ("x,instagram", "RBFT_Pride", "RBFT LGBTQ+ Staff Network", "Staff network at the Royal Berks. Run by colleagues in our own time 🏳️‍🌈"),
        ("x,facebook", "RBFRSOfficial", "Royal Berkshire Fire and Rescue Service", "Official account of Royal Berkshire Fire and Rescue Service. In an emergency call 999. Not monitored 24/7."),
        ("x,linkedin", "BOB_ICB", "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB", "The integrated care board for Buckinghamshire, Oxfordshire and Berkshire West."),
        ("x,facebook", "HealthwatchRdg", "Healthwatch Reading", "Your independent champion for health and social care in Reading. Tell us about your experience."),
        ("x,facebook", "DuchessKentHouse", "Sue Ryder Duchess of Kent Hospice", "Specialist palliative care in Reading. Part of Sue Ryder."),
        ("x", "ReadingChron", "Reading Chronicle", "News, sport and what's on across Reading and Berkshire."),
        ("x,facebook", "BerkshireLive", "Berkshire Live", "Breaking news from across Berkshire. Tips: newsdesk."),
        ("x", "ReadingUniHealth", "University of Reading Pharmacy", "School of Pharmacy, University of Reading. Training tomorrow's pharmacists."),
        ("facebook", "BerksMaternityVoices", "Berkshire West Maternity Voices Partnership", "Parents and professionals working together to improve maternity care in Berkshire West."),
        ("x", "BerkshireHealthcare", "Berkshire Healthcare NHS FT", "Mental health and community services across Berkshire. A separate trust from the Royal Berks."),
        ("facebook,instagram", "RoyalBerksRunners", "Royal Berks Staff Running Club", "Staff and friends of the Royal Berks who like running. Not an official Trust page."),
    ]),
    "uhbw": _orgs([
        ("x,facebook,instagram,tiktok", "AboveBeyondBris", "Above & Beyond", "The charity for Bristol's city centre hospitals. Registered charity. Donate at aboveandbeyond.org.uk"),
        ("facebook", "WestonHospitalsCharity", "Weston Hospitals Charity", "Charity supporting Weston General Hospital. We never ask for donations by DM."),
        ("x,facebook", "GrandAppeal", "The Grand Appeal", "Bristol Children's Hospital Charity. Wallace & Gromit's Grand Appeal."),
        ("x", "BRHC_Radio", "Hospital Radio at Bristol Children's", "Songs, stories and requests for young patients. Volunteers."),
        ("x", "UNISON_UHBW", "UNISON UHBW Branch", "Branch of UNISON for staff at Bristol and Weston hospitals. Not run by the Trust."),
        ("x,instagram", "UHBW_BAME", "UHBW Race Equality Network", "Staff network at University Hospitals Bristol and Weston. Views of members."),
        ("x,facebook", "UHBTrust2", "University Hospitals Birmingham", "A different trust: University Hospitals Birmingham NHS FT. QEHB, Heartlands, Good Hope and Solihull."),
        ("x,linkedin", "BNSSG_ICB", "NHS Bristol, North Somerset and South Gloucestershire ICB", "The integrated care board for BNSSG."),
        ("x,facebook", "HealthwatchBris", "Healthwatch Bristol", "Independent champion for people who use health and care services in Bristol."),
        ("x,facebook", "StPetersHospice", "St Peter's Hospice", "Bristol's adult hospice. Shops, lottery and care at home."),
        ("x", "BristolPost", "Bristol Post", "Bristol's news. Send us your stories."),
        ("x", "BristolMedSchool", "Bristol Medical School", "University of Bristol Medical School. Teaching in the city's hospitals."),
        ("x", "NorthBristolNHS", "North Bristol NHS Trust", "Southmead Hospital and community services. A separate trust from UHBW."),
        ("facebook", "WestonHospitalFriends", "Friends of Weston General Hospital", "Volunteers raising money for Weston General. Tea bar in the main entrance."),
        ("x,instagram", "BristolHeartRun", "Bristol Heart Institute Fun Run", "Annual fun run raising money through Above & Beyond for the Bristol Heart Institute."),
    ]),
    "hdft": _orgs([
        ("x,facebook,instagram", "HHCCharity", "Harrogate Hospital & Community Charity", "HHCC: the charity of Harrogate and District NHS FT. Donate only through hhcc.co.uk."),
        ("facebook", "HarrogateHospRadio", "Harrogate Hospital Radio", "Your station at Harrogate District Hospital. Requests on the ward."),
        ("x", "UNISON_HDFT", "UNISON Harrogate Health", "Union branch for health workers in Harrogate. Not the Trust."),
        ("x,facebook", "SaintMichaelsHosp", "Saint Michael's Hospice", "Hospice care for Harrogate and district since 1989."),
        ("x,facebook", "HWNorthYorks", "Healthwatch North Yorkshire", "Your voice in health and care across North Yorkshire."),
        ("x,linkedin", "HNYICB", "NHS Humber and North Yorkshire ICB", "The integrated care board for Humber and North Yorkshire."),
        ("x", "HGTAdvertiser", "Harrogate Advertiser", "Harrogate's local paper since 1836."),
        ("x", "HarrogateBC_News", "Harrogate Borough news", "Local community news for Harrogate and Knaresborough. Not affiliated with the NHS."),
        ("x", "HarrogateTown", "Harrogate Town AFC", "Official account of Harrogate Town AFC."),
        ("facebook", "RiponHospitalFriends", "Friends of Ripon Hospital", "League of Friends supporting Ripon Community Hospital."),
        ("x", "HYMSonline", "Hull York Medical School", "Medical school of the universities of Hull and York."),
        ("x", "LeedsCommunityNHS", "Leeds Community Healthcare NHS Trust", "Community health services in Leeds. Separate from HDFT."),
        ("instagram", "hdft_nurses_net", "HDFT Nursing Network", "Unofficial network of nurses at Harrogate. Student support and memes."),
        ("facebook", "HarrogateHospitalParents", "Harrogate Special Care Baby Unit Parents", "Peer support group for parents of babies cared for in SCBU. Not run by the Trust."),
    ]),
    "nsft": _orgs([
        ("x,facebook", "NSFTCharity", "NSFT Charity", "Charitable fund of Norfolk and Suffolk NHS FT. Give safely via nsft.nhs.uk/charity"),
        ("x", "NSFTGovernors", "NSFT Public Governors", "Elected public governors of Norfolk and Suffolk NHS FT. Views of governors, not the Trust."),
        ("x", "UNISONNSFT", "UNISON NSFT Branch", "Union branch for NSFT staff. Independent of the Trust."),
        ("x,facebook", "NorfolkSuffolkMHCampaign", "Campaign to Save Mental Health Services in Norfolk and Suffolk", "Campaign group. We hold NSFT to account. Not affiliated with the Trust."),
        ("x,linkedin", "NWICB", "NHS Norfolk and Waveney ICB", "Integrated care board for Norfolk and Waveney."),
        ("x,linkedin", "SNEE_ICB", "NHS Suffolk and North East Essex ICB", "Integrated care board for Suffolk and North East Essex."),
        ("x,facebook", "HWNorfolk", "Healthwatch Norfolk", "Independent voice for health and social care in Norfolk."),
        ("x,facebook", "HWSuffolk", "Healthwatch Suffolk", "Helping people in Suffolk have their say on health and care."),
        ("x", "NNUH", "Norfolk and Norwich University Hospitals", "The acute hospital in Norwich. A different trust from NSFT."),
        ("x", "EDP24", "Eastern Daily Press", "News from Norfolk and beyond."),
        ("x", "UEAHealth", "UEA Norwich Medical School", "Norwich Medical School at the University of East Anglia."),
        ("facebook", "NorfolkMind", "Norwich and Central Norfolk Mind", "Local Mind charity: talking therapies, peer support and advice."),
        ("x,instagram", "NSFTRecoveryCollege", "Recovery College Norfolk & Suffolk", "Free wellbeing courses co-produced by people with lived experience."),
        ("x", "NorfolkCC", "Norfolk County Council", "Official account of Norfolk County Council."),
    ]),
    "lpft": _orgs([
        ("x,facebook", "LPFTCharity", "LPFT Charitable Funds", "Charitable funds of Lincolnshire Partnership NHS FT. Donations only via our website."),
        ("x", "LincsCHS", "Lincolnshire Community Health Services", "LCHS: community services across Lincolnshire. A separate trust from LPFT."),
        ("x", "ULHT", "United Lincolnshire Hospitals", "United Lincolnshire Teaching Hospitals NHS Trust: Lincoln County, Pilgrim, Grantham."),
        ("x,linkedin", "NHSLincsICB", "NHS Lincolnshire ICB", "Integrated care board for Lincolnshire."),
        ("x,facebook", "HWLincs", "Healthwatch Lincolnshire", "Your health and care champion in Lincolnshire."),
        ("x,facebook", "StBarnabasLincs", "St Barnabas Hospice", "Hospice care across Lincolnshire."),
        ("x", "LincolniteNews", "The Lincolnite", "Lincoln's news website."),
        ("x", "LincolnMedSchool", "Lincoln Medical School", "Medical school at the University of Lincoln."),
        ("x", "UNISONLincsHealth", "UNISON Lincolnshire Health", "Union branch for health staff in Lincolnshire."),
        ("facebook", "LincsCarersGroup", "Lincolnshire Mental Health Carers Group", "Peer support for carers of people with mental illness. Independent."),
        ("x,instagram", "LPFT_Students", "LPFT Student Nurses", "Student nurses on placement at LPFT sharing tips. Unofficial."),
        ("x", "LincsPolice", "Lincolnshire Police", "Official account of Lincolnshire Police. Emergencies 999."),
        ("x", "LPFCNews", "Lincoln City FC", "Official account of Lincoln City Football Club. LCFC / Imps."),
    ]),
    "scht": _orgs([
        ("facebook", "BridgnorthHospitalFriends", "Bridgnorth Hospital League of Friends", "Raising money for Bridgnorth Community Hospital since 1950. Volunteers always welcome."),
        ("facebook", "LudlowHospitalFriends", "Friends of Ludlow Hospital", "Local charity supporting Ludlow Community Hospital."),
        ("x", "SaTHNHS", "Shrewsbury and Telford Hospital NHS Trust", "SaTH: Royal Shrewsbury and Princess Royal Telford. A separate trust."),
        ("x,linkedin", "STWICB", "NHS Shropshire, Telford and Wrekin ICB", "Integrated care board for Shropshire, Telford and Wrekin."),
        ("x,facebook", "HWShropshire", "Healthwatch Shropshire", "Independent champion for people using health and care services in Shropshire."),
        ("x,facebook", "SevernHospice", "Severn Hospice", "Hospice care for Shropshire, Telford & Wrekin and mid Wales."),
        ("x", "ShropshireStar", "Shropshire Star", "News from Shropshire and mid Wales."),
        ("x", "KeeleMed", "Keele Medical School", "Keele University School of Medicine."),
        ("x", "MPFTNHS", "Midlands Partnership University NHS FT", "Mental health and community services in Staffordshire and Shropshire."),
        ("x,facebook", "ShropCouncil", "Shropshire Council", "Official account of Shropshire Council."),
        ("x", "UNISONShropHealth", "UNISON Shropshire Health", "Union branch for health workers in Shropshire."),
        ("facebook", "ShropRadioHospital", "Radio Lollipop Shrewsbury", "Volunteer radio and play for children in hospital in Shropshire."),
        ("x,instagram", "shropcomm_nurses", "Shropshire District Nurses (unofficial)", "District nurses in Shropshire sharing our days. Personal account of a group of staff."),
    ]),
    "neas": _orgs([
        ("x,facebook", "NEASCharity", "NEAS Charity", "Charitable fund of North East Ambulance Service. Donate only through neas.nhs.uk."),
        ("x,facebook,instagram", "GNAAS", "Great North Air Ambulance Service", "The region's air ambulance charity. We are a charity, separate from NEAS."),
        ("x,facebook", "NEAutismSociety", "North East Autism Society", "NEAS: the North East Autism Society, a charity supporting autistic people. Not the ambulance service!"),
        ("x", "NWAmbulance", "North West Ambulance Service", "North West Ambulance Service NHS Trust. Emergencies 999."),
        ("x", "YorksAmbulance", "Yorkshire Ambulance Service", "Yorkshire Ambulance Service NHS Trust."),
        ("x", "UNISON_NEAS", "UNISON North East Ambulance Branch", "Union branch for ambulance staff in the North East. Independent of NEAS."),
        ("x", "GMB_NEAmbulance", "GMB Ambulance North East", "GMB union members at NEAS."),
        ("x,linkedin", "NENC_ICB", "NHS North East and North Cumbria ICB", "Integrated care board for the North East and North Cumbria."),
        ("x,facebook", "HWNewcastle", "Healthwatch Newcastle", "Independent champion for health and care in Newcastle."),
        ("x", "ChronicleLive", "ChronicleLive", "Newcastle and North East news."),
        ("x", "NCLMedSchool", "Newcastle University Medical School", "Medical education at Newcastle University."),
        ("x,instagram", "NEASPride", "NEAS LGBT+ Network", "Staff network at North East Ambulance Service. Run by colleagues."),
        ("x,facebook", "NorthumbriaPolice", "Northumbria Police", "Official account of Northumbria Police. 999 in an emergency."),
        ("x", "TWFireRescue", "Tyne and Wear Fire and Rescue", "Tyne and Wear Fire and Rescue Service."),
        ("facebook", "NEASRetiredStaff", "NEAS Retired Staff Association", "Keeping retired ambulance staff in touch. Not an official NEAS page."),
    ]),
    "rmh": _orgs([
        ("x,facebook,instagram,tiktok", "RMCancerCharity", "The Royal Marsden Cancer Charity", "The Royal Marsden's own charity. Donate safely at royalmarsden.org. Registered charity."),
        ("x", "RoyalMarsdenFriends", "Friends of The Royal Marsden", "Volunteers supporting patients at Chelsea and Sutton since the 1950s."),
        ("x", "ICRnews", "The Institute of Cancer Research", "The ICR, London: research partner of The Royal Marsden."),
        ("x,facebook", "RMHouseCharity", "Ronald McDonald House Charities UK", "RMHC UK: free accommodation for families with children in hospital."),
        ("x", "RoyalMelbHosp", "The Royal Melbourne Hospital", "RMH Melbourne, Australia. Not connected with The Royal Marsden."),
        ("x", "RCNLondon", "RCN London", "Royal College of Nursing, London region."),
        ("x,linkedin", "NHSSWLondon", "NHS South West London ICB", "Integrated care board for South West London."),
        ("x,facebook", "HWSutton", "Healthwatch Sutton", "Your voice on health and care services in Sutton."),
        ("x,facebook", "RoyalTrinityHosp", "Royal Trinity Hospice", "Specialist palliative care in south west London."),
        ("x", "SuttonGuardian", "Sutton Guardian", "News for Sutton, Cheam and Carshalton."),
        ("x", "RMPartners", "RM Partners", "West London cancer alliance, hosted by The Royal Marsden. Not the hospital itself."),
        ("x", "RoyalMarsdenSchool", "The Royal Marsden School", "Education and training in cancer care from The Royal Marsden School."),
        ("instagram", "marsden_march", "Marsden March (fan page)", "Unofficial community page for Marsden March walkers. Sponsor money goes through the charity's own site."),
        ("x", "RoyalBrompton", "Royal Brompton Hospital", "Specialist heart and lung hospital in Chelsea. Part of Guy's and St Thomas'."),
    ]),
    "roh": _orgs([
        ("x,facebook,instagram", "ROHCharity", "ROH Charity", "The charity of The Royal Orthopaedic Hospital, Birmingham. Donate via our website only."),
        ("x,facebook,instagram", "RoyalOperaHouse", "Royal Opera House", "Home of The Royal Ballet and The Royal Opera. ROH, Covent Garden."),
        ("x", "ROHBallet", "ROH Ballet Fans", "Fan account for The Royal Ballet at the ROH. Not affiliated."),
        ("x", "RNOHnhs", "Royal National Orthopaedic Hospital", "RNOH Stanmore: a separate specialist orthopaedic trust in London."),
        ("x,linkedin", "NHSBSolICB", "NHS Birmingham and Solihull ICB", "Integrated care board for Birmingham and Solihull."),
        ("x,facebook", "HWBirmingham", "Healthwatch Birmingham", "Independent champion for health and social care in Birmingham."),
        ("x,facebook", "BhamStMarys", "Birmingham St Mary's Hospice", "Hospice care for Birmingham and Sandwell."),
        ("x", "BirminghamMail", "Birmingham Mail", "News for Birmingham and the West Midlands."),
        ("x", "BhamMedSchool", "Birmingham Medical School", "University of Birmingham College of Medicine and Health."),
        ("x", "UNISONBhamHealth", "UNISON Birmingham Health", "Union branch for health workers in Birmingham."),
        ("facebook", "ROHLeagueFriends", "ROH League of Friends", "Volunteers at the Royal Orthopaedic Hospital: shop, trolley, befriending."),
        ("facebook", "SarcomaPatientsWM", "West Midlands Sarcoma Support Group", "Peer support for sarcoma patients and families. Independent."),
        ("x", "RoyalOrthoSociety", "British Orthopaedic Association", "The professional body for trauma and orthopaedic surgeons."),
    ]),
    "rph": _orgs([
        ("x,facebook,instagram", "PapworthCharity", "Royal Papworth Hospital Charity", "The charity of Royal Papworth Hospital. Donate safely on our website."),
        ("x,facebook", "PapworthTrust", "Papworth Trust", "Disability charity supporting people to live independently. No connection with Royal Papworth Hospital."),
        ("x", "RoyalPrestonHosp", "Royal Preston Hospital (RPH)", "News from Royal Preston Hospital, Lancashire Teaching Hospitals."),
        ("x", "PapworthEverard", "Papworth Everard Parish Council", "Parish council for the village of Papworth Everard."),
        ("x,linkedin", "CAPICB", "NHS Cambridgeshire and Peterborough ICB", "Integrated care board for Cambridgeshire and Peterborough."),
        ("x,facebook", "HWCambs", "Healthwatch Cambridgeshire", "Your voice in health and social care in Cambridgeshire and Peterborough."),
        ("x,facebook", "ArthurRankHospice", "Arthur Rank Hospice Charity", "Hospice care in Cambridgeshire."),
        ("x", "CambridgeNews", "Cambridge News", "News from Cambridge and Cambridgeshire."),
        ("x", "CamClinSchool", "Cambridge Clinical School", "School of Clinical Medicine, University of Cambridge."),
        ("x", "CUHospitals", "Cambridge University Hospitals", "Addenbrooke's and the Rosie. A separate trust on the same campus."),
        ("x", "UNISONPapworth", "UNISON Royal Papworth Branch", "Union branch for staff at Royal Papworth. Not run by the hospital."),
        ("facebook", "PapworthTransplantFamily", "Papworth Transplant Family", "Support group for heart and lung transplant patients and families. Independent."),
        ("x,instagram", "RPH_CF_Unit_Fans", "Cystic Fibrosis Warriors East", "Community of adults with CF in the East of England. Not medical advice."),
    ]),
}

PEOPLE = [
    ("x", "{first}{last}RN", "{first} {last} RN", "Staff nurse on {ward} at {short}. Tweets my own, not my employer's."),
    ("x", "Dr{last}{init}", "Dr {first} {last}", "Consultant at {name}. Views my own. Not medical advice."),
    ("instagram", "{first}.{last}.midwife", "{first} | Midwife", "Midwife at {site} 👶 personal account, views my own"),
    ("linkedin", "{first}-{last}-{n}", "{first} {last}", "Recruitment Officer at {name}. Reminder: our vacancies are only on NHS Jobs and we never charge a fee."),
    ("linkedin", "{first}-{last}-nhs", "{first} {last}", "Ward Manager, {name}. Previously staff nurse."),
    ("facebook", "{first}.{last}.{n}", "{first} {last}", "Retired from {short} after 32 years on the wards. Grandma, gardener, quiz team captain."),
    ("x", "{first}_{last}_vol", "{first} {last}", "Volunteer at {site}. Meet and greet, tea trolley and a lot of directions to X-ray."),
    ("facebook", "{first}{last}Fundraising", "{first}'s run for {charity}", "Running the {town} half marathon for {charity}, who looked after my dad. Please give through the official JustGiving page."),
    ("x", "Cllr{last}", "Cllr {first} {last}", "Councillor for {town}. Member of the health scrutiny committee. Personal views."),
    ("x", "{first}{last}MP", "{first} {last} MP", "Member of Parliament. Constituents: please email my office about casework, including hospital waits."),
    ("instagram", "{first}_medstudent", "{first} 🩺", "Med student, placement at {site}. Study notes, no medical advice."),
    ("tiktok", "{first}{last}paramedic", "{first} {last}", "Paramedic life in the {town} area 🚑 my own account, not the service's"),
    ("x", "{first}{last}OT", "{first} {last}", "Occupational therapist. Work at {short}, opinions mine."),
    ("bluesky", "{first}{last}", "{first} {last}", "Physio at {short}. Posts about rehab, running and my cat."),
    ("instagram", "{first}_{last}_hca", "{first}", "HCA at {short} 💙 nights, night shifts and more nights."),
    ("facebook", "{first}.{last}.patient", "{first} {last}", "Patient of {short} for 10 years. Sharing my recovery. Thank you to {ward}."),
    ("x", "{first}Porter{n}", "{first} {last}", "Porter at {site}. 10k steps before lunch."),
    ("x", "{first}{last}_ex", "{first} {last}", "Former {init} ward sister, now lecturing in nursing. Views my own."),
    ("linkedin", "{first}-{last}-comms", "{first} {last}", "Communications Officer at {name}. Our official accounts are listed on our website."),
    ("instagram", "{last}family_fundraise", "The {last} Family", "Bake sale for {charity} this Saturday 🧁 every penny goes through the charity's own page."),
    ("x", "{first}{last}Gov", "{first} {last}", "Public governor at {name}. Elected by members; my views, not the Trust's."),
    ("bluesky", "{first}-{last}-research", "Dr {first} {last}", "Research nurse at {short}. Clinical trials, coffee, cycling."),
    ("tiktok", "{first}.{last}.nurse", "{first}", "Nurse at {short} 💉 funny stories, no patient info ever"),
    ("facebook", "{first}{last}.friends", "{first} {last}", "Chair of the Friends of {site}. Ask me about volunteering."),
    ("x", "{first}{last}_union", "{first} {last}", "UNISON steward at {short}. Union views, not the Trust's."),
    ("instagram", "{first}.bakes.for.{init}", "{first} bakes for charity", "Cake sales for {charity} 🍰 proud volunteer, not an official page"),
    ("x", "{first}{last}PCN", "Dr {first} {last}", "GP partner and clinical director of a primary care network near {town}."),
    ("facebook", "{last}{town}Surgery", "{last} House Surgery", "GP practice in {town}. Book via the NHS App or call the surgery."),
    ("x", "{town}{last}PCN", "{town} {last} PCN", "Primary care network of five GP practices in {town}."),
    ("linkedin", "{first}-{last}-hr-{init}", "{first} {last}", "HR Business Partner, {name}. Views my own."),
]


def adjacent_people(key, t, e, rng):
    from wording import FIRST, LAST
    import re
    charity = t["not_on_register"]["charities"][0]["name"]
    rows = []
    for k in range(48):
        plat, h, d, b = PEOPLE[(k + len(key)) % len(PEOPLE)]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        s = {"first": first, "last": last, "init": t["initials"], "n": rng.randint(2, 99), "ward": rng.choice(e["wards"]),
             "short": rng.choice(e["short"]), "site": rng.choice(t["sites"]), "name": t["name"], "town": e["town"], "charity": charity}
        handle = h.format(**s)
        if plat in ("linkedin", "bluesky", "instagram", "tiktok"):
            handle = handle.lower()
        handle = re.sub(r"\s", "", handle)
        rows.append((plat, handle, d.format(**s), b.format(**s)))
    return rows
