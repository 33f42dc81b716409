"""Hand-written members of the public, part C: trust|platform|display name|bio (handles are derived)."""

PUBLIC_C = r"""
kchft|x|Mandy Gilbert|Ashford. Zumba teacher, mum of twins, eternal optimist.
kchft|instagram|Theo Harwood|🌳 tree surgeon | west kent | before & after climbs
kchft|facebook|Eileen Norris|Folkestone. Harbour arm on Sundays, bingo on Wednesdays.
kchft|x|Rohan Desai|A-level student, Dartford. Maths, chess and far too much anime.
kchft|bluesky|Cass Mortimer|Queer, crafty, Canterbury. Embroidery and elections.
kchft|tiktok|Lexi Goodwin|hythe 🐚 beachcombing finds
kchft|linkedin|Ian Wakefield|Port operations supervisor, Dover. Freight, customs, shift work.
scas|x|Jenny Hobbs|Primary teacher in Hampshire. Phonics, forest school and a dog called Mango.
scas|instagram|Luca Moretti|🍕 pizzeria owner | oxford | family recipes since 1987
scas|facebook|Alan Greenslade|Retired RAF. Brize Norton. Aviation photography and the British Legion.
scas|bluesky|Priya Nair|Junior doctor in a completely different region, here for the birds and books.
scas|x|Mark Heseltine|Fareham. Sailing, solar panels and shouting at the cricket.
scas|tiktok|Ruby Castle|abingdon 🧁 baking tiktoks, mostly disasters
scas|linkedin|Olu Bankole|Cyber security analyst. Reading. Ex-army signals.
neas|x|Dawn Mather|Seaham. Sea glass collector and proud nana.
neas|instagram|Jack Rutter|⚓ shipyard apprentice | wallsend | gym and gaming
neas|facebook|Norma Gibbon|Retired, Ashington. Leek club and the Miners' Picnic.
neas|x|Ruth Ngozi|Newcastle. Charity worker. Gospel choir on Sundays.
neas|bluesky|Iain McLeod|Scottish exile in Durham. Hill running, folk music, trains.
neas|tiktok|Abbie Wrightson|whitley bay 🎡 spanish city fan account lol
neas|linkedin|Michelle Tait|Customer service team leader at a call centre in Sunderland.
wlt|x|Samir Haddad|Feltham. Cab driver, father, lifelong Chelsea fan.
wlt|instagram|Grace Allen|🧘 yoga teacher | ealing broadway | classes daily
wlt|facebook|Hilda Mensah|Church mother, Hammersmith. Jollof on Sundays for whoever turns up.
wlt|bluesky|Ben Whitlock|Bus nerd. The E3 is underrated. West London.
wlt|tiktok|Anaya Sharma|hounslow 📚 gcse revision tips
wlt|linkedin|Michael Oyelowo|Airport security supervisor, Heathrow Terminal 5.
wlt|x|Jackie Stanbridge|My brother has been in a secure hospital for years. Families of forensic patients need more support. Berkshire.
meh|x|Ade Ogunleye|Finance analyst, Canary Wharf. Weekend footballer, weekday spreadsheet wizard.
meh|instagram|Freddie Blake|🎻 violinist | london | string quartet for weddings
meh|facebook|Gladys Ampofo|Retired school cook, Tottenham. Uveitis since 2008, still smiling.
meh|bluesky|Hazel Dunn|Audio description writer. Theatre and TV. London.
meh|tiktok|Leo Carver|city of london 💼 day in the life of an intern
meh|linkedin|Saanvi Iyer|Product designer, London. Inclusive design advocate.
meh|x|Roger Pask|Retired printer. Can't read small print anymore, ironic. Bedford.
christie|x|Kelly Sutcliffe|Bolton. Two kids, one husband, zero patience. Love a bargain.
christie|instagram|Darius Khan|🍔 burger joint owner | rusholme | halal
christie|facebook|Alan Greenhalgh|Retired, Bury. Black pudding, Bury FC memories and the grandkids.
christie|bluesky|Lottie Pilling|Art teacher. Manchester. Printmaking, protest, plants.
christie|tiktok|Connor Grimshaw|stockport 🏋️ gym progress
christie|linkedin|Helen Kershaw|Hospital pharmacy procurement specialist, now in private sector. Cheshire.
christie|x|Joe Partington|Prostate cancer survivor. Get checked, lads. Wigan.
merseycare|x|Ronnie Doyle|Kirkby. Taxi driver. Liverpool till I die.
merseycare|instagram|Saoirse Kelly|🎨 tattoo artist | liverpool | books open monthly
merseycare|facebook|Jean Rimmer|Formby. Red squirrels and my great-grandchildren.
merseycare|bluesky|Danny Tomlinson|Recovering alcoholic, 6 years sober. Liverpool. Running and writing.
merseycare|tiktok|Millie Hesketh|ormskirk uni 🎓 student life
merseycare|linkedin|Joseph Mensah|Logistics coordinator, Port of Liverpool.
merseycare|x|Lisa Coyle|Prescot. Mum, baker, Everton sufferer.
rcht|x|Nick Trevorrow|Mevagissey. Boat builder and pilot gig rower.
rcht|instagram|Ella Bray|🏄‍♀️ surf instructor | perranporth | lessons all summer
rcht|facebook|Margaret Polglase|Retired teacher, Liskeard. Church bell ringer for 45 years.
rcht|bluesky|Caleb Whitford|Solar engineer, Cornwall. Climate, kayaks, kids.
rcht|tiktok|Demelza Hocking|st agnes 🌼 cottage garden videos
rcht|linkedin|Jason Rowse|Site supervisor at a china clay works, St Austell.
rcht|x|Alice Julyan|Isles of Scilly. Flower farmer. Ferry timetables rule my life.
tsdft|x|Paul Westlake|Torquay. Scuba instructor and marine conservation volunteer.
tsdft|instagram|Bethany Gill|🍦 ice cream parlour | paignton harbour
tsdft|facebook|Ron Harvey|Retired fisherman. Brixham. Lifeboat day every May.
tsdft|bluesky|Imogen Sellick|Potter, Dartington. Clay, kilns, and muddy dogs.
tsdft|tiktok|Aaron Dart|teignmouth 🛶 kayak fishing
tsdft|linkedin|Claire Holman|Domiciliary care coordinator, South Devon.
tsdft|x|Gwen Hutchings|Newton Abbot. Racing, knitting and shouting at the telly.
sch|x|Danny Platts|Sheffield. Plumber, dad, and Tramlines regular.
sch|instagram|Mariam Saleem|🥘 home cook | sheffield | family recipes
sch|facebook|Barry Wilde|Retired, Stocksbridge. Sheffield Wednesday season ticket for 52 years.
sch|bluesky|Hollie Staton|Sheffield. Cycling advocate. Safe streets for kids.
sch|tiktok|Kian Booth|rotherham 🏍️ motocross
sch|linkedin|Rachel Turton|School business manager, South Yorkshire.
sch|x|Fiona Haigh|Mum to a type 1 diabetic 7 year old. Carb counting queen. Sheffield.
lpt|x|Manish Parmar|Leicester. Accountant, cricket umpire, foodie.
lpt|instagram|Chloe Ridgway|🏐 volleyball | loughborough uni | sports science
lpt|facebook|Malcolm Cheney|Retired engineer, Lutterworth. Railway preservation volunteer.
lpt|bluesky|Sasha Flint|Leicester. Bi, disabled, loud about it. Tea and true crime.
lpt|tiktok|Bilal Mirza|leicester 🍢 food reviews on narborough road
lpt|linkedin|Nicola Pratt|Learning and development manager, Leicestershire.
lpt|x|Denise Hallam|Oakham. Rutland's biggest fan. Church, choir, cake.
rwt|x|Tony Hingley|Bilston. Former steelworker, now a lollipop man. Best job I've ever had.
rwt|instagram|Priya Basra|🎂 cake maker | wolverhampton | custom orders
rwt|facebook|Lilian Hodgetts|Great-grandma, Wednesbury. 92 and still making Black Country grey peas.
rwt|bluesky|Kyle Perry|Comic artist, Wolverhampton. Zines and superheroes.
rwt|tiktok|Jasmine Lowe|cannock chase 🌲 forest walks
rwt|linkedin|Andrew Gough|Transport planner, West Midlands.
rwt|x|Sharon Timmins|Wolverhampton. School receptionist. Strictly superfan.
jpuh|x|Kev Burroughes|Lowestoft. Trawler skipper retired. Still up at 4am.
jpuh|instagram|Ava Lenton|🐚 shell art | gorleston | markets on saturday
jpuh|facebook|Peggy Hewitt|Born in Yarmouth in 1940. Remember the floods of '53.
jpuh|bluesky|Joel Catermole|Wind farm engineer, East Anglia. Offshore and off grid.
jpuh|tiktok|Mason Moy|yarmouth 🏎️ stock car racing
jpuh|linkedin|Karen Mace|Pharmacy dispenser, Norfolk coast.
jpuh|x|Sue Foreman|Beccles. My mum is on a ward at the hospital and the nurses are wonderful. Thank you.
nchc|x|Adam Howlett|Norwich. Software developer. Norwich City and cheese scones.
nchc|instagram|Ivy Blyth|🌻 wildflower meadow | north norfolk | honey
nchc|facebook|Ted Dye|Retired farmer, Wymondham. Grandad, tractor restorer.
nchc|bluesky|Leah Gotts|Queer Norwich. Bookshops, cats, cathedral.
nchc|tiktok|Archie Tooley|cromer 🦀 crab sandwich reviews
nchc|linkedin|Sophie Bailey|Physiotherapy student, University of East Anglia.
nchc|x|Heather Whiting|Dereham. Carer for my mum. Grateful for every community nurse visit.
rph|x|Gordon Fairweather|March, Cambs. Fenland skating champion in my youth.
rph|instagram|Isla Nunn|🧁 bakery | ely market | sourdough on weekends
rph|facebook|Stuart Plumb|Retired cabinet maker. Cambourne. Woodturning club.
rph|bluesky|Ramin Farahani|Mathematician. Cambridge. Origami and optimism.
rph|tiktok|Lauren Pettit|peterborough 🛍️ hauls
rph|linkedin|Dr Wei Zhang|Computational biologist at a Cambridge biotech start-up.
rph|x|Jill Wootton|Royston. Pulmonary fibrosis. Fighting for every breath and every garden season.
kchft|mastodon|Harriet Oyo|Teacher in Gravesend. Poetry, podcasts, protest.
scas|mastodon|Gavin Tull|Train driver, Basingstoke. Steam fan, real ale, rugby.
neas|youtube|Geordie Gardening|Veg growing on a Newcastle allotment.
wlt|mastodon|Kwame Boateng|Sound designer, west London. Field recordings of the Thames.
meh|mastodon|Esther Golding|Braille teacher. London. Books, choirs and my guide dog Pepper.
christie|mastodon|Hugh Marlow|Retired GP, Cheshire. Birds, books, occasional letters to the Guardian.
merseycare|mastodon|Sinead Quirk|Philosophy lecturer, Liverpool. Ethics of care.
rcht|youtube|Cornish Cook|Cornish recipes: pasties, saffron buns and stargazy pie.
tsdft|youtube|English Riviera Rambles|Coastal walks around Torbay and the South Hams.
sch|mastodon|Joel Whiteley|Sheffield. Printmaker, climber, socialist.
lpt|youtube|Leicester Curry Mile|Restaurant reviews on Belgrave Road.
rwt|youtube|Wolves Fan TV Unofficial|Match reactions from Molineux. Unofficial, obviously.
jpuh|youtube|Yarmouth Seafront Live|Daily walks along Great Yarmouth seafront.
nchc|youtube|Norfolk Steam Days|Steam rallies and vintage vehicles around Norfolk.
rph|youtube|Fenland Flyer|Model aircraft flying in the Fens.
"""
