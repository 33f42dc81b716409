"""Hand-written members of the public, part A: trust|platform|display name|bio (handles are derived)."""

PUBLIC_A = r"""
kchft|x|Gareth Pennock|Dad of two, Gills season ticket holder, drinks far too much coffee. Chatham born and bred.
kchft|instagram|Shona Wilks|🌿 allotment on the Isle of Sheppey | sourdough failures | dog mum to Biscuit
kchft|facebook|Maureen Tuckett|Retired dinner lady from Herne Bay. Grandchildren, crosswords and my garden.
kchft|x|Liam O'Driscoll|Apprentice electrician. Canterbury. Mostly posting about darts and my van.
kchft|tiktok|Chloe Barnard|margate girl 🌊 thrifting + vintage hauls | uni of kent 25
kchft|linkedin|Pradeep Varma|Logistics planner at a distribution centre near Ashford. Supply chain, lean and six sigma green belt.
kchft|bluesky|Hattie Glynn|Illustrator in Folkestone. Seagulls, zines, tea. She/her.
kchft|x|Terry Swaine|Whitstable fisherman's son. Oysters, weather reports and moaning about the A299.
kchft|instagram|Nadia Chowdhury|📚 english teacher | maidstone | reading 52 books this year (currently on 11)
kchft|facebook|Roy and Pam Hadlow|Married 46 years. Caravanning, bowls and the grandkids. Deal, Kent.
kchft|x|Kieran Lusted|Running my first marathon for the hospice that looked after my mum. Tonbridge.
kchft|youtube|Stitch with Sue|Knitting and crochet tutorials from my front room in Sittingbourne. New video every Sunday.
kchft|tiktok|Ben Quested|gym, cars and my nan's cooking 💪 dover
kchft|mastodon|Ollie Ferris|Software tester in Tunbridge Wells. Board games, bird feeders, Linux.
kchft|x|Sandra Ellicott|Proud Kent girl. Thanks to the district nurses who looked after dad at home last year - angels, every one of them.
kchft|instagram|Jas Bains|gravesend 📍 weddings & events photographer | bookings via my website
kchft|facebook|Craig Merrifield|Plasterer. Sittingbourne. Rangers and Gills. Don't message me about selling stuff.
kchft|linkedin|Elena Popescu|Hotel operations manager in Canterbury. Hospitality, guest experience, languages.
kchft|x|Dom Attwood|Cricket, real ale, local history. Faversham. I will talk about the brewery if you let me.
kchft|bluesky|Ruth Allingham|Retired librarian in Rochester. Dickens Festival every year, in costume.
kchft|tiktok|Amber Jukes|nail tech in ramsgate 💅 appointments in bio
kchft|instagram|Martin Pilcher|🚴‍♂️ weekend cyclist | North Downs Way | bad selfies at the top of hills
kchft|x|Fatima Okoro|Student nurse (2nd year!) but these are my own opinions and mostly about my cat.
kchft|facebook|Julie Spenceley|Mum of 3, school run queen, Sevenoaks. Running a little cake business from home.
kchft|youtube|The Kent Walker|Footpaths, pubs and churches of Kent. Filmed on a phone, narrated badly.
kchft|x|Adrian Keeler|Sevenoaks commuter. Southeastern delays have taken years off me. Tennis on Saturdays.
kchft|instagram|Priya Kaur|new mum 🍼 health visitor literally saved my sanity. maidstone. coffee dependent
kchft|linkedin|George Tanner|Retired civil engineer, now volunteering as a school governor in Medway.
scas|x|Harriet Beaumont|Oxford DPhil student, history of medicine. Rowing badly. Views my own obviously.
scas|instagram|Callum Reid|🏉 rugby @ reading | personal trainer | DM for PT enquiries
scas|facebook|Brenda Coxall|Basingstoke born. WI member, church warden and chief cake baker for the village fete.
scas|tiktok|Mia Lawson|year 12 💅 milton keynes | dance, netflix, my dog
scas|x|Rob Standish|Parish councillor in a small Oxfordshire village. Potholes, planning, and a good pint.
scas|linkedin|Anish Patel|Software engineer at a fintech in Reading. Python, cloud, mentoring junior devs.
scas|bluesky|Lou Hartigan|Birdwatcher in the New Forest. Dartford warblers are my love language.
scas|x|Derek Fulbrook|Pompey till I die. Retired docker. Grandad x5.
scas|instagram|Ellie Whitcombe|winchester | florist 🌸 wedding flowers and seasonal bouquets
scas|facebook|Tony Marsh|Taxi driver in Southampton 20+ years. Saints fan. Do NOT ask me about the ring road.
scas|youtube|Aylesbury Train Spotter|Chiltern line, class 68s and the occasional steam special.
scas|x|Kemi Oladipo|Mum, marketer, amateur gardener. Slough. I retweet a lot of recipes.
scas|tiktok|Josh Pether|farm life in buckinghamshire 🚜 lambs in spring, mud all year
scas|mastodon|Fern Whitlock|Climate scientist in Oxfordshire. Bikes, beans, birds.
scas|x|Marion Ashby|My husband's life was saved by a first responder with a defib in our village hall. Now I fundraise for more defibs.
scas|instagram|Sam Ogundipe|bracknell 📸 street photography | film cameras | coffee
scas|facebook|Wendy Pritchard|Grandmother, quilter, Isle of Wight ferry complainer.
scas|linkedin|Charlotte Huxley|HR business partner in the automotive sector. Cowley. CIPD qualified.
scas|x|Vince Hollis|Motorbike mechanic, Newbury. If it has two wheels I've probably fixed it.
scas|bluesky|Imogen Fairley|Theatre nerd, Henley. Amateur dramatics and gin.
scas|tiktok|Tyler Brookes|pro fifa player (in my head) 🎮 high wycombe
scas|x|Sunita Rai|Accountant by day, bhangra teacher by night. Reading.
scas|instagram|Gail Mortimer|👵 great-grandma and proud. learning instagram at 81! andover
scas|youtube|Hampshire Hiker|Walking the South Downs Way in sections. Knees permitting.
scas|facebook|Peter Linnell|Retired police officer. Bicester. Model railways and rescue greyhounds.
scas|x|Aoife Brennan|Irish in Oxford. Physio student. Hurling, hiking and overthinking.
neas|x|Geordie Stu|Toon army. Quayside walks. Dad jokes. Newcastle upon Tyne.
neas|facebook|Pauline Hindmarsh|Sunderland lass. Nana to four. Bingo Tuesdays. God bless the paramedics who came for my Jim.
neas|instagram|Lauren Swales|🌸 beauty therapist in Middlesbrough | lashes, brows, nails | book online
neas|tiktok|Connor Wake|durham uni 📚 rowing, revision and too many nights out
neas|x|Malcolm Raine|Former miner, Easington. Local history and the colliery band.
neas|linkedin|Yasmin Ahmed|Data analyst at a housing association in Gateshead. SQL, Power BI and community impact.
neas|bluesky|Fiona Robson|Poet in Hexham. Hills and hedgerows. Two collections out.
neas|x|Kev Pattinson|Smoggie born and bred. Boro, boxing, parmos.
neas|instagram|Ava Charlton|🐴 horse riding in northumberland | farm girl | alnwick
neas|facebook|Derek and Lynne Forster|Retired and loving it. Caravan at Beadnell every summer.
neas|youtube|NE Fishing Diaries|Sea fishing off the North East coast. Cod, ling and the odd wellie.
neas|x|Priyanka Dhillon|Junior architect. Newcastle. Brutalism appreciator. Tweets about buildings and cats.
neas|tiktok|Jade Tulip|hartlepool 🐒 mum of twins, chaos every day
neas|mastodon|Sam Heslop|Open source dev in Sunderland. Rust, Raspberry Pi, retro games.
neas|x|Andy Turnbull|Stockton. Scaffolder. Golf when it's not raining (so never).
neas|instagram|Grace Adebayo|newcastle 🎓 law student | faith | brunch reviews
neas|facebook|Irene Lowther|Church organist in Morpeth for 40 years. Cats, hymns, and my great-nephews.
neas|linkedin|Paul Dinsdale|Retail store manager in Darlington. Team development and customer experience.
neas|x|Becca Lamb|Marathon runner. Great North Run x12. Blyth.
neas|bluesky|Tom Oyelaran|Photographer. Tyne bridges at dawn. Prints available.
neas|youtube|Northumberland Castles|Drone footage of castles and coastline. Bamburgh is the best, fight me.
neas|x|Shirley Cairns|My husband waited with a broken hip on a cold night and the crew were wonderful when they came. Writing to my MP about handover delays.
neas|tiktok|Liam Bewick|chef in newcastle 🍳 quick recipes, no fuss
neas|instagram|Holly Pearson|redcar 🌊 sea swimming all year round | cold water club
neas|facebook|Ken Stobbart|Retired bus driver. Gateshead. Allotment and grandkids.
wlt|x|Rahul Mehta|Southall. Engineer by trade, cricket by obsession, chai by necessity.
wlt|instagram|Bella Fontaine|🎨 painter in chiswick | commissions open | river walks
wlt|facebook|Gurpreet Sandhu|Gurdwara volunteer, father, grandfather. Hayes and Southall.
wlt|tiktok|Dylan Fraser|ealing 🏀 basketball, sneakers, fits
wlt|x|Margaret Okonkwo|Retired teacher. Hammersmith. Book club organiser and tireless complainer about bus routes.
wlt|linkedin|Tomasz Wiśniewski|Site manager in construction, west London. Health and safety, SMSTS.
wlt|bluesky|Phoebe Carrington|Writer. Acton. Essays about grief, gardens and the Central line.
wlt|x|Nikhil Rao|Heathrow cabin crew. Travel pics, jet lag, dal makhani.
wlt|instagram|Zara Hussain|📍 hounslow | makeup artist | bridal bookings open 2025
wlt|facebook|Colin Barnes|Brentford fan since 1971. Griffin Park forever in my heart.
wlt|youtube|Isleworth Cooks|Caribbean home cooking, the way my gran taught me.
wlt|x|Amira Farouk|PhD student. Mental health campaigner. I write about my bipolar diagnosis and recovery. Personal account.
wlt|tiktok|Kyle Ansah|fulham 🎤 grime, poetry, big dreams
wlt|mastodon|Linnea Berg|Swedish in London. UX designer. Ferments things.
wlt|x|Desmond Clarke|Carer for my son who has schizophrenia. Campaigning for better crisis care. Ealing.
wlt|instagram|Olivia Chen|shepherd's bush 🍜 food blogger | honest reviews only
wlt|facebook|Patricia Nolan|Irish nana in Hanwell. Bingo, bacon and Mass on Sundays.
wlt|linkedin|Hassan Ali|Pharmacy student at a London university. Passionate about community pharmacy.
wlt|x|Greg Tilley|Comedian, mostly unpaid. Hammersmith Apollo one day.
wlt|bluesky|Sian Rees|Librarian in Chiswick. Local history, Welsh cakes, knitting.
wlt|youtube|West London Runs|Running routes along the Thames path and through the parks.
wlt|x|Jaswinder Gill|Taxi driver, Hounslow. Heathrow queue philosopher.
wlt|instagram|Roxy Palmer|👗 vintage clothing reseller | acton market saturdays
wlt|facebook|Ade Bankole|Pastor and community organiser, Feltham. Food bank every Friday.
wlt|tiktok|Maya Iyer|medical student 🩺 study with me (not medical advice lol)
meh|x|Daniel Achterberg|Software developer in Shoreditch. Cycling, vinyl and bad puns.
meh|instagram|Rosie Dunmore|👓 glasses wearer since age 4. Islington. cats + tea + cross stitch
meh|facebook|Leonard Pryce|Retired cabbie. Had both cataracts done last year - can see the Knowledge all over again! Enfield.
meh|tiktok|Keisha Morgan|hackney 💜 content creator | living with keratoconus, sharing my journey
meh|x|Helen Strawbridge|Glaucoma patient for 15 years. Drops, field tests and knitting by feel. Camden.
meh|linkedin|Omar Siddiqui|Optician and dispensing optician trainee, London. Frames, lenses and customer care.
meh|bluesky|Jenny Abara|Blind and proud. Guide dog owner. Accessibility consultant. Screen reader user.
meh|x|Ravi Chandran|Diabetic for 20 years. Retinal screening every year, never miss it. Wembley.
meh|instagram|Mabel Quinn|🌼 retired nurse | camden allotment | grandma of seven
meh|facebook|Stanley Okafor|Church deacon. Peckham. Football coach for the under 10s.
meh|youtube|Low Vision Life|Tips for living well with sight loss: gadgets, apps and cooking.
meh|x|Pippa Langford|Barrister. Clerkenwell. Rarely tweeting, occasionally about cricket.
meh|tiktok|Sami Aziz|london life 🚇 tube stories and street food
meh|mastodon|Ingrid Solberg|Typographer and type designer. Legibility nerd. London.
meh|x|Frank Delaney|Ex-boxer, Bethnal Green. Detached retina from the old days. Now I coach kids.
meh|instagram|Anya Petrova|🩰 ballet teacher | city road | adult beginners welcome
meh|facebook|Joan Whitaker|Widow, 79, learning to use a magnifier app. Thank you to my granddaughter for setting up this page.
meh|linkedin|Chris Adeyemi|Accessibility lead at a bank. Making digital services work for everyone.
meh|x|Lucy Harcourt|Mum to Alfie, who wears patches for his lazy eye. Pirate jokes welcome.
meh|bluesky|Nathan Lo|Astrophotographer, Croydon. Yes, I worry about my eyes.
meh|youtube|Camden Street Eats|Street food reviews around Camden and King's Cross.
meh|x|Bernadette Fahy|Retired midwife. Kilburn. Irish dancing teacher once upon a time.
meh|tiktok|Jordan Pike|bedford 🎣 fishing and football, that's it
meh|instagram|Asha Banerjee|🧪 phd student | ucl | science + sarees
christie|x|Mike Haworth|United, bitter and the Peak District. Stockport lad. Cancer survivor thanks to the brilliant folk at Withington.
christie|instagram|Jess Ackroyd|🎗️ two years NED! manchester | gym | dog | gratitude
christie|facebook|Brian Fitton|Retired bus mechanic. Oldham. Bowls club secretary.
christie|tiktok|Harvey Nuttall|salford 🎧 dj and producer, bookings open
christie|x|Sarah Ketteridge|Living with stage 4 and still here, still mouthy. Didsbury. Writing about it all.
christie|linkedin|Ifeanyi Nwosu|Research nurse career changer. Previously retail management. Manchester.
christie|bluesky|Alice Meadowcroft|Manchester-based novelist. Working on book three. Coffee, rain, Bolton Wanderers.
christie|x|Dave Cropper|City fan, van driver, wannabe comedian. Wythenshawe.
christie|instagram|Yusra Malik|longsight 📍 henna artist | eid bookings open
christie|facebook|Marjorie Lees|Knitting chemo hats for the local hospital with the church group. Always looking for wool donations.
christie|youtube|Manchester Canal Walks|Walking every mile of Manchester's canals.
christie|x|Tom Brierley|Teacher, Macclesfield. Geography, hill walking, and a lot of marking.
christie|tiktok|Megan Shaw|sale 🌈 mum of 2, cleaning tok, hinch vibes
christie|mastodon|Patrick Quill|Lecturer in digital media. Manchester. Ex-Twitter refugee.
christie|x|Naila Bhatti|Cancer carer for my mum. Tired, grateful and learning a lot. Levenshulme.
christie|instagram|Ricky Lomax|🥊 boxing coach | ancoats gym | kids classes
christie|facebook|Susan Holt|Chair of our village cancer support group. Meetings first Monday, all welcome. Not a medical service.
christie|linkedin|Grace Whitworth|Clinical trials contract manager at a pharma company. Cheshire.
christie|x|Gary Openshaw|Rochdale. Running 10k a month for the charity that helped my brother.
christie|bluesky|Niamh Connolly|Irish in Manchester. Theatre, gigs, bad poetry.
christie|youtube|Greater Manchester Buses|Bus spotting and route reviews across GM.
christie|x|Frank Ogden|Stockport County till I die. Grandad. Retired electrician.
christie|tiktok|Amelia Roach|wilmslow 🐶 dog groomer, before and after videos
merseycare|x|Scouse Sue|Liverpool born and bred. Red all over. Nan of three.
merseycare|instagram|Jake Molyneux|🎸 guitarist in a covers band | bootle | gigs every weekend
merseycare|facebook|Theresa McGovern|Retired school cook, Kirkby. Sunday roast for the whole family every week.
merseycare|tiktok|Kai Ferguson|toxteth 🏀 hoops and music
merseycare|x|Andrew Hughes|Men's mental health. I'm open about my depression because someone needs to be. Crosby.
merseycare|linkedin|Deborah Fairclough|Project manager in social housing, Liverpool City Region.
merseycare|bluesky|Rhys Parry|Welsh, living in Liverpool. Museums and ferries.
merseycare|x|Leanne Kerrigan|Carer for my brother who has a learning disability. Advocating for him and others. Huyton.
merseycare|instagram|Precious Obi|💇🏾‍♀️ hair braider, liverpool 8 | bookings open
merseycare|facebook|Jimmy Boyle|Everton, the docks and my allotment. Retired. Walton.
merseycare|youtube|Southport Seafront|Filming the pier, the lake and the sunsets.
merseycare|x|Holly Cartwright|Psychology student. Anxiety survivor. Tweets about uni, books and my hamster.
merseycare|tiktok|Ste Gallagher|birkenhead 🚗 car detailing, satisfying cleans
merseycare|mastodon|Ewan Blackwood|Music teacher and composer, Liverpool. Choirs, synths, long walks.
merseycare|x|Mary Donnelly|Parish volunteer. St Helens. Grateful to the community mental health team who helped my daughter.
merseycare|instagram|Ryan Case|🏋️ strongman training | maghull | coffee addict
merseycare|facebook|Barbara Tyrer|Grandma. Aintree every April. Love a flutter.
merseycare|linkedin|Femi Akande|Youth worker and mentor, Liverpool. Passionate about young people's wellbeing.
merseycare|x|Nicky Hanlon|Southport. Nail tech. Huge Coronation Street fan.
merseycare|bluesky|Owen Rimmer|Birdwatcher, Sefton coast. Natterjack toads appreciation account.
merseycare|youtube|Scouse Kitchen|Scouse, pea soup and other Liverpool classics.
merseycare|x|Carl Moran|Bus driver, Knowsley. Five-a-side on Thursdays.
merseycare|tiktok|Lola Jennings|wirral 🌸 florist in training
"""
