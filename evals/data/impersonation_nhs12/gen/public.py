"""Hand-written fragments for general-public bios; each bio is a distinct pairing, used once."""

WHO = [
    "Retired postman", "Mum of two wild boys", "Primary school teacher", "Plumber by trade", "Student at uni, skint as ever",
    "Grandad, gardener, grumbler", "Freelance illustrator", "Bus driver on the 42", "Accountant (sorry)", "Hairdresser ✂️",
    "Carer for my mum", "Software tester", "Dog walker", "Nan of six", "Amateur astronomer", "Forklift driver",
    "Part-time barista", "Shift worker", "Allotment holder", "Proud Scouser", "Yorkshire lass living down south",
    "Essex born and bred", "Ex-army", "Sixth former", "Vicar's spouse", "Small business owner", "Electrician",
    "Wannabe novelist", "Secondary school maths teacher", "Chef in a busy pub kitchen", "Long-distance lorry driver",
    "New dad, no sleep", "Type 1 diabetic", "Brain tumour survivor", "Volunteer at the food bank", "Bookseller",
    "Bricklayer", "Care home cook", "Journalism student", "Sign language learner",
]
WHAT = [
    "Loves a crossword and a cuppa.", "Season ticket holder, suffering weekly.", "Baking sourdough badly since 2020.",
    "Cold-water swimmer 🌊", "Into birdwatching & bad puns.", "Collects vinyl I don't have room for.",
    "Trying to run a marathon before I'm 50.", "Knitting for the premature baby unit 🧶", "Dungeons & Dragons on Fridays.",
    "Cat person, two of them.", "Walking the coast path bit by bit.", "Views are my own, obviously.",
    "Learning Welsh on an app.", "Photos of clouds mostly.", "Quiz team captain (we lose).", "Motorbikes and muddy boots.",
    "Still mourning my old Nokia.", "Proud ally 🏳️‍🌈", "Here for the memes.", "Campervan dreams.",
    "Mental health advocate, one day at a time.", "Gin, garden, grandchildren.", "Bad at DIY, worse at golf.",
    "Retweets ≠ endorsements.", "Obsessed with pickling things.", "Sunday league ref, please be nice.",
    "Local history nerd.", "Parkrun tourist.", "Chronic illness warrior 💜", "Plant parent of 40.",
]
PLACES = [
    "Born at {S}, still live round the corner.", "Had both kids at {S}.", "Thank you to the staff at {S} for looking after my dad.",
    "Recovering from a knee op (cheers {S}).", "Regular at the fracture clinic, apparently.",
    "My mum worked at {S} for 30 years.", "Blood donor.", "{C} through and through.",
]
FIRST = ["dan", "kaz", "mo", "bex", "tom", "aisha", "lee", "jo", "priya", "gaz", "sian", "raf", "nat", "ellie", "chris", "yusuf",
         "maggie", "sam", "kelly", "ravi", "tash", "liam", "bea", "harj", "col", "fi", "dev", "ros", "kwame", "nina"]
TAILS = ["_in_town", "writes", "_bakes", "x", "_uk", "1983", "_walks", "_thinks", "the_dad", "_on_tour", "_books", "77", "_runs",
         "_grows", "_says", "loves_tea", "_knits", "_views", "_here", "92"]
