"""Trust register for evaluation set 18, written by hand from memory.

Names, ODS codes, web domains, sites and handles are from memory and were NOT verified online.
Executives are invented people. Phone numbers are Ofcom drama numbers. Account ids, follower
counts and creation dates are invented (platform-shaped only).
"""

ABOUT = (
    "Trust register for TrustWatch's independent impersonation evaluation set 18 (ten NHS Trusts in England). "
    "Trust names, ODS codes, web domains, hospital sites and official social-media handles were written FROM MEMORY "
    "of public information and were NOT verified online; some handles or domains may be wrong or out of date. "
    "Every account_id is INVENTED (platform-shaped only), as are follower counts and creation dates. Official bios "
    "were written by hand for this set in the style of NHS Trust bios; they are not copies of the real bios. "
    "The executives (chief executive and chair) are INVENTED people, so no real person is impersonated here. "
    "Phone numbers come from Ofcom's drama-reserved ranges (0115 496 0xxx, 0161 496 0xxx, 020 7946 0xxx, "
    "01632 960xxx and others) so no real switchboard is reached. The set has ten Trusts, not fifteen, and no "
    "ambulance Trust, because every ambulance Trust in England had already been used by earlier sets."
)

# Each entry: register fields, plus 'short', 'city', 'area', 'charity' used by the generator for scam text.
TRUSTS = {
    "swlstg": {
        "name": "South West London and St George's Mental Health NHS Trust",
        "type": "mental health",
        "region": "London",
        "city": "Tooting",
        "aliases": ["South West London and St George's", "SWLSTG", "SWLSTG NHS", "Springfield University Hospital",
                    "Springfield Hospital", "Tolworth Hospital"],
        "initials": "SWLSTG",
        "ods_codes": ["RQY"],
        "web_domains": ["swlstg.nhs.uk"],
        "phone_numbers": ["020 7946 0311", "020 7946 0582"],
        "sites": ["Springfield University Hospital", "Tolworth Hospital", "Queen Mary's Hospital Roehampton",
                  "Barnes Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "swlstg", "account_id": "2214470938", "display_name": "SWLSTG",
             "bio": "News from South West London and St George's Mental Health NHS Trust. Staffed Mon-Fri 9-5. "
                    "In a mental health crisis call NHS 111 and choose option 2.",
             "followers": 11873, "following": 2140, "verified": True, "created_at": "2011-10-18T09:12:44Z"},
            {"platform": "facebook", "handle": "swlstg", "account_id": "213449812064217",
             "display_name": "South West London and St George's Mental Health NHS Trust",
             "bio": "Mental health care for people in Kingston, Merton, Richmond, Sutton and Wandsworth. We can't "
                    "discuss individual care here - please contact your team directly.",
             "followers": 6021, "following": 188, "verified": True, "created_at": "2012-02-07T14:30:05Z"},
            {"platform": "instagram", "handle": "swlstg", "account_id": "4418203391", "display_name": "SWLSTG NHS",
             "bio": "Our people, our wards and our recovery stories 💚 Springfield, Tolworth & community teams. "
                    "Not for crisis support - call 111, option 2.",
             "followers": 3390, "following": 412, "verified": False, "created_at": "2017-03-21T11:02:59Z"},
            {"platform": "linkedin", "handle": "south-west-london-and-st-georges-mental-health-nhs-trust",
             "account_id": "1184620", "display_name": "South West London and St George's Mental Health NHS Trust",
             "bio": "Specialist and community mental health services for over a million people across five south "
                    "west London boroughs. Jobs are advertised on NHS Jobs and Trac only.",
             "followers": 24517, "following": 0, "verified": False},
            {"platform": "youtube", "handle": "SWLSTG", "account_id": "UCq7RtWm2xLpD9sKvB4nHc1e",
             "display_name": "SWLSTG",
             "bio": "Films about mental health, recovery and working at South West London and St George's.",
             "followers": 1206, "following": 0, "verified": False, "created_at": "2013-06-11T16:44:20Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Dr Imogen Threlfall", "invented": True},
            {"role": "chair", "name": "Bartholomew Quaye", "invented": True},
        ],
        "short": "South West London and St George's",
        "area": "south west London",
        "charity": "SWLSTG Charity",
    },
    "croydon": {
        "name": "Croydon Health Services NHS Trust",
        "type": "acute and community",
        "region": "London",
        "city": "Croydon",
        "aliases": ["Croydon Health Services", "CHS", "Croydon University Hospital", "Purley War Memorial Hospital"],
        "initials": "CHS",
        "ods_codes": ["RJ6"],
        "web_domains": ["croydonhealthservices.nhs.uk"],
        "phone_numbers": ["020 7946 0274", "020 7946 0719"],
        "sites": ["Croydon University Hospital", "Purley War Memorial Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "CroydonHealth", "account_id": "556120784",
             "display_name": "Croydon Health Services",
             "bio": "Croydon University Hospital, Purley War Memorial Hospital and community health services for "
                    "Croydon. Not monitored 24/7 - in an emergency dial 999.",
             "followers": 15409, "following": 1833, "verified": True, "created_at": "2012-04-17T08:55:31Z"},
            {"platform": "facebook", "handle": "CroydonHealthServices", "account_id": "158830270884512",
             "display_name": "Croydon Health Services NHS Trust",
             "bio": "The official Facebook page for Croydon Health Services NHS Trust. Please don't post personal "
                    "or medical information in the comments.",
             "followers": 12877, "following": 96, "verified": True, "created_at": "2012-09-03T10:20:11Z"},
            {"platform": "instagram", "handle": "croydonhealthservices", "account_id": "5530981127",
             "display_name": "Croydon Health Services NHS",
             "bio": "Caring for Croydon at home, in the community and at Croydon University Hospital 💙 "
                    "Behind the scenes with our teams.",
             "followers": 4410, "following": 301, "verified": False, "created_at": "2017-08-29T13:41:00Z"},
            {"platform": "linkedin", "handle": "croydon-health-services-nhs-trust", "account_id": "2261507",
             "display_name": "Croydon Health Services NHS Trust",
             "bio": "Integrated hospital and community NHS services for Croydon's 390,000 residents. We only "
                    "recruit through NHS Jobs and never ask candidates for payment.",
             "followers": 19830, "following": 0, "verified": False},
            {"platform": "youtube", "handle": "CroydonHealthServices", "account_id": "UCb3XnV8qTz0LmW5jR2kPd7s",
             "display_name": "Croydon Health Services",
             "bio": "Videos from Croydon Health Services NHS Trust.",
             "followers": 870, "following": 0, "verified": False, "created_at": "2014-01-22T15:07:48Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Oluwaseun Hartigan", "invented": True},
            {"role": "chair", "name": "Dr Felicity Ambridge", "invented": True},
        ],
        "short": "Croydon Health Services",
        "area": "Croydon",
        "charity": "Croydon Health Charity",
    },
    "whh": {
        "name": "Warrington and Halton Teaching Hospitals NHS Foundation Trust",
        "type": "acute",
        "region": "North West",
        "city": "Warrington",
        "aliases": ["Warrington and Halton Teaching Hospitals", "Warrington and Halton Hospitals", "WHH",
                    "Warrington Hospital", "Halton Hospital", "Cheshire and Merseyside Treatment Centre"],
        "initials": "WHH",
        "ods_codes": ["RWW"],
        "web_domains": ["whh.nhs.uk"],
        "phone_numbers": ["0161 496 0732", "0161 496 0158"],
        "sites": ["Warrington Hospital", "Halton Hospital", "Cheshire and Merseyside Treatment Centre"],
        "official_accounts": [
            {"platform": "x", "handle": "WHHNHS", "account_id": "870334125",
             "display_name": "Warrington and Halton Hospitals",
             "bio": "Official account of Warrington and Halton Teaching Hospitals NHS FT. Warrington Hospital, "
                    "Halton Hospital & CMTC. Monitored in office hours only.",
             "followers": 17322, "following": 2904, "verified": True, "created_at": "2012-10-09T12:13:14Z"},
            {"platform": "facebook", "handle": "WHHNHS", "account_id": "392015574213889",
             "display_name": "Warrington and Halton Teaching Hospitals NHS Foundation Trust",
             "bio": "Welcome to Warrington and Halton Teaching Hospitals. News, updates and stories from our "
                    "hospitals. For clinical queries please contact the ward or PALS.",
             "followers": 26540, "following": 143, "verified": True, "created_at": "2013-05-14T09:40:02Z"},
            {"platform": "instagram", "handle": "whhnhs", "account_id": "6620184593", "display_name": "WHH NHS",
             "bio": "Warrington Hospital • Halton Hospital • Cheshire & Merseyside Treatment Centre 💙 "
                    "Celebrating our #TeamWHH",
             "followers": 5208, "following": 610, "verified": False, "created_at": "2018-01-30T17:22:45Z"},
            {"platform": "linkedin", "handle": "warrington-and-halton-teaching-hospitals-nhs-foundation-trust",
             "account_id": "3309174", "display_name": "Warrington and Halton Teaching Hospitals NHS Foundation Trust",
             "bio": "Teaching hospital trust serving Warrington, Halton and the surrounding areas. Our vacancies "
                    "appear on NHS Jobs; we never charge recruitment fees.",
             "followers": 21766, "following": 0, "verified": False},
            {"platform": "bluesky", "handle": "whhnhs.bsky.social", "account_id": "did:plc:w4hhq7nrz2ks5tdm3xvb6ycl",
             "display_name": "Warrington and Halton Hospitals",
             "bio": "Official Bluesky account of Warrington and Halton Teaching Hospitals NHS Foundation Trust. "
                    "Not for medical advice.",
             "followers": 1934, "following": 211, "verified": False, "created_at": "2024-11-19T10:05:37Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Ravindra Kettleborough", "invented": True},
            {"role": "chair", "name": "Marjorie Duquesne", "invented": True},
        ],
        "short": "Warrington and Halton Hospitals",
        "area": "Warrington and Halton",
        "charity": "WHH Charity",
    },
    "coch": {
        "name": "Countess of Chester Hospital NHS Foundation Trust",
        "type": "acute",
        "region": "North West",
        "city": "Chester",
        "aliases": ["Countess of Chester Hospital", "Countess of Chester", "The Countess", "COCH",
                    "Ellesmere Port Hospital"],
        "initials": "COCH",
        "ods_codes": ["RJR"],
        "web_domains": ["coch.nhs.uk"],
        "phone_numbers": ["0151 496 0623", "0151 496 0907"],
        "sites": ["Countess of Chester Hospital", "Ellesmere Port Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "COCHNHS", "account_id": "1398820461",
             "display_name": "Countess of Chester Hospital",
             "bio": "Official account of the Countess of Chester Hospital NHS Foundation Trust. We can't respond "
                    "to clinical questions here. Emergency? Dial 999.",
             "followers": 13045, "following": 1517, "verified": True, "created_at": "2013-05-02T07:48:19Z"},
            {"platform": "facebook", "handle": "CountessofChesterHospital", "account_id": "547128830914471",
             "display_name": "Countess of Chester Hospital NHS Foundation Trust",
             "bio": "Official page of the Countess of Chester Hospital and Ellesmere Port Hospital. Comments are "
                    "moderated during office hours.",
             "followers": 31208, "following": 77, "verified": True, "created_at": "2012-11-26T16:18:51Z"},
            {"platform": "instagram", "handle": "countessofchesterhospital", "account_id": "7290114458",
             "display_name": "The Countess of Chester Hospital",
             "bio": "Life at the Countess 🏥 Chester & Ellesmere Port. Official account - please don't share "
                    "personal health details.",
             "followers": 4877, "following": 356, "verified": False, "created_at": "2018-06-12T08:31:26Z"},
            {"platform": "linkedin", "handle": "countess-of-chester-hospital-nhs-foundation-trust",
             "account_id": "785503", "display_name": "Countess of Chester Hospital NHS Foundation Trust",
             "bio": "Acute hospital care for Chester, Ellesmere Port and West Cheshire. All current vacancies are "
                    "listed on NHS Jobs.",
             "followers": 14420, "following": 0, "verified": False},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Dr Alasdair Penhaligon", "invented": True},
            {"role": "chair", "name": "Winifred Oyelaran", "invented": True},
        ],
        "short": "Countess of Chester Hospital",
        "area": "West Cheshire",
        "charity": "Countess Charity",
    },
    "ncic": {
        "name": "North Cumbria Integrated Care NHS Foundation Trust",
        "type": "acute and community",
        "region": "North East and Yorkshire",
        "city": "Carlisle",
        "aliases": ["North Cumbria Integrated Care", "NCIC", "NCIC NHS", "Cumberland Infirmary",
                    "West Cumberland Hospital", "Penrith Community Hospital"],
        "initials": "NCIC",
        "ods_codes": ["RNN"],
        "web_domains": ["ncic.nhs.uk"],
        "phone_numbers": ["01632 960418", "01632 960853"],
        "sites": ["Cumberland Infirmary", "West Cumberland Hospital", "Penrith Community Hospital",
                  "Workington Community Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "NCICNHS", "account_id": "1139054877",
             "display_name": "North Cumbria Integrated Care",
             "bio": "Hospital and community health care across north Cumbria - Cumberland Infirmary, West "
                    "Cumberland Hospital and community hospitals. Monitored 9-5 weekdays.",
             "followers": 9761, "following": 1288, "verified": True, "created_at": "2013-01-15T11:26:40Z"},
            {"platform": "facebook", "handle": "NCICNHS", "account_id": "610955238801246",
             "display_name": "North Cumbria Integrated Care NHS Foundation Trust",
             "bio": "Official page of North Cumbria Integrated Care NHS Foundation Trust. News, service updates "
                    "and recruitment for Carlisle, Whitehaven, Penrith and beyond.",
             "followers": 22190, "following": 64, "verified": True, "created_at": "2014-03-04T13:09:27Z"},
            {"platform": "instagram", "handle": "ncicnhs", "account_id": "8812467730", "display_name": "NCIC NHS",
             "bio": "Working in one of the most beautiful corners of England 🏔️ Cumberland Infirmary · West "
                    "Cumberland Hospital · community teams",
             "followers": 3122, "following": 287, "verified": False, "created_at": "2019-09-02T09:55:13Z"},
            {"platform": "linkedin", "handle": "north-cumbria-integrated-care-nhs-foundation-trust",
             "account_id": "18220417", "display_name": "North Cumbria Integrated Care NHS Foundation Trust",
             "bio": "Integrated hospital and community services for around 320,000 people in north Cumbria. "
                    "Apply for our roles on NHS Jobs or Trac.",
             "followers": 11957, "following": 0, "verified": False},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Harriet Lowthwaite", "invented": True},
            {"role": "chair", "name": "Professor Dominic Ashgill", "invented": True},
        ],
        "short": "North Cumbria Integrated Care",
        "area": "north Cumbria",
        "charity": "NCIC Charity",
    },
    "uhdb": {
        "name": "University Hospitals of Derby and Burton NHS Foundation Trust",
        "type": "acute",
        "region": "Midlands",
        "city": "Derby",
        "aliases": ["University Hospitals of Derby and Burton", "UHDB", "Royal Derby Hospital",
                    "Queen's Hospital Burton", "Samuel Johnson Community Hospital", "Sir Robert Peel Community Hospital",
                    "London Road Community Hospital"],
        "initials": "UHDB",
        "ods_codes": ["RTG"],
        "web_domains": ["uhdb.nhs.uk"],
        "phone_numbers": ["0115 496 0345", "0115 496 0891"],
        "sites": ["Royal Derby Hospital", "Queen's Hospital Burton", "Samuel Johnson Community Hospital",
                  "Sir Robert Peel Community Hospital", "London Road Community Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "UHDBTrust", "account_id": "955731804", "display_name": "UHDB",
             "bio": "University Hospitals of Derby and Burton NHS FT - Royal Derby, Queen's Burton, Samuel Johnson, "
                    "Sir Robert Peel & London Road. Not monitored 24/7.",
             "followers": 28610, "following": 3377, "verified": True, "created_at": "2012-11-07T10:34:58Z"},
            {"platform": "facebook", "handle": "UHDBTrust", "account_id": "1021466781255930",
             "display_name": "University Hospitals of Derby and Burton NHS Foundation Trust",
             "bio": "Official page for University Hospitals of Derby and Burton. We run five hospitals across "
                    "Derbyshire and Staffordshire. Please keep comments kind.",
             "followers": 61302, "following": 210, "verified": True, "created_at": "2018-07-01T08:00:16Z"},
            {"platform": "instagram", "handle": "uhdbtrust", "account_id": "9403317265", "display_name": "UHDB",
             "bio": "Official Instagram of University Hospitals of Derby and Burton NHS 💙 Stories from Royal Derby, "
                    "Queen's Burton and our community hospitals.",
             "followers": 9945, "following": 733, "verified": True, "created_at": "2018-07-03T12:47:09Z"},
            {"platform": "linkedin", "handle": "university-hospitals-of-derby-and-burton-nhs-foundation-trust",
             "account_id": "28001534", "display_name": "University Hospitals of Derby and Burton NHS Foundation Trust",
             "bio": "One of the largest NHS trusts in the Midlands, employing over 13,000 colleagues. We advertise "
                    "vacancies on NHS Jobs and never ask applicants for fees.",
             "followers": 47219, "following": 0, "verified": False},
            {"platform": "youtube", "handle": "UHDBTrust", "account_id": "UCn5KpW2dRv8XyT0qLm3Jb6f",
             "display_name": "UHDB",
             "bio": "Videos from University Hospitals of Derby and Burton NHS Foundation Trust.",
             "followers": 2480, "following": 0, "verified": False, "created_at": "2018-09-14T14:14:02Z"},
            {"platform": "tiktok", "handle": "uhdbtrust", "account_id": "6918843370215566337",
             "display_name": "UHDB NHS",
             "bio": "Official TikTok of University Hospitals of Derby and Burton 🏥 Not for medical advice.",
             "followers": 14033, "following": 58, "verified": False, "created_at": "2021-02-11T18:30:44Z"},
            {"platform": "x", "handle": "UHDBcareers", "account_id": "1093552816907718656",
             "display_name": "UHDB Careers",
             "bio": "Jobs and careers at University Hospitals of Derby and Burton. We never charge for "
                    "applications - all our vacancies are on NHS Jobs.",
             "followers": 3915, "following": 822, "verified": True, "created_at": "2019-02-10T09:41:12Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Gwendolyn Fairbrass", "invented": True},
            {"role": "chair", "name": "Sir Anthony Mardle", "invented": True},
        ],
        "short": "University Hospitals of Derby and Burton",
        "area": "Derby and Burton",
        "charity": "UHDB Charity",
    },
    "ngh": {
        "name": "Northampton General Hospital NHS Trust",
        "type": "acute",
        "region": "Midlands",
        "city": "Northampton",
        "aliases": ["Northampton General Hospital", "Northampton General", "NGH", "Danetre Hospital"],
        "initials": "NGH",
        "ods_codes": ["RNS"],
        "web_domains": ["northamptongeneral.nhs.uk"],
        "phone_numbers": ["0116 496 0264", "0116 496 0537"],
        "sites": ["Northampton General Hospital", "Danetre Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "NGHnews", "account_id": "337815502",
             "display_name": "Northampton General Hospital",
             "bio": "News from Northampton General Hospital NHS Trust. Not monitored 24/7. For complaints contact "
                    "PALS; in an emergency call 999.",
             "followers": 14988, "following": 1406, "verified": True, "created_at": "2011-07-20T15:51:03Z"},
            {"platform": "facebook", "handle": "NorthamptonGeneralHospital", "account_id": "184207734957126",
             "display_name": "Northampton General Hospital NHS Trust",
             "bio": "Official page for Northampton General Hospital and Danetre Hospital, Daventry. We cannot give "
                    "medical advice on social media.",
             "followers": 38754, "following": 120, "verified": True, "created_at": "2011-09-29T12:12:40Z"},
            {"platform": "instagram", "handle": "northamptongeneral", "account_id": "3317650248",
             "display_name": "Northampton General Hospital",
             "bio": "Official account of NGH 💙 Meet the people behind our wards, clinics and theatres.",
             "followers": 6702, "following": 498, "verified": False, "created_at": "2016-05-18T10:28:37Z"},
            {"platform": "linkedin", "handle": "northampton-general-hospital-nhs-trust", "account_id": "607733",
             "display_name": "Northampton General Hospital NHS Trust",
             "bio": "Acute hospital serving Northampton and the surrounding area, working in partnership with "
                    "Kettering General. Vacancies on NHS Jobs.",
             "followers": 18311, "following": 0, "verified": False},
            {"platform": "bluesky", "handle": "nghnews.bsky.social", "account_id": "did:plc:n6ghe2wqk7vx4mrt5zpa3jdo",
             "display_name": "Northampton General Hospital",
             "bio": "News from Northampton General Hospital NHS Trust on Bluesky. Not monitored out of hours.",
             "followers": 1147, "following": 96, "verified": False, "created_at": "2024-11-21T14:40:09Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Desmond Achterberg", "invented": True},
            {"role": "chair", "name": "Dr Rosalind Mapperley", "invented": True},
        ],
        "short": "Northampton General Hospital",
        "area": "Northamptonshire",
        "charity": "NGH Charity",
    },
    "whth": {
        "name": "West Hertfordshire Teaching Hospitals NHS Trust",
        "type": "acute",
        "region": "East of England",
        "city": "Watford",
        "aliases": ["West Hertfordshire Teaching Hospitals", "West Herts Hospitals", "West Herts", "WHTH",
                    "Watford General Hospital", "St Albans City Hospital", "Hemel Hempstead Hospital"],
        "initials": "WHTH",
        "ods_codes": ["RWG"],
        "web_domains": ["westhertshospitals.nhs.uk"],
        "phone_numbers": ["01632 960172", "01632 960649"],
        "sites": ["Watford General Hospital", "St Albans City Hospital", "Hemel Hempstead Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "WestHertsNHS", "account_id": "1465309222",
             "display_name": "West Herts Teaching Hospitals",
             "bio": "Official account of West Hertfordshire Teaching Hospitals NHS Trust - Watford General, St "
                    "Albans City and Hemel Hempstead hospitals. Not for medical advice.",
             "followers": 16204, "following": 2051, "verified": True, "created_at": "2013-05-29T08:17:36Z"},
            {"platform": "facebook", "handle": "WestHertsNHS", "account_id": "478210933355902",
             "display_name": "West Hertfordshire Teaching Hospitals NHS Trust",
             "bio": "News and updates from Watford General, St Albans City and Hemel Hempstead hospitals. We can't "
                    "answer questions about individual care here.",
             "followers": 20935, "following": 88, "verified": True, "created_at": "2013-06-03T11:45:52Z"},
            {"platform": "instagram", "handle": "westhertsnhs", "account_id": "5017742893",
             "display_name": "West Herts Hospitals",
             "bio": "Official 📸 of West Hertfordshire Teaching Hospitals NHS Trust. Watford · St Albans · "
                    "Hemel Hempstead",
             "followers": 4561, "following": 389, "verified": False, "created_at": "2017-04-04T19:03:21Z"},
            {"platform": "linkedin", "handle": "west-hertfordshire-teaching-hospitals-nhs-trust",
             "account_id": "1530442", "display_name": "West Hertfordshire Teaching Hospitals NHS Trust",
             "bio": "Acute care for half a million people in west Hertfordshire and beyond. All of our jobs are "
                    "posted on NHS Jobs and Trac.",
             "followers": 20174, "following": 0, "verified": False},
            {"platform": "x", "handle": "WestHertsJobs", "account_id": "3027718455",
             "display_name": "West Herts Hospitals Jobs",
             "bio": "Careers at West Hertfordshire Teaching Hospitals. Applications are free and only through NHS "
                    "Jobs or Trac.",
             "followers": 2286, "following": 540, "verified": True, "created_at": "2015-02-23T13:36:18Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Priyanka Wolstenholme", "invented": True},
            {"role": "chair", "name": "Cuthbert Nwachukwu-Hale", "invented": True},
        ],
        "short": "West Herts Hospitals",
        "area": "west Hertfordshire",
        "charity": "West Herts Hospitals Charity",
    },
    "sash": {
        "name": "Surrey and Sussex Healthcare NHS Trust",
        "type": "acute",
        "region": "South East",
        "city": "Redhill",
        "aliases": ["Surrey and Sussex Healthcare", "SASH", "East Surrey Hospital", "Crawley Hospital",
                    "Horsham Hospital", "Caterham Dene Hospital"],
        "initials": "SASH",
        "ods_codes": ["RTP"],
        "web_domains": ["sash.nhs.uk"],
        "phone_numbers": ["0118 496 0427", "0118 496 0785"],
        "sites": ["East Surrey Hospital", "Crawley Hospital", "Horsham Hospital", "Caterham Dene Hospital"],
        "official_accounts": [
            {"platform": "x", "handle": "SASHNHS", "account_id": "714402963",
             "display_name": "Surrey and Sussex Healthcare",
             "bio": "Official account of Surrey and Sussex Healthcare NHS Trust - East Surrey Hospital and services "
                    "in Crawley, Horsham and Caterham. Monitored on weekdays.",
             "followers": 12650, "following": 1745, "verified": True, "created_at": "2012-07-24T09:58:27Z"},
            {"platform": "facebook", "handle": "SASHNHS", "account_id": "309881245570118",
             "display_name": "Surrey and Sussex Healthcare NHS Trust",
             "bio": "Welcome to the official Facebook page of Surrey and Sussex Healthcare NHS Trust. For help with "
                    "your care please contact our PALS team.",
             "followers": 17409, "following": 51, "verified": True, "created_at": "2012-08-13T14:22:35Z"},
            {"platform": "instagram", "handle": "sashnhs", "account_id": "2093385716", "display_name": "SASH NHS",
             "bio": "Official Instagram of Surrey and Sussex Healthcare 💙 East Surrey Hospital, Redhill and our "
                    "community sites.",
             "followers": 3870, "following": 264, "verified": False, "created_at": "2016-10-10T07:39:58Z"},
            {"platform": "linkedin", "handle": "surrey-and-sussex-healthcare-nhs-trust", "account_id": "440981",
             "display_name": "Surrey and Sussex Healthcare NHS Trust",
             "bio": "Acute and community services from East Surrey Hospital in Redhill and sites in Crawley, "
                    "Horsham and Caterham. We recruit only via NHS Jobs and Trac.",
             "followers": 15022, "following": 0, "verified": False},
            {"platform": "bluesky", "handle": "sashnhs.bsky.social", "account_id": "did:plc:s7ashq2mvz4wkt6nre3ydpb5",
             "display_name": "SASH NHS",
             "bio": "Surrey and Sussex Healthcare NHS Trust on Bluesky. Not monitored 24/7 - in an emergency "
                    "dial 999.",
             "followers": 802, "following": 133, "verified": False, "created_at": "2024-11-25T08:12:50Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Dr Leopold Varnavides", "invented": True},
            {"role": "chair", "name": "Annunziata Croxley", "invented": True},
        ],
        "short": "Surrey and Sussex Healthcare",
        "area": "east Surrey and north West Sussex",
        "charity": "SASH Charity",
    },
    "stsft": {
        "name": "South Tyneside and Sunderland NHS Foundation Trust",
        "type": "acute and community",
        "region": "North East and Yorkshire",
        "city": "Sunderland",
        "aliases": ["South Tyneside and Sunderland", "STSFT", "Sunderland Royal Hospital",
                    "South Tyneside District Hospital", "Sunderland Eye Infirmary"],
        "initials": "STSFT",
        "ods_codes": ["R0B"],
        "web_domains": ["stsft.nhs.uk"],
        "phone_numbers": ["0191 498 0216", "0191 498 0674"],
        "sites": ["Sunderland Royal Hospital", "South Tyneside District Hospital", "Sunderland Eye Infirmary"],
        "official_accounts": [
            {"platform": "x", "handle": "STSFTnhs", "account_id": "1011472208377651200",
             "display_name": "South Tyneside and Sunderland NHS",
             "bio": "Official account of South Tyneside and Sunderland NHS Foundation Trust - Sunderland Royal, "
                    "South Tyneside District Hospital & community services.",
             "followers": 19377, "following": 2188, "verified": True, "created_at": "2018-06-25T11:11:42Z"},
            {"platform": "facebook", "handle": "STSFTnhs", "account_id": "102887663044551",
             "display_name": "South Tyneside and Sunderland NHS Foundation Trust",
             "bio": "The only official Facebook page of South Tyneside and Sunderland NHS Foundation Trust. Please "
                    "report any page pretending to be us.",
             "followers": 44716, "following": 73, "verified": True, "created_at": "2019-04-01T09:00:33Z"},
            {"platform": "instagram", "handle": "stsftnhs", "account_id": "10228475311", "display_name": "STSFT",
             "bio": "Sunderland Royal • South Tyneside District • Sunderland Eye Infirmary 💙 Official account, not "
                    "for medical advice.",
             "followers": 7011, "following": 540, "verified": False, "created_at": "2019-04-02T15:47:18Z"},
            {"platform": "linkedin", "handle": "south-tyneside-and-sunderland-nhs-foundation-trust",
             "account_id": "30155872", "display_name": "South Tyneside and Sunderland NHS Foundation Trust",
             "bio": "Hospital and community care for 470,000 people in South Tyneside and Sunderland. Genuine "
                    "vacancies are on NHS Jobs - we never charge fees.",
             "followers": 26630, "following": 0, "verified": False},
            {"platform": "tiktok", "handle": "stsftnhs", "account_id": "7104417785093321734",
             "display_name": "STSFT NHS",
             "bio": "Behind the scenes at South Tyneside and Sunderland NHS FT 🎥 Official account.",
             "followers": 8840, "following": 31, "verified": False, "created_at": "2022-05-30T16:20:05Z"},
        ],
        "executives": [
            {"role": "chief_executive", "name": "Fenella Throckley", "invented": True},
            {"role": "chair", "name": "Professor Kwabena Ridsdale", "invented": True},
        ],
        "short": "South Tyneside and Sunderland",
        "area": "South Tyneside and Sunderland",
        "charity": "STSFT Charity",
    },
}

# Extra generator-only fields, not written to trusts.json
GEN_ONLY = ("short", "area", "charity")
