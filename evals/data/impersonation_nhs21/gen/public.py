"""Hand-written personal bios for members of the public (group general_public). One bio per line, each used once.
{city} is replaced by the city of the Trust the account is filed under."""

BIOS = """
Mum of three, tea addict, secretly still likes One Direction.
Retired postman. Allotment, grandkids and the cricket.
{city} born and bred. Opinions strong, knees weak.
Trying to run 5k without stopping. Day 41.
Primary school teacher. Glitter is my nemesis.
Leeds Rhinos season ticket holder since '97.
Plumber. If it leaks, I fix it. If it's your fault, I'll still fix it.
Dog dad to a very stupid spaniel called Biscuit 🐶
Hobby baker, professional over-thinker.
PhD student in medieval history. Yes, there will be a test.
Just here for the football and the memes.
Carer for my mum. Some days are hard, most days are OK.
Chemistry teacher by day, drummer by night 🥁
Bird watcher. Currently obsessed with goldfinches.
Vegan since 2016, still not preachy (mostly).
Grandma of six. I don't know how to use this app.
Apprentice electrician, 19, gym most days.
Cyclist, coffee drinker, bad at both.
Live music, long walks, short tempers.
Taxi driver in {city}. I've heard every story twice.
Twin mum. Sleep is a distant memory.
Nurse's husband. I do the cooking, she does the saving lives.
Photographer. Mostly clouds, sometimes people.
Parkrun volunteer. Come say hi at the finish funnel!
Accountant who wishes he'd been a chef.
Wheelchair user, disability rights, good coffee and bad jokes.
Chronic migraine warrior. Sunglasses indoors, don't judge.
Knitting, crochet and true crime podcasts 🧶
Former soldier. Now landscape gardening and fishing.
Geography teacher. Ask me about oxbow lakes.
Newcastle fan. Suffering since birth.
Type 1 diabetic, runner, sugar-free sweets collector.
Student nurse's mum — so proud of her!
Retired librarian. Reading 80 books a year, quietly.
Just a lass from the valleys who moved to {city}.
Stand-up comedian (open mic nights only, be kind).
Lorry driver. M6 is my second home.
Lover of old buses and older maps.
Cat lady, unapologetically 🐈
Physics undergrad. Probably wrong about everything.
Sign language learner, deaf awareness advocate.
Dad jokes, DIY disasters, Sunday roasts.
Make-up artist. Weddings, proms and the occasional zombie.
Hairdresser in {city}. Bookings via the salon, not here!
Fostering teenagers for 11 years. Best job I never trained for.
Bus driver on the 42. Wave, I'll wave back.
Wild swimmer. Cold water, warm heart.
Gardener. Slugs are my sworn enemies.
Gamer, streamer (12 followers, all family).
Kidney transplant recipient 2018. Forever grateful to my donor.
Learning Spanish at 63. ¡Hola!
Working mum, part-time baker, full-time tired.
Semi-retired joiner. Still can't find my pencil.
Architecture student. Concrete is beautiful, fight me.
Rugby league, real ale and rock music.
Proud auntie of four little monsters.
Charity shop volunteer. I've seen things.
Software developer. I fix bugs and create new ones.
Vintage clothes seller at weekend markets.
Ex-pub landlord. Tales available on request.
Amateur astronomer. Clear skies please.
Allotment society secretary. Marrows are political.
Sixth former. Exams soon, send help.
Coeliac foodie, finding the good gluten-free spots in {city}.
Marathon runner (slowly). London 2023 done!
Choir singer, alto, never on time.
Scout leader. Knots, campfires and muddy boots.
Football coach for under-10s. Orange slices at half time.
Shop assistant. Please stop asking if we have it in the back.
New to {city}, looking for good brunch spots.
Retired teacher and amateur historian of canals.
Long Covid since 2020. Pacing and patience.
Widower, dog walker, reluctant cook.
Taekwondo black belt. Polite though.
Podcast host about 90s cartoons. Yes, really.
IT support. Have you tried turning it off and on again?
Poet (unpublished), barista (underpaid).
Mum, wife, dreamer, crisp enthusiast.
Deliveroo rider. Rain or shine, your chips arrive.
Lifelong Labour voter. Or Tory. Or neither. Mind your business.
Church organist and amateur beekeeper 🐝
Motorbike nut. Sunday rides to the coast.
Uni lecturer in economics. My views, not the university's.
Train enthusiast. Apologies in advance.
Crossfit, quinoa and complaining about both.
Ex-smoker (3 years!). Feeling great.
Volunteer at the food bank every Saturday.
Dyslexic and proud. Spelling mistakes are a feature.
Lover of rom-coms and crime dramas in equal measure.
Caravanner. Lake District or bust.
Trainee solicitor, drinking too much coffee.
Cancer survivor x2. Living loudly.
Just a bloke who likes pies.
Bereaved mum. Talking about baby loss because it matters.
Skateboarder, 34, still falling off.
Pharmacy counter assistant — no, I can't diagnose your rash.
Film buff. Letterboxd is my real social media.
Darts on a Thursday, quiz on a Sunday.
Nana, knitter, Strictly superfan 💃
Homeschooling three kids and a hamster.
Council worker. Bins, mainly. Ask me anything about bins.
Lapsed vegetarian, current bacon apologist.
Autistic adult, sharing my experiences.
Amateur boxer, professional napper.
Metal detectorist. Found 43 ring pulls and a Roman coin.
Lover of Yorkshire puddings and long arguments about them.
Ballet teacher. Pointe shoes everywhere.
Tennis, tapas and terrible puns.
Physio patient after my ACL op. Road to recovery!
Single dad, two girls, one very loud house.
Musician. Folk, mostly. Sometimes sea shanties.
Retired fireman. Still can't walk past a barbecue without checking it.
Midwife's daughter, nurse's sister, accountant myself.
Care home cook. Shepherd's pie Wednesday is legendary.
Anxiety, but make it fashion.
Lifeguard at the leisure centre. No bombing.
Supporting my husband through dementia. One day at a time.
Planespotter. Manchester Airport runway 23R fan club.
Retired nurse — 38 years on the wards. Now I just garden.
Uni student studying law, mainly procrastinating.
Crafter, upcycler, charity shop hunter.
Tattoo artist. Walk-ins Fridays.
Proud grandad. Ask me about my grandson's goals.
Estate agent. Yes, 'compact' means tiny.
Climbing, camping and cold beers.
Stay-at-home dad and part-time DJ.
Food blogger reviewing every chippy in {city}.
Allergic to cats, owns three cats.
Mechanic. I can hear what's wrong with your car from here.
Volunteering at the local hospice shop on Tuesdays.
Weekend warrior at the local 5-a-side.
Cleaner. I know where the dust hides.
Plant parent to 47 houseplants 🌿
Former midwife, now a doula. Birth stories welcome.
Second-hand bookshop owner in {city}.
Lover of horror films and fluffy socks.
Carpenter, woodturner, bowl enthusiast.
Climate activist. Plant trees, not doubts.
Pensioner. Spending my kids' inheritance on cruises.
Postgrad in public health. Data nerd.
Parent governor and PTA cake-stall veteran.
Crohn's disease. Know where every toilet in town is.
Roofing contractor. Not scared of heights, just ladders.
Fan of early mornings, strong coffee and Radio 4.
Boxing fan, Sunday league ref, patient man.
Adult learner, finally doing my GCSE maths at 41.
Mother of a premmie born at 27 weeks. She's 6 now and unstoppable.
Baker at the corner café. Sourdough starter named Doug.
Loves a bargain. Yellow sticker hunter.
Street photographer, mostly pigeons.
Cricket club treasurer. Someone has to do it.
Ukulele player and mediocre singer.
Chess club Tuesdays. Sicilian defence or nothing.
Warehouse night shift, daytime sleeper.
Supporting Ukraine 🇺🇦 Volunteering with refugee families.
Paramedic's wife. Dinner is always cold.
Birdwatcher and occasional twitcher.
Survived sepsis in 2021. Know the signs.
I run, I eat, I repeat.
Fashion student, thrift queen.
Long-distance walker. Pennine Way next year.
Farmer's daughter. Mud is normal.
Carer and part-time student. Exhausted and hopeful.
Magistrate, quiz fanatic, avid reader.
Heart transplant 2015. Every day is a bonus.
Disabled veteran. Proud of my service, prouder of my kids.
Amateur footballer in my 40s. Knees say no.
Mum to a child with autism. We see the world differently and it's wonderful.
Big fan of the countryside and little villages.
Photographer of dogs at the beach.
School crossing patrol. Lollipop lady and proud.
Teaching assistant, Year 2. Phonics forever.
Cyclist, commute every day rain or shine.
Jigsaw obsessive. 1000 pieces minimum.
Singer in a wedding band.
Retired engineer building model railways in the loft.
Guitarist, grumpy, good heart.
Dance teacher. Salsa Mondays.
Bus pass holder and proud of it.
Chaplain at the local uni. Tea always on.
Secondary school English teacher. Mostly marking.
Golf on Saturday, regret on Sunday.
Food hygiene inspector. Yes, I judge your fridge.
Hospital radio listener turned volunteer DJ.
Vinyl collector. Northern soul forever.
Nursing my way through an OU degree in psychology.
Sheffield Wednesday, real ale and rambling.
Scaffolder. Early starts and tall stories.
Bereaved dad. Raising awareness of SIDS.
Professional dog walker in {city}. 8 dogs, 1 me.
Stroke survivor. Learning to write with my left hand.
Lover of all things Christmas, all year round 🎄
Childminder. Messy play is my love language.
Poetry, politics and pints.
Librarian. Shh.
Mental health advocate. It's OK not to be OK.
Retired GP receptionist. Yes, I've heard it all.
Bodybuilder and meal-prep king.
Rare disease dad. Fundraising for research.
Tea shop owner, scone evangelist.
Fan of lazy Sundays and loud music.
Student paramedic's proud mum.
Bricklayer. Built half of {city}'s new estates.
Watercolour painter, mostly landscapes.
Ex-factory worker, now retraining as a nurse at 45!
A1 enthusiast. Not the road, the sauce.
IVF warrior. Three rounds and counting.
Gym owner. No excuses, only squats.
Shop steward at the depot. Solidarity.
Lifelong learner, history podcasts on repeat.
Trampoline park manager. It's chaos.
Cook, writer, occasional gardener.
MND carer for my husband.
Parkrunner, tourist, one-time Jeopardy contestant.
Sandwich artist. Respect the sandwich.
Football stats nerd.
Dad. Husband. Leeds United. In that order (mostly).
Loves fog, hates traffic.
Hedgehog rescue volunteer 🦔
Mum of 2 boys, survived chickenpox week.
Ex-copper, now running a B&B.
Lives for the weekend car boot.
Grateful to the NHS for looking after my dad last winter.
ADHD, adulting badly but trying.
Cross-stitch and crime novels.
Wine, walks and Wordle.
Musician, producer, hopeless romantic.
Mum, Brownie leader, expert at lost shoes.
Coastal path walker and fish-and-chip critic.
Chef at a Thai restaurant. Spicy is a lifestyle.
Rugby union, weekend dad, part-time DIY.
Retired midwife — delivered over 2,000 babies.
Maths tutor. Fractions are friends.
New dad. Send snacks.
Interior designer. Beige is not a personality.
Forest school leader. Mud is learning.
Shift worker at the airport. Coffee is my co-pilot.
Post-op hip replacement. Walking better than ever.
Tabletop gaming, dungeon master on Fridays.
Long-suffering Everton fan.
Singer-songwriter. Gigs in pubs around {city}.
Baking for the village fête since 1979.
Lover of Scandi crime dramas and cinnamon buns.
Housing officer. Doing my best with what we've got.
Mum and amateur photographer of sunsets.
Pilates teacher. Breathe in, breathe out.
Jewellery maker, Etsy shop.
Ultramarathoner. Yes, on purpose.
Hospital cleaner's son. She worked nights so I could go to uni.
Bookworm, cat lover, tea drinker. Classic.
Self-employed gardener. Hedges trimmed with love.
Cub scout leader and camping fanatic.
Ex-teacher, now writing children's books.
Two left feet, one right heart.
Blood donor (38 times!). Book your slot, it's easy.
Father of four, football taxi driver.
Student, Spanish and French. Erasmus next year.
Karaoke champion of the Red Lion.
Dental nurse. Floss. Please.
Into retro consoles and Sunday league.
Sourdough, sunshine, Saturday naps.
Amateur genealogist. Found a pirate in the family!
Renovating a 1930s semi. Send help.
Proud Geordie living down south.
Lover of local history and old photographs of {city}.
Retired lorry driver. Still tooting at kids.
Bipolar, creative, funny on a good day.
Loves gigs, hates queues.
Foster carer for dogs awaiting homes.
Just finished chemo. Bell rung! 🔔
Cyclist, coffee roaster, bad dancer.
Stepmum, stepdaughter, step-everything.
Dog groomer. Fluff is my life.
Motorhome life, weekends only.
Police civilian staff. Views my own.
Crossword solver, jam maker.
Former sailor, current landlubber.
Working in retail. Christmas starts in August.
Hiking, hot chocolate, hygge.
Photographing every church in Yorkshire.
Trained as a chef, now a stay-at-home mum.
Veteran of three house moves in two years.
Sunday league goalkeeper. Hands like buckets.
Disability benefits campaigner.
Waiting for a new knee. The list is long but I'm patient.
Travel addict, 37 countries and counting.
Lover of soul music and soul food.
Office manager, spreadsheet whisperer.
Recovering perfectionist.
Open water swimmer and sauna fan.
Singer, social worker, storyteller.
Old enough to remember Ceefax.
Dad of two daughters and one very old cat.
Lab technician at the uni. Pipettes and podcasts.
Horse rider, stable mucker, early riser.
Vintage car restorer. Morris Minors only.
Newly qualified driver, scared of roundabouts.
Loves Eurovision more than is healthy.
Jobseeker after redundancy — open to admin and warehouse roles.
Amateur drama group. Currently a tree.
Football, family, fish and chips.
Hiker, reader, occasional cake maker.
Brain tumour survivor, marathon runner.
Retired social worker enjoying the quiet.
Small business owner — candles and soaps.
Sixty and starting ballroom dancing!
Allergy mum. Reading every label twice.
Photographer of abandoned buildings.
Teenager, apparently. Music and mates.
Grief is love with nowhere to go. Miss you, Dad.
Gran and Nan at the same time. Long story.
Football coach, part-time philosopher.
Former barista, current café owner.
Proud carer for my autistic son.
Lover of rain, hater of wet socks.
Classic rock, classic cars, classic dad.
Tutor, tinkerer, tea fiend.
Tree surgeon. Up in the canopy most days.
Walking my way through every trig point.
Maker of rubbish pottery. Getting better!
Lifelong asthmatic, inhaler always in my pocket.
Student nurse — just kidding, I'm an accountant who watches Casualty.
Waitress, dreamer, part-time poet.
Trying to visit every football ground in England.
Retired dinner lady, still strict about pudding.
Motherhood, mayhem and more coffee.
Likes: sunsets, dogs, quiet pubs. Dislikes: loud phone calls on trains.
Wildlife photographer, mostly badgers.
Cardiac rehab graduate. Stronger than before.
Crafts with kids, cocktails with mates.
Forklift driver and Fantasy Football league winner 2022.
Lover of jazz, rain and long novels.
Mum of a Type 1 diabetic superhero.
Plasterer. Smooth finish every time.
Fan of brutalism and biscuits.
Village cricket umpire. Out!
Historian of the textile mills around {city}.
Learning British Sign Language with my deaf daughter.
Chess, cheese and cheap wine.
Fitness instructor at the leisure centre. Spin classes Tuesday.
Nanny to a lovely family. Kids say the funniest things.
Builder, dad, fisherman.
Online seller of vintage toys.
Fan of spreadsheets and sci-fi.
Former nurse, long retired, now a volunteer befriender.
Skiing once a year, talking about it all year.
Pub quiz host. Round 3 is always music.
Allotment, apple pie and the Archers.
Proud to be a care assistant at a residential home.
Ex-pat returned home to {city} after 20 years.
Walking group organiser, all welcome.
Bookkeeper, bread maker, bad at bowling.
Cyclist, commuting along the canal every day.
Epilepsy awareness. Purple day every day 💜
Surviving on toast and optimism.
Father, husband, Gooner.
Ex-RAF, now a driving instructor.
Student at the college doing hairdressing.
Lover of science fiction and sausage rolls.
Independent bookseller.
Mum. Midwife? No, a dental receptionist. People always ask.
Retired civil servant. Crosswords and cryptic clues.
Barber. Fades and friendly chat.
Brass band tuba player.
Coffee, cats and comic books.
Loves the seaside, lives in the city.
PTA chair, chief tombola organiser.
Post-grad at the uni, researching antibiotic resistance.
Kayaker, camper, sunburnt.
Volunteer driver taking older neighbours to appointments.
Fibromyalgia. Some days it wins, most days I do.
Grandfather, gardener, gentle giant.
Former shop owner now enjoying retirement.
Climbing wall regular. Chalk everywhere.
Bingo caller. Two fat ladies!
Hospital porter's wife and proud of him.
Podcasting about local football.
Pottery, pilates and prosecco.
Sunday roast connoisseur, {city} edition.
Just here to read the news and argue about it.
"""

BIOS += """
Joiner's apprentice, learning every day.
Dog mum to two rescue greyhounds 💕
Student at the sixth form, doing A-level biology.
Mountain biker. Bruises are badges.
Quiet life, loud opinions about biscuits.
Stay-at-home mum, ex-paralegal, full-time referee.
Fan of gigs in tiny venues.
Early retirement, late breakfasts.
Saving up for a campervan.
Chef, father, football fan, in no particular order.
Cat sitter in {city} — your fur babies are safe with me.
Loves old films, older friends.
Ex-miner. Proud of where I'm from.
Weight loss journey, 4 stone down!
Bakery owner. Up at 4am so you can have croissants at 7.
Teacher of maths and lover of cake.
Running club chair. Hills on Wednesdays.
Nature lover, frog pond builder.
Former nanny, now a primary teacher.
Sister, daughter, friend, over-sharer.
Bus enthusiast. Don't ask about route 38.
Retired headteacher, now volunteering at the museum.
Boxing coach for kids at the community gym.
Knitting hats for premature babies at the local neonatal unit.
Amateur historian of the local railway.
New mum after 5 years of trying. Worth every wait.
Call centre worker. Your call is important to me.
Green-fingered and permanently muddy.
Pint of bitter and a bag of scratchings, please.
Lover of folk festivals and warm cider.
Dad of triplets. Yes, really.
Painter and decorator. Magnolia is not a crime.
Swimming teacher, chlorine scented.
Pie maker and pub landlady.
Collector of snow globes.
Medical student's flatmate. I know too much about bones now.
Ex-footballer, now coaching the youth team.
Lover of lighthouses.
Lifelong {city} resident, new grandma.
Scuba diving, sea glass and sunrises.
Making the most of life after my heart attack.
Book club founder, wine club member.
Retired dental hygienist, still checking everyone's teeth.
Student, part-time barista, full-time broke.
Aspiring novelist, writing at the kitchen table.
Weekend market trader — fresh fruit and veg.
Guitar teacher. Wonderwall on request (reluctantly).
Bus fan, train fan, tram fan. Transport fan.
Board games and big dinners.
Grieving my mum, remembering her laugh.
Tropical fish keeper.
Dad. Cook. Netflix completer.
Cross-country skier in a country with no snow.
Veggie patch, chickens and a very cross goose.
Holiday park worker. Summer is chaos.
Part-time carer, full-time daughter.
Fan of rugby, red wine and rainy Sundays.
Learning to code at 50.
Proud son of a Windrush nurse.
Trade union member, working in logistics.
Just moved into my first flat!
Crochet blankets for the homeless shelter.
Ex-cabin crew. Please fasten your seatbelts.
Hill walking, hot baths.
Lives with MS. Still dancing in the kitchen.
Sales manager by day, wannabe rockstar by night.
Life coach? No. Just a nosy neighbour with good advice.
Former army medic, now a driving examiner.
Loves roller derby and rollercoasters.
Hairdresser's apprentice, Saturday girl.
Writing my family history, one census at a time.
Skater mum. Ramps in the back garden.
Rugby mum, kit washer-in-chief.
Grew up in care, now a youth worker giving back.
Clarinet player in the town band.
Fan of conkers, crumble and custard.
Student in engineering. Bridges are cool.
Retired bus driver. Now I ride for free.
Brewing my own beer in the shed. Results vary.
Gardener, grandmother, grumpy before coffee.
Plumber's mate. Passing the spanner since 2019.
Long-haul trucker's wife, raising three on my own most weeks.
Yoga, yoghurt and yawning.
Into punk, parkour and pasties.
Hospital volunteer? No, I just visit my nan a lot.
Member of the local wild swimming club.
Pigeon fancier, proud of my birds.
Lover of crisp autumn mornings.
Shop owner on the high street — shop local!
Stepdad to two brilliant girls.
Fundraiser for the local animal shelter.
Aspiring chef, watching too much MasterChef.
Walking netball captain.
Former farmer, retired to the town.
Traveller, teacher, tea drinker.
Couch to 5k graduate 🎉
Postwoman. Yes, your parcel is on the way.
Creative writing student.
Proud gay dad of two adopted boys.
Makes cakes that look better than they taste.
Ice hockey fan, Sheffield Steelers.
Hospice supporter since losing my wife.
Caribbean cook, Sunday rice and peas.
Scrapbooker and memory keeper.
Lover of libraries and long walks.
Roofer, runner, reader.
Gardening club, golf club, lunch club.
Retired vicar, still writing sermons for fun.
Trying to get my life together. Results pending.
Kickboxing mum of two.
Telescope, tea and a dark sky.
Nail tech, lashes too.
Student at the art college — portraits on commission.
Former rugby player with bad knees and good stories.
Hayfever sufferer, spring hater.
Sings in the shower and the car, nowhere else.
Community garden volunteer.
Guide Dogs puppy walker 🦮
Retired welder, making garden sculptures now.
Lover of all things Harry Potter.
Hotel receptionist, night shifts.
Canal boat dweller, slow living.
Ex-nurse turned yoga teacher.
Model maker, Warhammer painter.
Dedicated to my kids, my dog, and my sofa.
"""

FIRST = """Aaliyah Abdul Abigail Adam Ade Aisha Alan Alexandra Alfie Ali Alice Amelia Amir Amy Andrew Angela Anita Ann Archie
Arjun Ayesha Barbara Barry Becky Ben Bethany Bilal Brenda Brian Callum Carl Carol Caroline Charlie Chloe Chris Claire Colin
Connor Craig Daisy Dan Darren Dave Dean Debbie Declan Denise Derek Dev Dionne Dominic Donna Duncan Eddie Elaine Eleanor Eliza
Ellie Emeka Emily Emma Eric Fatima Fiona Freya Gail Gareth Gemma George Georgia Gillian Gordon Grace Graham Hamza Hannah Harry
Harvey Hayley Heather Helen Ibrahim Imran Isla Jack Jackie Jade Jake James Jamal Jane Janet Jason Jay Jenny Joanne Joe John
Jordan Josh Julie Karen Kate Keith Kelly Kerry Kevin Kieran Kim Kyle Laura Lauren Leah Lee Leon Lewis Liam Lily Lindsay Lisa
Lorraine Louise Lucy Luke Maisie Malcolm Mandy Mark Martin Mary Matt Maureen Megan Mehmet Mia Michelle Mike Mohammed Molly
Nadia Natalie Neil Nicola Nikhil Nina Noah Olivia Oscar Owen Paige Pam Patrick Paul Pauline Phil Priya Rachel Raj Rebecca
Rhys Richard Rob Robyn Rosie Ross Ruby Ryan Sadia Sally Sam Sandra Sarah Scott Sean Shabana Sharon Shaun Sophie Stacey
Stephen Steve Stuart Sue Tanya Tariq Terry Theo Tom Tony Tracey Tyler Vicky Wayne Wendy Yasmin Zainab Zara Zoe""".split()

LAST = """Abbott Ahmed Akhtar Ali Allen Armstrong Atkinson Bailey Baker Banks Barker Barnes Bell Bennett Bibi Booth Bradley
Brooks Brown Burns Butler Campbell Carr Carter Chapman Clark Clarke Cole Collins Cook Cooper Cox Crawford Davies Dawson Day
Dixon Doyle Duffy Edwards Ellis Evans Farrell Fisher Fletcher Foster Fox Gibson Gill Gordon Graham Grant Gray Green Hall
Hamilton Harris Harrison Hart Hill Holmes Hopkins Houghton Hughes Hunt Hussain Jackson James Jenkins Johnson Jones Kaur Kelly
Kennedy Khan King Knight Lawrence Lee Lewis Lloyd Marshall Mason Matthews McDonald Miah Mills Mitchell Moore Morgan Morris
Murphy Murray Nelson Noor Okafor O'Brien Owen Palmer Parker Patel Pearson Phillips Powell Price Rahman Reid Reynolds
Richards Roberts Robinson Rogers Rose Ross Russell Ryan Saunders Scott Shah Sharp Shaw Simpson Singh Smith Spencer Stevens
Stewart Sutton Taylor Thomas Thompson Turner Walker Walsh Ward Watson Webb Wells White Wilkinson Williams Wilson Wood Wright
Yates Young""".split()

# Some people use a nickname rather than a full name
NICKNAMES = """Biscuit's Dad | Queen of Crumbs | The Allotment Guy | MancMum | Tyneside Tom | Brum Bird | Bristol Baker |
Leeds Lass | Oxford Rambler | Fen Walker | Cornish Pixie | Sussex Sarah | Cambridge Cyclist | Yorkshire Grit | Nottm Nan |
Big Dave | Little Lou | The Quiz Master | Kettle's On | Rainy Day Reader | Pie Man | Canal Kid | Hill Seeker | Night Owl |
Sunday Roaster | Dad Joke Central | Mrs Crafty | Cheeky Chap | Wandering Wendy | Tea and Toast""".split("|")
