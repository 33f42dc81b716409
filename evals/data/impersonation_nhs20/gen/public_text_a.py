# -*- coding: utf-8 -*-
"""Hand-written members of the public (general_public), part A. One line each: display name|bio.
All people are invented."""

PUBLIC_A = """
Jen Hadfield|mum of two, tea drinker, hopeless gardener. Hyde born and bred.
Callum Brierley|City season ticket since 2009. Electrician. Don't talk to me before coffee.
Marjorie P|Retired dinner lady. Grandchildren, bingo and Coronation Street.
Dev Mistry|Software tester by day, bad guitarist by night. Stockport.
Lauren 🌸|Nail tech in Ashton. Bookings via my page, not DMs please x
Big Gaz|Scaffolder. Fishing at weekends. Leave me be.
Siobhan Kearney|Irish in Manchester. Teaching assistant. Books, wine, repeat.
Tom Ridings|Cycling up hills slowly. Glossop. Dad jokes available on request.
Amira Saleh|Pharmacy student 💊 Manchester. Coffee, Quran, and cats.
Pete Lomax|Used to be a postman, now I just walk for fun.
Hayley 🦋|Just a girl with a dog called Biscuit.
Rob Entwistle|Hospital radio volunteer on Thursdays. Music from the 60s and 70s mainly.
Kirsty Booth|Had my hip done at our local hospital last spring - walking the dog again now. Grateful.
Nathan Oyelaran|Civil engineer. Bridges, not walls. Run club on Wednesdays.
Sandra Wood|Proud nana. Knitting for the premature baby unit when my hands allow.
Liam|19. Apprentice mechanic. Cars and gym.
Ellie Marsh|Marketing for a small brewery. Opinions mine, pints theirs.
Farhan Ali|Taxi driver 20 years. I know every hospital entrance in the north west.
Paula Greaves|Carer for my husband. Trying to keep my sense of humour.
Chris Hinchliffe|Amateur astronomer. Clear skies are rare in Mossley.
Jade Clarke|Hairdresser ✂️ Dukinfield. Bookings through the salon.
Ollie T|uni student, geography, part-time barista, full-time procrastinator
Mags Hennessy|Widow, church flower rota, bowls club. Learning to use this thing!
Wayne Sutcliffe|Plumber. 24 hr callouts. Gas Safe registered.
Priya Raman|Doctoral researcher - urban ecology. Views my own.
Grandad Bill|85 and still on Facebook, whatever my grandkids say.
Sophie Kenyon|Baker. Sourdough obsessive. Glossop market Saturdays.
Darren McAllister|Ex-army. Mental health advocate. It's okay not to be okay.
Zara Hussain|Primary school teacher. Year 2 are my world (and my headache).
Ian Whitworth|Trainspotter and proud. Peak District rail.
Natalie|Mummy to Isla born at 29 weeks 💕 forever thankful to the neonatal nurses
Stu Brennan|Bin man. Music. Football. In that order.
Caroline Moss|Accountant. Tax season survivor. Peak walker.
Kyle Johnson|gamer | streamer | not a doctor despite the username on my other account
Helen Bradshaw|Retired midwife. Still knit baby hats for the unit I worked on.
Tariq Mahmood|Corner shop owner, Ashton. Open till 11 every night.
Beth Lord|Vet nurse 🐾 Chorlton. Dogs > people.
Dan Fielding|Labour member. Local campaigns, potholes, the usual.
Chantelle W|doing my best 🤷‍♀️
Martin Oldham|Pub quiz champion 2019. Haven't won since.
Agnieszka Nowak|Polish in Tameside. Cleaner, mum, sometimes poet.
George Platt|Model railway club secretary. Meetings first Tuesday.
Rachel Dunn|Physio student. Sports injuries and netball.
Mo Begum|Community volunteer at the mosque food bank. Everyone welcome.
Sue Ellison|Retired, busier than ever.
Jordan Pike|Personal trainer. Free advice, paid sessions.
Laura Fitzgerald|Mum, wife, teacher, tired.
Bilal Khan|Civil servant. Cricket on Sundays in Stalybridge.
Aunty Joan|I share recipes and complain about the weather.
Connor Walsh|Student paramedic. Can't give advice on here, sorry!
Vicky Lees|Cancer survivor. Two years clear. Chemo nurses are angels.
Rahul Desai|Data analyst. Cheshire. Badminton, biryani.
Mandy Cheetham|Ran my first 10k for the hospital charity. Never again. (Probably again.)
Sam Jolly|Lecturer in history. Macclesfield. Tweets about silk mills.
Dave Rigby|Farmer. Sheep, rain, repeat.
Kate Holloway|Librarian in Congleton. Read more books!
Ben Sykes|Drummer in a covers band. Weddings and parties.
Aisha Mbeki|Social worker. Exhausted but hopeful.
Tracey Lowe|Dog groomer, Knutsford. Fluffy dogs only (joking, all dogs).
Phil Hammond|Retired police officer. Walking the canal most mornings.
Jess Appleton|Yoga teacher. Wilmslow. Breathe in, breathe out.
Oscar Leigh|A-level student. Want to study medicine one day.
Irene Mottram|Ninety-one. My granddaughter set this up.
Kev Barlow|Landlord of a small pub in Bollington. Quiz Thursdays.
Nadia Iqbal|Junior doctor (personal account, not medical advice). Coffee, hiking.
Gill Swindells|WI member, jam maker, allotment holder.
Matt Cooper|Web developer. Cycling. Terrible at parallel parking.
Emily Harrop|nursery nurse 🧸 macc. kids say the funniest things
Frank Bellamy|Ex-silk mill worker. Local history buff.
Louise Chadwick|Stroke survivor. Learning to write again, one day at a time.
Joe Twigg|Apprentice electrician. Macc Town FC.
Denise Frost|School crossing patrol. Wave when you pass!
Andy Naylor|Photographer. Weddings, landscapes, the odd cat.
Claire Walker|Patient rep on a local GP practice group. Interested in accessible services.
Mike Stubbs|Retired bus driver. Still know every route.
Asha Verma|Medical secretary. Typing letters so you don't have to.
Lee Rowbotham|Window cleaner, Congleton. Reliable, cheap, cheerful.
Rachel Platt|Trainee solicitor. Too many coffees.
Gareth Jones|Welsh in Cheshire. Rugby, beer, choirs.
Mia Roberts|Art student. Painting the hills.
Bernard Shaw (not that one)|Retired engineer. Crosswords.
Holly Green|Equine vet. Muddy boots always.
Sanjay Patel|Dentist (personal account). Brush twice a day!
Lorraine Kelly-Smith|No, not that Lorraine. Mum of three in Macc.
Tony Birtles|Sunday league manager. Volunteers always welcome.
Fiona Reid|Scottish in England. Hill walker. Teacher.
Jake Moran|Plasterer. Instagram is just my work.
Annette Lomas|Cancer research fundraiser. Bake sales are my thing.
Rob Finney|Hospital porter for 20 years, now retired. Miss the banter.
Eve Pritchard|Dog mum. Coffee addict. Southport.
Kenny Doyle|Scouser. Reds. Dad. Electrician.
Lisa Halsall|Ormskirk. Mum, runner, wine enjoyer.
Jamal Robinson|Youth worker in Knowsley. Every kid deserves a chance.
Maureen Atherton|Retired nurse (Whiston, 35 years). Now I look after the grandkids.
Steve Gaskell|St Helens Saints till I die.
Chloe Tyrer|Beauty therapist. Southport. Bookings on my website.
Paddy Connolly|Taxi driver. Airport runs and hospital runs.
Gemma Rimmer|Teaching assistant in Formby. Sea air fixes everything.
Arif Rahman|Accountant in Prescot. Cricket.
Jackie Banks|Foster carer for 15 years. Love all my kids.
Harry Lyon|A-level student. Football and physics.
Dot Marsh|Bingo, bowls, and my budgie Pete.
Craig Ashcroft|Joiner. Bespoke furniture. Burscough.
Sarah Fairclough|Physiotherapist (own views). Running, reading.
Ryan Parr|Car salesman. Warrington. Call me for a deal (not on here).
Julie Heaton|Foodbank volunteer. Kindness costs nothing.
Alfie Moss|8 yr old's account run by mum. Lego pics only.
Danny Gregson|Gym owner. Newton-le-Willows.
Val Birchall|Poet. Published twice, rejected a hundred times.
Nikki Prescott|Student nurse. Placement at the big hospital down the road, loving it. Views mine.
Tommy Mellor|Boxing coach. Kids club Tuesdays.
Joanne Pye|Hairdresser of 25 years. Ormskirk.
Shaun Doherty|Lorry driver. M62 is my office.
Michelle Lea|Admin assistant. Cat lady. Proud of it.
Dr Carl Owen|Chemistry lecturer. Not that kind of doctor.
Aimee Hurst|Mum to Freddie ❤️ Southport beach walks.
Glen Peers|Sefton council bin crew. Respect the bin men.
Bev Roscoe|Hospital volunteer on the main reception. Ask me for directions!
Ahmed Hassan|Pharmacist (community). Sharing local health campaigns.
Lucy Greenall|Dance teacher. Ballet and tap for all ages.
Graham Topping|Retired, widowed, learning to cook.
Tasha Bennett|Makeup artist. Weddings and proms.
Will Unsworth|Architect. Old buildings, new ideas.
Jean Fisher|My son says I post too much. I say he doesn't visit enough.
Mark Lindsay|Swimming teacher. Kingston. Safe in water, safe for life.
Olivia Chen|Pharmacology student at Kingston Uni. Boba fan.
Hugo Fairweather|Rower. Thames mornings.
Eun-ji Park|New Malden. Korean-British. Mum, baker, translator.
Raj Chandra|IT consultant. Cricket at the weekend.
Penny Lockwood|Retired civil servant. Surbiton. Theatre and gardens.
Sam Oduya|Uber driver. Clean car, good music.
Charlotte Ives|Primary teacher. Richmond. Rainy day crafts.
Ed Blake|Beekeeper. Honey for sale at the farmers' market.
Grace Kim|Nursing student, 2nd year. Views my own.
Tim Gatward|Surveyor. Marathon runner (slow).
Hannah Lyle|Mum of three under five. Send coffee.
Dominic Shah|Barrister. Views personal.
Ruth Alcott|Retired head teacher. Bridge and book club.
Kofi Mensah|Bus driver route 71. Say hello!
Isla Morgan|Vet student. Horses and hedgehogs.
Jamie Pearce|Plumber, Tolworth. Boiler repairs.
Niamh O'Leary|Physiotherapist. Runner. Own opinions.
Amelia Hart|6th former. Future midwife hopefully 🤞
Karl Schmidt|German in London. Engineer. Beer snob.
Bella Romano|Italian deli owner in Kingston. Best cannoli south of the river.
Colin Mayhew|Retired firefighter. Gardening and grandkids.
Fatima Noor|Mum, doula, breastfeeding peer supporter. Not medical advice.
Leo Dunmore|Skateboarder. Filmmaker. 22.
Margaret Hale|Volunteer befriender. Tea and a chat makes a difference.
Vikram Singh|Taxi driver Heathrow. 25 years. Seen it all.
Joy Adeyemi|Church choir leader. Uxbridge. Praise!
Daniel Kowalski|Builder. Hayes. Extensions and lofts.
Sunita Gill|Accountant. Mum. Bhangra at weddings.
Oliver Brooks|Aviation enthusiast. Plane spotting at Heathrow.
Rita Mehta|Retired. Knitting blankets for Mount Vernon patients.
Nick Chambers|Ruislip. Cricket club captain.
Yasmin Farah|Law student. Brunel. Debating society.
Geoff Harding|Long-distance walker. Grand Union Canal end to end done.
Kamala Devi|Temple volunteer. Community meals on Sundays.
Tom Everett|Electrician. West Drayton.
Bea Sutton|Mum, cake maker, party planner.
Ricky Lal|Delivery driver. Fast and friendly.
Sally Northwood|Garden designer. Small gardens, big ideas.
Dr Ifeoma Eze|Research chemist. Pharmaceutical industry. Not medical advice.
Adam Castle|Ickenham. Dad, runner, Brentford fan.
Patricia Doyle|Cancer survivor and volunteer driver for patients.
Aarav Kapoor|Computer science student. Coding and cricket.
Lynn Forbes|Pet sitter. Northwood. References available.
Femi Balogun|Healthcare assistant (personal). Gospel music, jollof, football.
Sophie Watts|Swimming coach. Hillingdon.
Malcolm Grey|Retired pilot. Now fly model planes.
Hina Akhtar|Teacher. Hayes. Books and chai.
Josh Bradley|Student. Brunel. Engineering.
Carol Ann Hughes|WI. Jam. Cakes.
Ryan Patel|Gym. Protein. Repeat.
Ellen Waterhouse|Sailor. Lymington. Always on the water.
Jack Foyle|Ferry worker. Red Funnel. Island life.
Molly Harrison|Ryde. Mum, surfer, coffee.
Nigel Blackmore|Retired teacher. Bird watching in the New Forest.
Alice Tremaine|Occupational therapy student. Southampton.
Ted Marchant|Fisherman. Cowes.
Ruby Sanderson|Artist. Winchester. Watercolours.
Callum Frost|Royal Navy (veteran). Portsmouth.
Daisy Kendrick|Basingstoke. Nursery nurse. Glitter everywhere.
Harvey Cole|Southampton FC. Saints.
Lily Ashdown|Bipolar and thriving. Mental health blogger. Not professional advice.
Paul Venables|Gardener. Romsey.
Joanna Webb|Teacher. Andover.
Simon Greer|Yachtsman. Hamble.
Kelly Pugh|Mum of 4. Gosport.
Liam Foster|Student paramedic. Not advice.
Janet Crisp|Retired nurse, Parklands. Still knit for the wards.
Arjun Nair|Software engineer. Southampton. Hiking.
Rosie Dean|Horse rider. New Forest ponies.
Matt Quinlan|Pub chef. Fareham.
Grace Abbott|Learning disability advocate. Self-advocate. Speak up!
Eddie Russell|Ex-docker. Southampton. Saints.
Natalie Burgess|Dental nurse. Smile!
Tom Whitaker|Sheffield. Climber. Bad at it.
Lucy Oates|Sheffield. Teacher. Peak walker.
Kabir Hussain|Doctor in training (own views). Sheffield Wednesday fan, sadly.
Brenda Thorpe|Grandma. Knitting. Kelham Island.
Danny Ibbotson|Steelworker. Blades.
Megan Fox (not her)|Student, Sheffield Hallam. Fashion design.
Jo Hartley|Recovery from anorexia, five years. Sharing hope. Not a professional.
Gav Whitehouse|Cyclist. Sheffield hills are brutal.
Saira Bibi|Mum, Pitsmoor. Community cook.
Adrian Thornton|Musician. Sheffield. Synths.
Heather Nunn|Retired social worker. Gardening.
Kieran Staniforth|Plasterer. S6.
Rebecca Goldthorpe|PhD student. Psychology. Sheffield.
Alan Ward|Bus enthusiast. Sheffield routes.
Rashida Begum|Teacher. Sheffield. Urdu and English books.
Ryan Crookes|Football coach. Kids' team.
Pam Turner|Carer for my son. Learning disability. Proud mum.
Jason Wragg|Musician and support worker (personal). Views my own.
Lydia Moss|Artist. Mental health and art.
Bob Sheldon|Dudley. Retired miner's son. Local history.
Jas Sandhu|Wolverhampton. Bhangra, business, family.
Katie Pearsall|Walsall. Mum. Nail tech.
Dean Hipkiss|Tipton. Scaffolder. Baggies.
Mandy Foley|West Brom. Carer. Tea.
Imran Ahmed|Walsall. Pharmacist (community). Cricket.
Shelley Bate|Stourbridge. Glass artist.
Darren Cox|Wolves fan. Forklift driver.
Parminder Kaur|Teacher. Smethwick. Gurdwara volunteer.
Leanne Bird|Dudley. Mental health peer supporter. Not crisis support.
Terry Marsh|Retired. Canal boat. Black Country born and bred.
Neelam Shah|Accountant. Oldbury.
Josh Eaton|Student. Wolverhampton Uni. Music tech.
Sue Hickman|Volunteer. Hospice shop. Bilston.
Ade Ogunleye|Pastor. Community. Wolverhampton.
Kim Whitehouse|Hairdresser. Halesowen.
Ravi Bains|Taxi driver. Walsall.
Amy Jukes|Dog walker. Sedgley.
Carl Round|Electrician. Willenhall.
Eileen Dudley|My surname isn't where I live, I promise. Retired typist.
Marcus Hill|Youth worker. Smethwick. Basketball.
Jenny Plant|LD nurse (retired). Still campaigning.
"""
