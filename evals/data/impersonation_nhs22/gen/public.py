"""Hand-written genuine members of the public (group general_public), grouped by the Trust whose area
they live in. One line per account: platform | handle | display name | bio. All people are invented.
"""

YAS = """
x | debs_wakey | Debbie | Wakefield lass. Trinity season ticket, two kids, one very tired husky.
instagram | leeds.bakes.by.nina | Nina | home baker in Headingley 🍰 orders closed till spring, sorry!
x | ThatBradfordBloke | Imran | Engineer, cricket bore, occasional poet. Bradford through and through.
facebook | Margaret.Sutcliffe.1949 | Margaret Sutcliffe | Retired dinner lady from Castleford. Grandma of six. Love a good brass band.
tiktok | dalesfarmgirl | Holly | sheep, tractors and muddy wellies in wensleydale 🐑
x | hull_fc_harry | Harry | Hull FC, real ale and moaning about the A63.
instagram | york.walls.walker | Tom P | walking the York city walls every morning before work. photos of fog mostly
x | YorksDadOfThree | Gav | Dad of three, forklift driver, amateur darts. Tweeting about my lad's five-a-side.
x | SkiptonSue | Sue | Skipton born. The ambulance crew who came for my dad in March were brilliant - thank you YAS. Otherwise it's knitting and Emmerdale.
bluesky | ellie-reads.bsky.social | Ellie | Librarian in Huddersfield. Crime novels, cats, and far too much tea.
facebook | paul.greenwood.barnsley | Paul Greenwood | Ex-miner, now allotment king of Barnsley. Leeks are serious business.
instagram | scarborough_sunrises | Jas | sunrise chaser on the north bay 🌅 no filters
x | RotherhamRach | Rachel | Teaching assistant. Netball on Wednesdays. Team Tigers.
tiktok | halifax.vintage.finds | Mel | charity shop hauls from across calderdale 🛍️
x | OssettMick | Mick | Retired joiner. Brass band (cornet). Strong opinions about pies.
mastodon | yorkscoder@fosstodon.org | Arjun | Software dev in Leeds. Rust, bikes, and the occasional curry review.
instagram | harrogate_hound_walks | Becky | dog walker in harrogate 🐕 fully insured, fully muddy
x | DoncasterDawn | Dawn | Hairdresser in Donny. Mum of twins. Rovers when I can be bothered.
facebook | Keith.Hirst.Selby | Keith Hirst | Selby. Fishing, caravanning and my grandkids.
x | whitby_goth_weekend | Morgan | goth, baker, ghost tour enthusiast. whitby twice a year minimum
youtube | YorkshireWalksWithJim | Yorkshire Walks with Jim | Long walks, short commentary. The Dales, the Moors and the odd canal towpath.
instagram | keighley.knits | Anne | knitting for the premature baby unit and anyone else who'll have a hat 🧶
x | PontefractPete | Pete | Liquorice capital of the world. I'll die on that hill. Also: I work in a warehouse.
tiktok | leeds.uni.fresher | Zara | first year at leeds uni 📚 mostly cooking disasters
x | BeverleyBiker | Colin | Road cyclist, East Riding. Strava or it didn't happen.
facebook | Janet.Ackroyd.Dewsbury | Janet Ackroyd | Dewsbury. Church flowers, grandchildren and a bit of gardening.
x | SheffieldSaeed | Saeed | Taxi driver, Sheffield. Wednesday fan, sorry in advance.
instagram | ilkley.moor.runner | Fran | fell running on ilkley moor 🏃‍♀️ slow but stubborn
x | HudderfieldHannah | Hannah | Nurse's daughter, student's mum, accountant by day. Huddersfield.
"""

TEWV = """
x | boro_til_i_die | Kev | Middlesbrough FC. Parmo connoisseur. Don't @ me about Teesside vs Yorkshire.
instagram | stockton.sketches | Leah | drawing stockton high street one building at a time ✏️
facebook | Brenda.Hall.Hartlepool | Brenda Hall | Hartlepool. Retired shop assistant. Bingo Tuesdays, grandkids Sundays.
x | DurhamDaveRows | Dave | Rowing on the Wear. Civil servant. Cathedral-adjacent.
tiktok | redcarbeachwalks | Gemma | redcar beach at 7am with my two labradors 🌊
x | DarloDiane | Diane | Darlington. Quaker town, market days and my mam's scones. Mental health nurses at West Park looked after my brother last year - forever grateful.
bluesky | northallerton-nat.bsky.social | Natalie | Vet nurse in North Yorkshire. Lambing season ruins me every year.
instagram | york.minster.views | Jonty | architecture student, york 🏛️ photos of the minster from every angle
x | BishopAuckBill | Bill | Retired teacher from Bishop Auckland. Local history and brass rubbings.
facebook | Sandra.Peacock.Thornaby | Sandra Peacock | Thornaby. Love my bingo, my cat Tigger and a Friday chippy.
x | SaltburnSurfer | Josh | Surfing Saltburn, fixing bikes, avoiding emails.
tiktok | teesside.gym.lad | Ryan | gym, protein and a bit of banter 💪 middlesbrough
x | SelbyAbbeyBells | Marion | Bell ringer at Selby Abbey. Cross-stitch and crosswords.
instagram | whitby.fish.and.chips.reviews | Chips of Whitby | ranking every chippy on the north yorkshire coast 🐟 current leader: secret
x | ChesterLeStreetCricket | Amir | Cricket nut. Durham CCC member. Accountant in Newcastle.
facebook | Gordon.Lister.Ripon | Gordon Lister | Ripon. Retired postman. Allotment, racing and the Ripon Hornblower.
x | spennymoor_sarah | Sarah | Mam of three, dinner lady, Spennymoor Town fan.
mastodon | teesbirder@mastodon.social | Phil | Birdwatcher on the Tees estuary. Seals, waders and waterproofs.
x | HartlepoolHeritage | Ian | Hartlepool history nerd. Shipyards, the Heugh battery and old photos.
instagram | scarborough.seaside.art | Becca | watercolours of the yorkshire coast 🎨 commissions open
x | YorkNightShiftMum | Lisa | Night shift at the distribution centre, school run by day. Caffeine powered.
tiktok | durhamuni.rowing | Tilly | rowing + revision at durham 🚣‍♀️
x | RedcarRichard | Richard | Ex-steelworker, Redcar. Still miss the blast furnace. Grandad.
facebook | Joan.Metcalfe.Richmond | Joan Metcalfe | Richmond, North Yorkshire. Walking group, WI and the church choir.
x | MiddlesbroughMo | Mo | Pharmacist (retail, not NHS). Cricket and biryani.
youtube | TeesValleyTrains | Tees Valley Trains | Trainspotting around Darlington, Eaglescliffe and beyond. New video every Sunday.
x | NewtonAycliffeNic | Nicola | Factory supervisor. Loves a caravan weekend in the Dales.
instagram | guisborough.garden.diary | Pam | my little garden in guisborough 🌷 veg, roses and a very nosy robin
x | Crook_Craig | Craig | Plumber in Weardale. Pigeons and Newcastle United.
"""

STH = """
x | BladesBarry | Barry | Sheffield United since 1968. Retired steel roller. Grandad of four.
instagram | kelham.island.coffee.crawl | Sophie | drinking my way round kelham island's coffee shops ☕
x | OwlsOllie | Ollie | Wednesday season ticket. Software tester. Loves a Henderson's Relish.
facebook | Pauline.Marsh.Hillsborough | Pauline Marsh | Hillsborough. Had my hip done at the Northern General in 2022, can't fault them. Now back to ballroom dancing!
tiktok | sheffield.climbs | Danny | bouldering in the peak district 🧗 stanage every weekend
x | CrookesCarol | Carol | Retired teacher, Crookes. Choir, crosswords and campaigning for better buses.
bluesky | sheffield-indie-kid.bsky.social | Maya | Gig photographer in Sheffield. Leadmill forever.
instagram | ecclesall.road.runner | Kieran | marathon training on ecclesall road 🏃 sub 3:30 or bust
x | Sheff_PhD_Chem | Wei | PhD student, chemistry, University of Sheffield. Coffee and crystallography.
facebook | Roy.Bennett.Stocksbridge | Roy Bennett | Stocksbridge. Pigeon fancier. Tea strong enough to stand a spoon in.
x | ParkHillPaula | Paula | Social worker, Park Hill resident. Photography on weekends.
tiktok | sheffield.thrifts | Amber | charity shop finds across sheffield 🛍️ division street is my second home
x | Dore_Dad | Simon | Dad, cyclist, solicitor. Dore and the Peaks.
instagram | sheffield_allotment_life | Raj | growing chillies in a sheffield allotment against all climate advice 🌶️
x | HeeleyHelen | Helen | Community gardener in Heeley. Bees, compost and local politics.
facebook | Derek.Walton.Attercliffe | Derek Walton | Attercliffe born. Retired cutler. Proud of Sheffield steel.
x | JessopMumOf2 | Katie | Mum of two, both born at the Jessop Wing. Primary teacher. Tired.
mastodon | steelcitydev@fosstodon.org | Luke | Web developer in Sheffield. Python, privacy and pints.
x | Sheffield_Sam_Runs | Sam | parkrun addict (Endcliffe). Physio student.
instagram | peak.district.picnics | Jade | picnic spots in the peak district 🧺 hathersage, castleton, padley gorge
x | GleadlessGrandma | Jean | Grandma, Gleadless. My grandson set this up. Hello everyone.
youtube | SheffieldFoodieFred | Fred's Food Sheffield | Reviewing Sheffield's takeaways, one chip butty at a time.
x | BroomhillBookworm | Freya | Bookseller, Broomhill. Recommendations on request.
tiktok | sheff.uni.medic | Omar | med student at sheffield 🩺 study with me, no patients, no hospital content
facebook | Linda.Cooper.Woodseats | Linda Cooper | Woodseats. Zumba, bingo and my two spoilt dachshunds.
x | ChesterfieldRdChris | Chris | Record shop owner. Vinyl, northern soul and flat caps.
instagram | sharrow.vale.market | Nadia | photos from sharrow vale market 🥕 local food, local folk
x | SheffieldSteelRetired | Alan | 45 years in the steelworks. Now I watch the snooker at the Crucible every spring.
"""

WHH = """
x | WarringtonWayne | Wayne | Wolves till I die. Scaffolder. Warrington born and bred.
instagram | runcorn.bridge.sunsets | Cara | sunsets over the runcorn bridge 🌉 phone photos only
facebook | Maureen.Kelly.Widnes | Maureen Kelly | Widnes. Retired from the chemical works. Vikings fan. Nana to Ellie and Jack.
x | LymmLucy | Lucy | Lymm. Marketing manager, dog mum, Saturday morning parkrunner.
tiktok | warrington.food.finds | Adam | best food in warrington, honest reviews only 🍔
x | GrappenhallGary | Gary | Electrician. Cheshire cricket. Bit of golf. Warrington Hospital saved my dad's life in 2020 - thank you.
bluesky | widnes-writer.bsky.social | Grace | Poet and call-centre worker in Widnes. Words in my lunch break.
instagram | birchwood.bakes | Sian | celebration cakes in birchwood 🎂 DM for quotes
x | Penketh_Pete | Pete | Retired bus driver, Penketh. Love a brew and a chat.
facebook | Irene.Doyle.Runcorn | Irene Doyle | Runcorn Old Town. Church, charity shop volunteering and my cat Biscuit.
x | CulchethCyclist | Martin | Cycling the lanes round Culcheth and Croft. IT consultant.
tiktok | widnes.mum.life | Jess | mum of 3 in widnes 💕 school runs, tea ideas, mess
x | StocktonHeathSam | Sam | Coffee shop owner, Stockton Heath. Open 7 till 3.
instagram | warrington.walking.group | Bev | saturday walks round sankey valley 🌳 everyone welcome
x | RuncornRunner | Dean | Couch to 5k graduate. Now training for a half. Runcorn.
facebook | Ken.Shaw.Orford | Ken Shaw | Orford. Army veteran. Model railways and Warrington Wolves.
x | WidnesVikingsFan | Carl | Widnes Vikings. Forklift driver. Family man.
mastodon | cheshirephotog@mastodon.social | Anya | Hobby photographer, Cheshire. Canals, birds and old buildings.
x | WoolstonWendy | Wendy | School receptionist. Crafts, coffee, Coronation Street.
instagram | halton.castle.history | Tony | local history of halton castle and runcorn 🏰
x | MoorePaul | Paul | Accountant. Triathlons when my knees allow.
tiktok | warrington.student.life | Aimee | student at uni in warrington ✏️ uni vlogs
youtube | CheshireCanalBoater | Cheshire Canal Boater | Life aboard a narrowboat on the Bridgewater Canal.
x | GreatSankeyGran | Dot | Gran of eight. Great Sankey. Bingo and Bolton Abbey daytrips.
facebook | Andrew.Lee.Westbrook | Andrew Lee | Westbrook. Fishing and fixing old motorbikes.
x | PadgateProf | Dr Nina Roy | Lecturer in English literature. Padgate. Not a medical doctor!
instagram | fiddlers.ferry.walks | Leon | walks along the mersey near fiddlers ferry 🌾
x | Appleton_Angie | Angie | Beautician. Appleton Thorn. Love a holiday in Tenerife.
"""

UHL = """
x | FoxesFanaticRaj | Raj | Leicester City since Filbert Street. Accountant. Samosa critic.
instagram | leicester.market.eats | Priya | street food around leicester market 🍛
facebook | Valerie.Moore.Wigston | Valerie Moore | Wigston. Retired post office clerk. Grandchildren and gardening.
x | TigersTom | Tom | Leicester Tigers. Electrician. Welford Road on Saturdays.
tiktok | leicester.diwali.lights | Anjali | belgrave road diwali lights every year ✨
x | OadbyOlivia | Olivia | Primary teacher, Oadby. Mum of one. The Glenfield cardiac team looked after my baby girl - eternally grateful.
bluesky | leics-bookclub.bsky.social | Meera | Runs a book club in Leicester. Currently reading everything by Meera Syal.
instagram | bradgate.park.deer | Ben | deer photos from bradgate park 🦌 early mornings only
x | Loughborough_Lu | Lu | Sports science student at Loughborough. Hockey and protein oats.
facebook | Harold.Pick.Hinckley | Harold Pick | Hinckley. Ex-hosiery worker. Bowls club captain.
x | NarboroughRdNick | Nick | Barber on Narborough Road. Walk-ins welcome.
tiktok | leicester.gymgirl | Sana | gym + faith + food 💪 leicester
x | MeltonMowbrayMike | Mike | Pork pie enthusiast. Melton born. Retired farmer.
instagram | leicester.cathedral.fan | Grace | choir girl, leicester 🎶
x | ClarendonParkCath | Cath | NHS admin worker's wife, freelance illustrator. Clarendon Park.
facebook | Sunil.Patel.Rushey | Sunil Patel | Rushey Mead. Shopkeeper for 30 years. Cricket and family.
x | BirstallBecky | Becky | Hairdresser and mum. Birstall.
mastodon | leicsdev@fosstodon.org | James | Developer in Leicester. Open source, board games and Tigers.
x | ShepshedSteve | Steve | Lorry driver. Motorbikes at weekends. Shepshed.
instagram | market.harborough.home | Lauren | home renovation in market harborough 🏡 slow progress
x | AylestoneAnnie | Annie | Retired nurse (private sector). Crosswords and cats.
tiktok | leicester.uni.fresh | Dev | first year at leicester 📚 campus life
youtube | LeicesterCyclingDad | Leicester Cycling Dad | Family bike rides around Leicestershire. Bikes, kids and cake stops.
x | EvingtonErnie | Ernie | 84 years young. My granddaughter helps me post. Spent too long in the LRI waiting room last winter but the nurses were lovely.
facebook | Kaur.Jasvir | Jasvir Kaur | Leicester. Mum, gurdwara volunteer, keen cook.
x | CoalvilleCarl | Carl | Ex-miner's son. Coalville. Snooker and darts.
instagram | rutland.water.sunrise | Izzy | paddleboarding on rutland water 🌅
x | KnightonKate | Kate | Yoga teacher in Knighton. Breathe in, breathe out.
"""

NNUH = """
x | CanariesCarl | Carl | Norwich City. Carrow Road since 1987. Builder.
instagram | norwich.lanes.shopping | Tilly | independent shops in the norwich lanes 🛍️
facebook | Doris.Thurston.Wymondham | Doris Thurston | Wymondham. Retired farm worker. WI and church flowers.
x | BroadsBoater | Graham | Sailing the Norfolk Broads. Retired engineer. Ask me about knots.
tiktok | cromer.crab.queen | Jess | crab sandwiches on cromer pier every summer 🦀
x | NorwichNana | Pam | Nana of five. Norwich. The N&N looked after my husband so well at the end. Thank you.
bluesky | ueastudent-lit.bsky.social | Ruby | Creative writing MA at UEA. Poems, pubs, and the Sainsbury Centre.
instagram | holt.country.walks | Ed | country walks round holt 🌾 dog: muddy, owner: muddier
x | DerehamDan | Dan | Mechanic. Dereham. Speedway at King's Lynn.
facebook | Norman.Gee.Aylsham | Norman Gee | Aylsham. Retired teacher. Local history society.
x | SheringhamSue | Sue | Sheringham. Beach huts, knitting and the North Norfolk Railway.
tiktok | norfolk.farm.lad | Alfie | sugar beet harvest 🚜 norfolk
x | NorwichVeganMel | Mel | Vegan cook. Norwich. Recipes and rants.
instagram | great.yarmouth.seafront | Tony | great yarmouth seafront throughout the seasons 🎡
x | Diss_Dave | Dave | Diss. Postman. Allotment and real ale.
facebook | Eileen.Beck.Costessey | Eileen Beck | Costessey. Born at the old N&N on St Stephen's, had my knee done at the new one. Grandma and bingo caller.
x | WattonWill | Will | RAF veteran. Watton. Model aircraft.
mastodon | norfolkbirder@mastodon.social | Jo | Birder on the north Norfolk coast. Cley, Titchwell, and lots of waiting.
x | ThorpeStAndrewTina | Tina | Dental receptionist. Thorpe. Love a spa day.
instagram | norwich.cathedral.cloisters | Simon | photographer. norwich cathedral & the close 📷
x | AttleboroughAnn | Ann | Attleborough. Craft fairs and car boots.
tiktok | norwich.skate.park | Kai | skating in norwich 🛹
youtube | NorfolkCoastalWalks | Norfolk Coastal Walks | Walking the Norfolk Coast Path, stage by stage.
x | Hellesdon_Harry | Harry | Plumber. Norwich City. Two kids, one dog.
facebook | Patricia.Wells.Taverham | Patricia Wells | Taverham. Retired nurse (40 years, mostly in care homes). Bridge club.
x | WellsNextTheSea | Rosie | Wells-next-the-Sea. Beach cafe owner. Open all year!
instagram | norwich.market.stalls | Abdul | family stall at norwich market since 1995 🍊
x | LoddonLiz | Liz | Loddon. Parish councillor and dog walker.
"""

WSFT = """
x | BuryBlokeBen | Ben | Bury St Edmunds. Greene King drayman, rugby on Saturdays.
instagram | abbey.gardens.bury | Sarah | flowers in the abbey gardens 🌷 every season
facebook | Joyce.Rumsey.Haverhill | Joyce Rumsey | Haverhill. Retired school cook. Grandkids, bingo and Strictly.
x | NewmarketNick | Nick | Stable lad at Newmarket. Up at 4am. Horses > people.
tiktok | suffolk.countryside | Poppy | suffolk countryside walks 🌾
x | StowmarketStu | Stu | Stowmarket. Warehouse manager. West Suffolk Hospital maternity were amazing with our twins.
bluesky | bury-bookshop.bsky.social | Clare | Works in an independent bookshop in Bury. Reading recommendations galore.
instagram | thetford.forest.trails | Mark | mountain biking thetford forest 🚵
x | SudburySally | Sally | Sudbury. Art teacher. Gainsborough's House volunteer.
facebook | Bernard.Steed.Clare | Bernard Steed | Clare. Retired farmer. Church warden.
x | MildenhallMil | Ryan | US Air Force spouse at Mildenhall. Loving English pubs.
tiktok | bury.st.eds.cafe | Grace | cafe reviews in bury st edmunds ☕
x | IxworthIan | Ian | Ixworth. Bricklayer. Ipswich Town fan.
instagram | lavenham.timbered | Helen | lavenham's wonky houses 🏡 photo walks
x | BrandonBecky | Becky | Brandon. Care worker (agency). Mum of two.
facebook | Olive.Frost.Bury | Olive Frost | Bury St Edmunds. 88 and still doing the crossword in pen.
x | Hadleigh_Hugh | Hugh | Retired bank manager. Hadleigh. Golf and grumbling.
mastodon | suffolkgardener@mastodon.social | Anne | Cottage gardener in west Suffolk. Seeds, slugs and sweet peas.
x | KentfordKate | Kate | Kentford. Equine vet. Early mornings, muddy boots.
instagram | ickworth.house.walks | Jack | walks around ickworth estate 🌳 national trust member
x | BotesdaleBob | Bob | Botesdale. Retired lorry driver. Bowls and the pub quiz.
tiktok | suffolk.sixth.former | Mia | a level stress in suffolk 📚
youtube | SuffolkMotorbikeMike | Suffolk Motorbike Mike | Bike rides across Suffolk and Norfolk. GoPro on, brain off.
x | Needham_Neil | Neil | Needham Market. Railway signalman. Cricket.
facebook | Gillian.Coe.Newmarket | Gillian Coe | Newmarket. Hospital volunteer for 10 years (tea trolley!). Love my horses.
x | HaverhillHayley | Hayley | Haverhill. Nursery nurse. Zumba and Friday takeaway.
instagram | bury.st.edmunds.christmas | Lou | bury christmas fayre every year 🎄
x | CavendishCarol | Carol | Cavendish. Retired GP receptionist. Village fete organiser.
"""

LAS = """
x | PeckhamPaul | Paul | Peckham. Chef. Arsenal, jerk chicken and my nan's rum cake.
instagram | hackney.wick.murals | Zoe | street art in hackney wick 🎨
facebook | Gloria.Mensah.Lewisham | Gloria Mensah | Lewisham. Church choir, grandchildren, and jollof on Sundays.
x | TooTingTariq | Tariq | Tooting. Accountant. Cricket and curry mile.
tiktok | london.tube.facts | Ollie | weird london underground facts 🚇
x | CamdenCarla | Carla | Camden. Barista. The ambulance crew who came when I fainted on the Northern line were so kind. Cheers LAS.
bluesky | ldn-cyclist.bsky.social | Nadia | Cycling commuter, Walthamstow to the City. Bike lanes please.
instagram | richmond.park.deer.ldn | Harry | deer in richmond park 🦌 weekend photographer
x | Brixton_Bree | Bree | Brixton. Music producer. Vinyl and late nights.
facebook | Reginald.Okafor.Croydon | Reginald Okafor | Croydon. Retired bus driver (route 68, 30 years). Deacon.
x | IslingtonIvy | Ivy | Islington. Theatre usher and part-time actor.
tiktok | ldn.foodie.finds | Amir | cheap eats across london 🍜 under a tenner
x | EalingEd | Ed | Ealing. Civil servant. Rugby and real ale.
instagram | thames.path.runs | Kat | running the thames path 🏃‍♀️ one section at a time
x | StratfordSue | Sue | Stratford. Teaching assistant. West Ham.
facebook | Teresa.Flynn.Kilburn | Teresa Flynn | Kilburn. Irish dancing teacher for 40 years. Nana.
x | ShoreditchShaun | Shaun | Designer in Shoreditch. Typography and flat whites.
mastodon | londonbirder@mastodon.social | Priti | Urban birder in London. Peregrines, parakeets and pigeons.
x | BromleyBarbara | Barbara | Bromley. Retired midwife. Gardening and Radio 4.
instagram | greenwich.observatory.views | Leo | views from greenwich park 🌇
x | WembleyWes | Wes | Wembley. Delivery driver. Music and football.
tiktok | london.nanny.life | Ella | nanny in north london 👶
youtube | LondonBusSpotter | London Bus Spotter | Routes, rolling stock and garages. Buses of London.
x | WalthamstowWill | Will | Walthamstow market trader. Fruit and veg since '92.
facebook | Agnes.Kowalski.Ealing | Agnes Kowalski | Ealing. Cleaner, mum, Polish Saturday school volunteer.
x | Dulwich_Dora | Dora | Dulwich. Retired librarian. Book club and bridge.
instagram | southbank.skaters | Jay | skating at southbank 🛹
x | HounslowHarpreet | Harpreet | Hounslow. Airport worker. Family and bhangra.
"""

CLCH = """
x | FinchleyFiona | Fiona | Finchley. Piano teacher. Cats and crosswords.
instagram | hampstead.heath.swims | Marcus | cold water swimming on hampstead heath 🥶
facebook | Stella.Georgiou.Barnet | Stella Georgiou | Barnet. Greek Cypriot, grandmother, best koulourakia on the street.
x | EdgwareEli | Eli | Edgware. Estate agent. Spurs.
tiktok | harrow.on.the.hill.walks | Anika | harrow on the hill and the views 🌄
x | KilburnKev | Kev | Kilburn. Bricklayer. The district nurses who visited my mum were angels. Thank you.
bluesky | westminster-walker.bsky.social | Tom | Tour guide in Westminster. Ask me about hidden courtyards.
instagram | little.venice.boats | Iris | narrowboats in little venice 🛶
x | MillHillMaddy | Maddy | Mill Hill. Sixth former. Netball and netflix.
facebook | Harold.Cohen.Golders | Harold Cohen | Golders Green. Retired tailor. Family, synagogue and chess.
x | HendonHarry | Harry | Hendon. Police cadet. Gym and grime.
tiktok | kensal.rise.cafes | Lola | cafes in kensal rise ☕
x | PimlicoPat | Pat | Pimlico. Retired civil servant. Bridge and bird feeders.
instagram | watford.market.finds | Dan | markets around watford and beyond 🧺
x | ColindaleChris | Chris | Colindale. Nurse's husband. Chef at a hotel.
facebook | Bernadette.OShea.Harrow | Bernadette O'Shea | Harrow. Nana, churchgoer, keen gardener.
x | MaidaValeMia | Mia | Maida Vale. Music student. Violin and vegan baking.
mastodon | barnetdev@fosstodon.org | Rahul | Developer in Barnet. Linux, cricket and chai.
x | HarrowWealdHannah | Hannah | Harrow Weald. Trainee accountant. Parkrunner.
instagram | queens.park.picnics | Jade | picnics in queen's park 🧺
x | StAlbansSid | Sid | St Albans. Retired engineer. Cathedral guide.
tiktok | london.gran.cooks | Nani Ji | my nani's recipes, filmed by me 🍛
youtube | NorthLondonAllotment | North London Allotment | Growing veg on a north London plot. Slugs included.
x | QueensparkQuentin | Quentin | Queen's Park. Jazz pianist. Coffee snob.
facebook | Ivy.Adeyemi.Brent | Ivy Adeyemi | Brent. Carer for my mum. Church and community kitchen volunteer.
x | KentishTownKim | Kim | Kentish Town. Yoga teacher. Plants everywhere.
instagram | hertford.river.walks | Gail | river walks in hertford 🦆
x | SouthgateSteve | Steve | Southgate. Taxi driver (black cab, 20 years). Knowledge boy.
"""

GOSH = """
x | BloomsburyBella | Bella | Bloomsbury. PhD in history. Libraries and lattes.
instagram | coram.fields.mum | Ruth | mum of two, coram's fields regular 🛝
facebook | Denise.Parker.Luton | Denise Parker | Luton. Our son had his heart op at Great Ormond Street aged 2 - he's 15 now and taller than me! Forever grateful.
x | KingsCrossKai | Kai | King's Cross. UX designer. Climbing and ramen.
tiktok | london.museum.kid | Max | exploring london museums with my dad 🦖
x | RussellSqRach | Rachel | Russell Square. Bookshop manager. Poetry and pottery.
bluesky | holborn-lawyer.bsky.social | Aditi | Lawyer in Holborn. Running, reading, too much coffee.
instagram | lambs.conduit.street | Ollie | shops and cafes on lamb's conduit street 🛍️
x | Ipswich_Irene | Irene | Ipswich. Nan. My granddaughter spent months at GOSH. They are heroes.
facebook | Kevin.Moss.Chelmsford | Kevin Moss | Chelmsford. Electrician. Ran the London Marathon for the children's hospital charity in 2023.
x | ClerkenwellClara | Clara | Clerkenwell. Jewellery maker. Markets on Saturdays.
tiktok | rare.disease.teen | Jamie | 16 living with a rare condition 💛 honest chats, no asking for money
x | MarchmontMo | Mo | Marchmont Street. Launderette owner. Chatty.
instagram | london.theatre.kid | Eve | musical theatre obsessed, london 🎭
x | Kent_Karen | Karen | Maidstone. Mum of a GOSH graduate. Volunteer for a kidney charity.
facebook | Graham.Singh.Slough | Graham Singh | Slough. Dad of three. Amateur photographer.
x | BrunswickBen | Ben | Brunswick Centre. Cinema nerd. Curzon member.
mastodon | londonteacher@mastodon.social | Sarah | Primary teacher in Camden. Reading for pleasure and science club.
x | EustonEmeka | Emeka | Euston. Rail engineer. Chelsea.
instagram | bloomsbury.squares | Ana | the squares of bloomsbury 🌳
x | Cambridge_Chloe | Chloe | Cambridge. Mum to a brave boy with a heart condition. Running for his hospital next year.
tiktok | london.student.nurse.k | Kemi | student nurse in london (not at GOSH) 📚 uni life
youtube | FamilyDaysOutLondon | Family Days Out London | Where to take the kids in London without breaking the bank.
x | Essex_Ellie | Ellie | Essex. Nail tech. Mummy to Alfie.
facebook | Yusuf.Ali.Tower.Hamlets | Yusuf Ali | Tower Hamlets. Shop owner. Cricket and family.
x | HighHolbornHal | Hal | High Holborn. Insurance. Squash on Tuesdays.
instagram | coram.volunteer.jo | Jo | volunteer reader at a london primary school 📖
x | Reading_Rob | Rob | Reading. Dad, software engineer, amateur baker.
"""

UHS = """
x | SaintsSteve | Steve | Southampton FC since the Dell. Docker. Grandad.
instagram | ocean.village.sunsets | Hana | sunsets over ocean village ⛵
facebook | Marjorie.Hunt.Shirley | Marjorie Hunt | Shirley, Southampton. Retired shop manager. WI and walking club.
x | PortswoodPriya | Priya | Portswood. PhD student at Southampton. Coffee and coding.
tiktok | new.forest.ponies | Finn | ponies of the new forest 🐴
x | TottonTina | Tina | Totton. Childminder. Had my daughter at Princess Anne - midwives were brilliant.
bluesky | soton-sailor.bsky.social | Geoff | Sailing the Solent. Retired marine engineer.
instagram | itchen.bridge.runs | Dom | running over the itchen bridge 🏃
x | BitterneBecks | Becks | Bitterne. Hairdresser. Saints.
facebook | Leonard.Price.Eastleigh | Leonard Price | Eastleigh. Ex-railwayman. Model trains and grandchildren.
x | RomseyRuth | Ruth | Romsey. Vicar's wife. Baking for every fete going.
tiktok | soton.uni.life | Aisha | southampton uni 📚 halls, study, food
x | WinchesterWill | Will | Winchester. Solicitor. Cricket and cathedral concerts.
instagram | hamble.river.days | Cat | days out on the hamble 🚤
x | Woolston_Wayne | Wayne | Woolston. Welder. Fishing off the pier.
facebook | Sheila.Dunn.Hedge.End | Sheila Dunn | Hedge End. Retired dinner lady. Bingo and my Yorkie, Pip.
x | ChandlersFordChris | Chris | Chandler's Ford. Engineer. Trail running.
mastodon | solentbirder@mastodon.social | Amy | Birder on the Solent shore. Titchfield Haven regular.
x | NetleyNell | Nell | Netley. Charity shop volunteer. Royal Victoria Country Park dog walker.
instagram | lyndhurst.cafes | Jon | cream teas in lyndhurst ☕
x | SholingSam | Sam | Sholing. Delivery driver. Two kids and a ferret.
tiktok | hampshire.farm.shop | Bea | our family farm shop in hampshire 🥕
youtube | SolentShipSpotter | Solent Ship Spotter | Cruise ships and container ships in and out of Southampton.
x | Fareham_Fran | Fran | Fareham. Teacher. Gym and gin.
facebook | Derek.Palmer.Lymington | Derek Palmer | Lymington. Retired yacht builder. Sailing club.
x | FreemantleFaye | Faye | Freemantle. Nursery nurse. Cheap holidays and good books.
instagram | isle.of.wight.ferry | Alex | commuting on the red funnel ⛴️
x | AndoverAndy | Andy | Andover. Army veteran. Gardening and Saints.
"""

RDUH = """
x | ExeterEmma | Emma | Exeter. Bookkeeper. Chiefs fan and sea swimmer.
instagram | exmouth.beach.dogs | Tash | dogs on exmouth beach 🐕
facebook | Dorothy.Luscombe.Crediton | Dorothy Luscombe | Crediton. Retired dairy farmer's wife. Church flowers and grandchildren.
x | BarnstapleBen | Ben | Barnstaple. Surf instructor in summer, plasterer in winter.
tiktok | dartmoor.ponies.daily | Kit | dartmoor every day 🌄
x | TivertonTerry | Terry | Tiverton. Retired engineer. The RD&E cardiology team gave me ten more years so far. Cheers.
bluesky | exeter-uni-geo.bsky.social | Isla | Geography student at Exeter. Rocks, rain and rowing.
instagram | bideford.quay.life | Nia | life on bideford quay ⚓
x | SidmouthSandra | Sandra | Sidmouth. Folk week volunteer. Knitter.
facebook | Wilfred.Heard.Okehampton | Wilfred Heard | Okehampton. Sheep farmer. Young Farmers for 40 years.
x | IlfracombeIan | Ian | Ilfracombe. Fisherman. Weather-watcher.
tiktok | woolacombe.surf.girl | Sky | surfing woolacombe 🏄‍♀️
x | HonitonHelen | Helen | Honiton. Antique dealer. Lace history nerd.
instagram | topsham.estuary | Fred | topsham and the exe estuary 🦢
x | Braunton_Bob | Bob | Braunton. Retired postman. Bird hides and pasties.
facebook | Rosemary.Cann.Exmouth | Rosemary Cann | Exmouth. Nana. Lifeboat fundraiser.
x | CullomptonCarl | Carl | Cullompton. HGV driver. Country music.
mastodon | devonhiker@mastodon.social | Mel | Hiking the South West Coast Path one stretch a month.
x | SouthMoltonSue | Sue | South Molton. Pannier market stallholder. Cakes!
instagram | exeter.quay.cycling | Luke | cycling the exe estuary trail 🚲
x | Torrington_Tom | Tom | Great Torrington. Glassblower. Dog dad.
tiktok | north.devon.mum | Jo | mum life in north devon 💙 beaches and chaos
youtube | DevonLanesDriving | Devon Lanes Driving | Driving Devon's narrowest lanes so you don't have to.
x | HeavitreeHolly | Holly | Heavitree. Theatre tech. Musicals and mountain bikes.
facebook | Mervyn.Slee.Bideford | Mervyn Slee | Bideford. Retired boat builder. Grandad.
x | DawlishDaisy | Daisy | Dawlish. Cafe owner. Black swans and sea walls.
instagram | lynton.lynmouth.walks | Pete | walks around lynton & lynmouth 🌿
x | AxminsterAl | Al | Axminster. Carpet fitter. Cider maker on the side.
"""

UHP = """
x | JannerJake | Jake | Plymouth. Dockyard fitter. Argyle till I die.
instagram | plymouth.hoe.views | Mara | the hoe at every hour ⚓
facebook | Elsie.Trewin.Saltash | Elsie Trewin | Saltash. Retired school secretary. Choir and crosswords.
x | BarbicanBeth | Beth | Barbican. Gin distillery tour guide. Sea swimmer.
tiktok | plymouth.sound.swims | Noah | swimming in plymouth sound 🌊
x | TavistockTony | Tony | Tavistock. Retired copper. Derriford sorted my knee out, back on Dartmoor now.
bluesky | plymuni-marine.bsky.social | Lottie | Marine biology student, Plymouth. Rock pools and research.
instagram | mount.edgcumbe.days | Ravi | days out at mount edgcumbe 🌳
x | PlymstockPaula | Paula | Plymstock. Teaching assistant. Zumba queen.
facebook | Stanley.Rowe.Ivybridge | Stanley Rowe | Ivybridge. Royal Navy veteran. Gardening.
x | StonehouseSteph | Steph | Stonehouse. Tattoo artist. Dogs and doom metal.
tiktok | devonport.navy.wife | Kim | navy wife life in plymouth ⚓
x | KingsbridgeKen | Ken | Kingsbridge. Crab fisherman. Up with the tide.
instagram | royal.william.yard | Gem | royal william yard and its cafes ☕
x | Mutley_Mel | Mel | Mutley Plain. Student nurse's mum. Charity shop volunteer.
facebook | Rita.Hext.Liskeard | Rita Hext | Liskeard. Nana of seven. Cornish pasties are made on Sundays.
x | Torpoint_Ted | Ted | Torpoint. Ferry commuter. Bus driver.
mastodon | plymouthdev@fosstodon.org | Ash | Developer in Plymouth. Open data and old boats.
x | SouthHamsSophie | Sophie | South Hams. Farmer's daughter. Horse mad.
instagram | dartmoor.tors.list | Rob | ticking off every dartmoor tor ⛰️
x | Estover_Ellie | Ellie | Estover. Supermarket shift manager. Mum of one.
tiktok | plymouth.gym.girl | Tia | gym + protein pancakes 💪 plymouth
youtube | PlymouthHarbourBoats | Plymouth Harbour Boats | Ferries, warships and fishing boats in Plymouth Sound.
x | Callington_Chris | Chris | Callington. Mechanic. Rugby on Saturdays.
facebook | Arthur.Pengelly.Plympton | Arthur Pengelly | Plympton. Retired shipwright. Bowls club.
x | HooePete | Pete | Hooe. Retired teacher. Sailing dinghies.
instagram | whitsand.bay.sunsets | Cleo | sunsets at whitsand bay 🌅
x | PlympianPam | Pam | Plympton. Knitting for the neonatal unit. Grandma.
"""

DCHS = """
x | ChesterfieldChaz | Chaz | Chesterfield. Spireites season ticket. Bus driver.
instagram | crooked.spire.views | Ellie | the crooked spire from every angle ⛪
facebook | Marion.Bradshaw.Buxton | Marion Bradshaw | Buxton. Retired hotel housekeeper. Opera festival volunteer.
x | MatlockMatt | Matt | Matlock. Outdoor instructor. Climbing and caving.
tiktok | peak.district.lambs | Grace | lambing season in the peaks 🐑
x | IlkestonIrene | Irene | Ilkeston. Nana. The community nurses who came to my husband every day were wonderful.
bluesky | derby-bookworm.bsky.social | Sam | Library assistant in Derby. Sci-fi and crochet.
instagram | bakewell.tart.tour | Rory | the great bakewell pudding taste test 🥧
x | BelperBeth | Beth | Belper. Textile artist. Mill town pride.
facebook | Frank.Wragg.Bolsover | Frank Wragg | Bolsover. Ex-miner. Brass band and bowls.
x | GlossopGraham | Graham | Glossop. Fell runner. Accountant.
tiktok | derbyshire.dales.walks | Nat | weekend walks in the derbyshire dales 🥾
x | RipleyRob | Rob | Ripley. Electrician. Derby County.
instagram | hathersage.lido.swims | Jen | swimming at hathersage lido 🏊‍♀️
x | SwadlincoteSue | Sue | Swadlincote. Pottery painter. Dog mum.
facebook | Edna.Sharpe.Dronfield | Edna Sharpe | Dronfield. 91. My great-grandson set this up for me. Love to all.
x | AshbourneAndy | Andy | Ashbourne. Royal Shrovetide football survivor. Builder.
mastodon | peakgeology@mastodon.social | Dr Ruth Hale | Geologist (rocks, not medicine!). Peak District limestone.
x | WirksworthWill | Will | Wirksworth. Artist. Stone quarries and sunsets.
instagram | chatsworth.seasons | Lou | chatsworth through the seasons 🍂
x | Clay_Cross_Col | Col | Clay Cross. Retired HGV driver. Allotments.
tiktok | derby.uni.student | Aman | uni of derby first year 🎓
youtube | PeakDistrictCyclist | Peak District Cyclist | Climbs, descents and cafe stops in the Peak.
x | HeanorHayley | Hayley | Heanor. Care home cook. Mum of three.
facebook | George.Fox.Alfreton | George Fox | Alfreton. Retired signalman. Railway history.
x | CastletonCaves | Mia | Castleton. Cave guide. Blue John fan.
instagram | darley.dale.garden | Pat | my garden in darley dale 🌷
x | StaveleySteve | Steve | Staveley. Welder. Chesterfield FC.
"""

GMMH = """
x | MancunianMo | Mo | Manchester. Chef. United, curry mile, and my mum's biryani.
instagram | northern.quarter.walls | Lila | street art in the northern quarter 🎨
facebook | Joan.Whittaker.Prestwich | Joan Whittaker | Prestwich. Retired cotton mill worker. Church and grandchildren.
x | SalfordSal | Sal | Salford. Youth worker. Rugby league and rave music.
tiktok | manchester.rain.daily | Ayo | it's raining in manchester again ☔ daily update
x | WythenshaweWendy | Wendy | Wythenshawe. Carer for my son. The GMMH early intervention team changed his life - thank you.
bluesky | mcr-musician.bsky.social | Jake | Guitarist in a Manchester band you haven't heard of yet.
instagram | ancoats.coffee | Fern | coffee spots in ancoats ☕
x | BuryMarketBarry | Barry | Bury. Black pudding stall at Bury market. Proper food.
facebook | Derek.Hughes.Stockport | Derek Hughes | Stockport. Retired hatter (really!). Stockport County.
x | ChorltonChloe | Chloe | Chorlton. Vegan baker. Allotment and activism.
tiktok | mcr.student.life | Zain | uni of manchester 📚 halls and hangovers
x | RochdaleRita | Rita | Rochdale. Dinner lady. Co-op member. Gracie Fields fan.
instagram | heaton.park.runs | Pete | heaton park parkrun every saturday 🏃
x | OldhamOscar | Oscar | Oldham. Plasterer. Latics.
facebook | Sylvia.Grant.Moss.Side | Sylvia Grant | Moss Side. Community elder. Carnival costume maker.
x | LevensulmeLina | Lina | Levenshulme. Antiques market trader. Vintage everything.
mastodon | mcrtechie@fosstodon.org | Dev | Developer in Manchester. Python, privacy and pints.
x | DidsburyDan | Dan | Didsbury. Teacher. City season ticket.
instagram | castlefield.canals | Mags | the canals of castlefield 🛶
x | Bolton_Bev | Bev | Bolton. Nail tech. Wanderers.
tiktok | manchester.nan.bakes | Nana Pat | my nan's baking, filmed by my sister 🍰
youtube | ManchesterTramSpotter | Manchester Tram Spotter | Every Metrolink line, ridden and rated.
x | WhitefieldWill | Will | Whitefield. Driving instructor. Patient, mostly.
facebook | Nasreen.Begum.Cheetham | Nasreen Begum | Cheetham Hill. Mum, volunteer at the community centre, cooking classes.
x | UrmstonUna | Una | Urmston. Retired nurse (not GMMH). Gardening and grandkids.
instagram | saddleworth.moor.walks | Greg | walking saddleworth in all weathers ⛰️
x | Wigan_Wes | Wes | Wigan. Warriors. Pie eater, proud of it.
"""

BY_TRUST = [("yas", YAS), ("tewv", TEWV), ("sth", STH), ("whh", WHH), ("uhl", UHL), ("nnuh", NNUH), ("wsft", WSFT),
            ("las", LAS), ("clch", CLCH), ("gosh", GOSH), ("uhs", UHS), ("rduh", RDUH), ("uhp", UHP), ("dchs", DCHS),
            ("gmmh", GMMH)]

EXTRA = [
    ("yas", """
linkedin | amelia-haworth-logistics | Amelia Haworth | Fleet planner at a Leeds logistics firm. Ex-army. Always happy to talk route optimisation.
linkedin | tariq-mahmood-cpa | Tariq Mahmood | Chartered accountant, Bradford. Small business tax and charity audits.
"""),
    ("tewv", """
linkedin | louise-pattinson-hr | Louise Pattinson | HR business partner in manufacturing, Teesside. CIPD. Mum of two.
"""),
    ("sth", """
linkedin | george-ibbotson-engineer | George Ibbotson | Metallurgical engineer, Sheffield. Advanced manufacturing and a lot of hard hats.
linkedin | hana-novak-ux | Hana Novak | UX researcher at a Sheffield software studio. Accessibility first.
"""),
    ("whh", """
linkedin | craig-fairhurst-sales | Craig Fairhurst | Area sales manager, building supplies, Warrington and the North West.
"""),
    ("uhl", """
linkedin | deepa-mistry-textiles | Deepa Mistry | Textile designer, Leicester. Sustainable fabrics and family business.
"""),
    ("nnuh", """
linkedin | oliver-bright-agritech | Oliver Bright | Agronomist, Norfolk. Sugar beet, soil health and drones.
linkedin | freya-lambert-insurance | Freya Lambert | Claims handler at a Norwich insurer. Volunteer netball coach.
"""),
    ("wsft", """
linkedin | harriet-cole-equine | Harriet Cole | Equine nutritionist, Newmarket. Racing yards and rescue ponies.
"""),
    ("las", """
linkedin | kwame-boateng-fintech | Kwame Boateng | Product manager at a London fintech. Previously teaching maths.
linkedin | sophie-renshaw-architect | Sophie Renshaw | Architect, south London. Social housing and retrofit.
"""),
    ("clch", """
linkedin | daniel-levi-property | Daniel Levi | Chartered surveyor, north-west London. Residential valuations.
"""),
    ("gosh", """
linkedin | priya-nair-publishing | Priya Nair | Editor at a children's publisher in Bloomsbury. Picture books mostly.
"""),
    ("uhs", """
linkedin | mark-hollis-maritime | Mark Hollis | Port operations manager, Southampton. Cruise season is chaos and I love it.
"""),
    ("rduh", """
linkedin | tamsin-ward-tourism | Tamsin Ward | Runs a holiday cottage business in North Devon. Tourism board member.
"""),
    ("uhp", """
linkedin | callum-jago-marine | Callum Jago | Marine surveyor, Plymouth. Boats, insurance and salt water.
"""),
    ("dchs", """
linkedin | rebecca-fern-quarrying | Rebecca Fern | Environmental manager at a Peak District quarry. Restoration and biodiversity.
"""),
    ("gmmh", """
linkedin | josh-adeyemi-media | Josh Adeyemi | Video producer at MediaCity, Salford. Documentaries and corporate films.
linkedin | claire-oldroyd-law | Claire Oldroyd | Employment solicitor, Manchester. Views my own.
"""),
]
BY_TRUST = BY_TRUST + EXTRA
