"""Trust register for set 13, written from memory (see SOURCES.md). Standard library only."""

ABOUT = ("Trust register for TrustWatch's independent impersonation evaluation set 13. Trust names, ODS codes, web "
         "domains, hospital sites and official social-media handles were written from memory of public information "
         "and were not verified online; some handles may be wrong or out of date. Every account_id, follower count "
         "and creation date is invented (platform-shaped only). Official bios were written for this set and are not "
         "copies of real bios. Executives (chief executive and chair) are invented people, so no real person is "
         "impersonated. Phone numbers come from Ofcom's drama-reserved ranges.")

# key: (name, type, region, city, initials, ods, domain, phones, sites, extra aliases, official accounts, executives)
# official account: (platform, handle, display_name, bio)
TRUSTS = {
    "rwt": dict(
        name="The Royal Wolverhampton NHS Trust", type="acute teaching", region="Midlands", city="Wolverhampton",
        initials="RWT", ods="RL4", domain="royalwolverhampton.nhs.uk", phones=["0121 496 0711", "0121 496 0712"],
        sites=["New Cross Hospital", "Cannock Chase Hospital", "West Park Hospital"],
        aliases=["Royal Wolverhampton", "RWT", "RWT NHS", "New Cross"],
        accounts=[("x", "RWT_NHS", "Royal Wolverhampton NHS Trust", "News from The Royal Wolverhampton NHS Trust - New Cross, Cannock Chase and West Park hospitals. Account checked in office hours. Emergencies: 999."),
                  ("facebook", "RoyalWolverhamptonNHS", "The Royal Wolverhampton NHS Trust", "Official page of The Royal Wolverhampton NHS Trust. We never ask for payment or bank details through Facebook messages."),
                  ("instagram", "rwt_nhs", "Royal Wolverhampton NHS", "Behind the scenes at New Cross, Cannock Chase & West Park 💙 Official RWT account. No medical advice in DMs."),
                  ("linkedin", "the-royal-wolverhampton-nhs-trust", "The Royal Wolverhampton NHS Trust", "Acute and community services for Wolverhampton and beyond. All vacancies are advertised on NHS Jobs; we never charge candidates.")],
        execs=["Dr Rowena Haldenby", "Kenneth Ashbourne-Lyle"]),
    "elht": dict(
        name="East Lancashire Hospitals NHS Trust", type="acute teaching", region="North West", city="Blackburn",
        initials="ELHT", ods="RXR", domain="elht.nhs.uk", phones=["0161 496 0321", "0161 496 0322"],
        sites=["Royal Blackburn Teaching Hospital", "Burnley General Teaching Hospital", "Clitheroe Community Hospital"],
        aliases=["East Lancashire Hospitals", "ELHT", "East Lancs Hospitals", "Royal Blackburn", "Burnley General"],
        accounts=[("x", "EastLancsHosp", "East Lancashire Hospitals NHS Trust", "Official account of East Lancashire Hospitals NHS Trust. Royal Blackburn, Burnley General & community sites. Not monitored 24/7."),
                  ("facebook", "EastLancsHospitals", "East Lancashire Hospitals NHS Trust", "Welcome to ELHT's official page. Please do not post personal or medical details here; contact PALS instead."),
                  ("instagram", "elht_nhs", "ELHT", "Official Instagram for East Lancashire Hospitals NHS Trust 🏥 Stories from our people."),
                  ("linkedin", "east-lancashire-hospitals-nhs-trust", "East Lancashire Hospitals NHS Trust", "Teaching hospitals serving East Lancashire. Jobs are only advertised through NHS Jobs and Trac.")],
        execs=["Martin Cloughbeck", "Dr Anjali Forsythe-Ward"]),
    "wlt": dict(
        name="West London NHS Trust", type="mental health", region="London", city="London",
        initials="WLT", ods="RKL", domain="westlondon.nhs.uk", phones=["020 7946 0331", "020 7946 0332"],
        sites=["Broadmoor Hospital", "St Bernard's Hospital", "Lakeside Mental Health Unit"],
        aliases=["West London NHS", "WLT", "Broadmoor", "St Bernard's"],
        accounts=[("x", "WestLondonNHS", "West London NHS Trust", "Mental health, community and forensic care in Ealing, Hammersmith & Fulham and Hounslow, incl. Broadmoor. Crisis? Call NHS 111 option 2."),
                  ("facebook", "WestLondonNHS", "West London NHS Trust", "Official page of West London NHS Trust. This page is not monitored for crisis support - call 111 and choose option 2."),
                  ("instagram", "westlondonnhs", "West London NHS Trust", "Official account 💚 Mental health & community care across west London."),
                  ("linkedin", "west-london-nhs-trust", "West London NHS Trust", "Mental health, community and forensic services. Careers through NHS Jobs only."),
                  ("bluesky", "westlondonnhs.bsky.social", "West London NHS Trust", "Official Bluesky account of West London NHS Trust.")],
        execs=["Professor Imogen Tallantyre", "Godfrey Amankwah-Reid"]),
    "swyt": dict(
        name="South West Yorkshire Partnership NHS Foundation Trust", type="mental health and community", region="North East and Yorkshire", city="Wakefield",
        initials="SWYT", ods="RXG", domain="southwestyorkshire.nhs.uk", phones=["0113 496 0441", "0113 496 0442"],
        sites=["Fieldhead Hospital", "The Priestley Unit", "Kendray Hospital"],
        aliases=["South West Yorkshire Partnership", "SWYT", "SWYPFT", "Fieldhead"],
        accounts=[("x", "swyt", "South West Yorkshire Partnership NHS FT", "Mental health, learning disability and community services in Barnsley, Calderdale, Kirklees and Wakefield. Not for crisis support."),
                  ("facebook", "SWYPFT", "South West Yorkshire Partnership NHS Foundation Trust", "Official SWYPFT page. Please don't share personal information in comments."),
                  ("instagram", "swyt_nhs", "SWYT NHS", "Official account of South West Yorkshire Partnership NHS FT 💙"),
                  ("linkedin", "south-west-yorkshire-partnership-nhs-foundation-trust", "South West Yorkshire Partnership NHS Foundation Trust", "Join us through NHS Jobs. We never ask candidates for money.")],
        execs=["Helena Brackenridge", "Dr Oluwaseun Pembleton"]),
    "bhft": dict(
        name="Berkshire Healthcare NHS Foundation Trust", type="mental health and community", region="South East", city="Bracknell",
        initials="BHFT", ods="RWX", domain="berkshirehealthcare.nhs.uk", phones=["01632 960551", "01632 960552"],
        sites=["Prospect Park Hospital", "West Berkshire Community Hospital", "Wokingham Hospital"],
        aliases=["Berkshire Healthcare", "BHFT", "Prospect Park Hospital", "West Berks Community Hospital"],
        accounts=[("x", "BerksHealthcare", "Berkshire Healthcare NHS FT", "Mental health & community health services across Berkshire. Tweets in office hours. In crisis call 111."),
                  ("facebook", "BerkshireHealthcare", "Berkshire Healthcare NHS Foundation Trust", "Official page of Berkshire Healthcare. Never send us personal details by Messenger."),
                  ("instagram", "berkshirehealthcare", "Berkshire Healthcare", "Official Instagram 💜 Community and mental health care in Berkshire."),
                  ("linkedin", "berkshire-healthcare-nhs-foundation-trust", "Berkshire Healthcare NHS Foundation Trust", "Community and mental health provider for Berkshire. Vacancies on NHS Jobs."),
                  ("youtube", "BerkshireHealthcare", "Berkshire Healthcare NHS FT", "Films from Berkshire Healthcare NHS Foundation Trust.")],
        execs=["Nigel Farrowdale", "Dr Sushila Kerrigan"]),
    "lchs": dict(
        name="Lincolnshire Community Health Services NHS Trust", type="community", region="Midlands", city="Sleaford",
        initials="LCHS", ods="RY5", domain="lincolnshirecommunityhealthservices.nhs.uk", phones=["01632 960661", "01632 960662"],
        sites=["John Coupland Hospital", "Skegness Hospital", "Johnson Community Hospital"],
        aliases=["Lincolnshire Community Health Services", "LCHS", "Lincs Community Health", "John Coupland Hospital"],
        accounts=[("x", "LincsCHS", "Lincolnshire Community Health Services", "Community healthcare across Lincolnshire: urgent treatment centres, community hospitals and neighbourhood teams. Not monitored 24/7."),
                  ("facebook", "LincolnshireCHS", "Lincolnshire Community Health Services NHS Trust", "Official LCHS page. We will never message you asking for money."),
                  ("linkedin", "lincolnshire-community-health-services-nhs-trust", "Lincolnshire Community Health Services NHS Trust", "Community NHS Trust for Lincolnshire. Apply for roles through NHS Jobs.")],
        execs=["Rosalind Quaintance", "Dr Femi Hatherleigh"]),
    "myt": dict(
        name="Mid Yorkshire Teaching NHS Trust", type="acute teaching", region="North East and Yorkshire", city="Wakefield",
        initials="MYT", ods="RXF", domain="midyorks.nhs.uk", phones=["0114 496 0771", "0114 496 0772"],
        sites=["Pinderfields Hospital", "Dewsbury and District Hospital", "Pontefract Hospital"],
        aliases=["Mid Yorkshire Teaching", "Mid Yorks", "MYT", "Pinderfields", "Dewsbury Hospital"],
        accounts=[("x", "MidYorkshireNHS", "Mid Yorkshire Teaching NHS Trust", "Pinderfields, Dewsbury and Pontefract hospitals plus community services. Account not staffed 24/7. Emergencies 999."),
                  ("facebook", "MidYorkshireNHS", "Mid Yorkshire Teaching NHS Trust", "The official Facebook page of Mid Yorkshire Teaching NHS Trust. Please keep comments kind."),
                  ("instagram", "midyorkshirenhs", "Mid Yorkshire Teaching NHS Trust", "Official 📸 Pinderfields | Dewsbury | Pontefract"),
                  ("tiktok", "midyorkshirenhs", "Mid Yorks NHS", "Official TikTok of Mid Yorkshire Teaching NHS Trust"),
                  ("linkedin", "mid-yorkshire-teaching-nhs-trust", "Mid Yorkshire Teaching NHS Trust", "Teaching hospitals and community care for Wakefield and North Kirklees. We never charge application fees.")],
        execs=["Alistair Wethercombe", "Dr Nkechi Bramhall"]),
    "ekhu": dict(
        name="East Kent Hospitals University NHS Foundation Trust", type="acute teaching", region="South East", city="Canterbury",
        initials="EKHU", ods="RVV", domain="ekhuft.nhs.uk", phones=["01632 960881", "01632 960882"],
        sites=["William Harvey Hospital", "Queen Elizabeth The Queen Mother Hospital", "Kent and Canterbury Hospital"],
        aliases=["East Kent Hospitals", "EKHUFT", "EKHU", "William Harvey Hospital", "QEQM"],
        accounts=[("x", "EKHUFT", "East Kent Hospitals", "Official account of East Kent Hospitals University NHS FT: William Harvey, QEQM and Kent & Canterbury. Not monitored 24/7."),
                  ("facebook", "EKHUFT", "East Kent Hospitals University NHS Foundation Trust", "Official page of East Kent Hospitals. We don't take payments or donations through Messenger."),
                  ("instagram", "ekhuft", "East Kent Hospitals", "Official Instagram of East Kent Hospitals 💙 #TeamEKHUFT"),
                  ("linkedin", "east-kent-hospitals-university-nhs-foundation-trust", "East Kent Hospitals University NHS Foundation Trust", "Acute hospitals in east Kent. Roles advertised on NHS Jobs only.")],
        execs=["Dr Caspian Threlfall", "Marguerite Odunsi-Blake"]),
    "enht": dict(
        name="East and North Hertfordshire Teaching NHS Trust", type="acute teaching", region="East of England", city="Stevenage",
        initials="ENHT", ods="RWH", domain="enherts-tr.nhs.uk", phones=["020 7946 0991", "020 7946 0992"],
        sites=["Lister Hospital", "QEII Hospital", "Mount Vernon Cancer Centre", "Hertford County Hospital"],
        aliases=["East and North Herts", "ENHT", "Lister Hospital", "Mount Vernon Cancer Centre"],
        accounts=[("x", "ENHertsNHS", "East and North Herts NHS", "Official account: Lister, QEII, Hertford County and Mount Vernon Cancer Centre. Not monitored out of hours."),
                  ("facebook", "ENHertsNHS", "East and North Hertfordshire Teaching NHS Trust", "Official page of East and North Hertfordshire Teaching NHS Trust. Please contact PALS for concerns."),
                  ("instagram", "enhertsnhs", "East and North Herts NHS", "Official 💙 Lister | QEII | Mount Vernon"),
                  ("linkedin", "east-and-north-hertfordshire-nhs-trust", "East and North Hertfordshire Teaching NHS Trust", "Acute and cancer services in Hertfordshire. We never ask for payment at any stage of recruitment.")],
        execs=["Beatrix Holloway-Nunes", "Dr Tobias Crennell"]),
    "tsd": dict(
        name="Torbay and South Devon NHS Foundation Trust", type="acute and community", region="South West", city="Torquay",
        initials="TSD", ods="RA9", domain="torbayandsouthdevon.nhs.uk", phones=["0117 496 0111", "0117 496 0112"],
        sites=["Torbay Hospital", "Newton Abbot Community Hospital", "Brixham Hospital"],
        aliases=["Torbay and South Devon", "TSDFT", "TSD", "Torbay Hospital"],
        accounts=[("x", "TorbaySDevonNHS", "Torbay and South Devon NHS FT", "Integrated care across Torbay & South Devon, incl. Torbay Hospital. Not monitored 24/7; emergencies 999."),
                  ("facebook", "TorbayAndSouthDevonNHS", "Torbay and South Devon NHS Foundation Trust", "Official page of Torbay and South Devon NHS Foundation Trust."),
                  ("instagram", "torbaysdevonnhs", "Torbay and South Devon NHS", "Official 🌊 Torbay Hospital & community teams"),
                  ("linkedin", "torbay-and-south-devon-nhs-foundation-trust", "Torbay and South Devon NHS Foundation Trust", "Integrated health and care organisation. All jobs via NHS Jobs."),
                  ("bluesky", "torbaysdevonnhs.bsky.social", "Torbay and South Devon NHS FT", "Official Bluesky of Torbay and South Devon NHS FT.")],
        execs=["Cordelia Pennywhistle", "Dr Harvinder Mallory"]),
}
