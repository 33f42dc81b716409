"""Trust register for set 20, written by hand from memory (not verified online).

Account ids, follower counts, creation dates, bios, phone numbers (Ofcom drama ranges)
and executives are INVENTED.
"""

ABOUT = ("Trust register for TrustWatch's independent impersonation evaluation set 20 (eight NHS Trusts in England "
         "not used by earlier sets). Trust names, ODS codes, web domains, hospital sites and the official social-media "
         "handles are written FROM MEMORY of public information and were NOT verified online; some handles, domains or "
         "names may be wrong or out of date (several of these Trusts were formed or renamed by recent mergers). Every "
         "account_id is INVENTED (platform-shaped only), and so are follower counts, creation dates and the official "
         "bios, which were written for this set in the style of NHS Trust bios and are not copies of the real ones. "
         "Executives (chief executive and chair) are INVENTED people so that no real person is impersonated. Phone "
         "numbers are from Ofcom's drama-reserved ranges (0161 496 0xxx, 0151 496 0xxx, 020 7946 0xxx, 0114 496 0xxx, "
         "0121 496 0xxx, 01632 960xxx) so no real switchboard is reached. Two Trusts (Sheffield Health and Social Care, "
         "Black Country Healthcare) carry their T-prefixed ODS codes as remembered, which the validator's R-prefix "
         "pattern does not accept. No Trust is given a Mastodon account.")


def acct(platform, handle, account_id, display_name, bio, followers, following, verified, created_at=None):
    a = {"platform": platform, "handle": handle, "account_id": account_id, "display_name": display_name, "bio": bio,
         "followers": followers, "following": following, "verified": verified}
    if created_at:
        a["created_at"] = created_at
    return a


TRUSTS = {}

TRUSTS["tgicft"] = {
    "name": "Tameside and Glossop Integrated Care NHS Foundation Trust",
    "type": "acute and community",
    "region": "North West",
    "city": "Ashton-under-Lyne",
    "aliases": ["Tameside and Glossop Integrated Care", "TGICFT", "T&G ICFT", "Tameside Hospital",
                "Tameside General Hospital", "Tameside and Glossop NHS"],
    "initials": "TGICFT",
    "ods_codes": ["RMP"],
    "web_domains": ["tgh.nhs.uk"],
    "phone_numbers": ["0161 496 0217", "0161 496 0388"],
    "sites": ["Tameside General Hospital", "Darnton House", "Shire Hill (Glossop)", "Stamford Unit"],
    "official_accounts": [
        acct("x", "TamesideHosp", "421877305", "Tameside & Glossop ICFT",
             "News from Tameside and Glossop Integrated Care NHS Foundation Trust: Tameside General Hospital and our "
             "community teams. Account staffed office hours. Need help now? Call 111 or 999.",
             18240, 2215, True, "2011-11-14T10:02:41Z"),
        acct("facebook", "TamesideHospital", "163400417032885", "Tameside and Glossop Integrated Care NHS Foundation Trust",
             "Official page for Tameside General Hospital and community services across Tameside and Glossop. "
             "Please do not post personal or medical details in comments.",
             41233, 310, True, "2012-06-20T09:15:00Z"),
        acct("instagram", "tgicft", "3817729045", "Tameside & Glossop ICFT",
             "Your local hospital and community NHS in Tameside & Glossop. Staff stories, news and jobs. Not for medical advice.",
             7321, 602, False, "2016-02-03T12:40:18Z"),
        acct("linkedin", "tameside-and-glossop-integrated-care-nhs-foundation-trust", "1529930",
             "Tameside and Glossop Integrated Care NHS Foundation Trust",
             "Integrated acute and community NHS care for around 250,000 people in Tameside and Glossop. We only recruit "
             "through NHS Jobs and never ask candidates for money.",
             15902, 41, False),
        acct("youtube", "TamesideGlossopICFT", "UCq4Tg7wLm2Rb9xKde0pZs1A", "Tameside and Glossop ICFT",
             "Films and patient information from Tameside and Glossop Integrated Care NHS Foundation Trust.",
             1180, 0, False, "2014-09-09T16:20:05Z"),
    ],
    "executives": [{"role": "chief_executive", "name": "Dr Helena Brackwood", "invented": True},
                   {"role": "chair", "name": "Oluwaseun Tarrant", "invented": True}],
}

TRUSTS["ect"] = {
    "name": "East Cheshire NHS Trust",
    "type": "acute and community",
    "region": "North West",
    "city": "Macclesfield",
    "aliases": ["East Cheshire Trust", "ECT", "East Cheshire NHS", "Macclesfield Hospital",
                "Macclesfield District General Hospital", "Macc Hospital"],
    "initials": "ECT",
    "ods_codes": ["RJN"],
    "web_domains": ["eastcheshire.nhs.uk"],
    "phone_numbers": ["01632 960214", "01632 960559"],
    "sites": ["Macclesfield District General Hospital", "Knutsford and District Community Hospital",
              "Congleton War Memorial Hospital"],
    "official_accounts": [
        acct("x", "EastCheshireNHS", "293384110", "East Cheshire NHS Trust",
             "Official account of East Cheshire NHS Trust - Macclesfield District General Hospital, Knutsford and "
             "Congleton community hospitals. Monitored Mon-Fri 9-5. For urgent help call 111.",
             12876, 1433, True, "2011-04-22T08:55:30Z"),
        acct("facebook", "EastCheshireNHSTrust", "190772234513009", "East Cheshire NHS Trust",
             "Welcome to East Cheshire NHS Trust. Hospital and community care for Macclesfield, Knutsford, Congleton "
             "and the villages around them. We can't answer medical questions here.",
             22104, 187, True, "2012-10-01T11:11:11Z"),
        acct("instagram", "eastcheshirenhs", "4409127731", "East Cheshire NHS Trust",
             "Life at Macclesfield Hospital and our community teams. Proud to be your local NHS.",
             4410, 388, False, "2017-05-19T14:22:07Z"),
        acct("linkedin", "east-cheshire-nhs-trust", "320118", "East Cheshire NHS Trust",
             "Acute and community services for the people of East Cheshire. All vacancies are advertised on NHS Jobs and "
             "Trac; we never charge applicants.",
             9302, 12, False),
        acct("youtube", "EastCheshireNHSTrust", "UC7bHs2Qe1Vw8nZkTy3pLm0D", "East Cheshire NHS Trust",
             "Videos from East Cheshire NHS Trust.", 640, 0, False, "2013-01-28T10:00:00Z"),
    ],
    "executives": [{"role": "chief_executive", "name": "Rosalind Quenby", "invented": True},
                   {"role": "chair", "name": "Dr Tobias Wrenfield", "invented": True}],
}

TRUSTS["mwl"] = {
    "name": "Mersey and West Lancashire Teaching Hospitals NHS Trust",
    "type": "acute",
    "region": "North West",
    "city": "Prescot",
    "aliases": ["Mersey and West Lancashire Teaching Hospitals", "MWL", "MWL NHS", "Whiston Hospital",
                "St Helens Hospital", "Southport Hospital", "Ormskirk Hospital"],
    "initials": "MWL",
    "ods_codes": ["RBN"],
    "web_domains": ["merseywestlancs.nhs.uk"],
    "phone_numbers": ["0151 496 0442", "0151 496 0671"],
    "sites": ["Whiston Hospital", "St Helens Hospital", "Southport and Formby District General Hospital",
              "Ormskirk District General Hospital", "Newton Community Hospital"],
    "official_accounts": [
        acct("x", "MWL_NHS", "1672208845991301120", "MWL NHS",
             "Mersey and West Lancashire Teaching Hospitals NHS Trust: Whiston, St Helens, Southport, Ormskirk and "
             "Newton hospitals. Not monitored 24/7 - in an emergency dial 999.",
             21510, 980, True, "2023-06-27T09:30:12Z"),
        acct("facebook", "MWLNHS", "100093314420871", "Mersey and West Lancashire Teaching Hospitals NHS Trust",
             "The official Facebook page of MWL. News, visiting updates and stories from Whiston, St Helens, Southport, "
             "Ormskirk and Newton. Please keep personal information out of comments.",
             56340, 95, True, "2023-07-01T07:00:00Z"),
        acct("instagram", "mwl_nhs", "60211873412", "MWL NHS",
             "Mersey and West Lancashire Teaching Hospitals. People, places and proud moments across our five hospitals.",
             9870, 455, True, "2023-07-03T13:14:15Z"),
        acct("tiktok", "mwl_nhs", "7251190023814456321", "MWL NHS",
             "Behind the scenes at Whiston, St Helens, Southport & Ormskirk hospitals. Official MWL account.",
             14200, 38, False, "2023-07-10T18:01:44Z"),
        acct("linkedin", "mersey-and-west-lancashire-teaching-hospitals-nhs-trust", "90911263",
             "Mersey and West Lancashire Teaching Hospitals NHS Trust",
             "Teaching hospitals serving St Helens, Knowsley, Halton, Sefton and West Lancashire. Jobs are posted on NHS "
             "Jobs and Trac only; no recruiter may ask you for a fee.",
             24117, 58, False),
        acct("x", "MWLCareers", "1680044120871772160", "MWL Careers",
             "Jobs and careers at Mersey and West Lancashire Teaching Hospitals. Apply via NHS Jobs. We never charge fees.",
             2980, 611, False, "2023-07-17T10:45:00Z"),
    ],
    "executives": [{"role": "chief_executive", "name": "Professor Aled Brinkworth", "invented": True},
                   {"role": "chair", "name": "Marguerite Osbaldeston", "invented": True}],
}

TRUSTS["khft"] = {
    "name": "Kingston Hospital NHS Foundation Trust",
    "type": "acute",
    "region": "London",
    "city": "Kingston upon Thames",
    "aliases": ["Kingston Hospital", "KHFT", "Kingston Hospital NHS", "Kingston and Richmond NHS Foundation Trust",
                "Kingston Hospital NHS FT"],
    "initials": "KHFT",
    "ods_codes": ["RAX"],
    "web_domains": ["kingstonhospital.nhs.uk"],
    "phone_numbers": ["020 7946 0832", "020 7946 0195"],
    "sites": ["Kingston Hospital", "Surbiton Health Centre", "Queen Mary's Hospital Roehampton (outpatients)"],
    "official_accounts": [
        acct("x", "KingstonHosp", "88431902", "Kingston Hospital",
             "Official account of Kingston Hospital NHS Foundation Trust, south-west London. We can't give medical "
             "advice here - please call 111, or 999 in an emergency.",
             23888, 3012, True, "2009-12-02T15:35:09Z"),
        acct("facebook", "KingstonHospitalNHS", "147720381944210", "Kingston Hospital NHS Foundation Trust",
             "News and updates from Kingston Hospital. Serving Kingston, Richmond, Wandsworth, Merton and Elmbridge. "
             "Comments are moderated in office hours.",
             30771, 220, True, "2011-03-08T10:10:10Z"),
        acct("instagram", "kingstonhospitalnhs", "5520184467", "Kingston Hospital NHS FT",
             "Your local hospital in Kingston upon Thames 💙 Staff, wards and good news. No medical advice via DM.",
             11650, 540, True, "2017-09-12T11:47:33Z"),
        acct("linkedin", "kingston-hospital-nhs-foundation-trust", "702254", "Kingston Hospital NHS Foundation Trust",
             "Acute hospital in south-west London with around 4,000 staff. We advertise roles on NHS Jobs and never ask "
             "for payment during recruitment.",
             21450, 19, False),
        acct("bluesky", "kingstonhospital.bsky.social", "did:plc:k4hq2vx7mzr3tnw5ybd6ejfa", "Kingston Hospital",
             "Kingston Hospital NHS Foundation Trust on Bluesky. News from our wards and teams.",
             1320, 140, False, "2024-11-18T09:00:00Z"),
    ],
    "executives": [{"role": "chief_executive", "name": "Priyanka Delacourt", "invented": True},
                   {"role": "chair", "name": "Sir Reginald Fothersby", "invented": True}],
}

TRUSTS["thh"] = {
    "name": "The Hillingdon Hospitals NHS Foundation Trust",
    "type": "acute",
    "region": "London",
    "city": "Uxbridge",
    "aliases": ["Hillingdon Hospitals", "THH", "Hillingdon Hospital", "Mount Vernon Hospital", "The Hillingdon Hospitals",
                "Hillingdon NHS"],
    "initials": "THH",
    "ods_codes": ["RAS"],
    "web_domains": ["thh.nhs.uk"],
    "phone_numbers": ["020 7946 0471", "020 7946 0623"],
    "sites": ["Hillingdon Hospital", "Mount Vernon Hospital"],
    "official_accounts": [
        acct("x", "HillingdonNHSFT", "1130227840", "Hillingdon Hospitals",
             "The Hillingdon Hospitals NHS Foundation Trust - Hillingdon Hospital in Uxbridge and Mount Vernon in "
             "Northwood. Staffed weekdays. Medical emergency? Dial 999.",
             15633, 1770, True, "2013-02-11T12:00:55Z"),
        acct("facebook", "HillingdonHospitals", "208846219975410", "The Hillingdon Hospitals NHS Foundation Trust",
             "Official page of Hillingdon and Mount Vernon hospitals. We read every comment but can't discuss "
             "individual care on Facebook - please contact PALS.",
             19820, 144, True, "2013-04-04T08:30:00Z"),
        acct("instagram", "hillingdonhospitals", "7028816632", "Hillingdon Hospitals",
             "Hillingdon & Mount Vernon hospitals. Meet our people 👩‍⚕️ Official THH account.",
             5560, 320, False, "2018-03-27T19:20:00Z"),
        acct("linkedin", "the-hillingdon-hospitals-nhs-foundation-trust", "1840772",
             "The Hillingdon Hospitals NHS Foundation Trust",
             "Acute care for Hillingdon and beyond, at Hillingdon Hospital and Mount Vernon Hospital. A new Hillingdon "
             "Hospital is being built. Roles are listed on NHS Jobs; applying is always free.",
             13209, 27, False),
        acct("x", "THH_Careers", "1301887564120334336", "THH Careers",
             "Work with us at Hillingdon and Mount Vernon hospitals. Vacancies via NHS Jobs. THH never charges fees to "
             "applicants.",
             1877, 503, False, "2020-09-04T14:04:04Z"),
    ],
    "executives": [{"role": "chief_executive", "name": "Dr Nkechi Aldercott", "invented": True},
                   {"role": "chair", "name": "Jonathan Stavely", "invented": True}],
}

TRUSTS["hiowh"] = {
    "name": "Hampshire and Isle of Wight Healthcare NHS Foundation Trust",
    "type": "community and mental health",
    "region": "South East",
    "city": "Southampton",
    "aliases": ["Hampshire and Isle of Wight Healthcare", "HIOWH", "HIOW Healthcare", "Hampshire and IOW Healthcare",
                "HIOW Healthcare NHS"],
    "initials": "HIOWH",
    "ods_codes": ["RW1"],
    "web_domains": ["hiowhealthcare.nhs.uk"],
    "phone_numbers": ["01632 960733", "01632 960846"],
    "sites": ["Antelope House", "Parklands Hospital", "Melbury Lodge", "St James' Hospital", "Lymington New Forest Hospital",
              "Gosport War Memorial Hospital"],
    "official_accounts": [
        acct("x", "HIOWHealthcare", "1838209911874560000", "HIOW Healthcare",
             "Hampshire and Isle of Wight Healthcare NHS Foundation Trust: community, mental health and learning "
             "disability care. Not monitored 24/7. In crisis? Call 111 and choose the mental health option.",
             6144, 820, True, "2024-09-23T08:00:00Z"),
        acct("facebook", "HIOWHealthcare", "61565523018790", "Hampshire and Isle of Wight Healthcare NHS Foundation Trust",
             "Official page for community, mental health and learning disability services across Hampshire and the "
             "Isle of Wight. Please don't share personal health details here.",
             12402, 77, True, "2024-09-25T10:00:00Z"),
        acct("instagram", "hiowhealthcare", "68811204413", "HIOW Healthcare",
             "Community & mental health NHS care for Hampshire and the Isle of Wight 💙 Official account.",
             3318, 410, False, "2024-10-01T12:00:00Z"),
        acct("linkedin", "hampshire-and-isle-of-wight-healthcare-nhs-foundation-trust", "101448230",
             "Hampshire and Isle of Wight Healthcare NHS Foundation Trust",
             "One of the largest providers of community, mental health and learning disability services in the south. "
             "Vacancies on NHS Jobs and Trac only. Recruitment is free of charge.",
             17688, 33, False),
        acct("bluesky", "hiowhealthcare.bsky.social", "did:plc:h7wq3ra2ncx5jmtv4zk6pdoe", "HIOW Healthcare",
             "Hampshire and Isle of Wight Healthcare NHS FT. Community, mental health and learning disability services.",
             402, 96, False, "2024-11-20T15:30:00Z"),
        acct("youtube", "HIOWHealthcare", "UCv3Kd9Rm7Qa2Wt5Ln8Xb4Hz", "HIOW Healthcare",
             "Videos from Hampshire and Isle of Wight Healthcare NHS Foundation Trust.", 290, 0, False,
             "2024-10-14T09:09:09Z"),
    ],
    "executives": [{"role": "chief_executive", "name": "Dr Imogen Threlfall", "invented": True},
                   {"role": "chair", "name": "Bartholomew Quaile", "invented": True}],
}

TRUSTS["shsc"] = {
    "name": "Sheffield Health and Social Care NHS Foundation Trust",
    "type": "mental health",
    "region": "North East and Yorkshire",
    "city": "Sheffield",
    "aliases": ["Sheffield Health and Social Care", "SHSC", "SHSC NHS", "Sheffield Health & Social Care"],
    "initials": "SHSC",
    "ods_codes": ["TAH"],
    "web_domains": ["shsc.nhs.uk"],
    "phone_numbers": ["0114 496 0318", "0114 496 0902"],
    "sites": ["Longley Centre", "Michael Carlisle Centre", "Forest Close", "Firshill Rise"],
    "official_accounts": [
        acct("x", "SHSCFT", "574332190", "SHSC",
             "Sheffield Health and Social Care NHS Foundation Trust - mental health, learning disability and specialist "
             "services for Sheffield. Not a crisis service: call 111 (option 2) or 999.",
             9988, 2402, True, "2012-05-08T10:20:30Z"),
        acct("facebook", "SHSCFT", "318220764901188", "Sheffield Health and Social Care NHS Foundation Trust",
             "Official page of SHSC. Mental health, learning disability and community services in Sheffield. This page "
             "is not monitored for crisis messages.",
             8740, 201, True, "2014-01-15T09:45:00Z"),
        acct("instagram", "shsc_nhs", "9012287415", "SHSC NHS",
             "Sheffield Health and Social Care NHS FT 💜 Recovery stories, staff and services. Not a crisis line.",
             2650, 700, False, "2019-06-06T16:16:16Z"),
        acct("linkedin", "sheffield-health-and-social-care-nhs-foundation-trust", "2284119",
             "Sheffield Health and Social Care NHS Foundation Trust",
             "Mental health, learning disability and specialist services for Sheffield. Roles advertised on NHS Jobs and "
             "Trac - we never ask candidates to pay.",
             8104, 24, False),
        acct("x", "SHSC_Careers", "1404412356098887681", "SHSC Careers",
             "Careers at Sheffield Health and Social Care. Vacancies on NHS Jobs. No fees, ever.",
             811, 290, False, "2021-06-14T11:00:00Z"),
    ],
    "executives": [{"role": "chief_executive", "name": "Farida Hollinrake", "invented": True},
                   {"role": "chair", "name": "Professor Desmond Ackerley", "invented": True}],
}

TRUSTS["bchft"] = {
    "name": "Black Country Healthcare NHS Foundation Trust",
    "type": "mental health and learning disability",
    "region": "Midlands",
    "city": "West Bromwich",
    "aliases": ["Black Country Healthcare", "BCHFT", "Black Country Healthcare NHS", "Black Country Healthcare NHS FT"],
    "initials": "BCHFT",
    "ods_codes": ["TAJ"],
    "web_domains": ["blackcountryhealthcare.nhs.uk"],
    "phone_numbers": ["0121 496 0555", "0121 496 0734"],
    "sites": ["Penn Hospital", "Hallam Street Hospital", "Dorothy Pattison Hospital", "Bushey Fields Hospital"],
    "official_accounts": [
        acct("x", "BlackCountryHC", "1224409187330342912", "Black Country Healthcare",
             "Black Country Healthcare NHS Foundation Trust: mental health, learning disability and community services "
             "for Dudley, Sandwell, Walsall & Wolverhampton. In crisis call 111.",
             5877, 1320, True, "2020-02-03T09:00:00Z"),
        acct("facebook", "BlackCountryHealthcare", "108830447420193", "Black Country Healthcare NHS Foundation Trust",
             "Official page of Black Country Healthcare NHS Foundation Trust. Mental health and learning disability "
             "services across the Black Country. Not monitored for emergencies.",
             10455, 160, True, "2020-04-01T08:00:00Z"),
        acct("instagram", "blackcountryhealthcare", "33420981176", "Black Country Healthcare NHS FT",
             "Mental health & learning disability NHS care in Dudley, Sandwell, Walsall and Wolverhampton 💙",
             2190, 350, False, "2020-05-11T12:30:00Z"),
        acct("tiktok", "bchft_nhs", "7166120034450199558", "Black Country Healthcare",
             "Official TikTok of Black Country Healthcare NHS FT. Wellbeing tips and life on our teams.",
             3550, 22, False, "2022-11-30T17:45:00Z"),
        acct("linkedin", "black-country-healthcare-nhs-foundation-trust", "65220137",
             "Black Country Healthcare NHS Foundation Trust",
             "Specialist mental health, learning disability and community healthcare for the Black Country. Vacancies "
             "via NHS Jobs and Trac; applications are free.",
             11720, 30, False),
    ],
    "executives": [{"role": "chief_executive", "name": "Dr Kwame Ravensworth", "invented": True},
                   {"role": "chair", "name": "Dame Lorna Whitcombe", "invented": True}],
}

# Per-Trust words used to build impersonating handles and lookalike domains (written by hand).
STEMS = {
    "tgicft": {"stem": ["tameside", "hospital"], "short": "Tameside Hospital", "city": "Tameside",
               "look": ["tgh-nhs.uk", "tgh.nhs-uk.com", "tgh-nhs.org.uk", "tgh.nhs.uk.patientportal.help",
                        "tghnhs-refunds.co.uk"]},
    "ect": {"stem": ["eastcheshire", "nhs"], "short": "East Cheshire NHS", "city": "Macclesfield",
            "look": ["eastcheshire-nhs.uk", "eastcheshirenhs.co.uk", "east-cheshire.nhs-trust.org",
                     "eastcheshire.nhs.uk-refunds.com", "eastchesire.nhs.uk"]},
    "mwl": {"stem": ["mwl", "nhs"], "short": "MWL NHS", "city": "St Helens",
            "look": ["merseywestlancs-nhs.uk", "merseywestlancsnhs.online", "mersey-westlancs.nhs-uk.net",
                     "merseywestlancs.nhs.uk.jobs-portal.com", "merseywestlanc.co.uk"]},
    "khft": {"stem": ["kingston", "hospital"], "short": "Kingston Hospital", "city": "Kingston",
             "look": ["kingstonhospital-nhs.uk", "kingston-hospital.org.uk", "kingstonhospital.nhs.uk.careers-portal.com",
                      "kingstonhospitaI-nhs.co.uk", "kingstonhosp1tal.info"]},
    "thh": {"stem": ["hillingdon", "hospitals"], "short": "Hillingdon Hospital", "city": "Uxbridge",
            "look": ["thh-nhs.co.uk", "thh.nhs-uk.net", "thh-nhs.help", "thh.nhs.uk.securepay.online", "thhnhs.org.uk"]},
    "hiowh": {"stem": ["hiow", "healthcare"], "short": "HIOW Healthcare", "city": "Southampton",
              "look": ["hiowhealthcare-nhs.uk", "hiow-healthcare.org.uk", "hiowhealthcare.help",
                       "hiowhealthcare.nhs.uk.support-desk.com", "hiowheathcare.co.uk"]},
    "shsc": {"stem": ["shsc", "nhs"], "short": "SHSC", "city": "Sheffield",
             "look": ["shsc-nhs.uk", "shscnhs.co.uk", "shsc.nhs.uk.secure-form.online", "shsc-nhs.help",
                      "shscfoundation.org"]},
    "bchft": {"stem": ["blackcountry", "healthcare"], "short": "Black Country Healthcare", "city": "Wolverhampton",
              "look": ["blackcountryhealthcare-nhs.uk", "blackcountry-healthcare.co.uk", "blackcountryhealthcare.info",
                       "blackcountryheathcare.org.uk", "blackcountryhealthcare.nhs.uk.donate-now.com"]},
}
