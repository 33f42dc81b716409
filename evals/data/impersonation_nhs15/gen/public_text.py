"""Hand-written personal bios for members of the public (set 15). Each line is one person's bio."""

BIOS = """Dad of three, Spurs season ticket, occasionally funny
Plant hoarder. 47 houseplants and counting
Retired postman. Now I walk for fun
Mum, teaching assistant, part-time baker of slightly burnt cakes
Marathon number 6 done. Never again (until next year)
Photographer | Coastlines and old boats
Sheffield born, Bristol based. Graphic designer. Cats > dogs
Just here for the football and the memes
Proud nan of four. Bingo Thursdays
Software tester by day, guitarist by night
Trying to read 52 books this year. Currently on 11
Vegan cook, allotment holder, rain enthusiast
Had my heart op at the local hospital last year, forever grateful to the NHS
Taxi driver. Ask me about the one-way system
Sociology student. Coffee and protest placards
Caravan club member. Norfolk is the best county, fight me
Carer for my mum. Tired but we manage
Ex-army, now a locksmith. Rugby league fan
Primary school teacher. Glitter is in my soul and my carpet
Lover of crosswords, cricket and cake
Lorry driver. Seen every services on the M6
Amateur astronomer. Clear skies please
Hairdresser in town. Bookings by phone only
Freelance translator (Polish/English). Dog mum
Mum to a type 1 diabetic superstar. Raising awareness
Just a bloke who likes fishing
Vintage clothes, vinyl and very strong tea
Nurse's husband. I do the school run
Knitting for premature babies at the local unit. Pattern swaps welcome
Bus enthusiast. Yes really
Sixth former. Future vet hopefully
Recovering from long covid. Slowly getting there
Crossfit coach. Food is fuel, pizza is also fuel
Church organist and choir member
Stand-up comedian, mostly sitting down these days
Accountant. Spreadsheet wizard. Pub quiz champion 2019
Grandad, gardener, grumpy about potholes
Dancing since I was four. Now teaching tap to over 60s
Baker, early riser, flour everywhere
Dog walker around the park. Every dog is a good boy
Writing my first novel. Chapter 3 of forever
Wildlife volunteer. Hedgehog rescue on weekends
Foster carer. Fifteen years, forty children
Electrician. Cheap and cheerful, no job too small (DM for quotes)
Mental health advocate. Lived experience. Be kind
Podcast host talking about local history
Student paramedic's proud mum
Climbing, cycling and cheese
Disabled and loud about it. Wheelchair user, access campaigner
Scuba diver stuck inland
Food bank volunteer. Donations welcome at the church hall
Bookworm and cat mum. Gilmore Girls on repeat
Gamer. Streaming Tuesday and Friday nights
Retired midwife's daughter. Local history society secretary
Care home activities coordinator. We had a singalong today
Civil servant. Views my own obviously
Two kids, one husband, zero sleep
Cricket umpire in the county league
Brass band cornet player
Nail tech and mum of twins
Carpenter. I make tables and the occasional mess
Waiting for my hip replacement. Long list but staying positive
Ballet dad. Dance competitions every weekend
Retired lecturer in engineering. Trains and tea
Parish councillor. Bins, benches and bus stops
Runner. Parkrun every Saturday, 24 minutes on a good day
Estate agent. Not that kind
Beekeeper. Honey for sale at the farmers market
Bartender, aspiring sommelier
Anxious but trying. Therapy works
Warehouse shift worker. Gym after nights
Mum of a NICU graduate. Thank you to every nurse who held him
Scout leader. Knots and campfire songs
Pensioner, proud Yorkshireman, opinions on gravy
Interior design student
Lifelong Liverpool fan in Lowestoft. Don't ask
History teacher. Tudors are overrated
Singer in a wedding band
Dialysis three times a week. Still smiling
Coder, cyclist, dad jokes
Charity shop manager. Donations welcome
Keen cook, even keener eater
Gym owner, personal trainer
Farmer. Sheep, weather and more weather
Caring for my husband with dementia. One day at a time
Swimming the Channel in 2027, training now
Archaeology nerd and museum volunteer
Bride to be! 94 days to go
Tattoo artist. Walk-ins welcome Saturday
Lollipop lady. 20 years on the same crossing
Mature student studying law
Fisherman's wife. Tea on the harbour
Poet. Small press. Big feelings
Pharmacist. Please finish your antibiotics
Refugee, now a British citizen. Grateful
Cat cafe owner in the old town
Motorbikes and mountains
Retired dinner lady. Still make the best crumble
Rugby mum. Muddy kit every Sunday
Dressmaker and alterations
Theatre lover, musicals mainly
Youth worker. Giving young people a space
Recently retired from the council. Now learning Spanish
Sign language learner. Level 2 done
Dog groomer. Fluffy before and after pics
Gardening club chair. Tomatoes are my enemy
Working from home, mostly in pyjamas
Kidney donor to my brother. Sign the register
Nightclub DJ, slowing down now
Council tenant campaigner
Parent of an autistic teenager. Learning together
Shopkeeper on the high street for 30 years
Cyclist. Campaigning for safer roads
Ukulele group organiser
Crime fiction fan and amateur sleuth
Surfer from Cornwall living in the Midlands, sadly
Retired firefighter
Cross stitch and true crime podcasts
Marine biologist in training
Volunteer at the animal sanctuary
Mum of one, stepmum of two, chaos coordinator
Veteran. Proud to have served
Language teacher. Bonjour, hola, ciao
Man United through and through
Candle maker, small business
Lost my dad to cancer last spring. Raising money for the hospice that cared for him""".split("\n")

# Fragments for further public bios; combined by the generator, each fragment hand-written.
WHO = ["Mum of two", "Retired engineer", "Student", "Dad", "Self-employed plumber", "Nan", "Care worker", "Office manager",
       "Chef", "Shop assistant", "Bus driver", "Teacher", "Freelance designer", "Delivery driver", "Hairdresser", "Solicitor",
       "Postgraduate researcher", "Warehouse supervisor", "Stay-at-home dad", "Receptionist", "Gardener", "Musician",
       "Security guard", "Call centre agent", "Childminder", "Bricklayer", "Insurance broker", "Dental nurse", "Cleaner",
       "Librarian", "Social worker", "Retail manager", "Software developer", "Retired police officer", "Mechanic"]
LIKES = ["loves long walks with the dog", "obsessed with true crime", "football every weekend", "always baking something",
         "collects old vinyl", "learning to paint", "camping whenever it's dry", "quiz night regular", "gym most mornings",
         "reads too many thrillers", "makes jam for the village fete", "plays darts for the pub team", "keen birdwatcher",
         "swims in the sea all year", "grows chillies", "bakes sourdough", "walks the coast path", "addicted to Wordle",
         "watches too much Bake Off", "plays five-a-side badly", "does jigsaws with the grandkids", "sings in a community choir",
         "restores old bikes", "cooks Sunday dinner for the whole family", "runs a book club"]
EXTRA = ["", "", "Views my own.", "No DMs please.", "Be kind.", "Up the town!", "Living my best life.", "Tea not coffee.",
         "Proud of my kids.", "Still learning.", "Thankful every day.", "Not great at social media.", "He/him.", "She/her.",
         "They/them.", "Go vote.", "Adopt don't shop."]
