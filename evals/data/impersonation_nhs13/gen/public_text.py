"""Hand-written general-public bios for set 13, each used once."""

BIOS = """dad of two, Wolves till I die, occasional bbq genius
Knitting, tea and true crime podcasts. Mostly knitting.
Software tester by day, drummer by night 🥁
plant mum 🌿 47 and counting
Retired postman. Allotment. Grandkids. In that order.
Lancashire lass living in Leeds. Gin enthusiast.
Aspiring baker. Sourdough is my nemesis.
PhD in procrastination. Ask me about trains.
Running badly since 2019 🏃
Cat tax paid daily. Opinions unpaid.
Just here for the football and the memes
Freelance illustrator. Commissions open sometimes.
Vegan, cyclist, owns too many bikes
mum | teacher | marathon in april eek
Bird watcher in the Fens. Saw a bittern once.
I fix boilers and I tweet about it
Theatre kid who never grew up 🎭
Classic car restorer. MG owner. Rust expert.
Lifelong Burnley fan. It's a burden.
Photography, mostly of clouds ☁️
Secondary maths teacher. Please do your homework.
Dog walker, dog lover, dog hair everywhere 🐕
Wild swimmer. Cold water, warm heart.
Student at uni, studying history, mostly napping
Just a girl who likes crochet and horror films
Builder. Football. Family. Guinness.
Sci-fi reader, board game hoarder
Fishing on the Trent every weekend 🎣
Volunteer at the local library. Book pusher.
Crossfit, coffee, contradiction
Eurovision is my Christmas 🇸🇪
Grandad of five. Learning to use this.
Baking cakes for every birthday in the street
Proud Geordie stuck in Devon
Lorry driver. M1 is my office.
Cricket obsessive. Yorkshire born and bred.
Tattoo artist in training 🖋️
love my family, love my dogs, hate mondays
Musician. Folk songs about sheep, mostly.
accountant who secretly wants to be a chef
Gardener. Dahlias are life.
Mum to a very loud toddler
Wannabe YouTuber with 12 subscribers
Hiker. Peak District most weekends.
Rugby league till I die
I review kebabs. Seriously.
Nurse's husband. Proud of her.
Just moved to Torquay. Say hi!
Retired engineer, amateur astronomer 🔭
Tea snob. Yorkshire Gold only.
20s, confused, trying my best
Pub quiz champion 2022 (one time only)
Carpenter. Reclaimed wood, handmade tables.
Stand-up comic. Open mics around Manchester.
Caravan holidays & karaoke
Student nurse hopeful 🤞 applying next year
PE teacher. Loves netball. Whistle always ready.
Charity shop bargain hunter
Mechanic. Vans mostly. Cash preferred.
Gamer, streamer, snack eater
Wife, mother, coffee addict
Mental health advocate. It's ok not to be ok.
Salford born. Music, football, more music.
Christian. Husband. Wolves season ticket.
History nerd. Castles, especially.
Young carer for my mum. Tired but strong.
Veteran. Royal Signals. Now a locksmith.
Hairdresser in Blackburn. Book via Insta.
Aquarium keeper, mostly guppies 🐟
Recovering perfectionist
Ex-pat back home in Kent after 10 years in Spain
ballet teacher 🩰 little dancers every Saturday
Motorbikes, sea air and chips
Learning Welsh on Duolingo. 400 day streak.
Foodie. Curry mile regular.
Uni lecturer in physics. Dad jokes.
Volunteer firefighter, full-time worrier
Hobby beekeeper 🐝 honey for sale in Sept
Lives in wellies. Sheep farmer.
Primary school TA, glitter everywhere
I write poems nobody reads
Just a Hertfordshire commuter complaining about trains
Scouse in Stevenage. It's a journey.
Knit, crochet, repeat.
Marvel fan. No spoilers please.
Retired head teacher. Now a very strict gardener.
Jogger, blogger, cat-dogger?
Powerlifter. Eats a lot.
Lost in the 90s. Britpop forever.
Nail tech. DM for appointments.
Single dad, doing my best
Tennis. Wimbledon queue veteran.
Ceramics student. Wonky mugs a speciality.
Cook for my church lunch club
Retired teacher. Caravans and crosswords.
I like trams. A lot.
Bus driver in Wakefield. Wave back!
Allotment & chickens. Egg updates.
Proud nan. Bingo Thursdays.
Economist in training, pessimist by nature
Writer. Unfinished novels: 4.
Hill walker, cake eater
Maker of terrible puns
Guitar, tea, naps.
Football coach for under-9s ⚽
Anime fan and amateur cosplayer
Crafter. Card making & scrapbooks.
Dinosaur-obsessed six year old's mum
Ex-soldier, now a carpenter
Kickboxing instructor
Home cook sharing family recipes from Kerala
Welder. Fabrication. Metal music.
Just here for the cat videos tbh
Volunteer at the animal rescue 🐾
MSc student in ecology. Frogs!
Gin, sea swims and sarcasm
Dad. Cyclist. Terrible singer.
Golfer with a 28 handicap
Learning to drive at 40 🚗
Clothing upcycler. Thrift flips.
Taxi driver. Seen everything at 3am.
Poet, parent, pizza lover
Stargazer in the Lincolnshire Wolds
Twin mum 👯 survival mode
Fan of old films and older cinemas
Electrician. Sparky. Dad of three.
Long-distance walker. Did the Pennine Way.
Tiny house dreamer
Swimming teacher and mermaid wannabe
Harry Potter superfan, Hufflepuff obviously
Rail enthusiast. Steam days out.
Cake decorator. Order early for Christmas!
Gap year student travelling Asia
Office manager, spreadsheet queen
Roller derby skater. Bruised.
Pigeon fancier, third generation
Proud of my city, proud of Blackburn Rovers
Wrestling fan. WWE and local shows.
Support worker for adults with learning disabilities. Love my job.
Just back from Australia, freezing
Snooker lover. Crucible every year.
Nature photographer in East Kent 🦅
Ukulele club member. We are loud.
Chef at a gastropub. Sunday roasts.
Mum of a child with autism. Learning every day.
Volunteer litter picker in Margate
Dance mum 💃 competitions every weekend
Fantasy football manager (bottom of the league)
Knife maker. Hobby blacksmith.
Student midwife one day hopefully
Sign language learner 🤟
Vintage fashion collector
Trainspotter, plane spotter, people watcher
Sales rep. Lives on the A1.
Early riser, coffee maker, dog walker
Historian of Victorian asylums. Writing a book.
Shift worker at the warehouse. Sleep is a myth.
Quilter. Every fabric tells a story.
Squash player. Knees not happy.
Widower. Learning to cook at 70.
Parkrun volunteer, tail walker
Crossword setter for a local paper
Teen mum, now a uni grad 🎓
Barber. Fades and beards.
Keen gardener, lazy weeder
Fitness instructor & spin addict
Vinyl collector, 1,200 records
Living with MS, living well
Amateur historian of Pontefract
Darts player. 180 once in 2017.
Zero waste attempts, mostly failing
Stay at home dad, full time chaos
Caravan club member since 1989
Brass band cornet player
Cocktail maker at weekends
Foster carer. 15 years, 23 children.
Cheese enthusiast. Stilton is king.
Teaching assistant and Brownie leader
Trying to read 50 books this year
Coder, climber, cat person
Ex-miner, now grandad
Pottery, plants and podcasts
Beach cleaner in Brixham
Book club organiser, wine provider
Chess player. Rated 1500 and proud.
Lifeguard in summer, student in winter
Landscape painter, watercolours
Makeup artist. Bridal bookings open.
Retired GP receptionist (yes, I know)
Bird feeder. Squirrel fighter.
Kayaker on the Calder
Loves Jesus, loves people, loves cake
Just trying to get through the week
Fan of quiz shows, crisps and my dog Pip
Amateur magician. Pick a card.
Astrology girl ♍ don't judge
Farm shop owner, free-range everything
Life coach in training
Sixth form student, aspiring vet 🐶
Skateboarder at 35, still falling
Shop worker, crisis avoider
Van life in a converted Sprinter
Dad of a premature baby, now a cheeky 5 year old
I bake bread and tell people about it
Coffee roaster. Small batch.
Drone pilot, aerial photos of Kent
Welsh rugby, English postcode
Cross stitcher, swear words a speciality
Ghost hunter (sceptical)
Horse rider. Mud every season.
Electric car bore. Sorry.
Gymnast turned coach
Allergic to Mondays and cats, love both
Old soul, young knees (hopefully)
Archery club member 🏹
Lego builder. Adult fan.
Midlands lad, now in London
Folk dancer, Morris side member
Part-time model, full-time student
Barista and aspiring novelist
Community gardener, compost evangelist
Hull born, Wakefield based
Lover of long walks and short queues
Self-employed plumber. Emergencies welcome.
Fashion student at college 👗
Allotment #27, onions
Beer brewer in my garage
Doing a Couch to 5k, week 3
Bell ringer at the village church
Ex-pub landlord, now retired
Fan of sunsets and seaside towns
Rock climber, indoor mostly
Volunteer at the food pantry on Fridays
Ska and reggae DJ
Trying to learn piano at 50
Cheerleading coach 📣
Marine biology student, shark fan
Mobile dog groomer in Bracknell
Bonsai keeper. Patient man.
Lives for festival season
Scrabble champion of my household
Warehouse manager. Forklift licence.
Pen pal collector, letters from 12 countries
Retired nurse's daughter, proud of her
Audiobook addict
Homebrew, homegrown, homebody
Swimming the Channel in relay next year
Carer for my dad with dementia
Comic book shop regular
Motocross rider 🏍️
Campervan family of five
Primary school governor
Stitching a tapestry for 3 years now
Pensioner, podcaster, pessimist
Film student, short films on Vimeo
Loves Torquay, hates seagulls
Vet nurse. Tired, hairy, happy.
Amateur actor, village panto star
Frugal living and meal prep
Fan of rainy days and strong tea
Mature student in social work
Korean drama addict
Bikepacker. Tents and punctures.
Cleaner. Hard work, honest pay.
Community choir alto
Calm down, it's only football. (It isn't.)
Tarot reader and candle maker
Ex-smoker, 2 years clean
Whittler. Spoons mostly.
Solar panel installer
Jazz piano every Sunday
Fishing boat crew out of Brixham
Collector of vintage postcards
Shy but loud on the internet""".split("\n")
