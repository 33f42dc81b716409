"""Hand-written genuine accounts of members of the public (group general_public).

One line per account: platform ¦ handle ¦ display name ¦ bio. Every person is invented and every bio
was written individually for this set. The Trust key only says which local area the person lives in.
"""

ACCOUNTS = {}

ACCOUNTS["swlstg"] = """
x ¦ tootingtom ¦ Tom Ashby ¦ Tooting born. Bus driver on the 44. Arsenal, curry and complaining about the Northern line.
x ¦ mira_writes ¦ Mira K ¦ Freelance copywriter. Recovering perfectionist. Mental health days are sick days.
x ¦ balham_bea ¦ Bea ¦ Primary teacher in Balham. Knitting through the marking pile.
x ¦ Jez_Kingston ¦ Jeremy Walsh ¦ Retired postman. Kingstonian FC season ticket since 1979. Grandad x4.
x ¦ sutton_runner_k ¦ Kate M ¦ Slow runner, fast talker. Sutton. Training for my first half marathon.
x ¦ DanielOkon ¦ Daniel Okon ¦ Civil engineer. Bridges, bikes and bad puns. Surbiton.
x ¦ RachelRichmond ¦ Rachel Lyons ¦ Gardener at a big house by the river. Herbaceous borders are my love language.
x ¦ wimbledon_wendy ¦ Wendy P ¦ Tennis club volunteer, grandmother and fan of a good crossword.
x ¦ lukehart_ ¦ Luke Hart ¦ Sound engineer. Currently living on tea and gig adrenaline.
x ¦ CarerOfSam ¦ Hazel ¦ Mum to Sam, who has schizophrenia and is doing brilliantly. Sharing our ups and downs to help other families.
facebook ¦ joanne.mcbride.77 ¦ Joanne McBride ¦ Mum of three, dinner lady, Mitcham lass. Family first.
facebook ¦ ahmed.siddiqui.merton ¦ Ahmed Siddiqui ¦ Taxi driver in Merton for 20 years. Ask me for directions, not politics.
facebook ¦ pauline.george.sutton ¦ Pauline George ¦ Church choir, WI member, proud nan.
facebook ¦ gary.wheeler.86 ¦ Gary Wheeler ¦ Plasterer. Chelsea. Weekend fisherman.
facebook ¦ lily.fernandes.wandsworth ¦ Lily Fernandes ¦ Hairdresser with a salon on Garratt Lane. Appointments by phone only.
facebook ¦ mark.osei.surbiton ¦ Mark Osei ¦ Dad, deacon, accountant. In that order.
facebook ¦ sharon.tull.richmond ¦ Sharon Tull ¦ Horse mad since age 4. Works in a bank, dreams of a farm.
instagram ¦ anya.draws.things ¦ Anya ✏️ ¦ Illustrator. Doodles about anxiety, cats and London buses.
instagram ¦ tooting.foodie ¦ Tooting Foodie ¦ Eating my way along Upper Tooting Road 🍛 honest reviews, no freebies
instagram ¦ jake.climbs ¦ Jake ¦ Bouldering, coffee, film photography 📷 SW17
instagram ¦ sunita.yoga.kingston ¦ Sunita ¦ Yoga teacher 🧘 classes in Kingston and online. Breathe.
instagram ¦ the.plant.shelf.sw ¦ Maddy ¦ Too many houseplants in a very small flat 🌿
instagram ¦ ollie.skates.sw19 ¦ Ollie ¦ 16. Skater. Wimbledon. Don't tell my mum.
instagram ¦ grandma.joan.bakes ¦ Joan 🍰 ¦ 79 years young. My granddaughter set this up so I can show off my Victoria sponge.
tiktok ¦ chloe.studies.law ¦ Chloe ¦ Law student in London ⚖️ study with me & cheap meals
tiktok ¦ dadjokes.darren ¦ Darren ¦ Dad jokes, daily. You have been warned.
tiktok ¦ kingston.thrift.girl ¦ Frankie ¦ Charity shop hauls from Kingston and beyond 🛍️
tiktok ¦ ma.voice.journey ¦ Mo ¦ Talking openly about bipolar and life after a hospital stay. Not advice - just my story.
tiktok ¦ londonbuses.guy ¦ Bus Spotter Sam ¦ I film buses. Yes, really. South London routes mostly.
linkedin ¦ priya-dasgupta-product ¦ Priya Dasgupta ¦ Product manager at a fintech startup. Previously consulting. Mentor for women in tech.
linkedin ¦ oliver-strand-architect ¦ Oliver Strand ¦ Architect, residential and community buildings. RIBA.
linkedin ¦ naomi-clarke-teacher ¦ Naomi Clarke ¦ Head of science at a secondary school in Sutton.
linkedin ¦ ben-aldridge-logistics ¦ Ben Aldridge ¦ Operations manager, last-mile delivery. Ex-army.
bluesky ¦ mirak.bsky.social ¦ Mira ¦ Writer. Words about words. SW London.
bluesky ¦ jwalsh-kingstonian.bsky.social ¦ Jez ¦ Non-league football and old buses.
bluesky ¦ dan-okon.bsky.social ¦ Daniel ¦ Engineer. Infrastructure, cycling, maps.
bluesky ¦ hazelcarer.bsky.social ¦ Hazel ¦ Carer and campaigner for better support for families in mental health crises.
youtube ¦ TootingEats ¦ Tooting Eats ¦ Food videos from south London's best high street.
youtube ¦ AnyaDrawsLive ¦ Anya Draws ¦ Drawing streams and art tutorials.
mastodon ¦ luke_hart@mastodon.social ¦ Luke ¦ Audio, synths, sleep deprivation.
mastodon ¦ rlyons@mastodon.online ¦ Rachel L ¦ Gardens, weather, birds.
x ¦ amaraEze ¦ Amara Eze ¦ Nigerian-British. Student at Kingston Uni studying business. Jollof debates welcome.
x ¦ nick_the_cabbie ¦ Nick ¦ Black cab driver, 25 years. The Knowledge was harder than my marriage.
facebook ¦ maureen.dixon.52 ¦ Maureen Dixon ¦ Retired from the council. Bingo Thursdays. Love my Yorkie, Biscuit.
instagram ¦ sophie.runs.london ¦ Sophie 🏃‍♀️ ¦ Marathon number 3 loading. Running for Mind this year.
tiktok ¦ tooting.market.tales ¦ Stallholder Sal ¦ I run a fabric stall in Tooting market. Come say hi.
x ¦ PeterGrayson4 ¦ Peter Grayson ¦ Widower, dog owner, history bore. Surbiton.
instagram ¦ faisal.fits ¦ Faisal ¦ Personal trainer. Mental health > aesthetics. Kingston.
facebook ¦ tina.roberts.balham ¦ Tina Roberts ¦ Nursery nurse. Mum to twins. Coffee is a food group.
linkedin ¦ kwame-boateng-data ¦ Kwame Boateng ¦ Data analyst in retail. Python, SQL and seeing patterns in shopping baskets.
x ¦ ellie_sings_sw ¦ Ellie Marsh ¦ Singer-songwriter. Gigs in pubs you haven't heard of.
instagram ¦ wandsworth.common.dogs ¦ Pickle the spaniel 🐶 ¦ A very good boy who loves Wandsworth Common. Run by his human.
tiktok ¦ barber.jay.sw17 ¦ Jay the barber ¦ Fades and chat. SW17. Walk-ins welcome.
x ¦ roz_reads ¦ Roz ¦ Librarian. Book recommendations on request. Will judge your shelf.
facebook ¦ steve.kerr.mitcham ¦ Steve Kerr ¦ Electrician. Mitcham. Family man and Palace fan.
bluesky ¦ chloe-law.bsky.social ¦ Chloe ¦ Law student. Human rights, housing law and bad films.
instagram ¦ vintage.vera.sw ¦ Vera ¦ Vintage clothes and second-hand treasures from south-west London 👗
x ¦ Gareth_K_Surrey ¦ Gareth K ¦ IT contractor. Cricket in summer, moaning about cricket in winter.
linkedin ¦ ellen-fischer-hr ¦ Ellen Fischer ¦ HR manager in hospitality. Fair workplaces and flexible rotas.
tiktok ¦ sweet.treats.by.ama ¦ Ama ¦ Home baker 🍪 cookies and celebration cakes, Morden.
facebook ¦ rob.anderson.sutton ¦ Rob Anderson ¦ Sutton United fan. Season ticket. Scaffolder by trade.
x ¦ quiet_recovery ¦ J. ¦ Six years out of hospital and doing okay. Writing about recovery, slowly.
"""

ACCOUNTS["croydon"] = """
x ¦ croydondan ¦ Dan Mensah ¦ Croydon through and through. Bus driver, father, Palace till I die.
x ¦ sandra_purley ¦ Sandra Hughes ¦ School receptionist in Purley. Gardening, quizzes and the Archers.
x ¦ Thornton_Hev ¦ Heavenly J ¦ Gospel singer. Thornton Heath. Blessed and stressed.
x ¦ shirley_jamal ¦ Jamal Reid ¦ Plumber in Shirley and Addiscombe. Call for quotes, not banter.
x ¦ kat_coulsdon ¦ Kat ¦ Coulsdon. Mum of 2. Book club organiser and crisp enthusiast.
x ¦ Ravi_Croydon ¦ Ravi Patel ¦ Corner shop owner for 22 years. Lottery tickets and life advice.
x ¦ addiscombe_amy ¦ Amy B ¦ Trainee solicitor. Too much coffee. Owner of a very loud cat.
x ¦ Norbury_Nigel ¦ Nigel ¦ Retired fireman. Bowls club. Proud grandad.
x ¦ lolaclimbs ¦ Lola ¦ Climber, baker, rail enthusiast. South Croydon.
x ¦ CR0_Cyclist ¦ Mike Fielding ¦ I ride my bike to work in central London. Every day is an adventure on the A23.
facebook ¦ yvonne.campbell.croydon ¦ Yvonne Campbell ¦ Retired nurse, church elder, grandmother of seven.
facebook ¦ tony.baker.selsdon ¦ Tony Baker ¦ Builder. Selsdon. Fishing at weekends.
facebook ¦ grace.adeyemi.31 ¦ Grace Adeyemi ¦ Make-up artist for weddings and events. Bookings via message.
facebook ¦ patrick.doyle.croydon ¦ Patrick Doyle ¦ Irish in Croydon since 1984. Hurling, Guinness, family.
facebook ¦ tracy.nolan.newaddington ¦ Tracy Nolan ¦ New Addington lass. Working at the big supermarket. My kids are my world.
facebook ¦ samuel.owusu.sanderstead ¦ Samuel Owusu ¦ Pastor and taxi driver. God is good.
facebook ¦ linda.marsh.kenley ¦ Linda Marsh ¦ Cat rescue volunteer in Kenley. Ask me about adoptions.
instagram ¦ croydon.street.art ¦ Croydon Street Art ¦ Photos of murals around Croydon 🎨 artists credited where known
instagram ¦ kemi.cooks.cr0 ¦ Kemi ¦ Nigerian home cooking in a tiny Croydon kitchen 🍲
instagram ¦ nailsbyjade.cr7 ¦ Jade 💅 ¦ Nail tech, Thornton Heath. DM to book.
instagram ¦ boxpark.bites ¦ Marcus ¦ Reviewing every stall at Boxpark. Eventually.
instagram ¦ croydon.cat.collective ¦ Mittens & Co ¦ Three rescue cats and their long-suffering human 🐈
instagram ¦ purley.pottery ¦ Helen ¦ Pottery student, mostly wonky bowls 🏺
tiktok ¦ croydon.uni.life ¦ Tobi ¦ Student life in south London 🎓 budget tips
tiktok ¦ nan.and.me.dancing ¦ Kerry & Nan ¦ Me and my nan doing dance trends. She is 84. She is better than me.
tiktok ¦ tram.trivia ¦ Tram Fan ¦ Everything about the Croydon tram. Nerdy and proud.
tiktok ¦ sickle.warrior.bisi ¦ Bisi ¦ Living with sickle cell 🩸 sharing crises, wins and hospital bag essentials. Not medical advice.
tiktok ¦ cr0.mechanic ¦ Mech Mo ¦ Mobile mechanic. Car tips and fails.
linkedin ¦ sophie-wright-marketing-croydon ¦ Sophie Wright ¦ Marketing manager for an insurance firm in Croydon. CIM qualified.
linkedin ¦ adeola-bankole-civil-service ¦ Adeola Bankole ¦ Policy adviser in the civil service. Views my own.
linkedin ¦ george-pike-quantity-surveyor ¦ George Pike ¦ Quantity surveyor. Residential developments in south London.
linkedin ¦ harriet-cole-charity-fundraising ¦ Harriet Cole ¦ Fundraising manager at a national children's charity.
bluesky ¦ danmensah.bsky.social ¦ Dan ¦ Buses, football, fatherhood.
bluesky ¦ amy-b-law.bsky.social ¦ Amy ¦ Trainee solicitor. Cats and case law.
bluesky ¦ cr0-cyclist.bsky.social ¦ Mike ¦ Cycling commuter. Safer roads please.
youtube ¦ KemiCooksCR0 ¦ Kemi Cooks ¦ Nigerian recipes made simple.
youtube ¦ TramTrivia ¦ Tram Trivia ¦ Videos about trams, mostly Croydon's.
mastodon ¦ lola_climbs@mastodon.social ¦ Lola ¦ Climbing, sourdough, trains.
mastodon ¦ nigelbowls@mastodon.online ¦ Nigel ¦ Bowls, birds and the odd rant about parking.
x ¦ ShaunaFitz ¦ Shauna Fitzgerald ¦ Beauty therapist. Spa days and soap operas.
instagram ¦ the.norwood.nan ¦ Pat ¦ Great-grandmother. Still doing Zumba on Tuesdays 💃
facebook ¦ kevin.mills.waddon ¦ Kevin Mills ¦ Waddon. Forklift driver. Darts team captain.
tiktok ¦ hijabi.bookclub ¦ Zainab ¦ Books I loved this month 📚 London
x ¦ DeanoCroydon ¦ Dean ¦ Palace. Pints. Politics (sorry).
linkedin ¦ ruth-appiah-teaching-assistant ¦ Ruth Appiah ¦ Teaching assistant supporting children with special educational needs.
instagram ¦ croydon.parkrun.diaries ¦ Fi 🏃 ¦ Lloyd Park parkrun regular. Tail walker on the first Saturday.
facebook ¦ brenda.king.thorntonheath ¦ Brenda King ¦ Thornton Heath. Retired. Love my soaps, my grandkids and my church.
x ¦ kidney_kev ¦ Kev ¦ Dialysis three times a week. Waiting for a transplant. Staying positive. Sign the organ donor register!
tiktok ¦ purley.plants ¦ Gemma ¦ Allotment newbie, mostly slugs so far 🐌
bluesky ¦ harrietcole.bsky.social ¦ Harriet ¦ Charity fundraiser. Running, reading, reality TV.
instagram ¦ boxing.with.benji ¦ Benji 🥊 ¦ Amateur boxer, Croydon. Discipline is freedom.
x ¦ Maz_Selhurst ¦ Maria Z ¦ Polish-British, Selhurst. Accountant by day, baker by night.
linkedin ¦ tim-okafor-software ¦ Tim Okafor ¦ Software engineer. Backend systems, mentoring juniors.
facebook ¦ jean.smith.coulsdon ¦ Jean Smith ¦ Coulsdon WI. Jam maker. Has opinions about scones.
tiktok ¦ croydon.car.boot ¦ Boot Sale Bob ¦ Finds from Croydon car boots 🚗
x ¦ newmumcroydon ¦ Lauren ¦ First-time mum, baby girl born in May. Very tired, very happy.
instagram ¦ reggae.sundays.cr0 ¦ DJ Marley J ¦ Sunday sessions, roots and culture 🎶
"""

ACCOUNTS["whh"] = """
x ¦ WarrWolvesMad ¦ Steve Parr ¦ Warrington Wolves since I could walk. Season ticket, bad knees, good voice.
x ¦ lymm_lucy ¦ Lucy ¦ Lymm. Dog walker, book lover, prosecco drinker.
x ¦ runcorn_ray ¦ Ray Doyle ¦ Retired from the chemical works. Bird watching on the Mersey. Grandad.
x ¦ WidnesVikingFan ¦ Carl ¦ Widnes Vikings. Always. Through thick and mostly thin.
x ¦ StocktonHeathJ ¦ Jess ¦ Estate agent in Stockton Heath. Brunch is my hobby.
x ¦ gemmapoet ¦ Gemma Lowe ¦ Writing poems on the train to Manchester. Published twice, rejected 200 times.
x ¦ PaulGreenall ¦ Paul Greenall ¦ HGV driver. Warrington. Liverpool FC. Opinions on roundabouts.
x ¦ Orford_Ollie ¦ Ollie ¦ 19. Apprentice electrician. Gym, FIFA, sleep.
x ¦ hannah_g_w ¦ Hannah G ¦ Secondary school maths teacher. Trying to make algebra fun. Failing.
x ¦ heartwarriorlou ¦ Louise ¦ Mum to a heart warrior 💙 Sharing our journey from diagnosis to surgery and beyond.
facebook ¦ denise.harrison.warrington ¦ Denise Harrison ¦ Warrington lass. Works at the bakery. Mum of 3, nan of 2.
facebook ¦ john.marsh.widnes ¦ John Marsh ¦ Widnes. Retired. Allotment and grandkids.
facebook ¦ kirsty.okane.runcorn ¦ Kirsty O'Kane ¦ Hairdresser, Runcorn. Bookings via messenger only.
facebook ¦ mick.taylor.padgate ¦ Mick Taylor ¦ Padgate. Scaffolding business. Family and footy.
facebook ¦ sue.wilkinson.great.sankey ¦ Sue Wilkinson ¦ Great Sankey. Dinner lady for 18 years. Love my bingo.
facebook ¦ anthony.james.culcheth ¦ Anthony James ¦ Culcheth. Classic Minis. Anything with an engine.
facebook ¦ barbara.finch.appleton ¦ Barbara Finch ¦ Appleton. Church flower rota and the village show.
instagram ¦ warrington.walks ¦ Beth 🥾 ¦ Walks around Warrington and the Cheshire countryside. Dog tax included.
instagram ¦ cakes.by.courtney.wa ¦ Courtney 🎂 ¦ Home baker in Warrington, custom cakes. DM to order.
instagram ¦ lads.who.lift.wa ¦ Danny ¦ Powerlifting. WA postcode. Chalk everywhere.
instagram ¦ sankey.canal.snaps ¦ Sankey Canal Snaps ¦ Photos along the Sankey Canal and the Mersey 📷
instagram ¦ widnes.mum.life ¦ Claire ¦ Mum of 4 in Widnes. Chaos, cleaning hacks and coffee.
tiktok ¦ gran.and.gaz ¦ Gaz & Gran ¦ My gran reacts to TikTok trends. She's 88 and savage.
tiktok ¦ warrington.mechanic ¦ Mike the Mechanic ¦ Car repairs and MOT tips. Warrington.
tiktok ¦ student.life.edgehill ¦ Ellie ¦ Edge Hill student from Warrington 📚 uni vlogs
tiktok ¦ fishing.mersey.lads ¦ Mersey Fishing Lads ¦ Fishing the Mersey and local canals. Catch and release.
tiktok ¦ icu.survivor.mark ¦ Mark ¦ 6 weeks in ICU after sepsis in 2022. Learning to walk again and sharing the journey.
linkedin ¦ rebecca-shaw-logistics-warrington ¦ Rebecca Shaw ¦ Supply chain analyst at a distribution centre near the M62.
linkedin ¦ adam-cole-chemical-engineer ¦ Adam Cole ¦ Chemical engineer, Runcorn. Process safety.
linkedin ¦ shazia-ahmed-accountant ¦ Shazia Ahmed ¦ Chartered accountant. Small business tax and bookkeeping.
linkedin ¦ neil-hughes-project-manager ¦ Neil Hughes ¦ Project manager in construction. PRINCE2.
bluesky ¦ gemmalowe.bsky.social ¦ Gemma ¦ Poet. Trains. Rejection letters.
bluesky ¦ hannahg-maths.bsky.social ¦ Hannah ¦ Maths teacher. Puzzles and pedagogy.
bluesky ¦ paulgreenall.bsky.social ¦ Paul ¦ Lorry driver. Motorways and moans.
youtube ¦ WarringtonWalks ¦ Warrington Walks ¦ Walking routes in and around Warrington.
youtube ¦ GranReactsUK ¦ Gran Reacts ¦ My gran reacting to everything.
mastodon ¦ birdray@mastodon.social ¦ Ray D ¦ Birds on the Mersey estuary.
mastodon ¦ jess_sh@mastodon.online ¦ Jess ¦ Houses, brunch, dog.
x ¦ TinaBirchwood ¦ Tina ¦ Birchwood. Office manager. Eurovision superfan.
instagram ¦ halton.bridge.photos ¦ Tom ¦ Photographing the bridges across the Mersey at every hour 🌉
facebook ¦ colin.baker.warrington ¦ Colin Baker ¦ Retired postman. Warrington Town supporter. Dog called Bruno.
tiktok ¦ makeup.by.niamh ¦ Niamh 💄 ¦ MUA based in Warrington. Bridal and prom.
x ¦ RobWoolston ¦ Rob ¦ Woolston. IT support. Long suffering Everton fan.
linkedin ¦ emma-grant-primary-teacher ¦ Emma Grant ¦ Primary school teacher and maths lead.
instagram ¦ crochet.with.carol ¦ Carol 🧶 ¦ Crochet blankets for the neonatal unit and anyone who asks nicely.
facebook ¦ darren.fisher.westbrook ¦ Darren Fisher ¦ Westbrook. Self-employed joiner. Quotes via message.
x ¦ nat_widnes ¦ Natalie ¦ Widnes. Nail tech, mum, and terrible at replying to messages.
bluesky ¦ steveparr-wolves.bsky.social ¦ Steve ¦ Rugby league, real ale, rain.
tiktok ¦ hairdresser.holly ¦ Holly ¦ Hair transformations, Runcorn 💇‍♀️
x ¦ AlanP_Halton ¦ Alan Price ¦ Councillor's husband, not the councillor. Dog walker. Tea drinker.
instagram ¦ vegan.in.warrington ¦ Maisie 🌱 ¦ Vegan eats around Warrington and beyond.
linkedin ¦ samuel-okeke-warehouse ¦ Samuel Okeke ¦ Warehouse shift manager. Health and safety champion.
facebook ¦ margaret.hill.penketh ¦ Margaret Hill ¦ Penketh. Retired school cook. Knitting circle Tuesdays.
tiktok ¦ dad.of.triplets.wa ¦ Triplet Dad ¦ Three babies, one brain cell. Warrington.
x ¦ jj_golf_lymm ¦ JJ ¦ Golf handicap 14 and falling. Lymm.
instagram ¦ rescue.greyhound.rosie ¦ Rosie the Greyhound ¦ Retired racer, professional napper 🐕
bluesky ¦ maisie-vegan.bsky.social ¦ Maisie ¦ Plants, politics, pies (vegan).
mastodon ¦ hughes_pm@mastodon.social ¦ Neil H ¦ Projects, cycling, pizza.
x ¦ kimberley_runs ¦ Kim ¦ C25K graduate 🎉 now training for a 10k. Warrington.
facebook ¦ ian.moss.grappenhall ¦ Ian Moss ¦ Grappenhall. Cricket club treasurer.
youtube ¦ MerseyFishingLads ¦ Mersey Fishing Lads ¦ Fishing videos from the North West.
tiktok ¦ skincare.sana ¦ Sana ¦ Skincare on a budget ✨ Widnes
"""

ACCOUNTS["coch"] = """
x ¦ ChesterRaceFan ¦ Jim Pritchard ¦ Chester races regular. Roodee in May, nowhere else matters.
x ¦ hoole_hannah ¦ Hannah ¦ Hoole. Vet nurse. Two dogs, one cat, zero free time.
x ¦ EPortEddie ¦ Eddie ¦ Ellesmere Port. Car plant worker for 30 years. Tranmere. Grandad.
x ¦ blacon_bex ¦ Bex ¦ Blacon born. Teaching assistant. Loves a crime doc.
x ¦ tarvin_tim ¦ Tim ¦ Farmer near Tarvin. Cows, weather, grumbles.
x ¦ chester_walls ¦ Margaret Hale ¦ Tour guide on Chester's city walls. History nerd.
x ¦ Sal_Saltney ¦ Sally ¦ Just over the border in Saltney. Welsh at heart, English by postcode.
x ¦ CheshireCoder ¦ Owen Price ¦ Software dev working remote from Chester. Rust, rugby, rambling.
x ¦ mum_of_preemie ¦ Aoife ¦ Mum to a 29-weeker, now a cheeky two-year-old 💜 Sharing our neonatal story.
x ¦ upton_pete ¦ Pete ¦ Upton. Semi-retired plumber. Zoo membership, grandkids.
facebook ¦ janet.roberts.chester ¦ Janet Roberts ¦ Chester. Retired school secretary. Love my garden and my grandchildren.
facebook ¦ gavin.jones.ellesmereport ¦ Gavin Jones ¦ EP. Mechanic. Family man.
facebook ¦ siobhan.kelly.neston ¦ Siobhan Kelly ¦ Neston. Primary teacher. Sea swimming when brave.
facebook ¦ dave.morris.frodsham ¦ Dave Morris ¦ Frodsham. Runs a small garage. Honest quotes.
facebook ¦ carol.evans.blacon ¦ Carol Evans ¦ Blacon. Dinner lady and proud nan.
facebook ¦ ahmad.rahimi.chester ¦ Ahmad Rahimi ¦ Restaurant owner in Chester city centre. Persian food made with love.
facebook ¦ nicola.ward.vicarsCross ¦ Nicola Ward ¦ Vicars Cross. Childminder. Ofsted outstanding!
instagram ¦ chester.rows.photos ¦ Chester Rows 📷 ¦ Black-and-white town, colour photos.
instagram ¦ the.cheshire.baker ¦ Abbie ¦ Bakes from a tiny Chester kitchen 🍞 sourdough obsessive
instagram ¦ dee.rowers ¦ Tom ¦ Rowing on the Dee at dawn 🚣
instagram ¦ ep.outlet.finds ¦ Stacey ¦ Bargain finds from Cheshire Oaks 🛍️
instagram ¦ chester.vintage.cars ¦ Ron ¦ Classic cars of Cheshire. Shows every summer.
instagram ¦ zara.illustrates ¦ Zara ✏️ ¦ Freelance illustrator, Chester. Commissions open.
tiktok ¦ chester.tour.girl ¦ Lily ¦ Chester history in 60 seconds 🏰
tiktok ¦ farm.life.cheshire ¦ Farmer Tim ¦ Dairy farm life. Yes, the cows have names.
tiktok ¦ student.chester.uni ¦ Priya ¦ Chester uni student. Budget meals & study hacks.
tiktok ¦ ep.gymrat ¦ Kyle ¦ Gym progress, Ellesmere Port. Day 412.
tiktok ¦ stoma.and.me ¦ Lauren ¦ Living with a stoma at 27 🌸 Body positivity, honest chats, no filters.
linkedin ¦ andrew-marsh-automotive ¦ Andrew Marsh ¦ Manufacturing engineer, automotive. Lean and continuous improvement.
linkedin ¦ ceri-lloyd-solicitor ¦ Ceri Lloyd ¦ Family law solicitor, Chester.
linkedin ¦ hollie-stevens-events ¦ Hollie Stevens ¦ Events manager. Weddings at country houses across Cheshire.
linkedin ¦ mark-davies-bank ¦ Mark Davies ¦ Relationship manager in business banking.
bluesky ¦ owenprice-dev.bsky.social ¦ Owen ¦ Software, rugby, Welsh cakes.
bluesky ¦ aoife-preemie.bsky.social ¦ Aoife ¦ Preemie mum. Advocate for neonatal parents' leave.
bluesky ¦ margarethale.bsky.social ¦ Margaret ¦ Roman Chester and other obsessions.
youtube ¦ CheshireFarmLife ¦ Cheshire Farm Life ¦ Videos from a family dairy farm.
youtube ¦ ChesterInAMinute ¦ Chester in a Minute ¦ Short history films about Chester.
mastodon ¦ owen_p@mastodon.social ¦ Owen ¦ Rust, rugby, rain.
mastodon ¦ hannah_vn@mastodon.online ¦ Hannah ¦ Vet nurse. Animals > people.
x ¦ GreysonHoole ¦ Greyson ¦ Barber in Hoole. Walk in, walk out looking sharp.
facebook ¦ brian.owens.helsby ¦ Brian Owens ¦ Helsby. Retired policeman. Walking Helsby Hill daily.
instagram ¦ neston.sunsets ¦ Anna 🌅 ¦ Sunsets over the Dee estuary from Parkgate.
tiktok ¦ cheshire.crafts.jen ¦ Jen ¦ Resin crafts and candles. Small business, big dreams.
x ¦ Hayley_Chester ¦ Hayley ¦ Chester. Works in retail. Strictly superfan.
linkedin ¦ matthew-green-teacher-pe ¦ Matthew Green ¦ PE teacher and rugby coach.
facebook ¦ eileen.potter.ellesmereport ¦ Eileen Potter ¦ Ellesmere Port. Widowed, busy, bingo, and my lovely cat Tinker.
instagram ¦ cycling.cheshire.lanes ¦ Rich 🚴 ¦ Cheshire lanes by bike. Coffee stop reviews.
tiktok ¦ mum.of.5.chester ¦ Kerry ¦ Mum of 5. Meal prep, washing mountains and love.
x ¦ tranmere_tony ¦ Tony ¦ Tranmere Rovers. Prenton Park. The rest is noise.
bluesky ¦ abbie-bakes.bsky.social ¦ Abbie ¦ Bread. Just bread.
instagram ¦ little.helpers.nursery ¦ Sian 🧸 ¦ Childminder in Chester. Messy play every day.
linkedin ¦ farah-khan-hr ¦ Farah Khan ¦ HR adviser in manufacturing.
facebook ¦ joe.reid.saughall ¦ Joe Reid ¦ Saughall. Self-employed landscaper.
x ¦ NeilT_Frodsham ¦ Neil Thompson ¦ Frodsham. Amateur astronomer. Clouds are my nemesis.
tiktok ¦ chester.thrift.king ¦ Jordan ¦ Charity shop flips. Chester & Wirral.
instagram ¦ grandad.gardens ¦ Grandad Bill 🌻 ¦ 81 and still growing the best tomatoes in Upton.
x ¦ sophie_ep_nails ¦ Sophie ¦ EP. Nails, lashes, brows. Book via DM.
youtube ¦ ClassicCarsCheshire ¦ Ron's Classic Cars ¦ Show reports and restorations.
bluesky ¦ cerilloyd-law.bsky.social ¦ Ceri ¦ Family law, Welsh language, coffee.
facebook ¦ pat.doyle.chester ¦ Pat Doyle ¦ Chester. Retired bus driver. Family and church.
x ¦ knittingnanach ¦ Nana Joan ¦ Knitting hats for the baby unit since 2015. 1,000 and counting!
"""

ACCOUNTS["ncic"] = """
x ¦ CarlisleCally ¦ Callum Irving ¦ Carlisle United till I die. Joiner. Brampton lad.
x ¦ whitehavenwendy ¦ Wendy ¦ Whitehaven. Works at the plant. Rugby league and sea views.
x ¦ penrith_pete ¦ Pete Nicholson ¦ Penrith. Sheep farmer. Tweets about weather and mart prices.
x ¦ keswick_climber ¦ Annie ¦ Outdoor instructor in Keswick. Rock, ghyll scrambling, rain.
x ¦ WorkingtonReds ¦ Gary ¦ Workington Reds. Non-league is real football.
x ¦ maryport_mags ¦ Maggie ¦ Maryport. Retired fishmonger. Harbour walks.
x ¦ FellRunnerFran ¦ Fran ¦ Fell runner. Bob Graham one day. Cockermouth.
x ¦ CumbrianDadBlog ¦ Rob ¦ Dad of two in Carlisle. Blogging about outdoors with kids.
x ¦ long_drive_lisa ¦ Lisa ¦ Drove 2 hours each way for my chemo for 6 months. Now cancer-free and campaigning for better rural transport.
x ¦ silloth_sam ¦ Sam ¦ Silloth. Caravan park worker. Sunsets over the Solway.
facebook ¦ jean.graham.carlisle ¦ Jean Graham ¦ Carlisle. Retired cook at the school. WI and bowls.
facebook ¦ david.dixon.wigton ¦ David Dixon ¦ Wigton. Agricultural engineer. Tractors fixed.
facebook ¦ karen.steel.whitehaven ¦ Karen Steel ¦ Whitehaven. Mum, nan, cleaner. Always on the go.
facebook ¦ andrew.bell.alston ¦ Andrew Bell ¦ Alston. Smallholder. Eggs for sale at the gate.
facebook ¦ lorraine.jackson.egremont ¦ Lorraine Jackson ¦ Egremont. Crab Fair committee. Gurning is an art.
facebook ¦ mark.wilson.cleator ¦ Mark Wilson ¦ Cleator Moor. Electrician. Dad of four.
facebook ¦ ruth.lowther.appleby ¦ Ruth Lowther ¦ Appleby. Horse fair every June, peace the rest of the year.
instagram ¦ lakes.with.luna ¦ Luna the collie 🐕 ¦ Bagging Wainwrights one paw at a time.
instagram ¦ carlisle.castle.snaps ¦ Emma ¦ Photos of Carlisle and the border country 📷
instagram ¦ solway.sea.glass ¦ Jo ¦ Sea glass jewellery from Solway beaches 💎
instagram ¦ cumbrian.kitchen ¦ Beth ¦ Cumberland sausage, tatie pot and other northern comforts 🍲
instagram ¦ wild.swim.ullswater ¦ Kirsty 🌊 ¦ Cold water swimmer. Ullswater is my happy place.
tiktok ¦ sheep.and.me ¦ Farmer Pete ¦ Lambing season vlogs 🐑 Penrith
tiktok ¦ carlisle.student ¦ Jordan ¦ Uni of Cumbria student. Carlisle life.
tiktok ¦ lake.district.hikes ¦ Hike With Hols ¦ Lake District routes for beginners ⛰️
tiktok ¦ whitehaven.fishing ¦ Fisher Frank ¦ Sea fishing off the west coast.
tiktok ¦ rural.dad.life ¦ Ben ¦ Dad in rural Cumbria. 40 minutes to the nearest anything.
linkedin ¦ sarah-mckenzie-nuclear ¦ Sarah McKenzie ¦ Nuclear decommissioning engineer, west Cumbria.
linkedin ¦ ian-graham-tourism ¦ Ian Graham ¦ Hotel manager in the Lake District.
linkedin ¦ rachel-hodgson-accountant ¦ Rachel Hodgson ¦ Accountant for farms and rural businesses.
linkedin ¦ gareth-tyson-logistics ¦ Gareth Tyson ¦ Transport manager, haulage firm near Carlisle.
bluesky ¦ fellrunnerfran.bsky.social ¦ Fran ¦ Fells, fitness, flapjack.
bluesky ¦ lisa-rural-cancer.bsky.social ¦ Lisa ¦ Cancer survivor. Rural transport campaigner.
bluesky ¦ cumbriandad.bsky.social ¦ Rob ¦ Outdoors with kids. Rain is just weather.
youtube ¦ LakeDistrictHikes ¦ Lake District Hikes ¦ Walking routes and summit views.
youtube ¦ SheepAndMe ¦ Sheep and Me ¦ Life on a Cumbrian hill farm.
mastodon ¦ annie_climbs@mastodon.social ¦ Annie ¦ Climbing, ghylls and guidebooks.
mastodon ¦ solway_birds@mastodon.online ¦ Solway Birder ¦ Barnacle geese, waders and mud.
x ¦ DoreenBrampton ¦ Doreen ¦ Brampton. 83. My grandson says I'm on "the Twitter" now.
instagram ¦ penrith.bakehouse ¦ Tom ¦ Amateur baker, Penrith. Rum butter season is the best season.
facebook ¦ neil.armstrong.longtown ¦ Neil Armstrong ¦ Longtown. Not that one. Haulier.
tiktok ¦ nails.by.nicole.ca ¦ Nicole 💅 ¦ Nail tech in Carlisle.
x ¦ CockermouthChr ¦ Chris ¦ Cockermouth. Flood survivor 2009 and 2015. Never again.
linkedin ¦ helen-fell-primary-head ¦ Helen Fell ¦ Headteacher of a small village primary school.
instagram ¦ border.collie.bess ¦ Bess 🐑 ¦ Working dog. Sometimes a sofa dog.
facebook ¦ susan.burns.harrington ¦ Susan Burns ¦ Harrington. Retired. Church and crafts.
tiktok ¦ cumbria.van.life ¦ Van Life Vic ¦ Living in a van in the Lakes. Showers are a luxury.
x ¦ EdenValleyEmma ¦ Emma ¦ Eden Valley. Potter. Kiln-fired and fired up.
bluesky ¦ sarahmck-nuclear.bsky.social ¦ Sarah ¦ Engineering, hiking, cake.
instagram ¦ aspatria.rugby.mum ¦ Jill 🏉 ¦ Rugby mum. Muddy kit, happy kids.
linkedin ¦ kieran-walsh-apprentice ¦ Kieran Walsh ¦ Engineering apprentice in west Cumbria.
facebook ¦ george.hetherington.dalston ¦ George Hetherington ¦ Dalston. Retired farmer. Mart on Tuesdays.
x ¦ CarlisleRunnerD ¦ Danielle ¦ Running round Carlisle. Chasing a sub-50 10k.
tiktok ¦ granny.gets.techy ¦ Granny Pat ¦ 76 and learning TikTok. Be nice.
youtube ¦ SolwaySeaGlass ¦ Solway Sea Glass ¦ Beachcombing videos.
instagram ¦ ulverston.paints ¦ Mo ¦ Landscape painter. Cumbria in oils.
x ¦ TwinMumCarlisle ¦ Leanne ¦ Mum to twins born early at 32 weeks. Both thriving now!
mastodon ¦ edenpottery@mastodon.social ¦ Emma ¦ Pottery, glazes and fells.
facebook ¦ linda.moore.seascale ¦ Linda Moore ¦ Seascale. Beach walks and bird feeders.
linkedin ¦ owen-brough-it ¦ Owen Brough ¦ IT support for schools across Cumbria.
tiktok ¦ keswick.climbing.wall ¦ Boulder Babe ¦ Climbing videos from the Lakes 🧗‍♀️
x ¦ ThePenrithBard ¦ Alan ¦ Penrith. Writes bad poems about good places.
instagram ¦ workington.vintage ¦ Jade ¦ Vintage clothing from my shed in Workington 👗
bluesky ¦ edenvalleyemma.bsky.social ¦ Emma ¦ Clay and hills.
"""

ACCOUNTS["uhdb"] = """
x ¦ RamsDad1884 ¦ Phil ¦ Derby County. Pride Park. Three kids, all Rams.
x ¦ burton_brewer ¦ Jack ¦ Brewery worker in Burton. Yes, it's in the water.
x ¦ littleover_liz ¦ Liz ¦ Littleover. Teacher. Runner. Prosecco.
x ¦ mickleover_mo ¦ Mo ¦ Mickleover. Software tester. Board games every Friday.
x ¦ lichfield_lydia ¦ Lydia ¦ Lichfield. Cathedral choir mum. Tea enthusiast.
x ¦ TamworthTrev ¦ Trevor ¦ Tamworth. Retired from the railways. Snowdome pensioner skier.
x ¦ ashbourne_anna ¦ Anna ¦ Ashbourne. Peak District walker. Shrovetide survivor.
x ¦ AlvastonAl ¦ Al ¦ Alvaston. Forklift driver. Derby County, darts, dog.
x ¦ derbytrainspots ¦ Colin ¦ Ex-railway worker. Derby was the railway capital and don't you forget it.
x ¦ T1D_Tara ¦ Tara ¦ Type 1 diabetic since age 9 🩸 pump user, carb counter, marathon runner.
facebook ¦ julie.fletcher.derby ¦ Julie Fletcher ¦ Derby. Works at a call centre. My girls are my world.
facebook ¦ kevin.lee.burton ¦ Kevin Lee ¦ Burton. Bricklayer. Albion fan.
facebook ¦ margaret.sharpe.swadlincote ¦ Margaret Sharpe ¦ Swadlincote. Retired. Church and grandchildren.
facebook ¦ raj.singh.normanton ¦ Raj Singh ¦ Normanton. Runs the family takeaway. Gurdwara volunteer.
facebook ¦ sandra.mills.belper ¦ Sandra Mills ¦ Belper. Charity shop volunteer and crafter.
facebook ¦ paul.ward.uttoxeter ¦ Paul Ward ¦ Uttoxeter. Racecourse staff. Horses and hops.
facebook ¦ lisa.newton.chaddesden ¦ Lisa Newton ¦ Chaddesden. Cleaner, mum of three.
instagram ¦ derby.cathedral.quarter ¦ Hayley 📷 ¦ Photos of Derby's streets and cafes.
instagram ¦ peak.district.paws ¦ Monty 🐾 ¦ Cockapoo exploring the Peak District.
instagram ¦ burton.bakes ¦ Sophie ¦ Baking in Burton 🧁 brownies on request.
instagram ¦ derby.rams.matchday ¦ Matchday Mike ¦ Matchday photos from Pride Park 🐏
instagram ¦ tamworth.tattoo.tina ¦ Tina 🖋️ ¦ Tattoo artist in Tamworth. Bookings open.
tiktok ¦ derby.gran.cooks ¦ Nana Val ¦ Old-fashioned recipes from a Derby gran 🥧
tiktok ¦ burton.lads.banter ¦ Burton Lads ¦ Pranks and daft videos. All in good fun.
tiktok ¦ uni.of.derby.life ¦ Amir ¦ Student at Derby 🎓 budget food and flat life.
tiktok ¦ lichfield.history.girl ¦ Ellie ¦ Lichfield history and ghost stories 👻
tiktok ¦ kidney.transplant.kai ¦ Kai ¦ 1 year post kidney transplant 💚 Thanking my donor family every day.
linkedin ¦ james-holt-rolls-royce-engineer ¦ James Holt ¦ Aerospace engineer, Derby. Gas turbines.
linkedin ¦ naomi-bennett-marketing-derby ¦ Naomi Bennett ¦ Digital marketing for a Derby retailer.
linkedin ¦ chris-wood-brewing ¦ Chris Wood ¦ Quality manager at a Burton brewery.
linkedin ¦ amrit-kaur-pharmacy-retail ¦ Amrit Kaur ¦ Community pharmacist, high street chain.
bluesky ¦ ramsdad.bsky.social ¦ Phil ¦ Rams, rain, realism.
bluesky ¦ t1dtara.bsky.social ¦ Tara ¦ Diabetes tech and running.
bluesky ¦ burtonbrewer.bsky.social ¦ Jack ¦ Beer. Mostly beer.
youtube ¦ DerbyGranCooks ¦ Nana Val ¦ Traditional recipes and kitchen chat.
youtube ¦ PeakDistrictPaws ¦ Monty's Walks ¦ Dog-friendly walks in the Peaks.
mastodon ¦ mo_tests@mastodon.social ¦ Mo ¦ Testing software and patience.
mastodon ¦ colin_rail@mastodon.online ¦ Colin ¦ Railways, past and present.
x ¦ SpondonSue ¦ Sue ¦ Spondon. Dinner lady. Love my quiz nights.
instagram ¦ allotment.in.allestree ¦ Greg 🥕 ¦ Veg growing in Allestree. Slug wars ongoing.
facebook ¦ tom.bradley.mackworth ¦ Tom Bradley ¦ Mackworth. Window cleaner. Quotes via message.
tiktok ¦ mum.of.boys.derby ¦ Gemma ¦ Three boys. Derby. Send help (and snacks).
x ¦ Belper_Ben ¦ Ben ¦ Belper. Mill history geek. Cyclist.
linkedin ¦ rebecca-young-hr-derby ¦ Rebecca Young ¦ HR manager in logistics.
instagram ¦ crochet.for.preemies ¦ Pauline 🧶 ¦ Crocheting octopuses for premature babies. Derby.
facebook ¦ graham.stone.repton ¦ Graham Stone ¦ Repton. Retired headmaster. Cricket and crosswords.
tiktok ¦ derby.car.detailing ¦ Shine Sam ¦ Car detailing, satisfying results ✨
x ¦ HeatherBurton_ ¦ Heather ¦ Burton. Library assistant. Cats and cosy crime.
bluesky ¦ belper-ben.bsky.social ¦ Ben ¦ Mills, bikes, beer.
instagram ¦ darley.park.dogs ¦ Bella 🐕 ¦ Labrador, Darley Park regular.
linkedin ¦ oliver-kent-teacher ¦ Oliver Kent ¦ History teacher at a secondary school in Derbyshire.
facebook ¦ josie.hart.tamworth ¦ Josie Hart ¦ Tamworth. Nail tech and mum.
x ¦ knees_up_ken ¦ Ken ¦ New knee in March. Walking the dog again by June. Physio did wonders.
tiktok ¦ burton.gym.girl ¦ Chloe ¦ Lifting, learning, Burton.
youtube ¦ BurtonLadsBanter ¦ Burton Lads ¦ Daft videos. Subscribe.
instagram ¦ swad.sunsets ¦ Dean ¦ Sunsets over South Derbyshire 🌅
mastodon ¦ lydia_choir@mastodon.social ¦ Lydia ¦ Choral music and tea.
x ¦ OakwoodOli ¦ Oli ¦ Oakwood. Student. Revising (procrastinating).
facebook ¦ barry.cotton.ilkeston ¦ Barry Cotton ¦ Ilkeston. Retired miner. Proud grandad.
linkedin ¦ priyanka-rao-data-derby ¦ Priyanka Rao ¦ Data scientist in the rail industry.
tiktok ¦ midlands.motorbikes ¦ Biker Baz ¦ Ride-outs across the Midlands.
bluesky ¦ heather-reads.bsky.social ¦ Heather ¦ Books, cats, cosy crime.
"""

ACCOUNTS["ngh"] = """
x ¦ CobblersKev ¦ Kev ¦ Northampton Town. Sixfields. Up the Cobblers.
x ¦ saints_sarah ¦ Sarah ¦ Northampton Saints season ticket. Rugby mum.
x ¦ duston_dave ¦ Dave ¦ Duston. Van driver. Always on the A45.
x ¦ kingsthorpe_kim ¦ Kim ¦ Kingsthorpe. Childminder. Crafts and chaos.
x ¦ westonfavellwes ¦ Wes ¦ Weston Favell. Warehouse supervisor. Gym, Cobblers, kids.
x ¦ daventry_di ¦ Di ¦ Daventry. School crossing patrol. Keeping your kids safe since 2008.
x ¦ BrixworthBill ¦ Bill ¦ Brixworth. Reservoir walks. Retired surveyor.
x ¦ shoe_history ¦ Shoe Town History ¦ Northampton's boot and shoe heritage. Run by a retired clicker.
x ¦ asthma_mum_nn ¦ Ruth ¦ Mum of a brittle asthmatic 7-year-old. Spacer always packed.
x ¦ ThePaintedPony ¦ Gina ¦ Horse riding instructor near Towcester.
facebook ¦ tracey.allen.northampton ¦ Tracey Allen ¦ Northampton. Cleaner. Mum of 4. Love my family.
facebook ¦ derek.ball.wootton ¦ Derek Ball ¦ Wootton. Retired engineer. Bowls club captain.
facebook ¦ funmi.ade.northampton ¦ Funmi Ade ¦ Northampton. Caterer for parties. Jollof on demand.
facebook ¦ gary.smith.far.cotton ¦ Gary Smith ¦ Far Cotton. Taxi driver. Cobblers.
facebook ¦ angela.white.towcester ¦ Angela White ¦ Towcester. Teaching assistant and Brownie leader.
facebook ¦ stuart.reeve.moulton ¦ Stuart Reeve ¦ Moulton. Landscaper. Honest work.
facebook ¦ betty.lawson.daventry ¦ Betty Lawson ¦ Daventry. 86. Still driving, still baking.
instagram ¦ northampton.market.square ¦ Priya 📷 ¦ Photos from Northampton town centre.
instagram ¦ nn.foodie ¦ NN Foodie ¦ Eating around Northamptonshire 🍽️
instagram ¦ racecourse.runner ¦ Lou 🏃 ¦ Running laps of the Racecourse. Slowly.
instagram ¦ cakes.by.kerry.nn ¦ Kerry 🎂 ¦ Celebration cakes in Northampton. DM to book.
instagram ¦ delapre.abbey.walks ¦ Mark ¦ Walks around Delapre Abbey with the dog.
tiktok ¦ nn.gym.bro ¦ Tyler ¦ Gym content, Northampton.
tiktok ¦ northampton.uni.student ¦ Jess ¦ UoN student. Waterside life.
tiktok ¦ nan.knows.best.nn ¦ Nan Rose ¦ Life advice from an 82-year-old Northamptonian.
tiktok ¦ shoe.repair.steve ¦ Steve the cobbler ¦ Actual cobbler in the shoe town. Resoles and restorations.
tiktok ¦ endo.warrior.jen ¦ Jen ¦ Living with endometriosis 🌸 waiting lists, heat pads and honesty.
linkedin ¦ rob-turner-logistics-northampton ¦ Rob Turner ¦ Logistics manager, Brackmills.
linkedin ¦ aisha-bello-finance ¦ Aisha Bello ¦ Finance analyst at a building society.
linkedin ¦ tom-hudson-architect-nn ¦ Tom Hudson ¦ Architect, residential and heritage.
linkedin ¦ lucy-mayes-charity ¦ Lucy Mayes ¦ Community fundraiser for a county charity.
bluesky ¦ cobblerskev.bsky.social ¦ Kev ¦ Cobblers, crisps, complaints.
bluesky ¦ shoetownhistory.bsky.social ¦ Shoe Town History ¦ Boot and shoe heritage of Northampton.
bluesky ¦ ruth-asthma-mum.bsky.social ¦ Ruth ¦ Asthma mum. Clean air campaigner.
youtube ¦ ShoeRepairSteve ¦ Steve the Cobbler ¦ Shoe repair and restoration videos.
youtube ¦ NNFoodie ¦ NN Foodie ¦ Restaurant reviews around Northamptonshire.
mastodon ¦ billbrix@mastodon.social ¦ Bill ¦ Reservoirs, birds, maps.
mastodon ¦ gina_ponies@mastodon.online ¦ Gina ¦ Horses and hedgerows.
x ¦ AbingtonAlice ¦ Alice ¦ Abington. Primary teacher. Reading and rounders.
instagram ¦ northants.wildflowers ¦ Jane 🌸 ¦ Wildflowers of Northamptonshire verges.
facebook ¦ colin.green.rushden ¦ Colin Green ¦ Rushden. Retired. Diamonds fan. Shed enthusiast.
tiktok ¦ daventry.dad ¦ Daventry Dad ¦ Dad jokes and DIY fails.
x ¦ Hunsbury_Hannah ¦ Hannah ¦ Hunsbury. Accountant. Marathon in April!
linkedin ¦ mohammed-farah-driving-instructor ¦ Mohammed Farah ¦ Driving instructor. 98% first-time pass rate (I counted).
instagram ¦ camphill.crochet ¦ Bev 🧶 ¦ Crochet and cups of tea. Northampton.
facebook ¦ paula.king.st.james ¦ Paula King ¦ St James. Barmaid at the local. Good craic.
x ¦ newhip_harry ¦ Harry ¦ Hip replacement done. Golf next month, the wife permitting.
tiktok ¦ nails.by.nadia.nn ¦ Nadia 💅 ¦ Nail tech in Northampton.
bluesky ¦ alice-teaches.bsky.social ¦ Alice ¦ Primary teaching, picture books, playgrounds.
instagram ¦ wellingborough.walker ¦ Steve 🚶 ¦ Walking every footpath in Northamptonshire.
linkedin ¦ joanne-price-estate-agent ¦ Joanne Price ¦ Estate agent, Northampton.
x ¦ Lewis_NN3 ¦ Lewis ¦ 20. Barista. Music producer on the side.
facebook ¦ irene.hall.kingsthorpe ¦ Irene Hall ¦ Kingsthorpe. Retired dinner lady. Grandkids and gardening.
tiktok ¦ rugby.mum.nn ¦ Saints Mum ¦ Rugby mum life.
youtube ¦ DaventryDadDIY ¦ Daventry Dad ¦ DIY fails and wins.
instagram ¦ chess.club.nn ¦ Ali ♟️ ¦ Chess in the park on Sundays.
mastodon ¦ hannah_runs@mastodon.social ¦ Hannah ¦ Numbers and miles.
x ¦ MaggieMoulton ¦ Maggie ¦ Moulton. Retired nurse. WI and walks.
linkedin ¦ darren-shaw-electrician ¦ Darren Shaw ¦ Electrician and small business owner.
facebook ¦ wayne.morris.blackthorn ¦ Wayne Morris ¦ Blackthorn. Plasterer. Family first.
tiktok ¦ cosplay.cara ¦ Cara ¦ Cosplay and conventions 🎭
bluesky ¦ lucy-fundraises.bsky.social ¦ Lucy ¦ Charity fundraising and parkrun.
"""

ACCOUNTS["whth"] = """
x ¦ HornetsHelen ¦ Helen ¦ Watford FC. Vicarage Road. Elton's biggest fan (after Elton).
x ¦ stalbans_steve ¦ Steve ¦ St Albans. Commuter. Thameslink delays are my personality.
x ¦ hemel_hayley ¦ Hayley ¦ Hemel Hempstead. Hairdresser. The Magic Roundabout doesn't scare me.
x ¦ harpenden_hugo ¦ Hugo ¦ Harpenden. Retired barrister. Cricket and crosswords.
x ¦ berkhamsted_bea ¦ Bea ¦ Berkhamsted. Canal boat owner. Slow living.
x ¦ tring_tom ¦ Tom ¦ Tring. Natural history museum volunteer. Moths!
x ¦ WatfordMarketYu ¦ Yusuf ¦ Fruit and veg stall, Watford market. Best prices in town.
x ¦ rickmansworth_r ¦ Rosie ¦ Rickmansworth. Rowing at the aquadrome. Teacher.
x ¦ ms_mum_herts ¦ Olivia ¦ Living with MS, raising two kids and running a small business. One day at a time.
x ¦ bushey_baz ¦ Barry ¦ Bushey. Cabbie. Spurs (sorry).
facebook ¦ carol.simmons.watford ¦ Carol Simmons ¦ Watford. Dinner lady. Three grandkids.
facebook ¦ lee.jarvis.hemel ¦ Lee Jarvis ¦ Hemel. Carpenter. Fishing when it's quiet.
facebook ¦ priya.shah.oxhey ¦ Priya Shah ¦ South Oxhey. Pharmacy assistant. Mum of two.
facebook ¦ david.cross.stalbans ¦ David Cross ¦ St Albans. Retired bank manager. Rotary club.
facebook ¦ tina.moore.abbotslangley ¦ Tina Moore ¦ Abbots Langley. Childminder.
facebook ¦ brian.kelly.kingslangley ¦ Brian Kelly ¦ Kings Langley. Plumber. Quotes via message.
facebook ¦ jenny.osborne.radlett ¦ Jenny Osborne ¦ Radlett. Dance teacher. Tap, ballet, modern.
instagram ¦ watford.eats ¦ Watford Eats 🍽️ ¦ Honest food reviews around Watford.
instagram ¦ cassiobury.park.dogs ¦ Pippa 🐶 ¦ Cassiobury Park's most enthusiastic spaniel.
instagram ¦ stalbans.market.finds ¦ Georgia ¦ Saturday market finds in St Albans.
instagram ¦ hemel.water.gardens ¦ Raj 📷 ¦ Photography around Hemel's water gardens.
instagram ¦ herts.bride.2025 ¦ Katie 💍 ¦ Planning a Herts wedding on a budget.
tiktok ¦ watford.uni.girl ¦ Amara ¦ Herts uni student from Watford 🎓
tiktok ¦ herts.dad.bbq ¦ BBQ Dad ¦ Smoking meat in the back garden. Neighbours love me.
tiktok ¦ stalbans.history ¦ Verulamium Vic ¦ Roman St Albans explained 🏛️
tiktok ¦ hemel.skater ¦ Jay ¦ Skating Hemel skatepark. 15.
tiktok ¦ longcovid.lisa ¦ Lisa ¦ Long covid since 2021. Pacing, patience and the occasional win.
linkedin ¦ anna-field-consultant ¦ Anna Field ¦ Management consultant, public sector.
linkedin ¦ paul-james-software-watford ¦ Paul James ¦ Software engineer, media tech.
linkedin ¦ gurpreet-sandhu-law ¦ Gurpreet Sandhu ¦ Employment solicitor, St Albans.
linkedin ¦ laura-webb-events ¦ Laura Webb ¦ Events producer. Film and TV studios in Herts.
bluesky ¦ hornetshelen.bsky.social ¦ Helen ¦ Watford FC and cats.
bluesky ¦ ms-mum-olivia.bsky.social ¦ Olivia ¦ MS, motherhood, small business.
bluesky ¦ tringmoths.bsky.social ¦ Tom ¦ Moths of Hertfordshire.
youtube ¦ HertsDadBBQ ¦ Herts Dad BBQ ¦ Low and slow barbecue recipes.
youtube ¦ VerulamiumVic ¦ Verulamium Vic ¦ Roman history of St Albans.
mastodon ¦ rosie_rows@mastodon.social ¦ Rosie ¦ Rowing and teaching.
mastodon ¦ hugo_cricket@mastodon.online ¦ Hugo ¦ Cricket and crosswords.
x ¦ GarstonGemma ¦ Gemma ¦ Garston. Nursery manager. Loves a boot sale.
instagram ¦ herts.allotment.diary ¦ Pete 🥦 ¦ Allotment diary, north Watford.
facebook ¦ ron.hughes.leverstock ¦ Ron Hughes ¦ Leverstock Green. Retired bus driver. Bowls.
tiktok ¦ nails.by.bella.wd ¦ Bella 💅 ¦ Nail tech, Watford.
x ¦ NickHemel ¦ Nick ¦ Hemel. Delivery driver. Dad of one.
linkedin ¦ sanjay-mehta-pharma ¦ Sanjay Mehta ¦ Regulatory affairs in pharmaceuticals.
instagram ¦ knitting.nanna.herts ¦ Nanna Sue 🧶 ¦ Knitting twiddlemuffs for dementia patients and blankets for anyone cold.
facebook ¦ kim.foster.croxley ¦ Kim Foster ¦ Croxley Green. School office. Sunday roasts.
x ¦ new_hip_norma ¦ Norma ¦ 78, new hip, back dancing. Thank you to everyone who looked after me.
tiktok ¦ watford.makeup ¦ Mia ¦ MUA based in Watford. Bridal bookings open.
bluesky ¦ anna-field.bsky.social ¦ Anna ¦ Public services, policy, puzzles.
instagram ¦ grand.union.boater ¦ Bea 🚤 ¦ Life on a narrowboat on the Grand Union.
linkedin ¦ sean-murphy-construction ¦ Sean Murphy ¦ Site manager, construction.
x ¦ Redbourn_Ray ¦ Ray ¦ Redbourn. Cricket umpire. Fair decisions only.
facebook ¦ asha.patel.northwatford ¦ Asha Patel ¦ North Watford. Sari shop owner.
tiktok ¦ trains.of.herts ¦ Train Tom ¦ Trains on the West Coast Main Line 🚆
youtube ¦ WatfordEats ¦ Watford Eats ¦ Food reviews.
instagram ¦ harpenden.hounds ¦ Fudge 🐕 ¦ A Harpenden dachshund's diary.
mastodon ¦ pauljames_dev@mastodon.social ¦ Paul ¦ Code and cycling.
x ¦ ChloeWD25 ¦ Chloe ¦ 17. Sixth form. Future nurse hopefully!
linkedin ¦ olu-adebayo-accountant ¦ Olu Adebayo ¦ Chartered accountant. Charity treasurer.
facebook ¦ mick.dunne.hemel ¦ Mick Dunne ¦ Hemel. Retired printer. Watford FC. Family.
tiktok ¦ herts.mum.of.three ¦ Becky ¦ Three kids, one car, no patience. Herts.
bluesky ¦ gurpreet-law.bsky.social ¦ Gurpreet ¦ Employment law and bhangra.
instagram ¦ tring.reservoirs.birds ¦ Mike 🐦 ¦ Birding at Tring reservoirs.
x ¦ HayleyCutsHemel ¦ Hayley ¦ Hair salon in Hemel. Book online.
"""

ACCOUNTS["sash"] = """
x ¦ RedhillRob ¦ Rob ¦ Redhill. Commuter to London Bridge. Palace fan in Surrey.
x ¦ reigate_rachel ¦ Rachel ¦ Reigate. Yoga teacher. Reigate Hill at sunrise.
x ¦ horley_harry ¦ Harry ¦ Horley. Works at Gatwick. Plane spotter at heart.
x ¦ crawley_chris ¦ Chris ¦ Crawley. Airport baggage handler. Crawley Town.
x ¦ caterham_cath ¦ Cath ¦ Caterham. Primary teacher. Baking and board games.
x ¦ horsham_hugh ¦ Hugh ¦ Horsham. Retired vicar. Birds and books.
x ¦ merstham_mel ¦ Mel ¦ Merstham. Hairdresser. Mum of two. Coffee.
x ¦ dorking_dan ¦ Dan ¦ Dorking. Cyclist. Box Hill every Sunday.
x ¦ crohns_and_me ¦ Jade ¦ Crohn's since I was 15. Infusions, flares and good days. Spreading awareness.
x ¦ EastGrinsteadEd ¦ Ed ¦ East Grinstead. Retired fireman. Bluebell Railway volunteer.
facebook ¦ sheila.turner.redhill ¦ Sheila Turner ¦ Redhill. Retired school cook. Grandmother of five.
facebook ¦ mark.bennett.crawley ¦ Mark Bennett ¦ Crawley. Electrician. Family and fishing.
facebook ¦ sunita.joshi.horley ¦ Sunita Joshi ¦ Horley. Runs a corner shop. Always open.
facebook ¦ keith.ward.reigate ¦ Keith Ward ¦ Reigate. Retired accountant. Golf.
facebook ¦ lisa.hammond.caterham ¦ Lisa Hammond ¦ Caterham. Dog groomer. Bookings via message.
facebook ¦ peter.grant.horsham ¦ Peter Grant ¦ Horsham. Model railway club.
facebook ¦ donna.walsh.crawley ¦ Donna Walsh ¦ Crawley. Cabin crew. Jet lag and gin.
instagram ¦ surrey.hills.hikes ¦ Emily 🥾 ¦ Surrey Hills walks every weekend.
instagram ¦ reigate.priory.park ¦ Sam 📷 ¦ Photos of Priory Park through the seasons.
instagram ¦ crawley.foodie ¦ Crawley Eats ¦ Best food in Crawley, honest reviews.
instagram ¦ horsham.cakes ¦ Amy 🎂 ¦ Cakes in Horsham. DM to order.
instagram ¦ gatwick.spotter ¦ Josh ✈️ ¦ Plane spotting at Gatwick.
tiktok ¦ surrey.mum.diaries ¦ Lucy ¦ Mum life in Surrey. Snacks and school runs.
tiktok ¦ crawley.gym.lad ¦ Kai ¦ Gym progress. Crawley.
tiktok ¦ redhill.barber ¦ Fades by Femi ¦ Barber in Redhill ✂️
tiktok ¦ horsham.vintage ¦ Vintage Val ¦ Vintage finds from Horsham.
tiktok ¦ transplant.tales ¦ Sarah ¦ Liver transplant recipient 💚 Sign up to the organ donor register!
linkedin ¦ joe-ashton-aviation ¦ Joe Ashton ¦ Airline operations controller.
linkedin ¦ fiona-reed-insurance ¦ Fiona Reed ¦ Underwriter, commercial insurance.
linkedin ¦ kamal-hussain-it ¦ Kamal Hussain ¦ IT infrastructure manager.
linkedin ¦ beth-collins-teacher ¦ Beth Collins ¦ Head of English at a secondary school.
bluesky ¦ redhillrob.bsky.social ¦ Rob ¦ Trains, Palace, patience.
bluesky ¦ crohns-jade.bsky.social ¦ Jade ¦ IBD awareness and spoon saving.
bluesky ¦ dorkingdan.bsky.social ¦ Dan ¦ Cycling and coffee.
youtube ¦ GatwickSpotter ¦ Gatwick Spotter ¦ Plane spotting videos.
youtube ¦ SurreyHillsHikes ¦ Surrey Hills Hikes ¦ Walking videos from the Surrey Hills.
mastodon ¦ hugh_birds@mastodon.social ¦ Hugh ¦ Birds, books and bells.
mastodon ¦ cath_bakes@mastodon.online ¦ Cath ¦ Baking and board games.
x ¦ NutfieldNan ¦ Nan Pat ¦ Nutfield. 84 and online. Love to my grandchildren.
instagram ¦ earlswood.lakes ¦ Lee 🎣 ¦ Fishing at Earlswood Lakes.
facebook ¦ ray.simpson.salfords ¦ Ray Simpson ¦ Salfords. Retired engineer. Allotment.
tiktok ¦ nails.by.ella.rh ¦ Ella 💅 ¦ Nail tech, Redhill.
x ¦ CopthorneClaire ¦ Claire ¦ Copthorne. Teaching assistant. Mum of three.
linkedin ¦ marcus-lee-pilot ¦ Marcus Lee ¦ Commercial pilot. Short-haul.
instagram ¦ knit.and.natter.reigate ¦ Joan 🧶 ¦ Knit and natter group, Reigate.
facebook ¦ tony.fox.horley ¦ Tony Fox ¦ Horley. Taxi driver. Family.
x ¦ brokenankleben ¦ Ben ¦ Broke my ankle on a dry ski slope. Don't be like Ben.
tiktok ¦ surrey.horse.girl ¦ Poppy ¦ Horse riding in Surrey 🐴
bluesky ¦ beth-english.bsky.social ¦ Beth ¦ Books, teaching, tea.
instagram ¦ caterham.on.the.hill ¦ Dave 📷 ¦ Caterham photos.
linkedin ¦ natalie-ford-hr ¦ Natalie Ford ¦ HR business partner, aviation.
x ¦ Lingfield_Lou ¦ Lou ¦ Lingfield. Racecourse regular. Horse lover.
facebook ¦ helen.price.banstead ¦ Helen Price ¦ Banstead. Florist. Weddings and funerals.
tiktok ¦ crawley.cooking ¦ Cook with Kiran ¦ Quick curries, Crawley kitchen.
youtube ¦ CookWithKiran ¦ Cook with Kiran ¦ Indian home cooking.
instagram ¦ horsham.runners ¦ Tash 🏃 ¦ Running in Horsham. Parkrun regular.
mastodon ¦ kamal_it@mastodon.social ¦ Kamal ¦ Networks and cricket.
x ¦ MumToMaxRedhill ¦ Steph ¦ Mum to Max, born at 31 weeks. Now a 4-year-old menace ❤️
linkedin ¦ gary-west-logistics ¦ Gary West ¦ Logistics coordinator.
facebook ¦ june.carter.crawley ¦ June Carter ¦ Crawley. Retired. Church and bingo.
tiktok ¦ redhill.student ¦ Maya ¦ College student. Study with me.
bluesky ¦ gatwickspotter.bsky.social ¦ Josh ¦ Planes, planes, planes.
instagram ¦ outwood.windmill.walks ¦ Alan 🌾 ¦ Walks around Outwood.
x ¦ SurreyStacey ¦ Stacey ¦ Hairdresser in Reigate. Love Island critic.
"""

ACCOUNTS["stsft"] = """
x ¦ MackemMick ¦ Mick ¦ Sunderland AFC. Stadium of Light. Ha'way the lads.
x ¦ shields_sharon ¦ Sharon ¦ South Shields. Works at the bingo. Mum of three.
x ¦ jarrow_jim ¦ Jim ¦ Jarrow. Retired shipyard worker. The march is in my blood.
x ¦ seaburn_sophie ¦ Sophie ¦ Seaburn. Lifeguard in summer, barista in winter.
x ¦ washingtonwayne ¦ Wayne ¦ Washington. Car plant worker. Dad of twins.
x ¦ hebburn_helen ¦ Helen ¦ Hebburn. Primary teacher. Running club.
x ¦ roker_ray ¦ Ray ¦ Roker. Retired. Walks on the pier every morning.
x ¦ boldon_becky ¦ Becky ¦ Boldon. Estate agent. Prosecco Fridays.
x ¦ cataract_connie ¦ Connie ¦ 81. Had both cataracts done this year. I can see the telly again!
x ¦ houghton_harry ¦ Harry ¦ Houghton-le-Spring. Mechanic. Motorbikes.
facebook ¦ linda.robson.sunderland ¦ Linda Robson ¦ Sunderland. Dinner lady. Nan of 6.
facebook ¦ gary.lamb.southshields ¦ Gary Lamb ¦ South Shields. Taxi driver. Fishing.
facebook ¦ pauline.brown.jarrow ¦ Pauline Brown ¦ Jarrow. Retired cleaner. Church and grandbairns.
facebook ¦ steven.hall.washington ¦ Steven Hall ¦ Washington. Electrician. Family first.
facebook ¦ jean.scott.hendon ¦ Jean Scott ¦ Hendon. Bingo Tuesdays. Knitting the rest.
facebook ¦ kevin.dodds.whitburn ¦ Kevin Dodds ¦ Whitburn. Fisherman. Sea's in my blood.
facebook ¦ amina.hussain.millfield ¦ Amina Hussain ¦ Millfield. Runs a sewing business.
instagram ¦ sunderland.sunsets ¦ Chris 📷 ¦ Sunsets over Roker and Seaburn.
instagram ¦ shields.beach.dogs ¦ Bailey 🐶 ¦ South Shields beach's happiest dog.
instagram ¦ mackem.makes ¦ Kerry ✂️ ¦ Handmade gifts from Sunderland.
instagram ¦ ne.foodie ¦ NE Foodie ¦ Parmo, stottie and everything in between 🍽️
instagram ¦ sunderland.uni.art ¦ Nadia 🎨 ¦ Fine art student at Sunderland.
tiktok ¦ geordie.v.mackem ¦ Banter Bros ¦ Geordie vs Mackem sketches.
tiktok ¦ shields.market.lass ¦ Market Lass ¦ Stall life at South Shields market.
tiktok ¦ sunderland.gym ¦ Liam ¦ Gym progress, Sunderland.
tiktok ¦ ne.nan.cooks ¦ Nana Doreen ¦ Pan haggerty and pease pudding recipes.
tiktok ¦ eye.patch.kid ¦ Tilly's Mam ¦ My daughter's lazy eye journey 👁️ patch decorating ideas.
linkedin ¦ andrew-hunter-automotive ¦ Andrew Hunter ¦ Production engineer, automotive.
linkedin ¦ claire-dodd-call-centre ¦ Claire Dodd ¦ Contact centre team leader.
linkedin ¦ paul-reed-offshore ¦ Paul Reed ¦ Offshore wind technician.
linkedin ¦ rachel-burns-teacher ¦ Rachel Burns ¦ Secondary science teacher.
bluesky ¦ mackemmick.bsky.social ¦ Mick ¦ SAFC and sighs.
bluesky ¦ hebburnhelen.bsky.social ¦ Helen ¦ Running and reading.
bluesky ¦ cataract-connie.bsky.social ¦ Connie ¦ 81, online, unstoppable.
youtube ¦ NeNanCooks ¦ Nana Doreen Cooks ¦ Northern recipes.
youtube ¦ GeordieVMackem ¦ Banter Bros ¦ Sketches from the North East.
mastodon ¦ roker_ray@mastodon.social ¦ Ray ¦ Pier walks and seabirds.
mastodon ¦ paulreed_wind@mastodon.online ¦ Paul ¦ Wind turbines and weather.
x ¦ FulwellFran ¦ Fran ¦ Fulwell. Nursery nurse. Love my dogs.
instagram ¦ penshaw.monument.walks ¦ Dave 🥾 ¦ Walks to Penshaw Monument.
facebook ¦ derek.swan.cleadon ¦ Derek Swan ¦ Cleadon. Retired policeman. Allotment.
tiktok ¦ nails.by.chloe.sr ¦ Chloe 💅 ¦ Nail tech, Sunderland.
x ¦ SouthShieldsSam ¦ Sam ¦ South Shields. Plumber. Quotes via DM.
linkedin ¦ hussain-ali-pharmacy ¦ Hussain Ali ¦ Community pharmacist, Sunderland.
instagram ¦ crochet.for.the.bairns ¦ Margaret 🧶 ¦ Crocheted hats for newborns. Sunderland.
facebook ¦ maureen.fox.southwick ¦ Maureen Fox ¦ Southwick. Retired. My garden and my grandbairns.
x ¦ heart_op_harry ¦ Harry M ¦ Triple bypass at 58. Walking 5k a day now. Listen to your body, lads.
tiktok ¦ sunderland.student.nurse ¦ Abbie ¦ Wanna-be nurse, applying next year 🤞
bluesky ¦ rachel-science.bsky.social ¦ Rachel ¦ Science teaching and rock pools.
instagram ¦ tyne.ferry.views ¦ Lee 📷 ¦ Views from the Shields ferry.
linkedin ¦ jordan-smith-apprentice ¦ Jordan Smith ¦ Welding apprentice.
x ¦ WhitburnWendy ¦ Wendy ¦ Whitburn. Sea swimmer. All year round, yes really.
facebook ¦ alan.gray.fellgate ¦ Alan Gray ¦ Fellgate. Bus driver. Newcastle (don't tell the neighbours).
tiktok ¦ shields.mum.of.four ¦ Jodie ¦ Mum of four. South Shields. Tidy house, messy life.
youtube ¦ SunderlandSunsets ¦ Sunderland Sunsets ¦ Coastal timelapses.
instagram ¦ ryhope.rescue.cats ¦ Lynn 🐈 ¦ Fostering rescue cats in Ryhope.
mastodon ¦ fran_dogs@mastodon.social ¦ Fran ¦ Dogs, dogs, dogs.
x ¦ EasingtonEddie ¦ Eddie ¦ Easington Lane. Ex-miner. Brass band.
linkedin ¦ megan-carr-marketing ¦ Megan Carr ¦ Marketing executive, North East.
facebook ¦ ann.wood.harton ¦ Ann Wood ¦ Harton. Retired. WI and walking group.
tiktok ¦ ne.fishing.lads ¦ NE Fishing ¦ Sea fishing off the North East coast.
bluesky ¦ whitburnwendy.bsky.social ¦ Wendy ¦ Cold water, warm tea.
instagram ¦ sunderland.tattoos ¦ Jay 🖋️ ¦ Tattoo artist, Sunderland.
x ¦ Bairns_And_Me ¦ Nicola ¦ Mam of three from Jarrow. Twins born early at the Royal, now at school!
"""

ACCOUNTS["croydon"] += """
x ¦ waddon_wally ¦ Walter ¦ Waddon. 70-something. Model aeroplanes and moaning about the tram fares.
instagram ¦ south.norwood.lake ¦ Kiki 🦢 ¦ Feeding the swans at South Norwood Lake (peas, not bread!).
tiktok ¦ croydon.braids ¦ Braids by Bukky ¦ Knotless, box braids, cornrows. Croydon. Book via link.
facebook ¦ rosemary.dunn.purley ¦ Rosemary Dunn ¦ Purley. Flower arranging at church and bridge on Wednesdays.
linkedin ¦ marcus-thompson-paralegal ¦ Marcus Thompson ¦ Paralegal, immigration law. Studying for the SQE.
x ¦ broadgreen_beth ¦ Beth ¦ Broad Green. Social worker. Exhausted but hopeful.
bluesky ¦ kat-coulsdon.bsky.social ¦ Kat ¦ Books, biscuits and the school run.
"""

ACCOUNTS["swlstg"] += """
x ¦ earlsfield_ed ¦ Ed ¦ Earlsfield. Sports physio for a Sunday league team. Ice baths are character building.
instagram ¦ merton.allotments ¦ Pam 🥬 ¦ Fifty years on the same allotment plot in Merton.
facebook ¦ dennis.hart.morden ¦ Dennis Hart ¦ Morden. Retired tube driver. Northern line stories on request.
tiktok ¦ wimbledon.wonders ¦ Lottie ¦ Tennis and strawberries all year round 🎾
"""

ACCOUNTS["coch"] += """
facebook ¦ glenys.parry.chester ¦ Glenys Parry ¦ Chester. Retired cake shop owner. Welsh speaker.
x ¦ MollingtonMatt ¦ Matt ¦ Mollington. Groundsman at a golf club. Grass is my passion.
instagram ¦ chester.canal.boats ¦ Ian 🚤 ¦ Narrowboat life on the Shropshire Union.
"""

ACCOUNTS["whh"] += """
linkedin ¦ joanne-dale-retail-manager ¦ Joanne Dale ¦ Store manager for a home furnishings retailer in Warrington.
facebook ¦ bob.parker.burtonwood ¦ Bob Parker ¦ Burtonwood. RAF base history buff. Grandad.
tiktok ¦ widnes.wrestling ¦ Big Dan ¦ Amateur wrestling shows in Widnes 💪
"""

ACCOUNTS["ngh"] += """
facebook ¦ lorraine.dixon.duston ¦ Lorraine Dixon ¦ Duston. Care worker in people's homes. Long days, kind hearts.
x ¦ NN1_Nate ¦ Nate ¦ Graphic designer in Northampton. Shoes, sneakers, street art.
instagram ¦ becket.park.geese ¦ Anita 🪿 ¦ The geese of Becket's Park and their many dramas.
"""

ACCOUNTS["whth"] += """
facebook ¦ shirley.grant.garston ¦ Shirley Grant ¦ Garston. Retired. Grandma to seven and counting.
tiktok ¦ watford.carpenter ¦ Carpenter Callum ¦ Bespoke shelving and DIY tips.
"""

ACCOUNTS["sash"] += """
facebook ¦ graham.pike.reigate ¦ Graham Pike ¦ Reigate. Retired GP receptionist. Bridge club and bluebells.
instagram ¦ crawley.street.eats ¦ Aisha 🌮 ¦ Street food nights in Crawley.
"""

ACCOUNTS["uhdb"] += """
facebook ¦ marion.webb.littleover ¦ Marion Webb ¦ Littleover. Retired dinner lady. Crossword every morning.
tiktok ¦ derby.drag.queen ¦ Miss Rammy ¦ Drag queen, Derby's finest 👑 Bookings via email.
"""

ACCOUNTS["ncic"] += """
facebook ¦ hazel.routledge.brampton ¦ Hazel Routledge ¦ Brampton. Retired district nurse. Grandmother and gardener.
"""

ACCOUNTS["stsft"] += """
linkedin ¦ stuart-nixon-shipping ¦ Stuart Nixon ¦ Port operations manager on the Tyne.
"""
