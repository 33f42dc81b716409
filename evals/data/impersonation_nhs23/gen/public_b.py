"""Hand-written members of the public, part B: trust|platform|display name|bio (handles are derived)."""

PUBLIC_B = r"""
rcht|x|Jory Trebilcock|Truro. Surf, pasties and complaining about emmets every August.
rcht|instagram|Tamsin Rowe|🌊 st ives | ceramics studio | commissions open
rcht|facebook|Wendy Pascoe|Redruth born. Chapel, choir and my grandson's rugby matches.
rcht|tiktok|Kai Penrose|newquay 🏄 surf edits and beach cleans
rcht|x|Morwenna Jenkin|Cornish language learner. Dydh da! Penzance. Books, boats, buns.
rcht|linkedin|Simon Hosking|Marine engineer, Falmouth. Boatbuilding and renewable energy projects.
rcht|bluesky|Lowenna Hicks|Mining heritage volunteer. Camborne. Engine houses are my happy place.
rcht|x|Dave Tonkin|Fisherman, Newlyn. Weather, prices and boats, in that order.
rcht|instagram|Elowen Grose|🌼 flower farm near helston | seasonal blooms | farm gate stall
rcht|facebook|Graham Tregunna|Retired. St Austell. Brass band tenor horn for 50 years.
rcht|youtube|Kernow Coast Path|Walking the South West Coast Path, one Cornish section at a time.
rcht|x|Becky Angove|Mum of 3, Hayle. Grateful for the maternity team at Treliske who delivered all three of mine.
rcht|tiktok|Ryan Carne|bodmin 🚜 farm lad, tractors and sheep
rcht|mastodon|Petroc Nance|Geologist, Cornwall. Lithium, granite and long walks.
rcht|x|Sheila Rodda|Camborne. Women's Institute, bakes and the odd letter to the Packet.
rcht|instagram|Jago Curnow|🎣 fishing trips from padstow | charter bookings
rcht|linkedin|Emma Nankervis|Holiday let manager, north Cornwall coast. Hospitality and tourism.
rcht|x|Ian Pengelly|Ex-navy, now a taxi driver in Truro. Waits at Treliske most days.
tsdft|x|Jan Hext|Brixham. Trawlers, crabbing with the grandkids and Torquay United.
tsdft|instagram|Freya Mallett|🌊 paignton | paddleboard instructor | summer sessions bookable
tsdft|facebook|Dennis Stidworthy|Retired postman, Newton Abbot. Gardening and the racing.
tsdft|tiktok|Lily Soper|torquay 💄 makeup looks + get ready with me
tsdft|x|Roger Tozer|Chairman of our village cricket club. Teignmouth. Also umpire, groundsman and tea maker.
tsdft|linkedin|Hannah Widdicombe|Marketing manager for an English riviera hotel group.
tsdft|bluesky|Matt Coombe|Fossil hunter and geopark volunteer. Torbay.
tsdft|x|Angela Luscombe|Dawlish. Cream first, then jam. Don't argue. Bluebell Railway is my happy place.
tsdft|instagram|Noah Pring|🎸 busker in totnes | vinyl collector
tsdft|facebook|Mavis Rendle|94 and still doing the crossword in pen. Torquay. My carers help me post this.
tsdft|youtube|Dartmoor Wild Camping|Wild camping legally on Dartmoor. Gear reviews and sunsets.
tsdft|x|Kelly Beer|Support worker in a care home. Shift work, coffee, and my rescue cat Pickle.
tsdft|tiktok|Jack Heard|kingsbridge 🚣 gig rowing + crabbing
tsdft|mastodon|Iona Fraser|Marine biologist in South Devon. Seagrass and seahorses.
tsdft|x|Derek Hannaford|Retired builder. Paignton. Argyle fan, don't tell anyone in Torquay.
tsdft|instagram|Sophie Tapp|🍰 home baker | celebration cakes | newton abbot
tsdft|facebook|Pam Mudge|Proud nan. Totnes. Charity shop volunteer Tuesdays and Thursdays.
tsdft|linkedin|Oliver Yeo|Apprentice engineer at a marine electronics firm. Torbay.
sch|x|Gaz from Hillsborough|Wednesday till I die. Steelworker. Dad of two.
sch|instagram|Niamh Bartholomew|🌿 peak district hiker | sheffield | plant mum
sch|facebook|Kath Staniforth|Nana of six. Rotherham. Our Ellie was in the Children's Hospital last winter and they were marvellous.
sch|tiktok|Reece Cawthorne|sheffield 🎮 streamer, variety games
sch|x|Rachel Wragg|Mum of a child with complex needs. Sheffield. Appointments, EHCPs and too many phone calls.
sch|linkedin|Sanjay Kapoor|Metallurgist in the advanced manufacturing district. Sheffield.
sch|bluesky|Ellie Fenwick|Climber. Stanage most weekends. PhD in materials science.
sch|x|Pete Crookes|Blades fan. Roofer. Kelham Island ale snob.
sch|instagram|Amal Yusuf|📸 sheffield photographer | families + newborns
sch|facebook|Mick Hobson|Retired from the pits. Barnsley. Pigeons and grandkids.
sch|youtube|Steel City Eats|Food reviews across Sheffield, from oatcakes to ramen.
sch|x|Laura Housley|Teaching assistant, Chesterfield. SEN champion and book hoarder.
sch|tiktok|Tia Hibbert|doncaster 💅 nails and lashes
sch|mastodon|Owen Drabble|Web developer, Sheffield. Accessibility, indie games, cycling.
sch|x|Jo Marsden|Our little boy had his heart op at 9 months. Raising money every year for the children's charity that helped us.
sch|instagram|Callum Naylor|🥁 drummer | sheffield indie scene | gigs in bio
sch|linkedin|Beth Woodhouse|Primary school teacher, Sheffield. Early years and phonics.
sch|facebook|Shirley Ashmore|Volunteer at the foodbank in Parson Cross. Always need tins and nappies.
lpt|x|Sunil Mistry|Leicester. Foxes fan. Diwali on Belgrave Road is the best in the world, no debate.
lpt|instagram|Georgia Lund|🐎 equestrian | melton mowbray | pork pie connoisseur
lpt|facebook|Doreen Bottrill|Retired factory worker, Hinckley. Knit and natter club Wednesday mornings.
lpt|tiktok|Jayden Okafor|leicester 🎤 drill and rap freestyles
lpt|x|Alison Moffat|Carer for my husband with early onset dementia. Loughborough. Sharing the ups and downs honestly.
lpt|linkedin|Vikram Solanki|Textile business owner, Leicester. Family firm since 1979.
lpt|bluesky|Hermione Blythe|Rutland Water birder. Ospreys are my whole personality.
lpt|x|Steve Marriott|Tigers rugby, real ale and my Labrador, Bess. Oadby.
lpt|instagram|Parminder Gill|💍 wedding planner | leicester & beyond
lpt|facebook|Ray Pawley|Coalville. Ex-miner. Snooker league captain.
lpt|youtube|Leicestershire Lanes|Cycling the quiet lanes of Leicestershire and Rutland.
lpt|x|Becky Dowell|Health visitors saved me when I had postnatal depression. Now I volunteer with a parents' group. Market Harborough.
lpt|tiktok|Sienna Paige|wigston 🛍️ hauls and outfits
lpt|mastodon|Arun Pillai|Data scientist, Leicester. Cricket stats nerd.
lpt|x|Gordon Wale|Retired teacher. Ashby. Chess club, church choir, crosswords.
lpt|instagram|Kiran Bhatt|🍲 gujarati home cooking | recipes weekly
lpt|linkedin|Rebecca Fenton|Occupational health adviser for a logistics company in the Midlands.
lpt|facebook|Lorraine Coope|Mum, dinner lady, Melton. Fundraising for the air ambulance this year.
rwt|x|Wolves Steve|Wolves home and away. Brickie. Tettenhall.
rwt|instagram|Keeley Rowley|💇‍♀️ hairdresser in bilston | balayage queen
rwt|facebook|Doris Whitehouse|Black Country born. Faggots and peas every Friday. Nan to five.
rwt|tiktok|Tyreece Clarke|wolverhampton 🏀 ball is life
rwt|x|Amanpreet Dhaliwal|Pharmacist at a community pharmacy. Wolverhampton. Cricket and cooking.
rwt|linkedin|Neil Hickman|Operations manager at a foundry in the Black Country. Lean manufacturing.
rwt|bluesky|Jenna Tolley|Canal boat dweller. Staffs and Worcs canal. Locks, ducks and woodsmoke.
rwt|x|Trevor Pugh|Retired toolmaker. Walsall. Saddlers fan, somebody has to be.
rwt|instagram|Simran Kaur|📚 law graduate | wolverhampton | baking at weekends
rwt|facebook|Bill Cartwright|My wife had her heart attack treated at New Cross. Can't thank the cardiac team enough. Cannock.
rwt|youtube|Black Country Living History|Films from the Black Country's industrial heritage.
rwt|x|Stacey Moseley|Mum of 4. Willenhall. Sunday league football mum and chief taxi.
rwt|tiktok|Harley Bayliss|cannock 🚗 modified cars and meets
rwt|mastodon|Leon Hartshorne|Sound engineer, Wolverhampton. Gigs, gear, guitars.
rwt|x|Pauline Baggott|Dudley. Church flower rota and the grandkids.
rwt|instagram|Marcus Oduya|🏃‍♂️ run club founder | wolverhampton | all paces welcome
rwt|linkedin|Sophie Darby|Newly qualified social worker, Staffordshire. Children and families.
rwt|facebook|Ken Plant|Bus enthusiast. Wednesfield. West Midlands Travel history.
jpuh|x|Yarmouth Dave|Great Yarmouth. Seafront amusements engineer. Canaries.
jpuh|instagram|Holly Bishop|🌊 gorleston beach | dog walker | sunrise photos
jpuh|facebook|Norman Thrower|Retired fisherman, Caister. Lifeboat supporter all my life.
jpuh|tiktok|Ella Mayhew|lowestoft 🎭 musical theatre kid
jpuh|x|Janet Beales|Bradwell. Knitting for the neonatal unit. Church warden.
jpuh|linkedin|Marek Kowalczyk|Offshore wind technician, Great Yarmouth. GWO certified.
jpuh|bluesky|Orla Piper|Broads sailor. Oulton Broad. Ospreys, otters and regattas.
jpuh|x|Dean Sayer|Lowestoft Town FC. Painter and decorator.
jpuh|instagram|Poppy Durrant|🎨 nail art | beccles | bookings via dm
jpuh|facebook|Brenda Wigg|Mum had her stroke last spring and the staff at the Paget were wonderful. Gorleston.
jpuh|youtube|Norfolk Broads Boating|Hire boat holidays on the Broads, with tips for first-timers.
jpuh|x|Sean Gowing|Hospital car park complainer, professional. Also a plumber. Martham.
jpuh|tiktok|Lewis Crisp|great yarmouth 🎣 beach fishing
jpuh|mastodon|Ruth Ellwood|Retired archivist, Southwold. Family history research.
jpuh|x|Gemma Howes|Teaching assistant. Bungay. Wild swimming in the Waveney.
jpuh|instagram|Tariq Noor|☕ cafe owner | gorleston high street
jpuh|linkedin|Lisa Brundle|Care home manager, Suffolk coast. Registered manager since 2016.
jpuh|facebook|Alan Loades|Model railway club secretary, Hopton. Open day in October.
nchc|x|Norwich Nige|City fan, Norwich Lanes regular, ale snob. On the ball City.
nchc|instagram|Daisy Rix|🌾 north norfolk | farmhouse baking | honey from our hives
nchc|facebook|Sylvia Bunting|Retired district nurse myself! Still love hearing from the young ones. Cromer.
nchc|tiktok|Finn Cubitt|norwich 🛹 skate clips
nchc|x|Martin Goffin|Wells-next-the-Sea. Birdwatching, crab lines and grumbling about second homes.
nchc|linkedin|Aisha Mahmood|Biomedical researcher at Norwich Research Park.
nchc|bluesky|Toby Catchpole|Allotment, East Anglian skies, bad poetry. Dereham.
nchc|x|Diane Thurston|The community nurses looked after my dad at home until the end. Forever grateful. Swaffham.
nchc|instagram|Jess Larter|🐑 sheep farmer's wife | fakenham | lambing season chaos
nchc|facebook|Brian Spinks|Retired lorry driver, Thetford. Darts and dominoes.
nchc|youtube|Norfolk Village Signs|Visiting every village sign in Norfolk. 400 and counting.
nchc|x|Hayley Brett|Mum of two. King's Lynn. Parkrun every Saturday, cake after.
nchc|tiktok|Charlie Gotts|north walsham 🚜 tractor tok
nchc|mastodon|Moira Lambert|Retired physicist, Norwich. Astronomy club and cats.
nchc|x|Roy Pegg|Aylsham. Vintage tractors and steam rallies.
nchc|instagram|Nina Sayer|🧶 crochet designer | norwich | patterns in bio
nchc|linkedin|Callum Ewing|Trainee accountant, Norwich. ACCA student.
nchc|facebook|Jean Eke|Church flowers, WI and my late husband's roses. Attleborough.
rph|x|Cambridge Kate|Punting guide. Cambridge. Yes, the river is cold. Yes, I've fallen in.
rph|instagram|Ollie Mansfield|🚣 rower | cambridge | protein and early mornings
rph|facebook|Geoffrey Haslam|Heart transplant 2016. Every day is a bonus. St Ives, Cambs.
rph|tiktok|Zoe Lam|cambridge uni 📖 study vlogs, college life
rph|x|Linda Peck|Huntingdon. Grandma, gardener, and proud owner of a new valve thanks to some very clever people.
rph|linkedin|Raj Thakkar|Biotech product manager, Cambridge Science Park.
rph|bluesky|Maud Everitt|Fens photographer. Flat land, big skies.
rph|x|Phil Driver|St Neots. Cycling club, coffee stops, more cycling.
rph|instagram|Harriet Coe|🐴 ely | horse mad | cathedral views
rph|facebook|Irene Tebbutt|Retired. Papworth Everard village born. Remember when the hospital was in the village.
rph|youtube|Cambridge Cyclist|Commuting by bike in Cambridge. Gear, routes and near misses.
rph|x|Mo Hassan|Taxi driver, Cambridge. Addenbrooke's run every day.
rph|tiktok|Ethan Sallis|peterborough ⚽ posh fan, match day vlogs
rph|mastodon|Kirsten Vogel|German postdoc in Cambridge. Proteins and pretzels.
rph|x|Anne-Marie Lyle|Cystic fibrosis warrior. Cambridge. Physio, nebs, and finally some hope.
rph|instagram|Dev Sharma|📸 cambridge wedding photographer
rph|linkedin|Hugh Pemberton|Retired civil servant. Volunteer driver for a patient transport charity.
rph|facebook|Carol Ashworth|My husband's heart bypass was done in Cambridge and he's back on the golf course. Thank you all.
"""
