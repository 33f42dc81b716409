# -*- coding: utf-8 -*-
"""Hand-written genuine accounts of members of the public (group general_public).

One line per account: platform|handle|display name|bio. Every person is invented.
Block key "*" means the account is not tied to one place and is assigned to a Trust at random.
"""

BLOCKS = []

BLOCKS.append(("barnsley", """
x|tykesnut_gaz|Gaz|Barnsley FC season ticket since '96. Oakwell or nowhere. Moans about the ref for free.
facebook|karen.holroyd.77|Karen Holroyd|Dinnerlady, nana of four, Cudworth lass. Bingo Thursdays.
instagram|barnsley_bakes_by_bev|Bev's Bakes|Celebration cakes from my kitchen in Royston \U0001F382 Orders by DM, collection only.
tiktok|millie.dances.s75|Millie|15 \U0001F483 dance school in Barnsley, don't follow if ur weird
facebook|dean.moxon.5|Dean Moxon|Plasterer. Worsbrough. Pigeon man like my grandad.
x|MinersWelfareMick|Mick Lumb|Ex-pitman. Grimethorpe band fan. Labour till I die. Hospital saved my life in 2019 - thank you ward 19.
instagram|the_glassworks_girl|Jess|Retail assistant, gym, eyelashes, my French bulldog Biscuit \U0001F436
linkedin|ryan-sykes-electrician|Ryan Sykes|Approved electrician, domestic and commercial. Based in Barnsley, covering South Yorkshire.
tiktok|yorkshire.grandad.bill|Grandad Bill|82 and learning TikTok from my granddaughter. Be kind.
facebook|sharon.wood.barnsley|Sharon Wood|Mum, HCA at the hospital, wine lover. Don't ask me about your bloods, I just work there x
x|dodworth_dave|Dave|Allotment, darts, moaning about bins. Dodworth.
instagram|oakwell_groundhopper|Tom Hinchliffe|Groundhopper. 214 grounds and counting. Barnsley away days.
bluesky|annamaybooks.bsky.social|Anna May|Librarian in South Yorkshire. Reading crime fiction so you don't have to.
facebook|lindsey.cooper.3210|Lindsey Cooper|Proud mum of twins born at Barnsley Hospital 2016. Dog groomer.
x|PenistoneRunner|Claire R|Running the Trans Pennine Trail one parkrun at a time. Cake afterwards obviously.
tiktok|barnsley.chippy.reviews|Chippy Reviews Barnsley|Rating every chippy in the borough out of 10 \U0001F41F Honest opinions only.
instagram|hoyland_horse_girl|Ellie|Horse mad \U0001F40E my boy Jasper, livery near Wentworth.
linkedin|nicola-parkin-accountant|Nicola Parkin|Chartered accountant, small business specialist, Barnsley and Wakefield.
x|CawthorneWalker|Jim Denton|Retired postman. Walking every footpath in Cawthorne parish. Photos of stiles.
facebook|michelle.bhnft.fan.club|Michelle Ackroyd|Fan of 80s music, crosswords and my grandkids. Mapplewell.
x|the_real_sam_barnsley|Sam|Just a lad from Athersley who likes trains. Class 185s are underrated.
instagram|yorkshirepuddingqueen|Debbie|Sunday dinner enthusiast \U0001F356 Home cook, Barnsley.
tiktok|gymwithjord|Jordan|PT in Barnsley. Form checks, gains, no nonsense.
facebook|paul.greaves.9|Paul Greaves|Taxi driver, Barnsley. Hospital runs, airport runs, any runs.
x|BarnsleyBirder|Phil Rhodes|Birdwatcher at Old Moor RSPB. Bitterns are worth the wait.
bluesky|carlhaigh.bsky.social|Carl Haigh|Secondary teacher (history). Barnsley. Posting about local history and the miners' strike.
instagram|nails.by.nadia.s70|Nadia|Nail tech \U0001F485 Barnsley town centre, book via link.
facebook|jean.firth.1944|Jean Firth|Widow, gardener, chapel organist. My late husband had his heart op at Barnsley and I will always be grateful.
x|WombwellWanderer|Leanne|Nurse's daughter, teacher's wife, dog's servant. Wombwell.
tiktok|kids.party.katie|Katie's Kids Parties|Balloon arches & kids' parties across South Yorkshire \U0001F388
linkedin|mark-batty-logistics|Mark Batty|Warehouse operations manager. Logistics, lean, forklift licence holder since 2004.
x|moonbeam_tyke|Becky|Mental health is health. Recovering, crafting, knitting hats for the neonatal unit.
"""))

BLOCKS.append(("bdct", """
x|bradfordbhaji|Imran|Bradford lad. Curry mile critic. City fan. Opinions spicy.
facebook|nasreen.akhtar.bd|Nasreen Akhtar|Teaching assistant, mum of 3, Manningham. Proud Bradfordian.
instagram|saltaire_snaps|Saltaire Snaps|Photos of Saltaire, the mill and the canal \U0001F4F7 Prints available.
tiktok|keighley.kid.kayden|Kayden|13 \u26BD Keighley. Footy skills. Subscribe.
x|IlkleyMoorWalker|Rob Birtwhistle|Walking Ilkley Moor in all weathers. Baht 'at, mostly.
facebook|mandy.sutcliffe.56|Mandy Sutcliffe|Support worker, animal lover, Shipley. Mental health matters \U0001F49C
instagram|bradford_city_of_culture_fan|Zara|Proud Bradford girl. Arts, food, markets. City of Culture 2025 \U0001F49B
linkedin|harjit-singh-textiles|Harjit Singh|Third-generation textile merchant, Bradford. Wool, worsted, and wholesale.
bluesky|skipton-sketcher.bsky.social|Helen Pickles|Illustrator in Craven. Drawing sheep, mostly.
x|brontedaughter|Emily B|Haworth. Yes, that's my real first name. No, I haven't written a novel.
tiktok|bfd.street.food|Bradford Street Food|Best eats in Bradford \U0001F354 Honest reviews, no freebies.
facebook|gary.lister.bingley|Gary Lister|Bingley. Five rise locks volunteer. Allotment. Grandad.
x|NurseInRecovery|Dee|Former nurse, now living with bipolar and doing alright. Sharing my journey. Not advice.
instagram|wharfedale.wild.swimmer|Kate|Cold water swimming in the Wharfe \U0001F30A Always with a buddy.
x|ThorntonTeacher|Mr Hussain|Primary teacher. Thornton. Bookworm. Views mine.
facebook|shazia.begum.1988|Shazia Begum|Henna artist, Bradford. Wedding bookings open.
linkedin|lucy-ogden-ux|Lucy Ogden|UX designer at a Leeds agency. Lives in Baildon. Accessibility advocate.
tiktok|craven.farmer.joe|Farmer Joe|Sheep farmer in the Dales \U0001F411 Lambing season chaos.
x|BDCTaylor|Ben Taylor|Brass band euphonium. Black Dyke fan. Works in insurance. Queensbury.
instagram|lister.mills.flat|Anna & Raj|Living in a converted mill in Manningham. Interiors, plants, our cat Pickle.
facebook|june.hargreaves.7|June Hargreaves|Retired. Keighley. I knit for the hospice shop and walk my dog Sally.
x|BradfordCyclist|Ahmed K|Commuting by bike in Bradford. Yes, the hills are real.
bluesky|mentalhealthmatt.bsky.social|Matt|Peer support volunteer. Lived experience of psychosis. Talking helps.
tiktok|silsden.singer|Amy Rose|Singer-songwriter from Silsden \U0001F3B6 Gigs across West Yorkshire.
facebook|wayne.booth.queensbury|Wayne Booth|Van driver. Queensbury. Bradford Bulls till I die.
x|CutlerHeightsMum|Sadia|Mum of four boys. Survival mode. Cutler Heights.
instagram|eccleshill_gardens|Eccleshill Gardens|Garden design and maintenance, north Bradford \U0001F33B
linkedin|farhan-malik-pharmacist|Farhan Malik|Community pharmacist in Bradford. Independent prescriber. Views my own.
x|GiseburnGeologist|Dr Ruth Pennington|Geologist, retired. Limestone pavements and dry stone walls. Settle.
facebook|tracey.wainwright.baildon|Tracey Wainwright|Hairdresser, Baildon. Mum to Evie and Ollie.
"""))

BLOCKS.append(("wuth", """
x|WirralWaveWatcher|Pete|New Brighton sunsets, Tranmere Rovers, and the Mersey ferry. Wallasey born.
facebook|lynn.jones.birkenhead|Lynn Jones|Birkenhead. Retired dinner lady. Nan to six. Arrowe Park looked after my Ray beautifully.
instagram|hoylake_beach_life|Hoylake Beach Life|Sand yachts, sunsets and seals \U0001F9AD Hoylake & West Kirby.
tiktok|wirral.wags.dog.walker|Wirral Wags|Dog walking across the Wirral \U0001F43E Daily adventures with my pack.
x|TranmereTilIDie|Steve|Prenton Park regular. Super White Army. Work in a warehouse.
facebook|gemma.roberts.heswall|Gemma Roberts|Mum, part-time barista, Heswall. Yoga and gin.
linkedin|mike-harrison-marine-engineer|Mike Harrison|Marine engineer, Cammell Laird. 20+ years shipbuilding on the Mersey.
instagram|wuthering.reads|Wuthering Reads|Bookstagram \U0001F4DA Gothic novels, rainy days and tea. Brontë obsessive.
x|wuthering_hayley|Hayley|Named after a song, obsessed with the book. Drama teacher in Wallasey.
tiktok|birkenhead.barber.kai|Kai the Barber|Fades & beard trims in Birkenhead \U0001F488 Walk-ins welcome.
bluesky|deeestuarybirds.bsky.social|Dee Estuary Birding|Waders, geese and the odd rarity on the Dee. Hilbre trips.
facebook|colin.mercer.1952|Colin Mercer|Retired docker. Bebington. Lifelong Everton. Knee replaced at Clatterbridge, good as new.
x|WestKirbySailor|Anna K|Dinghy sailing on the marine lake. Teacher. Occasionally capsized.
instagram|moreton.mum.of.three|Jade|Mum of 3 under 5 \U0001F62D Moreton. Survival tips, tantrums, messy play.
x|NessGardensFan|Robert Ellis|Volunteer guide at Ness Botanic Gardens. Rhododendrons are my thing.
tiktok|liscard.lad.lewis|Lewis|Gym, footy, Wirral. Just vibes.
facebook|dawn.pritchard.77|Dawn Pritchard|Care worker, Rock Ferry. Working nights, sleeping days.
linkedin|sophie-lam-solicitor|Sophie Lam|Family law solicitor, Birkenhead. Collaborative practice.
x|ClaughtonCatLady|Margaret|Three cats, one husband, too many plants. Claughton.
instagram|the.wirral.baker|The Wirral Baker|Sourdough, cinnamon buns, Saturday market stall in Birkenhead \U0001F35E
x|ParkgateIceCream|Joe|Best ice cream on the Wirral is in Parkgate, fight me. Engineer.
facebook|kevin.owens.upton|Kevin Owens|Upton. Window cleaner. Reliable, ask anyone.
bluesky|merseyside-historian.bsky.social|Dr Paul Cassidy|Social historian of Merseyside shipping. Lecturer.
tiktok|nurse.mum.wirral.diaries|Nat|Mum, student, future paramedic hopefully \U0001F691 Wirral.
x|Wallasey_Walter|Walter|87. Served in the merchant navy. My grandson set this up. Hello.
instagram|thurstaston_trails|Ben Walsh|Trail running on the Wirral Way \U0001F3C3\u200D\u2642\uFE0F
facebook|sandra.mcguire.wirral|Sandra McGuire|Proud nan. Bingo caller at the club. Greasby.
x|WirralMusicFan|Dan|Gigs at the Floral Pavilion. Guitarist in a covers band. Bookings via DM.
linkedin|rachel-doyle-teacher-wirral|Rachel Doyle|Head of science, secondary school on the Wirral.
instagram|new.brighton.vintage|New Brighton Vintage|Vintage clothes & homeware, Victoria Quarter \u2728
"""))

BLOCKS.append(("stockport", """
x|HattersHeaven|Craig|Stockport County. Edgeley Park. Still can't believe the last few seasons.
facebook|julie.bennett.edgeley|Julie Bennett|Edgeley. Part-time cleaner. Nana to Alfie. Stepping Hill staff are angels.
instagram|stockport.underbanks|Underbanks Stories|Independent shops and history of Stockport's Underbanks \U0001F3DB
tiktok|marple.mum.sophie|Sophie|Mum of two, Marple \U0001F332 Days out in Stockport & the Peak.
x|ViaductPhotos|Rich Dolan|Photographing the Stockport viaduct in every light. Yes I have a problem.
facebook|terry.hough.cheadle|Terry Hough|Retired bus driver. Cheadle Hulme. Grandad, gardener, Man City.
linkedin|amira-hassan-data-analyst|Amira Hassan|Data analyst in Manchester. Lives in Heaton Moor. SQL, Python and coffee.
instagram|heaton.moor.eats|Heaton Moor Eats|Eating our way round the Moor and Heatons \U0001F37D
x|BramhallBirdie|Pam|Bramhall Park regular. I feed the ducks and I'm not sorry.
tiktok|hazel.grove.hairdresser|Lauren Styles|Hairdresser in Hazel Grove \U0001F487\u200D\u2640\uFE0F Balayage is my love language.
facebook|andrew.cole.reddish|Andrew Cole|Reddish. Roofer. Dad. Stockport County.
bluesky|stockportplanner.bsky.social|Nina Ashworth|Town planner. Stockport. Trams, trains and better streets.
x|SteppingHillBaby88|Lisa|Born at Stepping Hill in '88, had both my kids there too. Teaching assistant.
instagram|romiley.runner|Tom Forshaw|Running the Goyt Valley \U0001F3C3 Marathon training blog.
facebook|margaret.lowe.1941|Margaret Lowe|Offerton. I do the church flowers and read large print books.
x|StockportGamer|Josh|Streams on Twitch. Stockport. FIFA and Rocket League.
linkedin|helen-moss-hr-consultant|Helen Moss|HR consultant for small businesses. Based in Bramhall.
tiktok|stockport.market.finds|Market Finds|What I found at Stockport Market today \U0001F6CD
x|Woodford_Aviator|Geoff|Ex-Avro Woodford. Aviation history. Vulcan to the sky.
instagram|cheadle.pottery.studio|Cheadle Pottery Studio|Wheel classes and open studio \U0001F3FA Cheadle.
facebook|kelly.marsh.brinnington|Kelly Marsh|Brinnington. Carer for my mum. Tired but coping.
x|RomileyRamblers|Romiley Ramblers|Walking group, all welcome. Sundays from the station.
bluesky|drbekah-chem.bsky.social|Dr Bekah Lowe|Chemistry lecturer in Manchester. Stockport resident. Crafts and cats.
tiktok|davenport.dad.jokes|Dad Jokes Davenport|The worst jokes in SK3. You've been warned.
x|PoyntonPiper|Hamish|Bagpipe teacher. Poynton. Yes, weddings and funerals.
instagram|gatley.garden.diary|Gatley Garden Diary|Small garden, big ambitions \U0001F33C
facebook|rob.kenyon.woodley|Rob Kenyon|Woodley. Plumber. Gas Safe. Reasonable rates.
linkedin|zoe-clarke-event-manager|Zoe Clarke|Events manager, Stockport Plaza volunteer. Weddings & conferences.
x|TheHattersWife|Mandy|Married to a County fan. Send help. Hazel Grove.
instagram|sft.sophie.fitness|Sophie Farrell|SFT = Sophie Farrell Training \U0001F4AA Online coaching for busy mums. Stockport.
"""))

BLOCKS.append(("geh", """
x|GeorgeEliotReader|Mary|Reading Middlemarch for the fourth time. Nuneaton's most famous daughter deserves better.
facebook|sue.hancox.nuneaton|Sue Hancox|Nuneaton. School cook. Mum to Ryan and Kelsey. George Eliot nurses looked after my dad so well.
instagram|nuneaton.nostalgia|Nuneaton Nostalgia|Old photos of Nuneaton & Bedworth \U0001F4F8 Send us yours!
tiktok|bedworth.baker.bella|Bella Bakes|Bedworth \U0001F9C1 Cupcakes and tray bakes, orders by DM.
x|BoroFanNuneaton|Dan|Nuneaton Borough through thick and thin (mostly thin). Liberty Way.
facebook|graham.oakley.bulkington|Graham Oakley|Bulkington. Retired miner at Daw Mill. Coarse fishing.
linkedin|priti-mistry-pharmacist-nun|Priti Mistry|Locum pharmacist, Warwickshire and Leicestershire.
instagram|atherstone.ball.game|Atherstone Ball Game Fans|Shrove Tuesday chaos since 1199 \u26BD
x|HinckleyHiker|Wendy|Walking Leicestershire and Warwickshire borders. Hinckley.
tiktok|nuneaton.nan.joan|Nan Joan|80 years young \U0001F475 Nuneaton. My grandson films me.
facebook|lee.parsons.camphill|Lee Parsons|Camp Hill. Scaffolder. Dad to three girls. Coventry City.
x|middlemarch_mike|Mike|Cyclist, Coventry Canal towpath regular. IT support by day.
bluesky|eliot-scholar.bsky.social|Dr Jane Whitcombe|Victorian literature lecturer. George Eliot, Gaskell, Trollope. Not a hospital.
instagram|arbury.hall.walks|Arbury Walks|Walks around Arbury Hall and estate \U0001F333
facebook|pauline.ward.whitestone|Pauline Ward|Whitestone. Church volunteer. Proud nan.
x|NuneatonNerd|Raj|Tabletop games, board game café regular, software tester.
tiktok|gehsquad_cheer|GEH Squad Cheer|Gymnastics & cheer club, Nuneaton \U0001F4E3 (Great Elite Heights)
linkedin|darren-cox-warehouse|Darren Cox|Shift manager, distribution centre near Hinckley.
instagram|polesworth.pottery|Polesworth Pottery|Handmade mugs and planters \U0001F3FA
x|BedworthBand|Claire|Cornet, Bedworth silver band. Primary school teacher.
facebook|jason.hughes.nuneaton|Jason Hughes|Nuneaton. Mechanic. Classic Minis.
x|WarksWildlife|Eve|Wildlife volunteer, Warwickshire Wildlife Trust reserves.
instagram|nuneaton.gym.rat|Kyle|Lifting, meal prep, no excuses \U0001F4AA
tiktok|coleshill.crafts|Coleshill Crafts|Crochet patterns and tutorials \U0001F9F6
facebook|ann.bailey.galley.common|Ann Bailey|Galley Common. Retired nurse (not at the hospital, district nursing). Grandma.
x|NuneatonDadBlog|Stu|Stay at home dad, blogging about it. Nuneaton.
bluesky|midlandsbirder.bsky.social|Ollie|Birding Warwickshire gravel pits. Photography.
linkedin|amy-grant-primary-teacher|Amy Grant|Year 2 teacher in Nuneaton.
instagram|bedworth.vintage.fair|Bedworth Vintage Fair|Monthly vintage fair at the civic hall \U0001F457
x|EliotGeorgeNotTheNovelist|George Elliott|Yes, really. Two Ls, two Ts. Plumber in Leicester.
"""))

BLOCKS.append(("sath", """
x|SathKumarTweets|Sath Kumar|Software engineer, Birmingham. Cricket, chai, chess. Sath is short for Sathish.
instagram|sath.k.photography|Sath K Photography|Weddings and portraits across the Midlands \U0001F4F8
facebook|brenda.evans.oswestry|Brenda Evans|Oswestry. Retired shop owner. My husband's care at the Royal Shrewsbury was marvellous.
tiktok|telford.town.tour|Telford Town Tour|Showing you round Telford \U0001F3D9 Town park, the Wrekin and more.
x|ShrewsburyShrew|Tom|Shrewsbury Town. The Shrews. Cooking, crosswords, cricket.
facebook|craig.dale.wellington|Craig Dale|Wellington, Telford. HGV driver. Dad of two.
instagram|ironbridge.gorge.life|Ironbridge Life|Life by the gorge \U0001F309 Walks, cafés, floods.
linkedin|kate-morris-vet-nurse|Kate Morris|Veterinary nurse, mixed practice near Ludlow.
x|WrekinWalker|Gwen|Up the Wrekin every Sunday since 1998. Sandwiches at the top.
tiktok|shropshire.lass.farm|Shropshire Lass|Dairy farm life \U0001F404 Milking at 4am so you don't have to.
facebook|dean.roberts.madeley|Dean Roberts|Madeley. Telford Tigers fan. Landscaper.
x|LudlowFoodie|Charlotte|Ludlow food festival every year. Cheese obsessive.
bluesky|shropshire-poet.bsky.social|Alun Jenkins|Poet, bilingual. Border country. New pamphlet out spring.
instagram|telford.mum.hub|Telford Mum Hub|Things to do with kids in Telford & Wrekin \U0001F388
facebook|joyce.pritchard.1938|Joyce Pritchard|Church Stretton. Widow. WI member for 50 years.
x|Shrewsbury_Cycles|Mark|Cyclist. Shrewsbury to Welshpool and back most Saturdays.
tiktok|market.drayton.gingerbread|Drayton Gingerbread|Baking gingerbread the old way \U0001F36A Market Drayton.
linkedin|owen-davies-civil-engineer|Owen Davies|Chartered civil engineer. Flood defences along the Severn.
instagram|bridgnorth.cliff.railway.fan|Cliff Railway Fan|Bridgnorth's cliff railway in photos \U0001F6A1
x|PRHMumOf3|Nicola|All three of my babies were born in Telford. Now I'm a childminder. Donnington.
facebook|steve.thomas.whitchurch|Steve Thomas|Whitchurch. Dairy engineer. Rugby.
x|WelshBorderNan|Nain Eirlys|Nain to seven. Knitting, chapel, Welsh cakes.
bluesky|severnvalleyrail.bsky.social|Severn Valley Steam Fan|Volunteer fireman on heritage steam. Bridgnorth.
instagram|shrewsbury.flower.show.fan|Quarry Blooms|Shrewsbury Flower Show regular \U0001F338 Garden photos.
tiktok|telford.gamer.lad|TelfordGamerLad|Fortnite and FIFA. 16. Be nice.
facebook|angela.hughes.ketley|Angela Hughes|Ketley. Care worker and mum. Proud of my lot.
x|OswestryHistory|Oswestry Tales|Local history of Oswestry and the border. Old photos welcome.
linkedin|ffion-parry-teacher|Ffion Parry|Welsh teacher at a Shropshire secondary school.
instagram|shifnal.sourdough|Shifnal Sourdough|Micro-bakery. Saturday collections \U0001F35E
x|PrincessRoyalFan|Di|Royal watcher. Princess Anne is my hero. Retired secretary, Newport.
"""))

BLOCKS.append(("swft", """
x|StratfordBard|Will|Not that one. Actor and tour guide in Stratford-upon-Avon. Matinees and mead.
facebook|janet.cooper.leamington|Janet Cooper|Leamington Spa. Retired librarian. Warwick Hospital staff were kindness itself when I had my hip done.
instagram|leamington.spa.eats|Leam Eats|Independent food in Leamington \U0001F35C Honest reviews.
tiktok|warwick.castle.kid|Oscar|12. I live near the castle. Minecraft and history.
x|SwiftieWarwick|Megan|Taylor Swift fan account. Warwick Uni student. Swiftie forever \U0001F49C
facebook|rob.harris.kenilworth|Rob Harris|Kenilworth. Joiner. Dad. Coventry City.
linkedin|sana-malik-researcher|Sana Malik|PhD researcher, University of Warwick. Health economics.
instagram|shipston.village.life|Shipston Life|Cotswold-edge living \U0001F33E Shipston-on-Stour.
x|AlcesterAngler|Brian|Fishing the Arrow and the Alne. Retired. Alcester.
tiktok|stratford.boat.guy|Stratford Boat Guy|Punts and narrowboats on the Avon \U0001F6A3
facebook|lisa.green.whitnash|Lisa Green|Whitnash. Nursery nurse. Mum to Maisie.
x|SWFT_Swifts|Swift Watch Warwick|Counting swifts over Warwick every summer \U0001F426 (yes, SWFT = swifts)
bluesky|kenilworthcastle-walks.bsky.social|Kenilworth Walks|Walks around Kenilworth and the castle.
instagram|warwick.dog.walks|Warwick Dog Walks|Dog-friendly walks in Warwickshire \U0001F436
facebook|derek.allen.1946|Derek Allen|Stratford. Ex-RAF. Bowls club captain.
x|LeamRegencyFan|Harriet|Regency architecture, Jephson Gardens, tea rooms. Leamington.
tiktok|wellesbourne.farm.shop|Wellesbourne Farm Shop|Fresh veg, eggs and pies \U0001F95A
linkedin|james-oconnor-games-dev|James O'Connor|Games developer, Leamington (Silicon Spa). Gameplay programmer.
instagram|southam.crafter|Southam Crafter|Quilts and patchwork \U0001F9F5
x|StratfordMumOfTwins|Bex|Twin mum. Born at Warwick 2019. Sleep is a myth.
facebook|karen.pratt.stratford|Karen Pratt|Stratford. B&B owner. Welcome to Shakespeare country.
x|WarwickRacegoer|Pete|Warwick races, pints and punts. Accountant.
bluesky|dr-lindsay-warwick.bsky.social|Dr Lindsay Fox|Historian, Warwick. Tudor England.
instagram|henley.in.arden.icecream|Henley Ice Cream Fan|Every flavour at Henley-in-Arden \U0001F366
tiktok|leam.student.life|Leam Student Life|Warwick Uni student life in Leamington \U0001F393
facebook|mo.ahmed.lillington|Mo Ahmed|Lillington. Taxi driver. Friendly service.
x|CotswoldCyclistSW|Fiona|Cycling the north Cotswolds. Physio (private practice).
linkedin|tina-brookes-estate-agent|Tina Brookes|Estate agent, Warwick and Kenilworth.
instagram|ellen.badger.gardens|Shipston Gardeners|Open gardens in Shipston every June \U0001F337
x|KenilworthKnits|Pam|Knitting, tea, grandchildren. Kenilworth.
"""))

BLOCKS.append(("kgh", """
x|PoppiesFanKettering|Matt|Kettering Town. The Poppies. Ups and downs (mostly downs).
facebook|sandra.mills.kettering|Sandra Mills|Kettering. Retired shop worker. KGH saved my grandson's life and I'll never forget it.
instagram|kettering.cafe.culture|Kettering Café Culture|Coffee and cake across Kettering \u2615
tiktok|corby.steel.kid|Corby Kid|Corby born, Scottish roots \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Footy and gaming.
x|KGHarris_Photos|Kate G Harris|Photographer. Northamptonshire landscapes. KGH photography - not the hospital!
facebook|darren.walsh.corby|Darren Walsh|Corby. Steelworker. Rangers fan.
linkedin|neha-shah-finance|Neha Shah|Management accountant, logistics firm near Kettering.
instagram|wicksteed.park.memories|Wicksteed Memories|Photos of Wicksteed Park through the years \U0001F3A1
x|RothwellRunner|Lou|Running club, Rothwell. Couch to 5k graduate.
tiktok|burton.latimer.baker|Latimer Bakes|Home baker \U0001F370 Northants.
facebook|pat.dunmore.1947|Pat Dunmore|Desborough. Widow. I love my garden and my cat Toffee.
x|CorbyCubeFan|Gary|Corby Cube theatre regular. Amateur dramatics.
bluesky|northants-naturalist.bsky.social|Hannah Cole|Ecologist. Butterflies and meadows in north Northants.
instagram|thrapston.canoe.club|Nene Paddlers|Canoeing on the Nene \U0001F6F6
facebook|steve.bell.broughton|Steve Bell|Broughton. Electrician. Saints rugby.
x|KetteringMumLife|Chantelle|Mum of 3, Kettering. Nail tech. Chaos.
tiktok|geddington.cross.history|Eleanor Cross Fan|History of Geddington \U0001F3F0
linkedin|marcus-king-hgv-trainer|Marcus King|HGV driving instructor, Corby.
instagram|kettering.tattoo.studio|Ink Kettering|Tattoo studio, town centre \U0001F58B
x|NorthantsBeerFan|Colin|Real ale, CAMRA member. Kettering.
facebook|julie.page.wellingborough|Julie Page|Wellingborough. Teaching assistant. Mum of teenagers. Help.
x|KGH_Kelly_Gym|Kelly G Hart|PT and gym owner. Kettering. (KGH = my initials, people!)
bluesky|corby-poet.bsky.social|Fraser Mackie|Poet and steelworker's son. Corby.
instagram|rushden.lakes.days|Rushden Lakes Days|Days out at Rushden Lakes \U0001F6CD
tiktok|kettering.nan.bev|Nan Bev|78 and loving TikTok \U0001F475 Kettering.
facebook|ian.west.barton.seagrave|Ian West|Barton Seagrave. Retired police officer. Golf.
x|DesboroughDad|Chris|Dad of 2. Desborough. Cricket coach.
linkedin|jenny-moss-social-worker|Jenny Moss|Social worker, adults. North Northamptonshire.
instagram|kettering.allotments|Kettering Allotments|Grow your own \U0001F955
x|MarketHarboroughMo|Maureen|Market Harborough. Crosswords, church, grandkids.
"""))

BLOCKS.append(("esth", """
x|EstherBakesCakes|Esther|Esther's Bakes \U0001F382 Celebration cakes in Sutton. Not affiliated with anything, just cake.
instagram|esth.er.designs|Esther Okafor Designs|Bridal fashion designer, Croydon & Sutton \U0001F470
facebook|pauline.hart.carshalton|Pauline Hart|Carshalton. Retired school secretary. St Helier looked after my mum in her final weeks with such dignity.
tiktok|sutton.high.street|Sutton High Street|What's new on Sutton High Street \U0001F6CD
x|EpsomDerbyDay|Jonny|Epsom Derby every year. Racing fan. Stockbroker (boring).
facebook|ray.collins.morden|Ray Collins|Morden. Black cab driver 30 years. Palace fan.
instagram|nonsuch.park.walks|Nonsuch Park Walks|Dog walks and picnics in Nonsuch Park \U0001F333
linkedin|grace-adeyemi-software|Grace Adeyemi|Software engineer, fintech. Lives in Sutton.
x|CheamVillageMum|Lucy|Cheam. Mum of two. PTA chair. Coffee first.
tiktok|epsom.downs.runner|Epsom Downs Runner|Running the Downs at sunrise \U0001F305
facebook|brian.tait.ewell|Brian Tait|Ewell. Retired engineer. Bowls and bridge.
x|StHelierEstateHistory|St Helier Estate History|History of the St Helier estate, built 1930s by the LCC. Old photos welcome.
bluesky|wallingtonwriter.bsky.social|Priya Desai|Novelist, Wallington. Debut out next year.
instagram|carshalton.ponds|Carshalton Ponds|Photos of Carshalton village and ponds \U0001F986
facebook|shirley.kemp.1949|Shirley Kemp|Banstead. Widow. Gardening club, WI and church.
x|SuttonUnitedFan|Gav|Sutton United. Amber Army. Season ticket holder.
tiktok|worcester.park.foodie|WP Foodie|Eating around Worcester Park \U0001F354
linkedin|adam-price-estate-agent|Adam Price|Estate agent, Epsom and Ewell.
instagram|epsom.market.stall|Epsom Market Finds|Saturday market in Epsom \U0001F34E
x|StonecotHillDad|Kwame|Dad of three, Stonecot Hill. Accountant. Arsenal.
facebook|denise.moore.rosehill|Denise Moore|Rosehill. Dinner lady. Nan. Proud.
x|SurreyHillsCycling|Mike|Box Hill every weekend. Zig zag road addict.
bluesky|banstead-birder.bsky.social|Sally Hunt|Birder on Banstead Downs. Skylarks.
instagram|belmont.village.bakery|Belmont Bakes|Home baker in Belmont \U0001F36A
tiktok|sutton.teen.vlogs|Ellie V|16 \U0001F33A Sutton. School, friends, vlogs.
facebook|colin.ashdown.epsom|Colin Ashdown|Epsom. Retired printer. Grandad.
x|MordenTubeEnd|Yusuf|Northern line end of the line. Commuter. Complainer.
linkedin|hannah-forbes-charity-fundraiser|Hannah Forbes|Charity fundraiser (animal welfare). Surrey.
instagram|ashtead.common.walks|Ashtead Common|Ancient oaks and muddy boots \U0001F333
x|EpsomCollegeArt|Dee|Art teacher. Epsom. Watercolours.
"""))

BLOCKS.append(("lnwh", """
x|WembleyWayWalker|Tariq|Wembley. Every England match. Black cab driver. Two kids.
facebook|sunita.patel.harrow|Sunita Patel|Harrow. Pharmacist's wife, grandmother, temple volunteer. Northwick Park doctors are wonderful.
instagram|ealing.broadway.eats|Ealing Eats|Food around Ealing Broadway \U0001F35B
tiktok|southall.street.food|Southall Street Food|Samosas, jalebi and chaat \U0001F336 Southall.
x|HarrowOnTheHillHistory|Harrow Histories|Local history of Harrow on the Hill. Old postcards welcome.
facebook|mohammed.ali.wembley|Mohammed Ali|Wembley. Uber driver. Dad. Not the boxer.
linkedin|lina-haddad-architect|Lina Haddad|Architect, Ealing. Housing and community buildings.
instagram|northwick.park.lake|Northwick Park Walks|Walks around Northwick Park and Harrow \U0001F333
x|KentonMum|Priya|Kenton. Mum of two. Accountant. Tired.
tiktok|brent.teen.dancer|Zara B|Dance \U0001F483 Brent. Bollywood and hip hop.
facebook|patrick.murphy.kilburn|Patrick Murphy|Kilburn. Retired builder. Irish centre regular.
x|EalingCyclist|Dan|Cycling commuter, Ealing to Paddington. Segregated lanes please.
bluesky|ealingcomedy.bsky.social|Ealing Comedy Fan|Ealing Studios classics. Kind Hearts and Coronets forever.
instagram|stanmore.gardens|Stanmore Gardens|Gardening in Stanmore \U0001F33A
facebook|gladys.okonkwo.neasden|Gladys Okonkwo|Neasden. Church choir. Retired nurse from abroad, forty years in this country.
x|GreenfordGamer|Sami|Gamer, Greenford. Esports fan. Student.
tiktok|harrow.weald.nan|Nani Kamla|Nani recipes \U0001F35B Harrow Weald.
linkedin|tom-baker-logistics-brent|Tom Baker|Operations manager, Park Royal logistics.
instagram|wealdstone.raiders.fan|Stones Fan|Wealdstone FC \u26BD Grosvenor Vale regular.
x|ActonDad|Leo|Acton. Dad. Teacher. Jazz.
facebook|nadia.rahman.southall|Nadia Rahman|Southall. Henna artist. Bridal bookings open.
x|PinnerBeekeeper|Roger|Beekeeping in Pinner. Honey for sale in season.
bluesky|kilburn-poet.bsky.social|Amara Eze|Poet, Kilburn. Spoken word nights.
instagram|hanwell.zoo.fan|Hanwell Days|Brent Lodge Park and Hanwell life \U0001F43F
tiktok|wembley.park.vlogs|Wembley Park Vlogs|What's on at Wembley Park \U0001F3DF
facebook|david.levy.edgware|David Levy|Edgware. Retired solicitor. Grandad of five.
x|SudburyHillRunner|Kemi|Running club, Sudbury. Marathon 2025.
linkedin|anjali-rao-product-manager|Anjali Rao|Product manager, health tech startup. Harrow.
instagram|harrow.market.finds|Harrow Finds|Charity shop hauls in Harrow \U0001F6CD
x|ParkRoyalFoodie|Vik|Food wholesaler, Park Royal. Cricket on Sundays.
"""))

BLOCKS.append(("*", """
x|mags_crosswords|Maggie|Cryptic crosswords before breakfast. Retired maths teacher. Two cats, both ungrateful.
facebook|lorraine.walsh.1962|Lorraine Walsh|Grandma, cake maker, bingo winner (once).
instagram|the.slow.knitter|The Slow Knitter|One jumper a year, if I'm lucky \U0001F9F6
tiktok|caravan.couple.uk|Caravan Couple|Touring the UK in a 1994 Swift \U0001F690 Campsite reviews.
x|tired_nurse_mum|Em|Nurse, mum, occasional human. Opinions my own and usually about sleep.
linkedin|oliver-grant-plumbing|Oliver Grant|Plumbing and heating engineer. Gas Safe registered. Family business since 1985.
bluesky|softwaresam.bsky.social|Sam Okoro|Backend developer. Go, Postgres, and slow cooking.
instagram|retired.and.rambling|Retired & Rambling|Long distance footpaths in our 60s \U0001F97E
facebook|trevor.naylor.58|Trevor Naylor|Lorry driver 35 years. Now retired and fishing.
x|PhDinProgress|Anjali|Third-year PhD (epidemiology). Writing up. Send snacks.
tiktok|cleaning.with.carla|Carla Cleans|Satisfying cleaning videos \U0001F9FD Tips and hacks.
instagram|hospital.bag.hannah|Hannah|First time mum-to-be \U0001F930 Packing my hospital bag way too early.
x|DadOfThreeGirls|Neil|Three daughters, one bathroom. Send help. Football coach at weekends.
facebook|maureen.ogden.77|Maureen Ogden|Proud nan. Lost my Frank in 2021. The nurses who looked after him are heroes.
linkedin|yasmin-patel-marketing|Yasmin Patel|Marketing manager, consumer brands. Mentor. Mum.
bluesky|wildflowerwendy.bsky.social|Wendy|Wildflower meadows and the insects that love them.
x|quietcarriage|Ben|Rail commuter. Timetables. Tea. Quiet carriage enforcer.
instagram|vegan.on.a.budget.uk|Vegan on a Budget|Cheap vegan meals \U0001F331 Under \u00a32 a portion.
tiktok|grandma.recipes.rosa|Nonna Rosa|Italian recipes from my mamma \U0001F35D
facebook|gary.firth.plasterer|Gary Firth|Plasterer. No job too small.
x|ADHD_and_thriving|Jas|Diagnosed at 34. Sharing what helps me. Not medical advice.
linkedin|chris-mitchell-teacher|Chris Mitchell|Secondary PE teacher and head of year.
instagram|little.terrace.garden|Little Terrace Garden|Growing veg in a yard the size of a table \U0001F345
x|BirdsOfMyGarden|Pat|Garden bird photography. Blue tits are nesting again!
tiktok|student.midwife.memes|Midwifery Memes|Student midwife memes \U0001F476 Not affiliated with any trust or uni.
facebook|janice.lomas.1955|Janice Lomas|Keep-fit class, church, grandkids. Life is good.
bluesky|retrocomputing-rich.bsky.social|Rich|ZX Spectrum, BBC Micro and other beige boxes.
x|CancerSurvivorSue|Sue|Breast cancer survivor, 6 years clear. Sharing hope. Thank you NHS \U0001F49C
instagram|chronic.illness.chloe|Chloe|Living with Crohn's \U0001F49B Spoonie. Not medical advice.
linkedin|david-khan-it-manager|David Khan|IT infrastructure manager. Cloud, networks, and 2am callouts.
tiktok|nightshift.snacks|Nightshift Snacks|What I eat on a night shift \U0001F319 (warehouse worker)
x|AllotmentAndy|Andy|Plot 14. Leeks, onions and endless slugs.
facebook|rita.greenwood.1940|Rita Greenwood|84 years young. Great-grandmother of nine.
instagram|dad.bakes.bread|Dad Bakes Bread|Sourdough dad \U0001F35E Weekend loaves.
x|FootballFirstAidDave|Dave|Grassroots football coach. First aid qualified. Under-10s.
bluesky|jenny-paints.bsky.social|Jenny Ward|Watercolour painter. Seascapes. Commissions open.
tiktok|bin.day.reviews|Bin Day Reviews|Rating bin collections nationwide \U0001F5D1 Yes really.
linkedin|rebecca-hall-project-manager|Rebecca Hall|Project manager, construction. PRINCE2.
facebook|kev.baxter.boxing|Kev Baxter|Amateur boxing coach. Keeping kids off the streets.
x|LongCovidLaura|Laura|Long Covid since 2020. Pacing, resting, advocating. Former runner.
instagram|charity.shop.chic|Charity Shop Chic|Thrifted outfits \U0001F457 Sustainable fashion.
x|TrainDriverTerry|Terry|Train driver. Opinions on signals. No, I can't get you a cheaper ticket.
tiktok|uk.hiking.girl|Hiking Harriet|Hiking the UK's national parks \u26F0
facebook|anne.marie.hughes.5|Anne-Marie Hughes|Mum of 4, school run warrior, prosecco on Fridays.
bluesky|bookish-bilal.bsky.social|Bilal|Reading 100 books a year. Sci-fi and history.
linkedin|emma-lewis-solicitor|Emma Lewis|Solicitor, residential conveyancing.
x|ParkrunPete|Pete|250 parkruns. Volunteer tail walker. Barcode always in pocket.
instagram|mum.of.a.preemie|Mum of a Preemie|Our 28-weeker is now 3 \U0001F476 Sharing our NICU story to help others.
tiktok|uni.fresher.diaries|Fresher Diaries|First year at uni \U0001F393 Chaos, cooking, deadlines.
facebook|stan.pearson.rafa|Stan Pearson|RAF Association. Ex-Sergeant. Proud veteran.
x|KidneyDonorKate|Kate|Living kidney donor to my brother. Ask me anything about donation.
instagram|the.weekend.cyclist|Weekend Cyclist|Café rides and hill repeats \U0001F6B4
linkedin|sanjay-gupta-gp-receptionist|Sanjay Gupta|Practice manager, GP surgery. Primary care operations.
bluesky|cloudwatcher-uk.bsky.social|Cloud Watcher|Photographing UK skies. Cumulonimbus appreciation.
x|WelshRugbyMam|Rhian|Rugby mam. Three boys, all playing. Living in England now.
tiktok|diy.dad.uk|DIY Dad|Fixing things badly then properly \U0001F528
facebook|lesley.baines.1959|Lesley Baines|Retired hairdresser. Holidays in Spain. Family first.
instagram|type1.teen.tom|Tom|Type 1 diabetic since age 9 \U0001F489 Living my best life. Not advice.
x|HistoryNerdHolly|Holly|Medieval history grad. Castles, manuscripts, and a very old cat.
linkedin|michael-obi-civil-servant|Michael Obi|Policy adviser, civil service. Views my own.
bluesky|ukgardenbirds.bsky.social|Garden Birds UK|Daily garden bird sightings from across the UK.
tiktok|nan.and.me.cooking|Nan & Me|Cooking with my nan \U0001F475\U0001F373
facebook|craig.hammond.darts|Craig Hammond|Darts league captain. 180s and curry.
x|CarerForDad|Sian|Full-time carer for my dad with dementia. Sharing the reality.
instagram|bump.to.baby.blog|Bump to Baby|Pregnancy and newborn journal \U0001F37C
linkedin|louise-ward-hairdresser|Louise Ward|Salon owner. 20 years in hairdressing.
x|RetiredGP_Notes|Dr Alan|Retired GP. Now gardener, grandad, and occasional letter-writer to newspapers.
tiktok|pharmacy.student.priya|Priya Pharmacy Student|MPharm student \U0001F48A Study with me. Not advice.
facebook|dorothy.clark.1938|Dorothy Clark|Great-grandma. My granddaughter is a nurse and I'm so proud.
bluesky|localnewsreader.bsky.social|Tom Fairbairn|Former local newspaper sub-editor. Words and commas.
"""))

BLOCKS.append(("*", """
instagram|paramedics.wife.life|Paramedic's Wife|Married to a paramedic. Cold dinners and warm hearts \U0001F691
x|NightShiftNan|Bev|Night care assistant in a nursing home. Proud of my residents.
tiktok|hca.hannah.uk|Hannah HCA|Healthcare assistant. Sharing honest shifts. Not affiliated with my employer.
facebook|wendy.jarvis.retired.nurse|Wendy Jarvis|Retired ward sister. 38 years in the NHS. Now I grow dahlias.
linkedin|george-eliot-smith-analyst|George Eliot Smith|Data analyst. Yes, my parents loved Middlemarch.
x|KetteringKettle|K. Kettle|Potter. Making teapots and kettles from clay. Studio in the Midlands.
instagram|barnsley.born.london.based|Jodie|Barnsley born, London based \U0001F3D9 Marketing, brunch, Barnsley FC from afar.
tiktok|stockport.exile|Stockport Exile|Moved to Australia from Stockport \U0001F998 Missing Greggs.
x|WarwickTheCat|Warwick|A cat called Warwick. Tweets by his owner. Naps, treats, disdain.
facebook|helier.family.jersey|The Helier Family|We're from Jersey (St Helier!) Family photos and island life.
bluesky|lnw-rail-fan.bsky.social|LNW Rail Fan|London & North Western Railway history. Steam, signal boxes and old timetables.
instagram|epsom.salt.bath.blog|Epsom Salt Self-Care|Self-care rituals \U0001F6C1 Bath salts, candles and calm.
x|ShrewsburyBiscuit|Biscuit Historian|The history of the Shrewsbury biscuit. Baking experiments.
tiktok|bradford.exile.in.leeds|Bradford Lass in Leeds|Bradford girl, Leeds life \U0001F602
linkedin|wirral-tech-consultant|Joe Kelly|IT consultant. Grew up on the Wirral, now remote-working from anywhere.
x|NurseMumOf2|Gemma|Nurse. Mum of 2. Lover of bath bombs and bad reality TV. Views mine.
facebook|pete.lambert.ambulance.retired|Pete Lambert|Retired ambulance technician. 30 years on the road. Now a bus driver.
instagram|junior.doctor.life.uk|JD Life|Resident doctor \U0001FA7A Rotas, revision, resilience. General info only.
x|PhysioStudentPaige|Paige|Physio student. Placement stories. Netball.
tiktok|ward.clerk.wendy|Ward Clerk Wendy|The unsung heroes of the hospital \U0001F4C1 Ward clerk humour.
bluesky|dr-marcus-lee.bsky.social|Marcus Lee|Anaesthetist. Cycling, jazz and sleep deprivation.
facebook|kim.taylor.midwife.mum|Kim Taylor|Midwife for 20 years, now running a baby massage class.
x|Porters_Pride|Lee|Hospital porter. Proud of it. 25k steps a shift.
linkedin|sarah-jones-nurse-educator|Sarah Jones|Nurse educator. Simulation and clinical skills. Views my own.
instagram|life.after.stroke.uk|Life After Stroke|Stroke survivor at 42 \U0001F49C Rebuilding, step by step.
x|DialysisDiaries|Raj|Three times a week on the machine. Waiting for a kidney. Staying positive.
tiktok|cancer.warrior.jess|Jess|Hodgkin lymphoma survivor \U0001F397 Sharing my chemo story.
facebook|brian.ashworth.heart|Brian Ashworth|Had a triple bypass last year. Grateful to the NHS every single day.
x|IBD_Iris|Iris|Living with ulcerative colitis. Awareness, humour, toilets.
instagram|mumof.twins.nicu|Twin Mum NICU|Our twins spent 9 weeks in NICU \U0001F476\U0001F476 Thank you to every nurse.
x|MentalHealthMark|Mark|Living with depression. Talking about it helps. Not a professional.
bluesky|spoonie-sarah.bsky.social|Sarah|Chronically ill, chronically online. ME/CFS.
linkedin|kofi-mensah-hospital-cleaner|Kofi Mensah|Domestic supervisor, hospital housekeeping. Infection control matters.
tiktok|dementia.daughter|Dementia Daughter|Caring for mum with Alzheimer's \U0001F49C
facebook|jackie.hartley.volunteer|Jackie Hartley|Volunteer at my local hospital café. Retired teacher. Love a natter.
x|CoeliacCath|Cath|Gluten-free reviews. Coeliac since 2011.
instagram|hospital.food.critic|Hospital Food Critic|Rating hospital meals from my stays \U0001F37D Tongue in cheek.
x|ParentOfT1D|Dan|Dad of a type 1 diabetic kid. Night checks and data graphs.
tiktok|scrubs.and.sneakers|Scrubs & Sneakers|Nursing student style \U0001F45F
linkedin|helen-wright-patient-advocate|Helen Wright|Patient advocate and lay member on research panels. Lived experience of lupus.
facebook|arthur.bell.1936|Arthur Bell|88. Great-grandad. My grandson set up this page so I can see the photos.
x|HearingLossHelen|Helen|Deaf since birth. BSL user. Accessibility in healthcare matters.
bluesky|pharmacist-ollie.bsky.social|Ollie|Community pharmacist. Antibiotics aren't for colds, please.
instagram|blood.donor.ben|Ben|50 blood donations and counting \U0001FA78 Go give blood.
x|PregnancyAfterLoss|Amy|Pregnancy after loss. Rainbow baby due in spring \U0001F308
tiktok|uk.nhs.queue.jokes|Queue Jokes UK|Comedy sketches about British life - waiting rooms, queues, weather.
facebook|margaret.owen.knitting|Margaret Owen|I knit hats for premature babies and blankets for the hospice.
linkedin|tunde-bakare-care-home-manager|Tunde Bakare|Registered manager, residential care home. Person-centred care.
x|AutismMumLife|Rachel|Mum to two autistic boys. Advocacy, EHCPs and coffee.
instagram|fitness.after.60|Fitness After 60|Proving it's never too late \U0001F4AA
x|WheelchairWill|Will|Wheelchair user. Accessible travel reviews across the UK.
tiktok|blind.baker.uk|Blind Baker|Baking without sight \U0001F9C1 Yes, really.
facebook|sandra.king.breast.cancer|Sandra King|Breast cancer survivor. Fundraising for my local cancer charity every year.
bluesky|nursingresearcher.bsky.social|Dr Aoife Byrne|Nursing researcher. Workforce and wellbeing. Views my own.
x|ScoutLeaderSteve|Steve|Scout leader, 1st Somewhere. First aid, knots, campfires.
instagram|st.john.cadet.mia|Mia|St John Ambulance cadet \U0001F691 First aid at events.
linkedin|paula-singh-receptionist|Paula Singh|Medical receptionist. The voice on the phone at 8am.
x|AsthmaAlex|Alex|Asthmatic runner. Inhaler technique evangelist.
tiktok|hospital.radio.dj.mike|DJ Mike|Hospital radio volunteer DJ \U0001F3B6 Requests welcome.
facebook|eileen.foster.1945|Eileen Foster|Widow, church flowers, watching my grandson play rugby.
x|OrganDonationMum|Lisa|My son saved five lives as an organ donor. Talk to your family.
instagram|brain.tumour.warrior|Josh|Brain tumour survivor, 25 \U0001F9E0 Sharing the journey.
bluesky|disabled-and-proud.bsky.social|Nadia K|Disabled activist. Access, benefits, and better services.
tiktok|gp.receptionist.diaries|Receptionist Diaries|The reality of GP reception \U0001F4DE Be kind to us.
linkedin|alan-turner-volunteer-driver|Alan Turner|Volunteer driver taking patients to hospital appointments. Retired sales manager.
x|HomeEdHelen|Helen|Home educating three. Nature walks and library trips.
facebook|bob.harding.allotment|Bob Harding|Allotments, pigeons and Sunday roasts.
instagram|ostomy.and.outdoors|Ostomy & Outdoors|Hiking with a stoma \U0001F3D4 You can do it too.
"""))

BLOCKS.append(("*", """
x|JoggingGranny|Gwen|Started running at 70. Now 76 with 12 half marathons. Never too late.
facebook|terry.mcdonald.taxi|Terry McDonald|Taxi driver. Airport runs, hospital runs, the lot.
instagram|the.crafty.grandma|Crafty Grandma|Crochet, card-making and grandkids \U0001F9F6
tiktok|lorry.driver.lisa|Lisa on the Road|Female HGV driver \U0001F69B Life on the motorways.
x|BookClubBarbara|Barbara|Book club host. Crime fiction, wine, arguments.
linkedin|imran-ali-driving-instructor|Imran Ali|Driving instructor. Patient and calm. High pass rate.
bluesky|oldmapsuk.bsky.social|Old Maps UK|Sharing old Ordnance Survey maps and what changed.
facebook|shirley.dobson.1950|Shirley Dobson|Retired. Caravan at the coast. Grandkids every weekend.
instagram|weekend.dad.cooks|Weekend Dad Cooks|Curries and roasts \U0001F35B
x|CricketClubChris|Chris|Village cricket club secretary. Teas are the best bit.
tiktok|tiny.house.uk|Tiny House UK|Living in 20 square metres \U0001F3E1
facebook|mark.heaton.joinery|Mark Heaton|Joiner. Kitchens, doors, staircases.
x|AmateurAstronomerAl|Al|Stargazing from my back garden. Jupiter tonight!
linkedin|claire-finch-bookkeeper|Claire Finch|Bookkeeper for small businesses. Xero certified.
instagram|rescue.greyhound.rosie|Rosie the Greyhound|Retired racer, professional sofa hog \U0001F415
bluesky|canalboat-life.bsky.social|Narrowboat Nell|Living aboard on the canals. Locks, ducks and diesel.
x|GranddadGardener|Ken|Greenhouse tomatoes and prize marrows. Retired.
tiktok|uk.charity.shop.finds|Charity Shop Finds UK|\U0001F6CD What I found for a quid today.
facebook|julie.ross.dog.groomer|Julie Ross|Dog groomer. Fluffy dogs welcome.
x|TeaAndBiscuitsTim|Tim|Retired civil servant. Tea. Biscuits. Radio 4.
instagram|mum.and.daughter.baking|Bake With Us|Mum and daughter baking every Sunday \U0001F9C1
linkedin|ravi-sharma-engineer|Ravi Sharma|Mechanical engineer, automotive.
tiktok|gardening.with.grandad|Gardening With Grandad|Grandad teaches me veg growing \U0001F955
x|ChoirSingerCarol|Carol|Community choir alto. Singing makes everything better.
bluesky|urbanfox-photos.bsky.social|Urban Fox Photos|Foxes in British cities. Night photography.
facebook|andy.parr.fishing|Andy Parr|Carp fishing, Sunday league, family man.
instagram|minimalist.mum.uk|Minimalist Mum|Less stuff, more time \U0001F33F
x|WeatherWatcherWill|Will|Amateur weather station. Rainfall stats nobody asked for.
tiktok|pub.quiz.master|Quiz Master Dave|Pub quiz questions daily \U0001F37A
linkedin|susan-morris-teaching-assistant|Susan Morris|Teaching assistant, SEN support.
facebook|billy.hart.boxing.fan|Billy Hart|Boxing fan, dad, roofer.
x|PoetryOnTheBus|Anna|Writing poems on the commute. Occasionally published.
instagram|vintage.car.dad|Vintage Car Dad|1967 Mini restoration \U0001F697
bluesky|cake-and-code.bsky.social|Fran|Front-end developer. Baking on weekends.
tiktok|retired.and.travelling|Retired & Travelling|Our first year of retirement travels \U0001F30D
x|SundayLeagueRef|Ref Roy|Grassroots football referee. Yes I've heard it all.
facebook|pam.wright.wi|Pam Wright|Women's Institute, jam, and grandchildren.
instagram|the.plant.corner.uk|The Plant Corner|Houseplant care tips \U0001FAB4
linkedin|daniel-brooks-electrician|Daniel Brooks|Electrician, commercial fit-outs.
x|LocalHistoryLinda|Linda|Parish history group. Gravestones and census records.
tiktok|kids.science.club.uk|Science Club Kids|Easy science experiments for kids \U0001F52C
facebook|roger.fenwick.bowls|Roger Fenwick|Bowls club, golf, grandkids.
x|VinylJunkieJay|Jay|Record collector. Northern soul, reggae and anything on 7 inch.
instagram|budget.family.meals|Budget Family Meals|Feeding five for \u00a350 a week \U0001F372
bluesky|ukrail-delays.bsky.social|Rail Delay Diaries|Documenting every late train. Therapy, basically.
linkedin|amelia-khan-hr-assistant|Amelia Khan|HR assistant, retail.
x|MarathonMumMel|Mel|Running my first marathon for a cancer charity. Training diary.
tiktok|barber.shop.banter|Barbershop Banter|Cuts and chat \U0001F488
facebook|george.holt.1939|George Holt|85. Ex-miner. Proud grandad. My granddaughter posts for me.
instagram|sunday.roast.reviews|Sunday Roast Reviews|Rating pub roasts across England \U0001F357
x|CampingWithKids|Jo|Camping with three kids. Mud, midges, memories.
tiktok|uk.birdwatching.teen|Teen Birder|Birdwatching at 15 \U0001F426 Yes it's cool.
linkedin|peter-wells-retired-police|Peter Wells|Retired police sergeant. Now a school governor.
bluesky|folk-music-fiona.bsky.social|Fiona|Folk singer. Sessions in pubs. Fiddle and voice.
facebook|lynne.simmons.nails|Lynne Simmons|Nail technician, mobile service.
x|ChessClubCharlie|Charlie|Chess club captain. Still lose to my 10-year-old.
instagram|wild.camping.wales|Wild Camping|Wild camping adventures \U0001F3D5
x|MrsMillerTeaches|Mrs Miller|Reception teacher. Glitter everywhere. Views mine.
tiktok|motorbike.mum|Motorbike Mum|Mum of 2 on two wheels \U0001F3CD
facebook|dennis.kay.pigeons|Dennis Kay|Pigeon racing, darts, family.
linkedin|natalie-green-graphic-designer|Natalie Green|Freelance graphic designer. Branding for charities and small businesses.
bluesky|mossandlichen.bsky.social|Moss & Lichen|Nature macro photography. Tiny worlds.
x|KarateKidKev|Kev|Karate instructor. Kids' classes. Black belt 3rd dan.
instagram|the.thrifty.student|Thrifty Student|Saving money at uni \U0001F4B8
tiktok|old.school.dad.dancing|Dad Dancing|Embarrassing my kids one dance at a time \U0001F57A
facebook|val.robinson.bingo|Val Robinson|Bingo, Benidorm and my boys.
x|CyclingCommuterCal|Cal|Commuting 12 miles each way. Rain or shine (mostly rain).
linkedin|farida-begum-interpreter|Farida Begum|Community interpreter, Bengali and Urdu. Health and legal settings.
instagram|gluten.free.family|Gluten Free Family|Coeliac-friendly family recipes \U0001F35E
bluesky|lighthouse-lover.bsky.social|Lighthouse Lover|Visiting every lighthouse in England and Wales.
x|BandDrummerBaz|Baz|Drummer in a pub band. Weddings, parties, anything.
tiktok|nan.knows.best|Nan Knows Best|Life advice from my nan \U0001F475 She's usually right.
facebook|alan.craig.golf|Alan Craig|Golf, grandkids and the odd pint.
instagram|sea.swim.sisters|Sea Swim Sisters|Cold water swimming group \U0001F30A All welcome.
x|FilmBuffFrank|Frank|Classic films. Hitchcock, Powell & Pressburger. Retired projectionist.
linkedin|leon-harris-chef|Leon Harris|Head chef, gastropub. Seasonal, local produce.
"""))

BLOCKS.append(("barnsley", """
instagram|elsecar.heritage.walks|Elsecar Walks|Canal, ironworks and heritage railway \U0001F682 Elsecar.
tiktok|goldthorpe.gran|Gran from Goldthorpe|Yorkshire sayings explained by my gran \U0001F602
bluesky|tykes-stats.bsky.social|Tykes Stats|Barnsley FC numbers, xG and despair.
facebook|stacey.lodge.mapplewell|Stacey Lodge|Mapplewell. Dance teacher. Mum to Lola.
"""))
BLOCKS.append(("bdct", """
instagram|haworth.cobbles|Haworth Cobbles|Main Street, Haworth, in all seasons \U0001F4F8
tiktok|bradford.aunty.recipes|Aunty's Kitchen|Mirpuri home cooking from Bradford \U0001F35B
bluesky|undercliffe-cemetery-friend.bsky.social|Undercliffe Friend|Volunteer at a Victorian cemetery. Stories in stone.
facebook|alan.pickles.keighley|Alan Pickles|Keighley. Retired mill mechanic. Worth Valley railway volunteer.
"""))
BLOCKS.append(("wuth", """
instagram|bidston.hill.sunrise|Bidston Hill|Sunrise from the observatory \U0001F305
tiktok|wirral.scouse.comedy|Wirral vs Scouse|Sketches about Wirral v Liverpool accents \U0001F602
bluesky|eastham-country-park.bsky.social|Eastham Walker|Woodland walks by the Mersey.
facebook|tina.doyle.prenton|Tina Doyle|Prenton. School crossing patrol. Nan of five.
"""))
BLOCKS.append(("stockport", """
instagram|reddish.vale.walks|Reddish Vale|Viaducts and kingfishers \U0001F426
tiktok|stockport.bus.spotter|Bus Spotter SK|Buses of Stockport \U0001F68C Don't judge.
bluesky|marple-locks.bsky.social|Marple Locks|Canal photography, Peak Forest and Macclesfield canals.
facebook|ray.dunn.offerton|Ray Dunn|Offerton. Retired postman. Walking football on Wednesdays.
"""))
BLOCKS.append(("geh", """
instagram|hartshill.hayes.walks|Hartshill Hayes|Country park views over three counties \U0001F333
tiktok|nuneaton.nails.kirsty|Kirsty Nails|Gel nails, Nuneaton \U0001F485
bluesky|coventry-canal-walker.bsky.social|Canal Walker|Walking the Coventry Canal towpath.
facebook|barry.mason.stockingford|Barry Mason|Stockingford. Plasterer. Snooker on Fridays.
"""))
BLOCKS.append(("sath", """
instagram|long.mynd.hikes|Long Mynd Hikes|Shropshire Hills walking \U0001F97E
tiktok|telford.skatepark|Telford Skate|Skatepark sessions \U0001F6F9
bluesky|shrewsbury-darwin-fan.bsky.social|Darwin Fan|Shrewsbury's most famous son. Evolution and local history.
facebook|gail.bennett.dawley|Gail Bennett|Dawley. Lollipop lady. Grandma to three.
"""))
BLOCKS.append(("swft", """
instagram|stratford.theatre.goer|Theatre Goer|Reviews of everything on in Stratford \U0001F3AD
tiktok|kenilworth.cafe.crawl|Café Crawl|Kenilworth café reviews \u2615
bluesky|leam-canal-wildlife.bsky.social|Leam Canal Wildlife|Herons, kingfishers and otters along the Grand Union.
facebook|norman.fisher.bidford|Norman Fisher|Bidford-on-Avon. Retired farmer. Morris dancer.
"""))
BLOCKS.append(("kgh", """
instagram|corby.boating.lake|Corby Days|West Glebe and the boating lake \U0001F6A3
tiktok|kettering.thrift.queen|Thrift Queen|Kettering charity shop hauls \U0001F6CD
bluesky|nene-valley-naturalist.bsky.social|Nene Valley Naturalist|Otters, ospreys and gravel pits.
facebook|linda.moore.desborough|Linda Moore|Desborough. Pub landlady. Quiz on Thursdays.
"""))
BLOCKS.append(("esth", """
instagram|sutton.ecology.centre.fan|Sutton Nature|Ponds and meadows of Sutton \U0001F98B
tiktok|epsom.horse.life|Epsom Horse Life|Grooms' life on the Epsom gallops \U0001F40E
bluesky|sutton-bus-nerd.bsky.social|Sutton Bus Nerd|Route 154 appreciation society.
facebook|mick.dean.wallington|Mick Dean|Wallington. Scaffolder. Crystal Palace.
"""))
BLOCKS.append(("lnwh", """
instagram|horsenden.hill|Horsenden Hill|Sunsets over west London \U0001F307
tiktok|wembley.stadium.tours|Stadium Tours Fan|Behind the scenes at big match days \u26BD
bluesky|brent-river-park.bsky.social|Brent River Park|Wildlife along the River Brent.
facebook|anita.shah.rayners.lane|Anita Shah|Rayners Lane. Dentist's receptionist. Bollywood fan.
"""))
