"""Three hundred hand-written personal bios for general-public accounts; each is used once."""

BIOS = """Mum of three, survivor of many school runs. Gin o'clock somewhere.
Season ticket holder. Cries at away goals.
Retired postman. Allotment, grandkids, Radio 4.
Trying to read 52 books this year. Currently on 9.
Bus driver by day, drummer by night 🥁
Baker of questionable sourdough.
He/him. Software tester. Board games on Thursdays.
Proud nan of six. Knitting for Britain 🧶
Wild swimmer. Cold water, warm heart.
Plumber. Don't ask me about your boiler on a Sunday.
Gardener, birdwatcher, occasional grump.
Uni student, mostly asleep.
Taxi driver. Seen it all, twice.
Amateur astronomer ✨ clear skies please
Vegan, cyclist, still eats too much bread.
Just here for the dog pictures.
Teacher. Tired. Half term can't come soon enough.
Living with two teenagers and a very old cat.
Trainspotter and proud of it 🚂
Retired engineer. Model railways and real ale.
Hairdresser 💇‍♀️ opinions on your fringe available on request.
Politics nerd. Sunday papers, strong coffee.
Learning Spanish, badly.
Marathon finisher x4. Knees say no more.
Photographer of puddles and rooftops.
Ex-pat back home after 20 years in Spain.
Carer for my mum. Grateful for good days.
Rugby league, real ale, rubbish at darts.
Cinema every Tuesday. Popcorn critic.
Mechanic. If it's got an engine I'll have a look.
Primary school TA. Glitter everywhere.
Born in Hull, living in Leeds, heart in Whitby.
Sea views and sea shanties 🌊
Shift worker. Sleeping at weird times.
Crossword addict. 14 down is always the hardest.
Fishing, football and family.
Dad jokes are my love language.
Chronic overthinker, part-time optimist.
Bookkeeper. Spreadsheets make me happy.
Runner. Slow, but I turn up.
Island girl 🏝️ ferry timetables memorised.
Dog mum to a rescue greyhound called Biscuit.
Folk music and walking boots.
Retired headteacher. Still correcting grammar.
Vintage clothes and charity shop finds.
Student midwife? No, student accountant. Sorry to disappoint.
Motorbikes and mountains 🏍️
Scout leader. Knots, campfires, patience.
Tea drinker. Biscuit dunker.
Just a lad from Coventry who likes cars.
Gamer. Mostly losing online.
Cleaner, mum, nana, and the best roast potatoes in town.
Warehouse worker dreaming of the seaside.
Languages, maps and long train journeys.
Lifelong Bristol Rovers fan. Pray for me.
Dancer in my kitchen only.
Volunteer at the local library on Saturdays.
Ex-soldier. Now I grow tomatoes.
Apprentice electrician ⚡
Mum to an NHS baby born 2021 💙
Pub quiz captain. We came second. Again.
Amateur historian. Castles, churches, ruins.
Designer. Fonts matter.
Quiet. Mostly reading.
Karaoke queen. Don't ask about my Whitney.
Beekeeper 🐝 honey in September.
IT support. Have you tried turning it off and on again?
Cat person surrounded by dog people.
Climbing walls and real rocks.
Council tenant, community champion.
Baking with my kids, burning most of it.
Cricket tragic.
Student in Norwich. Likes: Norwich. Dislikes: exams.
Father, husband, bad golfer.
Lifelong learner, Open University student at 58.
Makes jam, sells jam, eats jam.
Grew up on a farm, now I live in a flat. Miss the cows.
Civil servant. Views definitely my own.
Crochet, cross-stitch and crime podcasts.
Widow, traveller, new to all this.
Always on the allotment or thinking about it.
Footie coach for the under 9s ⚽
Gigs, festivals and muddy wellies.
Proud Brummie 💙 balti is life.
Chef. Long hours, good knives.
Astrology for fun, science for real.
Nurse's husband. I make the packed lunches.
Ex-smoker, now a walker.
Cake decorator. Unicorns a speciality 🦄
Sunday league goalkeeper. Mostly diving the wrong way.
Grad student. Thesis? What thesis.
Yorkshire born. Tea strong enough to stand a spoon in.
Poetry, pints and politics.
Small business owner. Candles and soap.
Deaf, proud, BSL user 🤟
Wheelchair user and accessibility moaner.
Lover of the Peak District.
Renting, commuting, surviving.
Born in Lagos, raised in Birmingham.
Fan of old films and older cars.
Rock climber, rock collector.
Grandad. Fixer of bikes.
Coffee shop owner ☕ come say hi.
Sewing my own clothes, slowly.
Fostering teenagers. Never a dull day.
Electric car evangelist.
Sea kayaker, cold hands.
Morning person (unfortunately).
Cheesemaker in training 🧀
Lorry driver. M6 is my second home.
Rugby mum, taxi service, snack provider.
Watercolours and wonky pots.
Stand-up comedian. Rarely funny on here.
Open water swims and cake afterwards.
Paralegal. Tweets not legal advice.
Anime, manga and too much ramen.
Estate agent, sorry.
Vet nurse 🐾 (animals, not people!)
Chess player. Blunders included.
Ramblers member, map reader, flask carrier.
Pharmacy customer, not a pharmacist. Just like the lollipops.
Freelance writer. Deadlines are suggestions.
Weekend DJ. Weekday accountant.
Cornish pasty enthusiast living in exile.
Looking after my dad after his stroke. One day at a time.
Plants everywhere. Send help (and compost).
Barber. Fades and gossip.
Climate worrier, cycle commuter.
Brass band, second cornet 🎺
Ex-nurse, now a florist. Still can't do nights.
Poundland philosopher.
Heavy metal and herbal tea.
Ukulele beginner, apologies to the neighbours.
Retired, not tired.
Roller derby jammer.
Science teacher. Yes, it does explode sometimes.
New dad. Send sleep.
Learning to drive at 34. Wish me luck.
Lottery player, optimist.
Caravan holidays and proper chips.
Cyclist, carnivore, contrarian.
Village hall committee. We have a new boiler!
Car boot regular, bargain hunter.
Dreaming of a cottage by the sea.
Carpenter. Measure twice.
Film photography, grainy and proud.
Gardener at a stately home. Best job in the world.
Mum, nurse's daughter, and a big fan of the NHS.
Ex-Royal Navy. Still make my bed with hospital corners.
Charity shop volunteer on Wednesdays.
Book club host. We mostly drink wine.
Scuba diver in cold British waters.
Self-employed, self-taught, self-doubting.
Coventry City till I die 🩵
Allergic to cats, owns two.
Guitar teacher. Wonderwall requests ignored.
Mind your language. Linguist.
Pensioner with a smartphone. Watch out.
Sixth former. Revision mode.
Former shop steward, forever trade unionist.
Tattoo artist ✒️ bookings through the studio.
Welsh, living in England, missing the rugby.
Foodie. Will travel for a good curry.
Chronic illness warrior, part-time napper.
Allotment society secretary.
Walking the coast path one section at a time.
Sourdough starter called Doughlene.
Antiques and old maps.
Bikes, beer, bad puns.
Primary school teacher in Hull 🍎
Mum of twins. Coffee dependent.
Loves a bargain and a Greggs.
Retired firefighter. Still up at 6.
Postgrad in history. Lives in the library.
Tiny flat, big dreams.
Wedding photographer. Confetti in my hair permanently.
Dad. Engineer. Amateur chef.
Insomniac. Hello fellow night owls.
Gran, gardener, gossip.
Plant-based runner.
Grew up in Liverpool, support Everton, no regrets.
Comic book collector.
Bird feeder refiller-in-chief 🐦
Caravan, two kids, one dog, no sleep.
Artist. Mostly painting fences.
Coastal rower 🚣‍♀️
Brewery worker. Perks are good.
Cross-country skier (on holiday only).
Retired GP receptionist. Heard it all.
Veggie patch and a very small greenhouse.
Pigeon fancier, third generation.
Grime and garage, old and new.
Student paramedic? No, student historian. Wrong bio.
Hospital volunteer's wife. Proud of him.
Self-confessed tea snob.
Disabled and not sorry about it.
Lifeguard in summer, barista in winter.
Working from home with a cat on the keyboard.
Father of four daughters. Outnumbered.
Writer of unfinished novels.
Cockney in Bristol.
Climber, caver, crisps.
Supporting my husband through cancer treatment. Love and hope.
Cheerleading coach. Loud.
Amateur radio operator 📻
Making furniture from pallets.
Recovering perfectionist.
Marmite lover, don't @ me.
Sky watcher. Clouds are underrated.
Moved to Scarborough for the sea. Stayed for the chips.
Newport born, island proud.
Ice hockey fan, ice cold beer.
Ballet mum. Hair buns and sequins.
Cat sitter for hire (not really).
Quilter, baker, grandmother.
Sunday roast reviewer.
Lives for the weekend, works for the mortgage.
Bookshop owner 📚 come browse.
NHS patient, grateful human.
Pole fitness and pot noodles.
Scrabble champion of my street.
Cosplayer. Conventions every summer.
Gardening club treasurer.
Rugby union, real ale, rural life.
Football manager addict (the game).
Dinner lady and proud.
Ghost hunter (sceptical).
Narrowboat living. Slowly.
Historian of my own family tree.
Lego builder, adult fan.
Food bank volunteer. Everybody deserves dinner.
Hot sauce collector 🌶️
Social worker. Tea and tissues.
Weekend bin warrior (litter picking).
Couch to 5k graduate!!
Mum of one, dog mum of two.
Student in Birmingham, from Solihull, home every weekend.
Taekwondo black belt, soft touch.
Forever on a diet, forever eating biscuits.
Writing letters to the council since 1997.
Water polo, water colours, water.
Travel nurse? No, travel agent.
Watching the boats go by.
Mechanical keyboards and dark mode.
Loves a good documentary.
Self-taught pianist. Chopsticks mastered.
Retired shopkeeper, enthusiastic grandpa.
Sunflowers and sunshine 🌻
Pub landlord. Last orders!
Bird ringer and ornithology student.
Dyslexic and creative.
Garden railway builder.
Skateboarder at 40. Bones creak.
Magic: the Gathering and strong tea.
Morris dancer. Yes really.
Fan of long walks and short queues.
Lives on the Wirral, works in Liverpool.
Fisherman's daughter.
Boxing fitness, gentle soul.
Chocolate, cheese, repeat.
Drum and bass and daffodils.
Choir alto. Harmonies only.
Student nurse's mum, proud as anything.
Cocktail maker at weekends 🍸
Antiques Roadshow superfan.
Harbour wall sitter.
Archery club member 🏹
Renovating a terrace house, one room a year.
Musician, dad, cat herder.
Canal walker, heron spotter.
Sci-fi reader and stargazer.
Local history society, Thursday nights.
Wildflower meadow maker.
Cancer survivor, 5 years clear 🎗️
Running club social secretary.
Pottery classes and patience.
Working mum, always late.
Loves autumn, hates wasps.
Golf, grandkids and grumbling.
Fighting for better buses.
Swimming teacher 🏊
Photographs of doors.
Dog trainer. Sit. Stay. Good.
Cake over everything.
Learning British Sign Language.
Sunday cyclist, weekday driver.
Volunteer coastguard.
Former miner's son, proud of my roots.
Loves a car boot and a bacon roll.
New to the city, say hi.
Sharing recipes from my nan's notebook.
Dreaming of retirement in Cornwall.
Tinkerer, fixer, breaker of things.
Bell ringer at the parish church 🔔
Bread, bikes and books.
Taking photos of every sunset over the Solent.
Minster FM in the car, Minster in the skyline.
Makes model boats, sails them badly.
Single dad, Saturday pancakes, Sunday football.
Local choir, local pub, local legend (self-declared).""".strip().split("\n")

FIRST_NAMES = ["Amara", "Ben", "Callum", "Dawn", "Eleri", "Farah", "Gareth", "Hollie", "Imran", "Jodie", "Kieran", "Leanne",
               "Marcus", "Niamh", "Owen", "Priti", "Quinn", "Rhys", "Saoirse", "Tariq", "Ursula", "Vikram", "Wendy", "Xander",
               "Yasmin", "Zach", "Abi", "Bilal", "Chloe", "Dev", "Esme", "Femi", "Grace", "Harvey", "Isla", "Jas", "Kofi", "Lottie",
               "Mo", "Nell", "Ollie", "Pia", "Raj", "Shona", "Tom", "Uzma", "Vic", "Will", "Zainab", "Aled", "Bronwen", "Cerys",
               "Declan", "Ewan", "Fern", "Gus", "Hana", "Ife", "Jack", "Kezia", "Lola", "Mihai", "Nadia", "Orla", "Piotr", "Ruth",
               "Sam", "Tegan", "Umar", "Vera", "Wes", "Yusuf", "Zofia", "Alfie", "Bea", "Cal", "Dani", "Eddie", "Flo", "Gita"]
SURNAMES = ["Okafor", "Pemberton", "Hussain", "Wainwright", "Kowalski", "Ashby", "Tranter", "Mensah", "Rowlands", "Chaudhry",
            "Dobson", "Fairweather", "Gill", "Hargreaves", "Iqbal", "Jennings", "Kerr", "Lindqvist", "Mahmood", "Nuttall", "Oduya",
            "Pritchard", "Quayle", "Rahman", "Sutcliffe", "Thorne", "Varga", "Whitlock", "Yeadon", "Zielinski", "Baptiste", "Cole",
            "Dunmore", "Eastwood", "Fenwick", "Greaves", "Holt", "Ingleby", "Joyce", "Kaur", "Lowe", "Marsden", "Nowak", "Osei",
            "Parekh", "Redfern", "Shaw", "Tate", "Underhill", "Villiers", "Webb", "Yates", "Akhtar", "Brennan", "Carmody",
            "Doherty", "Ellis", "Foley", "Gallagher", "Hale", "Ivanova", "Jarvis", "Kamara", "Lister", "Moran", "Nash", "Oakes"]
