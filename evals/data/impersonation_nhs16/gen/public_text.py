"""Hand-written members of the public (general_public), set 16.

One line each: display name | personal bio. A few mention the local hospital via {site} / {city} / {short}.
"""

PUBLIC = r"""
Becky Linford|Mum of 2, teaching assistant, Strictly obsessive. Probably eating crisps.
Dan Ashcroft|Carpenter. Left-footed. Still bitter about 2016.
Mags|Retired dinner lady, grandma, bingo champion of our street
Harvey Lomax|Year 13. Physics, guitar, sleep. In that order.
Sunita K|Accountant by day, Bollywood dance teacher by night 💃
Gary Wickens|Van driver. Carp fishing. Pint of bitter please.
Lauren Asquith|Just here for the dog videos 🐶
Jonno|Plasterer • Leeds Rhinos • two kids and a very loud cockapoo
Mirela Popescu|Romanian living in {city}. Cleaner, mum, love cooking.
Rev. Tim Haworth|Vicar in a small parish. Tea, cricket, and the occasional sermon that lands.
Kayleigh Booth|Hair & beauty 💅 Appointments via my page not here
Ade|Engineer. Nigerian. Chelsea. Jollof wars champion.
Professor Linnea Hart|Historian of medieval trade routes. Posts about maps.
Steve from Accounts|Not actually in accounts. Never been in accounts.
Chloe Mercer|Born at {site} in 1996, still live ten minutes away 😂 Nursery practitioner.
Raj Sandhu|Dad, cricket coach, part-time DJ. Punjabi beats only.
Hazel Trent|Wild swimmer. Cold water, warm heart.
Matt Doyle|Software developer. Opinions about tabs.
Oona|Illustrator. Frogs mostly.
Pauline Steadman|Widow, churchgoer, knitter of baby hats for the neonatal unit at {site}.
Liam Horrocks|Scaffolder. Bolton Wanderers. Sunday league legend (allegedly).
Farah Akhtar|Law student. Coffee. Crime podcasts.
Nigel Pettifer|Model railway enthusiast. OO gauge. Please don't ask about the loft.
Jess Kaminski|Primary teacher, Year 4. Glitter everywhere.
Ollie B|Skateboarding, synths, and sandwiches
Brenda Lowe|Nan of seven. Loves a caravan holiday in Skegness.
Tariq Hussain|Taxi driver, {city}. Football on the radio, always.
Amelia Fairbrother|Equestrian. Eventing. Muddy boots.
Kofi Mensah|Ghanaian-British. Accountant. Church choir tenor.
Debs Halliwell|Dinner lady, Zumba addict, proud aunty
Callum Reid|Student paramedic... just kidding, IT support. Fantasy football bore.
Nadia Rossi|Italian food blogger in England. Pasta is a personality.
Wayne Prosser|Ex-Army. Now a postman. Walks 20k steps a day whether I like it or not.
Ella May|Singer-songwriter. New single out Friday 🎶
Heather Gillespie|Scottish in exile. Missing Irn Bru.
Sam Thornbury|Climber. Boulders, crimps and grazed knuckles.
Anjali Shah|Pharmacy student. Skincare chemistry nerd.
Barry Coombes|Retired miner. Brass band, cornet. Grandad.
Paige Whitfield|Nail tech ✨ {city}
Tom Okoro|PE teacher. Basketball coach. Protein shakes.
Ivy Cartwright|91 years young. My grandson set this up.
Jamie-Lee Foster|Mum, carer for my dad, surviving on coffee
Arjun Mehta|Data analyst. Cricket stats are my love language.
Sophie Greenhalgh|Allotment, chickens, and a very bad tomato year.
Marcus Reilly|Electrician. Spark. Man City. Don't @ me.
Zainab Yusuf|Medical student? No — marketing grad. Books & baking.
Gordon Fairclough|Pub quiz captain. Know lots about nothing.
Rosa Delgado|Spanish teacher. Flamenco on Saturdays.
Kev Hampton|Bin man and proud. Rubbish jokes.
Beth Carrington|Vet nurse 🐾 cats > dogs (sorry)
Will Sanderson|Bass player in a band you haven't heard of.
Agnieszka W|Polish mum in {city}. Pierogi queen.
Frank Delaney|Irish. Retired builder. Hurling fan.
Molly Kettering|Year 10. Netball. Taylor Swift.
Josh Pemberton|Personal trainer. DM for plans (not medical advice).
Hannah Abbas|Architect. Drawing lines, drinking tea.
Derek Yates|Widower, bowls club, grows prize leeks.
Shanice Campbell|Mum. Hairdresser. Loving life in {city}.
Connor Walsh|Apprentice mechanic. Fast cars, slow Sundays.
Janet Broadbent|Retired librarian. Crime novels, crosswords, cats.
Femi Ojo|Startup founder. Failing forward.
Lucy Armitage|Running because cake. Parkrun 5k PB 27:14.
Dominic Thorne|Estate agent. Yes, I know.
Grace Whitmore|Sixth form. Wants to be a nurse one day 💙
Phil Rawlinson|Fishing. Caravanning. Radio 2.
Meera Pillai|Classical Indian dancer, teacher, mum of twins.
Adam Kovacs|Chef. Hungarian goulash evangelist.
Tina Marsh|Dog groomer. Poodles are divas.
Rory McAlister|Bagpipes, whisky, and a long commute.
Sarah Lindqvist|Swedish-English. Knitting, saunas, cinnamon buns.
Big Dave|Bouncer. Gentle giant. Loves his mum.
Aaliyah Harris|Dance student, London. Choreo on my page.
Colin Marchant|Retired train driver. Still waves at trains.
Emma Fitzwilliam|Wedding photographer. Booking next year now.
Imran Chaudhry|Shopkeeper. Corner shop since 1998. Open till late.
Kirsty Dunne|Mum of 4. Slow cooker recipes. Chaos.
Ben Hollis|Bird watcher. Saw a hoopoe once. Never recovered.
Olga Petrenko|Ukrainian in the UK since 2022. Grateful. Learning English.
Lee Chambers|Roofer. Darts on Thursday.
Abi Nightingale|Not a nurse, just the surname 😂 Works in insurance.
Graham Sutcliffe|Pensioner. Writes letters to the paper.
Yasmin Okafor|Law graduate. Pageant girl. Faith.
Nathan Pryor|Motorbikes. Motorbikes. Motorbikes.
Elaine Crossley|Cleaner at the school. Loves a bargain.
Rob Atherton|Teacher of history. Dad of one. Cyclist in lycra, sorry.
Jade Lomas|Lashes & brows by appointment
Khalid Mahmood|Uber driver, {city}. Hard work pays.
Ruth Okonkwo|Social worker (children's). Tired but hopeful.
Pete Galloway|Allotment king. Rhubarb surplus, ask me.
Freya Wainwright|Art student. Charcoal on everything.
Alan Broadhurst|Retired copper. Grandchildren and golf.
Siân Rees|Welsh speaker. Rugby. Choir.
Tyrone Bennett|Grime producer. Beats for sale.
Linda Prescott|Had my knees done at {site} last year, can walk the dog again 🐕 Grateful!
Jack Tennant|Plumber. Always running late.
Priyanka Dutta|Software tester. Breaks things for a living.
Dylan Fox|Surfing Cornwall every chance I get.
Maureen O'Hara|Not that one. Retired hairdresser from Cork.
Samir Bouzid|Moroccan chef in {city}. Tagine Tuesdays.
Chantelle Morris|New mum 👶 sleep deprived. Send coffee.
Richard Coyle|Accountant. Triathlons (badly).
Nicola Dent|Swimming teacher. Verruca socks essential.
Harry Winterbottom|Gamer. Streamer. 40 followers and proud.
Joy Adebayo|Caterer. Small chops for parties, DM for menus.
Carl Stanway|Taxi driver & part-time comedian (allegedly)
Vicky Pennington|Carer for my son. Autism mum. Advocate.
Ahmed Farouk|Egyptian. Engineer. Tea with too much sugar.
Rebecca Hollins|Primary school head. Kindness first.
Sean Gallagher|Celtic. Pints. Family.
Amy Leach|Crafting, scrapbooking, tea.
Mike Ridgeway|Lorry driver. Seen every services on the M6.
Deepa Nair|Kerala → {city}. IT project manager.
Jordan Price|Rugby league. Gym. Repeat.
Sandra Wilks|Lollipop lady. Rain or shine.
Ewan Frazer|Student, geography. Maps!
Patience Mutasa|Church, family, and my little bakery.
Gavin Hurst|Drummer. Neighbours hate me.
Olivia Spencer|Book blogger 📚 romance and thrillers
Wasim Akram (not that one)|Cricket nut. Batsman for the village 2nd XI.
Tracey Pickles|Yes that's my real name. Dinner lady. Laughs a lot.
Henry Blackwood|Barrister. Cycling. Opera.
Jenny Ho|Nail bar owner in {city}.
Craig Dawes|Sparky. Fishing. Dad of 3 girls = outnumbered.
Laura McBride|Dental receptionist. Floss!
Zoe Hamilton|Musician, cellist, cat person.
Bilal Anwar|Student, business. Football freestyle.
Edith Marsden|Former nurse (retired 2001). Still knit for the babies.
Shaun Cooper|Window cleaner. I see everything (joking).
Aoife Brennan|Irish dancer. Physics teacher. Chaos.
Keith Bamford|Bus driver, route 42. Good morning!
Nia Williams|Poet. Spoken word nights.
Lewis Firth|Cyclist, coffee, craft beer. Yorkshire.
Alisha Gupta|Doctor? No. Dentistry student. Close enough.
Trevor Lloyd|Gardener for hire. Hedges a speciality.
Holly Ashworth|Wedding planner 💍
Darius Karimi|Persian cook. Saffron everything.
Kelly Tomlinson|Hospital cleaner? No — office cleaner. Night shifts though.
Bernard Levy|Retired dentist. Violin. Chess.
Georgia Palmer|Hockey. Uni. Cheese.
Yusuf Ali|Mechanic. Audi specialist.
Rachel Sedgwick|Mum, runner, cake eater.
Tony Maguire|Ex-boxer. Now run a gym for kids.
Lily Chen|Violinist. Bubble tea.
Warren Platt|Retired fireman. Bees.
Eilidh Munro|Highland girl in the south. Hillwalking.
Martin Kershaw|Accountant. Marathon number 12 booked.
Bukola Adewale|Fashion designer. Ankara prints.
Neil Haughton|Golf. Bad golf.
Charlie Dean|Theatre kid. West End dreams.
Patricia Norbury|Church warden, WI, jam maker.
Aarav Joshi|Year 9. Chess club. Minecraft.
Leanne Sykes|Staff nurse?? No, I work in the call centre at the bank lol.
Oscar Bright|Photographer. Street & portraits.
Gloria Mensah|Pastor's wife. Singer. Mother of nations.
Stuart Dobbs|Man with a van. Removals {city}.
Kim Radcliffe|Dog walker. Rain is just wet sunshine.
Ali Reza|Barber. Fades and beards.
Joanne Tully|Mum of three. Tea towel collector.
Elliot Marsh|Writer. Mostly unfinished novels.
Sadia Begum|Teaching assistant. Henna artist.
Ken Whitworth|Pigeon fancier. 40 birds.
Rhiannon Pugh|Sheep farmer's daughter. Wellies always.
Marvin Adjei|Footballer, semi-pro. Striker.
Polly Whitaker|Vintage clothes dealer.
Graeme Bell|Bass fisherman. Northumbrian coast.
Isabel Ortega|Spanish nurse? No, Spanish tour guide.
Jasmine Cole|Beauty therapist. Self-care isn't selfish.
Terry Nolan|Retired postman. Pub. Racing.
Maya Rosenberg|Psychology student. Cats.
Paddy Byrne|Builder. Irish. Loves a good story.
Sonia Lal|Pharmacist at a high street chain. Views my own.
Ryan Morley|Gym owner. Strong is the new skinny.
Dawn Haywood|Lost my mum at {site} last spring. The nurses were angels. Fundraising in her name.
Usman Tariq|Cricket and chai.
Eleanor Baxter|Historian, local archives volunteer.
Jay Pritchard|Tattoo artist. Books closed.
Marion Beckett|Retired teacher. Choir. Garden. Grandkids.
Kwame Osei|Nursing student at uni, placement starts soon. Nervous!
Stacey Holt|Make-up artist. Weddings & proms.
Alfie Crompton|Year 11. Exams. Help.
Valentina Russo|Italian in England. Art restorer.
Les Dawes|Allotment, dominoes, and the grandkids.
Imogen Clarke|Equality campaigner. Volunteer at the food bank.
Kyle Edwards|Scaffolder. Cage fighter (amateur).
Rosie Hennessy|Florist. Flowers for every occasion.
Mustafa Hassan|Somali-British. Youth worker. Football coach.
Diane Whiteley|Dinner lady for 30 years. Fed half of {city}.
Fraser Mcleod|Outdoor instructor. Kayaks.
Aisha Rahman|Student, pharmacology. Mum's best helper.
Bob Entwistle|Retired. Trains. Cats. Tea.
Nikki Stubbs|Cafe owner. Best bacon butty in town.
Jamal Richards|Music teacher. Steel pans.
Pippa Langley|Horse rider. Pony club mum.
Gurpreet Bains|Driving instructor. Patience of a saint.
Moira Campbell|Scottish granny. Shortbread.
Reece Hartley|Apprentice joiner. Sawdust everywhere.
Lena Fischer|German teacher. Hiking. Bread snob.
Pete Moorcroft|Birder. Photography. Retired.
Tasha Brown|Youth worker. Dancehall.
Arthur Greaves|Old soldier. Normandy veteran's son.
Sabrina Ali|Student midwife? Nope, student journalist.
Duncan Ferris|Joiner. Whisky collector.
Precious Okeke|Care worker in a nursing home. Proud of my job.
Ian Shuttleworth|Burnley FC. Season ticket 30 years.
Cerys Jenkins|Vet student. Lambing season survivor.
Mo Farah fan account|Not Mo. Just love running.
Grace Nwosu|Hair braider. Box braids, cornrows.
Victor Lund|Norwegian in {city}. Software.
Pam Riley|Bingo caller. Two fat ladies, 88!
Joel Kirkby|Youth pastor. Skateboards.
Anita Desai|Not the author. Dentist.
Russell Platt|Fishmonger. Market stall Saturdays.
Evie Longbottom|Year 8. Horses and slime.
Khadija Noor|Mum blogger. Halal recipes.
Ted Cullen|Retired steelworker.
Marie Dufresne|French in England. Pastry chef.
Lee Ashton|Bricklayer. Bolton lad.
Yuki Tanaka|Japanese student. Studying design.
Jean Pollitt|Former mayor's secretary. Local history.
Daniel Osagie|Accountant. Choir. Church.
Helena Marsh|Yoga teacher. Breathe.
Gaz Butterworth|Pub landlord. Quiz Tuesdays.
Precious Dube|Zimbabwean. Care worker. Gospel.
Finn O'Connor|Uni student, history. Pub quizzer.
Hilary Knott|Artist. Watercolours. Seaside.
Malik Sharif|Restaurant owner, curry mile.
Carol Fenton|Retired nurse, {site} 1980-2015. Miss the banter.
Oli Rhodes|Graphic designer. Type nerd.
Nasreen Akhtar|Mum. Volunteer at the mosque food bank.
George Holmes|Ex-footballer. Coach now.
Kerry Daly|Irish mammy in England. Tea.
Vikram Rao|Doctor? No, PhD in chemistry. Not medical advice lol.
Sheila Barraclough|Retired. Crossword and soaps.
Jude Akintola|Student, engineering. Afrobeats.
Danielle Moss|Cleaner. Single mum. Strong.
Alex Turner (no, not that one)|Bass guitar in a covers band. Sheffield.
Beatrice Oyelowo|Law student, Nigerian-British. Debating.
Ray Hardcastle|Fishing, cricket, pint.
Lottie Swann|Wedding cake maker.
Dev Bhatt|Cricket coach, youth team.
Glenys Owen|Welsh. Retired. Choir. Chapel.
Spencer Hale|Architect. Brutalism fan.
Amina Jallow|Gambian. Student. Fashion.
Roy Lancaster|Gardener (not the famous one).
Jodie Whittaker-Smith|Nursery nurse. Glitter & glue.
Hamza Qureshi|Gamer. FIFA.
Kathleen Murphy|Great-gran. Rosary and radio.
Elijah Campbell|Gospel choir director.
Toni Fairweather|Fitness instructor. Spin classes.
Mark Ellwood|IT. Fantasy football. Dad.
Esther Adeyemi|Nurse in the family, not me though — I'm an accountant 😂
Colin Rigby|Railway volunteer, steam engines.
Sana Iqbal|Teacher. Urdu poetry.
Max Ingram|Mountain biker.
Rita Baptiste|Caribbean cook. Rice and peas Sunday.
Owen Hughes|Farmer. Sheep. Tractor.
Lucy Nakamura|Half Japanese half Welsh. Illustrator.
Terry Flint|Retired bus driver.
Fatima Zahra|Student nurse… no, student pharmacist. Close!
Jim Royle (fan)|Not the real one. Love the show.
Amara Eze|Social media manager. Ironic.
Hugh Pemberton|Retired surveyor. Walking.
Kelsey Marsh|Barista. Latte art.
Bashir Ahmed|Kebab shop owner. Open late.
Gwen Pritchard|Librarian. Books.
Liam O'Sullivan|Carpenter. Irish.
Priti Chauhan|Beautician, threading.
Dennis Barlow|Widower. Allotment.
Maisie Thompson|Year 12. Drama. Musical theatre.
Kayode Ajayi|IT consultant.
Barbara Greenwood|Retired head. Bridge.
Shane Lyons|Tree surgeon.
Nicole Bishop|Personal assistant. Organised chaos.
Rahul Kapoor|Bollywood dance.
Joan Tickle|Great nan. Bakes.
Aidan Kerr|Musician. Folk.
Simone Baptiste|Singer. Soul.
Neville Ashby|Bowls club secretary.
Leah Bradshaw|Student, psychology.
Zubair Khan|Delivery driver.
Eva Novak|Czech. Au pair.
Rodney Trotter (lol)|Not him. Trader in {city} market.
Geraldine Pike|Church flower arranger.
Connor Tate|Football. FIFA. Pizza.
Naledi Dube|South African. Teacher.
Frank Oddie|Retired bricklayer.
Skye Anderson|Influencer (small). Fashion.
Idris Mohammed|Taxi rank regular.
Heidi Brook|Equine dentist.
Robin Sparrow|Twitcher (birds, not the old twitter).
Cheryl Haigh|Dinner lady and lollipop lady.
Tunde Bakare|Pastor. Community leader.
Alice Penrose|Student, English literature.
Malcolm Dunn|Retired police. Golf.
Aimee Lister|Receptionist, car garage.
Tomasz Zielinski|Polish builder. Football.
Bernadette Quinn|Irish. Retired midwife. Grandmother.
Luke Sharrock|Student, sports science.
Lakshmi Iyer|Classical singer.
Roger Caddick|Model aircraft club.
Fiona Barlow|Bookkeeper. Baking.
Jermaine Grant|Barber shop owner.
Mavis Arkwright|Ninety. Still driving. Don't tell my daughter.
Caleb Jones|Student. Welsh rugby.
Parveen Akhtar|Seamstress. Alterations.
Howard Leigh|Jazz pianist.
Kimberley Holt|Mum. Disney addict.
Omar Siddiq|Pharmacist, community.
Ethel Bancroft|Widow. WI.
Ciaran Doyle|Electrician.
Tamsin Roe|Potter. Ceramics.
Babajide Olatunji|Engineer. Chess.
Marjorie Pell|Retired nurse.
Sunny Singh|Wedding DJ.
Lorna Blake|Teacher. Singer.
Dale Burrows|Gamekeeper on a Peak District estate. Up before the grouse.
Melissa Quayle|Manx. Baker.
Ifeoma Nwachukwu|Lawyer. Mum.
Roland Bevan|Historian.
Tiffany Reid|Nail artist.
Yasir Jamil|Student. Boxing.
Pat Longworth|Retired. Garden.
Sophia Rahman|Teacher. Poetry.
Vince Carter|Mechanic. If it's got a carburettor, I'll fix it.
Belinda Tate|Antique dealer.
Femi Alade|Afro-jazz saxophonist. Gigs most Fridays.
Audrey Pickering|Great-grandmother.
Rory Duffy|Second-year history student, mostly in the library café.
Harriet Keane|Doctor Who fan.
Jahid Miah|Head chef at a Bangladeshi restaurant. Sylheti home cooking on Sundays.
Clare Frobisher|Primary teacher.
Darren Royle|Forklift driver.
Uzma Shafiq|Mum. Blogger.
Ken Sowerby|Fisherman out of Whitby. Weather permitting.
Ruby Castle|Vintage.
Abdi Warsame|Youth coach.
Doreen Platt|Bingo.
Nathaniel Osei|A-level student. Maths, further maths, and too much FIFA.
Hayley Grimshaw|Nursery owner.
Gerry Flanagan|Retired docker.
Chioma Obi|Fashion.
Anthony Birtwistle|Geography teacher. Volcano enthusiast.
Jo Pennock|Crafter.
"""

# A second hand-written batch with longer personal bios.
PUBLIC_LONG = r"""
Sally Ingleby|Forty-something, finally learning to drive. Wish me luck on the roundabout by {site}.
Martin Grundy|I restore old clocks in my shed. My wife says I have too many. She's right.
Precious Ogunbiyi|Moved to {city} from Lagos for my husband's job. Learning to love the rain. Church choir alto.
Jonathan Eastwood|Spent 30 years at the bank, now I volunteer at the canal trust. Boats are better than spreadsheets.
Kelly Ann Rourke|Proud mum of a NICU graduate born at 27 weeks. He's 6 now and runs everywhere.
Rohan Mistry|Second-year engineering student. I build robots that mostly fall over.
Deborah Clegg|Chronic illness warrior. Spoons low, spirits high. Talking about ME/CFS.
Phil Unsworth|Coach driver. Been to every seaside town in England at least twice.
Ayesha Siddiqui|Full-time carer for my mum who has dementia. Some days are hard, some are lovely.
Terry Greenhalgh|Ran a chip shop for 25 years. Now retired and I still can't stand the smell of vinegar.
Maddie Rowlinson|Trainee vet. Hoping to specialise in exotics. Currently owned by two tortoises.
Clive Armitage|Cricket umpire in the local league. Not out, I'm afraid.
Funmi Bankole|I make cakes for birthdays and weddings. Orders via my Facebook page.
Nick Holroyd|Secondary maths teacher. Yes, you will need this in real life.
Agatha Brightwell|Eighty-two, widowed, and learning Spanish on Duolingo. 400-day streak!
Sean Pickard|Ex-soldier, now a counsellor for other veterans. It's ok not to be ok.
Lydia Fernsby|Bookshop owner in a tiny market town. Come in for tea and a browse.
Gareth Llewellyn|Welsh male voice choir, second tenor. Rugby on Saturdays.
Hiba Khalil|Syrian-born, {city}-raised. Studying law so I can help families like mine.
Mike Tonge|Taxi driver. I've driven more babies home from {site} than I can count.
Rachel Ebbs|Lost 5 stone in two years. Not selling anything, just proud.
Adebayo Fashola|Youth football coach, under-12s. We lost 9-0 on Sunday but the pizza after was great.
Wendy Hargreaves|Retired receptionist at a GP surgery. I've heard every excuse.
Liam Fairhurst|Plasterer. Building my own house one weekend at a time.
Nomvula Sithole|South African nurse? No! South African accountant who faints at blood.
Brian Holden|Retired engineer. I write to my MP about potholes. Every week.
Eleanor Quill|Children's author. Books about badgers.
Imran Patel|Pharmacist in a local chemist. Not your doctor, but I'll tell you if you need one.
Danielle Whitehouse|My daughter had her heart surgery this year. Sharing our journey to help other parents.
Kevin Broadley|Ice cream van man. Greensleeves is stuck in my head permanently.
Jasmin Rahimi|Student nurse at uni (placement at {site} next term!). Nervous and excited.
Roger Oddy|Amateur astronomer. Cloudy again.
Charlotte Dawber|Yoga teacher for people with arthritis. Gentle moves only.
Emeka Okonjo|Accountant by profession, comedian by ambition. Open mic on Thursdays.
Janice Kettlewell|Retired midwife, I delivered babies for 35 years and never tire of hearing from them.
Tom Hurley|Climber, caver, and occasional idiot. Broke my wrist, fixed at {site}.
Shazia Iqbal|Home-schooling three kids. Send snacks.
Graham Oldroyd|Steam railway volunteer. Fireman on the footplate.
Nadine Coutts|Sign language interpreter. Deaf rights matter.
Ibrahim Conteh|Sierra Leonean chef. Cassava leaf stew on Sundays.
Alison Birtles|I run the village Facebook group and spend my life telling people not to share scams.
Mark Sowden|Dad of three boys. Lego under every foot.
Tilly Ackroyd|Art therapist. Painting feelings.
Yusuf Demir|Turkish barber in {city}. Hot towel shaves.
Gemma Scholes|Work in a call centre. Play roller derby. Bruises are medals.
Bill Hardaker|Vietnam? No, Falklands. Royal Navy. Proud grandad now.
Chipo Moyo|Support worker for adults with learning disabilities. Best job in the world.
Patrick Finnegan|Accountant and parish council chair. Minutes available on request.
Kirstie Bamforth|Hairdresser with a mobile salon van. I come to you.
Olufemi Adeyinka|PhD student, epidemiology. Numbers not medicine.
Rosemary Tinsley|Embroidery, crewel work, and a very patient husband.
Jake Hanley|Landscaper. Fences, patios, decking.
Mehreen Aziz|Teacher of Urdu and English. Mother of two lively girls.
Derek Mawson|Retired lorry driver. My wife had her hip done at {site} and she's dancing again.
Bronwyn Evans|Bee keeper. Honey for sale at the gate.
Kieran Mulholland|Northern Irish in {city}. Joiner. Linfield fan.
Sue Threlfall|Foster carer for 15 years. Every child deserves a safe home.
Andre Baptiste|Steel band leader. Carnival season is my favourite.
Lauren Pickup|Paediatric nurse? No — paediatric physio's wife, I just hear about it all the time.
Hassan Abdi|Interpreter (Somali/English). Helping families at appointments.
Vera Moorhouse|Celebrated my 100th birthday this year. The Queen sent a card (well, the King).
Ashley Coates|Personal trainer. Former smoker. If I can do it you can.
Priya Raman|Software engineer, Bharatanatyam dancer, terrible cook.
Malcolm Rushworth|Canal boater. Slowest commute in Britain.
Ebony Francis|Spoken word poet. Black history month every month.
Harold Simms|Ninety-one. Royal Engineers. Still do my own garden.
Louise Bairstow|Working mum, commute to Leeds, dog called Biscuit.
Sandeep Gill|Kabaddi player and coach.
Marian O'Leary|Retired pharmacist. Irish dancing granny.
Zac Stringer|Sixth former. Want to study medicine. Revising chemistry forever.
Helen Wadsworth|Parish nurse? No, parish clerk. Easy mistake.
Olamide Cole|Gospel singer, mum of three, businesswoman.
Stephen Birch|Amateur historian of {city}'s old workhouse (which became {site}).
Jenna Kilbride|Diabetic since age 9. Pump life. Sharing what helps.
Ruairi Quinn|Hurling in England. Finding a club is hard.
Catherine Ormerod|Volunteer at the Citizens Advice. Benefits, debts and patience.
Bayo Ogunlesi|Uber Eats rider. Raining again.
Maureen Heap|Grandma, scone baker, Coronation Street since 1960.
Tobias Fletcher|PhD in marine biology. I talk about jellyfish too much.
Nazia Parveen|I run a sewing class for women in our community.
Frank Iveson|Fishing on the Trent. Tight lines.
Holly Spencer-Jones|Equestrian coach. Dressage.
Samuel Adu|Chartered surveyor. Ghanaian. Golf.
Judith Crowther|Retired social worker. Volunteer at the hospice shop.
Robbie Naylor|Rugby league referee. Yes, I saw it.
Anisa Hoque|Young carer for my little brother. Sixth form student.
Dave Pilling|Bus enthusiast. Photographs of buses.
Camille Laurent|French teacher in a secondary school.
Walter Greenaway|Retired Methodist minister.
Tayo Bamgbose|Afrobeats DJ, weddings and parties.
Lesley Harwood|Breast cancer survivor, 5 years clear. Treated at {site}. Thank you.
Jordan Mellor|Van driver, Amazon. 140 drops a day.
Farida Bello|Nigerian-British nurse's daughter. Studying architecture.
Alan Hepworth|Former steelworker. Now volunteer guide at the museum.
Natasha Kirk|Mum of twins, marketing manager.
Gary Oldham|Scouse in {city}. LFC. Two kids. One dog.
Ifrah Warsame|Community organiser. Somali women's group.
Edwin Clayton|Bellringer. Church tower.
Shannon Driscoll|Call centre. Karaoke queen.
Nikhil Reddy|Junior banker. Cricket.
Pamela Whitelock|Florist, 30 years.
Wes Barraclough|Bricklayer, boxer, dad.
Deirdre Flynn|Retired teacher. Irish.
Jacob Lindley|Student, computer science.
Hafsa Mir|Medical receptionist (not NHS, private dentist).
Kenneth Stott|Ex-RAF. Model planes.
Abigail Morton|Wedding singer.
Tariq Aziz|Mechanic, classic Minis.
Joyce Battersby|Widow. Tea dances.
"""

# Third hand-written batch.
PUBLIC_MORE = r"""
Jenny Rothwell|Charity shop volunteer on Wednesdays. Finds the best jumpers before anyone else.
Akin Oyebanji|Electrical engineer, Lagos → Leeds. Jollof, jazz, and justice.
Sally Brightside|Positive thinking coach. Or just someone who likes sunrises.
Ross Meikle|Glaswegian, plumber, loves a bad pun and a good pie.
Maria Kowalczyk|Mum of two, working in a warehouse. Polish recipes on my stories.
Frankie Dolan|Boxer's daughter, boxer's mum. Gym in the garage.
Harpreet Kaur|Teacher, sikh, runner. Half marathon next month!
Bryn Thomas|Retired coal miner, male voice choir, pigeons.
Cora Delaney|Bookbinder. Glue on my sleeves.
Jason Whitlam|Groundsman at the cricket club. The square is sacred.
Niamh Gallagher|Nursing? No, I'm a chef. People always ask.
Tobi Adeyemi|Student, economics. Chess club president.
Lorraine Fenwick|Grandma to 9. Bingo Tuesdays. Bake Off Wednesdays.
Pete Cavendish|Amateur astronomer and pub bore.
Mia Worthington|Dance teacher. Ballet, tap, and patience.
Haroon Malik|Pharmacist's son, taxi firm owner, family man.
Jess Oakley|Student vet nurse. Cat lady in training.
Arnold Pickup|Widower, 84. Model boats on the park lake.
Sade Olawale|Makeup artist. Bridal bookings open.
Callum Fairley|Software developer who cycles to work. Yes, I'll mention it.
Yvette Marchand|French, living in {city}, teaching yoga to people who hate yoga.
Rob Kinsella|Dad, joiner, Everton. Long-suffering.
Tamara Singh|Trainee solicitor. Coffee and contracts.
Albert Hetherington|Royal British Legion. Poppy appeal organiser.
Emily Rusk|Baker. Sourdough starter is called Gerald.
Denzel Francis|Youth worker. Basketball. Mentoring.
Amanda Lowry|Mum. Cancer survivor. Treated at {site}, forever grateful.
Zaid Hamdan|Student. Photography. Travel.
Moira Gunn|Retired postmistress. Knows everyone's business.
Sebastian Vale|Actor, mostly adverts. Available for weddings.
Charmaine Walker|Caribbean food stall. Jerk chicken Saturdays.
Stan Houghton|Retired sign writer. Lettering by hand.
Ellie Mae Crosby|Horse mad. Pony club. School is boring.
Ikram Hussain|Driving instructor. Pass first time!
Dorothy Sankey|Ninety-four. Great-grandmother. My granddaughter types for me.
Kirk Lambert|Darts, pool, and a pint of mild.
Paloma Ruiz|Spanish tapas restaurant owner.
Gwyneth Harries|Welsh teacher. Cymraeg forever.
Declan Shaw|Cyclist. Bike mechanic. Lycra unapologetic.
Adaeze Nnamdi|Actuary. Crochet. Nollywood.
Phil Brough|Greenkeeper. Golf course.
Naomi Tetteh|Nursing student? Nope, social work student. Care is care.
Dennis Kerr|Retired engineer, model railways, OO gauge.
Liz Rainford|Mum. Dog. Gin.
Hamid Ansari|Computer science lecturer.
Katie Buckley|Hair salon owner. Balayage queen.
Terrence Obi|Footballer. Non-league. Dreams.
Audrey Fielding|Church organist.
Mason Blake|Year 12. Wants to be a paramedic someday.
Lakisha Grant|Poet and playwright.
Frederick Lowe|Retired headmaster. Crosswords.
Bianca Moretti|Italian deli owner in {city}.
Garry Ridings|Taxi driver and bingo caller (not at the same time).
Sian Llewellyn|Nurse's aunt, not a nurse. Teacher.
Ahmed Yusuf|Security guard. Night shifts. Podcasts.
Melanie Crook|Pilates instructor.
Vernon Tibbs|Allotments and brass band.
Zara Nawaz|Make-up, modest fashion, mum of one.
Cliff Harrop|Fisherman. Sea angling.
Thandiwe Ncube|Zimbabwean teacher in England.
Benny O'Rourke|Irish musician. Pub sessions.
Jemima Fox|Art history student.
Curtis Simpson|Scaffolding firm owner.
Pauline Leather|Retired dinner lady.
Obinna Eze|Mechanical engineer.
Jackie Rimmer|Avon lady. Catalogues and chat.
Milan Petrovic|Serbian chef.
Ruth Goldberg|Retired solicitor. Bridge.
Dean Harker|Mechanic. Classic cars.
Hollie Simm|Student nurse? No! Student teacher.
Sajid Mahmood|Restaurateur.
Gillian Webb|Hospital volunteer? No, library volunteer.
Cameron Ross|Hill runner.
Angela Opoku|Fashion designer.
Reg Varney fan|Love old comedies.
Natalie Carr|Beauty salon.
Mohsin Raza|Corner shop.
Elspeth Gray|Retired teacher, painter.
Jake Hartnell|Builder. Extensions, loft conversions, tea with two sugars.
Shirin Farahani|Iranian, architect.
Benjamin Webb|Student, music.
Lynn Crompton|Grandma, baker.
Osagie Igbinedion|Pastor of a small Pentecostal church. Everyone welcome.
Wendy Fairhurst|Dog rescue volunteer.
Colm Brady|Irish, electrician.
Yasmine Said|Student, law.
Roy Battersby|Retired miner.
Trina Holroyd|Nail tech.
Luca Marino|Barista.
Olive Pennington|Knitter.
Kayode Balogun|Chartered accountant. Tax season survivor.
Sheena Patel|Optometrist. Eyes on you.
Graham Moss|Cyclist.
Precious Akinola|Fashion student. Sewing until 3am.
Harriet Ogden|Freelance copywriter. Words for hire, semicolons free.
Ben Mallory|Climber.
Noreen Callaghan|Irish granny.
Ashok Verma|Shopkeeper.
Maxine Duffy|Office cleaner, early mornings. Radio on, mop out.
Aiden Hurst|Speedrunner. Badly.
Beryl Ainsworth|Retired seamstress. Still take up trousers for the neighbours.
Kwesi Boateng|Engineer.
Lucinda Hale|Equestrian.
Trevor Moss|Bus driver.
Hafeez Rahman|Private hire driver. Airport runs a speciality.
Imelda Cruz|Filipino carer in a nursing home. Proud of my residents.
Bradley Sutton|Plumber. Dad.
Fiona Gallacher|Teacher. Scottish.
Emre Yilmaz|Kebab house owner.
Rosalind Greaves|Potter.
Clint Morley|Lorry driver.
Adwoa Asante|Biomedical science student. Future lab rat.
Keith Pendlebury|Retired fireman. Keeps chickens now.
Tanya Worrall|Hairdresser in a salon with a very nosy parrot.
Rashid Begum|Cook at the community centre lunch club.
Joy Holloway|Methodist, choir, flower rota.
Ian Ashurst|Golf.
Kemi Oduya|Reception class teacher. Phonics all day long.
Sally Haworth|Mum of a toddler who hates shoes.
Norman Fitt|Retired, widowed, walks the canal every morning.
Chiara Bianchi|Erasmus student from Bologna. Missing proper coffee.
Lionel Parr|Retired solicitor, local cricket club treasurer.
Amira Haddad|Dental hygiene student. Floss evangelist.
Vic Stainton|Builder and amateur magician. Ask me for a trick.
Joan Fairbairn|Retired, bridge club, watercolour classes.
Marcus Lindo|Reggae bassist. Sound system on bank holidays.
Patience Oyelaran|Care worker. Nights. Church on Sunday.
Liam Cartledge|Apprentice electrician. Gym. Xbox.
Rebecca Nwosu|Lawyer. Runner. Aunt.
Geoff Pemberton|Rugby union coach, under-14s.
Sofia Andersson|Swedish au pair, learning English slang.
Wilf Atkinson|Retired farmer. Tractors and tea.
Hina Javed|Mum of 3, seamstress, Pakistani cooking.
Charlie Stubbs|Skateboarder, student.
Marlene Jacobs|Retired hairdresser. Loves Elvis.
Kwabena Mensah|Finance manager. Choir.
Fay Underwood|Primary teacher. Crafts.
Anil Chopra|Retired GP? no — retired engineer.
Tess Lomax|Sheepdog trials.
Kenny Doyle|Pub landlord.
Blessing Okafor|Hairdresser. Braids.
Hugo Wakefield|Student, economics.
Rita Sowerby|Dinner lady.
Mo Ibrahim|Youth football.
Lottie Harrison|Student, English.
Arthur Kemp|Allotment.
Dionne Reid|Session singer. Backing vocals on more jingles than you'd think.
Malcolm Tait|Retired bank manager.
Ifeoluwa Ade|Nursing student at university, first year. Terrified and excited.
Grace Molloy|Irish dancer.
Stuart Beck|Motorbike mechanic. Triumphs mostly.
Aditi Rao|Software engineer.
Harold Winstanley|Veteran.
Lacey Fielding|Beautician.
Yaw Owusu|Semi-pro winger. Pace, no end product (says my coach).
June Whitworth|Retired school secretary. Organising the street party again.
Kyle Barton|Roofer.
Nasima Khatun|Mum, home baker, henna for weddings.
Oliver Pratt|Philosophy student. Asking why.
Pam Livesey|Retired nurse, {site} children's ward 1975-2010.
Raymond Eze|Accountant and Sunday league goalkeeper.
Sandra Boyle|Hotel housekeeper. Hospital corners on every bed.
Toby Nash|Surfer.
Valerie Hume|Retired, twelve grandchildren, one cat.
Winston Clarke|Domino champion.
Xander Price|Computer science student. Rust fan.
Yolanda Martinez|Spanish teacher.
Zach Holden|Twitch streamer. Horror games. Screaming.
Aoife Kelly|Nanny.
Bartek Nowak|Polish builder in England since 2006. Dad to Zosia.
Cressida Lyle|Printmaker. Linocuts of hares.
Dwayne Mitchell|Personal trainer.
Evelyn Marsh|Retired district councillor. Still on the allotment committee.
Farouk Said|Shop owner.
Gloria Akinyemi|Caterer.
Hector Lloyd|Farmer.
Iris Bamford|Retired typist. Word searches.
Jonah Levi|Jewish studies student. Bagels.
Kezia Morgan|Wedding singer. First dances a speciality.
Lenny Cross|Tyre fitter. Flat out.
Marsha Greene|Care worker.
Nabil Aziz|Pharmacy student, Ramadan baker.
Ophelia Ward|Drama school. Shakespeare and sarcasm.
Percy Hart|Retired butcher. Sausage recipes are a family secret.
Queenie Adams|Great-grandma.
Reuben Stone|Carpenter. Bespoke tables.
Saoirse Byrne|Midwifery? No, music student. Fiddle.
Tyrell James|Academy footballer, under-18s.
Ursula Finch|Retired botanist. Ferns.
Vikash Sharma|IT.
Winifred Cole|Ninety-six and still on Facebook.
Ximena Torres|Mexican student doing a masters in design.
Yusra Hamid|Sudanese-British student. Poetry.
Zeb Carter|Groundworker. Mud season.
Alfie Moon (not that one)|Market trader.
Bella Winters|Dancer.
Cyril Hardy|Retired Post Office counter clerk.
Daisy Fenton|Florist.
Ed Greaves|Geology student. Rocks rock.
Felicity Barnes|Vet.
Gideon Okoro|Pastor and community mediator.
Hattie Knowles|Baker.
Isaac Mensah|Aerospace student. Rockets!
Jolene Parr|Mobile hairdresser for the over 70s.
Kit Rowley|Folk fiddler. Sessions at the Red Lion.
Lorcan Devlin|Medicine applicant, resitting chemistry. Fingers crossed.
Mabel Tinker|Retired, WI jam champion 2019.
Nate Ellis|Skater.
Orla Quinn|Nurse? No, nursery teacher.
Perry Shaw|Retired plasterer. Darts league.
Rhoda Banks|Church elder and soup kitchen volunteer.
Silas Burke|Film student. Short films about pigeons.
Tallulah Reed|Year 13. Art and rowing.
Umar Farooq|Black cab driver. The Knowledge took four years.
Verity Lane|Crime writer. Third novel out in spring.
Wes Holt|Bricklayer. Football on Sundays.
Yara Nassar|Lebanese-British student, architecture.
Zoltan Kiss|Hungarian chef in a hotel kitchen.
Abe Goldstein|Retired tailor.
Bernie Shaw|Retired docker, Liverpool.
Cleo Martin|Fine art student. Paint on everything.
Dara O'Brien fan|Comedy nerd.
Elodie Petit|French student.
Fergus Kyle|Lobster fisherman, Northumberland coast.
Gina Romano|Pizzeria.
Hank Turner|Trucker.
Ines Costa|Portuguese cleaner.
Jed Barnes|Agriculture student. Sheep.
Kamala Devi|Grandmother.
Lyle Forbes|Ghillie on the river. Salmon stories.
Mona Farah|Public health masters student. Numbers, not nursing.
Ned Pike|Retired lock keeper.
Opal Simmons|Gospel choir soloist.
Pierce Daly|Irish student in England. Gaelic football.
Rosa Quintero|Colombian student, languages.
Seth Warner|Joiner. Staircases.
Tilda Hay|Textile artist. Quilts.
Uriah Cole|Pastor and prison chaplain.
Vera Lynn fan club|Forces sweetheart appreciation page (fan-run).
Wilma Ross|Retired shop assistant, Woolworths forever.
Yannick Dubois|Patissier. Croissants before dawn.
Zora Black|Student journalist. Campus news.
"""
