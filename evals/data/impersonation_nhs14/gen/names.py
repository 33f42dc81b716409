"""Invented people's names and account display-name patterns for set 14 (hand-written)."""

FIRST = [
    "Aisha", "Alfie", "Amara", "Amelia", "Andrzej", "Ann", "Anwen", "Arjun", "Barbara", "Bernie", "Beth", "Bilal",
    "Bronwen", "Callum", "Carl", "Caroline", "Chidi", "Chloe", "Ciara", "Colin", "Connor", "Craig", "Dan", "Darren",
    "Dawn", "Deborah", "Declan", "Deepa", "Denise", "Dev", "Dominika", "Donna", "Eilidh", "Elif", "Ellie", "Emeka",
    "Emma", "Fatima", "Fiona", "Frankie", "Gareth", "Gemma", "Georgia", "Gill", "Grace", "Graham", "Hamza", "Harriet",
    "Harvey", "Hollie", "Ibrahim", "Imran", "Isla", "Jack", "Jade", "Jagdeep", "Jamal", "Janet", "Jas", "Jason", "Jayne",
    "Jenny", "Joanne", "Jordan", "Josh", "Julie", "Karen", "Kasia", "Kayleigh", "Keith", "Kelechi", "Kerry", "Kieran",
    "Kirsty", "Laila", "Lauren", "Lee", "Leon", "Lewis", "Linda", "Liz", "Lola", "Lucy", "Maggie", "Malik", "Marcus",
    "Maria", "Mark", "Martin", "Maya", "Megan", "Mehmet", "Michelle", "Mo", "Molly", "Nadia", "Naomi", "Neil", "Nicola",
    "Niamh", "Nkechi", "Olivia", "Omar", "Paul", "Pauline", "Priya", "Rachel", "Rajesh", "Reece", "Rhys", "Rob",
    "Rosie", "Ruth", "Ryan", "Sadia", "Sally", "Sam", "Sandra", "Sarah", "Scott", "Sean", "Shabnam", "Sharon", "Sian",
    "Simon", "Sophie", "Stacey", "Stella", "Steve", "Sue", "Tariq", "Tom", "Tomasz", "Tracey", "Vicky", "Wayne",
    "Yusuf", "Zainab", "Zoe", "Ade", "Bisi", "Cormac", "Dafydd", "Efe", "Florin", "Gosia", "Hannah", "Ifeoma",
]

LAST = [
    "Abbott", "Adeyemi", "Ahmed", "Akhtar", "Ali", "Allen", "Armstrong", "Atkinson", "Bailey", "Banks", "Barker",
    "Begum", "Bell", "Bennett", "Bhatt", "Bibi", "Birch", "Bowen", "Bradley", "Brennan", "Brooks", "Burke", "Byrne",
    "Campbell", "Carr", "Chambers", "Chaudhry", "Clarke", "Collins", "Cooper", "Cox", "Cunningham", "Dale", "Das",
    "Davies", "Dawson", "Dixon", "Doherty", "Douglas", "Duffy", "Edwards", "Ellis", "Evans", "Farrell", "Fletcher",
    "Flynn", "Foster", "Fox", "Gallagher", "Garcia", "Gill", "Gordon", "Graham", "Grant", "Gray", "Green", "Hall",
    "Hamilton", "Harris", "Hayes", "Henderson", "Hill", "Holt", "Hughes", "Hussain", "Iqbal", "Jackson", "James",
    "Jenkins", "Johnson", "Jones", "Joseph", "Kaur", "Kelly", "Khan", "King", "Kowalski", "Lamb", "Lawrence", "Lee",
    "Lewis", "Lloyd", "Lowe", "Lynch", "Mahmood", "Malik", "Marsh", "Mason", "McCarthy", "McDonald", "Mensah",
    "Miller", "Mills", "Mistry", "Mitchell", "Moore", "Morgan", "Morris", "Murphy", "Murray", "Nash", "Nowak",
    "Nwosu", "O'Brien", "Okafor", "Oliver", "Osei", "Owen", "Parker", "Patel", "Pearce", "Perry", "Phillips", "Price",
    "Quinn", "Rahman", "Reid", "Reynolds", "Richards", "Roberts", "Robinson", "Rose", "Ryan", "Saunders", "Shah",
    "Sharma", "Shaw", "Simpson", "Singh", "Smith", "Stevens", "Stone", "Sullivan", "Taylor", "Thomas", "Thompson",
    "Turner", "Walker", "Walsh", "Ward", "Watson", "Webb", "White", "Williams", "Wilson", "Wood", "Wright", "Young",
    "Zielinski", "Ogunleye", "Papadopoulos", "Nguyen", "Popescu", "Fernandes",
]

# Display names for scam accounts. "copy" ones use the Trust's identity; "generic" ones do not.
REFUND_NAMES_COPY = ["{init} Patient Support", "{short} Refunds", "Patient Support - {site}", "{short} PALS",
                     "{site} Patient Services", "{short} Patient Help", "{init} Refund Team", "{short} Reimbursements",
                     "{site} Parking Refunds", "{short} Patient Liaison", "{init} Claims Desk", "{site} Help Centre"]
REFUND_NAMES_GENERIC = ["Patient Support Team", "NHS Refund Centre", "Hospital Refunds UK", "Patient Help Desk",
                        "NHS Travel Claims", "Patient Liaison Office", "Refund Support 💙", "Healthcare Refunds",
                        "Patient Compensation Service", "Hospital Claims Team"]
JOBS_NAMES_COPY = ["{init} Recruitment", "{short} Careers", "{short} Jobs", "Jobs at {site}", "{init} HR Team",
                   "{short} International Recruitment", "{site} Vacancies", "{init} Nursing Jobs", "{short} Hiring Now",
                   "{init} Talent Team"]
JOBS_NAMES_GENERIC = ["NHS Jobs UK", "UK Hospital Jobs", "Care Jobs With Visa", "NHS Recruitment Agency", "Nurses Wanted UK",
                      "Healthcare Jobs 2025", "HR Department", "UK Sponsorship Jobs", "Hospital Careers Hub", "Overseas Nurse Jobs"]
DON_NAMES_COPY = ["{short} Appeal", "{init} Charity Appeal", "{site} Children's Ward Appeal", "Friends of {site}",
                  "{short} Fundraising", "{site} Hospital Fund", "{init} Staff Support Fund", "{short} Donations",
                  "{site} Winter Appeal", "{short} Charity"]
DON_NAMES_GENERIC = ["NHS Heroes Appeal", "Hospital Charity UK", "Help Our Hospital", "Patients In Need", "NHS Winter Appeal",
                     "Support Our Nurses", "Children's Ward Appeal", "Hospital Donations", "Angels of the Ward", "Care For Carers Fund"]
GENERIC_NAMES = ["Help Desk", "Patient Support", "Hospital Updates", "Support Team", "Info Centre", "Hospital News",
                 "Patient Services", "Appointments Team", "Careers Team", "NHS Updates", "Patient Advice", "Hospital Help",
                 "Customer Care", "Health Updates UK", "Hospital Info"]
# Variants of the Trust identity used as display names by name-copying tactics.
NAME_VARIANTS = ["{name}", "{alias}", "{alias}", "{short}", "{short} NHS", "{init} NHS", "{alias} Official",
                 "{site}", "{short} Hospital", "{alias} 💙"]

GENERIC_WORDS = ["nhs", "patient", "support", "refunds", "claims", "help", "uk", "hospital", "jobs", "careers", "appeal",
                 "donate", "desk", "team", "care", "official", "updates", "news", "info", "centre"]
