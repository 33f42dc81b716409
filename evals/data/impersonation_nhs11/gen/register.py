"""The ten Trusts of the eleventh set: register entries plus the few extra words the generator fills in.

Written from memory of public information and not verified online; executives are invented people.
"""

ABOUT = (
    "Trust register for TrustWatch's eleventh independent impersonation evaluation set (impersonation_nhs11). "
    "Trust names, ODS codes, web domains, hospital sites and the official social-media handles are written FROM MEMORY "
    "of public information and were NOT verified online; some handles may be wrong, renamed or out of date. Every "
    "account_id is INVENTED (platform-shaped only) and so are follower counts and creation dates. Official bios were "
    "written for this set in the style of NHS Trust bios; they are not copies of the real bios. Executives (chief "
    "executive and chair) are INVENTED people so that no real person is impersonated. Phone numbers are from Ofcom's "
    "drama-reserved ranges (01632 960xxx, 020 7946 0xxx, 0114 496 0xxx, 0121 496 0xxx, 0151 496 0xxx, 0161 496 0xxx, "
    "0117 496 0xxx) so no real switchboard is reached. No Trust here is given a Mastodon account. The set has ten "
    "Trusts and no ambulance Trust on purpose (all ambulance Trusts are used by other sets)."
)


def acct(platform, handle, display_name, bio, followers, following, verified, created_at, account_id):
    a = {"platform": platform, "handle": handle, "account_id": account_id, "display_name": display_name, "bio": bio,
         "followers": followers, "following": following, "verified": verified}
    if created_at:
        a["created_at"] = created_at
    return a


TRUSTS = [
    {
        "key": "dbth",
        "name": "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust",
        "type": "teaching",
        "region": "North East and Yorkshire",
        "city": "Doncaster",
        "aliases": ["Doncaster and Bassetlaw Teaching Hospitals", "DBTH", "DBTH NHS", "Doncaster Royal Infirmary", "DRI",
                    "Bassetlaw Hospital", "Montagu Hospital"],
        "initials": "DBTH",
        "ods_codes": ["RP5"],
        "web_domains": ["dbth.nhs.uk"],
        "phone_numbers": ["0114 496 0217", "0114 496 0388"],
        "sites": ["Doncaster Royal Infirmary", "Bassetlaw Hospital", "Montagu Hospital"],
        "official_accounts": [
            acct("x", "DBTHNHSFT", "DBTH NHS", "Doncaster and Bassetlaw Teaching Hospitals: DRI, Bassetlaw and Montagu. "
                 "Account watched in office hours. For emergencies ring 999, for advice NHS 111.", 21488, 1932, True,
                 "2011-09-14T10:02:51Z", "381944120"),
            acct("facebook", "DBTHNHSFT", "Doncaster and Bassetlaw Teaching Hospitals",
                 "News from Doncaster Royal Infirmary, Bassetlaw Hospital and Montagu Hospital. Please don't post personal "
                 "or medical details in comments.", 48210, 402, True, "2012-02-20T09:41:00Z", "214551907834412"),
            acct("instagram", "dbthnhsft", "DBTH NHS", "Official Instagram of Doncaster & Bassetlaw Teaching Hospitals 💙 "
                 "Our people, our wards, our patch.", 9120, 611, False, "2016-05-03T14:22:09Z", "3104472291"),
            acct("linkedin", "doncaster-and-bassetlaw-teaching-hospitals-nhs-foundation-trust",
                 "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust",
                 "Teaching hospital trust serving Doncaster, Bassetlaw and beyond. We advertise every vacancy on NHS Jobs "
                 "and never ask applicants for money.", 30155, 88, False, None, "1184630"),
            acct("youtube", "DBTHNHSFT", "DBTH NHS", "Films and patient information from Doncaster and Bassetlaw Teaching "
                 "Hospitals.", 1840, 12, False, "2013-06-11T08:00:12Z", "UCq7mD2kWb0xZr1LfTn4Hs9e"),
        ],
        "executives": [{"role": "chief_executive", "name": "Dr Helena Marchbank", "invented": True},
                       {"role": "chair", "name": "Roland Thistlewood", "invented": True}],
        "_fill": {"icb": "South Yorkshire", "short": "DBTH", "site": "Doncaster Royal Infirmary", "site2": "Bassetlaw Hospital", "town": "Doncaster",
                  "county": "South Yorkshire", "stem": "dbth", "long": "doncasterbassetlaw", "place": "doncaster",
                  "look": ["dbth-nhs.co.uk", "dbth.nhs-uk.help", "dbthnhs-refunds.com", "dbth-careers.org", "dbth.nhs.uk.patient-desk.online",
                           "dbthcharity.info"]},
    },
    {
        "key": "dudley",
        "name": "The Dudley Group NHS Foundation Trust",
        "type": "acute",
        "region": "Midlands",
        "city": "Dudley",
        "aliases": ["The Dudley Group", "Dudley Group", "DGFT", "Dudley Group NHS", "Russells Hall Hospital", "RHH",
                    "Corbett Outpatient Centre", "Guest Outpatient Centre"],
        "initials": "DGFT",
        "ods_codes": ["RNA"],
        "web_domains": ["dgft.nhs.uk"],
        "phone_numbers": ["0121 496 0642", "0121 496 0719"],
        "sites": ["Russells Hall Hospital", "Corbett Outpatient Centre", "Guest Outpatient Centre"],
        "official_accounts": [
            acct("x", "DudleyGroupNHS", "The Dudley Group", "Russells Hall Hospital, Corbett and Guest outpatient centres. "
                 "We can't give medical advice here; call 111 or 999 in an emergency.", 17730, 2210, True,
                 "2010-11-02T12:15:30Z", "217733904"),
            acct("facebook", "DudleyGroupNHS", "The Dudley Group NHS Foundation Trust",
                 "Official page for Russells Hall Hospital and our outpatient centres in the Black Country. Page checked "
                 "Monday to Friday, 9 to 5.", 39012, 350, True, "2011-04-19T16:03:44Z", "176205538812904"),
            acct("instagram", "dudleygroupnhs", "The Dudley Group NHS", "Proud to care for the Black Country 💙 Team stories "
                 "from Russells Hall, Corbett and Guest.", 7615, 842, False, "2017-01-26T11:47:18Z", "4910038275"),
            acct("linkedin", "the-dudley-group-nhs-foundation-trust", "The Dudley Group NHS Foundation Trust",
                 "Acute and community services for Dudley and the wider Black Country. All jobs are on NHS Jobs; we "
                 "never charge candidates.", 22480, 61, False, None, "563102"),
            acct("youtube", "DudleyGroupNHS", "The Dudley Group NHS FT", "Videos from The Dudley Group NHS Foundation Trust.",
                 960, 4, False, "2012-08-08T13:30:00Z", "UCh3kPz9TqLwN0aV8yXc2Rme"),
        ],
        "executives": [{"role": "chief_executive", "name": "Priyanka Vellacott", "invented": True},
                       {"role": "chair", "name": "Sir Desmond Harroway", "invented": True}],
        "_fill": {"icb": "the Black Country", "short": "the Dudley Group", "site": "Russells Hall Hospital", "site2": "Corbett Outpatient Centre",
                  "town": "Dudley", "county": "the Black Country", "stem": "dudleygroup", "long": "dudleygroupnhs",
                  "place": "dudley",
                  "look": ["dgft-nhs.co.uk", "dgft-dudleygroup.org", "dgft.nhs-support.help", "dgft-refund.com",
                           "dgftnhs.online", "russellshall-dgft.info"]},
    },
    {
        "key": "qeh",
        "name": "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust",
        "type": "acute",
        "region": "East of England",
        "city": "King's Lynn",
        "aliases": ["The Queen Elizabeth Hospital King's Lynn", "Queen Elizabeth Hospital King's Lynn", "The QEH", "QEH",
                    "QEH King's Lynn", "QEHKL", "Arthur Levin Day Surgery Centre"],
        "initials": "QEH",
        "ods_codes": ["RCX"],
        "web_domains": ["qehkl.nhs.uk"],
        "phone_numbers": ["01632 960 114", "01632 960 582"],
        "sites": ["The Queen Elizabeth Hospital", "Arthur Levin Day Surgery Centre"],
        "official_accounts": [
            acct("x", "QEHKingsLynn", "The QEH", "The Queen Elizabeth Hospital, King's Lynn, serving west Norfolk and the "
                 "fens. Not monitored 24/7. Emergencies: 999. Advice: 111.", 14422, 1188, True, "2011-06-30T07:55:02Z",
                 "324118065"),
            acct("facebook", "QEHKingsLynn", "The Queen Elizabeth Hospital King's Lynn",
                 "Welcome to the official Facebook page of The QEH in King's Lynn. Updates on visiting, services and our "
                 "new hospital. No personal details in comments please.", 33901, 275, True, "2012-01-09T10:20:40Z",
                 "151992340817763"),
            acct("instagram", "qehkingslynn", "The QEH King's Lynn", "Official Instagram of The Queen Elizabeth Hospital "
                 "King's Lynn 💙 west Norfolk's hospital.", 6230, 390, False, "2018-03-12T18:01:55Z", "7392015548"),
            acct("linkedin", "the-queen-elizabeth-hospital-king-s-lynn-nhs-foundation-trust",
                 "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust",
                 "Acute hospital for west Norfolk and parts of Lincolnshire and Cambridgeshire. We never take payment for "
                 "job applications, visas or certificates.", 15320, 40, False, None, "1448211"),
            acct("youtube", "QEHKingsLynn", "The QEH King's Lynn", "Patient films and news from The Queen Elizabeth Hospital.",
                 720, 3, False, "2014-10-02T09:10:10Z", "UCx1Fh6Ln2pWk9TmQa4Zr7Ub"),
        ],
        "executives": [{"role": "chief_executive", "name": "Graham Pellington", "invented": True},
                       {"role": "chair", "name": "Professor Ruth Amberley", "invented": True}],
        "_fill": {"icb": "Norfolk and Waveney", "short": "the QEH", "site": "The Queen Elizabeth Hospital", "site2": "Arthur Levin Day Surgery Centre",
                  "town": "King's Lynn", "county": "west Norfolk", "stem": "qehkl", "long": "qehkingslynn",
                  "place": "kingslynn",
                  "look": ["qehkl-nhs.co.uk", "qehkl.nhs-jobs.online", "qehkl-recruitment.com", "qehkl.org",
                           "qehkl-appeal.help", "theqehkl.info"]},
    },
    {
        "key": "rsft",
        "name": "Royal Surrey NHS Foundation Trust",
        "type": "acute",
        "region": "South East",
        "city": "Guildford",
        "aliases": ["Royal Surrey", "Royal Surrey NHS", "RSFT", "Royal Surrey County Hospital", "RSCH",
                    "St Luke's Cancer Centre", "Haslemere Community Hospital", "Milford Community Hospital"],
        "initials": "RSFT",
        "ods_codes": ["RA2"],
        "web_domains": ["royalsurrey.nhs.uk"],
        "phone_numbers": ["01632 960 241", "01632 960 903"],
        "sites": ["Royal Surrey County Hospital", "St Luke's Cancer Centre", "Haslemere Community Hospital",
                  "Milford Community Hospital"],
        "official_accounts": [
            acct("x", "RoyalSurreyNHS", "Royal Surrey", "Royal Surrey NHS Foundation Trust, Guildford: Royal Surrey County "
                 "Hospital, St Luke's Cancer Centre, Haslemere & Milford. Not for clinical queries.", 19804, 1402, True,
                 "2010-05-17T15:30:00Z", "144209872"),
            acct("facebook", "RoyalSurreyNHS", "Royal Surrey NHS Foundation Trust",
                 "Royal Surrey County Hospital and our community sites. We read messages in working hours and can't "
                 "discuss individual care on Facebook.", 27711, 190, True, "2011-10-05T08:45:12Z", "108834520991276"),
            acct("instagram", "royalsurreynhs", "Royal Surrey NHS", "Official Instagram for Royal Surrey NHS FT 💙 "
                 "Guildford, Haslemere, Milford & St Luke's.", 8905, 520, True, "2016-09-21T12:12:12Z", "2667019438"),
            acct("linkedin", "royal-surrey-nhs-foundation-trust", "Royal Surrey NHS Foundation Trust",
                 "Acute and specialist cancer services for Surrey and beyond. Recruitment is through NHS Jobs only; "
                 "no fees are ever charged.", 26410, 72, False, None, "901447"),
            acct("youtube", "RoyalSurreyNHS", "Royal Surrey NHS FT", "Videos from Royal Surrey NHS Foundation Trust.", 1210,
                 9, False, "2013-02-14T17:05:33Z", "UCd8Rr0VbWq3Jm5Ns2Ye7Hkt"),
        ],
        "executives": [{"role": "chief_executive", "name": "Dr Imogen Wrexley", "invented": True},
                       {"role": "chair", "name": "Malcolm Tenbury", "invented": True}],
        "_fill": {"icb": "Surrey Heartlands", "short": "Royal Surrey", "site": "Royal Surrey County Hospital", "site2": "St Luke's Cancer Centre",
                  "town": "Guildford", "county": "Surrey", "stem": "royalsurrey", "long": "royalsurreycounty",
                  "place": "guildford",
                  "look": ["royalsurrey-nhs.co.uk", "royalsurrey.org", "royal-surrey.help", "royalsurreynhs.online",
                           "royalsurrey-patientrefund.com", "royalsurrey.nhs-uk.info"]},
    },
    {
        "key": "bth",
        "name": "Blackpool Teaching Hospitals NHS Foundation Trust",
        "type": "teaching",
        "region": "North West",
        "city": "Blackpool",
        "aliases": ["Blackpool Teaching Hospitals", "BTH", "BTHFT", "Blackpool Victoria Hospital", "Blackpool Vic", "BVH",
                    "Clifton Hospital", "Fleetwood Hospital"],
        "initials": "BTH",
        "ods_codes": ["RXL"],
        "web_domains": ["bfwh.nhs.uk"],
        "phone_numbers": ["0161 496 0350", "0161 496 0871"],
        "sites": ["Blackpool Victoria Hospital", "Clifton Hospital", "Fleetwood Hospital"],
        "official_accounts": [
            acct("x", "BlackpoolHosp", "Blackpool Teaching Hospitals", "Blackpool Victoria, Clifton & Fleetwood hospitals "
                 "plus community services across the Fylde coast. Monitored in office hours.", 20340, 2680, True,
                 "2010-08-24T11:11:49Z", "180552317"),
            acct("facebook", "BlackpoolTeachingHospitals", "Blackpool Teaching Hospitals NHS Foundation Trust",
                 "Official page of Blackpool Teaching Hospitals. News, appeals for feedback and service updates. We can't "
                 "answer medical questions here.", 52119, 512, True, "2011-12-01T13:14:15Z", "133409876521130"),
            acct("instagram", "blackpoolhospitals", "Blackpool Teaching Hospitals", "The official Instagram of Blackpool "
                 "Teaching Hospitals NHS FT 💙 Fylde coast proud.", 7702, 655, False, "2017-07-07T07:07:07Z", "5531904417"),
            acct("linkedin", "blackpool-teaching-hospitals-nhs-foundation-trust",
                 "Blackpool Teaching Hospitals NHS Foundation Trust",
                 "Hospital and community care for Blackpool, Fylde and Wyre, plus specialist heart services for "
                 "Lancashire. Vacancies on NHS Jobs only.", 33870, 95, False, None, "2209418"),
            acct("youtube", "BlackpoolHospitals", "Blackpool Teaching Hospitals", "Films from Blackpool Teaching Hospitals "
                 "NHS Foundation Trust.", 1430, 2, False, "2012-03-03T10:00:00Z", "UCm2Qw8ZsTf4Hb7Kp1Lx9Vda"),
        ],
        "executives": [{"role": "chief_executive", "name": "Joanne Brackley", "invented": True},
                       {"role": "chair", "name": "Dr Kwame Ashworth", "invented": True}],
        "_fill": {"icb": "Lancashire and South Cumbria", "short": "Blackpool Teaching Hospitals", "site": "Blackpool Victoria Hospital", "site2": "Clifton Hospital",
                  "town": "Blackpool", "county": "the Fylde coast", "stem": "blackpoolvic", "long": "blackpoolhospitals",
                  "place": "blackpool",
                  "look": ["bfwh-nhs.co.uk", "bfwh.nhs-refund.help", "bfwh-blackpool.org", "bfwh-jobs.com",
                           "bfwhnhs.online", "bfwh.uk"]},
    },
    {
        "key": "wchc",
        "name": "Wirral Community Health and Care NHS Foundation Trust",
        "type": "community",
        "region": "North West",
        "city": "Birkenhead",
        "aliases": ["Wirral Community Health and Care", "WCHC", "Wirral Community NHS", "Wirral Community Health",
                    "St Catherine's Health Centre", "Victoria Central Health Centre"],
        "initials": "WCHC",
        "ods_codes": ["RY7"],
        "web_domains": ["wchc.nhs.uk"],
        "phone_numbers": ["0151 496 0164", "0151 496 0725"],
        "sites": ["St Catherine's Health Centre", "Victoria Central Health Centre"],
        "official_accounts": [
            acct("x", "WirralCommunity", "Wirral Community Health and Care", "Community health and care across Wirral: "
                 "district nursing, 0-19, urgent care and more. Not monitored out of hours.", 8840, 1990, True,
                 "2012-04-04T09:19:50Z", "551207934"),
            acct("facebook", "WirralCommunityNHS", "Wirral Community Health and Care NHS Foundation Trust",
                 "Official page of Wirral Community Health and Care. Service news, clinic changes and ways to get "
                 "involved. Please message us rather than post personal details.", 15402, 301, False,
                 "2013-05-15T15:15:15Z", "262418750096613"),
            acct("instagram", "wirralcommunitynhs", "Wirral Community NHS", "Wirral Community Health & Care NHS FT 💙 "
                 "Care closer to home, across the peninsula.", 2304, 410, False, "2019-02-02T12:00:40Z", "9903112740"),
            acct("linkedin", "wirral-community-health-and-care-nhs-foundation-trust",
                 "Wirral Community Health and Care NHS Foundation Trust",
                 "Community NHS services for people on Wirral. Every vacancy is on NHS Jobs; we will never ask you to "
                 "pay to apply.", 9915, 44, False, None, "3350192"),
        ],
        "executives": [{"role": "chief_executive", "name": "Lorraine Pickersgill", "invented": True},
                       {"role": "chair", "name": "Anthony Mereweather", "invented": True}],
        "_fill": {"icb": "Cheshire and Merseyside", "wards": ["the Community Rehab Team", "the Urgent Treatment Centre", "District Nursing (West)", "the 0-19 Team"], "short": "Wirral Community Health and Care", "site": "St Catherine's Health Centre",
                  "site2": "Victoria Central Health Centre", "town": "Birkenhead", "county": "Wirral", "stem": "wirralcomm",
                  "long": "wirralcommunityhealth", "place": "wirral",
                  "look": ["wchc-nhs.co.uk", "wchc.nhs-care.online", "wchc-wirral.org", "wchc-support.com",
                           "wchcnhs.info", "wchc.help"]},
    },
    {
        "key": "hrch",
        "name": "Hounslow and Richmond Community Healthcare NHS Trust",
        "type": "community",
        "region": "London",
        "city": "Twickenham",
        "aliases": ["Hounslow and Richmond Community Healthcare", "HRCH", "HRCH NHS", "Teddington Memorial Hospital", "TMH",
                    "Heart of Hounslow Centre for Health", "Whitton Corner Health and Social Care Centre"],
        "initials": "HRCH",
        "ods_codes": ["RY9"],
        "web_domains": ["hrch.nhs.uk"],
        "phone_numbers": ["020 7946 0153", "020 7946 0688"],
        "sites": ["Teddington Memorial Hospital", "Heart of Hounslow Centre for Health",
                  "Whitton Corner Health and Social Care Centre"],
        "official_accounts": [
            acct("x", "HRCHNHS", "HRCH NHS", "Hounslow and Richmond Community Healthcare NHS Trust. Community services, "
                 "Teddington Memorial Hospital and more. Office hours only; 111 for advice.", 7730, 2504, True,
                 "2011-03-18T14:40:02Z", "261903357"),
            acct("facebook", "HRCHNHS", "Hounslow and Richmond Community Healthcare NHS Trust",
                 "News from HRCH: community nursing, therapies, Teddington Memorial Hospital's urgent treatment centre "
                 "and more. We can't discuss your care here.", 6911, 280, False, "2014-01-21T10:10:10Z",
                 "187651002394855"),
            acct("instagram", "hrchnhs", "HRCH NHS", "Hounslow & Richmond Community Healthcare 💙 Our community teams, out and "
                 "about.", 1905, 330, False, "2019-08-19T08:19:08Z", "11203948571"),
            acct("linkedin", "hounslow-and-richmond-community-healthcare-nhs-trust",
                 "Hounslow and Richmond Community Healthcare NHS Trust",
                 "Community health services for Hounslow and Richmond. Jobs are advertised through NHS Jobs and Trac; "
                 "we never charge fees.", 8422, 37, False, None, "728831"),
        ],
        "executives": [{"role": "chief_executive", "name": "Dr Farah Lindqvist", "invented": True},
                       {"role": "chair", "name": "Dame Cecily Hartigan", "invented": True}],
        "_fill": {"icb": "South West London", "wards": ["Teddington Ward", "the Urgent Treatment Centre", "the Community Rehab Team", "District Nursing (Richmond)"], "short": "HRCH", "site": "Teddington Memorial Hospital", "site2": "Heart of Hounslow Centre for Health",
                  "town": "Hounslow", "county": "south west London", "stem": "hrch", "long": "hounslowrichmond",
                  "place": "hounslow",
                  "look": ["hrch-nhs.co.uk", "hrch.nhs-uk.online", "hrchcare.com", "hrch-nhs.org", "hrch.help",
                           "teddington-hrch.info"]},
    },
    {
        "key": "kmpt",
        "name": "Kent and Medway NHS and Social Care Partnership Trust",
        "type": "mental health",
        "region": "South East",
        "city": "Maidstone",
        "aliases": ["Kent and Medway Partnership Trust", "KMPT", "KMPT NHS", "Kent and Medway NHS and Social Care Partnership",
                    "Priority House", "Little Brook Hospital", "St Martin's Hospital"],
        "initials": "KMPT",
        "ods_codes": ["RXY"],
        "web_domains": ["kmpt.nhs.uk"],
        "phone_numbers": ["01632 960 377", "01632 960 456"],
        "sites": ["Priority House", "Little Brook Hospital", "St Martin's Hospital"],
        "official_accounts": [
            acct("x", "KMPTNHS", "KMPT", "Kent and Medway NHS and Social Care Partnership Trust: mental health services "
                 "for Kent and Medway. In crisis? Call NHS 111 and choose option 2.", 11209, 1710, True,
                 "2010-10-10T10:20:30Z", "201187446"),
            acct("facebook", "KMPTNHS", "Kent and Medway NHS and Social Care Partnership Trust",
                 "Official KMPT page: mental health news, recovery stories and service updates for Kent and Medway. Not "
                 "monitored round the clock; in a crisis call 111 option 2.", 12330, 220, False, "2012-11-11T11:11:11Z",
                 "119023457781302"),
            acct("instagram", "kmptnhs", "KMPT NHS", "Mental health care across Kent & Medway 💚 Official account. Crisis? "
                 "111 option 2.", 3410, 480, False, "2018-06-06T06:06:06Z", "8123390475"),
            acct("linkedin", "kent-and-medway-nhs-and-social-care-partnership-trust",
                 "Kent and Medway NHS and Social Care Partnership Trust",
                 "Specialist mental health services for 1.9 million people in Kent and Medway. We only recruit through "
                 "NHS Jobs and will never ask for payment.", 14208, 58, False, None, "1603372"),
            acct("youtube", "KMPTNHS", "KMPT NHS", "Films about mental health and recovery from KMPT.", 880, 6, False,
                 "2014-04-22T16:40:00Z", "UCp5Ty7Ba9Qk2Lm0Wd3Zs6Ne"),
        ],
        "executives": [{"role": "chief_executive", "name": "Martin Quennell", "invented": True},
                       {"role": "chair", "name": "Sunita Ravensworth", "invented": True}],
        "_fill": {"icb": "Kent and Medway", "wards": ["Amberwood Ward", "the Crisis Team", "the Mother and Baby Unit", "the Early Intervention Team"], "short": "KMPT", "site": "Priority House", "site2": "Little Brook Hospital", "town": "Maidstone",
                  "county": "Kent and Medway", "stem": "kmpt", "long": "kentmedwaynhs", "place": "kent",
                  "look": ["kmpt-nhs.co.uk", "kmpt.org", "kmpt-support.help", "kmptnhs.online", "kmpt-care.com",
                           "kmpt.nhs-trust.info"]},
    },
    {
        "key": "cft",
        "name": "Cornwall Partnership NHS Foundation Trust",
        "type": "mental health and community",
        "region": "South West",
        "city": "Bodmin",
        "aliases": ["Cornwall Partnership", "Cornwall Partnership NHS", "CFT", "Cornwall FT", "Bodmin Community Hospital",
                    "Longreach House", "St Austell Community Hospital"],
        "initials": "CFT",
        "ods_codes": ["RJ8"],
        "web_domains": ["cornwallft.nhs.uk"],
        "phone_numbers": ["0117 496 0258", "0117 496 0934"],
        "sites": ["Bodmin Community Hospital", "Longreach House", "St Austell Community Hospital"],
        "official_accounts": [
            acct("x", "CornwallFT", "Cornwall Partnership NHS", "Mental health, community hospitals and community care "
                 "across Cornwall and the Isles of Scilly. Account staffed weekdays.", 9050, 1220, True,
                 "2011-07-07T17:17:17Z", "329014852"),
            acct("facebook", "CornwallFT", "Cornwall Partnership NHS Foundation Trust",
                 "Official page of Cornwall Partnership NHS Foundation Trust. Community hospitals, mental health and "
                 "children's services news. We can't respond to clinical questions here.", 17008, 260, False,
                 "2012-09-09T09:09:09Z", "165230087412259"),
            acct("instagram", "cornwallft", "Cornwall Partnership NHS FT", "Kernow's community & mental health NHS trust 💙 "
                 "Official account.", 2760, 390, False, "2018-11-30T13:40:00Z", "8650274413"),
            acct("linkedin", "cornwall-partnership-nhs-foundation-trust", "Cornwall Partnership NHS Foundation Trust",
                 "Community and mental health services across Cornwall and the Isles of Scilly. Roles appear on NHS Jobs; "
                 "applying is always free.", 11450, 49, False, None, "2034817"),
        ],
        "executives": [{"role": "chief_executive", "name": "Tamsin Polglase", "invented": True},
                       {"role": "chair", "name": "Jory Trevanion", "invented": True}],
        "_fill": {"icb": "Cornwall and the Isles of Scilly", "wards": ["Fettle Ward", "the Crisis Team", "the Minor Injuries Unit", "the Community Rehab Team"], "short": "Cornwall Partnership", "site": "Bodmin Community Hospital", "site2": "Longreach House",
                  "town": "Bodmin", "county": "Cornwall", "stem": "cornwallft", "long": "cornwallpartnership",
                  "place": "cornwall",
                  "look": ["cornwallft-nhs.co.uk", "cornwallft.org", "cornwallft.help", "cornwallft-nhs.online",
                           "cornwallft-support.com", "cornwall-ft.info"]},
    },
    {
        "key": "tavi",
        "name": "Tavistock and Portman NHS Foundation Trust",
        "type": "specialist mental health",
        "region": "London",
        "city": "London",
        "aliases": ["The Tavistock and Portman", "Tavistock and Portman", "Tavistock and Portman NHS", "TPFT", "T&P",
                    "Tavistock Clinic", "The Tavistock Centre", "Portman Clinic"],
        "initials": "TPFT",
        "ods_codes": ["RNK"],
        "web_domains": ["tavistockandportman.nhs.uk"],
        "phone_numbers": ["020 7946 0412", "020 7946 0975"],
        "sites": ["The Tavistock Centre", "Portman Clinic"],
        "official_accounts": [
            acct("x", "TaviPortman", "Tavistock and Portman", "Tavistock and Portman NHS Foundation Trust: specialist "
                 "talking therapies, training and education. Not monitored for clinical enquiries.", 28730, 1105, True,
                 "2009-12-03T12:30:45Z", "97340216"),
            acct("facebook", "TavistockandPortman", "Tavistock and Portman NHS Foundation Trust",
                 "Official page of the Tavistock and Portman. Psychological therapies, training courses and events. We "
                 "can't give clinical advice on social media.", 14512, 190, False, "2012-05-25T14:14:14Z",
                 "104418763320918"),
            acct("instagram", "tavistockandportman", "Tavistock and Portman NHS", "Specialist mental health trust and "
                 "training centre 💙 Official account.", 5180, 260, False, "2018-01-15T10:45:00Z", "6609817423"),
            acct("linkedin", "tavistock-and-portman-nhs-foundation-trust", "Tavistock and Portman NHS Foundation Trust",
                 "Specialist mental health trust known for talking therapies and clinical training. We never charge "
                 "anyone to apply for a job.", 41207, 66, False, None, "157302"),
            acct("youtube", "TavistockandPortman", "Tavistock and Portman", "Lectures, talks and films from the Tavistock "
                 "and Portman.", 6620, 11, False, "2011-02-02T20:20:20Z", "UCs4Vn8Ld2Kq7Xw1Pb9Ht3Ja"),
        ],
        "executives": [{"role": "chief_executive", "name": "Dr Oliver Ashgrove", "invented": True},
                       {"role": "chair", "name": "Professor Miriam Eldridge", "invented": True}],
        "_fill": {"icb": "North Central London", "wards": ["the Adolescent Service", "the Adult Complex Needs Service", "the Family Mental Health Team", "the Trauma Service"], "short": "the Tavistock and Portman", "site": "the Tavistock Centre", "site2": "the Portman Clinic",
                  "town": "Belsize Park", "county": "north London", "stem": "taviportman", "long": "tavistockportman",
                  "place": "camden",
                  "look": ["tavistockandportman-nhs.co.uk", "tavistockandportman.org", "tavistock-portman.help",
                           "tavistockandportman.online", "tavistockportman-training.com", "tavistockandportman.info"]},
    },
]
